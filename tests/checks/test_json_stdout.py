"""``copydesk check --format json``: the report is the only thing on stdout (issue 11, item 5).

Run as a user runs it, in a fresh process, because the noise that broke it comes
from native code (Harper's Rust ``println!``) writing to file descriptor 1, which
no in-process capture of ``sys.stdout`` sees.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Harper 2.13's LookingForwardTo rule prints "gerund_form: -snowing- -- verb: -snow-"
# to stdout for each of these lines.
HARPER_NOISE = "We are looking forward to Christmas with you.\nWe are looking forward to snow.\n"


def _run(args: list[str], code: str | None = None) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-c", code] if code else [sys.executable, "-m", "copydesk.cli"]
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )


def _report(stdout: bytes) -> dict:
    # Not even whitespace may come before the report: the first byte opens the JSON.
    assert stdout[:1] == b"{", stdout[:200]
    return json.loads(stdout.decode("utf-8"))


def test_harper_debug_lines_stay_out_of_the_json(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(HARPER_NOISE, "utf-8")
    done = _run(["check", "--no-languagetool", "--format", "json", str(article)])
    assert done.returncode == 1, done.stderr
    report = _report(done.stdout)
    rules = {i["rule"] for i in report["files"][0]["issues"]}
    assert "grammar.harper.LookingForwardTo" in rules  # Harper ran on the noisy rule
    assert b"gerund_form" not in done.stdout


def test_anything_written_to_stdout_during_the_run_goes_to_stderr(tmp_path):
    # A check that writes to descriptor 1 directly (as native code does) and through
    # Python's print(): neither may precede or follow the report.
    article = tmp_path / "a.txt"
    article.write_text("The council met on Monday.\n", "utf-8")
    code = (
        "import os, sys\n"
        "from copydesk import cli\n"
        "from copydesk.checks.engine import Engine\n"
        "real = Engine.check_batch\n"
        "def noisy(self, *a, **k):\n"
        "    os.write(1, b'native noise\\n')\n"
        "    print('python noise')\n"
        "    return real(self, *a, **k)\n"
        "Engine.check_batch = noisy\n"
        "print('before', end='')\n"  # pending in Python's buffer when the run starts
        "sys.exit(cli.main(sys.argv[1:]))\n"
    )
    done = _run(["check", "--no-languagetool", "--format", "json", str(article)], code)
    assert done.stdout.startswith(b"before{"), done.stdout[:200]
    report = _report(done.stdout[len(b"before") :])
    assert report["files"][0]["path"] == str(article)
    assert done.stdout.rstrip().endswith(b"}")
    assert b"native noise" in done.stderr and b"python noise" in done.stderr
    assert b"noise" not in done.stdout


def test_text_format_keeps_library_prints_out_of_the_listing(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(HARPER_NOISE, "utf-8")
    done = _run(["check", "--no-languagetool", str(article)])
    lines = done.stdout.decode("utf-8").splitlines()
    assert lines and all(line.startswith(f"{article}:") for line in lines), lines


def test_a_stray_byte_in_an_issue_is_an_escape_and_the_report_stays_utf8(tmp_path):
    # Review: a file with a stray non-UTF-8 byte puts it (as a lone surrogate) in an
    # issue's message and suggestion; stdout wrote the raw byte, so the JSON report was
    # not UTF-8 and json.loads of it failed.  It is the JSON escape of that surrogate now.
    article = tmp_path / "a.txt"
    article.write_bytes("Café naïve résumé. The ".encode() + b"gar\xe7on gar\xe7on left.\n")
    args = ["check", "--no-languagetool", "--format", "json", "--rules", "repeat"]
    done = _run([*args, str(article)])
    assert done.returncode == 1, done.stderr
    report = _report(done.stdout)
    [issue] = report["files"][0]["issues"]
    assert "gar\udce7on" in issue["message"]  # the byte, as the text holds it
    assert issue["replacements"] == [""]
