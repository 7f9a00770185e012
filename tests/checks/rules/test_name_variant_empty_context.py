"""consistency.name-variant: a mention whose every word is a title or a small word.

"#Tarvel2026. Press and accreditation requests …" makes a one-word name "Press" whose whole
name, titles and small words left out, is empty; asked where it stands beside a name a
letter away ("Prees"), the check raised IndexError, and every name check of the batch
failed with it (the review found it checking every fresh_* pool as one batch)."""

from __future__ import annotations

from copydesk.checks.context import BatchMember
from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY
from copydesk.checks.settings import Settings

NAMES = "consistency.name-variant"


def test_an_empty_whole_name_does_not_stop_the_batch():
    docs = [
        "Follow the festival at #Tarvel2026. Press and accreditation requests go to the office.",
        "The minister met Ilse Prees in Varsk. Prees said the talks went well.",
        "Governor Yegor Morozov met her at the airport. Morosov also met her in 2021.",
    ]
    engine = Engine(Settings(), checks=[REGISTRY.get(NAMES)])
    results = engine.check_batch([BatchMember(f"doc{k}.txt", t) for k, t in enumerate(docs)])
    found = [docs[k][i.offset : i.end] for k, r in enumerate(results) for i in r.issues]
    assert found == ["Morosov"]
