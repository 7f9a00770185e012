"""Bilingual checks on real Chinese→English MT with professional MQM annotations; pofilter beside.

    python bench/eval_bilingual.py [--data ../shared/data/mqm-ted-zhen/mqm_ted_zhen.tsv]
    python bench/eval_bilingual.py --speed     # time a 500-unit XLIFF check
    python bench/eval_bilingual.py --coverage  # bilingual.omitted-word: recall/false alarms
                                               # at each word-rarity threshold
    python bench/eval_bilingual.py --list numbers  # each number error, caught or missed

One segment = (system, doc, seg_id); its errors are the union of its MQM rows.
Each system's segments are one batch (as a translator's delivery would be).
Recall per category counts an error caught when the segment gets an issue of
a check meant for it (numbers for errors whose span holds a digit, or else a number
word: "three", "twice", 三, 两, 第一, 一半 — see NUMBER_WORD; omission,
omitted-word, numbers, term or tags for Accuracy/Omission; addition, numbers or tags for
Accuracy/Addition; untranslated for Non-translation; pofilter's tests mapped
alike, see CATEGORIES); "any" counts any bilingual issue in the segment.
False alarms: share of No-error segments with any bilingual issue, and issues
per 1,000 words of those segments.  pofilter (translate-toolkit) runs on the
same segments written as PO, its tests mapped the same way (numbers; short;
long; untranslated/unchanged).
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from copydesk.checks.bilingual.model import BilingualDocument, Unit  # noqa: E402
from copydesk.checks.bilingual.runner import check_documents  # noqa: E402
from copydesk.checks.engine import Engine  # noqa: E402
from copydesk.checks.registry import REGISTRY  # noqa: E402

DEFAULT = (
    next(
        (p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()),
        ROOT.parent / "shared",
    )
    / "data"
    / "mqm-ted-zhen"
    / "mqm_ted_zhen.tsv"
)
# category: (our checks that report such an error, pofilter's tests that do)
CATEGORIES = {
    "numbers (Accuracy span with a digit)": (("bilingual.numbers",), ("numbers",)),
    "numbers (Accuracy span with a number word)": (("bilingual.numbers",), ("numbers",)),
    "Accuracy/Omission": (
        (
            "bilingual.omission",
            "bilingual.omitted-word",
            "bilingual.numbers",
            "bilingual.term",
            "bilingual.tags",
        ),
        ("short", "numbers", "acronyms", "xmltags", "urls", "emails"),
    ),
    "Accuracy/Addition": (
        ("bilingual.addition", "bilingual.numbers", "bilingual.tags"),
        ("long", "numbers", "xmltags", "urls", "emails"),
    ),
    "Untranslated": (("bilingual.untranslated",), ("untranslated", "unchanged")),
}


def strip(text: str) -> str:
    return text.replace("<v>", "").replace("</v>", "")


def load(path: Path) -> dict[tuple[str, str, str], dict]:
    segs: dict[tuple[str, str, str], dict] = {}
    with path.open(encoding="utf-8") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        for system, doc, _doc_id, seg_id, _rater, source, target, category, _sev in reader:
            key = (system, doc, seg_id)
            seg = segs.setdefault(
                key, {"source": strip(source), "target": strip(target), "errors": []}
            )
            if category == "No-error":
                continue
            span = source if "<v>" in source else target
            inner = span.split("<v>", 1)[1].split("</v>", 1)[0] if "<v>" in span else ""
            seg["errors"].append((category, inner))
    return segs


# A number written in words: English number words and Chinese numerals (not 一 alone,
# which is as often "a" or part of a word: 一直, 一起).
NUMBER_WORD = re.compile(
    r"\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|first|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|half|halves|twice|thrice|dozens?|"
    r"decades?|century|centuries|double|triple|quarter)\b|[二两三四五六七八九十百千万亿]|第一|一半",
    re.IGNORECASE,
)


def kinds(category: str, span: str) -> list[str]:
    found = []
    if category.startswith("Accuracy") and any(c.isdigit() for c in span):
        found.append("numbers (Accuracy span with a digit)")
    elif category.startswith("Accuracy") and NUMBER_WORD.search(span):
        found.append("numbers (Accuracy span with a number word)")
    if category == "Accuracy/Omission":
        found.append("Accuracy/Omission")
    if category == "Accuracy/Addition":
        found.append("Accuracy/Addition")
    if "Untranslated" in category or "Non-translation" in category:
        found.append("Untranslated")
    return found


def run_ours(segs: dict) -> dict[tuple, set[str]]:
    checks = [c for c in REGISTRY.all() if c.bilingual and c.default_enabled]
    engine = Engine(checks=checks)
    by_system: dict[str, list] = defaultdict(list)
    for key in segs:
        by_system[key[0]].append(key)
    rules: dict[tuple, set[str]] = {}
    docs = []
    for system, keys in by_system.items():
        units = [Unit(f"{k[1]}:{k[2]}", segs[k]["source"], segs[k]["target"]) for k in keys]
        docs.append(BilingualDocument(system, "mqm", units, b"", "", source_lang="zh",
                                      target_lang="en"))  # fmt: skip
    for doc in docs:  # one system's delivery is one batch
        (result,) = check_documents(engine, [doc])
        for item in result.issues:
            doc_name, seg_id = item.unit.rsplit(":", 1)
            rules.setdefault((doc.path, doc_name, seg_id), set()).add(item.issue.rule)
    return rules


def run_pofilter(segs: dict) -> dict[tuple, set[str]] | None:
    try:
        from translate.storage import po
    except ImportError:
        return None
    store = po.pofile()
    keys = list(segs)
    for n, key in enumerate(keys):
        unit = store.addsourceunit(segs[key]["source"])
        unit.target = segs[key]["target"]
        unit.setcontext(str(n))
    flagged: dict[tuple, set[str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "in.po", Path(tmp) / "out.po"
        src.write_bytes(bytes(store))
        exe = Path(sys.executable).parent / "pofilter"
        subprocess.run([str(exe), "--progress=none", "-i", str(src), "-o", str(out)], check=True)
        if not out.exists():
            return flagged
        for unit in po.pofile(out.read_bytes()).units:
            if unit.isheader():
                continue
            notes = unit.getnotes("translator")
            tests = {line.split(":")[0].split(")")[-1].strip() for line in notes.splitlines()
                     if line.startswith("(pofilter)")}  # fmt: skip
            flagged[keys[int(unit.getcontext())]] = tests
    return flagged


def score(segs: dict, flagged: dict[tuple, set[str]], ours: bool) -> dict[str, str]:
    caught: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # by its check, any, total
    clean = clean_flagged = clean_mapped = clean_words = clean_issues = 0
    mapped = {r for rules, tests in CATEGORIES.values() for r in (rules if ours else tests)}
    for key, seg in segs.items():
        got = flagged.get(key, set())
        if not seg["errors"]:
            clean += 1
            clean_words += len(seg["target"].split())
            clean_flagged += bool(got)
            clean_mapped += bool(got & mapped)
            clean_issues += len(got)
        for category, span in seg["errors"]:
            for kind in kinds(category, span):
                rules, tests = CATEGORIES[kind]
                hit = bool(got & set(rules if ours else tests))
                caught[kind][0] += hit
                caught[kind][1] += bool(got)
                caught[kind][2] += 1
    row = {
        k: f"{c[0] / c[2]:.0%} ({c[0]}/{c[2]}; any {c[1] / c[2]:.0%})" for k, c in caught.items()
    }
    row["No-error segments flagged"] = f"{clean_flagged / clean:.1%} ({clean_flagged}/{clean})"
    row["No-error flagged by the mapped checks/tests"] = (
        f"{clean_mapped / clean:.1%} ({clean_mapped}/{clean})"
    )
    row["rules fired per 1,000 words (No-error segments)"] = (
        f"{1000 * clean_issues / clean_words:.1f}"
    )
    return row


def _xliff(lang: str) -> str:
    """500 units of news-like copy from Chinese or Italian (the Italian path loads lingua)."""
    if lang == "zh":
        pairs = [
            (f"第{i}年，公司售出了{i * 37:,}辆汽车，比去年增长了{i % 50}%。",
             f"In year {i}, the company sold {i * 37:,} cars, up {i % 50}% on the year before.")
            for i in range(1, 501)
        ]  # fmt: skip
    else:
        pairs = [
            (f"Nell'anno {i} l'azienda ha venduto {f'{i * 37:,}'.replace(',', '.')} auto, "
             f"il {i % 50}% in più.",
             f"In year {i}, the company sold {i * 37:,} cars, {i % 50}% more.")
            for i in range(1, 501)
        ]  # fmt: skip
    units = "\n".join(
        f'<trans-unit id="u{i}"><source>{s}</source><target>{t}</target></trans-unit>'
        for i, (s, t) in enumerate(pairs, start=1)
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2"><file source-language="{lang}" '  # noqa: E501
        f'target-language="en" datatype="plaintext" original="x"><body>\n{units}\n</body></file></xliff>\n'  # noqa: E501
    )


def speed() -> None:
    """Time 500-unit XLIFF files through `copydesk check`, whole process from a cold start."""
    exe = Path(sys.executable).parent / "copydesk"
    runs = (
        ("all default checks", []),
        ("all but the grammar engine", ["--ignore", "grammar"]),
        ("bilingual checks only", ["--rules", "bilingual"]),
    )
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPU(s)")
    with tempfile.TemporaryDirectory() as tmp:
        for lang in ("zh", "it"):
            path = Path(tmp) / f"500-{lang}.xlf"
            path.write_text(_xliff(lang), encoding="utf-8")
            for label, extra in runs:
                start, cpu = time.perf_counter(), _children_cpu()
                subprocess.run([str(exe), "check", "--no-languagetool", *extra, str(path)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
                took, used = time.perf_counter() - start, _children_cpu() - cpu
                # CPU seconds (user + system of the process and its threads) move far
                # less with the machine's load than the wall clock does.
                print(f"500-unit XLIFF from {lang}, {label}: {took:.2f} s, {used:.2f} CPU-s")
    print(f"load average after: {os.getloadavg()[0]:.1f}")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def coverage_curve(segs: dict) -> None:
    """bilingual.omitted-word at every rarity threshold: No-error segments flagged, omissions
    in a flagged segment ("segment"), omissions whose marked span holds the flagged word
    ("span": the word itself was the omission)."""
    import math

    from copydesk.checks.bilingual.wordcover import uncovered_words

    found = {}
    for key, seg in segs.items():
        words = uncovered_words(seg["source"], seg["target"], math.inf)
        found[key] = words[0] if words else None  # the rarest, as the check reports it
    clean = sum(not s["errors"] for s in segs.values())
    omissions = [(k, span) for k, s in segs.items() for c, span in s["errors"]
                 if c == "Accuracy/Omission"]  # fmt: skip
    print(f"{len(omissions)} Accuracy/Omission errors, {clean} No-error segments")
    print("| max log10 frequency | No-error flagged | omissions: segment | omissions: span |")
    print("| --- | --- | --- | --- |")
    for limit in (2.0, 2.5, 3.0, 3.2, 3.3, 3.4, 3.5, 3.6, 3.8, 4.0, 4.5, math.inf):
        hit = {k for k, w in found.items() if w is not None and w.log_frequency <= limit}
        fa = sum(1 for k in hit if not segs[k]["errors"])
        seg_hits = sum(1 for k, _ in omissions if k in hit)
        span_hits = sum(1 for k, span in omissions if k in hit and found[k].word in span)
        n = len(omissions)
        print(f"| {limit} | {fa / clean:.1%} ({fa}) | {seg_hits / n:.0%} ({seg_hits}) "
              f"| {span_hits / n:.0%} ({span_hits}) |")  # fmt: skip


def list_errors(segs: dict, flagged: dict[tuple, set[str]], prefix: str) -> None:
    """Every error of the categories starting with ``prefix``: caught or missed, in context."""
    for key, seg in segs.items():
        got = flagged.get(key, set())
        for category, span in seg["errors"]:
            for kind in kinds(category, span):
                if not kind.startswith(prefix):
                    continue
                hit = "caught" if got & set(CATEGORIES[kind][0]) else "MISSED"
                print(f"{hit} [{kind}] {category}: {span!r}  ({', '.join(sorted(got)) or '-'})")
                print(f"    source: {seg['source']}\n    target: {seg['target']}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--speed", action="store_true")
    parser.add_argument("--no-pofilter", action="store_true")
    parser.add_argument("--coverage", action="store_true")
    parser.add_argument("--list", metavar="CATEGORY", help="list the errors of the categories "
                        "starting with CATEGORY (e.g. numbers), caught or missed")  # fmt: skip
    args = parser.parse_args()
    if args.speed:
        speed()
        return
    segs = load(args.data)
    if args.coverage:
        coverage_curve(segs)
        return
    if args.list:
        list_errors(segs, run_ours(segs), args.list)
        return
    print(f"{len(segs)} segments, {sum(not s['errors'] for s in segs.values())} No-error")
    start = time.perf_counter()
    ours = score(segs, run_ours(segs), ours=True)
    took = time.perf_counter() - start
    theirs = None if args.no_pofilter else run_pofilter(segs)
    peer = score(segs, theirs, ours=False) if theirs is not None else {}
    print(f"copydesk bilingual checks: {took:.1f} s")
    print(f"| {'measure':<45} | {'copydesk':<32} | {'pofilter':<32} |")
    print(f"| {'-' * 45} | {'-' * 32} | {'-' * 32} |")
    for key in ours:
        print(f"| {key:<45} | {ours[key]:<32} | {peer.get(key, '-'):<32} |")


if __name__ == "__main__":
    main()
