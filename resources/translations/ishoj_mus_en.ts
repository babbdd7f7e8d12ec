<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="da_DK">
  <context>
    <name>ishoj_mus</name>
    <message>
      <location filename="../../ishoj_mus/ui/commands.py" line="75" />
      <source>Skala</source>
      <translation>Scale</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/commands.py" line="85" />
      <source>Ret aftale</source>
      <translation>Edit agreement</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/commands.py" line="96" />
      <source>Opfølgning</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/commands.py" line="115" />
      <source>Tilføj aftale</source>
      <translation>Add agreement</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/commands.py" line="127" />
      <source>Fjern aftale</source>
      <translation>Remove agreement</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/commands.py" line="139" />
      <source>Flyt aftale</source>
      <translation>Move agreement</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/commands.py" line="54" />
      <source>Skriv i »%1«</source>
      <translation>Type in “%1”</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation_view.py" line="51" />
      <source>Samtalen er låst</source>
      <translation>The conversation is locked</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation_view.py" line="52" />
      <source>Genåbn …</source>
      <translation>Reopen …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation_view.py" line="53" />
      <source>Genåbn samtalen</source>
      <translation>Reopen the conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation_view.py" line="61" />
      <source>Trin i samtalen</source>
      <translation>Steps of the conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation_view.py" line="71" />
      <source>Rammen</source>
      <translation>Framework</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation_view.py" line="73" />
      <source>Skjul</source>
      <translation>Hide</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation_view.py" line="74" />
      <source>Skjul rammen (F9 viser den igen)</source>
      <translation>Hide the framework (F9 shows it again)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation_view.py" line="80" />
      <source>Rammen: Grundlag for lederskab og følgeskab</source>
      <translation>Framework: Grundlag for lederskab og følgeskab</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation_view.py" line="91" />
      <source>← Forrige</source>
      <translation>← Previous</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation_view.py" line="92" />
      <source>Næste →</source>
      <translation>Next →</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation_view.py" line="282" />
      <source>Genåbn samtalen?</source>
      <translation>Reopen the conversation?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation_view.py" line="283" />
      <source>Hvis samtalen genåbnes, annulleres begge underskrifter. Det bliver noteret i samtalens historik og i referatet. Vil du genåbne?</source>
      <translation>Reopening the conversation voids both signatures. This is recorded in the conversation's history and in the summary. Reopen?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation_view.py" line="292" />
      <source>leder</source>
      <translation>leader</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation_view.py" line="243" />
      <source>mangler svar</source>
      <translation>answers missing</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation_view.py" line="243" />
      <source>udfyldt</source>
      <translation>complete</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation_view.py" line="261" />
      <source>Underskrevet og låst.</source>
      <translation>Signed and locked.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation_view.py" line="263" />
      <source>Delvist underskrevet – låst for ændringer.</source>
      <translation>Partly signed – locked for changes.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation_view.py" line="275" />
      <source>Samtalen er underskrevet</source>
      <translation>The conversation is signed</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation_view.py" line="276" />
      <source>Begge har underskrevet. Samtalen er nu låst. Gem PDF'en til personalesagen.</source>
      <translation>Both have signed. The conversation is now locked. Save the PDF for the personnel file.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation_view.py" line="265" />
      <source>Underskrevet af</source>
      <translation>Signed by</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation_view.py" line="181" />
      <source>Trin %1 af %2</source>
      <translation>Step %1 of %2</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation_view.py" line="254" />
      <source>%1 (%2) %3</source>
      <translation>%1 (%2) %3</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/fields.py" line="155" />
      <source>– vælg –</source>
      <translation>– choose –</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/fields.py" line="310" />
      <source>Flyt op</source>
      <translation>Move up</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/fields.py" line="311" />
      <source>Flyt ned</source>
      <translation>Move down</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/fields.py" line="312" />
      <source>Fjern</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/fields.py" line="320" />
      <source>(intet perspektiv)</source>
      <translation>(no perspective)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/fields.py" line="326" />
      <source>Frist</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/fields.py" line="328" />
      <source>Hvad</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/fields.py" line="329" />
      <source>Hvorfor</source>
      <translation>Why</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/fields.py" line="330" />
      <source>Perspektiv</source>
      <translation>Perspective</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/fields.py" line="331" />
      <source>Ansvarlig</source>
      <translation>Responsible</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/fields.py" line="332" />
      <source>Datoer</source>
      <translation>Dates</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/fields.py" line="413" />
      <source>Ingen aftaler endnu. Tilføj den første aftale.</source>
      <translation>No agreements yet. Add the first one.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/fields.py" line="478" />
      <source>– vælg status –</source>
      <translation>– choose status –</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/fields.py" line="485" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/fields.py" line="486" />
      <source>Kommentar</source>
      <translation>Comment</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/fields.py" line="529" />
      <source>Hent aftaler fra sidste samtale …</source>
      <translation>Import agreements from the last conversation …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/fields.py" line="531" />
      <source>Vælg sidste års samtalefil (.mus) eller det underskrevne referat (PDF).</source>
      <translation>Choose last year's conversation file (.mus) or the signed summary (PDF).</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/fields.py" line="535" />
      <source>Ingen aftaler hentet endnu. Er det første MUS, kan trinnet springes over.</source>
      <translation>No agreements imported yet. If this is the first MUS, skip this step.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/fields.py" line="545" />
      <source>Hent sidste års aftaler</source>
      <translation>Import last year's agreements</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/fields.py" line="547" />
      <source>Samtaler og referater (*.mus *.pdf);;Alle filer (*)</source>
      <translation>Conversations and summaries (*.mus *.pdf);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/fields.py" line="87" />
      <source>Stemme: %1</source>
      <translation>Voice: %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/fields.py" line="190" />
      <source>I dag</source>
      <translation>Today</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/fields.py" line="191" />
      <source>Fremover</source>
      <translation>Coming year</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/fields.py" line="464" />
      <source>(uden titel)</source>
      <translation>(untitled)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/fields.py" line="565" />
      <source>Ingen aftaler</source>
      <translation>No agreements</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/fields.py" line="565" />
      <source>Den valgte samtale indeholder ingen aftaler.</source>
      <translation>The chosen conversation has no agreements.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/fields.py" line="571" />
      <source>Hent aftaler</source>
      <translation>Import agreements</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/fields.py" line="116" />
      <source>%1 skriver her …</source>
      <translation>%1 writes here …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/fields.py" line="205" />
      <source>i dag</source>
      <translation>today</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/fields.py" line="205" />
      <source>fremover</source>
      <translation>coming year</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/fields.py" line="383" />
      <source>Aftale %1</source>
      <translation>Agreement %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/fields.py" line="483" />
      <source>Status for %1</source>
      <translation>Status of %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/fields.py" line="484" />
      <source>Kommentar til %1</source>
      <translation>Comment on %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/fields.py" line="561" />
      <source>Aftalerne kunne ikke hentes</source>
      <translation>The agreements could not be imported</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/fields.py" line="472" />
      <source>frist %1</source>
      <translation>deadline %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/i18n.py" line="64" />
      <source>kladde</source>
      <translation>draft</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/i18n.py" line="61" />
      <source>underskrevet</source>
      <translation>signed</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/i18n.py" line="63" />
      <source>delvist underskrevet</source>
      <translation>partly signed</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/i18n.py" line="43" />
      <source>Medarbejder</source>
      <translation>Employee</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/i18n.py" line="43" />
      <source>Leder</source>
      <translation>Leader</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/i18n.py" line="43" />
      <source>Fælles</source>
      <translation>Together</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/i18n.py" line="47" />
      <source>Begge</source>
      <translation>Both</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/i18n.py" line="52" />
      <source>Opfyldt</source>
      <translation>Achieved</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/i18n.py" line="53" />
      <source>Delvist opfyldt</source>
      <translation>Partly achieved</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/i18n.py" line="54" />
      <source>Ikke opfyldt</source>
      <translation>Not achieved</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/i18n.py" line="55" />
      <source>Bortfaldet</source>
      <translation>Dropped</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/i18n.py" line="68" />
      <source>Det lykkes vi med</source>
      <translation>We succeed at this</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/i18n.py" line="68" />
      <source>Det vil vi styrke</source>
      <translation>We want to strengthen this</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="80" />
      <source>&amp;Filer</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="82" />
      <source>&amp;Ny samtale …</source>
      <translation>&amp;New conversation …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="84" />
      <source>Å&amp;bn …</source>
      <translation>&amp;Open …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="85" />
      <source>&amp;Gem</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="87" />
      <source>Gem &amp;som …</source>
      <translation>Save &amp;as …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="91" />
      <source>&amp;Vis PDF</source>
      <translation>Show &amp;PDF</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="93" />
      <source>Gem &amp;PDF …</source>
      <translation>Save P&amp;DF …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="94" />
      <source>Gem &amp;udviklingsplan …</source>
      <translation>Save development &amp;plan …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="95" />
      <source>Udskriv &amp;forberedelsesark …</source>
      <translation>Print p&amp;reparation sheet …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="98" />
      <source>&amp;Luk samtalen</source>
      <translation>&amp;Close conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="104" />
      <source>&amp;Afslut</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="105" />
      <source>&amp;Rediger</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="106" />
      <source>&amp;Fortryd</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="108" />
      <source>&amp;Gentag</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="110" />
      <source>&amp;Vis</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="112" />
      <source>&amp;Næste trin</source>
      <translation>&amp;Next step</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="119" />
      <source>&amp;Forrige trin</source>
      <translation>&amp;Previous step</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="127" />
      <source>Zoom &amp;ind</source>
      <translation>Zoom &amp;in</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="134" />
      <source>Zoom &amp;ud</source>
      <translation>Zoom &amp;out</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="137" />
      <source>&amp;Normal størrelse</source>
      <translation>&amp;Normal size</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="141" />
      <source>Vis &amp;rammen</source>
      <translation>Show the &amp;framework</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="145" />
      <source>&amp;Indstillinger</source>
      <translation>&amp;Settings</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="147" />
      <source>&amp;Indstillinger …</source>
      <translation>&amp;Settings …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="149" />
      <source>&amp;Hjælp</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="150" />
      <source>&amp;Om Ishøj MUS</source>
      <translation>&amp;About Ishøj MUS</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="210" />
      <source>Åbn samtale</source>
      <translation>Open conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="210" />
      <source>MUS-samtaler (*.mus);;Alle filer (*)</source>
      <translation>MUS conversations (*.mus);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="244" />
      <source>Kassér ikke-gemt arbejde?</source>
      <translation>Discard unsaved work?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="245" />
      <source>Det automatisk gemte arbejde slettes. Det kan ikke fortrydes.</source>
      <translation>The automatically saved work will be deleted. This cannot be undone.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="290" />
      <source>Gem samtale</source>
      <translation>Save conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="290" />
      <source>MUS-samtaler (*.mus)</source>
      <translation>MUS conversations (*.mus)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="344" />
      <source>Gem ændringer?</source>
      <translation>Save changes?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="381" />
      <source>Ikke gemt</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="382" />
      <source>(uden navn)</source>
      <translation>(no name)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="441" />
      <source>Om Ishøj MUS</source>
      <translation>About Ishøj MUS</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="469" />
      <source>Vis PDF</source>
      <translation>Show PDF</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="474" />
      <source>Referat – forhåndsvisning</source>
      <translation>Summary – preview</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="494" />
      <source>Gem referat som PDF</source>
      <translation>Save summary as PDF</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="494" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="501" />
      <source>Gem PDF</source>
      <translation>Save PDF</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="524" />
      <source>Gem udviklingsplan</source>
      <translation>Save development plan</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="541" />
      <source>Gem forberedelsesark</source>
      <translation>Save preparation sheet</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="549" />
      <source>Forberedelsesark</source>
      <translation>Preparation sheet</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="488" />
      <source>Ikke underskrevet</source>
      <translation>Not signed</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="489" />
      <source>Samtalen er ikke underskrevet af begge. PDF'en bliver et UDKAST. Vil du fortsætte?</source>
      <translation>The conversation is not signed by both. The PDF will be a DRAFT (UDKAST). Continue?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="221" />
      <source>Samtalen kunne ikke åbnes</source>
      <translation>The conversation could not be opened</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="235" />
      <source>Kunne ikke gendanne</source>
      <translation>Could not recover</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="236" />
      <source>Den automatiske kopi er beskadiget og kan ikke gendannes.</source>
      <translation>The automatic copy is damaged and cannot be recovered.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="302" />
      <source>Samtalen blev ikke gemt</source>
      <translation>The conversation was not saved</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="310" />
      <source>Gemt i %1</source>
      <translation>Saved in %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="345" />
      <source>Samtalen med %1 har ændringer, der ikke er gemt. Vil du gemme dem?</source>
      <translation>The conversation with %1 has unsaved changes. Do you want to save them?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="410" />
      <source>Zoom: %1 %</source>
      <translation>Zoom: %1 %</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="442" />
      <source>Ishøj MUS %1 – udviklingssamtalen med Grundlag for lederskab og følgeskab. Alt bliver på denne computer; programmet bruger ikke internettet.</source>
      <translation>Ishøj MUS %1 – the development conversation with Grundlag for lederskab og følgeskab. Everything stays on this computer; the program does not use the internet.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="510" />
      <source>PDF'en blev ikke gemt</source>
      <translation>The PDF was not saved</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/main_window.py" line="513" />
      <source>PDF gemt i %1</source>
      <translation>PDF saved in %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/new_dialog.py" line="26" />
      <source>Ny samtale</source>
      <translation>New conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/new_dialog.py" line="29" />
      <source>Vælg samtaleform, og skriv hvem der deltager. Alt kan rettes senere.</source>
      <translation>Choose the kind of conversation and who takes part. Everything can be changed later.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/new_dialog.py" line="59" />
      <source>Start samtalen</source>
      <translation>Start the conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/new_dialog.py" line="60" />
      <source>Annullér</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/new_dialog.py" line="47" />
      <source>Samtaleform</source>
      <translation>Kind of conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/new_dialog.py" line="47" />
      <source>Medarbejderens navn *</source>
      <translation>Employee's name *</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/new_dialog.py" line="48" />
      <source>Stilling *</source>
      <translation>Job title *</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/new_dialog.py" line="48" />
      <source>Arbejdssted / enhed *</source>
      <translation>Workplace / unit *</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/new_dialog.py" line="49" />
      <source>Medarbejdernummer (valgfrit)</source>
      <translation>Employee number (optional)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/new_dialog.py" line="49" />
      <source>Lederens navn *</source>
      <translation>Leader's name *</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/new_dialog.py" line="50" />
      <source>Lederens titel</source>
      <translation>Leader's title</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/new_dialog.py" line="50" />
      <source>Dato *</source>
      <translation>Date *</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/new_dialog.py" line="50" />
      <source>Sted</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/new_dialog.py" line="70" />
      <source>Ingen samtaleformer</source>
      <translation>No conversation forms</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/new_dialog.py" line="71" />
      <source>Der blev ikke fundet nogen samtaleformer. Installér programmet igen.</source>
      <translation>No conversation forms were found. Please reinstall the program.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/new_dialog.py" line="76" />
      <source>Navne mangler</source>
      <translation>Names missing</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/new_dialog.py" line="76" />
      <source>Skriv både medarbejderens og lederens navn.</source>
      <translation>Enter both the employee's and the leader's name.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/pages.py" line="158" />
      <source>Navn *</source>
      <translation>Name *</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/pages.py" line="166" />
      <source>Titel</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/pages.py" line="167" />
      <source>Tid og sted</source>
      <translation>Time and place</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/pages.py" line="178" />
      <source>Medarbejderens navn</source>
      <translation>Employee's name</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/pages.py" line="178" />
      <source>Medarbejderens stilling</source>
      <translation>Employee's job title</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/pages.py" line="179" />
      <source>Arbejdssted</source>
      <translation>Workplace</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/pages.py" line="179" />
      <source>Medarbejdernummer</source>
      <translation>Employee number</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/pages.py" line="180" />
      <source>Lederens navn</source>
      <translation>Leader's name</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/pages.py" line="181" />
      <source>Dato for samtalen</source>
      <translation>Date of the conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/pages.py" line="181" />
      <source>Sted for samtalen</source>
      <translation>Place of the conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/pages.py" line="286" />
      <source>Det mangler</source>
      <translation>Still missing</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/pages.py" line="291" />
      <source>Hele samtalen</source>
      <translation>The whole conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/pages.py" line="232" />
      <source>Dato</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/pages.py" line="313" />
      <source>Alle påkrævede svar er udfyldt.</source>
      <translation>All required answers are given.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/pages.py" line="310" />
      <source>Det mangler stadig (%1):</source>
      <translation>Still missing (%1):</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/pdf_actions.py" line="127" />
      <source>Organisationens certifikat</source>
      <translation>Organisation's certificate</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/pdf_actions.py" line="70" />
      <source>Forbereder …</source>
      <translation>Preparing …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/pdf_actions.py" line="163" />
      <source>Forhåndsvisning af PDF</source>
      <translation>PDF preview</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/pdf_actions.py" line="199" />
      <source>Luk</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/pdf_actions.py" line="128" />
      <source>Adgangskode til %1:</source>
      <translation>Passphrase for %1:</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/pdf_actions.py" line="136" />
      <source>Certifikatet kunne ikke bruges</source>
      <translation>The certificate could not be used</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/pdf_actions.py" line="136" />
      <source>Prøv igen.</source>
      <translation>Please try again.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/pdf_actions.py" line="46" />
      <source>PDF'en kunne ikke laves (%1). Prøv igen; intet er gået tabt.</source>
      <translation>The PDF could not be made (%1). Please try again; nothing has been lost.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/pdf_actions.py" line="189" />
      <source>Side %1 af %2</source>
      <translation>Page %1 of %2</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/radar.py" line="20" />
      <source>Radardiagram: hvor meget perspektiverne fylder i dag og fremover</source>
      <translation>Radar chart: how much each perspective fills the work today and in the coming year</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/radar.py" line="35" />
      <source>Medarbejder, fremover</source>
      <translation>Employee, coming year</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/settings_dialog.py" line="27" />
      <source>Indstillinger</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/settings_dialog.py" line="37" />
      <source>Sprog (kræver genstart)</source>
      <translation>Language (needs a restart)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/settings_dialog.py" line="38" />
      <source>Mappe til samtaler</source>
      <translation>Folder for conversations</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/settings_dialog.py" line="39" />
      <source>Mappe til PDF'er</source>
      <translation>Folder for PDFs</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/settings_dialog.py" line="40" />
      <source>Organisationens certifikat (PKCS#12)</source>
      <translation>Organisation's certificate (PKCS#12)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/settings_dialog.py" line="43" />
      <source>Uden organisationens certifikat signeres PDF'er med et personligt certifikat, som programmet laver første gang. Adgangskoden til organisationens certifikat gemmes aldrig.</source>
      <translation>Without the organisation's certificate, PDFs are signed with a personal certificate that the program makes on first use. The passphrase of the organisation's certificate is never stored.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/settings_dialog.py" line="63" />
      <source>(standard)</source>
      <translation>(default)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/settings_dialog.py" line="64" />
      <source>Vælg …</source>
      <translation>Choose …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/settings_dialog.py" line="70" />
      <source>Vælg mappe</source>
      <translation>Choose folder</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/settings_dialog.py" line="73" />
      <source>Vælg certifikat</source>
      <translation>Choose certificate</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/settings_dialog.py" line="73" />
      <source>PKCS#12 (*.p12 *.pfx)</source>
      <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/signing.py" line="194" />
      <source>Jeg bekræfter, at samtalen har fundet sted, og at jeg har læst referatet.</source>
      <translation>I confirm that the conversation took place and that I have read the summary.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/signing.py" line="182" />
      <source>Ryd</source>
      <translation>Clear</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/signing.py" line="183" />
      <source>Fortryd</source>
      <translation>Undo</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/signing.py" line="184" />
      <source>Gentag</source>
      <translation>Redo</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/signing.py" line="185" />
      <source>Fortryd seneste streg</source>
      <translation>Undo the last stroke</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/signing.py" line="186" />
      <source>Gentag streg</source>
      <translation>Redo stroke</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/signing.py" line="203" />
      <source>Underskriv</source>
      <translation>Sign</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/signing.py" line="285" />
      <source>Gem PDF …</source>
      <translation>Save PDF …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/signing.py" line="286" />
      <source>Gem udviklingsplan …</source>
      <translation>Save development plan …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/signing.py" line="141" />
      <source>Skriv under her</source>
      <translation>Sign here</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/signing.py" line="176" />
      <source>Medarbejderens bemærkning</source>
      <translation>Employee's remark</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/signing.py" line="251" />
      <source>(navn mangler)</source>
      <translation>(name missing)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/signing.py" line="166" />
      <source>Underskrift: %1</source>
      <translation>Signature: %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/signing.py" line="174" />
      <source>Medarbejderens bemærkning (valgfri, kommer med i referatet):</source>
      <translation>Employee's remark (optional, included in the summary):</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/signing.py" line="179" />
      <source>Underskriftsfelt for %1</source>
      <translation>Signature pad for %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/signing.py" line="204" />
      <source>Underskriv som %1</source>
      <translation>Sign as %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/signing.py" line="244" />
      <source>Kan ikke underskrive endnu</source>
      <translation>Cannot sign yet</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/signing.py" line="259" />
      <source>Underskrevet %1</source>
      <translation>Signed %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/signing.py" line="302" />
      <source>Der mangler stadig %1 påkrævede svar. Se Opsummering, før I underskriver.</source>
      <translation>%1 required answers are still missing. See Summary before you sign.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/start_page.py" line="35" />
      <source>Ishøj MUS</source>
      <translation>Ishøj MUS</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/start_page.py" line="37" />
      <source>Udviklingssamtalen – med Grundlag for lederskab og følgeskab ved hånden.</source>
      <translation>The development conversation – with Grundlag for lederskab og følgeskab at hand.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/start_page.py" line="42" />
      <source>Ny samtale …</source>
      <translation>New conversation …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/start_page.py" line="43" />
      <source>Åbn samtale …</source>
      <translation>Open conversation …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/start_page.py" line="44" />
      <source>Åbn demo-samtalen</source>
      <translation>Open the demo conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/start_page.py" line="54" />
      <source>Ikke-gemt arbejde fra sidst</source>
      <translation>Unsaved work from last time</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/start_page.py" line="57" />
      <source>Programmet blev ikke lukket normalt. Dette arbejde blev gemt automatisk og kan gendannes:</source>
      <translation>The program did not close normally. This work was saved automatically and can be recovered:</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/start_page.py" line="62" />
      <source>Arbejde der kan gendannes</source>
      <translation>Work that can be recovered</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/start_page.py" line="65" />
      <source>Gendan</source>
      <translation>Recover</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/start_page.py" line="66" />
      <source>Kassér …</source>
      <translation>Discard …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/start_page.py" line="76" />
      <source>Seneste samtaler</source>
      <translation>Recent conversations</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/start_page.py" line="84" />
      <source>Ingen endnu. Start en ny samtale, eller åbn demo-samtalen for at se, hvordan det virker.</source>
      <translation>None yet. Start a new conversation, or open the demo conversation to see how it works.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/start_page.py" line="91" />
      <source>Sådan foregår det: I sidder sammen ved skærmen og går trinene igennem – fra kerneopgaven over de fire perspektiver til aftalerne. Hver tekst viser, hvis ord den er: medarbejderens, lederens eller jeres fælles. Til sidst underskriver I begge, og referatet gemmes som en underskrevet PDF til personalesagen.</source>
      <translation>How it works: you sit together at the screen and go through the steps – from the core task (kerneopgave) through the four perspectives to the agreements. Every text shows whose words it is: the employee's, the leader's or your joint words. At the end you both sign, and the summary is saved as a signed PDF for the personnel file.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/start_page.py" line="121" />
      <source>ikke gemt i en fil</source>
      <translation>not saved in a file</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/start_page.py" line="113" />
      <source>(filen findes ikke længere)</source>
      <translation>(the file no longer exists)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/start_page.py" line="123" />
      <source>gemt automatisk</source>
      <translation>saved automatically</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/summary_html.py" line="47" />
      <source>(forberedelsen vises, når I viser begges forberedelse)</source>
      <translation>(the preparation is shown when you show both preparations)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/summary_html.py" line="30" />
      <source>Fra Grundlag for lederskab og følgeskab</source>
      <translation>From Grundlag for lederskab og følgeskab</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/summary_html.py" line="67" />
      <source>Adfærd, I har peget på</source>
      <translation>Behaviours you pointed at</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/summary_html.py" line="83" />
      <source>Dato og sted</source>
      <translation>Date and place</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/summary_html.py" line="52" />
      <source>Eget emne: %1</source>
      <translation>Own topic: %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/summary_html.py" line="25" />
      <source>(ikke besvaret)</source>
      <translation>(not answered)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/summary_html.py" line="101" />
      <source>Aftale</source>
      <translation>Agreement</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/summary_html.py" line="104" />
      <source>Ingen aftaler hentet.</source>
      <translation>No agreements imported.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/summary_html.py" line="120" />
      <source>Ingen aftaler endnu.</source>
      <translation>No agreements yet.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/summary_html.py" line="109" />
      <source>videreført</source>
      <translation>carried forward</translation>
    </message>
  </context>
</TS>
