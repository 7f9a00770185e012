"""case.capitalised-noun: a capitalised modifier after a capitalised adjective, a place's
adjective beside its place, a use inside a longer name, a verb after a name written
elsewhere without it, and a plural two places share (invented examples; precision first:
institutions, events, works and regions stay quiet)."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import run

RULE = "case.capitalised-noun"


def _caps(text: str) -> list[str]:
    return [i.matched(text) for i in run(RULE, text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an adjective or an activity after an adjective of region, before its noun
        ("The report on Arctic Commercial fishing was published on Monday.", "Commercial"),
        ("Scientists tracked Atlantic Coastal erosion near the village of Tarsk.", "Coastal"),
        ("Storms closed the routes of Arctic Shipping lines for a week.", "Shipping"),
        # ... after a proper adjective in -ic no list holds
        ("The town has trained three Olympic Boxing champions since 1990.", "Boxing"),
        ("The club hired two Paralympic Swimming coaches last spring.", "Swimming"),
        # a place's adjective by a suffix, the place written alone in the text
        (
            "Farmers in Korvo sold less this year, and Korvese Growers blamed the rain.",
            "Growers",
        ),
        # ... its pair repeated only inside a longer name
        (
            "Schools in Tarvela teach the language. The Tarvelian Youth Centre runs summer "
            "camps, and the Tarvelian Youth Centre said it would grow. Last week a Tarvelian "
            "Youth choir sang at the opening.",
            "Youth",
        ),
        # a past tense after a given name that ends a name written elsewhere without it
        (
            "Hamid Omar, 52, manages the yard for the port.\n\nHamid Omar Said the union "
            "had agreed to the plan.",
            "Said",
        ),
        # a bare verb after a place, joined by "and" to another before a small word
        ("Fans in Korvel Sing and clap for every goal, the club said.", "Sing"),
        ("Mourners in Korvask Weep and chant at the grave every year.", "Weep"),
        # a plural two places share
        ("Farms in the Tarsk and Velno Valleys flooded on Monday.", "Valleys"),
        ("Barges ply the Varna and Oskel Rivers in the dry season.", "Rivers"),
    ],
)
def test_hits(text, word):
    assert _caps(text) == [word]


@pytest.mark.parametrize(
    "text",
    [
        # a name with "and" in it, or "and" before no bare verb
        "She joined the Tarvel Sing and Dance Troupe in 2001.",
        "He met Tarvel Sing and his wife at the station.",
        "Songs by Velmar Sing and Korvo Dance were played on the radio.",
        # regions and their names
        "Delegates met at the Pacific Islands Forum in the capital on Tuesday.",
        "The Arctic Council members agreed to share data on ice loss.",
        "Casinos in Atlantic City reported higher takings this summer.",
        "The Arctic Circle region had its warmest June on record.",
        "Exporters in the Pacific Rim countries face higher freight costs.",
        "Rain fell on the Pacific Northwest coast for a week.",
        "Trains left Pacific Central station late because of the storm.",
        "The Baltic Sea ports were closed by ice for a week.",
        "The Adriatic Coast resorts were full in August.",
        "The Pacific Fleet ships sailed from Vladivostok.",
        "The Antarctic Treaty system has held since 1959.",
        "The Alpine Club members climbed the north face.",
        "The Mediterranean Diet is rich in olive oil and fish.",
        "The Himalayan Salt lamps sold out within days, the shop said.",
        "The study was published in the Pacific Medical journal.",
        "The Arctic Public Safety team was set up last year.",
        "Shares of Atlantic Capital rose, and Pacific Capital shares fell on Monday.",
        "Buses leave the Pacific Terminal building every hour.",
        "The Arctic National Wildlife Refuge is home to caribou.",
        "The Pacific Gas and Electric company filed for bankruptcy.",
        "The Pacific Western University campus is closed.",
        "The Atlantic Coast Conference tournament starts on Friday.",
        "The novel was reviewed by the Pacific Standard magazine in 2015.",
        "Tickets for the Arctic Monkeys concert sold out in an hour.",
        "The Saharan Dust cloud reached Spain on Monday.",
        # firms that utilities and insurers name by a noun with an adjective's ending
        "Workers at Andean Electric plants went on strike on Monday.",
        "Himalayan Mutual savers were repaid in full, the regulator said.",
        # a firm's name as the subject of a verb in -s
        "Atlantic Commercial hopes to sell the tower by December, its chief said.",
        "Andean Industrial plans to open a mill in the north next year.",
        # a firm's name clipped after the text writes it in full
        "Danish Lumber AS said it would close a mill, and Danish Lumber shares fell.",
        "Andean Shipping Lines said on Monday that an Andean Shipping freighter had run "
        "aground off Callao.",
        "Atlantic Coastal Ferries added a route. Atlantic Coastal crossings were full all summer.",
        # events and bodies
        "The judge has worked at two Olympic Games and at three world cups since 2012.",
        "The Olympic Stadium crowd rose for the anthem.",
        "He trained at the Olympic Village gym every morning.",
        "The Olympic Committee officials met on Friday.",
        "He wrote the Olympic Charter commentary for the committee.",
        "The Paralympic Games open in August, the committee said.",
        "The Olympic Torch Relay passed through the town in May.",
        "She won the Olympic Marathon title in 2016.",
        "The Olympic Skating federation met in Lausanne.",
        "The Olympic Broadcasting service will film the games.",
        "The Nordic Council session opened in Oslo.",
        "Visitors to the Andean Community headquarters were turned away.",
        "The Hispanic Heritage Foundation gave her a prize last year.",
        "The Celtic Tiger years left the country with large debts.",
        "She joined the Hellenic Navy in 1998, officials said.",
        "Fans of Celtic Park celebrated late into the night.",
        "The Gothic Quarter streets were crowded with tourists.",
        "He studied Slavic Studies at the university.",
        "He teaches Germanic languages at the university.",
        "Shares of Panasonic Energy rose after the battery deal.",
        # places and firms before a capitalised word
        "The Sudan Tribune reported the clashes first.",
        "Japan Post shares fell after the results.",
        "Milan Fashion Week opens on Tuesday with twelve shows.",
        "Delhi Metro trains ran late on Monday morning.",
        "The Nairobi National Park rangers found the lions.",
        "The festival at the Himalayan Institute drew many yoga students.",
        # a place's adjective whose pair names a body each time
        "Tarvelian farmers met in Tarvel, and the Tarvelian Youth Centre hosted the talks.",
        "The Latvian Youth Centre runs camps. The Latvian Youth Centre said it would grow.",
        # peoples, offices and house styles
        "Welsh and English Travellers asked the council for two more sites.",
        "The Scottish Secretary met farmers in Oban on Monday.",
        "She studied at the School of Oriental and African Studies in London.",
        # a surname that is a verb too
        "Edward Said told students that the book was a classic.",
        "Basem Yusuf Said told the council the bridge was safe. Said, 58, has run the "
        "works office since 2016, and Basem Yusuf, a clerk, agreed.",
        "Abdou Ali Said told reporters the plan was late. Abdou Ali Said has run the port "
        "since 2015.",
        # plurals that end names of their own, or after a longer name
        "The talks between the Turks and Caicos Islands and the Bahamas ended on Friday.",
        "He hiked in the Blue and John Crow Mountains last summer.",
        # two people who share a surname
        "The film is about the rivalry between Ada and Lena Rivers, who both ran for mayor.",
        "Tavo Rivers scored twice. The rivalry between Dex and Tavo Rivers began at school.",
        "Delegates from the Federated States met in the Varna and Oskel rivers region.",
    ],
)
def test_quiet(text):
    assert _caps(text) == []
