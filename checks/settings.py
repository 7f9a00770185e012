"""User settings shared by the command line and the desktop app.

Stored as JSON under the platform's config folder (``platformdirs``) so both
front ends read the same choices.  Unknown keys are ignored, missing keys take
their defaults, and a damaged file falls back to defaults with a warning
rather than stopping the program.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import MISSING, Field, asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

from copydesk.checks.document import read_limited, replace_atomically
from copydesk.checks.selection import RuleSelection

APP_NAME = "copydesk"
MAX_SETTINGS_BYTES = 1 << 20  # a settings file is a few hundred bytes; a FIFO never ends


def config_dir() -> Path:
    override = os.environ.get("COPYDESK_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME))


def data_dir() -> Path:
    override = os.environ.get("COPYDESK_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME))


@dataclass
class LanguageToolSettings:
    enabled: bool = True
    # "auto": en-GB for a text that spells the British way, else en-US (checks/dialect.py)
    language: str = "auto"
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
    # Harper runs its quiet rules too (resources/grammar/harper.toml ``quiet_rules``: no
    # kept finding on any text measured), for slower, maybe wider grammar checking.
    harper_all_rules: bool = False

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def rule_selection(self) -> RuleSelection:
        """The rules these settings run and report (select minus ignore)."""
        return RuleSelection.of(self.select, self.ignore)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Settings:
        return cls.checked_from_json(data)[0]

    @classmethod
    def checked_from_json(cls, data: object) -> tuple[Settings, list[str]]:
        """Settings from parsed JSON, and the keys that had the wrong shape.

        A value of the wrong type (``{"ignore": 5}``, ``{"select": [null]}``) keeps
        its default instead of reaching the engine; anything but an object gives
        the defaults.
        """
        if not isinstance(data, dict):
            return cls(), ["(the whole file: not a JSON object)"]
        bad: list[str] = []
        values = _valid_fields(cls, data, "", bad)
        values.pop("languagetool", None)
        lt_data = data.get("languagetool")
        if lt_data is None:
            lt_data = {}
        if not isinstance(lt_data, dict):
            bad.append("languagetool")
            lt_data = {}
        lt = LanguageToolSettings(
            **_valid_fields(LanguageToolSettings, lt_data, "languagetool.", bad)
        )
        return cls(**values, languagetool=lt), bad


def _valid_fields(kind: type, data: dict[str, Any], prefix: str, bad: list[str]) -> dict[str, Any]:
    """The entries of ``data`` that are fields of ``kind`` with a value of the right shape."""
    values: dict[str, Any] = {}
    for f in fields(kind):
        if f.name not in data or f.name == "languagetool":
            continue
        value = data[f.name]
        if _fits(f, value):
            values[f.name] = list(value) if isinstance(value, list) else value
        else:
            bad.append(prefix + f.name)
    return values


def _fits(f: Field[Any], value: object) -> bool:
    default = f.default_factory() if f.default_factory is not MISSING else f.default
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, float):
        return (
            isinstance(value, int | float)
            and not isinstance(value, bool)
            and math.isfinite(value)
            and value > 0
        )
    if isinstance(default, str):
        return isinstance(value, str)
    if isinstance(default, list):
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if isinstance(default, dict):
        return isinstance(value, dict)
    return True


def settings_path() -> Path:
    return config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> tuple[Settings, str | None]:
    """Settings from disk, and a warning when the file could not be used."""
    path = path or settings_path()
    if not path.exists():
        return Settings(), None
    try:
        data = json.loads(read_limited(path, MAX_SETTINGS_BYTES).decode("utf-8"))
    except RecursionError:
        return Settings(), f"{path}: settings nested too deeply to read; using defaults"
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        return Settings(), f"{path}: settings not readable ({reason}); using defaults"
    settings, bad = Settings.checked_from_json(data)
    if bad:
        return settings, (
            f"{path}: settings of the wrong kind ignored ({', '.join(bad[:5])}"
            f"{', …' if len(bad) > 5 else ''}); using the defaults for them"
        )
    return settings, None


def save_settings(settings: Settings, path: Path | None = None) -> None:
    path = path or settings_path()
    # A unique temporary file and a rename: two windows saving at once never mix.
    replace_atomically(path, json.dumps(settings.to_json(), indent=2).encode("utf-8"))
