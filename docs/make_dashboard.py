"""Screenshot of the Monitoring tab (dashboard) with synthetic data (offscreen).

    .venv/bin/python docs/make_dashboard.py [OUT.png]

A synthetic team with 150 demo cases spread over the past months (registrations,
municipalities, referrers, problem areas, bottlenecks) and three cases on a meeting whose
first advice the chair issued today; the dashboard for this year as the coordinator sees
it. Synthetic data only: every person and case here is made up.
"""

from __future__ import annotations

import sys

from shots import Shots, out_path


def main() -> int:
    from expertteam_app.domain.enums import Role
    from expertteam_app.services.demo import add_demo_cases
    from ui.monitoring import MonitoringPage

    shots = Shots("dashboard-shot-")
    today = shots.today
    coordinator = shots.team(Role.COORDINATOR, today)
    add_demo_cases(coordinator, 150, seed=7)
    coordinator.close()
    shots.advise(today, cases=3)

    info = shots.open_worker(Role.COORDINATOR)
    page = MonitoringPage(shots.db, info)
    page.resize(1440, 1000)
    page.show()
    shots.settle(1.5)
    shots.save(page, out_path(1, "dashboard.png"))
    page.close()
    shots.finish()
    return 0


if __name__ == "__main__":
    sys.exit(main())
