"""dutyreport: typed, grounded data from Chinese education-duty reports (履行教育职责报告)."""

from .errors import (
    DecodeError,
    DutyReportError,
    EmptyInputError,
    InputError,
    MoneyError,
    NumeralError,
    PercentError,
    QuantityError,
    RatioError,
)
from .normalize import parse_money, parse_percent, parse_quantity, parse_ratio
from .numerals import parse_number
from .quantities import Count, Money, Percent, PerUnit, Qualifier, Quantity, Range, Ratio

__all__ = [
    "Count",
    "DecodeError",
    "DutyReportError",
    "EmptyInputError",
    "InputError",
    "Money",
    "MoneyError",
    "NumeralError",
    "PerUnit",
    "Percent",
    "PercentError",
    "Qualifier",
    "Quantity",
    "QuantityError",
    "Range",
    "Ratio",
    "RatioError",
    "parse_money",
    "parse_number",
    "parse_percent",
    "parse_quantity",
    "parse_ratio",
]
