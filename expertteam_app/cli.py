"""The `expertteam` command: headless jobs on a team database, and `gui` for the window.

A member unlocks with `--user NAME` and a passphrase from `--passphrase-file F`, the
environment variable EXPERTTEAM_PASSPHRASE, or a prompt when a person sits at a terminal;
never from an argument (it would stay in the shell history and the process list).
Errors are one clear line and an exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from expertteam_app import __version__
from expertteam_app.errors import ExitCode, ExpertteamError

PASSPHRASE_ENV = "EXPERTTEAM_PASSPHRASE"  # noqa: S105 - the name of a variable, not a secret
NEW_PASSPHRASE_ENV = "EXPERTTEAM_NEW_PASSPHRASE"  # noqa: S105 - likewise
RECOVERY_ENV = "EXPERTTEAM_RECOVERY_CODE"


class UsageError(ExpertteamError):
    exit_code = ExitCode.USAGE


class Output:
    """Prints in the chosen language; errors go to stderr."""

    def __init__(self, language: str, out: TextIO, err: TextIO) -> None:
        self.language = language
        self.out = out
        self.err = err

    def say(self, nl: str, en: str = "") -> None:
        print(en if self.language == "en" and en else nl, file=self.out)

    def line(self, text: str) -> None:
        print(text, file=self.out)

    def error(self, exc: ExpertteamError) -> None:
        prefix = "error" if self.language == "en" else "fout"
        print(f"expertteam: {prefix}: {exc.text(self.language)}", file=self.err)


def _language(requested: str | None) -> str:
    if requested:
        return "en" if requested.startswith("en") else "nl"
    env = os.environ.get("EXPERTTEAM_LANG", "")
    return "en" if env.startswith("en") else "nl"


# --- secrets -------------------------------------------------------------------------------


def _read_secret_file(path: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError:
        raise UsageError(
            f"Het wachtwoordbestand {path} kan niet worden gelezen.",
            f"The passphrase file {path} cannot be read.",
        ) from None
    return text.splitlines()[0] if text.strip() else ""


def _secret(file_arg: str | None, env_name: str, prompt: str, *, confirm: bool = False) -> str:
    if file_arg:
        value = _read_secret_file(file_arg)
    elif os.environ.get(env_name):
        value = os.environ[env_name]
    elif sys.stdin.isatty():
        value = getpass.getpass(prompt)
        if confirm and getpass.getpass("Nogmaals / again: ") != value:
            raise UsageError("De twee wachtwoorden verschillen.", "The two passphrases differ.")
    else:
        raise UsageError(
            f"Geen wachtwoord: gebruik --passphrase-file of de omgevingsvariabele {env_name}.",
            f"No passphrase: use --passphrase-file or the environment variable {env_name}.",
        )
    if not value:
        raise UsageError("Het wachtwoord is leeg.", "The passphrase is empty.")
    return value


def _passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    return _secret(
        args.passphrase_file, PASSPHRASE_ENV, "Wachtwoord / passphrase: ", confirm=confirm
    )


def _unlock(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from expertteam_app.services import team as team_service

    return team_service.unlock(Path(args.db), args.user, _passphrase(args))


# --- commands ------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace, out: Output) -> int:
    from expertteam_app.services import team as team_service

    passphrase = _passphrase(args, confirm=True)
    created = team_service.create_team(
        Path(args.db),
        team_name=args.team_name,
        admin_name=args.user,
        passphrase=passphrase,
        region_code=args.region or "",
    )
    created.team.close()
    out.say(
        f"Teamdatabase aangemaakt: {args.db} (met sleutelbestand {args.db}.keys).",
        f"Team database created: {args.db} (with key file {args.db}.keys).",
    )
    out.say(f"{args.user} is beheerder.", f"{args.user} is the administrator.")
    out.line("")
    out.say(
        "HERSTELCODE — schrijf deze nu op en bewaar hem veilig. Hij wordt nooit meer getoond:",
        "RECOVERY CODE — write it down now and keep it safe. It is never shown again:",
    )
    out.line(f"    {created.recovery_code}")
    return 0


def cmd_import(args: argparse.Namespace, out: Output) -> int:
    from expertteam_app.services import register_import

    report_path = Path(args.report) if args.report else None
    if report_path is not None:
        _check_folder(report_path)  # before importing, not after the cases are in
    team = _unlock(args)
    try:
        with team.unit_of_work() as uow:
            report = register_import.import_register(
                uow, Path(args.file), accept_valid=args.accept_valid
            )
    finally:
        team.close()
    for line in register_import.iter_problem_lines(report, out.language):
        out.line(line)
    if report.warnings:
        out.say(
            f"{len(report.warnings)} waarschuwing(en) (mogelijk dubbele casussen).",
            f"{len(report.warnings)} warning(s) (possible duplicate cases).",
        )
    if report.committed:
        out.say(
            f"{report.imported} casus(sen) geïmporteerd uit {report.file_name}; "
            f"{report.rejected_rows} rij(en) afgewezen.",
            f"{report.imported} case(s) imported from {report.file_name}; "
            f"{report.rejected_rows} row(s) rejected.",
        )
    else:
        out.say(
            f"Niets geïmporteerd: {report.rejected_rows} van {report.rows_read} rij(en) afgewezen. "
            "Verbeter ze, of gebruik --accept-valid om alleen de goede rijen in te lezen.",
            f"Nothing imported: {report.rejected_rows} of {report.rows_read} row(s) rejected. "
            "Correct them, or use --accept-valid to import only the valid rows.",
        )
    if report_path is not None:
        try:
            register_import.write_report_csv(report, report_path, out.language)
        except OSError as exc:
            raise ExpertteamError(
                f"Het verslag kon niet worden geschreven naar {report_path} ({exc.strerror}).",
                f"The report could not be written to {report_path} ({exc.strerror}).",
            ) from None
    return 0 if report.committed else int(ExitCode.INVALID_INPUT)


def _check_folder(target: Path) -> None:
    folder = target.parent
    if not folder.is_dir():
        raise UsageError(
            f"De map {folder} bestaat niet. Er is niets gedaan.",
            f"The folder {folder} does not exist. Nothing was done.",
        )


def cmd_template(args: argparse.Namespace, out: Output) -> int:
    from expertteam_app.services.register_template import write_template

    target = Path(args.output)
    if target.suffix.lower() not in (".csv", ".xlsx"):
        target = target.with_suffix(".xlsx")  # what write_template writes; check that name
    _check_folder(target)
    if target.exists() and not args.force:
        raise UsageError(
            f"{target} bestaat al; gebruik --force om het te vervangen.",
            f"{target} already exists; use --force to replace it.",
        )
    written = write_template(target)
    out.say(f"Leeg register geschreven: {written}", f"Empty register written: {written}")
    return 0


def _parse_date(text: str | None) -> date | None:
    from expertteam_app.domain import dates

    if not text:
        return None
    try:
        return dates.parse(text)
    except ValueError:
        raise UsageError(
            f"Geen geldige datum: {text} (gebruik DD-MM-JJJJ).",
            f"Not a valid date: {text} (use DD-MM-YYYY).",
        ) from None


def cmd_cases_list(args: argparse.Namespace, out: Output) -> int:
    from expertteam_app.domain.dates import format_nl
    from expertteam_app.domain.enums import CaseStatus
    from expertteam_app.services import case_search, reference
    from expertteam_app.services.register_format import STATUS_WORDS, fold

    statuses = set()
    for word in args.status or []:
        status = STATUS_WORDS.get(fold(word))
        if status is None:
            raise UsageError(
                f"Onbekende status: {word}. Kies uit: {', '.join(s.value for s in CaseStatus)}.",
                f"Unknown status: {word}. Choose from: {', '.join(s.value for s in CaseStatus)}.",
            )
        statuses.add(status)
    team = _unlock(args)
    try:
        with team.unit_of_work() as uow:
            municipalities: set[str] = set()
            for text in args.municipality or []:
                found = reference.find_municipality(uow.session, text)
                if found is None:
                    raise UsageError(
                        f"Onbekende gemeente: {text}.", f"Unknown municipality: {text}."
                    )
                municipalities.add(found.cbs_code)
            query = case_search.CaseQuery(
                text=args.search or "",
                statuses=frozenset(statuses),
                municipality_codes=frozenset(municipalities),
                registered_from=_parse_date(args.date_from),
                registered_to=_parse_date(args.date_to),
                sort=case_search.SortKey(args.sort),
            )
            page = case_search.search_cases(uow, query, limit=args.limit)
            total = case_search.status_counts(uow, query).total
    finally:
        team.close()
    lang = out.language
    header = (
        ("reference", "registered", "status", "young person", "born", "municipality", "owner")
        if lang == "en"
        else ("kenmerk", "aangemeld", "status", "jeugdige", "geboren", "gemeente", "eigenaar")
    )
    rows = [
        (
            r.reference,
            format_nl(r.registered_on),
            r.status.label(lang) + (" ⏸" if r.suspended else ""),
            r.name,
            format_nl(r.date_of_birth),
            r.municipality,
            r.owner,
        )
        for r in page.rows
    ]
    widths = [
        max(len(h), *(len(row[i]) for row in rows)) if rows else len(h)
        for i, h in enumerate(header)
    ]
    out.line("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip())
    for row in rows:
        out.line("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    shown = len(rows)
    out.say(f"{shown} van {total} casus(sen).", f"{shown} of {total} case(s).")
    return 0


def cmd_cases_show(args: argparse.Namespace, out: Output) -> int:
    from expertteam_app.services import cases
    from expertteam_app.services.case_report import render_text

    team = _unlock(args)
    try:
        with team.unit_of_work() as uow:
            detail = cases.get_case(uow, cases.case_id_for_reference(uow, args.reference))
    finally:
        team.close()
    out.line(render_text(detail, out.language))
    return 0


def cmd_advice_letter(args: argparse.Namespace, out: Output) -> int:
    from expertteam_app.errors import NotFound
    from expertteam_app.services import advice, cases, documents

    team = _unlock(args)
    try:
        with team.unit_of_work() as uow:
            state = advice.advice_state(uow, cases.case_id_for_reference(uow, args.reference))
        wanted = (
            next((v for v in state.versions if v.number == args.version), None)
            if args.version
            else state.current
        )
        if wanted is None:
            raise NotFound(
                f"{args.reference} heeft geen uitgebracht advies"
                + (f" met versie {args.version}." if args.version else "."),
                f"{args.reference} has no issued advice"
                + (f" with version {args.version}." if args.version else "."),
            )
        with team.unit_of_work() as uow:
            written = documents.export_advice_letter(uow, wanted.id, Path(args.pdf))
    finally:
        team.close()
    out.say(
        f"Adviesbrief (versie {wanted.number}) geschreven naar {written}.",
        f"Advice letter (version {wanted.number}) written to {written}.",
    )
    return 0


def cmd_audit_verify(args: argparse.Namespace, out: Output) -> int:
    from expertteam_app.services import access_log

    team = _unlock(args)
    try:
        with team.unit_of_work() as uow:
            report = access_log.verify(uow)
    finally:
        team.close()
    if report.ok:
        out.say(
            f"Toegangslogboek in orde: {report.entries} regels, keten ongebroken.",
            f"Access log intact: {report.entries} entries, chain unbroken.",
        )
        return 0
    out.say(
        f"TOEGANGSLOGBOEK GESCHONDEN: {report.problem_nl}.",
        f"ACCESS LOG BROKEN: {report.problem_en}.",
    )
    return int(ExitCode.AUDIT_BROKEN)


def cmd_check(args: argparse.Namespace, out: Output) -> int:
    from expertteam_app.services import maintenance

    team = _unlock(args)
    try:
        with team.unit_of_work() as uow:
            findings = maintenance.check_database(uow)
    finally:
        team.close()
    for finding in findings:
        mark = "ok  " if finding.ok else "FOUT" if out.language == "nl" else "FAIL"
        out.line(f"[{mark}] {finding.text(out.language)}")
    return 0 if all(f.ok for f in findings) else int(ExitCode.DAMAGED)


def cmd_demo(args: argparse.Namespace, out: Output) -> int:
    from expertteam_app.services import demo
    from expertteam_app.store.vault import slot_file_for

    path = Path(args.db)
    if args.if_missing and path.exists() and slot_file_for(path).exists():
        out.say(f"Demodatabase staat klaar: {path}", f"Demo database ready: {path}")
        return 0
    made = demo.create_demo_database(path, cases=args.cases, seed=args.seed)
    out.say(
        f"Demodatabase aangemaakt: {made.path} met {made.cases} verzonnen casussen (testgegevens).",
        f"Demo database created: {made.path} with {made.cases} synthetic cases (test data).",
    )
    for name, role in made.members:
        out.line(f"  {name} ({role.label(out.language)})")
    out.say(
        f"Wachtwoord voor alle demo-leden: {made.passphrase}",
        f"Passphrase for all demo members: {made.passphrase}",
    )
    return 0


def cmd_gui(args: argparse.Namespace, out: Output) -> int:
    # The window is a layer above the core: handed over by name, never imported by the core.
    gui_main = importlib.import_module("ui.app").main

    argv = ["expertteam-gui"]
    if args.db:
        argv += ["--db", str(args.db)]
    if args.lang:
        argv += ["--lang", args.lang]
    return int(gui_main(argv))


def cmd_passphrase(args: argparse.Namespace, out: Output) -> int:
    from expertteam_app.services import team as team_service

    old = _passphrase(args)
    new = _secret(
        args.new_passphrase_file,
        NEW_PASSPHRASE_ENV,
        "Nieuw wachtwoord / new passphrase: ",
        confirm=True,
    )
    team_service.change_passphrase(Path(args.db), args.user, old, new)
    out.say(
        "Wachtwoord gewijzigd. De database zelf is niet aangeraakt.",
        "Passphrase changed. The database itself was not touched.",
    )
    return 0


def cmd_recover(args: argparse.Namespace, out: Output) -> int:
    from expertteam_app.services import team as team_service

    code = _secret(args.code_file, RECOVERY_ENV, "Herstelcode / recovery code: ")
    new = _secret(
        args.new_passphrase_file,
        NEW_PASSPHRASE_ENV,
        "Nieuw wachtwoord / new passphrase: ",
        confirm=True,
    )
    recovered = team_service.recover(Path(args.db), code, args.user, new)
    recovered.team.close()
    out.say(f"Nieuw wachtwoord ingesteld voor {args.user}.", f"New passphrase set for {args.user}.")
    out.say(
        "De oude herstelcode werkt niet meer. NIEUWE HERSTELCODE (eenmalig getoond):",
        "The old recovery code no longer works. NEW RECOVERY CODE (shown once):",
    )
    out.line(f"    {recovered.new_recovery_code}")
    return 0


def cmd_members(args: argparse.Namespace, out: Output) -> int:
    from expertteam_app.domain.enums import Role
    from expertteam_app.services import team as team_service

    team = _unlock(args)
    try:
        with team.unit_of_work() as uow:
            if args.members_command == "add":
                new = _secret(
                    args.new_passphrase_file,
                    NEW_PASSPHRASE_ENV,
                    "Wachtwoord van het nieuwe lid: ",
                    confirm=True,
                )
                member = team_service.add_member(uow, args.name, Role(args.role), new)
                out.say(
                    f"{member.name} toegevoegd als {member.role.label('nl')}.",
                    f"{member.name} added as {member.role.label('en')}.",
                )
            elif args.members_command == "remove":
                target = next(
                    (
                        m
                        for m in team_service.list_members(uow)
                        if m.name.casefold() == args.name.casefold()
                    ),
                    None,
                )
                if target is None:
                    raise UsageError(
                        f"Geen teamlid met de naam {args.name}.", f"No member named {args.name}."
                    )
                team_service.remove_member(uow, target.id)
                out.say(
                    f"{target.name} verwijderd; zijn of haar sleutel is vernietigd.",
                    f"{target.name} removed; their key slot is destroyed.",
                )
            else:
                for m in team_service.list_members(uow):
                    out.line(f"{m.name}  ({m.role.label(out.language)})")
    finally:
        team.close()
    return 0


def _learning_selection(args: argparse.Namespace) -> Any:
    from expertteam_app.services.learning_views import CaseFilter

    if args.cases:
        refs = tuple(r.strip() for r in args.cases.split(",") if r.strip())
        return CaseFilter(references=refs)
    if args.all:
        return CaseFilter(all_cases=True)
    if args.closed_from or args.closed_to:
        return CaseFilter(
            closed_from=_parse_date(args.closed_from), closed_to=_parse_date(args.closed_to)
        )
    raise UsageError(
        "Kies de casussen: --cases, --closed-from/--closed-to, --all of --session.",
        "Choose the cases: --cases, --closed-from/--closed-to, --all or --session.",
    )


def cmd_learning_table(args: argparse.Namespace, out: Output) -> int:
    """A new selection becomes a new session whose summaries are built here; they are
    exported only after review in the program, or with --approve-all (logged)."""
    from expertteam_app.errors import NotFound
    from expertteam_app.services import learning

    def progress(text: str) -> None:
        print(text, file=out.err)  # status only, never client data

    if not (args.pdf or args.csv or args.xlsx):
        raise UsageError(
            "Kies ten minste één van --pdf, --csv, --xlsx.", "Choose --pdf, --csv or --xlsx."
        )
    held_on = _parse_date(args.date)
    selection = None if args.session else _learning_selection(args)
    team = _unlock(args)
    try:
        session_id = args.session
        if selection is not None:
            from expertteam_app.anonymise.scrubber import shared_anonymiser

            with team.unit_of_work() as uow:
                chosen = learning.candidate_cases(uow, selection)
                if args.cases:
                    found = {c.reference for c in chosen}
                    missing = [r for r in selection.references if r.upper() not in found]
                    if missing:
                        raise NotFound(
                            f"Onbekend kenmerk: {', '.join(missing)}.",
                            f"Unknown reference: {', '.join(missing)}.",
                        )
                session_id = learning.create_session(
                    uow,
                    args.title or "Leertafel",
                    held_on or uow.clock.today(),
                    [c.case_id for c in chosen],
                )
            anonymiser = shared_anonymiser(progress)
            with team.unit_of_work() as uow:
                learning.build_summaries(
                    uow,
                    session_id,
                    anonymiser,
                    progress=lambda done, total: progress(f"Samenvattingen: {done} van {total}"),
                )
            out.say(
                f"Leertafel {session_id} aangemaakt met {len(chosen)} casus(sen).",
                f"Learning table {session_id} created with {len(chosen)} case(s).",
            )
        with team.unit_of_work() as uow:
            view = learning.session_view(uow, session_id)
        waiting = [s.label for s in view.summaries if not s.approved]
        if waiting and not args.approve_all:
            raise learning.AwaitingReview(session_id, waiting)
        with team.unit_of_work() as uow:
            result = learning.export_learning_table(
                uow,
                session_id,
                pdf=Path(args.pdf) if args.pdf else None,
                csv=Path(args.csv) if args.csv else None,
                xlsx=Path(args.xlsx) if args.xlsx else None,
                approve_all=args.approve_all,
                language=out.language,
            )
    finally:
        team.close()
    if result.approved_now:
        out.say(
            f"{result.approved_now} samenvatting(en) goedgekeurd met --approve-all (gelogd).",
            f"{result.approved_now} summary(ies) approved with --approve-all (logged).",
        )
    for path in result.files:
        out.say(f"Geschreven: {path}", f"Written: {path}")
    return 0


def cmd_report(args: argparse.Namespace, out: Output) -> int:
    """The region's monitoring report over a period: PDF and/or XLSX, small cells
    suppressed."""
    from expertteam_app.services.monitoring_report import export_report
    from expertteam_app.services.monitoring_views import MonitoringFilter

    if not (args.pdf or args.xlsx):
        raise UsageError("Kies --pdf, --xlsx of beide.", "Choose --pdf, --xlsx or both.")
    start, end = _parse_date(args.date_from), _parse_date(args.date_to)
    if start is None or end is None:
        raise UsageError("Geef --from en --to.", "Give --from and --to.")
    if end < start:
        raise UsageError(
            "De periode eindigt voor ze begint (--to ligt voor --from).",
            "The period ends before it begins (--to is before --from).",
        )
    place = args.municipality.strip().upper() if args.municipality else None
    team = _unlock(args)
    try:
        with team.unit_of_work() as uow:
            written = export_report(
                uow,
                MonitoringFilter(start, end, place or None),
                pdf=Path(args.pdf) if args.pdf else None,
                xlsx=Path(args.xlsx) if args.xlsx else None,
                language=out.language,
            )
    finally:
        team.close()
    for path in written:
        out.say(f"Geschreven: {path}", f"Written: {path}")
    return 0


def cmd_backup(args: argparse.Namespace, out: Output) -> int:
    from expertteam_app.services import maintenance

    team = _unlock(args)
    try:
        target = maintenance.backup(team, Path(args.to))
    finally:
        team.close()
    out.say(
        f"Back-up gemaakt: {target} (met sleutelbestand).",
        f"Backup made: {target} (with key file).",
    )
    return 0


# --- parser --------------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    """No abbreviated options: `--passphrase SECRET` must not pass as `--passphrase-file`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["allow_abbrev"] = False
        super().__init__(*args, **kwargs)


def _unlock_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, help="teamdatabase (.etdb)")
    parser.add_argument("--user", required=True, help="uw naam zoals in het team")
    parser.add_argument(
        "--passphrase-file", help=f"bestand met het wachtwoord (anders {PASSPHRASE_ENV})"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="expertteam", description="Expertteam — regionaal expertteam jeugd")
    parser.add_argument("--version", action="version", version=f"expertteam {__version__}")
    parser.add_argument(
        "--lang", choices=["nl", "en"], help="taal van de uitvoer / output language"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("init", help="nieuwe teamdatabase")
    _unlock_args(p)
    p.add_argument("--team-name", default="Regionaal expertteam", help="naam van het team")
    p.add_argument("--region", help="code van de jeugdregio (bijv. JZ01)")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("import", help="Excel- of CSV-register importeren")
    _unlock_args(p)
    p.add_argument("file")
    p.add_argument("--accept-valid", action="store_true", help="alleen de goede rijen importeren")
    p.add_argument("--report", help="schrijf de afgewezen rijen naar dit CSV-bestand")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("template", help="leeg registersjabloon schrijven")
    p.add_argument("output", nargs="?", default="expertteam-register.xlsx")
    p.add_argument("--force", action="store_true")
    p.set_defaults(func=cmd_template)

    cases = sub.add_parser("cases", help="casussen").add_subparsers(
        dest="cases_command", required=True
    )
    p = cases.add_parser("list", help="casussen zoeken en tonen")
    _unlock_args(p)
    p.add_argument("--search", help="zoektekst (naam, kenmerk, tekst)")
    p.add_argument("--status", action="append")
    p.add_argument("--municipality", action="append")
    p.add_argument("--from", dest="date_from")
    p.add_argument("--to", dest="date_to")
    p.add_argument(
        "--sort",
        default="registered_desc",
        choices=["registered_desc", "registered_asc", "reference", "name", "status"],
    )
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=cmd_cases_list)
    p = cases.add_parser("show", help="één casus tonen")
    _unlock_args(p)
    p.add_argument("reference")
    p.set_defaults(func=cmd_cases_show)

    advice_cmd = sub.add_parser("advice", help="bindend advies").add_subparsers(
        dest="advice_command", required=True
    )
    p = advice_cmd.add_parser("letter", help="de adviesbrief als PDF")
    _unlock_args(p)
    p.add_argument("reference")
    p.add_argument("--pdf", required=True, help="waar de PDF komt")
    p.add_argument("--version", type=int, help="een eerdere versie (standaard: die van kracht)")
    p.set_defaults(func=cmd_advice_letter)

    audit = sub.add_parser("audit", help="toegangslogboek").add_subparsers(
        dest="audit_command", required=True
    )
    p = audit.add_parser("verify", help="de hash-keten controleren")
    _unlock_args(p)
    p.set_defaults(func=cmd_audit_verify)

    p = sub.add_parser("check", help="de teamdatabase controleren")
    _unlock_args(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("demo", help="demodatabase met verzonnen casussen")
    p.add_argument("--db", required=True)
    p.add_argument("--cases", type=int, default=250)
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--if-missing", action="store_true", help="niets doen als hij al bestaat")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("gui", help="het programmavenster openen")
    p.add_argument("--db")
    p.set_defaults(func=cmd_gui)

    p = sub.add_parser("passphrase", help="eigen wachtwoord wijzigen")
    _unlock_args(p)
    p.add_argument("--new-passphrase-file")
    p.set_defaults(func=cmd_passphrase)

    p = sub.add_parser("recover", help="nieuw wachtwoord met de herstelcode")
    p.add_argument("--db", required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--code-file", help=f"bestand met de herstelcode (anders {RECOVERY_ENV})")
    p.add_argument("--new-passphrase-file")
    p.set_defaults(func=cmd_recover)

    members = sub.add_parser("members", help="teamleden").add_subparsers(
        dest="members_command", required=True
    )
    p = members.add_parser("list")
    _unlock_args(p)
    p.set_defaults(func=cmd_members)
    p = members.add_parser("add")
    _unlock_args(p)
    p.add_argument("--name", required=True)
    p.add_argument(
        "--role", required=True, choices=["beheerder", "voorzitter", "coordinator", "lid"]
    )
    p.add_argument("--new-passphrase-file")
    p.set_defaults(func=cmd_members)
    p = members.add_parser("remove")
    _unlock_args(p)
    p.add_argument("--name", required=True)
    p.set_defaults(func=cmd_members)

    p = sub.add_parser("learning-table", help="leertafel: geanonimiseerde samenvattingen")
    _unlock_args(p)
    chosen = p.add_mutually_exclusive_group()
    chosen.add_argument("--cases", help="kenmerken, met komma's: ET-2026-0001,ET-2026-0002")
    chosen.add_argument("--all", action="store_true", help="alle casussen")
    chosen.add_argument("--session", type=int, help="een in het programma nagelezen leertafel")
    p.add_argument("--closed-from", help="afgesloten vanaf (DD-MM-JJJJ)")
    p.add_argument("--closed-to", help="afgesloten tot en met (DD-MM-JJJJ)")
    p.add_argument("--pdf", help="waar de PDF komt")
    p.add_argument("--csv", help="waar de CSV komt")
    p.add_argument("--xlsx", help="waar het Excel-bestand komt")
    p.add_argument("--title", help="titel van de leertafel")
    p.add_argument("--date", help="datum van de leertafel (DD-MM-JJJJ)")
    p.add_argument(
        "--approve-all",
        action="store_true",
        help="alles goedkeuren zonder nalezen (uw verantwoordelijkheid; gelogd)",
    )
    p.set_defaults(func=cmd_learning_table)

    p = sub.add_parser("report", help="monitoringsrapportage voor de regio (PDF/XLSX)")
    _unlock_args(p)
    p.add_argument("--from", dest="date_from", required=True, help="begin (DD-MM-JJJJ)")
    p.add_argument("--to", dest="date_to", required=True, help="einde, inclusief (DD-MM-JJJJ)")
    p.add_argument("--municipality", help="alleen deze woongemeente (CBS-code, bijv. GM0014)")
    p.add_argument("--pdf", help="waar de PDF komt")
    p.add_argument("--xlsx", help="waar het Excel-bestand komt")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("backup", help="back-up maken (database en sleutelbestand)")
    _unlock_args(p)
    p.add_argument("--to", required=True)
    p.set_defaults(func=cmd_backup)
    return parser


def main(
    argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    out = Output(_language(args.lang), stdout or sys.stdout, stderr or sys.stderr)
    func: Callable[[argparse.Namespace, Output], int] = args.func
    try:
        code = func(args, out)
        out.out.flush()  # a closed pipe shows here, not in the interpreter's last gasp
        return code
    except ExpertteamError as exc:
        out.error(exc)
        return int(exc.exit_code)
    except BrokenPipeError:
        # The reader went away (`expertteam cases list | head`): stop quietly, as Unix tools do.
        if out.out is sys.stdout:
            with contextlib.suppress(OSError, ValueError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return int(ExitCode.ERROR)
    except KeyboardInterrupt:
        out.say("Afgebroken.", "Interrupted.")
        return 130
    except Exception:
        from expertteam_app.crashlog import report_current_exception

        path = report_current_exception()
        out.error(
            ExpertteamError(
                "Er ging iets mis in het programma (een fout van ons). "
                f"Het verslag staat in {path}.",
                f"Something went wrong in the program (our bug). The report is in {path}.",
            )
        )
        return int(ExitCode.ERROR)


if __name__ == "__main__":
    sys.exit(main())
