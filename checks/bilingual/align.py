"""Paragraph alignment of an article and its translation: length-based dynamic programming.

Gale and Church (1993): a translation's length is close to its source's length times a
ratio, with a spread that grows with the length, so the likeliest pairing of two
paragraph sequences is found by dynamic programming over beads (1-1, a paragraph left
out 1-0, one added 0-1, two joined 2-1, one split 1-2), each bead costing minus the log
of its prior probability and of its length match.

What differs from the paper, and why:

- The ratio is the document's own.  Chinese takes about a third of the letters English
  does, Italian about as many, and any fixed figure is wrong for some pair.  The first
  guess, total target length over total source length, is biased by the very paragraph
  that was left out, so the ratio is estimated again from the 1-1 beads found and the
  alignment redone, until it no longer changes.
- A paragraph left out (1-0) or added (0-1) costs its prior only, whatever its length:
  the paper's length term would make a long untranslated paragraph nearly impossible,
  which is the case this aligner exists to find.
- A join or split is given the prior of a paragraph left out, not the paper's (see
  ``PRIORS``).
- A join (2-1) is costed more when its target paragraph has fewer sentences than the
  two source paragraphs together: a paragraph left out beside a neighbour otherwise
  read as joined to it whenever the translation of the neighbour ran long.
- Anchors that survive translation are extra evidence: figures of 10 or more, read as
  values (``1200万`` is "12 million", ``2.500`` is "2,500"), Latin-script names, acronyms
  and codes, and, from Chinese, the dictionary nouns whose CC-CEDICT gloss the target
  has.  Each one a bead shares lowers its cost, less for one found in several
  paragraphs; each figure or name of the source its target lacks raises it.

Lengths are letters and digits (no spaces or punctuation), so a Chinese paragraph is
measured in characters and an English one in letters.  ``nltk``'s ``align_blocks``
(used before) takes lengths only and assumes a ratio of one; the PyPI ``galechurch``
package (0.1.0, a compiled extension) takes a ratio but no other evidence either.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import regex

Bead = tuple[list[int], list[int]]

# Prior probabilities of the bead kinds: Gale and Church's (1993, table 5) for 1-1, 1-0
# and 0-1, but a join or split (theirs 0.089, for sentences) no likelier than a paragraph
# left out: news paragraphs are rarely joined, and with the paper's figure a short
# paragraph left out reads as joined to its neighbour, its omission unreported
# (bench/eval_align.py: 56% of left-out paragraphs found with 0.089, 81% with 0.01).
PRIORS = {(1, 1): 0.89, (1, 0): 0.0099, (0, 1): 0.0099, (2, 1): 0.01, (1, 2): 0.01}
VARIANCE = 6.8  # of the target length per unit of (scaled) source length (the paper's figure)
ANCHOR = 2.0  # cost taken off a bead for each anchor both sides share (nats)
MISSING = 1.0  # cost added for each figure or name of the source its target lacks (nats)
# Cost added to a join (2-1) whose target paragraph has fewer sentences than the two it
# would join: a translator who joins paragraphs keeps their sentences; a paragraph left
# out beside its neighbour has the neighbour's sentences only (nats; bench/eval_align.py:
# left-out paragraphs found 81.0% without it, 89.7% with 1.5, 89.8% with 2.5).
JOIN_SENTENCES = 2.5
MAX_ANCHORS = 3  # a bead's anchors are evidence, not a verdict: at most this many count
ROUNDS = 5  # re-estimations of the ratio; it settles in two or three
BAND = 20  # paragraphs either side of the diagonal the search looks at (beyond the skew)

_ALNUM = regex.compile(r"[\p{L}\p{N}]")
# A sentence's end: a CJK full stop, or a Latin one before a space or the end.
_SENTENCE_END = regex.compile(r"[。！？]+[”」』\"']?|[.!?]+[\"'”’)]*(?=\s|\Z)")
# A Latin-script word with a capital or a digit after its first letter (an acronym or a
# code: "NASA", "G20"), or a capitalised word ("Draghi"): kept as written in a translation.
_NAME = regex.compile(r"(?<![\p{Latin}\p{N}])\p{Lu}[\p{Latin}\p{N}]*[\p{Lu}\p{N}][\p{Latin}\p{N}]*"
                      r"|(?<![\p{Latin}\p{N}])\p{Lu}\p{Ll}+(?![\p{Latin}\p{N}])")  # fmt: skip


def measure(text: str) -> int:
    """A paragraph's length: its letters and digits."""
    return len(_ALNUM.findall(text))


def sentences(text: str) -> int:
    """A paragraph's sentences (one at least)."""
    return max(1, len(_SENTENCE_END.findall(text.strip())))


def names(text: str) -> set[str]:
    """Latin-script names, acronyms and codes; a capital that only opens a sentence is none."""
    found = set()
    for m in _NAME.finditer(text):
        word = m.group()
        k = m.start()
        while k and text[k - 1].isspace():
            k -= 1
        opens = not k or text[k - 1] in _OPENERS
        if _CODE.fullmatch(word) or (not opens and _LATIN_ONLY.fullmatch(word)):
            found.add(word.casefold())
    return found


_OPENERS = frozenset(".!?:;。！？：；\"“”'‘’«»「」(（-–—")
_LATIN_ONLY = regex.compile(r"[\p{Latin}\p{N}]+")
_CODE = regex.compile(r"\p{Lu}[\p{Latin}\p{N}]*[\p{Lu}\p{N}][\p{Latin}\p{N}]*")


def source_anchors(texts: Sequence[str]) -> list[set[str]]:
    """Per source paragraph: its figures' values, its names, its dictionary nouns (Chinese)."""
    from copydesk.checks.bilingual.numbers import source_figures
    from copydesk.checks.bilingual.wordcover import source_nouns

    return [
        {f"#{v:.12g}" for f in source_figures(t) for v in f.values if v >= 10}
        | names(t)
        | {f"w:{w}" for w in source_nouns(t)}
        for t in texts
    ]


def target_anchors(texts: Sequence[str], nouns: set[str]) -> list[set[str]]:
    """Per target paragraph: the values it states, its names, the source nouns it renders."""
    from copydesk.checks.bilingual.numbers import target_values
    from copydesk.checks.bilingual.wordcover import renders, target_stems

    found = []
    for t in texts:
        stems = target_stems(t)
        keys = {f"#{v:.12g}" for v in target_values(t) if v >= 10} | names(t)
        keys |= {f"w:{w}" for w in nouns if renders(w, t, stems)}
        found.append(keys)
    return found


def align(sources: Sequence[str], targets: Sequence[str]) -> list[Bead]:
    """Beads of (source paragraph indexes, target paragraph indexes), in order.

    As many paragraphs on both sides: paired by position (a translation keeps its
    source's paragraphs far more often than it both drops and splits some).
    """
    if len(sources) == len(targets):
        return [([i], [i]) for i in range(len(sources))]
    if not sources or not targets:
        return [([i], []) for i in range(len(sources))] + [([], [j]) for j in range(len(targets))]
    src = [max(1, measure(t)) for t in sources]
    tgt = [max(1, measure(t)) for t in targets]
    src_keys = source_anchors(sources)
    nouns = {k[2:] for keys in src_keys for k in keys if k.startswith("w:")}
    evidence = _Anchors(
        src_keys,
        target_anchors(targets, nouns),
        [sentences(t) for t in sources],
        [sentences(t) for t in targets],
    )
    return _settle(src, tgt, sum(tgt) / sum(src), evidence)


def _settle(src: list[int], tgt: list[int], ratio: float, evidence: _Anchors) -> list[Bead]:
    """Align, estimate the ratio again from the 1-1 beads, until the beads stay the same."""
    beads: list[Bead] = []
    for _ in range(ROUNDS):
        found = _best(src, tgt, ratio, evidence)
        if found == beads:
            break
        beads = found
        ones = [(src[b[0][0]], tgt[b[1][0]]) for b in beads if len(b[0]) == len(b[1]) == 1]
        if ones:
            ratio = sum(t for _, t in ones) / sum(s for s, _ in ones)
    return beads


class _Anchors:
    """The anchors both articles hold, per paragraph, and what each one is worth."""

    def __init__(
        self,
        src: Sequence[set[str]],
        tgt: Sequence[set[str]],
        src_sentences: Sequence[int],
        tgt_sentences: Sequence[int],
    ) -> None:
        in_src = Counter(a for s in src for a in s)
        in_tgt = Counter(a for t in tgt for a in t)
        # An anchor in several paragraphs (a year, a country) says less about which goes where.
        self.weight = {a: 1.0 / max(in_src[a], in_tgt[a]) for a in set(in_src) & set(in_tgt)}
        self.src = [s & self.weight.keys() for s in src]
        self.tgt = [t & self.weight.keys() for t in tgt]
        # Figures and names must come through; dictionary nouns often do not, in a free
        # translation, so only the first count against a bead that lacks them.
        self.strong = [{a for a in s if not a.startswith("w:")} for s in src]
        self.all_tgt = list(tgt)
        self.src_sentences, self.tgt_sentences = src_sentences, tgt_sentences
        self.known: dict[tuple[int, int, int, int], float] = {}

    def bonus(self, si: range, ti: range) -> float:
        """What the anchors both sides of a bead share take off its cost."""
        key = (si.start, si.stop, ti.start, ti.stop)
        if key not in self.known:  # the same beads are costed again in every round
            self.known[key] = self._bonus(si, ti)
        return self.known[key]

    def join_cost(self, si: range, ti: range) -> float:
        """A 2-1 join whose target has fewer sentences than its two sources: a paragraph
        left out beside one translated is likelier."""
        if len(si) == 2 and len(ti) == 1:
            joined = sum(self.src_sentences[i] for i in si)
            if self.tgt_sentences[ti.start] < joined:
                return JOIN_SENTENCES
        return 0.0

    def _bonus(self, si: range, ti: range) -> float:
        common = frozenset().union(*(self.src[i] for i in si)) & frozenset().union(
            *(self.tgt[j] for j in ti)
        )
        got = sorted((self.weight[a] for a in common), reverse=True)[:MAX_ANCHORS]
        there = frozenset().union(*(self.all_tgt[j] for j in ti))
        missing = sum(len(self.strong[i] - there) for i in si)
        return ANCHOR * sum(got) - MISSING * min(missing, MAX_ANCHORS)


def _length_cost(a: int, b: int, ratio: float) -> float:
    """Minus the log of the chance that a source of length ``a`` becomes ``b`` (two-tailed)."""
    mean = (a * ratio + b) / 2
    z = abs(b - a * ratio) / math.sqrt(VARIANCE * mean)
    return -math.log(max(math.erfc(z / math.sqrt(2)), 1e-12))


_PRIOR_COST = {kind: -math.log(p) for kind, p in PRIORS.items()}


def _best(src: list[int], tgt: list[int], ratio: float, evidence: _Anchors) -> list[Bead]:
    """The cheapest bead sequence for one ratio (dynamic programming, within a band)."""
    n, m = len(src), len(tgt)
    band = BAND + abs(n - m)
    cost: dict[tuple[int, int], float] = {(0, 0): 0.0}
    back: dict[tuple[int, int], tuple[int, int]] = {}
    for i in range(n + 1):
        centre = i * m / n
        for j in range(max(0, math.floor(centre - band)), min(m, math.ceil(centre + band)) + 1):
            if i == j == 0:
                continue
            best, move = math.inf, (0, 0)
            for (di, dj), prior in _PRIOR_COST.items():
                before = cost.get((i - di, j - dj))
                if before is None:
                    continue
                step = before + prior
                if di and dj:
                    a, b = sum(src[i - di : i]), sum(tgt[j - dj : j])
                    step += _length_cost(a, b, ratio)
                    step -= evidence.bonus(range(i - di, i), range(j - dj, j))
                    step += evidence.join_cost(range(i - di, i), range(j - dj, j))
                if step < best:
                    best, move = step, (di, dj)
            if best < math.inf:
                cost[i, j], back[i, j] = best, move
    beads: list[Bead] = []
    i, j = n, m
    while i or j:
        di, dj = back[i, j]
        beads.append((list(range(i - di, i)), list(range(j - dj, j))))
        i, j = i - di, j - dj
    return beads[::-1]
