"""Hypothesis strategies shared by the tests: whole reports in the genre, built from pieces.

Every piece is worded for these tests (no sentence of a real report): a title naming a made-up
place, a year and a kind of report; numbered sections holding figures of every quantity type
(money, percentages, counts with their measure words, ranges, ratios, per-student amounts,
placeholders, Chinese numerals, qualifiers, parts and their total, a year-on-year change, a goal
for a future year); admitted problems; rectification blocks; 文号; site chrome around it all.

>>> from hypothesis import find
>>> text = find(reports(), lambda t: "整改" in t and "万元" in t)
>>> text.splitlines()[0].endswith("报告")
True
"""

from __future__ import annotations

from hypothesis import strategies as st

__all__ = ["figure_sentences", "reports"]

PLACES = ("清河", "桐溪", "云岭", "北塘", "南湖", "石门", "青川", "白沙")
LEVELS = ("区", "县", "市")
KINDS = ("履行教育职责情况的自查报告", "履行教育职责自评报告", "教育督导反馈问题整改报告", "教育工作情况报告")
CN_NUMBERS = ("三", "十二", "二十五", "一百零八", "两千", "三万五")
CHROME = (
    "首页 > 政务公开 > 督导评估", "发布时间：2023-05-06  来源：教育局", "【打印本页】【关闭窗口】", "扫一扫在手机上打开"
)
ISSUES = ("城区学位供给偏紧", "农村学校教师结构性缺员", "校舍维修经费保障不足", "心理健康教育力量薄弱")
MEASURES = ("新建改扩建学校", "统筹调配编制", "设立专项维修资金", "配齐专职心理教师")
HEADINGS = ("基本情况", "主要成效", "经费投入", "队伍建设", "办学条件")

_small = st.integers(min_value=1, max_value=999)
_tenths = st.integers(min_value=1, max_value=9999).map(lambda n: f"{n // 10}.{n % 10}")
_money = st.one_of(_small.map(str), _tenths, st.integers(min_value=1, max_value=10**12).map(str))


@st.composite
def figure_sentences(draw: st.DrawFn, year: int = 2023, level: str = "县") -> str:
    """One sentence holding one or more figures."""
    kind = draw(st.integers(min_value=0, max_value=13))
    n, m = draw(_small), draw(_small)
    if kind == 0:
        return f"{year}年,全{level}教育经费投入{draw(_money)}万元。"
    if kind == 1:
        return f"学前三年毛入园率达到{draw(_tenths)}%。"
    if kind == 2:
        return f"新建中小学校{n}所,新增学位约{m}个。"
    if kind == 3:
        return f"累计培训教师{n}余人次,覆盖{draw(st.sampled_from(CN_NUMBERS))}个乡镇。"
    if kind == 4:
        return f"小学班额控制在{min(n, m)}至{max(n, m)}人。"
    if kind == 5:
        return f"中小学师生比为1:{draw(_tenths)}。"
    if kind == 6:
        return f"生均公用经费达到{n * 10}元,每生每年补助{m}元。"
    if kind == 7:
        return "投入专项资金x万元,完成率达到xx%。"
    if kind == 8:
        return f"全{level}共有学校{n + m + 3}所:幼儿园{n}所、小学{m}所、初中3所。"
    if kind == 9:
        old, change = draw(_small), draw(_small)
        return f"{year}年教育支出为{old + change}万元,{year - 1}年为{old}万元,同比增长{change}万元。"
    if kind == 10:
        return f"到{year + 2}年,公办园在园幼儿占比达到{draw(_tenths)}%以上。"
    if kind == 11:
        return f"义务教育教师平均工资{n}.5万元,不低于当地公务员平均工资{n}万元。"
    if kind == 12:
        return f"改造薄弱学校{draw(st.sampled_from(CN_NUMBERS))}所,占比{n % 100}%,比上年提高{m % 10}个百分点。"
    return f"建成标准化运动场{n}个,面积{m}平方米,总投资不超过{draw(_money)}元。"


@st.composite
def reports(draw: st.DrawFn) -> str:
    """The text of one report: title, maybe a 文号 line, numbered sections, problems, maybe
    rectification blocks and a plan, maybe site chrome before and after."""
    place, level = draw(st.sampled_from(PLACES)), draw(st.sampled_from(LEVELS))
    year = draw(st.integers(min_value=2016, max_value=2024))
    kind = draw(st.sampled_from(KINDS))
    lines: list[str] = []
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(CHROME)))
    lines.append(f"{place}{level}人民政府关于{year}年度{kind}")
    if draw(st.booleans()):
        lines.append(f"根据《关于开展督导评估工作的通知》({place}教督〔{year}〕{draw(_small)}号)要求,现将情况报告如下:")
    numerals = "一二三四五六七八九"
    headings = draw(st.lists(st.sampled_from(HEADINGS), min_size=1, max_size=4, unique=True))
    k = 0
    for k, heading in enumerate(headings):
        lines.append(f"{numerals[k]}、{heading}")
        lines.extend(draw(st.lists(figure_sentences(year, level), min_size=1, max_size=4)))
    issues = draw(st.lists(st.sampled_from(ISSUES), min_size=1, max_size=3, unique=True))
    k += 1
    lines.append(f"{numerals[k]}、存在问题")
    lines.append("".join(f"{'一二三'[j]}是{issue}。" for j, issue in enumerate(issues)))
    if "整改" in kind:
        k += 1
        lines.append(f"{numerals[k]}、整改落实情况")
        for j, issue in enumerate(issues):
            lines.append(f"({numerals[j]})关于“{issue}”的问题")
            lines.append(f"1.{draw(st.sampled_from(MEASURES))}。{draw(figure_sentences(year, level))}")
            lines.append(f"整改时限：{year + 1}年{draw(st.integers(min_value=1, max_value=12))}月底前")
    k += 1
    lines.append(f"{numerals[k]}、下一步工作打算")
    lines.append(draw(figure_sentences(year, level)))
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(CHROME)))
    return "\n".join(lines) + "\n"
