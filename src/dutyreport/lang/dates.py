"""Dates as reports write them: one pattern of a year for every stage that reads one.

A report's years are this century's or the last one's, written in Arabic digits:

>>> import re
>>> re.findall(YEAR, "2019年至2023年，共投入1200万元")
['2019', '2023']
>>> re.findall(f"({YEAR}){YEAR_MARK}", "2019至2023年")
['2023']
>>> [m.group("y", "after") for m in re.finditer(OPENING_YEAR, "2022年是关键之年。2020年以来，…2021年度，…")]
[('2022', '是'), ('2020', '以来'), ('2021', '，')]
"""

from __future__ import annotations

__all__ = [
    "CENTURIES",
    "CENTURY_DIGITS",
    "OPENING_YEAR",
    "SPAN_DASHES",
    "SPAN_MARKS",
    "YEAR",
    "YEAR_IN_CENTURY",
    "YEAR_MARK",
]

CENTURIES = "19|20"  # the two digits a year opens with, as alternatives (a pattern per century splits them)
CENTURY_DIGITS = tuple(CENTURIES.split("|"))  # ("19", "20"): the same, one by one (a search or a pattern per century)
YEAR_IN_CENTURY = "[0-9]{2}"  # the two digits after them
YEAR = f"(?:{CENTURIES}){YEAR_IN_CENTURY}"
YEAR_MARK = "年"  # what a year is written with (2023年)
# What stands between the years of a span (2019—2021年, 2019年至2021年): a dash, or 至/到 (SPAN_MARKS).
SPAN_DASHES = "-—–~～"
SPAN_MARKS = SPAN_DASHES + "至到"

# A year that opens a passage and is its topic: ``2020年，县…``, ``2022年是…``, ``2020年以来，…``.
# ``after`` says how: a comma (the passage is that year's), 是 (the year is described), 以来 (since).
# The report's opening (its period), the lines before its first section (the year it is about) and a
# section's first words (that section's year) are read with this one pattern.
OPENING_YEAR = rf"(?P<y>{YEAR})(?:年度|年)(?P<after>[,，]|是|以来)"
