"""Every table model, imported together so Base.metadata is complete (Alembic, tests)."""

from __future__ import annotations

from expertteam_app.domain.advice import (
    AdviceCareItem,
    AdviceGoal,
    AdviceRecipient,
    BindingAdvice,
)
from expertteam_app.domain.audit import AccessLogEntry
from expertteam_app.domain.base import Base
from expertteam_app.domain.case import (
    CareHistoryItem,
    Case,
    CaseRevision,
    ConsentRecord,
    HouseholdMember,
    ReferenceCounter,
    StatusChange,
    Suspension,
    YoungPerson,
)
from expertteam_app.domain.escalation import Escalation
from expertteam_app.domain.followup import (
    CareItemFollowUp,
    CareItemUpdate,
    GoalEvaluation,
    TransitionCheck,
)
from expertteam_app.domain.funding import FundingDispute, FundingEvent, FundingRequest
from expertteam_app.domain.learning import (
    CaseRetrospective,
    LearningSession,
    LearningSummary,
    RetrospectiveBottleneck,
    RetrospectiveDecision,
)
from expertteam_app.domain.meeting import AgendaAction, AgendaItem, Meeting, MeetingGuest
from expertteam_app.domain.team import (
    ManagedListItem,
    Member,
    Municipality,
    Provider,
    Region,
    TeamSetting,
)

__all__ = [
    "AccessLogEntry",
    "AdviceCareItem",
    "AdviceGoal",
    "AdviceRecipient",
    "AgendaAction",
    "AgendaItem",
    "Base",
    "BindingAdvice",
    "CareHistoryItem",
    "CareItemFollowUp",
    "CareItemUpdate",
    "Case",
    "CaseRetrospective",
    "CaseRevision",
    "ConsentRecord",
    "Escalation",
    "FundingDispute",
    "FundingEvent",
    "FundingRequest",
    "GoalEvaluation",
    "HouseholdMember",
    "LearningSession",
    "LearningSummary",
    "ManagedListItem",
    "Meeting",
    "MeetingGuest",
    "Member",
    "Municipality",
    "Provider",
    "ReferenceCounter",
    "Region",
    "RetrospectiveBottleneck",
    "RetrospectiveDecision",
    "StatusChange",
    "Suspension",
    "TeamSetting",
    "TransitionCheck",
    "YoungPerson",
]
