"""The Maven route, without the network: a fake ``mvn`` stands in for Maven Central.

What Maven itself fetches is tested for real in CI (``.ci/run`` runs
packaging/fetch-languagetool.sh, and test_lt_real.py starts what it fetched).
"""

from __future__ import annotations

import os
import re
import stat
import subprocess
from pathlib import Path

import pytest

from copydesk import cli
from copydesk.checks.grammar import lt_maven
from copydesk.checks.grammar.lt_backend import BACKEND, LT_VERSION, local_install
from copydesk.checks.service import ServiceState
from copydesk.checks.settings import Settings

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = ROOT / "packaging" / "fetch-languagetool.sh"

# A fake mvn: records its arguments, then "copies" the two main jars and a dependency
# into -DoutputDirectory, or fails as Maven does without network when FAKE_MVN_FAIL is set.
FAKE_MVN = """#!/bin/sh
echo "$@" >> "$FAKE_MVN_LOG"
if [ -n "$FAKE_MVN_FAIL" ]; then
  echo "[ERROR] Failed to execute goal: Could not transfer artifact from central" >&2
  exit 1
fi
for a in "$@"; do
  case "$a" in -DoutputDirectory=*) out="${a#-DoutputDirectory=}";; esac
done
mkdir -p "$out"
for j in languagetool-server-VERSION language-en-VERSION guava-33.0; do
  echo jar > "$out/$j.jar"
done
"""


def _executable(path: Path, body: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(body)
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)


@pytest.fixture
def fake_mvn(tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    _executable(bin_dir / "mvn", FAKE_MVN.replace("VERSION", LT_VERSION))
    _executable(bin_dir / "java", "#!/bin/sh\necho 'openjdk version \"17.0.9\"' >&2\n")
    log = tmp_path / "mvn.log"
    monkeypatch.setenv("FAKE_MVN_LOG", str(log))
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    return log


def _calls(log: Path) -> list[str]:
    return log.read_text().splitlines() if log.exists() else []


def test_default_folder_is_in_copydesk_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path / "c"))
    assert lt_maven.lib_dir() == tmp_path / "c" / f"languagetool-{LT_VERSION}" / "lib"
    monkeypatch.setenv("COPYDESK_LT_CLASSPATH", str(tmp_path / "jars"))
    assert lt_maven.lib_dir() == tmp_path / "jars"


def test_pom_names_server_and_english_at_our_version():
    pom = lt_maven.pom()
    for artifact in ("languagetool-server", "language-en"):
        assert (
            f"<groupId>org.languagetool</groupId><artifactId>{artifact}</artifactId>"
            f"<version>{LT_VERSION}</version>" in pom
        )


def test_script_and_python_fetch_the_same_thing():
    script = SCRIPT.read_text()
    assert re.search(rf"^LT_VERSION={re.escape(LT_VERSION)}\b", script, re.M)
    assert f"DEPENDENCY_PLUGIN={lt_maven.DEPENDENCY_PLUGIN}" in script
    deps = re.findall(r"<artifactId>([\w-]+)</artifactId><version>\$LT_VERSION", script)
    assert tuple(deps) == lt_maven.ARTIFACTS
    assert f"STAMP={lt_maven.STAMP}" in script


def test_fetch_writes_the_stamp_and_a_second_fetch_does_nothing(fake_mvn, tmp_path, capsys):
    dest = tmp_path / "lib"
    assert lt_maven.fetch(dest) == dest
    assert lt_maven.is_complete(dest)
    (call,) = _calls(fake_mvn)
    assert f"{lt_maven.DEPENDENCY_PLUGIN}:copy-dependencies" in call and "-B" in call.split()
    assert f"-DoutputDirectory={dest}" in call
    lt_maven.fetch(dest)
    assert len(_calls(fake_mvn)) == 1  # complete: Maven is not run again
    assert "already complete" in capsys.readouterr().err


def test_interrupted_fetch_is_completed(fake_mvn, tmp_path):
    dest = tmp_path / "lib"
    dest.mkdir()
    (dest / f"languagetool-server-{LT_VERSION}.jar").write_text("partial")
    assert lt_maven.usable(dest) is False and not lt_maven.is_complete(dest)
    lt_maven.fetch(dest)
    assert lt_maven.is_complete(dest) and len(_calls(fake_mvn)) == 1


def test_maven_failure_is_one_clear_error(fake_mvn, tmp_path, monkeypatch):
    monkeypatch.setenv("FAKE_MVN_FAIL", "1")
    with pytest.raises(lt_maven.FetchError, match=r"Maven failed \(exit 1\).*Could not transfer"):
        lt_maven.fetch(tmp_path / "lib")
    assert not lt_maven.is_complete(tmp_path / "lib")


def test_cli_install_maven(fake_mvn, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path / "cache"))
    assert cli.main(["languagetool", "install", "--maven"]) == 0
    assert lt_maven.is_complete(lt_maven.lib_dir())
    assert f"copydesk starts LanguageTool from {lt_maven.lib_dir()}" in capsys.readouterr().err
    monkeypatch.setenv("FAKE_MVN_FAIL", "1")
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path / "cache2"))
    assert cli.main(["languagetool", "install", "--maven"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("copydesk: Maven failed (exit 1)")


def test_cli_install_maven_without_maven(tmp_path, monkeypatch, capsys):
    bin_dir = tmp_path / "bin"
    _executable(bin_dir / "java", "#!/bin/sh\necho 'openjdk version \"17.0.9\"' >&2\n")
    monkeypatch.setenv("PATH", str(bin_dir))
    assert cli.main(["languagetool", "install", "--maven"]) == 2
    assert "Maven ('mvn') is not on PATH" in capsys.readouterr().err


def test_status_reports_the_maven_route(fake_mvn, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "no-zip"))
    assert cli.main(["languagetool", "status"]) == 1
    out = capsys.readouterr().out
    assert f"Maven route: no jars in {lt_maven.lib_dir()}" in out
    assert "install --maven" in out
    lt_maven.fetch()
    assert cli.main(["languagetool", "status"]) == 0
    out = capsys.readouterr().out
    assert f"Maven route: LanguageTool {LT_VERSION} jars complete in {lt_maven.lib_dir()}" in out
    assert "local server: not running; started on demand from Maven jars" in out
    assert f"LanguageTool {LT_VERSION} zip: not installed" in out and "(not needed)" in out


def test_backend_starts_the_maven_classpath(tmp_path, monkeypatch):
    # A fake java that shows the command it was given and exits: the status carries it.
    jars = tmp_path / "jars"
    jars.mkdir()
    for name in lt_maven.main_jars(jars):
        name.write_text("jar")
    bin_dir = tmp_path / "bin"
    _executable(
        bin_dir / "java",
        '#!/bin/sh\nif [ "$1" = "-version" ]; then echo \'openjdk version "17.0.9"\' >&2; '
        'exit 0; fi\necho "args: $*" >&2\nexit 1\n',
    )
    monkeypatch.setenv("PATH", str(bin_dir))
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "no-zip"))
    monkeypatch.setenv("COPYDESK_LT_CLASSPATH", str(jars))
    settings = Settings()
    install = local_install(settings.languagetool)
    assert install is not None and install.route == "maven"
    status = BACKEND.ensure(settings)
    assert status.state is ServiceState.UNAVAILABLE
    assert f" -cp {jars}/* org.languagetool.server.HTTPServer -p " in status.message


def test_not_installed_message_names_both_routes(tmp_path, monkeypatch):
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "no-zip"))
    status = BACKEND.ensure(Settings())
    assert status.state is ServiceState.UNAVAILABLE
    assert str(lt_maven.lib_dir()) in status.message and "install --maven" in status.message


@pytest.mark.skipif(os.name != "posix", reason="the fetch script is a POSIX shell script")
def test_fetch_script(fake_mvn, tmp_path):
    dest = tmp_path / "lib"
    env = {**os.environ}

    def run() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["bash", str(SCRIPT), str(dest)], capture_output=True, text=True, env=env, timeout=60
        )

    done = run()
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(dest)  # the folder, for `export COPYDESK_LT_CLASSPATH=`
    assert lt_maven.is_complete(dest)
    again = run()
    assert again.returncode == 0 and "already complete" in again.stderr
    assert len(_calls(fake_mvn)) == 1
    env["PATH"] = str(tmp_path / "nothing")
    missing = subprocess.run(
        ["/bin/bash", str(SCRIPT), str(tmp_path / "other")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert missing.returncode == 3 and "is not on PATH" in missing.stderr
