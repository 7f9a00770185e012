"""Shared test setup: no test touches the user's real config, and Qt runs offscreen."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_config(tmp_path_factory, monkeypatch):
    base = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("COPYDESK_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("COPYDESK_DATA_DIR", str(base / "data"))
    # Nor the user's (or CI's) LanguageTool jars and running server: the real-LanguageTool
    # tests (tests/checks/grammar/test_lt_real.py) ask for them explicitly.
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(base / "cache"))
    monkeypatch.delenv("COPYDESK_LT_CLASSPATH", raising=False)
    return base


@pytest.fixture(autouse=True)
def checks_must_not_crash(monkeypatch):
    """In tests a check that raises fails the test, instead of quietly returning no issues.

    The engine keeps a failing check's error beside the other checks' results (so a
    user's run goes on); a test asserting "no issues" would otherwise pass on a crash.
    """
    from copydesk.checks.engine import Engine

    original = Engine.check_text

    def strict_check_text(self, text, path="<text>", *, strict=True):
        return original(self, text, path, strict=strict)

    monkeypatch.setattr(Engine, "check_text", strict_check_text)
