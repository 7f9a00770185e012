"""The command line's bilingual part: reading, checking and fixing bilingual files.

``copydesk.checks.loading.find_bilingual`` finds them among the paths (XLIFF, TMX,
PO, CSV/TSV, and a ``.txt`` article whose source sits beside it as
``name.<lang>.txt`` or in ``--source-dir``); they are checked here unit by unit
and reported with the unit's id and the side (source or target) of the text.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

from copydesk.checks.apply import apply_edits
from copydesk.checks.bilingual.loader import load
from copydesk.checks.bilingual.model import BilingualDocument, BilingualError, Unit
from copydesk.checks.bilingual.runner import BilingualResult, UnitIssue, check_documents
from copydesk.checks.document import DocumentError, write_atomic
from copydesk.checks.engine import Engine
from copydesk.checks.files import InputFile, OutputPlanError, plan_outputs
from copydesk.checks.fix_copies import WrittenCopies, digest, refusal, replaceable
from copydesk.checks.fixer import MAX_PASSES
from copydesk.checks.textpos import position

Spec = tuple[Path, Path | None]  # a bilingual file, or a target article and its source


def _err(msg: str) -> None:
    print(f"copydesk: {msg}", file=sys.stderr)


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


def source_language(docs: Sequence[BilingualDocument]) -> str:
    """The source language a term base is read for: the first document's that names one."""
    return next((d.source_lang for d in docs if d.source_lang), "")


def _line_col(doc: BilingualDocument, item: UnitIssue) -> tuple[int, int]:
    """Line and column within the unit's text on the issue's side, as text output prints."""
    unit = doc.unit(item.unit)
    text = unit.source if item.side == "source" else unit.target
    return position(text, item.issue)


def _json_entry(doc: BilingualDocument, item: UnitIssue) -> dict[str, object]:
    line, col = _line_col(doc, item)
    return {**item.to_json(), "line": line, "column": col}


def _where(doc: BilingualDocument, item: UnitIssue) -> str:
    line, col = _line_col(doc, item)
    side = " (source)" if item.side == "source" else ""
    return f"{doc.path}:[{item.unit}]{side}:{line}:{col}"


def check_bilingual(
    engine: Engine,
    docs: Sequence[BilingualDocument],
    fmt: str,
    payload: list[dict[str, object]],
) -> int:
    """Check, print text lines or append JSON entries to ``payload``; the issues found.

    The term base is the engine's run input, read before the run with the glossaries.
    """
    total = 0
    for result in check_documents(engine, docs):
        doc = result.doc
        for failure in result.failures:
            _err(f"{failure.path}: check {failure.check_id} failed: {failure.error}")
        total += len(result.issues)
        if fmt == "json":
            payload.append({
                "path": doc.path, "encoding": doc.encoding_label, "format": doc.format,
                "issues": [_json_entry(doc, i) for i in result.issues],
            })  # fmt: skip
            continue
        for item in result.issues:
            issue = item.issue
            fix = f" (-> {issue.replacements[0]!r})" if issue.replacements else ""
            print(f"{_where(doc, item)}: {issue.rule}: {issue.message}{fix}")
    return total


def fixed_targets(
    engine: Engine, result: BilingualResult, apply_all: bool
) -> tuple[dict[str, str], Counter[str]]:
    """New target text of every unit a fix changed, and the applied fixes by rule."""
    mono = engine.subset([c for c in engine.checks if not c.bilingual])
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
    docs: Sequence[BilingualDocument],
    out_dir: Path,
    apply_all: bool,
    roots: Mapping[str, Path] | None = None,
    copies: WrittenCopies | None = None,
) -> int:
    """Write corrected copies (same format, only changed targets rewritten); failures.

    ``roots`` maps a document's path to the folder it was found in (its copy keeps its
    place below that folder, as the in-process run writes it); ``copies`` guards copies
    edited since ``fix`` wrote them and learns the ones written.
    """
    if not docs:
        return 0
    failed = 0
    roots = roots or {}
    try:  # two inputs with one name would be saved over each other: refuse before writing
        items = [InputFile(Path(d.path), roots.get(d.path, Path(d.path).parent)) for d in docs]
        outputs = plan_outputs(items, out_dir)
    except OutputPlanError as exc:
        _err(f"{exc}; nothing was written")
        return len(docs)
    for result, target in zip(check_documents(engine, docs), outputs, strict=True):
        doc = result.doc
        new, counts = fixed_targets(engine, result, apply_all)
        try:
            data = doc.encode(new)
            expected = copies.expected(target) if copies is not None else ""
            if not replaceable(target, data, expected):
                raise DocumentError(refusal(target))  # an editor's work there stays
            write_atomic(target, data, source=doc.path)
        except (BilingualError, DocumentError) as exc:
            _err(str(exc))
            failed += 1
            continue
        if copies is not None:
            copies.note(target, digest(data))
        detail = ", ".join(f"{rule} {n}" for rule, n in sorted(counts.items()))
        left = len(result.issues) - sum(counts.values())
        print(
            f"{doc.path} -> {target}: {sum(counts.values())} fix(es) in {len(new)} unit(s)"
            f"{' (' + detail + ')' if detail else ''}; {max(left, 0)} issue(s) left to review"
        )
    return failed
