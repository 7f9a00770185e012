"""Checks that judge what text says read it with mojibake repaired (copydesk.checks.reading)."""

from __future__ import annotations

import pytest

from copydesk.checks.engine import Engine
from copydesk.checks.fixer import fix_text
from copydesk.checks.model import Category, Issue
from copydesk.checks.reading import read
from copydesk.checks.registry import REGISTRY
from copydesk.checks.settings import LanguageToolSettings, Settings
from tests.checks.rules.helpers import run

# A body paragraph whose accents were read as Windows-1252: "Ã©" holds a "©".
GARBLED = (
    "Budget talks resume\n\n"
    "Parliament met on Tuesday to debate the plan.\n\n"
    "The cafÃ© owners' group said the cut was too small. Its head, AndrÃ© Dubois, "
    'called it "a lost chance".\n\n'
    "The vote is due next week."
)
REPAIRED = GARBLED.replace("Ã©", "é")


def test_reading_maps_spans_back_over_whole_damaged_sequences():
    text = "A cafÃ© and a crÃ¨me brÃ»lÃ©e."
    reading = read(text)
    assert reading.text == "A café and a crème brûlée."
    assert [text[s:e] for s, e, _, _ in reading.repairs] == ["Ã©", "Ã¨", "Ã»lÃ©"]
    cafe = reading.text.index("café")
    issue = Issue(cafe, 4, "x", Category.WORD, "m")
    moved = reading.original(issue)
    assert moved.matched(text) == "cafÃ©"
    # A span that starts inside a repaired character takes in its whole sequence.
    inside = reading.original(Issue(cafe + 3, 1, "x", Category.WORD, "m"))
    assert inside.matched(text) == "Ã©"
    after = reading.text.index("and")
    assert reading.original(Issue(after, 3, "x", Category.WORD, "m")).matched(text) == "and"
    assert reading.original(Issue(after, 0, "x", Category.WORD, "m")).offset == text.index("and")


def test_plain_text_reads_as_itself():
    assert read("Zürich and São Paulo.").repairs == ()
    assert read("plain ascii").text == "plain ascii"


def test_garbled_body_paragraph_is_not_a_caption():
    assert run("layout.caption", GARBLED) == []
    assert run("layout.caption", REPAIRED) == []


def test_garbled_caption_is_still_removed_whole():
    text = "Headline\n\nText of the story.\n\nPhoto: JosÃ© Garcia/Reuters\n\nMore text."
    [issue] = run("layout.caption", text)
    assert issue.matched(text) == "Photo: JosÃ© Garcia/Reuters\n\n"


def test_fix_all_repairs_the_mojibake_and_keeps_the_paragraph():
    engine = Engine(Settings(languagetool=LanguageToolSettings(enabled=False)))
    assert fix_text(engine, GARBLED, apply_all=True).text == REPAIRED


@pytest.mark.parametrize(
    "text",
    [
        # "â€\x9d" is a closing quote: no comma without a space, no unclosed quotation.
        "“We have never seen this,â€\x9d she said.\n\nThe mayor agreed.",
        "â€œWe have never seen this,â€\x9d she said.\n\nThe mayor agreed.",
    ],
)
def test_grammar_engine_reads_garbled_quotes_as_quotes(text):
    assert run("grammar.harper", text) == []


def test_checks_that_judge_meaning_read_repaired_text():
    judged = {c.id for c in REGISTRY.all() if c.reads_repaired}
    assert {"layout.caption", "layout.boilerplate", "grammar.harper", "lt"} <= judged
    # The encoding checks must see the damage itself.
    assert not any(c.reads_repaired for c in REGISTRY.all() if c.id.startswith("encoding."))


def test_places_in_the_same_text_are_moved_back_too():
    quote = "Our harbours cooperate on sensitive matters that should not be the subject of talk."
    text = (
        "Headline\n\nThe cafÃ© owners met on Monday.\n\n"
        f"{quote}\n\nThe minister said he will visit the port.\n\n"
        f"“{quote[:-1]},” the spokesman told Ã‰cho FM.\n\nMore text."
    )
    [issue] = run("layout.pull-quote", text)
    assert issue.matched(text).startswith(quote)
    [place] = issue.related
    assert text[place.offset : place.offset + place.length].endswith("Ã‰cho FM.")


def test_pronoun_inside_garbled_quotes_is_read_as_quoted():
    text = (
        "Chess final\n\nIsla Kerr won the title.\n\nHer coach, Andrew Stirling, said she had "
        "prepared for months. He said she had studied Lindsay’s games and expected him to "
        "choose a sharp opening. â€œShe was ready for everything,â€\x9d Stirling said. "
        "â€œWhat impressed me most was how calm she stayed when the "
        "position got complicated.â€\x9d\n"
    )
    assert run("pronoun.gender", text.replace("â€œ", "“").replace("â€\x9d", "”")) == []
    assert run("pronoun.gender", text) == []
