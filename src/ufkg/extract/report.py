"""Runs every extractor over one report and returns its Extraction.

Each extractor sees one sentence at a time with its jieba tokens and knows
nothing of the others; this module only orders them, drops duplicates and
collects the results with their offsets in the report. A programme the report quotes once with its
head (开展“某某”活动) is that programme wherever else the report quotes its name.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..gazetteer import COUNTRY, RANKED_AS, Gazetteer, load_gazetteer, strip_ethnic
from ..lexicon import Lexicon, load_lexicon, tokenizer
from ..metadata import read_metadata
from ..model import Document, Extraction, Mention, Place, QuantityMention, ReportMeta, Sentence
from ..text import quoted_names, quoted_spans, sentence_at, split_sentences
from .attribution import attribute_quantities
from .names import NameFinder
from .organizations import CHAIRED, OrganizationFinder, later_short_names
from .parts import link_parts
from .persons import PersonFinder, names_read_whole, persons_named_again
from .quantities import country_currency, find_quantities, in_local_currency, local_currency, plan_year
from .regions import find_regions
from .relations import ORGANIZATION_CLASSES, find_links
from .sections import HEADING_NUMBER, NAMED_PROGRAMME_HEADS
from .siblings import listed_siblings
from .tokens import tokenize



OWN_BODY_AFTER_I = "们市县区州省会校院局部厂司村镇乡"  # 我们, 我市, 我会: a body speaks, not one person
NAMES_WITH_FIGURES = ("Region", "Initiative")  # names that may hold a figure's words (三门县, 五县千村)
CAPITAL_CODE = "0100"  # a province's capital is its first prefecture: 510100, 430100 (the code's last four digits)


class ReportExtractor:
    """Holds the lexicons and matchers, which are built once and shared by every report."""

    def __init__(self, lexicon: Lexicon | None = None, gazetteer: Gazetteer | None = None):
        self.lexicon = lexicon or load_lexicon()
        self.gazetteer = gazetteer or load_gazetteer()
        self.organizations = OrganizationFinder(self.lexicon, self.gazetteer)
        self.names = NameFinder(self.lexicon)
        frequencies, tags = tokenizer().tokenizer.FREQ, tokenizer().word_tag_tab
        self.persons = PersonFinder(
            self.lexicon, lambda word: frequencies.get(word, 0) > 50 and not tags.get(word, "").startswith("nr"),
            lambda word: frequencies.get(word, 0) > 0 and not tags.get(word, "").startswith("nr"))

    def extract(self, document: Document, meta: ReportMeta | None = None) -> Extraction:
        """Every mention, quantity and link of one report (or of one part, given the first part's meta)."""
        text = document.matching_text or document.text
        if meta is None:
            # (a place abroad at the Chinese level it ranks with: a journey to a city abroad is weighed as one to a prefecture)
            meta = read_metadata(text, self._title_regions, lambda name: bool(self.gazetteer.lookup(name)),
                                  lambda name: next((RANKED_AS.get(p.level, p.level)
                                                     for p in self.gazetteer.lookup(name)), None),
                                  self._townships, self._holder_at,
                                  lambda name: next((p.name for p in self.gazetteer.lookup(name)), name),
                                  lambda name: any(p.level == "prefecture" and p.code[2:] == CAPITAL_CODE
                                                   for p in self.gazetteer.lookup(name)))
            if document.matching_text is not None:  # title and publisher as the report wrote them
                meta = replace(meta, title=_written_span(document, meta.title),
                               publisher=_written_span(document, meta.publisher))
        if meta.region_code is not None:  # a later part of a large report: the first part's reading
            context = self.gazetteer.place(meta.region_code)
            place = context if context is not None and meta.region in (context.name, *context.short_names) else None
        else:
            place = self._resolve_region(meta.region, text) if meta.region else None
            context = place or (self._holder(text, meta.region) if meta.region else None)
            if context is not None:
                meta = replace(meta, region_code=context.code)
        sentences = split_sentences(text)
        mentions: list[Mention] = []
        quantities: list[QuantityMention] = []
        planned_year = None  # set by a plan lead (2022年工作打算), kept for the rest of the report
        titles = _title_spans(document.text, meta.title)
        currency = local_currency(context.code if context is not None else None)  # a bare 元 in Toronto's news
        country = self._country_of(context)  # a bare 比索 in Chile's news
        for sentence in sentences:
            named = self._sentence_mentions(sentence, context)
            mentions.extend(named)
            previous = sentences[sentence.index - 1].text if sentence.index else ""
            planned_year = plan_year(sentence.text, meta.year) or planned_year
            if not any(start <= sentence.start < end for start, end in titles):
                quantities.extend(q for q in self._sentence_quantities(sentence, meta.year, previous, planned_year,
                                                                       currency, country)
                                  if not _personal_testimony(text, q.start) and not _inside_a_name(q, named))
        mentions = later_short_names(text, sentences, _without_initiative_heads(text, names_read_whole(
            text, _deduplicated(mentions))))
        mentions = _short_event_names(_quoted_again(text, sentences, mentions))
        mentions = _ethnic_townships_named_short(_local_places_as_named_elsewhere(
            text, persons_named_again(text, sentences, mentions)))
        mentions = _with_surfaces(document.text, mentions)
        mentions = _without_namesakes_of_venues(mentions, self.lexicon.known_people)
        mentions = _chaired_branches_placed(mentions, {party.name for party in self.lexicon.parties if party.slug != CPC})
        mentions = _provinces_only_named_in_names(mentions, meta.region)
        mentions = _national_bodies_only_named_in_documents(mentions)
        mentions = _heads_only_named_in_their_departments(mentions)
        mentions = _cities_only_named_in_societies(mentions, meta.region, place, self.gazetteer)
        mentions = _places_only_named_as_outlets(text, mentions, meta.region)
        city = self._city_of_a_countrys_news(mentions, place)
        if city is not None:
            place, meta = city, replace(meta, region=city.name, region_code=city.code)
        region_mention = self._covered_region(mentions, place, meta.region)
        if region_mention is None and meta.region:
            mentions.append(self._title_region_mention(document, sentences, meta.region, place, mentions))
            region_mention = len(mentions) - 1
        units = {q.start: q.unit for q in quantities}  # in simplified characters, for the parts' units
        if document.matching_text is not None:  # evidence as the report wrote it; offsets are the same
            sentences = [replace(s, text=document.text[s.start:s.end]) for s in sentences]
            quantities = [replace(q, text=document.text[q.start:q.end], counts=_as_written(document, q),
                                  unit=_unit_as_written(document, q)) for q in quantities]
        extraction = Extraction(document, meta, sentences, mentions, quantities, region_mention=region_mention)
        extraction.quantities = attribute_quantities(replace(extraction, quantities=_restated_once(quantities, sentences)))
        extraction.quantities = _parts_as_their_totals(link_parts(extraction.quantities, sentences, text, units))
        extraction.links = find_links(extraction, self.gazetteer)
        return extraction

    # ------------------------------------------------------------------ per sentence

    def _sentence_mentions(self, sentence: Sentence, place: Place | None) -> list[Mention]:
        tokens = tokenize(sentence.text)
        quoted = quoted_names(sentence.text)
        found = self.names.find(sentence.text, tokens, sentence.index, sentence.start)
        found += self.organizations.find(sentence.text, tokens, sentence.index, sentence.start, quoted)
        found += self.persons.find(sentence.text, tokens, sentence.index, sentence.start)
        given_names = [(m.start - sentence.start, m.end - sentence.start) for m in found if m.cls == "Person"]
        for hit in find_regions(sentence.text, self.gazetteer, place):
            if hit.place is None and any(a <= hit.start and hit.end <= b for a, b in quoted):
                continue  # “硒商回归·同心兴村”: a village read by pattern inside a slogan is not a village
            if any(a < hit.start and hit.end <= b for a, b in given_names):
                continue  # 刘北京: a place in a person's given name is no place of the text
            if self._word_of_a_name(hit, found, sentence.start, place, quoted):
                continue  # 某山美术馆 in a report from another province: the county's short name is a word of it
            found.append(Mention("Region", hit.surface, hit.place.name if hit.place else hit.surface,
                                 sentence.start + hit.start, sentence.start + hit.end, sentence.index,
                                 scope=hit.level, code=hit.place.code if hit.place else None,
                                 parent_name=hit.parent_code))
            if hit.place is not None and hit.place.level == "country" and hit.place.code != HOME_COUNTRY:
                city = _city_after(tokens, hit.end, self.gazetteer)  # (中华人民共和国|建国55周年: no city)
                if city is not None and not any(m.cls == "Organization" and m.start - sentence.start <= hit.start
                                                and city.end <= m.end - sentence.start for m in found):
                    # (丹麦|嘉士伯集团, 美国|某某公司: the word after a country is a company's brand, not a city)
                    found.append(Mention("Region", city.word, city.word, sentence.start + city.start,
                                         sentence.start + city.end, sentence.index, scope="city",
                                         parent_name=hit.place.code))
        return found + listed_siblings(sentence.text, found, sentence.start, sentence.index)

    def _word_of_a_name(self, hit, found: list[Mention], offset: int, place: Place | None,
                        quoted: list[tuple[int, int]] = ()) -> bool:
        """Whether a place's bare short name is a word of a name while the place lies in another province
        than the report's region: a county's two-character short name inside a name found in the sentence
        (博山 in 某某博山美术馆 of a Zhejiang report), or a county's or prefecture's inside a quoted name longer
        than it (海西 in “海西春雨行动” of a Fujian one). A body or society named after a city (深圳壹基金)
        keeps its city, which says where it is."""
        if hit.place is None or place is None or hit.place.level not in ("county", "prefecture"):
            return False
        if len(hit.surface) > min(len(name) for name in (hit.place.name, *hit.place.short_names)):
            return False  # 某某县, 某某州 written out with its level is the place; only the bare stem is a word
        named = hit.place.level == "county" and len(hit.surface) == 2 and any(
            m.cls != "Region" and m.start - offset <= hit.start and hit.end <= m.end - offset for m in found)
        in_quotes = any(a < hit.start and hit.end < b and b - a - 2 > len(hit.surface) for a, b in quoted)
        return (named or in_quotes) and self._province(hit.place.code) != self._province(place.code)

    def _province(self, code: str) -> str | None:
        province = self.gazetteer.at_level(self.gazetteer.place(code), "province")
        return province.code if province is not None else None

    def _sentence_quantities(self, sentence: Sentence, year: int | None, previous: str,
                             planned_year: int | None, currency: str | None,
                             country: str | None) -> list[QuantityMention]:
        return [
            QuantityMention(q.value, country_currency(in_local_currency(sentence.text, q.start, q.end, q.unit,
                                                                        currency), country), q.counts,
                            q.qualifier, q.status, q.period, q.text,
                            sentence.start + q.start, sentence.start + q.end, sentence.index)
            for q in find_quantities(sentence.text, year, previous, planned_year)
        ]

    # ------------------------------------------------------------------ the covered region

    def _title_regions(self, text: str) -> list[str]:
        """Regions of a title, the last first: a title ends with what it is about (同心共筑鹤城梦
        ——2019年齐齐哈尔市统一战线工作综述), its slogan comes before."""
        hits = [hit for hit in find_regions(text, self.gazetteer, None) if hit.place is not None]
        hits = self._past_given_names(text, hits)
        hits.sort(key=lambda hit: -hit.start)
        return [hit.surface for hit in hits]

    def _past_given_names(self, text: str, hits: list) -> list:
        """The hits less a place in a person's given name (副主席王某海 where 某海 is a province's short name), which is
        no place the text names (the sentences' reading skips it too). Only hits right after a surname are looked at,
        names being few, and the text's people are read once for all of them."""
        suspects = [hit for hit in hits if hit.start > 0 and text[hit.start - 1] in self.lexicon.surnames]
        if not suspects:
            return hits
        people = self.persons.find(text, tokenize(text), 0, 0)
        inside = {id(hit) for hit in suspects if any(p.start < hit.start and hit.end <= p.end for p in people)}
        return [hit for hit in hits if id(hit) not in inside]

    def _townships(self, text: str) -> list[str]:
        """Townships (某某乡, 某某镇, 某某街道), villages (某某村) and county-level areas (某某新区) a piece names by pattern,
        in text order: the places below the gazetteer a title or a text may be about."""
        return [hit.surface for hit in find_regions(text, self.gazetteer, None)
                if hit.place is None and hit.level in ("township", "county", "village")]

    def _country_of(self, place: Place | None) -> str | None:
        """The name of the country abroad a report's place is in (智利 for 圣地亚哥), or None at home."""
        country = self.gazetteer.at_level(place, "country")
        return country.name if country is not None and country.code != COUNTRY else None

    def _holder_at(self, name: str, level: str) -> str | None:
        """The name of the place at a level (province, prefecture…) that holds a named place, if any."""
        places = self.gazetteer.lookup(name)
        if not places:
            return None
        return next((above.name for above in self.gazetteer.ancestors(places[0].code) if above.level == level), None)

    def _resolve_region(self, name: str, text: str) -> Place | None:
        """The place a report's region name means: of homonyms (通州区 of 北京 and of 南通), the one whose
        prefecture or province the text names most, else the gazetteer's first."""
        places = self.gazetteer.lookup(name)
        if len(places) < 2:
            return places[0] if places else self.gazetteer.resolve(name)

        def named(place: Place) -> int:
            # 吉安 of 吉安县 in 吉安市: the city itself, by any of its names, is no sign of the county named after it
            names = {written for above in self.gazetteer.ancestors(place.code)
                     if above.level != "country" and above not in places
                     for written in (above.name, *above.short_names) if len(written) >= 2}
            return sum(text.count(written) for written in names)

        best = max(places, key=named)
        return best if named(best) > 0 else self.gazetteer.resolve(name)

    def _holder(self, text: str, name: str | None = None) -> Place | None:
        """The county (else the prefecture) a text names most, which holds a covered township the gazetteer
        does not know (某某乡新乡贤联谊会成立 … 县委统战部 … 为某县发展); but the place the text writes right
        before that township or area's `name`, where it does (某市某某新区), holds it. When the text names a city,
        only a county within a city it names: a short name read as a county of another province (某某支社) is not
        the township's county."""
        counts: dict[str, int] = {}
        hits = find_regions(text, self.gazetteer, None)
        for hit in hits:
            if hit.place is not None and hit.place.level in ("county", "prefecture"):
                counts[hit.place.code] = counts.get(hit.place.code, 0) + 1
        if name:  # 某市某某新区, 某县某某镇: the place the text writes right before the covered one holds it
            ends = {hit.end: hit.place for hit in hits if hit.place is not None}
            written_after = next((ends[hit.start] for hit in hits if hit.place is None and hit.surface == name
                                  and hit.start in ends), None)
            if written_after is None:  # 某区某某新村街道, read in other pieces (a county|新村): where the name is first written
                written_after = ends.get(text.find(name))
            if written_after is not None and written_after.level in ("county", "prefecture"):
                return written_after
        if not counts:
            return None
        cities = [code for code in counts if self.gazetteer.place(code).level == "prefecture"]
        counties = [code for code in counts if self.gazetteer.place(code).level == "county"]
        if cities and counties:  # 某市…某市…, 某某支社: a county of another province, read short, holds nothing here
            counts = {code: times for code, times in counts.items() if code in cities or any(
                self.gazetteer.is_within(code, city) for city in cities)}
        best = min(counts, key=lambda code: (self.gazetteer.place(code).level != "county", -counts[code], code))
        return self.gazetteer.place(best)

    def _covered_region(self, mentions: list[Mention], place: Place | None, written: str | None = None) -> int | None:
        """The first mention of the covered region, if the text names it (a place the gazetteer lacks, such as a
        development zone found by its suffix, by its name)."""
        for index, mention in enumerate(mentions):
            if mention.cls == "Region" and (mention.code == place.code if place is not None
                                            else mention.code is None and written and mention.name == written):
                return index
        return None

    def _city_of_a_countrys_news(self, mentions: list[Mention], place: Place | None) -> Place | None:
        """The city or state abroad that a text read as its country's news keeps naming (罗马 four times in 意大利's
        news): the most specific place the text is about. Measured over the opened sets: of 21 texts read as a
        country's, 4 name a place of it three times or more, each the gold's place; a place named once or twice (a
        capital in passing) leaves the country."""
        if place is None or place.level != "country":
            return None
        times: dict[str, int] = {}
        for mention in mentions:
            if mention.cls == "Region" and mention.code and mention.code != place.code \
                    and self.gazetteer.is_within(mention.code, place.code):
                times[mention.code] = times.get(mention.code, 0) + 1
        code = max(times, key=lambda code: times[code], default=None)  # the first named on a tie
        return self.gazetteer.place(code) if code is not None and times[code] >= MIN_CITY_TIMES else None

    def _title_region_mention(self, document: Document, sentences: list[Sentence], written: str, place,
                              mentions: list[Mention]) -> Mention:
        title = sentences[0] if sentences else None
        start = document.text.find(written)
        start = max(start, 0)
        if place is None:
            abroad = self._town_abroad(mentions)
            if abroad is not None:  # (某某6日讯): a town abroad no gazetteer knows, in the state the text names
                at = max((document.matching_text or document.text).find(written), 0)
                name = document.text[at:at + len(written)]  # as the report wrote it (庇勞, read from the twin 庇劳)
                return Mention("Region", name, name, at, at + len(written),
                               sentence_at(sentences, at) or 0, scope="city", parent_name=abroad)
        return Mention("Region", written, place.name if place else written, start, start + len(written),
                       title.index if title else 0, scope=place.level if place else None,
                       code=place.code if place else None)

    def _town_abroad(self, mentions: list[Mention]) -> str | None:
        """The code of the one state (else the one country) abroad that a text names: the place that holds a town of
        that text the gazetteer does not know. (Its people's home provinces in China are no sign either way.)"""
        coded = {m.code for m in mentions if m.cls == "Region" and m.code and not m.code.isdigit()} - {HOME_COUNTRY}
        states = {code for code in coded if getattr(self.gazetteer.place(code), "level", None) == "state"}
        countries = {code[:2] for code in coded}
        return next(iter(states)) if len(states) == 1 else next(iter(countries)) if len(countries) == 1 else None


MIN_CITY_TIMES = 3  # mentions of a place abroad that make a country's news its news


# Longer than this, what metadata took for a title is the text's first sentence, whose figures count.
MAX_TITLE_CHARS = 50


def _title_spans(text: str, title: str | None) -> list[tuple[int, int]]:
    """Where the title stands in the text: first, and again wherever a line repeats it whole (a page that prints its
    headline twice). A headline's figure (某市一季度1230名乡贤回乡) is not an outcome: the body states it again in its
    context, or it only announces the news."""
    if not title or len(title) > MAX_TITLE_CHARS:
        return []
    spans: list[tuple[int, int]] = []
    at = text.find(title)
    while at >= 0:
        end = at + len(title)
        if not spans or (at == 0 or text[at - 1] == "\n") and (end == len(text) or text[end] in "\r\n"):
            spans.append((at, end))
        at = text.find(title, end)
    return spans


def _written_span(document: Document, phrase: str | None) -> str | None:
    """A phrase read from the simplified twin, in the report's own characters: the twin has the same offsets, so
    the title and publisher found there are the written ones, whichever script the page's labels use (來源)."""
    at = document.matching_text.find(phrase) if phrase else -1
    return document.text[at:at + len(phrase)] if at >= 0 else phrase


def _as_written(document: Document, quantity: QuantityMention) -> str:
    """What a quantity counts, in the characters the report used (the extractor read the simplified twin)."""
    sentence_start = document.matching_text.rfind("\n", 0, quantity.start) + 1
    at = document.matching_text.find(quantity.counts, sentence_start)
    return document.text[at:at + len(quantity.counts)] if quantity.counts and at >= 0 else quantity.counts


def _unit_as_written(document: Document, quantity: QuantityMention) -> str:
    """The measure word in the report's own characters (個, 場); CNY and % are not words of the text."""
    if quantity.unit in ("CNY", "%"):
        return quantity.unit
    at = document.matching_text.rfind(quantity.unit, quantity.start, quantity.end)
    return document.text[at:at + len(quantity.unit)] if at >= 0 else quantity.unit


DIRECTIONS = frozenset("东南西北中東")
HOME_COUNTRY = "CN"  # its places are the gazetteer's, none is read by its place after the country's name


def _city_after(tokens, position: int, gazetteer: Gazetteer):
    """A place name written right after its country (阿联酋迪拜, 西班牙马德里): a city abroad,
    unless it is a place at home (马来西亚容县同乡会)."""
    for token in tokens:
        if token.start == position:
            abroad = token.tag in ("ns", "nr") and 2 <= len(token.word) <= 4 and not gazetteer.lookup(token.word) \
                and not set(token.word) <= DIRECTIONS  # 某国南北各地: its parts, no city
            return token if abroad else None
    return None


def _inside_a_name(quantity: QuantityMention, mentions: list[Mention]) -> bool:
    """某某社三门县社员, “五县千村”工程: a figure read inside a place's or a programme's name is a word of
    the name, no quantity the report tells."""
    return any(mention.start <= quantity.start and quantity.end <= mention.end and mention.cls in NAMES_WITH_FIGURES
               for mention in mentions)


def _personal_testimony(text: str, position: int) -> bool:
    """“我种了8亩…，一亩地净收入15000元”: a figure a villager or a donor tells of their own life, inside a quotation
    spoken as 我 (not 我们, 我市, 我会: a body's account), is a story's colour, not an outcome the report counts."""
    opening = text.rfind("“", 0, position)
    if opening < 0 or text.rfind("”", opening, position) >= 0:
        return False
    return text.startswith("我", opening + 1) and text[opening + 2:opening + 3] not in OWN_BODY_AFTER_I


def _restated_once(quantities: list[QuantityMention], sentences: list[Sentence]) -> list[QuantityMention]:
    """A figure a report states twice (in its summary and again in its body) is one outcome: the later one,
    which stands in its context. Within one paragraph a repeated figure is a list (每人500元；…每户500元)."""
    last: dict[tuple, int] = {}
    for quantity in quantities:
        if quantity.counts:
            key = (quantity.value, quantity.unit, quantity.counts, quantity.qualifier, quantity.status)
            last[key] = sentences[quantity.sentence].paragraph
    return [q for q in quantities
            if not q.counts or last[(q.value, q.unit, q.counts, q.qualifier, q.status)] == sentences[q.sentence].paragraph]


def _deduplicated(mentions: list[Mention]) -> list[Mention]:
    """One mention per class and span, in text order."""
    seen, result = set(), []
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end, m.cls, m.name)):
        key = (mention.cls, mention.start, mention.end)
        if key not in seen:
            seen.add(key)
            result.append(mention)
    return result


def _without_namesakes_of_venues(mentions: list[Mention], known: tuple[str, ...]) -> list[Mention]:
    """某某纪念馆, 某某故居 named after a leader of the nation: the leader is a word of the venue's name, not a person
    the report speaks of (a local worthy's own hall, 乡贤某某艺术馆, keeps its person)."""
    venues = [(m.start, m.end) for m in mentions if m.cls == "Organization"]
    return [m for m in mentions if not (m.cls == "Person" and m.name in known
                                        and any(a <= m.start and m.end <= b and b - a > m.end - m.start for a, b in venues))]


# the classes whose names carry a province or a country that the text does not otherwise speak of (福建某某集团有限公司,
# 民盟某省委, 某省侨联): a government body's own place (某省委统战部) is its seat, and the opened sets' gold counts it
NAME_BEARING_CLASSES = ("Organization", "Association", "PoliticalParty", "Initiative", "Policy")
OUTSIDE_MAINLAND = ("71", "81", "82")  # 台湾, 香港, 澳门: the seat of a society named after it (香港某某同乡会)


def _local_places_as_named_elsewhere(text: str, mentions: list[Mention]) -> list[Mention]:
    """A township or village read by pattern with one or two characters of the words before it (陆续送抵|某某乡,
    扶贫点|某某村: the pattern cannot tell an unknown name's first character from a verb's or a noun's last) where the
    report also names it without them (某县某某乡, 向某某村…): as named there. Measured over the opened sets: 7 such
    names, each a place's name glued to a word before it, none a place of its own."""
    local = [m for m in mentions if m.cls == "Region" and m.code is None]
    result = []
    for mention in mentions:
        known = max((m for m in local if mention.name.endswith(m.name)
                     and 0 < len(mention.name) - len(m.name) <= MAX_GLUED_BEFORE_PLACE),
                    key=lambda m: (len(m.name), -m.start), default=None) \
            if mention.cls == "Region" and mention.code is None else None
        if known is not None:  # named and placed as there (its parent the township or county before it, if any)
            start = mention.end - len(known.name)
            mention = replace(mention, start=start, surface=text[start:mention.end], name=known.name,
                              scope=known.scope, parent_name=known.parent_name)
        result.append(mention)
    return result


MAX_GLUED_BEFORE_PLACE = 2  # characters of the word before a township's or village's name that the pattern may take
ETHNIC_TOWNSHIP_LEVELS = ("乡", "鄉", "镇", "鎮")  # 某某满族乡, written short as 某某乡 (以下简称“某某乡”)


def _ethnic_townships_named_short(mentions: list[Mention]) -> list[Mention]:
    """A township the gazetteer lacks written without its nationality (某某乡) where the report also names it in
    full (某某满族乡, 某某回族乡): the same place, named as in full, so that one node stands for it."""
    full_names: dict[str, Mention] = {}  # the short name -> the mention of the township in full
    for mention in mentions:
        if mention.cls == "Region" and mention.code is None and mention.name.endswith(ETHNIC_TOWNSHIP_LEVELS):
            stem, level = mention.name[:-1], mention.name[-1]
            short = strip_ethnic(stem)
            if short != stem:
                full_names.setdefault(short + level, mention)
    result = []
    for mention in mentions:
        full = full_names.get(mention.name) if mention.cls == "Region" and mention.code is None else None
        if full is not None:
            mention = replace(mention, name=full.name, scope=full.scope, parent_name=full.parent_name)
        result.append(mention)
    return result


def _provinces_only_named_in_names(mentions: list[Mention], region: str | None) -> list[Mention]:
    """The provinces and countries a report names only inside the names of companies, societies, parties'
    committees, programmes and documents (浙江民建会员之家; measured over the opened sets: 92 such provinces not in
    the gold, 14 in it), marked `in_name`: they place those names, but the report does not speak of them. The
    report's own region stays; so do the places of a society abroad or in Hong Kong, Macao or Taiwan (香港某省某县
    同乡会: its seat and its members' home)."""
    candidates = [m for m in mentions if m.cls == "Region" and m.scope in ("province", "country")
                  and m.code is not None and m.code[:2] not in OUTSIDE_MAINLAND and region not in (m.name, m.surface)]
    return _in_name_unless_named_freely(mentions, candidates, _outside_names(mentions, NAME_BEARING_CLASSES))


CPC = "cpc"  # the Communist Party's slug: its branches are led by a secretary, never by a 主委
NATIONAL_ISSUERS = ("中共中央", "国务院", "國務院", "中共中央办公厅", "国务院办公厅")  # who issues the nation's documents


def _national_bodies_only_named_in_documents(mentions: list[Mention]) -> list[Mention]:
    """The mentions less the national bodies that issue documents (中共中央, 国务院) where the report names them only
    inside the titles of those documents (《国务院关于某某工作的意见》): the report speaks of the document,
    not of its issuer."""
    free = _outside_names(mentions, ("Policy",))
    issuers = [m for m in mentions if m.cls == "GovernmentBody" and m.name in NATIONAL_ISSUERS]
    named_freely = {m.name for m in issuers if free(m)}
    return [m for m in mentions if not (m in issuers and m.name not in named_freely)]


def _heads_only_named_in_their_departments(mentions: list[Mention]) -> list[Mention]:
    """The mentions less a body read at the start of its own department's name (某办 of 某办协调部, read as both)
    where the report names the body nowhere else: the report speaks of the department, not of the body it
    belongs to."""
    bodies = [m for m in mentions if m.cls == "GovernmentBody"]
    heading = {id(m) for m in bodies
               if any(d.start == m.start and d.end > m.end and d.surface.startswith(m.surface) for d in bodies)}
    named_alone = {m.name for m in bodies if id(m) not in heading}
    return [m for m in mentions if not (id(m) in heading and m.name not in named_alone)]


def _chaired_branches_placed(mentions: list[Mention], parties: set[str]) -> list[Mention]:
    """Each branch named by its 主委 alone (某区总支副主委) given the party it belongs to: the unit the report names in
    full with that ending (民盟某区总支), else the party its sentence names last before it (民革党员、某区总支主委), else
    the one party whose organisations the report names; a branch whose party the report leaves open is dropped (it
    would stand for a whole party)."""
    def party_of(mention: Mention) -> str | None:
        if mention.cls != "PoliticalParty" or mention.scope == CHAIRED:
            return None
        return mention.parent_name if mention.parent_name in parties else mention.name if mention.name in parties else None
    named = {party for party in map(party_of, mentions) if party}
    units = [m for m in mentions if m.cls == "PoliticalParty" and m.scope != CHAIRED and m.parent_name in parties]
    placed = []
    for mention in mentions:
        if mention.cls == "PoliticalParty" and mention.scope == CHAIRED:
            whole = next((m for m in units if m.name.endswith(mention.name) and len(m.name) > len(mention.name)), None)
            if whole is not None:  # 区总支主委 after 民盟某区总支: the unit the report named in full
                placed.append(replace(mention, name=whole.name, scope=whole.scope, parent_name=whole.parent_name))
                continue
            before = [party_of(m) for m in mentions if m.sentence == mention.sentence and m.end <= mention.start]
            party = next((p for p in reversed(before) if p), None) or (next(iter(named)) if len(named) == 1 else None)
            if party is None:
                continue
            mention = replace(mention, scope=None, parent_name=party)
        placed.append(mention)
    return placed


SOCIETY_CLASSES = ("Organization", "Association", "PoliticalParty")


def _cities_only_named_in_societies(mentions: list[Mention], region: str | None, place: Place | None,
                                    gazetteer: Gazetteer) -> list[Mention]:
    """The cities a report names only inside the names of companies, societies and parties' committees (某市某县商会,
    某市工商联), marked `in_name` as such provinces are; not the report's region nor a place that holds it (the
    prefecture of a county's report), nor the places of a society abroad or in Hong Kong, Macao or Taiwan."""
    holding = {p.code for p in gazetteer.ancestors(place.code)} | {place.code} if place is not None else set()
    candidates = [m for m in mentions if m.cls == "Region" and m.scope == "prefecture" and m.code is not None
                  and m.code[:2] not in OUTSIDE_MAINLAND and m.code not in holding and region not in (m.name, m.surface)]
    return _in_name_unless_named_freely(mentions, candidates, _outside_names(mentions, SOCIETY_CLASSES))


def _outside_names(mentions: list[Mention], classes: tuple[str, ...]):
    """A test of whether a place stands outside every name of `classes` (a place inside one is part of it), the
    names of a society abroad or in Hong Kong, Macao or Taiwan aside, whose places are its seat and its members'
    home."""
    abroad = [m for m in mentions if m.cls == "Region" and m.code is not None
              and (m.scope == "country" and m.code != HOME_COUNTRY or m.code[:2] in OUTSIDE_MAINLAND)]
    names = [(m.start, m.end) for m in mentions if m.cls in classes
             and not any(m.start == place.start for place in abroad)]
    return lambda m: not any(a <= m.start and m.end <= b and b - a > m.end - m.start for a, b in names)


# an outlet named after its place, right after the place's name (某市日报讯, 某某商报网讯, 中国某某网, 某某新闻 >)
OUTLET_AFTER_PLACE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:新闻网|新闻|日报|晚报|早报|商报|经济网|网|在线|电视台|广播电视台|融媒体中心|报)"
                                r"(?:[\u4e00-\u9fff]{0,4}?讯|[>＞\s（(·•]|$)")  # 某省经济网某市讯, 某省新闻网·…


def _places_only_named_as_outlets(text: str, mentions: list[Mention], region: str | None) -> list[Mention]:
    """The places a report names only in the names of the papers and sites it came from (某市日报讯, 来源：某某日报,
    某某商报网讯), marked `in_name`: the outlet's, not a place the report speaks of (measured over the opened sets: 9
    such places not in the gold, 1 in it). The report's own region stays."""
    places = [m for m in mentions if m.cls == "Region" and not m.in_name and region not in (m.name, m.surface)]
    return _in_name_unless_named_freely(mentions, places, lambda m: not OUTLET_AFTER_PLACE.match(text, m.end))


def _in_name_unless_named_freely(mentions: list[Mention], places: list[Mention], free) -> list[Mention]:
    """The mentions with every one of `places` marked `in_name` whose place no mention of it names freely (`free`):
    a place named once on its own is a place the report speaks of, wherever else it stands in a name."""
    named_freely = {m.name for m in places if free(m)}
    marked = {id(m) for m in places if m.name not in named_freely}
    return [replace(m, in_name=True) if id(m) in marked else m for m in mentions]


def _parts_as_their_totals(quantities: list[QuantityMention]) -> list[QuantityMention]:
    """A part that names no subject of its own (…项目89个。其中，养殖项目18个) is its total's subject's."""
    return [replace(q, subject=quantities[q.part_of].subject)
            if q.part_of is not None and q.subject is None and quantities[q.part_of].subject is not None else q
            for q in quantities]


def _without_initiative_heads(text: str, mentions: list[Mention]) -> list[Mention]:
    """Less the organisations that are only the head written after an initiative's quoted name
    (“乡乡兴”实践基地106个: the programme's bases, not an organisation called 实践基地), and the initiatives
    read by their head inside an organisation's name (某某工程职业学院, 某某计划生育协会: a college, an association)."""
    initiatives = [m for m in mentions if m.cls == "Initiative"]
    bodies = [m for m in mentions if m.cls in ORGANIZATION_CLASSES]
    return [m for m in mentions if not (
        m.cls == "Organization" and text[m.start - 1:m.start] == "”"
        and any(i.start < m.start and m.end <= i.end for i in initiatives)) and not (
        m.cls == "Initiative" and not m.surface.startswith(("“", "「"))
        and any(b.start <= m.start and m.end < b.end for b in bodies))]


def _quoted_again(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """An initiative the report names in quotation marks (开展“某某”活动) is that initiative wherever else the
    report quotes its name alone (…”某某介绍“某某”取得的最新成果时说): a slogan read once as a programme is the
    programme everywhere, before its first naming as well."""
    quoted: dict[str, str] = {}  # as quoted: the name settled on (大走访+大帮扶, read as 大走访大帮扶 where named first)
    heads: set[tuple[str, str]] = set()  # as quoted, and the head written after it (“某某”活动: 活动)
    for mention in mentions:
        inside = QUOTED_NAME.search(mention.surface)
        if mention.cls == "Initiative" and len(mention.name) >= MIN_QUOTED_AGAIN and inside is not None \
                and SLOGAN_JOINERS.sub("", inside.group(1)) == SLOGAN_JOINERS.sub("", mention.name):
            quoted.setdefault(inside.group(1), mention.name)
            head = mention.surface[inside.end():]
            if head:
                heads.add((inside.group(1), head))
    if not quoted:
        return mentions
    taken = [(mention.start, mention.end) for mention in mentions]
    added = []
    # 某区举办…某某携手、某某同行活动 before “某某携手、某某同行”活动 is quoted: the name written bare with its head;
    # a name quoted with its own head (“同心·某某工程”, NAMED_PROGRAMME_HEADS) written bare where it heads a section
    # (同心·某某工程，服务…)
    written_forms = [(f"“{quotation}”", name, False) for quotation, name in sorted(quoted.items())] \
        + [(quotation + head, quoted[quotation], False) for quotation, head in sorted(heads)] \
        + [(quotation, name, True) for quotation, name in sorted(quoted.items()) if quotation.endswith(NAMED_PROGRAMME_HEADS)]
    for written, name, heading_only in written_forms:
        position = 0
        while (start := text.find(written, position)) >= 0:
            end = position = start + len(written)
            sentence = sentence_at(sentences, start)
            if sentence is None or any(a < end and start < b for a, b in taken) \
                    or heading_only and not HEADING_NUMBER.fullmatch(text[sentences[sentence].start:start].strip()):
                continue
            added.append(Mention("Initiative", written, name, start, end, sentence))
            taken.append((start, end))
    return sorted(mentions + added, key=lambda m: (m.start, -m.end, m.cls, m.name)) if added else mentions


QUOTED_NAME = re.compile(r"“([^“”]+)”")
SLOGAN_JOINERS = re.compile(r"[+＋·•・]")
MIN_QUOTED_AGAIN = 3  # characters: a short quoted word (“双百”) may be another thing elsewhere


def _short_event_names(mentions: list[Mention]) -> list[Mention]:
    """An initiative named by the tail of one named before it (举办“某某某某”公益健步行活动…“健步行”活动正式开始) is
    that one: the text calls its event short once it has named it in full."""
    named: list[str] = []
    shortened = []
    for mention in mentions:
        if mention.cls == "Initiative":
            longer = next((name for name in named if len(name) > len(mention.name) >= MIN_SHORT_EVENT
                           and name.endswith(mention.name)), None)
            if longer is not None:
                mention = replace(mention, name=longer)
            else:
                named.append(mention.name)
        shortened.append(mention)
    return shortened


MIN_SHORT_EVENT = 3  # characters: 健步行, 读书会; two (论坛) is a kind, not a name


def _with_surfaces(original: str, mentions: list[Mention]) -> list[Mention]:
    """Surfaces as the report wrote them (traditional characters stay traditional)."""
    return [replace(m, surface=original[m.start:m.end]) for m in mentions]


@cache
def default_extractor() -> ReportExtractor:
    """The extractor with the lexicons of ontology/, built once per process."""
    return ReportExtractor()


def extract_report(document: Document, meta: ReportMeta | None = None) -> Extraction:
    """Every mention, quantity and link of one report, with the default lexicons."""
    return default_extractor().extract(document, meta)
