"""Problems and rectifications that round 11 found missed (our own sentences in the genre)."""

from __future__ import annotations

import pytest

from dutyreport import parse

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
    "整改時限：2024年8月底前。\n責任單位：縣教育局、縣發改局\n整改狀態：已完成。\n"
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
