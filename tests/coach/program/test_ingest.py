"""The importer against the contract in evaluation/data/program/bad/expected.json, and the other formats."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from coach.errors import InputError
from coach.program.ingest import match_columns, parse_date, read_records
from tests.coach.program.records import HEADER, errors, ids, warnings
from ui.program_demo import DEMO_CSV

pytestmark = pytest.mark.fast

DATA = Path(__file__).resolve().parents[3] / "evaluation" / "data" / "program"
BAD = DATA / "bad"
EXPECTED = json.loads((BAD / "expected.json").read_text(encoding="utf-8"))


def test_latin1_falls_back_with_one_warning_and_exact_names():
    records, report = read_records(BAD / "latin1.csv")
    assert ids(records) == [k for k, v in EXPECTED["latin1.csv"]["rows"].items() if v == "imported"]
    assert report.encoding == "cp1252"
    assert len(warnings(report)) == 1 and "encoding was guessed" in warnings(report)[0].reason
    assert (records[0].mentor, records[0].mentee) == ("José Müller", "Zoë Brontë")
    assert "£40" in records[0].notes
    assert not any("\ufffd" in getattr(r, f) for r in records for f in ("mentor", "mentee", "notes"))


def test_bom_is_not_part_of_the_first_column_and_gives_no_warning():
    records, report = read_records(BAD / "bom.csv")
    assert report.columns["session_id"] == "session_id"
    assert report.file_columns[0] == "session_id"
    assert ids(records) == list(EXPECTED["bom.csv"]["rows"])
    assert report.issues == []
    assert records[0].mentor == "Nguyễn Thị Mai"


def test_semicolons_are_detected_and_commas_stay_in_the_notes():
    records, report = read_records(BAD / "semicolon.csv")
    assert report.delimiter == ";"
    assert ids(records) == list(EXPECTED["semicolon.csv"]["rows"])
    assert len(report.file_columns) == 8
    assert "the forecast, the variance report, and the cash model" in records[0].notes


def test_a_missing_required_column_rejects_the_file_naming_it_and_the_columns_found():
    with pytest.raises(InputError) as caught:
        read_records(BAD / "missing_columns.csv")
    message = str(caught.value)
    assert "'date'" in message and "session_id, mentor, mentee, cohort, notes, goal, feedback" in message
    assert "\n" not in message


def test_formulas_are_kept_verbatim():
    records, report = read_records(BAD / "formulas.csv")
    assert ids(records) == list(EXPECTED["formulas.csv"]["rows"])
    assert records[0].mentor == '=HYPERLINK("http://example.invalid","click")'
    assert records[1].mentee == "+Amara Nwosu"
    assert records[2].notes.startswith("-- see last week.")
    assert errors(report) == []


def test_mixed_dates_follow_the_contract():
    records, report = read_records(BAD / "dates_mixed.csv")
    got = {r.session_id: r.date.isoformat() for r in records}
    assert got == {
        "D-001": "2026-03-04",
        "D-002": "2026-03-04",
        "D-003": "2026-04-03",
        "D-004": "2026-03-04",
        "D-005": "2026-03-04",
        "D-006": "2026-03-14",
        "D-007": "2026-03-14",
        "D-008": "2026-03-04",
    }
    by_id = {i.session_id: i for i in report.issues}
    assert "ambiguous date" in by_id["D-002"].reason and "2026-04-03" in by_id["D-002"].reason
    assert "ambiguous date" in by_id["D-003"].reason and "2-digit year" in by_id["D-003"].reason
    assert (
        by_id["D-009"].level == "error" and by_id["D-009"].row == 10 and "next tue" in by_id["D-009"].reason
    )
    assert by_id["D-010"].level == "error" and "date missing" in by_id["D-010"].reason
    assert "D-006" not in by_id and "D-001" not in by_id
    assert report.rows == 10 and report.rejected == 2


def test_duplicates_exact_skipped_conflicting_rejected_naming_both_lines():
    records, report = read_records(BAD / "duplicate_ids.csv")
    assert ids(records) == ["U-001", "U-002", "U-003", "U-004"]
    by_row = {i.row: i for i in report.issues}
    assert (
        by_row[5].level == "warning" and "duplicate row" in by_row[5].reason and "line 2" in by_row[5].reason
    )
    assert by_row[6].level == "error" and "line 3" in by_row[6].reason and "line 6" in by_row[6].reason
    assert by_row[8].level == "error" and "line 7" in by_row[8].reason
    assert report.rejected == 2


def test_empty_notes_are_kept_and_a_short_row_warned():
    records, report = read_records(BAD / "empty_notes.csv")
    assert ids(records) == list(EXPECTED["empty_notes.csv"]["rows"])
    assert errors(report) == []
    # Every session without notes is imported and reported, never passed over in silence.
    by_id = {}
    for i in report.issues:
        by_id.setdefault(i.session_id, []).append(i.reason)
    assert sorted(by_id) == ["E-002", "E-003", "E-004", "E-005", "E-006", "E-007", "E-009"]
    assert by_id["E-002"] == ["notes empty; stored as a session with no text to analyse"]
    assert by_id["E-004"] == ["notes empty; only the goal is analysed"]
    assert by_id["E-005"] == ["notes empty; only the feedback is analysed"]
    assert "'N/A'" in by_id["E-006"][0]
    assert "5 of 8 cells" in by_id["E-009"][0] and "notes empty" in by_id["E-009"][1]


def test_a_png_named_csv_is_refused_before_parsing():
    with pytest.raises(InputError, match="not a text CSV file"):
        read_records(BAD / "not_a_csv.csv")


def test_every_bad_fixture_row_is_imported_or_reported():
    for name in EXPECTED:
        try:
            records, report = read_records(BAD / name)
        except InputError:
            continue
        reported = {i.row for i in report.issues if i.level == "error" or "duplicate" in i.reason}
        assert len(records) + len(reported) == report.rows, name


def test_demo_program_imports_whole():
    records, report = read_records(DEMO_CSV)
    assert len(records) == 618 and report.rejected == 0 and errors(report) == []
    assert records[0].source_row == 2
    # Multi-line notes: each record's row is the line its first line is on, increasing.
    rows = [r.source_row for r in records]
    assert rows == sorted(rows) and rows[-1] > 618


def test_jsonl(tmp_path):
    path = tmp_path / "s.jsonl"
    lines = [
        {
            "id": "J-1",
            "session_date": "2026-02-03",
            "mentor": "A B",
            "mentee": "C D",
            "group": "X",
            "notes": "Talked.",
        },
        "not json",
        {
            "id": "J-2",
            "session_date": "3 February 2026",
            "mentor": "A B",
            "mentee": "C D",
            "group": "X",
            "notes": "Again.",
            "extra": 1,
        },
    ]
    path.write_text(
        "\n".join(json.dumps(x) if isinstance(x, dict) else x for x in lines) + "\n", encoding="utf-8"
    )
    records, report = read_records(path)
    assert ids(records) == ["J-1", "J-2"] and records[1].date == dt.date(2026, 2, 3)
    assert report.columns["cohort"] == "group"
    assert errors(report)[0].row == 2


def test_xlsx_written_with_openpyxl(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Session ID", "Date", "Mentor", "Mentee", "Cohort", "Notes", "Goal"])
    sheet.append(
        ["X-1", dt.datetime(2026, 3, 4, 10, 0), "Priya Raman", "Jordan Blake", "SE", "Talked about it.", None]
    )
    sheet.append(["X-2", "14/03/2026", "Priya Raman", "Jordan Blake", "SE", "=1+1", "Ship it by May."])
    sheet.append([7, "2026-03-20", "Priya Raman", "Jordan Blake", "SE", "Numbers as ids.", None])
    path = tmp_path / "book.xlsx"
    book.save(path)
    records, report = read_records(path)
    assert ids(records) == ["X-1", "X-2", "7"]
    assert records[0].date == dt.date(2026, 3, 4) and records[1].date == dt.date(2026, 3, 14)
    assert records[1].notes == "=1+1" and records[1].goal == "Ship it by May."
    assert report.encoding == "xlsx"
    # A workbook named .csv is read as what it is, and says so.
    renamed = tmp_path / "book.csv"
    renamed.write_bytes(path.read_bytes())
    records2, report2 = read_records(renamed)
    assert ids(records2) == ids(records) and "Excel workbook" in report2.issues[0].reason


def test_a_csv_named_xlsx_is_read_as_csv_and_says_so(tmp_path):
    path = tmp_path / "fake.xlsx"
    path.write_text(HEADER + "\nS-1,2026-01-05,A B,C D,X,Notes.,,\n", encoding="utf-8")
    records, report = read_records(path)
    assert ids(records) == ["S-1"] and report.delimiter == ","
    assert "not an Excel workbook but a text file; it was read as CSV" in warnings(report)[0].reason
    # Not a workbook and not text either: refused, saying what it looks like.
    png = tmp_path / "picture.xlsx"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(
        InputError, match=r"picture.xlsx is not an Excel .xlsx workbook: it looks like a PNG image"
    ):
        read_records(png)
    xls = tmp_path / "old.xlsx"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    with pytest.raises(InputError, match="old Excel.*save it as .xlsx or .csv"):
        read_records(xls)


def test_mapping_overrides_and_unknown_columns_are_reported(tmp_path):
    path = tmp_path / "s.csv"
    path.write_text(
        "ref,when,coach,learner,team,summary,colour\nR-1,2026-01-05,A B,C D,T,Notes here.,blue\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="'date'"):
        read_records(path, {"notes": "summary", "cohort": "team", "mentee": "learner", "date": "nope"})
    records, report = read_records(path, {"cohort": "team", "notes": "summary"})
    assert records[0].cohort == "T" and report.columns["date"] == "when"
    assert any("'colour' is not used" in i.reason for i in report.issues)
    with pytest.raises(InputError, match="unknown field"):
        read_records(path, {"colour": "colour"})


def test_size_limit_is_a_clear_message(tmp_path, monkeypatch):
    from coach.settings import get_settings

    path = tmp_path / "s.csv"
    path.write_text(HEADER + "\n" + "S-1,2026-01-05,A,B,C,notes,,\n" * 100, encoding="utf-8")
    monkeypatch.setenv("MENTOR_COACH_MAX_IMPORT_BYTES", "1000")
    get_settings.cache_clear()
    try:
        with pytest.raises(InputError, match="import limit"):
            read_records(path)
    finally:
        monkeypatch.delenv("MENTOR_COACH_MAX_IMPORT_BYTES")
        get_settings.cache_clear()


@pytest.mark.slow
def test_a_100_mb_file_streams(tmp_path):
    import resource

    path = tmp_path / "big.csv"
    note = "Talked about the rota and the handover, with a plan for next week. " * 10
    with path.open("w", encoding="utf-8") as fh:
        fh.write(HEADER + "\n")
        i = 0
        while fh.tell() < 100_000_000:
            fh.write(f'B-{i},2026-01-05,Mentor {i % 40},Mentee {i % 90},C{i % 3},"{note}",,\n')
            i += 1
    from coach.program.ingest import iter_records
    from coach.program.types import ImportReport

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    report = ImportReport(file=path.name)
    n = sum(1 for _ in iter_records(path, None, report))
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert n == i and report.rejected == 0
    assert grown_mb < 100, f"streaming a 100 MB file grew the process by {grown_mb:.0f} MB"


def test_dates():
    assert parse_date("2026-03-04T10:30:00") == (dt.date(2026, 3, 4), None)
    assert parse_date("04/03/2026", day_first=False)[0] == dt.date(2026, 4, 3)
    assert parse_date("Wed 4th March 2026")[0] == dt.date(2026, 3, 4)
    assert parse_date("31/02/2026")[0] is None
    assert parse_date("")[1] == "date missing"


def test_synonyms():
    cols = match_columns(
        ["ID", "Session date", "Coach", "Coachee", "Programme", "Session notes", "Objective"]
    )
    assert cols == {
        "session_id": "ID",
        "date": "Session date",
        "mentor": "Coach",
        "mentee": "Coachee",
        "cohort": "Programme",
        "notes": "Session notes",
        "goal": "Objective",
    }


def test_long_notes_nul_bytes_and_utf16(tmp_path):
    long = tmp_path / "long.csv"
    long.write_text(HEADER + "\n" + f'S-1,2026-01-05,A B,C D,X,"{"word " * 60_000}",,\n', encoding="utf-8")
    records, _ = read_records(long)
    assert len(records[0].notes) == 300_000
    nul = tmp_path / "nul.csv"
    nul.write_bytes((HEADER + "\n" + "S-1,2026-01-05,A,B,C,ok,,\n" * 400).encode() + b"S-2,\x00,A,B,C,x,,\n")
    # Past the sniffed head a NUL is just a bad cell: that row is reported, the others import.
    records, report = read_records(nul)
    assert len(records) == 1 and report.rejected == 1 and errors(report)[0].session_id == "S-2"
    utf16 = tmp_path / "u16.csv"
    utf16.write_text(HEADER + "\n" + "S-1,2026-01-05,Zoë,B,C,ok,,\n", encoding="utf-16")
    records, report = read_records(utf16)
    assert records[0].mentor == "Zoë" and report.encoding == "utf-16"
