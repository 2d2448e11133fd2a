"""The PySide6 window of Expertteam; it calls expertteam_app and holds no rules."""
