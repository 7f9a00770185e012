"""A word-processor, PDF or e-book file is never read as plain text, whole or damaged.

A new-user trial: a damaged .docx (a zip without word/document.xml, random bytes, text
renamed .docx) was checked as plain text when its bytes happened to decode, and `fix`
wrote a "corrected" .docx of them. Each gets one line saying what it is, exit 2, and
no copy is written.
"""

import io
import random
import zipfile

import pytest

from copydesk.checks.document import DocumentError, read_document
from copydesk.cli import main


def _zip(*names: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name in names:
            z.writestr(name, "<x>The minister said so.</x>")
    return buffer.getvalue()


# Bytes that decode as some code page's text: what a damaged download or a renamed file
# can hold. Seeded, printable: no NUL or control byte makes them look binary.
_PRINTABLE = bytes(random.Random(7).randrange(0x20, 0x7F) for _ in range(3000))
_RENAMED_TEXT = b"The minister said so.\n\nThe  vote is on Tuesday.\n"

DAMAGED = [
    ("story.docx", _zip("docProps/core.xml"), "not a readable Word document"),
    ("story.docx", _PRINTABLE, "not a readable Word document"),
    ("story.docx", b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)) * 4,
     "not a readable Word document"),
    ("story.docx", _RENAMED_TEXT, "not a readable Word document"),
    ("story.odt", _zip("meta.xml"), "not a readable OpenDocument text"),
    ("story.epub", _PRINTABLE, "not a readable EPUB book"),
    ("story.pdf", _RENAMED_TEXT, "not a readable PDF document"),
    ("story.doc", _PRINTABLE, "not a readable Word document"),
    ("sheet.xlsx", _zip("word/document.xml"), "not a readable Excel workbook"),
    ("slides.pptx", _PRINTABLE, "not a readable PowerPoint presentation"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "data", "said"), DAMAGED)
def test_a_damaged_document_is_named_as_one_never_read_as_text(tmp_path, name, data, said):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(DocumentError, match=said):
        read_document(path)


def test_text_renamed_docx_says_to_rename_it(tmp_path):
    path = tmp_path / "story.docx"
    path.write_bytes(_RENAMED_TEXT)
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    assert str(caught.value) == (
        f"{path}: not a readable Word document: it holds plain text; rename it"
        " story.txt to check it; skipped"
    )


WHOLE = [
    ("story.docx", _zip("[Content_Types].xml", "word/document.xml")),
    ("story.odt", _zip("mimetype", "content.xml")),
    ("story.epub", _zip("mimetype", "META-INF/container.xml")),
    ("story.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"),
    ("story.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512)),
    ("story.doc", b"{\\rtf1\\ansi The minister said so.}"),  # Word saves .doc as RTF too
    ("sheet.xlsx", _zip("xl/workbook.xml")),
    ("slides.pptx", _zip("ppt/presentation.xml")),
]


@pytest.mark.parametrize(("name", "data"), WHOLE)
def test_a_whole_document_says_to_save_it_as_plain_text(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    assert str(caught.value) == (
        f"{path}: a word-processor or PDF document, not plain text; save it as plain text"
        " (.txt) and check that; skipped"
    )


@pytest.mark.parametrize("data", [_zip("docProps/core.xml"), _PRINTABLE, _RENAMED_TEXT])
def test_check_and_fix_say_one_line_exit_2_and_write_nothing(tmp_path, capsys, data):
    src = tmp_path / "in"
    src.mkdir()
    (src / "story.docx").write_bytes(data)
    (src / "other.txt").write_text("The  vote is on Tuesday.\n", "utf-8")
    named = [str(src / "story.docx"), str(src / "other.txt")]
    code = main(["check", "--no-languagetool", "--rules", "space", *named])
    out, err = capsys.readouterr()
    assert code == 2
    assert [line for line in err.splitlines() if "story.docx" in line] == [
        f"copydesk: {src / 'story.docx'}: not a readable Word document"
        + (": it holds plain text; rename it story.txt to check it; skipped"
           if data is _RENAMED_TEXT else " (damaged, or not one at all); skipped")
    ]  # fmt: skip
    assert "story.docx" not in out and "other.txt:1:4: space.double" in out
    out_dir = tmp_path / "out"
    code = main(["fix", "--no-languagetool", "--rules", "space", "-o", str(out_dir), *named])
    err = capsys.readouterr().err
    assert code == 2 and "story.docx: not a readable Word document" in err
    assert sorted(p.name for p in out_dir.iterdir()) == ["other.txt"]  # the other file fixed
    assert (src / "story.docx").read_bytes() == data  # nothing lost


def _folder_with_documents(tmp_path):
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "a.txt").write_text("The  harbour reopened on Tuesday.\n", "utf-8")
    (folder / "story.docx").write_bytes(_zip("word/document.xml"))
    (folder / "wire.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\n1 0 obj\n<<>>\nendobj\n%%EOF\n")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(64))  # not a document
    return folder


@pytest.mark.parametrize("command", ["check", "fix"])
def test_documents_in_a_folder_are_named_once_and_the_exit_status_is_unchanged(
    tmp_path, capsys, command
):
    # Trial 21: a .docx or .pdf in a folder was skipped without a word.
    folder = _folder_with_documents(tmp_path)
    extra = ["-o", str(tmp_path / "out")] if command == "fix" else []
    code = main([command, "--no-languagetool", *extra, str(folder)])
    err = capsys.readouterr().err
    notes = [line for line in err.splitlines() if "document(s) in the folder" in line]
    assert notes == [
        f"copydesk: 2 word-processor or PDF document(s) in the folder not checked (not plain"
        f" text; save them as .txt to check them): {folder / 'story.docx'}, {folder / 'wire.pdf'}"
    ]
    assert "photo.jpg" not in err
    (folder / "story.docx").unlink()
    (folder / "wire.pdf").unlink()
    extra = ["-o", str(tmp_path / "out2")] if command == "fix" else []
    assert main([command, "--no-languagetool", *extra, str(folder)]) == code
    assert "document(s)" not in capsys.readouterr().err  # near miss: none, no note


def test_a_folder_search_names_documents_only_when_asked(tmp_path):
    from copydesk.checks.files import collect, documents_note

    folder = _folder_with_documents(tmp_path)
    documents: list = []
    items, errors = collect([folder], documents=documents)
    assert [i.path.name for i in items] == ["a.txt"] and errors == []
    assert [p.name for p in documents] == ["story.docx", "wire.pdf"]
    assert collect([folder]) == (items, [])
    many = [folder / f"s{n}.pdf" for n in range(7)]
    assert documents_note(many)[0].endswith("s4.pdf and 2 more") and documents_note([]) == []
