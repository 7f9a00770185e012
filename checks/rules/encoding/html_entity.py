"""encoding.html-entity: an HTML character reference left in plain text (``&apos;``, ``&#8217;``).

Why: a scraper or feed that copied a page's source instead of its rendered
text keeps the markup's escapes; ``The county&apos;s office`` prints as written.

Family: encoding.  Like mojibake it is one character stored in the wrong
representation (markup instead of Unicode, where mojibake is the wrong code
page): the word around it is correct, only the character needs decoding, and
the repair is mechanical.  It is not layout (no page furniture to remove) nor
punctuation (the entity may stand for a letter, ``&eacute;``).

Example: ``The county&apos;s emergency office`` -> ``The county's emergency office``
Fix (safe): ``html.unescape`` of the entity alone.  Named entities need their
closing semicolon and must be ones HTML defines; numeric ones (``&#8217;``,
``&#x2019;``) must name a printable character.  Inside a URL's query string
(``?a=1&amp;b=2``) or any token that looks like a web address, the decoded
character is only offered: an editor may want the markup kept there.
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Iterator
from html.entities import html5

import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check

_ENTITY = regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# The whitespace-free token around the entity: a URL or a query string keeps its markup.
_URLISH = regex.compile(r"(?i:https?://|www\.|\?[\w.%-]+=)")


def _decoded(entity: str) -> str | None:
    """The character the entity stands for, or None if it names nothing printable."""
    if not entity.startswith("&#") and entity[1:] not in html5:
        return None
    decoded = html.unescape(entity)
    if decoded == entity or not decoded or "\ufffd" in decoded:
        return None
    if any(unicodedata.category(c) in {"Cc", "Cs", "Co", "Cn"} for c in decoded):
        return None
    return decoded


def _token_around(text: str, start: int, end: int) -> str:
    left = start
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    right = end
    while right < len(text) and not text[right].isspace():
        right += 1
    return text[left:right]


@check(
    "encoding.html-entity",
    Category.ENCODING,
    "HTML entity left in the text (&apos;, &amp;, &#8217;)",
    examples=(
        ("The glazier«&apos;»s old crane was sold.", "'"),
        ("Quill «&amp;» Thimble opened a second shop.", "&"),
        ("The tinsmith«&#8217;»s union met.", "’"),
        ("He called it «&quot;»a pause&quot; in talks.", '"'),
    ),
    near_misses=(
        "Quill & Thimble opened a second shop.",
        "The R&D budget rose; Q&A sessions followed.",
        "Tickets cost 5 &c. at the gate.",
        "Write &nbsp to mean nothing at all.",
    ),
)
def html_entity(text: str, ctx: CheckContext) -> Iterator[Issue]:
    if "&" not in text:
        return
    for m in _ENTITY.finditer(text):
        decoded = _decoded(m.group())
        if decoded is None:
            continue
        in_url = bool(_URLISH.search(_token_around(text, m.start(), m.end())))
        shown = "a no-break space" if decoded == "\u00a0" else repr(decoded)
        yield ctx.issue(
            m.start(),
            len(m.group()),
            f"HTML entity {m.group()} in the text: the character is {shown}"
            + (" (inside a web address: keep it if the link needs it)" if in_url else ""),
            [decoded],
            confidence=0.7 if in_url else 0.95,
            safe=not in_url,
        )
