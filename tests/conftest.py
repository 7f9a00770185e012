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
    return base
