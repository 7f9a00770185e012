"""The layout checks: metadata, rights lines, agency credits, captions, pull quotes."""

from __future__ import annotations

import pytest

from copydesk.checks.apply import apply_edits
from copydesk.checks.engine import Engine
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import REGISTRY
from copydesk.checks.rules.layout._lines import removal_span
from tests.checks.rules.test_case import CLEAN_NEWS

LAYOUT_RULES = [
    "layout.metadata",
    "layout.copyright",
    "layout.agency-credit",
    "layout.caption",
    "layout.pull-quote",
]

CLEAN_WIRE = """Floods force thousands from their homes

Heavy rain caused rivers to burst their banks on Sunday, forcing thousands of people to leave.

"We lost everything," said Tomas Lindqvist. "The car, the furniture, the photos. Everything."

Roads and rail lines

Reuters could not confirm the figures. A Reuters/Ipsos poll found most people backed the plan.

Getty Images said it had removed the picture from its site after a complaint.

Copyright law protects photographs for 70 years after the death of the author.

The singer reserved all rights to the song, her lawyer said.

Kim Jong Un waved to the crowd.

The last flood of this size hit the region in 2002. "The state will be there for you," he said.

Updated figures show the river is still rising.
"""


def run(rule: str, text: str) -> list[Issue]:
    return [i for i in Engine(checks=[REGISTRY.get(rule)]).check_text(text) if i.rule == rule]


def fix(rule: str, text: str) -> str:
    return apply_edits(text, [i.edit() for i in run(rule, text)]).text


@pytest.mark.parametrize("rule", LAYOUT_RULES)
@pytest.mark.parametrize("text", [CLEAN_NEWS, CLEAN_WIRE])
def test_quiet_on_clean_text(rule, text):
    assert run(rule, text) == []


@pytest.mark.parametrize("rule", LAYOUT_RULES)
def test_layout_issues_are_flag_only_removals(rule):
    for example in REGISTRY.get(rule).examples:
        for issue in run(rule, example):
            assert issue.category is Category.LAYOUT
            assert not issue.safe
            assert issue.replacements == ("",)


# --- removing a line ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "after"),
    [
        ("A.\n\nLINE\n\nB.", "LINE", "A.\n\nB."),
        ("A.\nLINE\nB.", "LINE", "A.\nB."),
        ("A.\n\nLINE", "LINE", "A."),
        ("A.\n\nLINE\n", "LINE", "A.\n"),
        ("LINE\n\nB.", "LINE", "B."),
        ("LINE", "LINE", ""),
    ],
)
def test_removal_span_keeps_paragraph_rhythm(text, line, after):
    start = text.index(line)
    offset, length = removal_span(text, start, start + len(line))
    assert text[:offset] + text[offset + length :] == after


# --- layout.metadata -------------------------------------------------------------


def test_metadata_glued_to_headline_removes_only_the_prefix():
    text = " date 2023-09-12 The meeting between the delegations should lead to talks\n\nText."
    [issue] = run("layout.metadata", text)
    assert (issue.offset, issue.length) == (0, len(" date 2023-09-12 "))
    assert issue.message == "Metadata before the headline"
    assert fix("layout.metadata", text).startswith("The meeting between")


@pytest.mark.parametrize(
    "prefix",
    [
        "Date: 12/09/2023 ",
        "published 12 September 2023 ",
        "Updated: Sep 12, 2023, 10:45 GMT ",
        "posted Tuesday, 12 September 2023 ",
        "date 2023-09-12T08:30:00Z ",
        "url https://example.com/news/123 ",
    ],
)
def test_metadata_prefix_shapes(prefix):
    text = prefix + "Kim arrives in Russia\n\nText."
    assert len(run("layout.metadata", text)) == 1
    assert fix("layout.metadata", text) == "Kim arrives in Russia\n\nText."


def test_metadata_lines_at_top_and_bottom_are_removed_whole():
    text = (
        "Author: Jane Smith\nDate: 2023-09-12\n\nKim arrives in Russia\n\nThe train came."
        "\n\nTags: Russia, North Korea\nCategory: World\n"
    )
    issues = run("layout.metadata", text)
    assert len(issues) == 4
    assert {i.message for i in issues} == {
        "Metadata before the headline",
        "Metadata line after the article",
    }
    assert fix("layout.metadata", text) == "Kim arrives in Russia\n\nThe train came.\n"


@pytest.mark.parametrize(
    "text",
    [
        "Date night ideas for busy parents\n\nText.",
        "Kim arrives in Russia\n\nThe date 2023-09-12 was set by the Kremlin.",
        "Source: the ministry, which would not say more, said it was late.\n\nText.",
        "Kim arrives\n\nText.\n\nSource: the ministry, which would not say more.",
        "Kim arrives in Russia\n\nUpdated figures show the train was slower.",
        "Kim arrives in Russia\n\nAuthor: Jane Smith\n\nThe train came.",
        "By the end of 2023 the talks had failed\n\nText.",
    ],
)
def test_metadata_near_misses(text):
    assert run("layout.metadata", text) == []


# --- layout.copyright ------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "© Copyright IBTimes 2024. All rights reserved.",
        "Copyright © 2024 Example News Ltd",
        "(c) 2023 The Example Times",
        "All Rights Reserved.",
        "Copyright 2023 The Associated Press. All rights reserved. This material may not be "
        "published, broadcast, rewritten or redistributed.",
        "Reproduction without permission is prohibited.",
    ],
)
def test_copyright_lines(line):
    text = f"Headline\n\nThe story ends here.\n\n{line}"
    [issue] = run("layout.copyright", text)
    assert issue.message == "Copyright line"
    assert fix("layout.copyright", text) == "Headline\n\nThe story ends here."


def test_copyright_seed_footer_after_single_newline():
    text = 'He said: "I send my good wishes."\n© Copyright IBTimes 2024. All rights reserved.'
    [issue] = run("layout.copyright", text)
    assert issue.matched(text) == "\n© Copyright IBTimes 2024. All rights reserved."
    assert issue.confidence == pytest.approx(0.9)


# --- layout.agency-credit --------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "AFP",
        "Reuters",
        "REUTERS",
        "AP",
        "EFE",
        "dpa",
        "(AFP)",
        "— Reuters",
        "- AP",
        "AFP/Reuters",
        "With AFP",
        "Agence France-Presse",
        "(Reuters) ",
        "With AFP and AP",
        "By Reuters",
        "— Agencies",
        "(With agencies)",
        "EPA",
        "(EPA)",
        "(EPA-EFE)",
        # agencies no list names: any abbreviation in capitals alone in brackets
        "(WAM)",
        "[KUNA]",
        "(AP Photo)",
        "(AFP/ANP)",
    ],
)
def test_agency_credit_lines(line):
    text = f"Headline\n\nFor France, this trip is a sign of Russia's isolation.\n\n{line}"
    [issue] = run("layout.agency-credit", text)
    assert issue.message == "Agency credit line"
    assert fix("layout.agency-credit", text).endswith("Russia's isolation.")


def test_agency_credit_mid_text_has_lower_confidence():
    text = "Headline\n\nText.\n\nAFP\n\nMore text."
    [issue] = run("layout.agency-credit", text)
    assert issue.confidence < 0.9
    assert fix("layout.agency-credit", text) == "Headline\n\nText.\n\nMore text."


@pytest.mark.parametrize(
    "text",
    [
        "AFP\n\nThe story.",
        "Headline\n\nThe talks ended, AFP reported.",
        "Headline\n\nText.\n\nAp\n\nMore.",
        "Headline\n\nText.\n\nafp\n\nMore.",
        "Headline\n\nText.\n\nAFP reported it first.",
        "Headline\n\nText.\n\nReuters and others",
        # a roman numeral or a letter in brackets numbers a section or a list item
        "Headline\n\nThe first rule.\n\n(IV)\n\nThe fourth rule.",
        "Headline\n\nThe options.\n\n(A)\n\nThe first option.",
        # not in capitals, not alone, or not an abbreviation
        "Headline\n\nText.\n\n(Epa)\n\nMore.",
        "Headline\n\nText.\n\nThe (EPA) said so.\n\nMore.",
        "Headline\n\nText.\n\n(UPDATE 2: adds quotes)\n\nMore.",
        "(EPA)\n\nThe story.",
    ],
)
def test_agency_credit_near_misses(text):
    assert run("layout.agency-credit", text) == []


# --- layout.caption --------------------------------------------------------------

SEED_CAPTION = (
    "File-North Korean leader Kim Jong-un waves from his train as it leaves Khasan station, "
    "in the Primorye region, Russia, in April 2019. © Primorsky Regional Administration/Via AP"
)


@pytest.mark.parametrize(
    "line",
    [
        SEED_CAPTION,
        "Photo: Jane Doe/Reuters",
        "Supporters gather outside the court. (Getty Images)",
        "Kim Jong Un inspects a factory. REUTERS/Kim Hong-Ji",
        "Protesters in the capital on Monday. AP Photo/Jane Doe",
        "FILE PHOTO: Russian President Vladimir Putin attends a meeting in Moscow.",
        "Kim Jong Un waves to the crowd. Photo by John Smith/AFP",
        "Firefighters at work. Credit: Shutterstock",
        "Image caption, Kim Jong Un waves from his train",
        "Image source, Getty Images",
    ],
)
def test_caption_markers(line):
    text = f"Headline\n\nText of the story.\n\n{line}\n\nMore text."
    [issue] = run("layout.caption", text)
    assert issue.message == "Looks like a photo caption"
    assert issue.confidence >= 0.8
    assert fix("layout.caption", text) == "Headline\n\nText of the story.\n\nMore text."


@pytest.mark.parametrize(
    "line",
    [
        "Russian President Vladimir Putin.",
        "Kim Jong-Un leaving for Russia.",
        "President Emmanuel Macron speaking in Paris.",
        "Kim Jong Un.",
    ],
)
def test_caption_shapes_have_low_confidence(line):
    text = f"Headline\n\nText.\n\n{line}\n\nMore text."
    [issue] = run("layout.caption", text)
    assert issue.confidence <= 0.5


@pytest.mark.parametrize(
    "line",
    [
        "West on alert",
        "“Arms deal”",
        "‘Begging for help’",
        "Geopolitics seeks an old alignment.",
        "The Kremlin declined to comment.",
        "The meeting ended early.",
        "Putin, speaking at the forum, announced new measures.",
        "Officials declined to say more.",
        "Kim Jong Un waved to the crowd.",
        "“We will see,” he said.",
        "Nothing happened.",
        "Thousands marched.",
        # a contraction's verb: a sentence (real MT output's false alarm)
        "That's exciting potential.",
        "It's amazing stuff.",
    ],
)
def test_caption_near_misses(line):
    assert run("layout.caption", f"Headline\n\nText.\n\n{line}\n\nMore text.") == []


def test_caption_not_on_headline():
    assert run("layout.caption", "Russian President Vladimir Putin.\n\nText.") == []


def test_copyright_line_is_not_also_a_caption():
    text = "Headline\n\nText.\n\n© Copyright IBTimes 2024. All rights reserved."
    assert run("layout.caption", text) == []


# --- layout.pull-quote -----------------------------------------------------------

SEED_PULL = (
    "Headline\n\nPutin was not asked any questions about the visit.\n\n"
    "Our countries cooperate on sensitive issues that should not be the subject of public "
    "dissemination and announcements.\n\nThe Russian president said he will visit the "
    "cosmodrome.\n\n“Our countries cooperate on sensitive issues that should not be the subject "
    "of public broadcast and announcements,” Peskov told Russian media.\n\nMore text."
)


def test_pull_quote_flags_the_standalone_copy():
    [issue] = run("layout.pull-quote", SEED_PULL)
    assert issue.matched(SEED_PULL).startswith("Our countries cooperate")
    assert issue.message == "Same sentence repeated as a pull quote"
    [related] = issue.related
    assert related.text.startswith("“Our countries cooperate")
    assert SEED_PULL[related.offset : related.offset + related.length] == related.text
    fixed = fix("layout.pull-quote", SEED_PULL)
    assert fixed.count("Our countries cooperate") == 1
    assert "the visit.\n\nThe Russian president" in fixed


def test_pull_quote_without_quotes_needs_a_long_exact_repeat():
    sentence = (
        "The two leaders are sending a strong political message that they plan to support "
        "each other in the future"
    )
    text = f"Headline\n\n{sentence}.\n\nText.\n\nAnalysts agree. {sentence}, they say."
    [issue] = run("layout.pull-quote", text)
    assert issue.confidence == pytest.approx(0.8)


def test_pull_quote_after_the_quote_and_in_quotes():
    text = (
        "Headline\n\n“We will not hesitate to impose new sanctions if appropriate,” Miller said "
        "on Monday.\n\nThe talks went on.\n\n“We will not hesitate to impose new sanctions.”"
        "\n\nMore text."
    )
    [issue] = run("layout.pull-quote", text)
    assert issue.matched(text).startswith("“We will not hesitate to impose new sanctions.”")


@pytest.mark.parametrize(
    "text",
    [
        # A whole paragraph twice is a repetition, not a pull quote.
        "Headline\n\nThe talks went on for three more days in the city.\n\nThe talks went on "
        "for three more days in the city.",
        "Headline\n\nThe train crossed the border on Tuesday morning.\n\nThe convoy crossed the "
        "river on Monday evening after a long delay.",
        # Too short to tell.
        "Headline\n\nHe left.\n\nOur countries cooperate.\n\n“Our countries cooperate,” he said.",
        # A fact restated in a longer sentence, no quotes: not a pull quote.
        "Headline\n\nThe meeting will take place on Tuesday in Vladivostok.\n\nOfficials said "
        "the meeting will take place on Tuesday in Vladivostok, not in Moscow.",
        # Two sentences standing together are a paragraph, not a pull quote.
        "Headline\n\nThe train left on Sunday morning from the capital. It was slow.\n\n"
        "Officials said the train left on Sunday morning from the capital, and arrived late.",
    ],
)
def test_pull_quote_near_misses(text):
    assert run("layout.pull-quote", text) == []


# --- layout.fused-heading ----------------------------------------------------------


@pytest.mark.parametrize("dash", ["—", "–"])
def test_fused_heading_is_split_off_as_its_own_line(dash):
    text = (
        "Bridge costs double\n\nWork on the bridge began in 2019.\n\n"
        f"the cost of the project {dash} The authority said the budget had doubled since then."
    )
    [issue] = run("layout.fused-heading", text)
    assert issue.matched(text) == f"the cost of the project {dash} "
    assert issue.replacements == ("The cost of the project\n\n", "")
    assert not issue.safe
    assert fix("layout.fused-heading", text).endswith(
        "2019.\n\nThe cost of the project\n\nThe authority said the budget had doubled since then."
    )


def test_fused_heading_keeps_the_texts_paragraph_separator():
    text = "Headline\nWork began in 2019.\nthe cost of the project — The authority said it doubled."
    [issue] = run("layout.fused-heading", text)
    assert issue.replacements[0] == "The cost of the project\n"


def test_fused_heading_owns_the_paragraph_start_not_sentence_start():
    text = "Headline\n\nText.\n\nthe cost of the project — The authority said the budget doubled."
    assert run("case.sentence-start", text) == []
    assert len(run("layout.fused-heading", text)) == 1


@pytest.mark.parametrize(
    "paragraph",
    [
        "The cost of the project — The authority said the budget had doubled.",  # a capital
        "the minister — Kim's closest ally — said on Monday that talks would resume.",
        "the minister said the talks had failed — Officials disagreed.",  # a verb: a sentence
        "eBay shares rose — Amazon's fell by more than a tenth on Monday.",
        "the cost, the delay and the risk — The authority listed them all.",  # commas
        "the cost of the project — the authority said the budget had doubled.",
        "the cost of the project — The",  # no sentence after the dash
    ],
)
def test_fused_heading_near_misses(paragraph):
    assert run("layout.fused-heading", f"Headline\n\nText.\n\n{paragraph}\n\nMore text.") == []


# --- layout.boilerplate ------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Click here to subscribe to our newsletter.",
        "Click here to read the full report",
        "Tap here for the latest updates.",
        "Subscribe to our newsletter.",
    ],
)
def test_boilerplate_prompts(line):
    text = f"Headline\n\nText of the story.\n\n{line}\n\nMore text."
    [issue] = run("layout.boilerplate", text)
    assert issue.matched(text).startswith(line)


@pytest.mark.parametrize(
    "line",
    [
        "Readers who click here will find the ruling, the court said.",
        "Clicking on links in the e-mail led to the theft, police said.",
        "The newspaper asked readers to subscribe to its newsletter, which has 20,000 readers.",
    ],
)
def test_boilerplate_near_misses(line):
    assert run("layout.boilerplate", f"Headline\n\nText.\n\n{line}\n\nMore text.") == []


@pytest.mark.parametrize(
    "line",
    [
        "Share this story: Facebook | X | Email",
        "Share on Facebook | Share on X | WhatsApp",
        "Posted by: glassdesk | 4 May 2031 | 12 comments",
        "Posted by quilldesk | 4 May 2031",
        "Read more:",
        "See also",
        "Related stories:",
        "27 comments",
    ],
)
def test_boilerplate_web_furniture_lines(line):
    text = f"Headline\n\nText of the story.\n\n{line}\n\nMore text."
    [issue] = run("layout.boilerplate", text)
    assert issue.matched(text).startswith(line)


def test_boilerplate_link_lines_go_with_their_heading():
    text = (
        "Headline\n\nText of the story.\n\nRead more:\n- Glaziers vote to strike\n"
        "- Tinsmiths return to the guild hall\n\nMore text."
    )
    found = [i.matched(text).strip() for i in run("layout.boilerplate", text)]
    assert found == [
        "Read more:",
        "- Glaziers vote to strike",
        "- Tinsmiths return to the guild hall",
    ]
    headlines = "Headline\n\nText.\n\nRelated:\nGlaziers vote to strike\nTinsmiths return\n\nMore."
    assert len(run("layout.boilerplate", headlines)) == 3


@pytest.mark.parametrize(
    "text",
    [
        # A paragraph after the heading's blank line is the story again.
        "Headline\n\nText.\n\nRead more:\n\nGlaziers voted to strike on Monday.\n\nMore.",
        # Prose under a heading, not a link.
        "Headline\n\nText.\n\nRelated:\nThe glaziers voted to strike on Monday, he said.",
    ],
)
def test_boilerplate_link_lines_near_misses(text):
    issues = run("layout.boilerplate", text)
    assert [i.matched(text).strip() for i in issues] == [text.split("\n\n")[2].split("\n")[0]]


@pytest.mark.parametrize(
    "line",
    [
        "Facebook said it would appeal the fine.",
        "Posted by his brother, the video went viral.",
        "See also the glaziers' report, he said.",
        "Related charges against the tinsmith were dropped.",
        "Email was the only way to reach the glaziers.",
        "The post drew 27 comments in an hour.",
    ],
)
def test_boilerplate_web_furniture_near_misses(line):
    assert run("layout.boilerplate", f"Headline\n\nText.\n\n{line}\n\nMore text.") == []


# --- layout.agency-credit: staff credits ---------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "(Reporting by Jo Quillane; Editing by Al Awlbury)",
        "(Additional reporting by Jo Quillane in Brannoch and Per Awl; Writing by Al Awlbury)",
        "Compiled by the Brannoch Glaziers' Desk",
        "[Reporting by Jo Quillane, editing by Al Awlbury]",
        "Quillwire contributed to this report.",
        "The Brannoch Evening Post contributed reporting.",
        "Quillwire and Awlnews contributed to this report. For more news, follow us on X.",
        "Additional reporting by K. Velmorn in Osterquay; Editing by A. B. Awlbury.",
    ],
)
def test_staff_credit_lines(line):
    text = f"Headline\n\nText of the story.\n\n{line}\n\nMore text."
    [issue] = run("layout.agency-credit", text)
    assert issue.matched(text).strip() == line


@pytest.mark.parametrize(
    ("paragraph", "credit"),
    [
        (
            "The glaziers went home. (Reporting by Jo Quillane; Editing by Al Awlbury)",
            " (Reporting by Jo Quillane; Editing by Al Awlbury)",
        ),
        (
            "The glaziers went home. Quillwire contributed to this report.",
            " Quillwire contributed to this report.",
        ),
        # An initial does not end the credit's sentence (checks/tokens.py's splitter).
        (
            "The glaziers went home. Additional reporting by K. Velmorn.",
            " Additional reporting by K. Velmorn.",
        ),
        (
            "The glaziers went home. Additional reporting by K. Velmorn in Osterquay;"
            " Editing by A. B. Awlbury",
            " Additional reporting by K. Velmorn in Osterquay; Editing by A. B. Awlbury",
        ),
    ],
)
def test_staff_credit_closing_a_paragraph_goes_alone(paragraph, credit):
    text = f"Headline\n\nText.\n\n{paragraph}"
    [issue] = run("layout.agency-credit", text)
    assert issue.matched(text) == credit
    assert fix("layout.agency-credit", text) == "Headline\n\nText.\n\nThe glaziers went home."


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by the Brannoch paper showed the glaziers had lied.",
        "Editing by Al Awlbury was careful, the glaziers said.",
        "Quillwire contributed to this report, its editor said.",
        "Jo Quillane, Per Awl, Al Awlbury, Ed Tin and Bo Glass contributed to this report.",
        "Many readers contributed to this report.",
        "He thanked the glaziers (reporting by hand) and left.",
        "The glaziers went home (reporting by Jo Quillane) early.",
        "The glaziers went home. Reporting by K. Velmorn showed they had lied.",
        "The glaziers went home. Editing by K. Velmorn was careful, they said.",
        "The glaziers thanked K. Velmorn. Additional reporting by hand was slow.",
    ],
)
def test_staff_credit_near_misses(line):
    assert run("layout.agency-credit", f"Headline\n\nText.\n\n{line}\n\nMore text.") == []


# --- layout.caption: credits of the wire's shape, any agency --------------------------


@pytest.mark.parametrize(
    "line",
    [
        "A glazier fits a pane in Brannoch on May 4, 2031. QUILLWIRE/Jo Quillane",
        "A glazier fits a pane in Brannoch on May 4, 2031. Jo Quillane / QUILLWIRE",
        "A glazier fits a pane in Brannoch. Photo: Jo Quillane / Quillwire",
        "QUILL-AWL/Jo Quillane",
    ],
)
def test_caption_credit_shape_of_an_unknown_agency(line):
    text = f"Headline\n\nText of the story.\n\n{line}\n\nMore text."
    [issue] = run("layout.caption", text)
    assert issue.matched(text).startswith(line)


@pytest.mark.parametrize(
    "line",
    [
        "The glaziers' AC/DC tribute band played until midnight in Brannoch, he said.",
        "Trading in Brannoch resumed on Monday. EUR/USD rates were steady.",
        "The glaziers backed the deal. The QUILL/Awl merger is due in May.",
        "The glaziers backed the deal, said Jo Quillane of QUILLWIRE.",
    ],
)
def test_caption_credit_shape_near_misses(line):
    assert run("layout.caption", f"Headline\n\nText.\n\n{line}\n\nMore text.") == []
