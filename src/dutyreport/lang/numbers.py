"""Language data for numbers and quantities, one table per kind of word.

Every entry carries an example phrase; ``tests/lang/test_numbers_tables.py`` parses each example
back and checks that the entry is what the parser used. Code elsewhere reads these
tables; it does not spell the words out again.
"""

from __future__ import annotations

from ..model.quantities import Qualifier
from .entry import Entry, PatternEntry, words

__all__ = [
    "BIG_UNITS",
    "BOUND_JOINS",
    "COMPARISON_ENDS",
    "COMPARISON_OPENERS",
    "COUNTING_DIGITS",
    "CURRENCY_AFTER",
    "CURRENCY_BEFORE",
    "DASH_JOINERS",
    "DIGITS",
    "DOC_NUMBER_ENDS",
    "DURATION_CUES",
    "FIELD_BLANKS",
    "FIELD_BRACKETS",
    "FRACTION_WORDS",
    "FULLWIDTH",
    "INFIX_APPROX",
    "LENGTH_MORE",
    "LENGTH_MORE_FOLLOWERS",
    "LONE_QUALIFIER_PREFIXES",
    "LONE_QUALIFIER_SUFFIXES",
    "MEASURE_WORDS",
    "MINUS_SIGNS",
    "MONEY_CUES",
    "PERCENT_UNITS",
    "PERCENT_WORDS",
    "PER_PREFIXES",
    "PER_UNITS",
    "PER_UNIT_JOINS",
    "QUALIFIER_PREFIXES",
    "QUALIFIER_SUFFIXES",
    "RANGE_BETWEEN",
    "RATIO_NAMES",
    "RATIO_WORDS",
    "RATIO_WORD_FOLLOWERS",
    "REGION_COUNT_CUES",
    "REGION_UNITS",
    "SCALE_WORDS",
    "SCHOOL_YEAR_WORDS",
    "SMALL_UNITS",
    "SPECIAL_TENS",
    "TRADITIONAL",
    "YEAR_LENGTH_NAMES",
    "Entry",
    "PatternEntry",
]


# Chinese digits, everyday and financial (大写) forms. 幺 is the "one" of spoken digit strings.
DIGITS: tuple[Entry[int], ...] = (
    Entry("零", 0, "二百零六人"),
    Entry("〇", 0, "二〇二一"),
    Entry("○", 0, "二○二一"),
    Entry("一", 1, "一所"),
    Entry("壹", 1, "壹佰元"),
    Entry("幺", 1, "幺二三"),
    Entry("二", 2, "二十多期"),
    Entry("两", 2, "两栋"),
    Entry("贰", 2, "贰拾元"),
    Entry("三", 3, "三所"),
    Entry("叁", 3, "叁仟元"),
    Entry("四", 4, "四所"),
    Entry("肆", 4, "肆佰元"),
    Entry("五", 5, "五所"),
    Entry("伍", 5, "伍拾元"),
    Entry("六", 6, "六个"),
    Entry("陆", 6, "陆拾元"),
    Entry("七", 7, "七所"),
    Entry("柒", 7, "柒拾元"),
    Entry("八", 8, "八所"),
    Entry("捌", 8, "捌拾元"),
    Entry("九", 9, "九年"),
    Entry("玖", 9, "玖拾元"),
)

# Digits that count (两千, 两栋) but are never read one by one in a string of digits (两两 is 'in pairs', 三两 a
# weight in 两): a numeral of such a digit and other digits, with no unit, is no number.
COUNTING_DIGITS: tuple[Entry[int], ...] = (Entry("两", 2, "两千"),)

# Units inside a numeral below 万: multiply the digit before them.
SMALL_UNITS: tuple[Entry[int], ...] = (
    Entry("十", 10, "十所"),
    Entry("拾", 10, "壹拾元"),
    Entry("百", 100, "一百人"),
    Entry("佰", 100, "壹佰元"),
    Entry("千", 1000, "一千人"),
    Entry("仟", 1000, "壹仟元"),
)

# Old single characters for a whole number of tens (廿三 is 23): read as numerals like 二十, 三十, 四十.
SPECIAL_TENS: tuple[Entry[int], ...] = (
    Entry("廿", 20, "廿三人"),
    Entry("卅", 30, "卅所"),
    Entry("卌", 40, "卌五人"),
)

# Units that close a group of four digits (a power of ten as the value).
BIG_UNITS: tuple[Entry[int], ...] = (
    Entry("万", 4, "3万"),
    Entry("亿", 8, "1.5亿"),
    Entry("兆", 12, "五兆"),
)

# Traditional characters folded onto the simplified ones the tables use.
TRADITIONAL: tuple[Entry[str], ...] = (
    Entry("萬", "万", "四萬"),
    Entry("億", "亿", "三億元"),
    Entry("兩", "两", "兩千"),
    Entry("倆", "两", "倆千"),
    Entry("貳", "贰", "貳拾"),
    Entry("參", "叁", "參拾"),
    Entry("陸", "陆", "陸拾"),
    Entry("點", "点", "六點五"),
    Entry("負", "负", "負三"),
    Entry("幾", "几", "三十幾萬人"),
    Entry("個", "个", "2.5個百分點"),
    Entry("圓", "圆", "伍佰圓"),
    Entry("塊", "块", "三塊"),
    Entry("錢", "钱", "十塊錢"),
    Entry("幣", "币", "人民幣8500元"),
    # measure words
    Entry("臺", "台", "1248萬臺"),
    Entry("冊", "册", "14.4億冊"),
    Entry("間", "间", "746萬間"),
    Entry("項", "项", "30項"),
    Entry("條", "条", "10條"),
    Entry("張", "张", "500張"),
    Entry("場", "场", "30場"),
    Entry("節", "节", "64節"),
    Entry("棟", "栋", "1棟"),
    Entry("畝", "亩", "10畝"),
    Entry("種", "种", "3種"),
    Entry("處", "处", "6處"),
    Entry("門", "门", "近50門"),
    Entry("輛", "辆", "20輛"),
    Entry("戶", "户", "200戶"),
    Entry("級", "级", "3個班級"),
    Entry("組", "组", "4組"),
    Entry("噸", "吨", "3噸"),
    Entry("歲", "岁", "6歲"),
    Entry("週", "周", "2週"),
    Entry("輪", "轮", "3輪"),
    Entry("鐘", "钟", "40分鐘"),
    Entry("時", "时", "1小時"),
    Entry("學", "学", "12個教學班"),
    Entry("課", "课", "300課次"),
    # qualifiers
    Entry("約", "约", "約26萬所"),
    Entry("餘", "余", "1000餘萬元"),
    Entry("於", "于", "不低於15%"),
    Entry("過", "过", "超過60%"),
    Entry("將", "将", "將近20所"),
    Entry("內", "内", "45人以內"),
    # marks that close a number which is no figure (a document number's: 〔2021〕17號)
    Entry("號", "号", "〔2021〕17號"),
)

# Full-width forms folded onto ASCII, so offsets stay one character per character.
FULLWIDTH: dict[str, str] = {chr(0xFF10 + i): str(i) for i in range(10)} | {
    "．": ".",
    "，": ",",
    "％": "%",
    "：": ":",
    "∶": ":",
    "－": "-",
    "—": "-",
    "–": "-",
    "−": "-",
    "～": "~",
    "＜": "<",
    "＞": ">",
    "≦": "≤",
    "≧": "≥",
    "／": "/",
    "＋": "+",
    "＊": "*",
}

# Scale words that follow an Arabic or Chinese number in running text (``1.5亿``, ``3万``).
# The value is the power of ten.
SCALE_WORDS: tuple[Entry[int], ...] = (
    Entry("万亿", 12, "1.26万亿"),
    Entry("千万", 7, "1千万"),
    Entry("百万", 6, "3百万"),
    Entry("万", 4, "171440万元"),
    Entry("亿", 8, "8.3861亿元"),
    Entry("千", 3, "5千元"),
    Entry("百", 2, "3百元"),
    Entry("k", 3, "15k"),
    Entry("K", 3, "15K"),
    Entry("w", 4, "30w"),
    Entry("W", 4, "30W"),
)

# A minus sign as pages write it (ASCII, U+2212, full width, small; 负 and 負), and the sign it stands for: the scan
# reads the signs as written; the numerals read the folded text, in which − and － are - and 負 is 负 (﹣ stays
# as written there, no sign), after 分之 too (四分之负三). A dash (— –) is no sign: it joins a range.
MINUS_SIGNS: tuple[Entry[str], ...] = (
    Entry("-", "-", "增长-4%"),
    Entry("\u2212", "-", "增长\u22124%"),
    Entry("－", "-", "增长－4%"),
    Entry("﹣", "-", "增长﹣4%"),
    Entry("负", "负", "增长负4%"),
    Entry("負", "负", "增长負4%"),
)

# What stands before a dash that joins two things rather than signs the number after it (besides a digit or a
# numeral, a measure word or a unit of money: 3-5, 3所-5所): a point, a percent sign, a tilde, another dash or a
# stroke, a closing bracket or quotation mark, a date's word, 号. (A dash after any of these is no minus sign.)
DASH_JOINERS: tuple[Entry[str], ...] = words(
    "before a joining dash",
    (".", "见附件.-3所"),
    ("%", "达到95%-3所"),
    ("~", "约~-3所"),
    ("-", "新建--3所"),
    ("/", "校/-3所"),
    (")", "(甲)-3所"),
    ("]", "[甲]-3所"),
    ("）", "学校（甲）-3所"),
    ("】", "【新建】-3所"),
    ("》", "《规划》-3所"),
    ("〕", "〔2023〕-3所"),
    ("”", "“双减”-3所"),
    ("年", "2023年-3所"),
    ("月", "5月-3所"),
    ("日", "5日-3所"),
    ("号", "5号-3所"),
)

# The words of currency that stand before an amount (人民币8500元, ￥8500元) and after it (8500元整, 8500元RMB):
# the normalizers take them off the amount they wrap.
CURRENCY_BEFORE: tuple[Entry[str], ...] = words(
    "currency before an amount",
    ("人民币", "人民币8500元"),
    ("￥", "￥8500元"),
    ("¥", "¥8500元"),
    ("RMB", "RMB8500元"),
    ("CNY", "CNY8500元"),
)
CURRENCY_AFTER: tuple[Entry[str], ...] = words(
    "currency after an amount",
    ("人民币", "8500元人民币"),
    ("RMB", "8500元RMB"),
    ("CNY", "8500元CNY"),
    ("整", "8500元整"),
    ("正", "8500元正"),
    ("钱", "三块钱"),
)

# The word between a fraction's denominator and its numerator (三分之二: two thirds), read by the numerals and
# the normalizers (the value: what the fraction is written with in digits).
FRACTION_WORDS: tuple[Entry[str], ...] = (Entry("分之", "/", "三分之二"),)

# What closes a document number's serial (教基〔2019〕3号): the number before it is no figure (號 folds to 号).
DOC_NUMBER_ENDS: tuple[Entry[str], ...] = (Entry("号", "号", "教基〔2019〕3号"),)

# The brackets of a template's field (word: the opening mark, value: the closing one): a figure filled in
# between them, or left unfilled (x, blank), and its unit after them (the scan reads 【12】所 as 12所, 【 】所
# as a placeholder). A number in them with 号 after it is a document number's (川教函【2022】106号), no field.
FIELD_BRACKETS: tuple[Entry[str], ...] = (
    Entry("【", "】", "全县共有小学【12】所"),
    Entry("{{", "}}", "初中{{3}}所"),
)

# The marks a form leaves in a field to fill in (word), with spaces or alone (【___】, 【_ _】, 【 】), and what such
# a blank field reads as (value: a placeholder, as x所 is: the figure's value unknown).
FIELD_BLANKS: tuple[Entry[str], ...] = (
    Entry("_", "x", "全镇共【_ _】所完全小学"),
    Entry("＿", "x", "全镇共【＿＿】所村小"),
)

# Qualifier words written before a number.
QUALIFIER_PREFIXES: tuple[Entry[Qualifier], ...] = (
    Entry("约为", Qualifier.APPROX, "约为x万㎡"),
    Entry("大约", Qualifier.APPROX, "大约300人"),
    Entry("将近", Qualifier.APPROX, "将近20所"),
    Entry("接近", Qualifier.APPROX, "接近90%"),
    Entry("约有", Qualifier.APPROX, "约有300名"),
    Entry("约", Qualifier.APPROX, "约2亿元"),
    Entry("近", Qualifier.APPROX, "近30个"),
    Entry("超过了", Qualifier.MORE_THAN, "超过了90%"),
    Entry("超过", Qualifier.MORE_THAN, "超过60%"),
    Entry("超", Qualifier.MORE_THAN, "超八成"),
    Entry("高于", Qualifier.MORE_THAN, "高于65%"),
    Entry("大于", Qualifier.MORE_THAN, "大于50%"),
    Entry("大于等于", Qualifier.AT_LEAST, "大于等于90%"),
    Entry("大于或等于", Qualifier.AT_LEAST, "大于或等于60人"),
    Entry("大于或者等于", Qualifier.AT_LEAST, "大于或者等于3所"),
    Entry("不大于", Qualifier.AT_MOST, "不大于45人"),
    Entry("多于", Qualifier.MORE_THAN, "多于30人"),
    Entry("不多于", Qualifier.AT_MOST, "不多于3次"),
    Entry("逾", Qualifier.MORE_THAN, "逾千人"),
    # (a figure passed: 首次突破四万亿元, 在校生突破1000人)
    Entry("突破", Qualifier.MORE_THAN, "突破1000人"),
    Entry("不低于", Qualifier.AT_LEAST, "不低于15%"),
    Entry("不少于", Qualifier.AT_LEAST, "不少于15所"),
    Entry("不小于", Qualifier.AT_LEAST, "不小于1.5%"),
    Entry("至少有", Qualifier.AT_LEAST, "至少有2所"),
    Entry("至少是", Qualifier.AT_LEAST, "至少是3次"),
    Entry("至少为", Qualifier.AT_LEAST, "至少为2名"),
    Entry("至少", Qualifier.AT_LEAST, "至少5所"),
    Entry("不足", Qualifier.LESS_THAN, "不足6个"),
    Entry("低于", Qualifier.LESS_THAN, "低于10%"),
    Entry("少于", Qualifier.LESS_THAN, "少于10人"),
    Entry("小于", Qualifier.LESS_THAN, "小于45人"),
    Entry("小于等于", Qualifier.AT_MOST, "小于等于0.5%"),
    Entry("小于或等于", Qualifier.AT_MOST, "小于或等于20人"),
    Entry("小于或者等于", Qualifier.AT_MOST, "小于或者等于12个"),
    Entry("不到", Qualifier.LESS_THAN, "不到100人"),
    Entry("不超过", Qualifier.AT_MOST, "不超过45人"),
    Entry("不高于", Qualifier.AT_MOST, "不高于0.5"),
    Entry("最多为", Qualifier.AT_MOST, "最多为4人"),
    Entry("最多有", Qualifier.AT_MOST, "最多有6个"),
    Entry("最多", Qualifier.AT_MOST, "最多3次"),
    Entry("至多", Qualifier.AT_MOST, "至多3次"),
    Entry("最少", Qualifier.AT_LEAST, "最少2名"),
    Entry("≤", Qualifier.AT_MOST, "≤0.65"),
    Entry("≥", Qualifier.AT_LEAST, "≥95%"),
    Entry("<=", Qualifier.AT_MOST, "<=45人"),
    Entry(">=", Qualifier.AT_LEAST, ">=90%"),
    Entry("<", Qualifier.LESS_THAN, "<5%"),
    Entry(">", Qualifier.MORE_THAN, ">90%"),
)

# Qualifier words written after a number (and its unit).
QUALIFIER_SUFFIXES: tuple[Entry[Qualifier], ...] = (
    Entry("(含)以上", Qualifier.AT_LEAST, "20万元(含)以上"),
    Entry("（含）以上", Qualifier.AT_LEAST, "30万元（含）以上"),
    Entry("及以上", Qualifier.AT_LEAST, "66人及以上"),
    Entry("或以上", Qualifier.AT_LEAST, "3年或以上"),
    Entry("或者以上", Qualifier.AT_LEAST, "30人或者以上"),
    Entry("以上", Qualifier.MORE_THAN, "5000人以上"),
    Entry("有余", Qualifier.MORE_THAN, "百人有余"),
    Entry("(含)以下", Qualifier.AT_MOST, "50人(含)以下"),
    Entry("（含）以下", Qualifier.AT_MOST, "50人（含）以下"),
    Entry("及以下", Qualifier.AT_MOST, "45人及以下"),
    Entry("以下", Qualifier.LESS_THAN, "100人以下"),
    Entry("以内", Qualifier.AT_MOST, "45人以内"),
    Entry("左右", Qualifier.APPROX, "30%左右"),
    Entry("上下", Qualifier.APPROX, "50人上下"),
)

# Words that make two numbers a range when the text ends with 之间: the closing word, a word joining the two
# ends (与, 和) where no range separator (至, 到, -) does, and a word opening the phrase (介于, 在), which says
# no more than the closing word does.
RANGE_BETWEEN: tuple[Entry[str], ...] = (
    Entry("之间", "close", "20%至30%之间"),
    Entry("间", "close", "3到5人间"),
    Entry("与", "join", "1万与2万元之间"),
    Entry("和", "join", "20和30之间"),
    Entry("介于", "open", "介于8%至12%之间"),
    Entry("位于", "open", "位于40与50人之间"),
    Entry("处于", "open", "处于60和80分之间"),
    Entry("在", "open", "在1.5万与2万元之间"),
)

# 多 right after a length of time says more than it (经过一年多的努力, 历时三年多): the figure takes it where what
# follows is no word it opens (多媒体, 多功能): a word here, or no word at all (a mark, a space, the text's end).
LENGTH_MORE = Entry("多", Qualifier.MORE_THAN, "经过一年多,全县新建学校3所")
LENGTH_MORE_FOLLOWERS: tuple[Entry[str], ...] = words(
    "after a length's 多",
    ("的", "经过一年多的努力"),
    ("来", "连续两年多来"),
    ("时间", "历时三年多时间"),
    ("以来", "连续两年多以来"),
    ("后", "历时一年多后"),
)

# Qualifier words the normalizers read where the text is one figure and nothing else; the scan of running text
# does not (通过3年, 经过2次: 过 bounds nothing there).
LONE_QUALIFIER_PREFIXES: tuple[Entry[Qualifier], ...] = (Entry("过", Qualifier.MORE_THAN, "过200人"),)
LONE_QUALIFIER_SUFFIXES: tuple[Entry[Qualifier], ...] = (
    Entry("或者更多", Qualifier.AT_LEAST, "三所或者更多"),
    Entry("或更多", Qualifier.AT_LEAST, "12个或更多"),
    Entry("或者更少", Qualifier.AT_MOST, "两次或者更少"),
    Entry("或更少", Qualifier.AT_MOST, "5人或更少"),
    Entry("之上", Qualifier.MORE_THAN, "90分之上"),
    Entry("之下", Qualifier.LESS_THAN, "60分之下"),
)

# A comparison with 比 (比30人多: more than 30 people), read by the normalizers: the word opening it, and the words
# closing it with the bound each makes of the number.
COMPARISON_OPENERS: tuple[Entry[str], ...] = words("comparison", ("比", "比45人多"))
COMPARISON_ENDS: tuple[Entry[Qualifier], ...] = (
    Entry("大", Qualifier.MORE_THAN, "比1.5大"),
    Entry("高", Qualifier.MORE_THAN, "比85%高"),
    Entry("多", Qualifier.MORE_THAN, "比45人多"),
    Entry("小", Qualifier.LESS_THAN, "比二分之一小"),
    Entry("低", Qualifier.LESS_THAN, "比3%低"),
    Entry("少", Qualifier.LESS_THAN, "比20所少"),
)

# A ratio's mark in words (生师比为13.5比1, 十二点五比一), read as the colon is: only between a number right before it
# and one right after it (比上年增长5%, 比2022年多3所 compare, they are no ratio); and the words that may follow
# such a ratio's second term besides punctuation and a qualifier (以下, 左右). Anything else after it (a unit, a
# year, 多, a verb: 三比三看) makes 比 'compared with' or part of a phrase, and the two numbers no ratio.
RATIO_WORDS: tuple[Entry[str], ...] = words("ratio mark", ("比", "13.5比1"))
# Words naming a ratio just before its terms: with one, two terms of a year's size across a colon are a ratio
# (男女生之比为2012:1998), not two years set side by side (2023:2022).
RATIO_NAMES: tuple[Entry[str], ...] = words(
    "ratio name",
    ("之比", "男女生之比2012:1998"),
    ("比例", "男女生比例2012:1988"),
    ("比例为", "男女生比例为2012:1988"),
    ("比例是", "男女生比例是2012:1988"),
    ("比为", "男女生比为2010:2005"),  # (之比为 too)
    ("比是", "男女生比是2010:2005"),
)
RATIO_WORD_FOLLOWERS: tuple[Entry[str], ...] = words(
    "after a ratio in words",
    ("的", "1比13的标准"),
    ("和", "14比1和13比1"),
    ("与", "15比1与12比1"),
    ("及", "16比1及13比1"),
    ("或", "17比1或更低"),
)

# Words joining the two bounds of one figure (大于45人且小于56人, 6周岁以上、12周岁以下): the normalizers read the
# two as one range whose ends keep their own qualifiers. Two bounds may also stand side by side (大于10小于20).
BOUND_JOINS: tuple[Entry[str], ...] = words(
    "bound join",
    ("的同时", "高于60%的同时低于80%"),
    ("同时", "不少于3人同时不多于7人"),
    ("并且", "大于100并且小于200"),
    ("而且", "不低于1万元而且不高于3万元"),
    ("且", "大于45人且小于56人"),
    ("并", "不少于30所并少于50所"),
    ("而", "多于5次而少于10次"),
    ("但", "超过20人但不足30人"),
    (",", "6周岁以上,12周岁以下"),
    ("、", "6周岁以上、12周岁以下"),
    ("；", "20万元以上；50万元以下"),
    (";", "20万元以上;50万元以下"),
)

# 余/多/几 between a number and its scale or measure word: "more than".
INFIX_MORE: tuple[Entry[Qualifier], ...] = (
    Entry("余", Qualifier.MORE_THAN, "1000余万元"),
    Entry("多", Qualifier.MORE_THAN, "300多万人次"),
    Entry("几", Qualifier.MORE_THAN, "二十几万人"),
)

# 来 between a number and its scale or measure word: "about" (十来个, 三十来万, 百来块).
INFIX_APPROX: tuple[Entry[Qualifier], ...] = (Entry("来", Qualifier.APPROX, "三十来所"),)

# Measure words for counts, as written. Longer words first where one contains another.
MEASURE_WORDS: tuple[Entry[str], ...] = (
    Entry("人次", "person-times", "千余人次"),
    # measure words joined into one for a mixed lot (machines and pieces, machines and sets), as written
    Entry("台件套", "machines, pieces and sets", "购置实验仪器320台件套"),
    Entry("台套", "machines and sets", "新增音体美器材46台套"),
    Entry("台件", "machines and pieces", "更新教学设备210台件"),
    Entry("件套", "pieces and sets", "添置图书室设备75件套"),
    Entry("场次", "sessions", "500余场次"),
    Entry("校次", "school visits", "2300余校次"),
    Entry("批次", "batches", "12批次"),
    Entry("轮", "rounds", "督办3轮"),
    Entry("课次", "lessons", "300课次"),
    Entry("户次", "household visits", "1200户次"),
    Entry("课时", "class hours", "不少于9课时"),
    Entry("学时", "study hours", "72学时"),
    Entry("分钟", "minutes", "40分钟"),
    Entry("小时", "hours", "1小时"),
    Entry("平方公里", "km²", "5平方公里"),
    Entry("千米", "km", "覆盖半径12千米"),
    Entry("千瓦", "kW", "装机容量30千瓦"),
    Entry("米", "m", "跑道长400米"),
    Entry("瓦", "W", "功率60瓦"),
    Entry("平方米", "m²", "6000多平方米"),
    Entry("万平方米", "10⁴ m²", "3万平方米"),
    Entry("㎡", "m²", "300㎡"),
    Entry("m²", "m²", "300m²"),
    Entry("亩", "mu", "10亩"),
    Entry("公里", "km", "3公里"),
    Entry("个月", "months", "6个月"),
    Entry("人", "people", "394人"),
    Entry("名", "people", "53名"),
    Entry("位", "people", "808位"),
    Entry("所", "schools", "20所"),
    Entry("个", "generic", "5940个"),
    Entry("间", "rooms", "260间"),
    Entry("套", "sets", "11600套"),
    Entry("班级", "classes", "3个班级"),
    Entry("教学班", "classes", "1336个教学班"),
    Entry("班", "classes", "30班"),
    Entry("期", "sessions", "12期"),
    Entry("节", "lessons", "64节"),
    Entry("场", "events", "30场"),
    Entry("次", "times", "2次"),
    Entry("大项", "items", "评估指标8大项"),
    Entry("项", "items", "30项"),
    Entry("台", "machines", "45台"),
    Entry("家", "firms", "59家"),
    Entry("份", "copies", "39份"),
    Entry("条", "items", "10余条"),
    Entry("栋", "buildings", "1栋"),
    Entry("幢", "buildings", "2幢"),
    Entry("座", "buildings", "3座"),
    Entry("门", "courses", "近50门"),
    Entry("起", "cases", "64起"),
    Entry("件", "pieces", "12件"),
    Entry("本", "volumes", "3000本"),
    Entry("册", "volumes", "2万册"),
    Entry("支", "teams", "3支"),
    Entry("批", "batches", "2批"),
    Entry("篇", "articles", "20篇"),
    Entry("处", "places", "6处"),
    Entry("张", "sheets", "500张"),
    Entry("辆", "vehicles", "20辆"),
    Entry("吨", "tonnes", "3吨"),
    Entry("床", "beds", "100床"),
    Entry("分", "points", "118分"),
    Entry("天", "days", "90天"),
    Entry("周", "weeks", "2周"),
    Entry("年", "years", "连续九年"),
    Entry("周岁", "years of age", "6至15周岁"),
    Entry("岁", "years of age", "6岁"),
    Entry("种", "kinds", "3种"),
    Entry("组", "groups", "分成4组"),
    Entry("块", "plots", "新建3块运动场"),
    Entry("户", "households", "200户"),
    # a multiple of another figure (是上年的1.9倍, 增长了2倍): counted in 倍, as written
    Entry("倍", "multiple", "经费总额是五年前的1.9倍"),
)

# Measure words read as another, shorter one: a teaching class is counted in 班, a main item in 项.
MEASURE_ALIASES: tuple[Entry[str], ...] = (
    Entry("教学班", "班", "1336个教学班"),
    Entry("大项", "项", "评估指标8大项"),
)

# Places counted right after a number (6省, 下辖12镇). After 个 the count stays 个 (12个乡镇), and a
# placeholder before one is a masked name (xx镇, **县) unless a word of REGION_COUNT_CUES precedes it.
REGION_UNITS: tuple[Entry[str], ...] = (
    Entry("省份", "provinces", "覆盖6省份"),
    Entry("省", "provinces", "广西等6省"),
    Entry("乡镇", "townships", "全县18乡镇"),
    Entry("乡", "townships", "辖3乡"),
    Entry("镇", "towns", "辖5镇"),
    Entry("街道", "subdistricts", "辖2街道"),
)

# Words before a placeholder that make it a count of places (辖xx镇), not a masked name (xx镇中心小学).
REGION_COUNT_CUES: tuple[Entry[str], ...] = (
    Entry("下辖", "governs", "下辖xx镇"),
    Entry("辖", "governs", "全县辖xx镇"),
    Entry("共有", "has", "共有xx乡"),
    Entry("包括", "includes", "包括xx街道"),
    Entry("涵盖", "covers", "涵盖xx乡镇"),
)

# Money words: units that make a number an amount of money (value: yuan multiplier as power of ten).
MONEY_UNITS: tuple[Entry[int], ...] = (
    Entry("万亿元", 12, "1万亿元"),
    Entry("亿元", 8, "8.3861亿元"),
    Entry("千万元", 7, "1千万元"),
    Entry("百万元", 6, "3百万元"),
    Entry("万元", 4, "171440万元"),
    Entry("千元", 3, "5千元"),
    Entry("元", 0, "900元"),
    Entry("圆", 0, "壹佰圆"),
    Entry("块钱", 0, "十块钱"),
    Entry("块", 0, "三块"),
)

# Words that make a number a percentage, and how it is read: in percent (95.6%), in percentage points, a change
# of a percentage (提高3个百分点), in tenths (六成 is 60 percent) or in thousandths (3‰ is 0.3 percent).
PERCENT_UNITS: tuple[Entry[str], ...] = (
    Entry("%", "percent", "达到95.6%"),
    # ℅ (care of), which pages converted from another encoding leave for the full-width ％
    Entry("℅", "percent", "巩固率为99.2℅"),
    Entry("个百分点", "percentage point", "提高3个百分点"),
    Entry("百分点", "percentage point", "提高2 百分点"),
    Entry("成", "tenths", "占比六成"),
    Entry("‰", "per mille", "辍学率为0.3‰"),
)

# Words that are a percentage by themselves (the value in points): 对折 is half the price.
PERCENT_WORDS: tuple[Entry[int], ...] = (Entry("对折", 50, "图书一律对折"),)

# Words that make a bare number with 万/亿 an amount of money: ``投入1.5亿``.
MONEY_CUES: tuple[Entry[str], ...] = (
    Entry("投入", "invested", "投入1.5亿"),
    Entry("投资", "invested", "投资3亿"),
    Entry("资金", "funds", "资金200万"),
    Entry("经费", "funds", "经费50万"),
    Entry("拨付", "disbursed", "拨付80万"),
    Entry("拨款", "appropriated", "拨款80万"),
    Entry("补助", "subsidy", "补助30万"),
    Entry("补贴", "subsidy", "补贴30万"),
    Entry("奖励", "award", "奖励10万"),
    Entry("预算", "budget", "预算2亿"),
    Entry("支出", "expenditure", "支出2亿"),
    Entry("筹措", "raised", "筹措5000万"),
    Entry("争取", "obtained", "争取上级资金3000万"),
    Entry("财政", "public finance", "区级财政9.8亿"),
    Entry("奖补", "award subsidy", "奖补资金80万"),
)

# The "per" words of per-unit money (元/生/年, 每生每年, 生均, 人均).
PER_UNITS: tuple[Entry[str], ...] = (
    Entry("生", "student", "1000元/生/年"),
    Entry("学生", "student", "200元/学生"),
    Entry("人", "person", "500元/人"),
    Entry("年", "year", "1000元/生/年"),
    Entry("学年", "year", "800元/生/学年"),
    Entry("学期", "term", "300元/生/学期"),
    Entry("月", "month", "200元/人/月"),
    Entry("天", "day", "4元/生/天"),
    Entry("日", "day", "4元/生/日"),
    Entry("餐", "meal", "5元/生/餐"),
)

# The marks that join the units an amount is per, after the slash before the first (元/生/年, and 元/生·年 as the
# standards write it): per student and year alike.
PER_UNIT_JOINS: tuple[Entry[str], ...] = (
    Entry("/", "slash", "1000元/生/年"),
    Entry("\u00b7", "middle dot", "800元/生\u00b7年"),
    Entry("\u30fb", "middle dot (full width)", "800元/生\u30fb年"),
)

# Words before an amount that make it per student or per person (每生每年1000元, 生均800元), and what it is per.
PER_PREFIXES: tuple[Entry[tuple[str, ...]], ...] = (
    Entry("每生每年", ("student", "year"), "每生每年1000元"),
    Entry("每人每年", ("person", "year"), "每人每年3000元"),
    Entry("每生每学年", ("student", "year"), "每生每学年800元"),
    Entry("每生每学期", ("student", "term"), "每生每学期625元"),
    Entry("每人每学期", ("person", "term"), "每人每学期500元"),
    Entry("每生每月", ("student",), "每生每月200元"),
    Entry("每人每月", ("person",), "每人每月900元"),
    Entry("每生每天", ("student",), "每生每天4元"),
    Entry("每人每天", ("person",), "每人每天80元"),
    Entry("每生", ("student",), "每生1200元"),
    Entry("每人", ("person",), "每人2000元"),
    Entry("生均", ("student",), "生均650元"),
    Entry("人均", ("person",), "人均3.5万元"),
)


# --- years (the quantity scan's dates) ---

# Words after a year (or a span of two) that make it a school year's: the word is part of the date (2023学年度,
# 2022-2023学年), the figure after it the only one.
SCHOOL_YEAR_WORDS: tuple[Entry[str], ...] = words(
    "school year", ("学年度", "2023学年度全县招生3200人"), ("学年", "2023学年全县招生3200人")
)


# --- lengths of time (the quantity scan, the indicators' subjects) ---

# Words right before a number of years that make it a length of time, a figure (连续九年, 服务期5年, 提前两年):
# without one, a number of years names a plan or a period (三年行动, 两年来, 从教30年), which is no figure.
DURATION_CUES: tuple[Entry[str], ...] = (
    *words(
        "duration",
        ("连续", "连续九年"),
        ("累计", "累计5年"),
        ("长达", "长达12年"),
        ("历时", "历时3年"),
        ("坚持", "坚持10年"),
        ("服务期", "服务期5年"),
        # the time a piece of work took, before what it achieved (经过三年的努力, 通过一年的整改)
        ("经过", "经过三年的努力"),
        ("通过", "通过一年的整改"),
        # the span of years up to now that what follows counts over (近三年共撤并学校12所): 近 is read as "about"
        ("近", "近5年"),
    ),
    # how early what follows was done (提前两年实现…): that is what the length of time measures
    Entry("提前", "early", "提前两年"),
)

# Words naming a length counted in years (受教育年限, 学制, 教龄): a number of years after one in its clause is that
# length, a figure with no cue of DURATION_CUES before it (平均受教育年限达到12年), and so is one in the clauses
# after it that a verb of change leads (…，比上年增加2.1年). A year (2021年) stays a date.
YEAR_LENGTH_NAMES: tuple[Entry[str], ...] = words(
    "length in years",
    ("年限", "全县劳动年龄人口平均受教育年限达到11.2年"),
    ("年数", "新任教师平均任教年数为6年"),
    ("学制", "中职学校学制三年"),
    ("教龄", "专任教师平均教龄为15年"),
    ("工龄", "校长平均工龄28年"),
)
