"""What a report is: its title, the government it is about, what kind of report it is, which years.

Everything is read from tables of words (each entry with an example a test parses back):
title endings and site labels, the words that make a place name the reporting government
(``石桥区委``, ``清河区人民政府``) and the words that look like one but are not (``全区``,
``城区``, ``示范区``), self-references (``我县``, ``区委``), the cues of each report kind with a
weight, and the contexts that make a year a plan rather than a fact (``到2025年``, ``工作目标``).

The period rule, in order:

1. the years of the title (``2021年-2022年上半年`` → 2021, 2022; ``2019年度`` → 2019);
2. a year that opens the report's first paragraph (``2020年,县全面…`` → 2020);
3. the evaluation year of the notice cited before the first section (its 文号 ``〔2020〕``), plus
   the next year when the body reports it as fact;
4. else the year the body reports most often as fact.

Fact years leave out plan sections (``下一步``, ``今后努力方向``), document titles in 《》, 文号,
school years, targets (``到2025年``, ``…的工作目标``) and long plan ranges (``2020-2035``).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator, Sequence

import regex
from attrs import frozen

from .document import Document, Years
from .lang.dates import YEAR
from .lang.entry import Entry, PatternEntry
from .lang.metadata import (
    COMMITTEE_FALSE_FRIENDS,
    COUNTY_CITY_CUES,
    DEADLINE_SUFFIXES,
    FACT_CUES,
    GENRE_WORDS,
    KIND_CUES,
    NAME_BOUNDARIES,
    NAV_SEPARATORS,
    NON_REGION_WORDS,
    PERIOD_EXCLUSIONS,
    PLACEHOLDER_NAMES,
    REGION_CONTEXTS,
    REGION_SUFFIXES,
    SELF_REFERENCES,
    SITE_LABELS,
    TITLE_CORE,
    TITLE_ENDINGS,
    TITLE_HEAD_ENDS,
    TITLE_REGION_CONTEXTS,
    LevelCue,
)
from .model.report import AdminLevel, ReportKind, Section
from .spans import SpanSet
from .structure.sections import is_plan_heading

__all__ = ["Metadata", "read_metadata"]


def _words(table: tuple[Entry[object], ...]) -> str:
    """The words of a table as a regex alternation, in table order."""
    return "|".join(re.escape(e.word) for e in table)



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

_KIND_ORDER = (_R, _I, _S, _W, ReportKind.OTHER)  # tie breaking
_DEADLINES = tuple(e.word for e in DEADLINE_SUFFIXES)
_FACT_EXEMPT = tuple(e.word for e in FACT_CUES)  # 截至2020年底 is a fact


# -- compiled ---------------------------------------------------------------------------------

_WS = " \t\r\u3000\xa0\u2002\u2003\u2009\u200b\ufeff"
_CJK = r"\p{Han}"
_CJK_CHAR = regex.compile(_CJK)
_SUFFIX_LEVEL = {e.word: e.value for e in REGION_SUFFIXES}
_SUFFIX = f"[{''.join(_SUFFIX_LEVEL)}]"  # [区县市]
_LOWER_SUFFIXES = "".join(w for w, level in _SUFFIX_LEVEL.items() if level is not AdminLevel.CITY)
_REGION_CTX_WEIGHT = {c.word: c.value for c in REGION_CONTEXTS}
_REGION_CTX = "|".join(re.escape(c.word) for c in sorted(REGION_CONTEXTS, key=lambda c: -len(c.word)))
_NOT_COMMITTEE = tuple(e.word for e in COMMITTEE_FALSE_FRIENDS)
# A place name in a government context. _region_matches finds what this finds, from the suffixes; the
# pattern itself is what the tests hold it to (change the two together).
_REGION_RE = regex.compile(rf"(?<name>{_CJK}{{2,4}}?)(?<suf>{_SUFFIX})(?=(?<ctx>{_REGION_CTX}))")
_REGION_SUFFIX_RE = re.compile(rf"{_SUFFIX}(?=(?P<ctx>{_REGION_CTX}))")
_NAME_BACK_RE = regex.compile(rf"{_CJK}{{2,4}}", regex.REVERSE)  # the longest name ending at a suffix
_TITLE_REGION_RE = regex.compile(
    rf"(?<name>{_CJK}{{2,4}}?)(?<suf>{_SUFFIX})(?=(?:{_words(TITLE_REGION_CONTEXTS)})|[0-9]|$)"
)
_NON_REGION = tuple(sorted((w.word for w in NON_REGION_WORDS), key=len, reverse=True))
_LEFT_BOUNDARY = frozenset(e.word for e in NAME_BOUNDARIES) | frozenset(
    "《“\"、，,。：:；;（()）》” \t\u3000\xa0"
)
_PLACEHOLDER_HEADS = frozenset(e.word for e in PLACEHOLDER_NAMES)
_PLACEHOLDER_RE = regex.compile(rf"(?:{_words(PLACEHOLDER_NAMES)}|[xX×*＊]{{1,3}})(?<suf>{_SUFFIX})")
_SELF_RE = re.compile("|".join(re.escape(s.word) for s in SELF_REFERENCES))
_SELF_LEVEL = {s.word: s.value for s in SELF_REFERENCES}
_LEVEL_CUES = tuple((regex.compile(e.pattern, regex.MULTILINE), e, cue) for e, cue in COUNTY_CITY_CUES)
_ENDING_RE = regex.compile(
    "(?:" + "|".join(regex.escape(e.word) for e in TITLE_ENDINGS) + ")$"
)
_ENDING_WEIGHT = {e.word: e.value for e in TITLE_ENDINGS}
_LABELS = tuple(sorted((w.word for w in SITE_LABELS), key=len, reverse=True))
_GENRE = frozenset(w.word for w in GENRE_WORDS)
_SEPS = frozenset(w.word for w in NAV_SEPARATORS)
_SLASHES = frozenset("/／")
_SEP_RE = re.compile(f"[{re.escape(''.join(sorted(_SEPS)))}]")
_TITLE_HEAD_RE = regex.compile(rf"(?:{_words(TITLE_HEAD_ENDS)}|{_SUFFIX})$")

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
# A year with 年 (or 年度, or 学年): not inside a 文号's brackets (〔2020〕), not part of a longer number.
_YEAR_RE = regex.compile(rf"(?<![0-9〔\[［])(?<y>{YEAR})(?<tail>年度|{_SCHOOL_YEAR}|年)(?![0-9])")
_TITLE_YEAR_RE = regex.compile(rf"(?<![0-9])(?<y>{YEAR})(?![0-9])")
_OPENING_YEAR_RE = regex.compile(rf"(?<y>{YEAR})(?:年度|年)(?:[,，]|以来)")
_OPENING_LINE_YEAR_RE = regex.compile(rf"^[ \t\u3000]*({YEAR})年(?:度)?[，,]", regex.MULTILINE)
_DOCNO_YEAR_RE = regex.compile(rf"[〔\[［](?<y>{YEAR})")
_BOOK_RE = regex.compile(r"《[^《》\n]{0,120}》")
_CLAUSE_END = "，,。；;！？!?\n"
_CLAUSE_RUN_RE = re.compile(f"[^{re.escape(_CLAUSE_END)}]{{0,40}}+")  # at most 40 characters
_PLAN_WORDS_AFTER = tuple(e.word for e in PERIOD_EXCLUSIONS if e.value.after)
_PLAN_WORDS_BEFORE = tuple(e.word for e in PERIOD_EXCLUSIONS if e.value.before)

_KIND_TITLE = tuple(c for c in KIND_CUES if c.value.where == "title")
_KIND_BODY = tuple(c for c in KIND_CUES if c.value.where == "body")
_KIND_BODY_RE = re.compile("|".join(re.escape(c.word) for c in _KIND_BODY))
_KIND_BODY_CUE = {c.word: c.value for c in _KIND_BODY}


# -- noise helpers ----------------------------------------------------------------------------


# -- title ------------------------------------------------------------------------------------


def _strip_labels(text: str, s: int, e: int) -> tuple[int, int]:
    changed = True
    while changed and e > s:
        changed = False
        while e > s and text[e - 1] in _WS:
            e -= 1
        for lab in _LABELS:
            if e - s > len(lab) and text.endswith(lab, s, e):
                e -= len(lab)
                changed = True
                break
        while s < e and text[s] in _WS:
            s += 1
        for lab in _LABELS:
            if lab.startswith("【") and e - s > len(lab) and text.startswith(lab, s, e):
                s += len(lab)
                changed = True
                break
    return s, e


def _title_score(seg: str) -> int:
    if not seg or len(seg) > 60 or "。" in seg or seg[-1] in ":：":
        return 0
    score = 0
    m = _ENDING_RE.search(seg)
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
    """Runs of own (non-noise, non-space) characters of a line, split at spaces, crumb separators and noise."""
    segs: list[tuple[int, int]] = []
    i = lo
    while i < hi:
        if text[i] in _WS or mask.hit(i) or _is_separator(text, i):
            i += 1
            continue
        j = i
        while j < hi and text[j] not in _WS and not mask.hit(j) and not _is_separator(text, j):
            j += 1
        segs.append((i, j))
        i = j
    return segs


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


def _is_genre_word(title: str) -> bool:
    return title in _GENRE


def _find_title(text: str, limit: int, mask: SpanSet) -> tuple[str, tuple[int, int]] | None:
    """The first title-like line before the first section, passing over navigation lines; a bare
    genre word (``自查报告``) only when no longer candidate follows."""
    fallback: tuple[str, tuple[int, int]] | None = None
    pos = 0
    while pos < limit:
        nl = text.find("\n", pos, limit)
        le = limit if nl < 0 else nl
        if not _is_navigation(text, pos, le, mask):
            found = _title_in_line(text, pos, le, mask)
            if found is not None:
                if not _is_genre_word(found[0]):
                    return found
                fallback = fallback or found
        pos = le + 1
    return fallback


def _title_in_line(text: str, lo: int, hi: int, mask: SpanSet) -> tuple[str, tuple[int, int]] | None:
    segs = _segments(text, lo, hi, mask)
    if not segs:
        return None

    def parted(a: int, b: int) -> bool:
        return any(text[k] in _WS or _is_separator(text, k) for k in range(a, b))

    # group segments split only by noise (spam inside a title) into one piece
    pieces: list[list[tuple[int, int]]] = []
    for s, e in segs:
        if pieces and not parted(pieces[-1][-1][1], s):
            pieces[-1].append((s, e))
        else:
            pieces.append([(s, e)])
    best: tuple[bool, int, int, int] | None = None  # (not a genre word, score, length, index)
    cleaned: list[tuple[int, int, str]] = []
    for idx, piece in enumerate(pieces):
        s, e = _strip_labels(text, piece[0][0], piece[-1][1])
        own = mask.outside(text, s, e)
        cleaned.append((s, e, own))
        sc = _title_score(own)
        key = (not _is_genre_word(own.strip(_WS)), sc, len(own), idx)
        if sc and (best is None or key[:3] > best[:3]):
            best = key
    if best is None:
        return None
    idx = best[3]
    s, e, _ = cleaned[idx]
    # a title split by a space: take in head fragments (``清河区人民政府 关于…``), never across a crumb separator
    while idx > 0:
        ps, pe, pown = cleaned[idx - 1]
        if not pown or _title_score(pown) or len(pown) > 20 or _TITLE_HEAD_RE.search(pown) is None:
            break
        if any(_is_separator(text, k) for k in range(pe, s)):
            break
        s, idx = ps, idx - 1
    own = mask.outside(text, s, e)
    while s < e and (text[s] in _WS or mask.hit(s)):
        s += 1
    while e > s and (text[e - 1] in _WS or mask.hit(e - 1)):
        e -= 1
    return own.strip(_WS), (s, e)


# -- region and level -------------------------------------------------------------------------


def _is_region_name(word: str) -> bool:
    return not word.endswith(_NON_REGION)


def _name_at(text: str, name_start: int, suf_pos: int, lo: int) -> tuple[str, float] | None:
    """The place name ending at suf_pos (its suffix included), and a confidence factor.

    The name runs back from the suffix to a boundary (punctuation, 年度, a function word such as
    在/对/了): 2 or 3 characters give a name; a boundary right before the suffix gives none
    (``先后在区委``, ``成立了县``), unless the boundary character itself opens a two-character
    name (``,和平区``); with no boundary within four characters the last two are taken, with
    half the confidence.
    """
    floor = max(lo, name_start)

    def boundary(i: int) -> bool:
        return i < floor or text[i] in _LEFT_BOUNDARY or _CJK_CHAR.match(text[i]) is None

    n = 0
    while n < 4 and not boundary(suf_pos - 1 - n):
        n += 1
    if n >= 2 and text[suf_pos - n] in _PLACEHOLDER_HEADS:
        return None
    if n in (2, 3):
        word = text[suf_pos - n : suf_pos + 1]
        factor = 1.0
    elif n == 1 and suf_pos - 2 >= floor and text[suf_pos - 2] in _LEFT_BOUNDARY and boundary(suf_pos - 3):
        word = text[suf_pos - 2 : suf_pos + 1]
        factor = 1.0
    elif n == 4:
        word = text[suf_pos - 2 : suf_pos + 1]
        factor = 0.5
    else:
        return None
    return (word, factor) if _is_region_name(word) else None


def _region_matches(text: str, lo: int, hi: int) -> Iterator[tuple[int, int, str]]:
    """(name start, suffix position, context) of each match of ``_REGION_RE.finditer(text, lo, hi)``.

    A scan for a name from every position is slow; the suffixes in a context are few. The match
    starts at the leftmost position from which two to four Han characters reach a suffix, with the
    nearest such suffix (the name is lazy); the next one starts after that suffix.
    """
    suffixes = [(m.start(), m.group("ctx")) for m in _REGION_SUFFIX_RE.finditer(text, lo, hi)]
    pos, i = lo, 0
    while True:
        best: tuple[int, int] | None = None  # (name start, index into suffixes)
        for j in range(i, len(suffixes)):
            q = suffixes[j][0]
            if best is not None and q - 4 > best[0]:
                break  # a name of at most four characters cannot start as early
            name = _NAME_BACK_RE.match(text, pos, q) if q - 2 >= pos else None
            if name is not None and (best is None or name.start() < best[0]):
                best = (name.start(), j)
        if best is None:
            return
        start, i = best
        q, ctx = suffixes[i]
        yield start, q, ctx
        pos, i = q + 1, i + 1


def _region_candidates(text: str, lo: int, hi: int, mask: SpanSet) -> Counter[str]:
    scores: Counter[str] = Counter()
    for start, suf, ctx in _region_matches(text, lo, hi):
        if mask.hit(suf):
            continue
        got = _name_at(text, start, suf, lo)
        if got is None:
            continue
        word, factor = got
        # 清河区委员会: a context's first character starting another word is no context
        weight = 0 if text.startswith(_NOT_COMMITTEE, suf + 1) else _REGION_CTX_WEIGHT[ctx]
        if weight:
            scores[word] += int(weight * factor * 2)
    return scores


def _title_region(title: str) -> str | None:
    found: list[str] = []
    for m in _TITLE_REGION_RE.finditer(title, overlapped=True):
        got = _name_at(title, m.start("name"), m.start("suf"), 0)
        if got is not None and got[1] == 1.0:
            found.append(got[0])
    if not found:
        return None
    lower = [w for w in found if w[-1] in _LOWER_SUFFIXES]
    return (lower or found)[-1]


def _self_level(text: str, lo: int, hi: int, mask: SpanSet) -> AdminLevel | None:
    counts: Counter[AdminLevel] = Counter()
    for m in _SELF_RE.finditer(text, lo, hi):
        if not mask.hit(m.start()):
            counts[_SELF_LEVEL[m.group()]] += 1
    if not counts:
        return None
    ranked = counts.most_common()
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


def _level_of(region: str, text: str, mask: SpanSet) -> AdminLevel:
    level = _SUFFIX_LEVEL[region[-1]]
    if level is AdminLevel.CITY:
        return _city_level(text, region, mask)
    return level


# -- kind -------------------------------------------------------------------------------------


def _kind(title: str | None, text: str, lo: int, hi: int) -> ReportKind:
    scores: Counter[ReportKind] = Counter()
    if title:
        for cue in _KIND_TITLE:
            if cue.word in title:
                scores[cue.value.kind] += cue.value.weight
    seen: set[str] = set()
    body: Counter[ReportKind] = Counter()
    for m in _KIND_BODY_RE.finditer(text, lo, hi):
        if m.group() not in seen:
            seen.add(m.group())
            said = _KIND_BODY_CUE[m.group()]
            body[said.kind] += said.weight
    for k, w in body.items():
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
    zones = [(m.start(), m.end()) for m in _BOOK_RE.finditer(text)]
    for sec in sections:
        for s in sec.walk():
            if s.number is None or is_plan_heading(s.heading):
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


def _fact_years(text: str, lo: int, hi: int, mask: SpanSet, sections: Sequence[Section]) -> Counter[int]:
    zones = _excluded_zones(text, sections)
    starts = [z[0] for z in zones]
    years: Counter[int] = Counter()
    in_range: set[int] = set()
    for m in _RANGE_RE.finditer(text, lo, hi):
        in_range.update(range(m.start(), m.end()))
        if mask.hit(m.start()) or _in_zones(zones, starts, m.start()):
            continue
        if (m.group("tail") or "").strip() in _SCHOOL_YEARS or _is_plan_year(text, m.start(), m.end()):
            continue
        a, b = int(m.group("a")), int(m.group("b"))
        if 0 < b - a <= 5:
            years[b] += 1
    for m in _YEAR_RE.finditer(text, lo, hi):
        s = m.start()
        if s in in_range or mask.hit(s) or _in_zones(zones, starts, s) or m.group("tail") in _SCHOOL_YEARS:
            continue
        if _is_plan_year(text, s, m.end()):
            continue
        years[int(m.group("y"))] += 1
    return years


def _period(text: str, title: str | None, opening: tuple[int, int], body: tuple[int, int], mask: SpanSet,
            sections: Sequence[Section]) -> tuple[int, ...]:
    if title:
        years = _years_in_title(title)
        if years:
            return years
    o_lo, o_hi = opening
    own_opening = mask.outside(text, o_lo, o_hi).lstrip(_WS + "\n")
    m = _OPENING_YEAR_RE.match(own_opening)
    if m is not None:
        return (int(m.group("y")),)
    facts = _fact_years(text, body[0], body[1], mask, sections)
    d = _DOCNO_YEAR_RE.search(own_opening)
    if d is not None:
        e = int(d.group("y"))
        if facts.get(e) or facts.get(e + 1):
            return (e, e + 1) if facts.get(e + 1) else (e,)
        if facts.get(e - 1):
            return (e - 1,)
    if not facts:
        return ()
    top = max(facts.values())
    return (max(y for y, c in facts.items() if c == top),)


# -- entry point ------------------------------------------------------------------------------


def read_metadata(doc: Document) -> Metadata:
    """Title, region, administrative level, kind, period and opening year of a report; reads the
    Document's noise and sections.

    >>> from dutyreport.pipeline import document
    >>> md = read_metadata(document("2018年度某某区履行教育职责反馈问题整改报告\\n一、基本情况\\n我区…"))
    >>> md.title, md.kind.value, md.period, md.admin_level.value
    ('2018年度某某区履行教育职责反馈问题整改报告', 'rectification', (2018,), '区')
    """
    text, mask, sections = doc.text, doc.noise_index, doc.sections
    first = sections[0].start if sections else len(text)
    body_end = sections[-1].end if sections else len(text)

    found = _find_title(text, first, mask)
    title, title_span = (found[0], found[1]) if found else (None, None)
    after_title = title_span[1] if title_span else 0
    opening = (after_title, first if first > after_title else after_title)

    # region and level
    region = _title_region(title) if title else None
    body_lo = after_title
    self_level = _self_level(text, body_lo, body_end, mask)
    if region is None:
        scores = _region_candidates(text, body_lo, body_end, mask)
        if self_level is not None:
            scores = Counter({w: c for w, c in scores.items() if _SUFFIX_LEVEL[w[-1]] is self_level})
        if scores:
            word, score = scores.most_common(1)[0]
            if score >= _REGION_MIN_SCORE and text.count(word, body_lo, body_end) >= _REGION_MIN_MENTIONS:
                region = word
    admin_level: AdminLevel | None
    if region is not None:
        admin_level = _level_of(region, text, mask)
    else:
        ph = _PLACEHOLDER_RE.search(title) if title else None
        admin_level = _SUFFIX_LEVEL[ph.group("suf")] if ph is not None else self_level
        if admin_level is AdminLevel.CITY:
            admin_level = _city_level(text, None, mask)

    kind = _kind(title, text, body_lo, body_end)
    period = _period(text, title, opening, (body_lo, body_end), mask, sections)
    years = Years(period=period, opening=_opening_year(text, mask, first))
    return Metadata(
        title=title, title_span=title_span, region=region, admin_level=admin_level, kind=kind, years=years
    )


def _opening_year(text: str, mask: SpanSet, first: int) -> int | None:
    """A report that opens ``2020年,县全面领会…`` before its first section is about that year."""
    for m in _OPENING_LINE_YEAR_RE.finditer(text, 0, first):
        if not mask.hit(m.start(1)):
            return int(m.group(1))
    return None
