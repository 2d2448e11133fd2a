"""Small timing helpers: medians of repeated runs, in milliseconds."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    target: str
    note: str = ""

    def row(self) -> str:
        shown = f"{self.value:,.1f} {self.unit}" if self.unit != "x" else f"{self.value:.2f}x"
        return f"{self.name:<46} {shown:>14}   {self.target:<12} {self.note}"


def median_ms(run: Callable[[], object], repeat: int = 15, warmup: int = 2) -> float:
    for _ in range(warmup):
        run()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def once_ms(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return (time.perf_counter() - start) * 1000


def print_table(title: str, figures: list[Figure]) -> None:
    print(f"\n{title}")
    print(f"{'measure':<46} {'figure':>14}   {'target':<12} note")
    print("-" * 96)
    for figure in figures:
        print(figure.row())
