"""A copy editor's trial on scraped wire copy: template metadata lines with pipe-separated
fields, newsletter prompts, reduplicated idioms ("door to door to"), and a noun-phrase
subject repeated by a capitalised pronoun.  Invented text throughout."""

import pytest

from copydesk.checks.apply import apply_edits
from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY


def run(rule: str, text: str):
    return [i for i in Engine(checks=[REGISTRY.get(rule)]).check_text(text) if i.rule == rule]


HEAD = "Orvale ferry delayed\n\nThe ferry left late on Monday.\n\n"
MIDDLE = HEAD + "{}\n\nIt docked at noon."
TOP = "{}\n" + HEAD + "It docked at noon."
END = HEAD + "It docked at noon.\n\n{}"

# --- layout.metadata: a line of template fields ------------------------------------

FIELD_LINES = [
    "Posted 03 Dec 2025 07:42 GMT | By Desk Writer | Tags: ferries, harbours",
    "By Travel Desk | 4 March 2025 | 6 min read",
    "Filed under: Ports, Transport | Updated Mar. 4, 2025 11:05 ET",
    "By Jane Quell · 4 March 2025",
    "Reading time: 5 min | By Jane Quell and Tom Quell",
]


@pytest.mark.parametrize("line", FIELD_LINES)
@pytest.mark.parametrize("where", [TOP, MIDDLE, END])
def test_line_of_metadata_fields_is_removed_whole(line, where):
    text = where.format(line)
    (issue,) = run("layout.metadata", text)
    assert line in issue.matched(text) and not issue.safe
    out = apply_edits(text, [issue.edit()]).text
    assert line not in out and "The ferry left late on Monday." in out
    assert "\n\n\n" not in out


@pytest.mark.parametrize(
    "line",
    [
        "Opinion | Why the ferry matters to Orvale",  # a headline's section label
        "World | Orvale ferry delayed again",
        "2024 | 5.3 | 4.1",  # a table row
        "Route | Boats | Delay",
        "The ferry | the port and the town all waited.",  # a sentence with a pipe
        "Ferries | By the way, nobody asked the crews",
        "By Jane Quell | the crews waited for hours in the rain.",
        "Updated figures | Why the crews waited for hours",
    ],
)
@pytest.mark.parametrize("where", [MIDDLE, END])
def test_piped_line_with_a_part_that_is_no_field_stays(line, where):
    assert run("layout.metadata", where.format(line)) == []


# --- layout.boilerplate: newsletter prompts -----------------------------------------

PROMPTS = [
    "Sign up for our evening newsletter to get the week's best reads.",
    "Subscribe to the Orvale Ledger briefing for the latest ferry news.",
    "Want more stories like this? Sign up to our free newsletter.",
    "Get our weekly digest delivered to your inbox every Friday.",
]


@pytest.mark.parametrize("line", PROMPTS)
@pytest.mark.parametrize("where", [MIDDLE, END])
def test_newsletter_prompt_is_boilerplate(line, where):
    text = where.format(line)
    (issue,) = run("layout.boilerplate", text)
    assert line in issue.matched(text)
    assert line not in apply_edits(text, [issue.edit()]).text


@pytest.mark.parametrize(
    "line",
    [
        "The council will sign up 300 households for its recycling newsletter.",
        "Register for the newsletter was closed, officials said, after a glitch.",
        "Subscribers to the newsletter complained about the ferry timetable.",
        "Residents can sign up for text alerts on the council website.",
        "Sign up for the newsletter, the mayor urged, was slow at first.",
    ],
)
def test_sentence_reporting_a_newsletter_stays(line):
    assert run("layout.boilerplate", MIDDLE.format(line)) == []


# --- repeat.phrase: reduplicated idioms ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers went door to door to make sure every flat had heard the warning.",
        "The river rose day by day by the old mill.",
        "Week after week after the flood the crews returned.",
        "Year after year after year the dam held.",
        "The pair walked side by side by the canal.",
        "They walked hand in hand in the rain.",
        "The envoys met face to face to settle it.",
        "Exports rose quarter on quarter on strong demand.",
        "The clerk copied it word for word for the archive.",
        "Inspectors checked page by page by hand.",
    ],
)
def test_reduplicated_idiom_before_the_same_link_is_no_repeat(text):
    assert run("repeat.phrase", text) == []


@pytest.mark.parametrize(
    ("text", "copy"),
    [
        ("It improved access to access to water.", " access to"),
        ("The goal was followed by followed by a red card.", " followed by"),
        ("The demand for demand for grain fell.", " demand for"),
        ("The rise in rise in prices worried them.", " rise in"),
    ],
)
def test_phrase_with_a_link_written_twice_is_still_a_repeat(text, copy):
    (issue,) = run("repeat.phrase", text)
    assert issue.matched(text) == copy


def test_fix_all_keeps_door_to_door():
    text = "Volunteers went door to door to make sure every flat had heard."
    engine = Engine()
    issues = [i for i in engine.check_text(text) if i.rule.startswith("repeat.")]
    assert issues == []


# --- word.duplicated-subject: a noun-phrase subject ---------------------------------


@pytest.mark.parametrize(
    ("text", "subject", "pronoun"),
    [
        (
            "Talks ended.\n\nThe ministers They also agreed to share ferry data.",
            "The ministers",
            "They",
        ),
        ("The minister He said the port would reopen.", "The minister", "He"),
        (
            "The deputy minister She told reporters the ferry was late.",
            "The deputy minister",
            "She",
        ),
        (
            "Ferries ran late. The two envoys They met in Orvale on Monday.",
            "The two envoys",
            "They",
        ),
        ("The spokesmen They declined to comment.", "The spokesmen", "They"),
    ],
)
def test_noun_subject_repeated_by_an_agreeing_pronoun_is_offered(text, subject, pronoun):
    (issue,) = run("word.duplicated-subject", text)
    assert issue.matched(text) == " " + pronoun and not issue.safe
    assert f"'{subject}'" in issue.message
    fixed = apply_edits(text, [issue.edit()]).text
    assert f"{subject} {pronoun} " not in fixed and f"{subject} " in fixed


@pytest.mark.parametrize(
    "text",
    [
        "The ministers they met said the port would reopen.",
        "Told the news, the minister he had appointed resigned.",
        "The Ministers They Forgot\n\nText of the story here.",  # a headline
        "The minister He trusted\n\nText of the story here.",  # a headline, no full stop
        "The ministers He said were late.",  # number does not agree
        "The minister They said was late.",
        "The report He wrote was late.",  # no person
        "The queen He met was late.",  # gender does not agree
        "Ferries ran late and the ministers They met went home.",  # not a sentence start
        "The ministers They and the envoys agreed.",  # no verb after the pronoun
    ],
)
def test_noun_subject_near_misses_stay_quiet(text):
    assert run("word.duplicated-subject", text) == []
