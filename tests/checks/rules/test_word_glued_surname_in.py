"""word.glued: a given name or a rare name glued to "in"/"on" before a determiner is offered,
never applied: surnames are built so ("told Hassanin the news").  All names are invented
but for well-known given names and places."""

import pytest

from tests.checks.rules.helpers import run


def glued(text: str):
    return run("word.glued", text)


@pytest.mark.parametrize(
    ("text", "piece", "split"),
    [
        ("Ahmed told Hassanin the news.", "Hassanin", "Hassan in"),
        ("The envoy called Rashidin the evening.", "Rashidin", "Rashid in"),
        ("A call from Karpin the day before surprised her.", "Karpin", "Karp in"),
        ("The ferry docked at Velkukin the rain.", "Velkukin", "Velkuk in"),
    ],
)
def test_a_name_that_makes_a_surname_with_in_is_offered_not_applied(text, piece, split):
    issues = glued(text)
    assert [(text[i.offset : i.offset + i.length], i.replacements[0]) for i in issues] == [
        (piece, split)
    ]
    assert not issues[0].safe


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("The team flew to Kenyain the spring.", "Kenyain"),  # a well-known place
        ("He moved from Nagpurin central India to Delhi.", "Nagpurin"),  # no determiner
        ("The ferry docked at Velkukin the rain. Velkuk is small.", "Velkukin"),  # written alone
        ("The roof of the church of San Lorenzoin the old town fell.", "Lorenzoin"),  # a run
        ("They plan two hotels near Bitolain the hills.", "Bitolain"),  # after "near"
    ],
)
def test_a_place_glued_to_in_stays_safe(text, piece):
    issues = glued(text)
    assert [text[i.offset : i.offset + i.length] for i in issues] == [piece]
    assert issues[0].safe


@pytest.mark.parametrize(
    ("text", "piece", "split", "safe"),
    [
        ("The court ordered Ivanchin to pay costs.", "Ivanchin", "Ivan chin", False),
        ("The fans cheered Pedrogoal after goal.", "Pedrogoal", "Pedro goal", False),
        ("The court ordered Mariacalled to pay costs.", "Mariacalled", "Maria called", True),
        ("Then Ivanwent home.", "Ivanwent", "Ivan went", True),
        ("Then Annahelped them.", "Annahelped", "Anna helped", True),
    ],
)
def test_a_given_name_before_a_bare_noun_is_offered_not_applied(text, piece, split, safe):
    issues = glued(text)
    assert [(text[i.offset : i.offset + i.length], i.replacements[0]) for i in issues] == [
        (piece, split)
    ]
    assert issues[0].safe is safe


def test_a_given_name_after_a_determiner_is_a_modifier_and_its_noun_split_safely():
    text = "The bus crashed on the Albertohighway at rush hour."
    issues = glued(text)
    assert [(text[i.offset : i.offset + i.length], i.replacements[0]) for i in issues] == [
        ("Albertohighway", "Alberto highway")
    ]
    assert issues[0].safe
