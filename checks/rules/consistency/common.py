"""Shared by the consistency checks: word lists, the batch's glossary, and Location helpers."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from copydesk.checks.context import BatchIndex, BatchMember, CheckContext, Resolver
from copydesk.checks.data import data_lines
from copydesk.checks.glossary import Glossary
from copydesk.checks.inputs import folder_key


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


def _folder(member: BatchMember) -> str:
    return folder_key(member.path)


def _add_folder(acc: dict[str, None], _member: int, folder: str) -> None:
    acc.setdefault(folder)  # each folder's project glossary once, in first-seen order


def _compose(folders: dict[str, None], r: Resolver) -> Glossary:
    return r.inputs.glossaries.for_folders(folders)


# The glossary for this run: the default, the user's, every project folder's, then --glossary,
# all read before the run by copydesk.checks.run_inputs and composed here in memory.
GLOSSARY: BatchIndex[str, dict[str, None], Glossary] = BatchIndex(
    "consistency.glossary", _folder, dict, _add_folder, _compose
)


def file_glossary(ctx: CheckContext) -> tuple[str, Glossary]:
    """The glossary for the file being checked: its own folder's project glossary only.

    Returns a memo key naming it, so patterns built from it can be cached too.
    """
    folder = folder_key(ctx.path)
    key = f"consistency.glossary:{folder}"
    return key, ctx.memo(key, lambda: ctx.inputs.glossaries.for_folders([folder]))
