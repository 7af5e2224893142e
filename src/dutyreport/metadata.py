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
``政府…``) replaces it; last, a title run into the first sentence (``…自评报告xx街道是…``).

The region is the place the title names; else the name in government contexts (the signature
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
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import regex
from attrs import frozen

from .clean.lines import find_all
from .document import Document, Years
from .lang.dates import CENTURIES, OPENING_YEAR, YEAR
from .lang.entry import Entry, PatternEntry
from .lang.metadata import (
    COLLECTION_TAILS,
    COMMITTEE_FALSE_FRIENDS,
    CORPS_UNITS,
    COUNTY_CITY_CUES,
    DATELINE_PRESENT,
    DEADLINE_SUFFIXES,
    FACT_CUES,
    GENRE_WORDS,
    INNER_SUFFIXES,
    KIND_CUES,
    NAME_BOUNDARIES,
    NAV_SEPARATORS,
    NON_REGION_WORDS,
    PAGE_INFO_LABELS,
    PERIOD_EXCLUSIONS,
    PINYIN_RUBY,
    PLACEHOLDER_MARKS,
    PLACEHOLDER_NAMES,
    REGION_CONTEXTS,
    REGION_SUFFIXES,
    SELF_REFERENCES,
    SENTENCE_TAILS,
    SITE_LABELS,
    SUBTITLE_MARKS,
    TITLE_CORE,
    TITLE_ENDINGS,
    TITLE_HEAD_ENDS,
    TITLE_REGION_CONTEXTS,
    LevelCue,
    RegionLevel,
)
from .lang.punctuation import COMMAS, PART_ENDS
from .lang.script import fold
from .model.report import AdminLevel, ReportKind, Section
from .spans import SpanSet
from .structure.sections import is_plan_heading

__all__ = ["Metadata", "read_metadata"]


def _words(table: tuple[Entry[object], ...]) -> str:
    """The words of a table as a regex alternation, longest first."""
    return "|".join(re.escape(w) for w in sorted((e.word for e in table), key=len, reverse=True))


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


# -- the stage's own settings (its words are the tables of lang.metadata) ----------------------

_NAV_CRUMB_MAX = 10  # a crumb longer than this may be the title itself
_S, _R, _W, _I = ReportKind.SELF_ASSESSMENT, ReportKind.RECTIFICATION, ReportKind.WORK_REPORT, ReportKind.INSPECTION
# The most a kind's body cues add up to: where a report was delivered is one fact however many of its
# phrases appear, so a self-assessment, rectification or inspection title (3 and more) still wins —
# unless the title also names the education work it reports on (教育工作, 3 + 2 > 4).
_KIND_BODY_CAP: dict[ReportKind, int] = {_W: 2}
_REGION_MIN_SCORE = 6  # one government context (区委, 人民政府) or three weaker ones
_REGION_MIN_MENTIONS = 2  # a name met once (召开县委…) is too likely a misread
_DOMINANT_MIN_MENTIONS = 3  # a name with no government context: met this often, and twice as often as another
_SELF_MIN_MENTIONS = 2  # one 本县 in a national notice (公众对本县…) says nothing of the writer
_HEADLINE_MIN_HAN = 6  # a page's headline above its information line has at least these many characters
_FULLER_TITLE_LINES = 12  # how far below a title a fuller copy of it is looked for
_FULLER_TITLE_LINE_MAX = 120  # a longer line is a paragraph, never a copy of the title
_INFO_LINES = 20  # how far down a page its dated source line is looked for
_GLUED_TITLE_MAX = 40  # the longest title run into its report's first sentence
_NAME_MAX = 4  # the longest place name before most endings (longer ones: RegionLevel.longest_name)

_KIND_ORDER = (_R, _I, _S, _W, ReportKind.OTHER)  # tie breaking
_DEADLINES = tuple(e.word for e in DEADLINE_SUFFIXES)
_FACT_EXEMPT = tuple(e.word for e in FACT_CUES)  # 截至2020年底 is a fact


# -- script -------------------------------------------------------------------------------------



# -- compiled ---------------------------------------------------------------------------------

_WS = " \t\r\u3000\xa0\u2002\u2003\u2009\u200b\ufeff"
_CJK = r"\p{Han}"
_CJK_CHAR = regex.compile(_CJK)
_LEVEL: dict[str, RegionLevel] = {e.word: e.value for e in REGION_SUFFIXES}
_SUFFIX = _words(REGION_SUFFIXES)  # 自治区|街道|省|市|…, longest first
_SUFFIX_RE = re.compile(_SUFFIX)  # (the standard engine: no \p{..} needed, and faster here)
_INNER = frozenset(e.word for e in INNER_SUFFIXES)
_CORPS = tuple((regex.compile(e.pattern), level) for e, level in CORPS_UNITS)
_CORPS_LEVEL = {e.pattern[-1]: level for e, level in CORPS_UNITS}  # 师, 团
_REGION_CTX_WEIGHT = {c.word: c.value for c in REGION_CONTEXTS}
_REGION_CTX_RE = re.compile(_words(REGION_CONTEXTS))
_SUFFIX_IN_CONTEXT_RE = re.compile(rf"(?:{_SUFFIX})(?=(?:{_words(REGION_CONTEXTS)}))")
_NOT_COMMITTEE = tuple(e.word for e in COMMITTEE_FALSE_FRIENDS)
_TITLE_CTX_RE = regex.compile(rf"(?:{_words(TITLE_REGION_CONTEXTS)})|[0-9]|$")
# A title that opens with a place's name without its ending (衡山教育局关于…, 清河2021年…).
_BARE_TITLE_NAME_RE = regex.compile(rf"\p{{Han}}{{2,3}}?(?=(?:{_words(TITLE_REGION_CONTEXTS)})|[0-9])")
_NON_REGION = tuple(sorted((w.word for w in NON_REGION_WORDS), key=len, reverse=True))
_LEFT_BOUNDARY = frozenset(e.word for e in NAME_BOUNDARIES) | frozenset(
    "《“\"、，,。：:；;（()）》” \t\u3000\xa0"
)
_PLACEHOLDER_HEADS = frozenset(e.word for e in PLACEHOLDER_NAMES)
_MARKS = "".join(e.word for e in PLACEHOLDER_MARKS)
_MARK_CLASS = f"[{re.escape(_MARKS)}]"
_PLACEHOLDER_RE = regex.compile(rf"(?:{_words(PLACEHOLDER_NAMES)}|{_MARK_CLASS}{{1,4}})(?<suf>{_SUFFIX})")
_MARKS_ONLY_RE = regex.compile(rf"{_MARK_CLASS}{{1,4}}")
_SELF_RE = re.compile(_words(SELF_REFERENCES))
_SELF_SUFFIX = {s.word: s.value for s in SELF_REFERENCES}
_LEVEL_CUES = tuple((regex.compile(e.pattern, regex.MULTILINE), e, cue) for e, cue in COUNTY_CITY_CUES)
_ENDING_RE = regex.compile(f"(?:{_words(TITLE_ENDINGS)})$")
_ENDING_WEIGHT = {e.word: e.value for e in TITLE_ENDINGS}
_LABELS = tuple(sorted((w.word for w in SITE_LABELS), key=len, reverse=True))
_HEAD_LABELS = tuple(w for w in _LABELS if w[0] in "【[")


def _by_char(words: tuple[str, ...], at: int) -> dict[str, tuple[str, ...]]:
    """The words by their character at ``at`` (0: the first, -1: the last), each group in the words' order:
    only the labels that end (or start) with a piece's last (or first) character are tried on it."""
    out: dict[str, tuple[str, ...]] = {}
    for w in words:
        out[w[at]] = (*out.get(w[at], ()), w)
    return out


_LABELS_BY_LAST = _by_char(_LABELS, -1)
_HEAD_LABELS_BY_FIRST = _by_char(_HEAD_LABELS, 0)
_TAIL_RE = regex.compile("(?:" + "|".join(e.pattern for e in COLLECTION_TAILS) + ")$")
_GENRE = frozenset(w.word for w in GENRE_WORDS)
_SEPS = frozenset(w.word for w in NAV_SEPARATORS)
_SLASHES = frozenset("/／")
_SEP_RE = re.compile(f"[{re.escape(''.join(sorted(_SEPS)))}]")
_BREAK_RE = re.compile(f"[{re.escape(_WS + ''.join(sorted(_SEPS)))}]")  # a space or a separator: where a segment ends
_TITLE_HEAD_RE = regex.compile(rf"(?:{_words(TITLE_HEAD_ENDS)}|{_SUFFIX})$")
_SUBTITLE = tuple(e.word for e in SUBTITLE_MARKS)
_INFO_RE = regex.compile(
    rf"(?:{_words(PAGE_INFO_LABELS)})[ \t\u3000]*[:：]|(?<![0-9])(?:{YEAR})[-/.][0-9]{{1,2}}[-/.][0-9]{{1,2}}(?![0-9])"
)
_NEWS_SOURCE_RE = regex.compile(rf"(?:{'|'.join(re.escape(e.word) for e in PAGE_INFO_LABELS if e.value)})")
_INFO_DATE_RE = regex.compile(rf"(?<![0-9])(?<y>{YEAR})(?:[-/.年])[0-9]{{1,2}}")
_PRESENT_RE = regex.compile("|".join(f"(?:{e.pattern})" for e in DATELINE_PRESENT))
_RUBY_RE = regex.compile(PINYIN_RUBY.pattern)
_RUBY_OPENERS = "(（"  # what every match of _RUBY_RE starts with (the tests hold _without_rubies to its sub)
# A letter-spaced run of characters (自 查 报 告), and the space before it: a reader reads 自查报告.
_SPACED_RUN_RE = regex.compile(r"[ \u3000\xa0]*(?<!\p{Han})\p{Han}(?!\p{Han})(?:[ \u3000\xa0]+\p{Han}(?!\p{Han})){2,}")
_SPACE_RE = regex.compile(r"[ \u3000\xa0]+")
# A space a PDF puts between a Latin letter or digit and a character (xx 县, 2022 年).
_PDF_GAP_RE = regex.compile(r"(?<=[0-9A-Za-z])[ \u3000\xa0]+(?=\p{Han})|(?<=\p{Han})[ \u3000\xa0]+(?=[0-9A-Za-z])")
_GLUED_RE = regex.compile(
    rf"[^\s，,。：:；;！？!?、（）()《》“”\"]{{2,{_GLUED_TITLE_MAX}}}?(?:{_words(GENRE_WORDS)})"
)
# A short remark in brackets after a title's ending (…自查报告(区县)): the ending is read before it.
_REMARK_RE = regex.compile(r"[(（][^()（）]{1,8}[)）]$")
_SENTENCE_TAILS = tuple(e.word for e in SENTENCE_TAILS)

# What follows the year of a school year (2020-2021学年): no year reported as fact.
_SCHOOL_YEARS = tuple(e.word for e in PERIOD_EXCLUSIONS if e.value.tail)
_SCHOOL_YEAR = "|".join(re.escape(w) for w in _SCHOOL_YEARS)
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
_DOCNO_YEAR_RE = regex.compile(rf"[〔\[［](?<y>{YEAR})")
_BOOK_RE = regex.compile(r"《[^《》\n]{0,120}(?:\n[^《》\n]{0,120})?》")  # a PDF's line break inside
_CLAUSE_END = PART_ENDS + COMMAS  # (a colon opens what follows, it ends no clause here)
_CLAUSE_RUN_RE = re.compile(f"[^{re.escape(_CLAUSE_END)}]{{0,40}}+")  # at most 40 characters
_PLAN_WORDS_AFTER = tuple(e.word for e in PERIOD_EXCLUSIONS if e.value.after)
_PLAN_WORDS_BEFORE = tuple(e.word for e in PERIOD_EXCLUSIONS if e.value.before)

_KIND_TITLE = tuple(c for c in KIND_CUES if c.value.where == "title")
_KIND_BODY = tuple(c for c in KIND_CUES if c.value.where == "body")
_KIND_BODY_RE = re.compile("|".join(re.escape(c.word) for c in _KIND_BODY))
_KIND_BODY_CUE = {c.word: c.value for c in _KIND_BODY}


# -- title ------------------------------------------------------------------------------------


def _strip_labels(text: str, s: int, e: int) -> tuple[int, int]:
    """A piece without the labels a site glues to its ends (范文, 【精编】) and a collection's tail (三篇)."""
    changed = True
    while changed and e > s:
        changed = False
        while e > s and text[e - 1] in _WS:
            e -= 1
        for lab in _LABELS_BY_LAST.get(text[e - 1], ()) if e > s else ():
            if e - s > len(lab) and text.endswith(lab, s, e):
                e -= len(lab)
                changed = True
                break
        tail = _TAIL_RE.search(text, s, e)
        if tail is not None and tail.start() > s:
            e = tail.start()
            changed = True
        while s < e and text[s] in _WS:
            s += 1
        for lab in _HEAD_LABELS_BY_FIRST.get(text[s], ()) if e > s else ():
            if e - s > len(lab) and text.startswith(lab, s, e):
                s += len(lab)
                changed = True
                break
    return s, e


def _readable(own: str) -> str:
    """A title as a reader reads it: no pinyin after its characters, no letter spacing, no PDF gaps."""
    if "(" in own or "（" in own:
        own = str(_RUBY_RE.sub("", own))
    if " " in own or "\u3000" in own or "\xa0" in own:
        own = str(_SPACED_RUN_RE.sub(_unspaced, own))
        own = str(_PDF_GAP_RE.sub("", own))
    return own.strip(_WS)


def _without_rubies(text: str) -> str:
    """``_RUBY_RE.sub("", text)``, the pattern tried only at the brackets a pinyin ruby opens with (a body
    has few of them; the engine's own search would try it at every character)."""
    at = sorted(i for b in _RUBY_OPENERS for i in find_all(text, b))
    parts: list[str] = []
    last = 0
    for i in at:
        if i < last:
            continue  # inside a ruby already taken
        m = _RUBY_RE.match(text, i)
        if m is not None:
            parts.append(text[last:i])
            last = m.end()
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


def _unspaced(m: regex.Match[str]) -> str:
    return str(_SPACE_RE.sub("", m.group()))


def _clean(text: str, s: int, e: int, mask: SpanSet) -> str:
    return _readable(mask.outside(text, s, e))


def _title_score(seg: str) -> int:
    if not seg or len(seg) > 60 or "。" in seg or seg[-1] in ":：":
        return 0
    score = 0
    remark = _REMARK_RE.search(seg)
    m = _ENDING_RE.search(seg, 0, remark.start() if remark is not None and remark.start() > 0 else len(seg))
    if m is not None:
        score += _ENDING_WEIGHT[m.group()]
    if TITLE_CORE.word in seg:
        score += TITLE_CORE.value
    return score


def _is_separator(text: str, i: int) -> bool:
    """A crumb separator at i; a slash between digits (``2023/05``, ``2020/2021``) is not one."""
    c = text[i]
    if c not in _SEPS:
        return False
    between_digits = 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
    return not (c in _SLASHES and between_digits)


def _segments(text: str, lo: int, hi: int, mask: SpanSet) -> list[tuple[int, int]]:
    """Runs of own (non-noise, non-space) characters of a line, split at spaces, crumb separators and noise.

    The stretches between noise are cut where a space or a separator stands (:data:`_BREAK_RE` finds
    them; a slash between digits is none): no test of every character against the noise."""
    segs: list[tuple[int, int]] = []
    for a, b in _own_stretches(mask, lo, hi):
        i = a
        for m in _BREAK_RE.finditer(text, a, b):
            k = m.start()
            if text[k] in _SLASHES and not _is_separator(text, k):
                continue  # 2023/05: inside the run
            if k > i:
                segs.append((i, k))
            i = k + 1
        if b > i:
            segs.append((i, b))
    return segs


def _own_stretches(mask: SpanSet, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """The stretches of ``[lo, hi)`` outside the spans of ``mask``, in order."""
    starts, ends = mask.starts, mask.ends
    k = bisect.bisect_right(ends, lo)  # the first span that ends after lo
    pos = lo
    while pos < hi:
        if k < len(starts) and starts[k] <= pos:
            pos = ends[k]
            k += 1
            continue
        stop = min(hi, starts[k]) if k < len(starts) else hi
        yield pos, stop
        pos = stop


def _is_navigation(text: str, lo: int, hi: int, mask: SpanSet) -> bool:
    """A line of crumbs: parted by at least one separator, every crumb short (``范文大全 > 自查报告``)."""
    if _SEP_RE.search(text, lo, hi) is None:
        return False  # most lines: no separator at all
    crumbs: list[int] = [0]
    seps = 0
    for i in range(lo, hi):
        if mask.hit(i) or text[i] in _WS:
            continue
        if _is_separator(text, i):
            seps += 1
            crumbs.append(0)
        else:
            crumbs[-1] += 1
    return seps > 0 and all(n <= _NAV_CRUMB_MAX for n in crumbs)


def _is_page_info(text: str, lo: int, hi: int) -> bool:
    """A page's information line (``时间: 2022-05-27 来源: …``, ``上传人: … 页数:3``), noise or not."""
    return _INFO_RE.search(text, lo, hi) is not None


def _is_genre_word(title: str) -> bool:
    return title in _GENRE


def _lines(text: str, limit: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    while pos < limit:
        nl = text.find("\n", pos, limit)
        le = limit if nl < 0 else nl
        out.append((pos, le))
        pos = le + 1
    return out


def _own_span(text: str, lo: int, hi: int, mask: SpanSet) -> tuple[int, int] | None:
    """A line without the white space and noise at its ends, and without a site's labels."""
    while lo < hi and (text[lo] in _WS or mask.hit(lo)):
        lo += 1
    while hi > lo and (text[hi - 1] in _WS or mask.hit(hi - 1)):
        hi -= 1
    if lo >= hi:
        return None
    return _strip_labels(text, lo, hi)


def _plausible_line(text: str, span: tuple[int, int] | None, mask: SpanSet) -> bool:
    """A line that can be a headline: characters enough, no sentence end, no colon at its end."""
    if span is None:
        return False
    own = _clean(text, span[0], span[1], mask)
    han = sum(1 for c in own if _CJK_CHAR.match(c) is not None)
    return han >= _HEADLINE_MIN_HAN and len(own) <= 60 and "。" not in own and own[-1] not in ":："


def _find_title(text: str, limit: int, mask: SpanSet) -> tuple[int, int] | None:
    """Where the title stands: the first title-like line before the first section, passing over
    navigation and page information lines; the headline above a page's information line; the title
    line above a subtitle (``——…的汇报``); a fuller copy of the title below it; a bare genre word
    (``自查报告``) only when no longer candidate follows; last, a title run into the first sentence."""
    lines = _lines(text, limit)
    fallback: tuple[int, int] | None = None
    filled: list[int] = []  # (_next_filled, made where a line first needs it)
    for k, (lo, hi) in enumerate(lines):
        if _is_navigation(text, lo, hi, mask):
            continue
        found = _title_in_line(text, lo, hi, mask)
        if found is None:
            if (
                not _is_page_info(text, lo, hi)
                and _info_follows(text, lines, k, filled or _next_filled(text, lines, filled))
                and _plausible_line(text, span := _own_span(text, lo, hi, mask), mask)
            ):
                return span
            continue
        own = _own_span(text, lo, hi, mask)
        if own is not None and text.startswith(_SUBTITLE, own[0]):
            above = _line_above(text, lines, k, mask)
            if above is not None:
                return above
        if _is_genre_word(_clean(text, found[0], found[1], mask)):
            fallback = fallback or found
            continue
        return _fuller_title(text, lines, k, found, mask)
    return fallback or _glued_title(text, lines, mask)


def _info_follows(text: str, lines: list[tuple[int, int]], k: int, filled: list[int]) -> bool:
    """Whether the first line after line ``k`` that holds more than white space is a page's information
    line (``filled``: :func:`_next_filled` of the lines)."""
    j = filled[k]
    return j < len(lines) and _is_page_info(text, *lines[j])


def _next_filled(text: str, lines: list[tuple[int, int]], out: list[int]) -> list[int]:
    """For each line, the index of the first line after it that holds more than white space (``len(lines)``
    where none does), in one pass from the end: each line is read once, not once for every blank line
    above it. Written into ``out``, which is returned."""
    out[:] = [len(lines)] * len(lines)
    following = len(lines)
    for k in range(len(lines) - 1, -1, -1):
        out[k] = following
        lo, hi = lines[k]
        if text[lo:hi].strip(_WS):
            following = k
    return out


def _line_above(text: str, lines: list[tuple[int, int]], k: int, mask: SpanSet) -> tuple[int, int] | None:
    for lo, hi in reversed(lines[:k]):
        span = _own_span(text, lo, hi, mask)
        if span is None:
            continue
        if _plausible_line(text, span, mask) and not _is_navigation(text, lo, hi, mask):
            return span
        return None
    return None


def _fuller_title(
    text: str, lines: list[tuple[int, int]], k: int, found: tuple[int, int], mask: SpanSet
) -> tuple[int, int]:
    """A site's short page title (``政府履行…自评报告``) gives way to the report's own fuller one below it
    (``xx县人民政府履行…自评报告``)."""
    short = _clean(text, found[0], found[1], mask)
    for lo, hi in lines[k + 1 : k + 1 + _FULLER_TITLE_LINES]:
        if hi - lo > _FULLER_TITLE_LINE_MAX or text.find(short[-2:], lo, hi) < 0:
            continue  # (most lines: a paragraph, or not even the title's last word)
        other = _title_in_line(text, lo, hi, mask)
        if other is None:
            continue
        longer = _clean(text, other[0], other[1], mask)
        if len(longer) > len(short) and longer.endswith(short):
            return other
    return found


def _glued_title(text: str, lines: list[tuple[int, int]], mask: SpanSet) -> tuple[int, int] | None:
    """A title run straight into the report's first sentence (``…督导自评报告xx街道是…``)."""
    for lo, hi in lines:
        span = _own_span(text, lo, hi, mask)
        if span is None or _is_navigation(text, lo, hi, mask) or _is_page_info(text, lo, hi):
            continue
        m = _GLUED_RE.match(text, span[0], hi)
        if m is None or text.startswith(_SENTENCE_TAILS, m.end()) or mask.hit(m.end() - 1):
            return None
        if _title_score(_clean(text, m.start(), m.end(), mask)) < 2:
            return None
        return m.start(), m.end()
    return None


def _title_in_line(text: str, lo: int, hi: int, mask: SpanSet) -> tuple[int, int] | None:
    segs = _segments(text, lo, hi, mask)
    if not segs:
        return None

    def parted(a: int, b: int) -> bool:  # by white space or a separator of the page's own (noise aside)
        return any(not mask.hit(k) and (text[k] in _WS or _is_separator(text, k)) for k in range(a, b))

    def spaced(a: int, b: int) -> bool:
        return all(text[k] in _WS for k in range(a, b))

    # group segments split only by noise (spam inside a title) into one piece
    pieces: list[list[tuple[int, int]]] = []
    for s, e in segs:
        if pieces and not parted(pieces[-1][-1][1], s):
            pieces[-1].append((s, e))
        else:
            pieces.append([(s, e)])
    # a letter-spaced word (自 查 报 告) is one piece
    letters: list[bool] = []
    merged: list[list[tuple[int, int]]] = []
    k = 0
    while k < len(pieces):
        j = k
        while (
            j < len(pieces)
            and len(pieces[j]) == 1
            and pieces[j][0][1] - pieces[j][0][0] == 1
            and _CJK_CHAR.match(text[pieces[j][0][0]]) is not None
            and (j == k or spaced(pieces[j - 1][-1][1], pieces[j][0][0]))
        ):
            j += 1
        if j - k >= 3:
            merged.append([seg for piece in pieces[k:j] for seg in piece])
            letters.append(True)
            k = j
        else:
            merged.append(pieces[k])
            letters.append(False)
            k += 1
    pieces = merged
    best: tuple[bool, int, int, int] | None = None  # (not a genre word, score, length, index)
    cleaned: list[tuple[int, int, str]] = []
    for idx, piece in enumerate(pieces):
        s, e = _strip_labels(text, piece[0][0], piece[-1][1])
        own = _clean(text, s, e, mask)
        cleaned.append((s, e, own))
        sc = _title_score(own)
        key = (not _is_genre_word(own), sc, len(own), idx)
        if sc and (best is None or key[:3] > best[:3]):
            best = key
    if best is None:
        return None
    idx = best[3]
    s, e, _ = cleaned[idx]
    # a title split by a space: take in head fragments (``清河区人民政府 关于…``, ``xx 县…``), and the whole
    # line before a letter-spaced genre word; never across a crumb separator
    while idx > 0:
        ps, pe, pown = cleaned[idx - 1]
        if any(_is_separator(text, k) for k in range(pe, s)):
            break
        head = _TITLE_HEAD_RE.search(pown) is not None or _MARKS_ONLY_RE.fullmatch(pown) is not None
        if not letters[best[3]] and (not pown or _title_score(pown) or len(pown) > 20 or not head):
            break
        s, idx = ps, idx - 1
    while s < e and (text[s] in _WS or mask.hit(s)):
        s += 1
    while e > s and (text[e - 1] in _WS or mask.hit(e - 1)):
        e -= 1
    return s, e


# -- region and level -------------------------------------------------------------------------


def _is_region_name(word: str) -> bool:
    return not word.endswith(_NON_REGION)


def _is_han(c: str) -> bool:
    o = ord(c)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or o >= 0x20000


def _name_at(text: str, floor: int, q: int, e: int) -> tuple[str, float] | None:
    """The place name ending with the ending ``text[q:e]``, and a confidence factor.

    The name runs back from the ending to a boundary (punctuation, 年度, a function word such as
    在/对/了, the end of the name before it): 2 or 3 characters give a name; a boundary right before
    the ending gives none (``先后在区委``, ``成立了县``), unless the boundary character itself opens a
    two-character name (``,和平区``); with no boundary within four characters the last two are
    taken, with half the confidence. Before 自治区/州/县/旗 a name of up to six characters is taken
    whole (``宁夏回族自治区``), a longer one not at all.
    """

    def boundary(i: int) -> bool:
        return i < floor or text[i] in _LEFT_BOUNDARY or not _is_han(text[i])

    longest = _LEVEL[text[q:e]].longest_name
    n = 0
    while n < longest and not boundary(q - 1 - n):
        n += 1
    if n >= 2 and text[q - n] in _PLACEHOLDER_HEADS:
        return None
    if 2 <= n < longest or (n == longest and longest > _NAME_MAX and boundary(q - 1 - n)):
        word = text[q - n : e]
        factor = 1.0
    elif n == 1 and q - 2 >= floor and text[q - 2] in _LEFT_BOUNDARY and boundary(q - 3):
        word = text[q - 2 : e]
        factor = 1.0
    elif n == _NAME_MAX == longest:
        word = text[q - 2 : e]
        factor = 0.5
    else:
        return None
    return (word, factor) if _is_region_name(word) else None


class _Name(NamedTuple):
    """A place name met in the text: where it starts and ends, how sure, and the context after it."""

    word: str
    start: int
    end: int
    factor: float
    context: str | None


def _place_names(text: str, lo: int, hi: int, mask: SpanSet, in_context: bool = False) -> Iterator[_Name]:
    """Every place name with an ending (清河区, 湖南省, 城关街道) and every corps unit (第八师); with
    ``in_context``, only those a government context follows (清河区委, 湖南省教育厅)."""
    floor = lo
    for m in (_SUFFIX_IN_CONTEXT_RE if in_context else _SUFFIX_RE).finditer(text, lo, hi):
        q, e = m.span()
        if mask.hit(q):
            continue
        if m.group() in _INNER and _SUFFIX_RE.match(text, e) is not None:
            continue  # 郑州市: 州 is inside the name
        got = _name_at(text, floor, q, e)
        if got is None:
            continue
        floor = e
        ctx = _REGION_CTX_RE.match(text, e)
        yield _Name(got[0], e - len(got[0]), e, got[1], ctx.group() if ctx is not None else None)
    for rx, _ in _CORPS:
        for m in rx.finditer(text, lo, hi):
            if not mask.hit(m.start()):
                ctx = _REGION_CTX_RE.match(text, m.end())
                yield _Name(m.group(), m.start(), m.end(), 1.0, ctx.group() if ctx is not None else None)


def _level_of_name(word: str) -> RegionLevel:
    for n in (3, 2, 1):
        level = _LEVEL.get(word[-n:])
        if level is not None:
            return level
    return _CORPS_LEVEL[word[-1]]


def _region_candidates(text: str, lo: int, hi: int, mask: SpanSet) -> Counter[str]:
    """The place names in a government context (区委, 人民政府, 教育局), scored by the contexts' weights."""
    scores: Counter[str] = Counter()
    for name in _place_names(text, lo, hi, mask, in_context=True):
        if name.context is None:
            continue
        # 清河区委员会: a context's first character starting another word is no context
        weight = 0 if text.startswith(_NOT_COMMITTEE, name.end) else _REGION_CTX_WEIGHT[name.context]
        if weight:
            scores[name.word] += int(weight * name.factor * 2)
    return scores


def _dominant_name(text: str, lo: int, hi: int, mask: SpanSet) -> str | None:
    """A name the text keeps returning to with no government context (``对湖南省18个县…湖南省申报的…``):
    met at least three times outside 《》, twice as often as any other name of its tier."""
    books = [(m.start(), m.end()) for m in _BOOK_RE.finditer(text, lo, hi)]
    starts = [b[0] for b in books]
    counts: Counter[str] = Counter()
    for name in _place_names(text, lo, hi, mask):
        if name.factor == 1.0 and not _in_zones(books, starts, name.start):
            counts[name.word] += 1
    ranked = counts.most_common()
    if not ranked:
        return None
    word, top = ranked[0]
    level = _level_of_name(word)
    if top < _DOMINANT_MIN_MENTIONS:
        return None
    rivals = [c for w, c in ranked[1:] if _level_of_name(w).tier == level.tier]
    return word if not rivals or rivals[0] * 2 <= top else None


def _title_region(title: str) -> str | None:
    """The place a title is about (``清河区人民政府关于…``, ``城关街道学前教育…``): the lowest government
    it names at its start or in a title context, the last of them."""
    folded = fold(title)
    found: list[tuple[int, str]] = []
    for name in _place_names(folded, 0, len(folded), SpanSet((), len(folded))):
        if name.factor == 1.0 and (name.start == 0 or _TITLE_CTX_RE.match(folded, name.end) is not None):
            found.append((_level_of_name(name.word).tier, title[name.start : name.end]))
    if not found:
        return None
    low = max(t for t, _ in found)
    return [w for t, w in found if t == low][-1]


def _bare_title_region(title: str, text: str, lo: int) -> str | None:
    """A title that names its place without the ending (``清河教育局关于…``) where the text names it
    with one (``清河县``), at least twice: the name as the text writes it, the ending most used."""
    m = _BARE_TITLE_NAME_RE.match(title)
    if m is None or m.group()[0] in _LEFT_BOUNDARY:
        return None
    name = m.group()
    counts: Counter[str] = Counter()
    i = text.find(name, lo)
    while i >= 0:
        suffix = _SUFFIX_RE.match(text, i + len(name))
        if suffix is not None:
            counts[name + suffix.group()] += 1
        i = text.find(name, i + len(name))
    found = [(c, w) for w, c in counts.items() if c >= _REGION_MIN_MENTIONS and _is_region_name(w)]
    return max(found)[1] if found else None


def _self_suffix(text: str, lo: int, hi: int, mask: SpanSet) -> str | None:
    """The ending of the government the report calls its own (我区, 全县, 我街道), when it says so more
    than once and more often than any other."""
    counts: Counter[str] = Counter()
    for m in _SELF_RE.finditer(text, lo, hi):
        s = m.start()
        if mask.hit(s) or (s > 0 and text[s - 1] in _MARKS):
            continue  # xx区委: another (masked) government's committee
        counts[_SELF_SUFFIX[m.group()]] += 1
    ranked = counts.most_common()
    if not ranked or ranked[0][1] < _SELF_MIN_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def _level_cues(text: str, region: str | None, mask: SpanSet) -> list[tuple[PatternEntry, LevelCue]]:
    """The cues of :data:`~dutyreport.lang.metadata.COUNTY_CITY_CUES` met in the text (outside noise),
    each once."""
    books = [(m.start(), m.end()) for m in _BOOK_RE.finditer(text)]
    starts = [b[0] for b in books]
    found: list[tuple[PatternEntry, LevelCue]] = []
    for rx, entry, cue in _LEVEL_CUES:
        for m in rx.finditer(text):
            if mask.hit(m.start()) or mask.hit(m.end() - 1):
                continue
            if cue.level is AdminLevel.CITY and _in_zones(books, starts, m.start()):
                continue
            other = m.groupdict().get("other")
            if other is not None and region is not None and (other == region or region.endswith(other)):
                continue
            found.append((entry, cue))
            break
    return found


def _city_level(text: str, region: str | None, mask: SpanSet) -> AdminLevel:
    """A 市's level: 县级市 when the county-level cues outweigh the prefecture ones, else 市."""
    score = 0
    for _, cue in _level_cues(text, region, mask):
        score += cue.weight if cue.level is AdminLevel.COUNTY_CITY else -cue.weight
    return AdminLevel.COUNTY_CITY if score > 0 else AdminLevel.CITY


def _admin_level(level: RegionLevel, text: str, region: str | None, mask: SpanSet) -> AdminLevel | None:
    if level.admin_level is AdminLevel.CITY:
        return _city_level(text, region, mask)
    return level.admin_level


# -- kind -------------------------------------------------------------------------------------


def _kind(title: str | None, body: str) -> ReportKind:
    """The kind whose cues weigh most: in the title, and in the body (pinyin after its characters left out)."""
    scores: Counter[ReportKind] = Counter()
    if title:
        for cue in _KIND_TITLE:
            if cue.word in title:
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


def _excluded_zones(text: str, sections: Sequence[Section]) -> list[tuple[int, int]]:
    """The 《…》 of the folded ``text`` and its unnumbered and plan sections (``sections``: every section, as
    :attr:`~dutyreport.document.SectionIndex.every` lists them). A heading is read folded where the folded
    text holds it (folding is one character for one)."""
    zones = [(m.start(), m.end()) for m in _BOOK_RE.finditer(text)]
    for s in sections:
        if s.number is None or is_plan_heading(text[s.heading_start : s.heading_end]):
            zones.append((s.start, s.end))
    return sorted(zones)


def _in_zones(zones: list[tuple[int, int]], starts: list[int], i: int) -> bool:
    k = bisect.bisect_right(starts, i)
    return any(zones[j][0] <= i < zones[j][1] for j in range(max(0, k - 8), k))


def _clause_after(text: str, i: int) -> str:
    """The rest of the clause after a year; a topic year (``2019年,…将…``) reads the next clause."""
    if i < len(text) and text[i] in ",，":
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
    out: list[int] = []
    for century in CENTURIES.split("|"):
        i = text.find(century)
        while i >= 0:
            out.append(i)
            i = text.find(century, i + 1)
    out.sort()
    return out


def _matches(
    rx: regex.Pattern[str], text: str, lo: int, hi: int, places: list[int] | None
) -> Iterator[regex.Match[str]]:
    """What ``rx.finditer(text, lo, hi)`` finds, for a pattern whose matches start at one of ``places`` (sorted;
    None: all places), tried there only."""
    if places is None:
        yield from rx.finditer(text, lo, hi)
        return
    reach = lo  # the matches of a scan do not overlap: the next starts at or after the last one's end
    for k in range(bisect.bisect_left(places, lo), bisect.bisect_left(places, hi)):
        p = places[k]
        if p >= reach and (m := rx.match(text, p, hi)) is not None:
            reach = m.end()
            yield m


def _fact_years(
    text: str, lo: int, hi: int, mask: SpanSet, sections: Sequence[Section],
    zones: list[tuple[int, int]] | None = None, places: list[int] | None = None,
) -> Counter[int]:
    """The years reported as fact between lo and hi, each with how often; ``zones``: the
    :func:`_excluded_zones` of the text, where the caller has them already; ``places``: its
    :func:`_year_places`, where the caller has them."""
    if zones is None:
        zones = _excluded_zones(text, sections)
    starts = [z[0] for z in zones]
    years: Counter[int] = Counter()
    in_range: set[int] = set()
    for m in _matches(_RANGE_RE, text, lo, hi, places):
        in_range.update(range(m.start(), m.end()))
        if mask.hit(m.start()) or _in_zones(zones, starts, m.start()):
            continue
        if (m.group("tail") or "").strip() in _SCHOOL_YEARS or _is_plan_year(text, m.start(), m.end()):
            continue
        a, b = int(m.group("a")), int(m.group("b"))
        if 0 < b - a <= 5:
            years[b] += 1
    for m in _matches(_YEAR_RE, text, lo, hi, places):
        s = m.start()
        if s in in_range or mask.hit(s) or _in_zones(zones, starts, s) or m.group("tail") in _SCHOOL_YEARS:
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
            sections: Sequence[Section], dateline: int | None = None) -> tuple[int, ...]:
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
    zones = _excluded_zones(text, sections)
    places = _year_places(text)
    scope = sorted(_fact_years(text, o_lo, o_hi, mask, sections, zones, places)) if o_hi > o_lo else []
    if len(scope) == 2 and scope[1] - scope[0] == 1:
        return tuple(scope)
    facts = _fact_years(text, body[0], body[1], mask, sections, zones, places)
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


# -- entry point ------------------------------------------------------------------------------


def _as_written(text: str, folded: str, word: str, lo: int) -> str:
    """A name found in the folded text, as the text writes it (湖南省 for 湖南省, 清河縣 for 清河县)."""
    i = folded.find(word, lo)
    if i < 0:
        i = folded.find(word)
    return text[i : i + len(word)] if i >= 0 else word


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
    first = sections[0].start if sections else len(text)
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
        word_ = _dominant_name(folded, body_lo, body_end, mask)
        region = _as_written(text, folded, word_, body_lo) if word_ is not None else None
    admin_level: AdminLevel | None = None
    if region is not None:
        fregion = fold(region)
        admin_level = _admin_level(_level_of_name(fregion), folded, fregion, mask)
    else:
        ph = _PLACEHOLDER_RE.search(ftitle) if ftitle else None
        level = _LEVEL[ph.group("suf")] if ph is not None else fits
        if level is not None:
            admin_level = _admin_level(level, folded, None, mask)

    kind = _kind(ftitle, _without_rubies(folded[body_lo:body_end]))
    dateline = _dateline_year(folded, _lines(folded, first)[:_INFO_LINES])
    period = _period(folded, ftitle, opening, (body_lo, body_end), mask, doc.section_index.every, dateline)
    years = Years(period=period, opening=_opening_year(folded, mask, first))
    return Metadata(
        title=title, title_span=title_span, region=region, admin_level=admin_level, kind=kind, years=years
    )


def _opening_year(text: str, mask: SpanSet, first: int) -> int | None:
    """A report that opens ``2020年,县全面领会…`` before its first section is about that year."""
    for line in _LINE_START.finditer(text, 0, first):
        m = _OPENING_YEAR_RE.match(text, line.end(), first)
        if m is not None and m.group("after") in ",，" and not mask.hit(m.start("y")):
            return int(m.group("y"))
    return None
