"""find_sections on text from the wild: headings run into their paragraphs where a preview lost the
line breaks, the page numbers of a document preview, a repeated number, traditional characters.

Every text here is written for these tests in the genre (issue 10's families: what the realworld
excerpts in ../shared show, never their wording); the realworld reports themselves are only read at
test time, in the last test.
"""

from __future__ import annotations

import itertools
import json
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_sections import Tree, check_invariants, shape

from conftest import layers, realworld_files
from dutyreport.document import Document
from dutyreport.lang.headings import HEADING_ENDS
from dutyreport.model.report import Noise, NoiseKind, Section
from dutyreport.structure.sections import find_sections

# a page of a preview: long enough to be one, in the genre's words
_PAGE = "各校认真落实课后服务，家长满意度逐年提升，" * 12

# (origin, name, text, the tree)
EXAMPLES_REALWORLD_FAMILIES: list[tuple[str, str, str, Tree]] = [
    # PDF and docx previews whose line breaks were lost: the headings run into the paragraphs
    (
        "run-in",
        "headings_cut_after_their_nouns",
        "某县人民政府履行教育职责自查报告现将有关情况报告如下：一、基本情况全县共有中小学46所，在校学生3.2万人。"
        "二、经费投入情况及主要成效全年教育支出9.6亿元，比上年增长4.1%。三、存在的问题部分学校师资结构不够合理。",
        (
            ("一、", "基本情况", ()),
            ("二、", "经费投入情况及主要成效", ()),
            ("三、", "存在的问题", ()),
        ),
    ),
    (
        "run-in",
        "headings_ended_by_spaces",
        "某区教育督导自评报告 现将自评情况汇报如下： 一、基本概况 全区现有学校52所。 二、履职情况 区委区政府高度重视"
        "教育。 (一)统筹规划 编制了教育发展规划。 (二)经费保障 教育支出逐年增长。",
        (
            ("一、", "基本概况", ()),
            ("二、", "履职情况", (("(一)", "统筹规划", ()), ("(二)", "经费保障", ()))),
        ),
    ),
    (
        "run-in",
        "child_mark_right_after_the_heading_nouns",
        "现将有关情况报告如下：一、主要做法及成效（一）教育投入方面全县教育支出逐年增长。（二）队伍建设方面新招聘教师"
        "120名。二、存在问题师资不足。",
        (
            (
                "一、",
                "主要做法及成效",
                (("（一）", "教育投入方面", ()), ("（二）", "队伍建设方面", ())),
            ),
            ("二、", "存在问题", ()),
        ),
    ),
    (
        "run-in",
        "heading_ended_by_a_full_stop",
        "现将有关情况报告如下：一、加强党的领导。县委常委会每季度研究一次教育工作。二、加大经费投入。全年教育支出增长5%。",
        (("一、", "加强党的领导", ()), ("二、", "加大经费投入", ())),
    ),
    (
        "run-in",
        "arabic_numbers_after_a_sentence_are_an_inline_list",
        "现将有关情况报告如下：一、主要措施全县从三方面推进：1、加大投入。2、优化布局。3、补充教师。",
        (("一、", "主要措施", ()),),
    ),
    (
        "run-in",
        "only_the_next_number_runs_in",
        "一、基本情况\n全县共有学校40所。三、存在问题师资不足。\n",
        (("一、", "基本情况", ()),),
    ),
    (
        "run-in",
        "a_list_in_the_opening_before_the_outline",
        "按照评价方案，我县重点对以下方面开展自查：一、党的领导。二、经费保障。\n一、基本情况\n全县共有学校40所。\n"
        "二、存在问题\n师资不足。\n",
        (("一、", "基本情况", ()), ("二、", "存在问题", ())),
    ),
    (
        "run-in",
        "items_ended_by_semicolons_are_a_list",
        "会议提出三点要求：一、提高思想认识；二、压实工作责任；三、强化督导考核。",
        (),
    ),
    (
        "run-in",
        "a_sentence_too_long_for_a_heading",
        "现将有关情况报告如下：一、按照省市统一部署并结合本县实际认真组织全县范围内的学校逐一开展自查自评并形成了报告。",
        (),
    ),
    (
        "run-in",
        "a_clause_ending_with_a_noun_is_no_cut",
        "一、办学条件\n1.为解决部分学校校舍紧张的问题，县里新建教学楼3栋，改造校舍2万平方米，全面消除了大班额。\n",
        (
            (
                "一、",
                "办学条件",
                (("1.", "为解决部分学校校舍紧张的问题，县里新建教学楼3栋，改造校舍2万平方米，全面消除了大班额", ()),),
            ),
        ),
    ),
    # the page numbers of a document-sharing preview: each page starts with 1、 2、 3、, inside a sentence
    (
        "page numbers",
        "page_numbers_are_no_headings",
        "某区教育工作自查报告.docx\n"
        f"1、某区教育工作自查报告区政府教育督导室：现将有关情况报告如下。一、基本情况全区现有学校38所。{_PAGE}\n"
        f"2、，全区形成了重教兴教的浓厚氛围。二、主要做法区委每季度研究一次教育工作，{_PAGE}\n"
        "3、经费保障",
        (("一、", "基本情况", ()), ("二、", "主要做法", ())),
    ),
    (
        "page numbers",
        "a_page_that_starts_with_a_heading",
        f"1、某区教育工作自查报告现将有关情况报告如下。一、基本情况全区现有学校38所。{_PAGE}\n"
        f"2、，全区形成了重教兴教的浓厚氛围。{_PAGE}\n"
        f"3、二、主要做法区委每季度研究一次教育工作，{_PAGE}\n",
        (("一、", "基本情况", ()), ("二、", "主要做法", ())),
    ),
    (
        "page numbers",
        "a_list_on_short_lines_is_kept",
        "一、主要做法\n1、加大投入\n全年支出增长5%。\n2、优化布局\n新建学校3所。\n",
        (("一、", "主要做法", (("1、", "加大投入", ()), ("2、", "优化布局", ()))),),
    ),
    # a repeated number: the writer's slip is the next section; a list numbered inside a section is not
    (
        "repeated number",
        "a_repeated_number_is_the_next_section",
        "一、基本情况\n全县共有学校40所。\n一、主要做法及成效\n（一）加强领导\n县委定期研究教育工作。\n"
        "二、存在问题\n师资不足。\n",
        (
            ("一、", "基本情况", ()),
            ("一、", "主要做法及成效", (("（一）", "加强领导", ()),)),
            ("二、", "存在问题", ()),
        ),
    ),
    (
        "repeated number",
        "a_list_numbered_inside_a_section",
        "一、基本情况\n学校40所。\n二、主要做法\n一、加强领导\n县委研究教育工作。\n二、加大投入\n支出增长。\n"
        "三、存在问题\n师资不足。\n",
        (("一、", "基本情况", ()), ("二、", "主要做法", ()), ("三、", "存在问题", ())),
    ),
    (
        "repeated number",
        "a_copied_heading_line",
        "一、基本情况\n一、基本情况\n全县共有学校40所。\n二、存在问题\n师资不足。\n",
        (("一、", "基本情况", ()), ("二、", "存在问题", ())),
    ),
    (
        "repeated number",
        "a_repeated_number_before_a_sentence",
        "一、基本情况\n学校40所。\n一、全县学校规模稳定，布局合理，办学条件持续改善。\n",
        (("一、", "基本情况", ()),),
    ),
    # traditional characters
    (
        "traditional",
        "traditional_run_in_headings",
        "現將情況報告如下：一、基本情況全縣共有學校40所。二、存在問題師資不足。",
        (("一、", "基本情況", ()), ("二、", "存在問題", ())),
    ),
    (
        "traditional",
        "traditional_chapter_and_sections",
        "第一章 基本情況\n第一節 學前教育\n新建幼兒園2所。\n第二節 義務教育\n新增學位900個。\n"
        "第二章 存在問題\n師資不足。\n",
        (
            ("第一章", "基本情況", (("第一節", "學前教育", ()), ("第二節", "義務教育", ()))),
            ("第二章", "存在問題", ()),
        ),
    ),
    (
        "traditional",
        "traditional_grade_list_is_no_heading",
        "現將情況報告如下：一、二年級學生課業負擔明顯減輕。",
        (),
    ),
    (
        "traditional",
        "traditional_closing_block",
        "一、工作成效\n成效明顯。\n二、存在問題\n經費不足。\n今後努力方向\n繼續加大投入。\n",
        (("一、", "工作成效", ()), ("二、", "存在問題", ()), (None, "今後努力方向", ())),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [(t, e) for _, _, t, e in EXAMPLES_REALWORLD_FAMILIES],
    ids=[f"{o}-{n}" for o, n, _, _ in EXAMPLES_REALWORLD_FAMILIES],
)
def test_realworld_families(text: str, expected: Tree) -> None:
    sections = find_sections(layers(text))
    assert shape(sections) == expected
    check_invariants(text, sections)


def test_a_run_in_mark_inside_noise_is_no_heading() -> None:
    ad = "推荐阅读：一、基本情况范文"
    text = f"某县自查报告。{ad}。现将情况报告如下：一、基本情况全县共有学校40所。"
    start = text.index(ad)
    noise = [Noise(start=start, end=start + len(ad), text=ad, kind=NoiseKind.CHROME)]
    (s,) = find_sections(layers(text, noise))
    assert s.start == text.rindex("一、")


def test_the_page_numbered_preview_keeps_its_report_in_the_sections() -> None:
    (_o, _n, text, _e) = next(x for x in EXAMPLES_REALWORLD_FAMILIES if x[1] == "page_numbers_are_no_headings")
    sections = find_sections(layers(text))
    # the report runs from its first heading to the end, across the page numbers
    assert sections[0].start == text.index("一、基本情况")
    assert sections[-1].end == len(text)


# -- properties -------------------------------------------------------------------------------

_CN = "一二三四五六七八九"
_PLAIN = "甲乙丙丁戊己庚辛壬癸"  # characters of no heading word, no number, no stop
_NOUNS = [e.word for e in HEADING_ENDS]


@st.composite
def outlines(draw: st.DrawFn) -> list[tuple[str, str]]:
    """Top-level sections: (heading, body) with a heading that ends with a heading noun."""
    n = draw(st.integers(1, len(_CN)))
    out = []
    for _ in range(n):
        heading = draw(st.text(st.sampled_from(_PLAIN), min_size=1, max_size=8)) + draw(st.sampled_from(_NOUNS))
        body = "全县" + draw(st.text(st.sampled_from(_PLAIN), min_size=1, max_size=30)) + "。"
        out.append((heading, body))
    return out


def _render(outline: Sequence[tuple[str, str]], line_breaks: bool) -> str:
    sep = "\n" if line_breaks else ""
    lead = "某县履行教育职责自查报告" + sep + "现将有关情况报告如下：" + sep
    return lead + sep.join(f"{_CN[i]}、{h}{sep}{b}" for i, (h, b) in enumerate(outline))


@given(outlines())
@settings(max_examples=200, deadline=None)
def test_property_a_report_and_its_copy_without_line_breaks_have_the_same_top_sections(
    outline: list[tuple[str, str]],
) -> None:
    for line_breaks in (True, False):
        text = _render(outline, line_breaks)
        sections = find_sections(layers(text))
        assert [(s.number, s.heading) for s in sections] == [(f"{_CN[i]}、", h) for i, (h, _) in enumerate(outline)]
        check_invariants(text, sections)
        # the sections tile the report from the first heading on
        assert sections[0].start == text.index("一、")
        assert all(a.end == b.start for a, b in itertools.pairwise(sections))


_WILD = st.sampled_from(
    ["一、", "二、", "（一）", "(二)", "1、", "2.", "①", "。", "：", "；", "，", " ", "\n", "情况", "成效", "问題",
     "後", "甲乙", "全县", "2、，", "第一節", "今後努力方向"]
)


@given(st.lists(_WILD, max_size=60))
@settings(max_examples=300, deadline=None)
def test_property_sections_nest_and_read_back_on_wild_pieces(pieces: list[str]) -> None:
    text = "".join(pieces)
    check_invariants(text, find_sections(layers(text)))


@given(st.lists(_WILD, max_size=40), st.sampled_from(["", "\n"]))
@settings(max_examples=200, deadline=None)
def test_property_a_page_long_line_does_not_change_what_comes_before(pieces: list[str], sep: str) -> None:
    # sections found before a page-numbered tail are the same with or without the tail
    head = "".join(pieces) + "\n"
    tail = f"1、{_PAGE}\n2、，{_PAGE}"
    before = find_sections(layers(head))
    after = find_sections(layers(head + sep + tail))
    assert [s.heading for s in _walk(before)] == [s.heading for s in _walk(after)][: len(list(_walk(before)))]


def _walk(sections: Sequence[Section]) -> list[Section]:
    return [s for top in sections for s in top.walk()]


# -- the realworld excerpts (read at test time only) -------------------------------------------


def _char_f1(a: str, b: str) -> float:
    ca, cb = Counter(a), Counter(b)
    common = sum((ca & cb).values())
    if not common:
        return 0.0
    p, r = common / sum(ca.values()), common / sum(cb.values())
    return 2 * p * r / (p + r)


@pytest.mark.parametrize("path", realworld_files(), ids=[p.stem for p in realworld_files()])
def test_realworld_top_sections(path: Path) -> None:
    from dutyreport.clean.noise import find_noise

    text = path.read_text(encoding="utf-8")
    gold = json.loads(path.with_name(f"{path.stem}.gold.json").read_text(encoding="utf-8")).get("top_sections") or []
    sections = find_sections(layers(text, find_noise(Document.of(text))))
    top = [s.heading for s in sections]
    assert [g for g in gold if not any(_char_f1(g, h) >= 0.8 for h in top)] == []
    if not gold:
        assert top == []
    check_invariants(text, sections)


# -- linear time --------------------------------------------------------------------------------


def _cpu_seconds(text: str) -> float:
    doc = Document.of(text)
    best = float("inf")
    for _ in range(2):
        start = time.process_time()
        find_sections(doc)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.slow
def test_a_report_on_one_line_takes_linear_time() -> None:
    # a preview's one long line: run-in sections and a paragraph of points (each point's end was found
    # by a search to the section's end: four times the text took sixteen times as long)
    unit = "一是加强领导。二是加大投入。"
    lead = "现将有关情况报告如下：一、基本情况全县共有学校40所。"
    small, big = (lead + unit * (n // len(unit)) for n in (1_000_000, 4_000_000))
    assert len(find_sections(Document.of(small))[0].points) > 100_000
    assert _cpu_seconds(big) < 8 * _cpu_seconds(small)
