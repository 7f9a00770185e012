"""pronoun.gender names the person without a word glued to their name (trial 20).

The run of capitals that names a person takes a glued word with it ("Ludovica
Pelloriniannounced"); the message named that as the person.  word.glued reads the glue,
and the message names "Ludovica Pellorini".  Every name here is invented.
"""

from __future__ import annotations

from tests.checks.rules.helpers import run


def _messages(text: str) -> list[str]:
    return [i.message for i in run("pronoun.gender", text)]


def test_the_message_names_the_person_without_the_glued_word() -> None:
    text = (
        "Transport councillor Ludovica Pelloriniannounced the plan to the press. She thanked"
        " the staff. He said the site would close by June."
    )
    [message] = _messages(text)
    assert "refers to Ludovica Pellorini," in message


def test_a_name_that_ends_in_a_word_is_named_whole() -> None:
    """The near misses: a surname built of words ("Goodwater", "Brenwhistle") is no glue."""
    for surname in ("Goodwater", "Brenwhistle"):
        text = (
            f"Transport councillor Ludovica {surname} presented the plan. She thanked the"
            " staff. He said the site would close by June."
        )
        [message] = _messages(text)
        assert f"refers to Ludovica {surname}," in message


def test_the_same_person_written_apart_is_named_alike() -> None:
    text = (
        "Transport councillor Ludovica Pellorini announced the plan to the press. She thanked"
        " the staff. He said the site would close by June."
    )
    [message] = _messages(text)
    assert "refers to Ludovica Pellorini," in message
