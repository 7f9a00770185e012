"""What a run hands its checks besides the texts: glossaries, term base, user words, services.

Resolved once per run by :mod:`copydesk.checks.run_inputs` (the command line,
the parallel workers and the window all go through it), carried by
:class:`~copydesk.checks.context.CheckContext` as ``ctx.inputs`` and read-only
from there: a check never opens a file, reads the settings file or starts a
service itself.  Everything here is immutable once built.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Protocol

from copydesk.checks.bilingual.loader import BILINGUAL_SUFFIXES
from copydesk.checks.glossary import Glossary

if TYPE_CHECKING:
    from copydesk.checks.bilingual.terms import Term
    from copydesk.checks.service import ServiceStatus


# A bilingual unit is the batch member ``file#unit``, and a unit id may hold a "/" (a PO
# msgid, an XLIFF 2 "unit/segment"): its folder is its file's.
_UNIT_MEMBER = re.compile(
    "(.*?(?:" + "|".join(re.escape(s) for s in BILINGUAL_SUFFIXES) + "))#", re.IGNORECASE | re.S
)


def folder_key(path: str | Path) -> str:
    """The folder a file's project glossary is looked up by: a string operation, no disk."""
    text = str(path)
    unit = _UNIT_MEMBER.match(text)
    return str(Path(unit.group(1) if unit else text).parent)


def _frozen(mapping: Mapping[str, Glossary]) -> Mapping[str, Glossary]:
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True)
class GlossaryInputs:
    """Every glossary of the run, read up front; a file's glossary is composed in memory.

    ``base`` is the default glossary with the user's on top, ``projects`` each
    checked folder's ``copydesk-glossary`` (keyed by :func:`folder_key`; folders
    without one are absent) and ``explicit`` the one named with ``--glossary``.
    They stack in that order, later ones overriding earlier ones.
    """

    base: Glossary = field(default_factory=Glossary)
    projects: Mapping[str, Glossary] = field(default_factory=lambda: _frozen({}))
    explicit: Glossary | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "projects", _frozen(self.projects))

    def for_folders(self, folders: Iterable[str]) -> Glossary:
        """The glossary of files in ``folders`` (each folder's project glossary once, in order)."""
        glossary = Glossary()
        glossary.merge(self.base)
        for folder in dict.fromkeys(folders):
            project = self.projects.get(folder)
            if project is not None:
                glossary.merge(project)
        if self.explicit is not None:
            glossary.merge(self.explicit)
        return glossary

    def for_path(self, path: str) -> Glossary:
        """The glossary of one file: its own folder's project glossary only."""
        return self.for_folders([folder_key(path)])

    def __reduce__(self) -> tuple[Any, ...]:
        # A mapping proxy does not pickle; workers of a parallel run receive these.
        return (GlossaryInputs, (self.base, dict(self.projects), self.explicit))


class GrammarService(Protocol):
    """A grammar service the front end started (or is starting) for this run."""

    def wait(self) -> ServiceStatus:
        """The service's status once the front end's start-up attempt has ended."""
        ...

    def check(self, text: str, language: str | None = None) -> list[Any]:
        """The service's matches for ``text`` (in ``language``, a tag such as ``en-GB``, where
        the settings leave the variant to each text); raises when it cannot answer."""
        ...


@dataclass(frozen=True)
class CheckInputs:
    """The run's inputs as every check reads them (``ctx.inputs``)."""

    glossaries: GlossaryInputs = field(default_factory=GlossaryInputs)
    terms: tuple[Term, ...] = ()
    # The user's accepted spellings (lower case): the settings' words and the glossary's.
    user_words: frozenset[str] = frozenset()
    # LanguageTool for this run; None when it is not wanted (off, or ``lt`` not selected).
    languagetool: GrammarService | None = None


# What a check sees when nothing was resolved (a context built by hand, in a test).
NO_INPUTS = CheckInputs()
