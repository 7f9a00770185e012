"""pronoun.gender: a "his" or "her" that opens a paragraph is the article's subject's when
the subject is of its gender ("His wife of 58 years, …" in an obituary, after a paragraph
that quotes a woman)."""

from tests.checks.rules.helpers import pronoun_issues

OBIT = (
    "Tomasz Wirkowski, accordion maker, dies at 88\n\n"
    "Tomasz Wirkowski, who built accordions in his workshop for 60 years, has died at 88, "
    "his family said.\n\n"
    "Wirkowski trained more than 200 apprentices. He asked for nothing but punctuality.\n\n"
    "The guild's president, Maria Ozmundt, said the town would observe a day of mourning. "
    "She said his first accordion would be shown at the museum.\n\n"
    "“He never wanted to be famous,” Ozmundt said.\n\n"
    "{}"
)


run = pronoun_issues


def test_an_opening_possessive_is_the_subjects():
    assert run(OBIT.format("His wife of 58 years, Elena Wirkowska, died in 2020.")) == []


def test_a_possessive_inside_the_paragraph_is_still_judged():
    text = OBIT.format("Ozmundt went on. His wife of 58 years died in 2020.")
    (issue,) = run(text)
    assert issue.matched(text) == "His" and "Maria Ozmundt" in issue.message


SINGER_OBIT = (
    "Lisvana Tordeau, singer, dies at 84\n\n"
    "Lisvana Tordeau, who sang on the island's beaches for half a century, died on Sunday. "
    "She was 84.\n\n"
    "{}"
)


def test_the_paragraphs_subject_pronoun_keeps_the_stage_through_an_aside():
    # the husband comes in as an aside; the paragraph is about "she"
    text = SINGER_OBIT.format(
        "In 1960 she married Jonas Tordeau, a fisherman from the bay. He died in 1998. For "
        "most of her career she worked in a factory and sang at weekends."
    )
    assert run(text) == []


def test_a_possessive_in_the_paragraphs_opening_phrase_is_the_subjects():
    """fresh_bi's false alarm once its wife's given name was known: "For most of his life,
    the trade was a local one" after a paragraph that ends on the subject's wife."""
    text = OBIT.format("For most of his life, the trade was a local one.")
    assert run(text) == []


def test_a_possessive_past_the_opening_phrase_is_still_judged():
    text = OBIT.format("For most of the year his trade was a local one.")
    (issue,) = run(text)
    assert issue.matched(text) == "his"
