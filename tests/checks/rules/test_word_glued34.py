"""word.glued: a place's name with "-er" or "-ers" is its people's noun, whole however the
split reads it (``Somalilanders``, read "Somali landers" and applied on fresh_de's clean
text); a glue's tail makes no known name of what stands before it ("Ghanafarmers").  A
name after a capitalised word and before an indefinite apposition of a person's role is a
person's, so its last word is a surname ("Doaa Elkholy, a dive guide": "Elk holy" was
offered).  Invented names but for well-known places."""

import pytest

from tests.checks.rules.helpers import glued_splits


@pytest.mark.parametrize(
    "text",
    [
        "Most of the money was raised by Somalilanders living abroad, mainly in Britain.",
        "The party is popular among Newfoundlanders and Icelanders alike.",
        "Tarvo Elkholy, a dive guide who has led groups for years, said the reef was full.",
        "Mira Kastenholz, an elderly fisherman's widow, said the boats were gone.",
    ],
)
def test_a_peoples_noun_and_a_described_name_stay_whole(text: str) -> None:
    assert glued_splits(text) == []


@pytest.mark.parametrize(
    ("text", "split"),
    [
        ("The co-operative is popular among Ghanafarmers in the north.", "Ghana farmers"),
        ("She met Anna Marquezminister, a lawyer, in May.", "Marquez, minister"),
        (
            "Tourists flock to the Rhone Valleybottom, a lush area where farmers work.",
            "Valley bottom",
        ),
        # a role that a reporting verb follows is a source, not an apposition; a surname in
        # "-ov" made of a name and a function word is a glue (review C)
        ("Floods cut off villages along the Tana Riverdelta, an aid worker said.", "River delta"),
        ("The storm flattened the Tacloban Citymarket, a local official said.", "City market"),
        ("The talks between Ivan and Ivanover the land lasted hours.", "Ivan over"),
        # an apposition after a glue inside the sentence, and a glue ending in "-ers" whose
        # rest is no everyday word (review E)
        ("Gunmen stormed Kano Citymarket, a trader who escaped said.", "City market"),
        ("Most of the new accounts belong to Americanusers of the app.", "American users"),
    ],
)
def test_glues_still_split(text: str, split: str) -> None:
    assert glued_splits(text)[0][1] == split
