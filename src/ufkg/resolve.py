"""Mentions of many reports -> entities with stable keys, links and outcomes.

The key of an entity is its IRI path, made only from what identifies it (a
region's administrative code, a body's full local name, an initiative's name),
so that the same thing gets the same IRI in every build and from every report.
Local short forms are completed from the report's locality first: 州委 in a
黔南州 report is 黔南州委; 省委 there is 贵州省委; 区工商联 in a city's report, after its
sentence named one of the city's districts, is that district's. A short form that cannot be
completed (a report whose region is unknown) stays as written, but its key is
scoped to the report, so that two unknown 县委 never merge. A quoted name a traditional-script
report writes (“掌上聯誼會”平台) stays among the entity's labels beside the simplified one. The editions
of a recurring event (2018年第七届某某文化节, 第七届某某文化节) are one initiative, and a democratic party's
committee is one however its party and its 委会 are written.
"""
from __future__ import annotations

import re
import unicodedata

from .gazetteer import Gazetteer, load_gazetteer
from .lexicon import Lexicon, load_lexicon
from .model import (CPPCC_UNIT_HEADS, OWN_LOCALITY, OWN_REPORT, YOUTH_LEAGUE, Entity, Extraction, KnowledgeBase, Link,
                    Mention, Outcome, Place, Report)
from .text import pair_straight_quotes

QUOTED_IN_SURFACE = re.compile(r"[“「]([^”」]+)[”」]")
CLASS_SLUGS = {
    "PoliticalParty": "party",
    "GovernmentBody": "body",
    "Association": "association",
    "Organization": "organization",
    "Initiative": "initiative",
    "Policy": "policy",
    "Region": "region",
    "Person": "person",
}
LEVEL_CHARS = "省市州县区旗盟"
AUTONOMOUS_REGION = "自治区"
MAX_SAME_START = 4  # mentions read from one start (a place, then bodies named after it), looked past for the one before
HOLDERS = ("prefecture", "county")  # the levels that hold townships: one named between a township and a village holds it
DEPARTMENT_WITHOUT_COMMITTEE = re.compile(r"([省市县区州旗盟])统战部$")  # the department is the committee's
INITIATIVE_TAILS = ("行动", "活动", "项目")
QUOTES = "“”\"'‘’「」『』《》〈〉"
SLOGAN_SEPARATORS = re.compile(r"[、·•・,，;；+＋]")  # 大走访+大帮扶 and 大走访大帮扶 too
# a person's office written after a committee (市委常委、…; 县委书记某某): the committee is not named itself
OFFICE_AFTER = re.compile(r"(?:常委(?!会|會)|常務委員|常务委员|书记|書記|副书记|副書記)")


def normalise(text: str) -> str:
    """A name as compared: NFKC, no spaces, no quotation or title marks."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(char for char in text if not char.isspace() and char not in QUOTES)


def common_name(place: Place) -> str:
    """The name a report would put before 委 or 工商联: 贵州省, 成都市, 黔南州, 三都县, 香港."""
    name = place.name
    plain = {"province": "省市", "prefecture": "市", "county": "县区市旗"}.get(place.level, "")  # 重庆市: a municipality
    if "自治" not in name and "特别行政区" not in name and name[-1:] in plain + "盟" and len(name) <= 5:
        return name
    for short in sorted(place.short_names, key=lambda s: (-len(s), s)):
        if short[-1:] in LEVEL_CHARS and "自治" not in short:
            return short
    shortest = sorted(place.short_names, key=lambda s: (len(s), s))
    return shortest[0] if shortest else name


SPECIAL_REGION = "特别行政区"
STANDING_MEMBER = re.compile(r"常委[、，,]\s*$")  # 某省委常委、|统战部部长
LIST_GAP = re.compile(r"\s*[、，,和及与]\s*|\s*以及\s*")  # between the items of a list of bodies
SPECIAL_REGION_BODIES = ("政府", "特区", "特别行政区", "立法会", "行政会议", "终审法院")  # 香港特区政府: the region's own organs


def _bare_name(place: Place) -> str:
    """A place's shortest name of two characters or more (香港 for 香港特别行政区)."""
    return min((short for short in place.short_names if len(short) >= 2), key=lambda s: (len(s), s), default=place.name)


def body_prefix(place: Place) -> str:
    """The place as a body's name begins with it: the common name (黔南州委), but an autonomous region
    in full (新疆维吾尔自治区党委), since its common name has lost the level that 党委 hangs on."""
    if place.level == "province" and place.name.endswith(AUTONOMOUS_REGION):
        return place.name
    return common_name(place)


def _with_level(place_name: str, written: str) -> str:
    """A place's name joined to a short form that starts with its level: 成都市 + 市委 = 成都市委.

    A county named with one character and its level (容县) keeps the level twice for its party
    committee and government, as such counties write them: 容县 + 县委 = 容县县委, 容县县政府; but
    not for the people's bodies: 容县 + 县侨联 = 容县侨联, 容县工商联.
    """
    doubled = len(place_name) <= 2 and written[1:].startswith(("委", "政府", "人民政府"))
    return place_name + (written if doubled else written[1:])


def _joined_name(place_name: str, local_form: str) -> str:
    """The report's own body: 黔南州 + 委统战部; 容县 + 委统战部 = 容县县委统战部."""
    if len(place_name) <= 2 and local_form.startswith("委"):
        return place_name + place_name[-1] + local_form
    return place_name + local_form


# a democratic party's base unit, below its local committee
BASE_UNIT = re.compile(r"(?:基层委员会|基层委|总支|支部|支社|小组)$")
COMMITTEE = re.compile(r"(?:委会|委员会|委)$")


# the year and edition a recurring event's name opens with (2018年第七届某某文化节): editions of one event
EDITION_PREFIX = re.compile(r"(?:(?:19|20)\d{2}年?(?:度)?)?(?:第[\d一二三四五六七八九十百]+[届屆次期])?")


LOCAL_BODY_CLASSES = ("GovernmentBody", "Association", "PoliticalParty")  # bodies a place's name or level opens
CODED_LEVELS = frozenset({"province", "prefecture", "county"})  # levels whose places all carry a GB/T 2260 code
CODELESS_AREA = "area"

class Resolver:
    """Collects the extractions of a corpus into one KnowledgeBase."""

    def __init__(self, lexicon: Lexicon | None = None, gazetteer: Gazetteer | None = None):
        self.lexicon = lexicon or load_lexicon()
        self.gazetteer = gazetteer or load_gazetteer()
        self.kb = KnowledgeBase()
        self.parties = {party.name: party for party in self.lexicon.parties}
        self.party_forms = self.lexicon.party_by_form()
        self._party_forms_longest_first = sorted(self.party_forms, key=len, reverse=True)
        self.national = {body.name: body for body in self.lexicon.national_bodies}
        self.region_names = frozenset(name for name, _ in self.gazetteer.names() if len(name) >= 2)
        # a department, standing committee or leading group of a party committee (黔南州委 | 统战部), from the
        # organisation heads that continue a committee's 委 (委统战部, 委常委会 …)
        departments = sorted({head.head[1:] for head in self.lexicon.org_heads
                              if head.head.startswith("委") and head.head not in ("委", "委员会")}, key=lambda d: (-len(d), d))
        self.department = re.compile(f"^(.+?委)({'|'.join(map(re.escape, departments))})$")
        self._stated: set[tuple] = set()
        self._report_regions: dict[str, str | None] = {}
        self._policy_cache: tuple[Extraction | None, list] = (None, [])
        self._sentence_cache: tuple[Extraction | None, dict[int, list[Mention]]] = (None, {})
        self._made: set[str] = set()  # the keys of the nodes the report being added made
        self._slogan_keys: dict[str, str] = {}  # a slogan without its separators -> the key it was first given
        # (report, in an office) -> the bodies the report names only in a person's office (市委常委、…) or not
        self._named_keys: dict[tuple[str, bool], set[str]] = {}

    # ------------------------------------------------------------------ entry point

    def add(self, extraction: Extraction) -> None:
        """Resolve one report's extraction into the knowledge base."""
        document, meta = extraction.document, extraction.meta
        place = self.gazetteer.place(meta.region_code) if meta.region_code else \
            self.gazetteer.resolve(meta.region) if meta.region else None
        title_level = self._title_level(extraction)
        self._made = set()  # the nodes this part of the report makes: only they may go again (_one_place_per_name)
        keys: list[str | None] = []
        abbreviations: dict[tuple[str, str], str] = {}  # (class, short name) -> key, declared by 简称
        linked = {end for link in extraction.links for end in (link.subject, link.object)}
        for index, mention in enumerate(extraction.mentions):
            if mention.in_name and index not in linked:
                keys.append(None)  # 西藏 of 西藏商会 in another place's report: it places nothing, no node of its own
                continue
            key = abbreviations.get((mention.cls, mention.name))
            if key is not None:
                self._note(self.kb.entities[key], document.report_id,
                           extraction.sentences[mention.sentence].text, mention.surface)
            else:
                key = self._resolve(extraction, index, mention, place, title_level, keys)
                if mention.same_as and key:
                    abbreviations[(mention.cls, mention.name)] = key
            keys.append(key)
        self._one_place_per_name(extraction, keys)
        region_key = keys[extraction.region_mention] if extraction.region_mention is not None else None
        if document.part == 0:
            self.kb.reports.append(Report(document.report_id, document.source_file, meta, region_key))
            self._report_regions[document.report_id] = region_key
        region_key = self._report_regions.get(document.report_id, region_key)
        sentences = extraction.sentences
        for link in extraction.links:
            subject, obj = keys[link.subject], keys[link.object]
            if subject and obj and subject != obj:
                evidence = sentences[link.sentence].text if link.sentence is not None else None
                self._link(Link(subject, link.predicate, obj, document.report_id, evidence))
        committees, own_committees = self._local_committees(extraction, keys)
        holding = self._holding_committees(extraction, keys, place)
        # a working committee (民盟某市委参政议政工作委员会) belongs to the committee of the report named before it
        named_committees = {mention.name: key for key, mention in zip(keys, extraction.mentions)
                            if key and mention.cls == "PoliticalParty" and mention.name not in self.parties}
        text = document.matching_text or document.text
        for key, mention in zip(keys, extraction.mentions):
            if key:
                office = bool(OFFICE_AFTER.match(text, mention.end))
                self._named_keys.setdefault((document.report_id, office), set()).add(key)
        for index, mention in enumerate(extraction.mentions):
            if keys[index]:
                self._implied_links(extraction, mention, keys[index], place, committees, named_committees,
                                    own_committees, holding)
        outcome_keys = [f"outcome/{document.report_id}/{document.offset + q.start:07d}" for q in extraction.quantities]
        for quantity, key in zip(extraction.quantities, outcome_keys):
            subject = keys[quantity.subject] if quantity.subject is not None else region_key
            self.kb.outcomes.append(Outcome(
                key=key, report=document.report_id,
                value=quantity.value, unit=quantity.unit, counts=quantity.counts, qualifier=quantity.qualifier,
                status=quantity.status, period=quantity.period, text=quantity.text,
                evidence=sentences[quantity.sentence].text, subject=subject,
                part_of=outcome_keys[quantity.part_of] if quantity.part_of is not None else None))

    def _link(self, link: Link) -> None:
        """Keep one statement of a fact per report: the first sentence that states it is its evidence."""
        identity = (link.subject, link.predicate, link.object, link.report)
        if identity not in self._stated:
            self._stated.add(identity)
            self.kb.links.add(link)

    # ------------------------------------------------------------------ one mention

    def _resolve(self, extraction: Extraction, index: int, mention: Mention, place: Place | None,
                 title_level: str | None, keys: list[str | None]) -> str | None:
        report = extraction.document.report_id
        sentence = extraction.sentences[mention.sentence].text
        if mention.cls == "Region":
            return self._region(extraction, index, mention, place, keys)
        if mention.same_as:
            earlier = self._bracket_partner(extraction, index, mention)
            if earlier is not None and keys[earlier]:
                entity = self.kb.entities[keys[earlier]]
                self._note(entity, report, sentence, mention.surface)
                return entity.key
        label, scoped = self._label(extraction, mention, place, title_level)
        if label is None:
            return None
        label = pair_straight_quotes(label)
        key = self._key(mention.cls, label, report if scoped else None)
        entity = self._entity(key, mention.cls, label)
        self._note(entity, report, sentence, mention.surface)
        name = pair_straight_quotes(mention.name)
        if name != label and mention.scope is None and mention.cls != "PoliticalParty":
            entity.alt_labels.add(name)
        written = QUOTED_IN_SURFACE.search(mention.surface)
        if written and len(written.group(1)) == len(mention.name) and written.group(1) not in (name, label):
            entity.alt_labels.add(written.group(1))  # “掌上知聯會”平台: the name as a traditional text writes it
        return key

    def _label(self, extraction: Extraction, mention: Mention, place: Place | None,
               title_level: str | None) -> tuple[str | None, bool]:
        """The canonical label of a mention, and whether it could only be scoped to its report."""
        if mention.cls == "PoliticalParty" and mention.name in self.parties:
            return mention.name, False
        if mention.cls == "Policy":
            return self._policy_label(extraction, mention), False
        if mention.scope == OWN_REPORT:
            return mention.name, True
        if mention.scope == OWN_LOCALITY:
            member = self._standing_member_of(extraction, mention)
            if member is not None:  # 某省委常委、统战部部长: that committee's department
                label, scoped = self._label(extraction, member, place, title_level)
                if label is not None and label.endswith("委"):
                    return label + mention.name[1:], scoped
            if place is not None and _domestic(place):  # a place abroad has no 统战部 of its own
                return _joined_name(common_name(place), mention.name), False
            if title_level:
                return title_level + mention.name, True
            return mention.surface, True
        if mention.scope == AUTONOMOUS_REGION:
            locality = self._locality(place, "区")
            if locality is None or not locality.name.endswith(AUTONOMOUS_REGION):
                return mention.name, True
            return self._canonical_region_prefix(locality.name + mention.name[len(AUTONOMOUS_REGION):], place), False
        if mention.scope and mention.scope in LEVEL_CHARS:
            locality = self._scope_locality(extraction, mention, place)
            if mention.cls == "PoliticalParty" or mention.name.startswith(YOUTH_LEAGUE):
                # 民建县委, 共青团县委: the party's or the league's committee of the place
                party_form = self._party_prefix(mention.name) if mention.cls == "PoliticalParty" else YOUTH_LEAGUE
                rest = mention.name[len(party_form):]
                if locality is None:
                    return mention.name, True
                if locality.name.endswith(AUTONOMOUS_REGION) and rest.startswith("区"):
                    return party_form + common_name(locality) + rest, False  # 民建区委会 of 新疆: 民建新疆区委会
                return party_form + _with_level(common_name(locality), rest), False
            if locality is None:
                return mention.name, True
            if locality.name.endswith(AUTONOMOUS_REGION) and mention.name.startswith("区"):
                # 区党委 of 新疆 is 新疆维吾尔自治区党委, written short 新疆党委 (a party's 区委 keeps its 区)
                return body_prefix(locality) + mention.name[1:], False
            return _with_level(common_name(locality), mention.name), False
        if mention.cls in LOCAL_BODY_CLASSES:
            label = self._canonical_region_prefix(mention.name, place, mention.cls == "GovernmentBody")
            if label == mention.name:
                label = self._written_with_level(extraction, mention, place) or label
            return label, False
        return mention.name, False

    def _written_with_level(self, extraction: Extraction, mention: Mention, place: Place | None) -> str | None:
        """The name a body named after its city without the level (成都|仁寿商会, the chamber of a county's people there)
        has where the same report writes it with the level too (成都市仁寿商会): its name as written in a report on that
        city (_canonical_region_prefix), one body though its place is not the report's."""
        opening = self._opening_place(mention.name, place)
        if opening is None:
            return None
        written = self._canonical_region_prefix(mention.name, opening)
        if written == mention.name:
            return None  # written with its level already: no other name to look for
        return written if any(other.cls == mention.cls and other.name == written for other in extraction.mentions) \
            else None

    def _policy_label(self, extraction: Extraction, mention: Mention) -> str:
        """A short title (《条例》) stands for the longest policy of the report that ends with it."""
        short = normalise(mention.name)
        policies = self._policies_of(extraction)
        longer = [(start, name) for start, normal, name in policies if normal.endswith(short) and len(normal) > len(short)]
        if longer:
            earlier = [name for start, name in longer if start < mention.start]
            return earlier[-1] if earlier else longer[0][1]
        return mention.name

    def _policies_of(self, extraction: Extraction) -> list[tuple[int, str, str]]:
        """(start, normalised name, name) of the report's policy mentions, computed once per report."""
        if self._policy_cache[0] is not extraction:
            policies = [(m.start, normalise(m.name), m.name) for m in extraction.mentions if m.cls == "Policy"]
            self._policy_cache = (extraction, policies)
        return self._policy_cache[1]

    def _in_sentence(self, extraction: Extraction, sentence: int) -> list[Mention]:
        """The mentions of one sentence of a report, in the report's order; grouped once per report."""
        if self._sentence_cache[0] is not extraction:
            grouped: dict[int, list[Mention]] = {}
            for other in extraction.mentions:
                grouped.setdefault(other.sentence, []).append(other)
            self._sentence_cache = (extraction, grouped)
        return self._sentence_cache[1].get(sentence, [])

    def _key(self, cls: str, label: str, scope: str | None) -> str:
        name = normalise(label)
        if cls == "Initiative":
            edition = EDITION_PREFIX.match(name)
            if edition and len(name) - edition.end() >= 4:
                name = name[edition.end():]  # 2018年第七届某某文化节 and 第七届某某文化节: one recurring event
            for tail in INITIATIVE_TAILS:
                if name.endswith(tail) and len(name) - len(tail) >= 2:
                    name = name[: -len(tail)]
                    break
        if cls in ("GovernmentBody", "Association"):
            name = self._short_head(name)
        if cls == "GovernmentBody":
            name = DEPARTMENT_WITHOUT_COMMITTEE.sub(r"\1委统战部", name)  # 海淀区统战部 is 海淀区委统战部
        if cls == "GovernmentBody" and name.endswith("领导小组"):
            # 统一战线工作领导小组, 统战工作领导小组 and 统一战线领导小组 are one group
            name = name.replace("统一战线", "统战").replace("工作领导小组", "领导小组")
        if cls == "PoliticalParty" and label in self.parties:
            return f"party/{self.parties[label].slug}"
        if cls == "PoliticalParty":
            name = self._committee_key(name)
        prefix = f"{CLASS_SLUGS[cls]}/"
        key = prefix + (f"{scope}/{name}" if scope else name)
        if cls == "Initiative":
            # 看巨变·凝共识·谋发展 and 看巨变、凝共识、谋发展: one slogan written with other separators
            return self._slogan_keys.setdefault(f"{scope}/{SLOGAN_SEPARATORS.sub('', name)}", key)
        return key

    def _short_head(self, name: str) -> str:
        """The name with its long head written short (工商业联合会 -> 工商联), so that both forms are one body."""
        for long, short in self.lexicon.short_heads:
            if name.endswith(long) and len(name) > len(long):
                return name[: -len(long)] + short
        return name

    def _entity(self, key: str, cls: str, label: str) -> Entity:
        entity = self.kb.entities.get(key)
        if entity is None:
            entity = self.kb.entities[key] = Entity(key, cls, label)
            self._made.add(key)
        return entity

    @staticmethod
    def _note(entity: Entity, report: str, sentence: str, surface: str) -> None:
        entity.evidence.setdefault(report, (sentence, surface))
        written = pair_straight_quotes(surface)
        for opener, closer in ("“”", "《》"):
            if written[:1] == opener and written[-1:] == closer and opener not in written[1:-1]:
                written = written[1:-1].strip()  # “暖侨行动” is written 暖侨行动; “万企兴万村”行动 stays as it is
        if written and written != entity.label and not (entity.cls in ("Association", "Organization")
                                                        and entity.label.startswith(written)):
            entity.alt_labels.add(written)  # 廉江 of 廉江、吴川工商联 is where 廉江工商联 is written, not its name

    # ------------------------------------------------------------------ regions

    def _region(self, extraction, index, mention, place, keys) -> str:
        report = extraction.document.report_id
        sentence = extraction.sentences[mention.sentence].text
        if mention.code:
            found = self.gazetteer.place(mention.code)
            if found is not None:
                key = self._place_entity(found)
                if not mention.in_name:  # 福建某某集团: the company is in the province; the report does not speak of it
                    self._note(self.kb.entities[key], report, sentence, mention.surface)
                return key
        parent_key = None
        # the place written right before, past a body named from the same start (某镇|某村|村委会: the village's body)
        before = next((at for at in range(index - 1, max(-1, index - 1 - MAX_SAME_START), -1)
                       if extraction.mentions[at].cls == "Region" or extraction.mentions[at].start != mention.start),
                      None)
        previous = extraction.mentions[before] if before is not None else None
        if previous is not None and previous.cls == "Region" and previous.end == mention.start and keys[before] \
                and self.kb.entities[keys[before]].level != "country":
            # (马来西亚某村籍侨胞: a village written right after a country is the home of its people abroad, no part of it)
            parent_key = keys[before]
            # 某县某村 after 某县某镇某村: the village the report named earlier in full, with its township
            earlier = self._placed_earlier(extraction, keys, index, mention, parent_key)
            if earlier is not None and self.kb.entities[earlier].parent != parent_key:
                self._note(self.kb.entities[earlier], report, sentence, mention.surface)
                return earlier
        else:
            holder = self.gazetteer.place(mention.parent_name) if mention.parent_name else None
            if holder is None and mention.scope == "county":
                holder = self._named_after(mention.name, place)  # 某市经开区: the zone is in the city it is named after
            in_report_county = holder is None and place is not None and place.level == "county"
            if in_report_county:
                holder = place
            holder_key = f"region/{holder.code}" if holder is not None else None  # _place_entity's key
            # 宏路街道 after 福清市宏路街道, 某村 after 某县某乡某村: the place the report named earlier with the
            # places that hold it; a township or village so named keeps its county over the one a later sentence
            # names nearest before it (…驻乙县某村工作队、甲镇某村: 甲镇 is the earlier 甲县甲镇; 首个书屋落户甲市后，
            # 某村小学是…: 某村 is the earlier 乙县某镇某村)
            earlier = self._placed_earlier(extraction, keys, index, mention, holder_key) \
                or (mention.scope in ("township", "village") and self._placed_earlier(extraction, keys, index, mention, None))
            if earlier:
                self._note(self.kb.entities[earlier], report, sentence, mention.surface)
                return earlier
            parent_key = self._place_entity(holder) if holder is not None else None
            if mention.scope == "village":  # 某街道于今天在某社区开展…: the one township the sentence named before
                parent_key = self._township_before(extraction, keys, index) \
                    or (self._report_township(extraction, keys, index) if in_report_county else None) or parent_key
        scope = parent_key.split("/", 1)[1] if parent_key else report
        key = f"region/{scope}/{normalise(mention.name)}"
        entity = self._entity(key, "Region", mention.name)
        entity.level = mention.scope or "village"
        if entity.level in CODED_LEVELS:
            entity.level = CODELESS_AREA  # 某某新区, 某某管理区: a county-level zone the national standard gives no code
        entity.parent = parent_key
        self._note(entity, report, sentence, mention.surface)
        return key

    def _one_place_per_name(self, extraction: Extraction, keys: list[str | None]) -> None:
        """A township or village the gazetteer lacks that a report names with fewer of the places holding it (a
        title's 赴某村调研, 某县某村) before it names it with more (某县某镇某村) is one place, the fuller one: its
        mentions take that key, and the lesser node, made for them alone, goes. A node that was there before (another
        report's, or an earlier part's of this one, whose links and figures may point at it) stays as it is."""
        report = extraction.document.report_id
        named: dict[str, set[str]] = {}
        for key, mention in zip(keys, extraction.mentions):
            if key and mention.cls == "Region" and not mention.code:
                named.setdefault(mention.name, set()).add(key)
        for found in named.values():
            if len(found) < 2:
                continue
            fullest = max(found, key=lambda key: (len(self._holders(key)), key))
            holders = set(self._holders(fullest))
            lesser = {key for key in found - {fullest}
                      if key in self._made and self.kb.entities[key].parent in holders | {None}}
            if not lesser:
                continue
            keys[:] = [fullest if key in lesser else key for key in keys]
            entity = self.kb.entities[fullest]
            for key in sorted(lesser):
                other = self.kb.entities[key]
                entity.alt_labels |= other.alt_labels - {entity.label}
                entity.evidence.setdefault(report, other.evidence[report])
                del self.kb.entities[key]
                self._made.discard(key)
            for made in self._made:  # only a node made with them may lie in them
                if self.kb.entities[made].parent in lesser:
                    self.kb.entities[made].parent = fullest

    def _township_before(self, extraction, keys, index: int) -> str | None:
        """The township or street named before a village or community in its sentence, when the sentence names just
        one and the gazetteer knows neither: the village lies in it (某街道于今天在某社区开展活动)."""
        mention = extraction.mentions[index]
        counties = [i for i, other in enumerate(extraction.mentions[:index])
                    if other.sentence == mention.sentence and other.cls == "Region" and other.code is not None
                    and (place := self.gazetteer.place(other.code)) is not None and place.level in HOLDERS]
        since = counties[-1] + 1 if counties else 0  # 某镇协会…分别到某区甲村、乙村: a county between holds the villages
        townships = {keys[i] for i, other in enumerate(extraction.mentions[since:index], since)
                     if other.sentence == mention.sentence and other.cls == "Region" and other.scope == "township"
                     and other.code is None and keys[i]}
        return next(iter(townships)) if len(townships) == 1 else None

    @staticmethod
    def _report_township(extraction, keys, index: int) -> str | None:
        """The township a report is about, named before a village it names alone: a township's news names its own
        villages without it (某镇…某村乡贤捐款), not the county's others."""
        at = extraction.region_mention
        if at is None or at >= index:
            return None
        own = extraction.mentions[at]
        return keys[at] if own.cls == "Region" and own.scope == "township" and own.code is None else None

    def _placed_earlier(self, extraction, keys, index: int, mention, holder_key: str | None) -> str | None:
        """The key of a place of the same name the report named earlier with the places that hold it, one of them
        `holder_key` when given."""
        return next((keys[at] for at in range(index) if keys[at] and extraction.mentions[at].cls == "Region"
                     and extraction.mentions[at].name == mention.name and self.kb.entities[keys[at]].parent
                     and (holder_key is None or holder_key in self._holders(keys[at]))), None)

    def _named_after(self, name: str, place: Place | None) -> Place | None:
        """The prefecture or county a code-less place's name opens with (某市经济开发区, 某县高新区), or None."""
        found = self._opening_place(name, place)
        return found if found is not None and found.level in ("prefecture", "county") else None

    def _holders(self, key: str) -> list[str]:
        """The keys of the regions that hold a region, nearest first."""
        holders = []
        parent = self.kb.entities[key].parent
        while parent and parent not in holders:
            holders.append(parent)
            parent = self.kb.entities[parent].parent if parent in self.kb.entities else None
        return holders

    def _place_entity(self, place: Place) -> str:
        """The entity of a gazetteer place, with the chain of its parents."""
        key = f"region/{place.code}"
        if key not in self.kb.entities:
            entity = self._entity(key, "Region", place.name)
            entity.code, entity.level = place.code, place.level
            entity.alt_labels.update(short for short in place.short_names if short != place.name)
            if place.parent:
                parent = self.gazetteer.place(place.parent)
                if parent is not None:
                    entity.parent = self._place_entity(parent)
        return key

    def _named_before(self, extraction: Extraction, mention: Mention, place: Place | None) -> Place | None:
        """The place of a body named by its level alone that the report's own place has no level for (区工商联 in
        a city's report): the last place of that level its sentence names before it, within the report's place
        (会上，某新区区委统战部副部长、区工商联党组书记…)."""
        if place is None:
            return None
        for other in reversed(self._in_sentence(extraction, mention.sentence)):
            if other.cls != "Region" or other.start >= mention.start or other.code is None:
                continue
            found = self.gazetteer.place(other.code)
            if found is not None and found.code != place.code and self._locality(found, mention.scope) is found \
                    and place.code in {above.code for above in self.gazetteer.ancestors(found.code)}:
                return found
        return None

    def _scope_locality(self, extraction: Extraction, mention: Mention, place: Place | None) -> Place | None:
        """The place a body named by its level alone (or by its head alone) is of: a list's place, the report's
        place at that level, a place its sentence or the report named before; for a department a committee's
        standing member heads (某市委常委、统战部部长), that committee's place (None when the committee names its own)."""
        if mention.scope == OWN_LOCALITY:
            member = self._standing_member_of(extraction, mention)
            if member is None:  # a place abroad (a society's news from Malaysia) has no 统战部 of its own
                return place if place is None or _domestic(place) else None
            return self._scope_locality(extraction, member, place) if member.scope and member.scope in LEVEL_CHARS else None
        return self._listed_after(extraction, mention) or self._locality(place, mention.scope) \
            or self._named_before(extraction, mention, place) or self._named_earlier(extraction, mention, place)

    def _standing_member_of(self, extraction: Extraction, mention: Mention) -> Mention | None:
        """The committee whose standing member heads the department a title names next (某省委常委、统战部部长):
        the department is that committee's, whichever place the report is about."""
        if not mention.name.startswith("委") or not mention.name.endswith("部"):
            return None
        sentence = extraction.sentences[mention.sentence]
        before = sentence.text[:mention.start - sentence.start]
        gap = STANDING_MEMBER.search(before)
        if gap is None:
            return None
        return next((m for m in self._in_sentence(extraction, mention.sentence) if m.cls == "GovernmentBody"
                     and m.end - sentence.start == gap.start() and m.name.endswith("委")), None)

    def _named_earlier(self, extraction: Extraction, mention: Mention, place: Place | None) -> Place | None:
        """The place of a body named by a level the report's own place has none of (省委 in a Hong Kong society's
        text): the last place of that level the report named before it (湖北省委常委…; later 省委常委…)."""
        if place is not None and self._locality(place, mention.scope) is not None:
            return None
        for other in reversed(extraction.mentions):
            if other.cls != "Region" or other.start >= mention.start or other.code is None:
                continue
            found = self.gazetteer.place(other.code)
            if found is not None and self._locality(found, mention.scope) is found:
                return found
        return None

    def _listed_after(self, extraction: Extraction, mention: Mention) -> Place | None:
        """The place of a body named by its level alone in a list that opens with a body named with its place of
        that level (某省委、省政府，省政协…): the list's place, not the report's (a city's report or a society's in
        Hong Kong thanking another province's organs)."""
        sentence = extraction.sentences[mention.sentence]
        end = mention.start
        mentions = self._in_sentence(extraction, mention.sentence)
        for other in reversed([m for m in mentions if m.end <= end and m.cls != "Region"]):
            if other.end > end:
                continue  # one inside another read before it
            if not LIST_GAP.fullmatch(sentence.text[other.end - sentence.start:end - sentence.start]):
                return None
            if other.scope == mention.scope and other.cls in LOCAL_BODY_CLASSES:
                end = other.start  # 省政府 in 某省委、省政府、省政协: the list goes on to the left
                continue
            if other.scope is not None or other.cls not in LOCAL_BODY_CLASSES:
                return None
            opening = next((m for m in mentions if m.cls == "Region" and m.start == other.start
                            and m.code is not None and other.name.startswith(m.name)), None)
            found = self.gazetteer.place(opening.code) if opening is not None else None
            return found if found is not None and self._locality(found, mention.scope) is found else None
        return None

    def _locality(self, place: Place | None, level_char: str) -> Place | None:
        """The place a level character stands for in a report about `place`: 省 → its province."""
        if place is None:
            return None
        chain = [place, *self.gazetteer.ancestors(place.code)]
        wanted = {"省": ("province",), "州": ("prefecture",), "盟": ("prefecture",),
                  "市": ("prefecture", "county", "province"), "县": ("county",), "区": ("county", "province"),
                  "旗": ("county",)}  # 市 may be a municipality (重庆市), 区 an autonomous region
        for candidate in chain:
            if candidate.level not in wanted.get(level_char, ()):
                continue
            if candidate.name.endswith(level_char) or common_name(candidate).endswith(level_char):
                # 省 is a province's alone: no 省委 of a special region or a municipality
                return candidate
        return None

    def _canonical_region_prefix(self, name: str, place: Place | None, government: bool = False,
                                 after_holder: bool = False) -> str:
        """黔南布依族苗族自治州委 and 黔南州委 are one body: the region part is written the common way."""
        # (`after_holder`: a government office's name read past the place that holds the one read now: 某省某某侨办,
        # named after its province and its county's short name, is the county's)
        size = self._region_prefix_size(name)
        found = self.gazetteer.resolve(name[:size], place) if size else None
        if found is None or found.level == "country":
            return name
        if self._place_inside(name[size:], found):  # 北京海淀区知联会 is 海淀区知联会
            return self._canonical_region_prefix(name[size:], place, government, after_holder=government)
        if name[size - 1] not in LEVEL_CHARS + "区" and found != place and not after_holder:
            return name  # 黄埔军校同学会 is no body of 黄埔区; 某某工商联 in a report on 某某县 is 某某县工商联
        if found.name.endswith(SPECIAL_REGION) and not name[size:].startswith(SPECIAL_REGION_BODIES):
            return _bare_name(found) + name[size:]  # 香港某县同乡会, however written: 特区 belongs to its government
        return body_prefix(found) + name[size:]

    def _place_inside(self, rest: str, outer: Place) -> bool:
        """Whether a name's rest opens with a place that lies inside the place before it (北京|海淀区…)."""
        inner = self._opening_place(rest, outer)
        return inner is not None and any(above.code == outer.code for above in self.gazetteer.ancestors(inner.code))

    def _opening_place(self, name: str, context: Place | None) -> Place | None:
        """The place the longest place name a name opens with stands for, read near `context`; None if none."""
        size = self._region_prefix_size(name)
        return self.gazetteer.resolve(name[:size], context) if size else None

    def _region_prefix_size(self, name: str) -> int:
        """The length of the longest place name (of two characters or more) a name opens with, 0 if none."""
        return next((size for size in range(min(12, len(name) - 1), 1, -1) if name[:size] in self.region_names), 0)

    # ------------------------------------------------------------------ implied links

    def _implied_links(self, extraction: Extraction, mention: Mention, key: str, place: Place | None,
                       committees: dict[str, str] | None = None,
                       named_committees: dict[str, str] | None = None,
                       own_committees: dict[str, str] | None = None,
                       holding: dict[str, str] | None = None) -> None:
        """Links a name implies: a committee belongs to its party, 市委统战部 to 市委, 市委 is in its city;
        a party's base unit (某某基层委员会, 某某支部) to the one committee of that party the report names
        (`committees`, by party), and a unit named without its party (医药支社) to the committee of the report's own
        place among several (`own_committees`); a working committee to the committee it is named after
        (`named_committees`, the report's committees by name); a company's branch to the company. A base unit named
        with its place (民建某区三支部) belongs to the party's committee of the nearest place that holds it (民建某市委,
        not 民建某省委), `holding`."""
        report = extraction.document.report_id
        sentence = extraction.sentences[mention.sentence].text
        entity = self.kb.entities[key]
        if mention.parent_name:
            parent_key = (holding or {}).get(key)
            if parent_key is None and BASE_UNIT.search(mention.name):
                parent_key = (committees or {}).get(mention.parent_name)
            if parent_key is None and BASE_UNIT.search(mention.name) and not mention.surface.startswith(mention.parent_name[:2]):
                parent_key = (own_committees or {}).get(mention.parent_name)
            if parent_key is None:
                parent_key = self._named_parent(mention.parent_name, report, sentence)
            if parent_key is None:
                parent_key = (named_committees or {}).get(mention.parent_name)
            if parent_key is None and mention.cls == "Organization":
                # 某某有限公司某地分公司: the branch belongs to the company its name opens with, named or not
                parent_key = self._key("Organization", mention.parent_name, None)
                self._entity(parent_key, "Organization", mention.parent_name).evidence.setdefault(
                    report, (sentence, mention.parent_name))
            if parent_key and parent_key != key:
                self._link(Link(key, "subOrganizationOf", parent_key, report, sentence))
        locality = None
        # a body's other name in brackets (某市工商联（总商会）) is that body, placed where its name says, not where a
        # bare head would be (the report's own place)
        if mention.cls in LOCAL_BODY_CLASSES and mention.code is None and mention.same_as is None:
            if mention.scope in (OWN_LOCALITY, *LEVEL_CHARS):
                locality = self._scope_locality(extraction, mention, place)
            elif mention.scope == AUTONOMOUS_REGION:
                locality = self._locality(place, "区")
        located = [key]
        if mention.cls == "GovernmentBody":
            match = self.department.match(entity.label) or CPPCC_COMMITTEE.match(entity.label)
            if match:
                scoped = key.count("/") > 1
                parent_key = self._key("GovernmentBody", match.group(1), report if scoped else None)
                # 市委统战部 → 市委, unless the report names that committee only in a person's office
                # (市委常委、统战部部长某某): that names no committee, and the report states nothing of it
                if parent_key not in self._named_keys.get((report, True), ()) \
                        or parent_key in self._named_keys.get((report, False), ()):
                    self._entity(parent_key, "GovernmentBody", match.group(1))  # implied, not mentioned
                    self._link(Link(key, "subOrganizationOf", parent_key, report, sentence))
                    located.append(parent_key)
        if locality is not None:
            for located_key in located:
                self._link(Link(located_key, "locatedIn", self._place_entity(locality), report, sentence))

    @staticmethod
    def _local_committees(extraction: Extraction, keys: list[str | None]) -> tuple[dict[str, str], dict[str, str]]:
        """For each party, its one local committee the report names (民盟某市委会), which the party's base
        units of the report (民盟某集团基层委员会, 某某支部) belong to, none when it names several; and the same
        where, of several (the city's and the province's), the one of the report's own place is taken."""
        found: dict[str, dict[str, str]] = {}
        for index, mention in enumerate(extraction.mentions):
            if mention.cls == "PoliticalParty" and mention.parent_name and keys[index] \
                    and COMMITTEE.search(mention.name) and not BASE_UNIT.search(mention.name) \
                    and not mention.name.endswith(("中央", "中央委员会")):
                found.setdefault(mention.parent_name, {})[keys[index]] = mention.name
        own = (extraction.meta.region or "").rstrip(LEVEL_CHARS)
        single = {party: next(iter(committees)) for party, committees in found.items() if len(committees) == 1}
        of_own_place = {party: next(iter(local)) for party, committees in found.items()
                        if len(local := {key for key, name in committees.items() if len(own) >= 2 and own in name}) == 1}
        return single, {**of_own_place, **single}

    def _holding_committees(self, extraction: Extraction, keys: list[str | None], place: Place | None) -> dict[str, str]:
        """For each base unit the report names with its place (民建某区三支部), the key of its party's committee the
        report names whose place is the nearest that holds the unit's (民建某市委, of the city the district is in): a
        city's or a county's committee, since a unit a province's committee holds directly is the party's as written."""
        committees: dict[str, list[tuple[str, Place]]] = {}
        units: list[tuple[str, str, Place]] = []
        for index, mention in enumerate(extraction.mentions):
            if mention.cls != "PoliticalParty" or not mention.parent_name or not keys[index] \
                    or mention.name.endswith(("中央", "中央委员会")):
                continue
            found = self._opening_place(mention.name[len(self._party_prefix(mention.name)):], place)
            if found is None or not _domestic(found):
                continue
            if BASE_UNIT.search(mention.name):
                units.append((keys[index], mention.parent_name, found))
            elif COMMITTEE.search(mention.name):
                committees.setdefault(mention.parent_name, []).append((keys[index], found))
        holding = {}
        for key, party, unit_place in units:
            above = [ancestor.code for ancestor in self.gazetteer.ancestors(unit_place.code)]
            held = [(above.index(committee_place.code), committee_key) for committee_key, committee_place
                    in committees.get(party, []) if committee_place.code in above
                    and committee_place.level in ("prefecture", "county")]  # a province's units are told apart
            if held:
                holding[key] = min(held)[1]
        return holding

    def _named_parent(self, name: str, report: str, sentence: str) -> str | None:
        """The entity a committee or national body belongs to, created if the report does not name it."""
        if name in self.parties:
            key = self._key("PoliticalParty", name, None)
            entity = self._entity(key, "PoliticalParty", name)
        elif name in self.national:
            body = self.national[name]
            key = self._key(body.cls, name, None)
            self._entity(key, body.cls, name)
            return key  # 国务院 of 国务院侨办: the parent is known, but the report does not mention it
        else:
            return None
        entity.evidence.setdefault(report, (sentence, name))
        return key

    # ------------------------------------------------------------------ helpers

    def _committee_key(self, name: str) -> str:
        """One key for a democratic party's committee however it is written: the party by the form its
        committees are named with (中国民主促进会某市委会 is 民进某市委会) and a level's committee with or
        without its 会 (民进某市委 is 民进某市委会)."""
        form = self._party_prefix(name)
        if not form:
            return name
        party = self.party_forms[form]
        usual = party.short_forms[0] if party.short_forms and not party.name.startswith(party.short_forms[0]) \
            else party.name  # 民进; 九三学社, whose short form 九三 names no committee
        rest = name[len(form):]
        if len(rest) > 2 and rest.endswith("委") and rest[-2] in LEVEL_CHARS:
            rest += "会"  # the committee (委员会) as usually written short
        return usual + rest

    def _party_prefix(self, name: str) -> str:
        return next((form for form in self._party_forms_longest_first if name.startswith(form)), "")

    @staticmethod
    def _bracket_partner(extraction: Extraction, index: int, mention: Mention) -> int | None:
        for earlier in range(index - 1, -1, -1):
            other = extraction.mentions[earlier]
            if other.sentence != mention.sentence:
                return None
            if other.name == mention.same_as and other.end < mention.start:
                return earlier
        return None

    @staticmethod
    def _title_level(extraction: Extraction) -> str | None:
        """The level of a report's own body when the title names it without a region (县委统战部2022年度工作总结)."""
        for mention in extraction.mentions:
            if mention.sentence != 0:
                break
            if mention.scope and mention.scope in LEVEL_CHARS:
                return mention.scope
        return None


def resolve_all(extractions: list[Extraction]) -> KnowledgeBase:
    """One knowledge base from the extractions of a corpus, in the order given."""
    resolver = Resolver()
    for extraction in extractions:
        resolver.add(extraction)
    return resolver.kb


def _domestic(place: Place) -> bool:
    """Whether a place is one of China's administrative areas (a code of digits), not a country or a place abroad."""
    return place.code.isdigit()


# a CPPCC's special committee or liaison group (某市政协民宗委, 某市政协某某联络组): part of that CPPCC, as a department
# is of its party committee (市委统战部 → 市委)
CPPCC_COMMITTEE = re.compile(rf"^(.+?政[协協])(.{{2,12}}?(?:{CPPCC_UNIT_HEADS}))$")
