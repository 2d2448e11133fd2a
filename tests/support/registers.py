"""Synthetic Excel/CSV registers for import tests and the import benchmark."""

from __future__ import annotations

import csv
import random
from datetime import date, timedelta
from pathlib import Path

from expertteam_app.services.demo import BOYS, GIRLS, LAST, QUESTIONS, synthetic_bsn
from expertteam_app.services.register_format import COLUMN_NAMES

MUNICIPALITIES = [
    "Groningen",
    "Het Hogeland",
    "GM0037",
    "Westerkwartier",
    "Eemsdelta",
    "Midden-Groningen",
]
STATUSES = [
    "aangemeld",
    "in behandeling",
    "geagendeerd",
    "advies uitgebracht",
    "in uitvoering",
    "afgesloten",
    "niet ontvankelijk",
    "Opgeschaald",
]


def good_row(
    rng: random.Random, today: date = date(2026, 6, 1), used_bsns: set[str] | None = None
) -> dict[str, object]:
    registered = today - timedelta(days=rng.randint(30, 900))
    born = registered - timedelta(days=rng.randint(5 * 365, 17 * 365))
    status = rng.choice(STATUSES)
    prefix, last = rng.choice(LAST)
    row: dict[str, object] = {
        "kenmerk": "",
        "aanmelddatum": registered.strftime("%d-%m-%Y"),
        "voornaam": rng.choice(BOYS + GIRLS),
        "achternaam": f"{prefix} {last}".strip(),
        "geboortedatum": born.isoformat(),
        "bsn": synthetic_bsn(rng, used_bsns if used_bsns is not None else set()),
        "geslacht": rng.choice(["jongen", "meisje", "M", "V", "x", ""]),
        "gemeente": rng.choice(MUNICIPALITIES),
        "verwijzer_type": rng.choice(["wijkteam", "GI", "huisarts", "Jeugdarts", "gemeente"]),
        "verwijzer_organisatie": "Wijkteam (synthetisch)",
        "hulpvraag": rng.choice(QUESTIONS),
        "leefgebieden": "Autisme; Huisvesting",
        "hulpgeschiedenis": "Aanbieder Noord (synthetisch): ambulante hulp; dagbehandeling",
        "knelpunten": "Wachtlijst;geen passend aanbod",
        "status": status,
        "advies_datum": "",
        "advies": "",
        "afsluitdatum": "",
        "resultaat": "",
        "reflectie": "",
    }
    if status in ("advies uitgebracht", "in uitvoering", "afgesloten"):
        row["advies_datum"] = (registered + timedelta(days=20)).strftime("%d-%m-%Y")
        row["advies"] = "Gezinshuis met dagbehandeling"
    if status == "afgesloten":
        row["afsluitdatum"] = (registered + timedelta(days=25)).strftime("%d-%m-%Y")
        row["resultaat"] = "Doelen behaald"
    return row


def write_xlsx(
    path: Path, rows: list[dict[str, object]], columns: tuple[str, ...] = COLUMN_NAMES
) -> Path:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Register")
    sheet.append(list(columns))
    for row in rows:
        sheet.append([row.get(c, "") for c in columns])
    book.save(path)
    return path


def write_csv(
    path: Path, rows: list[dict[str, object]], *, delimiter: str = ";", encoding: str = "utf-8-sig"
) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(COLUMN_NAMES)
        for row in rows:
            writer.writerow([row.get(c, "") for c in COLUMN_NAMES])
    return path


def register(path: Path, n: int, *, seed: int = 7) -> Path:
    rng = random.Random(seed)
    used: set[str] = set()
    rows = [good_row(rng, used_bsns=used) for _ in range(n)]
    return write_xlsx(path, rows) if path.suffix == ".xlsx" else write_csv(path, rows)
