"""The one registry of checks: the command line and the desktop app both ask it.

A check module registers itself with the :func:`check` decorator.  Every module
below the packages in ``CHECK_PACKAGES`` is imported on first use, so adding a
check is adding a module; nothing else needs to know its name.

Selection is by dotted prefix, as in ruff: ``punct`` picks every punctuation
check, ``punct.double`` just that one.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from copydesk.checks.context import BatchIndex, CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.selection import RuleSelection

CheckFunc = Callable[[str, CheckContext], Iterable[Issue]]
# An example: its text, or its text and the expected first suggestion ("" for a removal).
ExampleSpec = str | tuple[str, str]

MARK_OPEN, MARK_CLOSE = "«", "»"


@dataclass(frozen=True)
class Example:
    """An example that must fire, with where and (optionally) what it must suggest.

    Written as LanguageTool writes its rule examples (``<marker>`` and
    ``correction``): the span between ``«`` and ``»`` is the one the issue must
    cover, and a second string is the first suggestion it must make.  An example
    without markers only has to fire somewhere.
    """

    text: str
    span: tuple[int, int] | None = None
    correction: str | None = None


def parse_example(spec: ExampleSpec) -> Example:
    """``"text «marked» here"`` or ``("text «marked» here", "correction")`` as an Example."""
    raw, correction = (spec, None) if isinstance(spec, str) else spec
    start = raw.find(MARK_OPEN)
    end = raw.find(MARK_CLOSE, start + 1)
    if start == -1 or end == -1 or raw.count(MARK_OPEN) != 1 or raw.count(MARK_CLOSE) != 1:
        if correction is not None:
            raise ValueError(f"an example with a correction needs one «marked» span: {raw!r}")
        return Example(raw)
    text = raw[:start] + raw[start + 1 : end] + raw[end + 1 :]
    return Example(text, (start, end - 1), correction)


CHECK_PACKAGES = ("copydesk.checks.rules", "copydesk.checks.grammar")
PAIR_SEPARATOR = "\t"  # between source and target in a bilingual check's examples
# Precedence of copydesk's own passes, and the default of a check that yields to them.
OWN_PRECEDENCE = 100
ENGINE_PRECEDENCE = 50


@dataclass(frozen=True)
class Check:
    """A registered check: its stable id, what it is about, and the function that runs it.

    ``examples`` must each produce at least one issue of this check (at the
    ``«marked»`` span, with the expected correction, when given: see
    :class:`Example`) and ``near_misses`` none; the test suite runs both for
    every check.  Checks that need an outside service (LanguageTool) set
    ``needs_service`` and are tested on recorded responses instead.
    """

    id: str
    category: Category
    description: str
    func: CheckFunc = field(compare=False, repr=False)
    default_enabled: bool = True
    scope: Literal["document", "batch"] = "document"
    status: Literal["stable", "preview"] = "stable"
    # Given as ExampleSpecs; kept as plain texts (markers taken out), their marks below.
    examples: tuple[ExampleSpec, ...] = ()
    near_misses: tuple[str, ...] = ()
    needs_service: bool = False
    # Grammar engines run after our own cleanup passes (they are the slow part).
    yields_to_cleanup: bool = False
    # Compares a target with its source (ctx.source); its examples and near misses are
    # "source<TAB>target" lines (see PAIR_SEPARATOR), each line a unit of one batch.
    bilingual: bool = False
    # Judges what the text says, so it reads the text with mojibake repaired
    # (copydesk.checks.reading): "CafÃ©" holds a "©" that is no photo credit.
    reads_repaired: bool = False

    # A bilingual check whose issues say what their span is (text left in the source
    # language): in a bilingual file they outrank the grammar engines' issues there, as
    # our own passes' issues do in any file (see engine._dedupe); other pair checks'
    # issues are about the unit (a length, a number) and stand beside the engines'.
    claims_span: bool = False
    # A bilingual check about the inline markup itself (a tag lost or added): its
    # issues stand on the unit's tags, which other checks' issues may not touch.
    reads_markup: bool = False

    marked: tuple[Example, ...] = field(default=(), compare=False, repr=False)

    # What a batch check reads of the batch (see checks.context); only these via ctx.index.
    batch_indexes: tuple[BatchIndex[Any, Any, Any], ...] = ()

    def __post_init__(self) -> None:
        if self.batch_indexes and self.scope != "batch":
            raise ValueError(f"{self.id}: batch_indexes need scope='batch'")
        # Whoever reads ``examples`` gets the texts a check runs on, as before markers.
        parsed = tuple(parse_example(e) for e in self.examples)
        object.__setattr__(self, "marked", parsed)
        object.__setattr__(self, "examples", tuple(e.text for e in parsed))

    @property
    def parsed_examples(self) -> list[Example]:
        return list(self.marked)

    # Where issues of two checks overlap, the engine keeps the one of higher precedence
    # (one issue per problem); equal precedence keeps both.  Our own passes are the most
    # specific, so they outrank the grammar engines, which declare lower values.  None:
    # OWN_PRECEDENCE, or ENGINE_PRECEDENCE for a check that yields to cleanup.
    precedence: int | None = None

    @property
    def rank(self) -> int:
        """The declared precedence, or the default for this kind of check."""
        if self.precedence is not None:
            return self.precedence
        return ENGINE_PRECEDENCE if self.yields_to_cleanup else OWN_PRECEDENCE

    def owns(self, rule: str) -> bool:
        """True when ``rule`` is this check's id or one of its dotted sub-rules."""
        return owns(self.id, rule)

    def matches(self, prefixes: Iterable[str]) -> bool:
        return any(_prefix_matches(self.id, p) for p in prefixes)


def owns(check_id: str, rule: str) -> bool:
    """True when ``rule`` is the check ``check_id`` or one of its dotted sub-rules."""
    return rule == check_id or rule.startswith(check_id + ".")


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
        Ignoring a sub-rule (``grammar.harper.SpellCheck``) keeps its check running; the
        engine drops that sub-rule's issues (see :class:`copydesk.checks.selection.RuleSelection`).
        """
        return self.selected(RuleSelection.of(select, ignore))

    def selected(self, selection: RuleSelection) -> list[Check]:
        """The checks ``selection`` runs."""
        return [chk for chk in self.all() if selection.runs(chk)]

    def unknown_prefixes(self, prefixes: Iterable[str]) -> list[str]:
        return RuleSelection.of(list(prefixes)).unknown(c.id for c in self.all())


REGISTRY = Registry()


def check(
    id: str,
    category: Category,
    description: str,
    *,
    default_enabled: bool = True,
    scope: Literal["document", "batch"] = "document",
    status: Literal["stable", "preview"] = "stable",
    examples: Sequence[ExampleSpec] = (),
    near_misses: Sequence[str] = (),
    needs_service: bool = False,
    yields_to_cleanup: bool = False,
    bilingual: bool = False,
    claims_span: bool = False,
    reads_markup: bool = False,
    precedence: int | None = None,
    batch_indexes: Sequence[BatchIndex[Any, Any, Any]] = (),
    reads_repaired: bool = False,
) -> Callable[[CheckFunc], CheckFunc]:
    """Register the decorated function as a check in :data:`REGISTRY`.

    ``reads_repaired``: the registered function is handed the text with mojibake
    repaired and its issues are moved back to the text's own offsets, wherever it is
    called from (engine, workers, bilingual units, the registry's examples).
    """

    def register(func: CheckFunc) -> CheckFunc:
        REGISTRY.add(
            Check(
                id=id,
                category=category,
                description=description,
                func=_reading_repaired(func) if reads_repaired else func,
                default_enabled=default_enabled,
                scope=scope,
                status=status,
                examples=tuple(examples),
                near_misses=tuple(near_misses),
                needs_service=needs_service,
                yields_to_cleanup=yields_to_cleanup,
                bilingual=bilingual,
                claims_span=claims_span,
                reads_markup=reads_markup,
                precedence=precedence,
                batch_indexes=tuple(batch_indexes),
                reads_repaired=reads_repaired,
            )
        )
        return func

    return register


def _reading_repaired(func: CheckFunc) -> CheckFunc:
    """``func`` run on the text as it reads once mojibake is repaired."""

    @functools.wraps(func)
    def run(text: str, ctx: CheckContext) -> Iterable[Issue]:
        from copydesk.checks.reading import read  # it imports a check module

        reading = read(text)
        if not reading.repairs:
            return func(text, ctx)
        return list(reading.originals(func(reading.text, ctx), ctx.path))

    return run
