"""outcomes.csv: one row per reported quantity, the table an analyst opens in a spreadsheet.

`counts` is what is counted as written; `measure` and `unit_family` beside it are the
comparable form (ufkg.measures), so a spreadsheet can filter and pivot on them. Each row carries
its outcome's IRI and, for a part of a total (其中…), the total's IRI in part_of, so that a sum in
the spreadsheet can leave parts out as the queries do.
"""
from __future__ import annotations

import csv
import io

from .graph import _decimal_text, iri
from .measures import outcome_measure
from .model import KnowledgeBase

COLUMNS = ["report_file", "region", "year", "subject", "subject_class", "counts", "measure", "unit_family", "value",
           "unit", "qualifier", "status", "period", "quantity_as_written", "evidence", "outcome", "part_of"]


def outcomes_csv(kb: KnowledgeBase) -> str:
    """The outcomes of a knowledge base as CSV text (the caller writes it with a BOM for spreadsheets)."""
    reports = {report.id: report for report in kb.reports}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for outcome in sorted(kb.outcomes, key=lambda o: (reports[o.report].source_file, o.key)):
        report = reports[outcome.report]
        region = kb.entities[report.region].label if report.region else ""
        subject = kb.entities.get(outcome.subject) if outcome.subject else None
        measure = outcome_measure(outcome, kb.entities, report.region)
        writer.writerow([
            report.source_file, region, report.meta.year or "",
            subject.label if subject else region, subject.cls if subject else ("Region" if region else "Report"),
            outcome.counts, measure.name, measure.family, _decimal_text(outcome.value), outcome.unit, outcome.qualifier,
            outcome.status, outcome.period or "", outcome.text, outcome.evidence,
            str(iri(outcome.key)), str(iri(outcome.part_of)) if outcome.part_of else "",
        ])
    return out.getvalue()
