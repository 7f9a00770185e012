"""What a run needs besides the texts, resolved once before any file is checked.

The rule selection, the glossary (default, user's, each project folder's and
the one named explicitly), the user's words and the LanguageTool service are
looked up here, up front, so a bad glossary or an unknown rule id stops the run
with one line instead of failing once per file inside the checks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from copydesk.checks.engine import Engine
from copydesk.checks.glossary import Glossary, GlossaryError, load_glossary
from copydesk.checks.registry import REGISTRY
from copydesk.checks.service import LANGUAGETOOL, ServiceMonitor
from copydesk.checks.settings import Settings

EngineFactory = Callable[[Settings], Engine]


class RunInputError(Exception):
    """The run cannot start; the message is one line for the user."""


@dataclass(frozen=True)
class RunInputs:
    settings: Settings
    engine: Engine
    glossary: Glossary
    user_words: tuple[str, ...]
    service: ServiceMonitor


def project_folders(paths: Iterable[str | Path]) -> list[Path]:
    """The folders of the files to check, in order, each once (where project glossaries live)."""
    seen: dict[Path, None] = {}
    for p in paths:
        path = Path(p)
        if path.is_file():
            seen.setdefault(path.parent, None)
    return list(seen)


def resolve_run(
    settings: Settings,
    files: Iterable[str | Path] = (),
    engine_factory: EngineFactory = Engine,
) -> RunInputs:
    """Check the selection and read every glossary once; raises RunInputError (one line)."""
    unknown = REGISTRY.unknown_prefixes(settings.select + settings.ignore)
    if unknown:
        raise RunInputError(f"unknown rule(s): {', '.join(unknown)} (see 'copydesk rules')")
    try:
        glossary = load_glossary(settings.glossary, project_folders(files))
    except GlossaryError as exc:
        raise RunInputError(str(exc)) from None
    return RunInputs(
        settings=settings,
        engine=engine_factory(settings),
        glossary=glossary,
        user_words=tuple(settings.languagetool.user_words),
        service=LANGUAGETOOL,
    )
