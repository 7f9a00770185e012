"""Drafts: a file's review kept on disk as it goes, so a crash or a reopen loses nothing.

A draft holds the decisions and, when the editor typed in the text, the working
text, beside a hash of the text it started from. It is written a moment after
each change (the window's autosave), read back when the file is opened again
and the file still holds that text, and removed when nothing in it is new.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from pathlib import Path

from copydesk.checks.decisions import DecisionStore
from copydesk.checks.review import FileReview
from copydesk.checks.settings import data_dir

DRAFT_VERSION = 1


def _digest(s: str) -> str:
    return hashlib.sha256(s.encode("utf-8", "surrogatepass")).hexdigest()


def draft_path(fr: FileReview) -> Path:
    # surrogateescape: a file name that is not UTF-8 (its bytes kept as surrogates) has one too.
    key = str(fr.path.resolve()).encode("utf-8", "surrogateescape")
    name = hashlib.sha256(key).hexdigest()[:16]
    return data_dir() / "drafts" / f"{name}.json"


def needs_draft(fr: FileReview) -> bool:
    """Something a reopen would lose: unsaved decisions, or text typed in the file."""
    return fr.doc is not None and (fr.dirty or fr.text != fr.doc.text)


def write_draft(fr: FileReview) -> None:
    """Write (or remove, when nothing is new) the draft of ``fr``; atomic, best effort."""
    if fr.doc is None:
        return
    path = draft_path(fr)
    if not needs_draft(fr):
        drop_draft(fr)
        return
    data = {
        "version": DRAFT_VERSION,
        "base": _digest(fr.doc.text),
        "text": fr.text if fr.text != fr.doc.text else None,
        "decisions": fr.store.to_json(),
        "saved": not fr.dirty,
    }
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        # ASCII: a stray byte of the file (a lone surrogate in the text and in keys near
        # it) is written as an escape JSON reads back; as UTF-8 it could not be encoded.
        tmp.write_text(json.dumps(data), "ascii")
        tmp.replace(path)


def drop_draft(fr: FileReview) -> None:
    with contextlib.suppress(OSError):
        draft_path(fr).unlink(missing_ok=True)


def restore_draft(fr: FileReview) -> str | None:
    """Take back the draft of a file just opened; a line saying what, or None.

    A draft of another text (the file changed since) is left alone and named.
    """
    path = draft_path(fr)
    if fr.doc is None or not path.exists():
        return None
    try:
        data = json.loads(path.read_text("utf-8"))
        if data.get("version") != DRAFT_VERSION:
            return None
        store = DecisionStore.from_json(data["decisions"])
        text = data.get("text")
        base = data["base"]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return f"{fr.name}: its draft could not be read; opened without it"
    if base != _digest(fr.doc.text):
        return f"{fr.name}: changed since its draft was written; the draft was not used"
    fr.restore(text if isinstance(text, str) else None, store, saved=bool(data.get("saved")))
    typed = " and typed text" if isinstance(text, str) else ""
    return f"{fr.name}: decisions{typed} recovered from its draft"
