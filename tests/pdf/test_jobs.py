"""The window asks for PDFs by name (``pdf.jobs``) and never imports the PDF stack itself."""

from __future__ import annotations

import ast
import inspect
import pickle
import subprocess
import sys

from ishoj_mus.pdf import jobs, worker
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
        "job = worker.Job.of(jobs.SUMMARY, None, None, progress=worker.reported)\n"
        "worker.encode(worker.Request(1, job))\n"
        "heavy = ('reportlab', 'pikepdf', 'pyhanko')\n"
        "print(sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0] in heavy}))\n"
        "import ishoj_mus.pdf.worker_main\n"
        "print(all(e.module in sys.modules for e in jobs.ENTRIES))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert out.stdout.split("\n")[:2] == ["[]", "True"], out.stdout + out.stderr


def test_each_entry_is_typed_as_the_function_it_names():
    """mypy types an entry by the function in its lambda; Python calls the module and name."""
    tree = ast.parse((ROOT / "ishoj_mus" / "pdf" / "jobs.py").read_text(encoding="utf-8"))
    named = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            call = node.value
            if isinstance(call.func, ast.Name) and call.func.id == "_entry":
                module, name, typed_as = call.args
                assert isinstance(typed_as, ast.Lambda) and isinstance(typed_as.body, ast.Attribute)
                alias = typed_as.body.value
                assert isinstance(alias, ast.Name)
                named[node.targets[0].id] = (
                    module.value,
                    name.value,
                    f"ishoj_mus.pdf.{alias.id}",
                    typed_as.body.attr,
                )
    assert sorted(named) == ["GRUS_DOCUMENTS", "PLAN", "SHEET", "SUMMARY"]
    for variable, (module, name, typed_module, typed_name) in named.items():
        assert (module, name) == (typed_module, typed_name), variable
        assert getattr(jobs, variable) == jobs.Entry(module, name)


def _echo(*args, progress=None, **kwargs):
    return args, kwargs, progress


def test_a_typed_job_passes_its_own_progress_where_it_says_reported():
    job = worker.Job.of(_echo, 1, 2, progress=worker.reported, edition="copy")
    assert job == worker.Job(_echo, (1, 2), {"edition": "copy"}, progress=True)
    assert pickle.loads(pickle.dumps(job)) == job  # what goes to the worker: no placeholder in it
    assert job(print) == ((1, 2), {"edition": "copy"}, print)
    assert worker.Job.of(_echo, 3)() == ((3,), {}, None)
