"""The engine's value types: what a check reports (`Issue`) and what an editor accepts (`Edit`).

Offsets and lengths are Python ``str`` indices into the decoded text (code points,
not bytes, not UTF-16 units); the desktop app converts to Qt positions itself.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class Category(StrEnum):
    """What kind of problem an issue is; the GUI colours and filters by it."""

    WHITESPACE = "whitespace"
    PUNCTUATION = "punctuation"
    CASE = "case"
    ENCODING = "encoding"
    LAYOUT = "layout"
    WORD = "word"
    PRONOUN = "pronoun"
    REPETITION = "repetition"
    CONSISTENCY = "consistency"
    GRAMMAR = "grammar"
    SPELLING = "spelling"
    STYLE = "style"


@dataclass(frozen=True)
class Location:
    """A place in another file (or elsewhere in this one) that a batch issue involves."""

    path: str
    offset: int
    length: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Issue:
    """One finding of one check.

    ``replacements`` are best first; an empty tuple means "flag only".  ``safe``
    says the first replacement may be applied without a human looking at it.
    """

    offset: int
    length: int
    rule: str
    category: Category
    message: str
    replacements: tuple[str, ...] = ()
    confidence: float = 0.5
    safe: bool = False
    related: tuple[Location, ...] = field(default=())

    def __post_init__(self) -> None:
        if self.offset < 0 or self.length < 0:
            raise ValueError(f"negative span in {self.rule}: {self.offset}+{self.length}")
        if self.safe and not self.replacements:
            raise ValueError(f"{self.rule}: a safe issue needs a replacement")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"{self.rule}: confidence {self.confidence} outside 0..1")

    @property
    def end(self) -> int:
        return self.offset + self.length

    def matched(self, text: str) -> str:
        return text[self.offset : self.end]

    def edit(self, replacement: str | None = None) -> Edit:
        """The edit that accepts this issue (its first replacement unless one is given)."""
        if replacement is None:
            if not self.replacements:
                raise ValueError(f"{self.rule} at {self.offset} has no replacement to apply")
            replacement = self.replacements[0]
        return Edit(self.offset, self.length, replacement, self.rule)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "offset": self.offset,
            "length": self.length,
            "rule": self.rule,
            "category": str(self.category),
            "message": self.message,
            "replacements": list(self.replacements),
            "confidence": round(self.confidence, 3),
            "safe": self.safe,
        }
        if self.related:
            data["related"] = [loc.to_json() for loc in self.related]
        return data


@dataclass(frozen=True, order=True)
class Edit:
    """Replace ``length`` characters at ``offset`` of the original text by ``replacement``."""

    offset: int
    length: int
    replacement: str
    rule: str = ""

    @property
    def end(self) -> int:
        return self.offset + self.length
