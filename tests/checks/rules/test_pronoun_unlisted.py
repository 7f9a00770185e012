"""pronoun.gender for people whose given name copydesk's list does not know.

The rule learns such a person's gender from the text alone: an honorific (Mr, Mrs, Ms), a
noun only one gender bears said of them ("a widow", "the actress"), two or more pronouns
that can only be theirs.  One stray pronoun cannot outvote the rest: a person the text
calls "he" once and "she" once is left alone, since either may be the slip.  A paragraph
that opens by naming a newcomer in full, given name unlisted or not ("Otuvai Kelemete, a
58-year-old fisherman, said she…"), sets aside the people of the paragraphs before as a
listed name's does.  Every name here is invented and none is in the given-name list.
"""

from __future__ import annotations

import pytest

from copydesk.checks.rules.pronoun import _people
from tests.checks.rules.helpers import run

NAMES = ("Ozren", "Otuvai", "Tavake", "Ngaruia", "Bexari", "Quillon", "Teodrun", "Asmaru")


def _flags(text: str) -> list[str]:
    return [i.matched(text) for i in run("pronoun.gender", text)]


def test_the_invented_given_names_are_unlisted() -> None:
    listed = _people.first_names()
    assert not [n for n in NAMES if _people.fold(n.lower()) in listed]


@pytest.mark.parametrize(
    ("text", "slip"),
    [
        # an honorific
        (
            "Bridge report\n\nMrs Valbrekt, the engineer in charge of the bridge, spoke on "
            "Monday. He will remain in charge until June.\n",
            "He",
        ),
        # a noun only one gender bears, in apposition
        (
            "Court news\n\nOzren Valbrekt, a widow of 60, was sentenced on Monday. He will "
            "remain in custody.\n",
            "He",
        ),
        # two other pronouns clearly his
        (
            "Dam trial ends\n\nOzren Valbrekt, the engineer in charge of the dam, was "
            "sentenced on Monday. He said he was innocent. Valbrekt has 15 days to lodge his "
            "appeal. She will remain in custody.\n",
            "She",
        ),
        (
            "Marathon results\n\nBexari Nurlatov finished seventh. Nurlatov said he hoped to "
            "run faster next spring. He said she would train at altitude.\n",
            "she",
        ),
    ],
)
def test_gender_from_the_text_alone(text: str, slip: str) -> None:
    assert _flags(text) == [slip]


def test_a_newcomer_with_an_unlisted_name_opens_the_paragraph() -> None:
    text = (
        "Village fishers queue for screening\n\n"
        "Nurse Ilse Marrow said she had screened 300 people on the first day. The queues "
        "were long, and the team ran out of forms before noon.\n\n"
        "Otuvai Kelemete, a 58-year-old fisherman, said she had come because his cousin was "
        "ill. He said he felt well.\n"
    )
    assert _flags(text) == ["she"]
    assert _flags(text.replace("said she had come", "said he had come")) == []


def test_one_stray_pronoun_does_not_outvote_one_other() -> None:
    # "he" once and "she" once: either may be the slip, so neither is flagged
    text = (
        "Ferry service resumes\n\nTavake Ulufonu, 44, runs the only shop on the island. He "
        "said supplies had run low.\n\nUlufonu said she would restock on Friday.\n"
    )
    assert _flags(text) == []


# Clean passages that must stay quiet: people of unlisted given names beside others.
QUIET = [
    (
        "Farm sale\n\nOzren Valbrekt and his sister, Teodrun Valbrekt, sold the farm in "
        "May. He kept the orchard. She moved to the coast, where she opened a bakery.\n"
    ),
    (
        "Family business\n\nTeodrun Valbrekt founded the firm in 1990. Her son, Ozren "
        "Valbrekt, took over in 2015. Valbrekt said he would keep the name. She still "
        "visits the workshop.\n"
    ),
    (
        "Twin rowers\n\nAsmaru Kelemete and Otuvai Kelemete rowed together for ten years. "
        "Asmaru retired in 2020, when she became a coach. Otuvai said he would race on.\n"
    ),
    (
        "Court case\n\nTeodrun Ulufonu sued her brother, Tavake Ulufonu, over the house. "
        "He said he had paid for the roof. She said she had paid for everything else.\n"
    ),
    (
        "Election result\n\nQuillon Dravek beat Bexari Nurlatov by 300 votes. Dravek said "
        "she would start work on Monday. Nurlatov said he would not contest the result.\n"
    ),
    (
        "Gallery opens\n\nNgaruia Temarama, a painter, and Asmaru Ofrendi, a sculptor, "
        "opened the gallery together. Temarama said he had waited years for the space. "
        "Ofrendi said she hoped to show young artists.\n"
    ),
    (
        "Chess final\n\nTeodrun Haskovar beat Ozren Tavrin in 40 moves. She said the "
        "opening had surprised her. He said he had run out of time.\n"
    ),
    (
        "Trade talks\n\nMinister Tavake Ulufonu met his counterpart, Teodrun Vaskari, in "
        "Koravu. She said the talks had gone well. He said nothing after the meeting.\n"
    ),
    (
        "Harbour work\n\nOtuvai Kelemete runs the harbour. His deputy, Asmaru Ofrendi, "
        "said she had asked for more cranes. Kelemete said he agreed.\n"
    ),
    (
        "Rowing club\n\nBexari Nurlatov coached Quillon Dravek for six years before she "
        "went to university. He said she was the best rower he had seen.\n"
    ),
    (
        "Hospital strike\n\nOzren Valbrekt said a nurse had told him she had not been paid "
        "since March.\n"
    ),
    (
        "Bridge inquiry\n\nAsmaru Ofrendi told the inquiry that the foreman had said he "
        "checked the bolts every week. She said she did not believe him.\n"
    ),
    (
        "Farm fire\n\nOtuvai Kelemete said his neighbour had called him at dawn. She said "
        "the barn was burning, he recalled.\n"
    ),
    (
        "Shop theft\n\nTavake Ulufonu said the thief had apologised. He said she had "
        "returned the money the next day.\n"
    ),
    (
        "Council row\n\nQuillon Dravek said the mayor had promised her the money. She said "
        "he had broken that promise twice.\n"
    ),
    (
        "Team news\n\nTeodrun Haskovar spoke about her coach. “He taught me everything,” "
        "she said. “He never gave up on me.”\n"
    ),
    (
        "Village story\n\nAsmaru Ofrendi remembered the old fisherman. “He was out every "
        "morning at four,” she said.\n"
    ),
    (
        "Obituary\n\nOzren Valbrekt spoke of his late wife. “She built this school with "
        "her hands,” he said.\n"
    ),
    (
        "Concert review\n\nQuillon Dravek sang for an hour. “He wrote this song for his "
        "daughter,” she told the crowd before the last piece.\n"
    ),
    (
        "Football\n\nBexari Nurlatov praised his striker. “She scores when it matters,” he "
        "said. “She is the best player in the league.”\n"
    ),
    (
        "Rescue\n\nTavake Ulufonu described the rescue. “She was holding on to a rope,” he "
        "said of the girl.\n"
    ),
    (
        "Flood warning\n\nThe mayor said the river would peak on Friday. She said sandbags "
        "were ready. Ozren Valbrekt, a farmer, said he had moved his sheep.\n"
    ),
    (
        "Museum opens\n\nThe director showed visitors the new wing. He said it had cost 5 "
        "million. Teodrun Haskovar, a teacher, said she would bring her class.\n"
    ),
    (
        "Bus route\n\nA driver said the new route was shorter. He said passengers liked "
        "it. Asmaru Ofrendi said she still preferred the train.\n"
    ),
    (
        "Market day\n\nOne stallholder said prices had doubled. She said she could not "
        "sell at a loss. Otuvai Kelemete said he had stopped buying fish.\n"
    ),
    (
        "Ferry delay\n\nThe captain said fog had delayed the crossing. He said it would "
        "leave at noon. Quillon Dravek said she had missed her meeting.\n"
    ),
    (
        "Prison visit\n\nThe governor said the wing would close. She said inmates would "
        "move in May. Bexari Nurlatov said he had not been told.\n"
    ),
    (
        "Ship returns\n\nThe Valbrekt Star left Hobart in March. She carried 40 crew and a "
        "cargo of timber. Ozren Valbrekt, her owner, said he was proud of the ship.\n"
    ),
    (
        "Naval news\n\nThe frigate returned to port on Monday. She had been at sea for six "
        "months. Captain Otuvai Kelemete said he was glad to be home.\n"
    ),
    (
        "Old ferry\n\nTavake Ulufonu bought the old ferry in 2010. He said she still ran "
        "well after 40 years.\n"
    ),
    (
        "Country profile\n\nAsmaru Ofrendi wrote about the country's history. He said that "
        "Ruritania had lost her colonies in 1920 and never regained her place.\n"
    ),
    (
        "Yacht race\n\nThe yacht Temarama Dawn won the race. She finished two hours ahead "
        "of the fleet. Ngaruia Temarama, who built her, said he had not expected it.\n"
    ),
    (
        "Shop closes\n\nTeodrun Haskovar, 50, ran the shop for 20 years. She said rents "
        "had doubled.\n\nHaskovar said he would open again elsewhere.\n"
    ),
    (
        "Rower retires\n\nBexari Nurlatov rowed for the club for a decade. He won three "
        "titles.\n\nNurlatov said she would now coach juniors.\n"
    ),
    (
        "Dam trial ends\n\nOzren Valbrekt, the engineer in charge of the dam, was "
        "sentenced on Monday. He said he was innocent. Valbrekt has 15 days to lodge his "
        "appeal. He will remain in custody.\n"
    ),
    (
        "Singer dies\n\nNgaruia Temarama, whose songs were sung in every school, died on "
        "Sunday. She was 88. Temarama was born in a fishing village. She learned to sing "
        "from her grandmother.\n"
    ),
    (
        "Council vote\n\nMr Kelemete told the council that the road would be finished in "
        "May. He said the money was there. Kelemete later said he had asked for more "
        "time.\n"
    ),
    (
        "Theatre review\n\nThe actress Asmaru Ofrendi plays the lead. Ofrendi is 31, and "
        "she moves across the stage with ease.\n"
    ),
    (
        "Harbour reopens\n\nMayor Teodrun Haskovar cut the ribbon at the harbour. She "
        "thanked the builders.\n\nOtuvai Kelemete, 70, a retired fisherman, said she had "
        "done more for the harbour than anyone.\n"
    ),
    (
        "Coach leaves\n\nBexari Nurlatov coached the team for ten years. He won four "
        "titles.\n\nAsmaru Ofrendi, 22, a midfielder, said he had taught her everything "
        "she knew.\n"
    ),
    (
        "Teacher honoured\n\nTeodrun Haskovar taught at the village school for 40 years. "
        "She retired in June.\n\nOzren Valbrekt, who was in her first class, said she had "
        "taught him to read.\n"
    ),
    (
        "School prize\n\nThe prize went to Quillon Dravek, whose parents moved to the town "
        "before she was born. She said she would share it with her class.\n"
    ),
]


@pytest.mark.parametrize("text", QUIET)
def test_clean_passages_stay_quiet(text: str) -> None:
    assert _flags(text) == []


def test_a_relatives_surname_stays_with_the_person_first_named_by_it() -> None:
    # "Valbrekt" after "Her son, Ozren Valbrekt" is still Teodrun, as it would be for a
    # given name the list knows: "She" is no slip for the son
    text = QUIET[1]
    assert "Her son, Ozren Valbrekt" in text
    assert _flags(text) == []


@pytest.mark.parametrize("title", ["Coach leaves", "Harbour reopens"])
def test_a_vox_pop_on_someone_of_an_unlisted_name_on_stage(title: str) -> None:
    # the last sentence before has them on stage by the one pronoun the text gives them:
    # the newcomer's "he" ("she") may be theirs, as for a given name the list knows
    text = next(q for q in QUIET if q.startswith(title))
    assert _flags(text) == []
