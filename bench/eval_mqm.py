"""Grammar checking measured on real machine translation with professional MQM error spans.

Data: the WMT MQM TED Chinese->English set (``shared/data/mqm-ted-zhen/mqm_ted_zhen.tsv``,
found by walking up from this checkout, or ``--data``).  TSV, no quoting; one row per
error, its span wrapped in ``<v>...</v>`` in the target; a segment with no error has
one ``No-error`` row.  Each (system, talk, segment) was rated by one rater.

How it is measured (honestly, and the same for every configuration):

* The text checked is each segment's target with the ``<v>`` tags removed; every row
  of a segment must give the same text (the script stops if not).  The segments of
  one system's talk, in order, are one document (segments joined by a blank line, as
  paragraphs of an article); one system's talks are one batch, as a copy editor
  would open them.  Issues are mapped back to the segments they overlap.
* Gold spans: rows of severity ``Major`` in the categories of ``GOLD`` (checked
  against the data's own category names).  A span is *found* when any issue
  overlaps it (an empty issue span counts as the character it points at).
* False alarms: every issue that overlaps a segment rated ``No-error``, per 1,000
  words of those segments (words are whitespace-separated tokens).
* Per rule: spans found, false alarms, and issues elsewhere (on segments with
  errors, but not on a gold span: often another annotated error, so neither).
* Speed: words of all checked text / seconds in ``Engine.check_batch``.  Harper's
  cache is emptied before each configuration; LanguageTool's server has no cache
  unless its own configuration gives it one.

Configurations: ``own`` (copydesk's checks, no grammar engine), ``harper`` (plus
Harper), ``lt`` (plus LanguageTool), ``fused`` (all, deduplicated by precedence).
LanguageTool is reached through the settings' server URL (``--lt-url``) or, if not
given, started as copydesk starts it; when it is unavailable its rows say so.

Usage: python bench/eval_mqm.py [--data TSV] [--lt-url URL] [--configs own,harper,lt,fused]
       [--sample FRACTION] [--examples N] [--rules-all] [--ignore RULES] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from copydesk.checks.context import BatchMember  # noqa: E402
from copydesk.checks.engine import Engine  # noqa: E402
from copydesk.checks.grammar import harper_engine  # noqa: E402
from copydesk.checks.grammar.lt_backend import BACKEND  # noqa: E402
from copydesk.checks.model import Category, Issue  # noqa: E402
from copydesk.checks.service import ServiceState  # noqa: E402
from copydesk.checks.settings import LanguageToolSettings, Settings  # noqa: E402

DATA_NAME = Path("shared") / "data" / "mqm-ted-zhen" / "mqm_ted_zhen.tsv"
GOLD = ("Fluency/Grammar", "Fluency/Spelling", "Fluency/Punctuation")
GOLD_SEVERITY = "Major"
NO_ERROR = "No-error"
COLUMNS = [
    "system",
    "doc",
    "doc_id",
    "seg_id",
    "rater",
    "source",
    "target",
    "category",
    "severity",
]
_TAG = re.compile(r"</?v>")
SEPARATOR = "\n\n"

CONFIGS: dict[str, tuple[list[str], bool]] = {
    # name: (rules ignored, LanguageTool on)
    "own": (["grammar.harper", "lt"], False),
    "harper": (["lt"], False),
    "lt": (["grammar.harper"], True),
    "fused": ([], True),
}
LABELS = {
    "own": "own checks only",
    "harper": "own + Harper (offline)",
    "lt": "own + LanguageTool",
    "fused": "all fused (own + Harper + LanguageTool)",
}


@dataclass
class Span:
    start: int
    end: int
    category: str


@dataclass
class Segment:
    system: str
    doc: str
    seg_id: int
    text: str
    no_error: bool = False
    gold: list[Span] = field(default_factory=list)
    # Annotated spans of any other category or severity (not gold, not a false alarm).
    other: list[Span] = field(default_factory=list)
    start: int = 0  # offset in its document

    @property
    def words(self) -> int:
        return len(self.text.split())


def find_data() -> Path | None:
    for folder in (ROOT, *ROOT.parents):
        if (folder / DATA_NAME).is_file():
            return folder / DATA_NAME
    return None


def load(path: Path) -> list[Segment]:
    """Segments with their gold spans; stops on a malformed row or inconsistent target."""
    lines = path.read_text("utf-8").split("\n")
    if lines[0].split("\t") != COLUMNS:
        sys.exit(f"{path}: unexpected header {lines[0]!r}")
    segments: dict[tuple[str, str, int], Segment] = {}
    categories: Counter[str] = Counter()
    for n, line in enumerate(lines[1:], start=2):
        if not line:
            continue
        row = dict(zip(COLUMNS, line.split("\t"), strict=True))
        key = (row["system"], row["doc"], int(row["seg_id"]))
        target = row["target"]
        text = _TAG.sub("", target)
        seg = segments.get(key)
        if seg is None:
            seg = segments[key] = Segment(key[0], key[1], key[2], text)
        elif seg.text != text:
            sys.exit(f"{path}:{n}: target differs from the segment's other rows")
        categories[row["category"]] += 1
        if row["category"] == NO_ERROR:
            seg.no_error = True
            continue
        if "<v>" not in target:
            continue  # the span is in the source (an omission): nothing to find in the target
        start = target.index("<v>")
        close = target.find("</v>")
        # One row in the data opens a span it never closes: it runs to the end.
        end = close - len("<v>") if close >= 0 else len(text)
        span = Span(start, end, row["category"])
        if row["category"] in GOLD and row["severity"] == GOLD_SEVERITY:
            seg.gold.append(span)
        else:
            seg.other.append(span)
    missing = [c for c in GOLD if c not in categories]
    if missing:
        sys.exit(f"{path}: no rows of {missing}; categories are {sorted(categories)}")
    mixed = [s for s in segments.values() if s.no_error and (s.gold or s.other)]
    if mixed:
        sys.exit(f"{path}: {len(mixed)} segment(s) both No-error and with errors")
    return sorted(segments.values(), key=lambda s: (s.system, s.doc, s.seg_id))


def documents(segments: Sequence[Segment]) -> dict[str, dict[str, list[Segment]]]:
    """system -> document path -> its segments (in order), with their offsets set."""
    out: dict[str, dict[str, list[Segment]]] = defaultdict(lambda: defaultdict(list))
    for seg in segments:
        out[seg.system][f"{seg.system}/{seg.doc}.txt"].append(seg)
    for docs in out.values():
        for segs in docs.values():
            pos = 0
            for seg in segs:
                seg.start = pos
                pos += len(seg.text) + len(SEPARATOR)
    return out


def _overlaps(issue: Issue, start: int, end: int) -> bool:
    """Spans overlap; an empty issue span counts as the one character it points at."""
    return issue.offset < end and start < issue.end + (issue.length == 0)


@dataclass
class Result:
    name: str
    words: int
    seconds: float
    no_error_words: int
    false_alarms: int
    gold: Counter[str]
    found: Counter[str]
    rule_hits: Counter[str]
    rule_fa: Counter[str]
    rule_elsewhere: Counter[str]
    fa_examples: dict[str, list[str]]
    hit_examples: dict[str, list[str]]
    note: str = ""

    @property
    def fa_per_1k(self) -> float:
        return 1000 * self.false_alarms / max(1, self.no_error_words)

    @property
    def recall(self) -> float:
        return sum(self.found.values()) / max(1, sum(self.gold.values()))

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def _show(seg: Segment, issue: Issue) -> str:
    a, b = issue.offset - seg.start, issue.end - seg.start
    a, b = max(0, a), min(len(seg.text), max(b, a))
    fix = f" -> {issue.replacements[0]!r}" if issue.replacements else ""
    return f"{seg.text[:a]}[[{seg.text[a:b]}]]{seg.text[b:]}{fix}"


def evaluate(
    name: str,
    by_system: dict[str, dict[str, list[Segment]]],
    lt_url: str,
    examples: int,
    also_ignore: Sequence[str] = (),
) -> Result:
    ignore, lt_on = CONFIGS[name]
    settings = Settings(
        ignore=[*ignore, *also_ignore],
        languagetool=LanguageToolSettings(enabled=lt_on, server_url=lt_url if lt_on else ""),
    )
    note = ""
    if lt_on:
        status = BACKEND.ensure(settings)
        if status.state is not ServiceState.READY:
            note = f"LanguageTool unavailable: {status.message}"
    harper_engine.reset()
    engine = Engine(settings)
    res = Result(
        name,
        0,
        0.0,
        0,
        0,
        Counter(),
        Counter(),
        Counter(),
        Counter(),
        Counter(),
        defaultdict(list),
        defaultdict(list),
        note,
    )
    for docs in by_system.values():
        members = [BatchMember(p, SEPARATOR.join(s.text for s in segs)) for p, segs in docs.items()]
        started = time.perf_counter()
        results = engine.check_batch(members)
        res.seconds += time.perf_counter() - started
        for member, result in zip(members, results, strict=True):
            for failure in result.failures:
                print(f"CHECK FAILURE {failure.check_id} on {failure.path}: {failure.error}")
            _score(res, docs[member.path], result.issues, examples)
            res.words += len(member.text.split())
    return res


def _score(res: Result, segs: list[Segment], issues: list[Issue], examples: int) -> None:
    for seg in segs:
        res.gold.update(s.category for s in seg.gold)
        if seg.no_error:
            res.no_error_words += seg.words
    for issue in issues:
        on = [s for s in segs if _overlaps(issue, s.start, s.start + len(s.text))]
        hit = False
        for seg in on:
            local = [
                g for g in seg.gold if _overlaps(issue, seg.start + g.start, seg.start + g.end)
            ]
            if local:
                hit = True
                if len(res.hit_examples[issue.rule]) < examples:
                    res.hit_examples[issue.rule].append(f"{local[0].category}: {_show(seg, issue)}")
        if any(seg.no_error for seg in on):
            res.false_alarms += 1
            res.rule_fa[issue.rule] += 1
            seg = next(s for s in on if s.no_error)
            if len(res.fa_examples[issue.rule]) < examples:
                res.fa_examples[issue.rule].append(_show(seg, issue))
        elif not hit:
            res.rule_elsewhere[issue.rule] += 1
    # A gold span counts once however many issues overlap it; per rule, once per rule.
    for seg in segs:
        for g in seg.gold:
            a, b = seg.start + g.start, seg.start + g.end
            rules = {i.rule for i in issues if _overlaps(i, a, b)}
            if rules:
                res.found[g.category] += 1
                res.rule_hits.update(rules)


# --- the trade-off curve: every rule of both engines, unfiltered --------------------


def raw_engine_issues(text: str, lt_tool: Any) -> list[Issue]:
    """Every LanguageTool (picky, nothing disabled) and Harper (all lints) finding, unfiltered."""
    import harper

    from copydesk.checks.grammar.lt_mapping import match_span

    out: list[Issue] = []
    if lt_tool is not None:
        for m in lt_tool.check(text):
            start, length = match_span(text, m)
            out.append(Issue(start, length, f"lt.{m.rule_id}", Category.GRAMMAR, m.message))
    linter = _RAW_HARPER.get("linter")
    if linter is None:
        linter = _RAW_HARPER["linter"] = harper.Linter(harper.Dialect(0))
        linter.set_lint_config({k: True for k in linter.get_lint_config()})
    for rule, lints in linter.organized_lints(text, language="plaintext").items():
        for lint in lints:
            a, b = lint.span.start, lint.span.end
            out.append(Issue(a, b - a, f"grammar.harper.{rule}", Category.GRAMMAR, lint.message))
    return out


_RAW_HARPER: dict[str, Any] = {}


def curve(by_system: dict[str, dict[str, list[Segment]]], lt_url: str, max_fa: float) -> None:
    """Rules added best precision first (exact union of spans found): the best trade-off."""
    lt_tool = None
    if lt_url:
        from language_tool_python import LanguageTool

        lt_tool = LanguageTool("en-US", remote_server=lt_url)
        lt_tool.picky = True
    own = Engine(Settings(ignore=["grammar.harper", "lt"]))
    spans: dict[str, set[tuple[str, int, int]]] = defaultdict(set)
    fas: Counter[str] = Counter()
    lengths: dict[str, list[int]] = defaultdict(list)
    gold = no_error_words = 0
    for docs in by_system.values():
        members = [BatchMember(p, SEPARATOR.join(s.text for s in segs)) for p, segs in docs.items()]
        for member, result in zip(members, own.check_batch(members), strict=True):
            segs = docs[member.path]
            issues = result.issues + raw_engine_issues(member.text, lt_tool)
            gold += sum(len(s.gold) for s in segs)
            no_error_words += sum(s.words for s in segs if s.no_error)
            for issue in issues:
                lengths[issue.rule].append(issue.length)
                for seg in segs:
                    if not _overlaps(issue, seg.start, seg.start + len(seg.text)):
                        continue
                    if seg.no_error:
                        fas[issue.rule] += 1
                    for g in seg.gold:
                        if _overlaps(issue, seg.start + g.start, seg.start + g.end):
                            spans[issue.rule].add(
                                (member.path, seg.start + g.start, seg.start + g.end)
                            )
    useful = sorted(
        (r for r in spans if spans[r]), key=lambda r: -len(spans[r]) / (len(spans[r]) + fas[r])
    )
    print(f"\n== trade-off curve: rules by precision, cumulative (max {max_fa} FA/1k) ==")
    # A rule that flags whole sentences ("too long") overlaps errors without pointing at one.
    print(f"  {'rule added':<44} {'FA/1k':>6} {'recall':>7}  median span (characters)")
    found: set[tuple[str, int, int]] = set()
    fa = 0
    for rule in useful:
        found |= spans[rule]
        fa += fas[rule]
        rate = 1000 * fa / max(1, no_error_words)
        median = sorted(lengths[rule])[len(lengths[rule]) // 2]
        print(f"  {rule:<44} {rate:6.2f} {len(found) / max(1, gold):7.1%}  {median}")
        if rate > max_fa:
            break
    if lt_tool is not None:
        lt_tool.close()


def print_result(res: Result, rules_all: bool) -> None:
    print(f"\n== {LABELS[res.name]} ==" + (f"  ({res.note})" if res.note else ""))
    print(
        f"false alarms: {res.false_alarms} in {res.no_error_words:,} words of No-error "
        f"segments = {res.fa_per_1k:.2f} per 1,000 words"
    )
    parts = [f"{c} {res.found[c]}/{res.gold[c]}" for c in GOLD]
    print(f"recall of {GOLD_SEVERITY} spans: {res.recall:.1%} ({'; '.join(parts)})")
    print(f"speed: {res.words:,} words in {res.seconds:.1f} s = {res.words_per_s:,.0f} words/s")
    rules = set(res.rule_hits) | set(res.rule_fa) | set(res.rule_elsewhere)
    if not rules_all:
        rules = {r for r in rules if res.rule_hits[r] or res.rule_fa[r]}
    if not rules:
        return
    width = max(len(r) for r in rules)
    print(f"  {'rule':<{width}}  spans found  false alarms  elsewhere")
    for rule in sorted(rules, key=lambda r: (-res.rule_hits[r], res.rule_fa[r], r)):
        print(
            f"  {rule:<{width}}  {res.rule_hits[rule]:>11}  {res.rule_fa[rule]:>12}"
            f"  {res.rule_elsewhere[rule]:>9}"
        )
        for text in res.hit_examples.get(rule, []):
            print(f"      hit: {text}")
        for text in res.fa_examples.get(rule, []):
            print(f"      FA:  {text}")


def table(results: Iterable[Result]) -> str:
    lines = [
        "| configuration | false alarms / 1,000 words | recall (Major grammar/spelling/"
        "punctuation spans) | words/s |",
        "| --- | --- | --- | --- |",
    ]
    for r in results:
        found, gold = sum(r.found.values()), sum(r.gold.values())
        lines.append(
            f"| {LABELS[r.name]} | {r.fa_per_1k:.2f} ({r.false_alarms}) | "
            f"{r.recall:.1%} ({found}/{gold}) | {r.words_per_s:,.0f} |"
            + (f" {r.note}" if r.note else "")
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, help="mqm_ted_zhen.tsv (default: found upwards)")
    ap.add_argument("--lt-url", default="", help="a running LanguageTool server")
    ap.add_argument("--configs", default="own,harper,lt,fused")
    ap.add_argument("--sample", type=float, default=1.0, help="fraction of documents (seeded)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--examples", type=int, default=0, help="show N hits and false alarms/rule")
    ap.add_argument("--rules-all", action="store_true", help="list rules with no hit or FA too")
    ap.add_argument(
        "--ignore",
        default="",
        help="rules left out of every configuration (comma-separated), e.g. to measure "
        "without a new check",
    )
    ap.add_argument("--json", type=Path, help="write the figures here")
    ap.add_argument(
        "--curve",
        type=float,
        metavar="MAX_FA",
        help="also print the trade-off curve of every engine rule, unfiltered, up to MAX_FA/1k",
    )
    args = ap.parse_args(argv)
    data = args.data or find_data()
    if data is None or not data.is_file():
        print(f"eval_mqm: data not found ({args.data or DATA_NAME}); pass --data", file=sys.stderr)
        return 2
    names = [c.strip() for c in args.configs.split(",") if c.strip()]
    unknown = [c for c in names if c not in CONFIGS]
    if unknown:
        print(f"eval_mqm: unknown configuration(s) {unknown}; known: {list(CONFIGS)}")
        return 2
    segments = load(data)
    by_system = documents(segments)
    if args.sample < 1.0:
        rng = random.Random(args.seed)
        keys = sorted((s, d) for s, docs in by_system.items() for d in docs)
        keep = set(rng.sample(keys, max(1, round(len(keys) * args.sample))))
        by_system = {
            s: {d: segs for d, segs in docs.items() if (s, d) in keep}
            for s, docs in by_system.items()
        }
        by_system = {s: docs for s, docs in by_system.items() if docs}
    n_docs = sum(len(d) for d in by_system.values())
    print(f"{data}: {len(segments):,} segments; checking {n_docs} documents (sample {args.sample})")
    results = []
    for name in names:
        also = [r.strip() for r in args.ignore.split(",") if r.strip()]
        res = evaluate(name, by_system, args.lt_url, args.examples, also)
        print_result(res, args.rules_all)
        results.append(res)
    print("\n" + table(results))
    if args.curve is not None:
        curve(by_system, args.lt_url, args.curve)
    if args.json:
        args.json.write_text(
            json.dumps(
                [
                    {
                        "configuration": r.name,
                        "false_alarms": r.false_alarms,
                        "no_error_words": r.no_error_words,
                        "fa_per_1k": round(r.fa_per_1k, 3),
                        "gold": dict(r.gold),
                        "found": dict(r.found),
                        "recall": round(r.recall, 4),
                        "words_per_s": round(r.words_per_s),
                        "rule_hits": dict(r.rule_hits),
                        "rule_false_alarms": dict(r.rule_fa),
                        "note": r.note,
                    }
                    for r in results
                ],
                indent=2,
            ),
            "utf-8",
        )
    BACKEND.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
