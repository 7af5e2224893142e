"""Hostile input: whatever arrives, ``parse`` returns a grounded Report or raises a documented error.

Documented errors are :class:`~dutyreport.EmptyInputError` (empty or blank input) and
:class:`~dutyreport.DecodeError` (bytes neither UTF-8 nor GB18030, with the offset of the first bad
byte). Normalizers return a value or a :class:`~dutyreport.DutyReportError`; nothing is ever a float.

Per-example inputs stay small so hypothesis runs many of them; the big cases (a 1 MB line, 10 MB of
input) are single examples. A hang would fail the test through the alarm guard below rather than
stall CI; no test asserts how long anything takes.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import dutyreport
from conftest import CORPUS
from dutyreport import DecodeError, DutyReportError, EmptyInputError, Report
from dutyreport.clean.decode import decode
from test_grounding import assert_grounded, assert_matches_grounded, assert_no_float

HANG_GUARD_SECONDS = 90  # far above any case here; only a hang reaches it


@pytest.fixture(autouse=True)
def _hang_guard() -> Iterator[None]:
    def hang(signum: int, frame: object) -> None:
        raise AssertionError(f"no result after {HANG_GUARD_SECONDS} s: a hang")

    if not hasattr(signal, "SIGALRM"):
        yield
        return
    old = signal.signal(signal.SIGALRM, hang)
    signal.alarm(HANG_GUARD_SECONDS)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


# --------------------------------------------------------------------------------------------
# Strategies
# --------------------------------------------------------------------------------------------

# Characters of the genre, so generated text reaches the interesting code paths.
_GENRE = (
    "0123456789０１２３４５６７８９.,，。、；：:;%％()（）〔〕[]【】《》“”\"'-—~～/xX*_ \u3000\t\n\r"
    "零〇○一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億兩廿卅点余多约近超过以上左右"
    "年月日号第是区县市镇乡所人名个元次项班间台套平方米亩生均每学校教师投入资金经费增长占比达"
    "首页正文发布日期浏览次数返回顶部打印关闭版权彩票娱乐官网注册下载app平台网址"
    "基本情况存在问题整改措施下一步工作打算今后努力方向关于印发通知教督委政办函"
)
_CONTROL = "".join(chr(c) for c in range(0x20)) + "\x7f\x85\u2028\u2029\u200b\u200d\ufeff\ufffe\uffff"
_SURROGATES = "\ud800\udbff\udc00\udfff"

genre_chars = st.sampled_from(_GENRE)
any_char = st.characters(codec=None, exclude_categories=())  # every code point, lone surrogates too
hostile_text = st.text(
    st.one_of(genre_chars, genre_chars, genre_chars, any_char, st.sampled_from(_CONTROL + _SURROGATES)),
    max_size=400,
)
# Lines that look like headings, figures and chrome, glued into a text: deeper paths than characters.
_FRAGMENTS = (
    "一、", "(一)", "（二）", "1.", "2、", "(3)", "①", "一是", "二是", "下一步工作打算", "\n", "\n", "。",
    "全区共有学校", "20所", "3.5亿元", "12.5%", "约1200人", "〔2020〕1号", "武教督委〔20201号", "20226月底",
    "2019年度", "2016-2020年", "发布日期:2021-04-01 15:34", "返回顶部", "首页 > 正文", "大发彩票网址",
    "x人", "____万元", "《关于", "》", "“", "”", "百分之九十五", "1:15", "生均1200元/年", "十四五",
    "<p>", "</p>", "&nbsp;", "<br/>", "壹拾万零叁仟", "萬", "億", "\x00", "\ud800", "\u3000",
)
fragment_text = st.lists(
    st.one_of(st.sampled_from(_FRAGMENTS), st.text(genre_chars, max_size=12)), max_size=60
).map("".join)


def _parse_checked(source: str | bytes) -> Report | None:
    """parse(source), which must return a grounded Report or raise a documented error."""
    try:
        report = dutyreport.parse(source)
    except EmptyInputError:
        text = decode(source) if isinstance(source, bytes) else source  # UTF-8, else GB18030, as parse reads it
        assert not text.strip(), "EmptyInputError for input that is not blank"
        return None
    except DecodeError as e:
        assert isinstance(source, bytes), "DecodeError for a str"
        assert 0 <= e.offset < len(source), f"offset {e.offset} outside {len(source)} bytes"
        return None
    assert_grounded(report)
    return report


# --------------------------------------------------------------------------------------------
# Whole reports
# --------------------------------------------------------------------------------------------

_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(hostile_text)
@example("")
@example(" \t\u3000\n\r")
@example("\x00" * 50)
@example("\ud800一、基本情况\udfff\n全区共有学校20所")
@example("\ufeff\u200b")
def test_parse_arbitrary_text(text: str) -> None:
    _parse_checked(text)


@_SETTINGS
@given(fragment_text)
@example("一、基本情况\n（一）\n1.\n一是二是\n")
@example("〔〔〔2020〕〕1号号")
@example("(一)0:一、(一)")  # a ratio across a run-in heading's number
def test_parse_genre_fragments(text: str) -> None:
    _parse_checked(text)


@_SETTINGS
@given(st.binary(max_size=400))
@example(b"")
@example(b"\xef\xbb\xbf")  # a BOM alone: blank once decoded
@example(b"\xff\xfe\x00")
@example("汉阳区".encode("gbk") + b"\x80")
def test_parse_arbitrary_bytes(data: bytes) -> None:
    _parse_checked(data)


@_SETTINGS
@given(fragment_text, st.sampled_from(["utf-8", "gb18030", "utf-8-sig"]))
def test_parse_encoded_text(text: str, encoding: str) -> None:
    """Encodable text arrives as bytes in a supported encoding: it is read back as the same text."""
    clean = text.encode("utf-8", "ignore").decode("utf-8")
    report = _parse_checked(clean.encode(encoding))
    if report is not None and encoding != "gb18030":
        assert report.text == clean


@pytest.mark.parametrize(
    "source",
    ["", " ", "\n\n\n", "\u3000\u3000", "\t\r\n \x0b\x0c", "\x1c\x1d\x1e\x1f\x85", b"", b"   \n", "\ufeff".encode()],
    ids=["empty", "space", "newlines", "ideographic", "ascii-ws", "unicode-ws", "bytes-empty", "bytes-ws", "bom"],
)
def test_blank_input_is_empty_input_error(source: str | bytes) -> None:
    with pytest.raises(EmptyInputError):
        dutyreport.parse(source)


def test_undecodable_bytes_name_their_offset() -> None:
    data = "一、基本情况".encode() + b"\x81\x20\xff\xff"
    with pytest.raises(DecodeError) as info:
        dutyreport.parse(data)
    assert info.value.offset >= len("一、基本情况".encode())
    assert isinstance(info.value, DutyReportError) and isinstance(info.value, ValueError)


@pytest.mark.parametrize("source", [None, 12, 1.5, ["一、"], bytearray(b"\xff\xff\xff")], ids=str)
def test_wrong_type_is_a_library_error(source: object) -> None:
    try:
        dutyreport.parse(source)  # type: ignore[arg-type]
    except DutyReportError:
        return
    pytest.fail("a non-str, non-bytes input is not reported with a DutyReportError")


# --------------------------------------------------------------------------------------------
# Big inputs (single examples)
# --------------------------------------------------------------------------------------------

_CORPUS_TEXTS = [p.read_text(encoding="utf-8") for p in CORPUS]
_SAMPLE = "\n".join(_CORPUS_TEXTS) if _CORPUS_TEXTS else (
    "某区教育工作自查报告\n一、基本情况\n全区共有学校20所,投入资金3.5亿元,占比12.5%。\n" * 100
)


@pytest.mark.slow
@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda: _SAMPLE.replace("\n", "")[:1_000_000].ljust(1_000_000, "。"), id="report-one-line"),
        pytest.param(lambda: "1" * 1_000_000, id="digits"),
        pytest.param(lambda: "一" * 1_000_000, id="cn-digits"),
        pytest.param(lambda: "“" * 500_000 + "》" * 500_000, id="quotes"),
        pytest.param(lambda: ("2020" * 250_000), id="years"),
        pytest.param(lambda: "彩票官网" * 250_000, id="spam"),
        pytest.param(lambda: "一、基本情况\n" + "仍有现象" * 250_000, id="held-words-without-clause-marks"),
        pytest.param(lambda: "(一)" * 333_333, id="headings"),
        pytest.param(lambda: "x" * 1_000_000, id="placeholders"),
        pytest.param(lambda: "新建学校5所投入资金300万元" * 20_000, id="figures-unpunctuated"),
        pytest.param(lambda: "上一页" * 333_333, id="pager-links"),
        pytest.param(lambda: ("1 " * 11 + "下页") * 4_000, id="pager-numbers"),  # (100 KB: a line of figures)
        pytest.param(lambda: "a" * 200_000 + " {b}", id="style-selector"),  # (200 KB: one run of letters)
    ],
)
def test_one_megabyte_line(line: object) -> None:
    text = line()  # type: ignore[operator]
    report = _parse_checked(text)
    assert report is not None
    assert_matches_grounded(text, dutyreport.find_quantities(text))


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        pytest.param(lambda: "\n" * 1_000_000 + "学校5所", id="blank-lines"),
        pytest.param(lambda: " \n" * 500_000 + "学校5所", id="spaced-lines"),
        pytest.param(lambda: "\u3000\n" * 500_000 + "1、学校", id="chunk-number-after-blank-lines"),
        pytest.param(lambda: "共4个。" + "\n" * 1_000_000 + "分别为甲乙丙丁。", id="respectively-after-blank-lines"),
    ],
)
def test_a_megabyte_of_blank_lines(text: object) -> None:
    # (each line break of a run of blank lines once read the rest of the run: a hang, caught by the guard)
    source = text()  # type: ignore[operator]
    report = _parse_checked(source)
    assert report is not None
    assert_matches_grounded(source, dutyreport.find_quantities(source))


@pytest.mark.slow
def test_ten_megabytes() -> None:
    copies = 10_000_000 // len(_SAMPLE.encode()) + 1
    data = ("\n".join([_SAMPLE] * copies)).encode()
    assert len(data) >= 10_000_000
    report = _parse_checked(data)
    assert report is not None and report.indicators
    assert len(repr(report)) < 1_000  # a notebook shows counts, never the text


# --------------------------------------------------------------------------------------------
# Pasted HTML, Traditional characters, mixed widths
# --------------------------------------------------------------------------------------------

_TRADITIONAL = str.maketrans(
    "万亿两区县学师资经费与国条为们实发长现门问题义务体关开",
    "萬億兩區縣學師資經費與國條為們實發長現門問題義務體關開",
)
_FULL = str.maketrans({**{chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}, " ": "\u3000"})
_HALF = str.maketrans("，。：；（）、！？", ",.:;()\\!?")


def _html(text: str) -> str:
    body = "".join(f'<p style="text-indent:2em">{ln}&nbsp;</p>\n' for ln in text.split("\n"))
    return f"<html><head><title>报告</title><script>var a=1<2;</script></head><body>{body}</body></html>"


@pytest.mark.skipif(not _CORPUS_TEXTS, reason="the shared corpus is not beside the project")
@pytest.mark.parametrize("form", ["html", "traditional", "fullwidth", "halfwidth", "crlf", "nul"])
def test_corpus_in_other_forms(form: str) -> None:
    for base in _CORPUS_TEXTS:
        text = {
            "html": _html,
            "traditional": lambda t: t.translate(_TRADITIONAL),
            "fullwidth": lambda t: t.translate(_FULL),
            "halfwidth": lambda t: t.translate(_HALF),
            "crlf": lambda t: t.replace("\n", "\r\n"),
            "nul": lambda t: t.replace("。", "。\x00"),
        }[form](base)
        report = _parse_checked(text)
        assert report is not None
        assert report.indicators, f"{form}: a real report in another form still has figures"


# --------------------------------------------------------------------------------------------
# Normalizers and find_quantities on arbitrary strings
# --------------------------------------------------------------------------------------------

_NORMALIZERS = {
    "parse_number": dutyreport.parse_number,
    "parse_money": dutyreport.parse_money,
    "parse_percent": dutyreport.parse_percent,
    "parse_ratio": dutyreport.parse_ratio,
    "parse_quantity": dutyreport.parse_quantity,
}
_number_text = st.one_of(
    st.text(st.sampled_from("0123456789.,万亿千百十零一二两三四五六七八九壹贰叁点余多约%元:"), max_size=16),
    hostile_text.map(lambda s: s[:40]),
)


@pytest.mark.parametrize("name", list(_NORMALIZERS))
@settings(max_examples=300, deadline=None)
@given(text=_number_text)
@example(text="")
@example(text="\ud800")
@example(text="1e999999")
@example(text="9" * 5000)
@example(text="一" * 5000)
@example(text="万" * 50)
@example(text="NaN")
@example(text="inf")
@example(text="0.1%")
def test_normalizer_value_or_library_error(name: str, text: str) -> None:
    try:
        value = _NORMALIZERS[name](text)
    except DutyReportError:
        return
    if isinstance(value, Decimal):
        assert value.is_finite(), f"{name}({text!r}) = {value}"
    else:
        assert_no_float(value.to_dict(), f"{name}({text!r})")


@pytest.mark.parametrize("name", list(_NORMALIZERS))
@pytest.mark.parametrize("value", [None, 12, 1.5, b"12"], ids=str)
def test_normalizer_non_string(name: str, value: object) -> None:
    with pytest.raises(DutyReportError):
        _NORMALIZERS[name](value)  # type: ignore[arg-type]


# Words around a figure repeated many times (比比…1…大大, 过过…20, 5%或更多或更多…, 1至2之间或更多之间…): a
# reading that takes the words off and reads what is left with the same steps again recurses once per word and
# reads the rest each time (RecursionError, or time quadratic in the length). Each is no figure: the
# normalizer's own error.
_NESTED_WORDS = [
    pytest.param("parse_quantity", lambda n: "过" * n + "20", id="lone-prefix"),
    pytest.param("parse_money", lambda n: "比" * n + "1" + "大" * n, id="comparison"),
    pytest.param("parse_percent", lambda n: "5%" + "或更多" * n, id="lone-suffix"),
    pytest.param("parse_quantity", lambda n: "-比" * n + "1" + "大" * n, id="signed-comparison"),
    pytest.param("parse_quantity", lambda n: "1至2之间" + "或更多之间" * n, id="between-and-suffix"),
    pytest.param("parse_money", lambda n: "过" * n + "1万元" + "以上" * n, id="prefix-and-suffix"),
    # (a run of the words closing an amount, 整 or 人民币, was taken off again from each character before it)
    pytest.param("parse_money", lambda n: "整" * n + "x", id="money-tail-run"),
    pytest.param("parse_quantity", lambda n: "5" + "人民币" * n + "所", id="currency-tail-run"),
]


@pytest.mark.parametrize(("name", "text"), _NESTED_WORDS)
def test_normalizer_nested_words(name: str, text: object) -> None:
    source = text(5_000)  # type: ignore[operator]
    with pytest.raises(DutyReportError) as caught:
        _NORMALIZERS[name](source)
    assert getattr(caught.value, "text", None) == source  # (the offending text, whole)


@pytest.mark.slow
@pytest.mark.parametrize(("name", "text"), _NESTED_WORDS)
def test_normalizer_nested_words_long(name: str, text: object) -> None:
    source = text(200_000)  # type: ignore[operator]
    with pytest.raises(DutyReportError):
        _NORMALIZERS[name](source)


@settings(max_examples=200, deadline=None)
@given(st.one_of(hostile_text, fragment_text))
def test_find_quantities_arbitrary_text(text: str) -> None:
    assert_matches_grounded(text, dutyreport.find_quantities(text))
