"""The window asks for PDFs by name (``pdf.jobs``) and never imports the PDF stack itself."""

from __future__ import annotations

import inspect
import pickle
import subprocess
import sys

from ishoj_mus.pdf import jobs
from tests.conftest import ROOT


def test_every_job_the_window_can_ask_for_names_a_function_that_exists():
    """A renamed or moved function would otherwise fail only when a person makes that PDF."""
    for entry in jobs.ENTRIES:
        module = __import__(entry.module, fromlist=[entry.name])
        assert inspect.isfunction(getattr(module, entry.name)), entry
        assert pickle.loads(pickle.dumps(entry)) == entry  # sent to the worker as it is


def test_naming_a_job_loads_no_pdf_library_and_the_worker_has_them_loaded():
    code = (
        "import sys\n"
        "from ishoj_mus.pdf import jobs, worker\n"
        "job = worker.Job(jobs.SUMMARY, (None, None), progress=True)\n"
        "worker.encode(worker.Request(1, job))\n"
        "heavy = ('reportlab', 'pikepdf', 'pyhanko')\n"
        "print(sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0] in heavy}))\n"
        "import ishoj_mus.pdf.worker_main\n"
        "print(all(e.module in sys.modules for e in jobs.ENTRIES))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert out.stdout.split("\n")[:2] == ["[]", "True"], out.stdout + out.stderr
