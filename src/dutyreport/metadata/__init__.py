"""What a report is: its title, the government it is about, what kind of report it is, which years.

Everything is read from tables of words (each entry with an example a test parses back):
title endings, site labels and a collection page's tails (``三篇``), the lines of a page that are
no title (navigation, its information line: ``来源:`` with a date), the endings of place names at
every level (省/自治区, 市/州/盟, 区/县/旗, 街道/镇/乡, the corps' 师/团) with the words that make one the
reporting government (``石桥区委``, ``清河区人民政府``) and the words that look like one but are not
(``全区``, ``示范区``), self-references (``我县``, ``我街道``), the cues of each report kind with a
weight, and the contexts that make a year a plan rather than a fact (``到2025年``, ``工作目标``).
A report in traditional characters is read on its folded copy (:func:`dutyreport.lang.script.fold`, one character
for one, so every offset holds); the title and the region are given as written.

The title is the first title-like line before the first section (a genre word spread out as
``自 查 报 告`` read as one word); else the headline above a page's information line, or the line
above a subtitle (``——…的汇报``); a fuller copy of it below (``xx县人民政府…`` under the site's
``政府…``) replaces it; a title a PDF wrapped takes in its first line; last, a title run into the first
sentence (``…自评报告xx街道是…``). A first list item with no words under it that ends as a title
(``1、2022年…工作总结``) is the title's line, the number outside the title (the item stays in the section tree).

The region is the place the title names (the ending after a masked name, ``XX管理区``, is none);
else the name in government contexts (the signature
under the last section included) at the level the report calls its own; else, in a text that
calls no government its own (a notice, a news item), the name it keeps returning to.

The period rule, in order:

1. the years of the title (``2021年-2022年上半年`` → 2021, 2022; ``2019年度`` → 2019);
2. a year that opens the report's first paragraph (``2020年,县全面…`` → 2020);
3. two neighbouring years the opening reports on (``就2021年度履行教育职责情况和2022年重点工作情况
   进行自查`` → 2021, 2022);
4. the evaluation year of the notice cited before the first section (its 文号 ``〔2020〕``), plus
   the next year when the body reports it as fact;
5. else the year the body reports most often as fact (two neighbouring years, equally often: both),
   with the year of a news article's dateline where the article speaks of its own day (``截至目前``,
   a date with no year); a site's publish or upload date is never a year of the period.

Fact years leave out plan sections (``下一步``, ``今后努力方向``), document titles in 《》, 文号,
school years, targets (``到2025年``, ``…的工作目标``), long plan ranges (``2020-2035``) and a date
alone on its line (a signature's).

The readers are the modules of this package: :mod:`.title` (the title and where it stands),
:mod:`.region` (the region and its level), :mod:`.period` (the kind, the period and the opening
year); :func:`read_metadata` calls them in that order.
"""

from __future__ import annotations

from collections import Counter

from attrs import frozen

from ..document import Document, Years
from ..lang.script import ascii_digits, fold
from ..model.report import AdminLevel, ReportKind, Section
from ._common import Books
from .period import (
    _INFO_LINES,
    _dateline_year,
    _kind,
    _opening_year,
    _period,
    _reviewed_year,
    _speaks_of_its_day,
)
from .region import (
    _LEVEL,
    _PLACEHOLDER_RE,
    _REGION_MIN_MENTIONS,
    _REGION_MIN_SCORE,
    _admin_level,
    _bare_title_region,
    _dominant_name,
    _level_of_name,
    _region_candidates,
    _self_suffix,
    _title_level,
    _title_region,
)
from .title import _clean, _find_title, _lines, _title_score, _without_rubies

__all__ = ["Metadata", "read_metadata"]

_TITLE_ENDING_MIN = 2  # the score of a report word's ending (报告, 总结, 意见: lang.metadata.TITLE_ENDINGS)


@frozen(kw_only=True)
class Metadata:
    """A report's title (and where it stands), region, administrative level, kind and period."""

    title: str | None
    title_span: tuple[int, int] | None
    region: str | None
    admin_level: AdminLevel | None
    kind: ReportKind
    years: Years

    @property
    def period(self) -> tuple[int, ...]:
        return self.years.period


# -- entry point ------------------------------------------------------------------------------


def _as_written(text: str, folded: str, word: str, lo: int) -> str:
    """A name found in the folded text, as the text writes it (湖南省 for 湖南省, 清河縣 for 清河县)."""
    i = folded.find(word, lo)
    if i < 0:
        i = folded.find(word)
    return text[i : i + len(word)] if i >= 0 else word


def _first_section(text: str, sections: tuple[Section, ...]) -> int:
    """Where the report's first section starts; a first item of a list numbered with no words under it whose
    heading ends as a title does (``1、2022年某县教育局年度工作总结``, a site's number before the title), with
    another section after it, is the title's line, not the first section."""
    if not sections:
        return len(text)
    head = sections[0]
    if (
        len(sections) > 1
        and head.number is not None
        and not head.children
        and not text[head.heading_end : head.end].strip()
        and _title_score(text[head.heading_start : head.heading_end]) >= _TITLE_ENDING_MIN
    ):
        return sections[1].start
    return head.start


def read_metadata(doc: Document) -> Metadata:
    """Title, region, administrative level, kind, period and opening year of a report; reads the
    Document's noise and sections. Traditional characters are read as their simplified forms
    (:func:`dutyreport.lang.script.fold`); the title and the region are given as written.

    >>> from dutyreport.pipeline import document
    >>> md = read_metadata(document("2018年度某某区履行教育职责反馈问题整改报告\\n一、基本情况\\n我区…"))
    >>> md.title, md.kind.value, md.period, md.admin_level.value
    ('2018年度某某区履行教育职责反馈问题整改报告', 'rectification', (2018,), '区')
    >>> md = read_metadata(document("清河縣人民政府履行教育職責自查報告\\n一、基本情況\\n全縣…"))
    >>> md.title, md.region, md.admin_level.value, md.kind.value
    ('清河縣人民政府履行教育職責自查報告', '清河縣', '县', 'self_assessment')
    """
    text, mask, sections = doc.text, doc.noise_index, doc.sections
    folded = doc.folded
    books = Books(folded)  # (the 《》 of the folded text: scanned once, where a reader first asks)
    first = _first_section(text, sections)
    body_end = sections[-1].end if sections else len(text)

    title_span = _find_title(folded, first, mask)
    title = ftitle = None
    if title_span is not None:
        title, ftitle = _clean(text, *title_span, mask), _clean(folded, *title_span, mask)
    after_title = title_span[1] if title_span else 0
    opening = (after_title, first if first > after_title else after_title)

    # region and level
    region = _title_region(title) if title else None
    body_lo = after_title
    if region is None and ftitle:
        word_ = _bare_title_region(ftitle, folded, body_lo)
        region = _as_written(text, folded, word_, body_lo) if word_ is not None else None
    own = _self_suffix(folded, body_lo, body_end, mask)
    fits = _LEVEL[own] if own is not None else None
    if region is None:
        # the whole text after the title: the signature under the last section names the government too
        scores = _region_candidates(folded, body_lo, len(text), mask)
        if fits is not None:
            scores = Counter({w: c for w, c in scores.items() if _level_of_name(w) == fits})
        if scores:
            word, score = scores.most_common(1)[0]
            if score >= _REGION_MIN_SCORE and folded.count(word, body_lo) >= _REGION_MIN_MENTIONS:
                region = _as_written(text, folded, word, body_lo)
    if region is None and fits is None:
        # a text that never calls a government its own (a notice, a news item) is about the one it names most
        word_ = _dominant_name(folded, body_lo, body_end, mask, books)
        region = _as_written(text, folded, word_, body_lo) if word_ is not None else None
    admin_level: AdminLevel | None = None
    if region is not None:
        fregion = fold(region)
        admin_level = _admin_level(_level_of_name(fregion), folded, fregion, mask, books)
    else:
        ph = _PLACEHOLDER_RE.search(ftitle) if ftitle else None
        # (a government the title names by its level alone gives the level only where the body gives none)
        level = _LEVEL[ph.group("suf")] if ph is not None else fits or (_title_level(ftitle) if ftitle else None)
        if level is not None:
            admin_level = _admin_level(level, folded, None, mask, books)

    kind = _kind(ftitle, _without_rubies(folded[body_lo:body_end]))
    # the years are read with full-width digits as ASCII ones (２０２３年), one character for one
    digits, dtitle = ascii_digits(folded), ascii_digits(ftitle) if ftitle is not None else None
    dateline = _dateline_year(digits, _lines(digits, first)[:_INFO_LINES])
    period = _period(digits, dtitle, opening, (body_lo, body_end), mask, books, doc.section_index.every, dateline)
    # a page dated in the one year it reports on, or a news item speaking of the day it is dated and reporting on
    # that year: its undated figures are of that year
    dated = (
        dateline
        if dateline is not None
        and period[-1:] == (dateline,)
        and (len(period) == 1 or _speaks_of_its_day(digits, body_lo, body_end, mask))
        else None
    )
    years = Years(
        period=period,
        opening=_opening_year(digits, mask, first),
        dated=dated,
        reviewed=_reviewed_year(digits, mask, books, body_lo, first, period),
    )
    return Metadata(
        title=title, title_span=title_span, region=region, admin_level=admin_level, kind=kind, years=years
    )
