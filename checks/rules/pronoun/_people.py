"""Who a document names and how it refers to them: the analysis behind the pronoun checks.

One pass over the text finds

* name mentions: runs of capitalised words, with titles split off
  (``Russian President Vladimir Putin`` -> title ``President``, name
  ``Vladimir Putin``), linked into people across the document
  (``Kim Jong-Un``, ``Kim Jong Un`` and ``Kim`` are one person; a one-letter
  transliteration variant such as ``Koslov``/``Kozlov`` too);
* person nouns standing alone (``a woman``, ``the official``): people the text
  does not name, who may be what a pronoun refers to;
* gendered pronouns, and whether they sit inside a quotation.

Evidence about a person's gender: a gendered title or role noun next to the
name (``Queen``, ``Mrs``, ``spokeswoman``), and pronouns whose only possible
antecedent is that person.  Evidence that a name is a person at all: a title or
role noun before it or in apposition after it, ``Name, who``, or two or more
he/she pronouns resolved to it.  Names without such evidence may be places,
organisations or ships.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib.resources import files

import regex

from checks.tokens import sentences, words

MALE = "m"
FEMALE = "f"
NEUTRAL = "n"

PRONOUNS: dict[str, str] = {
    "he": MALE,
    "him": MALE,
    "his": MALE,
    "himself": MALE,
    "she": FEMALE,
    "her": FEMALE,
    "hers": FEMALE,
    "herself": FEMALE,
}

# Before an unknown name these mark a place or a thing rather than a person.
_NOT_PERSON_BEFORE = frozenset(
    {
        "the",
        "a",
        "an",
        "in",
        "to",
        "from",
        "at",
        "into",
        "across",
        "near",
        "through",
        "toward",
        "towards",
        "via",
        "between",
        "outside",
        "inside",
        "throughout",
        "within",
        "on",
        "its",
        "their",
    }
)
# Role nouns that are also adjectives: "an official Russian source" names no person.
_ADJECTIVE_ROLES = frozenset(
    {"official", "chief", "deputy", "prime", "general", "host", "guest", "patient", "partner"}
)
_ROMAN = regex.compile(r"[IVX]+")
_POSSESSIVE = regex.compile(r"['’]s?\Z")
_TITLE_GAP = regex.compile(r"\.?[ \u00a0]")
_NAME_GAP = regex.compile(r"[ \u00a0]")
_APPOSITION_STOP = regex.compile(r"[,.;:()\[\]!?\"“”]")
_OPENERS = "“\"‘'«(—–-"


@dataclass(frozen=True)
class PersonNoun:
    gender: str
    weight: int


@cache
def person_nouns() -> dict[str, PersonNoun]:
    data = (files("resources") / "pronoun" / "person_nouns.txt").read_text("utf-8")
    result: dict[str, PersonNoun] = {}
    for line in data.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        word, gender, weight = line.split()
        result[word] = PersonNoun(gender, int(weight))
    return result


@cache
def resource_words(name: str) -> frozenset[str]:
    data = (files("resources") / "pronoun" / f"{name}.txt").read_text("utf-8")
    return frozenset(
        w.lower()
        for line in data.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
        for w in line.split()
    )


@cache
def verb_forms() -> dict[str, str]:
    """Each form of a person-object verb -> its first (base) form."""
    data = (files("resources") / "pronoun" / "person_object_verbs.txt").read_text("utf-8")
    forms: dict[str, str] = {}
    for line in data.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            parts = line.split()
            for form in parts:
                forms[form] = parts[0]
    return forms


@cache
def _function_words() -> frozenset[str]:
    data = (files("resources") / "repetition" / "function_words.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in data.splitlines() if line.strip() and not line.startswith("#")
    )


@dataclass
class Token:
    text: str
    low: str
    start: int
    end: int
    sent: int
    pos: int  # index within its sentence
    quoted: bool


@dataclass
class Entity:
    """One person (or other named thing) the document mentions, under all its names."""

    tokens: set[str]
    name: str = ""
    title_score: dict[str, int] = field(default_factory=lambda: {MALE: 0, FEMALE: 0})
    person_evidence: int = 0
    votes: dict[int, str] = field(default_factory=dict)  # pronoun offset -> gender
    last_seen: int = -1

    @property
    def is_person(self) -> bool:
        return self.person_evidence > 0 or len(self.votes) >= 2

    def score(self, exclude: int | None = None) -> dict[str, int]:
        totals = dict(self.title_score)
        for offset, gender in self.votes.items():
            if offset != exclude:
                totals[gender] += 1
        return totals

    def gender(self, exclude: int | None = None) -> str | None:
        """The gender the document clearly gives this person, or None when it does not."""
        s = self.score(exclude)
        for g, other in ((MALE, FEMALE), (FEMALE, MALE)):
            if s[g] >= 2 and s[g] > 2 * s[other]:
                return g
        return None


@dataclass
class Mention:
    """A name, or a person noun standing alone, at one place in the text."""

    start: int
    end: int
    sent: int
    first_tok: int  # index into Analysis.tokens
    quoted: bool
    entity: Entity | None = None  # set for names
    noun: PersonNoun | None = None  # set for person nouns ("a woman")
    possible_person: bool = False  # an unknown name in a place a person could stand
    thing_like: bool = False  # an unknown name after "the": a ship, a newspaper


@dataclass
class Pronoun:
    tok: Token
    gender: str


@dataclass
class Analysis:
    text: str
    tokens: list[Token]
    sent_spans: list[tuple[int, int]]
    mentions: list[Mention]
    pronouns: list[Pronoun]

    def mentions_in(self, first_sent: int, before: int) -> list[Mention]:
        """Mentions from sentence ``first_sent`` on that start before offset ``before``."""
        return [m for m in self.mentions if m.sent >= first_sent and m.start < before]


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Quoted stretches, paragraph by paragraph (a quote never runs past a line end here)."""
    spans: list[tuple[int, int]] = []
    for line in regex.finditer(r"[^\n]+", text):
        open_at: int | None = None
        for q in regex.finditer(r"[“”\"«»]", line.group()):
            ch, at = q.group(), line.start() + q.start()
            if open_at is None and ch in '“"«':
                open_at = at
            elif open_at is not None and ch in '”"»':
                spans.append((open_at, at + 1))
                open_at = None
    return spans


def _edit1(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one substitution, insertion or deletion."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _name_parts(tok_text: str) -> list[str]:
    return [p for p in regex.split(r"[-‐]", _POSSESSIVE.sub("", tok_text).lower()) if p]


def _is_capitalised(tok: Token) -> bool:
    t = tok.text
    if not t[:1].isupper():
        return False
    if len(t) > 1 and t.isupper() and not _ROMAN.fullmatch(t):
        return False  # an acronym: BBC, UN, DPRK
    return tok.low not in _function_words() and tok.low not in PRONOUNS


@lru_cache(maxsize=16)
def analyse(text: str) -> Analysis:
    quotes = _quote_spans(text)
    q_starts = [s for s, _ in quotes]

    def quoted(offset: int) -> bool:
        i = bisect.bisect_right(q_starts, offset) - 1
        return i >= 0 and quotes[i][0] < offset < quotes[i][1]

    tokens: list[Token] = []
    sent_spans: list[tuple[int, int]] = []
    by_sent: list[list[int]] = []
    for s_idx, sent in enumerate(sentences(text)):
        sent_spans.append((sent.start, sent.end))
        idxs = []
        for pos, w in enumerate(words(text, sent.start, sent.end)):
            idxs.append(len(tokens))
            tokens.append(
                Token(w.text, w.text.lower(), w.start, w.end, s_idx, pos, quoted(w.start))
            )
        by_sent.append(idxs)

    nouns = person_nouns()

    def sentence_initial(k: int) -> bool:
        tok = tokens[k]
        if tok.pos == 0:
            return True
        before = text[tokens[k - 1].end : tok.start].strip()
        return bool(before) and before[-1] in _OPENERS + ":"

    # Capitalised words seen inside sentences are names; at a sentence start a
    # capital says nothing, so there a word counts only if it is known as a name.
    vocabulary = {
        part
        for k, tok in enumerate(tokens)
        if _is_capitalised(tok) and not sentence_initial(k) and tok.low not in nouns
        for part in _name_parts(tok.text)
    }

    runs: list[list[int]] = []
    for idxs in by_sent:
        run: list[int] = []
        for k in idxs:
            tok = tokens[k]
            if not _is_capitalised(tok):
                if run:
                    runs.append(run)
                run = []
                continue
            if run and not _POSSESSIVE.search(tokens[run[-1]].text):
                gap = text[tokens[run[-1]].end : tok.start]
                if _NAME_GAP.fullmatch(gap) or (
                    tokens[run[-1]].low in nouns and _TITLE_GAP.fullmatch(gap)
                ):
                    run.append(k)
                    continue
            if run:
                runs.append(run)
            run = [k]
        if run:
            runs.append(run)

    mentions: list[Mention] = []
    entities: list[Entity] = []
    attached: set[int] = set()  # token indices of person nouns that belong to a name

    def link(parts: list[str], create: bool = True) -> Entity | None:
        key = set(parts)
        exact = [e for e in entities if key == e.tokens]
        if exact:
            return exact[-1]
        if len(parts) == 1:
            (part,) = parts
            cands = [e for e in entities if part in e.tokens]
            if not cands and len(part) >= 5:
                cands = [
                    e
                    for e in entities
                    if e.is_person
                    and any(t[0] == part[0] and _edit1(t, part) for t in e.tokens if len(t) >= 5)
                ]
        else:
            cands = [
                e
                for e in entities
                if parts[-1] in e.tokens and (e.tokens <= key or key <= e.tokens)
            ]
        if cands:
            people = [e for e in cands if e.is_person] or cands
            best = max(people, key=lambda e: e.last_seen)
            if len(parts) > 1:
                best.tokens |= key
            return best
        if not create:
            return None
        ent = Entity(key)
        entities.append(ent)
        return ent

    for run in runs:
        # Titles inside the run: keep what follows the last one as the name.
        title: PersonNoun | None = None
        start = 0
        for j, k in enumerate(run):
            if tokens[k].low in nouns and j < len(run) - 1:
                title = nouns[tokens[k].low]
                start = j + 1
        name_idx = run[start:]
        if tokens[name_idx[-1]].low in nouns and len(name_idx) <= 2:
            # "the Russian President": a role, not a name.
            k = name_idx[-1]
            mentions.append(
                Mention(
                    tokens[k].start,
                    tokens[k].end,
                    tokens[k].sent,
                    k,
                    tokens[k].quoted,
                    noun=nouns[tokens[k].low],
                )
            )
            continue
        # A lone capitalised word opening a sentence ("Analysts", "Kim") is a name
        # only if the document names it elsewhere.
        known_only = (
            len(name_idx) == 1
            and sentence_initial(name_idx[0])
            and not all(p in vocabulary for p in _name_parts(tokens[name_idx[0]].text))
        )
        first, last = tokens[name_idx[0]], tokens[name_idx[-1]]
        evidence: list[PersonNoun] = [title] if title else []
        # A lower-case role noun right before the name: "spokesman Matthew Miller".
        k0 = name_idx[0]
        if title is None and first.pos > 0:
            prev = tokens[k0 - 1]
            gap = text[prev.end : first.start]
            if (
                prev.low in nouns
                and prev.low not in _ADJECTIVE_ROLES
                and regex.fullmatch(r"\s*,?\s*", gap)
            ):
                evidence.append(nouns[prev.low])
                attached.add(k0 - 1)
        # A role in apposition: "Andrei Lankov, a North Korea expert at ...".  Not
        # after "of Khasan," or "In July,": there the comma ends a phrase, and what
        # follows is the subject of the sentence.
        before_word = tokens[k0 - 1].low if first.pos > 0 else ""
        after = text[last.end : last.end + 80]
        who = bool(regex.match(r"(?:['’]s)?\s*,\s*who\b", after))
        if regex.match(r"\s*,", after) and before_word not in _NOT_PERSON_BEFORE | {"of"}:
            k = name_idx[-1] + 1
            for step in range(6):
                if k >= len(tokens) or tokens[k].sent != last.sent:
                    break
                gap = text[tokens[k - 1].end : tokens[k].start]
                if step > 0 and _APPOSITION_STOP.search(gap):
                    break
                if tokens[k].low in nouns:
                    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
                    titles_next = (
                        nxt is not None
                        and nxt.sent == last.sent
                        and _is_capitalised(nxt)
                        and _TITLE_GAP.fullmatch(text[tokens[k].end : nxt.start]) is not None
                    )
                    if not titles_next:  # "Monday, King Charles": another person's title
                        evidence.append(nouns[tokens[k].low])
                        attached.add(k)
                    break
                k += 1
        parts = [p for k in name_idx for p in _name_parts(tokens[k].text)]
        found = link(parts, create=not known_only)
        if found is None:
            continue
        ent = found
        surface = text[first.start : last.end]
        if len(surface) > len(ent.name):
            ent.name = _POSSESSIVE.sub("", surface)
        for ev in evidence:
            ent.person_evidence += 1
            if ev.gender != NEUTRAL:
                ent.title_score[ev.gender] += ev.weight
        if who:
            ent.person_evidence += 1
        ent.last_seen = first.start
        mentions.append(
            Mention(
                first.start,
                last.end,
                first.sent,
                k0,
                first.quoted,
                entity=ent,
                possible_person=before_word not in _NOT_PERSON_BEFORE,
                thing_like=before_word in ("the", "a", "an"),
            )
        )

    # Person nouns standing on their own: "a woman", "the official".
    in_runs = {k for run in runs for k in run}
    for k, tok in enumerate(tokens):
        if k in attached or k in in_runs or tok.low not in nouns:
            continue
        if tok.low in PRONOUNS or not tok.text.islower():
            continue
        mentions.append(Mention(tok.start, tok.end, tok.sent, k, tok.quoted, noun=nouns[tok.low]))
    mentions.sort(key=lambda m: m.start)

    pronouns = [Pronoun(t, PRONOUNS[t.low]) for t in tokens if t.low in PRONOUNS]
    analysis = Analysis(text, tokens, sent_spans, mentions, pronouns)
    _vote(analysis)
    return analysis


def _candidates(mentions: list[Mention]) -> list[Mention]:
    """Mentions a he/she could point to: people, person nouns, unknown names in person places."""
    return [
        m
        for m in mentions
        if m.noun is not None
        or (m.entity is not None and (m.entity.is_person or m.possible_person))
    ]


def _vote(a: Analysis) -> None:
    """Let each pronoun with exactly one possible antecedent vote for that person's gender."""
    for _ in range(2):  # a second round sees people that the first round's votes revealed
        for p in a.pronouns:
            if p.tok.quoted:
                continue
            sent = p.tok.sent
            here = [
                m
                for m in _candidates(a.mentions_in(sent, p.tok.start))
                if m.sent == sent and not m.quoted
            ]
            if not here and sent > 0:
                here = [
                    m
                    for m in _candidates(a.mentions_in(sent - 1, p.tok.start))
                    if m.sent == sent - 1 and not m.quoted
                ]
            ents = {id(m.entity) for m in here}
            if here and len(ents) == 1 and here[0].entity is not None:
                here[0].entity.votes[p.tok.start] = p.gender


def pronoun_replacement(word: str, next_word: str | None) -> list[str]:
    """The pronoun of the other gender, keeping case; best first."""
    low = word.lower()
    if low == "her":
        # "her" is both "his" (her preference) and "him" (told her).
        before_noun = next_word is not None and next_word.lower() not in _function_words()
        options = ["his", "him"] if before_noun else ["him", "his"]
    elif low == "his":
        options = ["her"] if next_word is not None else ["hers"]
    else:
        options = [
            {
                "he": "she",
                "she": "he",
                "him": "her",
                "himself": "herself",
                "herself": "himself",
                "hers": "his",
            }[low]
        ]
    return [_match_case(word, o) for o in options]


def _match_case(model: str, word: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
