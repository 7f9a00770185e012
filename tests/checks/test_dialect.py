"""Which spelling habit a text keeps (checks/dialect.py)."""

from __future__ import annotations

import pytest

from copydesk.checks.dialect import languagetool_language, spelling_variant


@pytest.mark.parametrize(
    ("text", "variant"),
    [
        ("The theatre's grey curtains were coloured and the programme ran late.", "GB"),
        ("The 40-kilometre route was organised by the council's defence office.", "GB"),
        ("The theater's gray curtains were colored and the show ran late.", "US"),
        ("Crews traveled 40 kilometers and the analyzed samples were labeled.", "US"),
        # more of one habit than the other decides
        ("The colour and flavour of the color prints were honoured.", "GB"),
        # no marker, or as many of each: no evidence
        ("The council met on Monday and voted to close the road.", None),
        ("The colour was gray.", None),
    ],
)
def test_spelling_variant(text, variant):
    assert spelling_variant(text) == variant


@pytest.mark.parametrize(
    "text",
    [
        # capitalised: a name, written its own way in any dialect
        "The Labour Party met at Pearl Harbor and the Lincoln Center.",
        # words both dialects write alike
        "They programmed the robot, fulfilled the order and enrolled 40 pupils.",
        "The analyses and the practice sessions were fulfilled in the meter room.",
    ],
)
def test_words_both_dialects_write_are_no_evidence(text):
    assert spelling_variant(text) is None


def test_languagetool_language():
    assert languagetool_language("auto", "The centre reopened.") == "en-GB"
    assert languagetool_language("auto", "The center reopened.") == "en-US"
    assert languagetool_language("auto", "It reopened.") == "en-US"
    assert languagetool_language("en-GB", "The center reopened.") == "en-GB"
