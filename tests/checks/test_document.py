import codecs

import pytest

from copydesk.checks.document import Document, DocumentError, decode, read_document, write_atomic

SAMPLE = "Kim arrived in Vladivostok — “sensitive” issues, 1,200 km.\nSecond line café.\n"


@pytest.mark.parametrize(
    ("raw", "encoding", "bom"),
    [
        (SAMPLE.encode("utf-8"), "utf-8", b""),
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8", codecs.BOM_UTF8),
        (codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"), "utf-16-le", codecs.BOM_UTF16_LE),
        (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), "utf-16-be", codecs.BOM_UTF16_BE),
        (SAMPLE.replace("\n", "\r\n").encode("utf-8"), "utf-8", b""),
        (SAMPLE.replace("\n", "\r\n").encode("cp1252"), "cp1252", b""),
    ],
)
def test_round_trip_is_byte_for_byte(raw, encoding, bom):
    doc = decode(raw, "x.txt")
    assert doc.encoding == encoding
    assert doc.bom == bom
    assert "\r" not in doc.text
    assert doc.text == SAMPLE
    assert doc.encode(doc.text) == raw
    # Not the cached bytes: a real re-encode of the same text gives the same bytes too.
    assert doc.encode(doc.text + "!")[: -len("!".encode(encoding))] == raw


def test_edited_text_keeps_crlf_bom_and_encoding():
    raw = codecs.BOM_UTF8 + b"One..\r\nTwo\r\n"
    doc = decode(raw)
    assert doc.newline == "\r\n"
    assert doc.encode(doc.text.replace("..", ".")) == codecs.BOM_UTF8 + b"One.\r\nTwo\r\n"


def test_legacy_encoding_detected_and_unencodable_fix_is_refused():
    raw = "Caf\xe9 au lait \xe0 la cr\xe8me, d\xe9j\xe0 vu, na\xefve r\xe9sum\xe9.\n".encode(
        "latin-1"
    )
    doc = decode(raw)
    assert doc.text.startswith("Café")
    assert doc.encode(doc.text) == raw
    with pytest.raises(DocumentError, match="cannot store"):
        doc.encode("\u4e2d")


def test_binary_is_refused_with_a_clear_message():
    with pytest.raises(DocumentError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "pic.txt")


def test_size_limit(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * 1000)
    with pytest.raises(DocumentError, match="limit"):
        read_document(big, max_bytes=100)


def test_unreadable_and_missing(tmp_path):
    with pytest.raises(DocumentError, match="no such file"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(DocumentError, match="folder"):
        read_document(tmp_path)


def test_write_atomic_refuses_to_overwrite_the_source(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("original")
    with pytest.raises(DocumentError, match="refusing"):
        write_atomic(src, b"new", source=src)
    assert src.read_text() == "original"
    write_atomic(src, b"new", source=src, overwrite_source=True)
    assert src.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]  # no temp file left behind


def test_new_files_get_the_umask_and_replaced_files_keep_their_mode(tmp_path):
    import os

    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "new.txt", b"x")
        assert (tmp_path / "new.txt").stat().st_mode & 0o777 == 0o644
        existing = tmp_path / "old.txt"
        existing.write_bytes(b"y")
        existing.chmod(0o640)
        write_atomic(existing, b"z")
        assert existing.stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(old)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("El Señor Muñoz llegó a la ciudad.\n", "cp1252"),
        ("Café résumé naïve.\n", "cp1252"),
        ("It costs 5 € – or £4.\n", "cp1252"),
        ("Łódź i Kraków są pięknymi miastami, powiedział minister.\n", "cp1250"),
        ("Předseda vlády řekl, že jednání budou pokračovat v pondělí.\n", "cp1250"),
        ("Министр иностранных дел заявил, что переговоры продолжатся в понедельник.\n", "cp1251"),
        # charset-normalizer proposes Windows-1252 for these three.
        ("Prezes spółki Łukasz Wąsik powiedział, że zarząd przyjął sprawozdanie.\n", "cp1250"),
        ("Bakan Şükrü Yıldız, İstanbul'da gazetecilere açıklama yaptı.\n", "cp1254"),
        ("Ministras Žydrūnas Šležas pareiškė, kad ūkininkai gaus paramą.\n", "cp1257"),
        # Western copy whose bytes are letters in those code pages too stays Windows-1252.
        ("“We pay £4,” said Søren at the café in Málaga – and señor Muñoz agreed.\n", "cp1252"),
        ("Zoë Brontë’s crème brûlée à la française cost €12.\n", "cp1252"),
    ],
)
def test_legacy_code_pages_are_told_apart_by_their_words(text, encoding):
    raw = text.encode(encoding)
    doc = decode(raw)
    assert doc.text == text
    assert doc.encode(doc.text) == raw


def test_utf8_with_a_stray_byte_stays_utf8_and_round_trips():
    raw = "He said “this is fine” at the café.\n".encode() + b"\x81\n"
    doc = decode(raw)
    assert doc.encoding == "utf-8" and doc.errors == "surrogateescape"
    assert doc.text.startswith("He said “this is fine” at the café.")
    assert "1 undecodable byte(s)" in doc.encoding_label
    fixed = doc.text.replace("fine", "good")
    assert doc.encode(fixed) == raw.replace(b"fine", b"good")


def test_word_line_breaks_are_text_not_binary():
    doc = decode(b"Title\x0bSubtitle\x0bThird line\n")
    assert doc.text == "Title\x0bSubtitle\x0bThird line\n"


# Code pages where two byte sequences decode to one character (cp932's NEC and IBM rows,
# Big5's duplicate slash, Johab's spaces ...): encoding the character gives only one of them.
_AMBIGUOUS = [
    ("cp932", b"\x87\x90", b"\xfa\x4a"),  # ≒ (NEC row 13), Ⅰ (IBM extension)
    ("big5", b"\xa1\xfe", b"\xa1\xfe"),
    ("cp950", b"\xa2\xcc", b"\xa2\xcc"),
    ("johab", b"\x84\x41", b"\x84\x41"),
]


@pytest.mark.parametrize(("encoding", "first", "second"), _AMBIGUOUS)
@pytest.mark.parametrize("newline", [b"\n", b"\r\n", b"\r"])
def test_a_fix_leaves_every_other_byte_as_it_was_in_any_code_page(encoding, first, second, newline):
    # Review: a corrected copy was the whole text encoded again, so where the code page
    # has two byte sequences for one character, those the fix never touched came back
    # as the other sequence (a Shift-JIS article's ≒ and Roman numerals rewritten).
    lines = [b"Tokyo " + first + b" 2024..", b"Plain line.", b"And " + second + b" end.", b""]
    raw = newline.join(lines)
    text = raw.decode(encoding)
    assert text.encode(encoding) != raw  # the premise: the code page does not round-trip
    doc = Document.from_text(text)
    doc = Document(
        "a.txt", doc.text, encoding, b"", doc.newline, doc.mixed_newlines, raw, "strict",
        doc.endings,
    )  # fmt: skip
    fixed = doc.text.replace("2024..", "2024.")
    assert doc.encode(fixed) == raw.replace(b"2024..", b"2024.")
    inside = doc.text.replace("Tokyo ", "Tokyo: ")  # a fix on the very line of the pair
    assert doc.encode(inside) == raw.replace(b"Tokyo ", b"Tokyo: ")
    joined = doc.text.replace(".\nPlain", ". Plain")  # a fix across lines
    assert doc.encode(joined) == raw.replace(b"." + newline + b"Plain", b". Plain")


def test_a_shift_jis_article_read_from_disk_keeps_its_bytes_outside_a_fix():
    body = "東京の気温は平年並みでした。明日は晴れるでしょう。".encode("cp932")
    raw = (body + b" \x87\x90 " + body + b"\r\n") * 3 + body + b"  end.\r\n"
    doc = decode(raw)
    assert doc.encode(doc.text) == raw
    assert doc.encode(doc.text.replace("  end", " end")) == raw.replace(b"  end", b" end")


def test_utf8_with_a_bom_and_a_stray_byte_is_read_as_without_the_bom():
    # Review: the same few stray bytes were kept in a UTF-8 file without a BOM and made
    # one with a BOM (as Windows Notepad saves) unreadable: "cannot decode as utf-8".
    body = "Café naïve résumé ".encode() + b"bad \xe9 byte.\r\n"
    doc = decode(codecs.BOM_UTF8 + body)
    assert (doc.encoding, doc.bom, doc.errors) == ("utf-8", codecs.BOM_UTF8, "surrogateescape")
    assert doc.encode(doc.text) == codecs.BOM_UTF8 + body
    fixed = doc.encode(doc.text.replace("Café", "Cafe"))
    assert fixed == codecs.BOM_UTF8 + body.replace("Café".encode(), b"Cafe")


def test_a_code_page_file_of_many_identical_lines_keeps_every_untouched_byte():
    # Thousands of identical lines (a table, a repeated notice) with fixes far apart: each
    # changed line is matched to its own old line, never taken as added (it would lose
    # its bytes), and the lines are matched in one pass (difflib is quadratic on them).
    line = "東京の気温は平年並みでした。".encode("cp932") + b" \x87\x90 abc\r\n"
    raw = line * 20_000
    text = raw.decode("cp932")
    plain = Document.from_text(text)
    doc = Document("a.txt", plain.text, "cp932", b"", "\r\n", False, raw, "strict", ())
    new = doc.text[:100] + "X" + doc.text[100:300_000] + "Y" + doc.text[300_000:]
    out = doc.encode(new)
    assert out.decode("cp932").replace("\r\n", "\n") == new
    assert out.count(b"\x87\x90") == 20_000 and len(out) == len(raw) + 2


# Windows-1252 news text (curly quotes 0x93/0x94, apostrophe 0x92, en dash 0x96, é 0xe9)
# that charset-normalizer took for a Mac or DOS code page, where those bytes are letters:
# "ìWeî", "companyís", a lone "ñ" for the dash, which wordfreq now and then knows.
@pytest.mark.parametrize(
    "text",
    [
        "Officials declined to comment – as usual. The company’s profits fell.\n",
        "Officials declined to comment – as usual. It cost £300.\n",
        "The union’s leader said the offer was “an insult” – and called a strike for Monday."
        " The deal, worth €1.2bn, still needs approval from regulators in Brussels.\n",
    ],
)
def test_windows_1252_news_is_not_read_as_a_mac_or_dos_code_page(text):
    raw = text.encode("cp1252")
    doc = decode(raw, "story.txt")
    assert doc.encoding == "cp1252" and doc.text == text
    assert doc.encode(doc.text) == raw


def test_windows_1252_wins_over_mac_roman_when_both_decode():
    from copydesk.checks.document import _prefer_cp1252

    text = "“The café will reopen,” the owner, Renée Dubois, said – on Monday.\n"
    # Read as Mac Roman it is "ìThe cafÈ will reopen,î … said ñ on Monday": "cafÈ" and
    # "ñ" are words to wordfreq (it lower-cases, and lists every letter).
    assert _prefer_cp1252(text.encode("cp1252"), "mac_roman")
    # A Mac Roman file is not taken for Windows-1252 because of that preference: read as
    # Windows-1252 it is "ÒThe cafŽ will reopen,Ó … said Ð on Monday".
    assert not _prefer_cp1252(text.encode("mac_roman"), "mac_roman")


def test_symbols_inside_words_and_capitals_after_small_letters_count_against_a_reading():
    from copydesk.checks.document import _word_evidence

    assert _word_evidence("Brønnøysund and the café") > _word_evidence("Br¯nn¯ysund and the cafÈ")
    assert _word_evidence("comment – as usual") == 0  # punctuation is no word
    assert _word_evidence("comment ñ as usual") < 0  # a lone rare letter is no word
    assert _word_evidence("Le texte à lire") > 0  # a lone common one is


# Trial 21: English news in Windows-1252 whose only byte that is a letter in Windows-1250
# too was a currency sign before a figure ("£3" read as "Ł3", which wordfreq knows in
# Polish as "ł0"), read as Windows-1250; Central European text must keep its code page.
@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Tea prices\n\nThe café charges £3 for a coffee.. It’s the the best.\n", "cp1252"),
        ("Café owners say “trade is slow” by 20%\n\nThe café charges £3 a cup.\n", "cp1252"),
        ("The fund paid ¥500m – and £2.5bn more – for the Zorvane café chain.\n", "cp1252"),
        ("Tickets cost £12; a café au lait, £3.\n", "cp1252"),
        ("Kawiarnia w Łodzi płaci 3 zł za kawę, powiedział właściciel spółki.\n", "cp1250"),
        ("Cena kávy stúpla o 5 %, povedal riaditeľ družstva v piatok večer.\n", "cp1250"),
        # charset-normalizer proposes Vietnamese cp1258 for this one.
        ("Kavárna na náměstí účtuje 45 Kč za kávu, řekl majitel.\n", "cp1250"),
    ],
)
def test_a_currency_sign_before_a_figure_does_not_make_news_central_european(text, encoding):
    raw = text.encode(encoding)
    doc = decode(raw, "story.txt")
    assert (doc.encoding, doc.text) == (encoding, text)
    assert doc.encode(doc.text) == raw
    edited = doc.text.replace(" ", "  ", 1)
    assert doc.encode(edited) == raw.replace(b" ", b"  ", 1)


def test_a_word_with_a_figure_is_no_evidence_for_a_code_page():
    from copydesk.checks.document import _word_evidence

    assert _word_evidence("charges Ł3 for it") == 0
    assert _word_evidence("charges £3 for it") == 0
    assert _word_evidence("płaci złotych") > 0  # near miss: real words still count


def test_western_text_with_a_byte_windows_1252_leaves_unassigned_is_read_as_latin_1():
    # 0x8D is unassigned in Windows-1252, so only ISO 8859-1 reads the whole file; it
    # was read as Windows-1250 ("Ł3", "Ť"), the next code page that could.
    raw = "The café charges £3 a cup.\n".encode("cp1252") + b"\x8d\n"
    doc = decode(raw, "story.txt")
    assert doc.encoding == "iso8859-1" and doc.text.startswith("The café charges £3")
    assert doc.encode(doc.text) == raw
    polish = "Kawiarnia w Łodzi płaci 3 zł za kawę, powiedział właściciel.\n"
    raw = polish.encode("cp1250") + b"\x8d\n"  # 0x8D is Ť in Windows-1250
    assert decode(raw, "a.txt").encoding == "cp1250"
