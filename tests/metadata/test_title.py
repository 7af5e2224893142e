"""read_metadata's title: the line that holds it, the site's labels and crumbs around it, and how it is
read; and the whole stage on the real reports' gold and on random texts (every field, the title's grounding).

Synthetic texts are written for these tests in the genre; the real reports are only read from
../shared/corpus at test time.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CORPUS, CORPUS_IDS, layers, load_gold, noise_for, realworld_files
from dutyreport.document import Document
from dutyreport.lang.entry import Entry
from dutyreport.lang.metadata import (
    GENRE_WORDS,
    NAV_SEPARATORS,
    PINYIN_RUBY,
    SITE_LABELS,
    TITLE_CORE,
    TITLE_ENDINGS,
    TITLE_HEAD_ENDS,
)
from dutyreport.metadata import Metadata, read_metadata
from dutyreport.metadata.title import _is_navigation, _title_score
from dutyreport.model.report import Noise, NoiseKind
from dutyreport.spans import SpanSet

SPAM = "手机版彩票888下载_彩票官方app版"
_RUBY = regex.compile(PINYIN_RUBY.pattern)
BODY = "一、基本情况\n全区共有学校20所。\n二、存在问题\n经费不足。\n"


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


# Titles as pages of the genre read in quality round 7 carry them (our own wording of each case).
EXAMPLES_UNSEEN_REPORTS = [
    ("collection_label_at_head", "【篇三】某区人民政府关于履行教育职责的自查报告\n" + BODY,
     "某区人民政府关于履行教育职责的自查报告"),
    ("practical_collection_count", "学校履行教育职责自查报告(实用12篇)\n" + BODY, "学校履行教育职责自查报告"),
    ("collection_count_and_year", "履行教育职责自评报告(五篇)(2024年)\n" + BODY, "履行教育职责自评报告"),
    ("vip_tag", "某县履行教育职责评价自评报告VIP免费\n" + BODY, "某县履行教育职责评价自评报告"),
    ("wrapped_in_lenticular_brackets", "【某乡教育督导自评报告】 自评报告模板.doc\n" + BODY,
     "某乡教育督导自评报告"),
    ("plan_headline", "某县学前教育普及普惠督导评估总体规划\n" + BODY, "某县学前教育普及普惠督导评估总体规划"),
    ("pdf_broke_at_the_year",
     "领导干部\n2023\n年度履行教育职责情况自评报告\n根据\nxx\n市通知精神,现报告如下。\n" + BODY,
     "领导干部2023年度履行教育职责情况自评报告"),
    ("year_line_above_a_title_is_no_head", "2023\n某县履行教育职责情况自评报告\n" + BODY,
     "某县履行教育职责情况自评报告"),
    ("headline_above_date_and_clock",
     "以评促建推动某县学前教育普及普惠\nhttp://www.example.com2020年03月06日 10:10某某网\n" + BODY,
     "以评促建推动某县学前教育普及普惠"),
    ("scheme_headline", "某县义务教育优质均衡督导评估工作方案\n" + BODY, "某县义务教育优质均衡督导评估工作方案"),
]


@pytest.mark.parametrize(("text", "title"), [c[1:] for c in EXAMPLES_UNSEEN_REPORTS],
                         ids=[c[0] for c in EXAMPLES_UNSEEN_REPORTS])
def test_title_of_unseen_reports(text: str, title: str) -> None:
    md = read_metadata(layers(text))
    assert md.title == title
    check_title_grounding(text, md, [])


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


# --- the next line that holds words, found in one pass (blank lines read once, not once per line above) ---

_LINE_TEXT = st.lists(
    st.sampled_from(
        ["", " ", "\u3000", "\t", "\xa0 ", "来源：县教育局 时间：2022-05-27", "某县自评报告", "一、基本情况"]
    ),
    max_size=12,
).map("\n".join)


def _info_follows_by_walking(text: str, lines: list[tuple[int, int]], k: int) -> bool:
    """What _info_follows stands for: the lines after ``k`` walked to the first that holds more than white space."""
    from dutyreport.metadata._common import _WS
    from dutyreport.metadata.title import _is_page_info

    for lo, hi in lines[k + 1 :]:
        if text[lo:hi].strip(_WS):
            return _is_page_info(text, lo, hi)
    return False


@given(_LINE_TEXT)
def test_the_line_after_is_the_next_that_holds_words(text: str) -> None:
    from dutyreport.metadata import title

    lines = title._lines(text, len(text))
    filled = title._next_filled(text, lines, [])
    for k in range(len(lines)):
        assert title._info_follows(text, lines, k, filled) == _info_follows_by_walking(text, lines, k), (text, k)


@pytest.mark.skipif(not CORPUS, reason="the shared corpus is not beside the project")
def test_the_line_after_is_the_next_that_holds_words_in_the_real_reports() -> None:
    from dutyreport.metadata import title

    for path in CORPUS:
        text = path.read_text(encoding="utf-8")[:20_000]
        lines = title._lines(text, len(text))
        filled = title._next_filled(text, lines, [])
        for k in range(len(lines)):
            assert title._info_follows(text, lines, k, filled) == _info_follows_by_walking(text, lines, k)


# --- the rubies left out of the body, tried only at brackets ------------------------------------------


def test_the_body_without_rubies_of_each_real_report_is_the_patterns_sub() -> None:
    from dutyreport.lang.script import fold
    from dutyreport.metadata.title import _RUBY_RE, _without_rubies

    for path in [*CORPUS, *realworld_files()]:
        text = fold(path.read_text(encoding="utf-8"))
        for lo in (0, 1, len(text) // 3):
            assert _without_rubies(text[lo:]) == _RUBY_RE.sub("", text[lo:]), (path.name, lo)


_RUBY_PIECES = ["义", "務", "(", "（", ")", "）", "yì", "wù", "fā", " ", "a", "A", "1", "，"]


@given(st.lists(st.sampled_from(_RUBY_PIECES), max_size=30))
def test_the_text_without_rubies_is_the_patterns_sub(pieces: list[str]) -> None:
    from dutyreport.metadata.title import _RUBY_RE, _without_rubies

    text = "".join(pieces)
    assert _without_rubies(text) == _RUBY_RE.sub("", text)


# --- the segments of a line, cut at spaces, separators and noise -------------------------------------


def _segments_char_by_char(text: str, lo: int, hi: int, mask: SpanSet) -> list[tuple[int, int]]:
    """The runs of own characters of a line read one character at a time: what _segments must find."""
    from dutyreport.metadata._common import _WS
    from dutyreport.metadata.title import _is_separator

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
    from dutyreport.metadata import title
    from dutyreport.pipeline import document

    for path in [*CORPUS, *realworld_files()]:
        doc = document(path.read_text(encoding="utf-8"))
        text, mask = doc.folded, doc.noise_index
        for lo, hi in title._lines(text, len(text)):
            for a, b in ((lo, hi), (lo + 1, hi), (lo, hi - 2)):
                assert title._segments(text, a, b, mask) == _segments_char_by_char(text, a, b, mask), path.name


@given(
    st.text(st.sampled_from(list(" \u3000\t/／>｜_|0123456789２县自查报告\n")), max_size=40),
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 8)), max_size=4),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_the_segments_of_a_stretch_are_those_read_char_by_char(
    text: str, spans: list[tuple[int, int]], a: int, b: int
) -> None:
    from dutyreport.metadata.title import _segments

    mask = SpanSet(((s, s + n) for s, n in spans), len(text))
    lo, hi = min(a, b, len(text)), min(max(a, b), len(text))
    assert _segments(text, lo, hi, mask) == _segments_char_by_char(text, lo, hi, mask)


# --- site labels tried only where a piece ends (starts) with their last (first) character --------------


def _strip_labels_trying_each(text: str, s: int, e: int) -> tuple[int, int]:
    """_strip_labels with every label tried at each end: what the indexed labels must find."""
    from dutyreport.metadata._common import _WS
    from dutyreport.metadata.title import _HEAD_LABELS, _HEAD_RE, _LABELS, _TAIL_RE, _WRAPS

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
        if e - s > 2 and (head := _HEAD_RE.match(text, s, e)) is not None and head.end() < e:
            s = head.end()
            changed = True
        if e - s > 2 and _WRAPS.get(text[s]) == text[e - 1] and text.find(text[e - 1], s + 1, e - 1) < 0:
            s, e = s + 1, e - 1
            changed = True
    return s, e


_LABEL_PIECES = sorted({e.word for e in SITE_LABELS} | {"自查报告", "清河县", " ", "\u3000", "三篇", "范", "】", "【"})


@given(st.lists(st.sampled_from(_LABEL_PIECES), max_size=8), st.integers(0, 3))
def test_the_labels_stripped_are_those_each_label_tried_strips(pieces: list[str], cut: int) -> None:
    from dutyreport.metadata.title import _strip_labels

    text = "".join(pieces)
    for s, e in ((0, len(text)), (min(cut, len(text)), len(text)), (0, max(0, len(text) - cut))):
        assert _strip_labels(text, s, e) == _strip_labels_trying_each(text, s, e)


def test_the_labels_stripped_from_the_real_lines_are_those_each_label_tried_strips() -> None:
    from dutyreport.metadata import title

    for path in [*CORPUS, *realworld_files()]:
        text = path.read_text(encoding="utf-8")
        for lo, hi in title._lines(text, min(len(text), 4000)):
            assert title._strip_labels(text, lo, hi) == _strip_labels_trying_each(text, lo, hi), path.name
