"""PDFs made in a process of their own, so the window's process stays small: what the window
and the worker say to each other (this module is light: the window imports it at its top).

The PDF stack (reportlab, pikepdf, pyHanko, cryptography) costs about 100 MB and a second to
import. The window starts this worker in the background once it is idle; the worker imports
and warms the stack (a throwaway summary rendered, archived and signed, nothing written), then
waits for jobs on stdin. The first real PDF is then as quick as any later one, and the window's
process never holds the PDF stack.

Protocol (between our own two processes only): frames of a 4-byte big-endian length and a
pickle of one of the message classes below. The window sends ``Request(id, job)`` and gets
``Ready`` once, then per job any number of ``Progress`` and one ``Done`` or ``Failed``. End of
input ends the worker.

Run with ``python -m ishoj_mus --pdf-worker`` (or ``ishoj-mus --pdf-worker`` when frozen); the
worker's side is ``ishoj_mus.pdf.worker_main``. A job names its function through
``ishoj_mus.pdf.jobs`` (``Job.of(jobs.SUMMARY, …)``), so the window never imports the PDF stack.

Typed (issue 25): a job's result type follows its function (``Job[R]``, ``Done[R]``), and
``Job.of`` has mypy check the arguments against the function's parameters. Pickled across the
process boundary is only data: the entry (a module and a name), the arguments and the result.
"""

from __future__ import annotations

import gc
import pickle
import struct
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import BinaryIO, Generic, ParamSpec, TypeVar

from ishoj_mus.text import Words

WORKER_FLAG = "--pdf-worker"
HEADER = struct.Struct(">I")

P = ParamSpec("P")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)


def _noop(percent: int, text: str) -> None:
    pass


def reported(percent: int, text: str) -> None:
    """Stands for the progress callback in a job's arguments: ``Job.of(f, x, progress=reported)``
    (mypy checks that ``f`` takes ``progress=``); the job passes its own callback there."""


@dataclass(frozen=True)
class Job(Generic[R_co]):
    """A PDF job that can run in this process or in the worker: a module-level function and
    its (picklable) arguments. ``progress`` says whether the function takes ``progress=``.
    Make one with :meth:`of`, which checks the arguments against the function's parameters."""

    function: Callable[..., R_co]
    args: tuple[object, ...] = ()
    kwargs: dict[str, object] = field(default_factory=dict)
    progress: bool = False

    @staticmethod
    def of(function: Callable[P, R], /, *args: P.args, **kwargs: P.kwargs) -> Job[R]:
        """``function(*args, **kwargs)`` as a job; ``progress=reported`` where it takes progress."""
        named: dict[str, object] = dict(kwargs)
        takes_progress = named.get("progress") is reported
        if takes_progress:
            del named["progress"]
        return Job(function, args, named, progress=takes_progress)

    def __call__(self, progress: Callable[[int, str], None] = _noop) -> R_co:
        if self.progress:
            return self.function(*self.args, progress=progress, **self.kwargs)
        return self.function(*self.args, **self.kwargs)


def worker_command() -> list[str]:
    """How to start the worker: the frozen program itself, or this Python with ``-m``."""
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_FLAG]
    return [sys.executable, "-m", "ishoj_mus", WORKER_FLAG]


@dataclass(frozen=True)
class Request:
    """Window → worker: run ``job``; the replies carry its number."""

    id: int
    job: Job[object]


@dataclass(frozen=True)
class Ready:
    """Worker → window, once: warmed up (or not: the first PDF is then only slower)."""

    ok: bool
    warm_up_error: str | None = None


@dataclass(frozen=True)
class Progress:
    """Worker → window: how far job ``id`` has come, in words for the progress dialog."""

    id: int
    percent: int
    text: str


@dataclass(frozen=True)
class Done(Generic[R_co]):
    """Worker → window: job ``id``'s result (a PDF's bytes, for instance). Unpickled, it is a
    ``Done[object]``: the window gives it to the ``on_done`` of the ``Job[R]`` it sent as an ``R``."""

    id: int
    result: R_co


@dataclass(frozen=True)
class Failed:
    """Worker → window: job ``id`` failed. ``known``: ``message`` is a Danish message the user
    can act on, and ``words`` says it in any language (the window passes its ``tr``); otherwise
    ``message`` is only the exception's class name (for the log)."""

    id: int
    message: str
    known: bool
    words: Words | None = None


Reply = Ready | Progress | Done[object] | Failed
Message = Request | Reply


def encode(message: Message) -> bytes:
    body = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    return HEADER.pack(len(body)) + body


def decode_frames(buffer: bytearray) -> list[Message]:
    """Take every complete frame off the front of ``buffer``."""
    messages: list[Message] = []
    while len(buffer) >= HEADER.size:
        (size,) = HEADER.unpack_from(buffer)
        if len(buffer) < HEADER.size + size:
            break
        body = bytes(buffer[HEADER.size : HEADER.size + size])
        del buffer[: HEADER.size + size]
        messages.append(_checked(pickle.loads(body)))
    return messages


def read_frame(stream: BinaryIO) -> Message | None:
    header = stream.read(HEADER.size)
    if len(header) < HEADER.size:
        return None
    (size,) = HEADER.unpack(header)
    body = stream.read(size)
    if len(body) < size:
        return None
    return _checked(pickle.loads(body))


def _checked(message: object) -> Message:
    if not isinstance(message, Request | Ready | Progress | Done | Failed):
        raise TypeError(f"not a worker message: {type(message).__name__}")
    return message


def settle() -> None:
    """After the warm-up: set aside what the PDF stack keeps for good.

    The stack leaves ≈120 000 long-lived objects (fonts, schemas, modules). Frozen, the cyclic
    garbage collector no longer walks them again and again while a PDF is made (a full pass
    took ≈100 ms and fell on a random PDF).
    """
    gc.collect()
    gc.freeze()


@contextmanager
def making_pdf() -> Iterator[None]:
    """Cyclic garbage collection waits while a PDF is made; ``tidy`` runs it afterwards.

    One PDF leaves a few MB of garbage at most; collecting it after the result has gone to
    the window takes it off the time people wait (≈10 ms of collections per signed referat).
    """
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def tidy() -> None:
    """Collect what the last PDF left behind (run once its result has been sent)."""
    gc.collect()
