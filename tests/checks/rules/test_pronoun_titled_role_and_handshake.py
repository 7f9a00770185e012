"""pronoun.gender: fresh_bt's one run.  A role that opens a paragraph may close on a title's
abbreviation before its name ("A police officer in the town, Sgt. "): the name is the
paragraph's new subject all the same, and those named before have left the stage.  The
hand someone shakes is another's.  Every name is invented."""

from __future__ import annotations

from tests.checks.rules.helpers import flagged_pronouns

OFFICER = (
    "The museum opened a new wing in May.\n\n"
    "The shire's mayor, Councillor Jonas Tamberg, said the fossils had changed the town. He "
    "said the volunteers had been among its best ambassadors.\n\n"
    "A police officer in the town, {title}Ilse Varnow, said {0} had started volunteering at "
    "the laboratory on her days off last year. She said the work had taught her patience."
)


def test_a_role_closing_on_a_title_brings_on_the_paragraphs_subject() -> None:
    assert flagged_pronouns(OFFICER.format("he", title="Sgt. ")) == ["he"]
    assert flagged_pronouns(OFFICER.format("she", title="Sgt. ")) == []


def test_without_the_title_the_role_did_so_already() -> None:
    assert flagged_pronouns(OFFICER.format("he", title="")) == ["he"]


HANDSHAKE = (
    "The count ended on Thursday night. Jonas Tamberg, a shipping agent, and Ilse Varnow, a "
    "teacher, had each received 1,184 votes.\n\n"
    "“I have never been so frightened of a piece of paper,” Ilse Varnow said afterward, "
    "surrounded by supporters who draped her in garlands. “The children taught me patience.\n\n"
    "“Today, I needed every bit of it.”\n\n"
    "Tamberg shook {0} hand on the stage and told the crowd that he accepted the result. He "
    "said he would not challenge it in court."
)


def test_the_hand_someone_shakes_is_anothers() -> None:
    assert flagged_pronouns(HANDSHAKE.format("her")) == []


def test_the_head_someone_shakes_is_their_own() -> None:
    text = HANDSHAKE.format("her").replace("shook her hand", "shook her head")
    assert flagged_pronouns(text) == ["her"]
