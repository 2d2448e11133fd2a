"""`make bench`: every benchmark, printed as a table of figures against the targets."""

from __future__ import annotations

import os
import platform
import sys

from benchmarks import (
    bench_learning,
    bench_monitoring,
    bench_monitoring_report,
    bench_store,
    bench_worklist,
)
from benchmarks.timing import print_table


def main() -> int:
    print(
        f"Expertteam benchmarks — Python {platform.python_version()}, {os.cpu_count()} cores, "
        f"{platform.system()} {platform.machine()}"
    )
    which = set(sys.argv[1:]) or {"store", "worklist", "monitoring", "report", "learning", "ui"}
    if "store" in which:
        print_table("Store, case register and import (100,000 cases)", bench_store.run())
    if "worklist" in which:
        print_table(
            "Work list (100,000 cases with advice, follow-up and funding)", bench_worklist.run()
        )
    if "monitoring" in which:
        print_table(
            "Monitoring indicators (100,000 cases with advice, follow-up and funding)",
            bench_monitoring.run(),
        )
    if "report" in which:
        print_table(
            "Monitoring report for the region (100,000 cases)", bench_monitoring_report.run()
        )
    if "learning" in which:
        print_table(
            f"Learning table ({bench_learning.CASES} cases, deduce loaded)", bench_learning.run()
        )
    if "ui" in which:
        try:
            from benchmarks import bench_ui
        except ImportError:
            pass
        else:
            print_table("Desktop application", bench_ui.run())
    return 0


if __name__ == "__main__":
    sys.exit(main())
