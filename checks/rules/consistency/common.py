"""Shared by the consistency checks: word lists, the batch's glossary, and Location helpers."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

from checks.context import Batch, CheckContext
from checks.data import data_lines
from checks.glossary import Glossary, load_glossary


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
    data = (files("resources") / "consistency" / "transliteration.txt").read_text("utf-8")
    rules = []
    for line in data.splitlines():
        line = line.split("#", 1)[0].strip()
        if "->" in line:
            left, right = (s.strip() for s in line.split("->", 1))
            rules.append((left, right))
    return tuple(rules)


def project_folders(batch: Batch) -> list[Path]:
    folders = []
    for member in batch.members:
        path = Path(member.path)
        if path.is_file():
            folders.append(path.parent)
    return folders


def batch_glossary(ctx: CheckContext) -> Glossary:
    """The glossary for this run, read once per batch, with every project folder's glossary."""
    explicit = ctx.settings.glossary
    return ctx.batch.memo(
        f"consistency.glossary:{explicit}",
        lambda batch: load_glossary(explicit, project_folders(batch)),
    )


def file_glossary(ctx: CheckContext) -> tuple[str, Glossary]:
    """The glossary for the file being checked: its own folder's project glossary only.

    Returns a memo key naming it, so patterns built from it can be cached too.
    """
    path = Path(ctx.path)
    folders = [path.parent] if path.is_file() else []
    key = f"consistency.glossary:{ctx.settings.glossary}:{folders[0] if folders else ''}"
    return key, ctx.batch.memo(key, lambda _b: load_glossary(ctx.settings.glossary, folders))


def member_index(ctx: CheckContext, text: str) -> int | None:
    """Which member of the batch is being checked (by path, and the same text)."""
    by_path: dict[str, int] = ctx.batch.memo(
        "consistency.member-index",
        lambda batch: {m.path: n for n, m in reversed(list(enumerate(batch.members)))},
    )
    n = by_path.get(ctx.path)
    if n is not None and ctx.batch.members[n].text == text:
        return n
    for n, member in enumerate(ctx.batch.members):
        if member.path == ctx.path and member.text == text:
            return n
    return None
