"""word.glued, glued27.

A name after a run of names and before a bracket that opens with a capital (a country, a
club: "5. Velna Tarvupolo (Namibia) 3:26:35") ends a person's name in a list of results: a
lost space leaves a word and then its clause, which a bracket does not follow.  Such a
surname was once split safely into a stub and a word ("Dich|one"; fresh_aq).
A glued name with its clause after it is still split.

Every example is invented, or a real name no pool uses."""

from __future__ import annotations

import pytest

from copydesk.checks.engine import Engine
from copydesk.checks.fixer import fix_text
from copydesk.checks.registry import REGISTRY

GLUED = Engine(checks=[REGISTRY.get("word.glued")])


@pytest.mark.parametrize(
    "text",
    [
        "Women's K1: 4. Ilse Velders (Tarvela) 3:22:09; 5. Velna Dichone (Namibia) 3:26:35.",
        "Men's K2: 2. Tarvo Nawel and Kelvo Hochone (Zambia) 2:43:21.",
        "Results: 5. Mutale Echone (Tarvela Canoe Club) 3:26:35.",
    ],
)
def test_a_surname_before_a_bracketed_country_stays_whole(text):
    assert GLUED.check_text(text) == []
    assert fix_text(GLUED, text).text == text


def test_a_surname_before_a_country_in_square_brackets_or_after_a_hard_space_stays_whole():
    text = "Results: 5. Velna Dichone\u00a0(Namibia) 3:26:35; 6. Kelvo Hochone [Zambia] 3:30:01."
    assert [i for i in GLUED.check_text(text) if i.safe] == []


@pytest.mark.parametrize(
    "text",
    [
        "Fisheries Minister Jonas Tambergsaid (Reuters) the plan would work.",
        "Jonas Tamberg and Ilse Varnowsaid (Reuters) they would appeal.",
    ],
)
def test_a_glued_verb_before_an_agency_in_brackets_is_still_split(text):
    assert fix_text(GLUED, text).text == text.replace("said", " said")


def test_a_glued_name_before_its_clause_is_still_split():
    text = "Fisheries Minister Jonas Ebrisaid (in a statement) the plan would work."
    issues = [i for i in GLUED.check_text(text) if text[i.offset : i.end] == "Ebrisaid"]
    assert issues and issues[0].replacements[0] == "Ebri said"
