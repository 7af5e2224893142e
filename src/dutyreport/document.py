"""The Document: one report's text and everything the stages read of it, built once per parse.

:func:`dutyreport.parse` makes one :class:`Document` and adds a layer after each of the first
stages — the noise (cleaning), the 文号 and the damage, the sections, the metadata and years, the
tables — then hands it to every later stage. A stage asks the Document (*is this position in
noise? where does this sentence start? which section holds this figure?*) instead of working it
out again, so each of those answers is found once per parse. The Document lives only as long as
the parse: nothing of it is kept in the :class:`~dutyreport.Report` or anywhere else.

>>> doc = Document.of("一、基本情况\\n全县有学校20所，教师900人。二是…")
>>> doc.sentence(8), doc.clause_start(16)
((7, 22), 16)
"""

from __future__ import annotations

import bisect
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

import attrs
from attrs import field, frozen

from .lang.punctuation import CLAUSE_ENDS, PART_ENDS, SENTENCE_ENDS
from .lang.script import fold
from .model.report import Corruption, DocNumber, Noise, Section
from .spans import Breaks, SpanSet
from .structure.plans import plan_spans

if TYPE_CHECKING:
    from .metadata import Metadata
    from .structure.tables import Table

__all__ = ["Document", "SectionIndex", "Years"]


@frozen(kw_only=True)
class Years:
    """The years a report is about, as every stage reads them.

    ``period``: the years the report covers; ``report``: the year 今年 means (the period's last);
    ``single``: the period's year when it is one (全年 means it); ``opening``: the year the report
    opens with before its first section (``2020年，县…``), which dates what no nearer year does;
    ``dated``: the year of a page's dated line, where the page reports on that one year, or speaks of
    its own day (``截至目前``, a date with no year) and its period ends that year: it dates what neither
    does; ``reviewed``: the year whose duties a self-assessment's opening says it reviews (``对2021年度履行
    教育职责情况开展了自查``), which dates what none of the others does.
    """

    period: tuple[int, ...] = ()
    opening: int | None = None
    dated: int | None = None
    reviewed: int | None = None

    @property
    def undated(self) -> int | None:
        """The year of a figure no nearer year dates: the opening's, else the dated page's, else the reviewed
        year (or None)."""
        if self.opening is not None:
            return self.opening
        return self.dated if self.dated is not None else self.reviewed

    @property
    def report(self) -> int | None:
        return max(self.period) if self.period else None

    @property
    def single(self) -> int | None:
        return self.period[0] if len(self.period) == 1 else None


class SectionIndex:
    """Which section holds a position, by bisection at each level (many sections stay cheap); where every
    section starts or ends (``bounds``) and where the top-level sections of what is to be done stand (``plans``).

    >>> from dutyreport import parse
    >>> r = parse("某县自查报告\\n一、基本情况\\n有学校20所。\\n二、下一步工作打算\\n新建学校2所。")
    >>> index = SectionIndex(r.sections)
    >>> index.bounds, index.plans.spans if index.plans else None
    ([7, 22, 39], [(22, 39)])
    """

    __slots__ = (
        "_leaf", "_starts", "bounds", "every", "heading_ends", "plans", "sections", "top_ends", "top_starts"
    )

    def __init__(self, sections: Sequence[Section]) -> None:
        self.sections = sections
        self.top_starts = [s.start for s in sections]
        self.top_ends = [s.end for s in sections]
        # every section, depth first, in reading order (what walk yields): the stages that read every
        # section go through this one tuple, not the tree each time
        self.every: tuple[Section, ...] = tuple(self.walk())
        self.heading_ends = sorted(s.heading_end for s in self.every)
        # every place a section starts or ends, in order (what crosses reads)
        self.bounds = sorted({s.start for s in self.every} | {s.end for s in self.every})
        # where the top-level sections that announce what is to be done stand (None: no such section)
        self.plans = plan_spans(sections)
        self._starts: dict[int, list[int]] = {}  # id of a level's tuple -> its sections' starts
        self._leaf: tuple[int, int, tuple[int, ...]] = (0, 0, ())  # the last childless section found

    def walk(self) -> Iterator[Section]:
        """Every section, depth first, in reading order."""
        for s in self.sections:
            yield from s.walk()

    def top(self, pos: int) -> int:
        """The index of the top-level section holding ``pos``; -1 outside them."""
        i = bisect.bisect_right(self.top_starts, pos) - 1
        return i if i >= 0 and pos < self.top_ends[i] else -1

    def crosses(self, start: int, end: int) -> bool:
        """Whether a section starts or ends inside ``start..end`` (a stretch that no one section
        holds whole: ``(一)0:一、`` where the ``一、`` opens the next section).

        >>> from dutyreport import parse
        >>> index = SectionIndex(parse("一、概况\\n学校20所\\n二、问题\\n经费少").sections)
        >>> [(s.start, s.end) for s in index.every]
        [(0, 11), (11, 19)]
        >>> index.crosses(5, 9), index.crosses(8, 12), index.crosses(12, 18)
        (False, True, False)
        """
        bounds = self.bounds
        i = bisect.bisect_right(bounds, start)
        return i < len(bounds) and bounds[i] < end

    def path(self, pos: int) -> tuple[int, ...]:
        """The child indexes from the top level down to the deepest section holding ``pos``."""
        start, end, found = self._leaf
        if start <= pos < end:
            return found  # figures come in reading order: most stand where the one before does
        path: list[int] = []
        level: Sequence[Section] = self.sections
        lo, hi = 0, sys.maxsize  # where every position has the path found so far (the parent's span)
        while level:
            starts = self._starts.get(id(level))
            if starts is None:
                starts = self._starts[id(level)] = [s.start for s in level]
            i = bisect.bisect_right(starts, pos) - 1
            if i < 0 or pos >= level[i].end:
                # in no section of this level: nor is any position between the sections around it
                if i >= 0 and level[i].end > lo:
                    lo = level[i].end
                if i + 1 < len(level) and level[i + 1].start < hi:
                    hi = level[i + 1].start
                break
            path.append(i)
            lo, hi = level[i].start, level[i].end
            level = level[i].children
        found = tuple(path)
        self._leaf = (lo, hi, found)
        return found


def _breaks(doc: Document) -> Breaks:
    return Breaks(doc.text)


_NO_SPANS = SpanSet(())  # (the layers of a Document no stage has read yet: empty, never changed)
_NO_SECTIONS = SectionIndex(())


@frozen(kw_only=True)
class Document:
    """A report's text and its layers. Build it with :meth:`of` and the ``with_…`` methods, in
    pipeline order; each returns a new Document sharing what was found before."""

    text: str
    breaks: Breaks = field(default=attrs.Factory(_breaks, takes_self=True), eq=False, repr=False)
    noise: tuple[Noise, ...] = ()
    noise_index: SpanSet = field(default=_NO_SPANS, eq=False, repr=False)
    doc_numbers: tuple[DocNumber, ...] = ()
    corruptions: tuple[Corruption, ...] = ()
    sections: tuple[Section, ...] = ()
    section_index: SectionIndex = field(default=_NO_SECTIONS, eq=False, repr=False)
    metadata: Metadata | None = None
    years: Years = Years()
    tables: tuple[Table, ...] = ()
    # the text in simplified characters once read (see folded): one holder, handed on by every with_…
    folding: list[str] = field(factory=list, eq=False, repr=False)

    @classmethod
    def of(cls, text: str) -> Document:
        """The Document of a text, before any stage has read it."""
        return cls(text=text)

    # --- layers, in pipeline order -----------------------------------------------------------------

    def with_noise(self, noise: tuple[Noise, ...]) -> Document:
        return self._but(noise=noise, noise_index=SpanSet(((n.start, n.end) for n in noise), len(self.text)))

    def with_doc_numbers(self, doc_numbers: tuple[DocNumber, ...]) -> Document:
        return self._but(doc_numbers=doc_numbers)

    def with_corruptions(self, corruptions: tuple[Corruption, ...]) -> Document:
        return self._but(corruptions=corruptions)

    def with_sections(self, sections: tuple[Section, ...]) -> Document:
        return self._but(sections=sections, section_index=SectionIndex(sections))

    def with_metadata(self, metadata: Metadata) -> Document:
        return self._but(metadata=metadata, years=metadata.years)

    def with_tables(self, tables: tuple[Table, ...]) -> Document:
        return self._but(tables=tables)

    def _but(self, **layers: Any) -> Document:
        """What ``attrs.evolve(self, **layers)`` makes (tests/test_document.py holds them together), without
        reading the class's fields anew for each of the six layers a parse adds."""
        new = object.__new__(Document)
        for name in _FIELDS:
            _set(new, name, layers[name] if name in layers else getattr(self, name))
        return new

    @property
    def folded(self) -> str:
        """The text in simplified characters, one for one (:func:`~dutyreport.lang.script.fold`): folded
        the first time a stage asks, once per parse (the Documents of one parse share it)."""
        if not self.folding:
            self.folding.append(fold(self.text))
        return self.folding[0]

    # --- questions by position ---------------------------------------------------------------------

    def in_noise(self, pos: int) -> bool:
        """Whether the character at ``pos`` is site chrome or spam."""
        return self.noise_index.hit(pos)

    def sentence(self, pos: int) -> tuple[int, int]:
        """The sentence holding ``pos``: from after the last sentence end before it to the next one."""
        ends = self.breaks.of(SENTENCE_ENDS)
        return _prev(ends, pos), _next(ends, pos, len(self.text))

    def part(self, pos: int) -> tuple[int, int]:
        """The part of a sentence holding ``pos``: a sentence, or a stretch between semicolons."""
        ends = self.breaks.of(PART_ENDS)
        return _prev(ends, pos), _next(ends, pos, len(self.text))

    def clause_start(self, pos: int) -> int:
        """Where the clause holding ``pos`` begins: after the last clause end before it."""
        return _prev(self.breaks.of(CLAUSE_ENDS), pos)


_FIELDS = tuple(a.name for a in attrs.fields(Document))
_set = object.__setattr__  # (the way attrs sets the fields of a frozen class)


def _prev(breaks: list[int], pos: int) -> int:
    """The position after the last break before ``pos`` (0 if none)."""
    i = bisect.bisect_left(breaks, pos) - 1
    return breaks[i] + 1 if i >= 0 else 0


def _next(breaks: list[int], pos: int, default: int) -> int:
    """The first break at or after ``pos`` (``default`` if none)."""
    i = bisect.bisect_left(breaks, pos)
    return breaks[i] if i < len(breaks) else default
