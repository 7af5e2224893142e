"""Time dutyreport's numeral readers against cn2an on the same strings, and check they agree.

    .venv/bin/python benchmarks/bench_numbers.py

Two sets of 10,000 distinct strings, built from a fixed seed:
- pure Chinese numerals, ``cn2an.an2cn`` of integers spread over 1 to 16 digits;
- mixed forms as reports write them: ``8.3861亿``, ``1.5万``, ``300余万``, ``4万800``.

Each reader sees each string once (no warm-up on the same strings, so no cache helps).
Agreement is counted wherever cn2an answers; cn2an's float answers are compared after
rounding ours to the digits a float can hold.
"""

from __future__ import annotations

import contextlib
import random
import sys
import time
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

import cn2an

from dutyreport import parse_number, parse_quantity

N = 10_000


def pure_chinese(rng: random.Random) -> list[str]:
    seen: set[str] = set()
    while len(seen) < N:
        digits = rng.randint(1, 16)
        seen.add(cn2an.an2cn(rng.randint(10 ** (digits - 1) if digits > 1 else 0, 10**digits - 1)))
    return sorted(seen, key=lambda s: rng.random())


def mixed_forms(rng: random.Random) -> list[str]:
    seen: set[str] = set()
    while len(seen) < N:
        shape = rng.randrange(4)
        if shape == 0:  # 8.3861亿, 1.5万
            value = Decimal(rng.randint(1, 99_999_999)).scaleb(-rng.randint(0, 4))
            seen.add(f"{value}{rng.choice('万亿')}")
        elif shape == 1:  # 300余万
            seen.add(f"{rng.randint(1, 9999)}{rng.choice('余多')}{rng.choice('万亿')}")
        elif shape == 2:  # 4万800, 1亿2千万
            seen.add(f"{rng.randint(1, 9999)}万{rng.randint(100, 9999)}")
        else:
            seen.add(f"{rng.randint(1, 99)}亿{rng.randint(1, 9)}千万")
    return sorted(seen, key=lambda s: rng.random())


def rate(fn: Callable[[str], object], strings: Sequence[str]) -> float:
    start = time.perf_counter()
    for s in strings:
        with contextlib.suppress(ValueError):
            fn(s)
    return len(strings) / (time.perf_counter() - start)


def cn2an_smart(s: str) -> object:
    return cn2an.cn2an(s, "smart")


def disagreements(strings: Sequence[str]) -> tuple[int, int]:
    answered = differ = 0
    for s in strings:
        try:
            theirs = cn2an.cn2an(s, "smart")
        except (ValueError, KeyError):
            continue
        answered += 1
        ours = parse_number(s)
        if isinstance(theirs, float):
            # A float holds about 15 significant digits; compare at that precision.
            same = abs(ours - Decimal(str(theirs))) <= abs(ours) * Decimal("1e-15")
        else:
            same = ours == theirs
        differ += not same
    return answered, differ


def main() -> None:
    rng = random.Random(20240501)
    sets = {"pure Chinese": pure_chinese(rng), "mixed forms": mixed_forms(rng)}
    print(f"{'set':14s} {'reader':16s} {'calls/s':>12s} {'cn2an calls/s':>14s} {'ratio':>7s}")
    for label, strings in sets.items():
        theirs = rate(cn2an_smart, strings)
        for name, fn in (("parse_number", parse_number), ("parse_quantity", parse_quantity)):
            ours = rate(fn, strings)
            print(f"{label:14s} {name:16s} {ours:12,.0f} {theirs:14,.0f} {ours / theirs:6.2f}x")
    for label, strings in sets.items():
        answered, differ = disagreements(strings)
        print(f"{label}: cn2an answered {answered}/{len(strings)}, disagreements {differ}")


if __name__ == "__main__":
    main()
