"""pronoun.gender: fresh_bw's blind run.  A paragraph that opens with the article's subject's
"she" after someone else's quotation is hers, unless it reports; a reflexive after a kin noun
("calls her brother herself") leaves the brother someone; "one of the few weavers" after a
copula is the subject again; an opening role may have its own apposition before the name.
Every name is invented."""

from __future__ import annotations

from tests.checks.rules.helpers import flagged_pronouns

OBITUARY = (
    "Ilse Tamberg, weaver who put the seasons into wool, dies at 86\n\n"
    "VARSK, Tarvelia \u2014 Ilse Tamberg, a weaver whose tapestries hang in galleries, died on "
    "Monday. She was 86.\n\n"
    "Tamberg taught weaving to dozens of younger women.\n\n"
    "She walked to the studio every working day until she was 80, her son said.\n\n"
    "\u201cPeople offered her rides every morning,\u201d Jonas Tamberg said. \u201cShe said "
    "walking was how she thought.\u201d\n\n"
    "{0} a national award for craft in 2011."
)


def test_the_subjects_pronoun_opening_a_paragraph_after_a_quotation_is_hers() -> None:
    assert flagged_pronouns(OBITUARY.format("She received")) == []
    assert flagged_pronouns(OBITUARY.format("She said she had won")) == ["She"]


def test_with_the_other_gender_in_its_sentence_the_opener_is_read() -> None:
    # the son's "He" made "She" beside his own "he" and "his" (the review)
    text = OBITUARY.format("She took over the studio after he had retired, and he won")
    assert flagged_pronouns(text)[:1] == ["She"]


REVIEW = (
    "The play opened on Friday.\n\n"
    "In the final scene Ilse Varnow picks up the phone and calls her brother herself. We hear "
    "only her side of the conversation. We never learn what {0} says."
)


def test_a_reflexive_after_a_kin_noun_leaves_the_kin_someone() -> None:
    assert flagged_pronouns(REVIEW.format("he")) == []


CURATOR = (
    "Ilse Tamberg, weaver who put the seasons into wool, dies at 86\n\n"
    "VARSK, Tarvelia \u2014 Ilse Tamberg, a weaver, died on Monday. She was 86.\n\n"
    "Dr. Marguerite Osk, a curator who wrote about her work, said Tamberg was one of the few "
    "weavers who had lived the camp life her tapestries showed. {0} said the weavers rarely "
    "received attention."
)


def test_one_of_the_few_after_a_copula_is_the_subject_again() -> None:
    assert flagged_pronouns(CURATOR.format("He")) == ["He"]


FOREMAN = (
    "The tannery's profit rose 27% last year.\n\n"
    "The tannery's longest-serving worker, a foreman in the finishing room who started at "
    "the plant at 17, Jonas Tamberg, said the work had changed less than people thought. "
    "Tamberg's hands are stained brown from the dyes, and {0} still checks every skin by "
    "running his palm over it.\n\n"
    "\u201cA machine can tell you the thickness,\u201d he said. He said he would retire in May."
)


def test_an_opening_role_with_its_own_apposition_is_the_names() -> None:
    assert flagged_pronouns(FOREMAN.format("she")) == ["she"]
    assert flagged_pronouns(FOREMAN.format("he")) == []


def test_an_apposition_naming_another_by_of_leaves_the_role_someone() -> None:
    text = (
        "A car hit a wall near the school on Monday.\n\n"
        "The driver, a former pupil of the school's longtime headmistress, Ilse Varnow, was "
        "not hurt, police said. He was released on bail on Tuesday."
    )
    assert flagged_pronouns(text) == []
