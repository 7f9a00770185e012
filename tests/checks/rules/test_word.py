"""Word-level artifacts: glued words, stray fragments, a duplicated subject."""

import pytest

from copydesk.checks.context import BatchMember
from copydesk.checks.engine import Engine
from copydesk.checks.fixer import fix_text
from copydesk.checks.registry import REGISTRY

GLUED = Engine(checks=[REGISTRY.get("word.glued")])
STRAY = Engine(checks=[REGISTRY.get("word.stray-fragment")])
DUP = Engine(checks=[REGISTRY.get("word.duplicated-subject")])
ALL_WORD = Engine(checks=[c for c in REGISTRY.all() if c.id.startswith("word.")])


def only(engine, text):
    issues = engine.check_text(text)
    assert len(issues) == 1, issues
    return issues[0]


# --- word.glued -------------------------------------------------------------


def test_name_glued_to_next_word_is_split_safely():
    text = "There are also Park Thae Song and from Kim Myong Sikadmiral present at the launch."
    issue = only(GLUED, text)
    assert issue.matched(text) == "Sikadmiral"
    assert issue.offset == text.index("Sikadmiral")
    # three name words and a role: the apposition comma comes first
    assert issue.replacements == ("Sik, admiral", "Sik admiral")
    assert issue.safe


def test_function_word_glued_to_capitalised_word():
    text = "The resolution was backed by theUnited States and Japan."
    issue = only(GLUED, text)
    assert (issue.matched(text), issue.replacements, issue.safe) == (
        "theUnited",
        ("the United",),
        True,
    )


@pytest.mark.parametrize(
    "text",
    [
        # an app that speaks for its user is named so on purpose: no glue
        "Claims go through a new app, myBenefits, from next month.",
        "Members vote through ourCouncil, the party's website.",
        "Fares are paid with yourTicket; the app weTravel books seats.",
    ],
)
def test_first_and_second_person_camel_words_are_left_alone(text: str) -> None:
    assert GLUED.check_text(text) == []


def test_function_word_glued_to_a_capitalised_word_is_applied() -> None:
    # a plain function word glued to a capital is scraping's lost space: applied
    text = "Claims go through a new app from theBenefits office."
    issue = only(GLUED, text)
    assert issue.matched(text) == "theBenefits"
    assert issue.safe


@pytest.mark.parametrize(
    "text",
    [
        # the plural of a word English knows whole ("steelpan")
        "The shed held two dustpans, the woodpiles and three haylofts.",
        # a content word English closes compounds with ("-master", "-house", "-board")
        "The old ferrymaster and the new ferryhouse keeper met at the dock.",
    ],
)
def test_lower_case_compounds_and_plurals_are_no_glue(text: str) -> None:
    assert GLUED.check_text(text) == []


def test_function_word_glued_to_a_known_capitalised_word_even_if_attested():
    # wordfreq knows "thenational" (a web site): the camel hump is evidence enough.
    text = "He told theNational on Monday that ofEurope andThe rest were wrong."
    issues = GLUED.check_text(text)
    assert [(i.matched(text), i.replacements[0]) for i in issues] == [
        ("theNational", "the National"),
        ("ofEurope", "of Europe"),
        ("andThe", "and The"),
    ]
    assert not issues[0].safe  # a known whole may be a brand: offered, not applied
    assert issues[1].safe


@pytest.mark.parametrize(
    "text",
    [
        "The CENI president, Abdallahi Ould Cheikh Sidiya, rejected these accusations.",
        "Soraya Sidi and Olha Sidiya said so; Sidi is a common name.",
        "She uses an iPhone, an iPad, iOS and macOS, and sells on eBay.",
        "McDonald, PlayStation, JavaScript and YouTube are brands.",
    ],
)
def test_glued_slang_halves_and_brands_quiet(text):
    assert GLUED.check_text(text) == []


def test_two_letter_function_word_half_still_splits():
    text = "There are also Park Thae Song and Kim Myong. Kim spoke; later Kimis here."
    issue = only(GLUED, text)
    assert (issue.matched(text), issue.replacements[0]) == ("Kimis", "Kim is")


def test_two_lower_case_words():
    text = "The prosecutor presentedevidence from three witnesses."
    issue = only(GLUED, text)
    assert issue.matched(text) == "presentedevidence"
    assert issue.replacements[0] == "presented evidence"


def test_name_used_alone_elsewhere_in_the_batch_makes_the_split_safe():
    other = BatchMember("b.txt", "Peskov spoke to reporters on Monday.")
    text = "On Tuesday Peskovsaid the talks were over."
    member = BatchMember("a.txt", text)
    from copydesk.checks.context import Batch

    result = GLUED.check_member(member, Batch([member, other]))
    [issue] = result.issues
    assert (issue.matched(text), issue.replacements[0], issue.safe) == (
        "Peskovsaid",
        "Peskov said",
        True,
    )


def test_rare_right_part_is_offered_but_not_safe():
    text = "Poland buys tanks from Hyundai Rotem andHanwha Aerospace."
    issue = only(GLUED, text)
    assert issue.replacements[0] == "and Hanwha"
    assert not issue.safe


@pytest.mark.parametrize("name", ["Hartpence", "Sweetapple", "Thornback", "Oakenshaw"])
def test_english_compound_surname_is_never_split_unseen(name):
    text = f"Dr Jane {name} said the plan was sound."
    assert not [i for i in GLUED.check_text(text) if i.safe]


def test_function_word_glue_is_safe_content_word_glue_is_not():
    [glue] = GLUED.check_text("The minister saidthe plan was sound.")
    assert (glue.replacements[0], glue.safe) == ("said the", True)
    [compound] = GLUED.check_text("Critics call it sportswashing by the state.")
    assert not compound.safe


def test_a_foreign_word_that_begins_with_a_function_word_is_no_glue():
    # "sostare" (Italian): "so" + "stare" reads as glue, but a foreign list knows the whole
    # and "stare" is no everyday English word; so with "tolone" ("to" + "lone").
    for text in (
        "At weddings the village still sings a slow sostare, its elders say.",
        "The band closed with a tolone, a dance of the valley.",
    ):
        assert GLUED.check_text(text) == []
    [glue] = GLUED.check_text("The minister saidthe plan was sound.")
    assert glue.safe


@pytest.mark.parametrize(
    "text",
    [
        "She bought an iPhone and sold her old one on eBay.",
        "The clip went viral on YouTube, WhatsApp and the PlayStation forums.",
        "McDonald's, JavaScript and the MacBook are all brands or names.",
        "Write to press@example.org or see https://example.org/theUnited for more.",
        "The hashtag #WeStandTogether trended; follow @Number10cat for updates.",
        "He met John Kettleborough at the Harbourside festival.",
        "The songbun system is strict: songbun decides who may live in Pyongyang.",
        "The campaign was zoomable and shareable, said OpenAI and DeepMind.",
        "Ta-Nehisi Coates, Lip-Bu Tan and Leif-Eric Easley spoke.",
        "Novo Nordisk makes Ozempic and Wegovy; Eli Lilly makes Mounjaro and Zepbound.",
        "The Brecon Beacons and Exmoor got 80mm of rain; the M5 closed.",
        "Inua Ellams and Dovile Sakaliene attended; Vice Premier He Lifeng did not.",
        "Faith Kipyegon of Kenya beat Sifan Hassan of the Netherlands.",
        "The plant was built by Huayou Cobalt at Arcadia in Zimbabwe.",
    ],
)
def test_glued_near_misses(text):
    assert GLUED.check_text(text) == []


def _assert_safe_glue(text: str, token: str, fix: str) -> None:
    """``token`` is the one glued word found, split safely into ``fix``, and ``fix`` applies it."""
    issue = only(GLUED, text)
    assert issue.matched(text) == token
    assert (issue.replacements[0], issue.safe) == (fix, True)
    assert fix_text(GLUED, text).text == text.replace(token, fix)


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        # a demonym or a day is a word of its own, even before a name
        ("They signed the young Danishplayer Frederik Lund.", "Danishplayer", "Danish player"),
        ("The flames came down on Saturdayafternoon towards the port.", "Saturdayafternoon",
         "Saturday afternoon"),
        ("She won the Scottishunder-12 title at nine.", "Scottishunder", "Scottish under"),
        # "Thursdays|how" is a far weaker reading: no rival
        ("Figures published on Thursdayshow that waits grew.", "Thursdayshow", "Thursday show"),
        # a name ending in a or o before "and": no known word ends so
        ("Talks were held in the cities of Ceutaand Melilla.", "Ceutaand", "Ceuta and"),
        ("He was born in Ravennaand formed in its youth sector.", "Ravennaand", "Ravenna and"),
        # a verb that ends no known word or name starts the clause
        ("The bank, whose president Rosa Ilabacamust resign, fell.", "Ilabacamust",
         "Ilabaca must"),
        ("Marks & Spencer and Tescosaid Christmas sales were strong.", "Tescosaid", "Tesco said"),
        ("The firm Lindensaid it won the contract.", "Lindensaid", "Linden said"),
        # a short preposition before a determiner, a number or (after a common word) a name
        ("After a win over Bournemouthin which he scored.", "Bournemouthin", "Bournemouth in"),
        ("The offering on the Nasdaqin September was large.", "Nasdaqin", "Nasdaq in"),
        # an auxiliary and what it takes: a bare verb after a modal, an adjective after "was"
        # (the heads are names Spanish knows, English hardly)
        ("The port of Antofagastawill reopen on Monday.", "Antofagastawill",
         "Antofagasta will"),
        ("Their spokesman, Rafael Quiñoneswas unable to attend.", "Quiñoneswas",
         "Quiñones was"),
        # a long everyday word that ends no known word, after a name that is no English word
        ("He told the Ansaagency that the talks were over.", "Ansaagency", "Ansa agency"),
        ("Troops moved into the Khersonregion overnight.", "Khersonregion", "Kherson region"),
        # "of" ends no given name: after a person's name, before a name, it is a glue
        ("The study was led by Maria Schneiderof Heidelberg University.", "Schneiderof",
         "Schneider of"),
    ],
)  # fmt: skip
def test_word_knowledge_makes_a_glue_safe(text, token, fix):
    _assert_safe_glue(text, token, fix)


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        # a (plural) demonym, then a preposition and its phrase
        ("The smoke sent thousands of Canadiansto hospital.", "Canadiansto", "Canadians to"),
        # a demonym before a dictionary word, however rare or affix-like
        ("The Turkishlira was little changed.", "Turkishlira", "Turkish lira"),
        ("Novo Nordisk, the Danishmaker of Ozempic, said.", "Danishmaker", "Danish maker"),
        ("Egyptian and Italianarchaeologists found it.", "Italianarchaeologists",
         "Italian archaeologists"),
        ("He said Chinesecarmakers had become rivals.", "Chinesecarmakers", "Chinese carmakers"),
        # a long dictionary word after a head the article uses on its own
        ("Swiss data show it. Most Swissglaciers would vanish.", "Swissglaciers",
         "Swiss glaciers"),
        ("China said no. Tension with Chinaintensified.", "Chinaintensified",
         "China intensified"),
        # a determiner ends no name
        ("The van visits Sutherland and Lochaberevery three weeks.", "Lochaberevery",
         "Lochaber every"),
        # a known name glued to an Arabic particle
        ("It came after the fall of Basharal-Assad in December.", "Basharal", "Bashar al"),
        ("Crown Prince Mohammedbin Salman spoke.", "Mohammedbin", "Mohammed bin"),
        # "to" ends no name a lexicon does not know whole, even after a given name
        ("Voters elected Susan Crawfordto the state court.", "Crawfordto", "Crawford to"),
    ],
)  # fmt: skip
def test_demonyms_determiners_and_particles_make_a_glue_safe(text, token, fix):
    _assert_safe_glue(text, token, fix)


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        # a Romance particle after an everyday word of its language, before a name
        ("They met at the Palaciodel Congreso on Monday.", "Palaciodel", "Palacio del"),
        ("A show at the Museodi Capodimonte opened.", "Museodi", "Museo di"),
        # a known name ending in e, i or u whose ending and "and" end no known word,
        # before the name "and" joins to it
        ("Operas by Belliniand Verdi were sung.", "Belliniand", "Bellini and"),
        ("Trains to Chengduand Wuhan ran late.", "Chengduand", "Chengdu and"),
        # a long dictionary word, however rare, after a place
        ("Farms in the Caucasusfoothills burned.", "Caucasusfoothills", "Caucasus foothills"),
        ("Homes in the Ipanemaneighbourhood flooded.", "Ipanemaneighbourhood",
         "Ipanema neighbourhood"),
        # "for", which ends few known words, before a determiner
        ("Tickets from Shenzhenfor the holiday sold out.", "Shenzhenfor", "Shenzhen for"),
        # an English word ending a run of names, then a long word that ends no known word
        ("Crowds at the Notting Hill Carnivalweekend grew.", "Carnivalweekend",
         "Carnival weekend"),
    ],
)  # fmt: skip
def test_particles_seams_and_long_words_make_a_glue_safe(text, token, fix):
    _assert_safe_glue(text, token, fix)


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        # "and" before the last item of a list of names, or after a known name whose
        # last two letters and "and" end no known word
        ("Flights to Lyon, Nantesand Brest resumed.", "Nantesand", "Nantes and"),
        ("She taught in Swindonand Reading for years.", "Swindonand", "Swindon and"),
        # a past tense that ends few known words, then what a verb takes
        ("The miner Glencoresold the unit last year.", "Glencoresold", "Glencore sold"),
        ("Exports from Rwandarose by a third.", "Rwandarose", "Rwanda rose"),
        # a relative or a conjunction and the clause it opens
        ("A researcher in Bishkekwho studied the dam spoke.", "Bishkekwho", "Bishkek who"),
        ("The court in Almatythat he would appeal.", "Almatythat", "Almaty that"),
        # "to" and a bare verb after a name English knows
        ("They flew to Nairobito meet the minister.", "Nairobito", "Nairobi to"),
        # a name that is no English word of any class, then an everyday word
        ("Sales over the Easterweekend were weak.", "Easterweekend", "Easter weekend"),
        ("The band will tour Norwaynext year.", "Norwaynext", "Norway next"),
        # "de" after an everyday Spanish word, "delle" after an Italian one
        ("They camped near Puertode Santa Cruz.", "Puertode", "Puerto de"),
        ("Fans of the Gazzettadelle Alpi wrote in.", "Gazzettadelle", "Gazzetta delle"),
        # "of" and a determiner after a known name; a demonym before "-man"
        ("The study, said Kenji Tanakaof a university in Osaka, is new.", "Tanakaof",
         "Tanaka of"),
        ("A Guatemalanman was detained at the border.", "Guatemalanman", "Guatemalan man"),
    ],
)  # fmt: skip
def test_what_follows_a_name_makes_a_glue_safe(text, token, fix):
    _assert_safe_glue(text, token, fix)


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        # "Ecuadorian|shave" or "Ecuadorians|have": the likelier reading, offered
        ("About a million Ecuadorianshave left since 2015.", "Ecuadorianshave",
         "Ecuadorians have"),
        # "-sent", "-book" end many words: a name's ending as likely as a glue
        ("A statement from Terrassent to the press followed.", "Terrassent", "Terras sent"),
        ("A statement from Instabook to the press followed.", "Instabook", "Insta book"),
        # a people's plural in -i before a verb ("Varakhis wanted"), the place written alone
        ("Varakh lies high. He said Varakhis wanted a say.", "Varakhis", "Varakh is"),
        ("Varakh lies high. In town the Varakhis hope for rain.", "Varakhis", "Varakh is"),
    ],
)  # fmt: skip
def test_an_ambiguous_glue_is_offered_not_applied(text, token, fix):
    issue = only(GLUED, text)
    assert (issue.matched(text), issue.replacements[0], issue.safe) == (token, fix, False)
    assert fix_text(GLUED, text).text == text


def test_a_peoples_plural_before_a_bare_verb_is_no_glue():
    # "Varakh is believe" is no clause: "Varakhis" is the people's plural
    assert GLUED.check_text("Varakh lies high. He said Varakhis believe they need a vote.") == []
    # before a determiner the glue stands, and is applied
    _assert_safe_glue("Varakh lies high. He said Varakhis a hard place.", "Varakhis", "Varakh is")


def test_an_unknown_head_before_a_verb_is_not_applied():
    # "Mavri|displays him" may be "Mavridis plays him": a head no lexicon knows may have
    # taken the verb's first letters
    text = "Nikos Mavridisplays him with care."
    assert not [i for i in GLUED.check_text(text) if i.safe]
    assert fix_text(GLUED, text).text == text


@pytest.mark.parametrize(
    "text",
    [
        # a given name and "-and" make surnames, even after a list's comma
        "In Oslo, Kjelland Berg said it was over.",
        # after an opening phrase's comma, a surname whose head is no word (the review's cases)
        "In Oslo, Rosland Berg said so.",
        "In Tromso, Kirkeland Haugen said it was over.",
        "Speaking to NRK, Tveitland Moe said so.",
        "He met Frustrent the next day.",
        # Turkish locatives in "-de" ("festivalde"); an English word before "de" ("Thai")
        "Researchers including James Festivalde Columbia University agreed.",
        "Researchers including James Thaide Columbia University agreed.",
    ],
)
def test_names_before_a_name_or_a_phrase_stay_whole(text):
    assert GLUED.check_text(text) == []


def test_a_portuguese_particle_is_offered_not_applied():
    # Portuguese participles and gerunds end in "-do", "-dos" ("Escolado", "Medalhados")
    text = "Farms near Pontado Sol burned."
    issue = only(GLUED, text)
    assert (issue.replacements[0], issue.safe) == ("Ponta do", False)
    assert fix_text(GLUED, text).text == text


def test_a_borrowed_name_is_not_split_before_a_three_letter_word():
    # "Ziel|one", "Servis|ten": another language's word before a short one is its ending
    assert GLUED.check_text("A statement from Zielone and Servisten followed.") == []


def test_a_name_english_knows_unaccented_before_a_common_noun_is_offered():
    # "Maori" is English; "Māori|people" may still be a name's ending: offered only
    text = "They called on the Māoripeople to vote."
    issue = only(GLUED, text)
    assert (issue.replacements[0], issue.safe) == ("Māori people", False)


@pytest.mark.parametrize(
    "text",
    [
        # a two-letter head must be an English function word ("Si|milan" is "Similan")
        "The islands of Ko Similan and Ko Tamilan.",
        # a short everyday word ends names built of syllables ("Boonya|porn")
        "Its owner, Somchai Boonyaporn, said so.",
        # a surname a Romance list knows is no everyday word before "do"
        "The striker Zerbido Mensah scored.",
        # the head must be an everyday word of the particle's own language: "kara" is
        # Portuguese enough, not Italian, so "Kara|di" is a surname (review)
        "The Karadi Group said profits rose.",
        # a long word after a run of names ends a name unless the head is an English word
        "Researchers including James Désinfections Columbia University agreed.",
        # "-riand" ends known words (Briand, Perriand); before "and" no name is joined
        "The historians Lomiand Dupont and Kerriand Moreau wrote.",
        "The historians Sumiand and Lomiuand wrote on it.",
        # "per" ends many names (Jasper, Kasper): no preposition glue
        "He met Lindenper the next day.",
    ],
)
def test_particles_seams_and_syllables_near_misses(text):
    assert not [i for i in GLUED.check_text(text) if i.safe]


def test_at_after_a_name_is_no_preposition_glue():
    # "Can Tho|that the" is no "Thoth|at the": only "to" is taken after a name
    text = "He told a conference in Can Thothat the government expected more."
    issue = only(GLUED, text)
    assert issue.replacements[0] == "Tho that"


def test_a_demonym_before_a_rare_compound_splits_at_the_demonym():
    text = "Norwegianboatbuilders have benefited."
    issue = only(GLUED, text)
    assert issue.replacements[0] == "Norwegian boatbuilders"
    # a rare compound of seven letters or more is still a word after a demonym (glued13)
    assert issue.safe
    # a rare short one is offered only
    issue = only(GLUED, "The Danishwhelks sold.")
    assert (issue.replacements[0], issue.safe) == ("Danish whelks", False)


@pytest.mark.parametrize(
    "text",
    [
        # a pronoun after a demonym may end a name; a link word needs its phrase
        "The retailer Mexicanus reported.",
        "The fans of Romanas and Germanos.",
        # a country before a hyphened name is a pair, not a particle
        "The Portugal-Spain border and the Senegal-Gambia bridge; Nepal-India talks.",
        "The Kamal-Hassan film and the Bilal-Ahmed trial.",
        # "-in" and "-on" end surnames: not split after a given name
        "The envoy Anna Kasparin the next day, and Ivan Pavlon the day after.",
        # a word another language knows before "in" is no name glue ("Alem|in the")
        "He met Alemin the next day.",
        # a head only another language knows, before "to": Romance words end so
        "He met Cordato the next day and Salmito the day after.",
        # "bin" is English too: only a given name takes the particle
        "Researchers including James Rakibin Columbia University agreed.",
        # a day's plural rivals the day: "Thursday show" stays the reading
        "They met on Thursdaysat noon.",
    ],
)
def test_demonym_and_particle_near_misses(text):
    assert not [i for i in GLUED.check_text(text) if i.safe]


def test_a_full_name_before_a_role_takes_the_apposition_comma():
    text = "There is also Lena Marquezminister present at the ceremony."
    issue = only(GLUED, text)
    assert issue.replacements == ("Marquez, minister", "Marquez minister")
    # an organisation before a role is attributive: a plain space
    [kremlin] = GLUED.check_text("Dmitry Peskov, the Kremlinspokesman, said it.")
    assert kremlin.replacements[0] == "Kremlin spokesman"
    [party] = GLUED.check_text("Four Liberal Democratcouncillors voted against.")
    assert party.replacements[0] == "Democrat councillors"


@pytest.mark.parametrize(
    "text",
    [
        # "-iand", "-uand" end surnames (Briand, Marquand); "in" follows vowels in many words
        "The historians Sumiand and Lomiuand wrote on it.",
        "The company overtook Teslain annual sales.",
        # "felt" ends names (Magherafelt), "said" does not: "Lindensaid" is split
        "The firm Lindenfelt won the contract.",
        # a two-letter tail after a demonym
        "The retailer Mexicanus reported.",
        # "-in" ends surnames, "-by" place names: not after a given name, never "by"
        "The envoy Anna Kasparin the next day.",
        "They met at Swainby Hall on Monday.",
        # a link word before a stop links nothing: "Townsand" is a name
        "Ian Walkingshaw was present; so was Leon Townsand.",
        "The envoys Leon Townsand, Ruth Hildebrand and Ian Walkingshaw spoke.",
        # a word another language knows whole is no glue
        "The Bürgerinitiative in Kassel and the Retornado fans opposed it.",
        # an English word before a word ending no other word makes a compound
        "A statement from Videogamer and Booksmile followed.",
        # a surname in a run of names ends in what it likes
        "The envoy Anna Criticarlo will attend.",
        # a determiner after "has" may open an adverbial
        "They met Clarinhas the next day.",
        # after a verb a person may take an object: "-in" may end the surname (review)
        "Police told Ahmed Hassanin the news on Friday.",
    ],
)
def test_word_knowledge_keeps_names_quiet(text):
    assert not [i for i in GLUED.check_text(text) if i.safe]


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        # a known name opening its sentence, then "is" and what it takes
        ("Maria Weberis a Swiss diplomat who chairs the panel.", "Weberis", "Weber is"),
        # "or" before the last item of a list, and before a lower-case word after a place
        ("Flights to Kenya, Ugandaor Rwanda were cancelled.", "Ugandaor", "Uganda or"),
        ("Workers left for Kathmanduor abroad last year.", "Kathmanduor", "Kathmandu or"),
        # a head no lexicon knows, at a seam no known word has, before what a name takes
        ("Treatment plants at Velosaand Marboke were shut.", "Velosaand", "Velosa and"),
        ("Both men were held in Kolubasince their arrest in May.", "Kolubasince", "Koluba since"),
        ("She worked at Rørvikfor 20 years.", "Rørvikfor", "Rørvik for"),
        ("Lena Horvatovádirects the orchestra.", "Horvatovádirects", "Horvatová directs"),
        # a common name of no word class ends in no "-in", even after a given name
        ("Mei Zhangin the final was fastest.", "Zhangin", "Zhang in"),
        ("He studied at the Escuela Politécnica Nacionalin Quito.", "Nacionalin", "Nacional in"),
        # "bin" after a head the batch uses on its own
        ("Minister Hamdanbin Rashid spoke. Hamdan said it was fair.", "Hamdanbin", "Hamdan bin"),
        # a Portuguese particle after a given name
        ("The panel was chaired by Pedrodos Santos, a judge.", "Pedrodos", "Pedro dos"),
        # a subject's verb before a bare noun
        ("Anna Berglundpaints landscapes.", "Berglundpaints", "Berglund paints"),
        # a head no lexicon knows before "and" and a lower-case word
        ("Cargo left from Ras Tazbikand by lorry.", "Tazbikand", "Tazbik and"),
        # the Welsh "ap" (son of) after a given name, before the father's name
        ("The safety officer, Gethinap Dafydd, said so.", "Gethinap", "Gethin ap"),
        # "has" before a regular "-ed" participle
        ("Joseph Bezzinahas lived in the flat since 1990.", "Bezzinahas", "Bezzina has"),
        # "if" is a function word; after a day it opens a clause
        ("Crews will drop food there on Fridayif the roads stay shut.", "Fridayif", "Friday if"),
        # a compass adjective after a preposition opens a noun phrase
        ("He moved from Nagpurin central India to Delhi.", "Nagpurin", "Nagpur in"),
        # "from" a place "to" another, even when another language knows the whole
        ("Ferries from Tallinnto Helsinki were cancelled.", "Tallinnto", "Tallinn to"),
        ("Flights from Riga to Oslo and from Rigato Bergen resumed.", "Rigato", "Riga to"),
        # a science in "-y" before "and" and a name: "-gyand" ends no known word
        ("The Institute of Glaciologyand Geophysics.", "Glaciologyand", "Glaciology and"),
        # after "San" (no given name, no word class) the name is a saint's or a place's
        ("The roof of the church of San Lorenzoin the old town fell.", "Lorenzoin", "Lorenzo in"),
        # a place glued to "at" at a seam no known word has, before a lower-case word
        ("Crews flew to Somaliaat short notice.", "Somaliaat", "Somalia at"),
        # a place glued to "by" before a given name: the author "by" names
        ("It is a novel about a care home in Derryby Niamh McGrath.", "Derryby", "Derry by"),
        # a participle that is no past tense after "had": "a given" is no reading there
        (
            "The Sherpas rested. Officials said Sherpashad given up hope.",
            "Sherpashad",
            "Sherpas had",
        ),
        ("Quakers met. Witnesses said Quakershad known of it.", "Quakershad", "Quakers had"),
        # a subject's verb that ends known words only after an English word ("resells")
        ("Tomasz Wierzbickisells antiques in Krakow.", "Wierzbickisells", "Wierzbicki sells"),
        # an everyday word before an everyday head names an organisation, not a person
        ("A grant from Royal Mailin March paid for it.", "Mailin", "Mail in"),
        # French particles after an everyday French word
        ("They stayed at the Maisondes Arts in Lyon.", "Maisondes", "Maison des"),
        ("The crowd filled the Palaisdu Louvre.", "Palaisdu", "Palais du"),
        # no plural demonym English does not write: not "Englishs|peakers"
        ("It was cut for the Englishspeakers there.", "Englishspeakers", "English speakers"),
        # the Dutch "van" and the Romance "de" after a given name, also before "der", "la"
        ("He beat the Dutch seed Pietervan der Berg 6-4.", "Pietervan", "Pieter van"),
        ("The singer Rafaelde la Torre sang.", "Rafaelde", "Rafael de"),
    ],
)
def test_glued_function_words_after_names_are_split_safely(text, token, fix):
    issue = only(GLUED, text)
    assert (issue.matched(text), issue.replacements[0], issue.safe) == (token, fix, True)
    assert fix_text(GLUED, text).text == text.replace(token, fix)


def test_an_unknown_name_before_in_and_a_place_is_offered_at_a_common_seam():
    # a seam known words end in ("-amin": Benjamin) or a head too rare to be a known place
    # ("Chindwin"): offered only
    issue = only(GLUED, "The region of Bukamin Indonesia is remote.")
    assert (issue.replacements[0], issue.safe) == ("Bukam in", False)
    issue = only(GLUED, "Floods along the Chindwinin Myanmar forced thousands out.")
    assert (issue.replacements[0], issue.safe) == ("Chindwin in", False)


@pytest.mark.parametrize(
    "text",
    [
        # names that end in "-to", "-can", "-by", "-in", "-and", "-is", "-or" stay whole
        "A letter from Pinto Silva arrived; flights from Toronto to Berlin resumed.",
        "A call from Duncan Smith followed; the Mexican double was a hit.",
        "A letter from Leonato Rossi arrived; a message from Sakuto Ito followed.",
        "She met Eriksson in Kuwait and Anand in India.",
        "Ashby and Derby drew; Chris and Nikolaidis spoke.",
        "In Oslo, Rosland Berg and Trevor spoke.",
        "The Kirkby Stephen and Ashby Anne teams; a report from Selby John Smith.",
        # a particle only before a capitalised name; "-iand" after an unknown head is a name
        "Gethinap said so.",
        "The historians Lomiand Dupont and Kerriand Moreau wrote.",
        # a given name before: the surname may end in "-in" ("told Nicolás Vanin the news")
        "He told Nicolás Vanin the news.",
        # a subject's or object's adverbial, not an auxiliary's or a preposition's word
        "He had met Karpin several times. Officials said Karpin most likely stays.",
        "Officials said Emrecan probably misses the derby and Mertcan always trains.",
        "Police said Nowshad often travelled to Dhaka.",
    ],
)
def test_glued8_near_misses(text):
    assert not [i for i in GLUED.check_text(text) if i.safe]


@pytest.mark.parametrize(
    "text",
    [
        # a short word closing a run of names ends surnames ("Kiptum", "Kipnow")
        "2. Ezra Kiptum (Kenya) 2:07:11; 3. Paul Kipnow (Uganda) 2:08:02.",
        "The winner, Abel Kipsang (Kenya), beat Ruth Kiptoo (Uganda).",
        # a title or an adjective before a surname in "-in": a person
        "He met Don Kasparin the square.",
        "The Little Karpin the film won.",
        "He met Saint Kasparin the square; Minister Karpin the news.",
        # "-shad" ends given names: "had" and a participle only after a head the text
        # writes on its own ("Dels", "Mirs" are words too)
        "The minister Behshad given the prize thanked them.",
        "With Delshad given the armband, the side started well.",
        "With Mirshad gone, the side struggled; Coach Golshad known for his temper left.",
        # names known whole stay whole whatever follows
        "Officials said Hadley had given up; Gladstone sells antiques; Ramadan in Sudan began.",
        "World Bhutan in March; Kazakhstan sells wheat; Derby had given way.",
        "The Andes des Alpes and the Hindu du Nord; Mercedes and Guides.",
        # names ending in "-van" or "-de" that no given name opens
        "Ivan Sullivan met Galvan and Donovan; the Allende era; Jorge Andrade.",
    ],
)
def test_glued9_near_misses(text):
    assert GLUED.check_text(text) == []


def test_a_plain_plural_before_a_function_word_rivals_only_when_far_likelier():
    # "Seas|now" is no likelier than "Sea|snow": the singular's reading is applied
    text = "The Bering Sea is cold. The Bering Seasnow crab season opened."
    issue = only(GLUED, text)
    assert (issue.replacements[0], issue.safe) == ("Sea snow", True)
    # a longer tail that is a word rivals an unknown head's split before a noun
    assert GLUED.check_text("Workers at the Uitvlugtestates went on strike.") == []


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        # the plural reading of a function word rivals a head the text uses alone
        ("Funding came from Forest Parksand a trust. Park rangers said so.", "Parks and"),
        # ... and after a demonym the likelier reading comes first (glued14)
        ("Many Kenyansnow live abroad.", "Kenyans now"),
        # a short everyday word after an everyday head closing a run of names
        ("It opened a season for Hudson Bayred king crab.", "Bay red"),
    ],
)
def test_glued9_rival_readings_are_offered_not_applied(text, fix):
    issue = only(GLUED, text)
    assert (issue.replacements[0], issue.safe) == (fix, False)


def test_a_particle_opening_a_name_is_no_place_after_in():
    # Turkish and other words end in "-in": "El" opens a name, it is no place of its own
    assert GLUED.check_text("They visited Alemin El Olivar and the port.") == []


def test_an_unknown_head_before_a_long_noun_is_offered():
    # "Vaudri|court", "Navar|raise" read so too and are foreign words of their own
    text = "Farms near the Kolubaorchards were flooded."
    issue = only(GLUED, text)
    assert (issue.replacements[0], issue.safe) == ("Koluba orchards", False)
    assert not [i for i in GLUED.check_text("A statement from Vaudricourt followed.") if i.safe]


@pytest.mark.parametrize(
    "text",
    [
        # names that end in "-and", "-or", "-in", "-is" stay whole
        "Anand and Tamin met in Berlin or Paris.",
        "Trevor or Francis will attend.",
        "In Oslo, Rosland Berg and Eriksson met.",
        "Nikolaidis is a judge; Chris is a lawyer.",
        "Dimitris Petrakis a week later resigned.",
        # a verb after the whole makes it the name of the verb's subject
        "Vasquezor said it was over.",
        "Lena Weberis said to be ill.",
        "Ferrandis is a judge.",
        # after a verb a name may take a determiner ("gave Chris a medal")
        "He gave Papadakis a medal.",
        "The envoy Lena Ostrand said so.",
        # an unknown head at a seam that ends known words ("-amin": Benjamin)
        "The region of Bukamin Indonesia is remote.",
        # "-iand" ends French surnames; a shorter tail that is a word gives another reading
        "The historians Lomiand Dupont and Sumiand spoke.",
        # a verb after an unknown head before a noun, not at a sentence's start
        "He said Lindqvistteaches physics.",
        # two-letter tails end words of every language; a word's head before "or"; a
        # Spanish word ending in a particle
        "He met Kardeşin the next day.",
        "He met Revizyon the next day.",
        # a run of names with no "the" before it, or a noun English knows after "-in"
        "Jean Riverin Tremblay said the vote was close.",
        "The firm Riverin Holdings said the vote was close.",
        "He joined the Gagnon Riverin Lapointe law firm in May.",  # a run of surnames
        "Researchers including James Jawor Columbia University agreed.",
        "Researchers including James Sanado Columbia University agreed.",
    ],
)
def test_names_ending_in_function_words_stay_whole(text):
    assert not [i for i in GLUED.check_text(text) if i.safe]


def test_a_headline_drops_its_is():
    # "Kristis ready for the final": a lone name before an adjective is a headline's subject
    assert GLUED.check_text("Kristis ready for the final.") == []
    # "is" after a subject is the one verb headlines and captions drop: offered, not applied
    issue = only(GLUED, "Kristis a doubt for the final.")
    assert (issue.replacements[0], issue.safe) == ("Krist is", False)
    issue = only(GLUED, "Maria Kristis ready for the final.")
    assert (issue.replacements[0], issue.safe) == ("Krist is", False)


# --- issue 15, glued10 ---


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        # an everyday noun before "in" and a noun phrase, even after an unknown name: surnames
        # built of one are known whole (Parkin, Larkin)
        ("The ferry sank on the Mbuluzi Riverin the east of the country.", "Riverin",
         "River in"),
        # a name a FOREIGN list knows before "in" and a year, at a seam no known word has
        ("The painter was born in Logroñoin 1921.", "Logroñoin", "Logroño in"),
        # a list's item no lexicon knows that reads one way only ("-kiand" ends no word)
        ("Snow fell around Oulu, Utsjokiand Savukoski overnight.", "Utsjokiand",
         "Utsjoki and"),
        # an adjective English derives from a place the demonym list does not hold
        ("Crowds watched the Okinawandancers at the festival.", "Okinawandancers",
         "Okinawan dancers"),
        # an adjective of an ocean or a mountain region is capitalised by rule, as a demonym
        ("Fishing fleets left the Atlanticport at dawn.", "Atlanticport", "Atlantic port"),
        ("Tea grows on the Himalayanslopes above the town.", "Himalayanslopes",
         "Himalayan slopes"),
        # after a demonym or an everyday word the run names a thing, not a person
        ("The old mill is a World Heritagesite now.", "Heritagesite", "Heritage site"),
        ("The storm hit the Arabian Seaisland of Masirah.", "Seaisland", "Sea island"),
        ("The yacht crossed the Pacific Oceanisland chain.", "Oceanisland", "Ocean island"),
        # a name the text writes before a noun, glued to a short everyday noun
        ("The Savoyard villages are high. The Savoyardbus line stopped.", "Savoyardbus",
         "Savoyard bus"),
        # a given name of five letters or more before "da" and a capitalised name
        ("His daughter, Helenada Silveira, said he died at home.", "Helenada", "Helena da"),
    ],
)  # fmt: skip
def test_glued10_names_before_small_words_and_adjectives_before_nouns(text, token, fix):
    _assert_safe_glue(text, token, fix)


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        # an unknown head before "in" and a year: other languages end words so
        ("He wrote for the daily Þjóðviljiðin 1970.", "Þjóðviljið in"),
        # Portuguese "da" after an everyday Portuguese word ends participles too
        ("Mass was said at the church of Nossa Senhorada Graça in the town.", "Senhora da"),
    ],
)
def test_glued10_unsure_splits_are_offered(text, fix):
    issue = only(GLUED, text)
    assert (issue.replacements[0], issue.safe) == (fix, False)


@pytest.mark.parametrize(
    "text",
    [
        # a verb tail before the sentence's verb: the token is the subject's name
        "Marian Wessells coaches the team.",
        "Coach Dana Wessells coached the side to a title.",
        # a prefix before a content word is a derived word, even beside the prefix alone
        "The Interceltic festival opened. Inter won the derby.",
        "He played at the Galway Interceltic Festival. Inter won.",
        "The Intercity trains ran late. Inter fans waited.",
        # a short everyday noun ends surnames ("Vanin"); a given name is no place ("Marian")
        "He told Nicolás Vanin the news; Marianwood spoke.",
        # a participle's short stem before "das" is no given name's
        "The Rimadas festas began.",
        # a Turkish locative is no Portuguese particle
        "They met in Ankarada Monday.",
        # after a given name, an everyday noun and "in"/"on" may be a surname wordfreq lacks,
        # before the object of a verb of giving (review10)
        "The committee awarded Robert Massin the medal for his book designs.",
        "The minister handed Charles Tillon the file, and the union sent Marie Touron a letter.",
        "The jury gave Ana Plotin the prize.",
        # ... and an English word and "in"/"on" after a given name before a second object
        "The prize went to Elena Portin the singer and to Mark Hillon the painter.",
        "The jury named Anna Fordin the winner.",
    ],
)
def test_glued10_near_misses(text):
    assert not [i for i in GLUED.check_text(text) if i.safe]


def test_a_noun_tail_before_a_verb_is_still_split():
    # "doctors" may be a verb too, but as a noun it is the verb's subject
    text = "Some Timoresedoctors trained in Cuba."
    issue = only(GLUED, text)
    assert (issue.replacements[0], issue.safe) == ("Timorese doctors", True)
    # a participle before its noun is no second verb
    _assert_safe_glue(
        "Last year the Credit Unionended fixed fees for members.", "Unionended", "Union ended"
    )
    # a prefix-like head the text writes after the same name closes that name
    _assert_safe_glue(
        "The Nan Shan is dry. Herders in the Nan Shanvalleys moved south.",
        "Shanvalleys",
        "Shan valleys",
    )
    # a prefix head the text writes alone before a clause verb is still a glue
    _assert_safe_glue('Van der Wal said so. "It is not," van der Walsaid.', "Walsaid", "Wal said")


# --- word.stray-fragment ----------------------------------------------------


def test_stray_capitals_at_a_sentence_start():
    text = "The pace was slow. TOon the Russian border of Khasan, the leader descended."
    issue = only(STRAY, text)
    assert (issue.offset, issue.length) == (text.index("TOon"), 4)
    assert issue.replacements == ("On",)
    assert issue.safe


def test_stray_capitals_before_a_capitalised_word_after_a_line_break():
    text = "The talks ended.\nABThe delegation left at dawn."
    issue = only(STRAY, text)
    assert (issue.matched(text), issue.replacements, issue.safe) == ("ABThe", ("The",), True)


def test_stray_capitals_before_a_two_letter_word():
    text = "Nobody spoke.\nOBDIn Britain, the reaction was muted."
    issue = only(STRAY, text)
    assert issue.replacements == ("In",)


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        # "KC|an" or "K|Can": before a noun opening on a vowel, in a sentence that asks
        # nothing, only the article reads
        ("The talks ended.\n\nKCan ethnomusicologist who works there said so.", True),
        ("The talks ended.\n\nNCan engineer said so.", True),
        # ... but a question, or a pronoun after it, may be "Can": offered only
        ("The talks ended.\n\nXCan ethnic tensions be eased?", False),
        ("The talks ended.\n\nXCan anyone say so.", False),
        # ... and so is a plural after it, or a question asked or reported anywhere in the
        # paragraph (review of 2026-12-06)
        ("The talks ended.\n\nXCan oil prices fall further, analysts asked.", False),
        ("The talks ended.\n\nXCan exporters in the U.S. survive the tariffs?", False),
        ("The talks ended.\n\nXCan universities adapt; the question is how fast.", False),
    ],
)
def test_stray_capitals_before_an_are_applied_when_only_the_article_reads(text, safe):
    issue = only(STRAY, text)
    assert (issue.replacements[0], issue.safe) == ("An", safe)


def test_stray_capitals_mid_sentence_are_offered_not_applied():
    text = "Officials said the XQconvoy crossed the border."
    issue = only(STRAY, text)
    assert issue.replacements == ("convoy",)
    assert not issue.safe


@pytest.mark.parametrize(
    "text",
    [
        "NATO and UNESCO sent observers to the DPRK's capital.",
        "Three CEOs, two DJs and several NGOers met the MPs.",
        "The iPhone, McDonald and MacBook are names, and so is PhD.",
        "JPMorgan and USAid said the SQLite bug was fixed; DJing is a job.",
        "© Copyright IBTimes 2024. All rights reserved.",
        "The plant produces 40 MWh a day, the chip runs at 3 GHz and the link at 10 MBps.",
        "Two MAs and three PhDs applied. KCNA said so.",
        "UNESCO said so. NATO agreed.",
        # a name of one capital before "der" or "den" and a capital is no stray (review of
        # 2026-12-06: Uder is a village in Thuringia)
        "The talks ended.\n\nUder Town Hall will be renovated.",
    ],
)
def test_stray_near_misses(text):
    assert STRAY.check_text(text) == []


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        # the word left is a dictionary word of middling frequency: dropped and capitalised
        ("The talks ended.\n\nGHshipments of chips rose.", "GHshipments", "Shipments"),
        ("The talks ended.\n\nFintact tombs are rare.", "Fintact", "Intact"),
        ("The talks ended.\n\nDferries remained tied up.", "Dferries", "Ferries"),
        # one capital before a long everyday word, then a name
        ("The talks ended.\n\nWfederal Health Minister Ana Ruiz spoke.", "Wfederal", "Federal"),
        # "I" never stands before an -ing form: a stray capital, not a lost space (fresh_af)
        ("The talks ended.\n\nIaccording to the union, 14 of them left.", "Iaccording",
         "According"),
    ],
)  # fmt: skip
def test_stray_capitals_before_an_ordinary_word_are_dropped(text, token, fix):
    issue = only(STRAY, text)
    assert (issue.matched(text), issue.replacements, issue.safe) == (token, (fix,), True)
    assert fix_text(STRAY, text).text == text.replace(token, fix)


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        # one capital before a word and its comma or hyphen
        ("The talks ended.\n\nHprotesters, many of them students, marched.", "Hprotesters",
         "Protesters"),
        ("The talks ended.\n\nDlong-range missiles were fired.", "Dlong", "Long"),
        # a long dictionary word before a title and a name
        ("The talks ended.\n\nKfisheries Minister Ana Ruiz spoke.", "Kfisheries", "Fisheries"),
        # a surname's particle before the surname, capitalised at the sentence start
        ("The talks ended.\n\nDvan Rooyen said the company would grow.", "Dvan", "Van"),
    ],
)  # fmt: skip
def test_one_stray_capital_before_punctuation_or_a_title(text, token, fix):
    issue = only(STRAY, text)
    assert (issue.matched(text), issue.replacements, issue.safe) == (token, (fix,), True)


@pytest.mark.parametrize(
    ("text", "token", "options"),
    [
        # "A" and "I" are words: the space went missing
        ("The talks ended.\n\nAcrowd gathered outside.", "Acrowd", ("A crowd", "Crowd")),
        ("The talks ended.\n\nIwatched the count, she said.", "Iwatched", ("I watched", "Watched")),
        ("The talks ended.\n\nIbring my own drum, she said.", "Ibring", ("I bring", "Bring")),
        # an acronym the article uses on its own lost its space before a noun
        ("The talks ended.\n\nUSofficials said no. The US agreed.", "USofficials",
         ("US officials", "Officials")),
    ],
)  # fmt: skip
def test_a_word_or_acronym_that_lost_its_space_is_offered_not_dropped(text, token, options):
    issue = only(STRAY, text)
    assert (issue.matched(text), issue.replacements, issue.safe) == (token, options, False)
    assert fix_text(STRAY, text).text == text


@pytest.mark.parametrize(
    "text",
    [
        # a given name or a place before a name: too short a word to be sure ("Kfar Saba")
        "The talks ended.\n\nKfar Saba is a city.\n\nKwame Nkrumah spoke.",
        # a rare name of this shape is attested, before a comma or a hyphen too
        "The talks ended.\n\nTlaib said the vote was close.",
        "The talks ended.\n\nTlaib, the congresswoman, voted.\n\nSwales-led talks ended.",
        # a short word before a name may be a given name or a surname ("Vpark Ji-ho")
        "The talks ended.\n\nMpark Ji-ho spoke.",
    ],
)
def test_stray_one_capital_near_misses(text):
    assert STRAY.check_text(text) == []


def test_a_before_a_plural_or_function_word_is_a_stray_capital():
    for text, fix in (
        ("The talks ended.\n\nAferries came late.", "Ferries"),
        ("The talks ended.\n\nAsome economists disagree.", "Some"),
    ):
        issue = only(STRAY, text)
        assert (issue.replacements, issue.safe) == ((fix,), True)


# --- word.duplicated-subject ------------------------------------------------


def test_named_subject_repeated_by_pronoun():
    text = "The North Korean leader Kim Jong Un He arrived in Russia this Tuesday."
    issue = only(DUP, text)
    assert (issue.offset, issue.length) == (text.index(" He "), 3)
    assert issue.replacements == ("",)
    assert issue.safe
    fixed = fix_text(DUP, text).text
    assert fixed == "The North Korean leader Kim Jong Un arrived in Russia this Tuesday."


def test_one_word_name_is_offered_but_not_safe():
    text = "That afternoon Peskov He said the talks were over."
    issue = only(DUP, text)
    assert not issue.safe


def test_a_common_given_name_opening_the_sentence_starts_the_name():
    # "Thomas" is as common as "Yesterday", but a given name before a surname
    text = "Unions welcomed the aid. Thomas Weber He represents the union in the region."
    issue = only(DUP, text)
    assert issue.safe
    assert fix_text(DUP, text).text == text.replace(" He ", " ")
    # a month is no given name here, so the one-word name stays only offered
    assert not only(DUP, "Unions welcomed it. May Weber She arrived on time.").safe


def test_clause_after_and_is_a_new_subject():
    text = "Rates rose, and the Constitutional Court It is still deliberating."
    assert only(DUP, text).matched(text) == " It"


@pytest.mark.parametrize(
    "text",
    [
        "In a letter to Kim He said the talks were over.",
        "The talks ended, said Kim. He arrived later.",
        "Kim, He said, was tired.",
        "He arrived in Russia on Tuesday.",
        "Chinese Vice Premier He Lifeng arrived in Washington.",
        "Yesterday He arrived in Moscow.",
        "The spectrum shows lines of H He and Li.",
        "Putin met Kim He later flew home.",
        "Analysts at Goldman Sachs They said rates would fall.",
        "Helium, chemical symbol He, is rare.",
        "In Washington He said the talks had failed.",
        "When asked about Kim He smiled.",
        "Former vice premier Liu He, who led the talks, did not attend.",
    ],
)
def test_duplicated_subject_near_misses(text):
    assert DUP.check_text(text) == []


def test_a_name_pair_that_recurs_in_the_batch_is_a_name():
    text = "Vice Premier Liu He met them. Later Liu He said the deal was done."
    assert DUP.check_text(text) == []


# --- the three together on seed-like text -----------------------------------

SEED_LIKE = (
    "The pace of the convoy was slow. TOon the Russian border of Khasan, the leader "
    "descended.\n\nThere are also Park Thae Song and from Kim Myong Sikadmiral present at "
    "the launch.\n\nThe North Korean leader Kim Jong Un He arrived in Russia this Tuesday.\n"
)


def test_fix_repairs_all_three_seed_artifacts():
    outcome = fix_text(ALL_WORD, SEED_LIKE)
    assert outcome.text == (
        "The pace of the convoy was slow. On the Russian border of Khasan, the leader "
        "descended.\n\nThere are also Park Thae Song and from Kim Myong Sik, admiral present at "
        "the launch.\n\nThe North Korean leader Kim Jong Un arrived in Russia this Tuesday.\n"
    )
    assert outcome.remaining == []


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        # one capital before a heading's word and its closing colon
        ("The heats were close.\n\nGstandings:\n\n1. Bangor 12 points", "Gstandings",
         "Standings"),
        ("The talks ended.\n\nPbackground: \nThe port opened in 1990.", "Pbackground",
         "Background"),
        # an everyday given name lower-cased after the capital, before a surname
        ("The talks ended.\n\nRthomas Begay is a nurse in Chinle.", "Rthomas", "Thomas"),
        ("The talks ended.\n\nWmaria Tsosie, a teacher, spoke.", "Wmaria", "Maria"),
        # no article stands before a title and a name: the "A" is a stray capital
        ("The talks ended.\n\nAfisheries Minister Ana Ruiz spoke.", "Afisheries", "Fisheries"),
        # a title's abbreviation before its full stop and a name
        ("The talks ended.\n\nTprof. Ana Ruiz, the surgeon, spoke.", "Tprof", "Prof"),
        # a word and its possessive
        ("The heats were close.\n\nVchildren's relay: 1. Bangor", "Vchildren", "Children"),
        # a heading's one word alone on its line, and a word before a hyphen and a figure
        ("The heats were close.\n\nQstandings\n\n1. Bangor 12 points", "Qstandings",
         "Standings"),
        ("The heats were close.\n\nZover-40 women: 1. Ana Ruiz", "Zover", "Over"),
    ],
)  # fmt: skip
def test_one_stray_capital_before_a_heading_colon_or_a_given_name(text, token, fix):
    issue = only(STRAY, text)
    assert (issue.matched(text), issue.replacements, issue.safe) == (token, (fix,), True)
    assert fix_text(STRAY, text).text == text.replace(token, fix)


@pytest.mark.parametrize(
    "text",
    [
        # a speaker label or a name before a colon is attested, or no word is left
        "The talks ended.\n\nTlaib:\n\nOmar: we agree.\n\nNotes:\n\nAyesha:",
        # a name or a known word alone on its line
        "The talks ended.\n\nTlaib\n\nAmen\n\nKyiv\n\nThe vote was held.",
        # a name of the stray shape before a surname is no given name with a letter dropped
        "The talks ended.\n\nKwame Nkrumah spoke.\n\nDmitri Orlov spoke.",
        # a word before a full stop that abbreviates no title
        "The talks ended.\n\nBtwo. Then they left.",
        "The talks ended.\n\nTlaib's vote counted.\n\nKwame's car was found.",
        # a letter or two before a capitalised word mid-sentence is a brand's shape
        "Aid could be sent through PCash and other apps.",
        "He bought an XBox, a TGold card and a PCloud plan; JPMorgan paid.",
        # a brand named before, then in its possessive at a paragraph's start
        "The operator Kcell reported a profit.\n\nKcell's net profit rose 12%.",
        "The operator Kcell’s profit rose.\n\nKcell's shares rose 3%.",
    ],
)
def test_heading_name_and_brand_near_misses(text):
    assert STRAY.check_text(text) == []


def test_a_stray_pair_mid_sentence_before_a_far_commoner_word_is_still_offered():
    # "ADon": "on" is far commoner than "Don", so this is no brand
    text = "Officials said the ADon pier was closed."
    issue = only(STRAY, text)
    assert (issue.matched(text), issue.replacements, issue.safe) == ("ADon", ("on",), False)


# --- glued13 ---


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        # a long dictionary word, however rare, that ends no known word, after a head the text
        # writes on its own
        ("Velmora hosts a fair. The Velmoramarimba band played.", "Velmoramarimba",
         "Velmora marimba"),
        ("Rain fell on Kolvara. Kolvarabreadfruit prices rose.", "Kolvarabreadfruit",
         "Kolvara breadfruit"),
        # a demonym or a region's adjective before an everyday three-letter noun
        ("Prices for Danishpig farmers fell again.", "Danishpig", "Danish pig"),
        ("An Arcticfox crossed the road.", "Arcticfox", "Arctic fox"),
    ],
)  # fmt: skip
def test_glued13_rare_long_tails_and_short_nouns_after_demonyms(text, token, fix):
    _assert_safe_glue(text, token, fix)


@pytest.mark.parametrize(
    "text",
    [
        # a rare tail with no head written alone: a name's ending ("-marimba") may be one
        "The Velmoramarimba band played.",
        # a three-letter tail that ends many words ("-son", "-man") after a demonym is a name
        "The Norwegianson family farm was sold.",
        # a role, then a run of names: a content word split off inside it leaves no name
        # ("More nike Adebisi"), though the batch opens a sentence with "More" (fresh_bj)
        "More than half left. In a duet with the singer Morenike Tarvola, she answered.",
    ],
)
def test_glued13_near_misses(text):
    assert not [i for i in GLUED.check_text(text) if i.safe]


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        # after a preposition, the name it takes glued to "and" or "or" before a verb phrase,
        # a name or a noun phrase, at a seam at most two known words have (not "-land"), where
        # no longer tail is a word ("Brimme|sand"), when the text writes the name alone
        ("Kavunze is a hamlet. The crofter lives near Kavunzeand helped with the petition.",
         "Kavunzeand", "Kavunze and"),
        ("Oskavela grew. Trade fairs in Oskavelaor Bremen drew crowds.", "Oskavelaor",
         "Oskavela or"),
        # ... or after "the"
        ("The Karvyn is cold. Snow feeds the Karvynand Chu rivers.", "Karvynand", "Karvyn and"),
        # ... to "with" before its phrase, at a seam no known word has
        ("Kellora is far. She travels daily from Kellorawith her son.", "Kellorawith",
         "Kellora with"),
    ],
)  # fmt: skip
def test_glued13_the_name_a_preposition_takes_glued_to_a_function_word(text, token, fix):
    _assert_safe_glue(text, token, fix)


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        # places end in "-in", "-on", "-at" too, even at rare seams ("Panjin", "Khotlon"):
        # before a date the split is offered only
        ("Lorries queued outside the port of Dravekhon Tuesday.", "Dravekh on"),
        ("Canada play Fiji in Kelvaon Sept. 12.", "Kelva on"),
        # "and" where a longer tail is a word ("-rand") or at a commoner seam
        ("The crofter lives near Kelmuirand helped with the petition.", "Kelmuir and"),
    ],
)
def test_glued13_object_glues_at_common_seams_are_offered(text, fix):
    issue = only(GLUED, text)
    assert (issue.replacements[0], issue.safe) == (fix, False)


@pytest.mark.parametrize(
    "text",
    [
        # "-land" ends too many known words: a place's name
        "Voters in Vestraland said no.",
        "Voters in the Vestraland said no.",
        # a given name before it: a person's surname, which may end so
        "He spoke with Ana Kasparin the next day.",
        # "that" opens a clause after a name too
        "The launch in Kelmontin that week was delayed.",
        # a place's name ending in a word ("-sand", "-strand") or in "-on" at a rare seam
        "Voters in Brimmesand said no. We met in Kvastrand the next day.",
        "We met in Khotlon the next day.",
        # a head neither the text nor a lexicon knows: Persian and Central Asian places end
        # in "-vand", "-jand" (review13b)
        "The envoys arrived in Tarzavand the next morning.",
    ],
)
def test_glued13_object_near_misses(text):
    assert not [i for i in GLUED.check_text(text) if i.safe]


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        # a name that is no English word glued to a noun naming what the place is, which
        # English writes apart (resources/word/feature_nouns.txt)
        ("Boats sailed up the Kelvarariver at dawn.",
         "Kelvarariver", "Kelvara river"),
        ("Trains stopped at Dunholmestation on Monday.",
         "Dunholmestation", "Dunholme station"),
        ("She farms in the Tarnavadistrict, in the north.", "Tarnavadistrict",
         "Tarnava district"),
        # ... even when another seam gives a rarer word ("Kelshv|alley", "-pro|vince"):
        # formerly offered (glued9)
        ("Farms along the Kelshvalley were flooded.",
         "Kelshvalley", "Kelsh valley"),
        ("The dam raised the Nurekreservoir by ten metres.", "Nurekreservoir",
         "Nurek reservoir"),
        ("The herders of Bayankhongorprovince moved south.",
         "Bayankhongorprovince",
         "Bayankhongor province"),
    ],
)  # fmt: skip
def test_glued13_a_place_name_glued_to_its_feature_noun(text, token, fix):
    _assert_safe_glue(text, token, fix)


@pytest.mark.parametrize(
    "text",
    [
        # a compound of another language whose words both parts are
        "The cable car's Gipfelstation reopened.",
        # a prefix makes a derived word
        "The Aerodelta fleet was grounded.",
        # English writes a Norwegian or Danish fjord's name whole (review13b)
        "Ferries cross the Kvalangerfjord twice a day.",
    ],
)
def test_glued13_feature_noun_near_misses(text):
    assert not [i for i in GLUED.check_text(text) if i.safe]


def test_glued13_an_english_word_before_a_feature_noun_is_only_offered():
    # "Blackriver" may be a compound name English writes whole
    issue = only(GLUED, "They crossed the Blackriver bridge.")
    assert (issue.replacements[0], issue.safe) == ("Black river", False)


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        # a demonym before an everyday word the word-class lexicon lacks
        ("Prices for Peruvianquinoa rose again.", "Peruvianquinoa", "Peruvian quinoa"),
        # ... or before a long compound, however rare
        ("The show had Welshsurtitles for the first time.", "Welshsurtitles",
         "Welsh surtitles"),
    ],
)  # fmt: skip
def test_glued13_demonyms_before_rarer_words(text, token, fix):
    _assert_safe_glue(text, token, fix)


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        # a three-letter Arabic name word before "al-" or "el-"
        ("The tomb lies at Kom Abuel-Sayed near the river.", "Abuel", "Abu el"),
        ("Fighting near Abual-Khair ended.", "Abual", "Abu al"),
        # a French word English does not know, less common, before "des" and a name
        ("The Veilléedes Rois festival opened.", "Veilléedes", "Veillée des"),
    ],
)
def test_glued13_name_particles(text, token, fix):
    _assert_safe_glue(text, token, fix)


def test_glued13_names_ending_in_el_stay_whole():
    assert GLUED.check_text("Gabrielle-Marie and Abdel-Nasser spoke.") == []


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        # a place of no word class before a number that ends no known word
        ("He moved to Lesothothree years ago.", "Lesothothree", "Lesotho three"),
        # a head the text writes alone before a short past tense
        ("Tarsova is busy. A ferry from Tarsovaran aground.", "Tarsovaran", "Tarsova ran"),
        # a genus glued to its species epithet, a Latin word as common in every language
        ("Officials blame Plasmodiumfalciparum for most cases.", "Plasmodiumfalciparum",
         "Plasmodium falciparum"),
    ],
)  # fmt: skip
def test_glued13_numbers_past_tenses_and_species(text, token, fix):
    _assert_safe_glue(text, token, fix)


def test_glued13_an_italian_word_is_no_species_epithet():
    # "fiori" and "bianchi" are far commoner in Italian than in English: a name's parts
    text = "He sold it to Montefiori Brothers. Gardens of Castelbianchi opened."
    assert not [i for i in GLUED.check_text(text) if i.safe]


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        # "the" after the name a preposition takes, at a seam no known word has
        ("Shares rose in London, and in Dorfurtthe DAX closed higher. Dorfurt gained.",
         "Dorfurtthe", "Dorfurt the"),
    ],
)  # fmt: skip
def test_glued13_the_and_abbreviated_months_after_a_place(text, token, fix):
    _assert_safe_glue(text, token, fix)


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        # before a noun phrase, or a route's end, a place's name the text writes alone
        # (review13b: one it never writes alone may end so, "Brenkelin this summer")
        ("Tampel is small. The mine near Tampelin the hills closed.", "Tampel in"),
        ("Obertaxl voted. The road to Obertaxlin the valley was shut.", "Obertaxl in"),
        ("Vauchey is far. The nurse travels from Vaucheyto the hospital.", "Vauchey to"),
        ("Zubarak woke. Sirens sounded in Zubarakby the afternoon.", "Zubarak by"),
        ("Tea was picked from Kelstonto Marbury. Kelston is high.", "Kelston to"),
    ],
)
def test_glued13_object_glues_before_a_phrase_when_the_name_is_written_alone(text, fix):
    assert only(GLUED, text).replacements[0] == fix


def test_glued13_names_ending_in_the_stay_whole():
    assert GLUED.check_text("They met Goethe in Weimar; Forsythe and Blythe came from Lithe.") == []


def test_glued13_a_safe_reading_outranks_an_offered_place_before_in():
    # "Chelimow|in Asmara" read the token as a place; the text writes "Chelimo" alone
    text = (
        "Kenya's Kiprop and Chelimowin Asmara Marathon as rain falls. "
        "Chelimo led from the start and Chelimo won."
    )
    _assert_safe_glue(text, "Chelimowin", "Chelimo win")


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        # "last" or "next" before the period it dates: an adverbial, which no name ends in
        ("They beat the hosts in Papenburglast year.", "Papenburglast", "Papenburg last"),
        ("The talks resume in Octobernext week.", "Octobernext", "October next"),
    ],
)
def test_glued13_last_and_next_before_a_period(text, token, fix):
    _assert_safe_glue(text, token, fix)


@pytest.mark.parametrize(
    "text",
    [
        # an English word before "next": a name of its own (an exchange, a brand)
        "The utility sold Voltanext winter contracts at a loss.",
        # a surname after a given name, which may end in "-last" (review13b)
        "The coach Jaak Tammlast week after week rotated his goalkeepers.",
    ],
)
def test_review13b_names_ending_in_last_or_next_stay_whole(text):
    assert not [i for i in GLUED.check_text(text) if i.safe]


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        # a demonym glued to a singular noun that stands where a name does, with no
        # determiner or adjective before it and no noun after it: a company's name written
        # whole on purpose, so the split is offered only (review13b)
        ("The airline Swedishowl added a weekly flight to Male.", "Swedish owl"),
        ("Battery start-up Dutchvolt collapsed in March.", "Dutch volt"),
        ("Finnishcrest, the dairy cooperative, cut its prices.", "Finnish crest"),
        # ... after a kind's noun opening the sentence, or an adverb (review of 2026-12-06)
        ("Startup Britishvolt collapsed in January.", "British volt"),
        ("Investors said that today Britishvolt is worth nothing.", "British volt"),
        ("Researchers at Basel, where Swisspeace is based, studied it.", "Swiss peace"),
    ],
)
def test_review13b_a_demonym_compound_used_as_a_name_is_offered(text, fix):
    issue = only(GLUED, text)
    assert (issue.replacements[0], issue.safe) == (fix, False)


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        # ... a noun phrase still is a lost space: a determiner, an adjective, a noun after
        ("The Danishpig farmers met.", "Danishpig", "Danish pig"),
        ("She signed the young Danishkeeper Ole Brask.", "Danishkeeper", "Danish keeper"),
        ("An Arcticowl was seen.", "Arcticowl", "Arctic owl"),
        # ... as is one after a preposition or a capitalised word (review13b's first draft
        # offered these)
        ("Thousands of Chadianchildren work there.", "Chadianchildren", "Chadian children"),
        ("He said West Africanrice was cheaper.", "Africanrice", "African rice"),
        (
            "A potter whose Swedishgreat-aunt taught her sold the kiln.",
            "Swedishgreat",
            "Swedish great",
        ),
        # ... and one after a demonym's capitalised first word or a number: no noun naming
        # a company's kind stands before it
        (
            "The South Africangovernment has set up task teams.",
            "Africangovernment",
            "African government",
        ),
        ("It cost 21 million Turkishlira ($500,000).", "Turkishlira", "Turkish lira"),
        (
            "South Africantelescope finds giant radio bubbles",
            "Africantelescope",
            "African telescope",
        ),
        # ... and a language's name, which names its people too, before a noun
        ("The Sorbs, a small Slavicpeople of Germany, met.", "Slavicpeople", "Slavic people"),
        ("Like most Laopeople she is known by her given name.", "Laopeople", "Lao people"),
    ],
)
def test_review13b_a_demonym_glued_inside_a_noun_phrase_is_split(text, token, fix):
    _assert_safe_glue(text, token, fix)


@pytest.mark.parametrize(
    "text",
    [
        # a language's name opens brands with other nouns: only its people's or speech's
        # nouns are split unseen (review of 2026-12-06)
        "The Maoriland film festival opened on Wednesday.",
        "Producers blamed Tamilrockers for the losses.",
        "The hub Swahilipot trains 400 young people a year.",
    ],
)
def test_a_brand_built_on_a_languages_name_is_never_split_unseen(text):
    assert not [i for i in GLUED.check_text(text) if i.safe]


@pytest.mark.parametrize(
    "text",
    [
        # a place the text never writes alone, ending in "-in", "-on", "-at", before a noun
        # phrase: its own name (review13b)
        "The festival opened in Brenkelin this summer.",
        "Flooding in Varzhon this spring destroyed the harvest.",
        "The mayor of Qasribat the town elected in May resigned.",
    ],
)
def test_review13b_a_rare_place_before_a_noun_phrase_is_no_glue(text):
    assert GLUED.check_text(text) == []


def test_review13b_a_headline_demonym_glue_after_a_comma_is_split():
    # a headline drops its article: after a comma the noun phrase is no company's name
    text = "Dunes hold out for now, Finnishsurvey finds\n\nThe dunes grew."
    _assert_safe_glue(text, "Finnishsurvey", "Finnish survey")


# --- glued14: unknown stems, glossed names, likelier readings, asides ------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a short head no lexicon knows leaves a stem: the whole may be the place's name
        "She drove from Dorjand to the coast.",
        "She drove from Hurjand through the hills.",
    ],
)
def test_glued14_a_short_unknown_stem_is_never_split_safely(text):
    assert not [i for i in GLUED.check_text(text) if i.safe]
    assert fix_text(GLUED, text).text == text


@pytest.mark.parametrize(
    "text",
    [
        # a head English knows as a rare word is no name a preposition takes
        "He came from Whiskin the morning.",
        "He came from Prodin the night before.",
    ],
)
def test_glued14_a_rare_word_before_in_is_no_place_glue(text):
    assert not [i for i in GLUED.check_text(text) if i.safe]
    assert fix_text(GLUED, text).text == text


def test_glued14_a_short_surname_after_a_given_name_still_splits():
    _assert_safe_glue(
        "Fisheries Minister Jonas Ebrisaid the plan would work.", "Ebrisaid", "Ebri said"
    )


def test_glued14_a_name_a_bracket_glosses_stays_whole():
    assert GLUED.check_text("Results: 2. Kel Daymaster (Aron Velikov) 2:03.40.") == []


def test_glued14_a_place_english_has_seen_glued_to_and_before_a_place():
    _assert_safe_glue(
        "Two flights were diverted to Yanbuand Doha, the agency said.", "Yanbuand", "Yanbu and"
    )


def test_glued14_a_commoner_function_word_a_letter_earlier_is_offered_first():
    issue = only(GLUED, "The night to Kelavikwas the hardest of my life.")
    assert (issue.replacements[0], issue.safe) == ("Kelavik was", False)


def test_glued14_the_likelier_of_a_plural_and_a_singular_reading_comes_first():
    issue = only(GLUED, "Most Kuwaitistake pride in the national team.")
    assert (issue.replacements[0], issue.safe) == ("Kuwaitis take", False)


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        ("He worked in archives in Norwayand, after 1990, in Finland.", "Norwayand",
         "Norway and"),
        ("Four were found in Latin Americaand, in 2020, in Asia.", "Americaand",
         "America and"),
    ],
)  # fmt: skip
def test_glued14_a_well_known_place_glued_to_and_before_an_aside(text, token, fix):
    _assert_safe_glue(text, token, fix)


def test_glued14_a_surname_ending_in_and_before_a_comma_stays_whole():
    assert GLUED.check_text("The envoy met Leon Townsand, a banker.") == []


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        # places of trade and landing are written after their name
        ("Velmo is far away. Stalls at the Velmosouk sell spices.", "Velmosouk", "Velmo souk"),
        ("Olven is far away. Boats tie up at the Olvenwharf at dusk.", "Olvenwharf", "Olven wharf"),
        ("Cars queue at Kesselharbour in summer.", "Kesselharbour", "Kessel harbour"),
        ("Kelva is far away. Traders at the Kelvabazaar raised prices.",
         "Kelvabazaar", "Kelva bazaar"),
        ("Dembari is far away. She sells fish in the Dembarimarket every day.",
         "Dembarimarket", "Dembari market"),
    ],
)  # fmt: skip
def test_glued14_a_place_glued_to_its_market_or_harbour(text, token, fix):
    _assert_safe_glue(text, token, fix)


# Clean sentences of rare names, compounds and brands: none may be flagged.
GLUED14_CLEAN = (
    "The mare Kara Tulpar won the 1,600 metres in 1:45.20, ahead of Ak Sunday (Berdi Atayev).",
    "Results: 1. Kel Bulut (Aron Velikov) 2:03.12; 2. Sary Tolkyn (Timur Aslanov) 2:03.90.",
    "The stallion Kara Sunmaster (ridden by Berdi Atayev) won.",
    "The colt Ak Sandayly took the second race.",
    "She moved to Kampala in 2004 and opened a bakery.",
    "He grew up in Tampere, where his father ran a sawmill.",
    "The road from Zahedan to Kerman was closed for a week.",
    "The company Brightwater Holdings reported a loss.",
    "The council met at Thornbury Hall on Tuesday.",
    "The bakery chain Breadwinners opened its tenth shop.",
    "The ferry Sandpiper sailed at dawn from Kirkwall.",
    "The startup Cloudberry raised $4 million.",
    "Her novel Nightingale Farm was shortlisted.",
    "The village of Ashbourne lies north of the river.",
    "He was born in Stockland and studied in Leeds.",
    "Officials in Sundsvall said the road would reopen.",
    "The Greenwood group opposed the plan.",
    "The app Walletwise lets users split bills.",
    "The painter Jonas Kaspar was born in Linz.",
    "Mayor Annika Westerberg opened the new bridge.",
    "The museum in Wolfsburg holds a large collection.",
    "The airline Skyward Express added three routes.",
    "The brewery Hopfield released a winter ale.",
    "The charity Waterline built forty wells.",
    "Prime Minister Sefo Fanua won his seat on Nukulaelae.",
    "The climber Mingma Dorje reached the summit.",
    "The striker Kwame Asante headed the winner.",
    "Fishing boats left Ullapool before dawn.",
    "The rapper Lilbandit released a new album.",
    "The Kirkland family owned the land for a century.",
    "The journalist Maria Sandoval reported from Oaxaca.",
    "Sales of Ploughman lunches rose in the summer.",
    "The newspaper Daily Tidings printed a correction.",
    "A storm hit Aberdaron and cut power to 2,000 homes.",
    "The court in Bergamo ruled on Friday.",
    "The Landover Trust bought the estate.",
    "The poet Seamus Coughlan read from his new book.",
    "Firefighters from Kettering and Corby helped.",
    "The horse Windsong Bay won the maiden race.",
    "The Vandermeer brothers run the farm.",
    "The gallery in Oudenaarde showed early prints.",
    "The spokesman Tomasz Wierzbicki said talks would continue.",
    "He was elected mayor of Karlstad in 2018.",
    "The team trained at Hartlepool before the match.",
    "Yaw Boakye and Efua Addo were married in Tamale.",
    "The sculptor Ingrid Hallgrimsdottir won the prize.",
    "The river Wharfe flooded the valley.",
    "The cyclist Tadej Novak won the stage in Maribor.",
    "The ship Sealord docked at Timaru.",
    "Dr. Anand Rao leads the research group.",
    "Residents of Briand Street complained about noise.",
    "The Marquand house was sold at auction.",
    "The label Greenhand Records signed the band.",
    "The fund Northstar Capital invested in the mine.",
    "The actress Lena Woodland starred in the film.",
    "The Sherwood Rangers paraded through the town.",
    "The forward Nikolaidis scored in the final minute.",
    "The singer Kristin Sandberg toured Norway.",
    "The coach said Carlisle and Workington would meet again.",
    "The horse Bugra Star led at the turn.",
    "The mine at Kalgoorlie employs 3,000 people.",
    "The mountain Tampen was covered in snow.",
    "The envoy met Leon Townsand, a banker.",
    "He came from Whiskin the morning.",
    "She drove from Kerman to Zahedan in a day.",
)


@pytest.mark.parametrize("text", GLUED14_CLEAN)
def test_glued14_clean_sentences_stay_quiet(text):
    assert GLUED.check_text(text) == []


def test_glued14_the_clean_sentences_are_sixty_or_more():
    assert len(GLUED14_CLEAN) >= 60


# --- review14d: a fresh review of glued14 ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a rarely seen head glued to "or" is a name's stem (Bengali places end in "-or")
        "Pilgrims from Jashor District travelled to Dhaka.",
        "The road from Kolkata to Jashor was reopened.",
    ],
)
def test_review14d_a_rare_head_before_or_is_never_split_safely(text):
    assert not [i for i in GLUED.check_text(text) if i.safe]
    assert fix_text(GLUED, text).text == text


def test_review14d_a_place_seen_at_all_still_splits_before_and_and_a_name():
    _assert_safe_glue("Flights from Tabukand Medina were suspended.", "Tabukand", "Tabuk and")


@pytest.mark.parametrize(
    "text",
    [
        # a place glued to a feature noun where a company's name stands is a brand
        "The retailer Asiamarket, based in Dublin, expanded.",
        "The developer Asiaharbour built the tower.",
    ],
)
def test_review14d_a_brand_ending_in_a_feature_noun_is_only_offered(text):
    assert not [i for i in GLUED.check_text(text) if i.safe]
    assert fix_text(GLUED, text).text == text


def test_review14d_a_place_glued_to_its_market_after_the_still_splits():
    _assert_safe_glue("Police raided the Kessarmarket on Friday.", "Kessarmarket", "Kessar market")


def test_review14d_a_feature_noun_ending_a_run_of_names_still_splits():
    # "Point" before the token is the name's, not a kind noun: "the Point Kelvo wharf"
    text = "Kelvo is far away. At the Point Kelvowharf, Ana Lui, 51, was waiting."
    _assert_safe_glue(text, "Kelvowharf", "Kelvo wharf")


def test_review14d_a_well_known_place_glued_to_or_before_an_aside():
    text = "She lived in Germanyor, by some accounts, in Austria."
    _assert_safe_glue(text, "Germanyor", "Germany or")


@pytest.mark.parametrize(
    "text",
    [
        "The singer Ana Tudor, of Bucharest, won the prize.",
        "Officials in Kishor, a village near Lahore, said six died.",
        "They sailed past Labrador, Newfoundland and Nova Scotia.",
    ],
)
def test_review14d_a_name_ending_in_or_before_a_comma_stays_whole(text):
    assert GLUED.check_text(text) == []


# --- glued15: names that end like a function word ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a capitalised noun naming what a place is takes no link word before it
        "Fires burned in Dorvand County for three days.",
        "The Dorvand County Council met on Monday.",
        "Fires burned in Dorvand County Kells for three days.",
        "The Windsor County Council met on Monday.",
        "The governor of Lashkarand Province resigned on Monday.",
        "Police in Marzand Region arrested two men.",
    ],
)
def test_glued15_a_name_ending_in_and_before_county_or_province_stays_whole(text):
    assert GLUED.check_text(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a given name ending in "-and" before the surname: at most offered
        "The minister, Sayed Behzand Durrani, resigned.",
        "The visitors included Farzand Ali Shah.",
        "The tournament was named after Behzand Ali.",
        # ... "-anand" closes a given name (Anand) after a head that is no well-known place
        "The list names Devanand Pillai, the director.",
        "In Mumbai, Jivanand Kulkarni won the award.",
        "The award went to Sivanand Menari and his wife.",
        # a stem no lexicon knows glued to a feature noun before a verb: the whole name's
        "The Velmarasouk lists more than 300 stalls.",
        "Traders at the Qasbahsouk said prices rose.",
    ],
)
def test_glued15_given_names_in_and_and_unknown_stems_are_never_split_safely(text):
    assert not [i for i in GLUED.check_text(text) if i.safe]
    assert fix_text(GLUED, text).text == text


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        # a well-known place is no given name's stem, nor an everyday word
        ("Flights to Japanand Korea were cancelled.", "Japanand", "Japan and"),
        ("Bands played Sudanese and Chadianand Nigerien songs.", "Chadianand", "Chadian and"),
        ("The Office for Pest Controland Research said so.", "Controland", "Control and"),
        # a long head after a given name is a surname, not a given name in "-and"
        ("The envoys, Arman Tulegenovand Dana Serikova, met.", "Tulegenovand",
         "Tulegenov and"),
        # a preposition before a noun that may be a verb
        ("The organ was shipped from Spainin crates in 1880.", "Spainin", "Spain in"),
        # a stem before a noun naming a district or a river is a place's
        ("A fire broke out in the Injardistrict on Monday.", "Injardistrict",
         "Injar district"),
        # a stem the text writes alone still splits before its feature noun
        ("Velmara is old. The Velmarasouk lists 300 stalls.", "Velmarasouk", "Velmara souk"),
        # "-liat" ends a few surnames, "-otoat" and "-isaat" nothing
        ("The plant uses as much power as the city of Kyotoat full production.", "Kyotoat",
         "Kyoto at"),
        ("The works uses as much power as the city of Pisaat full production.", "Pisaat",
         "Pisa at"),
        # "de la", "de los" between an everyday French or Spanish word and a name
        ("The shop on the Impassede la Gare closed.", "Impassede", "Impasse de"),
        ("They met in the Plazade los Mártires at noon.", "Plazade", "Plaza de"),
        # the Italian "dell'" before a vowel
        ("Tickets for the Castellodell’Impero sold out.", "Castellodell", "Castello dell"),
        # a month glued to the verb of its clause
        ("The rains that began in Novembermade floods more likely.", "Novembermade",
         "November made"),
    ],
)  # fmt: skip
def test_glued15_places_particles_and_months_split_safely(text, token, fix):
    _assert_safe_glue(text, token, fix)


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        # a role or title after "and" opens a second person, not the first one's surname
        ("The talks between the chancellor Brennanand President Okafor ran late.",
         "Brennanand", "Brennan and"),
        ("The striker Langfordand Captain Ellis trained apart.", "Langfordand", "Langford and"),
        # a surname the text writes alone is no given name in "-and"
        ("Marta Velloso spoke first. Later the minister Vellosoand Tomas Ribeiro met the press.",
         "Vellosoand", "Velloso and"),
        # a feature noun before a name opens the next place's name ("County Kell")
        ("Storms battered Bavariaand County Kell on Sunday.", "Bavariaand",
         "Bavaria and"),
        ("Pollution in the Thamesand River Ostrel rose.", "Thamesand", "Thames and"),
    ],
)  # fmt: skip
def test_glued15_a_surname_after_a_role_still_splits_before_and(text, token, fix):
    _assert_safe_glue(text, token, fix)


def test_glued15_a_preposition_before_a_verb_is_a_name_ending():
    assert GLUED.check_text("The coach Ivo Batof resigned.") == []


# Clean sentences of rare names ending in -and, -in, -at, -on, -of, compounds and brands.
GLUED15_CLEAN = (
    "Fires burned in Dorvand County for three days.",
    "The governor of Lashkarand Province resigned on Monday.",
    "Farmers in Kolvand District sold their wheat early.",
    "The road from Tarvand Province to the coast was closed.",
    "Residents of Zelvand County voted on Tuesday.",
    "Police in Marzand Region arrested two men.",
    "The chef Keshavanand Rao opened a restaurant.",
    "The prize went to Sadanand Iyer on Friday.",
    "Delegates from Nagpur, Nashik, Kolanand Rao and Mira Shah attended.",
    "Dr Ramanand Iyer said the vaccine worked.",
    "The film stars Vivekanand Kapoor as the judge.",
    "The poet Behrand Sayeed read in the square.",
    "The poet Behrand Bishop read in the square.",
    "The chef Rowland Baker opened a bakery in Bath.",
    "The mayor, Holmand Fergus, opened the bridge.",
    "She married Torvald Engstrand in Trondheim.",
    "The painter Halvard Brekkeland was born in Voss.",
    "The court heard from Aksel Brennvik, a fisherman.",
    "The Rosland farm has been sold.",
    "Kjelland Moe won the ski jump.",
    "The singer Ferdinand Lasko toured Austria.",
    "The author Bertrand Ollivier wrote the report.",
    "The coach Armand Brenner praised the team.",
    "The village of Dorrin lies on the coast.",
    "The striker Kaspin Odera scored twice.",
    "The mill at Velkin closed in 1990.",
    "The actress Moira Torrin starred in the film.",
    "The clinic in Harbin treated 400 patients.",
    "The lawyer Tobias Melin said the case was closed.",
    "The bishop of Carrin visited the school.",
    "The fishermen of Kirrat sold their catch.",
    "Flights from Surat resumed on Monday.",
    "The singer Nusrat Qadeer performed at the festival.",
    "The designer Farhat Qadri opened a shop.",
    "The village of Tobrat has two schools.",
    "The horse Golden Karat won at Ascot.",
    "The team from Kelston beat the visitors.",
    "The river Brannon flooded the fields.",
    "The ferry Tarlen Gull sailed at dawn.",
    "The singer Deacon Harlow toured the south.",
    "The museum in Kalmon reopened in spring.",
    "The family of Oof Karlsson sold the farm.",
    "The coach Ivo Batof resigned.",
    "The chemist Nadia Pankof won the prize.",
    "The town of Yegof lies in the valley.",
    "The app Moneyfold lets users save.",
    "The brand Sunnyside sells jam.",
    "The charity Handover collects clothes.",
    "The label Bandstand Records signed her.",
    "The brewery Oakanvil opened a tap room.",
    "The company Rivermont Foods cut jobs.",
    "The airline Skyvale added routes.",
    "The cafe Sandcastle closed for winter.",
    "The game Cloudfarm sold a million copies.",
    "A windfarm off the coast was approved.",
    "The boatyard employs forty people.",
    "The townsfolk gathered at the harbour.",
    "The overland route was closed by snow.",
    "The homeland security budget rose.",
    "A grandstand was built for the final.",
    "The wetland reserve attracts birds.",
    "The farmhand found the calf.",
    "Heartland voters backed the plan.",
    "The hinterland of the port is poor.",
    "The sisters Arzand Mirza and Tara Mirza opened a school.",
    "The goalkeeper Marten Ostrin saved a penalty.",
    "The trawler Kalon Bay returned with a full hold.",
    "The ambassador, Petrov Havlat, met the minister.",
)


@pytest.mark.parametrize("text", GLUED15_CLEAN)
def test_glued15_clean_sentences_stay_quiet(text):
    assert GLUED.check_text(text) == []


def test_glued15_the_clean_sentences_are_sixty_or_more():
    assert len(GLUED15_CLEAN) >= 60


@pytest.mark.parametrize(
    "text",
    [
        "Ana Velamany, 27, a nurse at the clinic, said she took the bus.",
        "Officials said Tomas Kerthe, the mayor, would attend.",
        "The prize went to Ilse Brovevery. She thanked the jury.",
    ],
)
def test_a_name_ending_like_a_determiner_before_a_stop_is_left_whole(text):
    assert GLUED.check_text(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Listeners call from across the Takutu Riverin Brazil.",
        "The Takutu Riverin Brazil and Guyana floods.",
    ],
)
def test_a_river_glued_to_in_before_a_place_is_offered(text):
    # a river's noun after "the" and its name, before "in" and a name: offered, never
    # applied, since "the Gagnon Riverin Lapointe" may be a firm of three surnames
    issue = only(GLUED, text)
    assert text[issue.offset : issue.end] == "Riverin"
    assert (issue.replacements[0], issue.safe) == ("River in", False)
