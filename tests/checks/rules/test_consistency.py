"""Batch consistency: name variants across and inside files, conflicting figures.

Every batch here is written for the tests; near misses are names that look alike
but belong to different people or places and must stay apart.
"""

import json

import pytest

from copydesk.checks.apply import apply_edits
from copydesk.checks.context import BatchMember
from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY
from copydesk.checks.rules.consistency.names import canon, close_spellings, edit_distance, mentions
from copydesk.checks.settings import Settings
from copydesk.cli import main

NAMES = "consistency.name-variant"
FIGURES = "consistency.figures"


def run(docs, rule=NAMES, settings=None):
    engine = Engine(settings or Settings(), checks=[REGISTRY.get(rule)])
    results = engine.check_batch([BatchMember(p, t) for p, t in docs.items()])
    return {r.path: [i for i in r.issues if i.rule == rule] for r in results}


def flagged(docs, rule=NAMES, settings=None):
    out = run(docs, rule, settings)
    return {
        (p, docs[p][i.offset : i.end], i.replacements[:1])
        for p, issues in out.items()
        for i in issues
    }


# --- helpers ------------------------------------------------------------------


def test_transliteration_and_edit_distance():
    assert canon("dmitry") == canon("dmitri")
    assert canon("vostotchny") == canon("vostochny")
    assert canon("yevgeniy") == canon("yevgeni")
    assert edit_distance("kozlov", "koslov") == 1
    assert edit_distance("kolzov", "kozlov") == 1
    assert close_spellings("kozlov", "koslov")
    assert not close_spellings("korea", "korean")
    assert not close_spellings("ii", "iii")
    assert not close_spellings("xiv", "xv")
    # ...but names spelled with the other numeral letters are names: Lim/Lym, Li/Ly
    assert close_spellings("lim", "lym") and close_spellings("li", "ly")
    assert not close_spellings("jong", "dong")
    assert not close_spellings("park", "pak")
    # Russian and Arabic kh is German ch: Mikhail, Michail, Mihail; Marchand, Markhand
    assert canon("mikhail") == canon("michail") == canon("mihail")
    assert canon("markhand") == canon("marchand")
    # ...but not as the first letters: Chu and Hu, Chan and Han are other surnames
    assert canon("chu") != canon("hu") and canon("chan") != canon("han")
    # a j before a consonant is the glide a y writes (Trajkoski/Traykoski, Bojko/Boyko)
    assert canon("trajkoski") == canon("traykoski") and canon("bojko") == canon("boyko")
    # ...but not a final j nor one between vowels: Raj and Rai, Rojas and Roias differ
    assert canon("raj") != canon("rai") and canon("rojas") != canon("roias")


def test_a_surname_of_numeral_letters_spelled_two_ways_across_the_batch():
    docs = {
        "a.txt": '"It keeps the economy alive," said Jennifer Lim, an economist at a '
        "securities firm. Lim said exports would rise.",
        "b.txt": '"Chips keep everything alive," said Jennifer Lym, an economist in Seoul.',
    }
    assert flagged(docs) == {("b.txt", "Jennifer Lym", ("Jennifer Lim",))}


def test_a_kh_spelling_of_a_ch_surname_across_the_batch():
    docs = {
        "a.txt": "The runner Daniel Kiprotich won the race on Sunday. Kiprotich said he was "
        "tired but happy.",
        "b.txt": "In Nairobi, Daniel Kiprotikh trained for the marathon. Officials praised "
        "the athlete.",
    }
    assert flagged(docs) == {("b.txt", "Daniel Kiprotikh", ("Daniel Kiprotich",))}
    two_people = {
        "a.txt": "Chu Wenjie chaired the meeting in Taipei on Monday.",
        "b.txt": "Hu Wenjie chaired the meeting in Beijing on Monday.",
    }
    assert flagged(two_people) == set()


def test_mentions_trim_openers_pronouns_and_possessives():
    text = "After talks Kim Jong Un He left. The Kremlin's Dmitry Peskov spoke."
    runs = [" ".join(w.text for w in items) for items, _, _ in mentions(text)]
    assert "Kim Jong Un" in runs
    assert "Kremlin" in runs and "Dmitry Peskov" in runs
    assert not any(r.startswith(("After", "The")) or r.endswith("He") for r in runs)


# --- hyphenation and case -----------------------------------------------------------


def test_hyphen_and_case_variants_take_the_majority_form():
    docs = {
        "a.txt": "Kim Jong Un arrived. Later Kim Jong Un spoke. Kim Jong Un left.\n",
        "b.txt": "Leader Kim Jong-un waved from the train.\n",
        "c.txt": "Kim Jong-Un's train crossed the border.\n",
    }
    out = run(docs)
    assert out["a.txt"] == []
    (b,) = out["b.txt"]
    assert (b.offset, b.length, b.replacements) == (7, 11, ("Kim Jong Un",))
    assert "‘Kim Jong-un’ (1×)" in b.message and "‘Kim Jong Un’ 3×" in b.message
    assert not b.safe
    assert {loc.path for loc in b.related} >= {"a.txt", "c.txt"}
    (c,) = out["c.txt"]
    assert docs["c.txt"][c.offset : c.end] == "Kim Jong-Un"  # the possessive stays
    fixed = apply_edits(docs["c.txt"], [c.edit()]).text
    assert fixed == "Kim Jong Un's train crossed the border.\n"


def test_tie_is_explained_and_suggests_the_batch_style():
    docs = {
        "a.txt": "Ri Song Gil met Choe Yong Nam. Ri Song Gil spoke. Choe Yong Nam left.\n",
        "b.txt": "Ri Song-gil said. Choe Yong-nam met the press.\n",
        "c.txt": "Pak Chol-ho answered. Pak Chol Ho agreed.\n",
    }
    out = run(docs)
    pak = [i for i in out["c.txt"] if "Pak" in i.message]
    (issue,) = pak
    assert issue.replacements == ("Pak Chol Ho",)
    assert "each spelling is used 1×" in issue.message and "spaced" in issue.message
    assert issue.confidence < 0.85


def test_glossary_decides_the_preferred_form(tmp_path):
    glossary = tmp_path / "g.toml"
    glossary.write_text('[preferred]\n"Sergei Lavrov" = []\n"Ri Song-gil" = []\n')
    docs = {
        "a.txt": "Sergey Lavrov arrived. Sergey Lavrov spoke. Ri Song Gil waited.\n",
        "b.txt": "Sergei Lavrov left. Ri Song-gil followed. Ri Song Gil stayed.\n",
    }
    settings = Settings(glossary=str(glossary))
    out = run(docs, settings=settings)
    assert out["b.txt"] == []
    assert [(docs["a.txt"][i.offset : i.end], i.replacements[0]) for i in out["a.txt"]] == [
        ("Sergey Lavrov", "Sergei Lavrov"),
        ("Sergey Lavrov", "Sergei Lavrov"),
    ]
    assert "glossary" in out["a.txt"][0].message
    # A hyphenation the glossary settles is reported once, by the glossary check.
    terms = run(docs, "consistency.glossary", settings)
    assert [docs["a.txt"][i.offset : i.end] for i in terms["a.txt"]] == ["Ri Song Gil"]
    assert [i.replacements for i in terms["b.txt"]] == [("Ri Song-gil",)]


# --- spelling variants ---------------------------------------------------------------


def test_given_name_transliteration_with_shared_surname():
    docs = {
        "a.txt": "Foreign Minister Sergey Lavrov met reporters. Sergey Lavrov smiled.\n",
        "b.txt": "Russian Foreign Minister Sergei Lavrov said the talks went well.\n",
        "c.txt": "Sergey Lavrov was not available for comment.\n",
    }
    # The whole mention is mended in one edit: the tie of the titled forms (1× each) is
    # settled by the given name, written "Sergey" 3× in the batch.
    assert flagged(docs) == {
        ("b.txt", "Foreign Minister Sergei Lavrov", ("Foreign Minister Sergey Lavrov",))
    }


def test_surname_transliteration_and_diacritics_across_files():
    docs = {
        "a.txt": "President Volodymyr Zelensky thanked allies. Recep Tayyip Erdoğan called.\n",
        "b.txt": "Volodymyr Zelenskiy spoke in Kyiv, and Recep Tayyip Erdogan replied.\n",
        "c.txt": "Volodymyr Zelensky met Recep Tayyip Erdoğan in Ankara.\n",
    }
    assert flagged(docs) == {
        ("b.txt", "Volodymyr Zelenskiy", ("Volodymyr Zelensky",)),
        ("b.txt", "Recep Tayyip Erdogan", ("Recep Tayyip Erdoğan",)),
    }


def test_a_one_letter_surname_difference_across_files_needs_more_evidence():
    docs = {
        "a.txt": "Coach Peter Jansen praised the team.\n",
        "b.txt": "Coach Peter Janssen praised the team.\n",
    }
    assert flagged(docs) == set()


def test_bare_surname_variant_in_the_same_file():
    docs = {
        "a.txt": "The guests were met by Anatoly Rybakov, the regional governor. "
        "Ribakov also met them in 2019.\n",
    }
    out = run(docs)
    (issue,) = out["a.txt"]
    assert docs["a.txt"][issue.offset : issue.end] == "Ribakov"
    assert issue.replacements == ("Rybakov",)
    assert "each spelling is used 1×" in issue.message
    assert issue.related[0].text == "Rybakov"


def test_place_variant_across_files_next_to_the_same_word():
    docs = {
        "a.txt": "He will visit the Plesetsk cosmodrome next week.\n",
        "b.txt": "Rockets leave from the Plesetzk cosmodrome in the north.\n",
        "c.txt": "Engineers at the Plesetsk cosmodrome prepared the launch.\n",
    }
    assert flagged(docs) == {("b.txt", "Plesetzk", ("Plesetsk",))}


def test_variant_inside_one_file_is_found_without_a_batch():
    text = "Yevgeniy Prigozhin spoke. Later Yevgeny Prigozhin left. Yevgeny Prigozhin returned."
    issues = Engine(checks=[REGISTRY.get(NAMES)]).check_text(text)
    assert [(text[i.offset : i.end], i.replacements[0]) for i in issues] == [
        ("Yevgeniy Prigozhin", "Yevgeny Prigozhin")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # an "h" more in a person's name is a slip, not Gaelic lenition (review of small8)
        "Thaís Souza won the race in São Paulo. Taís Souza said the heat was hard.",
        "The coach Sérgio Conceição spoke. Shérgio Conceição said the team was ready.",
        "João Souza won the race in São Paulo. João Shouza said the heat was hard.",
    ],
)
def test_an_h_more_in_a_persons_name_is_a_variant(text):
    issues = Engine(checks=[REGISTRY.get(NAMES)]).check_text(text)
    assert len(issues) == 1


# --- near misses: different people and places stay apart --------------------------


def test_korean_names_that_share_tokens_are_different_people():
    docs = {
        "a.txt": "Kim Jong Un met Kim Dong-yup. Kim Myong Sik and Pak Jong Chon came too.\n",
        "b.txt": "Kim Jong Un greeted Park Thae Song. Kim Yo Jong watched. Kim Jong Il died.\n",
        "c.txt": "Professor Kim said Kim Jong Un would go. Jo Chun Ryong and Ri Chun Ryang went.\n",
    }
    assert flagged(docs) == set()


def test_other_near_misses():
    docs = {
        "a.txt": "King Charles II reigned long before King Charles III. North Korea and "
        "North Korean troops. Alexandr Kozlov met Ivan Koslov. Steven Smith met "
        "Stephen Smith. The UN envoy met Kim Jong Un.\n",
        "b.txt": "Mark Jansen scored twice for the visitors.\n",
        "c.txt": "Coach Peter Janssen praised his defence.\n",
        "d.txt": "Kozlov resigned on Monday.\n",
        "e.txt": "A man named Koslov was arrested in Riga.\n",
    }
    assert flagged(docs) == set()


def test_clean_news_batch_stays_quiet():
    docs = {
        "a.txt": "The European Central Bank left interest rates unchanged on Thursday, "
        "President Christine Lagarde said in Frankfurt. Analysts at Deutsche Bank had "
        "expected the pause. Lagarde said inflation in the euro area was easing.\n",
        "b.txt": "In Washington, Federal Reserve Chair Jerome Powell told Congress that the "
        "United States economy remained strong. Senator Elizabeth Warren questioned "
        "Powell about bank failures in California and New York.\n",
        "c.txt": "Christine Lagarde and Jerome Powell will both speak at Jackson Hole, "
        "Wyoming, next month. The New York Times reported that Warren and Senator "
        "Tim Scott disagreed. Scott, a Republican from South Carolina, declined to comment.\n",
        "d.txt": "Storms hit South Korea and Japan. In Seoul, Mayor Oh Se-hoon closed parks; "
        "in Tokyo, Governor Yuriko Koike urged caution. South Korean and Japanese "
        "officials met in Busan. Oh Se-hoon thanked rescuers.\n",
    }
    docs["e.txt"] = (
        "Chess champion Magnus Carlsen spoke to Fox host Tucker Carlson on Monday. Carlsen "
        "said he was tired; Carlson laughed. Iran and Iraq signed a gas deal, and "
        "Defence Minister Sergei Shoigu met Foreign Minister Sergei Lavrov.\n"
    )
    docs["f.txt"] = (
        "Kim Jong Il died in 2011 and Kim Jong Un took over. His sister Kim Yo Jong is "
        "close to him. Niger and Nigeria closed their border; Georgia and Georgian "
        "officials disagreed. Slovakia and Slovenia voted yes.\n"
    )
    for rule in (NAMES, FIGURES, "consistency.glossary"):
        assert flagged(docs, rule) == set(), rule


# --- conflicting figures ---------------------------------------------------------------


def test_conflicting_distance_across_files_is_flagged_on_both_sides():
    docs = {
        "a.txt": "Putin plans to visit the Plesetsk cosmodrome, located about 800 "
        "kilometers north of Moscow.\n",
        "b.txt": "The Plesetzk cosmodrome, in the Arkhangelsk region, lies 1,200 km from Moscow.\n",
    }
    out = run(docs, FIGURES)
    (a,) = out["a.txt"]
    (b,) = out["b.txt"]
    assert docs["a.txt"][a.offset : a.end] == "about 800 kilometers north of Moscow"
    assert docs["b.txt"][b.offset : b.end] == "1,200 km from Moscow"
    assert a.replacements == () and not a.safe
    assert a.related[0].path == "b.txt" and a.related[0].text == "1,200 km from Moscow"
    assert "b.txt" in a.message


def test_figures_about_different_things_or_compatible_are_quiet():
    docs = {
        "a.txt": "The trip from Pyongyang to Vladivostok takes 20 hours. In 2019 he made "
        "a 60-hour round trip to Hanoi. The Plesetsk cosmodrome is about 800 km from Moscow.\n",
        "b.txt": "The Plesetsk cosmodrome lies roughly 780 km from Moscow. The Kapustin Yar "
        "range is 1,300 km from Moscow. Russian troops were 30 km from Kharkiv.\n",
        "c.txt": "The Plesetsk cosmodrome is more than 700 km from Moscow. Russian forces "
        "are now 10 km from Kharkiv. Putin said the dam is 300 km from Moscow.\n",
    }
    assert run(docs, FIGURES) == {"a.txt": [], "b.txt": [], "c.txt": []}


def test_between_two_places_and_miles_are_compared():
    docs = {
        "a.txt": "The train covers the 1,200 kilometers between Pyongyang and Vladivostok.\n",
        "b.txt": "The convoy crossed the 745 miles between Vladivostok and Pyongyang.\n",
        "c.txt": "The convoy crossed the 500 miles between Vladivostok and Pyongyang.\n",
    }
    out = run(docs, FIGURES)
    assert out["a.txt"] == [] or all("c.txt" in i.message for i in out["a.txt"])
    assert out["b.txt"] == [] or all(loc.path == "c.txt" for i in out["b.txt"] for loc in i.related)
    assert out["c.txt"]  # 500 miles is 805 km


# --- the command line -------------------------------------------------------------------


def test_cli_text_output_shows_the_other_places(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Sergey Lavrov spoke. Sergey Lavrov left.\n")
    (tmp_path / "b.txt").write_text("Sergei Lavrov arrived.\n")
    code = main(["check", "--rules", NAMES, str(tmp_path)])
    out = capsys.readouterr().out.splitlines()
    assert code == 1
    assert out[0].startswith(f"{tmp_path / 'b.txt'}:1:1: {NAMES}: ‘Sergei Lavrov’ (1×)")
    assert out[1] == f"  also: {tmp_path / 'a.txt'}:1:1: Sergey Lavrov"
    assert out[2] == f"  also: {tmp_path / 'a.txt'}:1:22: Sergey Lavrov"


def test_cli_json_output_has_related(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Sergey Lavrov spoke. Sergey Lavrov left.\n")
    (tmp_path / "b.txt").write_text("Sergei Lavrov arrived.\n")
    main(["check", "--format", "json", "--rules", NAMES, str(tmp_path)])
    data = json.loads(capsys.readouterr().out)
    issues = {f["path"]: f["issues"] for f in data["files"]}
    (issue,) = issues[str(tmp_path / "b.txt")]
    assert issue["related"][0] == {
        "path": str(tmp_path / "a.txt"),
        "offset": 0,
        "length": 13,
        "text": "Sergey Lavrov",
        "line": 1,
        "column": 1,
    }
    assert issue["related"][1]["column"] == 22


def test_related_places_are_not_capped(tmp_path, capsys):
    lines = [f"Sergey Lavrov spoke at meeting {n}." for n in range(14)]
    (tmp_path / "a.txt").write_text("\n".join(lines) + "\n")
    (tmp_path / "b.txt").write_text("Sergei Lavrov arrived.\n")
    main(["check", "--format", "json", "--rules", NAMES, str(tmp_path)])
    data = json.loads(capsys.readouterr().out)
    issues = {f["path"]: f["issues"] for f in data["files"]}
    (issue,) = issues[str(tmp_path / "b.txt")]
    assert [place["line"] for place in issue["related"]] == list(range(1, 15))


def test_seed_like_batch_reports_the_expected_variants():
    docs = {
        "000.txt": "The confirmation came from Dmitry Peskov, Kremlin spokesman. Kim Jong Un "
        "met Putin. Kim Jong Un left. Kim Myong Sik was there.\n",
        "001.txt": "North Korean leader Kim Jong-Un arrived. The reception was given by "
        "Alexandr Kozlov. Koslov also received him in 2019. Putin will visit the "
        "Vostochny cosmodrome. Kim Jong-un waved. Dmitri Peskov, the Kremlin spokesman, "
        "confirmed it.\n",
        "002.txt": "Kremlin Press Secretary Dmitry Peskov confirmed that Kim Jong Un had "
        "crossed the border. Kim Dong-yup, a professor, spoke.\n",
        "004.txt": "He will soon visit the Vostotchny cosmodrome. Kremlin spokesman Dmitri "
        "Peskov said so. Dmitry Peskov added more.\n",
    }
    got = flagged(docs)
    assert got == {
        ("001.txt", "Kim Jong-Un", ("Kim Jong Un",)),
        ("001.txt", "Kim Jong-un", ("Kim Jong Un",)),
        ("001.txt", "Koslov", ("Kozlov",)),
        ("001.txt", "Dmitri Peskov", ("Dmitry Peskov",)),
        ("004.txt", "Vostotchny", ("Vostochny",)),
        ("004.txt", "Dmitri Peskov", ("Dmitry Peskov",)),
    }


# --- a larger clean batch written for this test: every check must stay quiet ---------

CLEAN_BATCH = {
    "energy.txt": (
        "Germany Agrees Gas Deal With Norway\n\n"
        "Berlin and Oslo signed a ten-year gas agreement on Wednesday, German Chancellor "
        "Olaf Scholz said after talks with Norwegian Prime Minister Jonas Gahr Støre. "
        "The pipeline from the Troll field runs about 800 kilometres from Bergen to the "
        "German coast. Scholz said the deal would help Germany replace Russian gas. "
        "Gahr Støre said Norway would keep output high. Equinor, the state-controlled "
        "producer, said it would invest more than 2 billion euros. Analysts at Rystad "
        "Energy said prices could fall. In Brussels, European Commission President "
        "Ursula von der Leyen welcomed the agreement.\n"
    ),
    "football.txt": (
        "Haaland Scores Twice As City Beat Arsenal\n\n"
        "Erling Haaland scored twice as Manchester City beat Arsenal 3-1 at the Etihad "
        "Stadium on Sunday. Kevin De Bruyne set up both goals. Arsenal manager Mikel "
        "Arteta said his side had been unlucky; City manager Pep Guardiola praised "
        "Haaland and Phil Foden. Bukayo Saka scored for Arsenal. Manchester United drew "
        "with Newcastle United, and Erik ten Hag said United had to improve. Martin "
        "Ødegaard and Declan Rice were booked. Ødegaard later apologised.\n"
    ),
    "korea.txt": (
        "South Korean President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida "
        "in Tokyo. Yoon said the two countries faced common threats from North Korea. "
        "Kishida agreed. North Korean leader Kim Jong Un oversaw a missile test the same "
        "day, state media KCNA said, and his sister Kim Yo Jong issued a statement. "
        "South Korean Foreign Minister Park Jin spoke with US Secretary of State Antony "
        "Blinken. Blinken said Washington stood with Seoul and Tokyo. Kim Jong Un's "
        "father, Kim Jong Il, died in 2011. Analysts in Seoul, including Yang Moo-jin of "
        "the University of North Korean Studies, said Pyongyang wanted attention. Yang "
        "Moo-jin said talks were unlikely.\n"
    ),
    "space.txt": (
        "The Baikonur Cosmodrome, about 2,100 kilometres southeast of Moscow, remains "
        "Russia's busiest launch site. Baikonur is leased from Kazakhstan. The newer "
        "Vostochny Cosmodrome lies in the Amur region. Roscosmos head Yuri Borisov said "
        "launches from Vostochny would double. The trip from Moscow to Baikonur takes "
        "about three hours by plane, and the Soyuz rocket needs 9 minutes to reach orbit. "
        "NASA astronaut Loral O'Hara and cosmonauts Oleg Kononenko and Nikolai Chub flew "
        "to the station. Kononenko has spent more than 1,000 days in space. Chub said he "
        "was proud.\n"
    ),
    "space2.txt": (
        "Baikonur, some 2,000 km southeast of Moscow, hosted another launch on Friday. "
        "Roscosmos chief Yuri Borisov watched. Oleg Kononenko commanded the crew. The "
        "Plesetsk Cosmodrome, 800 km north of Moscow, launched a military satellite, "
        "the Defence Ministry said.\n"
    ),
    "courts.txt": (
        "Supreme Court Justice Ketanji Brown Jackson wrote the dissent, joined by Justice "
        "Sonia Sotomayor and Justice Elena Kagan. Chief Justice John Roberts wrote for the "
        "majority. Jackson said the ruling ignored history. In a separate case, a federal "
        "judge in Texas, Matthew Kacsmaryk, blocked a rule from the Environmental "
        "Protection Agency. Attorney General Merrick Garland said the Justice Department "
        "would appeal. Texas Governor Greg Abbott welcomed the decision, while California "
        "Governor Gavin Newsom called it reckless. Newsom spoke in Sacramento, about 90 "
        "miles northeast of San Francisco. Abbott spoke in Austin. Brown University and "
        "Jackson State University filed briefs. Robert Roberts, a lawyer in Dallas, said "
        "appeals could take years. Kagan and Sotomayor declined to comment.\n"
    ),
}


def test_larger_clean_batch_has_no_batch_issues():
    words = sum(len(t.split()) for t in CLEAN_BATCH.values())
    assert words > 500
    for rule in (NAMES, FIGURES, "consistency.glossary"):
        out = run(CLEAN_BATCH, rule)
        found = {k: [CLEAN_BATCH[k][i.offset : i.end] for i in v] for k, v in out.items()}
        found = {k: v for k, v in found.items() if v}
        assert found == {}, rule


# --- accents, rare surnames (added with the unseen-article evaluation) ------------------


def test_accent_only_variant_is_grouped_and_the_accented_form_wins_a_tie():
    docs = {
        "a.txt": "Firefighter Iñaki Cortázar led the crews on the ridge.\n",
        "b.txt": "The crews were led by Inaki Cortazar, officials said.\n",
    }
    out = run(docs)
    assert out["a.txt"] == []
    (issue,) = out["b.txt"]
    assert docs["b.txt"][issue.offset : issue.end] == "Inaki Cortazar"
    assert issue.replacements == ("Iñaki Cortázar",)
    assert "accented form" in issue.message
    fixed = apply_edits(docs["b.txt"], [issue.edit()]).text
    assert fixed == "The crews were led by Iñaki Cortázar, officials said.\n"


def test_accent_variant_majority_wins_even_unaccented():
    docs = {
        "a.txt": "Mayor Joao Brandao spoke. Joao Brandao left early.\n",
        "b.txt": "Mayor João Brandão met the press.\n",
    }
    assert flagged(docs) == {("b.txt", "João Brandão", ("Joao Brandao",))}


def test_single_word_accent_variant_and_case_alone_stay_quiet():
    # two articles of one story (both name Velmiro): one place, two spellings
    docs = {
        "a.txt": "Officials in Cádiz said the fire near Velmiro was out.\n",
        "b.txt": "Officials in Cadiz said the port of Velmiro reopened.\n",
    }
    assert flagged(docs) == {("b.txt", "Cadiz", ("Cádiz",))}
    # different words that differ by more than accents stay apart
    docs = {
        "a.txt": "Álvaro Ortiz met Alvarez in Sevilla.\n",
        "b.txt": "Alvaro Ortega met the press in Seville.\n",
    }
    assert not any(s.startswith(("Alvaro Ortega", "Álvaro Ortiz")) for _, s, _ in flagged(docs))


def test_an_initial_is_no_spelling_of_a_one_letter_particle():
    docs = {
        "a.txt": "The coach, Ciaran Ó Dálaigh, said the team was tired. Ó Dálaigh left.\n",
        "b.txt": "Scorers: N. Gilsenan 1-2, O. Tierney 0-3, and Ó Dálaigh's own nephew.\n",
    }
    assert flagged(docs) == set()


def test_rare_surname_transliterated_after_the_same_given_name():
    docs = {
        "a.txt": "Ranger Tomas Urkiaka said the wind had turned. Urkiaka spoke again.\n",
        "b.txt": "The operation is led by Tomas Urkiaca, who asked for calm.\n",
        "c.txt": "Tomas Urkiaka later thanked the volunteers.\n",
    }
    assert ("b.txt", "Tomas Urkiaca", ("Tomas Urkiaka",)) in flagged(docs)


def test_rare_surnames_one_odd_letter_apart_may_be_two_people():
    docs = {
        "a.txt": "Dario Velkotan spoke first. Dario Velkotan left.\n",
        "b.txt": "Dario Velkosan answered the questions.\n",
    }
    assert flagged(docs) == set()


def test_two_letters_swapped_in_an_unknown_surname_after_the_same_given_name():
    # A trial: the same official introduced in two articles, once with two letters swapped.
    docs = {
        "a.txt": "Delma Ravonkwo, the agency's director, visited. Ms Ravonkwo left.\n",
        "b.txt": "Delma Ravonkow, the agency's director, attended the meeting.\n",
    }
    assert flagged(docs) == {("b.txt", "Delma Ravonkow", ("Delma Ravonkwo",))}
    apart = {  # letters swapped across the word: not a slip of the fingers
        "a.txt": "Delma Ravonkwo spoke first. Delma Ravonkwo left.\n",
        "b.txt": "Delma Rovankwo answered the questions.\n",
    }
    assert flagged(apart) == set()


def test_hard_c_and_k_are_one_spelling():
    assert canon("marco") == canon("marko")
    assert canon("carlsen") == canon("karlsen")
    assert canon("iwanow") == canon("ivanov")
    assert canon("yuri") == canon("juri")
    assert canon("sreedevi") == canon("sridevi")
    assert canon("cecilia") != canon("kekilia")  # a soft c stays
    docs = {
        "a.txt": "Deputy Ignacio Lakarrieta denied it. Ignacio Lakarrieta left.\n",
        "b.txt": "Ignacio Lacarrieta, the deputy, denied it.\n",
    }
    assert flagged(docs) == {("b.txt", "Ignacio Lacarrieta", ("Ignacio Lakarrieta",))}


def test_look_alike_people_and_places_stay_apart():
    quiet = [
        {
            "a.txt": "Magnus Carlsen won the game in Oslo.\n",
            "b.txt": "Erik Carlson lost the game in Oslo.\n",
        },
        {
            "a.txt": "Peter Carlsen won the game.\n",
            "b.txt": "Peter Carlson lost the game.\n",
        },
        {
            "a.txt": "Kim Jong Un met the envoy. Kim Jong Un left.\n",
            "b.txt": "Kim Jong Chol met the envoy.\n",
        },
        {
            "a.txt": "Talks between Iran and the EU resumed. Iran said so.\n",
            "b.txt": "Talks between Iraq and the EU resumed.\n",
        },
        {
            "a.txt": "Austria and Slovakia signed the deal.\n",
            "b.txt": "Australia and Slovenia signed the deal.\n",
        },
        {
            "a.txt": "Coach Peter Jansen praised the team.\n",
            "b.txt": "Coach Peter Janssen praised the team.\n",
        },
        {
            "a.txt": "Tomas Urkizaga said so.\n",
            "b.txt": "Andoni Urkisaga said so.\n",
        },
    ]
    for docs in quiet:
        assert flagged(docs) == set(), docs


def test_accent_fix_covers_the_whole_name_when_the_surname_is_more_common():
    docs = {
        "a.txt": "Chief Iñaki Cortázar said so. Cortázar added more. Cortázar left.\n",
        "b.txt": "Inaki Cortazar spoke first. Cortázar then left.\n",
    }
    out = run(docs)
    issue = next(i for i in out["b.txt"] if i.offset == 0)
    assert docs["b.txt"][issue.offset : issue.end] == "Inaki Cortazar"
    assert issue.replacements == ("Iñaki Cortázar",)


def test_distance_of_a_place_after_the_town_of_with_particles():
    docs = {
        "a.txt": "The fire reached the hills of Puerto del Sol, about 210 kilometres "
        "northwest of Lima, on Saturday.\n",
        "b.txt": "Homes burned in the hills of Puerto del Sol, some 120 kilometres "
        "northwest of Lima.\n",
    }
    out = run(docs, FIGURES)
    assert [docs["a.txt"][i.offset : i.end] for i in out["a.txt"]] == [
        "about 210 kilometres northwest of Lima"
    ]
    assert [docs["b.txt"][i.offset : i.end] for i in out["b.txt"]] == [
        "some 120 kilometres northwest of Lima"
    ]
    assert "Puerto del Sol" in out["a.txt"][0].message


def test_distance_after_the_town_of_agreeing_or_after_a_region_stays_quiet():
    agree = {
        "a.txt": "Crews fought in the small town of San Lucas, about 200 km north of Quito.\n",
        "b.txt": "The town of San Lucas lies some 210 kilometres north of Quito.\n",
    }
    assert run(agree, FIGURES) == {"a.txt": [], "b.txt": []}
    # a region after "of" that is not "the <place noun> of" stays a location, not the subject
    region = {
        "a.txt": "The Brava dam, in the south of Castilla, is 300 km from Madrid.\n",
        "b.txt": "The Negra dam, in the south of Castilla, is 120 km from Madrid.\n",
    }
    assert run(region, FIGURES) == {"a.txt": [], "b.txt": []}
    # two different towns are not compared
    towns = {
        "a.txt": "Fires hit the village of Alto Rojo, 50 km from Lima.\n",
        "b.txt": "Fires hit the village of Bajo Verde, 90 km from Lima.\n",
    }
    assert run(towns, FIGURES) == {"a.txt": [], "b.txt": []}


# --- evidence counted across the batch ------------------------------------------


def test_a_tie_of_full_names_is_settled_by_the_surname_used_alone():
    docs = {
        "a.txt": "The midfielder Matteo Ferraresi joined Porto. Ferraresi scored twice. "
        "Ferraresi was pleased.\n",
        "b.txt": "Porto signed the midfielder Matteo Feraresi from Bologna.\n",
    }
    got = flagged(docs)
    assert got == {("b.txt", "Matteo Feraresi", ("Matteo Ferraresi",))}
    (issue,) = run(docs)["b.txt"]
    assert "written ‘Ferraresi’ 3× in the batch, ‘Feraresi’ 1×" in issue.message


def test_one_given_name_and_a_surname_the_batch_writes_otherwise_once():
    docs = {
        "a.txt": "The gallery was designed by Paolo Ricci. Ricci studied in Milan.\n",
        "b.txt": "The architect Paolo Rikci was at the opening.\n",
    }
    assert flagged(docs) == {("b.txt", "Paolo Rikci", ("Paolo Ricci",))}


def test_one_use_each_or_a_common_word_is_no_batch_habit():
    # one use of each surname: nothing says which is the slip
    assert flagged({"a.txt": "Paolo Ricci spoke.\n", "b.txt": "Paolo Rikci was there.\n"}) == set()
    # the rarer spelling is a common English word: two people (or a name and a word)
    assert (
        flagged(
            {
                "a.txt": "Anna Hollis spoke. Hollis left. Hollis returned.\n",
                "b.txt": "Anna Hills was there.\n",
            }
        )
        == set()
    )


# --- a shared given name (and title) as evidence for a surname one edit away -----------


def test_a_hard_c_written_k_after_the_same_given_name_is_one_person():
    # one sound (Greek k written c before i): the batch's habit against one other use
    docs = {
        "a.txt": "Yannis Mavrakis opened the port talks. Mavrakis spoke for an hour.\n",
        "b.txt": "The unions met Yannis Mavracis on Friday.\n",
    }
    assert flagged(docs) == {("b.txt", "Yannis Mavracis", ("Yannis Mavrakis",))}


def test_the_same_title_and_given_name_join_any_one_letter_slip():
    # one office, one given name: a surname one letter off is the same man, even when
    # the letters (t/s, k/c) sound different and each spelling is used once
    for other in ("Drosanis", "Drosacis"):
        docs = {
            "a.txt": "Harbour Commissioner Ilias Drosakis closed the quay.\n",
            "b.txt": f"Harbour Commissioner Ilias {other} reopened it on Monday.\n",
        }
        ((_path, surface, (replacement,)),) = flagged(docs)
        assert {surface, replacement} == {
            "Harbour Commissioner Ilias Drosakis",
            f"Harbour Commissioner Ilias {other}",
        }


def test_a_shared_given_name_alone_or_a_known_surname_is_not_enough():
    quiet = [
        # one use of each and no title: nothing says which is the slip
        {"a.txt": "Yannis Mavrakis spoke.\n", "b.txt": "Yannis Mavracis was there.\n"},
        # letters that are not one sound, no title: two people may be one letter apart
        {
            "a.txt": "Ilias Drosakis spoke. Drosakis left.\n",
            "b.txt": "Ilias Drosatis was there.\n",
        },
        # different titles give the k/t slip no second piece of evidence
        {
            "a.txt": "Judge Ilias Drosakis spoke. Drosakis left.\n",
            "b.txt": "Senator Ilias Drosatis was there.\n",
        },
        # both surnames are real families, whatever the title
        {
            "a.txt": "Senator Anna Smith spoke. Smith left.\n",
            "b.txt": "Senator Anna Smyth was there.\n",
        },
        # a title and a surname but no given name between them
        {
            "a.txt": "Commissioner Drosakis spoke. Drosakis left.\n",
            "b.txt": "Commissioner Drosanis was there.\n",
        },
    ]
    for docs in quiet:
        assert flagged(docs) == set(), docs


# --- a bare surname refers back to the full name before it --------------------------


def test_a_bare_surname_nobody_is_introduced_by_is_the_full_names_slip():
    # Novak is a surname too, but nobody here is called by it in full
    docs = {
        "a.txt": "Teacher Katarzyna Nowak has taught for years. Nowak said pay was low. "
        "“It is hard,” Novak said.\n"
    }
    assert flagged(docs) == {("a.txt", "Novak", ("Nowak",))}
    # one use each: the spelling written with the full name wins, and says why
    docs = {"a.txt": "Teacher Sabina Orlegga spoke first. “It is hard,” Orlega said.\n"}
    (issue,) = run(docs)["a.txt"]
    assert docs["a.txt"][issue.offset : issue.end] == "Orlega"
    assert issue.replacements == ("Orlegga",)
    assert "written with a full name" in issue.message


def test_a_bare_word_with_a_full_name_of_its_own_or_a_common_word_stays():
    quiet = [
        # both introduced: two people
        {"a.txt": "Katarzyna Nowak met Jan Novak. Novak said no.\n"},
        # a common word after a surname one letter away
        {"a.txt": "Helena Marsh spoke. March was cold, Marsh said.\n"},
        # two words made from one name of the batch
        {"a.txt": "Korea said South Korean trains would run. The two Koreas agreed.\n"},
        # the bare word comes first (and far off): nobody was named before it
        {"a.txt": "Orlega won the vote. " + "The count went on. " * 40 + "Sabina Orlegga spoke.\n"},
    ]
    for docs in quiet:
        assert flagged(docs) == set(), docs


def test_a_bare_surname_refers_back_to_the_first_of_two_surnames():
    # Spanish names carry two surnames and news calls the person by the first of them
    filler = "The count went on into the night. " * 20
    docs = {"a.txt": f"Marcelo Quiroz Baeza, a farmer, lost. {filler}Quyroz said he would stay.\n"}
    assert flagged(docs) == {("a.txt", "Quyroz", ("Quiroz",))}
    # still a surname: the full name's given name is never the one referred back to
    text = f"Marcelo Quiroz Baeza, a farmer, lost. {filler}Marcello said he would stay.\n"
    docs = {"a.txt": text}
    assert flagged(docs) == set()


# --- particles, descriptions and accents of whole names (names4) ---------------------


def test_a_given_name_before_a_particle_is_not_a_bare_surname():
    # "Hamad" of "Hamad bin Saeed" is a given name: not a slip of the minister's surname
    text = (
        "Water Minister Lina Haddad spoke. “It is a start,” Haddad said.\n\n"
        "Hamad bin Saeed al-Mansouri, the partner's chief, agreed.\n"
    )
    assert flagged({"a.txt": text}) == set()
    # the same slip standing alone, not before a particle, is still the minister's surname
    text = "Water Minister Lina Haddad spoke. “It is a start,” Haddad said. Hadad left.\n"
    assert flagged({"a.txt": text}) == {("a.txt", "Hadad", ("Haddad",))}
    # a slip one letter from both: the surname's, never the other person's given name
    text = (
        "Water Minister Lina Haddad spoke. “It is a start,” Hadad said.\n\n"
        "Hamad bin Saeed al-Mansouri, the partner's chief, agreed.\n"
    )
    assert flagged({"a.txt": text}) == {("a.txt", "Hadad", ("Haddad",))}


def test_the_same_description_joins_two_known_surnames_after_one_given_name():
    described = "whose sister and two nephews died in the collapse, said the verdict helped"
    docs = {
        "a.txt": f"Mona Hassan, {described}. Hassan said more.\n",
        "b.txt": f"The court sat. Mona Hasan, {described}.\n",
    }
    assert flagged(docs) == {("b.txt", "Mona Hasan", ("Mona Hassan",))}


def test_two_known_surnames_described_differently_are_two_people():
    quiet = [
        {
            "a.txt": "Mona Hassan, a teacher in Giza, said the verdict helped. Hassan left.\n",
            "b.txt": "The court sat. Mona Hasan, a nurse at the clinic, said prices rose.\n",
        },
        # one uncommon word in common is not a description
        {
            "a.txt": "Mona Hassan, a teacher in Giza, said the verdict helped. Hassan left.\n",
            "b.txt": "The court sat. Mona Hasan, a nurse, said the verdict was late.\n",
        },
    ]
    for docs in quiet:
        assert flagged(docs) == set(), docs


def test_an_accent_of_one_word_in_two_whole_names_is_two_people():
    # two people whose given names are spelled differently
    docs = {
        "a.txt": "Economy Minister Martín Herrera spoke.\n",
        "b.txt": "In the men's race, Martin Berg of Norway won.\n",
    }
    assert flagged(docs) == set()
    # a place inside a longer name is not another place of that name
    docs = {
        "a.txt": "The former mayor of Alcalá del Río was jailed.\n",
        "b.txt": "The film was made by a Rio de Janeiro company.\n",
    }
    assert flagged(docs) == set()
    # one whole name written both ways, or a bare word, is one name
    docs = {
        "a.txt": "Economy Minister Martín Herrera spoke.\n",
        "b.txt": "Economy Minister Martin Herrera left.\n",
    }
    assert flagged(docs) == {
        ("b.txt", "Economy Minister Martin Herrera", ("Economy Minister Martín Herrera",))
    }
    docs = {
        "a.txt": "Fernanda Núñez Carvalho spoke in Velmiro. Núñez left.\n",
        "b.txt": "“It works in Velmiro,” Nunez said.\n",
    }
    assert ("b.txt", "Nunez", ("Núñez",)) in flagged(docs)


# --- a lone word and its accented form in unrelated articles (names21) -----------------


def test_a_bare_word_and_its_accented_form_in_unrelated_articles_are_two_names():
    # a large batch mixes stories: "the Ilvára people" and "Ilvara Fenwarro" of another
    # story are no one name, nor are two places of one name ("Cádiz" and a "Cadiz" bar)
    quiet = [
        {
            "a.txt": "The Ilvára people herd reindeer on the plateau.\n",
            "b.txt": "Ilvara Fenwarro said the rail line had reopened.\n",
        },
        {
            "a.txt": "Officials in Cádiz said the fire was out.\n",
            "b.txt": "Officials in Cadiz said the port reopened.\n",
        },
        {
            "a.txt": "Dr. Ilvara Fenwarro, a malaria specialist, said cases fell.\n",
            "b.txt": "Ilvára Obrantes opened the school. Ilvára said it was full.\n",
        },
    ]
    for docs in quiet:
        assert flagged(docs) == set(), docs
    # ...but two articles of one story (both name Ulvhaven) write one people two ways
    docs = {
        "a.txt": "The Ilvára people of Ulvhaven herd reindeer on the plateau.\n",
        "b.txt": "In Ulvhaven, the Ilvara herders said the rail line had reopened.\n",
    }
    assert flagged(docs) == {("b.txt", "Ilvara", ("Ilvára",))}


def test_a_bare_surname_stands_for_the_full_name_its_article_gives():
    # "Dravosić said" is Davor Dravosić of its own article, not Tamsin Drávosič of the
    # other, though both articles are about Brenlow: two people, two spellings
    docs = {
        "a.txt": "Davor Dravosić scored twice in Brenlow. Dravosić said he was tired.\n",
        "b.txt": "In Brenlow, Tamsin Drávosič rode the first tram.\n",
    }
    assert flagged(docs) == set()
    # in one article the bare surname refers back to the full name: a slip
    docs = {"a.txt": "Davor Dravosić scored twice in Brenlow. Dravosic said he was tired.\n"}
    assert flagged(docs) == {("a.txt", "Dravosic", ("Dravosić",))}


def test_a_known_surname_transliterated_after_the_full_name_is_its_slip():
    filler = "The survey went on into the night. " * 5
    docs = {"a.txt": f"Tamsin Maier of the university led the survey. {filler}Mayer said so.\n"}
    assert flagged(docs) == {("a.txt", "Mayer", ("Maier",))}
    quiet = [
        # introduced by a full name of its own: another person
        {
            "a.txt": f"Tamsin Maier of the university led it. {filler}Mayer said so.\n",
            "b.txt": "Orlecki Mayer, a farmer, spoke.\n",
        },
        # a word English writes often is no slip of the name, transliteration or not
        {"a.txt": f"Tamsin Greie of the university led the survey. {filler}Grey said so.\n"},
    ]
    for docs in quiet:
        assert flagged(docs) == set(), docs


def test_a_compound_capitalised_by_its_sentence_is_no_name():
    docs = {
        "a.txt": "The Human Rights Council met. Human Rights Watch agreed.\n",
        "b.txt": "Poland has done so. Human-rights groups such as Amnesty objected.\n",
    }
    assert flagged(docs) == set()
    # a name hyphenated with a lower-case part is still a name, at a sentence's start too
    docs = {
        "a.txt": "Han Seo Jin arrived. Han Seo Jin spoke.\n",
        "b.txt": "It rained. Han Seo-jin left.\n",
    }
    assert flagged(docs) == {("b.txt", "Han Seo-jin", ("Han Seo Jin",))}
    docs = {
        "a.txt": "Lee Seo-jin arrived. Lee Seo-jin spoke. Seo-jin waved.\n",
        "b.txt": "It rained. Seo-Jin left.\n",
    }
    assert ("b.txt", "Seo-Jin", ("Seo-jin",)) in flagged(docs)


def test_a_modifier_built_on_a_name_is_no_spelling_of_it():
    # "Vardic-language" is an adjective; "the Office of the Vardic Language" is the name
    docs = {
        "a.txt": "Vardic-language Talvo schools grew. The Office of the Vardic Language said so.\n",
        "b.txt": "A Tolvane-based group and the Tolvane Based Arts Trust met.\n",
    }
    assert flagged(docs) == set()
    # a short or rare syllable after the hyphen is a name's: still compared
    docs = {
        "a.txt": "Pak Dol Un arrived. Pak Dol Un spoke.\n",
        "b.txt": "Then Pak Dol-un left.\n",
    }
    assert flagged(docs) == {("b.txt", "Pak Dol-un", ("Pak Dol Un",))}


def test_transliteration_rules_reach_a_fixed_point():
    # "y -> i" makes the "ie" ending that an earlier rule folds: both end as one spelling
    assert canon("ndiaye") == canon("ndiaie") == "ndiai"
    docs = {
        "a.txt": "Moussa Ndiaye has fished for years. Ndiaye said so. Moussa Ndiaye left.\n",
        "b.txt": "Moussa Ndiaie said three young men had left.\n",
    }
    assert flagged(docs) == {("b.txt", "Moussa Ndiaie", ("Moussa Ndiaye",))}
    # one letter that is no transliteration, after a shared given name: maybe two people
    docs = {
        "a.txt": "Moussa Ndiaye has fished for years. Ndiaye said so. Moussa Ndiaye left.\n",
        "b.txt": "Moussa Ndiame said three young men had left.\n",
    }
    assert flagged(docs) == set()


def test_one_whole_name_hyphenated_or_solid_is_still_one_name():
    docs = {
        "a.txt": "Exports to Southeast Asia were up.\n",
        "b.txt": "Trade grew into Latin America and South-East Asia, despite it.\n",
    }
    assert flagged(docs) == {("b.txt", "South-East", ("Southeast",))}


# --- the first words of a full name refer back to it (pronoun5, pool fresh_g) ------------


def test_the_first_words_of_a_full_name_refer_back_to_it():
    # two given names, then two surnames; later the given names alone, one misspelt
    filler = "The count went on into the night. " * 20
    text = f"Rosa Marína Quintero Olmos, a nurse, spoke first. {filler}“Rosa Marínka stayed.”\n"
    docs = {"a.txt": text}
    assert flagged(docs) == {("a.txt", "Rosa Marínka", ("Rosa Marína",))}


def test_the_first_words_of_a_full_name_near_misses():
    filler = "The count went on into the night. " * 20
    quiet = [
        # a word English knows: maybe another person ("Rosa Marina" is a place too)
        {"a.txt": f"Rosa Marínka Quintero Olmos, a nurse, spoke. {filler}Rosa Marina left.\n"},
        # introduced by a longer name of its own: two people
        {
            "a.txt": f"Rosa Marína Quintero Olmos spoke. {filler}Rosa Marínka Soto, a "
            "teacher, left.\n"
        },
        # the short form comes first: nothing was named in full before it
        {"a.txt": f"Rosa Marínka spoke. {filler}Rosa Marína Quintero Olmos left.\n"},
        # the first word differs: a different given name, so a different person
        {"a.txt": f"Rosa Marína Quintero Olmos spoke. {filler}Rusa Marína left.\n"},
    ]
    for docs in quiet:
        assert flagged(docs) == set(), docs


# --- a surname of two words used alone after the full name (pronoun6, pool fresh_h) ------


def test_a_two_word_surname_alone_refers_back_to_the_full_name():
    # the odd spelling a rare word but one English has seen (a bare one-word surname
    # may be that too: "Novak" after "Nowak"); the full form never opens a name
    filler = "The debate went on into the night. " * 3
    for full, slip in (
        ("Samira Ben Nasser", "Ben Naser"),  # a particle that is also a given name
        ("Talin Der Yusuf", "Der Yousuf"),
        ("Rosa Marína Garcia Nasser", "Garcia Naser"),  # a double surname
    ):
        text = f"{full}, who chairs the committee, spoke first. {filler}{slip} said so.\n"
        short = " ".join(full.split()[-2:])
        assert flagged({"a.txt": text}) == {("a.txt", slip, (short,))}, full


def test_a_two_word_surname_near_misses():
    filler = "The debate went on into the night. " * 3
    quiet = [
        # the two words open a name of their own: "Ben" is a given name there
        f"Samira Ben Nasser spoke first. {filler}Ben Naser Amari said so.\n",
        # nobody named in full before: "Ben Naser" may be a man called Ben
        f"Ben Nasser spoke first. {filler}Ben Naser said so.\n",
        # the full form opens a longer name: its first word is a given name
        f"Ben Nasser Amari spoke first. {filler}Ben Naser said so.\n",
        # a word English knows well: maybe someone else
        f"Samira Ben Bakker spoke first. {filler}Ben Baker said so.\n",
        # the short form comes first
        f"Ben Naser spoke first. {filler}Samira Ben Nasser said so.\n",
    ]
    for text in quiet:
        assert flagged({"a.txt": text}) == set(), text


def test_a_tie_of_hyphenation_keeps_the_spelling_of_the_introduction():
    filler = "The festival went on into the night. " * 3
    for full, later in (
        ("Denise Marlowe-Reid", "Marlowe Reid"),
        ("Denise Marlowe Reid", "Marlowe-Reid"),
    ):
        text = f"{full}, the mayor, spoke first. {filler}{later} said so.\n"
        (issue,) = run({"a.txt": text})["a.txt"]
        assert text[issue.offset : issue.end] == later
        assert issue.replacements == (full.split(" ", 1)[1],)
        assert "how the full name writes it" in issue.message
    # no full name holds either: the spaced form, as before
    text = f"Marlowe-Reid spoke first. {filler}Marlowe Reid said so.\n"
    (issue,) = run({"a.txt": text})["a.txt"]
    assert text[issue.offset : issue.end] == "Marlowe-Reid"


def test_a_country_and_its_peoples_name_a_letter_apart_are_two_words():
    # both are words English has seen, neither follows a given name: a Bantu class prefix
    # (the kingdom Buganda, its people the Baganda), not a slip
    docs = {
        "a.txt": "Buganda's parliament met on Monday. The Buganda kingdom said the road would "
        "be built. Elders from Buganda agreed. Many Baganda farmers welcomed the plan.",
        "b.txt": "Gaborone is the capital of Botswana. Botswana exports diamonds, and "
        "Botswana's economy grew. Young Batswana graduates want jobs.",
    }
    assert flagged(docs) == set()


def test_a_surname_slip_beside_a_word_english_knows_is_still_flagged():
    # the slip is no word; a surname follows a given name somewhere
    docs = {
        "a.txt": "Finance Minister Carlos Alvarez spoke. Alvarez said the budget was fair. "
        "Alvarez added that taxes would fall. The unions met Alwarez on Friday."
    }
    assert flagged(docs) == {("a.txt", "Alwarez", ("Alvarez",))}
    # a bare place name one letter from a word both rare and close together: a word
    # English never wrote is still a slip
    docs = {"a.txt": "Ferries left Kasane at dawn. Kasane is small. Boats reached Kasanw."}
    assert ("a.txt", "Kasanw", ("Kasane",)) in flagged(docs)


def test_a_particle_name_stripped_of_its_accents_is_still_a_variant_beside_initials():
    # review16c: the one-letter guard is for initials and bare particles only ("O.", "Ó.");
    # "O Cuiv" for "Ó Cuív", a two-word name, is still agency copy's stripped spelling.
    docs = {
        "a.txt": "Tomás Ó Cuív, a teacher from Leenane, coached the minors. Ó Cuív said the"
        " team was young.\n",
        "b.txt": "The minors' coach, Tomás Ó Cuív, named his side. Tomás O Cuiv said two"
        " players were injured. Scorers: O. Tierney 0-2, Ó. Hession 0-1.\n",
    }
    assert flagged(docs) == {("b.txt", "Tomás O Cuiv", ("Tomás Ó Cuív",))}


def test_a_tie_settled_by_the_part_that_differs_names_each_spelling():
    """Trial 19: "the batch writes the part that differs this way 3×, the other way 1×"
    left the reader to guess which way was which: each count names its spelling."""
    docs = {
        "a.txt": "The ferry operator hired Lorna Vesketh in May. Vesketh said the boats were"
        " old. Vesketh added that repairs would take a year.\n",
        "b.txt": "Harbour pilot Lorna Veskett welcomed the plan on Monday.\n",
    }
    (issue,) = run(docs)["b.txt"]
    assert issue.replacements == ("Lorna Vesketh",)
    assert issue.message.endswith(
        "each spelling is used 1×; the part that differs is written ‘Vesketh’ 3× in the"
        " batch, ‘Veskett’ 1×"
    )


def test_a_name_inside_a_quoted_title_is_the_titles_spelling():
    """fresh_af: an opera named after its heroine and her town (“Darina Korvelka”, the girl
    from Korvela) is no misspelling of the town; a title is spelled as its maker spelled it."""
    docs = {
        "a.txt": "The opera house staged “Darina Korvelka” on Saturday. Lysak wrote “Darina "
        "Korvelka” in 1889.\n\nDarina, a poor girl from Korvela, loves Petro.\n\n“Darina "
        "Korvelka” runs until December.\n"
    }
    assert flagged(docs) == set()
    # outside quotation marks the same names are a person's, and the slip is flagged
    docs["a.txt"] = docs["a.txt"].replace("“", "").replace("”", "")
    assert flagged(docs) != set()


def test_an_english_word_beside_its_form_in_another_alphabet_is_no_variant():
    """fresh_ai: the "Theatre" of a review beside a street named in Latvian ("Teātrī iela",
    invented); a slip keeps the writer's alphabet."""
    docs = {
        "a.txt": "The Kelvor Theatre opened on Friday. The Theatre sold out. The Theatre "
        "will tour in May.\n\nTickets are sold at the box office on Teātrī iela.\n"
    }
    assert flagged(docs) == set()
    # the same spelling without the macron is a slip of the word, and flagged
    docs["a.txt"] = docs["a.txt"].replace("Teātrī", "Teatri")
    assert flagged(docs) != set()
    # an accent on another word of the name says nothing of the part that differs
    docs = {
        "a.txt": "The archaeologist Joseph Abou Kelvaudé found the photograph. Abou Kelvaudé "
        "said 37 objects were abroad. Abu Kelvaudé said 19 had come back.\n"
    }
    assert ("a.txt", "Abu Kelvaudé", ("Abou Kelvaudé",)) in flagged(docs)


# fresh_bq's one run: where a child's second name is the parent's given name


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        (
            "One of the first patients, Tesfaye Gudeta, 56, said his legs had swollen.\n\n"
            "His daughter, Almaz Tesfaie, 24, said the family had spent years on remedies.\n",
            "Tesfaie",
            "Tesfaye",
        ),
        (
            "One of the first patients, Tesfaie Gudeta, 56, said his legs had swollen. "
            "Tesfaye said he walked again.\n\n"
            "His daughter, Almaz Tesfaye, 24, said the family had spent years on remedies.\n",
            "Tesfaie",
            "Tesfaye",
        ),
    ],
)
def test_a_childs_patronymic_one_letter_from_the_parents_given_name(text, wrong, right):
    assert flagged({"a.txt": text}) == {("a.txt", wrong, (right,))}


def test_a_patronymic_needs_a_childs_noun_and_rare_names():
    docs = {
        # no child's noun: another family's name one letter from a given name
        "a.txt": "The farmer Tesfaye Gudeta, 56, said his legs had swollen.\n\n"
        "A neighbour, Almaz Tesfaie, 24, said the family had spent years on remedies.\n",
        # a given name English knows well: two people
        "b.txt": "The farmer Samuel Gudeta, 56, said his legs had swollen.\n\n"
        "His daughter, Almaz Samual, 24, said the family had spent years on remedies.\n",
    }
    assert flagged(docs) == set()


def test_a_mothers_given_name_is_no_patronymic():
    # review: "Her son, Yonas Tsege" beside his mother "Tsega Berhe": another name
    text = (
        "Tsega Berhe, 52, sells coffee at the station.\n\n"
        "Her son, Yonas Tsege, left for the capital in February.\n"
    )
    assert flagged({"a.txt": text}) == set()
