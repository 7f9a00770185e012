"""Remember an editor's decisions so that nobody decides the same thing twice.

A decision is keyed by the rule, the matched text and its nearby context (not a
bare offset), plus the ordinal among identical keys, so it survives a re-check
and an edit elsewhere in the file.  Stores are plain JSON, one per document.

A store of the wrong shape (a replacement that is not text, an unknown verdict,
nesting too deep for the parser) is refused as a whole with a ``ValueError`` when
it is loaded, so nothing malformed reaches the review later.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import regex

from copydesk.checks.document import read_limited, replace_atomically
from copydesk.checks.model import Issue

MAX_STORE_BYTES = 64 * 1024 * 1024  # decisions for one document; a FIFO never ends

CONTEXT_CHARS = 24
_SPACE = regex.compile(r"\s+")


class Verdict(StrEnum):
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    EDITED = "edited"


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    replacement: str | None = None  # the text chosen or typed; None for a rejection


def _squash(s: str) -> str:
    return _SPACE.sub(" ", s)


def base_key(text: str, issue: Issue) -> str:
    before = _squash(text[max(0, issue.offset - CONTEXT_CHARS) : issue.offset])
    after = _squash(text[issue.end : issue.end + CONTEXT_CHARS])
    return "\x1f".join((issue.rule, issue.matched(text), before, after))


def decision_keys(text: str, issues: Iterable[Issue]) -> Iterator[tuple[Issue, str]]:
    """Each issue with its stable key (the n-th identical base key gets ``#n``)."""
    seen: Counter[str] = Counter()
    for issue in sorted(issues, key=lambda i: (i.offset, i.length, i.rule)):
        key = base_key(text, issue)
        seen[key] += 1
        yield issue, key if seen[key] == 1 else f"{key}#{seen[key]}"


class DecisionStore:
    """Decisions for one document, keyed by :func:`decision_keys`."""

    def __init__(self, decisions: dict[str, Decision] | None = None) -> None:
        self.decisions: dict[str, Decision] = dict(decisions or {})

    def get(self, key: str) -> Decision | None:
        return self.decisions.get(key)

    def set(self, key: str, decision: Decision | None) -> None:
        if decision is None:
            self.decisions.pop(key, None)
        else:
            self.decisions[key] = decision

    def to_json(self) -> dict[str, dict[str, str | None]]:
        return {
            k: {"verdict": str(d.verdict), "replacement": d.replacement}
            for k, d in self.decisions.items()
        }

    @classmethod
    def from_json(cls, data: object) -> DecisionStore:
        """A store from parsed JSON; ValueError when it is not the shape :meth:`to_json` makes."""
        if not isinstance(data, dict):
            raise ValueError("decisions must be a JSON object")
        decisions: dict[str, Decision] = {}
        for key, value in data.items():
            if not isinstance(value, dict):
                raise ValueError(f"decision {key!r} is not an object")
            verdict = value.get("verdict")
            replacement = value.get("replacement")
            if not isinstance(verdict, str) or verdict not in {str(v) for v in Verdict}:
                raise ValueError(f"decision {key!r} has an unknown verdict")
            if replacement is not None and not isinstance(replacement, str):
                raise ValueError(f"decision {key!r} has a replacement that is not text")
            decisions[key] = Decision(Verdict(verdict), replacement)
        return cls(decisions)

    def save(self, path: Path) -> None:
        # Surrogate-escaped bytes of the file may be in keys; JSON writes them as escapes.
        data = json.dumps(self.to_json()).encode("ascii")
        replace_atomically(path, data)

    @classmethod
    def load(cls, path: Path) -> DecisionStore:
        """The store at ``path`` (empty when there is none); OSError or ValueError otherwise."""
        if not path.exists():
            return cls()
        try:
            data = json.loads(read_limited(path, MAX_STORE_BYTES).decode("utf-8"))
        except RecursionError:
            raise ValueError(f"{path}: nested too deeply to be a decision store") from None
        return cls.from_json(data)


def store_path_for(document_path: str, folder: Path) -> Path:
    """Where the decisions for ``document_path`` live inside ``folder``."""
    # surrogateescape: a file name that is not UTF-8 (its bytes kept as surrogates) has one too.
    name = str(Path(document_path).resolve()).encode("utf-8", "surrogateescape")
    digest = hashlib.sha256(name).hexdigest()[:16]
    return folder / "decisions" / f"{digest}.json"
