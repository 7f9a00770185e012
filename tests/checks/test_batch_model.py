"""The batch is modelled: checks know their member, scopes are enforced, fix keeps the batch."""

from collections import Counter

import pytest

from copydesk.checks.context import Batch, BatchIndex, BatchMember, CheckContext
from copydesk.checks.engine import CheckError, Engine
from copydesk.checks.fixer import fix_batch
from copydesk.checks.model import Category
from copydesk.checks.registry import REGISTRY, Check
from copydesk.checks.settings import LanguageToolSettings, Settings
from copydesk.cli import main


def _settings() -> Settings:
    return Settings(languagetool=LanguageToolSettings(enabled=False))


def test_context_knows_which_member_it_checks_even_for_identical_files():
    seen = []

    def record(text, ctx: CheckContext):
        seen.append(ctx.member)
        return []

    chk = Check("test.member", Category.CONSISTENCY, "d", record, scope="batch")
    same = [BatchMember("copy.txt", "The same text.") for _ in range(3)]
    Engine(checks=[chk]).check_batch(same)
    assert seen == [0, 1, 2]


def test_a_document_check_cannot_read_the_batch():
    def peeks(text, ctx: CheckContext):
        return [ctx.issue(0, 1, f"{len(ctx.batch.members)} files")]

    chk = Check("test.peeks", Category.STYLE, "d", peeks)  # scope "document" by default
    with pytest.raises(CheckError, match=r"scope='document' but reads ctx\.batch"):
        Engine(checks=[chk]).check_text("Some text.", strict=True)
    result = Engine(checks=[chk]).check_batch([BatchMember("a", "x"), BatchMember("b", "y")])
    assert result[0].issues == [] and "ScopeError" in result[0].failures[0].error


def test_a_batch_check_reads_only_the_indexes_it_declares():
    counts = BatchIndex(
        "test.lengths", lambda m: len(m.text), list, lambda acc, n, s: acc.append(s), lambda a, r: a
    )

    def undeclared(text, ctx: CheckContext):
        return [ctx.issue(0, 1, str(ctx.index(counts)))]

    def declared(text, ctx: CheckContext):
        return [ctx.issue(0, 1, str(ctx.index(counts)[ctx.member]))]

    members = [BatchMember("a", "one"), BatchMember("b", "three")]
    bad = Check("test.undeclared", Category.STYLE, "d", undeclared, scope="batch")
    good = Check(
        "test.declared", Category.STYLE, "d", declared, scope="batch", batch_indexes=(counts,)
    )
    failed = Engine(checks=[bad]).check_batch(members)
    assert "without declaring it" in failed[0].failures[0].error
    assert [r.issues[0].message for r in Engine(checks=[good]).check_batch(members)] == ["3", "5"]


def test_batch_indexes_need_batch_scope():
    index = BatchIndex("test.x", lambda m: 0, list, lambda a, n, s: None, lambda a, r: a)
    with pytest.raises(ValueError, match="scope='batch'"):
        Check("test.x", Category.STYLE, "d", lambda t, c: [], batch_indexes=(index,))


@pytest.mark.parametrize(
    # Bilingual examples are source/target pairs: their own runner checks them.
    "chk",
    [c for c in REGISTRY.all() if not c.needs_service and not c.bilingual],
    ids=lambda c: c.id,
)
def test_scope_is_declared_truthfully(chk):
    """A batch check reads the batch on some example; a document check never does."""
    settings = _settings()
    read = []
    for text in chk.examples + chk.near_misses:
        member = BatchMember("<text>", text)
        ctx = CheckContext(member.path, Batch([member]), settings, chk, member=0)
        list(chk.func(text, ctx))  # a document check reading the batch raises here
        read.append(ctx.batch_read)
    assert any(read) == (chk.scope == "batch")


def test_word_checks_weigh_the_whole_batch():
    """'Maria Lopez She' written the same way in two articles is no slip: not flagged."""
    engine = Engine(_settings())
    a = "Shop owner Maria Lopez She said prices rose sharply this week.\n"
    b = "Residents gathered.\n\nShop owner Maria Lopez She said the rent doubled.\n"
    alone = Counter(i.rule for i in engine.check_text(a))
    together = engine.check_batch([BatchMember("a.txt", a), BatchMember("b.txt", b)])
    assert alone["word.duplicated-subject"] == 1
    assert "word.duplicated-subject" not in {i.rule for i in together[0].issues}


def test_fix_keeps_the_batch_context_while_it_fixes(tmp_path, capsys):
    """The second pass re-checks the batch, not each file alone.

    Alone, a.txt's 'Maria Lopez She' is a duplicated subject with a safe fix; in this
    batch it is not (b.txt writes the same), so no pass may remove it.
    """
    src = tmp_path / "in"
    src.mkdir()
    a = "The market opened late..\n\nShop owner Maria Lopez She said prices rose this week.\n"
    b = "Residents gathered in the square.\n\nShop owner Maria Lopez She said the rent doubled.\n"
    (src / "a.txt").write_text(a)
    (src / "b.txt").write_text(b)
    out = tmp_path / "out"
    assert main(["fix", "--no-languagetool", "--jobs", "1", "-o", str(out), str(src)]) == 0
    fixed = (out / "a.txt").read_text()
    assert "late.\n" in fixed  # the doubled period went in the first pass
    assert "Maria Lopez She said" in fixed  # and the second pass kept the batch's evidence
    members = [BatchMember(str(src / "a.txt"), a), BatchMember(str(src / "b.txt"), b)]
    assert fix_batch(Engine(_settings()), members)[0].text == fixed
    assert "a.txt: 1 fix(es)" in capsys.readouterr().out


def test_fix_batch_recheck_sees_every_fixed_file():
    """A fix in one file can change what another file's re-check finds."""

    def alone(text, ctx: CheckContext):
        # Flags "x" only while no other file of the batch still holds a "y".
        others = ctx.index(holds_y)
        if text.find("x") >= 0 and not any(h for n, h in enumerate(others) if n != ctx.member):
            return [ctx.issue(text.find("x"), 1, "x alone", [""], safe=True)]
        return []

    def drop_y(text, ctx: CheckContext):
        i = text.find("y")
        return [ctx.issue(i, 1, "y", [""], safe=True)] if i >= 0 else []

    holds_y = BatchIndex(
        "test.y", lambda m: "y" in m.text, list, lambda a, n, s: a.append(s), lambda a, r: a
    )
    checks = [
        Check("test.alone", Category.STYLE, "d", alone, scope="batch", batch_indexes=(holds_y,)),
        Check("test.drop-y", Category.STYLE, "d", drop_y),
    ]
    outcomes = fix_batch(Engine(checks=checks), [BatchMember("a", "ax"), BatchMember("b", "by")])
    # Pass 1 drops b's "y"; only the batch-wide re-check then lets a's "x" go.
    assert [o.text for o in outcomes] == ["a", "b"]
    assert [o.remaining for o in outcomes] == [[], []]
