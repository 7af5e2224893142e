"""The words that say what money paid for: the work a figure's clause names before or after it.

``投入300万元,建设标准化考场``, ``推进学校食堂提质工程,共投资2600万元``: where a money verb alone stands before an
amount, the reader of what it paid for (:mod:`dutyreport.indicators.paid_for`) takes the work named in the clause
before or after it. One table per role, each entry with an example phrase that
``tests/lang/test_figures_tables.py`` parses back.
"""

from __future__ import annotations

from .entry import Entry, words

__all__ = [
    "CARRY_OUT_VERBS",
    "PURPOSE_OPENERS",
    "UNDERTAKING_ADVERBS",
    "UNDERTAKING_VERBS",
    "WORK_NOUNS",
    "WORK_OBJECT_MARKERS",
]

_same = words

# Verbs that open a clause naming what is being done (推进学校食堂提质工程, 另添置图书阅览桌椅300套, (二)完善实验室
# 配备。): where a money verb alone comes next (,共投资2600万元 / 。投入85万元), the money is that work's. A verb that
# drives the work on ("drive": 推进, 加强…) is no part of its name and is left out, and what it drives names a work
# only where it holds a word of one (WORK_NOUNS: 加强组织领导, 落实主体责任 name none); a verb of what is built, bought
# or mended ("build": 购置, 新建…) or made better ("better": 改善, 完善…) is kept. Right after a money verb's figure,
# a clause opening with a "build" verb says what the money paid for (投入300万元,建设标准化考场), before any clause
# before it; one opening with a "better" verb says what came of it (投资2400万元,改善住宿条件), after one.
UNDERTAKING_VERBS: tuple[Entry[str], ...] = (
    *_same(
        "drive",
        *(
            (w, f"{w}学校食堂提质工程,共投资2600万元,年底前完工")
            for w in ("推进", "加快", "加强", "推动", "实施", "开展", "深化", "落实", "抓好", "启动")
        ),
    ),
    *_same(
        "build",
        *(
            (w, f"另{w}乡镇幼儿园活动室和围墙,共投入资金265万元,着力改善保教条件")
            for w in (
                "购置",
                "添置",
                "新建",
                "改扩建",
                "新改扩建",
                "扩建",
                "改建",
                "改造",
                "维修",
                "修缮",
                "升级",
                "加装",
                "配备",
                "配齐",
                "建设",
                "更新",
                "硬化",
                "绿化",
                "安装",
            )
        ),
    ),
    *_same(
        "better",
        *((w, f"另{w}乡镇幼儿园活动室和围墙,共投入资金265万元,着力改善保教条件") for w in ("充实", "完善", "改善")),
    ),
)

# Words that name a work (学校食堂提质工程, 校园网络升级): what a driving verb drives is a work where it holds one, and
# so is what 对/为…进行 carries out after money (对各校录播教室进行升级); 加强组织领导, 为学校进行了有益探索 hold none.
WORK_NOUNS: tuple[Entry[str], ...] = _same(
    "work",
    ("建设", "推进乡镇学校食堂建设,共投资960万元,年底前完工"),
    ("工程", "实施校园安防工程,共投资960万元,年底前完工"),
    ("项目", "实施农村学校浴室项目,共投资960万元,年底前完工"),
    ("改造", "推进农村学校厕所改造,共投资960万元,年底前完工"),
    ("升级", "推进校园网络升级,共投资960万元,年底前完工"),
    ("更新", "推进教学设备更新,共投资960万元,年底前完工"),
    ("维修", "推进校舍维修,共投资960万元,年底前完工"),
    ("整修", "推进校舍整修,共投资960万元,年底前完工"),
    ("修缮", "推进老旧校舍修缮,共投资960万元,年底前完工"),
    ("硬化", "推进校园道路硬化,共投资960万元,年底前完工"),
    ("绿化", "推进校园绿化,共投资960万元,年底前完工"),
    ("配置", "加强教育装备配置,共投资960万元,年底前完工"),
    ("安装", "推进教室空调安装,共投资960万元,年底前完工"),
    ("扩建", "加快城区学校扩建,共投资960万元,年底前完工"),
)

# Words that open the clause of what money paid for as the "build" verbs above do (安排资金90万元,用于图书室建设).
PURPOSE_OPENERS: tuple[Entry[str], ...] = _same(
    "purpose",
    ("用于", "三是加强乡村阅读条件建设。安排资金90万元,用于学校图书室添置图书"),
    ("专项用于", "三是加强乡村阅读条件建设。安排资金90万元,专项用于学校图书室添置图书"),
)

# Words that, after money, open what the work was done to and then the work (投资95万元,为辖区8个教学点进行了旱厕改造;
# 先后投入420万元,对各校录播教室实施了升级): the money is that thing's work (教学点旱厕改造投资), where what is carried
# out is one (WORK_NOUNS). A clause that goes on otherwise (对学校安全起到保障作用) says what came of the money.
WORK_OBJECT_MARKERS: tuple[Entry[str], ...] = _same(
    "done to",
    ("对", "先后投入420万元,对各校录播教室进行了升级"),
    ("为", "先后投入420万元,为各校录播教室进行了升级"),
)
CARRY_OUT_VERBS: tuple[Entry[str], ...] = _same(
    "carry out",
    ("进行", "投资95万元,为辖区8个教学点进行了旱厕改造"),
    ("实施", "投资95万元,为辖区8个教学点实施了旱厕改造"),
)

# Adverbs before such a verb (积极推进, 大力改善): no part of the work's name.
UNDERTAKING_ADVERBS: tuple[Entry[str], ...] = _same(
    "adverb",
    *(
        (w, f"{w}推进学校食堂提质工程,共投资2600万元,年底前完工")
        for w in ("积极", "大力", "全力", "扎实", "深入", "持续", "进一步", "着力", "切实", "全面", "不断", "加大力度")
    ),
)
