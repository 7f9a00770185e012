"""The user's glossary: preferred spellings and the variants that should give way to them.

A glossary is a plain file a copy editor can write by hand, TOML::

    [preferred]
    "email" = ["e-mail"]           # preferred = [forbidden variants]
    "Han Seo Jin" = ["Han Seo-jin"]
    "Dmitry Sorokin" = []          # just the preferred spelling

or CSV, one entry per row: ``preferred,variant,variant...`` (a header row
``preferred,...`` and ``#`` comment lines are skipped).

Several glossaries stack, later ones overriding earlier ones: the default in
``resources/glossary/``, ``glossary.toml|csv`` in the user's config folder,
``copydesk-glossary.toml|csv`` in an article's folder, and finally the file
given with ``--glossary``.  A file that cannot be read raises
:class:`GlossaryError` with a one-line message.

The default glossary's variants are *queried*, not forbidden outright: copydesk cannot
know a newsroom's own house style, and copy that writes "e-mail" throughout is
consistent in itself.  ``consistency.glossary`` flags a queried variant only where the
batch also writes its preferred spelling.  An entry of the user's, a project's or the
``--glossary`` file is enforced everywhere, and turns the default's query on the same
variant into a rule.
"""

from __future__ import annotations

import csv
import io
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from pathlib import Path

import regex

from copydesk.checks.document import read_limited
from copydesk.checks.files import shown_path
from copydesk.checks.settings import config_dir

MAX_GLOSSARY_BYTES = 16 * 1024 * 1024

PROJECT_NAMES = ("copydesk-glossary.toml", "copydesk-glossary.csv")
USER_NAMES = ("glossary.toml", "glossary.csv")


class GlossaryError(Exception):
    """A glossary file that cannot be used; the message is one line for the user."""


def normalise(term: str) -> str:
    """The key two spellings share when they differ only in case, hyphens or spacing."""
    return " ".join(regex.sub(r"[\-‐‑–]", " ", term).casefold().split())


@dataclass
class Glossary:
    """Preferred spellings (keyed by their normalised form) and forbidden variants."""

    # normalised preferred -> preferred as written
    preferred: dict[str, str] = field(default_factory=dict)
    # variant as written (lower case) -> preferred as written
    forbidden: dict[str, str] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)
    # Forbidden variants (lower case) only the default glossary lists: a consistency query,
    # flagged where the batch also writes the preferred spelling (module docstring).
    queried: set[str] = field(default_factory=set)

    def add(self, preferred: str, variants: Iterable[str], source: str = "") -> None:
        preferred = " ".join(preferred.split())
        if not preferred:
            raise GlossaryError(f"{source}: an entry has an empty preferred spelling")
        key = normalise(preferred)
        self.preferred[key] = preferred
        self.preferred[key.replace(" ", "")] = preferred
        # A later glossary may allow what an earlier one forbade.
        self.forbidden.pop(preferred.casefold(), None)
        self.queried.discard(preferred.casefold())
        for variant in variants:
            variant = " ".join(str(variant).split())
            if variant and variant.casefold() != preferred.casefold():
                self.forbidden[variant.casefold()] = preferred
                self.queried.discard(variant.casefold())

    def merge(self, other: Glossary) -> None:
        for key, pref in other.preferred.items():
            self.preferred[key] = pref
            self.forbidden.pop(pref.casefold(), None)
            self.queried.discard(pref.casefold())
        self.forbidden.update(other.forbidden)
        # The later glossary's word on a variant wins: its rule, or the default's query.
        self.queried.difference_update(other.forbidden.keys() - other.queried)
        self.queried.update(other.queried)
        self.sources.extend(other.sources)

    def preferred_for(self, term: str) -> str | None:
        """The glossary's spelling of ``term`` when it lists one (hyphens and case ignored)."""
        key = normalise(term)
        return self.preferred.get(key) or self.preferred.get(key.replace(" ", ""))

    def is_forbidden(self, term: str) -> bool:
        return term.casefold() in self.forbidden

    def is_queried(self, term: str) -> bool:
        """True for a variant only the default glossary lists (flagged where the batch mixes)."""
        return term.casefold() in self.queried

    def preferred_pattern(self) -> regex.Pattern[str] | None:
        """Every preferred spelling as whole words, any case (plural "s" allowed)."""
        return _alternation(sorted(set(self.preferred.values()), key=len, reverse=True))

    def forbidden_pattern(self) -> regex.Pattern[str] | None:
        """One pattern for every forbidden variant as whole words (plural "s" allowed)."""
        return _alternation(sorted(self.forbidden, key=len, reverse=True))

    def styled_pattern(self) -> regex.Pattern[str] | None:
        """Preferred spellings of several words or inner capitals, any hyphenation or case.

        "Han Seo Jin" also matches "Han Seo-jin"; one-word entries in plain lower
        case ("email") are left out, as they can only differ by a capital.
        """
        styled = {
            p
            for p in self.preferred.values()
            if len(_SEPARATOR.split(p)) > 1 or p[1:] != p[1:].lower()
        }
        if not styled:
            return None
        bodies = [
            r"[\s\-‐‑]*".join(regex.escape(part) for part in _SEPARATOR.split(p) if part)
            for p in sorted(styled, key=len, reverse=True)
        ]
        return _compile(bodies)


_SEPARATOR = regex.compile(r"[\s\-‐‑]+")


def _alternation(terms: list[str]) -> regex.Pattern[str] | None:
    if not terms:
        return None
    return _compile([regex.escape(t).replace(r"\ ", r"\s+") for t in terms])


def _compile(bodies: list[str]) -> regex.Pattern[str]:
    body = "|".join(bodies)
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}\-‐‑])(?:{body})(s)?(?![\p{{L}}\p{{N}}]|[\-‐‑]\p{{L}})",
        regex.IGNORECASE,
    )


def parse_toml(data: str, source: str = "") -> Glossary:
    try:
        doc = tomllib.loads(data)
    except tomllib.TOMLDecodeError as exc:
        raise GlossaryError(f"{source}: not valid TOML ({exc})") from None
    table = doc.get("preferred", {})
    if not isinstance(table, Mapping):
        raise GlossaryError(f"{source}: [preferred] must be a table of spelling = [variants]")
    glossary = Glossary(sources=[source])
    for preferred, variants in table.items():
        if isinstance(variants, str):
            variants = [variants]
        if not isinstance(variants, list) or not all(isinstance(v, str) for v in variants):
            raise GlossaryError(f"{source}: {preferred!r} must map to a list of spellings")
        glossary.add(preferred, variants, source)
    return glossary


def parse_csv(data: str, source: str = "") -> Glossary:
    glossary = Glossary(sources=[source])
    try:
        rows = list(csv.reader(io.StringIO(data)))
    except csv.Error as exc:
        raise GlossaryError(f"{source}: not valid CSV ({exc})") from None
    for n, row in enumerate(rows, start=1):
        cells = [c.strip() for c in row]
        if not cells or not any(cells) or cells[0].startswith("#"):
            continue
        if n == 1 and cells[0].casefold() == "preferred":
            continue
        if not cells[0]:
            raise GlossaryError(f"{source}:{n}: the first column (preferred spelling) is empty")
        glossary.add(cells[0], [c for c in cells[1:] if c], f"{source}:{n}")
    return glossary


def read_glossary(path: Path) -> Glossary:
    """One glossary file, TOML or CSV by its suffix."""
    suffix = path.suffix.lower()
    if suffix not in (".toml", ".csv"):
        raise GlossaryError(f"{path}: a glossary must be a .toml or .csv file")
    try:
        # Regular files only, read up to a limit: a FIFO or /dev/zero must not hang the run.
        data = read_limited(path, MAX_GLOSSARY_BYTES).decode("utf-8-sig")
    except FileNotFoundError:
        raise GlossaryError(f"{shown_path(path)}: glossary file not found") from None
    except OSError as exc:
        raise GlossaryError(
            f"{shown_path(path)}: glossary not readable ({exc.strerror or exc})"
        ) from None
    except UnicodeDecodeError as exc:
        raise GlossaryError(f"{shown_path(path)}: glossary is not UTF-8 ({exc.reason})") from None
    return parse_toml(data, str(path)) if suffix == ".toml" else parse_csv(data, str(path))


def default_glossary() -> Glossary:
    """The built-in house spellings, each variant a consistency query (module docstring)."""
    data = (files("copydesk.resources") / "glossary" / "default.toml").read_text("utf-8")
    glossary = parse_toml(data, "default glossary")
    glossary.queried = set(glossary.forbidden)
    return glossary


@cache
def default_preferred_pattern() -> regex.Pattern[str] | None:
    """The default glossary's preferred spellings as one pattern (read once per process)."""
    return default_glossary().preferred_pattern()


def _first_existing(folder: Path, names: Iterable[str]) -> Path | None:
    for name in names:
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


def first_existing(folder: Path, names: Iterable[str]) -> Path | None:
    """The first of ``names`` that is a file in ``folder``."""
    return _first_existing(folder, names)


def project_glossary(folder: Path) -> Glossary | None:
    """The ``copydesk-glossary`` file of ``folder``, read; None when it has none."""
    found = _first_existing(folder, PROJECT_NAMES)
    return read_glossary(found) if found else None


def load_glossary(explicit: str = "", folders: Iterable[Path] = ()) -> Glossary:
    """Default, then the user's, then each project folder's, then ``explicit`` on top."""
    glossary = default_glossary()
    user = _first_existing(config_dir(), USER_NAMES)
    if user:
        glossary.merge(read_glossary(user))
    seen: set[Path] = set()
    for folder in folders:
        if folder in seen:
            continue
        seen.add(folder)
        project = _first_existing(folder, PROJECT_NAMES)
        if project:
            glossary.merge(read_glossary(project))
    if explicit:
        glossary.merge(read_glossary(Path(explicit)))
    return glossary
