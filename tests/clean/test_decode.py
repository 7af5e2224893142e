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


def _boundary_insert(data: bytes, at: int, stray: bytes) -> bytes:
    return data[:at] + stray + data[at:]


# (name, bytes, the text expected): damage a trial met, read with one U+FFFD per run of lost bytes.
EXAMPLES_USER_TRIAL = [
    ("utf8_cut_inside_its_last_character", BODY[:-2], TEXT[:-2] + "\ufffd"),
    ("utf8_cut_after_one_byte_of_its_last_character", BODY[:-1] + BODY[-4:-3], TEXT[:-1] + "\ufffd"),
    ("utf8_with_one_stray_byte", _boundary_insert(BODY, AT, b"\xff"), TEXT.replace("全县", "\ufffd全县", 1)),
    ("utf8_with_a_run_of_two_stray_bytes", _boundary_insert(BODY, AT, b"\xc0\xc1"),
     TEXT.replace("全县", "\ufffd全县", 1)),
    ("gb18030_with_one_stray_byte", _boundary_insert(GB, GB_AT, b"\xff"), TEXT.replace("全县", "\ufffd全县", 1)),
    ("utf16_le_with_bom", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), TEXT),
    ("utf16_be_with_bom", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), TEXT),
    ("utf16_as_python_writes_it", TEXT.encode("utf-16"), TEXT),
    ("utf16_cut_inside_a_code_unit", TEXT.encode("utf-16")[:-1], TEXT[:-1] + "\ufffd"),
    ("utf32_le_with_bom", codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), TEXT),
    ("utf32_be_with_bom", codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"), TEXT),
    ("utf8_with_bom_cut", codecs.BOM_UTF8 + BODY[:-2], TEXT[:-2] + "\ufffd"),
]


@pytest.mark.parametrize(("data", "text"), [c[1:] for c in EXAMPLES_USER_TRIAL],
                         ids=[c[0] for c in EXAMPLES_USER_TRIAL])
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
