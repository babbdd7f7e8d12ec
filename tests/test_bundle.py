"""The PyInstaller bundle: built here with build_installer.spec; its --self-test must pass."""

import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT


def _size_mib(folder) -> float:
    return (
        sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1024 / 1024
    )


@pytest.mark.slow
@pytest.mark.timeout(1200)  # a PyInstaller build: minutes
@pytest.mark.skipif(
    shutil.which("pyinstaller") is None and not (ROOT / ".venv/bin/pyinstaller").exists(),
    reason="PyInstaller not installed (pip install -e '.[build]')",
)
def test_bundle_builds_and_passes_its_self_test(tmp_path, user_home):
    pyinstaller = [sys.executable, "-m", "PyInstaller"]
    build = subprocess.run(
        [*pyinstaller, "--noconfirm", "--clean", "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "work"),
         str(ROOT / "build_installer.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert build.returncode == 0, build.stderr[-3000:]
    bundle = tmp_path / "dist" / "ishoj-mus"
    exe = bundle / ("ishoj-mus.exe" if sys.platform == "win32" else "ishoj-mus")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ISHOJ_MUS_HOME=str(user_home))
    result = subprocess.run([str(exe), "--self-test"], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Selvtest bestået" in result.stdout
    assert "forhåndsvisning, udskrift og dansk sortering" in result.stdout
    size = _size_mib(bundle)
    print(f"\nbundle size on disk: {size:.1f} MiB")  # reported with -s / in the CI log
    # issue 15's ceiling, in the unit the bench has always measured it in (MiB, as du -h counts):
    # 119.0 MiB on Linux when Qt's ICU data is cut (scripts/icu_subset.py) and the system
    # libraries listed in build_installer.spec come from the system
    assert size <= 120, f"bundle is {size:.1f} MiB, more than the 120 MiB ceiling (issue 15)"
    # the system's copies of these libraries are used; bundled ones would be dead weight or clash
    if sys.platform.startswith("linux"):
        internal = bundle / "_internal"
        for name in ("libstdc++.so.6", "libX11.so.6", "libfontconfig.so.1", "libcups.so.2", "libdbus-1.so.3"):
            assert not (internal / name).exists(), f"{name} is bundled again"
    assert (bundle / "_internal" / "forms" / "mus.toml").exists()
    # reportlab finds its C accelerator by a string import: it must be in the bundle too
    assert list((bundle / "_internal").glob("_rl_accel*")), "rl-accel is missing from the bundle"
