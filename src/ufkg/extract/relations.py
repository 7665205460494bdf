"""Relations a report states between its own mentions.

- implementedIn: an initiative of a local report ran in the report's region, but a contest the region's
  people or works were sent to (征集作品59篇参加某某作文大赛) ran where the text does not say; unless its sentence
  names the place that hosts it (某市今年将举办“A”), holds it (“A”在某市举行) or a delegation went to
  for it (组团赴某省参加“A”; 其间，参加了“B”), the places toured for it (走进A、B，开展“X”), or it is
  the programme of a body of a place within the region (参照某区工商联“X”模式), or the place within the
  region that runs it (某县开展“X”活动); an edition of an event named by the level above the region or a
  place above it (参加省第八届某某运动会; 某省第八届…) is held there; a movement known nationwide (光彩事业) is
  implemented in no one region;
- locatedIn: an organisation whose name holds a region belongs to the most specific
  region its name opens with (福建省莆田市委 → 莆田; 香港江西修水同乡会 → 香港); one with no
  region and no level character in its name belongs to the report's region, unless it is
  a newspaper, a station, a periodical named by its title (《当代某省》) or the whole country's
  (中国某某杂志社), or met on a stay elsewhere (在台期间，拜会了某某联谊会); enterprises listed after a place and 的 (其中，某区的A公司捐款500万元、某省B公司
  捐款300万元；) are in that place, and only there when their name's place holds it;
- participatesIn: an organisation named before an initiative in its sentence took
  part in it (会同X…开展“Y”; A、B等6家商会开展“Y”), unless it leads as a party
  committee or government, is only created or possessed there (成立X, X的部署), only gives the office of
  a speaker, in it or in one of its units (X机关党委专职副书记某某称), or is a
  party as a whole; bodies the author supports or organises (支持A、B开展“Y”) take part only
  up to the author's next deed (…，组织“Z”交流团); so did the sponsors of an initiative named first (“Y”由A、B主办),
  and the bodies that open the clause after an initiative's clause with no actor of its
  own, with their partners (深入推进“Y”，A、B联合C走访企业…); the examples of a group a programme's
  figure counts (A、B等10多家企业), and the body whose figure counts the programme's own (4户“Y”对象).
  A government's commission (市农业农村委) takes part; a party committee or government leads. The body
  whose own report, or whose meeting's news item, a text is takes part in what it names for no one else. A
  visiting body takes part in what it attended (组团赴某省参加…；其间，参加了“A”), and in a news item on an
  event the bodies of a sentence that points at it (活动中，A、B为某地捐款…) take part in it, and in a news item on
  a programme so do the bodies that open a clause with a deed for it (2016年初，某省工商联向全社会发出倡议). The actor
  of a section's lead (【概况】 某市委统战部…) takes part in the programmes the rest of its paragraph
  runs where no sentence names an actor of its own (组织开展“A”活动; 推进“B”“C”等活动; 参加第N届“D”投洽会).
  A department or association under whose push a programme was held (在某市侨联的大力推动下，某会举办“某某”…) takes
  part in it. A body that joins in (某市委积极参与，) takes part in the programmes of the clause before, and a clause that
  another body opens is that body's deed (A开展“X”，B打造“Y”: A does not take part in Y).

- subOrganizationOf: the offices and institutions a body lists as its own (某部内设16个处室，分别为：A、B…;
  所属事业单位2个，分别为：C、D) belong to it, and take no place from the report (台湾工作处 is a topic);
  bodies it only manages (代管：某侨联) do not. In a news item on a programme, the bodies that run it by
  reference (A与B共同发起了这项活动) take part in it.

Relations that need resolved names (市委统战部 → 成都市委, a region's parent)
are added by the resolver, which knows them.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ..gazetteer import Gazetteer
from ..model import Extraction, LinkMention, Mention
from .names import nationwide_movement
from .organizations import COUNTRY_SIDE, GENERAL_CHAMBER, MEDIA_NAME, NATIONAL, PLACE_FIRM
from .sections import URGED, governors as section_governors, text_actor

ORGANIZATION_CLASSES = frozenset({"GovernmentBody", "Association", "PoliticalParty", "Organization"})
# the heads of societies of people from one place: 某地商会, 某地同乡会, 某地同乡联谊会
ORIGIN_SOCIETY = re.compile(r"(?:商会|同乡会|同乡联谊会|同乡总会|乡亲会|商会总会)")
STATIONED = "驻"  # a body stationed in the place after it (中国驻某国大使馆, 某市政府驻某省办事处)
COUNTRY_WIDE = ("中国", "中华", "全国")  # 中国某某杂志社, 全国某某协会: the whole country's, not the report's region
# a fund or a hospital named without a place (某某慈善基金会, 某某同心医院): the report does not say it is in its region
# (measured over the opened sets: none of 19 such placements in the gold); nor of an enterprise, a university or a
# bank, which may be seated anywhere (the opened golds place 33 of 197 such in the report's region), where a venue
# named in a local report (某某纪念馆, 某某寺, 某某中学) is there
UNPLACED_HEADS = ("基金", "基金会", "医院", "卫生院", "公司", "集团", "集團", "大学", "大學", "学院", "學院", "银行", "銀行",
                  "研究院", "研究所")
WORLDWIDE = "世界"  # 世界某某同乡会: the society of a place's people the world over, which is not in that place
LEVEL_ENDINGS = ("省", "市", "县", "区", "州", "盟", "旗", "镇", "乡")
FUND_HEADS = ("基金", "基金会")  # a fund named after a place (某村某某基金) is money for it, held anywhere
# a township's own chamber, trade society or society of its worthies (某某商会, 某某乡贤联谊会), seated there; not the
# society of its people living elsewhere (某某旅北同乡会, 某某联谊会)
LOCAL_SOCIETY = re.compile(r"^(?!.*(?:旅|同乡|同鄉)).*(?:商会|商會|协会|協會|乡贤|鄉賢)")
LOCAL_SCOPES = ("township", "village")  # the scope of a township's or a village's mention, found by pattern
LOCAL_LEVEL = re.compile(r"(?:镇|乡|村|街道|社区|鎮|鄉|社區)$")  # the level a township's or village's name ends in
MAX_SHORT_PLACE = 4  # the longest short name of a place a body's name may open with (某某台协)
PLACE_LIST_BREAKS = frozenset("，,：:。！？；!?;")  # 、 goes on with the list a place opens
CLAUSE_BREAKS = frozenset("，,：:。！？；!?;")
COLLECTIVE = re.compile(r"(?:全(?:地区|[市县区州省盟旗镇])|各(?!项|类|种)|广大)")
SUPPORTED = re.compile(r"支持|指导|引导|鼓励|帮助|推动|組織|组织")
DEED = re.compile(r"(?:并|还|同时)?(?:组织|組織|开展|開展|举办|舉辦|承办|承辦|实施|實施|推进|推進|深化|打造|创建|創建"
                  r"|建立|成立|邀请|邀請|召开|召開)")
TOUR = ("走进", "走進", "深入", "来到", "來到", "赴", "前往")  # 组团走进A、B; 赴A、B开展…: the places a group toured
# 某区工商联“某某”模式: the quotation right after its owner; 某区委统战部举办“某某”…: the programme its owner runs
OWNED = re.compile(r"(?:积极|持续|深入|大力|精心|正式)?(?:组织开展|举办|舉辦|开展|開展|启动|啟動|实施|實施|推出)?了?“?")
CLAUSE_OPENERS = ("同时", "并", "还", "也", "其中")
LIST_JOINER = re.compile(r"(?:、|和|及|与|以及)")
SPONSORED_BY = "由"
# the rest of a list of sponsors and their role, after one of them (、某市人民政府主办的)
SPONSOR_ROLE = r"(?:联合|共同)?(?:主办|主辦|承办|承辦|举办|舉辦|协办|協辦)"
SPONSORING = re.compile(r"[^，,。；;：:]{0,40}?" + SPONSOR_ROLE)
# a clause of the list: 由甲、乙联合主办 (活动由甲、乙联合主办, the event named by its head)
EVENT_HEADS = r"(?:活动|活動|论坛|論壇|大会|大會|晚会|晚會|仪式|儀式)"
SPONSORED_CLAUSE = re.compile(rf"(?:(?:此次|本次|是次|该|該)?{EVENT_HEADS})?{SPONSORED_BY}[^，,。；;：:]{{2,40}}?{SPONSOR_ROLE}")
# a sentence on the event a news item is on that opens with whom it was run by (活动由A、B联合主办，C承办)
EVENT_SPONSORED = re.compile(rf"(?:此次|本次|是次|该|該)?{EVENT_HEADS}{SPONSORED_BY}")
# who an initiative named first was run by: “某某论坛”由A、B主办; 活动由A承办; “某某”是由A、B倡议发起的…
SPONSORS = re.compile(r"(?:活动|论坛|行动|工程|项目)?(?:是|係|系)?(?:由|經|经)")
# the partners a clause's actors act with: A、B联合C、D开展…
PARTNERS = re.compile(r"(?:联合|会同|携手|协同|聯合|會同|攜手|協同)")
# a place that hosts what follows (某市今年将举办…); an initiative held at a place (…在某市举行)
HOSTS = re.compile(r"(?:今年|明年|年内|近期|即将|即將|将|將|还|還|也|再|又|先后|先後|曾){0,3}(?:举办|舉辦|主办|主辦|承办|承辦|举行|舉行)")
HELD_AT = re.compile(r"(?:活动|活動)?(?:在|于|於)()[^，,。；;]{2,12}?(?:隆重)?(?:举行|舉行|举办|舉辦|开幕|開幕|召开|召開|启动|啟動)")
AT_PLACE = ("在", "於")
GONE_TO = ("赴", "到", "前往", "走进", "走進", "深入")  # 某会赴某镇某村开展…: the place gone to for the deed
GONE_DEED = re.compile(r"[^，,。；;]{0,8}?(?:开展|開展|举办|舉辦|举行|舉行)了?[^，,。；;“”「」]{0,6}?[“「]?")
VENUE_DEED = re.compile(r"[^，,。；;]{0,12}?(?:开展|開展|举办|舉辦|举行|舉行|启动|啟動)了?[“「]?")
# a delegation going to a place to take part (组团赴某省参加…), and what it attended there (其间，参加了…)
ATTENDS = re.compile(r"[^，,。；;]{0,6}?(?:参加|參加|出席)")
STAY = re.compile(r"(?:在|於|于)([^，,。；;]{1,8}?)(?:期间|期間)[，,]")  # 在台期间，: a stay somewhere
DURING = re.compile(r"(?:其间|其間|期间|期間)[，,]")
# a sentence that opens by pointing at the event a news item is on (活动中，; 此次活动中，; 会上，)
AT_EVENT = re.compile(r"(?:此次|本次|是次)?(?:活动|活動|会议|會議)?(?:中|上|期间|期間)[，,]|会上[，,]|會上[，,]")
# a deed that runs the event a news item is on, named by reference: 共同发起了这项活动; 承办此次论坛
THIS_EVENT = re.compile(r"(?:共同|联合|聯合)?(?:发起|發起|主办|主辦|承办|承辦|举办|舉辦|组织|組織|参与|參與)了?"
                        r"(?:这项|這項|此项|此項|该项|該項|该|該|本次|此次|这次|這次)(?:活动|活動|行动|行動|论坛|論壇|大会|大會|赛事|賽事)")
# a clause's time words before its actor (2016年初，; 与此同时，)
CLAUSE_TIME = re.compile(r"(?:(?:19|20)\d{2}年(?:初|底|末|以来|上半年|下半年)?|与此同时|與此同時|同时|同時|此外)[，,]?")
# a body's deed for a programme: calling on, mobilising, guiding, organising
WORKS = re.compile(r"(?:向[^，,。；]{1,12}?发出|向[^，,。；]{1,12}?發出|动员|動員|引导|引導|组织|組織|带领|帶領|发动|發動|牵头|牽頭)")
SIGNS = re.compile(r"[^，,。；;]{0,4}?(?:签订|簽訂|签署|簽署|签约|簽約)")
EXAMPLES_END = re.compile(r"等(?:共|共计)?")
OWN_REPORT = re.compile(r"工作(总结|报告|情况|汇报|要点)|述职")
PLAN_HEADING = re.compile(r"下一步|工作计划|工作打算|工作思路|工作安排|\d{4}年.{0,4}(计划|打算|重点)")
MAX_HEADING = 30
CONTEST = re.compile(r"(?:大赛|大賽|比赛|比賽|竞赛|競賽|评选|評選|征文|徵文|展览|展覽|博览会|博覽會|交易会|交易會)$")
CONTEST_HEAD = re.compile(r"[”」]?[^，,。；;“”「」]{0,4}?(?:大赛|大賽|比赛|比賽|竞赛|競賽|评选|評選|征文|徵文)")
REGION_OWN = re.compile(r"(?:全|本|我)[市县区州省旗镇]")
ENTRY_SENDERS = ("组织", "組織", "选派", "選派", "推荐", "推薦", "征集", "徵集", "选送", "選送", "报送", "報送")
MAX_ENTRY_GAP = 8  # characters between 参加 and the contest's name: 参加第十三届
# the opening of a list of a body's own offices or institutions: 内设16个处室，分别为：; 所属事业单位2个，分别为：
UNITS_LISTED = re.compile(r"(?:内设|下设|所属|下属|直属)(?:机构|处室|科室|部门|事业单位|单位)?[^，,。；;：:]{0,10}?"
                          r"(?:[，,]?(?:分别为|分别是|包括|即)[:：]?|[:：]|有(?=[\u4e00-\u9fff]{2,20}、))")
LIST_DATED = re.compile(r"\s*(?:(?:19|20)\d{2}\s*年(?:\d{1,2}月)?(?:以后|以来|起)?[，,]?)?\s*")  # only when the list was
MAX_OWNER_GAP = 2  # characters between the body and its list: 某部机关内设…


def find_links(extraction: Extraction, gazetteer: Gazetteer) -> list[LinkMention]:
    """Mention-level links of one report."""
    mentions = extraction.mentions
    region = extraction.region_mention
    text = extraction.document.matching_text or extraction.document.text
    links: list[LinkMention] = []
    regions = sorted((i for i, m in enumerate(mentions) if m.cls == "Region"), key=lambda i: mentions[i].start)
    region_starts = [mentions[i].start for i in regions]
    named_places = {mentions[i].code for i in regions if mentions[i].code}
    by_sentence: dict[int, list[int]] = {}
    for index, mention in enumerate(mentions):
        by_sentence.setdefault(mention.sentence, []).append(index)
    visits = _visits(extraction, text, regions)
    units = _listed_units(extraction, text)
    links.extend(LinkMention(unit, "subOrganizationOf", owner, mentions[unit].sentence) for unit, owner in units.items())
    for index, mention in enumerate(mentions):
        if mention.cls == "Initiative" and region is not None and not nationwide_movement(mention):
            held_at = _level_host(gazetteer, mentions, regions, region, text, mention)
            if held_at is not None:  # 参加省第八届某某运动会: the province's event, held there
                links.append(LinkMention(index, "implementedIn", held_at, mention.sentence))
                continue
            if _entered(text, mention, extraction.sentences[mention.sentence].start):
                continue  # 征集作品59篇参加第十三届某某作文大赛: a contest held elsewhere, where the text does not say
            own = [place for place in _places_before(mentions, text, regions, mention)
                   if mentions[place].code is None  # a township or a village, named under the region's counties
                   or mentions[place].code != mentions[region].code
                   and _contains(gazetteer, mentions[region].code, mentions[place].code)]
            if own:  # 某镇某村与某社区的“某某”建设: it ran in the places within the region that it is said to be of
                links.extend(LinkMention(index, "implementedIn", place, mention.sentence) for place in own)
                continue
            toured = _toured(extraction, text, regions, mention)
            if len(toured) > 1:  # 组团走进A、B，开展“某某”学习考察活动: it ran in each place toured
                links.extend(LinkMention(index, "implementedIn", place, mention.sentence) for place in toured)
                continue
            host = _host(extraction, text, regions, mention, visits)
            owner = _owner_place(extraction, text, regions, mention) if host is None else None
            if owner is None and host is None:
                owner = _acting_place(extraction, text, regions, mention)
            if owner is not None and mentions[owner].code != mentions[region].code \
                    and _contains(gazetteer, mentions[region].code, mentions[owner].code):
                host = owner  # 参照某区工商联“某某”模式: a body's own programme runs where the body is, in the region
            if host is not None:
                # 在上海崇明某剧场举行: the most specific place written; one that holds the report's region says nothing new
                chain = [r for r in regions if mentions[r].sentence == mentions[host].sentence
                         and mentions[r].start >= mentions[host].start]
                host = _most_specific(gazetteer, mentions, chain)
                if _contains(gazetteer, mentions[host].code, mentions[region].code):
                    host = None
            links.append(LinkMention(index, "implementedIn", region if host is None else host, mention.sentence))
        elif mention.cls in ORGANIZATION_CLASSES and not _national(mention):
            first = bisect_left(region_starts, mention.start)
            inner = [r for r in regions[first:bisect_left(region_starts, mention.end)] if mentions[r].end <= mention.end]
            if STATIONED in mention.name:  # 中国驻西班牙使领馆: in the host country
                inner = [r for r in inner if mentions[r].start > mention.start + mention.name.index(STATIONED)]
            if region is not None:
                inner = [r for r in inner if not _stray_place(gazetteer, mentions[r], mentions[region])]
                if index in units:  # 台湾工作处 of a department: its topic, not its place
                    inner = [r for r in inner if mentions[r].code == mentions[region].code
                             or _contains(gazetteer, mentions[r].code, mentions[region].code)
                             or _contains(gazetteer, mentions[region].code, mentions[r].code)]
            listed_in = _listed_in_place(extraction, text, region_starts, regions, mention) \
                if mention.cls == "Organization" else None
            if listed_in is not None and (not inner or _contains(gazetteer, mentions[_most_specific(gazetteer, mentions, inner)].code,
                                                                  mentions[listed_in].code)):
                links.append(LinkMention(index, "locatedIn", listed_in, mention.sentence))
            elif inner and (_origin_society(gazetteer, mentions, inner, mention, region)
                            or mention.name.startswith(WORLDWIDE)):
                pass  # 温州商会, 广西同乡会 in another place's report, 世界某某联谊会: where its members come from
            elif inner:
                place = _most_specific(gazetteer, mentions, inner)
                links.append(LinkMention(index, "locatedIn", place, mention.sentence))
                if region is not None and mention.cls == "Organization" and not MEDIA_NAME.search(mention.name) \
                        and not _titled_outlet(text, mention) and not mention.name.endswith(UNPLACED_HEADS) \
                        and _contains(gazetteer, mentions[place].code, mentions[region].code):
                    # 贵州某某茶场 in a 黔南 report: in 贵州 by its name, in 黔南 by the report; a body named after
                    # its province (某省委统战部, 某省某促进会), a city's newspaper, or a company, a fund, a
                    # university named after a province or a city (seated anywhere in it, UNPLACED_HEADS) is not
                    links.append(LinkMention(index, "locatedIn", region, mention.sentence))
            elif _named_after_its_place(mention) \
                    and (named_after := _local_named_after(mentions, regions, mention)) is not None:
                links.append(LinkMention(index, "locatedIn", named_after, mention.sentence))  # 某某小学 in 某某村
            elif mention.scope is None and region is not None and mention.cls != "PoliticalParty" and index not in units \
                    and not MEDIA_NAME.search(mention.name) and not _titled_outlet(text, mention) \
                    and not mention.name.startswith(COUNTRY_WIDE) and not mention.name.endswith(UNPLACED_HEADS) \
                    and not _away(extraction, text, mention, mentions[region]) \
                    and not _named_again_without_its_place(mention) \
                    and not _opens_with_another_place(gazetteer, mention, mentions[region], named_places) \
                    and STATIONED not in mention.name:  # 驻某地办事处: stationed away from the report's place
                links.append(LinkMention(index, "locatedIn", region, mention.sentence))
    for sentence, members in sorted(by_sentence.items()):
        initiatives = [i for i in members if mentions[i].cls == "Initiative"]
        for index, initiative in _owners(text, mentions, members, initiatives):
            links.append(LinkMention(index, "participatesIn", initiative, sentence))
        for index in members:
            mention = mentions[index]
            if mention.cls not in ORGANIZATION_CLASSES or _national(mention) or not _takes_part(text, mention):
                continue
            bounds = extraction.sentences[sentence]
            reach = bounds.end
            if SUPPORTED.search(text, _clause_bound(text, mention.start, -1, bounds.start), mention.start):
                # 支持A、B等开展“X”，组织“Y”交流团: those supported take part up to the author's next deed
                reach = _next_deed(text, mention.end, bounds.end)
            # A打造了“X”，B积极参与，同时还打造出“Y”: a clause another body opens is that body's deed
            # (but sponsors listed on in a later clause, 由A主办，B承办的“X”, are not another's deed)
            reach = min([reach] + [mentions[other].start for other in members if mentions[other].cls in ORGANIZATION_CLASSES
                                   and mentions[other].start > mention.end and mentions[other].name != mention.name
                                   and text[mentions[other].start - 1] in CLAUSE_BREAKS
                                   and not (_sponsor(text, mention) and _sponsor(text, mentions[other]))])
            for initiative in initiatives:
                urged_from = _clause_bound(text, mentions[initiative].start, -1, bounds.start)
                if mention.end <= mentions[initiative].start < reach and not (
                        mention.end <= urged_from and URGED.search(text, urged_from, mentions[initiative].start)):
                    # 组织甲、乙等商会缔结联盟，引导…参与某某事业: those named before others are urged to join take no part
                    links.append(LinkMention(index, "participatesIn", initiative, sentence))
            if JOINS_IN.match(text, mention.end):  # A打造了“X”“Y”等品牌，B积极参与: B joins in the clause before
                clause = _clause_bound(text, mention.start, -1, extraction.sentences[sentence].start)
                before = _clause_bound(text, max(clause - 1, 0), -1, extraction.sentences[sentence].start)
                for initiative in initiatives:
                    if before <= mentions[initiative].start and mentions[initiative].end <= clause:
                        links.append(LinkMention(index, "participatesIn", initiative, sentence))
        for initiative in initiatives:
            for index in _carried_out_by(text, mentions, members, initiative, extraction.sentences[sentence]):
                links.append(LinkMention(index, "participatesIn", initiative, sentence))
        links.extend(_pushed_by(extraction, text, members, initiatives, sentence))
    links.extend(_author_links(extraction, links))
    links.extend(_governed_links(extraction, text, links))
    links.extend(_counted_links(extraction, text, by_sentence))
    links.extend(_visitor_links(extraction, text, regions, visits))
    links.extend(_event_links(extraction, text))
    return links


def _named_after_its_place(mention: Mention) -> bool:
    """Whether a body named after a place is seated there: a school, a clinic, a firm; a township's own chamber or
    society of its worthies; not a fund (money for the place, held anywhere) nor a society of the place's people."""
    if mention.name.endswith(FUND_HEADS):
        return False
    return mention.cls == "Organization" or mention.cls == "Association" and bool(LOCAL_SOCIETY.search(mention.name))


def _local_named_after(mentions: list[Mention], regions: list[int], mention: Mention) -> int | None:
    """The township or village the report names whose name, without its level, an organisation's name opens with
    (某某小学 and 某某村, 某某中心学校 and 某某乡): a school or a clinic is named after the place it serves, which is
    where it is; the longest such name when several fit."""
    def stem(place: Mention) -> str:
        return LOCAL_LEVEL.sub("", place.name)

    fitting = [region for region in regions if mentions[region].code is None and mentions[region].scope in LOCAL_SCOPES
               and len(stem(mentions[region])) >= 2 and stem(mentions[region]) != mentions[region].name
               and mention.name.startswith(stem(mentions[region]))]
    return max(fitting, key=lambda region: (len(mentions[region].name), -mentions[region].start), default=None)


def _listed_units(extraction: Extraction, text: str) -> dict[int, int]:
    """The offices and institutions a body lists as its own (某部内设5个处室，分别为：A、B…; 所属事业单位2个，
    分别为：C、D), each with that body: the body written right before the list's opening, or the body whose
    units the sentence before listed. Bodies it only manages for others (代管：某侨联) are not its units."""
    mentions = extraction.mentions
    units: dict[int, int] = {}
    owner = None
    for sentence in extraction.sentences:
        members = [i for i, m in enumerate(mentions) if m.sentence == sentence.index and m.cls in ORGANIZATION_CLASSES]
        opening = UNITS_LISTED.search(text, sentence.start, sentence.end)
        if opening is None:
            owner = None
            continue
        before = [i for i in members if mentions[i].end <= opening.start()
                  and len(text[mentions[i].end:opening.start()]) <= MAX_OWNER_GAP]
        if before:
            owner = before[-1]
        elif not LIST_DATED.fullmatch(text, sentence.start, opening.start()):
            # 所属事业单位2个，分别为：, 1995年，内设机构有…: the units of the body whose offices the sentence before listed
            owner = None
        if owner is None:
            continue
        for index in members:
            if opening.end() <= mentions[index].start and index != owner \
                    and text[max(sentence.start, mentions[index].start - 3):mentions[index].start].find("代管") < 0:
                units[index] = owner
    return units


def _event_links(extraction: Extraction, text: str) -> list[LinkMention]:
    """In a news item on an event, the bodies of a sentence that opens by pointing at it (活动中，A、B为
    某地组织捐款…; 会上，A与B签订…) took part in it."""
    mentions = extraction.mentions
    by_sentence: dict[int, list[int]] = {}
    for index, mention in enumerate(mentions):
        by_sentence.setdefault(mention.sentence, []).append(index)
    event = text_actor(extraction, text, by_sentence)
    if event is None or mentions[event].cls != "Initiative":
        return []
    found = []
    if mentions[event].sentence == 0 or extraction.sentences[mentions[event].sentence].start < len(text) // 8:
        found.extend(_programme_workers(extraction, text, event))
    for sentence in extraction.sentences:
        # A与B共同发起了这项活动: the bodies that run the event the news item is on, named by reference
        running = THIS_EVENT.search(text, sentence.start, sentence.end)
        if running is not None:
            for index in by_sentence.get(sentence.index, []):
                mention = mentions[index]
                if mention.cls in ORGANIZATION_CLASSES and mention.end <= running.start() and not _national(mention) \
                        and _takes_part(text, mention) and not (mention.cls == "PoliticalParty" and mention.parent_name is None) \
                        and not any(char in CLAUSE_BREAKS for char in text[mention.end:running.start()]):
                    found.append(LinkMention(index, "participatesIn", event, sentence.index))
            continue
        if EVENT_SPONSORED.match(text, sentence.start, sentence.end):
            for index in by_sentence.get(sentence.index, []):
                mention = mentions[index]
                if mention.cls in ORGANIZATION_CLASSES and not _national(mention) and _sponsor(text, mention):
                    found.append(LinkMention(index, "participatesIn", event, sentence.index))
            continue
        if not AT_EVENT.match(text, sentence.start, sentence.end):
            continue
        for index in by_sentence.get(sentence.index, []):
            mention = mentions[index]
            # a government that signs with others at the event (与某州政府签订…) is one of its parties
            signs = mention.cls == "GovernmentBody" and text[mention.start - 1:mention.start] in ("与", "與", "同") \
                and SIGNS.match(text, mention.end, sentence.end)
            if mention.cls in ORGANIZATION_CLASSES and (_takes_part(text, mention) or signs) \
                    and not (mention.cls == "PoliticalParty" and mention.parent_name is None):
                found.append(LinkMention(index, "participatesIn", event, sentence.index))
    return found


def _programme_workers(extraction: Extraction, text: str, programme: int) -> list[LinkMention]:
    """In a news item on one programme (记者从某省“某某”行动表彰会上了解到，…), the bodies that open a clause
    with a deed of it (2016年初，某省工商联向全社会发出倡议; 与此同时，某市工商联动员310家企业…) work in it."""
    mentions = extraction.mentions
    found = []
    for index, mention in enumerate(mentions):
        if mention.cls not in ORGANIZATION_CLASSES or mention.sentence == mentions[programme].sentence \
                or not _takes_part(text, mention) or mention.cls == "PoliticalParty" and mention.parent_name is None:
            continue
        sentence = extraction.sentences[mention.sentence]
        start = _clause_bound(text, mention.start, -1, sentence.start)
        opening = CLAUSE_TIME.match(text, start, mention.start)
        if (opening.end() if opening else start) == mention.start and WORKS.match(text, mention.end, sentence.end):
            found.append(LinkMention(index, "participatesIn", programme, mention.sentence))
    return found


def _visitor_links(extraction: Extraction, text: str, regions: list[int], visits: dict[int, int]) -> list[LinkMention]:
    """The body that went on a visit (某会组团赴某省参加…) took part in what the sentences on the visit say
    was attended there (其间，参加了“A”、“B”等活动)."""
    mentions = extraction.mentions
    found: list[LinkMention] = []
    visitor = None
    for sentence in sorted(visits):
        place = mentions[visits[sentence]]
        if place.sentence == sentence:  # the visit's own sentence names who went
            bodies = [i for i, m in enumerate(mentions) if m.sentence == sentence and m.cls in ORGANIZATION_CLASSES
                      and m.end <= place.start and not _national(m) and _takes_part(text, m)]
            visitor = bodies[-1] if bodies else None
            continue
        if visitor is None:
            continue
        bounds = extraction.sentences[sentence]
        attended = ATTENDS.search(text, bounds.start, bounds.end)
        for index, mention in enumerate(mentions):
            if mention.sentence == sentence and mention.cls == "Initiative" and attended \
                    and mention.start >= attended.end():
                found.append(LinkMention(visitor, "participatesIn", index, sentence))
    return found


def _counted_links(extraction: Extraction, text: str, by_sentence: dict[int, list[int]]) -> list[LinkMention]:
    """What the figures say about who takes part: the organisations listed as examples of a group that a
    programme's figure counts (甲公司、乙公司等10多家企业, a figure of “某某”行动) take part in it, and
    so does the body a figure is for when what it counts are the programme's own (侨联走访…4户“某某”对象)."""
    mentions = extraction.mentions
    found = []
    for quantity in extraction.quantities:
        if quantity.subject is None:
            continue
        subject = mentions[quantity.subject]
        members = by_sentence.get(quantity.sentence, [])
        if subject.cls == "Initiative":
            organisations = [i for i in members if mentions[i].cls in ORGANIZATION_CLASSES
                             and not _national(mentions[i]) and mentions[i].end <= quantity.start]
            for index in _examples(text, mentions, organisations, quantity.start):
                found.append(LinkMention(index, "participatesIn", quantity.subject, quantity.sentence))
        elif subject.cls in ORGANIZATION_CLASSES and not _national(subject) and quantity.counts:
            for index in members:
                named = mentions[index]
                if named.cls == "Initiative" and named.start >= quantity.end \
                        and named.surface.strip("“”「」") in quantity.counts.strip("“”「」"):
                    found.append(LinkMention(quantity.subject, "participatesIn", index, quantity.sentence))
    return found


def _examples(text: str, mentions, organisations: list[int], end: int) -> list[int]:
    """The organisations of a list that runs straight into a count (甲公司、乙公司等|10多家)."""
    for index in organisations:
        listed = _listed(text, mentions, organisations, mentions[index].start, end)
        if listed and EXAMPLES_END.fullmatch(text, mentions[listed[-1]].end, end):
            return listed
    return []


def _away(extraction: Extraction, text: str, mention, report_region) -> bool:
    """Whether a body is named in a sentence on a stay elsewhere (在台期间，分别拜会了A、B等团体): the
    bodies met there are not the report region's."""
    bounds = extraction.sentences[mention.sentence]
    stay = STAY.match(text, bounds.start, bounds.end)
    if not stay:
        return False
    places = [m for m in extraction.mentions if m.cls == "Region" and m.sentence == mention.sentence
              and stay.start(1) <= m.start < stay.end(1)]
    if places:
        return not any(place.code == report_region.code for place in places)
    # 在台期间 / 在京期间: a place's one-character short name; 在疫情防控期间 is a time, not a place
    short = stay.group(1)
    return len(short) == 1 and short not in report_region.surface


def _places_before(mentions, text: str, regions: list[int], initiative) -> list[int]:
    """The places an initiative is said to be of (某镇某村与某区某社区的“某某”建设): the most specific place of
    each item of the list that ends with 的 right before its name, or the place its quoted name follows at once
    (在某社区“某某之家”)."""
    position = initiative.start
    ending = {mentions[i].end: i for i in regions}
    if text.startswith(("“", "「"), position) and position in ending:
        return [ending[position]]  # 在某社区“某某之家”: the place's own, quoted right after its name
    if not text.endswith("的", 0, position):
        return []
    position -= 1
    places, last = [], None
    while position in ending:
        place = ending[position]
        if last is None:
            places.append(place)  # the most specific of a chain (某县某镇某村): the one that ends it
        last, position = place, mentions[place].start
        joiner = next((j for j in ("、", "与", "和", "及") if text.endswith(j, 0, position)), None)
        if joiner is not None and position - len(joiner) in ending:
            last, position = None, position - len(joiner)
    return places


def _host(extraction: Extraction, text: str, regions: list[int], initiative, visits: dict[int, int]) -> int | None:
    """The place a sentence says an initiative is held in, where that is not the report's region: a place
    that hosts it (某市今年将举办两个世界性活动，包括“A”及“B”), the place it is held at (“某某论坛”在某市
    举行), or the place a delegation went to take part in it (某会组团赴某省参加“某某论坛”; 其间，参加了“A”、“B”)."""
    mentions = extraction.mentions
    bounds = extraction.sentences[initiative.sentence]
    places = [i for i in regions if mentions[i].sentence == initiative.sentence]
    for index in reversed(places):
        place = mentions[index]
        if place.end <= initiative.start and HOSTS.match(text, place.end, initiative.start):
            return index
    for index in reversed(places):
        place = mentions[index]
        if place.end <= initiative.start and text.endswith(AT_PLACE, 0, place.start) \
                and VENUE_DEED.fullmatch(text, place.end, initiative.start):
            return index  # 在某社区“某某之家”开展“某某”主题活动: held at the place the clause says it went on in
    ending_at: dict[int, Mention] = {}  # 某镇|某村: the place a run goes on from (the first that ends there)
    for index in places:
        ending_at.setdefault(mentions[index].end, mentions[index])
    for index in reversed(places):
        place = first = mentions[index]
        while first.start in ending_at:
            first = ending_at[first.start]
        if place.end <= initiative.start and text.endswith(GONE_TO, 0, first.start) \
                and GONE_DEED.fullmatch(text, place.end, initiative.start):
            return index  # 某会赴某镇某村联合开展送医下乡“某某”活动: held where those who went carried it out
    held = HELD_AT.match(text, initiative.end, bounds.end)
    if held:
        for index in places:
            if mentions[index].start == held.end(1):
                return index
    visited = visits.get(initiative.sentence)
    if visited is not None and ATTENDS.search(text, bounds.start, initiative.start):
        return visited
    return None


def _entered(text: str, initiative, limit: int) -> bool:
    """Whether a contest is one the region's people or works were sent to (征集作品59篇参加第十三届某某作文大赛;
    选派3名选手参加某某技能竞赛): it is held by others, not in the report's region; one of the region's own
    (全市某某演讲比赛) is."""
    if not CONTEST.search(initiative.name) and not CONTEST.search(initiative.surface) \
            and not CONTEST_HEAD.match(text, initiative.end):
        return False
    opening = _clause_bound(text, initiative.start, -1, limit)
    attends = max(text.rfind(word, opening, initiative.start) for word in ("参加", "參加"))
    return 0 <= initiative.start - attends <= MAX_ENTRY_GAP and not REGION_OWN.search(text, attends, initiative.end) \
        and any(word in text[opening:attends] for word in ENTRY_SENDERS)


def _owner_place(extraction: Extraction, text: str, regions: list[int], initiative) -> int | None:
    """The place in the name of the body whose programme an initiative is (参照某区工商联“某某”模式)."""
    mentions = extraction.mentions
    owner = next((m for m in mentions if m.cls in ORGANIZATION_CLASSES and m.sentence == initiative.sentence
                  and OWNED.fullmatch(text, m.end, initiative.start)), None)
    if owner is None:
        return None
    inner = [i for i in regions if owner.start <= mentions[i].start and mentions[i].end <= owner.end]
    return inner[-1] if inner else None


def _acting_place(extraction: Extraction, text: str, regions: list[int], initiative) -> int | None:
    """The place that opens the clause, or the sentence, that runs an initiative as its actor (某县开展“某某”
    活动; 某镇通过乡贤引进“某某”项目): the initiative ran there."""
    mentions = extraction.mentions
    bounds = extraction.sentences[initiative.sentence]
    clause = _clause_bound(text, initiative.start, -1, bounds.start)
    for opening in (clause, bounds.start):
        for index in regions:
            place = mentions[index]
            if place.sentence == initiative.sentence and place.start == opening and place.end < initiative.start \
                    and PLACE_ACTS.match(text, place.end, initiative.start):
                return index
    return None


# a place's deed right after its name: 某县开展…, 某镇通过乡贤引进…, 某区积极推进…
PLACE_ACTS = re.compile(r"(?:今年|去年|全年|近年来|以来|积极|持续|深入|大力|创新|率先|还|也|先后|通过[^，,。；;]{0,8}?)?"
                        r"(?:组织开展|开展|開展|举办|舉辦|实施|實施|推进|推進|深化|打造|创建|創建|启动|啟動|引进|引進|推出|建设|建成)")


def _toured(extraction: Extraction, text: str, regions: list[int], initiative) -> list[int]:
    """The places a sentence says were toured for an initiative it names after them
    (组团走进A、B，开展“某某”学习考察活动), each written right after 走进 or joined to one that is."""
    mentions = extraction.mentions
    bounds = extraction.sentences[initiative.sentence]
    places = [i for i in regions if mentions[i].sentence == initiative.sentence and mentions[i].end <= initiative.start]
    toured: list[int] = []
    for index in places:
        place = mentions[index]
        if text.endswith(TOUR, bounds.start, place.start) or toured and LIST_JOINER.fullmatch(
                text, mentions[toured[-1]].end, place.start):
            toured.append(index)
    if toured and not DEED.match(text, _skip_break(text, mentions[toured[-1]].end), initiative.start):
        return []
    return toured


def _skip_break(text: str, position: int) -> int:
    return position + 1 if position < len(text) and text[position] in CLAUSE_BREAKS else position


def _visits(extraction: Extraction, text: str, regions: list[int]) -> dict[int, int]:
    """The sentences of a news item on a delegation's visit (某会组团赴某省参加…) that tell what it did
    there: the visit's own sentence, and those after it that say so (其间，参加了…), each with the place."""
    mentions = extraction.mentions
    visited: dict[int, int] = {}
    place = None
    for sentence in extraction.sentences:
        if place is not None and DURING.match(text, sentence.start, sentence.end):
            visited[sentence.index] = place
            continue
        for index in regions:
            mention = mentions[index]
            if mention.sentence == sentence.index and text[mention.start - 1:mention.start] == "赴" \
                    and ATTENDS.match(text, mention.end, sentence.end):
                place = visited[sentence.index] = index
                break
    return visited


def _carried_out_by(text: str, mentions, members: list[int], initiative: int, bounds) -> list[int]:
    """The organisations a sentence says carried out an initiative it names first: the sponsors it
    gives (“某某论坛”由A、B主办), or, when the initiative's clause names no body of its own
    (深入推进“某某”行动，), the bodies that open the next clause and the partners they act with
    (…，市委统战部、市工商联联合市税务局走访企业460余家)."""
    named = mentions[initiative]
    limit = bounds.end
    start = _clause_bound(text, named.start, -1, bounds.start)
    end = _clause_bound(text, named.end, 1, limit)
    organisations = [i for i in members if mentions[i].cls in ORGANIZATION_CLASSES and not _national(mentions[i])]
    found = []
    sponsor = SPONSORS.match(text, named.end, end)
    if sponsor:
        found += _listed(text, mentions, organisations, sponsor.end(), end)
    if any(start <= mentions[i].start < named.start for i in organisations) or COLLECTIVE.match(text, start):
        return found  # 市侨联开展“某某”，…; 全市各宗教团体开展“某某”，市佛教协会…: the clause has its own actor
    opening = end + 1
    for adverb in CLAUSE_OPENERS:
        if text.startswith(adverb, opening):
            opening += len(adverb)
            break
    following = _clause_bound(text, opening, 1, limit)
    actors = _listed(text, mentions, organisations, opening, following)
    if actors:
        found += actors
        last = max(mentions[i].end for i in actors)
        partner = PARTNERS.match(text, last, following)
        if partner:
            found += _listed(text, mentions, organisations, partner.end(), following)
    return [i for i in found if _takes_part(text, mentions[i])]


def _next_deed(text: str, position: int, limit: int) -> int:
    """Where the first clause after `position` that opens with a deed of its own (，举办…; ，組織…) starts."""
    while position < limit:
        position = _clause_bound(text, position, 1, limit)
        if position < limit and DEED.match(text, position + 1):
            return position
        position += 1
    return limit


def _listed(text: str, mentions, organisations: list[int], position: int, end: int) -> list[int]:
    """The organisations of a list that starts at `position` (A、B和C等), in order."""
    found = []
    by_start = {mentions[i].start: i for i in organisations}
    while position < end and position in by_start:
        index = by_start[position]
        found.append(index)
        position = mentions[index].end
        joiner = LIST_JOINER.match(text, position, end)
        if not joiner:
            break
        position = joiner.end()
    return found


def _clause_bound(text: str, position: int, step: int, limit: int) -> int:
    """Where the clause around `position` starts (step -1) or ends (step 1), not past `limit`."""
    while (position > limit if step < 0 else position < limit) and text[position - 1 if step < 0 else position] not in CLAUSE_BREAKS:
        position += step
    return position


# 某市委积极参与，: a body that joins in, taking no object of its own, joins the programmes of the clause before
JOINS_IN = re.compile(r"(?:积极|積極|踊跃|踴躍|也|均|都)?(?:参与|參與|参加|參加)(?:其中|进来|進來)?[，,；;。]")
# the deed that runs a programme, right before its name (组织开展“某某”活动; 持续擦亮“某某”品牌)
RUNS = re.compile(r"(?:组织|組織|开展|開展|举办|舉辦|实施|實施|推进|推進|深化|打造|创建|創建|擦亮|启动|啟動|发起|發起"
                  r"|树立|樹立|培育|建设|建設|创新|創新|承办|承辦|主办|主辦|持续|持續|深入|扎实|紮實|积极|積極"
                  r"|参加|參加|策划|策劃)")
# 参加第24届“某某”投洽会: an edition between the deed and the name is part of the name, not a figure
EDITION_BEFORE = re.compile(r"第[\d一二三四五六七八九十百]+[届屆]$")
MAX_RUN_GAP = 8  # characters between the deed and the programme's name: 开展统战干部“能力素质提升”


def _governed_links(extraction: Extraction, text: str, links: list[LinkMention]) -> list[LinkMention]:
    """The actor of a section's lead sentence (【概况】 某市委统战部…; 一年来，某县侨联…) took part in the
    programmes the rest of its paragraph runs in sentences that name no actor of their own (组织开展“某某”
    活动，…; 推进“A”“B”等活动): the paragraph goes on with its deeds. Not a leading group, which
    coordinates (领导小组), nor in a paragraph after the lead's, whose deeds are the region's account."""
    mentions = extraction.mentions
    by_sentence: dict[int, list[int]] = {}
    for index, mention in enumerate(mentions):
        if mention.cls in GOVERNED_CLASSES:
            by_sentence.setdefault(mention.sentence, []).append(index)
    governing = section_governors(extraction, text, by_sentence)
    stated = {(link.object, link.sentence) for link in links if link.predicate == "participatesIn"}
    plan = _plan_start(extraction)
    found: list[LinkMention] = []
    run: int | None = None  # the programme before, when it was run by the governor
    for index, mention in enumerate(mentions):
        if mention.cls != "Initiative" or mention.sentence >= plan:
            continue
        joined = run is not None and mentions[run].sentence == mention.sentence \
            and LISTED_AFTER.fullmatch(text, mentions[run].end, mention.start)
        run = None
        governor = governing.get(mention.sentence)
        if governor is None or not joined and not _runs_in_lead(extraction, text, by_sentence, governor, mention):
            continue
        run = index
        if (index, mention.sentence) not in stated:
            found.append(LinkMention(governor, "participatesIn", index, mention.sentence))
    return found


def _runs_in_lead(extraction: Extraction, text: str, by_sentence: dict[int, list[int]], governor: int,
                  initiative) -> bool:
    """Whether a section's lead actor runs an initiative: a body that takes part, in its lead's paragraph,
    and the initiative follows a deed (开展统战干部“某某”) in a sentence that names no actor of its own
    and a clause that names no collective of the region (全市统一战线开展…)."""
    mentions = extraction.mentions
    actor = mentions[governor]
    bounds = extraction.sentences[initiative.sentence]
    if actor.cls not in ORGANIZATION_CLASSES or _national(actor) or not _takes_part(text, actor) \
            or LEADING_GROUP.search(actor.name) or extraction.sentences[actor.sentence].paragraph != bounds.paragraph:
        return False
    if any(mentions[i].cls in ORGANIZATION_CLASSES | {"Person"} and mentions[i].start < initiative.start
           for i in by_sentence.get(initiative.sentence, [])):
        return False
    clause = _clause_bound(text, initiative.start, -1, bounds.start)
    if COLLECTIVE.search(text, clause, initiative.start):
        return False
    return any(RUNS.match(text, at)
               and not QUALIFIER_STOP.search(EDITION_BEFORE.sub("", text[at:initiative.start].rstrip("“「")))
               for at in range(max(clause, initiative.start - MAX_RUN_GAP), initiative.start))


LEADING_GROUP = re.compile(r"领导小组$|領導小組$")
# between the deed and the name: qualifiers only, no figure (打造了21个“某某”示范村) nor another quotation
QUALIFIER_STOP = re.compile(r"[\d“”「」]")
LISTED_AFTER = re.compile(r"[”」]?(?:、|和|及|与)?[“「]?")  # “A”“B”、“C”: the items of one list
GOVERNED_CLASSES = frozenset({"Initiative", "GovernmentBody", "Association", "PoliticalParty", "Organization",
                              "Policy", "Person"})


def _author_links(extraction: Extraction, links: list[LinkMention]) -> list[LinkMention]:
    """A body's own work report (县委统战部2022年度工作总结), or a text about one body (a news item on its
    meeting: 某市工商联召开工作现场会), says what that body did: it took part in each initiative the text
    gives no one else for, or that it joins in another's (组织会员参与某部开展的“某某”活动), up to the part that
    plans the next year. A party committee or government
    whose meeting it is leads rather than takes part; a democratic party's committee (民盟某市委) takes part."""
    mentions = extraction.mentions
    title = extraction.meta.title or ""
    if OWN_REPORT.search(title):
        author = next((i for i, m in enumerate(mentions) if m.sentence == 0 and m.cls in ORGANIZATION_CLASSES
                       and not _national(m)), None)
    else:
        by_sentence: dict[int, list[int]] = {}
        for index, mention in enumerate(mentions):
            by_sentence.setdefault(mention.sentence, []).append(index)
        author = text_actor(extraction, extraction.document.matching_text or extraction.document.text, by_sentence)
        if author is not None and (mentions[author].cls not in ORGANIZATION_CLASSES or _national(mentions[author])
                                   or (mentions[author].cls != "PoliticalParty" and LEADING_BODY.search(mentions[author].name))
                                   or LEADING_GROUP.search(mentions[author].name)):
            author = None
    if author is None:
        return []
    plan = _plan_start(extraction)
    joined = {link.object for link in links if link.predicate == "participatesIn"}
    text = extraction.document.matching_text or extraction.document.text
    return [LinkMention(author, "participatesIn", index, mention.sentence)
            for index, mention in enumerate(mentions)
            if mention.cls == "Initiative" and mention.sentence < plan
            and (index not in joined or _joined_by_the_author(extraction, text, author, mention))]


def _joined_by_the_author(extraction: Extraction, text: str, author: int, initiative) -> bool:
    """Whether a clause that names no one before its verb takes part in another body's programme (组织会员参与
    某市委统战部开展的“某某”征文活动): in a body's own text, the body is the one that takes part."""
    start = _clause_bound(text, initiative.start, -1, extraction.sentences[initiative.sentence].start)
    verb = JOINS.search(text, start, initiative.start)
    return verb is not None and not any(
        m.cls in ORGANIZATION_CLASSES | {"Person"} and start <= m.start < verb.start() and i != author
        for i, m in enumerate(extraction.mentions) if m.sentence == initiative.sentence)


JOINS = re.compile(r"参与|參與|参加|參加")


def _plan_start(extraction: Extraction) -> int:
    """The first sentence of the part that plans ahead (三、下一步工作计划), or past the end."""
    for sentence in extraction.sentences[1:]:
        if len(sentence.text) <= MAX_HEADING and PLAN_HEADING.search(sentence.text):
            return sentence.index
    return len(extraction.sentences)


def _level_host(gazetteer: Gazetteer, mentions, regions: list[int], region: int, text: str, mention) -> int | None:
    """The place above the report's region that an edition of an event named by its level alone is held at
    (省第八届某某运动会 in a prefecture's report: the province), when the report names that place."""
    code = mentions[region].code
    if code is None:
        return None
    named = next((r for r in regions if mentions[r].start == mention.start and mentions[r].end < mention.end
                  and text.startswith("第", mentions[r].end)), None)
    if named is not None:  # 某省第八届某某运动会: the named place's, when it holds the report's region
        return named if mentions[named].code is not None and mentions[named].code != code \
            and _contains(gazetteer, mentions[named].code, code) else None
    at = mention.start if text[mention.start:mention.start + 1] in LEVEL_NAMED else mention.start - 1
    level = LEVEL_NAMED.get(text[at:at + 1])
    if level is None or not text.startswith("第", at + 1) or any(mentions[r].start <= at < mentions[r].end for r in regions):
        return None  # 某省第八届…: the level character of a place's name
    above = next((place.code for place in gazetteer.ancestors(code) if place.level == level), None)
    return next((index for index in regions if mentions[index].code == above), None) if above else None


LEVEL_NAMED = {"省": "province", "市": "prefecture", "州": "prefecture"}  # 省第八届…: an event of the province


def _listed_in_place(extraction: Extraction, text: str, region_starts: list[int], regions: list[int], mention) -> int | None:
    """The place a list of enterprises is said to be in (其中，某区的A公司捐款500万元、B公司捐款300万元；某县的C公司…):
    the place and 的 that open the clause the enterprise is listed in; or the place whose firm it is said to be
    (某省企业某某科技有限公司)."""
    sentence = extraction.sentences[mention.sentence]
    start = mention.start
    while start > sentence.start and text[start - 1] not in PLACE_LIST_BREAKS:
        start -= 1
    at = bisect_left(region_starts, start)
    if at == len(regions) or region_starts[at] != start:
        return None
    place = regions[at]
    end = extraction.mentions[place].end
    if text[end:mention.start] == PLACE_FIRM:
        return place
    return place if text.startswith("的", end) and end < mention.start else None


def _titled_outlet(text: str, mention: Mention) -> bool:
    """《当代某省》: an organisation named by a title in 《》 is a periodical, which says nothing of where it is."""
    return mention.cls == "Organization" and text[mention.start - 1:mention.start] == "《" \
        and text[mention.end:mention.end + 1] == "》"


def _origin_society(gazetteer, mentions: list[Mention], inner: list[int], mention: Mention, region: int | None) -> bool:
    """Whether an association is named by one place and right after it a head of people from there (某地商会,
    某地同乡会) while the report is about a place neither in it nor holding it: a society of that place's people
    living elsewhere (not 香港某地社团总会, 法国某地商会: the place it opens with holds it). A side of a country abroad
    opening it (美东某地总商会) says so whatever the report's place, and its 总商会 is the society's, no city's 工商联."""
    if mention.cls != "Association" or region is None or len(inner) != 1:
        return False
    place, home = mentions[inner[0]], mentions[region]
    head = mention.name[place.end - mention.start:]
    if place.start != mention.start:
        return COUNTRY_SIDE.fullmatch(mention.name[:place.start - mention.start]) is not None \
            and (ORIGIN_SOCIETY.fullmatch(head) is not None or head == GENERAL_CHAMBER)
    if not place.code or not home.code or place.code == home.code or _contains(gazetteer, place.code, home.code) \
            or _contains(gazetteer, home.code, place.code):
        return False
    return place.scope != "country" and bool(ORIGIN_SOCIETY.fullmatch(head))


def _most_specific(gazetteer: Gazetteer, mentions, inner: list[int]) -> int:
    """The most specific place a name opens with: 福建省莆田市委 is in 莆田, not in 福建, 某区某镇乡贤馆 in
    the township, 某镇某村小学 in the village; a place
    that follows without lying inside the one before (香港江西同乡会) is where members come from."""
    chosen = inner[0]
    for index in inner[1:]:
        previous = mentions[chosen]
        following = mentions[index]
        # a township the gazetteer lacks is read with the county it follows as its parent (某区新塍镇乡贤馆)
        within = _contains(gazetteer, previous.code, following.code) or (
            following.code is None and previous.code is not None and following.parent_name == previous.code) or (
            following.code is None and previous.scope == "township" and following.scope == "village")  # 某镇某村小学
        if following.start != previous.end or not within:
            break
        chosen = index
    return chosen


def _named_again_without_its_place(mention) -> bool:
    """某市某会 … 某会与…: a body named again without the place its name began with (its first naming placed it),
    which leaves no place inside this mention to read; the report's region is not that place."""
    return mention.name != mention.surface and mention.name.endswith(mention.surface)


def _opens_with_another_place(gazetteer: Gazetteer, mention, report_region, named_places: set[str]) -> bool:
    """Whether a body's name opens with the bare name of a place other than the report's that the text names
    elsewhere, which no region mention inside the body's name read (和平台协, 和平知联会 after 沈阳市和平区 in a report
    on a district they came to; 和平 is also a word), or that the name's own reading left for the place its members
    come from (澳门某某同乡会 in a report on their home city): the body is not the report's. A name that opens with a
    word that is only also a place's name (同心智库: 同心县 is named nowhere) says nothing, nor does a place that holds
    the report's (美国某某同乡会 in a report on one of its cities)."""
    for end in range(min(MAX_SHORT_PLACE, len(mention.name) - 1), 1, -1):
        codes = {place.code for place in gazetteer.lookup(mention.name[:end])}
        if codes & named_places:
            return not any(code == report_region.code or _contains(gazetteer, code, report_region.code) for code in codes)
    return False


def _stray_place(gazetteer: Gazetteer, place, report_region) -> bool:
    """Whether a place read inside a name is only a word of it: a county's bare two-character short
    name (灵山, 青山) from another province than the report's, where a name's own place has its level
    written or is the report's neighbourhood (某某禅寺 in a report on a county of another province)."""
    if not place.code or not report_region.code or place.surface.endswith(LEVEL_ENDINGS) or len(place.surface) > 2:
        return False
    found = gazetteer.place(place.code)
    if found is None or found.level not in ("county",):
        return False
    return _province(gazetteer, place.code) != _province(gazetteer, report_region.code)


def _province(gazetteer: Gazetteer, code: str) -> str | None:
    province = gazetteer.at_level(gazetteer.place(code), "province")
    return province.code if province is not None else None


def _national(mention) -> bool:
    """A party as a whole or a national body: no locality to place it in."""
    return mention.code == NATIONAL


def _contains(gazetteer: Gazetteer, outer: str | None, inner: str | None) -> bool:
    """Whether the region coded `outer` holds the region coded `inner` (and is not the same one)."""
    if not outer or not inner or outer == inner:
        return False
    return any(place.code == outer for place in gazetteer.ancestors(inner))


def _pushed_by(extraction: Extraction, text: str, members: list[int], initiatives: list[int], sentence: int) -> list[LinkMention]:
    """A department or association under whose push or support a programme was held (在某市侨联的大力推动下，某会举办
    “某某”捐赠仪式) takes part in it; a party committee or government under whose lead it was held leads."""
    mentions = extraction.mentions
    bounds = extraction.sentences[sentence]
    found = []
    for push in PUSHED.finditer(text, bounds.start, bounds.end):
        pushers = [i for i in members if mentions[i].cls in ORGANIZATION_CLASSES and push.start() < mentions[i].start
                   and mentions[i].end <= push.end() and not _national(mentions[i])
                   and not (mentions[i].cls == "GovernmentBody" and LEADING_BODY.search(mentions[i].name))]
        for initiative in initiatives:
            if mentions[initiative].start >= push.end():
                found.extend(LinkMention(index, "participatesIn", initiative, sentence) for index in pushers)
    return found


# 在某市侨联的大力推动下，: the body that pushed or supported what the sentence holds
PUSHED = re.compile(r"在[^，,。；;]{2,30}?的?(?:大力|积极|全力|精心)?(?:推动|支持|帮助|协调|指导|推動|幫助|協調|指導)下")


def _owners(text: str, mentions: list[Mention], members: list[int], initiatives: list[int]) -> list[tuple[int, int]]:
    """The bodies written right before a quoted programme as its owners, alone or listed (为落实某部“某某”工作要求;
    按照甲、乙“某某”工作要求; 响应中央某部“某某”号召): each takes part in its own programme, whether the sentence
    follows its lead or it is a national body."""
    found = []
    for initiative in initiatives:
        position = mentions[initiative].start
        if text.startswith(("“", "「"), position - 1) and position > 0:
            cursor = position - 1  # the mention starts inside the quotation
        elif text.startswith(("“", "「"), position):
            cursor = position  # or with its opening mark
        else:
            continue
        while True:
            owner = next((i for i in members if mentions[i].end == cursor and mentions[i].cls in ORGANIZATION_CLASSES),
                         None)
            if owner is None:
                break
            found.append((owner, initiative))
            cursor = min([mentions[owner].start] + [mentions[i].start for i in members if mentions[i].cls == "Region"
                                                     and mentions[i].start < mentions[owner].start <= mentions[i].end])
            # (甲、某省|委会“某某”: the place its name opens with, which the body's mention may leave out)
            if cursor == 0 or text[cursor - 1] not in OWNERS_JOINED:
                break
            cursor -= 1
    return found


OWNERS_JOINED = "、和及与"  # 按照甲、乙“某某”工作要求: the owners of one programme, listed


def _takes_part(text: str, mention) -> bool:
    """An organisation takes part in the initiatives after it in its sentence, unless the sentence
    only creates it (成立X) or speaks of something of its (X的决策部署), follows its lead or uses it
    (围绕X“某某”部署要求; 依托X开展; 在X举办), only gives the office of a speaker (X副部长某某表示，…)
    or the outlet of a dateline (某某日报某地3月2日电), is a supporter sought (争取X支持) or the agent of a passive
    (被X评为“某某”活动先进集体: it rates, the rated took part), or it is a party
    committee or government as a whole, which leads rather than takes part (在市委、市政府的领导下)."""
    before = text[max(0, mention.start - 2):mention.start]
    after = text[mention.end:mention.end + 1]
    if mention.cls == "GovernmentBody" and LEADING_BODY.search(mention.name) and not _sponsor(text, mention):
        return False  # (由市委、市政府主办的…: a sponsor of the event takes part in it, whatever it leads)
    if SPEAKER.match(text, mention.end) or DATELINE.match(text, mention.end):
        return False
    sought = text.rfind("争取", max(0, mention.start - MAX_SOUGHT), mention.start)
    if sought >= 0 and SUPPORT_SOUGHT.match(text, mention.end) and not any(
            char in CLAUSE_BREAKS for char in text[sought:mention.start]):
        return False  # 争取某省统一战线和省投促局支持，…开展“某某”: a supporter sought, not a party to it
    if _visited_in_list(text, mention):
        return False  # 考察组先后走进A、B、C等处参观，了解“某某”的成果: places visited, not parties to it
    return after not in ("的",) and not before.endswith(CREATED + FOLLOWED + PASSIVE_AGENT)


def _sponsor(text: str, mention) -> bool:
    """Whether a body is one of those that sponsor the event the clause names (由甲、市委、市政府主办的…), or the
    bodies of a later clause of the list (由甲、乙联合主办，丙、丁承办的…)."""
    if SPONSORING.match(text, mention.end) is None:
        return False
    clause = _clause_bound(text, mention.start, -1, 0)
    while True:
        if text.rfind(SPONSORED_BY, clause, mention.start) >= 0:
            return True
        if clause == 0 or text[clause - 1] not in "，,":
            return False
        earlier = _clause_bound(text, clause - 1, -1, 0)
        if not SPONSORED_CLAUSE.fullmatch(text, earlier, clause - 1):
            return False
        clause = earlier


def _visited_in_list(text: str, mention) -> bool:
    """Whether an organisation is one of the places a delegation went to (先后走进A、B、C等处参观)."""
    opening = max(text.rfind(mark, 0, mention.start) for mark in "，,。；;：:")
    visit = VISITED_LIST.search(text, opening + 1, mention.start)
    if visit is None or not all(char not in "，,。；;" for char in text[visit.end():mention.start]):
        return False
    return VISITED_CLOSE.match(text, mention.end) is not None or text.startswith("、", mention.end)


MAX_SOUGHT = 30
VISITED_LIST = re.compile(r"(?:分别|先后|相继)?(?:(?<![得达受收遇看想找听做])到|赴|走进|走访|参观|前往|来到|深入)了?")
VISITED_CLOSE = re.compile(r"[^，,。；;]{0,40}?等(?:地|单位|企业|处)")
SUPPORT_SOUGHT = re.compile(r"[^，,。；;]{0,20}?(?:的)?(?:支持|帮助|指导|支援)")


# a party committee or a government leads (市委, 街道党工委, 县政府); a government's commission
# (市农业农村委, 市民宗委) is a department that takes part like any other
LEADING_BODY = re.compile(r"(?:[省市县区州旗盟乡镇]委|中央|党委|党工委|政府)$")


PASSIVE_AGENT = ("被", "经")  # 被省委会评为“某某”活动先进集体: who rates the taking part takes no part
CREATED = ("成立", "组建", "建立", "设立", "筹建", "挂牌", "把", "将")
# a body whose lead is followed, or that lends its venue or means, is not a participant
FOLLOWED = ("围绕", "按照", "根据", "依托", "依靠", "借助", "贯彻", "落实", "遵照", "对标", "响应", "在")
# a speaker's office: X副部长某某表示 / X主席某某在讲话中指出
# the office of a speaker, in the body or in one of its units (某室机关党委专职副书记某某称)
SPEAKER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:党组)?(?:常务|专职)?副?(?:部长|主席|会长|书记|主任|局长|秘书长|主委|理事长|院长|省长"
                     r"|市长|县长|区长)[^，,。；;]{1,12}?(?:表示|指出|强调|说|称|致辞|讲话|谈到|介绍)")
DATELINE = re.compile(r"[^，,。；;\s]{0,12}?(?:讯|日电|日電|日消息)")
