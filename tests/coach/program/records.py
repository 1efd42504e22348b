"""Small readers of import results, shared by the importer's tests."""

HEADER = "session_id,date,mentor,mentee,cohort,notes,goal,feedback"


def ids(records):
    return [r.session_id for r in records]


def errors(report):
    return [i for i in report.issues if i.level == "error"]


def warnings(report):
    return [i for i in report.issues if i.level == "warning"]
