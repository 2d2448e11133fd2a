"""Who may do what: the role x permission matrix, written down once.

Every service function that touches data asks `require(uow, Permission.X)` first. A refusal
is an error for the person and an entry in the access log (written after the refused unit
of work has rolled back, see services.context).
"""

from __future__ import annotations

from enum import StrEnum

from expertteam_app.domain.enums import Role


class Permission(StrEnum):
    CASE_READ = "case.read"
    CASE_SEARCH = "case.search"
    CASE_REGISTER = "case.register"
    CASE_EDIT = "case.edit"
    CASE_INTAKE = "case.intake"  # admissible or not
    CASE_SCHEDULE = "case.schedule"  # on / off a meeting agenda
    CASE_SUSPEND = "case.suspend"
    ADVICE_DRAFT = "advice.draft"
    ADVICE_ISSUE = "advice.issue"
    MINUTES_WRITE = "meeting.minutes"
    CASE_FOLLOW_UP = "case.follow_up"
    CASE_ESCALATE = "case.escalate"
    CASE_CLOSE = "case.close"
    CASE_REOPEN = "case.reopen"
    CASE_PRINT = "case.print"
    CASE_EXPORT = "case.export"
    RETROSPECTIVE_EDIT = "case.retrospective"
    LEARNING_TABLE = "learning_table"  # build, review, approve and export anonymised summaries
    MONITORING_READ = "monitoring.read"  # aggregated indicators over a period, no case shown
    REGISTER_IMPORT = "register.import"
    ACCESS_LOG_READ = "access_log.read"
    AUDIT_VERIFY = "audit.verify"
    MEMBERS_MANAGE = "members.manage"
    SETTINGS_MANAGE = "settings.manage"
    REFERENCE_MANAGE = "reference.manage"  # municipalities, managed lists
    PROVIDERS_MANAGE = "providers.manage"  # sociale kaart
    DATABASE_CHECK = "database.check"
    BACKUP = "database.backup"


B, V, C, L = Role.BEHEERDER, Role.VOORZITTER, Role.COORDINATOR, Role.LID

# Why these cells:
# - a team member (lid) reads and searches to prepare meetings, and may print for reading;
# - the coordinator runs the register and the lifecycle, plans meetings, keeps minutes and
#   drafts the advice; only the chair issues it;
# - the administrator (beheerder) manages people, keys, settings and reference data, may
#   migrate the old Excel register, and may read (not change) cases to support the team;
# - retrospectives and learning tables are prepared by the chair and the coordinator: they
#   approve what leaves the team anonymised;
# - the monitoring indicators are counts and durations over many cases: every member who
#   works with cases may read them; the administrator works with people and keys, not cases;
# - the access log is for the chair and the administrator (NEN 7513 review).
MATRIX: dict[Permission, frozenset[Role]] = {
    Permission.CASE_READ: frozenset({B, V, C, L}),
    Permission.CASE_SEARCH: frozenset({B, V, C, L}),
    Permission.CASE_REGISTER: frozenset({V, C}),
    Permission.CASE_EDIT: frozenset({V, C}),
    Permission.CASE_INTAKE: frozenset({V, C}),
    Permission.CASE_SCHEDULE: frozenset({V, C}),
    Permission.CASE_SUSPEND: frozenset({V, C}),
    Permission.ADVICE_DRAFT: frozenset({V, C}),
    Permission.ADVICE_ISSUE: frozenset({V}),
    Permission.MINUTES_WRITE: frozenset({V, C}),
    Permission.CASE_FOLLOW_UP: frozenset({V, C}),
    Permission.CASE_ESCALATE: frozenset({V, C}),
    Permission.CASE_CLOSE: frozenset({V, C}),
    Permission.CASE_REOPEN: frozenset({V, C}),
    Permission.CASE_PRINT: frozenset({V, C, L}),
    Permission.CASE_EXPORT: frozenset({V, C}),
    Permission.RETROSPECTIVE_EDIT: frozenset({V, C}),
    Permission.LEARNING_TABLE: frozenset({V, C}),
    Permission.MONITORING_READ: frozenset({V, C, L}),
    Permission.REGISTER_IMPORT: frozenset({B, C}),
    Permission.ACCESS_LOG_READ: frozenset({B, V}),
    Permission.AUDIT_VERIFY: frozenset({B, V}),
    Permission.MEMBERS_MANAGE: frozenset({B}),
    Permission.SETTINGS_MANAGE: frozenset({B}),
    Permission.REFERENCE_MANAGE: frozenset({B, C}),
    Permission.PROVIDERS_MANAGE: frozenset({B, C}),
    Permission.DATABASE_CHECK: frozenset({B, V, C}),
    Permission.BACKUP: frozenset({B, V, C}),
}

DESCRIPTIONS: dict[Permission, tuple[str, str]] = {
    Permission.CASE_READ: ("een casus inzien", "read a case"),
    Permission.CASE_SEARCH: ("casussen zoeken", "search cases"),
    Permission.CASE_REGISTER: ("een casus aanmelden", "register a case"),
    Permission.CASE_EDIT: ("een casus wijzigen", "change a case"),
    Permission.CASE_INTAKE: ("de ontvankelijkheid beoordelen", "decide admissibility"),
    Permission.CASE_SCHEDULE: ("een casus agenderen", "put a case on an agenda"),
    Permission.CASE_SUSPEND: ("een casus opschorten of hervatten", "suspend or resume a case"),
    Permission.ADVICE_DRAFT: ("een advies opstellen of wijzigen", "draft or change an advice"),
    Permission.ADVICE_ISSUE: ("een bindend advies uitbrengen", "issue a binding advice"),
    Permission.MINUTES_WRITE: ("het verslag van een overleg maken", "keep a meeting's minutes"),
    Permission.CASE_FOLLOW_UP: ("de uitvoering vastleggen", "record the start of care"),
    Permission.CASE_ESCALATE: ("een casus opschalen", "escalate a case"),
    Permission.CASE_CLOSE: ("een casus afsluiten", "close a case"),
    Permission.CASE_REOPEN: ("een casus heropenen", "reopen a case"),
    Permission.CASE_PRINT: ("een casus afdrukken", "print a case"),
    Permission.CASE_EXPORT: ("casusgegevens exporteren", "export case data"),
    Permission.RETROSPECTIVE_EDIT: (
        "de terugblik op een casus vastleggen",
        "write a case's retrospective",
    ),
    Permission.LEARNING_TABLE: (
        "een leertafel voorbereiden en exporteren",
        "prepare and export a learning table",
    ),
    Permission.MONITORING_READ: (
        "de monitoringindicatoren inzien",
        "read the monitoring indicators",
    ),
    Permission.REGISTER_IMPORT: ("een register importeren", "import a register"),
    Permission.ACCESS_LOG_READ: ("het toegangslogboek inzien", "read the access log"),
    Permission.AUDIT_VERIFY: ("het toegangslogboek controleren", "verify the access log"),
    Permission.MEMBERS_MANAGE: ("teamleden beheren", "manage team members"),
    Permission.SETTINGS_MANAGE: ("teaminstellingen wijzigen", "change team settings"),
    Permission.REFERENCE_MANAGE: ("referentielijsten beheren", "manage reference lists"),
    Permission.PROVIDERS_MANAGE: ("de sociale kaart beheren", "manage the sociale kaart"),
    Permission.DATABASE_CHECK: ("de database controleren", "check the database"),
    Permission.BACKUP: ("een back-up maken", "make a backup"),
}


def allows(role: Role, permission: Permission) -> bool:
    return role in MATRIX[permission]
