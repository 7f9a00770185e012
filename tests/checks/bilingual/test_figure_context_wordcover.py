"""Units and ranges around figures, and dictionary word coverage (bilingual checks' helpers)."""

from __future__ import annotations

import math

from copydesk.checks.bilingual.figure_context import broken_ranges, unit_conflicts
from copydesk.checks.bilingual.wordcover import uncovered_words


def test_unit_conflict_points_at_the_target_figure():
    target = "The trip took 12 weeks."
    (found,) = unit_conflicts("旅行花了12天。", target)
    assert target[found.start : found.end] == "12"
    assert "weeks" in found.message and "天" in found.message


def test_unit_agrees_when_any_mention_carries_it():
    assert not list(unit_conflicts("12天，也就是12天。", "12 days, or 12 weeks of work."))


def test_alphabetic_unit_is_a_whole_word():
    # "oregano" starts with "ore" (hours): not a unit
    assert not list(unit_conflicts("3 oregano", "3 years"))


def test_broken_range_spans_both_target_figures():
    target = "It is 3 times as bad as 7 times."
    (found,) = broken_ranges("差到3倍至7倍。", target)
    assert target[found.start : found.end] == "3 times as bad as 7"


def test_juxtaposed_figures_need_the_same_unit():
    assert not list(broken_ranges("8英尺12米", "8 feet deep 12 metres"))


def test_omitted_noun_is_found_with_its_gloss_and_span():
    source = "花园里有很多雄蕊。"
    (word,) = uncovered_words(source, "There are many in the garden.")
    assert source[word.start : word.end] == "雄蕊" and "stamen" in word.gloss


def test_traditional_characters_are_looked_up_too():
    assert [w.word for w in uncovered_words("這是花粉。", "This is it.")] == ["花粉"]


def test_non_chinese_source_gives_nothing():
    assert uncovered_words("Il polline arriva.", "It arrives.", math.inf) == []


def test_rarest_first_and_threshold():
    source = "雄蕊和花粉和社会。"
    everything = uncovered_words(source, "And and.", math.inf)
    assert [w.log_frequency for w in everything] == sorted(w.log_frequency for w in everything)
    assert len(uncovered_words(source, "And and.")) < len(everything)


def test_pinyin_of_a_common_noun_is_reported_in_the_target():
    from copydesk.checks.bilingual.wordcover import pinyin_leftovers

    target = "Then the huaer opened."
    (left,) = pinyin_leftovers("然后花儿开了。", target)
    assert target[left.start : left.end] == "huaer" and left.source_word == "花儿"


def test_pinyin_names_and_english_loanwords_are_not():
    from copydesk.checks.bilingual.wordcover import pinyin_leftovers

    assert pinyin_leftovers("他在北京练气功。", "He does qigong in Beijing.") == []
