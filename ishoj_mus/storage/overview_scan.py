"""Walk a folder for conversations: ``.mus`` files and summary PDFs (their attached data).

The walk goes into subfolders but never through a symbolic link to a folder (no loops), opens
only regular files, and never stops on a bad file: each becomes a :class:`FileEntry` with the
reason. What was read is kept in the user's cache folder, keyed by path, size and modification
time, so a second look at a folder of hundreds of files reads only what changed.

PDFs are read by a function the caller passes in (storage sits below the PDF layer).
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ishoj_mus import __version__
from ishoj_mus.domain import shape
from ishoj_mus.domain.bounds import record_problems
from ishoj_mus.domain.codes import FollowUpStatus, Responsible, State
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.overview import (
    PREPARATION,
    UNREADABLE_FOLDER,
    ConversationRecord,
    FileEntry,
    Outcome,
    OwnDocument,
    SourceKind,
)
from ishoj_mus.domain.records import Agreement, Employee
from ishoj_mus.storage import grus_file, grus_head, musfile, userdirs
from ishoj_mus.storage.atomic import atomic_write
from ishoj_mus.storage.bounded import MIB, read_regular_file
from ishoj_mus.storage.errors import UNKNOWN_PROBLEM, MusFileError
from ishoj_mus.storage.scan_words import (
    BROKEN_LINK,
    FILE_TOO_LARGE,
    NOT_REGULAR,
    PDF_PROBLEMS,
    PDF_SKIPPED,
    loader_problem,
    problem_text,
)

CACHE_VERSION = 4  # 3: preparations, plans and sheets are own documents; 4: problems keep their words
MAX_MUS_BYTES = 50 * 1024 * 1024
MAX_PDF_BYTES = 100 * 1024 * 1024
MAX_DEPTH = 32
SUFFIXES = {".mus": SourceKind.MUS, ".pdf": SourceKind.PDF}

# A PDF reader returns the attached conversation and the number of digital signatures in the
# file (not verified), or raises MusFileError with the Danish reason.
PdfReader = Callable[[Path], tuple[Conversation | list[Conversation], int | None]]


class FolderMissing(Exception):
    def __init__(self, path: Path):
        self.path = path
        self.message = f"Mappen {path} findes ikke. Vælg en mappe med samtaler."
        super().__init__(self.message)


@dataclass
class ScanResult:
    entries: list[FileEntry]
    seconds: float
    from_cache: int
    read: int


# -- walking ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Found:
    path: Path
    kind: SourceKind
    size: int
    mtime_ns: int
    code: str = ""  # why it is not read (scan_words.SCAN_TEXT); "": it is read
    values: tuple[str, ...] = ()


def _walk(root: Path) -> Iterator[_Found]:
    seen_dirs: set[tuple[int, int]] = set()
    stack: list[tuple[Path, int]] = [(root, 0)]
    while stack:
        folder, depth = stack.pop()
        try:
            st = os.stat(folder)
            if (st.st_dev, st.st_ino) in seen_dirs:
                continue
            seen_dirs.add((st.st_dev, st.st_ino))
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:  # counted and named: its conversations are missing from the overview
            yield _Found(folder, SourceKind.MUS, 0, 0, UNREADABLE_FOLDER)
            continue
        for e in entries:
            if e.name.startswith("."):
                continue  # hidden, our own temporary and lock files
            try:
                if e.is_dir(follow_symlinks=False):
                    if depth < MAX_DEPTH:
                        stack.append((Path(e.path), depth + 1))
                    continue
            except OSError:
                continue
            kind = SUFFIXES.get(os.path.splitext(e.name)[1].lower())
            if kind is None:
                continue
            path = Path(e.path)
            try:
                st = os.stat(path)  # follows a link to a file; the target must be a regular file
            except OSError:
                yield _Found(path, kind, 0, 0, BROKEN_LINK)
                continue
            if not stat.S_ISREG(st.st_mode):
                yield _Found(path, kind, 0, 0, NOT_REGULAR)
                continue
            limit = MAX_MUS_BYTES if kind == SourceKind.MUS else MAX_PDF_BYTES
            if st.st_size > limit:
                size = str(st.st_size // (1024 * 1024))
                yield _Found(path, kind, st.st_size, st.st_mtime_ns, FILE_TOO_LARGE, (size,))
                continue
            yield _Found(path, kind, st.st_size, st.st_mtime_ns)


# -- reading ------------------------------------------------------------------------------------


def _read(found: _Found, read_pdf: PdfReader | None) -> list[FileEntry]:
    """The file's entries: one a conversation, one a participant for a group conversation (GRUS)."""
    path = str(found.path)
    if found.code:
        entry = FileEntry(path, found.kind, problem_code=found.code, problem_values=found.values)
        return [replace(entry, problem=problem_text(entry))]
    try:
        conv: Conversation | list[Conversation]
        if found.kind == SourceKind.MUS:
            if grus_head.peek_is_group_file(found.path):
                conv = grus_file.participant_conversations(grus_file.load(found.path))
            else:
                conv = musfile.load(found.path)
            signatures = None
        elif read_pdf is None:
            entry = FileEntry(path, found.kind, problem_code=PDF_SKIPPED)
            return [replace(entry, problem=problem_text(entry))]
        else:
            conv, signatures = read_pdf(found.path)
    except OwnDocument as own:  # a plan or a sheet this program made: no problem, no employee
        return [FileEntry(path, found.kind, problem_code=own.code)]
    except MusFileError as exc:
        message = exc.message
        if found.kind == SourceKind.PDF:
            message = PDF_PROBLEMS.get(exc.kind, message)
        words, values = loader_problem(exc, found.kind)
        return [
            FileEntry(
                path,
                found.kind,
                problem=message,
                problem_code=str(exc.kind.value),
                problem_words=words,
                problem_values=values,
            )
        ]
    except Exception as exc:  # noqa: BLE001 - one bad file must never stop the scan
        return [
            FileEntry(
                path,
                found.kind,
                problem=UNKNOWN_PROBLEM,
                problem_code=type(exc).__name__,
            )
        ]
    if not isinstance(conv, list) and conv.preparation_of is not None:
        # One party's own preparation: it holds no conversation and names nobody yet.
        return [FileEntry(path, found.kind, problem_code=PREPARATION)]
    return [
        FileEntry(path, found.kind, ConversationRecord.from_conversation(c), pdf_signatures=signatures)
        for c in (conv if isinstance(conv, list) else [conv])
    ]


def scan(
    root: Path | str,
    read_pdf: PdfReader | None = None,
    *,
    use_cache: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> ScanResult:
    """Every conversation file under ``root``. Raises FolderMissing when there is no folder."""
    started = time.perf_counter()
    root = Path(root).expanduser()
    if not root.is_dir():
        raise FolderMissing(root)
    root = root.resolve()
    found = list(_walk(root))
    cache = _load_cache(root) if use_cache else {}
    fresh: dict[str, dict[str, Any]] = {}
    entries: list[FileEntry] = []
    hits = 0
    for index, f in enumerate(found):
        key = str(f.path)
        cached = cache.get(key)
        entry = None
        if (
            isinstance(cached, dict)
            and cached.get("size") == f.size
            and cached.get("mtime_ns") == f.mtime_ns
            and not f.code
        ):
            entry = _entry_from_json(cached.get("entry"), key)
        if entry is None:
            read = _read(f, read_pdf)
        else:
            hits += 1
            read = [entry]
        entries.extend(read)
        # A group conversation (several entries in one file) is read again each time: it is not cached.
        if len(read) == 1 and not f.code and read[0].problem_code != PDF_SKIPPED:
            fresh[key] = {"size": f.size, "mtime_ns": f.mtime_ns, "entry": _entry_to_json(read[0])}
        if progress is not None:
            progress(index + 1, len(found))
    if use_cache and (hits != len(fresh) or len(fresh) != len(cache)):
        _save_cache(root, fresh)
    return ScanResult(entries, time.perf_counter() - started, hits, len(found) - hits)


# -- the cache -----------------------------------------------------------------------------------


def _cache_file(root: Path) -> Path:
    digest = hashlib.sha256(str(root).encode("utf-8", "surrogatepass")).hexdigest()[:20]
    return userdirs.cache_dir() / f"overview-{digest}.json"


def _load_cache(root: Path) -> dict[str, Any]:
    try:
        doc = json.loads(read_regular_file(_cache_file(root), 64 * MIB))
    except (OSError, ValueError, RecursionError):  # RecursionError: absurdly deep nesting
        return {}
    if (
        not isinstance(doc, dict)
        or doc.get("version") != CACHE_VERSION
        or doc.get("app_version") != __version__
        or doc.get("root") != str(root)
        or not isinstance(doc.get("files"), dict)
    ):
        return {}
    files: dict[str, Any] = doc["files"]
    return files


def _save_cache(root: Path, files: dict[str, Any]) -> None:
    """Best effort: a cache that cannot be written only makes the next look slower."""
    doc = {"version": CACHE_VERSION, "app_version": __version__, "root": str(root), "files": files}
    try:
        data = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
        atomic_write(_cache_file(root), data, keep_backup=False)
    except (OSError, ValueError):
        pass


def clear_cache() -> None:
    for f in userdirs.cache_dir().glob("overview-*.json"):
        try:
            f.unlink()
        except OSError:
            pass


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _agreement_to_json(a: Agreement) -> list[Any]:
    return [
        a.id, a.what, a.why, a.perspective, a.responsible.value if a.responsible else None,
        _iso(a.deadline), _iso(a.follow_up), a.carried_from,
    ]  # fmt: skip


# The cache is read back only as exactly what we write (a damaged or edited cache must not
# crash the overview at every look): any other type raises TypeError, and the file is read again.
def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("cache: text expected")
    return value


def _texts(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or len(value) > 9:
        raise TypeError("cache: a few texts expected")
    return tuple(_text(v) for v in value)


def _opt_text(value: Any) -> str | None:
    return None if value is None else _text(value)


def _count(value: Any) -> int:
    if type(value) is not int or not 0 <= value < 1_000_000:
        raise TypeError("cache: count expected")
    return value


def _opt_date(value: Any) -> date | None:
    return date.fromisoformat(_text(value)) if value is not None else None


def _agreement_from_json(d: list[Any]) -> Agreement:
    aid, what, why, perspective, responsible, deadline, follow_up, carried_from = d
    return Agreement(
        id=_text(aid),
        what=_text(what),
        why=_text(why),
        perspective=_opt_text(perspective),
        responsible=Responsible(_text(responsible)) if responsible is not None else None,
        deadline=_opt_date(deadline),
        follow_up=_opt_date(follow_up),
        carried_from=_opt_text(carried_from),
    )


def _record_to_json(r: ConversationRecord) -> dict[str, Any]:
    return {
        "id": r.id,
        "employee": [r.employee.name, r.employee.job_title, r.employee.workplace, r.employee.employee_number],
        "leader": r.leader_name,
        "date": _iso(r.date),
        "created_at": _iso(r.created_at),
        "form": [r.form_id, r.form_title],
        "state": r.state.value,
        "agreements": [_agreement_to_json(a) for a in r.agreements],
        "outcomes": [
            [o.agreement_id, o.what, o.status.value if o.status else None, o.comment] for o in r.outcomes
        ],
        "history": r.history_length,
        "signatures": r.signature_count,
    }


def _record_from_json(d: dict[str, Any]) -> ConversationRecord:
    name, title, workplace, number = (_text(v) for v in d["employee"])
    created_at = datetime.fromisoformat(_text(d["created_at"]))
    if created_at.tzinfo is None:
        raise TypeError("cache: a time without a time zone")
    form_id, form_title = (_text(v) for v in d["form"])
    return ConversationRecord(
        id=_text(d["id"]),
        employee=Employee(name, title, workplace, number),
        leader_name=_text(d["leader"]),
        date=_opt_date(d["date"]),
        created_at=created_at,
        form_id=form_id,
        form_title=form_title,
        state=State(_text(d["state"])),
        agreements=tuple(_agreement_from_json(a) for a in d["agreements"]),
        outcomes=tuple(
            Outcome(
                _text(aid),
                _text(what),
                FollowUpStatus(_text(status)) if status is not None else None,
                _text(comment),
            )
            for aid, what, status, comment in d["outcomes"]
        ),
        history_length=_count(d["history"]),
        signature_count=_count(d["signatures"]),
    )


def _entry_to_json(e: FileEntry) -> dict[str, Any]:
    return {
        "kind": e.kind.value,
        "record": _record_to_json(e.record) if e.record is not None else None,
        "problem": e.problem,
        "code": e.problem_code,
        "words": e.problem_words,
        "values": list(e.problem_values),
        "pdf_signatures": e.pdf_signatures,
    }


def _within_bounds(r: ConversationRecord) -> ConversationRecord:
    """The record, if a conversation file could hold it: the same declared bounds as the file
    (domain/shape.py). Anything more (20,000 agreements, a date in the year 9999, a name of
    5,000 characters) raises TypeError, and the file is read again."""
    problems = [
        *record_problems(r.employee),
        *(p for a in r.agreements for p in record_problems(a)),
    ]
    counted = (
        (r.agreements, shape.count("agreements")),
        (r.outcomes, shape.count("followups")),
        (range(r.history_length), shape.count("history")),
        (range(r.signature_count), shape.count("signatures")),
    )
    texts = (
        (r.id, shape.limit("id")),
        (r.leader_name, shape.limit("leader.name")),
        *((o.agreement_id, shape.limit("followups.agreement.id")) for o in r.outcomes),
        *((o.what, shape.limit("followups.agreement.what")) for o in r.outcomes),
        *((o.comment, shape.limit("followups.comment")) for o in r.outcomes),
    )
    years = shape.YEARS
    if (
        problems
        or any(len(items) > most for items, most in counted)
        or any(len(text) > most for text, most in texts)
        or not all(years[0] <= d.year <= years[1] for d in (r.date, r.created_at) if d is not None)
    ):
        raise TypeError("cache: beyond the declared bounds")
    return r


def _entry_from_json(d: Any, path: str) -> FileEntry | None:
    """None for anything unexpected: the file is then simply read again."""
    try:
        signatures = d["pdf_signatures"]
        return FileEntry(
            path=path,
            kind=SourceKind(_text(d["kind"])),
            record=_within_bounds(_record_from_json(d["record"])) if d["record"] is not None else None,
            problem=_text(d["problem"]),
            problem_code=_text(d["code"]),
            problem_words=_text(d["words"]),
            problem_values=_texts(d["values"]),
            pdf_signatures=None if signatures is None else _count(signatures),
        )
    except (KeyError, TypeError, ValueError, IndexError, AttributeError, MusFileError):
        return None
