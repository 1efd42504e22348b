"""The program lead's side: import session records, store them, score them, and aggregate them privately.

Modules: ``ingest`` (read files), ``store`` (SQL store + migrations), ``scoring`` (batch analysis),
``privacy`` (pseudonyms, name masking), ``analytics`` (figures by cohort, mentor, month), ``report``
(files), ``types`` (the shared dataclasses). Import the submodule you need; nothing heavy loads here.
"""
