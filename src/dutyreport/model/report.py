"""The report model: everything :func:`dutyreport.parse` finds, each item grounded in the input.

Every item that stands somewhere in the report carries ``start``/``end``, character
offsets into :attr:`Report.text` (the decoded input exactly as given), and ``text``,
which always equals ``report.text[start:end]``.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from decimal import Decimal

from attrs import field, frozen

from .quantities import Quantity

__all__ = [
    "AdminLevel",
    "Check",
    "CheckKind",
    "Comparator",
    "Corruption",
    "CorruptionKind",
    "DocNumber",
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
    "Section",
    "Status",
    "Target",
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
    SPAM = "spam"  # injected gambling / lottery advertising


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


@frozen(kw_only=True)
class Noise:
    """A span of site chrome or injected spam. Nothing is deleted: it is only marked."""

    start: int
    end: int
    text: str
    kind: NoiseKind
    reason: str = ""


@frozen(kw_only=True)
class Corruption:
    """Damage in the report's text, with the repaired reading where it is certain.

    ``repaired`` is ``None`` when no single reading is certain; ``readings`` then lists
    the candidates (``2018910日`` may be 2018年9月10日 or 2018年91月0日 — only one is a date,
    but ``20201号`` style cases can have two).
    """

    start: int
    end: int
    text: str
    kind: CorruptionKind
    repaired: str | None = None
    readings: tuple[str, ...] = ()
    note: str = ""


@frozen(kw_only=True)
class DocNumber:
    """A 文号 cited in the report, normalized as ``武教督委〔2020〕1号``."""

    start: int
    end: int
    text: str
    normalized: str
    repaired: bool = False


@frozen(kw_only=True)
class Point:
    """An ``一是…`` / ``二是…`` point inside a section's paragraph."""

    number: str
    start: int
    end: int
    text: str


@frozen(kw_only=True)
class Section:
    """A numbered (or closing, unnumbered) section and its nested children.

    ``start``/``end`` cover the whole section, heading included; ``heading_start``/
    ``heading_end`` cover the heading text without its number.
    """

    number: str | None
    heading: str
    level: int
    start: int
    end: int
    heading_start: int
    heading_end: int
    children: tuple[Section, ...] = ()
    points: tuple[Point, ...] = ()

    def walk(self) -> Iterator[Section]:
        """This section and every section below it, depth first."""
        yield self
        for child in self.children:
            yield from child.walk()


@frozen(kw_only=True)
class Indicator:
    """A quantitative statement: where it stands, what it measures, and its exact value."""

    start: int
    end: int
    text: str
    quantity: Quantity
    subject: str | None = None
    year: int | None = None
    kind: IndicatorKind = IndicatorKind.STOCK
    section: tuple[int, ...] = ()  # path of child indexes into Report.sections

    @property
    def value(self) -> object:
        return self.quantity.to_dict()["value"]

    @property
    def unit(self) -> str | None:
        unit: str | None = self.quantity.unit
        return unit

    @property
    def qualifier(self) -> str | None:
        q = self.quantity.qualifier
        return None if q is None else q.value


@frozen(kw_only=True)
class Problem:
    """A shortcoming the report admits."""

    start: int
    end: int
    text: str
    source: str = "section"  # "section" (a problem section) or "inline" (但还存在…等问题)


@frozen(kw_only=True)
class Plan:
    """A forward-looking item (下一步, 下步打算, 今后努力方向)."""

    start: int
    end: int
    text: str


@frozen(kw_only=True)
class Target:
    """A goal for a future date: ``到2025年…达到95%``."""

    start: int
    end: int
    text: str
    subject: str | None
    comparator: Comparator
    quantity: Quantity
    deadline_year: int | None = None
    deadline_month: int | None = None


@frozen(kw_only=True)
class Measure:
    """A numbered measure answering one problem of a rectification."""

    heading: str
    start: int
    end: int
    text: str


@frozen(kw_only=True)
class Deadline:
    """When a rectification is due, as the report labels it (整改时限：2023年12月31日前): the value's
    span and text, and the date it names (``None`` where it names none, as in 长期坚持)."""

    start: int
    end: int
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None


@frozen(kw_only=True)
class Responsible:
    """Who answers for a rectification (责任单位：县财政局、县教育局): the value's span and text, and
    the units it names, in order."""

    start: int
    end: int
    text: str
    units: tuple[str, ...] = ()


@frozen(kw_only=True)
class Rectification:
    """One problem block of a 整改 report: the problem, its measures, targets and status."""

    problem: str
    start: int
    end: int
    text: str
    problem_start: int
    problem_end: int
    measures: tuple[Measure, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    targets: tuple[Target, ...] = ()
    status: Status | None = None
    deadline: Deadline | None = None  # 整改时限, 完成时限 …
    responsible: Responsible | None = None  # 责任单位, 牵头单位 …


@frozen(kw_only=True)
class Check:
    """One consistency the report's own numbers make checkable, and whether it holds."""

    kind: CheckKind
    claim: str
    holds: bool
    spans: tuple[tuple[int, int], ...]
    computed: Decimal | None = None
    note: str = ""

    @property
    def start(self) -> int:
        return min(s for s, _ in self.spans)

    @property
    def end(self) -> int:
        return max(e for _, e in self.spans)


@frozen(kw_only=True)
class Report:
    """A parsed report. ``text`` is the input as given; everything else points into it."""

    text: str
    title: str | None = None
    title_span: tuple[int, int] | None = None
    region: str | None = None
    admin_level: AdminLevel | None = None
    kind: ReportKind = ReportKind.OTHER
    period: tuple[int, ...] = ()
    doc_numbers: tuple[DocNumber, ...] = ()
    sections: tuple[Section, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    noise: tuple[Noise, ...] = ()
    corruptions: tuple[Corruption, ...] = ()
    problems: tuple[Problem, ...] = ()
    plans: tuple[Plan, ...] = ()
    rectifications: tuple[Rectification, ...] = ()
    targets: tuple[Target, ...] = ()
    checks: tuple[Check, ...] = field(default=())

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
