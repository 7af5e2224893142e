"""Years of figures that no year near them dates (round 11): what the report as a whole says of its time.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

import dutyreport as d
from dutyreport.lang.entry import Entry
from dutyreport.lang.figure_years import CONTEXT_YEAR_WORDS, YEAR_WORDS


def years_of(text: str) -> dict[str, int | None]:
    return {i.text: i.year for i in d.parse(text).indicators}


# A news item dated on a day (its page line: a date and a source) that speaks of that day (截至目前, 近日, a date
# with no year) and reports on that year: a figure no nearer year dates is of the day it is dated.
EXAMPLES_ROUND11_DATED_NEWS = [
    # (text, figure, year)
    (
        "全省启动县级政府履行教育职责实地督导\n时间: 2024-05-21 09:30 来源: 省教育厅\n\n"
        "6月3日至7日，省政府教育督导委员会抽调42名同志组成督导组，分4组对全省12个县开展实地督导。"
        "督导组查看学校约30所。2023年全省教育支出增长6.1%。\n",
        "42名",
        2024,
    ),
    (
        "全省八成县义务教育实现优质均衡\n2024-02-26 10:05 来源: 教育报\n\n"
        "记者从省教育厅获悉：截至目前，全省有85个县实现义务教育优质均衡，占全省县数的82%。"
        "2023年，全省新增认定县21个。\n",
        "85个",
        2024,
    ),
    (
        "全省八成县义务教育实现优质均衡\n2024-02-26 10:05 来源: 教育报\n\n"
        "记者从省教育厅获悉：截至目前，全省有85个县实现义务教育优质均衡，占全省县数的82%。"
        "2023年，全省新增认定县21个。\n",
        "82%",
        2024,
    ),
    # a report on one year, its page dated in that year: its time and the year it reports on are one
    (
        "某县教育局关于2023年民生实事完成情况的自查报告\n发布时间：2023-12-18 来源：县教育局\n\n"
        "一、公办幼儿园建设\n全县新建公办幼儿园3所，投入资金860万元。\n",
        "860万元",
        2023,
    ),
]

# What stays of no year: a dated page of a report on an earlier year (a 2023 self-assessment put up in 2024), of a
# school year, a dated page that never speaks of its day and reports on an earlier year, a report with no dated page
# line.
EXAMPLES_ROUND11_NOT_DATED = [
    (
        "某县2023年度履行教育职责自查报告\n发布时间：2024-03-12 来源：县教育局\n\n"
        "一、基本情况\n全县共有学校86所，在校学生3.2万人。\n二、履职情况\n2023年全县教育支出9.6亿元。\n",
        "86所",
    ),
    (
        "某区2022—2023学年履行教育职责情况的自评报告\n时间：2023-10-12 来源：区教育局\n\n"
        "一、基本情况\n全区共有学校86所，在校学生3.2万人。\n",
        "86所",
    ),
    (
        "全省义务教育均衡发展综述\n2024-02-26 10:05 来源: 教育报\n\n"
        "全省有85个县实现义务教育优质均衡。2023年，全省新增认定县21个。\n",
        "85个",
    ),
    (
        "全省启动县级政府履行教育职责实地督导\n\n"
        "6月3日至7日，省政府教育督导委员会抽调42名同志组成督导组。2024年全省教育支出增长6.1%。\n",
        "42名",
    ),
]


# A span of recent years (近五年) after a present word (目前) in a figure's sentence: the span is nearer, the figures
# after it have no single year (a 其中 sentence goes on from the one before it).
EXAMPLES_ROUND11_SPAN_AFTER_PRESENT = [
    (
        "全省义务教育学校面貌明显改善\n2024-02-26 10:05 来源: 教育报\n\n"
        "截至目前，全省有85个县实现义务教育优质均衡。目前，农村学校办学条件明显改善。"
        "其中，全省近五年累计新建校舍120万平方米，新增图书900万册、计算机8.6万台。\n",
        figure,
    )
    for figure in ("900万册", "8.6万台")
]


# A year after the present word that is another clause's own (于2023年完成交流) or a clause's with no figure leaves
# the figure of the report's own time.
EXAMPLES_ROUND11_PRESENT_KEPT = [
    (
        "全省教师交流轮岗稳步推进\n2024-02-26 10:05 来源: 教育报\n\n"
        "截至目前，已有25名教师于2023年完成交流，仍有40名教师在交流过程中。\n",
        "40名",
    ),
    (
        "全省职业学校办学条件改善\n2024-02-26 10:05 来源: 教育报\n\n"
        "截至目前，全省新建实训基地8个；新校区已在2023年秋季投入使用，学校投资1200万元扩建宿舍。\n",
        "1200万元",
    ),
]


@pytest.mark.parametrize(("text", "figure"), EXAMPLES_ROUND11_PRESENT_KEPT)
def test_a_year_of_another_clause_after_a_present_word_leaves_the_present(text: str, figure: str) -> None:
    years = years_of(text)
    assert years[figure] == 2024, years


@pytest.mark.parametrize(("text", "figure", "year"), EXAMPLES_ROUND11_DATED_NEWS)
def test_a_dated_news_item_dates_its_undated_figures_by_its_day(text: str, figure: str, year: int) -> None:
    years = years_of(text)
    assert years[figure] == year, years


@pytest.mark.parametrize(("text", "figure"), EXAMPLES_ROUND11_NOT_DATED)
def test_a_page_date_alone_dates_no_figure(text: str, figure: str) -> None:
    years = years_of(text)
    assert figure in years and years[figure] is None, years


@pytest.mark.parametrize(("text", "figure"), EXAMPLES_ROUND11_SPAN_AFTER_PRESENT)
def test_a_span_of_years_after_a_present_word_is_nearer(text: str, figure: str) -> None:
    years = years_of(text)
    assert figure in years and years[figure] is None and years["85个"] == 2024, years


def test_a_nearer_year_still_wins_in_a_dated_news_item() -> None:
    text = EXAMPLES_ROUND11_DATED_NEWS[1][0]
    assert years_of(text)["21个"] == 2023


# 当年 (that year) and 全年 (the whole year) speak of the year their context names, not of the report's: the report's
# year only where no nearer year is named.
EXAMPLES_ROUND11_CONTEXT_YEAR_WORDS = [
    # (text, figure, year)
    (
        "某区2023年度履行教育职责自评报告\n一、基本情况\n"
        "2022年起区财政设立教师绩效奖励专项，当年全区义务教育教师年平均工资11.46万元。\n",
        "11.46万元",
        2022,
    ),
    (
        "某县2023年度履行教育职责督导反馈问题整改报告\n一、整改落实情况\n"
        "整改成效：2024年全县一般公共预算教育支出5.82亿元，比上年增长4.9%；全年拨付寄宿生生活补助资金312万元，"
        "惠及寄宿生6,850人。\n",
        "312万元",
        2024,
    ),
    (
        "某县2023年度履行教育职责督导反馈问题整改报告\n一、整改落实情况\n"
        "整改成效：2024年全县一般公共预算教育支出5.82亿元，比上年增长4.9%；全年拨付寄宿生生活补助资金312万元，"
        "惠及寄宿生6,850人。\n",
        "6,850人",
        2024,
    ),
    (
        "某县2023年度履行教育职责自查报告\n一、基本情况\n全年新建公办幼儿园4所，新增学位1,080个。\n",
        "4所",
        2023,
    ),
    (
        "某县2023年度履行教育职责自查报告\n一、基本情况\n当年新建公办幼儿园4所，新增学位1,080个。\n",
        "1,080个",
        2023,
    ),
    # a paragraph's year is no context of the whole year: a day (2024年1月) or a span (2019—2023年) opens it
    (
        "某县2023年度履行教育职责自查报告\n一、基本情况\n"
        "2024年1月，县委常委会专题研究教育工作。县级领导全年到联系学校调研52次。\n",
        "52次",
        2023,
    ),
    (
        "某县2023年度履行教育职责自查报告\n一、2023年主要工作\n"
        "2019—2023年，全县教育支出逐年增长。全年争取上级转移支付资金3.6亿元。\n",
        "3.6亿元",
        2023,
    ),
]


@pytest.mark.parametrize(("text", "figure", "year"), EXAMPLES_ROUND11_CONTEXT_YEAR_WORDS)
def test_that_year_and_the_whole_year_are_the_contexts(text: str, figure: str, year: int) -> None:
    years = years_of(text)
    assert years[figure] == year, years


@pytest.mark.parametrize("entry", CONTEXT_YEAR_WORDS, ids=[e.word for e in CONTEXT_YEAR_WORDS])
def test_context_year_word_examples(entry: Entry[str]) -> None:
    # a year word (YEAR_WORDS) that speaks of the year its sentence names (2019), in a report of another (2021)
    assert entry.word in {e.word for e in YEAR_WORDS} and entry.word in entry.example
    found = d.parse("某县2021年度履行教育职责自查报告\n一、基本情况\n" + entry.example + "。\n").indicators
    assert found[-1].year == 2019, [(i.text, i.year) for i in found]


# A section heading naming a span of years (2023—2025年, 2021年至2023年) names no one year for its figures: the
# span's last year is no section year.
EXAMPLES_ROUND11_SPAN_HEADINGS = [
    "某区教育工作情况报告\n一、落实《教育高质量发展三年行动方案（2023—2025年）》\n全区新建学校6所。\n",
    "某区教育工作情况报告\n一、2021年至2023年工作回顾\n全区新建学校6所。\n",
    "某区教育工作情况报告\n一、2021—2023年工作回顾\n全区新建学校6所。\n",
]


@pytest.mark.parametrize("text", EXAMPLES_ROUND11_SPAN_HEADINGS)
def test_a_span_in_a_heading_gives_its_section_no_year(text: str) -> None:
    assert years_of(text) == {"6所": None}


# A list of compared values after the year they are of (由2021年的45.6人、47.9人下降到…): every item is of that year,
# not only the first.
EXAMPLES_ROUND11_BASE_LISTS = [
    # (text, figure, year)
    ("小学、初中平均班额分别由2021年的45.6人、47.9人下降到2023年的42.3人、44.8人。", "47.9人", 2021),
    ("小学、初中平均班额分别由2021年的45.6人、47.9人下降到2023年的42.3人、44.8人。", "44.8人", 2023),
    ("全县公办园、普惠园占比分别从2020年的41.2%、78.5%提高到2023年的52.6%、90.1%。", "78.5%", 2020),
    (
        "三类学校生均用房分别由2021年的6.8平方米、7.2平方米、9.1平方米增加到7.4平方米、7.9平方米、9.6平方米。",
        "9.1平方米",
        2021,
    ),
]


@pytest.mark.parametrize(("sentence", "figure", "year"), EXAMPLES_ROUND11_BASE_LISTS)
def test_a_list_of_compared_values_is_of_their_year(sentence: str, figure: str, year: int) -> None:
    years = years_of("某县2023年度履行教育职责自查报告\n一、基本情况\n" + sentence + "\n")
    assert years[figure] == year, years


# The value a change starts from, right after 由 as after 从 (由48.6%提升至53.1%), is of no year the sentence names
# (that is the year of the value it reaches); 由 naming who does a thing (由12人组成) is no change.
EXAMPLES_ROUND11_FROM_VALUES = [
    # (sentence, figure, year)
    ("2023年，全县公办园在园幼儿占比由48.6%提升至53.1%。", "48.6%", None),
    ("2023年，全县公办园在园幼儿占比由48.6%提升至53.1%。", "53.1%", 2023),
    ("2023年，全县小规模学校由41所减少到35所。", "41所", None),
    ("2023年，县督导组由12人组成，检查学校30所。", "12人", 2023),
]


@pytest.mark.parametrize(("sentence", "figure", "year"), EXAMPLES_ROUND11_FROM_VALUES)
def test_the_value_a_change_starts_from_has_no_year(sentence: str, figure: str, year: int | None) -> None:
    years = years_of("某县2023年度履行教育职责自查报告\n一、基本情况\n" + sentence + "\n")
    assert figure in years and years[figure] == year, years


# A review: a rate's own 每月/每年 (每人每月300元至800元, 每生每年720元) is its unit, not a frequency that leaves a
# standard of no single year (as 每年核编一次 in the words around a figure does).
EXAMPLES_ROUND11_RATE_YEARS = [
    ("一、基本情况\n2023年，乡村教师生活补助按每人每月300元至800元的标准发放。", "每人每月300元至800元", 2023),
    ("一、基本情况\n2023年，小学生均公用经费标准为每生每年720元。", "每生每年720元", 2023),
]


@pytest.mark.parametrize(
    ("text", "figure", "year"), EXAMPLES_ROUND11_RATE_YEARS, ids=[c[1] for c in EXAMPLES_ROUND11_RATE_YEARS]
)
def test_a_rates_own_period_is_no_frequency(text: str, figure: str, year: int | None) -> None:
    found = {i.text: i for i in d.parse(text).indicators}
    assert found[figure].year == year, found
