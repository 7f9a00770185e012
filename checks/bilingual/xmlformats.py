"""XLIFF 1.2, XLIFF 2.x and TMX: units read with spans, so a fix rewrites only its target.

lxml checks that the file is well-formed XML (and says where it is not); a small
tokenizer then walks the same text to find the exact characters of every
``<source>``, ``<target>`` and ``<seg>``: library serialisers re-quote
attributes and re-encode entities, so rewriting through them would change bytes
nobody edited.  Inline markup (``<g>``, ``<x/>``, ``<ph>``, ``<pc>`` ...) stays in
the unit's text as written and is marked protected: checks read around it and
no fix may touch it.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

import regex
from lxml import etree

from copydesk.checks.bilingual.model import (
    BilingualDocument,
    BilingualError,
    Region,
    Unit,
    decode_file,
)

_TOKEN = regex.compile(
    r"<!--.*?-->|<!\[CDATA\[(?P<cdata>.*?)\]\]>|<\?.*?\?>|<!DOCTYPE(?:[^<>\[]|\[.*?\])*>"
    r"|<(?P<close>/?)(?P<name>[\w:.-]+)(?P<attrs>(?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(?P<empty>/?)>"
    r"|&(?:#[0-9]+|#x[0-9a-fA-F]+|\w+);",
    regex.S,
)
_ATTR = regex.compile(r"([\w:.-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_DECL_ENCODING = regex.compile(rb"^(?:\xef\xbb\xbf)?<\?xml[^>]*encoding=[\"']([\w.-]+)[\"']")


@dataclass
class _Element:
    name: str  # local name, no namespace prefix
    attrs: dict[str, str]
    start: int  # where the start tag begins
    inner_start: int
    inner_end: int = -1
    children: list[_Element] = field(default_factory=list)
    self_closing: bool = False


def _local(name: str) -> str:
    return name.rsplit(":", 1)[-1]


def _attrs(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for m in _ATTR.finditer(text):
        value = m.group(2) if m.group(2) is not None else m.group(3)
        found[m.group(1)] = html.unescape(value)
        found.setdefault(_local(m.group(1)), found[m.group(1)])
    return found


def _tree(raw_text: str) -> _Element:
    """The element tree with character positions (the file is known to be well-formed)."""
    root = _Element("#document", {}, 0, 0, len(raw_text))
    stack = [root]
    for m in _TOKEN.finditer(raw_text):
        name = m.group("name")
        if name is None:
            continue
        if m.group("close"):
            elem = stack.pop()
            elem.inner_end = m.start()
            continue
        elem = _Element(_local(name), _attrs(m.group("attrs")), m.start(), m.end())
        stack[-1].children.append(elem)
        if m.group("empty"):
            elem.inner_end, elem.self_closing = m.end(), True
        else:
            stack.append(elem)
    return root


def _content(raw_text: str, elem: _Element) -> tuple[str, Region, tuple[tuple[int, int], ...]]:
    """Decoded text of an element's content, its raw map and the spans of inline tags."""
    chars: list[str] = []
    starts: list[int] = []
    protected: list[tuple[int, int]] = []
    tags: dict[str, str] = {}  # markup kept as written: as the text reads it -> as written
    pos, end = elem.inner_start, elem.inner_end
    cdata = False

    def literal(a: int, b: int) -> None:
        i = a
        while i < b:
            if raw_text[i] == "\r":  # XML reads CRLF, and a lone CR, as one line feed
                chars.append("\n")
                starts.append(i)
                i += 2 if raw_text.startswith("\r\n", i) else 1
                continue
            chars.append(raw_text[i])
            starts.append(i)
            i += 1

    def keep(a: int, b: int) -> None:
        # Measured as read (a CRLF inside is one character), written back as it was.
        at = len(chars)
        literal(a, b)
        protected.append((at, len(chars)))
        tags["".join(chars[at:])] = raw_text[a:b]

    for m in _TOKEN.finditer(raw_text, pos, end):
        if m.start() < pos:
            continue  # inside native code already kept whole
        literal(pos, m.start())
        token = m.group()
        if _local(m.group("name") or "") in _NATIVE and not m.group("close") + m.group("empty"):
            # Native code (<bpt>&lt;b&gt;</bpt>): the element whole, as written, protected.
            close = _closing(raw_text, m, end)
            keep(m.start(), close)
            pos = close
            continue
        if token.startswith("&") and (char := _reference(token)) is not None:
            chars.append(char)
            starts.append(m.start())
        elif m.group("cdata") is not None:
            literal(m.start("cdata"), m.end("cdata"))
            cdata = True
        else:  # inline markup, a comment or a DTD's entity: kept as written, protected
            keep(m.start(), m.end())
        pos = m.end()
    literal(pos, end)
    starts.append(end)

    kept = "|".join(regex.escape(t) for t in sorted(tags, key=len, reverse=True))

    def escape(new: str) -> str:
        pieces = regex.split(f"({kept})", new) if kept else [new]
        return "".join(
            tags[p]
            if p in tags
            else p.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\r", "&#13;")  # a raw CR would be read back as a line feed
            for p in pieces
        )

    whole = (elem.inner_start, elem.inner_end) if cdata else None
    return "".join(chars), Region(tuple(starts), escape, whole), tuple(protected)


# Elements whose content is the original format's code, not text to translate.
_NATIVE = frozenset({"bpt", "ept", "ph", "it", "ut"})


def _closing(raw_text: str, start: regex.Match[str], end: int) -> int:
    """Where the element opened by ``start`` ends (after its end tag); ``end`` if unclosed."""
    name, depth = start.group("name"), 1
    for m in _TOKEN.finditer(raw_text, start.end(), end):
        if m.group("name") == name and not m.group("empty"):
            depth += -1 if m.group("close") else 1
            if depth == 0:
                return m.end()
    return end


_PREDEFINED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


def _reference(token: str) -> str | None:
    """The character an XML reference stands for; None for an entity only a DTD defines."""
    body = token[1:-1]
    try:
        if body.startswith("#x"):
            return chr(int(body[2:], 16))
        if body.startswith("#"):
            return chr(int(body[1:]))
    except (ValueError, OverflowError):
        return None
    return _PREDEFINED.get(body)


def _validate(raw: bytes, path: str) -> None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        etree.fromstring(raw, parser)
    except etree.XMLSyntaxError as exc:
        first = str(exc.msg or exc).splitlines()[0] if str(exc.msg or exc) else "syntax error"
        raise BilingualError(f"{path}: not well-formed XML (line {exc.lineno}): {first}") from exc


def _unit(raw_text: str, uid: str, source: _Element | None, target: _Element | None) -> Unit:
    src_text, _, src_prot = _content(raw_text, source) if source else ("", None, ())
    if target is None or target.self_closing:
        return Unit(uid, src_text, "", None, (), src_prot)
    text, region, prot = _content(raw_text, target)
    return Unit(uid, src_text, text, region, prot, src_prot)


def _walk(elem: _Element, name: str) -> list[_Element]:
    found: list[_Element] = []
    for child in elem.children:
        if child.name == name:
            found.append(child)
        found.extend(_walk(child, name))
    return found


def _child(elem: _Element, name: str) -> _Element | None:
    return next((c for c in elem.children if c.name == name), None)


def read_xml(raw: bytes, path: str) -> BilingualDocument:
    _validate(raw, path)
    declared = _DECL_ENCODING.match(raw)
    raw_text, encoding, bom = decode_file(
        raw, path, declared.group(1).decode("ascii") if declared else None
    )
    tree = _tree(raw_text)
    root = next((c for c in tree.children), None)
    if root is None:
        raise BilingualError(f"{path}: no root element")
    units: list[Unit] = []
    src_lang = tgt_lang = ""
    if root.name == "xliff" and root.attrs.get("version", "1.2").startswith("1"):
        fmt = "xliff-1.2"
        for file_el in _walk(root, "file"):
            src_lang = src_lang or file_el.attrs.get("source-language", "")
            tgt_lang = tgt_lang or file_el.attrs.get("target-language", "")
            for tu in _walk(file_el, "trans-unit"):
                uid = tu.attrs.get("id", str(len(units) + 1))
                units.append(_unit(raw_text, uid, _child(tu, "source"), _child(tu, "target")))
    elif root.name == "xliff":
        fmt = "xliff-2"
        src_lang, tgt_lang = root.attrs.get("srcLang", ""), root.attrs.get("trgLang", "")
        for unit_el in _walk(root, "unit"):
            uid = unit_el.attrs.get("id", str(len(units) + 1))
            segments = [c for c in unit_el.children if c.name == "segment"]
            for n, seg in enumerate(segments, start=1):
                sid = uid if len(segments) == 1 else f"{uid}/{seg.attrs.get('id', n)}"
                units.append(_unit(raw_text, sid, _child(seg, "source"), _child(seg, "target")))
    elif root.name == "tmx":
        fmt = "tmx"
        header = _child(root, "header")
        src_lang = header.attrs.get("srclang", "") if header else ""
        for n, tu in enumerate(_walk(root, "tu"), start=1):
            tuvs = [t for t in tu.children if t.name == "tuv"]
            langs = [t.attrs.get("xml:lang", t.attrs.get("lang", "")) for t in tuvs]
            src_i = next(
                (i for i, lang in enumerate(langs) if _same_lang(lang, src_lang)),
                0,
            )
            others = [i for i in range(len(tuvs)) if i != src_i]
            if tgt_lang:  # several targets: every unit reads the language the first one did
                others = [i for i in others if _same_lang(langs[i], tgt_lang)]
            tgt_i = others[0] if others else None
            tgt_lang = tgt_lang or (langs[tgt_i] if tgt_i is not None else "")
            src_seg = _child(tuvs[src_i], "seg") if tuvs else None
            tgt_seg = _child(tuvs[tgt_i], "seg") if tgt_i is not None else None
            units.append(_unit(raw_text, tu.attrs.get("tuid", str(n)), src_seg, tgt_seg))
        if src_lang.lower() == "*all*":
            src_lang = ""
    else:
        raise BilingualError(f"{path}: <{root.name}> is neither XLIFF nor TMX")
    # A character the file's encoding cannot hold is written as XML writes it: &#N;.
    return BilingualDocument(
        path, fmt, units, raw, raw_text, encoding, bom, _lang(src_lang), _lang(tgt_lang),
        errors="xmlcharrefreplace",
    )  # fmt: skip


def _lang(code: str) -> str:
    return code.split("-")[0].split("_")[0].lower()


def _same_lang(a: str, b: str) -> bool:
    return bool(a and b) and _lang(a) == _lang(b)
