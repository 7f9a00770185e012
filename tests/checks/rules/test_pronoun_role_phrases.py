"""pronoun.gender: a role phrase before a name in apposition.  A figure may close the
phrase ("who inspected the site in 2023, <Name>,": "in" takes the year, not the name), a
body after a preposition is no one whom "who" speaks of ("an officer at the provincial
office who …"), and a role in apposition to another person whose gender the text gives is
that person, no third one ("A political scientist at …, Prof. Ilse Varnow, said Anna
Tamberg had …").  All names are invented."""

import pytest

from tests.checks.rules.helpers import run

LEAD = (
    "Court orders resort to replant mangroves\n\nVARSK, Tarvel — A court ordered a resort to"
    " replant the mangroves it cleared, the judge ruled on Monday.\n\n"
)
LATER = " She testified that she had returned a month later to find the jetty almost finished."


def _flagged(text: str) -> list[str]:
    return [i.matched(text) for i in run("pronoun.gender", text)]


@pytest.mark.parametrize(
    "role",
    [
        "An environment officer at the provincial office who inspected the site in 2023,",
        "An environment officer at the provincial office who inspected the site last year,",
        "An environment officer who inspected the site in 2023,",
    ],
)
def test_a_name_after_a_long_role_phrase_is_a_person(role: str) -> None:
    text = f"{LEAD}{role} Kelvari Tamsk, told the court he had recommended a halt.{LATER}"
    assert _flagged(text) == ["he"]


def test_the_right_pronoun_after_a_long_role_phrase_stays_quiet() -> None:
    role = "An environment officer at the provincial office who inspected the site in 2023,"
    text = f"{LEAD}{role} Kelvari Tamsk, told the court she had recommended a halt.{LATER}"
    assert _flagged(text) == []


OPENING = "VARSK, Tarvel — Ilse Varnow, 49, won the vote. Jonas Tamberg lost.\n\n"


def test_a_role_in_apposition_to_another_known_person_is_no_one_else() -> None:
    text = (
        "Pharmacist wins runoff\n\n" + OPENING + "A political scientist at a university in the"
        " capital, Prof. Ilse Varnow, said Anna Tamberg had won votes in the villages. He"
        " cautioned against reading too much into it."
    )
    assert _flagged(text) == ["He"]


@pytest.mark.parametrize(
    "name",
    [
        # a name of unknown gender: the role stands for it, and "He" may be that person
        "Prof. Kelvari Tamsk",
        # a man in apposition: "He" is his
        "Prof. Jonas Tamberg",
    ],
)
def test_a_role_in_apposition_to_someone_who_may_be_he_stays_quiet(name: str) -> None:
    text = (
        "Pharmacist wins runoff\n\n" + OPENING + "A political scientist at a university in the"
        f" capital, {name}, said Ilse Varnow had won votes in the villages. He cautioned"
        " against reading too much into it."
    )
    assert _flagged(text) == []


COURT = (
    "Court halts hotel near observatory\n\nVARSK, Tarvel — A court halted the hotel on"
    " Monday. Lars Okafor, the winery's lawyer, said it would appeal.\n\n"
)


def test_a_role_with_a_passive_phrase_is_the_named_expert() -> None:
    text = (
        COURT + "An expert called by the plaintiffs, Dr. Ilse Varnow, a lighting engineer,"
        " said the hotel would brighten the sky. He told the court that the glow had grown."
    )
    assert _flagged(text) == ["He"]


def test_a_role_after_a_nationality_opening_its_sentence_is_the_names() -> None:
    # "A French designer who …, <Name>,": the nationality is the role's modifier
    text = (
        COURT + "A French designer who has bought cloth in the town for eight years, Kelvari"
        " Tamsk, said the rise in demand worried her as much as it pleased her. He said she"
        " had seen copies sold as handmade."
    )
    assert _flagged(text) == ["He"]


@pytest.mark.parametrize(
    "role",
    [
        # a noun the list of person nouns lacks, made a person by "who"
        "A German neurologist who trained the unit's staff for six weeks,",
        "A pediatrician who has worked in the town for eight years,",
        # a title's abbreviation before the name
        "A French designer who has bought cloth in the town for eight years, Dr.",
        "A German neurologist who trained the unit's staff for six weeks, Prof.",
    ],
)
def test_a_long_role_is_the_names_past_an_unlisted_noun_or_a_title(role: str) -> None:
    text = (
        COURT + f"{role} Kelvari Tamsk, said the rise in demand worried her as much as it"
        " pleased her. He said she had seen copies sold as handmade."
    )
    assert _flagged(text) == ["He"]


def test_a_plural_before_who_is_no_role_of_the_name() -> None:
    # "The nurses who …, <Name>,": the nurses are others, and may be whom "she" means
    text = (
        COURT + "The two nurses who trained the unit's staff, Kelvari Tamsk and a colleague,"
        " said the rise in demand worried her. He said she had seen copies sold as handmade."
    )
    assert _flagged(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a comma before the name that closes what the name reports: no apposition
        "The grandmother was fined in 2019, Kelvari Tamsk said. He added that the dog had died.",
        "The mayor's wife joined the board in 2019, Kelvari Tamsk said. He said it broke no rule.",
        "The queen visited the town in 1957, Kelvari Tamsk recalled. He was 12 at the time.",
        "The nun who ran the orphanage from 1950 to 1971, Kelvari Tamsk said, was strict. He"
        " said she was also kind.",
        # whom the role serves may be the pronoun's
        "A lawyer for the defendant, Ilse Varnow, said he would appeal the verdict.",
        "A spokeswoman for the mayor, Ilse Varnow, said he would not run again.",
        # the accused, named before, is someone
        "Jonas Tamberg, 45, denies the charge. An expert called by the defence, Dr. Ilse"
        " Varnow, said the accused had been unwell and that he had stopped his medication.",
    ],
)
def test_someone_else_the_pronoun_may_mean_stays_quiet(sentence: str) -> None:
    assert _flagged(COURT + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # a company, or an office with no determiner, is no one the role serves
        ("A spokesman for the company, Jonas Tamberg, said she would not comment.", "she"),
        ("A candidate for mayor, Jonas Tamberg, said she would cut taxes.", "she"),
        ("A lawyer for tenant groups, Jonas Tamberg, said she would appeal.", "she"),
        # "the accused" after the named person is that person
        (
            "Jonas Tamberg was charged on Friday. The accused told the court that she was at home.",
            "she",
        ),
    ],
)
def test_no_one_else_is_there_to_mean(sentence: str, word: str) -> None:
    assert _flagged(COURT + sentence) == [word]


OBITUARY = (
    "Parka maker dies at 91\n\nVARSK, Tarvel — Ilse Varnow, who sewed parkas for 70 years,"
    " died on Monday. She was 91.\n\nVarnow learned to sew from her mother, and Varnow's"
    " parkas are in the museum.\n\nShe sewed through the long winters. She taught three"
    " generations. In her last years her eyes failed. She could no longer do fine"
    " beadwork, but she went on cutting skins.\n\n"
)


def test_a_pronoun_deep_in_what_another_reports_is_the_subjects() -> None:
    # past the report's own verb ("had been filled"), "she" is the woman the obituary is
    # about, not the speaker's own
    text = OBITUARY + (
        "The Rev. Jonas Tamberg, who led the funeral service, said the church had been filled"
        " with people wearing clothing she had made. He said he had never seen so much fur."
    )
    assert _flagged(text) == []


def test_a_pronoun_deep_in_a_report_with_no_subject_on_stage_is_still_read() -> None:
    # no woman the article is about: "she" past the report's verb is still the speaker's
    # slip when no one else can be meant
    text = COURT + (
        "Jonas Tamberg, a neighbour, said the church had been filled with people wearing"
        " coats she had made."
    )
    assert _flagged(text) == ["she"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a report that opens with a subordinate clause: "she" is its main clause's subject
        "Jonas Tamberg, the mayor, said if the council voted no, she would resign.",
        "Jonas Tamberg said when the results came in she was relieved.",
        # a noun that may be a verb is no verb of the report's own
        "Jonas Tamberg told a press conference she would step down.",
        "Jonas Tamberg said in a news release she would step down.",
    ],
)
def test_the_speakers_own_slip_after_an_opening_clause_is_still_found(sentence: str) -> None:
    text = OBITUARY + sentence + " He said he had never seen so much fur."
    assert _flagged(text) == ["she"]


STUDY = (
    "Study finds rats gone\n\nVARSK, Tarvel — Rats are gone from the island, a study found.\n\n"
    "Every cargo shipment is now inspected at the wharf.\n\nA seabird ecologist from Tarvelia"
    " who was not involved in the study, Dr. Kelvari Tamsk, said the results matched those in"
    " her country. {} said the findings were especially valuable."
)


def test_a_possessive_deep_in_ones_own_report_pairs_with_the_next_pronoun() -> None:
    # one pronoun against one, each bound to the person: either may be the slip
    assert _flagged(STUDY.format("He")) == ["He"]
    assert _flagged(STUDY.format("She")) == []


def test_a_possessive_in_a_report_about_the_articles_subject_pairs_with_nothing() -> None:
    # in a woman's obituary "her bread" is hers, not the speaker's
    text = OBITUARY + (
        "Kelvari Tamsk, a neighbour, said the town had loved her bread. He said the shop"
        " would close."
    )
    assert _flagged(text) == []


ORCHARD = (
    "Mango growers count losses\n\nVARSK, Tarvel — Growers counted their losses on Monday."
    "\n\nAn exporter who ships 600 tonnes a year, Irfan Varkossi, said {0} expected to send "
    "less than half of that. He said he had told some buyers.\n\nA woman who manages her late "
    "husband's orchard north of the town, Ilse Tamberg, said her harvest had fallen."
)


def test_a_pronoun_inside_an_opening_role_votes_for_no_one_before() -> None:
    # "her late husband's orchard" is the woman's, no vote making the exporter a woman
    assert _flagged(ORCHARD.format("she")) == ["she"]
    assert _flagged(ORCHARD.format("he")) == []


@pytest.mark.parametrize("title", ["Dr.", "the Rev.", "Mayor"])
def test_a_title_before_the_name_keeps_the_opening_roles_pronoun_its_own(title: str) -> None:
    # fresh_ci's clean "A Malaysian biologist who has tracked pangolins in her own
    # country …, Dr. Nurul Hidayah Zakaria, said": the title is the name's own
    text = ORCHARD.replace("Ilse Tamberg", f"{title} Ilse Tamberg")
    assert _flagged(text.format("she")) == ["she"]
    assert _flagged(text.format("he")) == []


def test_an_opening_roles_own_country_before_a_titled_name_is_its_own() -> None:
    text = ORCHARD.replace(
        "A woman who manages her late husband's orchard north of the town, Ilse Tamberg,",
        "A biologist who has tracked mango pests in her own country, Dr. Ilse Tamberg,",
    )
    assert _flagged(text.format("he")) == []


@pytest.mark.parametrize(
    ("opening", "slip"),
    [
        # before a titled name only the role's own "who" clause keeps its possessive (the
        # review of the title rule): these speak of the teacher named before
        ("One of his former students, Dr. Jonas Menk,", "his"),
        ("A man whose daughter he taught, the Rev. Jonas Menk,", "he"),
    ],
)
def test_a_pronoun_about_someone_named_before_a_titled_name_stays_judged(
    opening: str, slip: str
) -> None:
    text = (
        "Teacher retires\n\nVARSK, Tarvelia — Anna Berg retired on Friday after 40 years as "
        f"the village teacher.\n\n{opening} said the school would miss her."
    )
    assert _flagged(text) == [slip]


@pytest.mark.parametrize(
    "sentence",
    [
        # a person noun right before the comma is someone else's role, not the titled
        # name's (the review of this rule)
        "Nurses stayed with the girl, Dr. Yerkanat Bek said on Tuesday. He said her "
        "condition was stable.",
        "Investigators have not yet spoken to the husband, Lt. Aurvile Menk said. She said "
        "he was in hospital.",
        "Police were still searching for the girl's father, Sgt. Aurvile Menk said. She said "
        "he had last been seen on Friday.",
    ],
)
def test_a_titled_speaker_takes_no_role_from_the_clause_before(sentence: str) -> None:
    assert _flagged(COURT + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        # a clause before a speaker is no role's phrase (the second review of the rule)
        (
            "Ilse Varnow has farmed the valley alone for 30 years. The storm was the worst "
            "he had seen, Varnow said.",
            "he",
        ),
        (
            "Ilse Varnow has baked bread since she was 12. A month after his shop opened, "
            "Varnow was selling 400 loaves a day.",
            "his",
        ),
    ],
)
def test_a_clause_before_a_speaker_keeps_its_pronoun_judged(sentence: str, slip: str) -> None:
    assert _flagged(COURT.replace("Lars Okafor, the winery's lawyer", "A clerk") + sentence) == [
        slip
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a titled speaker's tag inside the sentence names no role's person
        "The boy who fell through the ice on the harbour, Dr. Aurvile Menk said, was "
        "recovering well. She said he would go home on Monday.",
        "A mother who gave birth in an ambulance on the coast road, Dr. Yerkanat Bek said, "
        "was doing well. He said her son weighed 3.4 kilos.",
    ],
)
def test_a_titled_speakers_tag_takes_no_opening_role(sentence: str) -> None:
    assert _flagged(COURT + sentence) == []


def test_a_possessive_in_one_of_a_group_opening_the_sentence_is_no_one_before() -> None:
    # fresh_br's clean obituary: "One of his last students, <Name>," after a woman's quotation
    text = (
        "Chant teacher dies at 84\n\nVARSK, Tarvelia — Orvel Kessari, who taught church chant "
        "for 60 years, died on Monday. He was 84.\n\n"
        "His daughter, Ilse Kessari, who cared for him in his last years, said he had asked "
        "to hear the hymns of the coming feast.\n\n"
        "“He corrected them from his bed. Even at the end, he could hear who was flat,” Ilse "
        "said.\n\n"
        "One of his last students, Peter Amsel, a 19-year-old deacon, said the lessons began "
        "at dawn."
    )
    assert _flagged(text) == []
