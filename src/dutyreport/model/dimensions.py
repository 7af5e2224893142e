"""What a keyed indicator is broken down by: school level, public or private, urban or rural.

An indicator whose subject names one of the measures in :mod:`dutyreport.lang.measures` carries
that measure's key (:attr:`Indicator.key <dutyreport.model.report.Indicator.key>`) and the
dimensions its subject states. A dimension the subject does not state is ``None``: unknown,
never guessed.
"""

from __future__ import annotations

import enum

from attrs import frozen

from .grounded import fields_repr

__all__ = ["Area", "Dimensions", "SchoolLevel", "Sector"]


class SchoolLevel(enum.Enum):
    """The school level a figure is stated for (``义务教育`` covers 小学 and 初中 together)."""

    PRESCHOOL = "幼儿园"
    PRIMARY = "小学"
    JUNIOR_SECONDARY = "初中"
    COMPULSORY = "义务教育"
    SENIOR_SECONDARY = "普通高中"
    VOCATIONAL = "中职"
    SPECIAL = "特殊教育"


class Sector(enum.Enum):
    """Who runs the schools a figure is stated for."""

    PUBLIC = "public"  # 公办
    PRIVATE = "private"  # 民办


class Area(enum.Enum):
    """Where the schools a figure is stated for stand."""

    URBAN = "urban"  # 城区, 城镇
    RURAL = "rural"  # 农村, 乡村


@frozen(kw_only=True, repr=False)
class Dimensions:
    """The breakdown a keyed indicator's subject states; ``None`` where it states none."""

    level: SchoolLevel | None = None
    sector: Sector | None = None
    area: Area | None = None

    def __repr__(self) -> str:
        return fields_repr(self)  # (``Dimensions(level='小学')``; none stated: ``Dimensions()``)
