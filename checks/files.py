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
    # From the paths as found (not resolved): a link to a file elsewhere keeps its place.
    rel = Path(os.path.relpath(os.path.abspath(item.path), os.path.abspath(item.root)))
    if rel.is_absolute() or rel.parts[:1] == ("..",):
        rel = Path(item.path.name)
    return output_dir / rel


class OutputPlanError(Exception):
    """Saving as planned would overwrite an original or lose a copy; the message says which."""


def plan_outputs(items: Sequence[InputFile], output_dir: Path) -> list[Path]:
    """The target of every item under ``output_dir``, checked before anything is written.

    Refused: a target that is one of the input files (or a link to one), and two
    inputs that would be saved to the same place (one corrected copy would silently
    replace the other).
    """
    sources = {item.path.resolve(): item for item in items}
    targets = [output_path(item, output_dir) for item in items]
    seen: dict[Path, InputFile] = {}
    for item, target in zip(items, targets, strict=True):
        resolved = target.resolve()
        if resolved in sources:
            raise OutputPlanError(
                f"{target}: saving there would overwrite the original {sources[resolved].path}"
            )
        if resolved in seen:
            raise OutputPlanError(
                f"{target}: both {seen[resolved].path} and {item.path} would be saved there"
            )
        seen[resolved] = item
    return targets


def check_output_dir(output_dir: Path, input_paths: Iterable[str | Path]) -> None:
    """Refuse an output folder inside a folder being checked: the next run would read it."""
    for p in input_paths:
        folder = Path(p)
        if folder.is_dir() and is_inside(output_dir, folder):
            raise OutputPlanError(
                f"{output_dir}: the output folder must not be inside the input folder {folder}"
            )


def is_inside(child: Path, parent: Path) -> bool:
    try:
        child.resolve().relative_to(parent.resolve())
    except ValueError:
        return False
    return True
