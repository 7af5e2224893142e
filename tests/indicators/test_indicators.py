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
    assert indicators._year_scope_start(text, sentences, sentence_start, start) == scope


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
    from dutyreport.indicators.build import _SHARED_POINTS, _SharedUnits

    shared = _SharedUnits(text)
    positions = data.draw(st.lists(st.integers(0, len(text)), max_size=12))
    for pos in positions:  # in any order: each answer may come from a list walked before
        full = _SHARED_POINTS.match(text, pos)
        assert shared.after(pos) == (full.group("unit") if full else None), (text, pos)


@pytest.mark.parametrize("n", [1000, 8000])
def test_a_list_is_walked_once_whatever_its_length(n: int) -> None:
    from dutyreport.indicators.build import _SharedUnits

    text = "、1" * n + "%"
    shared = _SharedUnits(text)
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
