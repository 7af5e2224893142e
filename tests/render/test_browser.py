"""The review page as Chromium renders it: the DOM, the cards, the links, the keyboard, and no
script but the page's own.

Chromium is Debian's (``/usr/bin/chromium``, installed by ``make test`` where it can), driven by
Playwright's Python package, which never downloads a browser of its own here. The browser starts
headless with a fresh profile and no background networking; pages are opened from files.
Without Chromium or Playwright these tests are skipped, saying why.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from test_displays import SHOWN_TAGS, hostile_items
from test_render import EXAMPLES_HOSTILE, hostile_report, megabyte_text

import dutyreport
from conftest import CORPUS, ROOT, realworld_files
from dutyreport import Comparator, Noise, NoiseKind, Percent, Report, Section, Target
from dutyreport.render.view import report_view

CHROMIUM = Path(os.environ.get("DUTYREPORT_CHROMIUM", "/usr/bin/chromium"))
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOT = ROOT / "docs" / "img" / "review.png"
REVIEW = ROOT / "examples" / "review_report.txt"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(
            f"no Chromium at {CHROMIUM}: `make test` installs Debian's chromium with apt-get when run as root; "
            "elsewhere install it (apt-get install chromium) to run the browser tests"
        )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("Playwright is not installed: `pip install -e '.[dev]'` installs it")
    profile = tempfile.mkdtemp(prefix="dutyreport-chromium-")
    try:
        with sync_playwright() as p:
            context = p.chromium.launch_persistent_context(
                profile,
                executable_path=str(CHROMIUM),
                args=ARGS,
                headless=True,
                viewport={"width": 1400, "height": 860},
                offline=True,
            )
            context.set_default_timeout(10_000)
            try:
                yield context
            finally:
                context.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)


class Opened:
    """A page opened in the browser, with what its console said."""

    def __init__(self, context: Any, path: Path) -> None:
        self.messages: list[str] = []
        self.page = context.new_page()
        self.page.on("console", lambda m: self.messages.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.messages.append(f"pageerror: {e}"))
        self.page.goto(path.as_uri())
        self.page.wait_for_load_state("load")

    @property
    def errors(self) -> list[str]:
        return [m for m in self.messages if not m.startswith(("log:", "debug:", "info:"))]

    def js(self, expression: str, arg: object = None) -> Any:
        return self.page.evaluate(expression, arg)


def open_report(context: Any, report: Report, tmp_path: Path) -> Opened:
    path = tmp_path / "page.html"
    path.write_text(report.to_html(), encoding="utf-8")
    return Opened(context, path)


# The text an item shows: its first piece (by id) and its other pieces (data-r), in order.
PIECES = """key => {
  const first = document.getElementById(key);
  if (!first) return null;
  return [first, ...document.querySelectorAll(`[data-r="${key}"]`)].map(e => e.textContent).join("");
}"""

DOM_FACTS = """() => ({
  text: document.getElementById("text").textContent,
  highlights: [...document.querySelectorAll("#text .i[id]")].map(e => [e.id, e.textContent]),
  outline: [...document.querySelectorAll("#outline a")].map(a => a.getAttribute("href")),
  outlineMissing: [...document.querySelectorAll("#outline a")]
      .filter(a => !document.getElementById(a.getAttribute("href").slice(1))).length,
  checks: [...document.querySelectorAll("#checks li.chk")].map(li => ({
      holds: li.classList.contains("ok"),
      figures: [...li.querySelectorAll("a.fl")].map(a => a.getAttribute("href").slice(1)),
  })),
  scripts: document.scripts.length,
  pwned: typeof window.__pwned,
})"""


SHOW_EVERY_CARD = """() => [...document.querySelectorAll("#text .m[id]")].map(e => {
  e.dispatchEvent(new MouseEvent("mouseover", {bubbles: true}));
  return document.getElementById("card").textContent;
})"""


def _reports() -> dict[str, Path]:
    paths = {"sample": ROOT / "examples" / "sample_report.txt", "review": REVIEW}
    paths.update({f"corpus {p.stem[:3]}": p for p in CORPUS[:2]})
    return paths


REPORTS = _reports()


@pytest.mark.parametrize("name", REPORTS, ids=list(REPORTS))
def test_rendered_dom(browser: Any, name: str, tmp_path: Path) -> None:
    report = dutyreport.parse(REPORTS[name].read_bytes())
    view = report_view(report)
    opened = open_report(browser, report, tmp_path)
    facts = opened.js(DOM_FACTS)
    assert facts["text"] == report.text
    # one highlight per indicator, with the indicator's text
    assert facts["highlights"] == [[f"i{k}", i.text] for k, i in enumerate(report.indicators)]
    # the outline: one link per section, each landing on an element
    assert len(facts["outline"]) == sum(1 for _ in report.walk_sections())
    assert facts["outlineMissing"] == 0
    # each check: its verdict, and its figures' elements showing their text
    assert [c["holds"] for c in facts["checks"]] == [c.holds for c in view.checks]
    for got, check in zip(facts["checks"], view.checks, strict=True):
        shown = [opened.js(PIECES, key) for key in got["figures"]]
        assert shown == [report.text[s:e] for s, e in check.figures]
    assert facts["scripts"] == 2
    assert opened.errors == []


# The text of every item's pieces, by key, in one call.
ALL_PIECES = """() => {
  const shown = {};
  for (const e of document.querySelectorAll("#text [id], #text [data-r]")) {
    const key = e.id || e.getAttribute("data-r");
    shown[key] = (shown[key] || "") + e.textContent;
  }
  return shown;
}"""


def test_real_reports_draw_every_span_where_it_is(browser: Any, tmp_path: Path) -> None:
    """The excerpts of ../shared/realworld (read here, never copied): each page's text is the report's, and
    every noise span, damaged span and figure shows exactly report.text[start:end]."""
    files = realworld_files()
    if not files:
        pytest.skip("no ../shared/realworld here")
    for path in files:
        report = dutyreport.parse_file(path)
        opened = open_report(browser, report, tmp_path)
        assert opened.js(DOM_FACTS)["text"] == report.text, path.name
        shown = opened.js(ALL_PIECES)
        for prefix, items in (("n", report.noise), ("c", report.corruptions), ("i", report.indicators)):
            for k, item in enumerate(items):
                assert shown.get(f"{prefix}{k}") == report.text[item.start : item.end], (path.name, prefix, k)
        assert opened.errors == [], path.name
        opened.page.close()


def test_a_frame_display_keeps_each_row_on_one_line(browser: Any, tmp_path: Path) -> None:
    """Found by a notebook user's trial: an indicators frame's 23 columns squeezed into the output's width
    broke every Chinese cell character by character, a row standing ten lines tall; the display now
    scrolls sideways and keeps its cells on one line."""
    report = dutyreport.parse(REVIEW.read_bytes())
    path = tmp_path / "frame.html"
    shown = dutyreport.indicators_frame([report])._repr_html_()
    path.write_text(f'<!DOCTYPE html><meta charset="utf-8"><body style="width:900px">{shown}</body>', "utf-8")
    opened = Opened(browser, path)
    heights = opened.js("() => [...document.querySelectorAll('tbody tr')].map(r => r.getBoundingClientRect().height)")
    line = opened.js("() => document.querySelector('tbody td').getBoundingClientRect().height")
    assert heights and max(heights) < 2 * opened.js("() => parseFloat(getComputedStyle(document.body).fontSize)") + 8
    assert line == heights[0]
    box = "() => { const d = document.querySelector('.dutyreport-frame'); return [d.clientWidth, d.scrollWidth]; }"
    client, scroll = opened.js(box)
    assert client <= 900 < scroll  # the table is wider than the output: it scrolls inside its box


def test_a_megabyte_page(browser: Any, tmp_path: Path) -> None:
    """A 1 MB input: every figure highlighted once, and the page still answers a hover and a key."""
    report = dutyreport.parse(megabyte_text())
    opened = open_report(browser, report, tmp_path)
    ids = opened.js("() => [...document.querySelectorAll('#text .i[id]')].map(e => e.id)")
    assert ids == [f"i{k}" for k in range(len(report.indicators))]
    assert opened.js("() => document.getElementById('text').textContent.length") == len(report.text)
    k = len(report.indicators) // 2
    opened.page.hover(f"#i{k}")
    assert report.indicators[k].text in opened.page.locator("#card").inner_text()
    opened.page.keyboard.press("n")
    first_failed = next(n for n, c in enumerate(report.checks) if not c.holds)
    assert opened.js("() => document.body.getAttribute('data-current-check')") == f"k{first_failed}"
    assert opened.errors == []


def test_card_on_hover_and_click(browser: Any, tmp_path: Path) -> None:
    report = dutyreport.parse(REVIEW.read_bytes())
    opened = open_report(browser, report, tmp_path)
    k = next(n for n, i in enumerate(report.indicators) if i.text == "约6300个")
    assert opened.js("() => document.getElementById('card').hidden") is True
    opened.page.hover(f"#i{k}")
    card = opened.page.locator("#card")
    assert card.is_visible()
    shown = card.inner_text()
    for expected in ("约6300个", "6300", "approx", "新增学位", "(二)办学条件不断改善", "stock"):
        assert expected in shown
    # a click pins the card; Escape closes it
    placeholder = next(n for n, i in enumerate(report.indicators) if i.text == "x间")
    opened.page.click(f"#i{placeholder}")
    assert "unknown" in card.inner_text() and card.is_visible()
    opened.page.keyboard.press("Escape")
    assert not card.is_visible()
    # a damaged span shows its repair
    c = next(n for n, x in enumerate(report.corruptions) if x.text == "20246月底")
    assert opened.js(f"() => document.getElementById('c{c}').getAttribute('data-repair')") == "2024年6月底"
    assert opened.errors == []


def test_keyboard_steps_through_failed_checks(browser: Any, tmp_path: Path) -> None:
    report = dutyreport.parse(REVIEW.read_bytes())
    failed = [k for k, c in enumerate(report.checks) if not c.holds]
    assert len(failed) == 2
    opened = open_report(browser, report, tmp_path)
    current = "() => [...document.querySelectorAll('#checks li.current')].map(li => li.id)"
    flashing = "() => [...document.querySelectorAll('#text .flash')].map(e => e.textContent)"
    assert opened.js(current) == []
    for key, expected in (("n", failed[0]), ("n", failed[1]), ("n", failed[0]), ("p", failed[1]), ("k", failed[0])):
        opened.page.keyboard.press(key)
        assert opened.js(current) == [f"k{expected}"]
        figures = report_view(report).checks[expected].figures
        assert sorted(opened.js(flashing)) == sorted(report.text[s:e] for s, e in figures)
    assert opened.errors == []


def test_stepping_to_a_failed_check_shows_its_figures_card(browser: Any, tmp_path: Path) -> None:
    """Found by a keyboard user's trial: n flashed the figures of the failed check but a card was only a
    mouse away; it now opens (pinned) on the check's first figure, and Esc closes it."""
    report = dutyreport.parse(REVIEW.read_bytes())
    opened = open_report(browser, report, tmp_path)
    card = opened.page.locator("#card")
    for n, check in enumerate(c for c in report.checks if not c.holds):
        opened.page.keyboard.press("n")
        assert card.is_visible(), n
        first = report_view(report).checks[report.checks.index(check)].figures[0]
        assert report.text[first[0] : first[1]] in card.inner_text()
    opened.page.keyboard.press("Escape")
    assert not card.is_visible()
    assert opened.errors == []


def test_noise_collapses(browser: Any, tmp_path: Path) -> None:
    report = dutyreport.parse(REVIEW.read_bytes())
    opened = open_report(browser, report, tmp_path)
    width = "() => document.getElementById('n0').getBoundingClientRect().width"
    before = opened.js(width)
    opened.page.check("#hide-noise")
    assert opened.js(width) < before / 2
    assert opened.js("() => document.getElementById('text').textContent") == report.text  # hidden, not removed
    opened.page.uncheck("#hide-noise")
    assert opened.js(width) == before


@pytest.mark.parametrize("name", EXAMPLES_HOSTILE, ids=list(EXAMPLES_HOSTILE))
def test_no_injected_script_runs(browser: Any, name: str, tmp_path: Path) -> None:
    report = hostile_report(EXAMPLES_HOSTILE[name])
    opened = open_report(browser, report, tmp_path)
    # every card on screen once (subjects, headings and claims hold the payload)
    shown = opened.js(SHOW_EVERY_CARD)
    assert len(shown) == len(report.indicators) + len(report.noise) + len(report.corruptions)
    assert all(shown)
    facts = opened.js(DOM_FACTS)
    assert facts["pwned"] == "undefined"
    assert facts["scripts"] == 2
    assert facts["text"] == report.text
    assert opened.js("() => document.querySelectorAll('#text *:not(span):not(bdi.bidi)').length") == 0
    assert opened.js("() => document.body.style.display") == ""
    assert opened.errors == []


# The x of each character of the first element matching a selector, as laid out, outside the <bdi> that isolate
# bidirectional controls (the controls themselves: what the text around them must not be turned by).
CHARACTER_XS = """selector => {
  const root = document.querySelector(selector);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const xs = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement.tagName === "BDI") continue;
    for (let i = 0; i < node.length; i++) {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      xs.push(range.getBoundingClientRect().left);
    }
  }
  return xs;
}"""


def test_a_bidi_override_in_the_text_does_not_turn_the_figures_around(browser: Any, tmp_path: Path) -> None:
    report = hostile_report(EXAMPLES_HOSTILE["bidi override unclosed"])
    opened = open_report(browser, report, tmp_path)
    for k, indicator in enumerate(report.indicators):
        xs = opened.js(CHARACTER_XS, f"#i{k}")
        assert len(xs) == len(indicator.text)
        assert xs == sorted(xs), (indicator.text, xs)  # read left to right, as written
    assert opened.errors == []


def test_item_displays_run_no_script(browser: Any, tmp_path: Path) -> None:
    """The displays of sections, noise and damaged spans, the title, document numbers, points, problems, plans,
    targets, rectifications and what they hold (test_displays.py), each hostile payload in every field, as a
    notebook shows them (in a page with no policy): no injected script runs, no element but the display's own,
    and each section's box shows the section's text."""
    path = tmp_path / "displays.html"
    for name, payload in EXAMPLES_HOSTILE.items():
        items = hostile_items(payload)
        cells = "".join(f'<div class="cell">{item._repr_html_()}</div>' for item in items)  # type: ignore[attr-defined]
        path.write_text(f'<!DOCTYPE html><meta charset="utf-8"><body>{cells}</body>', encoding="utf-8")
        opened = Opened(browser, path)
        assert opened.js("() => typeof window.__pwned") == "undefined", name
        assert opened.js("() => document.scripts.length") == 0, name
        tags = opened.js("() => [...document.querySelectorAll('.cell *')].map(e => e.tagName.toLowerCase())")
        assert set(tags) <= SHOWN_TAGS | {"tbody"}, (name, set(tags) - SHOWN_TAGS)  # (a parser adds tbody)
        boxes = opened.js("() => [...document.querySelectorAll('.cell .dr-text')].map(e => e.textContent)")
        assert boxes == [item.text for item in items if isinstance(item, Section)], name
        assert opened.js("() => document.body.style.display") == "", name
        assert opened.errors == [], name
        opened.page.close()


def test_a_bidi_override_in_an_item_display_does_not_turn_its_text_around(browser: Any, tmp_path: Path) -> None:
    heading = "\u202e投入12.5万元"
    text = f"一、{heading}\n学校12所。"
    section = Section(start=0, end=len(text), text=text, text_at=0, number="一、", heading=heading, level=1,
                      heading_start=2, heading_end=2 + len(heading))
    noise = Noise(start=0, end=9, text="\u202e增长%05 广告", kind=NoiseKind.SPAM)
    goal = "\u202e到2025年达到95%"
    target = Target(start=0, end=len(goal), text=goal, subject="入园率", comparator=Comparator.GE,
                    quantity=Percent(points=Decimal(95)))
    path = tmp_path / "bidi.html"
    shown_items = "".join(item._repr_html_() for item in (section, noise, target))
    path.write_text(f'<!DOCTYPE html><meta charset="utf-8"><body>{shown_items}</body>', encoding="utf-8")
    opened = Opened(browser, path)
    shown_as = {
        ".dr-title": "一、投入12.5万元",
        ".dr-text .h": "投入12.5万元",
        ".noise": "增长%05 广告",
        ".target": "到2025年达到95%",
    }
    for selector, shown in shown_as.items():
        xs = opened.js(CHARACTER_XS, selector)
        assert len(xs) == len(shown), selector
        assert xs == sorted(xs), (selector, xs)  # read left to right, as written
    assert opened.errors == []


def test_an_injected_script_would_be_caught(browser: Any, tmp_path: Path) -> None:
    """The check above can fail: a page that lets the payload through is caught twice, by the
    marker and by the policy's refusal in the console."""
    report = hostile_report(EXAMPLES_HOSTILE["script"])
    page = report.to_html().replace('<div id="text">', '<div id="text"><script>window.__pwned = 1</script>', 1)
    path = tmp_path / "broken.html"
    path.write_text(page, encoding="utf-8")
    opened = Opened(browser, path)
    assert any("Content Security Policy" in m for m in opened.errors)
    no_csp = tmp_path / "no-csp.html"
    no_csp.write_text(page.replace("Content-Security-Policy", "X-Nothing"), encoding="utf-8")
    assert Opened(browser, no_csp).js("() => window.__pwned") == 1


def test_index_page_links(browser: Any, tmp_path: Path) -> None:
    from dutyreport.cli import main

    src = tmp_path / "reports"
    src.mkdir()
    for p in (REVIEW, ROOT / "examples" / "sample_report.txt"):
        (src / p.name).write_bytes(p.read_bytes())
    assert main(["html", str(src), "-o", str(tmp_path / "site")]) == 0
    opened = Opened(browser, tmp_path / "site" / "index.html")
    rows = opened.js("() => [...document.querySelectorAll('tbody tr')].map(tr => tr.cells[0].textContent)")
    assert rows == ["review_report.txt", "sample_report.txt"]
    opened.page.click("text=review_report.txt")
    opened.page.wait_for_load_state("load")
    assert opened.page.url.endswith("/site/review_report.html")
    assert opened.js("() => document.querySelectorAll('#checks li.bad').length") == 2
    opened.page.click("a.back")
    opened.page.wait_for_load_state("load")
    assert opened.page.url.endswith("/site/index.html")
    assert opened.errors == []


def test_screenshot(browser: Any, tmp_path: Path) -> None:
    """The picture in the docs: the review report, its first failed check stepped to, a card open.

    Written to a temporary folder; ``DUTYREPORT_UPDATE_SCREENSHOT=1`` writes docs/img/review.png too.
    """
    report = dutyreport.parse(REVIEW.read_bytes())
    opened = open_report(browser, report, tmp_path)
    opened.page.keyboard.press("n")
    opened.page.keyboard.press("Escape")  # the card n pinned closes; the hovered one opens
    k = next(n for n, i in enumerate(report.indicators) if i.text == "128600万元")
    opened.page.hover(f"#i{k}")
    opened.page.wait_for_timeout(1800)  # the flash fades
    shot = tmp_path / "review.png"
    opened.page.screenshot(path=str(shot))
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 20_000
    assert SCREENSHOT.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    if os.environ.get("DUTYREPORT_UPDATE_SCREENSHOT"):
        SCREENSHOT.write_bytes(data)
    assert opened.errors == []
