"""User settings shared by the command line and the desktop app.

Stored as JSON under the platform's config folder (``platformdirs``) so both
front ends read the same choices.  Unknown keys are ignored, missing keys take
their defaults, and a damaged file falls back to defaults with a warning
rather than stopping the program.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

from checks.selection import RuleSelection

APP_NAME = "copydesk"


def config_dir() -> Path:
    override = os.environ.get("COPYDESK_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME))


def data_dir() -> Path:
    override = os.environ.get("COPYDESK_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME))


@dataclass
class LanguageToolSettings:
    enabled: bool = True
    language: str = "en-US"
    server_url: str = ""  # a self-hosted server; empty means start a local one
    path: str = ""  # folder holding LanguageTool-6.8/; empty means language-tool-python's default
    picky: bool = False
    disabled_rules: list[str] = field(default_factory=list)
    disabled_categories: list[str] = field(default_factory=list)
    # The public service receives the user's text: only when the user says so.
    allow_public_api: bool = False
    timeout_seconds: float = 60.0  # one check request
    # Added for the grammar layer:
    startup_timeout_seconds: float = 60.0  # a local server's start-up (Java is slow to warm)
    # Tuning of a local server, passed to language-tool-python's ``config=``
    # (e.g. {"cacheSize": 1000, "maxCheckThreads": 2}); unknown keys are reported.
    server_config: dict[str, Any] = field(default_factory=dict)
    # Words the spelling checks accept (names, house terms), besides the glossary's.
    user_words: list[str] = field(default_factory=list)


@dataclass
class Settings:
    select: list[str] = field(default_factory=list)  # empty: the registry's defaults
    ignore: list[str] = field(default_factory=list)
    glossary: str = ""
    language: str = "en-US"
    languagetool: LanguageToolSettings = field(default_factory=LanguageToolSettings)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def rule_selection(self) -> RuleSelection:
        """The rules these settings run and report (select minus ignore)."""
        return RuleSelection.of(self.select, self.ignore)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Settings:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known and k != "languagetool"}
        lt_data = data.get("languagetool") or {}
        lt_known = {f.name for f in fields(LanguageToolSettings)}
        lt = LanguageToolSettings(**{k: v for k, v in lt_data.items() if k in lt_known})
        return cls(**values, languagetool=lt)


def settings_path() -> Path:
    return config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> tuple[Settings, str | None]:
    """Settings from disk, and a warning when the file could not be used."""
    path = path or settings_path()
    if not path.exists():
        return Settings(), None
    try:
        return Settings.from_json(json.loads(path.read_text("utf-8"))), None
    except (OSError, ValueError, TypeError) as exc:
        return Settings(), f"{path}: settings not readable ({exc}); using defaults"


def save_settings(settings: Settings, path: Path | None = None) -> None:
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(settings.to_json(), indent=2), "utf-8")
    tmp.replace(path)
