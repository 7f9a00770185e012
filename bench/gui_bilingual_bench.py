"""How the window copes with a 500-unit XLIFF: checking, stepping through issues, saving.

Builds a 500-unit XLIFF 1.2 of news-like copy (invented sentences; every 10th unit
with a changed figure, every 7th with a doubled space), opens it in the real window
(LanguageTool off) and prints: time until fully checked, the issues found, the mean
time to select an issue (the unit shown side by side with its counterpart marked),
the time to accept every suggestion, and the time to save.  A measurement, not a test.

    QT_QPA_PLATFORM=offscreen python bench/gui_bilingual_bench.py [--units 500] [--ignore grammar]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path


def build_xliff(units: int) -> str:
    rows = []
    for i in range(1, units + 1):
        shown = i * 37 + (100 if i % 10 == 0 else 0)  # every 10th: a changed figure
        gap = "  " if i % 7 == 0 else " "  # every 7th: a doubled space
        source = f"第{i}年，公司售出了{i * 37:,}辆汽车，比去年增长了{i % 50}%。"
        target = (
            f"In year {i}, the company sold{gap}{shown:,} cars, up {i % 50}% on the year before."
        )
        rows.append(f'<trans-unit id="u{i}"><source>{source}</source><target>{target}</target>'
                    "</trans-unit>")  # fmt: skip
    body = "\n".join(rows)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2"><file source-language="zh"'
        f' target-language="en" datatype="plaintext" original="x"><body>\n{body}\n</body></file>'
        "</xliff>\n"
    )


def _wait(app: object, window: object, limit: float = 600) -> None:
    deadline = time.perf_counter() + limit
    while time.perf_counter() < deadline:
        app.processEvents()  # type: ignore[attr-defined]
        if not window.checking:  # type: ignore[attr-defined]
            return
        time.sleep(0.002)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=500)
    parser.add_argument("--ignore", default="", help="rule ids or prefixes to leave out")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = Path(tempfile.mkdtemp(prefix="copydesk-bench-"))
    os.environ["COPYDESK_CONFIG_DIR"] = str(tmp / "config")
    os.environ["COPYDESK_DATA_DIR"] = str(tmp / "data")
    path = tmp / "job.xlf"
    path.write_text(build_xliff(args.units), "utf-8")

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from copydesk.checks.registry import REGISTRY
    from copydesk.checks.settings import LanguageToolSettings, Settings
    from copydesk.desktop.main_window import MainWindow

    REGISTRY.load()
    settings = Settings(languagetool=LanguageToolSettings(enabled=False))
    settings.ignore = [r for r in args.ignore.split(",") if r]
    window = MainWindow(settings=settings)
    window.ask_unsaved = lambda n: "discard"  # type: ignore[method-assign]
    window.confirm_diff = lambda files, target: True  # type: ignore[method-assign]
    window.show()
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPU(s)")
    t0 = time.perf_counter()
    window.open_paths([str(path)])
    _wait(app, window)
    checked = time.perf_counter() - t0
    fr = window.session.files[0]
    rules: dict[str, int] = {}
    for it in fr.items:
        rules[it.issue.rule] = rules.get(it.issue.rule, 0) + 1
    print(f"{args.units} units; fully checked in {checked:.2f} s; {len(fr.items)} issues {rules}")
    picked = fr.items[:50]
    t1 = time.perf_counter()
    for it in picked:
        window.issue_panel.select_key(it.key)
        app.processEvents()
    per = (time.perf_counter() - t1) / max(1, len(picked)) * 1000
    print(f"select an issue (unit shown side by side): {per:.1f} ms on average over {len(picked)}")
    t2 = time.perf_counter()
    accepted = window.decide_rule(True, batch=False, rule="space.double")
    app.processEvents()
    print(f"accept {accepted} space.double fixes: {(time.perf_counter() - t2) * 1000:.0f} ms")
    window.output_dir = tmp / "out"
    t3 = time.perf_counter()
    ok = window.save_current()
    saved = tmp / "out" / "job.xlf"
    took = (time.perf_counter() - t3) * 1000
    expected = path.read_bytes().replace(b"sold  ", b"sold ")
    print(
        f"save: {'ok' if ok else 'FAILED'} in {took:.0f} ms; the copy is the original with"
        f" only the doubled spaces fixed: {saved.read_bytes() == expected}"
    )
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
