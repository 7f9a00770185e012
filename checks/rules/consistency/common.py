"""Shared by the consistency checks: word lists, the batch's glossary, and Location helpers."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

from copydesk.checks.context import BatchIndex, BatchMember, CheckContext, Resolver
from copydesk.checks.data import data_lines
from copydesk.checks.glossary import Glossary, load_glossary


def _word_list(name: str) -> frozenset[str]:
    return frozenset(line.casefold() for line in data_lines("consistency", name))


@cache
def function_words() -> frozenset[str]:
    return _word_list("function_words.txt")


@cache
def titles() -> frozenset[str]:
    return _word_list("titles.txt")


@cache
def transliteration_rules() -> tuple[tuple[str, str], ...]:
    data = (files("copydesk.resources") / "consistency" / "transliteration.txt").read_text("utf-8")
    rules = []
    for line in data.splitlines():
        line = line.split("#", 1)[0].strip()
        if "->" in line:
            left, right = (s.strip() for s in line.split("->", 1))
            rules.append((left, right))
    return tuple(rules)


def _folder(member: BatchMember) -> Path | None:
    path = Path(member.path)
    return path.parent if path.is_file() else None


def _add_folder(acc: dict[Path, None], _member: int, folder: Path | None) -> None:
    if folder is not None:
        acc.setdefault(folder)  # load_glossary reads each folder once, in first-seen order


def _load(folders: dict[Path, None], r: Resolver) -> Glossary:
    return load_glossary(r.settings.glossary, list(folders))


# The glossary for this run: the default, the user's, every project folder's, then --glossary.
GLOSSARY: BatchIndex[Path | None, dict[Path, None], Glossary] = BatchIndex(
    "consistency.glossary", _folder, dict, _add_folder, _load
)


def file_glossary(ctx: CheckContext) -> tuple[str, Glossary]:
    """The glossary for the file being checked: its own folder's project glossary only.

    Returns a memo key naming it, so patterns built from it can be cached too.
    """
    path = Path(ctx.path)
    folders = [path.parent] if path.is_file() else []
    key = f"consistency.glossary:{ctx.settings.glossary}:{folders[0] if folders else ''}"
    return key, ctx.memo(key, lambda: load_glossary(ctx.settings.glossary, folders))
