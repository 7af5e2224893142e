"""read_metadata's region and administrative level: place names and their endings, government contexts,
self-references, the title's place, a 市's level.

Synthetic texts are written for these tests in the genre; the real reports are only read from
../shared/corpus at test time.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dutyreport as d
from conftest import CORPUS, CORPUS_IDS, layers, noise_for, realworld_files
from dutyreport.lang.counties import ONE_CHARACTER_NAMES
from dutyreport.lang.entry import Entry, PatternEntry
from dutyreport.lang.metadata import (
    ADDRESS_PRONOUNS,
    COMMITTEE_FALSE_FRIENDS,
    COUNTY_CITY_CUES,
    NAME_BOUNDARIES,
    NAME_TAILS,
    NON_REGION_WORDS,
    PLACE_COUNTERS,
    PLACEHOLDER_NAMES,
    REGION_CONTEXTS,
    REGION_SUFFIXES,
    SELF_REFERENCES,
    TITLE_REGION_CONTEXTS,
    LevelCue,
    RegionLevel,
)
from dutyreport.lang.subjects import SUBJECT_LEAD_WORDS
from dutyreport.metadata import read_metadata
from dutyreport.metadata._common import Books
from dutyreport.metadata.region import _level_cues, _place_names, _region_candidates, _title_region
from dutyreport.model.report import AdminLevel, NoiseKind
from dutyreport.spans import SpanSet

BODY = "一、基本情况\n全区共有学校20所。\n二、存在问题\n经费不足。\n"


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


# A new-user trial (our own sentences): a count, its measure word and a generic noun are no place name
# (60个项目县 is no region 个项目县); a real name after them still is.
_TRIAL_LINE = "全省60个项目县(市、区)开工建设学校500所。\n"
EXAMPLES_USER_TRIAL = [
    ("count_of_project_counties", "学校建设工作报告\n" + _TRIAL_LINE * 3, None),
    ("count_of_monitored_counties", "质量监测工作总结\n" + "本轮共有12个监测县参加抽测。\n" * 3, None),
    ("count_of_any_kind_of_county", "学校建设工作报告\n" + "全省60个样板县(市、区)开工学校500所。\n" * 3, None),
    ("count_with_another_measure", "校舍安全工作报告\n" + "改造完成8所项目区学校。\n" * 3, None),
    ("a_name_after_the_count_stays", "学校建设工作报告\n" + "全市3所学校落户清河县,清河县政府拨付经费。\n" * 3,
     "清河县"),
]
# A review: names that open with a measure word after an item number (附件1台州市) are names; only the measure
# words of places (PLACE_COUNTERS) make a count.
EXAMPLES_REVIEW = [
    ("attachment_before_tai", "附件1台州市履行教育职责自评报告\n一、基本情况\n台州市共有学校30所。\n", "台州市"),
    ("attachment_before_zhang", "附件2张家口市履行教育职责自评报告\n一、基本情况\n全市共有学校30所。\n", "张家口市"),
    ("traditional_counter", "學校建設工作報告\n" + "全省60個樣板縣開工學校500所。\n" * 3, None),
]


# Fixture set 5 (our own texts): a title opening with a name whose middle character is also a function word (安和县:
# 和) or whose ending is also a generic noun's (桐山区: 山区) names its government where a government's words follow
# it; the generic nouns alone stay no region.
EXAMPLES_FIXTURES5 = [
    ("function_word_inside_a_name", "安和县人民政府关于2023年度履行教育职责情况的自评报告\n全县共有小学12所。\n",
     "安和县"),
    ("a_title_cut_inside_a_word", "度向县政府常务会议报告\n全县共有小学12所。\n", None),
    ("one_character_and_an_ending", "永市人民政府2023年度履行教育职责自评报告\n全市共有小学12所。\n", None),
    ("generic_noun_ending_before_government", "桐山区人民政府关于2023年度履行教育职责情况的自评报告\n全区12所。\n",
     "桐山区"),
    ("new_district_before_government", "清溪新区管委会关于2023年教育工作的报告\n全区共有小学12所。\n", "清溪新区"),
    ("generic_noun_alone_stays_none", "山区教育工作报告\n山区学校共有12所。\n", None),
    ("function_word_before_an_ending_in_the_body", "教育工作报告\n我们要对县政府负责。\n" * 2, None),
]


@pytest.mark.parametrize(
    ("text", "region"), [c[1:] for c in EXAMPLES_FIXTURES5], ids=[c[0] for c in EXAMPLES_FIXTURES5]
)
def test_a_title_names_its_government_whatever_its_characters(text: str, region: str | None) -> None:
    assert read_metadata(layers(text)).region == region


@pytest.mark.parametrize(("text", "region"), [c[1:] for c in EXAMPLES_USER_TRIAL + EXAMPLES_REVIEW],
                         ids=[c[0] for c in EXAMPLES_USER_TRIAL + EXAMPLES_REVIEW])
def test_a_count_and_a_generic_noun_are_no_region(text: str, region: str | None) -> None:
    md = read_metadata(layers(text))
    assert md.region == region
    if region is None:
        assert md.admin_level is not AdminLevel.COUNTY and md.admin_level is not AdminLevel.DISTRICT


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
    assert (entry, cue) in _level_cues(text, "临江市", SpanSet((), len(text)), Books(text))
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


@pytest.mark.parametrize("entry", PLACE_COUNTERS, ids=[e.word for e in PLACE_COUNTERS])
def test_place_counter_examples(entry: Entry[str]) -> None:
    """Each counter's example, repeated as a report's lines, gives no region; with another character in the
    counter's place the words are read as a name (the counter is what refuses it)."""
    assert d.parse("工作报告\n" + (entry.example + "。\n") * 3).region is None
    other = d.parse("工作报告\n" + (entry.example.replace(entry.word, "乙", 1) + "。\n") * 3).region
    assert other is not None and other.startswith("乙")


@pytest.mark.parametrize("entry", NON_REGION_WORDS, ids=[e.word for e in NON_REGION_WORDS])
def test_non_region_examples(entry: Entry[str]) -> None:
    text = f"某某工作报告\n2020年,在{entry.example}方面,{entry.example}。\n"
    found = _region_candidates(text, 0, len(text), SpanSet((), len(text)))
    assert not [w for w in found if w.endswith(entry.word)]


@pytest.mark.parametrize("entry", NAME_TAILS, ids=[e.word for e in NAME_TAILS])
def test_name_tail_examples(entry: Entry[str]) -> None:
    """A name ending with the generic noun is the title's region before a government's words, and in the body
    where a government's words follow it twice; the noun alone, or with no government after it, is none."""
    name = entry.example[: entry.example.index(entry.word) + len(entry.word)]
    assert _title_region(entry.example + "关于教育工作的报告") == name
    body = f"工作报告\n{entry.example}印发通知。\n{entry.example}召开会议。\n"
    assert d.parse(body).region == name
    assert d.parse(f"工作报告\n{name}教育发展良好。\n{entry.word}教育发展良好。\n").region is None
    assert _title_region(entry.word + "教育工作报告") is None


@pytest.mark.parametrize("entry", ONE_CHARACTER_NAMES, ids=[e.word for e in ONE_CHARACTER_NAMES])
def test_one_character_name_examples(entry: Entry[str]) -> None:
    """A county whose whole name is one character is the title's region, and the body's where a government's
    words follow it twice, after a boundary; another character in its place (乙县) is no name: the table is what
    takes the one character."""
    assert _title_region(entry.example) == entry.word
    body = f"工作报告\n{entry.word}人民政府印发通知。\n会议在{entry.word}召开,{entry.word}县委高度重视。\n"
    report = d.parse(body)
    assert (report.region, report.admin_level) == (entry.word, AdminLevel.COUNTY)
    assert _title_region(entry.example.replace(entry.word[0], "乙", 1)) is None
    assert d.parse(body.replace(entry.word[0], "乙")).region is None


_LEVELS = {e.word: e.value for e in REGION_SUFFIXES}


@pytest.mark.parametrize("entry", ADDRESS_PRONOUNS, ids=[e.word for e in ADDRESS_PRONOUNS])
def test_address_pronoun_is_read_by_the_three_tables(entry: Entry[str]) -> None:
    # 你县: the level of the government addressed, no region's name, and no word of a figure's subject
    assert entry in SELF_REFERENCES and entry.word in {e.word for e in NON_REGION_WORDS}
    assert entry.word in {e.word for e in SUBJECT_LEAD_WORDS}
    assert read_metadata(layers(f"督导反馈意见\n{entry.example}。\n")).region is None


@pytest.mark.parametrize("entry", SELF_REFERENCES, ids=[e.word for e in SELF_REFERENCES])
def test_self_reference_examples(entry: Entry[str]) -> None:
    # said twice, the reference names the writer's level; once is too little (公众对本县…)
    md = read_metadata(layers(f"教育工作报告\n{entry.example}。{entry.example}。\n"))
    assert md.admin_level is _LEVELS[entry.value].admin_level
    assert read_metadata(layers(f"教育工作报告\n{entry.example}。\n")).admin_level is None
    # after a masked name (xx区委) it is another government's
    masked = read_metadata(layers(f"教育工作报告\nxx{entry.example}。xx{entry.example}。\n"))
    assert masked.admin_level is None or not entry.word.startswith(entry.value)


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


# --- the 《》 of a stretch are those of the whole text that lie in it ------------------------------------

_BOOK_PIECES = ["《", "》", "\n", "甲", "乙乙乙", "甲" * 60]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_BOOK_PIECES), max_size=14), st.integers(0, 200), st.integers(0, 200))
def test_the_books_of_a_stretch_are_those_a_scan_of_it_finds(pieces: list[str], a: int, b: int) -> None:
    from dutyreport.metadata._common import _BOOK_RE

    text = "".join(pieces)
    lo, hi = min(a, b, len(text)), min(max(a, b), len(text))
    books = Books(text)
    assert books.spans == [m.span() for m in _BOOK_RE.finditer(text)]
    scanned = [m.span() for m in _BOOK_RE.finditer(text, lo, hi)]
    assert [(s, e) for s, e in books.spans if lo <= s and e <= hi] == scanned  # (what within keeps)
    assert books.within(lo, hi).spans == SpanSet(scanned).spans


@pytest.mark.skipif(not CORPUS, reason="no corpus")
def test_the_books_of_the_real_reports_bodies_are_those_a_scan_of_them_finds() -> None:
    from dutyreport.metadata._common import _BOOK_RE

    for path in [*CORPUS, *realworld_files()]:
        text = path.read_text(encoding="utf-8")
        for lo, hi in ((0, len(text)), (len(text) // 5, len(text) // 2), (3, len(text) - 7)):
            scanned = SpanSet(m.span() for m in _BOOK_RE.finditer(text, lo, hi))
            assert Books(text).within(lo, hi).spans == scanned.spans, path.name


# A review of round 11: a notice addressed to a government (你县, 你区, 请你市…) names it by a pronoun, no name: the
# report's region is never read from it, but its level is (our own notice openings). (notice, region, level)
EXAMPLES_REVIEW12_ADDRESSED = [
    (
        "title_about_you",
        "关于对你县履行教育职责情况的督导反馈意见\n你县人民政府：\n督导组对你县2023年度工作进行了实地督导。\n"
        "一、主要问题\n你县大班额问题突出。\n",
        None,
        AdminLevel.COUNTY,
    ),
    (
        "title_about_your_district",
        "关于你区义务教育优质均衡发展督导检查情况的反馈\n你区人民政府：\n一、主要问题\n你区学位供给不足。\n",
        None,
        AdminLevel.DISTRICT,
    ),
    (
        "title_about_your_city",
        "关于对你市教育工作督导评估的意见\n你市人民政府：\n一、主要问题\n你市学前教育普惠率偏低。\n",
        None,
        AdminLevel.CITY,
    ),
    (
        "asked_to_rectify",
        "督导反馈意见书\n请你县对照问题认真整改。\n一、主要问题\n你县大班额问题突出。\n你县教师缺编。\n",
        None,
        AdminLevel.COUNTY,
    ),
    (
        "named_and_addressed",
        "关于对清水县履行教育职责情况的督导反馈意见\n清水县人民政府：\n督导组对你县进行了督导。\n"
        "一、主要问题\n你县大班额问题突出。\n",
        "清水县",
        AdminLevel.COUNTY,
    ),
]


@pytest.mark.parametrize(("text", "region", "level"), [e[1:] for e in EXAMPLES_REVIEW12_ADDRESSED],
                         ids=[e[0] for e in EXAMPLES_REVIEW12_ADDRESSED])
def test_an_addressed_government_is_no_name(text: str, region: str | None, level: AdminLevel) -> None:
    report = d.parse(text)
    assert (report.region, report.admin_level) == (region, level)
