"""Bytes to text (clean.decode): byte order marks, and copies damaged a little read with U+FFFD for what was lost.

The sentences are ours, in the genre; the damage is what a new-user trial met (a download cut inside its last
character, a stray byte, a file saved as UTF-16), built here by hand on our own text.
"""

from __future__ import annotations

import codecs
import zlib

import pytest

import dutyreport
from dutyreport import DecodeError
from dutyreport.clean.decode import decode
from dutyreport.model.report import CorruptionKind

TEXT = (
    "松岭县人民政府关于履行教育职责情况的自查报告\n"
    "一、基本情况\n"
    "2024年,全县共有中小学校48所,在校学生21350人,专任教师1862人。\n"
    "二、主要做法\n"
    "全年投入教育经费3.6亿元,新建改建校舍面积12000平方米。\n"
)
BODY = TEXT.encode("utf-8")
GB = TEXT.encode("gb18030")
AT = BODY.index("全县".encode())  # a character boundary inside the text
GB_AT = GB.index("全县".encode("gb18030"))
LONG = TEXT * 8  # (a GB18030 stray byte loses a run of characters: a text long enough to allow it)
GB_LONG = LONG.encode("gb18030")


def _boundary_insert(data: bytes, at: int, stray: bytes) -> bytes:
    return data[:at] + stray + data[at:]


# (name, bytes, the text expected): damage a trial met, read with one U+FFFD per run of lost bytes.
EXAMPLES_USER_TRIAL = [
    ("utf8_cut_inside_its_last_character", BODY[:-2], TEXT[:-2] + "\ufffd"),
    ("utf8_cut_after_one_byte_of_its_last_character", BODY[:-1] + BODY[-4:-3], TEXT[:-1] + "\ufffd"),
    ("utf8_with_one_stray_byte", _boundary_insert(BODY, AT, b"\xff"), TEXT.replace("全县", "\ufffd全县", 1)),
    ("utf8_with_a_run_of_two_stray_bytes", _boundary_insert(BODY, AT, b"\xc0\xc1"),
     TEXT.replace("全县", "\ufffd全县", 1)),
    # (GB18030 is not self-synchronizing: the characters up to the next ASCII byte are lost with the stray one)
    ("gb18030_with_one_stray_byte", _boundary_insert(GB_LONG, GB_AT, b"\xff"),
     LONG.replace("全县共有中小学校", "\ufffd", 1)),
    ("utf16_le_with_bom", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), TEXT),
    ("utf16_be_with_bom", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), TEXT),
    ("utf16_as_python_writes_it", TEXT.encode("utf-16"), TEXT),
    ("utf16_cut_inside_a_code_unit", TEXT.encode("utf-16")[:-1], TEXT[:-1] + "\ufffd"),
    ("utf32_le_with_bom", codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), TEXT),
    ("utf32_be_with_bom", codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"), TEXT),
    ("utf8_with_bom_cut", codecs.BOM_UTF8 + BODY[:-2], TEXT[:-2] + "\ufffd"),
]
# A review: a GB18030 copy cut inside its last character reads as a UTF-8 one does.
EXAMPLES_REVIEW = [
    ("gb18030_cut_inside_its_last_character", TEXT[:-1].encode("gb18030")[:-1], TEXT[:-2] + "\ufffd"),
    ("gbk_short_cut", "全县学校48所".encode("gbk")[:-1], "全县学校48\ufffd"),
    # (GB18030's decoder keeps a trailing 0xFF as if it opened a character: it opens none, and is lost)
    ("gb18030_with_a_trailing_ff", GB_LONG + b"\xff", LONG + "\ufffd"),
]


def test_a_stray_byte_inside_a_gb18030_character_loses_characters_never_reads_wrong_ones() -> None:
    """A review: a byte lost inside a two-byte character put the rest of the run out of step, read as wrong
    characters (培养 as 鍩瑰吇-like nonsense) without a mark. Every character read is one of the text's own, in
    order, and what is lost is a U+FFFD run the report lists."""
    for cut in range(GB_AT, GB_AT + 12):
        data = GB_LONG[:cut] + b"\xff" + GB_LONG[cut:]
        text = decode(data)
        assert text.count("\ufffd") == 1
        head, _, tail = text.partition("\ufffd")
        assert LONG.startswith(head) and LONG.endswith(tail), (cut, text)


def test_a_short_clean_gb18030_text_is_never_read_as_damaged_utf8() -> None:
    """Clean readings come before damaged ones: each line of our text in GB18030 reads back whole."""
    for line in TEXT.splitlines():
        assert decode(line.encode("gb18030")) == line


@pytest.mark.parametrize(("data", "text"), [c[1:] for c in EXAMPLES_USER_TRIAL + EXAMPLES_REVIEW],
                         ids=[c[0] for c in EXAMPLES_USER_TRIAL + EXAMPLES_REVIEW])
def test_damaged_copies_are_read_with_their_losses_marked(data: bytes, text: str) -> None:
    assert decode(data) == text


@pytest.mark.parametrize(("data", "text"), [c[1:] for c in EXAMPLES_USER_TRIAL if "\ufffd" in c[2]],
                         ids=[c[0] for c in EXAMPLES_USER_TRIAL if "\ufffd" in c[2]])
def test_every_lost_run_is_a_corruption_of_the_report(data: bytes, text: str) -> None:
    report = dutyreport.parse(data)
    assert report.text == text
    lost = [(c.start, c.end) for c in report.corruptions if c.kind is CorruptionKind.LOST_CHARS]
    runs = [i for i, c in enumerate(text) if c == "\ufffd"]
    assert runs and all(any(s <= i < e for s, e in lost) for i in runs)
    assert report.indicators  # the rest of the report is read as usual


def _png() -> bytes:
    rows = bytes(i * 7 % 256 for i in range(4000))
    return b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\x0dIHDR" + zlib.compress(rows)


# (name, bytes): files that are no text in either encoding, or too damaged to read: still a DecodeError.
EXAMPLES_NOT_TEXT = [
    ("png", _png()),
    ("compressed_bytes", zlib.compress(bytes(range(256)) * 40)),
    ("every_byte_value", bytes(range(256)) * 8),
    ("gbk_with_two_bad_bytes_in_eight", "汉阳区".encode("gbk") + b"\xff\xff"),
    ("utf8_with_every_tenth_byte_bad", b"".join(BODY[i : i + 9] + b"\xff" for i in range(0, len(BODY), 9))),
    ("utf16_bom_then_bytes_that_are_no_utf16", codecs.BOM_UTF16_LE + b"\x00\xd8" * 50),
    # a review: these read before as GB18030 (a PNG's header is valid GB18030) or as text with NULs
    ("png_header_alone", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
    ("utf16_le_without_a_bom", "Hello 2024 全县".encode("utf-16-le")),
    ("utf8_text_with_a_nul", "全县学校48所\x00".encode()),
    ("gbk_short_with_a_trailing_ff", "汉阳区".encode("gbk") + b"\xff"),
]


@pytest.mark.parametrize("data", [c[1] for c in EXAMPLES_NOT_TEXT], ids=[c[0] for c in EXAMPLES_NOT_TEXT])
def test_bytes_that_are_no_text_still_raise(data: bytes) -> None:
    with pytest.raises(DecodeError) as info:
        decode(data)
    assert 0 <= info.value.offset < len(data)


def test_a_clean_text_reads_the_same_in_every_encoding_with_a_bom() -> None:
    for encoding in ("utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"):
        data = TEXT.encode(encoding)
        if encoding in ("utf-16-le", "utf-16-be"):
            data = (codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE) + data
        assert decode(data) == TEXT, encoding


def test_a_mostly_ascii_gb18030_text_is_not_read_as_damaged_utf8() -> None:
    # strict GB18030 wins over a UTF-8 reading that would lose its bytes
    data = ("Report 2024 " * 20 + "全县").encode("gb18030")
    assert decode(data).endswith("全县")


@pytest.mark.parametrize("stray", [0x81, 0xA1, 0xB5, 0xBF, 0xC0, 0xFE, 0xFF])
def test_a_stray_byte_anywhere_in_utf8_never_leaves_a_wrong_character(stray: int) -> None:
    """A review: a continuation byte put inside a character (挖 = E6 8C 96, with B5 after 8C) read as another
    valid character next to the U+FFFD. At every place of our text, one stray byte gives the text with one U+FFFD
    standing for at most two characters (the one it was put in, or beside), never another character."""
    for at in range(1, len(BODY)):
        text = decode(BODY[:at] + bytes([stray]) + BODY[at:])
        head, mark, tail = text.partition("\ufffd")
        assert mark and "\ufffd" not in tail, (at, text)
        assert TEXT.startswith(head) and TEXT.endswith(tail) and len(text) >= len(TEXT) - 2, (at, text)
