"""The one registry of checks: the command line and the desktop app both ask it.

A check module registers itself with the :func:`check` decorator.  Every module
below the packages in ``CHECK_PACKAGES`` is imported on first use, so adding a
check is adding a module; nothing else needs to know its name.

Selection is by dotted prefix, as in ruff: ``punct`` picks every punctuation
check, ``punct.double`` just that one.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from checks.context import BatchIndex, CheckContext
from checks.model import Category, Issue

CheckFunc = Callable[[str, CheckContext], Iterable[Issue]]

CHECK_PACKAGES = ("checks.rules", "checks.grammar")


@dataclass(frozen=True)
class Check:
    """A registered check: its stable id, what it is about, and the function that runs it.

    ``examples`` must each produce at least one issue of this check and
    ``near_misses`` none; the test suite runs both for every check.  Checks that
    need an outside service (LanguageTool) set ``needs_service`` and are tested
    on recorded responses instead.
    """

    id: str
    category: Category
    description: str
    func: CheckFunc = field(compare=False, repr=False)
    default_enabled: bool = True
    scope: Literal["document", "batch"] = "document"
    status: Literal["stable", "preview"] = "stable"
    examples: tuple[str, ...] = ()
    near_misses: tuple[str, ...] = ()
    needs_service: bool = False
    # Grammar engines defer to our own cleanup passes: their issues are dropped
    # where one of ours already covers the same span.
    yields_to_cleanup: bool = False
    # What a batch check reads of the batch (see checks.context); only these via ctx.index.
    batch_indexes: tuple[BatchIndex[Any, Any, Any], ...] = ()

    def __post_init__(self) -> None:
        if self.batch_indexes and self.scope != "batch":
            raise ValueError(f"{self.id}: batch_indexes need scope='batch'")

    def owns(self, rule: str) -> bool:
        """True when ``rule`` is this check's id or one of its dotted sub-rules."""
        return rule == self.id or rule.startswith(self.id + ".")

    def matches(self, prefixes: Iterable[str]) -> bool:
        return any(_prefix_matches(self.id, p) for p in prefixes)


def _prefix_matches(check_id: str, prefix: str) -> bool:
    prefix = prefix.strip()
    if not prefix:
        return False
    if prefix.upper() == "ALL":
        return True
    return (
        check_id == prefix or check_id.startswith(prefix + ".") or prefix.startswith(check_id + ".")
    )


class Registry:
    def __init__(self) -> None:
        self._checks: dict[str, Check] = {}
        self._loaded = False

    def add(self, check: Check) -> Check:
        if check.id in self._checks and self._checks[check.id].func is not check.func:
            raise ValueError(f"check id {check.id!r} registered twice")
        self._checks[check.id] = check
        return check

    def load(self) -> None:
        """Import every check module once (registration happens at import)."""
        if self._loaded:
            return
        self._loaded = True
        for package_name in CHECK_PACKAGES:
            package = importlib.import_module(package_name)
            for info in pkgutil.walk_packages(package.__path__, package_name + "."):
                importlib.import_module(info.name)

    def all(self) -> list[Check]:
        self.load()
        return sorted(self._checks.values(), key=lambda c: c.id)

    def get(self, check_id: str) -> Check:
        self.load()
        return self._checks[check_id]

    def owner_of(self, rule: str) -> Check | None:
        self.load()
        best: Check | None = None
        for chk in self._checks.values():
            if chk.owns(rule) and (best is None or len(chk.id) > len(best.id)):
                best = chk
        return best

    def select(
        self, select: Sequence[str] | None = None, ignore: Sequence[str] = ()
    ) -> list[Check]:
        """Checks to run: the default set (or those matching ``select``) minus ``ignore``.

        A default-off check runs only when ``select`` names it or its prefix explicitly.
        """
        chosen = []
        for chk in self.all():
            if select:
                wanted = chk.matches(select) and (
                    chk.default_enabled or any(p.upper() != "ALL" for p in select)
                )
            else:
                wanted = chk.default_enabled
            if wanted and not chk.matches(ignore):
                chosen.append(chk)
        return chosen

    def unknown_prefixes(self, prefixes: Iterable[str]) -> list[str]:
        ids = [c.id for c in self.all()]
        return [
            p
            for p in prefixes
            if p.upper() != "ALL" and not any(_prefix_matches(i, p) for i in ids)
        ]


REGISTRY = Registry()


def check(
    id: str,
    category: Category,
    description: str,
    *,
    default_enabled: bool = True,
    scope: Literal["document", "batch"] = "document",
    status: Literal["stable", "preview"] = "stable",
    examples: Sequence[str] = (),
    near_misses: Sequence[str] = (),
    needs_service: bool = False,
    yields_to_cleanup: bool = False,
    batch_indexes: Sequence[BatchIndex[Any, Any, Any]] = (),
) -> Callable[[CheckFunc], CheckFunc]:
    """Register the decorated function as a check in :data:`REGISTRY`."""

    def register(func: CheckFunc) -> CheckFunc:
        REGISTRY.add(
            Check(
                id=id,
                category=category,
                description=description,
                func=func,
                default_enabled=default_enabled,
                scope=scope,
                status=status,
                examples=tuple(examples),
                near_misses=tuple(near_misses),
                needs_service=needs_service,
                yields_to_cleanup=yields_to_cleanup,
                batch_indexes=tuple(batch_indexes),
            )
        )
        return func

    return register
