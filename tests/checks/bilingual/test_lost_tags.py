"""bilingual.tags on real files: every inline element kind of XLIFF 1.2, XLIFF 2 and TMX.

Trial 20: a ``<g>`` pair dropped from an XLIFF target and two ``<ph>`` dropped from a TMX
``<tuv>`` went unreported.  The check found them, but the runner drops every issue that
overlaps a unit's inline tags (no fix may touch them), and an issue about a lost tag
stands on that tag.  Also python-format ``%(name)s`` was no placeholder.
"""

from __future__ import annotations

import pytest

from copydesk.checks.bilingual.loader import load
from copydesk.checks.bilingual.runner import UnitIssue, check_documents, check_pair
from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY

TAGS = REGISTRY.get("bilingual.tags")


def _xliff12(source: str, target: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
        '<file original="f" source-language="it" target-language="en" datatype="plaintext">'
        f'<body><trans-unit id="u"><source>{source}</source><target>{target}</target>'
        "</trans-unit></body></file></xliff>\n"
    )


def _xliff2(source: str, target: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="it"'
        f' trgLang="en"><file id="f"><unit id="u"><segment><source>{source}</source>'
        f"<target>{target}</target></segment></unit></file></xliff>\n"
    )


def _tmx(source: str, target: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="es"'
        ' segtype="sentence" datatype="plaintext" adminlang="en" o-tmf="x" creationtool="t"'
        ' creationtoolversion="1"/><body><tu tuid="u">'
        f'<tuv xml:lang="es"><seg>{source}</seg></tuv>'
        f'<tuv xml:lang="en"><seg>{target}</seg></tuv></tu></body></tmx>\n'
    )


def _issues(tmp_path, name: str, content: str) -> list[UnitIssue]:
    path = tmp_path / name
    path.write_text(content, "utf-8")
    doc = load(path, 10**6)
    return check_documents(Engine(checks=[TAGS]), [doc])[0].issues


def _name(make: object) -> str:
    return "t.tmx" if make is _tmx else "t.xlf"


def text_of(found: UnitIssue, text: str) -> str:
    return text[found.issue.offset : found.issue.end]


# (file maker, source with the tag, target without it, the tag as reported)
X1, X2, TMX = _xliff12, _xliff2, _tmx
LOST = [
    (X1, 'Vedi <g id="1">il sito</g> ora.', "See the site now.", "<g id=1>…</g>"),
    (X1, 'Premi <x id="2"/> ora.', "Press now.", "<x id=2>"),
    (X1, 'Premi <ph id="3">{0}</ph> ora.', "Press now.", "<ph id=3>"),
    (X1, 'A <bx id="4" rid="1"/>Wexmoor<ex id="5" rid="1"/>.', "A Wexmoor.", "<bx id=4>"),
    (X1, 'A <bpt id="6">&lt;i&gt;</bpt>x<ept id="6">&lt;/i&gt;</ept>.', "A x.", "<bpt id=6>"),
    (X1, 'A <it id="7" pos="open">&lt;u&gt;</it>Plindor.', "A Plindor.", "<it id=7>"),
    (X1, 'A <mrk mtype="term" mid="8">Torvane</mrk>.', "A Torvane.", "<mrk mid=8>…</mrk>"),
    (X2, 'Vedi <pc id="1">il sito</pc> ora.', "See the site now.", "<pc id=1>…</pc>"),
    (X2, 'Premi <ph id="2"/> ora.', "Press now.", "<ph id=2>"),
    (X2, 'A <sc id="3"/>Wexmoor<ec startRef="3"/>.', "A Wexmoor.", "<sc id=3>"),
    (X2, 'A <mrk id="m4" translate="no">Plindor</mrk>.', "A Plindor.", "<mrk id=m4>…</mrk>"),
    (X2, 'A <sm id="5"/>Torvane<em startRef="5"/>.', "A Torvane.", "<em startRef=5>"),
    (TMX, 'Haz clic en <ph x="1">&lt;b&gt;</ph>Wexmoor.', "Click Wexmoor.", "<ph x=1>"),
    (TMX, 'Un <bpt i="1" x="2">&lt;b&gt;</bpt>x<ept i="1">&lt;/b&gt;</ept>.', "A x.", "<ept i=1>"),
    (TMX, 'Un <it pos="begin" x="3">&lt;u&gt;</it>Plindor.', "A Plindor.", "<it x=3>"),
    (TMX, 'Un <hi type="b" x="4">Torvane</hi>.', "A Torvane.", "<hi x=4>…</hi>"),
]  # fmt: skip


@pytest.mark.parametrize(("make", "source", "target", "tag"), LOST)
def test_a_tag_lost_from_the_target_is_reported_in_the_source(tmp_path, make, source, target, tag):
    issues = _issues(tmp_path, _name(make), make(source, target))
    messages = [u.issue.message for u in issues]
    assert any(m.startswith((f"{tag} ", f"the tag pair {tag} ")) for m in messages), messages
    assert {u.side for u in issues} == {"source"}


@pytest.mark.parametrize(("make", "source", "target", "tag"), LOST)
def test_a_tag_added_to_the_target_is_reported_in_the_target(tmp_path, make, source, target, tag):
    # The same pair the other way round: the target has the tag, the source has not.
    issues = _issues(tmp_path, _name(make), make(target, source))
    messages = [u.issue.message for u in issues]
    assert any(tag in m and "not in the source" in m for m in messages), messages
    assert {u.side for u in issues} == {"target"}


@pytest.mark.parametrize(("make", "source", "target", "tag"), LOST)
def test_the_tags_kept_stay_quiet(tmp_path, make, source, target, tag):
    assert _issues(tmp_path, _name(make), make(source, source)) == []


def test_tags_kept_around_other_words_and_in_another_order_stay_quiet(tmp_path):
    source = 'Vedi <g id="1">il sito</g> e <x id="2"/> ora, <g id="3">subito</g>.'
    target = 'Now see <g id="3">at once</g> <g id="1">the site</g> and <x id="2"/>.'
    assert _issues(tmp_path, "t.xlf", _xliff12(source, target)) == []


def test_a_split_pair_closed_before_it_opens_is_a_broken_pair(tmp_path):
    source = 'A <sc id="1"/>Wexmoor<ec startRef="1"/> ora.'
    target = 'A <ec startRef="1"/>Wexmoor<sc id="1"/> now.'
    issues = _issues(tmp_path, "t.xlf", _xliff2(source, target))
    assert [(u.side, u.issue.message) for u in issues] == [
        ("target", "<ec startRef=1> comes before the <sc> it closes (not in the source)")
    ]


def test_a_pair_half_kept_in_a_table_is_a_broken_pair():
    # A table's HTML is text, not XML: the target may keep <b> and lose </b>.
    issues = check_pair("Il <b>Plindor</b> apre.", "The <b>Plindor opens.", [TAGS])
    assert [(u.side, u.issue.message) for u in issues] == [
        ("target", "<b> is never closed here (the source's tags pair up)")
    ]


def test_the_lost_g_pair_is_one_issue_over_the_whole_element(tmp_path):
    source = 'Per tutto, vedi <g id="1">il sito di Wexmoor</g>.'
    issues = _issues(tmp_path, "t.xlf", _xliff12(source, "For everything, see the site."))
    (found,) = issues
    assert text_of(found, source) == '<g id="1">il sito di Wexmoor</g>'
    assert found.issue.message == "the tag pair <g id=1>…</g> is not in the translation"


def test_two_ph_lost_from_a_tmx_segment_are_two_issues(tmp_path):
    source = 'Pulse <ph x="1">&lt;b&gt;</ph>Quelbo<ph x="2">&lt;/b&gt;</ph> ahora.'
    issues = _issues(tmp_path, "t.tmx", _tmx(source, "Press Quelbo now."))
    assert [text_of(u, source) for u in issues] == [
        '<ph x="1">&lt;b&gt;</ph>',
        '<ph x="2">&lt;/b&gt;</ph>',
    ]


def test_a_placeholder_inside_a_ph_counts_once():
    # <ph id="1">{0}</ph> is one tag, not a tag and a {0} placeholder.
    issues = check_pair('Premi <ph id="1">{0}</ph> ora.', "Press {0} now.", [TAGS])
    assert [u.issue.message for u in issues] == [
        "<ph id=1> is not in the translation",
        "{0} is not in the source",
    ]


def test_python_format_placeholders_are_compared():
    issues = check_pair("Scade il %(date)s.", "It expires soon.", [TAGS])
    assert [u.issue.message for u in issues] == ["%(date)s is not in the translation"]
    assert check_pair("Scade il %(date)s.", "It expires on %(date)s.", [TAGS]) == []
    # A name changed is a placeholder the program will not fill.
    changed = check_pair("Scade il %(date)s.", "It expires on %(day)s.", [TAGS])
    assert len(changed) == 2
    # A percentage before a bracket is no placeholder.
    assert check_pair("Il 20%(circa) resta.", "About 20% remains.", [TAGS]) == []


def test_a_tools_segment_and_comment_marks_are_no_tags(tmp_path):
    # SDL Trados and Okapi wrap each target sentence in <mrk mtype="seg">; <source> has none.
    source = 'Vedi <g id="1">il sito</g> ora.'
    target = '<mrk mtype="seg" mid="1">See <g id="1">the site</g> now.</mrk>'
    assert _issues(tmp_path, "t.sdlxliff", _xliff12(source, target)) == []
    noted = 'See the site <sm id="c1" type="comment" value="check"/>now<em startRef="c1"/>.'
    assert _issues(tmp_path, "t.xlf", _xliff2("Vedi il sito ora.", noted)) == []
    # A segment mark still holds the tags it wraps: one lost is still reported.
    lost = '<mrk mtype="seg" mid="1">See the site now.</mrk>'
    issues = _issues(tmp_path, "t.sdlxliff", _xliff12(source, lost))
    assert [u.issue.message for u in issues] == [
        "the tag pair <g id=1>…</g> is not in the translation"
    ]


def test_a_tmx_tag_without_its_optional_x_answers_one_with_it(tmp_path):
    source = 'Pulse <ph x="1">&lt;b&gt;</ph>Quelbo ahora.'
    target = "Press <ph>&lt;b&gt;</ph>Quelbo now."
    assert _issues(tmp_path, "t.tmx", _tmx(source, target)) == []


def test_a_tag_a_tool_renumbered_is_one_issue_in_the_target(tmp_path):
    # Same count and order, another id: once, as renumbered (it was lost and added).
    source = 'Premi <x id="1"/> ora.'
    target = 'Press <x id="3"/> now.'
    issues = _issues(tmp_path, "t.xlf", _xliff12(source, target))
    assert [(u.side, u.issue.message) for u in issues] == [
        ("target", "<x id=3> stands where the source has <x id=1> (the tag renumbered)")
    ]
    assert text_of(issues[0], target) == '<x id="3"/>'


def test_every_tag_renumbered_is_said_once_each(tmp_path):
    source = 'Vedi <g id="1">il sito</g> e <x id="2"/> ora.'
    target = 'See <g id="4">the site</g> and <x id="5"/> now.'
    issues = _issues(tmp_path, "t.xlf", _xliff12(source, target))
    assert [(u.side, u.issue.message) for u in issues] == [
        ("target", "<g id=4>…</g> stands where the source has <g id=1>…</g> (the tag renumbered)"),
        ("target", "<x id=5> stands where the source has <x id=2> (the tag renumbered)"),
    ]


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        # one of two lost, and the other renumbered: no one-to-one renumbering; as before
        (
            'Premi <x id="1"/> e <x id="2"/> ora.',
            'Press <x id="3"/> now.',
            [
                ("source", "<x id=1> is not in the translation"),
                ("source", "<x id=2> is not in the translation"),
                ("target", "<x id=3> is not in the source"),
            ],
        ),
        # a tag added beside the source's own: added, not renumbered
        ('Premi <x id="1"/> ora.', 'Press <x id="3"/> and <x id="1"/> now.',
         [("target", "<x id=3> is not in the source")]),
        # the same ids in another order: quiet
        ('Vedi <g id="1">il sito</g> e <x id="2"/>.', 'See <x id="2"/> and <g id="1">the site</g>.',
         []),
    ],
)  # fmt: skip
def test_a_tag_lost_or_added_beside_others_is_no_renumbering(tmp_path, source, target, expected):
    issues = _issues(tmp_path, "t.xlf", _xliff12(source, target))
    assert [(u.side, u.issue.message) for u in issues] == expected


def test_a_placeholder_renamed_is_no_renumbered_tag():
    issues = check_pair("Scade il %(date)s.", "It expires on %(day)s.", [TAGS])
    assert [u.issue.message for u in issues] == [
        "%(date)s is not in the translation",
        "%(day)s is not in the source",
    ]
