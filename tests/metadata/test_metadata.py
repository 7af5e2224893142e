"""read_metadata: title, region, administrative level, kind and period.

Synthetic texts are written for these tests in the genre; the real reports are only read from
../shared/corpus at test time.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CORPUS, CORPUS_IDS, layers, load_gold, realworld_files
from dutyreport.document import Document
from dutyreport.lang.entry import Entry, PatternEntry
from dutyreport.lang.metadata import (
    COMMITTEE_FALSE_FRIENDS,
    COUNTY_CITY_CUES,
    DEADLINE_SUFFIXES,
    FACT_CUES,
    GENRE_WORDS,
    KIND_CUES,
    NAME_BOUNDARIES,
    NAV_SEPARATORS,
    NON_REGION_WORDS,
    PERIOD_EXCLUSIONS,
    PINYIN_RUBY,
    PLACEHOLDER_NAMES,
    REGION_CONTEXTS,
    REGION_SUFFIXES,
    SELF_REFERENCES,
    SITE_LABELS,
    TITLE_CORE,
    TITLE_ENDINGS,
    TITLE_HEAD_ENDS,
    TITLE_REGION_CONTEXTS,
    KindCue,
    LevelCue,
    RegionLevel,
    YearContext,
)
from dutyreport.metadata import (
    Metadata,
    _fact_years,
    _is_navigation,
    _level_cues,
    _place_names,
    _region_candidates,
    _title_region,
    _title_score,
    read_metadata,
)
from dutyreport.model.report import AdminLevel, Noise, NoiseKind, ReportKind
from dutyreport.spans import SpanSet

SPAM = "手机版彩票888下载_彩票官方app版"
_RUBY = regex.compile(PINYIN_RUBY.pattern)
BODY = "一、基本情况\n全区共有学校20所。\n二、存在问题\n经费不足。\n"


def noise_for(text: str, piece: str, kind: NoiseKind = NoiseKind.SPAM) -> list[Noise]:
    out: list[Noise] = []
    i = text.find(piece)
    while i >= 0:
        out.append(Noise(start=i, end=i + len(piece), text=piece, kind=kind))
        i = text.find(piece, i + len(piece))
    return out


def check_title_grounding(text: str, md: Metadata, noise: list[Noise]) -> None:
    """The title is its span's own text: the noise inside it left out, and only white space and pinyin
    after its characters besides (自 查 报 告 reads 自查报告)."""
    if md.title is None:
        assert md.title_span is None
        return
    assert md.title_span is not None
    s, e = md.title_span
    inside = "".join(c for i, c in enumerate(text[s:e], s) if not any(n.start <= i < n.end for n in noise))
    assert inside == inside.strip()
    assert "".join(md.title.split()) == "".join(_RUBY.sub("", inside).split())


# -- title ------------------------------------------------------------------------------------

TITLES = [
    ("plain", "云溪县2021年度履行教育职责自评报告\n" + BODY, "", "云溪县2021年度履行教育职责自评报告"),
    (
        "spam_before",
        f"{SPAM}{SPAM}2021年履行教育职责自评报告\n根据通知要求,现将自评情况报告如下:\n" + BODY,
        SPAM,
        "2021年履行教育职责自评报告",
    ),
    (
        "spam_inside",
        f"2020年度{SPAM}履行教育职责自查报告\n" + BODY,
        SPAM,
        "2020年度履行教育职责自查报告",
    ),
    (
        "site_prefix_and_label",
        "履行职责情况 云溪县履行教育职责情况自查报告范文\n"
        "云溪县履行教育职责情况自查报告范文 市教育督导室:\n" + BODY,
        "",
        "云溪县履行教育职责情况自查报告",
    ),
    (
        "after_breadcrumb_line",
        "金沙网址\n>政务公开>政策文件\n\n2020年度某某区履行教育职责反馈问题整改报告\n\n发布日期:2021-04-01\n" + BODY,
        "金沙网址",
        "2020年度某某区履行教育职责反馈问题整改报告",
    ),
    ("complete_version_label", "履行教育职责自查报告(完整版)\n" + BODY, "", "履行教育职责自查报告"),
    ("split_by_space", "云溪县人民政府 履行教育职责工作的报告\n" + BODY, "", "云溪县人民政府 履行教育职责工作的报告"),
    ("none_before_sections", "按照通知要求,现将有关情况报告如下:\n" + BODY, "", None),
    (
        "breadcrumb_genre_word_above_title",
        "范文大全 > 自查报告 > 教育督导\nxx县关于2021年度履行教育职责工作的自查报告\n" + BODY,
        "",
        "xx县关于2021年度履行教育职责工作的自查报告",
    ),
    (
        "breadcrumb_guillemets",
        "首页 » 工作报告 » 教育\n某区人民政府关于2021年度教育工作情况的报告\n" + BODY,
        "",
        "某区人民政府关于2021年度教育工作情况的报告",
    ),
    (
        "breadcrumb_fullwidth_no_spaces",
        "网站首页＞整改报告＞正文\n2020年度某县履行教育职责反馈问题整改报告\n" + BODY,
        "",
        "2020年度某县履行教育职责反馈问题整改报告",
    ),
    (
        "breadcrumb_slashes",
        "文库 / 自查报告 / 履行教育职责\n某县履行教育职责自评报告\n" + BODY,
        "",
        "某县履行教育职责自评报告",
    ),
    (
        "breadcrumb_ending_in_title",
        "首页 > 政务公开 > 云溪县关于履行教育职责工作的自查报告\n" + BODY,
        "",
        "云溪县关于履行教育职责工作的自查报告",
    ),
    (
        "breadcrumb_place_crumb_not_taken_in",
        "临江市 > 云溪县关于履行教育职责工作的自查报告\n" + BODY,
        "",
        "云溪县关于履行教育职责工作的自查报告",
    ),
    (
        "genre_word_line_then_title",
        "自查报告\n云溪县政府2021年度履行教育职责情况的自评报告\n" + BODY,
        "",
        "云溪县政府2021年度履行教育职责情况的自评报告",
    ),
    ("genre_word_beside_title", "工作报告 某区教育工作情况的报告\n" + BODY, "", "某区教育工作情况的报告"),
    ("genre_word_alone_is_kept", "工作报告\n" + BODY, "", "工作报告"),
    ("digit_slash_is_no_separator", "2021/2022学年度某区教育工作总结\n" + BODY, "", "2021/2022学年度某区教育工作总结"),
]


@pytest.mark.parametrize(
    ("text", "spam", "title"), [(t, s, ti) for _, t, s, ti in TITLES], ids=[i for i, *_ in TITLES]
)
def test_title(text: str, spam: str, title: str | None) -> None:
    noise = noise_for(text, spam) if spam else []
    md = read_metadata(layers(text, noise))
    assert md.title == title
    check_title_grounding(text, md, noise)


@pytest.mark.parametrize("entry", SITE_LABELS, ids=[e.word for e in SITE_LABELS])
def test_site_label_examples(entry: Entry[str]) -> None:
    md = read_metadata(layers(entry.example + "\n" + BODY))
    assert md.title == entry.example.replace(entry.word, "")


REAL_TITLE = "云溪县2021年度履行教育职责情况的报告"


@pytest.mark.parametrize("entry", NAV_SEPARATORS, ids=[e.word for e in NAV_SEPARATORS])
def test_nav_separator_examples(entry: Entry[str]) -> None:
    example = entry.example
    assert entry.word in example
    assert _is_navigation(example, 0, len(example), SpanSet((), len(example)))
    joined = example.replace(entry.word, "")
    assert not _is_navigation(joined, 0, len(joined), SpanSet((), len(joined)))
    text = f"{example}\n{REAL_TITLE}\n" + BODY
    md = read_metadata(layers(text))
    assert md.title == REAL_TITLE
    check_title_grounding(text, md, [])


@pytest.mark.parametrize("entry", GENRE_WORDS, ids=[e.word for e in GENRE_WORDS])
def test_genre_word_examples(entry: Entry[str]) -> None:
    assert entry.example.split()[-1] == entry.word
    assert read_metadata(layers(f"{entry.example}\n{REAL_TITLE}\n" + BODY)).title == REAL_TITLE


@pytest.mark.parametrize(
    "line",
    [
        "2020年度某县履行教育职责自查报告",
        "2023/05/18 某县履行教育职责自查报告",
        "首页 > 2020年度某某区教育工作总结报告",
    ],
)
def test_not_navigation(line: str) -> None:
    assert not _is_navigation(line, 0, len(line), SpanSet((), len(line)))


@pytest.mark.parametrize("entry", TITLE_ENDINGS, ids=[e.word for e in TITLE_ENDINGS])
def test_title_ending_examples(entry: Entry[int]) -> None:
    md = read_metadata(layers("网站首页\n" + entry.example + "\n" + BODY))
    assert md.title == entry.example
    core = TITLE_CORE.value if TITLE_CORE.word in entry.example else 0
    assert _title_score(entry.example) == entry.value + core


def test_title_core_example() -> None:
    example = TITLE_CORE.example
    assert read_metadata(layers("网站首页\n" + example + "\n" + BODY)).title == example
    assert _title_score(example) - _title_score(example.replace(TITLE_CORE.word, "")) == TITLE_CORE.value


@pytest.mark.parametrize("entry", TITLE_HEAD_ENDS, ids=[e.word for e in TITLE_HEAD_ENDS])
def test_title_head_end_examples(entry: Entry[str]) -> None:
    # a title split by a space takes in a head fragment ending so, and no other
    assert read_metadata(layers(entry.example + "\n" + BODY)).title == entry.example
    other = entry.example.replace(entry.word, "乙", 1)
    assert read_metadata(layers(other + "\n" + BODY)).title == other.split()[-1]


# -- region and level -------------------------------------------------------------------------

REGIONS = [
    ("title", "2019年度江宁区履行教育职责反馈问题整改报告\n" + BODY, "江宁区", AdminLevel.DISTRICT),
    (
        "title_government",
        "青川县人民政府履行教育职责自查报告\n一、基本情况\n全县学校30所。\n",
        "青川县",
        AdminLevel.COUNTY,
    ),
    (
        "body_party_committee",
        "2021年履行教育职责自评报告\n一、工作成效\n2021年以来,石门区委、区政府坚持教育优先。"
        "石门区教育经费逐年增长。\n",
        "石门区",
        AdminLevel.DISTRICT,
    ),
    (
        "placeholder_title",
        "某区政府关于2020年度履行教育职责的自查报告\n一、基本情况\nxx区共有学校。\n",
        None,
        AdminLevel.DISTRICT,
    ),
    (
        "bare_county",
        "履行教育职责工作报告\n2020年,县全面落实。县委、县政府高度重视。全县学校80所。\n",
        None,
        AdminLevel.COUNTY,
    ),
    (
        "only_city_above",
        "履行教育职责工作报告\n在云州市委、市政府的领导下,全县教育发展良好。县委常委会研究教育。\n",
        None,
        AdminLevel.COUNTY,
    ),
    (
        "new_zone_is_not_region",
        "履行教育职责自评报告\n一、成效\n在江北新区教育集聚区新建学校。江北新区教育投入增长。全区学校30所,全区教师900人。\n",
        None,
        AdminLevel.DISTRICT,
    ),
    (
        "county_city",
        "永安市人民政府履行教育职责自查报告\n按照县级人民政府教育督导评价要求,我市认真自查。\n",
        "永安市",
        AdminLevel.COUNTY_CITY,
    ),
    ("city_title", "云州市人民政府2020年教育工作报告\n我市教育发展良好。\n", "云州市", AdminLevel.CITY),
    ("nothing", "教育工作报告\n教育发展良好。\n", None, None),
]


@pytest.mark.parametrize(
    ("text", "region", "level"), [(t, r, lv) for _, t, r, lv in REGIONS], ids=[i for i, *_ in REGIONS]
)
def test_region_and_level(text: str, region: str | None, level: AdminLevel | None) -> None:
    md = read_metadata(layers(text))
    assert (md.region, md.admin_level) == (region, level)


CITY_LEVELS = [
    (
        "reports_to_another_city",
        "临江市关于2021年度履行教育职责问题整改情况的报告\n云州市人民政府教育督导室：\n"
        "现将整改情况报告如下。\n一、整改情况\n我市已完成整改。\n",
        "临江市",
        AdminLevel.COUNTY_CITY,
    ),
    (
        "reports_to_a_prefecture",
        "临江市人民政府履行教育职责自查报告\n某某州人民政府教育督导室:\n一、基本情况\n我市教育发展良好。\n",
        "临江市",
        AdminLevel.COUNTY_CITY,
    ),
    (
        "own_government_addressee_is_no_cue",
        "云州市教育局关于全市教育工作情况的报告\n云州市人民政府：\n一、主要工作\n我市教育发展良好。\n",
        "云州市",
        AdminLevel.CITY,
    ),
    (
        "counties_under_it",
        "云州市人民政府关于2022年度全市教育工作情况的报告\n一、主要工作\n全市8个县（市、区）全部通过基本均衡评估。\n",
        "云州市",
        AdminLevel.CITY,
    ),
    (
        "counties_outweigh_county_government_cue",
        "云州市人民政府履行教育职责自查报告\n一、基本情况\n按照县级人民政府教育督导评价要求，"
        "我市指导各县（市、区）开展自查，所辖6个县区均已完成。\n",
        "云州市",
        AdminLevel.CITY,
    ),
    (
        "runs_townships_itself",
        "永宁市人民政府履行教育职责自查报告\n一、基本情况\n全市共辖12个乡镇，各乡镇均建有公办中心幼儿园。\n",
        "永宁市",
        AdminLevel.COUNTY_CITY,
    ),
    (
        "cited_notice_counties_are_no_prefecture_cue",
        "永宁市人民政府履行教育职责自查报告\n根据《关于组织各县（市、区）开展县级人民政府教育督导评价的通知》"
        "要求，我市认真自查。\n一、基本情况\n我市教育发展良好。\n",
        "永宁市",
        AdminLevel.COUNTY_CITY,
    ),
    (
        "placeholder_city_reporting_upward",
        "xx市人民政府履行教育职责自查报告\n云州市人民政府教育督导室：\n一、基本情况\n我市认真自查。\n",
        None,
        AdminLevel.COUNTY_CITY,
    ),
    (
        "no_cue_keeps_city",
        "云州市人民政府履行教育职责自查报告\n一、基本情况\n我市教育发展良好。\n",
        "云州市",
        AdminLevel.CITY,
    ),
]


@pytest.mark.parametrize(
    ("text", "region", "level"), [(t, r, lv) for _, t, r, lv in CITY_LEVELS], ids=[i for i, *_ in CITY_LEVELS]
)
def test_city_level(text: str, region: str | None, level: AdminLevel) -> None:
    md = read_metadata(layers(text))
    assert (md.region, md.admin_level) == (region, level)


def test_city_level_cue_in_noise_is_ignored() -> None:
    text = "临江市人民政府履行教育职责自查报告\n本站是县级市门户\n一、基本情况\n我市教育发展良好。\n"
    assert read_metadata(layers(text)).admin_level is AdminLevel.COUNTY_CITY
    noise = noise_for(text, "本站是县级市门户", NoiseKind.CHROME)
    assert read_metadata(layers(text, noise)).admin_level is AdminLevel.CITY


@pytest.mark.parametrize(("entry", "cue"), COUNTY_CITY_CUES, ids=[e.example for e, _ in COUNTY_CITY_CUES])
def test_county_city_cue_examples(entry: PatternEntry, cue: LevelCue) -> None:
    text = f"临江市人民政府履行教育职责自查报告\n{entry.example}\n一、基本情况\n教育发展良好。\n"
    assert (entry, cue) in _level_cues(text, "临江市", SpanSet((), len(text)))
    md = read_metadata(layers(text))
    assert (md.region, md.admin_level) == ("临江市", cue.level)


def _candidates(text: str) -> dict[str, int]:
    return dict(_region_candidates(text, 0, len(text), SpanSet((), len(text))))


@pytest.mark.parametrize("entry", REGION_CONTEXTS, ids=[e.word for e in REGION_CONTEXTS])
def test_region_context_examples(entry: Entry[int]) -> None:
    # the name before the context scores twice the context's weight
    name = entry.example[: entry.example.index(entry.word)]
    assert _candidates(entry.example) == {name: 2 * entry.value}


@pytest.mark.parametrize("entry", REGION_SUFFIXES, ids=[e.word for e in REGION_SUFFIXES])
def test_region_suffix_examples(entry: Entry[RegionLevel]) -> None:
    md = read_metadata(layers(f"教育工作报告\n{entry.example}。{entry.example}。\n"))
    assert md.region is not None and md.region.endswith(entry.word)
    assert md.region == entry.example[: entry.example.index(entry.word) + len(entry.word)]
    assert md.admin_level is entry.value.admin_level


@pytest.mark.parametrize("entry", NAME_BOUNDARIES, ids=[e.word for e in NAME_BOUNDARIES])
def test_name_boundary_examples(entry: Entry[str]) -> None:
    # a name runs back from its suffix to the word before it, and no further
    assert _candidates(entry.example) == {"石桥区": 2}
    assert _candidates(entry.example.replace(entry.word, "乙", 1)) == {"乙石桥区": 2}


@pytest.mark.parametrize("entry", PLACEHOLDER_NAMES, ids=[e.word for e in PLACEHOLDER_NAMES])
def test_placeholder_name_examples(entry: Entry[str]) -> None:
    md = read_metadata(layers(entry.example + "\n" + BODY))
    assert (md.region, md.admin_level) == (None, AdminLevel.DISTRICT)
    md = read_metadata(layers("清河" + entry.example.lstrip(entry.word) + "\n" + BODY))
    assert md.region == "清河区"


@pytest.mark.parametrize("entry", COMMITTEE_FALSE_FRIENDS, ids=[e.word for e in COMMITTEE_FALSE_FRIENDS])
def test_committee_false_friend_examples(entry: Entry[str]) -> None:
    assert _candidates(entry.example) == {}
    assert _candidates(entry.example.replace(entry.word, "委", 1)) == {"清河区": 6}


@pytest.mark.parametrize("entry", TITLE_REGION_CONTEXTS, ids=[e.word for e in TITLE_REGION_CONTEXTS])
def test_title_region_context_examples(entry: Entry[str]) -> None:
    assert _title_region(entry.example) == "清河区"
    # inside a title (not at its start) a name needs the context
    assert _title_region("附件 " + entry.example) == "清河区"
    assert _title_region("附件 " + entry.example.replace(entry.word, "乙", 1)) is None


@pytest.mark.parametrize("entry", NON_REGION_WORDS, ids=[e.word for e in NON_REGION_WORDS])
def test_non_region_examples(entry: Entry[str]) -> None:
    text = f"某某工作报告\n2020年,在{entry.example}方面,{entry.example}。\n"
    found = _region_candidates(text, 0, len(text), SpanSet((), len(text)))
    assert not [w for w in found if w.endswith(entry.word)]


_LEVELS = {e.word: e.value for e in REGION_SUFFIXES}


@pytest.mark.parametrize("entry", SELF_REFERENCES, ids=[e.word for e in SELF_REFERENCES])
def test_self_reference_examples(entry: Entry[str]) -> None:
    # said twice, the reference names the writer's level; once is too little (公众对本县…)
    md = read_metadata(layers(f"教育工作报告\n{entry.example}。{entry.example}。\n"))
    assert md.admin_level is _LEVELS[entry.value].admin_level
    assert read_metadata(layers(f"教育工作报告\n{entry.example}。\n")).admin_level is None
    # after a masked name (xx区委) it is another government's
    masked = read_metadata(layers(f"教育工作报告\nxx{entry.example}。xx{entry.example}。\n"))
    assert masked.admin_level is None or not entry.word.startswith(entry.value)


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


def _facts(example: str) -> dict[int, int]:
    text = f"一、成效\n{example}。\n"
    return dict(_fact_years(text, 0, len(text), SpanSet((), len(text)), ()))


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


# -- corpus -----------------------------------------------------------------------------------

try:
    from dutyreport.clean.noise import find_noise
except ImportError:  # pragma: no cover - the cleaning stage is written in parallel
    find_noise = None  # type: ignore[assignment]

needs_clean = pytest.mark.skipif(find_noise is None, reason="dutyreport.clean.noise not available yet")
FIELDS = ("title", "region", "admin_level", "report_kind", "period")


@needs_clean
@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("path", CORPUS, ids=CORPUS_IDS)
def test_corpus_metadata(path: Path, field: str) -> None:
    text = path.read_text(encoding="utf-8")
    gold = load_gold(path)
    noise = list(find_noise(Document.of(text)))
    md = read_metadata(layers(text, noise))
    got = {
        "title": md.title,
        "region": md.region,
        "admin_level": md.admin_level.value if md.admin_level else None,
        "report_kind": md.kind.value,
        "period": sorted(md.period),
    }
    assert got[field] == gold[field]
    check_title_grounding(text, md, noise)


# -- properties -------------------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    list("某区县市委政府人民我全城年度报告自查整改工作范文 \n一、(一)1.2020202119〔〕《》,。:到目标")
)


@given(st.text(_ALPHABET, max_size=300))
@settings(max_examples=300, deadline=None)
def test_property_never_raises(text: str) -> None:
    md = read_metadata(layers(text))
    check_title_grounding(text, md, [])
    if md.region is not None:
        assert md.region in text


@given(st.text(max_size=200), st.lists(st.tuples(st.integers(0, 200), st.integers(1, 30)), max_size=3))
@settings(max_examples=200, deadline=None)
def test_property_never_raises_with_noise(text: str, raw: list[tuple[int, int]]) -> None:
    noise = [
        Noise(start=s, end=min(len(text), s + n), text=text[s : s + n], kind=NoiseKind.CHROME)
        for s, n in raw
        if s < len(text)
    ]
    md = read_metadata(layers(text, noise))
    check_title_grounding(text, md, noise)


_REGION_ALPHABET = list("区县市省镇街道第八师委人民政府教育局履行全我清河石桥某a1，。 \n")
_ENDINGS = (*(e.word for e in REGION_SUFFIXES), "师", "团")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_REGION_ALPHABET, max_size=40), st.integers(0, 5), st.integers(0, 45))
def test_a_place_name_is_text_of_its_span_and_ends_with_an_ending(text: str, lo: int, hi: int) -> None:
    hi = max(lo, hi)
    for name in _place_names(text, lo, hi, SpanSet((), len(text))):
        assert text[name.start : name.end] == name.word
        assert lo <= name.start < name.end <= max(hi, lo)
        assert name.word.endswith(_ENDINGS) and len(name.word) >= 3
        assert name.factor in (0.5, 1.0)


@pytest.mark.skipif(not CORPUS, reason="corpus not available")
@pytest.mark.parametrize("path", CORPUS, ids=CORPUS_IDS)
def test_place_names_on_the_corpus_are_grounded(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    names = list(_place_names(text, 0, len(text), SpanSet((), len(text))))
    assert names
    assert all(text[n.start : n.end] == n.word for n in names)


# --- the next line that holds words, found in one pass (blank lines read once, not once per line above) ---

_LINE_TEXT = st.lists(
    st.sampled_from(
        ["", " ", "\u3000", "\t", "\xa0 ", "来源：县教育局 时间：2022-05-27", "某县自评报告", "一、基本情况"]
    ),
    max_size=12,
).map("\n".join)


def _info_follows_by_walking(text: str, lines: list[tuple[int, int]], k: int) -> bool:
    """What _info_follows stands for: the lines after ``k`` walked to the first that holds more than white space."""
    from dutyreport import metadata

    for lo, hi in lines[k + 1 :]:
        if text[lo:hi].strip(metadata._WS):
            return metadata._is_page_info(text, lo, hi)
    return False


@given(_LINE_TEXT)
def test_the_line_after_is_the_next_that_holds_words(text: str) -> None:
    from dutyreport import metadata

    lines = metadata._lines(text, len(text))
    filled = metadata._next_filled(text, lines, [])
    for k in range(len(lines)):
        assert metadata._info_follows(text, lines, k, filled) == _info_follows_by_walking(text, lines, k), (text, k)


@pytest.mark.skipif(not CORPUS, reason="the shared corpus is not beside the project")
def test_the_line_after_is_the_next_that_holds_words_in_the_real_reports() -> None:
    from dutyreport import metadata

    for path in CORPUS:
        text = path.read_text(encoding="utf-8")[:20_000]
        lines = metadata._lines(text, len(text))
        filled = metadata._next_filled(text, lines, [])
        for k in range(len(lines)):
            assert metadata._info_follows(text, lines, k, filled) == _info_follows_by_walking(text, lines, k)


# --- the rubies left out of the body, tried only at brackets ------------------------------------------


def test_the_body_without_rubies_of_each_real_report_is_the_patterns_sub() -> None:
    from dutyreport.lang.script import fold
    from dutyreport.metadata import _RUBY_RE, _without_rubies

    for path in [*CORPUS, *realworld_files()]:
        text = fold(path.read_text(encoding="utf-8"))
        for lo in (0, 1, len(text) // 3):
            assert _without_rubies(text[lo:]) == _RUBY_RE.sub("", text[lo:]), (path.name, lo)


_RUBY_PIECES = ["义", "務", "(", "（", ")", "）", "yì", "wù", "fā", " ", "a", "A", "1", "，"]


@given(st.lists(st.sampled_from(_RUBY_PIECES), max_size=30))
def test_the_text_without_rubies_is_the_patterns_sub(pieces: list[str]) -> None:
    from dutyreport.metadata import _RUBY_RE, _without_rubies

    text = "".join(pieces)
    assert _without_rubies(text) == _RUBY_RE.sub("", text)


# --- the segments of a line, cut at spaces, separators and noise -------------------------------------


def _segments_char_by_char(text: str, lo: int, hi: int, mask: SpanSet) -> list[tuple[int, int]]:
    """The runs of own characters of a line read one character at a time: what _segments must find."""
    from dutyreport.metadata import _WS, _is_separator

    segs: list[tuple[int, int]] = []
    i = lo
    while i < hi:
        if text[i] in _WS or mask.hit(i) or _is_separator(text, i):
            i += 1
            continue
        j = i
        while j < hi and text[j] not in _WS and not mask.hit(j) and not _is_separator(text, j):
            j += 1
        segs.append((i, j))
        i = j
    return segs


def test_the_segments_of_each_line_of_the_real_reports_are_those_read_char_by_char() -> None:
    from dutyreport import metadata
    from dutyreport.pipeline import document

    for path in [*CORPUS, *realworld_files()]:
        doc = document(path.read_text(encoding="utf-8"))
        text, mask = doc.folded, doc.noise_index
        for lo, hi in metadata._lines(text, len(text)):
            for a, b in ((lo, hi), (lo + 1, hi), (lo, hi - 2)):
                assert metadata._segments(text, a, b, mask) == _segments_char_by_char(text, a, b, mask), path.name


@given(
    st.text(st.sampled_from(list(" \u3000\t/／>｜_|0123456789２县自查报告\n")), max_size=40),
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 8)), max_size=4),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_the_segments_of_a_stretch_are_those_read_char_by_char(
    text: str, spans: list[tuple[int, int]], a: int, b: int
) -> None:
    from dutyreport.metadata import _segments

    mask = SpanSet(((s, s + n) for s, n in spans), len(text))
    lo, hi = min(a, b, len(text)), min(max(a, b), len(text))
    assert _segments(text, lo, hi, mask) == _segments_char_by_char(text, lo, hi, mask)


# --- site labels tried only where a piece ends (starts) with their last (first) character --------------


def _strip_labels_trying_each(text: str, s: int, e: int) -> tuple[int, int]:
    """_strip_labels with every label tried at each end: what the indexed labels must find."""
    from dutyreport.metadata import _HEAD_LABELS, _LABELS, _TAIL_RE, _WS

    changed = True
    while changed and e > s:
        changed = False
        while e > s and text[e - 1] in _WS:
            e -= 1
        for lab in _LABELS:
            if e - s > len(lab) and text.endswith(lab, s, e):
                e -= len(lab)
                changed = True
                break
        tail = _TAIL_RE.search(text, s, e)
        if tail is not None and tail.start() > s:
            e = tail.start()
            changed = True
        while s < e and text[s] in _WS:
            s += 1
        for lab in _HEAD_LABELS:
            if e - s > len(lab) and text.startswith(lab, s, e):
                s += len(lab)
                changed = True
                break
    return s, e


_LABEL_PIECES = sorted({e.word for e in SITE_LABELS} | {"自查报告", "清河县", " ", "\u3000", "三篇", "范", "】", "【"})


@given(st.lists(st.sampled_from(_LABEL_PIECES), max_size=8), st.integers(0, 3))
def test_the_labels_stripped_are_those_each_label_tried_strips(pieces: list[str], cut: int) -> None:
    from dutyreport.metadata import _strip_labels

    text = "".join(pieces)
    for s, e in ((0, len(text)), (min(cut, len(text)), len(text)), (0, max(0, len(text) - cut))):
        assert _strip_labels(text, s, e) == _strip_labels_trying_each(text, s, e)


def test_the_labels_stripped_from_the_real_lines_are_those_each_label_tried_strips() -> None:
    from dutyreport import metadata

    for path in [*CORPUS, *realworld_files()]:
        text = path.read_text(encoding="utf-8")
        for lo, hi in metadata._lines(text, min(len(text), 4000)):
            assert metadata._strip_labels(text, lo, hi) == _strip_labels_trying_each(text, lo, hi), path.name


# --- the zones a fact year is not read in, from every section's folded heading ------------------------


def _excluded_zones_walking(text: str, sections: tuple[object, ...]) -> list[tuple[int, int]]:
    """The zones as read by walking each top section's tree and folding each heading: what _excluded_zones
    must find from the flat list of every section and the folded text."""
    from dutyreport.lang.script import fold
    from dutyreport.metadata import _BOOK_RE
    from dutyreport.structure.sections import is_plan_heading

    zones = [(m.start(), m.end()) for m in _BOOK_RE.finditer(text)]
    for sec in sections:
        for s in sec.walk():  # type: ignore[attr-defined]
            if s.number is None or is_plan_heading(fold(s.heading)):
                zones.append((s.start, s.end))
    return sorted(zones)


def test_the_excluded_zones_of_the_real_reports_are_those_walking_the_tree_finds() -> None:
    from dutyreport.metadata import _excluded_zones
    from dutyreport.pipeline import document

    fixtures = sorted(Path("tests/fixtures").glob("**/*.txt"))
    for path in [*CORPUS, *realworld_files(), *fixtures]:
        doc = document(path.read_text(encoding="utf-8"))
        assert _excluded_zones(doc.folded, doc.section_index.every) == _excluded_zones_walking(
            doc.folded, doc.sections
        ), path.name


_ZONE_PIECES = ["一、", "二、", "(一)", "下一步工作打算", "今後工作打算", "基本情況", "\n", "。", "《規劃》"]


@given(st.lists(st.sampled_from(_ZONE_PIECES), max_size=16))
def test_the_excluded_zones_are_those_walking_the_tree_finds(pieces: list[str]) -> None:
    from dutyreport.metadata import _excluded_zones
    from dutyreport.pipeline import document

    doc = document("某縣自查報告\n" + "".join(pieces))
    assert _excluded_zones(doc.folded, doc.section_index.every) == _excluded_zones_walking(doc.folded, doc.sections)


# --- the year patterns tried only where a century's digits stand ---------------------------------------


def _year_matches(text: str, lo: int, hi: int, places: list[int] | None) -> list[list[tuple[int, int]]]:
    from dutyreport.metadata import _RANGE_RE, _YEAR_RE, _matches

    return [[m.span() for m in _matches(rx, text, lo, hi, places)] for rx in (_RANGE_RE, _YEAR_RE)]


def test_the_years_of_the_real_reports_are_those_a_scan_finds() -> None:
    from dutyreport.metadata import _year_places

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
    from dutyreport.metadata import _year_places

    text = "".join(pieces)
    lo, hi = min(a, b, len(text)), min(max(a, b), len(text))
    assert _year_matches(text, lo, hi, _year_places(text)) == _year_matches(text, lo, hi, None)
