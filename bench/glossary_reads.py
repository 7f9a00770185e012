"""How many times a run opens the glossary files: `check` and `fix`, in process and on workers.

Makes FOLDERS folders of FILES articles each, a `copydesk-glossary.csv` in every folder and a
`--glossary` file, runs the command line in this process and counts the opens of those
files with an audit hook (inherited by forked workers, which append to a shared log).
Prints one JSON line per run.  Issue 13: the run inputs are read once per run.

    python bench/glossary_reads.py [--folders 4] [--files 25]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
import tempfile
from pathlib import Path

TEXT = "Lavrow met the minister on Monday..  The e-mail was sent on-line.\n\nLater Lavrow left.\n"


def _batch(root: Path, folders: int, files: int) -> list[str]:
    for f in range(folders):
        folder = root / "in" / f"f{f}"
        folder.mkdir(parents=True)
        (folder / "copydesk-glossary.csv").write_text("Lavrov,Lavrow\n", "utf-8")
        for n in range(files):
            (folder / f"a{n}.txt").write_text(TEXT, "utf-8")
    (root / "mine.csv").write_text("online,on-line\n", "utf-8")
    return [str(root / "in")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folders", type=int, default=4)
    parser.add_argument("--files", type=int, default=25)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="copydesk-glossary-reads-"))
    paths = _batch(root, args.folders, args.files)
    log = os.open(root / "opens.log", os.O_WRONLY | os.O_CREAT | os.O_APPEND)

    def hook(event: str, hook_args: tuple[object, ...]) -> None:
        if event == "open" and isinstance(hook_args[0], str | Path):
            name = os.path.basename(str(hook_args[0]))
            if name in ("copydesk-glossary.csv", "mine.csv"):
                os.write(log, b"x")

    sys.addaudithook(hook)
    from copydesk.cli import main as cli

    glossary = ["--glossary", str(root / "mine.csv"), "--no-languagetool"]
    glossary += ["--rules", "consistency,punct,space"]
    for label, argv in (
        ("check -j 1", ["check", *glossary, "-j", "1", *paths]),
        ("check -j 2", ["check", *glossary, "-j", "2", *paths]),
        ("fix -j 1", ["fix", *glossary, "-j", "1", "-o", str(root / "out1"), *paths]),
        ("fix -j 2", ["fix", *glossary, "-j", "2", "-o", str(root / "out2"), *paths]),
    ):
        before = os.path.getsize(root / "opens.log")
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            code = cli(argv)
        opens = os.path.getsize(root / "opens.log") - before
        row = {"run": label, "exit": code, "glossary_files": args.folders + 1}
        print(json.dumps({**row, "files": args.folders * args.files, "opens": opens}))


if __name__ == "__main__":
    main()
