"""Print every issue the default checks report on the seed articles, for a person to judge.

The seeds live outside the project (../shared/seeds); neither the product nor its tests
need them.  Run:  .venv/bin/python bench/seed_report.py [FOLDER]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from copydesk.checks.context import BatchMember
from copydesk.checks.engine import Engine
from copydesk.checks.settings import LanguageToolSettings, Settings
from copydesk.checks.textpos import LineIndex

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        print(f"no .txt files in {folder}", file=sys.stderr)
        return 2
    members = [BatchMember(p.name, p.read_text("utf-8")) for p in paths]
    engine = Engine(Settings(languagetool=LanguageToolSettings(enabled=False)))
    total = 0
    for member, result in zip(members, engine.check_batch(members), strict=True):
        index = LineIndex(member.text)
        for issue in result.issues:
            line, col = index.position(issue)  # as copydesk check prints it
            shown = issue.matched(member.text).strip().replace("\n", "⏎")[:40]
            fix = f" -> {issue.replacements[0]!r}" if issue.replacements else ""
            safe = " [safe]" if issue.safe else ""
            print(f"{member.path}:{line}:{col} {issue.rule}{safe} «{shown}»{fix}")
        total += len(result.issues)
    print(f"{total} issues in {len(members)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
