"""word.glued: a results list's link word between a winner and a loser ("Laiba Durrani bt
Hafsa Swati 11-7, 7-11"; resources/word/result_links.txt) glued to the winner's name, before
the loser's name and the score, where the batch writes the link word alone (fresh_dj's
hold-out run: "Durranibt", "Kakakhelbt").  The winner opens an entry after ";" or a header's
":", the loser's first word is a person's and the score ends the entry: names in "-bt" stand
in headlines, standings and prose beside tallies (reviews 41a, 42a).  Invented names."""

from tests.checks.rules.helpers import glued_splits

_RESULTS = (
    "Men's final: Tarvo Kestan bt Ilja Moravec 11-8, 9-11, 11-6, 11-4.\n\n"
    "Women's final: Mira Osterhagenbt Lena Vaskova 11-7, 11-9, 8-11, 11-5.\n"
)


def test_a_link_word_glued_to_a_winner_is_split() -> None:
    assert glued_splits(_RESULTS) == [("Osterhagenbt", "Osterhagen bt", True)]


def test_without_the_link_word_alone_or_a_score_the_name_stays() -> None:
    # the list never writes "bt" alone
    alone = "Women's final: Mira Osterhagenbt Lena Vaskova 11-7, 11-9, 8-11, 11-5.\n"
    assert glued_splits(alone) == []
    # no score on the line: a name's ending, not a results list's link
    prose = "Men's final: Tarvo Kestan bt Ilja Moravec 11-8.\n\nMira Osterhagenbt Lena spoke.\n"
    assert glued_splits(prose) == []
    # a score later on the line, not right after the loser's name: a name in "-bt" beside
    # a tally or a date range (review 41a)
    tally = (
        "Men's final: Tarvo Kestan bt Ilja Moravec 11-8.\n\n"
        "The Velmambt Council said a festival would run on 10-12 June.\n"
    )
    assert glued_splits(tally) == []


def test_a_name_in_bt_in_headlines_and_standings_stays() -> None:
    # the winner must open an entry after ";" or ":", the loser be a person and the score
    # end the entry (review 42a)
    text = (
        "Men's final: Tarvo Kestan bt Ilja Moravec 11-8.\n\n"
        "Velmambt Upsets Top Seed Moravec 3-2\n\n"
        "Standings: Velmambt Stars 9-3, Kestan Rovers 7-5.\n\n"
        "Women: Mira Velmambt Stars 3-1 in the cup.\n"
    )
    assert glued_splits(text) == []


def test_a_list_written_surname_first_or_a_teams_stays() -> None:
    # the winner opens with a given name or an initial and the loser is named as fully
    # (review 44a)
    text = (
        "Men's final: Tarvo Kestan bt Ilja Moravec 11-8.\n\n"
        "Pool A: Velmambt Tarvo (Kuw) 5-3; Kestan Ilja (Est) 5-1.\n\n"
        "Plate final: Hamad Velmambt Kuw 3-1, Omar Tarvel Egy 3-0.\n"
    )
    assert glued_splits(text) == []
