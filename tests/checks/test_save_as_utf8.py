"""Trial 21: a correction its file's encoding cannot store is saved as UTF-8 on request."""

from __future__ import annotations

from pathlib import Path

import pytest

from copydesk.checks.document import Document, UnstorableText, decode
from copydesk.checks.review_batch import ReviewBatch
from copydesk.checks.review_save import save_files

# Invented copy in Windows-1252 with CRLF line endings.
TEXT = "The café in Varnholt charges £3 a cup.\r\nIts owner, Mr Dobrel, agrees.\r\n"


def _opened(tmp_path: Path) -> ReviewBatch:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_bytes(TEXT.encode("cp1252"))
    batch = ReviewBatch(remember=False)
    batch.open_paths([str(src / "a.txt")])
    return batch


def test_an_unstorable_typed_correction_is_saved_as_utf8_when_asked(tmp_path) -> None:
    batch = _opened(tmp_path)
    (fr,) = batch.files
    assert fr.doc is not None and fr.doc.encoding == "cp1252"
    at = fr.text.index("Dobrel")
    fr.replace_text(at, len("Dobrel"), "Dőbrel")  # ő: not in Windows-1252
    out = tmp_path / "out"
    refused = save_files(batch, [fr], out)
    assert refused.saved == 0 and refused.unstorable == [fr]
    assert "cp1252 cannot store" in refused.errors[0]
    assert fr.doc.encoding == "cp1252" and not (out / "a.txt").exists()
    saved = save_files(batch, refused.unstorable, out, as_utf8=True)
    assert saved.ok and saved.unstorable == []
    data = (out / "a.txt").read_bytes()
    assert data == TEXT.replace("Dobrel", "Dőbrel").encode("utf-8")  # CRLF kept, no BOM
    assert fr.doc.encoding == "utf-8" and not fr.dirty
    assert save_files(batch, [fr], out).ok  # later saves keep UTF-8


def test_a_storable_correction_keeps_the_files_own_encoding(tmp_path) -> None:
    batch = _opened(tmp_path)
    (fr,) = batch.files
    at = fr.text.index("Dobrel")
    fr.replace_text(at, len("Dobrel"), "Döbrel")  # ö is in Windows-1252
    outcome = save_files(batch, [fr], tmp_path / "out")
    assert outcome.ok and outcome.unstorable == []
    assert (tmp_path / "out" / "a.txt").read_bytes() == TEXT.replace("Dobrel", "Döbrel").encode(
        "cp1252"
    )


def test_a_failed_utf8_save_leaves_the_files_own_encoding(tmp_path) -> None:
    batch = _opened(tmp_path)
    (fr,) = batch.files
    fr.replace_text(0, 3, "Thé")
    blocker = tmp_path / "file"
    blocker.write_text("x", "utf-8")
    outcome = save_files(batch, [fr], blocker / "out", as_utf8=True)
    assert not outcome.ok and outcome.unstorable == []
    assert fr.doc is not None and fr.doc.encoding == "cp1252"


def test_as_utf8_keeps_mixed_line_endings_and_is_itself_for_utf8() -> None:
    doc = decode("Naïve café line one\r\nline two £3\nend\r\n".encode("cp1252"))
    with pytest.raises(UnstorableText):
        doc.encode(doc.text.replace("end", "ënd→"))
    utf8 = doc.as_utf8()
    assert utf8.encode(utf8.text.replace("end", "ënd→")) == (
        "Naïve café line one\r\nline two £3\nënd→\r\n".encode()
    )
    plain = Document.from_text("Plain.\n")
    assert plain.as_utf8() is plain
