"""Hot functions made faster give what the plain way gives (speed7, speed8).

Each is held against the way it was computed before, written out here: Harper's guard
(no over-long run: the text as it is), the words of a text (``findall`` and ``str.find``
instead of a match object per word) and the pronoun analysis's tokens (speed7); Harper's
speller mask, the binary sniff of a file's bytes, the caps context's word pairs, the
pronoun person-noun lookup and the names' mentions (speed8).
"""

from __future__ import annotations

import bisect
import random

import regex

from copydesk.checks import tokens
from copydesk.checks.grammar import harper_engine, harper_split
from copydesk.checks.rules.pronoun import _people

PROSE = (
    "“We will not wait any longer,” Marta Kowalska told reporters in Gdansk.\n\n"
    "The minister's aide, O'Neill-Ross, said Covid-19 cost 2.05 billion — “a lot”.\t"
    "Élise Müller (54) and Ana García-Lorca met at 10 a.m. on Saturday. 'Yes', she said."
)
PIECES = [*"aAéÉ0 \t\n\r\u00a0.,'’-“”\"«»", "word ", "Name ", "x" * 30, "é" * 33]


def _texts() -> list[str]:
    rng = random.Random(7)
    out = [PROSE, "", " ", "\n\n", "a" * 64, "a" * 65, "b" * 500 + " c", "d" * 501]
    out += ["é" * 64 + "\r" + "é" * 64, "x\u00a0" * 300, "ab\tcd" * 200]
    out += ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 60))) for _ in range(400)]
    return out


def _guard_plain(text: str) -> tuple[str, list[tuple[int, int]]]:
    spans = sorted(
        [(m.start(), m.end()) for m in harper_engine._LONG_RUN.finditer(text)]
        + [(m.start(), m.end()) for m in harper_engine._LONG_WORD.finditer(text)]
    )
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    parts, at = [], 0
    for start, end in merged:
        parts += [text[at:start], " " * (end - start)]
        at = end
    parts.append(text[at:])
    return "".join(parts), merged


def test_harper_guard_blanks_what_the_two_patterns_blank():
    for text in _texts():
        assert harper_engine.guard(text) == _guard_plain(text), text


def test_harper_guard_takes_the_short_way_only_when_no_run_is_long():
    assert harper_engine._runs_fit("a" * 64 + " " + "b" * 64)
    assert not harper_engine._runs_fit("a" * 65)
    assert not harper_engine._runs_fit("a" * 40 + "\u00a0" + "b" * 40)  # no-break space joins
    assert harper_engine.guard("é" * 65) == (" " * 65, [(0, 65)])


def test_word_spans_are_the_words_matched_one_by_one():
    for text in _texts():
        plain = tuple(tokens.Span(*m.span(), m.group()) for m in tokens.WORD.finditer(text))
        assert tokens.word_spans(text) == plain, text


Tokens = tuple[list[_people.Token], list[tuple[int, int]], list[list[int]]]


def _tokenise_plain(text: str) -> Tokens:
    quotes = _people._quote_spans(text)
    q_starts = [s for s, _ in quotes]

    def quoted(offset: int) -> bool:
        i = bisect.bisect_right(q_starts, offset) - 1
        return i >= 0 and quotes[i][0] < offset < quotes[i][1]

    toks: list[_people.Token] = []
    sent_spans, by_sent = [], []
    spans = tokens.bounded(text, tokens.sentence_spans(text), _people.MAX_SENTENCE)
    for s_idx, sent in enumerate(spans):
        sent_spans.append((sent.start, sent.end))
        idxs = []
        for pos, w in enumerate(tokens.words_in(text, sent.start, sent.end)):
            idxs.append(len(toks))
            toks.append(
                _people.Token(
                    w.text, w.text.lower(), w.start, w.end, s_idx, pos, quoted(w.start), len(toks)
                )
            )
        by_sent.append(idxs)
    return toks, sent_spans, by_sent


def test_pronoun_tokens_are_those_of_the_plain_loop():
    for text in _texts():
        assert _people.tokenise(text) == _tokenise_plain(text), text
    found = _people.tokenise(PROSE)[0]
    assert any(t.quoted for t in found) and not all(t.quoted for t in found)


def test_the_names_fold_reads_each_word_as_the_plain_helpers_do():
    from copydesk.checks.rules.consistency import names

    words = ["Gromov", "UN", "NAtion", "Seo-jin", "Zúñiga", "Minister", "The", "of", "bin"]
    words += ["Al-Mansouri", "McDonald", "O'Neill", "ÉLISE", "Ana-García", "President", "É"]
    for word in words:
        low = word.casefold()
        plain = (
            tuple(names._word_parts(word)),
            names._odd_case(word),
            low in names.titles() or low in names.function_words(),
        )
        assert names._word_keys(word) == plain, word
    assert names._word_keys("Minister")[2] and not names._word_keys("Gromov")[2]
    assert names._word_keys("NAtion")[1] and names._word_keys("UN")[0] == ("^un",)


def _mask_plain(masker: harper_split._Masker, text: str, keep: list[tuple[int, int]]) -> str:
    """The speller's masked copy as it was made before speed8: a call per ``\\S+`` match."""
    starts = [s for s, _ in keep]
    reach: list[int] = []
    for _, e in keep:
        reach.append(max(e, reach[-1]) if reach else e)

    def replace(m: regex.Match[str]) -> str:
        token = m.group()
        masked = masker._masked_token(token)
        if masked is None:
            return token
        i = bisect.bisect_left(starts, m.end())
        if i and reach[i - 1] >= m.start():
            return token
        return masked

    return regex.sub(r"\S+", replace, text)


def _keep_spans(rng: random.Random, text: str) -> list[tuple[int, int]]:
    """Sorted spans as ``_spans`` gives them: overlapping, nested, empty, at either end."""
    spans = []
    for _ in range(rng.randint(0, 4)):
        start = rng.randint(0, len(text))
        spans.append((start, min(len(text), start + rng.choice([0, 1, 2, 5, 20]))))
    return sorted(spans)


def test_harper_mask_blanks_what_the_match_by_match_way_blanks():
    rng = random.Random(11)
    blanked = 0
    for dropped in (harper_engine.spelling_dropped, lambda w: w[:1].isupper()):
        masker = harper_split._Masker(dropped)
        for text in [*_texts(), PROSE * 3, "Kowalska  said  Gdansk\u2003Ana\xa0García x"]:
            for keep in ([], [(0, len(text))], _keep_spans(rng, text), _keep_spans(rng, text)):
                fast = masker.mask(text, keep)
                assert fast == _mask_plain(masker, text, keep), (text, keep)
                assert len(fast) == len(text)
                blanked += fast != text
    assert blanked > 100  # the comparison is not between unmasked copies


def test_binary_sniff_counts_the_control_bytes_the_plain_loop_counts():
    from copydesk.checks import document

    def plain(raw: bytes) -> bool:
        sample = raw[:8192]
        if b"\x00" in sample:
            return True
        controls = sum(1 for b in sample if b in document._BINARY_CONTROLS)
        return controls > max(2, len(sample) // 100)

    rng = random.Random(5)
    samples = [b"", b"plain text\n", "é\t\r\n\x0b\x0c\x1b".encode() * 50, bytes(range(256))]
    samples += [bytes([1, 2, 3]), bytes([1, 2]) + b"a" * 300, b"\x07" * 3 + b"a" * 300]
    for _ in range(300):
        pool = [rng.randrange(32) for _ in range(4)] + [32, 65, 101, 195, 169, 10]
        samples.append(bytes(rng.choice(pool) for _ in range(rng.choice([5, 300, 9000]))))
    verdicts = [document._looks_binary(raw) for raw in samples]
    assert verdicts == [plain(raw) for raw in samples]
    assert any(verdicts) and not all(verdicts)


def test_caps_context_pairs_are_those_of_the_match_by_match_loop():
    from collections import Counter

    from copydesk.checks.rules.case import _stray

    def plain(text: str) -> tuple[Counter[tuple[str, str]], dict[int, str], dict]:
        pairs: Counter[tuple[str, str]] = Counter()
        before: dict[int, str] = {}
        before_start: dict[int, tuple[int, int]] = {}
        prev = None
        for m in _stray._TOKEN.finditer(text):
            if prev is not None and text[prev.end() : m.start()] in (" ", "\u00a0"):
                pairs[prev.group().lower(), m.group()] += 1
                before[m.start()] = prev.group()
                before_start[m.start()] = prev.span()
            prev = m
        return pairs, before, before_start

    extra = ["Dr O'Neill-Ross 2024 Ab\u00a0Cd  Ef-\u00a0Gh’s 3rd x\u2009y", "a b", " a  b\u00a0c"]
    paired = 0
    for text in [*_texts(), *extra]:
        ctx = _stray.Context(text)
        assert (ctx.pairs, ctx.before, ctx.before_start) == plain(text), text
        assert list(ctx.pairs) == list(plain(text)[0])  # first seen, first
        paired += len(ctx.before)
    assert paired > 500


def _noun_at_plain(text: str, toks: list[_people.Token], k: int) -> _people.PersonNoun | None:
    """``_people._noun_at`` as it was before speed8 (no early return), with the possessor
    read since (a person noun in the possessive after an article)."""
    from copydesk.checks.language import function_words
    from copydesk.checks.rules.grammar._wordclass import irregular_plural

    tok = toks[k]
    noun = _people.person_nouns().get(tok.low)
    owner = _people._POSSESSOR.fullmatch(tok.low)
    if (
        noun is None
        and owner is not None
        and owner.group(1) not in _people.resource_words("kin_nouns")
    ):
        # a person noun in the possessive after an article ("the outfielder's mother")
        noun = _people.person_nouns().get(owner.group(1))
        article = k > 0 and toks[k - 1].sent == tok.sent and toks[k - 1].low in _people._ARTICLES
        return noun if article else None
    plural = (
        (tok.low.endswith("s") and not tok.low.endswith("ss"))
        or tok.low in _people.resource_words("plural_group_nouns")
        or irregular_plural(tok.low)
    )
    if noun is None and not plural and tok.low in _people.resource_words("kin_nouns"):
        noun = _people.PersonNoun(_people.NEUTRAL, 0)
    prev = toks[k - 1] if k > 0 and toks[k - 1].sent == tok.sent else None
    if noun is not None and prev is not None and prev.low in _people._VERB_BEFORE:
        return None
    if noun is not None and _people._predicative(toks, k):
        return None
    if noun is not None and _people._modifies_noun(text, toks, k):
        return None
    if noun is None and not plural and tok.low not in function_words() and k + 1 < len(toks):
        nxt = toks[k + 1]
        if (
            nxt.low == "who"
            and nxt.sent == tok.sent
            and _people._COMMA_GAP.fullmatch(text[tok.end : nxt.start])
        ):
            noun = _people.PersonNoun(_people.NEUTRAL, 0)
    return noun


def test_person_noun_lookup_is_that_of_the_plain_way():
    people = (
        "A sailor who broke his arm met the officials, a woman and her cousin. The children "
        "who sang and his sons, a former mayor, the nurses who, an adviser. Dahl will remain "
        "an adviser. Local communities and local television would judge the minister who "
        "spoke; a spokeswoman, the uncle, grandmothers who, police who, the men. Witnesses"
    )
    found = 0
    for text in [*_texts(), people, PROSE]:
        toks = _people.tokenise(text)[0]
        for k in range(len(toks)):
            got = _people._noun_at(text, toks, k)
            assert got == _noun_at_plain(text, toks, k), (text, k)
            found += got is not None
    assert found >= 8  # the comparison is not only between two Nones


def test_name_mentions_are_those_of_the_word_by_word_way():
    from copydesk.checks.rules.consistency import names

    def plain(text: str) -> list[tuple[list[tokens.Span], str, str]]:
        out = []
        for m in names._RUN.finditer(text):
            items: list[tokens.Span] = []
            for w in names._IN_RUN.finditer(text, m.start(), m.end()):
                word = w.group()
                p = names._POSSESSIVE.search(word)
                if p and len(word) - len(p.group()) >= 2:
                    items.append(tokens.Span(w.start(), w.start() + p.start(), word[: p.start()]))
                    out += names._trimmed(text, items)
                    items = []
                else:
                    items.append(tokens.Span(w.start(), w.end(), word))
            out += names._trimmed(text, items)
        return out

    named = (
        "Han's Finance Minister Ana García-Lorca\u00a0Ruiz met The Hague's Court and "
        "O'Neill-Ross. The UN And EU Of The Year. Zúñiga Seo-jin Al-Mansouri’s Ministry "
        "of Trade; Anna Novak, a spaceport engineer, said Lisbon Port Authority was ready."
    )
    found = 0
    for text in [*_texts(), named, PROSE]:
        got = list(names.mentions(text))
        assert got == plain(text), text
        found += len(got)
    assert found > 100
