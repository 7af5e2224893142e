"""Which defined measure an indicator states, and for which level, sector and area.

:func:`key_of` reads an indicator's subject (and, where the subject is only a label such as
``高中`` or ``同比增幅``, the words before the figure in its sentence) against the table of
measures in :mod:`dutyreport.lang.measures`. It gives a key only where one measure is certain:

* the unit must be one the measure is stated in (a 元 amount is never a percent measure);
* the subject must hold one of the measure's synonyms, hold a word its ``requires`` names and
  none its ``excludes`` names; an ``exact`` measure's subject holds nothing else but dimension
  words (``公办小学`` counts schools, ``新建小学`` does not);
* a subject that names a completion rate or a use of money (:data:`VETO_WORDS`), a level outside
  the table (``普通高等学校``) or a level, sector or area the measure is not broken down by gets
  no key; of several measures the most specific synonym wins, and a tie gives no key.

A wrong key is worse than none: where the subject does not settle it, the indicator stays unkeyed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import regex
from attrs import field, frozen

from ..lang.figures import FIGURE_MASKS
from ..lang.measures import (
    ACTION_WORDS,
    AREA_WORDS,
    CHANGE_WORDS,
    FILLER_WORDS,
    LEVEL_WORDS,
    MEASURES,
    OTHER_LEVEL_WORDS,
    RATE_FIGURE_WORDS,
    RATE_WORDS,
    SECTOR_WORDS,
    SHARE_WORDS,
    STAGE_WORDS,
    VETO_WORDS,
    MeasureDef,
)
from ..lang.numbers import Entry
from ..lang.punctuation import (
    CLOSE_BRACKETS,
    COLONS,
    COMMAS,
    FULL_STOPS,
    LIST_MARKS,
    OPEN_BRACKETS,
    SEMICOLONS,
    SENTENCE_ENDS,
)
from ..lang.script import TRADITIONAL_FORMS, alternation, fold, words_alternation
from ..lang.subjects import RESPECTIVE_OPENING
from ..model.dimensions import Area, Dimensions, SchoolLevel, Sector
from ..model.quantities import Quantity
from ..patterns import char_class
from .fits import Fits, Named, named_in, table_of
from .synonyms import (
    NO_NAMES,
    Spans,
    matches,
    named_spans,
    names_a_measure,
    names_in,
    synonym_end,
)

__all__ = ["KeyMatch", "KeyReadings", "key_of", "measure"]


@frozen(kw_only=True)
class KeyMatch:
    """A defined measure an indicator states, and the dimensions its subject names."""

    key: str
    dimensions: Dimensions = field(factory=Dimensions)
    from_context: bool = False  # the measure was named before the figure, the subject only labels it


# (Patterns that need nothing of ``regex`` run on the standard engine, which is faster for them:
# tests/test_engines.py holds the two to the same answers.)
_NOT_BRACKET = char_class(OPEN_BRACKETS + CLOSE_BRACKETS, negated=True)
_BRACKETED = re.compile(rf"{char_class(OPEN_BRACKETS)}{_NOT_BRACKET}{{0,60}}{char_class(CLOSE_BRACKETS)}")
_OPEN_TAIL = re.compile(rf"{char_class(OPEN_BRACKETS)}{_NOT_BRACKET}*$")  # 城区(含市直: an aside its end cut off
_CLOSE_HEAD = re.compile(rf"^{_NOT_BRACKET}*{char_class(CLOSE_BRACKETS)}")  # 教育费附加): an aside the start cut off
_NOISE = regex.compile(r"[\s\x00“”\"'‘’《》「」]+")
# What _clean removes, looked for first (most subjects hold none of it); the standard engine's \s holds
# the four separator controls too, which only sends such a subject to be cleaned for nothing.
_CLEANED = re.compile(r"[(（)）\s\x00“”\"'‘’《》「」]")
_HAN = regex.compile(r"\p{Han}")
# A character fold changes, one _clean takes away, or a word of _VETO: a subject holding none of them is its own
# folded and cleaned form, and not vetoed.
_FOLDED_CLEANED_OR_VETOED = re.compile(
    f"{char_class(e.word for e in TRADITIONAL_FORMS)}|{_CLEANED.pattern}|{alternation(VETO_WORDS, either_script=False)}"
)
_PUNCT_MARKS = LIST_MARKS + COMMAS + COLONS + SEMICOLONS + FULL_STOPS + "/"  # (what a label's words may stand between)
_PUNCT = re.compile(char_class(_PUNCT_MARKS) + "+")
_CLAUSE_BREAK = regex.compile(  # an aside opens one too
    char_class(SENTENCE_ENDS + COMMAS + SEMICOLONS + COLONS + OPEN_BRACKETS, spaces=True)
)
# The last clause break before a position: the same pattern searched from the end back (one step, not a list).
_LAST_CLAUSE_BREAK = regex.compile(_CLAUSE_BREAK.pattern, regex.REVERSE)
# The same on the standard engine, faster for it: everything up to the last clause break (the greedy run gives back
# one character at a time from the end); its \s holds the four separator controls, which the other's does not.
_UP_TO_LAST_CLAUSE_BREAK = re.compile(rf"(?s).*(?![\x1c-\x1f]){_CLAUSE_BREAK.pattern}")
_JOINER = "、和及与"
_JOINERS = tuple(_JOINER)
_ANY_JOINER = re.compile(char_class(_JOINER))
_FIGURE_CHAR = rf"(?:[0-9０-９.]|{char_class(e.word for e in FIGURE_MASKS)})"  # (a digit, a point or a mask)
_NOUN_LIST = regex.compile(rf"(?<!{_FIGURE_CHAR}[\p{{Han}}]{{0,2}})[\p{{Han}}]{char_class(_JOINER)}$")


_BY_KEY: dict[str, MeasureDef] = {m.key: m for m in MEASURES}
_STAGE, _OTHER = object(), object()  # a stage of several levels (高中阶段); a level outside the table (高校)
_LEVELS: dict[str, object] = {
    **{e.word: _STAGE for e in STAGE_WORDS},
    **{e.word: _OTHER for e in OTHER_LEVEL_WORDS},
    **{e.word: e.value for e in LEVEL_WORDS},
}
_SCHOOL_LEVEL_WORDS = frozenset(w for w, lv in _LEVELS.items() if isinstance(lv, SchoolLevel))
_SECTORS: dict[str, Sector] = {e.word: e.value for e in SECTOR_WORDS}
_AREAS: dict[str, Area] = {e.word: e.value for e in AREA_WORDS}
_LEVEL_WORD = re.compile(alternation(LEVEL_WORDS, STAGE_WORDS, OTHER_LEVEL_WORDS, either_script=False))
_TABLE_LEVEL = re.compile(alternation(LEVEL_WORDS, either_script=False))
_LEVEL_END = re.compile(f"(?:{_TABLE_LEVEL.pattern})$")  # a list's level before a joiner
_SECTOR_WORD = re.compile(alternation(SECTOR_WORDS, either_script=False))
_AREA_WORD = re.compile(alternation(AREA_WORDS, either_script=False))
_VETO = re.compile(alternation(VETO_WORDS, either_script=False))
_FILLER = re.compile(alternation(FILLER_WORDS, either_script=False))  # what may stand beside an exact measure's noun
_CHANGE = re.compile(alternation(CHANGE_WORDS, either_script=False))
_GROWTH_WORDS = frozenset(e.word for e in CHANGE_WORDS)  # what a growth measure requires
_IS_GROWTH = {m.key: not _GROWTH_WORDS.isdisjoint(m.requires) for m in MEASURES}
_THING_UNITS = ("个", "所", "家")  # counts of things, whose nouns may be listed with others
_ACTION = re.compile(alternation(ACTION_WORDS, either_script=False))
_EXACT_NOUN = re.compile(words_alternation(w for m in MEASURES if m.exact for w in m.synonyms))
_COMPULSORY_PARTS = (SchoolLevel.PRIMARY, SchoolLevel.JUNIOR_SECONDARY)
_RATE = re.compile(alternation(RATE_WORDS, either_script=False))
_RATE_FIGURE = re.compile(alternation(RATE_FIGURE_WORDS, either_script=False))
_SHARE_WORD = re.compile(alternation(SHARE_WORDS, either_script=False))

def measure(key: str) -> MeasureDef:
    """The table entry of a key (``KeyError`` for a key the table does not define)."""
    return _BY_KEY[key]


def key_of(
    subject: str | None, quantity: Quantity, before: str = "", readings: KeyReadings | None = None
) -> KeyMatch | None:
    """The defined measure an indicator with this subject and quantity states, or ``None``.

    ``before`` is the text before the figure in its sentence. It is read where the subject is
    a label and nothing more (``高中``, ``初中同比增长``: the measure is the head named before it),
    and to see whether a count's clause is a plain count (``全县有小学46所``) or says something
    else of the things counted (``新改扩建高中5所、义务段学校20所``).

    ``readings``: what was read of the subjects of a report's figures so far (:class:`KeyReadings`), where the
    caller keeps one for the report: the figures that share a subject (and a unit) have its words read once.

    >>> from dutyreport.model.quantities import PerUnit, Percent
    >>> from decimal import Decimal
    >>> per_student = PerUnit(value=Decimal("10799.07"), per=("student", "year"))
    >>> m = key_of("普通小学生均一般公共预算教育支出", per_student)
    >>> m.key, m.dimensions.level.value
    ('per_student_general_budget_spending', '小学')
    >>> key_of("普通小学生均一般公共预算教育支出", Percent(points=Decimal("0.92"))) is None
    True
    >>> key_of("普通小学生均一般公共预算教育支出同比增长", Percent(points=Decimal("0.92"))).key
    'per_student_general_budget_spending_growth'
    >>> readings = KeyReadings()  # (one report's)
    >>> [key_of("普通小学生均一般公共预算教育支出", per_student, "", readings).key for _ in range(2)]
    ['per_student_general_budget_spending', 'per_student_general_budget_spending']
    """
    table = table_of(quantity)
    if table is None:
        return None  # no measure is stated in this unit
    read = _reading(subject, table) if readings is None else readings.of(subject, table)
    if read is None:
        return None  # a subject naming a completion rate or a use of money, or naming no measure, level or label
    if not (read.subject or before):
        return None  # (no words at all)
    if not (read.names or read.names_a_level() or (before and read.is_label())):
        return None  # no measure, level or label named: none of the readings below can find one
    raw, subject = read.raw, read.subject
    before = fold(before)  # (read from here on: before, only whether there are words counted)
    # 新建小学5所, 检查学校、培训机构200个: no plain count (of the measures that fit, the counts only)
    counts_only = bool(before) and table.exact and (not _plain_clause(before) or _listed_under_a_word(raw, before))
    found = read.found(counts_only)
    from_context = False
    window: str | None = None  # the words before, cleaned (read once, where they are read)
    if found is None and before and read.is_label() and not read.cut_words():
        window = _clean(before)
        if _VETO.search(window):
            return None
        fits, named = (table.counts, table.counts_named) if counts_only else (table.measures, table.measures_named)
        found = _best(fits, window, label=subject, named=named)
        from_context = True
    if found is None:
        return None
    m, spans = found
    # (the words before are cleaned where a reading below may find something in them: a list of measures needs
    # a joiner there, a 分别 list its two characters; cleaning only takes characters away)
    listing = not from_context and spans and _ANY_JOINER.search(before) is not None
    respective = "分" in before and "别" in before
    if window is None and (listing or respective):
        window = _clean(before)
    if listing and window is not None and _in_measure_list(subject[spans[0][0] : spans[-1][1]], window):
        return None
    if respective and window is not None and _respective_over_measures(window):
        return None
    listed = _in_level_list(raw, before) if readings is None else _in_level_list(raw, before, read.level_list_head())
    if from_context:
        spans = ()
    # (a breakdown is kept where the figures after may share it: a reading of one figure reads it once)
    dims = (
        _dimensions(m, subject, spans, listed=listed) if readings is None else read.dimensions(m, spans, listed=listed)
    )
    if dims is None:
        return None
    if m.as_rate is not None and (_RATE.search(subject) or _RATE_FIGURE.match(quantity.text)):
        m = _BY_KEY[m.as_rate]  # 生均公用经费按每生每年720元: the rate funds are set at
    return _key_match(m.key, *dims, from_context)


Found = tuple[MeasureDef, Spans]
Breakdown = tuple[SchoolLevel | None, Sector | None, Area | None]


class _SubjectReading:
    """What :func:`key_of` reads in a subject alone, for the measures of one unit (:class:`Fits`): the subject
    folded and cleaned, the names and levels it holds, and, each where first asked, whether it is a label, the
    measure it names and the breakdown it gives a measure. Where a report's figures share a subject (a table's
    rows, a template's), :class:`KeyReadings` reads it once for them all."""

    __slots__ = (
        "_breakdowns",
        "_counts",
        "_cut",
        "_label",
        "_level_named",
        "_list_head",
        "_measures",
        "names",
        "raw",
        "subject",
        "table",
    )

    def __init__(
        self,
        raw: str,
        subject: str,
        table: Fits,
        names: frozenset[str],
        level_named: bool | None = None,
        label: bool | None = None,
    ) -> None:
        self.raw = raw
        self.subject = subject
        self.table = table
        self.names = names
        self._level_named = level_named
        self._label = label
        self._cut: bool | None = None
        self._list_head: str | bool | None = None
        # (what found() read, of all the measures and of the counts: None where it has not been read)
        self._measures: tuple[Found | None] | None = None
        self._counts: tuple[Found | None] | None = None
        self._breakdowns: dict[tuple[str, Spans, bool], Breakdown | None] | None = None

    def names_a_level(self) -> bool:
        """:func:`_names_a_level` of the subject."""
        if self._level_named is None:
            self._level_named = _names_a_level(self.subject)
        return self._level_named

    def is_label(self) -> bool:
        """:func:`_is_label` of the subject."""
        if self._label is None:
            self._label = _is_label(self.subject)
        return self._label

    def cut_words(self) -> bool:
        """:func:`_cut_words` of the subject."""
        if self._cut is None:
            self._cut = _cut_words(self.raw, self.subject)
        return self._cut

    def level_list_head(self) -> str | bool:
        """:func:`_level_list_head` of the subject as written (folded, not cleaned)."""
        if self._list_head is None:
            self._list_head = _level_list_head(self.raw)
        return self._list_head

    def found(self, counts_only: bool) -> Found | None:
        """The measure the subject names of those that fit (of the counts only, where the clause is no plain
        count), and its synonym's spans; a level alone names the one measure a bare level names."""
        kept = self._counts if counts_only else self._measures
        if kept is None:
            table = self.table
            fits, named = (table.counts, table.counts_named) if counts_only else (table.measures, table.measures_named)
            subject = self.subject
            names = self.names
            found = _best(fits, subject, in_percent=table.in_percent, names=names, named=named) if names else None
            if found is None and self.names_a_level() and _only_dimensions(subject):
                bare = [m for m in fits if m.bare_level]  # 小学 8所: the level word names the schools
                found = (bare[0], ()) if len(bare) == 1 else None
            kept = (found,)
            if counts_only:
                self._counts = kept
            else:
                self._measures = kept
        return kept[0]

    def dimensions(self, m: MeasureDef, spans: Spans, *, listed: bool) -> Breakdown | None:
        """:func:`_dimensions` of the subject."""
        k = (m.key, spans, listed)
        breakdowns = self._breakdowns
        if breakdowns is None:
            breakdowns = self._breakdowns = {}
        elif k in breakdowns:
            return breakdowns[k]
        found = breakdowns[k] = _dimensions(m, self.subject, spans, listed=listed)
        return found


def _reading(subject: str | None, table: Fits) -> _SubjectReading | None:
    """The reading of a subject for the measures of a unit; ``None`` where no words before and no quantity give it a
    key: it names a completion rate or a use of money (:data:`VETO_WORDS`), or it names no measure that fits, no
    level, and is no label (no object is made for the many subjects that name nothing)."""
    subject = subject or ""
    if _FOLDED_CLEANED_OR_VETOED.search(subject) is None:  # (most subjects: one search for the three below)
        raw = subject
    else:
        raw = fold(subject)  # (a subject in traditional characters is read in simplified)
        subject = _clean(raw)
        if _VETO.search(subject) is not None:
            return None
    # the names of the measures that fit (a measure named that does not fit is never the key: found or not,
    # every reading comes to the same); one search finds whether there is any (a set's isdisjoint of a string
    # makes a string of each character it reads, slower than the search)
    of = table.names
    if of.any_name.search(subject) is not None:
        return _SubjectReading(raw, subject, table, names_in(subject, of))
    level_named = _names_a_level(subject)
    label = _is_label(subject)
    if not (level_named or label):
        return None
    return _SubjectReading(raw, subject, table, NO_NAMES, level_named, label)


class KeyReadings:
    """What :func:`key_of` has read of each subject in one report, for the figures after that share it (and the
    unit it is read for). It lives as long as the reading of its report."""

    __slots__ = ("_read",)

    def __init__(self) -> None:
        self._read: dict[tuple[str | None, int], _SubjectReading | None] = {}

    def of(self, subject: str | None, table: Fits) -> _SubjectReading | None:
        """:func:`_reading` of ``subject`` for ``table``, read once."""
        k = (subject, table.number)
        read = self._read
        if k in read:
            return read[k]
        found = read[k] = _reading(subject, table)
        return found


def _clean(s: str) -> str:
    """The subject without bracketed asides (``(含民办学校)``, ``(上年)``, and one the subject's
    start or end cut through), quotes and spaces."""
    if _CLEANED.search(s) is None:
        return s
    s = _BRACKETED.sub("", s)
    s = _OPEN_TAIL.sub("", _CLOSE_HEAD.sub("", s))
    return str(_NOISE.sub("", s))


def _cut_words(raw: str, cleaned: str) -> bool:
    """Cleaning dropped words of an aside the subject cut through (校区) 小学xx所(含xx所校区)):
    the figure stands inside the aside, and what it counts is not for the words before it."""
    return len(_HAN.findall(raw)) > len(_HAN.findall(cleaned)) + len(_HAN.findall("".join(_BRACKETED.findall(raw))))


def _listed_under_a_word(subject: str, before: str) -> bool:
    """The subject is a later item of a list of nouns (学校、培训机构), not of labelled figures
    (小学8所、初中3所): what it counts is the list's, not its own."""
    if not subject or not before.endswith(subject):
        return False
    end = len(before) - len(subject)
    # (a match ends with a joiner at the end, or before a line break there: where neither stands, none is tried)
    if end < 2 or (before[end - 1] not in _JOINER and (before[end - 1] != "\n" or before[end - 2] not in _JOINER)):
        return False
    return _NOUN_LIST.search(before, 0, end) is not None


def _plain_clause(text: str) -> bool:
    """The clause ending ``text`` counts things as they are (``全区共有公办学校20所:幼儿园7所、小学``),
    not things something was done to (``新改扩建高中5所、义务段学校``)."""
    if "(" in text or "（" in text:
        text = _BRACKETED.sub("", text)
    last = _UP_TO_LAST_CLAUSE_BREAK.match(text)
    clause = text[last.end() :] if last else text
    if _EXACT_NOUN.search(clause) is None:
        return _ACTION.search(clause) is None  # (no noun to take away)
    return _ACTION.search(_EXACT_NOUN.sub("", clause)) is None  # (培训 in 培训机构 is the noun's)


def _in_level_list(subject: str, before: str, head: str | bool | None = None) -> bool:
    """The subject's level word is one of a list of levels (小学、初中生均公用经费; or …、初中、
    普通高中生均公用经费分别为…): which item is this figure's the subject does not say.
    (``head``: :func:`_level_list_head` of the subject, where the caller has it.)"""
    if head is None:
        head = _level_list_head(subject)
    if head is True or head is False:
        return head
    at = before.rfind(head)  # the label and the head it opens, as written before
    return at > 0 and before[at - 1] in _JOINER and _LEVEL_END.search(before, 0, at - 1) is not None


def _level_list_head(subject: str) -> str | bool:
    """What :func:`_in_level_list` reads in the subject alone: whether its level word is an item of a list of
    levels the subject holds (True), can be none (False), or else the label and the head it opens, which the
    words before may hold as a list's last item."""
    first = _LEVEL_WORD.search(subject)
    if first is None or not isinstance(_LEVELS[first.group()], SchoolLevel):
        return False
    after = subject[first.end() : first.end() + 1]
    if after and after in _JOINER and _LEVEL_WORD.match(subject, first.end() + 1):
        return True
    if first.start() != 0:
        return False
    return subject[: first.end() + 2]


def _in_measure_list(named: str, before: str) -> bool:
    """The measure's words close a list of measures (学前三年毛入园率、普惠性幼儿园覆盖率、公办园在园
    幼儿占比分别为…): the subject reader gave every figure the last one's words."""
    at = before.rfind(named)
    return at > 0 and before[at - 1] in _JOINER and synonym_end().search(before, 0, at - 1) is not None


def _names_a_level(s: str) -> bool:
    """``s`` names a level of the table (中小学 names none: it holds 小学 but is a stage)."""
    return not _SCHOOL_LEVEL_WORDS.isdisjoint(_LEVEL_WORD.findall(s))


def _respective_over_measures(before: str) -> bool:
    """The figure is an item of a 分别 list whose clause names no measure while the words before it
    name several (毛入园率达到96.4%，普惠性幼儿园覆盖率91.8%，…，分别比上年提高1.2个、2.7个和): which
    measure each item changes, the subject read for it does not say."""
    at = before.rfind(RESPECTIVE_OPENING)
    if at < 0:
        return False
    last = _LAST_CLAUSE_BREAK.search(before, 0, at)
    clause_start = last.end() if last else 0
    if names_a_measure(before[clause_start:]):
        return False  # 小学、初中生均公用经费分别为…: the list is of one measure's labels
    return len(named_spans(before[:clause_start])) >= 2


def _is_label(subject: str) -> bool:
    """A subject that is only level, change and filler words: a label under a head named before it."""
    if not _LABEL_CHARS.issuperset(subject):
        return False  # a character no such word holds stays whatever they strip
    return _strip(subject, _LEVEL_WORD, _SECTOR_WORD, _AREA_WORD, _FILLER, _CHANGE, _PUNCT) == ""


def _only_dimensions(s: str) -> bool:
    if not _DIMENSION_CHARS.issuperset(s):
        return False  # (as in _is_label)
    return _strip(s, _LEVEL_WORD, _SECTOR_WORD, _AREA_WORD, _FILLER, _PUNCT).replace("\x00", "") == ""


def _chars(*tables: tuple[Entry[object], ...]) -> frozenset[str]:
    return frozenset(ch for t in tables for e in t for ch in e.word)


# The characters the words of _only_dimensions and _is_label hold (and the masks and marks they strip).
_DIMENSION_CHARS = _chars(LEVEL_WORDS, STAGE_WORDS, OTHER_LEVEL_WORDS, SECTOR_WORDS, AREA_WORDS, FILLER_WORDS) | set(
    _PUNCT_MARKS + "\x00"
)
_LABEL_CHARS = _DIMENSION_CHARS - {"\x00"} | _chars(CHANGE_WORDS)


def _strip(s: str, *patterns: re.Pattern[str]) -> str:
    for p in patterns:
        s = p.sub("", s)
    return s


def _best(
    measures: Sequence[MeasureDef],
    text: str,
    *,
    label: str | None = None,
    in_percent: bool = False,
    names: frozenset[str] | None = None,
    named: Named | None = None,
) -> tuple[MeasureDef, Spans] | None:
    """The one measure ``text`` names most specifically (with its synonym's literal spans), or
    ``None`` where none does or two do equally. With a ``label`` (``text`` is then the words
    before the figure), the synonym nearest the figure wins, what it requires or excludes is read
    in the synonym and the label only, and an exact measure's noun must open a plain clause.
    (``names``: :func:`names_in` of ``text``, where the caller has it; ``named``: the measures each name names,
    a :class:`Named` of ``measures``, where the caller has it.)"""
    best: list[tuple[tuple[int, int], MeasureDef, Spans]] = []
    level_spans: list[tuple[int, int]] | None = None
    if names is None:
        names = names_in(text)
    tried = named_in(measures, names) if named is None else named.tried(names)  # (the others match nothing)
    # (the subject names a change and no share, read once: a percent that is no growth is then no measure's)
    changes = label is None and in_percent and not _SHARE_WORD.search(text) and _CHANGE.search(text) is not None
    for m in tried:
        if label is None and not _allowed(m, text):
            continue  # (what it requires or excludes read in the subject: the same for each of its matches)
        top: tuple[tuple[int, int], Spans] | None = None
        for spans in matches(m, text, names):
            start, end = spans[0][0], spans[-1][1]
            if m.exact:
                if level_spans is None:
                    level_spans = [w.span() for w in _LEVEL_WORD.finditer(text)]
                if any(a <= start and end <= b for a, b in level_spans):
                    continue  # 幼儿 in 幼儿园: a level word, not a count's noun
            # (the synonym's own characters, not its gaps)
            weight = end - start if len(spans) == 1 else sum(b - a for a, b in spans)
            if label is None:
                if not _allowed_in_subject(m, text, spans, changes=changes):
                    continue
                rank = (weight, -start)
            else:
                if not _allowed(m, "".join(text[a:b] for a, b in spans) + label):
                    continue
                if m.exact and not _plain_clause(text[:start]):
                    continue
                rank = (end, weight)
            if top is None or rank > top[0]:
                top = (rank, spans)
        if top is not None:
            best.append((top[0], m, top[1]))
    if not best:
        return None
    if len(best) > 1:
        best.sort(key=lambda b: b[0], reverse=True)
        if best[0][0] == best[1][0]:
            return None  # two measures named equally: not certain
    return best[0][1], best[0][2]


def _allowed(m: MeasureDef, scope: str) -> bool:
    """``requires`` and ``excludes`` read in ``scope`` (one search for each: a word of either is there)."""
    requires, excludes = _REQUIRED[m.key]
    if requires is not None and requires.search(scope) is None:
        return False
    return excludes is None or excludes.search(scope) is None


def _any_word(words: Sequence[str]) -> re.Pattern[str] | None:
    return re.compile(words_alternation(words)) if words else None


# Each measure's requires and excludes as a pattern any of their words matches (None: no words).
_REQUIRED: dict[str, tuple[re.Pattern[str] | None, re.Pattern[str] | None]] = {
    m.key: (_any_word(m.requires), _any_word(m.excludes)) for m in MEASURES
}


def _allowed_in_subject(m: MeasureDef, subject: str, spans: Spans, *, changes: bool) -> bool:
    """An exact measure's ``subject`` holds nothing but its noun and dimension words; the measure's
    words are no item of a list of nouns (对大班额和教师配备两个方面); a percent measure named by a
    noun that is no rate (大班额) is not its change in percent (大班额下降83.8% is the count's change;
    ``changes``: the figure is a percent, and the subject names a change and no share)."""
    end = spans[-1][1]
    if (m.exact or m.unit in _THING_UNITS) and subject[end : end + 1] in _JOINERS:
        return False
    if changes and not _IS_GROWTH[m.key]:
        return False
    if not m.exact:
        return True
    if len(spans) == 1 and not (
        _DIMENSION_CHARS.issuperset(subject[: spans[0][0]]) and _DIMENSION_CHARS.issuperset(subject[end:])
    ):
        return False  # a character outside the noun no dimension word holds (as _only_dimensions finds it first)
    return _only_dimensions(_mask(subject, spans))


def _mask(s: str, spans: Spans) -> str:
    """``s`` with the characters of ``spans`` (offsets into it) masked by NUL."""
    if len(spans) == 1:  # (most measures are named by one word)
        a, b = spans[0]
        return s[:a] + "\x00" * (b - a) + s[b:] if a < b else s
    out: list[str] = []
    pos = 0
    for a, b in sorted(spans):
        a = max(a, pos)
        if b <= a:
            continue
        out += (s[pos:a], "\x00" * (b - a))
        pos = b
    out.append(s[pos:])
    return "".join(out)


def _dimensions(
    m: MeasureDef, subject: str, spans: Spans, *, listed: bool
) -> tuple[SchoolLevel | None, Sector | None, Area | None] | None:
    """The level, sector and area the subject names outside the measure's own words; ``None``
    where it names one the measure is not broken down by, or opens with a level outside the table."""
    rest = _mask(subject, spans)
    head = spans[0][0] if spans else len(subject)  # where the measure's own words begin
    named = [(w.start(), _LEVELS[w.group()]) for w in _LEVEL_WORD.finditer(rest)]
    level: SchoolLevel | None = None  # (where no level word stands, none: what _level gives of none)
    if named:
        opening = named[0][1] if named[0][0] < head else None  # a label before the head
        if opening is _OTHER or (opening is None and any(lv is _OTHER for _, lv in named)):
            return None  # 普通高等学校生均…: a level the table leaves out
        levels = [lv for _, lv in named if isinstance(lv, SchoolLevel)]
        several = any(lv is _STAGE for _, lv in named) and not isinstance(opening, SchoolLevel)  # 中小学、幼儿园
        level = None if listed or several else _level(levels, opening=isinstance(opening, SchoolLevel))
        if (level is not None and level not in m.levels) or (
            level is None and any(lv not in m.levels for lv in levels)
        ):
            return None
    sectors = {_SECTORS[w] for w in _SECTOR_WORD.findall(rest)}
    areas = {_AREAS[w] for w in _AREA_WORD.findall(rest)}
    if (sectors and not m.sectors) or (areas and not m.areas):
        return None
    return (
        level,
        next(iter(sectors)) if len(sectors) == 1 else None,
        next(iter(areas)) if len(areas) == 1 else None,
    )


@functools.cache
def _dimensions_of(level: SchoolLevel | None, sector: Sector | None, area: Area | None) -> Dimensions:
    """One :class:`Dimensions` for each breakdown (immutable: shared by the figures that state it; a few dozen)."""
    return Dimensions(level=level, sector=sector, area=area)


@functools.cache
def _key_match(
    key: str, level: SchoolLevel | None, sector: Sector | None, area: Area | None, from_context: bool
) -> KeyMatch:
    """One :class:`KeyMatch` for each key, breakdown and reading (immutable; as many as the table's keys allow:
    looked up by the breakdown's parts, with no :class:`Dimensions` built or hashed for a figure)."""
    return KeyMatch(key=key, dimensions=_dimensions_of(level, sector, area), from_context=from_context)


def _level(levels: list[SchoolLevel], *, opening: bool) -> SchoolLevel | None:
    """One level from those a subject names: the only one; 义务教育 and one of its two parts is
    that part; else the one the subject opens with (a label before its head: 初中…标准)."""
    if len(levels) == 1:
        return levels[0]  # (the only one)
    distinct = list(dict.fromkeys(levels))
    parts = [lv for lv in distinct if lv in _COMPULSORY_PARTS]
    if len(distinct) == 2 and SchoolLevel.COMPULSORY in distinct and len(parts) == 1:
        return parts[0]
    if len(distinct) == 1 or (distinct and opening):
        return distinct[0]
    return None
