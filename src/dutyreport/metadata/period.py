"""What kind of report it is, and which years it is about.

The kind is the one whose cues weigh most, in the title and in the body (a body's cues capped where
they only say where a report was delivered). The years: those of the title, a year that opens the
report, the two neighbouring years its opening reports on, the evaluation year of a cited notice's
文号, else the years the body reports as fact (plan sections, targets, 《》, 文号, school years and a
signature's date left out), with a news article's dateline where it speaks of its own day; and the
year a text opens with before its first section (``2020年,县全面…``). The rule in full is in
:mod:`dutyreport.metadata`.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator, Sequence

import regex

from ..lang.dates import CENTURY_DIGITS, OPENING_YEAR, YEAR
from ..lang.metadata import (
    DATELINE_PRESENT,
    DEADLINE_SUFFIXES,
    FACT_CUES,
    KIND_CUES,
    PAGE_INFO_LABELS,
    PERIOD_EXCLUSIONS,
    REVIEWED_DUTIES,
    REVIEWED_YEAR_MARKERS,
    SELF_REVIEW_WORDS,
)
from ..lang.punctuation import COMMAS, FULL_STOPS, PART_ENDS, SEMICOLONS
from ..lang.script import words_alternation
from ..model.report import ReportKind, Section
from ..patterns import find_all, matches_at
from ..spans import SpanSet
from ..structure.sections import is_plan_heading
from ._common import _WS, Books
from .title import _is_page_info

# -- the kind's and the period's own settings -------------------------------------------------

_S, _R, _W, _I = ReportKind.SELF_ASSESSMENT, ReportKind.RECTIFICATION, ReportKind.WORK_REPORT, ReportKind.INSPECTION
# The most a kind's body cues add up to: where a report was delivered is one fact however many of its
# phrases appear, so a self-assessment, rectification or inspection title (3 and more) still wins —
# unless the title also names the education work it reports on (教育工作, 3 + 2 > 4).
_KIND_BODY_CAP: dict[ReportKind, int] = {_W: 2}
_INFO_LINES = 20  # how far down a page its dated source line is looked for

_KIND_ORDER = (_R, _I, _S, _W, ReportKind.OTHER)  # tie breaking
_DEADLINES = tuple(e.word for e in DEADLINE_SUFFIXES)
_FACT_EXEMPT = tuple(e.word for e in FACT_CUES)  # 截至2020年底 is a fact


# -- compiled ---------------------------------------------------------------------------------

_NEWS_SOURCE_RE = regex.compile(rf"(?:{'|'.join(re.escape(e.word) for e in PAGE_INFO_LABELS if e.value)})")
_INFO_DATE_RE = regex.compile(rf"(?<![0-9])(?<y>{YEAR})(?:[-/.年])[0-9]{{1,2}}")
_PRESENT_RE = regex.compile("|".join(f"(?:{e.pattern})" for e in DATELINE_PRESENT))

# What follows the year of a school year (2020-2021学年): no year reported as fact.
_SCHOOL_YEARS = tuple(e.word for e in PERIOD_EXCLUSIONS if e.value.tail)
_SCHOOL_YEAR = words_alternation(_SCHOOL_YEARS)
# A span of years: 2019年-2020年, 2020-2035年, 2021-2022学年 (``tail``).
_RANGE_RE = regex.compile(
    rf"""
    (?<![0-9]) (?<a>{YEAR}) \s* (?:年度|年)?
    \s* [-—–~～至到－] \s*
    (?<b>{YEAR}) (?![0-9])
    (?<tail> \s* (?:年度|年|{_SCHOOL_YEAR}) )?
    """,
    regex.VERBOSE,
)
# A year with 年 (or 年度, or 学年), a PDF's space allowed before it: not inside a 文号's brackets
# (〔2020〕), not part of a longer number; a month may follow (2018年12月).
_YEAR_RE = regex.compile(
    rf"(?<![0-9〔\[［])(?<y>{YEAR})[ \u3000]?(?<tail>年度|{_SCHOOL_YEAR}|年)(?:(?![0-9])|(?=[0-9]{{1,2}}月))"
)
# A date alone on its line (a signature's 2021年3月5日): the day the report was written, no year it reports on.
_DATE_LINE_RE = regex.compile(rf"[ \t\u3000]*{YEAR}[ \u3000]?年[0-9]{{1,2}}月[0-9]{{1,2}}日[ \t\u3000\r]*")
_TITLE_YEAR_RE = regex.compile(rf"(?<![0-9])(?<y>{YEAR})(?![0-9])")
_OPENING_YEAR_RE = regex.compile(OPENING_YEAR)
_LINE_START = regex.compile(r"^[ \t\u3000]*", regex.MULTILINE)
# 对2021年度履行教育职责情况开展了自查: the year whose duties the report reviews (lang.metadata.REVIEWED_DUTIES),
# then the words of its review in the same sentence (a PDF's line wraps and a comma may stand between), where they
# end the review's words (自查。, 自查自评工作,; not 自查发现的问题, 自评复核, 自评材料)
_REVIEW = words_alternation(e.word for e in SELF_REVIEW_WORDS)
_REVIEWED_YEAR_RE = regex.compile(
    rf"(?:{words_alternation(e.word for e in REVIEWED_YEAR_MARKERS)})\s*(?<y>{YEAR})\s*年度?\s*"
    rf"(?:{words_alternation(e.word for e in REVIEWED_DUTIES)})"
    rf"[^{re.escape(FULL_STOPS + SEMICOLONS)}]{{0,60}}?"
    rf"(?:{_REVIEW})(?:{_REVIEW})?(?=[{re.escape(FULL_STOPS + SEMICOLONS + COMMAS)}\s]|$)"
)
_OPENING_REACH = 600  # (how far into its words a report's opening is read for the year it reviews)
_DOCNO_YEAR_RE = regex.compile(rf"[〔\[［](?<y>{YEAR})")
_CLAUSE_END = PART_ENDS + COMMAS  # (a colon opens what follows, it ends no clause here)
_CLAUSE_RUN_RE = re.compile(f"[^{re.escape(_CLAUSE_END)}]{{0,40}}+")  # at most 40 characters
_PLAN_WORDS_AFTER = tuple(e.word for e in PERIOD_EXCLUSIONS if e.value.after)
_PLAN_WORDS_BEFORE = tuple(e.word for e in PERIOD_EXCLUSIONS if e.value.before)

_KIND_TITLE = tuple(c for c in KIND_CUES if c.value.where == "title")
_KIND_BODY = tuple(c for c in KIND_CUES if c.value.where == "body")
_KIND_BODY_RE = re.compile(words_alternation(c.word for c in _KIND_BODY))
_KIND_TITLE_RE = re.compile(words_alternation(c.word for c in _KIND_TITLE))
_KIND_BODY_CUE = {c.word: c.value for c in _KIND_BODY}


# -- kind -------------------------------------------------------------------------------------


def _kind(title: str | None, body: str) -> ReportKind:
    """The kind whose cues weigh most: in the title, and in the body (pinyin after its characters left out)."""
    scores: Counter[ReportKind] = Counter()
    if title:
        for cue in _KIND_TITLE:
            at = title.rfind(cue.word)
            if at >= 0 and not (cue.value.last and _KIND_TITLE_RE.search(title, at + len(cue.word))):
                scores[cue.value.kind] += cue.value.weight
    seen: set[str] = set()
    in_body: Counter[ReportKind] = Counter()
    for m in _KIND_BODY_RE.finditer(body):
        if m.group() not in seen:
            seen.add(m.group())
            said = _KIND_BODY_CUE[m.group()]
            in_body[said.kind] += said.weight
    for k, w in in_body.items():
        scores[k] += min(w, _KIND_BODY_CAP.get(k, w))
    if not scores:
        return ReportKind.OTHER
    best = max(scores.values())
    return next(k for k in _KIND_ORDER if scores.get(k, 0) == best)


# -- period -----------------------------------------------------------------------------------


def _years_in_title(title: str) -> tuple[int, ...]:
    m = _RANGE_RE.search(title)
    if m is not None and (m.group("tail") or "").strip() not in _SCHOOL_YEARS:
        a, b = int(m.group("a")), int(m.group("b"))
        if 0 < b - a <= 5:
            return tuple(range(a, b + 1))
    years = sorted({int(m.group("y")) for m in _TITLE_YEAR_RE.finditer(title)})
    return tuple(years)


def _excluded_zones(books: Books, sections: Sequence[Section]) -> list[tuple[int, int]]:
    """The 《…》 of the folded text of ``books`` and its unnumbered and plan sections (``sections``: every
    section, as :attr:`~dutyreport.document.SectionIndex.every` lists them). A heading is read folded where
    the folded text holds it (folding is one character for one)."""
    text = books.text
    zones = list(books.spans)
    for s in sections:
        if s.number is None or is_plan_heading(text[s.heading_start : s.heading_end]):
            zones.append((s.start, s.end))
    return sorted(zones)


def _clause_after(text: str, i: int) -> str:
    """The rest of the clause after a year; a topic year (``2019年,…将…``) reads the next clause."""
    if i < len(text) and text[i] in COMMAS:
        i += 1
    m = _CLAUSE_RUN_RE.match(text, i)
    return m.group() if m is not None else ""


def _is_plan_year(text: str, start: int, end: int) -> bool:
    if text.startswith(_DEADLINES, end):
        return True
    before = text[max(0, start - 4) : start]
    if before.endswith(_FACT_EXEMPT):
        return False
    if any(w in before for w in _PLAN_WORDS_BEFORE):
        return True
    clause = _clause_after(text, end)
    return any(w in clause for w in _PLAN_WORDS_AFTER)


def _year_places(text: str) -> list[int]:
    """Where a year can start: each place a century's two digits stand (``19``, ``20``: every year and every
    span of years starts with them), in order. The year patterns are tried there only, not at every character."""
    return sorted(i for century in CENTURY_DIGITS for i in find_all(text, century))


def _matches(
    rx: regex.Pattern[str], text: str, lo: int, hi: int, places: list[int] | None
) -> Iterator[regex.Match[str]]:
    """What ``rx.finditer(text, lo, hi)`` finds, for a pattern whose matches start at one of ``places`` (sorted;
    None: all places), tried there only."""
    if places is None:
        yield from rx.finditer(text, lo, hi)
        return
    yield from matches_at(rx, text, places[bisect.bisect_left(places, lo) : bisect.bisect_left(places, hi)], hi)


def _fact_years(text: str, lo: int, hi: int, mask: SpanSet, zones: SpanSet, places: list[int]) -> Counter[int]:
    """The years reported as fact between lo and hi, each with how often, outside ``mask`` and ``zones`` (the
    :func:`_excluded_zones` of the text); ``places``: its :func:`_year_places`."""
    years: Counter[int] = Counter()
    in_range: set[int] = set()
    for m in _matches(_RANGE_RE, text, lo, hi, places):
        in_range.update(range(m.start(), m.end()))
        if mask.hit(m.start()) or zones.hit(m.start()):
            continue
        if (m.group("tail") or "").strip() in _SCHOOL_YEARS or _is_plan_year(text, m.start(), m.end()):
            continue
        a, b = int(m.group("a")), int(m.group("b"))
        if 0 < b - a <= 5:
            years[b] += 1
    for m in _matches(_YEAR_RE, text, lo, hi, places):
        s = m.start()
        if s in in_range or mask.hit(s) or zones.hit(s) or m.group("tail") in _SCHOOL_YEARS:
            continue
        if _is_plan_year(text, s, m.end()) or (text[m.end() : m.end() + 1].isdigit() and _is_date_line(text, s)):
            continue
        years[int(m.group("y"))] += 1
    return years


def _is_date_line(text: str, i: int) -> bool:
    """Whether the date at i stands alone on its line (a signature's 2021年3月5日)."""
    lo = text.rfind("\n", 0, i) + 1
    hi = text.find("\n", i)
    return _DATE_LINE_RE.fullmatch(text, lo, len(text) if hi < 0 else hi) is not None


def _top_years(facts: Counter[int]) -> tuple[int, ...]:
    """The year reported most often; two neighbouring years reported equally often are both the period
    (a 2021 performance and the 2022 work, each named once)."""
    top = max(facts.values())
    tied = sorted(y for y, c in facts.items() if c == top)
    if len(tied) == 2 and tied[1] - tied[0] == 1:
        return tuple(tied)
    return (tied[-1],)


def _dateline_year(text: str, lines: list[tuple[int, int]]) -> int | None:
    """The year of a news article's dated source line (``2019-03-26 16:52 来源: …``)."""
    for lo, hi in lines:
        if _is_page_info(text, lo, hi) and _NEWS_SOURCE_RE.search(text, lo, hi) is not None:
            d = _INFO_DATE_RE.search(text, lo, hi)
            if d is not None:
                return int(d.group("y"))
    return None


def _speaks_of_its_day(text: str, lo: int, hi: int, mask: SpanSet) -> bool:
    """An article that says 截至目前, 近日 or dates an event with no year speaks of the day it is dated."""
    return any(not mask.hit(m.start()) for m in _PRESENT_RE.finditer(text, lo, hi))


def _period(text: str, title: str | None, opening: tuple[int, int], body: tuple[int, int], mask: SpanSet,
            books: Books, sections: Sequence[Section], dateline: int | None = None) -> tuple[int, ...]:
    """The period (the rule is :mod:`dutyreport.metadata`'s), of the folded ``text`` (``books``: its 《》)."""
    if title:
        years = _years_in_title(title)
        if years:
            return years
    o_lo, o_hi = opening
    own_opening = mask.outside(text, o_lo, o_hi).lstrip(_WS + "\n")
    m = _OPENING_YEAR_RE.match(own_opening)
    if m is not None and m.group("after") != "是":  # 2020年，… or 2020年以来，… opens a report on 2020
        return (int(m.group("y")),)
    # the opening names the two years the report covers (…2021年度履行教育职责情况和2022年重点工作情况…)
    zones = SpanSet(_excluded_zones(books, sections))
    places = _year_places(text)
    opened = _fact_years(text, o_lo, o_hi, mask, zones, places) if o_hi > o_lo else None
    scope = sorted(opened) if opened is not None else []
    if len(scope) == 2 and scope[1] - scope[0] == 1:
        return tuple(scope)
    # (a report without sections opens with its whole body: its years are not read twice)
    if opened is not None and (o_lo, o_hi) == body:
        facts = opened
    else:
        facts = _fact_years(text, body[0], body[1], mask, zones, places)
    d = _DOCNO_YEAR_RE.search(own_opening)
    if d is not None:
        e = int(d.group("y"))
        if facts.get(e) or facts.get(e + 1):
            return (e, e + 1) if facts.get(e + 1) else (e,)
        if facts.get(e - 1):
            return (e - 1,)
    period = _top_years(facts) if facts else ()
    # a news article's own day: the year of its dateline, where the body speaks of that day
    if (
        dateline is not None
        and (not period or 0 <= dateline - period[-1] <= 1)
        and _speaks_of_its_day(text, body[0], body[1], mask)
    ):
        period = tuple(sorted({*period, dateline}))
    return period


# -- opening year -----------------------------------------------------------------------------


def _reviewed_year(text: str, mask: SpanSet, books: Books, body: int, first: int, period: Sequence[int]) -> int | None:
    """The year whose duties a report's opening says it reviews (对2021年度履行教育职责情况开展了全面自查): in its
    words between its title and its first section (from ``body`` to ``first``, a few paragraphs at most), outside a
    cited document's title, and one of the years it covers (``period``). A title's year (关于2023年度履行教育职责
    情况的自评报告) is the period's, not a statement that dates figures."""
    for m in _REVIEWED_YEAR_RE.finditer(text, body, min(first, body + _OPENING_REACH)):
        y = m.start("y")
        if mask.hit(y) or books.span_set.hit(y):
            continue
        clause = text[max(text.rfind(c, body, m.start()) for c in _CLAUSE_END) + 1 : m.start()]
        if any(w in clause for w in _PLAN_WORDS_BEFORE):
            continue  # (将对2024年度…开展自查: a review to come)
        year = int(m.group("y"))
        return year if not period or year in period else None
    return None


def _opening_year(text: str, mask: SpanSet, first: int) -> int | None:
    """A report that opens ``2020年,县全面领会…`` before its first section is about that year."""
    for line in _LINE_START.finditer(text, 0, first):
        m = _OPENING_YEAR_RE.match(text, line.end(), first)
        if m is not None and m.group("after") in COMMAS and not mask.hit(m.start("y")):
            return int(m.group("y"))
    return None
