"""Traditional characters and their simplified forms: one table for every stage.

A report in traditional characters (清河縣人民政府, 自查報告, 分別為…) reads as its simplified form
would, character for character: :func:`fold` writes a text in simplified (offsets into it hold), and
:func:`either_form`, :func:`either_pattern`, :func:`spellings` and :func:`alternation` make the words of a
table match in either script. Only the matching folds; titles, names and subjects are given as written.
(:data:`dutyreport.lang.numbers.TRADITIONAL` folds numerals onto the forms the numeral tables use,
大写 included: 貳 is 贰 there, for 贰拾.) Each entry's example is read in both scripts by a test.

>>> fold("全縣分別為")
'全县分别为'
>>> forms("为")
'为為'
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import regex

from .entry import Entry

__all__ = [
    "TRADITIONAL_FORMS",
    "alternation",
    "ascii_digits",
    "either_form",
    "either_pattern",
    "fold",
    "forms",
    "spellings",
    "words_alternation",
]

# (traditional, simplified, an example phrase in traditional characters), sorted by the simplified form.
TRADITIONAL_FORMS: tuple[Entry[str], ...] = (
    Entry("萬", "万", "2725萬個"),
    Entry("與", "与", "全縣教育支出與上年的8.87億元持平"),
    Entry("專", "专", "專項督導"),
    Entry("業", "业", "生均支出分別為:中等職業教育6000元"),
    Entry("兩", "两", "全縣每兩年評估學校1次"),
    Entry("嚴", "严", "嚴格"),
    Entry("個", "个", "全縣試點學校6個月"),
    Entry("為", "为", "全縣大班額由37個減少為6個"),
    Entry("舉", "举", "全縣舉辦培訓班12期"),
    Entry("義", "义", "生均支出分別為:義務教育6000元"),
    Entry("鄉", "乡", "每鄉鎮建成公辦幼兒園1所"),
    Entry("書", "书", "督導意見書"),
    Entry("爭", "争", "力爭2025年新建學校3所"),
    Entry("於", "于", "按照不低於工資總額的1.5%安排"),
    Entry("億", "亿", "3257億元"),
    Entry("從", "从", "示範園占比從2019年的48.25%提升到52.10%"),
    Entry("們", "们", "我們"),
    Entry("價", "价", "評價結果"),
    Entry("優", "优", "優先"),
    Entry("會", "会", "與會代表120人"),
    Entry("傳", "传", "傳達文件30份"),
    Entry("體", "体", "組建教育共同體12個"),
    Entry("兒", "儿", "生均支出分別為:幼兒園6000元"),
    Entry("黨", "党", "確保9萬黨員參與"),
    Entry("關", "关", "全縣關停無證機構47家"),
    Entry("內", "内", "區域內建成學校5所"),
    Entry("況", "况", "全縣生均公用經費增長情況:小學650元、初中850元"),
    Entry("準", "准", "幼兒園按標準規模控制在9個班"),
    Entry("減", "减", "全縣大班額比上年減少30個"),
    Entry("劃", "划", "計劃2025年新建學校3所"),
    Entry("則", "则", "幼兒園規模原則上控制在9個班"),
    Entry("創", "创", "全縣創建示範學校12所"),
    Entry("別", "别", "在校生分別達到3000人"),
    Entry("辦", "办", "幼兒園綜合樓項目,辦學規模9個班"),
    Entry("務", "务", "生均支出分別為:義務教育6000元"),
    Entry("動", "动", "啟動"),
    Entry("區", "区", "全區建成學校5所"),
    Entry("協", "协", "政協"),
    Entry("單", "单", "共有公辦單位24所:幼兒園9所"),
    Entry("廳", "厅", "省教育廳"),
    Entry("壓", "压", "培訓機構由312家壓減至19家"),
    Entry("縣", "县", "全縣建成學校5所"),
    Entry("雙", "双", "雙減"),
    Entry("發", "发", "全縣發放助學金544.9萬元"),
    Entry("變", "变", "公用經費標準由630元變為1000元"),
    Entry("臺", "台", "全縣出臺文件12份"),
    Entry("號", "号", "文號"),
    Entry("後", "后", "對2020年及以後入學的學生發放補助51萬元"),
    Entry("啟", "启", "啟動"),
    Entry("員", "员", "確保9萬人員參與"),
    Entry("團", "团", "共青團組織30個"),
    Entry("園", "园", "共有公辦學校(園)24所:幼兒園9所"),
    Entry("國", "国", "全國"),
    Entry("圖", "图", "圖書"),
    Entry("場", "场", "現場觀摩會7次"),
    Entry("堅", "坚", "堅持"),
    Entry("處", "处", "全縣處理違規教師3人"),
    Entry("備", "备", "每校配備心理教師1名"),
    Entry("復", "复", "復查"),
    Entry("頭", "头", "由縣教育局牽頭負責"),
    Entry("獎", "奖", "全縣獲得二等獎6人"),
    Entry("學", "学", "全縣共有學校20所:小學12所、初中8所"),
    Entry("實", "实", "全縣實現學校全覆蓋12所"),
    Entry("審", "审", "請予審議"),
    Entry("對", "对", "全縣針對薄弱學校投入1000萬元"),
    Entry("導", "导", "督導"),
    Entry("將", "将", "現將情況報告如下"),
    Entry("層", "层", "基層學校"),
    Entry("屆", "届", "第十八屆"),
    Entry("屬", "属", "所屬"),
    Entry("鞏", "巩", "調整鞏固率;\n小學從95%提高到97%"),
    Entry("佈", "布", "記者從教育部宣佈:全國有2379個縣實現基本均衡"),
    Entry("師", "师", "確保9萬師生參與"),
    Entry("幹", "干", "確保9萬幹部參與"),
    Entry("並", "并", "並聯學校3所"),
    Entry("應", "应", "幼兒園規模應控制在9個班"),
    Entry("開", "开", "全縣開設課程30門"),
    Entry("強", "强", "教育強縣"),
    Entry("當", "当", "當年建成學校5所"),
    Entry("態", "态", "全縣生均公用經費整改狀態:小學650元、初中850元"),
    Entry("總", "总", "教學樓建設項目,總投資3000萬元"),
    Entry("紮", "扎", "紮實推進學校建設,投資2600萬元"),
    Entry("執", "执", "公用經費2億元,執行數2億元"),
    Entry("擴", "扩", "改擴建學校5所"),
    Entry("報", "报", "記者從教育部報道:全國有2379個縣實現基本均衡"),
    Entry("擬", "拟", "擬新建學校3所"),
    Entry("擁", "拥", "全縣擁有操場12個"),
    Entry("撥", "拨", "撥付80萬元,改善食堂"),
    Entry("據", "据", "據了解,2019年,全縣新建學校3所"),
    Entry("數", "数", "公用經費2億元,執行數2億元"),
    Entry("斷", "断", "不斷改善辦學條件"),
    Entry("無", "无", "全縣無66人及以上的超大班額"),
    Entry("時", "时", "時間"),
    Entry("機", "机", "共有公辦機構24所:幼兒園9所"),
    Entry("條", "条", "底線要求20條"),
    Entry("來", "来", "2020年以來新建學校15所"),
    Entry("極", "极", "積極"),
    Entry("構", "构", "共有公辦機構24所:幼兒園9所"),
    Entry("標", "标", "全縣生均公用經費整改目標:小學650元、初中850元"),
    Entry("橋", "桥", "石橋鎮"),
    Entry("檢", "检", "全縣檢查學校120所"),
    Entry("匯", "汇", "匯報"),
    Entry("彙", "汇", "彙報"),
    Entry("沒", "没", "全縣沒有出現66人及以上的超大班額"),
    Entry("測", "测", "監測"),
    Entry("濟", "济", "經濟"),
    Entry("瀏", "浏", "瀏覽"),
    Entry("滿", "满", "滿意度"),
    Entry("點", "点", "教學點"),
    Entry("牽", "牵", "由縣教育局牽頭負責"),
    Entry("狀", "状", "全縣生均公用經費整改狀態:小學650元、初中850元"),
    Entry("環", "环", "校園安全存在薄弱環節"),
    Entry("現", "现", "現全區建成學校22所"),
    Entry("監", "监", "監測"),
    Entry("蓋", "盖", "全縣涵蓋學校120所"),
    Entry("確", "确", "確定"),
    Entry("積", "积", "幼兒園綜合樓項目,建築面積3000㎡"),
    Entry("稱", "称", "記者從教育部稱:全國有2379個縣實現基本均衡"),
    Entry("穩", "稳", "全縣生均公用經費穩步增長:小學650元、初中850元"),
    Entry("築", "筑", "幼兒園綜合樓項目,建築面積3000㎡"),
    Entry("籌", "筹", "籌措資金60萬元,購置圖書"),
    Entry("約", "约", "教學樓項目,總投資約3000萬元"),
    Entry("級", "级", "全縣等級幼兒園22所"),
    Entry("線", "线", "底線"),
    Entry("組", "组", "全縣組織教師738名參加培訓"),
    Entry("織", "织", "全縣組織教師738名參加培訓"),
    Entry("終", "终", "全縣終止辦學許可3所"),
    Entry("紹", "绍", "據介紹,2019年,全縣新建學校3所"),
    Entry("經", "经", "投入經費140萬元,配齊藝術教室"),
    Entry("結", "结", "全縣生均公用經費整改結果:小學650元、初中850元"),
    Entry("給", "给", "給予"),
    Entry("統", "统", "據統計,2019年,全縣新建學校3所"),
    Entry("繼", "继", "繼續"),
    Entry("績", "绩", "成績"),
    Entry("續", "续", "全縣生均公用經費持續增長:小學650元、初中850元"),
    Entry("維", "维", "維修校舍12所"),
    Entry("綠", "绿", "綠化校園3萬平方米"),
    Entry("編", "编", "精編"),
    Entry("縮", "缩", "全縣大班額由37個縮減至6個"),
    Entry("繕", "缮", "修繕校舍12所"),
    Entry("網", "网", "網站"),
    Entry("職", "职", "生均支出分別為:中職6000元"),
    Entry("聯", "联", "並聯學校3所"),
    Entry("節", "节", "整改時間節點為2024年6月"),
    Entry("範", "范", "範文"),
    Entry("薦", "荐", "推薦"),
    Entry("獲", "获", "記者從教育部獲悉:全國有2379個縣實現基本均衡"),
    Entry("補", "补", "調整補助標準;\n小學從630元提高到1000元"),
    Entry("裝", "装", "安裝空調80臺"),
    Entry("見", "见", "意見"),
    Entry("規", "规", "幼兒園綜合樓項目,規模9個班"),
    Entry("視", "视", "高度重視"),
    Entry("覽", "览", "瀏覽次數"),
    Entry("計", "计", "全縣教師累計300人"),
    Entry("認", "认", "記者從教育部認為:全國有2379個縣實現基本均衡"),
    Entry("讓", "让", "讓人民滿意"),
    Entry("訓", "训", "全縣培訓教師738名"),
    Entry("議", "议", "審議"),
    Entry("記", "记", "書記"),
    Entry("設", "设", "幼兒園綜合樓項目,設計規模9個班"),
    Entry("訪", "访", "訪談"),
    Entry("評", "评", "全縣評選優秀教師38名"),
    Entry("試", "试", "試點縣"),
    Entry("該", "该", "該縣"),
    Entry("說", "说", "記者從教育部說:全國有2379個縣實現基本均衡"),
    Entry("請", "请", "請予審議"),
    Entry("調", "调", "公用經費標準由630元調整為1000元"),
    Entry("談", "谈", "訪談"),
    Entry("財", "财", "財政局"),
    Entry("責", "责", "職責"),
    Entry("質", "质", "質量"),
    Entry("貧", "贫", "貧困縣"),
    Entry("購", "购", "購置圖書3萬冊"),
    Entry("貫", "贯", "生均支出分別為:九年一貫制學校6000元"),
    Entry("費", "费", "投入經費140萬元,配齊藝術教室"),
    Entry("資", "资", "教學樓建設項目,總投資3000萬元"),
    Entry("較", "较", "全縣教育支出較上年增長7.21%"),
    Entry("轄", "辖", "全縣下轄鄉鎮12個"),
    Entry("達", "达", "全縣在校生達到3000人"),
    Entry("過", "过", "班額不超過規定的45人"),
    Entry("還", "还", "還建成學校5所"),
    Entry("這", "这", "這些"),
    Entry("進", "进", "全縣引進優秀教師38名"),
    Entry("連", "连", "連續調整公用經費標準;\n小學從630元提高到1000元"),
    Entry("選", "选", "全縣選派教師38名"),
    Entry("針", "针", "全縣針對薄弱學校投入1000萬元"),
    Entry("銷", "销", "全縣注銷培訓機構22所"),
    Entry("鎮", "镇", "每鄉鎮建成公辦幼兒園1所"),
    Entry("長", "长", "全縣教育支出比上年增長7.21%"),
    Entry("門", "门", "部門"),
    Entry("問", "问", "全縣生均公用經費反饋問題:小學650元、初中850元"),
    Entry("間", "间", "時間"),
    Entry("隊", "队", "教師隊伍"),
    Entry("際", "际", "實際"),
    Entry("陸", "陆", "全縣陸續投入資金300萬元"),
    Entry("隨", "随", "隨機"),
    Entry("難", "难", "城區入學難問題仍較突出"),
    Entry("頁", "页", "首頁"),
    Entry("項", "项", "專項"),
    Entry("須", "须", "幼兒園規模須控制在9個班"),
    Entry("預", "预", "預計2025年新建學校3所"),
    Entry("領", "领", "成立整改工作領導小組"),
    Entry("題", "题", "全縣生均公用經費存在問題:小學650元、初中850元"),
    Entry("額", "额", "教學樓建設項目,投資總額3000萬元"),
    Entry("饋", "馈", "全縣生均公用經費反饋問題:小學650元、初中850元"),
    Entry("驗", "验", "實驗區"),
    Entry("齊", "齐", "配齊音體美教師36名"),
)

_FORMS: dict[str, str] = {}  # a simplified character -> it and its traditional forms
for _e in TRADITIONAL_FORMS:
    _FORMS[_e.value] = _FORMS.get(_e.value, _e.value) + _e.word
del _e
_FOLD = str.maketrans({e.word: e.value for e in TRADITIONAL_FORMS})
_TRADITIONAL = re.compile(f"[{''.join(e.word for e in TRADITIONAL_FORMS)}]")  # (most texts hold none)


def fold(s: str) -> str:
    """``s`` with the traditional forms of :data:`TRADITIONAL_FORMS` written in simplified, one character for
    one (offsets into ``s`` hold in the result).

    >>> fold("全縣分別為")
    '全县分别为'
    """
    return s.translate(_FOLD) if _TRADITIONAL.search(s) is not None else s


_ASCII_DIGITS = {0xFF10 + i: 0x30 + i for i in range(10)}  # full-width ０…９ onto 0…9
_FULL_WIDTH_DIGIT = re.compile("[\uff10-\uff19]")  # (most texts hold none)


def ascii_digits(s: str) -> str:
    """``s`` with full-width digits written as ASCII ones, one character for one (offsets hold).

    >>> ascii_digits("２０２３年")
    '2023年'
    """
    return s.translate(_ASCII_DIGITS) if _FULL_WIDTH_DIGIT.search(s) is not None else s


def forms(c: str) -> str:
    """A character and its traditional forms (``forms("为") == "为為"``)."""
    return _FORMS.get(c, c)


def either_form(word: str) -> str:
    """A regex that reads ``word`` in simplified or in traditional characters (分别为 and 分別為 alike).

    >>> import re

import regex
    >>> bool(regex.fullmatch(either_form("分别为"), "分別為"))
    True
    """
    return "".join(f"[{_FORMS[c]}]" if c in _FORMS else regex.escape(c) for c in word)


def either_pattern(pattern: str) -> str:
    """A regex pattern that reads its words in simplified or in traditional characters: :func:`either_form`
    for every character of the pattern outside a class, the forms added to a class.

    >>> either_pattern(r"(?:为|达到)?[和与與]$")
    '(?:[为為]|[达達]到)?[和与與]$'
    """
    out: list[str] = []
    in_class: list[str] | None = None  # the characters of the class being read
    escaped = False
    for c in pattern:
        if escaped:
            escaped = False
            (out if in_class is None else in_class).append(c)
            continue
        if c == "\\":
            escaped = True
            (out if in_class is None else in_class).append(c)
        elif c == "[" and in_class is None:
            in_class = []
        elif c == "]" and in_class is not None and in_class:
            forms_in = "".join(in_class)
            added = "".join(f for x in in_class for f in _FORMS.get(x, "") if f not in forms_in)
            out.append("[" + forms_in + "".join(dict.fromkeys(added)) + "]")
            in_class = None
        elif in_class is not None:
            in_class.append(c)
        else:
            out.append(f"[{_FORMS[c]}]" if c in _FORMS else c)
    return "".join(out)


def spellings(word: str) -> tuple[str, ...]:
    """Every way ``word`` may be written with the forms of its characters, simplified first
    (``spellings("分别") == ("分别", "分別")``)."""
    out = [""]
    for c in word:
        out = [w + f for w in out for f in _FORMS.get(c, c)]
    return tuple(out)


def alternation(*tables: tuple[Entry[object], ...], either_script: bool = True) -> str:
    """The words of some tables as one regex (:func:`words_alternation`), each in every spelling of its
    characters (:func:`spellings`); with ``either_script=False`` only as the table writes it (for a reader
    whose text is folded already, or that reads the simplified form only).

    >>> table = (Entry("分别", None, "分别有3所"), Entry("分别为", None, "分别为3所"))
    >>> regex.fullmatch(alternation(table), "分別為") is not None
    True
    >>> regex.fullmatch(alternation(table, either_script=False), "分別為") is not None
    False
    """
    if not either_script:
        return words_alternation(e.word for t in tables for e in t)
    return words_alternation(x for t in tables for e in t for x in spellings(e.word))


def words_alternation(words: Iterable[str]) -> str:
    """``words`` (none empty) as one regex of the words escaped, written as a tree of their common beginnings:
    where several words match at a place, the longest does, as in an alternation longest first; a tree keeps
    the engine from trying every word at every place. Either engine reads it.

    >>> words_alternation(["省", "自治区", "自治州", "市"])
    '市|省|自(?:治(?:区|州))'
    """
    return _tree(sorted(set(words)))


def _tree(words_: list[str]) -> str:
    """``words_`` (sorted, distinct, none empty) as a regex tree of their common beginnings."""
    groups: dict[str, list[str]] = {}
    for w in words_:
        groups.setdefault(w[0], []).append(w[1:])
    branches = []
    for first, rests in groups.items():
        ends_here = "" in rests
        longer = [r for r in rests if r]
        if not longer:
            branches.append(regex.escape(first))
            continue
        sub = _tree(longer)
        branches.append(regex.escape(first) + (f"(?:{sub})?" if ends_here else f"(?:{sub})" if "|" in sub else sub))
    return "|".join(branches)
