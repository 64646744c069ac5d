"""Benchmark: the sensitivity analysis (rank intervals) for many sites.

Builds graded components for N synthetic sites (seeded; one part in ten missing) and
times ``rank_intervals`` with the draws configured in ``checks/scoring.yaml``. A
script, not a test:

    .venv/bin/python benchmarks/bench_ranking.py --sites 20 100 500 1000
"""

from __future__ import annotations

import argparse
import random
import time

from barrieraudit.evaluate.catalogue import load_catalogue
from barrieraudit.score import rank_intervals


def synthetic_components(scoring: dict, count: int, seed: int = 1) -> dict:
    draw = random.Random(seed)
    return {f"site{i}": {d: {name: None if draw.random() < 0.1 else round(draw.random(), 4) for name in parts}
                         for d, parts in scoring["dimensions"].items()}
            for i in range(count)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, nargs="+", default=[20, 100, 500, 1000])
    args = parser.parse_args()
    scoring = load_catalogue().scoring
    print(f"draws: {scoring['sensitivity']['draws']}")
    for count in args.sites:
        components = synthetic_components(scoring, count)
        start = time.perf_counter()
        intervals = rank_intervals(components, scoring)
        elapsed = time.perf_counter() - start
        widths = [b - a for a, b in filter(None, intervals.values())]
        print(f"{count:5d} sites: {elapsed:6.2f} s; median rank interval width {sorted(widths)[len(widths) // 2]}")


if __name__ == "__main__":
    main()
