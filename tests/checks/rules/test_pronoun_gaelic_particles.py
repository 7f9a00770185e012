"""pronoun.gender on an article that explains Irish surnames (fresh_cj's clean text, two false
alarms): the particle alone ("Ó for a man, Ní for a woman") names no one, so "a man, Ní" is
no man's apposition for the principal Bríd Ní Chonghaile; and a sentence that holds both
"his" and "hers" ("his is the masculine form of hers") sets a man's against a woman's, so
"hers" is the sister's, not a slip for the brother named last.  A slip is still caught: a
"his" for the principal the text calls "she" twice, and a "hers" where no woman is named."""

from tests.checks.rules.helpers import flagged_pronouns

HEAD = (
    "Gaeltacht school leaves its prefabs after 31 years\n\n"
    "CARRAROE, Ireland — “I started teaching here in a prefab in 1995,” said the principal, "
    "Bríd Ní Chonghaile, 57. “I have taught the children of my first pupils in the same "
    "prefab.”\n\n"
    "Ní Chonghaile said she had written to ministers every year since 2001 and that she had "
    "kept every reply.\n\n"
    "Among those who lobbied for the building was Ní Chonghaile's brother, Councillor Colm "
    "Ó Conghaile, who sits on the county council. "
)
TAIL = (
    "\n\n“My sister has been writing to ministers since before some of them were born,” "
    "Ó Conghaile said. “I only had to carry the letters.”\n\n"
    "The new building has 14 classrooms, a science laboratory and a hall that the school "
    "will share with the parish.\n\n"
    "Ní Chonghaile said her first act in the new building would be to hang photographs of "
    "the prefabs in the entrance hall."
)
PARTICLES = "Irish surnames take a different form for men and women: Ó for a man, Ní for a woman."
HIS_AND_HERS = (
    "Irish surnames take a different form for men and women, and his is the masculine form "
    "of hers: Ó for a man, Ní for a woman."
)


def test_a_particle_alone_names_no_one():
    assert flagged_pronouns(HEAD + PARTICLES + TAIL) == []


def test_his_and_hers_in_one_sentence_are_two_people():
    assert flagged_pronouns(HEAD + HIS_AND_HERS + TAIL) == []


def test_a_slip_for_the_principal_is_still_caught():
    text = HEAD + PARTICLES + TAIL.replace("said her first act", "said his first act")
    assert flagged_pronouns(text) == ["his"]


def test_his_and_hers_with_no_woman_named_is_still_read():
    text = (
        "Councillor keeps his seat\n\n"
        "CARRAROE, Ireland — Councillor Colm Ó Conghaile, 61, kept his seat on Sunday, and he "
        "said he would serve a full term. Irish surnames take a different form for men and "
        "women, and his is the masculine form of hers."
    )
    assert flagged_pronouns(text) == ["hers"]
