"""Code shape (issue 13): no function in the product code is over 80 lines.

Walks checks/, desktop/ and frontend/ with ``ast`` (every module, imported by a test or
not).  A function counts from its ``def`` line to its last line, decorators left out;
a nested function counts inside its parent too.  Split a long one into named parts.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRODUCT = ("checks", "desktop", "frontend")
MAX_LINES = 80


def long_functions(source: str, limit: int = MAX_LINES) -> list[tuple[str, int, int]]:
    """(name, first line, length) of every function longer than ``limit`` lines."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            if length > limit:
                found.append((node.name, node.lineno, length))
    return found


def product_files() -> list[Path]:
    return [p for folder in PRODUCT for p in sorted((ROOT / folder).rglob("*.py"))]


def test_the_walk_sees_the_product_code() -> None:
    names = {p.relative_to(ROOT).as_posix() for p in product_files()}
    assert {"checks/engine.py", "desktop/main_window.py", "frontend/cli.py"} <= names


def test_a_long_function_is_found() -> None:
    body = "\n".join(f"    x{n} = {n}" for n in range(MAX_LINES))
    source = f"class A:\n    @property\n    def long(self):\n{body.replace('    ', '        ')}\n"
    assert long_functions(source) == [("long", 3, MAX_LINES + 1)]
    assert long_functions("def short():\n    return 1\n") == []


@pytest.mark.parametrize("path", product_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_function_is_over_80_lines(path: Path) -> None:
    found = long_functions(path.read_text("utf-8"))
    assert not found, f"{path.relative_to(ROOT)}: split {found} into named parts"
