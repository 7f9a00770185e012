"""word.glued: "out", "over" or "under" before an inflected verb is a verb English makes as
it needs them ("outsprinting", "overstaffed"), so no split past the particle reads it: "outs
printing" was offered on clean sports copy (fresh_cs).  A split inside the particle is still
a glue ("of|flights": "off" and "lights" make no word here), and so is one past a particle
that makes few verbs ("forest|rains")."""

import pytest

from tests.checks.rules.helpers import run

LEAD = "Constable wins road race\n\nCHARLESTOWN, Nevis — "


def _glued(text: str) -> list[str]:
    return [i.matched(text) for i in run("word.glued", text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "He won by eight seconds, outsprinting the two-time champion along the waterfront.",
        "The two-time champion was outsprinted along the waterfront on Saturday.",
    ],
)
def test_a_particle_verb_is_no_glue(sentence: str) -> None:
    assert _glued(LEAD + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "glue"),
    [
        ("The airline cancelled dozens offlights on Monday.", "offlights"),
        ("Residents complained offailing street lights for months.", "offailing"),
        # "fore", "up" and "back" make few new verbs: a longer word past them is read
        ("The forestrains had come late that year.", "forestrains"),
    ],
)
def test_a_split_inside_the_particle_is_still_a_glue(sentence: str, glue: str) -> None:
    assert _glued(LEAD + sentence) == [glue]
