"""pronoun.gender: the fix for a "his" before a figure is "her", not "hers".

"his" before any word is a determiner, a figure too ("his 20s band", "his 1998 album"); the
word after it was read from the tokens, which hold no figures, so the fix offered "hers".
"hers" stays the fix where nothing follows ("the boat was his.").  Every name is invented."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import pronoun_issues


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        (
            "Maria Tarvelund joined the choir in 2001. In 2004 she recorded his 20 songs for "
            "the radio, and she sang them for a decade.",
            "her",
        ),
        ("Maria Tarvelund won the race. The prize was his, she said.", "hers"),
        # a time phrase after it: "his" stands alone (the third review's probe)
        ("Maria Tarvelund set the record. The record was his 20 years later, she said.", "hers"),
    ],
)
def test_the_fix_for_his_follows_what_comes_after_it(text: str, fix: str) -> None:
    [issue] = pronoun_issues(text)
    assert text[issue.offset : issue.end] == "his"
    assert issue.replacements[0] == fix
