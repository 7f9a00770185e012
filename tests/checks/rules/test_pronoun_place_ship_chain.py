"""pronoun.gender (pron22): a name in apposition to a kind of settlement is a place ("Kessaro,
a village on the hills"); a text that calls its named ship "it" ("The Varnhild was built …
before it was refitted") calls no ship "she"; and a "he" or "she" whose sentence and the one
before name no one goes on with the person the subject pronoun of the sentence before was
clearly about ("He urged families to come early. “…,” he said."), which counts as one more
pronoun of that person's; a man's or woman's noun closing a sentence in apposition to a
result ("finished fifth in 2:31:10, the fastest local woman.") is the role of the person
who opens it.  All names are invented."""

import pytest

from tests.checks.rules import helpers


def run(text: str):
    return helpers.run("pronoun.gender", text)


FOUND = [
    # a place in apposition, with a phrase about it, is no one the pronoun could mean
    "Ilse Olvennik, 47, who chairs the water board of Kessaro, a village on the hills above "
    "the river, said her family had farmed there for decades. «He» said the well now ran dry "
    "each summer.",
    "Ilse Varnow, who runs the bakery of Tavessi, a fishing port near the border, said her shop "
    "would reopen. «He» said the harbour had been dredged.",
    # ... and the other way round: the square's name after it, a particle in the name
    "Jonas Tamberg, who runs a shop selling blankets near the main square, Tarsa el-Bab, "
    "said «she» was worried about the first weeks.",
    # a name after a unit and "of" is what is measured, no one
    "One grower, Jonas Tamberg, 67, said he had brought 2 tonnes of Varkessi from the "
    "hills. He said «she» would sell them whatever the price.",
    # a compass point after "Far" or "Middle" is a region, no one
    "VARNBY, Canada — Ilse Varnow, a geologist who searched for gold in the valleys of "
    "Canada’s Far North, and who led an expedition there, died on Sunday. «He» was 89.\n\n"
    "Her death was announced by the institute.",
    # the named ship is "it" in the text, so the "she" is no ship
    "A ferry service to the outer islands began on Monday. The ferry, the Varnhild, is the "
    "first of two the council plans to run.\n\nThe Varnhild was built in 1988 and lay idle "
    "for years before it was refitted with new engines. Its captain, Bertil Brekkevold, 52, "
    "has sailed since «she» was 15. He said the crossing takes four hours.",
    # the speaker of the quotation is the "he" of the sentence before, who is Kelemete
    "The health minister, Dr. Otuvai Kelemete, opened the clinic in Halvik, where «she» cut "
    "the ribbon. Kelemete said the clinic would treat 300 patients a day. He urged families "
    "to come early. “A clinic is only as good as its queue,” he said.",
    # a new paragraph that opens with a quotation goes on with the one person the paragraph
    # before names (pron26): two "he" against one "she"
    "The health minister, Dr. Otuvai Kelemete, opened the clinic in Halvik, where «she» cut "
    "the ribbon. Kelemete said the clinic would treat 300 patients a day. He urged families "
    "to come early.\n\n“A clinic is only as good as its queue,” he said.",
    # the quotation's "he" is the one person its paragraph names (pron26): two against one
    "The health minister, Dr. Otuvai Kelemete, opened the clinic in Halvik, where he cut the "
    "ribbon. Kelemete said the clinic would treat 300 patients a day. «She» urged families to "
    "come early. “A clinic is only as good as its queue,” he said.",
    # a result's closing apposition names the runner a woman: one "she" is enough then
    "Otuvai Kelemete finished fifth in 2:31:10, the fastest local woman. Kelemete said she "
    "hoped to run again in spring. «He» said the course had been hard.",
    "Otuvai Kelemete finished seventh, the best-placed woman. Kelemete said she hoped to "
    "run again in spring. «He» said the course had been hard.",
]

QUIET = [
    # a role and "who" opening the sentence make the name after "in the district," the
    # role's person, no place: the "she" may be hers, not the man's named before
    "Jonas Tamberg said the rain had split most of his crop.\n\nA grower who speaks for "
    "about 40 orchards in the district, Aroha Te Whaiti, estimated the damage at 30%, though "
    "she said it was too soon to put a figure on the season.",
    # "the case of" a name is about a person, no quantity of a thing
    "Jonas Tamberg raised the case of Otuvai Kelemete on Monday. She has been held without "
    "trial since 2019.",
    # a role that only starts with a place word is a person's: the name may be a man's
    "Ilse Varnow, who chairs the board, met Kessaro, a town councillor, at the hall. He said "
    "the vote was close.",
    "Ilse Varnow, who chairs the board, met Kessaro, the district commissioner, on Monday. "
    "He said it had rained in May.",
    # the ship is never "it": a "she" near it may be the ship
    "A ferry service to the outer islands began on Monday. The ferry, the Varnhild, is the "
    "first of two the council plans to run.\n\nThe Varnhild was built in 1988 and lay idle "
    "for years. Its captain, Bertil Brekkevold, 52, said she handled well in a storm.",
    # the "it" is said of a name the text never gives a ship
    "A ferry service to the outer islands began on Monday.\n\nThe Grelling was sold in 1990 "
    "before it was renamed. Its owner, Bertil Brekkevold, said she handled well in a storm.",
    # the sentence before has a subject of the other gender, and the paragraph a person
    # noun: one "he" against one "she"
    "The health minister, Dr. Otuvai Kelemete, opened the clinic in Halvik, where he cut the "
    "ribbon. Kelemete said a nurse would treat 300 patients a day. She urged families to "
    "come early. “A clinic is only as good as its queue,” he said.",
    # a new paragraph after one with a person noun: the quotation may be the nurse's
    "The health minister, Dr. Otuvai Kelemete, opened the clinic in Halvik, where she cut "
    "the ribbon. Kelemete said the clinic would treat 300 patients a day. He urged families "
    "to see a nurse early.\n\n“A clinic is only as good as its queue,” he said.",
    # someone is named in the sentence before: no chain, and the nurse may be the "he"
    "The health minister, Dr. Otuvai Kelemete, opened the clinic in Halvik, where she cut "
    "the ribbon. Kelemete said the clinic would treat 300 patients a day. He urged families "
    "to see a nurse early. “A clinic is only as good as its queue,” he said.",
    # the closing noun may be someone else's: no result before it, or another name between
    "Otuvai Kelemete met someone from the village, a young man. Kelemete said she hoped to "
    "climb again in spring. He said the route had been hard.",
    "Otuvai Kelemete finished ahead of Jorund Stennor in 2:31:10, the fastest local man. "
    "Kelemete said she hoped to run again in spring.",
]


@pytest.mark.parametrize("marked", FOUND)
def test_place_ship_or_chain_lets_the_slip_show(marked):
    start = marked.index("«")
    text = marked.replace("«", "").replace("»", "")
    assert [i.offset for i in run(text)] == [start]


@pytest.mark.parametrize("text", QUIET)
def test_role_ship_or_broken_chain_stays_quiet(text):
    assert run(text) == []
