"""Every item of a parsed report is grounded: its span lies in the text and reads back its surface.

The properties are checked on the real corpus and on mutations of it (lines shuffled, truncated,
duplicated, chrome and spam injected, 年/月/〕 deleted, digits and measure words deleted):

* every item that has ``text`` satisfies ``report.text[start:end] == item.text``; a section's
  heading reads back through ``heading_start``/``heading_end``;
* sections nest: children inside their parent, siblings in order without overlap, the heading
  inside its section; an indicator's ``section`` path names a section that holds it;
* noise spans are ordered and disjoint, and ``Report.body`` plus the noise spans rebuild the text
  character for character (nothing silently dropped);
* nothing anywhere is a ``float`` (``to_dict()`` output and every quantity).

:func:`assert_grounded` is shared with ``test_hostile.py`` and ``benchmarks/fuzz.py``.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dutyreport
from conftest import CORPUS, CORPUS_IDS
from dutyreport import Grounded, Report, Section
from dutyreport.serialize import to_dict

# --------------------------------------------------------------------------------------------
# The checker
# --------------------------------------------------------------------------------------------

_SPANNED = ("doc_numbers", "indicators", "noise", "corruptions", "problems", "plans", "targets", "rectifications",
            "checks")


def _spanned_items(report: Report) -> Iterator[tuple[str, Any]]:
    if report.title is not None:
        yield "title", report.title
    for name in _SPANNED:
        for item in getattr(report, name, ()):
            yield name, item
            if name == "rectifications":
                yield f"{name}.problem", item.problem
                for sub in ("measures", "indicators", "targets"):
                    for inner in getattr(item, sub, ()):
                        yield f"{name}.{sub}", inner
                for detail in ("deadline", "responsible"):
                    if getattr(item, detail, None) is not None:
                        yield f"{name}.{detail}", getattr(item, detail)
            if name == "checks":
                for figure in item.figures:
                    yield f"{name}.figures", figure
            if name == "targets" and item.deadline is not None:
                yield f"{name}.deadline", item.deadline
    for section in report.walk_sections():
        yield "sections", section
        for point in section.points:
            yield "points", point


def _check_span(text: str, where: str, start: int, end: int, surface: str | None) -> None:
    assert isinstance(start, int) and isinstance(end, int), f"{where}: span {start!r}..{end!r} is not ints"
    assert 0 <= start <= end <= len(text), f"{where}: span {start}..{end} outside a text of {len(text)}"
    if surface is not None:
        assert text[start:end] == surface, f"{where}: text[{start}:{end}]={text[start:end]!r} != {surface!r}"


def _check_sections(text: str, sections: tuple[Section, ...], lo: int, hi: int, where: str) -> None:
    prev_end = lo
    for k, s in enumerate(sections):
        w = f"{where}[{k}]"
        _check_span(text, w, s.start, s.end, None)
        _check_span(text, w + ".heading", s.heading_start, s.heading_end, s.heading)
        assert lo <= s.start and s.end <= hi, f"{w}: {s.start}..{s.end} outside its parent {lo}..{hi}"
        assert s.start >= prev_end, f"{w}: starts at {s.start}, before its sibling ends at {prev_end}"
        assert s.start <= s.heading_start <= s.heading_end <= s.end, f"{w}: heading outside the section"
        for p in s.points:
            assert s.start <= p.start and p.end <= s.end, f"{w}: point {p.start}..{p.end} outside the section"
        prev_end = s.end
        _check_sections(text, s.children, s.heading_end, s.end, w)


def _section_at(report: Report, path: tuple[int, ...]) -> Section:
    level: tuple[Section, ...] = report.sections
    node: Section | None = None
    for i in path:
        assert 0 <= i < len(level), f"section path {path} does not exist"
        node = level[i]
        level = node.children
    assert node is not None
    return node


def _check_noise_accounting(report: Report) -> None:
    text, noise = report.text, report.noise
    prev = 0
    for n in noise:
        assert n.start >= prev, f"noise {n.start}..{n.end} overlaps or precedes the one ending at {prev}"
        assert n.end > n.start, f"empty noise span at {n.start}"
        prev = n.end
    body = report.body
    assert len(body) + sum(n.end - n.start for n in noise) == len(text), "body and noise do not add up"
    # Rebuild the text from the body with every noise span put back where it stood.
    parts: list[str] = []
    pos = 0  # in text
    bpos = 0  # in body
    for n in noise:
        gap = n.start - pos
        parts.append(body[bpos : bpos + gap])
        parts.append(n.text)
        bpos += gap
        pos = n.end
    parts.append(body[bpos:])
    assert "".join(parts) == text, "body + noise do not rebuild the text"


def assert_no_float(value: object, where: str = "") -> None:
    """Walk plain data (dicts, lists, tuples) and fail on any float."""
    if isinstance(value, float):
        raise AssertionError(f"float {value!r} at {where or '<root>'}")
    if isinstance(value, dict):
        for k, v in value.items():
            assert_no_float(v, f"{where}.{k}")
    elif isinstance(value, (list, tuple)):
        for i, v in enumerate(value):
            assert_no_float(v, f"{where}[{i}]")


def assert_grounded(report: Report) -> None:
    """Every invariant of the module docstring, on one parsed report."""
    assert isinstance(report, Report)
    text = report.text
    for name, item in _spanned_items(report):
        assert isinstance(item, Grounded), f"{name}: {type(item).__name__} is not grounded"
        _check_span(text, name, item.start, item.end, item.text)
    _check_sections(text, report.sections, 0, len(text), "sections")
    for ind in report.indicators:
        if ind.section:
            sec = _section_at(report, ind.section)
            assert sec.start <= ind.start and ind.end <= sec.end, f"indicator {ind.text!r} outside {ind.section}"
        assert_no_float(ind.quantity.to_dict(), f"indicator {ind.text!r}")
        assert not isinstance(ind.value, float)
    _check_noise_accounting(report)
    assert_no_float(to_dict(report), "to_dict")


def assert_matches_grounded(text: str, matches: tuple[dutyreport.Match, ...]) -> None:
    """find_quantities: spans inside, surfaces read back, in order without overlap, no float."""
    prev = 0
    for m in matches:
        _check_span(text, "match", m.start, m.end, m.text)
        assert m.start >= prev, f"match {m.text!r} at {m.start} overlaps the previous one ending at {prev}"
        assert m.end > m.start
        prev = m.end
        assert_no_float(m.quantity.to_dict(), f"match {m.text!r}")


# --------------------------------------------------------------------------------------------
# Mutations of a report (each one a function of the text and a seeded Random)
# --------------------------------------------------------------------------------------------

_CHROME = ("首页 > 政务公开 > 正文", "发布日期:2021-04-01 15:34 浏览次数:", "【打印本页】【关闭窗口】", "返回顶部",
           "版权所有:某区人民政府办公室", "• 网站地图\n• 联系我们\n• 无障碍")
_SPAM = ("星海娱乐城官网注册送彩金", "大发彩票网址app下载", "皇冠体育投注开户平台", "888真人视讯官方平台")
_MEASURE = "所人名个元万亿%次项间台套班平方米亩"


def _lines(text: str) -> list[str]:
    return text.split("\n")


def shuffle_lines(text: str, rng: random.Random) -> str:
    lines = _lines(text)
    rng.shuffle(lines)
    return "\n".join(lines)


def truncate(text: str, rng: random.Random) -> str:
    return text[: rng.randrange(1, len(text) + 1)]


def truncate_in_number(text: str, rng: random.Random) -> str:
    digits = [i for i, c in enumerate(text) if c.isdigit() or c in "一二三四五六七八九十"]
    return text[: rng.choice(digits) + 1] if digits else text


def duplicate(text: str, rng: random.Random) -> str:
    lines = _lines(text)
    out: list[str] = []
    for ln in lines:
        out.append(ln)
        if rng.random() < 0.2:
            out.append(ln)
    if rng.random() < 0.5:
        out.extend(lines[: rng.randrange(len(lines) + 1)])
    return "\n".join(out)


def inject_noise(text: str, rng: random.Random) -> str:
    out: list[str] = []
    for ln in _lines(text):
        r = rng.random()
        if r < 0.08:
            out.append(rng.choice(_CHROME))
        elif r < 0.15:
            cut = rng.randrange(len(ln) + 1)
            ln = ln[:cut] + rng.choice(_SPAM) + ln[cut:]
        out.append(ln)
    return "\n".join(out)


def delete_date_chars(text: str, rng: random.Random) -> str:
    return text.translate({ord(c): None for c in "年月〕"})


def delete_digits_and_units(text: str, rng: random.Random) -> str:
    return "".join(c for c in text if not ((c.isdigit() or c in _MEASURE) and rng.random() < 0.3))


MUTATIONS: dict[str, Callable[[str, random.Random], str]] = {
    f.__name__: f
    for f in (shuffle_lines, truncate, truncate_in_number, duplicate, inject_noise, delete_date_chars,
              delete_digits_and_units)
}


def _parse_or_empty(text: str) -> Report | None:
    try:
        return dutyreport.parse(text)
    except dutyreport.EmptyInputError:
        assert not text.strip(), "EmptyInputError for a text that is not blank"
        return None


# --------------------------------------------------------------------------------------------
# Tests
# --------------------------------------------------------------------------------------------

needs_corpus = pytest.mark.skipif(not CORPUS, reason="the shared corpus is not beside the project")


@needs_corpus
def test_corpus_report_is_grounded(corpus_text: str) -> None:
    report = dutyreport.parse(corpus_text)
    assert report.indicators and report.sections  # a real report yields something to check
    assert_grounded(report)


@needs_corpus
def test_corpus_items_stand_in_text_order(corpus_text: str) -> None:
    # a user walks a report's items as they stand in the text: the damage the cleaning stage found and the figures
    # the quantities stage joined across a break among them (they were listed after the rest)
    report = dutyreport.parse(corpus_text + "\n全县共有专任教师3,26\n4人。\n")
    for name in ("indicators", "noise", "corruptions", "problems"):
        starts = [(i.start, i.end) for i in getattr(report, name)]
        assert starts == sorted(starts), name
    assert report.corruptions[-1].kind.value == "joined"


@needs_corpus
def test_corpus_quantities_are_grounded(corpus_text: str) -> None:
    assert_matches_grounded(corpus_text, dutyreport.find_quantities(corpus_text))


@needs_corpus
def test_corpus_bytes_parse_like_text(corpus_text: str) -> None:
    a = dutyreport.parse(corpus_text)
    b = dutyreport.parse(corpus_text.encode("gb18030"))
    assert to_dict(a) == to_dict(b)


def test_checker_catches_a_bad_span() -> None:
    """The checker itself can fail: a noise span whose text does not read back is caught."""
    import attrs

    report = dutyreport.parse("标题\n一、基本情况\n全区共有学校20所。\n返回顶部")
    assert report.noise
    n = report.noise[0]
    bad = attrs.evolve(report, noise=(attrs.evolve(n, start=n.start + 1, end=n.end + 1),))
    with pytest.raises(AssertionError):
        assert_grounded(bad)


def test_checker_catches_a_float() -> None:
    with pytest.raises(AssertionError, match="float"):
        assert_no_float({"a": [1, {"b": 0.5}]})


_CORPUS_TEXTS = [p.read_text(encoding="utf-8") for p in CORPUS]


@needs_corpus
@pytest.mark.parametrize("mutation", list(MUTATIONS), ids=list(MUTATIONS))
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(which=st.integers(min_value=0), seed=st.integers(min_value=0, max_value=2**32 - 1))
def test_mutated_corpus_is_grounded(mutation: str, which: int, seed: int) -> None:
    base = _CORPUS_TEXTS[which % len(_CORPUS_TEXTS)]
    text = MUTATIONS[mutation](base, random.Random(seed))
    report = _parse_or_empty(text)
    if report is not None:
        assert_grounded(report)
    assert_matches_grounded(text, dutyreport.find_quantities(text))


@needs_corpus
@pytest.mark.parametrize("base", range(len(_CORPUS_TEXTS)), ids=CORPUS_IDS)
def test_every_mutation_at_once(base: int) -> None:
    text = _CORPUS_TEXTS[base]
    rng = random.Random(base)
    for f in MUTATIONS.values():
        if f not in (truncate, truncate_in_number):
            text = f(text, rng)
    assert_grounded(dutyreport.parse(text))


def test_decimal_values_survive_to_dict() -> None:
    report = dutyreport.parse("汉阳区教育工作自查报告\n一、基本情况\n2020年,投入资金3.5亿元,占比12.5%。")
    values = [i.quantity for i in report.indicators]
    assert values, "the example should yield indicators"
    for q in values:
        v = q.to_dict()["value"]
        assert v is None or isinstance(v, (str, int, Decimal, dict, list)), type(v)
