"""pronoun.gender: in a sentence with pronouns of both genders the more frequent one is
taken for the subject's, unless the first is "he" or "she" right after a reporting verb whose
speaker, a name, opens the sentence: "Bonev, 66, said he had voted for her because she had
answered" is his vote, and her two pronouns are the candidate's (fresh_do's blind run, where
the majority made the man a woman and flagged his next "he").  Only when the speaker's votes
from other sentences are of that pronoun's gender alone, and no title, given name or name
form says otherwise: the pronoun after "said" may be the slip (review 43a).  Every name is
invented."""

from __future__ import annotations

from tests.checks.rules.helpers import flagged_pronouns

VOTER = (
    "\u201cWhen she was nine she borrowed my plane and cut her hand,\u201d Orlikov said. "
    "\u201cI did not think she would be mayor.\u201d\n\n"
    "The by-election was called after the previous mayor left office to take a post in the "
    "regional administration, and the winner serves only until the next regular elections.\n\n"
    "That leaves Orlikova less than a year in office. The town's budget for 2027 is about 9.4 "
    "million euros, the first drawn up entirely in euros.\n\n"
    "Zhelyo Tenev, 66, who runs a guesthouse on the town's main square, said {0} had voted for "
    "her because she had answered every question at a public debate last month, \u201ceven "
    "the silly ones, and there were many silly ones.\u201d\n\n"
    "\u201cWe have had mayors who talked well. We have had mayors who built roads,\u201d {1} "
    "said. \u201cWe have not had a mayor who listens.\u201d"
)


def test_the_speakers_pronoun_votes_and_the_others_do_not() -> None:
    assert flagged_pronouns(VOTER.format("he", "he")) == []


def test_a_speakers_slip_against_her_votes_elsewhere_is_still_flagged() -> None:
    # her later "She" votes against the "he" after "said", which is the slip (review 43a)
    text = (
        "ULAANBAATAR — A herder has won a court case against a mining company over a "
        "poisoned well.\n\n"
        "Oyunaa Tserendash, 39, lost 200 goats in 2024. Tserendash said he had spent her "
        "savings on lawyers and had sold her horses to pay them.\n\n"
        "She will use the compensation to buy new goats."
    )
    assert flagged_pronouns(text) == ["he"]
