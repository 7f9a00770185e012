"""pronoun.gender: readings mended after fresh_dg's blind run.

* Capitalised words after a possessive, ending in a noun English writes in lower case and set
  off by a comma right before a name, are that person's title ("The island’s Chief Islander,
  Lorraine Lavarello, said"), no other person a pronoun may mean.
* A person noun joined by "or" to the other sex's noun ("writes to a son or a daughter") is
  anyone's relative, no one in particular: after its sentence it blocks no pronoun.
Every name is invented."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import flagged_pronouns

POST = (
    "Island keeps its post office\n\n"
    "“When somebody on the island writes to a son or a daughter overseas, I know what that "
    "letter is,” she said.\n\n"
    "The island’s Chief Islander, Marlene Ostvarro, said the post office was one of the few "
    "places where people gathered, and that {0} hoped it would stay open. {1} said {2} had "
    "asked the council for a second clerk."
)


@pytest.mark.parametrize(
    ("slots", "flagged"),
    [
        (("she", "She", "she"), []),
        (("he", "She", "she"), ["he"]),
        (("she", "He", "she"), ["He"]),
        (("she", "She", "he"), ["he"]),
    ],
)
def test_a_title_after_a_possessive_and_a_choice_of_relatives_block_nothing(
    slots: tuple[str, str, str], flagged: list[str]
) -> None:
    assert flagged_pronouns(POST.format(*slots)) == flagged


def test_a_name_after_a_possessive_is_still_another_person() -> None:
    # "Brazil's Petrobras" ends in no English noun: no title of the person named after it
    text = (
        "Oil deal signed\n\n"
        "Brazil's Tarvobras, Anselmo Quiroga and his lawyer met on Monday. Quiroga said the "
        "deal was fair, and Marta Linhares, the lawyer, said she agreed."
    )
    assert flagged_pronouns(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a person named after a possessive, then another person: no title (review 26b)
        "Arsenal's Declan Stone, Mia Fischer said on Sunday, had been the best player in the "
        "league this season. He scored twice against Chelsea.",
        "England's Marcus Rice, Lucy Hammond and Jordan Pike were named in the squad on "
        "Friday. He said he was delighted.",
        # the name after the comma is the speaker, not the title's holder
        "The party's Chief Whip, Helga Brandt said on Monday, had lost the confidence of most "
        "MPs. He resigned hours later.",
        # a pair after a verb of being, or owned, is someone real
        "Police initially could not say whether the driver was a man or a woman. On Tuesday, "
        "Inspector Ana Ruiz said he was a 34-year-old from Leeds and had been arrested.",
        "Lina Haddad said her son or her daughter would collect the award on her behalf. He "
        "arrived in Beirut on Thursday.",
        # a person's aide: the owner may be meant (review 26f)
        "The Governor's Chief Whip, Helen Marsh, said the vote would be close. He needs 31 "
        "votes to pass the budget.",
        # one child to come, or someone who did something
        "Elena Costa, 29, had told friends she did not mind whether she had a son or a "
        "daughter. He was born at 4am on Christmas Day.",
        "Investigators said a nephew or niece of the victim had called police. Detective "
        "Sergeant Omar Farah said she had found the body on Sunday.",
        "Witnesses told police the attacker, a man or a woman in a grey hooded top, ran "
        "towards the station. Detective Inspector Laura Finch said he was still at large.",
    ],
)
def test_titles_and_choices_that_name_someone_still_block(text: str) -> None:
    assert flagged_pronouns(text) == []
