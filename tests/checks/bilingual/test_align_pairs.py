"""Article pairs aligned by the document's own length ratio and anchors; length alarms per pair."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from copydesk.checks.bilingual.align import align, names
from copydesk.checks.bilingual.model import BilingualDocument, Unit
from copydesk.checks.bilingual.runner import check_documents
from copydesk.checks.bilingual.scripts import language_pair
from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY
from copydesk.checks.rules.bilingual.length import prior_ratio
from copydesk.cli import main

ZH = [
    "上海市政府周三宣布，将拨款800万元改造老城区的供水管道。",
    "改造工程覆盖45个小区，预计明年三月完工。",
    "区长表示，这项工程将让居民喝上更干净的自来水。",
    "他还说，工程期间部分道路将临时封闭，每天约有六千辆汽车绕行。",
    "世界卫生组织对这一计划表示赞赏。",
]
EN = [
    "The Shanghai city government announced on Wednesday that it will spend 8 million yuan "
    "replacing water pipes in the old town.",
    "The works cover 45 housing estates and are expected to be finished in March next year.",
    "The district chief said the project would give residents cleaner tap water.",
    "He added that some roads would be closed during the works, with about 6,000 cars a day "
    "taking a detour.",
    "The World Health Organization praised the plan.",
]
IT = [
    "Il consiglio comunale ha approvato ieri un bilancio da 35 milioni di euro per le scuole "
    "della provincia, con nuove palestre e la ristrutturazione di 18 edifici.",
    "L'assessore all'Istruzione ha spiegato che i lavori partiranno in autunno e che il primo "
    "edificio sarà pronto nel 2026.",
    "I genitori hanno accolto la notizia con favore, chiedendo però più insegnanti di sostegno "
    "e trasporti migliori per gli studenti.",
    "Secondo le stime del comune, il piano interesserà circa 9.000 alunni in tre anni.",
    "L'opposizione ha criticato i tempi del progetto.",
]
IT_EN = [
    "The city council yesterday approved a 35 million euro budget for the province's schools, "
    "with new gyms and the renovation of 18 buildings.",
    "The education councillor explained that work will start in the autumn and that the first "
    "building will be ready in 2026.",
    "Parents welcomed the news, but asked for more support teachers and better transport for "
    "students.",
    "According to council estimates, the plan will affect about 9,000 pupils over three years.",
    "The opposition criticised the project's timetable.",
]


def _without(items: list[str], n: int) -> list[str]:
    return [t for i, t in enumerate(items) if i != n]


def _expected_beads(total: int, left_out: int) -> list[tuple[list[int], list[int]]]:
    return [([i], [] if i == left_out else [i - (i > left_out)]) for i in range(total)]


@pytest.mark.parametrize(
    ("source", "target", "left_out"),
    [(ZH, EN, n) for n in range(5)] + [(IT, IT_EN, n) for n in range(4)],
    ids=[f"zh-en-{n}" for n in range(5)] + [f"it-en-{n}" for n in range(4)],
)
def test_a_left_out_paragraph_is_found_wherever_it_is(source, target, left_out):
    assert align(source, _without(target, left_out)) == _expected_beads(5, left_out)


def test_a_short_last_paragraph_without_anchors_is_left_out_not_joined(tmp_path, capsys):
    # Lengths alone cannot tell "left out" from "joined to the one before" here (no figure,
    # no name, no dictionary for Italian), and the aligner joined it (2:1), reporting "1
    # sentence(s) for the source's 2" on the pair before.  A join keeps both paragraphs'
    # sentences; the last target paragraph has one: the source's paragraph 5 is left out.
    assert align(IT, IT_EN[:4])[-1] == ([4], [])
    found = _issues(_write_pair(tmp_path, IT, IT_EN[:4], "it"), capsys)
    assert found == [
        (
            "source-p5",
            "bilingual.omission",
            "the source's paragraph 5 has no translation: it would stand after the "
            "translation's paragraph 4",
        )
    ]


def test_a_left_out_paragraph_beside_a_long_translation_is_not_read_as_a_join(tmp_path, capsys):
    # Trial 20: the paragraph before the last left out, and the last one's translation
    # long (a phrase added): by length the two sources read as joined into it.
    source = [*IT[:3], "Il comune ha potenziato il servizio di autobus navetta dalla stazione.",
              IT[3]]  # fmt: skip
    target = [*IT_EN[:3], IT_EN[3][:-1] + " across the province."]
    assert align(source, target)[3:] == [([3], []), ([4], [3])]
    found = _issues(_write_pair(tmp_path, source, target, "it"), capsys)
    assert [(seg, rule, message) for seg, rule, message in found] == [
        (
            "source-p4",
            "bilingual.omission",
            "the source's paragraph 4 has no translation: it would stand between the "
            "translation's paragraphs 3 and 4",
        )
    ]


def test_a_left_out_first_paragraph_stands_before_the_first(tmp_path, capsys):
    assert align(IT, IT_EN[1:])[0] == ([0], [])
    found = _issues(_write_pair(tmp_path, IT, IT_EN[1:], "it"), capsys)
    assert [message for _, _, message in found] == [
        "the source's paragraph 1 has no translation: it would stand before the "
        "translation's paragraph 1"
    ]


def test_the_ratio_is_the_documents_own_not_the_first_guess():
    # The longest paragraph left out: total over total understates the ratio by a third,
    # which made the first paragraph look like two joined (the trial's shift by one).
    source = [ZH[0], ZH[3] + ZH[2], ZH[1], ZH[4]]
    target = [EN[0], EN[1], EN[4]]
    assert align(source, target) == [([0], [0]), ([1], []), ([2], [1]), ([3], [2])]


def test_anchors_decide_where_lengths_cannot():
    # Paragraphs of one length: only the figures say which one was left out.
    source = ["2023年出口增长了17%。", "2024年进口下降了23%。", "2025年预计增长了41%。"]
    target = ["In 2023 exports grew by 17%.", "In 2025 growth of 41% is expected."]
    assert align(source, target) == [([0], [0]), ([1], []), ([2], [1])]


def test_near_misses_no_paragraph_is_left_out():
    # As many paragraphs: by position.  A paragraph split in two (1:2), or two short ones
    # joined (2:1): nothing is reported as left out.
    assert align(ZH, EN) == [([i], [i]) for i in range(5)]
    halves = EN[3].split(", with ")
    split = [*EN[:3], halves[0] + ".", "With " + halves[1], EN[4]]
    assert align(ZH, split) == [([0], [0]), ([1], [1]), ([2], [2]), ([3], [3, 4]), ([4], [5])]
    joined = [IT_EN[0], IT_EN[1], IT_EN[2], IT_EN[3] + " " + IT_EN[4]]
    beads = align(IT, joined)
    assert all(src and tgt for src, tgt in beads)
    assert beads[-1] == ([3, 4], [3])


def test_names_are_latin_names_and_codes_not_sentence_openers():
    assert names("Il ministro Mario Draghi ha parlato. La NASA e il G20. Roma") == {
        "mario", "draghi", "nasa", "g20"
    }  # fmt: skip
    assert names("北京NASA宣布与Apple合作。") == {"nasa", "apple"}


def _write_pair(tmp_path: Path, source: list[str], target: list[str], lang: str) -> Path:
    (tmp_path / f"a.{lang}.txt").write_text("\n\n".join(source) + "\n", "utf-8")
    (tmp_path / "a.txt").write_text("\n\n".join(target) + "\n", "utf-8")
    return tmp_path / "a.txt"


def _issues(path: Path, capsys: pytest.CaptureFixture[str]) -> list[tuple[str, str, str]]:
    main(["check", "--format", "json", "--no-languagetool", "--rules", "bilingual", str(path)])
    (entry,) = json.loads(capsys.readouterr().out)["files"]
    return [(i["segment"], i["rule"], i["message"]) for i in entry["issues"]]


def test_cli_reports_the_left_out_paragraph_and_a_changed_figure_on_its_own_pair(tmp_path, capsys):
    target = _without(EN, 3)
    target[1] = target[1].replace("45", "54")
    found = _issues(_write_pair(tmp_path, ZH, target, "zh"), capsys)
    assert [(seg, rule) for seg, rule, _ in found] == [
        ("p2", "bilingual.numbers"),
        ("source-p4", "bilingual.omission"),
    ]
    assert found[0][2] == "54 here, but the source has 45"


def test_cli_italian_pair_near_miss_complete_translation_is_quiet(tmp_path, capsys):
    assert _issues(_write_pair(tmp_path, IT, IT_EN, "it"), capsys) == []
    found = _issues(_write_pair(tmp_path, IT, _without(IT_EN, 2), "it"), capsys)
    assert found == [
        (
            "source-p3",
            "bilingual.omission",
            "the source's paragraph 3 has no translation: it would stand between the "
            "translation's paragraphs 2 and 3",
        )
    ]


# Length alarms: one language pair's statistics never reach another pair's units.

ZH_UNITS = [
    ("北京市政府周一宣布，将投资一大笔资金修建新的城市公园。", "The Beijing city government "
     "announced on Monday that it will invest a large sum in building a new city park."),
    ("市长表示，这个项目将为居民提供更多绿色空间。他还说，交通也会改善。",
     "The mayor said the project would give residents more green space."),
    ("联合国环境规划署对此表示欢迎，并希望其他城市效仿。", "The United Nations Environment "
     "Programme welcomed this and hoped other cities would follow suit."),
    ("他说，由于经济衰退和失业率上升，政府决定推迟这项改革计划。", "He said it decided."),
]  # fmt: skip
IT_UNITS = [
    (f"Il comune ha stanziato fondi per la scuola numero {n} della provincia di Bergamo.",
     f"The council set aside funds for school number {n} in the province of Bergamo.")
    for n in range(30)
]  # fmt: skip


def _doc(name: str, pairs: list[tuple[str, str]], src: str) -> BilingualDocument:
    units = [Unit(f"u{n}", s, t) for n, (s, t) in enumerate(pairs, start=1)]
    return BilingualDocument(name, "xliff-2", units, b"", "", source_lang=src, target_lang="en")


def _length_issues(*docs: BilingualDocument) -> dict[str, list[tuple[str, str, str]]]:
    checks = [REGISTRY.get("bilingual.omission"), REGISTRY.get("bilingual.addition")]
    results = check_documents(Engine(checks=checks), list(docs))
    return {
        r.doc.path: [(i.unit, i.issue.rule, i.issue.message) for i in r.issues] for r in results
    }


def test_a_file_gets_the_same_length_alarms_alone_and_beside_another_pair():
    zh = _doc("zh.xlf", ZH_UNITS, "zh-CN")
    alone = _length_issues(zh)["zh.xlf"]
    # u2 lost a sentence, u4 most of its meaning; u1 and u3 are right.
    assert [(u, rule) for u, rule, _ in alone] == [
        ("u2", "bilingual.omission"),
        ("u4", "bilingual.omission"),
    ]
    assert "1 sentence(s) for the source's 2" in alone[0][2]
    mixed = _length_issues(_doc("it.xlf", IT_UNITS, "it"), zh)
    assert mixed["zh.xlf"] == alone
    assert mixed["it.xlf"] == []  # 30 Italian units: their own median, near the prior


def test_a_pair_with_enough_units_uses_its_own_median_and_only_its_own():
    # A terse translator: 20 Chinese units rendered at about 60% of the usual length.
    terse = [("会议在北京举行，各国代表讨论了气候变化问题和能源合作。",
              "Delegates met in Beijing on climate and energy.")] * 20  # fmt: skip
    verbose = ("市长表示，这个项目将为居民提供更多绿色空间。", "The mayor said that the new "
               "project would give all of the residents of the city much more green space to "
               "enjoy.")  # fmt: skip
    alone = _length_issues(_doc("v.xlf", [verbose], "zh"))["v.xlf"]
    assert alone == []  # 4.45 letters a character: against the prior (2.7) long, not alarming
    both = _length_issues(_doc("t.xlf", [*terse, verbose], "zh"))["t.xlf"]
    assert [(u, rule) for u, rule, _ in both] == [("u21", "bilingual.addition")]
    # The same terse Chinese batch beside a file from Italian: the Italian one is not judged
    # by the Chinese median, nor the Chinese by a pooled one.
    mixed = _length_issues(_doc("t.xlf", [*terse, verbose], "zh"), _doc("it.xlf", IT_UNITS, "it"))
    assert mixed["t.xlf"] == both and mixed["it.xlf"] == []


def test_the_sentence_count_alarm_does_not_depend_on_the_batch():
    pair = ZH_UNITS[1]
    alone = _length_issues(_doc("one.xlf", [pair], "zh"))["one.xlf"]
    terse = [("会议在北京举行，各国代表讨论了气候变化问题和能源合作。",
              "Delegates met in Beijing on climate and energy.")] * 25  # fmt: skip
    batch = _length_issues(_doc("many.xlf", [*terse, pair], "zh"))["many.xlf"]
    assert [m for u, _, m in batch if u == "u26"] == [m for _, _, m in alone]
    assert "sentence(s)" in alone[0][2]


def test_language_pairs_named_or_guessed_and_priors_per_pair():
    assert language_pair("zh-CN", "en-US", []) == "zh→en"
    assert language_pair("", "", ["今天下雨了。"]) == "zh→en"
    assert language_pair("", "en", ["Il governo ha deciso di rinviare la riforma."]) == "it→en"
    assert language_pair("", "", ["Правительство решило отложить реформу."]) == "ru→en"
    assert prior_ratio("zh→en") == pytest.approx(2.7)
    assert prior_ratio("it→en") == pytest.approx(0.9)
    assert prior_ratio("zh→it") == pytest.approx(3.0)  # through English
    assert prior_ratio("→en", "今天下雨了") == pytest.approx(2.7)  # unnamed, read from the script
