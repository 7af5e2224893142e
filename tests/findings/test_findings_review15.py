"""Problems and rectifications a review of round 15 found missed (our own sentences): a rectification report that
answers each problem with 针对“X”的问题 (针对X的问题, 关于“X”的问题) and the measures after it; a sentence stating
the problems lie in a list (存在的问题主要集中在A、B、C等方面, 问题主要表现在：A、B和C)."""

from __future__ import annotations

import pytest

from dutyreport import parse
from dutyreport.lang.entry import Entry
from dutyreport.lang.findings import JOINER_LEADS, MEASURE_CONNECTIVES
from dutyreport.model.report import Status

RECTIFYING = "某县督导反馈问题整改报告\n一、整改落实情况\n"
SELF = "某县履行教育职责自查报告\n一、基本情况\n全县有学校20所。\n"

# (origin, text after the heading, [(problem, [measure headings])])
EXAMPLES_REVIEW15_ANSWERED = [
    (
        "review15_quoted_points",
        "一是针对“生均公用经费拨付不及时”的问题，县财政按季度拨付公用经费，全年拨付资金600万元。"
        "二是针对“乡村学校音乐教师短缺”的问题，招聘音乐教师25名。\n",
        [("生均公用经费拨付不及时", ["县财政按季度拨付公用经费"]), ("乡村学校音乐教师短缺", ["招聘音乐教师25名"])],
    ),
    (
        "review15_unquoted",
        "一是针对校舍维修资金不足的问题，安排维修资金300万元；建立校舍安全年检制度。"
        "二是针对课后服务覆盖面不广的问题，全县中小学全面开展课后服务。\n",
        [
            ("校舍维修资金不足", ["安排维修资金300万元", "建立校舍安全年检制度"]),
            ("课后服务覆盖面不广", ["全县中小学全面开展课后服务"]),
        ],
    ),
    (
        "review15_about_quoted",
        "关于“学校食堂管理不规范”的问题：推行校领导陪餐制度。关于“校车安全隐患”的问题：开展校车安全专项检查。\n",
        [("学校食堂管理不规范", ["推行校领导陪餐制度"]), ("校车安全隐患", ["开展校车安全专项检查"])],
    ),
    (
        "review15_outline_lines",
        "（一）针对“城区学位供给紧张”的问题，新建小学2所。\n（二）针对“教师编制不足”的问题，招聘教师60名。\n",
        [("城区学位供给紧张", ["新建小学2所"]), ("教师编制不足", ["招聘教师60名"])],
    ),
    (
        "review15_traditional",
        "一是針對“學校安保力量薄弱”的問題，配備專職保安86名。二是針對“心理健康教師不足”的問題，補充心理健康教師12名。\n",
        [("學校安保力量薄弱", ["配備專職保安86名"]), ("心理健康教師不足", ["補充心理健康教師12名"])],
    ),
    (
        "review15_swapped_quotes",  # (a scraped page that opens with ' and closes with “)
        "一是针对'课后服务覆盖不全“的问题,全县中小学全面开展课后服务。二是针对'校车安全隐患“的问题,开展校车专项检查。\n",
        [("课后服务覆盖不全", ["全县中小学全面开展课后服务"]), ("校车安全隐患", ["开展校车专项检查"])],
    ),
    (
        "review15_next_point_ends_the_measures",
        "一是针对“控辍保学台账不全”的问题，健全控辍保学工作台账。二是针对“特殊教育资源不足”的问题，新建资源教室5间。"
        "三是加强督导检查。\n",
        [("控辍保学台账不全", ["健全控辍保学工作台账"]), ("特殊教育资源不足", ["新建资源教室5间"])],
    ),
    # no series of answered problems: a reference to problems named elsewhere, a lone phrase, a problem as the
    # object of a noun (问题建议)
    (
        "review15_references_only",
        "针对检查发现的问题，县政府召开专题会议。针对督导组反馈的问题，逐项制定整改措施。\n",
        [],
    ),
    ("review15_lone_answered", "一是针对“城区学位供给紧张”的问题，新建小学2所。二是加强督导。\n", []),
    (
        "review15_problem_as_object",
        "针对评估组所提的问题建议，县里召开专题会逐条研究。针对“教师编制不足”的问题，招聘教师60名。\n",
        [],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [e[1:] for e in EXAMPLES_REVIEW15_ANSWERED],
                         ids=[e[0] for e in EXAMPLES_REVIEW15_ANSWERED])
def test_answered_problems_are_rectifications(body: str, expected: list[tuple[str, list[str]]]) -> None:
    text = RECTIFYING + body
    report = parse(text)
    assert [(x.problem.text, [m.heading for m in x.measures]) for x in report.rectifications] == expected
    for x in report.rectifications:
        assert text[x.problem.start : x.problem.end] == x.problem.text
        assert text[x.start : x.end] == x.text
        assert x.problem.source == "rectification"
        assert all(text[m.start : m.end] == m.text for m in x.measures)
    problems = [p.text for p in report.problems if p.source == "rectification"]
    assert problems == [p for p, _ in expected]


# (origin, sentence, the problems)
EXAMPLES_REVIEW15_LISTED = [
    (
        "review15_concentrated_in",
        "存在的问题主要集中在乡村学校图书配备不足、城区学校运动场地狭小、教师年龄结构老化等方面。",
        ["乡村学校图书配备不足", "城区学校运动场地狭小", "教师年龄结构老化"],
    ),
    (
        "review15_shown_in_with_and",
        "问题主要表现在：部分校舍老旧、信息化设备更新滞后和学前教育师资不足。",
        ["部分校舍老旧", "信息化设备更新滞后", "学前教育师资不足"],
    ),
    (
        "review15_closed_by_problems",
        "不足主要体现在课后服务内容单一、家校沟通不畅等问题。",
        ["课后服务内容单一", "家校沟通不畅"],
    ),
    (
        "review15_traditional",
        "存在的問題主要集中在鄉村學校圖書配備不足、城區學校運動場地狹小等方面。",
        ["鄉村學校圖書配備不足", "城區學校運動場地狹小"],
    ),
    # a joiner inside an item joins things that share its problem; a joiner that opens a word (和谐) joins nothing;
    # a word that ends like a joiner (普及) is none; 以及 splits as a whole
    (
        "review15_joiner_inside_items",
        "存在的问题主要集中在音体美教师和心理健康教师短缺、校舍和设施陈旧等方面。",
        ["音体美教师和心理健康教师短缺", "校舍和设施陈旧"],
    ),
    (
        "review15_joiner_opening_a_word",
        "不足主要表现为和谐校园建设和家校共育两方面。",
        ["和谐校园建设和家校共育两方面"],
    ),
    (
        "review15_joiner_compound",
        "问题主要表现在：功能室不足、学前教育普及程度不高。",
        ["功能室不足", "学前教育普及程度不高"],
    ),
    (
        "review15_longer_joiner",
        "问题主要表现在：功能室不足、校舍老旧以及教师缺编。",
        ["功能室不足", "校舍老旧", "教师缺编"],
    ),
    # one item is no list; what went well is no problem
    ("review15_one_item", "存在的问题主要集中在乡村学校。", []),
    ("review15_achievements", "成效主要体现在办学条件改善、教师待遇提高等方面。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), [e[1:] for e in EXAMPLES_REVIEW15_LISTED],
                         ids=[e[0] for e in EXAMPLES_REVIEW15_LISTED])
def test_problems_listed_in_one_sentence(sentence: str, expected: list[str]) -> None:
    text = SELF + sentence + "\n"
    problems = parse(text).problems
    assert [p.text for p in problems] == expected
    assert all(text[p.start : p.end] == p.text and p.source == "inline" for p in problems)


# Review 15's misfires of the answered problems (our own sentences): a block whose heading names its problem keeps
# the problems its measures answer (针对X的问题) as its measures; a connective at the end of a measure opens what
# follows it.
def test_a_headed_block_keeps_the_problems_its_measures_answer() -> None:
    text = (
        RECTIFYING + "（一）关于“教师队伍建设薄弱”问题\n"
        "整改措施：一是针对音体美教师短缺的问题，公开招聘音体美教师40名。二是针对教师培训不足的问题，开展全员培训3000人次。\n"
        "整改成效：已完成。\n"
    )
    report = parse(text)
    assert [(x.problem.text, x.status) for x in report.rectifications] == [("教师队伍建设薄弱", Status.DONE)]
    (block,) = report.rectifications
    assert len(block.measures) == 2
    assert all(text[m.start : m.end] == m.text for m in block.measures)
    assert [p.text for p in report.problems] == ["教师队伍建设薄弱"]


@pytest.mark.parametrize("entry", MEASURE_CONNECTIVES, ids=[e.word for e in MEASURE_CONNECTIVES])
def test_measure_connective_examples(entry: Entry[str]) -> None:
    text = RECTIFYING + "我们" + entry.example + "\n"
    report = parse(text)
    assert [(x.problem.text, [m.text for m in x.measures]) for x in report.rectifications] == [
        ("学生心理健康", ["开设心理课程"]),
        ("留守儿童", ["建立关爱台账"]),
    ]
    assert all(text[x.start : x.end] == x.text and not x.text.endswith(entry.word) for x in report.rectifications)


@pytest.mark.parametrize("entry", JOINER_LEADS, ids=[e.word for e in JOINER_LEADS])
def test_joiner_lead_examples(entry: Entry[str]) -> None:
    # the word and the joiner after it separate the list's last two items as one joiner
    problems = [p.text for p in parse(SELF + entry.example + "。\n").problems]
    assert len(problems) == 3
    assert not problems[1].endswith(entry.word)
