"""Each phase of the pronoun checks' document analysis (checks/rules/pronoun/_people.py)."""

from __future__ import annotations

from copydesk.checks.rules.pronoun import _people as people
from copydesk.checks.rules.pronoun._people import FEMALE, MALE, Document, EntityLinker


def _doc(text: str) -> tuple[Document, list[list[int]]]:
    tokens, _, by_sent = people.tokenise(text)
    doc = Document(text, tokens, *people.name_vocabulary(text, tokens))
    return doc, people.name_runs(text, tokens, by_sent)


def _texts(doc: Document, idxs: list[int]) -> list[str]:
    return [doc.tokens[k].text for k in idxs]


def test_tokenise_gives_sentence_position_and_quotation():
    text = 'Varga left. "She is late," he said.'
    tokens, spans, by_sent = people.tokenise(text)
    assert [t.text for t in tokens] == ["Varga", "left", "She", "is", "late", "he", "said"]
    assert [t.sent for t in tokens] == [0, 0, 1, 1, 1, 1, 1]
    assert [t.pos for t in tokens] == [0, 1, 0, 1, 2, 3, 4]
    assert [t.quoted for t in tokens] == [False, False, True, True, True, False, False]
    assert [text[s:e] for s, e in spans] == ["Varga left.", '"She is late," he said.']
    assert by_sent == [[0, 1], [2, 3, 4, 5, 6]]


def test_name_vocabulary_counts_capitals_inside_sentences_only():
    text = "Analysts met Han. Han said the analysts were late."
    tokens, _, _ = people.tokenise(text)
    lower, vocabulary = people.name_vocabulary(text, tokens)
    assert "han" in vocabulary  # capitalised inside the first sentence
    assert "analysts" not in vocabulary  # only at a sentence start
    assert "analysts" in lower


def test_name_runs_join_names_and_titles_with_a_period():
    doc, runs = _doc("Then Dr. Marek Varga met Queen Elizabeth in Lisbon.")
    # "Then" is a function word: never part of a name.
    assert [_texts(doc, r) for r in runs] == [
        ["Dr", "Marek", "Varga"],
        ["Queen", "Elizabeth"],
        ["Lisbon"],
    ]


def test_entity_linker_joins_forms_and_one_letter_variants():
    linker = EntityLinker()
    full = linker.link(["han", "seo", "jin"], 0)
    assert full is not None
    assert linker.link(["han"], 50) is full
    assert linker.link(["han", "seo", "jin"], 80) is full
    morozov = linker.link(["yegor", "morozov"], 100)
    assert morozov is not None
    morozov.person_evidence = 1
    linker.seen(morozov, 100)
    assert linker.link(["morosov"], 300) is morozov  # one letter off, seen lately
    assert linker.link(["morosov"], 100 + people.FUZZY_REACH + 500) is not morozov
    assert linker.link(["nobody"], 400, create=False) is None


def test_split_title_keeps_the_name_after_the_last_title():
    doc, runs = _doc("Then Polish President Marek Varga arrived.")
    run = next(r for r in runs if len(r) > 1)
    title, name = people.split_title(doc.tokens, run)
    assert title is not None
    assert _texts(doc, name) == ["Marek", "Varga"]


def test_role_before_and_its_compound_are_attached():
    doc, _ = _doc("The deputy mayor Anna Novak spoke.")
    k0 = next(t.idx for t in doc.tokens if t.text == "Anna")
    evidence = people.role_before(doc, k0)
    assert evidence
    assert {doc.tokens[k].text for k in doc.attached} == {"deputy", "mayor"}


def test_role_after_reads_an_apposition_but_not_another_persons_title():
    doc, _ = _doc("Lena Brandt, a spokeswoman for the port, said so.")
    last = next(t.idx for t in doc.tokens if t.text == "Brandt")
    [role] = people.role_after(doc, last)
    assert role.gender == FEMALE
    doc, _ = _doc("On Monday, King Frederik spoke.")
    monday = next(t.idx for t in doc.tokens if t.text == "Monday")
    assert people.role_after(doc, monday) == []


def test_unknown_name_at_a_sentence_start_blocks_unless_common():
    doc, _ = _doc("Han met the minister.")
    mention = people.unknown_name(doc, 0, 0)
    assert mention is not None
    assert mention.possible_person
    doc, _ = _doc("Analysts met the minister.")
    assert people.unknown_name(doc, 0, 0) is None  # a plural: a common word


def test_add_name_mention_records_evidence_on_the_entity():
    doc, runs = _doc("Then spokeswoman Maria Lopez, who leads the team, spoke.")
    for run in runs:
        people.add_name_mention(doc, run)
    [mention] = [m for m in doc.mentions if m.entity is not None]
    ent = mention.entity
    assert ent is not None
    assert ent.name == "Maria Lopez"
    assert ent.title_score[FEMALE] > 0
    assert ent.is_person
    assert ent.name_like


def test_person_mention_drops_an_adjective_name():
    doc, runs = _doc("He watched the European championships.")
    for run in runs:
        people.add_name_mention(doc, run)
    assert not any(m.entity is not None for m in doc.mentions)


def test_add_person_nouns_finds_unnamed_people_only():
    doc, runs = _doc("A woman said a sailor who broke his arm would judge the case.")
    people.add_person_nouns(doc, runs)
    assert [doc.text[m.start : m.end] for m in doc.mentions] == ["woman", "sailor"]


def test_analyse_votes_a_gender_from_unambiguous_pronouns():
    a = people.analyse("Marek Varga arrived. He said he was tired. His flight was late.")
    [ent] = {id(m.entity): m.entity for m in a.mentions if m.entity}.values()
    assert ent.gender() == MALE
    assert len(ent.votes) >= 2


def test_name_runs_keep_lower_case_particles_inside_a_name():
    doc, runs = _doc("The mayor of Villa del Rio met Ana de la Cruz and then the press of Lisbon.")
    texts = [" ".join(_texts(doc, r)) for r in runs]
    assert "Villa del Rio" in texts
    assert "Ana de la Cruz" in texts
    assert "Lisbon" in texts  # "the press of": no capital before the particle-like "of"


def test_name_runs_drop_a_particle_without_a_capital_after_it():
    doc, runs = _doc("He met Pedro de Sousa de facto in Porto.")
    assert [" ".join(_texts(doc, r)) for r in runs] == ["Pedro de Sousa", "Porto"]


def test_a_brand_between_a_determiner_and_a_noun_is_no_person():
    a = people.analyse("Lena Holm spoke at the company's annual Expo show in Malmo.")
    assert [a.text[m.start : m.end] for m in a.mentions if m.entity is not None][:1] == [
        "Lena Holm"
    ]
    assert all(a.text[m.start : m.end] != "Expo" for m in a.mentions)
    b = people.analyse("Lena Holm thanked them. The veteran Lind said she would stay.")
    assert any(b.text[m.start : m.end] == "Lind" for m in b.mentions)  # a verb follows


def test_a_compound_role_in_apposition_is_attached_whole():
    a = people.analyse("Karl Svensson, the firm's chief executive, opened the fair.")
    assert not [m for m in a.mentions if m.noun is not None]
