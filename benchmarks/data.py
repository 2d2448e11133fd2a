"""The benchmark data set: a team database with 100,000 synthetic cases, built once and
kept in benchmarks/out/ (it takes about a minute and a half to build)."""

from __future__ import annotations

import os
import time
from pathlib import Path

from expertteam_app.domain.enums import Role
from expertteam_app.services import demo
from expertteam_app.services import team as team_service
from expertteam_app.store.vault import slot_file_for

OUT = Path(__file__).with_name("out")
CASES = int(os.environ.get("EXPERTTEAM_BENCH_CASES", "100000"))
MEMBER = "Demo Coördinator"
PASSPHRASE = demo.DEMO_PASSPHRASE
ROLE = Role.COORDINATOR


def big_database(n: int = CASES) -> Path:
    OUT.mkdir(exist_ok=True)
    path = OUT / f"bench-{n}.etdb"
    if path.exists() and slot_file_for(path).exists():
        return path
    for stale in OUT.glob(f"bench-{n}.etdb*"):
        stale.unlink()
    started = time.perf_counter()
    created = demo.create_demo_database(path, cases=0)
    team = team_service.unlock(path, MEMBER, PASSPHRASE)
    try:
        for start in range(0, n, 10_000):
            demo.add_demo_cases(team, min(10_000, n - start), seed=start + 1)
    finally:
        team.close()
    print(f"  (built {n:,} cases in {time.perf_counter() - started:.0f} s: {created.path})")
    return path
