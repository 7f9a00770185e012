"""The glossary: TOML and CSV, where files are found, how they stack, the terminology check."""

import pytest

from copydesk.checks.context import BatchMember
from copydesk.checks.engine import Engine
from copydesk.checks.glossary import (
    GlossaryError,
    default_glossary,
    load_glossary,
    normalise,
    parse_csv,
    parse_toml,
    read_glossary,
)
from copydesk.checks.registry import REGISTRY
from copydesk.checks.settings import Settings, config_dir
from copydesk.cli import main

RULE = "consistency.glossary"


def run(docs, settings=None):
    engine = Engine(settings or Settings(), checks=[REGISTRY.get(RULE)])
    results = engine.check_batch([BatchMember(p, t) for p, t in docs.items()])
    return {r.path: r.issues for r in results}


def test_normalise_ignores_case_hyphens_and_spacing():
    assert normalise("Kim Jong-Un") == normalise("kim  jong un") == "kim jong un"


def test_toml_and_csv_say_the_same():
    toml = parse_toml('[preferred]\n"email" = ["e-mail"]\n"Ri Song Gil" = []\n', "t")
    csv = parse_csv("preferred,variants\nemail,e-mail\n# a comment\nRi Song Gil\n", "c")
    for g in (toml, csv):
        assert g.forbidden == {"e-mail": "email"}
        assert g.preferred_for("ri song-gil") == "Ri Song Gil"
        assert g.is_forbidden("E-mail")
        assert not g.is_forbidden("email")


def test_a_string_instead_of_a_list_is_accepted():
    g = parse_toml('[preferred]\n"email" = "e-mail"\n', "t")
    assert g.forbidden == {"e-mail": "email"}


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.toml", "x", "not valid TOML"),
        ("bad.toml", '[preferred]\n"email" = 3\n', "must map to a list"),
        ("bad.toml", "preferred = 1\n", "must be a table"),
        ("bad.csv", ",e-mail\n", "first column"),
        ("bad.txt", "email,e-mail\n", ".toml or .csv"),
    ],
)
def test_bad_files_raise_a_one_line_error(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(GlossaryError) as err:
        read_glossary(path)
    assert message in str(err.value) and "\n" not in str(err.value)
    assert str(path) in str(err.value)


def test_missing_file(tmp_path):
    with pytest.raises(GlossaryError, match="not found"):
        read_glossary(tmp_path / "nope.toml")


def test_default_glossary_is_generic_house_style():
    g = default_glossary()
    assert g.forbidden["e-mail"] == "email"
    assert g.forbidden["web site"] == "website"
    # no proper names in the default: those belong to a newsroom's own glossary
    assert all(p == p.lower() for p in g.preferred.values())


def test_glossaries_stack_default_user_project_explicit(tmp_path):
    user = config_dir()
    user.mkdir(parents=True, exist_ok=True)
    (user / "glossary.toml").write_text('[preferred]\n"e-mail" = []\n"Lavrov" = ["Lavrow"]\n')
    project = tmp_path / "project"
    project.mkdir()
    (project / "copydesk-glossary.csv").write_text("online\nLavroff,Lavrov\n")
    explicit = tmp_path / "mine.toml"
    explicit.write_text('[preferred]\n"Lavrov" = ["Lavroff"]\n')
    g = load_glossary(str(explicit), [project])
    assert not g.is_forbidden("e-mail")  # the user's glossary allows it again
    assert g.is_forbidden("Lavrow")
    assert g.is_forbidden("Lavroff") and not g.is_forbidden("Lavrov")  # explicit wins
    assert g.is_forbidden("on-line")  # the default still applies


def test_terminology_check_keeps_capitals_and_plurals():
    text = "E-mail them. Two e-mails and a web  site; visit our Web-site on-line.\n"
    # another file of the batch writes the preferred spellings: the default's queries apply
    issues = run({"a.txt": text, "b.txt": "Our emails, website and online shop.\n"})["a.txt"]
    got = [(text[i.offset : i.end], i.replacements[0]) for i in issues]
    assert got == [
        ("E-mail", "Email"),
        ("e-mails", "emails"),
        ("web  site", "website"),
        ("Web-site", "Website"),
        ("on-line", "online"),
    ]
    assert all(not i.safe for i in issues)


def test_terminology_check_leaves_other_words_alone():
    text = "The e-mailing list, an E-MAIL header, emails and the website are fine.\n"
    assert run({"a.txt": text})["a.txt"] == []


def test_project_glossary_beside_the_articles_is_used(tmp_path):
    (tmp_path / "copydesk-glossary.toml").write_text('[preferred]\n"Kim Jong Un" = []\n')
    article = tmp_path / "a.txt"
    text = "North Korean leader Kim Jong-un arrived. Kim Jong Un left.\n"
    article.write_text(text)
    issues = run({str(article): text})[str(article)]
    assert [(text[i.offset : i.end], i.replacements[0]) for i in issues] == [
        ("Kim Jong-un", "Kim Jong Un")
    ]


def test_cli_glossary_flag_and_errors(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("Lavrow spoke to the press.\n")
    good = tmp_path / "g.csv"
    good.write_text("Lavrov,Lavrow\n")
    assert main(["check", "--rules", RULE, "--glossary", str(good), str(article)]) == 1
    assert "-> 'Lavrov'" in capsys.readouterr().out
    bad = tmp_path / "g.toml"
    bad.write_text("[preferred\n")
    assert main(["check", "--glossary", str(bad), str(article)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"copydesk: {bad}: not valid TOML")
    assert main(["check", "--glossary", str(tmp_path / "none.csv"), str(article)]) == 2


def test_each_folder_gets_its_own_project_glossary(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    (one / "copydesk-glossary.csv").write_text("Lavrov,Lavrow\n")
    text = "Lavrow spoke.\n"
    (one / "a.txt").write_text(text)
    (two / "b.txt").write_text(text)
    out = run({str(one / "a.txt"): text, str(two / "b.txt"): text})
    assert len(out[str(one / "a.txt")]) == 1
    assert out[str(two / "b.txt")] == []


def test_default_variants_are_a_consistency_query():
    g = default_glossary()
    assert g.is_forbidden("e-mail") and g.is_queried("E-mail")
    consistent = "Write to us by e-mail. The e-mail address is below.\n"
    assert run({"a.txt": consistent})["a.txt"] == []  # the copy's own style, not a slip
    mixed = run({"a.txt": consistent, "b.txt": "Emails were leaked.\n"})
    assert mixed["b.txt"] == []  # the preferred spelling is never queried
    assert [i.replacements[0] for i in mixed["a.txt"]] == ["email", "email"]
    assert "writes both ‘email’ and ‘e-mail’" in mixed["a.txt"][0].message
    # in one file too; "online" alone does not query "e-mail"
    one = "Send an e-mail, or an email.\n"
    assert [one[i.offset : i.end] for i in run({"a.txt": one})["a.txt"]] == ["e-mail"]
    assert run({"a.txt": "Send an e-mail online.\n"})["a.txt"] == []


def test_user_project_and_explicit_glossaries_are_enforced_everywhere(tmp_path):
    user = config_dir()
    user.mkdir(parents=True, exist_ok=True)
    (user / "glossary.toml").write_text('[preferred]\n"website" = ["web site"]\n')
    (tmp_path / "copydesk-glossary.csv").write_text("online,on-line\n")
    explicit = tmp_path / "mine.toml"
    explicit.write_text('[preferred]\n"email" = ["e-mail"]\n"smartphone" = []\n')
    text = "An e-mail, a web site, an on-line form, a smart phone.\n"
    article = tmp_path / "a.txt"
    article.write_text(text)
    settings = Settings(glossary=str(explicit))
    issues = run({str(article): text}, settings)[str(article)]
    # the three listed again are rules now; "smart phone" stays the default's query
    assert [text[i.offset : i.end] for i in issues] == ["e-mail", "web site", "on-line"]
    assert all("The glossary prefers" in i.message for i in issues)


def test_a_later_glossary_decides_whether_a_variant_is_queried():
    g = default_glossary()
    g.merge(parse_toml('[preferred]\n"email" = []\n"website" = ["web site"]\n', "mine"))
    assert g.is_queried("e-mail")  # naming the preferred spelling alone changes nothing
    assert g.is_forbidden("web site") and not g.is_queried("web site")
    g.merge(parse_toml('[preferred]\n"on-line" = []\n', "yours"))
    assert not g.is_forbidden("on-line") and not g.is_queried("on-line")
