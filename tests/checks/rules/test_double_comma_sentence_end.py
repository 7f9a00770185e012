"""punct.double: a doubled comma where a sentence ends is no safe "," fix.

Trial 20: a table segment ending "…that year,," (its source ends with ".") got the safe
fix "year," — a segment ending in a comma.  Where the paragraph or segment ends, or a
capitalised closed-class word opens the next sentence, the doubled comma likely stood
for a period: "." is offered first (the source's final mark where there is a source),
"," second, and neither is applied unreviewed.
"""

from __future__ import annotations

import pytest

from copydesk.checks.bilingual.runner import check_pair
from copydesk.checks.registry import REGISTRY
from tests.checks.rules.helpers import fixed, run

DOUBLE = REGISTRY.get("punct.double")


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        ("Sales at Quelmont rose that year,,", (".", ",")),
        ("Sales at Quelmont rose that year,,\n\nThe next one", (".", ",")),
        ("Sales at Quelmont rose that year,,”", (".", ",")),
        ("Sales rose that year,, The next year they fell.", (".", ",")),
        ("Sales rose that year,, But the next year they fell.", (".", ",")),
        ("Sales rose that year;; The next year they fell.", (".", ";")),
    ],
)
def test_a_doubled_comma_where_the_sentence_ends_is_offered_not_safe(text, offered):
    (issue,) = run("punct.double", text)
    assert issue.replacements == offered and not issue.safe
    assert issue.message.endswith("where the sentence ends")
    assert fixed(text, "punct.double") == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales rose that year,, the minister said.", "Sales rose that year, the minister said."),
        ("Quelmont,, Varsi and Brenner", "Quelmont, Varsi and Brenner"),
        ("He told me,, I think, to go.", "He told me, I think, to go."),
        ("Sold on Friday,, May 5.", "Sold on Friday, May 5."),
    ],
)
def test_a_doubled_comma_inside_a_sentence_stays_a_safe_fix(text, expected):
    assert fixed(text, "punct.double") == expected


def _offered(source: str, target: str) -> list[tuple[tuple[str, ...], bool]]:
    found = check_pair(source, target, [DOUBLE], "de")
    return [(u.issue.replacements, u.issue.safe) for u in found]


def test_at_a_segments_end_the_source_final_mark_is_offered_first():
    target = "Sales at Quelmont rose that year,,"
    assert _offered("Der Umsatz stieg in jenem Jahr.", target) == [((".", ","), False)]
    assert _offered("Stieg der Umsatz in jenem Jahr?", target) == [(("?", ","), False)]
    assert _offered("Der Umsatz stieg in jenem Jahr!", target) == [(("!", ","), False)]
    # A source that goes on (a list cell) or ends with no mark (a heading): the comma.
    assert _offered("Umsatz in jenem Jahr,", target) == [((",",), False)]
    assert _offered("Umsatz in jenem Jahr", target) == [((",",), False)]


def test_inside_a_segment_the_source_does_not_change_a_safe_fix():
    found = _offered("Der Umsatz stieg, sagte er.", "Sales rose,, he said.")
    assert found == [((",",), True)]
