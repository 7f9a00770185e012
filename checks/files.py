"""Turn the paths a user names into the text files to check, and map them to output paths."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = (".txt", ".md")


@dataclass(frozen=True)
class InputFile:
    path: Path
    root: Path  # the folder its output path is made relative to


def collect(
    paths: Iterable[str | Path], suffixes: Sequence[str] = TEXT_SUFFIXES
) -> tuple[list[InputFile], list[str]]:
    """Files to check (folders searched recursively for ``suffixes``) and errors for bad paths.

    Files named explicitly are taken whatever their suffix; hidden files and
    folders inside a searched folder are passed over.
    """
    found: list[InputFile] = []
    errors: list[str] = []
    raw = [Path(p) for p in paths]
    explicit_files = [p for p in raw if p.is_file()]
    base = _common_base(raw)
    for p in raw:
        if p.is_dir():
            root = p if len(raw) == 1 else base
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    if name.startswith(".") or not name.lower().endswith(tuple(suffixes)):
                        continue
                    found.append(InputFile(Path(dirpath) / name, root))
        elif p in explicit_files:
            found.append(InputFile(p, p.parent if len(raw) == 1 else base))
        elif p.exists():
            errors.append(f"{p}: not a regular file; skipped")
        else:
            errors.append(f"{p}: no such file or folder")
    unique: dict[Path, InputFile] = {}
    for f in found:
        unique.setdefault(f.path.resolve(), f)
    return list(unique.values()), errors


def _common_base(paths: Sequence[Path]) -> Path:
    parents = [str((p if p.is_dir() else p.parent).resolve()) for p in paths if p.exists()]
    if not parents:
        return Path.cwd()
    return Path(os.path.commonpath(parents))


def output_path(item: InputFile, output_dir: Path) -> Path:
    rel = item.path.resolve().relative_to(item.root.resolve())
    return output_dir / rel


def is_inside(child: Path, parent: Path) -> bool:
    try:
        child.resolve().relative_to(parent.resolve())
    except ValueError:
        return False
    return True
