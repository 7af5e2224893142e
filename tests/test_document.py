"""The Document's layers: each ``with_…`` makes what ``attrs.evolve`` makes (it spells the copy itself for speed)."""

from __future__ import annotations

import attrs

from dutyreport.document import Document, SectionIndex
from dutyreport.model.report import Section
from dutyreport.pipeline import document

TEXT = "清河区教育工作自查报告\n一、基本情况\n2023年,全区新建学校6所。\n二、存在问题\n一是经费不足。"


def _same(a: Document, b: Document) -> None:
    for f in attrs.fields(Document):
        x, y = getattr(a, f.name), getattr(b, f.name)
        if f.eq:
            assert x == y, f.name
        elif f.name in ("breaks", "folding"):
            assert x is y, f.name  # (shared by every Document of a parse)
        else:
            assert type(x) is type(y), f.name


def test_layers_are_what_evolve_makes() -> None:
    full = document(TEXT)
    assert full.metadata is not None
    start = Document.of(TEXT)
    steps = [
        (start.with_noise(full.noise), attrs.evolve(start, noise=full.noise, noise_index=full.noise_index)),
        (start.with_doc_numbers(full.doc_numbers), attrs.evolve(start, doc_numbers=full.doc_numbers)),
        (start.with_corruptions(full.corruptions), attrs.evolve(start, corruptions=full.corruptions)),
        (start.with_sections(full.sections), attrs.evolve(start, sections=full.sections)),
        (start.with_metadata(full.metadata), attrs.evolve(start, metadata=full.metadata, years=full.metadata.years)),
        (start.with_tables(full.tables), attrs.evolve(start, tables=full.tables)),
    ]
    for made, evolved in steps:
        _same(made, evolved)
    assert start.with_sections(full.sections).section_index.every == full.section_index.every
    assert start.with_noise(full.noise).noise_index.spans == full.noise_index.spans
    assert full.sections and start.sections == ()  # (a layer makes a new Document; the one before is unchanged)


def test_a_document_before_any_stage_is_empty() -> None:
    doc = Document.of(TEXT)
    assert doc.noise_index.spans == [] and not doc.in_noise(0)
    assert doc.section_index.every == () and doc.section_index.path(3) == ()
    assert doc.breaks.of("\n") == [i for i, c in enumerate(TEXT) if c == "\n"]
    assert doc.breaks.of("。\n") is doc.breaks.of("。\n") and doc.breaks.of("\n。") == doc.breaks.of("。\n")


NESTED = (
    "东林县教育工作自评报告\n前言部分，说明来由。\n一、总体情况\n开头一句。\n（一）办学条件\n新建校舍两栋。\n"
    "（二）师资队伍\n招聘教师若干。\n二、主要问题\n经费偏紧。\n（一）投入\n缺口较大。\n三、下一步打算\n继续努力。\n附：署名"
)


def _walked_path(sections: tuple[Section, ...], pos: int) -> tuple[int, ...]:
    """The child indexes down to the deepest section holding ``pos``, found by a walk of every level."""
    path: list[int] = []
    level = sections
    while True:
        inside = [i for i, s in enumerate(level) if s.start <= pos < s.end]
        if not inside:
            return tuple(path)
        path.append(inside[0])
        level = level[inside[0]].children


def test_section_path_is_the_walked_path_in_any_order() -> None:
    doc = document(NESTED)
    assert any(s.children for s in doc.sections)
    positions = list(range(len(NESTED) + 2))
    orders = [positions, positions[::-1], positions[::3] + positions[1::3] + positions[2::3]]
    for order in orders:
        index = SectionIndex(doc.sections)  # (a fresh index: what it keeps of the last answer starts empty)
        for pos in order:
            assert index.path(pos) == _walked_path(doc.sections, pos), pos
