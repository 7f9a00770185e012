"""A batch under review, free of Qt: the files opened, their issues, rows for the report.

The window and ``copydesk fix`` both hold their files in a :class:`ReviewBatch`;
loading goes through :func:`copydesk.checks.loading.load_inputs` and saving through
:func:`copydesk.checks.files.plan_outputs`, so the two front ends read, decide and
write the same way.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from copydesk.checks.context import BatchMember
from copydesk.checks.document import DEFAULT_MAX_BYTES, SIZE_ADVICE, Document
from copydesk.checks.engine import Engine, FileResult
from copydesk.checks.files import InputFile, check_output_dir, output_path, plan_outputs
from copydesk.checks.loading import LoadResult, load_inputs
from copydesk.checks.review import FileReview, ReviewItem
from copydesk.checks.review_bilingual import BilingualRecheck, BilingualReview, check_rechecks
from copydesk.checks.review_draft import restore_draft
from copydesk.checks.review_recheck import Recheck
from copydesk.checks.review_report import ReviewRow, registry_rule_name


@dataclass
class ReviewBatch:
    """All files open for review."""

    files: list[FileReview] = field(default_factory=list)
    opened: list[Path] = field(default_factory=list)  # the paths named, folders included
    max_bytes: int = DEFAULT_MAX_BYTES
    # Read the editor's remembered decisions when opening (the window); the command
    # line starts from none, so its results never depend on an earlier session.
    remember: bool = True
    source_dir: Path | None = None  # where the sources of article pairs are (``--source-dir``)
    # What the line of a file over ``max_bytes`` tells the user to do (the window: its own).
    size_advice: str = SIZE_ADVICE
    # Empty inputs: nothing to review, but a save copies them as they are, as ``fix``
    # does, so the output folder mirrors the input folder.
    empties: list[tuple[InputFile, Document]] = field(default_factory=list)
    _by_path: dict[str, FileReview] = field(default_factory=dict, repr=False)

    def open_paths(self, paths: Iterable[str | Path]) -> tuple[list[FileReview], list[str]]:
        """Read the files named (folders searched); returns the new files and error lines."""
        added, loaded = self.open_loaded(paths)
        return added, loaded.errors

    def open_loaded(
        self, paths: Iterable[str | Path], *, read_plain: bool = True
    ) -> tuple[list[FileReview], LoadResult]:
        """As :meth:`open_paths`, with the whole :class:`LoadResult` (the CLI counts failures).

        Without ``read_plain`` only the bilingual files are opened; the plain files found
        are left in ``LoadResult.unread`` (a spread ``fix`` has its workers read them).
        """
        named = [Path(p) for p in paths]
        loaded = load_inputs(
            named, self.max_bytes, skip={f.path.resolve() for f in self.files},
            bilingual=True, source_dir=self.source_dir, read_plain=read_plain,
            size_advice=self.size_advice,
        )  # fmt: skip
        self.opened.extend(p for p in named if p not in self.opened)
        added = [FileReview(f.item, f.doc, f.error) for f in loaded.files]
        # Bilingual files are reviewed unit by unit (their markup is no text to correct).
        added += [BilingualReview(item, bdoc) for item, bdoc in loaded.bilingual]
        unreadable = [
            fr.name
            for fr in added
            if self.remember and fr.doc is not None and not fr.load_decisions()
        ]
        self.files.extend(added)
        had = {item.path.resolve() for item, _ in self.empties}
        self.empties += [(i, d) for i, d in loaded.empties if i.path.resolve() not in had]
        if self.remember:
            # Work a crash or a closed window left behind: decisions and typed text.
            recovered = [restore_draft(fr) for fr in added]
            loaded.errors.extend(line for line in recovered if line)
        if unreadable:
            loaded.errors.append(
                f"Remembered decisions could not be read for {len(unreadable)} file(s)"
                f" ({', '.join(unreadable[:3])}{', …' if len(unreadable) > 3 else ''});"
                " they were opened without them"
            )
        return added, loaded

    def clear(self) -> None:
        """Close every file: an empty batch."""
        self.files.clear()
        self.empties.clear()
        self.opened.clear()
        self._by_path.clear()

    def readable(self) -> list[FileReview]:
        return [f for f in self.files if f.doc is not None]

    def members(self) -> list[BatchMember]:
        """The plain files' texts: the batch their checks see (bilingual files have their own)."""
        return [f.member() for f in self.readable() if not isinstance(f, BilingualReview)]

    def rechecks(self) -> list[Recheck]:
        """Each plain file's corrected text to check, with what it was made from: the batch
        a re-check sees, as the decisions so far leave it (``fix``'s next pass, the window's
        check after a decision)."""
        return [f.recheck() for f in self.readable() if not isinstance(f, BilingualReview)]

    def take_rechecked(self, rechecks: Sequence[Recheck], results: Iterable[FileResult]) -> None:
        """Issues the engine found in the corrected texts of ``rechecks``, placed on the
        working texts (:mod:`copydesk.checks.review_recheck`); decisions carried by key.
        A file changed since its recheck was made (its basis) keeps what it had."""
        by_path = {r.path: r for r in rechecks}
        for result in results:
            fr, recheck = self.by_path(result.path), by_path.get(result.path)
            if fr is not None and recheck is not None and fr.basis() == recheck.basis():
                fr.take_recheck(recheck, recheck.keyed(result.issues), result.failures)

    def recheck(self, engine: Engine) -> None:
        """Check every plain file as its accepted fixes leave it, the batch's corrected
        texts as context, and list what that finds on the working texts."""
        rechecks = self.rechecks()
        self.take_rechecked(rechecks, engine.check_batch([r.member() for r in rechecks]))

    def bilingual(self) -> list[BilingualReview]:
        return [f for f in self.readable() if isinstance(f, BilingualReview)]

    def bilingual_rechecks(self) -> list[BilingualRecheck]:
        """Each bilingual file's units as the decisions so far leave them, to check."""
        return [f.recheck() for f in self.bilingual()]

    def check_bilingual(self, engine: Engine) -> None:
        """Check the bilingual files (their units one batch) as their accepted fixes leave
        them, and list what that finds on the working texts: ``fix``'s passes (committed,
        so the placing changes nothing) and the window's check after a decision alike."""
        rechecks = self.bilingual_rechecks()
        self.take_rechecked(rechecks, check_rechecks(engine, rechecks))

    def recheck_after(self, decided: Iterable[FileReview], engine: Engine) -> list[FileReview]:
        """The files to check again after decisions on ``decided``: those files, and, when
        ``engine`` runs a batch check, every other file of the same batch (the bilingual
        files' or the plain files') with a batch issue that reads a decided file (one
        source translated two ways, a name written two ways across the articles): a
        decision there can settle it.  Not every file: a re-check of all of them after
        each decision is slow with LanguageTool on, and a new batch issue a decision
        raises elsewhere is found at the next full check."""
        chosen = {id(f) for f in decided}
        if any(c.scope == "batch" for c in engine.checks):
            bilingual = self.bilingual()
            plain = [f for f in self.readable() if not isinstance(f, BilingualReview)]
            for group in (bilingual, plain):
                paths = {str(f.path) for f in group if id(f) in chosen}
                if paths:
                    chosen |= {id(f) for f in group if _reads_any(f, paths)}
        return [f for f in self.files if id(f) in chosen]

    def by_path(self, path: str) -> FileReview | None:
        if len(self._by_path) != len(self.files):
            self._by_path = {str(f.path): f for f in self.files}
        return self._by_path.get(path)

    def take_results(self, results: Iterable[FileResult]) -> None:
        """Issues the engine found in the files' current texts (results name them by path)."""
        for result in results:
            fr = self.by_path(result.path)
            if fr is not None:
                fr.set_issues(result.issues, result.failures)

    def items_of_rule(
        self, rule: str, files: Sequence[FileReview] | None = None
    ) -> Iterator[tuple[FileReview, ReviewItem]]:
        for f in files if files is not None else self.files:
            for it in f.items:
                if it.issue.rule == rule:
                    yield f, it

    def dirty_files(self) -> list[FileReview]:
        return [f for f in self.files if f.dirty]

    def review_rows(self, rule_name: Callable[[str], str] | None = None) -> list[ReviewRow]:
        """Every issue of every readable file with its decision, and each change the editor
        typed, for the review report."""
        name = rule_name or registry_rule_name()
        rows: list[ReviewRow] = []
        for f in self.readable():
            # What the editor typed is a change too: its rows among the issues', in text order.
            typed = f.typed_rows()
            mine = f.review_rows(name)
            rows.extend(sorted(mine + typed, key=lambda r: (r.line, r.column)) if typed else mine)
        return rows

    def plan_targets(self, output_dir: Path) -> dict[FileReview, Path]:
        """Where each open file's corrected copy goes in ``output_dir``, checked before writing.

        Every open file is planned (not only those being saved) so that a file always
        goes to the same place.  Files opened one by one from different folders that
        would land on the same name keep as much of their folders as tells them apart
        (``x/a.txt`` and ``y/a.txt`` go to ``out/x/a.txt`` and ``out/y/a.txt``).
        Raises OutputPlanError when the folder is inside an opened folder, a copy would
        replace an original, or two copies would still meet.
        """
        return self._plan(output_dir)[0]

    def empty_targets(self, output_dir: Path) -> list[tuple[InputFile, Document, Path]]:
        """Each empty input with where its copy goes in ``output_dir`` (planned with the
        files, in ``fix``'s order: articles, then empty files). Raises OutputPlanError."""
        return self._plan(output_dir)[1]

    def _plan(
        self, output_dir: Path
    ) -> tuple[dict[FileReview, Path], list[tuple[InputFile, Document, Path]]]:
        check_output_dir(output_dir, self.opened)
        sources = [f.source for f in self.files] + [item for item, _ in self.empties]
        targets = plan_targets(sources, output_dir)
        n = len(self.files)
        empties = [(i, d, t) for (i, d), t in zip(self.empties, targets[n:], strict=True)]
        return dict(zip(self.files, targets[:n], strict=True)), empties

    def default_output_dir(self) -> Path | None:
        roots = [f.source.root.resolve() for f in self.files]
        if not roots:
            return None
        root = roots[0]
        return root.parent / f"{root.name}-corrected"


def plan_targets(items: Sequence[InputFile], output_dir: Path) -> list[Path]:
    """Where each of ``items`` goes in ``output_dir`` (:meth:`ReviewBatch.plan_targets`).

    A spread ``fix`` plans the files its workers read with the files it opened, in the
    in-process run's order, so that every copy goes where that run puts it.
    """
    roots = _separate_roots([item.root for item in items], items, output_dir)
    moved = [InputFile(item.path, root) for item, root in zip(items, roots, strict=True)]
    return plan_outputs(moved, output_dir)


def _separate_roots(roots: list[Path], items: Sequence[InputFile], output_dir: Path) -> list[Path]:
    """Widen the roots of files that would meet in ``output_dir`` to their common folder."""
    while True:
        by_target: dict[Path, set[Path]] = {}
        for item, root in zip(items, roots, strict=True):
            target = output_path(InputFile(item.path, root), output_dir).resolve()
            by_target.setdefault(target, set()).add(root)
        for group in by_target.values():
            if len(group) < 2:
                continue
            try:
                base = Path(os.path.commonpath([os.path.abspath(r) for r in group]))
            except ValueError:  # no common folder (another drive): refused by plan_outputs
                continue
            roots = [base if r in group else r for r in roots]
            break
        else:
            return roots


Session = ReviewBatch  # the window's older name for it


def _reads_any(fr: FileReview, paths: set[str]) -> bool:
    """Whether an issue of ``fr`` is a batch issue that involves one of ``paths`` (a
    bilingual unit's location is its file's path, ``#`` and the unit)."""
    return any(
        loc.path in paths or loc.path.split("#")[0] in paths
        for it in fr.items
        for loc in it.issue.related
    )
