"""The corrected copies ``copydesk fix`` wrote, so that a later run never replaces one edited since.

An editor may go on by hand in a corrected copy, or save a reviewed copy from the
window into the same output folder; running ``fix`` again must not throw that work
away.  ``fix`` records the SHA-256 of every copy it writes (in the data folder, one
small JSON file per output folder, so the output folder stays a mirror of the
input), and replaces an existing copy only when it still holds what ``fix`` wrote
there, or already holds the new bytes.  Anything else gets one line and is left
as it is.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from copydesk.checks.document import replace_atomically
from copydesk.checks.settings import data_dir


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def refusal(target: str | Path) -> str:
    return (
        f"{target}: already there and changed since copydesk fix wrote it (edited by hand, or "
        "saved from the window?); not replaced: move it away or choose another output folder"
    )


def replaceable(target: str | Path, new: bytes | None, expected: str) -> bool:
    """True when writing ``new`` over ``target`` loses nothing.

    That is: no file is there, or it holds the bytes ``fix`` wrote (``expected``, a
    digest; empty when none is known), or it holds ``new`` already.  A file that
    cannot be read is left to the write to report.
    """
    try:
        old = Path(target).read_bytes()
    except OSError:  # not there (nothing to lose), or the write will say what is wrong
        return True
    return digest(old) == expected or (new is not None and old == new)


class WrittenCopies:
    """What ``fix`` wrote into one output folder: file name (relative) -> digest."""

    def __init__(self, out_dir: str | Path) -> None:
        self.out_dir = Path(os.path.abspath(out_dir))
        name = digest(str(self.out_dir).encode("utf-8", "surrogatepass"))[:32]
        self.path = data_dir() / "fix-copies" / f"{name}.json"
        self.copies: dict[str, str] = {}
        self.changed = False
        try:
            loaded = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            return  # none yet, or unreadable: nothing is known to be fix's own
        if isinstance(loaded, dict) and isinstance(loaded.get("copies"), dict):
            self.copies = {k: v for k, v in loaded["copies"].items() if isinstance(v, str)}

    def _key(self, target: str | Path) -> str:
        return os.path.relpath(os.path.abspath(target), self.out_dir)

    def expected(self, target: str | Path) -> str:
        return self.copies.get(self._key(target), "")

    def note(self, target: str | Path, written: str) -> None:
        """Record that ``fix`` wrote bytes with digest ``written`` to ``target``."""
        self.copies[self._key(target)] = written
        self.changed = True

    def save(self) -> str | None:
        """Write the record; a line for the user when it cannot be written."""
        if not self.changed:
            return None
        data = {"output": str(self.out_dir), "copies": self.copies}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # ASCII: a file name that is not UTF-8 is held as lone surrogates, which JSON
            # writes as escapes and reads back; raw bytes would make the record unreadable.
            text = json.dumps(data, indent=1, sort_keys=True)
            replace_atomically(self.path, text.encode("ascii"))
        except OSError as exc:
            return (
                f"{self.path}: cannot record the copies written ({exc.strerror or exc}); "
                "the next fix into this folder will not replace them"
            )
        return None
