"""Which rules run: one type for the registry, the engine, the settings dialog and the CLI.

Rules are named by id or dotted prefix, as in ruff: ``punct`` is every
punctuation check, ``punct.double`` one check, and ``grammar.harper.SpellCheck``
or ``lt.EN_A_VS_AN`` one *sub-rule* of an engine check (the issues' own rule
ids).  Two questions, kept apart so that naming a sub-rule never switches a
whole check on or off:

* :meth:`RuleSelection.runs` — does a check run?  Ignoring a sub-rule leaves its
  check running (only that sub-rule's issues go); ignoring the check or a
  prefix of it stops it.
* :meth:`RuleSelection.keeps` — is an issue of this rule reported?
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from copydesk.checks.registry import Check

ALL = "ALL"


def _is_all(prefix: str) -> bool:
    return prefix.upper() == ALL


def covers(prefix: str, rule: str) -> bool:
    """True when ``prefix`` names ``rule`` or a family it belongs to (``ALL`` names all)."""
    return _is_all(prefix) or rule == prefix or rule.startswith(prefix + ".")


def clean(prefixes: Iterable[str]) -> tuple[str, ...]:
    """Prefixes stripped, empty ones dropped, order kept, repeats removed."""
    out: list[str] = []
    for p in prefixes:
        p = p.strip()
        if p and p not in out:
            out.append(p)
    return tuple(out)


@dataclass(frozen=True)
class RuleSelection:
    """``select`` (empty: every default check) minus ``ignore``, by id or dotted prefix."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()

    @classmethod
    def of(cls, select: Sequence[str] | None = None, ignore: Sequence[str] = ()) -> RuleSelection:
        return cls(clean(select or ()), clean(ignore))

    def runs(self, chk: Check) -> bool:
        """Whether ``chk`` runs: chosen (by default or by ``select``) and not ignored whole.

        ``select`` may name a family, the check, or a sub-rule of it (then the check runs
        and :meth:`keeps` lets only that sub-rule through).  A default-off check runs only
        when named explicitly: ``ALL`` alone does not turn it on.
        """
        if self.select:
            named = [p for p in self.select if covers(p, chk.id) or covers(chk.id, p)]
            if not named:
                return False
            if not chk.default_enabled and all(_is_all(p) for p in named):
                return False
        elif not chk.default_enabled:
            return False
        return not any(covers(p, chk.id) for p in self.ignore)

    def keeps(self, rule: str) -> bool:
        """Whether an issue of ``rule`` (a check id or a sub-rule id) is reported."""
        if self.select and not any(covers(p, rule) for p in self.select):
            return False
        return not any(covers(p, rule) for p in self.ignore)

    def ignored_sub_rules(self, chk: Check) -> tuple[str, ...]:
        """The ignored rules that are parts of ``chk`` (``grammar.harper.SpellCheck``)."""
        return tuple(p for p in self.ignore if p.startswith(chk.id + "."))

    def unknown(self, check_ids: Iterable[str]) -> list[str]:
        """Prefixes that name no check, no family and no possible sub-rule of a check."""
        ids = list(check_ids)
        return [
            p
            for p in (*self.select, *self.ignore)
            if not _is_all(p) and not any(covers(p, i) or covers(i, p) for i in ids)
        ]
