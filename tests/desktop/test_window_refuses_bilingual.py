"""The window does not read a bilingual file as plain text: it says where to check it."""

from __future__ import annotations

from copydesk.checks.review_batch import ReviewBatch


def test_a_bilingual_file_is_refused_with_a_line(tmp_path):
    xlf = tmp_path / "job.xlf"
    xlf.write_text('<?xml version="1.0"?><xliff version="1.2"></xliff>\n', "utf-8")
    article = tmp_path / "a.txt"
    article.write_text("The ferry left.\n", "utf-8")
    batch = ReviewBatch(remember=False)
    added, loaded = batch.open_loaded([xlf, article])
    assert [f.path.name for f in added] == ["a.txt"]
    assert loaded.failed == 1
    assert loaded.errors[0].startswith(f"{xlf}: a bilingual file")
    assert "copydesk check" in loaded.errors[0]
