"""What the title, the region and the period readers share: the white space of a scraped page, the endings
of place names, the marks that stand for a masked name (``xx``), the 《》 of a document's title and whether a
place falls in one of a text's zones."""

from __future__ import annotations

import bisect
import re

import regex

from ..lang.metadata import PLACEHOLDER_MARKS, REGION_SUFFIXES
from ..lang.script import alternation

_WS = " \t\r\u3000\xa0\u2002\u2003\u2009\u200b\ufeff"
_SUFFIX = alternation(REGION_SUFFIXES, either_script=False)  # 自治区|街道|省|市|…, the longest at a place
_MARKS = "".join(e.word for e in PLACEHOLDER_MARKS)
_MARK_CLASS = f"[{re.escape(_MARKS)}]"
_BOOK_RE = regex.compile(r"《[^《》\n]{0,120}(?:\n[^《》\n]{0,120})?》")  # a PDF's line break inside


def _in_zones(zones: list[tuple[int, int]], starts: list[int], i: int) -> bool:
    k = bisect.bisect_right(starts, i)
    return any(zones[j][0] <= i < zones[j][1] for j in range(max(0, k - 8), k))
