"""wordfreq's frequencies of other languages' words, without loading their word lists.

The glued rule asks how common a name part is in Spanish, Portuguese, Italian,
French and German (``glued.foreign_zipf``).  wordfreq answers from a dictionary of
each language's whole list: about 1.9 million entries, a CPU-second to build in
every process that asks, and every pool worker asks on its own.  Here each list
is kept once on disk in the user's cache, sorted, in a form read in a few
milliseconds (no entry is unpacked until looked up: a binary search over the
bytes), under a name that holds wordfreq's version and the hash of the wordfreq file
it was made from, so that another wordfreq's lists make another file.  On a cold
cache one process builds a list while the others wait for it (a file lock, POSIX).

``zipf_frequency(word, lang)`` gives what ``wordfreq.zipf_frequency(word, lang)``
gives (wordfreq 3.1.1's own steps over the same list; tests/checks/test_foreign_lists.py
compares the two word by word).  Where the cache cannot be written, wordfreq answers.
"""

from __future__ import annotations

import array
import bisect
import hashlib
import importlib.metadata
import math
import os
import re
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no lock, the workers may build a list side by side
    fcntl = None  # type: ignore[assignment]

from wordfreq import (
    available_languages,
    digit_freq,
    get_frequency_list,
    lossy_tokenize,
    smash_numbers,
)
from wordfreq import zipf_frequency as wordfreq_zipf
from wordfreq.language_info import get_language_info

from copydesk.checks.grammar.lt_maven import cache_dir

_FORMAT = 1  # part of the file's name: a new layout never reads an old file
_HEADER = array.array("Q", [0, 0]).itemsize * 2  # entries, bytes of words
STALE_SECONDS = 3600.0  # a temp file older than this was left by a killed writer
LOCK_WAIT_SECONDS = 60.0  # a build takes about a CPU-second; past this the holder is hung


class SortedList:
    """One language's list: its words' UTF-8 bytes in sorted order, and each one's bucket.

    UTF-8 keeps code-point order, so bytes sort as the words do."""

    def __init__(self, data: bytes) -> None:
        head = array.array("Q")
        head.frombytes(data[:_HEADER])
        n, size = head
        if len(data) != _HEADER + 4 * (n + 1) + 2 * n + size:
            raise ValueError("a cut or foreign file")  # written by a crashed or other writer
        self.offsets = array.array("I")
        at = _HEADER
        self.offsets.frombytes(data[at : at + 4 * (n + 1)])
        at += 4 * (n + 1)
        self.buckets = array.array("H")
        self.buckets.frombytes(data[at : at + 2 * n])
        at += 2 * n
        self.blob = data[at : at + size]

    def bucket(self, word: str) -> int | None:
        """The word's index in wordfreq's list of buckets (its centibels below 0), if listed."""
        key = word.encode("utf-8", "surrogatepass")
        offsets, blob = self.offsets, self.blob
        i = bisect.bisect_left(
            range(len(self.buckets)), key, key=lambda k: blob[offsets[k] : offsets[k + 1]]
        )
        if i < len(self.buckets) and blob[offsets[i] : offsets[i + 1]] == key:
            return self.buckets[i]
        return None


def pack(lang: str) -> bytes:
    """``lang``'s wordfreq list in the file's layout (what ``SortedList`` reads)."""
    # As wordfreq builds its dictionary: a word listed in two buckets keeps the later one.
    listed = {w: index for index, bucket in enumerate(get_frequency_list(lang)) for w in bucket}
    entries = sorted((w.encode("utf-8", "surrogatepass"), index) for w, index in listed.items())
    offsets = array.array("I", [0])
    for word, _ in entries:
        offsets.append(offsets[-1] + len(word))
    buckets = array.array("H", (index for _, index in entries))
    blob = b"".join(word for word, _ in entries)
    head = array.array("Q", [len(entries), len(blob)])
    return head.tobytes() + offsets.tobytes() + buckets.tobytes() + blob


def _source_hash(lang: str) -> str:
    source = Path(available_languages("best")[lang])
    return hashlib.sha256(source.read_bytes()).hexdigest()[:16]


def file_name(lang: str) -> str:
    """The cached list's name: wordfreq's version (``_word_frequency`` copies one
    version's steps, so another version must not read this one's file even over the same
    data), the hash of the data file it was made from, and the layout."""
    version = re.sub(r"[^0-9A-Za-z.]", "_", importlib.metadata.version("wordfreq"))
    return f"{lang}-wordfreq{version}-{_source_hash(lang)}-v{_FORMAT}.bin"


def _read(path: Path) -> SortedList | None:
    try:
        return SortedList(path.read_bytes())
    except FileNotFoundError:
        return None
    except ValueError:
        return None  # cut or foreign: written again


def _remove_stale(folder: Path, lang: str) -> None:
    """Remove ``lang``'s temp files left by a writer killed mid-write (they would stay,
    up to 10 MB each); an hour is far longer than a write takes."""
    old = time.time() - STALE_SECONDS
    for tmp in folder.glob(f".{lang}-*"):
        try:
            if tmp.stat().st_mtime < old:
                tmp.unlink()
        except OSError:
            pass  # gone meanwhile, or not ours to remove


@contextmanager
def _build_lock(folder: Path, lang: str) -> Iterator[None]:
    """Held while ``lang``'s list is built: on a cold cache, pool workers would otherwise
    all build the same list at once.  No lock where fcntl is missing (Windows).  Raises
    TimeoutError (an OSError: wordfreq is asked instead) when the holder takes longer than
    LOCK_WAIT_SECONDS, so a hung writer never stalls a check."""
    if fcntl is None:
        yield
        return
    with open(folder / f".{lang}.lock", "a") as handle:
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise TimeoutError(f"{lang} word list still being built elsewhere") from None
                time.sleep(0.05)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@cache
def sorted_list(lang: str) -> SortedList | None:
    """``lang``'s list from the cache, written there first if it is not yet; None if the
    cache cannot be written (wordfreq is asked instead).  TimeoutError when another
    process held the build lock too long: raised, not kept, so a later call may find the
    list written."""
    try:
        folder = cache_dir() / "wordfreq"
        path = folder / file_name(lang)
        found = _read(path)
        if found is not None:
            return found
        folder.mkdir(parents=True, exist_ok=True)
        # The temp file first: where it cannot be made, the list (a CPU-second) is not
        # built only to be thrown away.  Written aside and moved into place: a process
        # reading meanwhile (another pool worker) sees no file or a whole one.
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{lang}-")
        try:
            with os.fdopen(fd, "wb") as handle, _build_lock(folder, lang):
                found = _read(path)  # built by another process while this one waited
                if found is not None:
                    return found
                _remove_stale(folder, lang)
                data = pack(lang)
                handle.write(data)
                handle.close()
                os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        return SortedList(data)
    except TimeoutError:
        raise
    except OSError:
        return None


def _word_frequency(found: SortedList, word: str, lang: str) -> float:
    """wordfreq 3.1.1's ``_word_frequency(word, lang, "best", zipf_to_freq(0))`` over
    ``found`` (the list it would build its dictionary from)."""
    minimum = 1e-9  # zipf_to_freq(0), zipf_frequency's default
    tokens = lossy_tokenize(word, lang)
    if not tokens:
        return minimum
    one_over_result = 0.0
    for token in tokens:
        smashed = smash_numbers(token)
        index = found.bucket(smashed)
        if index is None:
            return minimum
        freq = 10 ** (-index / 100)  # wordfreq's cB_to_freq(-index)
        if smashed != token:
            freq *= digit_freq(token)
        one_over_result += 1.0 / freq
    unrounded = max(1.0 / one_over_result, minimum)
    leading_zeroes = math.floor(-math.log(unrounded, 10))
    return round(unrounded, leading_zeroes + 3)


def zipf_frequency(word: str, lang: str) -> float:
    """``wordfreq.zipf_frequency(word, lang)``, from the cached sorted list."""
    # Jieba's languages weigh a word by how many breaks it inferred: left to wordfreq.
    try:
        found = None if get_language_info(lang)["tokenizer"] == "jieba" else sorted_list(lang)
    except TimeoutError:
        found = None  # being built elsewhere, too slowly: wordfreq's own this time
    if found is None:
        return wordfreq_zipf(word, lang)
    return round(math.log(_word_frequency(found, word, lang), 10) + 9, 2)
