"""consistency.figures, amounts: one subject's amount given with two numbers in a batch.

Every batch is written for the tests with invented names.  Each quiet case sits in a
batch that also holds a real conflict (the control pair), so that a test fails both
when the relation is missing and when a guard lets the near miss through.
"""

import pytest

from copydesk.checks.context import BatchMember
from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY
from copydesk.checks.settings import Settings

FIGURES = "consistency.figures"

# The control pair: the port of Kelvara, 52 and 55 million tonnes of cargo last year.
CONTROL = {
    "ctl_a.txt": "The port of Kelvara has opened a new berth. The port handled 52 million "
    "tonnes of cargo last year, a record.\n",
    "ctl_b.txt": "Ships queued outside the port of Kelvara on Monday. The port handled 55 "
    "million tonnes of cargo last year.\n",
}


def run(docs: dict[str, str]) -> dict[str, list]:
    engine = Engine(Settings(), checks=[REGISTRY.get(FIGURES)])
    results = engine.check_batch([BatchMember(p, t) for p, t in docs.items()])
    return {r.path: [i for i in r.issues if i.rule == FIGURES] for r in results}


def flagged_texts(docs: dict[str, str]) -> dict[str, list[str]]:
    return {p: [docs[p][i.offset : i.end] for i in issues] for p, issues in run(docs).items()}


def quiet(extra: dict[str, str]) -> dict[str, list[str]]:
    """Check ``extra`` with the control pair: the pair is flagged, ``extra`` is returned."""
    out = flagged_texts({**CONTROL, **extra})
    assert out["ctl_a.txt"] == ["52 million tonnes of cargo"]
    assert out["ctl_b.txt"] == ["55 million tonnes of cargo"]
    return {p: out[p] for p in extra}


def test_the_port_is_the_one_port_the_file_names_and_both_sides_point_at_each_other():
    out = run(CONTROL)
    (a,) = out["ctl_a.txt"]
    (b,) = out["ctl_b.txt"]
    assert a.replacements == () and not a.safe
    assert a.related[0].path == "ctl_b.txt" and a.related[0].text == "55 million tonnes of cargo"
    assert b.related[0].path == "ctl_a.txt" and b.related[0].text == "52 million tonnes of cargo"
    assert "ctl_b.txt" in a.message and "Kelvara" in a.message


def test_named_subject_with_its_kind_and_a_year_is_compared():
    docs = {
        "a.txt": "Varnholt airport carried 1.8 million passengers in 2023. Flights from "
        "Varnholt resumed.\n",
        "b.txt": "Airlines praised the Varnholt airport. Varnholt airport carried 2.4 million "
        "passengers in 2023.\n",
    }
    out = flagged_texts(docs)
    assert out == {"a.txt": ["1.8 million passengers"], "b.txt": ["2.4 million passengers"]}


def test_a_lower_bound_conflicts_only_with_a_smaller_figure():
    docs = {
        "a.txt": "Tourism grew in Brindmoor. Brindmoor received more than 3 million visitors "
        "last year.\n",
        "b.txt": "Hotels in Brindmoor are full. Brindmoor received 2.1 million visitors "
        "last year.\n",
        "c.txt": "Buses to Brindmoor ran late. Brindmoor received about 3.4 million visitors "
        "last year.\n",
    }
    out = flagged_texts(docs)
    assert out["a.txt"] == ["more than 3 million visitors"]
    assert out["b.txt"] == ["2.1 million visitors"]
    assert out["c.txt"] == ["about 3.4 million visitors"]  # against 2.1 million only


def test_one_file_alone_is_left_to_the_editor():
    out = quiet(
        {
            "one.txt": "The port of Morvath grew. The port handled 20 million tonnes of cargo "
            "last year. The port handled 31 million tonnes of cargo last year.\n",
        }
    )
    assert out == {"one.txt": []}


def test_figures_that_can_agree_are_quiet():
    out = quiet(
        {
            "x.txt": "Hotels in Tessaloy are full. Tessaloy received about 14 million visitors "
            "last year.\n",
            "y.txt": "Trains to Tessaloy ran late. Tessaloy received 13 million visitors last "
            "year.\n",
            "z.txt": "Trains to Tessaloy ran late. Tessaloy received more than 12 million "
            "visitors last year.\n",
        }
    )
    assert out == {"x.txt": [], "y.txt": [], "z.txt": []}


KELVARA = "Ships queued outside the port of Kelvara. "
NEAR_MISSES = {
    # comparisons and forecasts: the figure may be another year's, or a plan
    "up_from": KELVARA + "The port handled 70 million tonnes of cargo last year, up from a low "
    "base.\n",
    "than": KELVARA + "The port handled 70 million tonnes of cargo last year, more than ever.\n",
    "forecast": KELVARA + "The port handled 70 million tonnes of cargo last year, the "
    "forecast says.\n",
    "estimate": KELVARA + "The port handled 70 million tonnes of cargo last year, officials "
    "estimated.\n",
    "previous": KELVARA + "The port handled 70 million tonnes of cargo last year, beating the "
    "previous record.\n",
    # a reported clause: the figure is not what the subject handled
    "said": (
        "Ships wait, Varga told the port of Kelvara. Varga said 90 million tonnes of cargo "
        "passed the port.\n",
        "Ships wait, Varga told the port of Kelvara. Varga said 10 million tonnes of cargo "
        "passed the port.\n",
    ),
    # another year, unit, measured noun, a rate, a second number, a quotation
    "year": KELVARA + "The port handled 30 million tonnes of cargo in 2019.\n",
    "tons": KELVARA + "The port handled 61 million tons of cargo last year.\n",
    "grain": KELVARA + "The port handled 9 million tonnes of grain last year.\n",
    "narrowed": KELVARA + "The port handled 61 million tonnes of cargo by rail last year.\n",
    "narrowed_place": KELVARA + "The port handled 61 million tonnes of cargo in Skerrow last "
    "year.\n",
    "rate": KELVARA + "The port handled 150,000 tonnes of cargo a day last year.\n",
    "second_number": KELVARA + "The port handled 70 million tonnes of cargo last year, 12 "
    "million of them by rail.\n",
    "quote": KELVARA + "“The port handled 70 million tonnes of cargo last year,” Varga said.\n",
    "quote_open": KELVARA + "“We are busy. The port handled 70 million tonnes of cargo last "
    "year. We need a berth,” Varga said.\n",
    # two ports named in the file: "the port" is neither
    "two_ports": "The port of Kelvara and the port of Skerrow signed a deal. The port handled "
    "80 million tonnes of cargo last year.\n",
    # capitalised only as the first word of a sentence: not a name
    "sentence_start": (
        "Inspectors in Kelvara were busy. Inspectors seized 80 million tonnes of cargo.\n",
        "Inspectors in Skerrow were busy. Inspectors seized 10 tonnes of cargo.\n",
    ),
}


@pytest.mark.parametrize("case", sorted(NEAR_MISSES))
def test_near_misses_are_quiet(case: str):
    texts = NEAR_MISSES[case]
    files = [texts] if isinstance(texts, str) else list(texts)
    docs = {f"near{n}.txt": text for n, text in enumerate(files)}
    assert quiet(docs) == {p: [] for p in docs}
