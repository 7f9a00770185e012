"""A server recorded by one copydesk process, reused or adopted by another (fake server).

The state file names the server's URL, its Java pid, the copydesk pid that owns it and
what it runs; the real-server version of these tests is in test_lt_real.py.
"""

from __future__ import annotations

import os
import subprocess

import pytest

from copydesk.checks.engine import Engine
from copydesk.checks.grammar import lt_maven
from copydesk.checks.grammar.lt_backend import (
    BACKEND,
    KEPT,
    LT_VERSION,
    SharedServer,
    local_install,
    pid_alive,
    read_shared,
    state_path,
    stop_kept,
    write_shared,
)
from copydesk.checks.service import LANGUAGETOOL, ServiceState
from copydesk.checks.settings import Settings

pytestmark = pytest.mark.skipif(os.name != "posix", reason="pids are checked on POSIX only")


@pytest.fixture
def maven_jars(tmp_path, monkeypatch):
    """A Maven classpath folder (its jars are never run: no java on PATH either)."""
    jars = tmp_path / "jars"
    jars.mkdir()
    for jar in lt_maven.main_jars(jars):
        jar.write_text("jar")
    monkeypatch.setenv("COPYDESK_LT_CLASSPATH", str(jars))
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "no-zip"))
    monkeypatch.setenv("PATH", str(tmp_path / "no-bin"))  # starting a server would fail
    return lt_maven.classpath(jars)


@pytest.fixture
def sleeper():
    """A live process standing in for the Java server."""
    proc = subprocess.Popen(["/bin/sleep", "120"])
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.wait(timeout=10)


def _dead_pid() -> int:
    proc = subprocess.Popen(["/bin/true"])
    proc.wait(timeout=10)
    return proc.pid


def _record(url: str, pid: int, owner: int, classpath: str, **config) -> SharedServer:
    shared = SharedServer(url, pid, owner, LT_VERSION, classpath, dict(config))
    write_shared(shared)
    return shared


def test_a_live_recorded_server_is_reused_not_stopped(fake_lt, maven_jars, sleeper):
    shared = _record(fake_lt.url, sleeper.pid, os.getpid(), maven_jars)
    settings = Settings()
    status = BACKEND.ensure(settings)
    assert status.state is ServiceState.READY, status.message
    assert fake_lt.url in status.message and "reused" in status.message
    issues = Engine(settings).check_text("This is a apple.")
    assert any(i.rule == "lt.FAKE_A_VS_AN" for i in issues)
    assert fake_lt.requests  # the text went to the recorded server
    BACKEND.close()
    assert sleeper.poll() is None  # not ours: left running
    assert read_shared() == shared


@pytest.mark.parametrize("damage", ["closed-port", "other-config", "other-install", "garbage"])
def test_a_stale_or_different_record_is_not_used(damage, fake_lt, maven_jars, sleeper, tmp_path):
    url, classpath, config = fake_lt.url, maven_jars, {}
    if damage == "closed-port":
        url = "http://127.0.0.1:9"
    elif damage == "other-config":
        config = {"cacheSize": 10}
    elif damage == "other-install":
        classpath = str(tmp_path / "elsewhere" / "*")
    _record(url, sleeper.pid, os.getpid(), classpath, **config)
    if damage == "garbage":
        state_path().write_text("{not json", "utf-8")
    status = BACKEND.ensure(Settings())
    # It went on to start a server of its own, which needs Java (absent here).
    assert status.state is ServiceState.UNAVAILABLE
    assert "Java not found" in status.message
    assert not fake_lt.requests


def test_a_record_whose_java_process_is_gone_is_not_used(fake_lt, maven_jars):
    _record(fake_lt.url, _dead_pid(), os.getpid(), maven_jars)
    assert "Java not found" in BACKEND.ensure(Settings()).message


def test_a_server_whose_owner_died_is_adopted_and_stopped_at_exit(fake_lt, maven_jars, sleeper):
    _record(fake_lt.url, sleeper.pid, _dead_pid(), maven_jars)
    status = BACKEND.ensure(Settings())
    assert status.state is ServiceState.READY and "adopted" in status.message
    recorded = read_shared()
    assert recorded is not None and recorded.owner_pid == os.getpid()
    BACKEND.close()
    assert sleeper.wait(timeout=10) != 0  # terminated by this process, its new owner
    assert read_shared() is None
    assert pid_alive(sleeper.pid) is False


def test_a_reused_server_that_stops_answering_is_reported(fake_lt, maven_jars, sleeper):
    _record(fake_lt.url, sleeper.pid, os.getpid(), maven_jars)
    settings = Settings()
    assert BACKEND.ensure(settings).state is ServiceState.READY
    fake_lt.close()
    rules = [i.rule for i in Engine(settings).check_text("He go home. This is a apple.\n")]
    assert not any(r.startswith("lt.") for r in rules)
    assert any(r.startswith("grammar.harper.") for r in rules)
    status = LANGUAGETOOL.status
    assert status.state is ServiceState.UNAVAILABLE
    assert "stopped answering during the run" in status.message


def test_local_install_prefers_the_zip(tmp_path, maven_jars, monkeypatch):
    folder = tmp_path / "zip" / f"LanguageTool-{LT_VERSION}"
    folder.mkdir(parents=True)
    (folder / "languagetool-server.jar").write_text("jar")
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "zip"))
    install = local_install(Settings().languagetool)
    assert install is not None and install.route == "zip" and install.where == folder


def test_a_kept_server_is_reused_never_adopted_or_stopped(fake_lt, maven_jars, sleeper):
    shared = _record(fake_lt.url, sleeper.pid, KEPT, maven_jars)
    status = BACKEND.ensure(Settings())
    assert status.state is ServiceState.READY
    assert "kept running by 'copydesk languagetool start'" in status.message
    BACKEND.close()
    assert sleeper.poll() is None  # no process owns it: left running
    assert read_shared() == shared  # and still offered


def test_stop_ends_a_kept_server_and_forgets_it(fake_lt, maven_jars, sleeper):
    _record(fake_lt.url, sleeper.pid, KEPT, maven_jars)
    # The fake keeps answering after its stand-in process ends, so wait only briefly.
    stopped, message = stop_kept(wait=0.2)
    assert stopped and f"Java pid {sleeper.pid}" in message
    assert sleeper.wait(timeout=10) != 0  # terminated
    assert read_shared() is None


def test_stop_leaves_a_server_a_live_copydesk_process_owns(fake_lt, maven_jars, sleeper):
    shared = _record(fake_lt.url, sleeper.pid, os.getpid(), maven_jars)
    stopped, message = stop_kept(wait=0.2)
    assert not stopped and f"belongs to copydesk process {os.getpid()}" in message
    assert sleeper.poll() is None and read_shared() == shared


def test_stop_with_no_server_says_so_and_clears_a_stale_record(fake_lt, maven_jars):
    _record("http://127.0.0.1:9", _dead_pid(), KEPT, maven_jars)
    stopped, message = stop_kept(wait=0.2)
    assert not stopped and "no LanguageTool server" in message
    assert read_shared() is None
