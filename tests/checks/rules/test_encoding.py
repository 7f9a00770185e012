"""Encoding checks: mojibake, replacement characters, control characters."""

from __future__ import annotations

import pytest

from copydesk.checks.rules.encoding.mojibake import changed_spans
from tests.checks.rules.helpers import CLEAN_NEWS, family_engine, fixed, run


@pytest.mark.parametrize(
    ("text", "bad", "good"),
    [
        ("Putinâ€™s army", "â€™", "’"),
        ("a cafÃ© owner", "Ã©", "é"),
        ("It costs Â£100", "Â£", "£"),
        ("the â€” dash", "â€”", "—"),
        ("Kim\x92s train", "\x92", "’"),
        ("Ã¢â‚¬â„¢ twice", "Ã¢â‚¬â„¢", "’"),
    ],
)
def test_mojibake_span_and_replacement(text, bad, good):
    (issue,) = run("encoding.mojibake", text)
    assert issue.matched(text) == bad
    assert issue.replacements == (good,) and issue.safe


def test_mojibake_fixes_only_the_damaged_spans():
    text = "The â€œdealâ€\x9d in ZÃ¼rich — “genuine” quotes stay.\nNext line: Łódź."
    assert (
        fixed(text, "encoding") == "The “deal” in Zürich — “genuine” quotes stay.\nNext line: Łódź."
    )


def test_lossy_repair_is_not_safe():
    text = "lossy â€\ufffd here"
    issues = run("encoding.mojibake", text)
    assert issues and not any(i.safe for i in issues)


@pytest.mark.parametrize(
    "text",
    [
        "Zürich, Łódź, São Paulo, a naïve café owner, déjà vu in Kraków.",
        "Kim’s “sensitive” talks — in 2019 – went well 😀 👨‍👩‍👧.",
        "The ﬁnal ＡＢＣ score and the 1½ price.",
        "SÃO PAULO in capitals.",
        "Ελληνικά, русский, 日本語, العربية.",
        "Non-breaking\u00a0space and 10\u202fkm.",
    ],
)
def test_mojibake_near_misses(text):
    assert run("encoding.mojibake", text) == []


def test_changed_spans_groups_a_run():
    assert changed_spans("aâ€™b cÃ©d", "a’b céd") == [(1, 4, "’"), (7, 9, "é")]


def test_replacement_char_flag_only():
    text = "Kim\ufffd\ufffds train"
    (issue,) = run("encoding.replacement-char", text)
    assert (issue.offset, issue.length, issue.replacements, issue.safe) == (3, 2, (), False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kim\u200barrived", "Kimarrived"),
        ("Pyong\u00adyang", "Pyongyang"),
        ("The end.\x07", "The end."),
        ("Page one.\x0cPage two.", "Page one.\nPage two."),
        ("\ufeffTitle", "Title"),
        ("a\x00b\x1bc\x7f", "abc"),
    ],
)
def test_control_chars_removed(text, expected):
    assert fixed(text, "encoding.control-char") == expected


def test_bidi_mark_offered_not_safe():
    (issue,) = run("encoding.control-char", "Name \u202eKim")
    assert not issue.safe and issue.replacements == ("",)


@pytest.mark.parametrize(
    "text",
    ["Tab\tand\nline", "Family 👨\u200d👩\u200d👧 and ❤\ufe0f", "Kim\x92s", "می\u200cخواهم"],
)
def test_control_char_near_misses(text):
    assert run("encoding.control-char", text) == []


def test_encoding_family_quiet_on_clean_news():
    assert family_engine("encoding").check_text(CLEAN_NEWS) == []


def test_mojibake_eating_a_space_is_one_span():
    text = "a Ã  la carte menu"
    (issue,) = run("encoding.mojibake", text)
    assert (issue.matched(text), issue.replacements) == ("Ã ", ("à",))
    assert fixed(text, "encoding", "space") == "a à la carte menu"


def test_mojibake_on_a_long_garbled_paragraph_gets_every_span():
    # Speed on such text is measured in bench/check_speed.py, not asserted here.
    text = "Vargaâ€™s army said â€œnoâ€\x9d at the cafÃ©. " * 3000
    issues = run("encoding.mojibake", text)
    assert len(issues) == 4 * 3000


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        # a correct letter beside a damaged word: the damaged word is one repair
        ("Guðrún SigurÃ°ardÃ³ttir spoke.", "Guðrún Sigurðardóttir spoke."),
        ("he told the radio BÃ­o-BÃ­o on Monday", "he told the radio Bío-Bío on Monday"),
        ("the village of ÃžingvÃ¶llur", "the village of Þingvöllur"),
    ],
)
def test_mojibake_repairs_in_one_word_are_one_issue(text, clean):
    [issue] = run("encoding.mojibake", text)
    assert issue.safe
    assert text[: issue.offset] + issue.replacements[0] + text[issue.end :] == clean


def test_mojibake_words_apart_and_marks_stay_apart_and_a_lost_byte_stays_a_guess():
    text = "a cafÃ© in SÃ£o Paulo and the â€œdealâ€ is done"
    issues = run("encoding.mojibake", text)
    assert [i.matched(text) for i in issues] == ["Ã©", "Ã£", "â€œ", "â€"]
    guesses = [i for i in issues if not i.safe]
    assert [i.matched(text) for i in guesses] == ["â€"]
    # quote marks around a sound word are two repairs, as are a mark and a letter
    quoted = "the â€œcafÃ© latteâ€\x9d owner"
    assert [i.replacements[0] for i in run("encoding.mojibake", quoted)] == ["“", "é", "”"]


@pytest.mark.parametrize(
    "text",
    [
        "“We never saw this,â€\x9d she said.",  # the third byte of a closing quote
        "The port of ValparaÃ\xadso reopened.",  # the second byte of an í
    ],
)
def test_control_char_leaves_a_byte_of_mojibake_to_its_repair(text):
    assert run("encoding.control-char", text) == []
    [issue] = run("encoding.mojibake", text)
    assert "\x9d" in issue.matched(text) or "\xad" in issue.matched(text)


@pytest.mark.parametrize(
    "text",
    [
        "“We are still here,â€ said one.",  # the closing quote's last byte lost, a space kept
        "the â€œdealâ€ is done",
    ],
)
def test_a_closing_quote_that_lost_its_last_byte_is_no_dagger(text):
    # ftfy reads "â€ " as E2 80 A0 (†), taking the word space for a no-break byte:
    # `fix` wrote "here,†said one." (a dagger, two words glued) as a safe fix.
    issues = [i for i in run("encoding.mojibake", text) if i.matched(text).startswith("â€")]
    last = issues[-1]
    assert last.matched(text) == "â€"
    assert last.replacements[0] == "”" and not last.safe
    assert "†" not in fixed(text, "encoding")


def test_a_lost_closing_quote_before_a_letter_is_flagged():
    # "â€" with nothing after it that could be its third byte: ftfy leaves it alone.
    text = "“We are still here,â€said one."
    (issue,) = run("encoding.mojibake", text)
    assert (issue.matched(text), issue.replacements[0], issue.safe) == ("â€", "”", False)
    assert "guess" in issue.message  # the editor is told it is not a certain repair


def test_a_lost_byte_guess_is_not_made_where_a_space_follows():
    text = "a Ã  la carte menu and Â 100 more"
    assert [i.safe for i in run("encoding.mojibake", text)] == [True, True]


def test_a_damaged_word_among_correct_curly_quotes_is_repaired_on_its_own():
    # ftfy leaves the line alone (its ’ is correct); the word alone is plainly damaged
    text = "The court’s ruling: 71% of voters in KÄ™pice rejected it."
    (issue,) = run("encoding.mojibake", text)
    assert (issue.matched(text), issue.replacements, issue.safe) == ("Ä™", ("ę",), True)
    assert fixed(text, "encoding") == "The court’s ruling: 71% of voters in Kępice rejected it."


@pytest.mark.parametrize(
    "text",
    [
        "The court’s ruling in Kępice, Gdańsk and Łódź; the Brand™ logo.",
        "Déjà vu: the court’s “Ärzte” and ÄRZTE™ stay as written.",
    ],
)
def test_word_repair_near_misses(text):
    assert run("encoding.mojibake", text) == []


@pytest.mark.parametrize(
    ("clean", "context"),
    [
        # a letter ending a word, a capital cut off by its own no-break byte, a capital and
        # a second capital or sign starting a word, a word ftfy repaired only in part, two
        # capitals inside a small-letter word (Turkish ş, ğ)
        (word, context)
        for word in (
            "Jonaitytė",
            "Šiaulienė",
            "Čepaitis",
            "Ďuriš",
            "Řehoř",
            "Kęstutis",
            "Hőse",
            "Żółć",
            "Wołęcki",
            "Ūdrija",
            "mūsų",
            "Ġgantija",
            "Ştefan",
            "Plzeň",
            "Ayşe",
            "Erdoğan",
            "Işık",
            "Ağaoğlu",
            "dağ",
        )
        for context in ("Minister Dalė {} said’s", "“{},” she said.", "({})", "the {}’s plan")
    ],
)
def test_central_european_letters_read_as_windows_1252_are_repaired(clean, context):
    text = context.format(clean.encode("utf-8").decode("cp1252"))
    assert fixed(text, "encoding") == context.format(clean)


def test_a_capital_cut_off_by_its_no_break_byte_joins_its_word_in_one_repair():
    text = "Transport Minister Dalė Å\u00a0ernienÄ— said so."
    [issue] = run("encoding.mojibake", text)
    assert (issue.matched(text), issue.replacements, issue.safe) == (
        "Å\u00a0ernienÄ—",
        ("Šernienė",),
        True,
    )
    # a pipeline that made the no-break space a plain one: the damaged word after it tells
    assert fixed("Dalė Å ernienÄ— said", "encoding") == "Dalė Šernienė said"


@pytest.mark.parametrize(
    "text",
    [
        "The village of Å is at the end of the road; Å\u00a0is its name, Ängelholm too.",
        "Škoda, Ørsted, Ærø, Åland and Ålesund; the Ä and Å keys.",
        "PERÚ—the capital and the ÄRZTE— sign; Brand™ and Ä™ as a logo.",
        "The café—the one on the corner—and É—and more.",
        "Ö—then the Å—a place.",
        "ÅKE LINDQVIST and Åsa Berg met in Åre; the ÆSIR and ŸŒ signs.",
    ],
)
def test_capitals_and_signs_written_on_purpose_stay(text):
    assert run("encoding.mojibake", text) == []


@pytest.mark.parametrize("clean", ["Šabić", "Šarić", "Šimunović"])
def test_a_cut_capital_ftfy_repairs_with_its_word_is_repaired_once(clean):
    text = f"The score is by Mirza {clean.encode('utf-8').decode('cp1252')}. It runs long."
    assert fixed(text, "encoding") == f"The score is by Mirza {clean}. It runs long."


@pytest.mark.parametrize("clean", ["KIČEVO", "ČAPEK", "ŌSAKA", "ĎAROVIČ"])
@pytest.mark.parametrize("context", ["{}, Varskia — The vote was held.", "THE ROAD TO {} IS SHUT."])
def test_a_capital_inside_a_word_in_capitals_is_repaired(clean, context):
    # a dateline's capital read as Windows-1252 makes two capitals (``ÄŒ``), which ftfy
    # takes for letters written side by side
    text = context.format(clean.encode("utf-8").decode("cp1252"))
    assert fixed(text, "encoding") == context.format(clean)


@pytest.mark.parametrize(
    "text", ['The front page read "DÉŠŤ A TÉŽ KROUPY".', "A sign: KÉŽ BY PRŠELO."]
)
def test_czech_capitals_written_on_purpose_stay(text):
    # "É" before "Š" or "Ž" would decode to a letter of Latin Extended-B: Czech, not damage
    assert run("encoding.mojibake", text) == []
