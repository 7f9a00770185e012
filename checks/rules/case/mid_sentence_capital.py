"""case.mid-sentence-capital: a capitalised article or pronoun in mid-sentence.

Why: machine translation capitalises the first word of a clause it translated
separately (``reported that The ferry docked``, ``expect that The
vote``).

Fix (safe when the next word is a known English word, however rare: ``that The
papyrus``, ``of The sharpest``; an unknown one may be a name styled in lower
case, so it is only flagged): lower-case it.  Only
after a lower-case function word that cannot end a sentence (``that``, ``of``,
``and``…; resources/case/no_end_words.txt), so a missing period after a name
(``Tomas Varga He arrived``) is not touched.  "A" before a plural is a letter ("A levels")
unless a plural of people's possessive describes a body of them (``led by A residents'
group``; resources/case/collective_body_nouns.txt) and no other letter labels in the
paragraph ("A and B").  Left alone: titles and names
(``visited The Hague``, ``read The New York Times``: the next word is
capitalised too), title-case lines, quotations (``said that “The…``), a
capital after a colon or at the start of a line.  A line is in title case by the part
of it that holds the word, between colons, semicolons or spaced dashes (a label,
``Heats of The relay: Lane 1: …``, is no title for the names after it), and a line
that ends as a sentence with four lower-case words or more is prose however many names
it holds.  A word with an inner capital after the article is a lower-case word
(``on The iPads``), and a content word in lower case after the capital, with none after
it, shows the words there are in sentence case in any line (``6-2 in The final;``).

After a reporting verb that needs what it reports (``said``, ``added``;
resources/case/object_reporting_verbs.txt) the capital is offered lower case, not
applied (``The mayor said The district…``: a full stop may be what went missing), and
not after a quotation in the same sentence (``“No,” he said The…``).

A subject pronoun capitalised after a name a preposition governs, before a word that
may be its verb (``by the time they get to Tarvel They do not want``, a compass adjective
between too: ``valleys in central Tarvel That are``; not "He", a Chinese
name in either order: ``a paper by Minjie He found``), is offered in
lower case: the name is an object, so the pronoun repeats no subject
(word.duplicated-subject reads ``Tomas Varga He arrived``).

The same words after a quotation closed by a comma (``“We are ready,” He said``,
``"Not yet," She added``) continue the sentence: lower-case them (safe).  Only these
articles and pronouns, never a name (``,” Smith said``) nor ``I``, and only before a
lower-case word (``,” The Times reported`` is a title).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.data import word_set
from copydesk.checks.language import function_words
from copydesk.checks.lexicon import is_known, zipf
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check
from copydesk.checks.rules.case._common import (
    clause_openers,
    ends_sentence,
    mid_sentence_capitals,
    no_end_words,
    object_reporting_verbs,
)
from copydesk.checks.rules.grammar._wordclass import (
    may_be_finite,
    plural_noun,
    verb_form,
    word_classes,
)
from copydesk.checks.rules.pronoun._people import person_nouns

TITLE_CASE_SHARE = 0.6
PROSE_WORDS = 4  # lower-case words of four letters or more: a line ending so is prose
COMPOUND_PART = 3.0  # each part of an English compound this common ("dock|worker")
_LOWER_LONG = regex.compile(r"(?<![\p{L}\p{N}'’\-])\p{Ll}{4,}")


@cache
def _pattern() -> regex.Pattern[str]:
    before = "|".join(sorted(no_end_words(), key=len, reverse=True))
    caps = "|".join(sorted(mid_sentence_capitals(), key=len, reverse=True))
    # function word, spaces (no line break), the capital word, spaces, a lower-case word.
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}'’\-])(?:{before})[^\S\n]+({caps})[^\S\n]+(\p{{Ll}}[\p{{L}}'’\-]*)\b"
    )


@cache
def _after_quote() -> regex.Pattern[str]:
    caps = "|".join(sorted(mid_sentence_capitals(), key=len, reverse=True))
    # A comma, a closing quotation mark, spaces, the capital word, spaces, a lower-case word.
    return regex.compile(
        rf"(?<=\p{{L}}|\p{{N}}|[.!?]),[”’\"'][^\S\n]+({caps})[^\S\n]+\p{{Ll}}[\p{{L}}'’\-]*\b"
    )


@cache
def _after_report() -> regex.Pattern[str]:
    verbs = "|".join(sorted(object_reporting_verbs(), key=len, reverse=True))
    caps = "|".join(sorted(mid_sentence_capitals() - {"A"}, key=len, reverse=True))
    # a reporting verb, spaces, the capital word, spaces, a lower-case word
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}'’\-])(?:{verbs})[^\S\n]+({caps})[^\S\n]+(\p{{Ll}}[\p{{L}}'’\-]*)\b"
    )


def _lower_offered(ctx: CheckContext, start: int, cap: str, where: str, confidence: float) -> Issue:
    """The capital word ``cap`` at ``start`` offered in lower case, not applied: a full stop
    may be what is missing before it."""
    return ctx.issue(
        start,
        len(cap),
        f"“{cap}” {where} should be lower case (unless a full stop is missing before it)",
        [cap.lower()],
        confidence=confidence,
        safe=False,
    )


@cache
def _clause_opener() -> regex.Pattern[str]:
    openers = "|".join(sorted(clause_openers(), key=len, reverse=True))
    # a word, spaces (no line break), the capital opener, spaces, a lower-case word
    return regex.compile(
        rf"(?<=[\p{{L}}\p{{N}}])[^\S\n]+({openers})[^\S\n]+\p{{Ll}}[\p{{L}}'’\-]*\b"
    )


def _clause_openers(text: str, ctx: CheckContext) -> Iterator[Issue]:
    """A capital word that opens a subordinate clause right after a word, before a
    lower-case one ("in the western Pacific Where about half the people fish"; not "the film
    When Harry Met Sally", a title, nor a title-case line).  Offered, not applied: a full
    stop may be what is missing before it."""
    for m in _clause_opener().finditer(text):
        cap = m.group(1)
        if _title_case_line(text, m.start(1)):
            continue
        yield _lower_offered(ctx, m.start(1), cap, "in mid-sentence", 0.7)


# "that", spaces, a capitalised word in -ing, spaces, a lower-case word
_THAT_GERUND = regex.compile(
    r"(?<![\p{L}\p{N}'’\-])that[^\S\n]+(\p{Lu}\p{Ll}+ing)[^\S\n]+\p{Ll}[\p{L}'’\-]*\b"
)


def _gerund_only(word: str) -> bool:
    """A verb's -ing form English knows as nothing else ("reducing", not "reading", a noun
    too, nor "Beijing")."""
    low = word.lower()
    return word_classes(low) == {"VERB"} and verb_form(low, ("VBG",))


def _gerunds_after_that(text: str, ctx: CheckContext) -> Iterator[Issue]:
    """A capitalised gerund after "that" before a lower-case word ("say that Reducing fares
    would help"), which the text capitalises nowhere else in mid-sentence: the clause was
    translated on its own.  Offered: a full stop may be missing."""
    for m in _THAT_GERUND.finditer(text):
        cap = m.group(1)
        if not _gerund_only(cap) or _title_case_line(text, m.start(1)):
            continue
        if len(regex.findall(rf"(?<=\p{{Ll}}[,;]?[^\S\n]+){cap}\b", text)) > 1:
            continue  # written so elsewhere after a lower-case word: a name
        yield _lower_offered(ctx, m.start(1), cap, "after “that”", 0.7)


@cache
def _pronoun_after_name() -> regex.Pattern[str]:
    """A word, perhaps "the" or a compass adjective (resources/word/compass_adjectives.txt:
    "in central Bhutan That are"), one to three capitalised words, a capitalised subject
    pronoun, a lower-case word: "… by the time they get to Fiji They do not want"."""
    compass = "|".join(sorted(word_set("word", "compass_adjectives.txt")))
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}'’\-])(\p{{L}}\p{{Ll}}*)(?:[^\S\n]+the)?(?:[^\S\n]+(?:{compass}))?"
        r"((?:[^\S\n]+\p{Lu}[\p{Ll}\p{M}'’\-]+){1,3})"
        r"[^\S\n]+(She|They|We|That|Which)[^\S\n]+(\p{Ll}[\p{L}'’\-]*)\b"
    )


_SUBJECT_PRONOUNS = frozenset({"He", "She", "They", "We", "It"})


def _pronouns_after_object_names(text: str, ctx: CheckContext) -> Iterator[Issue]:
    """A capitalised subject or relative pronoun after a name a preposition governs, before
    a word that may be its verb ("they get to Fiji They do not want", "a hall in Kigali That
    was full", "valleys in central Bhutan That are"): the name is an object, so the pronoun
    repeats no subject (word.duplicated-subject) and starts no sentence.  A capital is wrong
    there either way; offered in lower case, since a full stop may be what was lost.  Not
    "He", a Chinese surname or given name in either order ("a paper by Minjie He found",
    "talks with Liu He ended"), nor a pair the text repeats (a name), nor in a title-case
    line."""
    prepositions = word_set("word", "prepositions.txt")
    for m in _pronoun_after_name().finditer(text):
        pro, nxt = m.group(3), m.group(4)
        names = m.group(2).split()
        if m.group(1).lower() not in prepositions or not may_be_finite(nxt):
            continue
        if any(n in _SUBJECT_PRONOUNS or n.lower() in function_words() for n in names):
            continue
        if pro in ("That", "Which") and (len(names) > 1 or word_classes(names[0].lower())):
            continue  # "by Take That", "Nguyen Van That": a band's or a person's name
        if text.count(f"{names[-1]} {pro}") > 1 or _title_case_line(text, m.start(3)):
            continue
        yield _lower_offered(ctx, m.start(3), pro, "after a name in mid-sentence", 0.6)


# Where the sentence holding a position starts: a full stop and a space, or a line.
_SENTENCE_OPEN = regex.compile(r"(?:[.!?][\"'”’)]*[^\S\n]+|\n)[^.!?\n]*\Z", regex.REVERSE)
_CLOSING_QUOTE = regex.compile(r"[”\"]|’(?!\p{L})")


def _quotation_before(text: str, pos: int) -> bool:
    """A quotation closes in the sentence before ``pos`` ("“No,” he said The…"): the
    attribution may be whole, and a full stop lost after it."""
    m = _SENTENCE_OPEN.search(text, max(0, pos - 400), pos)
    start = m.start() if m is not None else max(0, pos - 400)
    return _CLOSING_QUOTE.search(text, start, pos) is not None


def _after_reporting_verb(text: str, ctx: CheckContext) -> Iterator[Issue]:
    """A capital article or pronoun right after "said", "added"…, which need what they
    report ("The mayor said The district would reopen"): the "that" was dropped, or the
    clause translated on its own.  Offered, not applied: a full stop may be what is
    missing."""
    for m in _after_report().finditer(text):
        cap = m.group(1)
        if _quotation_before(text, m.start()) or _title_case_line(text, m.start(1)):
            continue
        verb = m.group().split()[0]
        yield _lower_offered(ctx, m.start(1), cap, f"after “{verb}” in mid-sentence", 0.6)


# What parts a line into labels and clauses: a colon, a semicolon, a bar or a spaced dash.
_CLAUSE_SPLIT = regex.compile(r"[:;|]|[^\S\n][—–][^\S\n]")
# A sentence ends inside the line: a word, its full stop, and a capital ("said. Leo").
_SENTENCE_BREAK = regex.compile(r"\p{Ll}{2}[.!?][\"'”’)]*[^\S\n]+\p{Lu}")


def _title_case_line(text: str, pos: int) -> bool:
    """The line is a title in title case ("Why Lisbon Needs Varga And The Ports"): the
    part of it between colons, semicolons or spaced dashes that holds ``pos``.

    A paragraph of several sentences is prose however many names it holds
    ("…Taoiseach Micheal Martin appointed Simon Harris… has joined the board of A charity.").
    """
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)]
    if _SENTENCE_BREAK.search(line):
        return False
    if ends_sentence(line) and len(_LOWER_LONG.findall(line)) >= PROSE_WORDS:
        return False  # a sentence full of names is prose: "… financed the Nordic part of
        # The work, and the Swiss National Science Foundation the rest."
    # A label before a colon is read alone: "Results of The finals: 57 kg: Ivan Sorel
    # beat Piet Marr" is no title for all the names that follow it.
    at = pos - start
    line = _CLAUSE_SPLIT.split(line[:at])[-1] + _CLAUSE_SPLIT.split(line[at:])[0]
    words = regex.findall(r"\p{L}+", line)
    long_words = [w for w in words if len(w) > 3]
    if len(long_words) < 3:
        return False
    return sum(w[0].isupper() for w in long_words) / len(long_words) >= TITLE_CASE_SHARE


_CAPITAL_NEXT = regex.compile(r"[^\S\n]+\p{Lu}")
_POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my", "your"})
_LOWER_POSSESSIVE_NEXT = regex.compile(rf"[^\S\n]+(?:{'|'.join(sorted(_POSSESSIVES))})\b")


def _paired_possessive(text: str, end: int, cap: str) -> bool:
    """A capitalised possessive, then "and" or "or" (ending at ``end``) and a lower-case one:
    "the given name of His or her father" pairs two determiners, as no title does."""
    return cap.lower() in _POSSESSIVES and _LOWER_POSSESSIVE_NEXT.match(text, end) is not None


def _sentence_case_here(text: str, m: regex.Match[str]) -> bool:
    """The words at the capital are in sentence case whatever the line's share of capitals:
    a content word in lower case after it, and no capital after that ("Arlo Venn won 6-2
    in The final on Sunday", a short line of names); a title leaves no content word in lower
    case ("Varga In The hot Seat" is a title with a slip of its own)."""
    nxt = m.group(2)
    if nxt.lower() in function_words() or len(nxt) < 4:
        return False
    return _CAPITAL_NEXT.match(text, m.end(2)) is None


# After these, a capital "A" is a grade or a list ("the A list", "an A grade"); before
# these, a musical key ("in A minor").
_A_NOT_AFTER = frozenset({"the", "a", "an"})
_A_KEY = frozenset({"minor", "major", "flat", "sharp"})
# ... or a mode ("in A dorian"), which no article takes
_A_MODE = frozenset({"ionian", "dorian", "phrygian", "lydian", "mixolydian", "aeolian", "locrian"})
# ... or a blood group before a plural or no noun ("A negative donors"; "a negative review")
_A_BLOOD = frozenset({"negative", "positive"})


def _english(word: str) -> bool:
    """A known English word, a possessive by its noun ("The refinery's output")."""
    return is_known(regex.sub(r"['’]s\Z", "", word))


# After "A sharp" or "A flat" a key's name ends or says its mode; an adjective or a noun
# there shows the article ("in A sharp new comedy").
_KEY_GOES_ON = regex.compile(r"[^\S\n]+(?!minor\b|major\b)(\p{Ll}{3,})")
# the word after the word after "A"
# a plural's apostrophe, then the lower-case noun it describes: "residents|' group"
_PLURAL_POSSESSIVE = regex.compile(r"['’][^\S\n]+(\p{Ll}[\p{Ll}\-]+)(?![\p{L}\-'’])")


# a capital "B" or "C" standing alone in the paragraph, or an "A" before a mark: letters that
# label ("A and B", "the claimant is called A;")
_LETTER_LABEL = regex.compile(
    r"(?<![\p{L}\p{N}'’.-])(?:[BC](?![\p{L}\p{N}\-]|\.\p{L})|A(?=[;:,.)!?]))"
)


def _singular(plural: str) -> str:
    """The singular of a regular plural: "deputies" → "deputy", "witnesses" → "witness"."""
    if plural.endswith("ies"):
        return plural[:-3] + "y"
    if plural.endswith(("sses", "shes", "ches", "xes")):
        return plural[:-2]
    return plural[:-1]


def _people_body_after(text: str, end: int, plural: str) -> bool:
    """``A residents' group``: a plural of people, its apostrophe, then a singular noun of a
    body of them (resources/case/collective_body_nouns.txt)."""
    m = _PLURAL_POSSESSIVE.match(text, end)
    para_start = text.rfind("\n", 0, end) + 1
    para_end = text.find("\n", end)
    para = text[para_start : para_end if para_end >= 0 else len(text)]
    if m is None or _LETTER_LABEL.search(para):
        return False  # "A teachers' union or B teachers' union", "blocks A and B": labels
    return (
        m.group(1) in word_set("case", "collective_body_nouns.txt")
        and _singular(plural) in person_nouns()
    )


_WORD_AFTER = regex.compile(r"[^\S\n]+(\p{Ll}[\p{L}'’\-]*)")
# "to" or "through" and another capital letter: a range of letters ("from A to Z")
_LETTER_RANGE = regex.compile(r"[^\S\n]+\p{Lu}(?![\p{L}\p{N}])")


def _english_compound(word: str) -> bool:
    """``word`` joins two everyday English words of three letters or more ("dockworker")."""
    return any(
        zipf(word[:i]) >= COMPOUND_PART and zipf(word[i:]) >= COMPOUND_PART
        for i in range(3, len(word) - 2)
    )


def _article_a(text: str, m: regex.Match[str]) -> bool:
    """A capital "A" is the article slipped to a capital ("to A prison", "and A papyrus
    roll", "and A tanbur": before a word English lacks, a thing it has no name for, unless
    more such words follow, a title in another language: "A ciascuno il suo"), not a
    letter: a letter names a grade, a list or a key, after "the" or before a key's word
    (unless a content word follows that word: "in A sharp new comedy"), names a mode ("in A
    dorian") or a blood group ("A negative donors"), or opens a range of letters ("from A to
    Z", "grades A through C"), or comes before a plural ("A levels"), unless a plural of
    people's possessive describes a body of them ("led by A residents' group")."""
    before, nxt = m.group().split()[0], m.group(2)
    if before.lower() in _A_NOT_AFTER:
        return False  # "the A list"
    if plural_noun(nxt):
        # "A levels", "A roads": no article goes before a plural, but one goes before a
        # possessive of people that describes a body of them ("by A residents' group"); a
        # letter's plural takes none ("sat A levels' exams", "A students' grades")
        return _people_body_after(text, m.end(2), nxt)
    if nxt in ("to", "through") and _LETTER_RANGE.match(text, m.end(2)):
        return False
    if nxt in _A_MODE:
        return False
    if nxt in _A_BLOOD:
        after = _WORD_AFTER.match(text, m.end(2))
        return after is not None and not (after.group(1) == "blood" or plural_noun(after.group(1)))
    if not _english(nxt):
        # one word English lacks is a thing it has no name for; a run of them is another
        # language's title in sentence case ("a version of A ciascuno il suo"), and so may
        # one such word be ("closed the set with A felicidade and an encore"), unless it
        # joins two English words ("of A dockworker and a seamstress")
        after = _WORD_AFTER.match(text, m.end(2))
        if after is not None and after.group(1) in function_words() and _english_compound(nxt):
            return True
        return after is None or bool(word_classes(after.group(1)))
    if nxt not in _A_KEY:
        return True
    after = _KEY_GOES_ON.match(text, m.end(2))
    return after is not None and after.group(1) not in function_words()


@check(
    "case.mid-sentence-capital",
    Category.CASE,
    "Capitalised article or pronoun in the middle of a sentence",
    examples=(
        ("The agency reported that «The» ferry left the harbour.", "the"),
        ("Local analysts expect that «The» vote will be held in Gdansk.", "the"),
        ("This suggests that «The» budget will focus on rail projects.", "the"),
        ("Officials said that «They» would not comment.", "they"),
        "He was taken from the court to A prison outside the city.",
        ("The show won praise and «A» negative review in one week.", "a"),
        "She sings to a santur and A tanbur, the long lute.",
        "She outplayed me in A long endgame.",
        ("“We are ready,” «He» said.", "he"),
        ("The mayor said «The» district would reopen on Monday.", "the"),  # trial21
        ("Most live in the western Pacific «Where» about half the people fish.", "where"),
        ("Planners say that «Reducing» fares would fill the trains.", "reducing"),  # trial25
        ("By the time they get to Tarvel «They» do not want another plane.", "they"),
    ),
    near_misses=(
        "The minister visited The Hague on Monday.",
        "He read it in The New York Times yesterday.",
        "Officials said that The Times reported the deal first.",
        "Tomas Varga He arrived in Lisbon on Tuesday.",
        "He said that “The ferry is late.”",
        "“We are ready,” Varga said. “Ready,” I said. “Yes,” The Times wrote.",
        "The reason was simple: The ferry was late.",
        "He said that\nThe ferry was late.",
        "Why Lisbon Needs Varga And The Ports Of The South",
        "He played in A minor and the band liked it.",
        "She starred in It and in other horror films.",
        "He made the A list and scored an A grade at school.",
        "Plan A was dropped, and she chose option A because of cost.",
        "The guide runs from A to Z, and pupils earn grades of A through C.",
        "The piece is in A dorian, and the bank wants more donors of A negative blood.",
        "The troupe will stage a version of A ciascuno il suo, the novel, in May.",
        # a quotation before the verb: the full stop after it may be what is missing
        "“We will stay,” the mayor said The district is safe.",
        "The mayor said The Hague would help.",
        "They watched When Harry Met Sally twice, and Doctor Who is next.",
        "Fans said that Reading played well, and that Beijing lost.",
    ),
)
def mid_sentence_capital(text: str, ctx: CheckContext) -> Iterator[Issue]:
    yield from _after_reporting_verb(text, ctx)
    yield from _clause_openers(text, ctx)
    yield from _gerunds_after_that(text, ctx)
    yield from _pronouns_after_object_names(text, ctx)
    for m in _after_quote().finditer(text):
        cap = m.group(1)
        yield ctx.issue(
            m.start(1),
            len(cap),
            f"“{cap}” after a quotation closed by a comma should be lower case",
            [cap.lower()],
            confidence=0.9,
            safe=True,
        )
    for m in _pattern().finditer(text):
        cap, nxt = m.group(1), m.group(2)
        if m.group().split()[0].lower() == cap.lower():
            continue  # "the The": a doubled word, the repetition checks' business
        if nxt in {"and", "or", "nor"} and not _paired_possessive(text, m.end(2), cap):
            continue  # a title standing alone: "starred in It and…"
        if _title_case_line(text, m.start(1)) and not _sentence_case_here(text, m):
            continue
        if cap == "A" and not _article_a(text, m):
            continue
        # A capital article before a lower-case word is wrong whatever the word; the
        # word only has to be English (not a name styled in lower case) for the fix to
        # be sure, and how common it is says nothing more.
        safe = _english(nxt)
        yield ctx.issue(
            m.start(1),
            len(cap),
            f"“{cap}” in mid-sentence should be lower case",
            [cap.lower()],
            confidence=0.9 if safe else 0.7,
            safe=safe,
        )
