"""The command line's bilingual part: which paths are bilingual, checking and fixing them.

``checks/cli.py`` hands over the paths it is given; the bilingual ones (XLIFF,
TMX, PO, CSV/TSV, and a ``.txt`` article whose source sits beside it as
``name.<lang>.txt`` or in ``--source-dir``) are checked here unit by unit and
reported with the unit's id and the side (source or target) of the text.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from copydesk.checks.apply import apply_edits
from copydesk.checks.bilingual.loader import is_bilingual, load
from copydesk.checks.bilingual.model import BilingualDocument, BilingualError, Unit
from copydesk.checks.bilingual.paired import source_for
from copydesk.checks.bilingual.runner import BilingualResult, UnitIssue, check_documents
from copydesk.checks.bilingual.terms import Term, beside, default_terms, load_termbase
from copydesk.checks.document import DocumentError, write_atomic
from copydesk.checks.engine import Engine
from copydesk.checks.files import InputFile, OutputPlanError, plan_outputs
from copydesk.checks.fixer import MAX_PASSES
from copydesk.checks.textpos import LineIndex

Spec = tuple[Path, Path | None]  # a bilingual file, or a target article and its source


def _err(msg: str) -> None:
    print(f"copydesk: {msg}", file=sys.stderr)


def split_paths(
    paths: Sequence[str], source_dir: str | None = None
) -> tuple[list[Spec], list[str]]:
    """(bilingual files and article pairs, the other paths) from the paths a user named."""
    specs: list[Spec] = []
    rest: list[str] = []
    sdir = Path(source_dir) if source_dir else None
    for raw in paths:
        p = Path(raw)
        if p.is_file() and is_bilingual(p):
            specs.append((p, None))
        elif p.is_file() and p.suffix.lower() in (".txt", ".md"):
            source = source_for(p, sdir)
            if source is not None:
                specs.append((p, source))
            else:
                rest.append(raw)
        else:
            rest.append(raw)
    paired = {s.resolve() for _, s in specs if s is not None}
    rest = [r for r in rest if not (Path(r).is_file() and Path(r).resolve() in paired)]
    return specs, rest


def load_all(specs: Sequence[Spec], max_bytes: int) -> tuple[list[BilingualDocument], int]:
    docs: list[BilingualDocument] = []
    failed = 0
    for path, source in specs:
        try:
            docs.append(load(path, max_bytes, source))
        except BilingualError as exc:
            _err(str(exc))
            failed += 1
    return docs, failed


def termbase(docs: Sequence[BilingualDocument], path: str | None) -> tuple[list[Term], int]:
    """The default term base plus those beside the files and ``--termbase``; (terms, failures)."""
    terms = list(default_terms())
    failed = 0
    lang = next((d.source_lang for d in docs if d.source_lang), "")
    extra = beside([Path(d.path) for d in docs]) + ([Path(path)] if path else [])
    for p in extra:
        try:
            terms.extend(load_termbase(p, lang))
        except BilingualError as exc:
            _err(str(exc))
            failed += 1
    return terms, failed


def _where(doc: BilingualDocument, item: UnitIssue) -> str:
    unit = doc.unit(item.unit)
    text = unit.source if item.side == "source" else unit.target
    line, col = LineIndex(text).line_col(item.issue.offset)
    side = " (source)" if item.side == "source" else ""
    return f"{doc.path}:[{item.unit}]{side}:{line}:{col}"


def check_bilingual(
    engine: Engine,
    specs: Sequence[Spec],
    fmt: str,
    max_bytes: int,
    payload: list[dict[str, object]],
    termbase_path: str | None = None,
) -> tuple[int, int, int]:
    """Check, print text lines or append JSON entries to ``payload``.

    Returns (issues, failures, files checked): a file that cannot be read is a
    failure, not a file checked.
    """
    if not specs:
        return 0, 0, 0
    docs, failed = load_all(specs, max_bytes)
    terms, bad = termbase(docs, termbase_path)
    failed += bad
    total = 0
    for result in check_documents(engine, docs, terms):
        doc = result.doc
        for failure in result.failures:
            _err(f"{failure.path}: check {failure.check_id} failed: {failure.error}")
        total += len(result.issues)
        if fmt == "json":
            payload.append({
                "path": doc.path, "encoding": doc.encoding_label, "format": doc.format,
                "issues": [i.to_json() for i in result.issues],
            })  # fmt: skip
            continue
        for item in result.issues:
            issue = item.issue
            fix = f" (-> {issue.replacements[0]!r})" if issue.replacements else ""
            print(f"{_where(doc, item)}: {issue.rule}: {issue.message}{fix}")
    return total, failed, len(docs)


def fixed_targets(
    engine: Engine, result: BilingualResult, apply_all: bool
) -> tuple[dict[str, str], Counter[str]]:
    """New target text of every unit a fix changed, and the applied fixes by rule."""
    mono = Engine(engine.settings, engine.registry, [c for c in engine.checks if not c.bilingual])
    by_unit: dict[str, list[UnitIssue]] = {}
    for item in result.issues:
        if item.side == "target":
            by_unit.setdefault(item.unit, []).append(item)
    new: dict[str, str] = {}
    counts: Counter[str] = Counter()
    for unit in result.doc.units:
        text = unit.target
        issues = [i.issue for i in by_unit.get(unit.id, [])]
        for _ in range(1 if apply_all else MAX_PASSES):
            edits = [i.edit() for i in issues if i.replacements and (apply_all or i.safe)]
            if not edits:
                break
            applied = apply_edits(text, edits)
            counts.update(e.rule for e in applied.applied)
            text = applied.text
            # The next pass sees the text the fix left; inline markup is still off limits.
            issues = [
                i
                for i in mono.check_text(text, unit.id)
                if not any(i.offset < e and s < i.end for s, e in _moved(unit, text))
            ]
        if text != unit.target:
            new[unit.id] = text
    return new, counts


def _moved(unit: Unit, text: str) -> list[tuple[int, int]]:
    """Where the unit's inline tags are in the edited text (they are never edited)."""
    spans: list[tuple[int, int]] = []
    original = unit.target
    pos = 0
    for s, e in unit.protected:
        tag = original[s:e]
        found = text.find(tag, pos)
        if found >= 0:
            spans.append((found, found + len(tag)))
            pos = found + len(tag)
    return spans


def fix_bilingual(
    engine: Engine,
    specs: Sequence[Spec],
    out_dir: Path,
    apply_all: bool,
    max_bytes: int,
    termbase_path: str | None = None,
) -> int:
    """Write corrected copies (same format, only changed targets rewritten); failures."""
    if not specs:
        return 0
    docs, failed = load_all(specs, max_bytes)
    try:  # two inputs with one name would be saved over each other: refuse before writing
        items = [InputFile(Path(d.path), Path(d.path).parent) for d in docs]
        outputs = plan_outputs(items, out_dir)
    except OutputPlanError as exc:
        _err(f"{exc}; nothing was written")
        return failed + len(docs)
    terms, bad = termbase(docs, termbase_path)
    failed += bad
    for result, target in zip(check_documents(engine, docs, terms), outputs, strict=True):
        doc = result.doc
        new, counts = fixed_targets(engine, result, apply_all)
        try:
            write_atomic(target, doc.encode(new), source=doc.path)
        except (BilingualError, DocumentError) as exc:
            _err(str(exc))
            failed += 1
            continue
        detail = ", ".join(f"{rule} {n}" for rule, n in sorted(counts.items()))
        left = len(result.issues) - sum(counts.values())
        print(
            f"{doc.path} -> {target}: {sum(counts.values())} fix(es) in {len(new)} unit(s)"
            f"{' (' + detail + ')' if detail else ''}; {max(left, 0)} issue(s) left to review"
        )
    return failed
