"""pronoun.gender, review18a: a bare name before a noun of a person's own deed ("the Varela
performance", "a Quennell header") is that person, someone of unknown gender a later he
or she may mean (resources/pronoun/deed_nouns.txt).  Every name and sentence is invented."""

import pytest

from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY


def run(text: str):
    rule = "pronoun.gender"
    return [i for i in Engine(checks=[REGISTRY.get(rule)]).check_text(text) if i.rule == rule]


@pytest.mark.parametrize(
    "text",
    [
        "Piet Ambrose directed the first film. The Varela performance is its heart: she plays"
        " a nurse who cannot leave the ward.",
        "Tomas Kerwick, the prosecutor, called the scheme brazen. The Dallow defence rested on"
        " one document, which she said proved the payments were legal.",
        "Karl Vintner, the conductor, praised the choir. The Ostrava-born Helmsen solo was the"
        " highlight; she sang it without a score.",
        "Ronan Teague gave the hosts the lead. A Quennell header levelled it before the break,"
        " and she struck again in stoppage time.",
        "Mikkel Vorland led at the turn. A Sorrell birdie at the 16th changed everything, and she"
        " won by a stroke.",
    ],
)
def test_a_name_before_a_deed_may_be_the_pronouns_person(text):
    assert run(text) == []


def test_a_name_before_a_plain_noun_is_still_a_place():
    # the noun is no deed: "the Velkor basin" names a place, and the pronoun is wrong
    text = "Ilse Marten studies the Velkor basin. He said the water had fallen for years."
    (issue,) = run(text)
    assert issue.replacements[0] == "She"
