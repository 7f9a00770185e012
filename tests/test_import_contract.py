"""The package boundary: the engine imports no front end; everything is under `copydesk`.

Walks the source with ``ast`` (no import needed, so a forbidden import in a module no
test loads is still caught).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# What the engine must never reach: the window, Qt, the command-line front end, benches, tests.
ENGINE_FORBIDDEN = (
    "PySide6",
    "shiboken6",
    "copydesk.desktop",
    "copydesk.cli",
    "copydesk.about",
    "copydesk.languagetool_cli",
    "bench",
    "tests",
)
# Top-level names the wheel no longer owns: importing them works only inside a checkout.
BARE_NAMES = ("checks", "desktop", "resources", "frontend")


def imported_names(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    names: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append((node.lineno, node.module))
            if node.module == "copydesk":  # `from copydesk import cli`
                names += [(node.lineno, f"copydesk.{alias.name}") for alias in node.names]
    return names


def under(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def python_files(*folders: str) -> list[Path]:
    return [p for folder in folders for p in sorted((ROOT / folder).rglob("*.py"))]


@pytest.mark.parametrize("path", python_files("checks"), ids=lambda p: str(p.relative_to(ROOT)))
def test_engine_imports_no_front_end(path):
    bad = [
        f"{line}: {name}"
        for line, name in imported_names(path)
        if any(under(name, prefix) for prefix in ENGINE_FORBIDDEN)
    ]
    assert not bad, f"{path.relative_to(ROOT)} imports a front end: {bad}"


@pytest.mark.parametrize(
    "path",
    python_files("checks", "desktop", "frontend", "bench", "packaging", "tests"),
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_everything_is_imported_under_copydesk(path):
    bad = [
        f"{line}: {name}"
        for line, name in imported_names(path)
        if any(under(name, prefix) for prefix in BARE_NAMES)
    ]
    assert not bad, f"{path.relative_to(ROOT)} imports a bare top-level name: {bad}"


def test_the_walker_sees_a_forbidden_import(tmp_path):
    sample = tmp_path / "m.py"
    sample.write_text(
        "import os\nfrom copydesk import cli\nfrom PySide6.QtCore import Qt\n"
        "def f():\n    from copydesk.desktop import app\n",
        "utf-8",
    )
    names = [name for _, name in imported_names(sample)]
    assert "copydesk.cli" in names
    assert "PySide6.QtCore" in names
    assert "copydesk.desktop" in names  # imports inside functions count too
