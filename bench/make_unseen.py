"""Build bench/data/unseen/planted/*.txt and key.json from clean/*.txt and plants.py.

Every plant's ``find`` must occur exactly once in its clean file and plants must
not overlap; the key records each artifact's offset and length in the planted
text, the planted snippet, its family, the expected rule prefix and the fix.

Usage: python bench/make_unseen.py
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data" / "unseen"
MARK = re.compile(r"\[\[(.*?)\]\]", re.S)


def _load_plants() -> tuple[list[tuple[str, str, str, str, str, str]], dict]:
    spec = importlib.util.spec_from_file_location("plants", DATA / "plants.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.PLANTS, module.ALSO


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def build() -> list[dict]:
    plants, also = _load_plants()
    key: list[dict] = []
    (DATA / "planted").mkdir(exist_ok=True)
    for clean_path in sorted((DATA / "clean").glob("*.txt")):
        name = clean_path.name
        clean = clean_path.read_text("utf-8")
        mine = []
        for file, find, replace, fix, family, rule in plants:
            if file != name:
                continue
            if clean.count(find) != 1:
                sys.exit(f"{name}: {find!r} occurs {clean.count(find)} times")
            m = MARK.search(replace)
            assert m and len(MARK.findall(replace)) == 1, replace
            restored = replace[: m.start()] + fix + replace[m.end() :]
            if restored != find and _norm(restored) != _norm(find):
                sys.exit(f"{name}: fixing {replace!r} gives {restored!r}, not {find!r}")
            mine.append((clean.index(find), find, replace, m, fix, family, rule))
        mine.sort(key=lambda p: p[0])
        out, pos = [], 0
        for start, find, replace, m, fix, family, rule in mine:
            if start < pos:
                sys.exit(f"{name}: overlapping plants at {start}")
            out.append(clean[pos:start])
            base = sum(map(len, out))
            before = replace[: m.start()]
            snippet = m.group(1)
            out.append(before + snippet + replace[m.end() :])
            entry = {
                "file": name,
                "offset": base + len(before),
                "length": len(snippet),
                "snippet": snippet,
                "family": family,
                "rule": rule,
                "fix": fix,
            }
            if family in also:
                entry["also"] = [{"file": f, "snippet": s} for f, s in also[family]]
            key.append(entry)
            pos = start + len(find)
        out.append(clean[pos:])
        planted = "".join(out)
        for e in key:
            if e["file"] == name:
                assert planted[e["offset"] : e["offset"] + e["length"]] == e["snippet"]
        (DATA / "planted" / name).write_text(planted, "utf-8")
    (DATA / "key.json").write_text(json.dumps(key, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return key


if __name__ == "__main__":
    k = build()
    print(f"{len(k)} artifacts planted in {len({e['file'] for e in k})} files")
