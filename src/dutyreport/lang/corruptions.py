"""The words of damage inside a report's own sentences: dates that lost 年 or 月, figures run
together, template placeholders, quotes left open or closed alone, site labels glued to the title,
the words spam took the place of; and the damage of real copies: characters lost from a fixed term or
a 文号, a measure word copied before its figure, pinyin put after characters, a preview's page-chunk
numbers, a synonym spinner's substitutions.

Every entry's example is read back by :func:`dutyreport.clean.corruptions.find_corruptions` in
``tests/clean/test_corruptions.py``.
"""

from __future__ import annotations

from .entry import Entry, PatternEntry, words
from .noise import TONED_VOWELS

__all__ = [
    "ADDRESSEE_ENDS",
    "ADMIN_SUFFIXES",
    "CHUNK_MARKER",
    "DATE_FOLLOWERS",
    "FIGURE_OPENERS",
    "FORMAT_CONTROLS",
    "LOST_MARK",
    "LOST_RUN",
    "LOST_SPIRIT",
    "MONTH_PARTS",
    "NOTICE_KINDS",
    "OBJECT_VERBS",
    "PLACEHOLDER_PATTERNS",
    "QUOTE_LEAD_VERBS",
    "QUOTE_SOFT_STOPS",
    "RESPECTIVELY",
    "RUBY",
    "SCHOOLING_RATE_STEMS",
    "SITE_LABEL",
    "SPUN_PHRASES",
    "STRAY_MARKS",
    "STRAY_MEASURES",
    "TITLE_ENDS",
    "TITLE_OPENER",
    "TITLE_VERBS",
    "UNCERTAIN_IN_QUOTE",
    "UNDATED_DOC_NUMBER",
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
# the list before them are parted by lang.subjects.LIST_JOINERS.
RESPECTIVELY: tuple[Entry[str], ...] = words(
    "respectively",
    ("分别为", "2017-2019年,新增学位分别为:120013501480。"),
    ("分别是", "2017-2019年,新增学位分别是:120013501480。"),
)

# --- placeholders ---------------------------------------------------------------------------------

# Template placeholders left where figures or names stood, with the note a corruption carries.
PLACEHOLDER_PATTERNS: tuple[tuple[PatternEntry, str], ...] = (
    # (x, xx, x,xxx, xxxxx.xx and x.xx: a figure's digits and decimals masked; a space before its unit, as PDFs set it)
    (PatternEntry(r"(?<![A-Za-z0-9+＋_\-.·])[xX]{1,8}+(?:[,，][xX]{3}+)*+(?:[.．][xX]{1,4}+)?(?![A-Za-z0-9_])(?!光|射线|轴|型|线)"
                  r"(?:[ \u3000]?+[余多]?(?:万㎡|万元|亿元|平方米|人次|余次|㎡|元|人|名|个|所|项|间|台|套|班|期|次"
                  r"|%|％|万|亿)|街道|区|市|县|镇|乡|村|路)?", "教职工x人"), "x for a figure or a name"),
    # the century kept, the rest of the year left blank (not a year: no lang.dates.YEAR here)
    (PatternEntry(r"(?:19|20)(?:[_＿]{2}|[xX]{2}|[*＊]{2})年", "20__年"), "year left blank"),
    (PatternEntry(r"[_＿]{2,}+", "投入____万元"), "blank to fill in"),
    (PatternEntry(r"[*＊]{2,}+(?=[\p{Han}%％㎡])", "**个"), "asterisks for a figure"),
    (PatternEntry(r"[○〇]{2,}+(?=[区县市镇乡村街路校])", "○○区"), "circles for a name"),
)

# The characters a written or masked figure opens with (12, xxxxx.xx, **, ××): a PDF's short line that stops
# mid-sentence before a line opening with one of them was cut inside its sentence (…支出为\nxxxx.xx 元).
FIGURE_OPENERS = "0123456789０１２３４５６７８９xX×*＊"

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


# --- characters lost from a fixed term ------------------------------------------------------------

# The characters before 学率 in the genre's rates (入学率, 升学率, 辍学率 …): any other character there
# stands where one of them was lost (小学毕业生学率 for 毕业生升学率).
SCHOOLING_RATE_STEMS: tuple[Entry[str], ...] = tuple(
    Entry(c, "rate stem", f"全县小学{c}学率为99.5%") for c in "入升辍失就在复留转休"
)

# 精神 after the words it follows, cut to 精 (文件精和要求 for 文件精神和要求): 精 then a joiner or a stop.
# A character an encoding lost and left a question mark or U+FFFD for, inside a date (4?0-12日 for 4月10-12日,
# 政?018年度 for 政府2018年度): the mark stands between a digit and the digits of a day, month or year that are one
# too few for a full year, or between a character and the three digits left of a year (a real question before a
# year, 吗?2019年, or before a month or a day, 完工?12月底前, is none).
LOST_MARK = PatternEntry(r"[0-9][?\ufffd](?!(?:19|20)[0-9]{2})[0-9]{1,3}(?:[-—~至][0-9]{1,2})?[年月日]"
                         r"|\p{Han}[?\ufffd][0-9]{3}年",
                         "4?0-12日,市督导组对各区县进行实地考评")
# Any other run of U+FFFD: characters lost where decoding met bytes it could not read (a download cut inside
# its last character, a stray byte); one corruption per run, wherever it stands.
LOST_RUN = PatternEntry("\ufffd+", "全县共有中小学校48所,在校学生\ufffd\ufffd350人")
LOST_SPIRIT = PatternEntry(r"(?<=文件|会议|指示|讲话|批示|通知)精(?=[和及与、，,。；;]|要求)", "按照上级文件精和要求")

# Verbs whose object, a document's title, stands between them and 的通知: without it the title was lost
# (关于转发的通知); the kinds of document such a title ends with; and the word that opens it.
OBJECT_VERBS: tuple[Entry[str], ...] = words(
    "takes a title",
    ("转发", "按照省教育厅关于转发的通知要求"),
    ("印发", "按照市政府关于印发的通知要求"),
)
NOTICE_KINDS: tuple[Entry[str], ...] = words(
    "kind of document",
    ("通知", "按照省教育厅关于转发的通知要求"),
    ("意见", "按照省教育厅关于印发的意见要求"),
    ("决定", "按照省政府关于印发的决定要求"),
    ("办法", "按照省教育厅关于印发的办法要求"),
    ("方案", "按照省教育厅关于印发的方案要求"),
    ("函", "按照省教育厅关于转发的函要求"),
)
TITLE_OPENER = "关于"

# A 文号 cited in brackets without its bracketed year (教基一厅5号, 鲁政教督函20*13号: the year masked).
UNDATED_DOC_NUMBER = PatternEntry(
    r"(?<=[(（])(?P<doc>\p{Han}{2,10}?[厅局发函办字委督财基电政](?:(?:19|20)[0-9*＊xX]{0,2}?)?[0-9]{1,4}+号)(?=[)）])",
    "落实底线要求的通知(教基一厅5号)要求",
)

# --- characters copied where they do not belong ---------------------------------------------------

# Measure words a copy puts again before the figure they follow (达标学校所1292所), each with the nouns it
# counts: the stray word stands right after one of them (事项15项 is a noun and its count, not a copy).
STRAY_MEASURES: tuple[Entry[str], ...] = (
    Entry("所", "学校|小学|中学|幼儿园|园|校|机构", "达标学校所120所"),
    Entry("个", "教学点|班|项目|问题|社区", "新增教学点个12个"),
    Entry("间", "教室|功能室|校舍|宿舍", "改造功能室间40间"),
    Entry("项", "任务|问题|工程|指标", "完成整改任务项18项"),
    Entry("栋", "教学楼|宿舍楼|楼", "新建教学楼栋3栋"),
    Entry("家", "机构|企业", "压减培训机构家21家"),
    Entry("处", "隐患|场所", "排查安全隐患处56处"),
)

# Marks a site or a converter drops among a report's characters, where no report writes them: an ASCII apostrophe
# or backtick a 范文 site puts inside a phrase to spoil copying (课堂的'教学质量), alone (two marks at most 16
# characters apart on a line quote what stands between them: '双减'), the Cyrillic Р a preview leaves
# for a paragraph break (教室偏少。Р(三), 欠款合计Р2.35亿元); and the invisible format controls a page leaves: a
# bidirectional embedding, override or isolate (U+202A-U+202E, U+2066-U+2069: the characters around it display in
# another order than they are read) wherever it stands, a zero-width character (a zero-width space, non-joiner or
# joiner, a left-to-right or right-to-left mark, a word joiner, a byte order mark) where it splits a word or a figure,
# between two characters or digits, or between a digit and its point, comma or per-cent sign (3\u200b.2, 98.5\u200b%).
# The quantity scan reads the text as if every such control were absent (clean.damage_text.format_controls).
# (value: the marks themselves: the stage reads the pattern only in a text holding one)
STRAY_MARKS: tuple[tuple[PatternEntry, str], ...] = (
    (PatternEntry(r"(?<=\p{Han})(?<!['`][^'`\n]{0,16})['`](?=\p{Han})(?![^'`\n]{0,16}['`])",
                  "乡镇学校师资偏弱,影响课堂的'教学质量"), "'`"),
    (PatternEntry(r"(?<=[\p{Han}。，；：、,;:])\u0420(?=[\p{Han}(（0-9])", "部分校舍年久失修。\u0420(三)师资不足"),
     "\u0420"),
    (PatternEntry(r"[\u202a-\u202e\u2066-\u2069]+", "全县义务教育\u202e巩固率达到100%"),
     "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"),
    (PatternEntry(r"(?:(?<=[\p{Han}0-9])|(?<=[0-9][.,]))[\u200b-\u200f\u2060\ufeff]+(?=[\p{Han}0-9])"
                  r"|(?<=[0-9])[\u200b-\u200f\u2060\ufeff]+(?=[.,%％‰])", "全县义务\u200b教育学校20所"),
     "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"),
)

# The invisible format controls among the stray marks (the marks no screen shows), wherever they stand: what the
# quantity scan reads as absent (3\u200b.2亿元 is 3.2亿元).
FORMAT_CONTROLS: str = "".join(sorted({c for _, marks in STRAY_MARKS for c in marks if not c.isprintable()}))

# --- pinyin and page-chunk numbers put into the text ------------------------------------------------

# Pinyin in brackets right after a character (義務(wù)教育), one or more syllables with a tone mark.
RUBY = PatternEntry(
    rf"(?<=\p{{Han}})[(（](?P<py>[a-zü]*[{TONED_VOWELS}][a-zü]*(?: [a-zü{TONED_VOWELS}]+)*)[)）]",
    "義務(wù)教育",
)

# A preview's page-chunk number at the start of a line: ``N、`` (the chunk's own text runs on).
CHUNK_MARKER = PatternEntry(r"\n[ \t\u3000\n]*+(?P<n>[0-9]{1,2})、", "通过基本均衡发展验收\n2、。截至目前")

# --- a synonym spinner's substitutions ----------------------------------------------------------------

# Fixed phrases of the genre with one word swapped for a near synonym by a rewording tool, and the words
# they stand for: each pattern matches the swapped words only where the phrase makes the swap certain.
SPUN_PHRASES: tuple[tuple[PatternEntry, str], ...] = (
    (
        PatternEntry(r"(?<=(?:^|[\s:：。；;])[一二三四五六七八九十]{1,3}[、.．][ \t\u3000]*)根本情况", "一、根本情况"),
        "基本情况",
    ),
    (PatternEntry(r"优先开展(?=的?(?:战略)?地位)", "把教育摆在优先开展地位"), "优先发展"),
    (PatternEntry(r"(?<=不断|进一步|切实|持续|全面|大力)较强(?=\p{Han})", "不断较强教师队伍建设"), "加强"),
    (PatternEntry(r"(?<=教育|体育|事业)高质[ \u3000]?量开展(?=[。，,；;])", "推动教育高质量开展。"), "高质量发展"),
)
