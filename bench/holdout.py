"""Which of bench/data's pools are held out, so that no bench reads them by accident.

A hold-out pool (see bench/eval_families.py) is run once, at the end, by eval_families
alone.  Every other bench that walks bench/data recursively filters its files through
``outside_holdouts`` so that dumping or profiling never shows a hold-out's issues.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

HOLD_OUTS: frozenset[str] = frozenset({"fresh_dr"})


def outside_holdouts(paths: Iterable[Path]) -> list[Path]:
    """The paths, sorted, without any inside a held-out pool's folder."""
    return sorted(p for p in paths if not HOLD_OUTS.intersection(p.parts))
