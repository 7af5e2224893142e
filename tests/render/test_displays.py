"""The notebook displays of a section, a noise span, a damaged span, the title, a document number, a point, a
problem, a plan, a target, a rectification and what it holds (deadline, measure, who answers), read back with the
standard library's HTML parser (test_browser.py opens them in Chromium): escaped as the report's display is,
bounded whatever the item's length, and saying where the item stands.

Found by a notebook user's trial: ``report.sections[0]``, ``report.noise[0]`` and ``report.corruptions[0]``
showed only their repr in a notebook, while a report, an indicator and a check had a display; then the same for
``report.targets[0]``, ``report.rectifications[0]``, ``report.title`` and the others.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from test_render import BIDI_CONTROLS, EXAMPLES_HOSTILE, EXAMPLES_HOSTILE_TRIAL, BidiPlaces, Page, hostile_report

import dutyreport
from conftest import ROOT
from dutyreport import (
    Comparator,
    Corruption,
    CorruptionKind,
    Count,
    Deadline,
    DocNumber,
    Measure,
    Noise,
    NoiseKind,
    Percent,
    Plan,
    Point,
    Problem,
    Rectification,
    Report,
    Responsible,
    Section,
    Status,
    Target,
    Title,
)
from dutyreport.render.notebook import PREVIEW, SHOWN

REVIEW = ROOT / "examples" / "review_report.txt"
RECTIFICATION = ROOT / "tests" / "fixtures" / "synthetic2" / "05_rectification_list.txt"
SHOWN_TAGS = {"div", "span", "bdi", "table", "tr", "th", "td", "ol", "li", "style"}


def finding_items(payload: str) -> list[object]:
    """A title, a document number, a point, a problem, a plan, a deadline, a target, a measure, who answers and a
    rectification holding ``payload`` in every field (their text, and every string field)."""
    n = len(payload)
    deadline = Deadline(start=1, end=1 + n, text=payload, year=2025, month=6)
    target = Target(start=1, end=1 + n, text=payload, subject=payload, comparator=Comparator.GE,
                    quantity=Percent(points=Decimal("95"), text=payload), deadline=deadline)
    problem = Problem(start=1, end=1 + n, text=payload, source="rectification")
    measure = Measure(start=1, end=1 + n, text=payload, heading=payload)
    responsible = Responsible(start=1, end=1 + n, text=payload, units=(payload, payload))
    return [
        Title(start=1, end=1 + n, text=payload, clean=payload),
        DocNumber(start=1, end=1 + n, text=payload, normalized=payload, repaired=True),
        Point(start=1, end=1 + n, text=f"一{payload}", text_at=0, number=payload),
        Problem(start=1, end=1 + n, text=payload, source="inline"),
        Plan(start=1, end=1 + n, text=payload),
        deadline,
        target,
        measure,
        responsible,
        Rectification(start=1, end=1 + n, text=payload, problem=problem, measures=(measure, measure),
                      targets=(target,), status=Status.DONE, deadline=deadline, responsible=responsible),
    ]


def hostile_items(payload: str) -> list[object]:
    """Every item with a display of a report holding ``payload`` (in its title, a heading and its sentences), and
    a section, a noise span, a damaged span and each of :func:`finding_items` holding it in every field."""
    report = hostile_report(payload)
    text = f"一、{payload}\n学校12所。"
    section = Section(start=0, end=len(text), text=text, text_at=0, number="一、", heading=payload, level=1,
                      heading_start=2, heading_end=2 + len(payload))
    noise = Noise(start=1, end=1 + len(payload), text=payload, kind=NoiseKind.SPAM, reason=payload)
    damage = Corruption(
        start=1, end=1 + len(payload), text=payload, kind=CorruptionKind.SPUN, repaired=payload,
        readings=(payload, payload), note=payload,
    )
    found = [*report.doc_numbers, *report.problems, *report.plans, *report.targets, *report.rectifications]
    points = [p for s in report.walk_sections() for p in s.points]
    titles = [report.title] if report.title else []
    return [*report.walk_sections(), *report.noise, *report.corruptions, *titles, *found, *points, section, noise,
            damage, *finding_items(payload)]


def displays(payload: str) -> list[str]:
    return [item._repr_html_() for item in hostile_items(payload)]  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", EXAMPLES_HOSTILE, ids=list(EXAMPLES_HOSTILE))
def test_item_displays_escape(name: str) -> None:
    payload = EXAMPLES_HOSTILE[name]
    items = hostile_items(payload)
    for item, source in zip(items, displays(payload), strict=True):
        page = Page(f'<div id="text">{source}</div>')
        assert page.scripts == []
        assert {t for t, _ in page.tags} <= SHOWN_TAGS, page.tags
        assert all(set(a) <= {"class", "id"} for _, a in page.tags), page.tags
        # what the item holds reads back as text, character for character
        if isinstance(item, Section):
            assert Page(source.replace('class="dr-text"', 'id="text"', 1)).text == item.text
        else:
            assert item.text in page.text_all  # (the last two: the payload)
    assert any(isinstance(item, Section) and payload in item.heading for item in items)


@pytest.mark.parametrize("name", EXAMPLES_HOSTILE_TRIAL, ids=list(EXAMPLES_HOSTILE_TRIAL))
def test_item_displays_isolate_bidi_controls(name: str) -> None:
    payload = EXAMPLES_HOSTILE_TRIAL[name]
    controls = len(BIDI_CONTROLS.findall(payload))
    items = hostile_items(payload)
    for item, source in zip(items, displays(payload), strict=True):
        found = BidiPlaces(source)
        assert found.in_attributes == 0
        # the payload is shown (the heading and text hold it, or a field); a span the report lists around one of
        # its controls (a stray format control is damage) holds that one
        own = len(BIDI_CONTROLS.findall(item.text))  # type: ignore[attr-defined]
        assert own or not controls
        assert len(found.places) >= min(controls, own)
        assert all(tag == "bdi" and BIDI_CONTROLS.fullmatch(data) for tag, data in found.places), found.places


def test_item_displays_are_not_typeset_as_math() -> None:
    for source in displays("单价$12$元,另计\\(3+4\\)项"):
        tag, attrs = Page(source).tags[0]
        assert tag == "div" and {"tex2jax_ignore", "mathjax_ignore"} <= set(str(attrs["class"]).split())


def test_displays_say_where_the_item_stands() -> None:
    report = dutyreport.parse(REVIEW.read_bytes())
    assert report.noise and report.corruptions and report.sections
    for item in (*report.noise, *report.corruptions):
        shown = Page(f"<div>{item._repr_html_()}</div>").text_all
        assert f"characters {item.start}–{item.end}" in shown and item.text in shown
        assert item.kind.value in shown
    repaired = next(c for c in report.corruptions if c.repaired)
    assert f"repair{repaired.repaired}" in Page(f"<div>{repaired._repr_html_()}</div>").text_all
    for section in report.walk_sections():
        shown = Page(f"<div>{section._repr_html_()}</div>").text_all
        assert f"characters {section.start}–{section.end}" in shown
        assert f"heading atcharacters {section.heading_start}–{section.heading_end}" in shown
        assert f"level{section.level}" in shown and f"subsections{len(section.children)}" in shown


def test_a_section_display_shows_its_text_and_heading() -> None:
    report = dutyreport.parse(REVIEW.read_bytes())
    section = max(report.walk_sections(), key=lambda s: len(s.children))
    assert section.children and section.end - section.start < PREVIEW
    source = section._repr_html_()
    box = Page(source.replace('class="dr-text"', 'id="text"', 1))
    assert box.text == section.text  # a short section is shown whole
    heading = section.read(section.heading_start, section.heading_end)
    assert f'<span class="h">{heading}</span>' in source
    assert all(f"<li>{c.number or ''}{c.heading}</li>" in source for c in section.children)
    assert "first " not in Page(source).text_all  # nothing left out, nothing said about it


def big_section(children: int, length: int) -> Section:
    """A section of ``length`` characters with ``children`` subsections of its own, over a text of our own."""
    head = "一、基本情况\n"
    unit = "全县共有学校12所。"
    size = max(1, (length - len(head)) // (children or 1))
    body = unit * (size // len(unit) + 1)
    text = head
    subs = []
    for k in range(children):
        start = len(text)
        number = f"({k + 1})"
        part = f"{number}学校{k}\n{body}"[:size]
        text += part
        subs.append(Section(start=start, end=len(text), text=text, text_at=0, number=number, heading=f"学校{k}",
                            level=2, heading_start=start + len(number), heading_end=start + len(number) + 2 +
                            len(str(k))))
    if not children:
        text += body[: length - len(head)]
    return Section(start=0, end=len(text), text=text, text_at=0, number="一、", heading="基本情况", level=1,
                   heading_start=2, heading_end=6, children=tuple(subs))


@pytest.mark.parametrize(("children", "length"), [(0, 1_000_000), (300, 1_000_000), (30, 5_000)])
def test_a_long_section_shows_its_beginning_and_says_how_long_it_is(children: int, length: int) -> None:
    section = big_section(children, length)
    source = section._repr_html_()
    assert len(source.encode()) < 30_000
    box = Page(source.replace('class="dr-text"', 'id="text"', 1)).text
    assert box == section.read(0, PREVIEW) + "…"
    shown = Page(source).text_all
    assert f"first {PREVIEW:,} of {section.end:,} characters" in shown
    if children > 20:
        assert source.count("<li>") == 21 and f"… and {children - 20} more" in shown


def test_a_long_noise_span_shows_its_beginning() -> None:
    text = "广告" * 5_000
    report = Report(text=text, noise=(Noise(start=0, end=len(text), text=text, kind=NoiseKind.SPAM),))
    source = report.noise[0]._repr_html_()
    assert len(source.encode()) < 10_000
    shown = Page(f"<div>{source}</div>").text_all
    assert text[:SHOWN] + "…" in shown and text[: SHOWN + 1] not in shown
    assert f"first {SHOWN} of {len(text):,} characters" in shown


def test_a_placeholder_shows_as_unknown() -> None:
    report = dutyreport.parse(REVIEW.read_bytes())
    (placeholder,) = [c for c in report.corruptions if c.kind is CorruptionKind.PLACEHOLDER]
    assert '<span class="cor u">' in placeholder._repr_html_()
    assert "repairnone certain" in Page(f"<div>{placeholder._repr_html_()}</div>").text_all


# How many times each of finding_items shows its payload: its text and each string field.
FIELDS_SHOWN = {
    Title: 2,  # text, clean
    DocNumber: 2,  # text, normalized
    Point: 2,  # text, number
    Problem: 1,
    Plan: 1,
    Deadline: 1,
    Target: 3,  # text, subject, its deadline's text
    Measure: 2,  # text, heading
    Responsible: 3,  # text, its two units
    Rectification: 7,  # text, its problem's, its deadline's, its two responsible units, its two measures' headings
}


@pytest.mark.parametrize("name", EXAMPLES_HOSTILE, ids=list(EXAMPLES_HOSTILE))
def test_finding_displays_show_every_field_as_text(name: str) -> None:
    payload = EXAMPLES_HOSTILE[name]
    items = finding_items(payload)
    assert {type(item) for item in items} == set(FIELDS_SHOWN)
    for item in items:
        shown = Page(f"<div>{item._repr_html_()}</div>").text_all  # type: ignore[attr-defined]
        assert shown.count(payload) == FIELDS_SHOWN[type(item)], (type(item).__name__, shown)


def _shown(item: object) -> str:
    return Page(f"<div>{item._repr_html_()}</div>").text_all  # type: ignore[attr-defined]


def test_finding_displays_say_what_the_item_is_and_where_it_stands() -> None:
    review = dutyreport.parse(REVIEW.read_bytes())
    rectification = dutyreport.parse(RECTIFICATION.read_bytes())
    points = [p for r in (review, rectification) for s in r.walk_sections() for p in s.points]
    titles = [r.title for r in (review, rectification) if r.title]
    kinds = ("doc_numbers", "problems", "plans", "targets", "rectifications")
    items = [*titles, *points, *(i for r in (review, rectification) for kind in kinds for i in getattr(r, kind))]
    assert {type(i) for i in items} == {Title, Point, DocNumber, Problem, Plan, Target, Rectification}
    for item in items:
        shown = _shown(item)
        assert f"characters {item.start}–{item.end}" in shown
        assert highlight(item._repr_html_()) == item.text[:SHOWN] + ("…" if len(item.text) > SHOWN else "")
        assert ("first " in shown) == (len(item.text) > SHOWN)
    for title in titles:
        assert f"title{title.clean}" in _shown(title)
    for point in points:
        assert f"point{point.number}" in _shown(point)
    (repaired, *_) = [d for r in (review, rectification) for d in r.doc_numbers if d.repaired]
    assert f"document number{repaired.normalized}repairedyes" in _shown(repaired)
    for problem in review.problems:
        assert f"problem{problem.source}" in _shown(problem)
    for target in (*review.targets, *rectification.targets):
        shown = _shown(target)
        assert f"comparator{target.comparator.value}" in shown and f"subject{target.subject}" in shown
        if target.deadline:
            assert f"deadline{target.deadline.text} → {target.deadline.year}" in shown
    for rect in rectification.rectifications:
        shown, source = _shown(rect), rect._repr_html_()
        assert f"problem{rect.problem.text}" in shown
        assert f"problem atcharacters {rect.problem.start}–{rect.problem.end}" in shown
        assert f"measures{len(rect.measures)}" in shown
        assert all(f"<li>{m.heading}</li>" in source for m in rect.measures)
    dated = [r for r in rectification.rectifications if r.deadline and r.deadline.day and r.responsible]
    assert dated
    for rect in dated:
        assert rect.deadline and rect.responsible
        d = rect.deadline
        shown = _shown(rect)
        assert f"deadline{d.text} → {d.year}-{d.month:02d}-{d.day:02d}" in shown
        assert f"deadline atcharacters {d.start}–{d.end}" in shown
        assert "responsible" + "、".join(rect.responsible.units) in shown
        assert f"deadline{d.year}-{d.month:02d}-{d.day:02d}" in _shown(d)
        assert "responsible" + "、".join(rect.responsible.units) in _shown(rect.responsible)
        assert all(f"measure{m.heading}" in _shown(m) for m in rect.measures)
    assert any(f"status{r.status.value}" in _shown(r) for r in rectification.rectifications if r.status)


def highlight(source: str) -> str:
    """The text an item's display highlights (its span, before its card), read back."""
    span = source.split("</style>", 1)[1].split("<table>", 1)[0]
    assert span.startswith("<span class=") and span.endswith("</span>"), span
    return Page(f'<div id="text">{span}</div>').text


def huge_items(length: int, many: int) -> list[object]:
    """Each of finding_items with ``length`` characters of text and in every string field, and ``many`` measures,
    units and targets where it holds them."""
    text = ("整改措施落实到位。" * (length // 9 + 1))[:length]
    deadline = Deadline(start=0, end=length, text=text, year=2025)
    target = Target(start=0, end=length, text=text, subject=text, comparator=Comparator.EQ,
                    quantity=Count(value=Decimal(3), measure_word=text), deadline=deadline)
    measure = Measure(start=0, end=length, text=text, heading=text)
    responsible = Responsible(start=0, end=length, text=text, units=(text,) * many)
    problem = Problem(start=0, end=length, text=text, source="rectification")
    return [
        Title(start=0, end=length, text=text, clean=text),
        DocNumber(start=0, end=length, text=text, normalized=text),
        Point(start=0, end=length, text=text, number=text),
        Problem(start=0, end=length, text=text),
        Plan(start=0, end=length, text=text),
        deadline,
        target,
        measure,
        responsible,
        Rectification(start=0, end=length, text=text, problem=problem, measures=(measure,) * many,
                      targets=(target,) * many, deadline=deadline, responsible=responsible),
    ]


@pytest.mark.parametrize(("length", "many"), [(1_000_000, 1), (5_000, 1_000), (1_000_000, 300)])
def test_a_huge_item_shows_its_beginning_and_says_how_long_it_is(length: int, many: int) -> None:
    for item in huge_items(length, many):
        source = item._repr_html_()  # type: ignore[attr-defined]
        assert len(source.encode()) < 40_000, type(item).__name__
        assert highlight(source) == item.text[:SHOWN] + "…"  # type: ignore[attr-defined]
        assert f"first {SHOWN} of {length:,} characters" in Page(source).text_all
        assert Page(source).text_all.count(item.text[: SHOWN + 1]) == 0  # type: ignore[attr-defined]
    *_, rectification = huge_items(length, many)
    source = rectification._repr_html_()  # type: ignore[attr-defined]
    assert source.count("<li>") == min(many, 20) + (many > 20)
    if many > 20:
        assert f"… and {many - 20} more" in Page(source).text_all


def test_a_placeholder_target_shows_as_unknown() -> None:
    text = "到2025年达到x%"
    target = Target(start=0, end=len(text), text=text, subject="入园率", comparator=Comparator.GE,
                    quantity=Percent(points=None, text="x%"))
    assert '<span class="i target u">' in target._repr_html_()
    assert "valueunknown" in _shown(target)


def test_a_quantity_keeps_its_repr() -> None:
    """A quantity has no display of its own (it stands nowhere; its repr is its exact value and unit): a notebook
    shows that repr, and the target holding it shows the value on its card."""
    review = dutyreport.parse(REVIEW.read_bytes())
    target = next(t for t in review.targets if isinstance(t.quantity, Percent))
    assert not hasattr(target.quantity, "_repr_html_")
    assert repr(target.quantity.points) in repr(target.quantity)
    assert f"value{target.quantity.points}% (= {target.quantity.value})" in _shown(target)
