#!/usr/bin/env bash
# Set up Ishøj MUS from a fresh checkout and then run it, test it or build it.
#   bash scripts/bootstrap.sh run     – install what is missing, open the window on the demo
#   bash scripts/bootstrap.sh test    – install what is missing, run the whole test suite
#   bash scripts/bootstrap.sh check   – install what is missing, run ruff, mypy and import-linter
#   bash scripts/bootstrap.sh bundle  – install what is missing, build the PyInstaller bundle
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-run}"
shift || true

# Debian/Ubuntu: the libraries Qt's xcb platform plugin loads, poppler (pdfsig, pdftoppm) for
# the PDF tests, Xvfb for the crash-recovery test; icu-devtools and gcc make the bundle's smaller
# ICU data (scripts/icu_subset.py). Only what is missing is installed.
QT_LIBS="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
  libxcb-xkb1 libxcb-randr0 libxcb-xinerama0"
EXTRA=""
case "$mode" in
  test) EXTRA="poppler-utils xvfb xauth xdotool binutils icu-devtools gcc" ;;
  bundle) EXTRA="binutils icu-devtools gcc" ;;
esac
if command -v dpkg >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  missing=""
  for pkg in $QT_LIBS $EXTRA; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
  done
  if [ -n "$missing" ]; then
    echo "Installerer systempakker:$missing"
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
  fi
fi

PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  echo "Opretter .venv ..."
  "$PY" -m venv .venv
fi
stamp=.venv/.installed-$(cat pyproject.toml | sha1sum | cut -c1-12)
if [ ! -f "$stamp" ]; then
  echo "Installerer Python-pakker ..."
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[test,build,dev]"
  touch "$stamp"
fi

case "$mode" in
  run)
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = "Linux" ]; then
      echo "Der er ingen skærm (DISPLAY er ikke sat). Start programmet i en skrivebordssession." >&2
      exit 2
    fi
    exec .venv/bin/ishoj-mus --demo "$@"
    ;;
  test)
    exec .venv/bin/python -m pytest "$@"
    ;;
  check)
    # Lint, types, layers: each names what is wrong; the first failure stops the run.
    echo "ruff ..."
    .venv/bin/python -m ruff check ishoj_mus tests scripts
    .venv/bin/python -m ruff format --check --quiet ishoj_mus tests scripts
    echo "mypy ..."
    .venv/bin/python -m mypy
    echo "import-linter ..."
    .venv/bin/lint-imports --no-cache
    echo "Alle tjek bestået."
    ;;
  bundle)
    exec .venv/bin/pyinstaller --noconfirm --clean build_installer.spec "$@"
    ;;
  *)
    echo "Brug: bash scripts/bootstrap.sh run|test|check|bundle" >&2
    exit 2
    ;;
esac
