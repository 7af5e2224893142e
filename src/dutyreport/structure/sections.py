"""The section tree of a report: numbered headings, their nesting, closing blocks and 一是… points.

Reports number their sections with several schemes (``一、`` ``(一)`` ``1.`` ``1、`` ``(1)`` ``①``),
mixed, nested and sometimes skipped. Levels are not read from a fixed table: the first scheme met
is level 1, a new scheme met inside it is one level deeper, and so on, so a report that goes
straight from ``一、`` to ``1.`` still gets a two-level tree. ``第一部分`` / ``第一章`` / ``第一节`` stand above
``一、``; a label in 【】 at a line start (``【学位供给】新城学位缺口…``) heads a child of the current section,
its heading ending at 】 while its paragraph runs on.

A heading is accepted only where it can be one: at a line start (after indentation, or after site
chrome that starts the line), or right after the run-on break of a previous heading
(``二、主要做法 (一)落实…``); and only with the number the tree expects next (the next sibling,
a skip by one, or a restart at 1 under a new parent). Numbers inside sentences, ``1.5亿``, ``2.0``
or years are therefore never headings.

Text whose line breaks were lost (PDF and docx previews) runs its headings into the paragraphs:
``…汇报如下：一、基本情况全县共有…``. There a Chinese outline mark right after a sentence end heads a
section when it carries exactly the number the tree expects next and a short heading phrase ends
before the body: at a space, at a full stop, or after the noun a heading ends with (``情况``,
``成效``, :data:`~dutyreport.lang.headings.HEADING_ENDS`). An Arabic or circled number there is an
inline enumeration and stays body. Two slips of real outlines are read as their writers meant: a
heading line that repeats the number of the section before (``一、基本情况 … 一、主要做法``) is the
next sibling, and the page numbers of a document preview (``3、，并按期完成…`` at each page start,
cutting a sentence) are no headings. The outline's words are read in traditional characters too.

Every span is an offset into the text as given; noise spans (site chrome, spam) never hold a
heading and the trailing chrome is left outside every section.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

import regex

from ..document import Document
from ..lang.dates import SPAN_DASHES, YEAR, YEAR_MARK
from ..lang.entry import PatternEntry
from ..lang.headings import (
    CLOSING_CUES,
    HEADING_ENDS,
    HEADING_LINKS,
    NUMBERING_SCHEMES,
    OUTLINE_DIGITS,
    OUTLINE_NUMERALS,
    OUTLINE_TEN,
    POINT_BLOCKERS,
    Numbering,
)
from ..lang.punctuation import (
    CLOSE_BRACKETS,
    COLONS,
    COMMAS,
    FULL_STOPS,
    LABEL_CLOSE_BRACKETS,
    LIST_MARKS,
    OPEN_BRACKET_CLASS,
    SEMICOLONS,
)
from ..lang.script import either_form
from ..model.report import CorruptionKind, Point, Section
from ..patterns import char_class, find_all, first_chars, first_chars_of, standard
from ..spans import SpanSet
from .plans import is_plan_heading, plan_spans

__all__ = ["LABEL_SCHEMES", "find_sections", "is_plan_heading", "plan_spans"]

# Schemes whose marks carry no number: each one met is the next sibling, never a restart.
LABEL_SCHEMES: frozenset[str] = frozenset(n.name for _, n in NUMBERING_SCHEMES if not n.numbered)


_WS = " \t\r\u3000\xa0\u2002\u2003\u2009\u200b\ufeff"
_SENTENCE_END = FULL_STOPS + SEMICOLONS
_HEADING_STOP = _SENTENCE_END + COLONS
_RUNON_KEEP = COMMAS + LIST_MARKS  # a space after these does not end a heading
_TAIL_LINE_MAX = 60  # an unmarked line inside trailing chrome longer than this is report text
# The date under a report's signature (2023年12月, 2023-12-05, 201912): the body ends with it, chrome or not.
_SIGNED_DATE = re.compile(
    rf"[ \t\u3000]*+(?:{YEAR}[ \t\u3000]*+年[ \t\u3000]*+[0-9]{{1,2}}+[ \t\u3000]*+月"
    rf"(?:[ \t\u3000]*+[0-9]{{1,2}}+[ \t\u3000]*+日)?+"
    rf"|{YEAR}[-./][0-9]{{1,2}}+(?:[-./][0-9]{{1,2}}+)?+|{YEAR}(?:0[1-9]|1[0-2])(?:[0-3][0-9])?+"
    r"|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}+月(?:[一二三四五六七八九十]{1,3}+日)?+)[ \t\u3000]*+"
)
_RUN_IN_MAX = 30  # the longest heading run into its paragraph (and of a repeated number's heading line)
_JOIN_GAP = 3  # at most this many characters join two heading nouns into one heading (情况及主要成效)
_PAUSE = COMMAS  # a heading run into its paragraph ends before these
_LIST_STOP = tuple(SEMICOLONS)  # what ends an item of an inline list, not a heading
_NOT_HEADING_START = COMMAS + _HEADING_STOP + CLOSE_BRACKETS  # what no heading starts with (a page number's page does)
_MARK_TAIL = "、.．"  # a separator some writers put after a mark (（一）、加强领导): not the heading's
_PAGE_LINE_MIN = 200  # a preview page numbered at its start is at least this long
# a line ending otherwise breaks off a sentence
_SENTENCE_CLOSE = _HEADING_STOP + "…”’\"'" + CLOSE_BRACKETS + LABEL_CLOSE_BRACKETS

_SCHEME_BY_NAME: dict[str, Numbering] = {n.name: n for _, n in NUMBERING_SCHEMES}
_VALUE_GROUP = {n.name: f"{n.name}_v" for _, n in NUMBERING_SCHEMES}
_HEADING_BREAK_RE = re.compile(char_class(_HEADING_STOP + _WS))  # where a heading may end
_NON_SPACE_RE = re.compile(char_class(_WS, negated=True))
# the outline's words, read in simplified or traditional characters (lang.script.either_form)
_CLOSING_RE = regex.compile("|".join(either_form(e.word) for e in CLOSING_CUES))

def _closing_firsts() -> str:
    """What a closing cue opens with (a line holding none of them holds no cue)."""
    chars = first_chars_of(_CLOSING_RE.pattern)
    if chars is None:
        raise ValueError(f"closing cues whose first characters are not known: {_CLOSING_RE.pattern}")
    return "".join(sorted(chars))


_CLOSING_FIRSTS = _closing_firsts()
_POINT_NUMERALS = OUTLINE_NUMERALS
# _point_marks finds what this finds; the pattern is what the tests hold it to (change the two together)
_POINT_RE = regex.compile(rf"(?P<n>[{_POINT_NUMERALS}]{{1,3}})是")
_POINT_BLOCK = frozenset(e.word for e in POINT_BLOCKERS)
_POINT_BOUNDARY = frozenset(
    _WS + "\n" + _SENTENCE_END + COMMAS + LIST_MARKS + COLONS + CLOSE_BRACKETS + "”\"’'" + LABEL_CLOSE_BRACKETS
)
_CLOSING = "closing"
_LABEL_MARK = "【】"  # the number of a label heading

_CN_DIGITS = {c: i for i, c in enumerate(OUTLINE_DIGITS, 1)}

# where a run-in heading may start: a sentence end, maybe spaces, then what a run-in scheme's mark
# starts with (第, 一、, (一); the mark itself is matched at the position found, 一是 never is one)
_RUN_IN_RE = re.compile(
    f"{char_class(_HEADING_STOP)}{char_class(_WS)}*"
    f"(?=第|[{OUTLINE_NUMERALS}]{{1,3}}[、.．]|{OPEN_BRACKET_CLASS}[{OUTLINE_NUMERALS}])"
)
# what stands right after the sentence end of a match of _RUN_IN_RE (a space, or what the marks open with): the
# pattern is tried only at the sentence ends (found once per parse) followed by one of these
_RUN_IN_NEXT = frozenset(_WS + "第" + OUTLINE_NUMERALS) | (first_chars_of(OPEN_BRACKET_CLASS) or frozenset())
_RUN_IN_SCHEMES = frozenset(n.name for _, n in NUMBERING_SCHEMES if n.run_in)


def _opening_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of a scheme's pattern opens with: :func:`~dutyreport.patterns.first_chars`
    where the standard engine reads the pattern, else its first character where that is a literal one
    (``【`` of a label); None where not known."""
    at = standard(pattern)
    if at is not None:
        return first_chars(at)
    head = pattern[:1]
    return frozenset(head) if head and head not in "\\[](){}.*+?^$|" else None


def _scheme_group(e: PatternEntry, n: Numbering) -> str:
    """A scheme's pattern in a group named after it, its number group ``v`` renamed ``<name>_v``."""
    return f"(?P<{n.name}>{e.pattern.replace('(?P<v>', f'(?P<{n.name}_v>')})"


def _split_heading_res() -> tuple[re.Pattern[str], regex.Pattern[str], frozenset[str], frozenset[str]]:
    """The pattern of every scheme (:func:`_scheme_group` of each, in the table's order) in two: the schemes the
    standard engine reads, in its pattern (several times faster to try at a place), and the others, with the
    characters their matches open with. No match of the first opens with one of those, so at each place only
    one of the two can match, and each keeps the schemes' order: the first scheme that matches is the one the
    pattern of every scheme finds (:func:`_heading_match`; the tests hold the two to it). Last, what a match of
    either opens with."""
    read: list[tuple[PatternEntry, Numbering]] = []
    others: list[tuple[PatternEntry, Numbering]] = []
    for e, n in NUMBERING_SCHEMES:
        (read if standard(e.pattern) is not None else others).append((e, n))
    opening: set[str] = set()
    for e, _ in others:
        chars = _opening_chars(e.pattern)
        if chars is None:
            raise ValueError(f"a numbering scheme the standard engine cannot read, opening anywhere: {e.pattern}")
        opening |= chars
    std_re = re.compile("|".join(_scheme_group(e, n) for e, n in read))
    std_firsts = first_chars(std_re)
    if std_firsts is None or not std_firsts.isdisjoint(opening):
        raise ValueError("numbering schemes of both engines that open with the same characters")
    other_re = regex.compile("|".join(_scheme_group(e, n) for e, n in others) or "(?!)")
    return std_re, other_re, frozenset(opening), std_firsts | opening


# _HEADING_FIRSTS: what a heading mark can open with (known for every scheme: _split_heading_res refuses a
# table where it is not); a line start is tried for a mark only at these
_STANDARD_HEADING_RE, _OTHER_HEADING_RE, _OTHER_HEADING_FIRSTS, _HEADING_FIRSTS = _split_heading_res()


def _heading_match(text: str, pos: int, endpos: int) -> re.Match[str] | regex.Match[str] | None:
    """The match at ``pos`` of the pattern of every scheme: the same scheme, groups and span (see
    :func:`_split_heading_res`)."""
    if text[pos : pos + 1] in _OTHER_HEADING_FIRSTS:
        return _OTHER_HEADING_RE.match(text, pos, endpos)
    return _STANDARD_HEADING_RE.match(text, pos, endpos)


_ENDS = sorted((e.word for e in HEADING_ENDS), key=len, reverse=True)
_HEADING_END_RE = regex.compile("|".join(either_form(w) for w in _ENDS))
_COMPOUND_END_RE = regex.compile("|".join(either_form(e.word) for e in HEADING_ENDS if e.value))
_LINK_RE = regex.compile("|".join(regex.escape(e.word) for e in HEADING_LINKS))
_HEADING_END_MAX = len(_ENDS[0])
_PAUSE_RE = re.compile(char_class(_PAUSE))


def _cn_value(s: str) -> int:
    """一..九十九 as an int (十 = 10, 十二 = 12, 二十 = 20, 二十三 = 23)."""
    if OUTLINE_TEN not in s:
        return _CN_DIGITS.get(s, 0) if len(s) == 1 else 0
    head, _, tail = s.partition(OUTLINE_TEN)
    tens = 1 if not head else _CN_DIGITS.get(head, 0)
    ones = 0 if not tail else _CN_DIGITS.get(tail, 0)
    if (head and not tens) or (tail and not ones) or len(head) > 1 or len(tail) > 1:
        return 0
    return tens * 10 + ones


def _value(scheme: str, raw: str) -> int:
    if scheme in LABEL_SCHEMES:
        return 1
    if scheme.startswith("cn_") or scheme == "cn":
        return _cn_value(raw)
    if scheme == "circled":
        return ord(raw) - ord("①") + 1
    return int(raw)


def _skip(text: str, i: int, end: int, spans: SpanSet) -> int:
    """Skip whitespace and noise from i (not past end)."""
    while i < end:
        if text[i] in _WS:
            i += 1
            continue
        cov = spans.covering(i)
        if cov is None:
            return i
        i = cov[1]
    return end


def _body_end(text: str, spans: SpanSet) -> int:
    """End of the report body: the text end minus trailing whitespace and trailing chrome.

    Inside the trailing chrome, a short line with no sentence punctuation that the noise finder
    left unmarked (``《…报告范文.doc》`` between two download blurbs) is chrome too; the report's
    date under its signature is not (nor what stands above it).
    """
    end = len(text)
    in_chrome = False
    while end > 0:
        while end > 0 and (text[end - 1] in _WS or text[end - 1] == "\n"):
            end -= 1
        cov = spans.covering(end - 1) if end > 0 else None
        if cov is not None:
            end = cov[0]
            in_chrome = True
            continue
        if not in_chrome:
            break
        ls = text.rfind("\n", 0, end) + 1
        line = text[ls:end]
        if len(line) > _TAIL_LINE_MAX or any(c in _SENTENCE_END for c in line):
            break
        if not (ls < end and spans.overlaps(ls, end)) and _heading_match(own := line.lstrip(_WS), 0, len(own)):
            break
        if _SIGNED_DATE.fullmatch(line):
            break  # the report's date, under its signature
        end = ls
    return end


class _Node:
    __slots__ = ("children", "end", "heading_end", "heading_start", "level", "number", "start")

    def __init__(self, number: str | None, start: int, hs: int, he: int, level: int) -> None:
        self.number = number
        self.start = start
        self.heading_start = hs
        self.heading_end = he
        self.level = level
        self.end = -1
        self.children: list[_Node] = []


class _Frame(NamedTuple):
    scheme: str
    value: int
    node: _Node


class _Candidate(NamedTuple):
    pos: int
    scheme: str
    value: int
    number_end: int  # end of the number (and its punctuation)
    at_line_start: bool
    label: tuple[int, int] | None = None  # the heading inside a label mark (【学位供给】)




def _spaced_year(text: str, j: int, k: int) -> bool:
    """Whether the white space from ``j`` to ``k`` stands inside a year or a span of years (2010 年工作情况, 2019 年 —
    2021 年工作回顾: a PDF's spacing inside the heading, no run-on)."""
    before, after = text[j - 1], text[k]
    return (
        (before.isdigit() and text.startswith(YEAR_MARK, k))
        or (text.startswith(YEAR_MARK, j - 1) and after in SPAN_DASHES)
        or (before in SPAN_DASHES and after.isdigit())
    )


def _heading_span(text: str, start: int, line_end: int) -> tuple[int, int, int]:
    """Heading proper from ``start``: (heading_start, heading_end, next) where next is the position
    of a run-on continuation on the same line (or -1)."""
    i = start
    while i < line_end and text[i] in _WS:
        i += 1
    hs = i
    j = i
    while (m := _HEADING_BREAK_RE.search(text, j, line_end)) is not None:
        j = m.start()
        if text[j] in _HEADING_STOP:
            break
        k = j
        while k < line_end and text[k] in _WS:
            k += 1
        if k < line_end and j > hs and text[j - 1] not in _RUNON_KEEP and not _spaced_year(text, j, k):
            return hs, j, k
        j = k
    else:
        j = line_end  # no stop on the rest of the line
    he = j
    while he > hs and text[he - 1] in _WS:
        he -= 1
    return hs, he, -1


def _word_end(text: str, hs: int, limit: int) -> int:
    """Where a heading run into its paragraph ends by its nouns (:data:`HEADING_ENDS`): after the first
    one ending by ``limit``, or after the last of those that follow it, each at most ``_JOIN_GAP``
    characters on and side by side (``项目进展情况``), after a link word (``经费投入情况及主要成效``) or
    heading a compound (``问题整改情况``); -1 if none."""
    m = _HEADING_END_RE.search(text, hs, limit)
    if m is None:
        return -1
    end: int = m.end()
    while (m := _HEADING_END_RE.search(text, end, min(limit, end + _JOIN_GAP + _HEADING_END_MAX))) is not None:
        gap = m.start() - end
        if gap > _JOIN_GAP:
            break
        linked = _LINK_RE.match(text, end, m.start()) is not None
        if gap and not linked and _COMPOUND_END_RE.fullmatch(text, m.start(), m.end()) is None:
            break
        end = m.end()
    return end


def _run_in_span(text: str, start: int, line_end: int, run_in: bool) -> tuple[int, int, int] | None:
    """The heading from ``start`` like :func:`_heading_span` (None where no heading starts), for a heading
    that may run into its paragraph.

    A heading that is too long to be one and runs on after a full stop or a space (or, when
    ``run_in``, one not ended by a space) is cut after its nouns (:func:`_word_end`) where the
    paragraph runs on from them with no pause before the first comma (a clause that ends with them,
    ``为解决…的问题,``, is no heading); the next position is then a run-on mark right there
    (``…主要成效(一)加强…``). A ``run_in`` heading that ends neither at a space, at its nouns nor at a
    full stop or colon within ``_RUN_IN_MAX`` characters is none (one ending at a semicolon is an item
    of an inline list: ``…要求：一、提高认识；二、…``).
    """
    while start < line_end and text[start] in _MARK_TAIL:
        start += 1
    hs, he, nxt = _heading_span(text, start, line_end)
    if he <= hs or text[hs] in _NOT_HEADING_START:
        return None
    if (he - hs <= _RUN_IN_MAX and (nxt >= 0 or not run_in)) or (not run_in and _first_after(text, he, line_end) == ""):
        return hs, he, nxt
    limit = min(he, hs + _RUN_IN_MAX)
    pause = _PAUSE_RE.search(text, hs, limit)
    end = _word_end(text, hs, pause.start() if pause is not None else limit)
    if hs < end < he and text[end] not in _HEADING_STOP + _PAUSE:
        m = _heading_match(text, end, line_end)
        return hs, end, end if m is not None and m.lastgroup in _SCHEME_BY_NAME else -1
    if not run_in or (he - hs <= _RUN_IN_MAX and _first_after(text, he, line_end) not in _LIST_STOP):
        return hs, he, nxt
    return None


def _match(text: str, pos: int, line_end: int, at_line_start: bool) -> _Candidate | None:
    m = _heading_match(text, pos, line_end)
    if m is None:
        return None
    name = m.lastgroup
    if name is None or name not in _SCHEME_BY_NAME:
        return None
    value = _value(name, m.group(_VALUE_GROUP[name]))
    if value <= 0:
        return None
    if name in LABEL_SCHEMES:
        if not at_line_start:
            return None
        return _Candidate(pos, name, value, m.end(), at_line_start, m.span(_VALUE_GROUP[name]))
    return _Candidate(pos, name, value, m.end(), at_line_start)


def _first_after(text: str, i: int, end: int) -> str:
    """The first character from i (before end) that is no space; "" if none."""
    while i < end and text[i] in _WS:
        i += 1
    return text[i] if i < end else ""


def _page_numbers(
    text: str,
    lines: list[tuple[int, int, int, _Candidate | None]],
    marked: list[tuple[int, _Candidate]],
    chunks: frozenset[int] = frozenset(),
) -> set[int]:
    """The line-start marks that number the pages of a document preview, not its sections.

    A scheme numbers pages when one of its marks at a line start is followed by punctuation (a page
    that starts inside a sentence: ``3、，并按期完成…``) or is one the cleaning stage found cutting a word
    (``chunks``: ``教\n2、学班``). Its marks are then page numbers where they
    start a page-long line or follow one that breaks off inside a sentence, or are followed by
    punctuation themselves. ``marked``: the end of each line with a mark, and the mark, in order.
    """
    schemes = {
        c.scheme
        for le, c in marked
        if c.label is None
        and (c.pos in chunks or ((g := _first_after(text, c.number_end, le)) and g in _NOT_HEADING_START))
    }
    if not schemes:
        return set()
    broken: dict[int, bool] = {}  # candidate position -> it starts inside a sentence
    prev_long_open = False
    for _ls, le, p, cand in lines:
        if p >= le:
            continue
        if cand is not None and cand.scheme in schemes:
            glued = _first_after(text, cand.number_end, le)
            broken[cand.pos] = (
                bool(glued and glued in _NOT_HEADING_START)
                or cand.pos in chunks
                or prev_long_open
                or le - p >= _PAGE_LINE_MIN
            )
        last = le
        while last > p and text[last - 1] in _WS:
            last -= 1
        prev_long_open = le - p >= _PAGE_LINE_MIN and text[last - 1] not in _SENTENCE_CLOSE
    return {pos for pos, page in broken.items() if page}


class _Builder:
    def __init__(
        self,
        text: str,
        spans: SpanSet,
        body_end: int,
        newlines: list[int],
        stops: list[int],
        chunks: frozenset[int] = frozenset(),
    ) -> None:
        """``newlines``: where the text's line breaks stand; ``stops``: where the characters of ``_HEADING_STOP``
        stand (both in order, found once per parse)."""
        self.text = text
        self.spans = spans
        self.body_end = body_end
        self.roots: list[_Node] = []
        self.stack: list[_Frame] = []
        self.rank: dict[str, int] = {}
        self.last: dict[str, int] = {}
        self.closed = False
        self.refused: dict[str, int] = {}  # scheme -> the last line-start mark of it that headed nothing
        # per line: its start, its end, where its text starts and the heading mark there
        self.lines: list[tuple[int, int, int, _Candidate | None]] = []
        marked: list[tuple[int, _Candidate]] = []  # the end of each line with a heading mark, and the mark
        firsts, ws, lines = _HEADING_FIRSTS, _WS, self.lines
        noise_starts, noise_ends = spans.starts, spans.ends
        k, n = 0, len(noise_starts)  # (the first noise span that ends after the line's start: lines come in order)
        # the lines of the body from the Document's line breaks: each from after a break to the next, the last
        # to body_end
        breaks = bisect.bisect_left(newlines, body_end)
        line_ends = newlines[:breaks]
        if (newlines[breaks - 1] + 1 if breaks else 0) < body_end:
            line_ends.append(body_end)
        ls = 0
        for le in line_ends:
            p = ls
            if p < le and text[p] in ws:
                m = _NON_SPACE_RE.search(text, p, le)
                p = m.start() if m is not None else le
            while k < n and noise_ends[k] <= p:
                k += 1
            if p < le and k < n and noise_starts[k] <= p:
                p = _skip(text, p, le, spans)  # (else what _skip finds: the line's first character outside spaces)
            cand = _match(text, p, le, True) if p < le and text[p] in firsts else None
            lines.append((ls, le, p, cand))
            if cand is not None:
                marked.append((le, cand))
            ls = le + 1
        pages = _page_numbers(text, self.lines, marked, chunks)
        # right after a page number a heading may start its page (2、二、主要做法…)
        page_starts = [_skip(text, c.number_end, le, spans) for le, c in marked if c.pos in pages]
        if pages:
            self.lines = [(ls, le, p, None if c is not None and c.pos in pages else c) for ls, le, p, c in self.lines]
        self.raw: list[_Candidate] = [c for _, c in marked if c.pos not in pages]
        # where a heading may run into a paragraph: after a sentence end (outside noise), or at the
        # start of a numbered page
        # (what _RUN_IN_RE.finditer(text, 0, body_end) finds: a match starts at a sentence end and takes only it
        # and the spaces after it, so no match holds the start of another)
        self.run_in = []
        run_in_at, after = _RUN_IN_RE.match, _RUN_IN_NEXT
        for q in [q for q in stops[: bisect.bisect_left(stops, body_end - 1)] if text[q + 1] in after]:
            if (m := run_in_at(text, q, body_end)) is not None and not spans.hit(m.end()):
                self.run_in.append(m.end())
        if page_starts:
            self.run_in = sorted({*self.run_in, *page_starts})
        self.raw_pos = [c.pos for c in self.raw]
        self.raw_by_value: dict[tuple[str, int], list[int]] = {}
        for c in self.raw:
            self.raw_by_value.setdefault((c.scheme, c.value), []).append(c.pos)

    # -- acceptance -------------------------------------------------------------------------
    def _close(self, depth: int, at: int) -> None:
        """Pop the stack down to ``depth`` frames, ending the popped sections at ``at``."""
        while len(self.stack) > depth:
            self.stack.pop().node.end = at

    def _place(self, number: str | None, scheme: str, value: int, start: int, hs: int, he: int,
               depth: int) -> None:
        self._close(depth, start)
        node = _Node(number, start, hs, he, depth + 1)
        if self.stack:
            self.stack[-1].node.children.append(node)
        else:
            self.roots.append(node)
        self.stack.append(_Frame(scheme, value, node))
        self.last[scheme] = value
        self.rank.setdefault(scheme, depth + 1)

    def accept(self, cand: _Candidate, repeat: str | None = None) -> int | None:
        """The depth (0-based) where the candidate goes, or None if it is not a heading here.

        ``repeat``: the candidate's heading where it is a heading line of its own, which makes a
        repeat of its section's number (a slip, ``一、 … 一、``) the next sibling, unless it repeats
        the heading too (a copy) or a mark of the scheme was turned down since the section began
        (then the repeat is an item of a list numbered inside the section: ``二、… 一、… 二、…``).
        """
        v, scheme = cand.value, cand.scheme
        if scheme in LABEL_SCHEMES:
            # a child of the current section, or the next sibling of a label above
            if not self.stack:
                return None
            return next((i for i, f in enumerate(self.stack) if f.scheme == scheme), len(self.stack))
        for i, frame in enumerate(self.stack):
            if frame.scheme == scheme:
                if frame.value < v <= frame.value + 2:
                    return i
                node = frame.node
                if v != frame.value or repeat is None or self.refused.get(scheme, -1) > node.start:
                    return None
                return None if repeat == self.text[node.heading_start : node.heading_end] else i
        fresh = v <= 2
        if scheme in self.rank:
            depth = min(self.rank[scheme] - 1, len(self.stack))
            last = self.last.get(scheme, 0)
            if depth == 0 and self.stack and self.stack[0].scheme != _CLOSING:
                return None  # a top-level scheme not in the stack cannot restart
            return depth if fresh or last < v <= last + 2 else None
        if not fresh:
            return None
        if self.stack and not self.closed:
            bottom = _SCHEME_BY_NAME.get(self.stack[0].scheme)
            if bottom is not None and _SCHEME_BY_NAME[scheme].rank < bottom.rank and v == 1:
                # a more major scheme after a preamble list: it becomes the top level
                self.rank = {}
                return 0
        return len(self.stack)

    def accept_run_in(self, cand: _Candidate) -> int | None:
        """The depth of a heading run into a paragraph: only with exactly the number expected next, and
        not where a line starts with the same mark further on (the outline is there; this is a list
        inside a paragraph: ``…重点自查：一、党的领导。二、…`` before ``\n一、基本情况``)."""
        if cand.scheme not in _RUN_IN_SCHEMES:
            return None
        v, scheme = cand.value, cand.scheme
        later = self.raw_by_value.get((scheme, v), [])
        if bisect.bisect_left(later, cand.pos) < len(later):
            return None
        frame = next((f for f in self.stack if f.scheme == scheme), None)
        if frame is not None:
            expected = v == frame.value + 1
        elif scheme in self.rank:
            expected = v in (1, self.last.get(scheme, 0) + 1)
        else:
            expected = v == 1
        return self.accept(cand) if expected else None

    def _next_raw(self, pos: int) -> _Candidate | None:
        k = bisect.bisect_left(self.raw_pos, pos)
        return self.raw[k] if k < len(self.raw) else None

    def _top_follows(self, pos: int) -> bool:
        if not self.stack:
            return False
        top = self.stack[0]
        for v in (top.value + 1, top.value + 2):
            where = self.raw_by_value.get((top.scheme, v), [])
            if bisect.bisect_left(where, pos) < len(where):
                return True
        return False

    def closing_at(self, ls: int, p: int, le: int) -> int | None:
        """Where an unnumbered closing block starts on this line, if it does."""
        if self.closed or not self.stack or self.stack[0].scheme == _CLOSING:
            return None
        top = self.stack[0].node
        if is_plan_heading(self.text[top.heading_start : top.heading_end]):
            return None
        if _CLOSING_RE.search(self.text, p, le) is None or self._top_follows(le):
            return None
        m = _CLOSING_RE.match(self.text, p, le)
        if m is not None:
            return p
        nxt = self._next_raw(le)
        restart = (
            nxt is not None
            and nxt.value == 1
            and nxt.scheme not in LABEL_SCHEMES
            and any(f.scheme == nxt.scheme for f in self.stack[1:])
        )
        if not restart:
            return None
        for m in _CLOSING_RE.finditer(self.text, p, le):
            at: int = m.start()
            if self.text[at - 1] in _SENTENCE_END:
                return at
        return None

    def open_closing(self, at: int, le: int) -> None:
        m = _CLOSING_RE.match(self.text, at, le)
        assert m is not None
        self._close(0, at)
        node = _Node(None, at, m.start(), m.end(), 1)
        self.roots.append(node)
        self.stack.append(_Frame(_CLOSING, 0, node))
        self.closed = True

    # -- scan -------------------------------------------------------------------------------
    def _take(self, cand: _Candidate, le: int, run_in: bool) -> int:
        """Place the candidate and the headings run on after it on its line; the end of the last
        heading placed, or -1 if the candidate is no heading. ``run_in``: it stands after a sentence
        end inside the line, where only the number expected next heads a section."""
        text = self.text
        end = -1
        first = True
        while True:
            if cand.label is not None:
                depth = self.accept(cand)
                (hs, he), nxt, number = cand.label, -1, _LABEL_MARK
            else:
                span = _run_in_span(text, cand.number_end, le, run_in)
                if span is None:
                    break
                hs, he, nxt = span
                if first and run_in:
                    depth = self.accept_run_in(cand)
                else:
                    whole = cand.at_line_start and nxt < 0 and he - hs <= _RUN_IN_MAX
                    whole = whole and _first_after(text, he, le) == ""
                    depth = self.accept(cand, text[hs:he] if whole else None)
                number = text[cand.pos : cand.number_end].strip(_WS)
            if depth is None:
                break
            self._place(number, cand.scheme, cand.value, cand.pos, hs, he, depth)
            end, first = he, False
            if nxt < 0:
                break
            if nxt == he:
                run_in = True  # a mark right after the heading's nouns: the rest runs into the text too
            nxt_cand = _match(text, nxt, le, False)
            if nxt_cand is None:
                break
            cand = nxt_cand
        return end

    def run(self) -> list[_Node]:
        run_in, k, n_run_in = self.run_in, 0, len(self.run_in)
        # where a closing cue may start (a line holding none of these holds none: closing_at is not asked there)
        cues = sorted(i for c in _CLOSING_FIRSTS for i in find_all(self.text, c))
        c, n_cues = 0, len(cues)
        for ls, le, p, first in self.lines:
            if p >= le:
                continue
            cursor = p
            took = False
            if first is not None:
                end = self._take(first, le, False)
                if end >= 0:
                    took, cursor = True, end
                else:
                    self.refused[first.scheme] = first.pos
            while k < n_run_in and run_in[k] < le:
                pos = run_in[k]
                k += 1
                if pos < cursor:
                    continue
                cand = _match(self.text, pos, le, False)
                if cand is None:
                    continue
                end = self._take(cand, le, True)
                if end >= 0:
                    took, cursor = True, end
            while c < n_cues and cues[c] < p:
                c += 1
            if not took and c < n_cues and cues[c] < le:
                at = self.closing_at(ls, p, le)
                if at is not None:
                    self.open_closing(at, le)
        self._close(0, self.body_end)
        return self.roots


def _point_ends(text: str) -> list[int]:
    """Where 是 follows a numeral: the ends of the point marks, found once for all sections (是 is
    rarer than the numerals, so it is looked for first)."""
    ends: list[int] = []
    i = text.find("是", 1)
    while i >= 0:
        if text[i - 1] in _POINT_NUMERALS:
            ends.append(i)
        i = text.find("是", i + 1)
    return ends


_NUMERAL_VALUE = {c: _cn_value(c) for c in _POINT_NUMERALS}  # (the value of a mark of one numeral)
_WS_NL = frozenset(_WS + "\n")


def _point_marks(text: str, lo: int, hi: int, ends: list[int]) -> list[tuple[int, int]]:
    """(start, position of 是) of what ``_POINT_RE.finditer(text, lo, hi)`` finds: each 是 of ``ends``
    inside the span with the last one to three numerals before it (not before ``lo``)."""
    marks: list[tuple[int, int]] = []
    for k in range(bisect.bisect_left(ends, lo + 1), bisect.bisect_left(ends, hi)):
        end = ends[k]
        start = end - 1
        while start > max(lo, end - 3) and text[start - 1] in _POINT_NUMERALS:
            start -= 1
        marks.append((start, end))
    return marks


def _points(text: str, lo: int, hi: int, ends: list[int]) -> tuple[Point, ...]:
    """The 一是…二是… points between lo and hi (a section's own text); ``ends`` from :func:`_point_ends`."""
    k = bisect.bisect_left(ends, lo + 1)
    if k == len(ends) or ends[k] >= hi:
        return ()  # most sections have no mark (what _point_marks would find: none)
    # the marks with a value, standing where a point can start, numbered 1 or one on from the last taken
    seq: list[tuple[int, int, int]] = []  # (start, value, position of 是)
    last = 0
    one = _NUMERAL_VALUE
    for s, end in _point_marks(text, lo, hi, ends):
        v = one[text[s]] if s == end - 1 else _cn_value(text[s:end])
        if v <= 0:
            continue
        before = text[s - 1] if s > lo else "\n"
        starts = before in _POINT_BOUNDARY or s == lo or (v == 1 and before not in _POINT_BLOCK)
        if starts and (v == 1 or v == last + 1):
            seq.append((s, v, end))
            last = v
    # a lone 一是 glued to a word with no 二是 after it is not a point
    kept: list[tuple[int, int]] = []  # (start, position of 是)
    for i, (s, v, end) in enumerate(seq):
        glued = v == 1 and s != lo and text[s - 1] not in _POINT_BOUNDARY
        if glued and (i + 1 == len(seq) or seq[i + 1][1] != 2):
            continue
        kept.append((s, end))
    out: list[Point] = []
    for i, (s, end) in enumerate(kept):
        e = kept[i + 1][0] if i + 1 < len(kept) else hi
        line_end = text.find("\n", s, e)  # up to the next point only: a text of one line stays linear
        if line_end >= 0:
            e = line_end
        while e > s and text[e - 1] in _WS_NL:
            e -= 1
        out.append(Point(number=text[s : end + 1], start=s, end=e, text=text, text_at=0))
    return tuple(out)


def _freeze(text: str, node: _Node, point_ends: list[int]) -> Section:
    children = tuple([_freeze(text, c, point_ends) for c in node.children])
    own_end = children[0].start if children else node.end
    hs, he = node.heading_start, node.heading_end
    return Section(
        number=node.number,
        heading=text[hs:he],
        level=node.level,
        start=node.start,
        end=node.end,
        text=text,
        text_at=0,
        heading_start=hs,
        heading_end=he,
        children=children,
        points=_points(text, he, own_end if own_end > he else he, point_ends),
    )


def find_sections(doc: Document) -> tuple[Section, ...]:
    """The section tree of a report, top-level sections first (headings in noise are no headings).

    >>> doc = Document.of("标题\\n一、基本情况\\n全区共有学校20所。\\n二、存在问题\\n一是投入不足。二是师资紧缺。")
    >>> secs = find_sections(doc)
    >>> [(s.number, s.heading, s.level) for s in secs]
    [('一、', '基本情况', 1), ('二、', '存在问题', 1)]
    >>> [p.text for p in secs[1].points]
    ['一是投入不足。', '二是师资紧缺。']
    """
    text, spans = doc.text, doc.noise_index
    # where the cleaning stage found a preview's page-chunk number inside a sentence (``教\n2、学班``)
    chunks = frozenset(
        c.end - len(c.text.lstrip()) for c in doc.corruptions if c.kind is CorruptionKind.CHUNK_MARKER
    )
    body_end = _body_end(text, spans)
    roots = _Builder(text, spans, body_end, doc.breaks.of("\n"), doc.breaks.of(_HEADING_STOP), chunks).run()
    point_ends = _point_ends(text)
    return tuple([_freeze(text, r, point_ends) for r in roots])
