"""case.capitalised-noun (caps21): a word that ends no name, capitalised after one: a
preposition before a figure ("Varnakoi With 412 passengers"), an adverb in -ly that is
nothing else ("Tarvoli Shortly after"), a currency's units an amount counts after a
comparative ("1,300 fewer Varkoni Dinars"), and a headline's pair whose story writes the
noun in lower case ("… as Paraguayan League reaches halfway" over "the league said").
All names are invented."""

import pytest

from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY

RULES = ("case.capitalised-noun", "case.mid-sentence-capital")


def issues(text: str) -> list[tuple[str, str]]:
    engine = Engine(checks=[REGISTRY.get(r) for r in RULES])
    return [(text[i.offset : i.offset + i.length], i.message) for i in engine.check_text(text)]


@pytest.mark.parametrize(
    ("text", "word", "why"),
    [
        # a preposition of company or amount before a figure
        ("The ferry left the port of Varnakoi With 412 passengers on board.", "With", "small"),
        ("She won in Velmori With 61% of the vote, officials said.", "With", "small word"),
        ("The convoy reached Tarvoli Without 2 of its trucks on Monday.", "Without", "small"),
        ("Floods in Velmori cut off Tarvoli Around 300 homes, the army said.", "Around", "sm"),
        # an adverb in -ly that is nothing else, after a name no dictionary knows
        ("Supporters gathered at her office in Tarvoli Shortly after midnight.", "Shortly", "ad"),
        ("Rents in Velmori Recently rose again, the agency said.", "Recently", "adverb"),
        # an adverb of degree or repetition, which ends no name either
        ("Dust spread from the border with Tarvel Almost to the lake.", "Almost", "small"),
        ("Exports from Varsk Nearly doubled last year, the ministry said.", "Nearly", "small"),
        # a past tense closing a relative clause with no "that" after a plural
        ("His wife was one of the nurses Tarvo Trained.", "Trained", "verb"),
        ("She thanked the players Varsk Coached, and left early.", "Coached", "verb"),
        # a participle that is nothing else, opening its clause after a name
        ("Buyers in Tarvel Looking for a cheaper supply turned to Varsk.", "Looking", "verb"),
        ("Migrants from Varsk Seeking a way north waited at the border.", "Seeking", "verb"),
        # a past tense before "for" and a thing asked for; an adverb of time closing a clause
        ("He lost by 36 votes, and Tarvik Asked for a recount the next day.", "Asked", "verb"),
        # a past tense before "for" and a figure: a price or a span
        ("Traders said 50 kilograms of Varkhi Sold for 40,000 pounds.", "Sold", "verb"),
        ("A sack of 50 kilograms of Varkhi Sold for about $25 at the market.", "Sold", "verb"),
        ("Buyers said coffee from Varkhi Sold for $40 a crate this week.", "Sold", "verb"),
        ("The old clock in Tarvoli Stood for 90 years, the mayor said.", "Stood", "verb"),
        ("The firm hopes to open a service to the port of Varsk Later.", "Later", "small"),
        ("The boats came back. The crew met in Tarvik Earlier; then it rained.", "Earlier", "sm"),
        # a route's preposition between a place named alone and "the" and a capital
        ("The road runs from the coast at Tarvel Into the Varsk Mountains.", "Into", "small"),
        ("The old ship sailed from the Aegean Through the Varsk Canal with grain.", "Through", "s"),
        # a currency's units counted after an amount and a comparative
        ("Buyers paid 1,300 fewer Varkoni Dinars for each bike, the survey found.", "Dinars", "c"),
        # a headline's pair over a story that writes the noun in lower case after "the"
        (
            "Velmo beats Tarsk 7-4 in Varnakoi as Paraguayan League reaches halfway\n\n"
            "VARNAKOI — Velmo won on Sunday. Officials said the league would pause in May.",
            "League",
            "nationality",
        ),
        # ... a long headline too, standing alone at the top with no end mark
        (
            "Velmo beat Tarsk Rovers 7-4 before 20,000 fans in Varnakoi as Paraguayan League "
            "reaches halfway\n\nVARNAKOI — Velmo won on Sunday. Officials said the league "
            "would pause in May.",
            "League",
            "nationality",
        ),
    ],
)
def test_a_word_that_ends_no_name_is_found(text, word, why):
    [(found, message)] = issues(text)
    assert found == word
    assert why in message


@pytest.mark.parametrize(
    "text",
    [
        # a title's small word before an article and a capital, or in a quoted title
        "She appeared on Dancing With the Stars last year.",
        "He starred in “Life With 2 Kids” last year.",
        "Life With 2 Kids Returns For A Second Season",
        # an age group's side: "Over" and "Under" before a figure name it
        "He played for the Velmori Over 35s team and the Tarvel Under 21 side.",
        # names in -ly that are also adjectives or nouns; an adverb after an English word
        "She read the Varnakoi Weekly on the train and the Tarvoli Daily at home.",
        "The band Yours Truly played in Varnakoi on Friday.",
        # a title after a work's kind or a band; a degree adverb opening a title
        "The film Varsk Twice Told is on tonight, and the band Velna Already played.",
        "She watched Almost Famous again on Friday in Varnakoi.",
        # a past that ends names of East Asian people; a name after a plural and no past
        "She sang the songs Tarvo Sang. She met the brothers Tarvo and Velna Kvan.",
        # a singular before the name: the name may be a title's ("the poem Varsk Regained")
        "He read the poem Varsk Regained. Critics liked it.",
        # "for" after a noun goes on a name; a gerund that is a noun too may end one
        "She joined the Tarvel Society for the Blind, and Varsk Fishing bought boats.",
        "He watched the film Varsk Waiting for a Train on Friday.",
        # a title that opens with an English word, or a title in apposition
        "She starred in Journey Into the Unknown in 1990, and in Tarvel.",
        "An exhibition, Varsk Through the Ages, opened in Tarvel on Monday.",
        # slogans, bands, lists of works, teams and firms, events and titles (review)
        "Several supporters wore Make America Great Again hats at the rally on Saturday.",
        "Thousands of fans of Twice queued outside the stadium overnight on Friday.",
        "The museum will host the exhibitions Tarvel Revealed, Varsk Uncovered and more.",
        "He left the team in 2022 to join Tarvel Racing for the next season.",
        "The charity Tarvel Fishing for Kids raised money for the school in Varsk.",
        "She swam in the Tarvel Across the Bay race on Sunday morning with friends.",
        "He finished second in Kelvo Across the Bay, a swim of 2.4km, on Saturday.",
        "She wrote a chapter on Varsk Through the Centuries for the book last year.",
        "The choir sang at Kelvo Into the Light, a festival of lanterns, on Friday.",
        # a body's or a title's name goes on after "for"; a song ends in "Later"
        "She joined Mothers United for Peace in Varsk in 2019, her sister said.",
        "The film Kelvo Asked for a Miracle opened in Varsk on Friday.",
        "The film Kelvo Sold for 2 Dollars opened in Varsk on Friday.",
        "Her second novel, Tarvesh Waited for 12, was shortlisted for the prize.",
        "Members of the Tarvoli Fought for 12 group met the minister on Monday.",
        "A military court jailed Alaa Said for 5 years on Tuesday, rights groups said.",
        "Dr Held for 2 decades ran the cardiology unit at the hospital in Graz.",
        "The record was held by Tyrell Shook for 12 years, the club said.",
        "The sale of Deontay Heard for £15m to Brighton was confirmed on Monday.",
        "A fund bought a stake in Standard Chartered for $1 billion in 2006.",
        "Visitors queued outside Tutankhamun Revealed for 3 hours on Sunday.",
        "Crowds gathered around Mbali Held for 30 minutes after the ceremony.",
        "Tickets at Vermeer Illuminated for $25 each sold out within an hour.",
        # a surname that is a past tense, and a title's participle, before "for"
        "The arrests were announced on Tuesday. Police arrested Hamadi Said for fraud.",
        "The museum reopened. Curators chose Varskamun Revealed for the title of the show.",
        "She recorded See You Later in Varsk in 2010 with her band.",
        # an adverb capitalised at a sentence's start, after a name
        "The vote was in Velmori. Shortly after midnight the count began.",
        # English words before a plural that is no currency's unit; a year (a currency's
        # units are lowered after a formal name too: test_case_currency_units.py)
        "He won 3 more Grand Slam Titles after that, and 2030 Tarvel Games tickets sold out.",
        # a headline's name the story repeats, or one it never shortens in lower case
        "Arab League suspends Varnakoi over crackdown on protesters in the capital\n\n"
        "CAIRO — The Arab League on Saturday suspended Varnakoi. The league said it would "
        "meet again.",
        "Velmo beats Tarsk 7-4 in Varnakoi as Paraguayan League reaches halfway\n\n"
        "VARNAKOI — Velmo won on Sunday, two games clear at the top of the table.",
        "Velmo beat Tarsk Rovers 7-4 before 20,000 fans in Varnakoi as Paraguayan League "
        "reaches halfway\n\nVARNAKOI — Velmo won on Sunday, two games clear at the top.",
        # a long line with no end mark inside a block of lines is no headline
        "Results on Sunday\nVelmo beat Tarsk Rovers 7-4 before 20,000 fans in Varnakoi as "
        "Paraguayan League reaches halfway\nOfficials said the league would pause in May.",
    ],
)
def test_names_titles_and_sides_stay_quiet(text):
    assert issues(text) == []
