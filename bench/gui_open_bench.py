"""How fast the window shows the first issues of a 100,000-word file.

Builds a long news-like file (the sample articles repeated, with some layout
artifacts), opens it in the real window with the default checks and prints:
time to show the text, time until the first issues are listed, and time until
the file is fully checked.  A measurement, not a test.

    QT_QPA_PLATFORM=offscreen python bench/gui_open_bench.py [--words 100000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEEDS = Path("/work/shared/seeds")


def build_text(words: int) -> str:
    sources = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    sources += sorted((ROOT / "resources" / "samples").glob("*.txt"))
    chunks = [p.read_text("utf-8") for p in sources]
    out: list[str] = []
    count = 0
    i = 0
    while count < words:
        chunk = chunks[i % len(chunks)]
        out.append(chunk)
        out.append("\n\n\n\n" if i % 3 == 0 else "\n\n")
        count += len(chunk.split())
        i += 1
    return "".join(out)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=100_000)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = Path(tempfile.mkdtemp(prefix="copydesk-bench-"))
    os.environ["COPYDESK_CONFIG_DIR"] = str(tmp / "config")
    os.environ["COPYDESK_DATA_DIR"] = str(tmp / "data")
    text = build_text(args.words)
    path = tmp / "long.txt"
    path.write_text(text, "utf-8")

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from copydesk.checks.registry import REGISTRY
    from copydesk.desktop.main_window import MainWindow

    REGISTRY.load()  # importing the checks is start-up cost, not opening cost
    window = MainWindow()
    window.show()
    app.processEvents()

    t0 = time.perf_counter()
    window.open_paths([str(path)])
    app.processEvents()
    t_text = time.perf_counter() - t0
    t_first = None
    deadline = t0 + 120
    while time.perf_counter() < deadline:
        app.processEvents()
        if t_first is None and window.issue_panel.model.rowCount() > 0:
            t_first = time.perf_counter() - t0
        if not window.checking:
            break
        time.sleep(0.002)
    t_done = time.perf_counter() - t0
    fr = window.session.files[0]
    print(f"file: {len(text.split()):,} words, {len(text):,} characters")
    print(f"checks: {len(window.engine.checks)} ({', '.join(c.id for c in window.engine.checks)})")
    print(f"text shown:        {t_text * 1000:7.0f} ms")
    first = f"{t_first * 1000:7.0f} ms" if t_first is not None else "   none"
    print(f"first issues:      {first}")
    print(f"fully checked:     {t_done * 1000:7.0f} ms ({len(fr.items)} issues)")
    window.ask_unsaved = lambda n: "discard"  # type: ignore[method-assign]
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
