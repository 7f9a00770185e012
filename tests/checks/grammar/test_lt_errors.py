"""LanguageTool's failure states: each gives a clear status, and the other checks still run."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from copydesk import cli
from copydesk import languagetool_cli as lt_cli
from copydesk.checks.engine import Engine
from copydesk.checks.grammar.lt_backend import BACKEND, LT_VERSION, lt_folder, server_jar
from copydesk.checks.service import LANGUAGETOOL, ServiceState
from copydesk.checks.settings import Settings, save_settings

PLANTED = "He go to the summit every year.\n"


def _fake_install(home: Path) -> Path:
    folder = home / f"LanguageTool-{LT_VERSION}"
    folder.mkdir(parents=True)
    (folder / "languagetool-server.jar").write_bytes(b"not really a jar")
    return folder


def _fake_java(bin_dir: Path, version: str, server_body: str) -> None:
    bin_dir.mkdir(parents=True, exist_ok=True)
    script = bin_dir / "java"
    script.write_text(
        "#!/bin/sh\n"
        'if [ "$1" = "-version" ]; then\n'
        f"  echo 'openjdk version \"{version}\" 2023-10-17' >&2; exit 0\nfi\n"
        f"{server_body}\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)


def _local_settings(home: Path, **lt) -> Settings:
    s = Settings()
    s.languagetool.path = str(home)
    for k, v in lt.items():
        setattr(s.languagetool, k, v)
    return s


def _other_checks_still_run(settings: Settings) -> None:
    engine = Engine(settings)
    rules = [i.rule for i in engine.check_text(PLANTED)]
    assert any(r.startswith("grammar.harper.") for r in rules), rules
    assert not any(r.startswith("lt.") for r in rules)


def test_empty_ltp_path_reports_not_installed_without_download(tmp_path, monkeypatch):
    home = tmp_path / "lt-empty"
    monkeypatch.setenv("LTP_PATH", str(home))
    settings = Settings()
    status = BACKEND.ensure(settings)
    assert status.state is ServiceState.UNAVAILABLE
    assert f"LanguageTool {LT_VERSION} is not installed" in status.message
    assert str(home) in status.message and "copydesk languagetool install" in status.message
    assert not home.exists() or not any(home.iterdir())  # nothing was downloaded
    _other_checks_still_run(settings)


def test_no_java_on_path_says_which_version(tmp_path, monkeypatch):
    home = tmp_path / "lt"
    _fake_install(home)
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    settings = _local_settings(home)
    status = BACKEND.ensure(settings)
    assert status.state is ServiceState.UNAVAILABLE
    assert "Java not found" in status.message and "Java 17" in status.message
    _other_checks_still_run(settings)


def test_old_java_is_named(tmp_path, monkeypatch):
    home = tmp_path / "lt"
    _fake_install(home)
    _fake_java(tmp_path / "bin", "11.0.2", "exit 1")
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    status = BACKEND.ensure(_local_settings(home))
    assert status.state is ServiceState.UNAVAILABLE
    assert "Java 11" in status.message and "17 or newer" in status.message


def test_server_that_exits_reports_its_output(tmp_path, monkeypatch):
    home = tmp_path / "lt"
    _fake_install(home)
    _fake_java(tmp_path / "bin", "17.0.9", "echo 'Error: Invalid or corrupt jarfile' >&2; exit 1")
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    settings = _local_settings(home)
    status = BACKEND.ensure(settings)
    assert status.state is ServiceState.UNAVAILABLE
    assert "exited at start-up (code 1)" in status.message
    assert "Invalid or corrupt jarfile" in status.message
    _other_checks_still_run(settings)


def test_server_that_never_gets_healthy_times_out(tmp_path, monkeypatch):
    home = tmp_path / "lt"
    _fake_install(home)
    _fake_java(
        tmp_path / "bin",
        "17.0.9",
        f"echo 'Starting LanguageTool...'; exec {shutil.which('sleep')} 30",
    )
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    settings = _local_settings(home, startup_timeout_seconds=1.5)
    status = BACKEND.ensure(settings)
    assert status.state is ServiceState.UNAVAILABLE
    assert "did not become ready within 1.5 s" in status.message
    assert "Starting LanguageTool" in status.message
    # One attempt per run: asking again does not start a second server.
    assert BACKEND.ensure(settings) is not None
    assert BACKEND.ensure(settings).message == status.message


def test_check_that_times_out_marks_service_unavailable(fake_lt):
    fake_lt.delay = 2.0
    settings = Settings()
    settings.languagetool.server_url = fake_lt.url
    settings.languagetool.timeout_seconds = 0.3
    engine = Engine(settings)
    rules = [i.rule for i in engine.check_text(PLANTED)]
    assert any(r.startswith("grammar.harper.") for r in rules)  # Harper kept its issues
    status = LANGUAGETOOL.status
    assert status.state is ServiceState.UNAVAILABLE
    assert "did not answer within 0.3 s" in status.message


def test_unreachable_server_url(tmp_path):
    settings = Settings()
    settings.languagetool.server_url = "http://127.0.0.1:9"  # discard port: nothing listens
    status = BACKEND.ensure(settings)
    assert status.state is ServiceState.UNAVAILABLE
    assert "cannot reach LanguageTool at http://127.0.0.1:9" in status.message


def test_turned_off(tmp_path):
    settings = Settings()
    settings.languagetool.enabled = False
    assert BACKEND.ensure(settings).state is ServiceState.OFF
    assert lt_cli.notice(settings, Engine(settings).checks) is None


def test_warm_up_is_registered():
    assert LANGUAGETOOL.warm_up is not None


def test_warm_up_sends_one_short_check_so_the_first_article_is_not_slow(fake_lt):
    settings = Settings()
    settings.languagetool.server_url = fake_lt.url
    assert LANGUAGETOOL.warm_up is not None
    assert LANGUAGETOOL.warm_up(settings).state is ServiceState.READY
    assert len(fake_lt.requests) == 1 and len(fake_lt.requests[0]["text"]) < 40


def _write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, "utf-8")
    return p


def test_cli_check_prints_one_line_and_keeps_exit_codes(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "nothing"))
    a = _write(tmp_path, "a.txt", PLANTED)
    b = _write(tmp_path, "b.txt", "The goverment said it would act.\n")
    code = cli.main(["check", str(a), str(b)])
    out, err = capsys.readouterr()
    assert code == cli.EXIT_ISSUES
    assert "grammar.harper.PronounVerbAgreement" in out and "grammar.harper.SpellCheck" in out
    lines = [line for line in err.splitlines() if "LanguageTool" in line]
    assert len(lines) == 1, err
    assert "LanguageTool unavailable (other checks ran)" in lines[0]


def test_cli_check_without_languagetool_prints_nothing(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "nothing"))
    a = _write(tmp_path, "a.txt", "The council met on Monday.\n")
    assert cli.main(["check", "--no-languagetool", str(a)]) == cli.EXIT_CLEAN
    assert "LanguageTool" not in capsys.readouterr().err


def test_cli_status_names_what_is_missing(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "nothing"))
    code = cli.main(["languagetool", "status"])
    out = capsys.readouterr().out
    assert code == 1
    assert f"LanguageTool {LT_VERSION}: missing" in out and "Java:" in out
    assert "public API: not used" in out


def test_cli_status_sees_an_install(tmp_path, monkeypatch, capsys):
    home = tmp_path / "lt"
    _fake_install(home)
    settings = _local_settings(home)
    save_settings(settings)
    cli.main(["languagetool", "status"])
    assert f"installed at {lt_folder(settings.languagetool)}" in capsys.readouterr().out
    assert server_jar(settings.languagetool) is not None


def test_cli_install_without_network_exits_2(tmp_path, monkeypatch, capsys):
    import requests
    from language_tool_python.download_lt import ReleaseLocalLanguageTool

    def no_network(self):
        raise requests.exceptions.ConnectionError("Failed to resolve 'github.com'")

    monkeypatch.setattr(ReleaseLocalLanguageTool, "download", no_network)
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "nothing"))
    if lt_cli.java_info().ok is False:
        pytest.skip("no Java 17 here: the install stops earlier (tested by the status test)")
    code = cli.main(["languagetool", "install"])
    err = capsys.readouterr().err
    assert code == 2
    assert "download failed" in err and "no network connection" in err
    assert "unzip it into" in err


def test_import_and_rules_do_not_start_languagetool():
    # A fresh interpreter: importing every check and listing rules starts no server.
    code = (
        "import copydesk.cli as c, sys; rc = c.main(['rules']);"
        "from copydesk.checks.service import LANGUAGETOOL as L; print(L.status.state)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "LTP_PATH": "/nonexistent-copydesk-test"},
        check=True,
    ).stdout
    assert out.strip().endswith("not started")


class _SlowAfter(list):
    """The fake server's request log: from the first request holding ``marker`` on, the
    server answers too late (LanguageTool lost partway through a run)."""

    def __init__(self, server, marker: str) -> None:
        super().__init__()
        self.server, self.marker = server, marker

    def append(self, item) -> None:
        super().append(item)
        if self.marker in item.get("text", ""):
            self.server.delay = 2.0


def _losing_server(fake_lt, tmp_path: Path) -> tuple[Path, Path]:
    settings = Settings()
    settings.languagetool.server_url = fake_lt.url
    settings.languagetool.timeout_seconds = 0.5
    save_settings(settings)
    fake_lt.requests = _SlowAfter(fake_lt, "Quarrendon")
    (tmp_path / "in").mkdir()
    a = _write(tmp_path / "in", "a.txt", "The mill closed in 1990. This is a apple.\n")
    b = _write(tmp_path / "in", "b.txt", "The Quarrendon weir was rebuilt last year.\n")
    return a, b


@pytest.mark.parametrize(
    ("command", "spread"),
    [
        ("check", []),
        ("fix", []),
        ("check", ["-j", "2"]),
        ("fix", ["-j", "2"]),
        ("check", ["--engine", "dask", "-j", "2"]),
        ("fix", ["--engine", "dask", "-j", "2"]),
    ],
)
def test_languagetool_lost_partway_is_said_last_and_exits_2(
    fake_lt, tmp_path, capsys, command, spread
):
    """The server answered the first file, then stopped answering: the run says so as its
    last line on stderr and exits 2 (its grammar results are incomplete), not 0 or 1.
    Spread over a pool or a Dask cluster, a LanguageTool that stops answering in a worker
    is lost for the run as in the serial run."""
    a, b = _losing_server(fake_lt, tmp_path)
    args = [command, *spread, str(a), str(b)]
    if command == "fix":
        args[1:1] = ["-o", str(tmp_path / "out")]
    code = cli.main(args)
    _out, err = capsys.readouterr()
    assert code == cli.EXIT_ERROR, err
    last = err.strip().splitlines()[-1]
    assert last.startswith("copydesk: LanguageTool stopped answering during the run"), err
    assert "exit status 2" in last


def test_languagetool_missing_from_the_start_keeps_the_exit_status(tmp_path, monkeypatch, capsys):
    """The near miss: no LanguageTool at all is the one notice line it was (no lost line)."""
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "nothing"))
    (tmp_path / "in").mkdir()
    a = _write(tmp_path / "in", "a.txt", "The mill closed in 1990.\n")
    code = cli.main(["fix", "-o", str(tmp_path / "out"), str(a)])
    err = capsys.readouterr().err
    assert code == cli.EXIT_CLEAN, err
    assert "stopped answering" not in err
    assert LANGUAGETOOL.status.lost is False


@pytest.mark.parametrize("command", ["check", "fix"])
def test_languagetool_answering_in_every_worker_is_not_lost(fake_lt, tmp_path, capsys, command):
    """The near miss: spread over a pool, a LanguageTool that answers every request is no
    loss: no lost line, the exit status of the issues found (1 for check, 0 for fix)."""
    a, b = _losing_server(fake_lt, tmp_path)
    fake_lt.requests = []  # answers every request in time
    args = [command, "-j", "2", str(a), str(b)]
    if command == "fix":
        args[1:1] = ["-o", str(tmp_path / "out")]
    code = cli.main(args)
    err = capsys.readouterr().err
    assert code != cli.EXIT_ERROR, err
    assert "stopped answering" not in err
    assert LANGUAGETOOL.status.lost is False
