"""Words per second of the whole engine with the grammar layer on and off.

Usage: python bench/grammar_bench.py [WORDS] [FILES...]
Builds a batch of about WORDS words (default 100,000) from the given files (by
default the clean news sample in tests/checks/grammar/data/ and any seed
articles found in /work/shared/seeds/), split into ~800-word documents, then
times: every default check; the same without the grammar layer (grammar, lt);
and the offline grammar engine alone.  LanguageTool runs only if it is usable
here (its state is printed); Harper's one-off start-up is timed separately.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from copydesk.checks.context import BatchMember  # noqa: E402
from copydesk.checks.engine import Engine  # noqa: E402
from copydesk.checks.grammar import harper_engine  # noqa: E402
from copydesk.checks.grammar.lt_backend import BACKEND  # noqa: E402
from copydesk.checks.settings import Settings  # noqa: E402


def corpus(words: int, paths: list[Path]) -> list[BatchMember]:
    texts = [p.read_text("utf-8") for p in paths]
    pool = "\n\n".join(texts).split("\n\n")
    docs: list[BatchMember] = []
    current: list[str] = []
    count = total = i = 0
    while total < words:
        # A unique closing sentence per paragraph: Harper caches what it has seen,
        # and a real batch does not repeat itself.
        para = pool[i % len(pool)].rstrip() + f" Officials counted {i + 1:,} cases."
        i += 1
        current.append(para)
        n = len(para.split())
        count += n
        total += n
        if count >= 800:
            docs.append(BatchMember(f"doc{len(docs)}.txt", "\n\n".join(current) + "\n"))
            current, count = [], 0
    if current:
        docs.append(BatchMember(f"doc{len(docs)}.txt", "\n\n".join(current) + "\n"))
    return docs


def run(label: str, settings: Settings, docs: list[BatchMember], words: int) -> None:
    engine = Engine(settings)
    start = time.perf_counter()
    issues = sum(len(r.issues) for r in engine.check_batch(docs))
    took = time.perf_counter() - start
    ids = ",".join(sorted({c.id.split(".")[0] for c in engine.checks}))
    print(f"{label:<34} {words / took:>10,.0f} words/s  {took:6.2f} s  {issues:6d} issues  [{ids}]")


def main(argv: list[str]) -> int:
    words = int(argv[0]) if argv else 100_000
    paths = [Path(p) for p in argv[1:]]
    if not paths:
        paths = [ROOT / "tests/checks/grammar/data/clean_news.txt"]
        paths += sorted(Path("/work/shared/seeds").glob("*.txt"))
    docs = corpus(words, paths)
    real_words = sum(len(d.text.split()) for d in docs)
    print(f"{real_words:,} words in {len(docs)} documents")

    start = time.perf_counter()
    harper_engine.warm()
    print(f"Harper linter start-up (once per process): {time.perf_counter() - start:.2f} s")
    status = BACKEND.ensure(Settings())
    print(
        f"LanguageTool: {status.state} {status.message.splitlines()[0] if status.message else ''}"
    )

    on = Settings()
    off = Settings()
    off.ignore = ["grammar", "lt"]
    only = Settings()
    only.select = ["grammar"]
    only.languagetool.enabled = False
    run("all checks, grammar layer off", off, docs, real_words)
    run("all checks, grammar layer on", on, docs, real_words)
    run("again (Harper's cache warm)", on, docs, real_words)
    run("offline grammar engine alone", only, corpus(words, paths[::-1]), real_words)
    BACKEND.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
