"""The notebook displays of a section, a noise span and a damaged span, read back with the standard library's
HTML parser (test_browser.py opens them in Chromium): escaped as the report's display is, bounded whatever
the item's length, and saying where the item stands.

Found by a notebook user's trial: ``report.sections[0]``, ``report.noise[0]`` and ``report.corruptions[0]``
showed only their repr in a notebook, while a report, an indicator and a check had a display.
"""

from __future__ import annotations

import pytest
from test_render import BIDI_CONTROLS, EXAMPLES_HOSTILE, EXAMPLES_HOSTILE_TRIAL, BidiPlaces, Page, hostile_report

import dutyreport
from conftest import ROOT
from dutyreport import Corruption, CorruptionKind, Noise, NoiseKind, Report, Section
from dutyreport.render.notebook import PREVIEW, SHOWN

REVIEW = ROOT / "examples" / "review_report.txt"
SHOWN_TAGS = {"div", "span", "bdi", "table", "tr", "th", "td", "ol", "li", "style"}


def hostile_items(payload: str) -> list[object]:
    """Every section, noise span and damaged span of a report holding ``payload`` (in its title, a heading and
    its sentences), and a section, a noise span and a damaged span holding it in every field."""
    report = hostile_report(payload)
    text = f"一、{payload}\n学校12所。"
    section = Section(start=0, end=len(text), text=text, text_at=0, number="一、", heading=payload, level=1,
                      heading_start=2, heading_end=2 + len(payload))
    noise = Noise(start=1, end=1 + len(payload), text=payload, kind=NoiseKind.SPAM, reason=payload)
    damage = Corruption(
        start=1, end=1 + len(payload), text=payload, kind=CorruptionKind.SPUN, repaired=payload,
        readings=(payload, payload), note=payload,
    )
    return [*report.walk_sections(), *report.noise, *report.corruptions, section, noise, damage]


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
    for source in displays(payload):
        found = BidiPlaces(source)
        assert found.in_attributes == 0
        assert len(found.places) >= controls  # the payload is shown (the heading and text hold it, or a field)
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
