"""The case checks: lower-case sentence and heading starts, capitals in mid-sentence."""

from __future__ import annotations

import pytest

from copydesk.checks.apply import apply_edits
from copydesk.checks.context import BatchMember
from copydesk.checks.engine import Engine
from copydesk.checks.model import Issue
from copydesk.checks.registry import REGISTRY
from tests.checks.rules.helpers import flags_only_the_mark

# Clean news-like text of our own: the case checks must stay quiet on all of it.
CLEAN_NEWS = """Ferry operators warn of delays as port strike enters second week

Dock workers in Lisbon extended their strike on Monday, leaving dozens of cargo ships waiting \
off the coast and ferry passengers facing long queues at the terminals.

The union said the walkout would continue until the harbour authority agreed to talks on pay. \
"We are not asking for the moon," said Ana Ferreira, a union representative. "We are asking \
for what was promised in 2019."

The authority's director told reporters at 9 a.m. that the port was "working with every \
partner" to reduce the backlog. He did not say when talks would resume.

Why the strike matters

Shipping firms have begun to divert vessels to ports in Spain, e.g. Vigo and Algeciras, though \
the detour adds two days. Pay rises are capped at 2 percent, vs. inflation of about 3 percent.

"Why should we pay for their fight?" she asked. The labour ministry has offered to mediate: \
the first meeting is on Thursday at 3 p.m. in the U.S. embassy's old building.

According to The New York Times, the case at the court in The Hague could take two years. \
The band The National will play a concert in the museum's garden next month.

Sales of the iPhone rose.

eBay shares also rose, and Dr. Yusuf Okafor said so in Springfield, Ill. last week.

Key figures:
- revenue up 18 percent
- orders at a record high

More at www.example.com/results or press@example.com.

This sentence was wrapped by the sender's mail program and
continues on the next line without a capital.
"""


def run(rule: str, text: str) -> list[Issue]:
    return [i for i in Engine(checks=[REGISTRY.get(rule)]).check_text(text) if i.rule == rule]


def fix(rule: str, text: str) -> str:
    return apply_edits(text, [i.edit() for i in run(rule, text)]).text


@pytest.mark.parametrize(
    "rule",
    [
        "case.sentence-start",
        "case.heading-start",
        "case.mid-sentence-capital",
        "case.capitalised-noun",
    ],
)
def test_quiet_on_clean_news(rule):
    assert run(rule, CLEAN_NEWS) == []


# --- case.sentence-start ---------------------------------------------------------


def test_sentence_start_after_period_is_safe_with_exact_span():
    text = "Putin and Kim will discuss “sensitive” issues. the Kremlin advanced."
    [issue] = run("case.sentence-start", text)
    assert (issue.offset, issue.length) == (text.index("the Kremlin"), 3)
    assert issue.replacements == ("The",)
    assert issue.safe
    assert fix("case.sentence-start", text).endswith("issues. The Kremlin advanced.")


def test_sentence_start_leaves_a_heading_glued_before_a_dash_to_layout():
    text = (
        "Kim has arrived.\n\nthe exchange between ammunition and food — This is not a "
        "merely courtesy visit."
    )
    assert run("case.sentence-start", text) == []
    [issue] = run("layout.fused-heading", text)
    assert issue.offset == text.index("the exchange")
    assert fix("layout.fused-heading", text).startswith(
        "Kim has arrived.\n\nThe exchange between ammunition and food\n\nThis is not"
    )


@pytest.mark.parametrize("end", ["..", ".", "?.", "!."])
def test_sentence_start_after_a_doubled_end_mark_at_paragraph_end(end):
    text = f"The council met on Monday{end}\n\nthe mayor said the budget was approved."
    [issue] = run("case.sentence-start", text)
    assert issue.matched(text) == "the"
    assert issue.safe  # a new paragraph after a sentence's end


@pytest.mark.parametrize("end", ["..", "?.", "!!", "?!"])
def test_sentence_start_after_a_doubled_end_mark_inside_a_paragraph(end):
    text = f"The council met on Monday{end} the mayor said the budget was approved."
    [issue] = run("case.sentence-start", text)
    assert issue.matched(text) == "the"
    assert issue.safe == (end == "..")


@pytest.mark.parametrize("end", ["...", "…"])
def test_sentence_start_after_an_ellipsis_ending_a_paragraph_is_flag_only(end):
    text = f"The council met on Monday{end}\n\nthe mayor said the budget was approved."
    [issue] = run("case.sentence-start", text)
    assert issue.matched(text) == "the" and not issue.safe
    # A wrapped line carries the sentence on.
    assert run("case.sentence-start", text.replace("\n\n", "\n")) == []


def test_sentence_start_first_line_of_file():
    [issue] = run("case.sentence-start", "the talks ended. Both sides left.")
    assert issue.offset == 0 and issue.safe


def test_sentence_start_rare_word_is_flag_only():
    [issue] = run("case.sentence-start", "The talks ended. zweibrücken officials left.")
    assert not issue.safe and issue.confidence < 0.9


def test_sentence_start_after_question_without_quote_is_flag_only():
    [issue] = run("case.sentence-start", "Will they meet? nobody knows.")
    assert not issue.safe


def test_sentence_start_after_period_in_quotes_is_flag_only():
    [issue] = run("case.sentence-start", "He called it “a mistake.” the talks went on.")
    assert not issue.safe


@pytest.mark.parametrize(
    "text",
    [
        "U.S. officials said so.",
        "Some countries, e.g. the ones in the south, agreed.",
        "They met at 10 a.m. local time.",
        "It rose 5% vs. the year before.",
        "He paused... and then he left.",
        "He paused… and then he left.",
        "“Why?” he asked.",
        "“Enough!” she shouted.",
        "He said: the talks are over.",
        "He said:\nthe talks are over.",
        "iPhone sales fell.",
        "The meeting ended.\n\neBay shares rose.",
        "The meeting ended.\n\nde Gaulle was mentioned.",
        "The list:\n- apples\n- pears",
        "Visit www.example.com. the site is new.",
        "Write to press@example.com.",
        "The text was wrapped\nby the sender.",
        "The text was wrapped,\nby the sender.",
        "Gov. Smith arrived. (The plan failed.) the rest stayed.",
        "He lives in Springfield, Calif. since 2010.",
        "Residents of Kingston, Ont. and nearby towns stayed home.",
        "He wrote “approx.” in the margin.",
        "It was J. the initial.",
        " date 2023-09-12 the meeting between the delegations",
    ],
)
def test_sentence_start_near_misses(text):
    assert run("case.sentence-start", text) == []


def test_sentence_start_leaves_headings_to_heading_start():
    text = "The leader waved.\n\ntrain travel\n\nThe train left."
    assert run("case.sentence-start", text) == []
    assert len(run("case.heading-start", text)) == 1


# --- case.heading-start ----------------------------------------------------------


def test_heading_start_between_paragraphs_is_safe():
    text = "The North Korean leader waved.\n\ntrain travel\n\nThe train crossed the border."
    [issue] = run("case.heading-start", text)
    assert (issue.offset, issue.length, issue.replacements) == (text.index("train"), 5, ("Train",))
    assert issue.safe
    assert "\n\nTrain travel\n\n" in fix("case.heading-start", text)


def test_heading_start_one_line_per_paragraph_layout():
    text = "The leader waved.\nwest on alert\nThe train crossed the border."
    [issue] = run("case.heading-start", text)
    assert issue.offset == text.index("west")


def test_heading_start_long_line_is_flag_only():
    text = "Text.\n\nthe long road from the capital to the border town today\n\nMore."
    [issue] = run("case.heading-start", text)
    assert not issue.safe


@pytest.mark.parametrize(
    "text",
    [
        "The leader waved.\n\nTrain travel\n\nThe train left.",
        "The shopping list\napples\npears\nplums",
        "Ingredients:\n\nflour and sugar\n\nMix them.",
        "Text.\n\niPhone sales\n\nMore.",
        "Text.\n\n@northkoreawatch\n\nMore.",
        "Text.\n\nwww.example.com/news\n\nMore.",
        "Text.\n\nnews.example.org\n\nMore.",
        "The talks will continue\nafter the summit ends",
        "Text.\n\n“train travel”\n\nMore.",
        "The demands\n\nhigher wages\n\nshorter hours\n\nThe strike goes on.",
    ],
)
def test_heading_start_near_misses(text):
    assert run("case.heading-start", text) == []


# --- case.mid-sentence-capital ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "fixed"),
    [
        (
            "The Russian state agency Ria Novosti confirmed that The convoy crossed the border.",
            "The",
            "confirmed that the convoy",
        ),
        ("External analysts estimate that The meeting will be soon.", "The", "that the meeting"),
        ("This indicates that The summit will focus on arms.", "The", "that the summit"),
        ("Officials said that They would not comment.", "They", "that they would"),
        ("It is a sign of His weakness.", "His", "of his weakness"),
        # a rare word is still an English word: the fix is as sure
        ("Experts said that The papyrus was older.", "The", "that the papyrus"),
        ("He is one of The sharpest critics.", "The", "of the sharpest"),
        ("They were taken to The glaciologist on duty.", "The", "to the glaciologist"),
        ("Rivers were reduced to A trickle.", "A", "to a trickle"),
        ("People like the idea of A helper at home.", "A", "of a helper"),
        ("She found writing tools and A papyrus roll.", "A", "and a papyrus roll"),
        # a possessive is judged by its noun
        ("Prices fell as more of The refinery's output arrived.", "The", "of the refinery's"),
        # a sentence full of names is prose, not a title
        (
            "Norway's Research Council for Ocean and Polar Studies (RCOPS) financed the "
            "Nordic part of The study, and the Danish National Research Fund the rest.",
            "The",
            "part of the study",
        ),
        # a word with an inner capital is a lower-case word all the same
        ("The maps were stored on The eBooks she sold at the fair.", "The", "on the eBooks"),
        # a label before a colon is read alone, however many names follow it
        (
            "Heats of The relay: Lane 1: Tomas Varkel, Ivo Sandrin; Lane 2: Petr Oswin",
            "The",
            "Heats of the relay:",
        ),
        # a paragraph of several sentences full of names is prose, not a title
        (
            "In Dublin, Taoiseach Micheal Martin Named Simon Harris Foreign Minister. Leo "
            "Varadkar, the Former Taoiseach, Joined the Board of A charity.",
            "A",
            "of a charity",
        ),
        # a plural's possessive that describes the noun after it takes the article
        ("Opponents, led by A residents' group, said no.", "A", "led by a residents' group"),
        ("It was run by A farmers’ cooperative in the valley.", "A", "by a farmers’ cooperative"),
    ],
)
def test_mid_sentence_capital_hits(text, word, fixed):
    [issue] = run("case.mid-sentence-capital", text)
    assert issue.matched(text) == word
    assert issue.replacements == (word.lower(),)
    assert issue.safe
    assert fixed in fix("case.mid-sentence-capital", text)


@pytest.mark.parametrize(
    "text",
    [
        # a word English lacks, then an English small word: no other language's title
        "She was born in 1941, the third of five children of A dockworker and a seamstress.",
        "He kept a drum, a flute and A fishbasket with two handles.",
    ],
)
def test_a_capital_article_before_an_unknown_compound_and_a_small_word_is_asked(text):
    [issue] = run("case.mid-sentence-capital", text)
    assert issue.matched(text) == "A" and issue.replacements == ("a",) and not issue.safe


@pytest.mark.parametrize(
    "text",
    [
        # one word of another language may be a title in sentence case (review19d)
        "The band closed the set with A felicidade and an encore.",
        # no article goes before a plural: a letter's name (review19d)
        "The share of A levels in languages fell again this year.",
        "Traffic on A roads rose by a tenth.",
        "Results came for A levels' exams in June.",  # a letter's plural: no people's
        # a letter before people's possessive and a plural or an uncountable (review26a)
        "Teachers said that A students' grades had been inflated.",
        "The tickets go first to A members' families.",
        "The scheme pays for A students' travel abroad.",
        "It asked whether A teachers' union or B teachers' union was bigger.",  # labels
        "The blocks are A and B. It said that A tenants' committee never met, but B's did.",
    ],
)
def test_a_capital_a_before_a_foreign_word_or_a_plural_is_left(text):
    assert run("case.mid-sentence-capital", text) == []


@pytest.mark.parametrize("word", ["zeppelinmaster", "qwzx"])
def test_mid_sentence_capital_unknown_next_word_is_flag_only(word):
    # a word no English list knows may be a name styled in lower case
    [issue] = run("case.mid-sentence-capital", f"He said that The {word} left.")
    assert not issue.safe


@pytest.mark.parametrize(
    "text",
    [
        "The minister visited The Hague on Monday.",
        "He read it in The New York Times yesterday.",
        "Officials said that The Times reported the deal first.",
        "He plays in the band The Who and sings.",
        "The North Korean leader Kim Jong Un He arrived in Russia this Tuesday.",
        "He said that “The convoy is late.”",
        "The reason was simple: The convoy was late.",
        "He said that\nThe convoy was late.",
        "Why Putin Needs Kim And The Weapons Of The North",
        "Kim Arrives In Russia As The Train Crosses",
        "Why Lisbon Wants Varga In The hot Seat, Says Mayor",
        "Preview: Why Tarvel Wants Rasko In The hot Seat, Says Mayor",
        "He played in A minor.",
        "She starred in It and in other horror films.",
        "He bought the The Times edition.",
        "Shares of The Walt Disney Company rose.",
    ],
)
def test_mid_sentence_capital_near_misses(text):
    assert run("case.mid-sentence-capital", text) == []


# --- case.capitalised-noun: stray capitals after names, compounds, inconsistent pairs ----

_TAIL = " and the rest of the team stayed at home for the whole of the long winter season."


@pytest.mark.parametrize(
    ("text", "word", "why"),
    [
        ("In the end Varkonyi Scored twice from corners", "Scored", "a verb"),
        ("The roads to Moravia Were closed after the floods", "Were", "a small word"),
        ("He was tripped by Ostrowski Inside the area", "Inside", "a small word"),
        ("The prize went to the Estonian Film-maker Kadri Kask", "Film-maker", "a compound"),
        ("Traders moved to the Tallinn Free-trade zone", "Free-trade", "a compound"),
        ("The convoy left at dawn, but by noon the Convoy had turned back", "Convoy", "lower"),
        ("Farmers in the valley Reported heavy losses after the rain", "Reported", "a verb"),
        ("South Korea and Japan Agreed on Thursday to share data", "Agreed", "a verb"),
        ("People in Varsk Measure their lives by the harvest", "Measure", "a verb"),
        ("The villages of Tarsk Fund them with a tax on boats", "Fund", "a verb"),
        ("Years ago doctors in Varsk Found the cause of the fever", "Found", "a verb"),
        ("Now a buyer in Lyon or in Tarvik Finds us on the telephone", "Finds", "a verb"),
        ("A buyer in Tarvik Sends them the cloth by post", "Sends", "a verb"),
        ("She visited the mills in the town of Varsk That make the cloth", "That", "small"),
        ("Some households in Varsk Sell grapes to wineries", "Sell", "a verb"),
        ("He said Tarvelyan Once sent him home for a week", "Once", "an adverb"),
        ("The school in Varsk Still turned families away", "Still", "an adverb"),
        # ... or before a preposition (fresh_cb's one run)
        ("It spreads in Tajikistan Often through reused needles", "Often", "an adverb"),
    ],
)
def test_capitalised_word_hits(text, word, why):
    text += _TAIL
    [issue] = run("case.capitalised-noun", text)
    assert text[issue.offset : issue.end] == word
    assert issue.replacements[0] == word.lower()
    assert why in issue.message or (why == "lower" and "lower case elsewhere" in issue.message)
    assert not issue.safe


@pytest.mark.parametrize(
    "text",
    [
        "Fans of Manchester United cheered and Theresa May said she was pleased",
        "She appeared on Dancing With the Stars last year",
        "The Paris-based group and a London-born author met at Rolls-Royce",
        "The Co-operative Group and Vice-president Kamala Harris met",
        "Prime Minister Han Duck-soo and Yang Moo-jin, a professor, met",
        "The convoy left at dawn and the Convoy Trust paid for the fuel",
        "The court sat late; the Court of Appeals will rule",
        "He starred in “Gone With the Wind” and other films",
        "The reason was simple: Scored goals win matches",
        "Tomas Varga He arrived in Lisbon on Tuesday",
        "The 23-year-old Italian, who trains in Monaco, won",
        "Officials in Lyon Reported nothing, and Lyon Reported is the name of the blog",
        "The series Lost ended, the band Rise Against played and Paradise Lost opened",
        "She starred in Made in Dagenham, and shares in Next rose in London",
        "date 2024-03-02 Amid heavy rain the ferry left the harbour",
        # a name's last word may be a verb, and after "gave" the name is the first object
        "The ministry gave Tarvi Air its first jet, and fans of Varsk Post their letters",
        "The ministry gave Varsk Measure its first grant",
        # no plural subject before the name: a fronted phrase, or a second object
        "At Kelvo Market his family has sold fish since 1962",
        "He explained to Kelvo Watch his reasons for leaving the group",
        "From Tarvo Station its trains run every hour to the coast",
        "Residents of Kelvo Market said the fire spread fast, and at Kelvo Market the "
        "traders sold fish",
        # a name before "it" may open a clause of its own: "the Tarvel Mines it bought"
        "The firm sold the Tarvel Mines it bought in 2019",
        # "That" in a title, or before a noun
        "She sang All That Jazz in Varsk, and the band Take That played the arena",
        "He said in Varsk That year the mills closed",
        # a place's head before a plural is a name used as a modifier
        "The owners of Varsk Park cafes said trade was slow",
        # a given name before the adverb: a surname ("Susan Still"); "Soon" a Korean name's
        "The astronaut Susan Still flew twice, and Lee Soon said she had seen it",
        # no verb after the adverb
        "The ferry to Tarvelyan Once a week carries mail",
        # after a role or a capital the adverb may be a surname; "Once" is eleven in Spanish
        "The rower Kaisu Still won gold, and Coach Mirtel Still said the team was ready",
        "The rower trained in Varsk Still in the dark, and the ferry left Tarvel Once in May",
        "Commuters at Estación Once face long delays, and the shop on Calle Once sells bread",
        # a name's head before a plural that a verb follows modifies that plural
        "Thousands of Varsk Press readers signed, and owners of Varsk Park kiosks said no",
        "Workers in Tarvel Mill towns lost jobs, and sellers in Varsk Market halls protested",
        # an object pronoun opening a clause of its own, or a pair
        "He said the Varsk Awards us reporters compete for each year were cancelled",
        "The Varsk Trophies him and his rivals chase are old",
    ],
)
def test_capitalised_word_near_misses(text):
    assert run("case.capitalised-noun", text + _TAIL) == []


def test_capitalised_word_repeated_as_an_error_is_still_found():
    text = (
        "Villages near Tarnow Were cut off overnight, and the stalls that Were swept away "
        "in the night belonged to traders" + _TAIL
    )
    issues = run("case.capitalised-noun", text)
    assert [text[i.offset : i.end] for i in issues] == ["Were", "Were"]


def test_a_pair_written_lower_after_a_name_is_found_beside_another_name_of_the_word():
    # "the Silk Road" is another name: no evidence that "Varsk Silk" is one
    text = (
        "Varsk silk is printed by hand. “The telephone is the new Silk Road,” she said. "
        "Shops sell imitations as handmade Varsk Silk, at a fraction of the price" + _TAIL
    )
    [issue] = run("case.capitalised-noun", text)
    assert text[issue.offset : issue.end] == "Silk"
    assert issue.offset == text.index("Varsk Silk") + len("Varsk ")


def test_a_pair_written_lower_after_a_name_is_left_when_the_word_stands_alone_elsewhere():
    text = (
        "Varsk silk is printed by hand, and the Silk said it would wait. Shops sell "
        "imitations as handmade Varsk Silk, at a fraction of the price" + _TAIL
    )
    assert run("case.capitalised-noun", text) == []


# --- translation units: the first letter follows the source -------------------------

from copydesk.checks.bilingual.runner import check_pair  # noqa: E402
from copydesk.checks.registry import REGISTRY as _REGISTRY  # noqa: E402

_STARTS = [_REGISTRY.get("case.heading-start"), _REGISTRY.get("case.sentence-start")]


@pytest.mark.parametrize(
    ("source", "target", "lang"),
    [
        ("nel 2019", "in 2019", "it"),  # a fragment cell: lower case in the source too
        ("in crescita del 5%", "up 5%", "it"),
        ("2019年", "in 2019", "zh"),  # a source without case that is no sentence
        ("2019年以来", "since 2019", "zh"),
        ("12", "twelve", "fr"),
    ],
)
def test_a_unit_may_start_in_lower_case_where_its_source_does(source, target, lang):
    assert check_pair(source, target, _STARTS, lang) == []


@pytest.mark.parametrize(
    ("source", "target", "lang"),
    [
        ("Nel 2019", "in 2019", "it"),
        ("Il porto ha riaperto lunedì.", "the port reopened on Monday.", "it"),
        ("港口周一重新开放。", "the port reopened on Monday.", "zh"),
    ],
)
def test_a_unit_starting_lower_where_its_source_does_not_is_flagged(source, target, lang):
    rules = [u.issue.rule for u in check_pair(source, target, _STARTS, lang)]
    assert rules and all(r.startswith("case.") for r in rules)
    assert all(u.issue.offset == 0 for u in check_pair(source, target, _STARTS, lang))


# --- case.capitalised-noun: which other capitals of the word make it a name -------------

_FARM = (
    " The vote on the new farm rules was lost by two votes in the chamber on a cold day, and "
    "the farmers who had come to watch went home."
)


def _caps(text: str) -> list[str]:
    return [text[i.offset : i.end] for i in run("case.capitalised-noun", text)]


def test_a_formal_title_elsewhere_does_not_make_a_name():
    text = (
        "The Danish Minister said the plan was dead." + _FARM + " Later the Minister of "
        "Agriculture spoke, and Prime Minister Mette Frederiksen agreed with the plan."
    )
    assert _caps(text) == ["Minister"]


def test_a_title_before_a_name_in_apposition_is_common_whatever_the_text_does():
    text = "The Danish Minister, Karen Holmgaard, regretted it." + _FARM
    # The same word alone elsewhere is house style ("the Minister said") ...
    assert _caps(text + " The Danish Minister said so, and the Minister left.") == ["Minister"]
    # ... but a title before the name it describes is lower case in news all the same.
    assert _caps("The Danish Minister said so." + _FARM + " The Minister left early.") == []


def test_the_first_word_of_a_name_elsewhere_still_makes_a_name():
    text = (
        "Fighters of the Islamic State group attacked the town." + _FARM + " The State "
        "Department condemned the raid, and millions still chase the American Dream."
        " The Dream Act would help, said the senator."
    )
    assert _caps(text) == []


def test_the_batch_counts_uses_across_documents():
    engine = Engine(checks=[REGISTRY.get("case.capitalised-noun")])
    planted = "The Danish Minister said the plan was dead." + _FARM
    other = "Officials said that the Minister had not called, and the Minister left early."
    formal = "Officials said that the Minister of Agriculture had not called them."
    for second, flagged in ((other, 0), (formal, 1)):
        results = engine.check_batch([BatchMember("a.txt", planted), BatchMember("b.txt", second)])
        assert len([i for i in results[0].issues if i.rule == "case.capitalised-noun"]) == flagged


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Workers were paid late by the Chinese Company that runs the mine.", "Company"),
        ("Workers were paid late by the Chinese Company which now owns the mine.", "Company"),
        ("Workers said the mine is run by its Chinese Company, which pays late.", "Company"),
        ("Prices rose on strong Chinese Demand for iron ore, traders said.", "Demand"),
        ("Doubts grew about American Support for Ukraine, officials said.", "Support"),
        # "for" and an article before a lower-case word: a name's words would be capitals
        ("The Kenyan Runner for the region won the race in Velmora.", "Runner"),
        ("Two Kenyan Runners for a club in Velmora won the race.", "Runners"),
        ("A Swedish Company for the harbour works paid the fine.", "Company"),
        ("The case was heard in Manhattan Federal court on Tuesday.", "Federal"),
        # the first word of another name elsewhere is no evidence
        ("The Federal Trade Commission sued; the case went to Manhattan Federal court.", "Federal"),
        ("Works by the sculptor El Anatsui Next spring will be shown there.", "Next"),
        # no verb after the noun: still an adjective before it
        ("The deficit of the Kestrava Current account widened in May.", "Current"),
    ],
)
def test_capitalised_noun_new_evidence_hits(text, word):
    text += _FARM
    [issue] = run("case.capitalised-noun", text)
    assert (issue.offset, issue.end) == (text.rfind(word), text.rfind(word) + len(word))
    assert issue.replacements == (word.lower(),)


@pytest.mark.parametrize(
    "text",
    [
        "It was the European Commission that proposed the rules to the ministers.",
        "The minister told the European Council that it would wait for the vote.",
        "He teaches at the University of North Korean Studies in Seoul.",
        "Shares are listed on the Nigerian Exchange and the figures came from the Syrian "
        "Observatory for Human Rights.",
        "She left Jewish Voice for Peace to join British Lawyers for Israel in London.",
        "The European Commissioner for Agriculture, Piotr Wasilewski, defended the plan.",
        "Fans queued at Grand Central station and by Lake Superior for a Taylor Swift concert.",
        "He showed off his French Open trophy and their Korean War medals to the visitors.",
        "The British Library lent books to the Library of Congress for the show.",
        # an article and a capital after "for", or an institution's head before it
        "The Kenyan Society for the Protection of Runners met in Velmora.",
        "The European Commissioner for the Environment, Ana Dorvik, met the runners.",
        "She joined the British Council for the talks in Velmora.",
        # a people's plural before "for", inside a name, or before no noun of roots
        # (review20a, review20b)
        "She joined Americans for Indian Opportunity in 1990.",
        "She led the National Council of Americans of Italian Heritage for years.",
        "She joined Christians for Palestinian Rights in 1990.",
        "The exhibition Victorians of Indian Origin opened in May.",
        "The Balkans of Ottoman Heritage conference opened in May.",
        # ... or after a small word inside a title (review20c)
        "The film Some Americans of Irish Descent opened in May.",
        "The show Portraits by Americans of Asian Descent opened in May.",
        # the noun that ends a place's name, one lemminflect also calls an adjective
        "A blizzard warning was issued for the Kestrava Delta region on Monday.",
        # a noun too, before a finite verb and a determiner: a name, the verb's subject
        "The crossing is rough where the Humboldt Current meets the Pacific swell.",
        "Where the Kuroshio Current passes the islands, the sea stays warm.",
    ],
)
def test_capitalised_noun_new_evidence_near_misses(text):
    assert run("case.capitalised-noun", text + _FARM) == []


def test_a_pair_in_lower_case_elsewhere_is_not_excused_by_another_name():
    text = (
        "The Chilean council cut its rate on Tuesday, and the Monetary Policy Council said "
        "more cuts could follow. The next meeting of the Chilean Council is in April."
    )
    assert _caps(text + _FARM) == ["Council"]
    # the same use elsewhere in the batch is house style
    engine = Engine(checks=[REGISTRY.get("case.capitalised-noun")])
    other = "Officials said the Council had met, and later the Council left the room."
    results = engine.check_batch([BatchMember("a.txt", text + _FARM), BatchMember("b.txt", other)])
    assert [i for i in results[0].issues if i.rule == "case.capitalised-noun"] == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Floods hit the northeastern Indian State of Assam, officials said.", "State"),
        ("Floods hit the north-eastern Indian State of Assam, officials said.", "State"),
        ("Police in the southern Chinese City of Guilin closed the roads.", "City"),
        ("He was born in the eastern Congolese Province of Ituri as a boy.", "Province"),
    ],
)
def test_a_direction_before_the_nationality_locates_a_place(text, word):
    # "the southern Chinese city of Guilin": the words say where a place lies, so the
    # place name after "of" does not carry a name on
    text += _FARM
    [issue] = run("case.capitalised-noun", text)
    assert (issue.offset, issue.end) == (text.index(word), text.index(word) + len(word))
    assert issue.replacements == (word.lower(),)


@pytest.mark.parametrize(
    "text",
    [
        # no direction: "the Islamic State of Iraq" is a name (without one, "the Indian
        # State of Assam" is still common: a division's head, test_caps11_hits)
        "He joined the Islamic State of Iraq in 2014, prosecutors said.",
        # a common word after "of" still carries the name on
        "She spoke at the northern Italian Chamber of Commerce on Monday.",
        # a place noun heads a name whatever comes before
        "Storms hit the southern Indian Ocean on Monday.",
        "The southern Chinese city of Guilin closed its roads.",
    ],
)
def test_a_direction_before_the_nationality_near_misses(text):
    assert run("case.capitalised-noun", text + _FARM) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # news style lower-cases "press" after a nationality, as "government"
        ("Lawyers consulted by the Italian Press said the ban was legal.", "Press"),
        # a bracket that glosses in words ends no name
        ("He was fined 38 million Egyptian Pounds (about 780,000 dollars) last week.", "Pounds"),
    ],
)
def test_capitalised_noun_press_and_glossing_bracket(text, word):
    text += _FARM
    [issue] = run("case.capitalised-noun", text)
    assert (issue.offset, issue.end) == (text.index(word), text.index(word) + len(word))


@pytest.mark.parametrize(
    "text",
    [
        # a news agency's name is a name
        "He told The Canadian Press that the talks were over.",
        # a bracket with an abbreviation or a year may follow a name
        "He was paid by the Chinese Company (CNMC) that year.",
        "The Chinese Company (2019) was dissolved by the court.",
    ],
)
def test_capitalised_noun_press_and_bracket_near_misses(text):
    assert run("case.capitalised-noun", text + _FARM) == []


@pytest.mark.parametrize(
    "text",
    [
        # a word inside a name joined by "of"/"for"/"on" or a possessive: the same words
        # in lower case elsewhere are no evidence against it
        "The Board for Water Safety said on Monday that the new water safety rules would wait.",
        "Lawyers told the Tribunal on Forest Crimes that forest crimes had doubled since 2020.",
        "The case went to the State Attorney's Office, but the attorney's office would not "
        "comment.",
        # a capitalised common possessor before a capital carries a name on, as "of" does
        "The Danish Farmer's Market Board said prices were falling, and farmers agreed.",
        # adjectives of identity style guides capitalise
        "Leaders of the Kichwa Indigenous communities marched to the capital on foot.",
        "Leaders of Bolivian Indigenous groups marched to the capital on foot.",
        "Hunters from Nunavik Aboriginal villages went north by boat in the spring.",
    ],
)
def test_words_inside_joined_names_and_identity_adjectives_near_misses(text):
    assert run("case.capitalised-noun", text + _FARM) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # after a proper name the word starts a phrase of its own
        (
            "The Bank of Latvia governor spoke on Monday, and then the Bank of Latvia "
            "Governor left early.",
            "Governor",
        ),
        # a possessive before a lower-case word ends the phrase
        ("The Estonian Farmer's land was sold at auction last year.", "Farmer"),
        # one lower-case word before: no run of capitals
        ("The water safety board met, and the Water Safety board met again.", "Safety"),
        ("The Danish Teachers said pay rose in May, and the teachers agreed.", "Teachers"),
        # any other adjective between a name and a noun is still stray
        (
            "Leaders of the Kichwa Traditional communities marched to the capital on foot.",
            "Traditional",
        ),
    ],
)
def test_words_inside_joined_names_and_identity_adjectives_hits(text, word):
    text += _FARM
    [issue] = run("case.capitalised-noun", text)
    assert (issue.offset, issue.end) == (text.rfind(word), text.rfind(word) + len(word))
    assert issue.replacements == (word.lower(),)


def test_a_sentence_case_headline_is_running_text():
    # a headline of a whole clause is a sentence: the adjective between a name and a noun
    # is as stray there as in the story
    text = (
        "Record low bids in Varnsdorf Solar auction boost the region's clean energy push\n\n"
        "The state auctioned 500 megawatts on Monday." + _FARM
    )
    [issue] = run("case.capitalised-noun", text)
    assert text[issue.offset : issue.end] == "Solar"


@pytest.mark.parametrize(
    "headline",
    [
        "Varnsdorf Solar auction",  # a short heading or label may capitalise as it likes
        "Record Low Bids In Varnsdorf Solar Auction Boost The Region's Push",  # title case
    ],
)
def test_short_and_title_case_headlines_near_misses(headline):
    text = f"{headline}\n\nThe state auctioned 500 megawatts on Monday." + _FARM
    assert run("case.capitalised-noun", text) == []


@pytest.mark.parametrize(
    "text",
    [
        # after a surname, a compound that qualifies no noun is a given name
        "Labour Minister Seo Su-young said on Tuesday that talks would go on.",
        "The nurses' leader, Ahn Young-mi, said the strike would go on.",
        "Lee Min-jung, a nurse of ten years, said the wards were short of staff.",
    ],
)
def test_a_hyphenated_given_name_after_a_surname_near_misses(text):
    assert run("case.capitalised-noun", text + _FARM) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # ... but before a noun it qualifies, or after a nationality, it is a compound
        ("Traders moved their goods to the Tallinn Free-trade zone.", "Free-trade"),
        ("The prize went to the Estonian Film-maker, who thanked the jury.", "Film-maker"),
    ],
)
def test_a_hyphenated_compound_after_a_name_or_nationality_hits(text, word):
    text += _FARM
    [issue] = run("case.capitalised-noun", text)
    assert text[issue.offset : issue.end] == word


@pytest.mark.parametrize(
    "sentence",
    [
        "Fighters of the Islamic State group attacked the town on Tuesday.",
        "The Jewish Agency said it had helped the families.",
        "A report by Christian Aid said the figures were rising.",
        "Members of the Muslim Brotherhood were arrested, the ministry said.",
    ],
)
def test_after_an_adjective_of_religion_the_pair_is_a_name(sentence: str) -> None:
    assert _caps(sentence + _FARM) == []


def test_after_an_adjective_of_nationality_the_same_nouns_are_common() -> None:
    text = "The Egyptian Agency said it had helped the families." + _FARM
    assert _caps(text) == ["Agency"]


# --- case.capitalised-noun: nationalities and regions the list lacked, verbs after names --


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # adjectives of nationality the list now holds
        ("The plant is run by an Emirati Utility, which is paid a fixed price.", "Utility"),
        ("The Saudi Investors, who met on Monday, were pleased.", "Investors"),
        # after an adjective of region: an institution noun's evidence
        ("The bay channels the energy of Atlantic Storms towards the shore.", "Storms"),
        ("Big waves broke on Portugal's Atlantic Coast, where the swell peaked.", "Coast"),
        ("Sightings of Asiatic Black bears have risen in the north.", "Black"),
        # after a name: a past tense lemminflect knows only as a verb
        ("A bridge over the gorge near Xingyi Stood more than 300 metres up.", "Stood"),
        ("The fans in Hamburg Fled the stadium before the end.", "Fled"),
        # ... and after a place's head, which ends no title
        ("The storm over the Kelvo Sea Came within 300 kilometres of the port.", "Came"),
        # a quotation's attribution needs its verb
        ("“We lost the harvest,” Abdel Hadi Said. She went home.", "Said"),
        # ... after a quotation inside the quotation, closed by two marks
        ("“He asked me, ‘Who will drink this wine?’” Vardan Tamsk Said. She laughed.", "Said"),
        # "More" before a word that can only be an adjective compares
        ("Heavy rain has made parts of Sulawesi More vulnerable to landslides.", "More"),
        # a third person before its object or infinitive
        ("Prices will fall once Amman Switches to desalinated water.", "Switches"),
        # ... or before a preposition of place, when it is no plural noun (fresh_br)
        (
            "Cases in the province, where the town of Varsk Sits on the edge of the marsh, "
            "rose from 900 to 2,600 last year.",
            "Sits",
        ),
        ("Tarvel is a port. The old town of Varsk Lies on a hill above the bay.", "Lies"),
        # a word lemminflect knows only as a verb, after a place
        ("Farmers in Moravia Expect a smaller harvest this year.", "Expect"),
        ("Growers around Tarnów Remain hopeful about the price.", "Remain"),
        # a region's adjective is also its name: "the Arctic"
        ("Ice levels across the Arctic Remain far below the average.", "Remain"),
        # caps6
        # an adjective of place made by a productive suffix from a name wordfreq knows
        ("Tourists crowded around a Viennese Baker who sold strudel by the river.", "Baker"),
        ("The chorus of Athenian Women enters slowly from the left.", "Women"),
        # a nationality before "of" names a person, not the start of a name
        ("Maria Santos, an American of Irish Descent who grew up in Boston, said so.", "Descent"),
        # ... and so does its plural, people (fresh_cw's blind run)
        ("Voon, like many Malaysians of Chinese Descent, gives her family name first.", "Descent"),
        ("Many Canadians of Korean Heritage live in the city.", "Heritage"),
        # "and a" carries no name on
        ("It signed a deal with a Dutch Airline and a bank in the spring.", "Airline"),
        # "That" before a subject pronoun and its verb opens a clause
        ("The lawyer told reporters in Almaty That he would appeal.", "That"),
        # after an adjective of religion, one of many
        ("Food was handed out by a Muslim Charity in the town on Friday.", "Charity"),
        # the only word of its clause that could be the verb
        (
            "Instead, Okonjo Walks slowly to the front of the stage, still singing, while "
            "the band plays.",
            "Walks",
        ),
        # a clause of its own after a comma and "and"; a given name the text uses alone
        (
            "Tamsin, the ferryman's daughter, is the heart of the play. The chorus sits by "
            "the river, and Tamsin Walks between them with a lantern.",
            "Walks",
        ),
        ("The guards stand by the gate, but Okonjo Runs past them into the yard.", "Runs"),
        # a third person that is only a verb's before "that" or a quantifier: no noun
        # there takes a relative clause or is counted (fresh_ci's blind run)
        ("Ilse Tarvenko plays Rodi. Rodi is tired, and Tarvenko Lets both feelings show.", "Lets"),
        ("The mayor, Ilse Varnow, spoke first. Varnow Argues that the town can pay.", "Argues"),
        # fresh_bq's one run: a past that is a given name too, after a surname the text
        # gives after a given name and uses by itself
        (
            "Ilse Varnow opened the night. The hall loved Varnow's voice. In the second half "
            "Varnow Sang new songs set to old tunes.",
            "Sang",
        ),
    ],
)
def test_capitalised_noun_caps4_hits(text, word):
    text += _FARM
    [issue] = run("case.capitalised-noun", text)
    assert text[issue.offset : issue.end] == word
    assert issue.replacements[0] == word.lower()
    assert not issue.safe


@pytest.mark.parametrize(
    "text",
    [
        # regions before the names they make
        "Casinos in Atlantic City reopened and the Pacific Rim economies grew.",
        "The town lies north of the Arctic Circle, and the Arctic Council met there.",
        "She sailed the Atlantic Ocean and the Mediterranean Sea in one summer.",
        "He lives on the Atlantic Coast, near the Pacific Coast Highway.",
        # other third persons before a preposition of place end firms' and teams' names
        "Couriers for Uber Eats in London struck, and shares of Las Vegas Sands in Hong Kong rose.",
        "Iran's Persian Gulf ports were busy on Monday.",
        # a devolved government's official name: house styles disagree
        "The Scottish Government said it would act, and the Welsh Government agreed.",
        # ... and such a nation's own name (fresh_ci's clean "in the Basque Country")
        "Stone lifting began in the Basque Country and spread to the Flemish Region.",
        # a party's name, then what it is (the first review)
        "Leaders of the Georgian Dream party met the Hungarian Unity movement's envoys.",
        # ... and an Australian state's (the first review)
        "The Victorian Government said it would act, and the Tasmanian Government agreed.",
        # names that look like verbs after a name
        "He met Kim Won last year and Lee Sang in May.",
        # the second review: a time's possessive, a body after a demonstrative and an
        # adjective, an event after "the" and a place's adjective in -an
        "Her team won gold at last year's Southeast Asian Games in Cambodia.",
        "Diplomats praised this influential Arctic Council for its work.",
        "Under British rule in Malaya, the Malayan Emergency lasted 12 years.",
        # a name whose "of" goes on, after "a" and a nationality
        "A Chinese Academy of Sciences team and a South Korean University of Science lab met.",
        # fresh_bq's clean text: a capitalised adjective after "the" opens a name
        "Growers on the Great Hungarian Plain and the Royal Thai Navy's cooks agreed.",
        # ... a name of two surnames, where the text writes the second alone as a name
        "Ilse Varnow runs the shop with her husband. Varnow's son helps, and so does Won, "
        "41, a cook: Varnow Won cooks on Sundays.",
        # ... or before a verb: two people share the surname (the review's Kims)
        "The pianist Daniel Kim played on Friday. Kim's debut was loud, and his former "
        "teacher Kim Won said the recital was fine.",
        "Zara Stores in Madrid were shut, and Thomas More wrote a book.",
        "The Fed said rates would stay; the New York Fed agreed.",
        "Lewandowski Scores and Messi Scores are two of the podcasts he hosts.",
        # a quotation whose attribution has its verb
        "“We lost the harvest,” said Abdel Hadi. She went home.",
        "“We lost the harvest,” Edward Said told reporters.",
        "Officials met in Riyadh, Saudi Arabia, on Monday.",
        # before a plain noun the verb names something: a campaign, a product
        "Leaflets of the Bristol Remain campaign were handed out.",
        # before a finite verb it may be a product's name
        "Users said Lingvo Translate is free and Lingvo Translate was slow.",
        # after a given name or an English word: a surname or a title
        "The singer Maria Remain toured, and Paradise Remain sold well.",
        # a noun as well as a verb may end a name
        "Shoppers in Madrid Stores found bargains.",
        # a third person that is a plural noun too may take a relative clause
        "She shops at the Tarvi Stores that opened in May, and Varnow Imports all sold out.",
        # after a given name the pair may be a game's or a title's name
        "The children played Simon Says all afternoon.",
        # ... and after a name no given name comes before, a brand's or a programme's
        "She orders from Uber Eats every night, and millions watched Nigeria Decides all week.",
        # ... nor after a verb or a preposition: a show named after the person (the second
        # review)
        "Peter Brekke began a podcast. Millions now hear Brekke Says all week.",
        # caps6
        # a noun of faith, a group's name before a noun
        "He is a Sunni Muslim from Basra and an Orthodox Jew from Haifa is his friend.",
        "He met a Jewish Agency official and a Christian Aid worker in the city.",
        # a place is one of a kind: the relative clause is about something else
        "The beetle, native to East Africa and the Iberian Peninsula that reached ports "
        "last year, is spreading.",
        # given names end in the suffixes too; an adjective far commoner than its
        # source names something of its own
        "The actress Lillian Hope said she would return to the stage.",
        "The daughter of Dorian Gray said the house was sold.",
        "He gave a talk at the Smithsonian Institution on Monday.",
        # the clause has a verb of its own, or the name is an apposition
        "The retailer, Tesco Stores, said it would close.",
        "Shoppers at Tesco Stores in Leeds, meanwhile, said prices were too high.",
        "Shoppers at the Tesco Stores in Leeds complain about the prices.",
        # "That" before a capital is a title's word
        "He said That Tune was his favourite show, and Almaty That Night was another.",
        # a given name first written with its surname, or before a word written again
        "The coach picked Lucy early. The crowd was loud, and Lucy Burns in the second half"
        " was the best player. Burns scored twice.",
        "The crowd was loud, and Lucy Banks in the second half was the best player. Lucy left.",
    ],
)
def test_capitalised_noun_caps4_near_misses(text):
    assert run("case.capitalised-noun", text + _FARM) == []


def test_capitalised_noun_government_after_a_state_is_still_common() -> None:
    text = "The Kenyan Government said it would act on the report." + _FARM
    assert _caps(text) == ["Government"]
    text = "The Kenyan Country has found oil, and the Kenyan Region grew." + _FARM
    assert _caps(text) == ["Country", "Region"]


# --- case.sentence-start: an address in the paragraph, a name taken for an abbreviation --


@pytest.mark.parametrize(
    "text",
    [
        "Data will be posted at www.kws.go.ke later this month. researchers may ask.",
        "Tickets go on sale at www.teatro.it on Monday.\n\ntickets for children are free.",
        "The price was set by the board chief, Samuel Asare. she said it was fair.",
        "The line runs through Hunan and Gansu. the trains are fast.",
    ],
)
def test_sentence_start_around_addresses_and_short_names(text):
    [issue] = run("case.sentence-start", text)
    got = text[issue.offset : issue.end]
    assert got[0].islower() and issue.replacements[0] == got.capitalize()


@pytest.mark.parametrize(
    "text",
    [
        "The firm moved to Calif. on Monday, officials said.",
        "The group moved to Ariz. last year.",
        "Details are at www.example.com. more will follow.",
        "Write to news@example.org for details.\n\nwww.example.org",
    ],
)
def test_sentence_start_abbreviations_and_addresses_near_misses(text):
    assert run("case.sentence-start", text) == []


# --- case.capitalised-noun (caps6): adjectives of place no list holds, places' heads,
# a nationality before "of", "That" opening a clause, a name's lone verb --


@pytest.mark.parametrize(
    ("word", "derived"),
    [
        ("Athenian", True),  # Athens
        ("Viennese", True),  # Vienna
        ("Parisian", True),  # Paris
        ("Julian", False),  # a given name
        ("Damian", False),  # "dam" is a common word
        ("Smithsonian", False),  # far commoner than Smithson
        ("Kenyan", False),  # listed already
        ("Tahitian", True),  # Tahiti: a name in -i takes -an (caps10)
        ("Umbrian", True),  # Umbria: a name in -ia takes -n
        ("Azorean", True),  # Azores: a plural name drops "-es" (caps11)
        ("Hebridean", True),  # Hebrides
    ],
)
def test_derived_adjectives_of_place(word, derived):
    from copydesk.checks.rules.case._common import derived_demonym

    assert derived_demonym(word) is derived


def test_place_heads_are_institution_nouns():
    from copydesk.checks.data import data_lines

    places = set(data_lines("case", "place_heads.txt"))
    assert places and places <= set(data_lines("case", "institution_nouns.txt"))


def test_a_name_seen_only_in_a_sentence_case_headline_is_common():
    headline = "Kenyan Court jails three over fuel smuggling ring that cost millions"
    text = headline + "\n\nNAIROBI — The High Court in Nairobi on Friday jailed three men." + _FARM
    assert _caps(text) == ["Court"]


@pytest.mark.parametrize(
    "text",
    [
        # the story names it again: a name
        "Korean Air cuts flights to Japan as demand falls for a third month\n\n"
        "Korean Air said on Tuesday it would cut flights to Osaka.",
        # a short heading may capitalise as it likes
        "Kenyan Court rulings\n\nThe court jailed three men on Friday.",
        # the story never names the institution: the headline may shorten a real name
        "French Open organisers add a night session to the schedule for next year\n\n"
        "The tournament will start play at 8 p.m. on the main court.",
        "Swiss Guard recruits sworn in at the Vatican in a ceremony on Monday\n\n"
        "Thirty young men took the oath in the courtyard.",
        # a place's head is one of a kind
        "Irish Sea ferry services cancelled as storm brings gusts of 90 mph\n\n"
        "Ferries between Holyhead and Dublin did not sail, the Met Office said.",
    ],
)
def test_a_headline_name_near_misses(text):
    assert _caps(text + _FARM) == []


# --- caps8: attributions after long quotations, "That" before a noun's clause, verbs
# before a figure, counted nouns, sentence-case headlines, adjectives from people's names


@pytest.mark.parametrize(
    ("text", "word", "why"),
    [
        # a straight quote after "gate," closes the quotation; the next one opens another
        (
            '"A neighbour came round to tell me that her coat was made from an old rug woven '
            'in the town where her mother grew up," Van Dijkstra Said. "She cried at the gate."',
            "Said",
            "a verb",
        ),
        (
            "Officials told reporters in Kaunas That the old pumping station had failed twice.",
            "That",
            "a small word",
        ),
        ("He told a meeting in Vilnius That a new bridge would open in May.", "That", "small"),
        ("The champion Anna Haldane Cleared 2.05 metres at the indoor meet.", "Cleared", "verb"),
        ("In the second half Okafor Scored 31 points against the visitors.", "Scored", "verb"),
        (
            "He said 1.5 billion Kinshasa Francs, or about 500 million dollars, was spent.",
            "Francs",
            "an amount counts",
        ),
        ("Police held 40 Tbilisi Nationals at the border overnight.", "Nationals", "amount"),
        (
            "Ortiz wins 400 metres as Chilean Season opens at Santiago Olympic Park\n\nOrtiz won.",
            "Season",
            "nationality",
        ),
        ("She applied a Gaussian Blur to the photograph at once.", "Blur", "from a name"),
        ("He called the remark a Freudian Slip and laughed it off at once.", "Slip", "from a name"),
        ("The chorus of Athenian Women sang at the start of the play.", "Women", "from a name"),
        (
            "The hospital sent patients to Tartu and Valga Until its systems were restored."
            "\n\nStaff worked late.",
            "Until",
            "a small word",
        ),
        # a short quotation in sentence case is speech, not a title
        (
            "“A farmer who earns three times as much in Minsk as in Grodno Will always go,” "
            "Ivanova said.",
            "Will",
            "a small word",
        ),
        (
            "Officials said a man who earns more in Velmora than in Karaj Will always go north.",
            "Will",
            "a small word",
        ),
        ("The dam near Mosul Will not reopen this year, engineers said.", "Will", "small word"),
        # caps10 (2026-12-02's day session)
        # "for" and an article after a verb's noun: no body's name ("Demand for the")
        ("Sprogis beats Berzins to end the Latvian Search for a Riga Open title", "Search", "nat"),
        ("Prices rose on Chinese Demand for the metal, traders said.", "Demand", "nationality"),
        # a plural's possessive before a lower-case head
        ("The Welsh Farmers' association said 900 sheep had died.", "Farmers", "nationality"),
        # an adjective of place made from a name in -i
        ("Any release will keep the Tahitian Dialogue, with subtitles.", "Dialogue", "a name"),
        # a language after its adjective is a common noun
        ("He worked with speakers of the Tahitian Language, to translate it.", "Language", ""),
        # a demonstrative after a place's name, before a noun
        ("Students enrolled in Velmora This spring, the ministry said.", "This", "a small word"),
        ("Prices at the mines near Tarquen These days are high.", "These", "a small word"),
        # a past tense before a change by a share: a market report's verb
        (
            "In early trading on Monday, shares of the grocer Kestrel Foods Rose 3.1% after "
            "it reported higher profits for the quarter.",
            "Rose",
            "verb",
        ),
        (
            "In thin trading, the shipping index of Varnholm Fell 12 points on Monday.",
            "Fell",
            "verb",
        ),
        # the text writes the head in lower case after another place's name
        (
            "A festival in the Liberian Province of Bong ended on Sunday with record crowds. "
            "A trader from Margibi province said sales had doubled since last year.",
            "Province",
            "nationality",
        ),
        # an adjective of place from a name in -ia, after a preposition before a plural
        ("Dozens of deer were killed on Umbrian Roads in the year to June.", "Roads", "name"),
        ("The Umbrian Wolf, the largest predator in the hills, is at risk.", "Wolf", "name"),
        # "Will" after a place's name before an adverb and a verb, or a verb alone
        ("After the final, Varkoni Will next play at a tournament in Rome.", "Will", "small"),
        ("The bridge at Tarquen Will reopen on Monday after repairs.", "Will", "small"),
        # a possessive, a plain adjective, the pair and a verb: one of many, a common noun
        (
            "Satellite images show that Sardovia's rocky Atlantic Coast lost about 900 "
            "hectares of dunes since 2000.",
            "Coast",
            "nationality",
        ),
    ],
)
def test_caps8_hits(text, word, why):
    text += _FARM
    [issue] = run("case.capitalised-noun", text)
    assert (issue.offset, issue.end) == (text.index(word), text.index(word) + len(word))
    assert issue.replacements == (word.lower(),)
    assert why in issue.message
    assert not issue.safe


@pytest.mark.parametrize(
    "text",
    [
        # a real short quotation is still a title's place
        'He starred in "Gone With the Wind" and later in "Made in Dagenham" on stage.',
        # "That" before a determiner and no verb, or inside a title
        "She sang All That the Rain Promises at the show in town last night.",
        "We wrote a note to Kaunas That the.",
        # a past tense before a figure after an English word may end a name
        "Shares of Standard Chartered 2024 results rose in early trading.",
        # a year is no amount; an English word before the plural may start a name
        "The 2030 Lisbon Games will open in July, organisers said on Monday.",
        "They sold 20 Premier League Clubs shirts at the gate last year.",
        # the batch capitalises the plural alone elsewhere: a name
        "Fans of the Nationals cheered as 40 Tbilisi Nationals fans sang.",
        # title case and a headline with one lower-case content word
        "Why Kenyan Runners Win So Many Marathons in the rain\n\nText follows.",
        # a name an eponym heads
        "She studied the Keynesian Revolution at college in the north.",
        # a comma after the clause: a lost full stop may be what is wrong
        "The hospital sent patients to Tartu and Valga Until its systems were restored, "
        "staff said.",
        # "Will" as a name, "May" as a month before a plural's verb
        "Prince Will said he was happy, and the figures for May show a rise in sales.",
        "Fans of Theresa May will always go to the rally in the north.",
        # a pair written the same way twice or more is a name: an airline, a team, a band
        "Nordic Wings, the largest Estonian airline, grew fast. Shares of Nordic Wings rose "
        "and the chief executive of Nordic Wings said so.",
        "The Welsh Dragons won again, and fans of the Welsh Dragons sang all night.",
        # no given name before the surname: a title may read so ("Tarkovsky Meets the Beatles")
        "He read Tarkovsky Meets the Beatles, a book of essays, on the train home.",
        # a full name and a plural that no determiner follows: a firm's name
        "The lawyers at Anna Varkoni Associates, the firm, declined to comment.",
        # a line in title case with fewer lower-case content words is still a title
        "The ash spread.\n\nNordavia Express Cancelled Flights to Tarvel, Merrow and Oskerby "
        "on Monday as the Kolvan Ash Centre in Brask warned.\n\nEnd.",
        # "and" between capitals inside one name; the middle word after the same adjective
        "The Ministry of Trade and Development said so, and the Danish Development Agency "
        "agreed. Staff of the Danish Development Agency left.",
        # a preposition after an English word, a title's; "the" before a capital
        "The film Back From 2014 sold well, and he worked at the Bank of the West.",
        "He joined the Danish Chamber of the Regions and the English Teacher, a band.",
        "He joined the English Teacher, a year after the band formed, and stayed.",
        # an institution's noun after an adjective of religion still names it
        "The Catholic Church and the Jewish Agency met the Islamic Relief staff.",
        "The feast falls on June 29 in the General Roman Calendar, which the Vatican revised.",
        # the adjective and its gerund's noun repeated: a name
        "The Tarn Vellor Coastal rowing race and the Tarn Vellor Coastal rowing club met.",
        # a work's title opened by a full name after the noun that introduces it
        "Her 1956 album Ella Fitzgerald Sings the Cole Porter Song Book was reissued.",
        "The exhibition Kahlo From 1930 to 1954 drew record crowds.",
        # caps10: "for a" after a noun that is no verb, or a body's head, goes on with a name
        "She joined the Scottish Campaign for a Fairer Wage and the Irish Society for the "
        "Protection of Birds.",
        # a plural's possessive before a capital is inside a name
        "The Welsh Farmers' Union said 900 sheep had died in the fires on the hills.",
        # a body named for a language has a capital after the noun
        "She sits on the Welsh Language Board, and the Hebrew Language Academy agreed.",
        # a demonstrative in a title (a capital after it), or before a verb (a lost stop)
        "He watched Britain This Week on Sunday, and she said it in Velmora This is not news.",
        # a past tense of a share's change after a given name is a surname's place
        "Her coach said Anna Rose 31% of her serves in training before the final.",
        # "of" and a place after a body's head, and another place's head in lower case:
        # a museum or a school may share a text with "a Dutch museum", "a Greek school"
        "The Polish Museum of America lent the paintings, and a Dutch museum framed them.",
        "The French School of Athens dug at the site, and a Greek school sent its pupils.",
        # a name "Will" before a past tense or a verb's finite form; the name repeated
        "Friends said Prince Will attended the dinner, and Kaspar Will said he was happy.",
        # one of many before a noun it qualifies, after a lower-case adjective too
        "He met an old Korean War veteran, and its new French Open champion won a title.",
        # an adjective with no noun after it heads no noun phrase: a name's last word
        "Shares of the Tahitian Electric fell, and the Tahitian Electric said it would wait.",
        # a place's name with an article before the lower-case head: one of its hospitals
        "He was treated at the American Hospital of Geneva and then at a Tarquen hospital.",
        # a body's head after a city's possessive before a verb: the city's own body
        "On Monday Edinburgh's Scottish Parliament voted to keep the old rules for farms.",
        # a name's last word spelt like a past tense before a figure: no market verb
        "The draw left Harwood United 3 points adrift, and put Tarvane Limited 2% higher.",
    ],
)
def test_caps8_near_misses(text):
    assert run("case.capitalised-noun", text + _FARM) == []


# Review of 2026-12-02: a counted capitalised plural that a noun follows is a team's name
# qualifying what is counted, not the thing counted.
@pytest.mark.parametrize(
    "text",
    [
        "The shop sold 40,000 Kaizer Chiefs shirts before the final.",
        "He watched the last 12 Hanshin Tigers games on television.",
        "The club signed 3 Orlando Pirates players last week.",
    ],
)
def test_a_counted_plural_before_a_noun_is_a_name(text):
    assert run("case.capitalised-noun", text + _FARM) == []


# --- caps9: a verb after a full name before its object's capital, an adjective before a
# gerund and its noun, and a pair the text repeats with the capital every time


@pytest.mark.parametrize(
    ("text", "word", "why"),
    [
        ("Elena Varkoni Heads the Institute of Marine Biology in the port city.", "Heads", "verb"),
        ("Since May, Tomas Kerrigel Runs a Dublin charity for retired jockeys.", "Runs", "verb"),
        ("The crews of the Tarn Vellor Coastal rowing race set out on Sunday.", "Coastal", "adj"),
        ("Fog delayed the Oskerby Annual sailing regatta by two hours.", "Annual", "adjective"),
        # a repeated pair the text also writes in lower case is no name
        (
            "Russian Forces moved north on Monday, and officials said that Russian forces had "
            "reached the river by nightfall.",
            "Forces",
            "",
        ),
        # one use: the capital is still a stray
        ("Shares of Nordic Wings, which flies to Oslo, rose on Monday.", "Wings", "nationality"),
        # "Dozens of" after a dateline's dash opens a clause: no name goes on through it
        ("NAIROBI — Dozens of Kenyan Taxi drivers blocked the main road.", "Taxi", "nationality"),
        # the middle of another name, or a name's tail after "and", excuses nothing
        (
            "Ministers of the West African Development Bank met in Dakar. A loan from a "
            "Danish Development agency paid for the road.",
            "Development",
            "nationality",
        ),
        (
            "The Ministry of Trade and Development said so. A loan from a Danish Development "
            "agency paid for the road.",
            "Development",
            "nationality",
        ),
        # fresh_k's first run: an apposition opening with a comparative defines no name,
        # "the" before a lower-case word carries none on, a preposition takes a figure
        ("Grain went by lorry to Brazilian Ports, a longer and costlier route.", "Ports", "nat"),
        # fresh_bp's blind run: what a faith holds or does is no church's name
        ("He was buried that afternoon, as Islamic Custom requires.", "Custom", "religion"),
        ("Performances of Sufi Music filled the courtyards.", "Music", "religion"),
        # fresh_bq's one run: a language named by its place's adjective is a people's too
        ("The feast falls in the Assamese Month of Kartik each year.", "Month", "language"),
        # fresh_bp's blind run: an institution after "a" and a nationality is one of many
        (
            "A geneticist at a South Korean University who took part in the study said so.",
            "University",
            "nationality",
        ),
        # fresh_bs's blind run: a place in -a makes its adjective with "n" (Cuba, Cuban)
        (
            "Voters on Tarvska backed the law, under which no Tarvskan Land may be leased.",
            "Land",
            "name",
        ),
        # fresh_br's blind run: a span of time that says when is no apposition
        (
            "The road was built over four years by a Danish Contractor, a few years later "
            "than planned.",
            "Contractor",
            "nationality",
        ),
        (
            "She was Gudrun Haldsen, the Icelandic Novelist of the small ports, who died.",
            "Novelist",
            "nationality",
        ),
        (
            "He ran a shipyard in the port of Varnholm From 2014 to 2021, the court said.",
            "From",
            "a small word",
        ),
        # a paragraph with four lower-case content words is prose, however many names
        (
            "The ash spread.\n\nNordavia Express Cancelled flights to Tarvel, Merrow and "
            "Oskerby on Monday as the Kolvan Ash Advisory Centre in Brask told airlines to "
            "avoid the area.\n\nEnd.",
            "Cancelled",
            "verb",
        ),
    ],
)
def test_caps9_hits(text, word, why):
    text += _FARM
    [issue] = run("case.capitalised-noun", text)
    at = text.rindex(word)  # the last use: the one with no name around it
    assert (issue.offset, issue.end) == (at, at + len(word))
    assert issue.replacements == (word.lower(),)
    assert why in issue.message
    assert not issue.safe


# --- caps11: a language's name before a noun is an adjective as a nationality is; "More
# than" after a name compares


def test_language_names_are_no_demonyms_nor_english_words():
    # the list adds what demonyms.txt lacks, and leaves out names that are everyday words
    from copydesk.checks.data import data_lines
    from copydesk.checks.rules.grammar._wordclass import word_classes

    languages = set(data_lines("case", "language_adjectives.txt"))
    assert "Swahili" in languages
    assert not languages & set(data_lines("case", "demonyms.txt"))
    assert not [w for w in languages if word_classes(w.lower())]


@pytest.mark.parametrize(
    ("text", "word", "why"),
    [
        ("The app listens to recorded Hausa Speech from traders in the market.", "Speech", "lan"),
        ("The name comes from the Zulu Word for a river crossing, she said.", "Word", "language"),
        ('The name comes from the Yoruba Words for "rain" and "field", she said.', "Words", "lan"),
        ("Parents queued at the first Gaelic School, which opened in 1999.", "School", "lang"),
        ("Traders in the port are watching Varkona More than the price of fuel.", "More", "small"),
        ("Exporters feared Oskerby Less than the tariffs, the report said.", "Less", "small"),
        # a division's head before "of" and a place's name says where the place lies
        ("Floods cut roads in the Himalayan District of Tarvok on Sunday.", "District", "nat"),
        ("Voters in the Brazilian State of Nova Serra went to the polls.", "State", "nat"),
        ("The Italian Province of Upper Varda closed the pass.", "Province", "nationality"),
        ("Floods hit the Indian State of Assam, officials said.", "State", "nationality"),
        # ... and so does a settlement's, even before a name of common words
        ("She came from the Peruvian City of Santa Vela de Orrio, she said.", "City", "nat"),
        ("Ferries to the Greek Island of Kelvos were cancelled.", "Island", "nationality"),
        # a division's head the word-class lexicon lacks is a noun all the same
        (
            "Jobless rates were the highest of any Swedish County, the office said.",
            "County",
            "nationality",
        ),
        # a coast of a place is its shoreline
        ("Storms lashed the Caribbean Coast of Honduras on Monday.", "Coast", "nationality"),
        ("Marshes along the Frisian Coast of the North Sea are rising.", "Coast", "language"),
        ("In 1951, when the Hebridean Hunt was still done by hand, he sailed.", "Hunt", "name"),
        ("It was paid for by the Kenyan Government and the city council.", "Government", "nat"),
        # a comparative before the pair: a name is not compared
        ("She said warmer Arctic Water reaching the shelf melts the ice.", "Water", "nat"),
        ("Mills were hurt by cheaper Chinese Steel, the union said.", "Steel", "nationality"),
        ("A festival in the Liberian Province of Bong ended with record crowds.", "Province", ""),
    ],
)
def test_caps11_hits(text, word, why):
    text += _FARM
    [issue] = run("case.capitalised-noun", text)
    at = text.index(word)
    assert (issue.offset, issue.end) == (at, at + len(word))
    assert issue.replacements == (word.lower(),)
    assert why in issue.message
    assert not issue.safe


@pytest.mark.parametrize(
    "text",
    [
        # lower case after a language's name, a longer name, a body of a people, an institution
        "The Hausa word for rain is ruwa, and Zulu speakers use another.",
        "She studied at the Hebrew University and taught the Yiddish Book Center's course.",
        "Water reached homes in the Navajo Nation, officials said.",
        "The BBC's Swahili Service said the Gaelic Athletic Association would meet.",
        # "More" after a given name is a surname
        "Few writers admired Thomas More than Erasmus did, the lecturer said.",
        # official names of states and ministries, a division's head with no place after
        "Officials of the Irish Department of Foreign Affairs met the Arab Republic of Egypt.",
        "The Islamic State of Iraq claimed it, and the Himalayan State was quiet.",
        # a coast with no place after it may be a region's name
        "Storms lashed the Pacific Coast, and the Caribbean Coast Highway was closed.",
        # a comparative before a name that qualifies a noun
        "Visitors crowded the older British Museum building and the larger Pacific Rim ports.",
        # an institution's head before "and the" needs evidence that it is common
        "The British Museum and the Tate lent the paintings to the Danish Museum and the city.",
        # a house style that capitalises the head alone keeps it
        "The State minister said the State government met as floods hit the Indian State of Assam.",
    ],
)
def test_caps11_near_misses(text):
    assert run("case.capitalised-noun", text + _FARM) == []


# --- caps12: "of the" and a figure ends a name; ISO 639-2 languages named as adjectives;
# a part of a place after an adjective of nationality or religion; "Roman" one of many;
# "That"/"Which" as a relative pronoun after a name


@pytest.mark.parametrize(
    ("text", "word", "why"),
    [
        # "of the" and a figure, then a lower-case word or punctuation: no name's tail
        ("He was the best-known Danish Potter of the 18th century, critics said.", "Potter", "nat"),
        ("She was the leading Estonian Novelist of the 1990s.", "Novelist", "nationality"),
        # an ISO 639-2 language whose name is an adjective by its form
        ("About 20,000 people speak a Friulian Dialect, according to the census.", "Dialect", "l"),
        ("She teaches at the Kashubian Language school in the town.", "Language", "language"),
        ("He studied the Sumerian Tablets in the basement archive.", "Tablets", "language"),
        # a part of a place before "of" and the place, after a nationality or a religion
        ("Most people in the Italian Part of Switzerland speak Italian, it found.", "Part", "nat"),
        ("The farm lies on the Bavarian Edge of the Alps, near the border.", "Edge", "nat"),
        ("She grew up in the Catholic Heart of Upper Varda, where he farmed.", "Heart", "religion"),
        ("They lived in the Protestant Heart of the Rhineland until 1950.", "Heart", "religion"),
        # "Roman" names much, but after "a" or a number and before a small word it is one of many
        ("Builders found a Roman Villa near the station in 2019.", "Villa", "era"),
        ("Divers found two Roman Coins in the bay, officials said.", "Coins", "era"),
        # a religion's adjective, one of many, before a preposition of place
        ("Food was handed out by a Muslim Charity near the mosque on Friday.", "Charity", "rel"),
        # "That" or "Which" after a name, before a verb's third person or a modal
        ("Voters want a ferry to Varnholm That runs every hour, she said.", "That", "small"),
        ("Voters want a government in Tarvel Which listens to them, she said.", "Which", "small"),
        ("Voters want a council in Tarvel That will listen, she said.", "That", "small"),
    ],
)
def test_caps12_hits(text, word, why):
    test_caps11_hits(text, word, why)  # the same assertions: one flag, lower case offered


@pytest.mark.parametrize(
    "text",
    [
        # "of the" and a figure before a capital goes on with a name
        "He chaired the Danish Friends of the 1848 Constitution for a decade.",
        # a division's head after a religion may name a state; a district's own name
        "Fighters joined the Islamic State of Iraq and the Levant in 2014, officials said.",
        "The shops in the former Jewish Quarter of Tarvel reopened on Monday.",
        # "Roman" before its sites and institutions, and as a given name
        "Crowds filled the Roman Theatre of Tarvel and the Roman Baths on Sunday morning.",
        "Roman Fox said the club would appeal against the ban, and fans agreed.",
        "He met a Roman Catholic bishop and a Jewish Agency official near the port.",
        # "That" before a noun is a determiner; after English words it may end a name
        "She moved to Tarvel That year and opened a bakery near the harbour.",
        "Tickets for Take That sold out in Leeds, and the band Take That performs tonight.",
        "He left Tarvel That said, he kept the flat near the harbour for his son.",
    ],
)
def test_caps12_near_misses(text):
    assert run("case.capitalised-noun", text + _FARM) == []


def test_iso_639_2_languages_named_as_adjectives_are_listed():
    from copydesk.checks.data import data_lines

    languages = set(data_lines("case", "language_adjectives.txt"))
    assert {"Sorbian", "Friulian", "Kashubian", "Buginese"} <= languages
    assert not {"Crimean", "Hawaiian", "Nubian", "Caucasian"} & languages


@pytest.mark.parametrize(
    "text",
    [
        # before a noun of no language, a language's name begins a proper name (review10)
        "The Tamil Tigers fought for decades.",
        "The orchestra played the Slavonic Dances.",
        "The Igbo Landing site is a memorial.",
        "He served in the Maori Battalion and later joined Manx Radio.",
    ],
)
def test_a_language_name_before_other_nouns_begins_a_name(text):
    assert run("case.capitalised-noun", text) == []


def test_a_language_name_before_a_noun_of_language_or_its_people_is_an_adjective():
    text = "The Slavic People of the valley kept their Frisian Songs alive."
    assert [i.matched(text) for i in run("case.capitalised-noun", text)] == ["People", "Songs"]


# --- caps13, strays: a word of time after a place's name, a body's head after "a" and a
# place, a time of year after its feast's name, and a possessive inside a run of capitals


@pytest.mark.parametrize(
    ("text", "word", "why"),
    [
        # "Since"/"Until" before a year, "Early"/"Later" before a time, after a place's name
        ("The surgeon has lived in Tarvel Since 2011, colleagues said.", "Since", "of time"),
        ("The port of Varnholm stays shut Until 2030 under the plan.", "Until", "small"),
        ("A patrol boat reached Koh Varan Early on Friday with supplies.", "Early", "of time"),
        ("Rescuers left Tarvel Later that day, the navy said.", "Later", "of time"),
        # a body's head after "a" and a place's name, with no noun after it
        ("She is a lawyer with a Varnak Group that backed the fishermen.", "Group", "one of"),
        ("The dispute went to a Tarvel Court in the north last year.", "Court", "one of many"),
        # a time of year after its feast's name, before a small word or punctuation
        ("Sales rose during the Varsak Holiday, and the insurer gained.", "Holiday", "time"),
        ("Prices rose through the Tarvi Season. Traders were glad.", "Season", "time of year"),
        # a paper's or a site's kind after its own name
        ("The plan was first reported by the Varnik Newspaper.", "Newspaper", "a paper"),
    ],
)
def test_caps13_stray_hits(text, word, why):
    test_caps11_hits(text, word, why)  # the same assertions: one flag, lower case offered


@pytest.mark.parametrize(
    "text",
    [
        # a surname after a given name; a title of a work
        "Professor Gerald Early on Friday said the book was good.",
        'He read "Paris Since 1945" on the train, and the book Europe Since 1945 too.',
        # a body's head after "a" and a place before a noun it qualifies, or a store's kind
        "He met a Varnak Group official and a Tarvel Bank manager at a Tesco Express.",
        # a time noun before a noun it qualifies; heads of names of festivals and eras
        "She sang from the Billie Holiday songbook at the Varsak Festival.",
        "They studied the Edo Period in class and the Tarvi Season of Light.",
        "She watched the Discovery Channel and read the Varnik Newspaper archive.",
        # a run of capitals with a possessive inside is a name; its short form in lower case
        "Orders fell, said the Varnak Exporters’ Association; the exporters’ association "
        "expects more.",
    ],
)
def test_caps13_stray_near_misses(text):
    assert run("case.capitalised-noun", text + _FARM) == []


# --- caps13, the nationality rule: a person after a people's name; a field's noun before
# a body; a country after a region's adjective; landmarks, chess openings, sport bodies,
# "Native"


@pytest.mark.parametrize(
    ("text", "word", "why"),
    [
        # a person noun after a people's or a language's name says who someone is
        ("Three women meet: a Sinhalese Farmer's widow, a teacher and a trader.", "Farmer", "l"),
        ("Frisian Fishermen sold their catch on the quay at dawn.", "Fishermen", "language"),
        # a landmark's head after "a" and before a preposition of place is one of many
        ("Builders found a Spanish Arch near the station in 2019.", "Arch", "nationality"),
        # a field's noun before a body that works in it, in lower case
        ("Two men were hurt. The Estonian Labour inspectorate has opened a case.", "Labour", "n"),
        ("Snow fell, and the Austrian Railway operator cancelled trains.", "Railway", "nat"),
        ("The Chinese Steel maker cut output again in May, officials said.", "Steel", "nat"),
        ("The camp was run by a Kenyan Medical charity with the health office.", "Medical", "n"),
        # a country after an adjective of region is described, not named
        ("A census of dugongs in the Pacific Nation has found fewer than 200.", "Nation", "nat"),
    ],
)
def test_caps13_hits(text, word, why):
    test_caps11_hits(text, word, why)  # the same assertions: one flag, lower case offered


@pytest.mark.parametrize(
    "text",
    [
        # a title after a people's name may make a name; a name of a people's group
        "The Zulu King opened the festival, and the Tamil Tigers were banned.",
        # landmarks, chess openings, a sport's national body, "Native" as AP writes it
        "Crowds filled the square by the Spanish Arch and the Roman Gate on Sunday.",
        "He chose the Catalan Opening, and she answered with a sharp Sicilian Defence.",
        "The Swiss Cycling federation said television audiences had grown.",
        "The ruling affects the Alaska Native communities of the two islands.",
        # a field's noun before the party's or a company's own things; a people's Nation
        "The Norwegian Labour government fell, and the British Medical Association met.",
        "The Navajo Nation sued, and fans of the Pacific Nations Cup cheered.",
    ],
)
def test_caps13_near_misses(text):
    assert run("case.capitalised-noun", text + _FARM) == []


# --- review13a: false alarms of the caps13 rules on correct text of our own


@pytest.mark.parametrize(
    "text",
    [
        # "Early" after a title before a surname is the surname
        "Asked again, Mrs Early on Monday said she had not seen the letter.",
        # a capital "A" in mid-sentence begins a place's name: no article
        "Officials of the A Varuña Council in the north said the ferry would sail.",
        # a chain's or a movement's branch, named for a place after it
        "He spoke at a Morvanis Club in Ohio and was treated at a Kelbrin Hospital in Leeds.",
        # a company's or a party's name built on a field, then what it is
        "The state-owned Georgian Railway company lost money, and so did the British Steel "
        "company.",
        "She led the British Labour group in the assembly for a decade.",
        # a title after a noun for a book, its italics lost
        "He wrote the history Tarvel Since 1922 in prison, and the memoir Varnholm Until Dawn.",
    ],
)
def test_review13a_near_misses(text):
    assert run("case.capitalised-noun", text + _FARM) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("About 2,000 residents of Tamil Origin voted on Sunday.", "Origin"),
        ("Many families of Basque Descent still live in the valley.", "Descent"),
    ],
)
def test_a_noun_of_roots_after_of_and_a_language_name_is_flagged(text, word):
    assert [text[i.offset : i.offset + i.length] for i in run("case.capitalised-noun", text)] == [
        word
    ]


@pytest.mark.parametrize(
    "text",
    [
        "She is of Tamil descent and organised the Tamil Heritage Month events.",
        "Children of Basque descent learn the Basque language at school.",
    ],
)
def test_a_language_name_before_roots_nouns_elsewhere_stays_quiet(text):
    assert run("case.capitalised-noun", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Arlo Venn won 6-2 in The final on Sunday.",
        "Men's singles: 1. Arlo Venn (Tarvela) 6-2 in The final; 2. Ivo Marsk (Orlen).",
    ],
)
def test_a_capital_article_before_a_lower_case_content_word_in_a_line_of_names(text):
    [issue] = run("case.mid-sentence-capital", text)
    assert (text[issue.offset : issue.offset + issue.length], issue.safe) == ("The", True)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Review: a city's quarrels in A sharp new comedy", True),
        ("They moved into A flat near the park.", True),
        ("The sonata in A sharp minor was played.", False),
        ("It was written in A flat, the pianist said.", False),
        ("He played it in A flat major.", False),
    ],
)
def test_a_key_name_is_read_by_the_word_after_it(text, flagged):
    assert bool(run("case.mid-sentence-capital", text)) is flagged


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("“The glass is cracked,” He said.", "He"),
        ('"Not before spring," She added, smiling.', "She"),
        ("‘Too late,’ They replied at once.", "They"),
        ("“We will see,” A glazier said.", "A"),
    ],
)
def test_capital_after_comma_and_closing_quote(text, word):
    (issue,) = run("case.mid-sentence-capital", text)
    assert issue.matched(text) == word
    assert issue.replacements == (word.lower(),) and issue.safe


@pytest.mark.parametrize(
    "text",
    [
        "“The glass is cracked,” Quillane said.",
        "“The glass is cracked,” I said.",
        "“The glass is cracked,” The Glazier's Gazette wrote.",
        "“Is the glass cracked?” He looked again.",
        "“The glass is cracked.” He left.",
        "He said, “The glass is cracked.”",
    ],
)
def test_capital_after_quote_near_misses(text):
    assert run("case.mid-sentence-capital", text) == []


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The mayor said The district would reopen on Monday.", "said"),
        ("She added They would stay until March.", "added"),
    ],
)
def test_a_capital_after_a_reporting_verb_is_offered_not_applied(text, verb):
    """trial21: "He said The district…" lost its "that", or its full stop; which one, a
    human decides."""
    (issue,) = run("case.mid-sentence-capital", text)
    assert f"after “{verb}”" in issue.message
    assert issue.replacements[0] == text[issue.offset : issue.end].lower()
    assert not issue.safe


@pytest.mark.parametrize(
    "text",
    [
        "“We will stay,” the mayor said The district is safe.",  # a lost full stop, maybe
        "The mayor said The Hague would help.",  # a name
        "The mayor agreed The district was safe.",  # "agreed" may end a sentence
    ],
)
def test_a_capital_after_a_reporting_verb_near_misses(text):
    assert run("case.mid-sentence-capital", text) == []


def test_a_summing_apposition_defines_no_name():
    """ ", an arrangement" sums up the clause before it; ", a band" defines a name."""
    flags_only_the_mark(
        "case.capitalised-noun",
        "Tickets cost 10,000 crowns for Estonian «Citizens», an arrangement the company defends.",
    )
    text = "The prize went to the Estonian Citizens, a four-piece band from Leeds."
    assert run("case.capitalised-noun", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "He signed with Estonian Records, a record label based in Tallinn.",
        "She flew with Hungarian Wings, a cut-price airline.",
        "They play at the Estonian Ground, a level pitch by the river.",
        "The show was at the Estonian Blades, a figure skating club in Tartu.",
    ],
)
def test_a_summing_noun_that_modifies_another_defines_a_name(text):
    assert run("case.capitalised-noun", text) == []


def test_a_headline_in_sentence_case_is_read_to_its_end():
    flags_only_the_mark(
        "case.capitalised-noun",
        "Children treated for fever in Kenyan «Campaign»\n\nVARSK — Health workers came.",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Why Kenyan Runners Win\n\nVARSK — Runners came.",  # title case
        # a line of wrapped text, which a name runs past
        "The grant went to the Kenyan Wine\nAgency, which said it was pleased.",
        # a label's line, a list's item, the text's last line
        "The drill went well.\n\nPhoto: Estonian Navy\n\nMore ships came.",
        "Dates.\n\n- 2019: talks open with the Estonian Navy\n\n- 2020: more talks.",
        "The talks went well.\n\nListen to the full interview on Estonian Radio",
    ],
)
def test_a_line_end_near_misses(text):
    assert run("case.capitalised-noun", text) == []


def test_a_pair_before_and_a_name_of_its_own_is_read():
    flags_only_the_mark(
        "case.capitalised-noun",
        "The boat between the Thai «Border» and Luang Tarsk runs daily. Luang Tarsk is "
        "its last stop.",
    )


@pytest.mark.parametrize(
    "text",
    [
        # the words after "and" are English words: one name
        "They met at the Thai Border and Customs Agency. The Customs Agency said no.",
        # the name after "and" appears nowhere else
        "The boat between the Thai Border and Luang Tarsk runs daily.",
    ],
)
def test_a_pair_before_and_a_name_near_misses(text):
    assert run("case.capitalised-noun", text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Before, I went to Tarvoli Every two weeks and came back with rice.", "Every"),
        ("The fees charged in Varsk Each year rose by a third.", "Each"),
    ],
)
def test_a_quantifier_after_a_name_before_a_noun_or_number_is_flagged(text, word):
    # a name ends in no quantifier; a title that does is capitalised on ("Every Breath")
    assert _caps(text) == [word]


def test_a_quantifier_opening_a_title_is_left():
    assert _caps("The band played Tarvoli Every Breath at the end.") == []


def test_a_participle_after_a_makes_the_pair_one_of_a_kind():
    # "a proposed Pacific Railway": one thing described, not the railway's name
    assert _caps("Herders oppose wind farms and a proposed Pacific Railway.") == ["Railway"]


def test_a_participle_after_a_possessive_may_qualify_a_projects_name():
    assert _caps("Herders say Varsk's proposed Pacific Railway would cross their land.") == []


@pytest.mark.parametrize(
    "marked",
    [
        "The firm said its largest Estonian «Customer», a family importer, doubled its order.",
        "The cooperative's second Estonian «Farmer», a dairy producer from Tartu, won.",
        "Their most Estonian «Song», a ballad of the islands, closed the show.",
    ],
)
def test_a_ranked_pair_is_common_whatever_its_apposition(marked):
    """A superlative or an ordinal after a possessive ranks the pair among its owner's many:
    no name takes one."""
    flags_only_the_mark("case.capitalised-noun", marked)


@pytest.mark.parametrize(
    "text",
    [
        "The firm sold its fish to the Estonian Customer, a family importer, on Monday.",
        # after "the", an ordinal or a superlative may count a recurring event or a store
        "He recalled the first Irish Derby, a race run at the Curragh in 1866.",
        "Shoppers queued outside the largest Canadian Tire, a store in Toronto.",
    ],
)
def test_an_unranked_pair_before_an_apposition_stays_a_name(text):
    assert run("case.capitalised-noun", text) == []


@pytest.mark.parametrize(
    "marked",
    [
        "Swells born in the North Atlantic «Thousands» of kilometres away reached the coast.",
        "Swells reach the Caribbean «Several» times a year.",
        "Ferries to Tarvel «Several» times a week were cancelled.",
        "Storms off Varsk «Hundreds» of kilometres away raised the sea.",
        # an adjective of religion after a ranking word and a possessive
        "The village's last Christian «Families» left in the 1980s.",
    ],
)
def test_a_quantifier_after_a_name_or_a_region_is_no_part_of_it(marked):
    flags_only_the_mark("case.capitalised-noun", marked)


@pytest.mark.parametrize(
    "text",
    [
        "He sang with the Tarvel Thousands of Hope choir in May.",
        "The Chinese Several said nothing.",
        "The Catholic Church said it would help the families.",
    ],
)
def test_a_quantifier_that_goes_on_with_a_name_stays(text):
    assert run("case.capitalised-noun", text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the ranking word ranks the noun the name modifies, not the name
        "Troops took the region's last Islamic State stronghold on Saturday.",
        "Konrad Adenauer, Germany's first Christian Democrat chancellor, spoke.",
        "Her last Jewish Chronicle column ran in May.",
    ],
)
def test_a_ranked_name_before_the_noun_it_modifies_stays(text):
    assert run("case.capitalised-noun", text) == []


@pytest.mark.parametrize(
    "marked",
    [
        # "the most" grades the adjective of religion before a kind of place
        "Varsk lies in Tarvelia, the most Catholic «Region» of a mostly Lutheran country.",
        # a count and "of" after a name's last word are the verb's object
        "Each May, the villages around Varsk «Draw» tens of thousands of visitors.",
    ],
)
def test_fresh_bt_stray_capitals(marked):
    flags_only_the_mark("case.capitalised-noun", marked)


@pytest.mark.parametrize(
    "text",
    [
        "Most Catholic Schools in the region stayed open in May.",
        "The Christian Life Center and the Catholic Life Movement of Varsk met in May.",
        # papers and festivals are titled so; a name compared; a party's member graded
        "The last issue of Catholic Life will appear in December, the diocese said.",
        "He said their propaganda is now more Islamic State than al-Qaida in tone.",
        "Analysts saw her as the most Christian Democrat of the three candidates.",
        "The owners of Varsk Park hired dozens of guides in May.",
    ],
)
def test_fresh_bt_names_stay(text):
    assert run("case.capitalised-noun", text) == []


@pytest.mark.parametrize(
    "marked",
    [
        # a plural three peoples share is common, "the" before them or not
        "Wrestlers came from the Hausa, Fulani, Tuareg and Kanuri «Communities» this year.",
    ],
)
def test_fresh_bu_stray_capitals(marked):
    flags_only_the_mark("case.capitalised-noun", marked)


@pytest.mark.parametrize(
    "text",
    [
        "He played for the British and Irish Lions in 2009.",
        "The Hausa and Kanuri Communities Forum met in May.",
        # a region's adjective names firms, papers and clubs (tried and taken back)
        "Cornish Lithium said the plant would produce 10,000 tonnes a year.",
        "The Cornish Pirates beat Bedford Blues 31-24 on Saturday.",
    ],
)
def test_fresh_bu_names_stay(text):
    assert run("case.capitalised-noun", text) == []


@pytest.mark.parametrize(
    "marked",
    [
        # a headline's kicker is no label: the headline is read to its end
        "Review: Two clocks and one telephone keep a family waiting in a Tarvelian «Play»\n\n"
        "VARSK, Tarvelia — The play opened on Friday night before a small crowd.",
    ],
)
def test_fresh_bw_stray_capitals(marked):
    flags_only_the_mark("case.capitalised-noun", marked)


@pytest.mark.parametrize(
    "text",
    [
        "He worked for a village Catholic Charity in Varsk before he moved north.",
        # the one body of its kind described after "a" (tried and taken back)
        "Officials said they could face a resurgent Islamic State in the coming years.",
        "The new chancellor is a moderate Christian Democrat in the mould of her mentor.",
        "The drill went well.\n\nGraphic: map by the Estonian Navy\n\nMore ships came.",
    ],
)
def test_fresh_bw_names_stay(text):
    assert run("case.capitalised-noun", text) == []
