"""The cleaning stage: mark what is not the report's own words, and damage inside them.

Scraped copies of education-duty reports carry site chrome (breadcrumbs, stamps, menus,
footers, download blurbs), injected gambling spam, and damage inside the report's own
sentences (lost 年/月, lost 〕, figures run together, template placeholders, unbalanced
quotes, site labels glued to the title). Nothing here rewrites the text: :func:`find_noise`
and :func:`find_corruptions` return spans into the original input, and a corruption carries a
``repaired`` reading only where the text makes it certain.

All language data lives in the module-level tables below; each entry carries an example
phrase that the tests parse back.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import Final, NamedTuple

import regex

from ..document import Document
from ..model.report import Corruption, CorruptionKind, DocNumber, Noise, NoiseKind
from ..spans import SpanSet

__all__ = [
    "CHROME_PATTERNS",
    "DATE_FOLLOWERS",
    "EDGE_CHROME_PATTERNS",
    "MENU_ITEMS",
    "PLACEHOLDER_PATTERNS",
    "SITE_LABELS",
    "SPAM_VOCABULARY",
    "TITLE_VERBS",
    "find_corruptions",
    "find_noise",
]


class Entry(NamedTuple):
    """One row of a language table: a regex, why it matters, and a phrase it must match; for a
    whole-line pattern that is costly to try on every line, ``holds``: words one of which every
    match contains (the lines holding one are the lines to try)."""

    pattern: str
    reason: str
    example: str
    holds: tuple[str, ...] = ()


# --------------------------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------------------------

_LEAD = r"^[ \t\u3000]*+(?:[•·▪●◆■□>»]+[ \t\u3000]*+)?"

# Site chrome, each pattern matched against one whole line (multiline anchors).
CHROME_PATTERNS: Final[tuple[Entry, ...]] = (
    Entry(_LEAD + r"(?:您(?:当前)?的?(?:所在)?位置|当前(?:所在)?位置)[ \u3000]*+[:：][^\n]*+",
          "breadcrumb", "您当前的位置:首页 > 文档中心 > 工作总结 > 正文"),
    Entry(r"^[ \t\u3000]*+(?:首页|主页|网站首页)[ \u3000]*+[>»][^\n]*+", "breadcrumb", "首页 > 政务公开 > 正文"),
    Entry(r"^[ \t\u3000]*+[>»][^>»\n]{1,16}+(?:[>»][^>»\n]{1,16}+)++$", "breadcrumb",
          ">信息公开>通知公告>工作动态"),
    Entry(r"^[^\n。，；]{0,30}?(?:发布|更新|发表|上传)?(?:日期|时间)[ \u3000]*+[:：][ \u3000]*+"
          r"(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?+[^\n。，；]{0,80}+$",
          "publish stamp", "发布日期:2021-04-01 15:34 浏览次数:", ("日期", "时间")),
    Entry(r"^[^\n。，；]{0,40}?(?:浏览次数|阅读次数|点击数|访问量|本文已影响)[^\n。，；]{0,40}+$",
          "visit counter", "浏览次数:128", ("浏览次数", "阅读次数", "点击数", "访问量", "本文已影响")),
    Entry(r"^[ \t\u3000]*+[\p{Han}A-Za-z0-9]{1,10}?(?:文档|范文|文库|资料|美文|作文|公文|文秘|写作|知识|学习"
          r"|办公|文章|语录)网(?:手机站|手机版)?+[ \t\u3000]*+$", "site name", "无忧文档网"),
    Entry(r"^[ \t\u3000]*+扫一扫[^\n]{0,20}+$", "footer", "扫一扫在手机上查看当前页面"),
    Entry(r"^[ \t\u3000]*+(?:【?打印(?:本页|此页)?】?[ \t\u3000]*+)?【?关闭(?:窗口|本页)?】?[ \t\u3000]*+$",
          "footer", "打印 关闭"),
    Entry(r"^[ \t\u3000]*+【?打印(?:本页|此页)?】?[ \t\u3000]*+$", "footer", "【打印本页】"),
    Entry(r"^[ \t\u3000]*+(?:返回顶部|回到顶部|返回首页|TOP)[ \t\u3000]*+$", "footer", "返回顶部"),
    Entry(r"^[ \t\u3000]*+(?:Produced|Powered)[ \t]++By\b[^\n]*+", "footer", "Powered By 某某网络 站群发布系统"),
    Entry(r"^[ \t\u3000]*+(?:版权所有|Copyright|©|主办单位|承办单位|网站标识码|ICP备)[^\n]*+", "footer",
          "版权所有:某区人民政府办公室"),
    Entry(r"^[^\n。]{0,20}?将本文的?Word文档下载到电脑[^\n]*+", "download blurb",
          "将本文的Word文档下载到电脑,方便收藏和打印", ("Word文档下载到电脑",)),
    Entry(r"^[ \t\u3000]*+VIP[^\n]{0,20}?下载[^\n]*+", "download blurb", "VIP会员可一键下载本篇Word文档"),
    Entry(r"^[ \t\u3000]*+(?:VIP)?(?:免费)?下载(?:文档|本文|全文|Word文档)?[ \t\u3000]*+$|"
          r"^[ \t\u3000]*+(?:VIP)?(?:免费)?文档下载[ \t\u3000]*+$|^[ \t\u3000]*+VIP免费下载文档[ \t\u3000]*+$",
          "download blurb", "文档下载"),
    Entry(r"^[ \t\u3000]*+推荐度[ \u3000]*+[:：][^\n]{0,20}+$", "download blurb", "推荐度:"),
    Entry(r"^[ \t\u3000]*+文档为(?i:doc|docx|pdf|txt|word)格式[ \t\u3000]*+$", "download blurb", "文档为doc格式"),
    Entry(r"^[ \t\u3000]*+《[^》\n]{1,80}?\.(?i:docx?|pdf|txt|wps)》[ \t\u3000]*+$", "file name",
          "《某区履行教育职责自查报告.doc》"),
    Entry(r"^[ \t\u3000]*+(?:相关热搜|浏览记录|有关的专题|相关专题|相关文章|相关推荐|热门推荐|热门文章|猜你喜欢"
          r"|延伸阅读|推荐阅读|精彩推荐|最新文章|本文链接|上一篇|下一篇)[^\n。]{0,60}+$",
          "related links", "相关热搜"),
    # only in runs of at least BULLET_MENU_MIN_RUN such lines (a report may bullet a heading)
    Entry(r"^[ \t\u3000]*+[•·▪][ \t\u3000]*+[^\n，。；:：,]{1,12}+[ \t\u3000]*+$", "bullet menu", "• 语录大全"),
)

BULLET_MENU_MIN_RUN: Final = 3

_STAMP_LABEL = r"(?:信息来源|文章来源|稿件来源|来源|作者|撰稿|供稿|责任编辑|编辑|审核|审校|校对|摄影|[初复终]审)"
# Site chrome met only at the edges of a page: in the lines before the report's first sentence or
# after its last one (a sentence ends with 。！？；). Each pattern is matched against whole lines.
EDGE_CHROME_PATTERNS: Final[tuple[Entry, ...]] = (
    Entry(r"^[ \t\u3000]*+分享(?:到|至)[ \u3000]*+[:：]?[^\n。，；！？]{0,40}+$|"
          r"^[ \t\u3000]*+分享[ \u3000]*+[:：][^\n。，；！？]{0,40}+$",
          "share bar", "分享到： 微信 微博 QQ空间"),
    Entry(r"^[ \t\u3000]*+[【\[]?(?:字体|字号)(?:大小)?[ \u3000]*+[:：]?[ \u3000【\[]*+大[ \u3000】\]【\[]*+中"
          r"[ \u3000】\]【\[]*+小[】\]]?[^\n。，；！？]{0,40}+$",
          "font toolbar", "【字体：大 中 小】"),
    Entry(rf"^[ \t\u3000]*+[【\[]?{_STAMP_LABEL}[ \u3000]*+[:：][^\n。；！？]{{0,60}}+$",
          "source stamp", "来源：市教育局  作者：办公室  责任编辑：王某"),
    # an attachment list after the report: 附件：1.… and its further numbered lines
    Entry(r"^[ \t\u3000]*+附件[0-9０-９]{0,2}+[ \u3000]*+[:：][^\n。；！？]{0,80}+"
          r"(?:\n[ \t\u3000]*+[0-9０-９]{1,2}[.．、][^\n。；！？]{1,80}+)*+$",
          "attachment list", "附件：1．某县履行教育职责自评指标得分表\n      2．某县教育经费统计表"),
)

# Short link lines of government-site menus; a line that is exactly one of these is chrome.
MENU_ITEMS: Final[tuple[Entry, ...]] = tuple(
    Entry(w, "menu", w)
    for w in (
        "区长信箱", "县长信箱", "市长信箱", "书记信箱", "局长信箱", "意见征集", "问卷调查", "智能问答",
        "在线访谈", "网站地图", "联系我们", "设为首页", "加入收藏", "无障碍", "无障碍浏览", "繁体版",
        "简体版", "English", "登录", "政务公开", "政务服务", "互动交流", "信息公开", "网上调查",
        "在线咨询", "投诉建议", "分享到", "收藏本页", "字号", "大 中 小", "手机版", "微信", "微博",
    )
)

class SpamWord(NamedTuple):
    """A word of gambling spam: its regex, its weight (3 = strong), an example, and the
    characters a match can start with (for patterns that are not plain literals)."""

    pattern: str
    weight: int
    example: str
    starts: str = ""


# Gambling / lottery spam vocabulary. A cluster of hits is spam when its weights sum to
# SPAM_MIN_SCORE and it holds a strong word, or when it recurs verbatim (see _spam_spans).
SPAM_VOCABULARY: Final[tuple[SpamWord, ...]] = (
    SpamWord("彩票", 3, "大发彩票"),
    SpamWord("博彩", 3, "博彩公司"),
    SpamWord("赌场|赌博|赌球|赌钱|赌城", 3, "网上赌场"),
    SpamWord("百家乐", 3, "百家乐平台"),
    SpamWord("皇冠", 3, "皇冠体育"),
    SpamWord("老虎机", 3, "老虎机游戏"),
    SpamWord("棋牌", 3, "棋牌游戏下载"),
    SpamWord("真人视讯|真人娱乐|真人荷官", 3, "真人视讯"),
    SpamWord("新葡京|葡京|威尼斯人", 3, "澳门新葡京"),
    SpamWord("最新网址|备用网址|网址", 3, "金沙网址"),
    SpamWord("官网", 3, "官网直营"),
    SpamWord("直营", 3, "官网直营"),
    SpamWord("开户", 3, "在线开户"),
    SpamWord("投注|下注", 3, "足球投注"),
    SpamWord("彩金", 3, "注册送彩金"),
    SpamWord("六合彩|时时彩|快三|北京赛车|幸运飞艇", 3, "时时彩"),
    SpamWord("娱乐城|娱乐场|娱乐平台|娱乐官网", 3, "娱乐城官网"),
    SpamWord("电子游艺|捕鱼游戏|体育投注", 3, "电子游艺"),
    SpamWord("体育在线", 2, "大发体育在线"),
    # a brand of Latin letters and digits (bet365, 188bet), never a lone letter (K12, 5G)
    SpamWord("(?<![A-Za-z0-9])(?i:[a-z]{2,8}[0-9]{2,4}|[0-9]{2,4}[a-z]{2,8})(?![A-Za-z0-9])", 2, "bet365体育",
             "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
    SpamWord("官方网站|官方网址", 2, "娱乐场官方网站"),  # before 官方: 官方 alone is weaker
    SpamWord("欢迎您|欢迎你", 1, "投注-欢迎您"),
    SpamWord("真人", 1, "真人游戏"),
    SpamWord("澳门", 1, "澳门新葡京"),
    # three of one digit, spelled out: _SPAM_RE matches words inside a look-behind, where a
    # back-reference to a group of the same look-behind is not allowed
    SpamWord("(?<![0-9])(?:111|222|333|444|555|666|777|888|999)(?![0-9])", 1, "大发888", "123456789"),
    SpamWord("(?i:app)版?", 1, "官方app版", "aA"),
    SpamWord("手机版|电脑版|官方版", 1, "手机版下载"),
    SpamWord("下载", 1, "下载安装"),
    SpamWord("官方", 1, "官方平台"),
    SpamWord("入口", 1, "官方入口"),
    SpamWord("平台", 1, "娱乐平台"),
    SpamWord("注册", 1, "注册送彩金"),
    SpamWord("娱乐", 1, "娱乐官方"),
    SpamWord("在线", 1, "在线娱乐"),
    SpamWord("(?i:www|com|vip)", 1, "www.888.com", "wWcCvV"),
)
SPAM_MIN_SCORE: Final = 5
SPAM_MAX_GAP: Final = 4  # characters allowed between two vocabulary hits of one spam string

# Words that directly follow a year (the 年 lost in between): 2017开始 = 2017年开始.
DATE_FOLLOWERS: Final[tuple[Entry, ...]] = tuple(
    Entry(w, "follows 年", f"2017{w}")
    for w in (
        "开始", "以来", "起", "底", "初", "末", "秋季", "春季", "夏季", "冬季", "秋", "春", "上半年", "下半年",
        "度", "至今", "以前", "之前", "以后", "之后", "期间", "全年", "暑期", "暑假", "寒假", "新学期",
        "第一季度", "第二季度", "第三季度", "第四季度", "一季度", "二季度", "三季度", "四季度",
    )
)

# Template placeholders left where figures or names stood.
PLACEHOLDER_PATTERNS: Final[tuple[Entry, ...]] = (
    Entry(r"(?<![A-Za-z0-9+＋_\-.·])[xX]{1,4}+(?![A-Za-z0-9_])(?!光|射线|轴|型|线)"
          r"(?:[余多]?(?:万㎡|万元|亿元|平方米|人次|余次|㎡|元|人|名|个|所|项|间|台|套|班|期|次|%|％|万|亿)"
          r"|街道|区|市|县|镇|乡|村|路)?",
          "x for a figure or a name", "教职工x人"),
    Entry(r"(?:19|20)(?:[_＿]{2}|[xX]{2}|[*＊]{2})年", "year left blank", "20__年"),
    Entry(r"[_＿]{2,}+", "blank to fill in", "投入____万元"),
    Entry(r"[*＊]{2,}+(?=[\p{Han}%％㎡])", "asterisks for a figure", "**个"),
    Entry(r"[○〇]{2,}+(?=[区县市镇乡村街路校])", "circles for a name", "○○区"),
)

# Verbs that open a document title right after 关于 (《关于开展…的通知》).
TITLE_VERBS: Final[tuple[Entry, ...]] = tuple(
    Entry(w, "starts a document title after 关于", f"《关于{w}某项工作的通知》")
    for w in (
        "开展", "落实", "做好", "健全", "建立", "推进", "加强", "全面", "进一步", "深化", "印发", "实施",
        "完善", "规范", "支持", "促进", "切实", "调整", "成立", "表彰", "公布", "组织", "下达", "转发",
        "加快", "推动", "构建", "统筹", "严格", "巩固", "提高", "提升", "做实", "认真", "贯彻", "启动",
        "设立", "召开", "举办", "申报", "报送", "公布", "明确", "印送",
    )
)

# Labels a site glues to the report title (prefix keyword / suffix label).
SITE_LABELS: Final[tuple[Entry, ...]] = (
    Entry("范文大全|优秀范文|精选范文|最新范文|范文|范本|模板|模版|精选|完整版|word版|全文|大全|合集|汇编|汇总"
          "|【精选】|【范文】|\\(精选\\)|（精选）|\\d+篇",
          "site label after the title", "云溪县履行教育职责情况自评报告范文"),
)

# Verbs that may precede a quoted name in the same clause (实施“…工程”).
QUOTE_LEAD_VERBS: Final[tuple[Entry, ...]] = tuple(
    Entry(w, "verb before a quoted name", f"{w}三名工程”")
    for w in (
        "实施", "开展", "推进", "落实", "打造", "建设", "创建", "启动", "推行", "实行", "争创", "深化",
        "加强", "坚持", "强化", "完善", "组织", "举办", "参加", "开设", "构建", "推动", "建立", "践行",
    )
)

# --------------------------------------------------------------------------------------------
# Compiled patterns
# --------------------------------------------------------------------------------------------

_CHROME_RES: Final = tuple(
    (regex.compile(e.pattern, regex.MULTILINE | regex.VERSION1), e.reason) for e in CHROME_PATTERNS
)
_EDGE_CHROME_RES: Final = tuple(
    (regex.compile(e.pattern, regex.MULTILINE | regex.VERSION1), e.reason) for e in EDGE_CHROME_PATTERNS
)
_MENU_RE: Final = regex.compile(
    r"^[ \t\u3000]*+(?:" + "|".join(regex.escape(e.pattern) for e in MENU_ITEMS) + r")[ \t\u3000]*+$",
    regex.MULTILINE,
)


def _loose(pattern: str) -> str:
    """A ``re`` pattern that matches wherever ``pattern`` does: ``\\p{Han}`` (only ever the head of a
    class here) widens to everything from U+2E80, where the Han script starts; ``\\b`` is dropped."""
    assert pattern.count(r"\p{Han}") == pattern.count(r"[\p{Han}"), pattern
    return pattern.replace(r"\p{Han}", "\u2e80-\U0010ffff").replace(r"\b", "")


_LINE_RES: Final = (*(rx for rx, _ in _CHROME_RES), _MENU_RE)
_HOLDS: Final = (*(e.holds for e in CHROME_PATTERNS), ())
# The lines a chrome or menu pattern may match (those without ``holds``), found in one scan of the
# text with "\n" put before it (a literal first character lets the engine skip from line to line):
# every such pattern matches a whole line from its start and never runs past its end, so each then
# runs on these lines only, and only from the first one that may match there (the empty group after
# it names it).
_CHROME_LINE_RE: Final = re.compile(
    "\n(?:"
    + "|".join(f"(?:{_loose(rx.pattern)})(?P<p{i}>)" for i, rx in enumerate(_LINE_RES) if not _HOLDS[i])
    + ")",
    re.MULTILINE,
)
_SPAM_STARTS: Final = "".join(
    sorted({c for w in SPAM_VOCABULARY for c in (w.starts or "".join(a[0] for a in w.pattern.split("|")))})
)
# The vocabulary as one pattern. It opens with the class of the characters a word can start with, so
# the engine skips between those without entering the pattern, and matches the word itself in a
# look-ahead set one character back: the match is that one character. After each word stands an empty
# group named after it: the word ends where that group does (m.lastgroup names it), and a word that
# opens with a literal character is passed over at once where the text has another. _spam_words
# drops the words that start inside an earlier one.
_SPAM_RE: Final = re.compile(
    f"[{re.escape(_SPAM_STARTS)}](?<=(?=(?:"
    + "|".join(f"(?:{w.pattern})(?P<s{i}>)" for i, w in enumerate(SPAM_VOCABULARY))
    + ")).)"
)
_SPAM_WEIGHTS: Final = {f"s{i}": w.weight for i, w in enumerate(SPAM_VOCABULARY)}
_SPAM_GAP_OK: Final = regex.compile(r"[\p{Han}A-Za-z0-9_\-·|【】\[\]]*+")
_GLUE: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
_LATIN: Final = regex.compile("[A-Za-z]")
_PUNCT: Final = frozenset("，。；：、！？“”‘’《》〈〉「」『』()（）,.;:!?\"' \t\u3000\n\r")

_FOLLOWERS: Final = "|".join(sorted((regex.escape(e.pattern) for e in DATE_FOLLOWERS), key=len, reverse=True))
# The look-behind on the character before the year stands after its 19/20 (two characters back), so
# the pattern opens with a literal the engine can skip to.
_YEAR_FOLLOWER_RE: Final = re.compile(
    rf"((?:19|20)(?<![\d.\-—–~～至到第/:：]..)\d\d)(?=(?:{_FOLLOWERS}))"
)
_YEAR_MONTH_RE: Final = regex.compile(r"(?<![\d.\-—–/])((?:19|20)\d\d)(\d{1,2}+)月(底|初|末|中旬|上旬|下旬)?")
_YEAR_MONTH_DAY_RE: Final = regex.compile(
    r"(?<![\d.\-—–/])((?:19|20)\d\d)(\d{2,4}+)((?:[-—~～至]\d{1,2}+)?)日"
)
_RUN_TOGETHER_RE: Final = regex.compile(r"分别(?:为|是)[:：]?[ \u3000]?+(\d{8,}+)(?![\d.])")
_YEAR_RANGE_RE: Final = regex.compile(r"((?:19|20)\d\d)年?[ \u3000]?+[-—–~～至到][ \u3000]?+((?:19|20)\d\d)")
# Every placeholder holds one of these marks (those its pattern names): without them a pattern has
# nothing to find, and most reports have none.
_PLACEHOLDER_MARKS: Final = "xX_＿*＊○〇"
_PLACEHOLDER_RES: Final = tuple(
    (regex.compile(e.pattern), e.reason, tuple(c for c in _PLACEHOLDER_MARKS if c in e.pattern))
    for e in PLACEHOLDER_PATTERNS
)
_TITLE_VERB_RE: Final = regex.compile(
    r"[ \u3000]?+(?:" + "|".join(sorted((regex.escape(e.pattern) for e in TITLE_VERBS), key=len, reverse=True)) + ")"
)
_TITLE_END = "(?:报告|总结|汇报|情况)"
_SITE_TITLE_RE: Final = regex.compile(
    r"^[ \t\u3000]*+(?P<pre>\p{Han}{2,12}+[ \u3000]++)?"
    rf"(?P<title>[^\s，。；：:,、《》<>]{{4,60}}?{_TITLE_END})"
    rf"(?P<label>{SITE_LABELS[0].pattern})"
    r"(?:[ \u3000]++(?P<addr>\p{Han}{2,30}?(?:办公室|委员会|人民政府|政府|教育局|局|领导小组|督导室))(?=[:：]))?",
    regex.MULTILINE,
)
# What every title with a site label holds, anywhere in its line: the lines to try _SITE_TITLE_RE on.
_SITE_LABEL_RE: Final = re.compile(f"{_TITLE_END}(?:{SITE_LABELS[0].pattern})")
_LEAD_VERB_RE: Final = regex.compile(
    "(?:" + "|".join(sorted((regex.escape(e.pattern) for e in QUOTE_LEAD_VERBS), key=len, reverse=True)) + ")了?"
)
_HAN_PAIR: Final = regex.compile(r"\p{Han}{2}")
_ADMIN_SUFFIXES: Final = "省市区县州盟旗镇乡村"

_QUOTE_PAIRS: Final = {"“": "”", "‘": "’", "《": "》", "「": "」", "『": "』"}
_QUOTE_CLOSERS: Final = {v: k for k, v in _QUOTE_PAIRS.items()}
_CLAUSE_STOPS: Final = frozenset("，。；：、！？,;:!?()（）《》“”‘’「」『』\n\r\t \u3000")
_SOFT_STOPS: Final = ("以及", "和", "及", "与", "等")
_SENTENCE_END: Final = frozenset("。；！？;!?")
_UNCERTAIN_IN_QUOTE: Final = frozenset("的之和及与")
_MARKS: Final = "".join(_QUOTE_PAIRS) + "".join(_QUOTE_CLOSERS)
# A quote or title mark, or a whole pair with no mark between on one line (it can leave no orphan,
# so it is passed over in one step). The mark class comes first: the engine then skips to marks.
_MARK_RE: Final = re.compile(
    f"[{_MARKS}](?:"
    + "|".join(f"(?<={re.escape(o)})[^{_MARKS}\n]*+{re.escape(c)}" for o, c in _QUOTE_PAIRS.items())
    + ")?"
)
_SENTENCE_END_RE: Final = regex.compile("[" + "".join(sorted(_SENTENCE_END)) + "]")
_SENTENCE_END_BACK_RE: Final = regex.compile(_SENTENCE_END_RE.pattern, regex.REVERSE)  # last match first
_QUOTE_AFTER_RE: Final = regex.compile(r"[^“”‘’《》「」『』，。；：、,;:\n]{1,12}?[”’》」』]")
_TITLE_RE: Final = regex.compile(r"《[^《》\n]{0,120}+》")
_HAN_RUN: Final = regex.compile(r"\p{Han}+")


# --------------------------------------------------------------------------------------------
# Noise
# --------------------------------------------------------------------------------------------


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\u3000\r":
        start += 1
    while end > start and text[end - 1] in " \t\u3000\r":
        end -= 1
    return start, end


def _bullet_runs(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Keep bulleted menu lines only where at least BULLET_MENU_MIN_RUN stand together."""
    bullets = sorted(sp for sp in spans if sp[2] == "bullet menu")
    keep: set[tuple[int, int, str]] = set()
    run: list[tuple[int, int, str]] = []
    for sp in bullets:
        if run and text[run[-1][1] : sp[0]].strip(" \t\u3000\r\n") == "":
            run.append(sp)
            continue
        if len(run) >= BULLET_MENU_MIN_RUN:
            keep.update(run)
        run = [sp]
    if len(run) >= BULLET_MENU_MIN_RUN:
        keep.update(run)
    return [sp for sp in spans if sp[2] != "bullet menu" or sp in keep]


def _edges(text: str, spans: list[tuple[int, int, str]]) -> tuple[int, int]:
    """Where the line of the report's first sentence end starts and the line of its last one ends
    (sentence ends inside chrome already found do not count); (len, len) when there is none."""
    chrome = SpanSet(((s, e) for s, e, _ in spans), len(text))
    first = next((m.start() for m in _SENTENCE_END_RE.finditer(text) if not chrome.hit(m.start())), None)
    if first is None:
        return len(text), len(text)
    last = next(m.start() for m in _SENTENCE_END_BACK_RE.finditer(text, first) if not chrome.hit(m.start()))
    nl = text.find("\n", last)
    return text.rfind("\n", 0, first) + 1, len(text) if nl < 0 else nl


def _chrome_lines(text: str) -> list[list[int]]:
    """Per pattern of _LINE_RES, the starts of the lines it may match (all it matches, and a few more)."""
    lines: list[list[int]] = [_lines_holding_words(text, words) for words in _HOLDS]
    for m in _CHROME_LINE_RE.finditer("\n" + text):  # the added "\n" shifts offsets by one
        for i in range(int(str(m.lastgroup)[1:]), len(_LINE_RES)):
            if not _HOLDS[i]:
                lines[i].append(m.start())
    return lines


def _line_starts(text: str, positions: Iterable[int]) -> list[int]:
    """Starts of the lines holding the ascending ``positions``, each once."""
    starts: list[int] = []
    last = 0  # the previous position: a line start after it is a new line
    for i in positions:
        nl = text.rfind("\n", last, i)
        if nl >= 0 or not starts:
            starts.append(nl + 1)
        last = i
    return starts


def _lines_holding(rx: re.Pattern[str], text: str) -> list[int]:
    """Starts of the lines where ``rx`` matches (it never matches across a line end), in order."""
    return _line_starts(text, (m.start() for m in rx.finditer(text)))


def _lines_holding_words(text: str, words: tuple[str, ...]) -> list[int]:
    """Starts of the lines holding one of ``words``, in order (a string search per word is faster here
    than a pattern: their first characters are common ones)."""
    return _line_starts(text, sorted(i for w in words for i in _find_all(text, w)))


def _line_matches(rx: regex.Pattern[str], text: str, lines: list[int]) -> Iterator[regex.Match[str]]:
    """What ``rx.finditer(text)`` finds, for a pattern that matches only whole lines among ``lines``."""
    for ls in lines:
        m = rx.match(text, ls)
        if m is not None:
            yield m


def _chrome_spans(text: str) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    lines = _chrome_lines(text)
    for (rx, reason), where in zip(_CHROME_RES, lines, strict=False):
        for m in _line_matches(rx, text, where):
            s, e = _strip_span(text, m.start(), m.end())
            if e > s:
                spans.append((s, e, reason))
    spans = _bullet_runs(text, spans)
    for m in _line_matches(_MENU_RE, text, lines[-1]):
        s, e = _strip_span(text, m.start(), m.end())
        if e > s:
            spans.append((s, e, "menu"))
    first, last = _edges(text, spans)
    zones = [(0, first)] + ([(last, len(text))] if last < len(text) else [])
    for rx, reason in _EDGE_CHROME_RES:
        for lo, hi in zones:
            for m in rx.finditer(text, lo, hi):
                s, e = _strip_span(text, m.start(), m.end())
                if e > s:
                    spans.append((s, e, reason))
    return spans


class _Cluster(NamedTuple):
    start: int
    end: int
    score: int
    strong: int


def _spam_words(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, end, weight) of the vocabulary words in ``text``, left to right, none inside another."""
    end = 0
    for m in _SPAM_RE.finditer(text):
        if m.start() < end:
            continue
        name = str(m.lastgroup)  # the empty group after each word closes last
        end = m.end(name)
        yield m.start(), end, _SPAM_WEIGHTS[name]


def _spam_clusters(text: str) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    cur: _Cluster | None = None
    for start, end, weight in _spam_words(text):
        if cur is not None:
            gap = start - cur.end
            if gap <= SPAM_MAX_GAP and _SPAM_GAP_OK.fullmatch(text, cur.end, start):
                cur = _Cluster(cur.start, end, cur.score + weight, cur.strong + (weight >= 3))
                continue
            clusters.append(cur)
        cur = _Cluster(start, end, weight, int(weight >= 3))
    if cur is not None:
        clusters.append(cur)
    return clusters


_LATIN_OR_DIGIT = regex.compile(r"[A-Za-z0-9_]")


_HAN = regex.compile(r"\p{Han}")


def _odd(s: str) -> bool:
    """A string mixing scripts the way spam anchors do (CJK with Latin letters, digits or _)."""
    has_han = _HAN.search(s) is not None
    has_other = _LATIN_OR_DIGIT.search(s) is not None
    return has_han and has_other


def _extend_repeated(text: str, unit: str, occurrences: list[int]) -> tuple[int, int]:
    """How far every occurrence of ``unit`` agrees to the left and right (not over punctuation)."""
    left = 0
    while left < 12:
        chars = {text[o - left - 1] if o - left - 1 >= 0 else "" for o in occurrences}
        if len(chars) != 1:
            break
        c = chars.pop()
        if not c or c in _PUNCT:
            break
        left += 1
    right = 0
    n = len(unit)
    while right < 12:
        chars = {text[o + n + right] if o + n + right < len(text) else "" for o in occurrences}
        if len(chars) != 1:
            break
        c = chars.pop()
        if not c or c in _PUNCT:
            break
        right += 1
    return left, right


def _period(s: str) -> str:
    """The shortest unit that ``s`` repeats (two copies of a spam anchor glued together)."""
    for k in (4, 3, 2):
        if len(s) % k == 0 and s == s[: len(s) // k] * k:
            return s[: len(s) // k]
    return s


def _find_all(text: str, s: str) -> list[int]:
    out: list[int] = []
    i = text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + len(s))
    return out


def _glued(text: str, start: int, end: int) -> tuple[int, int]:
    """A spam span widened over Latin letters, digits and hyphens glued to it (``w88``, ``-vip``)
    where the glued run holds a Latin letter (a year or figure right after spam stays the report's)."""
    i = start
    while i > 0 and text[i - 1] in _GLUE:
        i -= 1
    while i < start and text[i] in "-_":
        i += 1
    if _LATIN.search(text, i, start):
        start = i
    j = end
    while j < len(text) and text[j] in _GLUE:
        j += 1
    while j > end and text[j - 1] in "-_":
        j -= 1
    if _LATIN.search(text, end, j):
        end = j
    return start, end


_WORD_CHAR = regex.compile(r"[\p{Han}A-Za-z0-9]")


def _spam_spans(text: str) -> list[tuple[int, int, str]]:
    clusters = _spam_clusters(text)
    counts = Counter(text[c.start : c.end] for c in clusters)
    accepted: list[_Cluster] = []
    for c in clusters:
        body = text[c.start : c.end]
        if (c.score >= SPAM_MIN_SCORE and c.strong) or (
            counts[body] >= 3 and c.score >= 3 and len(body) >= 5 and _odd(body)
        ):
            accepted.append(c)
    if not accepted:
        return []
    accepted = [_Cluster(*_glued(text, c.start, c.end), c.score, c.strong) for c in accepted]
    # Units: the distinct spam strings; a cluster made of two glued copies is split back.
    texts = sorted({_period(text[c.start : c.end]) for c in accepted}, key=len)
    units: list[str] = []
    for t in texts:
        rest = t
        for u in units:
            while rest.startswith(u) and len(rest) > len(u):
                rest = rest[len(u) :]
        if rest == t or rest not in units:
            units.append(t)
    spans: list[tuple[int, int, str]] = []
    for u in units:
        occ = _find_all(text, u)
        if len(occ) >= 3:
            left, right = _extend_repeated(text, u, occ)
            if left or right:
                u = text[occ[0] - left : occ[0] + len(u) + right]
                occ = _find_all(text, u)
        reason = "repeated spam string" if len(occ) >= 2 else "spam vocabulary"
        spans.extend((o, o + len(u), reason) for o in occ)
    # Whole short lines of spam (a banner in place of the page title).
    out: list[tuple[int, int, str]] = []
    for s, e, reason in spans:
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", e)
        le = len(text) if le < 0 else le
        ls, le = _strip_span(text, ls, le)
        line = text[ls:le]
        residual = text[ls:s] + text[e:le]
        if (
            le - ls <= 40
            and not any(p in line for p in "。，,；")
            and len(_WORD_CHAR.findall(residual)) <= 4
        ):
            out.append((ls, le, "spam line"))
        else:
            out.append((s, e, reason))
    return out


def _resolve(spans: Iterable[tuple[int, int, str, NoiseKind]]) -> list[tuple[int, int, str, NoiseKind]]:
    """Sorted, non-overlapping: on overlap the longer span wins (chrome on a tie)."""
    ordered = sorted(spans, key=lambda x: (-(x[1] - x[0]), x[3] is NoiseKind.SPAM, x[0]))
    kept: list[tuple[int, int, str, NoiseKind]] = []
    starts: list[int] = []
    for item in ordered:
        s, e = item[0], item[1]
        i = bisect.bisect_left(starts, s)
        if i > 0 and kept[i - 1][1] > s:
            continue
        if i < len(kept) and kept[i][0] < e:
            continue
        kept.insert(i, item)
        starts.insert(i, s)
    return kept


def find_noise(doc: Document) -> tuple[Noise, ...]:
    """Spans of the text that are not the report's own words: site chrome and injected spam.

    >>> [n.text for n in find_noise(Document.of("发布日期:2021-04-01 15:34 浏览次数:\\n正文。\\n返回顶部"))]
    ['发布日期:2021-04-01 15:34 浏览次数:', '返回顶部']
    """
    text = doc.text
    items = [(s, e, r, NoiseKind.CHROME) for s, e, r in _chrome_spans(text)]
    items.extend((s, e, r, NoiseKind.SPAM) for s, e, r in _spam_spans(text))
    return tuple(
        Noise(start=s, end=e, text=text[s:e], kind=k, reason=r) for s, e, r, k in _resolve(items)
    )


# --------------------------------------------------------------------------------------------
# Corruptions
# --------------------------------------------------------------------------------------------


def _month_day_splits(run: str) -> list[tuple[str, str]]:
    """Every calendar-valid (month, day) reading of the digits between a year and 日."""
    out: list[tuple[str, str]] = []
    for k in (1, 2):
        month, day = run[:k], run[k:]
        if not 1 <= len(day) <= 2 or month == "0":
            continue
        if 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
            out.append((month, day))
    return out


def _dates(text: str) -> Iterable[Corruption]:
    for m in _YEAR_MONTH_DAY_RE.finditer(text):
        year, run, tail = m.group(1), m.group(2), m.group(3)
        splits = _month_day_splits(run)
        if not splits:
            continue
        readings = tuple(f"{year}年{mo}月{d}{tail}日" for mo, d in splits)
        yield Corruption(
            start=m.start(), end=m.end(), text=m.group(), kind=CorruptionKind.LOST_DATE_CHAR,
            repaired=readings[0] if len(readings) == 1 else None,
            readings=readings if len(readings) > 1 else (), note="lost 年/月 in a date",
        )
    for m in _YEAR_MONTH_RE.finditer(text):
        year, month = m.group(1), m.group(2)
        if not 1 <= int(month) <= 12 or month.startswith("0"):
            continue
        yield Corruption(
            start=m.start(), end=m.end(), text=m.group(), kind=CorruptionKind.LOST_DATE_CHAR,
            repaired=f"{year}年{month}月{m.group(3) or ''}", note="lost 年 in a date",
        )
    for m in _YEAR_FOLLOWER_RE.finditer(text):
        year = int(m.group(1))
        if not 1990 <= year <= 2039:
            continue
        follower = regex.match(_FOLLOWERS, text[m.end() : m.end() + 4])
        end = m.end() + (len(follower.group()) if follower else 0)
        yield Corruption(
            start=m.start(), end=end, text=text[m.start() : end], kind=CorruptionKind.LOST_DATE_CHAR,
            repaired=f"{year}年{text[m.end():end]}", note="lost 年 after a year",
        )


_LIST_SPLIT = regex.compile(r"、|和|及|与")


def _expected_count(text: str, pos: int) -> int | None:
    """How many figures a 分别为 at ``pos`` announces: a year range in the same sentence, or a list."""
    start = pos
    while start > 0 and text[start - 1] not in "。；\n!?！？" and pos - start < 200:
        start -= 1
    sentence = text[start:pos]
    ranges = list(_YEAR_RANGE_RE.finditer(sentence))
    if ranges:
        y1, y2 = int(ranges[-1].group(1)), int(ranges[-1].group(2))
        if 1 <= y2 - y1 <= 20:
            return y2 - y1 + 1
    clause_start = max(sentence.rfind(c) for c in "，,：:") + 1
    clause = sentence[clause_start:]
    parts = [p for p in _LIST_SPLIT.split(clause) if p]
    return len(parts) if len(parts) >= 2 else None


def _run_together(text: str) -> Iterable[Corruption]:
    for m in _RUN_TOGETHER_RE.finditer(text):
        digits = m.group(1)
        count = _expected_count(text, m.start())
        repaired: str | None = None
        note = "figures run together; the split is not certain"
        if count and count >= 2 and len(digits) % count == 0:
            w = len(digits) // count
            parts = [digits[i : i + w] for i in range(0, len(digits), w)]
            if w >= 1 and not any(len(p) > 1 and p.startswith("0") for p in parts):
                repaired = "、".join(parts)
                note = f"{count} figures of {w} digits run together"
        yield Corruption(
            start=m.start(1), end=m.end(1), text=digits, kind=CorruptionKind.RUN_TOGETHER,
            repaired=repaired, note=note,
        )


def _placeholders(text: str, doc_spans: list[tuple[int, int]]) -> Iterable[Corruption]:
    for s, e in doc_spans:
        yield Corruption(start=s, end=e, text=text[s:e], kind=CorruptionKind.PLACEHOLDER,
                         note="文号 left as a template")
    for rx, reason, marks in _PLACEHOLDER_RES:
        if not any(c in text for c in marks):
            continue
        for m in rx.finditer(text):
            if any(s <= m.start() < e for s, e in doc_spans):
                continue
            yield Corruption(start=m.start(), end=m.end(), text=m.group(), kind=CorruptionKind.PLACEHOLDER,
                             note=reason)


def _clause_back(text: str, pos: int, floor: int) -> int:
    """Start of the clause that ends at ``pos`` (not before ``floor``)."""
    s = pos
    while s > floor and text[s - 1] not in _CLAUSE_STOPS and pos - s < 40:
        s -= 1
    return s


def _clause_forward(text: str, pos: int) -> int:
    e = pos
    while e < len(text) and text[e] not in _CLAUSE_STOPS and e - pos < 40:
        if e > pos and text.startswith(_SOFT_STOPS, e):
            break
        e += 1
    return e


def _group_adjacent(positions: list[int]) -> list[tuple[int, int]]:
    """Runs of adjacent positions as (first, last) pairs."""
    runs: list[tuple[int, int]] = []
    for p in positions:
        if runs and runs[-1][1] == p - 1:
            runs[-1] = (runs[-1][0], p)
        else:
            runs.append((p, p))
    return runs


def _orphan_marks(text: str) -> list[tuple[int, list[int], list[int]]]:
    """Per line holding an orphan: (line start, orphan openers, orphan closers) of quotes and title marks."""
    lines: list[tuple[int, int, list[int], list[int]]] = []  # (start, end, openers, closers)
    stack: list[int] = []
    open_count: dict[str, int] = {}
    closers: list[int] = []
    line_start, line_end = 0, -1
    for m in _MARK_RE.finditer(text):
        i = m.start()
        if m.end() - i > 1:
            continue  # a closed pair
        if i > line_end:  # the first mark of another line
            if stack or closers:
                lines.append((line_start, line_end, stack, closers))
            stack, closers, open_count = [], [], {}
            line_start = text.rfind("\n", max(line_end, 0), i) + 1
            line_end = text.find("\n", i)
            line_end = len(text) if line_end < 0 else line_end
        ch = text[i]
        if ch in _QUOTE_PAIRS:
            stack.append(i)
            open_count[ch] = open_count.get(ch, 0) + 1
            continue
        opener = _QUOTE_CLOSERS[ch]
        if not open_count.get(opener):
            closers.append(i)
            continue
        while True:  # openers of another kind above the match are left as orphans
            top = stack.pop()
            open_count[text[top]] -= 1
            if text[top] == opener:
                break
    if stack or closers:
        lines.append((line_start, line_end, stack, closers))
    # A quote left open at a line's end and closed first thing on the next line is fine.
    for k in range(len(lines) - 1):
        if lines[k + 1][0] != lines[k][1] + 1:
            continue  # not the next line
        openers, following = lines[k][2], lines[k + 1][3]
        n = 0
        while openers and n < len(following) and _QUOTE_PAIRS[text[openers[-1]]] == text[following[n]]:
            openers.pop()
            n += 1
        del following[:n]
    return [(ls, openers, closers) for ls, _, openers, closers in lines]


def _unbalanced(text: str) -> Iterable[Corruption]:
    """Orphan quotes and title marks, line by line (a quote may run on into the next line)."""
    for line_start, openers, closers in _orphan_marks(text):
        for first, last in _group_adjacent(closers):
            start = _clause_back(text, first, line_start)
            lead = _LEAD_VERB_RE.match(text, start, first)
            if lead:
                start = lead.end()
            inner = text[start:first]
            opener = _QUOTE_CLOSERS[text[last]]
            certain = (
                first == last
                and 2 <= len(inner) <= 10
                and not _UNCERTAIN_IN_QUOTE.intersection(inner)
                and (
                    lead is not None
                    or (start > line_start and len(inner) <= 8 and text[start - 1] in "，,、：:"
                        and _HAN_RUN.fullmatch(inner) is not None)
                )
            )
            yield Corruption(
                start=start, end=last + 1, text=text[start : last + 1], kind=CorruptionKind.UNBALANCED,
                repaired=opener + inner + text[last] if certain else None, note=f"{text[last]} without {opener}",
            )
        for first, last in _group_adjacent(openers):
            end = _clause_forward(text, last + 1)
            yield Corruption(
                start=first, end=end, text=text[first:end], kind=CorruptionKind.UNBALANCED,
                note=f"{text[first]} without {_QUOTE_PAIRS[text[first]]}",
            )
    # A bracket opened inside 《…》 and never closed before 》: (2020-2022年》
    for m in _TITLE_RE.finditer(text):
        body = m.group()
        if "(" not in body and "（" not in body:
            continue
        depth: list[int] = []
        for off, ch in enumerate(body):
            if ch in "(（":
                depth.append(off)
            elif ch in ")）" and depth:
                depth.pop()
        if depth:
            o = m.start() + depth[-1]
            close = ")" if text[o] == "(" else "）"
            yield Corruption(
                start=o, end=m.end(), text=text[o : m.end()], kind=CorruptionKind.UNBALANCED,
                repaired=text[o : m.end() - 1] + close + "》",
                note=f"{text[o]} inside a title closed by 》 without {close}",
            )


def _city_name(text: str, mask: SpanSet, docs: Sequence[DocNumber]) -> str | None:
    """The issuing city named by a doc-number abbreviation, where the text names it elsewhere.

    A city's 文号 starts with the city's first character (云教督委 for 云溪市). For each such
    character, the two-character names starting with it that stand in the text at least twice
    (outside 文号 and noise, never as a district or county, never already with 市) are
    collected; the city is certain only when exactly one character gives exactly one name.
    """
    doc_starts = {d.start for d in docs}
    cities: set[str] = set()
    # every two characters that stand right before an administrative suffix (one pass, not one
    # scan of the whole text per candidate name)
    before_suffix = {text[i - 2 : i] for sfx in _ADMIN_SUFFIXES for i in _find_all(text, sfx) if i >= 2}
    for ch in {d.normalized[0] for d in docs if len(d.normalized.split("〔")[0]) >= 3}:
        candidates: Counter[str] = Counter()
        for i in _find_all(text, ch):
            name = text[i : i + 2]
            if i in doc_starts or mask.overlaps(i, i + 2) or not _HAN_PAIR.fullmatch(name):
                continue
            candidates[name] += 1
        good = [
            n for n, c in candidates.items()
            if c >= 2 and n[1] not in _ADMIN_SUFFIXES and n not in before_suffix
        ]
        if len(good) == 1:
            cities.add(good[0])
    return f"{cities.pop()}市" if len(cities) == 1 else None


def _lost_opener(text: str, start: int, end: int) -> str | None:
    """The opening quote spam took the place of: a closing mark follows the spam within a few
    characters, unmatched, the marks of the line before the spam being balanced (``…网址双减”成效``)."""
    m = _QUOTE_AFTER_RE.match(text, end)
    if m is None:
        return None
    closer = text[m.end() - 1]
    opener = _QUOTE_CLOSERS[closer]
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return opener if line.count(opener) == line.count(closer) else None


def _spam(
    text: str, noise: Sequence[Noise], mask: SpanSet, docs: Sequence[DocNumber]
) -> Iterable[Corruption]:
    noise = sorted(noise, key=lambda n: (n.start, n.end))
    spam = [n for n in noise if n.kind is NoiseKind.SPAM]
    if not spam:
        return
    others = [n for n in noise if n.kind is NoiseKind.CHROME]
    chrome = SpanSet((n.start, n.end) for n in others)
    no_guanyu = "关于" not in "".join(
        text[a:b] for a, b in zip([0, *[n.end for n in noise]], [*[n.start for n in noise], len(text)], strict=True)
    )
    city: str | None = None
    city_done = False
    for n in spam:
        if chrome.overlaps(n.start, n.end):
            continue
        end = n.end
        repaired: str | None = None
        note = "spam in place of the report's words; the lost words are not certain"
        if text[end : end + 1] in (":", "："):
            end += 1
            if not city_done:
                city, city_done = _city_name(text, mask, docs), True
            if city is not None:
                repaired = city
                note = f"spam with ':' in place of the city name {city} (abbreviated in the 文号)"
        elif no_guanyu and _TITLE_VERB_RE.match(text, end):
            repaired = "关于"
            note = "spam in place of 关于 before a document title (关于 never occurs in the report)"
        elif (opener := _lost_opener(text, n.start, end)) is not None:
            repaired = opener
            note = f"spam in place of an opening {opener} (its closing mark follows, unmatched)"
        yield Corruption(start=n.start, end=end, text=text[n.start : end], kind=CorruptionKind.SPAM,
                         repaired=repaired, note=note)


def _site_labels(text: str) -> Iterable[Corruption]:
    for m in _line_matches(_SITE_TITLE_RE, text, _lines_holding(_SITE_LABEL_RE, text)):
        title, addr = m.group("title"), m.group("addr")
        end = m.end()
        repaired = title + ("\n" + addr if addr else "")
        start = m.start("pre") if m.group("pre") else m.start("title")
        yield Corruption(start=start, end=end, text=text[start:end], kind=CorruptionKind.SITE_LABEL,
                         repaired=repaired, note="site label glued to the title")


def find_corruptions(doc: Document) -> tuple[Corruption, ...]:
    """Damage inside the report's own text (never inside noise), sorted by position; reads the
    Document's noise and 文号.

    >>> [(c.text, c.repaired) for c in find_corruptions(Document.of("20226月底前完成。"))]
    [('20226月底', '2022年6月底')]
    """
    text, noise, docs = doc.text, doc.noise, doc.doc_numbers
    mask = doc.noise_index
    found: list[Corruption] = []
    doc_spans = [(d.start, d.end) for d in docs]
    for d in docs:
        if d.repaired and any(c.isdigit() for c in d.normalized.split("〕")[-1]):
            found.append(Corruption(start=d.start, end=d.end, text=d.text, kind=CorruptionKind.LOST_BRACKET,
                                    repaired=d.normalized, note="lost bracket in a 文号"))
    placeholder_docs = [(d.start, d.end) for d in docs if "x" in d.normalized.lower()]

    def clear(c: Corruption) -> bool:
        return not mask.overlaps(c.start, c.end)

    def outside_docs(c: Corruption) -> bool:
        return not any(s < c.end and c.start < e for s, e in doc_spans)

    found.extend(c for c in _dates(text) if clear(c) and outside_docs(c))
    found.extend(c for c in _run_together(text) if clear(c))
    found.extend(c for c in _placeholders(text, placeholder_docs) if clear(c))
    found.extend(c for c in _unbalanced(text) if clear(c))
    found.extend(c for c in _site_labels(text) if clear(c))
    found.extend(_spam(text, noise, mask, docs))
    found.sort(key=lambda c: (c.start, -c.end))
    out: list[Corruption] = []
    reach: dict[CorruptionKind, int] = {}
    for c in found:
        if reach.get(c.kind, -1) >= c.end:
            continue  # inside an earlier finding of the same kind
        reach[c.kind] = c.end
        out.append(c)
    return tuple(out)
