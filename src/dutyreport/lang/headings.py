"""The marks and words of a report's outline: how sections are numbered, the unnumbered blocks that
close a report, the words of a forward-looking heading, the words a heading ends with, the traditional
characters of those words, and what keeps ``一是`` from being a point.

Every entry's example is read back by :func:`dutyreport.structure.sections.find_sections` in
``tests/structure/test_sections.py``.
"""

from __future__ import annotations

from attrs import frozen

from .entry import Entry, PatternEntry, words
from .numbers import DIGITS, SMALL_UNITS

__all__ = [
    "CLOSING_CUES",
    "HEADING_ENDS",
    "HEADING_LINKS",
    "NUMBERING_SCHEMES",
    "OUTLINE_DIGITS",
    "OUTLINE_NUMERALS",
    "OUTLINE_TEN",
    "PLAN_HEADING_ENDS",
    "PLAN_HEADING_WORDS",
    "POINT_BLOCKERS",
    "Numbering",
]


def _everyday(value: int, table: tuple[Entry[int], ...]) -> str:
    """The everyday form of a numeral: lang.numbers lists it first among the forms of its value."""
    return next(e.word for e in table if e.value == value)


# The numerals an outline counts with: 一 … 九, and 十 (一、 (二) 三是 第四部分).
OUTLINE_DIGITS = "".join(_everyday(v, DIGITS) for v in range(1, 10))
OUTLINE_TEN = _everyday(10, SMALL_UNITS)
OUTLINE_NUMERALS = OUTLINE_DIGITS + OUTLINE_TEN

_CN_NUM = f"[{OUTLINE_NUMERALS}]{{1,3}}"
_AR_NUM = "[0-9０-９]{1,2}"
_PART_SEP = r"[ \t\u3000]*+[、.．:：]?"


@frozen
class Numbering:
    """A numbering scheme's name and usual rank (0 = most major; it only breaks ties: levels come from
    the order in which schemes appear). A scheme whose marks carry no number (a 【label】) is not
    ``numbered``: each mark met is the next sibling, never a restart. A ``run_in`` scheme's mark heads
    a section even inside a line, after a sentence end (a preview that lost its line breaks:
    ``…汇报如下：一、基本情况全县…``); an Arabic or circled number there is an inline enumeration."""

    name: str
    rank: int
    numbered: bool = True
    run_in: bool = False


# The numbering schemes of the genre. Each pattern holds one group named ``v``: the number.
NUMBERING_SCHEMES: tuple[tuple[PatternEntry, Numbering], ...] = (
    (PatternEntry(rf"第(?P<v>{_CN_NUM})部分{_PART_SEP}", "第一部分 2023年履行教育职责基本情况"),
     Numbering("cn_part", 0, run_in=True)),
    (PatternEntry(rf"第(?P<v>{_CN_NUM})章{_PART_SEP}", "第二章 存在的问题"),
     Numbering("cn_chapter", 0, run_in=True)),
    (PatternEntry(rf"第(?P<v>{_CN_NUM})[节節](?=[ \t\u3000、.．:：]){_PART_SEP}", "第一节 学前教育"),
     Numbering("cn_section", 1, run_in=True)),
    (PatternEntry(rf"(?P<v>{_CN_NUM})[、.．](?![{OUTLINE_NUMERALS}]+(?:、|年[级級]))", "一、基本情况"),
     Numbering("cn_dun", 2, run_in=True)),
    (PatternEntry(rf"[(（](?P<v>{_CN_NUM})[)）]", "(一)坚持党的全面领导"),
     Numbering("cn_paren", 3, run_in=True)),
    (PatternEntry(rf"(?P<v>{_AR_NUM})[.．](?![0-9０-９])", "1.建立县级领导定点联系学校机制。"), Numbering("ar_dot", 4)),
    (PatternEntry(rf"(?P<v>{_AR_NUM})、", "1、强化教育工作统筹协调。"), Numbering("ar_dun", 4)),
    (PatternEntry(rf"[(（](?P<v>{_AR_NUM})[)）]", "(1)落实生均公用经费"), Numbering("ar_paren", 5)),
    (PatternEntry(r"(?P<v>[①-⑳])", "①校舍维修"), Numbering("circled", 6)),
    # An unnumbered label in 【】 at a line start with the paragraph running on after it: a heading of
    # the current section's children (``v`` is the heading itself; every label is the next sibling).
    (PatternEntry(r"【(?P<v>\p{Han}[\p{Han}、与和及]{1,11})】(?=[ \t\u3000]*+[^\s【])",
                  "【学位供给】北部新城学位缺口约3,000个。"),
     Numbering("label", 7, numbered=False)),
)

# Unnumbered closing blocks after the last numbered section (longest first).
CLOSING_CUES: tuple[Entry[str], ...] = words(
    "closing block",
    ("下一步工作打算", "下一步工作打算"),
    ("下一步工作计划", "下一步工作计划:"),
    ("下一步工作思路", "下一步工作思路"),
    ("下一步打算", "下一步打算"),
    ("下步工作打算", "下步工作打算"),
    ("下步打算", "下步打算"),
    ("今后努力方向", "今后努力方向"),
    ("今后工作打算", "今后工作打算"),
    ("今后工作思路", "今后工作思路"),
    ("下一步", "下一步,我区将持续抓好整改落实。"),
)

# Nouns a heading ends with (``基本情况`` ``主要做法``): where a heading runs into its paragraph with no
# break (``一、基本情况全县共有…``), it ends after the first of them, or after the last of a few that
# follow one another: side by side, across a link word (``成效和不足``), or, for a noun that heads a
# compound (value True: ``问题整改情况``), across a short word. Words that open a paragraph as often
# as they close a heading (工作, 领导, 建设, 发展) are not here.
HEADING_ENDS: tuple[Entry[bool], ...] = (
    Entry("情况", True, "问题整改情况"),
    Entry("概况", False, "全县教育概况"),
    Entry("现状", False, "学前教育发展现状"),
    Entry("成效", True, "问题整改成效"),
    Entry("成绩", False, "取得的成绩"),
    Entry("做法", True, "经验主要做法"),
    Entry("措施", True, "问题整改措施"),
    Entry("举措", True, "问题整改举措"),
    Entry("经验", True, "问题整改经验"),
    Entry("亮点", False, "工作亮点"),
    Entry("特色", False, "办学特色"),
    Entry("问题", False, "存在的问题"),
    Entry("不足", False, "差距和不足"),
    Entry("短板", False, "薄弱环节和短板"),
    Entry("原因", False, "差距产生的原因"),
    Entry("建议", True, "问题整改建议"),
    Entry("意见", True, "问题整改意见"),
    Entry("打算", True, "问题整改打算"),
    Entry("计划", True, "问题整改计划"),
    Entry("思路", True, "问题整改思路"),
    Entry("方向", False, "坚持正确办学方向"),
    Entry("目标", True, "问题整改目标"),
    Entry("任务", True, "问题整改任务"),
    Entry("进展", True, "问题整改进展"),
    Entry("方面", False, "教育经费保障方面"),
    Entry("评价", False, "总体评价"),
    Entry("体会", False, "几点体会"),
)

# Words that link two heading nouns into one heading (``成效和不足``).
HEADING_LINKS: tuple[Entry[str], ...] = words(
    "heading link",
    ("以及", "成效以及不足"),
    ("及", "成效及不足"),
    ("和", "成效和不足"),
    ("与", "成效与不足"),
    ("暨", "成效暨不足"),
    ("、", "成效、不足"),
)

# Words that make a heading a plan (forward-looking) section.
PLAN_HEADING_WORDS: tuple[Entry[str], ...] = words(
    "plan heading",
    ("下一步", "下一步重点任务"),
    ("下步", "下步重点任务"),
    ("打算", "工作打算"),
    ("今后", "今后重点任务"),
    ("努力方向", "努力方向"),
    ("工作思路", "2022年工作思路"),
    ("工作计划", "明年工作计划"),
    ("展望", "展望"),
    # (the targets ahead and the steps to them)
    ("目标和举措", "后两年主要目标和举措"),
    ("目标与举措", "近期目标与举措"),
    ("目标和措施", "三年目标和措施"),
    ("目标与措施", "主要目标与措施"),
)

# Words that make a heading a plan only where they end it (2022年工作目标, 发展目标): inside a heading they may name
# what is looked back on (工作目标完成情况).
PLAN_HEADING_ENDS: tuple[Entry[str], ...] = words(
    "plan heading end",
    ("工作目标", "2022年工作目标"),
    ("发展目标", "发展目标"),
    ("主要目标", "2023年主要目标"),
    ("目标任务", "2023年目标任务"),
    ("工作安排", "明年工作安排"),
    ("工作设想", "2024年工作设想"),
)

# Characters that, right before ``一是``, make it part of a word (统一是, 唯一是) and not a point.
POINT_BLOCKERS: tuple[Entry[str], ...] = words(
    "not a point",
    ("统", "统一是"),
    ("唯", "唯一是"),
    ("同", "同一是"),
    ("第", "第一是"),
    ("之", "之一是"),
    ("单", "单一是"),
    ("划", "划一是"),
    ("万", "万一是"),
    ("专", "专一是"),
    ("归", "归一是"),
    ("合", "合一是"),
    ("其", "其一是"),
)
