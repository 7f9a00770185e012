"""encoding.mojibake: text decoded with the wrong character set (``â€™``, ``Ã©``).

Why: a UTF-8 article read as Windows-1252 (or the reverse) turns every curly
quote, dash and accent into two or three junk characters.

Example: ``Vargaâ€™s ministry`` / ``cafÃ©``
Fix (safe): ftfy's repair of exactly the damaged span (``Varga’s``, ``café``).
Only ftfy's encoding repairs are used; everything that would change correct
typography is off (curly quotes, dashes, ligatures, full-width letters, HTML
entities, Unicode normalisation).  A repair that leaves a U+FFFD (the
original character is lost) is offered but not safe.

A damaged word ftfy leaves alone in a line that also holds correct curly quotes
(``court’s … KÄ™pice``) is repaired on its own, and a letter that ftfy reads as a
capital and a dash inside a lower-case word (``KlaipÄ—da``) is repaired too.

Repairs of letters inside one word are one issue (``SigurÃ°ardÃ³ttir`` -> ``Sigurðardóttir``).

A closing quote ``”`` (UTF-8 E2 80 9D) read as Windows-1252 loses its last byte,
which that code page does not define: ``here,â€ said`` or ``here,â€said``.  ftfy
leaves the second alone and reads the first as E2 80 A0 (``†``), taking the word
space for a no-break byte; both are offered as ``”`` (keeping the space), not safe.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from typing import Any

import regex
from ftfy import TextFixerConfig, fix_and_explain
from ftfy.badness import BADNESS_RE
from ftfy.chardata import UTF8_CLUES, UTF8_DETECTOR_RE

from copydesk.checks.context import CheckContext
from copydesk.checks.lexicon import is_common
from copydesk.checks.model import Category, Issue
from copydesk.checks.reading import read
from copydesk.checks.registry import check

CONFIG = TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=True,
    remove_control_chars=False,
    normalization=None,
    explain=True,
)
# Equal stretches this short between two repairs belong to one damaged span.
_JOIN = 1


_ANCHOR = regex.compile(r"[A-Za-z0-9]")


def _char_opcodes(a: str, b: str) -> Iterator[tuple[str, int, int, int, int]]:
    """Character opcodes of ``a`` → ``b`` in linear time.

    ftfy's repairs never add, drop or reorder ASCII letters and digits (the
    damage is all in the bytes above 127), so those are anchors: between two
    anchors the texts either agree or one damaged run was replaced.  Should a
    repair ever break that, a plain character diff is the fallback.
    """
    anchors_a = [m.start() for m in _ANCHOR.finditer(a)]
    anchors_b = [m.start() for m in _ANCHOR.finditer(b)]
    if [a[i] for i in anchors_a] != [b[j] for j in anchors_b]:
        ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
        yield from (op for op in ops if op[0] != "equal")
        return
    prev_a = prev_b = 0
    for i, j in [*zip(anchors_a, anchors_b, strict=True), (len(a), len(b))]:
        x1, x2, y1, y2 = prev_a, i, prev_b, j
        while x1 < x2 and y1 < y2 and a[x1] == b[y1]:
            x1, y1 = x1 + 1, y1 + 1
        while x2 > x1 and y2 > y1 and a[x2 - 1] == b[y2 - 1]:
            x2, y2 = x2 - 1, y2 - 1
        if x1 < x2 or y1 < y2:
            yield "replace", x1, x2, y1, y2
        prev_a, prev_b = i + 1, j + 1


def changed_spans(original: str, fixed: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) spans where ``fixed`` differs from ``original``.

    A bare deletion (``Â£`` → ``£`` deletes ``Â``) is widened to take in the
    character after it, so the editor sees the whole damaged sequence and
    its repair, and a lossy repair shows its ``�``.
    """
    spans: list[list[int]] = []
    for tag, i1, i2, j1, j2 in _char_opcodes(original, fixed):
        if tag == "equal":
            continue
        if spans and i1 - spans[-1][1] <= _JOIN:
            spans[-1][1], spans[-1][3] = i2, j2
        else:
            spans.append([i1, i2, j1, j2])
    for span in spans:
        i1, i2, j1, j2 = span
        if j1 == j2 and i2 < len(original) and not original[i2].isspace():
            span[1], span[3] = i2 + 1, j2 + 1
        elif j1 == j2 and i1 > 0 and not original[i1 - 1].isspace():
            span[0], span[2] = i1 - 1, j1 - 1
    return [(i1, i2, fixed[j1:j2]) for i1, i2, j1, j2 in spans]


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """Non-ASCII pieces of ``text`` of at most about ``_CHUNK`` characters, with offsets.

    Pieces end at a line break or at a space after an ASCII character, never
    inside a damaged sequence (``Ã `` is a broken ``à``); short pieces keep the
    character diff fast however long the paragraph.
    """
    start = 0
    for line in text.split("\n"):
        if not line.isascii():
            yield from _split_line(start, line)
        start += len(line) + 1


def _split_line(offset: int, line: str) -> Iterator[tuple[int, str]]:
    pos = 0
    while len(line) - pos > _CHUNK:
        cut = max(
            (
                i + 1
                for i in range(pos + _CHUNK, pos, -1)
                if line[i] == " " and line[i - 1].isascii()
            ),
            default=pos + _CHUNK,
        )
        piece = line[pos:cut]
        if not piece.isascii():
            yield offset + pos, piece
        pos = cut
    if not line[pos:].isascii():
        yield offset + pos, line[pos:]


_CHUNK = 300


# Of the UTF-8 sequences E2 80 xx whose last byte Windows-1252 cannot show (81, 8D, 8F,
# 90, 9D: U+2001, U+200D, U+200F, U+2010, U+201D) only the closing quote is prose.
LOST_BYTE_LEAD = "\u00e2\u20ac"
_LOST_BYTE_REPAIR = "\u201d"
# What a byte 80-BF reads as in Windows-1252 (or Latin-1): the lead's third byte is there.
_CONTINUATION = frozenset(
    {chr(b) for b in range(0x80, 0xC0)}
    | {bytes([b]).decode("cp1252", "ignore") for b in range(0x80, 0xC0)}
) - {""}


def _lost_bytes(line: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ftfy's repairs of ``line``, with a closing quote that lost its last byte as ``”``."""
    out: list[tuple[int, int, str]] = []
    for i1, i2, replacement in spans:
        gluing = i2 < len(line) and not line[i2].isspace()
        if line[i1:i2] == LOST_BYTE_LEAD + " " and gluing:
            out.append((i1, i2 - 1, _LOST_BYTE_REPAIR))  # the space separated two words
        else:
            out.append((i1, i2, replacement))
    taken = [(i1, i2) for i1, i2, _ in spans]
    at = line.find(LOST_BYTE_LEAD)
    while at >= 0:
        end = at + len(LOST_BYTE_LEAD)
        bare = end == len(line) or line[end] not in _CONTINUATION
        if bare and not any(i1 < end and at < i2 for i1, i2 in taken):
            out.append((at, end, _LOST_BYTE_REPAIR))
        at = line.find(LOST_BYTE_LEAD, end)
    return sorted(out)


_NON_SPACE = regex.compile(r"\S+")


def _word_repairs(line: str, spans: list[tuple[int, int, str]]) -> Iterator[tuple[int, int, str]]:
    """Repairs of single words that ftfy left alone in their line.

    ftfy weighs a whole piece: one damaged word among correct curly quotes
    (``court’s … KÄ™pice``) is not re-decoded with it, and its check for UTF-8
    embedded in other text judges the two characters ``Ä™`` alone, which could
    be a letter and a trademark sign.  Read on its own, the word is plainly
    damaged.  Only words holding such a UTF-8 sequence are tried.  A word ftfy
    repaired in part (``Å˜ehoÅ™`` -> ``ŘehoÅ™``) still has its other letters read.
    """
    for m in _NON_SPACE.finditer(line):
        word = m.group()
        if word.isascii() or not UTF8_DETECTOR_RE.search(word):
            continue
        taken = [
            (i1 - m.start(), i2 - m.start())
            for i1, i2, _ in spans
            if i1 < m.end() and m.start() < i2
        ]
        if not taken:
            fixed, _ = fix_and_explain(word, CONFIG)
            for i1, i2, replacement in changed_spans(word, fixed) if fixed != word else []:
                taken.append((i1, i2))
                yield m.start() + i1, m.start() + i2, replacement
        for i1, i2, letter in _letters_inside_word(word):
            if not any(t1 < i2 and i1 < t2 for t1, t2 in taken):
                yield m.start() + i1, m.start() + i2, letter


def _letters_inside_word(word: str) -> Iterator[tuple[int, int, str]]:
    """Two-byte UTF-8 letters read as Windows-1252 in a word: ``KlaipÄ—da``, ``KÄ™stutis``,
    ``VaitkutÄ—``, ``ÄŒapek``, and Turkish ``AyÅŸe``, ``ErdoÄŸan`` (ş, ğ: two capitals).

    ftfy takes ``Ä—`` for a capital and a dash glued together, which could be written on
    purpose; a letter, a punctuation mark and a small letter inside a word could not, nor
    that pair ending a lower-case word, nor a capital and a sign (or a second capital)
    starting a word whose next letter is small, nor two capitals inside a word in capitals
    (``KIÄŒEVO``).  Re-decoded, the two must make one Latin
    letter (``ė``; a capital at the start, ``Č``), so a dash after a capital that happens
    to make a letter of another script (``PERÚ—the``) stays.
    """
    for m in UTF8_DETECTOR_RE.finditer(word):
        i1, i2 = m.span()
        try:
            letter = m.group().encode("cp1252").decode("utf-8")
        except UnicodeError:
            continue
        if len(letter) != 1 or not _latin(letter):
            continue
        before = word[i1 - 1] if i1 else ""
        after = word[i2] if i2 < len(word) else ""
        if letter.isupper():
            fits = not before.isalnum() and after.islower()
            fits = fits or _inside_capitals(word, m.group(), before, word[i2:])
        elif not letter.islower():
            fits = False
        elif m.group().isalpha():
            # Two capitals inside a small-letter word (``AyÅŸe``, ``ErdoÄŸan``: ş, ğ) are no
            # spelling; a pair of letters anywhere else may be one (``Åke``, ``ÆSIR``).
            fits = m.group().isupper() and (
                (before.isalpha() and after.islower())
                or (before.islower() and _closes_word(word[i2:]))
            )
        elif after.islower():
            fits = before.isalpha()
        else:  # Ending the word: only punctuation may follow (``VaitkutÄ—,``).
            fits = before.islower() and _closes_word(word[i2:])
        if fits:
            yield i1, i2, letter


# What the lead bytes of U+0100–U+017F (C4, C5) read as in Windows-1252.
_EXTENDED_A_LEADS = frozenset("ÄÅ")


def _inside_capitals(word: str, pair: str, before: str, rest: str) -> bool:
    """Two capitals that decode to one inside a word written in capitals, a dateline's
    (``KIÄŒEVO``, ``ÄŒAPEK``): "Ä" or "Å" (the lead bytes of Latin Extended-A's letters,
    Č, Ō, Ď) beside Š, Œ, Ž or Ÿ is written by no language, and the word's other letters
    are capitals too.  Other leads are left alone: Czech writes "É" before "Š" and "Ž"
    (``DÉŠŤ``, ``TÉŽ``)."""
    letters = [c for c in word if c.isalpha()]
    if pair[:1] not in _EXTENDED_A_LEADS or not pair.isupper() or before.islower():
        return False
    if len(letters) <= len(pair):
        return False
    return all(c.isupper() for c in letters) and (rest[:1].isupper() or _closes_word(rest))


def _closes_word(rest: str) -> bool:
    """Whether ``rest``, what follows a letter, holds no letter or digit but a possessive."""
    rest = regex.sub(r"^[’']s\b", "", rest)
    return not any(c.isalnum() for c in rest)


# A two-byte capital whose second byte is A0 (``Š`` is C5 A0) read as Windows-1252: a capital
# and a no-break space (``Å\u00a0imkienė``), or a plain space where that was normalised.
_SPLIT_CAPITAL = regex.compile(r"(?<![\w\u00a0])([\u00c0-\u00de])([\u00a0 ])(?=\p{Ll})")


_WORD_REST = regex.compile(r"\p{Ll}+")


def _split_capitals(line: str, spans: list[tuple[int, int, str]]) -> Iterator[tuple[int, int, str]]:
    """Capitals cut from their word by their own second byte: ``Å imkienÄ—`` -> ``Šimkienė``.

    A lone capital of Windows-1252's Latin-1 half before a no-break space and a small
    letter is no English, and re-decoded the two make one Latin capital (Š, Ġ, Ơ); a plain
    space is taken for the no-break one only when the word after it is damaged too, so
    a Nordic ``Å`` (a place) before a word stays.
    """
    for m in _SPLIT_CAPITAL.finditer(line):
        if any(i1 < m.end() and m.start() < i2 for i1, i2, _ in spans):
            continue  # ftfy re-decoded the capital already, with the word it begins
        try:
            letter = (m.group(1) + "\u00a0").encode("cp1252").decode("utf-8")
        except UnicodeError:
            continue
        if len(letter) != 1 or not letter.isupper() or not _latin(letter):
            continue
        rest = _WORD_REST.match(line, m.end())
        word_end = m.end() + len(line[m.end() :].split(maxsplit=1)[0])
        damaged = any(m.end() <= i1 < word_end for i1, _, _ in spans)
        # A no-break space may follow a one-letter word on purpose (``Å\u00a0is`` a village).
        cut_word = m.group(2) == "\u00a0" and not (rest and is_common(rest.group()))
        if cut_word or damaged:
            yield m.start(), m.end(), letter


def _latin(letter: str) -> bool:
    return unicodedata.name(letter, "").startswith("LATIN ")


def _plain_chars(item: tuple[object, Any]) -> set[str] | None:
    """The characters one item of a parsed pattern matches at least once, if a plain set."""
    from re import _constants as sre  # type: ignore[attr-defined]

    op, av = item
    if op is sre.LITERAL:
        return {chr(av)}
    if op is sre.IN:
        out: set[str] = set()
        for o, a in av:
            if o is sre.LITERAL:
                out.add(chr(a))
            elif o is sre.RANGE:
                out.update(chr(c) for c in range(a[0], a[1] + 1))
            else:
                return None  # a category (\s, \w) or a negation: no plain set
        return out
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1 and len(av[2].data) == 1:
        return _plain_chars(av[2].data[0])
    return None


# Picked last where an alternative of the heuristic lets one choose: prose is full of them.
_TYPOGRAPHY = frozenset("’‘“”—–…")


@cache
def _maybe_damaged() -> re.Pattern[str] | None:
    """A class of characters without which ftfy leaves a piece as it is (``CONFIG``).

    ftfy 6.3's encoding repair returns a piece its heuristic (``BADNESS_RE``) finds no
    match in unchanged, and its two other fixers touch only C1 controls and
    surrogates.  Every alternative of the heuristic requires, at some position, one of
    a set of non-ASCII characters (``Ã`` then a sign, an accented letter then a
    currency sign ...): the class is, for each, the set at one such position (curly
    quotes and dashes avoided where another will do), with C1 controls and surrogates.
    Read from the pattern itself; None (ask ftfy every time) should it ever not parse so.
    """
    try:
        from re import _constants as sre  # type: ignore[attr-defined]
        from re import _parser  # type: ignore[attr-defined]

        tree = _parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
        ((op, av),) = tree.data
        if op is not sre.BRANCH or BADNESS_RE.flags & re.IGNORECASE:
            return None
        needed: set[str] = set()
        for alternative in av[1]:
            sets = [_plain_chars(item) for item in alternative.data]
            plain = [s for s in sets if s and not any(c.isascii() for c in s)]
            if not plain:
                return None
            needed |= min(plain, key=lambda s: (len(s & _TYPOGRAPHY), len(s)))
    except Exception:  # a parser of another Python's making: no shortcut
        return None
    body = "".join(re.escape(c) for c in sorted(needed))
    return re.compile(f"[{body}\\x80-\\x9f\\ud800-\\udfff]")


@cache
def _utf8_leads() -> re.Pattern[str] | None:
    """The characters every match of ftfy's ``UTF8_DETECTOR_RE`` begins with (a UTF-8 lead
    byte read as one character): in a line without any, ``_word_repairs`` reads no word.
    None (no shortcut) should the lists ever hold a range."""
    leads = "".join(UTF8_CLUES[f"utf8_first_of_{n}"] for n in (2, 3, 4))
    if "-" in leads or "\\" in leads:
        return None
    return re.compile("[" + "".join(re.escape(c) for c in sorted(set(leads))) + "]")


def _word_repairs_of(line: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``list(_word_repairs(line, spans))``, without reading the words of a line that holds
    no UTF-8 lead (most lines)."""
    leads = _utf8_leads()
    if leads is not None and not leads.search(line):
        return []
    return list(_word_repairs(line, spans))


def _ftfy_fixed(piece: str) -> str:
    """``fix_and_explain(piece, CONFIG)``'s text, without asking ftfy when it cannot
    change the piece (no character of ``_maybe_damaged`` in it: most prose)."""
    maybe = _maybe_damaged()
    if maybe is not None and not maybe.search(piece):
        return piece
    return fix_and_explain(piece, CONFIG)[0]


def repairs(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, repair) of every damaged span of ``text``, in order.

    The one source of repairs: this check offers them, and checks that judge text as
    it reads (copydesk.checks.reading) see them made.
    """
    for start, line in _chunks(text):
        fixed = _ftfy_fixed(line)
        spans = changed_spans(line, fixed) if fixed != line else []
        spans = sorted(spans + _word_repairs_of(line, spans))
        spans = sorted(spans + list(_split_capitals(line, spans)))
        if spans or LOST_BYTE_LEAD in line:
            for i1, i2, replacement in _one_per_word(line, _lost_bytes(line, spans)):
                yield start + i1, start + i2, replacement


def _one_per_word(line: str, spans: list[tuple[int, int, str]]) -> Iterator[tuple[int, int, str]]:
    """The repairs of ``line`` with those of letters inside one word made one
    (``SigurÃ°ardÃ³ttir`` -> ``Sigurðardóttir``, ``BÃ­o-BÃ­o`` -> ``Bío-Bío``): the
    editor reads one damaged word, and one suggestion gives the word back whole.
    Quote marks and dashes stay repairs of their own ("â€œdealâ€" holds two marks
    around a sound word), and so does a guess (a lost last byte).
    """
    held: tuple[int, int, str] | None = None
    for span in spans:
        if held is not None and _letters_of_one_word(line, held, span):
            held = (held[0], span[1], held[2] + line[held[1] : span[0]] + span[2])
            continue
        if held is not None:
            yield held
        held = span
    if held is not None:
        yield held


def _letters_of_one_word(
    line: str, left: tuple[int, int, str], right: tuple[int, int, str]
) -> bool:
    between = line[left[1] : right[0]]
    letters = left[2].isalpha() and right[2].isalpha()
    return letters and not any(c.isspace() for c in between) and len(between) <= 40


@check(
    "encoding.mojibake",
    Category.ENCODING,
    "Characters garbled by a wrong encoding (â€™ for ’, Ã© for é)",
    examples=(
        ("Varga«â€™»s ministry needs funding.", "’"),
        ("They met at a caf«Ã©» in Gdansk.", "é"),
        "It costs Â£100 and the â€œdealâ€\x9d is done.",
        ("Varga«\x92»s ferry", "’"),
        ("Ships left Klaip«Ä—»da at dawn.", "ė"),
        ("Ministers met in Erdo«ÄŸ»an's office.", "ğ"),
        ("Guðrún Sigur«Ã°ardÃ³»ttir spoke.", "ðardó"),
    ),
    near_misses=(
        "Zürich, Łódź, São Paulo, a naïve café owner.",
        "Varga’s “routine” talks — in 2019 – went well 😀.",
        "The ﬁnal ＡＢＣ score.",
        "SÃO PAULO is in capitals here.",
        "Déjà vu in Kraków and Tōkyō.",
        "LIMA, PERÚ—the capital—woke to rain.",
        "ÅKE LINDQVIST and Åsa Berg met in Åre.",
    ),
)
def mojibake(text: str, ctx: CheckContext) -> Iterator[Issue]:
    # The repairs as the checks that read repaired text see them (computed once a text).
    reading = read(text)
    for start, end, read_start, read_end in reading.repairs:
        replacement = reading.text[read_start:read_end]
        # A lossy repair lost the character; a lost last byte is a likely guess, not a fact.
        guess = "\ufffd" in replacement or text[start:end] == LOST_BYTE_LEAD
        yield ctx.issue(
            start,
            end - start,
            "Garbled characters (wrong encoding; a byte was lost: the repair is a guess)"
            if guess
            else "Garbled characters (wrong encoding)",
            [replacement],
            confidence=0.6 if guess else 0.95,
            safe=not guess,
        )
