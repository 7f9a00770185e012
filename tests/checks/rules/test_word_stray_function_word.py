"""word.stray-fragment: one stray capital fused to a function word at a paragraph's start is
debris even before a capitalised word (``Bmany Macanese families`` -> "Many": fresh_de's
blind run): a determiner of quantity before a people's adjective and the noun it counts
opens no name.  A given name the lists know ("Amany"), and a token before a capital that is
no people's adjective or before a verb ("Severy City Council", "Oboth Markson said"), stay.
Invented places."""

import pytest

from tests.checks.rules.helpers import first_fixes, run

RULE = "word.stray-fragment"
HEAD = "The restaurant had stayed open all night.\n\n"


@pytest.mark.parametrize(
    ("paragraph", "token", "fixed"),
    [
        ("Bmany Varskan families emigrated in the 1990s.", "Bmany", "Many"),
        ("Tboth Kenyan teams lost on Sunday.", "Tboth", "Both"),
        ("Zeach Filipino worker was paid twice.", "Zeach", "Each"),
    ],
)
def test_a_capital_before_a_function_word_is_dropped(paragraph, token, fixed):
    text = HEAD + paragraph + "\n"
    assert first_fixes(RULE, text) == [(token, fixed, True)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Kwame Varsk was the first president of the club.",
        # given names and places of that shape (review C): a name the lists know, and a
        # capital followed by a comma or another capital, not by the noun it would count
        "Amany Khalil, a teacher in Giza, said the school had been without water.",
        "Severy City Council voted 4-1 on Tuesday to close the pool.",
        "Yoff Mayor Abdoulaye Diouf said the fish market would reopen.",
        "Lupon Mayor Erlinda Garcia suspended classes on Monday.",
        # a name's second word before its verb or its noun (review E)
        "Oboth Markson said on Tuesday that the bill would go back to committee.",
        "Osuch Transport drivers said no one was hurt.",
        "Omany Kasparian said the harvest had failed.",
    ],
)
def test_a_name_shaped_token_before_a_capital_stays(paragraph):
    text = HEAD + paragraph + "\n"
    assert run(RULE, text) == []
