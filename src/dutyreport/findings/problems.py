"""Problems: the shortcomings a report admits — the points of a problem section (``存在问题``), the
problem of each rectification block, and inline admissions (``但还存在A、B、C等主要问题``,
``补齐X短板``, ``X矛盾十分突出``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import regex

from ..clean.noise import wording_noise
from ..document import Document
from ..lang.findings import (
    ADMISSIONS,
    ANNOUNCED_ITEM_MARKS,
    ITEM_LEADS,
    JOINER_LEADS,
    LABELLED_NUMBER,
    PROBLEM_BLOCK,
    PROBLEM_HEADINGS,
    PROBLEM_LIST_CUE,
    SOLVING_VERBS,
)
from ..lang.headings import OUTLINE_NUMERALS
from ..lang.punctuation import CLAUSE_ENDS, COMMAS, LIST_MARKS, PERIODS, SEMICOLONS
from ..lang.script import alternation, spellings
from ..lang.subjects import JOINER_COMPOUNDS, LIST_JOINERS
from ..model.report import Problem, Rectification, Section
from ..patterns import (
    char_class,
    find_all,
    lead_words,
    matches_at,
    standard,
    stretch_stops,
    word_places,
    words_by_char,
)
from .common import POINT_NUMBER, before_details, holds_any, inline_items, inline_number, own_end, sentence_end, trimmed

__all__ = ["find_problems"]

_PROBLEM_HEAD_RE = re.compile("|".join(e.pattern for e in PROBLEM_HEADINGS))
_BLOCK_RE = re.compile(PROBLEM_BLOCK.pattern)
# a heading holding one of these states something (聚焦薄弱环节，办学条件持续改善): the words of a problem list
# inside it name no list, unless they open it (存在的问题：1、…，… run into the heading)
_STATEMENT_MARKS = re.compile(f"[{COMMAS}{SEMICOLONS}{PERIODS}]")


def _several_leads(pattern: str) -> tuple[str, ...] | None:
    """The words an admission's matches open with, where they are several (``存在|还有|仍有``): the engine
    tries such a pattern at every character; one search for the words of all of them finds where to try
    each. A pattern that opens with one word is searched for it by the engine itself."""
    words = lead_words(pattern)
    return words if words is not None and len(words) > 1 else None


# each admission: its pattern, the words one of which its matches hold, the words they open with (or None)
_ADMISSION_RES = tuple((regex.compile(e.pattern), e.holds, _several_leads(e.pattern)) for e in ADMISSIONS)


def _stretches_of(pattern: str, holds: tuple[str, ...]) -> tuple[regex.Pattern[str], regex.Pattern[str]] | None:
    """For an admission the engine tries at every character (it opens with no word: ``X难、Y贵问题``) whose
    matches hold one of ``holds`` and none of some characters (:func:`~dutyreport.patterns.stretch_stops`): a
    search for those characters, forward and backward. The admission is then searched only in the stretches
    between them that hold one of the words (:func:`_in_stretches`); None where it cannot be."""
    if not holds or lead_words(pattern) is not None:
        return None  # (an admission that opens with words is searched for them)
    at = standard(pattern)
    stops = stretch_stops(at) if at is not None else None  # (None: a pattern only the third-party engine reads)
    if not stops:
        return None
    return regex.compile(char_class(stops)), regex.compile(char_class(stops), regex.REVERSE)


_ADMISSION_STRETCHES = tuple(_stretches_of(e.pattern, e.holds) for e in ADMISSIONS)
_LEADS = tuple(sorted({w for _, _, leads in _ADMISSION_RES for w in leads or ()}))  # (looked for by word_places)
# the words word_places looks for (the lead words, each admission's words) by their last character, grouped once
_BY_END = {words: words_by_char(dict.fromkeys(words), -1) for words in (_LEADS, *(e.holds for e in ADMISSIONS))}
_ITEM_LEAD = re.compile(ITEM_LEADS.pattern)
_MIN_PROBLEM = 12  # a first sentence shorter than this takes the next one too


def _point_problem(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The problem a point states: its first sentence (two when the first is short), without 一是 and without the
    clauses that give its details (``…，涉及学生约1,800人``)."""
    m = POINT_NUMBER.match(text[start:end])
    if m:
        start += m.end()
    start, end = trimmed(text, start, end)
    if start >= end:
        return None
    stop = sentence_end(text, start, end)
    if stop - start < _MIN_PROBLEM and stop < end:
        stop = sentence_end(text, stop + 1, end)
    return trimmed(text, start, before_details(text, start, stop))


_ACHIEVEMENT_WORDS = regex.compile(r"虽然|取得|成绩|成效")


def _section_problems(text: str, section: Section) -> list[tuple[int, int]]:
    """Where the problems of a problem section stand (``text``: the report in simplified characters)."""
    spans: list[tuple[int, int]] = []
    if section.points:
        for p in section.points:
            nxt = [q.start for q in section.points if q.start > p.start]
            end = min(nxt[0] if nxt else own_end(section), own_end(section))
            span = _point_problem(text, p.start, end)
            if span:
                spans.append(span)
    if section.children:
        for c in section.children:
            if (c.number or "").strip() == LABELLED_NUMBER and not c.children:
                # 【学位供给】学位缺口较大，…。: the label is context, the problem its paragraph's first sentence
                after = c.heading_end + 1 if text.startswith("】", c.heading_end) else c.heading_end
                body = _point_problem(text, after, c.end)
                if body and body[1] > body[0]:
                    spans.append(body)
                    continue
            s, e = trimmed(text, c.heading_start, c.heading_end)
            if e > s:
                spans.append((s, e))
    if not section.points and all(inline_number(c) for c in section.children):
        inline = inline_items(text, section.heading_end, section.end)
        if len(inline) > len(section.children):
            spans = inline  # ①A；②B；③C, which the outline read as one child ① holding the rest
    if not spans:
        pos = section.heading_end
        end = own_end(section)
        while pos < end:
            stop = sentence_end(text, pos, end)
            s, e = trimmed(text, pos, stop)
            if e > s and not _ACHIEVEMENT_WORDS.search(text[s:e]):
                spans.append((s, e))
            pos = stop + 1
    return spans


_LIST_CUE_RE = re.compile(PROBLEM_LIST_CUE.pattern)
_CUE_ENDS = frozenset(PROBLEM_LIST_CUE.holds)  # (each a word of two characters and a colon)
_CUE_COLONS = sorted({w[-1] for w in _CUE_ENDS})
_CUE_WORD = 2
if any(len(w) != _CUE_WORD + 1 for w in _CUE_ENDS):
    raise ValueError(f"a problem-list cue word not of {_CUE_WORD} characters and a colon: {sorted(_CUE_ENDS)}")
_LIST_CUE_LEAD = 8  # the most characters a cue holds before the word it ends with (以下几个方面的)
_SOLVED_LIST = re.compile("(?:" + "|".join(e.pattern for e in SOLVING_VERBS) + ")[^" + CLAUSE_ENDS + "]{0,12}$")
_SOLVED_REACH = 14  # (the verb with what may stand between it and the cue: 了, 集中力量, 整治)
_ITEM_MARK_RES = tuple(re.compile(e.pattern) for e in ANNOUNCED_ITEM_MARKS)
_LIST_ENDS = PERIODS + "\n"  # (a list ends with its sentence or its paragraph; an item, also at a semicolon)
_ITEM_ENDS = SEMICOLONS + _LIST_ENDS  # (not at a question mark: a lost character's, in a damaged text)
_LIST_ITEMS_MAX = 20
_LIST_GAP = " \t\u3000\r\n"  # (what stands between an item's end and the next item's number)
_LIST_GAP_MAX = 8
_BLANK_LINE = re.compile(r"\n[ \t\u3000\r]*\n")
_ITEM_MAX = 200  # an item longer than this is no item of a list
_CN_ITEM_NUMBERS = OUTLINE_NUMERALS  # (the numbers of ANNOUNCED_ITEM_MARKS' 一是 … 十是, in order)
_LINE_STOPS = frozenset(_ITEM_ENDS + CLAUSE_ENDS)  # (what a line of a list's item ends with; a heading, none)


def _heading_line(text: str, start: int, end: int) -> bool:
    """Whether the line from ``start`` ends with no clause's or sentence's stop: an item that is a heading
    (3.下一步工作打算), no problem of a list."""
    line_end = text.find("\n", start, end)
    line = text[start : line_end if line_end >= 0 else end].rstrip()
    return not line or line[-1] not in _LINE_STOPS


def _item_number(m: re.Match[str]) -> int:
    n = m.group("n")
    return int(n) if n.isdigit() else _CN_ITEM_NUMBERS.index(n) + 1


def _list_cues(text: str, end: int) -> list[re.Match[str]]:
    """What ``_LIST_CUE_RE.finditer(text, 0, end)`` finds, the cue tried only before the colons that end one of
    the words every match ends with (问题：, 不足： …): a report has few colons, and a search for one character
    reads a text many times faster than the cue's own scan (or a search for each word). A cue after a verb of
    :data:`~dutyreport.lang.findings.SOLVING_VERBS` in its clause (解决了以下困难：) is left out."""
    found: list[re.Match[str]] = []
    for colon in _CUE_COLONS:
        for p in find_all(text, colon):
            word = text[max(0, p - _CUE_WORD) : p + 1]
            if word in _CUE_ENDS and p < end:
                m = _LIST_CUE_RE.search(text, max(0, p + 1 - _CUE_WORD - 1 - _LIST_CUE_LEAD), p + 1)
                if m is None or m.end() != p + 1:
                    continue
                if not _SOLVED_LIST.search(text, max(0, m.start() - _SOLVED_REACH), m.start()):
                    found.append(m)
    return sorted(found, key=lambda m: m.start())


def _announced_items(text: str, end: int) -> list[tuple[int, int]]:
    """The items of each numbered list a sentence announces (``还存在以下问题：1、A；2、B。``): after the cue,
    items numbered 1, 2, 3 … by one kind of mark, each up to its clause's end; at least two."""
    out: list[tuple[int, int]] = []
    for cue in _list_cues(text, end):
        for rx in _ITEM_MARK_RES:
            items: list[tuple[int, int]] = []
            pos = cue.end()
            while pos < end and pos - cue.end() <= _LIST_GAP_MAX and text[pos] in _LIST_GAP:
                pos += 1  # (the first item may open the line after the cue, if it is no heading)
            first = rx.match(text, pos, end) if pos > cue.end() and "\n" in text[cue.end() : pos] else None
            if first is not None and _heading_line(text, first.end(), end):
                continue
            while len(items) < _LIST_ITEMS_MAX:
                while pos < end and text[pos] in " \t\u3000":
                    pos += 1
                m = rx.match(text, pos, end)
                if m is None or _item_number(m) != len(items) + 1:
                    break
                stop = m.end()
                while stop < end and stop - m.end() <= _ITEM_MAX and text[stop] not in _ITEM_ENDS:
                    stop += 1
                if stop - m.end() > _ITEM_MAX:
                    break
                s, e = trimmed(text, m.end(), stop)
                if e > s:
                    items.append((s, e))
                if stop >= end:
                    break
                if text[stop] in _LIST_ENDS:
                    # (a list of one item a line, or a sentence each, goes on where the next number opens the next
                    # line or sentence: 存在以下问题：\n1.A。\n2.B。)
                    nxt = stop + 1
                    while nxt < end and text[nxt] in _LIST_GAP:
                        nxt += 1
                    m_next = rx.match(text, nxt, end)
                    if (
                        m_next is None
                        or _item_number(m_next) != len(items) + 1
                        or nxt - stop > _LIST_GAP_MAX
                        or _BLANK_LINE.search(text, stop, nxt)
                        or _heading_line(text, m_next.end(), end)
                    ):
                        break  # (the list ends: a blank line, or a heading numbered next, 3.下一步工作打算)
                    stop = nxt - 1
                pos = stop + 1
            if len(items) >= 2:
                out.extend(items)
                break
    return out


_ENUMERATION_COMMA = re.compile(r"、|$")


def _admission_items(text: str, start: int, end: int, has_list: bool) -> list[tuple[int, int]]:
    items: list[tuple[int, int]] = []
    if not has_list:
        s, e = trimmed(text, start, end)
        m = _ITEM_LEAD.match(text, s, e)
        if m:
            s = m.end()
        return [(s, e)] if e - s >= 2 else []
    pos = start
    for m in _ENUMERATION_COMMA.finditer(text[start:end]):
        s, e = trimmed(text, pos, start + m.start())
        lead = _ITEM_LEAD.match(text, s, e)
        if lead:
            s = lead.end()
        if e - s >= 2:
            items.append((s, e))
        pos = start + m.end()
        if m.start() == end - start:
            break
    # an item that is only a few characters (难、贵) was a split inside one problem: rejoin it
    merged: list[tuple[int, int]] = []
    for s, e in items:
        if merged and e - s <= 4 and text[merged[-1][1] : s] == "、":
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


_LIST_GROUPS = ("list", "series")  # (an admission's groups that hold several problems; else its group ``one``)
_SERIES_COMMA = regex.compile(char_class(LIST_MARKS))
_SERIES_JOINER = regex.compile(
    f"(?:{alternation(JOINER_LEADS)})?(?:{alternation(tuple(e for e in LIST_JOINERS if e.word not in LIST_MARKS))})"
)
_COMPOUNDS = tuple(w for e in JOINER_COMPOUNDS for w in spellings(e.word))  # (普及, 参与: no joiner in them)
# The fewest characters of the item before a joiner in a list's last item: a thing and what is wrong with it
# (校舍老旧和教师缺编); a shorter one is a thing that shares the words after the joiner (校舍和设施陈旧).
_JOINED_ITEM_MIN = 4


def _series_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of a list a sentence states the problems lie in (``A、B和C``): separated by 、; the last item of
    two or more split at a joiner of :data:`~dutyreport.lang.subjects.LIST_JOINERS` (and the words of
    :data:`~dutyreport.lang.findings.JOINER_LEADS` before it) when it holds one only, outside a word of
    :data:`~dutyreport.lang.subjects.JOINER_COMPOUNDS`, and the item before it names a problem whole
    (:data:`_JOINED_ITEM_MIN`): a joiner inside an item joins things that share its problem (音体美教师和心理健康
    教师短缺). Each item without the words that open an item (主要是 …)."""
    items: list[tuple[int, int]] = []
    pos = start
    for m in _SERIES_COMMA.finditer(text, start, end):
        items.append((pos, m.start()))
        pos = m.end()
    items.append((pos, end))
    if len(items) >= 2:
        a, b = items[-1]
        joins = [
            m for m in _SERIES_JOINER.finditer(text, a, b) if not any(text.endswith(w, a, m.end()) for w in _COMPOUNDS)
        ]
        if len(joins) == 1:
            m = joins[0]
            ls, le = trimmed(text, a, m.start())
            lead = _ITEM_LEAD.match(text, ls, le)
            if le - (lead.end() if lead else ls) >= _JOINED_ITEM_MIN:
                items[-1:] = [(a, m.start()), (m.end(), b)]
    out: list[tuple[int, int]] = []
    for a, b in items:
        s, e = trimmed(text, a, b)
        lead = _ITEM_LEAD.match(text, s, e)
        if lead:
            s = lead.end()
        if e - s >= 2:
            out.append((s, e))
    return out


def find_problems(doc: Document, blocks: Sequence[Rectification] = ()) -> tuple[Problem, ...]:
    """Every shortcoming the report admits, in reading order, each a span of the text; ``blocks``: the
    report's rectifications, whose problems are problems too. A report in traditional characters is read as
    its simplified form (:attr:`~dutyreport.document.Document.folded`); each problem is given as written."""
    written, text, sections = doc.text, doc.folded, doc.sections
    found: list[Problem] = []
    for s in doc.section_index.every:
        heading = text[s.heading_start : s.heading_end]
        named = _PROBLEM_HEAD_RE.search(heading)
        if named and not _BLOCK_RE.match(heading) and (named.start() == 0 or not _STATEMENT_MARKS.search(heading)):
            spans = _section_problems(text, s)
            found.extend(Problem(start=a, end=b, text=written[a:b], source="section") for a, b in spans)
    for r in blocks:
        found.append(r.problem)
    body_end = max((s.end for s in sections), default=len(text))
    wording = wording_noise(doc)  # (an admission may hold the pinyin a site printed among its words)
    for a, b in _announced_items(text, len(text)):
        if not wording.overlaps(a, b):
            found.append(Problem(start=a, end=b, text=written[a:b], source="inline"))
    leads: dict[str, list[int]] | None = None
    for (rx, holds, words), stretches, at_words in zip(_ADMISSION_RES, _ADMISSION_STRETCHES, _AT_WORDS, strict=True):
        if holds and not at_words and not holds_any(text, holds):
            continue  # no match can stand in this text
        if words is not None and leads is None:
            leads = word_places(text, _LEADS, body_end, _BY_END[_LEADS])
        for m in _admission_matches(rx, holds, words, stretches, text, body_end, leads):
            group = next((g for g in _LIST_GROUPS if g in rx.groupindex and m.group(g) is not None), "one")
            gs, ge = m.span(group)
            if wording.overlaps(gs, ge):
                continue
            series = group == "series"
            for a, b in _series_items(text, gs, ge) if series else _admission_items(text, gs, ge, group == "list"):
                found.append(Problem(start=a, end=b, text=written[a:b], source="inline"))
    return _dedupe_problems(found)


def _admissions(
    rx: regex.Pattern[str], text: str, end: int, words: tuple[str, ...] | None, places: dict[str, list[int]] | None
) -> Iterator[regex.Match[str]]:
    """What ``rx.finditer(text, 0, end)`` finds; for a pattern whose matches open with one of ``words``, tried
    only where one stands (``places``: :func:`~dutyreport.patterns.word_places`)."""
    if words is None or places is None:
        yield from rx.finditer(text, 0, end)
        return
    yield from matches_at(rx, text, [p for w in words for p in places.get(w, ())], end)


def _admission_matches(
    rx: regex.Pattern[str],
    holds: tuple[str, ...],
    words: tuple[str, ...] | None,
    stretches: tuple[regex.Pattern[str], regex.Pattern[str]] | None,
    text: str,
    end: int,
    places: dict[str, list[int]] | None,
) -> Iterator[regex.Match[str]]:
    """What ``rx.finditer(text, 0, end)`` finds, for an admission of :data:`_ADMISSION_RES` (its pattern, the
    words its matches hold, the words they open with) and :data:`_ADMISSION_STRETCHES`: searched in the
    stretches that can hold a match (:func:`_in_stretches`), or tried where its lead words stand
    (:func:`_admissions`)."""
    if stretches is not None:
        return _in_stretches(rx, text, end, holds, *stretches)
    if _at_clauses(rx.pattern, holds, words):
        return _around_words(rx, text, end, holds)
    return _admissions(rx, text, end, words, places)


# An admission that opens at a clause's start (this look-behind) with the admitted clause itself (this group, whose
# characters are no clause marks) and holds one of its words is tried only at the start of each clause holding one of
# them: no clause mark stands inside a match, so the match holding a word starts where its clause does, and those
# found there are those the engine's scan of the whole text finds.
_CLAUSE_START = "(?<=^|[，,。；;：:\\s])"
_CLAUSE_ITSELF = "(?P<one>"
_CLAUSE_MARK_BACK = regex.compile(r"[，,。；;：:\s]", regex.REVERSE)


def _at_clauses(pattern: str, holds: tuple[str, ...], words: tuple[str, ...] | None) -> bool:
    """Whether an admission is tried at the clauses holding its words (:func:`_around_words`)."""
    return words is None and bool(holds) and pattern.startswith(_CLAUSE_START + _CLAUSE_ITSELF)


# Per admission, whether it is tried only where its words stand (:func:`_in_stretches`, :func:`_around_words`): the
# search for them tells whether the text holds one, with no test of its own before it.
_AT_WORDS = tuple(
    stretches is not None or _at_clauses(rx.pattern, holds, words)
    for (rx, holds, words), stretches in zip(_ADMISSION_RES, _ADMISSION_STRETCHES, strict=True)
)


def _around_words(rx: regex.Pattern[str], text: str, end: int, holds: tuple[str, ...]) -> Iterator[regex.Match[str]]:
    """What ``rx.finditer(text, 0, end)`` finds, for an admission opening at a clause's start whose matches hold
    one of ``holds``: tried at the start of each clause one of them stands in."""
    starts: set[int] = set()
    before, start = 0, 0  # (the text before ``before`` read back already: the last clause starts at ``start``)
    for p in sorted(p for places in word_places(text, holds, end, _BY_END.get(holds)).values() for p in places):
        mark = _CLAUSE_MARK_BACK.search(text, before, p) if p > before else None
        start = mark.end() if mark is not None else start
        before = max(before, p)
        starts.add(start)
    found = (rx.match(text, start, end) for start in sorted(starts))
    return (m for m in found if m is not None)


def _in_stretches(
    rx: regex.Pattern[str], text: str, end: int, holds: tuple[str, ...], stop: regex.Pattern[str],
    stop_back: regex.Pattern[str],
) -> Iterator[regex.Match[str]]:
    """What ``rx.finditer(text, 0, end)`` finds, for a pattern whose matches hold one of ``holds``, none of the
    characters ``stop`` finds (``stop_back``: the same, backward) and read nothing outside themselves: searched
    in the stretches between those characters that hold one of the words, in order (a match lies in one)."""
    reach = -1  # the end of the last stretch searched
    for p in sorted(p for places in word_places(text, holds, end, _BY_END.get(holds)).values() for p in places):
        if p <= reach:
            continue  # in a stretch searched already (or on the stop that ends it)
        back = stop_back.search(text, 0, p)
        after = stop.search(text, p, end)
        reach = after.start() if after is not None else end
        yield from rx.finditer(text, back.end() if back is not None else 0, reach)


def _dedupe_problems(found: list[Problem]) -> tuple[Problem, ...]:
    found.sort(key=lambda p: (p.start, -(p.end - p.start)))
    out: list[Problem] = []
    seen: set[str] = set()
    reach = -1  # the furthest end of a problem taken so far
    for p in found:
        if p.text in seen or p.end <= reach:
            continue  # a repeat, or inside a problem already taken (a section point that holds it)
        seen.add(p.text)
        out.append(p)
        reach = max(reach, p.end)
    return tuple(out)
