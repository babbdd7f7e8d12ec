"""What can go wrong making a PDF that a person can act on: each error carries a code
(``PdfProblem``) and its values, worded once in ``PDF_ERROR_TEXT`` – Danish for the command line
(``str(exc)``), the window's language through its ``tr`` (issue 25). Light, so the window can
tell these from a fault without the PDF stack."""

from __future__ import annotations

from enum import StrEnum

from ishoj_mus.storage.atomic import SaveError, save_error_words
from ishoj_mus.text import Words, da


class PdfProblem(StrEnum):
    """Why a PDF could not be made or signed (a code: the CLI and the window word it)."""

    CERTIFICATE_NOT_OPENED = "certificate_not_opened"  # wrong passphrase or a damaged file
    NO_CERTIFICATE = "no_certificate"  # the file holds no certificate
    CERTIFICATE_UNUSABLE = "certificate_unusable"  # the passphrase is right; pyHanko refuses the chain
    KEY_TYPE = "key_type"  # %1: the key's algorithm
    NOT_SIGNED = "not_signed"  # %1: the signing library's reason (technical)
    ORGANISATION_CERTIFICATE_REQUIRED = "organisation_certificate_required"  # %1: the profile's path
    ORGANISATION_CERTIFICATE_FILE = "organisation_certificate_file"  # %1: why it is not read
    PASSPHRASE_FILE = "passphrase_file"  # %1: why it is not read
    PASSPHRASE_NOT_UTF8 = "passphrase_not_utf8"  # %1: the file's path
    NOT_ARCHIVABLE = "not_archivable"  # PDF/A refused the file
    LAYOUT = "layout"  # something does not fit on a page


PDF_ERROR_TEXT = {
    PdfProblem.CERTIFICATE_NOT_OPENED: da(
        "Certifikatfilen kunne ikke åbnes: forkert adgangskode eller beskadiget fil."
    ),
    PdfProblem.NO_CERTIFICATE: da("Certifikatfilen indeholder intet certifikat."),
    PdfProblem.CERTIFICATE_UNUSABLE: da(
        "Certifikatet kunne ikke bruges: adgangskoden er rigtig, men certifikatet eller dets "
        "kæde kan ikke læses til en signatur (fx usædvanlige tegn i et navn). Bed IT om et andet "
        "certifikat."
    ),
    PdfProblem.KEY_TYPE: da(
        "Certifikatets nøgletype (%1) kan ikke bruges i et PDF/A-3-referat. "
        "Brug et certifikat med en RSA- eller EC-nøgle."
    ),
    PdfProblem.NOT_SIGNED: da(
        "PDF'en kunne ikke signeres. Intet er gået tabt. Prøv igen; sker det igen, så kontakt "
        "IT-afdelingen og giv dem denne forklaring: %1"
    ),
    PdfProblem.ORGANISATION_CERTIFICATE_REQUIRED: da(
        "Organisationsprofilen »%1« kræver organisationens certifikat. Angiv det med --certificate LEDER.p12."
    ),
    PdfProblem.ORGANISATION_CERTIFICATE_FILE: da("Organisationens certifikatfil kan ikke bruges: %1"),
    PdfProblem.PASSPHRASE_FILE: da("Filen med adgangskoden kan ikke bruges: %1"),
    PdfProblem.PASSPHRASE_NOT_UTF8: da("Filen med adgangskoden »%1« kan ikke læses (ikke UTF-8-tekst)."),
    PdfProblem.NOT_ARCHIVABLE: da(
        "PDF'en kunne ikke gøres arkivbestandig (PDF/A). Intet er gået tabt. Prøv igen; "
        "sker det igen, så kontakt IT-afdelingen."
    ),
    PdfProblem.LAYOUT: da(
        "PDF'en kunne ikke sættes op, fordi noget i samtalen ikke kan være på en side. "
        "Intet er gået tabt. Del en meget lang tekst op i flere afsnit, og prøv igen."
    ),
}


class PdfError(RuntimeError):
    """A PDF problem the user can act on: ``problem`` and ``values`` (names, a reason – plain
    text or ``Words``); ``words`` says it in any language, ``str()`` and ``message`` in Danish."""

    def __init__(self, problem: PdfProblem, *values: str | Words) -> None:
        self.problem = problem
        self.words = Words(PDF_ERROR_TEXT[problem], values)
        self.message = self.words.text()
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


class SigningError(PdfError):
    """The certificate or the signature."""


class ArchiveError(PdfError):
    detail: str = ""  # technical, for the log only


class PdfLayoutError(PdfError):
    """Something could not be placed on a page."""

    def __init__(self) -> None:
        super().__init__(PdfProblem.LAYOUT)


def known_error_words(exc: BaseException) -> Words | None:
    """The words of an error the user can act on (to be said in any language); None for anything
    unexpected."""
    if isinstance(exc, SaveError):
        return save_error_words(exc)
    if isinstance(exc, PdfError):
        return exc.words
    return None


def known_error_message(exc: BaseException) -> str | None:
    """The Danish message of an error the user can act on; None for anything unexpected."""
    words = known_error_words(exc)
    return None if words is None else words.text()
