"""Every registered check proves itself on its own examples and near misses."""

import pytest

from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY, Check, Example, parse_example

ALL = REGISTRY.all()
OFFLINE = [c for c in ALL if not c.needs_service]


def test_registry_found_checks_and_ids_are_dotted_and_unique():
    ids = [c.id for c in ALL]
    assert ids, "no checks registered"
    assert len(ids) == len(set(ids))
    for c in ALL:
        # "lt" alone: its sub-rules carry LanguageTool's own ids (lt.EN_A_VS_AN).
        assert c.id == "lt" or ("." in c.id and c.id == c.id.lower()), c.id
        assert c.description


@pytest.mark.parametrize("chk", OFFLINE, ids=lambda c: c.id)
def test_check_has_examples_and_near_misses(chk: Check):
    assert chk.examples, f"{chk.id} ships no example that must fire"
    assert chk.near_misses, f"{chk.id} ships no near miss that must stay quiet"


@pytest.mark.parametrize("chk", OFFLINE, ids=lambda c: c.id)
def test_examples_fire_and_near_misses_do_not(chk: Check):
    engine = Engine(checks=[chk])
    if chk.bilingual:  # "source<TAB>target" lines, each a translation unit of one batch
        from copydesk.checks.bilingual.runner import example_issues

        def run(example: str) -> list:
            return example_issues(example, chk)
    else:

        def run(example: str) -> list:
            return engine.check_text(example)

    for ex in chk.parsed_examples:
        example = ex.text
        found = [i for i in run(example) if chk.owns(i.rule)]
        assert found, f"{chk.id} did not fire on {example!r}"
        for issue in found:
            assert 0 <= issue.offset <= issue.end <= len(example)
        if ex.span is not None:
            at = [i for i in found if (i.offset, i.end) == ex.span]
            got = [example[i.offset : i.end] for i in found]
            assert at, f"{chk.id} on {example!r}: wanted «{example[slice(*ex.span)]}», got {got}"
            if ex.correction is not None:
                wanted = ex.correction
                assert [i.replacements[:1] for i in at] == [(wanted,)], f"{chk.id}: {at}"
    for miss in chk.near_misses:
        found = [i for i in run(miss) if chk.owns(i.rule)]
        assert not found, f"{chk.id} fired on near miss {miss!r}: {found}"


def test_selection_by_prefix_and_ignore():
    some = REGISTRY.select(["space"])
    assert some and all(c.id.startswith("space.") for c in some)
    assert not [c for c in REGISTRY.select(["space"], ["space"])]
    assert REGISTRY.unknown_prefixes(["space", "no-such-family"]) == ["no-such-family"]


def test_examples_mark_their_span_and_correction():
    assert parse_example("He saw «teh» cat.") == Example("He saw teh cat.", (7, 10))
    assert parse_example(("He saw «teh» cat.", "the")) == Example("He saw teh cat.", (7, 10), "the")
    assert parse_example("No marks.") == Example("No marks.")
    with pytest.raises(ValueError, match="needs one «marked» span"):
        parse_example(("No marks.", "x"))
    # Bilingual examples are source/target pairs, checked by their own runner.
    examples = [e for c in OFFLINE if not c.bilingual for e in c.parsed_examples]
    marked = [e for e in examples if e.span is not None]
    corrected = [e for e in marked if e.correction is not None]
    # Most examples pin where the issue is and what it suggests, not only that it fires.
    assert 4 * len(marked) >= 3 * len(examples) and 4 * len(corrected) >= 3 * len(examples)
