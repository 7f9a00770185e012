"""word.glued: a person's name set off by a comma, a dash or a bracket, or opening its line,
ends at a token before a mark; a split that leaves a noun after the name ("Mekdes Gebr eyes,
said") is no reading, so the token is the surname whole (fresh_cg's clean false alarms).
Near misses: an adverb, a pronoun, a clause word or a role noun glued there stays found.
A tail that is a given name and no English word ("Nur|muhammad") is never written in lower
case: the token is a compound given name.  Every surname is invented."""

import pytest

from tests.checks.rules.helpers import glued_splits

LEAD = "Council votes on lots\n\nVARSK, Tarvelia — Officials met on Monday.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "An adviser for a health agency, Dr. Zhanvera Gebreyes, said the results were good.",
        "An elder who spoke at the meeting, Aurvile Bonnetrouge, said she grew up there.",
        "The circle is now led by a former student — Yerkanat Harzallah.",
        "“We did not need posters,” said her campaign manager, Tolkabek Lamusong.",
    ],
)
def test_a_set_off_name_ending_before_a_mark_is_no_glue(sentence: str) -> None:
    assert glued_splits(LEAD + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "token"),
    [
        (
            "The delegation was led by Kim Myong Sikadmiral, and included two generals.",
            "Sikadmiral",
        ),
        ("The award went to the striker, Maria Lopeztoday, officials said.", "Lopeztoday"),
        ("The talks were led by the envoy, Jonas Tarvelhimself.", "Tarvelhimself"),
    ],
)
def test_an_adverb_pronoun_or_role_glued_there_is_still_found(sentence: str, token: str) -> None:
    assert [t for t, _, _ in glued_splits(LEAD + sentence)] == [token]


@pytest.mark.parametrize(
    "sentence",
    [
        "Imam Nurmuhammad Tolkunov, who led the prayers, said the mosque was full.",
        "The shop was opened by Mohamedali Tarvelov in 1998.",
        # once offered as a tail of no word class; "hanna" is a given name
        "The committee's chair, Maria Abduhanna, will attend the talks.",
    ],
)
def test_a_compound_given_name_is_no_glue(sentence: str) -> None:
    assert glued_splits(LEAD + sentence) == []
