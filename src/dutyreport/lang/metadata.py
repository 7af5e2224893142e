"""What a report is: the words of its title, of the government it is about, of its kind, and of the
years it reports on as fact.

Every entry's example is read back by :func:`dutyreport.metadata.read_metadata` (or the part of it
the entry serves) in ``tests/metadata/test_metadata.py``.
"""

from __future__ import annotations

import enum
from typing import Literal

from attrs import frozen

from ..model.report import AdminLevel, ReportKind
from .entry import Entry, PatternEntry, words
from .headings import OUTLINE_NUMERALS
from .noise import TONED_VOWELS

__all__ = [
    "ADDRESS_PRONOUNS",
    "BANNER_ENDS",
    "COLLECTION_TAILS",
    "COMMITTEE_FALSE_FRIENDS",
    "CORPS_UNITS",
    "COUNTY_CITY_CUES",
    "DATELINE_PRESENT",
    "DEADLINE_SUFFIXES",
    "FACT_CUES",
    "GENRE_WORDS",
    "INNER_SUFFIXES",
    "KIND_CUES",
    "NAME_BOUNDARIES",
    "NAME_TAILS",
    "NAV_SEPARATORS",
    "NON_REGION_WORDS",
    "OTHER_BODY_LEADS",
    "PAGE_INFO_LABELS",
    "PERIOD_EXCLUSIONS",
    "PINYIN_RUBY",
    "PLACEHOLDER_MARKS",
    "PLACEHOLDER_NAMES",
    "PLACE_COUNTERS",
    "REGION_CONTEXTS",
    "REGION_SUFFIXES",
    "REVIEWED_DUTIES",
    "REVIEWED_YEAR_MARKERS",
    "SELF_REFERENCES",
    "SELF_REVIEW_WORDS",
    "SENTENCE_TAILS",
    "SITE_LABELS",
    "SUBTITLE_MARKS",
    "TITLE_CORE",
    "TITLE_ENDINGS",
    "TITLE_HEAD_ENDS",
    "TITLE_HEAD_TAGS",
    "TITLE_LEVEL_GOVERNMENTS",
    "TITLE_OPENERS",
    "TITLE_REGION_CONTEXTS",
    "KindCue",
    "LevelCue",
    "RegionLevel",
    "Tier",
    "YearContext",
]


@frozen
class KindCue:
    """What a report-kind cue says: the kind, where it counts (in the title or the body) and how much; a title cue
    that is ``last`` counts only where no other title cue follows it (a plan a work report reports on)."""

    kind: ReportKind
    where: Literal["title", "body"]
    weight: int
    last: bool = False


class Tier(enum.IntEnum):
    """How high a government stands: a province above a prefecture above a county above a township."""

    PROVINCE = 1
    PREFECTURE = 2
    COUNTY = 3
    TOWNSHIP = 4


@frozen
class RegionLevel:
    """What a place name's ending says: its tier and the administrative level it gives the report
    (None for a level the report's ``admin_level`` has no value for), and how many characters the name
    before it may have (more before 自治区: 宁夏回族自治区)."""

    tier: Tier
    admin_level: AdminLevel | None
    longest_name: int = 4


@frozen
class LevelCue:
    """What a city-level cue says: the level it points to (COUNTY_CITY or CITY) and how much."""

    level: AdminLevel
    weight: int


@frozen(kw_only=True)
class YearContext:
    """Where a word of a plan makes a year no fact: just ``before`` it, in the clause ``after`` it, or as
    its ``tail`` (the 学年 of a school year)."""

    before: bool = False
    after: bool = False
    tail: bool = False


# -- title -------------------------------------------------------------------------------------

# How a title ends; weight 2 for a report word, 1 for a weaker ending.
TITLE_ENDINGS: tuple[Entry[int], ...] = (
    Entry("报告", 2, "清河区2022年度履行教育职责工作的自查报告"),
    Entry("汇报", 2, "关于履行教育职责情况的汇报"),
    Entry("总结", 2, "2020年教育工作总结"),
    Entry("意见", 2, "关于对某县人民政府履行教育职责的督导反馈意见"),
    Entry("自查", 2, "2020年度履行教育职责自查"),
    Entry("自评", 2, "2020年度履行教育职责自评"),
    Entry("情况", 1, "某区履行教育职责情况"),
    Entry("反馈", 2, "关于区教育工作评议意见的情况反馈"),
    Entry("意见书", 2, "关于某县履行教育职责的督导意见书"),
    Entry("通报", 2, "关于2022年度县级人民政府履行教育职责评价结果的通报"),
    Entry("公示", 2, "2022年度履行教育职责评价结果公示"),
    Entry("公告", 2, "2022年全市教育经费执行情况统计公告"),
    Entry("公报", 2, "2023年全市教育事业发展统计公报"),
    # the neighbours of the genre a page may carry (a plan, a scheme, a notice): their headline is the page's title
    Entry("方案", 2, "某县学前教育普及普惠督导评估工作方案"),
    Entry("规划", 2, "某县学前教育普及普惠督导评估总体规划"),
    Entry("通知", 2, "关于开展2023年度履行教育职责自查自评工作的通知"),
)
# The words of the genre a title holds, wherever they stand: they add their weight to the title's ending.
TITLE_CORE = Entry("履行教育职责", 1, "枫林区关于履行教育职责评价反馈问题的整改报告")

# Labels a site glues to a title (stripped from its ends).
SITE_LABELS: tuple[Entry[str], ...] = words(
    "site label",
    ("范文", "清河区履行教育职责情况自查报告范文"),
    ("范本", "履行教育职责自查报告范本"),
    ("(完整版)", "履行教育职责自查报告(完整版)"),
    ("（完整版）", "履行教育职责自查报告（完整版）"),
    ("完整版", "履行教育职责自查报告完整版"),
    ("(精选)", "履行教育职责自查报告(精选)"),
    ("（精选）", "履行教育职责自查报告（精选）"),
    ("精选", "履行教育职责自查报告精选"),
    ("模板", "履行教育职责自查报告模板"),
    ("大全", "履行教育职责自查报告大全"),
    (".docx", "履行教育职责自查报告.docx"),
    (".doc", "履行教育职责自查报告.doc"),
    (".pdf", "履行教育职责自查报告.pdf"),
    (".wps", "履行教育职责自查报告.wps"),
    ("【精品】", "【精品】履行教育职责自查报告"),
    ("【推荐】", "【推荐】履行教育职责自查报告"),
    ("【最新】", "【最新】履行教育职责自查报告"),
    ("【精编】", "【精编】履行教育职责自查报告"),
    ("[精编]", "[精编]履行教育职责自查报告"),
    ("[精品]", "[精品]履行教育职责自查报告"),
    ("[推荐]", "[推荐]履行教育职责自查报告"),
    ("VIP免费", "履行教育职责自评报告汇编VIP免费"),
    ("VIP专享", "履行教育职责自评报告VIP专享"),
)

# How a collection page (several copies of a genre) ends its title or labels one of its copies:
# ``三篇``, ``(五篇)``, ``精选6篇``, ``篇一:``, ``…调研报告一:``. Stripped from a title's end. (``holds``: every
# match holds one of them; a title without any is not searched for a tail)
_FEW = "[0-9一二三四五六七八九十]{1,3}"
_PIECE = ("篇",)
_COLON = (":", "：")
COLLECTION_TAILS: tuple[PatternEntry, ...] = (
    PatternEntry(rf"精选{_FEW}篇", "履行教育职责自查报告精选6篇", _PIECE),
    PatternEntry(rf"[（(]{_FEW}篇[)）]", "履行教育职责自查报告(五篇)", _PIECE),
    PatternEntry(rf"[（(]{_FEW}篇[)）][（(](?:19|20)[0-9]{{2}}年?[)）]", "教育督导自评报告(六篇)(2021年)", _PIECE),
    PatternEntry(rf"[（(【\[](?:共|通用|精选|优选|实用|优秀|热门|推荐|最新)?{_FEW}篇[)）】\]]",
                 "履行教育职责自查报告范文(通用5篇)", _PIECE),
    PatternEntry(rf"(?<=报告|汇报|总结|意见|范文){_FEW}篇", "履行教育职责自查报告三篇", _PIECE),
    PatternEntry(rf"[【\[（(]?篇{_FEW}[】\]）)]?[:：]?", "履行教育职责自查报告【篇一】", _PIECE),
    PatternEntry(r"(?<=报告|汇报|总结|意见|范文)[一二三四五六七八九十]{1,2}[:：]", "义务教育均衡发展情况调研报告二:",
                 _COLON),
)

# What a site puts before a title, stripped from its start: a collection page's label of one of its copies
# (``【篇一】``, ``第二篇:``), a site's bracketed column before a title opening with 关于
# (``[督导动态--公示]关于…``).
TITLE_HEAD_TAGS: tuple[PatternEntry, ...] = (
    PatternEntry(rf"[【\[（(]篇{_FEW}[】\]）)][:：]?", "【篇二】某区人民政府关于履行教育职责的自查报告"),
    PatternEntry(rf"第{_FEW}篇[:：]", "第一篇:某乡镇教育督导评估自查报告"),
    PatternEntry(r"[【\[][^】\]\n]{2,30}[】\]](?=关于)", "[督导动态--公示]关于2019年某县督导评估结果的公示"),
    # a list's or a site's number before a title (1、2022年…工作总结, 2.某县…自查报告; not 2.5万…)
    PatternEntry(r"[0-9０-９]{1,2}(?:、|[.．](?![0-9０-９]))", "1、2022年某县教育局年度工作总结"),
    PatternEntry(r"[（(](?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})[)）]、?", "（一）2022年某县教育局年度工作总结"),
)

# What follows a report word in a sentence, not in a title run into its text (现将自查情况报告如下).
SENTENCE_TAILS: tuple[Entry[str], ...] = words(
    "sentence",
    ("如下", "现将自查情况报告如下"),
    ("如后", "现将有关情况报告如后"),
)

# Words a title opens with: a line opening with one is a title of its own, never the second line of a title a PDF
# wrapped (the issuer's name above it is no part of it).
TITLE_OPENERS: tuple[Entry[str], ...] = words(
    "opens a title",
    ("关于", "清河县人民政府办公室\n关于履行教育职责情况的自查报告"),
)

# A title's second line that starts so is its subtitle (``——某县督查室关于…的汇报``): the title is the line
# above it.
SUBTITLE_MARKS: tuple[Entry[str], ...] = words(
    "subtitle",
    ("——", "校舍改造进度亟待加快\n——某县督查室关于校舍改造情况的汇报"),
    ("--", "校舍改造进度亟待加快\n--某县督查室关于校舍改造情况的汇报"),
)

# The labels of a page's information line (the line under a page's headline: its date, source,
# uploader): a line holding one, or a web date (2022-05-27), is no title, and the line above it is the
# page's headline. ``True`` for a news source (来源): its date is the day the article speaks of.
PAGE_INFO_LABELS: tuple[Entry[bool], ...] = (
    Entry("来源", True, "时间: 2022-05-27 来源: 云州市教育局"),
    Entry("发布时间", False, "发布时间:2021-03-02 浏览次数:120"),
    Entry("发布日期", False, "发布日期:2021-03-02"),
    Entry("时间", False, "时间:2021-03-02"),
    Entry("日期", False, "日期:2021-03-02"),
    Entry("上传时间", False, "上传人:王** 上传时间:2021-03-02"),
    Entry("上传人", False, "上传人:王** 格式:DOC 页数:3"),
    Entry("投稿人", False, "投稿人:李** 全文2000字"),
    Entry("浏览次数", False, "浏览次数:120"),
    Entry("作者", False, "作者:本站编辑"),
)
# How a news article speaks of its own day (截至目前, 近日, a date with no year): the year of its dated
# source line is then one of the years it reports on.
DATELINE_PRESENT: tuple[PatternEntry, ...] = (
    PatternEntry("截至目前|截止目前", "截至目前,全国已有2000多个县通过认定"),
    PatternEntry("近日|日前", "近日,教育部公布了督导检查结果"),
    PatternEntry(r"(?<![0-9年])[0-9]{1,2}月[0-9]{1,2}日", "督导组于5月23日至28日开展实地督导"),
)

# A bare genre word is a site's category, not a title, when a longer candidate exists.
GENRE_WORDS: tuple[Entry[str], ...] = words(
    "genre word",
    ("自查报告", "范文大全 自查报告"),
    ("自评报告", "当前栏目 自评报告"),
    ("自查自评报告", "栏目导航 自查自评报告"),
    ("整改报告", "热门分类 整改报告"),
    ("工作报告", "文档分类 工作报告"),
    ("督导报告", "相关栏目 督导报告"),
    ("述职报告", "推荐阅读 述职报告"),
    ("工作总结", "范文频道 工作总结"),
    ("情况报告", "当前栏目 情况报告"),
    ("调研报告", "热门分类 调研报告"),
    ("报告", "文档分类 报告"),
    ("总结", "文档分类 总结"),
    ("汇报", "文档分类 汇报"),
    ("范文", "精品 范文"),
)
# Characters that part the crumbs of a navigation line (``首页 > 自查报告 > 教育督导``); a line whose
# crumbs are all short is navigation, never a title. ``/`` between digits is a date or a school year.
NAV_SEPARATORS: tuple[Entry[str], ...] = words(
    "crumb separator",
    (">", "首页>政务公开>政策文件"),
    ("＞", "首页＞政务公开＞政策文件"),
    ("»", "首页 » 工作总结 » 教育"),
    ("›", "首页 › 工作总结 › 教育"),
    ("/", "首页 / 自查报告 / 教育督导"),
    ("／", "首页／自查报告／教育督导"),
    ("|", "首页 | 政务公开 | 教育"),
    ("｜", "首页｜政务公开｜教育"),
    ("_", "首页_文档分类_自查报告"),
)

# -- region and level --------------------------------------------------------------------------

# The ending of a place name that can be the reporting government: its tier (province … township) and
# the administrative level the report's ``admin_level`` names, None where the contract has no value for
# it (a 省, 州 or 镇 is a region, but of no level among 区 县 市 县级市). Longer endings first.
REGION_SUFFIXES: tuple[Entry[RegionLevel], ...] = (
    Entry("自治区", RegionLevel(Tier.PROVINCE, None, 6), "广西壮族自治区人民政府报告如下"),
    Entry("自治州", RegionLevel(Tier.PREFECTURE, None, 6), "凉山彝族自治州人民政府报告如下"),
    Entry("自治县", RegionLevel(Tier.COUNTY, AdminLevel.COUNTY, 6), "峨边彝族自治县人民政府报告如下"),
    Entry("自治旗", RegionLevel(Tier.COUNTY, None, 6), "鄂伦春自治旗人民政府报告如下"),
    Entry("街道", RegionLevel(Tier.TOWNSHIP, None), "城关街道办事处报告如下"),
    Entry("省", RegionLevel(Tier.PROVINCE, None), "湖南省人民政府报告如下"),
    Entry("市", RegionLevel(Tier.PREFECTURE, AdminLevel.CITY), "临江市人民政府报告如下"),
    Entry("州", RegionLevel(Tier.PREFECTURE, None), "恩施州人民政府报告如下"),
    Entry("盟", RegionLevel(Tier.PREFECTURE, None), "兴安盟行政公署报告如下"),
    Entry("区", RegionLevel(Tier.COUNTY, AdminLevel.DISTRICT), "清河区人民政府报告如下"),
    Entry("县", RegionLevel(Tier.COUNTY, AdminLevel.COUNTY), "青川县人民政府报告如下"),
    Entry("旗", RegionLevel(Tier.COUNTY, None), "红柳旗人民政府报告如下"),
    Entry("镇", RegionLevel(Tier.TOWNSHIP, None), "石桥镇人民政府报告如下"),
    Entry("乡", RegionLevel(Tier.TOWNSHIP, None), "南湾乡人民政府报告如下"),
)

# The units of the Production and Construction Corps, named by number: a 师 (a division, of a
# prefecture's rank) and a 团 (a regiment farm, of a township's).
CORPS_UNITS: tuple[tuple[PatternEntry, RegionLevel], ...] = (
    (PatternEntry(r"第[一二三四五六七八九十]{1,3}师", "第八师党委高度重视教育工作"),
     RegionLevel(Tier.PREFECTURE, None)),
    (PatternEntry(r"(?<![0-9一二三四五六七八九十百〇零])(?:[一二三四五六七八九十百〇零]{2,4}|[0-9]{2,3})团",
                  "一四一团党委高度重视教育工作"), RegionLevel(Tier.TOWNSHIP, None)),
)

# Words (single characters) that stand right before a place name and are no part of it (在清河区…,
# 对石桥县…): a name runs back from its suffix to one of these.
NAME_BOUNDARIES: tuple[Entry[str], ...] = tuple(
    Entry(c, "before a name", f"{c}石桥区教育局")
    for c in "年度市省区县在对和与及了的将是为由向把被从经据按至到等以于即给使让请"
)

# Endings that are also the last character of a longer name when another ending follows (郑州市, 通州区).
INNER_SUFFIXES: tuple[Entry[str], ...] = words(
    "inside a name",
    ("州", "在苏州市教育局"),
)

# A name that stands for any place (某区, 某某县): no region, but its suffix still names the level.
PLACEHOLDER_NAMES: tuple[Entry[str], ...] = words(
    "any place",
    ("某", "某某区履行教育职责自查报告"),
)
# The marks a template or a masked copy writes for a name (xx县, ***镇, X区): no region either.
PLACEHOLDER_MARKS: tuple[Entry[str], ...] = words(
    "masked name",
    ("x", "xx县人民政府履行教育职责自评报告"),
    ("X", "XX区人民政府履行教育职责自评报告"),
    ("×", "××市人民政府履行教育职责自评报告"),
    ("*", "***镇人民政府履行教育职责自评报告"),
    ("＊", "＊＊县人民政府履行教育职责自评报告"),
)

# Words that start where a government context (REGION_CONTEXTS) would, and are none: 委 in 清河区委员会 or
# 清河区委托 is no party committee.
COMMITTEE_FALSE_FRIENDS: tuple[Entry[str], ...] = words(
    "not a committee",
    ("委员", "清河区委员会"),
    ("委托", "清河区委托第三方"),
)

# Words after a place name in a title that make it the region the title is about (清河区人民政府关于…).
TITLE_REGION_CONTEXTS: tuple[Entry[str], ...] = words(
    "title region",
    ("人民政府", "清河区人民政府履行教育职责自查报告"),
    ("政府", "清河区政府履行教育职责自查报告"),
    ("关于", "清河区关于履行教育职责的自查报告"),
    ("履行", "清河区履行教育职责自查报告"),
    ("教育", "清河区教育工作总结"),
    ("党政", "清河区党政主要负责同志履行教育职责自查报告"),
    ("督导", "清河区督导评估自查报告"),
    ("义务", "关于清河区义务教育优质均衡发展督导评估的反馈意见"),
    ("学前", "清河区学前教育普及普惠督导评估自评报告"),
    ("县域", "清河区县域义务教育均衡发展情况汇报"),
    ("创建", "清河区创建义务教育优质均衡发展区自评报告"),
    ("推进", "清河区推进教育高质量发展情况报告"),
    ("落实", "清河区落实教育优先发展情况报告"),
    ("普及", "清河区普及高中阶段教育情况报告"),
    ("管委会", "清河区管委会关于教育工作的报告"),
)

# A government's words in a title right after the ending of a place name with no name before it (2023年市政府…,
# 县人民政府关于…): the title names its government by level alone, which gives the report's level, no region.
TITLE_LEVEL_GOVERNMENTS: tuple[Entry[str], ...] = words(
    "government named by its level",
    ("人民政府", "县人民政府履行教育职责自评报告"),
    ("政府", "2023年市政府履行教育职责自评报告"),
)

# Words right before a government named by its level alone that make the title name another body than the one
# reporting (对市政府…反馈问题的整改报告: the city inspected, the county reports): its level is no report's level.
OTHER_BODY_LEADS: tuple[Entry[str], ...] = words(
    "names another body",
    ("对", "对市政府教育督导反馈问题的整改报告"),
    ("关于", "关于市政府教育督导反馈问题的整改报告"),
    ("落实", "落实市政府教育督导意见的整改报告"),
    ("按照", "按照市政府督导要求开展自查的报告"),
)

# How a line ends when it names a site or a body (某县人民政府门户网站, 某县教育局): a banner or an issuer above a
# title, never the first line of a title a PDF wrapped (unless it opens a title itself: 关于某县人民政府\n履行…).
BANNER_ENDS: tuple[Entry[str], ...] = words(
    "ends a site's or a body's name",
    *(
        (w, f"某某县{w}\n县政府履行教育职责自查报告")
        for w in ("网站", "门户网站", "局", "政府", "办公室", "委员会")
    ),
)

# How a fragment of a title split by a space ends when it is the title's head (清河区人民政府 关于…).
TITLE_HEAD_ENDS: tuple[Entry[str], ...] = words(
    "title head",
    ("人民政府", "清河区人民政府 关于履行教育职责的自查报告"),
    ("政府", "清河区政府 关于履行教育职责的自查报告"),
    ("年", "2021年 清河区履行教育职责自查报告"),
    ("年度", "2021年度 清河区履行教育职责自查报告"),
)

# Words after ``XX区`` / ``XX县`` / ``XX市`` that make it the reporting government (weight 3)
# or at least a government acting in the report (weight 1).
REGION_CONTEXTS: tuple[Entry[int], ...] = (
    Entry("人民政府", 3, "清河区人民政府报告如下"),
    Entry("政府", 3, "石桥区政府印发"),
    Entry("委", 3, "石桥区委、区政府始终"),
    Entry("党委", 3, "石桥镇党委把教育摆在优先位置"),
    Entry("党工委", 3, "城关街道党工委把教育摆在优先位置"),
    Entry("办事处", 3, "城关街道办事处报告如下"),
    Entry("行政公署", 3, "兴安盟行政公署报告如下"),
    Entry("管委会", 3, "清溪新区管委会报告如下"),
    Entry("教育局", 1, "清河区教育局"),
    Entry("教育体育局", 1, "清河区教育体育局"),
    Entry("教育和体育局", 1, "清河区教育和体育局"),
    Entry("教育厅", 1, "湖南省教育厅"),
    Entry("教委", 1, "云州市教委"),
    Entry("财政局", 1, "云州市财政局"),
    Entry("统计局", 1, "云州市统计局"),
    Entry("申报", 1, "湖南省申报的县"),
    Entry("教科体局", 1, "石桥区教科体局"),
    Entry("教体局", 1, "青川县教体局"),
    Entry("教育", 1, "石桥区教育投入逐年加大"),
    Entry("履行", 1, "枫林区履行职责"),
    Entry("关于", 1, "清河区关于"),
    Entry("坚持", 1, "清河区坚持"),
    Entry("切实", 1, "清河区切实履行"),
    Entry("高度重视", 1, "枫林区高度重视"),
    Entry("认真", 1, "清河区认真落实"),
    Entry("全面", 1, "枫林区全面落实"),
    Entry("始终", 1, "清河区始终坚持"),
    Entry("积极", 1, "枫林区积极实施"),
    Entry("生均", 1, "石桥区生均公用经费"),
)

# Measure words that count places (60个样板县, 12個監測縣): after a figure, the words they open name a kind of
# place, never one place. Only these: other measure words open real names after an item number (附件1台州市,
# 附件2张家口市, 本溪, 元谋, 项城), so a figure and 台/张/本/元/项 before a name say nothing.
PLACE_COUNTERS: tuple[Entry[str], ...] = (
    Entry("个", "个", "全省60个样板县(市、区)开工学校500所"),
    Entry("個", "個", "全省60個樣板縣(市、區)開工學校500所"),
)

# A notice's words to the government it speaks to (督导组对你县…, 请你区认真整改): a pronoun, no name
# (NON_REGION_WORDS); the level of the government addressed (SELF_REFERENCES); a subject's lead word
# (lang.subjects.SUBJECT_LEAD_WORDS). One table for the three.
ADDRESS_PRONOUNS: tuple[Entry[str], ...] = tuple(
    Entry(f"你{level}", level, f"请你{level}认真整改")
    for level in ("县", "区", "市", "州", "旗", "省", "镇", "乡", "街道")
)

# Words ending in 区/县/市 that name no reporting government.
NON_REGION_WORDS: tuple[Entry[str], ...] = words(
    "no region",
    ("全区", "全区教育事业"),
    ("我区", "我区高度重视"),
    ("本区", "本区教育"),
    ("该区", "该区教育"),
    ("各区", "各区教育"),
    ("主城区", "主城区教育"),
    ("老城区", "老城区教育集聚区"),
    ("中心城区", "中心城区教育"),
    ("社区", "社区教育"),
    ("小区", "小区配套幼儿园"),
    ("园区", "教育园区"),
    ("片区", "北湖片区教育"),
    ("新区", "清溪新区教育"),
    ("景区", "景区教育"),
    ("校区", "南苑校区教育"),
    ("学区", "学区教育"),
    ("辖区", "辖区教育"),
    ("山区", "山区教育"),
    ("郊区", "郊区教育"),
    ("县区", "各县区教育"),
    ("市区", "市区教育"),
    ("强区", "教育强区"),
    ("责任区", "督学责任区教育"),
    ("示范区", "示范区教育"),
    ("实验区", "实验区教育"),
    ("试验区", "试验区教育"),
    ("开发区", "开发区教育"),
    ("集聚区", "教育集聚区"),
    ("普惠区", "普及普惠区教育"),
    ("全县", "全县教育"),
    ("我县", "我县教育"),
    ("本县", "本县教育"),
    ("该县", "该县教育"),
    ("各县", "各县教育"),
    ("强县", "教育强县"),
    ("小县", "小县办大教育"),
    ("大县", "人口大县教育"),
    ("试点县", "试点县教育"),
    ("项目县", "各项目县教育"),
    ("监测县", "各监测县教育"),
    ("重点县", "重点县教育"),
    ("项目区", "各项目区教育"),
    ("示范县", "示范县教育"),
    ("均衡县", "基本均衡县教育"),
    ("先进县", "先进县教育"),
    ("贫困县", "贫困县教育"),
    ("全市", "全市教育"),
    ("我市", "我市教育"),
    ("本市", "本市教育"),
    ("城市", "城市教育"),
    ("各市", "各市教育"),
    ("县市", "各县市教育"),
    ("县级市", "县级市教育"),
    ("地级市", "地级市教育"),
    ("地区", "贫困地区教育"),
    ("全省", "全省教育"),
    ("我省", "我省教育"),
    ("本省", "本省教育"),
    ("该省", "该省教育"),
    ("各省", "各省教育"),
    ("外省", "外省教育"),
    ("大省", "人口大省教育"),
    ("强省", "教育强省教育"),
    ("全州", "全州教育"),
    ("我州", "我州教育"),
    ("各州", "各州教育"),
    ("联盟", "学校联盟教育"),
    ("全旗", "全旗教育"),
    ("我旗", "我旗教育"),
    ("国旗", "升国旗教育"),
    ("红旗", "红旗教育"),
    ("乡镇", "各乡镇教育"),
    ("全镇", "全镇教育"),
    ("我镇", "我镇教育"),
    ("各镇", "各镇教育"),
    ("城乡", "城乡教育"),
    ("全乡", "全乡教育"),
    ("我乡", "我乡教育"),
    ("各乡", "各乡教育"),
    ("家乡", "家乡教育"),
    ("下乡", "送教下乡教育"),
    ("各街道", "各街道教育"),
    ("全街道", "全街道教育"),
    ("我街道", "我街道教育"),
    # a notice's address to the government it speaks to (你县, 请你区…): a pronoun, no name
    *((e.word, e.example) for e in ADDRESS_PRONOUNS),
)

# Generic nouns of NON_REGION_WORDS that are also the ending of real names (宝山区, 浦东新区): a name ending with
# one is a region where a government's words follow it (桐山区人民政府, 清溪新区管委会), never alone (山区教育).
NAME_TAILS: tuple[Entry[str], ...] = words(
    "ends a name before a government",
    ("山区", "桐山区人民政府"),
    ("新区", "清溪新区管委会"),
    ("郊区", "东郊区人民政府"),
)

# How a report refers to its own government, and the ending of the name it stands for. A reference
# right after a masked name (xx区委) is another government's.
SELF_REFERENCES: tuple[Entry[str], ...] = (
    Entry("我区", "区", "我区高度重视"),
    Entry("全区", "区", "全区共有公办学校20所"),
    Entry("本区", "区", "本区教育"),
    Entry("区委", "区", "区委常委会定期研究教育工作"),
    Entry("区政府", "区", "区政府常务会"),
    Entry("我县", "县", "我县教育事业稳步发展"),
    Entry("全县", "县", "全县共有中小学63所"),
    Entry("本县", "县", "本县教育"),
    Entry("县委", "县", "县委教育工作领导小组"),
    Entry("县政府", "县", "县政府拨付600万元"),
    Entry("我市", "市", "我市教育"),
    Entry("本市", "市", "本市教育"),
    Entry("我州", "州", "我州教育事业稳步发展"),
    Entry("本州", "州", "本州教育"),
    Entry("我省", "省", "我省教育事业稳步发展"),
    Entry("本省", "省", "本省教育"),
    Entry("我旗", "旗", "我旗教育事业稳步发展"),
    Entry("全旗", "旗", "全旗共有中小学20所"),
    Entry("我盟", "盟", "我盟教育事业稳步发展"),
    Entry("我镇", "镇", "我镇教育事业稳步发展"),
    Entry("全镇", "镇", "全镇辖12个行政村"),
    Entry("本镇", "镇", "本镇教育"),
    Entry("我乡", "乡", "我乡教育事业稳步发展"),
    Entry("全乡", "乡", "全乡共有小学5所"),
    Entry("我街道", "街道", "我街道学前教育稳步发展"),
    Entry("全街道", "街道", "全街道共有幼儿园9所"),
    Entry("本街道", "街道", "本街道教育"),
    # a notice's words to the government it is about (督导组对你县…, 请你区…): its level, as a report's own words are
    *ADDRESS_PRONOUNS,
)

# Whether a 市 is a county-level city (县级市) or a prefecture city (地级市): each cue (a regex) met in the
# text adds its weight to its side, once however often it is met; the county side must outweigh the
# prefecture side, a tie keeps 市. A 市 that reports to another 市's (or 州's) government, is evaluated as a
# 县级人民政府 or runs 乡镇 itself is county-level; a 市 that has 县/区 under it is prefecture-level.
# Prefecture cues inside 《》 do not count (a cited notice speaks of other governments); ``other`` names
# the addressee, which must not be the report's own region.
_NUM = rf"[0-9０-９{OUTLINE_NUMERALS}两]+"  # a count, in figures or in words
_COUNTIES = r"县(?:[（(](?:市、区|区、市|市|区)[）)]|市区|区)"  # 县（市、区）, 县(市、区), 县（区）, 县市区, 县区
_ADDRESSEE_END = r"[^\n：:]{0,20}[：:][^\S\n]*$"
COUNTY_CITY_CUES: tuple[tuple[PatternEntry, LevelCue], ...] = (
    (PatternEntry("县级市", "本市是县级市"), LevelCue(AdminLevel.COUNTY_CITY, 5)),
    (PatternEntry("县级人民政府", "迎接县级人民政府教育督导评价"), LevelCue(AdminLevel.COUNTY_CITY, 3)),
    # (not where a count stands before or after: 11个县（市、区）, 创建优质均衡发展县（区）3个 count a city's counties)
    (PatternEntry(rf"(?<![0-9０-９{OUTLINE_NUMERALS}两个各辖]){_COUNTIES}(?![^\S\n]*{_NUM}个)",
                  "对县（市、区）政府开展督导评价"),
     LevelCue(AdminLevel.COUNTY_CITY, 2)),
    (PatternEntry(rf"^[^\S\n]*(?<other>\p{{Han}}{{2,5}}[市州盟])(?:人民政府|政府){_ADDRESSEE_END}",
                  "云州市人民政府教育督导室："), LevelCue(AdminLevel.COUNTY_CITY, 4)),
    (PatternEntry(rf"^[^\S\n]*[市州](?:人民政府|政府)[^\n：:]{{0,12}}(?:办公室|督导室){_ADDRESSEE_END}",
                  "市政府教育督导室："), LevelCue(AdminLevel.COUNTY_CITY, 2)),
    (PatternEntry(rf"全市(?:共有|共辖|辖有|辖|有)?{_NUM}个乡镇", "全市共有14个乡镇（街道）"),
     LevelCue(AdminLevel.COUNTY_CITY, 2)),
    (PatternEntry("各乡镇", "督促各乡镇落实控辍保学责任"), LevelCue(AdminLevel.COUNTY_CITY, 1)),
    (PatternEntry(rf"[所下]辖(?:{_NUM}个)?[县区](?!域)", "全市所辖9个县（市、区）均已达标"),
     LevelCue(AdminLevel.CITY, 4)),
    (PatternEntry(rf"{_NUM}个{_COUNTIES}", "全市11个县（市、区）均建立督学责任区"), LevelCue(AdminLevel.CITY, 3)),
    (PatternEntry(rf"各{_COUNTIES}", "指导各县（市、区）落实生均公用经费标准"), LevelCue(AdminLevel.CITY, 3)),
)

# Cues of each report kind, where they count and how much.
_S, _R, _W, _I = ReportKind.SELF_ASSESSMENT, ReportKind.RECTIFICATION, ReportKind.WORK_REPORT, ReportKind.INSPECTION
_O = ReportKind.OTHER
KIND_CUES: tuple[Entry[KindCue], ...] = (
    Entry("整改", KindCue(_R, "title", 6), "枫林区关于履行教育职责评价反馈问题的整改报告"),
    Entry("督导报告", KindCue(_I, "title", 5), "关于某县人民政府履行教育职责的督导报告"),
    Entry("督导评估报告", KindCue(_I, "title", 5), "某县履行教育职责督导评估报告"),
    Entry("反馈意见", KindCue(_I, "title", 5), "某县履行教育职责督导反馈意见"),
    Entry("自查报告", KindCue(_S, "title", 5), "清河区2021年度履行教育职责自查报告"),
    Entry("自评报告", KindCue(_S, "title", 5), "2021年履行教育职责自评报告"),
    Entry("自查自评", KindCue(_S, "title", 5), "某县履行教育职责自查自评报告"),
    Entry("自查", KindCue(_S, "title", 3), "某县履行教育职责情况自查"),
    Entry("自评", KindCue(_S, "title", 3), "某县履行教育职责自评"),
    Entry("履行教育职责情况的报告", KindCue(_S, "title", 4), "关于某县履行教育职责情况的报告"),
    Entry("履行教育职责情况报告", KindCue(_S, "title", 4), "某县履行教育职责情况报告"),
    Entry("工作报告", KindCue(_W, "title", 3), "领导班子成员履行教育职责工作报告"),
    Entry("工作总结", KindCue(_W, "title", 3), "2020年教育工作总结"),
    # an official's account of the year's work in office: a work report as 工作报告 is
    Entry("述职报告", KindCue(_W, "title", 3), "清河县教育局局长2024年度述职报告"),
    Entry("工作情况的报告", KindCue(_W, "title", 2), "关于2023年度全县教育工作情况的报告"),
    Entry("年度工作报告", KindCue(_W, "title", 1), "云州市教育局2022年度工作报告"),  # with 工作报告: 4
    Entry("专项工作报告", KindCue(_W, "title", 1), "关于学前教育发展情况的专项工作报告"),  # with 工作报告: 4
    Entry("履行教育职责工作情况", KindCue(_S, "title", 4), "关于某县履行教育职责工作情况的报告"),
    # a report on the year's education work; delivered to the people's congress (body cues below) it
    # outweighs 履行教育职责情况报告 in the same title (``…教育工作暨履行教育职责情况报告``)
    Entry("教育工作", KindCue(_W, "title", 3), "关于2023年全区教育工作情况的报告"),
    # a duty report, not 教育工作: outweighs 教育工作 with the congress venue (6 > 3 + 2)
    Entry("履行教育工作职责", KindCue(_S, "title", 6), "党政主要负责同志履行教育工作职责情况报告"),
    Entry("情况汇报", KindCue(_S, "title", 3), "关于某县履行教育职责情况汇报"),
    Entry("汇报", KindCue(_S, "title", 2), "关于某县履行教育职责工作的汇报"),
    Entry("督查", KindCue(_I, "title", 4), "关于全县校舍安全情况的督查报告"),
    Entry("督导检查", KindCue(_I, "title", 4), "关于某县义务教育均衡发展督导检查情况"),
    Entry("督导意见书", KindCue(_I, "title", 5), "关于某县履行教育职责的督导意见书"),
    Entry("情况反馈", KindCue(_I, "title", 5), "关于区教育工作评议意见的情况反馈"),
    Entry("通报", KindCue(_I, "title", 5), "关于2022年度县级人民政府履行教育职责评价结果的通报"),
    Entry("评价结果", KindCue(_I, "title", 4), "2022年度县级人民政府履行教育职责评价结果"),
    Entry("公示", KindCue(_I, "title", 4), "2022年度履行教育职责评价结果公示"),
    Entry("调研报告", KindCue(_O, "title", 5), "关于农村学校布局的调研报告"),
    Entry("调查报告", KindCue(_O, "title", 5), "农村教师队伍现状调查报告"),
    Entry("统计公告", KindCue(_O, "title", 5), "2022年全市教育经费执行情况统计公告"),
    Entry("统计公报", KindCue(_O, "title", 5), "2023年全市教育事业发展统计公报"),
    # the genre's neighbours: a plan or a scheme for the work (a rectification plan stays one: 整改 weighs 6),
    # where the title ends with it (关于学校布局规划实施情况的工作报告 reports on a plan)
    Entry("方案", KindCue(_O, "title", 5, last=True), "某县学前教育普及督导评估工作方案"),
    Entry("规划", KindCue(_O, "title", 5, last=True), "某县学前教育普及普惠督导评估总体规划"),
    Entry("自评情况", KindCue(_S, "body", 3), "现将自评情况汇报如下"),
    Entry("自查情况", KindCue(_S, "body", 3), "现将自查情况报告如下"),
    Entry("认真的自查", KindCue(_S, "body", 3), "各单位开展了认真的自查"),
    Entry("自查自评", KindCue(_S, "body", 2), "认真开展自查自评"),
    Entry("经自评", KindCue(_S, "body", 1), "经自评,总得分118分"),
    Entry("自评得分", KindCue(_S, "body", 1), "自评得分95分"),
    Entry("整改落实情况", KindCue(_R, "body", 3), "现将整改落实情况报告如下"),
    Entry("整改情况报告", KindCue(_R, "body", 3), "现将整改情况报告如下"),
    Entry("督导组", KindCue(_I, "body", 1), "督导组认为"),
    Entry("督导检查组", KindCue(_I, "body", 3), "国家教育督导检查组对该省进行了实地检查"),
    Entry("反馈意见", KindCue(_I, "body", 2), "现将督导反馈意见通报如下"),
    Entry("实地督查", KindCue(_I, "body", 2), "县政府督查室对各乡镇学校进行了实地督查"),
    Entry("评估认定", KindCue(_I, "body", 2), "全年共有120个县通过国家督导评估认定"),
    # where a work report is delivered: the standing committee of the people's congress
    Entry("人大常委会", KindCue(_W, "body", 2), "在县第十八届人大常委会第十次会议上"),
    Entry("人民代表大会常务委员会", KindCue(_W, "body", 2), "在区第五届人民代表大会常务委员会第九次会议上"),
    Entry("主任、各位副主任", KindCue(_W, "body", 1), "主任、各位副主任、秘书长："),
    Entry("各位委员", KindCue(_W, "body", 1), "各位委员：现将有关情况报告如下"),
    Entry("请予审议", KindCue(_W, "body", 1), "以上报告，请予审议"),
)
# The most a kind's body cues add up to: where a report was delivered is one fact however many of its
# phrases appear, so a self-assessment, rectification or inspection title (3 and more) still wins —
# unless the title also names the education work it reports on (教育工作, 3 + 2 > 4).


# Contexts that make a year mention a plan, a target or a name rather than a year reported as fact:
# words just before the year (到2026年), words in the clause after it (2024年,我们将…), and what follows
# the year as a school year's (2020-2021学年).
PERIOD_EXCLUSIONS: tuple[Entry[YearContext], ...] = (
    Entry("到", YearContext(before=True), "到2026年,学前教育普惠率达到88%"),
    Entry("至", YearContext(before=True), "至2025年建成"),
    Entry("力争", YearContext(before=True, after=True), "力争2022年完成"),
    Entry("预计", YearContext(before=True, after=True), "预计2022年底全部竣工"),
    Entry("计划", YearContext(before=True, after=True), "计划2022年建成"),
    Entry("目标", YearContext(before=True, after=True), "明确2024年新增学位3000个的工作目标"),
    Entry("将", YearContext(before=True, after=True), "2024年,我们将继续加大投入"),
    Entry("学年", YearContext(tail=True), "2020-2021学年"),
)
# Words right before a year that make what it says a fact as of then, whatever follows (截至2020年底).
FACT_CUES: tuple[Entry[str], ...] = words(
    "as of",
    ("截至", "截至2020年底,全区共有学校30所"),
    ("截止", "截止2020年底,全区共有学校30所"),
)
# A self-assessment's opening names the year whose duties it reviews (县政府对2021年度履行教育职责情况开展了全面
# 自查): its figures that no nearer year dates are that year's. A marker opens the phrase right before the year, the
# words after the year name the duties reviewed, and the words of the review (自查, 自评) close its clause. Another
# body's review (在2021年度…自评中), an inspection of the government (进行了实地督导) or a review to come
# (做好2024年度…自评工作) is not the report's own review.
REVIEWED_YEAR_MARKERS: tuple[Entry[str], ...] = words(
    "reviewed year",
    ("就", "县政府就2021年度履行教育职责情况开展了全面自查。"),
    ("对", "县政府对2021年度履行教育职责情况开展了全面自查。"),
)
REVIEWED_DUTIES: tuple[Entry[str], ...] = words(
    "duties reviewed",
    ("履行教育职责情况", "县政府对2021年度履行教育职责情况组织了自查。"),
    ("履行教育职责工作", "县政府对2021年度履行教育职责工作组织了自查。"),
    ("履职情况", "县政府对2021年度履职情况组织了自查。"),
)
SELF_REVIEW_WORDS: tuple[Entry[str], ...] = words(
    "self review",
    ("自查", "县政府对2021年度履行教育职责情况逐项开展自查。"),
    ("自评", "县政府对2021年度履行教育职责情况逐项开展自评。"),
    ("自查工作", "县政府对2021年度履行教育职责情况逐项开展自查工作。"),
    ("自评工作", "县政府对2021年度履行教育职责情况逐项开展自查自评工作。"),
)
# Words right after a year (``2023年``) that make it a deadline.
DEADLINE_SUFFIXES: tuple[Entry[str], ...] = words(
    "deadline",
    ("底前", "2023年底前全部达标"),
    ("之前", "2023年之前建成"),
    ("以前", "2023年以前完成"),
    ("前", "2023年前完成改造"),
)


# -- script -------------------------------------------------------------------------------------

# Pinyin some sites print after each character (實(shí)現(xiàn)): no part of a title.
PINYIN_RUBY = PatternEntry(
    rf"(?<=\p{{Han}})[(（][a-z{TONED_VOWELS}ü]{{1,6}}(?:[ ][a-z{TONED_VOWELS}ü]{{1,6}}){{0,3}}[)）]",
    "全省義(yì)務(wù)教育優質均衡發(fā)展督導報告",
)
