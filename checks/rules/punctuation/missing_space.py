"""punct.missing-space: no space after a sentence mark, a comma or a closing quote.

Why: when paragraphs or sentences are glued together by scraping or machine
translation the space goes missing: ``Chile.Maria Lopez travels``,
``Peru”the minister``, ``Lisbon,Madrid``, ``declared:“Prices``.

Example: ``…closer trade between Chile and Peru”the minister…``
Fix: insert the space.  Safe where the glue is unambiguous.  After a quoted
clause that runs into its attribution ("…Peru”the minister … told AFP": a
subject, then a reporting verb at most a few words before the sentence ends)
the comma belongs inside the quote: ``,” the`` first (safe), ``” the`` second.
After an everyday word, a period before a given name, a run of names or a name that a
finite verb, "and" or a comma follows starts a sentence (``worse.Rajesh Das``,
``preparing.Moderna received``), and so does an English word, however rare, that the text
writes in lower case, or its singular, before a verb (``fiber.Yaks are`` beside "yak wool"; not
``settings.Yaml file``), and a demonym or its plural before a verb
(``competitors.Mongolians carry``; not ``lang.Kazakh in``), and a name before "al-" or "el-"
and a name a subject's comma or verb follows (``plain.Zuwaina al-Hinai, who``; not a map
layer's ``valley.Wadi al-Khoud on``); a comma before an acronym is a list
(``institute,INDEC``), and one between a common word and a lower-case word English knows, if
rarely, is prose (``Monday,lifeguards said``; not ``red,green,blue``), as is one between two
rarer words before "and" or "or" (``millet,sorghum and rice``) and one before a name with a
capital inside it that opens a clause (``In December,NiMet said``); inside a quotation or
after a word naming a literal string ("titled", "columns", "values such as") these are
offered, not applied.
A comma between an everyday word and a web address, or between an address and a function
word, is glued too (``website,www.met.gov.fj``, ``desk@agency.org,and``), and so is a period
between an address and a capitalised function word before prose (``www.x.org.The next``).
A comma glued inside a bracket between an English word and a name no dictionary knows is
prose (``(women,Guam)``); a tuple, a call or a pair of types is not (``(g,n)``, ``max(a,b)``,
``(int,String)``), and a formula's bracket of elements keeps the capital after it
(``(Mg,Fe)SiO3``).
After a less common word English gives a class, a period before such a name and its verb
is offered, not applied (``feeds the steers.Vuthy sits``; a module's name reads so too,
``the class parser.Tokenizer is deprecated``).
Left alone: decimals and times (1.5, 10.30), domains and file names
(bbc.co.uk, report.pdf, Node.js), e-mail addresses and URLs, abbreviations and
initials (U.S., J.R.R.), apostrophes (’s, don’t, rock ’n’ roll), HTML entities.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from copydesk.checks import lexicon
from copydesk.checks.context import CheckContext
from copydesk.checks.data import word_set
from copydesk.checks.language import fold, title_abbreviations
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check
from copydesk.checks.rules.grammar._wordclass import (
    AUXILIARIES,
    finite_verb,
    may_be_finite,
    word_classes,
)
from copydesk.checks.rules.pronoun._people import a_people, first_names, resource_words
from copydesk.checks.rules.punctuation._data import word_list

# A mark glued between a word (or a closing quote or bracket) and a letter.
_GLUED = regex.compile(r"(?<=[\p{L}\p{M}\p{N}”’\")\]])([.,;:!?])(?=\p{L})")
# A closing bracket glued to a capitalised word: "(AP)Varga", "(AP)McCarthy".
_BRACKET = regex.compile(r"(?<=[\p{L}\p{N}.]{2}[)\]])(?=\p{Lu}\p{Ll})")
# ... but not after a formula's bracket of elements: "(Mg,Fe)SiO3", "(Ca,Na)Al"
_ELEMENTS_BEFORE = regex.compile(r"\(\p{Lu}\p{Ll}?(?:,[^\S\n]?\p{Lu}\p{Ll}?)+\)\Z")
# Characters of URLs, addresses, markup and code, never of glued prose.
_CODEISH = regex.compile(r"[/@\\=&_#~{}$`<>\[\]|*+^%]|www")
# Zipf frequency of the function words that open sentences ("the", "but", "they").
_FUNCTION_WORD = 5.8
_CAPITALISED = regex.compile(r"\p{Lu}\p{Ll}+(?:[-’']\p{L}+)*")

_NAMES = {".": "period", ",": "comma", ";": "semicolon", ":": "colon"}
_NAMES |= {"?": "question mark", "!": "exclamation mark"}


def _token(text: str, pos: int) -> tuple[int, int]:
    """The run of non-space characters around ``pos`` (at most 100 either side)."""
    left = _TOKEN_TAIL.search(text, max(0, pos - 100), pos)
    right = _TOKEN_HEAD.match(text, pos, min(len(text), pos + 100))
    return left.start() if left else pos, right.end() if right else pos


_WORD_TAIL = regex.compile(r"[\p{L}\p{M}]+(?=[”’\")\]]?\Z)")
_WORD_HEAD = regex.compile(r"[\p{L}\p{M}]+")
_TOKEN_TAIL = regex.compile(r"\S*\Z")
_TOKEN_HEAD = regex.compile(r"\S*")


def _word_before(text: str, pos: int) -> str:
    m = _WORD_TAIL.search(text, max(0, pos - 40), pos)
    return m.group() if m else ""


def _word_after(text: str, pos: int) -> str:
    m = _WORD_HEAD.match(text, pos, pos + 40)
    return m.group() if m else ""


def _glued_mark(text: str, m: regex.Match[str]) -> tuple[bool, float] | None:
    """Judge a mark glued to the word after it: (safe, confidence), or None to stay quiet."""
    mark = m.group(1)
    pos = m.start()
    tok_start, tok_end = _token(text, pos)
    left = text[tok_start:pos]
    right = text[pos + 1 : tok_end]
    before, after = _word_before(text, pos), _word_after(text, pos + 1)
    at_address = _glued_at_address(text, mark, left, right, before, pos)
    if at_address is not None:
        return at_address
    if _CODEISH.search(left) or _CODEISH.search(right) or len(after) < 2:
        return None
    if "(" in left and ")" in right and not (mark == "," and _bracketed_words(left, right)):
        return None  # "(g,n)", "f(a,b)": a tuple or an argument list
    known_after = lexicon.zipf(after) >= lexicon.COMMON
    capital_after = bool(_CAPITALISED.fullmatch(after))
    if text[pos - 1].isdigit():
        # "in 2019,the" and "Mass Effect 2.It" are glued; "ext3,ext2" and "lib2.Http" are code.
        if not left.isdigit():
            return None
        if mark == "," and (known_after or capital_after):
            return True, 0.9
        if mark == "." and capital_after and known_after:
            return True, 0.85
        return None
    if not text[pos - 1].isalpha() and mark != "," and not capital_after:
        return None  # after a closing quote only a capital shows a new sentence
    if len(before) < 2:
        return None  # "r,s", "A:B", "e.g": letters and initials, not words
    if mark == ",":
        if known_after or capital_after or _acronym_after_word(before, after):
            return True, 0.95
        list_goes_on = bool(_LIST_GOES_ON.match(text, pos + 1 + len(right)))
        if (
            "," not in left + right  # "API,id,CreatedAt": a list of fields
            and _inner_capital_after_word(before, after)
            and _subject_of_a_clause(text, tok_start, pos + 1 + len(right))
        ):
            return (False, 0.7) if _literal_string(text, tok_start) else (True, 0.9)
        if _rarer_word_after_comma(left, right, before, after, list_goes_on):
            return (False, 0.7) if _literal_string(text, tok_start) else (True, 0.85)
        return None
    if mark == ";":
        return (True, 0.9) if known_after or capital_after else None
    if mark == ":":
        # "declared:We" is glued; "arch:all", "shlibs:Depends", "mailto:" are names.
        if before.lower() in word_list("url_schemes") or ":" in right or not capital_after:
            return None
        if lexicon.zipf(after) < _FUNCTION_WORD:
            return None
        return False, 0.6
    if "." in left or "." in right.rstrip(".,;:!?”’\"')"):
        return None  # "U.S.Army", "e.g.the", "bbc.co.uk": dotted tokens are not ours to split
    if mark in "?!":
        return (True, 0.9) if capital_after else None
    # A period between two words: a sentence break, or a domain, a file or a field name.
    suffix_word = after.lower() in word_list("after_dot_not_sentence")
    if suffix_word and not _word_not_suffix(text, pos, before, after):
        return None
    if suffix_word:
        return False, 0.8  # "population.One bad year", but "the site at example.One for"
    if capital_after:
        return _period_before_capital(text, pos, left, before, after)
    end = pos + 1 + len(after)
    # "summer.JPMorgan Chase", "Europe.ASML, the maker"
    subject = _clause_follows(text, end) or bool(_NEXT_CAPITALISED.match(text, end))
    if _NAME_SHAPE.fullmatch(after) and before.islower() and lexicon.is_common(before) and subject:
        return True, 0.85
    if (
        after.islower()
        and len(after) > 2  # two letters after a dot: a country domain ("google.it")
        and lexicon.zipf(after) >= _FUNCTION_WORD
        and lexicon.is_common(before)
    ):
        return True, 0.8  # "checks.the ministry": a function word is no domain
    return None


def _period_before_capital(
    text: str, pos: int, left: str, before: str, after: str
) -> tuple[bool, float] | None:
    """A period between a word and a capitalised word: (safe, confidence), or None."""
    # "Chile.Maria" and "NATO.The" break; "programs.Makefile", "README.Debian" do not.
    needed = _FUNCTION_WORD if before.isupper() else lexicon.COMMON
    if lexicon.zipf(after) >= needed:
        return True, 0.9
    # "summit.Halvorsen said": a rare capitalised word is a name starting the next
    # sentence when the article also writes it as a word of its own, or when it
    # is a given name or opens a run of names ("worse.Rajesh Das").
    alone = _stands_alone(text, after, pos) or _name_follows(text, pos + 1, after)
    # a rare word the text writes in lower case, before what a subject's clause goes on with
    alone = alone or (_written_lower(text, after) and _verb_follows(text, pos + 1 + len(after)))
    # a people's name before a verb ("competitors.Mongolians carry"): capitalised by rule;
    # before anything else it may name a field or a file ("lang.Kazakh in the config")
    alone = alone or _people_before_verb(text, pos + 1 + len(after), after)
    if before.islower() and lexicon.is_common(before) and alone:
        return True, 0.85
    if _speaker_after_name(text, pos, before, after):
        return True, 0.85
    if before.islower() and _rarer_prose_word(before, text, pos + 1 + len(after)) and alone:
        # "feeds the steers.Vuthy sits", but a module's name reads so too ("the class
        # parser.Tokenizer is deprecated"): offered
        return False, 0.7
    if _name_then_name(text, pos, left, before, after):
        return False, 0.7
    if (
        left == before
        and before.lower() in title_abbreviations()
        and _name_follows(text, pos + 1, after)
    ):
        return True, 0.85  # "Prof.Tarvo Kelmani": a title, then the name it stands before
    return None


# A dictionary word this common may end a sentence of prose ("steers" 2.9) when a verb
# follows the name; so may a module's name ("parser")
_PROSE_WORD = 2.5


def _rarer_prose_word(word: str, text: str, end: int) -> bool:
    """``word``, less common than an everyday one but given a word class by English, before
    a period and a name that its verb follows at ``end``: "feeds the steers.Vuthy sits"."""
    return (
        lexicon.zipf(word) >= _PROSE_WORD and bool(word_classes(word)) and _verb_follows(text, end)
    )


def _name_then_name(text: str, pos: int, left: str, before: str, after: str) -> bool:
    """``sold them in Egypt.Tershani could``: a name ends a sentence that has its own finite
    verb, and a name the text writes on its own elsewhere, no English word of any class,
    opens the next before its verb (any verb, not only one of reporting, as
    ``_speaker_after_name`` asks).  Offered, not applied: a dotted name of a product, a
    package or an account ("The package Google.Protobuf is", "Couriers for Yandex.Eda
    walked") has no clause before it, but code and handles are many.  A class or field path
    names its parts with English words ("Config.Parser reads": a parser)."""
    end = pos + 1 + len(after)
    return (
        left == before
        and _CAPITALISED.fullmatch(before) is not None
        and not word_classes(after.lower())
        and _stands_alone(text, after, pos)
        and (_verb_follows(text, end) or _clause_follows(text, end))
        and _finite_verb_before(text, pos - len(before))
    )


# A sentence's end or a line's start before the words of the sentence that follows
_SENTENCE_BREAK = regex.compile(r"[.!?][”’\")]?[^\S\n]|\n", regex.REVERSE)
_LOWER_WORD = regex.compile(r"(?<![\p{L}'’\-])\p{Ll}+(?![\p{L}'’\-])")


def _finite_verb_before(text: str, start: int) -> bool:
    """A lower-case finite verb stands in the sentence before ``start`` ("He sold them in")."""
    brk = _SENTENCE_BREAK.search(text, max(0, start - 300), start)
    begin = brk.end() if brk is not None else max(0, start - 300)
    return any(finite_verb(w) for w in _LOWER_WORD.findall(text, begin, start))


def _people_before_verb(text: str, end: int, word: str) -> bool:
    """A demonym or its plural (resources/case/demonyms.txt) that a verb follows: a plural
    subject takes a base form ("Mongolians carry"), a singular one a finite verb ("Tajik is
    spoken")."""
    if a_people(word):
        m = _NEXT_WORD.match(text, end)
        return m is not None and bool(m.group(2)) and may_be_finite(m.group(2))
    return word in word_set("case", "demonyms.txt") and _verb_follows(text, end)


_COMMA_RARER = 1.5  # a lower-case word after a comma: one English knows, however rarely
_PLAIN_WORD = regex.compile(r"[\p{L}\p{M}]+")


def _bracketed_words(left: str, right: str) -> bool:
    """``(women,Guam)``: a bracket that opens the token around an English word in lower case
    and a name no dictionary knows as a word, each of three letters or more, is prose's
    aside; not a tuple ("(g,n)", "(name,value)"), a call ("f(a,b)"), a formula's elements
    ("(Mg,Fe)") or a pair of types ("(int,String)", "(event,Context)")."""
    first, second = left[1:], right.split(")", 1)[0]
    if not (left.startswith("(") and first.isalpha() and second.isalpha()):
        return False
    if min(len(first), len(second)) < 3 or first[:1].isupper() == second[:1].isupper():
        return False
    word, name = (second, first) if first[:1].isupper() else (first, second)
    return bool(word_classes(word)) and not word_classes(name.casefold())


# After a glued pair, "and" or "or" and a word: the list goes on in prose.
_LIST_GOES_ON = regex.compile(r"[ ](?:and|or)[ ]\p{L}")
# A quotation mark or the word before a token: "the columns |email,PasswordHash".
_QUOTE_BEFORE = regex.compile(r"[\"“‘'«]\Z")
_WORD_BEFORE_TOKEN = regex.compile(
    r"(\p{L}+)[:,]?(?:[^\S\n]+(?:such[^\S\n]+as|like|including|e\.g\.,?))?[^\S\n]+\Z"
)


def _literal_string(text: str, tok_start: int) -> bool:
    """The token opens or stands inside a quotation, or follows a word that names a string
    written after it ("titled", "columns:", "values such as"; resources/punctuation/
    literal_naming_words.txt): its comma may be the string's own."""
    head = text[max(0, tok_start - 40) : tok_start]
    if _QUOTE_BEFORE.search(head) or text[tok_start : tok_start + 1] in "\"“‘'«":
        return True
    para = text[text.rfind("\n", 0, tok_start) + 1 : tok_start]
    if para.count("“") > para.count("”") or para.count('"') % 2 == 1:
        return True  # "titled "Harvest: millet,sorghum and rice"": inside an open quotation
    m = _WORD_BEFORE_TOKEN.search(head)
    return m is not None and m.group(1).lower() in word_list("literal_naming_words")


def _rarer_word_after_comma(
    left: str, right: str, before: str, after: str, list_goes_on: bool
) -> bool:
    """``on Monday,lifeguards said``: a common word, a comma, then a lower-case word English
    knows if less than commonly ("lifeguards", 2.7): prose.  Only two plain words: a run of
    them ("red,green,blue") or a dotted token is a list or code.  The word before may be
    rarer too when the list goes on in prose after the pair, with "and" or "or"
    (``harvesting millet,sorghum and rice``): a list in code or data has no such word."""
    if not (
        _PLAIN_WORD.fullmatch(left.lstrip('"“‘(')) is not None
        and _PLAIN_WORD.fullmatch(right.rstrip('.,;:!?”’")')) is not None
        and "," not in right
        and after.islower()
        and lexicon.zipf(after) >= _COMMA_RARER
    ):
        return False
    if lexicon.is_common(before):
        return True
    return (
        list_goes_on
        and before.islower()
        and lexicon.zipf(before) >= _PROSE_WORD
        and lexicon.zipf(after) >= _PROSE_WORD
        and bool(word_classes(before))
        and bool(word_classes(after))
    )


def _subject_of_a_clause(text: str, tok_start: int, end: int) -> bool:
    """The name glued after a comma is a clause's subject: a reporting verb follows it
    ("arrived in the first days of December,NiMet said"), or a finite verb follows it and
    none comes before it in its sentence, so that the comma closes an opening phrase ("In
    May,ExxonMobil reported"); not data's names, which plural nouns follow ("the API
    returns id,CreatedAt pairs", "exposed user,PasswordHash records")."""
    nxt = _NEXT_WORD.match(text, end)
    if nxt is not None and nxt.group(2) in word_list("reporting_verbs"):
        return True
    if not _verb_follows(text, end) or _finite_verb_before(text, tok_start):
        return False
    phrase = _CLAUSE_BEFORE.search(text, max(0, tok_start - 200), tok_start)
    words = phrase.group(1).split() if phrase is not None else []
    return len(words) >= 2 and words[0].lower() in _phrase_openers()


# the words between the last mark of a clause and a token: "Under the new schema, |name,…"
_CLAUSE_BEFORE = regex.compile(r"(?:\A|[,;:.!?\n][”’\"']?)[^\S\n]*([^,;:.!?\n]*?)[^\S\n]*\Z")


@cache
def _phrase_openers() -> frozenset[str]:
    """Words that open a phrase a comma closes before the clause's subject ("In December,",
    "Last week,", "As the rain fell,", "Two days later,"): read on first use, not at import,
    as the module's other word lists are."""
    return frozenset(
        word_set("word", "prepositions.txt")
        | {"last", "next", "this", "that", "the", "a", "an", "as", "when", "while", "once"}
        | {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "early", "late"}
    )


# A name with a capital inside it: "NiMet", "McAllister", "DeJong".
_INNER_CAPITAL = regex.compile(r"\p{Lu}\p{Ll}+\p{Lu}\p{L}*")


def _inner_capital_after_word(before: str, after: str) -> bool:
    """``December,NiMet said``: an everyday word, a comma, then a name with a capital
    inside it (the caller checks that the name is a clause's subject,
    ``_subject_of_a_clause``): such a name is no word's continuation, and code's camel-case
    pairs ("String,HashMap for keys") are no subject."""
    return lexicon.is_common(before) and bool(_INNER_CAPITAL.fullmatch(after))


# After a suffix word, a space and a lower-case word, or a comma and a space: prose
# ("One bad year", "Now, when").
_PROSE_AFTER = regex.compile(r"[ ]\p{Ll}|,[ ]")


def _speaker_after_name(text: str, pos: int, before: str, after: str) -> bool:
    """``in Darwin.Okafor said``: a name ends the sentence and the next opens on a name the
    article writes alone, then a reporting verb; a class or field path ("System.Collections
    namespace", "Config.Parser reads") is no one speaking."""
    verb = _NEXT_WORD.match(text, pos + 1 + len(after))
    return (
        bool(_CAPITALISED.fullmatch(before))
        and _stands_alone(text, after, pos)
        and verb is not None
        and verb.group(2) in word_list("reporting_verbs")
    )


def _word_not_suffix(text: str, pos: int, before: str, after: str) -> bool:
    """``population.One bad year``: a listed domain or file suffix that is a sentence's
    first word.

    Suffixes are written in lower case ("example.one", "news.today") or all in capitals
    ("IMG.JPG"); a dictionary word in title case between an everyday lower-case word, or a
    day's or a month's name after a word that dates it, and a lower-case word of prose or a
    comma ("year.New rules", "people.How long", "street.Now, when", "the end of July.Now
    it is") starts a sentence.
    Suffixes that are no word ("Com", "Org", "Pdf") stay suffixes whatever their case.
    """
    dated = before.lower() in resource_words("calendar_words") and _dating(text, pos - len(before))
    if not (_CAPITALISED.fullmatch(after) and (before.islower() or dated)):
        return False
    # "dissented.One of them": a word of prose English knows, if rarely, ends the sentence;
    # a domain's own name before a suffix is seldom one ("mysite.One").
    if lexicon.zipf(before) < _KNOWN_BEFORE_SUFFIX or not word_classes(after):
        return False
    return bool(_PROSE_AFTER.match(text, pos + 1 + len(after)))


# The word before a day's or a month's name that makes it a date: "on Monday", "end of July",
# "until 12 March"; not a brand's or a file's name ("subscribe to Friday.Live").
_DATING = regex.compile(
    r"(?:\b(?:on|in|of|by|until|till|since|last|next|this|early|late|mid|through|before|after"
    r"|every|each)|\d)[^\S\n]+\Z",
    regex.REVERSE,
)


def _dating(text: str, start: int) -> bool:
    """A word that dates the name at ``start`` stands right before it (``_DATING``)."""
    return _DATING.search(text, max(0, start - 20), start) is not None


# A word English knows, if rarely (zipf 2: once in ten million words), before a suffix word.
_KNOWN_BEFORE_SUFFIX = 2.0

_ACRONYM = regex.compile(r"\p{Lu}{2,6}")
# An e-mail address or a web address as prose quotes it.
_ADDRESS = regex.compile(
    r"(?:https?://|www\.)[\w.-]+\.\p{L}{2,}\S*|[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.\p{L}{2,}"
)


# A social-media handle or a hashtag as prose quotes it ("@CityFerries", "#VoteNow").
_HANDLE = regex.compile(r"[@#][\p{L}\p{N}_]{2,}")


def _comma_at_address(left: str, right: str, before: str) -> bool:
    """``its website,www.met.gov.fj``, ``lacabrera@gmail.com,and`` or ``@CityFerries,and``: a
    comma between an address (or a handle) and a word of prose.

    Either an everyday word runs into a web address, or an address runs into a
    function word; inside code or a list of addresses ("a@b.org,c@d.org") neither holds.
    """
    if left == before and before.islower() and lexicon.is_common(before):
        return bool(_ADDRESS.match(right))
    if (
        (_ADDRESS.fullmatch(left) or _HANDLE.fullmatch(left))
        and right.islower()
        and right.isalpha()
    ):
        return lexicon.zipf(right) >= _FUNCTION_WORD
    return False


def _glued_at_address(
    text: str, mark: str, left: str, right: str, before: str, pos: int
) -> tuple[bool, float] | None:
    """A mark glued between a web or e-mail address and prose (safe, confidence), or None."""
    if mark == "," and _comma_at_address(left, right, before):
        return True, 0.9
    if mark == "." and _sentence_after_address(text, left, right, pos):
        return True, 0.85
    return None


_PROSE_WORD_AFTER = regex.compile(r"[ ]\p{Ll}")
# A web address ending in a lower-case path segment: "www.example.org/floods" (a capitalised
# segment, "github.com/acme/Widget.Core", names code).
_PATH_END = regex.compile(r"(?:https?://|www\.)[^/\s]+/(?:[^/\s]+/)*[\p{Ll}\p{N}_-]+\Z")


def _sentence_after_address(text: str, left: str, right: str, pos: int) -> bool:
    """``at www.example.org.The next race``: a web or e-mail address ends a sentence and the
    next opens on a capitalised function word, then prose.

    An address's own labels are not written as a capitalised "The" or "It" with a word of
    prose after them; a rarer capitalised label ("www.example.com.Au") stays the address's.
    After a path (``example.org/floods.Residents can``) a dot starts a file extension, which
    is never an everyday capitalised word, so any such word opens the next sentence.
    """
    if not (_ADDRESS.fullmatch(left) and _CAPITALISED.fullmatch(right)):
        return False
    needed = lexicon.COMMON if _PATH_END.search(left) else _FUNCTION_WORD
    if lexicon.zipf(right) < needed:
        return False
    return bool(_PROSE_WORD_AFTER.match(text, pos + 1 + len(right)))


def _acronym_after_word(before: str, after: str) -> bool:
    """``institute,INDEC``: an everyday lower-case word, a comma, then an acronym.

    Code and lists of symbols glue capitals to capitals or to rare words ("CPU,GPU",
    "foo,BAR"); prose puts a comma between a word and an acronym.
    """
    return before.islower() and lexicon.is_common(before) and bool(_ACRONYM.fullmatch(after))


_NEXT_CAPITALISED = regex.compile(r"[ ]\p{Lu}\p{Ll}+")
# the Arabic article and a capitalised word: "Zuwaina| al-Hinai"
_ARABIC_SURNAME = regex.compile(r"[ ][ae]l-\p{Lu}\p{Ll}+")


def _name_follows(text: str, start: int, word: str) -> bool:
    """``worse.Rajesh Das grows``: a given name, or the first of two capitalised words, the
    second perhaps behind "al-" or "el-" when a subject's comma or verb follows it
    (``plain.Zuwaina al-Hinai, who``; not a map layer's "valley.Wadi al-Khoud on the site").

    A field, file or class name after a dot ("programs.Makefile") is neither.
    """
    if fold(word) in first_names():
        return True
    end = start + len(word)
    if _NEXT_CAPITALISED.match(text, end) or _clause_follows(text, end):
        return True
    surname = _ARABIC_SURNAME.match(text, end)
    return surname is not None and _clause_follows(text, surname.end())


_NEXT_WORD = regex.compile(r"(,)|[ ](\p{Ll}+)\b")
# A name's other shapes after a dot: an acronym or a camel-cased brand ("ASML", "JPMorgan").
_NAME_SHAPE = regex.compile(r"\p{Lu}\p{L}*\p{Lu}\p{L}*")


def _clause_follows(text: str, end: int) -> bool:
    """``preparing.Moderna received``, ``Europe.ASML, the``: the word after the dot is a
    subject: a finite verb, "and" or a comma follows it ("programs.Makefile first": no)."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    return bool(m.group(1)) or m.group(2) == "and" or finite_verb(m.group(2))


def _stands_alone(text: str, word: str, glued_at: int) -> bool:
    """True when ``word`` appears elsewhere in ``text`` after a space, not glued to a mark."""
    pattern = regex.compile(rf"(?<=\s){regex.escape(word)}(?!\p{{L}})")
    return any(m.start() != glued_at + 1 for m in pattern.finditer(text))


def _verb_follows(text: str, end: int) -> bool:
    """An auxiliary, a third person or a past tense follows ``end`` ("Yaks are combed"): not
    a base form, which may be a noun ("settings.Yaml file")."""
    m = _NEXT_WORD.match(text, end)
    if m is None or not m.group(2):
        return False
    return m.group(2) in AUXILIARIES or finite_verb(m.group(2))


def _written_lower(text: str, word: str) -> bool:
    """True when the text writes ``word`` in lower case as a word of its own, or its singular
    (``fiber.Yaks`` in a text about "yak wool"): an English word opening a sentence, however
    rare, not a domain's or a file's name."""
    low = word.lower()
    forms = {low, low[:-1]} if low.endswith("s") and len(low) > 3 else {low}
    words = "|".join(regex.escape(f) for f in forms)
    return (
        lexicon.is_known(low)
        and regex.search(rf"(?<![\p{{L}}.]){words}(?!\p{{L}})", text) is not None
    )


def _attribution_follows(text: str, pos: int, para_end: int) -> bool:
    """True when the words from ``pos`` to the sentence end read as an attribution.

    "the director of the Institute of Andean Studies, Quispe, told AFP."
    opens with a subject and ends a few words after a reporting verb; any
    comma-separated part after the first is a name in apposition or starts
    with the verb.  "the whole summer, his sister said" is not one: the
    attribution there starts after the comma and belongs to the sentence.
    """
    tail = text[pos : min(para_end, pos + 400)]
    stop = _STOP.search(tail)
    clause = tail[: stop.start() if stop else len(tail)]
    words = _ATTRIBUTION_WORD.findall(clause)
    if not words or len(words) > 20:
        return False
    verbs = word_list("reporting_verbs")
    first = words[0]
    opens = (
        first.lower() in word_list("attribution_starts")
        or first.lower() in verbs
        or bool(_CAPITALISED.fullmatch(first))
    )
    last_verb = max((n for n, w in enumerate(words) if w.lower() in verbs), default=-1)
    if not opens or last_verb < 0 or len(words) - last_verb > 4:
        return False
    for part in clause.split(",")[1:]:
        part_words = _ATTRIBUTION_WORD.findall(part)
        if not part_words:
            continue
        is_name = all(w[:1].isupper() for w in part_words)
        if not is_name and part_words[0].lower() not in verbs:
            return False
    return True


_STOP = regex.compile(r"[.!?;](?=\s|\Z|[”’\"')])")
_ATTRIBUTION_WORD = regex.compile(r"[\p{L}’'-]+")


# Compiled once: the quote passes run these for every quote mark of every paragraph.
_LETTERS = regex.compile(r"\p{L}+")
_CURLY = regex.compile(r"[“”]")
_STRAIGHT = regex.compile(r'"')
_GLUED_BEFORE = regex.compile(r"[\p{L}\p{N},;:.!?]")
_OPENED_WORD = regex.compile(r"[\p{L}\p{N}‘]")
_ALNUM = regex.compile(r"[\p{L}\p{N}]")
_BEFORE_OPENING = regex.compile(r"[\p{L},;:.!?]")


def _closing_quote(
    text: str, ctx: CheckContext, pos: int, opening: int, quote: str, para_end: int
) -> Issue:
    """The issue for closing quote ``quote`` at ``pos`` glued to the word after it."""
    quoted = text[opening + 1 : pos]
    clause = len(_LETTERS.findall(quoted)) >= 3
    if quoted[-1:].isalnum() and clause and _attribution_follows(text, pos + 1, para_end):
        return ctx.issue(
            pos,
            1,
            "Missing space after closing quote; comma before the attribution",
            [f",{quote} ", f"{quote} "],
            confidence=0.8,
            safe=True,
        )
    return ctx.issue(
        pos, 1, "Missing space after closing quote", [f"{quote} "], confidence=0.9, safe=True
    )


def _quotes(text: str, ctx: CheckContext) -> Iterator[Issue]:
    for para_start, para_end in _paragraph_spans(text):
        para = text[para_start:para_end]
        if "„" in para or "«" in para:
            continue  # German or French quotation marks: “ may close there
        last_open: int | None = None
        for m in _CURLY.finditer(para):
            pos = para_start + m.start()
            if m.group() == "“":
                glued_before = m.start() > 0 and _GLUED_BEFORE.match(para[m.start() - 1])
                opens = last_open is None
                if (
                    glued_before
                    and opens
                    and _OPENED_WORD.match(para[m.start() + 1 : m.start() + 2])
                ):
                    yield ctx.issue(
                        pos,
                        1,
                        "Missing space before opening quote",
                        [" “"],
                        confidence=0.9,
                        safe=True,
                    )
                last_open = pos
                continue
            if _POSSESSIVE.match(para, m.start() + 1):
                pass  # “Times”s: a possessive glued to a quoted title, not a new word
            elif last_open is not None and m.start() > 0 and not para[m.start() - 1].isspace():
                nxt = para[m.start() + 1 : m.start() + 2]
                if nxt and _ALNUM.match(nxt):
                    yield _closing_quote(text, ctx, pos, last_open, "”", para_end)
            elif last_open is None:
                issue = _unopened_quote(ctx, para, m.start(), para_start)
                if issue is not None:
                    yield issue
                    if issue.replacements[0] == " “":
                        last_open = pos  # it opens the quote the next ” closes
                        continue
            last_open = None
        yield from _straight_quotes(text, ctx, para_start, para)


_POSSESSIVE = regex.compile(r"s(?!\p{L})")
_MARK_BEFORE = regex.compile(r"[.,!?;:]")


def _unopened_quote(ctx: CheckContext, para: str, rel: int, para_start: int) -> Issue | None:
    """A ” with no “ before it in its paragraph, glued between a mark and a letter.

    Machine translation often writes ” for both quotes (``grounds.”We were not
    consulted,” said one``): when a capital follows and another ” later in the
    paragraph closes the quote, this one opens it, and the space goes before it
    (as “).  Otherwise it closes a quote opened earlier (``over.”The``, ``win,”he``)
    and the space goes after it.  Only after a mark: ``shame”and`` could be either.
    """
    if rel == 0 or not _MARK_BEFORE.match(para[rel - 1]):
        return None
    nxt = para[rel + 1 : rel + 2]
    if not nxt.isalpha():
        return None
    pos = para_start + rel
    later = _CURLY.search(para, pos=rel + 1)
    if nxt.isupper() and later is not None and later.group() == "”":
        return ctx.issue(
            pos, 1, "Missing space before opening quote (written ”)", [" “"],
            confidence=0.85, safe=True,
        )  # fmt: skip
    if para[rel - 1] in ";:":
        return None  # a quote rarely ends on these: more likely a quote about to open
    return ctx.issue(
        pos, 1, "Missing space after closing quote", ["” "], confidence=0.85, safe=True
    )


def _straight_quotes(text: str, ctx: CheckContext, para_start: int, para: str) -> Iterator[Issue]:
    marks = [m.start() for m in _STRAIGHT.finditer(para)]
    if not marks or len(marks) % 2:
        return  # unpaired (or inches): which one opens is a guess
    for n, rel in enumerate(marks):
        pos = para_start + rel
        prev = para[rel - 1 : rel]
        nxt = para[rel + 1 : rel + 2]
        if n % 2 == 0:
            if prev and _BEFORE_OPENING.match(prev) and _ALNUM.match(nxt):
                yield ctx.issue(
                    pos, 1, "Missing space before opening quote", [' "'], confidence=0.85, safe=True
                )
        elif prev and not prev.isspace() and nxt and _ALNUM.match(nxt):
            yield _closing_quote(
                text, ctx, pos, para_start + marks[n - 1], '"', para_start + len(para)
            )


def _paragraph_spans(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for line in text.split("\n"):
        if '"' in line or "“" in line or "”" in line:
            yield start, start + len(line)
        start += len(line) + 1


@check(
    "punct.missing-space",
    Category.PUNCTUATION,
    "A space is missing after a period, comma or closing quote",
    examples=(
        ("…support for Chile«.»Maria Lopez travels to meet the mayor.", ". "),
        ("It will be “focused on trade between Chile and Peru«”»the minister told AFP.", ",” "),
        ("He called it a “shame«”»and left.", "” "),
        ("Lisbon«,»Madrid and Rome", ", "),
        ("Harris declared:«“»We urge the council to keep its commitments.”", " “"),
        ("Will they meet«?»Nobody knows.", "? "),
        ("routine checks«.»the ministry said.", ". "),
        ("The pier was closed.«”»We had no warning,” a ferryman said.", " “"),
        ("They promised a new road by spring.«”»The villagers are still waiting.", "” "),
        ("Who pays for the bridge?«”»The question went unanswered.", "” "),
        ("We will not move,«”»he said.", "” "),
        ("Premier Ilse Vandermaat spoke at the summit«.»Vandermaat said no more.", ". "),
        ("Warnings are on its website«,»www.met.example.org, and on radio.", ", "),
        ("Write to desk@agency.example.org«,»and say who you are.", ", "),
        ("The pier was closed on Monday«,»lifeguards said.", ", "),  # a rarer word (small8)
    ),
    near_misses=(
        "The rate rose 1.5 per cent at 10.30 on Tuesday.",
        "See bbc.co.uk or write to ana@example.com for details.",
        "He met ex-U.S. Ambassador Burns and J.R.R. Tolkien fans.",
        "The file report.pdf and the Node.js code.",
        "Ana’s rock ’n’ roll tour, don’t ask.",
        "He said “Ana” and “Varga” twice.",
        "Visit https://www.example.org/page?id=1,2 today.",
        "Tom &amp;Jerry",
        'He said "yes" and left.',
        'It is 12" long and 3.5" wide.',
        'The pier was closed. "We had no warning," a ferryman said.',
        "The rock’n’roll years of the ’90s, don’t forget.",
        "It’s over.’ Then the ’80s came back.",
        "The “Times”s editor resigned.",
        "He called it a shame”and left.",
        "Prices rose sharply.” Nobody was surprised.",
        "The build reads programs.Makefile first.",
        "Copy ana@example.org,bo@example.org and desk@example.com,support.",
        "Coordinates: https://maps.example.org/@40.7,-74.0,12z for the site.",
        "The log keys read zqx,lifeguards and nothing else.",
    ),
)
def missing_space(text: str, ctx: CheckContext) -> Iterator[Issue]:
    for m in _GLUED.finditer(text):
        verdict = _glued_mark(text, m)
        if verdict is None:
            continue
        safe, confidence = verdict
        mark = m.group(1)
        yield ctx.issue(
            m.start(),
            1,
            f"Missing space after {_NAMES[mark]}",
            [mark + " "],
            confidence=confidence,
            safe=safe,
        )
    for m in _BRACKET.finditer(text):
        if _ELEMENTS_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        yield ctx.issue(
            m.start() - 1,
            1,
            "Missing space after closing bracket",
            [text[m.start() - 1] + " "],
            confidence=0.85,
            safe=True,
        )
    yield from _quotes(text, ctx)
