"""Every registered check proves itself on its own examples and near misses."""

import pytest

from checks.engine import Engine
from checks.registry import REGISTRY, Check

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
        from checks.bilingual.runner import example_issues

        def run(example: str) -> list:
            return example_issues(example, chk)
    else:

        def run(example: str) -> list:
            return engine.check_text(example)

    for example in chk.examples:
        found = [i for i in run(example) if chk.owns(i.rule)]
        assert found, f"{chk.id} did not fire on {example!r}"
        for issue in found:
            assert 0 <= issue.offset <= issue.end <= len(example)
    for miss in chk.near_misses:
        found = [i for i in run(miss) if chk.owns(i.rule)]
        assert not found, f"{chk.id} fired on near miss {miss!r}: {found}"


def test_selection_by_prefix_and_ignore():
    some = REGISTRY.select(["space"])
    assert some and all(c.id.startswith("space.") for c in some)
    assert not [c for c in REGISTRY.select(["space"], ["space"])]
    assert REGISTRY.unknown_prefixes(["space", "no-such-family"]) == ["no-such-family"]
