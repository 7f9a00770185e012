"""Dump every issue of the default checks over fixed texts as JSON, to compare two builds.

Run:  .venv/bin/python bench/issue_dump.py OUT.json [--shared ../shared/seeds]

A speed change must not change a result: dump before and after, then ``cmp`` the
two files (they must be byte-identical).  Texts: every bench/data/**/*.txt but the
hold-out pools' (bench/holdout.py) (as one
batch, and each on its own), bench/corpus.py at three seeds (a batch each), and
with ``--shared`` the *.txt of that folder (as one batch, and each on its own).
LanguageTool is off, as in the speed benches; the grammar engines run in check
order (no overlap thread), so that nothing depends on the machine's load.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import corpus
from holdout import outside_holdouts

from copydesk.checks.context import BatchMember
from copydesk.checks.engine import Engine, FileResult
from copydesk.checks.settings import LanguageToolSettings, Settings

HERE = Path(__file__).resolve().parent
SEEDS = (7, 11, 2024)
CORPUS_WORDS = 12_000


def rows(label: str, results: list[FileResult]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for result in results:
        out += [
            {
                "run": label,
                "file": result.path,
                "offset": i.offset,
                "length": i.length,
                "rule": i.rule,
                "category": str(i.category),
                "message": i.message,
                "replacements": list(i.replacements),
                "confidence": i.confidence,
                "safe": i.safe,
                "related": [repr(r) for r in i.related],
            }
            for i in result.issues
        ]
        out += [
            {"run": label, "file": f.path, "failure": f.check_id, "error": f.error}
            for f in result.failures
        ]
    return out


def members_of(folder: Path, pattern: str) -> list[BatchMember]:
    paths = outside_holdouts(folder.glob(pattern))
    return [BatchMember(str(p.relative_to(folder)), p.read_text("utf-8")) for p in paths]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--shared", type=Path, help="a folder of *.txt seeds")
    args = parser.parse_args()
    engine = Engine(Settings(languagetool=LanguageToolSettings(enabled=False)))
    engine.overlap_engines = False
    groups: list[tuple[str, list[BatchMember]]] = [
        ("bench/data", members_of(HERE / "data", "**/*.txt"))
    ]
    if args.shared:
        groups.append(("shared", members_of(args.shared, "*.txt")))
    dump: list[dict[str, Any]] = []
    c0 = time.process_time()
    for label, members in groups:
        dump += rows(f"{label} batch", engine.check_batch(members))
        for m in members:
            dump += rows(f"{label} alone", engine.check_batch([m]))
    for seed in SEEDS:
        texts = corpus(CORPUS_WORDS, 800, seed=seed)
        members = [BatchMember(f"article-{n}.txt", t) for n, t in enumerate(texts)]
        dump += rows(f"corpus seed {seed}", engine.check_batch(members))
    args.out.write_text(json.dumps(dump, ensure_ascii=False, indent=0, sort_keys=True), "utf-8")
    print(f"{len(dump):,} rows in {time.process_time() - c0:.1f} CPU-s -> {args.out}")


if __name__ == "__main__":
    main()
