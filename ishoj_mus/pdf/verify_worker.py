"""The verify worker (``ishoj-mus --verify-worker``): checks file after file for ``verify``,
``file`` and the HR window, one JSON line in per file, one JSON line out.

It imports the verification stack (pyHanko, pikepdf) at its top, so its memory cap is measured
after them; the parent's side, which starts and bounds it, is ``ishoj_mus.pdf.batch``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from ishoj_mus.pdf.batch import MEMORY_LIMIT_BYTES, TIME_LIMIT_S
from ishoj_mus.pdf.filing_xmp import read_filing_xmp_bytes
from ishoj_mus.pdf.judge import TrustSettings, judged, load_trust_settings
from ishoj_mus.pdf.verdict import MAX_BYTES, too_large
from ishoj_mus.pdf.verification import check_pdf, quiet_libraries
from ishoj_mus.pdf.verify_result import FileVerification, unreadable
from ishoj_mus.pdf.verify_words import Reason, say
from ishoj_mus.storage.bounded import InputRefused, Refusal, read_regular_file
from ishoj_mus.storage.errors import MusFileError
from ishoj_mus.storage.musfile import parse

if sys.platform != "win32":  # POSIX limits; on Windows the wall clock and the size cap hold
    import resource


def main() -> int:
    """``ishoj-mus --verify-worker``: one JSON line in per file, one JSON line out. (A worker for
    the window was given a lower priority by the window when it was started.)"""
    source = sys.stdin.buffer if sys.stdin is not None else os.fdopen(0, "rb")  # windowed bundle
    sink = sys.stdout.buffer if sys.stdout is not None else os.fdopen(1, "wb")
    config = json.loads(source.readline() or b"{}")
    quiet_libraries()
    now = dt.datetime.fromisoformat(config["now"]) if config.get("now") else None
    settings = load_trust_settings([Path(p) for p in config.get("trust", [])], now=now)
    _cap_memory()

    def say(doc: dict[str, Any]) -> None:
        sink.write(json.dumps(doc, ensure_ascii=False).encode("utf-8") + b"\n")
        sink.flush()

    say({"ready": True})
    for line in source:
        try:
            request = json.loads(line)
        except ValueError:
            continue
        _limit_cpu()
        say(_check_one(Path(request["path"]), settings))
    return 0


def _cap_memory() -> None:
    """What the worker needs after its imports (the verification stack, imported at the top),
    plus MEMORY_LIMIT_BYTES."""
    if sys.platform == "win32":
        return
    try:
        used = _address_space()
        if used:
            limit = used + MEMORY_LIMIT_BYTES
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ValueError, OSError):
        pass


def _address_space() -> int:
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0  # not Linux: no cap on the address space (the wall clock still holds)


def _limit_cpu() -> None:
    """This file may use TIME_LIMIT_S more CPU seconds than the worker has used so far."""
    if sys.platform == "win32":
        return
    try:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        used = int(usage.ru_utime + usage.ru_stime) + 1
        _soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
        soft = used + TIME_LIMIT_S
        if hard != resource.RLIM_INFINITY:
            soft = min(soft, hard)
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))
    except (ValueError, OSError):
        pass


def _check_one(path: Path, settings: TrustSettings) -> dict[str, Any]:
    started = time.process_time()
    try:
        # a FIFO or a device is refused, never read; a file over 25 MB before it is read
        data = read_regular_file(path, MAX_BYTES)
    except InputRefused as exc:
        message = too_large(exc.limit + 1) if exc.reason == Refusal.TOO_LARGE else exc.message
        return {"result": unreadable(path.name, message, exc.reason.value).to_dict(wire=True)}
    except OSError:
        return {"result": unreadable(path.name, say(Reason.CANNOT_READ_NOW)).to_dict(wire=True)}
    result = judged(check_pdf(data, policy=settings.policy), path.name, settings)
    answer: dict[str, Any] = {
        "result": result.to_dict(wire=True),
        "sha256": hashlib.sha256(data).hexdigest(),
        "size": len(data),
    }
    if result.intact or result.attachment is not None:
        answer["filing"], answer["facts"] = _filing_facts(data, result)
    answer["cpu"] = round(time.process_time() - started, 4)
    return answer


def _filing_facts(data: bytes, result: FileVerification) -> tuple[dict[str, str], dict[str, str]]:
    """The XMP filing metadata, and what the signed conversation data say HR files by."""
    filing = read_filing_xmp_bytes(data)
    facts: dict[str, str] = {}
    if result.attachment is not None:
        try:
            conv = parse(result.attachment, "samtale.mus.json")
        except MusFileError:
            return filing, facts
        facts = {
            "employee_name": conv.employee.name,
            "employee_number": conv.employee.employee_number,
            "date": conv.date.isoformat() if conv.date else "",
            "form": conv.form.id,
        }
    return filing, facts
