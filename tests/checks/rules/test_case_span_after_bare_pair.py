"""case.capitalised-noun: an apposition with "a" that is a span of time before a word of
lateness or earliness says when, no name's definition, after a bare pair behind a
preposition ("under", "during", "since" …, not "in") as after "a" and the pair, when the
noun names a state of rule or of things ("the island was still under Australian
Administration, a decade before independence", fresh_df's hold-out run;
resources/case/state_of_rule_nouns.txt): a business's name stays ("since Danish Crown, a
year ago", review 27d).  After "the" the
pair may still be a name ("the English Teacher, a year after the band formed")."""

import pytest

from tests.checks.rules.helpers import capitalised_noun_flags as _flags


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "The island was still under Australian Administration, a decade before 1968.",
            "Administration",
        ),
        ("They lived under British Rule, a century before independence.", "Rule"),
        # after "under" the pair is never its clause's subject (review 29d)
        ("Under Soviet Rule, a decade later, farms were merged.", "Rule"),
    ],
)
def test_a_span_of_time_after_a_bare_pair_defines_nothing(text: str, word: str) -> None:
    assert _flags(text) == [word]


@pytest.mark.parametrize(
    "text",
    [
        "The island was still under Australian administration, a decade before 1968.",
        "She joined the English Teacher, a year after the band formed.",
        "The band signed with Atlantic Records, a year after they formed.",
        "She moved to French Polynesia, a decade before the tests began.",
        # a business's name after a bare preposition (review 27d)
        "He worked in Irish Rail, a decade before joining the ministry.",
        "Prices had risen since Danish Crown, a year ago, cut its prices.",
        "Bills rose after British Gas, a year earlier, raised its tariffs.",
        # a body whose name ends as a state's does, the subject of its clause (review 28d)
        "Viewing figures slipped since Czech Television, a year ago, moved its bulletin.",
        # periods that style guides capitalise stay out of the list
        "The port grew under British Mandate, a decade before 1948.",
        # a person whose surname is a noun of rule (review 30d)
        "The violinist studied under Roman Law, a year before he retired.",
        # an adverb before the subject's verb, and a military body (review 29d)
        "Planning moved after European Command, a decade ago, first opened its desk.",
        "The base served under European Command, a decade before Africa Command was made.",
    ],
)
def test_near_misses(text: str) -> None:
    assert _flags(text) == []
