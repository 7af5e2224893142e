"""Every entry of lang.findings read back by the findings stage (tests/findings/test_findings.py holds each pattern
to its example; here the report the example stands in is parsed)."""

from __future__ import annotations

import pytest
import regex

import dutyreport as d
from dutyreport.lang import findings as f
from dutyreport.lang.entry import Entry as WordEntry
from dutyreport.lang.entry import PatternEntry
from dutyreport.lang.headings import PLAN_HEADING_WORDS
from dutyreport.model.report import Comparator, Status

SELF = "某县自查报告\n一、基本情况\n全县有学校20所。\n"
RECTIFYING = "某县整改报告\n一、整改落实情况\n"


def _heading(example: str) -> str:
    """The heading of an example without its number (一、 … 六、): the test numbers it in turn."""
    return example.split("、", 1)[-1]


@pytest.mark.parametrize("entry", f.PROBLEM_HEADINGS, ids=[e.example for e in f.PROBLEM_HEADINGS])
def test_problem_heading_examples(entry: PatternEntry) -> None:
    body = "(一)城区学位供给不足\n学位缺口较大。\n"
    report = d.parse(f"{SELF}二、{_heading(entry.example)}\n{body}")
    assert [p.text for p in report.problems] == ["城区学位供给不足"]
    assert not d.parse(f"{SELF}二、工作亮点\n{body}").problems


# (the headings of a plan are the sections' table, read by the figure kinds too)
@pytest.mark.parametrize("entry", PLAN_HEADING_WORDS, ids=[e.example for e in PLAN_HEADING_WORDS])
def test_plan_heading_examples(entry: WordEntry[str]) -> None:
    body = "(一)新建城区学校\n加快建设。\n"
    assert d.parse(f"{SELF}二、{_heading(entry.example)}\n{body}").plans
    assert not d.parse(f"{SELF}二、工作亮点\n{body}").plans


@pytest.mark.parametrize(
    "entry", f.RECTIFICATION_PART_HEADINGS, ids=[e.example for e in f.RECTIFICATION_PART_HEADINGS]
)
def test_rectification_part_heading_examples(entry: PatternEntry) -> None:
    # the sections under such a heading are rectification blocks (without 关于“…”问题 headings)
    body = "(一)学位紧张\n1.新建学校一所。\n"
    head = "某县报告\n一、基本情况\n全县有学校20所。\n二、"
    assert [x.problem.text for x in d.parse(f"{head}{_heading(entry.example)}\n{body}").rectifications] == ["学位紧张"]
    assert not d.parse(f"{head}工作亮点\n{body}").rectifications


def test_problem_block_example() -> None:
    m = regex.match(f.PROBLEM_BLOCK.pattern, f.PROBLEM_BLOCK.example)
    assert m is not None
    (x,) = d.parse(f"{RECTIFYING}（一）{f.PROBLEM_BLOCK.example}\n1.新建学校一所。\n").rectifications
    assert x.problem.text == m.group("p")


@pytest.mark.parametrize("entry", f.ADMISSIONS, ids=[e.example for e in f.ADMISSIONS])
def test_admission_examples(entry: PatternEntry) -> None:
    m = regex.search(entry.pattern, entry.example)
    assert m is not None
    problems = [(p.text, p.source) for p in d.parse(f"{SELF}{entry.example}。\n").problems]
    if m.groupdict().get("series"):  # a list whose items are separated by 、 (the example joins none by a word)
        assert problems == [(x, "inline") for x in m.group("series").split("、")]
        return
    admitted = m.group("list") if "list" in m.groupdict() and m.group("list") else m.group("one")
    assert problems == [(admitted.strip("，,、 "), "inline")]


def test_answered_problem_example() -> None:
    # each problem the example answers is the problem of a rectification, the clauses after it its measures
    example = f.ANSWERED_PROBLEM.example
    found = [m.group("q") or m.group("p") for m in regex.finditer(f.ANSWERED_PROBLEM.pattern, example)]
    assert len(found) >= 2
    report = d.parse(f"{RECTIFYING}{f.ANSWERED_PROBLEM.example}\n")
    assert [x.problem.text for x in report.rectifications] == found
    assert all(x.measures for x in report.rectifications)
    assert [p.text for p in report.problems] == found


@pytest.mark.parametrize("entry", f.PROBLEM_REFERENCES, ids=[e.word for e in f.PROBLEM_REFERENCES])
def test_problem_reference_examples(entry: WordEntry[str]) -> None:
    # the example's 针对X的问题 refers to problems named elsewhere: no problem, with a series around it or not
    m = regex.search(f.ANSWERED_PROBLEM.pattern, entry.example)
    assert m is not None and entry.word in m.group("p")
    series = f"{RECTIFYING}{entry.example}。{f.ANSWERED_PROBLEM.example}\n"
    assert entry.word not in "".join(x.problem.text for x in d.parse(series).rectifications)
    assert not d.parse(f"{RECTIFYING}{entry.example}。{entry.example}。\n").rectifications


def test_problem_list_cue_example() -> None:
    # the items the cue announces are the problems, each to its clause's end
    cue = regex.search(f.PROBLEM_LIST_CUE.pattern, f.PROBLEM_LIST_CUE.example)
    assert cue is not None
    problems = [p.text for p in d.parse(f"{SELF}{f.PROBLEM_LIST_CUE.example}\n").problems]
    assert problems == ["功能室不足", "运动场地狭小"]
    # without the cue a numbered run inside a paragraph is no list of problems
    bare = f.PROBLEM_LIST_CUE.example.replace(cue.group(), "：")
    assert [p.text for p in d.parse(f"{SELF}{bare}\n").problems] == []


def _problems_in(clause: str) -> list[str]:
    return [p.text for p in d.parse(f"{SELF}{clause}。\n").problems]


def _without(entry: PatternEntry) -> str:
    """The example with the entry's words put out of it, one filler character for each."""
    m = regex.search(entry.pattern, entry.example)
    assert m is not None
    return entry.example[: m.start()] + "乙" * (m.end() - m.start()) + entry.example[m.end() :]


@pytest.mark.parametrize("entry", f.NEGATIONS, ids=[e.example for e in f.NEGATIONS])
def test_negation_examples(entry: PatternEntry) -> None:
    # a clause that denies its problem admits nothing; without the denial it admits the problem
    assert _problems_in(entry.example) == []
    assert len(_problems_in(_without(entry))) == 1


@pytest.mark.parametrize("entry", f.ADDRESSED_LEADS, ids=[e.example for e in f.ADDRESSED_LEADS])
def test_addressed_lead_examples(entry: PatternEntry) -> None:
    # a clause naming what a measure is aimed at admits nothing; the same words as a clause of their own do
    assert _problems_in(entry.example) == []
    m = regex.match(entry.pattern, entry.example)
    assert m is not None
    assert len(_problems_in(entry.example[m.end() :])) == 1


@pytest.mark.parametrize("entry", f.SOLVING_VERBS, ids=[e.example for e in f.SOLVING_VERBS])
def test_solving_verb_examples(entry: PatternEntry) -> None:
    # the list a solving verb announces holds no problems; the same list announced without it does
    items = "1、功能室不足；2、运动场地狭小。"
    assert regex.search(f.PROBLEM_LIST_CUE.pattern, entry.example)
    assert [p.text for p in d.parse(f"{SELF}{entry.example}{items}\n").problems] == []
    assert [p.text for p in d.parse(f"{SELF}{_without(entry)}{items}\n").problems] == ["功能室不足", "运动场地狭小"]


@pytest.mark.parametrize("entry", f.LAG_WORDS, ids=[e.word for e in f.LAG_WORDS])
def test_lag_word_examples(entry: WordEntry[str]) -> None:
    # the example is one finding stated as a clause, read to its word; the word is one the admission holds
    assert entry.example.endswith(entry.word) and any(entry.word in e.holds for e in f.ADMISSIONS)
    assert _problems_in(entry.example) == [entry.example]
    # the same clause ending short of the word's last character admits nothing
    assert _problems_in(entry.example[:-1]) == []


@pytest.mark.parametrize("entry", f.ANNOUNCED_ITEM_MARKS, ids=[e.example for e in f.ANNOUNCED_ITEM_MARKS])
def test_announced_item_mark_examples(entry: PatternEntry) -> None:
    marks = list(regex.finditer(entry.pattern, entry.example))
    assert [m.group("n") for m in marks][:1] in (["1"], ["一"])
    problems = [p.text for p in d.parse(f"{SELF}全县还存在以下问题：{entry.example}\n").problems]
    assert problems == ["功能室不足", "运动场地狭小"]


def test_item_lead_example() -> None:
    # the words that open an admitted item are no part of the problem
    lead = regex.match(f.ITEM_LEADS.pattern, f.ITEM_LEADS.example)
    assert lead is not None

    def problems(admitted: str) -> list[str]:
        return [p.text for p in d.parse(f"{SELF}全县还存在{admitted}、师资紧缺等问题。").problems]

    (problem,) = problems(f.ITEM_LEADS.example)
    assert problem.startswith(f.ITEM_LEADS.example[lead.end() :])
    (problem,) = problems("乙" * lead.end() + f.ITEM_LEADS.example[lead.end() :])
    assert problem.startswith("乙")


@pytest.mark.parametrize("entry", f.INLINE_MARKERS, ids=[e.example for e in f.INLINE_MARKERS])
def test_inline_marker_examples(entry: PatternEntry) -> None:
    # the markers alone part the items (a comma between them does not)
    def problems(admitted: str) -> list[str]:
        return [p.text for p in d.parse(f"{SELF}二、存在的问题\n{admitted}。\n").problems]

    listed = entry.example.replace("；", "，")
    assert problems(listed) == [s.strip("，") for s in regex.split(entry.pattern, listed) if s]
    assert len(problems(regex.sub(entry.pattern, "", listed))) == 1


def test_problem_label_example() -> None:
    label = regex.search(f.PROBLEM_LABEL.pattern, f.PROBLEM_LABEL.example)
    assert label is not None
    text = f"{RECTIFYING}{f.PROBLEM_LABEL.example}\n整改时限：2024年底\n"
    (x,) = d.parse(text).rectifications
    assert x.problem.text == f.PROBLEM_LABEL.example[label.end() :].rstrip("。")


def test_problem_heading_label_example() -> None:
    # a block numbered in the outline and headed by the label alone: the problem is the text after the colon
    example = f.PROBLEM_HEADING_LABEL.example
    label = regex.search(f.PROBLEM_HEADING_LABEL.pattern, example)
    assert label is not None
    (x,) = d.parse(f"{RECTIFYING}{example}\n整改措施：新建学校两所。\n").rectifications
    assert x.problem.text == example[label.end() :].rstrip("。")
    assert [m.heading for m in x.measures] == ["新建学校两所"]


@pytest.mark.parametrize(("entry", "field"), f.FIELD_LABELS, ids=[field for _, field in f.FIELD_LABELS])
def test_field_label_examples(entry: PatternEntry, field: str) -> None:
    # the labelled line makes the problem line before it a rectification, and fills its field
    (x,) = d.parse(f"{RECTIFYING}问题1：学位紧张。\n{entry.example}\n").rectifications
    label, value = entry.example.split("：", 1)
    read: dict[str, object] = {
        "deadline": x.deadline and x.deadline.text,
        "responsible": x.responsible and x.responsible.text,
        "measures": [m.heading for m in x.measures] and x.measures[0].heading,
        "status": x.status and "status",
    }
    if field == "target":  # a goal with a figure becomes the rectification's target
        (x,) = d.parse(f"{RECTIFYING}问题1：学位紧张。\n{label}：2024年底前大班额比例降至5%以下\n").rectifications
        assert [t.deadline and t.deadline.year for t in x.targets] == [2024]
    elif field == "status":
        assert read[field] == "status"
    else:
        assert read[field] == value
    assert not d.parse(f"{RECTIFYING}问题1：学位紧张。\n其他说明：{value}\n").rectifications


def test_measure_lead_example() -> None:
    (x,) = d.parse(f"{RECTIFYING}问题1：学位紧张。\n{f.MEASURE_LEADS.example}\n").rectifications
    lead = regex.search(f.MEASURE_LEADS.pattern, f.MEASURE_LEADS.example)
    assert lead is not None
    first = f.MEASURE_LEADS.example[lead.end() :].removeprefix("一是").split("。")[0]
    assert x.measures and x.measures[0].heading == first


@pytest.mark.parametrize(("entry", "status"), f.STATUS_WORDS, ids=[s.value for _, s in f.STATUS_WORDS])
def test_status_word_examples(entry: PatternEntry, status: Status) -> None:
    block = f"{RECTIFYING}(一)关于“学位紧张”问题\n1.新建学校一所。"
    (x,) = d.parse(f"{block}{entry.example}。\n").rectifications
    assert x.status is status


@pytest.mark.parametrize(("entry", "comparator"), f.COMPARATOR_WORDS, ids=[e.example for e, _ in f.COMPARATOR_WORDS])
def test_comparator_word_examples(entry: PatternEntry, comparator: Comparator) -> None:
    (t,) = d.parse(f"{SELF}力争到2025年,{entry.example}。\n").targets
    assert t.comparator is comparator


def test_target_cue_example() -> None:
    (t,) = d.parse(f"{SELF}{f.TARGET_CUES.example}。\n").targets
    assert t.text == f.TARGET_CUES.example
    assert not d.parse(f"{SELF}{f.TARGET_CUES.example.replace('计划', '已', 1)}。\n").targets


def test_deadline_example() -> None:
    m = regex.search(f.DEADLINES.pattern, f.DEADLINES.example)
    assert m is not None
    (t,) = d.parse(f"{SELF}{f.DEADLINES.example},全县学前教育毛入园率达到95%。\n").targets
    assert t.deadline is not None and t.deadline.year == int(m.group("y"))


@pytest.mark.parametrize("entry", f.GOAL_DEADLINE_WORDS, ids=[e.example for e in f.GOAL_DEADLINE_WORDS])
def test_goal_deadline_word_examples(entry: PatternEntry) -> None:
    word = entry.pattern
    m = regex.search(f.DEADLINES.pattern, entry.example)
    assert m is not None and word in (m.group("pre") or "") + (m.group("post") or "")[-1:]
    (t,) = d.parse(f"{SELF}{entry.example},全县小学入学率达到99%。\n").targets
    assert t.deadline is not None and t.deadline.year == int(m.group("y"))
    # without the word the year opens no goal
    assert not d.parse(f"{SELF}{entry.example.replace(word, '', 1)},全县小学入学率达到99%。\n").targets
