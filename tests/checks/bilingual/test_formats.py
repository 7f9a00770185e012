"""Bilingual formats: units, ids and languages read right; byte-exact round trips; splices."""

from pathlib import Path

import pytest

from copydesk.checks.bilingual.loader import load
from copydesk.checks.bilingual.model import BilingualError
from copydesk.checks.bilingual.paired import source_for

DATA = Path(__file__).parent / "data"
FILES = ["sample12.xlf", "sample20.xlf", "sample.tmx", "sample.po", "sample.csv", "sample.tsv"]


def _load(name: str):
    if name == "article.txt":
        return load(DATA / name, 10**6, DATA / "article.zh.txt")
    return load(DATA / name, 10**6)


@pytest.mark.parametrize("name", [*FILES, "article.txt"])
def test_no_change_round_trips_byte_for_byte(name):
    doc = _load(name)
    assert doc.encode({}) == (DATA / name).read_bytes()
    same = {u.id: u.target for u in doc.units}
    assert doc.encode(same) == (DATA / name).read_bytes()


def _common(a: bytes, b: bytes) -> int:
    """Length of the common prefix of two byte strings."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


@pytest.mark.parametrize("name", [*FILES, "article.txt"])
def test_a_changed_target_changes_only_its_own_bytes(tmp_path, name):
    doc = _load(name)
    raw = (DATA / name).read_bytes()
    unit = next(u for u in doc.units if u.region is not None and u.target)
    new_text = unit.target + " X"
    out = doc.encode({unit.id: new_text})
    assert out != raw
    # Re-reading the written file gives the new target and every other unit unchanged.
    path = tmp_path / name
    path.write_bytes(out)
    if name == "article.txt":
        again = load(path, 10**6, DATA / "article.zh.txt")
    else:
        again = load(path, 10**6)
    for before, after in zip(doc.units, again.units, strict=True):
        assert after.id == before.id and after.source == before.source
        assert after.target == (new_text if before.id == unit.id else before.target)
    # Only the appended " X" is new: the rest of the file is the original, byte for byte.
    prefix = _common(raw, out)
    suffix = _common(raw[::-1], out[::-1])
    assert len(out) == len(raw) + 2 and prefix + suffix >= len(raw)


def test_xliff_12_units_ids_languages_and_markup():
    doc = _load("sample12.xlf")
    assert doc.format == "xliff-1.2" and (doc.source_lang, doc.target_lang) == ("zh", "en")
    assert [u.id for u in doc.units] == ["t1", "t2", "t3", "t4", "t5"]
    t2 = doc.unit("t2")
    assert t2.target == "He worked for 360 days & nights  without a break."  # not alt-trans
    t3 = doc.unit("t3")
    assert t3.target == 'Click <g id="1">here</g>.'
    assert [t3.target[s:e] for s, e in t3.protected] == ['<g id="1">', "</g>"]
    assert doc.unit("t4").target == "" and doc.unit("t4").region is None
    assert doc.unit("t5").target == "The price is 300 yuan"  # CDATA


def test_entities_are_escaped_again_when_written():
    doc = _load("sample12.xlf")
    out = doc.encode({"t2": "He worked for 360 days & nights <b>without a break."})
    assert b"360 days &amp; nights &lt;b&gt;without a break." in out
    out = doc.encode({"t3": 'Click <g id="1">here</g> now.'})
    assert b'Click <g id="1">here</g> now.</target>' in out


def test_xliff_2_segments_tmx_po_and_tables():
    x2 = _load("sample20.xlf")
    assert [u.id for u in x2.units] == ["u1", "u2/a", "u2/b"]
    assert (x2.source_lang, x2.target_lang) == ("it", "en")
    tmx = _load("sample.tmx")
    assert [u.id for u in tmx.units] == ["10", "2"]
    assert tmx.units[1].source == "Buenos días"  # source by srclang, not by order
    assert tmx.units[1].target == "Good morning <everyone>"
    po = _load("sample.po")
    assert [u.id for u in po.units] == ["Он прожил 360 дней.", "menu|Файл", "одна книга"]
    assert po.units[1].target == 'The "file" menu\nsecond  line'
    assert po.target_lang == "en"
    out = po.encode({"menu|Файл": 'The "file" menu\nsecond line'})
    assert b'"second line"' in out and b'"The \\"file\\" menu\\n"' in out
    csv = _load("sample.csv")
    assert (csv.units[0].id, csv.units[0].source, csv.units[0].target) == (
        "1", 'Il a dit "oui".', 'He said "yes" .'
    )
    assert b'"He said ""yes"" (sic)."' in csv.encode({"1": 'He said "yes" (sic).'})
    tsv = _load("sample.tsv")
    assert [u.source for u in tsv.units] == ['他说"好"', "三十个人"]


def test_paired_articles_align_by_length_and_keep_missing_paragraphs():
    doc = _load("article.txt")
    # Three source paragraphs, two translated: the second, untranslated, is a unit of its
    # own with an empty target (not joined to the third), and the third keeps its pair.
    assert [u.id for u in doc.units] == ["p1", "source-p2", "p2"]
    assert (doc.units[1].source, doc.units[1].target) == ("第二段。", "")
    assert doc.units[2].source == "第三段很长很长很长很长。"
    assert doc.units[2].target.startswith("The third paragraph")
    assert source_for(DATA / "article.txt") == DATA / "article.zh.txt"
    assert source_for(DATA / "sample.tsv") is None


def test_pair_names_with_glob_and_regex_characters(tmp_path):
    target = tmp_path / "news-2024 [final].txt"
    target.write_text("It rained.\n", "utf-8")
    (tmp_path / "news-2024 [final].zh.txt").write_text("下雨了。\n", "utf-8")
    (tmp_path / "news-2024 [final].en.txt").write_text("It rained.\n", "utf-8")  # not a source
    assert source_for(target) == tmp_path / "news-2024 [final].zh.txt"
    assert source_for(tmp_path / "news-2024 [final].zh.txt") is None


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.xlf", b"<xliff version='1.2'><file>", "not well-formed XML"),
        ("bad.po", b'msgid "a\nmsgstr "b"\n', "PO"),
        ("bad.csv", b'id,source,target\n1,"open,x\n', "CSV"),
        ("bad.tsv", b"a\tb\tc\n1\t2\t3\n", "no 'source' and 'target'"),
        ("other.xlf", b"<html/>", "neither XLIFF nor TMX"),
        ("cdata.xlf", b"<xliff><file><body><![CDATA[x\n\n</body></file></xliff>", "CData"),
        ("binary.tmx", b"\x00\x01\x02PK\x03\x04", "not well-formed XML"),
    ],
)
def test_bad_files_get_one_clear_error(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(BilingualError, match=message) as info:
        load(path, 10**6)
    assert "\n" not in str(info.value)  # one line for the user


def test_utf16_xliff_and_crlf_round_trip(tmp_path):
    text = (DATA / "sample12.xlf").read_text("utf-8").replace("\n", "\r\n")
    text = text.replace('encoding="UTF-8"', 'encoding="UTF-16"')
    path = tmp_path / "u16.xlf"
    path.write_bytes(text.encode("utf-16"))  # with BOM
    doc = load(path, 10**6)
    assert doc.unit("t1").target == "The company sold 1,200 cars last year ."
    assert doc.encode({}) == path.read_bytes()
    out = doc.encode({"t1": "The company sold 1,200 cars last year."})
    assert out.decode("utf-16") == text.replace("last year .", "last year.")
