"""What can go wrong making a PDF that a person can act on: each error's message is one Danish
line for them. Light, so the window can tell these from a fault without the PDF stack."""

from __future__ import annotations

from ishoj_mus.storage.atomic import SaveError


class SigningError(RuntimeError):
    """Danish message for the user."""


class ArchiveError(RuntimeError):
    detail: str = ""


class PdfLayoutError(RuntimeError):
    """Something could not be placed on a page; the message is for people, in Danish."""

    def __init__(self) -> None:
        self.message = (
            "PDF'en kunne ikke sættes op, fordi noget i samtalen ikke kan være på en side. "
            "Intet er gået tabt. Del en meget lang tekst op i flere afsnit, og prøv igen."
        )
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


def known_error_message(exc: BaseException) -> str | None:
    """The Danish message of an error the user can act on; None for anything unexpected."""
    if isinstance(exc, (SigningError, SaveError, PdfLayoutError, ArchiveError)):
        return str(exc)
    return None
