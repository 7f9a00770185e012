"""pronoun.gender: readings mended after fresh_df's hold-out run.

* A one-word name that stands right before a lower-case word wherever the text names it,
  at least twice, once before a word that can only be a noun, never before one that
  cannot be a noun, and once after a determiner or a preposition, is a people's or a
  place's adjective ("this Amazigh town", "register Amazigh names"), no one a pronoun may
  mean (review 27a: "Suharto ruled", "Modi posters cover").
* A person noun that is an adjective too, right after a preposition with no determiner and
  before a plural noun, is the adjective ("on official papers"): no person stands there.
Every name is invented."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import flagged_pronouns

NAMES = (
    "Tiziri Varnoul, 20, a pharmacy student, said {0} had taken the first coach.\n\n"
    "Varnoul's given name is a word in Kelmari, the Kelmari language. Her parents chose it "
    "when families in Kelmari villages could not register Kelmari names and had to give their "
    "children another name on official papers as well; {1} said her passport still carries both."
)


# The name only ever after a verb or a quantifier ("register Kelmari names", "other Kelmari
# towns"), as in fresh_df's article
OTHER = (
    "Tiziri Varnoul, 20, a pharmacy student, said {0} had taken the first coach.\n\n"
    "Varnoul's given name means moonlight. Her parents chose it when families could not "
    "register Kelmari names and had to give their children another name on official papers "
    "as well; {1} said her passport still carries both.\n\n"
    "Like other Kelmari towns, the town has sought more recognition for its language."
)


@pytest.mark.parametrize(("slots", "flagged"), [(("she", "she"), []), (("she", "he"), ["he"])])
def test_a_peoples_adjective_after_a_quantifier(slots, flagged):
    assert flagged_pronouns(OTHER.format(*slots)) == flagged


@pytest.mark.parametrize(
    ("slots", "flagged"),
    [
        (("she", "she"), []),
        (("she", "he"), ["he"]),
    ],
)
def test_a_peoples_adjective_and_an_adjectives_person_noun_block_nothing(slots, flagged):
    assert flagged_pronouns(NAMES.format(*slots)) == flagged


@pytest.mark.parametrize(
    "text",
    [
        # a name before nouns of a person's circle may be a person's
        "Tiziri Varnoul spoke. The Kelmari family and the Kelmari government met. He said "
        "her plan would work.",
        # a name before a verb is a subject ("Suharto ruled"), and one only ever opening
        # its clause may be a leader's (review 27a)
        "Varkoto ruled for 32 years. Varkoto resigned in 1998, and Varkoto cronies kept "
        "their fortunes. Dewi Lestavi, a historian, said he had never faced trial.",
        "Priya Narvesh runs a tea stall. Modaro posters cover the wall behind her, and "
        "Modaro rallies fill the square. She said he had visited the ghats twice.",
        # a leader's name before nouns of rule, never of a place or a people (review 28a)
        "Rosa Jarvelo, 64, sells tortillas in the old town. Her stall was moved twice under "
        "Orvega rule, and Orvega tariffs on flour doubled her costs. She said he had never "
        "set foot in her market.",
        # "country", "people": a leader's name takes them too (review 29a)
        "Olena Savrenko, 35, runs a bookshop. Zelvarko posters hang in the window, and the "
        "shop sells out of Zelvarko mugs. In Zelvarko country, she said, he is still trusted.",
        # a determiner before the person noun: a person may stand there
        "Tiziri Varnoul spoke to an official. Papers were signed; he said her plan would work.",
    ],
)
def test_near_misses(text: str) -> None:
    assert flagged_pronouns(text) == []
