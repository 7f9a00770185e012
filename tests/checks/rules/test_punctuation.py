"""Punctuation checks: doubled marks, missing and misplaced spaces, stray marks."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import CLEAN_NEWS, family_engine, fixed, run, spans

# --- punct.double -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("where the meeting is to take place..", "where the meeting is to take place."),
        (
            "despite warnings from the United States..\n",
            "despite warnings from the United States.\n",
        ),
        ("then-U.S.. President", "then-U.S. President"),
        ("“Yes..” he said", "“Yes.” he said"),
        ("It ended..The next day", "It ended. The next day"),
        ("Moscow,, Beijing", "Moscow, Beijing"),
        ("one;; two", "one; two"),
        ("to pass,,and that", "to pass, and that"),
        ("They met on Tuesday,.", "They met on Tuesday."),
        ("They met on Tuesday;.\nNext", "They met on Tuesday.\nNext"),
    ],
)
def test_double_safe_fixes(text, expected):
    assert fixed(text, "punct.double") == expected


def test_double_offsets_and_message():
    text = "take place.."
    (issue,) = run("punct.double", text)
    assert (issue.offset, issue.length, issue.message) == (10, 2, "Doubled period")
    assert issue.replacements == (".",) and issue.safe


@pytest.mark.parametrize(
    ("text", "replacements"),
    [
        ("Unbelievable!!", ("!",)),
        ("What?? No", ("?",)),
        ("He departed., and", (",", ".")),
        ("He departed., Then", (".", ",")),
        ("Why?. Because", ("?",)),
        ("Total,: 5", (",", ":")),
    ],
)
def test_double_offered_not_safe(text, replacements):
    (issue,) = run("punct.double", text)
    assert not issue.safe and issue.replacements == replacements


@pytest.mark.parametrize(
    "text",
    [
        "And then... nothing.",
        "And then…. Nothing.",
        "He waited.... Then he left.",
        "In the U.S., not in Europe.",
        "Apples, pears, etc.; all fresh.",
        "Tea at 4 p.m., then dinner.",
        "cd ../data and count 1..10",
        "Really?! Yes.",
        "Fire. . . and smoke",
        "J.R.R. Tolkien, e.g., wrote it.",
        "When e2fsck repairs '.' and '..' entries",
        "MIN..MAX and U+FDD0..U+FDEF",
        "the FIPS IG 2.4.C., this",
        "Tel.: +44 20 7946 0958 and Ed.: updated; Fig., approx.;",
        "FTBFS: &lt;stdout&gt;:496: error &amp;;",
        "Convert it back into YAML::\n\n    cat input",
    ],
)
def test_double_near_misses(text):
    assert run("punct.double", text) == []


# --- punct.missing-space ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("support for Ukraine.Kim Jong-un travels", "support for Ukraine. Kim Jong-un travels"),
        ("sensitive issues.the Kremlin said", "sensitive issues. the Kremlin said"),
        ("Moscow,Beijing and Pyongyang", "Moscow, Beijing and Pyongyang"),
        ("in 2019,the year", "in 2019, the year"),
        ("Will they meet?Nobody knows.", "Will they meet? Nobody knows."),
        ("one;two", "one; two"),
        ("He called it a “shame”and left.", "He called it a “shame” and left."),
        ("He said it was “fine”.The next day", "He said it was “fine”. The next day"),
        ("Watson declared:“We urge restraint.”", "Watson declared: “We urge restraint.”"),
        ('He wrote:"We are ready."', 'He wrote: "We are ready."'),
        ('spelled "colour"in Britain', 'spelled "colour" in Britain'),
        ("(AP)Kim arrived.", "(AP) Kim arrived."),
        ("“Yes,”he said.", "“Yes,” he said."),
        # an address ends a sentence; a capitalised function word and prose open the next
        (
            "Results at www.lakerun.org.The next race is in May.",
            "Results at www.lakerun.org. The next race is in May.",
        ),
        (
            "Write to desk@paper.co.uk.It opens at nine.",
            "Write to desk@paper.co.uk. It opens at nine.",
        ),
        # after a path a dot opens a file extension, never an everyday capitalised word
        (
            "Maps are at www.fenbury.gov/floods.Residents can add photos.",
            "Maps are at www.fenbury.gov/floods. Residents can add photos.",
        ),
    ],
)
def test_missing_space_safe_fixes(text, expected):
    assert fixed(text, "punct.missing-space") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ” written for both quotes: the first opens (a capital follows, a later ” closes).
        (
            "The crews stayed in port.”We were never asked,” said a skipper.",
            "The crews stayed in port. “We were never asked,” said a skipper.",
        ),
        (
            "The crews stayed in port.”We were never asked,”a skipper said.",
            "The crews stayed in port. “We were never asked,” a skipper said.",
        ),
        # A ” with nothing open before it and none after: it closes an earlier quote.
        ("the road is built.”The council agreed.", "the road is built.” The council agreed."),
        ("Who will pay?”The mayor did not say.", "Who will pay?” The mayor did not say."),
        ("We are staying,”he said.", "We are staying,” he said."),
        # Straight quotes, paired in the paragraph: the same fixes as before.
        (
            'The crews stayed in port."We were never asked," said a skipper.',
            'The crews stayed in port. "We were never asked," said a skipper.',
        ),
    ],
)
def test_glued_curly_quote_without_an_opening_quote(text, expected):
    assert fixed(text, "punct.missing-space") == expected


@pytest.mark.parametrize(
    "text",
    [
        "“It’s over,” she said. “Rock’n’roll is back, and the ’90s too.”",
        "He loved the “Post”s crossword.",
        "He called it a shame”and left.",  # no mark before it: opening or closing is a guess
        "The plan was clear:”We go.",  # a colon: a quote opens here, no closing one follows
    ],
)
def test_glued_curly_quote_near_misses(text):
    issues = [i for i in run("punct.missing-space", text) if "”" in i.matched(text)]
    assert issues == []


def test_quote_running_into_an_attribution_offers_the_comma_first():
    text = (
        "The summit “will probably be very focused on possible military cooperation between"
        " Russia and North Korea”the president of the University of North Korean Studies in"
        " Seoul, Yang Moo-jin, told AFP."
    )
    (issue,) = run("punct.missing-space", text)
    assert issue.matched(text) == "”"
    assert issue.replacements == (",” ", "” ")
    assert issue.safe
    assert "comma" in issue.message
    assert "Korea,” the president" in fixed(text, "punct")


def test_glued_colon_before_a_capital_is_offered_not_safe():
    text = "Watson declared:We urge restraint."
    (issue,) = run("punct.missing-space", text)
    assert issue.matched(text) == ":" and issue.replacements == (": ",) and not issue.safe


@pytest.mark.parametrize(
    "text",
    [
        "He read “War and Peace”the whole summer, his sister said.",
        "He said the talks “went very well indeed”and then he left, aides said.",
        "The “peace plan”was rejected by parliament on Tuesday, officials said.",
    ],
)
def test_quote_followed_by_the_sentence_gets_only_a_space(text):
    (issue,) = run("punct.missing-space", text)
    assert issue.replacements == ("” ",) and issue.safe


def test_quote_then_verb_first_attribution_gets_the_comma():
    text = "“We will win this war”said Zelensky."
    assert fixed(text, "punct") == "“We will win this war,” said Zelensky."


def test_short_quoted_term_gets_only_a_space():
    text = "The “peace plan”was rejected on Tuesday, officials said."
    (issue,) = run("punct.missing-space", text)
    assert issue.replacements == ("” ",) and issue.safe


@pytest.mark.parametrize(
    "text",
    [
        "The rate rose 1.5 per cent at 10.30 on Tuesday.",
        "See bbc.co.uk or write to kim@example.com for details.",
        "Visit Amazon.com, google.it or gov.uk today.",
        "He met then-U.S. President Trump and J.R.R. Tolkien fans.",
        "The file report.pdf, the Node.js code and config.yaml.",
        "Kim’s rock ’n’ roll tour, don’t ask, the ’90s.",
        "He said “Kim” and “Putin” twice.",
        "Visit https://www.example.org/page?id=1,2&x=y today.",
        "Tom &amp;Jerry",
        'He said "yes" and left.',
        'It is 12" long and 3.5" wide.',
        "A ratio of 1:2 and John 3:16, at 10:30.",
        "mailto:kim@example.com",
        "The word(s) and (s)he.",
        "at 5p.m.Tuesday",
        "Version 2.0.Beta",
        "Add ${misc:Depends} and lib{egl,gl}-dev; build arch:all on root:disk.",
        "Use binary:Version or source:Version and shlibs:Depends.",
        "The system.data attribute, cups.service and programs.Makefile.",
        "See README.Debian and httplib2.Http for ext3,ext2 with -Wl,-z,relro.",
        "The pair (g,n) and f(a,b).",
        "Call max(Left,Right) or (name,value) pairs.",  # a call; a tuple of lower-case words
        # a formula's elements, a pair of types (reviewers' probes)
        "The mineral (Mg,Fe)SiO3 and the (Ni,Co) cathodes use a (String,Integer) pair.",
        "The (Ca,Na)Al phase and the (int,String) and (event,Context) pairs.",
        "Er sagte „Hallo“und ging.",
        "Quoted: “…and then”",
        # an address's own capitalised label, or one with no prose after it
        "Mirror at www.example.com.Au and ftp.site.org.It",
        "See www.example.com.The-End for it.",
        # a capitalised path segment names code; a rare label after a path is an extension
        "See https://github.com/acme/Widget.Core for details.",
        "Get www.example.org/files/report.Xlsx now.",
    ],
)
def test_missing_space_near_misses(text):
    assert run("punct.missing-space", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a common word, a comma, then a lower-case word English knows however rarely
        ("Rescued on Monday,lifeguards said.", "Rescued on Monday, lifeguards said."),
        ("picked up by fishermen,longboats and all", "picked up by fishermen, longboats and all"),
        ("moss and, above all,cochineal.", "moss and, above all, cochineal."),
        # two rarer words English knows, then prose: no list in code runs on so
        (
            "finished harvesting millet,sorghum and rice.",
            "finished harvesting millet, sorghum and rice.",
        ),
        # a name with a capital inside it, then its verb
        ("in the first days of December,NiMet said.", "in the first days of December, NiMet said."),
        # a reporting verb after the name: a clause's subject, whatever came before
        ("The dust came in December,NiMet said.", "The dust came in December, NiMet said."),
    ],
)
def test_missing_space_before_a_rarer_word_after_a_comma(text, expected):
    assert fixed(text, "punct.missing-space") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tag the files sorghum,millet.",  # two rarer words with no prose after them
        "Keys use String,HashMap for lookups.",  # camel case with no verb after it
        "The leak exposed user,PasswordHash records.",  # a verb before: no opening phrase
        "Under the new schema, name,DisplayName are both required.",  # no phrase's opener
        "Set flags qux,barbaz and run.",  # words English does not know
    ],
)
def test_missing_space_leaves_rarer_pairs_without_prose_or_verb(text):
    assert run("punct.missing-space", text) == []


@pytest.mark.parametrize(
    "text",
    [
        'The appendix lists the search string "millet,sorghum and rice" it used.',
        "The artist's installation, titled cashew,sorghum and made of sacks, opened.",
        "The spreadsheet's columns date,StationId were swapped last year.",
        "The config accepts values such as sepia,italic and bold.",
        'The artwork, titled "Harvest: millet,sorghum and rice", hangs in the museum.',
        "Posts were tagged with the keywords: hibiscus,sorrel and ginger, the study found.",
    ],
)
def test_missing_space_in_a_quoted_or_named_string_is_offered_only(text):
    (issue,) = run("punct.missing-space", text)
    assert issue.replacements == (", ",) and not issue.safe


@pytest.mark.parametrize(
    "text",
    [
        "the ships zorbqa,longboats",  # after a word English does not know
        "the village,zorbqatine said",  # a word English does not know
        "set opts=fast,longboats",  # a token of code
    ],
)
def test_missing_space_before_a_rarer_word_near_misses(text):
    assert run("punct.missing-space", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comma between an everyday word and an acronym
        ("the statistics institute,INDEC, said", "the statistics institute, INDEC, said"),
        # a period, then a given name or the first of two capitalised words
        ("have been worse.Rajesh Das grows rice", "have been worse. Rajesh Das grows rice"),
        ("near the lake.Tromsø Council said", "near the lake. Tromsø Council said"),
        # ... the second perhaps behind the Arabic article (fresh_dc's blind run)
        (
            "markets on the plain.Zuwaina al-Hinai, who sells roses, said",
            "markets on the plain. Zuwaina al-Hinai, who sells roses, said",
        ),
        # ... or a name of any shape that a finite verb, "and" or a comma follows
        ("were preparing.Moderna received $590m", "were preparing. Moderna received $590m"),
        ("up prices.Glencore and CMOC, the", "up prices. Glencore and CMOC, the"),
        ("reached europe.ASML, the Dutch maker", "reached europe. ASML, the Dutch maker"),
        ("this summer.JPMorgan Chase, Wells Fargo", "this summer. JPMorgan Chase, Wells Fargo"),
        # ... or a rare English word the text writes in lower case, or its singular
        (
            "Herders sell yak wool but need more fiber.Yaks are combed once a year.",
            "Herders sell yak wool but need more fiber. Yaks are combed once a year.",
        ),
        # ... or a people's name, which English capitalises by rule
        (
            "Entry is free for foreign competitors.Mongolians carry a form of it.",
            "Entry is free for foreign competitors. Mongolians carry a form of it.",
        ),
    ],
)  # fmt: skip
def test_missing_space_before_a_name_starting_the_next_sentence(text, expected):
    assert fixed(text, "punct.missing-space") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a file or field name after a dot: no verb, comma or name follows it
        "The build reads programs.Makefile first.",
        "Set the flag in the config.DEBUG file.",
        "See the file.PDF Viewer docs and config.yaml.",
        # a rare word after a dot that the text writes nowhere in lower case
        "Herders sell wool but need more fiber.Yaks are combed once a year.",
        # a people's name no verb follows: a field's or a file's name (review)
        "Set the locale to lang.Kazakh in the config file.",
        # a name after a name's dot with no verb after it, or one written nowhere alone
        "The module Tarvo.Velsk in Velsk mode is loaded.",
        # "al-" and a name with no subject's comma or verb after it: a layer's or a tag's
        # name (the review's probes)
        "Volunteers tagged the photos as valley.Wadi al-Khoud on the mapping site.",
        "The ministry tagged the layer census.Wilayat al-Batinah in its open data portal.",
        "He sold them in Tunisia and Egypt.Tarvesh could make a pair a day.",
        # ... or with no finite verb before it in its sentence: a package's or an app's name
        # (the second review)
        "The package Tarvo.Velsk is loaded at start-up, and Velsk mode is the default.",
        "Couriers for Tarvo.Velsk walked out, and Velsk riders joined them.",
        "The dataset is published as census.Tongans on the portal.",
        # ... or one a noun follows: a file's name (review)
        "Settings now live in one settings.Yaml file rather than several yaml files.",
        # an acronym glued to a rare word or to capitals is code or a list of symbols
        "Link with libfoo,QXZ and LIBBAR,QXW flags.",
        "The rate rose 1.5 per cent; see example.com and www.example.org/Page.",
    ],
)
def test_missing_space_before_a_name_near_misses(text):
    assert run("punct.missing-space", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word that is also a web or file suffix (".one", ".new", ".how"), in title case
        # after an everyday word and before prose, starts a sentence
        ("a very small population.One bad year", "a very small population. One bad year"),
        ("fees rose this spring.New rules apply", "fees rose this spring. New rules apply"),
        ("the herders were angry.How long can", "the herders were angry. How long can"),
        ("no fever in our street.Now, when people", "no fever in our street. Now, when people"),
        # a rarer word of prose before the dot ends a sentence as well
        ("Two judges demurred.One of them wrote", "Two judges demurred. One of them wrote"),
        # a day's or a month's name before the dot is no domain's name
        ("it was the end of July.Now it is June", "it was the end of July. Now it is June"),
        ("talks ended on Monday.One delegate left", "talks ended on Monday. One delegate left"),
        # the same shape names a site ("at example.One for details"): offered, never applied
        ("See the site example.One for details.", "See the site example. One for details."),
    ],
)  # fmt: skip
def test_missing_space_before_a_suffix_word_starting_a_sentence_is_offered(text, expected):
    (issue,) = run("punct.missing-space", text)
    assert text[: issue.offset] + issue.replacements[0] + text[issue.offset + issue.length :] == (
        expected
    )
    assert not issue.safe
    assert fixed(text, "punct.missing-space") == text


@pytest.mark.parametrize(
    "text",
    [
        "Tickets are sold at example.one and at festival.new only.",
        "Visit amazon.Com for details or mail ministry.Gov now.",  # no word: a suffix
        "Open IMG.JPG and the sheet budget.XLS today.",
        "He founded Booking.One years ago.",  # a capitalised name before the dot
        "The site is called population.One",  # nothing follows: a name, not a sentence
        "The brand Notes.One was sold.",
        "Tickets are listed at mysite.One of the pages.",  # no word English knows before it
        # a day's or a month's name that no word dates: a brand's or a file's (review19d)
        "Subscribe to Friday.Live for a monthly fee.",
        "The magazine April.Today, with its readers, grew.",
    ],
)
def test_missing_space_suffix_word_near_misses(text):
    assert run("punct.missing-space", text) == []


# --- punct.space-before -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("worth 42 million euros , the ministry said", "worth 42 million euros, the ministry said"),
        ("Kim arrived in Russia .", "Kim arrived in Russia."),
        ("Why did he come ?", "Why did he come?"),
        ("The guests were : Kim and Putin.", "The guests were: Kim and Putin."),
        ("“Enough” !", "“Enough”!"),
        ("Russia ,China", "Russia, China"),
        ("Kim arrived in Russia .”", "Kim arrived in Russia.”"),
    ],
)
def test_space_before_fixes(text, expected):
    assert fixed(text, "punct.space-before") == expected


def test_space_before_offsets():
    text = "euros , the"
    (issue,) = run("punct.space-before", text)
    assert (issue.offset, issue.length, issue.replacements) == (5, 1, ("",))
    assert issue.message == "Space before comma"


@pytest.mark.parametrize(
    "text",
    [
        "And then ... nothing happened.",
        "Nice to see you : )",
        "See you tomorrow ;)",
        "Russia beat Spain 2 : 1 on Sunday.",
        "The .45 calibre pistol and the .com boom.",
        "Items:\n. first\n, second",
        "He typed … and stopped.",
    ],
)
def test_space_before_near_misses(text):
    assert run("punct.space-before", text) == []


# --- punct.stray-line-start ---------------------------------------------------


def test_stray_marks_after_a_finished_sentence_are_safe():
    text = (
        "What weapons might Pyongyang provide to Moscow?\n"
        ".’ Yona Ko and Derek Kay say North Korea could supply Russia."
    )
    (issue,) = run("punct.stray-line-start", text)
    assert issue.matched(text) == ".’ " and issue.safe
    assert fixed(text, "punct.stray-line-start").endswith(
        "\nYona Ko and Derek Kay say North Korea could supply Russia."
    )


def test_stray_marks_after_an_unfinished_line_are_not_safe():
    text = "He said the deal was off\n. The delegations left."
    (issue,) = run("punct.stray-line-start", text)
    assert not issue.safe and issue.replacements == ("",)


@pytest.mark.parametrize(
    ("line", "marks"),
    [
        ("’. The Islamist party hopes to improve its result.", "’. "),
        ("”. The party hopes to improve its result.", "”. "),
        ("’, said the minister.", "’, "),
        ("”.’ The party hopes to improve.", "”.’ "),
        (").” The party hopes to improve.", ").” "),
        ('". The party hopes to improve.', '". '),
        ("’? He did not answer.", "’? "),
    ],
)
def test_closing_quote_before_the_mark_is_stray_too(line, marks):
    text = f"Observers had described the vote as a success.\n{line}"
    (issue,) = run("punct.stray-line-start", text)
    assert issue.matched(text) == marks and issue.safe
    assert fixed(text, "punct.stray-line-start").endswith("\n" + line[len(marks) :])


def test_closing_quote_stray_after_an_unfinished_line_is_offered():
    text = "He called the vote ‘a festival of democracy\n’. The opposition disagreed."
    (issue,) = run("punct.stray-line-start", text)
    assert issue.matched(text) == "’. " and not issue.safe


@pytest.mark.parametrize(
    "text",
    [
        "Intro.\n’90s music is back in fashion.",
        "Intro.\n’ The lone quote mark may be an opening one.",
        "Intro.\n” The lone quote mark may be an opening one.",
        "Intro.\n’... and then he left.",
        "Intro.\n’… and then he left.",
        "Intro.\n:) See you soon.",
        "Intro.\n’Tis the season, ’twas said.",
        "Intro.\n“The Islamist party,” he said.",
    ],
)
def test_closing_quote_near_misses(text):
    assert run("punct.stray-line-start", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Intro.\n“Arms deal”\nKim is accompanied by officials.",
        "He paused.\n...and then he left.",
        "He paused.\n... and then he left.",
        "He paused.\n… and then he left.",
        "List:\n- item one\n* item two\n#hashtag",
        "Rounds:\n.45 calibre rounds were found.",
        "Intro.\n(AP) Kim arrived.",
        "Intro.\n’Tis the season.",
        "Intro.\n‘Begging for help’",
    ],
)
def test_stray_near_misses(text):
    assert run("punct.stray-line-start", text) == []


# --- the family together ------------------------------------------------------


def test_punctuation_family_quiet_on_clean_news():
    assert family_engine("punct").check_text(CLEAN_NEWS) == []


def test_fixes_of_the_families_together_converge_to_the_right_text():
    text = (
        " date 2023-09-12 The meeting should lead to new deals  \n"
        "\n"
        "Kim arrived in Russia..The trip took 20 hours , officials said.\n"
        "What will they sign?\n"
        ".’ Analysts say it is about  arms ,munitions and Putinâ€™s army.\n"
    )
    assert fixed(text, "space", "punct", "encoding") == (
        "date 2023-09-12 The meeting should lead to new deals\n"
        "\n"
        "Kim arrived in Russia. The trip took 20 hours, officials said.\n"
        "What will they sign?\n"
        "Analysts say it is about arms, munitions and Putin’s army.\n"
    )


def test_spans_of_a_mixed_line():
    text = "euros ,the"
    assert spans(run("punct.space-before", text), text) == [(" ,", (", ",), True)]


# --- punct.space-inside -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("to discuss “ sensitive issues ” with Putin", "to discuss “sensitive issues” with Putin"),
        ("The agency ( AP ) said so.", "The agency (AP) said so."),
        ("He called it a “deal ”.", "He called it a “deal”."),
        ("Kim (  North Korea  ) left.", "Kim (North Korea) left."),
        ("(see “ the deal ” ) too", "(see “the deal”) too"),
    ],
)
def test_space_inside_fixes(text, expected):
    assert fixed(text, "punct.space-inside", "space.double") == expected


def test_space_inside_offsets():
    text = "a “ b ” c"
    issues = run("punct.space-inside", text)
    assert [(i.offset, i.length, i.message) for i in issues] == [
        (3, 1, "Space after opening quote"),
        (5, 1, "Space before closing quote"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Options: a ) yes, b ) no",
        "- [ ] open task and [ Craig Small ] in a changelog",
        "He said “ and left“ again",
        "Scores ( ? ) unknown",
        "A smiley :) and ( unclosed",
        "He said ” yes “ wrongly curled",
    ],
)
def test_space_inside_near_misses(text):
    assert run("punct.space-inside", text) == []


def test_a_name_then_a_speaker_the_article_names_alone_is_a_sentence_break():
    # a place ends the sentence, the next opens on a surname the article writes alone,
    # then a reporting verb
    text = "Rosa Okafor runs the depot. Aid left from Darwin.Okafor said it was slow."
    issues = [i for i in run("punct.missing-space", text)]
    assert [(i.matched(text), i.safe) for i in issues] == [(".", True)]


@pytest.mark.parametrize(
    "text",
    [
        # a class path with a verb that reports nothing, or a name nobody writes alone
        "The module Config.Parser reads files. Parser reads them.",
        "Aid left from Darwin.Okafor said it was slow.",
    ],
)
def test_a_name_then_a_capitalised_word_near_misses(text):
    assert run("punct.missing-space", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on its account, @CityFerries,and riders", "on its account, @CityFerries, and riders"),
        ("under the tag #VoteNow,but few did", "under the tag #VoteNow, but few did"),
    ],
)
def test_missing_space_after_a_handle_or_hashtag_before_prose_is_fixed(text, expected):
    assert fixed(text, "punct.missing-space") == expected


@pytest.mark.parametrize("text", ["Tag them @a_b,@c_d now.", "Use #x1,#y2 or #z3,w4."])
def test_handles_in_a_list_stay_quiet(text):
    assert run("punct.missing-space", text) == []


@pytest.mark.parametrize(
    ("text", "span", "first"),
    [
        ("The glazier called it ;; “a fine pane”.", " ;;", ";"),
        ("Quill ,, Thimble and Awl.", " ,,", ","),
        ("The tinsmith mended it ;;; then left.", " ;;;", ";"),
    ],
)
def test_double_between_spaces_is_offered(text, span, first):
    (issue,) = run("punct.double", text)
    assert issue.matched(text) == span
    assert issue.replacements == (first, "") and not issue.safe


def test_double_colon_after_a_word_is_one_colon():
    text = "The glazier needs two things:: putty and glass."
    (issue,) = run("punct.double", text)
    assert issue.matched(text) == "::" and issue.replacements == (":",) and issue.safe


@pytest.mark.parametrize(
    "text",
    [
        "Call std::sort on it, or Glazier::Pane::new().",
        "The host fe80::1 and ::1 answer; so does 2001:db8:: today.",
        "A C++:: prefix and a literal block::\n\n    cat glazier.txt",
        "Home :: Glaziers :: Tinsmiths",
        "The score was 3:2 and the ratio 1:4; :: ) and :-)",
        "Quill ; Thimble , Awl.",
    ],
)
def test_double_near_misses_spaced_and_colons(text):
    assert run("punct.double", text) == []


def test_a_name_after_a_sentence_ending_in_a_name_is_offered_a_space():
    # fresh_ck's blind run: a sentence with its verb ends in a place, the next opens on a
    # name the text writes alone, before its verb; offered, not applied (code and handles)
    text = "His son said Tarvesh sold them in Egypt.Tarvesh could make a pair a day."
    (issue,) = run("punct.missing-space", text)
    assert issue.offset == text.index(".Tarvesh")
    assert issue.replacements[0] == ". "
    assert not issue.safe


@pytest.mark.parametrize(
    ("text", "mark_at"),
    [
        ("6. Maria Cabrera (women,Guam), 5:11:30", "n,G"),
        ("She thanked the rowers (women,Quito) for their help.", "n,Q"),
    ],
)
def test_comma_glued_inside_an_aside_of_words_is_repaired(text, mark_at):
    (issue,) = run("punct.missing-space", text)
    assert issue.offset == text.index(mark_at) + 1
    assert issue.replacements == (", ",) and issue.safe


@pytest.mark.parametrize("text", ["WASHINGTON (AP)McCarthy said.", "OTTAWA (Reuters)Varga said."])
def test_a_closing_bracket_glued_to_a_name_is_repaired(text):
    (issue,) = run("punct.missing-space", text)
    assert issue.matched(text) == ")" and issue.replacements == (") ",) and issue.safe


@pytest.mark.parametrize(
    "text",
    [
        # after a less common word English gives a class ("steers" 2.9), before a name
        # and its verb: a module's name reads so too ("parser.Tokenizer is"; review20c)
        "He feeds the steers.Vuthy sits by the pen. Vuthy says little.",
        "The class parser.Tokenizer is deprecated. Tokenizer was slow.",
    ],
)
def test_missing_space_after_a_rarer_word_before_a_name_is_offered(text):
    [issue] = run("punct.missing-space", text)
    assert issue.replacements[0] == ". " and not issue.safe


def test_missing_space_after_a_rarer_word_needs_the_names_verb():
    # no verb after the name: a module's name (review20a)
    text = "The patch moves the class to parser.Tokenizer, and Tokenizer is faster."
    assert run("punct.missing-space", text) == []
