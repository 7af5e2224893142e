"""The government a report is about, and its administrative level.

Place names are read back from their endings (``清河区``, ``城关街道``, ``宁夏回族自治区``, the corps'
``第八师``), each with how sure the reading is; a name in a government context (``区委``,
``人民政府``, ``教育局``) scores that context's weight. Read here too: the place a title names, with
its ending or without it (``清河教育局关于…``), the name a notice or a news item keeps returning to,
the self-references (``我县``, ``全区``) that give the writer's own level, and whether a ``市`` is a
prefecture or a county-level city (``县级市``), from the cues the text gives.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple

import regex

from ..lang.counties import ONE_CHARACTER_NAMES
from ..lang.entry import PatternEntry
from ..lang.metadata import (
    COMMITTEE_FALSE_FRIENDS,
    CORPS_UNITS,
    COUNTY_CITY_CUES,
    INNER_SUFFIXES,
    NAME_BOUNDARIES,
    NAME_TAILS,
    NON_REGION_WORDS,
    OTHER_BODY_LEADS,
    PLACE_COUNTERS,
    PLACEHOLDER_NAMES,
    REGION_CONTEXTS,
    REGION_SUFFIXES,
    SELF_REFERENCES,
    TITLE_LEVEL_GOVERNMENTS,
    TITLE_REGION_CONTEXTS,
    LevelCue,
    RegionLevel,
)
from ..lang.script import alternation, fold
from ..model.report import AdminLevel
from ..patterns import last_char
from ..spans import SpanSet
from ._common import _MARK_CLASS, _MARKS, _SUFFIX, Books

# -- the region's own settings ----------------------------------------------------------------

_REGION_MIN_SCORE = 6  # one government context (区委, 人民政府) or three weaker ones
_REGION_MIN_MENTIONS = 2  # a name met once (召开县委…) is too likely a misread
_DOMINANT_MIN_MENTIONS = 3  # a name with no government context: met this often, and twice as often as another
_SELF_MIN_MENTIONS = 2  # one 本县 in a national notice (公众对本县…) says nothing of the writer
_NAME_MAX = 4  # the longest place name before most endings (longer ones: RegionLevel.longest_name)


# -- compiled ---------------------------------------------------------------------------------

_LEVEL: dict[str, RegionLevel] = {e.word: e.value for e in REGION_SUFFIXES}
_SUFFIX_RE = re.compile(_SUFFIX)  # (the standard engine: no \p{..} needed, and faster here)
_INNER = frozenset(e.word for e in INNER_SUFFIXES)
_CORPS = tuple((regex.compile(e.pattern), level) for e, level in CORPS_UNITS)
_CORPS_LEVEL = {e.pattern[-1]: level for e, level in CORPS_UNITS}  # 师, 团


def _corps_unit(pattern: str) -> str:
    """The character every match of a corps unit's pattern ends with (师, 团): a text without it holds none."""
    unit = last_char(pattern)
    if unit is None:
        raise ValueError(f"a corps unit's pattern that does not end with its unit's character: {pattern}")
    return unit


_CORPS_UNIT = tuple(_corps_unit(e.pattern) for e, _ in CORPS_UNITS)
_REGION_CTX_WEIGHT = {c.word: c.value for c in REGION_CONTEXTS}
_REGION_CTX_WORDS = alternation(REGION_CONTEXTS, either_script=False)
_REGION_CTX_RE = re.compile(_REGION_CTX_WORDS)
_SUFFIX_IN_CONTEXT_RE = re.compile(rf"(?:{_SUFFIX})(?=(?:{_REGION_CTX_WORDS}))")
_NOT_COMMITTEE = tuple(e.word for e in COMMITTEE_FALSE_FRIENDS)
_TITLE_CTX_WORDS = alternation(TITLE_REGION_CONTEXTS, either_script=False)
_TITLE_CTX_RE = regex.compile(rf"(?:{_TITLE_CTX_WORDS})|[0-9]|$")
# A title that opens with a place's name without its ending (衡山教育局关于…, 清河2021年…).
_BARE_TITLE_NAME_RE = regex.compile(rf"\p{{Han}}{{2,3}}?(?=(?:{_TITLE_CTX_WORDS})|[0-9])")
_NON_REGION = tuple(sorted((w.word for w in NON_REGION_WORDS), key=len, reverse=True))
_NON_REGION_WORDS = frozenset(_NON_REGION)
_NAME_TAILS = tuple(e.word for e in NAME_TAILS)
_ONE_CHARACTER = frozenset(e.word for e in ONE_CHARACTER_NAMES)  # (泗县: a whole name of one character)
# The contexts that say a name is a government's (a strong context of two characters or more: 人民政府, 政府,
# 管委会; not 委 alone, which opens 委派 and 委托 too): after one, a name may end with a generic noun (桐山区).
_GOVERNMENTS = frozenset(c.word for c in REGION_CONTEXTS if c.value >= 3 and len(c.word) >= 2)
# A title that opens with a name whose second character is also a function word (安和县: 和 stops a name read
# back from its ending): two characters and an ending, a title's words after it.
_TITLE_OPENING_NAME_RE = regex.compile(rf"\p{{Han}}{{2}}(?:{_SUFFIX})(?=(?:{_TITLE_CTX_WORDS})|[0-9])")
_LEFT_BOUNDARY = frozenset(e.word for e in NAME_BOUNDARIES) | frozenset(
    "《“\"、，,。：:；;（()）》” \t\u3000\xa0"
)
_PLACEHOLDER_HEADS = frozenset(e.word for e in PLACEHOLDER_NAMES)
# A measure word of places right after a figure (60个样板县) counts what follows: no name starts with it.
_COUNTED = frozenset(e.word for e in PLACE_COUNTERS)
_PLACEHOLDER_RE = regex.compile(
    rf"(?:{alternation(PLACEHOLDER_NAMES, either_script=False)}|{_MARK_CLASS}{{1,4}})(?<suf>{_SUFFIX})"
)
# A title's government named by its level alone (2023年市政府…): the ending at the title's start or after a boundary.
# Never after a word that makes it another body (对市政府…反馈问题的整改报告).
_TITLE_LEVEL_RE = regex.compile(
    rf"(?:^|(?<=[{re.escape(''.join(e.word for e in NAME_BOUNDARIES))}0-9]))"
    rf"(?<!{alternation(OTHER_BODY_LEADS, either_script=False)})(?<suf>{_SUFFIX})"
    rf"(?:{alternation(TITLE_LEVEL_GOVERNMENTS, either_script=False)})"
)
_OTHER_BODY_RE = regex.compile(rf"(?:{alternation(OTHER_BODY_LEADS, either_script=False)})(?:{_SUFFIX})")
_SELF_RE = re.compile(alternation(SELF_REFERENCES, either_script=False))
_SELF_SUFFIX = {s.word: s.value for s in SELF_REFERENCES}
_LEVEL_CUES = tuple((regex.compile(e.pattern, regex.MULTILINE), e, cue) for e, cue in COUNTY_CITY_CUES)


# -- region and level -------------------------------------------------------------------------


def _is_region_name(word: str, governed: bool = False) -> bool:
    """Whether a word read back from an ending is a name; ``governed``: a government's words follow it.

    >>> _is_region_name("山区"), _is_region_name("桐山区"), _is_region_name("桐山区", governed=True)
    (False, False, True)
    """
    if not word.endswith(_NON_REGION):
        return True
    return governed and word.endswith(_NAME_TAILS) and word not in _NON_REGION_WORDS and len(word) > 2


def _boundary(text: str, floor: int, i: int) -> bool:
    """Whether a place name cannot run back over position ``i``: before ``floor``, a boundary of the table
    (punctuation, 年度, 在/对/了), no Han character, or a measure word right after a figure (60个项目县: a count,
    no name, starts there)."""
    if i < floor:
        return True
    c = text[i]
    if c in _LEFT_BOUNDARY:
        return True
    o = ord(c)
    if not (0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or o >= 0x20000):
        return True
    return c in _COUNTED and i > 0 and text[i - 1].isdecimal()  # (:func:`_counted`, written out: runs per character)


def _counted(text: str, i: int) -> bool:
    """Whether ``text[i]`` is a measure word right after a figure (``60个``)."""
    return text[i] in _COUNTED and i > 0 and text[i - 1].isdecimal()


def _name_at(text: str, floor: int, q: int, e: int, governed: bool = False) -> tuple[str, float] | None:
    """The place name ending with the ending ``text[q:e]``, and a confidence factor.

    The name runs back from the ending to a boundary (punctuation, 年度, a function word such as
    在/对/了, the end of the name before it): 2 or 3 characters give a name; a boundary right before
    the ending gives none (``先后在区委``, ``成立了县``), nor does a count's measure word (``60个样板县``: the kind
    of place counted, never one name), unless the boundary character itself opens a
    two-character name (``,和平区``); with no boundary within four characters the last two are
    taken, with half the confidence. Before 自治区/州/县/旗 a name of up to six characters is taken
    whole (``宁夏回族自治区``), a longer one not at all. ``governed``: a government's words follow the
    ending (``人民政府``): a name may end with a generic noun there (``桐山区``, :data:`NAME_TAILS`).
    """
    longest = _LEVEL[text[q:e]].longest_name
    n = 0
    while n < longest and not _boundary(text, floor, q - 1 - n):
        n += 1
    if n >= 2 and text[q - n] in _PLACEHOLDER_HEADS:
        return None
    if q - 1 - n >= 0 and text[q - 1 - n] in _MARKS:
        return None  # XX管理区: the rest of a masked name (PLACEHOLDER_MARKS), no name
    if n < longest and q - 1 - n >= floor and _counted(text, q - 1 - n):
        return None  # 60个样板县: a kind of place counted, no name
    if n == 1 and text[q - 1 : e] in _ONE_CHARACTER:
        word = text[q - 1 : e]  # (在泗县: a county whose whole name is one character)
        factor = 1.0
    elif 2 <= n < longest or (n == longest and longest > _NAME_MAX and _boundary(text, floor, q - 1 - n)):
        word = text[q - n : e]
        factor = 1.0
    elif n == 1 and q - 2 >= floor and text[q - 2] in _LEFT_BOUNDARY and _boundary(text, floor, q - 3):
        word = text[q - 2 : e]
        factor = 1.0
    elif n == _NAME_MAX == longest:
        word = text[q - 2 : e]
        factor = 0.5
    else:
        return None
    return (word, factor) if _is_region_name(word, governed) else None


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
        ctx = _REGION_CTX_RE.match(text, e)
        context = ctx.group() if ctx is not None else None
        got = _name_at(text, floor, q, e, context in _GOVERNMENTS)
        if got is None:
            continue
        floor = e
        yield _Name(got[0], e - len(got[0]), e, got[1], context)
    for (rx, _), unit in zip(_CORPS, _CORPS_UNIT, strict=True):
        if text.find(unit, lo, hi) < 0:
            continue  # (every match ends with its unit's character: none stands here)
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


def _dominant_name(text: str, lo: int, hi: int, mask: SpanSet, books: Books) -> str | None:
    """A name the text keeps returning to with no government context (``对湖南省18个县…湖南省申报的…``):
    met at least three times outside the 《》 between lo and hi, twice as often as any other name of its tier."""
    in_books = books.within(lo, hi)
    counts: Counter[str] = Counter()
    for name in _place_names(text, lo, hi, mask):
        if name.factor == 1.0 and not in_books.hit(name.start):
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
        if _OTHER_BODY_RE.fullmatch(name.word):
            continue  # (落实市政府…: a government named by its level, another body)
        if name.factor == 1.0 and (name.start == 0 or _TITLE_CTX_RE.match(folded, name.end) is not None):
            found.append((_level_of_name(name.word).tier, title[name.start : name.end]))
    if not found:
        m = _TITLE_OPENING_NAME_RE.match(folded)
        if m is None or folded[0] in _LEFT_BOUNDARY or folded[0] in _PLACEHOLDER_HEADS:
            return None  # (度向县…: a title cut inside a word; 某和县: any place)
        if folded[1] not in _LEFT_BOUNDARY or not _is_region_name(m.group()) or _OTHER_BODY_RE.fullmatch(m.group()):
            return None  # (the reading back from the ending would have found it; 关于市政府…: another body)
        return title[: m.end()]  # 安和县人民政府关于…: a name whose middle character is also a function word
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


def _title_level(title: str) -> RegionLevel | None:
    """The level of the government a (folded) title names by its level alone (``2023年市政府履行…``: 市), with no
    name before it.

    >>> _title_level("2023年市政府履行教育职责自评报告").admin_level.value, _title_level("清河县政府自查报告")
    ('市', None)
    """
    m = _TITLE_LEVEL_RE.search(title)
    return _LEVEL[m.group("suf")] if m is not None else None


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


def _level_cues(
    text: str, region: str | None, mask: SpanSet, books: Books
) -> list[tuple[PatternEntry, LevelCue]]:
    """The cues of :data:`~dutyreport.lang.metadata.COUNTY_CITY_CUES` met in the text (outside noise; a
    prefecture's cue outside the 《》 of ``books``, the text's), each once."""
    found: list[tuple[PatternEntry, LevelCue]] = []
    for rx, entry, cue in _LEVEL_CUES:
        for m in rx.finditer(text):
            if mask.hit(m.start()) or mask.hit(m.end() - 1):
                continue
            if cue.level is AdminLevel.CITY and books.span_set.hit(m.start()):
                continue
            other = m.groupdict().get("other")
            if other is not None and region is not None and (other == region or region.endswith(other)):
                continue
            found.append((entry, cue))
            break
    return found


def _city_level(text: str, region: str | None, mask: SpanSet, books: Books) -> AdminLevel:
    """A 市's level: 县级市 when the county-level cues outweigh the prefecture ones, else 市."""
    score = 0
    for _, cue in _level_cues(text, region, mask, books):
        score += cue.weight if cue.level is AdminLevel.COUNTY_CITY else -cue.weight
    return AdminLevel.COUNTY_CITY if score > 0 else AdminLevel.CITY


def _admin_level(
    level: RegionLevel, text: str, region: str | None, mask: SpanSet, books: Books
) -> AdminLevel | None:
    if level.admin_level is AdminLevel.CITY:
        return _city_level(text, region, mask, books)
    return level.admin_level
