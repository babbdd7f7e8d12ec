"""The words of ``ishoj-mus verify``, keyed by code: why a file got its verdict, why a signer or a
timestamp is not confirmed, why the HR desk does not file a file (issue 25, one catalogue).

Danish is the source (marked ``da("…")``, collected into the translation file like ``tr()``);
the CLI and ``verify --json`` print the Danish as it stands, the HR window words the same code
through its ``tr`` and gets the English from Qt's translations. Names, numbers and other
catalogue phrases go in as %1, %2 … after translating.

A verdict travels as its Danish sentence (from the bounded child process, through the HR
desk's worker, in ``verify --json``); ``read(sentence)`` gives back its code and parameters.
Nothing heavy is imported here: the HR window imports it at start-up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from ishoj_mus.text import Translate, da, danish


class Reason(StrEnum):
    # -- unreadable (ULÆSELIG) ---------------------------------------------------------------
    NOT_PDF = "not_pdf"
    DAMAGED = "damaged"
    TOO_DEEP = "too_deep"
    TOO_MUCH_MEMORY = "too_much_memory"
    TOO_LARGE = "too_large"
    TOO_SLOW = "too_slow"
    TOO_HEAVY = "too_heavy"
    NOT_STARTED = "not_started"
    CANNOT_READ = "cannot_read"
    CANNOT_READ_NOW = "cannot_read_now"
    # -- changed (ÆNDRET) --------------------------------------------------------------------
    APPENDED_AT_END = "appended_at_end"
    APPENDED_AFTER_SIGNATURE = "appended_after_signature"
    A_SIGNATURE_BROKEN = "a_signature_broken"
    SIGNATURE_DAMAGED = "signature_damaged"
    SIGNATURE_UNKNOWN_KIND = "signature_unknown_kind"
    SIGNATURE_BROKEN = "signature_broken"
    TIMESTAMP_BROKEN = "timestamp_broken"
    SIGNATURE_DATA_AFTER = "signature_data_after"
    TIMESTAMP_DATA_AFTER = "timestamp_data_after"
    SIGNATURE_FIELD_REWRITTEN = "signature_field_rewritten"
    TIMESTAMP_FIELD_REWRITTEN = "timestamp_field_rewritten"
    SIGNATURE_CHANGED = "signature_changed"
    SIGNATURE_DOES_NOT_FIT = "signature_does_not_fit"
    SIGNATURE_PARTIAL = "signature_partial"
    SIGNATURE_CERTIFICATE_SWAPPED = "signature_certificate_swapped"
    SIGNATURE_TOKEN_DOES_NOT_FIT = "signature_token_does_not_fit"
    TIMESTAMP_DAMAGED = "timestamp_damaged"
    TIMESTAMP_DOES_NOT_FIT = "timestamp_does_not_fit"
    TIMESTAMP_PARTIAL = "timestamp_partial"
    ONLY_TIMESTAMPS = "only_timestamps"
    CONTENT_ADDED = "content_added"
    CHANGED_WITH_SIGNATURE = "changed_with_signature"
    CHANGED_WITH_TIMESTAMP = "changed_with_timestamp"
    VISIBLE_SIGNATURE = "visible_signature"
    FILING_DATA_CHANGED = "filing_data_changed"
    PROPERTIES_CHANGED = "properties_changed"
    SIGNATURE_REMOVED = "signature_removed"
    SIGNED_WITHOUT_SIGNATURE = "signed_without_signature"
    # what is wrong inside a signature's CMS (after "Signatur %1 er ændret: ")
    CMS_SEVERAL_SIGNERS = "cms_several_signers"
    CMS_SIGNER_ID = "cms_signer_id"
    CMS_VERSION = "cms_version"
    CMS_DIGESTS = "cms_digests"
    CMS_CONTENT = "cms_content"
    CMS_UNSIGNED = "cms_unsigned"
    CMS_CERTIFICATE_CHANGED = "cms_certificate_changed"
    CMS_CERTIFICATE_FOREIGN = "cms_certificate_foreign"
    # -- intact --------------------------------------------------------------------------------
    CONFIRMED = "confirmed"
    SIGNER_NOT_CONFIRMED = "signer_not_confirmed"
    SIGNER_NOT_LEADER = "signer_not_leader"
    TIMESTAMP_NOT_CONFIRMED = "timestamp_not_confirmed"
    # parts of those sentences
    WHOSE_SIGNER = "whose_signer"
    WHOSE_COSIGNER = "whose_cosigner"
    WITH_OWN_CERTIFICATE = "with_own_certificate"
    WITH_CERTIFICATE_FROM = "with_certificate_from"
    WITH_CERTIFICATE_FROM_BECAUSE = "with_certificate_from_because"
    ADVICE_TIMESTAMP = "advice_timestamp"
    ADVICE_COMPARE = "advice_compare"
    # -- not a signed referat (IKKE UNDERSKREVET) ------------------------------------------------
    SIGNED_DRAFT = "signed_draft"
    SIGNED_PLAN = "signed_plan"
    SIGNED_SHEET = "signed_sheet"
    DATA_UNREADABLE = "data_unreadable"
    NO_DATA = "no_data"
    UNSIGNED_DRAFT = "unsigned_draft"
    UNSIGNED_PLAN = "unsigned_plan"
    UNSIGNED_SHEET = "unsigned_sheet"
    UNSIGNED = "unsigned"
    # -- why a signer or a timestamp is not confirmed (SignerInfo/TimestampInfo.reason) ----------
    NOT_FOR_DOCUMENTS = "not_for_documents"
    SIGNED_AFTER_TIMESTAMP = "signed_after_timestamp"
    SIGNED_IN_FUTURE = "signed_in_future"
    EXPIRED_NO_TIMESTAMP = "expired_no_timestamp"
    SELF_MADE = "self_made"
    CHAIN_CONSTRAINTS = "chain_constraints"
    REVOKED = "revoked"
    CA_REVOKED = "ca_revoked"
    NOT_YET_VALID = "not_yet_valid"
    EXPIRED = "expired"
    OUT_OF_BOUNDS = "out_of_bounds"
    KEY_USAGE = "key_usage"
    NO_TRUSTED_PATH = "no_trusted_path"
    IMPOSTOR_CA = "impostor_ca"
    CHAIN_RULES = "chain_rules"
    NOT_LEADER_CERTIFICATE = "not_leader_certificate"
    NO_LEADER_NAME = "no_leader_name"
    OTHER_NAME = "other_name"
    TSA_NO_TRUSTED_PATH = "tsa_no_trusted_path"
    TSA_NOT_VALID = "tsa_not_valid"
    # -- which paper a file is (FileVerification.edition_text) -----------------------------------
    PAPER_HR_REFERAT = "paper_hr_referat"
    PAPER_HR_PLAN = "paper_hr_plan"
    PAPER_EMPLOYEE_COPY = "paper_employee_copy"
    PAPER_DRAFT = "paper_draft"
    PAPER_PLAN = "paper_plan"
    PAPER_PREPARATION = "paper_preparation"
    PAPER_UNKNOWN = "paper_unknown"
    PAPER_GRUS_REFERAT = "paper_grus_referat"
    PAPER_GRUS_HR = "paper_grus_hr"
    PAPER_GRUS_COPY = "paper_grus_copy"
    # -- the HR desk's filing (FilingPlan.reason) -------------------------------------------------
    FILE_UNREADABLE = "file_unreadable"
    FILE_CHANGED = "file_changed"
    FILE_EMPLOYEE_COPY = "file_employee_copy"
    FILE_GROUP_REFERAT = "file_group_referat"
    FILE_NOT_A_REFERAT = "file_not_a_referat"
    FILE_DUPLICATE = "file_duplicate"
    FILE_REPLACED = "file_replaced"
    FILE_UNCONFIRMED = "file_unconfirmed"
    FILE_OTHER = "file_other"
    FILE_NAME_TAKEN = "file_name_taken"
    FILE_NAME_TAKEN_COPY = "file_name_taken_copy"
    FILE_REREAD = "file_reread"
    FILE_CHANGED_SINCE = "file_changed_since"
    FILE_NOT_WRITTEN = "file_not_written"
    TOO_MANY_FILES = "too_many_files"
    FOLDER_NOT_MADE = "folder_not_made"
    FOLDER_NOT_A_FOLDER = "folder_not_a_folder"
    MANIFEST_NOT_WRITTEN = "manifest_not_written"
    # -- the trust settings (TrustSettingsError) ---------------------------------------------------
    TRUST_NOT_A_CERTIFICATE = "trust_not_a_certificate"
    TRUST_FILE_REFUSED = "trust_file_refused"


WORDS: dict[Reason, str] = {
    Reason.NOT_PDF: da("Filen er ikke en PDF."),
    Reason.DAMAGED: da("PDF-filen er beskadiget og kan ikke læses."),
    Reason.TOO_DEEP: da("PDF-filen er bygget så dybt indlejret, at den ikke kan læses."),
    Reason.TOO_MUCH_MEMORY: da("PDF-filen kræver for meget hukommelse til at blive læst."),
    Reason.TOO_LARGE: da(
        "Filen fylder %1 MB – for meget til at være et MUS-referat. Kontrollér, at det er den rigtige fil."
    ),
    Reason.TOO_SLOW: da("PDF-filen kunne ikke kontrolleres i tide; den er for tung at læse."),
    Reason.TOO_HEAVY: da("PDF-filen kræver for meget at læse og kan ikke kontrolleres."),
    Reason.NOT_STARTED: da("Kontrollen kunne ikke startes. Prøv igen."),
    Reason.CANNOT_READ: da("Filen kan ikke læses (%1)."),
    Reason.CANNOT_READ_NOW: da("Filen kan ikke læses lige nu. Prøv igen."),
    Reason.APPENDED_AT_END: da(
        "Der er tilføjet data sidst i filen: dokumentet er ikke det, der blev underskrevet."
    ),
    Reason.APPENDED_AFTER_SIGNATURE: da(
        "Der er tilføjet data efter signatur %1: dokumentet er ikke det, der blev underskrevet."
    ),
    Reason.A_SIGNATURE_BROKEN: da(
        "En signatur i PDF'en er beskadiget eller ændret, så den ikke kan kontrolleres."
    ),
    Reason.SIGNATURE_DAMAGED: da("Signatur %1 er beskadiget og kan ikke kontrolleres."),
    Reason.SIGNATURE_UNKNOWN_KIND: da("Signatur %1 er af en slags, programmet ikke kender."),
    Reason.SIGNATURE_BROKEN: da("Signatur %1 er beskadiget."),
    Reason.TIMESTAMP_BROKEN: da("Tidsstempel %1 er beskadiget."),
    Reason.SIGNATURE_DATA_AFTER: da("Signatur %1 er ændret: der er skrevet data efter selve signaturen."),
    Reason.TIMESTAMP_DATA_AFTER: da("Tidsstempel %1 er ændret: der er skrevet data efter selve signaturen."),
    Reason.SIGNATURE_FIELD_REWRITTEN: da(
        "Signatur %1 er ændret: signaturfeltet er skrevet om efter underskrivningen."
    ),
    Reason.TIMESTAMP_FIELD_REWRITTEN: da(
        "Tidsstempel %1 er ændret: signaturfeltet er skrevet om efter underskrivningen."
    ),
    Reason.SIGNATURE_CHANGED: da("Signatur %1 er ændret: %2."),
    Reason.SIGNATURE_DOES_NOT_FIT: da(
        "Signatur %1 passer ikke: dokumentet er ændret efter underskrivningen."
    ),
    Reason.SIGNATURE_PARTIAL: da("Signatur %1 dækker ikke hele dokumentet."),
    Reason.SIGNATURE_CERTIFICATE_SWAPPED: da(
        "Signatur %1 er ændret: et indlejret certifikat er ikke det, der blev udstedt."
    ),
    Reason.SIGNATURE_TOKEN_DOES_NOT_FIT: da("Tidsstemplet i signatur %1 passer ikke til signaturen."),
    Reason.TIMESTAMP_DAMAGED: da("Tidsstempel %1 er beskadiget og kan ikke kontrolleres."),
    Reason.TIMESTAMP_DOES_NOT_FIT: da(
        "Tidsstempel %1 passer ikke: dokumentet er ændret efter tidsstemplingen."
    ),
    Reason.TIMESTAMP_PARTIAL: da("Tidsstempel %1 dækker ikke hele dokumentet."),
    Reason.ONLY_TIMESTAMPS: da(
        "PDF'en har kun tidsstempler og ingen underskrift, så den er ikke et underskrevet referat."
    ),
    Reason.CONTENT_ADDED: da(
        "Dokumentet er ændret efter underskrivningen: der er tilføjet indhold uden signatur."
    ),
    Reason.CHANGED_WITH_SIGNATURE: da(
        "Dokumentet er ændret sammen med signatur %1: mere end en underskrift er tilføjet."
    ),
    Reason.CHANGED_WITH_TIMESTAMP: da(
        "Dokumentet er ændret sammen med tidsstempel %1: mere end en underskrift er tilføjet."
    ),
    Reason.VISIBLE_SIGNATURE: da(
        "Signatur %1 er sat synligt på en side: det, siden viser, er ændret efter underskrivningen."
    ),
    Reason.FILING_DATA_CHANGED: da(
        "Referatets journaliseringsdata (dokumenttype, KLE, medarbejder, version …) er ændret efter "
        "underskrivningen."
    ),
    Reason.PROPERTIES_CHANGED: da(
        "Dokumentets egenskaber (titel, forfatter, emne, nøgleord – det, et arkiv og en PDF-læser viser; "
        "i PDF'ens Info eller XMP-metadata) er ændret efter underskrivningen."
    ),
    Reason.SIGNATURE_REMOVED: da(
        "PDF'en har spor af en signatur, men signaturen kan ikke findes: den er fjernet eller ødelagt."
    ),
    Reason.SIGNED_WITHOUT_SIGNATURE: da(
        "Samtalen er underskrevet af begge, men PDF'en har ingen digital signatur: den er fjernet, "
        "eller PDF'en er lavet et andet sted."
    ),
    Reason.CMS_SEVERAL_SIGNERS: da("den har mere end én underskriver"),
    Reason.CMS_SIGNER_ID: da("underskriverens id i signaturen er skrevet om"),
    Reason.CMS_VERSION: da("signaturens versionsnummer er skrevet om"),
    Reason.CMS_DIGESTS: da("listen over hash-algoritmer passer ikke til underskriften"),
    Reason.CMS_CONTENT: da("den indeholder data, der ikke hører til en PDF-signatur"),
    Reason.CMS_UNSIGNED: da("den har fået usignerede tilføjelser"),
    Reason.CMS_CERTIFICATE_CHANGED: da("et indlejret certifikat er ændret"),
    Reason.CMS_CERTIFICATE_FOREIGN: da(
        "et indlejret certifikat er ændret eller hører ikke til underskriverens kæde"
    ),
    Reason.CONFIRMED: da(
        "Dokumentet er uændret siden underskrivningen, og underskriveren er bekræftet af organisationen "
        "som samtalens leder."
    ),
    # %1 whose (WHOSE_*), %2 the signer's name, %3 the certificate (WITH_*), %4 its fingerprint,
    # %5 what to do (ADVICE_*)
    Reason.SIGNER_NOT_CONFIRMED: da(
        "Dokumentet er uændret, men %1 »%2« er ikke bekræftet af organisationen (signeret med %3; "
        "SHA-256-fingeraftryk %4). %5"
    ),
    Reason.SIGNER_NOT_LEADER: da(
        "Dokumentet er uændret, men underskriveren »%1« er ikke genkendt som samtalens leder: %2. "
        "Kontrollér, hvem der har underskrevet."
    ),
    Reason.TIMESTAMP_NOT_CONFIRMED: da(
        "Dokumentet er uændret, men tidsstemplet fra »%1« er ikke bekræftet: %2. Bed IT om "
        "tidsstempeltjenestens rodcertifikat, hvis tjenesten er organisationens."
    ),
    Reason.WHOSE_SIGNER: da("underskriveren"),
    Reason.WHOSE_COSIGNER: da("medunderskriveren (signatur %1)"),
    Reason.WITH_OWN_CERTIFICATE: da("et certifikat, programmet selv har lavet"),
    Reason.WITH_CERTIFICATE_FROM: da("et certifikat udstedt af »%1«"),
    Reason.WITH_CERTIFICATE_FROM_BECAUSE: da("et certifikat udstedt af »%1«: %2"),
    Reason.ADVICE_TIMESTAMP: da(
        "Et tidsstempel fra journaliseringen (»ishoj-mus timestamp«) havde holdt signaturen gyldig; "
        "bed HR om det tidsstemplede eksemplar."
    ),
    Reason.ADVICE_COMPARE: da(
        "Sammenlign fingeraftrykket med lederens, eller bed om et referat signeret med organisationens "
        "certifikat."
    ),
    Reason.SIGNED_DRAFT: da(
        "PDF'en er et udkast: samtalen er ikke underskrevet af begge. En digital signatur gør den ikke "
        "til et underskrevet referat."
    ),
    Reason.SIGNED_PLAN: da(
        "PDF'en er udviklingsplanen, et uddrag med aftalerne. Den underskrives ikke; det gør referatet. "
        "En digital signatur gør den ikke til referatet."
    ),
    Reason.SIGNED_SHEET: da(
        "PDF'en er et forberedelsesark. Det underskrives ikke, og en digital signatur gør det ikke til "
        "et referat."
    ),
    Reason.DATA_UNREADABLE: da(
        "PDF'ens samtaledata kan ikke læses af denne version af programmet, så den kan ikke bekræftes "
        "som et underskrevet referat. Prøv med den nyeste version af Ishøj MUS."
    ),
    Reason.NO_DATA: da(
        "PDF'en har ingen samtaledata fra Ishøj MUS, så den er ikke et underskrevet referat – hvem der "
        "end har signeret den."
    ),
    Reason.UNSIGNED_DRAFT: da(
        "PDF'en er et udkast: samtalen er ikke underskrevet af begge, og PDF'en har ingen digital signatur."
    ),
    Reason.UNSIGNED_PLAN: da(
        "PDF'en er udviklingsplanen, et uddrag med aftalerne. Den underskrives ikke; det gør referatet."
    ),
    Reason.UNSIGNED_SHEET: da("PDF'en er et forberedelsesark. Det underskrives ikke."),
    Reason.UNSIGNED: da("PDF'en har ingen digital signatur, så den er ikke et underskrevet referat."),
    Reason.NOT_FOR_DOCUMENTS: da("certifikatet er ikke udstedt til at underskrive dokumenter"),
    Reason.SIGNED_AFTER_TIMESTAMP: da(
        "underskrivningstidspunktet ligger efter tidsstemplet, så det kan ikke passe"
    ),
    Reason.SIGNED_IN_FUTURE: da("underskrivningstidspunktet ligger i fremtiden, så det kan ikke passe"),
    Reason.EXPIRED_NO_TIMESTAMP: da(
        "certifikatet er udløbet, og uden et tidsstempel kan underskrivningstidspunktet ikke bekræftes"
    ),
    Reason.SELF_MADE: da("selvlavet certifikat – ikke udstedt af organisationen"),
    Reason.CHAIN_CONSTRAINTS: da(
        "certifikatkæden bryder en CA's begrænsninger (fx pathLen, navne eller politikker)"
    ),
    Reason.REVOKED: da("certifikatet er spærret"),
    Reason.CA_REVOKED: da("en CA i kæden er spærret"),
    Reason.NOT_YET_VALID: da("certifikatet var ikke gyldigt endnu på underskrivningstidspunktet"),
    Reason.EXPIRED: da("certifikatet var udløbet på underskrivningstidspunktet"),
    Reason.OUT_OF_BOUNDS: da("certifikatet var ikke gyldigt på underskrivningstidspunktet"),
    Reason.KEY_USAGE: da("certifikatet må ikke bruges til at underskrive (nøglebrug)"),
    Reason.NO_TRUSTED_PATH: da("certifikatet fører ikke til et certifikat, organisationen har godkendt"),
    Reason.IMPOSTOR_CA: da(
        "en CA i kæden bærer navnet på en CA, organisationen har godkendt, men er ikke udstedt af den "
        "(en efterligning – eller en CA, der er skiftet ud)"
    ),
    Reason.CHAIN_RULES: da(
        "certifikatkæden bryder reglerne for certifikater (RFC 5280, fx en CA's pathLen eller "
        "navnebegrænsninger)"
    ),
    Reason.NOT_LEADER_CERTIFICATE: da(
        "certifikatet er ikke et ledercertifikat efter organisationsprofilen (hverken en af lederne, "
        "udstedt af lederes CA eller med lederpolitikken)"
    ),
    Reason.NO_LEADER_NAME: da(
        "PDF'en har ingen samtaledata med lederens navn, så underskriveren kan ikke sammenlignes med lederen"
    ),
    Reason.OTHER_NAME: da("certifikatet er udstedt til »%1«, men samtalens leder er »%2«"),
    Reason.TSA_NO_TRUSTED_PATH: da(
        "tidsstempeltjenestens certifikat fører ikke til et certifikat, organisationen har godkendt"
    ),
    Reason.TSA_NOT_VALID: da(
        "tidsstempeltjenestens certifikat var ikke gyldigt, da tidsstemplet blev kontrolleret"
    ),
    Reason.PAPER_HR_REFERAT: da("HR-udgaven af referatet (til personalesagen)"),
    Reason.PAPER_HR_PLAN: da(
        "HR-udgaven med udviklingsplanen og bekræftelsen af samtalen (til personalesagen)"
    ),
    Reason.PAPER_EMPLOYEE_COPY: da("medarbejderens eksemplar – må ikke journaliseres"),
    Reason.PAPER_DRAFT: da("et udkast til referatet – ikke underskrevet"),
    Reason.PAPER_PLAN: da("udviklingsplanen (uddrag med aftalerne) – den underskrives ikke"),
    Reason.PAPER_PREPARATION: da("et forberedelsesark – det underskrives ikke"),
    Reason.PAPER_UNKNOWN: da("ukendt – ikke lavet med Ishøj MUS, eller for beskadiget til at se"),
    Reason.PAPER_GRUS_REFERAT: da("gruppens referat af en gruppeudviklingssamtale (GRUS)"),
    Reason.PAPER_GRUS_HR: da(
        "en deltagers HR-udgave af en gruppeudviklingssamtale (GRUS, til personalesagen)"
    ),
    Reason.PAPER_GRUS_COPY: da(
        "en deltagers eget eksemplar af en gruppeudviklingssamtale (GRUS) – må ikke journaliseres"
    ),
    Reason.FILE_UNREADABLE: da("Ulæselig: %1"),
    Reason.FILE_CHANGED: da("ÆNDRET efter underskrivningen – må ikke journaliseres: %1"),
    Reason.FILE_EMPLOYEE_COPY: da(
        "Medarbejderens eksemplar – det journaliseres ikke. Personalesagen skal have HR-udgaven."
    ),
    Reason.FILE_GROUP_REFERAT: da(
        "Gruppens referat nævner alle deltagere og journaliseres ikke i en personalesag. Hver deltagers "
        "personalesag skal have deltagerens HR-udgave."
    ),
    Reason.FILE_NOT_A_REFERAT: da("Ikke et underskrevet referat til personalesagen (%1)."),
    Reason.FILE_DUPLICATE: da("Samme fil som »%1« – journaliseres én gang."),
    Reason.FILE_REPLACED: da(
        "Erstattet af version %1 af samme samtale (»%2«), som også er i bunken – kun den nyeste "
        "journaliseres."
    ),
    Reason.FILE_UNCONFIRMED: da(
        "UBEKRÆFTET: uændret, men underskriveren er ikke bekræftet af organisationen – journaliseres kun, "
        "når du vælger det udtrykkeligt. %1"
    ),
    Reason.FILE_OTHER: da("%1: %2"),
    Reason.FILE_NAME_TAKEN: da(
        "Der ligger allerede en fil med navnet »%1« i journaliseringsmappen; den er ikke overskrevet. "
        "Flyt den, hvis denne skal journaliseres i stedet."
    ),
    Reason.FILE_NAME_TAKEN_COPY: da(
        "Der ligger allerede en fil med navnet »%1« i journaliseringsmappen; den er ikke overskrevet."
    ),
    Reason.FILE_REREAD: da(
        "Filen kunne ikke læses igen ved kopieringen; den er ikke journaliseret. Kontrollér igen."
    ),
    Reason.FILE_CHANGED_SINCE: da(
        "Filen er ændret siden kontrollen; den er ikke journaliseret. Kontrollér igen."
    ),
    Reason.FILE_NOT_WRITTEN: da("Filen kunne ikke skrives i journaliseringsmappen (%1)."),
    Reason.TOO_MANY_FILES: da(
        "Der er mere end %1 filer; kun de første %2 er kontrolleret. Vælg en mindre mappe."
    ),
    Reason.FOLDER_NOT_MADE: da("Journaliseringsmappen »%1« kan ikke oprettes (%2)."),
    Reason.FOLDER_NOT_A_FOLDER: da("»%1« er ikke en mappe. Vælg en mappe til journaliseringen."),
    Reason.MANIFEST_NOT_WRITTEN: da(
        "Manifestet kunne ikke skrives i »%1« (%2). De kopierede filer ligger der."
    ),
    Reason.TRUST_NOT_A_CERTIFICATE: da("»%1« er ikke et certifikat i PEM- eller DER-format."),
    Reason.TRUST_FILE_REFUSED: da("certifikatet kan ikke bruges: %1"),
}

# Parameters that are themselves phrases of the catalogue (worded in the reader's language);
# every other parameter is a name, a number or a file's own text and stays as it is.
PHRASES: dict[Reason, frozenset[int]] = {
    Reason.SIGNATURE_CHANGED: frozenset({2}),
    Reason.SIGNER_NOT_CONFIRMED: frozenset({1, 3, 5}),
    Reason.SIGNER_NOT_LEADER: frozenset({2}),
    Reason.TIMESTAMP_NOT_CONFIRMED: frozenset({2}),
    Reason.WITH_CERTIFICATE_FROM_BECAUSE: frozenset({2}),
    Reason.FILE_UNREADABLE: frozenset({1}),
    Reason.FILE_CHANGED: frozenset({1}),
    Reason.FILE_UNCONFIRMED: frozenset({1}),
    Reason.FILE_NOT_A_REFERAT: frozenset({1}),
    Reason.FILE_OTHER: frozenset({2}),
}


# A parameter that can only be one of a few words (so the catch-all "%1: %2" reads nothing else).
CHOICES: dict[Reason, dict[int, tuple[str, ...]]] = {
    Reason.FILE_OTHER: {1: ("GYLDIG", "ÆNDRET", "ULÆSELIG", "UBEKRÆFTET", "IKKE UNDERSKREVET")},
}


@dataclass(frozen=True)
class Said:
    """A reason as a code and its parameters (a parameter may be a phrase of its own)."""

    code: Reason
    args: tuple[str | Said, ...] = ()

    def text(self, translate: Translate = danish) -> str:
        """The sentence: Danish as it stands (the CLI), or through the window's ``tr``."""

        def fill(match: re.Match[str]) -> str:
            n = int(match.group(1))
            if not 1 <= n <= len(self.args):
                return match.group(0)
            arg = self.args[n - 1]
            return arg.text(translate) if isinstance(arg, Said) else arg

        return re.sub(r"%(\d+)", fill, translate(WORDS[self.code]))  # one pass: a name may hold "%1"


def say(code: Reason, *args: str | Said) -> str:
    """The Danish sentence for ``code`` (what ``verify`` prints and ``--json`` holds)."""
    return Said(code, args).text()


@cache
def _patterns() -> list[tuple[int, Reason, re.Pattern[str]]]:
    """One full-match pattern per code, most specific (most fixed text) first."""
    found = []
    for code, template in WORDS.items():
        pieces = re.split(r"%(\d+)", template)
        choices = CHOICES.get(code, {})
        regex = "".join(
            re.escape(piece)
            if i % 2 == 0
            else f"(?P<a{piece}>{'|'.join(map(re.escape, choices.get(int(piece), ()))) or '.*?'})"
            for i, piece in enumerate(pieces)
        )
        fixed = sum(len(piece) for piece in pieces[::2])
        found.append((fixed, code, re.compile(regex, re.DOTALL)))
    found.sort(key=lambda item: -item[0])
    return found


def read(sentence: str) -> Said | None:
    """The code and parameters of one of verify's sentences (None when it is not one of ours)."""
    if not sentence:
        return None
    for _fixed, code, pattern in _patterns():
        match = pattern.fullmatch(sentence)
        if match is None:
            continue
        count = len(match.groupdict())
        args: list[str | Said] = []
        for n in range(1, count + 1):
            value = match.group(f"a{n}")
            phrase = read(value) if n in PHRASES.get(code, ()) else None
            args.append(phrase if phrase is not None else value)
        return Said(code, tuple(args))
    return None


def reason_text(sentence: str, translate: Translate = danish) -> str | None:
    """``sentence`` in the reader's language, or None when it is not one of the catalogue's."""
    said = read(sentence)
    return None if said is None else said.text(translate)
