"""Damage to the words and figures of a report's sentences, found for :mod:`dutyreport.clean.corruptions`.

Dates that lost 年/月 (``20236月底``, ``2017开始``, ``201912`` on a line of its own) or hold a space
before 年 (``2021 年度``); figures run together (``分别为:120013501480``) and a table's cells whose digits are
grouped by commas (``12,64012,150490``); placeholders a template
kept (``x人``, ``20__年``); a character lost from a fixed term (``毕业生学率``), the title a notice
forwards (``关于转发的通知``) or a 文号's year (``(教基一厅5号)``); a measure word copied before its
figure (``达标学校所1292所``) or a phrase printed twice; a site's pinyin (``義務(wù)教育``), a preview's
page-chunk numbers (``验收\n2、。截至目前``), a PDF's line wraps inside sentences (``九年一贯\n制学校``,
``特殊 教育学校``); a top heading numbered 一 twice; a synonym spinner's swaps in fixed phrases
(``一、根本情况``). Each finder yields corruptions into the original input; the stage keeps those
outside noise.

The words are the tables of :mod:`dutyreport.lang.corruptions`.
"""

from __future__ import annotations

import heapq
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Final

import regex

from ..lang.corruptions import (
    CHUNK_MARKER,
    DATE_FOLLOWERS,
    FIGURE_OPENERS,
    FORMAT_CONTROLS,
    LOST_MARK,
    LOST_RUN,
    LOST_SPIRIT,
    MONTH_PARTS,
    NOTICE_KINDS,
    OBJECT_VERBS,
    PLACEHOLDER_PATTERNS,
    RESPECTIVELY,
    RUBY,
    SCHOOLING_RATE_STEMS,
    SPUN_PHRASES,
    STRAY_MARKS,
    STRAY_MEASURES,
    TITLE_OPENER,
    UNDATED_DOC_NUMBER,
)
from ..lang.dates import CENTURY_DIGITS, YEAR
from ..lang.entry import Entry
from ..lang.figure_years import DEADLINE_AFTER
from ..lang.figures import FIGURE_MASKS
from ..lang.headings import OUTLINE_NUMERALS
from ..lang.noise import TONED_VOWELS
from ..lang.numbers import MEASURE_WORDS, MONEY_UNITS, REGION_UNITS, SCALE_WORDS
from ..lang.punctuation import (
    CLAUSE_CLOSERS,
    CLOSE_BRACKETS,
    COLONS,
    COMMAS,
    LIST_MARKS,
    OPEN_BRACKETS,
    PART_ENDS,
    RUN_STOPS,
    SEMICOLONS,
)
from ..lang.script import alternation
from ..lang.subjects import LIST_JOINERS
from ..model.report import Corruption, CorruptionKind
from ..patterns import CharLed, char_class, char_led, find_all, first_chars, standard

# --- the tables' words as patterns (clean.damage_marks reads them too) ----------------------------


def _words(*tables: tuple[Entry[object], ...]) -> str:
    """The words of some tables as a regex alternation, in table order."""
    return "|".join(regex.escape(e.word) for t in tables for e in t)


# --- dates ----------------------------------------------------------------------------------------

_FOLLOWERS: Final = alternation(DATE_FOLLOWERS, either_script=False)
# A year whose 年 was lost before a word that follows a year (2017开始). The look-behind on the
# character before the year stands after its century, two characters back, so that the pattern opens
# with a literal the engine can skip to (lang.dates.YEAR, which opens with a group, would not): one
# pattern per century, each opening with its two digits, which the engine finds as fast as a word.
# The look-behind refuses a digit before a year, so no year starts inside another: the matches of
# the centuries taken together are those of one pattern of both (_year_followers).


def _year_follower_re(century: str) -> re.Pattern[str]:
    return re.compile(
        rf"""
        (?P<year>
            {century}                           # the century
            (?<! [\d.\-—–~～至到第/:：] ..)      # not after a digit, a dash, a range word or 第 (two back)
            [0-9]{{2}}
        )
        (?= {_FOLLOWERS} )                      # then a word that follows a year (lang.corruptions)
        """,
        re.VERBOSE,
    )


_YEAR_FOLLOWER_RES: Final = tuple(_year_follower_re(c) for c in CENTURY_DIGITS)


def _year_followers(text: str) -> Iterator[re.Match[str]]:
    """The years followed by a word that follows a year, left to right."""
    return heapq.merge(*(rx.finditer(text) for rx in _YEAR_FOLLOWER_RES), key=lambda m: m.start())


_DAY: Final = "日"  # (what a date's day and month end with: each pattern below is tried only where one stands)
_MONTH: Final = "月"
_YEAR_MONTH_RE: Final = regex.compile(
    rf"(?<![\d.\-—–/])(?P<year>{YEAR})(?P<month>\d{{1,2}}+){_MONTH}(?P<part>{_words(MONTH_PARTS)})?"
)
_YEAR_MONTH_DAY_RE: Final = regex.compile(
    rf"(?<![\d.\-—–/])(?P<year>{YEAR})(?P<run>\d{{2,4}}+)(?P<tail>(?:[-—~～至]\d{{1,2}}+)?){_DAY}"
)

# --- figures run together -------------------------------------------------------------------------

_RUN_TOGETHER_RE: Final = regex.compile(
    rf"(?:{_words(RESPECTIVELY)}){char_class(COLONS)}?[ \u3000]?+(\d{{8,}}+)(?![\d.])"
)
_YEAR_RANGE_RE: Final = regex.compile(rf"({YEAR})年?[ \u3000]?+[-—–~～至到][ \u3000]?+({YEAR})")
_LIST_SPLIT: Final = regex.compile(_words(LIST_JOINERS))
# Table cells whose digits are grouped by commas, run together when a page lost its columns (12,64012,150490):
# a group of more than three digits after a comma is where one cell ends and the next begins. The run ends its row
# (white space or the line's end after it): one a measure word or a mark follows (1,0080个) is a figure mistyped, not
# cells. (tried where a comma stands before four digits: most texts hold none)
_GROUPED_RUN_AT: Final = re.compile(r",[0-9]{4}")
_GROUPED_RUN: Final = re.compile(r"(?<![0-9.．,])[0-9](?:[0-9]|,(?=[0-9]))*+(?=[ \t\u3000\r\n]|$)")
_DIGITS_AND_COMMAS: Final = re.compile(r"[0-9,]*+")
_GROUP = 3  # the digits of a group after a thousands comma
_DIGIT_OR_COMMA: Final = frozenset("0123456789,")

# --- placeholders ---------------------------------------------------------------------------------

# Every placeholder holds one of these marks (those its pattern names): without them a pattern has
# nothing to find, and most reports have none.
_PLACEHOLDER_MARKS: Final = "xX_＿*＊○〇"


def _placeholder_at(pattern: str) -> CharLed | None:
    """A placeholder pattern as the standard engine reads it (faster to try at a place), with the characters
    every match of it starts with, where they are all marks (it is then tried only where one stands: marks are
    rare); ``None`` otherwise (a pattern the standard engine cannot read, or whose matches may start
    elsewhere)."""
    at = standard(pattern)
    if at is None:
        return None
    chars = first_chars(at)
    return char_led(at) if chars is not None and chars <= set(_PLACEHOLDER_MARKS) else None


_PLACEHOLDER_RES: Final = tuple(
    (
        regex.compile(e.pattern),
        note,
        tuple(c for c in _PLACEHOLDER_MARKS if c in e.pattern),  # (a text with none: nothing to try)
        _placeholder_at(e.pattern),
    )
    for e, note in PLACEHOLDER_PATTERNS
)


# --- characters lost, copied, printed twice ----------------------------------------------------------
# (These run over every text and find nothing in most. Each is looked for where a literal stands —
# str.find, the Document's break positions, which later stages read too — or in one scan of one
# character class; a pattern is tried only there.)

_HAN: Final = "\u3400-\u4dbf\u4e00-\u9fff"  # the CJK blocks, as re reads them
_STEMS: Final = "".join(e.word for e in SCHOOLING_RATE_STEMS)
_HAN_CHAR: Final = re.compile(f"[{_HAN}]")
_LOST_SPIRIT_RE: Final = regex.compile(LOST_SPIRIT.pattern)
_DOCUMENT_KINDS: Final = re.compile(alternation(NOTICE_KINDS, either_script=False))
_UNDATED_DOC_RE: Final = regex.compile(UNDATED_DOC_NUMBER.pattern)
_DOC_REACH: Final = 18  # how far before its 号 such a 文号 starts
# (the 号 a bracket closes, and the 年 after a space, each found in one scan: the character the engine skips
# along to first, the one beside it read back)
_HAO_CLOSERS: Final = CLOSE_BRACKETS
_CLOSED_HAO: Final = re.compile(f"号(?={char_class(_HAO_CLOSERS)})")
_YEAR_SPACES: Final = " \u3000"
_SPACED_YEAR_CHAR: Final = re.compile(f"年(?<=[{_YEAR_SPACES}]年)")
_STRAY_ATS: Final = tuple((e.word, re.compile(f"{re.escape(e.word)}(?=[0-9])")) for e in STRAY_MEASURES)
_STRAY_RES: Final = {
    e.word: re.compile(rf"(?:{e.value}){e.word}([0-9]+(?:\.[0-9]+)?{e.word})$") for e in STRAY_MEASURES
}
_STRAY_REACH: Final = max(len(n) for e in STRAY_MEASURES for n in e.value.split("|"))
_DUPLICATE_MIN: Final = 6  # the fewest characters of a phrase printed twice (shorter repeats are words)
_DUPLICATE_MAX: Final = 40
# A phrase printed twice, after a line break, a clause mark or a list mark (a copy of a title, of an item).
_SEPARATOR: Final = char_class(" \u3000" + LIST_MARKS + COMMAS)
_PHRASE_TWICE: Final = rf"(?P<p>[{_HAN}]{{{_DUPLICATE_MIN},{_DUPLICATE_MAX}}})(?P<sep>{_SEPARATOR}?)(?P=p)"
# (a line — a title — or a list item or a part of a sentence printed twice: after a line break, a 、
# or a semicolon; one pattern per mark, each opening with its literal, which the engine skips along to)
_DUPLICATE_RES: Final = tuple(
    (c, re.compile(rf"{re.escape(c)}[ \t\u3000]*{_PHRASE_TWICE}")) for c in "\n" + LIST_MARKS + SEMICOLONS
)
_DUPLICATE_AT_START_RE: Final = re.compile(rf"[ \t\u3000]*{_PHRASE_TWICE}")
# A date of a signature on a line of its own that lost 年 and 月 (201912, 20191231).
# (each line-start pattern opens with the line break, a literal the engine skips along to; the text is
# read with one put before it)
_BARE_DATE_RE: Final = re.compile(
    rf"\n[ \t\u3000]*+(?P<y>{YEAR})(?P<m>0[1-9]|1[0-2])(?P<d>[0-9]{{2}})?[ \t\u3000]*(?=\n|$)"
)
_YEAR_BEFORE_SPACE: Final = re.compile(rf"(?<![0-9.])(?P<y>{YEAR})[ \u3000]+$")

# --- what sites and extraction put into the text -------------------------------------------------

_RUBY_RE: Final = regex.compile(RUBY.pattern)
_TONED: Final = char_class(TONED_VOWELS)
# (a bracket opening letters with a tone mark: without one there is no ruby, as in most texts)
_RUBY_AT: Final = tuple(re.compile(rf"{re.escape(b)}(?=[a-zü]*{_TONED})") for b in OPEN_BRACKETS)
_CHUNK_RE: Final = re.compile(CHUNK_MARKER.pattern)
# The marker's pattern is a line break, white space, a number of one or two digits and the mark that closes it
# (2、). It is tried only where that mark follows a digit (a literal the engine skips along to, the digit read
# back), from the first line break of the white space before the number (_chunk_marker_matches).
_CHUNK_SPACE: Final = "\n \t\u3000"
_CHUNK_DIGITS: Final = "0123456789"
_CHUNK_CLOSE: Final = "、"
if CHUNK_MARKER.pattern != r"\n[ \t\u3000\n]*+(?P<n>[0-9]{1,2})" + _CHUNK_CLOSE:
    raise ValueError(f"a page-chunk marker not read as _chunk_marker_matches reads it: {CHUNK_MARKER.pattern}")
_CHUNK_AT: Final = re.compile(f"{_CHUNK_CLOSE}(?<=[0-9]{_CHUNK_CLOSE})")
_PUNCTUATION: Final = frozenset(PART_ENDS.replace("\n", "") + COLONS + COMMAS + LIST_MARKS + CLOSE_BRACKETS + "….”’")
# (2、。: the marks of the chunk's own sentence after its number)
_CHUNK_FOLLOWERS: Final = PART_ENDS.replace("\n", "") + COMMAS + LIST_MARKS
_CHUNK_LINE: Final = 300  # a page chunk of a preview runs on for at least this many characters
_WORD_CHAR: Final = re.compile(rf"[{_HAN}0-9A-Za-z]")
_SPACE_BREAK: Final = re.compile(r"(?<=\S) (?=\S)")
_WRAP_MIN: Final = 30  # the narrowest line (in half-width columns) a wrapped text is read as having
_WRAPPED_LINES: Final = 5  # how many full lines ending mid-sentence make a text a wrapped one
# A line holding a figure alone, digits or a mask (2022, xxxx, xx.x%, 100%), and what ends a sentence's run before it.
_MASK_CLASS: Final = char_class(e.word for e in FIGURE_MASKS)
_LONE_FIGURE: Final = re.compile(rf"(?:[0-9][0-9,.]*+|{_MASK_CLASS}{{1,8}}+(?:\.{_MASK_CLASS}{{1,4}}+)?+)([%％])?+")
# (what such a line opens with: a line opening with another character is passed over without the pattern)
_LONE_FIGURE_FIRST: Final = first_chars(_LONE_FIGURE)
_RUN_STOPS: Final = frozenset(RUN_STOPS)
# What the line after such a figure opens with: its unit or scale word and the sentence's punctuation going on (所,
# 人。, 万元；; 年底, and 年末, as one), or, after a percentage, the punctuation alone. (A unit before a word is no
# sign: a table's label opens with one, 年度投入.)
_YEAR_ENDS: Final = tuple(e for e in DEADLINE_AFTER if not e.word.endswith("前"))  # (年底, 年末; not 年底前)
_RUN_UNIT: Final = regex.compile(
    rf"(?:{alternation(MEASURE_WORDS, MONEY_UNITS, SCALE_WORDS, REGION_UNITS)})"
    rf"(?:(?<=年)(?:{alternation(_YEAR_ENDS)}))?"
)
_RUN_GOES_ON: Final = frozenset(CLAUSE_CLOSERS)
# a list item's number (1、 2. 3）), which opens a line with a digit and no figure
_LIST_NUMBER: Final = re.compile(r"[0-9０-９]{1,2}[ \t\u3000]*+[、.．:：)）](?![0-9０-９])")
_TOP_HEADING_RE: Final = re.compile(
    rf"\n[ \t\u3000]*+(?P<v>[{OUTLINE_NUMERALS}])、(?P<h>[^\n。；;，,]{{2,30}})(?=\n|$)"
)
# Each spinner's pattern with a literal it cannot match without (the pattern is tried only where it stands).
_SPUN_RES: Final = tuple(
    (rx, words, found.group()[:2])  # (the swapped words' first two characters, as the example reads them)
    for e, words in SPUN_PHRASES
    if (found := (rx := regex.compile(e.pattern, regex.MULTILINE)).search(e.example)) is not None
)


def _month_day_splits(run: str) -> list[tuple[str, str]]:
    """Every calendar-valid (month, day) reading of the digits between a year and 日."""
    out: list[tuple[str, str]] = []
    for k in (1, 2):
        month, day = run[:k], run[k:]
        if not 1 <= len(day) <= 2 or month == "0":
            continue
        if 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
            out.append((month, day))
    return out


def _dates(text: str) -> Iterable[Corruption]:
    for m in _YEAR_MONTH_DAY_RE.finditer(text) if _DAY in text else ():
        year, run, tail = m.group(1), m.group(2), m.group(3)
        splits = _month_day_splits(run)
        if not splits:
            continue
        readings = tuple(f"{year}年{mo}月{d}{tail}日" for mo, d in splits)
        yield Corruption(
            start=m.start(), end=m.end(), text=m.group(), kind=CorruptionKind.LOST_DATE_CHAR,
            repaired=readings[0] if len(readings) == 1 else None,
            readings=readings if len(readings) > 1 else (), note="lost 年/月 in a date",
        )
    for m in _YEAR_MONTH_RE.finditer(text) if _MONTH in text else ():
        year, month = m.group(1), m.group(2)
        if not 1 <= int(month) <= 12 or month.startswith("0"):
            continue
        yield Corruption(
            start=m.start(), end=m.end(), text=m.group(), kind=CorruptionKind.LOST_DATE_CHAR,
            repaired=f"{year}年{month}月{m.group(3) or ''}", note="lost 年 in a date",
        )
    for m in _year_followers(text):
        year = int(m.group(1))
        if not 1990 <= year <= 2039:
            continue
        follower = regex.match(_FOLLOWERS, text[m.end() : m.end() + 4])
        end = m.end() + (len(follower.group()) if follower else 0)
        yield Corruption(
            start=m.start(), end=end, text=text[m.start() : end], kind=CorruptionKind.LOST_DATE_CHAR,
            repaired=f"{year}年{text[m.end():end]}", note="lost 年 after a year",
        )


def _expected_count(text: str, pos: int) -> int | None:
    """How many figures a 分别为 at ``pos`` announces: a year range in the same sentence, or a list."""
    start = pos
    while start > 0 and text[start - 1] not in PART_ENDS and pos - start < 200:
        start -= 1
    sentence = text[start:pos]
    ranges = list(_YEAR_RANGE_RE.finditer(sentence))
    if ranges:
        y1, y2 = int(ranges[-1].group(1)), int(ranges[-1].group(2))
        if 1 <= y2 - y1 <= 20:
            return y2 - y1 + 1
    clause_start = max(sentence.rfind(c) for c in COMMAS + COLONS) + 1
    clause = sentence[clause_start:]
    parts = [p for p in _LIST_SPLIT.split(clause) if p]
    return len(parts) if len(parts) >= 2 else None


def _bare_dates(text: str) -> Iterable[Corruption]:
    """``201912`` on a line of its own (a signature's date): 年 and 月 lost."""
    for m in _BARE_DATE_RE.finditer("\n" + text):
        y, mo, d = m.group("y"), m.group("m"), m.group("d")
        if d is not None and not 1 <= int(d) <= 31:
            continue
        s, e = m.start("y") - 1, (m.end("d") if d else m.end("m")) - 1
        repaired = f"{y}年{int(mo)}月" + (f"{int(d)}日" if d else "")
        yield Corruption(start=s, end=e, text=text[s:e], kind=CorruptionKind.LOST_DATE_CHAR, repaired=repaired,
                         note="a date that lost 年/月")


def _year_spacing(text: str) -> Iterable[Corruption]:
    """``2021 年度``: a space between a year and its 年."""
    for i in _spaces_before_year(text):
        m = _YEAR_BEFORE_SPACE.search(text, max(0, i - 8), i + 1)
        if m is not None:
            end = i + 2
            yield Corruption(start=m.start(), end=end, text=text[m.start() : end], kind=CorruptionKind.SPACING,
                             repaired=f"{m.group('y')}年", note="a space between a year and 年")


def _spaces_before_year(text: str) -> list[int]:
    """Where a space stands before 年: the places of each of _YEAR_SPACES in turn, in order (one scan)."""
    before = [m.start() - 1 for m in _SPACED_YEAR_CHAR.finditer(text)]
    return [i for space in _YEAR_SPACES for i in before if text[i] == space]


_LOST_MARK_RE: Final = regex.compile(LOST_MARK.pattern)
_LOST_RUN_RE: Final = regex.compile(LOST_RUN.pattern)


def _lost_chars(text: str) -> Iterable[Corruption]:
    """Characters lost from a fixed term (毕业生学率), the title a notice forwards (关于转发的通知)."""
    for i in find_all(text, "学率"):
        if i > 0 and text[i - 1] not in _STEMS and _HAN_CHAR.match(text, i - 1):
            yield Corruption(start=i - 1, end=i + 2, text=text[i - 1 : i + 2], kind=CorruptionKind.LOST_CHARS,
                             note=f"a character lost before 学率 (one of {_STEMS})")
    for i in find_all(text, "精"):
        if (m := _LOST_SPIRIT_RE.match(text, i)) is not None:
            yield Corruption(start=m.start(), end=m.end(), text=m.group(), kind=CorruptionKind.LOST_CHARS,
                             repaired="精神", note="神 of 精神 lost")
    if "?" in text or "\ufffd" in text:  # (most texts hold neither)
        for m in _LOST_MARK_RE.finditer(text):
            yield Corruption(start=m.start(), end=m.end(), text=m.group(), kind=CorruptionKind.LOST_CHARS,
                             note="a character an encoding lost, a question mark in its place")
        if "\ufffd" in text:
            for m in _LOST_RUN_RE.finditer(text):
                yield Corruption(start=m.start(), end=m.end(), text=m.group(), kind=CorruptionKind.LOST_CHARS,
                                 note="characters lost where decoding met bytes it could not read")
    for verb in OBJECT_VERBS:
        for i in find_all(text, verb.word + "的"):
            kind = _DOCUMENT_KINDS.match(text, i + len(verb.word) + 1)
            if kind is None:
                continue
            opener = len(TITLE_OPENER)
            start = i - opener if text[max(0, i - opener) : i] == TITLE_OPENER else i
            yield Corruption(start=start, end=kind.end(), text=text[start : kind.end()],
                             kind=CorruptionKind.LOST_CHARS,
                             note="the title of the document it forwards or issues was lost")


def _undated_doc_numbers(text: str) -> Iterable[Corruption]:
    """``(教基一厅5号)``: a 文号 cited without its bracketed year."""
    for i in _closed_hao(text):
        for m in _UNDATED_DOC_RE.finditer(text, max(0, i - _DOC_REACH), i + 2):
            yield Corruption(start=m.start("doc"), end=m.end("doc"), text=m.group("doc"),
                             kind=CorruptionKind.LOST_CHARS, note="a 文号 without its bracketed year")


def _closed_hao(text: str) -> list[int]:
    """Where 号 stands before a closing bracket: the places before each of _HAO_CLOSERS in turn, in order (one
    scan)."""
    closed = [m.start() for m in _CLOSED_HAO.finditer(text)]
    return [i for close in _HAO_CLOSERS for i in closed if text[i + 1] == close]


def _stray_measures(text: str) -> Iterable[Corruption]:
    """``达标学校所1292所``: the measure word copied before its figure."""
    for at in itertools.chain.from_iterable(rx.finditer(text) for w, rx in _STRAY_ATS if w in text):
        w = at.group()
        end = text.find(w, at.end(), at.end() + 16)
        if end < 0:
            continue
        m = _STRAY_RES[w].search(text, max(0, at.start() - _STRAY_REACH), end + 1)
        if m is None or m.start(1) - 1 != at.start():
            continue
        start = at.start()
        yield Corruption(start=start, end=m.end(), text=text[start : m.end()], kind=CorruptionKind.STRAY_CHARS,
                         repaired=m.group(1), note=f"a stray {w} before the figure")


# Each stray mark's pattern and the marks it reads: it is tried only in a text holding one of them (a search for a
# character reads a text many times faster than the pattern's own scan).
_STRAY_MARK_RES: Final = tuple((regex.compile(e.pattern), marks) for e, marks in STRAY_MARKS)


_FORMAT_CONTROL_RE: Final = re.compile(f"[{re.escape(FORMAT_CONTROLS)}]")


def format_controls(text: str) -> tuple[tuple[int, int], ...]:
    """The one-character spans of the invisible format controls in ``text`` (:data:`.lang.corruptions.STRAY_MARKS`),
    wherever they stand: what the quantity scan reads as absent (``3\u200b.2亿元`` is 3.2亿元).

    >>> format_controls("投入3\u200b.2亿元,\u202e5所")
    ((3, 4), (9, 10))
    """
    if not any(c in text for c in FORMAT_CONTROLS):
        return ()
    return tuple((m.start(), m.end()) for m in _FORMAT_CONTROL_RE.finditer(text))


def _stray_marks(text: str) -> Iterable[Corruption]:
    """``课堂的'教学质量``, ``拥挤。Р(二)``, ``义务\\u200b教育``: a mark dropped among the characters, with the
    character on each side of it on its line (a bidirectional control may stand at a line's edge or alone on it)."""
    for rx, marks in _STRAY_MARK_RES:
        if not any(mark in text for mark in marks):
            continue
        for m in rx.finditer(text):
            start, end = m.start(), m.end()
            if start > 0 and text[start - 1] not in _LINE_ENDS:
                start -= 1
            if end < len(text) and text[end] not in _LINE_ENDS:
                end += 1
            yield Corruption(start=start, end=end, text=text[start:end], kind=CorruptionKind.STRAY_CHARS,
                             repaired=text[start : m.start()] + text[m.end() : end],
                             note=f"a stray {m.group()!r} among the characters")


_LINE_ENDS: Final = "\r\n"


def _duplicates(text: str) -> Iterable[Corruption]:
    """A phrase printed twice in a row (``…自查报告…自查报告``, ``A、A``), from a line, item or part start."""
    first = _DUPLICATE_AT_START_RE.match(text)
    for m in itertools.chain((first,) if first else (), *(rx.finditer(text) for c, rx in _DUPLICATE_RES if c in text)):
        start = m.start("p")
        yield Corruption(start=start, end=m.end(), text=text[start : m.end()], kind=CorruptionKind.DUPLICATED,
                         repaired=m.group("p"), note="a phrase printed twice")


def _rubies(text: str, clear_at: Callable[[int], bool]) -> Iterable[Corruption]:
    """Pinyin in brackets after characters (``實(shí)現(xiàn)``), one corruption per run of them."""
    if not any(rx.search(text) for rx in _RUBY_AT):
        return
    runs: list[list[tuple[int, int]]] = []  # per run, the (start, end) of each ruby
    for m in _RUBY_RE.finditer(text):
        if runs and runs[-1][-1][1] == m.start() - 1:
            runs[-1].append((m.start(), m.end()))
        else:
            runs.append([(m.start(), m.end())])
    for run in runs:
        start, end = run[0][0] - 1, run[-1][1]
        if not clear_at(start):
            continue  # (the character the first ruby follows is not the report's)
        kept, at = [], start
        for s, e in run:
            kept.append(text[at:s])
            at = e
        yield Corruption(start=start, end=end, text=text[start:end], kind=CorruptionKind.RUBY,
                         repaired="".join(kept), note="pinyin put after characters")


def _chunk_markers(text: str) -> Iterable[Corruption]:
    """A preview's page-chunk number at a line start inside a sentence: before punctuation (``2、。``),
    or after a long chunk that opened with the number before and stops mid-sentence."""
    for m in _chunk_marker_matches(text):
        after = text[m.end() : m.end() + 1]
        n = int(m.group("n"))
        line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()].rstrip()
        certain = after != "" and after in _CHUNK_FOLLOWERS
        cut = n >= 2 and len(line) >= _CHUNK_LINE and line[-1] not in _PUNCTUATION and line.startswith(f"{n - 1}、")
        if certain or cut:
            yield Corruption(start=m.start(), end=m.end(), text=m.group(), kind=CorruptionKind.CHUNK_MARKER,
                             repaired="", note="a preview's page-chunk number inside a sentence")


def _chunk_marker_matches(text: str) -> Iterator[re.Match[str]]:
    """``_CHUNK_RE.finditer(text)``, the pattern tried once per closing mark that follows a digit: at the first
    line break of the white space before the number (where ``finditer`` finds the match: from every line break
    of that white space the pattern reads to the same number). Each try reads back over its own white space
    only: a text costs its length once."""
    for at in _CHUNK_AT.finditer(text):
        number = at.start() - 1
        if number > 0 and text[number - 1] in _CHUNK_DIGITS:
            number -= 1
        if number > 0 and text[number - 1] in _CHUNK_DIGITS:
            continue  # (three digits or more: no number of the marker)
        run = number
        while run > 0 and text[run - 1] in _CHUNK_SPACE:
            run -= 1
        first = text.find("\n", run, number)
        if first >= 0 and (m := _CHUNK_RE.match(text, first)) is not None:
            yield m


def _width(s: str) -> int:
    """Columns a line takes (a wide character two, an ASCII one)."""
    return 2 * len(s) - len(s.encode("ascii", "ignore"))


def _wrapped_breaks(pieces: Sequence[tuple[int, int]], text: str) -> list[int]:
    """Of consecutive pieces (start, end) of a text cut at line wraps, the ends of the full ones that
    stop mid-sentence, where the pieces are a wrapped text's lines: at least a few full pieces (within
    a fifth of the usual full width) stop mid-sentence, and most full pieces do."""
    half = _WRAP_MIN // 2
    sized_ends = [e for s, e in pieces if e - s >= half]
    punctuation = _PUNCTUATION
    cut_ends = sum(1 for e in sized_ends if text[e - 1] not in punctuation)
    if cut_ends < _WRAPPED_LINES or 3 * cut_ends < len(sized_ends):
        return []  # (most texts: a line per paragraph, each ending with its full stop)
    widths = [_width(text[s:e]) if e - s >= half else 0 for s, e in pieces]
    sized = sorted(w for w in widths if w >= _WRAP_MIN)
    if len(sized) < _WRAPPED_LINES:
        return []
    full = max(sized[(len(sized) * 4) // 5] * 4 // 5, _WRAP_MIN)
    ends = [e for (s, e), w in zip(pieces, widths, strict=True) if w >= full and e < len(text)]
    cut = [e for e in ends if text[e - 1] not in _PUNCTUATION]
    if len(cut) < _WRAPPED_LINES or 2 * len(cut) < len(ends):
        return []
    return cut


def _tails_before_figures(lines: Sequence[tuple[int, int]], wraps: Sequence[int], text: str) -> list[int]:
    """The ends of the short lines a wrap ran into that stop on a word (no punctuation, no figure) before a
    line that opens with a figure (``…职业学校生\n均支出为\nxxxx.xx 元``): a PDF set the figure on a line of
    its own, the sentence goes on. A short line no wrap ran into (a heading, a table's row) keeps its break,
    and so do a line that ends with a figure (a list of figures one per line) and one before a list item's
    number (``1、``)."""
    if not wraps:
        return []
    into = {w + 1 for w in wraps}  # (the starts of the lines a wrap ran into)
    out: list[int] = []
    for s, e in lines:
        if (
            s in into
            and e + 1 < len(text)
            and e > s
            and _HAN_CHAR.match(text, e - 1)
            and text[e + 1] in FIGURE_OPENERS
            and e + 1 not in into
            and not _LIST_NUMBER.match(text, e + 1)
        ):
            out.append(e)
    return out


def _split_runs(text: str, lines: Sequence[tuple[int, int]]) -> Iterable[Corruption]:
    """The line breaks around figures a preview set on lines of their own, one run of text a line (…有学校\n
    xxx\n所,在校学生\nxxxxx\n人…): a number or a mask alone on its line after a line that stops mid-sentence,
    before a line that opens with its unit (or, a percentage, with the sentence's punctuation). Where a text holds
    a few such figures, each break around one is a wrap; a table written one cell a line (学前教育(%)\n95\n96)
    holds none."""
    found: list[int] = []  # (the breaks before and after each such line)
    firsts = _LONE_FIGURE_FIRST
    assert firsts is not None  # (the pattern opens with a digit or a mask)
    for k in range(1, len(lines) - 1):
        s, e = lines[k]
        if text[s : s + 1] not in firsts:
            continue
        ps, pe = lines[k - 1]
        lone = _LONE_FIGURE.fullmatch(text, s, e)
        if lone is None or pe == ps or text[pe - 1] in _RUN_STOPS or text[pe - 1].isspace():
            continue
        ns = lines[k + 1][0]
        unit = _RUN_UNIT.match(text, ns)
        if (unit is not None and text[unit.end() : unit.end() + 1] in _RUN_GOES_ON) or (
            lone.group(1) and text[ns : ns + 1] in _RUN_GOES_ON
        ):
            found.extend((pe, e))
    if len(found) < 2 * _WRAPPED_LINES:
        return
    for b in found:
        piece = text[b - 1 : b + 2]
        yield Corruption(start=b - 1, end=b + 2, text=piece, kind=CorruptionKind.LINE_BREAK,
                         repaired=piece[0] + piece[2], note="a figure set on a line of its own inside a sentence")


def _line_wraps(text: str, lines: Sequence[tuple[int, int]]) -> Iterable[Corruption]:
    """Line wraps a PDF left inside sentences: a line break (``九年一贯\n制学校``) or, where the wraps
    became spaces, a space (``特殊 教育学校``) after a full line that stops mid-sentence."""
    breaks = _wrapped_breaks(lines, text)
    breaks.extend(_tails_before_figures(lines, breaks, text))
    for s, e in lines if text.count(" ") >= _WRAPPED_LINES else ():  # (no line holds more spaces than the text)
        if e - s >= _WRAP_MIN * _WRAPPED_LINES // 2 and text.count(" ", s, e) >= _WRAPPED_LINES:
            cuts = [m.start() for m in _SPACE_BREAK.finditer(text, s, e)]
            if len(cuts) >= _WRAPPED_LINES:
                pieces = list(zip([s, *(c + 1 for c in cuts)], [*cuts, e], strict=True))
                breaks.extend(_wrapped_breaks(pieces, text))
    made: set[int] = set()
    for b in sorted(breaks):
        if b + 1 >= len(text) or not (
            _WORD_CHAR.match(text, b - 1) and (_WORD_CHAR.match(text, b + 1) or text[b + 1] in FIGURE_OPENERS)
        ):
            continue
        piece = text[b - 1 : b + 2]
        made.add(b)
        yield Corruption(start=b - 1, end=b + 2, text=piece, kind=CorruptionKind.LINE_BREAK,
                         repaired=piece[0] + piece[2], note="a line wrap left inside a sentence")
    yield from (c for c in _split_runs(text, lines) if c.start + 1 not in made)


def _numbering(text: str) -> Iterable[Corruption]:
    """A top heading numbered like the one before it (一、… then 一、…)."""
    prev: tuple[str, str] | None = None
    for m in _TOP_HEADING_RE.finditer("\n" + text):
        v, h = m.group("v"), m.group("h").strip()
        if prev is not None and prev[0] == v and prev[1] != h and v != OUTLINE_NUMERALS[-1]:
            following = OUTLINE_NUMERALS[OUTLINE_NUMERALS.index(v) + 1]
            s, e = m.start("v") - 1, m.end("h") - 1
            yield Corruption(start=s, end=e, text=text[s:e], kind=CorruptionKind.NUMBERING,
                             repaired=f"{following}、{m.group('h')}", note=f"a top heading numbered {v} again")
        prev = (v, h)


def _spun(text: str) -> Iterable[Corruption]:
    """A synonym spinner's swap in a fixed phrase of the genre (一、根本情况 for 基本情况)."""
    for rx, words, literal in _SPUN_RES:
        if literal not in text:
            continue
        for m in rx.finditer(text):
            yield Corruption(start=m.start(), end=m.end(), text=m.group(), kind=CorruptionKind.SPUN,
                             repaired=words, note="a rewording tool's synonym in a fixed phrase")


def _run_together(text: str) -> Iterable[Corruption]:
    for m in _RUN_TOGETHER_RE.finditer(text):
        digits = m.group(1)
        count = _expected_count(text, m.start())
        repaired: str | None = None
        note = "figures run together; the split is not certain"
        if count and count >= 2 and len(digits) % count == 0:
            w = len(digits) // count
            parts = [digits[i : i + w] for i in range(0, len(digits), w)]
            if w >= 1 and not any(len(p) > 1 and p.startswith("0") for p in parts):
                repaired = "、".join(parts)
                note = f"{count} figures of {w} digits run together"
        yield Corruption(
            start=m.start(1), end=m.end(1), text=digits, kind=CorruptionKind.RUN_TOGETHER,
            repaired=repaired, note=note,
        )


def _cells(run: str) -> list[str] | None:
    """The fewest cells a run of comma-grouped digits reads as (``12,64012,150490``: ``12,640``, ``12,150``, ``490``):
    each cell ends with the group of three digits after its last comma where a digit follows it. ``None`` where a part
    is no grouped figure (four digits before a comma, a comma not before three digits, a 0 opening a longer part):
    a list parted by commas, not cells."""
    cells: list[str] = []
    i, n = 0, len(run)
    while i < n:
        start = i
        while i < n and run[i] != ",":
            i += 1
        lead = run[start:i]
        if not lead or len(lead) > _GROUP or (len(lead) > 1 and lead[0] == "0"):
            return None
        while i < n and run[i] == ",":
            group = run[i + 1 : i + 1 + _GROUP]
            if len(group) < _GROUP or not group.isdigit():
                return None
            i += 1 + _GROUP
        cells.append(run[start:i])
    return cells


def _cells_run_together(text: str) -> Iterable[Corruption]:
    """Table cells run together, their digits grouped by commas (``小学校舍改造12,64012,150490``). The split into the
    fewest cells is certain where each row of the lines next to each other reads as the same number of cells (the
    table's columns); a row alone or rows that disagree are marked with no reading (``5|7,980`` would split too)."""
    runs: list[tuple[int, int, int, list[str]]] = []  # (start, end, line, cells)
    at = line = counted = 0
    for hit in _GROUPED_RUN_AT.finditer(text):
        if hit.start() < at:
            continue
        start = hit.start()
        while start > at and text[start - 1] in _DIGIT_OR_COMMA:
            start -= 1
        m = _GROUPED_RUN.match(text, start)
        if m is None or m.end() <= hit.start():
            rest = _DIGITS_AND_COMMAS.match(text, hit.start())  # (the run past a decimal point: no cells)
            at = max(hit.end(), rest.end() if rest else 0)
            continue
        at = m.end()
        cells = _cells(m.group())
        if cells is not None and len(cells) >= 2:
            line += text.count("\n", counted, start)  # (the line it stands on: counted once, left to right)
            counted = start
            runs.append((m.start(), m.end(), line, cells))
    # rows of one table stand on lines next to each other: each such stretch of rows is read as one table
    k = 0
    while k < len(runs):
        j = k + 1
        while j < len(runs) and runs[j][2] == runs[j - 1][2] + 1:
            j += 1
        rows = runs[k:j]
        certain = len(rows) >= 2 and len({len(r[3]) for r in rows}) == 1
        for s, e, _, cells in rows:
            yield Corruption(
                start=s, end=e, text=text[s:e], kind=CorruptionKind.RUN_TOGETHER,
                repaired=" ".join(cells) if certain else None,
                note=f"{len(cells)} table cells run together" if certain
                else "table cells run together; the split is not certain",
            )
        k = j


def _placeholders(text: str, doc_spans: list[tuple[int, int]]) -> Iterable[Corruption]:
    for s, e in doc_spans:
        yield Corruption(start=s, end=e, text=text[s:e], kind=CorruptionKind.PLACEHOLDER,
                         note="文号 left as a template")
    for rx, reason, marks, at in _PLACEHOLDER_RES:
        found: Iterable[re.Match[str] | regex.Match[str]]
        if at is not None:
            found = at.finditer(text)
        elif any(c in text for c in marks):
            found = rx.finditer(text)
        else:
            continue
        for m in found:
            if doc_spans and any(s <= m.start() < e for s, e in doc_spans):
                continue
            yield Corruption(start=m.start(), end=m.end(), text=m.group(), kind=CorruptionKind.PLACEHOLDER,
                             note=reason)
