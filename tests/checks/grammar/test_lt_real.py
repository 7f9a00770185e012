"""Against a real LanguageTool 6.8 server (issue 11): offsets, chunks, a dying server, reuse.

One server is shared by the session (``real_lt_server`` in conftest.py); copydesk's
backend finds it through the state file and reuses it.  The tests that need a
server of their own (one that is killed) start it through the backend itself.
In CI (CI=true) a missing LanguageTool fails these tests; elsewhere they are
skipped, with the reason, only when Java or Maven is missing.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from copydesk import cli
from copydesk import languagetool_cli as lt_cli
from copydesk.checks.context import BatchMember
from copydesk.checks.document import read_document
from copydesk.checks.engine import Engine
from copydesk.checks.grammar import lt_maven
from copydesk.checks.grammar.lt_backend import BACKEND, Backend, pid_alive, read_shared
from copydesk.checks.grammar.lt_mapping import MAX_CHUNK, chunks
from copydesk.checks.service import LANGUAGETOOL, ServiceState
from copydesk.checks.settings import Settings, save_settings

from .conftest import REAL_STARTUP_TIMEOUT

pytestmark = pytest.mark.languagetool

ROOT = Path(__file__).resolve().parents[3]
PLANTED = "He go to the summit every year. This is a apple."
FILLER = (
    "The council met on Monday to discuss the budget for the coming year. "
    "Officials said the plan would be published after the summer. "
)


def _lt(issues, text: str) -> list[tuple[str, str]]:
    return [(i.rule, text[i.offset : i.offset + i.length]) for i in issues if i.rule[:3] == "lt."]


def test_real_server_finds_agreement_error(real_lt):
    status = BACKEND.ensure(Settings())
    assert status.state is ServiceState.READY, status.message
    assert real_lt.url in status.message and "reused" in status.message
    found = _lt(Engine(Settings()).check_text(PLANTED), PLANTED)
    assert ("lt.HE_VERB_AGR", "go") in found and ("lt.EN_A_VS_AN", "a") in found


def test_offsets_after_and_between_astral_characters(real_lt):
    # Emoji, a ZWJ family and a flag are 2 UTF-16 units each per code point: LanguageTool's
    # offsets must come back as Python string indices.
    text = (
        "😀👍 He go to school. 🎉 This is a apple 🍎 tree.\n\n"
        "👨‍👩‍👧 🇫🇷 She have a car. They was late 😀.\n"
    )
    found = _lt(Engine(Settings()).check_text(text), text)
    assert ("lt.HE_VERB_AGR", "go") in found
    assert ("lt.EN_A_VS_AN", "a") in found
    assert ("lt.HE_VERB_AGR", "have") in found
    assert any(rule.startswith("lt.") and span == "was" for rule, span in found), found


def test_crlf_file_offsets_lines_and_fix_keep_the_bytes(real_lt, tmp_path, capsys):
    raw = "Title 😀\r\n\r\nHe go to school.\r\nThis is a apple 🍎.\r\n".encode()
    (tmp_path / "in").mkdir()
    src = tmp_path / "in" / "crlf.txt"
    src.write_bytes(raw)
    assert cli.main(["check", "--format", "json", "--rules", "lt", str(src)]) == cli.EXIT_ISSUES
    issues = json.loads(capsys.readouterr().out)["files"][0]["issues"]
    text = read_document(str(src)).text  # newlines normalised, as every offset counts them
    spans = {(i["rule"], text[i["offset"] : i["offset"] + i["length"]]) for i in issues}
    assert ("lt.HE_VERB_AGR", "go") in spans and ("lt.EN_A_VS_AN", "a") in spans
    go = next(i for i in issues if i["rule"] == "lt.HE_VERB_AGR")
    assert (go["line"], go["column"]) == (3, 4)
    out = tmp_path / "out"
    assert cli.main(["fix", "--all", "--rules", "lt", "--output", str(out), str(src)]) == 0
    fixed = (out / "crlf.txt").read_bytes()
    assert fixed == raw.replace(b"He go", b"He goes").replace(b"a apple", b"an apple")


def test_long_text_is_sent_in_chunks_and_offsets_stay_right(real_lt, monkeypatch):
    paragraph = FILLER * 4
    parts = ["He go to the market. " + paragraph]
    parts += [paragraph] * 60
    parts.insert(30, "She have a plan. " + paragraph)
    parts.append(paragraph + "This is a apple 😀.")
    text = "\n\n".join(parts)
    assert len(chunks(text)) >= 3 and len(text) > 2 * MAX_CHUNK
    sent: list[int] = []
    real_check = Backend.request

    def counting(self, piece, settings, language=None):
        sent.append(len(piece))
        return real_check(self, piece, settings, language)

    monkeypatch.setattr(Backend, "request", counting)  # what the lt check calls
    found = _lt(Engine(Settings()).check_text(text), text)
    assert len(sent) == len(chunks(text)) and max(sent) <= MAX_CHUNK
    assert ("lt.HE_VERB_AGR", "go") in found
    assert ("lt.HE_VERB_AGR", "have") in found  # in a middle chunk
    assert ("lt.EN_A_VS_AN", "a") in found  # in the last chunk, after an emoji
    assert not [f for f in found if f[0] != "lt.HE_VERB_AGR" and f[0] != "lt.EN_A_VS_AN"]


def test_server_killed_mid_run_other_checks_go_on(real_lt, monkeypatch, tmp_path):
    # A server of this test's own, started by the backend from the install (no state file
    # in this fresh cache), so that killing it leaves the session's server alone.
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path / "own-cache"))
    settings = Settings()
    settings.languagetool.startup_timeout_seconds = 240
    status = BACKEND.ensure(settings)
    assert status.state is ServiceState.READY, status.message
    assert "started from" in status.message and real_lt.url not in status.message
    shared = read_shared()
    assert shared is not None and shared.owner_pid == os.getpid()
    engine = Engine(settings)
    docs = [
        BatchMember(f"{n}.txt", f"{FILLER}\nHe go home. The goverment met.\n") for n in (1, 2, 3)
    ]

    def kill_after_first(done: int, _total: int, _path: str) -> None:
        if done == 1:  # between two files of one run
            os.kill(shared.pid, signal.SIGKILL)

    results: list = []
    runner = threading.Thread(
        target=lambda: results.extend(engine.check_batch(docs, progress=kill_after_first))
    )
    runner.start()
    runner.join(timeout=300)  # a guard against a hang, not a speed figure
    assert not runner.is_alive(), "checking hung after the server died"
    assert [r.path for r in results] == ["1.txt", "2.txt", "3.txt"]
    for n, result in enumerate(results):
        rules = [i.rule for i in result.issues]
        if n == 0:  # checked before the kill: LanguageTool's issues (its spelling wins)
            assert "lt.HE_VERB_AGR" in rules, rules
        else:  # after: none from LanguageTool, and the offline engine's spelling is back
            assert not any(r.startswith("lt.") for r in rules), rules
            assert "grammar.harper.SpellCheck" in rules, rules
        assert "space.trailing" in rules  # the other checks go on
    status = LANGUAGETOOL.status
    assert status.state is ServiceState.UNAVAILABLE
    assert "stopped during the run" in status.message
    line = lt_cli.notice(settings, engine.checks)
    assert line is not None and "LanguageTool unavailable (other checks ran)" in line
    assert read_shared() is None  # the dead server is no longer offered for reuse


def _copydesk(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "copydesk.cli", *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        check=False,
    )


def test_a_second_copydesk_process_reuses_the_running_server(real_lt, tmp_path):
    # The second process may wait only a millisecond for a server of its own: it gets
    # LanguageTool's issues only by reusing the session's server.
    settings = Settings()
    settings.languagetool.startup_timeout_seconds = 0.001
    save_settings(settings)
    article = tmp_path / "a.txt"
    article.write_text(PLANTED + "\n", "utf-8")
    env = {**real_lt.env(), "COPYDESK_CONFIG_DIR": os.environ["COPYDESK_CONFIG_DIR"]}
    before = read_shared()
    done = _copydesk(["check", "--format", "json", str(article)], env)
    assert done.returncode == 1, done.stderr
    rules = {i["rule"] for i in json.loads(done.stdout)["files"][0]["issues"]}
    assert "lt.HE_VERB_AGR" in rules, done.stderr
    assert "LanguageTool unavailable" not in done.stderr
    # It left the server running and the record unchanged: this process still owns it.
    assert read_shared() == before and before is not None and before.pid == real_lt.pid
    assert pid_alive(real_lt.pid) is not False
    status = _copydesk(["languagetool", "status"], env)
    assert f"local server: running at {real_lt.url}" in status.stdout
    assert "it will be reused" in status.stdout and status.returncode == 0


def test_start_keeps_a_server_for_later_runs_until_stop(real_lt, tmp_path):
    # A cache folder of its own: the session's server is not recorded there, so `start`
    # starts a second, detached server, which must outlive the process that started it.
    settings = Settings()
    settings.languagetool.startup_timeout_seconds = REAL_STARTUP_TIMEOUT
    save_settings(settings)
    env = {
        **real_lt.env(),
        "COPYDESK_CACHE_DIR": str(tmp_path / "cache"),
        "COPYDESK_CONFIG_DIR": os.environ["COPYDESK_CONFIG_DIR"],
    }
    started = _copydesk(["languagetool", "start"], env)
    assert started.returncode == 0, started.stderr
    assert "LanguageTool server started at" in started.stdout, started.stdout
    kept = _kept_record(tmp_path / "cache")
    try:
        assert kept["pid"] != real_lt.pid and pid_alive(kept["pid"]) is True
        again = _copydesk(["languagetool", "start"], env)
        assert "already running; kept" in again.stdout and str(kept["pid"]) in again.stdout
        status = _copydesk(["languagetool", "status"], env)
        assert f"running at {kept['url']}" in status.stdout
        assert "kept by 'copydesk languagetool start'" in status.stdout
        # A later run may wait only a millisecond for a server of its own: it gets
        # LanguageTool's issues only from the kept one, and leaves it running.
        settings.languagetool.startup_timeout_seconds = 0.001
        save_settings(settings)
        article = tmp_path / "a.txt"
        article.write_text(PLANTED + "\n", "utf-8")
        done = _copydesk(["check", "--format", "json", str(article)], env)
        rules = {i["rule"] for i in json.loads(done.stdout)["files"][0]["issues"]}
        assert "lt.HE_VERB_AGR" in rules, done.stderr
        assert _kept_record(tmp_path / "cache") == kept
        stopped = _copydesk(["languagetool", "stop"], env)
        assert stopped.returncode == 0 and "stopped the LanguageTool server" in stopped.stdout
        assert not (tmp_path / "cache" / "languagetool-server.json").exists()
        assert _copydesk(["languagetool", "stop"], env).returncode == 0  # nothing left: fine
    finally:
        if pid_alive(kept["pid"]):
            os.kill(kept["pid"], signal.SIGKILL)


def _kept_record(cache: Path) -> dict:
    record = json.loads((cache / "languagetool-server.json").read_text("utf-8"))
    assert record["owner_pid"] == 0, record  # no copydesk process owns it
    return record


def _maven_route_only(real_lt) -> None:
    """CI fetches with Maven, so there these must run; a developer may have the zip instead."""
    if real_lt.install.route == "maven" and lt_maven.is_complete(real_lt.install.where):
        return
    reason = f"the session's LanguageTool is {real_lt.install.describe()}, not a Maven fetch"
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        pytest.fail(f"CI=true but {reason}", pytrace=False)
    pytest.skip(reason)


def test_status_reports_the_maven_route(real_lt, capsys):
    _maven_route_only(real_lt)
    assert cli.main(["languagetool", "status"]) == 0
    out = capsys.readouterr().out
    assert "Maven route: LanguageTool 6.8 jars" in out and str(real_lt.install.where) in out
    assert "LanguageTool can be used" in out


def test_a_complete_maven_folder_is_not_fetched_again(real_lt, capsys, monkeypatch):
    _maven_route_only(real_lt)
    monkeypatch.setenv("PATH", "")  # no mvn: a fetch that tried to run it would fail
    assert lt_maven.fetch(real_lt.install.where) == real_lt.install.where
    assert "already complete" in capsys.readouterr().err


def test_no_verb_is_offered_before_a_bare_count_noun(real_lt):
    # LanguageTool reads "county" as an adjective after "he" (PRP_JJ) and offers "he is
    # county"; the stray "he" (for "the") stays flagged, with no such suggestion.
    text = "The roads were shut. Then he county, in the north, said it would pay."
    found = [i for i in Engine(Settings()).check_text(text) if i.rule.startswith("lt.")]
    at = [i for i in found if i.matched(text) == "he county"]
    assert at, found
    assert not any("is county" in r or "was county" in r for i in at for r in i.replacements)
    # an adjective after the pronoun keeps LanguageTool's suggestion first
    happy = "The roads were shut. Then he happy with the repairs, the mayor said."
    [issue] = [i for i in Engine(Settings()).check_text(happy) if i.rule == "lt.PRP_JJ"]
    assert issue.replacements[0] == "he is happy"
