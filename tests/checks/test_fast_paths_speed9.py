"""Pre-tests and shortcuts of speed9 give what the plain way gives.

Each shortcut is held against the plain computation it skips or replaces: the cheap scan
before the foreign-script search (it must admit every letter of every foreign script), the
sentence split, and the class of characters without which ftfy is not asked to repair a piece.
"""

from __future__ import annotations

import random

import regex
from ftfy import fix_and_explain
from ftfy.badness import MOJIBAKE_CATEGORIES, is_bad

from copydesk.checks import tokens
from copydesk.checks.bilingual import scripts
from copydesk.checks.rules.encoding import mojibake

PROSE = (
    "“We will not wait any longer,” Marta Kowalska told reporters in Gdansk.\n\n"
    "The minister's aide, O'Neill-Ross, said Covid-19 cost 2.05 billion — “a lot”.\t"
    "Élise Müller (54) and Ana García-Lorca met at 10 a.m. on Saturday. 'Yes', she said."
)
PIECES = [*"aAéÉ0 \t\n.,'’-“”\"«»—€™Ω", "word ", "Name ", "Ωμέγα", "Добро", "漢字", "😀", "ä\u0301"]


def _texts() -> list[str]:
    rng = random.Random(9)
    out = [PROSE, "", " ", "\n\n", "\u2126", "x \u0370", "a\u036f"]
    out += ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 40))) for _ in range(400)]
    return out


def test_the_foreign_pretest_admits_every_letter_of_every_foreign_script():
    one = "[" + "".join(rf"\p{{Script={s}}}" for s in scripts.FOREIGN_SCRIPTS) + "]"
    letters = regex.compile(one)
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    missed = [
        m.group() for m in letters.finditer(every) if not scripts._MAYBE_FOREIGN.match(m.group())
    ]
    assert not missed, [hex(ord(c)) for c in missed[:20]]


def test_has_foreign_script_is_the_plain_search():
    for text in _texts():
        plain = scripts.FOREIGN_RUN.search(text) is not None
        assert scripts.has_foreign_script(text) == plain, text


def _sentences_plain(text: str) -> list[tokens.Span]:
    out: list[tokens.Span] = []
    start = 0
    for m in tokens._SENTENCE_END.finditer(text):
        single_period = m.group().rstrip(tokens.CLOSING) == "."
        if single_period and tokens._is_abbreviation_end(text, m.start()):
            continue
        end = m.start() if m.group() == "\n" else m.end()
        out += tokens._stripped(text, start, end)
        start = m.end()
    return out + list(tokens._stripped(text, start, len(text)))


def test_sentences_are_those_of_the_plain_split():
    texts = [
        *_texts(),
        "At 10 a.m. on Saturday Dr. Ruiz left.  He said: “No.”\n\n  Then J. K. Lund spoke!",
        " . \n.\n\n?! ”. x. Y",
        "Mr. X went home . . . and... “Stop.” (He did.)",
    ]
    for text in texts:
        assert list(tokens.sentences(text)) == _sentences_plain(text), text


def _category_chars() -> list[str]:
    chars: set[str] = set()
    for spec in MOJIBAKE_CATEGORIES.values():
        at = 0
        while at < len(spec):
            if at + 2 < len(spec) and spec[at + 1] == "-":
                chars.update(chr(c) for c in range(ord(spec[at]), ord(spec[at + 2]) + 1))
                at += 3
            else:
                chars.add(spec[at])
                at += 1
    return sorted(chars | set("ÂÃÎÐØÙŒœ°×àâ√≈‚Äβ€ā ВГРСΒΓΞΟЂ\u00a0aZ.,?!"))


def test_every_piece_ftfy_finds_bad_holds_a_character_of_the_class():
    maybe = mojibake._maybe_damaged()
    assert maybe is not None
    alphabet = _category_chars()
    for a in alphabet:
        for b in alphabet:
            if is_bad(a + b):
                assert maybe.search(a + b), repr(a + b)
    rng = random.Random(11)
    for _ in range(30_000):
        piece = "".join(rng.choice(alphabet) for _ in range(rng.randint(3, 6)))
        if is_bad(piece):
            assert maybe.search(piece), repr(piece)


MOJIBAKE = [
    "â€™",
    "Ã©",
    "Ã ",
    "Â£",
    "ГўВЂВ™",
    "Ä—",
    "Å˜",
    "\x92",
    "\x80x",
    "\ud83d\ude00",
    "\udca9",
]


def test_ftfy_is_skipped_only_where_it_changes_nothing():
    pieces = [*PIECES, *MOJIBAKE, "café", "Müller", "—", "’s", " "]
    rng = random.Random(13)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    for text in [*texts, *MOJIBAKE, PROSE]:
        assert mojibake._ftfy_fixed(text) == fix_and_explain(text, mojibake.CONFIG)[0], repr(text)
