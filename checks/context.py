"""What a check sees besides its text: the file's path, the whole batch, the settings.

A check that needs batch-wide knowledge (name variants across files, say) builds
it once through :meth:`Batch.memo` and then reports only on the current file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from checks.model import Category, Issue, Location

if TYPE_CHECKING:
    from checks.registry import Check
    from checks.settings import Settings

T = TypeVar("T")


@dataclass(frozen=True)
class BatchMember:
    """One file of a batch: its path (as shown to the user) and its decoded text."""

    path: str
    text: str
    # A translation unit of a bilingual file: its source text (None for plain articles).
    source: str | None = None


class Batch:
    """All files checked together in one run, plus a cache for batch-wide indexes."""

    def __init__(self, members: Sequence[BatchMember]) -> None:
        self.members: tuple[BatchMember, ...] = tuple(members)
        self._memo: dict[str, Any] = {}

    def memo(self, key: str, build: Callable[[Batch], T]) -> T:
        """Build a batch-wide value once (``key`` names it) and share it between files."""
        if key not in self._memo:
            self._memo[key] = build(self)
        return self._memo[key]  # type: ignore[no-any-return]

    @classmethod
    def single(cls, text: str, path: str = "<text>") -> Batch:
        return cls([BatchMember(path, text)])


@dataclass
class CheckContext:
    """Handed to every check call; ``issue`` fills in the running check's rule and category."""

    path: str
    batch: Batch
    settings: Settings
    check: Check | None = field(default=None)
    # Bilingual files: the source of the segment being checked, and the languages.
    source: str | None = None
    source_lang: str = ""
    target_lang: str = ""

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
