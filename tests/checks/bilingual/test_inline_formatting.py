"""Checks read a unit's target through its paired formatting tags (<g>, <bpt>/<ept>, <pc>).

Trial 3: "in <g id="1">Henan province</g>.." had no doubled period, because the
checks read "</g>.." and a period after ">" is no sentence end.  Placeholders
(<x/>, <ph>) stand for content and are read as they are.
"""

from __future__ import annotations

import json

from copydesk.cli import main

UNITS = {
    "1": 'Rescue workers arrived in <g id="1">Henan province</g>..',
    "2": 'They arrived in <g id="1">Henan</g>.Rescue work began.',
    "3": 'Read <bpt id="1">&lt;b&gt;</bpt>the report<ept id="1">&lt;/b&gt;</ept>..',
    "4": 'Click <x id="1"/> to continue.',
    "5": 'You have <ph id="1">{0}</ph> new messages.',
    "6": 'He said <g id="1">that</g> <g id="2">that</g> was fine.',
    "7": 'He met <g id="1">Zhang</g><g id="2">Wei</g> there.',
    "8": 'The <g id="1">mayor</g> said so,, and left.',
}


def _xliff(units: dict[str, str]) -> str:
    body = "".join(
        f'<trans-unit id="{k}"><source>s{k}</source><target>{v}</target></trans-unit>\n'
        for k, v in units.items()
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
        '<file original="f" source-language="zh-CN" target-language="en-US"'
        ' datatype="plaintext"><body>\n' + body + "</body></file></xliff>\n"
    )


def _issues(tmp_path, capsys):
    path = tmp_path / "in" / "tags.xlf"
    path.parent.mkdir(exist_ok=True)
    path.write_text(_xliff(UNITS), "utf-8")
    main(["check", "--format", "json", "--no-languagetool", "--ignore", "bilingual,grammar",
          str(path)])  # fmt: skip
    (entry,) = json.loads(capsys.readouterr().out)["files"]
    return entry["issues"]


def test_marks_after_a_closing_tag_are_read(tmp_path, capsys):
    found = {(i["segment"], i["rule"]): i for i in _issues(tmp_path, capsys)}
    for unit, rule, matched in [
        ("1", "punct.double", ".."),
        ("2", "punct.missing-space", "."),
        ("3", "punct.double", ".."),
        ("8", "punct.double", ",,"),
    ]:
        issue = found[(unit, rule)]
        text = UNITS[unit]
        assert text[issue["offset"] : issue["offset"] + issue["length"]] == matched
        assert issue["offset"] > text.rindex(">")  # after the tag, never over it


def test_placeholders_and_text_across_tags_stay_quiet(tmp_path, capsys):
    # <x/> and <ph> stand for words; "that</g> <g>that" and "Zhang</g><g>Wei" cross a tag.
    quiet = [i for i in _issues(tmp_path, capsys) if i["segment"] in {"4", "5", "6", "7"}]
    assert quiet == []


def test_fix_corrects_around_the_tags_and_keeps_them(tmp_path, capsys):
    path = tmp_path / "in" / "tags.xlf"
    path.parent.mkdir()
    path.write_text(_xliff(UNITS), "utf-8")
    out = tmp_path / "out"
    main(["fix", "-o", str(out), "--no-languagetool", "--rules", "punct", str(path)])
    fixed = (out / "tags.xlf").read_text("utf-8")
    assert '<target>Rescue workers arrived in <g id="1">Henan province</g>.</target>' in fixed
    assert 'the report<ept id="1">&lt;/b&gt;</ept>.</target>' in fixed
    assert fixed.replace(".</target>", "").count("..") == 0


def test_the_other_places_of_a_batch_issue_point_into_the_tagged_targets(tmp_path, capsys):
    units = {
        "1": 'Governor <g id="1">Oleksandr Mykhailenko</g> said the convoy had arrived.',
        "2": 'Governor <g id="1">Oleksandr Mykhailenko</g> thanked the volunteers.',
        "3": "Oleksandr Mykhaylenko said a second convoy would follow next week.",
    }
    path = tmp_path / "names.xlf"
    path.write_text(_xliff(units), "utf-8")
    main(["check", "--format", "json", "--no-languagetool", "--rules", "consistency", str(path)])
    (entry,) = json.loads(capsys.readouterr().out)["files"]
    (issue,) = [i for i in entry["issues"] if i["rule"] == "consistency.name-variant"]
    for place in issue["related"]:
        unit = units[place["path"].rsplit("#", 1)[1]]
        assert unit[place["offset"] : place["offset"] + place["length"]] == place["text"]
