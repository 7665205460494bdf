"""Plain data passed between the stages of the pipeline.

Each stage takes and returns these records and nothing else, so a stage can be
tested, replaced or run on its own without knowing how its neighbours work.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

# The scored classes of the contract, most specific first: a name that could be
# read as two of them is given the first.
ENTITY_CLASSES = (
    "PoliticalParty",
    "GovernmentBody",
    "Association",
    "Organization",
    "Initiative",
    "Policy",
    "Region",
    "Person",
)


@dataclass(frozen=True)
class Document:
    """One report as read from disk: its cleaned text and where it came from."""

    path: Path
    source_file: str  # the file's name without folders, as the contract asks
    text: str  # cleaned text, paragraphs separated by "\n"
    report_id: str  # stable slug used in the report's IRI
    matching_text: str | None = None  # simplified-Chinese twin of text, same length; None when text is simplified
    part: int = 0  # a very large file is read in parts; 0 is the first (the one with the title)
    offset: int = 0  # characters of the report before this part


@dataclass(frozen=True)
class ReportMeta:
    """What a report says about itself."""

    title: str | None = None
    region: str | None = None  # the covered region as written in the title or text
    year: int | None = None
    publisher: str | None = None
    date: str | None = None  # ISO 8601 (YYYY-MM-DD)
    # the gazetteer code of the covered region as the text resolves it (通州区 of 南通, not of 北京), or of
    # the county that holds a covered township the gazetteer does not know; None when neither is known
    region_code: str | None = None


@dataclass(frozen=True)
class Sentence:
    """A sentence of a report, with its place in the text."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int


@dataclass(frozen=True)
class Place:
    """An administrative area, country or territory known to the gazetteer."""

    code: str  # 6-digit administrative code, or ISO 3166-1 alpha-2 for a country
    name: str  # official name: 黔南布依族苗族自治州
    level: str  # province | prefecture | county | township | village | country
    parent: str | None  # code of the containing Place, None at the top
    short_names: tuple[str, ...] = ()  # 黔南州, 黔南


# Values of Mention.scope besides a level character (州 of 州委统战部: the report's prefecture):
OWN_LOCALITY = "@"  # a bare head (工商联): the body of the report's own locality
OWN_REPORT = "#"  # a department's listed office (办公室, 民族工作处): a body of that report's department only
# what ends the name of a CPPCC's own unit written right after it (某市政协民宗委, 某省政协某某委员会,
# 某市政协某某联络组): the extractor reads the unit with its CPPCC, and resolution makes it part of that CPPCC
CPPCC_UNIT_HEADS = "委员会|委員會|委|联络组|聯絡組"
# the Communist Youth League, whose committees (共青团某县委, written 团县委) extraction names with it and resolution
# places as it places a party's
YOUTH_LEAGUE = "共青团"


@dataclass(frozen=True)
class Mention:
    """A name found in a sentence, before it is resolved to an entity.

    `name` is the name the extractor settled on (quotation marks and generic
    heads removed); `surface` is exactly what the text wrote. `scope` says how
    a local short form must be completed: "州" for 州委统战部 means "the
    prefecture this report is about". `code` carries a gazetteer code for
    regions.
    """

    cls: str
    surface: str
    name: str
    start: int
    end: int
    sentence: int
    scope: str | None = None
    code: str | None = None
    parent_name: str | None = None  # for a committee or branch: the body it belongs to (民革 for 民革黔南州委)
    same_as: str | None = None  # another name the text gives the same thing, e.g. in brackets: 欧美同学会(留联会)
    in_name: bool = False  # a place read only as a word of other names (福建某某集团): it places them, unmentioned


@dataclass(frozen=True)
class QuantityMention:
    """A reported quantity read from a sentence."""

    value: Decimal
    unit: str  # "CNY", "%", or the measure word as written
    counts: str  # what is counted, as written
    qualifier: str  # exact | atLeast | approx
    status: str  # achieved | target
    period: int | None  # the year the quantity refers to
    text: str  # the quantity as written, e.g. 近2200人次
    start: int
    end: int
    sentence: int
    subject: int | None = None  # index into the document's mentions, None for the report's region
    part_of: int | None = None  # index into the extraction's quantities of the total this is a part of (其中…)


@dataclass(frozen=True)
class LinkMention:
    """A relation stated or implied by a report, between two of its mentions."""

    subject: int  # index into the document's mentions
    predicate: str  # implementedIn | locatedIn | partOf | subOrganizationOf | participatesIn
    object: int
    sentence: int | None  # None when implied by the report as a whole


@dataclass
class Extraction:
    """Everything read from one report."""

    document: Document
    meta: ReportMeta
    sentences: list[Sentence]
    mentions: list[Mention]
    quantities: list[QuantityMention] = field(default_factory=list)
    links: list[LinkMention] = field(default_factory=list)
    region_mention: int | None = None  # index of the mention that stands for the covered region


# ---------------------------------------------------------------------- resolved, across reports


@dataclass
class Entity:
    """One real thing, however many reports name it and however they write it."""

    key: str  # the IRI path under the resource namespace: "region/522732", "initiative/万企兴万村"
    cls: str
    label: str
    alt_labels: set[str] = field(default_factory=set)
    evidence: dict[str, tuple[str, str]] = field(default_factory=dict)  # report id -> (sentence, surface), first mention
    code: str | None = None  # administrative or ISO code, for regions
    level: str | None = None  # for regions
    parent: str | None = None  # key of the containing region, for regions


@dataclass(frozen=True)
class Link:
    """A relation between two entities, stated in one report (report None: from reference data)."""

    subject: str
    predicate: str
    object: str
    report: str | None
    evidence: str | None


@dataclass(frozen=True)
class Outcome:
    """A reported quantity, resolved to its subject."""

    key: str
    report: str
    value: Decimal
    unit: str
    counts: str
    qualifier: str
    status: str
    period: int | None
    text: str
    evidence: str
    subject: str | None  # entity key; None when the report names no region either
    part_of: str | None = None  # key of the outcome this one is a part of (投入1.2亿元，其中…8000万元)


@dataclass(frozen=True)
class Report:
    """A report as it enters the graph."""

    id: str
    source_file: str
    meta: ReportMeta
    region: str | None  # key of the covered region's entity


@dataclass
class KnowledgeBase:
    """Everything the graph is built from."""

    reports: list[Report] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    links: set[Link] = field(default_factory=set)
    outcomes: list[Outcome] = field(default_factory=list)
