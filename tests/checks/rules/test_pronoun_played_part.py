"""pronoun.gender: the part of one gender an actor plays ("Kelvari Tamsk, a veteran of
television, plays the father") counts one point for the actor's gender, beside the
pronouns, so one "he" and the part make the actor a man and a "she" for him is flagged;
an actress who plays a king is a woman by her pronouns all the same.  Names invented."""

from __future__ import annotations

from tests.checks.rules.helpers import flagged_pronouns

REVIEW = (
    "The play opened on Friday at the old theatre.\n\n"
    "Kelvari Tamsk, a veteran of television, plays the father with a stillness that holds "
    "the stage. Tamsk has few lines, and he makes each one count.\n\n"
    "Tamsk said after the premiere that {0} had rehearsed for three months."
)


def test_the_part_and_one_pronoun_make_the_actor_a_man() -> None:
    assert flagged_pronouns(REVIEW.format("he")) == []
    assert flagged_pronouns(REVIEW.format("she")) == ["she"]


def test_an_actress_playing_a_king_keeps_her_pronouns() -> None:
    text = (
        "The play opened on Friday at the old theatre.\n\n"
        "Kelvari Tamsk plays the king with a stillness that holds the stage. Tamsk has few "
        "lines, and she makes each one count. She said she had rehearsed for months.\n\n"
        "Tamsk said after the premiere that she would tour with the play."
    )
    assert flagged_pronouns(text) == []


def test_one_part_beside_a_noun_that_tells_adds_nothing() -> None:
    # "the actor" already counts for a man (news uses it for women too): the part is no
    # second point, and two parts count once
    actor = (
        "The theatre reopened on Monday. The actor Kelvari Tamsk plays the king in the new "
        "Lear. Tamsk said she had waited years for the part."
    )
    dame = (
        "The theatre reopened on Monday. Kelvari Tamsk plays the dame in the pantomime this "
        "winter. Tamsk played the widow in another last year. He said the costumes were heavy."
    )
    assert flagged_pronouns(actor) == []
    assert flagged_pronouns(dame) == []


CAST = (
    "Three sisters come home in a quiet new play\n\n"
    "The play opened on Friday at the old theatre. Its story is simple: three sisters return "
    "to their father's house to decide what to do with it.\n\n"
    "Ilse Varnow, as Orla, gives the evening its centre. {0} barely raises her voice, and "
    "every sister who enters the kitchen has to go through her."
)


def test_the_part_named_in_apposition_is_the_actor() -> None:
    """ ", as <Part>," after an actor's name is the part played: a pronoun after it is the
    actor's, whose gender the text shows."""
    assert flagged_pronouns(CAST.format("She")) == []
    assert flagged_pronouns(CAST.format("He")) == ["He"]


def test_a_name_after_as_with_no_comma_is_someone_else() -> None:
    """ "as" with no comma before it opens a clause: the director is a second person the
    "He" may mean."""
    text = (
        "The play opened on Friday at the old theatre.\n\nIlse Varnow spoke to the audience "
        "as Kelvari Tamsk, the director, looked on from the wings. He said the tour would "
        "start in March."
    )
    assert flagged_pronouns(text) == []


AS_THE_SON = (
    "The play opened on Friday at the old theatre.\n\n"
    "{opening} the stage. Tamsk has few lines, and he makes each one count.\n\n"
    "Tamsk said after the premiere that {pronoun} had rehearsed for three months."
)


def test_the_part_in_apposition_with_as_counts_as_playing_it() -> None:
    """fresh_bp's review: "As the son, Sujan, <Actor> is…" and "<Actor>, as the son," tell
    the part as "plays the son" does."""
    for opening in (
        "As the son, Tamo, Kelvari Tamsk holds",
        "Kelvari Tamsk, as the son, holds",
    ):
        assert flagged_pronouns(AS_THE_SON.format(opening=opening, pronoun="he")) == []
        assert flagged_pronouns(AS_THE_SON.format(opening=opening, pronoun="she")) == ["she"]


def test_a_part_of_no_gender_tells_nothing() -> None:
    opening = "As the stranger, Tamo, Kelvari Tamsk holds"
    assert flagged_pronouns(AS_THE_SON.format(opening=opening, pronoun="she")) == []


def test_as_opening_a_clause_tells_no_part() -> None:
    """After review: "As the mother watched, <Name>" is a clause of time, no part of hers."""
    from copydesk.checks.rules.pronoun._people import analyse

    text = AS_THE_SON.format(opening="As the mother watched, Kelvari Tamsk held", pronoun="he")
    people = {m.entity.name: m.entity for m in analyse(text).mentions if m.entity}
    assert people["Kelvari Tamsk"].title_score["f"] == 0


CHARACTER = (
    "A coach and his granddaughter take to the road\n\n"
    "VARSK, Tarvelia — The film follows Tamo, a retired wrestling coach, and his granddaughter "
    "on a long drive.\n\n"
    "Kelvari Tamsk plays Tamo with a stiffness that slowly loosens. He has few lines, and he "
    "makes each one count. Tamsk lets the coach's pride show in small things: the way {0} "
    "checks the tires at every stop, the way he corrects a waiter."
)


def test_the_part_named_by_its_role_is_no_one_else() -> None:
    """fresh_br's review: "the coach's pride", the coach named before as the part the actor
    plays, is no second person the pronoun could mean."""
    assert flagged_pronouns(CHARACTER.format("he")) == []
    assert flagged_pronouns(CHARACTER.format("she")) == ["she"]


def test_a_role_noun_no_one_was_described_by_is_someone_else() -> None:
    text = CHARACTER.format("she").replace("a retired wrestling coach", "a retired farmer")
    assert flagged_pronouns(text) == []


def test_as_a_role_with_a_reflexive_after_tells_the_role() -> None:
    """Second review: "as a mother herself," is a mother's role, the reflexive no noun."""
    text = (
        "School in Varsk closes\n\nVARSK, Tarvelia — The school closed on Monday.\n\n"
        "Kelvari Tamsk, as a mother herself, said the closure was cruel. He said the children "
        "would now travel 40 km a day."
    )
    assert flagged_pronouns(text) == ["He"]
