"""pronoun.gender: a "he" or "she" whom no one is named near, in a sentence whose subject is
the article's subject by the other pronoun, with no one else of its gender it could mean,
is the subject going on ("At 85 she was still running a class in the valley, where he
taught the children…"). Reported speech, quotations and a man or woman nearby (a husband,
a brother, an earlier pronoun) stay quiet. Invented names throughout."""

import pytest

from tests.checks.rules.helpers import pronoun_issues

OBIT = (
    "Tovilde Rasmark, weaver, dies at 91\n\n"
    "Tovilde Rasmark, who taught weaving in the valley for half a century, has died at 91, "
    "her family said.\n\n"
    "Rasmark opened her first workshop in 1958. She trained more than 400 students and "
    "wrote two books on plant dyes.\n\n"
    "{}"
)

MAN = (
    "Osvalde Kettering, boatbuilder, dies at 88\n\n"
    "Osvalde Kettering, who built wooden boats on the fjord for 60 years, has died at 88, "
    "his family said.\n\n"
    "Kettering opened his first yard in 1961. He built more than 300 boats and trained "
    "dozens of apprentices.\n\n"
    "{}"
)


run = pronoun_issues


def test_the_other_pronoun_after_a_clause_link_is_the_subjects():
    text = OBIT.format(
        "She won the national craft prize in 1990 and a medal in 2004. At 85 she was still "
        "running a weekly class at a school in Brandvollen, where he taught the children to "
        "dye wool with lichen."
    )
    (issue,) = run(text)
    assert text[issue.offset : issue.end] == "he"
    assert issue.replacements == ("she",)
    assert "Tovilde Rasmark" in issue.message


def test_a_man_s_obituary_the_same_way():
    text = MAN.format(
        "He won a prize for his designs in 1984. At 80 he still rowed to the yard every "
        "morning, and she worked there until dark."
    )
    (issue,) = run(text)
    assert text[issue.offset : issue.end] == "she"
    assert issue.replacements == ("he",)


@pytest.mark.parametrize(
    "paragraph",
    [
        # reported speech: she speaks of someone else
        "She won the national craft prize in 1990. At 85 she said he taught the children "
        "to dye wool with lichen.",
        "She won the national craft prize in 1990. At 85 she knew that he would take over "
        "the class.",
        "She won the national craft prize in 1990. At 85 she was still running the class, "
        "and she said he taught the children.",
        # a husband, a brother: a man she speaks of
        "She married a fisherman in 1961, and her husband built her looms until he died in 2003.",
        "She and her brother ran the workshop together; he kept the accounts.",
        # a quotation in the sentence may speak of anyone
        "At 85 she was still teaching, “and he never missed a class,” a neighbour said.",
        # a man's pronoun just before, in a quotation: someone else is on stage
        "She won the national craft prize in 1990. “He taught me everything,” she often "
        "said. At 85 she was still running a class in Brandvollen, where he taught the "
        "children.",
        # a man named just before
        "Her pupil Jorund Haskell won the national prize in 1999. At 85 she was still "
        "running the class, where he taught the children.",
        # a man named four sentences back, in the paragraph before
        "Her pupil Jorund Haskell won the national prize in 1999. He went on to teach in "
        "the north.\n\nShe won a medal in 2004. She also wrote a third book. At 85 she was "
        "still running the class, where he taught the children.",
        # an unnamed person who may be a man
        "A teacher from Vendrup joined her in 1990. At 85 she was still running the class, "
        "where he taught the children.",
        # "he or she" means whoever it may be
        "At 85 she was still running the class, where any child could sing if he or she wished.",
        # the pronoun of the subject's own gender
        "At 85 she was still running a weekly class at a school in Brandvollen, where she "
        "taught the children to dye wool.",
    ],
)
def test_near_misses_stay_quiet(paragraph: str):
    assert run(OBIT.format(paragraph)) == []


def test_a_headline_is_not_read():
    text = "She won, he lost\n\nThe vote went on late into the night in the hall."
    assert run(text) == []
