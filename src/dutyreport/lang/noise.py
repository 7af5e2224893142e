"""What is not the report's own words: the site chrome around a scraped report and the gambling spam
injected into it.

Each chrome pattern reads one whole line (multiline anchors) and names why it is chrome (the
``reason`` a :class:`~dutyreport.Noise` carries); each spam word carries its weight. Every entry's
example is read back by :func:`dutyreport.clean.noise.find_noise` in ``tests/clean/test_noise.py``.
"""

from __future__ import annotations

from attrs import frozen

from .dates import YEAR
from .entry import Entry, PatternEntry

__all__ = ["CHROME_PATTERNS", "EDGE_CHROME_PATTERNS", "MENU_ITEMS", "SPAM_VOCABULARY", "Spam"]

# A line's indentation and a bullet or arrow before its words.
_LEAD = r"^[ \t\u3000]*+(?:[•·▪●◆■□>»]+[ \t\u3000]*+)?"

# Site chrome, each pattern matched against one whole line, with its reason.
CHROME_PATTERNS: tuple[tuple[PatternEntry, str], ...] = (
    (PatternEntry(_LEAD + r"(?:您(?:当前)?的?(?:所在)?位置|当前(?:所在)?位置)[ \u3000]*+[:：][^\n]*+",
                  "您当前的位置:首页 > 文档中心 > 工作总结 > 正文"), "breadcrumb"),
    (PatternEntry(r"^[ \t\u3000]*+(?:首页|主页|网站首页)[ \u3000]*+[>»][^\n]*+", "首页 > 政务公开 > 正文"),
     "breadcrumb"),
    (PatternEntry(r"^[ \t\u3000]*+[>»][^>»\n]{1,16}+(?:[>»][^>»\n]{1,16}+)++$", ">信息公开>通知公告>工作动态"),
     "breadcrumb"),
    (PatternEntry(r"^[^\n。，；]{0,30}?(?:发布|更新|发表|上传)?(?:日期|时间)[ \u3000]*+[:：][ \u3000]*+"
                  rf"{YEAR}[-/.年]\d{{1,2}}[-/.月]\d{{1,2}}日?+[^\n。，；]{{0,80}}+$",
                  "发布日期:2021-04-01 15:34 浏览次数:", ("日期", "时间")), "publish stamp"),
    (PatternEntry(r"^[^\n。，；]{0,40}?(?:浏览次数|阅读次数|点击数|访问量|本文已影响)[^\n。，；]{0,40}+$",
                  "浏览次数:128", ("浏览次数", "阅读次数", "点击数", "访问量", "本文已影响")), "visit counter"),
    (PatternEntry(r"^[ \t\u3000]*+[\p{Han}A-Za-z0-9]{1,10}?(?:文档|范文|文库|资料|美文|作文|公文|文秘|写作|知识|学习"
                  r"|办公|文章|语录)网(?:手机站|手机版)?+[ \t\u3000]*+$", "无忧文档网"), "site name"),
    (PatternEntry(r"^[ \t\u3000]*+扫一扫[^\n]{0,20}+$", "扫一扫在手机上查看当前页面"), "footer"),
    (PatternEntry(r"^[ \t\u3000]*+(?:【?打印(?:本页|此页)?】?[ \t\u3000]*+)?【?关闭(?:窗口|本页)?】?[ \t\u3000]*+$",
                  "打印 关闭"), "footer"),
    (PatternEntry(r"^[ \t\u3000]*+【?打印(?:本页|此页)?】?[ \t\u3000]*+$", "【打印本页】"), "footer"),
    (PatternEntry(r"^[ \t\u3000]*+(?:返回顶部|回到顶部|返回首页|TOP)[ \t\u3000]*+$", "返回顶部"), "footer"),
    (PatternEntry(r"^[ \t\u3000]*+(?:Produced|Powered)[ \t]++By\b[^\n]*+", "Powered By 某某网络 站群发布系统"),
     "footer"),
    (PatternEntry(r"^[ \t\u3000]*+(?:版权所有|Copyright|©|主办单位|承办单位|网站标识码|ICP备)[^\n]*+",
                  "版权所有:某区人民政府办公室"), "footer"),
    (PatternEntry(r"^[^\n。]{0,20}?将本文的?Word文档下载到电脑[^\n]*+", "将本文的Word文档下载到电脑,方便收藏和打印",
                  ("Word文档下载到电脑",)), "download blurb"),
    (PatternEntry(r"^[ \t\u3000]*+VIP[^\n]{0,20}?下载[^\n]*+", "VIP会员可一键下载本篇Word文档"), "download blurb"),
    (PatternEntry(r"^[ \t\u3000]*+(?:VIP)?(?:免费)?下载(?:文档|本文|全文|Word文档)?[ \t\u3000]*+$|"
                  r"^[ \t\u3000]*+(?:VIP)?(?:免费)?文档下载[ \t\u3000]*+$|^[ \t\u3000]*+VIP免费下载文档[ \t\u3000]*+$",
                  "文档下载"), "download blurb"),
    (PatternEntry(r"^[ \t\u3000]*+推荐度[ \u3000]*+[:：][^\n]{0,20}+$", "推荐度:"), "download blurb"),
    (PatternEntry(r"^[ \t\u3000]*+文档为(?i:doc|docx|pdf|txt|word)格式[ \t\u3000]*+$", "文档为doc格式"),
     "download blurb"),
    (PatternEntry(r"^[ \t\u3000]*+《[^》\n]{1,80}?\.(?i:docx?|pdf|txt|wps)》[ \t\u3000]*+$",
                  "《某区履行教育职责自查报告.doc》"), "file name"),
    (PatternEntry(r"^[ \t\u3000]*+(?:相关热搜|浏览记录|有关的专题|相关专题|相关文章|相关推荐|热门推荐|热门文章|猜你喜欢"
                  r"|延伸阅读|推荐阅读|精彩推荐|最新文章|本文链接|上一篇|下一篇)[^\n。]{0,60}+$", "相关热搜"),
     "related links"),
    # only in runs of at least clean.noise.BULLET_MENU_MIN_RUN such lines (a report may bullet a heading)
    (PatternEntry(r"^[ \t\u3000]*+[•·▪][ \t\u3000]*+[^\n，。；:：,]{1,12}+[ \t\u3000]*+$", "• 语录大全"),
     "bullet menu"),
)

# The labels of a source stamp (来源：…  作者：…  责任编辑：…).
_STAMP_LABEL = r"(?:信息来源|文章来源|稿件来源|来源|作者|撰稿|供稿|责任编辑|编辑|审核|审校|校对|摄影|[初复终]审)"
# Site chrome met only at the edges of a page: in the lines before the report's first sentence or
# after its last one (a sentence ends with 。！？；). Each pattern is matched against whole lines.
EDGE_CHROME_PATTERNS: tuple[tuple[PatternEntry, str], ...] = (
    (PatternEntry(r"^[ \t\u3000]*+分享(?:到|至)[ \u3000]*+[:：]?[^\n。，；！？]{0,40}+$|"
                  r"^[ \t\u3000]*+分享[ \u3000]*+[:：][^\n。，；！？]{0,40}+$",
                  "分享到： 微信 微博 QQ空间"), "share bar"),
    (PatternEntry(r"^[ \t\u3000]*+[【\[]?(?:字体|字号)(?:大小)?[ \u3000]*+[:：]?[ \u3000【\[]*+大[ \u3000】\]【\[]*+中"
                  r"[ \u3000】\]【\[]*+小[】\]]?[^\n。，；！？]{0,40}+$",
                  "【字体：大 中 小】"), "font toolbar"),
    (PatternEntry(rf"^[ \t\u3000]*+[【\[]?{_STAMP_LABEL}[ \u3000]*+[:：][^\n。；！？]{{0,60}}+$",
                  "来源：市教育局  作者：办公室  责任编辑：王某"), "source stamp"),
    # an attachment list after the report: 附件：1.… and its further numbered lines
    (PatternEntry(r"^[ \t\u3000]*+附件[0-9０-９]{0,2}+[ \u3000]*+[:：][^\n。；！？]{0,80}+"
                  r"(?:\n[ \t\u3000]*+[0-9０-９]{1,2}[.．、][^\n。；！？]{1,80}+)*+$",
                  "附件：1．某县履行教育职责自评指标得分表\n      2．某县教育经费统计表"), "attachment list"),
)

# Short link lines of government-site menus; a line that is exactly one of these is chrome (value: the
# reason).
MENU_ITEMS: tuple[Entry[str], ...] = tuple(
    Entry(w, "menu", w)
    for w in (
        "区长信箱", "县长信箱", "市长信箱", "书记信箱", "局长信箱", "意见征集", "问卷调查", "智能问答",
        "在线访谈", "网站地图", "联系我们", "设为首页", "加入收藏", "无障碍", "无障碍浏览", "繁体版",
        "简体版", "English", "登录", "政务公开", "政务服务", "互动交流", "信息公开", "网上调查",
        "在线咨询", "投诉建议", "分享到", "收藏本页", "字号", "大 中 小", "手机版", "微信", "微博",
    )
)


@frozen
class Spam:
    """How much a spam word counts (3 = strong) and, for a pattern that is not a list of plain words,
    the characters a match can start with (a list of words starts with their first characters)."""

    weight: int
    starts: str = ""


# Gambling / lottery spam vocabulary. A cluster of hits is spam when its weights sum to
# clean.noise.SPAM_MIN_SCORE and it holds a strong word, or when it recurs verbatim. Where two words
# start at one place the first listed wins (官方网站 before 官方).
SPAM_VOCABULARY: tuple[tuple[PatternEntry, Spam], ...] = (
    (PatternEntry("彩票", "大发彩票"), Spam(3)),
    (PatternEntry("博彩", "博彩公司"), Spam(3)),
    (PatternEntry("赌场|赌博|赌球|赌钱|赌城", "网上赌场"), Spam(3)),
    (PatternEntry("百家乐", "百家乐平台"), Spam(3)),
    (PatternEntry("皇冠", "皇冠体育"), Spam(3)),
    (PatternEntry("老虎机", "老虎机游戏"), Spam(3)),
    (PatternEntry("棋牌", "棋牌游戏下载"), Spam(3)),
    (PatternEntry("真人视讯|真人娱乐|真人荷官", "真人视讯"), Spam(3)),
    (PatternEntry("新葡京|葡京|威尼斯人", "澳门新葡京"), Spam(3)),
    (PatternEntry("最新网址|备用网址|网址", "金沙网址"), Spam(3)),
    (PatternEntry("官网", "官网直营"), Spam(3)),
    (PatternEntry("直营", "官网直营"), Spam(3)),
    (PatternEntry("开户", "在线开户"), Spam(3)),
    (PatternEntry("投注|下注", "足球投注"), Spam(3)),
    (PatternEntry("彩金", "注册送彩金"), Spam(3)),
    (PatternEntry("六合彩|时时彩|快三|北京赛车|幸运飞艇", "时时彩"), Spam(3)),
    (PatternEntry("娱乐城|娱乐场|娱乐平台|娱乐官网", "娱乐城官网"), Spam(3)),
    (PatternEntry("电子游艺|捕鱼游戏|体育投注", "电子游艺"), Spam(3)),
    (PatternEntry("体育在线", "大发体育在线"), Spam(2)),
    # a brand of Latin letters and digits (bet365, 188bet), never a lone letter (K12, 5G)
    (PatternEntry("(?<![A-Za-z0-9])(?i:[a-z]{2,8}[0-9]{2,4}|[0-9]{2,4}[a-z]{2,8})(?![A-Za-z0-9])", "bet365体育"),
     Spam(2, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")),
    (PatternEntry("官方网站|官方网址", "娱乐场官方网站"), Spam(2)),  # before 官方: 官方 alone is weaker
    (PatternEntry("欢迎您|欢迎你", "投注-欢迎您"), Spam(1)),
    (PatternEntry("真人", "真人游戏"), Spam(1)),
    (PatternEntry("澳门", "澳门新葡京"), Spam(1)),
    # three of one digit, spelled out: the spam matcher reads its words inside a look-behind, where a
    # back-reference to a group of the same look-behind is not allowed
    (PatternEntry("(?<![0-9])(?:111|222|333|444|555|666|777|888|999)(?![0-9])", "大发888"), Spam(1, "123456789")),
    (PatternEntry("(?i:app)版?", "官方app版"), Spam(1, "aA")),
    (PatternEntry("手机版|电脑版|官方版", "手机版下载"), Spam(1)),
    (PatternEntry("下载", "下载安装"), Spam(1)),
    (PatternEntry("官方", "官方平台"), Spam(1)),
    (PatternEntry("入口", "官方入口"), Spam(1)),
    (PatternEntry("平台", "下载平台"), Spam(1)),
    (PatternEntry("注册", "注册送彩金"), Spam(1)),
    (PatternEntry("娱乐", "娱乐官方"), Spam(1)),
    (PatternEntry("在线", "在线娱乐"), Spam(1)),
    (PatternEntry("(?i:www|com|vip)", "www.888.com"), Spam(1, "wWcCvV")),
)
