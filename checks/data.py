"""Read the data files in ``resources/``: one entry a line, ``#`` starts a comment line.

Every family of checks keeps its word lists and patterns there; this is the one
reader, cached, so that each file is parsed once per process.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def data_lines(folder: str, name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of ``resources/<folder>/<name>``, stripped."""
    raw = (files("copydesk.resources") / folder / name).read_text("utf-8")
    return tuple(
        line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#")
    )


@cache
def word_set(folder: str, name: str) -> frozenset[str]:
    """The lines of ``resources/<folder>/<name>`` as a set, built once per process, so a
    rule may ask for it per token."""
    return frozenset(data_lines(folder, name))
