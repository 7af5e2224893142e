"""Every entry of lang.subjects, lang.figures and lang.figure_years does what its table says, on its own example read
by the indicator stage."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import dutyreport as d
from dutyreport.indicators.kinds import _TARGET_CUE
from dutyreport.indicators.years import find_years
from dutyreport.lang import figure_years as yw
from dutyreport.lang import figures as v
from dutyreport.lang import paid_for as pf
from dutyreport.lang import subjects as sw
from dutyreport.lang.entry import Entry, PatternEntry
from dutyreport.lang.punctuation import SENTENCE_ENDS
from dutyreport.lang.script import alternation, fold, forms, spellings
from dutyreport.quantities.scan import find_quantities
from dutyreport.spans import Breaks

HEAD = "某县2021年度教育工作自查报告\n一、基本情况\n"
OPENING_YEAR = "某县教育工作自查报告\n2020年,全县扎实推进教育工作。\n一、基本情况\n"


def figures(example: str, head: str = HEAD) -> list[d.Indicator]:
    found = list(d.parse(head + example + "。").indicators)
    assert found, f"no figure in {example!r}"
    return found


def subjects(example: str) -> list[str]:
    return [i.subject or "" for i in figures(example)]


def check_lead(e: Entry) -> None:
    assert not any(s.startswith(e.word) for s in subjects(e.example))


def check_higher_scope(e: Entry) -> None:
    # before another lead word the scope opens the clause; right before a noun it is the level the subject names
    assert not any(s.startswith(e.word) for s in subjects(e.example))
    assert subjects(e.value)[-1].startswith(e.word)


def check_relative(e: Entry) -> None:
    # the clause it opens closes with 的: a word of the subject; with no 的 it opens the clause
    assert subjects(e.example)[-1].startswith(e.word)
    assert not subjects(e.example.replace("的", ""))[-1].startswith(e.word)


def check_tail(e: Entry) -> None:
    assert not any(s.endswith(e.word) for s in subjects(e.example))


def check_change_to(e: Entry) -> None:
    assert e.word not in (figures(e.example)[-1].subject or "")


def check_level(e: Entry) -> None:
    assert (figures(e.example)[-1].subject or "").startswith(e.word)


def check_generic(e: Entry) -> None:
    assert "教师" in (figures(e.example)[0].subject or "")


def check_money_verb(e: Entry) -> None:
    purpose = e.example.split(",")[1]
    assert purpose[-2:] in (figures(e.example)[0].subject or "")


def _money_subject(example: str) -> str:
    (money,) = [i for i in figures(example) if i.unit == "yuan"]
    return money.subject or ""


def check_undertaking_verb(e: Entry) -> None:
    # the clause before a money verb alone names the work the money paid for: a verb that drives the work on is
    # left out of it, a verb of what was built, bought or made better is kept
    if e.value == "drive":
        assert _money_subject(e.example) == "学校食堂提质工程投资"
    else:
        assert _money_subject(e.example) == e.word + "乡镇幼儿园活动室和围墙投入资金"


def check_undertaking_adverb(e: Entry) -> None:
    assert _money_subject(e.example) == "学校食堂提质工程投资"


def check_work_noun(e: Entry) -> None:
    # what a driving verb drives is a work where it holds the word; with another word in its place it is none
    clause = e.example.split(",")[0]
    assert _money_subject(e.example) == clause[2:] + "投资"
    assert _money_subject(e.example.replace(e.word, "管理", 1)) != clause[2:].replace(e.word, "管理") + "投资"


def check_purpose_opener(e: Entry) -> None:
    # the clause after the money, not the topic sentence before it, says what it paid for
    assert _money_subject(e.example) == "安排资金" + e.example.split(",")[1]
    assert _money_subject(e.example.replace(e.word, "希望", 1)) == "乡村阅读条件建设安排资金"


def check_work_object_marker(e: Entry) -> None:
    # what the work was done to and the work, the money's; without the marker, the clause as written
    assert _money_subject(e.example) == "各校录播教室升级先后投入"
    assert _money_subject(e.example.replace(e.word, "向", 1)) != "各校录播教室升级先后投入"


def check_carry_out_verb(e: Entry) -> None:
    # the work done to what the figure after counts: what follows the verb
    assert _money_subject(e.example) == "辖区教学点旱厕改造投资"
    assert _money_subject(e.example.replace(e.word, "开展", 1)) != "辖区教学点旱厕改造投资"


def check_total_head_mark(e: Entry) -> None:
    # the total after the list is the head's; without the mark the list's items total it
    assert figures(e.example)[-1].subject == "教育经费合计"
    assert figures(e.example.replace(e.word, "的", 1))[-1].subject != "教育经费合计"


def check_attribute_of_previous(e: Entry) -> None:
    first, second = figures(e.example)[:2]
    assert first.subject and second.subject and second.subject.startswith(first.subject)


def check_attribute_of_project(e: Entry) -> None:
    assert (figures(e.example)[0].subject or "").startswith(e.example.split(",")[0][:3])


def check_topic(e: Entry) -> None:
    assert e.word in (figures(e.example)[0].subject or "")


def check_qualifier(e: Entry) -> None:
    assert figures(e.example)[0].qualifier is (e.value if isinstance(e.value, d.Qualifier) else None)


def check_negated(e: Entry) -> None:
    # the comparative after the modal bounds the figure the other way, and the modal is no word of its subject
    (figure,) = figures(e.example)
    assert figure.qualifier in (d.Qualifier.AT_LEAST, d.Qualifier.AT_MOST)
    assert e.word not in (figure.subject or "")


def check_bounded(e: Entry) -> None:
    assert figures(e.example)[0].qualifier is not None


def check_norm(e: Entry) -> None:
    assert figures(e.example)[0].qualifier is d.Qualifier.AT_MOST


def check_per_unit_norm(e: Entry) -> None:
    # a per-unit amount under the word is a norm; without it, the amount reached
    last = figures(e.example)[-1]
    assert last.kind is d.IndicatorKind.STANDARD and isinstance(last.quantity, d.PerUnit)
    assert figures(e.example.replace(e.word, ""))[-1].kind is d.IndicatorKind.STOCK


def check_norm_qualifier(e: Entry) -> None:
    # a ceiling where the sentence states a norm, none where it reports a result
    check_qualifier(e)
    norm = next(c.word for c in v.NORM_CUES if c.word in e.example)
    assert figures(e.example.replace(norm, ""))[0].qualifier is None


def check_norm_after(e: Entry) -> None:
    # the figure the comparative opens, before 的 and the norm's noun, is the norm: no bound, kind standard; with
    # another noun there it keeps its comparative
    last = figures(e.example)[-1]
    assert last.quantity.qualifier is None and last.kind is d.IndicatorKind.STANDARD
    other = figures(e.example.replace(e.word, "数量"))[-1]
    assert other.quantity.qualifier is not None


def check_norm_modifier(e: Entry) -> None:
    # the modifier between 的 and the norm's noun leaves the figure the norm; a verb there (达到) makes it a share
    last = figures(e.example)[-1]
    assert last.quantity.qualifier is None and last.kind is d.IndicatorKind.STANDARD
    bounded = figures(e.example.replace(e.word, "学校达到"))[-1]
    assert bounded.quantity.qualifier is not None


def check_per_student(e: Entry) -> None:
    assert figures(e.example)[0].unit == "yuan/student/year"


def check_per_person(e: Entry) -> None:
    assert figures(e.example)[0].unit == "yuan/person"


def check_people(e: Entry) -> None:
    assert figures(e.example)[0].unit == "人"


def check_unit_naming(e: Entry) -> None:
    assert figures(e.example)[0].unit == e.value


def check_duration(e: Entry) -> None:
    (i,) = [i for i in figures(e.example) if i.unit == e.word]
    assert i.year is None


def check_change(e: Entry) -> None:
    kind = figures(e.example)[-1].kind
    # 新增学位5940个 names what is new: a stock of new places, read as a change only right before the figure.
    assert kind is (d.IndicatorKind.STOCK if e.word == "新增" else d.IndicatorKind.CHANGE)


def check_change_verb(e: Entry[v.Change]) -> None:
    check_change(e)
    if e.value.of_before:
        # alone after the figure before, the change is that figure's; 上年 after 比 is no year
        *_, change = figures(f"2019年教育支出为162926万元,同比{e.word}8514万元")
        assert change.subject == "教育支出同比" + e.word
        assert figures(f"全县教育支出比上年{e.word}5%")[0].year != 2020
    # a rate of change belongs to the latest year compared; another change, to the sentence's last year
    *_, change = figures(f"全县教育支出2019年为10亿元、2018年为9亿元,{e.word}11%")
    assert change.year == (2019 if e.value.rate else 2018)


def check_target(e: Entry) -> None:
    assert figures(e.example)[-1].kind is d.IndicatorKind.TARGET


def check_share(e: Entry) -> None:
    # the share is of what the figure before counts, its base kept after the verb
    first, share = figures(e.example)[:2]
    base = e.example[e.example.index(e.word, e.example.index(first.text)) : e.example.index(share.text)].rstrip("的")
    assert share.subject == f"{first.subject}{base}"


def check_obtain(e: Entry) -> None:
    # 争取 with the word obtains (the figure is what was obtained, no goal, no target); without it, it strives
    assert figures(e.example)[-1].kind is d.IndicatorKind.STOCK
    assert not d.parse(HEAD + e.example + "。").targets
    obtains = e.word + v.STRIVE if e.value.before else v.STRIVE + e.word
    assert regex.search(v.STRIVING.pattern, obtains + "覆盖率") is None
    assert regex.search(v.STRIVING.pattern, v.STRIVE + "覆盖率") is not None


def check_strive_until(e: Entry) -> None:
    # 争取到 and a time strives until then: its figure is a goal and a target; 争取到 and money obtains
    assert figures(e.example)[-1].kind is d.IndicatorKind.TARGET
    assert d.parse(HEAD + e.example + "。").targets
    assert regex.search(v.STRIVING.pattern, v.STRIVE + "到" + e.word) is not None
    assert regex.search(v.STRIVING.pattern, v.STRIVE + "到上级") is None


def check_compared_norm(e: Entry) -> None:
    # a figure after 高于 and the norm is the norm's value, no margin, far below the figure before as it is
    first, compared = figures(e.example)[:2]
    assert compared.kind is not d.IndicatorKind.CHANGE and compared.value * 2 < first.value


def check_plan_done(e: Entry) -> None:
    # in a plan section a figure its sentence says was reached is no goal; without the word it is one
    plan = "某县教育工作自查报告\n一、下一步工作打算\n"
    assert figures(e.example, plan)[-1].kind is d.IndicatorKind.STOCK
    assert not d.parse(plan + e.example + "。").targets
    assert figures(e.example.replace(e.word, ""), plan)[-1].kind is d.IndicatorKind.TARGET


def check_mask(e: Entry) -> None:
    # a masked figure: unknown, read with the words before it as its subject (the mask ends them as a digit does)
    last = figures(e.example)[-1]
    assert last.text.startswith(e.word) and last.value is None and last.subject == "小学"


def check_counter(e: Entry) -> None:
    # the noun after the measure word is what the figure counts, in either script (96个教学班, 96個教学班)
    noun = e.example[e.example.index(e.word) + len(e.word) :]
    for form in forms(e.word):
        subject = figures(e.example.replace(e.word, form))[-1].subject
        assert subject is not None and subject.endswith(noun), (form, subject)


def check_standard(e: Entry) -> None:
    assert figures(e.example)[-1].kind is d.IndicatorKind.STANDARD


def check_year_word(e: Entry) -> None:
    assert figures(e.example)[0].year == 2021 + int(str(e.value))


def check_no_year(e: Entry) -> None:
    assert figures(e.example)[-1].year is None


def check_deadline(e: Entry) -> None:
    i = figures(e.example)[0]
    assert (i.year, i.kind) == (2025, d.IndicatorKind.TARGET)


def check_base(e: Entry) -> None:
    assert figures(e.example)[0].year == int(e.example[len(e.word) : len(e.word) + 4])


def check_base_noun(e: Entry) -> None:
    # the year after the noun is the figure's own; after a bare 比 it is a compared value's
    assert figures(e.example)[0].year == 2023
    assert figures(e.example.replace(e.word, "比"))[0].year != 2023


def check_negation(e: Entry) -> None:
    assert figures(e.example, OPENING_YEAR)[0].year is None


def check_whole_word(e: Entry) -> None:
    assert any(e.word in s for s in subjects(e.example))


def check_category(e: Entry) -> None:
    assert figures(e.example)[1].subject == "公办幼儿园"


def check_school_ending(e: Entry) -> None:
    # a label ending so takes the place of the head's category noun; another label goes before the head
    label = e.example.split(":")[1].split("9")[0]
    assert figures(e.example)[1].subject == "公办" + label
    assert figures(e.example.replace(label, "教学组"))[1].subject == "教学组公办学校"


def check_among(e: Entry) -> None:
    # 其中: the list hangs from the sentence's first clause; a 其中 sentence goes on in the year of the one before
    assert [i.subject for i in figures(e.example)[1:]] == ["小学", "初中"]
    assert figures(f"2020年全县新建学校3所。{e.word}小学2所")[-1].year == 2020
    assert figures("2020年全县新建学校3所。乙小学2所")[-1].year != 2020


def check_total(e: Entry) -> None:
    assert figures(e.example)[0].subject == e.example[: e.example.index(e.word)]


def check_level_link(e: Entry) -> None:
    # the level's amount after the link is the standard per student stated for the first level; with a total's word
    # in the link's place, money
    assert figures(e.example)[-1].unit == "yuan/student"
    total = e.example.replace("初中" + e.word, "初中合计")
    assert total != e.example and figures(total)[-1].unit == "yuan"


def check_topic_lead(e: Entry) -> None:
    assert figures(e.example)[-1].subject == "小学公用经费标准"


def check_respective_head(e: Entry) -> None:
    # the head before the word names each figure's measure, the label after it the level; a colon may follow
    expected = ["小学生均公用经费", "初中生均公用经费"]
    assert [i.subject for i in figures(e.example)] == expected
    assert [i.subject for i in figures(e.example.replace(e.word, e.word + "："))] == expected


def check_respective_link(e: Entry) -> None:
    # the names before 分别 pair with the figures after the link one by one, each with the measure the last names
    names, _ = e.example.removeprefix("全县").split(sw.RESPECTIVE_OPENING, 1)
    first, last = names.split("、")
    measure = last.removeprefix("初中")
    assert [i.subject for i in figures(e.example)][:2] == [first + measure, last]


def check_stated_object_verb(e: Entry) -> None:
    # the last figure's verb alone takes the object it had in the clause before
    first = e.example.index(e.word) + len(e.word)
    obj = e.example[first : min(i for i, c in enumerate(e.example) if i > first and (c.isdigit() or c == "，"))]
    assert figures(e.example)[-1].subject.endswith(e.word + obj)


def test_the_respective_heads_open_with_one_word() -> None:
    # the subject reader looks for the heads where the word they share stands (either form), the key reader
    # reads a list of figures after it; each head is that word and a verb (分别 + 为, 达到, 是)
    assert sw.RESPECTIVE_OPENING == "分别"
    assert all(e.word.startswith(sw.RESPECTIVE_OPENING) and len(e.word) > 2 for e in sw.RESPECTIVE_HEADS)


def check_head_ending(e: Entry) -> None:
    assert [i.subject for i in figures(e.example)] == ["小学生均公用经费", "初中生均公用经费"]


def check_ratio_norm(e: Entry) -> None:
    assert figures(e.example)[0].kind is d.IndicatorKind.STANDARD
    assert figures(e.example.replace(e.word, "是"))[0].kind is d.IndicatorKind.STOCK


def check_as_of(e: Entry) -> None:
    # 截至2023年底…共有: a date things stand as of, not a deadline
    (i,) = figures(e.example)
    assert (i.kind, i.year) == (d.IndicatorKind.STOCK, 2023)
    assert figures(e.example.replace(e.word, "到"))[0].kind is d.IndicatorKind.TARGET


def check_year_compared_by(e: Entry) -> None:
    # 比2022年增加120人: the year compared with stays in the subject and is not the figure's year
    (found,) = figures(e.example)
    year = e.example.split(e.word)[1][:4]
    assert year in (found.subject or "") and found.year != int(year)
    assert found.kind is d.IndicatorKind.CHANGE


def check_difference(e: Entry) -> None:
    # after a comparison with an earlier time the difference is a change; after a norm, a gap (a stock)
    assert figures(e.example)[-1].kind is d.IndicatorKind.CHANGE
    gap = e.example.replace("上年", "全省平均水平").replace("去年", "全省平均水平").replace("2022年", "全省平均水平")
    assert figures(gap)[-1].kind is d.IndicatorKind.STOCK


def check_compared_with(e: Entry) -> None:
    # 高于2020年的1.2万人: the figure compared with is a stock of that year, no goal and no margin
    compared = figures(e.example)[-1]
    assert (compared.kind, compared.year) == (d.IndicatorKind.STOCK, int(e.example.split(e.word)[1][:4]))
    assert not d.parse(HEAD + e.example + "。").targets


def _opens_its_sentence(text: str) -> bool:
    breaks = Breaks(text)
    first = find_years(text, find_quantities(text), (), 2021, None, breaks.of(SENTENCE_ENDS), text, breaks).all[0]
    return first.topic


def check_year_lead(e: Entry) -> None:
    # the year after the lead opens the sentence and speaks for all of it (a compared value's year for none)
    assert _opens_its_sentence(e.example)
    assert not _opens_its_sentence(e.example.replace(e.word, "乙", 1))
    base = any(b.word == e.word for b in yw.BASE_WORDS)
    assert figures(e.example)[-1].year == (2018 if base else 2019)
    assert figures(e.example.replace(e.word, "乙", 1))[-1].year == 2018


def check_change_column(e: Entry) -> None:
    # a change column takes the year of the column before it
    assert [i.year for i in figures(e.example)][-1] == 2022
    assert [i.year for i in figures(e.example.replace(e.word, "备注"))][-1] != 2022


def check_list_joiner(e: Entry) -> None:
    # the list before 分别为 names two items: the run of digits is two figures ...
    assert [i.text for i in figures(e.example)] == ["13500", "16500"]
    assert not d.parse(HEAD + e.example.replace(e.word, "的", 1) + "。").indicators  # a run not certain to split
    # ... the last item's unit is all of theirs, and a comparative goes on over the list
    points = figures(f"入学率分别提高2.3个、3.9个{e.word}6.1个百分点")
    assert {i.unit for i in points} == {"percentage_point"}
    (_, people) = figures(f"幼儿园规模一般控制在12个班{e.word}360人")
    assert people.quantity.qualifier is d.Qualifier.AT_MOST


def check_since_frame(e: Entry) -> None:
    # the opening word before the year and the closing one later in its clause: no single year; the same
    # sentence with a plain lead and no closing word is of the year
    assert figures(e.example)[-1].year is None
    assert figures(e.example.replace(e.word, "在", 1).replace(e.value, "后"))[-1].year == 2013


def check_year_word_compound(e: Entry) -> None:
    assert figures(e.example)[0].year is None


def check_plan(e: Entry) -> None:
    # what was done is of the measure the plan was set for, without the plan's word
    plan, done = figures(e.example)[:2]
    assert plan.subject == "普惠性幼儿园覆盖率" + e.word
    assert done.subject == "普惠性幼儿园覆盖率实际已完成"


def check_score(e: Entry) -> None:
    # the score of the item its line opens with; a line that is no numbered item has no heading to give
    assert figures(e.example)[-1].subject == "加强党对教育工作的全面领导" + e.word
    assert not (figures(e.example.replace("1.", "", 1))[-1].subject or "").startswith("加强")


def check_named_item_verb(e: Entry) -> None:
    # the names before 等 are dropped for the kind after the figure; the verb the item opens with stays
    assert figures(e.example)[-1].subject == e.word + "学校"


def check_object_marker(e: Entry) -> None:
    # a long stretch: the object after the marker and the thing counted after the figure
    assert (figures(e.example)[0].subject or "").startswith("湖南省申报县")


def check_object_compound(e: Entry) -> None:
    # 对 inside a compound marks no object: the stretch is not cut after it
    after = e.word.split("对")[1]
    assert not (figures(e.example)[0].subject or "").startswith(after + "联系")


def check_project_noun(e: Entry) -> None:
    # the attribute after a count of projects is of the projects it counts
    assert figures(e.example)[-1].subject == "争取教育基建" + e.word + "总投资"


def check_speech(e: Entry) -> None:
    # a colon after a verb of saying opens what was said: no head of a list for the figure after it
    (i,) = figures(e.example)
    assert e.word not in (i.subject or "") and "县" in (i.subject or "")


def check_people_count(e: Entry) -> None:
    assert {i.unit for i in figures(e.example)} == {"人"}
    assert {i.unit for i in figures(e.example.replace(e.word, "数量"))} == {None}


def check_distributive(e: Entry) -> None:
    # every name of the list before the word has the figure: the whole list is the subject, no head's label
    subject = figures(e.example)[-1].subject or ""
    listed = e.example.split(e.word)[0].rsplit(",", 1)[-1].removeprefix("全县")  # (the list before the word)
    assert "、" in listed and listed in subject, subject
    # without the word, the figure is the last name's alone
    assert "、" not in (figures(e.example.replace(e.word, "为"))[-1].subject or "")


def check_linking_end(e: Entry) -> None:
    # the word ties the thing counted to the noun after it: no subject ends with it, the thing counted stays
    first = figures(e.example)[0].subject or ""
    assert first and not first.endswith(e.word) and first in e.example.split(e.word)[0]


def check_joiner_compound(e: Entry) -> None:
    # the word before the figure is no joiner of a list: the subject keeps it
    assert e.word in (figures(e.example)[-1].subject or "")


def check_divide_verb(e: Entry) -> None:
    # the count after the verb names groups: the subject ends with the group, the verb's 分 before it, and holds none
    # of what the groups go on to do (the example's words after the group)
    subject = figures(e.example)[0].subject or ""
    group = subject[-1:]
    assert group in {g.word for g in sw.GROUP_WORDS} and "分" in subject, subject
    rest = e.example[e.example.index(group, e.example.index(e.word)) + 1 :]
    assert not any(rest[k : k + 2] in subject for k in range(len(rest) - 1)), subject


def check_group_word(e: Entry) -> None:
    # a count of these groups after 分 (or of a noun ending with one after 个): the subject ends with the group,
    # after the divide verb
    subject = figures(e.example)[0].subject or ""
    assert subject.endswith(e.word) and "分" in subject[-5:], subject


TABLES: list[tuple[str, tuple[Entry[Any], ...], Callable[[Entry[Any]], None]]] = [
    ("DIVIDE_VERBS", sw.DIVIDE_VERBS, check_divide_verb),
    ("GROUP_WORDS", sw.GROUP_WORDS, check_group_word),
    ("JOINER_COMPOUNDS", sw.JOINER_COMPOUNDS, check_joiner_compound),
    ("ADVERB_ENDS", sw.ADVERB_ENDS, check_tail),
    ("ADVERB_COMPOUNDS", sw.ADVERB_COMPOUNDS, check_whole_word),
    ("DISTRIBUTIVE_WORDS", sw.DISTRIBUTIVE_WORDS, check_distributive),
    ("LINKING_ENDS", sw.LINKING_ENDS, check_linking_end),
    ("LEAD_COMPOUNDS", sw.LEAD_COMPOUNDS, check_whole_word),
    ("DENG_WORDS", sw.DENG_WORDS, check_whole_word),
    ("SUBJECT_LEAD_WORDS", sw.SUBJECT_LEAD_WORDS, check_lead),
    ("HIGHER_SCOPE_LEADS", sw.HIGHER_SCOPE_LEADS, check_higher_scope),
    ("RELATIVE_LEADS", sw.RELATIVE_LEADS, check_relative),
    ("SUBJECT_TAIL_WORDS", sw.SUBJECT_TAIL_WORDS, check_tail),
    ("CHANGE_TO_VERBS", sw.CHANGE_TO_VERBS, check_change_to),
    ("LEVEL_WORDS", sw.LEVEL_WORDS, check_level),
    ("GENERIC_VERBS", sw.GENERIC_VERBS, check_generic),
    ("MONEY_VERBS", sw.MONEY_VERBS, check_money_verb),
    ("UNDERTAKING_VERBS", pf.UNDERTAKING_VERBS, check_undertaking_verb),
    ("UNDERTAKING_ADVERBS", pf.UNDERTAKING_ADVERBS, check_undertaking_adverb),
    ("WORK_NOUNS", pf.WORK_NOUNS, check_work_noun),
    ("PURPOSE_OPENERS", pf.PURPOSE_OPENERS, check_purpose_opener),
    ("WORK_OBJECT_MARKERS", pf.WORK_OBJECT_MARKERS, check_work_object_marker),
    ("CARRY_OUT_VERBS", pf.CARRY_OUT_VERBS, check_carry_out_verb),
    ("TOTAL_HEAD_MARKS", sw.TOTAL_HEAD_MARKS, check_total_head_mark),
    ("ATTRIBUTES_OF_PREVIOUS", sw.ATTRIBUTES_OF_PREVIOUS, check_attribute_of_previous),
    ("ATTRIBUTES_OF_PROJECT", sw.ATTRIBUTES_OF_PROJECT, check_attribute_of_project),
    ("TOPIC_NOUNS", sw.TOPIC_NOUNS, check_topic),
    ("CATEGORY_NOUNS", sw.CATEGORY_NOUNS, check_category),
    ("SCHOOL_ENDINGS", sw.SCHOOL_ENDINGS, check_school_ending),
    ("AMONG_WORDS", sw.AMONG_WORDS, check_among),
    ("RESPECTIVE_HEADS", sw.RESPECTIVE_HEADS, check_respective_head),
    ("RESPECTIVE_LINKS", sw.RESPECTIVE_LINKS, check_respective_link),
    ("STATED_OBJECT_VERBS", sw.STATED_OBJECT_VERBS, check_stated_object_verb),
    ("SPEECH_VERBS", sw.SPEECH_VERBS, check_speech),
    ("NAMED_ITEM_VERBS", sw.NAMED_ITEM_VERBS, check_named_item_verb),
    ("PROJECT_NOUNS", sw.PROJECT_NOUNS, check_project_noun),
    ("OBJECT_MARKERS", sw.OBJECT_MARKERS, check_object_marker),
    ("OBJECT_COMPOUNDS", sw.OBJECT_COMPOUNDS, check_object_compound),
    ("PLAN_ATTRIBUTES", sw.PLAN_ATTRIBUTES, check_plan),
    ("SHARE_VERBS", sw.SHARE_VERBS, check_share),
    ("SCORE_WORDS", sw.SCORE_WORDS, check_score),
    ("TOTAL_WORDS", sw.TOTAL_WORDS, check_total),
    ("LEVEL_LINKS", sw.LEVEL_LINKS, check_level_link),
    ("TOPIC_LEADS", sw.TOPIC_LEADS, check_topic_lead),
    ("HEAD_ENDINGS", sw.HEAD_ENDINGS, check_head_ending),
    ("RATIO_NORM_CUES", v.RATIO_NORM_CUES, check_ratio_norm),
    ("AS_OF_WORDS", yw.AS_OF_WORDS, check_as_of),
    ("COMPARED_WITH", yw.COMPARED_WITH, check_compared_with),
    ("YEAR_LEADS", yw.YEAR_LEADS, check_year_lead),
    ("CHANGE_COLUMNS", yw.CHANGE_COLUMNS, check_change_column),
    ("PEOPLE_COUNT_WORDS", v.PEOPLE_COUNT_WORDS, check_people_count),
    ("LIST_JOINERS", sw.LIST_JOINERS, check_list_joiner),
    ("CONTEXT_QUALIFIERS", v.CONTEXT_QUALIFIERS, check_qualifier),
    ("NEGATING_MODALS", v.NEGATING_MODALS, check_negated),
    ("QUALIFIER_BRIDGES", v.QUALIFIER_BRIDGES, check_bounded),
    ("TAIL_COMPOUNDS", sw.TAIL_COMPOUNDS, check_whole_word),
    ("NORM_CUES", v.NORM_CUES, check_norm),
    ("PER_UNIT_NORM_CUES", v.PER_UNIT_NORM_CUES, check_per_unit_norm),
    ("NORM_QUALIFIERS", v.NORM_QUALIFIERS, check_norm_qualifier),
    ("NORM_NOUNS_AFTER", v.NORM_NOUNS_AFTER, check_norm_after),
    ("NORM_MODIFIERS", v.NORM_MODIFIERS, check_norm_modifier),
    ("PER_STUDENT_CUES", v.PER_STUDENT_CUES, check_per_student),
    ("PER_PERSON_CUES", v.PER_PERSON_CUES, check_per_person),
    ("PEOPLE_NOUNS", v.PEOPLE_NOUNS, check_people),
    ("UNIT_NAMING_WORDS", v.UNIT_NAMING_WORDS, check_unit_naming),
    ("DURATION_UNITS", v.DURATION_UNITS, check_duration),
    ("COMPARISON_WORDS", v.COMPARISON_WORDS, check_change),
    ("YEAR_COMPARED_BY", v.YEAR_COMPARED_BY, check_year_compared_by),
    ("DIFFERENCE_WORDS", v.DIFFERENCE_WORDS, check_difference),
    ("CHANGE_VERBS", v.CHANGE_VERBS, check_change_verb),
    ("TARGET_CUES", v.TARGET_CUES, check_target),
    ("OBTAIN_WORDS", v.OBTAIN_WORDS, check_obtain),
    ("STRIVE_UNTIL", v.STRIVE_UNTIL, check_strive_until),
    ("COMPARED_NORMS", v.COMPARED_NORMS, check_compared_norm),
    ("PLAN_DONE_WORDS", v.PLAN_DONE_WORDS, check_plan_done),
    ("FREQUENCY_WORDS", v.FREQUENCY_WORDS, check_standard),
    ("EACH_WORDS", v.EACH_WORDS, check_standard),
    ("FIGURE_MASKS", v.FIGURE_MASKS, check_mask),
    ("COUNTERS", v.COUNTERS, check_counter),
    ("YEAR_WORDS", yw.YEAR_WORDS, check_year_word),
    ("YEAR_WORD_COMPOUNDS", yw.YEAR_WORD_COMPOUNDS, check_year_word_compound),
    ("SINCE_FRAMES", yw.SINCE_FRAMES, check_since_frame),
    ("SINCE_WORDS", yw.SINCE_WORDS, check_no_year),
    ("DEADLINE_BEFORE", yw.DEADLINE_BEFORE, check_deadline),
    ("DEADLINE_AFTER", yw.DEADLINE_AFTER, check_deadline),
    ("BASE_WORDS", yw.BASE_WORDS, check_base),
    ("BASE_WORD_NOUNS", yw.BASE_WORD_NOUNS, check_base_noun),
    ("PRESENT_WORDS", yw.PRESENT_WORDS, check_no_year),
    ("NEGATION_WORDS", yw.NEGATION_WORDS, check_negation),
]
CASES = [(name, e, check) for name, table, check in TABLES for e in table]


@pytest.mark.parametrize(("table", "entry", "check"), CASES, ids=[f"{n}:{e.word}" for n, e, _ in CASES])
def test_vocabulary_entry_does_its_job(table: str, entry: Entry, check: Callable[[Entry], None]) -> None:
    assert entry.word in entry.example, f"{table}: the example must show the word"
    check(entry)


@pytest.mark.parametrize("entry", v.TARGET_DEADLINES, ids=[e.example for e in v.TARGET_DEADLINES])
def test_target_deadline_examples(entry: PatternEntry) -> None:
    assert figures(entry.example)[-1].kind is d.IndicatorKind.TARGET
    assert _TARGET_CUE.search(entry.example)
    for as_of in (e.word for e in yw.AS_OF_WORDS):  # 截至2025年, 截止到2025年: as of a date, no deadline
        if entry.example.startswith(as_of[-1]):
            assert not _TARGET_CUE.search(as_of[:-1] + entry.example)


@pytest.mark.parametrize("entry", v.TARGET_DEADLINES, ids=[e.example for e in v.TARGET_DEADLINES])
def test_target_deadline_opens_with_a_character(entry: PatternEntry) -> None:
    # the stage's one pattern of goal words and deadlines is searched for by the characters its branches open
    # with: a deadline opens with a plain character (its look-behind on an as-of word stands after it)
    assert entry.pattern[0] not in "\\()[]{}.?*+|^$", entry.pattern
    assert _TARGET_CUE.match(entry.example) is not None


@pytest.mark.parametrize("entry", yw.RECENT_SPANS, ids=[e.example for e in yw.RECENT_SPANS])
def test_recent_span_examples(entry: PatternEntry) -> None:
    # a span of recent years gives no single year; the paragraph's year stands where it is not
    span = regex.search(entry.pattern, entry.example)
    assert span is not None and all(w in span.group() for w in entry.holds)
    assert figures(entry.example)[-1].year is None
    assert figures(entry.example.replace(span.group(), "全县"))[-1].year == 2020


# A region's standing facts (realworld's gold leaves a county's divisions, land and population undated): each
# example's last figure takes no year from its paragraph, and takes it once the word is another.
_STANDING = [
    *((e, "有") for e in yw.STANDING_HOLDERS),
    *((e, "学校") for e in yw.STANDING_DIVISIONS),
    *((e, "在校学生" if e.value == "whole" else "校舍面积" if e.word.endswith("面积") else "出生人口")
      for e in yw.STANDING_MEASURES),
    *((e, "平方米") for e in yw.STANDING_UNITS),
]


@pytest.mark.parametrize(("entry", "other"), _STANDING, ids=[e.word for e, _ in _STANDING])
def test_standing_fact_examples(entry: Entry[str], other: str) -> None:
    assert figures(entry.example)[-1].year is None
    assert figures(entry.example.replace(entry.word, other))[-1].year == 2022
    # its own sentence's year still dates it
    dated = entry.example.replace("。全县", "。2021年末,全县")
    assert dated != entry.example and figures(dated)[-1].year == 2021


_TABLES_WITH_WORDS = [t for _, t, _ in TABLES if t]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_every_spelling_of_a_table_word_is_read(data: st.DataObject) -> None:
    # a word written with any mix of simplified and traditional forms is read by its table's pattern as the word
    table = data.draw(st.sampled_from(_TABLES_WITH_WORDS))
    word = data.draw(st.sampled_from([e.word for e in table]))
    spelled = "".join(data.draw(st.sampled_from(forms(c))) for c in word)
    assert fold(spelled) == fold(word) and len(spelled) == len(word)
    assert regex.fullmatch(f"(?:{alternation(table)})", spelled)
    assert spelled in spellings(word)
    # the longest word of the table at a place is the one read (as an alternation longest first reads it)
    longest = max((e.word for e in table if e.word.startswith(word)), key=len)
    found = regex.match(f"(?:{alternation(table)})", spellings(longest)[-1])
    assert found is not None and len(found.group()) == len(longest)


@pytest.mark.parametrize("entry", yw.MASKED_YEARS, ids=[e.example for e in yw.MASKED_YEARS])
def test_masked_year_examples(entry: PatternEntry) -> None:
    # the pattern reads the example's masked year, and no subject of the example's figures holds it
    year = regex.match(entry.pattern + "年", entry.example)
    assert year is not None
    assert all(year.group() not in s for s in subjects(entry.example))
    assert all(s for s in subjects(entry.example))


# Fixture set 5 and a real report's wording (our own sentences): 争取 is a goal (争取覆盖率达到95%) only where it
# strives; where it obtains money or projects (争取上级资金, 先后争取…项目) the figure is what was obtained. A
# deadline in full-width digits is one.
EXAMPLES_FIXTURES5_KINDS = [
    ("strives", "全县争取普惠性幼儿园覆盖率达到95%。", "TARGET"),
    ("strives_for_a_date", "全县争取2022年建成学校3所。", "TARGET"),
    ("obtains_higher_funds", "全县争取上级资金3200万元。", "STOCK"),
    ("obtains_central_and_provincial_funds", "全年争取中央和省级教育转移支付资金超过18亿元。", "STOCK"),
    ("obtained_projects", "2011年以来，先后争取校安工程等教育基建项目97个。", "STOCK"),
    ("obtained_in_all", "全县累计争取专项资金1.2亿元。", "STOCK"),
    ("obtains_in_traditional", "全縣爭取上級資金3200萬元。", "STOCK"),
    ("strives_in_traditional", "全縣爭取普惠性幼兒園覆蓋率達到95%。", "TARGET"),
    ("a_programme_recruits", "2023年通过特岗计划招聘教师120名。", "STOCK"),
    ("full_width_deadline", "到２０２５年，全县学前教育毛入园率达到95%。", "TARGET"),
    ("full_width_year_end", "２０２５年底前新建小学2所。", "TARGET"),
    ("reports_how_it_went", "现将完成情况报告如下：全县新建小学2所。", "STOCK"),
    # a review: a plan's figure makes no target of the figures reached after it in the sentence; 按时 is no norm
    ("reached_after_a_plan", "去年计划安排资金3,000万元，实际到位2,800万元。", "STOCK"),
    ("built_as_planned", "2022年全县将新建的3所幼儿园已全部建成投用。", "STOCK"),
    ("on_time_is_no_norm", "全县按时足额发放教师工资，2023年生均一般公共预算教育经费达到12,000元。", "STOCK"),
    # a plan section's level figures are goals, 争取 or not (a review; the targets list reads goal words alone)
    ("obtaining_is_planned", "二、下一步工作打算\n积极争取上级项目资金1.5亿元，新建公办幼儿园3所。", "TARGET"),
    ("a_range_of_rates", "生均公用经费小学每生每年xxx元至600元，初中按标准拨付。", "STANDARD"),
    ("a_rate_written_as_one", "2017年起，小学从630元/生/年提高到1000元/生/年。", "STANDARD"),
    ("as_required_is_no_norm", "按照上级要求，全县小学生均一般公共预算教育经费达到12,000元。", "STOCK"),
]


@pytest.mark.parametrize(("passage", "kind"), [c[1:] for c in EXAMPLES_FIXTURES5_KINDS],
                         ids=[c[0] for c in EXAMPLES_FIXTURES5_KINDS])
def test_goal_words_that_obtain_and_plan_verbs(passage: str, kind: str) -> None:
    assert figures(passage)[-1].kind is d.IndicatorKind[kind]
