"""Which year a figure refers to: the clause's, the sentence's, the paragraph's, the section's.

Reports rarely repeat the year at each figure. A year is found, in order, in the figure's
own clause (before it, or just after: ``12名教师于2022年完成交流``); the year its sentence
opens with (``2020年一般公共预算…,2019年为…,同比增长…`` — the change is 2020's); the
nearest earlier year in the sentence; the year a paragraph opens with (``2021年,…``);
the section's year (``二、2022年主要指标完成情况``); the report's opening year, else the day a dated news item
speaks of (``2024-02-26 来源: …`` over ``截至目前,全省有85个县…``).

Some years speak for one figure only: a compared value's (``较2021年的8.87亿元``), the
first of ``从…到…``, a year inside brackets. Some give no year at all: ``2020年以来``,
year spans, the present (``现全区…``, ``目前…``), thresholds in the negative.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import regex

from ..lang.dates import OPENING_YEAR, SPAN_MARKS, YEAR, YEAR_MARK
from ..lang.figure_years import (
    AS_OF_WORDS,
    BASE_WORD_NOUNS,
    BASE_WORDS,
    CHANGE_COLUMNS,
    COMPARED_WITH,
    CONTEXT_YEAR_WORDS,
    DEADLINE_AFTER,
    DEADLINE_BEFORE,
    NEGATION_WORDS,
    PAIR_WORDS,
    PRESENT_WORDS,
    RECENT_SPANS,
    RESPECTIVE_JOINERS,
    RESPECTIVE_NOT_JOINERS,
    SEASON_WORDS,
    SINCE_FRAMES,
    SINCE_WORDS,
    STANDING_DIVISIONS,
    STANDING_HOLDERS,
    STANDING_MEASURES,
    STANDING_UNITS,
    TERM_WORDS,
    YEAR_LEADS,
    YEAR_WORD_COMPOUNDS,
    YEAR_WORDS,
)
from ..lang.figures import CHANGE_VERBS
from ..lang.headings import OUTLINE_NUMERALS
from ..lang.numbers import SCHOOL_YEAR_WORDS
from ..lang.punctuation import CLOSE_BRACKETS, COLONS, COMMAS, LIST_MARKS, OPEN_BRACKETS, PERIODS, SEMICOLONS
from ..lang.script import alternation, either_pattern, fold, spellings
from ..lang.subjects import CHANGE_TO_VERBS, JOINER_COMPOUNDS, LIST_JOINERS, RESPECTIVE_HEADS
from ..model.quantities import Count, Range
from ..model.report import Corruption, CorruptionKind, Section
from ..patterns import char_class, first_chars, held_chars, known, matches_at
from ..quantities.scan import Match, MatchKind
from ..spans import Breaks
from ..structure.tables import CAPTION_WORDS, TABLE_END
from .places import Figure
from .subjects import MASK, NOT_STOP, unmasked

__all__ = [
    "Place",
    "PlaceFields",
    "YearMention",
    "Years",
    "find_years",
    "respective_years",
    "section_years",
    "standing_fact",
    "table_years",
    "year_of",
]


class YearMention(NamedTuple):
    start: int
    end: int
    year: int | None  # None: a span or 以来, which gives no single year
    span: tuple[int, int] | None  # the years of a span (2016-2020年)
    topic: bool  # opens its sentence: it carries on through the sentence
    para: bool  # a clause of its own (``2021年,``): it carries on to the end of its paragraph
    deadline: bool  # 到2025年, 2022年底前
    bracket: tuple[int, int] | None  # the (…) it stands in, if any
    base: bool  # 较2021年的…, 由2021年的…, 比去年…: the year of a compared value only
    offset: int | None = None  # 上年, 今年 …: the year relative to the report's (else None: a year named)
    context: bool = False  # 当年, 全年: the year the context names before it, the report's (``year``) where none


_YEAR_WORD = re.compile(alternation(YEAR_WORDS))
# Every year word ends with one character (年): the words are tried only where they would end at one of its places,
# found with a literal scan (the matches a scan of the whole text finds, without trying the words at every character;
# tests/indicators/test_build_shortcuts.py holds the two to the same).
_YEAR_WORD_SPELLINGS = tuple(x for e in YEAR_WORDS for x in spellings(e.word))
_YEAR_WORD_LAST = frozenset(w[-1] for w in _YEAR_WORD_SPELLINGS)
_YEAR_WORD_FIRST = frozenset(w[0] for w in _YEAR_WORD_SPELLINGS)  # (a place a word starts at holds one of these)
_YEAR_WORD_BACK = tuple(sorted({len(w) - 1 for w in _YEAR_WORD_SPELLINGS}))
_YEAR_WORD_END = re.compile("|".join(map(re.escape, sorted(_YEAR_WORD_LAST))))  # (a literal scan: one character)
_YEAR_OFFSET = {e.word: e.value for e in YEAR_WORDS}
_CONTEXT_WORDS = frozenset(e.word for e in CONTEXT_YEAR_WORDS)
_NOT_YEAR_WORD = re.compile(alternation(YEAR_WORD_COMPOUNDS))
# 自2013年启动评估以来: the opening word right before the year, its closing word later in the clause
_SINCE_OPENER = re.compile(rf"(?:{alternation(SINCE_FRAMES)})\s*$")
_SINCE_CLOSER = {e.word: re.compile(either_pattern(rf"{NOT_STOP}*?{e.value}")) for e in SINCE_FRAMES}
_RECENT_SPANS = tuple(re.compile(either_pattern(e.pattern)) for e in RECENT_SPANS)
# 比上年增长: after a comparison word 上年 is no year of the figure
_RISE = re.compile(alternation(tuple(e for e in CHANGE_VERBS if e.value.of_before)))
_SINCE_AFTER = re.compile(rf"^(?:{alternation(SINCE_WORDS)})")
_DEADLINE_BEFORE = re.compile(rf"(?:{alternation(DEADLINE_BEFORE)})\s*$")
_DEADLINE_AFTER = re.compile(rf"^(?:{alternation(DEADLINE_AFTER)})")
_AS_OF = regex.compile(rf"(?:{alternation(AS_OF_WORDS)})\s*$")  # 截至2023年底: as of a date, not a deadline
# 提高到2023年的92.1%: the 到 of a change verb is no deadline's, the year after it is the value's; nor is the 于 of
# a comparison word (高于2020年的1.2万人)
_REACHED = re.compile(rf"(?:{alternation((*CHANGE_TO_VERBS, *COMPARED_WITH))})\s*$")
_BASE_BEFORE = re.compile(rf"(?:{alternation(BASE_WORDS)})\s*$")
_BASE_NOUN = re.compile(rf"(?:{alternation(BASE_WORD_NOUNS)})\s*$")  # 占比2023年: no 比 of a comparison
# (a wrap may stand before 的; a season or a term may follow the year: 由2021年秋季的87家)
_BASE_TO_FIGURE = re.compile(
    rf"(?:初|底|末|(?:{alternation(SEASON_WORDS)})(?:{alternation(TERM_WORDS)})?)?\s*(?:的)?\s*"
)
# ... or a list of compared values (由2021年的45.6人、47.9人下降到…): the figures before it in the list, each with its
# unit and 、
_BASE_LIST = re.compile(
    _BASE_TO_FIGURE.pattern
    + rf"(?:[0-9０-９][0-9０-９.,]*[^\s0-9０-９{re.escape(LIST_MARKS + COMMAS + SEMICOLONS + PERIODS)}]{{0,4}}"
    + rf"{char_class(LIST_MARKS)}\s*)*"
)
_TOPIC_LEAD = re.compile(rf"(?:[{OUTLINE_NUMERALS}]+是|(?:{alternation(YEAR_LEADS)}){char_class(COMMAS)}?)?")
# what may follow a year that is a clause of its own (2021年, / 2018年12月24日至29日,)
# What a match of _TOPIC_LEAD can hold (its pattern is words, a class of numerals and commas). A stretch holding
# another character (besides white space and the noise mask, which the reading removes at its ends or from it) is
# no topic lead, however long the sentence before a year is (tests/indicators/test_build_shortcuts.py holds this to
# the full match).
_TOPIC_CHARS = known(held_chars(_TOPIC_LEAD), _TOPIC_LEAD.pattern)
_NOT_TOPIC_CHAR = re.compile(char_class(_TOPIC_CHARS | {MASK}, spaces=True, negated=True))
_OWN_CLAUSE = re.compile(
    r"(?:年度|年|上半年|下半年)?(?:[至到—\-~][0-9]{1,2}(?:月[0-9]{1,2})?日?)?\s*" + char_class(COMMAS)
)
_FROM_OPEN = re.compile(either_pattern(rf"从{char_class(COMMAS + PERIODS + SEMICOLONS, negated=True)}*$"))
_TO_WORD = regex.compile(r"到|至")
_FROM_END = re.compile(either_pattern(r"(?:从|(?P<by>由))\s*$"))
# (由 opens the value a change starts from only where the change's word and 到/至 follow the figure: 由48.6%提升至…,
# not 由12人组成)
_CHANGE_TO = regex.compile(
    rf"{char_class(COMMAS + SEMICOLONS + PERIODS + '0123456789', negated=True)}{{0,4}}?(?:到|至)"
)
# (where the clause's last word opens with none of these, it is no 从)
_FROM_FIRSTS = known(first_chars(_FROM_END), _FROM_END.pattern)
_REPAIRED_YEAR = re.compile(rf"({YEAR}){YEAR_MARK}")
# (not a span's last year: 2023—2025年, 2021年至2023年)
# (a PDF's spaces may stand around the year, 一、 2010 年工作情况, and around a span's dash, 2019 年 — 2021 年)
_SP = "[ \t\u3000]"
_TO = char_class(SPAN_MARKS)  # (the mark between a span's years)
_HEADING_YEAR = re.compile(
    either_pattern(
        rf"(?<![0-9年]{_TO})(?<![0-9年]{_SP}{_TO})(?<![0-9年]{_TO}{_SP})(?<![0-9年]{_SP}{_TO}{_SP})"
        rf"({YEAR}){_SP}{{0,2}}{YEAR_MARK}(?!{_SP}*(?:以来|至今|{_TO}))"
    )
)
_OPENING_YEAR = re.compile(OPENING_YEAR)
# A clause that opens with a present word: at the start of the stretch, or after a clause break
# (two patterns: one that opens with a character class is skipped along by the engine).
_PRESENT = re.compile(rf"\s*(?:{alternation(PRESENT_WORDS)})")
_PRESENT_AFTER_BREAK = re.compile(rf"{char_class(COMMAS + SEMICOLONS + PERIODS)}\s*(?:{alternation(PRESENT_WORDS)})")
# Both hold a present word: where the words before a figure hold none, neither matches (one search, led by the
# words' first characters, instead of two).
_PRESENT_WORD = re.compile(alternation(PRESENT_WORDS))
_NEGATED = re.compile(rf"^(?:{alternation(NEGATION_WORDS)})")
# The words a year is read with open the words after it, or end (white space after them aside) the words before it:
# where the character after the year is none such a word opens with, or the one before it none such a word holds
# (nor white space), the pattern is not tried (most years are followed by 年 words, a comma or 的, and follow one).
_SINCE_AFTER_FIRSTS = known(first_chars(_SINCE_AFTER), _SINCE_AFTER.pattern)
_DEADLINE_AFTER_FIRSTS = known(first_chars(_DEADLINE_AFTER), _DEADLINE_AFTER.pattern)
_SINCE_OPENER_CHARS = known(held_chars(_SINCE_OPENER, spaces=True), _SINCE_OPENER.pattern)
_DEADLINE_BEFORE_CHARS = known(held_chars(_DEADLINE_BEFORE, spaces=True), _DEADLINE_BEFORE.pattern)
_BASE_BEFORE_CHARS = known(held_chars(_BASE_BEFORE, spaces=True), _BASE_BEFORE.pattern)
_NUMERIC = re.compile(r"[0-9０-９]")
_CLAUSE_BREAK_CHARS = COMMAS + SEMICOLONS + PERIODS  # (where the clause of a year word opens)
_CONTEXTS = frozenset({"own", "sentence", "section"})  # (where the year a context word speaks of may be read)


class Years:
    """The year mentions of a text, in order, with windows by position (bisect, not scans).

    ``last_para[i]``: the index of the last mention up to the i-th (itself included) that opens a paragraph's
    clause of its own (and is no compared value's), or -1: the paragraph's year before a figure is read from it,
    not from every mention between the paragraph's start and the figure's sentence.
    """

    __slots__ = ("all", "last_para", "starts")

    def __init__(self, mentions: list[YearMention]) -> None:
        self.all = mentions
        self.starts = [y.start for y in mentions]
        last_para: list[int] = []
        k = -1
        for i, y in enumerate(mentions):
            if y.para and not y.base:
                k = i
            last_para.append(k)
        self.last_para = last_para

    def between(self, a: int, b: int) -> list[YearMention]:
        """Mentions that start in [a, b)."""
        return self.all[bisect.bisect_left(self.starts, a) : bisect.bisect_left(self.starts, b)]

    def span_before(self, pos: int, reach: int = 60) -> tuple[int, int] | None:
        """The years of a span (2016-2020年) ending shortly before ``pos``."""
        for y in reversed(self.between(pos - reach, pos)):
            if y.end <= pos and y.span is not None:
                return y.span
        return None


_SCHOOL_YEAR_ENDS = tuple(e.word for e in SCHOOL_YEAR_WORDS)


def find_years(
    text: str,
    matches: Sequence[Match],
    corruptions: Sequence[Corruption],
    report_year: int | None,
    single_year: int | None,
    sentence_breaks: Sequence[int],
    view: str,
    breaks: Breaks,
) -> Years:
    """Every year the text names: dates, repaired damaged dates, and 今年/去年/全年 words. ``view`` is the
    text with its noise masked (:func:`~dutyreport.indicators.subjects.masked`), for the words around a
    year (a lead word split by pinyin reads whole); ``breaks``, the text's :class:`~dutyreport.spans.Breaks`
    (the brackets around a year are read from their positions, not searched for)."""
    around = _Brackets(breaks).around
    found: list[tuple[int, int, int | None, bool]] = []  # start, end, year, deadline
    offsets: dict[int, int] = {}  # start of a year word -> its offset (上年 -1)
    context: set[int] = set()  # starts of the year words that speak of their context's year (当年)
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    for m in matches:
        if m.kind is not MatchKind.DATE:
            continue
        q = m.quantity
        if isinstance(q, Range):
            lo, hi = q.low.value, q.high.value
            if text.endswith(_SCHOOL_YEAR_ENDS, m.start, m.end):
                # a school year of two years (2023-2024学年, 2023-24学年, 2023/2024学年) is one date, of no single
                # year (a school year of one year, 2023学年, is that year): no span a 分别为 list takes years from
                found.append((m.start, m.end, None, False))
                continue
            if lo is not None and hi is not None:
                spans[(m.start, m.end)] = (int(lo), int(hi))
            found.append((m.start, m.end, None, False))
        elif isinstance(q, Count) and q.unit == "年" and q.value is not None:
            after = text[m.end : m.end + 3]
            before = text[max(0, m.start - 4) : m.start]
            opens, last = after[:1], before[-1:]  # (the characters a word after or before it would hold)
            spaced = last.isspace()
            since = (opens in _SINCE_AFTER_FIRSTS and _SINCE_AFTER.match(after) is not None) or (
                (last in _SINCE_OPENER_CHARS or spaced) and _since_frame(text, before, m.end)
            )
            year = None if since else int(q.value)
            due = _DEADLINE_AFTER.match(after) if opens in _DEADLINE_AFTER_FIRSTS else None
            # 到2025年 and 2025年底 are deadlines; 截至2023年底 (as of) is none, unless it says 前
            # (as of is asked only of a deadline's words: most years have none)
            deadline = bool(
                ((last in _DEADLINE_BEFORE_CHARS or spaced) and _DEADLINE_BEFORE.search(before)) or due
            ) and not (_AS_OF.search(before) is not None and not (due is not None and due.group().endswith("前")))
            deadline = deadline and _REACHED.search(before) is None
            found.append((m.start, m.end, year, deadline))
    for c in corruptions:
        if c.kind is CorruptionKind.LOST_DATE_CHAR and c.repaired:
            y = _REPAIRED_YEAR.match(c.repaired)
            if y:
                after = text[c.end : c.end + 3]
                found.append((c.start, c.end, None if _SINCE_AFTER.match(after) else int(y.group(1)), False))
    for recent_span in _RECENT_SPANS:
        for r in recent_span.finditer(text):
            found.append((r.start(), r.end(), None, False))  # 近5年, 三年来: no single year
    if report_year is not None:
        for w in _year_words(text):
            word = fold(w.group())
            compound = _NOT_YEAR_WORD.search(text, max(0, w.start() - 3), w.end() + 2)
            if compound and compound.start() <= w.start() and w.end() <= compound.end():
                continue  # 当前年度, 全年级: no year word
            if word == "全年" and single_year is None:
                continue  # 全年 names a year only in a report about one year
            if word == "上年" and fold(text[w.start() - 1 : w.start()]) in ("比", "较") and _RISE.match(text, w.end()):
                continue  # 比上年增长: a comparison, not the figure's year
            found.append((w.start(), w.end(), report_year + _YEAR_OFFSET[word], False))
            offsets[w.start()] = _YEAR_OFFSET[word]
            if word in _CONTEXT_WORDS:
                context.add(w.start())
    found.sort()
    out: list[YearMention] = []
    # per sentence (by its start), where the first character stands that no topic lead holds: a year after it is
    # no topic, without reading the sentence up to it again for every year it names
    no_lead_from: dict[int, int] = {}
    for start, end, year, deadline in found:
        i = bisect.bisect_left(sentence_breaks, start) - 1
        sentence_start = sentence_breaks[i] + 1 if i >= 0 else 0
        no_lead = no_lead_from.get(sentence_start)
        if no_lead is None:
            sentence_end = sentence_breaks[i + 1] if i + 1 < len(sentence_breaks) else len(view)
            other = _NOT_TOPIC_CHAR.search(view, sentence_start, sentence_end)
            no_lead = no_lead_from[sentence_start] = other.start() if other else sentence_end
        topic = no_lead >= start and _TOPIC_LEAD.fullmatch(unmasked(view[sentence_start:start]).strip()) is not None
        para = topic and _OWN_CLAUSE.match(unmasked(view[end : end + 24])) is not None and text[start].isdigit()
        out.append(
            YearMention(
                start,
                end,
                year,
                spans.get((start, end)),
                topic,
                para,
                deadline,
                around(start),
                start > 0
                and (text[start - 1] in _BASE_BEFORE_CHARS or text[start - 1].isspace())
                and _BASE_BEFORE.search(text[max(0, start - 3) : start]) is not None
                and _BASE_NOUN.search(text[max(0, start - 4) : start]) is None,
                offsets.get(start),
                start in context,
            )
        )
    return Years(out)


def _year_words(text: str) -> Iterator[re.Match[str]]:
    """``_YEAR_WORD.finditer(text)``, tried only where a word would end at its last character."""
    if len(_YEAR_WORD_LAST) != 1:
        return _YEAR_WORD.finditer(text)  # (words that end with different characters: the whole text is read)
    ends = [m.start() for m in _YEAR_WORD_END.finditer(text)]
    firsts = _YEAR_WORD_FIRST
    return matches_at(
        _YEAR_WORD, text, [p for i in ends for k in _YEAR_WORD_BACK if (p := i - k) >= 0 and text[p] in firsts]
    )


def _since_frame(text: str, before: str, end: int) -> bool:
    """Whether the year ending at ``end`` opens a 自…以来 frame: its opening word right before it, the
    closing word later in its clause."""
    opener = _SINCE_OPENER.search(before)
    if opener is None:
        return False
    return _SINCE_CLOSER[fold(opener.group().strip())].match(text, end, end + 40) is not None


_BRACKET_REACH_BACK = 60  # how far before a year its bracket may open
_BRACKET_REACH_ON = 80  # ... and how far after it close


class _Brackets:
    """The (…) or （…） around a place on its line, if any (opening at most 60 characters before it and closing
    at most 80 after it), read from the positions of the text's brackets and line breaks (bisection, no search
    of the words)."""

    __slots__ = ("_opens", "_stops", "text")

    def __init__(self, breaks: Breaks) -> None:
        self.text = breaks.text
        self._opens = breaks.of(OPEN_BRACKETS)
        self._stops = breaks.of(CLOSE_BRACKETS + "\n")  # (a bracket closes, or its line ends first)

    def around(self, pos: int) -> tuple[int, int] | None:
        """The brackets around ``pos``: where they open and where they have closed."""
        opens, stops = self._opens, self._stops
        k = bisect.bisect_left(opens, pos)
        if not k or opens[k - 1] < pos - _BRACKET_REACH_BACK:  # (no bracket opens in the 60 characters before)
            return None
        open_at = opens[k - 1]
        j = bisect.bisect_left(stops, open_at)
        if j == len(stops) or stops[j] >= pos + _BRACKET_REACH_ON:
            return None
        if stops[j] < pos or self.text[stops[j]] == "\n":
            return None  # (it closes before pos, or its line ends first)
        return (open_at, stops[j] + 1)


def section_years(text: str, sections: Sequence[Section]) -> list[tuple[int, int, int]]:
    """Top-level sections whose heading or opening words name one year: (start, end, year)."""
    out: list[tuple[int, int, int]] = []
    for s in sections:
        opening = text[s.heading_end : s.heading_end + 40].lstrip(" \u3000\n\t。")
        m = _HEADING_YEAR.search(s.heading)
        if m is None and (opening_year := _OPENING_YEAR.match(opening)) is not None:
            m = opening_year if opening_year.group("after") != "以来" else None  # (2020年以来: since, no one year)
        if m:
            out.append((s.start, s.end, int(m.group(1))))
    return out


class Place(NamedTuple):
    """Where a figure stands: its span and the starts of its clause, sentence and line; ``head``: the line
    a numbered list of lines hangs from, where the figure's line is an item of one."""

    start: int
    end: int
    clause_start: int
    clause_end: int
    sentence_start: int
    line_start: int
    head: tuple[int, int] | None = None


# A Place's fields as a plain tuple, in its order (what a caller reading many figures passes: no object each).
PlaceFields = tuple[int, int, int, int, int, int, tuple[int, int] | None]


def year_of(
    text: str,
    years: Years,
    at: Place | PlaceFields,
    sections: Sequence[tuple[int, int, int]],
    default_year: int | None,
    standard: bool,
    *,
    compared: bool = True,
) -> tuple[int | None, bool, str]:
    """The year a figure refers to, whether it is a deadline, and where it came from
    (``own``, ``compared``: a compared value's own, ``sentence``, ``paragraph``, ``section``, ``report``, or why
    there is none). ``compared``:
    whether a compared value (比上年的…) is read as one (else the figure is read as the one it is compared with)."""
    year, deadline, source, by = _read_year(text, years, at, sections, default_year, standard, compared)
    if by is not None and by.context and by.start >= at[4]:
        # 2022年起…,当年全区…: the year the word's own place is read with, the report's where that is none nearer
        # (a paragraph's year is no year's context: a span, 2019—2023年, or a day, 2024年1月)
        _, _, _, sentence_start, line_start, head = at[1:]
        clause = max(text.rfind(c, sentence_start, by.start) for c in _CLAUSE_BREAK_CHARS) + 1
        place = (by.start, by.start, max(clause, sentence_start), by.start, sentence_start, line_start, head)
        named, _, named_by = year_of(text, years, place, sections, None, standard)
        if named is not None and named_by in _CONTEXTS:
            year = named
    return year, deadline, source


def _read_year(
    text: str,
    years: Years,
    at: Place | PlaceFields,
    sections: Sequence[tuple[int, int, int]],
    default_year: int | None,
    standard: bool,
    compared: bool,
) -> tuple[int | None, bool, str, YearMention | None]:
    """:func:`year_of`'s reading, with the mention the year is read from (None: none is)."""
    start, end, clause_start, clause_end, sentence_start, line_start, head = at
    # (where the mentions of the clause and the sentence begin and end among all: most figures have none)
    mentions, starts = years.all, years.starts
    at_clause = bisect.bisect_left(starts, clause_start)
    at_clause_end = bisect.bisect_left(starts, clause_end, at_clause)
    if at_clause < at_clause_end:
        at_start = bisect.bisect_left(starts, start, at_clause, at_clause_end)
        # 0. 较2021年的8.87亿元: a compared value takes the year named right before it.
        base = [y for y in mentions[at_clause:at_start] if y.base and y.end <= start] if compared else []
        if base and _BASE_LIST.fullmatch(text, base[-1].end, start):
            if base[-1].offset is not None:
                # 2021年…支出为…元,比上年的…元: 上年 is the year before the one the figure's context speaks of
                context, _, _ = year_of(text, years, at, sections, default_year, standard, compared=False)
                if context is not None:
                    return context + base[-1].offset, False, "compared", None
            return base[-1].year, False, "compared", None
        # 1. A year in the figure's own clause (a year inside (…) speaks only for figures inside the same (…)).
        own = [
            y
            for y in mentions[at_clause:at_clause_end]
            if (y.bracket is None or y.bracket[0] <= start < y.bracket[1]) and not y.base
        ]
        before = [y for y in own if y.end <= start]
        if before:
            y = before[-1]
            if (
                _FROM_OPEN.search(text[clause_start : y.start])
                and _TO_WORD.search(text[y.end : start])
                and _has_figure_between(text, y.end, start)
            ):
                return None, False, "own", None  # 从2019年的56.91%提升到60.98%: the year belongs to the first figure
            return y.year, y.deadline, "own", y
        after = [y for y in own if y.start >= end]
        if after and not _has_figure_between(text, end, after[0].start):
            return after[0].year, after[0].deadline, "own", after[0]
    # (the clause's words without the white space after them, and its first word: no slices of the clause)
    words_end = start
    while words_end > clause_start and text[words_end - 1].isspace():
        words_end -= 1
    if (
        words_end > clause_start
        and text[words_end - 1] in _FROM_FIRSTS
        and (from_word := _FROM_END.match(text, words_end - 1, start)) is not None
        and (from_word.group("by") is None or _CHANGE_TO.match(text, end) is not None)
    ):
        return None, False, "own", None  # 小学从630元提高到1000元: the value before the change
    # 2. The sentence, unless the clause speaks of the present (现全区…, 目前…, 截止目前): then the figure is of the
    # report's own time, unless a span of no single year stands nearer, after the present word (目前,…。其中,近五年
    # 累计…). (A year after it may be another clause's own: 截止目前,已有36名教师于2018年完成交流,仍有49名…)
    first_word = clause_start
    while first_word < clause_end and text[first_word].isspace():
        first_word += 1
    present = (
        first_word
        if text.startswith(("现", "目前"), first_word, clause_end)
        else _present_at(text, sentence_start, start)
    )
    if present is not None:
        sentence_start = present
    at_sentence = bisect.bisect_left(starts, sentence_start)
    at_start = bisect.bisect_left(starts, start, at_sentence)
    in_sentence = (
        [
            y
            for y in mentions[at_sentence:at_start]
            if (y.bracket is None or y.bracket[0] <= start < y.bracket[1]) and not y.base
        ]
        if at_sentence < at_start
        else []
    )
    if present is not None and not (in_sentence and in_sentence[-1].year is None):
        return default_year, False, "present", None  # 现全区…: now, the report's own time
    if in_sentence:
        deadlines = [y for y in in_sentence if y.deadline and not y.topic]
        if deadlines:
            return deadlines[-1].year, True, "sentence", deadlines[-1]  # 2024年,…;到2025年,…80%以上: the goal's year
        topics = [y for y in in_sentence if y.topic]
        if topics:
            return topics[0].year, topics[0].deadline, "sentence", topics[0]
        return in_sentence[-1].year, in_sentence[-1].deadline, "sentence", in_sentence[-1]
    # 3. The paragraph's opening year (``2021年,``).
    if line_start < sentence_start:
        at_line = bisect.bisect_left(starts, line_start, 0, at_sentence)
        # (the last mention of [at_line, at_sentence) that opens a paragraph's clause)
        last = years.last_para[at_sentence - 1] if at_line < at_sentence else -1
        if last >= at_line:
            return mentions[last].year, mentions[last].deadline, "paragraph", mentions[last]
    # 3b. The year of the line a numbered list hangs from (2022年各级生均经费情况为:\n(1)幼儿园…).
    in_head = [y for y in years.between(*head) if y.topic and not y.base] if head else []
    if in_head:
        return in_head[0].year, in_head[0].deadline, "head", in_head[0]
    # 4. The section's year, then the report's.
    if standard and _NEGATED.match(text[clause_start:start].strip()):
        return None, False, "threshold", None  # 没有出现66人及以上的超大班额: a threshold, not a figure of a year
    for s_start, s_end, year in sections:
        if s_start <= start < s_end:
            return year, False, "section", None
    return default_year, False, "report", None


def _present_at(text: str, sentence_start: int, start: int) -> int | None:
    """Where the last clause of ``[sentence_start, start)`` that opens with a present word (现, 目前…) opens, if one
    does."""
    if not _PRESENT_WORD.search(text, sentence_start, start):
        return None  # (most sentences hold no present word)
    at = sentence_start if _PRESENT.match(text, sentence_start, start) else None
    for m in _PRESENT_AFTER_BREAK.finditer(text, sentence_start, start):
        at = m.start() + 1
    return at


def _has_figure_between(text: str, a: int, b: int) -> bool:
    return bool(_NUMERIC.search(text, a, b)) if b > a else False


# A first cell longer than a header's (see short_cells below) or a caption's (a caption word and its number).
_LONG_FIRST_CELL = re.compile(r"\s*\S{9}")
_CELL_YEAR = re.compile(rf"({YEAR}){YEAR_MARK}(?:度|末|底)?")
_CHANGE_COLUMN = regex.compile(alternation(CHANGE_COLUMNS))
# A caption naming one year: 表2 …（2022年） or 表2 2023年各学段… (not 表1 2021—2023年…).
_CAPTION = re.compile(
    rf"""
    ^\s* (?:{CAPTION_WORDS}) [0-9]{{1,2}} \s
    (?:
        [^\n]*? {char_class(OPEN_BRACKETS)} ({YEAR}) {YEAR_MARK}(?:度)?  # the year in brackets at the end
        {char_class(CLOSE_BRACKETS)}
      | \s* ({YEAR}) {YEAR_MARK}(?:度)? (?!\s*[-—–~～至到]) [^\n]*?  # or first, and no span
    )
    \s*$
    """,
    re.VERBOSE,
)


def _line_spans(text: str, newlines: Sequence[int]) -> Iterator[tuple[int, int]]:
    """The spans of the text's lines, each with its line break (the last one without, where the text does not
    end with one), from the positions of its line breaks (``newlines``): no scan of the text.

    >>> list(_line_spans("甲\\n\\n乙", [1, 2]))
    [(0, 2), (2, 3), (3, 4)]
    """
    a = 0
    for i in newlines:
        yield a, i + 1
        a = i + 1
    if a < len(text):
        yield a, len(text)


def table_years(text: str, figures: Sequence[tuple[int, int]], newlines: Sequence[int]) -> dict[int, int]:
    """Years of the figures in tables flattened into lines of cells (start of figure -> year).

    A header row ``指标 2021年 2022年 增减`` gives the k-th numeric cell of each row below it the
    k-th column's year (a change column takes the year before it); a caption ``表2 …（2022年）``
    gives its rows that year. A table ends at a blank line, a note, or the next caption.

    ``newlines``: the positions of the text's line breaks (its lines are read from them, not scanned for).
    """
    out: dict[int, int] = {}
    starts = [f[0] for f in figures]
    columns: list[int] | None = None
    caption: int | None = None
    for a, b in _line_spans(text, newlines):
        if columns is None and caption is None and (
            text.find(YEAR_MARK, a, b) < 0 or _LONG_FIRST_CELL.match(text, a, b)
        ):
            # (no table is open, and a line naming no year or opening with a long cell is no caption nor header)
            continue
        line_text = text[a:b]
        cap = _CAPTION.match(line_text)
        if cap:
            caption, columns = int(cap.group(1) or cap.group(2)), None
            continue
        body = line_text.strip()
        cells = body.split()
        short_cells = len(cells) >= 3 and all(len(c) <= 8 for c in cells)  # (prose lines stop here)
        years = [_CELL_YEAR.fullmatch(c) for c in cells[1:]] if short_cells else []
        if short_cells and sum(1 for y in years if y) >= 2:
            columns, last = [], 0
            for cell, y in zip(cells[1:], years, strict=True):
                last = int(y.group(1)) if y else last if _CHANGE_COLUMN.search(cell) else 0
                columns.append(last)
            continue
        if columns is None and caption is None:
            continue  # (no table is open: a table's end ends nothing)
        if TABLE_END.match(line_text):
            columns = caption = None
            continue
        row = starts[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]
        for k, start in enumerate(row):
            if columns is not None and k < len(columns) and columns[k]:
                out[start] = columns[k]
            elif columns is None and caption is not None:
                out[start] = caption
    return out


# A list of figures right after 分别为 (2021—2023年,支出分别为14.6亿元、15.4亿元和16.1亿元): where the list holds as
# many figures as the span of years before it in the sentence holds years, each figure is of its year, in order
# (unless the words before 分别, in its clause after the span, name the list's items: 小学、初中生均公用经费分别为…,
# 公办园和民办园分别为…, 男女生人数分别为…, 三所学校的投入分别为…).
_RESPECTIVE_HEAD = re.compile(either_pattern(rf"(?:{alternation(RESPECTIVE_HEADS)})\s*{char_class(COLONS)}?\s*"))
_ITEM_GAP = re.compile(either_pattern(rf"\s*(?:{alternation(LIST_JOINERS)}|{char_class(COMMAS)})\s*"))
# (a word that holds a joiner's character and joins nothing is matched first, and passed over)
_ITEMS_NAMED = re.compile(
    rf"(?:{alternation(RESPECTIVE_NOT_JOINERS, JOINER_COMPOUNDS)})"
    rf"|(?P<items>{alternation(LIST_JOINERS, RESPECTIVE_JOINERS, PAIR_WORDS)})"
)
_CLAUSE_BREAKS = COMMAS + SEMICOLONS
_ITEMS_REACH = 40  # (how far before 分别 the items a list names are looked for: a clause's subject is shorter)


def _start_of(f: Figure) -> int:
    return f.start


def _items_named(text: str, figures: list[Figure], i: int, lo: int) -> bool:
    """Whether the words from ``lo`` to the list's first figure ``figures[i]`` (its clause's, at most
    :data:`_ITEMS_REACH` characters) name the list's items: joined words, a pair word, or a count of things."""
    end = figures[i].start
    lo = max(lo, end - _ITEMS_REACH)
    for c in _CLAUSE_BREAKS:
        k = text.rfind(c, lo, end)
        if k >= lo:
            lo = k + 1
    if any(m.group("items") is not None for m in _ITEMS_NAMED.finditer(text, lo, end)):
        return True
    k = i - 1
    while k >= 0 and figures[k].start >= lo:  # (三所学校的投入分别为: a count of the things listed)
        if type(figures[k].quantity) is Count:
            return True
        k -= 1
    return False


_STANDING_HOLDERS = tuple(w for e in STANDING_HOLDERS for w in spellings(e.word))
_STANDING_DIVISIONS = tuple(w for e in STANDING_DIVISIONS for w in spellings(e.word))
_STANDING_ENDS = tuple(w for e in STANDING_MEASURES if e.value == "end" for w in spellings(e.word))
_STANDING_WHOLE = frozenset(w for e in STANDING_MEASURES if e.value == "whole" for w in spellings(e.word))
_STANDING_UNITS = frozenset(e.word for e in STANDING_UNITS)


def standing_fact(subject: str | None, unit: str | None, text: str, clause_start: int, start: int) -> bool:
    """A figure with this subject and unit states a standing fact of its region (lang.figure_years.STANDING_*):
    its divisions (辖12个乡镇, 辖5镇; the figure's clause before it, ``text[clause_start:start]``, holds the verb),
    its land (1200平方公里, 耕地面积) or its population (总人口45万人, not 适龄人口 nor 出生人口). Such a figure takes
    no year but its own sentence's.

    >>> text = "全县辖12个乡镇,总人口45万人,出生人口3100人"
    >>> read = [("全县辖乡镇", "个", 5), ("总人口", "人", 12), ("出生人口", "人", 21)]
    >>> [standing_fact(subject, unit, text, 0, at) for subject, unit, at in read]
    [True, True, False]
    """
    if unit in _STANDING_UNITS:
        return True
    if subject and (subject.endswith(_STANDING_ENDS) or subject in _STANDING_WHOLE):
        return True
    # (the division is the subject's last word, 辖12个乡镇, or the figure's unit, 辖5镇)
    divisions = (subject is not None and subject.endswith(_STANDING_DIVISIONS)) or (
        unit is not None and unit in _STANDING_DIVISIONS
    )
    return divisions and any(text.find(h, clause_start, start) >= 0 for h in _STANDING_HOLDERS)


def respective_years(text: str, figures: list[Figure], years: Years, sentences: Sequence[int]) -> list[Figure]:
    """The figures, those of a 分别为 list after a span of years as long as the list given a year each (the
    others as they were read)."""
    spans = [y for y in years.all if y.span is not None]
    if not spans:
        return figures  # (most texts name no span of years: their lists are of no years)
    heads = [m.end() for m in _RESPECTIVE_HEAD.finditer(text)]
    if not heads:
        return figures
    span_ends = [y.end for y in spans]
    out = figures
    n = len(figures)
    for head in heads:
        i = bisect.bisect_left(figures, head, key=_start_of)
        if i == n or figures[i].start != head or figures[i].year is not None:
            continue  # (the list opens right at the head, with a figure of no year of its own)
        f = figures[i]
        j = i  # the list: the figures of one kind after it, joined by 、/和/及/与 or a comma only
        while (
            j + 1 < n
            and type(figures[j + 1].quantity) is type(f.quantity)
            and _ITEM_GAP.fullmatch(text, figures[j].end, figures[j + 1].start) is not None
        ):
            j += 1
        k = bisect.bisect_left(sentences, f.start) - 1
        sentence_start = sentences[k] + 1 if k >= 0 else 0
        s = bisect.bisect_right(span_ends, f.start) - 1  # the last span that ends before the list, in its sentence
        if s < 0 or spans[s].start < sentence_start:
            continue
        span = spans[s].span
        if (
            span is not None
            and span[1] - span[0] == j - i
            and all(g.year is None for g in figures[i : j + 1])
            and not _items_named(text, figures, i, spans[s].end)
        ):
            if out is figures:
                out = list(figures)
            for m in range(i, j + 1):
                out[m] = figures[m]._replace(year=span[0] + m - i)
    return out
