"""pronoun.gender, pron18: trades that are people, and clean passages (two people of one
gender, crowds, ships, reported speech, quotations, people named by role) that must stay
quiet.  Every name and sentence is invented."""

import pytest

from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY


def run(text: str):
    rule = "pronoun.gender"
    return [i for i in Engine(checks=[REGISTRY.get(rule)]).check_text(text) if i.rule == rule]


# Trades are people: an unnamed plumber may be the "he" after a woman.
@pytest.mark.parametrize(
    "text",
    [
        "Sofia Lenvik called the plumber. He arrived two hours late.",
        "Henrik Osvald waited for the hairdresser. She was running late.",
        "Marta Eikrem paid the electrician. He had rewired the whole house.",
    ],
)
def test_an_unnamed_tradesperson_is_someone(text):
    assert run(text) == []


CLEAN = [
    # two people of one gender
    "Henrik Vass met his old partner Tobias Lindgren at the depot. He said the trucks were ready.",
    "Marta Olesen called her sister Ingrid before the vote. She said the count would be close.",
    "Karel Dusek beat Olaf Brenner in the final. He said afterwards the wind had helped.",
    "Anika Rauth and Selma Kovic opened the bakery in 2019. She says the first winter was hard.",
    "Pavel Orsk handed the keys to Lukas Meyer. He thanked him and left.",
    # a crowd or a team
    "Jonas Pirelli watched from the stands as the crowd sang. They stayed until midnight. He"
    " said it was the best night of his life.",
    "Lena Voss coached the team for six years. The players gave her a shirt. She said she"
    " would frame it.",
    "Teodor Halm spoke to the strikers outside the plant. Many of them had worked there for"
    " decades. He promised to return.",
    "The villagers gathered at the well. Greta Amund, who farms nearby, said she had not seen"
    " such a drought.",
    # a ship or a country called she
    "Captain Rolf Brandt took the trawler out at dawn. She was low in the water by noon.",
    "Erik Solheim bought the old ferry in 2015. She had carried passengers for forty years.",
    "The frigate left port on Monday. Commander Anton Berg said she would return in spring.",
    "Tomas Reyes admired the schooner from the quay. She was built in 1902 and still sails.",
    "Mikkel Aas, the harbour master, watched the tanker turn. She ran aground an hour later.",
    # reported speech
    "Oskar Dahl said his wife had warned him. She told him the roof would leak.",
    "Ilse Marten said her husband was at the market. He came home at six.",
    "Farid Nouri said his daughter had found work in the city. She starts next week.",
    "Petra Holm told reporters her son was safe. He had walked out of the building unhurt.",
    "Gustav Lind said the nurse had been kind. She stayed with him all night.",
    "Hanna Brik said the driver apologised. He had not seen the cyclist.",
    # quotations in which he or she is someone else
    "Nils Fager read the letter aloud. “She never came back,” he said of his aunt.",
    "“He was a quiet boy,” said Marit Sande, who taught him for three years.",
    "Agnes Tollef smiled. “He always brings flowers,” she said of her neighbour.",
    "“She was the best doctor in the valley,” Bjorn Eklund said.",
    "Leif Moen recalled his mother. “She worked two jobs,” he said.",
    # people named only by role
    "Kasper Noor met the minister on Friday. She promised funds for the school.",
    "Ingrid Falk spoke with the mayor. He agreed to reopen the library.",
    "Dario Vetti waited for the judge. She adjourned the hearing until May.",
    "Ruben Aske thanked the surgeon. She had operated for nine hours.",
    "Elin Mork interviewed the coach after the match. He blamed the referee.",
    "Viktor Hale met the ambassador in Oslo. She said her country wanted calm.",
    # an unnamed person
    "Anders Kvist was stopped by a woman in the street. She asked him for directions.",
    "Lotte Brun hired a man to fix the fence. He finished by noon.",
    "Jakob Strand spoke to a witness. She saw the car leave.",
    "Mira Solvik heard a boy shouting. He had lost his dog.",
    # kin
    "Stefan Ullr left the farm to his niece. She sold it a year later.",
    "Clara Weiss visited her father in hospital. He was recovering well.",
    "Tore Haug and his wife run the inn. She cooks and he keeps the books.",
    "Hedda Vik's brother drove her to the airport. He waited until the plane left.",
    # two named people of both genders, a monarch
    "Ola Brekke met Saga Lind at the fair. She sold him a painting.",
    "Runa Eide interviewed Karl Moss for the paper. He spoke about the war.",
    "Mats Ringe and Vera Holt argued over the plan. She said it cost too much.",
    "Astrid Kolle thanked her team. Then she turned to the chairman. He shook her hand.",
    "Bernt Sola wrote to the queen. She replied a month later.",
    "Liv Aune met the king at the palace. He asked about her work.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_passages_stay_quiet(text):
    assert run(text) == []
