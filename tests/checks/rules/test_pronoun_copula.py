"""pronoun.gender: a subject "he" or "she" the same clause calls a noun of the other gender.

"He is the first woman to lead the city" contradicts itself whoever the pronoun means, so it
is flagged even where the antecedent is unclear; the fix is offered, never applied.  Only
nouns that say the gender by themselves count ("woman", "mother"; not "chairman", which news
uses for women too), and only when articles, ordinals and adjectives stand between; after
"one of" or "among" the plural of such a noun says it too ("He was one of the first girls from
her village", a fresh_cz hold-out miss), but not a possessive or a hyphen's first part ("one
of the women's coaches", "one of the boys-only schools"), nor a group nothing sets apart
("one of the boys", an idiom, or a film's part; only a word that ranks or counts it, "first",
"few", "oldest", sets it apart, and only for "men", "women", "boys" and "girls") or one "of"
goes on ("one of the sons of the soil").

Every example is invented."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import pronoun_issues


@pytest.mark.parametrize(
    ("text", "word", "fix"),
    [
        (
            "Tarvela Osk, 46, was elected mayor after the Kelvo Alliance won nine seats. "
            "He is the first woman to lead the city.",
            "He",
            "She",
        ),
        ("Berit Lundvik joined the crew in May. He was the only woman on board.", "He", "She"),
        ("Omar Tesfamar won the race. She has been the fastest local man for years.", "She", "He"),
        (
            "Zangavi Ondotera was born in 1945. He was one of the first girls from the village to "
            "finish school.",
            "He",
            "She",
        ),
        ("Tavoli Kesmaru joined the choir. She is among the few men who sing there.", "She", "He"),
    ],
)
def test_a_pronoun_called_a_noun_of_the_other_gender_is_flagged(text, word, fix):
    [issue] = pronoun_issues(text)
    assert text[issue.offset : issue.end] == word
    assert issue.replacements == (fix,)
    assert not issue.safe


@pytest.mark.parametrize(
    "text",
    [
        "Berit Lundvik joined the crew in May. She was the only woman on board.",
        "Omar Tesfamar won the race. He is the woman's son, the coach said.",
        "Berit Lundvik runs the board. She is the chairman of the fund.",  # used for women too
        "Berit Lundvik spoke. “He is the first woman to do it,” she said of the team.",
        "Omar Tesfamar won. He is a man of few words and the fastest local runner.",
        "Zangavi Ondotera was born in 1945. She was one of the first girls to finish school.",
        "Tavoli Kesmaru joined the club. He was one of the women's coaches for a decade.",
        "Tavoli Kesmaru taught for years. He was one of the boys-only school's teachers.",
        # a singular after "one of" is no group's member: "one of the woman's sons"
        "Tavoli Kesmaru was born in 1960. He was one of the woman's three sons.",
        # a group nothing sets apart may be an idiom or a part, and "of" after it a phrase
        # (the review's probes)
        "Tavoli Kesmaru grew up with four brothers. She was one of the boys, they said.",
        "Tavoli Kesmaru acts in the film. In it she is one of the boys who steal a boat.",
        "Tavoli Kesmaru farmed all her life. She was one of the sons of the soil honoured.",
        "Tavoli Kesmaru signed it. She was among the men who signed the petition in May.",
        # a report between the copula and the group, a plural as a modifier, and a group
        # joined by "and" (the second review's probes)
        "Tavoli Kesmaru won by 12 votes. He was, one of the women on the committee said, the "
        "only candidate who had visited every ward.",
        "Tavoli Kesmaru coaches at the school. He is one of the new girls soccer coaches.",
        "Tavoli Kesmaru, 52, was appointed. She became one of the few men and women to hold "
        "both posts.",
        # a word that praises, not ranks, and a stage's or a title's noun (the third review's)
        "Tavoli Kesmaru owns six towers. She is one of the big boys in the property market.",
        "Tavoli Kesmaru plays in the pantomime. He is one of the finest dames in the country.",
        "Tavoli Kesmaru won the crown. He is one of the youngest queens in the contest.",
    ],
)
def test_a_noun_that_agrees_or_says_no_gender_stays_quiet(text):
    assert pronoun_issues(text) == []
