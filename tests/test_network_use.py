"""Nothing may call the network – except ``ishoj-mus timestamp`` (issue 22): one module holds the
only HTTP client (and the loopback test TSA), and only that command imports it."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NETWORK = ("urllib.request", "urllib", "http.client", "http.server", "requests", "aiohttp", "httpx")


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_only_the_timestamp_module_has_an_http_client():
    users = {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "ishoj_mus").rglob("*.py")
        if any(name == n or name.startswith(n + ".") for name in _imports(path) for n in NETWORK)
    }
    assert users == {"ishoj_mus/pdf/timestamping.py"}


def test_only_the_timestamp_commands_reach_the_timestamp_module():
    users = {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "ishoj_mus").rglob("*.py")
        if "ishoj_mus.pdf.timestamping" in _imports(path)
    }
    assert users == {"ishoj_mus/pdf/commands.py"}  # ishoj-mus timestamp and demo-tsa; never the window
