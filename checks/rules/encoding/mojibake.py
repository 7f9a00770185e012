"""encoding.mojibake: text decoded with the wrong character set (``â€™``, ``Ã©``).

Why: a UTF-8 article read as Windows-1252 (or the reverse) turns every curly
quote, dash and accent into two or three junk characters.

Example: ``Putinâ€™s army`` / ``cafÃ©``
Fix (safe): ftfy's repair of exactly the damaged span (``Putin’s``, ``café``).
Only ftfy's encoding repairs are used; everything that would change correct
typography is off (curly quotes, dashes, ligatures, full-width letters, HTML
entities, Unicode normalisation).  A repair that leaves a U+FFFD (the
original character is lost) is offered but not safe.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from ftfy import TextFixerConfig, fix_and_explain

from checks.context import CheckContext
from checks.model import Category, Issue
from checks.registry import check

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


def changed_spans(original: str, fixed: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) spans where ``fixed`` differs from ``original``.

    A bare deletion (``Â£`` → ``£`` deletes ``Â``) is widened to take in the
    character after it, so the editor sees the whole damaged sequence and
    its repair, and a lossy repair shows its ``�``.
    """
    ops = difflib.SequenceMatcher(None, original, fixed, autojunk=False).get_opcodes()
    spans: list[list[int]] = []
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            continue
        if spans and i1 - spans[-1][1] <= _JOIN and not original[spans[-1][1] : i1].isspace():
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


def _lines(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    for line in text.split("\n"):
        if not line.isascii():
            yield start, line
        start += len(line) + 1


@check(
    "encoding.mojibake",
    Category.ENCODING,
    "Characters garbled by a wrong encoding (â€™ for ’, Ã© for é)",
    examples=(
        "Putinâ€™s army needs ammunition.",
        "They met at a cafÃ© in Vladivostok.",
        "It costs Â£100 and the â€œdealâ€\x9d is done.",
        "Kim\x92s train",
    ),
    near_misses=(
        "Zürich, Łódź, São Paulo, a naïve café owner.",
        "Kim’s “sensitive” talks — in 2019 – went well 😀.",
        "The ﬁnal ＡＢＣ score.",
        "SÃO PAULO is in capitals here.",
        "Déjà vu in Kraków and Tōkyō.",
    ),
)
def mojibake(text: str, ctx: CheckContext) -> Iterator[Issue]:
    for start, line in _lines(text):
        fixed, _ = fix_and_explain(line, CONFIG)
        if fixed == line:
            continue
        for i1, i2, replacement in changed_spans(line, fixed):
            lossy = "\ufffd" in replacement
            yield ctx.issue(
                start + i1,
                i2 - i1,
                "Garbled characters (wrong encoding)",
                [replacement],
                confidence=0.6 if lossy else 0.95,
                safe=not lossy,
            )
