"""文号 (document numbers) cited in a report: ``武教督委〔2020〕1号``, damaged or not.

A 文号 is an issuer abbreviation, the year in brackets and a serial number with 号. Scraped
copies often lose the closing bracket (``武教督委〔20201号``, ``浙政教督办函〔202115)``) or both
brackets (``教财201814号``); those are read back where the split is certain: the year is the
first four digits and must lie in :data:`YEAR_RANGE`. Templates keep ``x`` for the issuer or
the serial (``x政〔2016〕x号``); they are kept as written. A template's year left blank
(``x政〔20xx〕x号``) leaves no document to cite: it is matched, so that nothing else is read in it,
and not reported.

:func:`find_doc_numbers` only marks; it never rewrites the text. Every result's ``text`` is
``text[start:end]`` of the input.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

import regex

from ..document import Document
from ..lang.dates import YEAR
from ..lang.docnumbers import BRACKET_FORMS, ISSUER_LEADING_WORDS, ISSUER_SUFFIXES
from ..lang.punctuation import CLOSE_BRACKET_CLASS, CLOSE_BRACKETS, OPEN_BRACKETS
from ..model.report import DocNumber
from ..patterns import char_class, char_led
from .noise import pinyin, wording_noise

__all__ = ["YEAR_RANGE", "find_doc_numbers"]

YEAR_RANGE: Final = (1990, 2039)

_OPEN = char_class(e.word for e in BRACKET_FORMS)
_CLOSE = char_class(e.value for e in BRACKET_FORMS)
_NORMALIZE_CLOSE = {e.word: e.value for e in BRACKET_FORMS}
_CLOSERS = tuple(CLOSE_BRACKETS)  # (a tuple: the empty string at a text's end is none of them)

_ISSUER_CHAR = regex.compile(r"[\p{Han}xX]")
_PLACEHOLDER_NUM = r"[xX×]{1,3}"
_HAO = "[号號]"  # 号, or 號 in a text in Traditional characters (kept as written)
_MAX_ISSUER_RUN = 12  # how far back an issuer is looked for; it is then cut to 8

# A well-formed 文号 (or a template one) after its issuer: bracketed year, serial, 号.
_WELL_FORMED = re.compile(
    rf"(?P<open>{_OPEN})[ \u3000]?+"
    rf"(?P<year>{YEAR}|(?:19|20)[xX]{{2}}|[xX]{{2,4}})"  # a year, or one left as a template
    rf"[ \u3000]?+(?P<close>{_CLOSE})[ \u3000]?+第?"
    rf"(?P<serial>\d{{1,4}}+|{_PLACEHOLDER_NUM})(?P<hao>{_HAO})?"
)

# The closing bracket lost: 〔20201号, 〔202115) — year and serial run together.
_LOST_CLOSE = re.compile(
    rf"(?P<open>{_OPEN})"
    rf"(?P<year>{YEAR})(?P<serial>\d{{1,4}}+)(?!\d)"
    rf"(?=[号號]|{CLOSE_BRACKET_CLASS}(?![号號\d]))(?P<hao>{_HAO})?"
)

# Where the two patterns above can match: an opening bracket, perhaps a space, then a year's first
# character. Neither match holds a second opening bracket, so trying both at these places only finds
# what their finditer finds, in one scan of the text instead of two.
_BRACKETED_AT = re.compile(rf"{_OPEN}(?=[ \u3000]?[12xX])")
_OPENERS = char_led(_BRACKETED_AT)  # (tried only where one stands)

# Both brackets lost: 教财201814号 (the issuer must end in a typical issuer character).
_SUFFIX_CLASS = char_class(e.word for e in ISSUER_SUFFIXES)
_NO_BRACKETS = {  # one pattern per form of 号: the engine searches for its literal, tried where the text holds it
    hao: regex.compile(rf"(?<={_SUFFIX_CLASS})(?P<year>{YEAR})(?P<serial>\d{{1,4}}+)(?!\d)(?P<hao>{hao})")
    for hao in _HAO.strip("[]")
}

_LEADING = re.compile("(?:" + "|".join(re.escape(e.word) for e in ISSUER_LEADING_WORDS) + ")")


def _issuer_start(text: str, pos: int) -> int:
    """Where the issuer ending at ``pos`` starts (``pos`` itself when there is none)."""
    start = pos
    while start > 0 and pos - start < _MAX_ISSUER_RUN and _ISSUER_CHAR.match(text, start - 1):
        start -= 1
    while pos - start > 1:
        m = _LEADING.match(text, start, pos)
        if m is None:
            break
        start = m.end()
    return max(start, pos - 8)


def _year_ok(year: str) -> bool:
    return YEAR_RANGE[0] <= int(year) <= YEAR_RANGE[1]


class _Taken:
    """Disjoint spans, added one at a time, asked whether a span overlaps one (by bisection)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end) - 1  # the last span starting before ``end``
        return i >= 0 and self.ends[i] > start  # (disjoint and sorted: its end is the furthest)

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def find_doc_numbers(doc: Document) -> tuple[DocNumber, ...]:
    """Every 文号 cited in the text outside its noise, normalized, first occurrence of each.

    >>> [d.normalized for d in find_doc_numbers(Document.of("按照《通知》(武教督委〔20201号)要求"))]
    ['武教督委〔2020〕1号']
    """
    text, in_noise = doc.text, wording_noise(doc)
    # a site's pinyin after the issuer's last character (甘政發(fā)〔2012〕): the issuer is read before it
    ruby_before = {e: s for s, e in pinyin(doc)}
    found: list[DocNumber] = []
    taken = _Taken()

    def add(m: re.Match[str], *, repaired: bool) -> None:
        issuer_end = ruby_before.get(m.start(), m.start())
        start, end = _issuer_start(text, issuer_end), m.end()
        issuer = text[start:issuer_end]
        if not issuer or in_noise.overlaps(start, end) or taken.overlaps(start, end):
            return
        year, serial = m.group("year"), m.group("serial")
        normalized = f"{issuer}〔{year}〕{serial}{m.group('hao') or '号'}"
        if not repaired and m.group("hao") is None:
            repaired = True  # 〔2020〕1) — only 号 was lost
        taken.add(start, end)
        found.append(
            DocNumber(start=start, end=end, text=text[start:end], normalized=normalized, repaired=repaired)
        )

    well_formed: list[re.Match[str]] = []
    lost_close: list[re.Match[str]] = []
    for at in _OPENERS.finditer(text):
        if (m := _WELL_FORMED.match(text, at.start())) is not None:
            well_formed.append(m)
        if (m := _LOST_CLOSE.match(text, at.start())) is not None:
            lost_close.append(m)
    for m in well_formed:
        close = _NORMALIZE_CLOSE[m.group("open")]
        if m.group("close") != close and not (m.group("open") in OPEN_BRACKETS and m.group("close") in CLOSE_BRACKETS):
            continue
        if m.group("hao") is None and not m.group("serial").isdigit():
            continue
        if m.group("hao") is None and text[m.end() : m.end() + 1] not in _CLOSERS:
            continue
        if not m.group("year").isdigit():
            continue  # 〔20xx〕: a template's blank year cites no document
        add(m, repaired=False)
    for m in lost_close:
        if _year_ok(m.group("year")):
            add(m, repaired=True)
    for hao, rx in _NO_BRACKETS.items():
        if hao not in text:
            continue
        for m in rx.finditer(text):
            if _year_ok(m.group("year")):
                add(m, repaired=True)

    found.sort(key=lambda d: d.start)
    seen: set[str] = set()
    unique: list[DocNumber] = []
    for d in found:
        if d.normalized not in seen:
            seen.add(d.normalized)
            unique.append(d)
    return tuple(unique)
