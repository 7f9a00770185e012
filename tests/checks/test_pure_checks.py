"""Checks are pure: with the run's inputs resolved, no check opens a file, starts a process
or opens a socket (issue 13).  Glossaries, term bases, user words and the LanguageTool
handle reach them through ``ctx.inputs`` only."""

from __future__ import annotations

import builtins
import io
import os
import pathlib
import socket
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from copydesk.checks.bilingual.model import BilingualDocument, Unit
from copydesk.checks.bilingual.runner import check_documents
from copydesk.checks.context import BatchMember
from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY
from copydesk.checks.run_inputs import resolve_inputs
from copydesk.checks.service import ServiceState, ServiceStatus
from copydesk.checks.settings import Settings

TEXTS = {
    "a.txt": (
        "Ministry spokesman Dmitry Gromov met Lavrow on Monday..\n\n\n\n"
        "He said the the e-mail was sent. ADon the pier, teh crew unloaded the ferry.\n"
        "The observatory lies some 1,700 kilometres south of Irkutsk.\n"
    ),
    "b.txt": (
        "Later Dmitri Gromov denied it.  Kwame Asante-Boateng arrived.\n"
        "The observatory lies 1,100 km from Irkutsk. She said he were late.\n"
    ),
}
PAIRS = [("联合国秘书长发表了讲话。", "The secretary-general spoke."), ("火星探测器", "The probe")]


class FakeLanguageTool:
    """An in-memory grammar service: what the check may touch instead of a server."""

    def __init__(self) -> None:
        self.requests: list[str] = []

    def wait(self) -> ServiceStatus:
        return ServiceStatus(ServiceState.READY, "fake")

    def check(self, text: str, language: str | None = None) -> list[Any]:
        self.requests.append(text)
        return []


@contextmanager
def no_io() -> Iterator[list[str]]:
    """File opening, processes and sockets raise while inside; yields what was attempted."""
    attempts: list[str] = []

    def refuse(name: str) -> Any:
        def refused(*args: Any, **kwargs: Any) -> Any:
            attempts.append(f"{name}{args[:1]!r}")
            raise OSError(f"a check called {name}")

        return refused

    patches = [
        (builtins, "open"),
        (io, "open"),
        (os, "open"),
        (pathlib.Path, "open"),
        (pathlib.Path, "read_text"),
        (pathlib.Path, "read_bytes"),
        (subprocess, "Popen"),
        (socket, "socket"),
        (socket, "create_connection"),
    ]
    saved = [(owner, name, getattr(owner, name)) for owner, name in patches]
    try:
        for owner, name in patches:
            setattr(owner, name, refuse(f"{getattr(owner, '__name__', owner)}.{name}"))
        yield attempts
    finally:
        for owner, name, original in saved:
            setattr(owner, name, original)


def _bilingual(folder: str) -> BilingualDocument:
    units = [Unit(str(n), s, t) for n, (s, t) in enumerate(PAIRS, start=1)]
    target = "\n".join(t for _, t in PAIRS)
    return BilingualDocument(
        f"{folder}/job.csv", "csv", units, b"", target, source_lang="zh", target_lang="en"
    )


def _run(engine: Engine, folder: str) -> tuple[list[Any], list[Any]]:
    members = [BatchMember(f"{folder}/{name}", text) for name, text in TEXTS.items()]
    return engine.check_batch(members), check_documents(engine, [_bilingual(folder)])


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A folder with its own glossary and term base beside the articles, and --glossary."""
    (tmp_path / "copydesk-glossary.csv").write_text("Lavrov,Lavrow\n", "utf-8")
    (tmp_path / "copydesk-termbase.csv").write_text("source,target\n火星探测器,Mars rover\n")
    (tmp_path / "mine.toml").write_text('[preferred]\n"Kwame Asante Boateng" = []\n')
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, "utf-8")
    return tmp_path


def test_every_check_runs_without_files_processes_or_sockets(project: Path) -> None:
    checks = REGISTRY.all()
    # Process-wide caches of the shipped word lists and engines are code, not run inputs:
    # filled by a first run of every check over the same texts, with other inputs.
    warm = Settings()
    warm.languagetool.enabled = True
    warm_inputs = replace(resolve_inputs(warm, connect=False), languagetool=FakeLanguageTool())
    _run(Engine(warm, checks=checks, inputs=warm_inputs), "<warm>")

    settings = Settings(glossary=str(project / "mine.toml"))
    settings.languagetool.enabled = True
    files = [project / name for name in TEXTS]
    resolved = resolve_inputs(
        settings, files, checks, bilingual=[project / "job.csv"], source_lang="zh", connect=False
    )
    service = FakeLanguageTool()
    inputs = replace(resolved, languagetool=service)
    engine = Engine(settings, checks=checks, inputs=inputs)
    with no_io() as attempts:
        mono, bilingual = _run(engine, str(project))
    assert attempts == []
    assert [f for r in mono for f in r.failures] == []
    assert [f for r in bilingual for f in r.failures] == []
    found = {(Path(r.path).name, i.rule, i.replacements[:1]) for r in mono for i in r.issues}
    # The inputs did reach the checks: the folder's glossary, --glossary, the term base.
    assert ("a.txt", "consistency.glossary", ("Lavrov",)) in found
    assert ("b.txt", "consistency.glossary", ("Kwame Asante Boateng",)) in found
    terms = [
        i.issue.message for r in bilingual for i in r.issues if i.issue.rule == "bilingual.term"
    ]
    assert any("Mars rover" in m for m in terms)
    assert service.requests  # LanguageTool was asked through the handle, and only through it


def test_languagetool_check_without_a_handle_reports_nothing_and_starts_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from copydesk.checks.grammar import lt_backend

    def refuse(*_args: Any) -> Any:
        raise AssertionError("the lt check tried to start LanguageTool")

    monkeypatch.setattr(lt_backend.BACKEND, "ensure", refuse)
    settings = Settings()
    settings.languagetool.enabled = True
    lt = REGISTRY.get("lt")
    no_handle = Engine(settings, checks=[lt], inputs=resolve_inputs(settings, connect=False))
    assert no_handle.check_text("He go to school.", strict=True) == []
    # A handle whose service is unavailable: no issues, and the status says why.
    down = lt_backend.LanguageToolHandle(settings)
    monkeypatch.setattr(
        down, "wait", lambda: ServiceStatus(ServiceState.UNAVAILABLE, "Java not found")
    )
    inputs = replace(resolve_inputs(settings, connect=False), languagetool=down)
    assert Engine(settings, checks=[lt], inputs=inputs).check_text("He go.", strict=True) == []


def test_a_handle_the_front_end_never_connected_sends_nothing() -> None:
    from copydesk.checks.grammar.lt_backend import Backend, LanguageToolHandle

    settings = Settings()
    handle = LanguageToolHandle(settings, Backend())
    with pytest.raises(Exception, match="not started"):
        handle.check("He go to school.")


def test_no_check_calls_another_check() -> None:
    """Walks the checks' packages with ``ast``: no call names a registered check function,
    and none runs a check through its ``func`` (only the engine runs checks)."""
    import ast

    root = Path(__file__).resolve().parents[2] / "checks"
    check_functions = {c.func.__name__ for c in REGISTRY.all()}
    assert "languagetool" in check_functions and "glossary_terms" in check_functions
    calls = []
    for path in [*(root / "rules").rglob("*.py"), *(root / "grammar").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name in check_functions or name == "func":
                calls.append(f"{path.relative_to(root)}:{node.lineno}: {name}")
    assert calls == []
