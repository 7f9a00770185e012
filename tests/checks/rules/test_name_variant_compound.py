"""Name variants of hyphenated (double) surnames and of short surnames (issue 15, names7).

Every name here is invented for the tests.  Hits: one half of a double surname misspelt,
in one article or across the batch; a four-letter surname with one letter changed that
keeps its sound (a final c for k).  Near misses: two people who share one half of a double
surname, two short real-looking surnames that sound different, a known name beside an
unknown one of another sound.
"""

from copydesk.checks.context import BatchMember
from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY
from copydesk.checks.rules.consistency.names import short_sound_spellings
from copydesk.checks.settings import Settings

NAMES = "consistency.name-variant"


def issues(*docs: str):
    engine = Engine(Settings(), checks=[REGISTRY.get(NAMES)])
    members = [BatchMember(f"doc{k}.txt", t) for k, t in enumerate(docs)]
    return [
        (k, docs[k][i.offset : i.end], i.replacements[0], i.safe)
        for k, r in enumerate(engine.check_batch(members))
        for i in r.issues
        if i.rule == NAMES
    ]


def test_short_sound_spellings():
    assert short_sound_spellings("tork", "torc")  # a final c for k: one sound
    assert not short_sound_spellings("tork", "tors")  # another sound
    assert not short_sound_spellings("tork", "dork")  # another initial
    assert not short_sound_spellings("lind", "lin")  # three letters: too short to tell
    assert not short_sound_spellings("park", "parc")  # both words English knows


def test_one_half_of_a_double_surname_misspelt_after_the_full_name():
    text = (
        "Transport Minister Odile Carrow-Blenkin opened the bridge on Monday. "
        "Carow-Blenkin said tolls would stay low for a year."
    )
    assert issues(text) == [(0, "Carow-Blenkin", "Carrow-Blenkin", False)]


def test_one_half_of_a_double_surname_misspelt_across_the_batch():
    first = "Transport Minister Odile Carrow-Blenkin opened the bridge. Carrow-Blenkin smiled."
    second = "The bridge was opened by Transport Minister Odile Carrow-Blenkik on Monday."
    # the second half misspelt, then the first: the same given name, one half in common
    found = issues(first, second)
    assert [(k, s, r) for k, s, r, _ in found] == [
        (1, "Minister Odile Carrow-Blenkik", "Minister Odile Carrow-Blenkin")
    ]
    found = issues(first, "Transport Minister Odile Karrow-Blenkin opened the bridge.")
    assert [(k, r) for k, _, r, _ in found] == [(1, "Minister Odile Carrow-Blenkin")]


def test_two_people_who_share_one_half_of_a_double_surname_stay_apart():
    text = (
        "Ana Garcés-Lorvan opened the archive. Luis Garcés, a historian, said the letters "
        "were new. Garcés said more. Garcés-Lorvan agreed."
    )
    assert issues(text) == []
    # different given names before the two spellings: two people, not one misspelt
    assert issues("Ana Garcés-Lorvan spoke first. Luis Garcés-Lorvin spoke next.") == []


def test_a_double_surname_hyphenated_and_spaced_is_one_name_flagged_not_fixed():
    text = "Rhys Torvell-Janks won the race. Torvell Janks said the course was hard."
    found = issues(text)
    assert len(found) == 1
    _k, surface, replacement, safe = found[0]
    assert {surface, replacement} == {"Torvell-Janks", "Torvell Janks"}
    assert safe is False


def test_a_four_letter_surname_with_a_final_c_for_k():
    text = "The bureau chief, Priit Vask, said officers were busy. Vasc declined to say more."
    assert issues(text) == [(0, "Vasc", "Vask", False)]
    found = issues("Priit Vasc leads the bureau.", "The chief, Priit Vask, spoke. Vask left.")
    assert [(k, s, r) for k, s, r, _ in found] == [(0, "Priit Vasc", "Priit Vask")]


def test_two_short_surnames_of_different_sounds_stay_apart():
    # Vask and Vass: one letter apart, but another sound, and Vass a name of its own
    text = "The bureau chief, Priit Vask, said officers were busy. Vass declined to say more."
    assert issues(text) == []
    assert issues("Priit Vass leads the bureau.", "The chief, Priit Vask, spoke. Vask left.") == []
    # a final c for k where both spellings are English words: two words, not a slip
    assert issues("Anne Park opened the gardens. Parc said the gates would stay open.") == []


def test_two_surnames_after_one_particle_are_two_families():
    """An Arabic article before the hyphen names no family: "Al-Qasimy" and "Al-Qasibi" a
    letter or two apart are two surnames, as a double surname's halves are not."""
    first = "Nasser al-Qasimy heads the port. Al-Qasimy said exports rose."
    second = (
        "Khalid al-Qasibi, the mayor, spoke. Al-Qasibi said the road was open. "
        "Al-Qasibi added that it had cost less than planned."
    )
    assert issues(first, second) == []
