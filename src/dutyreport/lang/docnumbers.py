"""The words of a 文号 (``武教督委〔2020〕1号``): the brackets around its year, the words that stand
before its issuer and are not part of it, and the last characters of issuer abbreviations.

Every entry's example is read back by :func:`dutyreport.clean.docnumbers.find_doc_numbers` in
``tests/clean/test_docnumbers.py``.
"""

from __future__ import annotations

from .entry import Entry, words

__all__ = ["BRACKET_FORMS", "ISSUER_LEADING_WORDS", "ISSUER_SUFFIXES"]

# Brackets written around the year (word: the opening one, value: the closing one); all normalize to 〔〕.
BRACKET_FORMS: tuple[Entry[str], ...] = (
    Entry("〔", "〕", "武教督委〔2020〕1号"),
    Entry("[", "]", "教基[2019]3号"),
    Entry("［", "］", "教基［2019］3号"),
    Entry("(", ")", "浙教办(2020)12号"),
    Entry("（", "）", "浙教办（2020）12号"),
    Entry("【", "】", "川教函【2022】106号"),
    Entry("﹝", "﹞", "京教督﹝2021﹞2号"),
)

# Words that may stand right before an issuer inside the same run of CJK characters and are
# not part of it (``根据武教督委〔2020〕1号``).
ISSUER_LEADING_WORDS: tuple[Entry[str], ...] = words(
    "before an issuer",
    ("根据", "根据武教督委〔2020〕1号"),
    ("按照", "按照武教督委〔2020〕1号"),
    ("依据", "依据武教督委〔2020〕1号"),
    ("依照", "依照武教督委〔2020〕1号"),
    ("参照", "参照武教督委〔2020〕1号"),
    ("对照", "对照武教督委〔2020〕1号"),
    ("印发", "印发武教督委〔2020〕1号"),
    ("转发", "转发武教督委〔2020〕1号"),
    ("落实", "落实武教督委〔2020〕1号"),
    ("执行", "执行武教督委〔2020〕1号"),
    ("贯彻", "贯彻武教督委〔2020〕1号"),
    ("文件", "文件武教督委〔2020〕1号"),
    ("通知", "通知武教督委〔2020〕1号"),
    ("以及", "以及武教督委〔2020〕1号"),
    ("和", "和武教督委〔2020〕1号"),
    ("及", "及武教督委〔2020〕1号"),
    ("与", "与武教督委〔2020〕1号"),
    ("即", "即武教督委〔2020〕1号"),
    ("的", "的武教督委〔2020〕1号"),
)

# Last characters of issuer abbreviations. Only used for numbers that lost BOTH brackets
# (``教财201814号``), where nothing else tells a 文号 from a long number.
ISSUER_SUFFIXES: tuple[Entry[str], ...] = words(
    "issuer suffix",
    ("发", "高府办发201947号"),
    ("函", "川教函2022106号"),
    ("办", "浙政办201812号"),
    ("字", "教督字20193号"),
    ("委", "武教督委20201号"),
    ("督", "教督20175号"),
    ("财", "教财201814号"),
    ("基", "教基20193号"),
    ("综", "越委办综202020号"),
    ("电", "教明电20211号"),
    ("规", "教规20181号"),
    ("通", "教通20172号"),
    ("政", "浙政20163号"),
)
