<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="da_DK">
  <context>
    <name>ishoj_mus</name>
    <message>
      <location filename="../../ishoj_mus/ui/grus/station_page.py" />
      <source> (fra forberedelsen)</source>
      <translation> (from the preparation)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agenda.py" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agreements.py" />
      <source> og </source>
      <translation> and </translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source> – aftale</source>
      <translation> – agreement</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/organisation.py" />
      <source>"referat" eller "udviklingsplan"</source>
      <translation>"referat" or "udviklingsplan"</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/checks.py" />
      <source>%1 %2</source>
      <translation>%1 %2</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>%1 %2 mellem %3 (%4)</source>
      <translation>%1, %2, between %3 (%4)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/hr_profile.py" />
      <source>%1 %3. Kontakt IT-afdelingen.</source>
      <translation>%1 %3. Contact the IT department.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/organisation_words.py" />
      <source>%1 %3. Ret filen, og prøv igen.</source>
      <translation>%1 %3. Correct the file and try again.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/checks.py" />
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/conversation_view.py" />
      <source>%1 (%2) %3</source>
      <translation>%1 (%2) %3</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/row_words.py" />
      <source>%1 (erstatter %2, underskrevet %3)</source>
      <translation>%1 (replaces %2, signed %3)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/station_page.py" />
      <source>%1 (leder)</source>
      <translation>%1 (leader)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_lines.py" />
      <source>%1 (medarbejderens eksemplar – må ikke journaliseres)</source>
      <translation>%1 (the employee's copy – must not be filed)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/atomic.py" />
      <source>%1 (og %2 andet sted)</source>
      <translation>%1 (and %2 other place)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/atomic.py" />
      <source>%1 (og %2 andre steder)</source>
      <translation>%1 (and %2 other places)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/organisation_words.py" />
      <source>%1 (sat i %9) findes ikke. Ret stien, eller bed IT om profilen.</source>
      <translation>%1 (set in %9) does not exist. Correct the path, or ask IT for the profile.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/bounded.py" />
      <source>%1 MB</source>
      <translation>%1 MB</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/window.py" />
      <source>%1 PDF'er er gemt i %2: gruppens referat og for hver deltager HR-udgaven og deltagerens eget eksemplar. %3 af deltagernes udgaver er underskrevet af både lederen og deltageren.</source>
      <translation>%1 PDFs are saved in %2: the group's minutes and, for each participant, the HR edition and the participant's own copy. %3 of the participants' editions are signed by both the leader and the participant.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/guide.py" />
      <source>%1 af %2</source>
      <translation>%1 of %2</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/filing_steps.py" />
      <source>%1 af filerne er UBEKRÆFTEDE: uændrede, men underskriveren er ikke bekræftet som samtalens leder. Skal de journaliseres sammen med de gyldige?</source>
      <translation>%1 of the files are UNCONFIRMED: unchanged, but the signer is not confirmed as the conversation's leader. Should they be filed together with the valid ones?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/atomic.py" />
      <source>%1 blev ikke gemt, fordi en midlertidig fil forsvandt undervejs – måske gemmer et andet vindue den samme fil. Prøv igen. Intet er gået tabt.</source>
      <translation>%1 was not saved because a temporary file disappeared along the way – perhaps another window is saving the same file. Try again. Nothing is lost.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>%1 deltagere (GRUS har %2–%3)</source>
      <translation>%1 participants (GRUS has %2–%3)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/bring_in.py" />
      <source>%1 egne emner</source>
      <translation>%1 own topics</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/musfile.py" />
      <source>%1 er %2, men skal ligge mellem %3 og %4</source>
      <translation>%1 is %2, but must be between %3 and %4</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>%1 er beskadigede: %2.</source>
      <translation>%1 is damaged: %2.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>%1 er beskadiget: %3. %2</source>
      <translation>%1 is damaged: %3. %2</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>%1 er beskyttet med en adgangskode.</source>
      <translation>%1 is protected with a passphrase.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>%1 er beskyttet med en adgangskode. Åbn den i Ishøj MUS, og skriv adgangskoden.</source>
      <translation>%1 is protected with a passphrase. Open it in Ishøj MUS and type the passphrase.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/importing.py" />
      <source>%1 er en gruppeudviklingssamtale (GRUS), og %3 deltog ikke i den (deltagerne er: %2). Hent aftalerne fra medarbejderens HR-udgave af GRUS.</source>
      <translation>%1 is a group development conversation (GRUS), and %3 did not take part in it (the participants are: %2). Import the agreements from the employee's HR edition of the GRUS.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/importing.py" />
      <source>%1 er en gruppeudviklingssamtale (GRUS), og medarbejderen deltog ikke i den (deltagerne er: %2). Hent aftalerne fra medarbejderens HR-udgave af GRUS.</source>
      <translation>%1 is a group development conversation (GRUS), and the employee did not take part in it (the participants are: %2). Import the agreements from the employee's HR edition of the GRUS.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/bounded.py" />
      <source>%1 er en mappe, ikke en fil. Vælg en fil i mappen.</source>
      <translation>%1 is a folder, not a file. Choose a file in the folder.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/atomic.py" />
      <source>%1 er en mappe. Vælg et andet filnavn. Intet er gået tabt.</source>
      <translation>%1 is a folder. Choose another file name. Nothing is lost.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/save_path.py" />
      <source>%1 er en samtale, der er beskyttet med en anden adgangskode, så programmet kan ikke se, om den er underskrevet.</source>
      <translation>%1 is a conversation protected with another passphrase, so the program cannot tell whether it is signed.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>%1 er en samtale, ikke en forberedelse. Vælg den fil, der blev gemt med »Forbered dig«.</source>
      <translation>%1 is a conversation, not a preparation. Choose the file that was saved with “Prepare”.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>%1 er en udgave af en gruppesamtale til én deltager, ikke selve samtalen.</source>
      <translation>%1 is an edition of a group conversation for one participant, not the conversation itself.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/save_path.py" />
      <source>%1 er en underskrevet samtale – underskrevet %2 af %3.</source>
      <translation>%1 is a signed conversation – signed %2 by %3.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/save_path.py" />
      <source>%1 er et underskrevet referat (en PDF med digital signatur).</source>
      <translation>%1 is a signed summary (a PDF with a digital signature).</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>%1 er fra en person, samtalen ikke har, eller er der to gange</source>
      <translation>%1 is from a person the conversation does not have, or is there twice</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>%1 er gemt med en nyere version af Ishøj MUS. Opdatér programmet for at åbne den.</source>
      <translation>%1 was saved with a newer version of Ishøj MUS. Update the program to open it.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/loader.py" />
      <source>%1 er hverken medarbejderens eller lederens</source>
      <translation>%1 is neither the employee's nor the leader's</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/bounded.py" />
      <source>%1 er ikke en almindelig fil (men fx en enhed eller et rør), så den bliver ikke læst. Vælg en almindelig fil.</source>
      <translation>%1 is not an ordinary file (but, for example, a device or a pipe), so it is not read. Choose an ordinary file.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>%1 er ikke en almindelig fil.</source>
      <translation>%1 is not an ordinary file.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>%1 er ikke en almindelig fil. Vælg en .mus-fil.</source>
      <translation>%1 is not an ordinary file. Choose a .mus file.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/checks.py" />
      <source>%1 er ikke en dato</source>
      <translation>%1 is not a date</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_preparation.py" />
      <source>%1 er ikke en forberedelse til GRUS. Vælg filerne, deltagerne og lederen gemte.</source>
      <translation>%1 is not a preparation for a GRUS. Choose the files the participants and the leader saved.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>%1 er ikke en samtalefil fra Ishøj MUS (indholdet kan ikke læses). Vælg en .mus-fil.</source>
      <translation>%1 is not a conversation file from Ishøj MUS (its content cannot be read). Choose a .mus file.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>%1 er ikke en samtalefil fra Ishøj MUS. Vælg en .mus-fil, der er gemt med Ishøj MUS.</source>
      <translation>%1 is not a conversation file from Ishøj MUS. Choose a .mus file saved with Ishøj MUS.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/strict_json.py" />
      <source>%1 er ikke et tal</source>
      <translation>%1 is not a number</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/checks.py" />
      <source>%1 er ikke et tidspunkt</source>
      <translation>%1 is not a point in time</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/atomic.py" />
      <source>%1 er ikke gemt: %4. Gør det kortere, og gem igen. Intet er gået tabt – samtalen er stadig åben.</source>
      <translation>%1 was not saved: %4. Shorten it and save again. Nothing is lost – the conversation is still open.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_preparation.py" />
      <source>%1 er ikke gemt: %4. Gør teksten kortere, og gem igen. Intet er gået tabt.</source>
      <translation>%1 was not saved: %4. Make the text shorter, and save again. Nothing is lost.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/checks.py" />
      <source>%1 er ikke udfyldt</source>
      <translation>%1 is not filled in</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>%1 er lavet med en nyere version af Ishøj MUS.</source>
      <translation>%1 was made with a newer version of Ishøj MUS.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_preparation.py" />
      <source>%1 er lavet til en anden samtaleform end denne GRUS, så ingen af svarene passer til emnekortene. Bed om en forberedelse lavet til denne GRUS.</source>
      <translation>%1 was made for another kind of conversation than this GRUS, so none of the answers fit the topic cards. Ask for a preparation made for this GRUS.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/atomic.py" />
      <source>%1 er låst af et andet program (måske en sikkerhedskopi eller et andet vindue). Luk det, og prøv igen, eller gem et andet sted. Intet er gået tabt.</source>
      <translation>%1 is locked by another program (perhaps a backup or another window). Close it and try again, or save somewhere else. Nothing is lost.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/checks.py" />
      <source>%1 er længere end %2 tegn</source>
      <translation>%1 is longer than %2 characters</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/loader.py" />
      <source>%1 er markeret af en anden end medarbejderen eller lederen</source>
      <translation>%1 is marked by someone other than the employee or the leader</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/bounded.py" />
      <source>%1 er større end %2, som en fil af den slags aldrig bliver, så den bliver ikke læst. Tjek, at det er den rigtige fil.</source>
      <translation>%1 is larger than %2, which a file of this kind never is, so it is not read. Check that it is the right file.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>%1 er større, end en samtalefil nogensinde bliver (%3). Tjek, at det er den rigtige fil.</source>
      <translation>%1 is larger than a conversation file ever gets (%3). Check that it is the right file.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>%1 er større, end samtaledata nogensinde bliver (%2).</source>
      <translation>%1 is larger than conversation data ever gets (%2).</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>%1 er tom. Den kan være blevet afbrudt under kopiering. %2</source>
      <translation>%1 is empty. It may have been cut off while being copied. %2</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>%1 er tomme.</source>
      <translation>%1 is empty.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>%1 er ufuldstændig – den slutter midt i indholdet. %2</source>
      <translation>%1 is incomplete – it ends in the middle of its content. %2</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>%1 er ufuldstændige.</source>
      <translation>%1 is incomplete.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/filelock.py" />
      <source>%1 er åbnet af %2.</source>
      <translation>%1 has been in use by %2.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/filelock.py" />
      <source>%1 er åbnet et andet sted.</source>
      <translation>%1 is open somewhere else.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/file_flows.py" />
      <source>%1 er åbnet skrivebeskyttet. Gem dine ændringer under et nyt navn.</source>
      <translation>%1 is open read-only. Save your changes under a new name.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/row_words.py" />
      <source>%1 filer</source>
      <translation>%1 files</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/save_path.py" />
      <source>%1 findes allerede. Vil du erstatte den?</source>
      <translation>%1 already exists. Do you want to replace it?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/loader.py" />
      <source>%1 findes ikke i rammen</source>
      <translation>%1 is not in the framework</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/hr_profile.py" />
      <source>%1 findes ikke. Ret %9, eller kontakt IT-afdelingen.</source>
      <translation>%1 does not exist. Correct %9, or contact the IT department.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/organisation_words.py" />
      <source>%1 findes ikke. Ret stien, eller bed IT om profilen.</source>
      <translation>%1 does not exist. Correct the path, or ask IT for the profile.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/bounded.py" />
      <source>%1 findes ikke. Tjek stavemåden, eller vælg filen igen.</source>
      <translation>%1 does not exist. Check the spelling, or choose the file again.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/bring_in.py" />
      <source>%1 forberedelse er allerede hentet. Vil I hente denne fil også?</source>
      <translation>%1 preparation has already been brought in. Do you want to bring in this file as well?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/preparation.py" />
      <source>%1 forberedelse er hentet og skjult, indtil I viser den.</source>
      <translation>%1 preparation has been brought in and is hidden until you show it.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/bring_in.py" />
      <source>%1 forberedelse er hentet: %2.</source>
      <translation>%1 preparation has been brought in: %2.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/preparation.py" />
      <source>%1 forberedelser er hentet og skjult, indtil I viser dem.</source>
      <translation>%1 preparations have been brought in and are hidden until you show them.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/window.py" />
      <source>%1 forberedelser hentet med %2 bidrag.</source>
      <translation>%1 preparations brought in with %2 contributions.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/window.py" />
      <source>%1 forberedelser hentet med 1 bidrag.</source>
      <translation>%1 preparations brought in with 1 contribution.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/row_words.py" />
      <source>%1 fra %2</source>
      <translation>%1 by %2</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/musfile.py" />
      <source>%1 har %2 elementer; der må højst være %3</source>
      <translation>%1: %2 items; at most %3 are allowed</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/musfile.py" />
      <source>%1 har %2 punkter; der må højst være %3</source>
      <translation>%1: %2 points; at most %3 are allowed</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/musfile.py" />
      <source>%1 har %2 tegn; der må højst være %3</source>
      <translation>%1 is %2 characters long; at most %3 are allowed</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/bring_in.py" />
      <source>%1 har allerede skrevet i %2 felter i samtalen, som forberedelsen også har svar til:</source>
      <translation>%1 has already written in %2 fields of the conversation that the preparation also answers:</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/bring_in.py" />
      <source>%1 har allerede skrevet i 1 felt i samtalen, som forberedelsen også har svar til:</source>
      <translation>%1 has already written in 1 field of the conversation that the preparation also answers:</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>%1 har allerede underskrevet.</source>
      <translation>%1 has already signed.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/checks.py" />
      <source>%1 har den ukendte værdi %2</source>
      <translation>%1 has the unknown value %2</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/loader.py" />
      <source>%1 har et punkt uden for sin boks</source>
      <translation>%1 has a point outside its box</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/codec.py" />
      <source>%1 har et punkt, der ikke er et talpar</source>
      <translation>%1 has a point that is not a pair of numbers</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/loader.py" />
      <source>%1 har et svar fra en, der ikke svarer i emnet</source>
      <translation>%1 has an answer from someone who does not answer in the topic</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>%1 har flere end %2 punkter</source>
      <translation>there are more than %2 entries in %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>%1 har ingen samtaledata fra Ishøj MUS vedhæftet.</source>
      <translation>%1 has no conversation data from Ishøj MUS attached.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/checks.py" />
      <source>%1 har over %2 elementer</source>
      <translation>%1 has more than %2 items</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/loader.py" />
      <source>%1 har over %2 punkter</source>
      <translation>%1 has more than %2 points</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/loader.py" />
      <source>%1 hører til et trin, formularen ikke har</source>
      <translation>%1 belongs to a step the form does not have</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/start_page.py" />
      <source>%1 i mappen %2</source>
      <translation>%1 in the folder %2</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/bounded.py" />
      <source>%1 kB</source>
      <translation>%1 kB</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/organisation_words.py" />
      <source>%1 kan ikke bruges: %3 Bed IT om hjælp.</source>
      <translation>%1 cannot be used: %3 Ask IT for help.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/hr_profile.py" />
      <source>%1 kan ikke bruges: %3 Kontakt IT-afdelingen.</source>
      <translation>%1 cannot be used: %3 Contact the IT department.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/atomic.py" />
      <source>%1 kan ikke gemmes i mappen %2: mappen eller filen er skrivebeskyttet eller låst af et andet program. Gem et andet sted. Intet er gået tabt.</source>
      <translation>%1 cannot be saved in the folder %2: the folder or the file is read-only or locked by another program. Save somewhere else. Nothing is lost.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>%1 kan ikke læses (%2).</source>
      <translation>%1 cannot be read (%2).</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>%1 kan ikke læses (%3). Tjek, at filen findes og ikke er låst af et andet program.</source>
      <translation>%1 cannot be read (%3). Check that the file exists and is not locked by another program.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/codec.py" />
      <source>%1 kan ikke læses her</source>
      <translation>%1 cannot be read here</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/bounded.py" />
      <source>%1 kan ikke læses lige nu. Prøv igen, eller kopiér filen til din egen computer først.</source>
      <translation>%1 cannot be read right now. Try again, or copy the file to your own computer first.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>%1 kan ikke læses.</source>
      <translation>%1 cannot be read.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/moments.py" />
      <source>%1 kl. %2</source>
      <translation>%1 at %2</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/atomic.py" />
      <source>%1 kunne ikke gemmes (systemfejl %3). Prøv igen, eller gem et andet sted. Intet er gået tabt.</source>
      <translation>%1 could not be saved (system error %3). Try again, or save somewhere else. Nothing is lost.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/filing_steps.py" />
      <source>%1 lagt i %2, klar til journalisering. %3 er ikke med (se kolonnen »Journalisering«). Manifestet ligger i mappen: %4</source>
      <translation>%1 placed in %2, ready for filing. %3 are not included (see the column “Filing”). The manifest is in the folder: %4</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/musfile.py" />
      <source>%1 ligger i år %2; årene %3–%4 kan gemmes</source>
      <translation>%1 is in the year %2; the years %3–%4 can be saved</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/checks.py" />
      <source>%1 ligger uden for årene %2–%3</source>
      <translation>%1 lies outside the years %2–%3</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/musfile.py" />
      <source>%1 mangler</source>
      <translation>%1 is missing</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/behaviours.py" />
      <source>%1 markerer: %2</source>
      <translation>%1 marks: “%2”</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/bring_in.py" />
      <source>%1 markeringer af adfærd</source>
      <translation>%1 marked behaviours</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/bring_in.py" />
      <source>%1 med %2, %3</source>
      <translation>%1 with %2, %3</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/loader.py" />
      <source>%1 nævner trinnet %2, som formularen ikke har</source>
      <translation>%1 names the step %2, which the form does not have</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/save_path.py" />
      <source>%1 og %2</source>
      <translation>%1 and %2</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/filelock.py" />
      <source>%1 på computeren %2 siden %3</source>
      <translation>%1 on the computer %2 since %3</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>%1 samtalefiler (.mus) er sprunget over: de er ikke PDF'er.</source>
      <translation>%1 conversation files (.mus) were skipped: they are not PDFs.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/checks.py" />
      <source>%1 skal ligge mellem %2 og %3</source>
      <translation>%1 must be between %2 and %3</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/loader.py" />
      <source>%1 skal sige, hvem der svarer: mindst én, og hver kun én gang</source>
      <translation>%1 must say who answers: at least one, and each only once</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/checks.py" />
      <source>%1 skal være en liste</source>
      <translation>%1 must be a list</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/checks.py" />
      <source>%1 skal være et helt tal fra %2 til %3</source>
      <translation>%1 must be a whole number from %2 to %3</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/checks.py" />
      <source>%1 skal være et objekt</source>
      <translation>%1 must be an object</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/checks.py" />
      <source>%1 skal være et tal</source>
      <translation>%1 must be a number</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/checks.py" />
      <source>%1 skal være sand eller falsk</source>
      <translation>%1 must be true or false</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/checks.py" />
      <source>%1 skal være tekst</source>
      <translation>%1 must be text</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/private_note.py" />
      <source>%1 skriver her – kun mellem jer …</source>
      <translation>%1 writes here – just between you …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/fields.py" />
      <source>%1 skriver her …</source>
      <translation>%1 writes here …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/bring_in.py" />
      <source>%1 svar</source>
      <translation>%1 answers</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/bring_in.py" />
      <source>%1 svar hører til spørgsmål, som denne samtale ikke har, og blev ikke hentet.</source>
      <translation>%1 answers belong to questions this conversation does not have and were not brought in.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/boxed_notice.py" />
      <source>%1 tegn (fx emoji eller kinesiske tegn) findes ikke i PDF'ens skrifttype og bliver vist som %2 i referatet. Teksten i samtalen er uændret. Vil I have det med i referatet, så skriv det med ord, før I skriver under.</source>
      <translation>%1 characters (such as emoji or Chinese characters) are not in the PDF's font and will appear as %2 in the minutes. The text in the conversation is unchanged. If you want it in the minutes, write it in words before you sign.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/boxed_notice.py" />
      <source>%1 tegn: %2</source>
      <translation>%1 characters: %2</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/bring_in.py" />
      <source>%1 værdier på skalaer</source>
      <translation>%1 scale values</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/year_view.py" />
      <source>%1 år for år</source>
      <translation>%1 year by year</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_lines.py" />
      <source>%1 – %2</source>
      <translation>%1 – %2</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/window.py" />
      <source>%1 – GRUS – Ishøj MUS</source>
      <translation>%1 – GRUS – Ishøj MUS</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>%1,%2</source>
      <translation>%1.%2</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>%1.%2</source>
      <translation>%1,%2</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/organisation_words.py" />
      <source>%1: %2 kan ikke bruges (%5): %3. Ret filen, og prøv igen.</source>
      <translation>%1: %2 cannot be used (%5): %3. Correct the file and try again.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/checks.py" />
      <source>%1: %2 mangler</source>
      <translation>%1: %2 is missing</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/hr_profile.py" />
      <source>%1: %2 skal være %3. Kontakt IT-afdelingen.</source>
      <translation>%1: %2 must be %3. Contact the IT department.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/organisation_words.py" />
      <source>%1: %2 skal være %3. Ret filen, og prøv igen.</source>
      <translation>%1: %2 must be %3. Correct the file and try again.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/organisation_words.py" />
      <source>%1: %2: %4 er ikke %3. Ret filen, og prøv igen.</source>
      <translation>%1: %2: %4 is not %3. Correct the file and try again.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/organisation_words.py" />
      <source>%1: %2: %4 er ikke et certifikat i PEM- eller DER-format.</source>
      <translation>%1: %2: %4 is not a certificate in PEM or DER format.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/organisation_words.py" />
      <source>%1: %2: certifikatet %4 kan ikke læses: %3 Ret stien, eller bed IT om filen.</source>
      <translation>%1: %2: the certificate %4 cannot be read: %3 Correct the path, or ask IT for the file.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/history.py" />
      <source>%1: Begge har underskrevet; samtalen er låst.</source>
      <translation>%1: Both have signed; the conversation is locked.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/history.py" />
      <source>%1: Genåbnet af %2. %3</source>
      <translation>%1: Reopened by %2. %3</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/history.py" />
      <source>%1: Underskrevet af %2.</source>
      <translation>%1: Signed by %2.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/codec.py" />
      <source>%1: der er to fra %2</source>
      <translation>%1: there are two from %2</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/hr_profile.py" />
      <source>%1: hr_edition skal være "referat" eller "udviklingsplan", ikke %5. Kontakt IT-afdelingen.</source>
      <translation>%1: hr_edition must be "referat" or "udviklingsplan", not %5. Contact the IT department.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/behaviours.py" />
      <source>%1: kommentar til »%2«</source>
      <translation>%1: comment on “%2”</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/organisation_words.py" />
      <source>%1: nøglen %6 i [%7] kendes ikke. Kendte nøgler: %8.</source>
      <translation>%1: the key %6 in [%7] is not known. Known keys: %8.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/conversation_view.py" />
      <source>%5 med %1 · Trin %2 af %3 – %4</source>
      <translation>%5 with %1 · Step %2 of %3 – %4</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/moments.py" />
      <source>%H.%M</source>
      <translation>%H:%M</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>&amp;Afbryd</source>
      <translation>&amp;Cancel</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/menus.py" />
      <source>&amp;Afslut</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/bring_in.py" />
      <source>&amp;Behold det skrevne</source>
      <translation>&amp;Keep what is written</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agenda.py" />
      <source>&amp;Dagsorden …</source>
      <translation>&amp;Agenda …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/save_path.py" />
      <source>&amp;Erstat</source>
      <translation>&amp;Replace</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/save_path.py" />
      <source>&amp;Erstat, og behold en kopi</source>
      <translation>&amp;Replace, and keep a copy</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/actions.py" />
      <source>&amp;Filer</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>&amp;Fjern deltager</source>
      <translation>&amp;Remove participant</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/actions.py" />
      <source>&amp;Forbered dig til GRUS …</source>
      <translation>P&amp;repare for GRUS …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/menus.py" />
      <source>&amp;Forbered dig …</source>
      <translation>&amp;Prepare …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/actions.py" />
      <source>&amp;Forrige del</source>
      <translation>&amp;Previous part</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/menus.py" />
      <source>&amp;Forrige trin</source>
      <translation>&amp;Previous step</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/actions.py" />
      <source>&amp;Fortryd</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/window.py" />
      <source>&amp;Fortsæt med den</source>
      <translation>&amp;Continue with it</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/actions.py" />
      <source>&amp;Gem</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/start_page.py" />
      <source>&amp;Gendan</source>
      <translation>&amp;Recover</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/file_flows.py" />
      <source>&amp;Gendan kopien</source>
      <translation>&amp;Restore the copy</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/actions.py" />
      <source>&amp;Gentag</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/signing_page.py" />
      <source>&amp;Genåbn samtalen …</source>
      <translation>&amp;Reopen the conversation …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/conversation_view.py" />
      <source>&amp;Genåbn …</source>
      <translation>Re&amp;open …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/new_dialog.py" />
      <source>&amp;Gruppeudviklingssamtale (GRUS) …</source>
      <translation>&amp;Group development conversation (GRUS) …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/bring_in.py" />
      <source>&amp;Hent alligevel</source>
      <translation>&amp;Bring it in anyway</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/actions.py" />
      <source>&amp;Hent forberedelser …</source>
      <translation>&amp;Bring in preparations …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/actions.py" />
      <source>&amp;Hjælp</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/actions.py" />
      <source>&amp;Høj kontrast</source>
      <translation>&amp;High contrast</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/actions.py" />
      <source>&amp;Indstillinger</source>
      <translation>&amp;Settings</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/menus.py" />
      <source>&amp;Indstillinger …</source>
      <translation>&amp;Settings …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/window.py" />
      <source>&amp;Kassér den, og start en ny</source>
      <translation>&amp;Discard it, and start a new one</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/file_flows.py" />
      <source>&amp;Kassér kopien, og åbn filen</source>
      <translation>&amp;Discard the copy and open the file</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/menus.py" />
      <source>&amp;Kontrollér referater …</source>
      <translation>Check &amp;minutes …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/actions.py" />
      <source>&amp;Luk</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/menus.py" />
      <source>&amp;Luk samtalen</source>
      <translation>&amp;Close conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>&amp;Ny aftale</source>
      <translation>&amp;New agreement</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/menus.py" />
      <source>&amp;Ny samtale …</source>
      <translation>&amp;New conversation …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/actions.py" />
      <source>&amp;Næste del</source>
      <translation>&amp;Next part</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/menus.py" />
      <source>&amp;Næste trin</source>
      <translation>&amp;Next step</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/conversation_view.py" />
      <source>&amp;Næste →</source>
      <translation>&amp;Next →</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/filing_steps.py" />
      <source>&amp;Også de ubekræftede</source>
      <translation>&amp;Also the unconfirmed</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/menus.py" />
      <source>&amp;Om Ishøj MUS</source>
      <translation>&amp;About Ishøj MUS</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/menus.py" />
      <source>&amp;Overblik over samtaler …</source>
      <translation>O&amp;verview of conversations …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/topics.py" />
      <source>&amp;Overskrift</source>
      <translation>&amp;Title</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/actions.py" />
      <source>&amp;Rediger</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/menus.py" />
      <source>&amp;Rundvisning i vinduet</source>
      <translation>&amp;Tour of the window</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/signing_page.py" />
      <source>&amp;Ryd tegningen</source>
      <translation>&amp;Clear the drawing</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/menus.py" />
      <source>&amp;Sådan holder I samtalen</source>
      <translation>&amp;How to hold the conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/station_page.py" />
      <source>&amp;Tilføj bidrag</source>
      <translation>&amp;Add contribution</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/menus.py" />
      <source>&amp;Udskriv referatet …</source>
      <translation>Print the s&amp;ummary …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/actions.py" />
      <source>&amp;Vis</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/menus.py" />
      <source>&amp;Vis PDF</source>
      <translation>Show P&amp;DF</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agenda.py" />
      <source>(%1 min over)</source>
      <translation>(%1 min over)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_lines.py" />
      <source>(Kontrolleret, som om klokken var %1.)</source>
      <translation>(Checked as if the time were %1.)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_lines.py" />
      <source>(Samtalens data i PDF'en kan ikke læses.)</source>
      <translation>(The conversation data in the PDF cannot be read.)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/start_page.py" />
      <source>(beskyttet med adgangskode)</source>
      <translation>(protected with a passphrase)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/start_page.py" />
      <source>(filen findes ikke længere)</source>
      <translation>(the file no longer exists)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/summary_html.py" />
      <source>(forberedelsen vises, når I viser begges forberedelse)</source>
      <translation>(the preparation is shown when you show both preparations)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/summary_html.py" />
      <source>(ikke besvaret)</source>
      <translation>(not answered)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>(ikke prioriteret)</source>
      <translation>(not prioritised)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agreements.py" />
      <source>(intet perspektiv)</source>
      <translation>(no perspective)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>(kun PDF)</source>
      <translation>(PDF only)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/signing.py" />
      <source>(navn mangler)</source>
      <translation>(name missing)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/due_tab.py" />
      <source>(overskredet)</source>
      <translation>(overdue)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/settings_dialog.py" />
      <source>(standard)</source>
      <translation>(default)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>(uden navn)</source>
      <translation>(no name)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/followups.py" />
      <source>(uden titel)</source>
      <translation>(untitled)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/filing_steps.py" />
      <source>1 af filerne er UBEKRÆFTET: uændret, men underskriveren er ikke bekræftet som samtalens leder. Skal den journaliseres sammen med de gyldige?</source>
      <translation>1 of the files is UNCONFIRMED: unchanged, but the signer is not confirmed as the conversation's leader. Should it be filed together with the valid ones?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>1 deltager (GRUS har %2–%3)</source>
      <translation>1 participant (GRUS has %2–%3)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/bring_in.py" />
      <source>1 eget emne</source>
      <translation>1 own topic</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/row_words.py" />
      <source>1 fil</source>
      <translation>1 file</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/window.py" />
      <source>1 forberedelse hentet med %2 bidrag.</source>
      <translation>1 preparation brought in with %2 contributions.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/window.py" />
      <source>1 forberedelse hentet med 1 bidrag.</source>
      <translation>1 preparation brought in with 1 contribution.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/bring_in.py" />
      <source>1 markering af adfærd</source>
      <translation>1 marked behaviour</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>1 samtalefil (.mus) er sprunget over: den er ikke en PDF.</source>
      <translation>1 conversation file (.mus) was skipped: it is not a PDF.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/bring_in.py" />
      <source>1 svar</source>
      <translation>1 answer</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/boxed_notice.py" />
      <source>1 tegn (fx en emoji eller et kinesisk tegn) findes ikke i PDF'ens skrifttype og bliver vist som %2 i referatet. Teksten i samtalen er uændret. Vil I have det med i referatet, så skriv det med ord, før I skriver under.</source>
      <translation>1 character (such as an emoji or a Chinese character) is not in the PDF's font and will appear as %2 in the minutes. The text in the conversation is unchanged. If you want it in the minutes, write it in words before you sign.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/boxed_notice.py" />
      <source>1 tegn: %2</source>
      <translation>1 character: %2</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/bring_in.py" />
      <source>1 værdi på en skala</source>
      <translation>1 scale value</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/preparation.py" />
      <source>&lt;b&gt;Din forberedelse som %1.&lt;/b&gt; Du ser kun dine egne spørgsmål. Gem forberedelsen (Ctrl+S), og hent den ind i samtalen med »Hent forberedelse«.</source>
      <translation>&lt;b&gt;Your preparation as %1.&lt;/b&gt; You see only your own questions. Save the preparation (Ctrl+S) and bring it into the conversation with “Bring in preparation”.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>&lt;b&gt;Gruppens aftaler&lt;/b&gt; (i alles plan):</source>
      <translation>&lt;b&gt;The group's agreements&lt;/b&gt; (in everyone's plan):</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/station_page.py" />
      <source>&lt;b&gt;I midten: %1&lt;/b&gt; – %2</source>
      <translation>&lt;b&gt;At the centre: %1&lt;/b&gt; – %2</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>&lt;br&gt;(ingen endnu)</source>
      <translation>&lt;br&gt;(none yet)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Adfærd, I har peget på</source>
      <translation>Behaviours you pointed at</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/behaviours.py" />
      <source>Adfærden citeres fra Grundlag for lederskab og følgeskab.</source>
      <translation>The behaviours are quoted in Danish from the framework “Grundlag for lederskab og følgeskab”.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/passphrase.py" />
      <source>Adgangskode</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/organisation_key.py" />
      <source>Adgangskode til %1:</source>
      <translation>Passphrase for %1:</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>Adgangskoden passer ikke til %1.</source>
      <translation>The passphrase does not match %1.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>Adgangskoden passer ikke til %1. Prøv igen – filen er ikke ændret. Er adgangskoden glemt, kan samtalen ikke åbnes; der findes ingen anden vej ind.</source>
      <translation>The passphrase does not match %1. Try again – the file has not been changed. If the passphrase is forgotten, the conversation cannot be opened; there is no other way in.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/summary_html.py" />
      <source>Aftale</source>
      <translation>Agreement</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agreements.py" />
      <source>Aftale %1</source>
      <translation>Agreement %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Aftale %1: Ansvarlig</source>
      <translation>Agreement %1: Responsible</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Aftale %1: Frist</source>
      <translation>Agreement %1: Deadline</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Aftale %1: Hvad</source>
      <translation>Agreement %1: What</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/summary_page.py" />
      <source>Aftale %1: fristen ligger før samtalens dato (%2).</source>
      <translation>Agreement %1: the deadline is before the date of the conversation (%2).</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/summary_page.py" />
      <source>Aftale %1: opfølgningen ligger før samtalens dato (%2).</source>
      <translation>Agreement %1: the follow-up is before the date of the conversation (%2).</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Aftalen er allerede videreført.</source>
      <translation>The agreement has already been carried forward.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agreements.py" />
      <source>Aftalen mangler %1.</source>
      <translation>The agreement still needs %1.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>Aftaler</source>
      <translation>Agreements</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/due_tab.py" />
      <source>Aftaler med frist eller opfølgning i perioden</source>
      <translation>Agreements with a deadline or follow-up in the period</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/year_view.py" />
      <source>Aftaler og hvad der kom ud af dem</source>
      <translation>Agreements and what came of them</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>Aftaler, der forfalder</source>
      <translation>Agreements falling due</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/followups.py" />
      <source>Aftalerne er fra en samtale med %1, men denne samtale er med %2. Vil I hente dem alligevel?</source>
      <translation>The agreements are from a conversation with %1, but this conversation is with %2. Do you want to import them anyway?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/followups.py" />
      <source>Aftalerne fra %1 er allerede hentet.</source>
      <translation>The agreements from %1 have already been imported.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/importing.py" />
      <source>Aftalerne hentes ikke fra %1: %2</source>
      <translation>The agreements are not imported from %1: %2</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/followups.py" />
      <source>Aftalerne kunne ikke hentes</source>
      <translation>The agreements could not be imported</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/year_view.py" />
      <source>Aftalt</source>
      <translation>Agreed</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>Alle medarbejdere</source>
      <translation>All employees</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/start_page.py" />
      <source>Alle samtaler i en mappe: hvad der er aftalt, og hvad der forfalder</source>
      <translation>All conversations in a folder: what was agreed, and what falls due</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/summary_page.py" />
      <source>Alle svar, der skal med, er udfyldt.</source>
      <translation>All answers that must be included are filled in.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/signing_page.py" />
      <source>Alle underskrifter bliver ugyldige. Skriv, hvorfor I genåbner:</source>
      <translation>Every signature becomes void. Write why you are reopening:</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>Alle åbne aftalers frister og opfølgninger som en kalenderfil (.ics) til fx Outlook</source>
      <translation>The deadlines and follow-up dates of all open agreements as a calendar file (.ics), e.g. for Outlook</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/followups.py" />
      <source>Allerede hentet</source>
      <translation>Already imported</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Alt+pil op og Alt+pil ned flytter det valgte behov.</source>
      <translation>Alt+Up and Alt+Down move the chosen need.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>Alt, kontrollen siger om filen</source>
      <translation>Everything the check says about the file</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/history.py" />
      <source>Annuller</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agreements.py" />
      <source>Ansvarlig</source>
      <translation>Responsible</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/start_page.py" />
      <source>Arbejde, der kan gendannes</source>
      <translation>Work that can be restored</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/pages.py" />
      <source>Arbejdssted</source>
      <translation>Workplace</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/pages.py" />
      <source>Arbejdssted / enhed *</source>
      <translation>Workplace / unit *</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Begge</source>
      <translation>Both</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/conversation_view.py" />
      <source>Begge har underskrevet. Samtalen er nu låst. Gem HR-udgaven til personalesagen, og gem medarbejderens eget eksemplar. Begge knapper står på siden »Underskrift«.</source>
      <translation>Both have signed. The conversation is now locked. Save the HR edition for the personnel file, and save the employee's own copy. Both buttons are on the “Signatures” page.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/history.py" />
      <source>Begrundelse for at genåbne</source>
      <translation>Reason for reopening</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/preparation.py" />
      <source>Begynd forberedelsen</source>
      <translation>Start preparing</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/bring_in.py" />
      <source>Behold b&amp;egge</source>
      <translation>Keep &amp;both</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/station_page.py" />
      <source>Behov noteret her: %1</source>
      <translation>Needs noted here: %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>Bemærk</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/menus.py" />
      <source>Besk&amp;yt med adgangskode …</source>
      <translation>Pro&amp;tect with a passphrase …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/passphrase.py" />
      <source>Beskyt</source>
      <translation>Protect</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/passphrase.py" />
      <source>Beskyt samtalen med en adgangskode</source>
      <translation>Protect the conversation with a passphrase</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/file_saving.py" />
      <source>Beskyttelsen er fjernet, og samtalen er gemt.</source>
      <translation>The protection has been removed, and the conversation is saved.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/passphrase.py" />
      <source>Beskytter samtalen …</source>
      <translation>Protecting the conversation …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/station_page.py" />
      <source>Bidrag</source>
      <translation>Contribution</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/station_page.py" />
      <source>Bidrag ved emnekortet</source>
      <translation>Contributions at the topic card</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Bidraget er fra en, der ikke deltager i samtalen.</source>
      <translation>The contribution is from someone who is not taking part in the conversation.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Bortfaldet</source>
      <translation>Dropped</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/bring_in.py" />
      <source>Br&amp;ug forberedelsen</source>
      <translation>&amp;Use the preparation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/passphrase.py" />
      <source>Brug mindst %1 tegn.</source>
      <translation>Use at least %1 characters.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agenda.py" />
      <source>Brug samtaleformens forslag</source>
      <translation>Use the conversation form's suggestion</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/importing.py" />
      <source>Brug sidste års samtalefil (.mus) eller en uændret kopi af referatet.</source>
      <translation>Use last year's conversation file (.mus) or an unchanged copy of the summary.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/organisation_key.py" />
      <source>Certifikatet er ikke lederens</source>
      <translation>The certificate is not the leader’s</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/organisation_key.py" />
      <source>Certifikatet kunne ikke bruges</source>
      <translation>The certificate could not be used</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/errors.py" />
      <source>Certifikatet kunne ikke bruges: adgangskoden er rigtig, men certifikatet eller dets kæde kan ikke læses til en signatur (fx usædvanlige tegn i et navn). Bed IT om et andet certifikat.</source>
      <translation>The certificate could not be used: the passphrase is right, but the certificate or its chain cannot be read for a signature (e.g. unusual characters in a name). Ask IT for another certificate.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/organisation_key.py" />
      <source>Certifikatet tilhører »%1«, men samtalens leder er »%2«. »ishoj-mus verify« vil kalde referatet UBEKRÆFTET, så HR ikke kan se, at lederen har underskrevet. Vælg lederens certifikat under Indstillinger, eller signér alligevel.</source>
      <translation>The certificate belongs to “%1”, but the conversation’s leader is “%2”. “ishoj-mus verify” will call the summary UNCONFIRMED, so HR cannot see that the leader signed it. Choose the leader’s certificate in Settings, or sign anyway.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_lines.py" />
      <source>Certifikatets SHA-256-fingeraftryk: %1</source>
      <translation>The certificate's SHA-256 fingerprint: %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/errors.py" />
      <source>Certifikatets nøgletype (%1) kan ikke bruges i et PDF/A-3-referat. Brug et certifikat med en RSA- eller EC-nøgle.</source>
      <translation>The certificate's key type (%1) cannot be used in a PDF/A-3 summary. Use a certificate with an RSA or EC key.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/errors.py" />
      <source>Certifikatfilen indeholder intet certifikat.</source>
      <translation>The certificate file holds no certificate.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/errors.py" />
      <source>Certifikatfilen kunne ikke åbnes: forkert adgangskode eller beskadiget fil.</source>
      <translation>The certificate file could not be opened: wrong passphrase or a damaged file.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agenda.py" />
      <source>Dagsorden</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/pages.py" />
      <source>Dato</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/pages.py" />
      <source>Dato *</source>
      <translation>Date *</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/pages.py" />
      <source>Dato for samtalen</source>
      <translation>Date of the conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/summary_html.py" />
      <source>Dato og sted</source>
      <translation>Date and place</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agreements.py" />
      <source>Datoer</source>
      <translation>Dates</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/due_tab.py" />
      <source>Datoer i perioden: %1.</source>
      <translation>Dates in the period: %1.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/due_tab.py" />
      <source>De næste 3 måneder</source>
      <translation>The next 3 months</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/due_tab.py" />
      <source>De næste 30 dage</source>
      <translation>The next 30 days</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/due_tab.py" />
      <source>De næste 6 måneder</source>
      <translation>The next 6 months</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/passphrase.py" />
      <source>De to adgangskoder er ikke ens.</source>
      <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Deltager</source>
      <translation>Participant</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Deltagere</source>
      <translation>Participants</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Deltagerens navn</source>
      <translation>Participant's name</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Delvist opfyldt</source>
      <translation>Partly achieved</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/conversation_view.py" />
      <source>Delvist underskrevet – låst for ændringer.</source>
      <translation>Partly signed – locked for changes.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/file_flows.py" />
      <source>Den automatiske kopi</source>
      <translation>The automatic copy</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/file_flows.py" />
      <source>Den automatiske kopi af samtalen kunne ikke gemmes, så et nedbrud nu kan koste de seneste ændringer. Gem samtalen selv (Ctrl+S).</source>
      <translation>The automatic copy of the conversation could not be saved, so a crash now could lose the latest changes. Save the conversation yourself (Ctrl+S).</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/file_flows.py" />
      <source>Den automatiske kopi blev ikke gemt</source>
      <translation>The automatic copy was not saved</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/file_flows.py" />
      <source>Den automatiske kopi er beskadiget og kan ikke gendannes.</source>
      <translation>The automatic copy is damaged and cannot be recovered.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>Den automatiske kopi kan ikke gendannes (%1). Åbn den senest gemte udgave af samtalen i stedet.</source>
      <translation>The automatic copy cannot be restored (%1). Open the most recently saved version of the conversation instead.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/save_path.py" />
      <source>Den beskyttede fil bliver ikke slettet: den gemmes ved siden af som %1.</source>
      <translation>The protected file is not deleted: it is kept beside it as %1.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Den deltager er ikke længere med i samtalen.</source>
      <translation>That participant is no longer part of the conversation.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/save_path.py" />
      <source>Den underskrevne fil bliver ikke slettet: den gemmes ved siden af som %1.</source>
      <translation>The signed file is not deleted: it is kept beside it as %1.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/followups.py" />
      <source>Den valgte samtale indeholder ingen aftaler.</source>
      <translation>The chosen conversation has no agreements.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/bring_in.py" />
      <source>Denne samtale: %1</source>
      <translation>This conversation: %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/new_dialog.py" />
      <source>Der blev ikke fundet nogen samtaleformer. Installér programmet igen.</source>
      <translation>No conversation forms were found. Please reinstall the program.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Der er allerede skrevet under for den valgte.</source>
      <translation>The person chosen has already signed.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/window.py" />
      <source>Der er en GRUS, der ikke blev gemt (%1), gemt automatisk %2. Vil I fortsætte med den?</source>
      <translation>There is a GRUS that was not saved (%1), saved automatically %2. Do you want to continue with it?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/atomic.py" />
      <source>Der er ikke plads på disken til at gemme %1. Frigør plads, eller gem et andet sted. Intet er gået tabt – samtalen er stadig åben.</source>
      <translation>There is no room on the disk to save %1. Free some space, or save somewhere else. Nothing is lost – the conversation is still open.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>Der er ingen filer i det, du har valgt.</source>
      <translation>There are no files in what you chose.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/settings_dialog.py" />
      <source>Der er ingen organisationsprofil på denne computer, så referater signeret med et personligt certifikat kaldes UBEKRÆFTET, når HR kontrollerer dem.</source>
      <translation>There is no organisation profile on this computer, so summaries signed with a personal certificate are called UNCONFIRMED when HR checks them.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/bring_in.py" />
      <source>Der er ingen svar i %1 forberedelse. Intet er ændret.</source>
      <translation>There are no answers in %1 preparation. Nothing has changed.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Der er mere end %1 filer; kun de første %2 er kontrolleret. Vælg en mindre mappe.</source>
      <translation>There are more than %1 files; only the first %2 have been checked. Choose a smaller folder.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Der er tilføjet data efter signatur %1: dokumentet er ikke det, der blev underskrevet.</source>
      <translation>Data has been added after signature %1: the document is not the one that was signed.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Der er tilføjet data sidst i filen: dokumentet er ikke det, der blev underskrevet.</source>
      <translation>Data has been added at the end of the file: the document is not the one that was signed.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/window.py" />
      <source>Der er ændringer, der ikke er gemt. Vil I gemme dem?</source>
      <translation>There are unsaved changes. Do you want to save them?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/file_flows.py" />
      <source>Der findes en automatisk kopi af samtalen i %1 med ændringer, der ikke blev gemt. Kopien er fra %2.</source>
      <translation>There is an automatic copy of the conversation in %1 with changes that were not saved. The copy is from %2.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Der kan højst være %1 deltagere.</source>
      <translation>There can be at most %1 participants.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Der kan højst være %2 her. Fjern nogle, før der kommer flere til.</source>
      <translation>There can be at most %2 here. Remove some before more are added.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Der ligger allerede en fil med navnet »%1« i journaliseringsmappen; den er ikke overskrevet.</source>
      <translation>There is already a file named “%1” in the filing folder; it has not been overwritten.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Der ligger allerede en fil med navnet »%1« i journaliseringsmappen; den er ikke overskrevet. Flyt den, hvis denne skal journaliseres i stedet.</source>
      <translation>There is already a file named “%1” in the filing folder; it has not been overwritten. Move it if this one is to be filed instead.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/signing.py" />
      <source>Der mangler stadig %1 svar, der skal med. Se »Opsummering«, før I underskriver.</source>
      <translation>%1 answers that must be included are still missing. See “Summary” before you sign.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Der mangler stadig %1 svar. Under »Opsummering« kan I se hvilke.</source>
      <translation>%1 answers are still missing. “Summary” shows which.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/summary_page.py" />
      <source>Der mangler stadig %1 svar:</source>
      <translation>%1 answers are still missing:</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/signing.py" />
      <source>Der mangler stadig 1 svar, der skal med. Se »Opsummering«, før I underskriver.</source>
      <translation>1 answer that must be included is still missing. See “Summary” before you sign.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Der mangler stadig 1 svar. Under »Opsummering« kan I se hvilket.</source>
      <translation>1 answer is still missing. “Summary” shows which.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/summary_page.py" />
      <source>Der mangler stadig 1 svar:</source>
      <translation>1 answer is still missing:</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Der mangler stadig noget, før I kan skrive under.</source>
      <translation>Something is still missing before you can sign.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/crash.py" />
      <source>Der skete en uventet fejl</source>
      <translation>Something unexpected went wrong</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/crash.py" />
      <source>Der skete en uventet fejl i programmet. Dit arbejde er ikke tabt: en automatisk kopi er gemt, og den bliver tilbudt, næste gang du starter programmet. Gem gerne samtalen nu. Ser noget forkert ud, så luk programmet, og start det igen.</source>
      <translation>An unexpected error occurred in the program. Your work is not lost: an automatic copy has been saved, and it will be offered the next time you start the program. Please save the conversation now. If something looks wrong, close the program, and start it again.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/bring_in.py" />
      <source>Der står allerede tekst</source>
      <translation>There is text already</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/file_flows.py" />
      <source>Det automatisk gemte arbejde slettes. Det kan ikke fortrydes.</source>
      <translation>The automatically saved work will be deleted. This cannot be undone.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/station_page.py" />
      <source>Det blev sagt (hvem sagde hvad)</source>
      <translation>What was said (who said what)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/scan_words.py" />
      <source>Det er ikke en almindelig fil, så den åbnes ikke.</source>
      <translation>It is not an ordinary file, so it is not opened.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/hr_outputs.py" />
      <source>Det får HR</source>
      <translation>What HR receives</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/print_support.py" />
      <source>Det får HR – forhåndsvisning</source>
      <translation>What HR receives – preview</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Det kan kun medarbejder og leder.</source>
      <translation>Only the employee and the leader can do that.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Det lykkes vi med</source>
      <translation>We succeed at this</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/summary_page.py" />
      <source>Det mangler</source>
      <translation>Still missing</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Det vil vi styrke</source>
      <translation>We want to strengthen this</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/private_note.py" />
      <source>Det, I skriver på denne side, kommer ikke med til personalesagen.</source>
      <translation>What you write on this page does not go into the personnel file.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/private_note.py" />
      <source>Det, I skriver på denne side, kommer med i referatet til personalesagen.</source>
      <translation>What you write on this page goes into the summary for the personnel file.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/fields.py" />
      <source>Det, I skriver sammen …</source>
      <translation>What you write together …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/question_page.py" />
      <source>Dette trin tager I sammen i samtalen.</source>
      <translation>You take this step together in the conversation.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>Digitale underskrifter i PDF'en: %1 (ikke kontrolleret her).</source>
      <translation>Digital signatures in the PDF: %1 (not verified here).</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/file_flows.py" />
      <source>Din forberedelse har ændringer, der ikke er gemt. Vil du gemme dem?</source>
      <translation>Your preparation has unsaved changes. Do you want to save them?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/problems_tab.py" />
      <source>Disse filer i mappen kunne ikke læses som samtaler. De er ikke ændret. Her står hvorfor, og hvad I kan gøre.</source>
      <translation>These files in the folder could not be read as conversations. They have not been changed. Here is why, and what you can do.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/preparation.py" />
      <source>Dit navn</source>
      <translation>Your name</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/preparation.py" />
      <source>Dit navn (som i samtalen)</source>
      <translation>Your name (as in the conversation)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Dokumentet er uændret siden underskrivningen, og underskriveren er bekræftet af organisationen som samtalens leder.</source>
      <translation>The document is unchanged since signing, and the organisation confirms the signer as the conversation's leader.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Dokumentet er uændret, men %1 »%2« er ikke bekræftet af organisationen (signeret med %3; SHA-256-fingeraftryk %4). %5</source>
      <translation>The document is unchanged, but the organisation does not confirm %1 “%2” (signed with %3; SHA-256 fingerprint %4). %5</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Dokumentet er uændret, men tidsstemplet fra »%1« er ikke bekræftet: %2. Bed IT om tidsstempeltjenestens rodcertifikat, hvis tjenesten er organisationens.</source>
      <translation>The document is unchanged, but the timestamp from “%1” is not confirmed: %2. Ask IT for the timestamp service's root certificate if the service is the organisation's.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Dokumentet er uændret, men underskriveren »%1« er ikke genkendt som samtalens leder: %2. Kontrollér, hvem der har underskrevet.</source>
      <translation>The document is unchanged, but the signer “%1” is not recognised as the conversation's leader: %2. Check who signed it.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Dokumentet er ændret efter underskrivningen: der er tilføjet indhold uden signatur.</source>
      <translation>The document was changed after signing: content was added without a signature.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Dokumentet er ændret sammen med signatur %1: mere end en underskrift er tilføjet.</source>
      <translation>The document was changed together with signature %1: more than a signature was added.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Dokumentet er ændret sammen med tidsstempel %1: mere end en underskrift er tilføjet.</source>
      <translation>The document was changed together with timestamp %1: more than a signature was added.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Dokumentets egenskaber (titel, forfatter, emne, nøgleord – det, et arkiv og en PDF-læser viser; i PDF'ens Info eller XMP-metadata) er ændret efter underskrivningen.</source>
      <translation>The document's properties (title, author, subject, keywords – what an archive and a PDF reader show; in the PDF's Info or XMP metadata) were changed after signing.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/atomic.py" />
      <source>Drevet med mappen %2 er skrivebeskyttet, så %1 kan ikke gemmes der. Gem et andet sted. Intet er gået tabt.</source>
      <translation>The drive with the folder %2 is read-only, so %1 cannot be saved there. Save somewhere else. Nothing is lost.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/bounded.py" />
      <source>Du har ikke adgang til at læse %1. Bed ejeren af filen om adgang, eller vælg en kopi.</source>
      <translation>You do not have access to read %1. Ask the owner of the file for access, or choose a copy.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/atomic.py" />
      <source>Du har ikke lov til at gemme i mappen %2 (den er skrivebeskyttet for dig). Gem %1 et andet sted. Intet er gået tabt.</source>
      <translation>You are not allowed to save in the folder %2 (it is read-only for you). Save %1 somewhere else. Nothing is lost.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/entries.py" />
      <source>Eget emne fra en forberedelse</source>
      <translation>Own topic from a preparation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agenda.py" />
      <source>Eget emne: %1</source>
      <translation>Own topic: %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Eget punkt</source>
      <translation>Own item</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/topics.py" />
      <source>Egne emner</source>
      <translation>Own topics</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/guide.py" />
      <source>Egne emner og adfærd</source>
      <translation>Own topics and behaviours</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Egne punkter</source>
      <translation>Own items</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Egne punkter (kun i deltagerens egen plan)</source>
      <translation>Own items (only in the participant's own plan)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/menus.py" />
      <source>Eksportér kalen&amp;der …</source>
      <translation>E&amp;xport calendar …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/calendar_export.py" />
      <source>Eksportér kalender</source>
      <translation>Export calendar</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>Eksportér kalender …</source>
      <translation>Export calendar …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Emnekortet findes ikke i samtaleformen.</source>
      <translation>The conversation form has no such topic card.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/topics.py" />
      <source>Emnets overskrift</source>
      <translation>The topic's title</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/followups.py" />
      <source>En anden medarbejders samtale</source>
      <translation>Another employee's conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/bring_in.py" />
      <source>En anden samtale</source>
      <translation>Another conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/guide.py" />
      <source>En dialog, ikke en bedømmelse</source>
      <translation>A dialogue, not an assessment</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>En forberedelse kan ikke hentes ind i en anden forberedelse. Åbn samtalen først.</source>
      <translation>A preparation cannot be brought into another preparation. Open the conversation first.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/conversation_view.py" />
      <source>En forberedelse underskrives ikke. Gem den (Ctrl+S), og tag filen med til samtalen, hvor I henter den ind med »Hent forberedelse«.</source>
      <translation>A preparation is not signed. Save it (Ctrl+S) and bring the file to the conversation, where you bring it in with “Bring in preparation”.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>En forberedelse underskrives ikke. Hent den ind i samtalen.</source>
      <translation>A preparation is not signed. Bring it into the conversation.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>En ny, kort samtale efter samtaleformen til halvårsopfølgning: deltagerne og aftalerne følger med</source>
      <translation>A new, short conversation on the half-year follow-up form: the participants and the agreements come along</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/new_dialog.py" />
      <source>En samtale med lederen og 2–8 medarbejdere. Hver deltager får sin egen plan.</source>
      <translation>A conversation between the leader and 2–8 employees. Each participant gets an own plan.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>En signatur i PDF'en er beskadiget eller ændret, så den ikke kan kontrolleres.</source>
      <translation>A signature in the PDF is damaged or changed, so it cannot be checked.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/passphrase.py" />
      <source>Er adgangskoden glemt, kan samtalen ikke åbnes. Hverken IT eller andre kan hjælpe – der findes ingen bagdør.</source>
      <translation>If the passphrase is forgotten, the conversation cannot be opened. Neither IT nor anyone else can help – there is no back door.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/save_path.py" />
      <source>Erstat en beskyttet samtale?</source>
      <translation>Replace a protected conversation?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/save_path.py" />
      <source>Erstat en underskrevet samtale?</source>
      <translation>Replace a signed conversation?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/save_path.py" />
      <source>Erstat et underskrevet referat?</source>
      <translation>Replace a signed summary?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/save_path.py" />
      <source>Erstat filen?</source>
      <translation>Replace the file?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/details.py" />
      <source>Erstatter version %1 i »%2«, som også er i bunken.</source>
      <translation>Replaces version %1 in “%2”, which is also in the batch.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_lines.py" />
      <source>Erstatter version %1, underskrevet %2</source>
      <translation>Replaces version %1, signed %2</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Erstattet af version %1 af samme samtale (»%2«), som også er i bunken – kun den nyeste journaliseres.</source>
      <translation>Replaced by version %1 of the same conversation (“%2”), which is also in the batch – only the newest is filed.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/settings_dialog.py" />
      <source>Et andet sprog gælder fra næste gang, programmet starter.</source>
      <translation>A different language applies from the next time the program starts.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/topics.py" />
      <source>Et emne, som en af jer gerne vil tale om – her eller som et selvstændigt emne</source>
      <translation>A topic one of you would like to talk about – here or as a topic of its own</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/topic_page.py" />
      <source>Et emne, som en af jer har bragt op. Skriv i de felter, I valgte. Emnet kommer med i opsummeringen og referatet på denne plads, før aftalerne.</source>
      <translation>A topic one of you brought up. Write in the boxes you chose. The topic appears in the summary and the record in this place, before the agreements.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Et tidsstempel fra journaliseringen (»ishoj-mus timestamp«) havde holdt signaturen gyldig; bed HR om det tidsstemplede eksemplar.</source>
      <translation>A timestamp from filing (“ishoj-mus timestamp”) would have kept the signature valid; ask HR for the timestamped copy.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/passphrase.py" />
      <source>Et øjeblik</source>
      <translation>One moment</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/pdf_actions.py" />
      <source>Fejlen er skrevet i logfilen (uden navne og svar): %1</source>
      <translation>The error has been written to the log file (without names or answers): %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/locked_text.py" />
      <source>Feltet er låst, så I kan ikke rette det her. I kan markere teksten og kopiere den.</source>
      <translation>The field is locked, so you cannot change it here. You can select the text and copy it.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>Fil</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>Filen</source>
      <translation>The file</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/file_flows.py" />
      <source>Filen blev sidst gemt %1.</source>
      <translation>The file was last saved %1.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/scan_words.py" />
      <source>Filen er for stor (%1 MB) til at være en samtale.</source>
      <translation>The file is too large (%1 MB) to be a conversation.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Filen er ikke en PDF.</source>
      <translation>The file is not a PDF.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/scan_words.py" />
      <source>Filen er tom. Brug en anden kopi af PDF'en.</source>
      <translation>The file is empty. Use another copy of the PDF.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Filen er ændret siden kontrollen; den er ikke journaliseret. Kontrollér igen.</source>
      <translation>The file has changed since the check; it has not been filed. Check again.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Filen fylder %1 MB – for meget til at være et MUS-referat. Kontrollér, at det er den rigtige fil.</source>
      <translation>The file is %1 MB – too large to be the minutes of a development conversation. Check that it is the right file.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Filen kan ikke læses (%1).</source>
      <translation>The file cannot be read (%1).</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/scan_words.py" />
      <source>Filen kan ikke læses (et link, der peger på noget, der ikke findes).</source>
      <translation>The file cannot be read (a link that points to something that does not exist).</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Filen kan ikke læses lige nu. Prøv igen.</source>
      <translation>The file cannot be read right now. Try again.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/scan_words.py" />
      <source>Filen kan ikke læses som PDF. Den kan være beskadiget; brug en anden kopi.</source>
      <translation>The file cannot be read as a PDF. It may be damaged; use another copy.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Filen kunne ikke læses igen ved kopieringen; den er ikke journaliseret. Kontrollér igen.</source>
      <translation>The file could not be read again when copying; it has not been filed. Check again.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>Filen kunne ikke læses. Åbn den for at se hvorfor.</source>
      <translation>The file could not be read. Open it to see why.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Filen kunne ikke skrives i journaliseringsmappen (%1).</source>
      <translation>The file could not be written to the filing folder (%1).</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/errors.py" />
      <source>Filen med adgangskoden kan ikke bruges: %1</source>
      <translation>The passphrase file cannot be used: %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/errors.py" />
      <source>Filen med adgangskoden »%1« kan ikke læses (ikke UTF-8-tekst).</source>
      <translation>The passphrase file “%1” cannot be read (not UTF-8 text).</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Filer, der ikke kunne læses</source>
      <translation>Files that could not be read</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agreements.py" />
      <source>Fjern</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/followups.py" />
      <source>Fjern %1 fra %2</source>
      <translation>Remove %1 from %2</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/commands.py" />
      <source>Fjern aftale</source>
      <translation>Remove agreement</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agreements.py" />
      <source>Fjern aftalen (Alt+Skift+Delete)</source>
      <translation>Remove the agreement (Alt+Shift+Delete)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/passphrase.py" />
      <source>Fjern beskyttelsen</source>
      <translation>Remove the protection</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Fjern deltager</source>
      <translation>Remove participant</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/followups.py" />
      <source>Fjern den hentede aftale (Alt+Skift+Delete)</source>
      <translation>Remove the agreement brought in (Alt+Shift+Delete)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/prep_commands.py" />
      <source>Fjern eget emne</source>
      <translation>Remove own topic</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Fjern eget punkt</source>
      <translation>Remove own item</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/topics.py" />
      <source>Fjern emnet</source>
      <translation>Remove the topic</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/topics.py" />
      <source>Fjern emnet %1</source>
      <translation>Remove the topic %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/topics.py" />
      <source>Fjern emnet (Alt+Skift+Delete)</source>
      <translation>Remove the topic (Alt+Shift+Delete)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/followups.py" />
      <source>Fjern hentet aftale</source>
      <translation>Remove imported agreement</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Fjern p&amp;unkt</source>
      <translation>Remove i&amp;tem</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Flyt &amp;ned</source>
      <translation>Move &amp;down</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Flyt &amp;op</source>
      <translation>Move &amp;up</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/commands.py" />
      <source>Flyt aftale</source>
      <translation>Move agreement</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agreements.py" />
      <source>Flyt aftalen ned (Alt+Skift+pil ned)</source>
      <translation>Move the agreement down (Alt+Shift+Down)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agreements.py" />
      <source>Flyt aftalen op (Alt+Skift+pil op)</source>
      <translation>Move the agreement up (Alt+Shift+Up)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agreements.py" />
      <source>Flyt ned</source>
      <translation>Move down</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agreements.py" />
      <source>Flyt op</source>
      <translation>Move up</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/start_page.py" />
      <source>For HR: kontrollér mange referater på én gang, og klargør dem til journalisering</source>
      <translation>For HR: check many minutes at once and prepare them for filing</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/start_page.py" />
      <source>Forbered &amp;dig …</source>
      <translation>&amp;Prepare …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/preparation.py" />
      <source>Forbered dig</source>
      <translation>Prepare</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/preparation.py" />
      <source>Forbered dig til GRUS</source>
      <translation>Prepare for GRUS</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/preparation.py" />
      <source>Forbered dig til samtalen ved at svare på spørgsmålene alene, i dit eget tempo. Du ser kun dine egne felter. Gem forberedelsen som en fil, og tag den med til samtalen: Der henter I den ind, og den vises først, når I begge er klar til at se hinandens svar.</source>
      <translation>Prepare for the conversation by answering the questions on your own, at your own pace. You see only your own fields. Save the preparation as a file and bring it to the conversation: there you bring it in, and it is shown only when you are both ready to see each other's answers.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/guide.py" />
      <source>Forbered jer hver for sig</source>
      <translation>Prepare separately</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/preparation.py" />
      <source>Forberedelse</source>
      <translation>Preparation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/bring_in.py" />
      <source>Forberedelsen %1 er lavet til en anden medarbejder.</source>
      <translation>The preparation %1 was made for another employee.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/bring_in.py" />
      <source>Forberedelsen %1 er lavet til en anden samtale.</source>
      <translation>The preparation %1 was made for another conversation.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/fields.py" />
      <source>Forberedelsen er hentet og vises, når I vælger »Vis begges forberedelse«.</source>
      <translation>The preparation has been brought in and is shown when you choose “Show both preparations”.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/bring_in.py" />
      <source>Forberedelsen er tom</source>
      <translation>The preparation is empty</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/bring_in.py" />
      <source>Forberedelsen kunne ikke hentes</source>
      <translation>The preparation could not be brought in</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/topics.py" />
      <source>Forberedelsen vises, når I viser begges forberedelse.</source>
      <translation>The preparation is shown when you show both preparations.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/bring_in.py" />
      <source>Forberedelsen: %1</source>
      <translation>The preparation: %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/preparation.py" />
      <source>Forberedelser (*.grus)</source>
      <translation>Preparations (*.grus)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/window.py" />
      <source>Forberedelserne er ikke hentet</source>
      <translation>The preparations were not brought in</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/preparation.py" />
      <source>Forberedelserne er vist.</source>
      <translation>The preparations are shown.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/texts.py" />
      <source>Forberedelsesark</source>
      <translation>Preparation sheet</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/pdf_actions.py" />
      <source>Forbereder …</source>
      <translation>Preparing …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/print_support.py" />
      <source>Forhåndsvisning af PDF</source>
      <translation>PDF preview</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/window.py" />
      <source>Formularen til GRUS mangler eller er beskadiget. Installér programmet igen.</source>
      <translation>The GRUS form is missing or damaged. Install the program again.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/guide.py" />
      <source>Forrige</source>
      <translation>Back</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/private_note.py" />
      <source>Forstået</source>
      <translation>Understood</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/private_note.py" />
      <source>Forstået – skjul forklaringen om »Kun mellem os«</source>
      <translation>Understood – hide the explanation of “Just between us”</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agenda.py" />
      <source>Fort&amp;sæt</source>
      <translation>Res&amp;ume</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/signing.py" />
      <source>Fortryd</source>
      <translation>Undo</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/signing.py" />
      <source>Fortryd seneste streg</source>
      <translation>Undo the last stroke</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/due_tab.py" />
      <source>Fra</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/framework_text.py" />
      <source>Fra Grundlag for lederskab og følgeskab</source>
      <translation>Quoted in Danish from the framework “Grundlag for lederskab og følgeskab”</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/station_page.py" />
      <source>Fra Grundlag for lederskab og følgeskab:</source>
      <translation>Quoted in Danish from the framework “Grundlag for lederskab og følgeskab”:</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/fields.py" />
      <source>Fremover</source>
      <translation>Coming year</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agreements.py" />
      <source>Frist</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Frist, fx 31.05.2027</source>
      <translation>Deadline, e.g. 31.05.2027</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agreements.py" />
      <source>Fristen ligger før samtalens dato (%1). Er det meningen?</source>
      <translation>The deadline is before the date of the conversation (%1). Is that intended?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/topics.py" />
      <source>Fx arbejdstider, kollegasparring, et nyt projekt</source>
      <translation>E.g. working hours, peer sparring, a new project</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/history.py" />
      <source>Fx: Fristen for en aftale var forkert</source>
      <translation>E.g.: the deadline of an agreement was wrong</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Fælles</source>
      <translation>Together</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/guide.py" />
      <source>Færdig</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/signing_page.py" />
      <source>Før I skriver under, mangler: %1.</source>
      <translation>Before you sign, this is missing: %1.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/summary_html.py" />
      <source>Før samtalens dato</source>
      <translation>Before the date of the conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/guide.py" />
      <source>Første gang? Få en kort rundvisning i vinduet.</source>
      <translation>First time? Take a short tour of the window.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/window.py" />
      <source>GRUS kunne ikke åbnes</source>
      <translation>GRUS could not be opened</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>GRUS – gruppeudviklingssamtale</source>
      <translation>GRUS – group development conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/window.py" />
      <source>GRUS, der ikke blev gemt</source>
      <translation>GRUS that was not saved</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/texts.py" />
      <source>GRUS: HR-udgave</source>
      <translation>GRUS: HR edition</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/texts.py" />
      <source>GRUS: deltagerens eksemplar</source>
      <translation>GRUS: the participant's copy</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/texts.py" />
      <source>GRUS: gruppens referat</source>
      <translation>GRUS: the group's minutes</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_result.py" />
      <source>GYLDIG</source>
      <translation>VALID</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/texts.py" />
      <source>GYLDIG (eksemplar)</source>
      <translation>VALID (copy)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/menus.py" />
      <source>Gem &amp;HR-udgaven (PDF) …</source>
      <translation>Save the &amp;HR edition (PDF) …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/actions.py" />
      <source>Gem &amp;PDF'er (referat og hver deltagers udgaver) …</source>
      <translation>Save &amp;PDFs (minutes and each participant's editions) …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/menus.py" />
      <source>Gem &amp;medarbejderens eksemplar (PDF) …</source>
      <translation>Save the &amp;employee's copy (PDF) …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/hr_outputs.py" />
      <source>Gem &amp;medarbejderens eksemplar …</source>
      <translation>Save the employee's &amp;copy …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/actions.py" />
      <source>Gem &amp;som …</source>
      <translation>Save &amp;as …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/window.py" />
      <source>Gem GRUS</source>
      <translation>Save GRUS</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/window.py" />
      <source>Gem GRUS?</source>
      <translation>Save GRUS?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/hr_outputs.py" />
      <source>Gem HR-udg&amp;aven …</source>
      <translation>Save the HR e&amp;dition …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/outputs.py" />
      <source>Gem HR-udgaven til personalesagen</source>
      <translation>Save the HR edition for the personnel file</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/preparation.py" />
      <source>Gem forberedelsen</source>
      <translation>Save the preparation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/preparation.py" />
      <source>Gem forberedelsen …</source>
      <translation>Save the preparation …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/outputs.py" />
      <source>Gem forberedelsesark</source>
      <translation>Save preparation sheet</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/outputs.py" />
      <source>Gem medarbejderens eksemplar</source>
      <translation>Save the employee's copy</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/file_saving.py" />
      <source>Gem samtale</source>
      <translation>Save conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/hr_outputs.py" />
      <source>Gem udviklings&amp;plan …</source>
      <translation>Save development p&amp;lan …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/outputs.py" />
      <source>Gem udviklingsplan</source>
      <translation>Save development plan</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/file_flows.py" />
      <source>Gem ændringer?</source>
      <translation>Save changes?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/window.py" />
      <source>Gemt i %1</source>
      <translation>Saved in %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/file_saving.py" />
      <source>Gemt i %1. Den underskrevne udgave er gemt som %2.</source>
      <translation>Saved in %1. The signed version is kept as %2.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/signing.py" />
      <source>Gentag</source>
      <translation>Redo</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/passphrase.py" />
      <source>Gentag adgangskoden</source>
      <translation>Repeat the passphrase</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/signing.py" />
      <source>Gentag streg</source>
      <translation>Redo stroke</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/history.py" />
      <source>Genåbn</source>
      <translation>Reopen</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/commands.py" />
      <source>Genåbn samtalen</source>
      <translation>Reopen the conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/history.py" />
      <source>Genåbn samtalen?</source>
      <translation>Reopen the conversation?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/history.py" />
      <source>Genåbner I samtalen, annullerer I begge underskrifter. Programmet noterer det i samtalens historik og i referatet, sammen med jeres begrundelse. Medarbejderens bemærkning bliver stående, så medarbejderen kan rette den.</source>
      <translation>If you reopen the conversation, you void both signatures. The program notes it in the conversation's history and in the summary, together with your reason. The employee's remark stays, so the employee can change it.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/passphrase.py" />
      <source>Glemmer I adgangskoden, kan samtalen ikke åbnes igen. Hverken IT eller andre kan hjælpe – der findes ingen bagdør. Skriv den ned, og gem den et sikkert sted.</source>
      <translation>If you forget the passphrase, the conversation cannot be opened again. Neither IT nor anyone else can help – there is no back door. Write it down, and keep it in a safe place.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Gruppe eller enhed</source>
      <translation>Group or unit</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/station_page.py" />
      <source>Gruppen</source>
      <translation>The group</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Gruppens aftaler</source>
      <translation>The group's agreements</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Gruppens behov i prioriteret rækkefølge</source>
      <translation>The group's needs in order of priority</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Gruppens behov – det vigtigste øverst</source>
      <translation>The group's needs – the most important first</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/station_page.py" />
      <source>Gruppens noter</source>
      <translation>The group's notes</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Gruppens referat nævner alle deltagere og journaliseres ikke i en personalesag. Hver deltagers personalesag skal have deltagerens HR-udgave.</source>
      <translation>The group's minutes name every participant and are not filed in a personnel file. Each participant's personnel file needs that participant's HR edition.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_lines.py" />
      <source>Gruppeudviklingssamtale (GRUS): %1</source>
      <translation>Group development conversation (GRUS): %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_lines.py" />
      <source>Gruppeudviklingssamtale (GRUS): %1, udgave til %2</source>
      <translation>Group development conversation (GRUS): %1, edition for %2</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/pipeline.py" />
      <source>Gør PDF'en arkivbestandig (PDF/A-3b) …</source>
      <translation>Making the PDF fit for archiving (PDF/A-3b) …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Gør behov til aftale</source>
      <translation>Turn need into agreement</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Gør til &amp;aftale</source>
      <translation>Make it an &amp;agreement</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/hr_outputs.py" />
      <source>HR får kun udviklingsplanen: en bekræftelse af, hvornår samtalen fandt sted, aftalerne, medarbejderens bemærkning og underskrifterne. Jeres svar og noterne »Kun mellem os« bliver mellem jer.</source>
      <translation>HR gets only the development plan: a confirmation of when the conversation took place, the agreements, the employee's remark and the signatures. Your answers and the “Just between us” notes stay between you.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/hr_outputs.py" />
      <source>HR får referatet med jeres svar, aftaler og underskrifter. Noterne »Kun mellem os« kommer ikke med.</source>
      <translation>HR receives the minutes with your answers, agreements and signatures. The “Just between us” notes are not included.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/texts.py" />
      <source>HR-udgave (referat)</source>
      <translation>HR edition (minutes)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/texts.py" />
      <source>HR-udgave (udviklingsplan)</source>
      <translation>HR edition (development plan)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>HR-udgaven af referatet (til personalesagen)</source>
      <translation>the HR edition of the minutes (for the personnel file)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>HR-udgaven med udviklingsplanen og bekræftelsen af samtalen (til personalesagen)</source>
      <translation>the HR edition with the development plan and the confirmation of the conversation (for the personnel file)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Halvårsopfølgning</source>
      <translation>Half-year follow-up</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/guide.py" />
      <source>Har I forberedt jer hver for sig, henter I forberedelserne ind her og viser dem, når I er klar.</source>
      <translation>If you have prepared separately, bring the preparations in here and show them when you are ready.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/preparation.py" />
      <source>Har I forberedt jer hver for sig? Hent forberedelserne ind her.</source>
      <translation>Have you prepared separately? Bring the preparations in here.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/guide.py" />
      <source>Har en af jer noget på hjerte, som spørgsmålene ikke dækker, så tilføj jeres eget emne – under det trin, det hører til, eller som et trin for sig, der står i listen før aftalerne. Under »Lederskab og følgeskab« kan I hver især pege på punkter fra rammen, som I lykkes med, eller som I vil styrke.</source>
      <translation>If one of you has something on your mind that the questions do not cover, add your own topic – under the step it belongs to, or as a step of its own, listed before the agreements. Under “Leadership and followership” you can each point to items of the framework that you succeed with, or that you want to strengthen.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/topics.py" />
      <source>Har en af jer noget på hjerte, som spørgsmålene ikke dækker? Giv emnet en overskrift, og vælg, hvem der skriver om det.</source>
      <translation>Does one of you have something on your mind that the questions do not cover? Give the topic a title and choose who writes about it.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Hele gruppen</source>
      <translation>The whole group</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/summary_page.py" />
      <source>Hele samtalen</source>
      <translation>The whole conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/hr_outputs.py" />
      <source>Heller ikke med: %1.</source>
      <translation>Also not included: %1.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/preparation.py" />
      <source>Hen&amp;t forberedelse …</source>
      <translation>&amp;Bring in preparation …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/bring_in.py" />
      <source>Hent %1 forberedelse</source>
      <translation>Bring in %1 preparation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/prep_commands.py" />
      <source>Hent aftaler</source>
      <translation>Import agreements</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/followups.py" />
      <source>Hent aftaler fra sidste samtale</source>
      <translation>Bring in agreements from the last conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/followups.py" />
      <source>Hent aftaler fra sidste samtale …</source>
      <translation>Import agreements from the last conversation …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>Hent aftalerne fra sidste års .mus-fil i stedet, eller skriv dem ind.</source>
      <translation>Bring in the agreements from last year's .mus file instead, or type them in.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/menus.py" />
      <source>Hent fo&amp;rberedelse …</source>
      <translation>&amp;Bring in preparation …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/preparation.py" />
      <source>Hent forberedelse</source>
      <translation>Bring in preparation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/window.py" />
      <source>Hent forberedelser</source>
      <translation>Bring in preparations</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/window.py" />
      <source>Hent forberedelser (vælg alle filerne på én gang)</source>
      <translation>Bring in preparations (choose all the files at once)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/bring_in.py" />
      <source>Hent igen?</source>
      <translation>Bring in again?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/preparation.py" />
      <source>Hent medarbejderens eller lederens egen forberedelse ind i samtalen</source>
      <translation>Bring the employee's or the leader's own preparation into the conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/pipeline.py" />
      <source>Henter certifikat …</source>
      <translation>Fetching the certificate …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/followups.py" />
      <source>Hentet fra %1: %2 aftaler</source>
      <translation>Imported from %1: %2 agreements</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/followups.py" />
      <source>Hentet fra %1: 1 aftale</source>
      <translation>Brought in from %1: 1 agreement</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Her er der ikke et felt, som den part skriver i.</source>
      <translation>There is no field here that this party writes in.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/limits.py" />
      <source>Her er plads til højst %1 tegn – resten kom ikke med.</source>
      <translation>There is room for at most %1 characters here – the rest was not taken in.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/guide.py" />
      <source>Her er samtalens trin. Flueben viser, hvad der er udfyldt.</source>
      <translation>These are the steps of the conversation. Ticks show what has been filled in.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/private_note.py" />
      <source>Her kan I skrive det, der skal blive mellem jer to – fx noget personligt, der har betydning for arbejdet. Noterne kommer aldrig med i det, HR får. De står kun i medarbejderens eget eksemplar af samtalen, som ikke skal journaliseres.</source>
      <translation>Here you can write what should stay between the two of you – for example something personal that matters for the work. These notes never go into what HR receives. They appear only in the employee's own copy of the conversation, which is not to be filed.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/history.py" />
      <source>Historik</source>
      <translation>History</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agreements.py" />
      <source>Hvad</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/bring_in.py" />
      <source>Hvad vil I gøre med dem? (De øvrige svar hentes under alle omstændigheder.)</source>
      <translation>What do you want to do with them? (The other answers are brought in either way.)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Hvem</source>
      <translation>Who</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/preparation.py" />
      <source>Hvem forbereder du dig til? (medarbejderens navn)</source>
      <translation>Who are you preparing for? (the employee's name)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/station_page.py" />
      <source>Hvem siger det</source>
      <translation>Who says it</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/guide.py" />
      <source>Hvem skriver hvad</source>
      <translation>Who writes what</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/topics.py" />
      <source>Hvem skriver om emnet?</source>
      <translation>Who writes about the topic?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/signing_page.py" />
      <source>Hvem skriver under</source>
      <translation>Who is signing</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/topics.py" />
      <source>Hvem skriver: %1</source>
      <translation>Who writes: %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/behaviours.py" />
      <source>Hver af jer kan markere punkter fra rammen, som I lykkes med, eller som I vil styrke – og skrive en kort kommentar. Det er et udgangspunkt for samtalen, ikke en bedømmelse.</source>
      <translation>Each of you can mark points from the framework that you succeed at, or that you want to strengthen – and write a short comment. It is a starting point for the conversation, not an assessment.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/year_view.py" />
      <source>Hvilke værdier radaren viser</source>
      <translation>Which values the radar shows</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/conversation_view.py" />
      <source>Hvor I er i samtalen</source>
      <translation>Where you are in the conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/topics.py" />
      <source>Hvor hører emnet til?</source>
      <translation>Where does the topic belong?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agreements.py" />
      <source>Hvorfor</source>
      <translation>Why</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/history.py" />
      <source>Hvorfor genåbner I samtalen? (kort)</source>
      <translation>Why are you reopening the conversation? (briefly)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agenda.py" />
      <source>I alt %1 min</source>
      <translation>In all %1 min</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/fields.py" />
      <source>I dag</source>
      <translation>Today</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/hr_outputs.py" />
      <source>I har begge underskrevet. Gem HR-udgaven til personalesagen, og gem medarbejderens eget eksemplar til medarbejderen – filnavnene siger, hvilken der er hvilken.</source>
      <translation>You have both signed. Save the HR edition for the personnel file, and save the employee's own copy for the employee – the file names say which is which.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agenda.py" />
      <source>I har brugt lidt mere tid end planlagt på trinnet. Det er helt i orden.</source>
      <translation>You have spent a little more time on this step than planned. That is perfectly fine.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/i18n.py" />
      <source>I sammen</source>
      <translation>You together</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_result.py" />
      <source>IKKE UNDERSKREVET</source>
      <translation>NOT SIGNED</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_lines.py" />
      <source>IKKE bekræftet: %1</source>
      <translation>NOT confirmed: %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_lines.py" />
      <source>IKKE genkendt som samtalens leder</source>
      <translation>NOT recognised as the conversation's leader</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Ikke et underskrevet referat til personalesagen (%1).</source>
      <translation>Not signed minutes for the personnel file (%1).</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/texts.py" />
      <source>Ikke et underskrevet referat.</source>
      <translation>Not signed minutes.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/preparation.py" />
      <source>Ikke gemt</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Ikke opfyldt</source>
      <translation>Not achieved</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Ikke relevant</source>
      <translation>Not relevant</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/not_relevant.py" />
      <source>Ikke relevant: %1</source>
      <translation>Not relevant: %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Ikke svaret endnu</source>
      <translation>Not answered yet</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/outputs.py" />
      <source>Ikke underskrevet</source>
      <translation>Not signed</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/texts.py" />
      <source>Ikke vores / ukendt</source>
      <translation>Not ours / unknown</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/start_page.py" />
      <source>Ikke-gemt arbejde fra sidst</source>
      <translation>Unsaved work from last time</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/file_flows.py" />
      <source>Ikke-gemt arbejde fundet</source>
      <translation>Unsaved work found</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/settings_dialog.py" />
      <source>Indstillinger</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/filing_steps.py" />
      <source>Ingen af filerne kan journaliseres. Se kolonnen »Journalisering«.</source>
      <translation>None of the files can be filed. See the column “Filing”.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/year_view.py" />
      <source>Ingen af samtalerne har værdier på skalaerne.</source>
      <translation>None of the conversations has values on the scales.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/followups.py" />
      <source>Ingen aftaler</source>
      <translation>No agreements</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/summary_html.py" />
      <source>Ingen aftaler endnu.</source>
      <translation>No agreements yet.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agreements.py" />
      <source>Ingen aftaler endnu. Tilføj den første aftale.</source>
      <translation>No agreements yet. Add the first one.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/due_tab.py" />
      <source>Ingen aftaler har frist eller opfølgning i perioden.</source>
      <translation>No agreement has a deadline or follow-up in the period.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/followups.py" />
      <source>Ingen aftaler hentet endnu. Er det jeres første samtale, kan I springe trinnet over.</source>
      <translation>No agreements brought in yet. If this is your first conversation, you can skip this step.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/summary_html.py" />
      <source>Ingen aftaler hentet.</source>
      <translation>No agreements imported.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/calendar_export.py" />
      <source>Ingen datoer</source>
      <translation>No dates</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/start_page.py" />
      <source>Ingen endnu. Start en ny samtale, eller åbn demo-samtalen for at se, hvordan det virker.</source>
      <translation>None yet. Start a new conversation, or open the demo conversation to see how it works.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/window.py" />
      <source>Ingen er hentet endnu:</source>
      <translation>None has been brought in yet:</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>Ingen filer endnu.</source>
      <translation>No files yet.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/flows.py" />
      <source>Ingen opfølgningsformular</source>
      <translation>No follow-up form</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>Ingen samtale i 12 måneder</source>
      <translation>No conversation in 12 months</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/new_dialog.py" />
      <source>Ingen samtaleformer</source>
      <translation>No conversation forms</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/calendar_export.py" />
      <source>Ingen åbne aftaler har en frist eller en opfølgningsdato, så der er intet at eksportere.</source>
      <translation>No open agreement has a deadline or a follow-up date, so there is nothing to export.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/save_path.py" />
      <source>Intet er erstattet</source>
      <translation>Nothing was replaced</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/start_page.py" />
      <source>Ishøj MUS</source>
      <translation>Ishøj MUS</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/guide.py" />
      <source>Ishøj MUS %1 – udviklingssamtalen med Grundlag for lederskab og følgeskab. Alt bliver på denne computer; programmet bruger ikke internettet.</source>
      <translation>Ishøj MUS %1 – the development conversation with the framework “Grundlag for lederskab og følgeskab”. Everything stays on this computer; the program does not use the internet.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/row_words.py" />
      <source>Ja</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/row_words.py" />
      <source>Ja: version %1 i »%2«</source>
      <translation>Yes: version %1 in “%2”</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/signing.py" />
      <source>Jeg bekræfter, at samtalen har fundet sted, og at jeg har læst referatet.</source>
      <translation>I confirm that the conversation took place and that I have read the summary.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/preparation.py" />
      <source>Jeg forbereder mig som</source>
      <translation>I am preparing as</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/guide.py" />
      <source>Jeres svar</source>
      <translation>Your answers</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/row_words.py" />
      <source>Journaliseret som %1</source>
      <translation>Filed as %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>Journalisering</source>
      <translation>Filing</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/details.py" />
      <source>Journaliseringsdata i filen (XMP):</source>
      <translation>Filing data in the file (XMP):</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Journaliseringsmappen »%1« kan ikke oprettes (%2).</source>
      <translation>The filing folder “%1” cannot be created (%2).</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/start_page.py" />
      <source>K&amp;assér …</source>
      <translation>D&amp;iscard …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/calendar_export.py" />
      <source>Kalenderen blev ikke gemt</source>
      <translation>The calendar was not saved</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/calendar_export.py" />
      <source>Kalenderen er gemt</source>
      <translation>Calendar saved</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/calendar_export.py" />
      <source>Kalenderen er gemt i %2 med %1 datoer. Importér filen i jeres kalender (fx Outlook). Hver dato har en påmindelse dagen før. Filen indeholder kun medarbejderens navn og aftalens korte tekst. Eksporterer I igen senere, bliver datoerne opdateret i stedet for at komme to gange.</source>
      <translation>The calendar has been saved in %2 with %1 dates. Import the file into your calendar (e.g. Outlook). Each date has a reminder the day before. The file holds only the employee's name and the agreement's short text. If you export again later, the dates are updated instead of appearing twice.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/calendar_export.py" />
      <source>Kalenderen er gemt i %2 med 1 dato. Importér filen i jeres kalender (fx Outlook). Datoen har en påmindelse dagen før. Filen indeholder kun medarbejderens navn og aftalens korte tekst. Eksporterer I igen senere, bliver datoen opdateret i stedet for at komme to gange.</source>
      <translation>The calendar is saved in %2 with 1 date. Import the file into your calendar (e.g. Outlook). The date has a reminder the day before. The file holds only the employee's name and the agreement's short text. If you export again later, the date is updated instead of appearing twice.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/calendar_export.py" />
      <source>Kalenderfil (*.ics)</source>
      <translation>Calendar file (*.ics)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/texts.py" />
      <source>Kan ikke læses som PDF.</source>
      <translation>Cannot be read as a PDF.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/signing.py" />
      <source>Kan ikke underskrive endnu</source>
      <translation>Cannot sign yet</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/row_words.py" />
      <source>Kan journaliseres</source>
      <translation>Can be filed</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/file_flows.py" />
      <source>Kassér ikke-gemt arbejde?</source>
      <translation>Discard unsaved work?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>Klargør til &amp;journalisering …</source>
      <translation>&amp;Prepare for filing …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/filing_steps.py" />
      <source>Klargør til journalisering</source>
      <translation>Prepare for filing</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/followups.py" />
      <source>Kommentar</source>
      <translation>Comment</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/behaviours.py" />
      <source>Kommentar (valgfri)</source>
      <translation>Comment (optional)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/followups.py" />
      <source>Kommentar til %1</source>
      <translation>Comment on %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/private_note.py" />
      <source>Kommer ikke med i HR-udgaven</source>
      <translation>Not included in the HR edition</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/private_note.py" />
      <source>Kommer ikke med til HR. Står kun i medarbejderens eget eksemplar.</source>
      <translation>Never goes to HR. Appears only in the employee's own copy.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>Kontrol</source>
      <translation>Check</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>Kontrollen blev stoppet efter %1</source>
      <translation>The check was stopped after %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/checker.py" />
      <source>Kontrollen kunne ikke gennemføres. Prøv igen.</source>
      <translation>The check could not be completed. Try again.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Kontrollen kunne ikke startes. Prøv igen.</source>
      <translation>The check could not be started. Try again.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/texts.py" />
      <source>Kontrollens egne ord (på dansk, som »ishoj-mus verify« skriver dem): %1</source>
      <translation>The check's own words (in Danish, as “ishoj-mus verify” prints them): %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>Kontrollens fremdrift</source>
      <translation>Progress of the check</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>Kontrollerede filer</source>
      <translation>Checked files</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>Kontrollerer %1 …</source>
      <translation>Checking %1 …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>Kontrollerer: %1 af %2 …</source>
      <translation>Checking: %1 of %2 …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>Kontrolleret: %1</source>
      <translation>Checked: %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>Kontrollér de samme filer igen (F5)</source>
      <translation>Check the same files again (F5)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>Kontrollér ig&amp;en</source>
      <translation>Check &amp;again</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>Kontrollér referater</source>
      <translation>Check minutes</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>Kopiér de gyldige HR-udgaver til en mappe, navngivet til personalesagen, med et manifest</source>
      <translation>Copy the valid HR editions to a folder, named for the personnel file, with a manifest</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/preparation.py" />
      <source>Kun %1 forberedelse er hentet. Vil I vise den nu?</source>
      <translation>Only %1 preparation has been brought in. Do you want to show it now?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Kun aftaler, der er delvist eller ikke opfyldt, kan videreføres.</source>
      <translation>Only agreements partly achieved or not achieved can be carried forward.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/filing_steps.py" />
      <source>Kun de &amp;gyldige</source>
      <translation>Only the &amp;valid ones</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/row_words.py" />
      <source>Kun hvis du vælger det</source>
      <translation>Only if you choose so</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Kun lederen og deltagerne underskriver.</source>
      <translation>Only the leader and the participants sign.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Kun medarbejder og leder underskriver.</source>
      <translation>Only the employee and the leader sign.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/private_note.py" />
      <source>Kun mellem os</source>
      <translation>Just between us</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Kun mellem os (deltageren og lederen; kommer aldrig med i HR-udgaven)</source>
      <translation>Just between us (the participant and the leader; never in the HR edition)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/private_note.py" />
      <source>Kun mellem os – note fra %1 (kommer ikke med til HR)</source>
      <translation>Just between us – note from %1 (never goes to HR)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>Kun som PDF</source>
      <translation>Only as a PDF</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/file_flows.py" />
      <source>Kunne ikke gendanne</source>
      <translation>Could not recover</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/window.py" />
      <source>Laver GRUS-PDF'erne …</source>
      <translation>Making the GRUS PDFs …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/grus_pdf.py" />
      <source>Laver deltagernes udgaver …</source>
      <translation>Making the participants' editions …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/pages.py" />
      <source>Leder</source>
      <translation>Leader</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/signing_page.py" />
      <source>Lederen</source>
      <translation>The leader</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/guide.py" />
      <source>Lederen sørger for rammen: tid, ro og et sted, hvor I ikke bliver forstyrret. Medarbejderen har ordet først ved de fleste spørgsmål. I skriver begge undervejs – ved den samme skærm.</source>
      <translation>The leader provides the setting: time, quiet and a place where you will not be disturbed. The employee speaks first on most questions. You both write as you go – at the same screen.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/year_view.py" />
      <source>Lederen, fremover</source>
      <translation>The leader, coming year</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/year_view.py" />
      <source>Lederen, i dag</source>
      <translation>The leader, today</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/start_page.py" />
      <source>Lederens forberedelse</source>
      <translation>The leader's preparation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/pages.py" />
      <source>Lederens navn</source>
      <translation>Leader's name</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/new_dialog.py" />
      <source>Lederens navn *</source>
      <translation>Leader's name *</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/pages.py" />
      <source>Lederens titel</source>
      <translation>Leader's title</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/print_support.py" />
      <source>Luk</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/saved_notice.py" />
      <source>Luk beskeden om den gemte fil</source>
      <translation>Close the message about the saved file</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>Læs igen</source>
      <translation>Read again</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>Læs mappen igen (F5)</source>
      <translation>Read the folder again (F5)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>Læser mappen …</source>
      <translation>Reading the folder …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/guide.py" />
      <source>MUS er en samtale mellem to ligeværdige parter om arbejdet, samarbejdet og udviklingen det kommende år. Ingen får karakterer. Skalaerne og markeringerne er redskaber til at komme i gang med at tale sammen – ikke en måling.</source>
      <translation>MUS is a conversation between two equal parties about the work, the cooperation and development in the coming year. Nobody is graded. The scales and marks are tools for getting the conversation going – not a measurement.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>MUS – medarbejderudviklingssamtale</source>
      <translation>MUS – staff development conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>MUS-aftaler.ics</source>
      <translation>MUS-agreements.ics</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/preparation.py" />
      <source>MUS-forberedelser (*.mus);;Alle filer (*)</source>
      <translation>MUS preparations (*.mus);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/print_support.py" />
      <source>MUS-referat</source>
      <translation>MUS summary</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/file_saving.py" />
      <source>MUS-samtaler (*.mus)</source>
      <translation>MUS conversations (*.mus)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/file_flows.py" />
      <source>MUS-samtaler (*.mus);;Alle filer (*)</source>
      <translation>MUS conversations (*.mus);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Manifestet kunne ikke skrives i »%1« (%2). De kopierede filer ligger der.</source>
      <translation>The manifest could not be written in “%1” (%2). The copied files are there.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/settings_dialog.py" />
      <source>Mappe til PDF'er</source>
      <translation>Folder for PDFs</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/settings_dialog.py" />
      <source>Mappe til samtaler</source>
      <translation>Folder for conversations</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>Mappe: %1</source>
      <translation>Folder: %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/reading.py" />
      <source>Mappen %1 findes ikke længere. Vælg en anden mappe.</source>
      <translation>The folder %1 no longer exists. Choose another folder.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/atomic.py" />
      <source>Mappen %2 findes ikke. Vælg en anden mappe. Intet er gået tabt.</source>
      <translation>The folder %2 does not exist. Choose another folder. Nothing is lost.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>Mappen kan ikke læses, så samtalerne i den er ikke med i overblikket. Bed om adgang til mappen, eller flyt samtalerne til en mappe, du kan læse.</source>
      <translation>The folder cannot be read, so the conversations in it are not in the overview. Ask for access to the folder, or move the conversations to a folder you can read.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/reading.py" />
      <source>Mappen kunne ikke læses. Prøv igen, eller vælg en anden mappe.</source>
      <translation>The folder could not be read. Try again, or choose another folder.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/prep_commands.py" />
      <source>Markér adfærd</source>
      <translation>Mark behaviour</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/not_relevant.py" />
      <source>Markér spørgsmålet som ikke relevant for jer. Det står sådan i referatet.</source>
      <translation>Mark the question as not relevant to you. The summary will say so.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/passphrase.py" />
      <source>Med en adgangskode kan ingen læse samtalefilen uden koden – heller ikke sikkerhedskopien eller den automatiske kopi. Det er en god idé på en computer, som flere deler. PDF'erne beskyttes ikke: de er til HR og til medarbejderen.</source>
      <translation>With a passphrase, nobody can read the conversation file without it – nor the backup or the automatic copy. A good idea on a computer that several people share. The PDFs are not protected: they are for HR and for the employee.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>Med overskredne aftaler</source>
      <translation>With overdue agreements</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/pages.py" />
      <source>Medarbejder</source>
      <translation>Employee</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_lines.py" />
      <source>Medarbejder:</source>
      <translation>Employee:</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>Medarbejdere</source>
      <translation>Employees</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>Medarbejdere og deres seneste samtale</source>
      <translation>Employees and their latest conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>Medarbejdere: %1 · samtaler: %2 · filer: %3</source>
      <translation>Employees: %1 · conversations: %2 · files: %3</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/i18n.py" />
      <source>Medarbejderen</source>
      <translation>The employee</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/hr_outputs.py" />
      <source>Medarbejderen får sit eget eksemplar med det hele, også noterne »Kun mellem os«.</source>
      <translation>The employee gets their own copy with everything, including the “Just between us” notes.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/year_view.py" />
      <source>Medarbejderen, fremover</source>
      <translation>The employee, coming year</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/year_view.py" />
      <source>Medarbejderen, i dag</source>
      <translation>The employee, today</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/commands.py" />
      <source>Medarbejderens bemærkning</source>
      <translation>Employee's remark</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/signing.py" />
      <source>Medarbejderens bemærkning (valgfri, kommer med i referatet):</source>
      <translation>Employee's remark (optional, included in the summary):</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_lines.py" />
      <source>Medarbejderens eget eksemplar med noterne »Kun mellem os«: det må ikke journaliseres. Personalesagen skal have HR-udgaven.</source>
      <translation>The employee's own copy with the notes “Just between us”: it must not be filed. The personnel file must have the HR edition.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/texts.py" />
      <source>Medarbejderens eksemplar</source>
      <translation>The employee's copy</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Medarbejderens eksemplar – det journaliseres ikke. Personalesagen skal have HR-udgaven.</source>
      <translation>The employee's copy – it is not filed. The personnel file needs the HR edition.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/start_page.py" />
      <source>Medarbejderens forberedelse</source>
      <translation>The employee's preparation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/pages.py" />
      <source>Medarbejderens navn</source>
      <translation>Employee's name</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/new_dialog.py" />
      <source>Medarbejderens navn *</source>
      <translation>Employee's name *</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/pages.py" />
      <source>Medarbejderens stilling</source>
      <translation>Employee's job title</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/pages.py" />
      <source>Medarbejdernummer</source>
      <translation>Employee number</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/pages.py" />
      <source>Medarbejdernummer (valgfrit)</source>
      <translation>Employee number (optional)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agenda.py" />
      <source>Minutter til %1</source>
      <translation>Minutes for %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/guide.py" />
      <source>Mærkat og farve viser, hvem der skriver hvad: medarbejderen, lederen eller I sammen (fælles). Skriv i jeres egen boks, og skriv det, I er enige om, i den fælles.</source>
      <translation>Label and colour show who writes what: the employee, the leader or you together (joint). Write in your own box, and write what you agree on in the joint one.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/row_words.py" />
      <source>NEJ</source>
      <translation>NO</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Navn</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/pages.py" />
      <source>Navn *</source>
      <translation>Name *</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/preparation.py" />
      <source>Navn mangler</source>
      <translation>Name missing</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/new_dialog.py" />
      <source>Navne mangler</source>
      <translation>Names missing</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/row_words.py" />
      <source>Nej</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/guide.py" />
      <source>Nej tak</source>
      <translation>No, thanks</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/texts.py" />
      <source>Nej: UBEKRÆFTET</source>
      <translation>No: UNCONFIRMED</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/texts.py" />
      <source>Nej: findes allerede i mappen</source>
      <translation>No: already in the folder</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/texts.py" />
      <source>Nej: gruppens referat</source>
      <translation>No: the group's minutes</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/texts.py" />
      <source>Nej: ikke et underskrevet referat</source>
      <translation>No: not signed minutes</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/texts.py" />
      <source>Nej: ikke kopieret</source>
      <translation>No: not copied</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/texts.py" />
      <source>Nej: kan ikke læses</source>
      <translation>No: cannot be read</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/texts.py" />
      <source>Nej: medarbejderens eksemplar</source>
      <translation>No: the employee's copy</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/texts.py" />
      <source>Nej: nyere version i bunken</source>
      <translation>No: newer version in the batch</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/texts.py" />
      <source>Nej: samme fil som en anden</source>
      <translation>No: the same file as another</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/texts.py" />
      <source>Nej: ændret efter underskrivningen</source>
      <translation>No: changed after signing</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/year_view.py" />
      <source>Nogle samtaler kunne ikke læses: %1</source>
      <translation>Some conversations could not be read: %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/boxed_notice.py" />
      <source>Nogle tegn kan ikke vises i PDF'en</source>
      <translation>Some characters cannot be shown in the PDF</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/actions.py" />
      <source>Normal &amp;størrelse</source>
      <translation>Normal si&amp;ze</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/station_page.py" />
      <source>Notér behov</source>
      <translation>Note need</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/station_page.py" />
      <source>Notér som &amp;behov</source>
      <translation>Note as a &amp;need</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/window.py" />
      <source>Ny GRUS</source>
      <translation>New GRUS</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Ny aftale</source>
      <translation>New agreement</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/new_dialog.py" />
      <source>Ny samtale</source>
      <translation>New conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>Nyere version i bunken</source>
      <translation>Newer version in the batch</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/details.py" />
      <source>Nyere version i bunken: version %1 i »%2«.</source>
      <translation>Newer version in the batch: version %1 in “%2”.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/guide.py" />
      <source>Når I begge har underskrevet, gemmer I HR-udgaven som en underskrevet PDF til medarbejderens personalesag. Hvad den indeholder, bestemmer kommunens HR-politik – siden »Underskrift« siger det præcist. Noterne »Kun mellem os«, jeres forberedelser, dagsordenen og uret kommer aldrig med. Alt bliver på denne computer, indtil I selv gemmer og sender PDF'en.</source>
      <translation>When you have both signed, you save the HR edition as a signed PDF for the employee's personnel file. What it holds is decided by the municipality's HR policy – the “Signatures” page says exactly what. The “Just between us” notes, your preparations, the agenda and the timer never go in. Everything stays on this computer until you save and send the PDF yourselves.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/guide.py" />
      <source>Næste</source>
      <translation>Next</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>Næste
frist</source>
      <translation>Next
deadline</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>Næste
opfølgning</source>
      <translation>Next
follow-up</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/guide.py" />
      <source>Om Ishøj MUS</source>
      <translation>About Ishøj MUS</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/hr_outputs.py" />
      <source>Opbevaring: %1</source>
      <translation>Retention: %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>Opdatér programmet for at hente aftalerne fra den.</source>
      <translation>Update the program to bring in the agreements from it.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Opfyldt</source>
      <translation>Achieved</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agreements.py" />
      <source>Opfølgning</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agreements.py" />
      <source>Opfølgningen ligger før samtalens dato (%1).</source>
      <translation>The follow-up is before the date of the conversation (%1).</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/guide.py" />
      <source>Opsummeringen viser det hele på én side. Når I begge har underskrevet, gemmer I PDF'en til HR.</source>
      <translation>The summary shows everything on one page. When you have both signed, you save the PDF for HR.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/certificate.py" />
      <source>Organisationen kræver, at referater signeres med organisationens certifikat. Vælg dit certifikat under Indstillinger, og prøv igen.</source>
      <translation>The organisation requires summaries to be signed with the organisation's certificate. Choose your certificate under Settings and try again.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/organisation_key.py" />
      <source>Organisationens certifikat</source>
      <translation>Organisation's certificate</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/settings_dialog.py" />
      <source>Organisationens certifikat (PKCS#12)</source>
      <translation>Organisation's certificate (PKCS#12)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/certificate.py" />
      <source>Organisationens certifikat mangler</source>
      <translation>The organisation's certificate is missing</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/errors.py" />
      <source>Organisationens certifikatfil kan ikke bruges: %1</source>
      <translation>The organisation's certificate file cannot be used: %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/settings_dialog.py" />
      <source>Organisationsprofil: %1 (%2).</source>
      <translation>Organisation profile: %1 (%2).</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/organisation_words.py" />
      <source>Organisationsprofilen %1</source>
      <translation>The organisation profile %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/certificate.py" />
      <source>Organisationsprofilen kan ikke bruges</source>
      <translation>The organisation profile cannot be used</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/errors.py" />
      <source>Organisationsprofilen »%1« kræver organisationens certifikat. Angiv det med --certificate LEDER.p12.</source>
      <translation>The organisation profile “%1” requires the organisation's certificate. Give it with --certificate LEADER.p12.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/start_page.py" />
      <source>Overblik over &amp;samtaler …</source>
      <translation>Overview of &amp;conversations …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>Overblik over samtalerne</source>
      <translation>Overview of the conversations</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>Overskredet: %1</source>
      <translation>Overdue: %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/due_tab.py" />
      <source>Overskredne (det seneste år)</source>
      <translation>Overdue (the last year)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/outputs.py" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>PDF'en</source>
      <translation>The PDF</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/outputs.py" />
      <source>PDF'en blev ikke gemt</source>
      <translation>The PDF was not saved</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>PDF'en er et forberedelsesark. Det underskrives ikke, og en digital signatur gør det ikke til et referat.</source>
      <translation>The PDF is a preparation sheet. It is not signed, and a digital signature does not make it minutes.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>PDF'en er et forberedelsesark. Det underskrives ikke.</source>
      <translation>The PDF is a preparation sheet. It is not signed.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>PDF'en er et udkast: samtalen er ikke underskrevet af begge, og PDF'en har ingen digital signatur.</source>
      <translation>The PDF is a draft: the conversation has not been signed by both, and the PDF has no digital signature.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>PDF'en er et udkast: samtalen er ikke underskrevet af begge. En digital signatur gør den ikke til et underskrevet referat.</source>
      <translation>The PDF is a draft: the conversation has not been signed by both. A digital signature does not make it signed minutes.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/saved_notice.py" />
      <source>PDF'en er gemt som »%1« i mappen %2.</source>
      <translation>The PDF was saved as “%1” in the folder %2.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>PDF'en er udviklingsplanen, et uddrag med aftalerne. Den underskrives ikke; det gør referatet.</source>
      <translation>The PDF is the development plan, an extract with the agreements. It is not signed; the minutes are.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>PDF'en er udviklingsplanen, et uddrag med aftalerne. Den underskrives ikke; det gør referatet. En digital signatur gør den ikke til referatet.</source>
      <translation>The PDF is the development plan, an extract with the agreements. It is not signed; the minutes are. A digital signature does not make it the minutes.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>PDF'en har ingen digital signatur, så den er ikke et underskrevet referat.</source>
      <translation>The PDF has no digital signature, so it is not signed minutes.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>PDF'en har ingen samtaledata fra Ishøj MUS, så den er ikke et underskrevet referat – hvem der end har signeret den.</source>
      <translation>The PDF has no conversation data from Ishøj MUS, so it is not signed minutes – whoever signed it.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>PDF'en har ingen samtaledata med lederens navn, så underskriveren kan ikke sammenlignes med lederen</source>
      <translation>the PDF has no conversation data with the leader's name, so the signer cannot be compared with the leader</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/scan_words.py" />
      <source>PDF'en har ingen samtaledata – fx et forberedelsesark, en udviklingsplan eller en PDF fra et andet program. Den springes over.</source>
      <translation>The PDF has no conversation data – for example a preparation sheet, a development plan or a PDF from another program. It is skipped.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>PDF'en har kun tidsstempler og ingen underskrift, så den er ikke et underskrevet referat.</source>
      <translation>The PDF has only timestamps and no signature, so it is not signed minutes.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>PDF'en har spor af en signatur, men signaturen kan ikke findes: den er fjernet eller ødelagt.</source>
      <translation>The PDF has traces of a signature, but the signature cannot be found: it has been removed or destroyed.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/errors.py" />
      <source>PDF'en kunne ikke gøres arkivbestandig (PDF/A). Intet er gået tabt. Prøv igen; sker det igen, så kontakt IT-afdelingen.</source>
      <translation>The PDF could not be made fit for archiving (PDF/A). Nothing is lost. Try again; if it happens again, contact the IT department.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/pdf_actions.py" />
      <source>PDF'en kunne ikke laves (%1). Prøv igen; intet er gået tabt.</source>
      <translation>The PDF could not be made (%1). Please try again; nothing has been lost.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/pdf_actions.py" />
      <source>PDF'en kunne ikke laves på grund af en uventet fejl. Intet er gået tabt – prøv igen.</source>
      <translation>The PDF could not be made because of an unexpected error. Nothing is lost – try again.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/errors.py" />
      <source>PDF'en kunne ikke signeres. Intet er gået tabt. Prøv igen; sker det igen, så kontakt IT-afdelingen og giv dem denne forklaring: %1</source>
      <translation>The PDF could not be signed. Nothing has been lost. Try again; if it happens again, contact the IT department and give them this explanation: %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/errors.py" />
      <source>PDF'en kunne ikke sættes op, fordi noget i samtalen ikke kan være på en side. Intet er gået tabt. Del en meget lang tekst op i flere afsnit, og prøv igen.</source>
      <translation>The PDF could not be laid out, because something in the conversation does not fit on a page. Nothing is lost. Split a very long text into several paragraphs, and try again.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>PDF'ens samtaledata kan ikke læses af denne version af programmet, så den kan ikke bekræftes som et underskrevet referat. Prøv med den nyeste version af Ishøj MUS.</source>
      <translation>This version of the program cannot read the PDF's conversation data, so it cannot be confirmed as signed minutes. Try the newest version of Ishøj MUS.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/scan_words.py" />
      <source>PDF'er læses ikke her.</source>
      <translation>PDFs are not read here.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/window.py" />
      <source>PDF'erne er gemt</source>
      <translation>The PDFs are saved</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/window.py" />
      <source>PDF'erne er ikke alle gemt</source>
      <translation>Not all the PDFs were saved</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/window.py" />
      <source>PDF'erne kan ikke laves her. Brug »ishoj-mus pdf« på kommandolinjen.</source>
      <translation>The PDFs cannot be made here. Use “ishoj-mus pdf” on the command line.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>PDF-filen er beskadiget og kan ikke læses.</source>
      <translation>The PDF file is damaged and cannot be read.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>PDF-filen er bygget så dybt indlejret, at den ikke kan læses.</source>
      <translation>The PDF file is nested so deeply that it cannot be read.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>PDF-filen kræver for meget at læse og kan ikke kontrolleres.</source>
      <translation>The PDF file takes too much to read and cannot be checked.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>PDF-filen kræver for meget hukommelse til at blive læst.</source>
      <translation>The PDF file needs too much memory to be read.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>PDF-filen kunne ikke kontrolleres i tide; den er for tung at læse.</source>
      <translation>The PDF file could not be checked in time; it is too heavy to read.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>PDF-filer (*.pdf);;Alle filer (*)</source>
      <translation>PDF files (*.pdf);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/pdf_actions.py" />
      <source>PDF-processen stoppede uventet</source>
      <translation>the PDF process stopped unexpectedly</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/settings_dialog.py" />
      <source>PKCS#12 (*.p12 *.pfx)</source>
      <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>Papir</source>
      <translation>Paper</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_lines.py" />
      <source>Papir: %1</source>
      <translation>Paper: %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agenda.py" />
      <source>Pau&amp;se</source>
      <translation>Pa&amp;use</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/behaviours.py" />
      <source>Peg på adfærd</source>
      <translation>Point at behaviours</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/due_tab.py" />
      <source>Periode</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/due_tab.py" />
      <source>Periode:</source>
      <translation>Period:</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/private_note.py" />
      <source>Personalesagen får kun jeres aftaler – ikke det, I skriver her.</source>
      <translation>The personnel file gets only your agreements – not what you write here.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agreements.py" />
      <source>Perspektiv</source>
      <translation>Perspective</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/question_page.py" />
      <source>Perspektivernes navne citeres fra Grundlag for lederskab og følgeskab.</source>
      <translation>The perspectives' names are quoted in Danish from the framework “Grundlag for lederskab og følgeskab”.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/print_support.py" />
      <source>Printeren kunne ikke startes. Tjek printeren, og prøv igen.</source>
      <translation>The printer could not be started. Check the printer and try again.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Prioritér behov</source>
      <translation>Prioritise needs</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/start_page.py" />
      <source>Programmet blev ikke lukket normalt. Dette arbejde blev gemt automatisk og kan gendannes:</source>
      <translation>The program did not close normally. This work was saved automatically and can be recovered:</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/settings_dialog.py" />
      <source>Programmet er startet på %1 denne gang; det gemte valg er stadig %2. Vælger du et sprog i listen, gemmer OK det.</source>
      <translation>The program was started in %1 this time; the saved choice is still %2. If you choose a language in the list, OK saves it.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>Prøv en anden kopi af filen.</source>
      <translation>Try another copy of the file.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/organisation_key.py" />
      <source>Prøv igen.</source>
      <translation>Please try again.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>Prøv sikkerhedskopien (%1) eller en anden kopi.</source>
      <translation>Try the backup copy (%1) or another copy.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/year_view.py" />
      <source>Radardiagram år for år</source>
      <translation>Radar chart year by year</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/radar.py" />
      <source>Radardiagram: hvor meget perspektiverne fylder i dag og fremover</source>
      <translation>Radar chart: how much each perspective fills the work today and in the coming year</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/year_view.py" />
      <source>Radaren viser:</source>
      <translation>The radar shows:</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/conversation_view.py" />
      <source>Rammen</source>
      <translation>Framework</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/conversation_view.py" />
      <source>Rammen: Grundlag for lederskab og følgeskab</source>
      <translation>Framework: “Grundlag for lederskab og følgeskab”</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/print_support.py" />
      <source>Referatet blev ikke udskrevet</source>
      <translation>The summary was not printed</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/importing.py" />
      <source>Referatet er uændret, men underskriveren er ikke bekræftet af organisationen. Kontrollér, at aftalerne er de rigtige.</source>
      <translation>The summary is unchanged, but the signer is not confirmed by the organisation. Check that these are the right agreements.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Referatets journaliseringsdata (dokumenttype, KLE, medarbejder, version …) er ændret efter underskrivningen.</source>
      <translation>The minutes' filing data (document type, KLE, employee, version …) was changed after signing.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/commands.py" />
      <source>Ret aftale</source>
      <translation>Edit agreement</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/prep_commands.py" />
      <source>Ret dagsorden</source>
      <translation>Change agenda</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/guide.py" />
      <source>Roller</source>
      <translation>Roles</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/guide.py" />
      <source>Rundvisning</source>
      <translation>Tour</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/signing.py" />
      <source>Ryd</source>
      <translation>Clear</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/conversation_view.py" />
      <source>S&amp;kjul</source>
      <translation>H&amp;ide</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/menus.py" />
      <source>S&amp;tart halvårsopfølgning …</source>
      <translation>Start half-&amp;year follow-up …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/details.py" />
      <source>SHA-256 af filen: %1</source>
      <translation>SHA-256 of the file: %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Samme fil som »%1« – journaliseres én gang.</source>
      <translation>The same file as “%1” – filed once.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Sammenlign fingeraftrykket med lederens, eller bed om et referat signeret med organisationens certifikat.</source>
      <translation>Compare the fingerprint with the leader's, or ask for minutes signed with the organisation's certificate.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>Samtale</source>
      <translation>Conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_lines.py" />
      <source>Samtale: %1, version %2</source>
      <translation>Conversation: %1, version %2</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/scan_words.py" />
      <source>Samtaledataene i PDF'en er beskadigede. Brug en anden kopi af PDF'en.</source>
      <translation>The conversation data in the PDF are damaged. Use another copy of the PDF.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/scan_words.py" />
      <source>Samtaledataene i PDF'en er ufuldstændige. Brug en anden kopi af PDF'en.</source>
      <translation>The conversation data in the PDF are incomplete. Use another copy of the PDF.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/new_dialog.py" />
      <source>Samtaleform</source>
      <translation>Kind of conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/flows.py" />
      <source>Samtaleformen til halvårsopfølgningen findes ikke i programmet. Kontakt jeres IT-afdeling.</source>
      <translation>The program has no form for the half-year follow-up. Contact your IT department.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/boxed_notice.py" />
      <source>Samtalen</source>
      <translation>The conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agenda.py" />
      <source>Samtalen %1 min</source>
      <translation>Conversation %1 min</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agenda.py" />
      <source>Samtalen %1/%2 min</source>
      <translation>Conversation %1/%2 min</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/file_saving.py" />
      <source>Samtalen blev ikke gemt</source>
      <translation>The conversation was not saved</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/passphrase.py" />
      <source>Samtalen er beskyttet</source>
      <translation>The conversation is protected</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/file_saving.py" />
      <source>Samtalen er beskyttet med adgangskode og gemt.</source>
      <translation>The conversation is protected with a passphrase and saved.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/outputs.py" />
      <source>Samtalen er ikke underskrevet af begge. PDF'en bliver et UDKAST. Vil du fortsætte?</source>
      <translation>The conversation is not signed by both. The PDF will be a DRAFT (UDKAST). Continue?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/conversation_view.py" />
      <source>Samtalen er låst</source>
      <translation>The conversation is locked</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/guide.py" />
      <source>Samtalen er planlagt til omkring en time. Øverst til højre kan I se, hvor lang tid I har brugt på trinnet og på hele samtalen. Uret stopper ingenting – brug det som en rettesnor. Under »Dagsorden« kan I flytte minutter mellem trinnene.</source>
      <translation>The conversation is planned to take about an hour. At the top right you can see how long you have spent on the step and on the whole conversation. The clock stops nothing – use it as a guide. Under “Agenda” you can move minutes between the steps.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/conversation_view.py" />
      <source>Samtalen er underskrevet</source>
      <translation>The conversation is signed</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Samtalen er underskrevet af begge, men PDF'en har ingen digital signatur: den er fjernet, eller PDF'en er lavet et andet sted.</source>
      <translation>Both have signed the conversation, but the PDF has no digital signature: it has been removed, or the PDF was made elsewhere.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Samtalen er underskrevet og kan ikke ændres. Genåbn den for at redigere – det annullerer underskrifterne.</source>
      <translation>The conversation is signed and cannot be changed. Reopen it to edit – that cancels the signatures.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/file_flows.py" />
      <source>Samtalen er åbnet et andet sted</source>
      <translation>The conversation is open somewhere else</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>Samtalen findes kun som underskrevet PDF i mappen. Vil du åbne PDF'en? Du kan også starte halvårsopfølgningen ud fra den.</source>
      <translation>The conversation exists only as a signed PDF in the folder. Do you want to open the PDF? You can also start the half-year follow-up from it.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>Samtalen kunne ikke læses</source>
      <translation>The conversation could not be read</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/file_flows.py" />
      <source>Samtalen kunne ikke åbnes</source>
      <translation>The conversation could not be opened</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/file_flows.py" />
      <source>Samtalen med %1 har ændringer, der ikke er gemt. Vil du gemme dem?</source>
      <translation>The conversation with %1 has unsaved changes. Do you want to save them?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>Samtalens data i %1</source>
      <translation>The conversation data in %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>Samtalens data i PDF'en</source>
      <translation>The conversation data in the PDF</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>Samtalens dato</source>
      <translation>Date of the conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/window.py" />
      <source>Samtalens dele</source>
      <translation>The conversation's parts</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/history.py" />
      <source>Samtalens historik</source>
      <translation>History of the conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_lines.py" />
      <source>Samtalens leder:</source>
      <translation>The conversation's leader:</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Samtalens oplysninger</source>
      <translation>The conversation's details</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/window.py" />
      <source>Samtaler (*.mus)</source>
      <translation>Conversations (*.mus)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/followups.py" />
      <source>Samtaler og referater (*.mus *.pdf);;Alle filer (*)</source>
      <translation>Conversations and summaries (*.mus *.pdf);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/year_view.py" />
      <source>Samtaler: %1</source>
      <translation>Conversations: %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/year_view.py" />
      <source>Samtalerne</source>
      <translation>The conversations</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/summary_page.py" />
      <source>Se lige efter:</source>
      <translation>Worth a second look:</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agenda.py" />
      <source>Se og ret, hvor mange minutter I vil bruge på hvert trin</source>
      <translation>See and change how many minutes you want to spend on each step</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/hr_outputs.py" />
      <source>Se præcis det, HR får, før I underskriver</source>
      <translation>See exactly what HR will receive before you sign</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/document.py" />
      <source>Selve samtalen er ikke gemt endnu: gem den også (Filer &gt; Gem). Næste års samtale henter aftalerne fra samtalefilen.</source>
      <translation>The conversation itself is not saved yet: save it too (File &gt; Save). Next year's conversation imports the agreements from the conversation file.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/due_tab.py" />
      <source>Selvvalgt periode</source>
      <translation>Custom period</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>Seneste
samtale</source>
      <translation>Latest
conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/start_page.py" />
      <source>Seneste samtaler</source>
      <translation>Recent conversations</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/print_support.py" />
      <source>Side %1 af %2</source>
      <translation>Page %1 of %2</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/followups.py" />
      <source>Siden sidst</source>
      <translation>Since last time</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Signatur %1 dækker ikke hele dokumentet.</source>
      <translation>Signature %1 does not cover the whole document.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Signatur %1 er af en slags, programmet ikke kender.</source>
      <translation>Signature %1 is of a kind the program does not know.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Signatur %1 er beskadiget og kan ikke kontrolleres.</source>
      <translation>Signature %1 is damaged and cannot be checked.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Signatur %1 er beskadiget.</source>
      <translation>Signature %1 is damaged.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Signatur %1 er sat synligt på en side: det, siden viser, er ændret efter underskrivningen.</source>
      <translation>Signature %1 was placed visibly on a page: what the page shows was changed after signing.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Signatur %1 er ændret: %2.</source>
      <translation>Signature %1 has been changed: %2.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Signatur %1 er ændret: der er skrevet data efter selve signaturen.</source>
      <translation>Signature %1 has been changed: data has been written after the signature itself.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Signatur %1 er ændret: et indlejret certifikat er ikke det, der blev udstedt.</source>
      <translation>Signature %1 has been changed: an embedded certificate is not the one that was issued.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Signatur %1 er ændret: signaturfeltet er skrevet om efter underskrivningen.</source>
      <translation>Signature %1 has been changed: the signature field was rewritten after signing.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Signatur %1 passer ikke: dokumentet er ændret efter underskrivningen.</source>
      <translation>Signature %1 does not match: the document was changed after signing.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_lines.py" />
      <source>Signatur %1: %2, %3 – %4</source>
      <translation>Signature %1: %2, %3 – %4</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/pipeline.py" />
      <source>Signerer digitalt …</source>
      <translation>Signing digitally …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>Signeret af</source>
      <translation>Signed by</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>Signeret af lederen</source>
      <translation>Signed by the leader</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/organisation_key.py" />
      <source>Signér &amp;alligevel</source>
      <translation>Sign &amp;anyway</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/file_flows.py" />
      <source>Sikkerhedskopien %1 er åbnet. Gem samtalen under et nyt navn.</source>
      <translation>The backup %1 is open. Save the conversation under a new name.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/commands.py" />
      <source>Skala</source>
      <translation>Scale</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/year_view.py" />
      <source>Skalaerne er redskaber til dialog, ikke en bedømmelse.</source>
      <translation>The scales are tools for dialogue, not an assessment.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/conversation_view.py" />
      <source>Skjul rammen (F9 viser den igen)</source>
      <translation>Hide the framework (F9 shows it again)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/signing_page.py" />
      <source>Skriv &amp;under</source>
      <translation>&amp;Sign</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/station_page.py" />
      <source>Skriv behovet i feltet, og tryk så på »Notér som behov«.</source>
      <translation>Write the need in the field, then press “Note as a need”.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/station_page.py" />
      <source>Skriv bidraget, og tryk Enter</source>
      <translation>Write the contribution, and press Enter</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/new_dialog.py" />
      <source>Skriv både medarbejderens og lederens navn.</source>
      <translation>Enter both the employee's and the leader's name.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Skriv datoen som dag.måned.år, fx %1.</source>
      <translation>Write the date as day.month.year, e.g. %1.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/signing_page.py" />
      <source>Skriv dit navn for at skrive under</source>
      <translation>Type your name to sign</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/signing.py" />
      <source>Skriv dit navn for at underskrive som %1</source>
      <translation>Type your name to sign as %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/preparation.py" />
      <source>Skriv dit navn, som det står i samtalen.</source>
      <translation>Write your name as it is in the conversation.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Skriv et antal minutter fra 0 til 600.</source>
      <translation>Enter a number of minutes from 0 to 600.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Skriv et navn.</source>
      <translation>Write a name.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Skriv først, hvornår den individuelle samtale blev tilbudt.</source>
      <translation>First write when the individual conversation was offered.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/commands.py" />
      <source>Skriv i »%1«</source>
      <translation>Type in “%1”</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/private_note.py" />
      <source>Skriv i »Kun mellem os«</source>
      <translation>Type in “Just between us”</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Skriv navnet, som det står i samtalen: %1.</source>
      <translation>Type the name as it appears in the conversation: %1.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/signature_pad.py" />
      <source>Skriv under her</source>
      <translation>Sign here</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/fields.py" />
      <source>Skrives af: %1</source>
      <translation>Written by: %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/due_tab.py" />
      <source>Slutdatoen ligger før startdatoen.</source>
      <translation>The end date is before the start date.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/topics.py" />
      <source>Som et trin for sig i listen (før aftalerne)</source>
      <translation>As a step of its own in the list (before the agreements)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/guide.py" />
      <source>Spring rundvisningen over</source>
      <translation>Skip the tour</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/settings_dialog.py" />
      <source>Sprog</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>Start halvårsopfølgning …</source>
      <translation>Start half-year follow-up …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/new_dialog.py" />
      <source>Start samtalen</source>
      <translation>Start the conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/followups.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/followups.py" />
      <source>Status for %1</source>
      <translation>Status of %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>Status for kontrollen</source>
      <translation>Status of the check</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Status for »%1«</source>
      <translation>Status for “%1”</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/pages.py" />
      <source>Sted</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/pages.py" />
      <source>Sted for samtalen</source>
      <translation>Place of the conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Stilling</source>
      <translation>Job title</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/pages.py" />
      <source>Stilling *</source>
      <translation>Job title *</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>Stop kontrollen (Esc); de kontrollerede filer bliver stående</source>
      <translation>Stop the check (Esc); the files checked so far stay</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agenda.py" />
      <source>Stop uret et øjeblik, fx i en pause</source>
      <translation>Stop the clock for a moment, e.g. during a break</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>Stopper kontrollen …</source>
      <translation>Stopping the check …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Svar</source>
      <translation>Answer</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/start_page.py" />
      <source>Svar på spørgsmålene alene før samtalen, og gem din forberedelse</source>
      <translation>Answer the questions on your own before the conversation, and save your preparation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Svar på tilbuddet</source>
      <translation>Answer to the offer</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Svaret den</source>
      <translation>Answered on</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agenda.py" />
      <source>Sådan fordeler I tiden. Minuttallene er et forslag – ret dem, så de passer til jeres samtale. Uret viser kun, hvor I er; det stopper ingenting.</source>
      <translation>This is how you share out the time. The minutes are a suggestion – change them to suit your conversation. The clock only shows where you are; it stops nothing.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/start_page.py" />
      <source>Sådan foregår det: I sidder sammen ved skærmen og går trinnene igennem – fra kerneopgaven over de fire perspektiver til aftalerne. Ved hver tekst kan I se, hvem der har skrevet den: medarbejderen, lederen eller I sammen. Til sidst underskriver I begge, og referatet gemmes som en underskrevet PDF til personalesagen.</source>
      <translation>How it works: you sit together at the screen and go through the steps – from the core task through the four perspectives to the agreements. Next to every text you can see who wrote it: the employee, the leader or both of you together. At the end you both sign, and the summary is saved as a signed PDF for the personnel file.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/guide.py" />
      <source>Sådan holder I samtalen</source>
      <translation>How to hold the conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/pipeline.py" />
      <source>Sætter referatet op …</source>
      <translation>Laying out the summary …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>Søg efter medarbejder</source>
      <translation>Search for an employee</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>Søg efter navn, stilling eller arbejdssted …</source>
      <translation>Search by name, job title or workplace …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/followups.py" />
      <source>Tag aftalen med i årets udviklingsplan – den bliver vist som videreført</source>
      <translation>Take the agreement into this year's development plan – it is shown as carried forward</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/signing_page.py" />
      <source>Tegn ovenfor – eller skriv dit navn for at skrive under</source>
      <translation>Draw above – or type your name to sign</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/signing_page.py" />
      <source>Tegn underskriften her (mus, pen eller finger)</source>
      <translation>Draw the signature here (mouse, pen or finger)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Tegn underskriften i feltet, eller skriv dit navn, før du bekræfter.</source>
      <translation>Draw the signature in the box, or type your name, before you confirm.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/boxed_notice.py" />
      <source>Tegn, der ikke kan vises i PDF'en</source>
      <translation>Characters that cannot be shown in the PDF</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/station_page.py" />
      <source>Teksten bliver et af gruppens behov, som I prioriterer under »Gruppens aftaler«.</source>
      <translation>The text becomes one of the group's needs, which you prioritise under “The group's agreements”.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/page_parts.py" />
      <source>Teksten var for lang og er kortet af til %1 tegn.</source>
      <translation>The text was too long and has been cut to %1 characters.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Teksten ville blive for lang: der er plads til højst %2 tegn. Gør den kortere først.</source>
      <translation>The text would be too long: there is room for at most %2 characters. Shorten it first.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/settings_dialog.py" />
      <source>Tekststørrelse</source>
      <translation>Text size</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agenda.py" />
      <source>Tid brugt og planlagt</source>
      <translation>Time used and planned</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/guide.py" />
      <source>Tid og dagsorden</source>
      <translation>Time and agenda</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/pages.py" />
      <source>Tid og sted</source>
      <translation>Time and place</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/guide.py" />
      <source>Tiden</source>
      <translation>The time</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>Tidsstempel</source>
      <translation>Timestamp</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Tidsstempel %1 dækker ikke hele dokumentet.</source>
      <translation>Timestamp %1 does not cover the whole document.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Tidsstempel %1 er beskadiget og kan ikke kontrolleres.</source>
      <translation>Timestamp %1 is damaged and cannot be checked.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Tidsstempel %1 er beskadiget.</source>
      <translation>Timestamp %1 is damaged.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Tidsstempel %1 er ændret: der er skrevet data efter selve signaturen.</source>
      <translation>Timestamp %1 has been changed: data has been written after the signature itself.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Tidsstempel %1 er ændret: signaturfeltet er skrevet om efter underskrivningen.</source>
      <translation>Timestamp %1 has been changed: the signature field was rewritten after signing.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Tidsstempel %1 passer ikke: dokumentet er ændret efter tidsstemplingen.</source>
      <translation>Timestamp %1 does not match: the document was changed after it was timestamped.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_lines.py" />
      <source>Tidsstempel %1: %2 fra »%3« – %4</source>
      <translation>Timestamp %1: %2 from “%3” – %4</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_lines.py" />
      <source>Tidsstemplet %1 af »%2«; certifikatet er kontrolleret på det tidspunkt</source>
      <translation>Timestamped %1 by “%2”; the certificate was checked at that moment</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Tidsstemplet i signatur %1 passer ikke til signaturen.</source>
      <translation>The timestamp in signature %1 does not match the signature.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/due_tab.py" />
      <source>Til</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/guide.py" />
      <source>Til højre står rammen, Grundlag for lederskab og følgeskab, når et trin bygger på den. F9 skjuler den.</source>
      <translation>On the right is the framework, “Grundlag for lederskab og følgeskab”, when a step builds on it. F9 hides it.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/guide.py" />
      <source>Til sidst</source>
      <translation>Finally</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>Tilbage</source>
      <translation>Back</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/year_view.py" />
      <source>Tilbage til overblikket</source>
      <translation>Back to the overview</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Tilbud om individuel samtale</source>
      <translation>Offer of an individual conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Tilbudt den</source>
      <translation>Offered on</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Tilføj &amp;deltager</source>
      <translation>Add &amp;participant</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Tilføj &amp;punkt</source>
      <translation>Add &amp;item</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agreements.py" />
      <source>Tilføj aftale</source>
      <translation>Add agreement</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/station_page.py" />
      <source>Tilføj bidrag</source>
      <translation>Add contribution</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Tilføj deltager</source>
      <translation>Add participant</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/prep_commands.py" />
      <source>Tilføj eget emne</source>
      <translation>Add own topic</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/topics.py" />
      <source>Tilføj eget emne …</source>
      <translation>Add own topic …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Tilføj eget punkt</source>
      <translation>Add own item</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/topics.py" />
      <source>Tilføj emne</source>
      <translation>Add topic</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/print_support.py" />
      <source>Tilpas bredden</source>
      <translation>Fit width</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/pages.py" />
      <source>Titel</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/conversation_view.py" />
      <source>Trin %1 af %2</source>
      <translation>Step %1 of %2</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agenda.py" />
      <source>Trin %1 min</source>
      <translation>Step %1 min</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agenda.py" />
      <source>Trin %1/%2 min</source>
      <translation>Step %1/%2 min</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/conversation_view.py" />
      <source>Trin i samtalen</source>
      <translation>Steps of the conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/guide.py" />
      <source>Trinnene</source>
      <translation>The steps</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/due_tab.py" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/filing_steps.py" />
      <source>UBEKRÆFTEDE referater</source>
      <translation>UNCONFIRMED minutes</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_result.py" />
      <source>UBEKRÆFTET</source>
      <translation>UNCONFIRMED</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>UBEKRÆFTET: uændret, men underskriveren er ikke bekræftet af organisationen – journaliseres kun, når du vælger det udtrykkeligt. %1</source>
      <translation>UNCONFIRMED: unchanged, but the organisation does not confirm the signer – filed only when you choose so explicitly. %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_result.py" />
      <source>ULÆSELIG</source>
      <translation>UNREADABLE</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/settings_dialog.py" />
      <source>Uden eget valg bruges profilens certifikat.</source>
      <translation>Unless you choose one, the profile's certificate is used.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/settings_dialog.py" />
      <source>Uden organisationens certifikat signeres PDF'er med et personligt certifikat, som programmet laver første gang. Adgangskoden til organisationens certifikat gemmes aldrig.</source>
      <translation>Without the organisation's certificate, PDFs are signed with a personal certificate that the program makes on first use. The passphrase of the organisation's certificate is never stored.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/year_view.py" />
      <source>Udfald</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/texts.py" />
      <source>Udkast</source>
      <translation>Draft</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/menus.py" />
      <source>Udskr&amp;iv forberedelsesark …</source>
      <translation>Print p&amp;reparation sheet …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/print_support.py" />
      <source>Udskriv referatet</source>
      <translation>Print the summary</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/print_support.py" />
      <source>Udskriv …</source>
      <translation>Print …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_lines.py" />
      <source>Udstedt af: %1</source>
      <translation>Issued by: %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/texts.py" />
      <source>Udviklingsplan (uddrag)</source>
      <translation>Development plan (extract)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/start_page.py" />
      <source>Udviklingssamtalen – med Grundlag for lederskab og følgeskab ved hånden.</source>
      <translation>The development conversation – with the framework “Grundlag for lederskab og følgeskab” at hand.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>Ulæselig: %1</source>
      <translation>Unreadable: %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/topics.py" />
      <source>Under trinnet »%1«</source>
      <translation>Under the step “%1”</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/signing.py" />
      <source>Underskrevet %1</source>
      <translation>Signed %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/signing.py" />
      <source>Underskrevet %1 ved at skrive navnet.</source>
      <translation>Signed %1 by typing the name.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/conversation_view.py" />
      <source>Underskrevet af</source>
      <translation>Signed by</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_lines.py" />
      <source>Underskrevet af %1, %2</source>
      <translation>Signed by %1, %2</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_lines.py" />
      <source>Underskrevet af %1: %2, %3</source>
      <translation>Signed by the %1: %2, %3</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_lines.py" />
      <source>Underskrevet af:</source>
      <translation>Signed by:</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/conversation_view.py" />
      <source>Underskrevet og låst.</source>
      <translation>Signed and locked.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/signing_page.py" />
      <source>Underskrift</source>
      <translation>Signature</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/signing.py" />
      <source>Underskrift: %1</source>
      <translation>Signature: %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/signing_page.py" />
      <source>Underskrifter</source>
      <translation>Signatures</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/signing.py" />
      <source>Underskriftsfelt for %1</source>
      <translation>Signature pad for %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/commands.py" />
      <source>Underskriv</source>
      <translation>Sign</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/signing.py" />
      <source>Underskriv som %1</source>
      <translation>Sign as %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/followups.py" />
      <source>Underskriveren er ikke bekræftet</source>
      <translation>The signer is not confirmed</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>Underskriveren er ikke genkendt som samtalens leder.</source>
      <translation>The signer is not recognised as the conversation's leader.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/guide.py" />
      <source>Uret viser brugt og planlagt tid for trinnet og samtalen. Det stopper ingenting.</source>
      <translation>The clock shows time used and planned for the step and the conversation. It stops nothing.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/texts.py" />
      <source>Uændret, men medarbejderens eget eksemplar: det journaliseres ikke.</source>
      <translation>Unchanged, but the employee's own copy: it is not filed.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/texts.py" />
      <source>Uændret, men underskriveren er ikke bekræftet som samtalens leder.</source>
      <translation>Unchanged, but the signer is not confirmed as the conversation's leader.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/texts.py" />
      <source>Uændret, og signeret af samtalens leder med organisationens certifikat.</source>
      <translation>Unchanged, and signed by the conversation's leader with the organisation's certificate.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/guide.py" />
      <source>Ved hver tekstboks kan I se, hvem der skriver i den: medarbejderen, lederen eller I sammen.</source>
      <translation>At each text box you can see who writes in it: the employee, the leader or you together.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>Venter …</source>
      <translation>Waiting …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/followups.py" />
      <source>Viderefør %1 til årets aftaler</source>
      <translation>Carry %1 forward into this year's agreements</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/prep_commands.py" />
      <source>Viderefør aftale</source>
      <translation>Carry agreement forward</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/followups.py" />
      <source>Viderefør til årets aftaler</source>
      <translation>Carry forward into this year's agreements</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/followups.py" />
      <source>Videreført som aftale %1 i årets udviklingsplan.</source>
      <translation>Carried forward as agreement %1 in this year's development plan.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/bring_in.py" />
      <source>Vil I hente den ind i denne samtale alligevel?</source>
      <translation>Do you want to bring it into this conversation anyway?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/save_path.py" />
      <source>Vil du erstatte den beskyttede samtale med denne?</source>
      <translation>Do you want to replace the protected conversation with this one?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/save_path.py" />
      <source>Vil du erstatte den underskrevne samtale med denne?</source>
      <translation>Do you want to replace the signed conversation with this one?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/save_path.py" />
      <source>Vil du erstatte det underskrevne referat?</source>
      <translation>Do you want to replace the signed summary?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/start_page.py" />
      <source>Vil du forberede dig til samtalen?</source>
      <translation>Do you want to prepare for the conversation?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/file_flows.py" />
      <source>Vil du gendanne kopien, så du kan arbejde videre fra den?</source>
      <translation>Do you want to restore the copy so you can continue from it?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/file_flows.py" />
      <source>Vil du åbne sikkerhedskopien %1?</source>
      <translation>Do you want to open the backup %1?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>Vis</source>
      <translation>Show</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/preparation.py" />
      <source>Vis &amp;begges forberedelse</source>
      <translation>Sho&amp;w both preparations</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/menus.py" />
      <source>Vis &amp;rammen</source>
      <translation>Show the &amp;framework</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/hr_outputs.py" />
      <source>Vis HR-&amp;udgaven</source>
      <translation>Show the H&amp;R edition</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/print_support.py" />
      <source>Vis HR-udgaven</source>
      <translation>Show the HR edition</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/menus.py" />
      <source>Vis b&amp;egges forberedelse</source>
      <translation>Show both preparat&amp;ions</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/prep_commands.py" />
      <source>Vis begges forberedelse</source>
      <translation>Show both preparations</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Vis begges forberedelse, før I underskriver.</source>
      <translation>Show both preparations before you sign.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/preparation.py" />
      <source>Vis de hentede forberedelser – når I begge er klar</source>
      <translation>Show the preparations brought in – when you are both ready</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/preparation.py" />
      <source>Vis forberedelsen?</source>
      <translation>Show the preparation?</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/guide.py" />
      <source>Vis rundvisning</source>
      <translation>Show the tour</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/settings_dialog.py" />
      <source>Vælg certifikat</source>
      <translation>Choose certificate</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/followups.py" />
      <source>Vælg den forrige samtales fil (.mus) eller det underskrevne referat (PDF).</source>
      <translation>Choose the previous conversation's file (.mus) or the signed summary (PDF).</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>Vælg den mappe, hvor I gemmer samtalerne. Undermapper kommer med.</source>
      <translation>Choose the folder where you keep the conversations. Subfolders are included.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>Vælg en fil i tabellen for at se alt, kontrollen siger om den.</source>
      <translation>Choose a file in the table to see everything the check says about it.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>Vælg en mappe med referater</source>
      <translation>Choose a folder with minutes</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Vælg en værdi fra %1 til %2.</source>
      <translation>Choose a value from %1 to %2.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Vælg et behov i listen først.</source>
      <translation>Choose a need in the list first.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/settings_dialog.py" />
      <source>Vælg mappe</source>
      <translation>Choose folder</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>Vælg mappe …</source>
      <translation>Choose folder …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>Vælg mappen med samtalerne</source>
      <translation>Choose the folder with the conversations</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/window.py" />
      <source>Vælg mappen til GRUS-PDF'erne</source>
      <translation>Choose the folder for the GRUS PDFs</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/filing_steps.py" />
      <source>Vælg mappen til journalisering</source>
      <translation>Choose the folder for filing</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>Vælg mindst én, der skriver om emnet.</source>
      <translation>Choose at least one person to write about the topic.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>Vælg referater</source>
      <translation>Choose minutes</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/new_dialog.py" />
      <source>Vælg samtaleform, og skriv, hvem der deltager. I kan rette det hele senere.</source>
      <translation>Choose the conversation form, and write who takes part. You can change all of it later.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/guide.py" />
      <source>Vælg »Forbered dig« på startskærmen, og svar på spørgsmålene alene. Gem forberedelsen som en fil. I samtalen henter I begges forberedelse ind med »Hent forberedelse«. Svarene er skjult, indtil I vælger »Vis begges forberedelse«, så I ikke påvirker hinanden. Det, I allerede har skrevet i samtalen, bliver aldrig overskrevet, uden at I bliver spurgt.</source>
      <translation>Choose “Prepare” on the start screen, and answer the questions on your own. Save the preparation as a file. In the conversation you bring in both preparations with “Bring in preparation”. The answers are hidden until you choose “Show both preparations”, so you do not influence each other. What you have already written in the conversation is never overwritten without asking you.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/settings_dialog.py" />
      <source>Vælg …</source>
      <translation>Choose …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/print_support.py" />
      <source>Zoom</source>
      <translation>Zoom</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/actions.py" />
      <source>Zoom &amp;ind</source>
      <translation>Zoom &amp;in</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/actions.py" />
      <source>Zoom &amp;ud</source>
      <translation>Zoom &amp;out</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/print_support.py" />
      <source>Zoom ind</source>
      <translation>Zoom in</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/print_support.py" />
      <source>Zoom ud</source>
      <translation>Zoom out</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/window.py" />
      <source>Zoom: %1 %</source>
      <translation>Zoom: %1 %</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/loader.py" />
      <source>adfærd %1</source>
      <translation>behaviour %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>adfærdsmarkeringerne</source>
      <translation>the marked behaviours</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/musfile.py" />
      <source>adgangskoden er rigtig, men indholdet kan ikke læses</source>
      <translation>the passphrase is right, but the content cannot be read</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/boxed_notice.py" />
      <source>aftale %1</source>
      <translation>agreement %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/loader.py" />
      <source>aftale %1 henviser til et perspektiv, rammen ikke har</source>
      <translation>agreement %1 refers to a perspective the framework does not have</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>aftalen</source>
      <translation>the agreement</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>aftalens id</source>
      <translation>the agreement's id</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>aftalerne</source>
      <translation>the agreements</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>ansvaret</source>
      <translation>the responsibility</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>arbejdsstedet</source>
      <translation>the workplace</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>begrundelsen</source>
      <translation>the reason</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>behov %1</source>
      <translation>need %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>behov %1 hører til et emnekort, samtaleformen ikke har</source>
      <translation>need %1 belongs to a topic card the conversation form does not have</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>behovene</source>
      <translation>the needs</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>behovet</source>
      <translation>the need</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_lines.py" />
      <source>bekræftet</source>
      <translation>confirmed</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_lines.py" />
      <source>bekræftet af organisationen</source>
      <translation>confirmed by the organisation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_lines.py" />
      <source>bekræftet af organisationen, men ikke som lederen: %1</source>
      <translation>confirmed by the organisation, but not as the leader: %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/boxed_notice.py" />
      <source>bemærkning</source>
      <translation>remark</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>bemærkningen</source>
      <translation>the remark</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>bidrag %1</source>
      <translation>contribution %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>bidrag %1 hører til et emnekort eller en person, samtalen ikke har</source>
      <translation>contribution %1 belongs to a topic card or a person the conversation does not have</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/grus_parts.py" />
      <source>bidrag ved emnekortene</source>
      <translation>the contributions at the topic cards</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>bidragene</source>
      <translation>the contributions</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>bredden</source>
      <translation>the width</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>certifikatet er ikke et ledercertifikat efter organisationsprofilen (hverken en af lederne, udstedt af lederes CA eller med lederpolitikken)</source>
      <translation>the certificate is not a leader's certificate under the organisation profile (neither one of the leaders, issued by the leaders' CA, nor with the leader policy)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>certifikatet er ikke udstedt til at underskrive dokumenter</source>
      <translation>the certificate was not issued for signing documents</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>certifikatet er spærret</source>
      <translation>the certificate has been revoked</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>certifikatet er udløbet, og uden et tidsstempel kan underskrivningstidspunktet ikke bekræftes</source>
      <translation>the certificate has expired, and without a timestamp the signing time cannot be confirmed</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>certifikatet er udstedt til »%1«, men samtalens leder er »%2«</source>
      <translation>the certificate was issued to “%1”, but the conversation's leader is “%2”</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>certifikatet fører ikke til et certifikat, organisationen har godkendt</source>
      <translation>the certificate does not lead to a certificate the organisation has approved</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>certifikatet kan ikke bruges: %1</source>
      <translation>the certificate cannot be used: %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>certifikatet må ikke bruges til at underskrive (nøglebrug)</source>
      <translation>the certificate may not be used for signing (key usage)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>certifikatet var ikke gyldigt endnu på underskrivningstidspunktet</source>
      <translation>the certificate was not yet valid at the signing time</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>certifikatet var ikke gyldigt på underskrivningstidspunktet</source>
      <translation>the certificate was not valid at the signing time</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>certifikatet var udløbet på underskrivningstidspunktet</source>
      <translation>the certificate had expired at the signing time</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>certifikatkæden bryder en CA's begrænsninger (fx pathLen, navne eller politikker)</source>
      <translation>the certificate chain breaks a CA's constraints (e.g. pathLen, names or policies)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>certifikatkæden bryder reglerne for certifikater (RFC 5280, fx en CA's pathLen eller navnebegrænsninger)</source>
      <translation>the certificate chain breaks the rules for certificates (RFC 5280, e.g. a CA's pathLen or name constraints)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>dagsordenen</source>
      <translation>the agenda</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/settings_dialog.py" />
      <source>dansk</source>
      <translation>Danish</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/signing_page.py" />
      <source>datoen</source>
      <translation>the date</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>datoen for svaret</source>
      <translation>the date of the answer</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>datoen for tilbuddet</source>
      <translation>the date of the offer</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/file_words.py" />
      <source>dd.MM.yyyy 'kl.' HH.mm</source>
      <translation>d MMMM yyyy, HH:mm</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>de egne emner</source>
      <translation>the own topics</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>de private noter</source>
      <translation>the private notes</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/archive.py" />
      <source>de vedhæftede data er for store</source>
      <translation>the attached data are too large</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/archive.py" />
      <source>de vedhæftede data kan ikke læses</source>
      <translation>the attached data cannot be read</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/archive.py" />
      <source>de vedhæftede data passer ikke til den størrelse, filen selv angiver</source>
      <translation>the attached data do not match the size the file itself states</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/signing_page.py" />
      <source>deltager</source>
      <translation>participant</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>deltager %1</source>
      <translation>participant %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/preparation.py" />
      <source>deltager eller leder i en gruppeudviklingssamtale (GRUS)</source>
      <translation>participant or leader in a group development conversation (GRUS)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>deltageren</source>
      <translation>the participant</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/grus_parts.py" />
      <source>deltagerne</source>
      <translation>the participants</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>delvist underskrevet</source>
      <translation>partly signed</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>den er for stor</source>
      <translation>it is too large</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>den er gemt med en nyere version af Ishøj MUS</source>
      <translation>it was saved with a newer version of Ishøj MUS</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>den er ikke en almindelig fil</source>
      <translation>it is not an ordinary file</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>den er tom</source>
      <translation>it is empty</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>den er ufuldstændig</source>
      <translation>it is incomplete</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>den har fået usignerede tilføjelser</source>
      <translation>unsigned additions have been made to it</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>den har mere end én underskriver</source>
      <translation>it has more than one signer</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>den indeholder data, der ikke hører til en PDF-signatur</source>
      <translation>it contains data that does not belong in a PDF signature</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>den indeholder ingen samtale</source>
      <translation>it holds no conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>den kan ikke læses</source>
      <translation>it cannot be read</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/loader.py" />
      <source>den private note til trinnet %1 er skrevet af en anden end medarbejderen eller lederen</source>
      <translation>the private note on the step %1 is written by someone other than the employee or the leader</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>den videreførte aftale</source>
      <translation>the agreement carried over</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>der er en plan til en deltager, samtalen ikke har</source>
      <translation>there is a plan for a participant the conversation does not have</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/loader.py" />
      <source>der er en privat note til trinnet %1, som formularen ikke har</source>
      <translation>there is a private note for the step %1, which the form does not have</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/loader.py" />
      <source>der er en skala til feltet %1, som formularen ikke har som skala</source>
      <translation>there is a scale for the field %1, which the form does not have as a scale</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>der er et tilbud til en deltager, samtalen ikke har</source>
      <translation>there is an offer for a participant the conversation does not have</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>der er noter til et emnekort, samtaleformen ikke har</source>
      <translation>there are notes for a topic card the conversation form does not have</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/loader.py" />
      <source>der er svar til feltet %1, som formularen ikke har som tekstfelt</source>
      <translation>there are answers to the field %1, which the form does not have as a text field</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>det skrevne navn</source>
      <translation>the typed name</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>dokumentet</source>
      <translation>the document</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/file_names.py" />
      <source>dokumenttypen %1 kendes ikke; kendte dokumenttyper er %2</source>
      <translation>the document type %1 is not known; known document types are %2</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/boxed_notice.py" />
      <source>eget emne %1</source>
      <translation>own topic %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/entries.py" />
      <source>eget emne fra en forberedelse</source>
      <translation>own topic from a preparation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/entries.py" />
      <source>eget emne: %1</source>
      <translation>own topic: %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>emnekortet</source>
      <translation>the topic card</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>emnets id</source>
      <translation>the topic's id</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>emnets stemmer</source>
      <translation>the topic's voices</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>emnets svar</source>
      <translation>the topic's answers</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>emnets titel</source>
      <translation>the topic's title</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>emnets trin</source>
      <translation>the topic's step</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>en CA i kæden bærer navnet på en CA, organisationen har godkendt, men er ikke udstedt af den (en efterligning – eller en CA, der er skiftet ud)</source>
      <translation>a CA in the chain bears the name of a CA the organisation has approved, but was not issued by it (an imitation – or a CA that has been replaced)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>en CA i kæden er spærret</source>
      <translation>a CA in the chain has been revoked</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/organisation.py" />
      <source>en OID (tal adskilt af punktum, fx "1.2.208.169.1")</source>
      <translation>an OID (numbers separated by full stops, e.g. "1.2.208.169.1")</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/organisation.py" />
      <source>en adresse (http:// eller https://) på en tidsstempeltjeneste (RFC 3161)</source>
      <translation>an address (http:// or https://) of a timestamp service (RFC 3161)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/organisation.py" />
      <source>en adresse, der begynder med http:// eller https://</source>
      <translation>an address that begins with http:// or https://</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/filelock.py" />
      <source>en anden bruger</source>
      <translation>another user</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agreements.py" />
      <source>en ansvarlig</source>
      <translation>someone responsible</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agreements.py" />
      <source>en beskrivelse</source>
      <translation>a description</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/signing_page.py" />
      <source>en beskrivelse, en ansvarlig og en frist i hver af gruppens aftaler</source>
      <translation>a description, a person responsible and a deadline in each of the group's agreements</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>en deltagers HR-udgave af en gruppeudviklingssamtale (GRUS, til personalesagen)</source>
      <translation>a participant's HR edition of a group development conversation (GRUS, for the personnel file)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>en deltagers eget eksemplar af en gruppeudviklingssamtale (GRUS) – må ikke journaliseres</source>
      <translation>a participant's own copy of a group development conversation (GRUS) – must not be filed</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/loader.py" />
      <source>en forberedelse tilhører hverken medarbejder eller leder</source>
      <translation>a preparation belongs to neither the employee nor the leader</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agreements.py" />
      <source>en frist</source>
      <translation>a deadline</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/loader.py" />
      <source>en fælles underskrift</source>
      <translation>a joint signature</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/file_names.py" />
      <source>en handlingsfacet skrives som et stort bogstav og to cifre, fx G01</source>
      <translation>an action facet is written as a capital letter and two digits, e.g. G01</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/organisation.py" />
      <source>en handlingsfacet som tekst, fx "G01"</source>
      <translation>an action facet as text, e.g. "G01"</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/organisation.py" />
      <source>en liste af SHA-256-fingeraftryk (64 hex-cifre, gerne med kolon)</source>
      <translation>a list of SHA-256 fingerprints (64 hex digits, colons allowed)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/organisation.py" />
      <source>en liste af certifikatpolitikker (OID'er, fx "1.2.208.169.1.1.1")</source>
      <translation>a list of certificate policies (OIDs, e.g. "1.2.208.169.1.1.1")</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/organisation.py" />
      <source>en liste af filnavne på CA-certifikater (PEM), der kun udsteder til ledere</source>
      <translation>a list of file names of CA certificates (PEM) that issue to leaders only</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/organisation.py" />
      <source>en liste af filnavne på PEM-certifikater</source>
      <translation>a list of file names of PEM certificates</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/organisation.py" />
      <source>en liste af filnavne på lederes certifikater (PEM)</source>
      <translation>a list of file names of leaders' certificates (PEM)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/organisation.py" />
      <source>en liste af filnavne på tidsstempeltjenestens rodcertifikater (PEM)</source>
      <translation>a list of file names of the timestamp service's root certificates (PEM)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>en note »Kun mellem os« er længere end %1 tegn</source>
      <translation>a “Just between us” note is longer than %1 characters</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/checks.py" />
      <source>en nøgle</source>
      <translation>a key</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/tomlfile.py" />
      <source>en nøgle med mere end %1 led adskilt af punktum</source>
      <translation>a key of more than %1 parts separated by full stops</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>en plan</source>
      <translation>a plan</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>en plan har flere end %1 egne punkter</source>
      <translation>a plan has more than %1 items of its own</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/organisation.py" />
      <source>en tabel af dokumenttyper og nøgler, fx { referat = "MUS01" }</source>
      <translation>a table of document types and keys, e.g. { referat = "MUS01" }</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/hr_profile.py" />
      <source>en tekst</source>
      <translation>a text</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/organisation.py" />
      <source>en tekst (hvem HR eller IT spørger om signaturer)</source>
      <translation>a text (whom HR or IT ask about signatures)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>en tekst i %1 er længere end %2 tegn</source>
      <translation>a text in %1 is longer than %2 characters</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/organisation.py" />
      <source>en tekst med pladsholdere, fx "{medarbejdernr}_{efternavn}_{fornavn}_MUS_{dato}.pdf"</source>
      <translation>a text with placeholders, e.g. "{medarbejdernr}_{efternavn}_{fornavn}_MUS_{dato}.pdf"</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/file_names.py" />
      <source>en { eller } står alene; skriv pladsholdere som {efternavn}</source>
      <translation>a { or } stands alone; write placeholders as {efternavn}</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/settings_dialog.py" />
      <source>engelsk</source>
      <translation>English</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/tomlfile.py" />
      <source>er ikke gemt som UTF-8 (et ugyldigt tegn ved byte %1)</source>
      <translation>is not saved as UTF-8 (an invalid character at byte %1)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/tomlfile.py" />
      <source>er ikke gyldig TOML (%1)</source>
      <translation>is not valid TOML (%1)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/tomlfile.py" />
      <source>er ikke gyldig TOML (lister eller tabeller er indlejret for dybt)</source>
      <translation>is not valid TOML (lists or tables are nested too deeply)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/file_names.py" />
      <source>et KLE-nummer skrives som 81.03.00 (emne) eller 81.03 (gruppe)</source>
      <translation>a KLE number is written as 81.03.00 (subject) or 81.03 (group)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/organisation.py" />
      <source>et KLE-nummer som tekst, fx "81.03.00"</source>
      <translation>a KLE number as text, e.g. "81.03.00"</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/organisation.py" />
      <source>et SHA-256-fingeraftryk (64 hex-cifre)</source>
      <translation>a SHA-256 fingerprint (64 hex digits)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>et certifikat udstedt af »%1«</source>
      <translation>a certificate issued by “%1”</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>et certifikat udstedt af »%1«: %2</source>
      <translation>a certificate issued by “%1”: %2</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>et certifikat, programmet selv har lavet</source>
      <translation>a certificate the program made itself</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/organisation.py" />
      <source>et filnavn på en PKCS#12-fil (.p12/.pfx)</source>
      <translation>the file name of a PKCS#12 file (.p12/.pfx)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>et forberedelsesark – det underskrives ikke</source>
      <translation>a preparation sheet – it is not signed</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/strict_json.py" />
      <source>et heltal har over %1 cifre</source>
      <translation>a whole number has more than %1 digits</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>et indlejret certifikat er ændret</source>
      <translation>an embedded certificate has been changed</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>et indlejret certifikat er ændret eller hører ikke til underskriverens kæde</source>
      <translation>an embedded certificate has been changed or does not belong to the signer's chain</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/strict_json.py" />
      <source>et tal er skrevet med for mange cifre</source>
      <translation>a number is written with too many digits</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/strict_json.py" />
      <source>et tal er uendelig stort</source>
      <translation>a number is infinitely large</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>et udkast til referatet – ikke underskrevet</source>
      <translation>a draft of the minutes – not signed</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/tomlfile.py" />
      <source>fejl i filen</source>
      <translation>error in the file</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/tomlfile.py" />
      <source>fejl i linje %1, kolonne %2</source>
      <translation>error in line %1, column %2</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/tomlfile.py" />
      <source>fejl sidst i filen</source>
      <translation>error at the end of the file</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/musfile.py" />
      <source>filen er beskyttet med en adgangskode, men beskyttelsen kan ikke læses</source>
      <translation>the file is protected with a passphrase, but its protection cannot be read</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>forberedelse %1</source>
      <translation>preparation %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>forberedelse %1 er fra en person, samtalen ikke har</source>
      <translation>preparation %1 is from a person the conversation does not have</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_preparation.py" />
      <source>forberedelsen til %1</source>
      <translation>the preparation for %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_preparation.py" />
      <source>forberedelsen til %1 er på %2 tegn, men der er plads til %3</source>
      <translation>the preparation for %1 is %2 characters long, but there is room for %3</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>forberedelsens fil</source>
      <translation>the preparation's file</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>forberedelsens stemme</source>
      <translation>the preparation's voice</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/grus_parts.py" />
      <source>forberedelser</source>
      <translation>preparations</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>forberedelserne</source>
      <translation>the preparations</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/loader.py" />
      <source>fremover</source>
      <translation>coming year</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>frist</source>
      <translation>deadline</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/followups.py" />
      <source>frist %1</source>
      <translation>deadline %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>fristen</source>
      <translation>the deadline</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/loader.py" />
      <source>fælles</source>
      <translation>together</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/start_page.py" />
      <source>gemt automatisk</source>
      <translation>saved automatically</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_lines.py" />
      <source>genkendt som samtalens leder</source>
      <translation>recognised as the conversation's leader</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>genåbnet</source>
      <translation>reopened</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>gruppen</source>
      <translation>the group</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/grus_parts.py" />
      <source>gruppen eller enheden</source>
      <translation>the group or unit</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>gruppens aftale %1</source>
      <translation>the group's agreement %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/grus_parts.py" />
      <source>gruppens aftaler</source>
      <translation>the group's agreements</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/grus_parts.py" />
      <source>gruppens behov</source>
      <translation>the group's needs</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/grus_parts.py" />
      <source>gruppens noter</source>
      <translation>the group's notes</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>gruppens noter til %1</source>
      <translation>the group's notes on %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>gruppens referat af en gruppeudviklingssamtale (GRUS)</source>
      <translation>the group's minutes of a group development conversation (GRUS)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/tomlfile.py" />
      <source>går ud over, hvad programmet læser (%1 i linje %2)</source>
      <translation>goes beyond what the program reads (%1 in line %2)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/grus_parts.py" />
      <source>historik</source>
      <translation>history</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>historik %1</source>
      <translation>history entry %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/boxed_notice.py" />
      <source>historikken</source>
      <translation>the history</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>hvem</source>
      <translation>who</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>hvem der sagde det</source>
      <translation>who said it</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/grus_parts.py" />
      <source>hver deltagers egen plan</source>
      <translation>each participant's own plan</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>hændelsen</source>
      <translation>the event</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>højden</source>
      <translation>the height</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/loader.py" />
      <source>i dag</source>
      <translation>today</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>id'et</source>
      <translation>the id</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/step_list.py" />
      <source>ikke besvaret endnu</source>
      <translation>not answered yet</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/start_page.py" />
      <source>ikke gemt i en fil</source>
      <translation>not saved in a file</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/signing_page.py" />
      <source>ikke underskrevet</source>
      <translation>not signed</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>ikke valgt</source>
      <translation>not chosen</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/year_view.py" />
      <source>ikke vurderet endnu</source>
      <translation>not assessed yet</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/strict_json.py" />
      <source>indholdet er indlejret for dybt</source>
      <translation>the content is nested too deeply</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/loader.py" />
      <source>indholdet har en form, programmet ikke kender</source>
      <translation>the content has a form the program does not know</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>indholdet har forkert form</source>
      <translation>the content has the wrong form</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>indholdet kan ikke læses</source>
      <translation>its content cannot be read</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/fields.py" />
      <source>ingen</source>
      <translation>none</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/pages.py" />
      <source>ingen dato</source>
      <translation>no date</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>ingen samtale i 12 mdr.</source>
      <translation>no conversation in 12 months</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/i18n.py" />
      <source>jeres fælles</source>
      <translation>your joint</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>kilden</source>
      <translation>the source</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>kladde</source>
      <translation>draft</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/boxed_notice.py" />
      <source>kommentar til en adfærd</source>
      <translation>comment on a behaviour</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>kommentaren</source>
      <translation>the comment</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/private_note.py" />
      <source>kommer ikke med til HR</source>
      <translation>never goes to HR</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>kunne ikke læses: %1</source>
      <translation>could not be read: %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/conversation_view.py" />
      <source>leder</source>
      <translation>leader</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>lederen</source>
      <translation>the leader</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/i18n.py" />
      <source>lederens</source>
      <translation>the leader's</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/signing_page.py" />
      <source>lederens navn</source>
      <translation>the leader's name</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/grus_parts.py" />
      <source>lederens navn og titel</source>
      <translation>the leader's name and title</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>lederens titel</source>
      <translation>the leader's title</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>listen over hash-algoritmer passer ikke til underskriften</source>
      <translation>the list of hash algorithms does not match the signature</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/tomlfile.py" />
      <source>lister eller tabeller indlejret for dybt – mere end %1 lag –</source>
      <translation>lists or tables nested too deeply – more than %1 levels –</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/step_list.py" />
      <source>mangler svar</source>
      <translation>answers missing</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>markeringen</source>
      <translation>the mark</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/loader.py" />
      <source>medarbejder</source>
      <translation>employee</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>medarbejderen</source>
      <translation>the employee</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/i18n.py" />
      <source>medarbejderens</source>
      <translation>the employee's</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>medarbejderens bemærkning</source>
      <translation>the employee's remark</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>medarbejderens eksemplar – må ikke journaliseres</source>
      <translation>the employee's copy – must not be filed</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>medarbejderens navn</source>
      <translation>the employee's name</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>medarbejdernummeret</source>
      <translation>the employee number</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>medunderskriveren (signatur %1)</source>
      <translation>the co-signer (signature %1)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/signing_page.py" />
      <source>mindst %1 deltagere</source>
      <translation>at least %1 participants</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/signing_page.py" />
      <source>mindst én af gruppens aftaler</source>
      <translation>at least one of the group's agreements</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/file_names.py" />
      <source>mønsteret skal ende på .pdf</source>
      <translation>the pattern must end in .pdf</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>navnet</source>
      <translation>the name</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_preparation.py" />
      <source>navnet er på %1 tegn, men der er plads til %2</source>
      <translation>the name is %1 characters long, but there is room for %2</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/file_names.py" />
      <source>navnet skal sige, hvis referat det er: brug {medarbejdernr}, {navn} eller {efternavn}</source>
      <translation>the name must say whose summary it is: use {medarbejdernr}, {navn} or {efternavn}</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/boxed_notice.py" />
      <source>noten »Kun mellem os«</source>
      <translation>the “Just between us” note</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/strict_json.py" />
      <source>nøglen %1 står to gange i samme objekt</source>
      <translation>the key %1 is there twice in the same object</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/file_names.py" />
      <source>nøglen til %1 skal være en kort tekst (højst 100 tegn) uden tegnene \ / : * ? " &lt; &gt; |</source>
      <translation>the key for %1 must be a short text (at most 100 characters) without the characters \ / : * ? " &lt; &gt; |</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/boxed_notice.py" />
      <source>og %1 steder mere</source>
      <translation>and %1 more places</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/boxed_notice.py" />
      <source>og 1 sted mere</source>
      <translation>and 1 more place</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>opfølgning</source>
      <translation>follow-up</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/boxed_notice.py" />
      <source>opfølgning %1</source>
      <translation>follow-up %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>opfølgningerne</source>
      <translation>the follow-ups</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>opfølgningsdatoen</source>
      <translation>the follow-up date</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>oprettelsestidspunktet</source>
      <translation>the time of creation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/grus_parts.py" />
      <source>oprettet</source>
      <translation>created</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/strict_json.py" />
      <source>over %1</source>
      <translation>over %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/strict_json.py" />
      <source>over %1 elementer</source>
      <translation>over %1 items</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/attached.py" />
      <source>over 25 MB – for stor til et MUS-referat</source>
      <translation>over 25 MB – too large for a MUS summary</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>perspektivet</source>
      <translation>the perspective</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/file_names.py" />
      <source>pladsholderen {%1} kendes ikke; kendte pladsholdere: %2</source>
      <translation>the placeholder {%1} is not known; known placeholders: %2</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>planens punkt %1</source>
      <translation>the plan's item %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>planens punkter</source>
      <translation>the plan's items</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>planerne</source>
      <translation>the plans</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>pr. %1</source>
      <translation>as of %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>prioriteten</source>
      <translation>the priority</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/loader.py" />
      <source>programmets versionsnummer er ikke et versionsnummer</source>
      <translation>the program's version number is not a version number</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>rollen</source>
      <translation>the role</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/grus_parts.py" />
      <source>samtaleformen</source>
      <translation>the conversation form</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>samtaleformen er ugyldig (%1)</source>
      <translation>the conversation form is not valid (%1)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/codec.py" />
      <source>samtalen</source>
      <translation>the conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>samtalens formular</source>
      <translation>the conversation's form</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/loader.py" />
      <source>samtalens formular mangler</source>
      <translation>the conversation's form is missing</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/grus_parts.py" />
      <source>samtalens id</source>
      <translation>the conversation's id</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>selvlavet certifikat – ikke udstedt af organisationen</source>
      <translation>a self-made certificate – not issued by the organisation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>sidste år</source>
      <translation>last year</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>sidste års aftale</source>
      <translation>last year's agreement</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>sidste års skalaer</source>
      <translation>last year's scales</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>signaturens versionsnummer er skrevet om</source>
      <translation>the signature's version number has been rewritten</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/loader.py" />
      <source>skala %1 har stemmen %2, som feltet ikke har</source>
      <translation>scale %1 has the voice %2, which the field does not have</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/loader.py" />
      <source>skalaen %1 (%2, %3) er %4, men skalaen går fra %5 til %6</source>
      <translation>the scale %1 (%2, %3) is %4, but the scale goes from %5 to %6</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>skalaerne</source>
      <translation>the scales</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/file_names.py" />
      <source>skriv pladsholderen som {%1}, uden : eller !</source>
      <translation>write the placeholder as {%1}, without : or !</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>status</source>
      <translation>the status</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/grus_parts.py" />
      <source>stedet</source>
      <translation>the place</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>stemmen</source>
      <translation>the voice</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>stillingen</source>
      <translation>the job title</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>stregerne</source>
      <translation>the strokes</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/loader.py" />
      <source>svar %1 har stemmen %2, som feltet ikke har</source>
      <translation>answer %1 has the voice %2, which the field does not have</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_preparation.py" />
      <source>svarene</source>
      <translation>the answers</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>svaret</source>
      <translation>the answer</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/migrations.py" />
      <source>svaret %1 står to gange</source>
      <translation>the answer %1 is there twice</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>teksten</source>
      <translation>the text</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/file_names.py" />
      <source>teksten må ikke indeholde tegnene \ / : * ? " &lt; &gt; | eller usynlige tegn</source>
      <translation>the text must not contain the characters \ / : * ? " &lt; &gt; | or invisible characters</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>tidsforbruget</source>
      <translation>the time used</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>tidspunktet</source>
      <translation>the time</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>tidsstempeltjenestens certifikat fører ikke til et certifikat, organisationen har godkendt</source>
      <translation>the timestamp service's certificate does not lead to a certificate the organisation has approved</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>tidsstempeltjenestens certifikat var ikke gyldigt, da tidsstemplet blev kontrolleret</source>
      <translation>the timestamp service's certificate was not valid when the timestamp was checked</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/grus_parts.py" />
      <source>tilbud om individuel samtale</source>
      <translation>the offer of an individual conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>tilbuddene</source>
      <translation>the offers</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>titlen</source>
      <translation>the title</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>to deltagere har samme id</source>
      <translation>two participants have the same id</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/organisation.py" />
      <source>true eller false</source>
      <translation>true or false</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agenda.py" />
      <source>tæller med i »%1«</source>
      <translation>counts in “%1”</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/preparation/bring_in.py" />
      <source>uden dato</source>
      <translation>no date</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/window.py" />
      <source>uden navn</source>
      <translation>without a name</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/step_list.py" />
      <source>udfyldt</source>
      <translation>complete</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>udgaven</source>
      <translation>the edition</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>udgaven er til en deltager, den ikke har</source>
      <translation>the edition is for a participant it does not have</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>udviklingsplanen (uddrag med aftalerne) – den underskrives ikke</source>
      <translation>the development plan (an extract with the agreements) – it is not signed</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/save_path.py" />
      <source>ukendt</source>
      <translation>unknown</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_lines.py" />
      <source>ukendt (ingen samtaledata)</source>
      <translation>unknown (no conversation data)</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/errors.py" />
      <source>ukendt fejl</source>
      <translation>unknown error</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/followups.py" />
      <source>ukendt kilde</source>
      <translation>unknown source</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_lines.py" />
      <source>ukendt tidspunkt</source>
      <translation>unknown time</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>ukendt – ikke lavet med Ishøj MUS, eller for beskadiget til at se</source>
      <translation>unknown – not made with Ishøj MUS, or too damaged to tell</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>ukendte parter</source>
      <translation>unknown parties</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>underskrevet</source>
      <translation>signed</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/signing_page.py" />
      <source>underskrevet %1</source>
      <translation>signed %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>underskrift %1</source>
      <translation>signature %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/loader.py" />
      <source>underskriften fra lederen</source>
      <translation>the leader's signature</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/loader.py" />
      <source>underskriften fra medarbejderen</source>
      <translation>the employee's signature</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/grus_parts.py" />
      <source>underskrifter</source>
      <translation>signatures</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>underskrifterne</source>
      <translation>the signatures</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>underskriveren</source>
      <translation>the signer</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>underskriverens id i signaturen er skrevet om</source>
      <translation>the signer's id in the signature has been rewritten</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/boxed_notice.py" />
      <source>underskriverens navn</source>
      <translation>the signer's name</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>underskrivningstidspunktet ligger efter tidsstemplet, så det kan ikke passe</source>
      <translation>the signing time is later than the timestamp, so it cannot be right</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>underskrivningstidspunktet ligger i fremtiden, så det kan ikke passe</source>
      <translation>the signing time is in the future, so it cannot be right</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/migrations.py" />
      <source>version %1 kan ikke læses</source>
      <translation>version %1 cannot be read</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/loader.py" />
      <source>versionsnummeret mangler</source>
      <translation>the version number is missing</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>videreført</source>
      <translation>carried forward</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>vist</source>
      <translation>shown</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/hr_outputs.py" />
      <source>»%1«</source>
      <translation>“%1”</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/window.py" />
      <source>»%1« (i %2) er hverken lederen eller en deltager. Tilføj deltageren, og hent igen.</source>
      <translation>“%1” (in %2) is neither the leader nor a participant. Add the participant, and bring them in again.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/text.py" />
      <source>»%1« deltager allerede. Skriv fx også et efternavn.</source>
      <translation>“%1” is already taking part. Write a surname too, for example.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/passphrase.py" />
      <source>»%1« er beskyttet med en adgangskode. Skriv adgangskoden for at åbne den.</source>
      <translation>“%1” is protected with a passphrase. Type the passphrase to open it.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>»%1« er ikke en mappe. Vælg en mappe til journaliseringen.</source>
      <translation>“%1” is not a folder. Choose a folder for filing.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>»%1« er ikke et certifikat i PEM- eller DER-format.</source>
      <translation>“%1” is not a certificate in PEM or DER format.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/grus_file.py" />
      <source>»hvem« i en af gruppens aftaler er længere end %1 tegn</source>
      <translation>“who” in one of the group's agreements is longer than %1 characters</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/domain/shape.py" />
      <source>»ikke relevant«</source>
      <translation>“not relevant”</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/loader.py" />
      <source>»ikke relevant« er sat på et felt, formularen ikke har: %1</source>
      <translation>“not relevant” is set on a field the form does not have: %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/file_flows.py" />
      <source>Å&amp;bn alligevel</source>
      <translation>Open &amp;anyway</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/start_page.py" />
      <source>Å&amp;bn samtale …</source>
      <translation>&amp;Open conversation …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/menus.py" />
      <source>Å&amp;bn …</source>
      <translation>&amp;Open …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/widgets/passphrase.py" />
      <source>Åbn</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>Åbn &amp;mappe …</source>
      <translation>Open f&amp;older …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/file_flows.py" />
      <source>Åbn &amp;sikkerhedskopien</source>
      <translation>Open the &amp;backup</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/file_flows.py" />
      <source>Åbn &amp;skrivebeskyttet</source>
      <translation>Open &amp;read-only</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/start_page.py" />
      <source>Åbn de&amp;mo-samtalen</source>
      <translation>Open the &amp;demo conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/storage/filelock.py" />
      <source>Åbn den skrivebeskyttet, og gem dine ændringer under et nyt navn, eller luk den først det andet sted.</source>
      <translation>Open it read-only, and save your changes under a new name, or first close it in the other place.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>Åbn eller træk PDF'er eller en mappe hertil. Hver fil kontrolleres som med »ishoj-mus verify«: er den uændret, hvem har signeret, og hvilket papir er det? Ingen fil bliver ændret.</source>
      <translation>Open or drag PDFs or a folder here. Each file is checked as with “ishoj-mus verify”: is it unchanged, who signed, and which paper is it? No file is changed.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>Åbn fi&amp;ler …</source>
      <translation>Open fi&amp;les …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/saved_notice.py" />
      <source>Åbn mappen</source>
      <translation>Open folder</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/saved_notice.py" />
      <source>Åbn mappen med den gemte fil</source>
      <translation>Open the folder with the saved file</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/file_flows.py" />
      <source>Åbn samtale</source>
      <translation>Open conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>Åbn samtalen</source>
      <translation>Open the conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/file_flows.py" />
      <source>Åbner den beskyttede samtale …</source>
      <translation>Opening the protected conversation …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/shell/file_flows.py" />
      <source>Åbner sikkerhedskopien …</source>
      <translation>Opening the backup …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/overview_view.py" />
      <source>År for år …</source>
      <translation>Year by year …</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_result.py" />
      <source>ÆNDRET</source>
      <translation>CHANGED</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/pdf/verify_words.py" />
      <source>ÆNDRET efter underskrivningen – må ikke journaliseres: %1</source>
      <translation>CHANGED after signing – must not be filed: %1</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/texts.py" />
      <source>Ændret efter underskrivningen: må ikke journaliseres.</source>
      <translation>Changed after signing: must not be filed.</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/conversation_view.py" />
      <source>Ændringen blev ikke gemt</source>
      <translation>The change was not made</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Ønsker ikke individuel samtale</source>
      <translation>Does not want an individual conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/grus/pages.py" />
      <source>Ønsker individuel samtale</source>
      <translation>Wants an individual conversation</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/year_view.py" />
      <source>åben</source>
      <translation>open</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/behaviours.py" />
      <source>– ikke markeret –</source>
      <translation>– not marked –</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/followups.py" />
      <source>– vælg status –</source>
      <translation>– choose status –</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/agreements.py" />
      <source>– vælg –</source>
      <translation>– choose –</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/signing.py" />
      <source>… e&amp;ller skriv dit navn (underskrift med tastaturet):</source>
      <translation>… or &amp;type your name (signing with the keyboard):</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/outputs/signing.py" />
      <source>… eller s&amp;kriv dit navn (underskrift med tastaturet):</source>
      <translation>… or type your na&amp;me (signing with the keyboard):</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/conversation/conversation_view.py" />
      <source>← Forrig&amp;e</source>
      <translation>← &amp;Previous</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/year/year_view.py" />
      <source>← Overblikket</source>
      <translation>← Overview</translation>
    </message>
    <message>
      <location filename="../../ishoj_mus/ui/hr/hr_view.py" />
      <source>← Tilbage</source>
      <translation>← Back</translation>
    </message>
    <message>
      <source>%1 (sat i %2) findes ikke. Ret stien, eller bed IT om profilen.</source>
      <translation type="vanished">%1 (set in %2) does not exist. Correct the path, or ask IT for the profile.</translation>
    </message>
    <message>
      <source>%1 er ikke en MUS-samtale. Vælg en .mus-fil, der er gemt med Ishøj MUS.</source>
      <translation type="vanished">%1 is not a MUS conversation. Choose a .mus file saved with Ishøj MUS.</translation>
    </message>
    <message>
      <source>%1 er ikke gemt: %4. Gør det kortere, og gem igen. Intet er gået tabt.</source>
      <translation type="vanished">%1 was not saved: %4. Make it shorter, and save again. Nothing is lost.</translation>
    </message>
    <message>
      <source>%1 er ikke gyldig TOML eller ikke gemt som UTF-8. Ret filen, og prøv igen.</source>
      <translation type="vanished">%1 is not valid TOML or not saved as UTF-8. Correct the file and try again.</translation>
    </message>
    <message>
      <source>%1 er åbnet af %2 på computeren %3 siden %4.</source>
      <translation type="vanished">%1 has been open by %2 on the computer %3 since %4.</translation>
    </message>
    <message>
      <source>%1 er åbnet af et andet sted.</source>
      <translation type="vanished">%1 is open somewhere else.</translation>
    </message>
    <message>
      <source>%1 forberedelse er hentet og skjult, til I viser den.</source>
      <translation type="vanished">%1 preparation has been brought in and stays hidden until you show it.</translation>
    </message>
    <message>
      <source>%1 forberedelse er hentet: %2 svar.</source>
      <translation type="vanished">%1 preparation has been brought in: %2 answers.</translation>
    </message>
    <message>
      <source>%1 har en stemme, der ikke kan markere</source>
      <translation type="vanished">%1 has a voice that cannot mark</translation>
    </message>
    <message>
      <source>%1 har et svar i en stemme, emnet ikke har</source>
      <translation type="vanished">%1 has an answer in a voice the topic does not have</translation>
    </message>
    <message>
      <source>%1 kan ikke bruges: %2. Bed IT om hjælp.</source>
      <translation type="vanished">%1 cannot be used: %2. Ask IT for help.</translation>
    </message>
    <message>
      <source>%1 skal have mindst én stemme, hver kun én gang</source>
      <translation type="vanished">%1 must have at least one voice, each only once</translation>
    </message>
    <message>
      <source>%1: %2 kan ikke bruges (%3). Se eksemplet organisation.example.toml, ret filen, og prøv igen.</source>
      <translation type="vanished">%1: %2 cannot be used (%3). See the example organisation.example.toml, correct the file and try again.</translation>
    </message>
    <message>
      <source>%1: [trust] anchors: %2 er ikke et certifikat i PEM- eller DER-format.</source>
      <translation type="vanished">%1: [trust] anchors: %2 is not a certificate in PEM or DER format.</translation>
    </message>
    <message>
      <source>%1: [trust] anchors: certifikatet %2 kan ikke læses (%3). Ret stien, eller bed IT om filen.</source>
      <translation type="vanished">%1: [trust] anchors: the certificate %2 cannot be read (%3). Correct the path, or ask IT for the file.</translation>
    </message>
    <message>
      <source>%1: nøglen %2 i [%3] kendes ikke. Kendte nøgler: %4.</source>
      <translation type="vanished">%1: the key %2 in [%3] is not known. Known keys: %4.</translation>
    </message>
    <message>
      <source>&amp;Beskyt med adgangskode …</source>
      <translation type="vanished">Pro&amp;tect with a passphrase …</translation>
    </message>
    <message>
      <source>&amp;Hent forberedelse …</source>
      <translation type="vanished">&amp;Bring in preparation …</translation>
    </message>
    <message>
      <source>&amp;Normal størrelse</source>
      <translation type="vanished">Normal si&amp;ze</translation>
    </message>
    <message>
      <source>, version %1</source>
      <translation type="vanished">, version %1</translation>
    </message>
    <message>
      <source>Adgangskoden passer ikke.</source>
      <translation type="vanished">The passphrase does not fit.</translation>
    </message>
    <message>
      <source>Aftalerne hentes ikke fra %1: Filen fylder %2 MB – for meget til at være et MUS-referat. Kontrollér, at det er den rigtige fil.</source>
      <translation type="vanished">The agreements are not imported from %1: the file takes up %2 MB – too much to be a MUS referat. Check that it is the right file.</translation>
    </message>
    <message>
      <source>Aftalerne hentes ikke fra %1: PDF'en er ændret, efter den blev underskrevet, eller underskriften kan ikke bekræftes. Brug sidste års samtalefil (.mus) eller en uændret kopi af referatet.</source>
      <translation type="vanished">The agreements are not imported from %1: the PDF has been changed after it was signed, or the signature cannot be confirmed. Use last year's conversation file (.mus) or an unchanged copy of the summary.</translation>
    </message>
    <message>
      <source>Alle påkrævede svar er udfyldt.</source>
      <translation type="vanished">All required answers are given.</translation>
    </message>
    <message>
      <source>Annullér</source>
      <translation type="vanished">Cancel</translation>
    </message>
    <message>
      <source>Arbejde der kan gendannes</source>
      <translation type="vanished">Work that can be recovered</translation>
    </message>
    <message>
      <source>Begge har underskrevet. Samtalen er nu låst. Gem HR-udgaven til personalesagen og medarbejderens eget eksemplar – begge knapper står på siden Underskrift.</source>
      <translation type="vanished">Both have signed. The conversation is now locked. Save the HR edition for the personnel file and the employee's own copy – both buttons are on the Signature page.</translation>
    </message>
    <message>
      <source>Begge har underskrevet. Samtalen er nu låst. Gem PDF'en til personalesagen.</source>
      <translation type="vanished">Both have signed. The conversation is now locked. Save the PDF for the personnel file.</translation>
    </message>
    <message>
      <source>Behold begge</source>
      <translation type="vanished">Keep both</translation>
    </message>
    <message>
      <source>Behold det skrevne</source>
      <translation type="vanished">Keep what is written</translation>
    </message>
    <message>
      <source>Brug forberedelsen</source>
      <translation type="vanished">Use the preparation</translation>
    </message>
    <message>
      <source>Brug formularens forslag</source>
      <translation type="vanished">Use the form's suggestion</translation>
    </message>
    <message>
      <source>Dagsorden …</source>
      <translation type="vanished">Agenda …</translation>
    </message>
    <message>
      <source>Der er ikke et felt til den stemme her.</source>
      <translation type="vanished">There is no box for that voice here.</translation>
    </message>
    <message>
      <source>Der mangler stadig %1 påkrævede svar. Se Opsummering, før I underskriver.</source>
      <translation type="vanished">%1 required answers are still missing. See Summary before you sign.</translation>
    </message>
    <message>
      <source>Der mangler stadig %1 svar. Se Opsummering for, hvad der mangler.</source>
      <translation type="vanished">%1 answers are still missing. See Summary for what is missing.</translation>
    </message>
    <message>
      <source>Der skete en uventet fejl i programmet. Dit arbejde er ikke tabt: en automatisk kopi er gemt, og den bliver tilbudt, næste gang du starter programmet. Gem gerne samtalen nu. Ser noget forkert ud, så luk programmet og start det igen.</source>
      <translation type="vanished">Something unexpected went wrong in the program. Your work is not lost: an automatic copy has been kept and will be offered the next time you start the program. Please save the conversation now. If anything looks wrong, close the program and start it again.</translation>
    </message>
    <message>
      <source>Det er ikke en almindelig fil.</source>
      <translation type="vanished">It is not an ordinary file.</translation>
    </message>
    <message>
      <source>Det mangler stadig (%1):</source>
      <translation type="vanished">Still missing (%1):</translation>
    </message>
    <message>
      <source>Eksportér &amp;kalender …</source>
      <translation type="vanished">E&amp;xport calendar …</translation>
    </message>
    <message>
      <source>En ny, kort samtale efter formularen til halvårsopfølgning: deltagerne og aftalerne følger med</source>
      <translation type="vanished">A new, short conversation on the half-year follow-up form: the participants and agreements are carried in</translation>
    </message>
    <message>
      <source>Erstat</source>
      <translation type="vanished">Replace</translation>
    </message>
    <message>
      <source>Erstat, og behold en kopi</source>
      <translation type="vanished">Replace, and keep a copy</translation>
    </message>
    <message>
      <source>Feltet er låst og kan ikke rettes her. Teksten kan markeres og kopieres.</source>
      <translation type="vanished">This field is locked and cannot be changed here. You can select and copy the text.</translation>
    </message>
    <message>
      <source>Filen er beskadiget.</source>
      <translation type="vanished">The file is damaged.</translation>
    </message>
    <message>
      <source>Filen er beskadiget. Prøv en sikkerhedskopi eller en anden kopi.</source>
      <translation type="vanished">The file is damaged. Try a backup or another copy.</translation>
    </message>
    <message>
      <source>Filen er beskyttet med en adgangskode. Åbn den for at se den.</source>
      <translation type="vanished">The file is protected with a passphrase. Open it to see it.</translation>
    </message>
    <message>
      <source>Filen er for stor til at være en samtale.</source>
      <translation type="vanished">The file is too large to be a conversation.</translation>
    </message>
    <message>
      <source>Filen er for stor til at være en samtale. Tjek, at det er den rigtige fil.</source>
      <translation type="vanished">The file is too large to be a conversation. Check that it is the right file.</translation>
    </message>
    <message>
      <source>Filen er gemt med en nyere version af Ishøj MUS.</source>
      <translation type="vanished">The file was saved with a newer version of Ishøj MUS.</translation>
    </message>
    <message>
      <source>Filen er gemt med en nyere version af Ishøj MUS. Opdatér programmet for at læse den.</source>
      <translation type="vanished">The file was saved with a newer version of Ishøj MUS. Update the program to read it.</translation>
    </message>
    <message>
      <source>Filen er ikke en samtale fra Ishøj MUS.</source>
      <translation type="vanished">The file is not a conversation from Ishøj MUS.</translation>
    </message>
    <message>
      <source>Filen er tom.</source>
      <translation type="vanished">The file is empty.</translation>
    </message>
    <message>
      <source>Filen er tom. Prøv en sikkerhedskopi eller en anden kopi.</source>
      <translation type="vanished">The file is empty. Try a backup or another copy.</translation>
    </message>
    <message>
      <source>Filen er ufuldstændig.</source>
      <translation type="vanished">The file is incomplete.</translation>
    </message>
    <message>
      <source>Filen er ufuldstændig. Prøv en sikkerhedskopi eller en anden kopi.</source>
      <translation type="vanished">The file is incomplete. Try a backup or another copy.</translation>
    </message>
    <message>
      <source>Filen kan ikke læses. Tjek, at den ikke er låst af et andet program.</source>
      <translation type="vanished">The file cannot be read. Check that it is not locked by another program.</translation>
    </message>
    <message>
      <source>Filen kan ikke læses: %1.</source>
      <translation type="vanished">The file cannot be read: %1.</translation>
    </message>
    <message>
      <source>Filen kan ikke læses; den kan være beskadiget.</source>
      <translation type="vanished">The file cannot be read; it may be damaged.</translation>
    </message>
    <message>
      <source>Filen kan ikke læses; den kan være beskadiget. Prøv en anden kopi.</source>
      <translation type="vanished">The file cannot be read; it may be damaged. Try another copy.</translation>
    </message>
    <message>
      <source>Filer, der ikke kunne læses (%1)</source>
      <translation type="vanished">Files that could not be read (%1)</translation>
    </message>
    <message>
      <source>Fjern %1 fra Siden sidst</source>
      <translation type="vanished">Remove %1 from Since last time</translation>
    </message>
    <message>
      <source>Forbered dig …</source>
      <translation type="vanished">Prepare …</translation>
    </message>
    <message>
      <source>Forberedelser (*.json *.grus)</source>
      <translation type="vanished">Preparations (*.json *.grus)</translation>
    </message>
    <message>
      <source>Formularen til halvårsopfølgningen (opfoelgning) findes ikke. Kontakt jeres IT-afdeling.</source>
      <translation type="vanished">The form for the half-year follow-up (opfoelgning) is missing. Please contact your IT department.</translation>
    </message>
    <message>
      <source>Fortsæt</source>
      <translation type="vanished">Resume</translation>
    </message>
    <message>
      <source>Fortsæt med den</source>
      <translation type="vanished">Continue with it</translation>
    </message>
    <message>
      <source>Fx Arbejdstider, Kollegasparring, Et nyt projekt</source>
      <translation type="vanished">E.g. Working hours, Peer sparring, A new project</translation>
    </message>
    <message>
      <source>Gem</source>
      <translation type="vanished">Save</translation>
    </message>
    <message>
      <source>Gem &amp;PDF …</source>
      <translation type="vanished">Save P&amp;DF …</translation>
    </message>
    <message>
      <source>Gem &amp;udviklingsplan …</source>
      <translation type="vanished">Save development p&amp;lan …</translation>
    </message>
    <message>
      <source>Gem HR-udgaven …</source>
      <translation type="vanished">Save the HR edition …</translation>
    </message>
    <message>
      <source>Gem PDF</source>
      <translation type="vanished">Save PDF</translation>
    </message>
    <message>
      <source>Gem PDF …</source>
      <translation type="vanished">Save PDF …</translation>
    </message>
    <message>
      <source>Gem ikke</source>
      <translation type="vanished">Don't save</translation>
    </message>
    <message>
      <source>Gem medarbejderens eksemplar …</source>
      <translation type="vanished">Save the employee's copy …</translation>
    </message>
    <message>
      <source>Gem referat som PDF</source>
      <translation type="vanished">Save summary as PDF</translation>
    </message>
    <message>
      <source>Gem udviklingsplan …</source>
      <translation type="vanished">Save development plan …</translation>
    </message>
    <message>
      <source>Gendan</source>
      <translation type="vanished">Recover</translation>
    </message>
    <message>
      <source>Gendan kopien</source>
      <translation type="vanished">Restore the copy</translation>
    </message>
    <message>
      <source>Genåbn …</source>
      <translation type="vanished">Reopen …</translation>
    </message>
    <message>
      <source>Glemmer I adgangskoden, kan samtalen ikke åbnes igen. Hverken IT eller andre kan hjælpe – der findes ingen bagdør. Skriv den et sikkert sted.</source>
      <translation type="vanished">If you forget the passphrase, the conversation cannot be opened again. Neither IT nor anyone else can help – there is no back door. Keep it somewhere safe.</translation>
    </message>
    <message>
      <source>HR får kun udviklingsplanen: at samtalen har fundet sted og hvornår, aftalerne, medarbejderens bemærkning og underskrifterne. Jeres svar og noterne »Kun mellem os« bliver mellem jer.</source>
      <translation type="vanished">HR receives only the development plan: that the conversation took place and when, the agreements, the employee's remark and the signatures. Your answers and the “Just between us” notes stay between you.</translation>
    </message>
    <message>
      <source>Har en af jer noget på hjerte, som spørgsmålene ikke dækker, så tilføj et eget emne – under det trin, det hører til, eller som et trin for sig, der står i listen før aftalerne. Under Lederskab og følgeskab kan I hver især pege på punkter fra rammen, som I lykkes med, eller som I vil styrke.</source>
      <translation type="vanished">If one of you has something on your mind that the questions do not cover, add an own topic – under the step it belongs to, or as a step of its own, which stands in the list before the agreements. Under Leadership and followership each of you can point at points from the framework that you succeed at or want to strengthen.</translation>
    </message>
    <message>
      <source>Har en af jer noget på hjerte, som spørgsmålene ikke dækker, så tilføj et eget emne. Under Lederskab og følgeskab kan I hver især pege på punkter fra rammen, som I lykkes med, eller som I vil styrke.</source>
      <translation type="vanished">If one of you has something on your mind that the questions do not cover, add an own topic. Under Leadership and followership each of you can point at points from the framework that you succeed at or want to strengthen.</translation>
    </message>
    <message>
      <source>Hent alligevel</source>
      <translation type="vanished">Bring it in anyway</translation>
    </message>
    <message>
      <source>Hent forberedelse …</source>
      <translation type="vanished">Bring in preparation …</translation>
    </message>
    <message>
      <source>Hent sidste års aftaler</source>
      <translation type="vanished">Import last year's agreements</translation>
    </message>
    <message>
      <source>Hver tekstboks viser, hvis ord den rummer: medarbejderens, lederens eller jeres fælles.</source>
      <translation type="vanished">Each text box shows whose words it holds: the employee's, the leader's or your joint ones.</translation>
    </message>
    <message>
      <source>Hvis samtalen genåbnes, annulleres begge underskrifter. Det bliver noteret i samtalens historik og i referatet. Vil du genåbne?</source>
      <translation type="vanished">Reopening the conversation voids both signatures. This is recorded in the conversation's history and in the summary. Reopen?</translation>
    </message>
    <message>
      <source>Ingen aftaler hentet endnu. Er det første MUS, kan trinnet springes over.</source>
      <translation type="vanished">No agreements imported yet. If this is the first MUS, skip this step.</translation>
    </message>
    <message>
      <source>Ingen aftaler hentet endnu. Er det jeres første MUS, kan I springe trinnet over.</source>
      <translation type="vanished">No agreements imported yet. If this is your first MUS, you can skip this step.</translation>
    </message>
    <message>
      <source>Ingen samtale i 12 mdr.</source>
      <translation type="vanished">No conversation in 12 months</translation>
    </message>
    <message>
      <source>Kassér den, og start en ny</source>
      <translation type="vanished">Discard it, and start a new one</translation>
    </message>
    <message>
      <source>Kassér kopien, og åbn filen</source>
      <translation type="vanished">Discard the copy and open the file</translation>
    </message>
    <message>
      <source>Kassér …</source>
      <translation type="vanished">Discard …</translation>
    </message>
    <message>
      <source>Kontrollér referater …</source>
      <translation type="vanished">Check minutes …</translation>
    </message>
    <message>
      <source>MUS med %1 · Trin %2 af %3: %4</source>
      <translation type="vanished">MUS with %1 · Step %2 of %3: %4</translation>
    </message>
    <message>
      <source>Medarbejder, fremover</source>
      <translation type="vanished">Employee, coming year</translation>
    </message>
    <message>
      <source>Medarbejder: %1</source>
      <translation type="vanished">Employee: %1</translation>
    </message>
    <message>
      <source>Ny samtale …</source>
      <translation type="vanished">New conversation …</translation>
    </message>
    <message>
      <source>Når I begge har underskrevet, gemmer I referatet som en underskrevet PDF. Den lægges i medarbejderens personalesag. Referatet indeholder det, I har skrevet i samtalen, jeres aftaler og underskrifterne. Alt bliver på denne computer, indtil I selv gemmer og sender PDF'en.</source>
      <translation type="vanished">When you have both signed, you save the summary as a signed PDF. It is filed in the employee's personnel file. The summary contains what you wrote in the conversation, your agreements and the signatures. Everything stays on this computer until you save and send the PDF yourselves.</translation>
    </message>
    <message>
      <source>Når samtalen genåbnes, annulleres begge underskrifter. Det bliver noteret i samtalens historik og i referatet, sammen med jeres begrundelse. Medarbejderens bemærkning bliver stående, så den kan rettes.</source>
      <translation type="vanished">Reopening the conversation voids both signatures. This is recorded in the conversation's history and in the summary, together with your reason. The employee's remark stays, so it can be edited.</translation>
    </message>
    <message>
      <source>Næste →</source>
      <translation type="vanished">Next →</translation>
    </message>
    <message>
      <source>Overblik over samtaler …</source>
      <translation type="vanished">Overview of conversations …</translation>
    </message>
    <message>
      <source>PDF gemt i %1</source>
      <translation type="vanished">PDF saved in %1</translation>
    </message>
    <message>
      <source>PDF'en kunne ikke signeres (%1).</source>
      <translation type="vanished">The PDF could not be signed (%1).</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation type="vanished">Pause</translation>
    </message>
    <message>
      <source>Programmet er startet på %1 denne gang; det gemte valg er %2. OK gemmer sproget, der står her.</source>
      <translation type="vanished">The program was started in %1 this time; the saved choice is %2. OK saves the language shown here.</translation>
    </message>
    <message>
      <source>Prøv sikkerhedskopien (.mus.bak) eller en anden kopi.</source>
      <translation type="vanished">Try the backup copy (.mus.bak) or another copy.</translation>
    </message>
    <message>
      <source>Prøv sikkerhedskopien (»%1.bak«) eller en anden kopi.</source>
      <translation type="vanished">Try the backup copy (“%1.bak”) or another copy.</translation>
    </message>
    <message>
      <source>Referat – forhåndsvisning</source>
      <translation type="vanished">Summary – preview</translation>
    </message>
    <message>
      <source>Samtale: %1</source>
      <translation type="vanished">Conversation: %1</translation>
    </message>
    <message>
      <source>Samtalen er underskrevet. Genåbn den for at ændre noget.</source>
      <translation type="vanished">The conversation is signed. Reopen it to change anything.</translation>
    </message>
    <message>
      <source>Samtalen findes kun som underskrevet PDF i mappen. Vil du åbne PDF'en? I kan også starte halvårsopfølgningen ud fra den.</source>
      <translation type="vanished">The conversation exists only as a signed PDF in the folder. Do you want to open the PDF? You can also start the half-year follow-up from it.</translation>
    </message>
    <message>
      <source>Samtalens leder: %1</source>
      <translation type="vanished">The conversation's leader: %1</translation>
    </message>
    <message>
      <source>Signér alligevel</source>
      <translation type="vanished">Sign anyway</translation>
    </message>
    <message>
      <source>Skjul</source>
      <translation type="vanished">Hide</translation>
    </message>
    <message>
      <source>Skriv datoen som dag.måned.år, fx 24.11.2026.</source>
      <translation type="vanished">Write the date as day.month.year, e.g. 24.11.2026.</translation>
    </message>
    <message>
      <source>Skriv datoen som dag.måned.år, fx 31.03.2027.</source>
      <translation type="vanished">Write the date as day.month.year, e.g. 31.03.2027.</translation>
    </message>
    <message>
      <source>Skriv datoen som dag.måned.år, fx 31.05.2027.</source>
      <translation type="vanished">Write the date as day.month.year, e.g. 31.05.2027.</translation>
    </message>
    <message>
      <source>Som et selvstændigt emne (før aftalerne)</source>
      <translation type="vanished">As a topic of its own (before the agreements)</translation>
    </message>
    <message>
      <source>Sprog (kræver genstart)</source>
      <translation type="vanished">Language (needs a restart)</translation>
    </message>
    <message>
      <source>Start &amp;halvårsopfølgning …</source>
      <translation type="vanished">Start half-&amp;year follow-up …</translation>
    </message>
    <message>
      <source>Status for «%1»</source>
      <translation type="vanished">Status for “%1”</translation>
    </message>
    <message>
      <source>Stemme: %1</source>
      <translation type="vanished">Voice: %1</translation>
    </message>
    <message>
      <source>Stemmerne</source>
      <translation type="vanished">The voices</translation>
    </message>
    <message>
      <source>Sådan foregår det: I sidder sammen ved skærmen og går trinene igennem – fra kerneopgaven over de fire perspektiver til aftalerne. Hver tekst viser, hvis ord den er: medarbejderens, lederens eller jeres fælles. Til sidst underskriver I begge, og referatet gemmes som en underskrevet PDF til personalesagen.</source>
      <translation type="vanished">How it works: you sit together at the screen and go through the steps – from the core task through the four perspectives to the agreements. Every text shows whose words it is: the employee's, the leader's or your joint words. At the end you both sign, and the summary is saved as a signed PDF for the personnel file.</translation>
    </message>
    <message>
      <source>Tegn underskriften i feltet eller skriv dit navn, før du bekræfter.</source>
      <translation type="vanished">Draw your signature in the box or type your name before you confirm.</translation>
    </message>
    <message>
      <source>Til højre står Grundlag for lederskab og følgeskab, når et trin bygger på den. F9 skjuler den.</source>
      <translation type="vanished">On the right is the framework for leadership and followership, when a step builds on it. F9 hides it.</translation>
    </message>
    <message>
      <source>Tilstand</source>
      <translation type="vanished">State</translation>
    </message>
    <message>
      <source>Udskriv &amp;forberedelsesark …</source>
      <translation type="vanished">Print p&amp;reparation sheet …</translation>
    </message>
    <message>
      <source>Underskrevet af: %1 – %2</source>
      <translation type="vanished">Signed by: %1 – %2</translation>
    </message>
    <message>
      <source>Ved hver tekst kan I se, hvem der har skrevet den: medarbejderen, lederen eller I sammen (fælles). Mærkat, farve og kant viser det. Skriv i jeres egen boks, og skriv det, I er enige om, i den fælles.</source>
      <translation type="vanished">Each text shows who wrote it: the employee, the leader or both of you together (joint). The label, colour and border show it. Write in your own box, and write what you agree on in the joint one.</translation>
    </message>
    <message>
      <source>Vil du forberede dig alene før samtalen?</source>
      <translation type="vanished">Do you want to prepare on your own before the conversation?</translation>
    </message>
    <message>
      <source>Vis PDF</source>
      <translation type="vanished">Show PDF</translation>
    </message>
    <message>
      <source>Vælg samtaleform, og skriv hvem der deltager. Alt kan rettes senere.</source>
      <translation type="vanished">Choose the kind of conversation and who takes part. Everything can be changed later.</translation>
    </message>
    <message>
      <source>Vælg sidste års samtalefil (.mus) eller det underskrevne referat (PDF).</source>
      <translation type="vanished">Choose last year's conversation file (.mus) or the signed summary (PDF).</translation>
    </message>
    <message>
      <source>Vælg »Forbered dig« på startskærmen, og svar på spørgsmålene alene. Gem forberedelsen som en fil. I samtalen henter I begges forberedelse ind med »Hent forberedelse«. Svarene bliver skjult, til I vælger »Vis begges forberedelse« – så ingen svar bliver farvet af den andens. Det, I allerede har skrevet i samtalen, bliver aldrig overskrevet, uden at I bliver spurgt.</source>
      <translation type="vanished">Choose “Prepare” on the start screen and answer the questions on your own. Save the preparation as a file. In the conversation you bring in both preparations with “Bring in preparation”. The answers stay hidden until you choose “Show both preparations” – so neither answer is shaped by the other. What you have already written in the conversation is never overwritten without asking you.</translation>
    </message>
    <message>
      <source>den beskyttede fil er beskadiget</source>
      <translation type="vanished">the protected file is damaged</translation>
    </message>
    <message>
      <source>den beskyttede fil er beskadiget, men adgangskoden er rigtig</source>
      <translation type="vanished">the protected file is damaged, but the passphrase is right</translation>
    </message>
    <message>
      <source>den er større, end en fil af den slags nogensinde bliver</source>
      <translation type="vanished">it is larger than a file of that kind ever is</translation>
    </message>
    <message>
      <source>den findes ikke</source>
      <translation type="vanished">it does not exist</translation>
    </message>
    <message>
      <source>den kan ikke læses lige nu</source>
      <translation type="vanished">it cannot be read right now</translation>
    </message>
    <message>
      <source>det er en mappe, ikke en fil</source>
      <translation type="vanished">it is a folder, not a file</translation>
    </message>
    <message>
      <source>det er ikke en almindelig fil</source>
      <translation type="vanished">it is not an ordinary file</translation>
    </message>
    <message>
      <source>du har ikke adgang til at læse den</source>
      <translation type="vanished">you do not have access to read it</translation>
    </message>
    <message>
      <source>en forberedelse tilhører medarbejder eller leder</source>
      <translation type="vanished">a preparation belongs to the employee or the leader</translation>
    </message>
    <message>
      <source>en liste af filnavne</source>
      <translation type="vanished">a list of file names</translation>
    </message>
    <message>
      <source>hvad</source>
      <translation type="vanished">what</translation>
    </message>
    <message>
      <source>hvem der er ansvarlig</source>
      <translation type="vanished">who is responsible</translation>
    </message>
    <message>
      <source>privat note %1 har en stemme, der ikke kan skrive noter</source>
      <translation type="vanished">private note %1 has a voice that cannot write notes</translation>
    </message>
    <message>
      <source>underskriften fra fællesen</source>
      <translation type="vanished">a joint signature</translation>
    </message>
    <message>
      <source>videreført fra MUS</source>
      <translation type="vanished">carried on from the MUS</translation>
    </message>
    <message>
      <source>videreført fra sidste år</source>
      <translation type="vanished">carried forward from last year</translation>
    </message>
    <message>
      <source>Åbn alligevel</source>
      <translation type="vanished">Open anyway</translation>
    </message>
    <message>
      <source>Åbn demo-samtalen</source>
      <translation type="vanished">Open the demo conversation</translation>
    </message>
    <message>
      <source>Åbn den skrivebeskyttet og gem dine ændringer under et nyt navn, eller luk den først det andet sted.</source>
      <translation type="vanished">Open it read-only and save your changes under a new name, or close it in the other place first.</translation>
    </message>
    <message>
      <source>Åbn samtale …</source>
      <translation type="vanished">Open conversation …</translation>
    </message>
    <message>
      <source>Åbn sikkerhedskopien</source>
      <translation type="vanished">Open the backup</translation>
    </message>
    <message>
      <source>Åbn skrivebeskyttet</source>
      <translation type="vanished">Open read-only</translation>
    </message>
    <message>
      <source>Ændringen kunne ikke laves.</source>
      <translation type="vanished">The change could not be made.</translation>
    </message>
    <message>
      <source>… eller skriv dit navn (underskrift med tastaturet):</source>
      <translation type="vanished">… or type your name (signing with the keyboard):</translation>
    </message>
    <message>
      <source>← Forrige</source>
      <translation type="vanished">← Previous</translation>
    </message>
  </context>
</TS>
