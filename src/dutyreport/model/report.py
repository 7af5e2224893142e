"""The report model: everything :func:`dutyreport.parse` finds, each item grounded in the input.

Every item that stands somewhere in the report is :class:`~dutyreport.model.grounded.Grounded`:
``start``/``end``, character offsets into :attr:`Report.text` (the decoded input exactly as
given), and ``text``, which always equals ``report.text[start:end]``. Values are typed:
``Indicator.value`` is a ``Decimal`` (or a tuple of them, or ``None``), never a JSON string;
the JSON view is :mod:`dutyreport.serialize` (``Report.to_dict``, ``Report.to_json``).
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from itertools import repeat
from typing import Any, Literal

from attrs import Attribute, field, frozen, validators

from .dimensions import Dimensions
from .grounded import Excerpt, Grounded, Named, Span, counted, each_field, is_, optional, short, shown, tuple_of
from .quantities import Count, Money, Percent, PerUnit, Qualifier, Quantity, Range, Ratio, Value

__all__ = [
    "AdminLevel",
    "Check",
    "CheckKind",
    "Comparator",
    "Corruption",
    "CorruptionKind",
    "Deadline",
    "DocNumber",
    "Excerpt",
    "Grounded",
    "Indicator",
    "IndicatorKind",
    "Measure",
    "Noise",
    "NoiseKind",
    "Plan",
    "Point",
    "Problem",
    "Rectification",
    "Report",
    "ReportKind",
    "Responsible",
    "Section",
    "Span",
    "Status",
    "Target",
    "Title",
]


class ReportKind(enum.Enum):
    SELF_ASSESSMENT = "self_assessment"
    RECTIFICATION = "rectification"
    WORK_REPORT = "work_report"
    INSPECTION = "inspection"
    OTHER = "other"


class AdminLevel(enum.Enum):
    DISTRICT = "区"
    COUNTY = "县"
    CITY = "市"
    COUNTY_CITY = "县级市"


class NoiseKind(enum.Enum):
    """Text around or inside the report that is not the report's own words."""

    CHROME = "chrome"  # site navigation, stamps, footers, download blurbs
    SPAM = "spam"  # injected advertising: gambling, lottery, adult-site keywords
    PINYIN = "pinyin"  # the reading a mirror site printed after characters: 教育(jiào yù), 學xué校


class CorruptionKind(enum.Enum):
    """Damage inside the report's own text."""

    LOST_DATE_CHAR = "lost_date_char"  # 20226月底 for 2022年6月底
    LOST_BRACKET = "lost_bracket"  # 〔20201号 for 〔2020〕1号
    RUN_TOGETHER = "run_together"  # 19142408435845214427: five figures without separators
    PLACEHOLDER = "placeholder"  # x人, xx区, x万元 left from a template
    UNBALANCED = "unbalanced"  # 十四五规划》, “3311计划: a quote or bracket without its pair
    SPAM = "spam"  # injected spam that replaced the report's own words
    SITE_LABEL = "site_label"  # a site's label glued to the title (…报告范文)
    IMPLAUSIBLE = "implausible"  # a figure that cannot be right
    JOINED = "joined"  # 34884 人, xx\n所, 2 315所: a figure read across the spaces or line break extraction left
    LOST_CHARS = "lost_chars"  # 毕业生学率 (升 lost), 关于转发的通知 (the title lost), (教基一厅5号) (its year lost)
    # 达标学校所1292所: a character copied where it does not belong; also an invisible format control
    # (a bidirectional override, a zero-width space splitting a word)
    STRAY_CHARS = "stray_chars"
    DUPLICATED = "duplicated_text"  # 部分学校办学条件不足、部分学校办学条件不足: words printed twice
    RUBY = "ruby_injection"  # 義務(wù)教育: pinyin a site put after characters
    CHUNK_MARKER = "docx_chunking"  # 验收\n2、。截至目前: a preview's page-chunk number inside a sentence
    LINE_BREAK = "pdf_linebreak"  # 九年一贯\n制学校, 特殊 教育学校: a line wrap left inside a sentence
    SPACING = "pdf_spacing"  # 2021 年度: a space extraction put between a year and 年
    NUMBERING = "garbled_numbering"  # a second top heading numbered 一 again
    SPUN = "spun_text"  # 一、根本情况 for 基本情况: a synonym spinner's substitution in a fixed phrase


class IndicatorKind(enum.Enum):
    STOCK = "stock"
    CHANGE = "change"
    TARGET = "target"
    STANDARD = "standard"


class Comparator(enum.Enum):
    GE = ">="
    GT = ">"
    LE = "<="
    LT = "<"
    EQ = "="


class Status(enum.Enum):
    DONE = "done"
    IN_PROGRESS = "in_progress"


class CheckKind(enum.Enum):
    PARTS_TOTAL = "parts_total"
    GROWTH = "growth"
    SHARE = "share"
    NAMED_COUNT = "named_count"
    REPEATED = "repeated"
    SIGN = "sign"
    BOUND = "bound"
    MAGNITUDE = "magnitude"


_of = optional
_tuple_of = tuple_of
_STR = is_(str)
_QUANTITY = is_((Money, Percent, Count, Ratio, Range, PerUnit))


def _between(low: int, high: int) -> Any:
    def check(instance: Any, attribute: Attribute[Any], value: Any) -> None:
        if value is None:
            return
        if type(value) is not int:
            raise TypeError(f"{attribute.name} must be an int or None, not {type(value).__name__}")
        if not low <= value <= high:
            raise ValueError(f"{attribute.name} must be within {low}..{high}, not {value}")

    return check


@frozen(kw_only=True, repr=False)
class Title(Span):
    """The report's own title where it stands; ``clean`` is the title as a reader reads it (the noise
    inside its span left out), ``text`` the span as written."""

    clean: str = field(validator=_STR, repr=short)

    def _repr_html_(self) -> str:
        """A notebook's display: the title as written, as read, and where it stands."""
        from ..render.notebook import item_html

        return item_html(self)


@frozen(kw_only=True, repr=False)
class Noise(Span):
    """A span of site chrome or injected spam. Nothing is deleted: it is only marked."""

    kind: NoiseKind = field(validator=is_(NoiseKind))
    reason: str = field(default="", validator=_STR)

    def _repr_html_(self) -> str:
        """A notebook's display: the span muted, its kind and reason, and where it stands."""
        from ..render.notebook import noise_html

        return noise_html(self)


@frozen(kw_only=True, repr=False)
class Corruption(Span):
    """Damage in the report's text, with the repaired reading where it is certain.

    ``repaired`` is ``None`` when no single reading is certain; ``readings`` then lists
    the candidates (``2018910日`` may be 2018年9月10日 or 2018年91月0日 — only one is a date,
    but ``20201号`` style cases can have two).
    """

    kind: CorruptionKind = field(validator=is_(CorruptionKind))
    repaired: str | None = field(default=None, validator=_of(str))
    readings: tuple[str, ...] = field(default=(), validator=_tuple_of(str))
    note: str = field(default="", validator=_STR)

    def _repr_html_(self) -> str:
        """A notebook's display: the damaged span marked, its repair or readings, and where it stands."""
        from ..render.notebook import corruption_html

        return corruption_html(self)


@frozen(kw_only=True, repr=False)
class DocNumber(Span):
    """A 文号 cited in the report, normalized as ``武教督委〔2020〕1号``."""

    normalized: str = field(validator=_STR)
    repaired: bool = field(default=False, validator=is_(bool))

    def _repr_html_(self) -> str:
        """A notebook's display: the number as written, as normalized, and where it stands."""
        from ..render.notebook import item_html

        return item_html(self)


@frozen(kw_only=True, eq=False, repr=False)
class Point(Excerpt):
    """An ``一是…`` / ``二是…`` point inside a section's paragraph (its text read from the report's)."""

    number: str = field(validator=_STR)

    def _repr_html_(self) -> str:
        """A notebook's display: the point's first characters, its number, and where it stands."""
        from ..render.notebook import item_html

        return item_html(self)


def _children(value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(c, Section) for c in value):
        raise TypeError(f"a section's children are a tuple of sections, not {type(value).__name__}")


def _heading(instance: Section, attribute: Any, value: int) -> None:
    if not instance.start <= instance.heading_start <= value <= instance.end:
        raise ValueError(
            f"heading {instance.heading_start}..{value} outside its section {instance.start}..{instance.end}"
        )
    if instance.read(instance.heading_start, value) != instance.heading:
        raise ValueError(f"heading {instance.heading!r} does not read back at {instance.heading_start}..{value}")


_SECTION_FIELDS = (
    ("number", _of(str)),
    ("heading", _STR),
    ("level", validators.and_(is_(int), validators.ge(1))),
    ("heading_end", _heading),
    ("children", lambda i, a, v: _children(v)),
    ("points", _tuple_of(Point)),
)


def _section(instance: Section, attribute: Any, points: tuple[Point, ...]) -> None:
    """A section's fields after its span checked in one call (a report has a few hundred sections); where
    one is wrong, each field's own validator, in field order, says which."""
    number, level, children = instance.number, instance.level, instance.children
    if (
        (number is None or type(number) is str)
        and type(instance.heading) is str
        and type(level) is int
        and level >= 1
        and type(children) is tuple
        and all(type(c) is Section for c in children)
        and type(points) is tuple
        and all(type(p) is Point for p in points)
    ):
        _heading(instance, _HEADING_END, instance.heading_end)
    else:
        each_field(instance, _SECTION_FIELDS)


_HEADING_END = Named("heading_end")


@frozen(kw_only=True, eq=False, repr=False)
class Section(Excerpt):
    """A numbered (or closing, unnumbered) section and its nested children.

    ``start``/``end``/``text`` cover the whole section, heading included; ``heading_start``/
    ``heading_end`` cover the heading text without its number. The text is read from the report's
    (an :class:`~dutyreport.model.grounded.Excerpt`): sections nest, and a stored copy at every
    level would hold the report several times over.
    """

    number: str | None = field()
    heading: str = field(repr=short)
    level: int = field()
    heading_start: int
    heading_end: int = field()
    children: tuple[Section, ...] = field(default=(), repr=counted)  # (a repr counts them: <5 Section>)
    points: tuple[Point, ...] = field(default=(), validator=_section, repr=counted)  # (checks the six)

    def walk(self) -> Iterator[Section]:
        """This section and every section below it, depth first."""
        yield self
        for child in self.children:
            yield from child.walk()

    def _repr_html_(self) -> str:
        """A notebook's display: a card (number, heading, level, where it stands, its subsections) over the
        first part of its text, never the whole of a long section."""
        from ..render.notebook import section_html

        return section_html(self)


_QUANTITY_TYPES = frozenset({Money, Percent, Count, Ratio, Range, PerUnit})
_INTS = frozenset({int})
_INDICATOR_FIELDS = (
    ("quantity", _QUANTITY),
    ("subject", _of(str)),
    ("year", _of(int)),
    ("kind", is_(IndicatorKind)),
    ("section", _tuple_of(int)),
    ("key", _of(str)),
    ("dimensions", is_(Dimensions)),
)


def _indicator(instance: Indicator, attribute: Any, dimensions: Dimensions) -> None:
    """An indicator's fields after its span's checked in one call (every figure of every parse is one);
    where one is wrong, each field's own validator, in field order, says which."""
    subject, year, section, key = instance.subject, instance.year, instance.section, instance.key
    if (
        type(instance.quantity) in _QUANTITY_TYPES
        and (subject is None or type(subject) is str)
        and (year is None or type(year) is int)
        and type(instance.kind) is IndicatorKind
        and type(section) is tuple
        and _INTS.issuperset(map(type, section))
        and (key is None or type(key) is str)
        and type(dimensions) is Dimensions
    ):
        return
    each_field(instance, _INDICATOR_FIELDS)


@frozen(kw_only=True, repr=False)
class Indicator(Span):
    """A quantitative statement: where it stands, what it measures, and its exact value.

    ``value``, ``unit`` and ``qualifier`` are the quantity's: a ``Decimal`` (money in yuan, a
    percentage as its fraction, a count), a tuple of them (a range's ends, a ratio's terms) or
    ``None`` (a placeholder).
    """

    quantity: Quantity = field()
    subject: str | None = field(default=None)
    year: int | None = field(default=None)
    kind: IndicatorKind = field(default=IndicatorKind.STOCK)
    section: tuple[int, ...] = field(default=())  # path of child indexes into sections
    key: str | None = field(default=None)  # the measure the subject names (lang.measures)
    # level, sector, area stated (its validator checks the fields above too: see _indicator)
    dimensions: Dimensions = field(factory=Dimensions, validator=_indicator)

    @property
    def value(self) -> Value:
        return self.quantity.value

    @property
    def unit(self) -> str | None:
        return self.quantity.unit

    @property
    def qualifier(self) -> Qualifier | None:
        return self.quantity.qualifier

    def __repr__(self) -> str:
        parts = [f"text={short(self.text)}", f"value={self.value!r}", f"unit={self.unit!r}"]
        if self.qualifier is not None:
            parts.append(f"qualifier={shown(self.qualifier)}")
        parts.append(f"subject={None if self.subject is None else short(self.subject)}")
        parts.append(f"year={self.year!r}")
        if self.key is not None:
            parts.append(f"key={self.key!r}")
        if self.kind is not IndicatorKind.STOCK:
            parts.append(f"kind={shown(self.kind)}")
        return f"Indicator({', '.join(parts)})"

    def _repr_html_(self) -> str:
        """A notebook's display: the figure highlighted by its kind, and its card."""
        from ..render.notebook import indicator_html

        return indicator_html(self)


@frozen(kw_only=True, repr=False)
class Problem(Span):
    """A shortcoming the report admits: in a problem section, inline (但还存在…等问题), or the problem
    a rectification block answers."""

    source: Literal["section", "inline", "rectification"] = field(
        default="section", validator=validators.in_(("section", "inline", "rectification"))
    )

    def _repr_html_(self) -> str:
        """A notebook's display: the problem's first characters, its source, and where it stands."""
        from ..render.notebook import item_html

        return item_html(self)


@frozen(kw_only=True, repr=False)
class Plan(Span):
    """A forward-looking item (下一步, 下步打算, 今后努力方向)."""

    def _repr_html_(self) -> str:
        """A notebook's display: the plan's first characters and where it stands."""
        from ..render.notebook import item_html

        return item_html(self)


@frozen(kw_only=True, repr=False)
class Deadline(Span):
    """When a goal or a rectification is due, where the report says so (``到2025年``, ``整改时限：2023年12月
    31日前``): the span and the date it names (``None`` where it names none, as in 长期坚持)."""

    year: int | None = field(default=None, validator=_between(1000, 9999))
    month: int | None = field(default=None, validator=_between(1, 12))
    day: int | None = field(default=None, validator=_between(1, 31))

    def _repr_html_(self) -> str:
        """A notebook's display: the deadline's words, the date they name, and where they stand."""
        from ..render.notebook import item_html

        return item_html(self)


@frozen(kw_only=True, repr=False)
class Target(Span):
    """A goal for a future date: ``到2025年…达到95%``."""

    subject: str | None = field(validator=_of(str))
    comparator: Comparator = field(validator=is_(Comparator))
    quantity: Quantity = field(validator=_QUANTITY)
    deadline: Deadline | None = field(default=None, validator=_of(Deadline))

    @property
    def value(self) -> Value:
        return self.quantity.value

    @property
    def unit(self) -> str | None:
        return self.quantity.unit

    @property
    def qualifier(self) -> Qualifier | None:
        return self.quantity.qualifier

    def _repr_html_(self) -> str:
        """A notebook's display: the goal highlighted, its subject, comparator, value, unit and deadline, and where it
        stands."""
        from ..render.notebook import item_html

        return item_html(self)


@frozen(kw_only=True, repr=False)
class Measure(Span):
    """A numbered measure answering one problem of a rectification."""

    heading: str = field(validator=_STR, repr=short)

    def _repr_html_(self) -> str:
        """A notebook's display: the measure's first characters, its heading, and where it stands."""
        from ..render.notebook import item_html

        return item_html(self)


@frozen(kw_only=True, repr=False)
class Responsible(Span):
    """Who answers for a rectification (责任单位：县财政局、县教育局): the value's span and text, and
    the units it names, in order."""

    units: tuple[str, ...] = field(default=(), validator=_tuple_of(str))

    def _repr_html_(self) -> str:
        """A notebook's display: who answers for a rectification, and where it stands."""
        from ..render.notebook import item_html

        return item_html(self)


def _rectification_problem(instance: Any, attribute: Attribute[Problem], value: Problem) -> None:
    if not isinstance(value, Problem) or value.source != "rectification":
        raise ValueError(f"a rectification's problem is a Problem of source 'rectification', not {value!r}")


@frozen(kw_only=True, repr=False)
class Rectification(Span):
    """One problem block of a 整改 report: the problem, its measures, targets and status."""

    problem: Problem = field(validator=_rectification_problem)
    measures: tuple[Measure, ...] = field(default=(), validator=_tuple_of(Measure))
    indicators: tuple[Indicator, ...] = field(default=(), validator=_tuple_of(Indicator))
    targets: tuple[Target, ...] = field(default=(), validator=_tuple_of(Target))
    status: Status | None = field(default=None, validator=_of(Status))
    deadline: Deadline | None = field(default=None, validator=_of(Deadline))  # 整改时限, 完成时限 …
    responsible: Responsible | None = field(default=None, validator=_of(Responsible))  # 责任单位, 牵头单位 …

    def _repr_html_(self) -> str:
        """A notebook's display: the block's first characters, its problem, measures, deadline and status, and
        where it stands."""
        from ..render.notebook import item_html

        return item_html(self)


def _figures(instance: Check, attribute: Attribute[tuple[Span, ...]], value: tuple[Span, ...]) -> None:
    if not value:
        return
    if (value[0].start, value[0].end) != (instance.start, instance.end):
        raise ValueError(f"a check stands at its first figure, not at {instance.start}..{instance.end}")
    if any((a.start, a.end) >= (b.start, b.end) for a, b in itertools.pairwise(value)):
        raise ValueError("a check's figures are distinct and in reading order")


_CHECK_FIELDS = (
    ("kind", is_(CheckKind)),
    ("claim", _STR),
    ("holds", is_(bool)),
    ("figures", _tuple_of(Span)),
    ("figures", _figures),
    ("computed", _of(Decimal)),
    ("note", _STR),
)


def _check(instance: Check, attribute: Any, note: str) -> None:
    """A check's fields after its span's, in one call; where one is wrong, each field's validator says which."""
    figures, computed = instance.figures, instance.computed
    if (
        type(instance.kind) is CheckKind
        and type(instance.claim) is str
        and type(instance.holds) is bool
        and type(figures) is tuple
        and all(map(isinstance, figures, repeat(Span)))
    ):
        _figures(instance, attribute, figures)  # (raises its own error: the fields before it are right)
        if (computed is None or type(computed) is Decimal) and type(note) is str:
            return
    each_field(instance, _CHECK_FIELDS)


@frozen(kw_only=True, repr=False)
class Check(Span):
    """One consistency the report's own numbers make checkable, and whether it holds.

    ``figures`` are the spans of the figures it uses, distinct and in reading order. A check stands
    at its first figure: ``start``/``end``/``text`` are that figure's. (Not the stretch from the first
    figure to the last: a figure repeated across a long report would make that most of the report,
    once per check.)

    ``computed`` is what the figures give, exact, as the claim computes it: yuan for money, a count for
    counts, the quotient for a ratio, and **percentage points** for a rate or a share (``23.33…`` for
    23.33%, where an :class:`Indicator`'s ``value`` of a percent is its fraction, ``0.2333…``).
    """

    kind: CheckKind = field()
    claim: str = field(repr=short)
    holds: bool = field()
    figures: tuple[Span, ...] = field()
    computed: Decimal | None = field(default=None)
    note: str = field(default="", validator=_check)  # (checks the fields above too)

    @classmethod
    def over(
        cls,
        text: str,
        spans: Iterable[tuple[int, int]],
        *,
        kind: CheckKind,
        claim: str,
        holds: bool,
        computed: Decimal | None = None,
        note: str = "",
    ) -> Check:
        """The check over the figures at ``spans`` (offsets into ``text``, the report's text)."""
        figures = tuple(Span(start=s, end=e, text=text[s:e]) for s, e in sorted(set(spans)))
        first = figures[0] if figures else Span(start=0, end=0, text="")
        return cls(
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

    def _repr_html_(self) -> str:
        """A notebook's display: ✓ or ✗, the claim, and what was computed."""
        from ..render.notebook import check_html

        return check_html(self)


@frozen(kw_only=True, repr=False)
class Report:
    """A parsed report. ``text`` is the input as given; everything else points into it."""

    text: str = field(validator=_STR)
    title: Title | None = field(default=None, validator=_of(Title))
    region: str | None = field(default=None, validator=_of(str))
    admin_level: AdminLevel | None = field(default=None, validator=_of(AdminLevel))
    kind: ReportKind = field(default=ReportKind.OTHER, validator=is_(ReportKind))
    period: tuple[int, ...] = field(default=(), validator=_tuple_of(int))
    doc_numbers: tuple[DocNumber, ...] = field(default=(), validator=_tuple_of(DocNumber))
    sections: tuple[Section, ...] = field(default=(), validator=_tuple_of(Section))
    indicators: tuple[Indicator, ...] = field(default=(), validator=_tuple_of(Indicator))
    noise: tuple[Noise, ...] = field(default=(), validator=_tuple_of(Noise))
    corruptions: tuple[Corruption, ...] = field(default=(), validator=_tuple_of(Corruption))
    problems: tuple[Problem, ...] = field(default=(), validator=_tuple_of(Problem))
    plans: tuple[Plan, ...] = field(default=(), validator=_tuple_of(Plan))
    rectifications: tuple[Rectification, ...] = field(default=(), validator=_tuple_of(Rectification))
    targets: tuple[Target, ...] = field(default=(), validator=_tuple_of(Target))
    checks: tuple[Check, ...] = field(default=(), validator=_tuple_of(Check))

    @property
    def body(self) -> str:
        """The text a reader reads: the input with every noise span left out (derived, not stored)."""
        parts: list[str] = []
        pos = 0
        for n in sorted(self.noise, key=lambda n: n.start):
            if n.start > pos:
                parts.append(self.text[pos : n.start])
            pos = max(pos, n.end)
        parts.append(self.text[pos:])
        return "".join(parts)

    def walk_sections(self) -> Iterator[Section]:
        """Every section, depth first, in reading order."""
        for section in self.sections:
            yield from section.walk()

    def __repr__(self) -> str:
        """Short whatever the input: metadata and counts, never the text."""
        title = None if self.title is None else short(self.title.clean, 60)
        level = None if self.admin_level is None else self.admin_level.value
        counts = ", ".join(
            f"{name}={len(getattr(self, name))}"
            for name in ("sections", "indicators", "noise", "corruptions", "problems", "plans", "rectifications",
                         "targets", "checks", "doc_numbers")
        )
        return (
            f"Report(title={title}, region={self.region!r}, admin_level={level!r}, kind={self.kind.value!r},"
            f" period={self.period!r}, text=<{len(self.text)} chars>, {counts})"
        )

    # -- the JSON view (dutyreport.serialize), loaded on first use --------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data, the input text included; :meth:`from_dict` loads it back."""
        from ..serialize import to_dict

        return to_dict(self)

    def to_json(self, *, indent: int | None = 1) -> str:
        """The report as a JSON string (UTF-8 text, not ASCII-escaped); :meth:`from_json` loads it back."""
        from ..serialize import to_json

        return to_json(self, indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Report:
        """The report :meth:`to_dict` gave; raises :class:`~dutyreport.FormatError` for anything else."""
        from ..serialize import from_dict

        return from_dict(data)

    @classmethod
    def from_json(cls, data: str | bytes) -> Report:
        """The report :meth:`to_json` gave; raises :class:`~dutyreport.FormatError` for anything else."""
        from ..serialize import from_json

        return from_json(data)

    def to_html(self) -> str:
        """One self-contained HTML page to review the report: its text with every figure highlighted
        by kind (a card on hover or click), noise muted, damage marked with its repair, the section
        outline and the checks linked to their figures (``n``/``p`` step through the failed ones).
        The text is escaped and the page allows no script but its own (see :mod:`dutyreport.render`).
        """
        from ..render import to_html

        return to_html(self)

    def _repr_html_(self) -> str:
        """A notebook's display: a card (title, region, kind, period, counts, failed checks) and the
        highlighted text in a scrolling box, bounded in size."""
        from ..render.notebook import report_html

        return report_html(self)
