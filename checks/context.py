"""What a check sees besides its text: the file's path, its place in the batch, the settings
and the run's inputs (``ctx.inputs``: glossaries, term base, user words, services).

A check declares its ``scope``.  A ``document`` check sees only its own text and
path: reading ``ctx.batch`` raises :class:`ScopeError`.  A ``batch`` check reads
batch-wide knowledge through :class:`BatchIndex` values it declares
(``batch_indexes=`` in ``@check``) and asks for with :meth:`CheckContext.index`.
An index is built by map/reduce: ``summarise`` each member (a small summary,
never the text), fold the summaries in member order with ``add``, then
``finish``.  The same three steps run in one process (here, lazily) or spread
over processes and machines (:mod:`copydesk.checks.parallel`), so results cannot differ.

``ctx.member`` is the position of the file in the batch, handed over by the
engine: nothing guesses it from paths or texts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from copydesk.checks.inputs import NO_INPUTS, CheckInputs
from copydesk.checks.model import Category, Issue, Location

if TYPE_CHECKING:
    from copydesk.checks.registry import Check
    from copydesk.checks.settings import Settings

T = TypeVar("T")
S = TypeVar("S")  # one member's summary
A = TypeVar("A")  # the running fold of summaries
I = TypeVar("I")  # noqa: E741 (the finished index)


class ScopeError(RuntimeError):
    """A check read more than its declared scope gives it."""


class BatchUnavailable(RuntimeError):
    """The texts of the batch are not held here (a worker of a parallel run)."""


@dataclass(frozen=True)
class BatchMember:
    """One file of a batch: its path (as shown to the user) and its decoded text."""

    path: str
    text: str
    # A translation unit of a bilingual file: its source text (None for plain articles).
    source: str | None = None
    # Its file's language pair, ``src→tgt`` (``zh→en``): statistics are never pooled across pairs.
    pair: str = ""


class Resolver:
    """What ``BatchIndex.finish`` may use: the run's settings and inputs, other finished indexes."""

    def __init__(
        self,
        finished: Callable[[BatchIndex[Any, Any, Any]], Any],
        settings: Settings,
        inputs: CheckInputs = NO_INPUTS,
    ) -> None:
        self._finished = finished
        self.settings = settings
        self.inputs = inputs

    def index(self, spec: BatchIndex[Any, Any, T]) -> T:
        return self._finished(spec)  # type: ignore[no-any-return]


@dataclass(frozen=True, eq=False)
class BatchIndex(Generic[S, A, I]):
    """A batch-wide index built by map/reduce.

    ``summarise`` runs once per member (anywhere: a worker process, a cluster
    node) and returns a small picklable summary; ``add(acc, member, summary)``
    folds it into ``start()``'s accumulator, always in member order; ``finish``
    turns the fold into what checks read.  ``needs`` lists the indexes
    ``finish`` reads, so a runner can finish them first.
    """

    key: str
    summarise: Callable[[BatchMember], S]
    start: Callable[[], A]
    add: Callable[[A, int, S], None]
    finish: Callable[[A, Resolver], I]
    needs: tuple[BatchIndex[Any, Any, Any], ...] = ()


def derived(
    key: str,
    finish: Callable[[None, Resolver], I],
    needs: tuple[BatchIndex[Any, Any, Any], ...],
) -> BatchIndex[None, None, I]:
    """An index computed from other indexes only (no summary of its own)."""
    return BatchIndex(key, lambda _m: None, lambda: None, lambda _a, _n, _s: None, finish, needs)


def closure(specs: Sequence[BatchIndex[Any, Any, Any]]) -> list[BatchIndex[Any, Any, Any]]:
    """``specs`` and everything they need, each after what it needs, in a stable order."""
    ordered: list[BatchIndex[Any, Any, Any]] = []
    seen: set[str] = set()

    def visit(spec: BatchIndex[Any, Any, Any]) -> None:
        if spec.key in seen:
            return
        seen.add(spec.key)
        for dep in spec.needs:
            visit(dep)
        ordered.append(spec)

    for spec in specs:
        visit(spec)
    return ordered


class Batch:
    """All files checked together in one run: their texts, or only their reduced indexes.

    A batch made from members builds each index on first use, in this process.
    A batch made with :meth:`reduced` (in a worker of a parallel run) holds the
    paths and the indexes reduced elsewhere, and no texts.
    """

    def __init__(self, members: Sequence[BatchMember]) -> None:
        self._members: tuple[BatchMember, ...] | None = tuple(members)
        self.paths: tuple[str, ...] = tuple(m.path for m in self._members)
        self._positions = {id(m): n for n, m in enumerate(self._members)}
        self._memo: dict[str, Any] = {}
        self._indexes: dict[str, Any] = {}
        self._cache: dict[str, Any] = {}

    @classmethod
    def reduced(cls, paths: Sequence[str], indexes: dict[str, Any]) -> Batch:
        """A batch known by its paths and already reduced indexes (keyed by ``BatchIndex.key``)."""
        batch = cls(())
        batch._members = None
        batch.paths = tuple(paths)
        batch._indexes = dict(indexes)
        return batch

    @property
    def members(self) -> tuple[BatchMember, ...]:
        if self._members is None:
            raise BatchUnavailable(
                "this batch holds reduced indexes only; a check that reads every text "
                "must declare a BatchIndex to run in parallel"
            )
        return self._members

    def position(self, member: BatchMember) -> int | None:
        """Where ``member`` (this very object) sits in the batch; None when it is not in it."""
        return self._positions.get(id(member))

    @contextmanager
    def placed(self, member: BatchMember, position: int) -> Iterator[BatchMember]:
        """Check ``member`` as the batch's member at ``position`` (a worker of a parallel run
        holds one text at a time, not the members); the engine then hands the position on."""
        self._positions[id(member)] = position
        try:
            yield member
        finally:
            del self._positions[id(member)]

    def memo(self, key: str, build: Callable[[Batch], T]) -> T:
        """Build a batch-wide value once (``key`` names it) and share it between files."""
        if key not in self._memo:
            self._memo[key] = build(self)
        return self._memo[key]  # type: ignore[no-any-return]

    def cache(self, key: str, build: Callable[[], T]) -> T:
        """A value computed once per run (a compiled glossary, say); it does not see the batch."""
        if key not in self._cache:
            self._cache[key] = build()
        return self._cache[key]  # type: ignore[no-any-return]

    def index(
        self, spec: BatchIndex[Any, Any, T], settings: Settings, inputs: CheckInputs = NO_INPUTS
    ) -> T:
        """The finished index ``spec``: reduced elsewhere, or built here from the members."""
        if spec.key not in self._indexes:
            acc = spec.start()
            for n, member in enumerate(self.members):
                spec.add(acc, n, spec.summarise(member))
            resolver = Resolver(lambda dep: self.index(dep, settings, inputs), settings, inputs)
            self._indexes[spec.key] = spec.finish(acc, resolver)
        return self._indexes[spec.key]  # type: ignore[no-any-return]

    @classmethod
    def single(cls, text: str, path: str = "<text>") -> Batch:
        return cls([BatchMember(path, text)])


class CheckContext:
    """Handed to every check call; ``issue`` fills in the running check's rule and category.

    ``member`` is the checked file's position in ``batch`` (None for a text
    checked outside any batch).  The batch itself is only for checks declared
    ``scope="batch"``; see the module docstring.
    """

    def __init__(
        self,
        path: str,
        batch: Batch,
        settings: Settings,
        check: Check | None = None,
        member: int | None = None,
        *,
        source: str | None = None,
        source_lang: str = "",
        target_lang: str = "",
        inputs: CheckInputs = NO_INPUTS,
    ) -> None:
        self.path = path
        self._batch = batch
        self.settings = settings
        # The run's glossaries, term base, user words and services, resolved before any
        # check ran (copydesk.checks.run_inputs): a check reads them, never loads them.
        self.inputs = inputs
        self.check = check
        self._member = member
        # Bilingual files: the source of the segment being checked, and the languages.
        self.source = source
        self.source_lang = source_lang
        self.target_lang = target_lang
        # Set when a check reads the batch: tests use it to prove a scope is declared truthfully.
        self.batch_read = False
        self._of_text: dict[str, tuple[str, Any]] = {}

    def _batch_scope(self, what: str) -> None:
        chk = self.check
        if chk is not None and chk.scope != "batch":
            raise ScopeError(f"{chk.id} is declared scope={chk.scope!r} but reads {what}")
        self.batch_read = True

    @property
    def batch(self) -> Batch:
        self._batch_scope("ctx.batch")
        return self._batch

    @property
    def member(self) -> int:
        self._batch_scope("ctx.member")
        if self._member is None:
            raise ScopeError(f"{self.path} is not a member of the batch being checked")
        return self._member

    def index(self, spec: BatchIndex[Any, Any, T]) -> T:
        """A batch-wide index this check declared in ``batch_indexes``."""
        self._batch_scope(f"the batch index {spec.key!r}")
        chk = self.check
        if chk is not None and spec not in chk.batch_indexes:
            raise ScopeError(f"{chk.id} reads the batch index {spec.key!r} without declaring it")
        return self._batch.index(spec, self.settings, self.inputs)

    def memo(self, key: str, build: Callable[[], T]) -> T:
        """A per-run cache any check may use (it does not see the other files)."""
        return self._batch.cache(key, build)

    def of_text(self, key: str, text: str, build: Callable[[str], T]) -> T:
        """``build(text)``, shared by the checks of this one file: the engine hands every
        check of a file the same context, and drops it with the file, so what is built
        here (a parse of the whole text) never outlives the file's check, as a cache
        keyed by the text would in a long session.  Built again for another text."""
        held = self._of_text.get(key)
        if held is None or (held[0] is not text and held[0] != text):
            held = self._of_text[key] = (text, build(text))
        return held[1]  # type: ignore[no-any-return]

    def issue(
        self,
        offset: int,
        length: int,
        message: str,
        replacements: Sequence[str] = (),
        *,
        confidence: float = 0.9,
        safe: bool = False,
        rule: str | None = None,
        category: Category | None = None,
        related: Sequence[Location] = (),
    ) -> Issue:
        if self.check is None and (rule is None or category is None):
            raise RuntimeError("ctx.issue() outside a running check needs rule and category")
        return Issue(
            offset=offset,
            length=length,
            rule=rule or self.check.id,  # type: ignore[union-attr]
            category=category or self.check.category,  # type: ignore[union-attr]
            message=message,
            replacements=tuple(replacements),
            confidence=confidence,
            safe=safe,
            related=tuple(related),
        )
