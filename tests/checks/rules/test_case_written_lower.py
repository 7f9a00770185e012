"""case.capitalised-noun: a head the text writes in lower case as a description elsewhere
(after the possessive of the adjective's place, or after "the" and another adjective of
the same kind), capitalised once after a proper adjective (invented examples; precision
first: a name shortened in lower case, a body's head, a place's own name and a pair the
text repeats stay quiet)."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import run

RULE = "case.capitalised-noun"
WHY = "written in lower case elsewhere"


def _caps(text: str) -> list[str]:
    return [i.matched(text) for i in run(RULE, text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the place's possessive before the noun in lower case
        (
            "Tarvia's parliament has 60 seats, and the ruling party holds 31 of them. On "
            "Monday the Velmar, the Tarvian Parliament, chose a new speaker.",
            "Parliament",
        ),
        (
            "Korvan's parliament met on Monday, and on Tuesday the Korvani Parliament "
            "voted on the bill after a long debate.",
            "Parliament",
        ),
        # another adjective of the same kind before the noun in lower case
        (
            "Candles were lit in the Catholic shrine at dusk. Across the valley, in the "
            "Orthodox Shrine, monks rang the bells.",
            "Shrine",
        ),
        (
            "The Anglican shrine stood empty all week, while queues formed outside the "
            "Catholic Shrine.",
            "Shrine",
        ),
    ],
)
def test_hits(text, word):
    issues = run(RULE, text)
    assert [i.matched(text) for i in issues] == [word]
    assert WHY in issues[0].message


@pytest.mark.parametrize(
    "text",
    [
        # a name, then its short form in lower case: the normal pattern of clean news
        "The Kestrel Valley Hospital opened a new wing. The hospital said it would hire nurses.",
        "The Regional Council met on Tuesday, and the council agreed to cut fees.",
        "The European Parliament voted on the rules. The parliament will vote again in May.",
        "The Tarvian Parliament voted on Monday. The parliament meets again in June.",
        "Pilgrims gathered near the shrine. A service was held at the Orthodox Shrine.",
        # a nation with a government of its own, or a region's adjective
        "The Scottish Parliament passed the bill. Scotland's parliament has powers over health.",
        "The European Parliament voted on Monday. Europe's parliament meets in two cities.",
        "The Indian Ocean was calm. India's ocean trade grew, and its ocean was calm.",
        # the noun qualifies another noun: no head
        "The Tarvian Genocide Museum opened. Tarvia's genocide memorial draws visitors.",
        "The Tarvian Parliament met. Tarvia's parliament building was closed.",
        # a body's head, a plural, and a name "Roman" heads
        "The Catholic Church sold the land. The Lutheran church in the village was closed.",
        "The Christian Brothers ran the school. The Muslim brothers ran a shop.",
        "The Roman Forum was crowded. The Greek forum in the town was empty.",
        "The Catholic Mission runs a school. An Anglican mission runs a clinic.",
        # a movement's, a camp's or a period's head beside another faith's one
        "The Christian Right backed the bill. The Jewish right in the country opposed it.",
        "The Protestant Reformation split the church in the 16th century. The Catholic "
        "reformation that followed was slower.",
        # a polity's head: a state's or a movement's name beside a description
        "The Islamic State claimed the attack. The government said it would recognise the "
        "Palestinian state in September.",
        "Tarvel, the Jewish state, said it would respond. The Islamic State group said it "
        "had carried out the attack.",
        # "of" and a capital: the name goes on
        "The Catholic Diocese of Varn runs 40 schools. The Anglican diocese runs fewer.",
        # the pair again, or the noun capitalised elsewhere
        "Korvan's parliament met, and the Korvani Parliament voted; then the Korvani "
        "Parliament rose.",
        "Members of the Tarvian Parliament met. Tarvia's parliament has 120 seats, and the "
        "Parliament Speaker said so.",
        "The Orthodox Shrine Authority runs the site. The Catholic shrine is small.",
        # no "the" before the pair: a company's or a brand's name
        "Korean Air will add flights to Lisbon. Korea's air is thick with dust every spring.",
        "Indian Railways, the state operator, will buy 200 locomotives. India's railways "
        "carry millions of people a day.",
        # the possessive of a longer name: another place
        "The Mexican Senate approved the treaty, and New Mexico's senate passed a resolution "
        "welcoming it.",
        "The Cypriot Parliament voted to ban the practice. Northern Cyprus's parliament, "
        "which only one country recognises, did not.",
        "The Korean War ended in an armistice in 1953. North Korea's war games alarmed its "
        "neighbours.",
        # a neighbour whose own adjective the list holds ("Nigerien", "Austrian", "Romanian")
        "The Nigerian Senate passed the bill on Tuesday. Niger's senate was dissolved after "
        "the coup.",
        "The Australian Senate passed the bill. Austria's senate had rejected a similar one.",
        "The Roman Senate met in the Curia. Romania's senate meets in Bucharest.",
        # a plural noun before a verb: the lower-case noun modifies it
        "The Australian Open starts on Monday. Australia's open spaces draw hikers all year.",
        "The Korean War ended in 1953. Korea's war games alarmed its neighbours.",
        # the noun before "of": a quantity, a collective or an abstract noun
        "Her essay on the Protestant Ethic won a prize. The Catholic ethic of charity is older.",
        "The American Legion held its annual convention. America's legion of country music "
        "fans filled the arena.",
        "The Russian Federation signed the accord. Russia's federation of regions is large.",
        # a longer name
        "The Tarvian Parliament Building was closed. Tarvia's parliament met in a school.",
        "Lebanon's parliament failed to elect a president. The Lebanese Parliament Speaker "
        "said it would meet again.",
    ],
)
def test_quiet(text):
    assert _caps(text) == []
