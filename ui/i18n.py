"""Dutch first, English second: our translations and Qt's own (so buttons say "Annuleren").

Source strings in the code are English (`self.tr("Save")`); `resources/translations/
expertteam_nl.ts` carries the Dutch, `expertteam_en.ts` the English (mostly identical).
The language follows the system unless chosen in the settings; any system language other
than English gets Dutch, the team's working language.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ui.paths import translations_dir

LANGUAGES = ("nl", "en")
_current = "nl"
_installed: list[QTranslator] = []


def resolve(choice: str) -> str:
    """'system', 'nl' or 'en' -> 'nl' or 'en'."""
    if choice in LANGUAGES:
        return choice
    return "en" if QLocale.system().language() == QLocale.Language.English else "nl"


def current_language() -> str:
    return _current


def install(app: QApplication, choice: str) -> str:
    """Load the translators for `choice`; returns the language in use."""
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = resolve(choice)
    ours = QTranslator(app)
    if ours.load(str(translations_dir() / f"expertteam_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if language != "en" and qt_own.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    QLocale.setDefault(
        QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
        if language == "nl"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )
    _current = language
    return language
