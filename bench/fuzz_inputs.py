"""The reliability trial, repeatable: attack copydesk's file handling and print a table.

Each attack is run a number of times; a run *holds* when copydesk exits with 0, 1 or 2
(never 3, never a traceback), names every bad input in one line, leaves no temporary
file, and changes no input.  Hangs and endless reads are caught with a time limit.

    .venv/bin/python bench/fuzz_inputs.py                 # the default counts
    .venv/bin/python bench/fuzz_inputs.py --random 900 --sigint 60

Needs Linux (FIFOs, /dev/zero); the full-disk and read-only attacks mount a tiny tmpfs
and are reported as "not run" without root.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from copydesk.checks.decisions import DecisionStore  # noqa: E402
from copydesk.checks.document import DocumentError, decode  # noqa: E402
from copydesk.checks.glossary import GlossaryError, read_glossary  # noqa: E402
from copydesk.checks.settings import load_settings  # noqa: E402
from copydesk.cli import main  # noqa: E402

RULES = "space,punct,encoding"


def run_cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def temp_files(folder: Path) -> list[str]:
    # find(1), not Path.rglob: rglob recurses and fails on the 1,000-deep folder.
    found = subprocess.run(["find", str(folder), "-name", "*.tmp"], capture_output=True, text=True)
    return found.stdout.split()


def held(code: int, err: str, folder: Path) -> bool:
    return code in (0, 1, 2) and "Traceback" not in err and not temp_files(folder)


def crafted_files() -> dict[str, bytes]:
    rng = random.Random(48)
    files = {
        "empty": b"",
        "spaces": b"   \n\t\n",
        "nul": b"\x00" * 64,
        "bom-utf8": b"\xef\xbb\xbf",
        "bom-utf16": b"\xff\xfe",
        "utf16-odd": b"\xff\xfeA\x00B",
        "utf16-nobom": "Short text here.".encode("utf-16-le"),
        "utf16be-nobom": "Short text here.".encode("utf-16-be"),
        "utf32-bom": b"\xff\xfe\x00\x00" + "Text here.\n".encode("utf-32-le"),
        "cr-only": b"One..\rTwo  three.\r",
        "mixed": b"One..\r\nTwo\nThree  four.\r",
        "stray": "Café résumé ".encode() + b"\xff\xfe .. end\n",
        "latin1-word": "Señor".encode("latin-1"),
        "latin1": "Señor Muñoz dijo..\n".encode("latin-1"),
        "cp1251": "Привет, мир..\n".encode("cp1251"),
        "controls": b"Text\x01\x02\x03\x04\x05 more\x06\x07\x08 text\n" * 3,
        "surrogates": b"\xed\xa0\x80 lone surrogate\n",
        "overlong": b"\xc0\xaf\xe0\x80\xaf text\n",
        "html": b"<html><body><p>Hello  world..</p></body></html>\n",
        "rtl": "\u202eReversed\u202c text..\n".encode(),
        "zero-width": "Zero\u200bwidth\u200b  text..\n".encode(),
        "png": b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
        "gzip": b"\x1f\x8b\x08\x00" + rng.randbytes(200),
        "pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + rng.randbytes(300),
        "nul-pattern-1": b"\x00\x01" * 50,
        "nul-pattern-2": b"\x00\xff" * 40,
        "nul-pattern-3": b"\x00\x00\x00\x01" * 30,
        "nul-pattern-4": b"\x12\x00\x34\x00" * 40,
        "ff": b"\xff" * 100,
        "fe-ff": b"\xfe\xff" * 20,
        "one-byte": b"a",
        "one-high-byte": b"\xe9",
        "crlf-only": b"\r\n" * 50,
        "cr-runs": b"\r" * 1000,
        "tabs": b"\t" * 1000 + b"x\n",
        "formfeed": b"Page one.\fPage two..\n",
        "vt": b"Line\x0bbreak  here.\n",
        "esc": b"\x1b[31mred\x1b[0m text..\n",
        "bidi-marks": "\u200e\u200f text..\n".encode(),
        "emoji": "Hello 👋🏽 world..\n".encode(),
        "combining": "e\u0301\u0301\u0301 text..\n".encode(),
        "nbsp": "A\u00a0\u00a0b..\n".encode(),
        "utf8-bom-crlf": b"\xef\xbb\xbfOne..\r\nTwo\r\n",
        "utf16-crlf": b"\xff\xfe" + "One..\r\nTwo\r\n".encode("utf-16-le"),
        "ebcdic": "Hello world".encode("cp037"),
        "shift-jis": "こんにちは、世界。".encode("shift_jis"),
        "gb18030": "你好，世界。".encode("gb18030"),
        "long-line-50k": b"word " * 10000,
    }
    return files


def attack_crafted(tmp: Path) -> tuple[int, int]:
    files = crafted_files()
    ok = 0
    for name, data in files.items():
        folder = tmp / f"c-{name}"
        folder.mkdir()
        (folder / "a.txt").write_bytes(data)
        code, _, err = run_cli("check", "--rules", RULES, str(folder))
        code2, _, err2 = run_cli("fix", "--all", "--rules", RULES, "-o", str(tmp / f"o-{name}"),
                                 str(folder))  # fmt: skip
        intact = (folder / "a.txt").read_bytes() == data
        ok += held(code, err, folder) and held(code2, err2, tmp) and intact
    return len(files), ok


def attack_random(tmp: Path, count: int) -> tuple[int, int, Counter[str]]:
    rng = random.Random(900)
    outcome: Counter[str] = Counter()
    ok = 0
    for i in range(count):
        blob = rng.randbytes(rng.randint(1, 4096 if i % 2 else 256))
        try:
            doc = decode(blob)
            outcome[doc.encoding] += 1
            ok += doc.encode(doc.text) == blob
        except DocumentError:
            outcome["refused"] += 1
            ok += 1
    return count, ok, outcome


def attack_filesystem(tmp: Path) -> list[tuple[str, int, int]]:
    rows = []
    cases = {
        "FIFO named *.txt in a folder": lambda d: os.mkfifo(d / "pipe.txt"),
        "link to /dev/zero": lambda d: (d / "zero.txt").symlink_to("/dev/zero"),
        "symlink loop": lambda d: (d / "loop.txt").symlink_to("loop.txt"),
        "link to the folder itself": lambda d: (d / "self").symlink_to(d),
        "dangling link": lambda d: (d / "gone.txt").symlink_to("nowhere.txt"),
        "folder named *.txt": lambda d: (d / "dir.txt").mkdir(),
        "newline in a file name": lambda d: (d / "two\nlines.txt").write_text("A  b.\n"),
        "non-UTF-8 file name": lambda d: (d / os.fsdecode(b"caf\xe9.txt")).write_text("A  b.\n"),
    }
    for label, make in cases.items():
        folder = tmp / f"fs-{len(rows)}"
        folder.mkdir()
        (folder / "a.txt").write_text("Two  spaces.\n")
        make(folder)
        start = time.monotonic()
        code, out, err = run_cli("check", "--format", "json", "--rules", RULES, str(folder))
        fine = held(code, err, folder) and time.monotonic() - start < 60
        with contextlib.suppress(UnicodeEncodeError, ValueError):
            json.loads(out).get("files")
            out.encode("utf-8")
            rows.append((label, 1, int(fine)))
            continue
        rows.append((label, 1, 0))
    # 1,000 folders deep, and a path past PATH_MAX
    for label, depth, name in (
        ("folder 1,000 deep", 1000, "d"),
        ("path over PATH_MAX", 20, "x" * 250),
    ):
        top = tmp / f"deep-{depth}"
        top.mkdir()
        fd = os.open(top, os.O_RDONLY)
        for _ in range(depth):
            os.mkdir(name, dir_fd=fd)
            nfd = os.open(name, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = nfd
        with open(os.open("a.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd), "w") as f:
            f.write("Two  spaces.\n")
        os.close(fd)
        code, _, err = run_cli("check", "--rules", RULES, str(top))
        rows.append((label, 1, int(held(code, err, top))))
    return rows


def attack_data_files(tmp: Path, count: int) -> list[tuple[str, int, int]]:
    rng = random.Random(10)
    shapes = ["[]", "null", '{"ignore":5}', '{"select":[null]}', "[" * 50000 + "]" * 50000,
              '{"languagetool": 3}', '{"k": {"verdict": "accepted", "replacement": 5}}',
              '{"k": {"verdict": []}}', '"x"', "{not json"]  # fmt: skip
    samples = [s.encode() for s in shapes] + [
        rng.randbytes(rng.randint(0, 300)) for _ in range(count)
    ]
    settings_ok = store_ok = glossary_ok = 0
    for i, data in enumerate(samples):
        p = tmp / f"s{i}.json"
        p.write_bytes(data)
        try:
            load_settings(p)
            settings_ok += 1
        except Exception:
            pass
        try:
            DecisionStore.load(p)
            store_ok += 1
        except ValueError:
            store_ok += 1
        except Exception:
            pass
        for suffix in (".toml", ".csv"):
            g = tmp / f"g{i}{suffix}"
            g.write_bytes(data)
            try:
                read_glossary(g)
                glossary_ok += 1
            except GlossaryError as exc:
                glossary_ok += "\n" not in str(exc).strip()
            except Exception:
                pass
    n = len(samples)
    return [("corrupt settings.json", n, settings_ok), ("corrupt decision store", n, store_ok),
            ("corrupt glossary (TOML and CSV)", 2 * n, glossary_ok)]  # fmt: skip


def _batch(folder: Path, n: int, words: int) -> None:
    folder.mkdir(parents=True)
    for i in range(n):
        (folder / f"f{i:03}.txt").write_text(f"Title {i}\n\n\n\n" + "The  convoy. " * words + "\n")


def attack_sigint(tmp: Path, count: int) -> tuple[int, int]:
    src = tmp / "sig-in"
    _batch(src, 30, 3000)
    rng = random.Random(60)
    ok = 0
    for i in range(count):
        out, report = tmp / f"sig-out{i}", tmp / f"sig{i}.html"
        report.write_text("EARLIER")
        proc = subprocess.Popen(
            [sys.executable, "-m", "copydesk.cli", "fix", "--rules", "space,punct", "-o", str(out),
             "--report", str(report), str(src)],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        while not out.exists() and proc.poll() is None:
            time.sleep(0.02)
        time.sleep(rng.uniform(0, 1.5))
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=600)
        text = report.read_text()
        problems = [
            *(["a traceback"] if "Traceback" in err else []),
            *(f"left {t}" for t in temp_files(tmp)),
            *([] if text == "EARLIER" or text.rstrip().endswith("</html>") else ["a torn report"]),
        ]
        if problems:
            print(f"SIGINT trial {i}: {', '.join(problems)}\n{err[-2000:]}", file=sys.stderr)
        ok += not problems
    return count, ok


def _mount(path: Path, options: str) -> bool:
    path.mkdir()
    cmd = ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)]
    return subprocess.run(cmd, capture_output=True, check=False).returncode == 0


def attack_disk(tmp: Path) -> list[tuple[str, int, int | str]]:
    rows: list[tuple[str, int, int | str]] = []
    src = tmp / "disk-in"
    _batch(src, 6, 3000)
    disk = tmp / "full"
    if not _mount(disk, "size=64k"):
        return [("full disk", 0, "not run (cannot mount)"), ("read-only output", 0, "not run")]
    try:
        report = disk / "r.html"
        report.write_text("EARLIER")
        with contextlib.suppress(OSError), (disk / "filler").open("wb") as f:
            f.write(b"x" * 60 * 1024)
        code, _, err = run_cli("fix", "--rules", "space", "-o", str(disk / "out"), "--report",
                               str(report), str(src))  # fmt: skip
        rows.append(("full disk (outputs and report)", 1,
                     int(held(code, err, disk) and report.read_text() == "EARLIER")))  # fmt: skip
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)
    ro = tmp / "ro"
    if _mount(ro, "ro,size=64k"):
        try:
            code, _, err = run_cli("fix", "--rules", "space", "-o", str(ro / "out"), str(src))
            rows.append(("read-only output", 1, int(held(code, err, tmp) and code == 2)))
        finally:
            subprocess.run(["umount", "-l", str(ro)], check=False)
    return rows


def attack_concurrent(tmp: Path, count: int) -> tuple[int, int]:
    src = tmp / "conc-in"
    _batch(src, 12, 800)
    ok = 0
    for i in range(count):
        out, report = tmp / f"conc-out{i}", tmp / f"conc{i}.csv"
        procs = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "copydesk.cli",
                    "fix",
                    "--rules",
                    "space,punct",
                    "-o",
                    str(out),
                    "--report",
                    str(report),
                    str(src),
                ],
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(3)
        ]
        errs = [p.communicate(timeout=600)[1] for p in procs]
        ok += all(p.returncode == 0 for p in procs) and not any("Traceback" in e for e in errs)
    return count, ok


def main_bench() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--random", type=int, default=900, help="random binaries to decode")
    parser.add_argument("--data", type=int, default=200, help="random corrupt data files")
    parser.add_argument("--sigint", type=int, default=20, help="interrupted fix runs")
    parser.add_argument("--concurrent", type=int, default=3, help="rounds of 3 concurrent runs")
    parser.add_argument(
        "--only", help="run only this attack (crafted, random, fs, data, disk, sigint, concurrent)"
    )
    args = parser.parse_args()
    os.environ.setdefault("COPYDESK_CONFIG_DIR", tempfile.mkdtemp(prefix="copydesk-cfg-"))
    os.environ.setdefault("COPYDESK_DATA_DIR", tempfile.mkdtemp(prefix="copydesk-data-"))
    rows: list[tuple[str, int, int | str]] = []
    tmp = Path(tempfile.mkdtemp(prefix="copydesk-attacks-"))
    try:
        want = lambda name: args.only in (None, name)  # noqa: E731
        if want("crafted"):
            n, ok = attack_crafted(tmp)
            rows.append(("crafted files (check and fix --all)", n, ok))
        if want("random"):
            n, ok, outcome = attack_random(tmp, args.random)
            wide = sum(v for k, v in outcome.items() if k.startswith("utf-16"))
            label = (
                f"random binaries 1-4096 B (refused {outcome['refused']}, read as UTF-16 {wide})"
            )
            rows.append((label, n, ok))
        if want("fs"):
            rows.extend(attack_filesystem(tmp))
        if want("data"):
            rows.extend(attack_data_files(tmp, args.data))
        if want("disk"):
            rows.extend(attack_disk(tmp))
        if want("sigint"):
            n, ok = attack_sigint(tmp, args.sigint)
            rows.append(("SIGINT during fix --report", n, ok))
        if want("concurrent"):
            n, ok = attack_concurrent(tmp, args.concurrent)
            rows.append(("3 concurrent fix runs, one output", n, ok))
    finally:
        # rm -rf, not shutil.rmtree: rmtree recurses and fails on the 1,000-deep folder.
        subprocess.run(["rm", "-rf", str(tmp)], check=False)
    print("| attack | count tried | held |")
    print("| --- | --- | --- |")
    for label, n, ok in rows:
        print(f"| {label} | {n} | {ok if isinstance(ok, str) else f'{ok}/{n}'} |")


if __name__ == "__main__":
    main_bench()
