"""A subject pronoun and an object pronoun of its gender in one simple clause.

English binding: in "he thanked him" or "she stood two rows from her" the object is not the
subject (that would be "himself", "herself"), so the clause speaks of two men or two
women.  :func:`bound_object` finds such an object for a "he" or "she", and only where
grammar leaves no room: the pronoun opens its sentence or the clause after a semicolon,
no quotation is in the sentence, and between the two stand only auxiliaries or adverbs,
one verb, and then the object, a preposition and the object ("spoke to him"), or a
measure and "from" ("stood three rows from him").  No second verb, no subordinate clause,
no comma, no noun phrase of its own: "he said Ruiz had told him", "he asked her to call
him" and "he closed the door behind him" (a place around a person, where English lets
"him" be the subject) are not read.

The converse, :func:`other_subject`: a possessive or object pronoun whose clause opens with
a subject pronoun of the other gender ("she folded his shirt", "he took her hand", and past
a verb and "to", whose verb shares the subject: "she planned to keep his workshop") belongs
to someone other than that subject; but a reflexive of the other gender
(:func:`reflexive_subject`: "she had not chosen himself") cannot, so one of the two is a
slip.
"""

from __future__ import annotations

from functools import cache

import regex
from lemminflect import getAllLemmas

from copydesk.checks.language import function_words
from copydesk.checks.rules.pronoun._people import (
    FEMALE,
    MALE,
    Analysis,
    Pronoun,
    Token,
    heading,
    resource_words,
)

# The object pronoun that cannot be the subject of its own clause
OBJECT = {MALE: "him", FEMALE: "her"}

# Auxiliaries, negation and adverbs of time that may stand between a subject and its verb
# ("he had never met him"); forms of "be" are not among them ("he was like him")
_AUXILIARIES = frozenset(
    {"had", "has", "have", "would", "will", "could", "should", "might", "may", "must", "can"}
    | {"did", "does", "do", "not", "never", "also", "later", "then", "once", "again", "still"}
    | {"always", "often", "soon", "first", "even", "already", "just"}
)

# Prepositions after which the object pronoun still cannot be the subject ("spoke to him",
# "voted against her").  Not those of place around a person ("looked around him", "glanced
# behind him", "had no money on him" is caught by its object), nor "like", "as", "than".
_PREPOSITIONS = frozenset(
    {"to", "from", "at", "for", "against", "with", "of", "toward", "towards", "on"}
)

# Verbs that take no object (a copula, a verb of seeming), and "got" and "let", whose object
# may be the subject in colloquial English ("he got him a coffee")
_NOT_ACTIONS = frozenset(
    {"is", "was", "are", "were", "be", "been", "being", "am", "seemed", "seems", "became"}
    | {"becomes", "sounded", "sounds", "remained", "remains", "got", "gets", "let", "lets"}
)

# What may follow the object and still end its clause simply: punctuation, or a function
# word that opens no noun phrase ("thanked him and left", "spoke to her for an hour").  A
# determiner or a number after a prepositional object is a shifted object ("brought with
# him a letter": his own).
_DETERMINERS = frozenset(
    {"a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that"}
    | {"these", "those", "some", "any", "every", "each", "no", "all", "both", "several"}
    | {"many", "much", "more", "most", "own", "self", "enough", "plenty", "little", "few"}
)

# After "her", a possessive's head ("she gave her all", "did her utmost")
_QUANTIFIERS = frozenset({"all", "both", "each", "every", "most", "much", "more", "enough"})

_GAP = (" ", "\u00a0")
# what ends the clause before a pronoun that opens the next ("…in 2010; he")
_AFTER_SEMICOLON = regex.compile(r";[ \u00a0]\Z")


@cache
def _is_verb(word: str) -> bool:
    """lemminflect knows the lower-case ``word`` as a form of a verb."""
    return "VERB" in getAllLemmas(word)


def _opens_clause(a: Analysis, p: Pronoun) -> bool:
    """``p`` opens its sentence, or the clause after a semicolon."""
    if p.tok.pos == 0:
        return True
    before = a.tokens[p.tok.idx - 1]
    return _AFTER_SEMICOLON.search(a.text[before.end : p.tok.start]) is not None


def _next(a: Analysis, tok: Token) -> Token | None:
    """The token after ``tok`` in its sentence with nothing but a space between."""
    if tok.idx + 1 >= len(a.tokens):
        return None
    nxt = a.tokens[tok.idx + 1]
    if nxt.sent != tok.sent or a.text[tok.end : nxt.start] not in _GAP:
        return None
    return nxt


def _ends_clause(a: Analysis, obj: Token, shifted: bool) -> bool:
    """What follows the object pronoun ends the simple clause or goes on in it: punctuation,
    the end of the text, or a function word that opens no noun phrase.  ``shifted``: the
    object follows a preposition, and a determiner after it would be a heavy object moved
    to the end ("brought with him a letter")."""
    nxt = _next(a, obj)
    if nxt is None:
        rest = a.text[obj.end : obj.end + 1]
        return rest in ("", ".", ",", ";", ":", "!", "?", "\n")
    low = nxt.low
    if low in ("self", "own") or "-" in a.text[obj.end : obj.end + 1]:
        return False
    if obj.low == "her" and (low not in function_words() or low in _QUANTIFIERS):
        return False  # "her mother", "gave her all": a possessive, no object
    if shifted and (low in _DETERMINERS or low.isdigit()):
        return False
    return low in function_words() or low.isdigit() or not shifted


def bound_object(a: Analysis, p: Pronoun) -> Token | None:
    """The object pronoun of ``p``'s gender ("him" for "he", "her" for "she") in ``p``'s own
    simple clause (module docstring), or None."""
    if p.tok.low not in ("he", "she") or p.tok.quoted or not _opens_clause(a, p):
        return None
    start, end = a.sent_spans[p.tok.sent]
    if heading(a, p.tok.sent) or any(q in a.text[start:end] for q in '“”"«»‘'):
        return None
    tok = _next(a, p.tok)
    while tok is not None and (tok.low in _AUXILIARIES or _adverb(tok.low)):
        tok = _next(a, tok)
    if tok is None or not tok.text.islower() or tok.low in _NOT_ACTIONS or not _is_verb(tok.low):
        return None
    obj = OBJECT[p.gender]
    nxt = _next(a, tok)
    if nxt is not None and nxt.text == obj:  # not "Him", God
        return nxt if _ends_clause(a, nxt, shifted=False) else None
    return _after_preposition(a, tok, obj)


def _previous(a: Analysis, tok: Token) -> Token | None:
    """The token before ``tok`` in its sentence with nothing but a space between."""
    if tok.idx == 0:
        return None
    prev = a.tokens[tok.idx - 1]
    if prev.sent != tok.sent or a.text[prev.end : tok.start] not in _GAP:
        return None
    return prev


def other_subject(a: Analysis, p: Pronoun) -> Token | None:
    """For a possessive or object ``p`` ("his", "him", "her"), the subject pronoun of the
    other gender that opens its simple clause, with one verb between and perhaps a
    preposition: "she folded his shirt", "he had never met her", "she looked at him".  That
    subject's own would be "her shirt", "herself": the pronoun is someone else's."""
    if p.tok.low not in ("his", "him", "her") or p.tok.quoted:
        return None
    return _subject_of_other_gender(a, p)


def reflexive_subject(a: Analysis, p: Pronoun) -> Token | None:
    """For a reflexive ``p`` ("himself", "herself"), the subject pronoun of the other
    gender that opens its simple clause, with one verb between and perhaps a preposition:
    "she had not chosen himself", "he looked at herself".  A reflexive is its own clause's
    subject, so one of the two is a slip."""
    if p.tok.low not in ("himself", "herself") or p.tok.quoted:
        return None
    return _subject_of_other_gender(a, p)


# An age by decades after a possessive: "in his 70s", "into her early twenties"
_DECADE = regex.compile(
    r"[ \u00a0]+(?:(?:early|mid|late)[ \u00a0-]+)?"
    r"(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties"
    r"|[1-9]0(?:s|'s|’s))(?![\p{L}\p{N}])"
)
# What follows the decade: a stop, or the next word ("his 30s circle", "his 70s and 80s")
_AFTER_DECADE = regex.compile(r"[ \u00a0]*(?:([.,;:!?)]|\Z)|(\p{Ll}+)\b(?![ \u00a0]+\d))")


def _age_ends(text: str, end: int) -> bool:
    """The decade ending at ``end`` ends its phrase: a stop, the end or a lower-case function
    word follows, not a noun, a capital, a figure or a quotation it modifies ("his 70s Highlife
    Kings line-up"), nor a second decade ("his 70s and 80s troupes")."""
    m = _AFTER_DECADE.match(text, end)
    if m is None:
        return False
    return m.group(1) is not None or m.group(2) in function_words()


# Forms of "turn" that give an age ("he turned 60"), and what gives one after them or "be"
_TURNED = frozenset({"turned", "turns", "turn"})
_AGE_OR_BIRTH = regex.compile(r"[ \u00a0]+(?:\d{1,3}\b|born\b)")
# Forms of "be" that say what age the subject is ("she was in her 40s")
_BE = frozenset({"is", "was", "are", "were", "be", "been", "am"})
# Adverbs before "in" or "into" an age ("well into his 70s", "now in her 60s")
_AGE_ADVERBS = frozenset({"well", "now", "only", "barely", "already", "still", "just"})


def age_subject(a: Analysis, p: Pronoun) -> Token | None:
    """For a possessive ``p`` ("his", "her") before an age by decades after "in" or "into"
    and a form of "be" ("until she was well into his 70s"), the subject pronoun of the other
    gender right before that verb, past auxiliaries and adverbs.  The age is the subject's
    own, as a reflexive is, so one of the two is a slip; not a decade before a noun it
    modifies ("she was in his nineties line-up")."""
    if p.tok.low not in ("his", "her") or p.tok.quoted:
        return None
    decade = _DECADE.match(a.text, p.tok.end)
    if decade is None or not _age_ends(a.text, decade.end()):
        return None  # "she was in his 30s circle": a decade as a modifier, someone else's
    tok = _previous(a, p.tok)
    if tok is None or tok.low not in ("in", "into"):
        return None
    tok = _previous(a, tok)
    while tok is not None and tok.low in _AGE_ADVERBS:
        tok = _previous(a, tok)
    if tok is None or tok.low not in _BE:
        return None
    tok = _previous(a, tok)
    while tok is not None and (tok.low in _AUXILIARIES or _adverb(tok.low)):
        tok = _previous(a, tok)
    other = "she" if p.gender == MALE else "he"
    return tok if tok is not None and tok.low == other and not tok.quoted else None


def in_an_age(a: Analysis, tok: Token) -> bool:
    """``tok`` is a possessive before an age by decades ("his 80s"), or the subject of a
    clause that gives an age or a birth ("he was in his 80s", "she had been well into her
    70s", "he was 52", "he turned 60", "she was born")."""
    if tok.low in ("his", "her"):
        return _DECADE.match(a.text, tok.end) is not None
    if tok.low not in ("he", "she"):
        return False
    nxt = _next(a, tok)
    while nxt is not None and (nxt.low in _AUXILIARIES or _adverb(nxt.low)):
        nxt = _next(a, nxt)
    if nxt is None or nxt.low not in _BE | _TURNED:
        return False
    if _AGE_OR_BIRTH.match(a.text, nxt.end):
        return True  # "he was 52", "he turned 60", "she was born"
    if nxt.low in _TURNED:
        return False
    nxt = _next(a, nxt)
    while nxt is not None and nxt.low in _AGE_ADVERBS:
        nxt = _next(a, nxt)
    if nxt is None or nxt.low not in ("in", "into"):
        return False
    owner = _next(a, nxt)
    return owner is not None and owner.low in ("his", "her") and in_an_age(a, owner)


def _subject_of_other_gender(a: Analysis, p: Pronoun) -> Token | None:
    """The subject pronoun of the other gender than ``p``'s before its verb (perhaps and a
    preposition), past auxiliaries and adverbs, outside quotations.  A verb and "to" before
    that verb share its subject ("she planned to keep his workshop")."""
    tok = _previous(a, p.tok)
    if tok is not None and tok.low in _PREPOSITIONS:
        tok = _previous(a, tok)
    if not _an_action(tok):
        return None
    tok = _previous(a, tok)
    if tok is not None and tok.low == "to":
        verb = _previous(a, tok)
        if verb is not None and _an_action(verb):
            tok = _previous(a, verb)
    while tok is not None and (tok.low in _AUXILIARIES or _adverb(tok.low)):
        tok = _previous(a, tok)
    other = "she" if p.gender == MALE else "he"
    return tok if tok is not None and tok.low == other and not tok.quoted else None


def _an_action(tok: Token | None) -> bool:
    """``tok`` is a verb in lower case that acts on what follows (not "be" or "have")."""
    return (
        tok is not None and tok.text.islower() and tok.low not in _NOT_ACTIONS and _is_verb(tok.low)
    )


def _adverb(low: str) -> bool:
    return low.endswith("ly") and len(low) > 4 and low != "only"


def _after_preposition(a: Analysis, verb: Token, obj: str) -> Token | None:
    """The object pronoun right after a preposition that follows ``verb`` ("spoke to him"),
    or after a measure and "from" ("stood three rows from him", "stood a metre away from
    her")."""
    tok = _next(a, verb)
    if tok is not None and (tok.low in ("a", "one") or tok.low.isdigit() or _number(tok.low)):
        unit = _next(a, tok)
        tok = _next(a, unit) if unit is not None and unit.text.islower() else None
        if tok is not None and tok.low == "away":
            tok = _next(a, tok)
        if tok is None or tok.low != "from":
            return None
    if tok is None or tok.low not in _PREPOSITIONS:
        return None
    nxt = _next(a, tok)
    if nxt is None or nxt.text != obj:
        return None
    return nxt if _ends_clause(a, nxt, shifted=True) else None


def _number(low: str) -> bool:
    return low in resource_words("number_words")
