"""find_sections: the section tree, closing blocks and 一是… points.

Synthetic texts here are written for these tests in the genre; the real reports are only read
from ../shared/corpus at test time.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import dutyreport as d
from conftest import CORPUS, CORPUS_IDS, layers, load_gold
from dutyreport.document import Document
from dutyreport.lang.entry import Entry, PatternEntry
from dutyreport.lang.headings import (
    CLOSING_CUES,
    HEADING_ENDS,
    HEADING_LINKS,
    NUMBERING_SCHEMES,
    OUTLINE_NUMERALS,
    PLAN_HEADING_ENDS,
    PLAN_HEADING_WORDS,
    POINT_BLOCKERS,
    Numbering,
)
from dutyreport.model.report import Noise, NoiseKind, Section
from dutyreport.structure.sections import (
    _HEADING_END_RE,
    _POINT_RE,
    LABEL_SCHEMES,
    _heading_span,
    _point_ends,
    _point_marks,
    _scheme_group,
    find_sections,
    is_plan_heading,
)

Tree = tuple[tuple[str | None, str, "Tree"], ...]

# The pattern of every scheme, each in a group named after it (its number group ``<name>_v``), in the table's
# order: what the stage's two patterns (_heading_match) and the first characters it tries are held to.
_HEADING_RE = regex.compile("|".join(_scheme_group(e, n) for e, n in NUMBERING_SCHEMES))


def shape(sections: Sequence[Section]) -> Tree:
    return tuple((s.number, s.heading, shape(s.children)) for s in sections)


def chrome(text: str, piece: str, kind: NoiseKind = NoiseKind.CHROME) -> Noise:
    start = text.index(piece)
    return Noise(start=start, end=start + len(piece), text=piece, kind=kind)


def check_invariants(text: str, sections: Sequence[Section], lo: int = 0, hi: int | None = None) -> None:
    hi = len(text) if hi is None else hi
    prev_end = lo
    for s in sections:
        assert lo <= s.start < s.end <= hi
        assert s.start >= prev_end, "siblings overlap or are out of order"
        prev_end = s.end
        assert s.start <= s.heading_start <= s.heading_end <= s.end
        assert text[s.heading_start : s.heading_end] == s.heading
        for p in s.points:
            assert s.heading_end <= p.start < p.end <= s.end
            assert text[p.start : p.end] == p.text
        for c in s.children:
            assert c.level == s.level + 1
            assert c.start > s.start
        check_invariants(text, s.children, s.heading_end, s.end)


# -- trees ------------------------------------------------------------------------------------

TREES = [
    (
        "plain_two_levels",
        "某县人民政府履行教育职责自查报告\n"
        "一、基本情况\n全县共有学校40所。\n"
        "二、主要做法\n(一)加强党的领导\n县委定期研究教育工作。\n(二)加大教育投入\n教育支出逐年增长。\n"
        "三、存在问题\n师资结构不优。\n",
        (
            ("一、", "基本情况", ()),
            ("二、", "主要做法", (("(一)", "加强党的领导", ()), ("(二)", "加大教育投入", ()))),
            ("三、", "存在问题", ()),
        ),
    ),
    (
        "skip_level_cn_to_arabic",
        "一、工作成效\n1.党建引领有力。全区各校均建立党组织。\n2.经费保障到位。教育支出增长。\n二、存在问题\n"
        "大班额仍然存在。\n",
        (
            ("一、", "工作成效", (("1.", "党建引领有力", ()), ("2.", "经费保障到位", ()))),
            ("二、", "存在问题", ()),
        ),
    ),
    (
        "starts_at_paren",
        "（一）学前教育\n新建幼儿园3所。\n（二）义务教育\n（1）学位供给\n新增学位900个。\n（2）控辍保学\n"
        "辍学率为0。\n（三）高中教育\n普及率稳步提高。\n",
        (
            ("（一）", "学前教育", ()),
            ("（二）", "义务教育", (("（1）", "学位供给", ()), ("（2）", "控辍保学", ()))),
            ("（三）", "高中教育", ()),
        ),
    ),
    (
        "run_on_heading_and_child",
        "二、主要做法 (一)落实立德树人任务 xx区共开展主题活动x次。\n"
        "(二)学前教育发展情况 新建幼儿园2所。\n",
        (
            (
                "二、",
                "主要做法",
                (("(一)", "落实立德树人任务", ()), ("(二)", "学前教育发展情况", ())),
            ),
        ),
    ),
    (
        "heading_ends_at_full_stop",
        "一、主要工作\n（一）以“三进三帮”活动为抓手,推动党建工作。一是开展联学活动。\n"
        "1、完善研教制度。2020年以来共召开会议4次。\n",
        (
            (
                "一、",
                "主要工作",
                (("（一）", "以“三进三帮”活动为抓手,推动党建工作", (("1、", "完善研教制度", ()),)),),
            ),
        ),
    ),
    (
        "indented_lines",
        "    某县教育工作报告\n    一、基本情况\n    全县现有学校60所。\n    二、存在的问题\n"
        "    一是师资不足。\n",
        (("一、", "基本情况", ()), ("二、", "存在的问题", ())),
    ),
    (
        "arabic_continues_across_parents",
        "一、工作成效\n(一)加强领导\n1.建立联系制度。\n2.加强党建。\n(二)优先发展\n3.确保两个只增不减。\n"
        "4.经费监管。\n",
        (
            (
                "一、",
                "工作成效",
                (
                    ("(一)", "加强领导", (("1.", "建立联系制度", ()), ("2.", "加强党建", ()))),
                    ("(二)", "优先发展", (("3.", "确保两个只增不减", ()), ("4.", "经费监管", ()))),
                ),
            ),
        ),
    ),
    (
        "arabic_restarts_under_new_parent",
        "一、指标完成情况\n(一)党的领导\n1、成立领导小组。\n2、上思政课。\n(二)保障机制\n1、优先发展。\n",
        (
            (
                "一、",
                "指标完成情况",
                (
                    ("(一)", "党的领导", (("1、", "成立领导小组", ()), ("2、", "上思政课", ()))),
                    ("(二)", "保障机制", (("1、", "优先发展", ()),)),
                ),
            ),
        ),
    ),
    (
        "skip_by_one_tolerated",
        "一、基本情况\n学校30所。\n三、存在问题\n经费不足。\n四、下步打算\n继续努力。\n",
        (("一、", "基本情况", ()), ("三、", "存在问题", ()), ("四、", "下步打算", ())),
    ),
    (
        "numbers_inside_sentences",
        "一、经费投入\n投入分别为(1)校舍改造,(2)设备采购。\n1.5亿元用于新建学校。\n2021.9月开学。\n"
        "2.0版本平台上线。\n第1.期培训。\n二、队伍建设\n招聘教师30人。\n",
        (("一、", "经费投入", ()), ("二、", "队伍建设", ())),
    ),
    (
        "grade_list_is_not_heading",
        "一、义务教育\n小学一、二年级班额控制在45人以内。\n二、高中教育\n普及率达到92%。\n",
        (("一、", "义务教育", ()), ("二、", "高中教育", ())),
    ),
    (
        "restart_without_new_parent_is_body",
        "一、整改情况\n(一)关于经费问题\n加大投入。\n(二)关于师资问题\n补充教师。\n(一)这不是新的一节\n",
        (("一、", "整改情况", (("(一)", "关于经费问题", ()), ("(二)", "关于师资问题", ()))),),
    ),
    (
        "circled_items",
        "一、校舍建设\n(一)新建项目\n①第一小学迁建\n②第二中学扩建\n二、存在问题\n无。\n",
        (
            (
                "一、",
                "校舍建设",
                (("(一)", "新建项目", (("①", "第一小学迁建", ()), ("②", "第二中学扩建", ()))),),
            ),
            ("二、", "存在问题", ()),
        ),
    ),
    (
        "heading_stops_at_colon_and_space",
        "一、基本情况：全县共有学校40所。\n二、 存在问题\n1. 建立“月度研教”机制。已落实。\n",
        (("一、", "基本情况", ()), ("二、", "存在问题", (("1.", "建立“月度研教”机制", ()),))),
    ),
    (
        "parts_above_cn_dun",
        "某区2023年教育工作报告\n第一部分 2023年工作情况\n一、党的领导\n区委研究教育工作4次。\n二、经费保障\n"
        "教育支出增长。\n第二部分：存在的问题\n师资不足。\n第三部分 2024年工作打算\n一、扩充学位\n新建学校3所。\n",
        (
            ("第一部分", "2023年工作情况", (("一、", "党的领导", ()), ("二、", "经费保障", ()))),
            ("第二部分：", "存在的问题", ()),
            ("第三部分", "2024年工作打算", (("一、", "扩充学位", ()),)),
        ),
    ),
    (
        "chapters_and_sections",
        "第一章 基本情况\n第一节 学前教育\n新建幼儿园2所。\n第二节 义务教育\n新增学位900个。\n第二章 存在问题\n"
        "师资不足。\n",
        (
            ("第一章", "基本情况", (("第一节", "学前教育", ()), ("第二节", "义务教育", ()))),
            ("第二章", "存在问题", ()),
        ),
    ),
    (
        "lesson_is_not_a_section",
        "一、课后服务\n第一节课后开展托管服务。\n二、存在问题\n经费不足。\n",
        (("一、", "课后服务", ()), ("二、", "存在问题", ())),
    ),
    (
        "bracket_labels_are_children",
        "第一部分 工作成效\n一、学前教育\n新建幼儿园2所。\n第二部分 存在的问题\n【学位供给】新城学位缺口约800个。\n"
        "【教师结构】音体美教师不足。\n第三部分 下一步打算\n【扩资源】新建学校3所。\n【强队伍】招聘教师120人。\n",
        (
            ("第一部分", "工作成效", (("一、", "学前教育", ()),)),
            ("第二部分", "存在的问题", (("【】", "学位供给", ()), ("【】", "教师结构", ()))),
            ("第三部分", "下一步打算", (("【】", "扩资源", ()), ("【】", "强队伍", ()))),
        ),
    ),
    (
        "bracket_labels_under_numbered_heading",
        "一、存在问题\n【经费】公用经费占比偏低。\n【安全】周边交通秩序有待改善。\n二、下步打算\n继续努力。\n",
        (
            ("一、", "存在问题", (("【】", "经费", ()), ("【】", "安全", ()))),
            ("二、", "下步打算", ()),
        ),
    ),
    (
        "bracket_without_section_or_text_is_not_heading",
        "【推荐】某区履行教育职责自查报告\n一、基本情况\n学校20所。\n【打印本页】\n【打印】【关闭】\n",
        (("一、", "基本情况", ()),),
    ),
    (
        "separator_after_a_paren_mark",
        "一、基本情况\n（一）、加强组织领导\n县委研究教育工作。\n（二）.加大投入\n支出增长。\n",
        (("一、", "基本情况", (("（一）", "加强组织领导", ()), ("（二）", "加大投入", ()))),),
    ),
    (
        "fullwidth_dot",
        "一、主要做法\n1．加大投入。投入3000万元。\n2．优化布局。新建学校2所。\n",
        (("一、", "主要做法", (("1．", "加大投入", ()), ("2．", "优化布局", ()))),),
    ),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in TREES], ids=[i for i, _, _ in TREES])
def test_tree(text: str, expected: Tree) -> None:
    sections = find_sections(layers(text))
    assert shape(sections) == expected
    check_invariants(text, sections)


# A document-sharing preview cut into numbered page chunks (quality round 7; our own report): each chunk opens
# with its number (1、 2、), the cut falls inside a word, and no chunk number opens a section.
_CHUNK_ONE = ("1、某区履行教育职责情况自查报告根据市政府教育督导委员会的评价方案,区政府高度重视,现将自查情况报告如下:"
              "一、自查开展情况区政府成立了自查工作领导小组,由分管副区长任组长,教育、财政、人社等部门负责人为成员,"
              "对照评价指标体系逐条逐项开展自查,收集整理佐证材料,召开专题会议研究部署相关工作,确保自查工作客观公正。"
              "自查中坚持问题导向,对发现的问题建立台账,明确责任单位和整改时限,逐项推进整改落实,形成闭环管理。"
              "同时,区政府组织督学深入学校开展实地核查,听取师生和家长的意见建议,进一步完善了自查结论。"
              "各相关部门按照职责分工,分别报送了经费投入、教师编制、校舍建设等方面的数据,经核对无误后汇总形成本报告,"
              "按照评价指标5大方面、14")
EXAMPLES_UNSEEN_REPORTS = [
    ("preview_page_chunks",
     _CHUNK_ONE + "\n2、项内容逐项自查,佐证材料齐全。二、工作成效区委区政府高度重视教育工作,全区学校共17所,"
     "在校学生11523人,其中小学5667人,初中2523人,较上年均有增长。\n3、小学现有3个党支部。",
     ["自查开展情况", "工作成效"]),
]


@pytest.mark.parametrize(("text", "tops"), [c[1:] for c in EXAMPLES_UNSEEN_REPORTS],
                         ids=[c[0] for c in EXAMPLES_UNSEEN_REPORTS])
def test_sections_of_unseen_reports(text: str, tops: list[str]) -> None:
    sections = find_sections(layers(text))
    assert [s.heading for s in sections] == tops
    check_invariants(text, sections)


LEVELS = [
    ("cn_then_paren", "一、甲\n(一)乙\n1.丙\n", [1, 2, 3]),
    ("paren_first", "(一)甲\n1.乙\n(二)丙\n", [1, 2, 1]),
    ("arabic_first", "1.甲\n(1)乙\n2.丙\n", [1, 2, 1]),
    ("deeper_known_rank", "一、甲\n(一)乙\n二、丙\n1.丁\n(一)戊\n", [1, 2, 1, 2, 2]),
]


@pytest.mark.parametrize(("text", "levels"), [(t, lv) for _, t, lv in LEVELS], ids=[i for i, _, _ in LEVELS])
def test_levels_follow_order_of_appearance(text: str, levels: list[int]) -> None:
    got = [s.level for top in find_sections(layers(text)) for s in top.walk()]
    assert got == levels


# -- closing blocks ---------------------------------------------------------------------------

CLOSING = [
    (
        "unnumbered_next_step_with_children",
        "一、基本情况\n学校30所。\n二、整改情况\n(一)关于经费问题\n1. 加大投入。已到位。\n(二)关于师资问题\n"
        "1. 补充教师。已招聘。\n下一步,我区将持续抓好整改落实。具体从以下两方面努力:\n(一)突出优先发展。加大投入。\n"
        "(二)深化队伍建设。优化结构。\n",
        (None, "下一步", ("突出优先发展", "深化队伍建设")),
    ),
    (
        "next_step_mid_paragraph_then_restart",
        "一、主要做法\n(一)加强领导\n成效明显。\n(二)加大投入\n投入增长。\n"
        "我区教育仍面临不少挑战。下一步,我们将从以下方面发力:\n(一)夯实党建基础。持续推进。\n(二)健全投入机制。稳步推进。\n",
        (None, "下一步", ("夯实党建基础", "健全投入机制")),
    ),
    (
        "unnumbered_plan_heading_line",
        "一、工作成效\n成效明显。\n二、存在问题\n经费不足。\n今后努力方向\n继续加大投入。\n",
        (None, "今后努力方向", ()),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [(t, e) for _, t, e in CLOSING], ids=[i for i, _, _ in CLOSING]
)
def test_closing_block(text: str, expected: tuple[None, str, tuple[str, ...]]) -> None:
    sections = find_sections(layers(text))
    last = sections[-1]
    assert (last.number, last.heading, tuple(c.heading for c in last.children)) == expected
    assert last.level == 1
    check_invariants(text, sections)


NOT_CLOSING = [
    (
        "last_section_is_already_a_plan",
        "一、基本情况\n学校30所。\n二、下步打算\n继续努力。\n下一步,我们将继续加大投入。\n",
        2,
    ),
    (
        "next_step_before_more_numbered_sections",
        "一、基本情况\n学校30所。\n下一步,我们将继续加大投入。\n二、存在问题\n经费不足。\n",
        2,
    ),
    (
        "mid_paragraph_without_restart",
        "一、工作成效\n成效明显。\n二、存在问题\n经费不足。下一步将加大投入。\n",
        2,
    ),
]


@pytest.mark.parametrize(
    ("text", "count"), [(t, c) for _, t, c in NOT_CLOSING], ids=[i for i, _, _ in NOT_CLOSING]
)
def test_no_closing_block(text: str, count: int) -> None:
    sections = find_sections(layers(text))
    assert len(sections) == count
    assert all(s.number is not None for s in sections)


# -- points -----------------------------------------------------------------------------------

POINTS = [
    (
        "inline",
        "一、存在问题\n一是投入不足。二是师资紧缺。三是布局不优。\n",
        ["一是投入不足。", "二是师资紧缺。", "三是布局不优。"],
    ),
    (
        "across_lines",
        "一、主要做法\n一是开展联学;\n二是开展联创。\n\n其他工作。\n",
        ["一是开展联学;", "二是开展联创。"],
    ),
    (
        "glued_first_point",
        "一、经费保障\n确保两个只增不减一是预算增长。二是精准资助。\n",
        ["一是预算增长。", "二是精准资助。"],
    ),
    ("word_not_point", "一、教育布局\n统一是原则,也是要求。\n", []),
    ("out_of_order_ignored", "一、师资\n三是补充教师。一是招聘。二是培训。\n", ["一是招聘。", "二是培训。"]),
    (
        "after_heading_full_stop",
        "(一)加强党建。一是建强支部。二是严肃组织生活。\n",
        ["一是建强支部。", "二是严肃组织生活。"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in POINTS], ids=[i for i, _, _ in POINTS])
def test_points(text: str, expected: list[str]) -> None:
    sections = find_sections(layers(text))
    got = [p.text for s in sections for sec in s.walk() for p in sec.points]
    assert got == expected
    numbers = [p.number for s in sections for sec in s.walk() for p in sec.points]
    assert numbers == [t[:2] for t in expected]
    check_invariants(text, sections)


def test_points_belong_to_innermost_section() -> None:
    text = "一、主要做法\n一是总体推进。\n(一)加强党建\n一是建强支部。二是规范组织生活。\n"
    top = find_sections(layers(text))[0]
    assert [p.text for p in top.points] == ["一是总体推进。"]
    assert [p.text for p in top.children[0].points] == ["一是建强支部。", "二是规范组织生活。"]


# -- noise ------------------------------------------------------------------------------------


def test_head_and_tail_chrome_are_outside_sections() -> None:
    head = "您当前的位置:首页 > 1.通知公告"
    tail = "扫一扫在手机上查看当前页面"
    text = f"{head}\n某区履行教育职责自查报告\n一、基本情况\n全区学校20所。\n二、存在问题\n经费不足。\n\n{tail}\n"
    noise = [chrome(text, head), chrome(text, tail)]
    sections = find_sections(layers(text, noise))
    assert [s.heading for s in sections] == ["基本情况", "存在问题"]
    assert sections[-1].end == text.index("经费不足。") + len("经费不足。")
    check_invariants(text, sections)


def test_unmarked_short_line_inside_tail_chrome() -> None:
    blurb = "将本文的Word文档下载到电脑,方便收藏和打印"
    end = "浏览记录"
    text = f"一、基本情况\n全区学校20所。\n《某区自查报告范文.doc》\n{blurb}\n{end}"
    sections = find_sections(layers(text, [chrome(text, blurb), chrome(text, end)]))
    assert text[sections[0].start : sections[0].end] == "一、基本情况\n全区学校20所。"


def test_signature_before_tail_chrome_stays_in_the_report() -> None:
    # an issuer and a date between the last sentence and the chrome are the report's, as on a page without chrome
    tail = "相关阅读:"
    body = "一、基本情况\n全区学校20所。\n\n     某区教育局\n     2023年12月"
    for text in (f"{body}\n{tail}", f"{body}\n"):
        noise = [chrome(text, tail)] if tail in text else []
        sections = find_sections(layers(text, noise))
        assert text[sections[0].start : sections[0].end] == body


def test_heading_after_spam_at_line_start() -> None:
    spam = "金沙网址【官网直营】"
    text = f"标题\n{spam}一、基本情况\n学校20所。\n二、存在问题\n无。\n"
    sections = find_sections(layers(text, [chrome(text, spam, NoiseKind.SPAM)]))
    assert [s.heading for s in sections] == ["基本情况", "存在问题"]
    assert sections[0].start == text.index("一、")


def test_heading_inside_noise_is_ignored() -> None:
    nav = "1.网站首页 2.政务公开"
    text = f"{nav}\n一、基本情况\n学校20所。\n"
    sections = find_sections(layers(text, [chrome(text, nav)]))
    assert shape(sections) == (("一、", "基本情况", ()),)


# -- tables -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "numbering"),
    [(e, n) for e, n in NUMBERING_SCHEMES if n.numbered],
    ids=[n.name for _, n in NUMBERING_SCHEMES if n.numbered],
)
def test_numbering_scheme_examples(entry: PatternEntry, numbering: Numbering) -> None:
    m = regex.match(entry.pattern, entry.example)
    assert m is not None
    (s,) = find_sections(layers(entry.example))
    assert s.number == m.group().strip(" \t\u3000")
    assert s.heading and entry.example.find(s.heading) >= m.end()


@pytest.mark.parametrize(
    ("entry", "numbering"),
    [(e, n) for e, n in NUMBERING_SCHEMES if not n.numbered],
    ids=[n.name for _, n in NUMBERING_SCHEMES if not n.numbered],
)
def test_label_scheme_examples(entry: PatternEntry, numbering: Numbering) -> None:
    assert numbering.name in LABEL_SCHEMES
    example = entry.example
    text = f"一、存在问题\n{example}\n"
    (top,) = find_sections(layers(text))
    (child,) = top.children
    # the heading is the label alone; the paragraph after 】 is the child's own text
    assert text[child.heading_end] == "】"
    assert f"【{child.heading}】" == example[: len(child.heading) + 2]
    assert text[child.heading_end + 1 : child.end] == example[len(child.heading) + 2 :]
    check_invariants(text, (top,))


def test_the_outline_numerals_are_the_everyday_digits_and_ten() -> None:
    assert OUTLINE_NUMERALS == "一二三四五六七八九十"


@pytest.mark.parametrize("entry", CLOSING_CUES, ids=[e.word for e in CLOSING_CUES])
def test_closing_cue_examples(entry: Entry[str]) -> None:
    text = f"一、工作成效\n成效明显。\n二、存在问题\n经费不足。\n{entry.example}\n"
    last = find_sections(layers(text))[-1]
    assert last.number is None
    assert last.heading == entry.word


@pytest.mark.parametrize("entry", PLAN_HEADING_WORDS, ids=[e.word for e in PLAN_HEADING_WORDS])
def test_plan_heading_examples(entry: Entry[str]) -> None:
    heading = find_sections(layers(f"一、{entry.example}\n继续努力。\n"))[0].heading
    assert heading == entry.example
    assert is_plan_heading(heading)
    assert not is_plan_heading(heading.replace(entry.word, "成效"))


@pytest.mark.parametrize("entry", PLAN_HEADING_ENDS, ids=[e.word for e in PLAN_HEADING_ENDS])
def test_plan_heading_end_examples(entry: Entry[str]) -> None:
    # the word ending the heading makes it a plan: its figures are goals; inside the heading (…完成情况) it does not
    heading = find_sections(layers(f"一、{entry.example}\n继续努力。\n"))[0].heading
    assert heading == entry.example and is_plan_heading(heading)
    assert not is_plan_heading(heading + "完成情况")
    report = d.parse(f"某县教育工作总结\n一、基本情况\n有学校20所。\n二、{entry.example}\n新建幼儿园3所。\n")
    assert [i.kind for i in report.indicators] == [d.IndicatorKind.STOCK, d.IndicatorKind.TARGET]


def test_plan_heading_negative() -> None:
    assert not is_plan_heading("工作成效")


@pytest.mark.parametrize("entry", POINT_BLOCKERS, ids=[e.word for e in POINT_BLOCKERS])
def test_point_blocker_examples(entry: Entry[str]) -> None:
    # 一是 after the word is no point, though a 二是 follows; after another character it is one
    sections = find_sections(layers(f"一、做法\n坚持{entry.example}原则，二是落实。\n"))
    assert sections[0].points == ()
    sections = find_sections(layers(f"一、做法\n坚持{entry.example.replace(entry.word, '好')}原则，二是落实。\n"))
    assert [p.number for p in sections[0].points] == ["一是", "二是"]


_RUN_IN_LEAD, _RUN_IN_BODY = "现将有关情况报告如下：", "全县共有学校40所，教师2100人。"


def _run_in_heading(phrase: str) -> str:
    (s,) = find_sections(layers(f"{_RUN_IN_LEAD}一、{phrase}{_RUN_IN_BODY}"))
    return s.heading


@pytest.mark.parametrize("entry", HEADING_ENDS, ids=[e.word for e in HEADING_ENDS])
def test_heading_end_examples(entry: Entry[bool]) -> None:
    # a heading run into its paragraph ends with its noun: without it, it runs on to the full stop
    assert entry.example.endswith(entry.word)
    assert _run_in_heading(entry.example) == entry.example
    bare = entry.example[: -len(entry.word)] + "推进"
    assert not _HEADING_END_RE.search(bare) or entry.value
    if entry.value:
        # a compound's head: the noun before it (问题) is no end, though a short word stands between
        assert _HEADING_END_RE.search(entry.example[: -len(entry.word)]) is not None
        assert _run_in_heading(bare) != bare + _RUN_IN_BODY[:-1]
    else:
        assert _run_in_heading(bare) == bare + _RUN_IN_BODY[:-1]
        # and a noun before it with a short word between ends the heading first
        assert _run_in_heading(f"存在问题师资{entry.word}") == "存在问题"


@pytest.mark.parametrize("entry", HEADING_LINKS, ids=[e.word for e in HEADING_LINKS])
def test_heading_link_examples(entry: Entry[str]) -> None:
    # the link joins the nouns on either side into one heading; another word in its place does not
    assert entry.word in entry.example
    assert _run_in_heading(entry.example) == entry.example
    assert _run_in_heading(entry.example.replace(entry.word, "甲")) == entry.example.split(entry.word)[0]


# -- corpus -----------------------------------------------------------------------------------

try:
    from dutyreport.clean.noise import find_noise
except ImportError:  # pragma: no cover - the cleaning stage is written in parallel
    find_noise = None  # type: ignore[assignment]

needs_clean = pytest.mark.skipif(find_noise is None, reason="dutyreport.clean.noise not available yet")


def char_f1(a: str, b: str) -> float:
    ca, cb = Counter(a), Counter(b)
    common = sum((ca & cb).values())
    if not common:
        return 0.0
    p, r = common / sum(ca.values()), common / sum(cb.values())
    return 2 * p * r / (p + r)


@needs_clean
@pytest.mark.parametrize("path", CORPUS, ids=CORPUS_IDS)
def test_corpus_top_sections(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    gold = load_gold(path).get("top_sections") or []
    sections = find_sections(layers(text, find_noise(Document.of(text))))
    top = [s.heading for s in sections]
    missed = [g for g in gold if not any(char_f1(g, h) >= 0.8 for h in top)]
    assert missed == []
    check_invariants(text, sections)


@needs_clean
@pytest.mark.parametrize("path", CORPUS, ids=CORPUS_IDS)
def test_corpus_sections_avoid_noise(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    noise = find_noise(Document.of(text))
    sections = find_sections(layers(text, noise))
    for top in sections:
        for s in top.walk():
            assert not any(n.start <= s.start < n.end for n in noise)
    tail = [n for n in noise if n.start > sections[-1].start]
    assert all(n.start >= sections[-1].end for n in tail if n.kind is NoiseKind.CHROME)


# -- properties -------------------------------------------------------------------------------

_ALPHABET = st.sampled_from(list("一二三四五(（)）、.．1234５①②是 \n\u3000。下步打算甲乙丙"))


@given(st.text(_ALPHABET, max_size=300))
@settings(max_examples=300, deadline=None)
def test_property_arbitrary_text(text: str) -> None:
    check_invariants(text, find_sections(layers(text)))


@given(st.text(max_size=200))
@settings(max_examples=200, deadline=None)
def test_property_any_unicode(text: str) -> None:
    check_invariants(text, find_sections(layers(text)))


@given(
    st.lists(st.tuples(st.integers(0, 400), st.integers(0, 40)), max_size=4),
    st.sampled_from(list(CORPUS) or [None]),
)
@settings(max_examples=60, deadline=None)
def test_property_corpus_with_random_noise(raw: list[tuple[int, int]], path: Path | None) -> None:
    text = path.read_text(encoding="utf-8")[:3000] if path else "一、甲\n乙。\n二、丙\n"
    noise = [
        Noise(start=s, end=min(len(text), s + n), text=text[s : s + n], kind=NoiseKind.SPAM)
        for s, n in raw
        if s < len(text) and n
    ]
    sections = find_sections(layers(text, noise))
    check_invariants(text, sections)


@pytest.mark.skipif(not CORPUS, reason="no corpus")
@given(st.randoms(use_true_random=False), st.integers(0, 40_000), st.integers(0, len(CORPUS) - 1 if CORPUS else 0))
@settings(max_examples=60, deadline=None)
def test_property_corpus_shuffled_and_truncated(rnd: random.Random, cut: int, which: int) -> None:
    lines = CORPUS[which].read_text(encoding="utf-8").split("\n")
    rnd.shuffle(lines)
    text = "\n".join(lines)[:cut]
    check_invariants(text, find_sections(layers(text)))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=list("一二三四十是是甲，\n"), max_size=30), st.integers(0, 4), st.integers(0, 32))
def test_the_point_marks_are_what_a_scan_from_every_position_finds(text: str, lo: int, hi: int) -> None:
    hi = max(lo, hi)
    scanned = [(m.start(), m.end() - 1) for m in _POINT_RE.finditer(text, lo, hi)]
    assert _point_marks(text, lo, hi, _point_ends(text)) == scanned


def _heading_span_char_by_char(text: str, start: int, line_end: int) -> tuple[int, int, int]:
    """The character loop _heading_span replaced."""
    ws, stops, keep = " \t\r\u3000\xa0\u2002\u2003\u2009\u200b\ufeff", "。！？；!?;：:", ",，、"
    i = start
    while i < line_end and text[i] in ws:
        i += 1
    j = i
    while j < line_end:
        if text[j] in stops:
            break
        if text[j] in ws:
            k = j
            while k < line_end and text[k] in ws:
                k += 1
            if k < line_end and j > i and text[j - 1] not in keep:
                return i, j, k
            j = k
            continue
        j += 1
    while j > i and text[j - 1] in ws:
        j -= 1
    return i, j, -1


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=list("甲乙。：，、 \t\u3000\u200b"), max_size=16), st.data())
def test_the_heading_span_is_that_of_a_character_loop(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _heading_span(text, start, end) == _heading_span_char_by_char(text, start, end)


# --- a line start is tried for a heading mark only where one can open ----------------------------------


def test_every_scheme_tells_what_its_marks_open_with() -> None:
    from dutyreport.structure.sections import _HEADING_FIRSTS, _opening_chars

    assert "【" in _HEADING_FIRSTS and "第" in _HEADING_FIRSTS
    each: set[str] = set()
    for e, _ in NUMBERING_SCHEMES:
        chars = _opening_chars(e.pattern)
        assert chars, e.pattern
        each |= chars
    assert each == _HEADING_FIRSTS  # (what the stage's two patterns open with: those of every scheme)


def _marks_missed(text: str) -> list[int]:
    """The positions where a heading mark matches but its first character is not among those tried."""
    from dutyreport.structure.sections import _HEADING_FIRSTS

    return [i for i in range(len(text)) if text[i] not in _HEADING_FIRSTS and _HEADING_RE.match(text, i)]


@pytest.mark.skipif(not CORPUS, reason="no corpus")
def test_no_heading_mark_of_the_real_reports_opens_with_another_character() -> None:
    from conftest import realworld_files

    for path in [*CORPUS, *realworld_files()]:
        assert _marks_missed(path.read_text(encoding="utf-8")) == [], path.name


_MARK_CHARS = list("第一二十部分章节節、.．(（)）1２⑤【】学位供给 \n")


@settings(max_examples=300, deadline=None)
@given(st.text(st.one_of(st.sampled_from(_MARK_CHARS), st.characters()), max_size=30))
def test_no_heading_mark_opens_with_another_character(text: str) -> None:
    assert _marks_missed(text) == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=list("一二三四十是是甲，\n"), max_size=30), st.integers(0, 4), st.integers(0, 32))
def test_a_stretch_the_points_skip_has_no_point_mark(text: str, lo: int, hi: int) -> None:
    from dutyreport.structure.sections import _points

    hi = min(hi, len(text))
    ends = _point_ends(text)
    skipped = not any(lo < e < hi for e in ends)  # what _points reads before it looks for the marks
    assert skipped == (_point_marks(text, lo, hi, ends) == [])
    if skipped:
        assert _points(text, lo, hi, ends) == ()


# --- a heading mark is read by the standard engine where it can be (a label's by the other) -------------------


def _heading_reads(text: str, pos: int, endpos: int) -> list[object]:
    """What _heading_match and _HEADING_RE.match find at ``pos``, each as (scheme, span, the groups that took part)."""
    from dutyreport.structure.sections import _heading_match

    out: list[object] = []
    for m in (_heading_match(text, pos, endpos), _HEADING_RE.match(text, pos, endpos)):
        took = None if m is None else {k: v for k, v in m.groupdict().items() if v is not None}
        out.append(None if m is None else (m.lastgroup, m.span(), took))
    return out


def _heading_reads_differ(text: str) -> list[int]:
    ends = [text.find("\n", i) % (len(text) + 1) for i in range(len(text))]  # (-1: the text's end)
    return [
        i
        for i in range(len(text))
        for end in (ends[i] if ends[i] >= i else len(text), len(text))
        if (pair := _heading_reads(text, i, end))[0] != pair[1]
    ]


@pytest.mark.skipif(not CORPUS, reason="no corpus")
def test_the_heading_marks_of_the_real_reports_are_those_the_one_pattern_finds() -> None:
    from conftest import realworld_files

    for path in [*CORPUS, *realworld_files()]:
        assert _heading_reads_differ(path.read_text(encoding="utf-8")) == [], path.name


@settings(max_examples=300, deadline=None)
@given(st.text(st.one_of(st.sampled_from([*_MARK_CHARS, "与", "和", "。", "x"]), st.characters()), max_size=30))
def test_the_heading_marks_are_those_the_one_pattern_finds(text: str) -> None:
    assert _heading_reads_differ(text) == []
