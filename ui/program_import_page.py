"""Program lead page: import session records (CSV, JSON Lines, Excel) into your program's store: the
column mapping (auto-matched, overridable), the validation report row by row, then scoring with a
progress bar. The demo program is kept in its own store and never touched from here."""

from __future__ import annotations

import atexit
import json
import shutil
import tempfile
import time
from pathlib import Path

import pandas as pd
import streamlit as st

from coach.errors import CoachError, InputError
from coach.program.types import ImportReport
from ui.program_shared import (
    STORE_KEY,
    YOURS,
    cached_analytics,
    describe_store,
    program_store,
    revision,
    score_with_progress,
    store_changed,
)

FIELDS = {
    "session_id": "Session id",
    "date": "Date",
    "mentor": "Mentor",
    "mentee": "Mentee",
    "cohort": "Cohort",
    "notes": "Notes",
    "goal": "Goal (optional)",
    "feedback": "Feedback (optional)",
}
NONE = "(not in the file)"
UPLOAD_KEY = "program_upload"


_FOLDERS: set[Path] = set()
_PREFIX = "mentor-coach-import-"


def _remove_folders() -> None:
    for folder in list(_FOLDERS):
        shutil.rmtree(folder, ignore_errors=True)
        _FOLDERS.discard(folder)


# An upload holds real names: its copy lives only while the page needs it (mapping and preview reruns),
# and goes after the import, when the upload is removed, and when the app stops.
atexit.register(_remove_folders)


def _discard_upload() -> None:
    saved = st.session_state.pop(UPLOAD_KEY, None)
    st.session_state.pop("program_previews", None)
    if saved:
        folder = Path(saved["path"]).parent
        shutil.rmtree(folder, ignore_errors=True)
        _FOLDERS.discard(folder)


def _sweep_stale(hours: float = 12) -> None:
    """Copies left by an app that was killed before it could clean up (no atexit on SIGKILL)."""
    cutoff = time.time() - hours * 3600
    for folder in Path(tempfile.gettempdir()).glob(_PREFIX + "*"):
        try:
            if folder.is_dir() and folder.stat().st_mtime < cutoff:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            pass


def _saved_upload(upload) -> Path:
    """The upload as a file under its own name (the importer sniffs the content and reports by file name)."""
    saved = st.session_state.get(UPLOAD_KEY)
    if saved and saved["id"] == upload.file_id and Path(saved["path"]).exists():
        return Path(saved["path"])
    if saved:
        _discard_upload()
    st.session_state.pop("program_previews", None)
    folder = Path(tempfile.mkdtemp(prefix=_PREFIX))  # mode 0700: only this user can read it
    _FOLDERS.add(folder)
    path = folder / (Path(upload.name).name or "upload")
    path.write_bytes(upload.getbuffer())
    st.session_state[UPLOAD_KEY] = {"id": upload.file_id, "path": str(path)}
    return path


def _preview(path: Path, mapping: dict[str, str | None] | None):
    """Read the file without storing anything: the matched columns, every row's issue, and the reason if
    the file cannot be imported as mapped (a required column not found is fixed in the mapping below)."""
    from coach.program.ingest import iter_records

    key = (str(path), json.dumps(mapping or {}, sort_keys=True))
    previews = st.session_state.setdefault("program_previews", {})
    if key not in previews:
        report = ImportReport(file=path.name)
        first: list[dict] = []
        try:
            # The count and the first rows are kept: the records themselves are read again by the import.
            n = 0
            for record in iter_records(path, mapping, report):
                n += 1
                if len(first) < PREVIEW_ROWS:
                    first.append(_preview_row(record))
            previews[key] = (n, report, None, first)
        except InputError as exc:
            previews[key] = (0, report, str(exc), first)
    return previews[key]


PREVIEW_ROWS = 5


def _initials(name: str) -> str:
    return " ".join(part[0].upper() + "." for part in name.split() if part[:1].isalpha()) or "–"


def _preview_row(record) -> dict:
    """One row as it will be imported, enough to check the columns: people as initials and names in
    the notes masked, as everywhere else a lead looks (the store keeps them as given)."""
    from coach.program.privacy import mask_names

    notes = " ".join(record.notes.split())[:160]
    notes = mask_names(notes, known_names=[record.mentor, record.mentee])[0]
    return {
        "row": record.source_row,
        "session id": record.session_id,
        "date": record.date.isoformat(),
        "mentor": _initials(record.mentor),
        "mentee": _initials(record.mentee),
        "cohort": record.cohort,
        "notes": notes[:120] + ("…" if len(notes) > 120 else ""),
        "goal": "yes" if record.goal else "–",
        "feedback": "yes" if record.feedback else "–",
    }


def _mapping_form(report, upload_id: str) -> dict[str, str | None]:
    """Selectboxes prefilled from the auto-match; returns the mapping the user settled on.

    A field set to "(not in the file)" that the auto-match had found goes in as None, which the importer
    never auto-matches again: the user's choice sticks (and a required field so set is reported as
    required). A field that nothing matched is left to the importer, which says the column is missing."""
    columns = list(report.file_columns)
    st.subheader("Columns")
    st.caption(
        "Matched by name. Change a choice if a column was matched wrongly or not found; "
        f"“{NONE}” leaves a column out (session id, date, mentor, mentee, cohort and notes are required)."
    )
    chosen = {}
    cols = st.columns(4)
    for n, (field, title) in enumerate(FIELDS.items()):
        options = [NONE, *columns]
        current = report.columns.get(field)
        index = options.index(current) if current in options else 0
        chosen[field] = cols[n % 4].selectbox(title, options, index=index, key=f"map_{field}_{upload_id}")
    return {
        field: (None if column == NONE else column)
        for field, column in chosen.items()
        if column != NONE or field in report.columns
    }


def _issues_table(report) -> None:
    if not report.issues:
        st.success("No row has a problem.")
        return
    frame = pd.DataFrame.from_records(
        [
            {
                "file": i.file,
                "row": str(i.row) if i.row else "whole file",
                "level": i.level,
                "reason": i.reason,
                "session id": i.session_id or "–",
            }
            for i in report.issues
        ]
    )
    errors = sum(1 for i in report.issues if i.level == "error")
    about_file = sum(1 for i in report.issues if not i.row)
    warnings = len(report.issues) - errors - about_file
    st.warning(
        f"Rows that cannot be imported: {errors}; imported with a warning: {warnings}; notes about the whole "
        f"file: {about_file}. Each is listed with its row in the file (the header is row 1)."
    )
    st.dataframe(frame, hide_index=True, width="stretch")


def _summary(report) -> str:
    return (
        f"{report.rows} rows read ({report.encoding}, delimiter {report.delimiter!r}): {report.inserted} new, "
        f"{report.updated} updated, {report.unchanged} unchanged, {report.rejected} rejected."
    )


def _import_form(upload) -> None:
    st.session_state["program_just_imported"] = False
    path = _saved_upload(upload)
    n_ok, preview, problem, first = _preview(path, None)
    if problem and not preview.file_columns:
        st.error(problem)  # not a file of records at all: nothing to map
        return
    mapping = _mapping_form(preview, upload.file_id)
    if mapping != preview.columns:  # the user changed a choice: read the file again as mapped
        n_ok, preview, problem, first = _preview(path, mapping)
    st.subheader("Validation")
    if problem:
        st.error(problem)
        return
    st.markdown(
        f"{preview.rows} rows read ({preview.encoding}, delimiter {preview.delimiter!r}): "
        f"**{n_ok} can be imported**, {preview.rows - n_ok} cannot."
    )
    _issues_table(preview)
    if first:
        st.caption(
            f"The first {len(first)} rows as they will be imported (people as initials, names in the notes "
            "masked; the store keeps them as given and shows only pseudonyms):"
        )
        st.dataframe(pd.DataFrame.from_records(first), hide_index=True, width="stretch")
    if st.button(f"Import {n_ok} sessions and score them", type="primary", disabled=n_ok == 0):
        try:
            report = program_store(YOURS).import_file(path, mapping=mapping or None)
        finally:
            _discard_upload()
        store_changed(YOURS)
        st.session_state["program_last_import"] = report
        st.session_state["program_just_imported"] = True
        st.session_state["program_just_imported_id"] = upload.file_id  # not copied to disk again
        st.session_state[STORE_KEY] = YOURS  # the dashboard shows what was just imported
        st.success(_summary(report))
        score_with_progress(YOURS)


def program_import() -> None:
    st.title("Import session records")
    st.caption(
        f"Imports go into {describe_store(YOURS)}. Names are stored as given and only ever shown as "
        "pseudonyms. Re-importing the same file changes nothing; an edited row is updated."
    )
    upload = st.file_uploader(
        "Session records: CSV, JSON Lines or Excel, with session id, date, mentor, mentee, "
        "cohort and notes (goal and feedback optional)",
        type=["csv", "jsonl", "xlsx"],
    )
    last = st.session_state.get("program_last_import")
    _sweep_stale()
    if upload is None:
        _discard_upload()
    if upload is not None and not st.session_state.get("program_just_imported_id") == upload.file_id:
        try:
            _import_form(upload)
            last = None if st.session_state.get("program_just_imported") else last
        except CoachError as exc:
            st.error(str(exc))
    if upload is not None and st.session_state.get("program_just_imported_id") == upload.file_id:
        st.caption(
            "This file is imported, and its temporary copy deleted. Remove it above to import another."
        )
    if last is not None:
        st.info("Last import: " + _summary(last))
    _pending()
    pages = st.session_state.get("program_pages") or {}
    if "dashboard" in pages:
        st.page_link(pages["dashboard"], label="Open the dashboard", icon=":material/monitoring:")


def _pending() -> None:
    """Scoring that was interrupted (or a new analyzer version) can be resumed from here."""
    try:
        unscored = cached_analytics(YOURS, revision(YOURS), "cohort", "{}").unscored_sessions
    except CoachError:
        return
    if unscored:
        st.warning(f"{unscored} imported sessions are not scored yet.")
        if st.button(f"Score {unscored} sessions"):
            score_with_progress(YOURS)
            st.rerun()
