"""Who a document names and how it refers to them: the analysis behind the pronoun checks.

One pass over the text finds

* name mentions: runs of capitalised words, with titles split off
  (``Polish President Marek Varga`` -> title ``President``, name
  ``Marek Varga``), linked into people across the document
  (``Han Seo-Jin``, ``Han Seo Jin`` and ``Han`` are one person; a one-letter
  transliteration variant such as ``Morosov``/``Morozov`` too);
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
from collections import OrderedDict
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise

import regex
from lemminflect import getAllLemmas, getInflection

from copydesk.checks.data import data_lines, word_set
from copydesk.checks.language import (
    fold,
    function_words,
    one_edit_apart,
    reporting_verbs,
    title_abbreviations,
)
from copydesk.checks.lexicon import COMMON, KNOWN, zipf
from copydesk.checks.rules.grammar._wordclass import (
    graded_form,
    irregular_plural,
    may_be_finite,
    plural_noun,
    verb_form,
    word_classes,
)
from copydesk.checks.rules.grammar._wordclass import participle as is_participle
from copydesk.checks.tokens import bounded, sentence_spans, words_in

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


def _not_person_before(word: str) -> bool:
    """A name of unknown kind after ``word`` is a place or a thing: "in", "the", or an
    adjective of a part of a land ("eastern Germany"; resources/pronoun/place_adjectives.txt)."""
    return word in _NOT_PERSON_BEFORE or word in resource_words("place_adjectives")


# Role nouns that are also adjectives: "an official Russian source" names no person.
_ADJECTIVE_ROLES = frozenset(
    {"official", "chief", "deputy", "prime", "general", "host", "guest", "patient", "partner"}
)
_APPOSITION_OPENERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "one"})
# A given name establishes a gender on its own, but one contradicting pronoun undoes it.
FIRST_NAME_WEIGHT = 2
USE_FIRST_NAMES = True  # the benchmark turns this off to measure document evidence alone
# A "sentence" longer than this (a text without punctuation) is analysed in pieces: every
# pronoun looks back a few sentences, so unbounded sentences made the check cubic.
MAX_SENTENCE = 1000
FUZZY_REACH = 3000  # characters back in which a one-letter name variant is the same person
# Before a person noun these make it a verb: "would judge", "to host".
_VERB_BEFORE = frozenset(
    {"to", "would", "will", "can", "could", "should", "shall", "may", "might", "must", "did"}
    | {"does", "do", "not", "never"}
)
_RELATIVES = frozenset({"who", "whom", "whose", "which", "that"})
# A verb of being has a subject before it; "as", "named" and the like follow a verb and
# its object ("studied the dolphins as a biologist"), which is no subject.
_BE_VERBS = frozenset(
    {"is", "was", "are", "were", "remain", "remains", "remained", "become", "became", "becomes"}
)
_COPULAS = frozenset(
    {"is", "was", "are", "were", "be", "been", "remain", "remains", "remained", "become"}
    | {"became", "becomes", "as", "named", "appointed", "elected"}
)
_APPOSITION_PREPOSITIONS = frozenset({"at", "of", "for", "from", "in", "with"})
# "every passenger" is nobody in particular: not a referent for he or she.
_QUANTIFIERS = frozenset({"every", "each", "any", "no", "per", "another"})
_COMMA_GAP = regex.compile(r"\s*,?\s*")
_WHO_AFTER = regex.compile(r"(?:['’]s)?\s*,?\s*who\b")
_COMMA_AFTER = regex.compile(r"\s*,")
_COMMA_AFTER_FIGURE = regex.compile(r"[^\S\n]*(?:\d[\d.,]*\d[^\S\n]*|\d[^\S\n]*)?,[^\S\n]*")
_AGE_AFTER = regex.compile(r",[^\S\n]*\d{1,3},")
# ... or a count's thousands ("In Varsk, 1,614 voters"), which an age is not
_THOUSANDS_AFTER = regex.compile(r",[^\S\n]*\d{1,3},\d")
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
    result: dict[str, PersonNoun] = {}
    for line in data_lines("pronoun", "person_nouns.txt"):
        word, gender, weight = line.split()
        result[word] = PersonNoun(gender, int(weight))
    return result


# Titles whose lower-case form is another word: "what he would miss" names no woman
_TITLES_ONLY = frozenset({"miss"})


def person_noun_of(tok: Token) -> PersonNoun | None:
    """The person the word names as a role or a title, if any: "Miss" as a title, never
    the verb or noun "miss"."""
    if tok.low in _TITLES_ONLY and tok.text.islower():
        return None
    return person_nouns().get(tok.low)


@cache
def resource_words(name: str) -> frozenset[str]:
    return frozenset(
        w.lower() for line in data_lines("pronoun", f"{name}.txt") for w in line.split()
    )


@cache
def first_names() -> dict[str, str]:
    return {
        fold(name): gender
        for name, gender in (line.split() for line in data_lines("pronoun", "first_names.txt"))
    }


@cache
def census_first_names() -> dict[str, str]:
    """Given names of one sex in the US birth counts that first_names.txt lacks
    (resources/pronoun/first_names_census.txt, built by bench/build_census_names.py): the
    pronoun check alone reads them, for a person's given name."""
    return dict(line.split() for line in data_lines("pronoun", "first_names_census.txt"))


@cache
def world_first_names() -> dict[str, str]:
    """Given names of one sex in the consensus of name sources from many countries that
    the other lists lack (resources/pronoun/first_names_world.txt, built by
    bench/build_world_names.py): "Soukaina", "Abderrahman".  The pronoun check alone reads
    them, for a person's given name."""
    return dict(line.split() for line in data_lines("pronoun", "first_names_world.txt"))


@cache
def _name_endings(file: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(ending, gender, look-alike endings) of resources/pronoun/``file``, the longest
    ending first."""
    rows = []
    for line in data_lines("pronoun", file):
        ending, gender, *unlike = line.split()
        rows.append((ending, gender, tuple(unlike)))
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


def _form_gender(name: str, file: str) -> str | None:
    low = name.lower()
    if len(low) < 5 or zipf(low) >= 3.0:
        return None
    for ending, gender, unlike in _name_endings(file):
        if low.endswith(ending) and len(low) >= len(ending) + 2:
            return None if low.endswith(unlike) else gender
    return None


def surname_gender(surname: str) -> str | None:
    """The sex a surname's form gives its bearer ("Dosmukhambetova", "Abenov",
    "Kazlauskienė"), or None: too short, a common English word, or no such ending."""
    return _form_gender(surname, "surname_endings.txt")


def given_name_form_gender(given: str) -> str | None:
    """The sex a given name's form gives its bearer when no list knows the name
    ("Rahmatullah", "Nasreddine"; resources/pronoun/given_name_endings.txt), or None.  Not
    a name written in parts ("Amat-ullah", "Menat-Allah"), whose first part, which tells
    a woman's from a man's, the endings cannot read whole."""
    if "-" in given:
        return None
    return _form_gender(given, "given_name_endings.txt")


def name_form(given: str, surname: str) -> tuple[str | None, str]:
    """The sex the surname's or the given name's form gives, and which part gives it
    ("surname", "given name"); none when the two disagree."""
    by_surname, by_given = surname_gender(surname), given_name_form_gender(given)
    if by_surname and by_given and by_surname != by_given:
        return None, "surname"
    if by_surname:
        return by_surname, "surname"
    return by_given, "given name"


@cache
def verb_forms() -> dict[str, str]:
    """Each form of a person-object verb -> its first (base) form."""
    forms: dict[str, str] = {}
    for line in data_lines("pronoun", "person_object_verbs.txt"):
        parts = line.split()
        for form in parts:
            forms[form] = parts[0]
    return forms


@dataclass
class Token:
    text: str
    low: str
    start: int
    end: int
    sent: int
    pos: int  # index within its sentence
    quoted: bool
    idx: int  # index in Analysis.tokens


@dataclass
class Entity:
    """One person (or other named thing) the document mentions, under all its names."""

    tokens: set[str]
    name: str = ""
    title_score: dict[str, int] = field(default_factory=lambda: {MALE: 0, FEMALE: 0})
    person_evidence: int = 0
    votes: dict[int, str] = field(default_factory=dict)  # pronoun offset -> gender
    vote_counts: dict[str, int] = field(default_factory=lambda: {MALE: 0, FEMALE: 0})
    last_seen: int = -1
    first_name: str | None = None  # gender of a given name the document uses for them
    # Written like a person's name: two or more words, not after "the" ("Han Seo Jin",
    # not "the Aurora Borealis"); only such names may become people by pronouns alone.
    name_like: bool = False
    # Named first as someone's relative and sharing a surname with a person named before
    # ("His daughter, Helena da Silveira"): the bare surname stays with that person.
    relative: bool = False
    # What the given name counts for: one point for a name the other gender bears in
    # another language ("Paula", a Tongan man's name), else FIRST_NAME_WEIGHT.
    name_weight: int = FIRST_NAME_WEIGHT
    # The sex the surname's or the given name's form gives, for a person whose given name
    # no list knows ("Saltanat Dosmukhambetova", "Rahmatullah Sorvani"): no vote, but
    # which of a "he" and a "she" is the slip; ``form_part`` says which part gives it.
    form_gender: str | None = None
    form_part: str = "surname"

    @property
    def is_person(self) -> bool:
        return self.person_evidence > 0 or (self.name_like and len(self.votes) >= 2)

    def vote(self, offset: int, gender: str) -> None:
        old = self.votes.get(offset)
        if old is not None:
            self.vote_counts[old] -= 1
        self.votes[offset] = gender
        self.vote_counts[gender] += 1

    def unvote(self, offset: int) -> None:
        """Take back the vote of the pronoun at ``offset``, if it cast one."""
        old = self.votes.pop(offset, None)
        if old is not None:
            self.vote_counts[old] -= 1

    def score(self, exclude: int | None = None) -> dict[str, int]:
        totals = {g: self.title_score[g] + self.vote_counts[g] for g in (MALE, FEMALE)}
        if self.first_name and USE_FIRST_NAMES:
            totals[self.first_name] += self.name_weight
        if exclude is not None and exclude in self.votes:
            totals[self.votes[exclude]] -= 1
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
    sent_first_tok: list[int]  # index of each sentence's first token (len(tokens) if none)
    mentions: list[Mention]
    pronouns: list[Pronoun]
    has_vessels: bool = False  # the text talks of ships or boats, which English calls "she"
    para_first_sent: list[int] = field(default_factory=list)  # per sentence: its paragraph's first
    _starts: list[int] = field(default_factory=list)
    by_end: dict[int, Mention] = field(default_factory=dict)
    by_first_tok: dict[int, Mention] = field(default_factory=dict)
    # What the checks work out about this text once (is a name a place here?): it lives
    # and dies with the analysis, never keeping the text alive after its check.
    derived: dict[tuple[str, str], object] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._starts = [m.start for m in self.mentions]
        # A line break ends a paragraph here (one paragraph per line, as scraped).
        self.para_first_sent = []
        for i, (start, _) in enumerate(self.sent_spans):
            prev_end = self.sent_spans[i - 1][1] if i else 0
            new_para = i == 0 or "\n" in self.text[prev_end:start]
            self.para_first_sent.append(i if new_para else self.para_first_sent[-1])
        for m in self.mentions:
            self.by_end.setdefault(m.end, m)
            self.by_first_tok.setdefault(m.first_tok, m)

    def mentions_in(self, first_sent: int, before: int) -> list[Mention]:
        """Mentions from sentence ``first_sent`` on that start before offset ``before``."""
        first_sent = max(0, first_sent)
        lo = bisect.bisect_left(self._starts, self.sent_spans[first_sent][0])
        hi = bisect.bisect_left(self._starts, before)
        return self.mentions[lo:hi]

    def paragraph_before(self, sent: int) -> int:
        """The first sentence of the paragraph before ``sent``'s (0 in the first paragraph)."""
        para = self.para_first_sent[sent]
        return self.para_first_sent[para - 1] if para else 0

    def quoted_only(self, sent: int) -> bool:
        """Every word of sentence ``sent`` stands inside a quotation: one of the sentences of
        a quotation its attribution closes later ("“We had an hour. Then the water came,”
        she said.")."""
        stop = self.sent_first_tok[sent + 1] if sent + 1 < len(self.sent_first_tok) else None
        words = self.tokens[self.sent_first_tok[sent] : stop]
        return bool(words) and all(t.quoted for t in words)

    def tokens_from(self, first_sent: int, before_tok: int) -> list[Token]:
        """Tokens from the start of sentence ``first_sent`` up to (not including) ``before_tok``."""
        return self.tokens[self.sent_first_tok[max(0, first_sent)] : before_tok]


_LINE = regex.compile(r"[^\n]+")
# A quotation mark, straight, curly or angled (also read by case/_stray.py)
QUOTE_MARK = regex.compile(r"[“”\"«»]")


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Quoted stretches, paragraph by paragraph (a quote never runs past a line end here).

    A quotation left open at a paragraph's end runs to that end when the next paragraph
    opens with a quotation mark: news style continues a quote so, without closing it.
    """
    spans: list[tuple[int, int]] = []
    lines = list(_LINE.finditer(text))
    for n, line in enumerate(lines):
        open_at: int | None = None
        for q in QUOTE_MARK.finditer(line.group()):
            ch, at = q.group(), line.start() + q.start()
            if open_at is None and ch in '“"«':
                open_at = at
            elif open_at is not None and ch in '”"»':
                spans.append((open_at, at + 1))
                open_at = None
        if open_at is not None and _reopens(lines, n + 1):
            spans.append((open_at, line.end()))
    return spans


def _reopens(lines: list[regex.Match[str]], n: int) -> bool:
    """The ``n``-th line (blank lines are not lines here) opens with a quotation mark."""
    return n < len(lines) and lines[n].group().lstrip()[:1] in ("“", '"', "«")


_HYPHEN = regex.compile(r"[-‐]")


@lru_cache(maxsize=65_536)
def name_parts(tok_text: str) -> tuple[str, ...]:
    # Kept per word: asked of every capitalised token, and a text repeats its names.
    return tuple(p for p in _HYPHEN.split(_POSSESSIVE.sub("", tok_text).lower()) if p)


def _is_capitalised(tok: Token) -> bool:
    t = tok.text
    if not t[:1].isupper():
        return False
    if tok.low.split("-")[0] in resource_words("number_words"):
        return False  # "Eleven Cuban professors", "Twenty-two miners": no one's name
    if len(t) > 1 and t.isupper() and not _ROMAN.fullmatch(t):
        return False  # an acronym: BBC, UN, DPRK
    return tok.low not in function_words() and tok.low not in PRONOUNS


# The key of a file's analysis in its check context, which both pronoun checks read.
ANALYSIS = "pronoun.analysis"


def analyse(text: str) -> Analysis:
    """Who ``text`` names and how it refers to them, built in the phases below, in order.

    Not cached here: the checks share one analysis per file through their context
    (:meth:`CheckContext.of_text`), which goes with the file's check."""
    tokens, sent_spans, by_sent = tokenise(text)
    doc = Document(text, tokens, *name_vocabulary(text, tokens))
    runs = name_runs(text, tokens, by_sent)
    for run in runs:
        add_name_mention(doc, run)
    add_person_nouns(doc, runs)
    doc.mentions.sort(key=lambda m: m.start)
    family_name_first(doc)
    closing_role(doc)
    played_part(doc)
    predicate_role(doc)
    analysis = _assemble(doc, sent_spans)
    _vote(analysis)
    return analysis


def tokenise(text: str) -> tuple[list[Token], list[tuple[int, int]], list[list[int]]]:
    """Phase 1: the words, each with its sentence, place in it and whether it is quoted.

    Returns the tokens, the sentence spans and each sentence's token indices.
    """
    quotes = _quote_spans(text)
    q_starts = [s for s, _ in quotes]
    right = bisect.bisect_right
    tokens: list[Token] = []
    sent_spans: list[tuple[int, int]] = []
    by_sent: list[list[int]] = []
    append = tokens.append
    n = 0
    # One loop, no closure or call per word: this runs for every word of every text.
    for s_idx, sent in enumerate(bounded(text, sentence_spans(text), MAX_SENTENCE)):
        sent_spans.append((sent.start, sent.end))
        spans = words_in(text, sent.start, sent.end)
        by_sent.append(list(range(n, n + len(spans))))
        for pos, (start, end, word) in enumerate(spans):
            i = right(q_starts, start) - 1  # the last quotation opened at or before it
            quoted = i >= 0 and quotes[i][0] < start < quotes[i][1]
            append(Token(word, word.lower(), start, end, s_idx, pos, quoted, n))
            n += 1
    return tokens, sent_spans, by_sent


def _sentence_initial(text: str, tokens: list[Token], k: int) -> bool:
    tok = tokens[k]
    if tok.pos == 0:
        return True
    before = text[tokens[k - 1].end : tok.start].strip()
    return bool(before) and before[-1] in _OPENERS + ":"


def name_vocabulary(text: str, tokens: list[Token]) -> tuple[set[str], set[str]]:
    """Phase 2: (words seen in lower case, name parts seen capitalised inside a sentence).

    Capitalised words seen inside sentences are names; at a sentence start a capital
    says nothing, so there a word counts only if it is known as a name.
    """
    nouns = person_nouns()
    lower_words = {t.low for t in tokens if t.text.islower()}
    vocabulary = {
        part
        for k, tok in enumerate(tokens)
        if _is_capitalised(tok) and not _sentence_initial(text, tokens, k) and tok.low not in nouns
        for part in name_parts(tok.text)
    }
    return lower_words, vocabulary


def name_runs(text: str, tokens: list[Token], by_sent: list[list[int]]) -> list[list[int]]:
    """Phase 3: runs of capitalised tokens (indices), joined by a space or a title's period."""
    nouns = person_nouns()
    runs: list[list[int]] = []
    for idxs in by_sent:
        run: list[int] = []
        for k in idxs:
            tok = tokens[k]
            if not _is_capitalised(tok):
                if run and _particle_joins(text, tokens, run, k):
                    continue  # held: "Viña del Mar" goes on if a capital follows
                if run:
                    runs.append(run)
                run = []
                continue
            if run and run[-1] != k - 1:
                run.extend(range(run[-1] + 1, k + 1))  # the particles and this name word
                continue
            if run and not _POSSESSIVE.search(tokens[run[-1]].text):
                gap = text[tokens[run[-1]].end : tok.start]
                if len(run) == 1 and _date_before_name(text, tokens, run[0]):
                    run = [k]  # "On Saturday Lyall Pollitt": the day, then the man
                    continue
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
    return runs


# Words before a day's or a month's name that make it a date: "On Saturday", "last March"
_DATE_OPENERS = frozenset(
    {"on", "last", "next", "this", "since", "until", "by", "every", "from", "in", "early"}
    | {"late", "mid", "through", "before", "after", "during"}
)
# Months that are given names too ("a letter from June Varnow")
_MONTHS_ALSO_NAMED = frozenset({"april", "may", "june", "july", "august"})


def _date_before_name(text: str, tokens: list[Token], k: int) -> bool:
    """The capital at ``k`` is a date a preposition opens, before a person's full name
    with no comma between ("On Saturday Lyall Pollitt, 67, and"): news often leaves the
    comma out, and the day is no part of the name.  The name is two capitals or more
    followed by a comma, a verb or a small word, not a place's or a body's name before a
    role ("On Friday Charlotte police chief …", "In March Grace Church pastor …").  Not a month
    that is a given name too ("in June Varnow said" is as likely June Varnow)."""
    low = tokens[k].low
    if low not in resource_words("calendar_words") or low in _MONTHS_ALSO_NAMED:
        return False
    prev = tokens[k - 1] if k > 0 else None
    if prev is None or prev.sent != tokens[k].sent or prev.low not in _DATE_OPENERS:
        return False
    j = k + 1
    while j < len(tokens) and tokens[j].sent == tokens[k].sent and _is_capitalised(tokens[j]):
        j += 1
    if j - k < 3 or j >= len(tokens) or tokens[j].sent != tokens[k].sent:
        return False
    after = tokens[j]
    if "," in text[tokens[j - 1].end : after.start]:
        return True
    # a noun after the capitals makes them its modifier ("Grace Church pastor"); a verb,
    # a small word or an adverb leaves them a name ("Ilse Varnow of the Green Party said")
    classes = word_classes(after.low)
    noun_only = "NOUN" in classes and not classes & {"VERB", "ADV", "AUX"}
    return after.low not in person_nouns() and not noun_only


# "daughter of" in Malay and Arabic names: "Siti Aminah binti Kassim" is one woman, and the
# name after it her father's, which a bare "Kassim" later means (``_own_name``)
_DAUGHTER_OF = frozenset({"binti", "bint"})
# Lower-case particles inside names: "Viña del Mar", "Ludwig van Beethoven", "Ahmed bin Ali".
_PARTICLES = frozenset(
    {"de", "del", "della", "di", "da", "das", "dos", "du", "van", "von", "der", "den"}
    | {"la", "le", "bin", "ibn"}
    | _DAUGHTER_OF
)


def _particle_joins(text: str, tokens: list[Token], run: list[int], k: int) -> bool:
    """True when token ``k`` is a name particle that may join the run to a capital after it.

    At most two particles ("de la"), each one space from its neighbours, and a capital next.
    """
    # "A" inside a Hmong name ("Thao A Seng", "Vang A Pao") is no article
    if tokens[k].text not in _PARTICLES and tokens[k].text != "A":
        return False
    if k - run[-1] > 2 or k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1]
    if nxt.sent != tokens[k].sent or not (_is_capitalised(nxt) or nxt.text in _PARTICLES):
        return False
    return all(
        _NAME_GAP.fullmatch(text[tokens[j - 1].end : tokens[j].start]) is not None
        for j in range(run[-1] + 1, k + 2)
    )


def _written_whole(people: list[Entity], part: str) -> list[Entity]:
    """The people whose name has ``part`` as a word of its own, when another has it only
    inside a hyphenated surname: after "Ana Ruiz-Ferrer" and "Tomas Ferrer", a bare
    "Ferrer" is Tomas (news calls her "Ruiz-Ferrer"), however recently she was named."""
    whole = [e for e in people if part in _name_words(e.name)]
    inside = [e for e in people if e not in whole and _in_hyphenated(part, e.name)]
    return whole if whole and inside else []


def _name_words(name: str) -> list[str]:
    return [_POSSESSIVE.sub("", w).lower() for w in name.split()]


def _in_hyphenated(part: str, name: str) -> bool:
    return any(part in _HYPHEN.split(w) for w in _name_words(name) if _HYPHEN.search(w))


class EntityLinker:
    """Phase 4: names linked into entities across the document.

    "Han Seo-Jin", "Han Seo Jin" and "Han" are one person; so is a one-letter variant
    ("Morosov" for "Morozov") of a person seen within ``FUZZY_REACH`` characters.
    """

    def __init__(self) -> None:
        self.by_token: dict[str, list[Entity]] = {}
        self.recent: OrderedDict[int, Entity] = OrderedDict()  # by when last seen, oldest first

    def link(self, parts: list[str], at: int, create: bool = True) -> Entity | None:
        """The entity the name ``parts`` at offset ``at`` belongs to (a new one if ``create``)."""
        key = set(parts)
        pool = {id(e): e for p in parts for e in self.by_token.get(p, ())}.values()
        exact = [e for e in pool if key == e.tokens]
        if exact:
            return exact[-1]
        if len(parts) == 1:
            cands = list(pool) or self._variants(parts[0], at)
        else:
            cands = [
                e for e in pool if parts[-1] in e.tokens and (e.tokens <= key or key <= e.tokens)
            ]
        if cands:
            people = [e for e in cands if e.is_person] or cands
            if len(parts) == 1 and all(e.relative for e in people):
                # the person first named by the surname, though the list does not know their
                # given name: "Teodrun Valbrekt … Her son, Ozren Valbrekt, … Valbrekt said"
                people += [e for e in cands if e.name_like and not e.relative]
            if len(parts) == 1:
                people = _written_whole(people, parts[0]) or people
            if len(parts) == 1 or all(key < e.tokens for e in people):
                # "Silveira" after "Manuel da Silveira … His daughter, Helena da Silveira":
                # news calls a namesake relative by her full or given name, so the bare
                # surname, of one word or more ("Ben Khelifa"), is still the person first
                # named by it.
                people = [e for e in people if not e.relative] or people
            best = max(people, key=lambda e: e.last_seen)
            if len(parts) > 1:
                for p in key - best.tokens:
                    self.by_token.setdefault(p, []).append(best)
                best.tokens |= key
            return best
        if not create:
            return None
        ent = Entity(key)
        for p in key:
            self.by_token.setdefault(p, []).append(ent)
        return ent

    def _variants(self, part: str, at: int) -> list[Entity]:
        """People seen lately with a name part one letter from ``part`` (five letters or more)."""
        found: list[Entity] = []
        if len(part) < 5:
            return found
        for e in reversed(self.recent.values()):
            if e.last_seen < at - FUZZY_REACH:
                break
            if e.is_person and any(
                len(t) >= 5 and t[0] == part[0] and one_edit_apart(t, part) for t in e.tokens
            ):
                found.append(e)
        return found

    def seen(self, ent: Entity, at: int) -> None:
        ent.last_seen = at
        self.recent[id(ent)] = ent
        self.recent.move_to_end(id(ent))


@dataclass
class Document:
    """What the phases build up: the mentions so far, and the tokens already spoken for."""

    text: str
    tokens: list[Token]
    lower_words: set[str]
    vocabulary: set[str]
    mentions: list[Mention] = field(default_factory=list)
    attached: set[int] = field(default_factory=set)  # person nouns that belong to a name
    linker: EntityLinker = field(default_factory=EntityLinker)


def split_title(tokens: list[Token], run: list[int]) -> tuple[PersonNoun | None, list[int]]:
    """Phase 5a: (the last title inside a run, the name after it): "President Marek Varga"."""
    nouns = person_nouns()
    title: PersonNoun | None = None
    start = 0
    for j, k in enumerate(run):
        if tokens[k].low in nouns and j < len(run) - 1:
            title = nouns[tokens[k].low]
            start = j + 1
    return title, run[start:]


def _roles_before(
    doc: Document, run: list[int], name_idx: list[int], title: PersonNoun | None
) -> list[PersonNoun]:
    """The roles before the name of ``run`` (``role_before``).  Past a title's abbreviation
    only the role that opens the sentence, when a comma closes the name ("A German
    neurologist who …, Dr. Ruprecht Holzapfel, said", "Her daughter, Dr. Latsamy
    Inthavong, said"); not a noun right before the comma ("Nurses stayed with the girl,
    Dr. Yerkanat Bek said": the girl's)."""
    tokens, k0 = doc.tokens, name_idx[0]
    if title is None:
        return role_before(doc, k0) if tokens[k0].pos > 0 else []
    last = tokens[name_idx[-1]]
    closed = doc.text[last.end : last.end + 1] == ","
    if closed and tokens[run[0]].pos > 0 and _abbreviated_title(doc, run, name_idx):
        # "…, the Rev. Morven Sangster,": the title's "the" stands in the apposition too
        k = run[0]
        if tokens[k - 1].low == "the" and tokens[k - 1].sent == tokens[k].sent:
            k -= 1
        if tokens[k - 1].pos == 1 and tokens[k - 2].low in _ROLE_OPENERS:
            # "Her daughter, Dr. Latsamy Inthavong, said": a role of two words opens the
            # sentence, the name in apposition to it
            return role_before(doc, k)
        return _opening_role(doc, k)
    return []


# A determiner or a possessive pronoun before a role that opens its sentence
_ROLE_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my"})


def _abbreviated_title(doc: Document, run: list[int], name_idx: list[int]) -> bool:
    """The run opens with one title, abbreviated with a full stop, right before the name
    ("Dr. Ruprecht Holzapfel", "Prof. Eka Gogua"; lexicon/title_abbreviations.txt)."""
    if len(run) - len(name_idx) != 1:
        return False
    title = doc.tokens[run[0]]
    return doc.text[title.end : title.end + 1] == "." and title.low in title_abbreviations()


def role_before(doc: Document, k0: int) -> list[PersonNoun]:
    """Phase 5b: a role noun before the name at token ``k0``, marking its words as attached.

    "spokesman Matthew Miller" (right before), "The island's member of parliament,
    Fiona Rees" (a few words back, before a comma).
    """
    text, tokens, nouns = doc.text, doc.tokens, person_nouns()
    first = tokens[k0]
    prev = tokens[k0 - 1]
    gap = text[prev.end : first.start]
    evidence: list[PersonNoun] = []
    # "A spokeswoman for the mayor, Ana Ruiz": the noun before the comma is the role's
    # object, someone else; the phrase's role is read below
    client = object_of_a_persons_phrase(tokens, k0 - 1)
    if prev.sent == first.sent and _after_besides(text, tokens, k0):
        return evidence  # "Besides his son and daughter, Sarybaev is survived by…"
    if (
        person_noun_of(prev) is not None
        and prev.low not in _ADJECTIVE_ROLES
        and _COMMA_GAP.fullmatch(gap)
        and not client
    ):
        evidence.append(nouns[prev.low])
        doc.attached.add(k0 - 1)
        # A compound role: "chief executive", "deputy mayor"; and roles joined by "and"
        # ("The company's founder and chief executive, Neema Mushi"): all hers.
        j = k0 - 2
        while j >= 0 and tokens[j].sent == first.sent:
            joined = (
                tokens[j].low == "and"
                and j > 0
                and tokens[j - 1].sent == first.sent
                and tokens[j - 1].low in nouns
                and _NAME_GAP.fullmatch(text[tokens[j - 1].end : tokens[j].start]) is not None
            )
            if joined:
                j -= 1
            elif tokens[j].low not in nouns:
                break
            doc.attached.add(j)
            j -= 1
    elif _COMMA_AFTER_FIGURE.fullmatch(gap) and not _attribution_after(text, tokens, k0):
        # Every role word of that phrase belongs to the name ("chief executive"); a figure
        # may close the phrase ("who inspected the site in 2023, Ana Ruiz").
        found_role = False
        for j in range(k0 - 1, max(-1, k0 - 8), -1):
            tj = tokens[j]
            if tj.sent != first.sent or (
                j < k0 - 1 and _APPOSITION_STOP.search(text[tj.end : tokens[j + 1].start])
            ):
                break
            if person_noun_of(tj) is not None:
                if _clause_between(tokens, j, k0):
                    break  # "The grandmother was fined in 2019, Ana Ruiz said"
                if object_of_a_persons_phrase(tokens, j):
                    continue  # "A lawyer for the defendant, Ana Ruiz": the client
                if _owned_object(tokens, j, k0):
                    continue  # "who came with his wife and three children, Ana Ruiz"
                doc.attached.add(j)
                if not found_role and tj.low not in _ADJECTIVE_ROLES:
                    evidence.append(nouns[tj.low])
                    found_role = True
        if not found_role:
            evidence += _opening_role(doc, k0)
    return evidence


def _after_besides(text: str, tokens: list[Token], k0: int) -> bool:
    """The name at ``k0`` follows a phrase that opens its sentence with a preposition of
    someone else ("Besides his son and daughter,", "Like her mother,"; resources/pronoun/
    besides_openers.txt), with no comma in it: whoever that phrase names is not the name.
    Not a phrase of being ("Besides being a grandmother of nine,": her own role), nor a name
    a comma closes, the phrase's own apposition ("Besides the headmistress, Ilse Varnow,
    four teachers…")."""
    k = k0 - 1
    s0 = tokens[k].idx - tokens[k].pos
    if tokens[k].pos > 8 or "," in text[tokens[s0].start : tokens[k].start]:
        return False
    if any(t.low == "being" for t in tokens[s0 : k + 1]):
        return False
    end = _last_capital(tokens, k0)
    if text[tokens[end].end : tokens[end].end + 1] == ",":
        return False
    opening = " ".join(t.low for t in tokens[s0 : min(s0 + 3, k)])
    return any(
        opening == phrase or opening.startswith(phrase + " ") for phrase in _besides_openers()
    )


@cache
def _besides_openers() -> tuple[str, ...]:
    return data_lines("pronoun", "besides_openers.txt")


# Possessives before a person noun deep in a role's phrase, after a preposition or "and":
# someone of the person's own, not the role ("A shopkeeper who came with his wife and
# three children, Ana Ruiz").  Not "its": a thing's role is most often the named person's
# own ("A co-founder of the firm and its chairwoman, Ana Ruiz", "For its chairwoman since
# 2015, Ana Ruiz, the vote"; review 38b)
_ROLE_OWNERS = frozenset({"his", "her", "their", "our", "my", "your"})
_JOINING = frozenset({"with", "and", "by", "for", "of", "to", "from", "without", "beside"})


def _owned_object(tokens: list[Token], j: int, k0: int) -> bool:
    """The person noun at ``j``, short of the name at ``k0``, follows a possessive that a
    preposition or "and" governs: someone the role's person brought or serves, not the
    role."""
    if j >= k0 - 1 or j < 2 or tokens[j - 1].low not in _ROLE_OWNERS:
        return False
    before = tokens[j - 2]
    return before.sent == tokens[j].sent and before.low in _JOINING


def _attribution_after(text: str, tokens: list[Token], k0: int) -> bool:
    """A reporting verb follows the name that starts at ``k0`` with no comma between ("…,
    Ana Ruiz said"): the comma before the name closes what is reported, and the name is
    no role's in apposition ("A doctor, Ana Ruiz, said" has its comma)."""
    k = _last_capital(tokens, k0)
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is None or nxt.sent != tokens[k0].sent or nxt.low not in reporting_verbs():
        return False
    return not text[tokens[k].end : nxt.start].strip()


def _last_capital(tokens: list[Token], k0: int) -> int:
    """The last of the capitalised words from ``k0`` on in its sentence: a name's end."""
    k = k0
    while (
        k + 1 < len(tokens)
        and tokens[k + 1].sent == tokens[k0].sent
        and tokens[k + 1].text[:1].isupper()
    ):
        k += 1
    return k


def _clause_between(tokens: list[Token], role: int, k0: int) -> bool:
    """A verb that may be a third person or a past tense stands between the role noun at
    ``role`` and the name at ``k0``, outside a relative clause: the role is a clause's
    subject ("The grandmother was fined in 2019, Ana Ruiz said"), no apposition ("A
    doctor who has worked there since 2003, Ana Ruiz, said")."""
    for tok in tokens[role + 1 : k0]:
        if tok.low in _RELATIVES:
            return False
        if verb_form(tok.low, ("VBZ", "VBD")):
            return True
    return False


OPENING_DETERMINERS = frozenset({"the", "a", "an", "one", "another"})
LONG_ROLE = 20  # tokens from the sentence's start to a name in apposition to its role
ROLE_MODIFIERS = 2  # lower-case words between an opening role's determiner and its noun


def _opening_role(doc: Document, k0: int) -> list[PersonNoun]:
    """The role that opens the sentence, with a longer phrase of its own, before the name
    at ``k0`` in apposition: "The owner of a small workshop in the village of Tarvel,
    Ilse Varnow, said …", "A French designer who has bought cloth there for years, Ilse
    Varnow, said …" (a determiner, the role, then no comma before the name's)."""
    text, tokens, nouns = doc.text, doc.tokens, person_nouns()
    sent = tokens[k0].sent
    s0 = k0
    while s0 > 0 and tokens[s0 - 1].sent == sent:
        s0 -= 1
    if k0 - s0 > LONG_ROLE or k0 - s0 < 3 or tokens[s0].low not in OPENING_DETERMINERS:
        return []
    # the role, perhaps after lower-case modifiers: "A bus driver who…", "A fire officer…";
    # a noun the list lacks is a role when "who" follows it ("A German neurologist who…")
    window = tokens[s0 + 1 : s0 + 2 + ROLE_MODIFIERS]
    role = next((t for t in window if t.low in nouns or _before_who(tokens, t)), tokens[s0 + 1])
    modifiers = tokens[s0 + 1 : role.idx]
    if not (role.low in nouns or _before_who(tokens, role)) or role.low in _ADJECTIVE_ROLES:
        return []
    # ... lower-case or of a nationality: "A French designer who…"
    if not all(
        (t.text.islower() or t.text in _demonyms()) and t.low not in nouns for t in modifiers
    ):
        return []
    if "," in text[role.end : tokens[k0 - 1].end]:
        return []  # "The owner, a man of 60, and Ilse Varnow": no one phrase
    if _clause_between(tokens, role.idx, k0):
        return []  # "The mayor's wife joined the board in 2019, Ilse Varnow, …"
    doc.attached.add(role.idx)
    return [nouns.get(role.low, PersonNoun(NEUTRAL, 0))]


def _before_who(tokens: list[Token], tok: Token) -> bool:
    """``tok``, a lower-case singular word, is followed by "who" in its sentence: a noun
    the relative makes a person ("A German neurologist who spent six weeks …")."""
    if tok.idx + 1 >= len(tokens) or not tok.text.islower() or tok.low.endswith("s"):
        return False
    nxt = tokens[tok.idx + 1]
    return nxt.low == "who" and nxt.sent == tok.sent


def role_after(doc: Document, last_k: int) -> list[PersonNoun]:
    """Phase 5c: a role in apposition after the name ending at token ``last_k``.

    "Lena Brandt, a Mongolia expert at ...", "Vincenzo Russo, 71, a retired magistrate
    who…" (the age is no token, and any noun "who" follows names a person).  The caller
    leaves out "of Tomsk," and "In July,": there the comma ends a phrase and what follows
    is the sentence's subject.
    """
    text, tokens, nouns = doc.text, doc.tokens, person_nouns()
    last = tokens[last_k]
    k = last_k + 1
    for step in range(6):
        if k >= len(tokens) or tokens[k].sent != last.sent:
            break
        gap = text[tokens[k - 1].end : tokens[k].start]
        if step > 0 and _APPOSITION_STOP.search(gap):
            break
        # An apposition opens with a determiner, a name or the role itself;
        # "Saleh, treated a sailor" is a verb and its object.
        if (
            step == 0
            and tokens[k].low not in _APPOSITION_OPENERS
            and tokens[k].low not in nouns
            and not tokens[k].text[:1].isupper()
            and tokens[k].low not in ("former", "then", "new", "acting", "interim")
        ):
            break
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        # "a retired magistrate who…": a noun that "who" follows names a person too.
        who_noun = nxt is not None and nxt.low == "who" and tokens[k].low not in function_words()
        if tokens[k].low in nouns or (who_noun and tokens[k].text.islower()):
            titles_next = (
                nxt is not None
                and nxt.sent == last.sent
                and _is_capitalised(nxt)
                and _TITLE_GAP.fullmatch(text[tokens[k].end : nxt.start]) is not None
            )
            if titles_next:  # "Monday, King Frederik": another person's title
                return []
            doc.attached.add(k)
            # A compound role ("chief executive", "deputy mayor"): every word of it is the
            # name's, so "executive" does not stand on its own as someone else.
            j = k + 1
            while (
                j < len(tokens)
                and tokens[j].sent == last.sent
                and tokens[j].low in nouns
                and _NAME_GAP.fullmatch(text[tokens[j - 1].end : tokens[j].start])
            ):
                doc.attached.add(j)
                j += 1
            _attach_joined_role(doc, j, last.sent)
            _attach_second_apposition(doc, j, last.sent)
            return [nouns.get(tokens[k].low, PersonNoun(NEUTRAL, 0))]
        k += 1
    return []


_ARTICLES = frozenset({"the", "a", "an"})


def _attach_joined_role(doc: Document, j: int, sent: int) -> None:
    """A second role joined by "and" to the role in apposition that ends before token
    ``j`` is the name's too: "Anna Berg, the party's leader and the mayor of the town,"
    ("mayor" is no one else).  Only "and", an article and a few lower-case words, then a
    role that is no kin noun: "the mayor and her husband" are two people."""
    text, tokens = doc.text, doc.tokens
    if j >= len(tokens) or tokens[j].sent != sent or tokens[j].low != "and":
        return
    if _APPOSITION_STOP.search(text[tokens[j - 1].end : tokens[j].start]):
        return
    start = j + 1
    if start < len(tokens) and tokens[start].low in _ARTICLES:
        start += 1
    k = _person_noun_ahead(doc, start, sent)
    if k is not None and tokens[k].low not in resource_words("kin_nouns"):
        doc.attached.add(k)


def _person_noun_ahead(doc: Document, start: int, sent: int) -> int | None:
    """The token of the first person noun among at most four lower-case words from token
    ``start`` in sentence ``sent``; None at a mark, a capital or a small word before it."""
    text, tokens, nouns = doc.text, doc.tokens, person_nouns()
    for k in range(start, min(start + 4, len(tokens))):
        tok = tokens[k]
        if tok.sent != sent or _APPOSITION_STOP.search(text[tokens[k - 1].end : tok.start]):
            return None
        if not tok.text.islower() or tok.low in function_words():
            return None
        if tok.low in nouns:
            return k
    return None


# What goes on a list of people after an apposition's comma: "…, a nurse, and a teacher"
_LIST_GOES_ON = frozenset({"and", "or", "a", "an", "the"})


def _attach_second_apposition(doc: Document, j: int, sent: int) -> None:
    """A second apposition after the role that ends before token ``j`` is the name's too:
    "Anton Varnow, the mayor's father, a retired farmer who kept cows" ("farmer" is no one
    else).  Only a comma, "a" or "an", a few lower-case words and a person noun that ends
    the phrase (a comma, a full stop or "who" after it); not one a list goes on from
    ("…, a nurse, and a teacher", "…, a farmer, two nurses and her sister": other people),
    nor in a sentence that says "and" or "or" anywhere after the noun."""
    text, tokens = doc.text, doc.tokens
    if j + 1 >= len(tokens) or tokens[j].sent != sent or tokens[j].low not in ("a", "an"):
        return
    if text[tokens[j - 1].end : tokens[j].start].strip() != ",":
        return
    k = _person_noun_ahead(doc, j + 1, sent)
    if k is None:
        return
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    gap = text[tokens[k].end : nxt.start] if nxt is not None else "."
    ends = gap.strip() == "." or (nxt is not None and nxt.low == "who" and not gap.strip())
    listed = nxt is not None and nxt.low in _LIST_GOES_ON
    i = k + 1
    while not listed and i < len(tokens) and tokens[i].sent == sent:
        listed = tokens[i].low in ("and", "or")
        i += 1
    if not listed and (ends or gap.strip() == ","):
        doc.attached.add(k)


# After a Gaelic particle, a surname that opens in lower case: a mutation ("Ó hAodha", "Ní
# hÓgáin", "Nic an tSaoi"), which the run of capitals leaves out
_MUTATED_SURNAME = regex.compile(r"[^\S\n]+(?:an[^\S\n]+)?\p{Ll}{1,2}\p{Lu}")


def _lone_particle(text: str, first: Token, name_idx: list[int]) -> bool:
    """A Gaelic surname's particle standing alone (resources/pronoun/surname_openers.txt):
    "Ó for a man, Ní for a woman" names no one.  Not before a mutated surname ("Ó hAodha
    said"), which is the person's name."""
    if len(name_idx) != 1 or first.text not in word_set("pronoun", "surname_openers.txt"):
        return False
    return _MUTATED_SURNAME.match(text, first.end) is None


def add_name_mention(doc: Document, run: list[int]) -> None:
    """Phase 5: one run of capitals as a mention of a role, a person or an unknown name."""
    text, tokens, nouns = doc.text, doc.tokens, person_nouns()
    title, name_idx = split_title(tokens, run)
    if title is not None and _organisation_tail(doc, run, name_idx):
        return
    if tokens[name_idx[-1]].low in nouns and len(name_idx) <= 2:
        # "the Russian President": a role, not a name.
        k = name_idx[-1]
        tok = tokens[k]
        if len(name_idx) == 1 and (
            _modifies_noun(text, tokens, k) or _opening_modifier(text, tokens, k)
        ):
            return  # "Local farmer Ilse Varnow", "Official figures show": no one of its own
        doc.mentions.append(
            Mention(tok.start, tok.end, tok.sent, k, tok.quoted, noun=nouns[tok.low])
        )
        return
    k0 = name_idx[0]
    first, last = tokens[k0], tokens[name_idx[-1]]
    if _lone_particle(text, first, name_idx):
        return  # "Ó for a man, Ní for a woman": a surname's particle names no one alone
    # A lone capitalised word opening a sentence ("Analysts", "Han") is a name
    # only if the document names it elsewhere.
    after = text[last.end : last.end + 80]
    before_word = word_before(text, tokens, k0)
    # "Haddad, 54, has run the port": an age in apposition makes a person of a lone word;
    # a count after a place's preposition does not ("In Echternach, 1,614 voters").
    aged = _AGE_AFTER.match(after) is not None and not (
        _THOUSANDS_AFTER.match(after) and _not_person_before(before_word)
    )
    known_only = (
        len(name_idx) == 1
        and _sentence_initial(text, tokens, k0)
        and not all(p in doc.vocabulary for p in name_parts(first.text))
        and not aged
    )
    evidence = [title] if title else []
    evidence += _roles_before(doc, run, name_idx, title)
    if _in_body_name(tokens, k0):
        before_word = "in"  # "the University of Toronto who…": where a place's name stands
    who = aged or (not _not_person_before(before_word) and bool(_WHO_AFTER.match(after)))
    who = (who and not _of_after_a_name(tokens, k0)) or _possessive_of_a_life(doc, name_idx[-1])
    if _COMMA_AFTER.match(after) and not _not_person_before(before_word) and before_word != "of":
        evidence += role_after(doc, name_idx[-1])
    raw = [p for k in name_idx for p in name_parts(tokens[k].text)]
    glued = _unglue(doc, name_idx, raw)
    if glued is None:
        return
    parts = _own_name(glued)
    if len(name_idx) == 1 and _POSSESSIVE.sub("", first.text) in _demonyms():
        # "French newspapers", "Spanish players": an adjective of nationality, no one,
        # and no short form of "the French Open" either, unless a person is so named.
        known = doc.linker.link(parts, first.start, create=False)
        if known is None or not known.is_person:
            return
    ent = doc.linker.link(parts, first.start, create=not known_only)
    if ent is None:
        unknown = unknown_name(doc, k0, name_idx[-1])
        if (
            unknown is not None
            and not thing_apposition(text, last.end)
            and not place_before(text, first.start)
        ):
            doc.mentions.append(unknown)
        return
    name = ent.name
    if not name and len(parts) >= 2 and _namesake_relative(doc, ent, parts, k0, name_idx[-1]):
        ent.relative = True
    _record(doc, ent, name_idx, evidence, who)
    if parts != raw:
        ent.name = name or ent.name  # "Marquezminister" is not a longer name for Marquez
    mention = person_mention(doc, ent, name_idx, before_word, bool(evidence))
    if mention is not None:
        married = before_word in resource_words("marriage_verbs")  # "married Ama, a printer,"
        if not evidence and not married and thing_apposition(text, last.end):
            mention.possible_person = False  # "IG Metall, the metalworkers' union,"
        doc.mentions.append(mention)


def _possessive_of_a_life(doc: Document, last_k: int) -> bool:
    """The name ending at token ``last_k`` is possessive before a noun of a person's own life
    ("Manas's marriage", "Orvel's widow"; resources/pronoun/life_nouns.txt): a person.  Not a
    name that is an everyday word: a country marries a union too ("Britain's marriage to
    Europe")."""
    tokens = doc.tokens
    if last_k + 1 >= len(tokens) or not _POSSESSIVE.search(tokens[last_k].text):
        return False
    if zipf(_POSSESSIVE.sub("", tokens[last_k].low)) >= COMMON:
        return False
    nxt = tokens[last_k + 1]
    return nxt.sent == tokens[last_k].sent and nxt.low in resource_words("life_nouns")


def _namesake_relative(doc: Document, ent: Entity, parts: list[str], k0: int, last_k: int) -> bool:
    """The new name at token ``k0`` shares its surname with a person named before and
    follows a kin noun of its own phrase ("His daughter, Helena da Silveira", "Silveira's
    wife Ana Silveira") or a verb of marrying, perhaps past a role ("she married the
    island's lighthouse keeper, Aleksander Silveira"), or its apposition is a kin noun
    ("Anton Silveira, the mayor's father,"): a relative, not the person the bare
    surname has meant so far.  The
    person named before may be one whose given name the list does not know, written like a
    person's name ("Teodrun Valbrekt founded the firm. Her son, Ozren Valbrekt,")."""
    namesakes = doc.linker.by_token.get(parts[-1], ())
    if not any(e is not ent and (e.is_person or e.name_like) for e in namesakes):
        return False
    tokens, kin = doc.tokens, resource_words("kin_nouns")
    if _kin_in_apposition(doc, last_k, kin):
        return True
    marriage = resource_words("marriage_verbs")
    for j in range(k0 - 1, max(-1, k0 - 7), -1):
        gap = doc.text[tokens[j].end : tokens[j + 1].start]
        if tokens[j].sent != tokens[k0].sent or _APPOSITION_STOP.search(gap.replace(",", "")):
            return False
        if j < k0 - 1 and "," in gap:
            return False  # "His wife, a teacher, and Ana Silveira": the kin noun is another's
        if tokens[j].low in kin and j >= k0 - 3:
            return True
        if tokens[j].low in marriage:
            return True  # "she married the island's lighthouse keeper, Aleksander Silveira"
    return False


# What may stand before the kin noun of an apposition: "the mayor's father", "her son"
_KIN_DETERMINERS = frozenset({"the", "his", "her", "their", "its", "our", "my"})


def _kin_in_apposition(doc: Document, last_k: int, kin: frozenset[str]) -> bool:
    """A comma after the name ending at token ``last_k``, then an apposition that is a
    kin noun after determiners and possessives only, ending at a comma, a full stop or
    "of": "Anton Silveira, the mayor-elect's father,", "Ana Silveira, his widow.".  Not a
    kin noun inside a longer phrase ("a farmer whose daughter won")."""
    text, tokens = doc.text, doc.tokens
    k = last_k + 1
    if k >= len(tokens) or text[tokens[last_k].end : tokens[k].start].strip() != ",":
        return False
    for j in range(k, min(k + 4, len(tokens))):
        tok = tokens[j]
        if tok.sent != tokens[last_k].sent:
            return False
        if j > k and _APPOSITION_STOP.search(text[tokens[j - 1].end : tok.start]):
            return False
        if tok.low in kin:
            after = text[tok.end : tok.end + 4]
            return after[:1] in (",", ".") or after.startswith(" of ")
        if tok.low not in _KIN_DETERMINERS and not _POSSESSIVE.search(tok.text):
            return False
    return False


def _organisation_tail(doc: Document, run: list[int], name_idx: list[int]) -> bool:
    """The run goes on a longer name ("the Police and Border Guard Board") and what
    follows its role word is one common English noun: the head of an
    organisation's name, not a person ("Minister of Defence and Deputy Prime Minister
    Petrov" still names one)."""
    tokens = doc.tokens
    k0 = run[0]
    joined = (
        k0 >= 2
        and tokens[k0 - 1].low in ("and", "of", "for")
        and tokens[k0 - 2].sent == tokens[k0].sent
        and _is_capitalised(tokens[k0 - 2])
    )
    if not joined or len(name_idx) != 1:
        return False
    low = tokens[name_idx[0]].low
    return zipf(low) >= _COMMON_OPENER and "NOUN" in getAllLemmas(low)


def _in_body_name(tokens: list[Token], k0: int) -> bool:
    """The name at token ``k0`` ends a body's name after "of" ("an atmospheric chemist at the
    University of Toronto who…"): a place or a founder the body is named for, and "who"
    speaks of the person before the body, not of it."""
    if k0 < 2 or tokens[k0 - 1].low != "of":
        return False
    head = tokens[k0 - 2]
    return head.sent == tokens[k0].sent and head.text in word_set("case", "body_heads.txt")


def word_before(text: str, tokens: list[Token], k0: int) -> str:
    """The word before the name at token ``k0`` (lower case; "" at a sentence start or after
    punctuation that closes the phrase before it), past acronyms that begin the name: in "a
    glaciologist at ETH Zurich who" it is "at", so "Zurich" stands where a place stands,
    and "who" speaks of the glaciologist."""
    k = k0 - 1
    while (
        k >= 0
        and tokens[k].sent == tokens[k0].sent
        and len(tokens[k].text) > 1
        and tokens[k].text.isupper()
        and not _ROMAN.fullmatch(tokens[k].text)
        and _NAME_GAP.fullmatch(text[tokens[k].end : tokens[k + 1].start])
    ):
        k -= 1
    if k < 0 or tokens[k].sent != tokens[k0].sent:
        return ""
    if _CLAUSE_BREAK.search(text, tokens[k].end, tokens[k + 1].start):
        return ""  # "who inspected the site in 2023, Ana Ruiz": "in" takes the year
    return tokens[k].low


# Punctuation between two words that ends the phrase of the first (a figure is no token).
_CLAUSE_BREAK = regex.compile(r"[,;:()\[\]—–]")


@cache
def _demonyms() -> frozenset[str]:
    """Adjectives of nationality (resources/case/demonyms.txt): "French", "Kenyan"."""
    return frozenset(data_lines("case", "demonyms.txt"))


# "Siemens, the engineering group,": a name, then "the" and a few words in apposition.
_THING_APPOSITION = regex.compile(
    r"[^\S\n]*,[^\S\n]+(?:the|a|an)[^\S\n]+((?:[\p{Ll}\p{N}][\p{L}\p{N}'’\-]*[^\S\n]+){0,3})"
    r"(\p{Ll}+)[^\S\n]*[,.;]"
)


def thing_apposition(text: str, end: int) -> bool:
    """The name ending at ``end`` is defined in apposition as a thing, not a person:
    "Verdi, the union,", "IG Metall, the metalworkers' union,", "Siemens, the engineering
    group,".  The head noun and every word before it must be no person noun ("the
    union's leader", "a former minister")."""
    m = _THING_APPOSITION.match(text, end)
    if m is None:
        return False
    head = m.group(2)
    if "NOUN" not in getAllLemmas(head) or zipf(head) < COMMON:
        return False
    nouns = person_nouns()
    return not any(regex.sub(r"['’]s?\Z", "", w) in nouns for w in [*m.group(1).split(), head])


_OF_BEFORE = regex.compile(r"(\p{L}[\p{L}\-]*)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?\Z")


def place_before(text: str, start: int, roles: bool = True) -> bool:
    """The name at ``start`` follows a place word or (with ``roles``) a role and "of": "the
    town of Dhemaji", "southwest of Oslo", "the commissioner of Dhemaji".  It names a place
    or an institution, not someone a pronoun could mean ("the wife of Kim" does)."""
    m = _OF_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    word = m.group(1).lower()
    if word in resource_words("place_before_of"):
        return True
    return roles and word in person_nouns() and word not in resource_words("kin_nouns")


def unknown_name(doc: Document, k0: int, last_k: int) -> Mention | None:
    """Phase 5d: an unknown word opening a sentence ("Han met Merkel"), unless it reads as
    a common word: not a name we track, but it may be a person, so it blocks a verdict."""
    text, tokens, nouns = doc.text, doc.tokens, person_nouns()
    first, last = tokens[k0], tokens[last_k]
    low = first.low
    after_word = text[last.end : last.end + 1]
    nxt_low = tokens[k0 + 1].low if k0 + 1 < len(tokens) else ""
    common = (
        low.endswith(("s", "ly", "ed", "ing"))
        or irregular_plural(low)  # "Fishermen in the port waited": many, no one a he or she
        or _graded_before_noun(doc, k0)  # "Fewer boats meant": a comparative, no one's name
        or after_word == ","
        or low in nouns
        or nxt_low in nouns  # "Finance minister unveils…"
        or low in doc.lower_words
        or first.quoted
        or _common_modifier(doc, k0, last_k)
        or _modifies_plural_subject(text, tokens, last_k + 1)
    )
    if common:
        return None
    return Mention(
        first.start,
        last.end,
        first.sent,
        k0,
        first.quoted,
        entity=Entity({low}, name=first.text),
        possible_person=True,
    )


def _graded_before_noun(doc: Document, k: int) -> bool:
    """The word at ``k`` is only a comparative or superlative ("Fewer", "Larger", "Biggest"),
    before a plural, a word that is only a noun, or "than" ("Fewer boats meant", "Higher
    rainfall", "Fewer than 20 remain"): it qualifies or compares, so it names no one.
    Before a verb, even one that is a noun too, it may be a surname ("Shorter finished
    third", "Wilder said", "Richer beat him")."""
    tokens = doc.tokens
    if k + 1 >= len(tokens) or not graded_form(tokens[k].low):
        return False
    nxt = tokens[k + 1]
    return (
        nxt.sent == tokens[k].sent
        and nxt.text.islower()
        and (nxt.low == "than" or plural_noun(nxt.low) or _noun_only(nxt.low))
    )


# At or above this wordfreq Zipf value a sentence-opening word is first of all a common
# English word ("Coffee exporters welcomed..."), not a person's name.
_COMMON_OPENER = 4.0
# MT debris: an acronym glued to a word ("UNwhen"), no one's name.
_GLUED_ACRONYM = regex.compile(r"\p{Lu}{2,}\p{Ll}+")


def _common_modifier(doc: Document, k0: int, last_k: int) -> bool:
    """A lone common word opening a sentence before a word that is only a noun ("Coffee
    exporters"), and no given name: a noun modifier, not a person."""
    tokens = doc.tokens
    low = tokens[k0].low
    if k0 != last_k or last_k + 1 >= len(tokens) or zipf(low) < _COMMON_OPENER:
        return False
    if fold(low) in first_names():
        return False
    nxt = tokens[last_k + 1]
    # Only a word that can be nothing but a noun: "Lee says", "Kim still thinks" are a
    # subject and its verb.
    return nxt.sent == tokens[k0].sent and nxt.text.islower() and _noun_only(nxt.low)


@lru_cache(maxsize=20_000)
def _noun_only(word: str) -> bool:
    """lemminflect's lexicon knows ``word`` only as a noun ("exporters", not "prices")."""
    return set(getAllLemmas(word)) == {"NOUN"}


def noun_only(word: str) -> bool:
    """:func:`_noun_only` for the rules: ``word`` can be nothing but a noun."""
    return _noun_only(word)


@lru_cache(maxsize=20_000)
def english_word(word: str) -> bool:
    """lemminflect's lexicon knows the lower-case ``word`` as a common word ("jersey")."""
    return bool(getAllLemmas(word))


def _own_name(parts: list[str]) -> list[str]:
    """The parts of a name before "binti" or "bint": the rest is the father's name, which
    links no later mention to the daughter ("Her father, Kassim, said he …")."""
    cut = next((i for i, p in enumerate(parts) if p in _DAUGHTER_OF), len(parts))
    return parts[:cut] or parts


def _unglue(doc: Document, name_idx: list[int], parts: list[str]) -> list[str] | None:
    """The name parts of a lone capitalised token, undoing MT gluing: None for an acronym
    glued to a word ("BLwhen"), the name alone for the name of a person already named glued
    to a common word ("Marquezminister"), else ``parts`` unchanged."""
    if len(name_idx) != 1:
        return parts
    text = doc.tokens[name_idx[0]].text
    if _GLUED_ACRONYM.fullmatch(text):
        return None
    if len(parts) != 1 or zipf(parts[0]) >= KNOWN:
        return parts
    low = parts[0]
    if doc.linker.by_token.get(low):
        return parts  # "Rahela Fakirani … Fakirani" beside "Monir Fakir": a name of its own
    for cut in range(3, len(low) - 2):
        head, tail = low[:cut], low[cut:]
        if zipf(tail) >= COMMON and any(e.is_person for e in doc.linker.by_token.get(head, ())):
            return [head]
    return parts


def _of_after_a_name(tokens: list[Token], k0: int) -> bool:
    """The one-word name at token ``k0`` follows "of" after two capitalised words, the
    second no English word (a person's name, not "The Ooni of Ife"): the place or body of
    the person named before ("Mayor Fernand Weydert of Echternach, who campaigned"), whom
    the "who" or the age after it speaks of.  After a title's or a body's English word,
    however rare, the name is a person's ("The Friends of Ilse Varnow, who died in 2019",
    "the Mausoleum of Ilse Varnow, who founded the hospital")."""
    if k0 < 3 or tokens[k0 - 1].low != "of" or tokens[k0 - 3].sent != tokens[k0].sent:
        return False
    if k0 + 1 < len(tokens) and tokens[k0 + 1].text[:1].isupper():
        return False  # "the Ooni of Ife Adeyeye Ogunwusi, who": the name after "of" is his
    given, surname = tokens[k0 - 3], tokens[k0 - 2]
    english = zipf(surname.low) >= COMMON or bool(word_classes(surname.low))
    named = given.text[:1].isupper() and given.low not in ("the", "a", "an")
    return named and surname.text[:1].isupper() and surname.pos > 0 and not english


def _record(
    doc: Document, ent: Entity, name_idx: list[int], evidence: list[PersonNoun], who: bool
) -> None:
    """Phase 5e: what this mention says about its entity: its longest name, roles, given name."""
    tokens = doc.tokens
    first, last = tokens[name_idx[0]], tokens[name_idx[-1]]
    surface = doc.text[first.start : last.end]
    if len(surface) > len(ent.name):
        if ent.name and ent.name.split()[0] != surface.split()[0]:
            # "Abdel Hadi", then "Nour Abdel Hadi": the given name first read was part of
            # the surname; only the full name's first word is a given name.
            ent.first_name = None
        ent.name = _POSSESSIVE.sub("", surface)
    for ev in evidence:
        ent.person_evidence += 1
        if ev.gender != NEUTRAL:
            ent.title_score[ev.gender] += ev.weight
    if who:
        ent.person_evidence += 1
    # "Abdel Hadi" after "Nour Abdel Hadi" starts inside the name: Abdel is no given name;
    # nor is "Justus" of "Justus Liebig University", an institution's name, nor "Solomon"
    # of "Solomon Islands".
    leads = ent.name.split()[0] == first.text
    if len(name_idx) >= 2 and leads and last.low not in _named_after_someone():
        key = fold(first.low)
        # US birth counts know English spellings: a name written with letters English does
        # not use is another language's ("Jānis", a Latvian man's; "Janis", an American
        # woman's), which those counts say nothing of.
        census = census_first_names().get(key) if key == first.low else None
        given = first_names().get(key) or census or _world_name(doc, name_idx[0], key)
        if given and not ent.first_name:
            ent.first_name = given
            across = key in resource_words("first_names_across_cultures")
            ent.name_weight = 1 if across else FIRST_NAME_WEIGHT
            ent.person_evidence += 1  # "Michael Grant" is a person, whatever his role
        elif not given and not ent.first_name:
            ent.form_gender, ent.form_part = name_form(first.text, _POSSESSIVE.sub("", last.text))
    doc.linker.seen(ent, first.start)


@cache
def _named_after_someone() -> frozenset[str]:
    """Last words of institutions' and places' names that may open with a given name
    ("Justus Liebig University", "Solomon Islands"): the name makes no person of them."""
    return resource_words("institution_heads") | resource_words("place_name_heads")


def _world_name(doc: Document, k0: int, key: str) -> str | None:
    """The world list's gender for the given name at token ``k0``, unless an article stands
    before it: "a Dacia Duster", "the Zara Home store" are things, and a name that list
    holds is as often a brand's as the hand-made lists' names are not."""
    if word_before(doc.text, doc.tokens, k0) in ("a", "an", "the"):
        return None
    return world_first_names().get(key)


def family_name_first(doc: Document) -> None:
    """Phase 5g: a three-word name that opens with an East Asian family name the text uses
    alone ("Varn Mei Tarsa" … "Varn said", with "Varn" on the list) puts the family name
    first, so its given name is the second word, when the list of given names knows that
    one and not the first (resources/pronoun/family_names_first.txt).  Elsewhere the second
    word of three is as often a father's name ("Velna Ali Tarsk" … "Velna said")."""
    alone = {(id(m.entity), doc.text[m.start : m.end]) for m in doc.mentions}
    families = resource_words("family_names_first")
    for ent in _entities(doc.mentions):
        words = ent.name.split()
        if ent.first_name is not None or len(words) != 3 or (id(ent), words[0]) not in alone:
            continue
        key = fold(words[0].lower())
        if key not in families or key in first_names():
            continue
        given = first_names().get(fold(words[1].lower()))
        if given is not None:
            ent.first_name = given
            ent.person_evidence += 1


# A figure, "a", "an" or a number's word right before a position ("2 tonnes", "a bottle")
_COUNT_BEFORE = regex.compile(r"(?:\d[\d.,]*|(?<!\p{L})(\p{L}+))[^\S\n]+\Z", regex.REVERSE)


def _counted(text: str, start: int) -> bool:
    """A figure, "a", "an" or a number's word counts the word at ``start``."""
    m = _COUNT_BEFORE.search(text, max(0, start - 20), start)
    if m is None:
        return False
    word = (m.group(1) or "").lower()
    return not word or word in ("a", "an") or word in resource_words("number_words")


def person_mention(
    doc: Document, ent: Entity, name_idx: list[int], before_word: str, has_evidence: bool
) -> Mention | None:
    """Phase 5f: the mention of a linked name, or None for an adjective ("the European
    championships"); marks the entity as written like a person's name when it is."""
    text, tokens = doc.text, doc.tokens
    k0 = name_idx[0]
    first, last = tokens[k0], tokens[name_idx[-1]]
    # "Institute for Fiscal Studies", "Bank of England": the tail of a longer name.
    inside_name = (
        before_word in ("of", "for", "and", "on", "de")
        and first.pos >= 2
        and tokens[k0 - 2].text[:1].isupper()
    )
    if len(name_idx) >= 2 and not _not_person_before(before_word) and not inside_name:
        ent.name_like = True
    # "2 tonnes of Rkatsiteli", "a bottle of Tarvel": what is measured, no one
    measured = (
        before_word == "of"
        and first.pos >= 2
        and tokens[k0 - 2].low in resource_words("measure_nouns")
        and _counted(text, tokens[k0 - 2].start)
    )
    nxt_i = name_idx[-1] + 1
    # "Palmeiras coach Marcelo Vieira", "a former French Open finalist": a name before a
    # role noun says whose or what role it is; it is no one a pronoun could mean.
    before_role = nxt_i < len(tokens) and tokens[nxt_i].low in person_nouns()
    if before_role and ent.is_person and _POSSESSIVE.search(last.text):
        before_role = False  # "Silveira's wife": the person whose wife she is, someone
    modifier = (
        (before_word in ("the", "a", "an") or _modifier_name(tokens, name_idx) or before_role)
        and nxt_i < len(tokens)
        and tokens[nxt_i].sent == last.sent
        and tokens[nxt_i].text.islower()
        and tokens[nxt_i].low not in function_words()
        and text[last.end : tokens[nxt_i].start] == " "
    )
    # "the Sandoval performance", "a Brennan header": a person's own deed names its doer
    deed = (
        nxt_i < len(tokens)
        and tokens[nxt_i].sent == last.sent
        and text[last.end : tokens[nxt_i].start] == " "
        and tokens[nxt_i].low in resource_words("deed_nouns")
        and not _POSSESSIVE.search(last.text)
    )
    if modifier and not has_evidence and not deed:
        return None
    return Mention(
        first.start,
        last.end,
        first.sent,
        k0,
        first.quoted,
        entity=ent,
        possible_person=(deed or not _not_person_before(before_word))
        and not inside_name
        and not measured
        and not place_before(text, first.start)
        and not (
            len(name_idx) == 1
            and (
                _calendar_word(first.low)
                or a_people(first.text)
                or _PROPER_PARTICIPLE.fullmatch(first.text) is not None
            )
        )
        and not _service_of_a_time(tokens, name_idx)
        and not (
            len(name_idx) == 1
            and not (ent.is_person or ent.name_like)
            and _modifies_plural_subject(text, tokens, nxt_i)
        ),
        thing_like=before_word in ("the", "a", "an"),
    )


# Times of day and of the year that name when a rite or an event is held
_TIMES = frozenset(
    {"morning", "afternoon", "evening", "night", "midnight", "noon", "midday", "dawn", "dusk"}
    | {"daily", "weekly", "nightly", "monthly", "annual", "yearly"}
)


_PLACE_OR_TIME = frozenset({"on", "at", "in", "during", "before", "after", "of", "for"})


# A verb's participle made from a name ("Arabized", "Anglicised", "Russified"): the
# capital is the name's, the word is no one
_PROPER_PARTICIPLE = regex.compile(r"\p{Lu}\p{Ll}+(?:iz|is|ifi)ed")
# The plural copula: no verb's third person comes before it ("Tolkabek does have the keys"
# is a person with an emphatic "does"; no one "names are")
_PLURAL_COPULA = frozenset({"are", "were"})


def _modifies_plural_subject(text: str, tokens: list[Token], k: int) -> bool:
    """The word at ``k``, right after a one-word name that is no possessive, is a noun's
    plural in -s that "are" or "were" follows ("Circassian names are often Arabized"): the
    name qualifies a plural subject.  "names" may be a verb, but no one "names are"; after
    a possessive the name is someone's ("Tolkabek's hopes are high"), and a full name, or
    the surname of someone named in full, may still be someone's ("Zhanvera Varga
    supporters were outside", "Tolkabek fans were there"; the callers ask)."""
    if k + 1 >= len(tokens) or k == 0:
        return False
    name, noun, verb = tokens[k - 1], tokens[k], tokens[k + 1]
    return (
        noun.sent == verb.sent == name.sent
        and not _POSSESSIVE.search(name.text)
        and text[name.end : noun.start] == " "
        and text[noun.end : verb.start] == " "
        and noun.text.islower()
        and noun.low.endswith("s")
        and verb.low in _PLURAL_COPULA
        and plural_noun(noun.low)
    )


def _service_of_a_time(tokens: list[Token], name_idx: list[int]) -> bool:
    """One capitalised word after a determiner and a time, before a preposition or the
    sentence's end: "at the morning Mass on Wednesday", "the annual Regatta.", or after a
    determiner and a rite of someone a pronoun names (``_rite_named``,
    ``_rite_of_the_one_named``): an event, no one ("the morning Varnow
    arrived", "the night Varnow and his brother vanished" go on
    with the clause whose subject the name is)."""
    k0, k = name_idx[0], name_idx[-1] + 1
    if len(name_idx) != 1 or k0 < 2 or tokens[k0 - 2].low not in _DETERMINERS:
        return False
    if _rite_named(tokens[k0 - 1], tokens[k0]):
        return _rite_of_the_one_named(tokens, k0)
    if tokens[k0 - 1].low not in _TIMES:
        return False
    nxt = tokens[k] if k < len(tokens) else None
    return nxt is None or nxt.sent != tokens[k0].sent or nxt.low in _PLACE_OR_TIME


def _rite_named(rite: Token, word: Token) -> bool:
    """A rite's noun (resources/pronoun/rite_nouns.txt) right before the capitalised word
    a rite's own name ends in (resources/pronoun/rite_services.txt): "her funeral Mass was
    held", "the memorial Service": the rite itself, whatever follows ("at the memorial Hope
    thanked", "at the wedding Ace gave a speech": someone)."""
    return (
        rite.low in resource_words("rite_nouns")
        and rite.text.islower()
        and rite.sent == word.sent
        and rite.end + 1 == word.start
        and word.low in resource_words("rite_services")
    )


def _rite_of_the_one_named(tokens: list[Token], k0: int) -> bool:
    """The rite named at token ``k0`` is of someone a pronoun names: after a possessive
    outside a quotation ("her funeral Mass"; a quoted "our" is a family's), or after an
    article with "for her" or "for him" later in its sentence ("the funeral Liturgy for
    her"); "the funeral Cortege passed" may be of someone unnamed, whom a pronoun after may
    mean ("He was only 23, she said")."""
    if tokens[k0 - 2].low in _RITE_OWNERS and not tokens[k0 - 2].quoted:
        return True
    sent = tokens[k0].sent
    after = [t for t in tokens[k0 + 1 : k0 + 12] if t.sent == sent]
    return any(t.low == "for" and nxt.low in ("her", "him") for t, nxt in pairwise(after))


# The possessives a rite's owner is named by ("her funeral Mass", "their memorial Service")
_RITE_OWNERS = frozenset({"his", "her", "their", "my", "our", "your"})


def _calendar_word(low: str) -> bool:
    """A day's or a month's name, or a day's plural ("on snowy Sundays"): a date, no one
    (resources/pronoun/calendar_words.txt)."""
    days = resource_words("calendar_words")
    return low in days or (low.endswith("s") and low[:-1] in days)


def a_people(word: str) -> bool:
    """A demonym's plural ("for Tongans living abroad", "Kazakhs"): many people, never the
    one person a he or she means (resources/case/demonyms.txt); punct.missing-space reads
    it as a sentence's subject."""
    return word.endswith("s") and word[:-1] in _demonyms()


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this"})
# Past tenses that do not end in -ed: after a name they make it a subject ("the veteran
# Lind said"), not a modifier.
_IRREGULAR_PAST = frozenset(
    {"said", "told", "won", "met", "made", "took", "gave", "left", "led", "ran", "saw", "went"}
    | {"came", "got", "held", "began", "became", "put", "set", "cut", "hit", "spoke", "wrote"}
    | {"chose", "rose", "fell", "lost", "sent", "spent", "built", "kept", "felt", "paid", "sold"}
    | {"thought", "brought", "bought", "fought", "taught", "knew", "drew", "flew", "grew", "beat"}
)


def _modifier_name(tokens: list[Token], name_idx: list[int]) -> bool:
    """One capitalised word after a determiner and lower-case words and before a noun: "the
    company's annual Ignite conference", "its new Falcon rocket" (a brand, not a person)."""
    k0 = name_idx[0]
    nxt = name_idx[-1] + 1
    if len(name_idx) != 1 or nxt >= len(tokens) or tokens[nxt].sent != tokens[k0].sent:
        return False
    low = tokens[nxt].low
    if low.endswith(("ed", "s")) or low in _IRREGULAR_PAST:
        return False  # a verb: the name is its subject
    for j in range(k0 - 1, max(-1, k0 - 4), -1):
        tok = tokens[j]
        if tok.sent != tokens[k0].sent or not tok.text.islower():
            return False
        if tok.low in _DETERMINERS or (j < k0 - 1 and _POSSESSIVE.search(tok.text)):
            return True
    return False


def add_person_nouns(doc: Document, runs: list[list[int]]) -> None:
    """Phase 6: person nouns standing on their own: "a woman", "the official", "his
    cousin", and any noun that "who" follows ("a sailor who broke his arm")."""
    text, tokens = doc.text, doc.tokens
    in_runs = {k for run in runs for k in run}
    name_starts = {m.first_tok for m in doc.mentions if m.entity is not None}
    for k, tok in enumerate(tokens):
        if k in doc.attached or k in in_runs or tok.low in PRONOUNS or not tok.text.islower():
            continue
        noun = _noun_at(text, tokens, k)
        prev = tokens[k - 1] if k > 0 and tokens[k - 1].sent == tok.sent else None
        if noun is not None and prev is not None and prev.low in _QUANTIFIERS:
            noun = None
        if (
            noun is not None
            and _introduces_name(text, tokens, k, name_starts)
            and not object_of_a_persons_phrase(tokens, k)
        ):
            # "That witness, a former mayor, Anton Brecht": the named person; not "A
            # spokeswoman for the mayor, Ana Ruiz", whose role is the spokeswoman
            noun = None
        if noun is not None:
            doc.mentions.append(Mention(tok.start, tok.end, tok.sent, k, tok.quoted, noun=noun))


# ", the fastest Kazakh man" up to the noun: an article and at most three words
_CLOSING_ROLE = regex.compile(r",[^\S\n]+(?:the|a|an)[^\S\n]+(?:[\p{L}\p{M}\d'’-]+[^\S\n]+){0,3}")
# A result right before the comma: a number, a time or a place in the order ("in 2:14:56",
# "finished seventh")
_RESULT_END = regex.compile(
    r"(?:\d|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last))\Z",
    regex.IGNORECASE,
)


# A name, perhaps its apposition, then the verb of playing and a common part: "Hédi Varnow,
# a veteran of television, plays the father"
_PLAYS_THE = regex.compile(
    r"(?:,[^,.;:!?\n]{1,80},)?[^\S\n]+(?:plays|played|portrays|portrayed)[^\S\n]+"
    r"(?:the|a|an)[^\S\n]+(\p{Ll}+)(?:[^\S\n]+(\p{Ll}+))?(?![\p{L}'’])"
)


# "As the son, Sujan, " or "As the son, " before the actor's name opening its sentence: the
# part in apposition, as ", as the son," after it is (_AS_ROLE)
_AS_THE_BEFORE = regex.compile(
    r"(?:\A|[.!?”\"][^\S\n]+|\n)As[^\S\n]+(?:the|a|an)[^\S\n]+(\p{Ll}+)(?:[^\S\n]+(\p{Ll}+))?,"
    r"(?:[^\S\n]+\p{Lu}[\p{L}'’\-]*(?:[^\S\n]+\p{Lu}[\p{L}'’\-]*)*,)?[^\S\n]+\Z"
)
# A role in apposition after a name: "Orvel Varkossi, as the son, has the harder part",
# "…, as the eldest son,"
_AS_ROLE = regex.compile(
    r",[^\S\n]+as[^\S\n]+(?:the|a|an)[^\S\n]+(\p{Ll}+)(?:[^\S\n]+(\p{Ll}+))?[,;]"
)


def _part_of(text: str, m: Mention) -> regex.Match[str] | None:
    """The common part beside the name ``m``: after the verb of playing, or in apposition
    with "as" before or after it."""
    return (
        _PLAYS_THE.match(text, m.end)
        or _AS_ROLE.match(text, m.end)
        or _AS_THE_BEFORE.search(text, max(0, m.start - 80), m.start)
    )


def played_part(doc: Document) -> None:
    """Phase 6c: the part of one gender a named actor plays ("Hédi Varnow plays the father",
    "… plays a grieving widow", "As the son, Sujan, Hédi Varnow is…", "Hédi Varnow, as the
    son,") counts one point for the actor's gender: parts are most often played by actors
    of their gender, though not always, so it only adds to what the pronouns say (a pronoun
    about the actor still decides alone when it disagrees twice).  A role that is no part
    ("As a mother, Ilse Varnow…") tells the same."""
    nouns = person_nouns()
    for m in doc.mentions:
        ent = m.entity
        if ent is None or m.quoted or not (ent.is_person or ent.name_like):
            continue
        if any(ent.title_score.values()):
            continue  # one part only, and none beside a noun that already tells ("the actor")
        part = _part_of(doc.text, m)
        if part is None:
            continue
        if part.re is _PLAYS_THE:
            # "the father with…", "a grieving widow": the noun, or the word after an adjective
            noun = nouns.get(part.group(1)) or nouns.get(part.group(2) or "")
        else:
            # "as the eldest son,": the last word before the comma, or the first when the
            # second is none ("as a mother herself,"); "As the mother watched," is a clause
            second = part.group(2)
            clause = second is not None and second not in nouns and may_be_finite(second)
            noun = None if clause else nouns.get(second or "") or nouns.get(part.group(1))
        if noun is not None and noun.gender != NEUTRAL:
            ent.title_score[noun.gender] += 1


# Between a name and its verb of being, at most an age in commas: "Ana Ruiz, 47, is"
_TO_THE_COPULA = regex.compile(r"[^\S\n]*(?:,[^\S\n]*\d{1,3}[^\S\n]*,[^\S\n]*)?")
# A verb of being with a singular subject before its predicate (gender.py's copula check
# reads the same set after "he" or "she")
SINGULAR_BE = frozenset({"is", "was", "became", "becomes", "remains", "remained"})
# a person noun's weight when the word itself says the gender ("woman")
INTRINSIC = 3
_PREDICATE_ADJECTIVES = 2  # "the first woman", "a proud young mother"
_CLAUSE_SUBJECTS = frozenset({"he", "she", "they", "we", "i"})
# What opens a predicate the closing noun may be joined to ("is the fifth generation …, and
# the first woman"; not "was arrested …, and a young woman")
_PREDICATE_OPENERS = frozenset({"the", "a", "an", "one", "his", "her", "their", "its"})
# Ranks and parts a singer or an actor plays ("is the young prince Orlofsky", "is the dame")
_RANKS_AND_PARTS = frozenset(
    {"king", "queen", "prince", "princess", "dame", "lord", "lady", "sir", "duke", "duchess"}
    | {"emperor", "empress", "baron", "baroness", "count", "countess", "miss", "madam"}
)
# Words before "man" that make a role of it, no sex ("the band's front man")
_MAN_ROLES = frozenset({"front", "point", "right-hand", "hatchet", "best", "straight"})


def _ranked_before(tokens: list[Token], start: int, end: int) -> bool:
    """An ordinal or a superlative among the words from ``start`` to ``end`` ("and the
    first woman", "and the youngest son"): the one of a kind the subject is."""
    ordinals = word_set("case", "ordinal_words.txt")
    return any(t.low in ordinals or t.low.endswith("est") for t in tokens[start:end])


def _names_or_modifies(tok: Token, nxt: Token, before: Token) -> bool:
    """The person noun ``tok`` names a part a capital follows ("the boy Cherubino"), is a
    relative's noun that modifies a noun after it ("a mother hen", "a father figure"; not
    "the first woman mayor", a woman all the same), or is "man" in a role's compound ("the
    front man")."""
    if nxt.text[:1].isupper() or before.low in _MAN_ROLES or nxt.low == "standing":
        return True  # "the last man standing": an idiom
    if nxt.low.endswith(("'s", "’s", "s'", "s’")):
        return True  # "the girl group's manager": a modifier of the owner
    if tok.low not in resource_words("kin_nouns") or nxt.low in function_words():
        return False
    return "NOUN" in word_classes(nxt.low)


# A predicate says who the person is as an apposition does, but a misread clause must not
# outweigh two pronouns alone (a noun in apposition weighs 3)
PREDICATE_WEIGHT = 2


def predicate_role(doc: Document) -> None:
    """Phase 6d: a noun that says its person's sex by itself (weight 3 in person_nouns.txt:
    "woman", "mother", "son") after a verb of being whose subject is a name ("Ana Ruiz, 47,
    is the first woman to run it", "Tarvo Kelmani was a grandfather of nine") counts for the
    name's gender, as a noun in apposition does: the sentence says who the person is.  The
    noun follows the verb with at most an article and two adjectives between, or closes the
    sentence after ", and" and an article ("is the fifth generation to run it, and the first
    woman.", only when the verb's predicate opens with an article, "one" or a possessive).
    Only a name that opens its clause (``_opens_its_clause``: not "the son of Ana Ruiz is",
    "Running against Ana Ruiz is a woman"); not a noun a possessive owns ("is the woman's
    nephew"), a rank or a part ("is the young prince Orlofsky", "is the dame"), a noun that
    modifies another ("a mother hen") or "man" in a role ("the front man"; review 39b)."""
    text, tokens = doc.text, doc.tokens
    for m in doc.mentions:
        ent = m.entity
        if ent is None or m.quoted or not (ent.is_person or ent.name_like):
            continue
        k0 = m.first_tok
        if not _opens_its_clause(text, tokens, k0):
            continue
        cop = _last_capital(tokens, k0) + 1
        if cop >= len(tokens) or tokens[cop].sent != m.sent or tokens[cop].low not in SINGULAR_BE:
            continue
        if not _TO_THE_COPULA.fullmatch(text, tokens[cop - 1].end, tokens[cop].start):
            continue
        noun = _predicate_noun(text, tokens, cop)
        if noun is not None:
            ent.title_score[noun.gender] += PREDICATE_WEIGHT
            ent.person_evidence += 1  # "is the first woman": a person, whatever else


# What may stand right before a name that opens its clause: nothing in its sentence, or a
# comma after a role in apposition ("The company's president, Ana Ruiz, 47, is")
_COMMA_BEFORE = regex.compile(r",[^\S\n]*\Z")
_PARTICIPLE_OPENING = regex.compile(r"\p{L}+(?:ing|ed)")
_PART_BEFORE = regex.compile(r"(?:\A|[.!?\n][^\S\n]*)As[^\S\n]+\p{Lu}[^,\n]{0,30},[^\S\n]*\Z")


def _opens_its_clause(text: str, tokens: list[Token], k0: int) -> bool:
    """The name at ``k0`` is its clause's subject: first in its sentence or after a comma,
    and not opened by a participle the run of capitals swallowed ("Replacing Ana Ruiz is a
    woman who …", "Running against Ana Ruiz is …": someone else is; review 39b)."""
    if _PARTICIPLE_OPENING.fullmatch(tokens[k0].text):
        return False
    if _PART_BEFORE.search(text, max(0, tokens[k0].start - 40), tokens[k0].start):
        return False  # "As Hamlet, Ana Ruiz is a son consumed by grief": the part's noun
    if tokens[k0].pos == 0:
        return True
    return _COMMA_BEFORE.search(text, max(0, tokens[k0].start - 4), tokens[k0].start) is not None


def _predicate_noun(text: str, tokens: list[Token], cop: int) -> PersonNoun | None:
    """The noun of one sex the verb of being at ``cop`` takes as its predicate, if any
    (``predicate_role``)."""
    sent = tokens[cop].sent
    noun = _noun_after_article(tokens, cop + 1)
    if noun is not None:
        return noun
    if cop + 1 >= len(tokens) or tokens[cop + 1].low not in _PREDICATE_OPENERS:
        return None  # "was arrested along with two doormen, and a young woman": no predicate
    # "…, and the first woman." closing the sentence, with no other verb of being or clause
    for j in range(cop + 1, min(len(tokens), cop + 25)):
        tok = tokens[j]
        if tok.sent != sent or tok.low in _BE_VERBS or tok.low in _RELATIVES:
            return None
        if tok.low in _CLAUSE_SUBJECTS:
            return None  # "and the man she married": a clause of its own
        if tok.low == "and" and text[tokens[j - 1].end : tok.start].startswith(","):
            return _noun_after_article(tokens, j + 1, closing=True)
    return None


def _noun_after_article(tokens: list[Token], j: int, closing: bool = False) -> PersonNoun | None:
    """A noun of one sex at ``j`` after an article and up to two adjectives ("the first
    woman", "a proud mother"), followed by no possessive; with ``closing``, the last word
    of its sentence."""
    if j >= len(tokens) or tokens[j].low not in _ARTICLES:
        return None
    sent = tokens[j].sent
    for k in range(j + 1, min(len(tokens), j + 2 + _PREDICATE_ADJECTIVES)):
        tok = tokens[k]
        if tok.sent != sent or tok.quoted:
            return None
        noun = person_noun_of(tok)
        if noun is not None:
            if noun.weight < INTRINSIC or noun.gender == NEUTRAL or tok.low in _RANKS_AND_PARTS:
                return None
            nxt = tokens[k + 1] if k + 1 < len(tokens) and tokens[k + 1].sent == sent else None
            if nxt is not None and _names_or_modifies(tok, nxt, tokens[k - 1]):
                return None  # "the boy Cherubino", "a mother hen", "the front man"
            if closing and not _ranked_before(tokens, j + 1, k):
                return None  # "a grandparent of three boys, and a girl": someone else
            return noun if nxt is None or not closing else None
        if "ADJ" not in word_classes(tok.low) or tok.low in function_words():
            return None
    return None


def closing_role(doc: Document) -> None:
    """Phase 6b: a man's or woman's noun closing its sentence in apposition to a result ("in
    2:14:56, the fastest local man.", "finished third, the best-placed woman.") is the role
    of the person named at the sentence's start, when no one else a noun or a name could be
    stands between: that person's gender, and no one new."""
    text, tokens = doc.text, doc.tokens
    by_sent: dict[int, list[Mention]] = {}
    for m in doc.mentions:
        by_sent.setdefault(m.sent, []).append(m)
    taken: set[int] = set()
    for ms in by_sent.values():
        first, role = ms[0], ms[-1]
        ent, noun = first.entity, role.noun
        if ent is None or not (ent.is_person or ent.name_like) or first.quoted:
            continue
        if tokens[first.first_tok].pos:
            continue
        if noun is None or noun.gender == NEUTRAL or role.quoted or role is first:
            continue
        if regex.match(r"[^\S\n]*[.;!]", text, pos=role.end) is None:
            continue  # the noun ends the sentence
        comma = text.rfind(",", first.end, role.start)
        if comma < 0 or not _CLOSING_ROLE.fullmatch(text, pos=comma, endpos=role.start):
            continue
        if not _RESULT_END.search(text, max(0, comma - 12), comma):
            continue  # "hired a guide, a young man": the object's
        # someone named or spoken of before the apposition ("a local" within it is no one)
        between = [m for m in ms[1:-1] if m.start < comma]
        if any(m.noun is not None or (m.entity is not ent and m.possible_person) for m in between):
            continue
        ent.title_score[noun.gender] += noun.weight
        ent.person_evidence += 1
        taken.add(id(role))
        taken.update(id(m) for m in ms[1:-1] if m.start > comma and m.noun is not None)
    doc.mentions = [m for m in doc.mentions if id(m) not in taken]


_POSSESSOR = regex.compile(r"(\p{Ll}+)['’]s")
# Adjectives that say what befell a person named by a possessive noun ("the dead miner's
# widow", "the missing boy's mother"): that person is someone a pronoun may mean
_POSSESSOR_ADJECTIVES = frozenset(
    {"dead", "late", "missing", "injured", "murdered", "killed", "jailed", "young", "sick"}
    | {"accused", "detained", "kidnapped", "drowned", "slain", "wounded", "elderly"}
)


def _noun_at(text: str, tokens: list[Token], k: int) -> PersonNoun | None:
    """The person the lower-case word at ``k`` names on its own, if it names one."""
    tok = tokens[k]
    noun = person_noun_of(tok) or _one_of_many(tokens, k)
    owner = _POSSESSOR.fullmatch(tok.low)
    if noun is None and owner is not None and owner.group(1) not in resource_words("kin_nouns"):
        # "the outfielder's mother": the one the possessive names is a person too, of
        # whom the sentence may go on to speak ("… with his father")
        noun = person_nouns().get(owner.group(1))
        # ... after an article, perhaps past an adjective ("the dead miner's widow")
        j = k - 1
        if j > 0 and tokens[j].sent == tok.sent and tokens[j].low in _POSSESSOR_ADJECTIVES:
            j -= 1
        article = j >= 0 and tokens[j].sent == tok.sent and tokens[j].low in _ARTICLES
        return noun if article else None
    if (
        noun is None
        and tok.low not in resource_words("kin_nouns")
        and (k + 1 >= len(tokens) or tokens[k + 1].low != "who")
        and not _asked_whether(tokens, k)
    ):
        # Asked of every lower-case word: one that is no person noun, no kin noun and
        # not before "who" can become neither below (the plural test only takes away).
        return None
    plural = (
        (tok.low.endswith("s") and not tok.low.endswith("ss"))
        or tok.low in resource_words("plural_group_nouns")
        or irregular_plural(tok.low)
        or _counts_people(tokens, k)
    )
    if noun is None and not plural and tok.low in resource_words("kin_nouns"):
        noun = PersonNoun(NEUTRAL, 0)  # "his cousin and her children": someone for "her"
    prev = tokens[k - 1] if k > 0 and tokens[k - 1].sent == tok.sent else None
    if noun is not None and prev is not None and prev.low in _VERB_BEFORE:
        return None  # "would judge the government", "to host the games"
    one = _one_of_at(tokens, k) if noun is not None else None
    if noun is not None and (
        _predicative(tokens, k)
        or (one and _predicative(tokens, one))
        or _joined_predicate(text, tokens, k)
    ):
        # "Dahl will remain an adviser", "Varnow was one of the few weavers who": the
        # subject again, not someone new
        return None
    if noun is not None and _modifies_noun(text, tokens, k):
        return None  # "local communities", "local television": an adjective, no one
    if (
        noun is None
        and not plural
        and tok.low not in function_words()
        # "musicians passing through the town, who would test": "who" reaches back past
        # a settlement's noun to the people before it; the settlement is no one, and
        # nor is a lake after a name ("Orvel Varov, a trapper by a stream east of the
        # lake, who came"; natural_place_nouns.txt)
        and tok.low not in resource_words("place_apposition_nouns")
        and not (tok.low in resource_words("natural_place_nouns") and _named_before(tokens, k))
        and not object_of_a_persons_phrase(tokens, k)
        and not _position_before_who(tokens, k)
        and not _body_of_a_name(tokens, k)
        and k + 1 < len(tokens)
    ):
        nxt = tokens[k + 1]
        if (
            nxt.low == "who"
            and nxt.sent == tok.sent
            and _COMMA_GAP.fullmatch(text[tok.end : nxt.start])
            and not (
                prev is not None
                and prev.low in _BEFORE_A_VERB
                and text[tok.end : nxt.start].strip() == ""  # "spoke to counsel, who"
            )
        ) or _asked_whether(tokens, k):
            noun = PersonNoun(NEUTRAL, 0)
    return noun


def _counts_people(tokens: list[Token], k: int) -> bool:
    """The word at ``k`` is a number above one standing for people ("Among the five who
    broke with the mayor was <Name>"): none of them is a "he" or a "she".  Not one picked
    out of them ("One of the five who walked out said he", "the last of the seven who"),
    nor a rank ("the party's number two, who has led the talks")."""
    if tokens[k].low == "one" or tokens[k].low not in resource_words("number_words"):
        return False
    before = [t.low for t in tokens[max(0, k - 2) : k] if t.sent == tokens[k].sent]
    return not any(w in ("of", "number", "no") for w in before)


# Before a word, what makes it a verb: "the cows did not care who had won", "to decide who"
_BEFORE_A_VERB = frozenset(
    {"not", "never", "to", "do", "does", "did", "will", "would", "can", "could", "should"}
    | {"may", "might", "must", "they", "we", "i", "you"}
)
_ASKING = frozenset({"ask", "asks", "asked", "asking"})
_WHETHER = frozenset({"if", "whether"})


def _asked_whether(tokens: list[Token], k: int) -> bool:
    """The noun at ``k`` is one asked whether he or she did something: "asked the
    contractor if he could finish": whom one asks that of is a person when the noun is
    an agent's or a like one ("-or", "-er", "-ist", "-ant", "-ee"), not a body's ("asked
    the court if she could return": the asker's own "she")."""
    # asked of every lower-case word: the cheapest test first
    if k < 2 or k + 2 >= len(tokens) or tokens[k + 1].low not in _WHETHER:
        return False
    window = tokens[k - 2 : k + 3]
    return (
        all(t.sent == tokens[k].sent for t in window)
        and window[0].low in _ASKING
        and window[1].low in _ARTICLES
        and window[3].low in _WHETHER
        and window[4].low in ("he", "she")
        and window[2].low.endswith(_ADDRESSEE_ENDINGS)
        and not window[2].low.endswith("ment")  # "the government", "the department"
        and window[2].low not in resource_words("organisation_nouns")
    )


# Endings of nouns for people asked something: an agent's, and "attendant", "resident",
# "trainee", "registrar"
_ADDRESSEE_ENDINGS = ("er", "or", "ist", "ian", "man", "ant", "ent", "ee", "ar")


# Prepositions that put a place or a body after a person noun: "an officer at the office"
_PHRASE_PREPOSITIONS = frozenset({"at", "of", "in", "from", "with", "for", "on", "near"})


def object_of_a_persons_phrase(tokens: list[Token], k: int) -> bool:
    """Token ``k`` is what a preposition takes after a person noun, with only an article
    and lower-case modifiers between: in "an environment officer at the provincial office
    who inspected the site", "who" reaches back to the officer, and the office is no one;
    in "A lawyer for the defendant, Ana Ruiz," the defendant is whom the role serves, no
    role of the name after it.  A determiner must stand between: "a candidate for mayor"
    names an office."""
    found = _preposition_before(tokens, k, _PHRASE_PREPOSITIONS, 3)
    if found is None:
        return False
    j, determined = found  # "for the mayor", not "a candidate for mayor": an office, no one
    before = tokens[j - 1] if j > 0 and tokens[j - 1].sent == tokens[k].sent else None
    return determined and before is not None and before.low in person_nouns()


def _position_before_who(tokens: list[Token], k: int) -> bool:
    """Token ``k`` is a position that "at", "in" or "on" and "the" take ("the puller at the
    back who wraps the rope", "the man at the wheel who"): "who" reaches back past it to
    whoever holds it (resources/pronoun/position_nouns.txt)."""
    if k < 2 or tokens[k].low not in resource_words("position_nouns"):
        return False
    the, preposition = tokens[k - 1], tokens[k - 2]
    return (
        the.low == "the"
        and preposition.low in ("at", "in", "on")
        and preposition.sent == tokens[k].sent
    )


def _preposition_before(
    tokens: list[Token], k: int, prepositions: Collection[str], reach: int
) -> tuple[int, bool] | None:
    """(the index of the preposition of ``prepositions`` that takes token ``k``, whether a
    determiner stands between), when within ``reach`` tokens of ``k`` in its sentence and
    only lower-case words that name no person stand between; else None.  Before a body's,
    a vessel's or a settlement's noun, adjectives of a nation may stand among them too,
    uncounted ("of a British research institute"): before any other noun the pair may be
    a person no list holds ("a lawyer for the Russian dissident, who"), and a possessive
    after the adjective is a person's ("of the French president's office")."""
    j = k - 1
    determined = False
    nations = 0
    possessor = False
    while j >= 0 and k - j - nations <= reach and tokens[j].sent == tokens[k].sent:
        low = tokens[j].low
        if low in prepositions:
            return None if nations and possessor else (j, determined)
        if tokens[j].text in _demonyms() and tokens[k].low in _body_nouns():
            nations += 1
            j -= 1
            continue
        if not tokens[j].text.islower() or low in person_nouns():
            return None
        possessor = possessor or _possessive_person(low)
        determined = determined or low in _OF_DETERMINERS or low in _ARTICLES
        j -= 1
    return None


def _possessive_person(low: str) -> bool:
    owner = _POSSESSOR.fullmatch(low)
    return owner is not None and owner.group(1) in person_nouns()


@cache
def _body_nouns() -> frozenset[str]:
    """Nouns of bodies, vessels and settlements, which name no one (resources/case/
    institution_nouns.txt and body_heads.txt, resources/pronoun/organisation_nouns.txt,
    vessel_nouns.txt and place_apposition_nouns.txt), less any that names a person too
    ("Guard", "Premier") and a firm's noun for what it does ("publisher", "lender")."""
    heads = ("institution_nouns", "body_heads")
    case = {w.lower() for name in heads for w in data_lines("case", f"{name}.txt")}
    firms = {w for w in resource_words("organisation_nouns") if not w.endswith(_AGENT_ENDINGS)}
    places = resource_words("vessel_nouns") | resource_words("place_apposition_nouns")
    return frozenset(case | firms | places) - person_nouns().keys()


# Endings of nouns for people by what they do, which may be whom "who" speaks of
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "mason", "smith")


def _body_of_a_name(tokens: list[Token], k: int) -> bool:
    """Token ``k`` is what "of" or "at" takes right after a name, with only an article and
    lower-case modifiers between: in "Sgt. Raymond Beal of the county sheriff's office, who
    has stopped", "who" reaches back to the name, and the office is no one.  Not "from",
    which a verb may take ("bought by Ilse Varnow from a retired stonemason, who"), nor a
    noun of one who does something ("a stonemason", "the organiser")."""
    if tokens[k].low.endswith(_AGENT_ENDINGS):
        return False
    found = _preposition_before(tokens, k, ("of", "at"), 4)
    if found is None or found[0] == 0:
        return False
    before = tokens[found[0] - 1]
    return before.sent == tokens[k].sent and before.pos > 0 and before.text[:1].isupper()


def plural_of_person(low: str) -> PersonNoun | None:
    """The person noun whose plural ``low`` is ("priests", "nurses", "witnesses"); "-es" is
    taken off only after "e", so "songs" and "princess" are no plurals of "son", "prince"."""
    if not low.endswith("s"):
        return None
    nouns = person_nouns()
    return nouns.get(low[:-1]) or (nouns.get(low[:-2]) if low.endswith("es") else None)


# Determiners between "one of" and its plural: "one of the nurses", "one of her rivals"
_OF_DETERMINERS = frozenset({"the", "his", "her", "their", "its", "our", "my", "your", "these"})


def _one_of_many(tokens: list[Token], k: int) -> PersonNoun | None:
    """A plural of a person noun after "one of", a determiner and perhaps one lower-case
    word names one person: "one of her rivals withdrew and asked his supporters", "one of
    the night nurses" is someone a pronoun may mean."""
    noun = plural_of_person(tokens[k].low)
    return noun if noun is not None and _one_of_at(tokens, k) is not None else None


def _one_of_at(tokens: list[Token], k: int) -> int | None:
    """The index of "one" when "one of", a determiner and perhaps one lower-case word stand
    right before ``tokens[k]`` in its sentence ("one of the night nurses")."""
    if k < 3:
        return None
    j = k - 1
    if tokens[j].low not in _OF_DETERMINERS and tokens[j].text.islower():
        j -= 1  # one word between: "one of the night nurses"
    if j < 2 or tokens[j].low not in _OF_DETERMINERS:
        return None
    one, of = tokens[j - 2], tokens[j - 1]
    same = one.sent == of.sent == tokens[k].sent
    return j - 2 if same and one.low == "one" and of.low == "of" else None


def _named_before(tokens: list[Token], k: int) -> bool:
    """A capitalised word stands before ``tokens[k]`` in its sentence, past its first word:
    someone "who" may reach back to."""
    sent = tokens[k].sent
    j = k - 1
    while j > 0 and tokens[j - 1].sent == sent:
        if tokens[j].text[:1].isupper():
            return True
        j -= 1
    return False


# "he or she", "his/her", "him or her": either sex, no one in particular.
_PAIR_AFTER = regex.compile(r"\s*(?:or|/)\s*(\p{L}+)", regex.IGNORECASE)
_PAIR_BEFORE = regex.compile(r"(\p{L}+)\s*(?:or|/)\s*\Z", regex.IGNORECASE)


def _generic_pair(text: str, tok: Token) -> bool:
    """The pronoun is one of a pair of both sexes joined by "or" or a slash ("anyone who
    applies, he or she", "his/her"): it means whoever it may be, not a named person."""
    after = _PAIR_AFTER.match(text, tok.end, tok.end + 12)
    before = _PAIR_BEFORE.search(text[max(0, tok.start - 12) : tok.start])
    mates = [m.group(1).lower() for m in (after, before) if m]
    gender = PRONOUNS[tok.low]
    return any(PRONOUNS.get(w, gender) not in (gender, NEUTRAL) for w in mates)


def _assemble(doc: Document, sent_spans: list[tuple[int, int]]) -> Analysis:
    """Phase 7: the analysis: pronouns found (not a pair of both sexes, "he or she"), each
    sentence's first token, ships in play."""
    tokens = doc.tokens
    pronouns = [
        Pronoun(t, PRONOUNS[t.low])
        for t in tokens
        if t.low in PRONOUNS and not _generic_pair(doc.text, t)
    ]
    sent_first_tok = [len(tokens)] * len(sent_spans)
    for tok in reversed(tokens):
        sent_first_tok[tok.sent] = tok.idx
    vessels = resource_words("vessel_nouns")
    return Analysis(
        doc.text,
        tokens,
        sent_spans,
        sent_first_tok,
        doc.mentions,
        pronouns,
        has_vessels=any(t.low in vessels or t.low.rstrip("s") in vessels for t in tokens),
    )


def _introduces_name(text: str, tokens: list[Token], k: int, name_starts: set[int]) -> bool:
    """True when the noun at ``k`` is followed by a comma and, within a short apposition, a name."""
    if k + 1 >= len(tokens):
        return False
    # "A climatologist at the weather service, Beatriz Lima": a place phrase, then the name.
    comma = text[tokens[k].end : tokens[k + 1].start].startswith(",")
    if not comma and tokens[k + 1].low not in _APPOSITION_PREPOSITIONS:
        return False
    for j in range(k + 1, min(k + 8, len(tokens))):
        if tokens[j].sent != tokens[k].sent:
            return False
        if j in name_starts:
            # "a nun in Lagos": a place phrase's own name is not the person introduced; the
            # name of "a climatologist at the weather service, Beatriz Lima" follows a
            # comma ("the commissioner of Dhemaji" is left to the role's "of")
            gap = text[tokens[k].end : tokens[j].start]
            return comma or "," in gap or tokens[k + 1].low == "of"
        if _APPOSITION_STOP.search(text[tokens[j - 1].end : tokens[j].start].replace(",", "")):
            return False
    return False


def _modifies_noun(text: str, tokens: list[Token], k: int) -> bool:
    """The person noun at ``k`` stands before a word that can only be a noun, and is no
    person noun itself: it modifies that noun ("local television", "the official
    website"), so it names no one.  A word of time ("the minister today") is no such noun."""
    if k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1]
    gap = text[tokens[k].end : nxt.start]
    if nxt.sent != tokens[k].sent or not nxt.text.islower() or gap != " ":
        return False
    low = nxt.low
    if low in person_nouns():
        # "Local farmer Ilse Varnow", "the rival candidate": one person, whom the second
        # noun names; a noun of one gender still tells hers ("a woman farmer")
        return _adjective_person_noun(tokens[k].low)
    if low in function_words() or low in resource_words("calendar_words") or low in PRONOUNS:
        return False  # "sailor who": "who" is no noun (WHO is); "her brother herself"
    return (
        _noun_only(low)
        or _adjective_before_noun(text, tokens, k)
        or _uninflected_head(tokens, k)
        or _adjective_then_noun(tokens, k)
        or _bare_after_preposition(tokens, k)
    )


# Prepositions before which a singular noun needs its determiner
_BARE_NOUN_PREPOSITIONS = frozenset(
    {"on", "in", "at", "for", "with", "from", "by", "into", "under", "without", "through"}
)


def _bare_after_preposition(tokens: list[Token], k: int) -> bool:
    """A person noun that is an adjective too, right after a preposition with no
    determiner, before a plural noun ("on official papers", "with local farmers' help"): a
    singular person would need "a" or "the" there, so it is the adjective."""
    if k == 0 or not _adjective_person_noun(tokens[k].low):
        return False
    before, nxt = tokens[k - 1], tokens[k + 1]
    if before.sent != tokens[k].sent or before.low not in _BARE_NOUN_PREPOSITIONS:
        return False
    if nxt.sent != before.sent or tokens[k].end + 1 != nxt.start:
        return False
    return before.end + 1 == tokens[k].start and plural_noun(nxt.low)


def _opening_modifier(text: str, tokens: list[Token], k: int) -> bool:
    """A person noun that is an adjective too opens its sentence with no determiner, before
    a word that may be a noun ("Official figures show", "Local residents said"): a bare
    singular noun is no subject there, so it is the adjective."""
    tok = tokens[k]
    if tok.pos != 0 or not _adjective_person_noun(tok.low) or k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1]
    if nxt.sent != tok.sent or not nxt.text.islower() or text[tok.end : nxt.start] != " ":
        return False
    return "NOUN" in getAllLemmas(nxt.low)


def _adjective_person_noun(low: str) -> bool:
    """A person noun of neither gender that is an adjective too ("local", "official",
    "chief"): before another noun it may be the adjective."""
    noun = person_nouns().get(low)
    return noun is not None and noun.gender == NEUTRAL and "ADJ" in getAllLemmas(low)


def _adjective_before_noun(text: str, tokens: list[Token], k: int) -> bool:
    """A person noun that is an adjective too before a noun that is no verb nor adverb,
    which ends the noun phrase: its verb, "to" or punctuation follows ("a local council
    to restore", "the local council said"): the dictionary may know the noun as an
    adjective of its own ("council"), which _noun_only leaves out.  An adjective after a
    person is followed by its preposition ("an official familiar with the case")."""
    tok, nxt = tokens[k], tokens[k + 1]
    lemmas = getAllLemmas(nxt.low)
    if "ADJ" not in getAllLemmas(tok.low) or "NOUN" not in lemmas or {"VERB", "ADV"} & set(lemmas):
        return False
    after = tokens[k + 2] if k + 2 < len(tokens) else None
    if after is None or after.sent != tok.sent or text[nxt.end : after.start].strip():
        return True  # the sentence or the phrase ends with the noun
    return after.low == "to" or may_be_finite(after.low)


def _adjective_then_noun(tokens: list[Token], k: int) -> bool:
    """An adjective that is nothing else, then a noun, after the person noun at ``k`` ("two
    local electoral groups", "the official municipal website"): one noun phrase, whose
    head is the noun; the person noun is an adjective in it too."""
    if k + 2 >= len(tokens):
        return False
    adjective, noun = tokens[k + 1], tokens[k + 2]
    if set(getAllLemmas(adjective.low)) != {"ADJ"} or noun.sent != tokens[k].sent:
        return False
    return (
        noun.text.islower() and noun.start == adjective.end + 1 and "NOUN" in getAllLemmas(noun.low)
    )


# Before "the teacher plan" these make the noun a subject whose verb stays bare ("helped
# the teacher plan", "insisted that the minister step down"): no compound there.
_BARE_VERB_BEFORE = frozenset(
    {"that", "let", "lets", "make", "makes", "made", "help", "helps", "helped", "helping"}
    | {"see", "saw", "seen", "watch", "watched", "hear", "heard", "have", "has", "had"}
)


# After a bare word these make it a verb with its object or clause ("say he", "report
# that", "plan to"), as machine translation writes a singular subject's verb bare.
_OBJECT_OPENERS = frozenset(
    {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me"}
    | {"the", "a", "an", "this", "these", "those", "his", "its", "their", "our", "my"}
    | {"that", "to", "if", "whether"}
)


def _uninflected_head(tokens: list[Token], k: int) -> bool:
    """The singular person noun at ``k`` stands before a noun that could be a verb only in
    its bare form ("a guest house", "the student protest"): a singular subject's verb
    would end in -s or be past ("the guest houses", "the student protested"), so the
    word is the compound's head and the person noun names no one.  Not after "that" or a
    verb that takes a bare verb after its object ("let the guest decide"), nor when an
    object or a clause follows the word ("her driver say he was tired": MT's bare verb)."""
    tok, nxt = tokens[k], tokens[k + 1]
    if tok.low.endswith("s") or irregular_plural(tok.low) or nxt.low.endswith(("s", "ed")):
        return False
    lemmas = getAllLemmas(nxt.low)
    if "NOUN" not in lemmas or nxt.low not in lemmas.get("VERB", ()):
        return False
    if _past_form(nxt.low) or zipf(nxt.low) < COMMON:
        return False  # "the guest cut the ribbon": a past tense; rare words unknown
    after = tokens[k + 2] if k + 2 < len(tokens) and tokens[k + 2].sent == tok.sent else None
    if after is not None and after.low in _OBJECT_OPENERS:
        return False  # "her driver say he was tired": machine translation's bare verb
    j = k - 1
    if j >= 0 and tokens[j].sent == tok.sent and tokens[j].low in _DETERMINERS:
        j -= 1
    return not (j >= 0 and tokens[j].sent == tok.sent and tokens[j].low in _BARE_VERB_BEFORE)


@lru_cache(maxsize=5_000)
def _past_form(word: str) -> bool:
    """``word`` is a past tense or participle of a verb as well as its bare form ("cut",
    "put", "set", "read"): after a subject it may be the verb."""
    return word in getInflection(word, "VBD") or word in getInflection(word, "VBN")


# Prepositions whose object a person noun after a copula is: "was there with his wife"
_OBJECT_PREPOSITIONS = frozenset(
    {"with", "without", "to", "for", "from", "by", "beside", "behind", "alongside", "among"}
)


def _predicative(tokens: list[Token], k: int) -> bool:
    """True when the noun at ``k`` follows a copula or "as" within four words, or further
    back when only its own noun phrase stands between ("Harding is a British rail safety
    consultant who…": the subject again, not someone new)."""
    sent = tokens[k].sent
    phrase = True  # every word between is an article, a name or a noun or adjective
    for j in range(k - 1, max(-1, k - 8), -1):
        if tokens[j].sent != sent or tokens[j].low in _OBJECT_PREPOSITIONS:
            return False  # "was there with his wife": the object of "with", someone else
        if tokens[j].low in _COPULAS and (k - j <= 4 or phrase):
            return tokens[j].low not in _BE_VERBS or not _common_noun_subject(tokens, j)
        phrase = phrase and _in_noun_phrase(tokens[j])
    return False


# What may follow a predicate noun joined by "and" where its phrase goes on: "and chief for
# 19 of them", "and president since 2015"
_PREDICATE_GOES_ON = frozenset({"for", "since", "in", "at", "of", "until", "from"})
# ... and what may stand between it and the predicate before "and": "a volunteer for 46
# years and chief"
_PREDICATE_SPAN = frozenset({"for", "since", "in", "over", "at"})


_FIGURE_GAP = regex.compile(r"[^\S\n]+(?:[\d,.]+[^\S\n]+)?")


def _joined_predicate(text: str, tokens: list[Token], k: int) -> bool:
    """The noun at ``k``, bare right after "and", is joined to a predicate noun before it:
    "who has been a volunteer for 46 years and chief for 19 of them" ("chief" is the
    subject again).  A bare singular role names no one new; after an article it may ("was
    a passenger and the driver. He…": two people), and so may one of a gender, or one
    joined to what a preposition and "the" name ("for the general and ambassador", "a guard
    at the prison and warden").  The noun must end its phrase (a preposition, a comma or a
    full stop after it)."""
    sent = tokens[k].sent
    j = k - 1
    if j < 1 or tokens[j].sent != sent or tokens[j].low != "and":
        return False
    if text[tokens[j].end : tokens[k].start].strip():
        return False
    gap = text[tokens[k].end : tokens[k + 1].start].strip() if k + 1 < len(tokens) else "."
    goes_on = not gap and k + 1 < len(tokens) and tokens[k + 1].low in _PREDICATE_GOES_ON
    if not (gap in (".", ",") or goes_on):
        return False
    noun = person_nouns().get(tokens[k].low)
    if noun is not None and noun.gender != NEUTRAL:
        return False  # "a teacher at the school and headmistress": a gender says someone
    for i in range(j - 1, max(0, j - 9), -1):
        tok = tokens[i]
        if tok.sent != sent or _FIGURE_GAP.fullmatch(text, tok.end, tokens[i + 1].start) is None:
            return False  # a mark ends the phrase; a figure is no token ("for 46 years")
        if tok.low in _PREDICATE_SPAN:
            continue
        if tok.low == "the" or not _in_noun_phrase(tok):
            # "a guard at the prison and warden": the role may share the preposition's object
            return False
        if "NOUN" in getAllLemmas(tok.low) and _predicative(tokens, i):
            return True
        if tok.low in person_nouns():
            return False  # "an interpreter for a general and ambassador"
    return False


def _common_noun_subject(tokens: list[Token], copula: int) -> bool:
    """The copula at ``copula`` has a common noun for its subject ("Her opposite is the
    king", "The winner was a woman"): the noun after it is a person no name has named yet,
    someone a pronoun may mean.  After a name or a pronoun ("Dahl will remain an adviser")
    it is that person again."""
    sent = tokens[copula].sent
    for j in range(copula - 1, max(-1, copula - 5), -1):
        tok = tokens[j]
        if tok.sent != sent or tok.low in PRONOUNS or tok.low in _RELATIVES:
            return False
        if tok.low in ("so", "there", "neither", "nor"):
            return True  # "and so was the driver, who", "and there was a neighbour who"
        if tok.low in ("and", "but"):
            # "Varnow grew up in the settlement and was the first person": the copula
            # shares the first verb's subject, not the noun that ends its phrase
            return False
        if tok.low in function_words():
            continue  # "will", "has", "also", "not": between the subject and its verb
        return tok.text.islower()
    return False


def _in_noun_phrase(tok: Token) -> bool:
    """An article, a capitalised word ("British") or a word that can be a noun or adjective
    and is no function word ("rail", "safety"): a word of a noun phrase."""
    if tok.low in ("a", "an", "the"):
        return True
    if tok.low in function_words():
        return False
    return tok.text[:1].isupper() or bool({"NOUN", "ADJ"} & set(getAllLemmas(tok.low)))


def may_be_antecedent(m: Mention) -> bool:
    """``m`` is one a he/she could point to: a person, a person noun, an unknown name where
    a person may stand."""
    return m.noun is not None or (
        m.entity is not None and (m.entity.is_person or m.possible_person)
    )


def _candidates(mentions: list[Mention]) -> list[Mention]:
    """Mentions a he/she could point to (:func:`may_be_antecedent`)."""
    return [m for m in mentions if may_be_antecedent(m)]


# The verbs of playing a part ("plays Medea", "portrayed the king")
PLAYING = r"(?:plays|played|playing|portrays|portrayed|portraying)"
# "plays Medea": the part an actor plays is the actor on stage, no one else to refer to
_OTHER_NAME_BEFORE = regex.compile(
    r"(?:\b(?:known|better known|nicknamed|dubbed|called|alias|a\.k\.a\.|aka"
    rf"|{PLAYING})(?: as)?|,[^\S\n]+as)"
    r"\s+[“\"‘']?\Z",
    regex.IGNORECASE,
)
# ... and so is the part after a review's word of casting or praise and "as" ("stars as
# Orla", "is a discovery as Orla", "is quietly superb as Orla"), unless "as" closes a
# comparison ("as impressive as Orla") or opens a clause, the name its subject ("shone as
# Orla struggled"), or the name is a possessive ("cast as Orla's successor")
_PRAISE_AS = regex.compile(
    r"(?<!\bas[^\S\n]{1,3})\b(?:stars|starred|starring|cast|shines|shone|excels|excelled"
    r"|superb|excellent|terrific|wonderful|brilliant|convincing|compelling|extraordinary"
    r"|impressive|memorable|luminous|magnetic|formidable|affecting|discovery|revelation)"
    r"[^\S\n]+as[^\S\n]+[“\"‘']?\Z",
    regex.IGNORECASE,
)
_NAME_AT = regex.compile(r"\p{Lu}[\p{L}\-]*(?:[^\S\n]+\p{Lu}[\p{L}\-]*)*")
_AFTER_NAME = regex.compile(r"(['’]s?\b)?[^\S\n]*(\p{Ll}+)?")
# ... and a part of one gender named after "plays the …," ("plays the father, Bhim", "plays
# the old king, Tamo"; not "plays the violin," nor "plays her brother,", a real relative)
_PLAYS_A_PERSON = regex.compile(
    rf"\b{PLAYING}[^\S\n]+(?:the|a|an)"
    r"(?:[^\S\n]+[\p{Ll}\-]+)?[^\S\n]+(\p{Ll}+),[^\S\n]+\Z"
)


def other_name_for(text: str, end: int, start: int) -> bool:
    """The name at ``start`` is another name for the one ending at ``end`` before it: an
    alias ("the music mogul known as Diddy") or the part an actor plays ("Ilse Varnow, as
    Orla,", "is a discovery as Orla", "plays the father, Bhim")."""
    window = max(end, start - 30)
    if _OTHER_NAME_BEFORE.search(text, window, start) is not None:
        return True
    if _PRAISE_AS.search(text, window, start) is not None:
        return _part_named(text, start)
    part = _PLAYS_A_PERSON.search(text, window, start)
    if part is None:
        return False
    noun = person_nouns().get(part.group(1))
    return noun is not None and noun.gender != NEUTRAL


def _part_named(text: str, start: int) -> bool:
    """The name at ``start`` ends its phrase: it owns nothing ("Orla's successor") and no
    verb follows it ("as Orla struggled", a clause)."""
    name = _NAME_AT.match(text, start)
    if name is None:
        return False
    after = _AFTER_NAME.match(text, name.end())  # every part optional: it always matches
    owner, word = after.groups() if after is not None else (None, None)
    return not owner and (word is None or not may_be_finite(word))


def _without_roles(a: Analysis, cands: list[Mention]) -> list[Mention]:
    """``cands`` without the person nouns that name the role of a person named among them
    ("Orvel Varkossi, as the son, has the harder part, and he plays it without making the son
    a villain"): the noun after "as" in apposition to the name, and the same noun again
    among the candidates, are that person, no second one a pronoun could mean; nor is a
    name that is another for a person named before it in the sentence ("Ilse Varnow is a
    discovery as Orla": the part, ``other_name_for``)."""
    roles: set[str] = set()
    for m in cands:
        if m.entity is None or (not m.entity.is_person and not m.entity.name_like):
            continue
        role = _AS_ROLE.match(a.text, m.end)
        if role is not None and (role.group(2) or role.group(1)) in person_nouns():
            roles.add(role.group(2) or role.group(1))
    parts = {
        id(m)
        for m in cands
        for n in cands
        if n.entity is not None
        and m.entity is not None
        and n.entity is not m.entity
        and n.sent == m.sent
        and n.end < m.start
        and other_name_for(a.text, n.end, m.start)
    }
    if not roles and not parts:
        return cands
    return [
        m
        for m in cands
        if id(m) not in parts and (m.noun is None or a.text[m.start : m.end].lower() not in roles)
    ]


def _mixed_sentences(a: Analysis, voted: dict[int, Entity] | None = None) -> set[int]:
    """Offsets of pronouns that must not vote: the minority gender of a mixed sentence.

    In "Greer said he had told her" two people are in play; the gender used more
    often in the sentence (on a tie, the first one's) is taken to be the subject's
    and only those pronouns vote, unless, once a first round has voted, the first pronoun
    is the subject of what the name that opens the sentence says and agrees with the
    speaker's votes elsewhere (``_speaker_subject``: "Bonev, 66, said he had voted for her
    because she had answered" is his vote, not hers).  A tie of two or more each
    in a sentence that names no one ("She said he was exaggerating; he said she was
    envious") casts no vote: two people speak of each other, and the one person the
    sentence before names may be either.  One of each ("He wrote it, she said") is as
    likely a slip as two people; once a first round has voted (``voted``: who each
    pronoun voted for), the pair's second wins when the first's person has votes from
    other sentences of the second's gender only (``_tie_by_votes``).
    """
    by_sent: dict[int, list[Pronoun]] = {}
    for p in a.pronouns:
        if not p.tok.quoted:
            by_sent.setdefault(p.tok.sent, []).append(p)
    silent: set[int] = set()
    for ps in by_sent.values():
        genders = [p.gender for p in ps]
        if len(set(genders)) < 2:
            continue
        male, female = genders.count(MALE), genders.count(FEMALE)
        if male == female > 1 and not a.mentions_in(ps[0].tok.sent, ps[-1].tok.start):
            silent.update(p.tok.start for p in ps)
            continue
        major = genders[0] if male == female else (MALE if male > female else FEMALE)
        if voted is not None and _speaker_subject(a, ps[0]):
            major = ps[0].gender
        if male == female == 1 and voted is not None:
            major = _tie_by_votes(a, ps, voted) or major
        silent.update(p.tok.start for p in ps if p.gender != major)
    return silent


def _speaker_subject(a: Analysis, p: Pronoun) -> bool:
    """``p`` is "he" or "she" right after a reporting verb ("said he had voted") whose
    speaker, a name that opens the sentence, has votes from other sentences of ``p``'s
    gender only, and no title, given name or name form of the other: the reported clause's
    subject is most often the speaker, and another person it names comes after it as an
    object.  Without such votes the pronoun may be the slip ("Batjargal said he had spent
    her savings", of a woman; review 43a), and the majority decides."""
    if p.tok.low not in ("he", "she") or p.tok.idx == 0:
        return False
    verb = a.tokens[p.tok.idx - 1]
    if verb.sent != p.tok.sent or verb.quoted or verb.low not in reporting_verbs():
        return False
    start, end = a.sent_spans[p.tok.sent]
    other = FEMALE if p.gender == MALE else MALE
    for m in a.mentions_in(p.tok.sent, verb.start):
        ent = m.entity
        if ent is None or m.quoted or a.tokens[m.first_tok].pos != 0:
            continue
        elsewhere = {g for offset, g in ent.votes.items() if not start <= offset < end}
        against = other in (ent.first_name, ent.form_gender) or ent.title_score[other] > 0
        if elsewhere == {p.gender} and not against and _someone_else_on_stage(a, p, ent):
            return True
    return False


def _someone_else_on_stage(a: Analysis, p: Pronoun, speaker: Entity) -> bool:
    """A person other than ``speaker`` is named from the paragraph before ``p``'s sentence to
    its end, or a person's noun not of ``p``'s sex stands in the sentence: the other
    pronouns have someone to mean ("Quispe said he had found her first, … her husband",
    where only "the pair" and the lede's "a mountain guide", Quispe himself, came before,
    has no one else, and the majority decides; review 44a)."""
    sent = p.tok.sent
    return any(
        not m.quoted
        and (
            (m.entity is not None and m.entity is not speaker)
            or (m.noun is not None and m.sent == sent and m.noun.gender != p.gender)
        )
        for m in a.mentions_in(a.paragraph_before(sent), a.sent_spans[sent][1])
    )


def _tie_by_votes(a: Analysis, pair: list[Pronoun], voted: dict[int, Entity]) -> str | None:
    """The gender of the second of a sentence's one "he" and one "she" when the person the
    first voted for has votes from other sentences of the second's gender and none of the
    first's: in "Tamsel said he had kept the emails in her kitchen drawer", after "she" twice
    for Tamsel, the slip is the "he" that came first, and "her" is the vote to keep.  Not
    when anyone else is named from the paragraph before on, whom either may mean ("Orvel
    Brask denies stalking. Tamsel said he had followed her home": he is Brask; "She said
    his first accordion would be shown": his is the obituary's subject's); a place named
    where no person stands is no one ("opened at Varsk Theatre in Tamsel")."""
    first, second = pair
    ent = voted.get(first.tok.start)
    if ent is None:
        return None
    outside = [g for o, g in ent.votes.items() if o not in (first.tok.start, second.tok.start)]
    if not outside or any(g != second.gender for g in outside):
        return None
    for m in a.mentions_in(a.paragraph_before(first.tok.sent), second.tok.start):
        other = m.entity
        # a place named where no person stands is no one ("near Varsk", "at the Tarvel
        # Theatre"): only a person, or a person's name where a person may stand, competes
        maybe = other is not None and (other.is_person or (m.possible_person and other.name_like))
        if maybe and other is not ent:
            return None
    return second.gender


def _voters(a: Analysis) -> dict[int, Entity]:
    """Who each pronoun that has voted voted for."""
    return {offset: ent for ent in _entities(a.mentions) for offset in ent.votes}


def _entities(mentions: list[Mention]) -> list[Entity]:
    """The entities ``mentions`` name, each once."""
    return list({id(m.entity): m.entity for m in mentions if m.entity is not None}.values())


def _vote(a: Analysis) -> None:
    """Let each pronoun with one clear possible antecedent vote for that person's gender.

    The antecedent is looked for in the pronoun's sentence, else in the one
    before.  It must be the only person there (named or not); names of unknown
    kind ("Busan") do not compete with a known person who opens the sentence; a pronoun
    of the same gender that means someone else stands for a second person
    (``_same_gender_before``); a pronoun of the article's subject's gender in what
    someone else is reported to say may be the subject's (``_reported_by``).
    """
    mixed = _mixed_sentences(a)
    for round_ in range(2):  # a second round sees people that the first round's votes revealed
        if round_:
            voted = _voters(a)
            mixed = _mixed_sentences(a, voted)
            for offset in mixed & voted.keys():
                voted[offset].unvote(offset)
        main = main_person(a)
        main_gender = main.gender() if main is not None else None
        for p in a.pronouns:
            if p.tok.quoted or p.tok.start in mixed:
                continue  # "Greer said he had told her": two people, no clear vote
            if _related_to(a, p):
                continue  # "Ana Lund, who is not related to him": someone else
            if _vote_ahead(a, p) or _vote_from_headline(a, p):
                continue  # "In her first year as mayor, Anna Berg closed…": hers
            sent = p.tok.sent
            here = [m for m in a.mentions_in(sent, p.tok.start) if not m.quoted]
            if not _candidates(here) and in_opening_role(a, p):
                continue  # "A woman who manages her late husband's orchard, <Name>, said"
            if not _candidates(here) and sent > 0:
                here = [
                    m
                    for m in a.mentions_in(sent - 1, a.sent_spans[sent][0])
                    if not m.quoted and m.sent == sent - 1
                ]
            cands = _without_roles(a, _candidates(here))
            if not cands:
                chained = _chained(a, p) or _speaker_of_quote(a, p)
                if chained is not None:
                    chained.vote(p.tok.start, p.gender)
                continue
            # Only people vote-worthy on other evidence: a ship or a country that
            # "she" is used for must not turn into a woman.
            strong = [
                m
                for m in cands
                if m.noun is not None or m.entity.is_person or m.entity.name_like  # type: ignore[union-attr]
            ]
            strong_ids = {id(m) for m in strong}
            weak = [m for m in cands if id(m) not in strong_ids]
            strong = _of_the_pronouns_gender(strong, p.gender)
            ents = {id(m.entity) for m in strong}
            if len(ents) != 1 or strong[0].entity is None:
                continue
            subject = a.tokens[strong[0].first_tok].pos <= 2
            if weak and not subject:
                continue
            if _same_gender_before(a, p, strong[0]) or _bound_away(a, p, strong[0]):
                continue
            if _owned_relative_before(a, p):
                continue
            if _namesake_on_stage(a, p, strong[0]):
                continue
            if (
                main_gender == p.gender
                and strong[0].entity is not main
                and _reported_by(a, p, strong[0])
            ):
                # "Novak said she had been strict", in the obituary of a woman: the
                # article's subject is always on stage, so the pronoun in what someone
                # else reports may be hers and is no clear vote for the speaker.
                strong[0].entity.unvote(p.tok.start)
                continue
            strong[0].entity.vote(p.tok.start, p.gender)


def mention_parts(a: Analysis, m: Mention) -> set[str]:
    """The name parts of the words ``m`` spans ("Ben Khelifa": {"ben", "khelifa"})."""
    return {q for w in a.text[m.start : m.end].split() for q in name_parts(w)}


def _namesake_on_stage(a: Analysis, p: Pronoun, m: Mention) -> bool:
    """``m`` is a bare surname (fewer words than its person's name) after a relative of
    ``p``'s gender who shares it, with no bare use of ``m``'s person between, and the text
    has given ``m``'s person the other gender before: "Rahel Tamberg … she … Anton
    Tamberg, her father, drove in. Tamberg said he had voted" may mean either of them, so
    the pronoun votes for no one.  A vote that agrees with what the text said of the
    person ("Arūnas Petrauskas … his barn … his son, Karolis Petrauskas, … Petrauskas said
    he") is kept: it is true of either man."""
    ent = m.entity
    other = FEMALE if p.gender == MALE else MALE
    if ent is None or ent.score()[other] == 0:
        return False
    parts = mention_parts(a, m)
    if not parts or not parts < ent.tokens:
        return False
    for r in a.mentions:
        if r.start >= m.start:
            return False
        rel = r.entity
        if rel is None or rel is ent or not rel.relative or not parts <= rel.tokens:
            continue
        if rel.gender() != p.gender:
            continue
        bare_since = any(
            n.entity is ent and r.end < n.start < m.start and mention_parts(a, n) < ent.tokens
            for n in a.mentions
        )
        if not bare_since:
            return True
    return False


def in_opening_role(a: Analysis, p: Pronoun) -> bool:
    """``p`` stands in a role's phrase that opens its sentence, before the comma that sets
    off a name in apposition to it ("A woman who manages her late husband's orchard north
    of the town, Sunanda Mayekar, said"): the pronoun is the phrase's own, no vote for
    whoever the sentence before names.  The phrase opens with a determiner and holds a
    person noun or a noun before "who" ("One of his last students, <Name>,"), and a comma
    closes the name: not a clause before a speaker ("The storm was the worst he had seen,
    Varnow said")."""
    k = a.sent_first_tok[p.tok.sent]
    first = a.tokens[k]
    if first.low not in OPENING_DETERMINERS or first is p.tok:
        return False
    end = a.sent_spans[p.tok.sent][1]
    comma = a.text.find(",", p.tok.end, end)
    if comma < 0 or "," in a.text[first.start : p.tok.start]:
        return False
    # the role anywhere in the phrase: "A woman who …", "One of his last students,"
    phrase = [t for t in a.tokens[k + 1 : p.tok.idx + 8] if t.end <= comma]
    if not any(
        t.low in person_nouns() or plural_of_person(t.low) or _before_who(a.tokens, t)
        for t in phrase
    ):
        return False
    for m in a.mentions_in(p.tok.sent, end):
        if m.entity is None or m.start <= comma or a.text[m.end : m.end + 1] != ",":
            continue
        gap = a.text[comma + 1 : m.start]
        if not gap.strip() or (_only_a_title(gap) and _in_the_roles_clause(a, k, p)):
            return True
    return False


def _only_a_title(gap: str) -> bool:
    """Only the name's title stands in ``gap`` between a role's comma and the name: "…,
    Dr. Nurul Hidayah Zakaria,", "…, the Rev. Morven Sangster,".  A title is a person noun
    written with a capital or an abbreviation of one with its full stop
    (resources/lexicon/title_abbreviations.txt)."""
    words = gap.split()
    if words[:1] in (["the"], ["The"]) and len(words) > 1:
        words = words[1:]
    return bool(words) and all(
        (w.endswith(".") and w[:-1].lower() in title_abbreviations())
        or (w[:1].isupper() and w.lower() in person_nouns())
        for w in words
    )


def _in_the_roles_clause(a: Analysis, k: int, p: Pronoun) -> bool:
    """``p`` is a possessive in the "who" clause whose subject is the role opening the
    sentence at token ``k`` ("A Malaysian biologist who has tracked pangolins in her own
    country"): the role's own.  Before a titled name only this is read so: "One of his
    former students, Dr. <Name>,", "A woman who trained under her", "The man who replaced
    him" and "A man whose daughter he taught" speak of someone else, perhaps someone named
    before, and stay judged."""
    if p.tok.low not in ("his", "her") or p.tok.idx + 1 >= len(a.tokens):
        return False
    nxt = a.tokens[p.tok.idx + 1]
    if nxt.sent != p.tok.sent or not nxt.text.islower():
        return False  # "who trained under her,": an object
    if nxt.low in function_words() and nxt.low != "own":
        return False  # "who hired her as": an object; "in her own country" is hers
    return any(t.low == "who" for t in a.tokens[k + 1 : p.tok.idx])


def _of_the_pronouns_gender(strong: list[Mention], gender: str) -> list[Mention]:
    """The candidates left when those the text clearly gives the other gender are set aside,
    if one person written with a person's name is left: in "Isla Varnow finished ahead of
    the champion, Gordon Kerr. She needed only a draw", Kerr is a man, so "She" is a vote
    for Varnow.  A company's one word left over is no vote ("Tarvotram's head of
    operations, Maria Varnow, said he": the slip would make the company a man)."""
    if len({id(m.entity) for m in strong}) < 2:
        return strong
    fits = [
        m
        for m in strong
        if (m.noun is not None and m.noun.gender in (NEUTRAL, gender))
        or (m.entity is not None and m.entity.gender() in (None, gender))
    ]
    people = {id(m.entity) for m in fits}
    if len(people) != 1 or fits[0].entity is None or not fits[0].entity.name_like:
        return strong  # "Tarvotram's head, Maria Varnow, said he": no person's name is left
    return fits


def _related_to(a: Analysis, p: Pronoun) -> bool:
    """``p`` follows "related to" ("Ana Lund, who is not related to him"): the person it
    means is someone other than the one named, however alone that name stands."""
    i = p.tok.idx
    return i >= 2 and a.tokens[i - 1].low == "to" and a.tokens[i - 2].low in _RELATED


_RELATED = frozenset({"related", "unrelated", "relation", "kin"})


def _chained(a: Analysis, p: Pronoun) -> Entity | None:
    """The person whom the subject "he" or "she" of the sentence before ``p``'s voted for,
    when ``p`` is a "he" or "she" of the same gender outside quotations, in the same
    paragraph, and neither its sentence up to ``p`` nor the sentence before names anyone
    ("Lund said… He urged calm. “We will rebuild,” he said."): the same person goes on.
    Called only when those two sentences hold no one a pronoun could mean."""
    sent = p.tok.sent
    if p.tok.low not in ("he", "she") or p.tok.quoted or sent == 0:
        return None
    if a.para_first_sent[sent] != a.para_first_sent[sent - 1]:
        return None
    before = a.tokens_from(sent - 1, a.sent_first_tok[sent])
    subject = next((t for t in before if t.low in PRONOUNS and not t.quoted), None)
    if subject is None or subject.low != p.tok.low or subject.pos > 1:
        return None
    return voter_of(a, subject.start)


def voter_of(a: Analysis, offset: int) -> Entity | None:
    """The person the pronoun at ``offset`` voted for, if it voted."""
    return next(
        (m.entity for m in a.mentions if m.entity is not None and offset in m.entity.votes),
        None,
    )


_CLOSING_QUOTE_BEFORE = regex.compile(r"[”\"][^\S\n]+\Z")


def attributed_quotation(a: Analysis, p: Pronoun) -> tuple[int, list[Token]] | None:
    """When ``p``, a "he" or "she", attributes the quotation that opens its sentence
    ("“A slow boat…,” she said"), the first sentence of that quotation and its words: a
    quotation of several sentences ("“We had an hour. Then the water came,” she said")
    opens at the first of them in ``p``'s paragraph."""
    sent = p.tok.sent
    if p.tok.low not in ("he", "she") or p.tok.quoted or sent == 0:
        return None
    before = a.tokens_from(sent, p.tok.idx)
    if not before or not all(t.quoted for t in before):
        return None
    if not _CLOSING_QUOTE_BEFORE.search(a.text, before[-1].end, p.tok.start):
        return None
    nxt = a.tokens[p.tok.idx + 1] if p.tok.idx + 1 < len(a.tokens) else None
    if nxt is None or nxt.sent != sent or nxt.low not in reporting_verbs():
        return None
    opening = sent
    while opening > a.para_first_sent[sent] and a.quoted_only(opening - 1):
        opening -= 1
    return opening, a.tokens_from(opening, p.tok.idx)


def speakers_turn(a: Analysis, p: Pronoun) -> int | None:
    """The first sentence of the quotation ``p`` attributes (``attributed_quotation``), read
    as one turn of its speaker; a quotation of several sentences only after a paragraph
    that reports someone's words (``_reported_before``).  None when there is no such turn."""
    quotation = attributed_quotation(a, p)
    if quotation is None:
        return None
    opening = quotation[0]
    if opening < p.tok.sent and not _reported_before(a, opening):
        return None  # several sentences after no one's words: a speaker named later, maybe
    return opening


def _reported_before(a: Analysis, opening: int) -> bool:
    """The paragraph before sentence ``opening`` reports someone's words: a verb of saying
    stands there outside quotations ("Ilse Varnow said the road was gone."), so a quotation
    of several sentences that opens the next paragraph goes on with that speaker.  After
    narration ("Jonas Berg's inn flooded on Monday night.") its speaker may be named after
    it ("“We had an hour. …,” she said, his neighbour Maria Lind.")."""
    if opening == 0:
        return False
    first = a.para_first_sent[opening - 1]
    words = a.tokens_from(first, a.sent_first_tok[opening])
    return any(t.low in reporting_verbs() and not t.quoted for t in words)


def _speaker_of_quote(a: Analysis, p: Pronoun) -> Entity | None:
    """The one person named before ``p`` in its paragraph, or in the paragraph before when
    ``p``'s opens with the quotation, when ``p`` attributes a quotation that opens its
    sentence ("Tholvanna, said she expected… ⏎ “A slow boat…,” she said"; "Varkossi said
    each household… “A net in the garden…,” he said"): news gives a quotation after the
    words that introduced its speaker, who goes on speaking.  Not when those paragraphs
    hold a person noun too ("a neighbour said"), which may be the speaker."""
    opening = speakers_turn(a, p)
    if not opening:
        return None  # no turn, or one that opens the text
    # the paragraph before when the quotation opens this one, else this one up to it
    first = a.para_first_sent[opening - 1]
    named = [m for m in a.mentions_in(first, a.sent_spans[p.tok.sent][0]) if not m.quoted]
    if any(m.noun is not None for m in named):
        return None
    people = {id(m.entity): m.entity for m in named if m.entity is not None and m.entity.is_person}
    return next(iter(people.values())) if len(people) == 1 else None


OPENING_PREPOSITIONS = frozenset(
    {"in", "after", "before", "during", "despite", "on", "at", "for", "with", "since"}
    | {"upon", "following", "throughout", "unlike", "like", "by", "from", "of", "to"}
)


_AUXILIARIES = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could"}
    | {"may", "might", "must", "shall", "should", "do", "does", "did"}
)


def _auxiliary_before(a: Analysis, index: int, comma: int) -> bool:
    """An auxiliary among the tokens after ``index`` and before ``comma``."""
    for tok in a.tokens[index + 1 :]:
        if tok.start > comma:
            return False
        if tok.low in _AUXILIARIES:
            return True
    return False


# A dateline that opens an article's first sentence: "HALDEN, Norway — ", "BERGEN (AP) - "
_DATELINE = regex.compile(
    r"\p{Lu}[\p{Lu}\p{M} .'’-]*(?:,[^\S\n]+\p{Lu}[\p{L}\p{M} .'’-]*?)?"
    r"(?:[^\S\n]+\([^)\n]*\))?[^\S\n]+[—–-][^\S\n]+"
)


def participle_only(word: str) -> bool:
    """``word`` is a verb's participle, perhaps an adjective too, and no noun ("born",
    "asked", "speaking"; not "Rose", "Young" or "Building").  getInflection, not
    _wordclass.participle: lemminflect's getAllInflections lists no VBN of a regular verb
    ("asked"), which that helper reads."""
    lemmas = getAllLemmas(word)
    if "VERB" not in lemmas or not set(lemmas) <= {"VERB", "ADJ"}:
        return False
    return any(
        word in getInflection(lemma, tag) for lemma in lemmas["VERB"] for tag in ("VBN", "VBG")
    )


def cataphora(a: Analysis, p: Pronoun, loose: bool = False) -> list[Mention]:
    """The subject named right after an opening phrase that holds the pronoun.

    "In his first interview as chief executive, Lindqvist said…", "Reading out a summary
    of her ruling, Judge Okafor said…": the pronoun points forward to the name after the
    comma.  ``loose``: a name that may be a person's will do (to keep a pronoun from
    being judged against someone before).
    """
    start, end = a.sent_spans[p.tok.sent]
    first_index = a.sent_first_tok[p.tok.sent]
    dateline = _DATELINE.match(a.text, start, p.tok.start)
    if dateline is not None:  # "HALDEN, Norway — For most of her career, …"
        start = dateline.end()
        while first_index < p.tok.idx and a.tokens[first_index].start < start:
            first_index += 1
    comma = a.text.find(",", p.tok.end, end)
    if comma < 0 or "," in a.text[start : p.tok.start]:
        return []
    # Only an opening prepositional phrase: in "Her coach, Martin Greer, said" the
    # name is the coach, not the owner of "her".
    first = a.tokens[first_index]
    # or an opening participle's phrase: "Reading out her ruling, Kelvani said"; not a
    # name or noun in -ing ("Beijing has praised her work,", "Nothing in her record"), nor
    # a clause, which an auxiliary before the comma makes ("Reading has praised her")
    # ... or, only to keep a pronoun from being judged against someone before (``loose``),
    # a past participle's, which is no noun: "Asked whether he would miss the work, Tweddle
    # looked"; as the one antecedent it may be wrong ("Angered by his remarks, Maria Tamm
    # … the minister, Jon Kelvik")
    participle = (
        first.text[0].isupper()
        and (
            (first.low.endswith("ing") and is_participle(first.low))
            or (loose and not first.low.endswith("ing") and participle_only(first.low))
        )
        # (an auxiliary after the pronoun is its own clause's: "whether he would")
        and not _auxiliary_before(a, first_index, min(comma, p.tok.start))
    )
    if (first.low not in OPENING_PREPOSITIONS and not participle) or first is p.tok:
        return []
    if _others_part(a, p):
        return []  # "In her absence, Name chaired…": someone else's absence
    after = a.mentions_in(p.tok.sent, end)
    for m in after:
        if m.start > comma:
            gap = a.text[comma + 1 : m.start]
            person = m.entity is not None and (m.entity.is_person or (loose and m.possible_person))
            if gap.strip() == "" and person and not _possessor(a, m):
                return [m]
            break
    return []


def _others_part(a: Analysis, p: Pronoun) -> bool:
    """``p`` is a possessive before a noun of another person's part ("her absence", "his
    request", "her behalf": resources/pronoun/others_part_nouns.txt), so it is not the
    subject's own."""
    nxt = a.tokens[p.tok.idx + 1] if p.tok.idx + 1 < len(a.tokens) else None
    return (
        p.tok.low in ("his", "her")
        and nxt is not None
        and nxt.sent == p.tok.sent
        and nxt.low in resource_words("others_part_nouns")
    )


def _possessor(a: Analysis, m: Mention) -> bool:
    """``m`` owns the noun after it ("Mara Lind's husband"): the subject is that noun's
    person, not ``m``'s, so "For most of his life, Mara Lind's husband…" is his."""
    name = a.text[m.start : m.end]
    return _POSSESSIVE_END.search(name) is not None or a.text[m.end : m.end + 1] in ("'", "’")


_POSSESSIVE_END = regex.compile(r"['’]s?$")


def _vote_ahead(a: Analysis, p: Pronoun) -> bool:
    """``p`` stands in a phrase that opens its sentence and points forward to the name
    right after the comma ("For most of her career, Nina Orlov taught…"): a vote for that
    name's person, unless a given name or a title there says otherwise ("After his
    speech, Maria Lopez said" is someone else's "his").  True when ``p`` points so."""
    ahead = cataphora(a, p, loose=True)
    if not ahead or ahead[0].entity is None:
        return False
    ent = ahead[0].entity
    if _contradicted(ent, p.gender):
        return True
    ent.vote(p.tok.start, p.gender)
    return True


def _contradicted(ent: Entity, gender: str) -> bool:
    """A pronoun of ``gender`` pointing ahead (or down from a headline) may not vote for
    ``ent``: a given name or a title of the other gender says otherwise, or ``ent`` is no
    person and not written like a person's name."""
    other = FEMALE if gender == MALE else MALE
    return bool(
        ent.first_name == other or ent.title_score[other] or not (ent.is_person or ent.name_like)
    )


def _vote_from_headline(a: Analysis, p: Pronoun) -> bool:
    """``p`` stands in a headline that names no one ("A potter opens the shop she dreamt
    of": the role is the lede's person), and the lede's first sentence opens on a person's
    name, or names one after an opening phrase: a vote for that person, who is whom the
    headline means, unless a given name or a title says otherwise.  True when ``p`` is
    such a headline's."""
    if p.tok.sent != 0 or len(a.sent_spans) < 2 or not heading(a, 0):
        return False
    named = [m.entity for m in a.mentions_in(0, a.sent_spans[1][0]) if m.entity is not None]
    if any(e.is_person or e.name_like for e in named):
        return True  # someone named in the headline itself: no vote for the lede's person
    if _kin_in_headline(a):
        return True  # "He never met his daughter": a second person, maybe the lede's subject
    start, end = a.sent_spans[1]
    dateline = _DATELINE.match(a.text, start, end)  # "HALDEN, Norway — " is no one
    after = dateline.end() if dateline is not None else start
    lede = _candidates([m for m in a.mentions_in(1, end) if not m.quoted and m.start >= after])
    if not lede or lede[0].entity is None:
        return True
    ent = lede[0].entity
    other = FEMALE if p.gender == MALE else MALE
    if _contradicted(ent, p.gender):
        return True
    if any(q.gender == other and q.tok.sent == 0 and not q.tok.quoted for q in a.pronouns):
        return True
    ent.vote(p.tok.start, p.gender)
    return True


def _kin_in_headline(a: Analysis) -> bool:
    """The headline (sentence 0) holds a kin noun ("father", "daughter's"): it speaks of two
    people, and its pronoun need not be the lede's person's."""
    kin = resource_words("kin_nouns")
    for t in a.tokens_from(0, a.sent_first_tok[1]):
        low = regex.sub(r"['’]s?$", "", t.low)
        if low in kin or (low.endswith("s") and low[:-1] in kin):
            return True
    return False


def heading(a: Analysis, sent: int) -> bool:
    """The sentence is a line of its own without final punctuation: a headline."""
    start, end = a.sent_spans[sent]
    text = a.text
    alone = (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end] == "\n")
    return alone and text[start:end].rstrip()[-1:] not in '.!?…"”’:;,'


def main_person(a: Analysis) -> Entity | None:
    """The person the article is about: named in its first two sentences (headline,
    lede) and named more often than anyone else, at least three times."""
    counts: dict[int, int] = {}
    found: dict[int, Entity] = {}
    for m in a.mentions:
        if m.entity is not None and m.entity.is_person and not m.quoted:
            counts[id(m.entity)] = counts.get(id(m.entity), 0) + 1
            found[id(m.entity)] = m.entity
    ranked = sorted(counts, key=counts.__getitem__, reverse=True)
    if not ranked or counts[ranked[0]] < 3:
        return None
    top = found[ranked[0]]
    alone = len(ranked) == 1 or counts[ranked[1]] < counts[ranked[0]]
    early = any(m.entity is top for m in a.mentions if m.sent <= 1)
    return top if alone and early else None


def _reported_by(a: Analysis, p: Pronoun, m: Mention) -> bool:
    """``p`` stands in what ``m`` is reported to say, in ``m``'s sentence: "Novak said she
    had been strict" (a reporting verb between the name and the pronoun)."""
    if m.sent != p.tok.sent or m.start >= p.tok.start:
        return False
    verbs = reporting_verbs()
    return any(
        t.low in verbs and not t.quoted
        for t in a.tokens[m.first_tok + 1 : p.tok.idx]
        if t.start >= m.end
    )


# From a name's end: its apposition's relative clause, up to a pronoun inside it, with no
# comma closing the clause before ("…, a historian who worked with her")
_RELATIVE_AFTER_NAME = regex.compile(r",[^,;.]*?\b(?:who|whom|that)\b[^,;.]*\Z")


def _bound_away(a: Analysis, p: Pronoun, m: Mention) -> bool:
    """``p`` is an object inside the relative clause that describes ``m``'s person, or comes
    after one of its gender there in ``m``'s sentence: "Prof. Tarsk, a historian who worked
    with her for years, said her recordings…" is about another woman, whom no one may
    describe as working with herself."""
    if m.sent != p.tok.sent or p.tok.start < m.end:
        return False
    lo = bisect.bisect_left(a.pronouns, m.end, key=lambda q: q.tok.start)
    for q in a.pronouns[lo:]:
        if q.tok.start > p.tok.start:
            break
        same = q.gender == p.gender and q.tok.low in ("her", "him")
        if same and _RELATIVE_AFTER_NAME.search(a.text, m.end, q.tok.start):
            return True
    return False


def _same_gender_before(a: Analysis, p: Pronoun, m: Mention) -> bool:
    """A pronoun of ``p``'s gender stands before ``m`` in ``m``'s sentence ("His daughter,
    Helena, said he died", "She beat Gábor Halász…. Her result"), or in the sentence before
    ``p``'s without a vote for ``m``'s person ("She lost her brother. He had come from
    Ségou…. Diarra said he had called"): that pronoun's person is in play and is not
    ``m``'s, so ``p`` is no clear vote for ``m``.  Not a pronoun of the paragraph before
    that voted for someone else when ``m`` introduces its person in full at its paragraph's
    start (``_left_behind``)."""
    assert m.entity is not None
    start = a.sent_spans[m.sent][0]
    # only the pronouns from the earlier of the two sentences asked about on
    first = a.sent_spans[max(0, min(m.sent, p.tok.sent - 1))][0]
    lo = bisect.bisect_left(a.pronouns, first, key=lambda q: q.tok.start)
    for q in a.pronouns[lo:]:
        if q.tok.start >= p.tok.start:
            return False
        if q.gender != p.gender or q.tok.quoted:
            continue
        if q.tok.start in m.entity.votes and q.tok.sent == m.sent and q.tok.start < m.start:
            continue  # "In her first year, Anna Berg…": the opening phrase's pronoun is hers
        if start <= q.tok.start < m.start:
            return True
        if p.tok.sent - 1 <= q.tok.sent < m.sent and q.tok.start not in m.entity.votes:
            if q.tok.sent < a.para_first_sent[m.sent] and _left_behind(a, q, m):
                continue  # "Varov … He said so.⏎⏎One of the porters, Jonas Tamberg, said he"
            return True
    return False


def _owned_relative_before(a: Analysis, p: Pronoun) -> bool:
    """``p``, no subject, follows a relative of its gender whom a possessive owns, standing
    alone in its sentence or the one before ("…asked whether her husband could be added to
    the list. Ngassam wrote his name down and told her to bring him"): "his" and "him" may
    be the husband's, so they are no clear vote for the one named.  A subject pronoun after
    a name ("Ngassam said he") is the name's as a rule and still votes; so does a pronoun
    after a noun with an article ("Pech, as the son, … without making the son a villain.
    He loves his mother"), which may be the named person's part or role."""
    if p.tok.low in ("he", "she"):
        return False
    # the sentence before only in the pronoun's own paragraph: not a headline's
    sent = max(p.tok.sent - 1, a.para_first_sent[p.tok.sent])
    kin = resource_words("kin_nouns")
    return any(
        n.noun is not None
        and n.noun.gender == p.gender
        and n.entity is None
        and not n.quoted
        and a.tokens[n.first_tok].low in kin
        and n.first_tok > 0
        and a.tokens[n.first_tok - 1].low in _KIN_OWNERS
        for n in a.mentions_in(sent, p.tok.start)
    )


# Possessive determiners that make a relative someone's own ("her husband")
_KIN_OWNERS = frozenset({"his", "her", "their", "my", "our", "your"})


def _left_behind(a: Analysis, q: Pronoun, m: Mention) -> bool:
    """``q``, of the paragraph before ``m``'s, voted for someone else, and ``m`` names its
    person in full for the first time in the sentence that opens its paragraph: the new
    paragraph brings someone on stage, and ``q`` belongs to a person it left behind.  A
    pronoun that voted for no one may be the article's subject's, who never leaves ("Her
    notes fill 31 boxes.⏎⏎Jonas Tamberg, the museum's director, said she")."""
    assert m.entity is not None
    if a.para_first_sent[m.sent] != m.sent or len(a.text[m.start : m.end].split()) < 2:
        return False
    if not any(e is not m.entity and q.tok.start in e.votes for e in _entities(a.mentions)):
        return False
    return all(x.start >= m.start for x in a.mentions if x.entity is m.entity)


def pronoun_replacement(word: str, next_word: str | None) -> list[str]:
    """The pronoun of the other gender, keeping case; best first."""
    low = word.lower()
    if low == "her":
        # "her" is both "his" (her preference) and "him" (told her).
        before_noun = next_word is not None and (
            next_word.lower() not in function_words() or next_word.lower() == "own"
        )
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
