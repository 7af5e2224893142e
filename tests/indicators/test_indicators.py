"""The indicator stage: which numbers are figures, and their subject, year, unit and qualifier.

Passages are written for these tests in the genre's style; the real corpus is read from
../shared/corpus at test time only.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.conftest import CORPUS, CORPUS_IDS, load_gold

import dutyreport as d
from dutyreport import Qualifier as Q

HEAD = "某县教育工作自查报告\n一、基本情况\n"


def indicators(body: str) -> list[d.Indicator]:
    return list(d.parse(HEAD + body).indicators)


# (passage, figure surface, expected (value, unit, qualifier, year), words the subject must contain)
CASES = [
    ("2020年,全县一般公共预算教育支出为40351万元,比上年增长7.21%。", "40351万元",
     (Decimal("403510000"), "yuan", None, 2020), "一般公共预算教育支出"),
    ("2020年,全县一般公共预算教育支出为40351万元,比上年增长7.21%。", "7.21%",
     (Decimal("0.0721"), "percent", None, 2020), "增长"),
    ("2021年教育支出为8000万元,2020年为7600万元,同比增长400万元。", "400万元",
     (Decimal("4000000"), "yuan", None, 2021), "教育支出"),
    ("全县共有公办学校24所:幼儿园9所、小学10所。", "10所", (Decimal(10), "所", None, None), "小学"),
    ("生均公用经费分别为:小学650元、初中850元。", "850元", (Decimal("850"), "yuan/student/year", None, None), "初中"),
    ("每校至少安排1名专职心理教师。", "1名", (Decimal(1), "名", Q.AT_LEAST, None), "心理教师"),
    ("幼儿园规模一般控制在9个班、270人。", "270人", (Decimal(270), "人", Q.AT_MOST, None), "幼儿园规模"),
    ("大班额比例控制在5.78%。", "5.78%", (Decimal("0.0578"), "percent", None, None), "大班额比例"),
    ("到2026年,学前三年毛入园率要达到96%以上。", "96%以上",
     (Decimal("0.96"), "percent", Q.MORE_THAN, 2026), "毛入园率"),
    ("2020年以来,新建学校15所。", "15所", (Decimal(15), "所", None, None), "新建学校"),
    ("示范园占比从2019年的48.25%提升到52.10%。", "52.10%", (Decimal("0.521"), "percent", None, None), "示范园占比"),
    ("示范园占比从2019年的48.25%提升到52.10%。", "48.25%", (Decimal("0.4825"), "percent", None, 2019), "示范园占比"),
    ("累计投入300多万维修校舍。", "300多万", (Decimal("3000000"), "yuan", Q.MORE_THAN, None), "维修校舍"),
    ("网课点播人次达200多万。", "200多万", (Decimal(2000000), "人次", Q.MORE_THAN, None), "人次"),
    ("连续九年被评为先进单位。", "九年", (Decimal(9), "年", None, None), "连续"),
    ("有田径、篮球、足球等训练项目16个。", "16个", (Decimal(16), "个", None, None), "训练项目"),
]


@pytest.mark.parametrize(
    ("passage", "surface", "expected", "subject"), CASES, ids=[c[1] + "@" + c[0][:8] for c in CASES]
)
def test_indicator_reading(passage: str, surface: str, expected: tuple[object, ...], subject: str) -> None:
    found = [i for i in indicators(passage) if i.text == surface]
    assert found, f"{surface} not found in {[i.text for i in indicators(passage)]}"
    i = found[0]
    assert (i.value, i.unit, i.qualifier, i.year) == expected
    assert i.subject is not None and subject in i.subject


# Numbers that are not figures: names, dates, document numbers, list markers, versions.
NOT_FIGURES = [
    ("落实“五项管理”和“双减”,坚持“三会一课”制度。", "五项"),
    ("编制《教育现代化2035》规划。", "2035"),
    ("按照(清教督委〔2024〕1号)文件要求。", "1"),
    ("实施教师信息素养提升工程2.0。", "2.0"),
    ("推动“1+N”评价体系。", "1"),
    ("2021年11月开展主题活动。", "11"),
    ("第4个宣传月活动。", "4个"),
    ("落实一岗双责和一票否决。", "一"),
]


@pytest.mark.parametrize(("passage", "number"), NOT_FIGURES, ids=[p[0][:10] for p in NOT_FIGURES])
def test_not_figures(passage: str, number: str) -> None:
    assert [i.text for i in indicators(passage) if number in i.text] == []


# Found by the hostile-fragment property: a ratio read across a run-in heading's number stood in two sections.
EXAMPLES_ACROSS_A_HEADING = [
    "(一)0:一、(一)",  # 0:一 would end inside the section 一、 opens
    "(一)比例为3:一、工作措施\n",
]


@pytest.mark.parametrize("text", EXAMPLES_ACROSS_A_HEADING)
def test_a_figure_runs_into_no_heading(text: str) -> None:
    report = d.parse(text)
    boundaries = {b for s in report.walk_sections() for b in (s.start, s.end)}
    assert len(list(report.walk_sections())) >= 2
    for i in report.indicators:
        assert not any(i.start < b < i.end for b in boundaries), i.text


def test_run_together_digits_split_where_certain() -> None:
    body = "2016-2020年,全县小学在校生新增人数分别为:12301456163817251802。"
    found = indicators(body)
    assert [(i.text, i.year, i.unit) for i in found] == [
        ("1230", 2016, "人"), ("1456", 2017, "人"), ("1638", 2018, "人"), ("1725", 2019, "人"), ("1802", 2020, "人"),
    ]


def test_today_is_the_reports_year() -> None:
    text = "清河区2021年度教育工作自查报告\n一、基本情况\n今年春季新开公办幼儿园9所。"
    (i,) = d.parse(text).indicators
    assert (i.text, i.year) == ("9所", 2021)


@pytest.mark.skipif(not CORPUS, reason="corpus not available")
@pytest.mark.parametrize("path", CORPUS, ids=CORPUS_IDS)
def test_corpus_indicators_are_grounded_and_found(path: object) -> None:
    from pathlib import Path

    p = Path(str(path))
    text = p.read_text(encoding="utf-8")
    report = d.parse(text)
    for i in report.indicators:
        assert text[i.start : i.end] == i.text
    gold = load_gold(p).get("indicators", [])
    spans = [(i.start, i.end) for i in report.indicators]
    found = sum(1 for g in gold if any(g["surface"] in text[s:e] or text[s:e] in g["surface"] for s, e in spans))
    # A regression guard, not the score: nearly every annotated figure is found.
    assert found >= 0.95 * len(gold)


def test_flattened_table_rows_take_their_column_years_and_row_units() -> None:
    body = (
        "主要数据如下。\n"
        "表1 经费情况\n"
        "指标 2022年 2023年 增减\n"
        "一般公共预算教育支出(万元) 41,200 43,560 5.7%\n"
        "生均公用经费(元) 小学 700 760 8.6%\n"
        "\n"
        "表2 学校情况（2023年）\n"
        "中小学校(所) 58\n"
    )
    got = [(i.text, i.value, i.unit, i.year) for i in indicators(body)]
    assert got == [
        ("41,200", Decimal("412000000"), "yuan", 2022),
        ("43,560", Decimal("435600000"), "yuan", 2023),
        ("5.7%", Decimal("0.057"), "percent", 2023),
        ("700", Decimal("700"), "yuan/student/year", 2022),
        ("760", Decimal("760"), "yuan/student/year", 2023),
        ("8.6%", Decimal("0.086"), "percent", 2023),
        ("58", Decimal("58"), "所", 2023),
    ]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=list("一二三是其中 ，。2021年共有学校\n"), max_size=50), st.data())
def test_a_figures_year_scope_opens_at_its_last_point(text: str, data: st.DataObject) -> None:
    from dutyreport.indicators import build as indicators

    start = data.draw(st.integers(0, len(text)))
    sentence_start = data.draw(st.integers(0, start))
    sentences = [i for i, c in enumerate(text) if c in "。\n"]
    scope = sentence_start  # the reading it replaced: strip, then every 二是…十是 in turn
    if text[sentence_start:start].lstrip().startswith("其中") and sentence_start > 0:
        scope = max(indicators._prev_break(sentences, sentence_start - 1), start - indicators._SENTENCE_REACH)
    for m in regex.finditer(r"[二三四五六七八九十]是", text[:start]):
        if m.start() >= scope:
            scope = m.start()
    points = indicators._point_marks(text)
    assert indicators._year_scope_start(text, sentences, sentence_start, start, points) == scope


SHARED_UNIT_CASES = [
    (
        "分别提高2.3个、3.9个和6.1个百分点。",
        [("2.3个", "0.023", "percentage_point"), ("3.9个", "0.039", "percentage_point")],
    ),
    ("合格率分别为95.2、96.8和97.1％。", [("95.2", "0.952", "percent"), ("96.8", "0.968", "percent")]),
]


@pytest.mark.parametrize(("sentence", "expected"), SHARED_UNIT_CASES, ids=["points", "percent"])
def test_a_unit_stated_once_at_a_lists_end_is_every_items(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    report = d.parse("某县自查报告\n一、基本情况\n" + sentence)
    got = [(i.text, i.quantity.to_dict()["value"], i.quantity.to_dict()["unit"]) for i in report.indicators]
    assert got[: len(expected)] == expected


def test_counts_in_a_list_keep_their_own_measure_word() -> None:
    report = d.parse("某县自查报告\n一、基本情况\n新建学校3个、4个和5所。")
    assert [i.unit for i in report.indicators] == ["个", "个", "所"]


@pytest.mark.parametrize(
    ("caption", "year"),
    [("表2 2023年各学段学校情况", 2023), ("表2 各学段学校情况（2022年）", 2022), ("表2 2021—2023年学校情况", None)],
    ids=["year_first", "year_in_brackets", "a_span_of_years"],
)
def test_a_tables_caption_gives_its_rows_its_one_year(caption: str, year: int | None) -> None:
    text = f"某县自查报告\n一、基本情况\n{caption}\n学段 学校数\n小学 58\n初中 21\n注：不含教学点。\n"
    report = d.parse(text)
    assert [(i.text, i.year) for i in report.indicators if i.text in ("58", "21")] == [("58", year), ("21", year)]


@pytest.mark.parametrize("label", ["整改目标", "整改成效", "反馈问题", "存在问题"])
def test_a_field_label_is_no_part_of_a_figures_subject(label: str) -> None:
    report = d.parse(f"某县整改报告\n一、整改情况\n{label}：全市大班额由督导时的37个减少至6个，下降83.8%。\n")
    subjects = [i.subject for i in report.indicators]
    assert len(subjects) == 3 and all(s and "大班额" in s and label not in s for s in subjects)


# --- a unit stated once after a list ----------------------------------------------------------------


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=list("、和及与 \n0123.个百分点%％甲"), max_size=60), st.data())
def test_a_list_unit_is_what_the_full_list_pattern_reads(text: str, data: st.DataObject) -> None:
    from dutyreport.indicators.refine import _SHARED_POINTS, SharedUnits

    shared = SharedUnits(text)
    positions = data.draw(st.lists(st.integers(0, len(text)), max_size=12))
    for pos in positions:  # in any order: each answer may come from a list walked before
        full = _SHARED_POINTS.match(text, pos)
        assert shared.after(pos) == (full.group("unit") if full else None), (text, pos)


@pytest.mark.parametrize("n", [1000, 8000])
def test_a_list_is_walked_once_whatever_its_length(n: int) -> None:
    from dutyreport.indicators.refine import SharedUnits

    text = "、1" * n + "%"
    shared = SharedUnits(text)
    assert all(shared.after(end) == "%" for end in range(2, len(text) - 1, 2))
    assert shared.steps <= 2 * n  # each number read about once, not once per number after it


def test_a_long_list_of_bare_numbers_parses_in_linear_time() -> None:
    # ``、1`` repeated: every number used to read the rest of the list (n² steps). Best of two runs
    # of each size; eight times the numbers must take far less than 64 times as long.
    import time

    def seconds(n: int) -> float:
        text = HEAD + "、1" * n
        best = float("inf")
        for _ in range(2):
            t0 = time.perf_counter()
            d.parse(text)
            best = min(best, time.perf_counter() - t0)
        return best

    seconds(100)  # (the stages' patterns compiled)
    assert seconds(8000) / seconds(1000) < 24


# Years as real reports of the genre write them (issue 10's families, in sentences written for these tests):
# (head, passage, figure, year). OPENING: a report that opens with its year.
OPENING = "某县教育工作自查报告\n2020年,全县扎实推进教育工作。\n一、基本情况\n"
TITLE_YEAR = "某县2021年度教育工作自查报告\n一、基本情况\n"
EXAMPLES_REALWORLD_YEARS = [
    # a news item's lead-in, then the date its paragraph is about: the paragraph's later sentences are of it
    (HEAD, "据了解,2018年11月5日至9日,督导组对全省12个县进行了实地检查。督导组分3个小组开展工作。", "3个", 2018),
    (HEAD, "據了解,2018年11月5日,督導組對全省12個縣進行了實地檢查。督導組分3個小組開展工作。", "3個", 2018),
    # 自…以来 frames a span: no single year, however far the closing word stands from the year
    (HEAD, "自2015年实施薄弱学校改造工程以来,全县新建学校16所。", "16所", None),
    (HEAD, "自2015年實施薄弱學校改造工程以來,全縣新建學校16所。", "16所", None),
    (HEAD, "在2015年实施薄弱学校改造工程后,全县新建学校16所。", "16所", 2015),
    # a span of recent years up to now: no single year, though the paragraph opened with one
    (HEAD, "2020年,全县教育工作稳步推进。近五年累计投入资金3.2亿元。", "3.2亿元", None),
    (HEAD, "2020年,全县教育工作稳步推进。三年来新建学校12所。", "12所", None),
    # the present is the report's own time: the year it opens with, not an earlier year of the sentence
    (OPENING, "2018年出台规划,现全县共有学校85所。", "85所", 2020),
    (HEAD, "2018年出台规划,现全县共有学校85所。", "85所", None),
    # year words against the report's year (2021 in the title)
    (TITLE_YEAR, "本年新开公办幼儿园6所。", "6所", 2021),
    (TITLE_YEAR, "前年新开公办幼儿园6所。", "6所", 2019),
    (TITLE_YEAR, "當年新開公辦幼兒園6所。", "6所", 2021),
    (TITLE_YEAR, "当前年度新开公办幼儿园6所。", "6所", None),
    (TITLE_YEAR, "全年级学生1600人。", "1600人", None),
]


@pytest.mark.parametrize(
    ("head", "passage", "surface", "year"), EXAMPLES_REALWORLD_YEARS, ids=[p[1][:12] for p in EXAMPLES_REALWORLD_YEARS]
)
def test_realworld_year_families(head: str, passage: str, surface: str, year: int | None) -> None:
    found = [i for i in d.parse(head + passage).indicators if i.text == surface]
    assert found, f"{surface} not found"
    assert found[-1].year == year


# Subjects as real reports of the genre write them (issue 10's families, in sentences written for these tests):
# (head, passage, figure, subject, unit, year).
LISTED = "2021年全县幼儿园、普通小学、特殊教育学校生均公用经费情况为:\n"
EXAMPLES_REALWORLD_SUBJECTS = [
    # a numbered list of lines under a head line: each item is its label and the head's measure, in the head
    # line's year, per student where the measure is
    (HEAD, LISTED + "(1)全县幼儿园为1200.5元,比上年1100.2元增长9.12%。\n(2)全县普通小学为980.3元。",
     "980.3元", "普通小学生均公用经费", "yuan/student/year", 2021),
    (HEAD, LISTED + "(1)全县幼儿园为1200.5元。\n(2)全县普通小学为980.3元。\n(3)全县特殊教育学校为6000元。",
     "6000元", "特殊教育学校生均公用经费", "yuan/student/year", 2021),
    (HEAD, LISTED + "(1)全县幼儿园为1200.5元,比上年1100.2元增长9.12%。",
     "1100.2元", "幼儿园生均公用经费", "yuan/student/year", 2020),
    (HEAD, LISTED + "(1)全县幼儿园为1200.5元,比上年1100.2元增长9.12%。",
     "9.12%", "幼儿园生均公用经费增长", "percent", 2021),
    # a head that names its items before the measure: the label takes the measure, not the whole list
    (HEAD, "全县小学、初中生均公用经费逐年提高:小学650元、初中850元。", "850元", "初中生均公用经费",
     "yuan/student/year", None),
    # an aside in brackets that lists or explains is no break and no part of the subject
    (HEAD, "2021年全县教育经费(含事业费、基建经费、教育费附加)为5200万元,比上年增长3.1%。", "5200万元", "教育经费",
     "yuan", 2021),
    (HEAD, "2021年全县教育经费(主要包括事业费,基建经费等)为5200万元,比上年增长3.1%。", "3.1%", "教育经费增长",
     "percent", 2021),
    (HEAD, "全县公办学校(园)共24所。", "24所", "公办学校(园)", "所", None),
    # a figure standing inside the name of the next one: the next one is of the name around it
    (HEAD, "2021年全县教育支出占一般公共预算支出85000万元的比例为16.2%。", "16.2%", "教育支出占一般公共预算支出比例",
     "percent", 2021),
    (HEAD, "全县100人以下的小规模学校有12所。", "12所", "小规模学校", "所", None),
    # 其中 hangs its items from the clause just before it, wherever the window of words begins (a flattened
    # page: a run-in heading, a long title before)
    (HEAD, "对照《某市2020年度县级人民政府履行教育职责督导评价方案》,进行了认真的自查和总结,现将自评情况汇报如下: "
     "一、基本情况 全县现有各级各类学校85所,其中:完全中学2所,初中6所。", "6所", "各级各类初中", "所", None),
    (HEAD, "全区现有义务教育阶段学校398所,其中,完全小学334所;农村374所,城区24所。", "24所", "城区义务教育阶段学校",
     "所", None),
    (HEAD, "截至目前:全县共有各类学校XX所,其中:完小XX所、教学点XX个。", "XX个", "各类教学点", "个", None),
    # the things a figure paid for or counts, listed after it, are all its subject; a list of figures is not
    (HEAD, "同时,安排85.5万元用于校舍维修、设备添置。", "85.5万元", "安排用于校舍维修、设备添置", "yuan", None),
    (HEAD, "组织120名教师、80名家长参加活动。", "120名", "组织教师", "名", None),
    (HEAD, "新建x所小学、x所初中。", "x所", "新建小学", "所", None),
    # what was done of what a plan set, and the rate of it
    (HEAD, "2021年普惠性幼儿园覆盖率年度任务目标数是80%,实际已完成86.5%,完成率为108.1%。", "108.1%",
     "普惠性幼儿园覆盖率实际已完成完成率", "percent", 2021),
    # a score of the item its numbered line opens with; what a reporter learned is no list head
    (HEAD, "2.落实教育优先发展战略。全县教育支出逐年增长。自评得9.5分。", "9.5分", "落实教育优先发展战略自评得",
     "分", None),
    (HEAD, "记者从省教育厅获悉:全省有86个县实现基本均衡。", "86个", "县实现基本均衡", "个", None),
    # names listed before 等 and a figure: the figure counts the kind after it
    (HEAD, "扩建、改建了甲县第一中学、乙镇中学等4所中学。", "4所", "中学", "所", None),
    (HEAD, "区教育局、区财政局等9个部门组成工作组。", "9个", "部门组成工作组", "个", None),
    # a long stretch before a count: the object after 对, and what is counted (对应 marks no object)
    (HEAD, "2018年11月,省督导组对全市申报的12个县进行了实地督导。", "12个", "申报县进行了实地督导", "个", 2018),
    (HEAD, "所有区领导和督学均对应联系3所学校。", "3所", "所有区领导和督学均对应联系", "所", None),
    # how many of the figure before have done something (its measure word the same), not a new thing counted
    (HEAD, "全镇适龄儿童4516人,已入学4455人。", "4455人", "适龄儿童已入学", "人", None),
    (HEAD, "对13所小学进行了改扩建,其中12所已完工。", "12所", "对小学进行了改扩建已完工", "所", None),
    (HEAD, "新建运动场87个,已改造厕所128座。", "128座", "改造厕所", "座", None),
    # counts in brackets after the names of a list: each name and what the list's counts count
    (HEAD, "督导组分别对甲县(12所)、乙县(9所)义务教育学校进行了实地检查。", "12所", "甲县义务教育学校进行了实地检查",
     "所", None),
    (HEAD, "督导组分别对甲县(12所)、乙县(9所)义务教育学校进行了实地检查。", "9所", "乙县义务教育学校进行了实地检查",
     "所", None),
    # a goal for a later year of the measure just stated: no fragment across the clause's start (到…力争实现)
    (HEAD, "全县专用教室配置达标率2022年达到85%以上,到2025年力争实现100%。", "100%", "专用教室配置达标率",
     "percent", 2025),
    (HEAD, "到2025年,公办园在园幼儿占比达到55%。", "55%", "公办园在园幼儿占比", "percent", 2025),
    (HEAD, "全县大班额由2022年的24个降至2023年的9个。", "9个", "大班额", "个", 2023),
    # the measure stated before a list of levels: each level's figure carries it, not the bare level word
    (HEAD, "2021年全县巩固率分别达到小学99.8%、初中99.1%。", "99.1%", "初中巩固率", "percent", 2021),
    (HEAD, "2021年全县巩固率分别达到小学99.8%、初中99.1%。", "99.8%", "小学巩固率", "percent", 2021),
    (HEAD, "全县学生毛入学率情况如下:小学为100%;初中为99.5%;普通高中为95.2%。", "95.2%", "普通高中学生毛入学率",
     "percent", None),
    # a template's masked figure ends the words after the one before it, as a digit does; an aside is no
    # thing counted
    (HEAD, "普通高中生均支出为xxxxx.xx元,比上年的xxxx.x元增长xx.xx%。", "xxxx.x元", "普通高中生均支出",
     "yuan/student/year", None),
    (HEAD, "全县在校学生总数xxxxx人(其中学前xxxx人、小学xxxx人)。", "xxxxx人", "在校学生总数", "人", None),
    # a colon after an addressee (区教育局:) and a sentence without figures: no list head; an aside that closes
    # at once (省(区)) is part of what is counted
    (HEAD, "情况反馈区教育局: 根据评议领导小组的安排,评议组对教育系统进行了评议,分别在甲镇、乙镇和丙镇3个镇召开了"
     "座谈会。", "3个", "乙镇和丙镇镇召开了座谈会", "个", None),
    (HEAD, "全县在校学生总数xxxxx人(其中学前xxxx人、小学xxxx人)。", "xxxx人", "学前在校学生总数", "人", None),
    # not an item of a list: a line after a heading line without a colon
    (HEAD, "1.基本情况\n全县幼儿园为1200.5元。", "1200.5元", "幼儿园", "yuan", None),
]


@pytest.mark.parametrize(
    ("head", "passage", "surface", "subject", "unit", "year"),
    EXAMPLES_REALWORLD_SUBJECTS,
    ids=[f"{p[2]}@{p[1][:8]}" for p in EXAMPLES_REALWORLD_SUBJECTS],
)
def test_realworld_subject_families(
    head: str, passage: str, surface: str, subject: str, unit: str, year: int | None
) -> None:
    found = [i for i in d.parse(head + passage).indicators if i.text == surface]
    assert found, f"{surface} not found"
    assert (found[0].subject, found[0].unit, found[0].year) == (subject, unit, year)


# Pinyin a site writes after characters is noise (the cleaning stage marks it); the indicator stage reads the
# Document's text with its noise masked, so a word split by it reads whole. The noise is marked here as the
# cleaning stage would, on sentences written for this test.
PINYIN = regex.compile(r"(?<=\p{Han})\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]{1,12}\)")
EXAMPLES_PINYIN = [
    # (passage, figure, subject, year)
    ("全縣共有學(xué)校20所,其中小學(xué)12所。", "12所", "小學", None),  # (小學 takes 學校's place)
    ("據(jù)了解,2018年11月5日,督導(dǎo)組對全省12個縣進(jìn)行了實地檢查。督導組分3個小組開展工作。",
     "3個", "督導組分小組", 2018),  # (a count of groups after 分: not what they go on to do)
    ("全縣教育支出8.5億元,比上年增長(zhǎng)7.2%。", "7.2%", "教育支出增長", None),
]


@pytest.mark.parametrize(
    ("passage", "surface", "subject", "year"), EXAMPLES_PINYIN, ids=[p[1] for p in EXAMPLES_PINYIN]
)
def test_words_split_by_noise_read_whole(passage: str, surface: str, subject: str, year: int | None) -> None:
    from dutyreport.indicators.build import build_indicators
    from dutyreport.pipeline import document
    from dutyreport.quantities.scan import find_quantities

    text = HEAD + passage
    doc = document(text)
    pinyin = tuple(
        d.Noise(start=m.start(), end=m.end(), text=m.group(), kind=d.NoiseKind.CHROME, reason="pinyin")
        for m in PINYIN.finditer(text)
    )
    assert pinyin
    read = build_indicators(doc.with_noise(doc.noise + pinyin), find_quantities(text))
    found = [i for i in read if i.text == surface]
    assert found and (found[0].subject, found[0].year) == (subject, year)
    assert "(" not in (found[0].subject or "")


def test_a_wrap_inside_a_joined_figure_is_recorded_once() -> None:
    # a PDF line wrap between a number and its unit: one record, the joined figure's; a wrap elsewhere stays
    from dutyreport.indicators.build import with_joined

    text = "在校学生34884\n人，教\n师3120人"
    at = text.index("34884")

    def c(start: int, end: int, kind: d.CorruptionKind) -> d.Corruption:
        return d.Corruption(start=start, end=end, text=text[start:end], kind=kind)

    joined = c(at, at + 7, d.CorruptionKind.JOINED)
    inside = c(at + 4, at + 7, d.CorruptionKind.LINE_BREAK)
    elsewhere = c(text.index("教"), text.index("教") + 3, d.CorruptionKind.LINE_BREAK)
    assert with_joined([inside, elsewhere], [joined]) == (elsewhere, joined)


# A PDF's page wrapped inside sentences: where the cleaning stage records a wrap (a LINE_BREAK corruption), the
# wrap ends no clause, sentence or line; the line a text hangs from (…情况是:) gives its year, and 上年 is the
# year before the one the figure's context speaks of. The wraps are marked here as the cleaning stage would.
WRAPPED = (
    "2021年全县学校生均教育事业费支出情况是:\n"
    "普通小学生均支出为9800.50元,比上年的9500.20元\n"
    "增长3.16%;普通初中生均支出为12000.10元,比上年\n"
    "的11800.40元增长1.69%;普通高中生均支出为\n"
    "15000.30元,比上年的14200.60元增长5.63%。\n"
)
EXAMPLES_WRAPPED = [
    # (figure, subject, unit, year)
    ("9800.50元", "普通小学生均支出", "yuan/student/year", 2021),
    ("9500.20元", "普通小学生均支出", "yuan/student/year", 2020),
    ("3.16%", "普通小学生均支出增长", "percent", 2021),
    ("11800.40元", "普通初中生均支出", "yuan/student/year", 2020),
    ("15000.30元", "普通高中生均支出", "yuan/student/year", 2021),
    ("5.63%", "普通高中生均支出增长", "percent", 2021),
]


@pytest.mark.parametrize(("surface", "subject", "unit", "year"), EXAMPLES_WRAPPED, ids=[e[0] for e in EXAMPLES_WRAPPED])
def test_a_wrapped_page_reads_as_its_sentences(surface: str, subject: str, unit: str, year: int) -> None:
    from dutyreport.indicators.build import build_indicators
    from dutyreport.pipeline import document
    from dutyreport.quantities.scan import find_quantities

    text = HEAD + WRAPPED
    doc = document(text)
    first_line_end = text.index(":\n") + 1
    wraps = tuple(
        d.Corruption(start=i - 1, end=i + 2, text=text[i - 1 : i + 2], kind=d.CorruptionKind.LINE_BREAK)
        for i, c in enumerate(text)
        if c == "\n" and i > first_line_end and text[i - 1] != "。"
    )
    read = build_indicators(doc.with_corruptions(doc.corruptions + wraps), find_quantities(text))
    (found,) = [i for i in read if i.text == surface]
    assert (found.subject, found.unit, found.year) == (subject, unit, year)


# --- a run of figures each stating one attribute of the figure before (found by a review) ----------------------
# Each used to take the whole subject of the one before, its attribute included (学校占比占比占比): wrong subjects
# whose total length grew with the square of the run's.


@pytest.mark.parametrize(
    "text",
    [
        "全县学校20所，占比12.5%，占比13%，占比14%。",
        "适龄儿童4516人，已入学4455人，已入学4460人，已入学4470人。",
        "新建项目12个，总投资800万元，总投资650万元，总投资700万元。",
    ],
)
def test_a_run_of_attributes_of_the_figure_before_keeps_one_subject(text: str) -> None:
    subjects = [i.subject for i in d.parse(text).indicators]
    assert len(subjects) == 4 and subjects[1] and subjects[2] == subjects[1] and subjects[3] == subjects[1], subjects
    assert subjects[0] and subjects[1].startswith(subjects[0]) and subjects[1] != subjects[0], subjects


def test_an_attribute_of_an_attribute_is_still_read() -> None:
    # (the growth of a share is the share's: only the same attribute again is one more of a run)
    subjects = [i.subject for i in d.parse("全县学校20所，占比12.5%，增长2%，占比13%。").indicators]
    assert subjects == ["学校", "学校占比", "学校占比增长", "学校占比"]


def test_a_long_run_of_attributes_keeps_its_subjects_short() -> None:
    report = d.parse("全县学校20所" + "，占比12.5%" * 2000 + "。")
    assert len(report.indicators) == 2001
    assert max(len(i.subject or "") for i in report.indicators) == len("学校占比")


# A standard stated per unit for one level (小学每生1000元) and then, in the same list, for the next levels without
# the per-unit words again (初中1250元): each later amount is the same per-unit standard for its level (not an amount
# of money whose subject runs back over the first item). (sentence, the later figures, the per-unit figure's unit,
# words each later figure's subject holds)
EXAMPLES_BUGS_CAUGHT_PER_UNIT_BY_LEVEL = [
    ("2023年,全县义务教育学校公用经费标准为小学每生1000元,初中1250元。", ("1250元",), "yuan/student", "公用经费"),
    ("寄宿生生活补助标准提高到小学每生每天4元、初中5元。", ("5元",), "yuan/student", "生活补助"),
    ("全县落实免费教科书补助,小学每生90元,初中180元,普通高中400元。", ("180元", "400元"), "yuan/student", "教科书"),
    ("学校保安服务补助按小学每人2400元、初中2800元拨付。", ("2800元",), "yuan/person", "保安服务"),
]


@pytest.mark.parametrize(
    ("sentence", "later", "unit", "words"),
    EXAMPLES_BUGS_CAUGHT_PER_UNIT_BY_LEVEL,
    ids=[e[0][5:15] for e in EXAMPLES_BUGS_CAUGHT_PER_UNIT_BY_LEVEL],
)
def test_a_standard_listed_by_level_after_a_per_unit_figure_is_per_unit(
    sentence: str, later: tuple[str, ...], unit: str, words: str
) -> None:
    found = {i.text: i for i in indicators(sentence)}
    first = next(i for i in found.values() if i.unit == unit and i.text not in later)
    for surface in later:
        i = found[surface]
        level = sentence[sentence.index(surface) - 4 : sentence.index(surface)].lstrip("、,，")
        assert (i.unit, i.kind, i.key) == (unit, d.IndicatorKind.STANDARD, first.key), i
        assert i.subject is not None and words in i.subject and level[-2:] in i.subject, i.subject
        assert "每" not in i.subject and first.text not in i.subject, i.subject


# Where the words after the per-unit figure are more than a level (a new thing paid for), the amount is no
# per-unit one (a total, a scale word, another per-unit tail, far from the first amount's size), or the first
# figure stands for no level or on another line, the later amount stays money. (Round 10's second review: the
# first figure of each IS per unit, which the test checks, so each case reaches the rule; the earlier cases opened
# with 小学每生补助1000元, money, and could not fail.)
EXAMPLES_REVIEW10_NOT_PER_UNIT_BY_LEVEL = [
    # (more words than a level: a new thing paid for)
    ("2023年,补助标准为小学每生1000元,初中校舍维修投入1250元。", "1250元"),
    # (a total word links the level to its amount)
    ("2023年,补助标准为小学每生1000元,初中合计1250元。", "1250元"),
    ("2023年,补助标准为小学每生1000元,初中累计1250元。", "1250元"),
    ("2023年,补助标准为小学每生1000元,初中共计1250元。", "1250元"),
    # (a scale word: an amount stated in 万元 is no standard per student)
    ("2023年,资助标准为小学每生1000元；初中0.12万元。", "0.12万元"),
    # (far from the first amount's size: a total)
    ("2023年,资助标准为小学每生1000元、初中850元、高中300000元。", "300000元"),
    # (another per-unit tail: per school, not per student)
    ("2023年,公用经费标准为小学每生1000元,初中1250元/校。", "1250元"),
    # (the first figure stands for no level)
    ("2023年,按照每生1000元标准补助,初中1250元。", "1250元"),
    ("2023年,奖励乡村教师每人1000元,初中1250元。", "1250元"),
    # (the first figure on the line before)
    ("2023年,补助标准为小学每生1000元;\n初中1250元。", "1250元"),
]


@pytest.mark.parametrize(
    ("sentence", "surface"),
    EXAMPLES_REVIEW10_NOT_PER_UNIT_BY_LEVEL,
    ids=[e[0][5:25] for e in EXAMPLES_REVIEW10_NOT_PER_UNIT_BY_LEVEL],
)
def test_an_amount_after_a_per_unit_figure_that_is_no_levels_standard_stays_money(sentence: str, surface: str) -> None:
    found = indicators(sentence)
    first = next(i for i in found if i.text.endswith(("每生1000元", "每人1000元")))
    assert isinstance(first.quantity, d.PerUnit), first
    i = next(i for i in found if i.text == surface)
    assert i.unit == "yuan" and type(i.quantity) is d.Money, i


def test_per_unit_by_level_reads_only_after_a_per_unit_figure() -> None:
    # (the stage asks it only after one; a figure of money before is no standard to carry)
    from dutyreport.indicators.places import Figure
    from dutyreport.indicators.units import per_unit_by_level

    text = "标准为小学1000元,初中1250元"
    prev = Figure(5, 10, d.Money(value=Decimal(1000), text="1000元"), "小学", None, d.IndicatorKind.STANDARD)
    later = d.Money(value=Decimal(1250), text="1250元")
    assert per_unit_by_level(text, later, prev, 0, 13) is later
