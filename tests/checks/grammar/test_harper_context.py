"""Harper's lints dropped by context (checks/grammar/harper_context.py): each context is
quiet, and the same rule still fires on a real error next to it (the near miss)."""

from __future__ import annotations

import pytest

from copydesk.checks.grammar import harper_context, harper_engine


def _found(sentence: str) -> list[tuple[str, str]]:
    return [
        (f.rule, sentence[f.offset : f.offset + f.length]) for f in harper_engine.lint(sentence)
    ]


def _unfiltered(sentence: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    with monkeypatch.context() as m:
        m.setattr(harper_context, "dropped", lambda *_args: False)
        return _found(sentence)


# (sentence, rule, flagged text): Harper flags it, the context drops it.
QUIET = [
    ("The gaoler locked the door at dusk.", "SpellCheck", "gaoler"),  # a word Harper lacks
    ("The builders painted the soffit white.", "SpellCheck", "soffit"),
    ("Milk rose to 3 litros a day.", "SpellCheck", "litros"),  # a unit after an amount
    ("Farmers sold 40 sacas of coffee.", "SpellCheck", "sacas"),
    ("The unpaid work, known as “tequio”, is common.", "SpellCheck", "tequio"),
    ("Locals know it as the “mingao”, a porridge.", "SpellCheck", "mingao"),
    ("Old homes are vulnerable to thieves.", "InflectedVerbAfterTo", "to thieves"),
    ("Keep the jars close to shelves.", "InflectedVerbAfterTo", "to shelves"),
    ("He met officials in An Loc province.", "AnA", "An"),  # a name's first word
    ("Officials blame Anopheles stephensi for it.", "SpellCheck", "stephensi"),  # a species
    ("The Aedes aegypti mosquito bites.", "SpellCheck", "aegypti"),
    ("The city switches to desalinated supplies.", "InflectedVerbAfterTo", "to desalinated"),
    ("Exports to developed countries rose.", "InflectedVerbAfterTo", "to developed"),
    ("Holders keep their right to park.", "TheirToThere", "their"),  # the noun "right"
    ("They raised their right hand.", "TheirToThere", "their"),
    ("It was their right, the court said.", "TheirToThere", "their"),
    ("Two notes most adults thought were the same.", "WereWhere", "were"),  # a clause
    ("The men police said were the same.", "WereWhere", "were"),
    ("She said “the data allow to think” it was arson.", "AllowTo", "allow to think"),
    # an ʻokina is a letter of the name Harper cut (small8)
    ("Ferries sail to Oʻahu twice a week.", "SpellCheck", "ahu"),
    ("The ferry reached Kaʻena at dawn.", "SpellCheck", "ena"),
    ("He carried a gamelle to the field.", "SpellCheck", "gamelle"),  # a loanword
    # a quoted title in another language: a letter English never writes
    ("Her novel “Vindurinn í fjöllunum” sold well.", "SpellCheck", "í"),
    ("The school teaches te ao Māori.", "The", "te"),  # the Māori article
    ("The board chose te Tiriti over the old name.", "The", "te"),
    ("The winning boat was Te Ruki, from Varsk.", "The", "Te"),  # a name's Māori article
    # a word glossed once and written alike three times, though one slip from "bra"
    (
        "The bura, the cold north wind, rose at noon. The bura blew all day. Sailors fear "
        "the bura.",
        "SpellCheck",
        "bura",
    ),
    ("Fiji won the scrum, and their forwards drove on.", "TheirToTheyre", "their"),  # a plural
    # a foreign name's inner word, the name written the same way twice
    ("Dykes at Kamp aan Zee broke; Kamp aan Zee flooded.", "SpellCheck", "aan"),
    # a word of descent inside a person's name, written once
    ("The chief, Moulaye Zeine ould Cheikhna, said so.", "SpellCheck", "ould"),
    # an unquoted name in another language, introduced as a name
    ("The agency, known locally as the Agenzia fiscali Sarda, said so.", "SpellCheck", "fiscali"),
    (
        "The council, known in Sardinian as the Consìgiu regionali de Sardigna, met.",
        "SpellCheck",
        "regionali",
    ),
    # a term the writer explains in an apposition right after it
    ("Farmers fear gholdu and pharki, two diseases of goats.", "SpellCheck", "gholdu"),
    ("Farmers fear gholdu and pharki, two diseases of goats.", "SpellCheck", "pharki"),
    ("Farmers fear thirme, a disease of goats.", "SpellCheck", "thirme"),
    ("Crops fell to kharbe (a blight of the leaves).", "SpellCheck", "kharbe"),
    ("The town paid too high a price for the road.", "ToTwoToo", "too"),  # degree: too ADJ a
    # a term a naming phrase introduces, unquoted, no slip of a word readers know
    ("He cut the bark with a blade called a kirvan.", "SpellCheck", "kirvan"),
    ("He cut the bark with a blade known locally as a kirvan.", "SpellCheck", "kirvan"),
    # a term written alike three times, that no repeatable slip makes of a known word
    (
        "Herders fear zhutar. The last zhutar killed animals. A zhutar ruins.",
        "SpellCheck",
        "zhutar",
    ),
    # a word another language knows, ending a name in that language
    ("The Palais des Sports couvert reopened.", "SpellCheck", "couvert"),
    ("The Escuela de Bellas Artes mexicana opens.", "SpellCheck", "mexicana"),
    # a name's lower-case word after its capitalised first one, a naming phrase before
    ("The breed, known as Dallen varkos, is raised here.", "SpellCheck", "varkos"),
    # a term introduced at another use in the text
    (
        "A minibus, known locally as a zimbro, is cheap. With the zimbro I pay less.",
        "SpellCheck",
        "zimbro",
    ),
    # the regular plural of a noun English knows
    ("Inquiries into well cappings over the past decade found leaks.", "SpellCheck", "cappings"),
    # another name for the word before it: a foreign letter, or no slip of a known word
    ("Each valley has its own assembly, or kolú.", "SpellCheck", "kolú"),
    ("Each valley has its own assembly (kolú) of elders.", "SpellCheck", "kolú"),
    # an unknown word naming a kind of the noun after it
    ("A tall deodar tree shaded the square.", "SpellCheck", "deodar"),
    # a known noun's plural in a list beside a term no dictionary holds
    ("The nets held trout, charrs, a sijga and perch.", "SpellCheck", "charrs"),
    # a name's lower-case word after a capitalised one with a letter English never writes,
    # a word of a language that writes it (harper20)
    ("The tram now runs to Vrúbová jazero on the edge.", "SpellCheck", "jazero"),
    ("A shop near the Vrúbová hrad canal closed.", "SpellCheck", "hrad"),
    ("She played the kōkala drum at dawn.", "SpellCheck", "kōkala"),  # a letter: no slip
    ("The Thai vorung, or server, won 11 points.", "SpellCheck", "vorung"),  # ", or" gloss
    # a quotation followed by its English translation, no word shared
    (
        "The choir sang “Canzone per mia nonna” (“A Song for My Grandmother”) at the end.",
        "SpellCheck",
        "nonna",
    ),
    # a name in another language, its English name in apposition after it
    (
        "A survey by the Dirva nasional ar kelmoz, the National Office of Kelmoz, found it.",
        "SpellCheck",
        "nasional",
    ),
    # a word of a two-word term, the pair written alike three times
    (
        "Tiral Tuzrel Cup opens. The sport of tiral tuzrel is old. The Tiral Tuzrel Board met.",
        "SpellCheck",
        "tiral",
    ),
    # a term a naming clause after it explains, one in apposition to "a ...", a list's item
    # among terms no dictionary holds
    ("Few could pay to reach the vorung kel, as clinics are called here.", "SpellCheck", "vorung"),
    ("The song is sung by a lead singer, the vorung, with a chorus.", "SpellCheck", "vorung"),
    ("It shows varieties such as kelvo, dransa, zimbru and tolvi.", "SpellCheck", "dransa"),
    ("She had been in Tam An for three days.", "AnA", "An"),  # a name's last word
    ("Tam An brings in new tickets for its market.", "AnA", "An"),
    ("Patients died on the way to Good Kelvale Hospital.", "WayTooAdjective", "to"),  # a place
    ("Instead she painted murals.", "DiscourseMarkers", "Instead"),  # a short opener
    ("Meanwhile they waited outside.", "DiscourseMarkers", "Meanwhile"),
]


@pytest.mark.parametrize(("sentence", "rule", "flagged"), QUIET)
def test_context_drops_the_lint(sentence, rule, flagged, monkeypatch):
    assert (rule, flagged) in _unfiltered(sentence, monkeypatch), "precondition: Harper flags it"
    assert (rule, flagged) not in _found(sentence)


# Near misses: the same rule on a real error in a context just outside the dropped one.
STILL = [
    ("The goverment locked the door at dusk.", "SpellCheck", "goverment"),  # no word
    ("Officials paid 5 goverments.", "SpellCheck", "goverments"),  # after an amount, no unit
    ("The “goverment” said so.", "SpellCheck", "goverment"),  # quoted, but nothing names it
    ("They decided to halves the budget.", "InflectedVerbAfterTo", "to halves"),  # a verb
    ("It is likely to halves the budget.", "InflectedVerbAfterTo", "to halves"),  # "likely to"
    ("An union leader spoke.", "AnA", "An"),  # a sentence's first word
    ("Then an union leader spoke.", "AnA", "an"),
    ("The rules allow to think again.", "AllowTo", "allow to think"),  # not quoted
    ("The Moscow offical said so.", "SpellCheck", "offical"),  # after a name, no Latin ending
    ("Officials in Nouakchott ould not say.", "SpellCheck", "ould"),  # no name after it
    ('"Why ould I lie?" he asked.', "SpellCheck", "ould"),  # English words around it
    ("If Paris ould Only listen, they said.", "SpellCheck", "ould"),
    ("Officials blame Anopheles stephensi, a goverment said.", "SpellCheck", "goverment"),
    ("The Great stephensi was seen.", "SpellCheck", "stephensi"),  # a common word before
    # a surname before a typo of a common word: no genus and epithet
    ("Minister Okonkwo vistis Lagos today.", "SpellCheck", "vistis"),
    ("Kowalski thsi week said no.", "SpellCheck", "thsi"),
    ("Put it their right now.", "TheirToThere", "their"),  # "there right now"
    ("Their is a problem.", "TheirToThere", "Their"),
    # after a naming phrase, a slip one keystroke from a common word (review10)
    ("The firm is called Zorbex techonlogy Group.", "SpellCheck", "techonlogy"),
    ("He went were the same man lived.", "WereWhere", "were"),  # not a verb of thinking
    ("The goverment of Hawaiʻi met.", "SpellCheck", "goverment"),  # the ʻokina's neighbour
    ("The probleme is the cost.", "SpellCheck", "probleme"),  # foreign, but "problem" is common
    ("Her novel “The goverment wins” sold well.", "SpellCheck", "goverment"),  # English title
    ("Her book “Cafés of the citty” sold.", "SpellCheck", "citty"),  # é is English’s too
    ("Residents read te report on Monday.", "The", "te"),  # "the report"
    ("Then te President spoke.", "The", "te"),
    ("Then Te President spoke.", "The", "Te"),  # no Māori word after a capital "Te"
    ("The bura, the cold north wind, rose at noon.", "SpellCheck", "bura"),  # glossed once
    ("Te Karnow plant will close next year.", "The", "Te"),  # Māori ends every word in a vowel
    ("They said their going to win.", "TheirToTheyre", "their"),  # a participle
    # an English quote beside one foreign name: its slip is its own (review of small8)
    ("She described “the Łódź tranport crisis” in detail.", "SpellCheck", "tranport"),
    ("Officials at te Łódź office declined.", "The", "te"),  # no Māori word follows
    ("Trains ran between Kamp aan Zee and Hoorn.", "SpellCheck", "aan"),  # written once
    # a slip in an English name, or a foreign name that nothing introduces as one
    ("The body, known as the National goverment Council, met.", "SpellCheck", "goverment"),
    ("Officials of the Agenzia fiscali Sarda met.", "SpellCheck", "fiscali"),
    ("The agency, known locally as Agenzia fiscali, said so.", "SpellCheck", "fiscali"),
    # a gloss after a slip of one keystroke ("charm"), or a rare term with no gloss
    ("Farmers fear charme, a disease of goats.", "SpellCheck", "charme"),
    ("The goverment, a coalition of three parties, fell.", "SpellCheck", "goverment"),
    ("Farmers fear gholdu because it kills goats.", "SpellCheck", "gholdu"),
    ("He went too the shop.", "ToTwoToo", "too"),  # no adjective and "a" after it
    # after a naming phrase, but one keystroke from a word readers know
    ("A dish called goverment stew was served.", "SpellCheck", "goverment"),
    ("He cut the bark with a blade called a knfie.", "SpellCheck", "knfie"),
    # after a name with a foreign particle: no foreign word, or a slip of "since"
    ("The Museo de las Artes reprot came out.", "SpellCheck", "reprot"),
    ("The Museo de las Artes sinde opened, it grew.", "SpellCheck", "sinde"),
    ("The Bank of England reprot came out.", "SpellCheck", "reprot"),  # "of" is English
    # a slip of a common word after a naming phrase and a capitalised word
    ("The breed, known as Dallen goverment, is raised here.", "SpellCheck", "goverment"),
    # a term introduced once does not cover a slip used elsewhere
    ("A boat known as a varkos sank. The goverment said so.", "SpellCheck", "goverment"),
    ("Officials counted the thinsg on the list.", "SpellCheck", "thinsg"),  # no plural
    ("Each valley has its own assembly, or goverment.", "SpellCheck", "goverment"),
    ("Each valley has its own assembly, or vome.", "SpellCheck", "vome"),  # "home", "come"
    ("A strong goverment wind blew across the bay.", "SpellCheck", "goverment"),
    ("A tall deodar shaded the square.", "SpellCheck", "deodar"),  # no noun after it
    ("The crowd saw a fragrent flower at dawn.", "SpellCheck", "fragrent"),  # a vowel slip
    ("They crossed the caravjan oasis at dawn.", "SpellCheck", "caravjan"),  # no word in use
    ("The nets held trout, charrs and perch.", "SpellCheck", "charrs"),  # English list
    ("The nets held trout, charrs, a pinao and perch.", "SpellCheck", "charrs"),  # "piano"
    # two double letters missed or added: a habit, not a local term
    ("Each town elects a council, or comitee.", "SpellCheck", "comitee"),
    ("The mayor, or comision, will meet on Friday.", "SpellCheck", "comision"),
    ("The reccomended dose was halved.", "SpellCheck", "reccomended"),
    ("The tommorow morning session was cancelled.", "SpellCheck", "tommorow"),
    ("A boat known as a comitee sank.", "SpellCheck", "comitee"),
    # no foreign letter in the name before; no language's word; an English typo beside a
    # foreign name; the same word with no name before it (harper20)
    ("A shop near the Vrubova hrad canal closed.", "SpellCheck", "hrad"),
    ("A shop near the Vrúbová tranport office closed.", "SpellCheck", "tranport"),
    ("Near the Vrúbová jazero, the goverment said no.", "SpellCheck", "goverment"),
    ("The tram now runs to jazero on the edge.", "SpellCheck", "jazero"),
    ("She played the kokala drum at dawn.", "SpellCheck", "kokala"),  # no macron
    ("The vorung won 11 points.", "SpellCheck", "vorung"),  # no gloss
    ("The goverment, or state, said so.", "SpellCheck", "goverment"),  # a gloss after a slip
    ("The choir sang “Canzone per mia nonna” at the end.", "SpellCheck", "nonna"),
    # a translation sharing words with an English title, or a bracket in no English
    ("Her novel “The goverment wins” (“The Government Wins”) sold.", "SpellCheck", "goverment"),
    ("Her novel “The goverment wins” (“Revizor”) sold.", "SpellCheck", "goverment"),
    ("A survey by the Dirva nasional ar kelmoz found it.", "SpellCheck", "nasional"),
    (
        "A survey by the Dirva goverment ar kelmoz, the National Office of Kelmoz, found it.",
        "SpellCheck",
        "goverment",
    ),
    # a pair written twice only, or a slip beside a term's word once
    ("Tiral Tuzrel Cup opens. The sport of tiral tuzrel is old.", "SpellCheck", "tiral"),
    (
        "Tuzrel Cup opens. The sport of speek tuzrel is old. Tuzrel Federation met.",
        "SpellCheck",
        "speek",
    ),
    ("Few could pay to reach the vorung kel on Monday.", "SpellCheck", "vorung"),  # no naming
    ("Few could pay for the goverment, as ministries are called here.", "SpellCheck", "goverment"),
    ("The song is sung by a lead singer, the goverment, with a chorus.", "SpellCheck", "goverment"),
    ("The song is sung by the vorung, with a chorus.", "SpellCheck", "vorung"),  # no "a ..."
    ("It shows varieties such as kelvo, dransa, zimbru and goverment.", "SpellCheck", "goverment"),
    ("It shows fruit such as apples, pears, goverment and plums.", "SpellCheck", "goverment"),
    ("It shows varieties such as kelvo and dransa.", "SpellCheck", "dransa"),  # one term beside
    ("Then An union leader spoke.", "AnA", "An"),  # after a function word
    ("The price was way to high.", "WayTooAdjective", "to"),
    ("However she refused to sign.", "DiscourseMarkers", "However"),  # the comma decides
    ("Instead the council voted no.", "DiscourseMarkers", "Instead"),  # no pronoun after
]


@pytest.mark.parametrize(("sentence", "rule", "flagged"), STILL)
def test_lint_kept_outside_the_context(sentence, rule, flagged):
    assert (rule, flagged) in _found(sentence)


def test_word_list_knows_real_words_not_misspellings():
    for word in ("gaoler", "soffit", "instalments", "arable", "gaoler's"):
        assert harper_context.english_word(word), word
    for word in ("goverment", "recieve", "definately", "tommorow", "accomodate", "seperate"):
        assert not harper_context.english_word(word), word


def test_amount_needs_a_number_and_a_foreign_word():
    text = "It cost 12 million litros and the litros were sold."
    first, second = text.index("litros"), text.rindex("litros")
    assert harper_context.unit_after_amount(text, first, "litros")
    assert not harper_context.unit_after_amount(text, second, "litros")  # no amount before
    assert not harper_context.unit_after_amount("Some 12 goverments", 8, "goverments")


def test_a_currency_no_list_holds_is_known_by_its_conversion_or_its_repetition():
    converted = "The plan would cost 90 billion kowri (about $21 million) over five years."
    assert harper_context.unit_after_amount(converted, converted.index("kowri"), "kowri")
    comma = "Guards are paid 15,000 kowri, or $3.40, a month."
    assert harper_context.unit_after_amount(comma, comma.index("kowri"), "kowri")
    again = "The fund holds 4 billion kowri. Each ranger earns 20,000 kowri a month."
    assert harper_context.unit_after_amount(again, again.index("kowri"), "kowri")
    assert harper_context.unit_after_amount(again, again.rindex("kowri"), "kowri")


def test_a_slip_after_a_figure_is_not_taken_for_a_currency():
    once = "The council hired 12 goverments advisers last year."
    assert not harper_context.unit_after_amount(once, once.index("goverments"), "goverments")
    aside = "They met 12 goverments (a record) and 40 donors."
    assert not harper_context.unit_after_amount(aside, aside.index("goverments"), "goverments")
    # Written again, but never after an amount: no unit.
    twice = "Some 12 goverments met. The goverments agreed."
    assert not harper_context.unit_after_amount(twice, twice.index("goverments"), "goverments")
    # A conversion that does not follow the word itself says nothing of it.
    later = "They bought 300 kowri baskets, about $4 each."
    assert not harper_context.unit_after_amount(later, later.index("kowri"), "kowri")


def test_quotation_limits():
    named = "The dish, called “feijoada”, is served."
    assert harper_context.quoted_name(named, named.index("feijoada"), named.index("”"))
    long_quote = "He called it “one two three four five six seven feijoada” then."
    at = long_quote.index("feijoada")
    assert not harper_context.quoted_name(long_quote, at, at + 8)  # a sentence, not a name
    open_quote = "He called it “feijoada, and left."
    at = open_quote.index("feijoada")
    assert harper_context.quote_around(open_quote, at, at + 8) is None  # never closed
    assert harper_context.in_quotation("He said “we allow", 12)
    assert not harper_context.in_quotation("He said “yes” and we allow", 21)


# --- the text's own term: an unknown word used alike several times ------------------

_TERM_TEXT = (
    "Herders fear a zhutar this winter, the mix of drought and deep snow.\n\n"
    "The last zhutar killed millions of animals.\n\n"
    "Aid after a zhutar comes too late, officials said, and two zhutars in a row ruin a family."
)


def _spelling(text: str) -> list[tuple[str, str]]:
    return [
        (text[f.offset : f.offset + f.length], f.message)
        for f in harper_engine.lint(text)
        if f.rule == "SpellCheck"
    ]


def test_a_term_used_alike_that_no_slip_makes_is_quiet():
    assert _spelling(_TERM_TEXT) == []


def test_a_term_a_repeatable_slip_makes_is_flagged_once_at_its_first_use():
    # "nectur" is "nectar" with a vowel for a vowel: a habit a writer may repeat
    text = _TERM_TEXT.replace("zhutar", "nectur")
    found = _spelling(text)
    assert [w for w, _ in found] == ["nectur"]
    assert "4 times" in found[0][1]  # its plural counts as a use of the same word
    assert found[0] == (text[text.index("nectur") :][:6], found[0][1])


def test_repeatable_slips_are_habits_or_neighbour_keys():
    for word in ("goverment", "untill", "recieve", "definate", "nectur", "hpuse"):
        assert harper_context.habit_slip_from(word, 3.0), word  # hpuse: o and p are neighbours
    for word in ("zhutar", "hpbit", "lounqe"):
        assert not harper_context.habit_slip_from(word, 3.0), word  # no key next to the other


def test_an_unknown_word_used_twice_is_no_term():
    # machine translation repeats a mistranslation: twice is too few to call it a term
    text = "They tested their stress zhutar. Stress zhutar rose in the body."
    assert [w for w, _ in _spelling(text)] == ["zhutar", "zhutar"]


def test_a_word_used_twice_is_no_term():
    text = "The goverment said so. Later the goverment agreed."
    assert [w for w, _ in _spelling(text)] == ["goverment", "goverment"]


def test_a_term_beside_a_near_form_is_a_typo_everywhere():
    # "government" is one edit from "goverment": the text is inconsistent, flag every use
    text = "The goverment said so. The goverment agreed. The goverment left. The government stayed."
    assert [w for w, _ in _spelling(text)] == ["goverment"] * 3
    assert harper_context.article_term(text, "goverment") == 0


def test_a_common_word_misspelt_the_same_way_every_time_is_flagged_every_time():
    # a writer's habit: Harper's best suggestion is a word most writers know
    text = "The accomodation was full. No accomodation was left. The accomodation closed."
    assert [w for w, _ in _spelling(text)] == ["accomodation"] * 3


def test_a_short_word_one_letter_from_a_common_one_is_read_as_a_term():
    # "waka" (a canoe) is one letter from "wake": a short loanword, no writer's habit,
    # so flagged once at its first use, as the text's term, not at every use
    text = (
        "The village built a new waka this year. The waka is 20 metres long. Paddlers "
        "took the waka out at dawn, and a second waka is planned."
    )
    found = _spelling(text)
    assert [w for w, _ in found] == ["waka"]
    assert "4 times" in found[0][1]


def test_a_short_word_one_neighbour_key_from_a_common_one_is_a_habit():
    # "wuth": u and i are neighbour keys, a finger's slip a writer repeats: every use
    text = "She came wuth him. He left wuth her. They sang wuth us. We ate wuth them."
    assert [w for w, _ in _spelling(text)] == ["wuth"] * 4
    # "alsu": a slip of one of the commonest words ("also") is a habit too
    text = "She came alsu. He left alsu. They sang alsu. We ate there alsu."
    assert [w for w, _ in _spelling(text)] == ["alsu"] * 4


def test_article_term_counts_uses_and_inflections():
    text = "A zhutar. Zhutar again. Two zhutars. One zhutar's end."
    assert harper_context.article_term(text, "zhutar") == 4
    assert harper_context.article_term(text, "zhutars") == 4
    assert harper_context.article_term("A zhutar, zhutarian zhutar.", "zhutar") == 0  # two
    assert harper_context.article_term("a zhutar, a zhutar, a zhutar, a zhuter", "zhutar") == 0


def test_article_term_sets_aside_a_name_near_a_lower_case_term():
    # a person's given name one letter away, before a surname or mid-sentence: no variant
    text = "A zhutar, a zhutar, a zhutar.\n\nZhuter Bakov, 40, said so. Then said Zhuter."
    assert harper_context.article_term(text, "zhutar") == 3
    # the same near form at a sentence start with no name after it may be the slip
    assert (
        harper_context.article_term("a zhutar, a zhutar, a zhutar. Zhuter is rare.", "zhutar") == 0
    )
    assert (
        harper_context.article_term("The goverment, the goverment, the government.", "goverment")
        == 0
    )


def test_regular_plural_needs_a_known_noun_and_no_slip_of_another_word():
    assert harper_context.regular_plural("cappings")
    assert not harper_context.regular_plural("goverments")  # "goverment" is no word
    assert not harper_context.regular_plural("tims")  # "times"
    assert harper_context.regular_plural("charrs", guarded=False)
    assert not harper_context.regular_plural("charrs")  # "chairs", "charts"


def test_doubling_slip_needs_a_changed_word():
    assert harper_context.doubling_slip_from("comitee", 3.0)  # "committee"
    assert harper_context.doubling_slip_from("tommorow", 3.0)  # "tomorrow"
    assert not harper_context.doubling_slip_from("mole", 3.0)  # itself, not a slip
    assert not harper_context.doubling_slip_from("zhutar", 3.0)
