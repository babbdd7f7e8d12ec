"""Checking many files at once: the HR window and ``verify PATH...`` / ``file PATH...``.

One file's judgement is ``ishoj_mus.pdf.judge`` (trust's); this module only runs it for many
files, quickly and bounded. A child process per file (as ``verify FILE`` does) pays Python's
start and pyHanko's import every time, ≈ 0.7 s: 200 files would take minutes. Instead a few
long-lived worker processes (``ishoj-mus --verify-worker``, ``ishoj_mus.pdf.verify_worker``, one
per core, at most ``MAX_WORKERS``) each check file after file, with the same bounds per file as
``verify``:

* CPU time: before each file the worker sets its own soft CPU limit to what it has used plus
  ``TIME_LIMIT_S``; a file that needs more ends the worker (SIGXCPU) and is ULÆSELIG;
* memory: the worker's address space is capped at what it needs after its imports plus
  ``MEMORY_LIMIT_BYTES``; a file that needs more is a MemoryError (ULÆSELIG) or ends the worker;
* wall clock: a worker that has not answered after ``WALL_LIMIT_S`` is stopped (any platform);
* size: files over 25 MB are refused before they are read.

A stopped worker is replaced and the check goes on with the next file. Nothing is ever written
to a checked file: the worker opens each one read-only, once. No Qt here.

This is the parent's side, and light (the HR window imports it at its top): the PDF stack is
imported in the workers only.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ishoj_mus.paths import helper_command
from ishoj_mus.pdf.judge import load_trust_settings
from ishoj_mus.pdf.verify_result import (
    FileVerification,
    Judgement,
    Paper,
    SignedBy,
    SignerInfo,
    TimestampInfo,
    unreadable,
)
from ishoj_mus.pdf.verify_words import Reason, say

MAX_WORKERS = 4
MAX_FILES = 5000  # a folder with more is not a season's referater; the rest is said, not checked
TIME_LIMIT_S = 5  # CPU seconds per file, as ``verify``
MEMORY_LIMIT_BYTES = 300 * 1024 * 1024  # per file, over what the worker needs after its imports
WALL_LIMIT_S = 30.0  # per file, whatever the load
START_LIMIT_S = 60.0  # a worker that is not ready after this long is given up
# Files nobody means when they drop a folder: system files and our own lock and backup files.
_SKIPPED = {"thumbs.db", "desktop.ini", ".ds_store"}

# How bad a verdict is for the exit status of several files (worst first), as trust's precedence
# for one file: ULÆSELIG › ÆNDRET › IKKE UNDERSKREVET › UBEKRÆFTET › employee's copy › GYLDIG.
_SEVERITY = {2: 6, 1: 5, 5: 4, 3: 3, 4: 2, 0: 1}


@dataclass
class CheckedFile:
    """One file of a batch: the judgement, and what filing needs beside it."""

    path: Path  # as found (absolute when it came from a folder)
    result: FileVerification
    sha256: str = ""  # of the bytes that were checked ("" when it could not be read)
    size: int = 0
    filing: dict[str, str] = field(default_factory=dict)  # XMP filing metadata (intact files only)
    facts: dict[str, str] = field(default_factory=dict)  # from the signed data: employee_number, date, form
    cpu_s: float = 0.0  # CPU seconds the worker spent on this file

    def to_dict(self) -> dict[str, Any]:
        doc = self.result.to_dict()
        doc["file"] = str(self.path)
        doc["sha256"] = self.sha256
        doc["size"] = self.size
        doc["filing"] = dict(self.filing)
        doc["facts"] = dict(self.facts)
        return doc


def severity(exit_code: int) -> int:
    """How bad a verdict is (higher: worse), for the exit status of several files and sorting."""
    return _SEVERITY.get(exit_code, 7)


def worst_exit(results: Iterable[FileVerification]) -> int:
    """The exit status of several files: the worst verdict's (0 when there are none)."""
    codes = [r.exit_code for r in results]
    return max(codes, key=severity) if codes else 0


def collect(inputs: Sequence[Path], skip: Path | None = None) -> tuple[list[Path], list[str]]:
    """The files to check: files as given, and every file in the folders given (subfolders
    too, sorted, symbolic links to folders not followed, hidden and system files left out, and
    ``skip`` – the filing folder – left out). Also the Danish notes on what was left out."""
    found: list[Path] = []
    notes: list[str] = []
    seen: set[str] = set()
    skip_resolved = skip.resolve() if skip is not None else None

    def add(path: Path) -> None:
        key = os.path.normcase(str(path.resolve()))
        if key not in seen:
            seen.add(key)
            found.append(path)

    for given in inputs:
        path = Path(given)
        if path.is_dir():
            for root, dirs, files in os.walk(path, followlinks=False):
                here = Path(root)
                dirs[:] = sorted(
                    d for d in dirs if not d.startswith(".") and (here / d).resolve() != skip_resolved
                )
                for name in sorted(files):
                    if name.startswith(".") or name.lower() in _SKIPPED or name.startswith(".~lock."):
                        continue
                    add(here / name)
        else:
            add(path)  # checked even when missing: it is then ULÆSELIG, with the reason
        if len(found) > MAX_FILES:
            notes.append(say(Reason.TOO_MANY_FILES, str(MAX_FILES), str(MAX_FILES)))
            del found[MAX_FILES:]
            break
    return found, notes


def result_from_dict(doc: dict[str, Any]) -> FileVerification:
    """A ``FileVerification`` back from its ``to_dict()`` (sent by a worker)."""
    fields = dict(doc)
    fields["verdict"] = Judgement(fields["verdict"])
    try:
        fields["edition"] = Paper(fields.get("edition", Paper.UNKNOWN.value))
    except ValueError:
        fields["edition"] = Paper.UNKNOWN
    fields["signers"] = [SignerInfo(**s) for s in fields.get("signers", [])]
    fields["timestamps"] = [TimestampInfo(**t) for t in fields.get("timestamps", [])]
    fields["drawn"] = [SignedBy(**s) for s in fields.get("drawn", [])]
    known = set(FileVerification.__dataclass_fields__)
    return FileVerification(**{k: v for k, v in fields.items() if k in known})


# -- the parent side ---------------------------------------------------------------------------

Progress = Callable[[int, int, CheckedFile], None]  # done, total, the file just checked


class _Worker:
    """One worker process and a thread that reads its answers (portable: no select on pipes)."""

    def __init__(self, config: dict[str, Any]):
        kwargs: dict[str, Any] = {}
        if sys.platform == "win32":
            kwargs["creationflags"] = getattr(subprocess, "CREATE_NO_WINDOW", 0)
            if config.get("background"):
                kwargs["creationflags"] |= getattr(subprocess, "BELOW_NORMAL_PRIORITY_CLASS", 0)
        self.process = subprocess.Popen(
            helper_command("--verify-worker"),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            **kwargs,
        )
        if config.get("background") and sys.platform != "win32":
            _lower_priority(self.process.pid)  # the window that started it stays quick
        self.answers: queue.Queue[bytes | None] = queue.Queue()
        stdout = self.process.stdout
        assert stdout is not None
        threading.Thread(target=self._read, args=(stdout,), daemon=True).start()
        self.send(config)

    def _read(self, stream: IO[bytes]) -> None:
        try:
            for line in stream:
                self.answers.put(line)
        except (OSError, ValueError):
            pass
        self.answers.put(None)  # the worker ended

    def send(self, doc: dict[str, Any]) -> bool:
        stdin = self.process.stdin
        try:
            assert stdin is not None
            stdin.write(json.dumps(doc).encode("utf-8") + b"\n")
            stdin.flush()
            return True
        except (OSError, ValueError):
            return False

    def answer(self, timeout: float) -> dict[str, Any] | None:
        """The next answer; None when the worker ended or did not answer in time."""
        try:
            line = self.answers.get(timeout=timeout)
        except queue.Empty:
            return None
        if line is None:
            return None
        try:
            doc = json.loads(line)
        except ValueError:
            return None
        return doc if isinstance(doc, dict) else None

    def stop(self) -> None:
        try:
            if self.process.stdin is not None:
                self.process.stdin.close()
        except OSError:
            pass
        if self.process.poll() is None:
            self.process.kill()
        try:
            self.process.wait(timeout=5)
        except Exception:  # noqa: BLE001 – it was killed; the OS reaps it
            pass


def check_files(
    paths: Sequence[Path],
    extra_trust: Sequence[Path] = (),
    *,
    now: str | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    background: bool = False,
) -> list[CheckedFile]:
    """Every file's judgement, in the order given. ``progress`` is called (from a worker thread)
    after each file; ``cancelled`` is asked before each file: when it says yes, the workers are
    stopped and the files checked so far are returned.

    ``extra_trust`` are ``--trust`` certificates; ``now`` (ISO 8601) is the judgement's clock
    (tests). ``background``: the workers run at a lower priority than the caller (the window:
    it keeps answering at once while they work). Raises ``judge.TrustSettingsError`` for a
    broken profile or trust file.
    """
    # Read once here, so a broken profile is one message before any worker starts.
    when = dt.datetime.fromisoformat(now) if now else None
    load_trust_settings(list(extra_trust), now=when)
    config = {"trust": [str(p) for p in extra_trust], "now": now, "background": background}
    total = len(paths)
    results: list[CheckedFile | None] = [None] * total
    todo: queue.Queue[int] = queue.Queue()
    for index in range(total):
        todo.put(index)
    count = workers or min(MAX_WORKERS, max(1, os.cpu_count() or 1), max(1, total))
    lock = threading.Lock()
    done = [0]
    stopping = threading.Event()

    def finish(index: int, item: CheckedFile) -> None:
        results[index] = item
        with lock:
            done[0] += 1
            n = done[0]
        if progress is not None:
            progress(n, total, item)

    def drive() -> None:
        worker: _Worker | None = None
        try:
            while not stopping.is_set():
                if cancelled():
                    stopping.set()
                    break
                try:
                    index = todo.get_nowait()
                except queue.Empty:
                    break
                path = paths[index]
                if worker is None:
                    worker = _start(config)
                    if worker is None:
                        finish(index, CheckedFile(path, unreadable(path.name, _NOT_STARTED)))
                        continue
                if not worker.send({"path": str(path)}):
                    worker.stop()
                    worker = None
                    finish(index, CheckedFile(path, unreadable(path.name, _TOO_HEAVY)))
                    continue
                answer, waited = None, 0.0
                while waited < WALL_LIMIT_S:  # in short steps, so a cancel stops a heavy file at once
                    answer = worker.answer(0.25)
                    if answer is not None or worker.process.poll() is not None or cancelled():
                        break
                    waited += 0.25
                if answer is None and cancelled():
                    stopping.set()
                    break  # the file in hand is left unchecked; the worker is stopped below
                if answer is None or "result" not in answer:
                    timed_out = worker.process.poll() is None
                    worker.stop()
                    worker = None
                    finish(
                        index,
                        CheckedFile(path, unreadable(path.name, _TOO_SLOW if timed_out else _TOO_HEAVY)),
                    )
                    continue
                finish(index, _checked(path, answer))
        finally:
            if worker is not None:
                worker.stop()

    threads = [threading.Thread(target=drive, daemon=True) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return [r for r in results if r is not None]


_NOT_STARTED = say(Reason.NOT_STARTED)
_TOO_HEAVY = say(Reason.TOO_HEAVY)
_TOO_SLOW = say(Reason.TOO_SLOW)


def _lower_priority(pid: int) -> None:
    """The worker runs at a lower priority than this process (as ``nice 10``), from its start:
    its imports (pyHanko, ≈0.5 s of CPU) too."""
    try:
        os.setpriority(os.PRIO_PROCESS, pid, os.getpriority(os.PRIO_PROCESS, 0) + 10)
    except OSError:
        pass


def _start(config: dict[str, Any]) -> _Worker | None:
    try:
        worker = _Worker(config)
    except OSError:
        return None
    ready = worker.answer(START_LIMIT_S)
    if not ready or not ready.get("ready"):
        worker.stop()
        return None
    return worker


def _checked(path: Path, answer: dict[str, Any]) -> CheckedFile:
    try:
        result = result_from_dict(answer["result"])
    except (KeyError, TypeError, ValueError):
        return CheckedFile(path, unreadable(path.name, _TOO_HEAVY))
    return CheckedFile(
        path,
        result,
        str(answer.get("sha256", "")),
        int(answer.get("size", 0)),
        {str(k): str(v) for k, v in dict(answer.get("filing", {})).items()},
        {str(k): str(v) for k, v in dict(answer.get("facts", {})).items()},
        float(answer.get("cpu", 0.0)),
    )
