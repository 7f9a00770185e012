"""Time the bilingual model on a large file: finding every unit by id, and writing back
every unit changed (a 20,000-unit TMX by default).  Prints seconds; asserts nothing.

Both were quadratic once (a scan per look-up, a copy of the whole text per changed unit):
110 s and 8 s at 20,000 units.

    python bench/bilingual_scale.py [--units 20000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from copydesk.checks.bilingual.loader import load  # noqa: E402


def tmx(units: int) -> str:
    body = "".join(
        f'<tu tuid="{n}"><tuv xml:lang="zh"><seg>好。</seg></tuv>'
        f'<tuv xml:lang="en"><seg>Fine {n} .</seg></tuv></tu>\n'
        for n in range(units)
    )
    head = '<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="zh"/><body>\n'
    return f"{head}{body}</body></tmx>\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--units", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.tmx"
        path.write_text(tmx(args.units), "utf-8")
        started = time.perf_counter()
        doc = load(path, 10**9)
        print(f"read {args.units:,} units: {time.perf_counter() - started:.2f} s")
        started = time.perf_counter()
        assert all(doc.unit(u.id) is u for u in doc.units)
        print(f"every unit found by id: {time.perf_counter() - started:.3f} s")
        started = time.perf_counter()
        doc.encode({u.id: u.target.replace(" .", ".") for u in doc.units})
        print(f"every unit changed and written: {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
