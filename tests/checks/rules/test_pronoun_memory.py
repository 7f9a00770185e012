"""The pronoun checks keep no text alive after its check, and still analyse each file once.

Their analysis of a whole text (and what is worked out from it: which names are places)
was cached by the text at module level: a long window session, or a worker of a
parallel run, held the last texts and their analyses for good.  It is now shared by
the two checks of one file through the file's check context, and goes with it.
"""

from __future__ import annotations

import functools
import gc
import sys
import weakref

import pytest

from copydesk.checks.context import BatchMember
from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY
from copydesk.checks.rules.pronoun import _people, gender, it_for_person

TEXT = (
    "Kim Jong Un left Pyongyang in his private train. Kim has repeatedly shown his "
    "preference for trains, and the town of Sinuiju welcomed him. Officials from Sinuiju "
    "met Kim. In 2019, she made a 60-hour round trip to Hanoi. {n}"
)


class Text(str):
    """A text a weak reference can watch (a plain ``str`` takes none)."""


def _engine() -> Engine:
    return Engine(checks=[c for c in REGISTRY.all() if c.id.startswith("pronoun.")])


def _clear_caches_outside_pronoun() -> None:
    """Empty the small, bounded caches of shared modules (tokens, reading) that other
    checks keep on the last few texts: what is left alive is the pronoun checks' doing."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("copydesk.") or name.startswith("copydesk.checks.rules.pronoun"):
            continue
        for value in list(vars(module).values()):
            if isinstance(value, functools._lru_cache_wrapper):
                value.cache_clear()


def test_no_text_outlives_its_check() -> None:
    engine = _engine()
    texts = [Text(TEXT.format(n=n)) for n in range(3)]
    watched = [weakref.ref(t) for t in texts]
    results = engine.check_batch([BatchMember(f"{n}.txt", t) for n, t in enumerate(texts)])
    assert all(any(i.rule == "pronoun.gender" for i in r.issues) for r in results)
    one = Text(TEXT.format(n="alone"))
    watched.append(weakref.ref(one))
    assert engine.check_text(one)
    del texts, one, results
    _clear_caches_outside_pronoun()
    gc.collect()
    assert [ref() for ref in watched] == [None] * 4


def test_each_file_is_analysed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def counted(text: str) -> _people.Analysis:
        calls.append(text)
        return _people.analyse(text)

    for module in (gender, it_for_person):
        monkeypatch.setattr(module, "analyse", counted)
    texts = [TEXT.format(n=n) for n in range(3)]
    _engine().check_batch([BatchMember(f"{n}.txt", t) for n, t in enumerate(texts)])
    assert sorted(calls) == sorted(texts)  # two checks per file, one analysis
