"""Years and kinds of figures that real reports' gold reads otherwise than the reader did on texts it had not seen:
a deadline already passed when the report was written states where things stood, not a goal; a county's divisions,
land and population are of no year but their own sentence's; a number of years after 近 is a length of time.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

import dutyreport as d
from dutyreport.lang.entry import Entry
from dutyreport.lang.figures import FUTURE_WORDS, WHOLE_AMOUNT_WORDS

# a report on 2021 and the first half of 2022: its last year is 2022
HEAD = "清河区2021年—2022年上半年履行教育职责自评报告\n一、主要工作\n"


def figure(body: str, text: str, head: str = HEAD) -> d.Indicator:
    (found,) = [i for i in d.parse(head + body).indicators if i.text == text]
    return found


# (origin, sentence, figure, kind): a deadline before the report's last year is what stood then
EXAMPLES_REVIEW15_PASSED_DEADLINES = [
    ("passed_year_end", "到2021年底,全区建成校内劳动实践基地64个。", "64个", d.IndicatorKind.STOCK),
    ("passed_due_before", "2021年底前完成校舍排查,排查学校35所。", "35所", d.IndicatorKind.STOCK),
    ("later_goal", "到2025年,学前三年毛入园率达到95%。", "95%", d.IndicatorKind.TARGET),
]

# a report on the whole of 2022: the end of its year is where things stand as it is written …
FULL_YEAR = "清河区2022年教育工作总结\n一、主要工作\n"
EXAMPLES_REVIEW15_YEAR_END = [
    ("last_year_end", "到2022年底,全区建成校内劳动实践基地80个。", d.IndicatorKind.STOCK),
    # … unless the work is due before it (年底前, 12月底前), or a word before the figure says it is to come
    ("last_year_due_before", "2022年底前全区建成校内劳动实践基地80个。", d.IndicatorKind.TARGET),
    ("last_month_due_before", "确保2022年12月底前,新建幼儿园3所。", d.IndicatorKind.TARGET),
    ("last_year_goal_word", "到2022年底,力争建成校内劳动实践基地80个。", d.IndicatorKind.TARGET),
    ("last_year_strives_until", "争取到2022年底建成智慧教室120间。", d.IndicatorKind.TARGET),
]


@pytest.mark.parametrize(
    ("origin", "body", "kind"), EXAMPLES_REVIEW15_YEAR_END, ids=[e[0] for e in EXAMPLES_REVIEW15_YEAR_END]
)
def test_the_end_of_the_reports_year(origin: str, body: str, kind: d.IndicatorKind) -> None:
    (i,) = d.parse(FULL_YEAR + body).indicators
    assert i.kind is kind


@pytest.mark.parametrize("entry", FUTURE_WORDS, ids=[e.word for e in FUTURE_WORDS])
def test_future_words(entry: Entry[str]) -> None:
    # a word of what is still to come keeps a deadline the report's time has reached a goal; without it, what stood
    (i,) = d.parse(FULL_YEAR + entry.example + "。").indicators
    assert i.kind is d.IndicatorKind.TARGET
    (i,) = d.parse(FULL_YEAR + entry.example.replace(entry.word, "已") + "。").indicators
    assert i.kind is d.IndicatorKind.STOCK


@pytest.mark.parametrize(
    ("origin", "body", "text", "kind"),
    EXAMPLES_REVIEW15_PASSED_DEADLINES,
    ids=[e[0] for e in EXAMPLES_REVIEW15_PASSED_DEADLINES],
)
def test_a_passed_deadline_states_what_stood(origin: str, body: str, text: str, kind: d.IndicatorKind) -> None:
    assert figure(body, text).kind is kind


def test_a_deadline_with_no_report_year_stays_a_goal() -> None:
    # (no period: nothing says the deadline has passed)
    i = figure("到2021年底,全区建成校内劳动实践基地64个。", "64个", head="清河区教育工作报告\n一、主要工作\n")
    assert i.kind is d.IndicatorKind.TARGET


def test_a_countys_standing_facts_are_of_no_year() -> None:
    head = "清河县教育工作自查报告\n2022年,全县教育工作取得新成效。\n一、基本情况\n"
    body = (
        "清河县辖9镇、3个街道、186个行政村,总面积980平方公里,户籍人口41万人,适龄人口3.2万人。全年出生人口3100人。"
        "全县共有学校61所。"
    )
    found = {i.text: i.year for i in d.parse(head + body).indicators}
    assert found == {
        "9镇": None,
        "3个": None,
        "186个": None,
        "980平方公里": None,
        "41万人": None,
        "3.2万人": 2022,  # children of school age: counted for the year
        "3100人": 2022,  # a flow of people, the year's
        "61所": 2022,
    }


# (origin, text): a bare whole number among words of its line, with no measure, is no figure (no gold of ours or
# of the real reports holds one): a page's or a list's number, a file's size line, a code
EXAMPLES_REVIEW15_BARE_NUMBERS = [
    ("file_page_line", "2023-05-02 999+ 41.3KB 12 页 收藏\n全县有学校20所。"),
    ("site_coins", "下载需要 5 金币\n全县有学校20所。"),
    ("list_number_glued", "二、工作成效2 .改善办学条件,全县有学校20所。"),
    ("record_number", "网站备案号 某ICP备20231234号-1\n全县有学校20所。"),
    ("indicator_code", "指标A4-B17-C32 教育经费\n全县有学校20所。"),
    ("year_without_its_mark", "一、2022主要工作亮点\n全县有学校20所。"),
]


@pytest.mark.parametrize(
    ("origin", "body"), EXAMPLES_REVIEW15_BARE_NUMBERS, ids=[e[0] for e in EXAMPLES_REVIEW15_BARE_NUMBERS]
)
def test_a_bare_number_among_words_is_no_figure(origin: str, body: str) -> None:
    assert [i.text for i in d.parse(HEAD + body).indicators] == ["20所"]


def test_bare_numbers_that_stay_figures() -> None:
    body = (
        "指标 2021年 2022年 增减\n学校数 30 32 2\n"  # a row of a table
        "生均经费分别为650元、850。学校分别为12、15所。"  # a list whose unit another item states
        "补助标准\n400—800\n"  # a range in a cell
        "覆盖学校\n217\n"  # a cell written alone on its line
        "均衡系数为0.305。"  # a coefficient, which has no unit
        "达标学校共计36。"  # a number a word asks for, its measure lost
        "验收学校9\n全部投用。"  # a number ending its line after a word: its measure may have wrapped away
    )
    found = [i.text for i in d.parse(HEAD + body).indicators]
    assert found == ["30", "32", "2", "650元", "850", "12", "15所", "400", "800", "217", "0.305", "36", "9"]


@pytest.mark.parametrize("entry", WHOLE_AMOUNT_WORDS, ids=[e.word for e in WHOLE_AMOUNT_WORDS])
def test_whole_amount_words(entry: Entry[str]) -> None:
    # an amount named a whole after an amount per person is the whole paid; without the word, another per head
    *_, whole = d.parse(HEAD + entry.example + "。").indicators
    assert (whole.unit, whole.kind) == ("yuan", d.IndicatorKind.STOCK)
    *_, other = d.parse(HEAD + entry.example.replace(entry.word, "标准为") + "。").indicators
    assert other.unit == "yuan/person"


def test_a_date_since_when_leaves_no_frame_in_the_subject() -> None:
    # (从…以来 around a year: the subject reads on without the year and without its frame)
    (i,) = d.parse(HEAD + "学前三年毛入园率从2016年以来提高了9.8个百分点。").indicators
    assert i.subject == "学前三年毛入园率提高"


# (origin, sentence, the figures read): bare numbers a reader takes for figures whose measure is left unsaid
# (a review of the rule found each of these dropped)
EXAMPLES_REVIEW15_BARE_FIGURES = [
    ("after_a_measured_figure", "新增学位3200个，其中幼儿园1200，小学2000。", ["3200个", "1200", "2000"]),
    ("after_a_change_verb", "全县教师总数为3560人，比上年增加120。", ["3560人", "120"]),
    ("after_a_label_and_colon", "学校数：45，学生数：12000。", ["45", "12000"]),
    ("labelled_values", "其中：公办园12，民办园8。", ["12", "8"]),
    ("parts_in_brackets", "各类学校共计45所（公办38，民办7）。", ["45所", "38", "7"]),
]


@pytest.mark.parametrize(
    ("origin", "body", "found"), EXAMPLES_REVIEW15_BARE_FIGURES, ids=[e[0] for e in EXAMPLES_REVIEW15_BARE_FIGURES]
)
def test_bare_numbers_a_reader_takes_for_figures(origin: str, body: str, found: list[str]) -> None:
    assert [i.text for i in d.parse(HEAD + body).indicators] == found


@pytest.mark.parametrize("aside", ["(25所民办)", "(民办25所)", "(含8所校区)"])
def test_a_figure_in_an_aside_lends_no_noun_to_the_list_after_it(aside: str) -> None:
    body = f"全县共有学校164所,其中幼儿园60所{aside},小学80所,初中20所。"
    found = {i.text: i.subject for i in d.parse(HEAD + body).indicators}
    assert (found["80所"], found["20所"]) == ("小学", "初中")
