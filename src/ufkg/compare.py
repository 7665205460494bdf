"""Compare: a region's figures year against year, and localities side by side, from a built graph.

Analysts compare: how a county's figures moved from 2021 to 2022, whether what
was planned was achieved, which localities mobilised the most enterprises for
a programme. This module reads the outcomes of a graph (with their measure and
unit family, ufkg.measures) into plain `Figure` records and lines them up.

The rules, in the order they apply:

- **Place.** A figure belongs to its subject if the subject is a region; else
  to the region under the report's region whose name opens its evidence
  sentence (高县组织19家民营企业… in a 宜宾市 report is 高县's); else to the
  region its organisation is located in (uf:locatedIn), when that is the
  report's region or lies under it; else to the report's region
  (uf:coversRegion).
- **Subject.** A programme (uf:Initiative) or another actor (a party
  committee, an association, a person) keeps its own rows. A figure reported
  for the place itself, for its report, or for one of its party or government
  bodies or those above it (县委统战部 in 江安县; 市委统战部 for 高县's figure in
  the prefecture's report) is the place's own: one subject, shown as "—", so
  that one attribution this year and another the next still line up.
- **Year.** The outcome's uf:period, else its report's uf:coversYear. A target
  (uf:status "target", 力争/计划) has as its period the year it aims at, so it
  stands in the same row as the achieved figure of that year.
- **Row.** One per (place, subject, measure, unit family).
- **Cell** (a row's figure for one year and status). Within one report the
  figures are added up, except a part (uf:partOfTotal) whose total is in the
  same cell, so each unit is counted once; and one measure twice in one
  sentence is one figure, the larger (1000余家企业助力，287家企业开展联点帮扶:
  the 287 are among the 1000). When several reports give the cell, the
  figure of one report is taken: the place's own report of that year if there
  is one, else the latest; the others stay listed with their evidence.
- **Change.** Between each achieved year and the previous achieved year of the
  row: the difference and the percentage; a target year with an achieved figure
  gives the share of the target that was met.

Every figure keeps its evidence sentence and its report.
"""
from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from .graph import UF
from .measures import clean, measure_of
from .query import StoreGraph

OWN = ""  # the subject of a place's own figures
OWN_MARK = "—"
ACHIEVED, TARGET = "achieved", "target"
PLACE_OWN_CLASSES = {str(UF.Region), str(UF.Report), str(UF.GovernmentBody)}
# the class IRIs tested once per subject (rdflib's namespaces build a new term at every attribute read)
_REGION, _OUTCOME, _GOVERNMENT_BODY = str(UF.Region), str(UF.Outcome), str(UF.GovernmentBody)


class CompareError(Exception):
    """A user error (unknown or ambiguous region, nothing to compare); its message is one line."""


@dataclass(frozen=True)
class Figure:
    """One outcome as comparison sees it: where, for whom, what, when, how much, and from which sentence."""

    outcome: str
    place: str | None  # region IRI
    subject: str  # the row's subject: a label, or OWN for the place's own figures
    actor: str  # the outcome's subject as written in the graph (its label)
    measure: str
    family: str
    value: Decimal
    unit: str
    qualifier: str
    status: str
    year: int | None
    text: str
    evidence: str
    report: str
    source_file: str
    report_year: int | None
    report_region: str | None
    part_of: str | None = None  # the outcome this one is a part of (uf:partOfTotal)


@dataclass(frozen=True)
class Region:
    iri: str
    label: str
    code: str
    parent: str | None
    names: frozenset[str]


@dataclass
class Corpus:
    """The figures of a graph and the regions they can belong to."""

    figures: list[Figure]
    regions: dict[str, Region]
    subject_names: dict[str, frozenset[str]] = field(default_factory=dict)  # row subject -> its names


@dataclass
class Cell:
    """A row's figure for one year and status: its value and every figure behind it."""

    year: int
    status: str
    value: Decimal
    qualifier: str
    counted: list[Figure]  # the figures added up into value
    parts: list[Figure]  # parts whose total is counted
    other_reports: list[Figure]  # the same cell from other reports, not added
    nested: list[Figure] = field(default_factory=list)  # smaller figures of one sentence, held by its largest


@dataclass
class Row:
    place: Region | None
    subject: str
    measure: str
    family: str
    unit: str
    cells: list[Cell]

    def cell(self, year: int, status: str) -> Cell | None:
        return next((c for c in self.cells if c.year == year and c.status == status), None)


# ------------------------------------------------------------------ reading a graph


def load_corpus(graph: StoreGraph | Graph) -> Corpus:
    """The figures and regions of a graph: the store a build left, or a graph file read by rdflib."""
    pairs = _store_pairs(graph) if isinstance(graph, StoreGraph) else _graph_pairs(graph)
    return corpus_from_pairs(pairs)


def _store_pairs(graph: StoreGraph):
    import pyoxigraph as ox

    def pairs(predicate) -> list[tuple[str, str]]:
        return [(quad.subject.value, quad.object.value)
                for quad in graph.store.quads_for_pattern(None, ox.NamedNode(str(predicate)), None)]
    return pairs


def _graph_pairs(graph: Graph):
    def pairs(predicate) -> list[tuple[str, str]]:
        return [(str(s), str(o)) for s, o in graph.subject_objects(URIRef(str(predicate)))]
    return pairs


def corpus_from_pairs(pairs) -> Corpus:
    """Figures assembled from (subject, object) pairs of each predicate, read one predicate at a time.

    One scan per predicate is what both rdflib and Oxigraph do fastest; the
    joins are dictionaries here.
    """
    def table(predicate) -> dict[str, str]:
        return {s: o for s, o in sorted(pairs(predicate))}  # sorted: the last of several values, always the same

    def tables(predicate) -> dict[str, list[str]]:
        found: dict[str, list[str]] = defaultdict(list)
        for s, o in sorted(pairs(predicate)):
            found[s].append(o)
        return found

    types = tables(RDF.type)
    labels, alts = table(RDFS.label), tables(SKOS.altLabel)
    region_iris = sorted(s for s, classes in types.items() if _REGION in classes)
    codes, parents = table(UF.adminCode), table(UF.partOf)
    regions = {}
    for iri in region_iris:
        names = [labels.get(iri, ""), codes.get(iri, ""), *alts.get(iri, ())]
        regions[iri] = Region(iri, labels.get(iri, iri), codes.get(iri, ""), parents.get(iri),
                              frozenset(clean(name) for name in names if name))
    files, years, covers = table(UF.sourceFile), table(UF.coversYear), tables(UF.coversRegion)
    located = tables(UF.locatedIn)
    subject_of = {o: s for s, o in sorted(pairs(UF.hasOutcome))}
    mentioned = table(UF.mentionedIn)
    values, units, measures, families = table(UF.value), table(UF.unit), table(UF.measure), table(UF.unitFamily)
    counts = table(UF.counts)
    statuses, periods, qualifiers = table(UF.status), table(UF.period), table(UF.qualifier)
    texts, evidence, totals = table(UF.quantityText), table(UF.evidence), table(UF.partOfTotal)
    openings = _openings(regions)
    figures, subject_names = [], defaultdict(set)
    for outcome in sorted(s for s, classes in types.items() if _OUTCOME in classes):
        value = _decimal(values.get(outcome))
        report = mentioned.get(outcome, "")
        if value is None:
            continue
        actor = subject_of.get(outcome, report)
        report_region = _first(covers.get(report, ()))
        place = _place(actor, types.get(actor, ()), located.get(actor, ()), report_region, regions,
                       evidence.get(outcome, ""), openings)
        own = bool(PLACE_OWN_CLASSES & set(types.get(actor, ()))) and (
            _GOVERNMENT_BODY not in types.get(actor, ()) or not located.get(actor) or
            any(place and _within(place, region, regions) for region in located[actor]))
        actor_label = labels.get(actor) or files.get(actor, actor)
        subject = OWN if own else actor_label
        if not own:
            subject_names[subject].update(clean(n) for n in [actor_label, *alts.get(actor, ())])
        unit = units.get(outcome, "")
        measure, family = measures.get(outcome), families.get(outcome)
        if not measure or not family:  # a graph built before measures: work them out here
            found = measure_of(counts.get(outcome, ""), unit, [actor_label, *alts.get(actor, ())])
            measure, family = measure or found.name, family or found.family
        report_year = _year(years.get(report))
        figures.append(Figure(
            outcome=outcome, place=place, subject=subject, actor=actor_label, measure=measure, family=family,
            value=value, unit=unit, qualifier=qualifiers.get(outcome, "exact"), status=statuses.get(outcome, ACHIEVED),
            year=_year(periods.get(outcome)) or report_year, text=texts.get(outcome, ""),
            evidence=evidence.get(outcome, ""), report=report, source_file=files.get(report, ""),
            report_year=report_year, report_region=report_region, part_of=totals.get(outcome)))
    return Corpus(figures, regions, {name: frozenset(names) for name, names in subject_names.items()})


def _openings(regions: dict[str, Region]) -> dict[str, list[tuple[str, str]]]:
    """(name, region) for every name of two characters or more that is not a code, longest first,
    by the name's first two characters (so that a sentence is tried against a few names, not all)."""
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for pair in sorted(((name, region.iri) for region in regions.values() for name in region.names
                        if len(name) >= 2 and not name.isascii()), key=lambda pair: (-len(pair[0]), pair)):
        found[pair[0][:2]].append(pair)
    return found


def _place(actor: str, classes, located, report_region: str | None, regions: dict[str, Region],
           sentence: str = "", openings: dict[str, list[tuple[str, str]]] | None = None) -> str | None:
    if _REGION in classes:
        return actor
    if report_region and sentence and openings:
        opening = clean(sentence[:12])
        for name, region in openings.get(opening[:2], ()):
            if opening.startswith(name) and region != report_region and _within(region, report_region, regions):
                return region
    inside = [r for r in located if r in regions and (report_region is None or _within(r, report_region, regions))]
    if inside:
        return max(inside, key=lambda r: (_depth(r, regions), r))
    return report_region


def _within(region: str, ancestor: str, regions: dict[str, Region]) -> bool:
    seen = set()
    while region and region not in seen:
        if region == ancestor:
            return True
        seen.add(region)
        region = regions[region].parent if region in regions else None
    return False


def _depth(region: str, regions: dict[str, Region]) -> int:
    depth, seen = 0, set()
    while region in regions and region not in seen:
        seen.add(region)
        region = regions[region].parent
        depth += 1
    return depth


def _first(values) -> str | None:
    return min(values) if values else None


def _decimal(text: str | None) -> Decimal | None:
    try:
        return Decimal(text) if text is not None else None
    except InvalidOperation:
        return None


def _year(text: str | None) -> int | None:
    try:
        return int(str(text)[:4]) if text else None
    except ValueError:
        return None


# ------------------------------------------------------------------ regions by name


def find_region(corpus: Corpus, name: str) -> Region:
    """The region named by its official name, a short name or its code; CompareError if none or several."""
    wanted = clean(name)
    found = [region for region in corpus.regions.values() if wanted in region.names]
    if not found:
        raise CompareError(f"no region named {name!r} in the graph (give its name as a report writes it, or its code)")
    if len(found) > 1:
        listed = ", ".join(f"{r.label} ({r.code or r.iri})" for r in sorted(found, key=lambda r: (r.code, r.iri)))
        raise CompareError(f"{name!r} names {len(found)} regions: {listed}; give its code")
    return found[0]


def under(corpus: Corpus, region: Region) -> set[str]:
    """The region and every region under it (uf:partOf+)."""
    return {iri for iri in corpus.regions if _within(iri, region.iri, corpus.regions)}


# ------------------------------------------------------------------ rows and cells


def rows_of(figures: Iterable[Figure], regions: dict[str, Region]) -> list[Row]:
    """Figures lined up: one row per (place, subject, measure, unit family), one cell per year and status."""
    grouped: dict[tuple, list[Figure]] = defaultdict(list)
    for figure in figures:
        if figure.year is not None:
            grouped[(figure.place, figure.subject, figure.measure, figure.family)].append(figure)
    rows = []
    for (place, subject, measure, family), members in grouped.items():
        by_cell: dict[tuple[int, str], list[Figure]] = defaultdict(list)
        for figure in members:
            by_cell[(figure.year, figure.status)].append(figure)
        cells = [_cell(year, status, cell_figures) for (year, status), cell_figures in sorted(by_cell.items())]
        units = sorted({f.unit for f in members}, key=lambda u: (-sum(f.unit == u for f in members), u))
        rows.append(Row(regions.get(place) if place else None, subject, measure, family, units[0], cells))
    return sorted(rows, key=lambda r: (_place_order(r.place, regions), r.subject, r.family, r.measure))


def _place_order(place: Region | None, regions: dict[str, Region]) -> tuple:
    if place is None:
        return (1, 0, "", "")
    return (0, _depth(place.iri, regions), place.code, place.label)


def _cell(year: int, status: str, figures: list[Figure]) -> Cell:
    by_report: dict[str, list[Figure]] = defaultdict(list)
    for figure in figures:
        by_report[figure.report].append(figure)
    chosen = max(by_report, key=lambda report: _report_preference(by_report[report][0], year))
    in_cell = {f.outcome for f in by_report[chosen]}
    counted, parts, nested = [], [], []
    by_sentence: dict[str, list[Figure]] = defaultdict(list)
    for figure in sorted(by_report[chosen], key=lambda f: f.outcome):
        if _total_in(figure, in_cell, by_report[chosen]):
            parts.append(figure)
        else:
            by_sentence[figure.evidence].append(figure)
    for figures_of_sentence in by_sentence.values():  # one measure twice in a sentence: the larger holds the other
        largest = max(figures_of_sentence, key=lambda f: (f.value, f.outcome))
        counted.append(largest)
        nested += [f for f in figures_of_sentence if f is not largest]
    counted.sort(key=lambda f: f.outcome)
    qualifiers = {f.qualifier for f in counted}
    qualifier = "exact" if qualifiers <= {"exact"} else "approx" if "approx" in qualifiers else "atLeast"
    others = sorted((f for report, fs in by_report.items() if report != chosen for f in fs), key=lambda f: f.outcome)
    return Cell(year, status, sum((f.value for f in counted), Decimal(0)), qualifier, counted, parts, others, nested)


def _report_preference(figure: Figure, year: int) -> tuple:
    """The report to take a cell from: the place's own report of that year, else the latest."""
    return (figure.report_region == figure.place, figure.report_year == year, figure.report_year or 0,
            figure.source_file)


def _total_in(figure: Figure, in_cell: set[str], figures: list[Figure]) -> bool:
    """Whether a total of this figure (uf:partOfTotal, followed up) is among the figures of the cell."""
    totals = {f.outcome: f.part_of for f in figures}
    seen, total = set(), figure.part_of
    while total and total not in seen:
        if total in in_cell:
            return True
        seen.add(total)
        total = totals.get(total)
    return False


@dataclass(frozen=True)
class Change:
    kind: str  # "year": achieved against the previous achieved year; "target": achieved against its target
    before: int
    after: int
    from_value: Decimal
    to_value: Decimal

    @property
    def difference(self) -> Decimal:
        return self.to_value - self.from_value

    @property
    def percent(self) -> Decimal | None:
        if not self.from_value:
            return None
        base = self.to_value / self.from_value * 100
        return (base - 100 if self.kind == "year" else base).quantize(Decimal("0.1"))


def changes(row: Row) -> list[Change]:
    """Each achieved year against the previous achieved year, and each met target against its achieved figure."""
    achieved = [c for c in row.cells if c.status == ACHIEVED]
    found = [Change("year", a.year, b.year, a.value, b.value) for a, b in zip(achieved, achieved[1:])]
    for target in (c for c in row.cells if c.status == TARGET):
        done = row.cell(target.year, ACHIEVED)
        if done is not None:
            found.append(Change("target", target.year, done.year, target.value, done.value))
    return found


def pairs(rows: Iterable[Row]) -> set[tuple]:
    """What was lined up, as comparable keys: ("year", place, subject, measure, family, y1, y2) and
    ("target", place, subject, measure, family, year, year)."""
    return {(change.kind, row.place.label if row.place else "", row.subject, row.measure, row.family,
             change.before, change.after) for row in rows for change in changes(row)}


# ------------------------------------------------------------------ the two comparisons


def year_over_year(corpus: Corpus, region_name: str) -> tuple[Region, list[Row]]:
    """The rows of a region and the places under it."""
    region = find_region(corpus, region_name)
    places = under(corpus, region)
    return region, rows_of((f for f in corpus.figures if f.place in places), corpus.regions)


@dataclass(frozen=True)
class Locality:
    """One locality's figure in a side-by-side comparison."""

    place: Region | None
    subject: str
    measure: str
    family: str
    unit: str
    cell: Cell


def side_by_side(corpus: Corpus, subject: str | None = None, measure: str | None = None,
                 region_name: str | None = None, year: int | None = None) -> list[Locality]:
    """Every locality's achieved figure for a programme (or actor) and/or a measure, largest first per measure, year."""
    wanted_subject = clean(subject) if subject else None
    wanted_measure = measure_of(measure, "").name if measure else None
    places = under(corpus, find_region(corpus, region_name)) if region_name else None
    chosen = [f for f in corpus.figures if f.status == ACHIEVED
              and (wanted_subject is None or wanted_subject in corpus.subject_names.get(f.subject, ()))
              and (wanted_measure is None or f.measure == wanted_measure)
              and (places is None or f.place in places)
              and (year is None or f.year == year)]
    if subject and not any(wanted_subject in names for names in corpus.subject_names.values()):
        raise CompareError(f"no programme or actor named {subject!r} has figures in the graph")
    localities = [Locality(row.place, row.subject, row.measure, row.family, row.unit, cell)
                  for row in rows_of(chosen, corpus.regions) for cell in row.cells]
    return sorted(localities, key=lambda l: (l.subject, l.measure, l.family, -l.cell.year, -l.cell.value,
                                             l.place.label if l.place else "", l.place.code if l.place else ""))


def series_for_view(corpus: Corpus, min_places: int = 2) -> list[dict]:
    """Measures that several localities report in one year, for the view's chart: one series each, bars sorted."""
    own_by = defaultdict(list)
    for locality in side_by_side(corpus):
        own_by[(locality.subject, locality.measure, locality.family, locality.cell.year)].append(locality)
    series = []
    for (subject, measure, family, year), members in own_by.items():
        if len({m.place.iri if m.place else "" for m in members}) < min_places:
            continue
        series.append({"subject": subject, "measure": measure, "family": family, "year": year,
                       "unit": _display_unit(members[0].unit, family),
                       "bars": [{"place": m.place.label if m.place else "", "code": m.place.code if m.place else "",
                                 "iri": m.place.iri if m.place else "",
                                 "value": _number(m.cell.value), "qualifier": m.cell.qualifier,
                                 "figures": [{"text": f.text, "evidence": f.evidence, "report": f.report,
                                              "sourceFile": f.source_file} for f in m.cell.counted]}
                                for m in members]})
    return sorted(series, key=lambda s: (-len(s["bars"]), s["subject"] == OWN, s["subject"], s["measure"],
                                         s["family"], -s["year"]))


def _display_unit(unit: str, family: str) -> str:
    return {"money": "元", "percent": "%"}.get(family, clean(unit))


def _number(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


# ------------------------------------------------------------------ output


def year_table(region: Region, rows: list[Row], fmt: str) -> str:
    """Year-over-year rows as table, csv (UTF-8 text; the CLI adds the BOM) or json."""
    years = sorted({(c.year, c.status) for row in rows for c in row.cells}, key=lambda ys: (ys[0], ys[1] == TARGET))
    if fmt == "json":
        return json.dumps({"region": _region_json(region), "rows": [_row_json(row) for row in rows]},
                          ensure_ascii=False, indent=1) + "\n"
    heads = [_year_head(y, s) for y, s in years]
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        header = ["place", "adminCode", "subject", "measure", "unitFamily", "unit"]
        for head in heads:
            header += [head, f"{head} report", f"{head} evidence"]
        writer.writerow(header + ["change", "reports"])
        for row in rows:
            line = [row.place.label if row.place else "", row.place.code if row.place else "", row.subject,
                    row.measure, row.family, row.unit]
            for year, status in years:
                cell = row.cell(year, status)
                line += ([_number(cell.value), _files(cell), " | ".join(f.evidence for f in cell.counted)]
                         if cell else ["", "", ""])
            writer.writerow(line + [_changes_text(row), _files_of_row(row)])
        return out.getvalue()
    from .query import table

    body = []
    for row in rows:
        line = [row.place.label if row.place else "", row.subject or OWN_MARK, row.measure,
                _display_unit(row.unit, row.family)]
        line += [_cell_text(row.cell(year, status)) for year, status in years]
        body.append(line + [_changes_text(row), _files_of_row(row)])
    return table(["place", "subject", "measure", "unit", *heads, "change", "reports"], body)


def localities_table(localities: list[Locality], fmt: str) -> str:
    """Side-by-side rows as table, csv or json."""
    if fmt == "json":
        return json.dumps({"rows": [{"place": _region_json(l.place) if l.place else None, "subject": l.subject or None,
                                     "measure": l.measure, "unitFamily": l.family,
                                     "unit": _display_unit(l.unit, l.family), **_cell_json(l.cell)}
                                    for l in localities]}, ensure_ascii=False, indent=1) + "\n"
    header = ["rank", "place", "adminCode", "subject", "measure", "unitFamily", "year", "value", "unit", "report",
              "evidence"]
    if fmt == "csv":
        header.insert(8, "qualifier")
    ranks = _ranks(localities)
    body = [[str(rank), l.place.label if l.place else "", l.place.code if l.place else "", l.subject or OWN_MARK,
             l.measure, l.family, str(l.cell.year), _number(l.cell.value) if fmt == "csv" else _cell_text(l.cell),
             *([l.cell.qualifier] if fmt == "csv" else []), _display_unit(l.unit, l.family), _files(l.cell),
             " | ".join(f.evidence for f in l.cell.counted)] for rank, l in zip(ranks, localities)]
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(body)
        return out.getvalue()
    from .query import table

    return table(header, [line[:-1] + [_abbreviated(line[-1])] for line in body])


def _ranks(localities: list[Locality]) -> list[int]:
    ranks, previous, rank = [], None, 0
    for l in localities:
        group = (l.subject, l.measure, l.family, l.cell.year)
        rank = rank + 1 if group == previous else 1
        previous = group
        ranks.append(rank)
    return ranks


def _year_head(year: int, status: str) -> str:
    return f"{year} target" if status == TARGET else str(year)


def _cell_text(cell: Cell | None) -> str:
    if cell is None:
        return ""
    mark = {"atLeast": "≥", "approx": "≈"}.get(cell.qualifier, "")
    return mark + _number(cell.value)


def _files(cell: Cell) -> str:
    return ",".join(sorted({f.source_file for f in cell.counted + cell.parts}))


def _files_of_row(row: Row) -> str:
    return ",".join(sorted({f.source_file for c in row.cells for f in c.counted + c.parts}))


def _changes_text(row: Row) -> str:
    texts = []
    for change in changes(row):
        percent = change.percent
        if change.kind == "year":
            sign = "+" if change.difference >= 0 else ""
            text = f"{change.before}→{change.after} {sign}{_number(change.difference)}"
            if row.family == "percent":
                text += " points"  # a rate moves by points: 96% → 98% is +2 points, not +2.1%
            elif percent is not None:
                text += f" ({'+' if percent >= 0 else ''}{percent}%)"
            texts.append(text)
        else:
            texts.append(f"{change.after} target met {percent}%" if percent is not None else f"{change.after} target 0")
    return "; ".join(texts)


def _abbreviated(text: str, limit: int = 24) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _region_json(region: Region) -> dict:
    return {"iri": region.iri, "label": region.label, "adminCode": region.code}


def _figure_json(figure: Figure) -> dict:
    return {"outcome": figure.outcome, "value": _number(figure.value), "unit": figure.unit,
            "qualifier": figure.qualifier, "text": figure.text, "subject": figure.actor,
            "evidence": figure.evidence, "report": figure.report, "sourceFile": figure.source_file,
            **({"partOfTotal": figure.part_of} if figure.part_of else {})}


def _cell_json(cell: Cell) -> dict:
    found = {"year": cell.year, "status": cell.status, "value": _number(cell.value), "qualifier": cell.qualifier,
             "figures": [_figure_json(f) for f in cell.counted]}
    if cell.parts:
        found["partsNotAdded"] = [_figure_json(f) for f in cell.parts]
    if cell.nested:
        found["sameSentenceNotAdded"] = [_figure_json(f) for f in cell.nested]
    if cell.other_reports:
        found["alsoReported"] = [_figure_json(f) for f in cell.other_reports]
    return found


def _row_json(row: Row) -> dict:
    return {"place": _region_json(row.place) if row.place else None, "subject": row.subject or None,
            "measure": row.measure, "unitFamily": row.family, "unit": _display_unit(row.unit, row.family),
            "cells": [_cell_json(cell) for cell in row.cells],
            "changes": [{"kind": c.kind, "from": c.before, "to": c.after, "fromValue": _number(c.from_value),
                         "toValue": _number(c.to_value), "difference": _number(c.difference),
                         "percent": str(c.percent) if c.percent is not None else None} for c in changes(row)]}
