"""What every family reads of a figure and of the text: :class:`Context`, one per parse.

A figure read alone — its value, its unit family, its number as written and the precision a claim is
held to (:mod:`.values`) — and subjects compared by the characters they share (:mod:`.subjects`) live
in their own modules; what the families use of them is imported from here (this module's ``__all__``).

The :class:`Context` reads the :class:`~dutyreport.document.Document`'s breaks, sections and tables,
and keeps what the families ask of a figure more than once — for this parse only: it goes with the
audit's result, so nothing derived from a text outlives its parse.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, TypeVar, cast

from ..document import Document, SectionIndex
from ..lang.audit import BASE_YEARS, LIST_JOINERS, PRIOR_VALUES, RESPECTIVELY
from ..lang.punctuation import CLOSE_BRACKETS, COMMAS, FULL_STOPS, LIST_MARKS, OPEN_BRACKETS, PART_ENDS, SENTENCE_ENDS
from ..lang.script import fold
from ..model.grounded import span_of
from ..model.quantities import Count, Money, Percent, PerUnit, Ratio
from ..model.report import Check, CheckKind, Indicator
from ..patterns import word_places
from .periods import period_marks, year_lists
from .subjects import bare_subject, f1, f1_of, level_of
from .values import PEOPLE, PER_UNIT_END, decimals, fmt, per_unit, plain, total_of, unit_family, value, written_in

__all__ = [
    "BASE_REACH",
    "BASE_YEAR",
    "BRACKETS",
    "CLAUSE_REACH",
    "LIST_JOINER",
    "NEAR",
    "PRIOR",
    "QUOTES",
    "QUOTE_MARKS",
    "WINDOW",
    "Context",
    "Figures",
    "check",
    "decimals",
    "f1",
    "fmt",
    "listed_from",
    "near",
    "per_unit",
    "plain",
    "total_of",
    "unit_family",
    "value",
]

_T = TypeVar("_T")

WINDOW = 40  # indicators a list, a share or a ratio may reach over
CLAUSE_REACH = 200  # how far back a clause is read for its cue words (a clause without commas is cut here)
# A pairwise family compares a figure with the candidates nearest it, at most this many on each side.
# A report has far fewer (the most in the corpus: 41 of one kind), so there every pair is compared;
# on a text many reports long the work grows linearly, not with the square of its figures.
# (In a text joining many copies of one report, a figure meets the like figures of the copies around it
# until its window is full: checks and time per copy grow over the first dozens of copies, then level
# off (the corpus joined 1, 16, 64, 128 times: 83, 123, 149, 156 checks a copy). The output grows.)
# A figure another is compared with, another year's value (5.9亿元,比上年的5.6亿元增长5.4%: the words of a base year
# ending right before it, read back at most BASE_REACH characters; 8.1亿元,上年为7.6亿元: a prior value's words
# between the two): read by the growth checks and, to leave it out of a sum, by the parts.
BASE_YEAR = re.compile(rf"(?:{BASE_YEARS.pattern})\s*$")
PRIOR = re.compile(PRIOR_VALUES.pattern)
BASE_REACH = 24
NEAR = 64
_EPS = Decimal("1e-12")

# The marks and words between the items of a list (、 , 和 及 与).
LIST_JOINER = re.compile(rf"[{re.escape(LIST_MARKS + COMMAS)}]|{LIST_JOINERS.pattern}")
# the longest match of LIST_JOINER (its words are plain words: tests/audit/test_figures.py): a longer gap joins nothing
_JOINER_LONGEST = max(1, *(len(w) for w in LIST_JOINERS.pattern.split("|")))
_CLAUSE_STOP = re.compile(f"[{re.escape(PART_ENDS + COMMAS)}]")
QUOTES = '“”"'
QUOTE_MARKS = re.compile(f"[{QUOTES}]")
BRACKETS = OPEN_BRACKETS + CLOSE_BRACKETS  # (what Context.depth walks over; a family may read their places)
_AFTER_STOPS = PART_ENDS + COMMAS + LIST_MARKS
_YEAR_KEY = 10000  # (a figure's start and a year below it make one number: start * _YEAR_KEY + year)
_AFTER_RUN = re.compile(f"[^{re.escape(_AFTER_STOPS)}]*")  # (read up to the next stop, within a reach)


# --- the parse's context ---------------------------------------------------------------------------


def _prev(breaks: list[int], pos: int) -> int:
    i = bisect.bisect_left(breaks, pos) - 1
    return breaks[i] + 1 if i >= 0 else 0


class Figures:
    """The audit's figures as every family reads them, prepared once per parse: their positions and,
    by index, their unit family (:func:`unit_family`), whether they are plain (:func:`plain`) and their
    value (:func:`value`). Families walk these lists instead of asking each figure again."""

    __slots__ = (
        "_counts",
        "_joined",
        "_of",
        "_pairs",
        "_per_units",
        "_qualified",
        "_sentence_ends",
        "_sentences",
        "_top",
        "_tops",
        "fams",
        "inds",
        "plains",
        "starts",
        "text",
        "values",
    )

    def __init__(
        self,
        inds: Sequence[Indicator],
        text: str,
        sections: SectionIndex | None = None,
        sentence_ends: list[int] | None = None,
    ) -> None:
        self.inds = inds
        self.text = text
        self._top = sections
        self._sentence_ends = sentence_ends
        self._sentences: tuple[list[int], list[int]] | None = None
        self._tops: list[int] | None = None
        self.starts = [i.start for i in inds]
        # (unit_family and value of each figure, read in one pass over the figures: the quantity's type once)
        self.fams: list[str | None] = []
        self.values: list[Decimal | None] = []
        fams, values, people = self.fams, self.values, PEOPLE
        for i in inds:
            q: Any = i.quantity
            t = type(q)
            if t is Count:
                word = q.measure_word
                fams.append("people" if word in people else word)
                values.append(q.value)
            elif t is Money:
                fams.append("yuan")
                values.append(q.value)
            elif t is Percent:
                fams.append("pp" if q.percentage_point else "%")
                values.append(q.points)
            elif t is PerUnit:
                fams.append(q.unit)
                values.append(q.value)
            elif t is Ratio:
                fams.append("ratio")
                values.append(q.quotient)
            else:
                fams.append(None)
                values.append(None)
        # (plain(i) is value(i) is not None: the one is read off the other)
        self.plains = [v is not None for v in self.values]
        self._joined: list[bool] | None = None
        self._per_units: list[bool] | None = None
        self._pairs: list[int] | None = None
        self._counts: list[int] | None = None
        self._qualified: list[int] | None = None
        self._of: dict[tuple[str | None, bool], list[int]] = {}

    def of(self, fam: str | None, plain_only: bool = True) -> list[int]:
        """The indexes of the figures of one unit family (plain ones only, unless not ``plain_only``),
        found once: a family that reads percentages (``"%"``) or ratios walks these, not every figure."""
        of = self._of
        if not of:
            # (every family's lists in one pass over the figures, the first time one is asked for: the
            # figures by family, then the plain ones of each family)
            by_fam: dict[str | None, list[int]] = {}
            for k, f in enumerate(self.fams):
                found = by_fam.get(f)
                if found is None:
                    by_fam[f] = found = []
                found.append(k)
            plains = self.plains
            for f, found in by_fam.items():
                of[(f, False)] = found
                of[(f, True)] = [k for k in found if plains[k]]
        return of.get((fam, plain_only), [])

    def pairs(self) -> list[int]:
        """The indexes ``k`` where figure ``k`` and the next are both plain and of one unit family, found
        once: the families that read a figure with the one after it (a comparison, a change, a budget and
        its execution) walk these, not every figure."""
        if self._pairs is None:
            fams, plains = self.fams, self.plains
            self._pairs = [k for k in range(len(fams) - 1) if plains[k] and plains[k + 1] and fams[k] == fams[k + 1]]
        return self._pairs

    def counts(self) -> list[int]:
        """The indexes of the plain counts (a :class:`~dutyreport.model.quantities.Count` with a value),
        found once for the families that read counts alone."""
        if self._counts is None:
            plains = self.plains
            self._counts = [k for k, i in enumerate(self.inds) if plains[k] and type(i.quantity) is Count]
        return self._counts

    def qualified(self) -> list[int]:
        """The indexes of the figures with a qualifier (``以上``, ``不低于``…), found once: the families that
        read thresholds and goals walk these."""
        if self._qualified is None:
            self._qualified = [k for k, i in enumerate(self.inds) if i.quantity.qualifier is not None]
        return self._qualified

    def per_units(self) -> list[bool]:
        """Whether each figure is per student or per head (:func:`per_unit`), found once."""
        if self._per_units is None:
            text, end = self.text, PER_UNIT_END
            if end not in text:
                self._per_units = [False] * len(self.inds)  # (per_unit's first test, for every figure at once)
            else:
                # (per_unit's first test written out, so that only the figures it keeps are asked)
                self._per_units = [
                    (end in i.text or text[i.start - 1 : i.start] == end) and per_unit(text, i) for i in self.inds
                ]
        return self._per_units

    def joined(self) -> list[bool]:
        """Whether each figure and the next are joined as the items of a list (:data:`LIST_JOINER`
        is all that stands between them), found once for the families that read lists of figures."""
        if self._joined is None:
            inds, text = self.inds, self.text
            longest = _JOINER_LONGEST
            self._joined = [
                b.start - a.end <= longest and LIST_JOINER.fullmatch(text, a.end, b.start) is not None
                for a, b in itertools.pairwise(inds)
            ]
        return self._joined

    def sentences(self) -> tuple[list[int], list[int]]:
        """Where the sentence holding each figure starts and ends (:meth:`Context.sentence` of its start),
        found in one walk along the sorted starts and the sentence ends."""
        if self._sentences is None:
            ends = self._sentence_ends
            assert ends is not None, "Figures made without the sentence ends"
            n, text_n = len(ends), len(self.text)
            s_starts: list[int] = []
            s_ends: list[int] = []
            i = 0  # (bisect_left(ends, s): the first sentence end at or after the start)
            for s in self.starts:
                while i < n and ends[i] < s:
                    i += 1
                s_starts.append(ends[i - 1] + 1 if i else 0)
                s_ends.append(ends[i] if i < n else text_n)
            self._sentences = (s_starts, s_ends)
        return self._sentences

    def tops(self) -> list[int]:
        """The top-level section each figure stands in (:meth:`Context.top`), found once."""
        if self._tops is None:
            sections = self._top
            assert sections is not None, "Figures made without the sections"
            # (SectionIndex.top of each start, read in one walk along the sorted starts: the figures'
            # starts ascend, so the last top-level section begun before each only moves forward)
            top_starts, top_ends = sections.top_starts, sections.top_ends
            last = len(top_starts) - 1
            tops: list[int] = []
            i = -1
            for s in self.starts:
                while i < last and top_starts[i + 1] <= s:
                    i += 1
                tops.append(i if i >= 0 and s < top_ends[i] else -1)
            self._tops = tops
        return self._tops


def respective_places(text: str) -> list[int]:
    """Where the word 分别 (``RESPECTIVELY``) stands in ``text``, in order (it never overlaps itself).

    >>> respective_places("小学、初中分别为3所、2所，分别增长1所、0所")
    [5, 14]
    """
    return word_places(text, (RESPECTIVELY.pattern,))[RESPECTIVELY.pattern]


class Context:
    """One parse as the families read it: the Document's sentences, parts, clauses, sections and
    tables; the years and period words by position; and what is asked of a figure more than once
    (its number as written, its bare subject, its school level), found once and kept for this parse.
    """

    __slots__ = (
        "_breaks",
        "_figures",
        "_leftmost",
        "_levels",
        "_once",
        "_parts",
        "_per_unit",
        "_sentences",
        "_sets",
        "_similar",
        "_stops",
        "_subjects",
        "_written",
        "_years",
        "doc",
        "period_marks",
        "period_starts",
        "tables",
        "text",
        "top",
        "year_ends",
        "year_starts",
        "year_words",
    )

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        # the text the families' patterns read: in simplified characters, one for one (a report in traditional
        # characters is checked as its simplified form would be; every offset holds, and a check's figures quote
        # doc.text as written, while the words its claim names are written in simplified)
        self.text = text = doc.folded
        self.tables = doc.tables
        self.top: Callable[[int], int] = doc.section_index.top  # the top-level section holding a position
        self._sentences = doc.breaks.of(SENTENCE_ENDS)
        self._parts = doc.breaks.of(PART_ENDS)
        self._stops = doc.breaks.of(FULL_STOPS)
        # years and period words, found once and looked up by position (a long sentence stays linear)
        # (kept as three lists, not a tuple per year: a long text names many)
        self.year_starts, self.year_ends, self.year_words = year_lists(text)
        self.period_marks: list[tuple[int, int, str]] = period_marks(text)
        self.period_starts = [m[0] for m in self.period_marks]
        # what the families ask of a figure more than once, for this parse only
        self._years: dict[object, str] = {}
        self._written: dict[str, Decimal | None] = {}
        self._subjects: dict[str, str] = {}
        self._sets: dict[str, frozenset[str]] = {}
        self._similar: dict[tuple[str, str, float], bool] = {}
        self._levels: dict[str, int | None] = {}
        self._leftmost: dict[str, int | None] = {}
        self._once: dict[object, object] = {}
        self._breaks: dict[str, list[int]] = {}
        self._per_unit: dict[int, bool] = {}
        self._figures: Figures | None = None

    def once(self, key: object, make: Callable[[], _T]) -> _T:
        """``make()``, made once per parse: what several families read (``key``: the function that
        finds it)."""
        if key not in self._once:
            self._once[key] = make()
        return cast(_T, self._once[key])

    def figures(self, inds: Sequence[Indicator]) -> Figures:
        """``inds`` prepared (:class:`Figures`), once for every family that reads the same sequence."""
        found = self._figures
        if found is None or found.inds is not inds:
            found = self._figures = Figures(inds, self.text, self.doc.section_index, self._sentences)
        return found

    # --- where things are --------------------------------------------------------------------------

    def sentence(self, pos: int) -> tuple[int, int]:
        """The sentence holding ``pos`` (it ends at a full stop or a line break)."""
        ends = self._sentences
        i = bisect.bisect_left(ends, pos)  # (the one search of _prev and _next)
        return ends[i - 1] + 1 if i else 0, ends[i] if i < len(ends) else len(self.text)

    def part(self, pos: int) -> tuple[int, int]:
        """The part of a sentence holding ``pos`` (it also ends at a semicolon)."""
        ends = self._parts
        i = bisect.bisect_left(ends, pos)
        return ends[i - 1] + 1 if i else 0, ends[i] if i < len(ends) else len(self.text)

    def line(self, pos: int) -> tuple[int, int]:
        """The line holding ``pos`` (it ends at a line break)."""
        ends = self.breaks("\n")
        i = bisect.bisect_left(ends, pos)
        return ends[i - 1] + 1 if i else 0, ends[i] if i < len(ends) else len(self.text)

    def respectively(self) -> list[int]:
        """Where 分别 stands (:func:`respective_places`), found once for the families that read it."""
        return self.once(respective_places, lambda: respective_places(self.text))

    def breaks(self, chars: str) -> list[int]:
        """The positions of ``chars`` (the Document's :class:`~dutyreport.spans.Breaks`), by the set's name."""
        found = self._breaks.get(chars)
        if found is None:
            found = self._breaks[chars] = self.doc.breaks.of(chars)
        return found

    def clause_start(self, sentence_start: int, pos: int, breaks: str) -> int:
        """Where the clause holding ``pos`` begins: after the last of ``breaks`` in its sentence, read
        back at most ``CLAUSE_REACH`` characters (a text without commas stays linear); the comma of
        a thousands separator (``2,000``) is no break."""
        lo = max(0, sentence_start, pos - CLAUSE_REACH)
        found = self.breaks(breaks)
        text = self.text
        k = bisect.bisect_left(found, pos) - 1
        while k >= 0 and found[k] >= lo:
            i = found[k]
            if i > lo and text[i] == "," and text[i - 1 : i].isdigit() and text[i + 1 : i + 2].isdigit():
                k -= 1
                continue
            return i + 1
        return lo

    def last_break(self, lo: int, pos: int, breaks: str) -> int:
        """The last of ``breaks`` in [lo, pos); -1 if none."""
        found = self.breaks(breaks)
        k = bisect.bisect_left(found, pos) - 1
        return found[k] if k >= 0 and found[k] >= lo else -1

    def next_bracket(self, pos: int) -> int:
        """Where the first bracket at or after ``pos`` stands (the text's length if none): :meth:`depth`
        is 0 up to there."""
        found = self.breaks(BRACKETS)
        k = bisect.bisect_left(found, pos)
        return found[k] if k < len(found) else len(self.text)

    def depth(self, a: int, b: int) -> int:
        """How many brackets opened in [a, b) are still open at ``b``: the walk over the brackets in [a, b)
        alone (found among their positions), as nothing else changes the depth."""
        found = self.breaks(BRACKETS)
        k = bisect.bisect_left(found, a)
        text, d, n = self.text, 0, len(found)
        while k < n and found[k] < b:  # (the walk of depth over the brackets alone: nothing else changes it)
            d = d + 1 if text[found[k]] in OPEN_BRACKETS else max(0, d - 1)
            k += 1
        return d

    def year(self, ind: Indicator) -> str:
        """The year the figure's own sentence names last before it, as written (``2017``)."""
        year = ind.year
        # (by a number where the year is one of four digits or none: a tuple per figure is what a long text
        # would keep most of here)
        key: object
        if year is None:
            key = -1 - ind.start
        elif 0 < year < _YEAR_KEY:
            key = ind.start * _YEAR_KEY + year
        else:
            key = (ind.start, year)
        found = self._years.get(key)
        if found is None:
            s = _prev(self._stops, ind.start)
            k = bisect.bisect_right(self.year_ends, ind.start) - 1
            in_sentence = k >= 0 and self.year_starts[k] >= s
            found = self.year_words[k] if in_sentence else (str(year) if year else "")
            self._years[key] = found
        return found

    def period(self, start: int, end: int) -> str | None:
        """The first period word (``三年来``, ``累计``) standing wholly inside [start, end)."""
        k = bisect.bisect_left(self.period_starts, start)
        if k < len(self.period_marks) and self.period_marks[k][1] <= end:
            return self.period_marks[k][2]
        return None

    def after(self, ind: Indicator, n: int = 8) -> str:
        """Up to ``n`` characters after the figure, to the next break."""
        e = ind.end
        run = _AFTER_RUN.match(self.text, e, e + n)
        return run.group() if run is not None else ""

    # --- a figure as written -----------------------------------------------------------------------

    def written(self, ind: Indicator) -> Decimal | None:
        """The number as the report wrote it (:func:`~.values.written_in`)."""
        try:
            return self._written[ind.text]
        except KeyError:
            found = self._written[ind.text] = written_in(ind.text)
            return found

    def scale(self, ind: Indicator) -> Decimal:
        """What the number as written is multiplied by to give the value (10000 for 万元)."""
        v, w = value(ind), self.written(ind)
        if v is None or w is None or w == 0:
            return Decimal(1)
        return v / w

    def agrees(self, computed: Decimal, ind: Indicator) -> bool:
        """Whether a computed value (base units) agrees with a stated figure at the figure's own precision."""
        v = value(ind)
        if v is None:
            return False
        scale = self.scale(ind)
        stated = self.written(ind)
        if stated is None or scale == 0:
            return abs(computed - v) <= _EPS
        rounded = (computed / scale).quantize(Decimal(1).scaleb(-decimals(ind)), rounding=ROUND_HALF_UP)
        return rounded == stated

    def against(self, computed: Decimal, ind: Indicator, holds: bool) -> str:
        """How an arithmetic claim ends, as a sum of parts is stated against its total: the figure as the text
        states it where the check holds; where it fails, what the figures give (``computed``, base units) in
        the stated figure's unit as written beside it (``6500 ≠ 6900万元``, ``5.49 ≠ 6.5%``), to as many decimals
        as the stated figure has, two at least (``1.009 ≠ 1.010%``, not ``1.01 ≠ 1.010%``)."""
        if holds:
            return ind.text
        return f"{fmt(computed / self.scale(ind), max(2, decimals(ind)))} ≠ {ind.text}"

    def claim(
        self,
        terms: str,
        computed: Decimal,
        ind: Indicator,
        holds: bool,
        *,
        label: str | None = None,
        shown: Decimal | None = None,
        unit: str = "%",
        note: str = "",
    ) -> str:
        """An arithmetic claim in the report's figures as written: ``terms = figure`` where it holds, what the
        figures give against the figure where it fails (:meth:`against`: ``terms = 5.49 ≠ 6.5%``). Where it
        holds, ``shown`` (what the figures give, as the claim states it where it fails) is noted
        (``computed 5.35%``, in ``unit``); ``label`` names the claim in brackets, the noted value and ``note``
        after it (``(增幅, computed 5.35%)``); without a label the noted value alone stands in brackets."""
        said = f"{terms} = {self.against(computed, ind, holds)}"
        seen = f"computed {fmt(shown)}{unit}" if holds and shown is not None else ""
        if label is None:
            return f"{said} ({seen})" if seen else said
        return f"{said} ({label}{', ' + seen if seen else ''}{note})"

    def half_unit(self, ind: Indicator) -> Decimal:
        """Half the last written digit of a figure, in base units: how far its value may be from the
        figure it was rounded from (500 for 16.70万, 0.005 for 6.14%)."""
        return self.scale(ind) * Decimal(1).scaleb(-decimals(ind)) / 2

    def rounding(self, ind: Indicator) -> Decimal:
        """How far a figure used in a computation may be from what it was rounded from: half its last
        written digit, none for a figure written whole, whatever its unit (37个 is 37, 5亿元 is 5亿; 16.70万所
        may be 166950 to 167050)."""
        if decimals(ind) == 0:
            return Decimal(0)
        return self.half_unit(ind)

    def agrees_between(self, low: Decimal, high: Decimal, ind: Indicator) -> bool:
        """Whether a stated figure, as rounded, may stand for some value from ``low`` to ``high`` (base
        units): what a value computed from rounded figures may be (1.06万 / (16.70万 + 1.06万) is 5.94% to
        6.00%, so 5.98% may be right though 5.97% is computed)."""
        v = value(ind)
        if v is None:
            return False
        half = self.half_unit(ind)
        return low <= v + half and v - half <= high

    def per_unit(self, ind: Indicator) -> bool:
        """Whether the figure is per student or per head (:func:`per_unit`)."""
        found = self._per_unit.get(ind.start)
        if found is None:
            found = self._per_unit[ind.start] = per_unit(self.text, ind)
        return found

    # --- subjects ----------------------------------------------------------------------------------

    def subject(self, ind: Indicator) -> str:
        """The figure's subject as subjects are compared (:func:`~.subjects.bare_subject`)."""
        return self.bare(ind.subject or "")

    def bare(self, subject: str) -> str:
        found = self._subjects.get(subject)
        if found is None:
            found = self._subjects[subject] = bare_subject(fold(subject))
        return found

    def similar(self, a: str, b: str, at_least: float) -> bool:
        """Whether :func:`f1` of two subjects reaches ``at_least`` (lengths alone rule most pairs out)."""
        if not a or not b or 2 * min(len(a), len(b)) < at_least * (len(a) + len(b)):
            return False  # even all of the shorter one shared would not reach it
        key = (a, b, at_least)  # (families compare the same subjects again: each pair is computed once)
        found = self._similar.get(key)
        if found is None:
            # where one of them holds each character once, the characters they share are counted as
            # f1 counts them, by their sets (made by the set's own loop, not a count per character)
            sets = self._sets
            sa = sets.get(a)
            if sa is None:
                sa = sets[a] = frozenset(a)
            sb = sets.get(b)
            if sb is None:
                sb = sets[b] = frozenset(b)
            shared = sa & sb
            if len(sa) == len(a) or len(sb) == len(b):
                found = f1_of(len(shared), len(a), len(b)) >= at_least
            else:
                # (f1 of the two as multisets: each shared character as many times as the one holding it
                # fewer times holds it, counted by str.count, not by a dict of counts made per subject)
                common = sum([min(a.count(ch), b.count(ch)) for ch in shared])
                found = f1_of(common, len(a), len(b)) >= at_least
            self._similar[key] = found
        return found

    def level(self, s: str, leftmost: bool = False) -> int | None:
        """The school level a subject names (:func:`~.subjects.level_of`)."""
        levels = self._leftmost if leftmost else self._levels
        try:
            return levels[s]
        except KeyError:
            found = levels[s] = level_of(fold(s), leftmost)
            return found


def listed_from(
    ctx: Context, inds: Sequence[Indicator], starts: Sequence[int], pos: int, word_end: int, s_end: int
) -> list[Indicator]:
    """The figures listed from ``pos`` on (the first within a few words of ``word_end`` in its clause,
    the others joined by 、/和/及/与), within the sentence ending at ``s_end``."""
    text = ctx.text
    k = bisect.bisect_left(starts, pos)
    listed: list[Indicator] = []
    while k < len(inds) and inds[k].start < s_end:
        if listed:
            gap = text[listed[-1].end : inds[k].start].strip()
            if len(gap) > 2 or not LIST_JOINER.fullmatch(gap or LIST_MARKS):
                break
        elif inds[k].start - word_end > 12 or _CLAUSE_STOP.search(text, word_end, inds[k].start):
            break  # 分别高于全省平均水平（97.8%、95.6%）: a few words may name them first
        listed.append(inds[k])
        k += 1
    return listed


# --- making checks ---------------------------------------------------------------------------------


def check(
    kind: CheckKind, claim: str, holds: bool, inds: Iterable[Indicator], computed: Decimal | None = None, note: str = ""
) -> Check:
    """A check over the figures it reads (distinct, in reading order); it stands at the first of them."""
    listed = inds if isinstance(inds, list) else list(inds)
    if all(a.start < b.start for a, b in itertools.pairwise(listed)):
        # (the common case: given in reading order, none twice, each starting after the one before, so that
        # they are already their distinct spans in order; tests/audit/test_figures.py holds it to the sort; each
        # figure's span copied from the checked figure)
        figures = tuple([span_of(i) for i in listed])
    else:
        # (the distinct spans in order: the first figure of each, as the figures of one span hold one text)
        spans = sorted({(i.start, i.end, i.text): i for i in listed}.items())
        figures = tuple([span_of(i) for _, i in spans])
    first = figures[0]
    return Check(
        start=first.start,
        end=first.end,
        text=first.text,
        kind=kind,
        claim=claim,
        holds=holds,
        figures=figures,
        computed=computed,
        note=note,
    )


def near(items: Sequence[_T], starts: Sequence[int], pos: int, reach: int = NEAR) -> Sequence[_T]:
    """The items (in text order, ``starts`` their positions) nearest ``pos``: up to ``reach`` on each side."""
    k = bisect.bisect_left(starts, pos)
    return items[max(0, k - reach) : k + reach]
