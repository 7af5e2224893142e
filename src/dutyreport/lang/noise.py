"""What is not the report's own words: the site chrome around a scraped report and the spam (gambling,
lottery and adult-site keywords) injected into it.

Each chrome pattern reads one whole line (multiline anchors) and names why it is chrome (the
``reason`` a :class:`~dutyreport.Noise` carries); each spam word carries its weight. Every entry's
example is read back by :func:`dutyreport.clean.noise.find_noise` in ``tests/clean/test_noise.py``.
"""

from __future__ import annotations

from attrs import frozen

from .dates import YEAR
from .entry import Entry, PatternEntry, words
from .numbers import MEASURE_WORDS, MONEY_UNITS
from .script import alternation

__all__ = [
    "CHROME_PATTERNS",
    "COLLECTION_WORDS",
    "EDGE_CHROME_PATTERNS",
    "INDENT",
    "MARKUP_PATTERNS",
    "MENU_ITEMS",
    "NOT_FIGURE_LABELS",
    "NUMBER_FORMS",
    "PINYIN_FINALS",
    "PINYIN_INITIALS",
    "SPAM_VOCABULARY",
    "TONED_VOWELS",
    "TONE_MARKS",
    "Label",
    "Spam",
]

# A page's markup left in its text, anywhere in a line: a tag (<br/>, </p>, <span style="…">), one whose "<" an
# encoding lost (教?/p>), an entity (&nbsp;). Never the report's words: a subject or a figure reads past it.
MARKUP_PATTERNS: tuple[PatternEntry, ...] = (
    PatternEntry(
        r"</?[A-Za-z][A-Za-z0-9]{0,9}+(?:[ \t]++[A-Za-z][A-Za-z0-9:-]{0,30}+"
        r"(?:=(?:\"[^\"\n]{0,200}+\"|'[^'\n]{0,200}+'|[^\s<>\"']{1,200}+))?+){0,12}+[ \t]*+/?>",
        "全县共有学校<br/>12所",
    ),
    PatternEntry(r"[?？\ufffd]/[A-Za-z]{1,6}+>", "支付专项资?/p>\n1304万元"),
    PatternEntry(r"&(?:nbsp|ensp|emsp|lt|gt|amp|quot|#[0-9]{2,5}+);", "全县共有学校&nbsp;12所"),
)

# The characters a line's indentation is made of. A line pattern below is written as what follows the indentation
# of the line it reads: clean.noise puts the line start and the indentation before it, once for all its branches.
# A pattern that opens with ``^`` reads its line from the first character itself (a count or a look-ahead over the
# whole line); it names the words it holds (``holds``), as the line scan of the others reads past the indentation.
INDENT = " \t\u3000"

# A bullet or arrow before a line's words.
_BULLET = r"(?:[•·▪●◆■□>»]+[ \t\u3000]*+)?"

# The selector of a style rule (@page, p, p.western). It starts at the first letter of its run of letters and
# digits: a start from each later letter would read the run again, once per letter.
_CSS_SELECTOR = r"(?:@page|(?=[a-z])(?<![a-z][0-9]*+)[a-z][a-z0-9]*+(?:\.[a-z][a-z0-9-]*+)?+)"

# Site chrome, each pattern matched against one whole line, with its reason.
CHROME_PATTERNS: tuple[tuple[PatternEntry, str], ...] = (
    (PatternEntry(_BULLET + r"(?:您(?:[当當]前)?的?(?:所在)?位置|[当當]前(?:所在)?位置)[ \u3000]*+[:：][^\n]*+",
                  "您当前的位置:首页 > 文档中心 > 工作总结 > 正文"), "breadcrumb"),
    (PatternEntry(r"(?:首[页頁]|主[页頁]|[网網]站首[页頁])[ \u3000]*+[>»][^\n]*+", "首页 > 政务公开 > 正文"),
     "breadcrumb"),
    (PatternEntry(_BULLET + r"您[现現]在(?:的)?(?:所在)?位置[ \u3000]*+[:：][^\n]*+",
                  "您现在的位置：首页 > 教育督导 > 督导报告"), "breadcrumb"),
    (PatternEntry(r"[>»][^>»\n]{1,16}+(?:[>»][^>»\n]{1,16}+)++$", ">信息公开>通知公告>工作动态"),
     "breadcrumb"),
    (PatternEntry(r"^[^\n。，；]{0,30}?(?:[发發]布|更新|[发發]表|上[传傳])?(?:日期|时间|時間)"
                  r"[ \u3000]*+[:：][ \u3000]*+"
                  rf"{YEAR}[-/.年]\d{{1,2}}[-/.月]\d{{1,2}}日?+[^\n。，；]{{0,80}}+$",
                  "发布日期:2021-04-01 15:34 浏览次数:", ("日期", "时间", "時間")), "publish stamp"),
    (PatternEntry(r"^[^\n。，；]{0,40}?(?:浏览次数|瀏覽次數|阅读次数|閱讀次數|点击数|點擊數|访问量|訪問量|本文已影响"
                  r"|(?:点击|點擊)[ \u3000]*+[:：][ \u3000]*+[0-9]++)[^\n。，；]{0,40}+$",
                  "浏览次数:128", ("浏览次数", "瀏覽次數", "阅读次数", "閱讀次數", "点击", "點擊", "访问量", "訪問量",
                                "本文已影响")), "visit counter"),
    (PatternEntry(r"[\p{Han}A-Za-z0-9]{1,10}?(?:文档|范文|文库|资料|美文|作文|公文|文秘|写作|知识|学习"
                  r"|办公|文章|语录)网(?:手机站|手机版)?+[ \t\u3000]*+$", "无忧文档网", ("网",)), "site name"),
    (PatternEntry(r"(?:微信|手机|手機)?+[扫掃]一[扫掃][^\n]{0,20}+$", "扫一扫在手机上查看当前页面"), "footer"),
    # an image a page's markup left as a link of its own (![](…/photo.jpg))
    (PatternEntry(r"!\[[^\]\n]{0,80}+\]\([^)\n]{1,400}+\)[ \t\u3000]*+$", "![](http://example.gov.cn/upload/2019/0413.jpg)",
                  ("](",)), "image link"),
    (PatternEntry(r"(?:【?打印(?:本页|此页)?】?[ \t\u3000]*+)?【?关闭(?:窗口|本页)?】?[ \t\u3000]*+$",
                  "打印 关闭"), "footer"),
    (PatternEntry(r"【?打印(?:本页|此页)?】?[ \t\u3000]*+$", "【打印本页】"), "footer"),
    (PatternEntry(r"(?:返回顶部|回到顶部|返回首页|TOP)[ \t\u3000]*+$", "返回顶部"), "footer"),
    (PatternEntry(r"(?:Produced|Powered)[ \t]++By\b[^\n]*+", "Powered By 某某网络 站群发布系统"),
     "footer"),
    (PatternEntry(r"(?:版权所有|Copyright|©|主办单位|承办单位|网站标识码|ICP备)[^\n]*+",
                  "版权所有:某区人民政府办公室"), "footer"),
    (PatternEntry(r"^[^\n。]{0,20}?将本文的?Word文档下载到电脑[^\n]*+", "将本文的Word文档下载到电脑,方便收藏和打印",
                  ("Word文档下载到电脑",)), "download blurb"),
    (PatternEntry(r"VIP[^\n]{0,20}?下载[^\n]*+", "VIP会员可一键下载本篇Word文档"), "download blurb"),
    (PatternEntry(r"(?:VIP)?(?:免费)?下载(?:文档|本文|全文|Word文档)?[ \t\u3000]*+$|"
                  r"(?:VIP)?(?:免费)?文档下载[ \t\u3000]*+$|VIP免费下载文档[ \t\u3000]*+$",
                  "文档下载"), "download blurb"),
    (PatternEntry(r"推荐度[ \u3000]*+[:：][^\n]{0,20}+$", "推荐度:"), "download blurb"),
    (PatternEntry(r"文档为(?i:doc|docx|pdf|txt|word)格式[ \t\u3000]*+$", "文档为doc格式"),
     "download blurb"),
    (PatternEntry(r"《[^》\n]{1,80}?\.(?i:docx?|pdf|txt|wps)》[ \t\u3000]*+$",
                  "《某区履行教育职责自查报告.doc》"), "file name"),
    (PatternEntry(r"(?:【[^】\n]{1,40}+】)?+[\[【]?+(?:相关热搜|浏览记录|有关的专题|相关专题|相关文章|相关推荐|热门推荐|热门文章|猜你喜欢"
                  r"|延伸阅读|推荐阅读|精彩推荐|最新文章|本文链接|上一篇|下一篇|相关阅读|相关文档|相关资料|相关范文"
                  r"|网站编辑推荐|编辑推荐|为你推荐|猜你感兴趣|热门文档)[\]】]?+[^\n。]{0,60}+$",
                  "[上一篇]某区召开教育工作会议"), "related links"),
    # the furniture of document-sharing sites around a previewed report
    (PatternEntry(r"(?:第[ \t\u3000]*+[0-9]{1,4}+[ \t\u3000]*+页[ \t\u3000]*+[/／|]?+[ \t\u3000]*+)?+"
                  r"共[ \t\u3000]*+[0-9]{1,4}+[ \t\u3000]*+页[ \t\u3000]*+$"
                  r"|[0-9]{1,4}+[ \t\u3000]*+[/／][ \t\u3000]*+[0-9]{1,4}+[ \t\u3000]*+页[ \t\u3000]*+$",
                  "第1页 / 共2页", ("页",)), "page counter"),
    # a page's pager at a line's end (a scraped page may glue it to the text): two or more page numbers, then the
    # links to the next and last page
    (PatternEntry(r"^[^\n]*?\K(?:(?:首页|上一?页)[ \t\u3000]{0,3}+){0,2}+(?<![0-9.])[0-9]{1,3}+"
                  r"(?:[ \t\u3000]++(?:(?:…{1,2}+|\.{3}+)[ \t\u3000]*+)?+[0-9]{1,3}+){1,12}+"
                  r"[ \t\u3000]*+(?:(?:下一?页|尾页|末页)[ \t\u3000]*+){1,3}+$",
                  "首页 上一页 1 2 3 下一页 尾页", ("下页", "下一页", "尾页", "末页")), "pager"),
    (PatternEntry(r"^[^\n]{1,80}?_第[ \t\u3000]*+[0-9]{1,4}+[ \t\u3000]*+页[ \t\u3000]*+$", "某县自查报告.docx_第1页",
                  ("_第",)), "page caption"),
    (PatternEntry(r"(?:内容预览|文档预览|资源描述|文档介绍|内容简介|文档简介)"
                  r"[ \t\u3000]*+[:：]?+[ \t\u3000]*+$",
                  "内容预览:"), "preview label"),
    (PatternEntry(r"^[^\n]{0,60}?(?:全部预览完|预览已结束|如果喜欢就下载|还剩[0-9]{1,4}+页|剩余[0-9]{1,4}+页|下载文档到电脑"
                  r"|点击阅读全文|展开全文)[^\n]{0,60}+$", "亲,该文档总共3页,全部预览完了,如果喜欢就下载吧!",
                  ("预览", "喜欢就下载", "还剩", "剩余", "下载文档到电脑", "阅读全文", "展开全文")), "preview blurb"),
    (PatternEntry(r"^[^\n]{0,60}?(?:站内会员|加入会员|注册会员|会员登录|VIP会员|开通会员|点此注册|刷新页面|登录网站|试读结束"
                  r"|试读已结束)[^\n]{0,80}+$",
                  "本文共1563字,仅供站内会员学习参考", ("会员", "点此注册", "刷新页面", "登录网站", "试读")),
     "member blurb"),
    # a sharing site's terms above a previewed document (check it before you download, no refunds, report
    # infringement): sentences addressed to the reader no report writes (a refund only with the site's words: a
    # school asks for refunds too)
    (PatternEntry(r"^(?=[^\n]{0,200}$)(?=[^\n]*?(?:自行甄别|部分预览|不可在线预览|侵犯您的权益|下载后只包含"
                  r"|查看文件列表|下载得到文件列表)|(?=[^\n]*?申请退款)[^\n]*?(?:文档|下载|预览|平台))[^\n]++$",
                  "- 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑服务。",
                  ("甄别", "预览", "侵犯您的", "退款", "下载后只包含", "列表")), "download blurb"),
    # a sharing site's numbered notes above a previewed document: what a download costs (its coins, its vouchers),
    # and how many pages the document has
    (PatternEntry(r"^(?=[^\n]{0,80}$)(?=[^\n]*?(?:金币|下载券|下载币|金豆))[^\n]*?下载[^\n]*+$",
                  "1、部分文档下载需消耗金币,请确认后再下载", ("金币", "下载券", "下载币", "金豆")), "download blurb"),
    (PatternEntry(r"^[^\n]{0,8}?[本该此](?:文档|资料)总?共[ \t\u3000]*+[0-9]{1,4}+[ \t\u3000]*+页[^\n。]{0,40}+$",
                  "2、本文档共12页", ("文档", "资料")), "page counter"),
    # the file facts a sharing site lists before a document (number, format, size, pages, words, name, uploader),
    # each label with a value of its own kind, alone on a line or several on one
    (PatternEntry(r"(?:[-–][ \t\u3000]*+)?(?:(?:文档|文件)编号[ \t\u3000]*+[:：][ \t\u3000]*+[0-9A-Za-z]{4,}+"
                  r"|(?:文档|文件)?格式[ \t\u3000]*+[:：][ \t\u3000]*+(?i:docx?|pdf|txt|wps|pptx?|xlsx?)(?![A-Za-z])"
                  r"|(?:文档|文件)?大小[ \t\u3000]*+[:：][ \t\u3000]*+[0-9.]++[ \t\u3000]*+(?i:[KMG]B)"
                  r"|总?页数[ \t\u3000]*+[:：][ \t\u3000]*+[0-9]++[ \t\u3000]*+页?+"
                  r"|总?字数[ \t\u3000]*+[:：][ \t\u3000]*+约?+[0-9.]++[ \t\u3000]*+[千万]?+字?+"
                  r"|(?:文档|文件)名称[ \t\u3000]*+[:：]|上传(?:人|者)[ \t\u3000]*+[:：])[^\n。]{0,120}+$",
                  "格式:DOCX  页数:9  大小:28.07KB"), "document info"),
    # a site's count of the words it holds back, glued before the document's first line or in its middle
    (PatternEntry(r"^全文共计[0-9]{2,6}+字", "全文共计3393字", ("文共计",)), "word count"),
    (PatternEntry(r"^[^\n]*?\K(?:…{1,2}+|\.{3,6}+)?此处(?:已)?隐藏[0-9]{1,7}+个?字(?:…{1,2}+|\.{3,6}+)?",
                  "……此处隐藏2766个字……", ("此处",)), "hidden text"),
    # the style sheet of a converted page left in its text (@page { margin: 1in } p { color: #000000 }): rules of
    # properties in braces, run together
    (PatternEntry(rf"^[^\n]*?\K{_CSS_SELECTOR}[ \t]*+\{{[^{{}}\n]{{0,300}}?[a-z-]++[ \t]*+:[^{{}}\n]{{0,300}}?\}}"
                  rf"(?:[ \t]*+{_CSS_SELECTOR}[ \t]*+\{{[^{{}}\n]{{0,300}}?\}})*+",
                  "@page { margin-left: 1.25in } p { color: #000000; line-height: 115% }", ("{",)), "style sheet"),
    # a site's greeting and the reader's links to it (welcome to the platform, add it to the desktop, find more)
    (PatternEntry(r"(?:您好[,，!！]?[ \t\u3000]*+)?[欢歡]迎(?:来到|來到|访问|訪問|光临|光臨)[^\n。！!]{0,24}?"
                  r"(?:网|網|平台|文库|站)[^\n。]{0,160}+$", "欢迎来到某某文档网平台! 工作总结 工作计划",
                  ("欢迎", "歡迎")), "site greeting"),
    (PatternEntry(r"^(?=[^\n]{0,60}$)[^\n]*?(?:到电脑桌面|桌面快捷访问|你想要的|您想要的)[^\n]*+$",
                  "添加某某网到电脑桌面", ("桌面", "想要的")), "site greeting"),
    # a bare date and clock time, with at most a counter or a column name after it
    (PatternEntry(rf"{YEAR}[-/][0-9]{{1,2}}[-/][0-9]{{1,2}}[ \t\u3000]++[0-9]{{1,2}}:[0-9]{{2}}(?::[0-9]{{2}})?+"
                  r"[^\n。，；,]{0,16}+$", "2024-03-08 07:03:52 121"), "publish stamp"),
    # the comments box under a page
    (PatternEntry(r"(?:评论列表|全部评论|最新评论|网友评论)[^\n。]{0,30}+$|共有?[ \t\u3000]*+[0-9]++[ \t\u3000]*+条评论"
                  r"[^\n。]{0,20}+$", "评论列表 共有 0 条评论"), "comments"),
    (PatternEntry(r"^(?=[^\n]*?(?:由会员分享|由用户分享|由用户上传))[^\n]{1,400}+$",
                  "《某县自查报告.docx》由会员分享,可在线阅读,更多相关《某县自查报告(5页珍藏版)》请在某某文库上搜索。",
                  ("会员分享", "用户分享", "用户上传")), "share blurb"),
    (PatternEntry(r"^(?=[^\n]*?小编)(?=[^\n]*?(?:为大家|给大家|为您|帮大家))[^\n]{1,300}+$",
                  "今天小编为大家整理了三篇自查报告范文,欢迎阅读。", ("小编",)), "site blurb"),
    (PatternEntry(r"^(?=[^\n]{0,80}$)(?=[^\n]*?(?:本站|我站|本网站))[^\n]*?(?:范文|文档|资料|写作|下载|会员|注册|登录"
                  r"|原创|转载|版权|侵权|删除|客服)[^\n]*+$", "使用本站范文写作,解决写作难题",
                  ("本站", "我站", "本网站")),
     "site blurb"),
    (PatternEntry(r"^[^\n]{0,60}?(?:不得转载|禁止转载|谢绝转载|转载请注明|侵权请联系|如有侵权|不允许二次传播|版权归原作者"
                  r"|版权归作者)[^\n]{0,80}+$",
                  "本文为作者原创,未经许可不得转载。", ("转载", "侵权", "传播", "权归")), "copyright notice"),
    # a page's tags (标签: #县级 #自查报告)
    (PatternEntry(r"(?:标签|Tags?)[ \t\u3000]*+[:：][ \t\u3000]*+#[^\n]{0,80}+$", "标签: #县级 #自查报告",
                  ("#",)), "tags"),
    (PatternEntry(r"(?:返回|下载|相关|举报|分享|收藏|打印|关闭|评论|纠错|点赞|海报|打赏)(?:[(（][0-9]++[)）])?+"
                  r"(?:[ \t\u3000|]++(?:返回|下载|相关|举报|分享|收藏|打印|关闭|评论|纠错|点赞|海报|打赏)"
                  r"(?:[(（][0-9]++[)）])?+)++[ \t\u3000]*+$",
                  "返回 下载 相关 举报"), "toolbar"),
    (PatternEntry(r"(?:(?:阅读|浏览|点击|评论|收藏|点赞|下载|分享)(?:次数|量)?+[ \t\u3000]*+[:：(（]"
                  r"[ \t\u3000]*+[0-9]++[ \t\u3000]*+[)）]?+[ \t\u3000]*+次?+[ \t\u3000|]*+)++$",
                  "阅读(1234) 评论(3) 收藏：12"),
     "visit counter"),
    (PatternEntry(r"(?:[0-9]++(?:\.[0-9]++)?+[ \t\u3000]*+(?:[KMGT]B|kb)|[0-9]{1,5}+[ \t\u3000]*+页"
                  r"|[0-9]{1,5}+\+"
                  r"|VIP专[免享]|VIP免费)[ \t\u3000]*+$", "25.3KB"), "document info"),
    (PatternEntry(r"(?:在线|人工|联系)?+客服(?:QQ|qq|热线|电话|微信|邮箱|中心)?+[^\n]{0,60}+$",
                  "客服QQ：123456789  工作时间：9:00-18:00", ("客服",)), "customer service"),
    # only in runs of at least clean.noise.BULLET_MENU_MIN_RUN such lines (a report may bullet a heading)
    (PatternEntry(r"[•·▪][ \t\u3000]*+[^\n，。；:：,]{1,12}+[ \t\u3000]*+$", "• 语录大全"),
     "bullet menu"),
)

# The labels of a source stamp (来源：…  作者：…  责任编辑：…).
_STAMP_LABEL = (r"(?:信息[来來]源|文章[来來]源|稿件[来來]源|[来來]源|作者|撰稿|供稿|[责責]任[编編][辑輯]|[编編][辑輯]"
                r"|审核|审校|校对|摄影|[初复终]审)")
# Site chrome met only at the edges of a page: in the lines before the report's first sentence or
# after its last one (a sentence ends with 。！？；). Each pattern is matched against whole lines.
EDGE_CHROME_PATTERNS: tuple[tuple[PatternEntry, str], ...] = (
    (PatternEntry(r"分享(?:到|至)[ \u3000]*+[:：]?[^\n。，；！？]{0,40}+$|"
                  r"分享[ \u3000]*+[:：][^\n。，；！？]{0,40}+$",
                  "分享到： 微信 微博 QQ空间"), "share bar"),
    (PatternEntry(r"[【\[]?(?:字体|字号)(?:大小)?[ \u3000]*+[:：]?[ \u3000【\[]*+大[ \u3000】\]【\[]*+中"
                  r"[ \u3000】\]【\[]*+小[】\]]?[^\n。，；！？]{0,40}+$",
                  "【字体：大 中 小】"), "font toolbar"),
    (PatternEntry(rf"[【\[(（]?{_STAMP_LABEL}[ \u3000]*+[:：][^\n。；！？]{{0,60}}+$",
                  "来源：市教育局  作者：办公室  责任编辑：王某"), "source stamp"),
    # an attachment list after the report: 附件：1.… and its further numbered lines
    (PatternEntry(r"(?:工作|服务|客服)时间[ \u3000]*+[:：][^\n。；]{0,40}+$",
                  "工作时间：周一至周五 9:00-18:00"),
     "customer service"),
    (PatternEntry(r"(?:价格|售价|原价|现价|会员价|评分|星级|下载券|积分)[ \u3000]*+[:：]?+[ \u3000]*+"
                  r"[¥￥]?+[ \u3000]*+[0-9][^\n。，；]{0,30}+$"
                  r"|[¥￥][ \u3000]*+[0-9]++(?:\.[0-9]++)?+[ \t\u3000]*+$",
                  "评分：4.5分  价格：5元"), "site price"),
    # a list of related pages after the report, each a title and the month and day it was posted
    (PatternEntry(r"[^\n。，；,:：！？]{4,40}?(?<=\p{Han})[01][0-9]-[0-3][0-9][ \t\u3000]*+$",
                  "某县教育状况调研报告范文07-04"), "related links"),
    (PatternEntry(r"附件[0-9０-９]{0,2}+[ \u3000]*+[:：][^\n。；！？]{0,80}+"
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
        "海报", "举报", "侵权投诉", "版权声明", "免责声明", "微信订阅号", "EN", "Qzone",
        "评论", "評論", "图集", "圖集", "分享", "收藏",
        # a sharing site's and a 范文 site's links and boxes
        "合集下载", "相关主题", "下载资源", "预览", "文档摘要", "电脑桌面", "打赏", "暂无评论", "发表评论", "我要投稿",
        "立即投稿", "微信小程序", "微信公众号", "微信公众账号", "点击查看更多>>",
    )
)


@frozen
class Spam:
    """How much a spam word counts (3 = strong) and, for a pattern that is not a list of plain words,
    the characters a match can start with (a list of words starts with their first characters).

    ``gated``: a word of the adult sites' keyword lines, tried only in a text that holds one of their
    strong words (gated, weight 3): many of them start with characters every report is full of (一, 中,
    国, 精), which would slow the scan of every text."""

    weight: int
    starts: str = ""
    gated: bool = False


# Spam vocabulary: gambling and lottery words, and the keywords of adult sites. A cluster of hits is spam
# when its weights sum to clean.noise.SPAM_MIN_SCORE and it holds a strong word, or when it recurs
# verbatim. Where two words start at one place the first listed wins (官方网站 before 官方).
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
    # adult-site keyword lines (a mirror's header stuffed with them)
    (PatternEntry("国产精品|精品国产|中文字幕|一区二区|二区三区|一卡二卡|无码|麻豆|无遮挡|人妻|偷拍",
                  "国产精品一区二区"), Spam(3, gated=True)),
    (PatternEntry("成人视频|成人影院|成人网站|黄色网站|黄色视频|福利视频", "成人视频在线观看"), Spam(3, gated=True)),
    (PatternEntry("日韩|欧美", "日韩精品"), Spam(2, gated=True)),
    (PatternEntry("在线观看|免费观看|在线视频|婷婷|不卡|自拍", "免费观看"), Spam(2, gated=True)),
    (PatternEntry("国产", "国产视频"), Spam(2, gated=True)),
    (PatternEntry("精品|视频|影视|高清|动漫|久久|亚洲|日本|成人|一区|二区|三区", "精品视频"), Spam(1, gated=True)),
    (PatternEntry("天天|夜夜|狠狠|躁|一级|黄色", "天天躁夜夜躁"), Spam(1, gated=True)),
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


# --------------------------------------------------------------------------------------------
# Numbers that are no figures
# --------------------------------------------------------------------------------------------
#
# A report's text, and the page around it, holds numbers no reader counts as the report's figures:
# clock times, telephone numbers and postal codes, a site's document ids, page and word counts, file
# sizes, view counters, the number of pieces a collection page holds. Where such a number stands on a
# line of site chrome the line is noise (CHROME_PATTERNS); wherever it stands, the quantity scanner
# (:func:`dutyreport.quantities.scan.find_quantities`) skips it. The forms below are read on the
# scanner's folded text (full-width digits and punctuation as ASCII, Traditional characters simplified:
# ``：`` is ``:``, ``—`` is ``-``, 時 is 时) at the number's first character; a look-behind may read
# the words before it.

# Hours and minutes of a clock; hours in Chinese numerals (三点半, 十二时).
_HOUR = r"(?:[01]?[0-9]|2[0-4])"
_MINUTE = r"[0-5][0-9]"
_CN_HOUR = r"(?:二十[一二三四]?|十[一二]?|[零〇一二两三四五六七八九])"
_CLOCK = rf"{_HOUR}:{_MINUTE}(?::{_MINUTE})?+"
_TO = r"[ \t\u3000]*+(?:-{1,2}|~|至|到)[ \t\u3000]*+"
# The parts of a day a clock time is said in (上午9时, 下午3点, 晚上8:00).
_DAY_PARTS = r"(?:上午|下午|早上|早晨|清晨|晚上|中午|凌晨|傍晚|夜间|夜里|当晚|当日)"
# A numeral of a count as collection pages write it (三篇, 6篇).
_COUNT = r"(?:[0-9]{1,3}+|[一二两三四五六七八九十]{1,3}+)"
_SP = r"[ \t\u3000]?"
# What follows a count, never a telephone number: a scale word, a unit, a measure word (13000000000所 is
# a count).
_UNIT_NEXT = (
    r"[ \t\u3000]*+["
    + "".join(sorted({e.word[0] for e in (*MEASURE_WORDS, *MONEY_UNITS)} | set("万亿%")))
    + "]"
)
# A character of a web or mail address (no colon, bracket or comma: those end a number's context).
_URL_CHAR = r"[-A-Za-z0-9_.~/?#&=%+*!@]"

# Words a collection page puts next to the number of pieces it holds (精选6篇, 3篇范文, 推荐两篇).
COLLECTION_WORDS: tuple[Entry[str], ...] = tuple(
    Entry(w, "collection", ex)
    for w, ex in (
        ("精选", "自查报告精选6篇"),
        ("范文", "整改报告范文五篇"),
        ("合集", "督导自评报告合集10篇"),
        ("汇编", "工作总结汇编三篇"),
        ("大全", "自查报告大全8篇"),
        ("集锦", "整改报告集锦4篇"),
        ("通用", "履职自查报告(通用5篇)"),
        ("实用", "教育督导自查报告(实用9篇)"),
        ("模板", "自评报告模板3篇"),
        ("例文", "自查报告例文两篇"),
        ("精编", "均衡发展专题调研报告精编4篇"),
    )
)
_COLLECTION = alternation(COLLECTION_WORDS)  # (in either script: 精選)
# What a collection's title ends with before its count (…自查报告三篇).
_PIECE_KINDS = r"(?:报告|总结|汇报|材料|方案|心得|体会|发言|讲话|范文|文章)"

# Number forms that are never the report's figures, each with why.
NUMBER_FORMS: tuple[tuple[PatternEntry, str], ...] = (
    # clock times: a span of two, one with a leading zero, one before a word of time, one after a part of the day
    (PatternEntry(rf"{_CLOCK}{_TO}{_CLOCK}", "8:30-17:00"), "time of day"),
    (PatternEntry(rf"0[0-9]:{_MINUTE}(?::{_MINUTE})?+", "08:30"), "time of day"),
    (PatternEntry(rf"{_CLOCK}(?=[ \t\u3000]*+(?:前|后|之前|之后|以前|以后|开始|结束|许|整|起|止))", "17:30前"),
     "time of day"),
    (PatternEntry(rf"(?<={_DAY_PARTS}[ \t\u3000]*)(?:{_CLOCK}|(?:{_HOUR}|{_CN_HOUR})[时点]"
                  rf"(?:{_MINUTE}分|半|整|许|钟)?+)", "下午3点"), "time of day"),
    (PatternEntry(rf"{_HOUR}[时点](?:{_MINUTE}分|[0-9]分|半|整|许|钟)|{_CN_HOUR}点(?:半|整|钟)", "9时30分"),
     "time of day"),
    (PatternEntry(rf"{_HOUR}时(?![期代段间节机效候尚髦])", "14时"), "time of day"),
    (PatternEntry(rf"(?<=[0-9]日[ \t\u3000]{{0,3}}){_CLOCK}", "2020年03月06日 10:10"), "time of day"),
    (PatternEntry(r"(?<![0-9])(?:[1-9]|[12][0-9]|3[01])日(?![内以之])", "教育部26日召开"), "day of the month"),
    # telephone numbers: with an area code, a mobile's eleven digits (or its masked middle), a 400/800 line
    (PatternEntry(r"(?<![0-9])0[0-9]{2,3}+[)）]?+[ \t-]?+[1-9][0-9]{6,7}+(?:-[0-9]{1,5}+)?+(?![0-9])", "0755-23456789"),
     "telephone number"),
    (PatternEntry(rf"(?<![0-9])1[3-9][0-9](?:[ -]?+[0-9]{{4}}){{2}}(?![0-9.]|{_UNIT_NEXT})", "13812345678"),
     "telephone number"),
    (PatternEntry(r"(?<![0-9])1[3-9][0-9][*xX×]{4}(?:[0-9]{4})?+(?![0-9A-Za-z*])", "138****5678"),
     "telephone number"),
    (PatternEntry(rf"(?<![0-9])[48]00[ -]?+[0-9]{{3}}[ -]?+[0-9]{{4}}(?![0-9.]|{_UNIT_NEXT})", "400-888-1234"),
     "telephone number"),
    (PatternEntry(r"[0-9]{3,6}+(?=[ \t\u3000]*+(?:政务|便民|服务|咨询|举报|投诉|市民){0,3}+(?:热线|专线|服务台))",
                  "拨打12345热线"), "telephone number"),
    # a code with a leading zero (0722, 00123) is no count
    (PatternEntry(r"0[0-9]++(?![0-9.])", "区号0722"), "code"),
    # ids of pages and documents: after letters and a joiner (p-5535942, not A-3栋), after a name and = (id=12;
    # not 达标率=95%), in a web or mail address
    (PatternEntry(r"(?<=[A-Za-z][-_/#])[0-9]{3,}+|(?<=[A-Za-z]=)[0-9]++", "p-5535942"), "document id"),
    (PatternEntry(rf"(?<=(?:https?://|www\.){_URL_CHAR}{{0,200}})[0-9]++", "http://www.example.cn/p/175244.html"),
     "web address"),
    (PatternEntry(rf"(?<=[A-Za-z0-9]\.(?:com|cn|net|org|top|cc|gov|edu)/{_URL_CHAR}{{0,200}})[0-9]++",
                  "example.com/175244.html"), "web address"),
    (PatternEntry(rf"[0-9]++(?=@)|(?<=@{_URL_CHAR}{{0,200}})[0-9]++", "12345678@qq.com"), "web address"),
    # a document's size, pages and words
    (PatternEntry(rf"[0-9]++(?:\.[0-9]++)?+{_SP}(?:[KMGT]B|kb|字节|bytes?+)(?![A-Za-z])", "25.3KB"),
     "file size"),
    (PatternEntry(rf"(?<=(?:共|总共|全文共|页数:?|页码:?)[ \t\u3000]*)[0-9]++{_SP}[页頁]", "共12页"), "page count"),
    (PatternEntry(rf"[0-9]++{_SP}[页頁](?=[ \t\u3000]*+(?:[/)）\]】]|珍藏|$))", "26 页"), "page count"),
    (PatternEntry(rf"[0-9]++[ \t\u3000]*+/[ \t\u3000]*+[0-9]++{_SP}[页頁]", "1/3页"), "page count"),
    (PatternEntry(rf"(?<=(?:全文|本文|全篇|正文|字数)[共约计为:]?[ \t\u3000]*)[0-9]++{_SP}字", "全文共1847字"),
     "word count"),
    (PatternEntry(rf"(?<=约[ \t\u3000]*)[0-9]++(?:\.[0-9]++)?+{_SP}[千万]?+字(?=[ \t\u3000]*+$)", "约8.25千字"),
     "word count"),
    # a journal's codes on its page, glued to their letters: its serial numbers (ISSN, 国内统一刊号 CN)
    (PatternEntry(r"(?<=ISSN)[0-9]{4}+-[0-9]{3}+[0-9Xx]", "ISSN1672-9544"), "journal code"),
    (PatternEntry(r"(?<=(?<![A-Za-z])CN)[0-9]{2}+-[0-9]{4}+(?:/[A-Z][0-9A-Z]{0,3}+)?+", "CN21-1520/G4"),
     "journal code"),
    # a journal's issue after its year (学报2022年9期, 2021年第3期 at a line's end): no count of periods (2021年 12期
    # 3000人次, a table's row, and 2022年3期培训班 count them)
    (PatternEntry(r"(?<=(?:19|20)[0-9]{2}+[ \t\u3000]*+年[ \t\u3000]*+(?:第[ \t\u3000]*+)?+)[0-9]{1,2}+[ \t\u3000]*+期"
                  r"(?:(?=[ \t\u3000]*+$)|(?<=(?:学报|期刊|杂志|刊)[^\n]{0,30}))",
                  "湖州师范学院学报2022年9期 教育研究"), "issue number"),
    # a site's counters: 1234次下载, 56人已下载
    (PatternEntry(rf"[0-9]++{_SP}(?:次(?:下载|浏览|阅读|播放|查看)|人(?:已下载|已阅读|已浏览|评价|收藏|看过|点赞))",
                  "1234次下载"), "site counter"),
    # how many pieces a collection page holds
    (PatternEntry(rf"(?<=(?:{_COLLECTION})了?[ \t\u3000]*){_COUNT}{_SP}篇|{_COUNT}{_SP}篇(?=(?:{_COLLECTION}))"
                  rf"|(?<=(?:{_COLLECTION})[(（【\[]){_COUNT}{_SP}篇(?=[)）】\]][ \t\u3000]*+$)",
                  "我们为您精选了6篇"), "collection count"),
    (PatternEntry(rf"(?<={_PIECE_KINDS}[(（【\[]){_COUNT}{_SP}篇(?=[)）】\]](?:[(（]{YEAR}年?[)）])?+[ \t\u3000]*+$)",
                  "整改报告(五篇)"), "collection count"),
    (PatternEntry(rf"(?<={_PIECE_KINDS}[ \t\u3000]*){_COUNT}{_SP}篇(?=[ \t\u3000]*+$)", "履职自查报告三篇"),
     "collection count"),
    (PatternEntry(rf"(?<={_PIECE_KINDS}[ \t\u3000]*){_COUNT}{_SP}篇(?=\.(?:docx?|pdf|wps)\b)", "履职自查报告两篇.docx"),
     "collection count"),
)


@frozen
class Label:
    """Why the number after a label is no figure, and whether it may follow the label directly
    (``邮编430000``) or only after a colon or an opening bracket (``阅读：1234`` is a counter, while
    ``人均阅读12本`` is a figure)."""

    reason: str
    bare: bool = True


# Labels after which a number is a code or a counter, never a figure (read on the folded text too).
NOT_FIGURE_LABELS: tuple[Entry[Label], ...] = (
    Entry("邮编", Label("postal code"), "邮编：430000"),
    Entry("邮政编码", Label("postal code"), "邮政编码 441300"),
    Entry("联系电话", Label("telephone number"), "联系电话：3256789"),
    Entry("咨询电话", Label("telephone number"), "咨询电话3256789"),
    Entry("举报电话", Label("telephone number"), "举报电话：3256789"),
    Entry("监督电话", Label("telephone number"), "监督电话：3256789"),
    Entry("投诉电话", Label("telephone number"), "投诉电话：3256789"),
    Entry("值班电话", Label("telephone number"), "值班电话：3256789"),
    Entry("办公电话", Label("telephone number"), "办公电话：3256789"),
    Entry("电话号码", Label("telephone number"), "电话号码：3256789"),
    Entry("电话", Label("telephone number", bare=False), "电话：3256789"),
    Entry("手机", Label("telephone number", bare=False), "手机：13812345678"),
    Entry("传真", Label("telephone number", bare=False), "传真：3256790"),
    Entry("热线", Label("telephone number", bare=False), "热线：96111"),
    Entry("Tel", Label("telephone number", bare=False), "Tel: 3256789"),
    Entry("TEL", Label("telephone number", bare=False), "TEL：3256789"),
    Entry("QQ群", Label("chat number", bare=False), "QQ群：123456789"),
    Entry("QQ", Label("chat number", bare=False), "客服QQ：123456789"),
    Entry("文档编号", Label("document id"), "文档编号：9333508"),
    Entry("编号", Label("document id", bare=False), "编号：161269"),
    Entry("标识码", Label("site id"), "网站标识码：4307230012"),
    Entry("识别码", Label("site id"), "网站识别码：4307230012"),
    Entry("ID", Label("document id", bare=False), "ID：161269"),
    Entry("浏览次数", Label("site counter"), "浏览次数：1234"),
    Entry("阅读次数", Label("site counter"), "阅读次数 1234"),
    Entry("下载次数", Label("site counter"), "下载次数：56"),
    Entry("点击数", Label("site counter"), "点击数：1234"),
    Entry("点击量", Label("site counter", bare=False), "点击量：1234"),
    Entry("浏览量", Label("site counter", bare=False), "浏览量：1234"),
    Entry("访问量", Label("site counter", bare=False), "访问量：1234"),
    Entry("下载量", Label("site counter", bare=False), "下载量：56"),
    Entry("阅读量", Label("site counter", bare=False), "阅读量：1234"),
    Entry("浏览", Label("site counter", bare=False), "浏览：1234"),
    Entry("阅读", Label("site counter", bare=False), "阅读(1234)"),
    Entry("点击", Label("site counter", bare=False), "点击：1234"),
    Entry("下载", Label("site counter", bare=False), "下载：56次"),
    Entry("评论", Label("site counter", bare=False), "评论(3)"),
    Entry("收藏", Label("site counter", bare=False), "收藏：12"),
    Entry("点赞", Label("site counter", bare=False), "点赞：12"),
    Entry("人气", Label("site counter", bare=False), "人气：1234"),
    Entry("页数", Label("page count"), "页数：26"),
    Entry("字数", Label("word count"), "字数：1847"),
    Entry("积分", Label("site price", bare=False), "积分：5"),
    Entry("下载券", Label("site price", bare=False), "下载券：2"),
    Entry("金币", Label("site price", bare=False), "金币：3"),
)


# --------------------------------------------------------------------------------------------
# Pinyin a site inserted after characters
# --------------------------------------------------------------------------------------------
#
# Some mirrors print each character's reading after it, in brackets or glued (``教育(jiào yù)``,
# ``學xué校``, ``督導dǎo``). The reading is not the report's words: clean.noise marks it (NoiseKind.PINYIN)
# where a run of pinyin syllables follows a Han character and holds a tone mark, the signal no other Latin
# of a report carries (ISBN, QQ, A级 and web addresses hold none).

# The tone marks, each on its vowel (value: the vowel unmarked).
TONE_MARKS: tuple[Entry[str], ...] = (
    Entry("ā", "a", "fā"), Entry("á", "a", "dá"), Entry("ǎ", "a", "dǎo"), Entry("à", "a", "xià"),
    Entry("ē", "e", "dēng"), Entry("é", "e", "zé"), Entry("ě", "e", "lěng"), Entry("è", "e", "gè"),
    Entry("ī", "i", "jī"), Entry("í", "i", "shí"), Entry("ǐ", "i", "lǐ"), Entry("ì", "i", "jì"),
    Entry("ō", "o", "yōu"), Entry("ó", "o", "nóng"), Entry("ǒ", "o", "tǒng"), Entry("ò", "o", "luò"),
    Entry("ū", "u", "qū"), Entry("ú", "u", "fú"), Entry("ǔ", "u", "zhǔn"), Entry("ù", "u", "wù"),
    Entry("ǖ", "ü", "lǖ"), Entry("ǘ", "ü", "lǘ"), Entry("ǚ", "ü", "nǚ"), Entry("ǜ", "ü", "lǜ"),
)
TONED_VOWELS = "".join(e.word for e in TONE_MARKS)  # the same marks in one string (for a class of them)

# The initials of a syllable (a syllable may have none: èr, ài).
PINYIN_INITIALS: tuple[Entry[str], ...] = words(
    "initial",
    ("zh", "zhōng"), ("ch", "chǔ"), ("sh", "shí"), ("b", "bāo"), ("p", "pǔ"), ("m", "mín"), ("f", "fā"),
    ("d", "dǎo"), ("t", "tǒng"), ("n", "nóng"), ("l", "lǐ"), ("g", "gè"), ("k", "kuò"), ("h", "huì"),
    ("j", "jì"), ("q", "qū"), ("x", "xué"), ("r", "rèn"), ("z", "zé"), ("c", "cè"), ("s", "sù"), ("y", "yán"),
    ("w", "wù"),
)

# The finals, unmarked (a tone mark may stand on any of their vowels).
PINYIN_FINALS: tuple[Entry[str], ...] = words(
    "final",
    ("iang", "liǎng"), ("iong", "xióng"), ("uang", "guǎng"), ("ang", "fāng"), ("eng", "céng"),
    ("ing", "jìng"), ("ong", "tǒng"), ("iao", "biāo"), ("ian", "xiàn"), ("uai", "kuài"), ("uan", "guān"),
    ("ai", "zài"), ("ei", "měi"), ("ao", "dǎo"), ("ou", "yōu"), ("an", "yán"), ("en", "rèn"), ("er", "èr"),
    ("ia", "xià"), ("ie", "jié"), ("iu", "liù"), ("in", "jìn"), ("ua", "huà"), ("uo", "luò"), ("ui", "guī"),
    ("un", "zhǔn"), ("üe", "lüè"), ("ue", "xué"), ("a", "fā"), ("o", "bō"), ("e", "gè"), ("i", "shí"),
    ("u", "wù"), ("ü", "nǚ"),
)
