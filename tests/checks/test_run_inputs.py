"""Run inputs resolved once (issue 13): the same glossary results in this process, on worker
processes and on Dask; workers read no glossary; a bad glossary or term base is one line,
up front, before anything is checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from copydesk.checks.document import read_document
from copydesk.checks.engine import Engine, FileResult
from copydesk.checks.parallel import DaskExecutor, Executor, PoolExecutor, SerialExecutor, run_check
from copydesk.checks.registry import REGISTRY
from copydesk.checks.run_inputs import RunInputError, resolve_run
from copydesk.checks.settings import LanguageToolSettings, Settings
from copydesk.cli import main

GLOSSARY_RULES = ("consistency.glossary", "consistency.name-variant")


@pytest.fixture
def folders(tmp_path: Path) -> Path:
    """Two folders, each with its own project glossary, and a --glossary on top."""
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    (one / "copydesk-glossary.csv").write_text("Lavrov,Lavrow\n", "utf-8")
    (two / "copydesk-glossary.toml").write_text('[preferred]\n"Han Seo Jin" = []\n', "utf-8")
    (tmp_path / "mine.csv").write_text("online,on-line\n", "utf-8")
    text = "Lavrow met Han Seo-jin on-line. Later Han Seo-jin left and Lavrow stayed.\n"
    (one / "a.txt").write_text(text, "utf-8")
    (two / "b.txt").write_text(text, "utf-8")
    (two / "c.txt").write_text("Han Seo Jin spoke to the press first.\n", "utf-8")
    return tmp_path


def _settings(root: Path) -> Settings:
    return Settings(
        glossary=str(root / "mine.csv"),
        select=list(GLOSSARY_RULES),
        languagetool=LanguageToolSettings(enabled=False),
    )


def _sources(root: Path) -> list[str]:
    return [str(root / "one" / "a.txt"), str(root / "two" / "b.txt"), str(root / "two" / "c.txt")]


def _spread(engine: Engine, executor: Executor, sources: list[str]) -> list[FileResult]:
    try:
        return list(run_check(engine, executor, sources, max_bytes=1_000_000))
    finally:
        executor.close()


def _found(results: list[FileResult]) -> list[tuple[str, str, int, tuple[str, ...]]]:
    return [
        (Path(r.path).name, i.rule, i.offset, i.replacements) for r in results for i in r.issues
    ]


def test_glossary_results_are_the_same_serial_on_processes_and_on_dask(folders: Path) -> None:
    sources = _sources(folders)
    engine = resolve_run(_settings(folders), sources).engine
    for path in [*folders.rglob("copydesk-glossary.*"), folders / "mine.csv"]:
        path.unlink()  # read once, up front: no worker may need them again
    docs = [read_document(p) for p in sources]
    from copydesk.checks.context import BatchMember

    serial = engine.check_batch([BatchMember(d.path, d.text) for d in docs])
    expected = _found(serial)
    assert [f for r in serial for f in r.failures] == []
    # Each folder's glossary applies to its own files only; --glossary to all of them.
    assert ("a.txt", "consistency.glossary", 0, ("Lavrov",)) in expected
    assert not [f for f in expected if f[0] == "b.txt" and f[3] == ("Lavrov",)]
    assert ("b.txt", "consistency.glossary", 11, ("Han Seo Jin",)) in expected
    assert not [f for f in expected if f[0] == "a.txt" and f[3] == ("Han Seo Jin",)]
    assert {f[0] for f in expected if f[3] == ("online",)} == {"a.txt", "b.txt"}
    for executor in (SerialExecutor(), PoolExecutor(2), DaskExecutor(2)):
        got = _spread(engine, executor, sources)
        assert _found(got) == expected, type(executor).__name__
        assert [f for r in got for f in r.failures] == []


def test_cli_check_gives_the_same_glossary_lines_with_any_number_of_jobs(
    folders: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    printed = []
    for jobs in ("1", "2"):
        argv = ["check", "--no-languagetool", "--rules", ",".join(GLOSSARY_RULES), "-j", jobs]
        code = main([*argv, "--glossary", str(folders / "mine.csv"), str(folders)])
        printed.append((code, capsys.readouterr().out))
    assert printed[0] == printed[1]
    assert printed[0][0] == 1
    assert "-> 'Lavrov'" in printed[0][1] and "-> 'Han Seo Jin'" in printed[0][1]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_bad_project_glossary_is_one_line_before_anything_is_checked(
    folders: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    (folders / "two" / "copydesk-glossary.toml").write_text("[preferred\n", "utf-8")
    out = folders / "out"
    for argv in (["check"], ["fix", "-o", str(out)]):
        code = main(
            [*argv, "--no-languagetool", "-j", jobs, str(folders / "one"), str(folders / "two")]
        )
        captured = capsys.readouterr()
        assert code == 2
        assert captured.out == ""
        lines = captured.err.strip().splitlines()
        assert len(lines) == 1 and "copydesk-glossary.toml: not valid TOML" in lines[0]
    assert not out.exists()


def test_a_bad_term_base_is_one_line_before_anything_is_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "story.txt").write_text("The cat sat..\n", "utf-8")
    table = tmp_path / "job.csv"
    table.write_text("source,target\n联合国,The United Nations\n", "utf-8")
    bad = tmp_path / "terms.tbx"
    bad.write_text("<martif><text>", "utf-8")
    argv = ["--no-languagetool", "--termbase", str(bad), str(tmp_path / "story.txt"), str(table)]
    assert main(["check", *argv]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert captured.out == "" and len(lines) == 1
    assert lines[0].startswith(f"copydesk: {bad}: not well-formed TBX")
    assert main(["fix", "-o", str(tmp_path.parent / "out-terms"), *argv]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert not (tmp_path.parent / "out-terms").exists()


def test_resolution_refuses_a_missing_glossary_with_one_line(tmp_path: Path) -> None:
    settings = Settings(glossary=str(tmp_path / "none.csv"))
    with pytest.raises(RunInputError) as err:
        resolve_run(settings, [])
    assert "glossary file not found" in str(err.value) and "\n" not in str(err.value)


def test_engine_carries_the_inputs_into_every_check(folders: Path) -> None:
    run = resolve_run(_settings(folders), _sources(folders))
    assert run.engine.inputs is run.inputs
    assert run.engine.subset([REGISTRY.get("consistency.glossary")]).inputs is run.inputs
    assert run.glossary.preferred_for("han seo-jin") == "Han Seo Jin"  # every folder's
    assert run.inputs.glossaries.for_path(_sources(folders)[0]).preferred_for("han seo jin") is None


def test_glossaries_stack_through_the_run_default_user_project_explicit(tmp_path: Path) -> None:
    from copydesk.checks.context import BatchMember
    from copydesk.checks.settings import config_dir

    user = config_dir()
    user.mkdir(parents=True, exist_ok=True)
    (user / "glossary.toml").write_text('[preferred]\n"e-mail" = []\n"Lavrov" = ["Lavrow"]\n')
    (tmp_path / "copydesk-glossary.csv").write_text("Lavroff,Lavrov\n", "utf-8")
    (tmp_path / "mine.toml").write_text('[preferred]\n"Lavrov" = ["Lavroff"]\n', "utf-8")
    text = "Send an e-mail. Lavrow and Lavroff met Lavrov on-line. He is online now.\n"
    article = tmp_path / "a.txt"
    article.write_text(text, "utf-8")
    settings = Settings(glossary=str(tmp_path / "mine.toml"), select=["consistency.glossary"])
    settings.languagetool.enabled = False
    engine = resolve_run(settings, [article]).engine
    (result,) = engine.check_batch([BatchMember(str(article), text)])
    found = [(text[i.offset : i.end], i.replacements[0]) for i in result.issues]
    # The user's allows "e-mail" again; --glossary wins over the folder's; the default's query
    # stays (the text writes "online" too).
    assert found == [("Lavrow", "Lavrov"), ("Lavroff", "Lavrov"), ("on-line", "online")]
