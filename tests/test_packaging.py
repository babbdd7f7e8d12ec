"""The wheel carries forms/ and resources/, and an installed program finds them."""

import subprocess
import sys
import venv
import zipfile

import pytest

from tests.conftest import ROOT


@pytest.mark.slow
@pytest.mark.timeout(900)  # builds a wheel and installs it in a fresh venv
def test_wheel_installs_in_a_fresh_venv_and_loads_a_form(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
        cwd=tmp_path,
    )
    [wheel] = dist.glob("ishoj_mus-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "ishoj_mus/_data/forms/mus.toml" in names
    assert "ishoj_mus/_data/resources/framework.toml" in names

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    py = env_dir / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    subprocess.run(
        [str(py), "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheel)],
        check=True,
        capture_output=True,
    )
    code = (
        "from ishoj_mus.paths import data_root, default_form_path\n"
        "from ishoj_mus.storage.form_files import load_form\n"
        "form = load_form(default_form_path())\n"
        "print(data_root()); print(form.title); print(len(form.steps))"
    )
    out = subprocess.run([str(py), "-c", code], capture_output=True, text=True, cwd=tmp_path, check=True)
    root, title, steps = out.stdout.strip().splitlines()
    assert "site-packages" in root and "_data" in root
    assert title == "MUS – medarbejderudviklingssamtale" and int(steps) == 14
