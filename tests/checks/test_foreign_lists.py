"""The glued rule's foreign word frequencies, read from the cached sorted lists, are
wordfreq's own, word for word; the cache is written once and keyed by wordfreq's file."""

from __future__ import annotations

import importlib.metadata
import os
import random
import time
from contextlib import contextmanager

import pytest
from wordfreq import get_frequency_list
from wordfreq import zipf_frequency as wordfreq_zipf

from copydesk.checks.rules.word import _foreign

# French splits elisions into two tokens, Turkish folds its dotted capitals: both
# exercise wordfreq's steps beyond a plain look-up.
LANGS = ("pt", "fr", "tr")
ODD = [
    "", "  ", "l'amour", "dell'arte", "Straße", "ÉCOLE", "año2020", "2020", "x1y2", "İstanbul",
    "ISTANBUL", "São Paulo", "O'Neill", "rock-n-roll", "e-mail", "Ça", "naïve", "ﬁnance",
    "Valparaíso", "Araújo", "Kara", "Praia", "Belge", "zzzqxj", "Qu'est-ce",
]  # fmt: skip


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path / "cache"))
    _foreign.sorted_list.cache_clear()
    yield tmp_path / "cache"
    _foreign.sorted_list.cache_clear()


def _sample(lang: str) -> list[str]:
    rng = random.Random(7)
    words = list(ODD)
    for bucket in get_frequency_list(lang)[::5]:
        words += rng.sample(bucket, min(3, len(bucket)))
    return words + [w.upper() for w in words] + [w.capitalize() for w in words]


@pytest.mark.parametrize("lang", LANGS)
def test_cached_lists_give_wordfreqs_figures(cache, lang):
    words = _sample(lang)
    assert len(words) > 500
    got = {w: _foreign.zipf_frequency(w, lang) for w in words}
    assert got == {w: wordfreq_zipf(w, lang) for w in words}
    assert any(v > 0 for v in got.values()) and any(v == 0 for v in got.values())
    # Written once, under the hash of the wordfreq file it was made from.
    (written,) = (cache / "wordfreq").glob(f"{lang}-*.bin")
    assert written.name == _foreign.file_name(lang)


def test_a_written_list_is_read_back_not_rebuilt(cache, monkeypatch):
    first = _foreign.zipf_frequency("Araújo", "pt")
    _foreign.sorted_list.cache_clear()

    def rebuilt(lang: str) -> bytes:
        raise AssertionError(f"{lang} rebuilt")

    monkeypatch.setattr(_foreign, "pack", rebuilt)
    assert _foreign.zipf_frequency("Araújo", "pt") == first > 0


def test_a_cut_file_is_written_again(cache):
    first = _foreign.zipf_frequency("Araújo", "pt")
    (written,) = (cache / "wordfreq").glob("pt-*.bin")
    whole = written.read_bytes()
    written.write_bytes(whole[:-10])  # a writer that crashed, or a full disk
    with pytest.raises(ValueError):
        _foreign.SortedList(written.read_bytes())
    _foreign.sorted_list.cache_clear()
    assert _foreign.zipf_frequency("Araújo", "pt") == first > 0
    assert written.read_bytes() == whole


def test_without_a_writable_cache_wordfreq_answers(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(blocker / "cache"))
    _foreign.sorted_list.cache_clear()
    try:
        assert _foreign.sorted_list("pt") is None
        assert _foreign.zipf_frequency("Araújo", "pt") == wordfreq_zipf("Araújo", "pt") > 0
    finally:
        _foreign.sorted_list.cache_clear()


def test_another_wordfreq_version_reads_another_file(cache, monkeypatch):
    # _word_frequency copies one wordfreq's steps: another version over the same data
    # must not read this one's list.
    name = _foreign.file_name("pt")
    assert f"wordfreq{importlib.metadata.version('wordfreq')}-" in name
    real = importlib.metadata.version
    monkeypatch.setattr(
        importlib.metadata, "version", lambda dist: "9.0" if dist == "wordfreq" else real(dist)
    )
    assert _foreign.file_name("pt") != name


def test_an_unwritable_folder_builds_no_list(cache, monkeypatch):
    # The folder is there but no file can be made in it: the list (a CPU-second) is
    # not built only to be thrown away.
    (cache / "wordfreq").mkdir(parents=True)

    def refused(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError("read-only")

    def built(lang: str) -> bytes:
        raise AssertionError(f"{lang} built")

    monkeypatch.setattr(_foreign.tempfile, "mkstemp", refused)
    monkeypatch.setattr(_foreign, "pack", built)
    assert _foreign.sorted_list("pt") is None
    assert _foreign.zipf_frequency("Araújo", "pt") == wordfreq_zipf("Araújo", "pt") > 0


def test_a_killed_writers_temp_file_is_removed_once_stale(cache):
    folder = cache / "wordfreq"
    folder.mkdir(parents=True)
    stale, fresh, other = folder / ".pt-dead", folder / ".pt-busy", folder / ".fr-dead"
    for tmp in (stale, fresh, other):
        tmp.write_bytes(b"half a list")
    old = time.time() - _foreign.STALE_SECONDS - 60
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    assert _foreign.sorted_list("pt") is not None
    # Another writer's file, still being written, stays; so does another language's.
    assert sorted(p.name for p in folder.glob(".*-*")) == [".fr-dead", ".pt-busy"]


def test_a_list_built_by_another_process_while_waiting_is_read_not_rebuilt(cache, monkeypatch):
    # The build lock's point: a worker that waited for it finds the list written.
    _foreign.zipf_frequency("Araújo", "pt")
    (written,) = (cache / "wordfreq").glob("pt-*.bin")
    whole = written.read_bytes()
    written.unlink()
    _foreign.sorted_list.cache_clear()
    real_lock = _foreign._build_lock

    @contextmanager
    def lock_after_another_wrote(folder, lang):
        written.write_bytes(whole)  # the other process finished while this one waited
        with real_lock(folder, lang):
            yield

    def rebuilt(lang: str) -> bytes:
        raise AssertionError(f"{lang} rebuilt")

    monkeypatch.setattr(_foreign, "_build_lock", lock_after_another_wrote)
    monkeypatch.setattr(_foreign, "pack", rebuilt)
    assert _foreign.sorted_list("pt") is not None
    assert [p.name for p in (cache / "wordfreq").iterdir() if p.name.startswith(".pt-")] == []


def test_a_hung_builder_does_not_stall_the_check(cache, monkeypatch):
    # Another process holds the build lock and never lets go: after the wait, this one
    # asks wordfreq itself and gives the same figure.
    fcntl = pytest.importorskip("fcntl")  # POSIX only: Windows builds side by side
    folder = cache / "wordfreq"
    folder.mkdir(parents=True)
    monkeypatch.setattr(_foreign, "LOCK_WAIT_SECONDS", 0.3)
    with open(folder / ".pt.lock", "a") as holder:
        fcntl.flock(holder, fcntl.LOCK_EX)
        started = time.monotonic()
        with pytest.raises(TimeoutError):
            _foreign.sorted_list("pt")
        assert time.monotonic() - started >= 0.3
        assert _foreign.zipf_frequency("Araújo", "pt") == wordfreq_zipf("Araújo", "pt")
    assert list(folder.glob("pt-*.bin")) == []
    assert [p.name for p in folder.iterdir() if p.name.startswith(".pt-")] == []
    # The wait was not kept as an answer: once the lock is free the list is built.
    assert _foreign.sorted_list("pt") is not None
    assert len(list(folder.glob("pt-*.bin"))) == 1
