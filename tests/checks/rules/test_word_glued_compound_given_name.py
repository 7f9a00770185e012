"""word.glued: a tail that is a given name and no English word ("Nur|muhammad", "Abdu|hanna")
is never written in lower case, so the token is a compound given name, not a name glued to
the next word (fresh_cg's `Imam Nurmuhammad Sattarov`).  Every surname is invented."""

import pytest

from tests.checks.rules.helpers import glued_splits

LEAD = "Council votes on lots\n\nVARSK, Tarvelia — Officials met on Monday.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Imam Nurmuhammad Tolkunov, who led the prayers, said the mosque was full.",
        "The shop was opened by Mohamedali Tarvelov in 1998.",
        # once offered as a tail of no word class
        "The committee's chair, Maria Abduhanna, will attend the talks.",
    ],
)
def test_a_compound_given_name_is_no_glue(sentence: str) -> None:
    assert glued_splits(LEAD + sentence) == []
