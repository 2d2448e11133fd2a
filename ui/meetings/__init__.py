"""Meetings (overleg): the list and its buttons, the plan/edit dialog, and the meeting room
where the chair leads the meeting and the minutes are written through as they are typed."""

from __future__ import annotations

from ui.meetings.meeting_dialog import MeetingDialog
from ui.meetings.meeting_list import MeetingListModel, MeetingListPage
from ui.meetings.meeting_room import MeetingRoom

__all__ = ["MeetingDialog", "MeetingListModel", "MeetingListPage", "MeetingRoom"]
