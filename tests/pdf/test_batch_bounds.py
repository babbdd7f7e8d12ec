"""Many files at once stay bounded per file: a decompression bomb or a deeply nested file in
the batch is a verdict, in bounded memory, and the files after it are still checked."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from tests.pdf import trust_helpers as th


@pytest.mark.skipif(os.name != "posix", reason="the workers' memory cap needs POSIX rlimits")
def test_hostile_files_in_a_batch_are_verdicts_and_the_rest_is_checked(hr_folder, tmp_path):
    genuine = (hr_folder.folder / "MUS_05_Brøndum.pdf").read_bytes()
    (tmp_path / "a_bomb.pdf").write_bytes(th.bomb_update(genuine, megabytes=400))
    (tmp_path / "b_deep.pdf").write_bytes(th.deep_trailer_update(genuine))
    (tmp_path / "c_genuine.pdf").write_bytes(genuine)
    code = (
        "import json, resource, sys\n"
        "from pathlib import Path\n"
        "from ishoj_mus.pdf.batch import check_files\n"
        f"folder = Path({str(tmp_path)!r})\n"
        "items = check_files(sorted(folder.glob('*.pdf')), workers=1)\n"
        "r = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(json.dumps([[i.path.name, i.result.verdict.value] for i in items] + [r.ru_maxrss]))\n"
    )
    env = dict(os.environ, ISHOJ_MUS_ORGANISATION=str(hr_folder.profile))
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, env=env, cwd=ROOT
    )
    *verdicts, peak_kb = json.loads(out.stdout.strip().splitlines()[-1])
    found = dict(verdicts)
    assert found["a_bomb.pdf"] in ("ÆNDRET", "ULÆSELIG")
    assert found["b_deep.pdf"] in ("ÆNDRET", "ULÆSELIG")
    assert found["c_genuine.pdf"] == "GYLDIG"  # the worker (or its replacement) went on
    assert peak_kb < 500 * 1024, peak_kb  # one worker: its imports plus at most 300 MB


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the caps are measured with Linux rlimits")
def test_a_worker_caps_each_files_memory_and_cpu():
    """The worker's own limits, as it sets them before each file: 300 MB more than it holds after
    its imports (a bigger allocation fails), and TIME_LIMIT_S more CPU seconds than it has used
    (a file that spins longer ends the worker: SIGXCPU)."""
    code = (
        "import resource, signal, sys\n"
        "from ishoj_mus.pdf import verify_worker as worker\n"
        "worker._cap_memory()\n"
        "try:\n"
        "    big = bytearray(400 * 1024 * 1024)\n"
        "    print('allocated')\n"
        "except MemoryError:\n"
        "    print('memory capped')\n"
        "small = bytearray(100 * 1024 * 1024)\n"
        "print('100 MB fine')\n"
        "worker.TIME_LIMIT_S = 1\n"
        "worker._limit_cpu()\n"
        "sys.stdout.flush()\n"
        "while True:\n"
        "    pass\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert out.stdout.split() == ["memory", "capped", "100", "MB", "fine"], out.stdout
    assert out.returncode in (-24, 128 + 24), out.returncode  # SIGXCPU ended the spinning "file"


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="process priorities: POSIX")
def test_the_windows_workers_run_below_it_from_their_start(tmp_path, monkeypatch):
    """The HR window's workers (``background``) import pyHanko and check files at a lower
    priority than the window, so it keeps answering; ``verify`` on the command line does not."""
    from pathlib import Path

    from ishoj_mus.pdf import batch

    seen: list[int] = []
    started = batch._Worker.__init__

    def watched(self: batch._Worker, config: dict) -> None:
        started(self, config)
        seen.append(os.getpriority(os.PRIO_PROCESS, self.process.pid) - os.getpriority(os.PRIO_PROCESS, 0))

    monkeypatch.setattr(batch._Worker, "__init__", watched)
    junk = tmp_path / "x.pdf"
    junk.write_bytes(b"not a pdf")
    assert batch.check_files([Path(junk)], background=True)[0].result.verdict.value == "ULÆSELIG"
    assert batch.check_files([Path(junk)], background=False)[0].result.verdict.value == "ULÆSELIG"
    assert seen == [10, 0]
