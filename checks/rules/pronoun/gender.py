"""pronoun.gender: a he/she pronoun that contradicts the gender the document gives its person.

Why: machine translation from languages whose pronouns do not mark gender (or
that drop the subject) guesses ``he`` or ``she`` and sometimes guesses wrong,
turning a man into a woman for one sentence.

Example: ``Han has often praised his pilots. In 2021, she
flew 40 hours there and back`` -> ``he flew``.

How: the people a document names are tracked with their titles (``Mr``,
``Queen``, ``spokeswoman``) and the pronouns that can only refer to them; a
person's gender is established when that evidence clearly points one way.  A
pronoun is flagged when the most recent person named in its sentence or the two
before has the other established gender and nothing else nearby could be what it
refers to: no person of the pronoun's gender, no unnamed person (``a woman``,
``the official``), no name of unknown kind, no ship or country for ``she``.
A paragraph that opens by naming its subject in full ("Village head Budi Santoso
said she…") sets aside the people of the paragraphs before; a name of unknown kind in
what the antecedent is reported to say ("Cho said the government would negotiate with
Washington. She said…") does not stop the pronoun of the speaker who goes on, and a
speaker inside what the paragraph's opener reports is the opener ("Nowak told the channel
that she was ready…, which he said…").  A name the text elsewhere places after "the town
of" is a place wherever it stands, and the part an actor plays ("plays Medea") is no one
else.  A given name only counts when it opens the person's full name ("Nour Abdel Hadi":
"Abdel" is part of the surname).  A ship is "she" but never speaks, so a boat or a
thing's name does not stop "She said"; a role after a copula and the words of its own
noun phrase is the subject again ("Harding is a British rail safety consultant who…");
a person named for the first time in a paragraph's first sentence, with a who/whose
clause of their own that holds the pronoun, is that paragraph's person ("The race went
to Daniel Okoro, whose parents moved … before he was born").  A possessive name is the
place its locative uses show, and one that owns a capital or a ranked city is a place
("Gyumri, Armenia's second-largest city").  A name of unknown kind right after a kind
of organisation and ending its phrase ("the Zurich consultancy Alpstein Economics, said")
is that organisation, and one right before a lower-case noun of a person describes that
person ("her Tangata daughter-in-law"): neither is anyone a pronoun could mean.  A bare
word English does not know is set aside only on such evidence that it is a place ("in
Sfax" elsewhere): news may name a woman by her first name alone ("Ahmed Saleh married
Rym. She said…").
The article's subject (named in its headline or lede, and most often) does not leave the
stage with a paragraph ("Paul Kinsella, a folklorist, once described her playing"); a
relative who shares the subject's surname ("His daughter, Helena da Silveira", "Anton da
Silveira, her father,", and a second apposition is his too: ", a retired farmer who …")
does not take the bare surname over, though the first bare surname after such a relative who is
not the subject's may be hers.  A bare role the antecedent speaks of ("Kovacs said the
chief inspector had…. He said") does not take over the "He said" after it; the part an
actor plays is the actor; a "she" who thinks or feels ("she had never been so nervous")
is no boat.
A name after a lower-case adjective of a part of a land ("of eastern Germany") is a place; a
second role joined by "and" inside a name's apposition ("the party's leader and the mayor of
the town") is the name's; a singular person noun before a bare noun that is no past tense
modifies it ("a guest house") and is no one; the article's subject's pronoun in what someone
else reports ("Šolc said she had been strict") casts no vote for the speaker.  A role that
opens its sentence with a phrase of place or kind, or a passive's, before a name in
apposition is that person's ("A political scientist at a university, Prof. Ana Ruiz,"; "An
expert called by the plaintiffs, Dr. …"), and so no third person beside a second one of known
gender; whom such a role serves ("A lawyer for the defendant, Ana Ruiz, said he …") is someone
the pronoun may mean, as are "the accused" and "the deceased".
A definite description that says who someone is by nationality or age and opens the
sentence after the one a person opens ("Jonas Keller was on his second trip. The Swiss
architect said…") is that person, unless a pronoun of the person's gender in its sentence
shows someone else; a bare role ("The mayor said") may be someone new.  A common English word
written as a name before a word that can only be a noun is a breed or a variety ("kept
Jersey cattle"), a dateline's country ("TROMSØ, Norway —") and a land's quarter ("Norway's
far north") are places, and a possessive or object pronoun of the gender the sentence before
used ("…her grammar.⏎⏎Jon Aas, who catalogued her notebooks, said") keeps that person on
stage across a paragraph's opening.
A newcomer named in full after an opening phrase of place or time and described by age or
trade ("At the market, Ingrid Solberg, 71, said he…") is the paragraph's person for the
subject of their own report, unless the sentence before the paragraph still has someone the
pronoun may mean on stage (a vox pop on a public figure: "…played his last match.⏎⏎At the
club, Jana Sedlak, 60, said he had given the town 20 years of joy"). A pronoun in an
opening phrase ("For most of her career, Nina Orlov…", past a dateline) and one in a
headline that names no one are votes for the person named after them. "A bishop" closing a
list of plural people a preposition governs ("to farmers, to teachers and to a bishop") is
a kind, not someone on stage, beside the article's subject, unless the pronoun opens the
next sentence. A name the text shows is a place is no antecedent even where a report follows
it ("a driver from Leszno, said").
A given name that the other gender bears in another language ("Paula", a Tongan man's;
resources/pronoun/first_names_across_cultures.txt) counts for half a given name and alone
never outvotes the text's own pronoun. A text that calls its ferry "it" ("The vessel was
built in Hobart. It can carry…": the vessel the subject, then an "It" that does what a thing
does, not an operator's "It said" nor a weather or time "It was a hard winter") calls no
ship "she"; otherwise a vessel noun up to two sentences back in the paragraph, possessive
or not ("The tanker's crew were taken off. … Captain Demir said she had been listing"),
may be what a "she" means. A vox pop by a newcomer described by age, trade or a who/whose clause
("Margaret Ellis, 67, a retired teacher, said he…", "Lisa Moreno, who lost her car in the
flood, said he…") right after a paragraph that names someone of the pronoun's gender and
ends with them on stage is about that person, unless a reflexive or an "own" ties the
report to the speaker.
A subject "he" or "she" that opens its clause and has an object pronoun of its own gender
in that simple clause ("he stood three rows from him", "she thanked her"; not "himself", not
after a second verb, in a subordinate clause or near a quotation; checks/rules/pronoun/
_binding.py) speaks of two men or two women: where its paragraph names just two people,
one of the other gender, and nothing else could be a second man or woman (no unnamed
person, no pronoun of that gender pointing elsewhere, no ship, no one still on stage from
the paragraph before, not the article's subject), the subject is the other person's.
A noun for a group that is plural without an -s, opening its sentence ("Police arrested
Tomas Lind…"), is a group, not a surname of unknown gender; a name after a stretch of a
land and "of" ("the coast of Varnholm", "the edge of Teskova") is a place; and a name of
unknown kind right before a lower-case word that can only be a noun ("the Santa Vela
hospital", "Brenna silk") names a thing's place or maker, unless that noun speaks of a
person's own circle ("the Varga family", "the Holm government"). A paragraph whose
sentences before the pronoun name no one but speak of someone with a pronoun, outside any
quotation ("…all his life.⏎⏎The drought hit his barley first. She said…"), goes on with the
people of the paragraph before.
A "his" or "her" that opens a paragraph is the article's subject's when the subject is of
its gender ("His wife of 58 years, …" in an obituary, after a paragraph quoting a woman).
Pronouns inside quotations are never judged, nor one paired with the other sex's ("he or
she", "his/her"), which means whoever it may be.
A given name that first_names.txt lacks counts as one when the US birth counts give it to
one sex (resources/pronoun/first_names_census.txt, built by bench/build_census_names.py from
the SSA's counts: at least 98% one sex, no common word, place or name that changes sex
between languages).
A person whose given name the list does not know ("Otuvai Kelemete", "Mrs Valbrekt") has the
gender the text alone gives them: an honorific, a noun only one gender bears, or two or more
pronouns only they can mean, never one stray pronoun against one other (either may be the
slip), save one case: the first stands in the person's own report right after their name's
verb of saying ("Lt. Varo Kelemete said her teams…") or opens the sentence after one that
names them alone, where it can mean no one else, and the other opens the next sentence, or
the one after another naming them alone, with no one else named about ("He said
none…"); the later is flagged, with a message that either may be the slip; where the person's
surname has a form only one sex bears (resources/pronoun/surname_endings.txt:
"Dosmukhambetova", "Abenov"), or, when the surname has none, the given name has
(resources/pronoun/given_name_endings.txt: "Rahmatullah", "Nasreddine"), only the pronoun
of the other sex is.  That form is no vote: beside a stray pronoun it would establish a
gender a man named "Jayadeva" does not have.
A role with its own apposition before a name ("The judge, a farmer … for 25 years, Alasdair
Kerr,"), a title's abbreviation before the name ("…, the Rev. Boutros Nassif,", "Her
daughter, Dr. Latsamy Inthavong,") and the
name's "of" body after it ("…, Sgt. Dwayne Kowalczyk of the sheriff's office,") still make
the opening role the name's, unless another person noun stands in the phrase.  A role in a
phrase opening with "Besides", "Like", "In addition to" and the like is someone else's
(resources/pronoun/besides_openers.txt), and a possessive in the clause whose subject is
"every", "each", "any" or "no" and a person noun is that noun's ("no worker would lose her
place").
Such a name, written in full like a person's, opens a paragraph as a listed one does
("Otuvai Kelemete, a 58-year-old fisherman, said she…" sets aside those named before); a
person the text has only ever called "he" (or "she"), if only once, is on stage for a vox pop
("Bexari Nurlatov coached the team. He won four titles.⏎⏎Asmaru Ofrendi, 22, said he…"); and
the bare surname stays with the person first named by it, not a relative named after, whether
the list knows that person's given name or not ("Teodrun Valbrekt … Her son, Ozren Valbrekt").
A "he" or "she" whom no one is named near, in a sentence whose subject is the article's
subject by the other pronoun ("At 85 she was still running a class in the valley, where he
taught the children"), is that subject going on when nothing in its paragraph, the two
sentences before or the rest of its sentence could be someone of its gender (no pronoun of
its gender, quoted or not, no person noun of its gender or none, no name that may be one,
no one picked out of a group, no animal, no ship; no name with a sign of its gender in the
six sentences before), after a clause link ("where", "and", a
comma) and no word of report or thought ("she said he", "she knew that he"), with no
quotation in the sentence.
A name in apposition to a kind of settlement that ends its noun phrase ("Kessaro, a village
on the hills above the river"; resources/pronoun/place_apposition_nouns.txt) is a place, not
a person's role that starts with such a word ("a town councillor").  A text that calls its
named ship "it" ("The Varnhild was built in 1988 … before it was refitted", the name written
after a vessel noun elsewhere) calls no ship "she", so the name is no rival for a "she".  A
"he" or "she" whose sentence (up to it) and the sentence before name no one, in one paragraph,
votes as the subject pronoun of that sentence before did ("He urged families to come early.
“…,” he said."); and a man's or woman's noun closing a sentence in apposition to a result
("finished fifth in 2:31:10, the fastest local woman.") is the role of the person named at
its start, when no one else stands between.
One pronoun against one for a person whose given name the list lacks (each bound to them:
in their own report, or opening or attributing the sentence after one that names them alone,
a day named there naming no one; an attribution's pronoun only for someone named speaking)
flags both;
across a paragraph's break the later must open it with a verb of saying ("…said she had made
four trips.⏎⏎He said the buses were full"), and then anyone the later may mean from the
paragraph before the first's on stands the pair aside.  Whom someone marries is a person
even when a noun a firm may bear describes them ("He married <Name>, a cloth printer,"), and
a "she" told something before "that" is no ship.

A subject "he" or "she" that a copula makes one of a ranked or counted group of the other
sex ("He was one of the first girls from her village", "She is among the few men") is
flagged as one called a noun of that gender is.  The town of the text's dateline ("TØNDER,
Denmark —") is a place wherever it stands, unless a person's verb of saying or pronoun
follows it; a plural a word counts ("many more Niueans") is no one a pronoun could mean.
A possessive before an age by decades in a clause about a subject pronoun of the other
gender ("until she was well into his 70s") is one slip of the two, as a reflexive is; the
sentence's other pronouns and the people it names of the other gender tell which, not a
speaker's, a thinker's or one in another age ("he was 52"), and where none is left, or
someone the subject may be is named between, the possessive is flagged.

In an article's opening sentence, a person noun that a relative clause on the name says the
person was ("Kelvari Osk, who for 40 years was the nurse and midwife on this atoll, died
on Thursday") is that person's role, no one else a pronoun in the next sentence could mean
(``_said_of_the_name``); a rite's own word after "her funeral" and the like ("Her funeral
Mass was held") is no one (``_people._rite_named``).

Fix (not safe): the pronoun of the other gender, same case; for ``her`` both
``his`` and ``him`` are offered, the likelier first, and ``his`` before a word, a figure
too, is ``her``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from functools import cache

import regex
from lemminflect import getAllLemmas, getInflection

from copydesk.checks.context import CheckContext
from copydesk.checks.data import data_lines, word_set
from copydesk.checks.language import fold, reporting_verbs, title_abbreviations
from copydesk.checks.lexicon import zipf
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check
from copydesk.checks.rules.grammar._wordclass import (
    may_be_finite,
    plural_noun,
    verb_form,
    word_classes,
)
from copydesk.checks.rules.pronoun import _binding
from copydesk.checks.rules.pronoun import _people as people
from copydesk.checks.rules.pronoun._binding import bound_object
from copydesk.checks.rules.pronoun._people import (
    ANALYSIS,
    FEMALE,
    MALE,
    NEUTRAL,
    OPENING_DETERMINERS,
    OPENING_PREPOSITIONS,
    ROLE_MODIFIERS,
    Analysis,
    Entity,
    Mention,
    Pronoun,
    Token,
    analyse,
    cataphora,
    function_words,
    heading,
    pronoun_replacement,
    resource_words,
)
from copydesk.checks.rules.word._shared import dateline_place, word_list
from copydesk.checks.rules.word.glued import glued_name_end

WINDOW = 2  # sentences before the pronoun's own that may hold its antecedent
# sentences before a possessive of the other gender than its clause's subject in which the
# one it belongs to may be named ("Ivo Lang sang first. … She folded his shirt.")
_SOMEONE_WINDOW = 6
QUOTE_WINDOW = 4  # after a quotation the speaker may have been named further back
NO_ONE_NAMED = "no named person nearby"
_WORD = {MALE: "he/his/him", FEMALE: "she/her"}


def _evidence(ent: Entity, exclude: int, gender: str) -> str:
    """What shows ``ent``'s gender, in words, as relative clauses after the name: only what
    the text really holds (a given name the text never calls "she" is said to be usually
    a woman's, no more)."""
    votes = sum(1 for off, g in ent.votes.items() if g == gender and off != exclude)
    who = "woman" if gender == FEMALE else "man"
    parts = []
    if ent.first_name == gender and people.USE_FIRST_NAMES:
        parts.append(f"whose given name is usually a {who}'s")
    elif ent.first_name is None and ent.form_gender == gender and people.USE_FIRST_NAMES:
        parts.append(f"whose {ent.form_part} has a {who}'s form")
    if ent.title_score[gender]:
        parts.append(f"whom a title or role names as a {who}")
    if votes:
        times = "once more" if votes == 1 else f"{votes} other times"
        parts.append(f"whom the text calls {_WORD[gender]} {times}")
    return " and ".join(parts) or f"whom the text otherwise refers to as {_WORD[gender]}"


def _named_later(a: Analysis, m: Mention, ante: Mention) -> bool:
    """``m``, a person noun before the antecedent's sentence, is the antecedent introduced by
    role: "the" and the same noun open that sentence in apposition to the name ("A ministry
    doctor at the tent said most had fasted. The doctor, Ana Ruiz, said she…")."""
    if m.noun is None or m.sent >= ante.sent:
        return False
    role = _THE_ROLE_COMMA.fullmatch(a.text, a.sent_spans[ante.sent][0], ante.start)
    head = a.text[m.start : m.end].split()[-1].lower()
    return role is not None and role.group(1).lower() == head


def _role_then_name(a: Analysis, m: Mention, ante: Mention) -> bool:
    """``m``, a person noun in the antecedent's sentence, is the antecedent introduced by
    role, perhaps with a relative clause, in apposition: "A local outfitter who rents huts
    to visitors, Ana Ruiz, said she…" (the name is closed by a comma too), or with a phrase
    of place or kind when the role opens the sentence ("A political scientist at a
    university in the capital, Prof. Ana Ruiz,")."""
    if m.noun is None or m.sent != ante.sent or m.end > ante.start:
        return False
    if _client_of_role(a, m, ante):
        return False  # "A lawyer for the defendant, Ana Ruiz,": the client, no role of hers
    if not (
        _ROLE_TO_NAME.fullmatch(a.text, m.end, ante.start)
        or (_opens_sentence(a, m) and _role_phrase(a.text, m.end, ante.start))
        or (_opens_sentence(a, m) and _ROLE_APPOSED.fullmatch(a.text, m.end, ante.start))
    ):
        return False
    return a.text[ante.end : ante.end + 1] == ","


def _role_phrase(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a phrase of place or kind, or a passive's, that ends a role
    before its name, with no word in it that may be a third person or a past tense
    (``_ROLE_PHRASE_TO_NAME``), save in a relative clause that closes it ("A historian at
    the island's university who has written about the railway, Dr. ")."""
    m = _ROLE_PHRASE_TO_NAME.fullmatch(text, start, end)
    if m is None:
        return False
    phrase = _RELATIVE_CLOSING.split(m.group(1), maxsplit=1)[0]
    return not any(verb_form(w, ("VBZ", "VBD")) for w in phrase.split())


# A relative clause closing a role's phrase: its verbs are its own, not the sentence's
_RELATIVE_CLOSING = regex.compile(r"[^\S\n]+(?:who|whose)[^\S\n]+")


def _opens_sentence(a: Analysis, m: Mention) -> bool:
    """``m``, a person noun, opens its sentence after a determiner and perhaps a modifier or
    two in lower case ("A political scientist", "The chief engineer")."""
    first = a.tokens[m.first_tok]
    opener = a.tokens[first.idx - first.pos]
    return opener.low in people.OPENING_DETERMINERS and first.pos <= 1 + people.ROLE_MODIFIERS


def _client_of_role(a: Analysis, m: Mention, ante: Mention) -> bool:
    """``m``, a person noun, is whom the role of the antecedent's sentence serves ("A
    spokeswoman for the mayor, Ana Ruiz, said he …", "A lawyer for the defendant"): what
    the role reports is as often about that person as about the speaker."""
    if m.noun is None or m.sent != ante.sent or m.start > ante.start:
        return False
    return people.object_of_a_persons_phrase(a.tokens, m.first_tok)


def _role_of_a_known(a: Analysis, m: Mention, n: Mention) -> bool:
    """``m``, a person noun, is the role of ``n``, a person named in apposition to it whose
    gender the text establishes ("A political scientist at a university, Prof. Ana Ruiz,
    said Tamberg had …"): that person is weighed by name, so the noun is no one else.  A
    name of unknown gender leaves the noun standing for it."""
    return n.entity is not None and n.entity.gender() is not None and _role_then_name(a, m, n)


# Perhaps a title's abbreviation before a name, "the" before it too ("Dr. ", "the Rev. ")
_TITLE_BEFORE_NAME = r"(?:(?:the[^\S\n]+)?\p{Lu}\p{Ll}{0,4}\.[^\S\n]+)?"
# The rest of a role's phrase up to its name in apposition: perhaps a relative clause with
# no comma of its own, then a comma and perhaps a title's abbreviation ("… outfitter who
# rents huts to visitors, ", "A doctor who has worked there since 2003, Dr. ", "…, the Rev. ").
_ROLE_TO_NAME = regex.compile(
    rf"(?:[^\S\n]+(?:who|that)\b[^,;.:!?\n]*)?,[^\S\n]+{_TITLE_BEFORE_NAME}"
)
# ... or a phrase of place or kind, or a passive's, when the role opens its sentence ("A
# political scientist at a university in the capital, Prof. ", "An expert called by the
# plaintiffs, Dr. "; group 1 the phrase's other words, in which no word may be a third
# person or a past tense: "The minister of finance resigned, " is a clause)
_ROLE_PHRASE_TO_NAME = regex.compile(
    r"[^\S\n]+(?:at|of|in|from|for|with|\p{Ll}+ed[^\S\n]+by)\b([^,;.:!?\n]*),"
    rf"[^\S\n]+{_TITLE_BEFORE_NAME}"
)


# The opening role's own apposition, with an article, before the name ("The tannery's
# longest-serving worker, a foreman in the finishing room who started at 17, Willem
# Jacobs,"), with no "of" nor a possessive in it, which make the name another's ("The
# driver, a former pupil of the school's headmistress, Ilse Varnow,")
_ROLE_APPOSED = regex.compile(
    r",[^\S\n]+(?:a|an|the)\b(?:(?!\bof\b|['’]s\b)[^,;:.!?\n])*,[^\S\n]+" + _TITLE_BEFORE_NAME
)


# "The doctor, " before a name that opens its sentence
_THE_ROLE_COMMA = regex.compile(r"[Tt]he[^\S\n]+(\p{Ll}+),[^\S\n]+")


def _the_antecedent_s(a: Analysis, m: Mention, ante: Mention, sent: int) -> bool:
    """``m`` is the antecedent's person, role, alias or part, or, in the sentence before the
    pronoun's, what a relative clause on its name says it was (``_said_of_the_name``:
    "Kelvari Osk, who for 40 years was the nurse …, died. He was 86.")."""
    if m.entity is ante.entity or _role_of(a, m, ante) or _alias(a, m, ante):
        return True
    return _part(a, m, ante) or (m.sent == sent - 1 and _said_of_the_name(a, ante, m))


def _blocker(
    a: Analysis, p: Pronoun, ante: Mention, window: list[Mention], fresh: bool = False
) -> str | None:
    """What near the pronoun could be its referent instead of ``ante``'s person, if anything.

    Unnamed people and people of unknown gender count when they come after the
    antecedent or open the antecedent's sentence or the one before the pronoun's
    (a subject); a person of the pronoun's own gender counts anywhere in the window.
    """
    ent = ante.entity
    sent = p.tok.sent
    # A ship is "she", but a ship does not speak: "She said" is a person.
    speaks = _speaks_in_person(a, p) or _in_mind(a, p)
    for m in window:
        if _the_antecedent_s(a, m, ante, sent):
            continue
        if _RELATED_TO.search(a.text, max(0, m.start - 30), m.start):
            continue  # "Dvoran, who is not related to the doctor, said he": named to deny a tie
        near = m.sent >= sent - 1
        # More recent than the antecedent, or the subject of the antecedent's
        # sentence or of the one before the pronoun's.
        opens = a.tokens[m.first_tok].pos <= 3 or _apposed_to_opening(a, m)
        salient = m.start > ante.start or (opens and (m.sent == ante.sent or near))
        salient = salient or _relative_subject(a, m, ante, p) or _client_of_role(a, m, ante)
        salient = salient or _whose_relative(a, m, ante) or _who_relative(a, m, ante, p)
        if m.noun is not None:
            if heading(a, m.sent) or _possessor_before(a, m, sent):
                continue  # "Finance minister unveils budget": the article's own subject
            if m.sent < sent and (_no_one_in_particular(a, m) or _either_sex_choice(a, m)):
                continue  # "…designed by anyone who had calculated its load. He said"
            if _epithet(a, m, ante, p):
                continue  # "Jonas Keller was back. The Swiss architect said…"
            if _named_role(a, m, ent):
                continue  # "the coach's pride": the coach named before, the actor's part
            if _named_later(a, m, ante) or _role_then_name(a, m, ante):
                continue  # "The doctor, Ana Ruiz, said she…", "An outfitter who …, Ana Ruiz,"
            if any(_role_of_a_known(a, m, n) for n in window):
                continue  # another's role: "A scientist at …, Ana Ruiz, said Tamberg had…"
            if m.noun.gender == NEUTRAL and m.sent < sent and _spoken_of(a, ante, m, p):
                continue
            if m.noun.gender == NEUTRAL and ent is _main_person(a) and _listed_kind(a, m, p):
                continue  # "sold violins to farmers, to teachers and to a bishop"
            if m.sent < sent and _parent_of(a, m):
                continue  # "the daughter of a schoolteacher and a clerk. She trained…"
            same = m.noun.gender == p.gender and (salient or near)
            if same or (m.noun.gender == NEUTRAL and salient):
                return f"person noun “{a.text[m.start : m.end]}”"
            continue
        other = m.entity
        if other is None or _opening_word(a, m) or _group_word(a, m):
            continue
        g = other.gender()
        if g == p.gender:
            return f"{other.name} ({g})"
        if g is None and salient and (other.is_person or m.possible_person):
            if _unknown_set_aside(a, p, ante, m):
                continue
            return f"{other.name} (gender unknown)"
        ship = p.gender == FEMALE and near and m.thing_like and a.has_vessels and not speaks
        if ship and not _vessels_are_it(a) and not _region_of(a, m) and not _a_time(a, m):
            return f"{other.name} (a thing called she?)"
    first = window[0].sent if window else sent
    if not fresh:
        first = min(first, sent - 1)
    if p.gender == FEMALE and not speaks and not _vessels_are_it(a):
        vessel = _vessel_before(a, p, min(first, sent - WINDOW))
        if vessel is not None:
            return f"vessel noun “{vessel.text}”"
    animal = _animal_before(a, p)
    if animal is not None:
        return f"animal noun “{animal.text}”"
    for tok in a.tokens_from(first, p.tok.idx):
        # An earlier pronoun of the same gender nearby: someone of that gender is in play.
        if tok.sent >= sent - 1 and not tok.quoted and tok.low in _SAME[p.gender]:
            return f"earlier “{tok.text}”"
    subject = _paragraph_subject(a, sent, p.gender)
    if subject is not None:
        return f"the paragraph's subject “{subject.text}”"
    return None


# Last words of the names of days and seasons ("New Year", "Christmas Eve", "Independence
# Day"), besides the periods of resources/word/time_nouns.txt: no vessel's name
_TIME_NAME_ENDS = frozenset({"day", "eve"})


def _a_time(a: Analysis, m: Mention) -> bool:
    """``m`` names a day or a season by its last word and stands as a time does: after a
    preposition of time ("until the New Year", "on Independence Day") or before a noun it
    dates ("the Christmas and New Year holidays").  No ship "she" means; a boat may bear
    such a name where a ship stands ("bought the Endless Summer in 2001")."""
    last = a.text[m.start : m.end].split()[-1].lower()
    if last not in _TIME_NAME_ENDS and last not in word_list("time_nouns.txt"):
        return False
    if _TIME_PREPOSITION_BEFORE.search(a.text, max(0, m.start - 40), m.start):
        return True
    after = _WORD_AFTER.match(a.text, m.end)
    return after is not None and "NOUN" in word_classes(after.group(1))


_TIME_PREPOSITION_BEFORE = regex.compile(
    r"\b(?:until|till|over|after|before|since|by|on|for|during|through|around|at)"
    r"(?:[^\S\n]+the)?(?:[^\S\n]+\p{Lu}\p{L}*[^\S\n]+and)?[^\S\n]+\Z"
)
_WORD_AFTER = regex.compile(r"[^\S\n]+(\p{Ll}+)\b")


# Capitalised words between a pronoun and the next that name no one: sentence openers
_OPENERS = people.PRONOUNS.keys() | {"the", "a", "an", "but", "and", "then", "in", "on", "at"}


def _voted_before(a: Analysis, p: Pronoun) -> list[Mention]:
    """The last mention of the person whom the nearest "he" or "she" before ``p``, outside
    quotations and in the sentences the window holds, voted for, when no one is named near
    ``p`` and the text so far shows no one of ``p``'s gender at all: "Ilse Varnow, a
    teacher, said…. “We had an hour,” she said. “Then the road was gone.”⏎⏎He said the
    school would reopen." """
    if p.tok.low not in ("he", "she"):
        return []  # "Besides his daughter and son, Villca is survived": his own sentence's
    if _gender_shown_before(a, p):
        return []  # "The coach resigned…. “He gave everything,” she said.⏎⏎He will be…"
    first = p.tok.sent - WINDOW
    for m in a.mentions_in(first, p.tok.start):
        if m.noun is not None or m.possible_person or (m.entity and m.entity.is_person):
            return []  # "Oyuunaa, a retired teacher who uses one name, … She said"
    before = [t for t in a.tokens_from(first, p.tok.idx) if t.low in ("he", "she") and not t.quoted]
    if not before or _gender_in_play(a, p):
        return []
    last = before[-1]
    if _has_quote(a, p.tok.sent):
        return []  # "The ferry was late. “A slow boat…,” he said.": someone unnamed speaks
    between = a.tokens[last.idx + 1 : p.tok.idx]
    if any(t.text[:1].isupper() and not t.quoted and t.low not in _OPENERS for t in between):
        return []  # "… he said.⏎⏎Oyuunaa, who uses one name, voted…. She said": hers
    if any(not t.quoted and last.sent < t.sent < p.tok.sent for t in between):
        return []  # only quotations may stand between the two
    voter = people.voter_of(a, last.start)
    if voter is None:
        return []
    return [m for m in a.mentions if m.entity is voter and m.start < last.start][-1:]


def _gender_shown_before(a: Analysis, p: Pronoun) -> bool:
    """Anything before ``p`` in the text shows someone of its gender: a pronoun of it,
    quoted or not, a person noun of it, or a name the text gives it."""
    same = _SAME[p.gender]
    if any(t.low in same for t in a.tokens[: p.tok.idx]):
        return True
    for m in a.mentions_in(0, p.tok.start):
        if m.noun is not None and m.noun.gender == p.gender:
            return True
        if m.entity is not None and m.entity.gender() == p.gender:
            return True
    return False


def _unknown_set_aside(a: Analysis, p: Pronoun, ante: Mention, m: Mention) -> bool:
    """``m``, a name of unknown gender near the pronoun, is no one it could mean: a place,
    a body, or a word describing someone, or the antecedent reports it and goes on."""
    if m.entity is not None and m.entity.is_person:
        return _place_taken_for_person(a, m)  # "a schoolteacher from Mbelora, said"
    if _place_or_body(a, a.text[m.start : m.end]) or _known_place(a, m):
        return True  # "Britain", "Microsoft", "the Liberal Party", "left Tabriz"
    if _told_by(a, ante, m) and _speaks(a, p):
        return True  # "Cho said… with Washington…. She said": the speaker goes on
    # "her Tangata daughter-in-law", "Jersey cattle": a word describing
    if _before_person_noun(a, m) or _common_word_before_noun(a, m) or _name_before_noun(a, m):
        return True
    return _describing_throughout(a, m)


def _describing_throughout(a: Analysis, m: Mention) -> bool:
    """``m``'s one-word name is a people's or a place's adjective wherever the text names
    it ("this Amazigh town", "register Amazigh names"), no one a pronoun could mean
    (``_only_before_words``); worked out once per name."""
    ent = m.entity
    if ent is None or " " in ent.name:
        return False
    key = ("describing throughout", ent.name)
    if key not in a.derived:
        a.derived[key] = _only_before_words(a, ent)
    return bool(a.derived[key])


def _only_before_words(a: Analysis, ent: Entity) -> bool:
    """``ent``, no given name, is named at least twice, each time as written and right
    before a lower-case word that may be a noun (not a function word, a noun of a person's
    circle or deeds, a person noun, nor a verb before its object), once before a word that
    can only be a noun, once after a determiner, a quantifier or a preposition, and once
    before a noun of a place or a tongue (resources/pronoun/people_place_nouns.txt)."""
    if fold(ent.name.lower()) in people.first_names():
        return False
    mine = [n for n in a.mentions if n.entity is ent]
    if len(mine) < 2 or not any(_noun_after(a, n) is not None for n in mine):
        return False
    excluded = resource_words("circle_nouns") | resource_words("deed_nouns")
    words_after = []
    for n in mine:
        if a.text[n.start : n.end] != ent.name:
            return False  # a possessive or another form: "Varga's", "VARGA"
        nxt = _NEXT_LOWER_WORD.match(a.text, n.end)
        word = nxt.group(1) if nxt else ""
        if not word or word in function_words() or word in excluded:
            return False
        lemmas = getAllLemmas(word)
        if word in people.person_nouns() or "NOUN" not in lemmas:
            return False  # "Suharto ruled", "Banksy painted": a subject and its verb
        if "VERB" in lemmas and _DETERMINER_AFTER.match(a.text, nxt.end()):
            return False  # "Ruto visits the market": a subject, its verb and its object
        words_after.append(word)
    # inside a noun phrase at least once ("this Amazigh town", "in Amazigh villages"): a
    # name only ever opening a clause ("Modi posters cover", "and Modi rallies fill") may
    # be a leader's, whom a pronoun may mean
    if not any(_PHRASE_OPENER_BEFORE.search(a.text, max(0, n.start - 12), n.start) for n in mine):
        return False
    # and once before a noun of a place, a tongue or a people ("Amazigh names"), which a
    # leader's or an artist's name is not ("under Ortega rule", "Fela records")
    nouns = resource_words("people_place_nouns")
    return any(word in nouns for word in words_after)


# A determiner or a quantifier after a word: "visits| the market", "leads| every poll"
_DETERMINER_AFTER = regex.compile(
    r"[^\S\n]+(?:the|a|an|this|that|these|those|every|each|its|his|her|their|some|all)\b"
)
# One space and a lower-case word of letters (and hyphens) after a name
_NEXT_LOWER_WORD = regex.compile(r" (\p{Ll}[\p{Ll}-]*)\b")
# A determiner, a quantifier or a preposition right before a name: "this |Amazigh town",
# "other |Amazigh towns", "in |Amazigh"
_PHRASE_OPENER_BEFORE = regex.compile(
    r"\b(?:the|a|an|this|that|these|those|its|their|our|other|many|some|most|all|several"
    r"|few|both|in|of|on|at|for|from|with|into|under|among)[^\S\n]+\Z"
)


# "who", its verb and perhaps a preposition, between a person and the antecedent; and,
# between the antecedent and the pronoun, "and", perhaps an adverb, and a second verb
_WHO_VERB_BETWEEN = regex.compile(r",?[^\S\n]+who[^\S\n]+\p{Ll}+(?:[^\S\n]+\p{Ll}+)?[^\S\n]+")
_AND_VERB_BETWEEN = regex.compile(r"[^\S\n]+and[^\S\n]+(?:\p{Ll}+[^\S\n]+)?\p{Ll}+[^\S\n]+")


def _relative_subject(a: Analysis, m: Mention, ante: Mention, p: Pronoun) -> bool:
    """``m`` is the subject of a relative clause whose verb takes ``ante`` as its object,
    and ``p`` stands after the clause's second verb: "played by Orvel Varov, who falls
    for Ilse and then loses his nerve": the second verb's subject, and so perhaps the
    possessive's owner, is ``m``'s person, not the antecedent."""
    if p.tok.low not in ("his", "her") or not (m.end <= ante.start < p.tok.start):
        return False
    text = a.text
    return (
        _WHO_VERB_BETWEEN.fullmatch(text, m.end, ante.start) is not None
        and _AND_VERB_BETWEEN.fullmatch(text, ante.end, p.tok.start) is not None
    )


# From a name's end to a relative named in its "whose" clause: ", 64, whose wife, "
_WHOSE_RELATIVE_BETWEEN = regex.compile(
    r",[^\S\n]+(?:\d+,[^\S\n]+)?whose[^\S\n]+(?:\p{Ll}+[^\S\n]+){0,2}?\p{Ll}+,?[^\S\n]+"
)


def _whose_relative(a: Analysis, m: Mention, ante: Mention) -> bool:
    """``ante`` is named in ``m``'s own "whose" clause ("Harlan Voss, 64, whose wife, Jolene,
    had a stroke. He said"): the name the clause hangs on stays the one the sentence is
    about, whom a pronoun after it may well mean."""
    return m.sent == ante.sent and bool(
        _WHOSE_RELATIVE_BETWEEN.fullmatch(a.text, m.end, ante.start)
    )


# From a name's end to the antecedent its "who" clause names: ", who recorded "
_WHO_RELATIVE_BETWEEN = regex.compile(
    r",[^\S\n]+(?:\d+,[^\S\n]+)?who[^\S\n]+(?:\p{Ll}+[^\S\n]+){1,3}"
)


# A title right before a name ("Dr. "), or the comma of an apposition ("a historian, ")
_TITLE_OR_APPOSITION_BEFORE = regex.compile(r"(?:\b(\p{L}+)\.|,)[^\S\n]+\Z")


def _who_relative(a: Analysis, m: Mention, ante: Mention, p: Pronoun) -> bool:
    """``ante`` is named in the "who" clause of ``m``, a few lower-case words after "who"
    ("a historian, Dr. Rouba Varkani, who recorded Shammaa's memories. Fewer than 20 now
    work there, she said"): the clause hangs on ``m``, whom a "she said" in the next
    sentence may well mean, as after a "whose" clause.  ``m`` must read as a person: a
    title before the name, or the name in apposition after a comma; not a club, a band or
    a party, which British copy also gives a "who" ("talks with Chelsea, who signed
    Delvani", "produced by Radiohead, who").  ``p`` must speak ("she said"), in the
    sentence right after ``m``'s."""
    if m.sent != ante.sent or m.sent != p.tok.sent - 1 or not _speaks_in_person(a, p):
        return False
    if _WHO_RELATIVE_BETWEEN.fullmatch(a.text, m.end, ante.start) is None:
        return False
    before = _TITLE_OR_APPOSITION_BEFORE.search(a.text, max(0, m.start - 12), m.start)
    if before is None:
        return False
    title = before.group(1)
    return title is None or title.lower() in title_abbreviations()


def _no_one_in_particular(a: Analysis, m: Mention) -> bool:
    """``m`` is "anyone", "nobody" or another indefinite of everyone or no one
    (resources/pronoun/no_one_in_particular.txt): a generic "he" in its own sentence may be
    bound to it ("anyone who fishes the lake knows he must test the ice"), but no pronoun
    after that sentence means it."""
    return a.text[m.start : m.end].lower() in resource_words("no_one_in_particular")


# "or", perhaps "a" or "an", and a lower-case word after a person noun ("a son| or a
# daughter"), or the same before it ("a daughter or a |son")
_OR_AFTER = regex.compile(r"[^\S\n]+or[^\S\n]+(?:an?[^\S\n]+)?(\p{Ll}+)\b")
_OR_BEFORE = regex.compile(r"(?<![\p{L}'’])(\p{Ll}+)[^\S\n]+or[^\S\n]+(?:an?[^\S\n]+)?\Z")
# before the pair's first noun: "a" or "an" after a verb of being ("whether the driver was a
# |man or a woman": a real person whose sex is not known), or a determiner that names
# someone ("her |son or her daughter", "the |husband or wife")
_BE_A_BEFORE = regex.compile(r"\b(?:is|was|were|are|be|been|being)[^\S\n]+an?[^\S\n]+\Z")
_NAMING_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:the|his|her|their|its|my|your|our|this|that|\p{L}+['’]s)[^\S\n]+\Z",
    regex.IGNORECASE,
)


# ... "whether" or "if" opening its clause ("did not mind whether she had a |son or a
# daughter"), or a verb that awaits one child ("happy to welcome a |son or daughter")
_ONE_REAL_BEFORE = regex.compile(
    r"\b(?:whether|if)\b[^,.;:!?\n]*\Z|\b(?:welcome[ds]?|welcoming|expect(?:s|ed|ing)?)"
    r"[^\S\n]+an?[^\S\n]+\Z"
)
# "the", a noun and a comma before the pair: its apposition ("the attacker, |a man or a woman")
_APPOSED_TO_THE = regex.compile(
    r"\bthe[^\S\n]+\p{Ll}+,[^\S\n]+(?:an?[^\S\n]+)?\Z", regex.IGNORECASE
)
# after the pair, a past or perfect verb in its clause: someone did something ("a nephew or
# niece of the victim had called police", "a man or a woman in a grey top was seen")
_DEED_AFTER = regex.compile(r"[^,.;:!?\n]{0,40}?\b(?:had|has|was|were)\b")


@cache
def _sex_pairs() -> dict[str, str]:
    """Each noun of resources/pronoun/sex_pairs.txt with the other sex's form of it."""
    pairs: dict[str, str] = {}
    for line in data_lines("pronoun", "sex_pairs.txt"):
        male, female = line.split()
        pairs[male], pairs[female] = female, male
    return pairs


def _either_sex_choice(a: Analysis, m: Mention) -> bool:
    """``m``, a person noun, is one of a choice between the two sexes' forms of one noun
    ("writes to a son or a daughter overseas", "a brother or sister"; resources/pronoun/
    sex_pairs.txt), with "a", "an" or no determiner: anyone's relative, no one in
    particular, whom no pronoun after its sentence means.  Not after a verb of being
    ("whether the driver was a man or a woman": someone real), nor with a determiner that
    names someone ("her son or her daughter would collect it"), nor in a clause "whether" or
    "if" opens, after "welcome" or "expect" (one child to come), nor before a past or
    perfect verb ("a nephew or niece of the victim had called police")."""
    word = a.text[m.start : m.end].lower()
    partner = _sex_pairs().get(word)
    if partner is None:
        return False
    after = _OR_AFTER.match(a.text, m.end)
    if after is not None and after.group(1) == partner:
        first = m.start
    else:
        before = _OR_BEFORE.search(a.text, max(0, m.start - 40), m.start)
        if before is None or before.group(1) != partner:
            return False
        first = before.start(1)
    lead = a.text[max(0, first - 60) : first]
    if _BE_A_BEFORE.search(lead) or _NAMING_BEFORE.search(lead) or _ONE_REAL_BEFORE.search(lead):
        return False
    if _APPOSED_TO_THE.search(lead):
        return False  # "the attacker, a man or a woman in a grey top, ran": someone real
    last = max(m.end, after.end() if after is not None and first == m.start else m.end)
    return _DEED_AFTER.match(a.text, last) is None


def _possessor_before(a: Analysis, m: Mention, sent: int) -> bool:
    """``m``, a person noun in the possessive, stands in a sentence before ``sent``: off
    stage since ("…with the artist's family. He told visitors" is no one but the slip)."""
    return m.sent != sent and a.text[m.end - 2 : m.end] in _POSSESSIVE_END


def _paragraph_subject(a: Analysis, sent: int, gender: str) -> Token | None:
    """A "he" or "she" of ``gender`` that is the subject of the first sentence of
    ``sent``'s paragraph, two sentences back or more, perhaps after an opening phrase:
    "In 1960 she married Ray Lund. He died in 1998. For most of her career…": the
    paragraph is about her, and the man came in as an aside."""
    para = a.para_first_sent[sent]
    if para >= sent - 1:
        return None  # the sentence before is read token by token
    word = "he" if gender == MALE else "she"
    for tok in a.tokens_from(para, a.sent_first_tok[para + 1]):
        if tok.sent == para and tok.pos <= 3 and tok.low == word and not tok.quoted:
            return tok
    return None


# A kin noun and "of", then at most one other described parent, right before a person
# noun: "the daughter of a schoolteacher", "the son of a farmer and a"
_KIN_OF_BEFORE = regex.compile(
    r"\b(\p{Ll}+)[^\S\n]+of[^\S\n]+(?:(?:a|an|the)[^\S\n]+)?"
    r"(?:\p{Ll}+[^\S\n]+){0,3}?(?:and[^\S\n]+)?(?:(?:a|an|the)[^\S\n]+)?(?:\p{Ll}+[^\S\n]+)?\Z"
)


def _parent_of(a: Analysis, m: Mention) -> bool:
    """``m``, a person noun, describes a parent after a kin noun and "of" ("born in 1935,
    the daughter of a schoolteacher and a railway clerk"): who the person was born to, no
    one who acts in the sentences after."""
    before = _KIN_OF_BEFORE.search(a.text, max(0, m.start - 60), m.start)
    return before is not None and before.group(1) in resource_words("kin_nouns")


# "related to" and an article right before a mention: a person named only to deny a tie.
_RELATED_TO = regex.compile(r"\b(?:un)?related[^\S\n]+to[^\S\n]+(?:(?:the|a|an)[^\S\n]+)?\Z")


def _vessel_before(a: Analysis, p: Pronoun, first: int) -> Token | None:
    """A vessel noun, possessive or not ("the tanker's crew"), in sentence ``first`` or after
    it and before ``p``, within ``p``'s paragraph: the ship a "she" may be.  "The ferry
    company cancelled the sailing. It blamed the wind. Captain Lund said she would sail
    at noon": two sentences back, the ferry is still the one she is.  Not one that qualifies
    a noun of people ("Boat owners", ``_before_people``)."""
    vessels = resource_words("vessel_nouns")
    start = max(first, a.para_first_sent[p.tok.sent])
    for tok in a.tokens_from(start, p.tok.idx):
        if regex.sub(r"['’]s?\Z", "", tok.low) in vessels and not _before_people(a, tok):
            return tok
    return None


def _before_people(a: Analysis, tok: Token) -> bool:
    """``tok`` qualifies a noun of people right after it ("Boat owners who carry visitors",
    "ferry passengers"): the people are spoken of, no vessel."""
    nxt = a.tokens[tok.idx + 1] if tok.idx + 1 < len(a.tokens) else None
    if nxt is None or nxt.sent != tok.sent or a.text[tok.end : nxt.start] != " ":
        return False
    if tok.low.endswith(("'s", "’s", "'", "’")):
        return False  # "the tanker's crew": the tanker is spoken of
    return nxt.low in people.person_nouns() or people.plural_of_person(nxt.low) is not None


def _animal_before(a: Analysis, p: Pronoun) -> Token | None:
    """An animal (resources/pronoun/animal_nouns.txt) that the text gives a sex in an
    apposition ("His last eagle, a six-year-old female,"), in the singular outside
    quotations in ``p``'s sentence or the one before, when ``p`` is an object or a
    possessive: "… is now kept by his son, who said the family would release her" speaks
    of the bird.  Not an animal's word alone, which may be a verb or a modifier ("could not
    bear the cost", "a dog handler") or an animal no pronoun means."""
    if p.tok.low not in ("him", "her", "his", "hers"):
        return None
    animals = resource_words("animal_nouns")
    for t in a.tokens_from(max(0, p.tok.sent - 1), p.tok.idx):
        if t.low in animals and not t.quoted and _SEXED_APPOSITION.match(a.text, t.end):
            return t
    return None


# ", a six-year-old female,", ", a young male": an animal's sex in apposition
_SEXED_APPOSITION = regex.compile(
    r",[^\S\n]+an?[^\S\n]+(?:[\p{L}\p{N}\-]+[^\S\n]+){0,2}?(?:female|male)\b"
)


def _vessels_are_it(a: Analysis) -> bool:
    """The text calls its ship or boat "it": a sentence whose subject is a vessel noun ("The
    vessel was built in Hobart") is followed by one whose subject "It" does what a thing
    does ("It can carry 900 passengers").  Such a text does not call a ship "she", and a
    "she" near a ferry is a woman's.  Once per analysis."""
    key = ("vessels_are_it", "")
    if key not in a.derived:
        a.derived[key] = _find_vessel_it(a)
    return bool(a.derived[key])


def _find_vessel_it(a: Analysis) -> bool:
    starts = a.sent_first_tok
    for s in range(len(starts) - 1):
        first, nxt = starts[s], starts[s + 1]
        sentence = a.tokens[first:nxt]
        if _ship_name_subject(a, sentence) and _it_later(a, sentence):
            return True
        if nxt >= len(a.tokens) or a.tokens[nxt].text != "It":
            continue
        if _vessel_subject(sentence) and _it_is_a_thing(a.tokens, nxt):
            return True
    return False


# Words that link a later clause of a sentence to its subject ("The Aurora was built in
# 1960 before it was refitted")
_IT_CLAUSE_LINKS = frozenset(
    {"before", "after", "when", "until", "since", "because", "and", "but", "while", "as"}
    | {"although", "though", "once"}
)


def _ship_name_subject(a: Analysis, sentence: list[Token]) -> bool:
    """The sentence opens with "The" and a ship's name, a verb right after it ("The Aurora
    was built"): a name the text also writes right after a vessel noun, with at most one
    word between ("the ferry Aurora", "The boat, the MV Aurora,")."""
    if len(sentence) < 3 or sentence[0].low != "the" or sentence[0].quoted:
        return False
    k = 1
    while k < min(4, len(sentence) - 1) and sentence[k].text[:1].isupper():
        k += 1
    if k == 1:
        return False
    lemmas = getAllLemmas(sentence[k].low)
    if not ("AUX" in lemmas or ("VERB" in lemmas and "NOUN" not in lemmas)):
        return False
    vessels = "|".join(sorted(resource_words("vessel_nouns")))
    name = regex.escape(sentence[k - 1].text)
    after_vessel = rf"\b(?:{vessels})s?,?[^\S\n]+(?:the[^\S\n]+)?(?:\S+[^\S\n]+)?{name}\b"
    return regex.search(after_vessel, a.text, regex.IGNORECASE) is not None


def _it_later(a: Analysis, sentence: list[Token]) -> bool:
    """A later clause of the sentence has "it" for its subject, after a clause link, doing
    what a thing does ("…before it was rebuilt"): the sentence's subject, the ship."""
    for k in range(2, len(sentence)):
        t = sentence[k]
        if t.text == "it" and not t.quoted and sentence[k - 1].low in _IT_CLAUSE_LINKS:
            return _it_is_a_thing(a.tokens, t.idx)
    return False


def _vessel_subject(sentence: list[Token]) -> bool:
    """The sentence opens with "The", a vessel noun among its next three words, and a verb
    right after that noun: the vessel is the subject ("The new ferry was built", "The
    trawler sank").  Not "The ferry operator said" nor "The yacht crews gathered": there
    the vessel noun only describes the subject."""
    vessels = resource_words("vessel_nouns")
    if not sentence or sentence[0].low != "the" or sentence[0].quoted:
        return False
    for k in range(1, min(4, len(sentence) - 1)):
        if sentence[k].low in vessels:
            lemmas = getAllLemmas(sentence[k + 1].low)
            return "AUX" in lemmas or ("VERB" in lemmas and "NOUN" not in lemmas)
    return False


_IT_AUXILIARIES = frozenset({"is", "was", "be", "been", "has", "had", "have"})
_IT_MODALS = frozenset({"can", "could", "will", "would", "may", "might", "must", "should"})


def _it_is_a_thing(tokens: list[Token], k: int) -> bool:
    """The "It" at ``k`` is the subject of something a thing does or undergoes ("It can
    carry", "It sank", "It was built"), not a dummy subject of weather, time or
    extraposition ("It rained", "It was a hard winter", "It took three tugs to…", "It is
    thought that…") nor a body that speaks ("It said"): see
    resources/pronoun/it_without_a_thing_verbs.txt."""
    sent, i = tokens[k].sent, k + 1
    if i < len(tokens) and tokens[i].low in _IT_MODALS:
        i += 1
    passive = False
    while i < len(tokens) and tokens[i].low in _IT_AUXILIARIES:
        passive = passive or tokens[i].low in ("is", "was", "be", "been")
        i += 1
    if i >= len(tokens) or tokens[i].sent != sent:
        return False
    word = tokens[i].low
    bases = getAllLemmas(word).get("VERB", ())
    if not bases or any(b in resource_words("it_without_a_thing_verbs") for b in bases):
        return False
    return _past_participle(word) if passive else True


# Prepositions whose complement a list of kinds of people can be ("sold them to farmers, to
# teachers and to a bishop", "a crew of students, fishermen and a dentist")
_LIST_PREPOSITIONS = frozenset({"to", "of", "with", "for", "among", "from", "about", "between"})


def _listed_kind(a: Analysis, m: Mention, p: Pronoun) -> bool:
    """``m``, "a" or "an" and a singular person noun, closes a list of plural person nouns
    that a preposition governs ("sold them to farmers, to teachers and, once, to a
    bishop"): a kind of person among others, no one on stage a pronoun could mean.

    Not a list a verb takes as its object ("met bankers, economists and a reporter. She
    asked…"), whose last person is someone met, nor when the pronoun opens the very next
    sentence, which picks up the last person named ("…and to an editor. She cut…")."""
    toks = a.tokens
    if p.tok.sent == m.sent + 1 and p.tok.idx == a.sent_first_tok[p.tok.sent]:
        return False
    k = m.first_tok - 1
    while k >= 0 and toks[k].sent == m.sent and toks[k].text.islower() and k >= m.first_tok - 3:
        if toks[k].low in ("a", "an"):
            break
        k -= 1
    if k < 0 or toks[k].low not in ("a", "an") or toks[k].sent != m.sent:
        return False
    joined = False
    for t in reversed(toks[max(0, k - 8) : k]):
        if t.sent != m.sent or t.quoted:
            return False
        if t.low in ("and", "or"):
            joined = True
        elif joined and people.plural_of_person(t.low) is not None:
            return a.text[t.end : t.end + 1] in (",", " ") and _governed_list(a, t.idx)
    return False


def _governed_list(a: Analysis, index: int) -> bool:
    """The plural person nouns listed up to token ``index`` follow a preposition ("to
    farmers, to teachers", "of students, fishermen"), not a verb ("met bankers,
    economists")."""
    toks = a.tokens
    k = index
    while k > 0 and toks[k - 1].sent == toks[index].sent:
        before = toks[k - 1]
        if before.low in _LIST_PREPOSITIONS:
            return True
        if not (people.plural_of_person(before.low) is not None or before.low in ("and", "or")):
            return False
        k -= 1
    return False


_AGE = regex.compile(r"(?:[\p{L}\d]+-)?years?-old", regex.IGNORECASE)


def _named_role(a: Analysis, m: Mention, ent: Entity | None) -> bool:
    """``m``, a person noun after "the", repeats the noun of an apposition that described
    someone named before ("Blagoj, a 71-year-old retired wrestling coach, … the coach's
    pride"), and that someone is ``ent`` or the part ``ent`` plays ("Kiril Varkossi …
    plays Blagoj"): no second person the pronoun could mean."""
    if (
        ent is None
        or m.noun is None
        or not _THE_BEFORE.search(a.text, max(0, m.start - 5), m.start)
    ):
        return False
    noun = a.text[m.start : m.end]
    for end in _POSSESSIVE_END:
        noun = noun.removesuffix(end)
    head = noun.rstrip("'’").split()[-1].lower()
    # the apposition's own head, where it ends: not "the outfielder's mother", not "the
    # party's leader, and the mayor"
    described = regex.compile(
        rf",[^\S\n]+(?:a|an|the)\b[^,.;:!?\n]{{0,60}}\b{regex.escape(head)}"
        r"(?=[,.;:!?)]|[^\S\n]+(?:who|whose|that|of|in|at|from|for|with)\b)",
        regex.IGNORECASE,
    )
    for n in a.mentions_in(0, m.start):
        other = n.entity
        # the head must end before ``m``: in "<Name>, a teacher at the school who taught
        # the girl," the girl is someone else, not the apposition's head
        if other is None or not other.is_person or not described.match(a.text, n.end, m.start):
            continue
        if other is ent or _plays(a, ent, other):
            return True
    return False


_THE_BEFORE = regex.compile(r"\b[Tt]he[^\S\n]+\Z")


def _plays(a: Analysis, actor: Entity, part: Entity) -> bool:
    """A name of ``part`` stands in a sentence of ``actor``'s as the part played
    (``people.other_name_for``: "Kiril Varkossi … plays Blagoj")."""
    for x in a.mentions:
        if x.entity is not actor:
            continue
        for y in a.mentions_in(x.sent, a.sent_spans[x.sent][1]):
            if (
                y.entity is part
                and y.start > x.end
                and people.other_name_for(a.text, x.end, y.start)
            ):
                return True
    return False


def _epithet(a: Analysis, m: Mention, ante: Mention, p: Pronoun) -> bool:
    """``m`` is a definite description of ``ante``'s person that opens the sentence after
    the one ``ante`` opens, in one paragraph and with no one named between, and says who
    they are by nationality or age: "Jonas Keller was on his second trip. The Swiss
    architect said…", "The 61-year-old teacher".  A bare role ("The mayor said") may be
    someone new and is not taken for the person."""
    ent = ante.entity
    assert m.noun is not None and ent is not None
    if m.sent != ante.sent + 1 or a.para_first_sent[m.sent] != a.para_first_sent[ante.sent]:
        return False
    if a.tokens[ante.first_tok].pos != 0 or m.noun.gender not in (NEUTRAL, ent.gender(p.tok.start)):
        return False
    for n in a.mentions_in(ante.sent, m.start):
        if n.start < ante.end or n.entity is ent:
            continue
        place = n.entity is not None and _place_or_body(a, a.text[n.start : n.end])
        if n.noun is not None or (n.entity is not None and n.entity.is_person) or not place:
            return False  # someone else came on stage between
    words = a.tokens[a.sent_first_tok[m.sent] : m.first_tok]
    if not 2 <= len(words) <= 4 or words[0].low != "the":
        return False
    if a.tokens[m.first_tok].low in resource_words("kin_nouns"):
        return False  # "The German husband", "The French lawyer": someone's, not the person
    same = _SAME[MALE if p.gender == FEMALE else FEMALE]
    stop = _sentence_stop(a, m.sent)
    if any(t.low in same and not t.quoted for t in a.tokens[m.first_tok : stop]):
        return False  # "The Danish captain said he had waited for her": she is someone else
    if _acted_on(a, ante) or _restricted(a, m):
        return False  # "Carlos Mendes was sentenced. The 19-year-old witness said she…"
    demonyms = _body_words()[1]
    return any(t.text in demonyms or _AGE.fullmatch(t.text) for t in words[1:])


# Passive auxiliaries: "was arrested", "has been charged"
_PASSIVE_AUX = frozenset({"is", "was", "are", "were", "been"})
# Words that open a restrictive modifier after a noun: "the owner of the painting"
_RESTRICTORS = frozenset({"of", "who", "whom", "whose", "that", "which", "in", "at", "from"})


def _after(a: Analysis, m: Mention) -> int:
    """Index of the first token after mention ``m``."""
    i = m.first_tok
    while i < len(a.tokens) and a.tokens[i].start < m.end:
        i += 1
    return i


def _acted_on(a: Analysis, ante: Mention) -> bool:
    """The named person is the subject of a passive ("Hans Becker was convicted", "has been
    charged"): someone else acted on them, and a description in the next sentence may well be
    that other party (the prosecutor, the witness, the victim), not the person."""
    i = _after(a, ante)
    toks = a.tokens
    if i < len(toks) and toks[i].low in ("has", "have", "had"):
        i += 1
    if i >= len(toks) or toks[i].sent != ante.sent or toks[i].low not in _PASSIVE_AUX:
        return False
    i += 1
    if i < len(toks) and toks[i].low.endswith("ly"):
        i += 1  # "was finally charged"
    word = toks[i].low if i < len(toks) and toks[i].sent == ante.sent else ""
    return word.isalpha() and _past_participle(word)


def _past_participle(word: str) -> bool:
    """``word`` is a verb's past participle ("convicted", "found")."""
    return any(word in getInflection(base, "VBN") for base in getAllLemmas(word).get("VERB", ()))


def _restricted(a: Analysis, m: Mention) -> bool:
    """A description narrowed by what follows its noun ("the driver of the lorry", "the
    student who filmed the attack") picks someone out by a part they played: someone new."""
    i = _after(a, m)
    return i < len(a.tokens) and a.tokens[i].sent == m.sent and a.tokens[i].low in _RESTRICTORS


_NOUN_AFTER = regex.compile(r"[ \u00a0]+(\p{Ll}+)(?:-[\p{Ll}-]+)?(?![\p{L}\p{M}])")


def _before_person_noun(a: Analysis, m: Mention) -> bool:
    """A name of unknown kind right before a lower-case noun of a person describes that
    person ("Tui's Tangata daughter-in-law", "a Kanak teacher"): it is no one itself."""
    nxt = _NOUN_AFTER.match(a.text, m.end)
    return nxt is not None and nxt.group(1) in people.person_nouns()


def _common_word_before_noun(a: Analysis, m: Mention) -> bool:
    """A one-word name of unknown kind that English knows as a common word, and no given
    name, right before a lower-case word that can only be a noun: a breed, a variety or a
    material, not a person ("kept Jersey cattle", "Angora goats")."""
    word = a.text[m.start : m.end]
    if " " in word or m.first_tok + 1 >= len(a.tokens):
        return False
    low = word.lower()
    if not people.english_word(low) or fold(low) in people.first_names():
        return False
    return _noun_after(a, m) is not None


def _noun_after(a: Analysis, m: Mention) -> str | None:
    """The lower-case word one space after ``m`` in its sentence, when it can only be a
    noun ("Jersey cattle", "the Koro basin"); else None."""
    k = m.first_tok
    while k + 1 < len(a.tokens) and a.tokens[k + 1].start < m.end:
        k += 1
    if k + 1 >= len(a.tokens):
        return None
    nxt = a.tokens[k + 1]
    if nxt.sent != m.sent or a.text[m.end : nxt.start] != " " or not nxt.text.islower():
        return None
    return nxt.low if people.noun_only(nxt.low) else None


def _name_before_noun(a: Analysis, m: Mention) -> bool:
    """``m``, a name of unknown kind and no possessive, stands right before a lower-case
    word that can only be a noun: it names that thing's place or maker ("works at the
    Santa Vela hospital", "the Koro basin", "Brenna silk"), no one a pronoun could mean.
    Not before a reflexive ("Lund herself"), a word of time ("Monday morning") or a noun
    of the person's own circle ("the Varga family", "the Holm government":
    resources/pronoun/circle_nouns.txt), where the name may still be someone's."""
    if a.text[m.start : m.end].endswith(("'s", "’s", "s'", "s’")):
        return False
    low = _noun_after(a, m)
    return (
        low is not None
        and low not in function_words()
        and not low.endswith(("self", "selves"))
        and low not in resource_words("calendar_words")
        and low not in resource_words("circle_nouns")
        and low not in resource_words("deed_nouns")
        and low not in people.person_nouns()
    )


def _told_by(a: Analysis, ante: Mention, m: Mention) -> bool:
    """``m`` stands in what ``ante`` is reported to have said, in the same sentence:
    "Daniel Cho said the government would negotiate with Washington"."""
    if m.sent != ante.sent or m.start < ante.end:
        return False
    verbs = reporting_verbs()
    between = a.tokens[ante.first_tok + 1 : m.first_tok]
    return any(t.start >= ante.end and t.low in verbs and not t.quoted for t in between)


_PASSIVE = frozenset({"was", "were", "been", "be", "being", "is", "are"})


def _spoken_of(a: Analysis, ante: Mention, m: Mention, p: Pronoun) -> bool:
    """``m``, a bare role, is someone ``ante`` speaks of, and ``p`` goes on speaking in a
    later sentence: "Kovacs said the chief inspector had ordered work stopped. He said…"
    (the speaker goes on).  Not a newcomer with a clause of their own ("a swimmer who had
    signed"), nor after a passive ("was told by a consultant"), where the role speaks."""
    if not (_told_by(a, ante, m) and _speaks(a, p)):
        return False
    nxt = a.tokens[m.first_tok + 1] if m.first_tok + 1 < len(a.tokens) else None
    if nxt is not None and nxt.sent == m.sent and nxt.low in ("who", "whom", "whose"):
        return False
    verbs = reporting_verbs()
    between = [t for t in a.tokens[ante.first_tok + 1 : m.first_tok] if t.start >= ante.end]
    for i, t in enumerate(between):
        if t.low in verbs and not t.quoted:
            return i == 0 or between[i - 1].low not in _PASSIVE
    return False


def _reports(a: Analysis, ante: Mention, p: Pronoun) -> bool:
    """``ante`` is the subject of a reporting verb of ``p``'s sentence before ``p``:
    "Katarzyna Nowak told the channel that…"."""
    verbs = reporting_verbs()
    after = [t for t in a.tokens[ante.first_tok + 1 : p.tok.idx] if t.start >= ante.end]
    # the verb right after the name, or after one adverb: "Nowak told", "Nowak later said"
    return ante.sent == p.tok.sent and any(t.low in verbs and not t.quoted for t in after[:2])


def _speaks(a: Analysis, p: Pronoun) -> bool:
    """``p`` is the subject of a reporting verb: "She said", "he later told", "He added"."""
    if p.tok.low not in ("he", "she"):
        return False
    verbs = reporting_verbs()
    after = a.tokens[p.tok.idx + 1 : p.tok.idx + 3]
    return any(t.sent == p.tok.sent and t.low in verbs for t in after)


# Verbs of speech only a person is the subject of ("continued", "reported", "was declared"
# are said of ships too).
_SPEECH = frozenset(
    {"said", "says", "told", "tells", "added", "adds", "asked", "asks", "explained"}
    | {"explains", "wrote", "writes", "replied", "replies", "insisted", "insists", "argued"}
    | {"argues", "warned", "warns", "recalled", "recalls", "admitted", "admits"}
)


def _speaks_in_person(a: Analysis, p: Pronoun) -> bool:
    """``p`` is "she" or "he" right before a verb of speech, or one adverb and it: "She
    said", "she later told".  Nothing but a person speaks so."""
    if p.tok.low not in ("he", "she"):
        return False
    after = [t for t in a.tokens[p.tok.idx + 1 : p.tok.idx + 3] if t.sent == p.tok.sent]
    if after and after[0].low in _SPEECH:
        return True
    adverb = after[:1] and (after[0].low.endswith("ly") or after[0].low in ("also", "later"))
    return bool(adverb) and len(after) == 2 and after[1].low in _SPEECH


# Auxiliaries and adverbs between a subject and what it does or is: "she had never been so"
_BEFORE_STATE = frozenset(
    {"had", "has", "have", "was", "is", "were", "been", "be", "would", "will", "could"}
    | {"never", "not", "so", "very", "too", "always", "ever", "also", "still", "really"}
    | {"quite", "later", "often", "deeply", "then", "became", "become", "now"}
)


def _in_mind(a: Analysis, p: Pronoun) -> bool:
    """``p`` is "she" or "he" that thinks, feels or hopes, past auxiliaries and adverbs:
    "she had never been so nervous", "he still hoped" (resources/pronoun/person_states.txt).
    Nothing but a person does so: a ship is "she" but is never nervous."""
    if p.tok.low not in ("he", "she"):
        return False
    states = resource_words("person_states")
    for k in range(p.tok.idx + 1, min(p.tok.idx + 6, len(a.tokens))):
        t = a.tokens[k]
        if t.sent != p.tok.sent:
            return False
        if t.low in states:
            return True
        if t.low in _TOLD:
            # "she had been told that the ship would return": told what to know, a person;
            # a ship is "told to turn back" or "told by the coastguard"
            return k + 1 < len(a.tokens) and a.tokens[k + 1].low == "that"
        if t.low not in _BEFORE_STATE:
            return False
    return False


_TOLD = frozenset({"told", "informed", "assured", "reminded"})


def _introduced(a: Analysis, ante: Mention, p: Pronoun) -> bool:
    """``ante`` names its person in full (given name and surname) as the subject that opens
    the pronoun's sentence, which opens a paragraph: "Village head Budi Santoso said…",
    "Katarzyna Nowak told the channel…", or brings them on stage there with a clause of
    their own (``_brought_on``).  Not when a word of that sentence before the pronoun is a
    role held for someone else ("lawyer", "spokesman", "wife"): the lawyer who opens a
    paragraph speaks of the client named before it; nor after a subject pronoun of the
    other gender in that sentence."""
    ent, sent = ante.entity, p.tok.sent
    if ent is None or ante.sent != sent or a.para_first_sent[sent] != sent:
        return False
    words = a.text[ante.start : ante.end].split()
    first = a.tokens[ante.first_tok]
    # a given name the list knows, or one it does not in a name written like a person's
    # whose person the text has shown ("Otuvai Kelemete, a 58-year-old fisherman, said")
    if len(words) < 2 or (ent.first_name is None and not (ent.name_like and ent.is_person)):
        return False
    relative = first.pos > 3 and _brought_on(a, ante, p)
    # "At the ferry dock in Halden, Nina Orlov, 68, said he…": an opening phrase of
    # place or time before the name, and the pronoun the subject of her own report
    opened = (
        first.pos > 0
        and _after_opening_phrase(a, ante)
        and _described(a, ante)
        and _own_report(a, ante, p)
        and not _still_on_stage(a, ante.sent - 1, p.gender)
    )
    before = a.text[a.sent_spans[sent][0] : ante.start]
    if first.pos > 3 and not relative and not opened and not _own_role_before(before):
        return False  # "A traveller waiting for the boat, Ana Lund, said": a role all the same
    kin = resource_words("kin_nouns")
    other = "she" if p.gender == MALE else "he"
    # "Nowak told the channel that she was ready…, which he said would cost less": a
    # speaker inside what the opener reports is the opener, whatever pronoun came first.
    reports = _speaks(a, p) and _reports(a, ante, p)
    for t in a.tokens_from(sent, p.tok.idx):
        # "Teacher Yumiko Tanaka said she had known he was special": with the subject
        # already taken up by a pronoun, one of the other gender is someone else ("her
        # door remained open and that he was ready" takes up no one new).
        if t.low == other and not t.quoted and not reports:
            return False
        # in the person's own clause "whose parents" are no one "he" or "she" could mean
        if t.low in kin and not (relative and t.start > ante.end and _plural_kin(t.low)):
            return False
    if relative or opened:
        return True
    if _vox_pop(a, ante, p):
        return False
    # Nothing but a title or role before it: "Education Minister", "Village head", or a
    # role of their own in apposition: "The company's owner, Jonas Tamberg, said he".
    return (_own_role_before(before) or "," not in before) and not any(
        m.entity is not None and m.entity is not ent and m.entity.is_person
        for m in a.mentions_in(sent, ante.start)
    )


# A role before a name in apposition that speaks for someone else, who may be the one meant
_SPEAKS_FOR = frozenset(
    {"lawyer", "attorney", "counsel", "solicitor", "advocate", "agent", "representative"}
    | {"spokesman", "spokeswoman", "spokesperson", "aide", "assistant", "deputy", "envoy"}
)
# (a role with a relative clause of its own runs longer and may hold a figure: "A craftsman
# who has made lanterns for more than 40 years, ")
_ROLE_APPOSITION = regex.compile(
    r"(?:The|A|An|Another|One)[^\S\n]+[\p{L}'’\-]+(?:[^\S\n]+[\p{L}\p{N}'’\-]+){0,12},[^\S\n]+"
)


def _own_role_before(before: str) -> bool:
    """``before``, the words of a sentence up to a name, is a role of the name's own in
    apposition ("The company's owner, ", "Another student, ", "One driver, "): no one
    else's, as a lawyer, a spokesman or a relative speaks for or of someone else."""
    if _ROLE_APPOSITION.fullmatch(before) is None:
        return False
    words = {w.lower() for w in regex.findall(r"\p{L}+", before)}
    kin = resource_words("kin_nouns")
    return not words & (_SPEAKS_FOR | _HELD_FOR_OTHERS | kin)


def _vox_pop(a: Analysis, ante: Mention, p: Pronoun) -> bool:
    """``p`` is the subject of what the paragraph's opener, a newcomer described by age,
    trade or a who/whose clause, reports ("Margaret Ellis, 67, said he had always…", "Lisa
    Moreno, who lost her car in the flood, said he had…"), and the last sentence of
    the paragraph before still has someone of ``p``'s gender on stage
    (:func:`_gendered_on_stage`): a vox pop on that person, unless the rest of the
    sentence ties the report to the speaker with a reflexive or an "own" of the speaker's
    gender ("said he had fallen and hurt herself").  A plain possessive is no tie: "said
    he had baptised all her children" is the priest before."""
    if not _described(a, ante, clause=True) or not _own_report(a, ante, p, age_and_trade=True):
        return False  # "Village chief Agus Darmawan said she": no vox pop, his paragraph
    if not _gendered_on_stage(a, p.tok.sent - 1, p.gender):
        return False
    ent = ante.entity
    assert ent is not None
    speaker = ent.gender(exclude=p.tok.start)
    if speaker is None:
        return True
    ties = {MALE: ("himself", "his own"), FEMALE: ("herself", "her own")}[speaker]
    end = a.sent_spans[p.tok.sent][1]
    rest = " ".join(t.low for t in a.tokens[p.tok.idx + 1 :] if t.start < end and not t.quoted)
    return not any(f" {tie} " in f" {rest} " for tie in ties)


def _only_ever(ent: Entity, gender: str) -> bool:
    """The text gives ``ent`` ``gender``, or has called them nothing else, if only once: a
    person whose given name the list does not know ("Bexari Nurlatov coached the team.
    He won four titles.") is as much on stage as one whose name it knows."""
    established = ent.gender()
    if established is not None:
        return established == gender
    score = ent.score()
    return score[gender] > 0 and score[FEMALE if gender == MALE else MALE] == 0


def _gendered_on_stage(a: Analysis, sent: int, gender: str) -> bool:
    """Sentence ``sent``, the last of its paragraph, names someone of ``gender`` or refers to
    them by its pronoun outside quotations, and that paragraph names someone the text gives
    ``gender`` (by name and title, or a person noun of that gender): "Mayor Tomas Hendry
    opened the library. He cut the ribbon."  A bare "she said" after a quotation, with no
    one named, is not enough."""
    if sent < 0:
        return False
    named = False
    for m in a.mentions_in(a.para_first_sent[sent], a.sent_spans[sent][1]):
        if m.quoted:
            continue
        noun = m.noun is not None and m.noun.gender == gender
        ent = m.entity
        person = ent is not None and (ent.is_person or ent.name_like) and _only_ever(ent, gender)
        if (noun or person) and m.sent == sent:
            return True
        named = named or noun or person
    return named and any(
        not t.quoted and t.low in _SAME[gender]
        for t in a.tokens_from(sent, a.sent_first_tok[sent + 1])
    )


def _still_on_stage(a: Analysis, sent: int, gender: str) -> bool:
    """Sentence ``sent`` (the one before a newcomer's paragraph) names someone who may be of
    ``gender``, or refers to them by its pronoun: that person is still on stage, and a
    newcomer's "he" may well be theirs ("Ana Ruiz played her last match on Sunday.⏎⏎At
    the club, Tomas Berg, 49, said she had thanked him by name")."""
    if sent < 0:
        return False
    for m in a.mentions_in(sent, a.sent_spans[sent][1]):
        if m.quoted:
            continue
        if m.noun is not None and m.noun.gender in (gender, NEUTRAL):
            return True
        ent = m.entity
        if ent is not None and (ent.is_person or ent.name_like) and ent.gender() in (gender, None):
            return True
    return any(
        not t.quoted and t.low in _SAME[gender]
        for t in a.tokens_from(sent, a.sent_first_tok[sent + 1])
    )


# Words that open a phrase of place or time before a sentence's subject
_OPENING_WORDS = OPENING_PREPOSITIONS | frozenset(
    {"outside", "inside", "near", "among", "across", "around", "behind", "beside", "along"}
    | {"under", "over", "last", "earlier", "later", "back", "early", "late", "this"}
    # quantifiers of a group ("Several of their pupils became teachers"): no one person
    | {"several", "many", "most", "some", "few", "both", "all", "none", "half", "dozens"}
)


def _opening_word(a: Analysis, m: Mention) -> bool:
    """``m`` is no name but the capitalised word of place, time or quantity that opens its
    sentence ("Outside the town hall, …", "Several of them …"), or a participle that is
    nothing else opening its clause ("Born on March 3, 1945, in …", "Asked about …")."""
    tok = a.tokens[m.first_tok]
    return (
        m.first_tok == a.sent_first_tok[m.sent]
        and tok.end == m.end
        and (
            tok.low in _OPENING_WORDS
            or _participle_clause(a, m.first_tok)
            or _everyday_opener(a, m)
        )
        and not (m.entity is not None and m.entity.is_person)
    )


# wordfreq's zipf of the words that open a sentence as often as any: "Work began in 2023"
_EVERYDAY = 5.0


def _everyday_opener(a: Analysis, m: Mention) -> bool:
    """``m`` is one of the commonest English nouns or verbs, no adjective, no given name
    nor a surname the lists hold ("Mark", "Park"), and the text writes it with a capital
    only where it opens a sentence whose verb of saying comes after a comma ("Work began in
    2023 and was delayed for most of 2025, he said"): no one's name, nor the one quoted.  A
    name alone opening a sentence ("Hope left port. … said she") stays someone, or
    something, the pronoun may mean."""
    tok = a.tokens[m.first_tok]
    if m.entity is None or zipf(tok.low) < _EVERYDAY:
        return False
    # an adjective's or an adverb's word may be a surname before its noun ("Best", "Young")
    classes = word_classes(tok.low)
    if not classes & {"NOUN", "VERB"} or classes & {"ADJ", "ADV"} or _a_name_on_a_list(tok.low):
        return False
    if not _ATTRIBUTION_AFTER_A_COMMA.search(a.text, *a.sent_spans[m.sent]):
        return False
    return all(n.first_tok == a.sent_first_tok[n.sent] for n in a.mentions if n.entity is m.entity)


def _a_name_on_a_list(low: str) -> bool:
    """A given name or a surname the lists hold (resources/pronoun/first_names.txt,
    family_names_first.txt)."""
    return fold(low) in people.first_names() or low in people.resource_words("family_names_first")


# ", he said", ", she added": the sentence's report is someone's, not its opener's
_ATTRIBUTION_AFTER_A_COMMA = regex.compile(r",[^\S\n]+(?:he|she)[^\S\n]+\p{Ll}+")


def _participle_clause(a: Analysis, k: int) -> bool:
    """The word at ``k`` is a participle opening its clause: what follows is no finite
    verb ("Born on March 3", "Asked about the plan"; not "Hung said", a name's)."""
    if not people.participle_only(a.tokens[k].low):
        return False
    nxt = a.tokens[k + 1] if k + 1 < len(a.tokens) else None
    return nxt is not None and nxt.sent == a.tokens[k].sent and not may_be_finite(nxt.low)


def _group_word(a: Analysis, m: Mention) -> bool:
    """``m`` is no name but a noun for a group of people that is plural without an -s,
    capitalised because it opens its sentence ("Police arrested…", "Staff were told…";
    resources/pronoun/plural_group_nouns.txt): a group, no one a he or she could mean."""
    tok = a.tokens[m.first_tok]
    return (
        m.first_tok == a.sent_first_tok[m.sent]
        and tok.end == m.end
        and tok.low in resource_words("plural_group_nouns")
        and not (m.entity is not None and m.entity.is_person)
    )


def _after_opening_phrase(a: Analysis, ante: Mention) -> bool:
    """A phrase of place or time opens ``ante``'s sentence and ends in a comma right before
    the name, with no one in it: "At the ferry dock in Halden, Nina Orlov said"."""
    start = a.sent_spans[ante.sent][0]
    before = a.text[start : ante.start]
    first = a.tokens[a.sent_first_tok[ante.sent]]
    if first.low not in _OPENING_WORDS or not before.endswith(", "):
        return False
    if before.count(",") != 1 or any(q in before for q in '“”"«»'):
        return False
    return not any(
        m.noun is not None or (m.entity is not None and m.entity.is_person)
        for m in a.mentions_in(ante.sent, ante.start)
    )


def _described(a: Analysis, ante: Mention, clause: bool = False) -> bool:
    """``ante`` names its person for the first time in the text, with an age or a description
    set off by commas ("Nina Orlov, 68, said", "Jo Kral, a driver from Ruse, said"): a
    newcomer introduced to speak for themselves, no one's lawyer or spokesman ("his lawyer"
    and other possessives make the description someone else's).  With ``clause``, a
    who/whose clause of their own describes a newcomer too ("Lisa Moreno, who lost her car
    in the flood, said"), whatever its possessives: the vox pop asks only whether someone
    new speaks, not whether the report is theirs."""
    if any(m.entity is ante.entity for m in a.mentions_in(0, ante.start)):
        return False
    close = a.text.find(",", ante.end + 1, a.sent_spans[ante.sent][1])
    if a.text[ante.end : ante.end + 2] != ", " or close < 0:
        return False
    words = a.text[ante.end + 2 : close].split()
    if clause and words and words[0] in ("who", "whose"):
        return len(words) <= _LONGEST_CLAUSE
    if not words or len(words) > 8:
        return False
    if words[0].isdigit():
        return len(words) == 1
    kin = resource_words("kin_nouns")
    return words[0].lower() in ("a", "an") and not any(
        w.lower().strip(".") in _HELD_FOR_OTHERS or w.lower() in kin for w in words
    )


# The most words a newcomer's who/whose clause between commas may have ("who lost her car
# in the flood"): longer, and the clause may hold a second sentence's worth of people.
_LONGEST_CLAUSE = 12


# A description that says whose someone is: a possessive, or a role held beside someone
# ("a neighbour", "a colleague") who may be the one spoken of
_HELD_FOR_OTHERS = frozenset(
    {"his", "her", "their", "neighbour", "neighbor", "colleague", "classmate", "teammate"}
)


# Adverbs between a speaker and the verb, or the verb and what is reported
_REPORT_ADVERBS = frozenset({"also", "later", "then", "again", "previously", "once"})


_AGE_THEN_TRADE = regex.compile(r",[^\S\n]+\d{1,3},[^\S\n]+(?:a|an)[^\S\n]")


def _own_report(
    a: Analysis, ante: Mention, p: Pronoun, age_and_trade: bool = False, owner: bool = False
) -> bool:
    """``p`` ("he", "she") is the subject of what ``ante`` is reported to say, in the same
    sentence, the name the verb's subject past an apposition set off by commas: "Nina
    Orlov, 68, said he had waited", "Ruiz told reporters that she…".  No one is named
    between the verb and the pronoun ("Ruiz told Ortega that he…" is either's).
    ``age_and_trade``: an age and a description may both stand in the apposition ("Nina
    Orlov, 68, a retired nurse, said"); ``owner``: a possessive may stand for the subject
    ("Ruiz said her teams…")."""
    words = ("he", "she", "his", "her") if owner else ("he", "she")
    if p.tok.low not in words or ante.sent != p.tok.sent or ante.end > p.tok.start:
        return False
    i = _after(a, ante)
    # "The commander, Ana Lund, said": the comma closes an apposition the name is
    closing = i < p.tok.idx and a.tokens[i].low in reporting_verbs()
    if a.text[ante.end : ante.end + 1] == "," and not closing:
        close = a.text.find(",", ante.end + 1, p.tok.start)
        if close < 0:
            return False
        if age_and_trade and _AGE_THEN_TRADE.match(a.text, ante.end):
            close = a.text.find(",", close + 1, p.tok.start)
            if close < 0:
                return False
        while i < p.tok.idx and a.tokens[i].start < close:
            i += 1
    while i < p.tok.idx and (a.tokens[i].low.endswith("ly") or a.tokens[i].low in _REPORT_ADVERBS):
        i += 1
    verb = a.tokens[i] if i < p.tok.idx else None
    if verb is None or verb.quoted or verb.low not in reporting_verbs():
        return False
    rest = a.tokens[i + 1 : p.tok.idx]
    if len(rest) > 3 or any(t.quoted or t.low in ("he", "she") for t in rest):
        return False
    if rest and rest[-1].low == "that":
        rest = rest[:-1]
    if len(rest) > 2:
        return False
    between = a.text[verb.end : p.tok.start]
    if regex.search(r"[,;:()]", between):
        return False
    return not any(m.start > verb.start for m in a.mentions_in(ante.sent, p.tok.start))


_RELATIVE = regex.compile(r",[^\S\n]+(?:who|whose)\b")


def _plural_kin(word: str) -> bool:
    return word.endswith("s") or word == "children"


def _brought_on(a: Analysis, ante: Mention, p: Pronoun) -> bool:
    """``ante`` names its person for the first time in the text, and a "who" or "whose"
    clause of their own follows the name and holds ``p`` with no one else named before
    it: "The men's 100 metres went to Daniel Okoro, whose parents moved to Melbourne from
    Nigeria before he was born".  (``_introduced`` adds: in a paragraph's first sentence.)"""
    if _RELATIVE.match(a.text, ante.end) is None:
        return False
    if any(m.entity is ante.entity for m in a.mentions_in(0, ante.start)):
        return False  # named before: no one new on stage
    return not any(
        m.start > ante.end
        and (
            m.noun is not None
            or (m.entity is not None and (m.entity.is_person or m.possible_person))
        )
        for m in a.mentions_in(p.tok.sent, p.tok.start)
    )


_PARTICLED = r"(?:\p{Lu}[\p{L}\p{M}]*\s+(?:\p{Ll}{1,3}\s+)+)?"
_LOCATIVE = r"(?:in|at|from|across|throughout|into|near|outside|inside|around|across|to)"
_LOCATIVE_NOT_TO = r"(?:in|at|from|across|throughout|into|near|outside|inside|around)"


@cache
def _body_words() -> tuple[frozenset[str], frozenset[str]]:
    """Head nouns of organisations' names and adjectives of nationality (resources/case/)."""
    return (
        frozenset(data_lines("case", "institution_nouns.txt")),
        frozenset(data_lines("case", "demonyms.txt")),
    )


# "Armenia's second-largest city": the possessive ends the name, not a different one
_NAME_POSSESSIVE = regex.compile(r"['’]s?\Z")


# "of" and a capital after a name: "the Cape of Varsk", "the Gulf of Tarvel"
_OF_A_CAPITAL = regex.compile(r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?\p{Lu}")


# Heads of regions' names in "X of Y"; ships are named so too, but after a person's or a
# thing's word ("the Pride of Tamsel", "the Spirit of Varsk", "the Isle of Tarv").
_REGION_HEADS = frozenset(
    {"Horn", "Cape", "Gulf", "Bay", "Bight", "Strait", "Straits", "Sea", "Coast", "Isthmus"}
)


def _known_place(a: Analysis, m: Mention) -> bool:
    """``m`` is a place or a body whatever the text shows of it, so no one a pronoun could
    mean: a large city's name (resources/pronoun/large_cities.txt) the text gives no more
    of, after a verb that takes a place ("had left Tabriz"), or a body's head standing
    alone ("the Tarvel Farmers' Union" cut at its possessive, "the University of Vilnius";
    resources/case/body_heads.txt) or before "of" and a capital.  Not a news agency or a
    broadcaster: "told Reuters he" stands where an unnamed person ("The Norwegian won")
    the check does not see may be meant."""
    name = _NAME_POSSESSIVE.sub("", a.text[m.start : m.end])
    # only a name the text never gives more of: "Dale Hamilton … Hamilton" is a person
    alone = m.entity is not None and m.entity.name == name
    cities = word_set("pronoun", "large_cities.txt")
    if alone and fold(name).lower() in cities and _after_place_verb(a, m):
        return True
    if name in word_set("case", "body_heads.txt"):
        return True
    heads, _ = _body_words()
    return name in heads and _OF_A_CAPITAL.match(a.text, m.end) is not None


def _after_place_verb(a: Analysis, m: Mention) -> bool:
    """``m`` follows a verb whose object is most often a place ("had left Tabriz",
    "represents Sfax"; resources/pronoun/place_object_verbs.txt): a person known by one
    name that is a city's ("Paulista was fit", "saw Takamatsu leave") stands elsewhere."""
    k = m.first_tok
    prev = a.tokens[k - 1] if k > 0 else None
    return (
        prev is not None
        and prev.sent == a.tokens[k].sent
        and prev.low in resource_words("place_object_verbs")
    )


def _region_of(a: Analysis, m: Mention) -> bool:
    """``m`` heads "X of Y" with a region's head and the text uses it as a place ("banned
    imports from the Cape of Varsk"): a region, not a ship a "she" could mean, though
    the text talks of ships."""
    name = a.text[m.start : m.end]
    if name not in _REGION_HEADS or _OF_A_CAPITAL.match(a.text, m.end) is None:
        return False
    return _place_or_body(a, name)


def _place_or_body(a: Analysis, name: str, strict: bool = False) -> bool:
    """:func:`_is_place_or_body`, once per name of the analysed text (a possessive "'s"
    left off: "Armenia's" is the Armenia of "returning to Armenia").  ``strict``: "to" is
    no locative ("introduced her to Lula" may be a person)."""
    name = _NAME_POSSESSIVE.sub("", name)
    key = ("place_or_body_strict" if strict else "place_or_body", name)
    if key not in a.derived:
        a.derived[key] = _is_place_or_body(a, name, _LOCATIVE_NOT_TO if strict else _LOCATIVE)
    return bool(a.derived[key])


# A compass point after a word of distance or depth names a region, never a person (a
# surname may be a compass point alone: "Rebecca West")
_REGION_OF_A_COMPASS = regex.compile(
    r"(?:Far|Middle|Near|Deep|Wild)[^\S\n]+(?:East|West|North|South)"
)


def _is_place_or_body(a: Analysis, name: str, locative: str = _LOCATIVE) -> bool:
    """A name the document itself shows is a place, an organisation or a nationality.

    "the Liberal Democratic Party" ends in an organisation's head noun; "African" is an
    adjective of nationality; "Britain" or "Microsoft" stand after "in", "at", "from"
    somewhere in the text (after a first word and lower-case particles too: "in Wadi es
    Murra"), or before ", which".  Such a name is no person a pronoun
    could refer to.
    """
    heads, demonyms = _body_words()
    words = name.split()
    if not words:
        return False
    if (len(words) > 1 and words[-1] in heads) or name in demonyms:
        return True
    if _REGION_OF_A_COMPASS.fullmatch(name):
        return True  # "Russia's Far East", "the Middle East": a region, no one
    escaped = regex.escape(name)
    # "Britain, which left the EU": "which" is said of things, "who" of people
    # a place may hold lower-case particles its name's last word follows: "in Wadi es Murra"
    if regex.search(rf"\b{locative}\s+(?:the\s+)?{_PARTICLED}{escaped}\b", a.text) or regex.search(
        rf"\b{escaped},?\s+which\b", a.text
    ):
        return True
    if _after_organisation_noun(a.text, escaped):
        return True
    if _after_place_adjective(a.text, escaped):
        return True
    if _owns_place(a.text, escaped) or _in_dateline(a.text, escaped):
        return True
    if _dateline_town(a.text, name):
        return True
    if _place_in_apposition(a.text, name):
        return True
    # "the coastal town of Kayar" anywhere makes "out of Kayar" a place too; a role before
    # "of" does not here ("a supporter of Silva" is no place, wherever else Silva stands)
    key = ("named_after_place_of", "")
    if key not in a.derived:
        a.derived[key] = _named_after_place_of(a.text)
    return name in a.derived[key]  # type: ignore[operator]


_ORGANISATION_BEFORE = regex.compile(r"([\p{Ll}-]+)\s+\Z")


def _after_organisation_noun(text: str, escaped: str) -> bool:
    """The name stands right after a kind of organisation ("the Zurich consultancy
    Alpstein Economics, said"), the name ending its phrase: an organisation's name.
    Asked only of names of unknown kind (a known given name makes a person whatever
    stands before it); "the bank Dorrance runs" is a person's bank."""
    kinds = resource_words("organisation_nouns")
    # the name ends its phrase: "the bank Dorrance runs" is a person's bank
    for m in regex.finditer(rf"(?<![\p{{L}}\p{{M}}]){escaped}(?=[,.;:)]|\s+(?:said|says)\b)", text):
        before = _ORGANISATION_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before is not None and before.group(1) in kinds:
            return True
    return False


def _after_place_adjective(text: str, escaped: str) -> bool:
    """The name stands right after a lower-case adjective of a part of a land ("of eastern
    Germany", "in northern Nigeria", "rural Ohio"; resources/pronoun/place_adjectives.txt):
    a place.  Case matters: "Western Union" and "Central Bank" are bodies, and a capital
    there opens a name of its own."""
    words = resource_words("place_adjectives")
    for m in regex.finditer(rf"(?<![\p{{L}}\p{{M}}-])([\p{{Ll}}-]+)[^\S\n]+{escaped}\b", text):
        if m.group(1) in words:
            return True
    return False


# A place the name owns, ranked ("Armenia's second-largest city", "Tunisia's main port") or
# its capital ("Tunisia's capital"): only a country or a region has one.  Unranked, a
# person's village or town is theirs too ("Grigoryan's village").
_RANK = r"(?:(?:second|third|fourth|fifth)(?:[-\s]+\p{Ll}+est)?|\p{Ll}+est|main|chief)"
_PLACE_NOUNS = r"(?:(?:city|town|port|province|region|state)s?|cities)"


# A land's quarter: "Norway's far north", "Chile's south" (a person has no north)
_QUARTER = r"(?:far[^\S\n]+)?(?:north|south|east|west)(?:-?(?:east|west))?(?![\p{L}-])"


def _owns_place(text: str, escaped: str) -> bool:
    """``escaped`` (a regex of a name) owns a capital, a ranked city, port or region, or a
    quarter of a land ("Norway's far north")."""
    return (
        regex.search(
            rf"\b{escaped}['’]s[^\S\n]+(?:capital\b|{_RANK}[^\S\n]+{_PLACE_NOUNS}\b|{_QUARTER})",
            text,
        )
        is not None
    )


# After a place noun in apposition, what ends its noun phrase: a stop, or a word that opens
# a phrase or clause about the place ("a village on the slopes", "the town where…")
_PLACE_PHRASE_END = (
    r"(?:[^\S\n]*[,.;:)]|[^\S\n]+(?:on|in|of|near|at|by|above|below|beside|outside|across"
    r"|along|off|north|south|east|west|where|which|that|with|some|about|\d))(?![\p{L}\p{M}-])"
)


def _place_in_apposition(text: str, name: str) -> bool:
    """``name`` stands in apposition to a kind of settlement or land
    that ends its noun phrase, at most two words before the noun ("Tervola, a village on the
    slopes above the town,", "Marvik, a small fishing port,"; resources/pronoun/
    place_apposition_nouns.txt): a place, and so is one after such a noun that ends its
    phrase after a preposition of place ("near the main square, Tarsa el-Bab, said he")
    unless a person's noun stands before it, a role and "who" open its sentence ("A grower
    who speaks for 40 orchards in the district, Aroha Te Whaiti, said"), or a given name
    opens the name.  Not a person's role that only starts with such a word ("Ana Ruiz, a
    town councillor", "a village elder")."""
    places = resource_words("place_apposition_nouns") | resource_words("natural_place_nouns")
    escaped = regex.escape(name)
    pattern = (
        rf"(?<![\p{{L}}\p{{M}}]){escaped},[^\S\n]+(?:a|an|the)[^\S\n]+"
        rf"(?:[\p{{L}}\p{{M}}-]+[^\S\n]+){{0,2}}?(\p{{Ll}}+){_PLACE_PHRASE_END}"
    )
    if any(m.group(1) in places for m in regex.finditer(pattern, text)):
        return True
    # the other way round, after a preposition of place: "a shop near the main square,
    # Tarsa el-Bab, said he"; not after a person's noun ("one resident of the village, X,",
    # "the oldest trader on the square, X,") nor a name that opens with a given name
    after_kind = (
        rf"(\p{{L}}+)[^\S\n]+(?:near|in|at|on|off|beside|around|behind|across)[^\S\n]+"
        rf"(?:the|a|an)[^\S\n]+(?:\p{{Ll}}+[^\S\n]+){{0,2}}?(\p{{Ll}}+),[^\S\n]+"
        rf"{escaped}(?:[^\S\n]+\p{{Ll}}[\p{{L}}\p{{M}}'’-]*)?,"  # "Tarsa el-Bab"
    )
    return people.fold(name.split()[0].lower()) not in people.first_names() and any(
        m.group(2) in places
        and m.group(1).lower() not in people.person_nouns()
        and not _ROLE_WHO_OPENS.search(text, max(0, m.start() - 200), m.start())
        for m in regex.finditer(after_kind, text)
    )


# A role and "who" opening the sentence before a place's phrase: "A grower who speaks for
# 40 orchards in the district, Aroha Te Whaiti, said" names the grower, not the district
_ROLE_WHO_OPENS = regex.compile(
    r"(?:\A|[.!?”\"][^\S\n]+|\n)(?:A|An|The|One|Another)[^\S\n]+(?:\p{Ll}+[^\S\n]+){0,2}?"
    r"\p{Ll}+[^\S\n]+who[^\S\n][^.!?\n,]*\Z"
)


def _in_dateline(text: str, escaped: str) -> bool:
    """``escaped`` is the country or region of a dateline that opens a line: "TROMSØ,
    Norway —", "BERGEN, Norway (AP) -"."""
    return (
        regex.search(
            rf"(?m)^\p{{Lu}}[\p{{Lu}}\p{{M}} .'’-]*,[^\S\n]+{escaped}(?:[^\S\n]+\([^)\n]*\))?"
            r"[^\S\n]+[—–-]",
            text,
        )
        is not None
    )


def _dateline_town(text: str, name: str) -> bool:
    """``name`` is, in capitals, the town of the text's dateline, the first line that opens
    with capitals, a country or an agency, a dash and words: "TØNDER, Denmark —" makes
    "Tønder itself is known…" a place.  Not a results list's line ("KESMARU, Merevi (Green)
    — 4,210": no words after the dash), nor a name the text has speak or a person's pronoun
    follow ("Bima said he was at sea", "Bima lost his boat": a one-name person called as the
    town is)."""
    if dateline_place(text) != name.upper():
        return False
    escaped = regex.escape(name)
    speaks = rf"\b{escaped}[^\S\n]+({_SAYING})\b|\b(?:{_SAYING})[^\S\n]+{escaped}\b"
    # "Bima estimated he…", "Bima lost his boat": a person's pronoun after the name, before
    # any other capital in its sentence ("Tønder itself is known for its lace" has none)
    person = rf"\b{escaped}\b[^.!?\n\p{{Lu}}]*\b(?:he|she|his|her|him)\b"
    return regex.search(speaks, text) is None and regex.search(person, text) is None


_SAYING = "said|says|told|added|recalled|explained|wrote"


_PLACE_OF = regex.compile(
    r"\b(\p{L}+)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(\p{Lu}[\p{L}\-'’]*(?:[^\S\n]+\p{Lu}[\p{L}\-'’]*)*)"
)


def _named_after_place_of(text: str) -> frozenset[str]:
    """Names (and the first words of longer ones) that follow a place word and "of":
    "the town of Kayar", "the island of Koh Similan".  One pass per text."""
    places = resource_words("place_before_of")
    out: set[str] = set()
    for m in _PLACE_OF.finditer(text):
        if m.group(1).lower() in places:
            words = m.group(2).split()
            out.update(" ".join(words[: i + 1]) for i in range(len(words)))
    return frozenset(out)


def _last_named(a: Analysis, named: list[Mention]) -> Mention:
    """The person named last before the pronoun: the one before when the last is another
    name for them ("Ilse Varnow, as Orla, gives the evening its centre. She…": the actor,
    whose gender the text shows, not the part)."""
    if len(named) > 1 and _alias(a, named[-1], named[-2]):
        return named[-2]
    return named[-1]


def _alias(a: Analysis, m: Mention, ante: Mention) -> bool:
    """``m`` is another name for the antecedent, in the same sentence after it: "Sean Combs,
    the music mogul known as Diddy", or the part an actor plays in apposition: "Ilse
    Varnow, as Orla, …"."""
    return (
        m.sent == ante.sent
        and m.start > ante.end
        and people.other_name_for(a.text, ante.end, m.start)
    )


_PLAYS = regex.compile(rf"\b{people.PLAYING}\b")
# what ends the part's own noun phrase: a clause of its own, another clause, a full stop
_PART_END = regex.compile(r"\b(?:who|whom|whose|that|which|and|but|while|as)\b|[;:.()!?]")


def _part(a: Analysis, m: Mention, ante: Mention) -> bool:
    """``m`` is a role noun after the antecedent that is the part an actor of the sentence
    plays, or in apposition to it: "Hannah Leighton plays Mere's daughter-in-law, the one
    character who speaks no Māori" (the actor on stage, no one else).  Not a person in
    the part's own clause ("plays a mother who loses her son")."""
    if m.noun is None or m.sent != ante.sent or m.start <= ante.end:
        return False
    between = a.text[a.sent_spans[m.sent][0] : m.start]
    verb = _PLAYS.search(between)
    return verb is not None and _PART_END.search(between, verb.end()) is None


_POSSESSIVE_ROLE = regex.compile(r"(?:['’]s)?(?: \p{Ll}+){1,3}, ")
_APPOSITION = regex.compile(
    r",[^\S\n]+(?:the|a|an|his|her|their|its|\p{L}+['’]s)(?:[^\S\n]+[\p{Ll}\-]+){0,3}[^\S\n]+"
)
_ROLE_OF = regex.compile(r"(\p{L}+) of (?:the )?\Z")
# ", who for 40 years was the nurse and": what a relative clause on the name says it was;
# group 1 the words before the verb, which may say when and no more
_PREDICATE_OF_WHO = regex.compile(
    r",[^\S\n]+who[^\S\n]+((?:[\p{L}\d]+,?[^\S\n]+){0,6})"
    r"(?:was|is|had[^\S\n]+been|has[^\S\n]+been|became)[^\S\n]+(?:the|a|an|its|their)[^\S\n]+"
    r"(?:[\p{Ll}\-]+[^\S\n]+){0,2}(?:[\p{Ll}\-]+[^\S\n]+and[^\S\n]+)?"
)


def _said_of_the_name(a: Analysis, ante: Mention, m: Mention) -> bool:
    """``m``, a person noun, is what a relative clause on the antecedent's name says the
    name was, perhaps after when: "Ana Ruiz, who for 40 years (four decades) was the
    nurse" (not "who told police a man was": someone else's).  The clause closes after the
    noun with at most another noun and a place where a post is held ("and midwife on this
    island"; ``_posts_places``), then the name's verb or a participle follows
    (``_ROLE_CLOSES``).  A role tied to someone else ("the partner of the late tenor", "the
    housekeeper at the tycoon's villa") or a clause that goes on ("the partner, and later
    the wife, of") is left as it was; so is a noun in the pronoun's own sentence, where
    the name's verb may report on someone else ("…, said he never complained"): the caller
    asks only of a noun in a sentence before the pronoun's.  The name's sentence opens the
    article after its headline, as an obituary's lede does: after a sentence before it, the
    pronoun may mean whom that one spoke of ("The intruder fled. Ana Ruiz, who for eight
    years was the receptionist at the clinic, raised the alarm. He wore a hood")."""
    if m.noun is None or m.sent != ante.sent or m.start <= ante.end:
        return False
    if not all(heading(a, sent) for sent in range(ante.sent)):
        return False  # "The intruder fled. Ana Ruiz, who … was the receptionist, …. He"
    when = _PREDICATE_OF_WHO.fullmatch(a.text, ante.end, m.start)
    closes = _ROLE_CLOSES.match(a.text, m.end)
    if when is None or closes is None:
        return False
    place, word = closes.groups()
    if not (may_be_finite(word) or (word.endswith("ing") and word not in _ING_PREPOSITIONS)):
        return False  # ", and later the wife, of …": the clause goes on
    if _someone_else_after(a.text[closes.end() : a.sent_spans[m.sent][1]]):
        return False  # "…, was with the veteran at the end. He died": the veteran's
    if place is not None and place not in _posts_places():
        return False  # "the housekeeper at the Mendes residence", "on the case": someone's
    numbers = resource_words("number_words")
    times = word_list("time_nouns.txt") | _WHEN_WORDS
    return all(
        w.isdigit()
        or w[:-1].isdigit()
        or w in function_words()
        or w in numbers
        or w.removesuffix("s") in times
        for w in when.group(1).replace(",", " ").lower().split()
    )


@cache
def _posts_places() -> frozenset[str]:
    """Places where a role is held, ending the phrase after it ("the nurse on this island",
    "the imam at the village mosque"): settlements and natural places (resources/pronoun/
    place_apposition_nouns.txt, natural_place_nouns.txt) and houses of a post
    (resources/pronoun/post_places.txt)."""
    names = ("place_apposition_nouns", "natural_place_nouns", "post_places")
    return frozenset().union(*(resource_words(name) for name in names))


# -ing words that are prepositions: "…, according to the family, was"
_ING_PREPOSITIONS = frozenset(
    {"according", "including", "during", "regarding", "concerning", "following", "pending"}
)
# A possessive that is no time's ("the chieftain's burial"; not "a day's sail") or an age
# as a noun ("the 19-year-old")
_SOMEONE_ELSE = regex.compile(r"\b(?!(?:day|week|month|year)['’]s)\p{L}+['’]s\b|\byear-old\b")


def _someone_else_after(rest: str) -> bool:
    """The rest of the name's sentence after its relative clause speaks of someone else: a
    possessive, an age as a noun, or a singular noun after a determiner that names no place
    or time ("was with the veteran", "the chieftain's burial", "found the 87-year-old"; not
    "died on Thursday at her home in the village", "the children born here")."""
    if _SOMEONE_ELSE.search(rest):
        return True
    places = _posts_places() | word_list("time_nouns.txt") | {"home", "age", "end"}
    for part in regex.split(r"[,.;:!?()]", rest):
        words = part.split()
        for k, word in enumerate(words):
            if word.lower() not in _DETERMINERS_OF_ONE:
                continue
            head = _head_noun(words[k + 1 : k + 4])
            if head and not plural_noun(head) and head not in places:
                return True
    return False


# Determiners of one person or thing: "the veteran", "his brother"
_DETERMINERS_OF_ONE = frozenset({"the", "his", "her", "their", "its", "this", "that"})


def _head_noun(words: list[str]) -> str:
    """The last of the lower-case words that may be nouns after a determiner's modifiers
    ("the district hospital": "hospital"; "the children born here": "children"); "" for a
    figure ("the 1960s") or none."""
    k = 0
    while k < len(words) and words[k].islower() and "NOUN" not in word_classes(words[k]):
        k += 1  # "the early …", "the only …"
    head = ""
    for word in words[k:]:
        if not word.islower() or word in function_words() or "NOUN" not in word_classes(word):
            break
        head = word
    return head


# Words of when beside the function words: "who until last year was", "who later became"
_WHEN_WORDS = frozenset({"last", "later", "once", "still", "throughout", "almost", "nearly"})
# After the role: perhaps "and" another noun, perhaps "in", "on" or "at" and a place of a
# few words, then the clause's comma and the name's own verb in lower case ("…, died")
_ROLE_CLOSES = regex.compile(
    r"(?:[^\S\n]+and[^\S\n]+[\p{Ll}\-]+)?"
    r"(?:[^\S\n]+(?:in|on|at)[^\S\n]+(?:the|this|its|a|an)"
    r"(?:[^\S\n]+[\p{L}\-]+){0,2}[^\S\n]+(\p{Ll}+))?"
    r",[^\S\n]+(\p{Ll}+)\b"
)


def _role_of(a: Analysis, m: Mention, ante: Mention) -> bool:
    """``m`` is part of the antecedent's own role: "Police chief José Arriaga", "The coach of
    Sevilla, Gonzalo Ferreiro" (the club qualifies the role the name stands beside)."""
    gap = a.text[m.end : ante.start]
    possessive = a.text[m.end - 2 : m.end + 2]
    if _owner_of(a, m, ante) or _possessed_by(a, m, ante):
        return True
    if a.text[ante.end : m.start] == ", " and any(q in possessive for q in ("'s", "’s")):
        return True  # "Satya Nadella, Microsoft's chief executive": the employer
    if (
        any(q in possessive for q in ("'s", "’s"))
        and _POSSESSIVE_ROLE.fullmatch(gap)
        and m.noun is None
        and not (m.entity is not None and m.entity.is_person)
    ):
        # "Chess Scotland's president, Fiona Baird": the employer again; not a person
        # ("Silveira's wife, Maria", "the dead miner's widow, Rasa"): he is someone a
        # pronoun after may mean.
        return True
    if m.noun is not None:
        if a.text[m.end - 2 : m.end] in _POSSESSIVE_END:
            return False  # "Ana Ruiz, the striker's mother": the striker is someone else
        if _client_of_role(a, m, ante):
            return False  # "A lawyer for the defendant, Ana Ruiz,": the client
        # "Tomas Berger, the singer known as…": a role in apposition after the name
        after = a.text[ante.end : m.start] if m.start > ante.end else ""
        return (
            gap in (" ", ", ")
            or _APPOSITION.fullmatch(after) is not None
            or _opening_role(a, m, ante)
        )
    if gap == ", " and _possessed_title(a, m, ante):
        return True
    if gap != ", " or (m.entity is not None and m.entity.is_person):
        return False
    role = _ROLE_OF.search(a.text, max(0, m.start - 40), m.start)
    return role is not None and role.group(1).lower() not in resource_words("kin_nouns")


# a possessive, perhaps with the title's first capitalised words: "The island’s Chief |Islander"
_POSSESSIVE_BEFORE = regex.compile(r"\p{L}['’]s(?:[^\S\n]+\p{Lu}\p{Ll}+){0,3}[^\S\n]+\Z")


_OWNER_WORD = regex.compile(r"\p{L}+\Z")


def _possessed_title(a: Analysis, m: Mention, ante: Mention) -> bool:
    """``m``, capitalised English words after a possessive, the last a noun, before the
    antecedent's name set off by commas on both sides, is that person's title ("The
    island’s Chief Islander, Lorraine Lavarello, said"), no one else.  Not a name whose
    words are no English words or that has a given name or a sex of its own ("Brazil's
    Petrobras, …", "Ghana's Kofi Stone, Ngozi Adeyemi and …"), nor before a name a
    reporting verb or "and" follows ("The party's Chief Whip, Helga Brandt said, had …": the
    speaker).  The owner is a thing or a body written in lower case ("island", "party"): a
    person's or a name's aide is someone a pronoun may mean the owner beside ("The
    Governor's Chief Whip, Helen Marsh, said … He needs 31 votes")."""
    lead = _POSSESSIVE_BEFORE.search(a.text, max(0, m.start - 40), m.start)
    if lead is None or a.text[ante.end : ante.end + 1] != ",":
        return False
    owner = _OWNER_WORD.search(a.text, max(0, lead.start() - 40), lead.start() + 1)
    if owner is None or not owner.group().islower() or owner.group() in people.person_nouns():
        return False  # "The Governor's Chief Whip, Helen Marsh, said … He needs": his aide
    words = (a.text[lead.start() + 1 : m.start] + a.text[m.start : m.end]).split()[1:]
    if not words or not all(w[:1].isupper() and word_classes(w.lower()) for w in words):
        return False
    if m.entity is not None and (m.entity.first_name is not None or m.entity.gender()):
        return False
    return "NOUN" in word_classes(words[-1].lower())


def _opening_role(a: Analysis, m: Mention, ante: Mention) -> bool:
    """``m``, a person noun, opens the sentence with a phrase that its first comma closes,
    and the antecedent's name follows set off by a second comma: "The mayor of the
    municipality where the estate lies, Jonas Kelmani, said": the name's apposition,
    however long the role's phrase.  Lower-case words may stand between the determiner and
    the role ("A head teacher in one of the districts where …, Abdul Kelmani, said")."""
    first = a.tokens[m.first_tok]
    if m.sent != ante.sent or m.start > ante.start or first.pos > ROLE_MODIFIERS + 1:
        return False
    lead = a.tokens[first.idx - first.pos : first.idx]
    if first.pos > 1 and (
        lead[0].low not in OPENING_DETERMINERS or not all(t.text.islower() for t in lead[1:])
    ):
        return False  # "After the mayor resigned, Ilse Varnow, …": the mayor is someone else
    return _apposed_to_opening(a, ante)


# The comma before a name in apposition, perhaps with "the" and a title's abbreviation
# between them ("…in the hills, the Rev. Boutros Nassif,")
_COMMA_BEFORE_NAME = regex.compile(r",[^\S\n]+(?:(?:the[^\S\n]+)?(\p{L}+)\.[^\S\n]+)?\Z")
# The comma that closes a name in apposition, perhaps after the name's "of" and its body
# ("Sgt. Dwayne Kowalczyk of the county sheriff's office, said")
_CLOSING_COMMA = regex.compile(r"(?:[^\S\n]+of[^\S\n]+[^,.;:“”\"\n]{1,60}?)?,")
# "The judge, a farmer from the hills who …,": a role with an apposition of its own
_ROLE_WITH_APPOSITION = regex.compile(r"[^,]*,[^\S\n]+(?:a|an)[^\S\n]")


# "every", "each", "any" or "no", perhaps an adjective, and a person noun as the subject of
# the verb right after it, then that clause's words up to the pronoun: no clause opener, no
# comma ("no worker would lose her place")
_QUANTIFIED_PERSON = regex.compile(
    r"(?<!\p{L})(?:every|each|any|no)[^\S\n]+(?!longer\b|more\b|other\b)(?:(\p{L}+)[^\S\n]+)?"
    r"(\p{L}+)[^\S\n]+(?:would|will|could|can|should|must|may|might|had|has|is|was)"
    r"(?:[^\S\n]+(?!(?:that|and|but|or|before|after|since|when|because|than|who|whom|which|"
    r"if|while|as|until|to)\b)\p{L}+)*[^\S\n]+\Z",
    regex.IGNORECASE,
)


# One of a group as a clause's subject, then its verb right before the possessive: "the
# last of them rents his saddle", "each of the farmers kept her share" (group 1: the plural)
_PARTITIVE_SUBJECT = regex.compile(
    r"(?<!\p{L})(?:[Tt]he[^\S\n]+(?:last|first|youngest|oldest|eldest)|[Oo]ne|[Ee]ach|[Ee]ither"
    r"|[Nn]either|[Nn]one)[^\S\n]+of[^\S\n]+(?:them|the[^\S\n]+(\p{Ll}+s))[^\S\n]+(\p{Ll}+)"
    r"[^\S\n]+\Z"
)


def _bound_to_a_quantifier(a: Analysis, p: Pronoun, ante: Mention) -> bool:
    """``p`` is a possessive in the clause whose subject is a quantified person noun, after
    its antecedent's name ("Aponso urged the council to guarantee that no worker would lose
    her place"), or one of a group of people ("when the last of them rents his saddle"):
    the pronoun is that noun's, anyone of the kind, and no one named.  Not a
    pronoun past a clause opener ("every player had given everything and that she was
    proud"), nor one of an object ("had no child of his own")."""
    if p.tok.low not in ("his", "her"):
        return False
    start = max(ante.end, a.sent_spans[p.tok.sent][0])
    if start >= p.tok.start:
        return False
    m = _QUANTIFIED_PERSON.search(a.text, start, p.tok.start)
    if m is not None and m.group(2).lower() in people.person_nouns():
        return True
    # "the last of them rents his saddle": one of a group, the subject of the verb before;
    # a group of one sex ("each of the brothers") keeps its pronoun to be judged
    partitive = _PARTITIVE_SUBJECT.search(a.text, start, p.tok.start)
    if partitive is None or "VERB" not in getAllLemmas(partitive.group(2)):
        return False
    group = partitive.group(1)
    noun = people.plural_of_person(group) if group is not None else None
    return group is None or (noun is not None and noun.gender == NEUTRAL)


def _role_with_apposition(before: str) -> bool:
    """``before``, the sentence up to a name, opens with a role and that role's own
    apposition ("The judge, a farmer from the hills who has judged trials for 25 years, "),
    with no other person in them (``_someone_else_in``: "…, a former pupil of the school's
    headmistress, Ilse Varnow": the name is the headmistress's)."""
    return _ROLE_WITH_APPOSITION.match(before) is not None and not _someone_else_in(before)


def _someone_else_in(before: str) -> bool:
    """A second person noun stands in the phrase before a name, beside the role's own (and,
    in a role's apposition, that apposition's head): the name may be that person's ("The
    driver, a former pupil of the headmistress at the village school, Ilse Varnow")."""
    comma = _COMMA_BEFORE_NAME.search(before)
    phrase = before[: comma.start()] if comma else before  # not the name's own title
    words = [w.lower() for w in regex.findall(r"\p{L}+", phrase)]
    nouns = [w for w in words if w in people.person_nouns()]
    heads = 1
    if _ROLE_WITH_APPOSITION.match(before) and before.count(",") == 2:
        # the apposition's own head, after "a" or "an" and at most two modifiers
        after = regex.findall(r"\p{L}+", phrase[phrase.index(",") :])[1:4]
        heads += any(w.lower() in people.person_nouns() for w in after)
    return len(nouns) > heads


def _apposed_to_opening(a: Analysis, name: Mention) -> bool:
    """``name`` stands set off by commas right after the phrase that opens its sentence,
    whose comma is the only one before it: "The head coach of the national team, Jonas
    Tamberg, said" names the sentence's subject, however far from its start.  So does a
    name after a role and that role's own apposition ("The judge, a farmer from the hills
    who has judged trials for 25 years, Alasdair Kerr, said"), and one after a title's
    abbreviation ("…of the church in the hills, the Rev. Boutros Nassif,"), and one whose
    body follows it with "of" ("…, Sgt. Dwayne Kowalczyk of the sheriff's office, said")."""
    before = a.text[a.sent_spans[name.sent][0] : name.start]
    commas = before.count(",")
    if commas != 1 and not (commas == 2 and _role_with_apposition(before)):
        return False
    comma = _COMMA_BEFORE_NAME.search(before)
    closing = _CLOSING_COMMA.match(a.text, name.end)
    if comma is None or closing is None:
        return False
    if closing.end() - name.end > 1 and _someone_else_in(before):
        return False  # "The woman who succeeded the mayor, Jonas Tamberg of the party,"
    title = comma.group(1)
    return title is None or title.lower() in title_abbreviations()


def _owner_of(a: Analysis, m: Mention, ante: Mention) -> bool:
    """``m`` is a possessive name right before a name of the antecedent's person, and no
    person itself: "Spain’s Laura Ortega", "Microsoft's Satya Nadella"."""
    if m.entity is None or m.entity.is_person or a.text[m.end - 2 : m.end] not in ("'s", "’s"):
        return False
    nxt = a.by_first_tok.get(m.first_tok + 1)
    return (
        nxt is not None
        and nxt.entity is ante.entity
        and a.text[m.end : nxt.start] in (" ", "\u00a0")
    )


def _possessed_by(a: Analysis, m: Mention, ante: Mention) -> bool:
    """``m``, a name no evidence makes a person, stands right after the antecedent's own
    possessive: "Varkossi’s Tamburlaine is at his most dangerous", "Tolvan’s Omvo". What a
    person owns, plays or governs is no second person a pronoun after could mean."""
    if m.entity is None or m.entity.is_person or ante.end > m.start:
        return False
    owner = a.text[ante.end - 2 : ante.end] in ("'s", "’s")
    return owner and a.text[ante.end : m.start] in (" ", "\u00a0")


_SAME = {
    MALE: frozenset({"he", "him", "his", "himself"}),
    FEMALE: frozenset({"she", "her", "hers", "herself"}),
}


# "told her nothing": an indefinite pronoun after "her" is the verb's second object
_INDEFINITES = frozenset({"nothing", "everything", "something", "anything"})


def _is_object(p: Pronoun, next_word: str | None) -> bool:
    low = p.tok.low
    if low in ("him", "them"):
        return True
    if low != "her" or (next_word is not None and next_word.lower() == "own"):
        return False
    if next_word is None:
        return True
    return next_word.lower() in function_words() or next_word.lower() in _INDEFINITES


def _subject_before(a: Analysis, p: Pronoun, ent: Entity) -> bool:
    """True when the sentence already has ``ent`` or a he/she before the pronoun."""
    for tok in a.tokens_from(p.tok.sent, p.tok.idx):
        if tok.low in ("he", "she"):
            return True
    return any(m.entity is ent for m in a.mentions_in(p.tok.sent, p.tok.start))


def _refers_ahead(m: Mention, p: Pronoun) -> bool:
    """The subject after an opening phrase may own the phrase's pronoun: its gender is the
    pronoun's or unknown.  Of the other gender ("After her speech, Putin said"), the
    pronoun is someone else's, and the people before are asked as ever."""
    assert m.entity is not None
    gender = m.entity.gender(exclude=p.tok.start)
    return gender is None or gender == p.gender


def _has_quote(a: Analysis, sent: int) -> bool:
    start, end = a.sent_spans[sent]
    return any(c in a.text[start:end] for c in '“”"«»')


def _namesake(a: Analysis, p: Pronoun, ante: Mention) -> str | None:
    """A relative of the pronoun's gender who shares the bare surname ``ante`` is, when
    the text has not used that surname alone since the relative came on stage and the
    antecedent is not the article's subject: "Luis Ortega … His widow, Carmen Ortega, …
    Ortega said she" may be either of them.  The article's subject keeps the surname
    ("Silveira" in his obituary), unless the pronoun opens a later sentence that speaks of
    the subject by the other pronoun: in "Ana Varnow, his widow, will keep the farm.
    Varnow built the barn himself. She said he had cut every beam", the widow is the one
    who said so."""
    if ante.entity is None:
        return None
    if ante.entity is _main_person(a) and not (
        ante.sent < p.tok.sent and _other_pronoun_after(a, p)
    ):
        return None
    parts = _bare_parts(a, ante)
    if parts is None:
        return None  # a full name ("Carmen Ortega") is no one else's
    for m in a.mentions:
        if m.start >= ante.start:
            return None
        rel = m.entity
        if rel is None or rel is ante.entity or not rel.relative or not parts <= rel.tokens:
            continue
        if rel.gender(exclude=p.tok.start) != p.gender:
            continue
        # used alone for the antecedent since the relative came on: it is the antecedent's
        again = any(
            n.entity is ante.entity and n.start > m.end and _bare_parts(a, n) is not None
            for n in a.mentions_in(m.sent, ante.start)
        )
        if not again:
            return f"{rel.name} (namesake)"
    return None


def _other_pronoun_after(a: Analysis, p: Pronoun) -> bool:
    """A "he", "him" or "his" (for a "she" or "her"; and the converse) after ``p`` in its
    sentence, outside quotations: "She said he had cut every beam"."""
    others = ("he", "him", "his") if p.gender == FEMALE else ("she", "her", "hers")
    return any(
        q.tok.sent == p.tok.sent and q.tok.start > p.tok.start and q.tok.low in others
        for q in a.pronouns
        if not q.tok.quoted
    )


def _bare_parts(a: Analysis, m: Mention) -> set[str] | None:
    """The name parts of ``m`` when it is a bare surname, of one word or more ("Ortega",
    "Ben Khelifa"): fewer than its person's name holds.  None for a full name."""
    if m.entity is None:
        return None
    parts = people.mention_parts(a, m)
    return parts if parts < m.entity.tokens else None


def _shared_surname(a: Analysis, p: Pronoun, ante: Mention) -> str | None:
    """Someone else, no relative and not known to be of the antecedent's gender, named
    before ``p`` with every word of the name ``ante`` gives: "Liesbeth Van Damme … Koen Van
    Damme, who is not related to her, … Van Damme said she" may mean either, whoever was
    named last; so may "Dirir" after "Nasteho Dirir" and her father "Dirir Kaahiye"."""
    ent = ante.entity
    parts = people.mention_parts(a, ante)
    if ent is None or not parts or parts == ent.tokens:
        return None  # a full name says whom it means
    own = ent.gender(exclude=p.tok.start)
    for m in a.mentions:
        if m.start >= p.tok.start:
            break
        other = m.entity
        if other is None or other is ent or other.relative or not other.is_person:
            continue
        if parts <= other.tokens and other.gender(exclude=p.tok.start) != own:
            return f"{other.name} (shares the name)"
    return None


def _on_stage(a: Analysis, p: Pronoun) -> bool:
    """A pronoun of ``p``'s gender outside quotations in the sentence just before ``p``'s
    (the last of the paragraph before, when ``p``'s sentence opens its own; only that one
    sentence is read): the article's subject, spoken of so up to that sentence ("…Her
    grammar is still used.⏎⏎Jon Aas, an archivist who catalogued her notebooks, said"), is
    still on stage for a possessive or an object.  A subject pronoun in the opener's own
    clause or report ("Okoro, whose parents moved before he was born") stays the
    opener's."""
    sent = p.tok.sent
    if sent == 0 or p.tok.low in ("he", "she"):
        return False
    same = _SAME[p.gender]
    return any(
        t.sent == sent - 1 and t.low in same and not t.quoted
        for t in a.tokens_from(sent - 1, a.sent_first_tok[sent])
    )


def _opens_apposition(a: Analysis, p: Pronoun, ante: Mention) -> bool:
    """``p`` is a possessive that opens the apposition right after the name ("Fatou Ndiaye,
    his cousin, said"): no one is their own cousin, so it means someone named before."""
    between = a.text[ante.end : p.tok.start]
    return p.tok.low in ("his", "her") and between.startswith(",") and not between[1:].strip()


def _relative_of_a_namesake(a: Analysis, p: Pronoun) -> bool:
    """``p``, a "his" or "her", is followed by a noun of kin and, in apposition, a name
    whose surname someone of ``p``'s gender named before bears ("Ilse Varnow, …, has died.
    … Her granddaughter, Kelvari Varnow, said"): the relative's own family, whoever was
    named last."""
    if p.tok.low not in ("his", "her") or p.tok.idx + 1 >= len(a.tokens):
        return False
    kin = a.tokens[p.tok.idx + 1]
    if kin.sent != p.tok.sent or kin.low not in people.resource_words("kin_nouns"):
        return False
    after = a.text[kin.end : kin.end + 3]
    if not after.startswith(", "):
        return False
    named = next((m for m in a.mentions if m.start == kin.end + 2), None)
    if named is None or named.entity is None or not named.entity.name:
        return False
    surname = named.entity.name.split()[-1]
    return any(
        m.entity is not None
        and m.entity is not named.entity
        and m.entity.name.split()[-1:] == [surname]
        and m.entity.gender() == p.gender
        for m in a.mentions_in(0, p.tok.start)
    )


def _place_taken_for_person(a: Analysis, m: Mention) -> bool:
    """``m`` names what the text elsewhere shows is a place ("a schoolteacher from Mbelora,
    said": "from Mbelora"), with nothing to say it is a man or a woman: no antecedent."""
    ent = m.entity
    assert ent is not None
    if ent.first_name is not None or any(ent.title_score.values()) or ent.votes:
        return False
    return _place_or_body(a, a.text[m.start : m.end])


def _main_person(a: Analysis) -> Entity | None:
    """The person the article is about (:func:`people.main_person`), once per analysis."""
    key = ("main_person", "")
    if key not in a.derived:
        a.derived[key] = people.main_person(a)
    found = a.derived[key]
    return found if isinstance(found, Entity) else None


def _carries_on(a: Analysis, para_start: int, p: Pronoun) -> bool:
    """The sentences of ``p``'s paragraph before its own name no one but speak of someone
    with a pronoun ("Anna Bergvik farms near Lundholm.⏎⏎The drought hit her barley first. She
    said…"): the paragraph goes on with the people of the one before.  Not past a
    quotation, which may speak of someone else ("“He never came back,” she said.")."""
    if a.mentions_in(para_start, a.sent_spans[p.tok.sent][0]):
        return False
    before = a.tokens_from(para_start, a.sent_first_tok[p.tok.sent])
    if any(t.quoted for t in before) or _has_quote(a, p.tok.sent):
        return False
    return any(t.low in _THIRD_PERSON for t in before)


_THIRD_PERSON = frozenset({"he", "she", "his", "her", "him", "hers", "himself", "herself"})


def _opens_subjects_paragraph(a: Analysis, p: Pronoun, ent: Entity) -> bool:
    """``p``, a "his" or "her", opens its paragraph, as its first word or in the opening
    phrase of place or time before the first comma (``_in_opening_phrase``), and the
    article's subject (:func:`people.main_person`), not ``ent``, is of its gender: an
    obituary's "His wife of 58 years, …" after a paragraph that quotes someone else is the
    subject's wife, and "For most of his life, the trade was a local one" after one that
    ends on his wife is his life.  So is a "he" or "she" that opens a paragraph after one
    that ends in someone else's quotation, when it reports nothing ("“…,” Jonas Tamberg
    said. “She walked.”⏎⏎She received a national award" in his mother's obituary): the
    speaker has had his say, and a "She said" that carries his quotation on is still read."""
    sent = p.tok.sent
    if a.para_first_sent[sent] != sent:
        return False
    if p.tok.low in ("he", "she"):
        if a.sent_first_tok[sent] != p.tok.idx or _speaks(a, p) or not _after_a_quotation(a, p):
            return False
        if _other_gender_in_sentence(a, p):
            return False  # "She took over the studio after he had retired": a slip for "He"
    elif p.tok.low not in ("his", "her") or (
        a.sent_first_tok[sent] != p.tok.idx and not _in_opening_phrase(a, p)
    ):
        return False
    main = _main_person(a)
    return main is not None and main is not ent and main.gender(exclude=p.tok.start) == p.gender


def _other_gender_in_sentence(a: Analysis, p: Pronoun) -> bool:
    """A pronoun of the other gender than ``p``'s stands outside quotations in its sentence."""
    other = _SAME[FEMALE if p.gender == MALE else MALE]
    words = a.tokens[a.sent_first_tok[p.tok.sent] : _sentence_stop(a, p.tok.sent)]
    return any(t.low in other and not t.quoted for t in words)


def _after_a_quotation(a: Analysis, p: Pronoun) -> bool:
    """The paragraph before ``p``'s ends in a closing quotation mark."""
    i = p.tok.start - 1
    while i >= 0 and a.text[i].isspace():
        i -= 1
    return i >= 0 and a.text[i] in '”"' and "\n" in a.text[i : p.tok.start]


def _in_opening_phrase(a: Analysis, p: Pronoun) -> bool:
    """``p`` stands in a short phrase that a preposition opens and a comma closes before
    anything else in its sentence ("For most of his life, …", "In her last years, …"),
    with no name in it: no clause of its own, so no one else it could be."""
    start = a.sent_first_tok[p.tok.sent]
    head = a.tokens[start : p.tok.idx]
    if not head or head[0].low not in OPENING_PREPOSITIONS or len(head) > 4:
        return False
    if any(t.text[:1].isupper() for t in head[1:]) or "," in a.text[head[0].start : p.tok.start]:
        return False
    rest = [t for t in a.tokens[p.tok.idx + 1 : p.tok.idx + 4] if t.sent == p.tok.sent]
    return bool(rest) and "," in a.text[p.tok.end : rest[-1].start]


def _people_named(a: Analysis, window: list[Mention], sent: int) -> list[Mention]:
    """The mentions of ``window`` that may name the pronoun's person: people named outside
    quotations from two sentences before ``sent`` on, no place taken for a person, and no
    one named only to deny a tie ("Jonas Tamberg, a trader not related to Ilse Tamberg,
    said he": Jonas's)."""
    return [
        m
        for m in window
        if m.entity is not None
        and m.entity.is_person
        and not m.quoted
        and m.sent >= sent - 2
        and not _place_taken_for_person(a, m)
        and not _RELATED_TO.search(a.text, max(0, m.start - 30), m.start)
    ]


def _turn_opens(a: Analysis, p: Pronoun) -> int:
    """The sentence a speaker's turn opens at: that of the quotation ``p`` attributes, which
    may run to several sentences ("Ilse Varnow said the road was gone.⏎⏎“We had an hour.
    Then the water came,” she said.": one turn of hers; ``people.speakers_turn``), else
    ``p``'s own."""
    opening = people.speakers_turn(a, p)
    return p.tok.sent if opening is None else opening


def judge(a: Analysis, p: Pronoun) -> tuple[Entity, str, str | None] | str:
    """(person, established gender, next word) when ``p`` contradicts them; else why not."""
    if p.tok.quoted:
        return "inside a quotation"
    sent = p.tok.sent
    back = QUOTE_WINDOW if _has_quote(a, sent) else WINDOW
    # the sentences of a quotation ``p`` attributes count as one (``_turn_opens``)
    turn = _turn_opens(a, p)
    first = turn - back
    # Past the first sentence of a paragraph, the paragraph is the context: who
    # was named in the one before no longer competes with who is named in this one.
    para_start = a.para_first_sent[sent]
    if turn > para_start and not _carries_on(a, para_start, p):
        first = max(first, para_start)
    ahead = cataphora(a, p, loose=True)
    if ahead and _refers_ahead(ahead[0], p):
        return "points forward to the subject after its opening phrase"
    if people.in_opening_role(a, p):
        return "in an opening role's phrase, the role's own"
    window = a.mentions_in(first, p.tok.start)
    named = _people_named(a, window, turn) or cataphora(a, p) or _voted_before(a, p)
    if not named:
        return NO_ONE_NAMED
    ante = _last_named(a, named)
    ent = ante.entity
    assert ent is not None
    if _opens_apposition(a, p, ante):
        return "a possessive opening the name's apposition is someone else's"
    if _relative_of_a_namesake(a, p):
        return "a relative's possessive is the namesake's of its gender"
    if _hand_shaken(a, p):
        return "the hand someone shakes is another's"
    if _bound_to_a_quantifier(a, p, ante):
        return "a quantified person's own pronoun"
    gender = ent.gender(exclude=p.tok.start) or _bound_before(a, p, ent)
    if gender is None:
        return f"gender of {ent.name} not established {ent.score(p.tok.start)}"
    if gender == p.gender:
        return "agrees"
    if why := _someone_nearer(a, p, ent):
        return why
    if _binding.other_subject(a, p) is not None and _someone_of(a, p, p.gender):
        return "the clause's subject is of the other gender and someone else of its is named"
    if _his_and_hers(a, p) and _his_or_hers_owner(a, p, p.gender):
        return "a sentence that holds both “his” and “hers” speaks of two people"
    if _reported_by_other(a, p) and _subject_on_stage(a, p, ent):
        # "One of the pupils, Ilse Varnow, … She said he was patient", in a man's
        # obituary: what she reports is about the article's subject
        return "in what someone of the other gender reports, the article's subject"
    if (_reported_by(a, p, ent) or _speaker_later(a, p, ent, gender)) and _subject_just_before(
        a, p, ent
    ):
        return "in what the name reports, the article's subject"
    if _quoted_third_person(a, p, ent):
        return "the speaker's own quotation speaks of someone of the pronoun's gender"
    if _speaks_of_the_unreported(a, p, ent, gender):
        return "the quotation it attributes speaks of the one named before, who said nothing"
    fresh = _introduced(a, ante, p)
    main = _main_person(a) if fresh else None
    if main is not None and main is not ent and main.gender(exclude=p.tok.start) == p.gender:
        # The article's own subject does not leave the stage with its paragraph: "Paul
        # Kinsella, a folklorist, once described her playing" is about Margaret Power.
        fresh = not any(m.entity is main for m in window)
    if fresh and _on_stage(a, p):
        fresh = False  # "…her grammar.⏎⏎Jon Aas, who catalogued her notebooks": hers
    if fresh:
        # The paragraph opens by naming its person in full as the subject: those named
        # in the paragraphs before have left the stage.
        window = [m for m in window if m.sent == sent]
    blocker = (
        _blocker(a, p, ante, window, fresh) or _namesake(a, p, ante) or _shared_surname(a, p, ante)
    )
    if blocker:
        return f"{ent.name}: blocked by {blocker}"
    next_word = _next_word(a, p)
    if _is_object(p, next_word) and _subject_before(a, p, ent):
        # "Greer said he had told her": an object pronoun is rarely the
        # subject of its own sentence; it points at someone else.
        return "object pronoun after a subject"
    return ent, gender, next_word


def _someone_nearer(a: Analysis, p: Pronoun, ent: Entity) -> str | None:
    """Why ``p``, of the other gender than ``ent``, means someone nearer, if it does."""
    if _relative_named_before(a, p):
        return "a relative of its gender, named earlier in its sentence, is the one it means"
    if _opens_subjects_paragraph(a, p, ent):
        return "a paragraph's opening pronoun is the article's subject's"
    return None


# The genders of people.PRONOUNS for an owner, and for any pronoun but a reflexive or "hers"
_OWNER_GENDER = {w: people.PRONOUNS[w] for w in ("his", "her")}
_SUBJECTS = frozenset({"he", "she"})
_PERSON_GENDER = {w: people.PRONOUNS[w] for w in ("he", "his", "him", "she", "her")}
# After a dead relative, a pronoun before a present or a future is the living person's
_NOW_OR_LATER = frozenset({"will", "can", "may", "must", "shall", "is", "has", "does"})


def _own_before_a_noun(a: Analysis, after: list[Token]) -> bool:
    """The "own" opening ``after`` qualifies the word right after it ("his own hands"), as
    the pronoun "his own" before a stop or a comma does not ("her husband's account books,
    every debt written there except his own.")."""
    return len(after) > 1 and not a.text[after[0].end : after[1].start].strip()


def _relative_named_before(a: Analysis, p: Pronoun) -> bool:
    """A kin noun of ``p``'s gender, owned by a "his" or "her" of the other gender, stands
    earlier in ``p``'s sentence ("Ghettas had driven her late father's van since she was 19,
    because he had no sons"; "to his grandmother's village … a new roof on her house"):
    the nearest person the pronoun agrees with is the relative.

    Not where the sentence goes back to its named person: a verb of saying between the
    relative and ``p``, anywhere after ``p`` ("sold his mother's land, she said"), or before
    a subject ``p`` ("Mori said her father's illness changed her mind, and he decided"); a
    subject ``p`` that does not open a subordinate clause on "be" or "have"
    (``_states_of_a_subordinate``: "took over the firm from her father's estate, and he has
    doubled its sales"); "his own" or "her own" ("with his own hands"); a pronoun of the
    other gender later in ``p``'s clause ("because she needed the money for his campaign",
    "before she gave a speech to the players he coaches"); a dead relative before a present
    or a future ("his late grandmother's farm, and she plans"); a relative
    inside a "who" clause the sentence closes before ``p`` ("Fischer, who took her
    brother's place, … and he now leads")."""
    verbs = reporting_verbs()
    first = a.sent_first_tok[p.tok.sent]
    before = a.tokens[first : p.tok.idx]
    if p.tok.low in _SUBJECTS and any(t.low in verbs for t in before):
        return False
    after = a.tokens[p.tok.idx + 1 : _sentence_stop(a, p.tok.sent)]
    if p.tok.low in _SUBJECTS and not _states_of_a_subordinate(before, after):
        return False
    if after and after[0].low == "own" and _own_before_a_noun(a, after):
        return False  # "rebuilt her late father's boat with his own hands": the person's
    if any(t.low in verbs for t in after):
        return False
    clause_end = a.text.find(",", p.tok.end)
    clause = [t for t in after if clause_end < 0 or t.start < clause_end]
    if any(_PERSON_GENDER.get(t.low) not in (None, p.gender) for t in clause):
        return False
    kin = resource_words("kin_nouns")
    for k, tok in enumerate(before, start=first):
        low = regex.sub(r"['’]s\Z", "", tok.low)
        noun = people.person_nouns().get(low)
        if tok.quoted or low not in kin or noun is None or noun.gender != p.gender:
            continue
        # "her late father's": the owner, at most three words before the kin noun
        owners = a.tokens[max(first, k - 3) : k]
        if not any(_OWNER_GENDER.get(o.low) not in (None, p.gender) for o in owners):
            continue
        if any(t.low in verbs for t in a.tokens[k + 1 : p.tok.idx]):
            continue
        late = any(o.low == "late" for o in owners)
        if late and after and (after[0].low in _NOW_OR_LATER or verb_form(after[0].low, ("VBZ",))):
            continue
        if _inside_a_closed_relative(a, first, k, p):
            continue
        return True
    return False


# A subject pronoun the relative may take: one stating what was or is, in a clause that
# hangs on the sentence's ("since she was 19, because he had no sons")
_SUBORDINATORS = frozenset(
    {"because", "since", "when", "after", "until", "till", "as", "though", "although"}
    | {"while", "once"}
)
_BE_OR_HAVE = frozenset({"was", "were", "is", "are", "had", "has", "have"})


def _states_of_a_subordinate(before: list[Token], after: list[Token]) -> bool:
    """The subject pronoun between ``before`` and ``after`` opens a subordinate clause
    ("because", "since", "when" …) on a form of "be" or "have" that is no auxiliary ("because
    he had no sons", not "since he has expanded it" nor "before she was substituted"): a
    state the relative may be in, where a clause going on with the sentence's subject
    ("and he now leads", "where she saved two penalties") acts."""
    if not before or before[-1].low not in _SUBORDINATORS:
        return False
    if not after or after[0].low not in _BE_OR_HAVE:
        return False
    return not any(verb_form(t.low, ("VBN",)) for t in after[1:4])


def _inside_a_closed_relative(a: Analysis, first: int, k: int, p: Pronoun) -> bool:
    """Token ``k`` stands in a ", who …" or ", whose …" clause that a comma closes before
    ``p``: an aside about the sentence's subject, who is still the one spoken of."""
    opener = next(
        (j for j in range(k - 1, first - 1, -1) if a.tokens[j].low in ("who", "whose")), None
    )
    if opener is None or a.text[: a.tokens[opener].start].rstrip()[-1:] != ",":
        return False
    return "," in a.text[a.tokens[k].end : p.tok.start]


_SHAKES = frozenset({"shake", "shakes", "shook", "shaking", "shaken"})


def _hand_shaken(a: Analysis, p: Pronoun) -> bool:
    """``p`` owns the hand a verb of shaking takes ("Varnow shook her hand on the stage"):
    no one shakes their own hand, so it is someone else's, whoever the subject is."""
    before = a.tokens[p.tok.idx - 1] if p.tok.idx else None
    following = _next_word(a, p)
    return (
        p.tok.low in ("his", "her")
        and before is not None
        and before.low in _SHAKES
        and following is not None
        and following.lower() in ("hand", "hands")
    )


_TIME_AFTER = regex.compile(
    r"[ \u00a0]+[\d\p{L}-]+[ \u00a0]+(?:years?|months?|weeks?|days?|decades?)[ \u00a0]+"
    r"(?:later|earlier|ago|on|after|before)\b"
)


def _next_word(a: Analysis, p: Pronoun) -> str | None:
    """The word right after ``p`` in its sentence, past one space, that says which form
    its replacement takes ("her" before a noun is "his", before a verb "him").  "his" before
    any word, a figure too, is a determiner ("his 20s band" is "her 20s band", not "hers")."""
    if p.tok.low == "his":
        # "the record was his 20 years later": a time phrase, "his" stands alone
        return None if _TIME_AFTER.match(a.text, p.tok.end) else _word_after(a.text, p.tok.end)
    nxt = a.tokens[p.tok.idx + 1] if p.tok.idx + 1 < len(a.tokens) else None
    if nxt is None or nxt.sent != p.tok.sent:
        return None
    return nxt.text if a.text[p.tok.end : nxt.start] in (" ", "\u00a0") else None


def _bound_before(a: Analysis, p: Pronoun, ent: Entity) -> str | None:
    """The gender of the one other pronoun ``ent`` has, when that pronoun is bound to them
    and ``p``, of the other gender, is too: "The commander, Lt. Varo Kelemete, said her
    teams had pulled 23 people from the water. He said none had been hurt."  One pronoun
    against one, but each stands where it can mean no one else: the first in the person's
    own report, right after their name's verb of saying (``_own_report``), or opening the
    sentence after one that names them and no one else (``_chained_to``); ``p`` opens the
    sentence after the first's in its paragraph, or after one that names them alone.  No
    one else is named, and no other pronoun of ``p``'s gender stands, from the sentence
    before the first on, so the two disagree about one person and one is the slip.  Not
    for a person whose given name the list knows (the name already counts)."""
    votes = [(o, g) for o, g in ent.votes.items() if o != p.tok.start]
    if len(votes) != 1 or ent.first_name is not None or p.tok.low not in ("he", "she"):
        return None
    offset, gender = votes[0]
    q = next((q for q in a.pronouns if q.tok.start == offset), None)
    if gender == p.gender or q is None:
        return None
    # the slip may come first: "Tarvo Kelmani, whose family…, said she had sold two tonnes.
    # The price had risen, he said": either way round, the two are read as a pair
    one, two = (q, p) if q.tok.start < p.tok.start else (p, q)
    if two.tok.low not in ("he", "she") or not (two.tok.pos == 0 or _attribution(a, two)):
        return None
    if two.tok.pos != 0 and not _named_speaking(a, ent, two):
        return None  # "The owners fired <Name>. He had worked there, she said": a speaker
    if not (_own_report_of(a, one, ent) or _chained_to(a, one, ent)):
        return None
    next_one = one.tok.sent + 1 == two.tok.sent and (
        a.para_first_sent[two.tok.sent] != two.tok.sent or _says_next(a, two)
    )
    if not next_one and not _chained_to(a, two, ent):
        return None
    # no one else named or spoken of from the sentence before the first on ("met a young
    # man. Lund said she … He said": the man may be the "he"; "Her pupil Lund … She");
    # someone only spoken of with "a" there leaves the stage when the first's sentence
    # opens its paragraph by naming them ("…a single doctor.⏎⏎The head of the health
    # department, <Name>, said he would … She said"); a name, a definite noun ("the health
    # minister") and a pronoun keep their person on it ("Her notes fill 31 boxes.⏎⏎<Name>,
    # the director, said she had given": the obituary's)
    first = max(0, one.tok.sent - 1)
    pair = (p.tok.start, q.tok.start)
    if a.para_first_sent[two.tok.sent] == two.tok.sent:
        if _someone_else_for(a, two, ent, pair):
            return None
    else:
        stage = _stage_from(a, one, ent)
        mentions = [
            m
            for m in a.mentions_in(first, two.tok.start)
            if m.sent >= stage or _stays_on_stage(a, m)
        ]
        if any(m.entity is not ent and _may_be_someone(m, a) for m in mentions):
            return None
    others = [t for t in a.tokens_from(first, two.tok.idx) if t.start not in pair]
    if _pronoun_of(others, p.gender, pair):
        return None
    between = (t for t in others if t.start > one.tok.start and t.text.islower())
    if any(_role_word(t.low) for t in between):
        return None  # "worked with the harbour master. He said": the master may be the "he"
    return gender


# "a", "an" or "one" and perhaps an adjective before a person noun: someone spoken of, not met
_INDEFINITE_BEFORE = regex.compile(r"\b(?:an?|one)[^\S\n]+(?:\p{L}+[^\S\n]+)?\Z", regex.IGNORECASE)


def _stays_on_stage(a: Analysis, m: Mention) -> bool:
    """``m`` keeps its person on stage past a paragraph's break: a name or a definite noun,
    not someone spoken of with "a" ("often have a single doctor")."""
    if m.entity is not None or m.noun is None:
        return True
    return _INDEFINITE_BEFORE.search(a.text, max(0, m.start - 30), m.start) is None


def _stage_from(a: Analysis, one: Pronoun, ent: Entity) -> int:
    """The first sentence whose people compete with ``ent`` for ``one`` and its partner: the
    one before ``one``'s, or ``one``'s own when it opens its paragraph naming ``ent``."""
    sent = one.tok.sent
    if a.para_first_sent[sent] == sent and any(
        m.entity is ent and m.sent == sent for m in a.mentions_in(sent, one.tok.start)
    ):
        return sent
    return max(0, sent - 1)


def _someone_else_for(a: Analysis, two: Pronoun, ent: Entity, pair: tuple[int, int]) -> bool:
    """``two`` opens a paragraph, and someone it may mean other than ``ent`` stands from the
    paragraph before the one its partner stands in: a bare "He said" may go back to a
    minister the speaker only interrupted.  Anyone named or spoken of counts unless the
    text gives them the other gender ("Transport Minister Lena Holm" is no "He"), and so
    does a pronoun of ``two``'s gender."""
    para = a.para_first_sent[two.tok.sent - 1] if two.tok.sent > 0 else 0
    first = a.para_first_sent[max(0, para - 1)]
    for m in a.mentions_in(first, two.tok.start):
        if m.entity is ent or not _may_be_someone(m, a):
            continue
        if m.noun is not None and m.noun.gender not in (NEUTRAL, two.gender):
            continue
        if m.entity is not None and m.entity.gender() not in (None, two.gender):
            continue
        return True
    return _pronoun_of(a.tokens_from(first, two.tok.idx), two.gender, pair)


def _pronoun_of(tokens: Iterable[Token], gender: str, pair: tuple[int, int]) -> bool:
    """A pronoun of ``gender`` outside quotations among ``tokens``, other than the pair's."""
    return any(t.low in _SAME[gender] and not t.quoted and t.start not in pair for t in tokens)


def _says_next(a: Analysis, t: Pronoun) -> bool:
    """``t`` opens its sentence and a verb of saying follows it ("He said the buses were
    full"): across a paragraph's break, news goes on with the speaker named last."""
    nxt = a.tokens[t.tok.idx + 1] if t.tok.idx + 1 < len(a.tokens) else None
    return t.tok.pos == 0 and nxt is not None and nxt.low in reporting_verbs()


def _may_be_someone(m: Mention, a: Analysis) -> bool:
    """``m`` may name a person: a person noun, a name a person may bear where it stands, or
    a person's name; not a place named where no person stands ("In Varsk, bakers…"), nor a
    name the text elsewhere shows is a place ("a driver who has carried pilgrims from Varsk
    for 20 years, <Name>, said"), nor a people a word counts ("many Niueans")."""
    ent = m.entity
    if ent is None:
        return True
    if not (m.possible_person or ent.is_person or ent.name_like):
        return False
    if _counted_people(a.text, m):
        return False  # "Many more Niueans live in New Zealand": a people, no "he" or "she"
    return not _place_taken_for_person(a, m)


def _counted_people(text: str, m: Mention) -> bool:
    """``m`` is a plural a word counts ("many more Niueans", "several thousand Varnians"), not
    a name after a superlative ("The most Ondotera would offer", "among the few Ondotera
    met")."""
    name = text[m.start : m.end]
    if not name.endswith("s") or name.endswith(("'s", "’s")) or _AUXILIARY_AFTER.match(text, m.end):
        return False  # "More Santos would not say": a person's surname before a verb
    return _COUNTED.search(text, max(0, m.start - 20), m.start) is not None


_AUXILIARY_AFTER = regex.compile(
    r"[^\S\n]+(?:would|could|will|can|did|had|has|was|is|said|says|told)\b"
)


# A word that counts a plural right before a name: the name is a people's
_COUNTED = regex.compile(
    r"(?<!\b[Tt]he[^\S\n]+)\b(?:(?:[Mm]any|[Mm]ore|[Mm]ost|[Ss]everal|[Ff]ew|[Hh]undreds"
    r"|[Tt]housands|[Mm]illions|hundred|thousand|million)[^\S\n]+){1,2}\Z"
)


def _attribution(a: Analysis, t: Pronoun) -> bool:
    """``t`` attributes what comes before it to its speaker: after a comma or a closing
    quotation mark, before a verb of saying, with no name before it in its sentence ("The
    price had risen, he said, because…")."""
    if t.tok.pos == 0 or t.tok.idx + 1 >= len(a.tokens):
        return False
    prev, nxt = a.tokens[t.tok.idx - 1], a.tokens[t.tok.idx + 1]
    gap = a.text[prev.end : t.tok.start]
    if not ("," in gap or "”" in gap or '"' in gap) or nxt.low not in reporting_verbs():
        return False
    return not a.mentions_in(t.tok.sent, t.tok.start) or all(
        m.sent != t.tok.sent for m in a.mentions_in(t.tok.sent, t.tok.start)
    )


# Endings of nouns for people by what they do ("harbour master", "lock keeper", "coxswain");
# of the nouns in "-ain" only these few name people ("mountain", "train", "again" do not)
_ROLE_ENDINGS = (
    *("man", "ist", "keeper", "maker", "master", "worker", "holder", "ster"),
    *("swain", "chaplain", "chieftain", "villain"),
)


def _role_word(low: str) -> bool:
    """``low`` may name a person by role though the person nouns lack it: a singular with
    a role's ending, or an agent noun in -er or -or made from a verb ("undertaker")."""
    if len(low) < 5 or low.endswith("s"):
        return False
    if low.endswith(_ROLE_ENDINGS):
        return True
    for stem in (low[:-2], low[:-1]) if low.endswith(("er", "or")) else ():
        if len(stem) >= 3 and "VERB" in getAllLemmas(stem):
            return True
    return False


def _own_report_of(a: Analysis, q: Pronoun, ent: Entity) -> bool:
    """``q`` stands in what ``ent``, named last in its sentence, is reported to say: as its
    subject ("said her teams had …"), or as a possessive deeper in it ("said the results
    matched those in her country") when no one else of that gender is the article's
    subject, whose the possessive might be."""
    here = [m for m in a.mentions_in(q.tok.sent, q.tok.start) if m.sent == q.tok.sent]
    if not here or here[-1].entity is not ent:
        return False
    if _own_report(a, here[-1], q, owner=True):
        return True
    if q.tok.low not in ("his", "her") or not _reported_by(a, q, ent):
        return False
    main = _main_person(a)
    return main is None or main is ent or main.gender() != q.gender


def _chained_to(a: Analysis, q: Pronoun, ent: Entity) -> bool:
    """``q``, a "he" or "she", opens the sentence after one that names ``ent`` and no one
    else ("Farrugia said a cap would not work. He said…"), or attributes it ("Farrugia
    said a cap would not work. Prices would rise, he said.")."""
    if q.tok.low not in ("he", "she") or q.tok.sent == 0:
        return False
    if q.tok.pos != 0 and not (_attribution(a, q) and _named_speaking(a, ent, q)):
        return False
    before = a.mentions_in(q.tok.sent - 1, a.sent_spans[q.tok.sent][0])
    before = [m for m in before if m.entity is ent or not _a_date(m)]
    return bool(before) and all(m.entity is ent and m.sent == q.tok.sent - 1 for m in before)


def _named_speaking(a: Analysis, ent: Entity, q: Pronoun) -> bool:
    """``ent`` is named, from two sentences before ``q`` on, as the subject of a verb of
    saying ("its president, <Name>, said on Friday", "<Name>, whose family …, said",
    "said <Name>", "according to <Name>"): an attribution's "he" or "she" is a speaker, not
    someone another speaker spoke of ("The owners fired <Name>. He had worked there for 20
    years, she said"; "<Name> was charged, police said")."""
    verbs = reporting_verbs()
    named = (m for m in a.mentions_in(max(0, q.tok.sent - 2), q.tok.start) if m.entity is ent)
    return any(_speaker_mention(a, m, verbs) for m in named)


def _speaker_mention(a: Analysis, m: Mention, verbs: frozenset[str]) -> bool:
    """``m`` is a verb of saying's subject: the verb right after it, or after a
    parenthetical that commas close ("<Name>, 44, said"); or right before it, perhaps
    past a role ("said its president, <Name>"), or "according to" before it."""
    toks = a.tokens
    before = [t for t in toks[max(0, m.first_tok - 6) : m.first_tok] if t.sent == m.sent]
    if any(t.low in verbs and not t.quoted for t in before[-4:]):
        return True
    if any(t.low == "according" for t in before):
        return True
    k = m.first_tok
    while k < len(toks) and toks[k].start < m.end:
        k += 1
    if k >= len(toks) or toks[k].sent != m.sent:
        return False
    if toks[k].low in verbs:
        return True
    if not a.text[m.end : toks[k].start].strip().startswith(","):
        return False
    for t in toks[k:]:
        if t.sent != m.sent or t.quoted:
            return False
        if t.low in verbs:
            return "," in a.text[toks[t.idx - 1].end : t.start]
    return False


def _a_date(m: Mention) -> bool:
    """``m`` is a day's or a month's name ("said on Friday"), which names no one."""
    return m.entity is not None and m.entity.name.lower() in resource_words("calendar_words")


def _reported_by_other(a: Analysis, p: Pronoun) -> bool:
    """``p``, a subject "he" or "she", opens what a subject pronoun of the other gender
    reports: "She said he was patient", "he told reporters that she"."""
    if p.tok.low not in ("he", "she") or p.tok.idx < 2:
        return False
    verbs = reporting_verbs()
    other = "she" if p.gender == MALE else "he"
    before = [t for t in a.tokens[max(0, p.tok.idx - 5) : p.tok.idx] if t.sent == p.tok.sent]
    return any(
        t.low == other and not t.quoted and nxt.low in verbs
        for t, nxt in itertools.pairwise(before)
    )


def _reported_by(a: Analysis, p: Pronoun, ent: Entity) -> bool:
    """``p`` stands in what ``ent``, named last before it in the sentence, reports, with no
    quotation between: "De Varn said in a message of condolence that he had been one of the
    last makers", "The mayor, Ilse Varnow, said the city would name the square after him".
    A subject "he" or "she" right after the verb is most often the speaker's own ("Varnow
    said she would appeal"), so it counts only after "that", or deeper in what is reported,
    past a verb of its own ("said the church had been filled with people wearing clothing
    she had made")."""
    if p.tok.idx < 1:
        return False
    opens_report = p.tok.low in ("he", "she") and a.tokens[p.tok.idx - 1].low != "that"
    if opens_report and not _past_the_reports_verb(a, p):
        return False
    return _reported_by_name(a, p, ent)


def _speaker_later(a: Analysis, p: Pronoun, ent: Entity, gender: str) -> bool:
    """``p``, a "he" or "she" right after the verb of what ``ent`` reports, has an object
    pronoun of ``ent``'s gender after it in its clause (up to a comma; "her" may be a
    possessive too), outside quotations:
    "<Name>, 34, said he had taught her the craft".  The speaker is the object, so ``p``
    is someone else, though a subject right after the verb is most often the speaker's.
    Not "his": a possessive may be the speaker's in any report ("said she had no
    complaints …, but that his batters")."""
    speaker = _OBJECTS[gender]
    for t in _rest_of_report(a, p, ent):
        if "," in a.text[p.tok.end : t.start]:
            return False
        if t.low in speaker and not t.quoted:
            return True
    return False


_OBJECTS = {MALE: frozenset({"him", "himself"}), FEMALE: frozenset({"her", "herself"})}


def _quoted_third_person(a: Analysis, p: Pronoun, ent: Entity) -> bool:
    """``p``, a "he" or "she" right after the verb of what ``ent`` reports, agrees with a
    pronoun in the speaker's own quotation later in the sentence: "<Name> said she had given
    the archive “a memory it could not have built without her”".  A speaker quoted says
    "I" and "me" of themselves, so the quotation's "her" is someone else, and so is ``p``.
    Not when someone else who may be of that gender is named or spoken of between ("…
    whom she described as “a man who keeps his word”", "the minister had told her “he has
    no intention”"): the quotation's pronoun may be theirs."""
    quoted = next(
        (t for t in _rest_of_report(a, p, ent) if t.low in _SAME[p.gender] and t.quoted), None
    )
    if quoted is None:
        return False
    # someone of the pronoun's gender named or spoken of before the quotation's pronoun
    # (not "his father", not a man: neither can be the quotation's "her")
    for m in a.mentions_in(p.tok.sent, quoted.start):
        if m.sent != p.tok.sent or m.start < p.tok.start:
            continue
        if m.noun is not None and m.noun.gender in (NEUTRAL, p.gender):
            return False
        if m.entity is not None and m.entity.is_person and m.entity.gender() in (None, p.gender):
            return False
    return True


def _speaks_of_the_unreported(a: Analysis, p: Pronoun, ent: Entity, gender: str) -> bool:
    """``p`` attributes a quotation that speaks of someone of ``ent``'s ``gender`` in the
    third person ("Yerkanat Berg died on March 3.⏎⏎“He was a kind man. He never turned
    anyone away,” she said, his daughter"), and the paragraph before it reports no word of
    ``ent``'s: the speaker is someone else, whom the attribution goes on to name.  After
    words that report ``ent``'s own speech the quotation is ``ent``'s turn, and a slip in
    its attribution shows ("Maria Lind said the roads were worse.⏎⏎“He has done nothing,”
    he said")."""
    quotation = people.attributed_quotation(a, p)
    if quotation is None:
        return False
    opening, words = quotation
    if not any(t.quoted and t.low in _SAME[gender] for t in words):
        return False
    first = a.para_first_sent[opening - 1] if opening else 0
    for m in a.mentions_in(first, a.sent_spans[opening][0]):
        if m.entity is not ent or m.quoted:
            continue
        rest = a.tokens[m.first_tok : _sentence_stop(a, m.sent)]
        if any(t.low in reporting_verbs() and not t.quoted for t in rest):
            return False  # "Maria Lind said …": the quotation after is hers
    return True


def _rest_of_report(a: Analysis, p: Pronoun, ent: Entity) -> list[Token]:
    """The words after ``p`` in its sentence when ``p``, a "he" or "she", opens what
    ``ent`` reports, right after the verb of saying or its "that"; else none."""
    if p.tok.low not in ("he", "she") or p.tok.idx < 1:
        return []
    if a.tokens[p.tok.idx - 1].low not in reporting_verbs() | {"that"}:
        return []
    if not _reported_by_name(a, p, ent):
        return []
    return a.tokens[p.tok.idx + 1 : _sentence_stop(a, p.tok.sent)]


def _reported_by_name(a: Analysis, p: Pronoun, ent: Entity) -> bool:
    """``ent`` is the last person named before ``p`` in its sentence, outside quotations,
    and a verb of saying stands between, with no quotation."""
    here = [
        m
        for m in a.mentions_in(p.tok.sent, p.tok.start)
        if m.sent == p.tok.sent and m.entity is not None and m.entity.is_person
    ]
    if not here or here[-1].entity is not ent or here[-1].quoted:
        return False
    between = a.tokens[here[-1].first_tok + 1 : p.tok.idx]
    return any(t.low in reporting_verbs() for t in between) and not any(t.quoted for t in between)


def _past_the_reports_verb(a: Analysis, p: Pronoun) -> bool:
    """A word that is a finite verb and no noun stands between the last reporting verb
    before ``p`` in its sentence and ``p``: the report's own clause has its subject and
    verb, and ``p`` is in a clause inside it ("said the church had been filled … clothing
    she had made").  Not when the report opens with a subordinate clause ("said if the
    council voted no, she would resign": "she" is the main clause's subject), and not a
    noun that may be a verb ("told a press conference she would").
    """
    sent_start = a.sent_first_tok[p.tok.sent]
    verbs = reporting_verbs()
    for k in range(p.tok.idx - 1, sent_start - 1, -1):
        if a.tokens[k].low in verbs:
            between = a.tokens[k + 1 : p.tok.idx]
            if not between or between[0].low in word_set("word", "clause_openers.txt"):
                return False
            return any(may_be_finite(t.low) and "NOUN" not in word_classes(t.low) for t in between)
    return False


def _subject_just_before(a: Analysis, p: Pronoun, ent: Entity) -> bool:
    """The article's subject (``_main_person``), someone other than ``ent`` and of ``p``'s
    gender, was spoken of by that gender's pronoun in the sentence before ``p``'s, outside
    quotations ("…spent months in his workshop recording how he worked.⏎⏎De Varn said
    that he had been one of the last"); a sentence wholly inside a quotation goes on with
    the one before it ("…,” he said then. “The camera is the easy part.”"): the report is
    about the subject.  A pronoun inside those quotations counts when ``ent`` is not named
    there, so is not their speaker: someone else spoke of the subject ("“He broke them,”
    his sister said.⏎⏎An ethnomusicologist …, Prof. <Name>, said his instruments")."""
    main = _main_person(a)
    if main is None or main is ent or main.gender() != p.gender or p.tok.sent == 0:
        return False
    before = p.tok.sent - 1
    while before > 0 and all(t.quoted for t in a.tokens_from(before, a.sent_first_tok[before + 1])):
        before -= 1
    quoted = not any(m.entity is ent for m in a.mentions_in(before, a.sent_spans[p.tok.sent][0]))
    same = _SAME[p.gender]
    return any(
        t.low in same and (quoted or not t.quoted)
        for t in a.tokens_from(before, a.sent_first_tok[p.tok.sent])
    )


def _subject_on_stage(a: Analysis, p: Pronoun, ent: Entity) -> bool:
    """The article's subject, named in its headline or lede and most often after
    (``_main_person``; not merely the person spoken of most, as a race's winner is in a
    results story), is someone other than ``ent``, of ``p``'s gender, and on stage in
    ``p``'s paragraph: named there, or a pronoun of that gender stands there before ``p``
    outside quotations ("From 1994 he ran a free class. … She said he was patient")."""
    main = _main_person(a)
    if main is None or main is ent or main.gender() != p.gender:
        return False
    first = a.para_first_sent[p.tok.sent]
    if any(m.entity is main for m in a.mentions_in(first, p.tok.start)):
        return True
    same = _SAME[p.gender]
    return any(t.low in same and not t.quoted for t in a.tokens_from(first, p.tok.idx))


_GENDER_NOUN = {MALE: ("man", "men"), FEMALE: ("woman", "women")}


def _his_and_hers(a: Analysis, p: Pronoun) -> bool:
    """``p`` is "his" or "hers" in a sentence that holds the other one too ("his is the
    masculine form of hers", "his car was older than hers"): the sentence sets a man's
    against a woman's, so each is its own person's, not one slip."""
    if p.tok.low not in ("his", "hers"):
        return False
    other = "hers" if p.tok.low == "his" else "his"
    return any(
        q.tok.sent == p.tok.sent and q.tok.low == other and not q.tok.quoted for q in a.pronouns
    )


def _his_or_hers_owner(a: Analysis, p: Pronoun, gender: str) -> bool:
    """Someone of ``gender`` whom a sentence with both "his" and "hers" may mean: a person
    named in ``p``'s sentence or the two before, one named earlier whom the text has called
    "she" or "he" (one of the article's people: "Its founder, Zhanvera Aurvile, … She handed
    the keys to her son. … He said his recipes were older than hers"), or one whose
    possessive stands in ``p``'s sentence or the one before, ahead of it ("Ní Chonghaile's
    brother, … His is the masculine form of hers": her name is in the possessive only).  Not
    someone named once in passing ("a report by the economist Anna Lind"), whom no pronoun
    kept on the stage: the pronoun may be a slip."""
    for m in a.mentions_in(max(0, p.tok.sent - WINDOW), p.tok.start):
        ent = m.entity
        if not m.quoted and ent is not None and ent.is_person and ent.gender() == gender:
            return True
    people_of = [
        m.entity
        for m in a.mentions
        if m.start < p.tok.start
        and m.entity is not None
        and m.entity.is_person
        and m.entity.gender() == gender
    ]
    if any(ent.vote_counts[gender] for ent in people_of):
        return True  # spoken of as "she" or "he" before: one of the article's people
    k = a.sent_first_tok[max(0, p.tok.sent - 1)]
    while k < len(a.tokens) and a.tokens[k].start < p.tok.start:
        tok = a.tokens[k]
        k += 1
        if tok.quoted or not tok.text[:1].isupper() or tok.text[-2:] not in _POSSESSIVE_END:
            continue
        parts = set(people.name_parts(tok.text))
        if parts and any(parts <= ent.tokens for ent in people_of):
            return True
    return False


def _someone_of(a: Analysis, p: Pronoun, gender: str) -> bool:
    """A person of ``gender`` is named, or a person noun of it stands, outside quotations in
    the few sentences up to ``p``: someone "his shirt" in "she folded his shirt" can be."""
    for m in a.mentions_in(max(0, p.tok.sent - _SOMEONE_WINDOW), p.tok.start):
        if m.quoted:
            continue
        if m.noun is not None and m.noun.gender == gender:
            return True
        if m.entity is not None and m.entity.is_person and m.entity.gender() == gender:
            return True
    return False


def _bound_pair(a: Analysis, p: Pronoun) -> tuple[Entity, Entity, people.Token] | None:
    """(whom ``p`` must mean, the one person of its gender, the object pronoun) when ``p``,
    a subject "he" or "she", has an object pronoun of its gender in its own simple clause
    ("he stood three rows from him": two men; :func:`_binding.bound_object`) and its paragraph
    has only one person who may be of that gender: exactly two people are named there, one
    of the other gender, and no one else could be meant (``_in_play``)."""
    obj = bound_object(a, p)
    if obj is None:
        return None
    pair = _in_play(a, p, obj)
    if pair is None:
        return None
    other = FEMALE if p.gender == MALE else MALE
    first, second = pair
    genders = [e.gender(exclude=p.tok.start) for e in pair]
    if genders[1] == other:
        first, second = second, first
        genders.reverse()
    if genders[0] != other or genders[1] not in (p.gender, None) or not second.is_person:
        return None
    for main in (_main_person(a), _most_spoken_of(a)):
        if main is not None and main not in pair and main.gender() != other:
            return None  # the article's subject may be the second man or woman
    return first, second, obj


def _most_spoken_of(a: Analysis) -> Entity | None:
    """The person the text names and refers to by pronoun most often, at least four times
    all told and more than anyone else: a profile's subject, who may be on stage though
    the paragraph does not name them."""
    counts: dict[int, int] = {}
    found: dict[int, Entity] = {}
    for m in a.mentions:
        if m.entity is not None and m.entity.is_person and not m.quoted:
            counts[id(m.entity)] = counts.get(id(m.entity), len(m.entity.votes)) + 1
            found[id(m.entity)] = m.entity
    ranked = sorted(counts, key=counts.__getitem__, reverse=True)
    if not ranked or counts[ranked[0]] < 4:
        return None
    if len(ranked) > 1 and counts[ranked[1]] == counts[ranked[0]]:
        return None
    return found[ranked[0]]


def _in_play(a: Analysis, p: Pronoun, obj: people.Token) -> tuple[Entity, Entity] | None:
    """The two people named in ``p``'s paragraph up to the end of its sentence, when they
    are all the paragraph has: no unnamed person ("the driver", "his son"), no other name a
    person may bear, no pronoun of ``p``'s gender before ``p`` or after it in its sentence
    (someone else may be meant), no ship for "she", and no one of ``p``'s gender still on
    stage from the last sentence of the paragraph before."""
    sent = p.tok.sent
    para = a.para_first_sent[sent]
    end = a.sent_spans[sent][1]
    if para > 0 and _still_on_stage(a, para - 1, p.gender):
        return None
    mentions = [m for m in a.mentions_in(para, end) if not heading(a, m.sent)]
    found = _named_here(a, mentions)
    if found is None or len(found) != 2:
        return None
    toks = a.tokens[a.sent_first_tok[para] : _sentence_stop(a, sent)]
    if not _no_one_else(a, p, obj, toks):
        return None
    people_toks = _person_tokens(a, mentions)
    if any(_unnamed_people(a, t, people_toks) for t in toks):
        return None
    return found[0], found[1]


def _unnamed_people(a: Analysis, t: people.Token, named: frozenset[int]) -> bool:
    """``t`` is a plural of people ("the workers", "two men", "police"), among whom may be
    the second man or woman, an animal (resources/pronoun/animal_nouns.txt) or a person
    noun the list lacks (:func:`_unlisted_person`)."""
    low = t.low
    if people.plural_of_person(low) is not None or low in _PLURAL_PEOPLE:
        return True
    if low in resource_words("plural_group_nouns"):
        return True
    animals = resource_words("animal_nouns")
    if low in animals or (low.endswith("s") and low[:-1] in animals):
        return True  # "a puppy": he may follow him home
    if t.text[:1].isupper():
        return t.pos > 0 and t.idx not in named and _capitalised_alone(a, t)
    if any(c.isupper() for c in t.text):
        return t.idx not in named  # "owned by al-Sayed": a name with a particle
    if low in people.person_nouns() or low in resource_words("kin_nouns"):
        # listed, but no mention where the name's role was assumed ("The nephew of Ana
        # Ruiz hired…"): only a noun right before or after a name is its role
        return _after_determiner(a, t)
    return _unlisted_person(a, t)


# Plurals of people made without -s
_PLURAL_PEOPLE = frozenset({"men", "women", "children", "brethren", "fishermen", "gentlemen"})


# Endings of nouns of people that the list of person nouns may lack ("a teammate", "the
# bystander", "a trainee", "the respondent"; not "-ment")
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "mate", "man", "ee", "eur")
_DETERMINERS = frozenset(
    {"a", "an", "the", "another", "his", "her", "their", "its", "our", "one", "this", "that"}
)
_POSSESSIVE_END = ("'s", "’s")


def _unlisted_person(a: Analysis, t: people.Token) -> bool:
    """``t`` may be a person whom the list of person nouns does not know, so no mention: a
    lower-case singular noun with an agent's ending or in resources/pronoun/person_words.txt
    after a determiner or a possessive, an adjective or two between ("a teammate", "the
    club's new trainee", "the veteran"), an age ("the 24-year-old") or a capitalised word
    alone after "the" or "a" ("the Norwegian", "a Dane").  Not the role of a name it stands
    right before or after ("the founder, Ana Ruiz", "Ana Ruiz, the founder"), which is that
    person's."""
    if _AGE.fullmatch(t.text) or t.low.endswith("-old"):
        return _after_determiner(a, t)
    low = t.low.rsplit("-", 1)[-1]  # "ex-director"
    if not t.text.islower() or low in _SAME[MALE] or low.endswith("ment"):
        return False
    listed = low in resource_words("person_words")  # "the deceased": no noun to lemminflect
    if not listed and not low.endswith(_AGENT_ENDINGS):
        return False
    lemmas = getAllLemmas(low)
    if not listed and (low not in lemmas.get("NOUN", ()) or "ADJ" in lemmas):
        return False  # "former", "latter": adjectives
    return not _modifier(a, t) and _after_determiner(a, t)


def _modifier(a: Analysis, t: people.Token) -> bool:
    """A word that can only be a noun follows ``t`` in its noun phrase: ``t`` modifies it
    ("the Norwegian government", "a driver shortage")."""
    nxt = _next_low(a, t)
    return (
        nxt is not None
        and a.text[t.end : a.tokens[t.idx + 1].start] == " "
        and a.tokens[t.idx + 1].text.islower()
        and people.noun_only(nxt)
    )


def _after_determiner(a: Analysis, t: people.Token) -> bool:
    """A determiner or a possessive opens ``t``'s noun phrase, an adjective or two between,
    and the phrase is no name's role (:func:`_names_role`)."""
    k = t.idx - 1
    while k >= max(0, t.idx - 3) and a.tokens[k].sent == t.sent:
        before = a.tokens[k]
        if before.low in _DETERMINERS or before.text.endswith(_POSSESSIVE_END):
            return not _names_role(a, before, t)
        if not before.text.islower() or before.low in function_words():
            return False
        k -= 1
    return False


def _capitalised_alone(a: Analysis, t: people.Token) -> bool:
    """``t``, capitalised and no part of a person's name, ends a noun phrase that a
    determiner or a possessive opens, no capitalised word after it and no date: a people's
    name for one of them ("the Norwegian beat him", "a young Dane"), a role ("the bank's
    CFO") or something else a pronoun may mean ("the Aurora")."""
    if t.low in _calendar():
        return False
    if _modifier(a, t) and (t.text in _body_words()[1] or people.english_word(t.low)):
        return False  # "the Norwegian government"; "the Svensson gym" may be a person's
    nxt = a.tokens[t.idx + 1] if t.idx + 1 < len(a.tokens) else None
    joined = nxt is not None and nxt.sent == t.sent and a.text[t.end : nxt.start] == " "
    if joined and nxt is not None and nxt.text[:1].isupper():
        return False  # "the Dalai Lama": a name, which the mentions count
    return _after_determiner(a, t)


def _can_be_noun(low: str) -> bool:
    """lemminflect knows ``low`` as a noun (or the plural of one) and it is no function word."""
    return "NOUN" in getAllLemmas(low) and low not in function_words()


def _names_role(a: Analysis, first: people.Token, last: people.Token) -> bool:
    """The noun phrase ``first``..``last`` stands right before a person's name or right after
    one and a comma: the name's role."""
    after = a.by_first_tok.get(last.idx + 1)
    if after is not None and a.text[last.end : after.start] in (" ", ", ", "\u00a0"):
        return after.entity is not None
    k = first.idx - 1
    while k >= 0 and a.tokens[k].sent == first.sent and a.tokens[k].text[:1].isupper():
        ante = a.by_first_tok.get(k)
        if ante is not None:
            return ante.entity is not None and a.text[ante.end : first.start] == ", "
        k -= 1
    return False


def _named_here(a: Analysis, mentions: list[Mention]) -> list[Entity] | None:
    """Everyone ``mentions`` name who may be a person, each once; None when a person noun
    that is no name's role is among them ("the driver").  Strict: a name of unknown kind
    ("Lula", "God", "the Dalai Lama") counts, unless the text shows it is a place, an
    organisation or a date."""
    names = [m for m in mentions if m.entity is not None and m.entity.is_person]
    found: list[Entity] = []
    for m in mentions:
        if m.noun is not None:
            if any(_role_of(a, m, n) for n in names if n is not m):
                continue  # "Anna Berg, the coach": the name's own role
            return None
        ent = m.entity
        if ent is None or _opening_word(a, m):
            continue
        name = a.text[m.start : m.end]
        if ent.is_person:
            if _place_taken_for_person(a, m):
                continue  # "a teacher from Mbelora, said": a place
        elif _owner_like(a, m):
            pass  # "at Svensson's gym", "the Svensson gym": an owner may be a person
        elif _place_or_body(a, name, strict=True) or name.lower() in _calendar():
            continue  # "in Delhi", "Britain", "Thursday"
        if all(e is not ent for e in found):
            found.append(ent)
    return found


def _calendar() -> frozenset[str]:
    return resource_words("calendar_words")


def _owner_like(a: Analysis, m: Mention) -> bool:
    """``m``, a name of unknown kind and no nationality, is possessive or stands before a
    lower-case noun: "Svensson's gym", "the Svensson gym" may be a person's."""
    name = _NAME_POSSESSIVE.sub("", a.text[m.start : m.end])
    if name in _body_words()[1] or name.lower() in _calendar():
        return False
    if a.text[m.end - 2 : m.end] in _POSSESSIVE_END:
        return True
    nxt = _NOUN_AFTER.match(a.text, m.end)
    return nxt is not None and _can_be_noun(nxt.group(1))


def _person_tokens(a: Analysis, mentions: list[Mention]) -> frozenset[int]:
    """Indices of the tokens of ``mentions`` that name people ("Ilse" of "the chemist
    Ilse Brandt")."""
    out: set[int] = set()
    for m in mentions:
        if m.entity is None or not m.entity.is_person:
            continue
        k = m.first_tok
        while k < len(a.tokens) and a.tokens[k].start < m.end:
            out.add(k)
            k += 1
    return frozenset(out)


# Words that pick one person out of a group ("one of the players", "another fan"): someone
# a "him" or "her" may mean though the text never names them
_DISTRIBUTIVES = frozenset(
    {"another", "each", "either", "neither", "someone", "somebody", "anyone", "anybody"}
    | {"everyone", "everybody", "nobody", "whoever"}
)


def _sentence_stop(a: Analysis, sent: int) -> int:
    """Index of the first token after sentence ``sent``."""
    return a.sent_first_tok[sent + 1] if sent + 1 < len(a.sent_first_tok) else len(a.tokens)


def _no_one_else(a: Analysis, p: Pronoun, obj: people.Token, toks: list[people.Token]) -> bool:
    """Among ``toks`` (``p``'s paragraph to the end of its sentence) nothing points to a third
    person of ``p``'s gender: no pronoun of that gender before ``p``, none but a possessive
    after the object ("thanked him and his wife": the object's), no one picked out of a
    group ("one of the fans", "another"), and no ship for "she"."""
    same = _SAME[p.gender]
    for t in toks:
        if t.low in _DISTRIBUTIVES or (t.low == "one" and _next_low(a, t) == "of"):
            return False
        if p.gender == FEMALE and t.low in resource_words("vessel_nouns"):
            return False
        if t.low not in same or t is p.tok or t is obj:
            continue
        if t.start < p.tok.start or t.low not in ("his", "her"):
            return False
        if t.low == "her" and (_next_low(a, t) or ".") in function_words():
            return False  # "and her": an object, someone else
    return True


def _next_low(a: Analysis, t: people.Token) -> str | None:
    """The next word of ``t``'s sentence, in lower case."""
    k = t.idx + 1
    return a.tokens[k].low if k < len(a.tokens) and a.tokens[k].sent == t.sent else None


# A copula after a subject "he" or "she", and what may stand before the noun it links to.
_COPULAS = people.SINGULAR_BE
_PERFECT_COPULAS = frozenset({("has", "been"), ("had", "been"), ("will", "be"), ("would", "be")})
_BEFORE_NOUN = frozenset({"the", "a", "an", "only", "first", "second", "third", "last", "new"})
_NOUN_REACH = 3  # words between the copula and the noun: "the first local woman"
INTRINSIC = people.INTRINSIC


def _copula_noun(a: Analysis, p: Pronoun) -> tuple[Token, people.PersonNoun] | None:
    """The noun a subject "he" or "she" is said to be ("She is the first woman to…"), when it
    names a gender by itself (person_nouns.txt, weight 3) and nothing but articles, ordinals
    and adjectives stand between; or the plural of "man", "woman", "boy" or "girl" after "one
    of" or "among" and a word that ranks or counts the group ("She was one of the first girls
    from…"); None otherwise."""
    toks, i = a.tokens, p.tok.idx + 1
    if i >= len(toks) or toks[i].sent != p.tok.sent:
        return None
    if toks[i].low in _COPULAS:
        i += 1
    elif i + 1 < len(toks) and (toks[i].low, toks[i + 1].low) in _PERFECT_COPULAS:
        i += 2
    else:
        return None
    group = None
    if i < len(toks) and not a.text[toks[i - 1].end : toks[i].start].strip():
        # right after the copula: "He was, one of the women … said, the only" is a report
        group = _ONE_OF.match(a.text, toks[i].start)
    if group is not None:
        i = next((k for k in range(i, len(toks)) if toks[k].start >= group.end()), len(toks))
    modified = False
    for tok in toks[i : i + _NOUN_REACH + 1]:
        if tok.sent != p.tok.sent or tok.quoted or not tok.text.islower():
            return None
        noun = _person_noun(tok.low, plural=group is not None)
        if noun is not None:
            # a possessive or a compound's first part: "the woman's son", "boys-only"
            goes_on = a.text[tok.end : tok.end + 1] in ("'", "’", "-")
            if goes_on or noun.weight < INTRINSIC:
                return None
            # a group is named by what ranks or counts it ("the first girls"); a bare or a
            # praised one may be an idiom ("one of the boys", "one of the big boys") or a
            # part ("one of the ugly sisters"), and "of", a noun or "and" after it go on
            # ("sons of the soil", "the girls soccer coaches", "the women and children")
            if group is not None and (not modified or not _group_ends(a.text, tok.end)):
                return None
            return tok, noun
        if tok.low not in _BEFORE_NOUN and word_classes(tok.low) != {"ADJ"}:
            return None
        modified = modified or tok.low in _RANKING
    return None


_WORD_AFTER_GROUP = regex.compile(r"[^\S\n]*(&|\p{L}+)")


def _group_ends(text: str, end: int) -> bool:
    """The plural a group's noun phrase ends with ends it: no "of", "and", "or" or noun
    after it ("one of the first girls from", "… to lead", "… who")."""
    m = _WORD_AFTER_GROUP.match(text, end)
    if m is None:
        return True
    word = m.group(1)
    if word in ("of", "and", "or", "&"):
        return False
    low = word.lower()
    return not (word.islower() and low not in function_words() and "NOUN" in word_classes(low))


# A group the subject is said to belong to: "one of the first girls", "among the women"
_ONE_OF = regex.compile(r"(?:one[^\S\n]+of|among)[^\S\n]+")


def _person_noun(word: str, plural: bool) -> people.PersonNoun | None:
    """The person noun ``word`` is, or with ``plural`` the one whose plural it is ("girls",
    "women"); a singular is no member of a group."""
    if not plural:
        return people.person_nouns().get(word)
    singular = getAllLemmas(word, upos="NOUN").get("NOUN", ())
    if not singular or singular[0] == word or singular[0] not in _GROUP_NOUNS:
        return None
    return people.person_nouns().get(singular[0])


# The nouns of a group a subject is one of ("the few women"), not a stage's or a title's
# ("one of the finest dames", "one of the fiercest queens")
_GROUP_NOUNS = frozenset({"man", "woman", "boy", "girl"})
# Words that rank or count a group ("one of the first girls", "among the few men")
_RANKING = frozenset(
    {"first", "second", "third", "last", "only", "few", "youngest", "oldest", "earliest"}
    | {"eldest", "latest", "original"}
)


def _copula_issue(ctx: CheckContext, a: Analysis, p: Pronoun) -> Issue | None:
    """``He is the first woman to lead the city``: a subject pronoun the same clause calls
    a noun of the other gender, whoever it means; the pronoun is the likelier slip (the noun
    says the news), so its fix is offered, never applied."""
    if p.tok.low not in ("he", "she") or p.tok.quoted:
        return None
    called = _copula_noun(a, p)
    if called is None or called[1].gender == p.gender:
        return None
    noun = called[0]
    return ctx.issue(
        p.tok.start,
        p.tok.end - p.tok.start,
        f"“{p.tok.text}” is called “{noun.text}” in the same clause",
        pronoun_replacement(p.tok.text, None),
        confidence=0.6,
    )


def _bound_issue(ctx: CheckContext, a: Analysis, p: Pronoun) -> Issue | None:
    """The issue for a subject pronoun that :func:`_bound_pair` shows is the other
    gender's, or None."""
    pair = _bound_pair(a, p)
    if pair is None:
        return None
    meant, only, obj = pair
    other = FEMALE if p.gender == MALE else MALE
    noun = _GENDER_NOUN[p.gender]
    # a translation drops and guesses subjects most, but the object may be the one gone
    # wrong ("He had never liked him, Berg said"): the message names both readings
    object_fix = _binding.OBJECT[other]
    return ctx.issue(
        p.tok.start,
        p.tok.end - p.tok.start,
        f"“{p.tok.text} … {obj.text}” in one clause are two different {noun[1]}, but the "
        f"paragraph names one {noun[0]} only ({only.name}); “{p.tok.text}” most plausibly "
        f"refers to {meant.name}, whom the text otherwise refers to as {_WORD[other]} (or "
        f"“{obj.text}” does: “{p.tok.text} … {object_fix}”)",
        pronoun_replacement(p.tok.text, None),
        confidence=0.55,
    )


# Words that may link a clause to the one its sentence opens with, the subject going on or
# a new one coming ("…, where he taught", "…; she", "and she"): not a verb, whose object
# clause may speak of anyone ("she said he", "she hoped he")
_CLAUSE_LINKS = frozenset(
    {"and", "but", "where", "when", "while", "whilst", "until", "till", "before", "after"}
    | {"since", "because", "as", "so", "then", "although", "though", "once", "or", "yet"}
)
# Words that open a clause reporting what someone said, asked or thought
_REPORTED = frozenset({"that", "whether", "if", "how", "what", "why", "who", "whom", "whose"})


def _sentence_subject(a: Analysis, p: Pronoun) -> Token | None:
    """The "he" or "she" of the other gender than ``p`` that is the subject of ``p``'s
    sentence: the sentence's first third-person pronoun, after an opening phrase that names
    no one ("At 80 she was still teaching, where he…"), outside any quotation, with only a
    clause link right before ``p`` and no word of report or thought between the two ("she
    said he", "she knew that he" speak of someone else)."""
    toks = a.tokens[a.sent_first_tok[p.tok.sent] : p.tok.idx]
    other = "she" if p.gender == MALE else "he"
    subject = next((t for t in toks if t.low in _THIRD_PERSON), None)
    if subject is None or subject.low != other or a.mentions_in(p.tok.sent, subject.start):
        return None
    before = a.tokens[p.tok.idx - 1]
    if not (before.low in _CLAUSE_LINKS or a.text[before.end : p.tok.start] in (", ", "; ")):
        return None
    states = resource_words("person_states")
    between = a.tokens[subject.idx + 1 : p.tok.idx]
    if any(t.low in reporting_verbs() or t.low in states or t.low in _REPORTED for t in between):
        return None
    return subject


def _carried_subject(a: Analysis, p: Pronoun) -> Token | None:
    """``p``, a "he" or "she", opens a sentence inside its paragraph after one that names
    no one, whose pronouns, outside any quotation, are all of the other gender and one of
    them a subject ("…made it hard for him to travel, and he bought timber. She told
    visitors…"): the person the sentence before speaks of goes on as the subject.  Not when
    anyone but the article's subject who may be of ``p``'s gender is named from the
    paragraph before on ("Her business partner, <Name>, handles the trucks.⏎⏎… double
    her output. He has leased…": the partner, whose given name says nothing).  The
    sentence before's subject pronoun."""
    sent = p.tok.sent
    if p.tok.pos != 0 or sent == a.para_first_sent[sent]:
        return None
    other = FEMALE if p.gender == MALE else MALE
    third = [t for t in a.tokens_from(sent - 1, p.tok.idx) if t.low in _THIRD_PERSON]
    if not third or any(t.quoted or people.PRONOUNS[t.low] != other for t in third):
        return None
    subject = next((t for t in third if t.low in ("he", "she")), None)
    if subject is None:
        return None
    main = _main_person(a)
    for m in a.mentions_in(a.paragraph_before(sent), p.tok.start):
        if m.noun is not None:
            low = a.text[m.start : m.end].lower()
            if m.noun.gender != other and people.plural_of_person(low) is None:
                return None  # "his niece", "a teacher": someone the pronoun may mean
        elif (
            people.may_be_antecedent(m)
            and m.entity is not main
            and (m.entity is None or m.entity.gender() != other)
        ):
            return None  # a person named whom the pronoun may mean
    return subject


def _no_one_of(a: Analysis, p: Pronoun, first: int) -> bool:
    """From sentence ``first`` to the end of ``p``'s, nothing that ``p`` may mean: no other
    pronoun of its gender (quoted or not), no person noun of its gender or none, no name of
    its gender or unknown, no one picked out of a group, no person noun the list lacks, no
    animal, and no ship for "she"."""
    stop = _sentence_stop(a, p.tok.sent)
    animals = resource_words("animal_nouns")
    for t in a.tokens[a.sent_first_tok[first] : stop]:
        if t is p.tok:
            continue
        low = t.low
        if low in _SAME[p.gender] or low in animals:
            return False
        if _picks_one(a, t):
            return False
        if p.gender == FEMALE and low in resource_words("vessel_nouns"):
            return False
        if _unlisted_person(a, t) or _nationality_alone(a, t):
            return False
    end = a.sent_spans[p.tok.sent][1]
    for m in a.mentions_in(first, end):
        if m.noun is not None:
            if m.noun.gender in (p.gender, NEUTRAL):
                return False
            continue
        ent = m.entity
        if ent is None or _opening_word(a, m):
            continue
        if ent.gender() == p.gender:
            return False
        maybe = ent.is_person or m.possible_person
        if ent.gender() is None and maybe and not _no_person_after_all(a, m):
            return False
    return True


def _picks_one(a: Analysis, t: Token) -> bool:
    """``t`` picks one person out of a group ("another fan", "one of them", "someone"), not
    "each other", "one another"."""
    nxt = _next_low(a, t)
    if t.low == "one":
        return nxt == "of"
    return t.low in _DISTRIBUTIVES and nxt not in ("other", "another")


def _nationality_alone(a: Analysis, t: Token) -> bool:
    """``t`` is a nationality standing for one of its people ("the Norwegian", "a young
    Dane"): :func:`_capitalised_alone`, and no noun after it ("the Danish queen")."""
    if t.text not in _body_words()[1] or not _capitalised_alone(a, t):
        return False
    nxt = _next_low(a, t)
    return nxt is None or not a.tokens[t.idx + 1].text.islower() or not _can_be_noun(nxt)


def _no_person_after_all(a: Analysis, m: Mention) -> bool:
    """``m``, a name of unknown gender, is a place, a body or a word describing a thing, as
    :func:`_blocker` reads such names ("in Tarvik", "the Ostrand medal")."""
    assert m.entity is not None
    if m.entity.is_person:
        return _place_taken_for_person(a, m)
    return (
        _place_or_body(a, a.text[m.start : m.end])
        or _before_person_noun(a, m)
        or _common_word_before_noun(a, m)
        or _name_before_noun(a, m)
    )


def _gender_in_play(a: Analysis, p: Pronoun) -> bool:
    """Someone of ``p``'s gender is named or spoken of, quoted or not, in the six sentences
    up to ``p``: a person noun of its gender, or a name with any sign of it (a given name, a
    title, a pronoun of its gender: "Jorund Haskell won the prize. He went north."), whom
    ``p`` may mean."""
    for m in a.mentions_in(max(0, p.tok.sent - _SOMEONE_WINDOW), p.tok.start):
        if m.noun is not None and m.noun.gender == p.gender:
            return True
        ent = m.entity
        if ent is None:
            continue
        signs = (ent.gender(), ent.first_name, *ent.votes.values())
        if p.gender in signs or ent.title_score[p.gender]:
            return True
    return False


def _subject_issue(ctx: CheckContext, a: Analysis, p: Pronoun) -> Issue | None:
    """A "he" or "she" whom no one is named near (:data:`NO_ONE_NAMED`) in a sentence whose
    subject is the article's subject by the other pronoun ("At 80 she was still leading a
    class in the town, where he taught…") or goes on from the sentence before
    (:func:`_carried_subject`), with no one else it could mean in its
    paragraph, the two sentences before or the rest of its own sentence: the subject goes on,
    and its pronoun is wrong.  Not in a quotation or a headline, nor after a word of report
    or thought (:func:`_sentence_subject`), nor when someone the text shows may be of its
    gender is named in the six sentences before (:func:`_gender_in_play`)."""
    if p.tok.low not in ("he", "she") or p.tok.quoted or heading(a, p.tok.sent):
        return None
    if _has_quote(a, p.tok.sent):
        return None
    subject = _sentence_subject(a, p)
    carried = subject is None
    if carried:
        subject = _carried_subject(a, p)
    main = _main_person(a)
    if subject is None or main is None:
        return None
    other = FEMALE if p.gender == MALE else MALE
    if main.gender(exclude=p.tok.start) != other:
        return None
    first = max(0, min(a.para_first_sent[p.tok.sent], p.tok.sent - 2))
    if not _no_one_of(a, p, first) or _gender_in_play(a, p):
        return None
    return ctx.issue(
        p.tok.start,
        p.tok.end - p.tok.start,
        f"“{p.tok.text}” most plausibly refers to {_named(a.text, main.name)}, whom "
        + ("the sentence before calls" if carried else "its sentence's subject")
        + f" “{subject.text}”; the text names no {_GENDER_NOUN[p.gender][0]} near it",
        pronoun_replacement(p.tok.text, None),
        confidence=0.55,
    )


def _named(text: str, name: str) -> str:
    """``name`` as a message says it: without the word glued to its last part, which the
    run of capitals took with it ("Giulia Ferripresented" is Giulia Ferri; word.glued
    reads the glue)."""
    words = name.split()
    if not words:
        return name
    m = regex.search(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(words[-1])}(?![\p{{L}}\p{{M}}])", text)
    head = glued_name_end(text, m.start(), m.end()) if m is not None else None
    return " ".join([*words[:-1], head]) if head else name


@check(
    "pronoun.gender",
    Category.PRONOUN,
    "A he/she pronoun that contradicts the gender of the person it refers to",
    reads_repaired=True,
    examples=(
        (
            "Han Seo Jin left the capital in his private jet. Han has often praised his "
            "pilots. In 2021, «she» flew 40 hours there and back to Jakarta.",
            "he",
        ),
        ("Queen Elizabeth opened the session. «He» thanked the members for their work.", "She"),
        (
            "Maria Lopez, a spokeswoman for the ministry, said the talks went well. She "
            "added that a deal was close. Lopez said «he» expected an agreement by Friday.",
            "she",
        ),
        (
            "Mr Tanaka said the plan was sound. Tanaka added that his team had tested it. "
            "Tanaka said «her» staff would publish the data.",
            "his",
        ),
        (
            "The coach of Norrvik, Gunnar Dahl, praised the squad. “We were better in the "
            "second half,” «she» declared.",
            "he",
        ),
        (
            "The governor of Villa del Rio, Marta Quiroga, visited the dam on Sunday. «He» "
            "said the water was safe.",
            "She",
        ),
        (
            "The trial of Tomas Berger, the singer known as Moonlight, entered its second "
            "week. Prosecutors accuse him of fraud; «she» has denied the charges.",
            "he",
        ),
        (
            "Karl Svensson, the firm's chief executive, opened the fair at the company's "
            "annual Expo show in Malmo. «She» said sales had doubled.",
            "He",
        ),
        (
            "Veteran director returns to the stage\n\nThe theatre director Claire Dubois has "
            "returned to the stage with a new play about «his» mother's life.",
            "her",
        ),
        (
            "Haddad, 54, has run the port since 2019, when he replaced his brother. In 2021, "
            "«she» cut the fees by half.",
            "he",
        ),
        (  # an organisation named after its kind is no one a pronoun could mean (small8)
            "Maria Keller, an analyst at the Zurich consultancy Alpstein Economics, said "
            "the cut came earlier than «he» had expected.",
            "she",
        ),
        (  # a word describing a person is no one itself (small8)
            "Anna Reid plays Tui's Tangata daughter-in-law, and her attempts to follow talks "
            "in which «he» is the subject are funny.",
            "she",
        ),
        (  # a subject and an object of one gender in one clause are two people (pron17)
            "The award went to the chemist Ilse Brandt, who shares a lab with the physicist "
            "Jonas Weber; «he» thanked him in her speech.",
            "she",
        ),
        (  # a place's name with a lower-case particle after a locative (small8)
            "The ferry ran aground on Sunday. Juma Hamisi runs a clinic in Wadi es Murra. "
            "«She» said the regulator had ignored warnings.",
            "He",
        ),
    ),
    near_misses=(
        "Tomas Lind met the banker Erik Aalders in Utrecht. He thanked him for the loan.",
        "Ingrid Holm met Jonas Berg at the station; he closed the door behind him.",
        "Finance minister unveils budget\n\nThe finance minister said he was pleased. Her "
        "deputy, Ana Ortiz, agreed.",
        "Berlin, 2019, was a cold year for the port. She said so in her report.",
        "Anders Holm thanked the voters in Umea. The veteran Lind said she would stay on.",
        "Anders Holm met Merkel yesterday. She said the talks were useful.",
        "A nurse, employed at the port, told a journalist she knew the family.",
        "Varga is asking Mongolia to sell him fuel.",
        "Han met Angela Merkel in Berlin. She said the talks were useful.",
        "Han has long preferred his old yacht. “She is fast,” he said of the yacht.",
        "Captain Ahab commanded his crew for years. The Pequod was his ship. "
        "She sailed from Nantucket.",
        "The prime minister said he was pleased. She added that the vote was close.",
        "Mr Tanaka said the plan was sound. His deputy said she agreed.",
        "The daughter of Kowalczyk, Agnieszka Nowak, spoke. “We want the truth,” he said.",
        "Maria Keller met Dorrance at the fund. The bank Dorrance runs said he would sell.",
        "Anna Reid met Tangata teacher Okoro. He said the class was full.",
        # the opening phrase's pronoun is the subject's after the comma (small8)
        "Prosecutors said the loans went to a business linked to Tomas Brandt and his "
        "family.\n\nReading out a summary of her 200-page ruling, Okonjo said the "
        "defendants had betrayed savers.",
    ),
)
def pronoun_gender(text: str, ctx: CheckContext) -> Iterator[Issue]:
    a = ctx.of_text(ANALYSIS, text, analyse)
    flagged: set[int] = set()
    for p in a.pronouns:
        verdict = judge(a, p)
        if isinstance(verdict, str):
            bound = _bound_issue(ctx, a, p) or _copula_issue(ctx, a, p)
            if bound is None and verdict == NO_ONE_NAMED:
                bound = _subject_issue(ctx, a, p)
            bound = bound or _reflexive_issue(ctx, a, p, flagged) or _age_issue(ctx, a, p, flagged)
            if bound is not None:
                flagged.add(bound.offset)
                yield bound
            continue
        flagged.add(p.tok.start)
        ent, gender, next_word = verdict
        if ent.gender(exclude=p.tok.start) is None:
            other = min(o for o in ent.votes if o != p.tok.start)
            partner = next((q for q in a.pronouns if q.tok.start == other), None)
            if ent.form_gender is not None:
                yield from _surname_tie(ctx, a, p, partner, ent, next_word, flagged)
                continue
            yield _tie_issue(ctx, a, p, other, ent, next_word)
            if partner is not None and _passed_over(a, partner, p, ent, flagged):
                flagged.add(other)
                yield _tie_issue(ctx, a, partner, p.tok.start, ent, _next_word(a, partner))
            continue
        strong = ent.title_score[gender] >= 3 or ent.score(p.tok.start)[gender] >= 3
        yield _contradiction(ctx, a, p, ent, gender, next_word, 0.7 if strong else 0.55)


def _reflexive_issue(ctx: CheckContext, a: Analysis, p: Pronoun, flagged: set[int]) -> Issue | None:
    """A reflexive and the subject pronoun of its clause of the other gender ("…wood she
    had not chosen himself"; :func:`_binding.reflexive_subject`): one is a slip.  The
    sentence's other pronouns outside quotations tell which, when they all agree with one
    of the two; the one they disagree with is flagged."""
    subject = _binding.reflexive_subject(a, p)
    if subject is None or subject.start in flagged:
        return None
    sent = p.tok.sent
    last = _sentence_stop(a, sent)
    others = [
        t.low
        for t in a.tokens_from(sent, last)
        if t.sent == sent and t.start not in (subject.start, p.tok.start) and not t.quoted
    ]
    male = sum(people.PRONOUNS.get(w) == MALE for w in others)
    female = sum(people.PRONOUNS.get(w) == FEMALE for w in others)
    if (male and female) or not (male or female):
        return None
    wrong = subject if (male > 0) == (p.gender == MALE) else p.tok
    return ctx.issue(
        wrong.start,
        wrong.end - wrong.start,
        f"“{subject.text}” and “{p.tok.text}” in one clause disagree; the sentence's other "
        f"pronouns say “{'he' if male else 'she'}”",
        pronoun_replacement(wrong.text, None),  # "he"/"she", "himself"/"herself"
        confidence=0.6,
    )


def _age_issue(ctx: CheckContext, a: Analysis, p: Pronoun, flagged: set[int]) -> Issue | None:
    """A possessive before an age by decades and the subject pronoun of its clause of the
    other gender ("until she was well into his 70s"; :func:`_binding.age_subject`): one is a
    slip.  The sentence's other pronouns outside quotations tell which, when they all agree
    with one of the two, as for a reflexive; but not a speaker's or a thinker's ("she knew
    he was in her 40s": someone else) nor one in another age ("…, and he was in his 80s").
    Someone of the other gender named before the subject votes as a pronoun would ("The
    widow ran the farm until he was well into her 80s").  Where no vote is left, or someone
    who may be of the subject's gender is named between the voters and the subject ("she
    hired the driver in 2009, when he was in her 50s": the driver's age; not "with his
    father, …, until she was in his 70s"), the possessive is flagged."""
    subject = _binding.age_subject(a, p)
    if subject is None or subject.start in flagged:
        return None
    sent = p.tok.sent
    toks = [t for t in a.tokens_from(sent, _sentence_stop(a, sent)) if t.sent == sent]
    voters = [
        t
        for k, t in enumerate(toks)
        if t.start not in (subject.start, p.tok.start)
        and not t.quoted
        and t.low in people.PRONOUNS
        and not _binding.in_an_age(a, t)
        and not (k + 1 < len(toks) and toks[k + 1].low in _SAYS_OR_THINKS)
    ]
    subject_gender = people.PRONOUNS[subject.low]
    before = [m for m in a.mentions_in(sent, subject.start) if m.sent == sent]
    # someone of the other gender named before the subject is no one the subject is, and
    # votes for the possessive as a pronoun would ("The widow ran the farm until he was
    # well into her 80s")
    named = [_gender_of(m) for m in before if not _speaks_or_thinks(a.text, m.end)]
    votes = [people.PRONOUNS[t.low] for t in voters]
    votes += [g for g in named if g not in (None, NEUTRAL, subject_gender)]
    male, female = votes.count(MALE), votes.count(FEMALE)
    if male and female:
        return None
    last = max((t.start for t in voters if t.start < subject.start), default=-1)
    someone = any(m.start > last and _may_be_of(m, subject_gender) for m in before)
    if not (male or female) or someone:
        wrong, why = p.tok, "an age is its subject's own"
    else:
        wrong = subject if (male > 0) == (p.gender == MALE) else p.tok
        why = f"the sentence's other pronouns say “{'he' if male else 'she'}”"
    return ctx.issue(
        wrong.start,
        wrong.end - wrong.start,
        f"“{subject.text}” and “{p.tok.text}” in one clause disagree; {why}",
        pronoun_replacement(wrong.text, _word_after(a.text, wrong.end)),
        confidence=0.55,
    )


_NEXT_LOWER = regex.compile(r"[^\S\n]+(\p{Ll}+)")


def _speaks_or_thinks(text: str, end: int) -> bool:
    """A verb of saying or thinking follows ``end`` ("Oksana Hrytsenko| said")."""
    m = _NEXT_LOWER.match(text, end)
    return m is not None and m.group(1) in _SAYS_OR_THINKS


def _may_be_of(m: Mention, gender: str) -> bool:
    """``m`` names someone who may be of ``gender``: a person noun of it or of none ("the
    driver"), or a name the text gives no other gender ("his father" is no "she")."""
    if m.noun is None and m.entity is None:
        return False
    return _gender_of(m) in (None, NEUTRAL, gender)


def _gender_of(m: Mention) -> str | None:
    """The gender ``m`` shows: its person noun's ("widow"), or its name's as the text
    establishes it; None when it shows none."""
    if m.noun is not None:
        return m.noun.gender
    return m.entity.gender() if m.entity is not None else None


# A word after a pronoun that makes it a speaker's or a thinker's
_SAYS_OR_THINKS = reporting_verbs() | frozenset(
    {"knew", "knows", "thought", "thinks", "believed", "believes", "felt", "feels"}
    | {"hoped", "hopes", "feared", "fears", "remembered", "remembers", "recalled"}
)


_NEXT_WORD = regex.compile(r"[ \u00a0]+([\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*)")


def _word_after(text: str, end: int) -> str | None:
    """The word after ``end`` past spaces ("70s" after "his"), or None."""
    m = _NEXT_WORD.match(text, end)
    return m.group(1) if m is not None else None


def _passed_over(a: Analysis, one: Pronoun, two: Pronoun, ent: Entity, flagged: set[int]) -> bool:
    """``one``, a "he" or "she" before ``two``, was passed over though the two disagree about
    ``ent``: ``two`` opens the next paragraph, where it casts no vote, so ``one`` had no
    pronoun against it when it was judged.  Not when another pronoun of ``one``'s gender
    stands from the sentence before it on, which bears ``one`` out."""
    if one.tok.start > two.tok.start or one.tok.start in flagged or two.tok.start in ent.votes:
        return False
    if one.tok.low not in ("he", "she"):
        return False
    pair = (one.tok.start, two.tok.start)
    return not _pronoun_of(a.tokens_from(max(0, one.tok.sent - 1), two.tok.idx), one.gender, pair)


def _surname_tie(
    ctx: CheckContext,
    a: Analysis,
    p: Pronoun,
    partner: Pronoun | None,
    ent: Entity,
    next_word: str | None,
    flagged: set[int],
) -> Iterator[Issue]:
    """One pronoun against one (``_bound_before``) about a person whose surname, or given
    name, has one sex's form ("Zhanvera Tolmukhambetova … said she … He said",
    "Rahmatullah Sorvani … said he … She said"): the one of the other sex
    is the slip, ``p`` or its partner, and the other stands.  The form says nothing more:
    it is no vote, so a stray pronoun beside it never establishes a gender."""
    sign = ent.form_gender
    flagged.discard(p.tok.start)
    if p.gender != sign:
        flagged.add(p.tok.start)
        yield _signed_issue(ctx, a, p, ent, next_word)
    elif partner is not None and _passed_over(a, partner, p, ent, flagged):
        flagged.add(partner.tok.start)
        yield _signed_issue(ctx, a, partner, ent, _next_word(a, partner))


def _signed_issue(
    ctx: CheckContext, a: Analysis, p: Pronoun, ent: Entity, next_word: str | None
) -> Issue:
    gender = MALE if p.gender == FEMALE else FEMALE
    return _contradiction(ctx, a, p, ent, gender, next_word, confidence=0.5)


def _contradiction(
    ctx: CheckContext,
    a: Analysis,
    p: Pronoun,
    ent: Entity,
    gender: str,
    next_word: str | None,
    confidence: float,
) -> Issue:
    """``p`` most plausibly refers to ``ent``, of ``gender``: the issue, with what shows it."""
    return ctx.issue(
        p.tok.start,
        p.tok.end - p.tok.start,
        f"“{p.tok.text}” most plausibly refers to {_named(a.text, ent.name)},"
        f" {_evidence(ent, p.tok.start, gender)}",
        pronoun_replacement(p.tok.text, next_word),
        confidence=confidence,
    )


def _tie_issue(
    ctx: CheckContext, a: Analysis, p: Pronoun, other: int, ent: Entity, next_word: str | None
) -> Issue:
    """One pronoun against one (``_bound_before``), the other at offset ``other``: the
    message says that either may be the slip, since nothing else in the text gives the
    person's gender."""
    word = regex.match(r"\p{L}+", a.text[other:])
    said = word.group() if word else ""
    when = "earlier" if other < p.tok.start else "later"
    return ctx.issue(
        p.tok.start,
        p.tok.end - p.tok.start,
        f"“{p.tok.text}” and the {when} “{said}” both refer to "
        f"{_named(a.text, ent.name)}, whom the text gives no other gender: one of the two "
        "is wrong",
        pronoun_replacement(p.tok.text, next_word),
        confidence=0.4,
    )
