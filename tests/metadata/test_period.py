"""read_metadata's kind and period: the cues of each kind, the years of the title, the opening and the
body, the years that are no fact (plans, targets, 《》, school years), and the year scans.

Synthetic texts are written for these tests in the genre; the real reports are only read from
../shared/corpus at test time.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CORPUS, layers, realworld_files
from dutyreport.lang.dates import CENTURIES, CENTURY_DIGITS, YEAR
from dutyreport.lang.entry import Entry
from dutyreport.lang.metadata import (
    DEADLINE_SUFFIXES,
    FACT_CUES,
    KIND_CUES,
    PERIOD_EXCLUSIONS,
    REVIEWED_DUTIES,
    REVIEWED_YEAR_MARKERS,
    SELF_REVIEW_WORDS,
    KindCue,
    YearContext,
)
from dutyreport.metadata import read_metadata
from dutyreport.metadata._common import Books
from dutyreport.metadata.period import _excluded_zones, _fact_years, _year_places
from dutyreport.model.report import ReportKind
from dutyreport.spans import SpanSet

BODY = "一、基本情况\n全区共有学校20所。\n二、存在问题\n经费不足。\n"


# -- kind -------------------------------------------------------------------------------------

KINDS = [
    ("self_title", "某区履行教育职责自查报告\n" + BODY, ReportKind.SELF_ASSESSMENT),
    ("rectification_title", "2019年度某区履行教育职责反馈问题整改报告\n" + BODY, ReportKind.RECTIFICATION),
    (
        "work_report_plain",
        "2020年教育工作报告\n一、主要工作\n教育发展良好。\n",
        ReportKind.WORK_REPORT,
    ),
    (
        "body_self_cue_beats_work_report",
        "领导班子成员履行教育职责工作报告\n对照评价细则,各部门开展了认真的自查,现将自评情况报告如下:\n" + BODY,
        ReportKind.SELF_ASSESSMENT,
    ),
    ("inspection_title", "关于某县人民政府履行教育职责的督导反馈意见\n" + BODY, ReportKind.INSPECTION),
    ("duty_report_title", "关于某县履行教育职责情况的报告\n" + BODY, ReportKind.SELF_ASSESSMENT),
    ("other", "关于做好秋季开学工作的通知\n各学校:\n", ReportKind.OTHER),
    (
        "work_report_to_congress",
        "关于2022年度全县教育工作情况的报告\n——在县第十八届人大常委会第八次会议上\n主任、各位副主任、各位委员：\n"
        "现将全县教育工作情况报告如下，请予审议。\n一、主要工作\n教育发展良好。\n",
        ReportKind.WORK_REPORT,
    ),
    (
        "congress_venue_alone",
        "教育工作情况\n受区政府委托，向区人大常委会报告如下：\n一、主要工作\n教育发展良好。\n",
        ReportKind.WORK_REPORT,
    ),
    (
        "special_work_report",
        "关于学前教育发展情况的专项工作报告\n一、主要工作\n教育发展良好。\n",
        ReportKind.WORK_REPORT,
    ),
    (
        "duty_report_to_congress_stays_self",
        "关于某县履行教育职责情况的报告\n——在县人大常委会第五次会议上\n主任、各位副主任、各位委员：\n" + BODY,
        ReportKind.SELF_ASSESSMENT,
    ),
    (
        "duty_work_situation_to_congress_stays_self",
        "关于某县履行教育职责工作情况的报告\n在县人民代表大会常务委员会会议上\n各位委员：\n" + BODY,
        ReportKind.SELF_ASSESSMENT,
    ),
    (
        "rectification_to_congress_stays_rectification",
        "关于2022年度教育督导问题整改工作情况的报告\n在区人民代表大会常务委员会第七次会议上\n各位委员：\n"
        "请予审议。\n" + BODY,
        ReportKind.RECTIFICATION,
    ),
    (
        "education_work_and_duty_to_congress",
        "云溪县2023年教育工作暨履行教育职责情况报告\n县人大常委会：\n受县人民政府委托，现将全县教育工作情况报告如下，"
        "请予审议。\n" + BODY,
        ReportKind.WORK_REPORT,
    ),
    (
        "education_work_and_duty_not_to_congress",
        "云溪县2023年教育工作暨履行教育职责情况报告\n市人民政府教育督导室：\n" + BODY,
        ReportKind.SELF_ASSESSMENT,
    ),
    (
        "duty_self_check_to_congress_stays_self",
        "云溪县2023年度履行教育职责工作自查报告\n县人大常委会：\n现将自查情况报告如下，请予审议。\n" + BODY,
        ReportKind.SELF_ASSESSMENT,
    ),
    (
        "leaders_education_work_duty",
        "党政主要负责同志履行教育工作职责情况报告\n在县人大常委会第九次会议上\n" + BODY,
        ReportKind.SELF_ASSESSMENT,
    ),
    (
        "inspection_word_in_congress_report",
        "关于全市教育工作情况的报告\n在市人大常委会第三次会议上\n一、主要工作\n省督导组反馈的问题已解决。\n",
        ReportKind.WORK_REPORT,
    ),
]


@pytest.mark.parametrize(("text", "kind"), [(t, k) for _, t, k in KINDS], ids=[i for i, *_ in KINDS])
def test_kind(text: str, kind: ReportKind) -> None:
    assert read_metadata(layers(text)).kind is kind


@pytest.mark.parametrize("entry", KIND_CUES, ids=[f"{e.value.where}:{e.word}" for e in KIND_CUES])
def test_kind_cue_examples(entry: Entry[KindCue]) -> None:
    text = f"{entry.example}\n" if entry.value.where == "title" else f"材料\n{entry.example}\n"
    assert read_metadata(layers(text)).kind is entry.value.kind


# Kinds of pages of the genre read in quality round 7 (our own wording).
EXAMPLES_UNSEEN_REPORTS = [
    ("scheme_asking_for_self_checks", "某县学前教育普及督导评估工作方案\n一、工作安排\n3月底前各幼儿园完成自查自评。\n",
     ReportKind.OTHER),
    ("rectification_scheme", "某区履行教育职责评价反馈问题整改方案\n一、整改任务\n按期完成整改。\n",
     ReportKind.RECTIFICATION),
]


@pytest.mark.parametrize(("text", "kind"), [c[1:] for c in EXAMPLES_UNSEEN_REPORTS],
                         ids=[c[0] for c in EXAMPLES_UNSEEN_REPORTS])
def test_kind_of_unseen_reports(text: str, kind: ReportKind) -> None:
    assert read_metadata(layers(text)).kind is kind


# -- period -----------------------------------------------------------------------------------

PERIODS = [
    ("title_range", "2019年-2020年上半年某区履行教育职责自评报告\n" + BODY, (2019, 2020)),
    ("title_year", "2019年度某区履行教育职责反馈问题整改报告\n2020年以来,我区整改到位。\n" + BODY, (2019,)),
    ("opening_year", "履行教育职责工作报告\n    2020年,县全面落实教育职责。\n" + BODY, (2020,)),
    (
        "notice_year_plus_next_fact_year",
        "某区履行教育职责自查报告\n按照《关于开展评价的通知》(某教督〔2020〕1号)要求,现汇报如下:\n"
        "一、工作成效\n2020年教育支出增长5%。2021年新增学位900个。确定2022年公办园占比达50%的工作目标。\n"
        "二、下一步打算\n2023年建成新校。\n",
        (2020, 2021),
    ),
    (
        "most_frequent_fact_year",
        "某区履行教育职责自查报告\n按照通知要求,现将情况报告如下:\n一、基本情况\n2018年,全区教育发展良好。"
        "2018年新建学校2所,2017年为1所。2018年招聘教师50人。\n二、下步打算\n2019年,我们将继续努力。"
        "2019年建成学校。2019年完成改造。\n",
        (2018,),
    ),
    (
        "targets_and_titles_are_not_facts",
        "某区履行教育职责自查报告\n一、成效\n2019年投入增长。实施《2021年行动计划》。到2025年达到95%。"
        "编制规划(2020-2035)。2021-2022学年在校生增加。\n",
        (2019,),
    ),
    ("no_year", "某区履行教育职责自查报告\n" + BODY, ()),
]


@pytest.mark.parametrize(("text", "period"), [(t, p) for _, t, p in PERIODS], ids=[i for i, *_ in PERIODS])
def test_period(text: str, period: tuple[int, ...]) -> None:
    assert read_metadata(layers(text)).period == period


# Fixture set 5 (our own texts): a page that writes its years in full-width digits (２０２３年) has the period and
# the opening year it would have in ASCII digits; the text and its offsets stay as written.
EXAMPLES_FIXTURES5_FULL_WIDTH = [
    ("title_year", "清河县２０２３年教育工作报告\n一、基本情况\n全县有学校12所。\n", (2023,), None),
    ("title_range", "２０２１年—２０２２年某区履行教育职责自评报告\n" + BODY, (2021, 2022), None),
    ("opening_year", "履行教育职责工作报告\n    ２０２０年，县全面落实教育职责。\n" + BODY, (2020,), 2020),
    ("fact_year", "某区履行教育职责自查报告\n一、成效\n２０１９年投入增长。２０１９年新建学校2所。\n", (2019,), None),
]


@pytest.mark.parametrize(("text", "period", "opening"), [c[1:] for c in EXAMPLES_FIXTURES5_FULL_WIDTH],
                         ids=[c[0] for c in EXAMPLES_FIXTURES5_FULL_WIDTH])
def test_full_width_years_read_as_ascii_ones(text: str, period: tuple[int, ...], opening: int | None) -> None:
    md = read_metadata(layers(text))
    assert (md.period, md.years.opening) == (period, opening)
    ascii_text = text.translate({0xFF10 + i: str(i) for i in range(10)})
    assert read_metadata(layers(ascii_text)).period == period



def _facts(example: str) -> dict[int, int]:
    text = f"一、成效\n{example}。\n"
    zones = SpanSet(_excluded_zones(Books(text), ()))
    return dict(_fact_years(text, 0, len(text), SpanSet((), len(text)), zones, _year_places(text)))


@pytest.mark.parametrize("entry", PERIOD_EXCLUSIONS, ids=[e.word for e in PERIOD_EXCLUSIONS])
def test_period_exclusion_examples(entry: Entry[YearContext]) -> None:
    # the word makes the year no fact; another word in its place leaves one
    assert _facts(entry.example) == {}
    assert _facts(entry.example.replace(entry.word, "也", 1)) != {}
    assert entry.value.before or entry.value.after or entry.value.tail


@pytest.mark.parametrize("entry", DEADLINE_SUFFIXES, ids=[e.word for e in DEADLINE_SUFFIXES])
def test_deadline_examples(entry: Entry[str]) -> None:
    assert _facts(entry.example) == {}
    assert _facts(entry.example.replace(entry.word, "也", 1)) != {}


@pytest.mark.parametrize("entry", FACT_CUES, ids=[e.word for e in FACT_CUES])
def test_fact_cue_examples(entry: Entry[str]) -> None:
    # 截至2020年底 is a fact, though a plan word (至) is in the words before the year
    assert _facts(entry.example) == {2020: 1}
    assert _facts(entry.example.replace(entry.word, "到", 1)) == {}


# --- the year a self-assessment reviews: its opening's 对2021年度履行教育职责情况开展了自查 -------------------------


def _reviewed(opening: str) -> int | None:
    from dutyreport.pipeline import document

    return document("某县履行教育职责自评报告\n" + opening + "\n" + BODY).years.reviewed


@pytest.mark.parametrize("entry", REVIEWED_YEAR_MARKERS, ids=[e.word for e in REVIEWED_YEAR_MARKERS])
def test_reviewed_year_marker_examples(entry: Entry[str]) -> None:
    assert _reviewed(entry.example) == 2021
    # without the marker the year is another body's or a title's (县政府的2021年度…), no review of the report's own
    assert _reviewed(entry.example.replace(entry.word, "在", 1)) is None


@pytest.mark.parametrize("entry", REVIEWED_DUTIES, ids=[e.word for e in REVIEWED_DUTIES])
def test_reviewed_duties_examples(entry: Entry[str]) -> None:
    assert _reviewed(entry.example) == 2021
    assert _reviewed(entry.example.replace(entry.word, "重点工作推进情况", 1)) is None


@pytest.mark.parametrize("entry", SELF_REVIEW_WORDS, ids=[e.word for e in SELF_REVIEW_WORDS])
def test_self_review_word_examples(entry: Entry[str]) -> None:
    assert _reviewed(entry.example) == 2021
    # an inspection of the government is not its own review
    assert _reviewed(entry.example.replace(entry.word, "实地检查", 1)) is None


REVIEWED_YEARS = [
    # the usual opening of a self-assessment: the year reviewed, then the next year's work
    ("two_years", "本县对2021年度履行教育职责情况及2022年重点工作进展情况开展了全面自查。", 2021),
    ("pdf_wraps", "本县就\n2021 年度履行教育职责情况开展全面自查。", 2021),
    ("a_comma_between", "本县就2022年度履行教育职责情况,认真开展了自查自评工作。", 2022),
    # a year in a cited document's title names the document, not the year reviewed
    ("cited", "按照《关于对2023年度履行教育职责情况开展自评的通知》要求,县政府组织开展了自评。", None),
    # another sentence between the year and the review; words of a review that go on as another thing's
    ("another_sentence", "对2021年度履行教育职责情况高度重视。全县组织开展自查。", None),
    ("an_inspection", "市督导组对我县2021年度履职情况进行了实地督导,并查阅了县级自评材料。", None),
    ("rectification", "县政府就2021年度履行教育职责情况自查发现的问题逐一整改。", None),
    # a span of years, another body's review, a review to come
    ("years", "本县就2017—2021年度履行教育职责情况开展了全面自查。", None),
    ("another_body", "根据市里反馈的我县2021年度履行教育职责情况自评复核意见,县政府组织整改。", None),
    ("another_body_first", "市政府对2021年度履行教育职责情况开展了自评复核。本县对2022年度履职情况开展了自查。", 2022),
    ("to_come", "下一步,本县将对2024年度履行教育职责情况开展自查。", None),
]


@pytest.mark.parametrize(("opening", "year"), [e[1:] for e in REVIEWED_YEARS], ids=[e[0] for e in REVIEWED_YEARS])
def test_reviewed_year_of_the_opening(opening: str, year: int | None) -> None:
    assert _reviewed(opening) == year


def test_reviewed_year_is_one_the_report_covers() -> None:
    from dutyreport.pipeline import document

    # a 2023 report's opening that names another year's review: no year of its figures
    text = "某县2023年度履行教育职责自评报告\n本县对2021年度履行教育职责情况开展了全面自查。\n" + BODY
    doc = document(text)
    assert doc.years.period == (2023,) and doc.years.reviewed is None


def test_reviewed_year_is_read_in_the_opening_only() -> None:
    from dutyreport.pipeline import document

    # (no sections: the opening is the first few paragraphs, not the whole text)
    review = "本县对2021年度履行教育职责情况开展了全面自查。"
    far = "某县履行教育职责自评报告\n" + "全县办学条件持续改善。" * 80 + review
    assert document(far).years.reviewed is None
    near = "某县履行教育职责自评报告\n本县对2021年度履行教育职责情况开展了全面自查。\n全县共有学校58所。"
    assert document(near).years.reviewed == 2021


def test_reviewed_year_dates_the_figures_no_nearer_year_does() -> None:
    from dutyreport import parse

    opening = "本县对2021年度履行教育职责情况及2022年重点工作进展情况开展了全面自查。"
    report = parse("某县履行教育职责自评报告\n" + opening + "\n一、基本情况\n全县共有学校58所。2022年新建学校3所。")
    assert [(i.text, i.year) for i in report.indicators] == [("58所", 2021), ("3所", 2022)]
    # a title's year alone dates none of them (关于2021年度履行教育职责情况的自评报告)
    titled = parse("某县关于2021年度履行教育职责情况的自评报告\n一、基本情况\n全县共有学校58所。")
    assert [(i.text, i.year) for i in titled.indicators] == [("58所", None)]


# --- the zones a fact year is not read in, from every section's folded heading ------------------------


def _excluded_zones_walking(text: str, sections: tuple[object, ...]) -> list[tuple[int, int]]:
    """The zones as read by walking each top section's tree and folding each heading: what _excluded_zones
    must find from the flat list of every section and the folded text."""
    from dutyreport.lang.script import fold
    from dutyreport.metadata._common import _BOOK_RE
    from dutyreport.structure.sections import is_plan_heading

    zones = [(m.start(), m.end()) for m in _BOOK_RE.finditer(text)]
    for sec in sections:
        for s in sec.walk():  # type: ignore[attr-defined]
            if s.number is None or is_plan_heading(fold(s.heading)):
                zones.append((s.start, s.end))
    return sorted(zones)


def test_the_excluded_zones_of_the_real_reports_are_those_walking_the_tree_finds() -> None:
    from dutyreport.pipeline import document

    fixtures = sorted(Path("tests/fixtures").glob("**/*.txt"))
    for path in [*CORPUS, *realworld_files(), *fixtures]:
        doc = document(path.read_text(encoding="utf-8"))
        assert _excluded_zones(Books(doc.folded), doc.section_index.every) == _excluded_zones_walking(
            doc.folded, doc.sections
        ), path.name


_ZONE_PIECES = ["一、", "二、", "(一)", "下一步工作打算", "今後工作打算", "基本情況", "\n", "。", "《規劃》"]


@given(st.lists(st.sampled_from(_ZONE_PIECES), max_size=16))
def test_the_excluded_zones_are_those_walking_the_tree_finds(pieces: list[str]) -> None:
    from dutyreport.pipeline import document

    doc = document("某縣自查報告\n" + "".join(pieces))
    assert _excluded_zones(Books(doc.folded), doc.section_index.every) == _excluded_zones_walking(
        doc.folded, doc.sections
    )


# --- the year patterns tried only where a century's digits stand ---------------------------------------


@pytest.mark.parametrize("example", ["2019年", "1998年度", "2020—2022年", "〔2021〕", "20230105"])
def test_every_year_opens_with_a_century_s_digits(example: str) -> None:
    # what _year_places looks for: each of CENTURY_DIGITS on its own, where YEAR opens one of them
    years = [m.group() for m in re.finditer(YEAR, example)]
    assert years and all(y.startswith(CENTURY_DIGITS) for y in years)
    assert set(_year_places(example)) >= {m.start() for m in re.finditer(YEAR, example)}
    assert "|".join(CENTURY_DIGITS) == CENTURIES


def _year_matches(text: str, lo: int, hi: int, places: list[int] | None) -> list[list[tuple[int, int]]]:
    from dutyreport.metadata.period import _RANGE_RE, _YEAR_RE, _matches

    return [[m.span() for m in _matches(rx, text, lo, hi, places)] for rx in (_RANGE_RE, _YEAR_RE)]


def test_the_years_of_the_real_reports_are_those_a_scan_finds() -> None:
    fixtures = sorted(Path("tests/fixtures").glob("**/*.txt"))
    for path in [*CORPUS, *realworld_files(), *fixtures]:
        text = path.read_text(encoding="utf-8")
        places = _year_places(text)
        for lo, hi in ((0, len(text)), (len(text) // 3, len(text) // 2), (7, len(text) - 5)):
            assert _year_matches(text, lo, hi, places) == _year_matches(text, lo, hi, None), path.name


_YEAR_PIECES = ["2019", "2020", "1998", "20", "19", "2", "0", "年", "年度", "学年", "-", "至", "到", " ", "\u3000"]
_YEAR_PIECES += ["〔", "12月", "5", "—", "，"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_YEAR_PIECES), max_size=14), st.integers(0, 50), st.integers(0, 50))
def test_the_years_found_are_those_a_scan_finds(pieces: list[str], a: int, b: int) -> None:
    text = "".join(pieces)
    lo, hi = min(a, b, len(text)), min(max(a, b), len(text))
    assert _year_matches(text, lo, hi, _year_places(text)) == _year_matches(text, lo, hi, None)



_FULL_WIDTH = {0x30 + i: 0xFF10 + i for i in range(10)}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*_YEAR_PIECES, "全县", "教育工作报告\n", "。", "一、成效\n"]), max_size=16))
def test_property_years_in_full_width_digits_read_as_in_ascii(pieces: list[str]) -> None:
    text = "".join(pieces)
    ascii_md, wide_md = read_metadata(layers(text)), read_metadata(layers(text.translate(_FULL_WIDTH)))
    assert (wide_md.period, wide_md.years.opening) == (ascii_md.period, ascii_md.years.opening)
