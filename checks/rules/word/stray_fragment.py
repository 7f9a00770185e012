"""word.stray-fragment: a few stray capitals fused to the front of a word.

Why: when a scraper flattens a page, the tail of a heading, a drop cap or a
menu label ("TO", "TOP", "AD") ends up glued to the next paragraph's first word.

Example: ``ADon the northern pier of the harbour`` -> ``On the northern pier``.

A token counts when it is 2-4 capitals followed by lower-case letters, the
capitals stripped leave a common word, and the token as a whole is far rarer
than that word.  At a sentence start the last capital may belong to the word
("ABThe" -> "The"); mid-sentence that shape is left alone, as it is the shape
of brands ("GNTimes"), as is a letter or two before a capitalised word about as common as the
lower-case word a stray reading leaves, or commoner ("GCash", "XBox", "PCloud": "G|Cash",
not "GC|ash"; mid-sentence "ADon" still reads "on").  Acronyms in their own forms ("NATO",
"CEOs", "DJing", "NGOers"), mixed-case names ("iPhone", "McDonald",
"UAE's") and known brands ("JPMorgan", "USAid", "SQLite") do not fire.

A single lower-case letter counts only for a two-letter function word
("OBDIn" -> "In"); a rare word counts when the batch uses it on its own.

"A" and "I" are words: ``Acrowd`` and ``Iwatched`` lost a space and are offered as
"A crowd" and "I watched" first, never dropped unseen; so is an acronym the batch uses
on its own before a noun (``USofficials``: "US officials").  One capital before a
long dictionary word counts even when a name follows (``Wfederal Health Minister``,
``Tfisheries Minister``), and so do a feature noun that opens a place's name
(``Rlake Pamvotis`` -> ``Lake Pamvotis``) and a determiner of quantity before an adjective
and its noun, when the token is no given name (``Bmany Macanese families`` -> ``Many``;
"Amany Khalil" stays), and before a comma or a hyphen (``Hprotesters, many``,
``Dbig-wave surfing``), or a colon ending a heading line (``Hresults:``), or a title's
full stop before a name (``Zdr. Ana Ruiz`` -> ``Dr.``).  Before a surname, an everyday
given name written in lower case after the capital counts too
(``Cjames Nez is a physician`` -> ``James Nez``): a name of that shape with a letter
dropped is no given name (``Kwame``, ``Kfar``); an everyday adjective of four letters or more
before a capitalised word, a name's lower-cased first word, is offered (``Tdark Horse``). A
plural possessive counts as a singular one does (``Tfarmers’ union``).

Fix: drop the stray capitals (and capitalise the word at a sentence start);
safe at a sentence start, where the artifact comes from a layout break, unless
both readings are words of like frequency ("XS|he" / "X|She": offered only).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.data import word_set
from copydesk.checks.language import fold, function_words, title_abbreviations
from copydesk.checks.lexicon import zipf
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check
from copydesk.checks.rules.grammar._wordclass import finite_verb, plural_noun, word_classes
from copydesk.checks.rules.pronoun._people import first_names
from copydesk.checks.rules.word._shared import (
    BATCH_COUNTS,
    batch_counts,
    in_link,
    starts_sentence,
    word_list,
)

WORD = 2.5  # the word left after stripping must be at least this common
UNSEEN = 1.5  # a token rarer than this is no known form
GAP = 3.0  # or the word is this much (10^3 times) more common than the token
SAFE_WORD = 4.0
# A dictionary word (one with a word class) is safe from this: "shipments" 3.6, "intact" 4.0;
# a form with no word class that rare may be a name's tail.
SAFE_DICTIONARY_WORD = 3.0
FUNCTION = 6.0  # "The", "In": a kept capital word this common is no brand name

# Whole tokens only (not the tail of "McDONALDs"); an apostrophe or hyphen may follow.
_SHAPE = regex.compile(r"(?<![\p{L}\p{M}\p{N}])(\p{Lu}{2,4})(\p{Ll}+)(?![\p{L}\p{M}\p{N}])")
# One capital fused to a lower-case word at the start of a paragraph ("Kthe board", "Pmany"),
# also before a comma or a hyphen ("Hprotesters, many", "Dbig-wave surfing") and with a
# possessive, singular or plural ("Vchildren's choir", "Kfarmers' union"); before a hyphen and
# a figure ("Yunder-16 boys"), and alone on its line, a heading's one word ("Jresults").
_LINE_START = regex.compile(
    r"(?m)^[^\S\n]*[\"“‘']?(\p{Lu})(\p{Ll}{2,})"
    r"(?=(?:['’]s|(?<=s)['’])?(?:[,;:]?[^\S\n]+(\p{Lu})?|-[\p{Ll}\p{N}]|:?[^\S\n]*$)"
    r"|\.[^\S\n]+\p{Lu})"
)
# After the word, a capitalised word and another: a title and a name ("Minister Chen").
_TITLED_NAME = regex.compile(r"[^\S\n]+\p{Lu}[\p{L}'’-]*[^\S\n]+\p{Lu}")
ONE_CAP_WHOLE = 1.0  # "Kthe" 0.0; rare names ("Tlaib" 1.7, "Swales" 2.2) are attested
ONE_CAP_WORD = 3.5  # the word left must be an everyday one
ONE_CAP_DICTIONARY = 3.0  # or a dictionary word ("ferries" 3.2)
# Before a capitalised word, the word left must be a long dictionary word ("Wfederal Health",
# "Tfisheries Minister"): a given name before a surname is no such word ("Kwame", "Kfar Saba").
BEFORE_NAME_WORD = 3.5
BEFORE_NAME_LENGTH = 5
# ... or, offered only, a shorter everyday adjective ("Zblue Wave": "blue" 5.1; not "Kfar")
SHORT_BEFORE_NAME = 4
EVERYDAY = 4.5


@check(
    "word.stray-fragment",
    Category.WORD,
    "Stray capitals fused to the start of a word ('ADon the pier')",
    scope="batch",  # a rare word counts when the batch uses it on its own
    batch_indexes=(BATCH_COUNTS,),
    examples=(
        ("«ADon» the northern pier, the crew unloaded the ferry.", "On"),
        ("The talks ended late.\n«ABThe» delegation left at dawn.", "The"),
        ("«XQLondon» was calm in the afternoon.", "London"),
        ("The talks ended.\n«OBDIn» Britain, the reaction was muted.", "In"),
        "The talks ended.\n\nKthe board met again on Monday.",
        "The talks ended.\n\nPmany residents left the town.",
    ),
    near_misses=(
        "NATO and UNESCO sent observers to the UAE's capital.",
        "Three CEOs and two DJs were at the iPhone launch at McDonald's.",
        "JPMorgan and USAid said the SQLite bug was fixed; DJing is a job.",
        "© Copyright GNTimes 2025. All rights reserved.",
        "The plant produces 40 MWh a day and the link runs at 10 MBps.",
        "The NGOers of the city met the MPs.",
        "Two MAs and three PhDs; the chip runs at 3 GHz.",
        "The talks ended.\n\nTlaib said the vote was close.\n\nSwales voted against.",
        "The talks ended.\n\nKnow your rights, the leaflet says.",
    ),
)
def stray_fragment(text: str, ctx: CheckContext) -> Iterator[Issue]:
    yield from _one_capital(text, ctx)
    suffixes = word_list("acronym_suffixes.txt")
    for m in _SHAPE.finditer(text):
        caps, tail = m.groups()
        if tail in suffixes:
            continue
        # One lower-case letter: only a short function word with its capital ("OBDIn",
        # "JNTWe"); "MHz", "kWh" and the like stay, being far less common.
        short = len(tail) == 1
        token = m.group()
        whole = zipf(token)
        if in_link(text, m.start(), m.end()):
            continue
        at_start = starts_sentence(text, m.start())
        # Every capital stray ("TO|on"), or, at a sentence start only, all but the
        # last ("AB|The"); mid-sentence that shape is a brand ("GNTimes", "JPMorgan").
        options = [] if short else [(caps, tail)]
        if not at_start and zipf(caps[-1] + tail) > zipf(tail) - 1.0:
            # "GCash", "XBox", "PCloud": a letter or two before a capitalised word is a
            # brand's shape; the lower-case word a stray reading leaves ("ash", "loud") is
            # an accident unless it is far commoner ("ADon" mid-sentence: "on").
            continue
        if at_start:
            options.append((caps[:-1], caps[-1] + tail))
        if not options:
            continue
        # When both readings give a word of like frequency ("XS|he" or "X|She",
        # "XG|old" or "X|Gold") the commoner one is offered, never applied unseen.
        valid = [o for o in options if zipf(o[1]) >= WORD]
        ambiguous = len(valid) > 1 and abs(zipf(valid[0][1]) - zipf(valid[1][1])) < 1.0
        if ambiguous and tail == "an" and _article_fits(text, m.end()):
            # "KCan ethnomusicologist who": "An" before a word with a vowel, no "Can"
            # question's subject
            ambiguous, options = False, [(caps, tail)]
        garbage, word = max(options, key=lambda o: zipf(o[1]))
        word_zipf = zipf(word)
        if short and word_zipf < FUNCTION:
            continue
        # A rare word counts when the batch uses it on its own ("UWHIshiba" / "Ishiba").
        attested = batch_counts(ctx)[word[:1].upper() + word[1:]] > 0
        if word_zipf < WORD and not attested:
            continue
        if not (whole < UNSEEN or word_zipf - whole >= GAP):
            continue
        fixed = word[:1].upper() + word[1:] if at_start else word
        kept_capital = word[:1].isupper()
        # An acronym the batch uses on its own, before a content word, lost a space
        # ("USofficials": "US officials"); it is no debris to drop unseen.
        acronym = (
            not kept_capital
            and word_zipf < FUNCTION
            and bool(word_classes(word))  # a noun or adjective, not a lower-cased name
            and batch_counts(ctx)[garbage] > 0
        )
        safe = (
            at_start
            and not ambiguous
            and not acronym
            and word_zipf >= (FUNCTION if kept_capital else _safe_zipf(word))
        )
        yield ctx.issue(
            m.start(),
            len(token),
            f"'{garbage}' looks like a stray fragment fused to '{word}'",
            [f"{garbage} {word}", fixed] if acronym else [fixed],
            confidence=0.9 if safe else (0.6 if kept_capital else 0.7),
            safe=safe,
        )


_NEXT_TWO = regex.compile(r"[^\S\n]+(\p{Ll}+)\b(?:[^\S\n]+(\p{Ll}+)\b)?")
# Words of a question asked or reported, anywhere in the paragraph: "Can …, analysts asked"
_ASKING_WORDS = regex.compile(r"\?|\b(?:asked|asks|wondered|wonders|question|whether)\b")


def _article_fits(text: str, end: int) -> bool:
    """After "an" at ``end``, a singular noun or an adjective opening on a vowel (or a rare
    word, which is one), no plural after it, in a paragraph that asks nothing: "An
    ethnomusicologist who", not "Can anyone say", "Can exporters survive?", "Can oil
    prices fall further, analysts asked"."""
    m = _NEXT_TWO.match(text, end)
    line_end = text.find("\n", end)
    if m is None or _ASKING_WORDS.search(text, end, len(text) if line_end < 0 else line_end):
        return False
    word, after = m.group(1), m.group(2) or ""
    if word[0] not in "aeiou" or word in function_words() or word.endswith(_PRONOUN_ENDS):
        return False
    if plural_noun(word) or plural_noun(after):
        return False
    classes = word_classes(word)
    # a rare word ("ethnomusicologist") has no class, and is a noun or an adjective
    return not classes or (bool({"NOUN", "ADJ"} & classes) and "ADV" not in classes)


_PRONOUN_ENDS = ("one", "body", "thing")


# Determiners of quantity, which open no name: "Bmany Macanese families"
_QUANTIFIERS = frozenset(
    {"many", "both", "each", "every", "some", "most", "all", "such", "few", "several"}
)
# After the word: a capitalised word (group 1), then a lower-case one (group 2): "Macanese
# families"
_CAPITAL_THEN_LOWER = regex.compile(
    r"[^\S\n]+(\p{Lu}[\p{L}\p{M}'’\-]*)[^\S\n]+(\p{Ll}[\p{L}\p{M}'’\-]*)"
)


def _quantifier_before_noun(text: str, m: regex.Match[str], token: str) -> bool:
    """``Bmany Macanese families``: a determiner of quantity after the stray capital, before
    an adjective of a people or a place (resources/case/demonyms.txt, or a word no dictionary
    knows in -ese, -an, -ish or -i) and a lower-case word that is no verb or small word,
    the noun it counts; the token is no given name the lists know ("Amany Khalil"), and a
    capital that is no such adjective may be a name's second word ("Oboth Markson said",
    "Severy City Council", "Osuch Transport drivers")."""
    low = fold(token).lower()
    if m.group(2) not in _QUANTIFIERS or low in first_names():
        return False
    if low in word_set("word", "given_names_any.txt"):
        return False
    after = _CAPITAL_THEN_LOWER.match(text, m.end(2))
    if after is None or after.group(2) in function_words():
        return False
    noun = after.group(2)
    if finite_verb(noun) and not plural_noun(noun):
        return False  # "Omany Kasparian said": a name before its verb
    adjective = after.group(1)
    if adjective in word_set("case", "demonyms.txt"):
        return True
    # one no list holds, shaped as a people's adjective ("Macanese", "Varskan")
    return adjective.endswith(_PEOPLE_SUFFIXES) and not word_classes(adjective.lower())


_PEOPLE_SUFFIXES = ("ese", "an", "ish", "i")


def _lost_space(cap: str, tail: str) -> bool:
    """``Acrowd``, ``Iwould``: the article "A" before a singular noun or an adjective, or
    the pronoun "I" before a verb, run together; not a stray capital."""
    classes = word_classes(tail)
    if cap == "A":
        # "Aferries", "Ashipments": a plural takes no "A" ("ferries" from "ferry")
        stems = (
            [tail[:-1]]
            + [tail[:-2]] * tail.endswith("es")
            + [tail[:-3] + "y"] * tail.endswith("ies")
        )
        plural = (
            tail.endswith("s") and not tail.endswith("ss") and any(zipf(s) >= WORD for s in stems)
        )
        return bool({"NOUN", "ADJ"} & classes) and not plural and tail not in function_words()
    return (
        cap == "I"
        and bool({"VERB", "AUX"} & classes)
        and "NOUN" not in classes
        and not _present_participle(tail)
    )


def _present_participle(word: str) -> bool:
    """``according``, ``making``: an -ing form of a verb English knows, which never follows
    the pronoun "I" ("Iaccording to…" lost a stray capital, not a space); "bring" is none."""
    if not word.endswith("ing"):
        return False
    stem = word[:-3]
    return any(word_classes(s) for s in (stem, stem + "e") if len(s) >= 2)


def _particle_of_surname(text: str, m: regex.Match[str]) -> bool:
    """The line-start match ``m`` is a stray capital, a surname's particle and the rest of
    the surname: "van" and "von" make no word or name with a letter before them; the others
    (resources/word/surname_particles.txt) only with a plain consonant other than "Z" (a
    vowel makes a name one can say, "Ọla", "Ida"; "Zde", "Zda" are Czech words), no given
    name the lists know, a paragraph's start (not a hard-wrapped line's) and, after it, a
    word no dictionary knows ("Qdu Plessis", not "Xdos Capital" nor "Zdu Games")."""
    cap, tail = m.group(1), m.group(2)
    if tail in _OLD_PARTICLES:
        return True
    if tail not in word_list("surname_particles.txt") or cap not in _PLAIN_CONSONANTS:
        return False
    low = fold(cap + tail).lower()
    if low in first_names() or low in word_list("given_names_any.txt"):
        return False
    surname = _NEXT_WORD.match(text, m.end(2))
    if surname is None or word_classes(surname.group(1).lower()):
        return False
    return _opens_paragraph(text, m.start(1))


_OLD_PARTICLES = frozenset({"van", "von"})


def _surname_elsewhere(text: str, particle: str, end: int) -> bool:
    """The text writes the particle ending at ``end`` and the word after it together
    elsewhere, in any case ("Qdu Plessis said", where "Gaël du Plessis" came before, or "DU
    PLESSIS", "du Plessis-Malan"): a surname named again, not a brand's sector word
    ("Xdi Pharma" beside "Sun Pharma")."""
    surname = _NEXT_WORD.match(text, end)
    if surname is None:
        return False
    name = regex.escape(surname.group(1))
    pattern = rf"(?i)(?<![\p{{L}}\p{{M}}]){particle}[^\S\n]+{name}(?![\p{{L}}\p{{M}}])"
    return regex.search(pattern, text) is not None


_PLAIN_CONSONANTS = frozenset("BCDFGHJKLMNPQRSTVWX")
_NEXT_WORD = regex.compile(r"[^\S\n]+(\p{Lu}[\p{L}\p{M}]*)")


def _opens_paragraph(text: str, start: int) -> bool:
    """The line holding ``start`` opens a paragraph: the text's first, after a blank line,
    or after a line ending a sentence (not a hard wrap inside one)."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0:
        return True
    return _PARAGRAPH_BREAK_BEFORE.search(text, max(0, line_start - 8), start) is not None


# A blank line, or a line ending a sentence or a heading, then the line's opening quote
_PARAGRAPH_BREAK_BEFORE = regex.compile(r"(?:\n[^\S\n]*\n|[.!?:”’\"][^\S\n]*\n)[^\S\n]*[\"“‘']?\Z")


def _safe_zipf(word: str) -> float:
    """How common the word left must be for the fix to be safe: less for a dictionary word."""
    return SAFE_DICTIONARY_WORD if word_classes(word) else SAFE_WORD


def _uses(ctx: CheckContext, token: str) -> int:
    """How often the batch writes ``token``, its possessive included ("Kcell's" is a use
    of "Kcell": a brand named twice is no accident)."""
    counts = batch_counts(ctx)
    return counts[token] + counts[token + "'s"] + counts[token + "’s"]


def _one_capital(text: str, ctx: CheckContext) -> Iterator[Issue]:
    """A single stray capital glued to a paragraph's lower-cased first word ("Kthe").

    Only at a paragraph start, where a drop cap or a lost heading leaves one letter,
    and only when English does not know the token (a name this shape, "Tlaib", is
    attested) while the rest is an everyday word, and the batch never uses the token
    elsewhere (a name recurs; an accident does not).
    """
    for m in _LINE_START.finditer(text):
        cap, tail, next_capital = m.groups()
        # a title abbreviated with a full stop before a name: "Zdr. Peeter" -> "Dr. Peeter"
        if text[m.end(2) : m.end(2) + 1] == "." and tail not in title_abbreviations():
            continue
        token = cap + tail
        tail_zipf = zipf(tail)
        dictionary = bool(word_classes(tail))
        if zipf(token) >= ONE_CAP_WHOLE:
            continue
        if tail_zipf < (ONE_CAP_DICTIONARY if dictionary else ONE_CAP_WORD):
            continue
        # "Kwame Nkrumah", "Kfar Saba": before a capital only "the", "in"… ("Vthe Booker")
        # or a long everyday word ("Wfederal Health Minister") is no given name.
        long_word = dictionary and len(tail) >= BEFORE_NAME_LENGTH and tail_zipf >= BEFORE_NAME_WORD
        # "Cjames Nez is": an everyday given name lower-cased after the stray capital; a
        # name of that shape ("Kwame") is no given name with one letter dropped.
        given_name = fold(tail) in first_names()
        # "Dvan Rooyen said", "Qdu Plessis said": a surname's particle, which opens a
        # sentence capitalised (resources/word/surname_particles.txt)
        given_name = given_name or (bool(next_capital) and _particle_of_surname(text, m))
        # "Rlake Pamvotis": a feature noun that opens a place's name as readily as it follows
        # one (resources/word/name_opening_features.txt) is the name's own first word
        opens_name = bool(next_capital) and tail in word_list("name_opening_features.txt")
        # "Zblue Wave crossed": an everyday adjective of four letters or more lower-cased
        # before a capitalised word (a name's first word, "Blue Wave") is offered, not
        # applied: a name may read so ("Kfar Saba": "far" has three letters); a noun may be
        # a surname ("Mpark Ji-ho")
        short_word = (
            "ADJ" in word_classes(tail) and len(tail) >= SHORT_BEFORE_NAME and tail_zipf >= EVERYDAY
        )
        before_name = (
            bool(next_capital)
            and tail_zipf < FUNCTION
            and not (long_word or given_name or opens_name)
            and not _quantifier_before_noun(text, m, cap + tail)
        )
        if before_name and not short_word:
            continue
        if tail in word_list("acronym_suffixes.txt") or _uses(ctx, token) > 1:
            continue
        if in_link(text, m.start(1), m.end(2)):
            continue
        capitalised = tail[:1].upper() + tail[1:]
        # "Atransport Minister Chen Kuo-hua": no article stands before a title and a name.
        titled = next_capital and _TITLED_NAME.match(text, m.end(2)) is not None
        if _lost_space(cap, tail) and not titled:
            # "Acrowd", "Iwould": the word "A" or "I" lost its space ("Athe", "Isome" did not)
            yield ctx.issue(
                m.start(1),
                len(token),
                f"'{token}' looks like '{cap}' run together with '{tail}'",
                [f"{cap} {tail}", capitalised],
                confidence=0.6,
                safe=False,
            )
            continue
        safe = tail_zipf >= _safe_zipf(tail) and not before_name
        if safe and tail not in _OLD_PARTICLES and tail in word_list("surname_particles.txt"):
            # "Xdi Pharma", "Qdu Tech": applied only when the batch writes the surname again
            safe = _surname_elsewhere(text, tail, m.end(2))
        yield ctx.issue(
            m.start(1),
            len(token),
            f"'{cap}' looks like a stray fragment fused to '{tail}'",
            [capitalised],
            confidence=0.85 if safe else 0.6,
            safe=safe,
        )
