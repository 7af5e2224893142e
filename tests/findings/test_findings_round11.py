"""Problems and rectifications that round 11 found missed (our own sentences in the genre)."""

from __future__ import annotations

import pytest
import regex

from dutyreport import parse
from dutyreport.lang.entry import PatternEntry
from dutyreport.lang.findings import DETAIL_LEADS, MEASURE_VERB_LEADS, MEASURE_VERBS
from dutyreport.model.report import Comparator, Status

# A report in traditional characters: its problem section, its inline admissions and its rectification blocks are
# read as their simplified forms would be; every item is given as written. (text, problems expected)
EXAMPLES_ROUND11_TRADITIONAL_PROBLEMS = [
    (
        "problem_section",
        "清水縣2023年度履行教育職責自查報告\n一、基本情況\n全縣共有學校30所。\n二、存在問題\n"
        "（一）鄉村學校音樂教師缺口較大。\n（二）部分學校運動場地不達標。\n三、下一步工作\n新建運動場2處。\n",
        ["鄉村學校音樂教師缺口較大", "部分學校運動場地不達標"],
    ),
    (
        "problems_and_shortfalls",
        "清水縣教育工作自評報告\n一、主要成效\n全縣共有學校30所。\n二、問題與不足\n一是校舍維修資金不足；二是教師培訓經費偏少。\n",
        ["校舍維修資金不足", "教師培訓經費偏少"],
    ),
    (
        "difficulties_and_problems",
        "清水縣教育工作自評報告\n一、主要成效\n全縣共有學校30所。\n二、困難和問題\n（一）寄宿制學校生活老師配備不足。\n",
        ["寄宿制學校生活老師配備不足"],
    ),
    (
        "weak_links",
        "清水縣教育工作自評報告\n一、主要成效\n全縣共有學校30所。\n二、薄弱環節\n（一）部分鄉鎮學校圖書更新緩慢。\n",
        ["部分鄉鎮學校圖書更新緩慢"],
    ),
    (
        "inline_admission",
        "清水縣教育工作自評報告\n一、主要成效\n全縣教育事業穩步發展，但還存在辦學經費投入不足、專任教師結構性緊缺等主要問題。\n",
        ["辦學經費投入不足", "專任教師結構性緊缺"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in EXAMPLES_ROUND11_TRADITIONAL_PROBLEMS],
                         ids=[c[0] for c in EXAMPLES_ROUND11_TRADITIONAL_PROBLEMS])
def test_a_traditional_report_admits_what_its_simplified_form_would(text: str, expected: list[str]) -> None:
    r = parse(text)
    found = [p.text for p in r.problems]
    assert [e for e in expected if e not in found] == [], found
    assert all(text[p.start : p.end] == p.text for p in r.problems)


TRADITIONAL_RECTIFICATION = (
    "清水縣關於督導反饋問題整改情況的報告\n一、整改總體情況\n成立整改工作領導小組。\n二、具體問題整改情況\n"
    "（一）關於“學前教育資源不足”的問題\n整改措施：新建公辦幼兒園3所；改擴建鄉鎮中心園2所。\n"
    "整改時限：2024年8月底前。\n牽頭單位：縣教育局、縣發改局\n整改狀態：已完成。\n"
    "三、下一步打算\n鞏固整改成果。\n"
)


def test_a_traditional_rectification_block_is_read_with_its_fields() -> None:
    text = TRADITIONAL_RECTIFICATION
    (r,) = parse(text).rectifications
    assert r.problem.text == "學前教育資源不足" == text[r.problem.start : r.problem.end]
    assert [m.heading for m in r.measures] == ["新建公辦幼兒園3所", "改擴建鄉鎮中心園2所"]
    assert r.deadline is not None and (r.deadline.text, r.deadline.year, r.deadline.month) == ("2024年8月底前", 2024, 8)
    assert r.responsible is not None and r.responsible.units == ("縣教育局", "縣發改局")
    assert all(text[m.start : m.end] == m.text for m in r.measures)


# A block headed ``关于“X”的问题`` whose measures stand on a labelled line (``整改措施：…``) without 一是/①: the line's
# measures are the block's. (block body, measure headings expected)
EXAMPLES_ROUND11_LABELLED_MEASURES = [
    (
        "semicolons",
        "问题表现：城区小学56人以上大班额12个。\n整改措施：新建城区小学2所，新增学位2,700个；将3所初中的闲置教室改为小学教室。\n"
        "整改时限：2024年8月底前。\n整改状态：已完成。\n",
        ["新建城区小学2所，新增学位2,700个", "将3所初中的闲置教室改为小学教室"],
    ),
    (
        "one_measure",
        "问题表现：部分学校食堂未落实陪餐制度。\n整改措施：全面推行校领导陪餐制度。\n整改时限：2023年12月底前。\n",
        ["全面推行校领导陪餐制度"],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in EXAMPLES_ROUND11_LABELLED_MEASURES],
                         ids=[c[0] for c in EXAMPLES_ROUND11_LABELLED_MEASURES])
def test_the_measures_line_of_a_block_headed_by_its_problem(body: str, expected: list[str]) -> None:
    text = (
        "某市人民政府关于督导反馈问题整改情况的报告\n省政府教育督导委员会办公室：\n现将整改情况报告如下。\n"
        "一、关于“城区学位供给不足”的问题\n" + body
        + "二、关于“校园安全管理薄弱”的问题\n" + body
        + "三、下一步打算\n巩固成果。\n"
    )
    r = parse(text)
    assert [x.problem.text for x in r.rectifications] == ["城区学位供给不足", "校园安全管理薄弱"]
    for x in r.rectifications:
        assert [m.heading for m in x.measures] == expected
        assert all(text[m.start : m.end] == m.text and x.start <= m.start < m.end <= x.end for m in x.measures)


# A measures line without semicolons whose later clauses open with a measure's verb (建立…, 另安排…) lists one measure
# per such clause, each headed by its first clause; a clause with no such verb (新增学位…, 由…每季度…) belongs to the
# measure before it. (block body, measure headings expected)
EXAMPLES_ROUND11_CLAUSE_MEASURES = [
    (
        "verb_clauses",
        "整改措施：县财政安排资金860万元补发乡村教师生活补助，建立补助资金按月直达机制，由县教育局每季度核对一次发放名册。\n",
        ["县财政安排资金860万元补发乡村教师生活补助", "建立补助资金按月直达机制"],
    ),
    (
        "another_allocation",
        "整改措施：投入资金1,200万元改造农村学校旱厕，另安排300万元更新饮水设备。\n整改时限：2024年6月底前。\n",
        ["投入资金1,200万元改造农村学校旱厕", "另安排300万元更新饮水设备"],
    ),
    (
        # a first clause of a few words names the measure the clauses after it carry out
        "label_clause",
        "整改措施：调整支出结构，追加教育经费1,500万元。\n",
        ["调整支出结构，追加教育经费1,500万元"],
    ),
    (
        "no_verb_clause",
        "整改措施：新建城区小学2所，新增学位2,700个。\n",
        ["新建城区小学2所，新增学位2,700个"],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in EXAMPLES_ROUND11_CLAUSE_MEASURES],
                         ids=[c[0] for c in EXAMPLES_ROUND11_CLAUSE_MEASURES])
def test_the_clauses_of_a_measures_line_that_open_with_a_verb(body: str, expected: list[str]) -> None:
    test_the_measures_line_of_a_block_headed_by_its_problem(body, expected)


# A measure or a problem stated with its details: the clauses that break it down (其中…) or tally what it involved
# (全年征收…, 涉及学生…, 累计…) are its text, not its heading. (block body, measure headings expected)
EXAMPLES_ROUND11_DETAIL_CLAUSES = [
    (
        "breakdown_and_tally",
        "整改措施：一是调整年度预算，年内追加教育经费1.2亿元，其中县本级6,000万元；二是足额征收教育费附加，"
        "全年征收3,100万元，比上年增加420万元。\n整改时限：2023年12月31日前。\n",
        ["调整年度预算，年内追加教育经费1.2亿元", "足额征收教育费附加"],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in EXAMPLES_ROUND11_DETAIL_CLAUSES],
                         ids=[c[0] for c in EXAMPLES_ROUND11_DETAIL_CLAUSES])
def test_a_measures_details_are_not_its_heading(body: str, expected: list[str]) -> None:
    test_the_measures_line_of_a_block_headed_by_its_problem(body, expected)
    (first, *_) = parse("某市整改报告\n一、关于“城区学位供给不足”的问题\n" + body).rectifications
    assert all(m.heading in m.text for m in first.measures)


def test_a_problems_tally_is_not_the_problem() -> None:
    text = (
        "某县自查报告\n一、基本情况\n全县共有学校40所。\n二、存在问题\n"
        "一是学校食堂改造进度偏慢，部分学校仍在临时用房就餐，涉及学生约1,800人；二是乡村教师周转房不足，累计缺口120套。\n"
    )
    found = [p.text for p in parse(text).problems]
    assert "学校食堂改造进度偏慢，部分学校仍在临时用房就餐" in found, found
    assert "乡村教师周转房不足" in found, found


# --- the tables these rules read (lang.findings), each entry's example parsed back -----------------------------------

_RECTIFYING = "某市整改报告\n一、关于“城区学位供给不足”的问题\n整改措施：召开专题会议部署整改，"


def _filled(entry: PatternEntry) -> str:
    """The example with the entry's words put out of it, one filler character for each."""
    m = regex.search(entry.pattern, entry.example)
    assert m is not None
    return entry.example[: m.start()] + "乙" * (m.end() - m.start()) + entry.example[m.end() :]


def _measures(line: str) -> list[str]:
    (r,) = parse(f"{_RECTIFYING}{line}。\n").rectifications
    return [m.heading for m in r.measures]


@pytest.mark.parametrize("entry", [*MEASURE_VERBS, MEASURE_VERB_LEADS], ids=lambda e: e.example)
def test_measure_verb_examples(entry: PatternEntry) -> None:
    # a clause opening with the verb is a measure of its own; the same clause without it tells more of the one before
    assert regex.match(entry.pattern, entry.example)
    assert _measures(entry.example) == ["召开专题会议部署整改", entry.example]
    assert _measures(_filled(entry)) == ["召开专题会议部署整改，" + _filled(entry)]


@pytest.mark.parametrize("entry", DETAIL_LEADS, ids=lambda e: e.example)
def test_detail_lead_examples(entry: PatternEntry) -> None:
    # the point's problem stops before the clause the word opens; without the word, the clause is the problem's
    statement, _, detail = entry.example.partition("，")
    assert regex.match(entry.pattern, detail)
    text = f"某县自查报告\n一、基本情况\n全县有学校20所。\n二、存在问题\n一是{entry.example}；二是校舍维修资金偏少。\n"
    assert statement in [p.text for p in parse(text).problems]
    filled = text.replace(detail, _filled(PatternEntry(entry.pattern, detail)))
    assert f"{statement}，{_filled(PatternEntry(entry.pattern, detail))}" in [p.text for p in parse(filled).problems]


# Goals in a report in traditional characters: the cue (計劃, 預計, 爭取), the deadline and the comparator (達到…以上,
# 不超過) read as in simplified; the target is given as written. (sentence, target text, comparator, year)
EXAMPLES_ROUND11_TRADITIONAL_TARGETS = [
    ("deadline_and_at_least", "到2025年，全縣學前三年毛入園率達到95%以上。",
     "到2025年，全縣學前三年毛入園率達到95%以上", Comparator.GE, 2025),
    ("plan_cue", "2024年計劃新建公辦幼兒園3所。", "2024年計劃新建公辦幼兒園3所", Comparator.EQ, 2024),
    ("at_most", "爭取2026年底前城區小學平均班額不超過45人。", "爭取2026年底前城區小學平均班額不超過45人", Comparator.LE,
     2026),
]


@pytest.mark.parametrize(("sentence", "target", "comparator", "year"),
                         [c[1:] for c in EXAMPLES_ROUND11_TRADITIONAL_TARGETS],
                         ids=[c[0] for c in EXAMPLES_ROUND11_TRADITIONAL_TARGETS])
def test_a_traditional_goal_is_read_as_its_simplified_form(
    sentence: str, target: str, comparator: Comparator, year: int
) -> None:
    text = "清水縣教育工作報告\n一、基本情況\n全縣共有學校30所。\n二、下一步工作\n" + sentence + "\n"
    found = {(t.text, t.comparator, t.deadline.year if t.deadline else None) for t in parse(text).targets}
    assert (target, comparator, year) in found, found
    assert all(text[t.start : t.end] == t.text for t in parse(text).targets)


# Headings of a problem list in other words (主要问题, 差距与不足, 问题和困难, 短板弱项, 工作中的不足): their points are
# problems; a heading that names the problems only as what its measures answer (针对主要问题采取的措施) lists none.
EXAMPLES_ROUND11_PROBLEM_HEADINGS = [
    ("main_problems", "主要问题", True),
    ("main_problems_colon", "督导发现的主要问题：", True),
    ("gaps_and_shortfalls", "差距与不足", True),
    ("problems_and_difficulties", "问题和困难", True),
    ("problems_and_gaps", "问题与差距", True),
    ("shortfalls_and_gaps", "不足和差距", True),
    ("weak_items", "短板弱项", True),
    ("shortfalls_of_the_work", "工作中的不足", True),
    ("measures_against_problems", "针对主要问题采取的措施", False),
]


@pytest.mark.parametrize(("heading", "lists"), [c[1:] for c in EXAMPLES_ROUND11_PROBLEM_HEADINGS],
                         ids=[c[0] for c in EXAMPLES_ROUND11_PROBLEM_HEADINGS])
def test_a_problem_list_under_another_heading(heading: str, lists: bool) -> None:
    text = (
        "某县教育工作自评报告\n一、主要成效\n全县共有学校30所。\n二、" + heading + "\n"
        "（一）部分乡镇学校图书更新缓慢。\n（二）乡村教师周转房数量不足。\n三、下一步工作\n新建运动场2处。\n"
    )
    found = [p.text for p in parse(text).problems]
    assert found == (["部分乡镇学校图书更新缓慢", "乡村教师周转房数量不足"] if lists else []), found


# Headings of a rectification block in other words: the problem quoted without 关于, 针对 for 关于, 方面 after the
# quote, 整改落实情况 / 整改进展 after 问题. (heading, problem expected; None: no block)
EXAMPLES_ROUND11_BLOCK_HEADINGS = [
    ("quoted_with_about", "关于“城区学位供给不足”的问题", "城区学位供给不足"),
    ("quoted_alone", "“城区学位供给不足”问题整改情况", "城区学位供给不足"),
    ("quoted_alone_of", "“城区学位供给不足”的问题", "城区学位供给不足"),
    ("aimed_at", "针对“城区学位供给不足”问题的整改", "城区学位供给不足"),
    ("progress", "关于“城区学位供给不足”问题的整改进展", "城区学位供给不足"),
    ("carried_out", "关于城区学位供给不足问题整改落实情况", "城区学位供给不足"),
    ("aspect", "关于“城区学位供给不足”方面的问题", "城区学位供给不足"),
    ("unquoted_without_about", "城区学位供给不足问题整改情况", None),
]


@pytest.mark.parametrize(("heading", "problem"), [c[1:] for c in EXAMPLES_ROUND11_BLOCK_HEADINGS],
                         ids=[c[0] for c in EXAMPLES_ROUND11_BLOCK_HEADINGS])
def test_a_rectification_block_under_another_heading(heading: str, problem: str | None) -> None:
    text = (
        "某市人民政府关于督导反馈问题整改情况的报告\n现将整改情况报告如下。\n一、" + heading + "\n"
        "整改措施：新建城区小学2所；改造闲置校舍6处。\n整改时限：2024年8月底前。\n"
        "二、关于“校园安全管理薄弱”的问题\n整改措施：配备专职保安86名。\n"
    )
    found = [(r.problem.text, [m.heading for m in r.measures]) for r in parse(text).rectifications]
    expected = [("校园安全管理薄弱", ["配备专职保安86名"])]
    if problem is not None:
        expected.insert(0, (problem, ["新建城区小学2所", "改造闲置校舍6处"]))
    assert found == expected


# A block's due date and responsible units under other labels (整改期限, 完成期限, 时限要求; 牵头部门, 责任主体,
# 主责单位, 责任科室), on a line of their own or in brackets after a measure. (deadline label, responsible label)
EXAMPLES_ROUND11_FIELD_LABELS = [
    ("period_and_leading_department", "整改期限", "牵头部门"),
    ("completion_period_and_body", "完成期限", "责任主体"),
    ("time_required_and_main_unit", "时限要求", "主责单位"),
    ("rectification_time_and_office", "整改时间", "责任科室"),
]


@pytest.mark.parametrize(("due", "units"), [c[1:] for c in EXAMPLES_ROUND11_FIELD_LABELS],
                         ids=[c[0] for c in EXAMPLES_ROUND11_FIELD_LABELS])
def test_a_blocks_due_date_and_units_under_other_labels(due: str, units: str) -> None:
    head = "某市人民政府关于督导反馈问题整改情况的报告\n现将整改情况报告如下。\n一、关于“城区学位供给不足”的问题\n"
    lines = f"整改措施：新建城区小学2所。\n{due}：2024年8月底前\n{units}：市教育局、市住建局\n"
    inline = f"整改措施：新建城区小学2所（{units}：市教育局、市住建局；{due}：2024年8月底前）。\n"
    for text in (head + lines, head + inline):
        (r,) = parse(text).rectifications
        assert r.deadline is not None
        assert (r.deadline.text, r.deadline.year, r.deadline.month) == ("2024年8月底前", 2024, 8)
        assert r.responsible is not None and r.responsible.units == ("市教育局", "市住建局")


def test_a_blocks_status_line_is_its_status() -> None:
    # the block's own 整改状态： line says where it stands; a word of the problem's statement (未纳入改造计划) does not
    text = (
        "某市人民政府关于督导反馈问题整改情况的报告\n现将整改情况报告如下。\n一、关于“校舍安全隐患排查不彻底”的问题\n"
        "问题表现：抽查发现C级危房5栋未纳入改造计划。\n整改措施：投入资金1,800万元完成危房改造。\n整改状态：已完成。\n"
        "二、关于“课后服务覆盖不足”的问题\n问题表现：农村学校课后服务参与率偏低。\n整改措施：已完成课后服务经费测算。\n"
        "整改状态：持续推进。\n"
    )
    assert [r.status for r in parse(text).rectifications] == [Status.DONE, Status.IN_PROGRESS]


def test_a_heading_stating_a_sentence_names_no_problem_list() -> None:
    # a heading with a clause mark states something (聚焦薄弱环节，办学条件持续改善): the words of a problem list inside
    # it name no list, and what stands under it is no problem
    text = (
        "某县教育工作自评报告\n一、主要成效\n（一）聚焦薄弱环节，办学条件持续改善\n全县新建学校3所，改扩建校舍12处。\n"
        "（二）补齐存在的短板，师资队伍不断优化\n全年招聘教师120名。\n二、存在的问题\n（一）乡村教师周转房数量不足。\n"
        "三、下一步工作\n新建运动场2处。\n"
    )
    assert [p.text for p in parse(text).problems] == ["乡村教师周转房数量不足"]


def test_a_heading_opening_with_the_words_of_a_problem_list_names_one() -> None:
    # a list run into its heading line (存在的问题：一是…，…) is still named by the words that open it
    text = (
        "某县自查报告\n一、基本情况\n全县有学校20所。\n"
        "二、存在的问题：一是乡村教师周转房不足，缺口较大；二是运动场地偏少。\n"
    )
    assert {"乡村教师周转房不足，缺口较大", "运动场地偏少"} <= {p.text for p in parse(text).problems}
