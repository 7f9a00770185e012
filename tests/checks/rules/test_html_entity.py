"""encoding.html-entity: HTML character references left in plain text."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import CLEAN_NEWS, fixed, run

RULE = "encoding.html-entity"


@pytest.mark.parametrize(
    ("text", "entity", "char"),
    [
        ("The glazier&apos;s van broke down.", "&apos;", "'"),
        ("Quill &amp; Thimble sold out.", "&amp;", "&"),
        ("He wrote &quot;never again.", "&quot;", '"'),
        ("The tinsmith&#8217;s bench.", "&#8217;", "’"),
        ("The tinsmith&#x2019;s bench.", "&#x2019;", "’"),
        ("Ten&nbsp;crowns a week.", "&nbsp;", "\u00a0"),
        ("A caf&eacute; by the quay.", "&eacute;", "é"),
    ],
)
def test_entity_is_a_safe_decoding(text, entity, char):
    (issue,) = run(RULE, text)
    assert issue.matched(text) == entity
    assert issue.replacements == (char,) and issue.safe


def test_fix_decodes_each_entity_alone():
    text = "The glazier&apos;s &quot;best&quot; year &amp; more."
    assert fixed(text, RULE) == 'The glazier\'s "best" year & more.'


@pytest.mark.parametrize(
    "text",
    [
        "The form is at https://example.org/form?a=1&amp;b=2 for now.",
        "Send it to www.example.org/?q=1&amp;r=2 today.",
        "Ask for ?id=7&amp;page=2 in the query.",
    ],
)
def test_entity_in_a_web_address_is_only_offered(text):
    (issue,) = run(RULE, text)
    assert issue.replacements == ("&",) and not issue.safe


@pytest.mark.parametrize(
    "text",
    [
        "Quill & Thimble sold out; R&D and Q&A too.",
        "Write &nbsp without its semicolon, or &amp alone.",
        "Not an entity: &glazier; nor &#0; nor &#xD800;.",
        "Tickets cost 5 &c. at the gate, AT&T said.",
        CLEAN_NEWS,
    ],
)
def test_near_misses_are_quiet(text):
    assert run(RULE, text) == []
