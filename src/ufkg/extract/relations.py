"""Relations a report states between its own mentions.

- implementedIn: an initiative of a local report ran in the report's region;
- locatedIn: an organisation whose name holds a region belongs to the first
  region of its name (香港江西修水同乡会 → 香港); one with no region and no level
  character in its name belongs to the report's region;
- participatesIn: an organisation named in the sentence of an initiative took
  part in it (会同X…开展“Y”), unless it is only an example or a party as a whole.

Relations that need resolved names (市委统战部 → 成都市委, a region's parent)
are added by the resolver, which knows them.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ..gazetteer import Gazetteer
from ..model import Extraction, LinkMention
from .organizations import NATIONAL

ORGANIZATION_CLASSES = frozenset({"GovernmentBody", "Association", "PoliticalParty", "Organization"})
OWN_REPORT = re.compile(r"工作(总结|报告|情况|汇报|要点)|述职")
PLAN_HEADING = re.compile(r"下一步|工作计划|工作打算|工作思路|工作安排|\d{4}年.{0,4}(计划|打算|重点)")
MAX_HEADING = 30


def find_links(extraction: Extraction, gazetteer: Gazetteer) -> list[LinkMention]:
    """Mention-level links of one report."""
    mentions = extraction.mentions
    region = extraction.region_mention
    text = extraction.document.matching_text or extraction.document.text
    links: list[LinkMention] = []
    regions = sorted((i for i, m in enumerate(mentions) if m.cls == "Region"), key=lambda i: mentions[i].start)
    region_starts = [mentions[i].start for i in regions]
    by_sentence: dict[int, list[int]] = {}
    for index, mention in enumerate(mentions):
        by_sentence.setdefault(mention.sentence, []).append(index)
    for index, mention in enumerate(mentions):
        if mention.cls == "Initiative" and region is not None:
            links.append(LinkMention(index, "implementedIn", region, mention.sentence))
        elif mention.cls in ORGANIZATION_CLASSES and not _national(mention):
            first = bisect_left(region_starts, mention.start)
            inner = [r for r in regions[first:bisect_left(region_starts, mention.end)] if mentions[r].end <= mention.end]
            if "驻" in mention.name:  # 中国驻西班牙使领馆: in the host country
                inner = [r for r in inner if mentions[r].start > mention.start + mention.name.index("驻")]
            if inner:
                links.append(LinkMention(index, "locatedIn", inner[0], mention.sentence))
                if region is not None and _contains(gazetteer, mentions[inner[0]].code, mentions[region].code):
                    # 贵州港澳台青年学习交流基地 in a 黔南 report: in 贵州 by its name, in 黔南 by the report
                    links.append(LinkMention(index, "locatedIn", region, mention.sentence))
            elif mention.scope is None and region is not None and mention.cls != "PoliticalParty":
                links.append(LinkMention(index, "locatedIn", region, mention.sentence))
    for sentence, members in sorted(by_sentence.items()):
        initiatives = [i for i in members if mentions[i].cls == "Initiative"]
        for index in members:
            mention = mentions[index]
            if mention.cls not in ORGANIZATION_CLASSES or _national(mention) or not _takes_part(text, mention):
                continue
            for initiative in initiatives:
                if mentions[initiative].start >= mention.end:
                    links.append(LinkMention(index, "participatesIn", initiative, sentence))
    links.extend(_author_links(extraction, links))
    return links


def _author_links(extraction: Extraction, links: list[LinkMention]) -> list[LinkMention]:
    """A body's own work report (县委统战部2022年度工作总结) says what that body did: it took part in
    each initiative the report gives no one else for, up to the part that plans the next year."""
    mentions = extraction.mentions
    title = extraction.meta.title or ""
    if not OWN_REPORT.search(title):
        return []
    author = next((i for i, m in enumerate(mentions) if m.sentence == 0 and m.cls in ORGANIZATION_CLASSES
                   and not _national(m)), None)
    if author is None:
        return []
    plan = _plan_start(extraction)
    joined = {link.object for link in links if link.predicate == "participatesIn"}
    return [LinkMention(author, "participatesIn", index, mention.sentence)
            for index, mention in enumerate(mentions)
            if mention.cls == "Initiative" and index not in joined and mention.sentence < plan]


def _plan_start(extraction: Extraction) -> int:
    """The first sentence of the part that plans ahead (三、下一步工作计划), or past the end."""
    for sentence in extraction.sentences[1:]:
        if len(sentence.text) <= MAX_HEADING and PLAN_HEADING.search(sentence.text):
            return sentence.index
    return len(extraction.sentences)


def _national(mention) -> bool:
    """A party as a whole or a national body: no locality to place it in."""
    return mention.code == NATIONAL


def _contains(gazetteer: Gazetteer, outer: str | None, inner: str | None) -> bool:
    """Whether the region coded `outer` holds the region coded `inner` (and is not the same one)."""
    if not outer or not inner or outer == inner:
        return False
    return any(place.code == outer for place in gazetteer.ancestors(inner))


def _takes_part(text: str, mention) -> bool:
    """An organisation takes part in the initiatives after it in its sentence, unless the sentence
    only creates it (成立X), gives an example of it (X等) or speaks of something of its (X的决策部署),
    or it is a party committee or government as a whole, which leads rather than takes part (在市委、
    市政府的领导下)."""
    before = text[max(0, mention.start - 2):mention.start]
    after = text[mention.end:mention.end + 1]
    if mention.cls == "GovernmentBody" and mention.name.endswith(LEADING_BODIES):
        return False
    return after not in ("等", "的") and not before.endswith(CREATED)


LEADING_BODIES = ("委", "党委", "政府", "人民政府")


CREATED = ("成立", "组建", "建立", "设立", "筹建", "挂牌", "把", "将")
