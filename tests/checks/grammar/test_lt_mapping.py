"""LanguageTool matches to issues, and chunking, through the real client and a fake server."""

from __future__ import annotations

import pytest
from language_tool_python import LanguageTool

from copydesk.checks.context import Batch, CheckContext
from copydesk.checks.engine import Engine
from copydesk.checks.grammar import lt_context, lt_mapping
from copydesk.checks.grammar.languagetool import lt_issues
from copydesk.checks.grammar.lt_backend import BACKEND
from copydesk.checks.model import Category
from copydesk.checks.registry import REGISTRY
from copydesk.checks.run_inputs import resolve_inputs
from copydesk.checks.service import LANGUAGETOOL, ServiceState
from copydesk.checks.settings import Settings

from .conftest import RECORDED


def _settings(url: str, **lt) -> Settings:
    s = Settings()
    s.languagetool.server_url = url
    for k, v in lt.items():
        setattr(s.languagetool, k, v)
    return s


def test_recorded_response_maps_to_exact_spans_with_emoji(fake_lt):
    text = RECORDED["text"]
    tool = LanguageTool("en-US", remote_server=fake_lt.url)
    issues = lt_mapping.to_issues(text, 0, text, tool.check(text))
    by_rule = {i.rule: i for i in issues}
    a = by_rule["lt.EN_A_VS_AN"]
    assert a.matched(text) == "a" and text[a.offset : a.offset + 7] == "a apple"
    assert a.replacements == ("an",) and not a.safe
    assert by_rule["lt.HE_VERB_AGR"].matched(text) == "go"
    assert by_rule["lt.HE_VERB_AGR"].category is Category.GRAMMAR
    # A span containing an emoji keeps its emoji (length re-measured from UTF-16 units).
    assert by_rule["lt.EMOJI_SPAN_TEST"].matched(text) == "home 😀"
    # Spelling on a capitalised word (a name) is dropped; a lowercase typo is kept.
    spelling = [i for i in issues if i.rule == "lt.MORFOLOGIK_RULE_EN_US"]
    assert [i.matched(text) for i in spelling] == ["teh"]
    assert spelling[0].category is Category.SPELLING


def test_user_words_silence_spelling(fake_lt):
    text = RECORDED["text"]
    tool = LanguageTool("en-US", remote_server=fake_lt.url)
    issues = lt_mapping.to_issues(text, 0, text, tool.check(text), user_words=["TEH"])
    assert "teh" not in [i.matched(text) for i in issues]


def test_chunks_cut_between_paragraphs_and_cover_text():
    paragraph = "The council met on Monday. " * 20
    text = "\n\n".join(paragraph.strip() for _ in range(30))
    pieces = lt_mapping.chunks(text, 2000)
    assert len(pieces) > 1
    assert "".join(p for _, p in pieces) == text
    for offset, piece in pieces:
        assert len(piece) <= 2000
        assert text[offset : offset + len(piece)] == piece
        assert offset == 0 or text[offset - 2 : offset] == "\n\n"


def test_overlong_paragraph_is_cut_at_sentence_ends():
    text = "Officials said the plan would work. " * 200
    pieces = lt_mapping.chunks(text, 1000)
    assert "".join(p for _, p in pieces) == text
    assert all(p.endswith(". ") or p is pieces[-1][1] for _, p in pieces)


def test_long_document_offsets_are_mapped_back(fake_lt):
    para = "Fans 🎉 cheered. They ate a apple and left. " * 40
    text = "\n\n".join(para.strip() for _ in range(60))
    assert len(text) > lt_mapping.MAX_CHUNK * 2
    settings = _settings(fake_lt.url)
    inputs = resolve_inputs(settings, checks=[REGISTRY.get("lt")])  # connects the service
    ctx = CheckContext(
        "doc.txt", Batch.single(text, "doc.txt"), settings, REGISTRY.get("lt"), inputs=inputs
    )
    issues = lt_issues(text, ctx)
    assert issues is not None
    assert len(fake_lt.requests) >= 3  # chunked
    assert len(issues) == text.count("a apple")
    for issue in issues:
        assert text[issue.offset : issue.offset + 7] == "a apple"


def test_settings_reach_the_server(fake_lt):
    settings = _settings(
        fake_lt.url, picky=True, disabled_rules=["MY_RULE"], disabled_categories=["CASING"]
    )
    assert BACKEND.ensure(settings).state is ServiceState.READY
    BACKEND.check("A text.", settings)
    sent = fake_lt.requests[-1]
    assert sent["language"] == "en-US"
    assert sent["level"] == "picky"
    assert "MY_RULE" in sent["disabledRules"] and "WHITESPACE_RULE" in sent["disabledRules"]
    assert "CASING" in sent["disabledCategories"] and "TYPOGRAPHY" in sent["disabledCategories"]


def test_lt_check_in_engine_and_merge_with_harper(fake_lt):
    text = RECORDED["text"]
    settings = _settings(fake_lt.url)
    engine = Engine(settings, checks=[REGISTRY.get("lt"), REGISTRY.get("grammar.harper")])
    issues = engine.check_text(text)
    rules = [i.rule for i in issues]
    assert "lt.EN_A_VS_AN" in rules and "lt.HE_VERB_AGR" in rules
    # Harper also flags "a apple" and "He go": LanguageTool's issue is kept, not both.
    for lt_issue in (i for i in issues if i.rule.startswith("lt.")):
        overlapping = [
            i
            for i in issues
            if i.rule.startswith("grammar.harper")
            and i.offset < lt_issue.end
            and lt_issue.offset < i.end
        ]
        assert not overlapping, overlapping
    assert LANGUAGETOOL.status.state is ServiceState.READY


def test_lt_issue_yields_to_our_cleanup_on_the_same_span(fake_lt):
    from copydesk.checks.registry import Check

    def fake_cleanup(text, ctx):
        yield ctx.issue(text.index("a apple"), 1, "ours", ["an"])

    ours = Check("word.test-article", Category.WORD, "test", fake_cleanup)
    engine = Engine(_settings(fake_lt.url), checks=[REGISTRY.get("lt"), ours])
    issues = engine.check_text("We saw a apple.")
    assert [i.rule for i in issues] == ["word.test-article"]


@pytest.mark.parametrize(
    "url", ["https://api.languagetool.org", "https://api.languagetoolplus.com/v2/"]
)
def test_public_service_refused_unless_allowed(url):
    status = BACKEND.ensure(_settings(url))
    assert status.state is ServiceState.UNAVAILABLE
    assert "allow_public_api" in status.message


@pytest.mark.parametrize("ignored", ["lt.MORFOLOGIK_RULE_EN_US", "lt.HE_VERB_AGR"])
def test_ignoring_one_languagetool_rule_keeps_the_others(fake_lt, ignored):
    settings = _settings(fake_lt.url)
    settings.ignore = [ignored]
    rules = {i.rule for i in Engine(settings).check_text(RECORDED["text"]) if i.rule[:3] == "lt."}
    assert ignored not in rules
    assert "lt.EN_A_VS_AN" in rules
    assert fake_lt.requests, "LanguageTool was not asked at all"


def test_dictionary_matches_need_a_close_much_commoner_suggestion():
    from types import SimpleNamespace

    def match(text, word, rule, suggestions, issue_type="misspelling"):
        return SimpleNamespace(
            rule_id=rule,
            message="m",
            replacements=suggestions,
            offset=text.index(word),
            error_length=len(word),
            category="TYPOS",
            rule_issue_type=issue_type,
        )

    text = "Its reconfigurability was recieved well by a engineer near the superblack hole."
    matches = [
        match(text, "reconfigurability", "MORFOLOGIK_RULE_EN_US", []),  # rare real word
        match(text, "recieved", "MORFOLOGIK_RULE_EN_US", ["received"]),  # a typo
        match(text, "superblack", "MORFOLOGIK_RULE_EN_US", ["superblock"]),  # no commoner word
        match(text, "a", "EN_A_VS_AN", ["an"]),  # a "misspelling" to LanguageTool, not a word
    ]
    issues = lt_mapping.to_issues(text, 0, text, matches)
    assert [(i.rule, i.matched(text)) for i in issues] == [
        ("lt.MORFOLOGIK_RULE_EN_US", "recieved"),
        ("lt.EN_A_VS_AN", "a"),
    ]


def test_optional_comma_advice_is_off_by_default():
    off = set(lt_mapping.config().disabled_rules)
    assert {"COMMA_COMPOUND_SENTENCE", "MISSING_COMMA_AFTER_INTRODUCTORY_PHRASE"} <= off


def test_dictionary_matches_pass_the_offline_engines_spelling_filter():
    """LanguageTool's dictionary lacks foreign units, loanwords and the other dialect's
    spellings as Harper's does: the same measured filter decides for both engines, but a
    word the web writes often that LanguageTool's large list lacks stays a typo ("teh")."""
    from types import SimpleNamespace

    def match(text, word, suggestions):
        return SimpleNamespace(
            rule_id="MORFOLOGIK_RULE_EN_US",
            message="m",
            replacements=suggestions,
            offset=text.index(word),
            error_length=len(word),
            category="TYPOS",
            rule_issue_type="misspelling",
        )

    text = (
        "A ticket costs 40 zubas and a pass 900 zubas. The staff practise daily and the "
        "lineout held, he said, and teh talks ended."
    )
    matches = [
        match(text, "zubas", ["tubas", "zebus"]),  # a currency after an amount, twice
        match(text, "practise", ["practice"]),  # the British verb
        match(text, "lineout", ["line out"]),  # a compound of common words
        match(text, "teh", ["the"]),  # a habitual typo: kept
    ]
    issues = lt_mapping.to_issues(text, 0, text, matches)
    assert [i.matched(text) for i in issues] == ["teh"]


def test_auto_language_asks_in_each_texts_own_variant(fake_lt):
    """With the language ``auto`` (the default), a text that spells the British way is
    checked in en-GB and the others in en-US; a chosen variant is kept for every text."""
    engine = Engine(_settings(fake_lt.url), checks=[REGISTRY.get("lt")])
    british = "The colour of the harbour changed. Crews travelled to the centre afterwards."
    american = "The color of the harbor changed. Crews traveled to the center afterward."
    plain = "The crews went home on Monday."
    for text in (british, american, plain):
        engine.check_text(text)
    asked = {r["text"]: r["language"] for r in fake_lt.requests}
    assert asked == {british: "en-GB", american: "en-US", plain: "en-US"}
    # every request, in either variant, still turns off the rules copydesk turns off
    off = set(lt_mapping.disabled_rules(Settings().languagetool))
    assert off and all(off <= set(r["disabledRules"].split(",")) for r in fake_lt.requests)
    # ... and, the dialect being each text's own, one dialect's advice against the other's
    # words ("afterwards", "apartment") in either variant
    dialects = {"BRITISH_ENGLISH", "AMERICAN_ENGLISH"}
    assert all(dialects <= set(r["disabledCategories"].split(",")) for r in fake_lt.requests)
    fake_lt.requests.clear()
    engine = Engine(_settings(fake_lt.url, language="en-US"), checks=[REGISTRY.get("lt")])
    engine.check_text(british)
    assert [r["language"] for r in fake_lt.requests] == ["en-US"]
    # a chosen variant is a house style: its dialect advice stays on
    assert not dialects & set(fake_lt.requests[0]["disabledCategories"].split(","))


@pytest.mark.parametrize(
    ("matched", "suggestion", "after", "bad"),
    [
        # a verb put straight before a count noun with no determiner: no English
        ("he county", "he is county", "said", True),
        ("he county", "he was county", "", True),
        ("she", "she is", "district", True),
        # an adjective, a role, a mass noun, or a verb that was there already: kept
        ("he happy", "he is happy", "with", False),
        ("She responsible", "She is responsible", "for", False),
        ("he", "he was", "president", False),
        ("it", "it is", "water", False),
        ("have", "has", "car", False),
        ("he parish", "the parish", "said", False),
        # a word split, or a word replaced before "a": nothing inserted between two words
        ("oakpan", "oak pan", "maker", False),
        ("kova", "love", "a", False),
    ],
)
def test_a_verb_before_a_bare_count_noun(matched, suggestion, after, bad):
    assert lt_mapping.verb_before_bare_noun(matched, suggestion, after) is bad


def test_such_a_suggestion_is_never_first_and_never_alone():
    text = "Then he county said no."
    end = text.index("county") + len("county")
    wrong = ["he is county", "he was county"]
    assert lt_mapping.ordered_suggestions(text, end, "he county", wrong) == ()
    mixed = ["he is county", "the county"]
    assert lt_mapping.ordered_suggestions(text, end, "he county", mixed) == (
        "the county",
        "he is county",
    )
    happy = "Then he happy with it."
    end = happy.index("happy") + len("happy")
    kept = ["he is happy", "he was happy"]
    assert lt_mapping.ordered_suggestions(happy, end, "he happy", kept) == tuple(kept)


@pytest.mark.parametrize(
    ("text", "word", "plural", "kept"),
    [
        ("A stamp cost 50 groschen then.", "groschen", "groschens", False),  # a rare plural
        ("The farmer keeps 12 cow in the shed.", "cow", "cows", True),
        ("It cost 50 dollar at the gate.", "dollar", "dollars", True),
        ("The groschen fell.", "groschen", "groschens", True),  # no amount before it
    ],
)
def test_number_agreement_on_a_unit_english_writes_the_same_in_the_plural(text, word, plural, kept):
    start = text.index(word)
    dropped = lt_context.foreign_unit("CD_NN", text, start, start + len(word), [plural])
    assert dropped is not kept
