"""wordfreq's frequencies of other languages' words, without loading their word lists.

The glued rule asks how common a name part is in Spanish, Portuguese, Italian,
French and German (``glued.foreign_zipf``).  wordfreq answers from a dictionary of
each language's whole list: about 1.9 million entries, a CPU-second to build in
every process that asks, and every pool worker asks on its own.  Here each list
is kept once on disk in the user's cache, sorted, in a form read in a few
milliseconds (no entry is unpacked until looked up: a binary search over the
bytes), under a name that holds the hash of the wordfreq file it was made from,
so that another wordfreq's lists make another file.

``zipf_frequency(word, lang)`` gives what ``wordfreq.zipf_frequency(word, lang)``
gives (wordfreq 3.1.1's own steps over the same list; tests/checks/test_foreign_lists.py
compares the two word by word).  Where the cache cannot be written, wordfreq answers.
"""

from __future__ import annotations

import array
import bisect
import hashlib
import math
import os
import tempfile
from functools import cache
from pathlib import Path

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


@cache
def sorted_list(lang: str) -> SortedList | None:
    """``lang``'s list from the cache, written there first if it is not yet; None if the
    cache cannot be written (wordfreq is asked instead)."""
    try:
        folder = cache_dir() / "wordfreq"
        path = folder / f"{lang}-{_source_hash(lang)}-v{_FORMAT}.bin"
        if path.exists():
            try:
                return SortedList(path.read_bytes())
            except ValueError:
                pass  # written again below
        folder.mkdir(parents=True, exist_ok=True)
        data = pack(lang)
        # Written aside and moved into place: a process reading meanwhile (another pool
        # worker) sees no file or a whole one.
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{lang}-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        return SortedList(data)
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
    found = None if get_language_info(lang)["tokenizer"] == "jieba" else sorted_list(lang)
    if found is None:
        return wordfreq_zipf(word, lang)
    return round(math.log(_word_frequency(found, word, lang), 10) + 9, 2)
