"""The importer on the bad input of issue #7 beyond the shipped fixtures: the user's mapping choices,
JSON Lines whose keys vary by line, files that are not what their names say, damaged or odd
workbooks, encodings, broken quoting, and the rule that every row is imported or reported."""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from pathlib import Path

import pytest

from coach.errors import InputError
from coach.program.ingest import iter_records, parse_date, read_records
from coach.program.types import ImportReport
from tests.coach.program.records import HEADER, errors, ids, warnings

pytestmark = pytest.mark.fast


def reasons(report):
    return [i.reason for i in report.issues]


def every_row_accounted_for(records, report):
    """Each row read is a record, an error, or a skipped exact duplicate (a warning that says so)."""
    reported = {i.row for i in report.issues if i.row and (i.level == "error" or "duplicate row" in i.reason)}
    return len(records) + len(reported) == report.rows


def write_jsonl(path: Path, lines: list) -> Path:
    path.write_text(
        "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n", encoding="utf-8"
    )
    return path


# -- the mapping: "(not in the file)" is a choice that sticks ----------------------------------------
def test_a_field_mapped_to_none_is_left_out_and_never_auto_matched(tmp_path):
    path = tmp_path / "s.csv"
    path.write_text(
        HEADER + "\nS-1,2026-01-05,A B,C D,X,Notes.,Ship it by May.,Well done.\n", encoding="utf-8"
    )
    records, report = read_records(path, {"goal": None})
    assert "goal" not in report.columns and report.columns["feedback"] == "feedback"
    assert records[0].goal is None and records[0].feedback == "Well done."
    assert "column 'goal' is not used" in reasons(report)
    records, report = read_records(path, {"goal": "", "feedback": None})  # "" means the same
    assert (records[0].goal, records[0].feedback) == (None, None)


def test_a_required_field_mapped_to_none_is_refused_saying_it_is_required(tmp_path):
    path = tmp_path / "s.csv"
    path.write_text(HEADER + "\nS-1,2026-01-05,A B,C D,X,Notes.,,\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_records(path, {"notes": None})
    message = str(caught.value)
    assert "'notes' is required" in message and "choose the column" in message
    assert (
        "session_id, date, mentor, mentee, cohort, notes, goal, feedback" in message and "\n" not in message
    )
    with pytest.raises(InputError, match="'date' and 'cohort' are required"):
        read_records(path, {"date": None, "cohort": None})


def test_a_mapped_name_may_differ_in_case_and_spacing(tmp_path):
    path = tmp_path / "s.csv"
    path.write_text(
        "ref,when,coach,learner,Team Name,Summary\nR-1,2026-01-05,A B,C D,T,Notes here.\n", encoding="utf-8"
    )
    records, report = read_records(path, {"cohort": "team name", "notes": " SUMMARY "})
    assert records[0].cohort == "T" and report.columns == {
        "session_id": "ref",
        "date": "when",
        "mentor": "coach",
        "mentee": "learner",
        "cohort": "Team Name",
        "notes": "Summary",
    }


def test_one_column_read_as_two_fields_is_a_warning(tmp_path):
    path = tmp_path / "s.csv"
    path.write_text(HEADER + "\nS-1,2026-01-05,A B,C D,X,Notes.,,\n", encoding="utf-8")
    records, report = read_records(path, {"notes": "notes", "feedback": "notes"})
    assert records[0].feedback == "Notes." and "column 'notes' is read as notes and as feedback" in reasons(
        report
    )


# -- JSON Lines: every key of the file, not only the first line's --------------------------------------
def test_jsonl_columns_are_the_union_of_keys_in_first_seen_order(tmp_path):
    path = write_jsonl(
        tmp_path / "s.jsonl",
        [
            {
                "id": "J-1",
                "date": "2026-02-03",
                "mentor": "A B",
                "mentee": "C D",
                "cohort": "X",
                "notes": "One.",
            },
            {
                "id": "J-2",
                "date": "2026-02-04",
                "mentor": "A B",
                "mentee": "C D",
                "cohort": "X",
                "notes": "Two.",
                "goal": "Ship the release by May.",
            },
            {
                "id": "J-3",
                "date": "2026-02-05",
                "mentor": "A B",
                "mentee": "C D",
                "cohort": "X",
                "feedback": "You asked good questions.",
            },
            {"id": "J-4", "date": "2026-02-06", "mentee": "C D", "cohort": "X", "notes": "Four."},
            {
                "id": "J-5",
                "date": "2026-02-07",
                "mentor": "A B",
                "mentee": "C D",
                "cohort": "X",
                "notes": ["a", "list"],
                "extra": {"k": 1},
            },
            [1, 2],
        ],
    )
    records, report = read_records(path)
    assert report.file_columns == [
        "id",
        "date",
        "mentor",
        "mentee",
        "cohort",
        "notes",
        "goal",
        "feedback",
        "extra",
    ]
    assert report.columns["goal"] == "goal" and report.columns["feedback"] == "feedback"
    assert ids(records) == ["J-1", "J-2", "J-3", "J-5"]
    by_id = {r.session_id: r for r in records}
    assert by_id["J-2"].goal == "Ship the release by May." and by_id["J-1"].goal is None
    assert by_id["J-3"].notes == "" and by_id["J-3"].feedback == "You asked good questions."
    assert by_id["J-5"].notes == '["a", "list"]'
    rows = {i.row: i for i in report.issues if i.row}
    assert (
        rows[3].level == "warning"
        and rows[3].reason
        == "no 'notes' key on this line: notes read as empty; only the feedback is analysed"
    )
    assert (
        rows[4].level == "error"
        and rows[4].reason == "mentor missing (no 'mentor' key on this line); row not imported"
    )
    assert rows[6].level == "error" and "JSON list, not an object" in rows[6].reason
    assert "column 'extra' is not used" in reasons(report)
    assert every_row_accounted_for(records, report) and report.rows == 6 and report.rejected == 2


def test_jsonl_line_missing_the_date_key_and_duplicate_ids(tmp_path):
    base = {
        "id": "J-1",
        "date": "2026-02-03",
        "mentor": "A B",
        "mentee": "C D",
        "cohort": "X",
        "notes": "One.",
    }
    no_date = {k: v for k, v in base.items() if k != "date"} | {"id": "J-2"}
    path = write_jsonl(tmp_path / "s.jsonl", [base, no_date, base, base | {"notes": "Changed."}, "{broken"])
    records, report = read_records(path)
    assert ids(records) == ["J-1"]
    rows = {i.row: i for i in report.issues}
    assert rows[2].reason == "date missing (no 'date' key on this line); row not imported"
    assert rows[3].level == "warning" and "duplicate row: same as line 1" in rows[3].reason
    assert rows[4].level == "error" and "already used on line 1" in rows[4].reason
    assert rows[5].level == "error" and "not valid JSON" in rows[5].reason
    assert every_row_accounted_for(records, report)


def test_json_that_is_not_json_lines_is_a_clear_message(tmp_path):
    array = tmp_path / "export.json"
    array.write_text(json.dumps([{"id": "J-1"}]), encoding="utf-8")
    with pytest.raises(InputError, match="one JSON array, not JSON Lines"):
        read_records(array)
    pretty = tmp_path / "pretty.jsonl"
    pretty.write_text(json.dumps({"id": "J-1", "notes": "x"}, indent=2), encoding="utf-8")
    with pytest.raises(InputError, match="line 1 is not a JSON object on one line"):
        read_records(pretty)


def test_content_decides_between_csv_and_json_lines(tmp_path):
    jsonl_named_csv = write_jsonl(
        tmp_path / "s.csv",
        [
            {
                "id": "J-1",
                "date": "2026-02-03",
                "mentor": "A B",
                "mentee": "C D",
                "cohort": "X",
                "notes": "One.",
            }
        ],
    )
    records, report = read_records(jsonl_named_csv)
    assert ids(records) == ["J-1"] and "read as JSON Lines" in warnings(report)[0].reason
    csv_named_jsonl = tmp_path / "s.jsonl"
    csv_named_jsonl.write_text(HEADER + "\nS-1,2026-01-05,A B,C D,X,Notes.,,\n", encoding="utf-8")
    records, report = read_records(csv_named_jsonl)
    assert ids(records) == ["S-1"] and "it was read as CSV" in warnings(report)[0].reason


@pytest.mark.slow
def test_a_big_json_lines_file_streams_in_two_passes(tmp_path):
    """40 MB rather than the CSV test's 100 (both passes parse every line; the suite has a time budget):
    growing by less than the file's size shows that neither pass holds it."""
    import resource

    path = tmp_path / "big.jsonl"
    note = "Talked about the rota and the handover, with a plan for next week. " * 10
    with path.open("w", encoding="utf-8") as fh:
        i = 0
        while fh.tell() < 40_000_000:
            row = {
                "id": f"B-{i}",
                "date": "2026-01-05",
                "mentor": f"Mentor {i % 40}",
                "mentee": f"Mentee {i % 90}",
                "cohort": f"C{i % 3}",
                "notes": note,
            }
            if i == 5000:
                row["goal"] = "Run the huddle three times a week by March."  # a key seen only far down
            fh.write(json.dumps(row) + "\n")
            i += 1
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    report = ImportReport(file=path.name)
    n = sum(1 for _ in iter_records(path, None, report))
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert n == i and report.rejected == 0 and report.columns["goal"] == "goal"
    assert grown_mb < 40, f"streaming a 40 MB JSON Lines file grew the process by {grown_mb:.0f} MB"


# -- workbooks --------------------------------------------------------------------------------------
def make_book(path: Path, sheets: dict[str, list[list]]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


XLSX_HEADER = ["Session ID", "Date", "Mentor", "Mentee", "Cohort", "Notes", "Goal", "Feedback"]


def test_a_workbook_with_a_wrong_used_range_is_read_whole(tmp_path):
    good = make_book(
        tmp_path / "good.xlsx",
        {
            "Sessions": [
                XLSX_HEADER,
                ["X-1", "2026-03-04", "A B", "C D", "SE", "Talked.", None, None],
                ["X-2", "2026-03-05", "A B", "C D", "SE", "Again.", "Ship by May.", None],
            ]
        },
    )
    # Some writers record the used range as A1 only: a reader that trusts it sees one cell.
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(broken, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data, n = re.subn(rb'<dimension ref="[^"]+" ?/>', b'<dimension ref="A1"/>', data)
                assert n == 1
            zout.writestr(item, data)
    records, report = read_records(broken)
    assert ids(records) == ["X-1", "X-2"] and records[1].goal == "Ship by May."
    # Cells a row leaves out at its end are empty, not a short row.
    assert report.issues == []


def test_other_sheets_with_data_are_named_and_an_empty_first_sheet_is_passed_over(tmp_path):
    path = make_book(
        tmp_path / "book.xlsx",
        {
            "Cover": [],
            "Sessions": [XLSX_HEADER, ["X-1", "2026-03-04", "A B", "C D", "SE", "Talked.", None, None]],
            "Archive": [XLSX_HEADER, ["X-0", "2025-03-04", "A B", "C D", "SE", "Old.", None, None]],
            "Empty": [],
        },
    )
    records, report = read_records(path)
    assert ids(records) == ["X-1"]
    assert reasons(report) == [
        "the first sheet 'Cover' is empty; the records were read from sheet 'Sessions'",
        "only sheet 'Sessions' was read; sheet(s) 'Archive' also hold data and were not imported "
        "(import each as its own file)",
    ]


def test_zip_files_that_are_not_workbooks_are_named(tmp_path):
    docx = tmp_path / "notes.xlsx"
    with zipfile.ZipFile(docx, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<document/>")
    with pytest.raises(InputError, match="notes.xlsx is not an Excel .xlsx workbook: it is a Word document"):
        read_records(docx)
    archive = tmp_path / "sessions.csv"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("sessions.csv", HEADER)
    with pytest.raises(InputError, match="sessions.csv is not a text CSV file: it is a ZIP archive"):
        read_records(archive)
    cut = tmp_path / "cut.xlsx"
    whole = make_book(tmp_path / "whole.xlsx", {"S": [XLSX_HEADER]}).read_bytes()
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(InputError, match="damaged ZIP file"):
        read_records(cut)


def test_a_workbook_with_only_empty_sheets(tmp_path):
    path = make_book(tmp_path / "empty.xlsx", {"A": [], "B": [[None, "  "]]})
    with pytest.raises(InputError, match="sheets are empty"):
        read_records(path)


# -- encodings --------------------------------------------------------------------------------------
def test_latin1_warning_says_where_the_first_non_utf8_byte_is(tmp_path):
    path = tmp_path / "l.csv"
    path.write_bytes(
        (
            HEADER + "\nS-1,2026-01-05,Ann Lee,Bo Yu,X,Plain.,,\n"
            "S-2,2026-01-06,José Müller,Bo Yu,X,Costs £40.,,\n"
        ).encode("cp1252")
    )
    records, report = read_records(path)
    assert records[1].mentor == "José Müller" and report.encoding == "cp1252"
    assert "first byte that is not UTF-8 is on line 3" in warnings(report)[0].reason


def test_mostly_utf8_with_a_stray_byte_keeps_the_utf8_names(tmp_path):
    path = tmp_path / "mixed.csv"
    good = (
        HEADER
        + "\n"
        + "".join(f"S-{i},2026-01-05,Nguyễn Thị Mai,Zoë Brontë,X,Notes {i}.,,\n" for i in range(5))
    ).encode("utf-8")
    path.write_bytes(good + b"S-9,2026-01-06,Ann Lee,Bo Yu,X,Caf" + b"\xe9 talk.,,\n")
    records, report = read_records(path)
    assert records[0].mentor == "Nguyễn Thị Mai" and records[0].mentee == "Zoë Brontë"
    assert records[-1].notes == "Caf\ufffd talk."
    assert report.encoding == "utf-8 (bad bytes replaced)"
    assert "except for 1 byte(s)" in warnings(report)[0].reason and "line 7" in warnings(report)[0].reason


def test_utf16_without_a_byte_order_mark(tmp_path):
    path = tmp_path / "u16.csv"
    path.write_bytes((HEADER + "\nS-1,2026-01-05,Zoë,B,C,ok,,\n").encode("utf-16-le"))
    records, report = read_records(path)
    assert records[0].mentor == "Zoë" and report.encoding == "utf-16-le"


# -- CSV structure ----------------------------------------------------------------------------------
def test_blank_lines_before_the_header_are_skipped(tmp_path):
    path = tmp_path / "s.csv"
    path.write_text(
        "\n\n" + HEADER.replace(",", ";") + "\nS-1;2026-01-05;A B;C D;X;Notes, with a comma.;;\n",
        encoding="utf-8",
    )
    records, report = read_records(path)
    assert (
        report.delimiter == ";" and records[0].notes == "Notes, with a comma." and records[0].source_row == 4
    )


def test_an_unclosed_quote_that_swallows_rows_is_reported(tmp_path):
    path = tmp_path / "s.csv"
    path.write_text(
        HEADER + "\n"
        "S-1,2026-01-05,A B,C D,X,Fine.,,\n"
        'S-2,2026-01-06,A B,C D,X,"She said ""hi"" and left,,\n'
        "S-3,2026-01-07,A B,C D,X,Swallowed.,,\n"
        "S-4,2026-01-08,A B,C D,X,Swallowed too.,,\n",
        encoding="utf-8",
    )
    records, report = read_records(path)
    assert ids(records) == ["S-1"]
    (error,) = errors(report)
    assert error.row == 3 and error.session_id == "S-2"
    assert "line 4 inside it reads as a row of its own (session id 'S-3', date '2026-01-07')" in error.reason
    assert "closing quote is probably missing" in error.reason
    # A note that only looks a little like a row (no id and date in their places) is a note.
    ok = tmp_path / "ok.csv"
    ok.write_text(
        HEADER + '\nS-1,2026-01-05,A B,C D,X,"Plan:\na, b, c, d, e, f, g, h\nDone.",,\n', encoding="utf-8"
    )
    records, report = read_records(ok)
    assert ids(records) == ["S-1"] and report.issues == []


def test_an_unclosed_quote_in_a_big_file_is_one_clear_message(tmp_path):
    path = tmp_path / "s.csv"
    row = "S-{},2026-01-05,A B,C D,X,Notes that go on for a while about the rota and the plan.,,\n"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(HEADER + "\n" + row.format(1) + 'S-2,2026-01-05,A B,C D,X,"Opened,,\n')
        for i in range(3, 240_000):
            fh.write(row.format(i))
    with pytest.raises(InputError, match="quoted cell starting on line 3 or soon after never closes"):
        read_records(path)


def test_duplicate_and_unnamed_header_columns_are_reported(tmp_path):
    path = tmp_path / "s.csv"
    path.write_text(
        HEADER
        + ",notes,\nS-1,2026-01-05,A B,C D,X,First.,,,Second.,stray\nS-2,2026-01-06,A B,C D,X,Ok.,,,,\n",
        encoding="utf-8",
    )
    records, report = read_records(path)
    assert records[0].notes == "First."
    assert "column 'notes' appears 2 times (columns 6, 9); only the first is read" in reasons(report)
    assert (
        "column 10 has no name in the header but holds values (first on line 2); it is not read"
        in reasons(report)
    )


def test_nul_characters_and_line_endings_in_cells(tmp_path):
    lf = tmp_path / "lf.csv"
    lf.write_bytes((HEADER + "\n" + 'S-1,2026-01-05,A B,C D,X,"Line one\nline two",,\n').encode())
    crlf = tmp_path / "crlf.csv"
    crlf.write_bytes((HEADER + "\r\n" + 'S-1,2026-01-05,A B,C D,X,"Line one\r\nline two",,\r\n').encode())
    (a,), _ = read_records(lf)
    (b,), _ = read_records(crlf)
    assert a.notes == b.notes == "Line one\nline two"  # the same file re-saved on Windows is the same file
    nul = tmp_path / "nul.csv"
    nul.write_bytes(
        (HEADER + "\n" + "S-1,2026-01-05,A B,C D,X,ok,,\n" * 300).encode()
        + b"S-2,2026-01-06,A B,C D,X,bad\x00cell,,\n"
    )
    records, report = read_records(nul)
    assert records[-1].notes == "badcell"
    assert [i.reason for i in report.issues if i.session_id == "S-2"] == [
        "NUL characters removed from the row's cells"
    ]


# -- dates ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, day, note",
    [
        ("04-Mar-2026", dt.date(2026, 3, 4), None),
        ("4-Mar-26", dt.date(2026, 3, 4), "2-digit year"),
        ("Mar-04-2026", dt.date(2026, 3, 4), None),
        ("20260304", dt.date(2026, 3, 4), None),
        ("Wednesday, March 4th, 2026", dt.date(2026, 3, 4), None),
        ("4 March 2026 10:30", dt.date(2026, 3, 4), None),
        ("2026-03-04 10:30:00.123+01:00", dt.date(2026, 3, 4), None),
        ("3/14/2026 2:15 PM", dt.date(2026, 3, 14), None),
        ("4 Mar 26", dt.date(2026, 3, 4), "2-digit year"),
    ],
)
def test_more_date_formats(text, day, note):
    got, why = parse_date(text)
    assert got == day
    assert (why is None) if note is None else (note in why)


@pytest.mark.parametrize("text", ["12345678", "Mar 2026", "31-Feb-2026", "soon"])
def test_dates_that_are_not_days(text):
    got, why = parse_date(text)
    assert got is None and text in why


# -- the rule: nothing dropped in silence -----------------------------------------------------------
def test_every_row_of_a_messy_file_is_imported_or_reported(tmp_path):
    path = tmp_path / "messy.csv"
    path.write_text(
        HEADER
        + "\n"
        + "\n".join(
            [
                "M-1,2026-01-05,A B,C D,X,Fine.,,",
                ",2026-01-05,A B,C D,X,No id.,,",
                "M-3,,A B,C D,X,No date.,,",
                "M-4,someday,A B,C D,X,Bad date.,,",
                "M-5,2026-02-30,A B,C D,X,Not a day.,,",
                "M-6,2026-01-05,,C D,X,No mentor.,,",
                "M-7,2026-01-05,A B,C D,X,,,",
                "M-1,2026-01-05,A B,C D,X,Fine.,,",
                "m-1 ,2026-01-06,A B,C D,X,Edited in the same file.,,",
                "M-10,2026-01-05,A B,C D,X",
                "M-11,2026-01-05,A B,C D,X,Too many.,,,extra",
                "",
                ",,,,,,,",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    records, report = read_records(path)
    assert ids(records) == ["M-1", "M-7", "M-10", "M-11"]
    assert every_row_accounted_for(records, report) and report.rows == 11 and report.rejected == 6
    for issue in report.issues:
        assert issue.file == "messy.csv" and issue.row >= 2 and issue.reason
