"""pronoun.gender (pron26): a "he" or "she" that attributes the quotation opening its
paragraph ("“…,” she said.") is the one person the paragraph before names, so it counts as
one more pronoun of theirs, and one pronoun against two of the other gender is flagged; a
name right after a person's possessive ("Varkossi’s Tamburlaine") is what the person owns
or plays, no second person a pronoun could mean; nor is a person noun that names a person's
role in apposition ("Tavo Reyes, as the son,"), nor the same noun again; a pronoun after
"related to" is someone else's and counts for no one; and in what someone of the other
gender reports ("She said he was patient"), the article's subject may be meant.  All names
are invented."""

import pytest

from tests.checks.rules import helpers


def run(text: str):
    return helpers.run("pronoun.gender", text)


FOUND = [
    # a role's phrase of place closed by a relative clause before the name: the role is hers
    "A historian at the island's university who has written about the railway, Dr. Ilse "
    "Varnow, told the council that the station was one of a handful still standing. «He» "
    "said restoring it would draw visitors.",
    # second review: a role after a possessive opening the sentence is the name's own
    "Aid workers reach Varsk\n\nVARSK, Tarvelia — Officials met on Monday.\n\nIts spokeswoman "
    "in Varsk, Tarvo Kelmani, said «he» had seen children queue for bread since dawn.",
    # "Arena" is a surname as often as a stadium's word
    "New coach for Varsk\n\nVARSK, Tarvelia — Officials met on Monday.\n\nJonas Arena, who "
    "led the national team for six years, will take charge in March. «She» said the squad "
    "needed time.",
    # praise before "as" with an adverb, or a verb of shining, makes the part the actor's
    "Ilse Varnow, 15, who had never acted before, shines as Orla. «He» is watchful and dry, "
    "and she holds her own in long scenes.",
    "Ilse Varnow, 15, who had never acted before, is quietly superb as Orla. «He» is "
    "watchful and dry, and she holds her own in long scenes.",
    # a man's part after "plays the old king,"
    "Orvel Varkossi, a retired teacher who had never acted before, plays the old king, Tamo, "
    "with a patience that makes the few lines «she» has land with great weight. When his "
    "son asks for money, he answers only with a look.",
    # the speaker's quotation speaks of someone the sentence names: no excuse for the slip
    "Labour Minister Ilse Varnow will meet striking dockers on Monday.\n\nVarnow said «he» "
    "would listen to the union's leader, Orvel Varkossi, whom she described as “a hard man, "
    "but a man who keeps his word”.",
    # the part after "plays the father," is the actor too
    "Orvel Varkossi, a retired teacher who had never acted before, plays the father, Tamo, "
    "with a patience that makes the few lines «she» has land with great weight. When his son "
    "asks for money, he answers only with a look.",
    # the part after a review's word of praise and "as" is the actor, no one else
    "Ilse Varnow, 15, who had never acted before, is a discovery as Orla. «He» is watchful "
    "and dry, and she holds her own in long scenes opposite a performer four times her age.",
    "The head of the harbour office, Xenavy Tholvanna, said she expected 9,000 passengers. "
    "«He» said the office would print the timetables.\n\n“A slow boat is a long stay,” she "
    "said. “That is good for the town.”",
    "The head of the harbour office, Xenavy Tholvanna, said «he» expected 9,000 passengers. "
    "She said the office would print the timetables.\n\n“A slow boat is a long stay,” she "
    "said. “That is good for the town.”",
    "Orvel Varkossi plays the lead. He has trained for years.\n\nVarkossi’s Tamburlaine is at "
    "his most dangerous when «she» is laughing, and he never shouts.",
    # inside the paragraph too: the quotation after the one person it names is theirs
    "The minister of health, Dr. Tolvo Varkossi, opened the campaign in the town, where he "
    "hung the first net. Varkossi said each household would receive two nets. «She» urged "
    "families not to use the nets for fishing. “A net in the garden protects the onions,” he "
    "said.",
    "Orvel Varkossi, as the son, has the harder part, and «she» plays it without making the "
    "son a villain. He loves his mother; he also has debts.",
    "Orvel Varkossi, as the son, has the harder part, and he plays it without making the "
    "son a villain. «She» loves his mother; he also has debts.",
    # a pronoun after "related to" means someone else, no vote for the name before it
    "The dairy was sold on Monday. Tolvo Dvoran, who is not related to her, runs the farm "
    "next to it. He said prices had fallen. He added that the herd was smaller. Dvoran said "
    "«she» would keep it.",
    # the person named after "related to" is not whom the pronoun after it means
    "Traders remember each ban. Jonas Tamberg, a trader who is not related to Ilse Tamberg, "
    "said «she» lost most of his savings in 2000.",
    # a paragraph opened by a role of the name's own in apposition brings on a newcomer
    "The judge, Ilse Varnow, fined the company. She also suspended the pilot's licence.\n\n"
    "The company's owner, Jonas Tamberg, said «she» would appeal. He told reporters the "
    "wind had changed.",
    # "Another student, X," is a role of the name's own, as "A student, X," is
    "He taught for free. His pupil Varo Kelemete is no relation.\n\nAnother student, "
    "Jonas Tamberg, who flew from Oslo every summer, said «she» had heard the news from "
    "the family. Tamberg said he would come to the memorial.",
    # ... and so is "One driver, X,"
    "The shelter opened in the school. Ilse Varnow said about 150 had used it. She said "
    "the town had enough blankets.\n\nOne Tarvelian driver, Jonas Tamberg, said «she» had "
    "left Varsk on Sunday. He said the road was closed.",
    # a quantifier opening a sentence is a group, no one a pronoun could mean
    "Ilse Varnow said the walk was long. “We are their cooks,” she said.\n\nSeveral of "
    "their pupils became teachers. One, Jonas Tamberg, teaches in Varsk and said «she» "
    "still remembered the walk.",
    # ... however long the role, when it holds no one else's
    "The pier opened in May. The boatman said the river was low. He said the fares would "
    "rise.\n\nA British traveller waiting for the afternoon boat, Ilse Varnow, said «he» "
    "had chosen the river. She said the train was too fast.",
    # parents described after "the daughter of" are no one who acts after
    "Ilse Varnow was born in 1935, the daughter of a schoolteacher and a railway clerk. «He» "
    "trained as a radio operator. She married in 1961, and she kept the light for 27 years.",
    # a rank's abbreviation before a name is a title, no name of its own
    "The commander, Lt. Ilse Varnow, said her teams had pulled 23 people from the water. "
    "«He» said none had been hurt.",
    # ... but not when the article's subject is off stage in the reporter's paragraph
    "Tolvo Gerrasen, master of the mouth harp, dies at 81\n\nTolvo Gerrasen, who made mouth "
    "harps for 60 years, died on Monday. He was 81. Gerrasen played in Tokyo and Vienna, "
    "and he forged about 9,000 instruments.\n\nIlse Varnow, 41, said the class had changed "
    "the way she played. She said «he» would bring her group to Oslo next year.",
    # nor is a person noun after "related to" a rival
    "The clinic opened in May. Jonas Dvoran, a retired miner who is not related to the "
    "doctor, said he had worked underground for most of his career. «She» stopped in 2014.",
]

QUIET = [
    # the same shape with a clause of the sentence's own before the name: the historian
    # may be someone else
    "A historian at the island's university has written about the railway, and Dr. Ilse "
    "Varnow told the council that the station was one of a handful still standing. He "
    "said restoring it would draw visitors.",
    # whom someone calls is someone else
    "Orvel Varkossi called a retired teacher, Tamo, with a question that the few lines she "
    "wrote could not answer. When his son asks for money, he answers only with a look.",
    # after review: "as" opening a clause, or closing a comparison, is no part's
    "Ilse Varnow shone as Orvel Varkossi struggled, and he finished the round in seventh place.",
    "Ilse Varnow was as impressive as Orvel Varkossi had been a year earlier, when he won "
    "all nine games.",
    # an instrument or an opponent after "plays the …," is no part
    "The Varsk Trio gave its first concert in ten years.\n\nPeter Varkossi plays the "
    "violin, Kelvari Tamsk the cello. She joined the trio in 2019.",
    "Peter Varkossi will face a familiar opponent in the final on Sunday. Varkossi plays the "
    "defending champion, Kelvari Tamsk, for the title. She has not lost a game since March.",
    # an institution opened by a given name is no one
    "Varsk hospital names new director\n\nVARSK, Tarvelia — Varsk General Hospital named a "
    "new director on Monday.\n\nThe post went to Kelvari Tamsk, 51, who trained at Justus "
    "Liebig University in Germany. She said she would start in March.",
    # second review: "as" opening a clause after praise, a possessive name after "cast as",
    # a real relative after "plays her"
    "Ilse Varnow was superb as Orvel Varkossi struggled, and he finished the round in "
    "seventh place.",
    "Finance Minister Ilse Varnow will run. Varnow has long been cast as Peter Varkossi's "
    "natural successor, although he has never publicly backed anyone.",
    "Ilse Varnow, the defending champion, plays her brother, Orvel Varnow, in the first "
    "round. He is seeded third.",
    # the speaker's own relative after the quotation is no one the quotation's "her" means
    "Lighthouse keeper Ilse Varnow dies at 91\n\nVARSK, Tarvelia — Ilse Varnow, who kept the "
    "lighthouse for 27 years, has died. She was 91. Her logbooks fill 31 boxes.\n\nJonas "
    "Tamberg, 64, said she had given the town “a memory it could not have built without "
    "her”, and that his daughter had learned to read from her logbooks.",
    # a comparison's "as" is someone else
    "Ilse Varnow, 15, is as tall as Orla. He is watchful and dry, and she holds her own in "
    "long scenes opposite a performer four times her age.",
    # the paragraph before names two people: the quotation may be either's
    "The head of the harbour office, Xenavy Tholvanna, met Orvel Varkossi. She said the "
    "office would print the timetables.\n\n“A slow boat is a long stay,” he said.",
    # the paragraph before has a person noun: the quotation may be the skipper's
    "The head of the harbour office, Xenavy Tholvanna, said she expected 9,000 passengers. "
    "She said a skipper would print the timetables.\n\n“A slow boat is a long stay,” he said.",
    # a person noun other than the role: the sister is the "she"
    "Orvel Varkossi, as the son, has the harder part. He meets his sister, and she helps "
    "him. He loves his mother.",
    # in what a woman reports in a man's obituary, "he" is the man the article is about
    "Tolvo Gerrasen, master of the mouth harp, dies at 81\n\nTolvo Gerrasen, who made mouth "
    "harps for 60 years, died on Monday. He was 81. Gerrasen played in Tokyo and Vienna, "
    "and he forged about 9,000 instruments.\n\nFrom 1994 he ran a free class every "
    "Saturday. One of the pupils, the musician Ilse Varnow, now teaches at the college. "
    "She said he was patient with beginners. “Every lesson ended the same way,” she said.",
    # a long role that holds another person: the "he" may be the victim's
    "The pier opened in May. The boatman said the river was low. He said the fares would "
    "rise.\n\nA neighbour of the boatman who drowned last year, Ilse Varnow, said he had "
    "chosen the river. She said the train was too fast.",
    # in what a woman reports after another speaker's quotation spoke of a man's obituary's
    # subject, "his" is his
    "Tolvo Gerrasen, master of the mouth harp, dies at 81\n\nTolvo Gerrasen, who made mouth "
    "harps for 60 years, died on Monday. He was 81. Gerrasen played in Tokyo and Vienna, "
    "and he forged about 9,000 instruments.\n\n“He broke the ones he did not like. I saw him "
    "do it,” Vela Gerrasen said.\n\nA folklorist who has written about the region's makers, "
    "Prof. Ilse Varnow, said his instruments were prized by players. She said many of them "
    "owned one.",
    # a schoolteacher is a person noun: the "he" may be the teacher
    "Ilse Varnow, 72, said she had walked a kilometre in the snow. She said she had voted "
    "for the schoolteacher because he had taught her three sons.",
    # a lawyer's "she" may be the client's
    "The judge, Ilse Varnow, fined the company. She also suspended the pilot's licence.\n\n"
    "The company's lawyer, Jonas Tamberg, said she would appeal.",
    # the quotation does not open the paragraph: no continuation is read
    "The head of the harbour office, Xenavy Tholvanna, said she expected 9,000 passengers. "
    "She said the office would print the timetables.\n\nThe ferry was late. “A slow boat is "
    "a long stay,” he said.",
]


@pytest.mark.parametrize("marked", FOUND)
def test_quotation_speaker_or_possessed_name_lets_the_slip_show(marked):
    start = marked.index("«")
    text = marked.replace("«", "").replace("»", "")
    assert [i.offset for i in run(text)] == [start]


@pytest.mark.parametrize("text", QUIET)
def test_other_speakers_stay_quiet(text):
    assert run(text) == []


_MAKER = (
    "Jonas Tamberg, balafon maker, dies at 88\n\nJonas Tamberg, who made balafons for 60 "
    "years, died on Monday. He was 88. Tamberg learned the craft from his father, and "
    "Tamberg taught it to his sons.\n\nHis reputation spread beyond Varsk in the 1980s, "
    "when musicians began to travel to Tarvel to order instruments. A French "
    "ethnomusicologist, Dr. Ilse de Varnow, spent several months in {where} in the "
    "1990s.\n\nDe Varnow said in a message of condolence that he had been one of the last "
    "makers in the region. “He never measured anything,” she wrote."
)


def test_what_a_name_reports_with_that_is_about_the_subject_just_spoken_of():
    """fresh_ap's false alarm: the obituary's subject, "his workshop" the sentence before."""
    text = _MAKER.format(where="his workshop recording how he worked")
    assert helpers.pronoun_issues(text) == []


def test_what_a_name_reports_with_that_is_hers_when_the_subject_is_off_stage():
    text = _MAKER.format(where="Varsk recording the town's music")
    [issue] = helpers.pronoun_issues(text)
    assert text[issue.offset : issue.end] == "he"


_STUDIO = (
    "Jonas Tamberg, photographer, dies at 91\n\nJonas Tamberg, who ran a portrait studio for "
    "60 years, died on Monday. He was 91. Tamberg learned the trade from his father.\n\n"
    "{before} “A photographer is a keeper,” {who} said then. “The camera is the easy part.”"
    "\n\nThe mayor of Varsk, Ilse Varnow, said the city would name the square in front of "
    "his studio after him."
)
_SUBJECT_SPOKEN_OF = "In 2018 the council made him an honorary citizen. He thanked the town."


def test_a_possessive_in_what_a_name_reports_is_the_subjects_past_a_quotation():
    """A man's obituary: "his studio" in what the mayor (a woman) reports is the subject's,
    who was spoken of just before the quotation that ends the paragraph before."""
    text = _STUDIO.format(before=_SUBJECT_SPOKEN_OF, who="he")
    assert helpers.flagged_pronouns(text) == []


def test_a_possessive_in_what_a_name_reports_is_hers_when_no_one_else_was_spoken_of():
    text = _STUDIO.format(before="In 2018 the studio closed.", who="its sign")
    assert helpers.flagged_pronouns(text) == ["his"]  # "him" then follows the first


def test_a_subject_pronoun_after_said_is_the_speakers_own():
    """Without "that", "Varnow said he" reads as the speaker's own report: flagged."""
    text = _STUDIO.format(before=_SUBJECT_SPOKEN_OF, who="he").replace(
        "said the city would name the square in front of his studio after him.",
        "said he would name the square after the studio.",
    )
    assert helpers.flagged_pronouns(text) == ["he"]


def test_a_subject_after_said_is_the_subject_when_the_speaker_is_the_object():
    """fresh_bn's false alarm: "Varnow said he had taught her": the speaker is "her", so the
    "he" is someone else, the obituary's subject just spoken of."""
    text = _STUDIO.format(before=_SUBJECT_SPOKEN_OF, who="he").replace(
        "said the city would name the square in front of his studio after him.",
        "said he had taught her to print photographs when she was a widow.",
    )
    assert helpers.flagged_pronouns(text) == []


def test_the_speaker_as_object_does_not_excuse_a_subject_with_no_one_else_on_stage():
    text = _STUDIO.format(before="In 2018 the studio closed.", who="its sign").replace(
        "said the city would name the square in front of his studio after him.",
        "said he had taught her to print photographs when she was a widow.",
    )
    assert helpers.flagged_pronouns(text) == ["he"]


_RACE = (
    "Varnow wins the opening race\n\nIlse Varnow won the 10-kilometre race on Saturday, "
    "12 seconds ahead of the field. Varnow said she had not expected to win.\n\n{coach}"
    "said Varnow's win would not guarantee her a place on the team. He said a decision "
    "would be made in two weeks."
)


def test_a_name_set_off_after_the_opening_role_is_the_sentences_subject():
    """ "The head coach of the national team, <Name>, said …. He said": the coach, whose
    given name tells no gender, may be the "He", wherever the name stands in its sentence."""
    coach = "The head coach of the national team, Kelvari Tamsk, "
    assert helpers.flagged_pronouns(_RACE.format(coach=coach)) == []


def test_with_no_one_else_named_the_he_is_flagged():
    assert helpers.flagged_pronouns(_RACE.format(coach="The team's statement ")) == ["He"]


def test_a_speakers_quotation_of_the_pronouns_gender_makes_it_someone_else():
    """fresh_s's false alarm once the speaker's given name was known: "<Name> said she had
    given … “a memory it could not have built without her”": the quotation's "her" is not
    the speaker, who would say "me", and nor is the "she" it agrees with."""
    text = (
        "The museum's director, Jonas Tamberg, said she had given the archive “a memory it "
        "could not have built without {}”. He said the logbooks would be scanned next year."
    )
    assert helpers.flagged_pronouns(text.format("her")) == []
    assert helpers.flagged_pronouns(text.format("it")) == ["she"]
