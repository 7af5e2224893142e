"""Synthetic education-duty reports, written from this project's own templates.

Used by the benchmark (2,000 reports parsed one after another) and as seeds for the fuzz target.
Every phrase below was written for this file; nothing is copied from a real report. A report has
the genre's shape: a title, sometimes a 文号 line, an opening paragraph, numbered sections
(``一、`` / ``(一)`` / ``1.``) whose sentences carry figures with units, a closing block, and
the noise scraped copies carry (publish stamps, breadcrumbs, footers, the odd spam banner).

    python benchmarks/gen_reports.py 3          # print three reports
    python benchmarks/gen_reports.py 50 out/    # write fifty files into out/
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from pathlib import Path

__all__ = ["generate", "report", "reports"]

PLACES = (
    ("青石", "区"), ("云溪", "县"), ("柳岸", "区"), ("临川湾", "县"), ("北塘", "区"), ("松峰", "县"),
    ("白沙洲", "区"), ("望江", "县"), ("新桥", "市"), ("东梁", "区"), ("石门岭", "县"), ("南坪", "区"),
)
CITIES = ("江澜", "岳平", "川北", "洛溪", "梧州湾", "金原")
KINDS = (
    "{year}年度履行教育职责情况自查报告",
    "关于{year}年度履行教育职责情况的自评报告",
    "关于{year}年履行教育职责评价反馈问题整改情况的报告",
    "{year}年度教育工作情况汇报",
)
SUBJECTS = (
    ("全{lv}共有各级各类学校", "所", (40, 420)),
    ("其中公办幼儿园", "所", (5, 90)),
    ("在校学生", "人", (8000, 160000)),
    ("教职工", "人", (900, 12000)),
    ("专任教师", "名", (800, 11000)),
    ("新增学位", "个", (300, 9000)),
    ("新建改扩建校舍", "平方米", (2000, 180000)),
    ("招聘教师", "名", (20, 900)),
    ("培训校长和教师", "人次", (500, 30000)),
    ("建成标准化运动场", "个", (2, 60)),
    ("开展专项督导", "次", (2, 40)),
    ("资助家庭经济困难学生", "人次", (300, 40000)),
)
MONEY = (
    "全年教育经费总投入", "投入资金", "拨付生均公用经费", "落实学生资助资金", "安排校舍维修经费",
    "投资", "争取上级项目资金",
)
PERCENTS = (
    "学前三年毛入园率达到", "普惠性幼儿园覆盖率达", "义务教育巩固率为", "高中阶段毛入学率达",
    "残疾儿童少年入学率达", "教师培训完成率为", "学校食堂“明厨亮灶”覆盖率达",
)
HEADINGS = (
    ("基本情况", ("教育概况", "经费投入", "办学条件")),
    ("履行教育职责的主要做法和成效", ("坚持党的全面领导", "落实教育优先发展", "加强教师队伍建设",
                                       "推进义务教育优质均衡", "强化安全管理")),
    ("存在的问题", ("城区学位供给仍然紧张", "教师结构性缺编", "经费保障压力较大")),
    ("整改措施", ("加快学校建设进度", "完善教师补充机制", "加大经费统筹力度")),
)
VERBS = ("全面落实", "统筹推进", "认真贯彻", "持续深化", "扎实开展", "严格执行")
POLICIES = (
    "《关于全面深化新时代教师队伍建设改革的实施意见》", "《义务教育学校管理标准》",
    "《中小学校岗位安全工作指南》", "《关于进一步减轻义务教育阶段学生作业负担的措施》",
)
# Sentences without figures: how the genre says what it did. Real reports hold about one figure per 200
# bytes; these keep the synthetic ones near that.
PROSE = (
    "{lv}委{lv}政府始终把教育摆在优先发展的战略位置,定期召开专题会议研究解决教育改革发展中的重大问题",
    "建立健全{lv}级领导联系学校制度,{lv}级领导每学期深入学校开展调研,现场协调解决实际困难",
    "坚持以立德树人为根本任务,把思想政治工作贯穿学校教育管理全过程",
    "进一步完善教育经费投入保障机制,确保一般公共预算教育支出逐年只增不减",
    "深化县管校聘管理改革,推动校长教师在城乡之间、校际之间合理流动",
    "严格落实校园安全管理责任,常态化开展安全隐患排查整治,筑牢校园安全防线",
    "积极推进集团化办学和学区化管理,以强带弱、以城带乡,促进优质教育资源共享",
    "扎实推进作业、睡眠、手机、读物、体质五项管理,切实减轻学生过重课业负担",
    "健全家庭经济困难学生资助体系,做到应助尽助,确保不让一个学生因家庭经济困难而失学",
    "加强督导结果运用,将督导评估结果作为考核评价学校和校长的重要依据",
    "对标对表上级要求,查找工作短板,细化整改措施,明确责任单位和完成时限",
    "统筹城乡教育布局,优化学校规划建设,着力解决城区学位紧张和农村学校小散弱问题",
)
CN = "一二三四五六七八九十"
CHROME_HEAD = (
    "首页 > 政务公开 > 教育信息 > 正文",
    "您当前的位置:首页 > 部门信息 > 教育局",
    "发布日期:{year}-0{m}-1{d} 10:2{d} 浏览次数:{n}",
    "【字体:大 中 小】",
)
CHROME_TAIL = ("【打印本页】 【关闭窗口】", "返回顶部", "版权所有:{place}人民政府办公室", "扫一扫在手机上查看当前页面")
SPAM = ("星海娱乐城官网注册送彩金", "大发彩票网址app下载", "皇冠体育投注开户平台")


def _cn(n: int) -> str:
    if n <= 10:
        return CN[n - 1]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN[tens - 1]) + "十" + (CN[ones - 1] if ones else "")


def _figure(rng: random.Random, lo: int, hi: int) -> str:
    n = rng.randint(lo, hi)
    style = rng.random()
    if style < 0.1 and n >= 10000:
        return f"{n / 10000:.2f}万"
    if style < 0.15:
        return f"{n:,}"
    if style < 0.2 and n < 100:
        return _cn(n) if n <= 99 else str(n)
    return str(n)


def _money(rng: random.Random) -> str:
    style = rng.random()
    if style < 0.5:
        return f"{rng.randint(50, 90000) / 10:.1f}万元".replace(".0万", "万")
    if style < 0.8:
        return f"{rng.randint(100, 99999) / 100:.2f}亿元"
    return f"{rng.randint(200, 9000)}元"


def _sentence(rng: random.Random, lv: str, year: int) -> str:
    pick = rng.random()
    if pick < 0.45:
        subj, unit, (lo, hi) = rng.choice(SUBJECTS)
        qual = rng.choice(("", "", "约", "近", "超过"))
        tail = rng.choice(("", "余", "多")) if not qual and unit in ("人", "个", "名") else ""
        s = f"{subj.format(lv=lv)}{qual}{_figure(rng, lo, hi)}{tail}{unit}"
        if rng.random() < 0.4:
            s += f",比上年增长{rng.randint(1, 300) / 10}%"
        return s
    if pick < 0.7:
        return f"{year}年{rng.choice(MONEY)}{_money(rng)},同比增长{rng.randint(1, 250) / 10}%"
    if pick < 0.85:
        return f"{rng.choice(PERCENTS)}{rng.randint(850, 1000) / 10}%"
    return f"{rng.choice(VERBS)}{rng.choice(POLICIES)},{rng.choice(VERBS)}各项工作"


def _paragraph(rng: random.Random, lv: str, year: int, sentences: int) -> str:
    parts = [_sentence(rng, lv, year) for _ in range(sentences)]
    for _ in range(2 * sentences + 1):  # the prose around the figures
        parts.insert(rng.randint(0, len(parts)), rng.choice(PROSE).format(lv=lv))
    if rng.random() < 0.3:
        pts = rng.randint(2, 4)
        parts.append("".join(f"{CN[i]}是{_sentence(rng, lv, year)};" for i in range(pts)).rstrip(";"))
    return "。".join(parts) + "。"


def report(rng: random.Random, size: int = 4000) -> str:
    """One report of roughly ``size`` characters."""
    place, lv = rng.choice(PLACES)
    year = rng.randint(2017, 2023)
    kind = rng.choice(KINDS).format(year=year)
    lines: list[str] = []
    if rng.random() < 0.6:
        lines.extend(
            c.format(year=year + 1, m=rng.randint(1, 9), d=rng.randint(0, 9), n=rng.randint(10, 9999))
            for c in rng.sample(CHROME_HEAD, rng.randint(1, 3))
        )
    if rng.random() < 0.1:
        lines.append(rng.choice(SPAM))
    lines.append(f"{place}{lv}人民政府{kind}")
    city = rng.choice(CITIES)
    if rng.random() < 0.5:
        lines.append(f"{place[0]}{lv}政〔{year + 1}〕{rng.randint(1, 60)}号")
    lines.append(f"{city}市人民政府教育督导委员会:")
    doc = f"{city[0]}教督委〔{year + 1}〕{rng.randint(1, 30)}号"
    if rng.random() < 0.3:  # a lost bracket, as scraped copies have
        doc = doc.replace("〕", "")
    lines.append(f"    根据《关于开展{year}年度履行教育职责评价工作的通知》({doc})要求,我{lv}认真组织开展自查,"
                 f"现将有关情况报告如下:")
    total = sum(len(x) for x in lines)
    s = 0
    while total < size:
        heading, subs = HEADINGS[s % len(HEADINGS)]
        s += 1
        block = [f"{_cn(s)}、{heading}"]
        for j, sub in enumerate(rng.sample(subs, rng.randint(1, len(subs)))):
            block.append(f"({_cn(j + 1)}){sub}")
            numbered = rng.random() < 0.4
            for k in range(rng.randint(1, 3)):
                lead = f"{k + 1}." if numbered else "    "
                block.append(lead + _paragraph(rng, lv, year, rng.randint(2, 5)))
        if rng.random() < 0.05:
            block.append(rng.choice(SPAM) + rng.choice(SPAM))
        lines.extend(block)
        total += sum(len(x) for x in block)
    lines.append(f"下一步,我{lv}将持续加大教育投入,到{year + 3}年,学前三年毛入园率达到95%以上。")
    lines.append(f"{place}{lv}人民政府")
    lines.append(f"{year + 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")
    if rng.random() < 0.6:
        lines.extend(t.format(place=place + lv) for t in rng.sample(CHROME_TAIL, rng.randint(1, 3)))
    return "\n".join(lines) + "\n"


def reports(count: int, seed: int = 20240601, size: int = 4000) -> Iterator[str]:
    """``count`` reports, the same ones for the same seed."""
    rng = random.Random(seed)
    for _ in range(count):
        yield report(rng, size=rng.randint(size // 2, size * 3 // 2))


def generate(out: Path, count: int, seed: int = 20240601) -> list[Path]:
    """Write ``count`` reports into ``out`` as ``synthetic_0000.txt`` …; return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(reports(count, seed)):
        p = out / f"synthetic_{i:04d}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    if len(sys.argv) > 2:
        for p in generate(Path(sys.argv[2]), n):
            print(p)
    else:
        sys.stdout.write("\n".join(reports(n)))
