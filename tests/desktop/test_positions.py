from hypothesis import given
from hypothesis import strategies as st

from copydesk.desktop.positions import PositionMap


def test_identity_for_bmp_text():
    m = PositionMap("plain “text” — no astral")
    assert m.identity
    assert m.to_qt(5) == 5
    assert m.to_py(5) == 5


def test_emoji_shift_positions():
    text = "a😀b😀😀c"
    m = PositionMap(text)
    assert [m.to_qt(i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 6, 8, 9]
    assert m.to_py(3) == 2
    assert m.to_py(2) == 1  # inside the surrogate pair: its start
    assert m.span_to_qt(3, 2) == (4, 4)


@given(st.text(alphabet=st.sampled_from("ab \n😀é𝄞")))
def test_round_trip(text):
    m = PositionMap(text)
    utf16 = text.encode("utf-16-le")
    for i in range(len(text) + 1):
        q = m.to_qt(i)
        assert q == len(text[:i].encode("utf-16-le")) // 2
        assert m.to_py(q) == i
    assert m.to_qt(len(text)) == len(utf16) // 2
