"""pronoun.gender and pronoun.it-for-person: hits with reasons and replacements, near misses."""

import pytest

from copydesk.checks.apply import apply_edits
from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY
from copydesk.checks.rules.pronoun._people import analyse, pronoun_replacement


def run(rule: str, text: str):
    return [i for i in Engine(checks=[REGISTRY.get(rule)]).check_text(text) if i.rule == rule]


KIM = (
    "Kim Jong Un left Pyongyang in his private train. "
    "Kim has repeatedly shown his preference for trains. "
    "In 2019, she made a 60-hour round trip to Hanoi."
)


def test_wrong_she_after_established_he():
    (issue,) = run("pronoun.gender", KIM)
    assert issue.matched(KIM) == "she"
    assert issue.offset == KIM.index("she made")
    assert issue.replacements == ("he",) and not issue.safe
    assert "Kim Jong Un" in issue.message and "he/his/him" in issue.message
    fixed = apply_edits(KIM, [issue.edit()]).text
    assert "In 2019, he made" in fixed


# Words near a wrong pronoun that are nobody it could mean, so it is still flagged:
# a plural without -s ("people who"), a name defined as a thing in apposition, a name
# after a place word or a role and "of".
_LARSEN = (
    "Mette Larsen, the councillor, said the vote was a victory for {} had signed a "
    "petition. He said the winter swimmers included older residents."
)
_WEBER = (
    "Thomas Weber represents {} in the region. She said workers there had heard many announcements."
)
_DAS = "Rajesh Das grows rice on two hectares {}. She said his entire crop had been destroyed."


_HAMISI = "Juma Hamisi runs a clinic in Nairobi. {} her work there, Okoro said."


# An opening phrase points forward only when it is a participle's phrase: a name or a noun
# in -ing, or a clause (an auxiliary before the comma), opens none (review of small8).
@pytest.mark.parametrize(
    "opening",
    ["Beijing has praised", "Reading has praised", "Nothing has changed in", "Something in"],
)
def test_no_participle_phrase_no_forward_reference(opening):
    text = _HAMISI.format(opening)
    (issue,) = run("pronoun.gender", text)
    assert issue.matched(text) == "her" and issue.replacements[0] == "his"


@pytest.mark.parametrize(
    "text",
    [
        _LARSEN.format("the hundreds of people who"),
        _LARSEN.format("the children who"),
        _LARSEN.format("police who"),
        # a number above one counts people ("Among the five who broke with the mayor")
        _LARSEN.format("the five who"),
        _LARSEN.format("the twenty who"),
        _WEBER.format("IG Metall, the metalworkers’ union,"),
        _WEBER.format("Verdi, the union,"),
        _WEBER.format("Siemens, the engineering group,"),
        _DAS.format("near the town of Dhemaji"),
        _DAS.format("in Drammen, southwest of Oslo"),
        _DAS.format("for the commissioner of Dhemaji"),
    ],
)
def test_a_wrong_pronoun_beside_no_one_it_could_mean_is_flagged(text):
    (issue,) = run("pronoun.gender", text)
    assert issue.matched(text) in ("He", "She")
    assert issue.offset == max(text.find(". He "), text.find(". She ")) + 2


@pytest.mark.parametrize(
    "text",
    [
        _LARSEN.format("a swimmer who"),  # one unnamed person: "he" may be him
        # one picked out of a number, or a rank (the review of the number rule)
        _LARSEN.format("one of the five who"),
        _LARSEN.format("the last of the seven who"),
        "Mette Larsen, the party's leader, was absent. The party's number two, who has led "
        "the talks since May, said he would not resign.",
        "Thomas Weber met Ana Lopes, the union’s leader, in the region. She said workers "
        "there had heard many announcements.",  # a person in apposition
        "Rajesh Das grows rice beside the wife of Anjali. She said his entire crop had been "
        "destroyed.",  # a kin noun before "of": Anjali may be "she"
        "Peter Marsh tuned steel pans for 60 years. He retired in 2010.\n\nHe is survived by "
        "his wife, Gloria, and two sons. A service will be held at 10 a.m. on Saturday, with a "
        "parade through the streets where he worked.",  # "a.m. on" goes on: "He … his" in reach
    ],
)
def test_a_pronoun_someone_nearby_could_mean_is_left_alone(text):
    assert run("pronoun.gender", text) == []


def test_title_establishes_gender_and_case_is_kept():
    text = "Queen Elizabeth opened the session. He thanked the members."
    (issue,) = run("pronoun.gender", text)
    assert issue.replacements == ("She",)


def test_her_before_a_noun_becomes_his():
    text = "Mr Tanaka said the plan was sound. Tanaka added that his team tested it. " + (
        "Tanaka said her staff would publish the data."
    )
    (issue,) = run("pronoun.gender", text)
    assert issue.matched(text) == "her" and issue.replacements[0] == "his"


def test_replacement_table():
    assert pronoun_replacement("her", "staff") == ["his", "him"]
    assert pronoun_replacement("her", None) == ["him", "his"]
    assert pronoun_replacement("her", "to") == ["him", "his"]
    assert pronoun_replacement("His", "team") == ["Her"]
    assert pronoun_replacement("his", None) == ["hers"]
    assert pronoun_replacement("Himself", None) == ["Herself"]
    assert pronoun_replacement("SHE", None) == ["HE"]


def test_spokeswoman_apposition_and_majority():
    text = (
        "Maria Lopez, a spokeswoman for the ministry, said the talks went well. "
        "She added that a deal was close. Lopez said he expected an agreement by Friday."
    )
    (issue,) = run("pronoun.gender", text)
    assert issue.matched(text) == "he" and issue.replacements == ("she",)


def test_cataphora_in_an_opening_phrase():
    text = (
        "Sarah Lindqvist was appointed on Monday. She said the company would change. "
        "Lindqvist said she would meet the unions. The unions were angry. "
        "In his first interview, Lindqvist promised smaller cars."
    )
    (issue,) = run("pronoun.gender", text)
    assert issue.matched(text) == "his" and issue.replacements == ("her",)


def test_given_name_alone_establishes_gender_and_is_named_in_the_message():
    text = "Helena Marsh presented the budget on Wednesday. He said it was fair."
    (issue,) = run("pronoun.gender", text)
    assert "given name is usually a woman's" in issue.message and issue.replacements == ("She",)


def test_compound_role_before_a_name_is_not_another_person():
    text = (
        "The company's chief executive, Michael Grant, said he was sorry. "
        "Grant said his staff had worked all night. She said the ship was safe."
    )
    a = analyse(text)
    assert not [m for m in a.mentions if m.noun is not None]


def test_unknown_sentence_opener_blocks_a_verdict():
    text = "Kim met Angela Merkel in Berlin. He said little."
    assert run("pronoun.gender", text) == []


def test_people_are_linked_across_name_variants():
    text = "North Korean leader Kim Jong-Un arrived. Kim Jong Un said his train was slow."
    a = analyse(text)
    kims = [m.entity for m in a.mentions if m.entity is not None and "kim" in m.entity.tokens]
    assert len(kims) == 2 and kims[0] is kims[1]


@pytest.mark.parametrize(
    "text",
    [
        # An unnamed woman is the nearest person.
        "Kim Jong Un left in his train. He arrived on Tuesday. "
        "A woman, who lives in the capital, told the reporters that she knew of a family.",
        "Putin is seeking North Korea to sell him ammunition.",
        # Another person of the pronoun's gender is nearby.
        "Kim met Angela Merkel in Berlin. He said little. She said the talks were useful.",
        # Inside a quotation pronouns are not judged.
        "Kim has shown his preference for trains. He said: “She is fast and she is safe.”",
        # A ship called she.
        "Captain Ahab commanded his crew for years. He loved his ship, the Pequod. "
        "She sailed from Nantucket.",
        # An unnamed official of unknown gender.
        "Mr Tanaka said the plan was sound. His deputy said she agreed.",
        # The object of "told" is not its subject.
        "Lucia Alvarez won the race. Her coach, Martin Greer, said he had told her to wait. "
        "Greer said his plan worked.",
        # Only one pronoun each way: no established gender.
        "Robin Lee said he was tired. Lee added that she would rest.",
        # "Her" owns the coach; the coach is not the owner.
        "Lucia Alvarez won. She was happy. Her coach, Martin Greer, said he was proud.",
        # Every passenger is nobody in particular, but a ship is "she".
        "Captain Tom Reed said every passenger was safe. The ferry was towed back. "
        "She will be repaired.",
        # Quotes: the speaker may be anyone named before the quotation.
        "Emma Walsh said the crew did their best. Peter Bennett said he missed the wedding. "
        "“I have been on this ferry a hundred times,” she said.",
        # A first name alone does not outweigh a contradicting pronoun elsewhere.
        "Helena Marsh spoke first. He said the budget was fair. Marsh said he would resign.",
    ],
)
def test_gender_near_misses(text):
    assert run("pronoun.gender", text) == []


def test_it_for_person_after_person_event():
    text = (
        "The North Korean leader was received with a red carpet at the station. "
        "The reception was given by the minister, Alexandr Kozlov. "
        "Koslov also received it in April 2019."
    )
    (issue,) = run("pronoun.it-for-person", text)
    assert issue.matched(text) == "it" and issue.offset == text.index("it in April")
    assert issue.replacements[0] == "him" and not issue.safe
    assert "leader" in issue.message


@pytest.mark.parametrize(
    "text",
    [
        "The letter was received on Monday. Minister Ingrid Sand also received it.",
        "The proposal was welcomed by the unions. Minister Ingrid Sand welcomed it too.",
        "The leader was received with a red carpet. Kozlov said the ministry received it well.",
        "Kim has repeatedly shown his preference for trains. Kozlov also received it in 2019.",
        "The leader was received in Moscow. The ministry also received it later.",
        "The president was welcomed by crowds. The plan was welcomed too. "
        "Minister Ingrid Sand also welcomed it.",
    ],
)
def test_it_for_person_near_misses(text):
    assert run("pronoun.it-for-person", text) == []


def test_long_text_is_checked_whole():
    # Speed is measured in bench/check_speed.py; here a long text must simply go through.
    text = (KIM + "\n") * 3000  # about 60,000 words
    found = run("pronoun.gender", text)
    assert len(found) == 3000 and {i.matched(text) for i in found} == {"she"}


@pytest.mark.parametrize(
    ("text", "pronoun", "fix"),
    [
        (
            "The manager of Sevilla, Gonzalo Ferreiro, praised the squad. "
            "“We were better in the second half,” she declared.",
            "she",
            "he",
        ),
        (
            "The minister, Małgorzata Wrona, opened the session. He said the reform would pass.",
            "He",
            "She",
        ),
        (
            "Police chief José Arriaga spoke first. Then she left the hall.",
            "she",
            "he",
        ),
    ],
)
def test_given_names_from_many_languages_establish_gender(text, pronoun, fix):
    (issue,) = run("pronoun.gender", text)
    assert issue.matched(text) == pronoun and issue.replacements == (fix,)


def test_ambiguous_given_names_establish_nothing():
    for given in ("Andrea", "Nicola", "Simone", "Jean", "Sasha", "Nikita", "Kim", "Robin"):
        text = f"The coach, {given} Ferreiro, praised the squad. She said it was fair."
        assert run("pronoun.gender", text) == [], given
        text = f"The coach, {given} Ferreiro, praised the squad. He said it was fair."
        assert run("pronoun.gender", text) == [], given


def test_first_name_list_has_no_ambiguous_entries():
    from copydesk.checks.rules.pronoun._people import first_names

    names = first_names()
    assert len(names) > 1500
    for given in ("andrea", "nicola", "simone", "jean", "sasha", "nikita", "kim", "alex"):
        assert given not in names
    assert names["stefano"] == "m" and names["malgorzata"] == "f" and names["jose"] == "m"


def test_role_beside_the_name_does_not_block():
    text = (
        "The president of Norrvik, Gunnar Dahl, opened the meeting. "
        "“We have done our part,” she declared."
    )
    (issue,) = run("pronoun.gender", text)
    assert issue.matched(text) == "she" and issue.replacements == ("he",)


def test_kin_of_another_person_still_blocks():
    text = (
        "The daughter of Kowalczyk, Agnieszka Nowak, spoke to reporters. "
        "“We want the truth,” he said."
    )
    assert run("pronoun.gender", text) == []
    text = (
        "The coach of Sevilla, Gonzalo Ferreiro, praised the squad. “We were better,” he declared."
    )
    assert run("pronoun.gender", text) == []


def test_a_day_name_is_not_someone_a_pronoun_could_mean():
    text = (
        "The coach of Norrvik, Gunnar Dahl, spoke at the press conference of Thursday. "
        "“We have done our part,” she declared."
    )
    (issue,) = run("pronoun.gender", text)
    assert issue.matched(text) == "she" and issue.replacements == ("he",)


GOMEZ = (
    "Rafael Gomez, the head of the growers' union, said he was pleased with the deal. "
    "{opener} exporters welcomed the accord. Rafael Gomez said she expected prices to fall."
)


@pytest.mark.parametrize("opener", ["Coffee", "Steel"])
def test_common_word_opening_a_sentence_is_no_person(opener):
    text = GOMEZ.format(opener=opener)
    (issue,) = run("pronoun.gender", text)
    assert issue.offset == text.index("she expected")
    assert issue.replacements == ("he",)


def test_given_name_opening_a_sentence_still_blocks():
    # "Grace" is a common word and a given name: it may be the woman "she" means.
    text = GOMEZ.format(opener="Grace").replace(" exporters", " Otieno")
    assert run("pronoun.gender", text) == []


MARQUEZ = (
    "Foreign minister Luis Marquez returned from the summit on Monday, and he said the "
    "talks had been hard. {debris} he landed, {glued} told reporters the deal was close. "
    "Marquez said she hoped for a deal soon."
)


@pytest.mark.parametrize(
    "debris, glued",
    [("BLwhen", "Marquez"), ("When", "Marquezminister"), ("BLwhen", "Marquezminister")],
)
def test_mt_debris_is_no_other_person(debris, glued):
    text = MARQUEZ.format(debris=debris, glued=glued)
    (issue,) = run("pronoun.gender", text)
    assert issue.offset == text.index("she hoped")
    assert "Luis Marquez" in issue.message and "minister" not in issue.message


def test_glued_unknown_name_is_still_someone_else():
    # "Ortizminister": glued, but Ortiz is no one the text has named, so it may be a woman.
    text = MARQUEZ.format(debris="When", glued="Ortizminister")
    assert run("pronoun.gender", text) == []


@pytest.mark.parametrize("rest", ["Lee says she disagrees.", "Park still thinks she can win."])
def test_common_surname_before_a_verb_still_blocks(rest):
    # "Lee", "Park" are common words too, but a verb follows: a subject, maybe a woman.
    text = "Rafael Gomez, the head of the growers' union, said he was pleased. " + rest
    assert run("pronoun.gender", text) == []


# Antecedents the check used to lose (pools fresh_b and fresh_c, 2026-12-01), each
# written anew: (text, the wrong pronoun, the person the message must name).
_RECOVERED = [
    # a name after an acronym after "at" is a place, and "who" is the glaciologist's
    (
        "Martina Keller, a glaciologist at ETH Zurich who heads the network, said the "
        "results were clear. He said the ice was thinning.",
        "He said",
        "Martina Keller",
    ),
    # "local" before a noun is an adjective, not a local
    (
        "Joyce Akinyi said the recovery depended on local communities. He said the "
        "programme had grown.",
        "He said",
        "Joyce Akinyi",
    ),
    # the role after an age is the named man's, not another person
    (
        "Vincenzo Russo, 71, a retired magistrate who has had a season ticket for 40 "
        "years, said she had never used a phone there.",
        "she had",
        "Vincenzo Russo",
    ),
    # a club before a role noun says whose coach he is
    (
        "Libertad beat Palmeiras 2-1 on Wednesday.\n\nPalmeiras coach Marcelo Vieira said "
        "his side had been punished. She said the defeat was painful.",
        "She said",
        "Marcelo Vieira",
    ),
    # a country's possessive before her name, named elsewhere too, is no rival
    (
        "Spain’s Laura Ortega announces retirement\n\nLaura Ortega announced her retirement "
        "on Tuesday, saying an injury had left her unable to compete at the level he "
        "wanted. In 2019 she helped Spain reach the final.",
        "he wanted",
        "Laura Ortega",
    ),
    # "French newspapers" is no short form of "the French Open", which is no woman
    (
        "Laura Ortega, a former French Open finalist, announced her retirement, saying an "
        "injury had left her unable to compete at the level he wanted. French newspapers "
        "called her a fighter, and she smiled when she read it.",
        "he wanted",
        "Laura Ortega",
    ),
    # a place in what the minister said does not stop him from going on speaking
    (
        "Trade Minister Daniel Cho said the government would negotiate with Washington "
        "over tariffs. She said exports would rise.",
        "She said",
        "Daniel Cho",
    ),
    # a paragraph that opens by naming its man in full: the woman before has left the stage
    (
        "Dewi Lestari spoke in Jakarta. She said the agency was busy.\n\nVillage chief "
        "Budi Santoso said she had been woken by thunder.",
        "she had",
        "Budi Santoso",
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        # past an acronym but after a verb, "Lee, who" is a person of unknown gender
        "Martina Keller said CNN Lee, who heads the network, agreed. He said the ice was thinning.",
        # "a local who…" is someone
        "Joyce Akinyi thanked a local who had helped the rangers. He said the programme had grown.",
        # the magistrate is someone else when the age's apposition is over
        "Vincenzo Russo, 71, met a retired magistrate who has had a season ticket for 40 "
        "years. She said she had never used a phone there.",
        # the role noun still belongs to the name after it
        "Marcelo Vieira said Palmeiras coach Ana Souza was right. She said the defeat was painful.",
        # a person's possessive before a name is a person
        "Pedro Sanz’s Laura Ortega wins again\n\nLaura Ortega beat her rival on Tuesday, "
        "saying she had played at the level he wanted.",
        # not reported speech: Washington may be who "she" is
        "Trade Minister Daniel Cho will negotiate with Washington over tariffs. She said "
        "exports would rise.",
        # a person in what he said: "she" may be Lim
        "Trade Minister Daniel Cho said the government would negotiate with Lim, who "
        "leads the talks. She said exports would rise.",
        # a lawyer opening a paragraph speaks of the client named before it
        "Maria Lopez was arrested on Monday. She denied the charges.\n\nDefence lawyer John "
        "Smith said she was innocent.",
        # the name does not open its sentence
        "Maria Lopez was arrested on Monday. She denied the charges.\n\nEarlier, John Smith "
        "said she was innocent.",
        # "his cousin and her children": the cousin is someone "her" can mean
        "Santoso said he had been woken by thunder. He said his cousin and her three "
        "children were missing.",
    ],
)
def test_recovered_antecedents_near_misses(text):
    assert run("pronoun.gender", text) == []


def test_a_person_named_like_a_nationality_is_still_a_person():
    text = "Helen French opened the show on Monday. French said he was nervous."
    (issue,) = run("pronoun.gender", text)
    assert issue.offset == text.index("he was") and "Helen French" in issue.message


def test_a_paragraph_opener_with_a_pronoun_for_her_already_leaves_he_to_someone_else():
    text = (
        "Haruto Sato won the title on Sunday. He said he had not slept.\n\nTeacher Yumiko "
        "Tanaka said she had known he was special from the age of nine."
    )
    assert run("pronoun.gender", text) == []


def test_a_possessive_for_the_paragraph_opener_does_not_hand_he_to_someone_else():
    text = (
        "Tomas Berg said both sides had reasons to talk.\n\nKatrin Vogel told the channel "
        "that her door remained open and that he was ready to discuss other demands."
    )
    (issue,) = run("pronoun.gender", text)
    assert issue.offset == text.index("he was") and "Katrin Vogel" in issue.message


# Pools fresh_c, fresh_d and fresh_e (2026-12-01 evening), each written anew: a wrong
# pronoun past a place named by "the town of", a role played on stage, a common word
# opening a sentence, and a speaker inside what the paragraph's opener reports.
_PLACES_ROLES_SPEAKERS = [
    (
        "Ibrahima Sow spoke at a meeting in the fishing town of Mbour.\n\nAwa Diop, 46, has "
        "fished out of Mbour since he was 14. She said the catches had halved.",
        "he was",
        "Awa Diop",
    ),
    (
        "Leila Moradi, who moved to Paris in 2010, plays Electra with great calm. For long "
        "stretches he barely speaks.",
        "he barely",
        "Leila Moradi",
    ),
    (
        "Jonas Berg said the port had changed. Bulk cargo needed cranes and belts, she "
        "said, while containers needed drivers.",
        "she said",
        "Jonas Berg",
    ),
    (
        "Piotr Lis said the union would not back down.\n\nAnna Kowal told the radio that "
        "her door was open and that she would discuss smaller classes, which he said would "
        "cost little.",
        "he said",
        "Anna Kowal",
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        # Kelvor is never shown to be a place (nor is it a large city's name): it may be a
        # woman
        "Ibrahima Sow spoke at a meeting with Kelvor.\n\nAwa Diop, 46, has fished beside "
        "Kelvor since he was 14.",
        # Electra is someone the actress meets, not her part
        "Leila Moradi, who moved to Paris in 2010, meets Electra every week. For long "
        "stretches he barely speaks.",
        # a rare word opening a sentence before a verb may be a person
        "Jonas Berg said the port had changed. Quayle needed cranes and belts, he said.",
        # not a speaker: "he" after her own "she" is someone else
        "Piotr Lis said the union would not back down.\n\nAnna Kowal told the radio that "
        "her door was open and that she knew he was tired.",
    ],
)
def test_places_roles_and_speakers_near_misses(text):
    assert run("pronoun.gender", text) == []


def test_a_given_name_inside_a_full_name_establishes_nothing():
    # "Abdel" opens the short form of "Nour Abdel Hadi" but is part of the surname there:
    # Nour's gender is unknown, so "She" is not flagged.
    text = (
        "Nour Abdel Hadi, an engineer at the university, said pumping was costly.\n\n"
        "“The question is who will pay,” Abdel Hadi said. She said leaks were a problem."
    )
    assert run("pronoun.gender", text) == []


def test_a_given_name_that_opens_the_full_name_still_counts():
    text = (
        "Abdel Karim Hadi, an engineer at the university, said pumping was costly.\n\n"
        "“The question is who will pay,” Karim Hadi said. She said leaks were a problem."
    )
    (issue,) = run("pronoun.gender", text)
    assert issue.offset == text.index("She said")


@pytest.mark.parametrize(
    ("text", "at", "fix"),
    [
        (
            "Headmistress Ebere Okafor opened the library. He said the pupils raised the money.",
            "He said",
            "She",
        ),
        (
            "Ebere Okafor, a headmistress, opened the library. He said the pupils raised it.",
            "He said",
            "She",
        ),
        (
            "Stepfather Ebere Okafor opened the library. She said the pupils raised the money.",
            "She said",
            "He",
        ),
    ],
)
def test_a_title_that_says_the_gender_establishes_it_for_an_unknown_given_name(text, at, fix):
    (issue,) = run("pronoun.gender", text)
    assert issue.offset == text.index(at) and issue.replacements[0] == fix
    assert "a title or role" in issue.message


@pytest.mark.parametrize(
    "text",
    [
        # no title: an unknown given name establishes nothing
        "Ebere Okafor opened the library. He said the pupils raised the money.",
        # a headmistress standing alone is someone "she" may mean
        "Tunde Bakare met a headmistress in Lagos. She said the pupils raised the money.",
        # a jury foreman may be a woman: weight 1 alone establishes nothing
        "Foreman Ebere Okafor read the verdict. She said the jury had agreed.",
    ],
)
def test_gendered_titles_near_misses(text):
    assert run("pronoun.gender", text) == []


@pytest.mark.parametrize("noun", ["nun", "nurse", "woman"])
def test_a_person_in_a_place_is_someone_she_may_mean(noun):
    # "a nun in Lagos": the place's name does not swallow the person before it
    text = f"Tunde Bakare met a {noun} in Lagos. She said the pupils raised the money."
    assert run("pronoun.gender", text) == []


def test_a_place_alone_is_no_one_she_may_mean():
    text = "Tunde Bakare visited a clinic in Lagos. She said the pupils raised the money."
    (issue,) = run("pronoun.gender", text)
    assert issue.offset == text.index("She said") and "Tunde Bakare" in issue.message


# Pool fresh_g (2026-12-01 night), written blind: a "She said" beside a boat or an
# institution's foreign name (a ship is "she", but no ship speaks), a role noun after a
# copula and the words of its own noun phrase ("is a … rail safety consultant who"), and a
# person brought on stage in a paragraph's first sentence by a clause of their own.
_SPEAKERS_PREDICATES_NEWCOMERS = [
    (
        "Lars Brandt, who runs the rescue service, said crews had reached 300 people by boat "
        "and helicopter. She said food had been sent from the capital.",
        "She said",
        "Lars Brandt",
    ),
    (
        "The ferry was late. Lars Brandt studies the climate at the Instituto Marítimo "
        "Austral in Valdivia. She said the storms had grown.",
        "She said",
        "Lars Brandt",
    ),
    (
        "Lars Brandt is a Norwegian port security consultant who has advised ports in "
        "Africa. She said the findings were a warning.",
        "She said",
        "Lars Brandt",
    ),
    (
        "Astrid Lunde won the women's race.\n\nThe men's race went to Lars Brandt, whose "
        "parents moved to Oslo from Ghana before she was born. He won easily.",
        "she was",
        "Lars Brandt",
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        # a ship that sails, or is declared lost, may well be "she"
        "Lars Brandt inspected the ferry in Bergen. She sailed at noon.",
        "Lars Brandt inspected the ferry in Bergen. She was declared a total loss.",
        # a preposition before the role: the consultant is someone else, who may be "she"
        "Lars Brandt was told by a rail safety consultant who had advised railways in Asia. "
        "She said the findings were a warning.",
        # a mother in the newcomer's clause may be "she"
        "Astrid Lunde won the women's race.\n\nThe men's race went to Lars Brandt, whose "
        "mother said she was proud.",
        # named before: no newcomer, so the winner of the paragraph before may be meant
        "Lars Brandt ran in the heats. Astrid Lunde won the women's race.\n\nThe men's race "
        "went to Lars Brandt, whose parents moved to Oslo before she was born.",
        # "whom": the clause's subject is someone else
        "Astrid Lunde won the women's race.\n\nThe men's race went to Lars Brandt, whom she "
        "had beaten in training.",
        # someone else named in the clause before the pronoun
        "Astrid Lunde won the women's race.\n\nThe men's race went to Lars Brandt, whose "
        "coach Maria Holm said she was proud.",
    ],
)
def test_speakers_predicates_and_newcomers_near_misses(text):
    assert run("pronoun.gender", text) == []


# Pool fresh_h (2026-12-01 night): a name that only a possessive tells apart from a place
# ("Gyumri, Armenia's second-largest city": the Armenia of "returning to Armenia", or of a
# ranked city of its own), and one word no one introduces, named after the subject who
# opens the sentence before a "She said" ("represents Sfax"): set aside only when the text
# shows it is a place elsewhere ("in Qelbana"; review of 2026-12-02: the bare word alone
# is no evidence, a woman may be named by her first name).
_PLACES_BY_POSSESSIVE_AND_BARE_WORDS = [
    (
        "Lena Moravec returned to Velmora in 2020.\n\nLena Moravec runs a studio in "
        "Ostrik, Velmora's second-largest city. He said demand had grown.",
        "He said",
        "Lena Moravec",
    ),
    (
        "Lena Moravec runs a studio in Ostrik, Velmora's third city. He said demand had grown.",
        "He said",
        "Lena Moravec",
    ),
    (
        "Lena Moravec runs a studio near Ostrik, Velmora's capital. He said demand had grown.",
        "He said",
        "Lena Moravec",
    ),
    (
        "The bill was debated for hours in Qelbana.\n\nKarim Haddouri represents Qelbana. "
        "She said "
        "families would move their savings abroad.",
        "She said",
        "Karim Haddouri",
    ),
]


# Every wrong-pronoun case above, each list named for what the rule had to see past.
@pytest.mark.parametrize(
    ("text", "at", "person"),
    _RECOVERED
    + _PLACES_ROLES_SPEAKERS
    + _SPEAKERS_PREDICATES_NEWCOMERS
    + _PLACES_BY_POSSESSIVE_AND_BARE_WORDS,
)
def test_wrong_pronoun_names_the_person_it_refers_to(text, at, person):
    (issue,) = run("pronoun.gender", text)
    assert issue.offset == text.index(at)
    assert f"refers to {person}," in issue.message


@pytest.mark.parametrize(
    "text",
    [
        # a person's village is theirs: the owner may be the "he"
        "Lena Moravec visited Ostrik, Vandersloot's village. He said demand had grown.",
        # someone English knows by one name may be the one who speaks
        "Karim Haddouri met Merkel yesterday. She said the talks were useful.",
        # a verb whose object is a person: the bare word is someone
        "Karim Haddouri met Qelbana yesterday. She said the talks were useful.",
        # not a verb of speech: "she" may be the thing named
        "Karim Haddouri represents Qelbana. She has a new harbour.",
        # named before, so someone the text speaks of
        "Qelbana spoke first. Karim Haddouri thanked Qelbana. She said more.",
        # the subject does not open the sentence
        "Later, Karim Haddouri represented Qelbana. She said families would leave.",
    ],
)
def test_possessive_places_and_bare_words_near_misses(text):
    assert run("pronoun.gender", text) == []


# Review of 2026-12-02: a woman named by her first name alone after a man who opens the
# sentence is someone "She said" may mean, whatever the verb; nothing in the text makes
# the bare word a place.
@pytest.mark.parametrize(
    "text",
    [
        "Ahmed Saleh married Rym in 2010. She said the wedding was small.",
        "Mohamed Jaziri coaches Ouided. She said the training was hard.",
        "Karim Mansour employs Sondes. She said the pay was fair.",
        "Walid Ferchichi represents Olfa. She said the case was weak.",
    ],
)
def test_a_bare_first_name_after_the_subject_is_someone(text):
    assert run("pronoun.gender", text) == []


# Pool fresh_i (2026-12-01 night): a role word inside an organisation's name is no title
# of a person ("the Police and Border Guard Board": "Board" is nobody).
def test_a_role_word_inside_an_organisations_name_makes_no_person():
    text = (
        "Tomas Lepp leads the fraud unit of the Customs and Coast Guard Board. She said "
        "officers were working with Europol."
    )
    (issue,) = run("pronoun.gender", text)
    assert issue.offset == text.index("She said") and "refers to Tomas Lepp," in issue.message


@pytest.mark.parametrize(
    "text",
    [
        # a title and a surname after "and": a person, who may be "she"
        "Tomas Lepp met the Minister of Defence and Deputy Prime Minister Kallaste. She "
        "said the talks were useful.",
        # a title before a common-word surname, not inside a longer name
        "Tomas Lepp met Secretary Rice in Tallinn. She said the talks were useful.",
    ],
)
def test_a_role_word_inside_an_organisations_name_near_misses(text):
    assert run("pronoun.gender", text) == []


# Issue 15, pronoun11 (pools fresh_o, fresh_p): who a name and a role can mean.
_VARGA = (
    "Tomas Varga, ferry captain of the Adriatic, dies at 84\n\nTomas Varga, a retired ferry "
    "captain, has died in Split. He was 84.\n\nHis daughter, Ivana Varga, said he died at "
    "home on Friday.\n\n"
)


def test_a_bare_surname_stays_with_the_person_first_named_by_it():
    # the daughter of the same surname does not take "Varga" over: Varga is still he
    text = _VARGA + "Varga taught at the naval school for 40 years. In 1990, she became its head."
    (issue,) = run("pronoun.gender", text)
    assert issue.offset == text.index("she became") and "Tomas Varga" in issue.message
    assert issue.replacements == ("he",)


@pytest.mark.parametrize(
    "text",
    [
        # "Varga" is the captain, so "he" after his pupil's words is him
        _VARGA + "A former pupil, Ana Kralj, said Varga had been strict. Kralj said he never "
        "missed a lesson.",
        # the first bare surname after a namesake relative, not the article's subject's,
        # may be hers: "Ortega said she" is no error
        "Luis Ortega, a miner, was killed in the collapse on Monday. He was 41.\n\nHis "
        "widow, Carmen Ortega, said the company had ignored warnings.\n\nThe company did "
        "not respond.\n\nOrtega said she had not been told of the danger.",
        # the owner of a relative is a person a pronoun after may mean
        "Tomas Varga taught at the naval school for 40 years. He retired in 2001.\n\n"
        "Varga's wife, Ivana Horvat, died in 2019. He is survived by two sons.",
        # "She beat Orosz…. Her result": her person is not Orosz, so no vote makes him she
        "Ana Kralj won the open on Sunday. She beat the veteran Kalman Orosz in the last "
        "round, after he blundered.\n\nHer result also earned her a place in the final, "
        "which she will play next year.\n\nOrosz, 52, said he had played for a win.",
        # a given name that is a woman's in one language and a man's in another
        "Deputy Governor Nino Kapanadze spoke in Tbilisi. She said inflation was falling.",
        # a role the speaker speaks of, brought on with a clause of its own, may speak next
        "Mayor Ingrid Holm said the city had hired an inspector who had worked in Oslo. He "
        "said repairs would take a month.",
    ],
)
def test_relatives_owners_and_earlier_pronouns_near_misses(text):
    assert run("pronoun.gender", text) == []


@pytest.mark.parametrize(
    ("text", "at", "person"),
    [
        # a rank or an honorific before the given name is no given name itself
        (
            "Superintendent Lucia Ferrante said the road was closed. He said it would "
            "reopen on Monday.",
            "He said",
            "Lucia Ferrante",
        ),
        (
            "Datuk Robert Lim opened the new bridge on Sunday. She said it had cost 40 "
            "million ringgit.",
            "She said",
            "Robert Lim",
        ),
        # roles joined by "and" are all the named person's, no one else
        (
            "The firm's founder and chief executive, Grace Achieng, said sales had doubled. "
            "He said the company would hire 50 people.",
            "He said",
            "Grace Achieng",
        ),
        # a bare role the speaker speaks of does not go on speaking: the speaker does
        (
            "Mayor Ingrid Holm said the city's chief building inspector had closed the "
            "bridge. He said repairs would take a month.",
            "He said",
            "Ingrid Holm",
        ),
    ],
)
def test_titles_joined_roles_and_roles_spoken_of(text, at, person):
    (issue,) = run("pronoun.gender", text)
    assert issue.offset == text.index(at) and f"refers to {person}," in issue.message


_LUND = (
    "Ingrid Lund, painter of the northern light, dies at 90\n\nIngrid Lund, whose paintings "
    "of the fjords hang in Oslo, died on Sunday. She was 90.\n\nShe began to paint at 40. "
    "Critics credit Lund with a new way of seeing the coast.\n\n"
)


def test_the_articles_subject_does_not_leave_with_her_paragraph():
    # a paragraph opened by someone new in full still speaks of the article's subject
    text = _LUND + (
        "Peter Holm, a critic who wrote about art for many years, once described her "
        "paintings as cold light."
    )
    assert run("pronoun.gender", text) == []


def test_a_paragraph_opener_still_sets_aside_others_of_the_pronouns_gender():
    # the subject is a woman: "he" is still no one but the curator who opens the paragraph
    text = _LUND.replace("the coast.", "the coast. The poet Tor Dahl praised her early.") + (
        "Ingrid Sand, a curator at the national museum, said he had bought 12 of the paintings."
    )
    (issue,) = run("pronoun.gender", text)
    assert issue.offset == text.index("he had bought") and "refers to Ingrid Sand," in issue.message


def test_a_pronoun_of_someone_else_in_the_sentence_before_casts_no_vote():
    # "He had come…" is the brother: "Diallo said he had called" is no vote that makes her he
    text = (
        "The river flooded the town on Monday.\n\nFatou Diallo said he had lost her younger "
        "brother in the flood. He had come to the town in May, she said. Diallo said he had "
        "called their mother on Friday."
    )
    (issue,) = run("pronoun.gender", text)
    assert issue.offset == text.index("he had lost") and issue.replacements == ("she",)


def test_the_part_an_actor_plays_is_no_one_else():
    # "the one character who…" is the daughter-in-law the actor plays, not someone for "he"
    text = (
        "Anna Reid plays Lisa Holm's Danish daughter-in-law, the one character who speaks no "
        "Swedish, and much of the fun comes from her attempts to follow talks in which he is "
        "the subject."
    )
    (issue,) = run("pronoun.gender", text)
    assert issue.offset == text.index("he is the") and issue.replacements == ("she",)


@pytest.mark.parametrize(
    "text",
    [
        # a person in the part's own clause is someone else
        "Anna Reid plays a mother who loses her son when he is ten.",
        # a part played by someone else after "and"
        "Anna Reid plays the lead, and a young actor plays her son; he is very good.",
    ],
)
def test_the_part_an_actor_plays_near_misses(text):
    assert run("pronoun.gender", text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a number word opening a sentence is no one's name ("Eleven Danish" is no person)
        "Eleven Danish nurses still work at the clinic. One of them, Dr. Peter Holm, a "
        "surgeon who has lived in Dili since 2011, said «she» had cried during the ceremony.",
        # a boat is "she" but is never nervous and never hopes: a person is meant
        "Peter Holm took the tourists out in a small boat, guided by radio from the shore. He "
        "said «she» had never been so nervous at sea.",
        "Peter Holm sailed the old ferry to the island for 30 years. Later «she» hoped to "
        "retire there.",
        # ... and accepts no result: a verb of stance is a person's
        "Jonas Tamberg defended the island's ferry contract in the campaign. The minister, "
        "Jonas Tamberg, said «she» accepted the result.",
        # ... and learns no trade
        "Peter Holm fished from a small wooden boat for 60 years, and «she» specialized in "
        "octopus.",
        # ... and is never told: only a person is
        "The cruise ship left port early. A local port agent, Peter Holm, said «she» had been "
        "told that the ship would return in March.",
    ],
)
def test_number_words_and_a_mind_make_no_one_else(text):
    at = text.index("«")
    clean = text.replace("«", "").replace("»", "")
    (issue,) = run("pronoun.gender", clean)
    assert issue.offset == at and issue.replacements == ("he",)


@pytest.mark.parametrize(
    "text",
    [
        "Peter Holm sailed the old ferry to the island for 30 years. She was built in Bergen "
        "in 1961.",
        "Peter Holm took the tourists out in a small boat. He said she had never been so fast.",
        # a ship may be warned, or told to turn back
        "Peter Holm took the tourists out in a small boat. He said she had been warned of the "
        "storm by radio.",
        "Peter Holm sailed the old ferry to the island for 30 years. He said she had been told "
        "by the coastguard to turn back because of the storm.",
    ],
)
def test_a_ship_that_is_built_or_fast_is_still_she(text):
    assert run("pronoun.gender", text) == []


# A name after a lower-case adjective of a part of a land is a place ("of northern Poland"),
# never a person a pronoun could mean; a person named there still is.
def test_a_name_after_a_place_adjective_is_a_place():
    text = (
        "Petra Novak, a potter who spent years recording the crafts of the Kashubians, the "
        "small people of northern Poland, has died in Gdynia. He was 91."
    )
    (issue,) = run("pronoun.gender", text)
    assert issue.offset == text.index("He was") and issue.replacements == ("She",)


def test_a_person_after_a_place_adjective_place_still_blocks():
    text = "Petra Novak met Lindqvist, a buyer from eastern Sweden. He said the price was fair."
    assert run("pronoun.gender", text) == []


# A second role joined by "and" inside the apposition after a name is the name's too; a
# role after the apposition's closing comma is someone else's.
def test_a_joined_role_in_apposition_is_the_names():
    text = (
        "Ingrid Solberg, the Centre Party's leader and the mayor of the largest town, said "
        "he would stand again."
    )
    (issue,) = run("pronoun.gender", text)
    assert issue.offset == text.index("he would") and issue.replacements == ("she",)


@pytest.mark.parametrize(
    "text",
    [
        "Ingrid Solberg, the Centre Party's leader, and the mayor of the largest town said "
        "he would stand again.",
        "Ingrid Solberg, the Centre Party's leader and the mayor's deputy, met the mayor. He "
        "said the talks were useful.",
    ],
)
def test_a_role_outside_the_apposition_is_someone_else(text):
    assert run("pronoun.gender", text) == []


# A singular person noun before a bare noun that is no past tense is a compound's modifier
# ("a guest house", "the student protest"): a subject's verb would be inflected.
@pytest.mark.parametrize(
    "middle",
    ["runs a guest house on the island", "backed the student protest on the island"],
)
def test_a_person_noun_modifying_a_noun_is_no_one(middle):
    text = (
        f"Karin Dahl, who {middle}, said many of her neighbours were leaving. He said the "
        "ferry was late."
    )
    (issue,) = run("pronoun.gender", text)
    assert issue.offset == text.index("He said") and issue.replacements == ("She",)


@pytest.mark.parametrize(
    "text",
    [
        "Karin Dahl met a guest at the hotel. He said the ferry was late.",
        # "helped the guest plan": a bare verb after the object of "help"
        "Karin Dahl helped the guest plan the trip. He said the ferry was late.",
        # a past tense that is its bare form too: the guest is the subject
        "Karin Dahl stood back and the guest cut the ribbon. He said the ferry was late.",
        # machine translation's bare verb with its object or clause after it
        "Karin Dahl left early. Her driver say he was tired.",
        "Karin Dahl left early, and the guest plan to stay because he was tired.",
    ],
)
def test_a_person_noun_before_a_verb_still_blocks(text):
    assert run("pronoun.gender", text) == []


# In an article about a woman, a "she" in what someone else is reported to say may be her:
# it is no vote that makes the speaker a woman.
_CHOIR = (
    "Jorin Brekke, who sang in the choir, said she had been strict but kind. Brekke said "
    "she rehearsed every phrase.\n\n“She never gave up,” he said."
)


def test_the_subjects_pronoun_in_a_report_is_no_vote_for_the_speaker():
    text = (
        "Eva Lindholm, who led a town choir, dies at 90\n\nEva Lindholm, who led the town "
        "choir for four decades, has died. She was 90.\n\nHer daughter said she died at "
        "home. Lindholm founded the choir in 1960.\n\n" + _CHOIR
    )
    assert run("pronoun.gender", text) == []


def test_without_a_subject_of_that_gender_the_report_votes_for_the_speaker():
    text = "The town choir gave its last concert on Sunday.\n\n" + _CHOIR
    (issue,) = run("pronoun.gender", text)
    assert issue.offset == text.index("he said") and issue.replacements == ("she",)


# pron14: a definite description that says who the person is by nationality or age, opening
# the sentence after the one the person opens, is that person.
_EPITHET = (
    "Jonas Keller was on his second trip to Lisbon. The {} architect said the city "
    "had changed more than she expected."
)


@pytest.mark.parametrize("modifier", ["Swiss", "61-year-old"])
def test_a_description_after_the_persons_sentence_is_the_person(modifier):
    text = _EPITHET.format(modifier)
    (issue,) = run("pronoun.gender", text)
    assert issue.offset == text.index("she expected") and issue.replacements == ("he",)


# A common word written as a name before a word that can only be a noun is a breed or a
# variety, no one the pronoun could mean.
@pytest.mark.parametrize("herd", ["Jersey cattle", "Angora goats"])
def test_a_breed_before_a_noun_is_no_one(herd):
    text = (
        f"Pablo Serrano, whose family has kept {herd} since his grandfather arrived in 1911, "
        "said she had sold 40 animals this year."
    )
    (issue,) = run("pronoun.gender", text)
    assert issue.offset == text.index("she had") and issue.replacements == ("he",)


# A dateline's country and a land's quarter are places, not people of unknown gender.
@pytest.mark.parametrize(
    "opening",
    [
        "VALDIVIA, Chile — Rosa Pérez, a poet who wrote about the rain, has died in Valdivia.",
        "Rosa Pérez, whose poems made Chile’s far south famous, has died.",
    ],
)
def test_a_dateline_country_or_a_lands_quarter_is_a_place(opening):
    text = (
        opening + " He was 90.\n\nHer death was announced by her publisher. Chile gave her "
        "its national prize in 2004. She wrote 14 books."
    )
    (issue,) = run("pronoun.gender", text)
    assert issue.offset == text.index("He was") and issue.replacements == ("She",)


_QUIET_PRON14 = [
    # an epithet of someone else: a pronoun of the named person's gender in its sentence
    "Ingrid Sand was on her first visit to the port. The Danish captain said he had "
    "waited for her all week.",
    "Ingrid Sand was back in Tromsø. The Norwegian skipper said he had kept her old cabin free.",
    # someone else named or described between the person and the description
    "Ingrid Sand met a guide at the station. The Kenyan guide said he had walked it twice.",
    "Ingrid Sand met the mayor on Monday. The Swedish mayor said he would visit the site.",
    "Karin Holt toured the mine with Pablo Ruiz. The Chilean engineer said he "
    "expected the shaft to reopen.",
    # a description in a new paragraph, or not right after the person's sentence
    "Ingrid Sand was on her third visit.\n\nThe German painter said he had never "
    "seen the square so full.",
    "Ingrid Sand was on her third visit. The square was full. The German painter "
    "said he had never seen it so.",
    # a bare role, with no nationality or age: it may be someone new
    "Ingrid Sand was on her third visit. The painter said he had never seen the square so full.",
    "Ingrid Sand opened the fair. The organiser said he was pleased with the crowds.",
    # a role held for someone else
    "Ingrid Sand was released on Friday. The French lawyer said he would appeal the fine.",
    "Ingrid Sand was not at the hearing. The 40-year-old spokesman said he had no comment.",
    # the person is not the subject that opens the sentence before
    "The jury cleared Ingrid Sand on Monday. The 52-year-old juror said he had doubts "
    "from the start.",
    # a kin noun of the other gender
    "Ingrid Sand was on her first visit to Aksum. The German husband said he had "
    "planned it for years.",
    # a common-word name before a noun that is a person after all
    "Ahmed Saleh married Rym. She said the wedding was small.",
    "Ahmed Saleh thanked Rym warmly. She said the farm was hers now.",
    # two people of different genders in one paragraph, referent unclear
    "Lena Vogt and Tomas Falk ran the bakery. She said the oven was older than the shop.",
    "Lena Vogt sold the farm to Tomas Falk in May. He said the price was fair.",
    "Tomas Falk hired Lena Vogt in 2019. She said the work was hard.",
    "Tomas Falk met Lena Vogt in Bonn. Vogt said he had promised to call.",
    "Lena Vogt, who trained under Tomas Falk, said he taught her everything.",
    "Tomas Falk, whose daughter Mira runs the shop now, said she had doubled the sales.",
    # quoted speakers
    "“He never gave up,” Lena Vogt said of her late father.",
    "Lena Vogt said: “He was the best teacher I had.”",
    "Tomas Falk smiled. “She will win again,” he said of his pupil.",
    "“She is fast,” Tomas Falk said of the new ferry.",
    # kin nouns
    "Lena Vogt lost her brother in the flood. He was 34.",
    "Tomas Falk was there with his wife. She said the water came at night.",
    "Tomas Falk's mother ran the shop until 1990. She died in 2004.",
    "Lena Vogt's son, Jonas, said he would keep the boat.",
    "Lena Vogt's lawyer, Tomas Falk, said his client had been ill. He said she would appeal.",
    # a profile of a woman: possessives in others' clauses are hers
    "Eva Lind, who recorded dialects for 40 years, has died. She was 91.\n\nShe "
    "taught in three villages. Her grammar is still used.\n\nJon Aas, an archivist "
    "who catalogued her notebooks, said the collection was unique.",
    "Eva Lind, who recorded dialects for 40 years, has died. She was 91.\n\nShe sang "
    "in the choir until 2010. Her voice was low.\n\nPer Moen, a cantor who recorded "
    "her songs, said no one sang like that.",
    "Mirja Koski has won the national prize. She is 64.\n\nHer novels sold slowly at "
    "first.\n\nAnders Viik, the editor who bought her first book, said he knew at "
    "once.",
    # a profile of a man: the same the other way
    "Olav Dahl, the painter, has died. He was 80.\n\nHe painted the fjord for 50 "
    "years. His studio is a museum now.\n\nSara Holm, a curator who restored his "
    "canvases, said the colours were fragile.",
    # a dateline country and a land's quarter
    "TROMSØ, Norway — Lena Vogt has died. She was 70. Norway honoured her in 2001.",
    "BERGEN, Norway (AP) — Lena Vogt, a painter, said she would close the gallery.",
    "Lena Vogt grew up in Norway's far north. She said winters were long.",
    # a breed or variety before a noun, after a person of the pronoun's gender
    "Tomas Falk keeps Jersey cows. His wife, Lena, said she milks them at five.",
    "Lena Vogt raises Angora goats with Tomas Falk. He said mohair prices had fallen.",
    # a ship or a country is she
    "Tomas Falk commanded the ferry Aurora for ten years. She sailed from Hull in 1998.",
    # the description names a woman after a man, and a woman speaks
    "Tomas Falk was on his first visit. The Austrian actress said she was delighted to meet him.",
    # object pronouns after a subject
    "Tomas Falk said he had told her nothing about the sale.",
    "Lena Vogt called him twice, she said.",
    # an article's subject in someone's report
    "Eva Lind has died. She was 91.\n\nHer pupils remember her well. Jon Aas said "
    "she was strict but kind.",
]


@pytest.mark.parametrize("text", _QUIET_PRON14)
def test_two_people_quoted_speakers_and_kin_stay_quiet(text):
    assert run("pronoun.gender", text) == []


# review14c: a description after a person who was acted on, or narrowed by what follows its
# noun, may be the other party: it stays someone of unknown gender.
_QUIET_COUNTERPART = [
    "Hans Becker was convicted of fraud. The German prosecutor said she would not appeal.",
    "Carlos Mendes was sentenced to six years. The 19-year-old witness said she was relieved.",
    "Hugo Lenz has been charged with arson. The 30-year-old Swiss tenant said she lost everything.",
    "Samuel Okoye died in the crash. The 45-year-old driver of the lorry said she had not "
    "seen the car.",
    "Arjun Mehta spoke to police. The 16-year-old Indian student who filmed the attack said "
    "she was still shaken.",
]


@pytest.mark.parametrize("text", _QUIET_COUNTERPART)
def test_a_description_of_the_other_party_stays_quiet(text):
    assert run("pronoun.gender", text) == []


# A possessive opening a name's apposition is someone else's: no one is their own cousin.
@pytest.mark.parametrize(
    "text",
    [
        "Omar Diallo left Dakar in 2010.\n\nFatou Ndiaye, his cousin, said she had not heard "
        "from him since.",
        "Rosa Lind ran the farm alone.\n\nPer Lind, her nephew, said he would take it over.",
    ],
)
def test_a_possessive_opening_a_names_apposition_stays_quiet(text):
    assert run("pronoun.gender", text) == []


def test_a_wrong_possessive_after_the_apposition_is_still_flagged():
    text = "Fatou Ndiaye, a baker from Thiès, said his oven was older than the shop. She is 60."
    (issue,) = run("pronoun.gender", text)
    assert issue.offset == text.index("his oven")


# A name ending a body's name after "of" is the body's place or founder, not a person "who"
# speaks of: "who" is the person before the body.
@pytest.mark.parametrize(
    "body", ["University of Grenoble", "Bank of Lisbon", "Institute of Kessel"]
)
def test_a_name_inside_a_body_name_before_who_is_no_one(body):
    text = (
        f"Dr. Marta Kessel, a hydrologist at the {body} who was not part of the team, said "
        "the data were sound. He said more gauges would help."
    )
    (issue,) = run("pronoun.gender", text)
    assert issue.offset == text.index("He said") and issue.replacements == ("She",)


def test_a_person_after_of_before_who_still_counts():
    text = "Dr. Marta Kessel met a friend of Tomas who was visiting. He said the data were sound."
    assert run("pronoun.gender", text) == []


# pron15: the speaker's own report after an opening phrase of place or time, the pronoun of
# an opening phrase that points forward (a vote, past a dateline), a kind listed among plural
# people, and a place a report follows: the wrong pronoun flagged, the right one quiet.
_OWN_REPORT = [
    (
        "Bruno Carvalho, the harbour master, said the quay would close. The storms had "
        "cracked it twice this winter.\n\nAt the fish market on Tuesday, Ingrid Solberg, 71, "
        "said «he» had sold cod there since 1970.",
        "she",
    ),
    (
        "Pavel Novak, a former mayor, said the plan was rushed. The vote is set for "
        "May.\n\nOutside the town hall, Petra Horvath, 39, told reporters «he» would "
        "vote against it.",
        "she",
    ),
    (
        "Lucia Ferrante, a nurse, said the ward was full. Four beds stood in the "
        "corridor.\n\nDuring the night shift, Tomasz Wielgus, 44, said «she» had seen no doctor "
        "for hours.",
        "he",
    ),
    (
        "A violin maker's late album\n\nIn her years as a village teacher near Linz, Helga "
        "Vogel made violins for farmers, for teachers and, once, for a visiting bishop. Now "
        "84, «he» has recorded an album.\n\nVogel was born in 1942. Vogel still plays every "
        "day.",
        "she",
    ),
    (
        # (a team's kinds of people, no one of them: "a retired dentist" after them would
        # be a person the pronoun may mean in a text whose subject is unsure)
        "In his first season as coach, Henrik Dahl won the cup with a team of students, "
        "fishermen and dockworkers. At 52, «she» is now the longest-serving coach in "
        "the league.",
        "he",
    ),
]


@pytest.mark.parametrize(("marked", "right"), _OWN_REPORT)
def test_the_speakers_own_report_and_forward_pronouns(marked, right):
    at, wrong = marked.index("«"), marked[marked.index("«") + 1 : marked.index("»")]
    text = marked.replace("«", "").replace("»", "")
    (issue,) = run("pronoun.gender", text)
    assert issue.offset == at and issue.replacements[0] == right
    right = right if wrong[0].islower() else right.capitalize()
    fixed = text[:at] + right + text[at + len(wrong) :]
    assert run("pronoun.gender", fixed) == []


@pytest.mark.parametrize("opening", ["", "DAKAR, Senegal — "])
def test_an_opening_phrases_pronoun_votes_for_the_name_after_it(opening):
    text = (
        f"{opening}In her first season, Ndeye Faye won the league with a club of students. "
        "Faye kept her place in the team. In 2020, he was named captain."
    )
    (issue,) = run("pronoun.gender", text)
    assert issue.offset == text.index("he was") and issue.replacements == ("she",)
    assert run("pronoun.gender", text.replace("he was", "she was")) == []


# pron15: passages that must stay quiet (invented): the speaker's own report with the right
# pronoun, two people of different genders, quoted speech, relatives and roles, a listed
# kind, a ship, the headline and lede agreeing.
_QUIET_PRON15 = [
    "At the fish market on Tuesday, Ingrid Solberg, 71, said she had sold cod there since 1970.",
    "Outside the town hall, Petra Horvath, 39, told reporters she would vote against the plan.",
    "During the night shift, Tomasz Wielgus, 44, said he had seen no doctor for hours.",
    "On the platform, Andrzej Kowal, 58, a driver from Leszno, said he had waited since 2019.",
    "At the ferry dock, Elena Marin, 66, said she had waited two hours for the boat.",
    "Outside the court, Maria Lopez told Daniel Ortega that he had lost.",
    "Helga Vogel met Lars Eriksen in March. She said he had promised to sell the farm.",
    "Lars Eriksen met Helga Vogel in March. He said she had promised to sell the farm.",
    "Anna Berg, the mayor, thanked Jorge Molina, who had led the rescue. He said the "
    "river rose in an hour.",
    "Miguel Torres sold the boat to Sofia Lind last year. She said it had leaked from the start.",
    "Beatriz Nunes and her brother Jorge run the bakery. He bakes the bread; she keeps the books.",
    "Olga Petrenko interviewed Henrik Dahl for the podcast. He said the club needed a new stadium.",
    "Pavel Novak was arrested on Monday.\n\nIn a statement, Petra Horvath said he would appeal.",
    "Pavel Novak was arrested on Monday.\n\nHis lawyer, Petra Horvath, 51, said he would appeal.",
    "Jorge Molina was fined last week.\n\nAt the hearing, Ana Ruiz, his sister, said he "
    "had been unwell.",
    "Henrik Dahl died in March.\n\nAt the funeral, Elena Marin, a neighbour, said he had "
    "never missed a match.",
    '"He never came back," Ingrid Solberg said of her brother.',
    'Lars Eriksen said: "She told me the farm was sold."',
    '"She was the best coach we had," Henrik Dahl, 61, said of his predecessor.',
    'Helga Vogel, 70, remembers the flood. "He carried me on his back," she said of her father.',
    "In her first year as mayor, Anna Berg closed two schools. She later said the cuts "
    "were needed.",
    "For most of his career, Jonas Berg sold paintings to dealers, to collectors and to a "
    "curator. He kept the best ones.",
    "After his speech, Lars Eriksen took questions. He said the plant would stay open.",
    "Jan Novak spoke first. After his speech, Maria Lopez said the minister had promised nothing.",
    "Henrik Dahl retired in May. Since his departure, Sofia Lind has run the club alone.",
    "Throughout her trial, Elena Marin said nothing. Her lawyer spoke for her.",
    "Helga Vogel sold violins to farmers, to teachers and, once, to a bishop. She kept "
    "one for herself.",
    "Helga Vogel sold a violin to a bishop. He played it at Easter.",
    "Ingrid Solberg met a bishop on the ferry. He blessed her catch.",
    "Jorge Molina hired cooks, waiters and a chef. She had trained in Lyon.",
    "Andrzej Kowal, 58, a driver from Leszno, said he had waited for the line.\n\nThe "
    "company runs depots in Gdynia, Leszno and Poznan.",
    "Ewa Nowak, 34, a nurse from Leszno, said she had driven all night.\n\nThe company "
    "runs depots in Gdynia, Leszno and Poznan.",
    "Sofia Lind, 44, said her husband had lost his job at the mill.",
    "Miguel Torres, 52, said his daughter had moved to Lisbon, where she teaches.",
    "Elena Marin told reporters her son had been detained. He is 19.",
    "Lars Eriksen said his wife had found the dog. She had looked for it for two days.",
    "Anna Berg, the coach, said her striker was injured. He will miss the final.",
    "Henrik Dahl, the minister, said his deputy would travel instead. She leaves on Monday.",
    "A potter opens the shop she dreamt of\n\nFor most of her life, Helga Vogel sold bowls "
    "from her kitchen. At 84, she has a shop on the square.",
    "A fisherman's last season\n\nFor most of his life, Lars Eriksen fished for cod. At "
    "80, he has sold his boat.",
    "Captain Lars Eriksen took the ferry out at dawn. She was carrying 200 passengers.",
    "Miguel Torres bought the trawler in 2010. He said she was the fastest boat in the port.",
    "Ingrid Solberg, 71, said a customer had complained. He wanted his money back.",
    "Jorge Molina said a nurse had stayed with him all night. She was paid nothing for it.",
    "Elena Marin spoke to a guard at the gate. He said the road was closed.",
]


@pytest.mark.parametrize("text", _QUIET_PRON15)
def test_reports_kinds_and_two_people_stay_quiet(text):
    assert run("pronoun.gender", text) == []


def test_a_headlines_pronoun_votes_for_the_ledes_person():
    text = (
        "A weaver opens the studio she always wanted\n\nZaneta Kruus, a weaver from Ruse, "
        "rented her first studio at 80. In 1970, he opened a workshop near the harbour."
    )
    (issue,) = run("pronoun.gender", text)
    assert issue.offset == text.index("he opened") and issue.replacements == ("she",)
    assert run("pronoun.gender", text.replace("he opened", "she opened")) == []


# review15c: a list a verb takes as its object introduces people a pronoun may pick up, and a
# pronoun opening the next sentence picks up the last person listed: no "listed kind" there.
_LISTED_BUT_ON_STAGE = [
    "Oskar Vendel was in Tallinn on Monday. Vendel met bankers, economists and a reporter. "
    "She asked him about rents. Vendel declined to answer. Vendel left at noon.",
    "Ruben Tasso owns the club. Tasso hired coaches, scouts and a doctor. She has worked "
    "with three national teams. Tasso said the staff were the best in the league.",
    "Ilan Korver writes in Haifa. Korver thanked translators, editors and a literary agent. "
    "She had sold his first book abroad. Korver lives alone. Korver rarely gives interviews.",
    "Joost Vanlo has led the province since 2015. Vanlo has pardoned judges, officials and "
    "a deputy director. She had hidden the accounts, prosecutors said. Vanlo denied it.",
    "Marek Sollen wrote in Krakow. Sollen sent drafts to friends, to critics and to an "
    "editor. She cut a hundred pages. Sollen accepted every cut. Sollen thanked her.",
]


@pytest.mark.parametrize("text", _LISTED_BUT_ON_STAGE)
def test_a_listed_person_a_verb_takes_or_the_next_sentence_opens_on_stays_on_stage(text):
    assert run("pronoun.gender", text) == []


@pytest.mark.parametrize("opening", ["", "VARNA, Bulgaria — "])
def test_an_opening_phrases_pronoun_is_not_the_possessors_after_the_comma(opening):
    # "For most of his life, Mara Lindqvet's husband…": the husband's life, not hers
    text = (
        f"{opening}For most of his life, Mara Lindqvet's husband, Aleksi Lindqvet, was a "
        "ferry pilot. Mara Lindqvet said she had never once sailed with him."
    )
    assert run("pronoun.gender", text) == []


# review15c: a newcomer after an opening phrase reports on someone the sentence before the
# paragraph still has on stage: "he" may be that person's (a vox pop on a public figure).
_VOX_POP = [
    "Tomas Hradil played his last match on Sunday.\n\nAt the club, Jana Sedlak, 60, said he "
    "had given the town 20 years of joy.",
    "Mirela Vasic played her last match on Sunday.\n\nAt the club, Dusan Pavic, 49, said she "
    "had thanked him by name.",
    "Bishop Anton Lisko arrived on Thursday.\n\nAt the cathedral, Maria Dobos, 47, said he "
    "had blessed every child in the front row.",
    "Ivo Marsic visited the plant in March. He stayed an hour.\n\nOutside the gate, Vera "
    "Holub, 41, told reporters he had walked past without a word.",
    "The senator, Edita Rusk, toured the mill on Monday.\n\nAt a union hall, Karel Benes, 55, "
    "told reporters she had listened for an hour.",
]


@pytest.mark.parametrize("text", _VOX_POP)
def test_a_newcomers_report_on_someone_still_on_stage_stays_quiet(text):
    assert run("pronoun.gender", text) == []


# review15c: a headline that speaks of a relative is about two people: its pronoun is no vote
# for the lede's person (given names no list knows: the headline's pronoun is the only sign
# of a gender there).
_KIN_HEADLINES = [
    "He never met his daughter\n\nThida Lwin Oo was two when her father, General Thura Lwin, "
    "was assassinated.",
    "Her father's daughter\n\nKelvari Morell said on Tuesday that she would not join his campaign.",
]


@pytest.mark.parametrize("text", _KIN_HEADLINES)
def test_a_headline_about_a_relative_is_no_vote_for_the_ledes_person(text):
    assert run("pronoun.gender", text) == []


# review15c: "In her absence, Name…": a possessive before a noun of another person's part
# does not point forward to the subject after the comma.
_OTHERS_PART = [
    "In her absence, Kojo Amanfo chaired the meeting. Amanfo said the budget would pass. He "
    "thanked the minister.",
    "On her behalf, Themba Sithole accepted the award. Sithole said she had wanted to be there.",
    "With his blessing, Ifeoma Nwachi took over the restaurant. Nwachi has since opened two more.",
    "At his request, Ngozi Adaku delayed the vote. Adaku said she had agreed at once.",
]


@pytest.mark.parametrize("text", _OTHERS_PART)
def test_an_opening_phrase_of_someone_elses_part_does_not_point_forward(text):
    assert run("pronoun.gender", text) == []


_SHARED_SURNAME = (
    "Lucia Ortega-Brandt, 61, won the seat against Tomas Brandt, a teacher, who said he had"
    " expected a closer count.\n\nOrtega-Brandt said she would start on Monday.\n\n"
    "Brandt conceded at dawn. {} said {} had called her."
)


def test_a_bare_surname_is_the_person_who_bears_it_whole_not_a_double_surnames_half():
    # "Ortega-Brandt" is how the text calls her: a bare "Brandt" is Tomas, however lately she
    # was named.
    assert run("pronoun.gender", _SHARED_SURNAME.format("He", "he")) == []


def test_a_double_surnames_half_alone_still_names_her_when_nobody_bears_it_whole():
    text = (
        "Lucia Ortega-Brandt, 61, won the seat, her second.\n\nOrtega-Brandt said she would"
        " start on Monday, and she thanked her staff.\n\nBrandt said he had called the governor."
    )
    (issue,) = run("pronoun.gender", text)
    assert issue.matched(text) == "he"


def test_a_husband_who_bears_the_surname_whole_takes_it_though_named_as_her_relative():
    text = (
        "Rosa Lindqvist-Hale, who farms with her husband, Arne Hale, said the harvest was the"
        " best she had seen.\n\nLindqvist-Hale said she had hired six pickers.\n\nHale said"
        " the pickers were paid by the crate. He said the work was hard."
    )
    assert run("pronoun.gender", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Mira Holm plays the heroine. Holm is 26 and in her first lead role; she moves as if"
        " she were at home.\n\nHer opposite is the king, who rules from behind a screen and is"
        " heard long before he is seen.",
        "Anna Varga chaired the jury, and she read the verdict. The winner was a young man who"
        " said he had written the book in a year.",
    ],
)
def test_a_person_noun_after_a_copula_with_a_common_noun_subject_is_someone_new(text):
    assert run("pronoun.gender", text) == []


def test_a_person_noun_after_as_and_an_object_is_the_subject_again():
    # "as a biologist" follows "studied the whales", no subject: Ingrid is the biologist.
    text = (
        "Ingrid Ostby has studied the whales of the fjord as a marine biologist since 2011."
        " He said the herd had grown."
    )
    (issue,) = run("pronoun.gender", text)
    assert issue.matched(text) == "He"


@pytest.mark.parametrize("crowd", ["Fishermen", "Women", "Policemen", "Children"])
def test_a_plural_without_s_opening_the_sentence_before_is_no_one_for_he_or_she(crowd):
    text = (
        f"{crowd} in Caldera pulled the boats up the beach on Monday. Tomas Ibarra, who fishes"
        " for tuna, said she and his brother had moved their boat three times."
    )
    (issue,) = run("pronoun.gender", text)
    assert issue.matched(text) == "she"


# pron16: a given name that is a man's in one culture and a woman's in another is no
# evidence against the text's only pronoun for the person; vox pops on someone still on
# stage; a surname is the person of that surname named most recently before it; a text
# that calls its ferry "it" does not call a ship "she".
_QUIET_PRON16 = [
    # the given name alone against the text's one pronoun for the person
    "The chair of the tenants' union, Dr. Paula Vake, said the rent rise was unfair. He "
    "said the union would meet the landlord on Friday.",
    "Paula Fonua, a rugby coach from Neiafu, said the pitch was flooded. He asked the "
    "council for drainage.",
    "Joan Ferrer, a baker in Girona, said flour prices had doubled since spring. He said "
    "the shop would close on Mondays.",
    "Jocelyn Gagnon, a goalkeeper from Trois-Rivières, signed for the club on Tuesday. He is 24.",
    "Guadalupe Ortiz, who farms maize near the border, lost most of the harvest. He said "
    "the rain came too late.",
    "Jocelyn Roy, the novelist, died on Sunday at 88. He wrote nine books about the sea.",
    "Jaime Collins, a nurse in Dayton, worked three night shifts in a row. She said the "
    "ward had no spare beds.",
    "Rene Walsh, a dentist in Cork, closed the practice in May. She said the lease had "
    "become too dear.",
    "Dr. Paula Lolo, the dean of the medical school, opened the new wing. He thanked the "
    "builders and the donors.",
    "Joan Serra, the mayor of a village near Lleida, signed the order. He said the road "
    "would reopen in June.",
    "The new ambassador, Paula Tuipulotu, presented his credentials to the king on Monday.",
    # a vox pop after a woman still on stage (was a hit before pron16: either may have waited)
    "Olga Petrenko, an analyst, said the line carried grain. She expects more "
    "trains.\n\nAndrzej Kowal, 58, a driver from Zbaszyn, said she had waited for the "
    "line since 2019.\n\nThe company runs depots in Gdynia, Zbaszyn, Leszno and "
    "Poznan.",
    "Joan Vidal, a cellist from Sabadell, joined the orchestra in 2015. He plays a "
    "cello made in 1742.",
    # vox pops on a man or a woman still on stage
    "Mayor Tomas Hendry opened the new library on Saturday. He cut the ribbon in front of "
    "about 200 people.\n\nMargaret Ellis, 67, a retired teacher, said he had always kept "
    "his promises to the town.",
    "Coach Ivan Petrov announced his retirement after 20 years. He led the club to three "
    "titles.\n\nAnna Kerr, a season-ticket holder, said he had given the town its pride "
    "back.",
    "The singer Lena Moreau played her last concert in the hall on Friday. She was "
    "cheered for ten minutes.\n\nPaul Durand, a taxi driver, said she had sung for his "
    "mother's wedding.",
    "Senator Marta Vidal lost her seat on Sunday. She had held it since 1998.\n\nJorge "
    "Ramos, 58, a fisherman, said she had never visited the port.",
    "The old priest, Father Karl Weiss, left the parish in March. He had served there for "
    "40 years.\n\nIrene Vogt, 74, said he had baptised all her children.",
    "Judge Helen Carter retired on Friday. She sat on the bench for 31 years.\n\nMark "
    "Lewis, a lawyer in the town, said she was strict but fair.",
    # a surname is the person of that surname named most recently before it
    "Derek Moffat, who runs a tyre workshop in Selby, said the new bridge was narrower "
    "than he had hoped. Moffat said he would keep using the old road. His sister, Laura "
    "Moffat, a pharmacist, said she would cross it every day.",
    "Pieter Visser has farmed near Emmen since 1990. Visser said he sold 40 cows last "
    "year. His daughter, Femke Visser, said she would take over the farm in 2027.",
    "Ana Castro, a teacher, said the school roof leaked. Castro said she had written to "
    "the council twice. Her brother, Luis Castro, said he had fixed it himself.",
    "Omar Haddad runs the bakery with his wife, Leila Haddad. Haddad said he starts work at four.",
    "Leila Haddad runs the bakery with her husband, Omar Haddad. Haddad said she starts "
    "work at four.",
    "Hiroshi Sato and his sister, Yumi Sato, opened the inn in 2019. Yumi Sato said she "
    "cooks every meal herself.",
    "Kofi Nkansah, a fisherman in Elmina, said catches had fallen by half. Nkansah said he "
    "now spends more on fuel than he earns. His wife, Ama Nkansah, sells the fish.",
    "Greta Lund, 44, said the ferry had been late all week. Lund said she would drive "
    "instead. Her husband, Nils Lund, said he would keep taking the boat.",
    # other quiet texts of two people and reports
    "Maria Pinto, a lawyer for the families, said the ruling was a first. She said her "
    "clients would return to court if the pumps failed.",
    "The bishop, Dom Paulo Reis, said mass in the square. He thanked the pilgrims.",
    "Manase Hopoate, a fisherman, said the cyclone took his boat. His wife, Ana Hopoate, said "
    "she had saved the nets.",
    "Manase Kupu and his wife, Salote Kupu, run a guest house in Neiafu. She cooks "
    "and he takes guests out to see the whales.",
    "Giovanni Russo, 71, a retired miner, said his pension no longer covered the rent. "
    "His daughter, Chiara Russo, said she pays half of it.",
    "Andrea Bianchi, the club's captain, scored twice. He said the team had earned it.",
    "Nicola Ferri, the town's new mayor, took office on Monday. She said the budget was "
    "her first task.",
    "Simone Gallo, a chef from Turin, opened a restaurant in Porto. He said Portuguese "
    "fish was the best he had cooked.",
    "João Almeida, a cork farmer, said the drought had cut his harvest. His neighbour, "
    "Graça Almeida, said she had lost a third of hers.",
    "Rosário Costa, a priest in Braga, said the church roof would be mended by Easter. He "
    "said the parish had raised the money.",
    "Kim Lee, a violinist, played the opening piece. She said the hall sounded warm.",
    "The captain, Rui Matos, said the trawler had lost its nets in the storm. He said the "
    "crew were safe.",
    "Lucia Ferreira, 52, a nurse, said the clinic had no doctor on Sundays. She said "
    "patients waited for hours.\n\nHer colleague, Tiago Ferreira, said he worked two "
    "jobs.",
    "The minister, Dr. Ana Lima, visited the flooded town. She promised aid.\n\nCarlos "
    "Souza, 63, a shopkeeper, said she had come too late.",
    "Father Miguel Santos buried the victims on Friday. He wept at the grave.\n\nClara "
    "Nunes, a widow, said he had known her husband since school.",
    "Elena Rossi, a midwife, said the ward had closed. Rossi said she had delivered 3,000 "
    "babies there. Her son, Marco Rossi, said he was born in it.",
]


@pytest.mark.parametrize("text", _QUIET_PRON16)
def test_given_names_namesakes_and_vox_pops_stay_quiet(text):
    assert run("pronoun.gender", text) == []


# Still found: a given name with other pronouns of the text, a vox pop tied to the speaker
# by a reflexive,
# a surname's person before a namesake is introduced, a woman near a ferry called "it".
_FOUND_PRON16 = [
    (
        "Paula Lopez said the talks went well. She added that a deal was close. Lopez "
        "said «he» expected an agreement by Friday.",
        "she",
    ),
    (
        "Mayor Tomas Hendry opened the new library on Saturday. He cut the ribbon.\n\n"
        "Margaret Ellis, 67, a retired teacher, said «he» had slipped on the steps and "
        "hurt herself. She spent a week in hospital.",
        "she",
    ),
    (
        "The new ferry was built in Hobart. It can carry 900 passengers.\n\nDerek Moffat, "
        "who drives a van, said the ferry had fewer lanes than he had hoped. Moffat said "
        "«she» would keep using the night boat. His sister, Laura Moffat, said she would "
        "take the ferry.",
        "he",
    ),
]


_FOUND_PRON16.append(
    (
        'The line reopened on Friday.\n\n"Freight pays for it. Passengers are why people '
        'care," she said.\n\nPaul Kisoka, 58, a teacher from Mbinda, said «she» had '
        "driven all night to be on the first train. He said he had last taken it in 2019.",
        "he",
    )
)
# Evelyn, in today's news a woman's name, still counts in full
_FOUND_PRON16.append(
    (
        "The survey's leader, Dr. Evelyn Ngiraked, a biologist, said the team had flown 40 "
        "hours. «He» said a sixth of the animals were calves.",
        "She",
    )
)


@pytest.mark.parametrize(("marked", "right"), _FOUND_PRON16)
def test_given_name_with_pronouns_tied_vox_pop_and_namesake_still_found(marked, right):
    text = marked.replace("«", "").replace("»", "")
    start = marked.index("«")
    word = marked[start + 1 : marked.index("»")]
    (issue,) = run("pronoun.gender", text)
    assert issue.offset == start and issue.matched(text) == word
    assert issue.replacements[0] == right


# review16c: a text calls its ship "it" only where the vessel is the subject and "It" then
# does what a thing does; an operator's "It said", weather or time ("It rained", "It was a
# hard winter") and extraposition ("It took three tugs to…") say nothing about its ships.
@pytest.mark.parametrize(
    "text",
    [
        "The ferry operator, Vastlinjen, cancelled Tuesday's sailings. It said the storm would"
        " pass by Thursday. Captain Henrik Rund said she would stay in port until then.",
        "Captain Henrik Rund took over the ferry in 2012. The ferry was built in Pori. It was a"
        " hard winter. Rund said she had never missed a sailing.",
        "The tanker was towed into port on Sunday. It took three tugs to bring her alongside."
        " Captain Pavel Marsz said she had lost her rudder.",
        "The old trawler was laid up in March. It is thought she will be scrapped, said her"
        " skipper, Ewan Torrie. He said the crew had found other boats.",
        "The lifeboat was launched at 2 a.m. It was the third call-out of the week. Coxswain"
        " Gareth Pask said she reached the yacht in 20 minutes.",
    ],
)
def test_an_it_that_is_no_vessel_leaves_the_ship_she(text):
    assert run("pronoun.gender", text) == []


@pytest.mark.parametrize(
    ("marked", "right"),
    [
        (
            "The lifeboat was built in Cowes. It was launched in 2004. Its coxswain, Gareth"
            " Pask, said «she» had served on it for 15 years.",
            "he",
        ),
        (
            "The new trawler sank off the cape in May. It lies in 80 metres of water. Its"
            " skipper, Ewan Torrie, said «she» had been asleep below deck.",
            "he",
        ),
    ],
)
def test_a_vessel_the_text_calls_it_hides_no_mans_planted_she(marked, right):
    text = marked.replace("«", "").replace("»", "")
    (issue,) = run("pronoun.gender", text)
    assert issue.offset == marked.index("«") and issue.replacements[0] == right


# review16c: a vox pop's newcomer may be described by a who/whose clause of their own, not
# only by age or trade; the pronoun of their report is still the public figure's.
@pytest.mark.parametrize(
    "text",
    [
        "Senator Tom Kaufman visited the flooded valley on Monday. He promised federal aid.\n\n"
        "Lisa Moreno, who lost her car in the flood, said he had promised the same last year.",
        "Mayor Rosa Ibáñez opened the covered market on Saturday. She called it the heart of the"
        " town.\n\nPedro Garrido, whose family has sold fish there since 1950, said she had"
        " kept her promise.",
        "Judge Helen Carter retired on Friday after 31 years on the bench.\n\nMark Lewis, who"
        " argued his first case before her in 1998, said she had been strict but fair.",
        "Coach Ivan Petrov announced his retirement on Sunday. He led the club to three titles."
        "\n\nAnna Kerr, who has held a season ticket since 1990, said he had given the town its"
        " pride back.",
    ],
)
def test_a_vox_pop_by_a_newcomer_with_a_clause_of_their_own_stays_quiet(text):
    assert run("pronoun.gender", text) == []


def test_a_vox_pop_by_a_newcomer_with_a_clause_tied_by_a_reflexive_is_still_found():
    marked = (
        "Senator Tom Kaufman visited the flooded valley on Monday. He promised federal aid.\n\n"
        "Ruth Adler, who runs the bakery on Main Street, said «he» would have to rebuild it"
        " herself."
    )
    text = marked.replace("«", "").replace("»", "")
    (issue,) = run("pronoun.gender", text)
    assert issue.offset == marked.index("«") and issue.replacements[0] == "she"


# review16c: a vessel noun two sentences back in the paragraph, or a possessive one ("the
# tanker's crew"), is still the ship a captain's "she" may be.
@pytest.mark.parametrize(
    "text",
    [
        "The ferry company cancelled the morning sailing. It blamed the wind. Captain Henrik"
        " Rund said she would sail at noon.",
        "The yacht crews gathered in the harbour. It rained all day. Skipper Jonas Falk said"
        " she would leave at dawn whatever the weather.",
        "The tanker's crew were taken off by helicopter. It was the second rescue of the week."
        " Captain Pavel Marsz said she had been listing for hours.",
    ],
)
def test_a_vessel_two_sentences_back_or_possessive_may_be_the_captains_she(text):
    assert run("pronoun.gender", text) == []


@pytest.mark.parametrize(
    ("marked", "right"),
    [
        (
            "The ferry was an hour late on Monday.\n\nHenrik Rund, 50, a teacher from the"
            " island, said «she» had missed his first lesson.",
            "he",
        ),
        (
            "The trawler came in at dawn with a full hold. The catch was sold by noon. Prices"
            " were the best of the year. Jonas Falk, who bought most of it, said «she» would"
            " freeze half.",
            "he",
        ),
    ],
)
def test_a_vessel_in_the_paragraph_before_or_further_back_hides_no_planted_she(marked, right):
    text = marked.replace("«", "").replace("»", "")
    (issue,) = run("pronoun.gender", text)
    assert issue.offset == marked.index("«") and issue.replacements[0] == right


def test_the_message_says_what_the_evidence_is():
    """Trial 19: "whom the text otherwise refers to as she/her (the first name)" where the
    text had no she/her at all: the message says what shows the gender, in words."""
    from tests.checks.rules.helpers import run as run_check

    (alone,) = run_check(
        "pronoun.gender",
        "Ruth Vanterpool runs the mill in Oskarby. The board praised his work on the new kiln.",
    )
    assert alone.message == (
        "“his” most plausibly refers to Ruth Vanterpool, whose given name is usually a woman's"
    )
    (called,) = run_check(
        "pronoun.gender",
        "Ruth Vanterpool runs the mill in Oskarby. She hired ten people last year, and she"
        " plans to hire more. The board praised his work on the new kiln.",
    )
    assert called.message.endswith(
        "whose given name is usually a woman's and whom the text calls she/her 2 other times"
    )
    (titled,) = run_check(
        "pronoun.gender",
        "The chairman, Jonas Pelterby, opened the session. She said the bridge would open in 2028.",
    )
    assert "whom a title or role names as a man" in titled.message


_NOT_RELATED = (
    "A court ruled that the port discriminated against Anna Oostervelt, 41, a pilot, when it "
    "held back her promotion.\n\nOostervelt joined the port in 2011. She has guided about "
    "2,900 ships.\n\n{other} Oostervelt, who is not related to her and represents pilots for "
    'the union, said the case should never have reached a court. "We told them," {said}.'
    "\n\nOostervelt said {pronoun} would be back on the canal on Friday."
)


def test_a_bare_surname_two_unrelated_people_share_means_no_one_for_sure():
    """fresh_af: the article's pilot and a man "not related to her" share a surname; the
    bare surname after both may be either, so neither's pronoun is an error."""
    text = _NOT_RELATED.format(other="Peter", said="he said", pronoun="she")
    assert run("pronoun.gender", text) == []


def test_a_bare_surname_two_women_share_is_still_a_woman():
    text = _NOT_RELATED.format(other="Maria", said="she said", pronoun="he")
    (issue,) = run("pronoun.gender", text)
    assert text[issue.offset : issue.offset + issue.length] == "he"
    assert issue.replacements[0] == "she"


def test_us_birth_counts_say_nothing_of_a_name_in_letters_english_does_not_use():
    """fresh_ai: a Latvian man's given name is an American woman's without its macron; the
    census list of US birth names knows only the English spelling."""
    text = (
        "Dēloris Ozolkalns directs the play at the city theatre. The cast praised his "
        "patience in rehearsals."
    )
    assert run("pronoun.gender", text) == []
    # the English spelling is the census's, and "his" for it is still flagged
    (issue,) = run("pronoun.gender", text.replace("Dēloris", "Deloris"))
    assert issue.replacements[0] == "her"


def test_a_name_a_daughter_and_her_father_share_means_neither_for_sure():
    """fresh_ai: a surname that is the father's given name ("Nasteho Dirir", daughter of
    "Dirir Kaahiye"); the bare "Dirir" after both may be either, whatever the list knows of her
    given name."""
    text = (
        "Nasteho Dirir, 26, is the first woman to run the stall at the gate.\n\n"
        "Her father, Dirir Kaahiye, ran it for 30 years. He is almost blind now.\n\n"
        "Dirir said the hardest part had been the town. Some elders told her father that "
        "the work was not suitable."
    )
    assert run("pronoun.gender", text) == []


def test_a_person_noun_before_an_adjective_and_a_noun_is_an_adjective():
    """fresh_ai: "backed by two local electoral groups": "local" there is no one a "He"
    after it could mean."""
    text = (
        "Anna Kalnava, 44, who heads a school in the city, was backed by two local electoral "
        "groups. He defeated Peter Ozolkalns in a secret ballot."
    )
    (issue,) = run("pronoun.gender", text)
    assert (text[issue.offset : issue.end], issue.replacements[0]) == ("He", "She")
    # "a local" on its own is someone: the pronoun may be his
    quiet = text.replace("two local electoral groups", "a local who sold fish")
    assert run("pronoun.gender", quiet) == []
