"""Harper's quiet rules (``quiet_rules``): not run by default, run with ``harper_all_rules``."""

from __future__ import annotations

from collections.abc import Iterator

import harper
import pytest

from copydesk.checks.engine import Engine
from copydesk.checks.grammar import harper_engine
from copydesk.checks.settings import LanguageToolSettings, Settings
from copydesk.cli import _settings_from, build_parser


@pytest.fixture(autouse=True)
def _fresh_linters() -> Iterator[None]:
    harper_engine.reset()
    yield
    harper_engine.reset()


def _enabled(all_rules: bool) -> set[str]:
    with harper_engine._LOCK:
        linter = harper_engine._linter(0, all_rules)
    assert isinstance(linter, harper_engine.SplitLinter)
    return {rule for rule, on in linter.all_rules.items() if on is not False}


def test_quiet_rules_are_harper_rules_run_by_default_and_not_spelling() -> None:
    cfg = harper_engine.config()
    defaults = harper.Linter().get_default_lint_config()
    assert cfg.quiet_rules <= {rule for rule, on in defaults.items() if on}
    assert not cfg.quiet_rules & (cfg.spelling_rules | cfg.disabled_rules | cfg.unrun_rules)


def test_quiet_rules_run_only_with_all_rules() -> None:
    quiet = harper_engine.config().quiet_rules
    assert quiet, "no quiet rules: the default and the full rule set are the same"
    default, every = _enabled(False), _enabled(True)
    assert not default & quiet
    assert quiet <= every
    assert every - default == quiet


def test_settings_and_cli_reach_the_linter(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    real = harper_engine.lint

    def spy(text: str, language: str = "en-US", user_words=(), all_rules: bool = False):  # type: ignore[no-untyped-def]
        seen.append(all_rules)
        return real(text, language, user_words, all_rules)

    monkeypatch.setattr(harper_engine, "lint", spy)
    off = LanguageToolSettings(enabled=False)
    for flag in (False, True):
        engine = Engine(
            Settings(select=["grammar.harper"], languagetool=off, harper_all_rules=flag)
        )
        engine.check_text("He go to the summit every year.")
    assert seen == [False, True]
    monkeypatch.setattr("copydesk.cli.load_settings", lambda: (Settings(), None))
    args = build_parser().parse_args(["check", "--harper-all-rules", "x.txt"])
    assert _settings_from(args).harper_all_rules
    assert not _settings_from(build_parser().parse_args(["check", "x.txt"])).harper_all_rules
    assert Settings.from_json({"harper_all_rules": True}).harper_all_rules


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("Its a long way to the coast.", "Its"),
        ("The team is suppose to arrive on Monday.", "suppose to"),
        ("The new bridge is longer then the old one.", "then"),
    ],
)
def test_classic_confusions_run_by_default(sentence: str, flagged: str) -> None:
    engine = Engine(
        Settings(select=["grammar.harper"], languagetool=LanguageToolSettings(enabled=False))
    )
    found = [sentence[i.offset : i.offset + i.length] for i in engine.check_text(sentence)]
    assert any(flagged in f or f in flagged for f in found), found


def test_classic_rules_are_not_quiet() -> None:
    import tomllib
    from importlib.resources import files

    data = tomllib.loads((files("copydesk.resources") / "grammar" / "harper.toml").read_text())
    classic = set(data["classic_rules"])
    assert classic and classic <= _enabled(False)
    assert not classic & harper_engine.config().quiet_rules
