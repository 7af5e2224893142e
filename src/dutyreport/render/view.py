"""What the pages show of a report, read off the model in one place.

The renderers (:mod:`.html`, :mod:`.notebook`) never read the model directly: they read a
:class:`ReportView`, whose items are spans with a CSS class and a card of labelled display
strings. Everything that depends on the model's shape — how a value is written out, where a
check's figures are, what the title is — lives in the ``_`` functions below, so that a change to
the model is adapted here and nowhere else. A card shows whatever rows it has: a field the model
gains (an indicator's canonical ``key``, say) appears once it is listed in :data:`INDICATOR_FIELDS`.
"""

from __future__ import annotations

import decimal
import enum
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import attrs
from attrs import frozen

from ..model.quantities import Percent, Quantity, Ratio
from ..model.report import (
    Check,
    Corruption,
    CorruptionKind,
    Deadline,
    DocNumber,
    Indicator,
    Measure,
    Noise,
    Plan,
    Point,
    Problem,
    Rectification,
    Report,
    Responsible,
    Section,
    Target,
    Title,
)
from ..serialize import decimal_str

__all__ = [
    "CheckView",
    "ItemView",
    "ReportView",
    "SectionItemView",
    "SectionView",
    "check_view",
    "corruption_view",
    "deadline_view",
    "doc_number_view",
    "indicator_view",
    "measure_view",
    "noise_view",
    "plan_view",
    "point_view",
    "problem_view",
    "rectification_view",
    "report_view",
    "responsible_view",
    "section_item_view",
    "target_view",
    "title_view",
]

# Optional indicator attributes shown on its card when the model has them and they are set: (attribute, label).
INDICATOR_FIELDS: tuple[tuple[str, str], ...] = (("key", "key"), ("dimensions", "dimensions"))

Card = tuple[tuple[str, str], ...]


@frozen(kw_only=True)
class ItemView:
    """A span drawn over the text: ``cls`` is its CSS class (``stock``, ``noise``, ``corruption`` …),
    ``card`` its labelled display strings, ``unknown`` marks a placeholder, ``repair`` is a
    damaged span's certain repair, ``listed`` the labels of the first items it holds (a rectification's
    measures) and ``more`` how many of them are left out."""

    start: int
    end: int
    text: str
    cls: str
    card: Card = ()
    unknown: bool = False
    repair: str | None = None
    listed: tuple[str, ...] = ()
    more: int = 0


@frozen(kw_only=True)
class SectionView:
    """A section of the outline: its label, the span of its number and heading, its children."""

    label: str
    level: int
    start: int
    end: int
    children: tuple[SectionView, ...] = ()

    def walk(self) -> Iterator[SectionView]:
        yield self
        for child in self.children:
            yield from child.walk()


@frozen(kw_only=True)
class CheckView:
    """A check: its verdict, its claim, and the spans of the figures it uses."""

    kind: str
    claim: str
    holds: bool
    figures: tuple[tuple[int, int], ...]
    card: Card = ()


@frozen(kw_only=True)
class ReportView:
    """Everything a page shows of one report."""

    text: str
    title: str | None
    title_span: tuple[int, int] | None
    facts: Card  # region, kind, period … as the page header lists them
    indicators: tuple[ItemView, ...]
    noise: tuple[ItemView, ...]
    corruptions: tuple[ItemView, ...]
    sections: tuple[SectionView, ...]
    checks: tuple[CheckView, ...]

    @property
    def failed(self) -> tuple[CheckView, ...]:
        return tuple(c for c in self.checks if not c.holds)

    @property
    def placeholders(self) -> int:
        return sum(1 for i in (*self.indicators, *self.corruptions) if i.unknown)

    def counts(self) -> Card:
        """The numbers a summary shows, labelled."""
        return (
            ("indicators", str(len(self.indicators))),
            ("checks", str(len(self.checks))),
            ("failed", str(len(self.failed))),
            ("corruptions", str(len(self.corruptions))),
            ("placeholders", str(self.placeholders)),
            ("noise", str(len(self.noise))),
        )


# --- the model, read in one place ---------------------------------------------------------------


def _number(value: Any) -> str:
    """One value of a quantity's JSON view, as a reader reads it (``None`` is unknown)."""
    if value is None:
        return "unknown"
    if isinstance(value, Decimal):
        return decimal_str(value)
    return str(value)


def _value(quantity: Quantity) -> str:
    """The exact value: a share also as its percentage, a range as low – high, a ratio as its terms."""
    if isinstance(quantity, Percent):
        if quantity.points is None:
            return "unknown"
        return f"{decimal_str(quantity.points)}% (= {decimal_str(quantity.points.scaleb(-2))})"
    value = quantity.value
    if isinstance(value, tuple):
        return (":" if isinstance(quantity, Ratio) else " – ").join(_number(v) for v in value)
    return _number(value)


def _placeholder(quantity: Quantity) -> bool:
    return bool(quantity.is_placeholder)


def _title(report: Report) -> tuple[str | None, tuple[int, int] | None]:
    title = report.title
    if title is None:
        return None, None
    return title.clean, (title.start, title.end)


def _check_figures(check: Check) -> tuple[tuple[int, int], ...]:
    return tuple((f.start, f.end) for f in check.figures)


def _section_label(section: Section) -> str:
    return f"{section.number or ''}{section.heading}"


def _section_path(report: Report, path: tuple[int, ...]) -> str:
    labels: list[str] = []
    level: tuple[Section, ...] = report.sections
    for index in path:
        if not 0 <= index < len(level):
            break
        labels.append(_section_label(level[index]))
        level = level[index].children
    return " › ".join(labels)


# --- views ----------------------------------------------------------------------------------------


def _display(value: object) -> str:
    """A field's value as a card shows it: an enum by its value, an attrs object by its set fields."""
    if isinstance(value, enum.Enum):
        return str(value.value)
    cls: Any = type(value)
    if attrs.has(cls):
        shown = ((f.name, getattr(value, f.name)) for f in attrs.fields(cls))
        return " · ".join(f"{name} {_display(v)}" for name, v in shown if v is not None and v != "")
    return str(value)


def _row(label: str, value: object) -> tuple[tuple[str, str], ...]:
    shown = "" if value is None else _display(value)
    return () if shown == "" else ((label, shown),)


def indicator_view(indicator: Indicator, section: str = "") -> ItemView:
    """An indicator as a highlight with its card: value, unit, qualifier, subject, year, section, kind."""
    q = indicator.quantity
    card: Card = (
        ("value", _value(q)),
        *_row("unit", q.unit),
        *_row("qualifier", indicator.qualifier),
        *_row("subject", indicator.subject),
        *_row("year", indicator.year),
        *_row("section", section),
        *(row for attr, label in INDICATOR_FIELDS for row in _row(label, getattr(indicator, attr, None))),
        ("kind", indicator.kind.value),
    )
    return ItemView(
        start=indicator.start,
        end=indicator.end,
        text=indicator.text,
        cls=indicator.kind.value,
        card=card,
        unknown=_placeholder(q),
    )


def noise_view(noise: Noise) -> ItemView:
    """A noise span as a muted highlight with its card: its kind and why it is noise."""
    card = (("noise", noise.kind.value), *_row("why", noise.reason))
    return ItemView(start=noise.start, end=noise.end, text=noise.text, cls="noise", card=card)


def corruption_view(corruption: Corruption) -> ItemView:
    """A damaged span with its card: the damage, its certain repair (or none), the readings and a note."""
    card = (
        ("damage", corruption.kind.value),
        ("repair", corruption.repaired if corruption.repaired is not None else "none certain"),
        *_row("readings", " | ".join(corruption.readings)),
        *_row("note", corruption.note),
    )
    return ItemView(
        start=corruption.start,
        end=corruption.end,
        text=corruption.text,
        cls="corruption",
        card=card,
        unknown=corruption.kind is CorruptionKind.PLACEHOLDER,
        repair=corruption.repaired,
    )


_SHOWN_DIGITS = 6  # significant digits a card shows of a computed value that does not end
_ROUNDING = decimal.Context(prec=_SHOWN_DIGITS, rounding=decimal.ROUND_HALF_EVEN)


def _computed(value: Decimal) -> str:
    """A computed value as a card shows it: exact where it has few digits, else ``≈`` and six significant
    digits (a quotient such as 700/3000 does not end; the check keeps the exact value)."""
    exact = decimal_str(value)
    if len(value.as_tuple().digits) <= 2 * _SHOWN_DIGITS:
        return exact
    return "≈ " + decimal_str(_ROUNDING.plus(value))


def check_view(check: Check) -> CheckView:
    """A check with its verdict, claim and figures."""
    card = (
        ("check", check.kind.value),
        ("holds", "yes" if check.holds else "no"),
        *_row("computed", None if check.computed is None else _computed(check.computed)),
        *_row("note", check.note),
    )
    return CheckView(
        kind=check.kind.value, claim=check.claim, holds=check.holds, figures=_check_figures(check), card=card
    )


@frozen(kw_only=True)
class SectionItemView:
    """A section shown alone: its span, its label (number and heading), its card, the span of its heading,
    the first characters of its text (``shown``, read from the report's text, never the whole of a long
    section), and the labels of its first subsections (``more``: how many are left out)."""

    start: int
    end: int
    label: str
    card: Card
    heading: tuple[int, int]
    shown: str
    children: tuple[str, ...]
    more: int


def section_item_view(section: Section, *, chars: int, children: int) -> SectionItemView:
    """A section as its own display shows it: ``chars`` characters of its text, ``children`` subsections."""
    cut = min(section.end, section.start + chars)
    card: Card = (
        *_row("number", section.number),
        ("heading", section.heading),
        ("level", str(section.level)),
        ("subsections", str(len(section.children))),
        *_row("points", len(section.points) or None),
    )
    return SectionItemView(
        start=section.start,
        end=section.end,
        label=_section_label(section),
        card=card,
        heading=(section.heading_start, section.heading_end),
        shown=section.read(section.start, cut),
        children=tuple(_section_label(c) for c in section.children[:children]),
        more=max(0, len(section.children) - children),
    )


def _at(start: int, end: int) -> str:
    return f"characters {start}–{end}"


def _date(deadline: Deadline) -> str:
    """The date a deadline names, as far as it names it (``2025``, ``2023-12``, ``2023-12-31``)."""
    if deadline.year is None:
        return "no date named"
    parts = [str(deadline.year), *(f"{p:02d}" for p in (deadline.month, deadline.day) if p is not None)]
    return "-".join(parts)


def _deadline_rows(deadline: Deadline | None) -> Card:
    """A deadline as the card of the item it belongs to shows it: its words, the date, and where it stands."""
    if deadline is None:
        return ()
    return (("deadline", f"{deadline.text} → {_date(deadline)}"), ("deadline at", _at(deadline.start, deadline.end)))


def point_view(point: Point) -> ItemView:
    """A point of a section (``一是…``) with its card: its number."""
    return ItemView(start=point.start, end=point.end, text=point.text, cls="it point", card=(("point", point.number),))


def problem_view(problem: Problem) -> ItemView:
    """A problem the report admits with its card: where it was found (a problem section, inline, a rectification)."""
    card = (("problem", problem.source),)
    return ItemView(start=problem.start, end=problem.end, text=problem.text, cls="it problem", card=card)


def plan_view(plan: Plan) -> ItemView:
    """A forward-looking item (下一步 …)."""
    return ItemView(start=plan.start, end=plan.end, text=plan.text, cls="it plan", card=(("plan", "next steps"),))


def deadline_view(deadline: Deadline) -> ItemView:
    """When a goal or a rectification is due, with its card: the date it names."""
    card = (("deadline", _date(deadline)),)
    return ItemView(start=deadline.start, end=deadline.end, text=deadline.text, cls="it deadline", card=card)


def target_view(target: Target) -> ItemView:
    """A goal with its card: subject, comparator, the exact value and unit, qualifier, and its deadline."""
    q = target.quantity
    card: Card = (
        *_row("subject", target.subject),
        ("comparator", target.comparator.value),
        ("value", _value(q)),
        *_row("unit", q.unit),
        *_row("qualifier", q.qualifier),
        *_deadline_rows(target.deadline),
    )
    return ItemView(
        start=target.start, end=target.end, text=target.text, cls="i target", card=card, unknown=_placeholder(q)
    )


def measure_view(measure: Measure) -> ItemView:
    """A measure of a rectification with its card: its heading."""
    card = (("measure", measure.heading),)
    return ItemView(start=measure.start, end=measure.end, text=measure.text, cls="it measure", card=card)


def _units(responsible: Responsible, chars: int) -> str:
    """The units named, joined, as far as their first ``chars`` characters and one more (so that a card can say
    it is cut), never the whole join of a long list; the value as written where it names none."""
    joined: list[str] = []
    length = 0
    for unit in responsible.units:
        if length > chars:
            break
        piece = ("、" if joined else "") + unit[: chars + 1 - length]
        joined.append(piece)
        length += len(piece)
    return "".join(joined)[: chars + 1] or responsible.text


def responsible_view(responsible: Responsible, *, chars: int) -> ItemView:
    """Who answers for a rectification, with its card: the units it names (their first ``chars`` characters)."""
    card = (("responsible", _units(responsible, chars)),)
    return ItemView(start=responsible.start, end=responsible.end, text=responsible.text, cls="it", card=card)


def rectification_view(rectification: Rectification, *, listed: int, chars: int) -> ItemView:
    """A rectification block with its card (its problem and where it stands, how many measures, targets and
    figures it has, its status, deadline and who answers for it: the first ``chars`` characters of its units)
    and the headings of its first ``listed`` measures."""
    problem, measures = rectification.problem, rectification.measures
    responsible = rectification.responsible
    card: Card = (
        ("problem", problem.text),
        ("problem at", _at(problem.start, problem.end)),
        ("measures", str(len(measures))),
        *_row("targets", len(rectification.targets) or None),
        *_row("indicators", len(rectification.indicators) or None),
        *_row("status", rectification.status),
        *_deadline_rows(rectification.deadline),
        *_row("responsible", None if responsible is None else _units(responsible, chars)),
    )
    return ItemView(
        start=rectification.start,
        end=rectification.end,
        text=rectification.text,
        cls="it rectification",
        card=card,
        listed=tuple(m.heading for m in measures[:listed]),
        more=max(0, len(measures) - listed),
    )


def doc_number_view(doc_number: DocNumber) -> ItemView:
    """A document number (文号) with its card: as normalized, and whether its text was repaired to read so."""
    card = (("document number", doc_number.normalized), ("repaired", "yes" if doc_number.repaired else "no"))
    return ItemView(start=doc_number.start, end=doc_number.end, text=doc_number.text, cls="it doc", card=card)


def title_view(title: Title) -> ItemView:
    """The report's title with its card: the title as a reader reads it (the noise inside it left out)."""
    return ItemView(start=title.start, end=title.end, text=title.text, cls="ttl", card=(("title", title.clean),))


def _section_view(section: Section) -> SectionView:
    return SectionView(
        label=_section_label(section),
        level=section.level,
        start=section.start,
        end=max(section.heading_end, section.start + 1),
        children=tuple(_section_view(c) for c in section.children),
    )


def report_view(report: Report) -> ReportView:
    """The view of a whole report."""
    title, title_span = _title(report)
    level = f" ({report.admin_level.value})" if report.admin_level else ""
    facts: Card = (
        ("region", f"{report.region}{level}" if report.region else "–"),
        ("kind", report.kind.value),
        ("period", ", ".join(map(str, report.period)) or "–"),
    )
    paths: dict[tuple[int, ...], str] = {}
    indicators = []
    for i in report.indicators:
        if i.section not in paths:
            paths[i.section] = _section_path(report, i.section)
        indicators.append(indicator_view(i, paths[i.section]))
    return ReportView(
        text=report.text,
        title=title,
        title_span=title_span,
        facts=facts,
        indicators=tuple(indicators),
        noise=tuple(noise_view(n) for n in report.noise),
        corruptions=tuple(corruption_view(c) for c in report.corruptions),
        sections=tuple(_section_view(s) for s in report.sections),
        checks=tuple(check_view(c) for c in report.checks),
    )
