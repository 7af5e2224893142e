"""The words of damage inside a report's own sentences: dates that lost 年 or 月, figures run
together, template placeholders, quotes left open or closed alone, site labels glued to the title,
and the words spam took the place of.

Every entry's example is read back by :func:`dutyreport.clean.corruptions.find_corruptions` in
``tests/clean/test_corruptions.py``.
"""

from __future__ import annotations

from .entry import Entry, PatternEntry, words

__all__ = [
    "ADDRESSEE_ENDS",
    "ADMIN_SUFFIXES",
    "DATE_FOLLOWERS",
    "MONTH_PARTS",
    "PLACEHOLDER_PATTERNS",
    "QUOTE_LEAD_VERBS",
    "QUOTE_SOFT_STOPS",
    "RESPECTIVELY",
    "SITE_LABEL",
    "TITLE_ENDS",
    "TITLE_VERBS",
    "UNCERTAIN_IN_QUOTE",
]

# --- dates ----------------------------------------------------------------------------------------

# Words that directly follow a year (the 年 lost in between): 2017开始 = 2017年开始.
DATE_FOLLOWERS: tuple[Entry[str], ...] = tuple(
    Entry(w, "follows 年", f"2017{w}")
    for w in (
        "开始", "以来", "起", "底", "初", "末", "秋季", "春季", "夏季", "冬季", "秋", "春", "上半年", "下半年",
        "度", "至今", "以前", "之前", "以后", "之后", "期间", "全年", "暑期", "暑假", "寒假", "新学期",
        "第一季度", "第二季度", "第三季度", "第四季度", "一季度", "二季度", "三季度", "四季度",
    )
)

# Parts of a month after a date that lost its 年 (20236月底 = 2023年6月底).
MONTH_PARTS: tuple[Entry[str], ...] = words(
    "part of a month",
    ("底", "力争20236月底前完成"),
    ("初", "20236月初开工"),
    ("末", "20236月末完成"),
    ("中旬", "20236月中旬开工"),
    ("上旬", "20236月上旬开工"),
    ("下旬", "20236月下旬开工"),
)

# --- figures run together -------------------------------------------------------------------------

# Words that announce a list of figures (分别为:120013501480 is three figures run together); the items of
# the list before them are parted by lang.figures.LIST_JOINERS.
RESPECTIVELY: tuple[Entry[str], ...] = words(
    "respectively",
    ("分别为", "2017-2019年,新增学位分别为:120013501480。"),
    ("分别是", "2017-2019年,新增学位分别是:120013501480。"),
)

# --- placeholders ---------------------------------------------------------------------------------

# Template placeholders left where figures or names stood, with the note a corruption carries.
PLACEHOLDER_PATTERNS: tuple[tuple[PatternEntry, str], ...] = (
    (PatternEntry(r"(?<![A-Za-z0-9+＋_\-.·])[xX]{1,4}+(?![A-Za-z0-9_])(?!光|射线|轴|型|线)"
                  r"(?:[余多]?(?:万㎡|万元|亿元|平方米|人次|余次|㎡|元|人|名|个|所|项|间|台|套|班|期|次|%|％|万|亿)"
                  r"|街道|区|市|县|镇|乡|村|路)?", "教职工x人"), "x for a figure or a name"),
    # the century kept, the rest of the year left blank (not a year: no lang.dates.YEAR here)
    (PatternEntry(r"(?:19|20)(?:[_＿]{2}|[xX]{2}|[*＊]{2})年", "20__年"), "year left blank"),
    (PatternEntry(r"[_＿]{2,}+", "投入____万元"), "blank to fill in"),
    (PatternEntry(r"[*＊]{2,}+(?=[\p{Han}%％㎡])", "**个"), "asterisks for a figure"),
    (PatternEntry(r"[○〇]{2,}+(?=[区县市镇乡村街路校])", "○○区"), "circles for a name"),
)

# --- quotes and title marks -----------------------------------------------------------------------

# Verbs that may precede a quoted name in the same clause (实施“…工程”).
QUOTE_LEAD_VERBS: tuple[Entry[str], ...] = tuple(
    Entry(w, "verb before a quoted name", f"{w}三名工程”")
    for w in (
        "实施", "开展", "推进", "落实", "打造", "建设", "创建", "启动", "推行", "实行", "争创", "深化",
        "加强", "坚持", "强化", "完善", "组织", "举办", "参加", "开设", "构建", "推动", "建立", "践行",
    )
)

# Characters that make the words before an orphan closing quote uncertain as a name (an opening quote
# before them would be a guess): 的 and the joiners.
UNCERTAIN_IN_QUOTE: tuple[Entry[str], ...] = words(
    "not in a certain name",
    ("的", "全面推进,名师的工程”取得实效。"),
    ("之", "全面推进,名师之家”取得实效。"),
    ("和", "全面推进,名师和名校”取得实效。"),
    ("及", "全面推进,名师及名校”取得实效。"),
    ("与", "全面推进,名师与名校”取得实效。"),
)

# Words where the clause after an orphan opening quote ends (启动“1234工程和名校长计划: the quote ends
# before 和).
QUOTE_SOFT_STOPS: tuple[Entry[str], ...] = words(
    "ends a quoted name",
    ("以及", "启动“1234工程以及名校长计划。"),
    ("和", "启动“1234工程和名校长计划。"),
    ("及", "启动“1234工程及名校长计划。"),
    ("与", "启动“1234工程与名校长计划。"),
    ("等", "启动“1234工程等五项计划。"),
)

# --- spam in place of the report's words ----------------------------------------------------------

# Verbs that open a document title right after 关于 (《关于开展…的通知》): spam before one took 关于's place.
TITLE_VERBS: tuple[Entry[str], ...] = tuple(
    Entry(w, "starts a document title after 关于", f"《关于{w}某项工作的通知》")
    for w in (
        "开展", "落实", "做好", "健全", "建立", "推进", "加强", "全面", "进一步", "深化", "印发", "实施",
        "完善", "规范", "支持", "促进", "切实", "调整", "成立", "表彰", "公布", "组织", "下达", "转发",
        "加快", "推动", "构建", "统筹", "严格", "巩固", "提高", "提升", "做实", "认真", "贯彻", "启动",
        "设立", "召开", "举办", "申报", "报送", "明确", "印送",
    )
)

# The last character of an administrative name: a name the text writes before one (宁远县) is not the
# city a 文号's issuer abbreviates (宁教督委 for 宁远市), which spam may have taken the place of.
ADMIN_SUFFIXES: tuple[Entry[str], ...] = tuple(
    Entry(c, "administrative suffix", f"宁远{c}") for c in "省市区县州盟旗镇乡村"
)

# --- site labels glued to the title ---------------------------------------------------------------

# How a report title ends before a site glues its label to it.
TITLE_ENDS: tuple[Entry[str], ...] = words(
    "title end",
    ("报告", "云溪县履行教育职责情况自评报告范文"),
    ("总结", "云溪县2021年教育工作总结范文"),
    ("汇报", "云溪县履行教育职责情况汇报精选"),
    ("情况", "云溪县履行教育职责工作情况范文"),
)

# Labels a site glues to the report title.
SITE_LABEL = PatternEntry(
    "范文大全|优秀范文|精选范文|最新范文|范文|范本|模板|模版|精选|完整版|word版|全文|大全|合集|汇编|汇总"
    "|【精选】|【范文】|\\(精选\\)|（精选）|\\d+篇",
    "云溪县履行教育职责情况自评报告范文",
)

# How the addressee a site label pushed onto the title's line ends (…自查报告范文 市教育督导室:).
ADDRESSEE_ENDS: tuple[Entry[str], ...] = words(
    "addressee",
    ("办公室", "云溪县教育工作自查报告范文 县政府办公室:"),
    ("委员会", "云溪县教育工作自查报告范文 县教育督导委员会:"),
    ("人民政府", "云溪县教育工作自查报告范文 云州市人民政府:"),
    ("政府", "云溪县教育工作自查报告范文 云州市政府:"),
    ("教育局", "云溪县教育工作自查报告范文 云州市教育局:"),
    ("局", "云溪县教育工作自查报告范文 云州市教体局:"),
    ("领导小组", "云溪县教育工作自查报告范文 县教育工作领导小组:"),
    ("督导室", "云溪县教育工作自查报告范文 市教育督导室:"),
)
