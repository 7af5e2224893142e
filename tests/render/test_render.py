"""The review page, the index page and the notebook displays, read back with the standard library's
HTML parser (the browser tests in test_browser.py check the same pages as Chromium renders them).

What is held: the page's text is the report's text, character for character; nothing from the report
becomes a tag, an attribute or a script; each figure is one element with its text; every outline
link, check link and card points at something; the page's size grows with the report's, not
with its characters times its items; the notebook display stays bounded.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dutyreport
from conftest import CORPUS, ROOT
from dutyreport import Report
from dutyreport.cli import main
from dutyreport.render import html
from dutyreport.render.segments import Span, nest
from dutyreport.render.view import report_view

EXAMPLES = ROOT / "examples"
FIXTURES = ROOT / "tests" / "fixtures"


# --------------------------------------------------------------------------------------------
# Reading a page back
# --------------------------------------------------------------------------------------------

# Every attribute the renderer writes; anything else would have come from the report.
ALLOWED_ATTRIBUTES = {
    "class", "id", "data-r", "href", "type", "charset", "http-equiv", "content", "name", "lang", "hidden",
}


class Page(HTMLParser):
    """A page read back: its tags and attributes, the text inside ``#text``, each element's text by id,
    the scripts, and the links."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.text_parts: list[str] = []
        self.all_parts: list[str] = []
        self.by_id: dict[str, list[str]] = {}  # element id (or data-r) -> texts of its pieces
        self.links: list[str] = []
        self._stack: list[tuple[str, list[str]]] = []  # open elements: tag, keys they collect text for
        self._in_text = 0
        self._script: dict[str, str | None] | None = None
        self._script_data: list[str] = []
        self.feed(source)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag == "script":
            self._script, self._script_data = a, []
            return
        if tag in ("meta", "input", "br"):
            return
        keys = [k for k in (a.get("id"), a.get("data-r")) if k]
        if self._in_text:
            self._in_text += 1
        elif a.get("id") == "text":
            self._in_text = 1
        if tag == "a" and a.get("href"):
            self.links.append(str(a["href"]))
        for k in keys:
            self.by_id.setdefault(k, []).append("")
        self._stack.append((tag, keys))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            assert self._script is not None
            self.scripts.append((self._script, "".join(self._script_data)))
            self._script = None
            return
        if tag in ("meta", "input", "br"):
            return
        open_tag, _ = self._stack.pop()
        assert open_tag == tag, f"</{tag}> closes <{open_tag}>"
        if self._in_text:
            self._in_text -= 1

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script_data.append(data)
            return
        self.all_parts.append(data)
        if self._in_text:
            self.text_parts.append(data)
        for _, keys in self._stack:
            for k in keys:
                self.by_id[k][-1] += data

    @property
    def text(self) -> str:
        return "".join(self.text_parts)

    @property
    def text_all(self) -> str:
        """All character data outside scripts, wherever it stands."""
        return "".join(self.all_parts)

    def element_text(self, key: str) -> str:
        return "".join(self.by_id.get(key, []))

    def data(self) -> dict[str, object]:
        (block,) = [body for attrs, body in self.scripts if attrs.get("type") == "application/json"]
        loaded: dict[str, object] = json.loads(block)
        return loaded


def marks_of(view_report: Report) -> Iterator[tuple[str, int, int]]:
    view = report_view(view_report)
    for k, i in enumerate(view.indicators):
        yield f"i{k}", i.start, i.end


def assert_page(report: Report, source: str) -> Page:
    """The properties every review page has, whatever the report."""
    page = Page(source)
    assert page.text == report.text
    for tag, attrs in page.tags:
        assert set(attrs) <= ALLOWED_ATTRIBUTES, (tag, attrs)
        assert tag in {"html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "dl", "dt", "dd", "div",
                       "label", "input", "span", "kbd", "nav", "ul", "li", "a", "main", "aside", "ol", "p", "script",
                       "details", "summary", "table", "thead", "tbody", "tr", "th", "td", "bdi"}, tag
        for value in attrs.values():
            assert value is None or not value.lower().startswith("javascript"), (tag, attrs)
    assert [attrs.get("type") for attrs, _ in page.scripts] == ["application/json", None]
    # one element per figure, with the figure's text (indicators do not cross each other)
    for key, start, end in marks_of(report):
        assert page.element_text(key) == report.text[start:end], key
    # every link inside the page lands on an element
    for href in page.links:
        if href.startswith("#"):
            assert href[1:] in page.by_id, href
    return page


# --------------------------------------------------------------------------------------------
# The span segmentation
# --------------------------------------------------------------------------------------------


def replay(text: str, spans: list[Span]) -> tuple[str, dict[str, list[tuple[int, int]]]]:
    """The text the events draw, and each key's pieces, checking that elements nest and hold text."""
    out: list[str] = []
    pieces: dict[str, list[tuple[int, int]]] = {}
    stack: list[tuple[str, int]] = []
    pos = 0
    for e in nest(spans, len(text)):
        if e.kind == "text":
            assert e.start == pos < e.end
            out.append(text[e.start : e.end])
            pos = e.end
        elif e.kind == "open":
            assert e.first == (e.key not in pieces), e
            pieces.setdefault(e.key, [])
            stack.append((e.key, pos))
        else:
            key, opened = stack.pop()
            assert key == e.key
            assert opened < pos, f"empty piece of {key}"
            pieces[key].append((opened, pos))
    assert not stack
    return "".join(out), pieces


SEGMENT_CASES = {
    "nested": ([(0, 10, 1), (2, 4, 5)], {"0": [(0, 10)], "1": [(2, 4)]}),
    "crossing, the higher rank stays whole": ([(0, 6, 1), (4, 9, 5)], {"0": [(0, 4), (4, 6)], "1": [(4, 9)]}),
    "crossing the other way": ([(3, 9, 1), (0, 5, 5)], {"0": [(3, 5), (5, 9)], "1": [(0, 5)]}),
    "equal spans": ([(2, 5, 1), (2, 5, 5)], {"0": [(2, 5)], "1": [(2, 5)]}),
    "same rank: the later one gives way": ([(0, 5, 3), (3, 8, 3)], {"0": [(0, 5)], "1": [(3, 5), (5, 8)]}),
    "clipped and empty spans": ([(-3, 2, 1), (4, 4, 1), (8, 99, 1)], {"0": [(0, 2)], "2": [(8, 10)]}),
}


@pytest.mark.parametrize("case", SEGMENT_CASES, ids=list(SEGMENT_CASES))
def test_segments(case: str) -> None:
    raw, expected = SEGMENT_CASES[case]
    text = "0123456789"
    spans = [Span(start=s, end=e, rank=r, key=str(k)) for k, (s, e, r) in enumerate(raw)]
    drawn, pieces = replay(text, spans)
    assert drawn == text
    assert pieces == expected


@st.composite
def span_sets(draw: st.DrawFn) -> tuple[str, list[Span]]:
    n = draw(st.integers(0, 40))
    spans = []
    for k in range(draw(st.integers(0, 25))):
        s = draw(st.integers(-2, n + 2))
        e = draw(st.integers(s, n + 3))
        spans.append(Span(start=s, end=e, rank=draw(st.integers(0, 4)), key=f"k{k}"))
    return "".join(chr(ord("a") + i % 26) for i in range(n)), spans


@given(span_sets())
@settings(max_examples=400, deadline=None)
def test_segments_nest_and_cover_every_span(case: tuple[str, list[Span]]) -> None:
    text, spans = case
    drawn, pieces = replay(text, spans)
    assert drawn == text
    for s in spans:
        start, end = max(0, s.start), min(len(text), s.end)
        if start >= end:
            assert s.key not in pieces
            continue
        got = pieces[s.key]
        assert got[0][0] == start and got[-1][1] == end
        assert all(a[1] == b[0] for a, b in itertools.pairwise(got)), got  # contiguous pieces
        crossed_by_peer = any(
            o is not s and o.rank >= s.rank and max(o.start, start) < min(o.end, end)
            and not (o.start <= start and end <= o.end) and not (start <= o.start and o.end <= end)
            for o in spans
        )
        if not crossed_by_peer:
            assert got == [(start, end)], (s, got)


# --------------------------------------------------------------------------------------------
# Untrusted text
# --------------------------------------------------------------------------------------------

# What a scraped page may hold, each inside a report that also has figures around it.
EXAMPLES_HOSTILE = {
    "script": '<script>window.__pwned = 1</script>',
    "img onerror": '<img src=x onerror="window.__pwned = 2">',
    "attribute break-out": '" onmouseover="window.__pwned = 3" x="',
    "single quotes": "' onfocus='window.__pwned=4' autofocus '",
    "textarea end": "</textarea><script>window.__pwned = 5</script>",
    "script end inside data": "</script><script>window.__pwned = 6</script><!--",
    "javascript link": '<a href="javascript:window.__pwned=7">点击</a> javascript:void(0)',
    "style": "<style>body{display:none}</style><link rel=stylesheet href=//x.invalid/a.css>",
    "entities": "&lt;script&gt; &amp; &#60; &quot;",
    "line separators and CR": "第一行\u2028第二行\u2029第三行\r\n第四行\r",
    "comment and CDATA": "<!-- --> <![CDATA[ ]]> <?xml ?>",
    "meta refresh": '<meta http-equiv="refresh" content="0;url=http://x.invalid">',
}
# Found by a notebook user's trial: template markers, and bidirectional controls that would turn the page's
# own figures around.
EXAMPLES_HOSTILE_TRIAL = {
    "template braces": "{{ 7*7 }} ${7*7} {% raw %} <%= 7*7 %>",
    "bidi override": "\u202e%05 \u2067第三\u2069 \u202d右\u202c",
    "bidi override unclosed": "\u202b\u202e",
}
EXAMPLES_HOSTILE.update(EXAMPLES_HOSTILE_TRIAL)
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def hostile_report(payload: str) -> Report:
    return dutyreport.parse(
        f"{payload}\n清河区教育工作自查报告{payload}\n一、基本情况{payload}\n"
        f"全区共有学校10所:小学6所、初中3所{payload}。2023年投入{payload}3.2亿元,新建学校6所。\n"
    )


@pytest.mark.parametrize("name", EXAMPLES_HOSTILE, ids=list(EXAMPLES_HOSTILE))
def test_hostile_text_stays_text(name: str) -> None:
    report = hostile_report(EXAMPLES_HOSTILE[name])
    assert report.indicators
    source = report.to_html()
    page = assert_page(report, source)
    assert "__pwned" not in page.scripts[1][1]
    assert all("__pwned" not in str(a) for _, a in page.tags)
    assert "<!--" not in source.split("<body>", 1)[1].replace(EXAMPLES_HOSTILE[name], "")  # nothing left open


@pytest.mark.parametrize("name", EXAMPLES_HOSTILE, ids=list(EXAMPLES_HOSTILE))
def test_hostile_text_in_every_card_field(name: str) -> None:
    """The payload as a subject, a heading, a title and a claim: the data block still holds it as data."""
    report = hostile_report(EXAMPLES_HOSTILE[name])
    page = Page(report.to_html())
    data = page.data()
    strings = data["strings"]
    assert isinstance(strings, list)
    assert all(isinstance(s, str) for s in strings)
    body = page.scripts[0][1]
    assert "<" not in body and ">" not in body and "\u2028" not in body and "\u2029" not in body


class BidiPlaces(HTMLParser):
    """Where each bidirectional control of a page stands: its element and whether it is alone in it,
    and what attribute values and titles hold them."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.places: list[tuple[str, str]] = []
        self.in_attributes = 0
        self._stack: list[str] = []
        self.feed(source)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.in_attributes += sum(len(BIDI_CONTROLS.findall(v or "")) for _, v in attrs)
        if tag not in ("meta", "input", "br"):
            self._stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag not in ("meta", "input", "br"):
            self._stack.pop()

    def handle_data(self, data: str) -> None:
        tag = self._stack[-1] if self._stack else ""
        if tag == "script":
            return
        self.places.extend((tag, data) for _ in BIDI_CONTROLS.findall(data))


@pytest.mark.parametrize("name", EXAMPLES_HOSTILE_TRIAL, ids=list(EXAMPLES_HOSTILE_TRIAL))
def test_bidi_controls_are_isolated(name: str) -> None:
    """Each bidirectional control stands alone in a <bdi>, on the page and in every display, so that
    its override ends there; attributes and the <title> show none (a tooltip has no elements)."""
    report = hostile_report(EXAMPLES_HOSTILE_TRIAL[name])
    assert report.indicators
    payload_controls = len(BIDI_CONTROLS.findall(EXAMPLES_HOSTILE_TRIAL[name]))
    shown = [report.to_html(), report._repr_html_(), report.indicators[0]._repr_html_()]
    shown += [c._repr_html_() for c in report.checks]
    for source in shown:
        found = BidiPlaces(source)
        assert found.in_attributes == 0
        assert all(tag == "bdi" and BIDI_CONTROLS.fullmatch(data) for tag, data in found.places), found.places
    page = BidiPlaces(shown[0])
    assert len(page.places) >= payload_controls * 4  # the text holds the payload four times
    assert Page(shown[0]).text == report.text


@given(st.lists(st.text(), max_size=5))
@settings(max_examples=200, deadline=None)
def test_json_block_cannot_be_closed(strings: list[str]) -> None:
    block = html.json_block({"s": strings, "end": "</script><!--"}, "data")
    inner = block.removeprefix('<script type="application/json" id="data">').removesuffix("</script>")
    assert "<" not in inner and ">" not in inner and "&" not in inner
    assert "\u2028" not in inner and "\u2029" not in inner
    clean = [re.sub("[\ud800-\udfff]", "\ufffd", s) for s in strings]
    assert json.loads(inner) == {"s": clean, "end": "</script><!--"}


@given(st.text())
@settings(max_examples=300, deadline=None)
def test_escaped_text_reads_back_unchanged(text: str) -> None:
    """What the parser gives back is the text (NUL and lone surrogates, which no page can hold, as U+FFFD)."""
    page = Page(f'<div id="text">{html.escape(text)}</div>')
    assert page.text == re.sub("[\x00\ud800-\udfff]", "\ufffd", text)


def test_content_security_policy_allows_only_the_pages_own_style_and_script() -> None:
    source = dutyreport.parse((EXAMPLES / "review_report.txt").read_bytes()).to_html()
    page = Page(source)
    (csp,) = [a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp is not None
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["default-src"] == "'none'"
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp

    def digest(body: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"

    style = re.search(r"<style>(.*?)</style>", source, re.S)
    assert style is not None
    assert directives["style-src"] == digest(style.group(1))
    assert directives["script-src"] == digest(page.scripts[1][1])
    assert source.index("Content-Security-Policy") < source.index("<style>")


# --------------------------------------------------------------------------------------------
# The page's content
# --------------------------------------------------------------------------------------------


def _reports() -> dict[str, Path]:
    paths = {"sample": EXAMPLES / "sample_report.txt", "review": EXAMPLES / "review_report.txt"}
    paths.update({f"fixture {p.stem[:2]}": p for p in sorted((FIXTURES / "synthetic3").glob("*.txt"))})
    paths.update({f"corpus {p.stem[:3]}": p for p in CORPUS})
    return paths


REPORTS = _reports()


@pytest.mark.parametrize("name", REPORTS, ids=list(REPORTS))
def test_page_shows_every_item(name: str) -> None:
    report = dutyreport.parse(REPORTS[name].read_bytes())
    view = report_view(report)
    page = assert_page(report, report.to_html())
    for k, n in enumerate(report.noise):
        assert page.element_text(f"n{k}") == n.text
    for k, c in enumerate(report.corruptions):
        assert page.element_text(f"c{k}") == c.text
    # the outline: one link per section, in reading order
    sections = list(report.walk_sections())
    outline = [h for h in page.links if h.startswith("#s")]
    assert outline == [f"#s{k}" for k in range(len(sections))]
    for k, s in enumerate(sections):
        assert page.element_text(f"s{k}").startswith(report.text[s.start : s.start + 1])
    # each check: its verdict, and one link per figure to an element showing that figure
    source = report.to_html()
    for k, check in enumerate(view.checks):
        item = re.search(rf'<li class="chk (ok|bad)" id="k{k}">(.*?)</li>', source)
        assert item is not None
        assert item.group(1) == ("ok" if check.holds else "bad")
        hrefs = re.findall(r'href="#([a-z]\d+)"', item.group(2))
        assert len(hrefs) == len(check.figures)
        for href, (s, e) in zip(hrefs, check.figures, strict=True):
            assert page.element_text(href) == report.text[s:e]
    # the cards: one row per item, the value first
    data = page.data()
    cards = data["cards"]
    assert isinstance(cards, dict)
    assert len(cards["i"]["rows"]) == len(report.indicators)
    assert len(cards["c"]["rows"]) == len(report.corruptions)
    strings = data["strings"]
    assert isinstance(strings, list)
    for row, indicator in zip(cards["i"]["rows"], view.indicators, strict=True):
        assert [(cards["i"]["cols"][n], strings[v]) for n, v in enumerate(row) if v is not None] == list(indicator.card)


def test_card_fields() -> None:
    """The review report's cards name what a reader checks: value, unit, qualifier, subject, year, section."""
    report = dutyreport.parse((EXAMPLES / "review_report.txt").read_bytes())
    view = report_view(report)
    cards = {i.text: dict(i.card) for i in view.indicators}
    assert cards["约6300个"] == {
        "value": "6300", "unit": "个", "qualifier": "approx", "subject": "新增学位",
        "section": "二、主要工作及成效 › (二)办学条件不断改善", "key": "new_school_places", "kind": "stock",
    }
    assert cards["128600万元"]["year"] == "2023"
    assert cards["5.93%"]["value"] == "5.93% (= 0.0593)"
    assert cards["x间"]["value"] == "unknown"
    assert [i.unknown for i in view.indicators if i.text == "x间"] == [True]
    (placeholder,) = [c for c in view.corruptions if c.text == "x间"]
    assert placeholder.unknown
    repairs = {c.text: c.repair for c in view.corruptions}
    assert repairs["20246月底"] == "2024年6月底"
    assert [c.claim for c in view.failed] == [c.claim for c in report.checks if not c.holds] != []


def test_a_card_shows_the_key_and_dimensions_where_set() -> None:
    """Fields listed in INDICATOR_FIELDS (the canonical key, the dimensions) appear on a card when set."""
    from attrs import evolve

    from dutyreport.model.dimensions import Dimensions, SchoolLevel
    from dutyreport.render.view import indicator_view

    indicator = dutyreport.parse("某县自查报告\n一、基本情况\n全县共有学校12所。").indicators[0]
    bare = evolve(indicator, key=None, dimensions=Dimensions())
    assert "key" not in dict(indicator_view(bare).card) and "dimensions" not in dict(indicator_view(bare).card)
    keyed = evolve(bare, key="school_count", dimensions=Dimensions(level=SchoolLevel.PRIMARY))
    card = dict(indicator_view(keyed).card)
    assert card["key"] == "school_count"
    assert card["dimensions"] == f"level {SchoolLevel.PRIMARY.value}"


# --------------------------------------------------------------------------------------------
# Size: elements per item, not per character
# --------------------------------------------------------------------------------------------


def megabyte_text() -> str:
    """About 1 MB of the project's own fixture reports, one after another."""
    one = "\n".join(p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*/*.txt")))
    text = one
    while len(text.encode()) < 1_000_000:
        text += "\n" + one
    return text


@pytest.fixture(scope="module")
def megabyte() -> Report:
    return dutyreport.parse(megabyte_text())


def _items(report: Report) -> int:
    view = report_view(report)
    figures = {s for c in view.checks for s in c.figures}
    sections = sum(1 for _ in report.walk_sections())
    return len(view.indicators) + len(view.noise) + len(view.corruptions) + len(figures) + sections + 1


def assert_proportionate(report: Report, source: str) -> None:
    size = len(report.text.encode())
    items = _items(report)
    spans = source.count("<span")
    # one span per piece: at most two pieces per item in these reports, and a few per check and heading
    assert spans <= 2 * items + 3 * len(report.checks) + 40, (spans, items)
    assert len(source.encode()) <= 5 * size + 200 * items + 60_000, (len(source.encode()), size, items)


def test_page_size_of_a_megabyte(megabyte: Report) -> None:
    assert len(megabyte.text.encode()) >= 1_000_000
    source = megabyte.to_html()
    assert_proportionate(megabyte, source)
    assert Page(source).text == megabyte.text


@pytest.mark.parametrize("name", REPORTS, ids=list(REPORTS))
def test_page_size(name: str) -> None:
    report = dutyreport.parse(REPORTS[name].read_bytes())
    assert_proportionate(report, report.to_html())


@pytest.fixture(scope="module")
def all_figures() -> Report:
    """The worst case for markup: a text that is nearly all figures (30,000 characters)."""
    return dutyreport.parse("某县自查报告\n一、基本情况\n" + "学校1所、" * 6_000)


def test_every_character_a_figure_stays_proportionate(all_figures: Report) -> None:
    assert len(all_figures.indicators) == 6_000
    assert_proportionate(all_figures, all_figures.to_html())


# --------------------------------------------------------------------------------------------
# Notebook displays
# --------------------------------------------------------------------------------------------


def test_report_display() -> None:
    report = dutyreport.parse((EXAMPLES / "review_report.txt").read_bytes())
    shown = report._repr_html_()
    assert report.title is not None and report.title.clean in shown
    assert "柳溪县" in shown and "self_assessment" in shown and "2023" in shown
    assert "Failed checks: 2" in shown
    assert "21所 + 24所 + 9所 + 3所" in shown
    assert "Showing the first" not in shown  # all of a short report is shown
    assert "<script" not in shown
    text = Page(shown.replace('class="dr-text"', 'id="text"', 1)).text
    assert text == report.text


def test_report_display_is_bounded(megabyte: Report) -> None:
    shown = megabyte._repr_html_()
    assert len(shown.encode()) < 400_000
    assert "Showing the first" in shown and "report.to_html()" in shown


def test_report_display_is_bounded_when_all_figures(all_figures: Report) -> None:
    shown = all_figures._repr_html_()
    assert len(shown.encode()) < 400_000
    assert "Showing the first" in shown
    assert shown.count("<span") < 4_000  # fewer figures shown than the window of text would hold


@pytest.mark.parametrize("name", EXAMPLES_HOSTILE, ids=list(EXAMPLES_HOSTILE))
def test_displays_escape(name: str) -> None:
    report = hostile_report(EXAMPLES_HOSTILE[name])
    for shown in (report._repr_html_(), report.indicators[0]._repr_html_(), *(c._repr_html_() for c in report.checks)):
        page = Page(f'<div id="text">{shown}</div>')
        assert page.scripts == []
        assert all(set(a) <= {"class", "title"} for t, a in page.tags if t not in ("div",)), page.tags
        shown_tags = {"div", "span", "bdi", "dl", "dt", "dd", "ol", "li", "p", "code", "table", "tr", "th", "td"}
        assert {t for t, _ in page.tags} <= shown_tags | {"style"}
        assert all(set(a) <= {"class", "id"} for t, a in page.tags if t == "div")


def test_indicator_and_check_displays() -> None:
    report = dutyreport.parse((EXAMPLES / "review_report.txt").read_bytes())
    money = next(i for i in report.indicators if i.text == "128600万元")
    shown = money._repr_html_()
    assert "128600万元" in shown and "1286000000" in shown and "yuan" in shown and "一般公共预算教育支出" in shown
    failed = next(c for c in report.checks if not c.holds)
    assert "✗" in failed._repr_html_() and failed.claim in failed._repr_html_()
    held = next(c for c in report.checks if c.holds)
    assert "✓" in held._repr_html_()


def test_indicator_and_check_displays_say_where_they_are() -> None:
    """Found by a notebook user's trial: a display shown alone said what a figure is but not where it stands."""
    report = dutyreport.parse("清河区教育工作自查报告\n一、基本情况\n(一)学校\n全区共有学校10所:小学6所、初中4所。\n")
    ten = next(i for i in report.indicators if i.text == "10所")
    assert ten.section == (0, 0)
    shown = Page(f"<div>{ten._repr_html_()}</div>")
    assert f"characters {ten.start}–{ten.end}" in shown.text_all and "section 1.1" in shown.text_all
    (check,) = report.checks
    shown = Page(f"<div>{check._repr_html_()}</div>")
    assert f"characters {check.start}–{check.end}" in shown.text_all


def test_displays_are_not_typeset_as_math() -> None:
    """Found by a notebook user's trial: Jupyter runs MathJax over HTML output, so a report's $…$ or \\(…\\)
    would be typeset as a formula; every display's outer element carries the classes MathJax 2 and 3 skip."""
    report = hostile_report("单价$12$元,另计\\(3+4\\)项")
    frame = dutyreport.indicators_frame([report])
    for shown in (report._repr_html_(), report.indicators[0]._repr_html_(), report.checks[0]._repr_html_(),
                  frame._repr_html_()):
        outer = Page(shown).tags[0]
        assert outer[0] == "div"
        assert {"tex2jax_ignore", "mathjax_ignore"} <= set(str(outer[1]["class"]).split()), outer


def test_a_checks_computed_value_is_shown_short() -> None:
    """Found by a notebook user's trial: a share's computed value showed all 28 digits of the quotient."""
    report = dutyreport.parse("一、基本情况\n全县在校生3000人,其中随迁子女700人,占比23.4%。\n")
    check = next(c for c in report.checks if c.kind.value == "share")
    assert check.computed is not None and len(str(check.computed)) > 20  # 700/3000 does not end
    shown = Page(f"<div>{check._repr_html_()}</div>").text_all
    assert "≈ 23.3333" in shown and "23.33333333" not in shown
    exact = next(c for c in dutyreport.parse((EXAMPLES / "review_report.txt").read_bytes()).checks if not c.holds)
    assert f"computed{exact.computed}" in Page(f"<div>{exact._repr_html_()}</div>").text_all  # exact stays exact


# --------------------------------------------------------------------------------------------
# The command line
# --------------------------------------------------------------------------------------------


def test_cli_html_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "page.html"
    assert main(["html", str(EXAMPLES / "review_report.txt"), "-o", str(out)]) == 0
    report = dutyreport.parse((EXAMPLES / "review_report.txt").read_bytes())
    assert out.read_text(encoding="utf-8") == report.to_html()
    assert str(out) in capsys.readouterr().out
    # into an existing folder: the page is named after the report
    assert main(["html", str(EXAMPLES / "review_report.txt"), "-o", str(tmp_path)]) == 0
    assert (tmp_path / "review_report.html").exists()


def test_cli_html_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "reports"
    src.mkdir()
    for p in sorted((FIXTURES / "synthetic").glob("*.txt"))[:3]:
        (src / p.name).write_bytes(p.read_bytes())
    (src / "blank.txt").write_text("   \n", encoding="utf-8")
    (src / "notes.md").write_text("not a report", encoding="utf-8")
    out = tmp_path / "site"
    assert main(["html", str(src), "-o", str(out)]) == 1  # one report could not be read
    assert capsys.readouterr().err == f"dutyreport: {src / 'blank.txt'}: empty report\n"
    pages = sorted(p.name for p in out.iterdir())
    assert pages == sorted(["index.html", *(p.stem + ".html" for p in src.glob("0*.txt"))])
    index = Page((out / "index.html").read_text(encoding="utf-8"))
    assert sorted(index.links) == sorted(p for p in pages if p != "index.html")
    source = (out / "index.html").read_text(encoding="utf-8")
    assert "blank.txt" in source and "empty report" in source
    for p in sorted(src.glob("0*.txt")):
        report = dutyreport.parse(p.read_bytes())
        assert report.region is None or report.region in source
        page = (out / (p.stem + ".html")).read_text(encoding="utf-8")
        assert 'href="index.html"' in page
        assert_page(report, page)


# (the command line, words of its one line, the status: 1 for a report that could not be read, as parse
# gives; 2 where nothing could be done)
BAD_PATHS = {
    "no such input": (["html", "{tmp}/nope.txt", "-o", "{tmp}/x.html"], "no such file", 1),
    "empty folder": (["html", "{tmp}/empty", "-o", "{tmp}/site"], "no report files", 2),
    "folder into a file": (["html", "{tmp}/one", "-o", "{tmp}/one/a.txt"], "is a file", 2),
    "blank report": (["html", "{tmp}/one/a.txt", "-o", "{tmp}/x.html"], "empty report", 1),
    "unwritable output": (["html", str(EXAMPLES / "sample_report.txt"), "-o", "{tmp}/one/a.txt/x"], "cannot write", 2),
}


@pytest.mark.parametrize("case", BAD_PATHS, ids=list(BAD_PATHS))
def test_cli_bad_paths(case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "one").mkdir()
    (tmp_path / "one" / "a.txt").write_text(" ", encoding="utf-8")
    argv, message, status = BAD_PATHS[case]
    assert main([a.replace("{tmp}", str(tmp_path)) for a in argv]) == status
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("dutyreport: ") and message in err, err


def test_cli_html_from_standard_input(tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    source = (EXAMPLES / "review_report.txt").read_bytes()
    run = subprocess.run(
        [sys.executable, "-m", "dutyreport", "html", "-", "-o", str(out)], input=source, capture_output=True, check=True
    )
    assert run.stderr == b""
    assert out.read_text(encoding="utf-8") == dutyreport.parse(source).to_html()


def test_parsing_loads_no_renderer() -> None:
    code = (
        "import sys, dutyreport\n"
        "r = dutyreport.parse('某县自查报告\\n一、基本情况\\n全县共有学校12所。')\n"
        "assert not any(m.startswith('dutyreport.render') for m in sys.modules)\n"
        "assert r.to_html().startswith('<!DOCTYPE html>') and 'dutyreport.render.html' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
