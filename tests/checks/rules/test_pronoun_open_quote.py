"""pronoun.gender: a quotation left open at a paragraph's end, as news style does when the
next paragraph goes on with it, is quoted to that paragraph's end, so its pronouns (the
speaker's talk of someone else) count for no one.  All names are invented."""

import pytest

from tests.checks.rules import helpers

run = helpers.pronoun_issues


QUOTE_OVER_TWO_PARAGRAPHS = (
    '"A farmer comes to us after a year and says he thought he was tired," Varnow said. '
    '"He is 35. He is not tired. He has the fever, and a month of pills would have cured '
    'him.\n\n"That is what the campaign is for. We want to find them early."'
)

QUIET = [
    "Dr. Xenavy Varnow, who heads the clinic, said many patients waited for months. The fever "
    "is easy to miss, she said.\n\n" + QUOTE_OVER_TWO_PARAGRAPHS,
    # curly quotes, and the quote runs over three paragraphs
    "Dr. Xenavy Varnow, who heads the clinic, said many patients waited for months. The fever "
    "is easy to miss, she said.\n\n“A farmer comes to us and says he is tired,” Varnow said. "
    "“He is 35. He is not tired.\n\n“He has the fever, and we could have cured him.\n\n“That "
    "is what the campaign is for.”",
]

FOUND = [
    "Dr. Xenavy Varnow, who heads the clinic, said many patients waited for months. The fever "
    "is easy to miss, she said.\n\n" + QUOTE_OVER_TWO_PARAGRAPHS + "\n\nVarnow said she "
    "would publish the results in the spring. «He» said the teams would then visit the "
    "villages.",
]


@pytest.mark.parametrize("text", QUIET)
def test_pronouns_in_a_quote_left_open_for_the_next_paragraph_count_for_no_one(text):
    assert run(text) == []


@pytest.mark.parametrize("marked", FOUND)
def test_a_slip_outside_the_quote_still_shows(marked):
    helpers.flags_only_the_mark("pronoun.gender", marked)


def test_a_quote_left_open_with_no_paragraph_reopening_it_stays_unquoted():
    from copydesk.checks.rules.pronoun import quote_spans

    text = 'He said "the boat is late.\n\nThe harbour was closed. "Go home," she said.'
    spans = quote_spans(text)
    assert [text[a:b] for a, b in spans] == ['"Go home,"']
    continued = 'He said "the boat is late.\n\n"Go home," she said.'
    assert [continued[a:b] for a, b in quote_spans(continued)] == [
        '"the boat is late.',
        '"Go home,"',
    ]
