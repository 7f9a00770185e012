"""repeat.word: the same word written twice in a row (``the the``).

Why: doubled words come from editing slips and from text extraction that joins
the end of one line to a copy of it; readers stumble on them and spell checkers
do not see them.

Example: ``the mayor of the the city`` -> ``the leader of the North``.
Fix: drop the second copy.  Safe for function words and ordinary lower-case
words; grammatical doubles (``had had``, ``that that``) and reduplications
(``bye bye``, ``Walla Walla``) are listed in
``resources/repetition/legit_doubles.txt`` and never flagged; doubles that are
sometimes meant (``is is``, ``very very``) are flagged but not auto-fixed, unless
nothing around them could make them right: ``is is`` and ``was was`` with no word before
them in the clause that opens a clause-subject (``what``, ``all``, ``the way``: "What it
was was a mistake"), no subject pronoun right before them ("The man I was was proud")
and no clause after them (speech's "The problem is is that"), and ``more more`` outside
quotations and before no third ``more`` ("said more more than half") are fixed.
Doubles across a blank line (a new paragraph) or between capitalised names are
left alone.
Ordinary covers inflections of everyday words ("droughts droughts" is fixed).  A modal
written twice before a bare verb ("can can say", "may may not come") is one auxiliary
doubled, whatever the lists say ("can can" is otherwise the dance); after a determiner or
"who" the first copy is a noun or elliptical ("a can can hold", "those who can can help")
and nothing is flagged, unless that "who" opens a clause and asks ("old, who will will
pay?").  Scientific names repeat words: a capitalised word followed by
its lower-case copy mid-sentence ("Rattus rattus") is left alone; a subspecies that repeats
its epithet ("Canis lupus lupus", "Gorilla gorilla gorilla"; botany writes "subsp.") is
flagged but never fixed, as is such a pair at a sentence start.
A reduplication of legit_doubles.txt that is a bare verb ("go go") is one verb written
twice where a bare verb must stand, after a modal, "not", "to", "did" or a subject whose
present is the bare form ("could not go go further", "which church you go go to"), unless
a third copy makes it a chant ("to go go go"); after "to" or a "not" no modal opens, a noun
may stand too ("money to go go bands"): asked, never removed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.lexicon import is_common, zipf
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check
from copydesk.checks.rules.grammar._wordclass import base_verb, lemmas, plural_noun, word_classes
from copydesk.checks.rules.repetition._data import function_words, word_list
from copydesk.checks.rules.word._shared import distinct_index
from copydesk.checks.rules.word._shared import word_list as word_list_of
from copydesk.checks.tokens import Span, word_spans


def _same_line_gap(gap: str, second: str) -> bool:
    """Only white space between the two words, and at most one line break.

    Across a line break the second word must be lower-case: a wrapped line
    continues a sentence, while a capital after a break starts a heading or a
    new paragraph that merely begins with the same word.
    """
    if gap.strip():
        return False
    breaks = gap.count("\n")
    return breaks == 0 or (breaks == 1 and second[:1].islower())


_CLOSING = "\"”’'»"
_QUOTED = "\"“‘'«"


def _deliberate(text: str, prev: Span, cur: Span, ctx: CheckContext) -> bool:
    """A content word doubled on purpose: a chant or a slogan ("“allez allez”").

    Evidence, either: the pair alone stands in quotation marks; or the batch writes the
    same pair again (a slip is rarely repeated).  Common reduplications ("bye bye",
    "zoom zoom") are listed in legit_doubles.txt.
    """
    before = text[prev.start - 1 : prev.start] if prev.start > 0 else ""
    after = text[cur.end : cur.end + 1]
    if before in _QUOTED and after in _CLOSING:
        return True
    return batch_pairs(ctx)[text[prev.start : cur.end].lower()] > 1


_MODALS = frozenset({"can", "could", "will", "would", "shall", "should", "may", "might", "must"})
# Before the first copy, a word that makes it a noun ("a can can hold", "the will will be
# read") or an elliptical verb ("those who can can help"): then the two are no double.
_NOUN_OR_ELLIPSIS = frozenset({"who", "whom", "whoever"})
_NEXT_WORD = regex.compile(r"[^\S\n]+(\p{Ll}+)")
# Modals that are nouns too ("a can", "his will", "a must", "their might").
_NOUN_MODALS = frozenset({"can", "will", "must", "might"})
# "which" and "that" before a modal are far more often relative pronouns ("which would
# would allow") than determiners.
_RELATIVES = frozenset({"which", "that"})


def _noun_determiners() -> frozenset[str]:
    return word_list_of("determiners.txt") - _RELATIVES


def _modal_reading(text: str, spans: tuple[Span, ...], i: int) -> str:
    """How a modal written twice (``spans[i - 1]`` and ``spans[i]``) reads.

    "noun": the first copy is a noun after a determiner ("a can can hold", "his will will
    be read") or elliptical after "who" ("those who can can help");
    "verb": the two are one auxiliary doubled, a bare verb follows, perhaps after "not" or
    an adverb ("Nobody can can say", "may may not come"), which no reading makes right;
    "other": anything else ("danced can can all night": a dance written as two words).
    """
    earlier = spans[i - 2].text.lower() if i >= 2 else ""
    word = spans[i].text.lower()
    # "those who can can help" is elliptical; a "who" opening a clause asks ("When he is
    # old, who will will pay?"): nobody stands before it for the modal to be said of.
    asking = earlier in _NOUN_OR_ELLIPSIS and _opens_clause(text, spans[i - 2].start)
    if (earlier in _NOUN_OR_ELLIPSIS and not asking) or (
        word in _NOUN_MODALS and earlier in _noun_determiners()
    ):
        return "noun"
    at = spans[i].end
    for _ in range(2):  # the verb, or "not" or an adverb and then the verb
        m = _NEXT_WORD.match(text, at)
        if m is None:
            return "other"
        word = m.group(1)
        if base_verb(word):
            return "verb"
        if word != "not" and word_classes(word) != {"ADV"}:
            return "other"
        at = m.end()
    return "other"


# Words after which a verb stands in its bare form: "could not go", "to go", "will go".
_BEFORE_BARE_VERB = _MODALS | {"not", "to", "did", "didn't", "didn’t", "cannot", "never"}
# ... and the subjects whose present is the bare form ("which church you go go to"), not
# before a modal, whose copy may be the verb it governs ("we can can forty jars")
_BARE_PRESENT_SUBJECTS = frozenset({"i", "you", "we", "they"})
# "to" and "not" also stand before a noun ("money to go go bands", "not go go but funk"):
# after them the doubled verb is asked about, never removed.
_BEFORE_NOUN_TOO = frozenset({"to", "not"})


def _bare_verb_doubled(text: str, spans: tuple[Span, ...], i: int) -> bool:
    """A reduplication's word that is a bare verb, doubled where a bare verb must stand
    ("would not go go back", "to go go home"): one verb written twice.  A chant has a
    third copy ("go go go") or no such word before it ("Go go Gadget")."""
    if i < 2:
        return False
    before = spans[i - 2].text.lower()
    subject = before in _BARE_PRESENT_SUBJECTS and spans[i].text.lower() not in _MODALS
    if before not in _BEFORE_BARE_VERB and not subject:
        return False
    if not text[spans[i - 2].end : spans[i - 1].start].isspace():
        return False  # "to, go go": a break between them
    nxt = _NEXT_WORD.match(text, spans[i].end)
    third = nxt is not None and nxt.group(1) == spans[i].text.lower()
    return not third and base_verb(spans[i].text)


def _noun_possible(spans: tuple[Span, ...], i: int) -> bool:
    """The doubled verb stands after "to", or after a "not" no modal or "did" opens
    ("not go go but funk"), where a noun may stand too: "would not go go" is a verb."""
    before = spans[i - 2].text.lower()
    if before not in _BEFORE_NOUN_TOO:
        return False
    return before == "to" or i < 3 or spans[i - 3].text.lower() not in _BEFORE_BARE_VERB


def _ordinary(word: str) -> bool:
    """A lower-case everyday word, or an inflection of one: "droughts" is rarer than
    the frequency list's everyday bar, but its dictionary form "drought" is not."""
    if not word.islower():
        return False
    return is_common(word) or any(is_common(base) for base in lemmas(word) if base != word)


_SENTENCE_END = regex.compile(r"(?:\A|[.!?:]|\n)[\s\"“‘'(\[]*\Z")


def _tautonym(text: str, prev: Span, cur: Span) -> str:
    """A capitalised word, then the same word in lower case: the shape of a scientific
    name that repeats its genus ("Rattus rattus", "Gorilla gorilla").

    "name" mid-sentence (a slip would repeat the word as written); "start" at a sentence
    start, where "Prices prices rose" may be a slip too; "" for any other pair.
    """
    first = prev.text
    if not (first[:1].isupper() and first[1:].islower() and cur.text.islower()):
        return ""
    at_start = _SENTENCE_END.search(text, max(0, prev.start - 20), prev.start)
    return "start" if at_start else "name"


# Words as frequent as "area" or "data" (Zipf 5 and more) are no species epithets.
_EVERYDAY = 4.5
_GENUS = regex.compile(r"\p{Lu}\p{Ll}+")
# Endings of Latin species epithets ("lupus", "sativus", "leo", "arctos", "tigris").
_LATIN_EPITHET = regex.compile(r"\p{Ll}+(?:us|um|a|ae|i|is|es|os|o|ens|ans|or|ix|ex)")


def _trinomial(text: str, spans: tuple[Span, ...], i: int) -> bool:
    """``Canis lupus lupus``, ``Gorilla gorilla gorilla``: a subspecies that repeats its
    species' epithet, as zoological names do; botany writes "Crocus sativus subsp. sativus",
    but an article need not say which it names.

    Right before the pair, one space apart, stands the same word capitalised (a genus that
    repeats too), or a capitalised word that is no everyday English word before an epithet
    of Latin shape that is no English plural ("Oaxaca's municipalities" is neither).
    """
    if i < 2 or not spans[i].text.islower():
        return False
    genus, word = spans[i - 2], spans[i].text
    if not _GENUS.fullmatch(genus.text) or text[genus.end : spans[i - 1].start] != " ":
        return False
    if genus.text.lower() == word:
        return True
    latin = bool(_LATIN_EPITHET.fullmatch(word)) and zipf(word) < _EVERYDAY
    return latin and not plural_noun(word) and not is_common(genus.text)


def _taxon(text: str, spans: tuple[Span, ...], i: int) -> str:
    """Whether the pair ending at ``spans[i]`` may be part of a scientific name: "name"
    (leave it alone), "maybe" (flag it, never fix it) or ""."""
    kind = _tautonym(text, spans[i - 1], spans[i])
    if kind == "start":
        return "maybe"
    return kind or ("maybe" if _trinomial(text, spans, i) else "")


_DOUBLE = regex.compile(r"\b(\p{L}+)[^\S\n]+\1\b", regex.IGNORECASE)

# How often each doubled word ("zoom zoom") occurs in the batch's distinct documents.
DOUBLED_PAIRS = distinct_index(
    "repeat.word-pairs", lambda text: Counter(m.group().lower() for m in _DOUBLE.finditer(text))
)


def batch_pairs(ctx: CheckContext) -> Counter[str]:
    """How often each doubled word ("zoom zoom") occurs in the whole batch."""
    return ctx.index(DOUBLED_PAIRS)


# Words that open a clause a pseudo-cleft or a free relative makes the subject of "is" or
# "was" ("What it is is a problem", "All he was was a clerk", "The way it was was better").
_CLEFT_OPENERS = frozenset(
    {"what", "whatever", "who", "whoever", "whom", "where", "wherever", "why", "how"}
    | {"however", "which", "whichever", "all", "way", "thing", "things", "reason"}
    | {"everything", "anything", "something", "nothing", "much", "little"}
    | {"problem", "question", "point", "issue", "trouble", "truth", "fact", "idea"}
    # "When the election is is a matter for", "The kind of leader he is is clear"
    | {"when", "whenever", "whether", "if", "whose", "kind", "sort", "type"}
)
_SUBJECT_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they"})
# After a doubled copula, a clause: the double copula of speech ("The thing is is that").
_CLAUSE_AFTER_COPULA = frozenset({"that", "whether", "if"})
_CLAUSE_START = regex.compile(r"[.!?;:,()\n\"“”—–]")
_QUOTE_MARKS = regex.compile(r"[\"“”]")


def _never_meant(text: str, prev: Span, cur: Span) -> bool:
    """A double of the review list that no reading makes right where it stands.

    "is is" and "was was" are right only as the verb of a clause that is itself a subject
    ("What it is is a problem", "All he was was a clerk"): with no word in the clause
    before them that opens such a clause and no subject pronoun right before them (which
    may close a relative clause: "The man I was was proud"), one copy is a slip ("no one
    was was under it", "the main measure was was to drain").  "more more" is no English
    outside speech ("said more more than half"); before a third "more" or in a quotation
    it may be a chant.  Speech doubles a copula before a clause ("The problem is is that", "The
    thing was was whether"): that stays a question, quoted or not.
    """
    word = cur.text.lower()
    paragraph = text[text.rfind("\n", 0, prev.start) + 1 : prev.start]
    after = _NEXT_WORD.match(text, cur.end)
    following = after.group(1) if after else ""
    if word in ("is", "was"):
        if following in _CLAUSE_AFTER_COPULA:
            return False  # speech's double copula: "The problem was was that …"
        before = paragraph[-200:]
        cut = max((m.end() for m in _CLAUSE_START.finditer(before)), default=0)
        words = regex.findall(r"\p{L}+", before[cut:])
        clause = [w.lower() for w in words]
        # "The man I was was proud", "The leader Assad was was": a pronoun or a name before
        # the pair may close a relative clause that is the subject ("the man [that] I was")
        name_before = len(words) > 1 and words[-1][0].isupper()
        if clause and (clause[-1] in _SUBJECT_PRONOUNS or name_before):
            return False
        if clause in (["who"], ["which"]) and before[cut - 1 : cut] == ",":
            return True  # "Oller, who was was born": a relative clause's own verb, doubled
        return not _CLEFT_OPENERS.intersection(clause)
    if word == "more":
        quoted = len(_QUOTE_MARKS.findall(paragraph)) % 2 == 1
        return not quoted and following != "more"
    return False


def _name_copy(text: str, prev: Span, cur: Span) -> bool:
    """A copy is capitalised inside a sentence: a name beside the word (``Theresa May may
    resign``, ``Will Will Smith return``), not one word written twice."""
    if prev.text[:1].isupper() and cur.text[:1].islower():
        return not _opens_sentence(text, prev.start)  # "Theresa May may"
    after = text[cur.end : cur.end + 2]
    # "Will Will Smith": the second copy opens a run of names ("The The ferry" does not)
    return cur.text[:1].isupper() and after[:1] == " " and after[1:].isupper()


def _opens_clause(text: str, start: int) -> bool:
    """The word at ``start`` opens a sentence or follows a comma, semicolon or colon."""
    before = text[max(0, start - 40) : start].rstrip(" \t\"“‘'([—–-")
    return _opens_sentence(text, start) or before[-1:] in (",", ";")


def _interjection_out_of_place(text: str, prev: Span, cur: Span) -> bool:
    """``now now``, ``there there``: an interjection doubled in the middle of a clause.

    As interjections they open a clause or stand before a comma ("Now now, calm down",
    "There there."); between a subject and its verb ("whatever falls now now will") the
    second copy is a slip: asked, never removed.
    """
    if cur.text.lower() not in word_list("interjection_doubles"):
        return False
    after = text[cur.end : cur.end + 1]
    return not _opens_clause(text, prev.start) and not (after and after in ",.!?;:…")


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 40) : start].rstrip(" \t\"“‘'([—–-")
    return (not before and start < 40) or before[-1:] in (".", "!", "?", ":", "\n")


@check(
    "repeat.word",
    Category.REPETITION,
    "A word written twice in a row",
    scope="batch",  # a doubled word the batch writes again is deliberate
    batch_indexes=(DOUBLED_PAIRS,),
    examples=(
        ("The vote marks «the the» first change in years.", "the"),
        ("Officials said that «the the» hearing was closed.", "the"),
        ("She was greeted «by by» the mayor.", "by"),
        ("The climbers could not «go go» further.", "go"),  # a bare verb doubled (small8)
        ("«The The» ferry left the harbour.", "The"),
        ("The ferry sails in the direction «of\nof» the island.", "of"),
        ("What it «is is» a problem.", "is"),
        ("Nobody «can can» say we did not warn them.", "can"),
        ("Summer «droughts droughts» are more frequent.", "droughts"),
        ("Whatever rain falls «now now» will run off the hills.", "now"),
    ),
    near_misses=(
        "He had had enough of the talks.",
        "Fans want to go go go as the team runs out.",  # a chant
        "She danced a go go routine.",
        "She said that that was the plan.",
        "They took a day trip to Walla Walla.",
        "The talks ended.\n\nThe talks resumed on Monday.",
        "Sirhan Sirhan was convicted in 1969.",
        "Theresa May may resign next week.",
        "Will Will Smith return to the stage?",
        "The the-word debate.",
        "He went to Baden Baden in the spring.",
        "Mazda's slogan was zoom zoom, and the crowd chanted it.",
        "Fans chanted “allez allez” as the team arrived.",
        "A can can hold a litre, and the will will be read today.",
        "Those who can can help; the dancers danced can can all night.",
        "The black rat (Rattus rattus) carries the disease.",
        "“Now now, there is no need to shout,” she said.",
        "He patted the boy's arm and said, “There there.”",
    ),
)
def repeated_word(text: str, ctx: CheckContext) -> Iterator[Issue]:
    legit = word_list("legit_doubles")
    review = word_list("review_doubles")
    closed = function_words()
    prev = None
    spans = word_spans(text)
    for i, cur in enumerate(spans):
        if prev is not None and prev.text.lower() == cur.text.lower():
            word = cur.text.lower()
            reading = _modal_reading(text, spans, i) if word in _MODALS else ""
            if word in legit and _bare_verb_doubled(text, spans, i):
                reading = "verb"
            elif word in legit and _interjection_out_of_place(text, prev, cur):
                reading = "slip"
            taxon = "" if word in closed else _taxon(text, spans, i)
            if reading == "noun" or taxon == "name":
                prev = cur
                continue
            gap = text[prev.end : cur.start]
            capital_name = (cur.text[:1].isupper() and word not in closed) or _name_copy(
                text, prev, cur
            )
            acronym = len(cur.text) > 1 and cur.text.isupper()
            joined = text[cur.end : cur.end + 1] in "-'’" and cur.end < len(text)
            if word not in closed and _deliberate(text, prev, cur, ctx):
                prev = cur
                continue
            if (
                (word not in legit or reading in ("verb", "slip"))
                and _same_line_gap(gap, cur.text)
                and not capital_name
                and not acronym
                and not joined
            ):
                ordinary = word in closed or (_ordinary(word) and not taxon)
                reviewed = reading == "slip" or (
                    word in review and not _never_meant(text, prev, cur)
                )
                safe = (
                    ordinary
                    and not reviewed
                    and not (reading == "verb" and _noun_possible(spans, i))
                    and "\n" not in gap
                )
                confidence = 0.95 if safe else (0.5 if reviewed else 0.7)
                note = "" if safe else " (check whether it was meant)"
                if taxon:
                    note = " (check it: a scientific name may repeat a word)"
                yield ctx.issue(
                    prev.start,
                    cur.end - prev.start,
                    f"“{cur.text}” is written twice in a row{note}",
                    [prev.text],
                    confidence=confidence,
                    safe=safe,
                )
                # "the the the": one issue per run is enough, the next pair starts fresh.
                prev = None
                continue
        prev = cur
