"""pronoun.gender: whom someone marries is a person, even when an apposition names them by a
noun that may be a firm's ("He married Ama Tarsk, a cloth printer, …. She died in 2016": a
printer may be a machine or a company, but a wife is no thing).  Names are invented."""

from tests.checks.rules.helpers import flagged_pronouns

OBITUARY = (
    "Stamp carver Kofi Varsk dies at 85\n\n"
    "TARVEL, Ghana — Kofi Varsk, who carved printing stamps for 60 years, has died. He was "
    "85.\n\n"
    "Born in 1939, Varsk learned to carve from an uncle. He {verb} Ama Tarsk, a cloth printer, "
    "in 1962, and the couple worked side by side for more than 50 years. She died in 2016."
)


def test_a_wife_named_by_her_trade_is_someone_the_she_may_mean():
    assert flagged_pronouns(OBITUARY.format(verb="married")) == []


def test_a_name_a_trade_defines_as_a_firm_is_no_one():
    # the near miss: "sold stamps to" a cloth printer leaves the firm reading, and the
    # "She" has no one to mean but the carver
    text = OBITUARY.format(verb="sold stamps to")
    assert flagged_pronouns(text) == ["She"]
