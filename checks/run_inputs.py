"""What a run needs besides the texts, resolved once before any file is checked.

The rule selection, the glossaries (default, user's, each project folder's and
the one named explicitly), the term bases, the user's words and the
LanguageTool service are looked up here, up front, so a bad glossary, a bad
term base or an unknown rule id stops the run with one line instead of failing
once per file inside the checks.  The result travels to every check as
``ctx.inputs`` (:class:`~copydesk.checks.inputs.CheckInputs`): no check reads a
file, loads settings or starts a service itself.  The command line, the
workers of a parallel run (:func:`for_worker`) and the window's checking worker
all go through here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from copydesk.checks.bilingual.model import BilingualError
from copydesk.checks.bilingual.terms import Term, beside, default_terms, load_termbase
from copydesk.checks.engine import Engine
from copydesk.checks.glossary import (
    USER_NAMES,
    Glossary,
    GlossaryError,
    default_glossary,
    first_existing,
    project_glossary,
    read_glossary,
)
from copydesk.checks.grammar.lt_backend import LanguageToolHandle
from copydesk.checks.grammar.words import accepted_words
from copydesk.checks.inputs import CheckInputs, GlossaryInputs, folder_key
from copydesk.checks.registry import REGISTRY, Check
from copydesk.checks.service import LANGUAGETOOL, ServiceMonitor
from copydesk.checks.settings import Settings, config_dir

EngineFactory = Callable[[Settings], Engine]


class RunInputError(Exception):
    """The run cannot start; the message is one line for the user."""


@dataclass(frozen=True)
class RunInputs:
    settings: Settings
    engine: Engine  # carries ``inputs``: every check it runs reads them
    glossary: Glossary  # the batch's glossary (every folder's), as the names check sees it
    user_words: tuple[str, ...]
    service: ServiceMonitor
    inputs: CheckInputs


def project_folders(paths: Iterable[str | Path]) -> list[Path]:
    """The folders of the files to check, in order, each once (where project glossaries live)."""
    seen: dict[Path, None] = {}
    for p in paths:
        path = Path(p)
        if path.is_file():
            seen.setdefault(path.parent, None)
    return list(seen)


def resolve_glossaries(explicit: str, files: Iterable[str | Path]) -> GlossaryInputs:
    """Every glossary of the run read once: default and user's, each folder's, ``explicit``.

    Raises GlossaryError (one line) for a file that cannot be used.
    """
    base = default_glossary()
    user = first_existing(config_dir(), USER_NAMES)
    if user:
        base.merge(read_glossary(user))
    projects: dict[str, Glossary] = {}
    for folder in project_folders(files):
        found = project_glossary(folder)
        if found is not None:
            projects[str(folder)] = found  # as folder_key() names a member's folder
    return GlossaryInputs(base, projects, read_glossary(Path(explicit)) if explicit else None)


def resolve_terms(
    termbase: str | None, bilingual: Iterable[str | Path] = (), source_lang: str = ""
) -> tuple[Term, ...]:
    """The default term base, those beside the bilingual files, then ``termbase``.

    Raises BilingualError (one line) for a term base that cannot be used.
    """
    terms = list(default_terms())
    extra = beside([Path(p) for p in bilingual]) + ([Path(termbase)] if termbase else [])
    for path in extra:
        terms.extend(load_termbase(path, source_lang))
    return tuple(terms)


def user_words(settings: Settings, glossaries: GlossaryInputs) -> frozenset[str]:
    """The settings' words and every word of the explicit glossary (grammar engines skip them)."""
    explicit = glossaries.explicit
    text = ""
    if explicit is not None:
        text = " ".join([*explicit.preferred.values(), *explicit.forbidden])
    return accepted_words(settings.languagetool.user_words, text)


def languagetool_handle(settings: Settings, checks: Sequence[Check]) -> LanguageToolHandle | None:
    """A handle on LanguageTool when this run uses it (on, and ``lt`` selected), unconnected."""
    if not settings.languagetool.enabled or not any(c.id == "lt" for c in checks):
        return None
    return LanguageToolHandle(settings)


def connect_services(inputs: CheckInputs) -> None:
    """Start (or reuse) the run's services; the front end calls it, off a window's UI thread."""
    handle = inputs.languagetool
    if isinstance(handle, LanguageToolHandle):
        handle.connect()


def resolve_inputs(
    settings: Settings,
    files: Iterable[str | Path] = (),
    checks: Sequence[Check] = (),
    *,
    termbase: str | None = None,
    bilingual: Sequence[str | Path] = (),
    source_lang: str = "",
    connect: bool = True,
) -> CheckInputs:
    """The inputs the checks read; raises RunInputError with one line.

    ``connect`` starts LanguageTool now; a window passes False and calls
    :func:`connect_services` on a worker thread.
    """
    try:
        glossaries = resolve_glossaries(settings.glossary, [*files, *bilingual])
        terms = resolve_terms(termbase, bilingual, source_lang)
    except (GlossaryError, BilingualError) as exc:
        raise RunInputError(str(exc)) from None
    inputs = CheckInputs(
        glossaries=glossaries,
        terms=terms,
        user_words=user_words(settings, glossaries),
        languagetool=languagetool_handle(settings, checks),
    )
    if connect:
        connect_services(inputs)
    return inputs


def for_worker(inputs: CheckInputs) -> CheckInputs:
    """The inputs a worker process received, with its own connection to the run's services.

    The glossaries and term bases arrive already read; LanguageTool is reused (a
    forked worker shares the driver's connection, another process finds the
    server the driver started) or, on another machine, started there.
    """
    handle = inputs.languagetool
    if not isinstance(handle, LanguageToolHandle):
        return inputs
    fresh = replace(inputs, languagetool=LanguageToolHandle(handle.settings))
    connect_services(fresh)
    return fresh


def resolve_run(
    settings: Settings,
    files: Iterable[str | Path] = (),
    engine_factory: EngineFactory = Engine,
    *,
    termbase: str | None = None,
    bilingual: Sequence[str | Path] = (),
    source_lang: str = "",
    connect: bool = True,
) -> RunInputs:
    """Check the selection, read every glossary and term base once, make the engine.

    Raises RunInputError (one line).
    """
    unknown = REGISTRY.unknown_prefixes(settings.select + settings.ignore)
    if unknown:
        raise RunInputError(f"unknown rule(s): {', '.join(unknown)} (see 'copydesk rules')")
    files = list(files)
    engine = engine_factory(settings)
    inputs = resolve_inputs(
        settings,
        files,
        engine.checks,
        termbase=termbase,
        bilingual=bilingual,
        source_lang=source_lang,
        connect=connect and bool(files or bilingual),  # nothing to check: start nothing
    )
    engine.inputs = inputs
    return RunInputs(
        settings=settings,
        engine=engine,
        glossary=inputs.glossaries.for_folders(folder_key(p) for p in files),
        user_words=tuple(settings.languagetool.user_words),
        service=LANGUAGETOOL,
        inputs=inputs,
    )
