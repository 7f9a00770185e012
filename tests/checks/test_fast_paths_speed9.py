"""Pre-tests and shortcuts of speed9 give what the plain way gives.

Each shortcut is held against the plain computation it skips or replaces: the cheap scan
before the foreign-script search (it must admit every letter of every foreign script), the
sentence split, the class of characters without which ftfy is not asked to repair a piece,
the pull-quote index built only for the word pairs of lines that could be pull quotes, and
the names' fold taking a one-word form's surface as written, the control characters'
class scanned by the standard library, and the lines whose words mojibake reads one by one.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from itertools import chain, pairwise

import regex
from ftfy import fix_and_explain
from ftfy.badness import MOJIBAKE_CATEGORIES, is_bad

from copydesk.checks import tokens
from copydesk.checks.bilingual import scripts
from copydesk.checks.context import BatchMember
from copydesk.checks.rules.consistency import names
from copydesk.checks.rules.encoding import control_char, mojibake
from copydesk.checks.rules.layout import pull_quote as pq
from copydesk.checks.rules.layout._lines import lines, removal_span
from tests.checks.rules.helpers import run

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


def _pull_quotes_plain(text: str) -> list[tuple[int, int, float, int]]:
    """layout.pull-quote as it was: an index of every line's word pairs, every line tried."""
    paras = lines(text)
    normed = [[w.lower() for w in pq._WORD.findall(p.text)] for p in paras]
    shingles: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i, ws in enumerate(normed):
        for pair in pairwise(ws):
            shingles[pair].add(i)
    out = []
    for i, para in enumerate(paras):
        words = normed[i]
        if not pq.MIN_WORDS_QUOTED <= len(words) <= pq.MAX_WORDS or para.is_first:
            continue
        if not pq._standalone(para):
            continue
        shared: Counter[int] = Counter()
        pairs = set(pairwise(words))
        for pair in pairs:
            for j in shingles[pair]:
                if j != i:
                    shared[j] += 1
        best: tuple[float, int] | None = None
        for j, count in shared.items():
            if count < len(pairs) * 0.5:
                continue
            if len(normed[j]) <= len(words) and pq._standalone(paras[j]):
                continue
            quoted = pq._quoted(para.text) or pq._quoted(paras[j].text)
            least = pq.MIN_WORDS_QUOTED if quoted else pq.MIN_WORDS_UNQUOTED
            threshold = pq.THRESHOLD_QUOTED if quoted else pq.THRESHOLD_UNQUOTED
            if len(words) < least:
                continue
            score = pq._coverage(words, normed[j])
            if score >= threshold and (best is None or score > best[0]):
                best = (score, j)
        if best is not None:
            offset, length = removal_span(text, para.start, para.end)
            out.append((offset, length, 0.8 if best[0] >= 0.95 else 0.65, paras[best[1]].start))
    return out


LINES = [
    "The ferry left the harbour on a grey Tuesday morning with forty passengers aboard.",
    "“We will not sail again until the engines are fixed,” the captain told reporters.",
    "We will not sail again until the engines are fixed.",
    "“We will not sail again until the engines are mended,” she said on Monday.",
    "Officials said the repairs would take three more weeks to finish in the yard.",
    "The repairs would take three more weeks to finish in the yard, officials said.",
    "Headline of the day",
    "He left.",
]


def test_pull_quotes_are_those_of_every_line_indexed():
    rng = random.Random(17)
    hits = 0
    for _ in range(300):
        text = "\n\n".join(rng.choice(LINES) for _ in range(rng.randint(1, 9)))
        found = [
            (i.offset, i.length, i.confidence, i.related[0].offset)
            for i in run("layout.pull-quote", text)
        ]
        assert found == _pull_quotes_plain(text), text
        hits += bool(found)
    assert hits > 30  # the texts do hold pull quotes


def _fold_plain(fold: names.NameFold, m_index: int, found: list[names.Mention]) -> None:
    """``names.add_mentions`` as it was before speed9: every form's surface re-spaced."""
    nodes = fold.nodes
    for items, before, after, raw, (lead, tail), roles, place_head, child in found:
        fold.mentions += 1
        base = items[0].start
        keyed = [names._word_keys(w.text) for w in items]
        parts_of, odd = [k[0] for k in keyed], [k[1] for k in keyed]
        context = names._Context(
            ([lead] if lead else [])
            + [p for ps, _odd, skip in keyed if not skip for p in ps]
            + ([tail] if tail else [])
        )
        for i in range(len(items)):
            for j in range(i + 1, min(len(items), i + names.MAX_FORM_WORDS) + 1):
                if any(odd[i:j]):
                    continue
                parts = tuple(chain.from_iterable(parts_of[i:j]))
                key = "".join(parts)
                node = nodes.get(key) or nodes.setdefault(key, names.Node(key, parts))
                start, end = items[i].start, items[j - 1].end
                surface = " ".join(raw[start - base : end - base].split())
                surface = fold.strings.setdefault(surface, surface)
                node.occurrences.append(
                    names.Occurrence(m_index, start, end, surface, fold.mentions, j - i)
                )
                node.surfaces[surface] += 1
                if i == 0 and before:
                    node.neighbours.add("<" + before)
                if j == len(items) and after:
                    node.neighbours.add(">" + after)
                if j == len(items) and roles:
                    node.roles |= roles
                if j == len(items) and place_head:
                    node.place_head = True
                if j == len(items) and i == j - 1 and child:
                    node.child_name = True
                    node.own_child = node.own_child or child in names.OWN_CHILD_NOUNS
                node.contexts.add(context)
                if len(node.parts) == 1:
                    node.surface_contexts.setdefault(surface, set()).add(context)
                if not node.intro_surface and j - i < len(items):
                    node.intro_surface = surface


NAME_PIECES = [
    "Mona Hassan", "Hassan's", "NAtion", "UN", "Seo-jin Park", "Zúñiga\u00a0Ruiz", "said",
    "the", "Minister", "of", "Hamad bin Saeed", "O'Neill-Ross", "ÉLISE", "McDonald", ", ",
    ". ", "analyst", "Lena Rivers", "Rivers’", "Dr", "The", "and", "\n",
]  # fmt: skip


def test_the_names_fold_is_the_plain_fold():
    rng = random.Random(19)
    texts = [PROSE, *_texts()]
    texts += [
        " ".join(rng.choice(NAME_PIECES) for _ in range(rng.randint(1, 30))) for _ in range(300)
    ]
    fast, plain = names.NameFold(), names.NameFold()
    for n, text in enumerate(texts):
        found = names.file_mentions(BatchMember(f"{n}.txt", text))
        names.add_mentions(fast, n, found)
        _fold_plain(plain, n, found)
    assert fast.mentions == plain.mentions > 500
    assert list(fast.nodes) == list(plain.nodes)
    assert fast.nodes == plain.nodes
    assert fast.strings == plain.strings


def test_the_control_class_finds_what_regex_finds_over_all_of_unicode():
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    plain = regex.compile(control_char._SUSPECT.pattern)
    found = [m.start() for m in control_char._SUSPECT.finditer(every)]
    assert found == [m.start() for m in plain.finditer(every)]
    assert len(found) > 60


WORD_DAMAGE = ["KÄ™pice", "KlaipÄ—da", "AyÅŸe", "ErdoÄŸan", "Å˜ehoÅ™", "court’s", "cafÃ©", "Ã"]


def test_words_are_read_for_damage_only_where_a_utf8_lead_stands():
    pieces = [*PIECES, *WORD_DAMAGE, *MOJIBAKE, " ", "Ä", "—", "ó"]
    rng = random.Random(23)
    lines_ = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    hits = 0
    for line in [*lines_, *WORD_DAMAGE]:
        fixed = fix_and_explain(line, mojibake.CONFIG)[0]
        spans = mojibake.changed_spans(line, fixed) if fixed != line else []
        plain = list(mojibake._word_repairs(line, spans))
        assert mojibake._word_repairs_of(line, spans) == plain, repr(line)
        hits += bool(plain)
    assert hits > 100
    leads = mojibake._utf8_leads()
    assert leads is not None
    for n in (2, 3, 4):  # a lead and its continuation bytes, read as Windows-1252
        for lead in mojibake.UTF8_CLUES[f"utf8_first_of_{n}"]:
            sequence = lead + "\x80" * (n - 1)
            assert mojibake.UTF8_DETECTOR_RE.search(sequence) and leads.search(sequence), lead
    alphabet = [chr(c) for c in range(0x80, 0x500)] + list("–—―‘’‚“”„†‡•…‰‹›€№™ a")
    for _ in range(20_000):
        piece = "".join(rng.choice(alphabet) for _ in range(rng.randint(2, 6)))
        for found in mojibake.UTF8_DETECTOR_RE.finditer(piece):
            assert leads.match(found.group()), repr(found.group())
