"""Metadata of texts unseen before quality review 15: a title a PDF preview spaced or wrapped, a site's number
before a title, a sharing site's notes above it, a masked name's ending, a government named by its level alone, and
the kind of a year's work summary and of an official's 述职报告.

Every text here is written for these tests (our own words, in the genre).
"""

from __future__ import annotations

import pytest

from conftest import layers
from dutyreport import parse
from dutyreport.lang.entry import Entry
from dutyreport.lang.metadata import BANNER_ENDS, OTHER_BODY_LEADS, TITLE_LEVEL_GOVERNMENTS, TITLE_OPENERS
from dutyreport.metadata import read_metadata
from dutyreport.model.report import AdminLevel, ReportKind

BODY = "一、基本情况\n全县共有中小学24所。\n二、存在问题\n校舍不足。\n"
_D, _C, _M = AdminLevel.DISTRICT, AdminLevel.COUNTY, AdminLevel.CITY
_S, _W = ReportKind.SELF_ASSESSMENT, ReportKind.WORK_REPORT

# origin, text, title as read, region, level, kind, period
CASES: list[tuple[str, str, str | None, str | None, AdminLevel | None, ReportKind, tuple[int, ...]]] = [
    # 1. a PDF preview's spaces around the title's year
    ("pdf_spaced_year", "柳林县教育局局长 2024 年度述职报告\n" + BODY,
     "柳林县教育局局长2024年度述职报告", "柳林县", _C, _W, (2024,)),
    ("pdf_spaced_year_in_a_summary", "石门县 2023 年教育工作总结\n" + BODY,
     "石门县2023年教育工作总结", "石门县", _C, _W, (2023,)),
    # 2. a title wrapped over two lines
    ("wrapped_title", "关于柳林县人民政府2023年度履行教育\n职责情况的自查报告\n" + BODY,
     "关于柳林县人民政府2023年度履行教育职责情况的自查报告", "柳林县", _C, _S, (2023,)),
    ("wrapped_title_summary", "石门县2022年学前教育普及普惠\n督导评估工作总结\n" + BODY,
     "石门县2022年学前教育普及普惠督导评估工作总结", "石门县", _C, _W, (2022,)),
    # (the issuer's line above a title that opens with 关于 is no part of it)
    ("issuer_above_a_title", "柳林县人民政府办公室\n关于2023年度履行教育职责情况的自查报告\n" + BODY,
     "关于2023年度履行教育职责情况的自查报告", None, None, _S, (2023,)),
    # 3. a list's or a site's number before the title
    ("numbered_title", "1、2022年柳林县教育局年度工作总结\n" + BODY,
     "2022年柳林县教育局年度工作总结", "柳林县", _C, _W, (2022,)),
    ("bracket_numbered_title", "（一）2022年柳林县教育局年度工作总结\n" + BODY,
     "2022年柳林县教育局年度工作总结", "柳林县", _C, _W, (2022,)),
    # 4. a sharing site's numbered notes above the title
    ("site_notes_above_title",
     "1、部分文档下载需消耗金币,请确认后再下载\n2、本文档共9页\n柳林县2022年履行教育职责自查报告\n" + BODY,
     "柳林县2022年履行教育职责自查报告", "柳林县", _C, _S, (2022,)),
    # 5. a masked name's ending is no region; a government named by its level alone gives the level
    ("masked_name_ending",
     "XX管理区人民政府关于履行教育职责的自评报告\n一、基本情况\n全区共有学校20所,全区教师900人。\n",
     "XX管理区人民政府关于履行教育职责的自评报告", None, _D, _S, ()),
    ("government_named_by_level", "2023年市政府履行教育职责自评报告\n一、基本情况\n全市共有学校120所。\n",
     "2023年市政府履行教育职责自评报告", None, _M, _S, (2023,)),
    ("county_government_named_by_level", "县人民政府关于履行教育职责的自查报告\n一、基本情况\n共有学校20所。\n",
     "县人民政府关于履行教育职责的自查报告", None, _C, _S, ()),
    # 6. the kind of a year's work summary and of an official's account of the year
    ("bureau_year_summary", "教育局年度工作总结\n" + BODY, "教育局年度工作总结", None, None, _W, ()),
    ("official_s_account", "石门县教育局局长述职报告\n" + BODY, "石门县教育局局长述职报告", "石门县", _C, _W, ()),
    # 7. (review of round 15) a government the title names by level after 对 is another body (the report's own
    # level is its body's); a site's banner above a title is no first line of it
    ("title_names_another_body", "对市政府教育督导反馈问题的整改报告\n一、整改情况\n我县高度重视。我县共有学校20所。"
     "我县新建学校2所。\n", "对市政府教育督导反馈问题的整改报告", None, _C, ReportKind.RECTIFICATION, ()),
    ("site_banner_above_title", "某某县人民政府门户网站\n县政府履行教育职责自查报告\n" + BODY,
     "县政府履行教育职责自查报告", None, _C, _S, ()),
]


@pytest.mark.parametrize(("text", "title", "region", "level", "kind", "period"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_review15_metadata(text: str, title: str | None, region: str | None, level: AdminLevel | None,
                           kind: ReportKind, period: tuple[int, ...]) -> None:
    report = parse(text)
    assert report.title is not None
    assert (report.title.clean, report.region, report.admin_level, report.kind, report.period) == (
        title, region, level, kind, period)
    assert report.text[report.title.start : report.title.end] == report.title.text


def test_a_wrapped_title_spans_both_lines() -> None:
    text = "关于柳林县人民政府2023年度履行教育\n职责情况的自查报告\n" + BODY
    title = parse(text).title
    assert title is not None
    assert (title.start, title.text) == (0, "关于柳林县人民政府2023年度履行教育\n职责情况的自查报告")


def test_a_title_s_number_stands_outside_it() -> None:
    text = "1、2022年柳林县教育局年度工作总结\n" + BODY
    title = parse(text).title
    assert title is not None
    assert (title.start, title.text) == (2, "2022年柳林县教育局年度工作总结")


def test_site_notes_are_no_sections_and_stay_as_noise() -> None:
    notes = "1、部分文档下载需消耗金币,请确认后再下载\n2、本文档共9页\n"
    report = parse(notes + "柳林县2022年履行教育职责自查报告\n" + BODY)
    assert [s.heading for s in report.sections] == ["基本情况", "存在问题"]
    assert [n.text for n in report.noise] == notes.splitlines()


def test_a_figure_at_a_title_line_s_end_stays_apart() -> None:
    # (a page's date after the title is no part of it)
    md = read_metadata(layers("柳林县履行教育职责自查报告 2023\n" + BODY))
    assert md.title == "柳林县履行教育职责自查报告"


def test_a_masked_name_in_the_body_is_no_region() -> None:
    text = "履行教育职责自评报告\n一、基本情况\nXX管理区人民政府高度重视。XX管理区人民政府印发方案。\n"
    assert parse(text).region is None


# -- tables -------------------------------------------------------------------------------------


@pytest.mark.parametrize("entry", TITLE_LEVEL_GOVERNMENTS, ids=[e.word for e in TITLE_LEVEL_GOVERNMENTS])
def test_title_level_government_examples(entry: Entry[str]) -> None:
    md = read_metadata(layers(entry.example + "\n一、基本情况\n共有学校20所。\n"))
    assert entry.word in entry.example
    assert md.region is None
    assert md.admin_level is not None
    # with a name before it, the government is that place's: a region
    named = read_metadata(layers("柳林县" + entry.example.split("年")[-1] + "\n一、基本情况\n共有学校20所。\n"))
    assert named.region == "柳林县"


@pytest.mark.parametrize("entry", TITLE_OPENERS, ids=[e.word for e in TITLE_OPENERS])
def test_title_opener_examples(entry: Entry[str]) -> None:
    issuer, title = entry.example.split("\n")
    assert title.startswith(entry.word)
    md = read_metadata(layers(entry.example + "\n" + BODY))
    assert md.title == title
    # without its opening word the line is the second line of a wrapped title (below a line that names no body:
    # an issuer's name is never a title's first line, BANNER_ENDS)
    md = read_metadata(layers("清河县教育系统\n" + title[len(entry.word) :] + "\n" + BODY))
    assert md.title == "清河县教育系统" + title[len(entry.word) :]
    md = read_metadata(layers(issuer + "\n" + title[len(entry.word) :] + "\n" + BODY))
    assert md.title == title[len(entry.word) :]


@pytest.mark.parametrize("entry", OTHER_BODY_LEADS, ids=[e.word for e in OTHER_BODY_LEADS])
def test_other_body_lead_examples(entry: Entry[str]) -> None:
    # a government named by its level after the word is another body: no level of the report's
    assert entry.word + "市政府" in entry.example
    body = "\n一、基本情况\n共有学校20所。\n"
    assert read_metadata(layers(entry.example + body)).admin_level is None
    # without the word the title names the report's own government
    bare = entry.example[entry.example.index("市政府") :]
    assert read_metadata(layers(bare + body)).admin_level == _M


@pytest.mark.parametrize("entry", BANNER_ENDS, ids=[e.word for e in BANNER_ENDS])
def test_banner_end_examples(entry: Entry[str]) -> None:
    banner, title = entry.example.split("\n")
    assert banner.endswith(entry.word)
    assert read_metadata(layers(entry.example + "\n" + BODY)).title == title
