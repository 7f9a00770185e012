"""Coverage-guided fuzzing of copydesk's input handling with atheris (libFuzzer for Python).

Targets (``--target``):
  decode    file bytes -> Document -> bytes: refused with DocumentError, or written back
            byte for byte; an edit of one line keeps every other line's bytes
  apply     edits derived from the input applied to a text: never an exception but
            ValueError for an edit outside the text, and the kept edits never overlap
  settings  settings.json contents: always loads (defaults for what is wrong)
  store     a decision store: loads whole or raises ValueError
  glossary  TOML and CSV glossaries: parse, or GlossaryError with one line

Run (atheris is the optional extra ``fuzz``: ``pip install -e ".[fuzz]"``):

    .venv/bin/python bench/fuzz_atheris.py --target decode -runs=20000
    .venv/bin/python bench/fuzz_atheris.py --target all -runs=5000   # each target in turn

Any other libFuzzer flag passes through (``-max_total_time=60``, a corpus folder...).
Inputs that crash or run slowly are saved in ``$TMPDIR/copydesk-fuzz-artifacts/`` unless
``-artifact_prefix=`` says otherwise.
A failure prints the input and stops with libFuzzer's report (and a non-zero status);
success ends with libFuzzer's ``Done N runs in S second(s)`` for each target.
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from copydesk.checks.apply import apply_edits
    from copydesk.checks.decisions import DecisionStore
    from copydesk.checks.document import DocumentError, decode
    from copydesk.checks.glossary import GlossaryError, parse_csv, parse_toml
    from copydesk.checks.model import Edit
    from copydesk.checks.settings import load_settings

TARGETS = ("decode", "apply", "settings", "store", "glossary")
# One fixed scratch folder, reused by every run (libFuzzer exits without Python's clean-up).
_TMP = Path(tempfile.gettempdir()) / "copydesk-fuzz-scratch"
_TMP.mkdir(exist_ok=True)


def fuzz_decode(data: bytes) -> None:
    try:
        doc = decode(data)
    except DocumentError:
        return
    assert doc.encode(doc.text) == data, "a document read and written back changed"
    lines = doc.text.split("\n")
    lines[0] += "X"
    try:
        out = doc.encode("\n".join(lines))
    except DocumentError:
        return  # the encoding cannot store "X": refused with a message, as it should be
    # Only the first line changed: everything after its first line break is identical.
    first_break = min((i for i in (data.find(b"\n"), data.find(b"\r")) if i >= 0), default=-1)
    if first_break >= 0 and doc.encoding.startswith("utf-8"):
        assert out.endswith(data[first_break:]), "an edit changed another line's bytes"


def fuzz_apply(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 80))
    edits = []
    for _ in range(fdp.ConsumeIntInRange(0, 10)):
        offset = fdp.ConsumeIntInRange(-2, len(text) + 2)
        length = fdp.ConsumeIntInRange(-2, len(text) + 2)
        edits.append(Edit(offset, length, fdp.ConsumeUnicodeNoSurrogates(4)))
    outside = any(e.offset < 0 or e.length < 0 or e.end > len(text) for e in edits)
    try:
        result = apply_edits(text, edits)
    except ValueError:
        assert outside, "a valid edit was refused"
        return
    assert not outside, "an edit outside the text was applied"
    kept = sorted(result.applied, key=lambda e: (e.offset, e.length))
    for a, b in itertools.pairwise(kept):
        assert a.end <= b.offset, "two kept edits overlap"


SETTINGS_KEYS = ["select", "ignore", "glossary", "language", "languagetool", "enabled",
                 "server_url", "timeout_seconds", "server_config", "user_words"]  # fmt: skip
STORE_KEYS = ["verdict", "replacement", "accepted", "rejected", "edited"]


def _json_value(fdp: atheris.FuzzedDataProvider, keys: list[str], depth: int = 0) -> object:
    """A JSON value shaped by the fuzzer, its object keys mostly ones the loader knows."""
    kind = fdp.ConsumeIntInRange(0, 7 if depth < 4 else 4)
    if kind == 0:
        return None
    if kind == 1:
        return fdp.ConsumeBool()
    if kind == 2:
        return fdp.ConsumeInt(4)
    if kind == 3:
        return fdp.ConsumeRegularFloat() if fdp.ConsumeBool() else fdp.ConsumeFloat()
    if kind == 4:
        return fdp.PickValueInList(keys) if fdp.ConsumeBool() else fdp.ConsumeUnicode(6)
    if kind == 5:
        return [_json_value(fdp, keys, depth + 1) for _ in range(fdp.ConsumeIntInRange(0, 3))]
    return {
        (fdp.PickValueInList(keys) if fdp.ConsumeBool() else fdp.ConsumeUnicode(4)): _json_value(
            fdp, keys, depth + 1
        )
        for _ in range(fdp.ConsumeIntInRange(0, 4))
    }


def _json_bytes(data: bytes, keys: list[str]) -> bytes:
    """Half the inputs as raw bytes, half as JSON built from them (raw bytes rarely parse)."""
    if not data or data[0] % 2:
        return data[1:]
    fdp = atheris.FuzzedDataProvider(data[1:])
    return json.dumps(_json_value(fdp, keys)).encode()


def fuzz_settings(data: bytes) -> None:
    path = _TMP / "settings.json"
    path.write_bytes(_json_bytes(data, SETTINGS_KEYS))
    settings, _ = load_settings(path)
    assert all(isinstance(s, str) for s in settings.select + settings.ignore)
    assert isinstance(settings.languagetool.timeout_seconds, float | int)


def fuzz_store(data: bytes) -> None:
    path = _TMP / "store.json"
    path.write_bytes(_json_bytes(data, STORE_KEYS))
    try:
        store = DecisionStore.load(path)
    except ValueError:
        return
    for d in store.decisions.values():
        assert d.replacement is None or isinstance(d.replacement, str)
    json.dumps(store.to_json())


def fuzz_glossary(data: bytes) -> None:
    text = data.decode("utf-8", "replace")
    for parse in (parse_toml, parse_csv):
        try:
            parse(text, "fuzz")
        except GlossaryError as exc:
            assert "\n" not in str(exc).strip(), "a glossary error of several lines"


FUNCS = {
    "decode": fuzz_decode,
    "apply": fuzz_apply,
    "settings": fuzz_settings,
    "store": fuzz_store,
    "glossary": fuzz_glossary,
}


def main() -> None:
    args = sys.argv[1:]
    target = "decode"
    if "--target" in args:
        i = args.index("--target")
        target = args[i + 1]
        del args[i : i + 2]
    if target == "all":
        # One process per target: libFuzzer runs once per process.
        for name in TARGETS:
            cmd = [sys.executable, __file__, "--target", name, *args]
            done = subprocess.run(cmd, check=False)
            if done.returncode:
                sys.exit(done.returncode)
        return
    if not any(a.startswith("-artifact_prefix=") for a in args):
        # libFuzzer writes crash-*/slow-unit-* inputs to the current folder by default.
        artifacts = Path(tempfile.gettempdir()) / "copydesk-fuzz-artifacts"
        artifacts.mkdir(exist_ok=True)
        args.append(f"-artifact_prefix={artifacts}/")
    print(f"fuzzing target: {target}", flush=True)
    os.environ.setdefault("COPYDESK_CONFIG_DIR", str(_TMP / "config"))
    atheris.Setup([sys.argv[0], *args], FUNCS[target])
    atheris.Fuzz()  # libFuzzer exits the process itself


if __name__ == "__main__":
    main()
