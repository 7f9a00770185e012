"""The window loads and resolves its inputs as the command line does."""

from __future__ import annotations

import pytest

from copydesk.cli import main
from tests.desktop.conftest import wait_checked

pytestmark = pytest.mark.gui


def test_window_skips_the_files_the_cli_skips_with_the_same_lines(
    qtbot, make_window, tmp_path, capsys
) -> None:
    (tmp_path / "good.txt").write_text("A teh cat.\n", "utf-8")
    (tmp_path / "empty.txt").write_text("  \n", "utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    main(["check", "--rules", "space", str(tmp_path)])
    cli_lines = [
        line.removeprefix("copydesk: ")
        for line in capsys.readouterr().err.splitlines()
        if line.startswith("copydesk: ")
    ]
    w = make_window()
    w.open_paths([str(tmp_path)])
    wait_checked(qtbot, w)
    assert len(cli_lines) == 2 and w.message_bar.messages == cli_lines
    assert sorted(f.path.name for f in w.session.readable()) == ["good.txt"]


def test_a_bad_glossary_is_one_line_and_no_check(qtbot, make_window, tmp_path) -> None:
    (tmp_path / "copydesk-glossary.toml").write_text("[preferred\n", "utf-8")
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text("A teh cat.\n", "utf-8")
    w = make_window()
    w.open_paths([str(tmp_path)])
    wait_checked(qtbot, w)
    assert len(w.message_bar.messages) == 1
    assert w.message_bar.messages[0].startswith("Not checked: ")
    assert "copydesk-glossary.toml" in w.message_bar.messages[0]
    assert not any(f.checked for f in w.session.files)
    (tmp_path / "copydesk-glossary.toml").write_text('[preferred]\n"email" = []\n', "utf-8")
    w.recheck_all()  # the user fixed the file and checks again (F5)
    wait_checked(qtbot, w)
    assert all(f.checked and f.items for f in w.session.files)


def test_languagetool_is_connected_off_the_ui_thread_and_never_by_the_check(
    qtbot, make_window, tmp_path, monkeypatch
) -> None:
    import threading

    from copydesk.checks.grammar import lt_backend
    from copydesk.checks.registry import REGISTRY
    from copydesk.checks.service import LANGUAGETOOL, ServiceState, ServiceStatus
    from copydesk.checks.settings import Settings
    from tests.desktop.conftest import TEH

    ui_thread = threading.current_thread()
    started_on: list[threading.Thread] = []
    asked: list[str] = []

    def ensure(self, settings) -> ServiceStatus:  # the front end's start-up, recorded
        started_on.append(threading.current_thread())
        return ServiceStatus(ServiceState.UNAVAILABLE, "no Java here")

    def request(self, text, settings, language=None):
        asked.append(text)
        return []

    monkeypatch.setattr(LANGUAGETOOL, "warm_up", None)  # only the run's own connection
    monkeypatch.setattr(lt_backend.Backend, "ensure", ensure)
    monkeypatch.setattr(lt_backend.Backend, "request", request)
    settings = Settings()
    settings.languagetool.enabled = True
    (tmp_path / "a.txt").write_text("A teh cat.\n", "utf-8")
    w = make_window(checks=(TEH, REGISTRY.get("lt")), settings=settings)
    w.open_paths([str(tmp_path)])
    wait_checked(qtbot, w)
    assert started_on and ui_thread not in started_on
    assert len(started_on) == 1  # once for the run, not once per file or per check
    assert asked == []  # unavailable: the check sent nothing and reported nothing
    assert [i.issue.rule for i in w.session.files[0].items] == ["test.teh"]


def test_a_named_table_without_source_and_target_is_refused_as_by_the_cli(
    qtbot, make_window, tmp_path, capsys
) -> None:
    table = tmp_path / "notbilingual.csv"
    table.write_text("a,b\nfoo,bar\n", "utf-8")
    for command in (["check"], ["fix", "-o", str(tmp_path.parent / "out")]):
        assert main([*command, "--no-languagetool", str(table)]) == 2
        out, err = capsys.readouterr()
        assert "->" not in out and "'B'" not in out  # no cell read as a sentence
        lines = [x.removeprefix("copydesk: ") for x in err.splitlines() if "copydesk: " in x]
        assert len(lines) == 1 and "no 'source' and 'target' columns" in lines[0]
    w = make_window()
    w.open_paths([str(table)])
    wait_checked(qtbot, w)
    assert w.message_bar.messages == lines
    assert not w.session.readable()


def test_a_file_over_the_size_limit_says_what_to_do_in_the_window(
    qtbot, make_window, tmp_path
) -> None:
    # A new-user trial: the window's line said "raise --max-size", a flag the window has not.
    (tmp_path / "big.txt").write_text("A word. " * 200, "utf-8")
    (tmp_path / "big.csv").write_text("source,target\n" + "Hola.,Hello.\n" * 200, "utf-8")
    (tmp_path / "small.txt").write_text("A teh cat.\n", "utf-8")
    w = make_window()
    w.session.max_bytes = 1048  # as --max-size 0.001 gives
    w.open_paths([str(tmp_path)])
    wait_checked(qtbot, w)
    limit = "over the 0.001 MB limit for one file"
    advice = (
        "split it into smaller files to open it here, or check it on the command line"
        " with a higher limit: copydesk check --max-size MEGABYTES FILE"
    )
    assert sorted(w.message_bar.messages) == [
        f"{tmp_path / name}: {limit}; {advice}" for name in ("big.csv", "big.txt")
    ]
    assert [f.path.name for f in w.session.readable()] == ["small.txt"]
