"""Chinese numerals beyond plain figures, and the English words that answer them."""

from __future__ import annotations

import pytest

from copydesk.checks.bilingual.figure_context import broken_ranges, unit_conflicts
from copydesk.checks.bilingual.numbers import chinese_value, source_figures, target_values
from copydesk.checks.bilingual.runner import check_pair
from copydesk.checks.registry import REGISTRY

NUMBERS = [c for c in REGISTRY.all() if c.id == "bilingual.numbers"]


def _figures(source: str) -> list[tuple[str, set[float]]]:
    return [(f.text, set(f.values)) for f in source_figures(source)]


@pytest.mark.parametrize(
    ("source", "text", "value"),
    [
        ("有三班学生。", "三", 3),
        ("两名医生受伤。", "两", 2),
        ("十年前", "十", 10),
        ("百年老店", "百", 100),
        ("第三次会议", "第三", 3),
        ("第二十一届", "第二十一", 21),
        ("百分之三十的人", "百分之三十", 30),
        ("三分之一的学生", "三分之一", 3),  # "a third": the denominator's ordinal
        ("一半的学生", "一半", 0.5),
        ("住了半年", "半年", 6),  # "six months"
        ("半个小时", "半个小时", 30),
        ("三年半", "三年半", 3.5),
        ("一个半小时", "一个半小时", 90),  # "90 minutes"
        ("是原来的两倍", "两", 2),
        ("五千米", "五千", 5),  # 5 km as well as 5,000 m
    ],
)
def test_counts_ordinals_fractions_and_halves_are_read(source, text, value):
    found = dict(_figures(source))
    assert text in found and value in found[text], found


@pytest.mark.parametrize(
    "source",
    [
        "十几个人",  # more than ten: open
        "数百人",
        "几千年前",
        "三四十个人",  # thirty or forty
        "三十多岁",
        "一个人",  # "a person"
        "星期三见",  # Wednesday
        "周三见",
        "第二天他走了",  # "the next day"
        "他三番五次地提醒我",  # "again and again"
        "他们第一时间赶到",  # "at once"
        "百分之百",  # "entirely"
        "大半年",  # most of the year
        "这件事十分重要",
        "三十分",
    ],
)
def test_open_counts_and_numerals_that_count_nothing_are_not_read(source):
    assert _figures(source) == []


def test_an_estimate_of_two_adjacent_digits_has_no_value():
    assert chinese_value("三四十") is None
    assert chinese_value("一千零五") == 1005


def test_increase_by_n_times_may_mean_n_plus_one_times():
    (plain,) = _figures("是原来的两倍")
    (grown,) = _figures("价格涨了两倍")
    assert 3 not in plain[1] and 3 in grown[1]


@pytest.mark.parametrize(
    ("target", "value"),
    [
        ("the twenty-first century", 21),
        ("a third of them", 3),
        ("two-thirds of them", 3),
        ("a quarter of them", 25),
        ("half of the votes", 50),
        ("World War II", 2),
        ("Louis XIV", 14),
        ("a year and a half", 1.5),
        ("two and a half million parts", 2_500_000),
        ("a tenfold gap", 10),
        ("it tripled", 3),
        ("the fifteenth day", 15),
        ("secondary pollution", 2),
    ],
)
def test_english_words_give_their_values(target, value):
    assert value in target_values(target)


def test_a_scale_after_a_number_is_not_the_scale_alone():
    assert 1e9 not in target_values("two billion years ago")
    assert 1e9 in target_values("a billion years ago")
    assert 21 not in target_values("one third") | target_values("the first twenty")
    assert 4 not in target_values("one third")


def test_roman_numerals_need_two_letters():
    assert target_values("I said so, Vi") == set()


@pytest.mark.parametrize(
    ("source", "target", "flagged"),
    [
        ("有三班学生。", "There are four classes of students.", "三"),
        ("有三班学生。", "There are three classes of students.", None),
        ("三分之一的学生是女生。", "Half of the students are girls.", "三分之一"),
        ("三分之一的学生是女生。", "One third of the students are girls.", None),
        ("三分之一的学生是女生。", "33% of the students are girls.", None),
        ("他在那里住了半年。", "He lived there for a year.", "半年"),
        ("他在那里住了半年。", "He lived there for six months.", None),
        ("十亿年前，两个黑洞相撞。", "Two billion years ago, two black holes collided.", "十亿"),
        ("十亿年前，两个黑洞相撞。", "A billion years ago, two black holes collided.", None),
        ("第三次会议在北京举行。", "The second meeting was held in Beijing.", "第三"),
        ("十几个人参加了。", "A dozen or so people took part.", None),
        ("几千年前", "Several thousand years ago", None),
        ("约三个小时", "About three hours", None),
    ],
)
def test_the_check_reports_the_source_numeral_the_target_lacks(source, target, flagged):
    issues = check_pair(source, target, NUMBERS, "zh")
    spans = [source[i.issue.offset : i.issue.end] for i in issues if i.side == "source"]
    assert spans == ([flagged] if flagged else [])
    if flagged is None:
        assert issues == []


def test_a_number_word_in_the_wrong_unit_is_reported():
    target = "He worked for three years."
    (found,) = unit_conflicts("他工作了三天。", target)
    assert target[found.start : found.end] == "three" and "天" in found.message
    assert not list(unit_conflicts("他工作了三天。", "He worked for three days."))
    assert not list(unit_conflicts("他跑了五千米。", "He ran 5 km."))
    assert not list(unit_conflicts("他跑了五千米。", "He ran 5,000 metres."))


def test_and_joins_a_range_only_after_between():
    bad = "Everything is as bad as twice and 10 times."
    (found,) = broken_ranges("什么都要差到2倍10倍。", bad)
    assert bad[found.start : found.end] == "twice and 10"
    source = "什么都要差到2倍10倍。"
    assert not list(broken_ranges(source, "It is between 2 and 10 times worse."))
    assert not list(broken_ranges(source, "It is between two and ten times worse."))


def test_and_a_half_is_one_figure_of_a_range():
    source = "富裕程度是后者的3.5到4倍。"
    bad = "They are about three and a half, four times as rich."
    (found,) = broken_ranges(source, bad)
    assert bad[found.start : found.end] == "three and a half, four"
    assert not list(broken_ranges(source, "They are three and a half to four times as rich."))


def test_magnitudes_of_wan_and_yi_are_compared():
    wrong = [
        ("人口为3亿。", "The population is 3 billion.", "3亿"),
        ("增加了10万人。", "It added 10,000 people.", "10万"),
    ]
    for source, target, figure in wrong:
        (issue,) = check_pair(source, target, NUMBERS, "zh")
        assert figure in issue.issue.message
    assert check_pair("人口为3亿。", "The population is 300 million.", NUMBERS, "zh") == []
    assert check_pair("他跑了5千米。", "He ran 5,000 metres.", NUMBERS, "zh") == []
    assert check_pair("人口为3亿。", "It is 3 hundred million.", NUMBERS, "zh") == []


def test_percent_times_and_age_are_units():
    assert [f.message for f in unit_conflicts("增长了30%。", "It grew 30 times.")] == [
        "30 times here, but the source has 30 % (percent)"
    ]
    assert list(unit_conflicts("是10倍。", "It is 10 percent."))
    assert list(unit_conflicts("他今年30岁。", "He is 30 months old."))
    for source, target in (("增长了30%。", "It grew 30%."), ("是10倍。", "It is tenfold, 10x.")):
        assert not list(unit_conflicts(source, target))


@pytest.mark.parametrize(
    ("source", "target", "lang", "quoted", "message"),
    [
        # the whole figure with its scale, and a Chinese multiplier's value in English
        ("政府将投资1200万元修建公园。", "The city will spend 13 million yuan on a park.", "zh",
         "13 million", "13 million here, but the source has 1200万 (12 million)"),
        ("公司收入3亿元。", "The company earned 4 billion yuan.", "zh",
         "4 billion", "4 billion here, but the source has 3亿 (300 million)"),
        # a clock time is one figure, not its minutes
        ("Il treno parte alle 8:15 dal binario 4.", "The train leaves at 8:45 from platform 4.",
         "it", "8:45", "8:45 here, but the source has 8:15"),
    ],
)  # fmt: skip
def test_a_changed_figure_is_quoted_whole(source, target, lang, quoted, message):
    (found,) = check_pair(source, target, NUMBERS, lang)
    issue = found.issue
    assert target[issue.offset : issue.offset + issue.length] == quoted
    assert issue.message == message


def test_a_missing_clock_time_is_quoted_whole_in_the_source():
    (found,) = check_pair("Apre alle 9:30.", "It opens in the morning.", NUMBERS, "it")
    assert found.side == "source" and found.issue.message.startswith("9:30 in the source")


def test_a_missing_figure_with_a_multiplier_is_named_with_its_value():
    (found,) = check_pair("公司收入3亿元。", "The company earned 3 billion yuan.", NUMBERS, "zh")
    # Shown on the figure that replaced it, as "1,300 here, but the source has 1,200" is.
    assert found.side == "target"
    assert found.issue.message == "3 billion here, but the source has 3亿 (300 million)"
    (found,) = check_pair("公司收入3亿元。", "The company earned a lot.", NUMBERS, "zh")
    assert found.side == "source"
    assert found.issue.message.startswith("3亿 (300 million) in the source has no counterpart")


@pytest.mark.parametrize(
    ("source", "target", "shown"),
    [
        ("约三万名居民已被疏散。", "About 3,000 residents were evacuated.", "3,000"),
        ("约两万人参加。", "About 2,000 people took part.", "2,000"),
        ("约30000名居民已被疏散。", "About 3,000 residents were evacuated.", "3,000"),
    ],
)
def test_a_wan_read_as_thousands_is_shown_on_the_target_figure(source, target, shown):
    # Trial 3: 三 alone reads as 3 and "3,000" can read as 3.000, so 3,000 looked like a
    # figure of the source: the issue named only 三万, and nothing was marked in the target.
    (found,) = check_pair(source, target, NUMBERS, "zh")
    assert found.side == "target"
    assert target[found.issue.offset : found.issue.end] == shown
    assert found.issue.message.startswith(f"{shown} here, but the source has")
