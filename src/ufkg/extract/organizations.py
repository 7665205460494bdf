"""Organisations: parties and their committees, party and state bodies, associations, other organisations.

A name is found from its head (委, 统战部, 工商联, 商会, 有限公司 … in
ontology/lexicon/org_heads.csv) and grown leftwards over what may precede a head:
region names (黔南州委, 香港江西修水同乡会), a level character standing for the
report's locality (市委统战部, 州政协办), or descriptive words found by jieba
(市民族商会, 成都大熊猫繁育研究基地). Where a head stands alone and names a body
every locality has (工商联, 统战部), it means the report's own.

A head must end where a jieba word ends (统战部门 is no 统战部) and a name must
start with a noun-like word (充分发挥|统战工作领导小组); a name of common words
only is a kind of place, not a named one (奶牛养殖基地). Government departments
(市教育局) need their level or region; national bodies, the parties and their
committees, embassies and enterprises given as examples (川恒化工等8家企业) have
rules of their own; a name in brackets right after another is the same body.

Heads may overlap (华侨联合会 holds 侨联); a head inside one that named nothing
names nothing either. A company's legal name opens with its region whatever
words follow (某某农业发展有限公司); a brand before a trade is a company's short
name (伊利乳业), and a short name the text declares (以下简称“某某”) names the
same company wherever the report uses it again. Bank branches (农行某市分行),
numbered schools (某市一中), newspapers in 《》 and media outside a publisher line
(来源：某某日报), and party branches in universities and zones (民建开发区基层委; a university by its short name:
民盟某大委员会, 农工党某大支委会; in a committee's own text, the branches it lists without the party: 某某支部)
have rules of their own; a kind of body at a level (县级工商联) names none.
Short proper names listed before one head are as many bodies (甲、乙、丙商会), enterprises
listed before 等 and their kind are enterprises (甲、乙等10多家涉农企业), and a body named again
without the region its name began with (香港某某社团联会 … 某某社团联会) is the body named before.

Reports of every province name more kinds: troupes, venues, parks, hospitals by number (某县第一人民医院),
courts, people's organisations (市妇联), the work committees of organs (省直工委统战部), a town's
government (某某镇人民政府) and a county's committee with its level written twice (容县县委). A head right
before another head is a word of the longer name (某某公园管委会, 某某会馆联合总会), one before 项目 names
a project and one before 论坛 or 峰会 a word of the event's name (某某智库论坛). What names no body: a kind at a grade or counted (省级…基地, 23所华文学校), a title every such
place may earn (全国…示范基地), a clause of verbs (做大做强…基地), a gathering for an occasion (迎新春联谊会),
a park of common words (民族团结公园). 总商会 without a region of its own is the 工商联 by its other name.

A department's own offices and institutions, listed after 内设…分别为 or before 等N个处室, are bodies of
their own (某某工作处, 研究室; 某某服务中心); a national body's office (全国工商联办公厅) belongs to it; a
short name later in the report that keeps an earlier name's characters in order, its opening and its head
(某某澳建发展商会) is that name. A stray space inside a national name and a count's measure word glued
to a name (15名|市工商联) do not change the name; levels listed (区、市、县政协) name no one body.

Associations of emigrants open with the city abroad (多伦多|某某同乡会) or with the country and the hometown in
brackets (某国（某市）某某总会); 某某总会长 is a title, not a 总会; a list before a city's body (主任某某、某市侨联)
shares its head only when it lists places too; the words after a count of people (120多名|…学子圆梦大学) are people.
A zone's body may carry the zone's other name in brackets (某某开发区（某某商务区）统战群团部); a party's
委员会 after a city named without its level (九三学社某某委员会) is the party's committee there, named with
the level (九三学社某某市委会) as the yearbook's heading names it. A party's short form of two characters
starts a word (村民|进行, 居民|建房 hold none; 民进党 is another party). 中共 before a place the gazetteer
lacks and its committee (中共某某区党委, 中共某某特委: old and revolutionary areas) is that committee. Counted
departments (8个市直局) are no one department, as counted schools are none. A head word standing alone
(商会自成立以来) is the one body named before with that head, when only one is. A charity hall (善堂) is
named by the few characters its clause opens with (、甲|善堂董事会), however jieba cuts them.
The state's administrations (国家统计局, 国家税务总局) are national bodies, and so is a department of a national
office (某办协调部, 某办某某工作部) or a centre under a national body (中央某部某某指导中心副主任), named with
the body it belongs to. Places of worship listed before their
kind (甲宫、乙院等场所) are named, unless an item is a kind itself (寺院); a research institute's field ends its
name as an association's aim does (某某城市发展研究院), and so does a joint conference's (某市民营经济发展联席会议).
A city's government service centre (某市政务服务中心) is a state body. A memorial or museum after a person jieba knows
well (某名人纪念馆) is a landmark known nationwide, placed nowhere by the report. A company's city in brackets
inside its legal name (某某电子（某市）有限公司) is part of it, and a branch named right after its company
(某某有限公司某地分公司) is named with it and belongs to it. Bodies inside and outside a place or of both places
(省内外商会, 两地工商联) are no one body, nor is a kind of chamber (侨商会) alone. A bureau named in nouns right
after its department (某省民政厅某某管理局) is the department's own, named with it. A programme named again
without the party's short name its name began with (“民盟某某月” … 民盟“某某月”) is the programme named before.
A fund named by its place and a proper word (某地某某爱心基金) is a body, and so is a quoted one set up (成立“某某基金”,
names.py); one counted after (成立某某基金56个) is a kind. A party's provincial working committee
(某党某省工作委员会) is one of its committees, and so is a committee being prepared (…筹备委员会). A shorter title
that drops a whole committee's name from a longer one (《某党市委年度工作报告》 after 《某党市委某某工作委员会年度工作报告》)
is another body's document, no abbreviation. A party's committee of an autonomous region is written 民盟某某区委; a
place's party organisation is called by the place's and the party's short names (某区民建: the committee itself where
the report names it in full; never 中国民盟, nor a website 某省民进网). Outlets a report counts its pieces in are
organisations (被《某某》采用稿件4条, 某某网2条). A trade's chamber named right after its federation (某县总商会商贸行业
商会) and one association under two names (某乡商会暨乡贤促进会) are named whole; a description quoted before a head
(“某某”的同乡会), a building (商会大厦) and a former office (现任) are no part of a name. Formal names put the
province before the city inside jieba's one word (中共某省某市委统战部). One programme written out and shortened in one
report (“千企扶千村”, “千家民营企业扶助千个贫困村”) is one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, cached_property

from ..gazetteer import LEVELS, Gazetteer
from ..lexicon import Lexicon, tokenizer
from ..model import CPPCC_UNIT_HEADS, OWN_LOCALITY, OWN_REPORT, YOUTH_LEAGUE, Mention, Sentence
from ..text import free_occurrences, overlaps, sentence_at
from .quantities import currency_names
from .regions import RegionHit, find_regions, function_char, function_stem, officialese_verbs
from .tokens import PROPER_TAGS, PUNCTUATION, Token, has_proper_word, is_unknown_word, name_start

LEVEL_CHARS = "省市州县区旗盟"
# the kinds of place or people a school or clinic serves (山区学校, 农村小学): words that name no one body
SERVED_KINDS = ("贫困", "山区", "农村", "乡村", "偏远", "边远", "牧区", "库区", "老区", "薄弱", "留守")
BASE_UNIT_ENDS = ("支部", "总支", "支社", "基层委", "總支")  # a party's base units, named after their own place or trade
OWN_BEFORE_LEVEL = "我本该"  # 我市, 本县, 该区: the text's own place (or the one just named) by its level
# the level a level character stands for at its highest (市: a prefecture's city; a county-level one is below it)
LEVEL_CHAR_RANKS = {"省": "province", "市": "prefecture", "州": "prefecture", "盟": "prefecture", "县": "county",
                    "区": "county", "旗": "county"}
PROPER_NAME_TAGS = frozenset({"nr", "nrfg", "nrt", "ns", "nz"})
GENERIC_BEFORE_LEVEL = "全各该两" + LEVEL_CHARS  # 全市, 各县, 市县: every such area, not one committee (我市, 本县: its own)
AUTONOMOUS_REGION = "自治区"  # a province-level level word of three characters
LEVEL_BODY_CHARS = "市县区州"  # 市民建: the party's organisation of the report's city
LEGISLATIVE_COUNCIL, COUNCIL_MEMBER = "立法会", "议员"  # 某某某立法会议员: a member's name, then the council's office
PARTY_SOCIETY = re.compile("企业家(?:联合会|联谊会|协会)")  # a party's society of its entrepreneurs, after its place
PARTY_PEOPLE = ("员", "会员", "党员", "盟员", "社员", "成员", "人士", "企业", "中央", "省委", "市委", "县委", "区委", "网", "报")
MEDIA_AFTER_PARTY = ("网", "报", "杂志")  # 某省民进网: a party's website or paper, named after it
DOMESTIC_LEVELS = ("province", "prefecture", "county")  # places whose party organisations are named 某地民建
QUOTED_DESCRIPTION = re.compile(r"[”」]的")  # “某某”的同乡会: what the body is said to be, then 的
DEPARTMENT_VERBS = ("促进", "保障", "监督", "保护", "发改")  # verbs a department's name holds: 投资促进局, 医疗保障局;
# 发改局 (发展和改革局), whose short name jieba tags a verb
CONJUNCTIONS = ("与", "和", "及", "或", "同")
BUILDINGS = ("大厦", "大楼")  # 某商会大厦: a building
# the society of a political consultative conference's members or youth, named after it (某地政协青年联会)
SOCIETY_AFTER_CONFERENCE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:联会|联谊会)")
# a village's committee, named after the village written whole (某某村村委会; 某某村委会, sharing its 村, names the
# village's office as often as the committee: measured over the opened sets, the golds list 6 of 7 of the first and 1
# of 6 of the second)
VILLAGE_COMMITTEES = ("村委会", "村民委员会")
VILLAGE = "村"
JOINT = "暨"  # joins an event's or a body's two names (某某会暨某某商会, 某某活动暨某某年会), which jieba may glue
JOINT_ASSOCIATION = re.compile(rf"{JOINT}[\u4e00-\u9fff]{{0,10}}?(?:促进会|联谊会|商会|协会|联合会|同乡会)")
FEDERATION_FORMS = ("工商联", "总商会", "工商业联合会")  # what a trade's chamber is named after (某市工商联餐饮商会)
MEMBER_CHAMBER = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:行业商会|商会|行业协会|协会|事业促进会)")  # 某县工商联某某事业促进会 too
NOT_A_TRADE = ("指导", "联系", "组织", "召开", "举办", "帮助", "推动", "引导", "支持", "协调", "走访", "对接", "牵头",
               "会同", "联合", "所属", "下属", "旗下", "直属", "各", "全", "与", "和", "及", "向", "对", "为", "在",
               # jieba's nouns for verb phrases of manner (充分发挥, 大力开展) before a chamber: what the body does to it
               "充分", "积极", "大力", "深入", "全面", "切实", "认真", "主动", "努力", "不断", "进一步", "着力", "广泛",
               "持续", "发挥", "发动", "动员", "带领", "倡议")
TRADE_TAGS = ("n", "vn", "b", "j", "an")  # the words of a trade: 商贸|行业, 餐饮, 汽车|销售 (no verb)
REGION_LEVEL = "区"  # an autonomous region's level after its short name (某某区委)
MAX_SPELT_CITY = 4  # characters of a city abroad jieba spells out in pieces (某|某某 between a country and a region)
NATIONAL = "CN"  # code of a national body: it belongs to the whole country
MAX_PLACE_ABROAD = 8  # characters of a country's or a city's name abroad before a society's own words
CHINESE_PEOPLE = ("中华", "中華", "华人", "華人", "华侨", "華僑", "侨", "僑")  # 秘鲁中华…, 某国华侨…: the Chinese there
MAX_DESCRIPTOR = 14  # longest run of descriptive characters before a head
MAX_LEGAL_NAME = 20  # a company's legal name is longer: 某某生态农业科技发展有限公司
MIN_LISTED_LEGAL_NAME = 4  # characters before the legal form of a listed company named without its region
LIST_MARK = "、"
ITEM_OPENERS = "、，,：:；;“\n"  # what an item of a list of bodies starts after
MAX_ITEM_LEFTOVER = 2  # characters a list item's name may have been read short of
# what the characters before a name inside a list item may not hold: a function word, a level, a place's end
ITEM_LEFTOVER_STOPS = "在到赴于和与及同跟的地得对向从为把将是了着过等各全该本每此其这那含我" + LEVEL_CHARS + "镇乡村区"
POSSESSIVE = "的"
MAX_REGION = 12
MAX_EXAMPLE = 10  # characters of an enterprise named as an example: 川恒化工等8家企业
# departments listed after one that a level opens (市民政局、水利局、|财政局): the level they share
LEVELLED_DEPARTMENTS_BEFORE = re.compile(r"(?P<level>[省市县区州])[\u4e00-\u9fff]{2,6}?[局厅]"
                                         r"(?:、[\u4e00-\u9fff]{2,6}?[局厅])*、$")
MIN_DEPARTMENT_WORD = 3  # a department's word with what it is for in it (教育局), not its bare head
COMMON_LEVEL_WORD = 1000  # jieba's count of a word opening on a level character (市场, 县城) that is no level
MAX_DEPARTMENT = 6
MAX_SPONSORS = 30  # characters of a list of sponsors before a programme's name
NOT_A_SPONSOR_END = ("村", "社区", "镇", "乡", "街道", "嘎查", "苏木", "的")  # a place's end, or 的 after one
MIN_OWN_NAME, MAX_OWN_NAME = 2, 6  # characters of a sponsor's name after its city: 美团公益  # 民族宗教事务 in 市民族宗教事务局: what a department is for is short
CPC_PREFIX = "中共"
# 中共某某区党委, 中共某某特委: the committee of a place the gazetteer lacks (an old or a revolutionary area)
UNLISTED_COMMITTEE = re.compile("[\u4e00-\u9fff]{2,4}?(?:区党委|特委|地委|省委|工委)(?![员会])")
MAX_INITIALS = 2  # 民进, 民建: a party's short form of two characters must start a word
OTHER_PARTY = "党"  # 民进党 is a party of Taiwan, not 民进
# what may follow 委 when it is not a committee: 委员, 委托, 委屈, 委婉, 委派, 委任
NOT_AFTER_COMMITTEE = "员托屈婉派任会"  # and 委会: a democratic party's committee, read elsewhere
OFFICE_HALL, OFFICE_LEVELS = "公所", "市区乡镇"  # 某某市公所: a Taiwanese town's government
TERM_BEFORE = re.compile(r"([省市州县区])第?[一二三四五六七八九十]{1,3}届$")  # 县九届|人大常委会
STANDING_CONGRESS = "人大常委会"  # named with its term (of 县七届人大 a session is meant; a term's 委员会 is another body's)
ANOTHER_WORDS_HUI = ("会同", "会议", "会商")  # 县民宗委会同…: the 会 after 委 opens another word
# a government's office stationed elsewhere (某市政府驻某省办事处, 台湾驻某国办事处, 驻某国某某代表处), named with
# the places and the government written right before it; not where someone is posted (常驻, 派驻, 进驻)
STATIONED_OFFICE = re.compile(r"(?<![常派进])驻[\u4e00-\u9fff]{1,8}?(?:台北)?(?:经济文化)?(?:办事处|代表处|联络处)")
GOVERNMENT = ("人民政府", "政府")  # the government of the place before it, which keeps the office
EMBASSY = re.compile(r"(?:中国)?驻([\u4e00-\u9fff]{1,8}?)(?:大使馆|总领事馆|总领馆|领事馆|使领馆|使馆)")  # 驻英使馆: one character for a country too
# a team a body or a place stations somewhere (某市驻某县某村帮扶工作队, 驻某村工作组), from the clause's start
STATIONED_TEAM = re.compile(r"(?:(?<=[，,。；;、：:\s（(“和与及在])|^)(?P<owner>[^\W\d_了的在与和对向为把将]{0,12}?)"
                            r"(?P<team>驻[\u4e00-\u9fff]{1,14}?工作[队组])")
TEAM_OWNER_PLACES = ("市", "县", "区", "州", "省", "旗", "镇", "乡", "市直", "系统")  # 某市|驻…, 某某系统|驻…: the name's
UNNAMED_TEAMS = ("驻村工作队", "驻村工作组")  # a kind of team, named by no one
ENTERPRISE_EXAMPLE = re.compile(r"([\u4e00-\u9fffA-Za-z]{2,10})等[\d一二三四五六七八九十百两几]+(?:多|余)?家[\u4e00-\u9fff]{0,4}企业")
# 甲、乙、丙等涉农企业: the enterprises a list gives as examples of a kind, with or without their count
MIN_LISTED_ENTERPRISES = 3  # items of a list that stand as enterprises when the clause before runs into it
ENTERPRISE_LIST = re.compile(r"((?:[\u4e00-\u9fffA-Za-z]{2,10}、){1,8})([\u4e00-\u9fffA-Za-z]{2,10})等(?:[\d一二三四五六七八九十百两几]+(?:多|余)?家)?"
                             r"[\u4e00-\u9fff]{0,4}(?:企业|公司)(?![家主界]|人士|代表)")  # 甲、乙等企业人士: people
NOT_IN_ENTERPRISE = ("v", "p", "d", "c", "t", "r", "u", "m", "q", "f")  # 会上重点听取|甲公司: what comes before a name
# 某部、县工商联组织|甲乐器、乙建筑等企业: a verb that lists what it takes (or a preposition) inside a listed item ends
# the clause the list runs on from; the item is where the list opens (a verb of a company's trade, 某某织造集团, is none)
CLAUSE_WORDS = frozenset({"组织", "邀请", "动员", "带领", "联合", "走访", "深入", "赴", "到", "与", "和", "及", "向", "对"})
KIND_ENDINGS = ("企业", "公司", "单位", "大户", "主体", "组织", "合作社", "协会", "商会", "园区", "基地", "个体户")
INSTITUTION = re.compile(r"(?:[\u4e00-\u9fff]{2,12}?(?:大学|学院|医院|研究院|研究所|中学|集团|公司)"
                         r"|[\u4e00-\u9fff]{1,2}大(?=委员会|支委会|总支|支部)"  # 民盟某大委员会: a university by its short name
                         r"|[\u4e00-\u9fff]{0,8}?(?:开发区|高新区|经开区|新区|园区)"
                         r"|[\u4e00-\u9fff]{1,3}(?:区|县|镇|乡|街道)"  # 城南区: a district the gazetteer may not hold
                         r"|[\u4e00-\u9fff]{0,8}?[省市州县区]直(?:属)?)"  # 某市直基层委: of the city's organs
                         r"(?=委员会|基层委员会|基层委|支委会|总支|支部|支社)")
DESCRIBED_BRANCH = re.compile(r"([\u4e00-\u9fff]{2,8}?)(总支部|总支|支部|支社)")  # 某市|科技|支部: a field's branch
# a democratic party's unit, not the CPC's (某某支部书记) nor a word that goes on (支部建设, 支部工作, 支部党员)
PARTY_UNIT = "(?:总支部|总支|支部|支社)(?!书记|副书记|委员|建设|工作|生活|党员|堡垒)"
FIELD_BRANCH = re.compile(rf"(?<![党团]){PARTY_UNIT}")  # not the CPC's 党支部 nor the League's 团支部
# no field's name before the branch: 村党|支部, 各|支部, 驻美|总支部 (a branch abroad, by where it is stationed),
# 某某(某某)|学校支社 (a name with a bracket inside)
NOT_A_FIELD = ("党", "团", "各", "该", "本", "驻", ")", "）")
DIRECT = "直"  # 省直支部: the branch of the members in the province's own bodies
KIND_OF_BRANCH = ("基层", "所属", "下属", "各")  # 民盟基层支部, 民盟所属支部: branches of a kind, no one branch
NOT_DESCRIBING_TAGS = ("v", "d", "p", "c", "r", "m", "q", "f")  # verbs, adverbs, prepositions…: no branch's name
BRANCH_ORDINAL = re.compile(r"第?[一二三四五六七八九十\d]{1,3}")  # 三支部, 第二总支: a branch counted among its place's
ORDINAL_BEFORE = re.compile(r"第[一二三四五六七八九十\d]{1,3}$")  # 市直第二支部: a field's branch by its number
MAX_ORDINAL = 4
LEGAL_FORMS = frozenset({"有限公司", "有限责任公司", "股份有限公司"})
# the office a body's member holds, before its unit's name (某商会会长单位某某集团, 某会理事所在企业某某公司)
OFFICE_UNIT = r"(?:常务)?副?(?:会长|理事长|主席|监事长|理事|常务理事|会员|成员)(?:所在)?(?:单位|企业)"
OFFICERS_UNIT = re.compile(OFFICE_UNIT + r"(?=[\u4e00-\u9fff]{2,10}$)")
MAX_UNIT_NAME = 10
MAX_OFFICE_UNIT = 10  # characters of the office before the unit's name, at most (常务副理事长所在单位)
ON_BEHALF = "代表"  # acting on a body's behalf: 代表某市工商联捐款
# 等 closing examples of the category after it (研究基地等交流基地), not a delegation (某某等一行, 某某等15人)
EXAMPLES_CLOSED = re.compile(r"等(?!一行|[\d一二三四五六七八九十两]+[人名位])")
# words of a company's trade that end other names: 某某农业发展有限公司, 某某建设集团有限公司
COMPANY_NAME_WORDS = frozenset({"发展", "建设", "服务", "开发", "生产", "加工", "产业", "组织", "联合"})
PLACE_FIRM = "企业"  # 某省企业某某科技有限公司: the place's firm, described before its legal name
MIN_FIRM_STEM = 4  # characters of a legal name after 某地企业 (not 某地企业|集团公司, a name of its own)
FIRM_TRADES = ("集团", "管理", "服务", "发展", "咨询", "投资", "孵化", "家")  # 某地企业管理咨询公司: what the firm does
BRANCH = re.compile("(?:中心支行|分行|支行|营业部)")
BANK_BEFORE = re.compile("(?:农行|工行|建行|中行|交行|农发行|邮储银行|农商行|农商银行|信用社|银行)$")
GRADE_BEFORE = re.compile(f"[{LEVEL_CHARS}乡镇村]级$")
LEVELS_BEFORE = re.compile("(?:乡镇|镇村|镇街|村居)$")  # 某地乡镇乡贤会, 镇村商会: such bodies in every township, a kind
# 市内外商会, 境内外商会, 县内商会: the bodies in (and out of) a place
INSIDE_AND_OUT = re.compile(f"(?:[{LEVEL_CHARS}]内外?|[国海境]内外)$")
# a school known by its number (某市一中, 某县第二中学; 某区一中|学术报告厅: the 学 of 学术 makes no 中学)
NUMBERED_SCHOOL = re.compile("第?[一二三四五六七八九十]{1,3}(?:高级中学|初级中学|中学(?!术)|小学|中(?![心央队间级等]))"
                             "|第[一二三四五六七八九十]{1,3}(?:人民医院|医院|中医院|幼儿园|实验小学|职业中学)")
# （以下简称“恒瑞医药”）, (简称：某某集团): the short name the text will use for the organisation before it
SHORT_NAME = re.compile(r"[（(](?:以下|下文)?(?:简称|下称)[:：]?\s*“?([\u4e00-\u9fffA-Za-z0-9]{2,12})”?[）)]")
ORGANISATION_CLASSES = ("PoliticalParty", "GovernmentBody", "Association", "Organization")
TOWN_ENDINGS = ("镇", "乡", "村", "街道", "社区", "县", "市", "区")
# 《某某日报》: a newspaper or magazine written as a title
MEDIA_TITLE = re.compile(r"《([\u4e00-\u9fff]{2,10}(?:日报|晚报|时报|商报|侨报|民族报|团结报|杂志))》")
BRAND_TAGS = frozenset({"nz", "nr", "nrt", "nt", "j", "eng"})  # a brand before a trade: 伊利乳业
ONLINE = "在线"
MEDIA_AFTER = re.compile(r"[，。、；：！？）”》\s]|$|报道|刊发|刊登|发布|转载|开设|推出|专栏|记者|进行|分别|先后|也|还|等|和|与|及")
# a title in 《》 that publishes what the report counts: 被《某某》采用稿件4条, 《某某》6条, 在《某某网》发表
OUTLET_TITLE = re.compile(r"《([\u4e00-\u9fff·]{2,16})》")
OUTLET_AFTER = re.compile(r"(?:共|累计|先后)?(?:采用|刊发|刊登|刊载|刊用|录用|选用|登载|转载|播发|播出|发表)|(?:\d+|[一二两三四五六七八九十]+)[条篇](?![\u4e00-\u9fff]{0,2}[款项例])")
WEB_HEADS = ("网", "网站")
POLICY_OPENINGS = ("关于", "中国共产党", "中华人民共和国")  # 《关于…》 is a document, not an outlet
# 某某网2条, 某某政协报1条: an outlet without 《》, in a list of pieces counted per outlet
COUNTED_OUTLET = re.compile(r"(?:^|(?<=[、，,：:；;]))([\u4e00-\u9fff]{2,10}(?:网|报))(?=(?:\d+|[一二两三四五六七八九十]+)[条篇])")
# the name of a newspaper, station, agency or web outlet: where news is published, neither where it happened nor who
# did what it reports
MEDIA_NAME = re.compile(r"(?:日报|晚报|报社|电视台|电台|新闻网|新闻社|通讯社|杂志社|在线|网|报)$")
MEDIA_HEADS = frozenset({"日报", "晚报", "日报社", "报社", "电视台", "广播电视台", "广播电台", "杂志社", "新闻网", "在线",
                         "融媒体中心", "商报", "都市报", "晨报", "时报", "侨报"})
PUBLISHER_BEFORE = re.compile(r"(?:来源|稿源|出处|作者|编辑)\s*[:：]\s*$")
DATE_AFTER = re.compile(r"\s*(?:\d{4}\s*[-年/.]|发布时间|$)")
# heads of institutions whose names hold no verb: 临沂市捐建侨爱小学 is what someone built, not a school's name;
# 资助某县考上大学的学子: where they got in, no university
NO_VERB_HEADS = MEDIA_HEADS | {"大学", "中学", "小学", "实验学校", "幼儿园", "实验室", "重点实验室", "园区", "产业园", "科技园",
                               "工业园", "会议中心", "会展中心", "国际会议中心", "展览馆", "体育馆", "大剧院",
                               "福利院", "老人院", "护理院", "敬老院"}  # 组织志愿者到福利院: where people go
# a side of a country abroad written short before a hometown (美东, 美西, 加西: the east of the United States…)
COUNTRY_SIDE = re.compile(r"(?<![\u4e00-\u9fff])[美加澳][东西南北中]$")
SIDE_LENGTH = 2
PART_OF_COUNTRY = re.compile(r"(?:东北|西北|东南|西南|东|南|西|北|中)部$")  # 北部: the part of a country named before
MAX_PART_OF_COUNTRY = 3
STREET_OFFICES = ("街道办事处", "街办事处")  # a street's office, named in full or with its street written short
BODY_ENDS = ("委员会", "委会", "小组", "办公室")  # what ends a body's name dropped from a longer title
PREPARATORY = ("筹备委员会", "筹委会", "筹备组", "籌備組", "籌備委員會")
COMMITTEE_FULL, COMMITTEE_SHORT = "委员会", "委会"  # a party's local committee, written out and as usually named
# 民盟某市第四届委员会: one term of the party's committee there, which is that committee
TERM_OF_COMMITTEE = re.compile(r"第[一二三四五六七八九十\d]{1,3}届(?=委员会)")
# 政协某市委员会, 政协某区第十届委员会, 中国人民政治协商会议某市第九届委员会: a CPPCC's committee written in full,
# which is that place's 政协 (not the CPC's 某市委员会)
CPPCC_FULL = re.compile(r"(?:中国人民政治协商会议|政协)(?:第[一二三四五六七八九十\d]{1,3}届)?"
                        r"(?P<place>[\u4e00-\u9fff]{2,12}?)(?:第[一二三四五六七八九十\d]{1,3}届)?委员会")
CPPCC = "政协"
# 某市第八届人民代表大会, 某区人民代表大会常务委员会: a people's congress (or its standing committee) written in full,
# which is the place's 人大 (人大常委会)
CONGRESS_FULL = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,12}?)(?:第[一二三四五六七八九十\d]{1,3}届)?人民代表大会"
                           r"(?P<standing>常务委员会)?")
CONGRESS, STANDING = "人大", "常委会"
# 民盟某市第四次盟员代表大会: the congress of the party's members there, held by its committee
MEMBERS_CONGRESS = re.compile(r"第[一二三四五六七八九十\d]{1,3}次(?:全体)?(?:党员|盟员|会员|社员)?(?:代表)?大会")
RENAMED_CLASSES = ("Association", "Organization", "Initiative")  # named again without their region
MIN_ABBREVIATED = 6  # characters of a body's short form read as the abbreviation of a longer name before it
MIN_SLOGAN = 4  # characters of a programme's short form read as the abbreviation of its longer name
SLOGAN_PARTS = "·・、，,"  # a slogan of parts (同心向党·奋进某地) is not written out from a shorter name
MIN_SHORT_REPEAT = 4  # characters of a body's name repeated without its region: 某某社团联会
BODY_CLASSES_NAMED_AGAIN = ("Association", "Organization")  # bodies found again by their name past the region
HALL_HEADS = frozenset({"善堂"})  # charity halls of Hong Kong, Macao and the south: 某某善堂
MAX_HALL_NAME = 3
MAX_BARE_HEAD = 4  # characters of a head word standing alone for the body named before: 商会
MAX_LIST_ITEM = 3  # characters of one short name in a list before a shared head: 甲、乙、丙商会
RARE_WORD = 100  # a word jieba has seen fewer times than this may be a town's or a brand's name
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
# 省级示范性实践创新基地, 国家级重点实验室: a kind of body at a grade, not one body
GRADE_IN_NAME = re.compile(f"[{LEVEL_CHARS}乡镇村家部一二两三四五六]级")
MEMBER = "员"  # 会|员: the member of a body a head's last character ends, not the body
INSTITUTION_HEADS = ("大学", "学院")  # a university, whose federations (某大学侨联) are named after it
ZONE_BODY = re.compile("(?:开发区|高新区|经开区|新区|园区|管理区|试验区|保税区|合作区|旅游区|度假区|风景区|景区)$")  # 某某开发区管委会: a government body
ZONE_COMMITTEE = "管委会"
NAMED_ZONE = re.compile(r"[\u4e00-\u9fff]{2,6}?(?P<kind>经济技术开发区|高新技术产业开发区|经济开发区|经开区|高新区)$")
BRACKETED_ZONE = re.compile(r"[（(][\u4e00-\u9fff]{2,10}[）)]$")  # 某某开发区（某某商务区）: the zone's other name
MAX_ZONE_NOTE = 12
TOWN_LEVELS = "镇乡"  # 某某镇政府 in one word: the town's name ends right before it
# 总商会 without a region of its own is the other name of the 工商联 (市工商联（总商会）)
GENERAL_CHAMBER, FEDERATION = "总商会", "工商联"
SEPARATE_CHAMBERS = ("71", "81", "82")  # 台湾, 香港, 澳门: their 总商会 are bodies of their own
# 为|悦心|学校: a school named by two characters of its own before its head, which jieba reads as common words
SCHOOL_HEADS, SCHOOL_STEM = frozenset({"小学", "中学", "学校"}), 2
RARE_SCHOOL_STEM = 30  # jieba frequency from which a school's two characters are a common word (民族, 农村, 结对 49)
# 该校, 各学校, 五所学校: the school named before, every school, or so many
NOT_SCHOOL_OPENERS = frozenset("该这那本各每全某其此一二三四五六七八九十两几数多百千")
SCHOOL_COUNTERS = frozenset("所个座间")  # 四所|小学: a count of schools
KINDS_COUNTED_AFTER = re.compile(r"(?:[和、及与][\u4e00-\u9fff]{1,6}?)?[\d一二三四五六七八九十百两几]+[所座个间]")
PARTICLES = frozenset("了的着过在")  # 了解了|学校, 人在|学校: a clause's particle, no name's end
# 旅美, 旅澳, 旅港: living in a country or territory, by its one-character short name, before a society's hometown
SOJOURN, SOJOURN_PLACES = "旅", frozenset("美英法德意荷西葡瑞澳加新马泰菲印缅柬越老寮日韩俄巴港台")
EVERY = ("各", "每", "诸")  # 各旅台某某同乡会: every such society, no one society
NEEDS_OWN_NAME = frozenset({"学校"})  # a region before it is not enough: 某市学校 are the city's schools
COUNT_AFTER = re.compile("[\\d一二三四五六七八九十百千两]+[个家所座支](?=[，。；、,;]|$)")  # 基金256个, (not 甲、乙3个基地)
COUNTED_BEFORE = re.compile("[\\d一二三四五六七八九十百千两几多余]+[所家个座]$")
# 天后宫、大悲院等场所: places of worship named in a list closed by their kind
VENUE_LIST = re.compile(r"((?:[\u4e00-\u9fff]{2,6}、)+[\u4e00-\u9fff]{2,5})等(?:[\d一二三四五六七八九十]+[个处座所])?"
                        r"(?:宗教活动|宗教|活动)?场所")
WORSHIP_ENDS = ("宫", "寺", "庙", "观", "院", "堂", "庵", "祠")
KIND_OF_VENUE, RARE_NOUN_VENUE = 5000, 40  # jieba frequencies of a kind (清真寺, 医院; 寺院, 宫观 as nouns)
PEOPLE_COUNTED_BEFORE = re.compile("[\\d一二三四五六七八九十百千两几多余]+[名位]$")  # 120多名|困难学子圆梦大学
PROJECT_AFTER = "项目"
EVENT_AFTER = ("论坛", "峰会")
OWN_BUREAU = re.compile("[\u4e00-\u9fff]{2,8}?(?:管理局|监督局|执法局)(?!长)")
DEPARTMENT_ENDS = ("厅", "局", "委")
BUREAU_TAGS = frozenset({"n", "nt", "nz", "vn", "j"})
BRANCH_HEAD = "分公司"
MEMORIAL_HEADS = frozenset({"纪念馆", "博物馆", "陈列馆"})
FAMOUS_PERSON = 50  # times jieba has seen a person's name for it to be known nationwide
COMPANY_ENDS = ("公司", "集团")
BRACKETED_PLACE = re.compile("[（(]([\u4e00-\u9fff]{2,6})[）)]$")
WORD_NOT_PLACE_TAGS = frozenset({"v", "vn", "a", "ad", "d"})  # 合作 read as a verb after words is no county (合作市)
PLACE_IN_NAME = re.compile("[（(]([\u4e00-\u9fff]{2,6})[）)][\u4e00-\u9fff]{0,6}$")  # 海峡两岸（某省）某某|合作促进会
BRACKET_NOTE = re.compile("[（(][\u4e00-\u9fff]{2,6}[）)]")  # （芜湖）, （中国）: a note inside a legal name
BRACKETED_WORD = re.compile("[（(](?:集团|中国|控股|股份)[）)]$")
WHOLE_SCOPES = ("全国", "全省", "全市", "全州", "全县", "全区", "全盟")
# kinds of places every town has: a word jieba does not know (民族团结) does not make one a named place
PLACE_HEADS = frozenset({"公园", "湿地公园", "森林公园", "景区", "风景区", "文化中心", "艺术中心", "体育中心", "活动中心",
                         "展览中心", "演艺中心", "文化宫", "体育场", "学校"})
OCCASIONS = ("新春", "春节", "迎春", "中秋", "国庆", "元旦", "端午", "重阳", "新年")
AIM = "发展"  # ends a name's descriptors (发展民营经济), but an association's aim ends its name: 某某发展促进会
AIMED_HEADS = ("研究", "联席会议")  # and so do a research institute's field and a joint conference's: 某某发展研究院
NOUNS_IN_NAMES = frozenset({"青年", "少年", "老年", "中青年"})  # tagged as times by jieba: 某市青年企业家协会
# a place of worship written as one word is named (报恩寺, 关帝庙), whatever jieba tags it; other words that end
# with a head are names only when jieba reads them as proper (灵隐寺/nr, not 教育基地, 示范园区)
WORSHIP_HEADS = frozenset({"寺", "庙", "清真寺", "教堂", "道观"})  # 某某文化创意园项目: a project, which the initiative finder names
OFFICE_LIST = re.compile(r"(?:内设|下设|设有|所属|直属|下辖)(?:[\d一二三四五六七八九十两]+个)?(?:职能|内设|行政|直属)?"
                         r"(处室|科室|机构|部门|事业单位|单位)(?:[\d一二三四五六七八九十两]+个)?[，,]?"
                         r"(?:(?:分别为|分别是|包括|即)[:：]?|[:：]|有(?=[\u4e00-\u9fff]{2,20}、))")  # 内设16个处室，分别为：甲处、乙室
LAST_OFFICE_JOINERS = ("和", "及")  # 内设机构有甲科、乙科和丙科: the list's last item
OFFICE_ITEM = re.compile(r"[\u4e00-\u9fff]{2,20}")
# the list first, its kind after: 内设办公室、研究室、干部处等8个处室
OFFICES_FIRST = re.compile(r"(?:内设|下设|设有)((?:[\u4e00-\u9fff]{2,20}、)+[\u4e00-\u9fff]{2,20}?)"
                           r"(?:等|共)?[\d一二三四五六七八九十两]+个(?:职能|内设|行政)?(?:处室|科室|股室|机构|部门)")
OFFICE_ENDS = ("处", "科", "室", "股", "办", "局", "委", "部")  # an office inside a department: 某某工作处, 研究室, 办公室
UNIT_ENDS = ("中心", "院", "所", "站", "馆", "社", "学校")  # a public institution under it: 某某服务中心
INSTITUTIONS = ("事业单位", "单位")
GROUP_OFFICE = "领导小组办公室"  # named after its task, which ends in words that end other names: 某某建设领导小组办公室
NATIONAL_OFFICE = re.compile("办公厅|秘书处|研究室")  # 全国工商联办公厅: a national body's own office
# 某办协调部, 某办某某工作部, 某办交流局: a department of a national office (a body whose name ends in 办)
OFFICE_DEPARTMENT = re.compile("(?:[\u4e00-\u9fff]{2,4}?工作部|[\u4e00-\u9fff]{2}[部局司])(?![门长分委署])")
NOT_IN_DEPARTMENT = set("的到在和与及对向为是将了")
# 中央某部某某指导中心: a centre under a national body, named before its officer or where the clause goes on
NATIONAL_UNIT = re.compile("[\u4e00-\u9fff]{2,8}?中心(?=副?主任|[，、。,；;）)])")
# 国家统计局, 国家税务总局: the state's own administrations, named by 国家 and what they are for
NATIONAL_ADMINISTRATION = re.compile("国家([\u4e00-\u9fff]{2,6}?)(?:总局|局|委员会)")
NOT_IN_ADMINISTRATION = set("的和与及各有关相级部")  # 国家有关部委, 国家级: no one administration
COUNTED_WORDS = "名位个家所批"  # measure words of a count right before a name
COUNT_BEFORE = re.compile("[\\d一二三四五六七八九十百千两几多余]$")
COUNT_OPENING = re.compile(f"[\\d一二三四五六七八九十百千两几]+[{COUNTED_WORDS}]")  # 两所: a count, then what it counts
AMOUNT_BEFORE = re.compile("[\\d０-９一二三四五六七八九十百千万亿萬億]$")  # the digits of an amount ending before a word
MAGNITUDES = "万亿萬億千"
NEW_CLASSES = "新的社会阶层"  # the new social strata, a term of the genre
DIRECT_BRANCH = re.compile(f"(?<=[{LEVEL_CHARS}])直[\u4e00-\u9fff]{{0,6}}?(?:总支|支部|支社|基层委员会|基层委)|"
                           f"[{LEVEL_CHARS}]直[\u4e00-\u9fff]{{0,6}}?(?:总支|支部|支社|基层委员会|基层委)")
CENTRAL = re.compile(r"(?<![党派])中央(?=[、和及]省委|决策部署)")


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def overlaps(self, start: int, end: int) -> bool:
        return start < self.end and self.start < end


# a congress or plenary of the party named after its name (中共十九大, 中共十七届六中全会, 中共第十五次全国代表大会)
PARTY_CONGRESS = re.compile(r"第?[一二三四五六七八九十]{1,3}(?:大|届|次全国代表大会)")


class OrganizationFinder:
    """Finds organisation mentions in one sentence at a time."""

    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer):
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self.heads = {head.head: head for head in lexicon.org_heads}
        self.item_ends = (*self.heads, *PROGRAMME_ENDS)  # what ends a list's item before its joiner (某某项目和…)
        self.party_forms = lexicon.party_by_form()
        self.units = sorted(lexicon.party_units, key=lambda unit: -len(unit.suffix))
        self._starts_of: tuple = (None, None, set())  # the last sentence's tokens, text and region starts
        self._places_by_pattern_of: tuple = (None, [])  # the last sentence's text and its places read by pattern

    @cached_property
    def region_names(self) -> frozenset[str]:
        return frozenset(name for name, _ in self.gazetteer.names() if len(name) >= 2)

    @cached_property
    def head_pattern(self) -> re.Pattern:
        heads = sorted(self.heads, key=lambda h: (-len(h), h))
        return re.compile("|".join(map(re.escape, heads)))

    @cached_property
    def national_pattern(self) -> re.Pattern:
        forms = {form: body for body in self.lexicon.national_bodies for form in (body.name, *body.alt_names)}
        self._national_forms = forms
        # a stray space that a page's layout left inside a name (全国 工商联) does not cut it
        return re.compile("|".join("[ \u3000]?".join(map(re.escape, form))
                                   for form in sorted(forms, key=lambda f: (-len(f), f))))

    @cached_property
    def party_pattern(self) -> re.Pattern:
        return re.compile("|".join(map(re.escape, sorted(self.party_forms, key=lambda f: (-len(f), f)))))

    # ------------------------------------------------------------------ entry point

    def find(self, text: str, tokens: list[Token], sentence: int, offset: int,
             quoted: list[tuple[int, int]]) -> list[Mention]:
        """Organisation mentions of one sentence; offsets are made absolute with `offset`."""
        found: list[Mention] = []
        taken: list[Span] = []

        def claim(start: int, end: int) -> bool:
            if any(span.overlaps(start, end) for span in taken):
                return False
            taken.append(Span(start, end))
            return True

        def add(cls, start, end, name, **extra):
            found.append(Mention(cls, text[start:end], name, offset + start, offset + end, sentence, **extra))

        self._national(text, tokens, claim, add)
        for start, end, name, scope in self._youth_league(text):
            if claim(start, end):
                add("Association", start, end, name, scope=scope)
        for start, end, name in self._state_bodies_in_full(text, tokens):
            if claim(start, end):
                add("GovernmentBody", start, end, name)
        for start, end, scope in self._party_societies(text, tokens):
            if claim(start, end):
                add("Association", start, end, text[start:end], scope=scope)
        self._parties(text, tokens, claim, add)
        for start, end in self._society_branches(text, tokens):
            if claim(start, end):
                add("PoliticalParty", start, end, text[start:end], parent_name=SOCIETY_PARTY)
        for start, end in self._chaired_branches(text, tokens):
            if claim(start, end):
                add("PoliticalParty", start, end, text[start:end], scope=CHAIRED)
        for start, end in self._field_branches(text, tokens):
            if claim(start, end):
                add("PoliticalParty", start, end, text[start:end], scope=CHAIRED)
        for start, end, scope in self._numbered_schools(text, tokens):
            if claim(start, end):
                add("Organization", start, end, text[start:end], scope=scope)
        for start, end in self._bank_branches(text, tokens):
            if claim(start, end):
                add("Organization", start, end, text[start:end])
        for match in MEDIA_TITLE.finditer(text):
            if not _publisher_line(text, match.start(), match.end()) and claim(match.start(1), match.end(1)):
                add("Organization", match.start(1), match.end(1), match.group(1))
        for start, end in _media_outlets(text):
            if claim(start, end):
                add("Organization", start, end, text[start:end])
        for match in EMBASSY.finditer(text):
            if claim(match.start(), match.end()):
                add("GovernmentBody", match.start(), match.end(), match.group(0))
        for match in STATIONED_OFFICE.finditer(text):
            owner = match.start()
            government = next((word for word in GOVERNMENT if text.endswith(word, 0, owner)), "")
            places = self._regions_ending_at(text, owner - len(government), tokens)
            if places is not None:
                owner = places  # 某市人民政府|驻某省办事处, 台湾|驻某国办事处
            elif government and owner - len(government) > 0 and text[owner - len(government) - 1] in LEVEL_CHARS:
                owner -= len(government) + 1  # 省政府驻京办事处: the government of the report's province
            if claim(owner, match.end()):
                add("GovernmentBody", owner, match.end(), text[owner:match.end()])
        for match in STATIONED_TEAM.finditer(text):
            # the team of a place is named with it (某市驻某村工作队); a body's (某局驻某社区工作队) is named on its own
            start = match.start("owner") if match.group("owner").endswith(TEAM_OWNER_PLACES) else match.start("team")
            if text[start:match.end()] not in UNNAMED_TEAMS and claim(start, match.end()):
                add("GovernmentBody", start, match.end(), text[start:match.end()])
        for start, end, cls in _listed_offices(text):
            if claim(start, end):
                add(cls, start, end, text[start:end], scope=OWN_REPORT)
        position, failed_end = 0, 0
        while (match := self.head_pattern.search(text, position)) is not None:
            position = match.start() + 1  # heads may overlap: 华侨联合会 is no 侨联, but a 联合会
            if match.end() <= failed_end:
                continue  # “同心”专家服务团: the 服务团 of a head that named nothing names nothing either
            if any(start <= match.start() < end for start, end in quoted):
                continue
            if self._inside_longer_name(text, match):
                continue
            candidate = self._grow(text, tokens, match.start(), match.end()) \
                or self._school_named_short(text, tokens, match.start(), match.end()) \
                or self._institutions_federation(text, tokens, match)
            if candidate is None:
                failed_end = match.end()
            elif self._society_named_after(text, tokens, match, candidate[0]):
                continue  # 某寺慈善会, 某大学侨联: the society the organisation has, named after it, is the one body
            elif match.group(0) in MEDIA_HEADS and _publisher_line(text, candidate[0], match.end()):
                continue  # 贵州日报2023-2-28, 来源：某某日报: the publisher, which the report's metadata holds
            elif match.group(0) == SHORT_FEDERATION and (match.start() - candidate[0] < 2
                                                         or self._regions_ending_at(text, match.start(), tokens) is not None):
                continue  # 加强乡联会, 某某新加坡联会: a federation is named by its people (潮人, 同乡), not one character or a place
            elif QUOTED_DESCRIPTION.search(text, candidate[0], match.start()):
                continue  # 处于“少壮时期”的同乡会: a quotation that describes a body is no part of its name
            elif _strip_generic(text[candidate[0]:match.end()]) in self.lexicon.generic_names:
                continue  # 县域商会, 镇村商会: a kind of body, however its words were read
            elif self.heads[match.group(0)].cls == "Organization" \
                    and self._kinds_only(text, candidate[0], match.start()):
                continue  # 偏远山区学校, 某县贫困村小学: the schools of a kind of place, not one school
            elif claim(candidate[0], match.end()):
                start, name, scope = candidate
                head = self.heads[match.group(0)]
                cls = head.cls
                if head.head == ZONE_COMMITTEE and ZONE_BODY.search(name[:-len(ZONE_COMMITTEE)]):
                    cls = "GovernmentBody"  # 某某高新区管委会 governs a zone; 某某公园管委会 runs a park
                if cls == "GovernmentBody" and self._chinese_society_abroad(name):
                    cls = "Association"  # 某国中华某某总局: the Chinese community's own body there, no state's office
                if head.head == GENERAL_CHAMBER and (scope is not None or self._mainland(name[:-len(GENERAL_CHAMBER)])):
                    name = name[:-len(GENERAL_CHAMBER)] + FEDERATION  # 总商会, 某市总商会: the 工商联 by its other name
                famous = cls == "Organization" and _famous_landmark(name, head.head)
                add(cls, start, match.end(), name, scope=scope, code=NATIONAL if famous else None)
        for start, end, name, cls in self._shared_heads(text, tokens, found, offset):
            if claim(start, end):
                add(cls, start, end, name)
        for start, end, name, cls in self._repeated_heads(text, found, offset):
            if claim(start, end):
                add(cls, start, end, name)
        for start, end in self._sponsors(text, tokens):
            if claim(start, end):
                add("Organization", start, end, text[start:end])
        for match in ENTERPRISE_EXAMPLE.finditer(text):
            start = self._example_start(text, match.end(1))
            if start is not None and claim(start, match.end(1)):
                add("Organization", start, match.end(1), text[start:match.end(1)])
        for start, end in self._listed_enterprises(text, tokens):
            if claim(start, end):
                add("Organization", start, end, text[start:end])
        for start, end in self._listed_venues(text, tokens):
            if claim(start, end):
                add("Organization", start, end, text[start:end])
        found = _with_member_chambers(text, tokens, offset, _with_branches(text, offset, sorted(found, key=lambda m: m.start)))
        found = _with_society_branches(text, offset, found)
        found = _with_institution_branches(text, offset, found)
        found = _with_joint_names(text, offset, found)
        found = _with_special_committees(text, tokens, offset, _with_own_bureaus(text, tokens, offset, found))
        found = _with_bracket_aliases(text, offset, _whole_list_items(text, offset, found))
        return [replace(m, cls="GovernmentBody") if _town_office(m) else m for m in _with_short_names(text, offset, found)]

    def _state_bodies_in_full(self, text: str, tokens: list[Token]):
        """政协某市委员会, 中国人民政治协商会议某市某区第五届委员会; 某市第八届人民代表大会, 某区人民代表大会常务委员会:
        a place's CPPCC or people's congress written in full, named as its 政协 or 人大 (人大常委会) is, when its
        place is a run of places (the whole stretch after the CPPCC's prefix; the end of what stands before 人民代表大会)."""
        for match in CPPCC_FULL.finditer(text):
            place_start, place_end = match.span("place")
            if self._regions_ending_at(text, place_end, tokens) == place_start:
                yield match.start(), match.end(), match.group("place") + CPPCC
        for match in CONGRESS_FULL.finditer(text):
            place_start, place_end = match.span("place")
            begin = self._regions_ending_at(text, place_end, tokens)
            if begin is not None and begin <= place_end - 2:
                yield begin, match.end(), text[begin:place_end] + CONGRESS + (STANDING if match["standing"] else "")

    def _chinese_society_abroad(self, name: str) -> bool:
        """Whether a name opens with a place abroad (a country or a place below it, not Hong Kong, Macao or Taiwan)
        and then names the Chinese people there (秘鲁中华某某总局, 某国华侨某某局)."""
        end = self._region_starting_at(name[:-1], 0, MAX_PLACE_ABROAD)
        return end is not None and not any(place.code.isdigit() for place in self.gazetteer.lookup(name[:end])) \
            and name.startswith(CHINESE_PEOPLE, end)

    def _mainland(self, name: str) -> bool:
        """Whether name is a region of the mainland, where each 总商会 is the 工商联 (not 香港, nor a country)."""
        places = self.gazetteer.lookup(name) if name in self.region_names else []
        return bool(places) and all(p.code.isdigit() and not p.code.startswith(SEPARATE_CHAMBERS) for p in places)

    def _inside_longer_name(self, text: str, match: re.Match) -> bool:
        """Whether a head is only a word of a longer name or of something else: 某某公园管委会 (a park's
        committee), 某某文化创意园项目 (a project), 世界某某人大会 (a convention, no people's congress)."""
        end = match.end()
        head = self.heads[match.group(0)]
        if head.cls == "Organization" and text.startswith((PROJECT_AFTER, *EVENT_AFTER), end):
            return True  # 某某园项目, 某某智库论坛: a project's or an event's name
        if head.head == "人大" and text.startswith("会", end) and not text.startswith("会议", end):
            return True
        note = BRACKET_NOTE.match(text, end)
        if head.cls == "Organization" and note and text.startswith(tuple(LEGAL_FORMS), note.end()):
            return True  # 某某电器（芜湖）有限公司: the brand before the note in a legal name
        following = self.head_pattern.match(text, end)
        if following is None or following.group(0) == match.group(0):
            return False  # (某某商会|商会会长: the head written again starts no longer name)
        after = self.heads[following.group(0)]  # 某某会馆联合总会: the federation of the halls
        if head.head in STREET_OFFICES and after.cls == "GovernmentBody":
            return True  # 某某街道办事处 then 党工委: the office's party committee, a body of its own
        return head.cls in ("Organization", "Association") and after.cls == head.cls and after.attach == "named" \
            and (head.cls == "Organization" or head.attach == "named")

    # ------------------------------------------------------------------ kinds

    def _youth_league(self, text: str) -> list[tuple[int, int, str, str | None]]:
        """The Communist Youth League's committees, a mass organisation and no party committee: 共青团某省委 named
        with its place, and 团县委 (团市委, 团省委) by its level, the league's committee of the report's place, named
        共青团县委 so that the resolver gives it the place as it does a party's 民建县委."""
        found = []
        for match in YOUTH_LEAGUE_PLACED.finditer(text):
            place = match.group("place")
            if place + (match.group("level") or "") in self.region_names or place in self.region_names:
                found.append((match.start(), match.end(), match.group(0), None))
        for match in YOUTH_LEAGUE_LEVEL.finditer(text):
            found.append((match.start(), match.end(), YOUTH_LEAGUE + match.group("level") + "委", match.group("level")))
        return found

    def _national(self, text, tokens, claim, add):
        pattern = self.national_pattern
        parties = [m.span() for m in self.party_pattern.finditer(text) if self.party_forms[m.group(0)].slug != "cpc"]
        for match in pattern.finditer(text):
            body = self._national_forms[re.sub("[ \u3000]", "", match.group(0))]
            if any(a < match.end() and match.start() <= b for a, b in parties):
                continue  # 农工党中央, 民革中央委员会: the party's central committee, not 党中央
            if match.start() > 0 and (text[match.start() - 1] in LEVEL_CHARS
                                      or self._regions_ending_at(text, match.start(), tokens) is not None):
                continue  # 市欧美同学会, 绵阳欧美同学会: a local body with a national body's name
            office = NATIONAL_OFFICE.match(text, match.end())
            department = OFFICE_DEPARTMENT.match(text, match.end()) if body.name.endswith("办") else None
            if department is None and body.cls == "GovernmentBody":
                department = NATIONAL_UNIT.match(text, match.end())  # 中央某部某某事业指导中心副主任
            if department is not None and NOT_IN_DEPARTMENT & set(department.group(0)):
                department = None
            if office is not None and _ends_a_word(tokens, office.end()) and claim(match.start(), office.end()):
                add("GovernmentBody", match.start(), office.end(), body.name + office.group(0), parent_name=body.name)
            elif department is not None and claim(match.start(), department.end()):
                add("GovernmentBody", match.start(), department.end(), body.name + department.group(0),
                    parent_name=body.name, code=NATIONAL)
                add(body.cls, match.start(), match.end(), body.name, parent_name=body.parent, code=NATIONAL)
            elif claim(match.start(), match.end()):
                add(body.cls, match.start(), match.end(), body.name, parent_name=body.parent, code=NATIONAL)
        for match in CENTRAL.finditer(text):
            if claim(match.start(), match.end()):
                add("GovernmentBody", match.start(), match.end(), "党中央", code=NATIONAL)
        starts, ends = {t.start for t in tokens}, {t.end for t in tokens}
        for match in NATIONAL_ADMINISTRATION.finditer(text):
            if match.start() in starts and match.end() in ends and not NOT_IN_ADMINISTRATION & set(match.group(1)) \
                    and claim(match.start(), match.end()):
                add("GovernmentBody", match.start(), match.end(), match.group(0), code=NATIONAL)

    def _parties(self, text, tokens, claim, add):
        words = {t.start: t.word for t in tokens}
        ends = {t.end for t in tokens}
        for match in self.party_pattern.finditer(text):
            party = self.party_forms[match.group(0)]
            if len(match.group(0)) <= MAX_INITIALS and (match.start() not in words
                                                        or words[match.start()].endswith(OTHER_PARTY)
                                                        or match.end() not in ends
                                                        and len(words[match.start()]) < len(match.group(0))):
                continue  # 村民|进行, 居民|建房, 民进党, 发展中|共同: the two characters belong to other words
            if party.slug == "cpc" and PARTY_CONGRESS.match(text, match.end()):
                continue  # 中共十九大, 中共十七届六中全会: the party's congress named, not the party at work
            if party.slug == "cpc":
                if match.group(0) == CPC_PREFIX and self._committee_follows(text, match.end()):
                    continue  # 中共锡林郭勒盟委统战部: the prefix of a committee's name, read with it
                named = UNLISTED_COMMITTEE.match(text, match.end()) if match.group(0) == CPC_PREFIX else None
                if named is not None and not self._region_starting_at(text, match.end()) \
                        and claim(match.start(), named.end()):  # 中共某某区党委: a place no gazetteer holds
                    add("GovernmentBody", match.start(), named.end(), text[match.start():named.end()])
                    continue
                if claim(match.start(), match.end()):
                    add("PoliticalParty", match.start(), match.end(), party.name, code=NATIONAL)
                continue
            committee = self._committee(text, match.end()) or self._described_branch(text, tokens, match.end())
            branch_place = self._place_before_branch(text, tokens, match, committee)
            if branch_place is not None and claim(branch_place, committee[0]):
                # 某某民革总支: the branch of that place written place first, named as the party writes it (民革某某总支)
                place = text[branch_place:match.start()]
                add("PoliticalParty", branch_place, committee[0], match.group(0) + place + text[match.end():committee[0]],
                    parent_name=party.name)
                add("PoliticalParty", match.start(), match.end(), party.name, code=NATIONAL)
            elif committee and claim(match.start(), committee[0]):
                end, scope = committee
                name = TERM_OF_COMMITTEE.sub("", text[match.start():end])
                if MEMBERS_CONGRESS.match(text, end):  # 民盟某市|第四次盟员代表大会: the congress's committee
                    name += COMMITTEE_SHORT
                if name.endswith(COMMITTEE_FULL) and name[-len(COMMITTEE_FULL) - 1] in LEVEL_CHARS:
                    name = name[:-len(COMMITTEE_FULL)] + COMMITTEE_SHORT  # 民盟某市委员会 is 民盟某市委会
                elif name.endswith(COMMITTEE_FULL) and (full := self._with_level(text[match.end():end - 3])):
                    name = match.group(0) + full + COMMITTEE_SHORT  # 民盟某某委员会: the city's, 民盟某某市委会
                add("PoliticalParty", match.start(), end, name, scope=scope, parent_name=party.name)
                add("PoliticalParty", match.start(), match.end(), party.name, code=NATIONAL)
            elif (local := self._local_party_start(text, tokens, match)) is not None \
                    and claim(local, match.end()):  # 某区民建: the party's organisation in that place, by its short name
                add("PoliticalParty", local, match.end(), text[local:match.end()], parent_name=party.name)
                add("PoliticalParty", match.start(), match.end(), party.name, code=NATIONAL)
            elif self._level_party(text, words, match) and claim(match.start() - 1, match.end()):
                # 由市民革组织…, 对市民盟进行走访: the party's organisation of the report's city, by its level
                add("PoliticalParty", match.start() - 1, match.end(), text[match.start() - 1:match.end()],
                    scope=text[match.start() - 1], parent_name=party.name)
                add("PoliticalParty", match.start(), match.end(), party.name, code=NATIONAL)
            elif claim(match.start(), match.end()):
                add("PoliticalParty", match.start(), match.end(), party.name, code=NATIONAL)

    def _party_societies(self, text: str, tokens: list[Token]):
        """某市某党企业家协会, 某党某省企业家协会 (or 联谊会, 联合会), 市某党企业家协会: a party's society of its
        entrepreneur members, named with the party and its place (or the level of the report's place), a society of
        its own, not the party's committee. Yields (start, end, scope)."""
        for match in self.party_pattern.finditer(text):
            society = PARTY_SOCIETY.match(text, self._region_starting_at(text, match.end()) or match.end())
            if society is None:
                continue
            begin = self._regions_ending_at(text, match.start(), tokens)
            if begin is None and match.start() and text[match.start() - 1] in LEVEL_BODY_CHARS + "省":
                yield match.start() - 1, society.end(), text[match.start() - 1]
            else:
                yield match.start() if begin is None else begin, society.end(), None

    def _place_before_branch(self, text: str, tokens: list[Token], match: re.Match, committee) -> int | None:
        """Where the place starts that is written before a party's short name and a branch of no place of its own
        (某某民革总支, 某某民盟支部), or None."""
        if committee is None or committee[1] is not None or len(match.group(0)) > MAX_INITIALS + 2 \
                or not text.startswith(BRANCH_UNITS, match.end()):
            return None
        begin = self._regions_ending_at(text, match.start(), tokens)
        if begin is None or not any(place.level in DOMESTIC_LEVELS for place in self.gazetteer.lookup(text[begin:match.start()])):
            return None
        return begin

    def _local_party_start(self, text: str, tokens: list[Token], match: re.Match) -> int | None:
        """某某民建, 某某民盟: a place's name (starting a word), then a party's short name that no committee's suffix
        follows: the party's organisation in that place, named as its members call it. Where the place starts."""
        if len(match.group(0)) > MAX_INITIALS + 2:
            return None
        begin = self._regions_ending_at(text, match.start(), tokens)
        if begin is None or text.startswith(MEDIA_AFTER_PARTY, match.end()) \
                or not any(place.level in DOMESTIC_LEVELS for place in self.gazetteer.lookup(text[begin:match.start()])):
            return None  # 中国民盟 is the party; 某省民进网 is its website
        return begin

    @staticmethod
    def _level_party(text: str, words: dict[int, str], match: re.Match) -> bool:
        """市民建, 县民盟: a level character jieba reads as a word of its own, then a party's short name that no unit's
        suffix, its members or its entrepreneurs follow (市民建会员: people; 全市|民革党员: the whole city's)."""
        at = match.start() - 1
        return len(match.group(0)) <= MAX_INITIALS + 2 and at >= 0 and text[at] in LEVEL_BODY_CHARS \
            and words.get(at) == text[at] \
            and not text.startswith(PARTY_PEOPLE, match.end())

    def _with_level(self, region: str) -> str | None:
        """The name of the one place a region written without its level names (某某 → 某某市), or None."""
        names = {place.name for place in self.gazetteer.lookup(region)} if region in self.region_names else set()
        full = names.pop() if len(names) == 1 else ""
        return full if len(full) == len(region) + 1 and full.startswith(region) and full[-1] in LEVEL_CHARS else None

    def _society_branches(self, text: str, tokens: list[Token]):
        """九三学社's branches named without the party (成立医药支社, 将某某支社改名为…): only that party calls its
        branches 支社 today, so the name is one of its organs. Not so many of them (工商、金融2个支社), nor a kind (下属支社),
        nor another party's old 支社委员会 whose name the text gave just before."""
        for match in SOCIETY_BRANCH.finditer(text):
            begin = self._regions_ending_at(text, match.start(), tokens)
            if begin is None:
                begin = self._descriptors_before(text, tokens, match.start(), "Organization")
            if begin is None or begin >= match.start() or _counted_before(text, match.start()) \
                    or text[begin:match.start()] in self.lexicon.generic_names:
                continue
            if text.startswith("委员会", match.end()) or text[begin - 1:begin] in (")", "）"):
                continue  # 中国民主促进会(以下简称民进)某县支社委员会: another party's unit, its name given before
            yield begin, match.end()

    def _chaired_branches(self, text: str, tokens: list[Token]):
        """某区总支副主委, 某中学支部主委: a branch whose chair is a 主委 is a democratic party's, named without the party
        by a place or a field before it."""
        for match in CHAIRED_BRANCH.finditer(text):
            begin = self._regions_ending_at(text, match.start(), tokens)
            if begin is None:
                begin = self._descriptors_before(text, tokens, match.start(), "Organization")
            if begin is None or begin >= match.start() or text[begin:match.start()] in self.lexicon.generic_names:
                continue
            yield begin, match.end()

    def _field_branches(self, text: str, tokens: list[Token]):
        """科技支部组织义诊, 教育支部成立: a branch named by its members' field or place alone is a democratic party's
        (the CPC's are its 党支部, the Youth League's its 团支部; one whose 书记 follows is the CPC's), of the party the
        report names; nouns only before it (积极组织支部… is a verb's object), no kind of branch (基层支部, 各支部)."""
        for match in FIELD_BRANCH.finditer(text):
            numbered = ORDINAL_BEFORE.search(text, max(0, match.start() - MAX_ORDINAL), match.start())
            named_end = numbered.start() if numbered else match.start()  # 市直|第三|支部: the field, then its number
            begin = self._regions_ending_at(text, named_end, tokens)
            if begin is None and named_end > 0 and text[named_end - 1] in LEVEL_CHARS:
                begin = named_end - 1  # 一个时期|区总支: the district's branch, by its level
            elif begin is None:
                begin = self._descriptors_before(text, tokens, named_end, "Organization")
                if begin is not None and begin > 0 and text[begin - 1] in LEVEL_CHARS and text[begin] == DIRECT:
                    begin -= 1  # 省|直支部: the province's, named with its level
            if begin is not None and COUNTED_BEFORE.search(text, 0, begin):
                continue  # 14个省直支部: so many branches, no one
            if begin is None or begin >= named_end or text[begin:named_end] in self.lexicon.generic_names \
                    or text[begin:named_end].startswith(KIND_OF_BRANCH) or text[begin - 1:begin] in NOT_A_FIELD \
                    or any(t.tag[:1] in NOT_DESCRIBING_TAGS for t in tokens if begin <= t.start < named_end):
                continue
            yield begin, match.end()

    def _numbered_schools(self, text: str, tokens: list[Token]):
        """某市一中, 某县第二中学, 市实验小学 aside: a school known by its number after its region or level."""
        for match in NUMBERED_SCHOOL.finditer(text):
            begin = match.start()
            region = self._regions_ending_at(text, begin, tokens)
            if region is None:
                region = self._township_ending_at(text, begin)  # 某某乡第九小学: a township's school
            if region is not None:
                yield region, match.end(), None
            elif begin > 0 and _level_at(text, begin - 1):
                yield begin - 1, match.end(), text[begin - 1]

    def _bank_branches(self, text: str, tokens: list[Token]):
        """农行某市分行, 建设银行某县支行: a bank's name, a region, then its branch."""
        for match in BRANCH.finditer(text):
            region = self._regions_ending_at(text, match.start(), tokens)
            if region is None and match.start() > 0 and text[match.start() - 1] in LEVEL_CHARS:
                region = match.start() - 1  # 农行市分行: the branch in the report's own city
            if region is None:
                continue
            bank = BANK_BEFORE.search(text, max(0, region - MAX_DESCRIPTOR), region)
            if bank is None:
                continue
            begin = bank.start()
            if text.endswith("银行", 0, region):  # 中国农业银行: the bank's own name, grown as any other
                grown = self._grow(text, tokens, region - 2, region)
                begin = grown[0] if grown else begin
                verbs = [token.end for token in tokens if begin <= token.start and token.end <= region - 2
                         and token.tag == "v"]
                begin = verbs[-1] if verbs else begin  # 某部协调|交通银行某市分行: a bank's name holds no verb
            yield begin, match.end()

    def _shared_heads(self, text: str, tokens: list[Token], found: list[Mention], offset: int):
        """甲、乙、丙商会, 甲、乙工商联: short names listed before one head are as many bodies with that head.

        The name found before the head and every item of the list must be a short proper name: a
        region, or a word of two or three characters that jieba hardly knows (a town, a brand); a
        list of common words (餐饮、物流商会, 乡镇、村商会) is a kind of body, not bodies."""
        starts = {token.start for token in tokens}
        for mention in found:
            if mention.cls not in ("Association", "Organization") or mention.scope is not None:
                continue
            local_start, local_end = mention.start - offset, mention.end - offset
            head = self._head_ending(text, local_start, local_end)
            if head is None or not self._short_proper(text[local_start:local_end - len(head)]):
                continue
            # 甲县、乙县侨联 lists places; 主任某某、某市侨联 is a person, then a city's body
            places_only = text[local_start:local_end - len(head)] in self.region_names
            items, cursor = [], local_start
            while cursor > 0 and text[cursor - 1] == "、":
                end = cursor - 1
                own_head = text.endswith(head, 0, end)  # 甲中学、乙中学: an item that writes the head itself
                stem_end = end - len(head) if own_head else end
                begin = next((stem_end - size for size in range(MAX_LIST_ITEM, 1, -1) if stem_end - size >= 0
                              and all(_CJK_CHAR.match(char) for char in text[stem_end - size:stem_end])
                              and (stem_end - size == 0 or not _CJK_CHAR.match(text[stem_end - size - 1])
                                   or stem_end - size in starts)
                              and not function_char(text[stem_end - size])
                              and self._short_proper(text[stem_end - size:stem_end])), None)
                if begin is None or places_only and text[begin:end] not in self.region_names \
                        or text[begin:end].endswith(self.lexicon.person_cues) \
                        or text.endswith(self.lexicon.person_cues, 0, begin):
                    break  # 某会副主席、某某集团总裁: a person's title before the list mark, no body; 干事某某某、: a person
                items.append((begin, end, text[begin:end] if own_head else text[begin:end] + head, mention.cls))
                cursor = begin
            yield from items

    @cached_property
    def _heads_longest_first(self) -> tuple[str, ...]:
        return tuple(sorted(self.heads, key=len, reverse=True))

    def _head_ending(self, text: str, start: int, end: int) -> str | None:
        """The longest organisation head a found name (text[start:end]) ends with."""
        return next((head for head in self._heads_longest_first if text.endswith(head, start, end)), None)

    def _repeated_heads(self, text: str, found: list[Mention], offset: int):
        """甲侨联、乙侨联和丙侨联: after a body found, the items of its list that repeat its head after a short
        proper name or a word jieba knows as a place (a town that the gazetteer does not hold) are bodies of the
        same kind."""
        for mention in found:
            if mention.cls != "Association":
                continue
            local_start, local_end = mention.start - offset, mention.end - offset
            head = self._head_ending(text, local_start, local_end)
            if head is None or local_end - local_start == len(head):
                continue
            cursor = local_end
            while (item := _repeated_item(text, cursor, head)) is not None \
                    and (self._short_proper(item.group(2)) or self._jieba[1].get(item.group(2), "").startswith("ns")):
                yield item.start(2), item.end(), item.group(2) + head, mention.cls
                cursor = item.end()

    def _listed_enterprises(self, text: str, tokens: list[Token]):
        """金某、昌某等10多家涉农企业, 甲茶业、乙牧业、丙石林等涉农企业: each item of a list closed by 等 and a
        kind of enterprise is an enterprise, when it holds a proper word and is no kind itself (民营企业、
        合作社等经营主体 names none). The first item starts after the words of its clause before it (会上听取|甲茶业)."""
        for match in ENTERPRISE_LIST.finditer(text):
            spans, position = [], match.start(1)
            for item in match.group(1).split("、")[:-1] + [match.group(2)]:
                spans.append((position, position + len(item)))
                position += len(item) + 1
            listed: list[tuple[int, int]] = []
            passed = 0
            for index in range(len(spans) - 1, -1, -1):  # from the closing item back to where the list opens
                start, end = spans[index]
                clause_inside = any(start < t.start and t.end < end and t.word in CLAUSE_WORDS for t in tokens)
                if index and not clause_inside and self._enterprise_name(text, tokens, start, end):
                    listed.insert(0, (start, end))
                    continue
                if index and not clause_inside and spans[index - 1][1] + 1 == start and text[start - 1] == "、" \
                        and self._enterprise_name(text, tokens, *spans[index - 1]):
                    passed += 1
                    continue  # 甲乐器、合力食品、乙建筑等企业: an item of common words between names is read past
                begin = end  # the opening item holds the words of its clause before it (会上听取|甲茶业)
                for word in sorted((t for t in tokens if start <= t.start < end), key=lambda t: -t.start):
                    if word.tag.startswith(NOT_IN_ENTERPRISE) or text[word.start] in PUNCTUATION:
                        break
                    begin = word.start
                if begin < end and self._enterprise_name(text, tokens, begin, end):
                    listed.insert(0, (begin, end))
                break
            if len(listed) + passed == len(spans) or len(listed) >= MIN_LISTED_ENTERPRISES:
                yield from listed  # a clause run into the list (某县委统战、县工商联组织|甲、乙…) opens none of it

    def _listed_venues(self, text: str, tokens: list[Token]):
        """甲宫、乙院等场所, 甲寺、乙观等宗教活动场所: each item of a list closed by 等 and a kind of venue is a
        place of worship by name, when every item ends as one does. The first item starts after the words
        of its clause before it (对|甲宫)."""
        for match in VENUE_LIST.finditer(text):
            items = match.group(1).split("、")
            if not all(item.endswith(WORSHIP_ENDS) and len(item) >= 2 for item in items) \
                    or any(self._kind_of_venue(item) for item in items):
                continue  # 寺院、宫观等场所, 学校、医院等场所: kinds of places, not their names
            first_end = match.start(1) + len(items[0])
            begin = first_end
            for word in sorted((t for t in tokens if match.start(1) <= t.start < first_end), key=lambda t: -t.start):
                if word.tag.startswith(NOT_IN_ENTERPRISE) and word.end < first_end or text[word.start] in PUNCTUATION:
                    break
                begin = word.start
            if first_end - begin < 2:
                continue
            yield begin, first_end
            position = first_end + 1
            for item in items[1:]:
                yield position, position + len(item)
                position += len(item) + 1

    def _kind_of_venue(self, word: str) -> bool:
        """寺院, 清真寺, 医院: a word jieba knows as a common noun or knows very well names a kind of place."""
        frequencies, tags = self._jieba
        frequency = frequencies.get(word, 0)
        return frequency >= KIND_OF_VENUE or tags.get(word) == "n" and frequency >= RARE_NOUN_VENUE

    def _enterprise_name(self, text: str, tokens: list[Token], start: int, end: int) -> bool:
        name = text[start:end]
        return 2 <= len(name) <= MAX_EXAMPLE and not name.endswith(KIND_ENDINGS) \
            and _strip_generic(name) not in self.lexicon.generic_names \
            and name not in self.region_names \
            and has_proper_word(text, tokens, start, end, self.lexicon.surnames)

    def _short_proper(self, word: str) -> bool:
        """Whether a word is a short proper name: a region, or two or three characters jieba hardly knows."""
        if word in self.region_names:
            return True
        if word.startswith(CONJUNCTIONS):
            return False  # 某某陵园与故居、某某纪念馆: 与 joins the item to the one before it, names nothing
        frequencies, tags = self._jieba
        return 2 <= len(word) <= 3 and frequencies.get(word, 0) < RARE_WORD \
            and not tags.get(word, "").startswith(("v", "a", "d", "r", "m", "q", "p", "c", "u", "b"))

    @cached_property
    def _jieba(self):
        return tokenizer().tokenizer.FREQ, tokenizer().word_tag_tab

    def _sponsors(self, text: str, tokens: list[Token]):
        """北京美团公益和深圳壹基金“乡村儿童操场”: bodies named by their city, joined, right before a programme.

        Each item starts with a region name where a jieba word starts and goes on with two to six
        characters of its own; a plain list of places (贵州和四川“…”) has nothing after the regions, and
        one of townships, villages or communities (某县某镇某村与某区某社区的“…”) ends as a place does; an item
        holding a verb runs on into its clause (甲市委会和乙市委会正在开展“…”), no name.
        """
        starts = {token.start for token in tokens}
        for quote in re.finditer("“", text):
            begin = quote.start()
            while begin > 0 and text[begin - 1] not in PUNCTUATION and quote.start() - begin < MAX_SPONSORS:
                begin -= 1
            chunk = text[begin:quote.start()]
            first = next((i for i in range(len(chunk)) if begin + i in starts
                          and self._region_starting_at(text, begin + i)), None)
            if first is None:
                continue
            items, position = [], begin + first
            for item in re.split("(和|、|与|及)", text[position:quote.start()]):
                if item in ("和", "、", "与", "及"):
                    position += len(item)
                    continue
                region_end = self._region_starting_at(text, position)
                rest = len(item) - ((region_end or position) - position)
                if region_end is None or not MIN_OWN_NAME <= rest <= MAX_OWN_NAME \
                        or text[position + len(item) - 1] in LEVEL_CHARS or item.endswith(NOT_A_SPONSOR_END) \
                        or any(token.tag == "v" and region_end <= token.start and token.end <= position + len(item)
                               for token in tokens):
                    items = []
                    break
                items.append((position, position + len(item)))
                position += len(item)
            if len(items) >= 2:
                yield from items

    def _committee_follows(self, text: str, position: int) -> bool:
        """Whether a region or level character and a committee (委) follow position: 中共|成都市委, 中共|某省某市委
        (a chain of regions, the province's before the city's)."""
        cursor = position
        while (region_end := self._region_starting_at(text, cursor)) is not None:
            cursor = region_end
        if cursor < len(text) and text[cursor] in LEVEL_CHARS:
            cursor += 1  # 中共|市委, 中共|新疆区党委: a level after a short region name stands for its level
        return cursor > position and text.startswith(("委", "党委"), cursor)

    def _committee(self, text: str, position: int) -> tuple[int, str | None] | None:
        """End and scope of a committee or branch name that follows a party name at position."""
        region_end = self._region_starting_at(text, position)
        inner_end = self._region_starting_at(text, region_end) if region_end else None
        if inner_end and text[inner_end - 1] in LEVEL_CHARS \
                and any(text.startswith(unit.suffix, inner_end) for unit in self.units):
            region_end = inner_end  # 民盟某市某区基层委, its city written short: the district's
        cursor = region_end or position
        scope = None
        if not region_end and cursor < len(text) and text[cursor] in LEVEL_CHARS:
            scope = text[cursor]
            cursor += 1
        if region_end and text.startswith(REGION_LEVEL, region_end) and self._autonomous_region(text[position:region_end]):
            cursor = region_end = region_end + 1  # 民盟某某区委: an autonomous region's short name and its level
        has_level = bool(region_end and text[region_end - 1] in LEVEL_CHARS) or scope is not None
        institution = INSTITUTION.match(text, position)
        if institution:  # 九三学社浙江大学委员会: a committee in a university, a hospital or a zone
            cursor, has_level, scope = institution.end(), True, None
        if region_end and not has_level and not institution and text.startswith(COMMITTEE_FULL, cursor):
            return cursor + len(COMMITTEE_FULL), None  # 九三学社某某委员会: a city named without its level
        if has_level and not institution:
            term = TERM_OF_COMMITTEE.match(text, cursor)
            if term is not None:
                return term.end() + len(COMMITTEE_FULL), scope
            if MEMBERS_CONGRESS.match(text, cursor):
                return cursor, scope  # its name ends at the place; 委会 is put to it
        direct = DIRECT_BRANCH.match(text, cursor) if region_end or scope else None
        if direct is not None:  # 民建某州直某县支部: a branch of the members in the bodies under the prefecture
            return direct.end(), scope
        ordinal = BRANCH_ORDINAL.match(text, cursor)
        for unit in self.units:
            if ordinal and unit.kind == "branch" and text.startswith(unit.suffix, ordinal.end()):
                return ordinal.end() + len(unit.suffix), scope  # 民建某某三支部, 民盟某某第二总支: a numbered branch
            if text.startswith(unit.suffix, cursor) and (has_level or not unit.needs_level):
                if unit.suffix == "委" and text[cursor + 1:cursor + 2] in tuple(NOT_AFTER_COMMITTEE.replace("会", "")):
                    continue
                end = cursor + len(unit.suffix)
                preparatory = next((p for p in PREPARATORY if text.startswith(p, end)), "")
                return end + len(preparatory), scope  # 某党某省工作委员会筹备委员会: the committee being prepared
        field = _field_committee(text, cursor) if (has_level or region_end) and not institution else None
        # 某党某省教育委员会, 某党某地教育系统委员会: its committee for a field, or for the members of a field's bodies
        return (field, scope) if field is not None else None

    def _described_branch(self, text: str, tokens: list[Token], position: int) -> tuple[int, None] | None:
        """民盟某市科技支部, 民进某市非公有制经济支部: after a party and a place, a branch named by its members'
        field or stratum. The words between are nouns (no verb: 民盟某市积极组织支部… is no branch's name)."""
        region_end = self._region_starting_at(text, position)
        described = DESCRIBED_BRANCH.match(text, region_end or position)
        if described is None or not region_end and (described.group(1) in self.lexicon.generic_names
                                                    or described.group(1).startswith(KIND_OF_BRANCH)):
            return None  # 民盟某市科技支部, 民盟青年支部 (not 民盟基层支部: a kind)
        region_end = region_end or position
        words = [token for token in tokens if region_end <= token.start and token.end <= described.start(2)]
        if not words or words[-1].end != described.start(2) \
                or any(token.tag[:1] in NOT_DESCRIBING_TAGS for token in words):
            return None
        return described.end(), None

    # ------------------------------------------------------------------ growing a name leftwards

    def _last_place(self, text: str, begin: int, end: int) -> str:
        """The last place of a run of places written in text[begin:end] (某省某县 → 某县)."""
        return next((text[at:end] for at in range(begin, end - 1) if text[at:end] in self.region_names), "")

    def _kinds_only(self, text: str, begin: int, head_start: int) -> bool:
        """Whether the words between a body's places (if any) and its head all say what kind of place or people it
        serves (贫困 山区 农村 偏远), none which one; a named kind of school (民族中学, 中心小学) is not among them."""
        while (region_end := self._region_starting_at(text, begin)) is not None and region_end < head_start:
            begin = region_end
        while begin < head_start:
            word = next((kind for kind in SERVED_KINDS if text.startswith(kind, begin, head_start)), None)
            if word is None:
                return False
            begin += len(word)
        return True

    def _own_place_then_within(self, text: str, begin: int) -> bool:
        """Whether the level before a place's name (begin) is the text's own place (我市, 本县) and the place is
        below that level (我市某区, 本县某镇): the place is where the body is, inside the text's own."""
        if begin < 2 or text[begin - 2] not in OWN_BEFORE_LEVEL:
            return False
        region_end = self._region_starting_at(text, begin)
        rank = LEVELS.index(LEVEL_CHAR_RANKS.get(text[begin - 1], "country"))
        return region_end is not None and any(place.level in LEVELS and LEVELS.index(place.level) > rank
                                              for place in self.gazetteer.lookup(text[begin:region_end]))

    def _holds(self, outer: str, inner: str) -> bool:
        """Whether a place of the name `outer` holds a place of the name `inner` (某市 holds 某区)."""
        return any(self.gazetteer.is_within(place.code, holder.code)
                   for holder in self.gazetteer.lookup(outer) for place in self.gazetteer.lookup(inner))

    def _grow(self, text: str, tokens: list[Token], start: int, end: int) -> tuple[int, str, str | None] | None:
        """Where the name ending in the head text[start:end] begins, its name and scope; None if no name."""
        head = self.heads[text[start:end]]
        following = text[end:end + 1]
        whole_word, head_start = False, start
        if head.attach != "level":
            word_start = self._head_start_in_words(text, tokens, start, end)
            if word_start is None:
                return None
            whole_word, start = word_start < start, word_start
        if head.head.endswith("委") and following and following in NOT_AFTER_COMMITTEE \
                and not text.startswith(("派驻", "派出"), end) \
                and not text.startswith(ANOTHER_WORDS_HUI, end):  # 市纪委派驻: the committee sends, 委派 is no word here
            return None
        if head.head.endswith("部") and following in ("长", "门"):  # 统战部长, 统战部门: a title, a kind
            return None
        if head.head.endswith("会") and following == "长" and not any(t.start == end and len(t.word) > 1 for t in tokens):
            return None  # 某某总会长: the title 会长, not a 总会 (商会|长期 is another word)
        if head.attach == "named" and (following in ("村", "镇", "乡") or text.startswith("社区", end)):
            return None  # 联盟村, 商会村: a village's name, not a body
        if head.head == SHORT_FEDERATION and (following == "员" or start < 2 or text[start - 2] in ONE_CHAR_BEFORE):
            return None  # 市某某联|会员, 各村乡联会: 联会 names a federation only after a name of its own (某某潮人联会)
        if text.startswith(BUILDINGS, end):
            return None  # 筹建商会大厦: a building named after the body, not the body
        if head.head.endswith("学") and (following == "童" or following == "生" and not text.startswith(STUDIES, end)):
            return None  # 国|小学|童, 小学|生: a school's pupils, cut apart by jieba, not the school (某中学|生物实验室 is one)
        if text.endswith(head.head, 0, start):
            return None  # 某某商会|商会会长: the head written twice, the body's name ends at the first
        if head.head in ("人大", "政协") and text.startswith(("代表", "委员"), end):  # 人大代表, 政协委员: people
            return None
        if head.head in VILLAGE_COMMITTEES:  # 某某村村委会: named by its village alone, past its township
            village = self._township_ending_at(text, start, villages=True) if text.endswith(VILLAGE, 0, start) else None
            return None if village is None else (village, text[village:end], None)
        if head.head == "政协" and SOCIETY_AFTER_CONFERENCE.match(text, end):
            return None  # 某地政协青年联会: the society of the conference's members or youth, named after it
        if head.head == LEGISLATIVE_COUNCIL and text.startswith(COUNCIL_MEMBER, end) \
                and self._regions_ending_at(text, start, tokens) is None:
            return None  # 某某某立法会议员: a member named before the council's office (香港立法会议员 is the council's)
        zone = self._zone_before(text, start) \
            if head.cls in ("GovernmentBody", "Association") or head.head == ZONE_COMMITTEE else None
        if zone is not None:
            return zone, text[zone:end], None  # 某市经开区统战部, 某市高新区工商联, 某县经开区管委会: the zone's own body
        if head.attach == "department":
            department = self._department(text, tokens, start, end)
            if department is not None and COUNTED_BEFORE.search(text, 0, department[0]):
                return None  # 8个市直局: so many departments, not one
            return department
        if head.head == ONLINE and not MEDIA_AFTER.match(text, end):
            return None  # 浙江在线服务平台, 网上在线申请: online is how something is done, not a medium's name
        if head.attach == "brand":
            return self._brand(text, tokens, start, end)
        if head.head in HALL_HEADS:  # 、甲|善堂董事会: a charity hall's name is the few characters its clause opens with
            begin = start
            while begin > 0 and start - begin < MAX_HALL_NAME and text[begin - 1] not in PUNCTUATION:
                begin -= 1
            if start - begin >= 1 and (begin == 0 or text[begin - 1] in PUNCTUATION):
                return begin, text[begin:end], None
        if GRADE_BEFORE.search(text, 0, start) or INSIDE_AND_OUT.search(text, 0, start) \
                or LEVELS_BEFORE.search(text, 0, start):
            return None  # 县级工商联, 市级商会: a kind of body at every such level, not one body; 市内外商会, 县内商会:
            # the bodies inside (and outside) the place
        if head.head in LEGAL_FORMS:
            inner = BRACKETED_WORD.search(text, 0, start)  # 某某酒厂（集团）有限责任公司: a note inside the legal name
            bracket = BRACKETED_PLACE.search(text, 0, start)
            if inner is None and bracket is not None and bracket.group(1) in self.region_names:
                inner = bracket  # 某某唱片（成都）有限公司: the city of the company's seat inside its legal name
            begin = self._legal_name_start(text, tokens, inner.start() if inner else start)
            if begin is None and inner is not None and inner is bracket:
                begin = self._descriptors_before(text, tokens, bracket.start(), head.cls, True)
            if begin is None:
                begin = self._listed_legal_name_start(text, tokens, inner.start() if inner else start, end)
            if begin is not None:
                return begin, text[begin:end], None
        if head.head in NO_VERB_HEADS and self._verb_before(text, tokens, start):
            return None
        if head.head == "基地" and any(text.endswith(word, 0, start) for word in self.lexicon.not_org_words):
            return None  # 种植基地, 养殖基地: a kind of place named after its trade
        begin = self._regions_ending_at(text, start, tokens)
        if begin is not None:
            begin = self._city_abroad_before(text, tokens, begin, head.cls)
        if begin is not None and head.head in NEEDS_OWN_NAME:
            last = next((at for at in range(begin + 2, start - 1) if text[at:start] in self.region_names), None)
            if last is not None and not self._holds(self._last_place(text, begin, last), text[last:start]):
                return begin, text[begin:end], None  # 某县|东城学校: a place elsewhere names the county's school
            return None  # 与某市学校结对: the schools of a place, not one school
        if begin is not None and head.cls == "Association":
            begin = self._country_and_hometown_before(text, tokens, begin)
            begin = self._country_part_before(text, tokens, begin)
            if COUNTRY_SIDE.search(text, max(0, begin - SIDE_LENGTH), begin):
                begin -= SIDE_LENGTH  # 美东某地总商会: the society of a place's people on a side of a country abroad
            if begin >= 2 and text[begin - 2] == SOJOURN and text[begin - 1] in SOJOURN_PLACES \
                    and not text.endswith(EVERY, 0, begin - 2):  # (各旅台某某同乡会: every such society)
                begin -= 2  # 旅澳某县同乡会: the society of a place's people living in a country, by its short name
            if text.endswith(WORLDWIDE, 0, begin):
                begin -= len(WORLDWIDE)  # 世界某某联谊总会: the society of a place's people the world over
        if begin is not None:
            if begin > 0 and _level_at(text, begin - 1) \
                    and text[start - 1] not in LEVEL_CHARS:  # 某某县|某某市公所: 县 ends a place the gazetteer lacks
                if self._own_place_then_within(text, begin):
                    return begin, text[begin:end], None  # 我市某区某小学: the district's school, in the text's city
                return begin - 1, text[begin - 1:end], text[begin - 1]  # 市浙江商会: the city's chamber of 浙江 firms
            return self._with_cpc(text, begin), text[begin:end], None
        term = TERM_BEFORE.search(text, 0, start) if head.head == STANDING_CONGRESS else None
        if term is not None:  # 县九届人大常委会: the county's standing committee, its term number aside
            return term.start(), term.group(1) + text[start:end], term.group(1)
        if text.endswith(AUTONOMOUS_REGION, 0, start):  # 自治区党委统战部: the report's autonomous region
            return start - len(AUTONOMOUS_REGION), text[start - len(AUTONOMOUS_REGION):end], AUTONOMOUS_REGION
        # 台南市直辖市商业会, 某某开发区管委会: 市 or 区 ends a word, it is no level standing for the report's
        # city; the name is grown over its words below
        if start > 0 and text[start - 1] in LEVEL_CHARS and _ends_a_word(tokens, start) \
                and all(char in GENERIC_BEFORE_LEVEL for char in self._word_ending_at(tokens, start)):
            return None  # 省市县统战部: bodies at every level, not one
        full = self._short_region_with_level(text, tokens, start - 1) if start > 2 else None
        if full is not None:  # 新疆区党委: the autonomous region's committee
            return self._with_cpc(text, self._regions_ending_at(text, start - 1, tokens)), full + text[start:end], None
        if start > 2 and text[start - 1] in LEVEL_CHARS and text[start - 2] == "、" and text[start - 3] in LEVEL_CHARS:
            return None  # 区、市、县政协: the bodies at every level listed, not one
        if start > 0 and text[start - 1] in LEVEL_CHARS and (not _ends_a_word(tokens, start)
                                                             or _counted_before(text, start - 1)
                                                             or self._joined_level(text, tokens, start)):
            repeated = self._level_repeated(text, tokens, start - 1)
            if repeated is not None:
                return repeated, text[repeated:end], None  # 容县县委: the county's name, then its level again
            if start > 1 and text[start - 2] in GENERIC_BEFORE_LEVEL:
                return None
            return start - 1, text[start - 1:end], text[start - 1]
        town = self._township_ending_at(text, start, villages=head.cls == "Association")
        if town is None and whole_word and text[start] in TOWN_LEVELS and head.cls == "GovernmentBody":
            town = self._township_ending_at(text, start + 1)  # 某某|镇政府: jieba took the town's level into the head
        if town is not None and head.cls in ("Association", "GovernmentBody"):
            return town, text[town:end], None  # 某某街道侨联, 某某镇人民政府: a township's own body
        if head.attach == "level":
            return None
        zone = self._bracketed_zone_before(text, tokens, start) if head.cls == "GovernmentBody" else None
        if zone is not None:
            return zone, text[zone:end], None  # 某某开发区（某某商务区）统战群团部: the zone's body
        # 灵隐寺, not 该寺 or 古寺: a temple's own name has two characters or more before its head
        worship_named = head.head in WORSHIP_HEADS and head_start - start >= 2
        if head.head in WORSHIP_HEADS:  # 大|愿|寺: a temple's name jieba spelt out before its head
            spelt = _spelt_brand_start(text, tokens, start)
            if spelt is not None:
                region = self._regions_ending_at(text, spelt, tokens)  # 某县|大|愿|寺: the county's temple
                begin = spelt if region is None else region
                return begin, text[begin:end], None
        begin = self._descriptors_before(text, tokens, start, head.cls,
                                         head.head in LEGAL_FORMS or head.head == GROUP_OFFICE)
        if head.head in LEGAL_FORMS:  # 某|某纸业有限公司: a brand jieba spelt out, before the trade
            spelt = _spelt_brand_start(text, tokens, start if begin is None else begin)
            begin = begin if spelt is None else spelt
        if town is not None and (begin is None or begin >= town) and head.cls == "Organization" \
                and head.attach == "named":
            county = self._regions_ending_at(text, town, tokens)  # (某县)某某乡|中心小学, 某某镇|卫生院: the township's
            begin = town if county is None else county  # own school or clinic, with its county when written before
            return begin, text[begin:end], None
        officers_unit = False
        if (begin is None or begin == start) and head.cls == "Organization":
            unit = OFFICERS_UNIT.search(text, max(0, start - MAX_UNIT_NAME - MAX_OFFICE_UNIT), start)
            if unit is not None:
                begin, officers_unit = unit.end(), True  # 某商会会长单位|好|日子|集团: the unit's name, whatever its words
        if (begin is None or begin == start) and (head.cls == "Association" or head.head.startswith(AIMED_HEADS)) \
                and head.attach == "named" \
                and text.endswith(AIM, 0, start) \
                and any(t.start == start - len(AIM) and t.end == start for t in tokens):
            aim = self._descriptors_before(text, tokens, start - len(AIM), head.cls)  # 某某关系发展促进会: its aim
            begin = aim if aim is not None and aim < start - len(AIM) else begin
        bracket = PLACE_IN_NAME.search(text, 0, begin) if begin is not None and head.attach == "named" else None
        if bracket is not None and bracket.group(1) in self.region_names:
            before = self._descriptors_before(text, tokens, bracket.start(), head.cls)
            begin = before if before is not None and before < bracket.start() else bracket.start()
            # 海峡两岸（某省）某某合作促进会: a place in brackets inside a society's name, and the words before it
        if begin is not None and begin < start:
            begin = self._township_cut_at(text, begin, start)
            begin = _after_persons_verb(tokens, begin, start)
            behalf = text.find(ON_BEHALF, begin, start)
            acts_for_head = behalf + len(ON_BEHALF) == start and any(t.start == behalf and t.word == ON_BEHALF
                                                                    for t in tokens)  # (not 党代表工作室)
            if behalf >= 0 and (text[behalf + len(ON_BEHALF)] in LEVEL_CHARS or acts_for_head or any(
                    t.start == behalf + len(ON_BEHALF) and t.word in self.region_names for t in tokens)):
                begin = behalf + len(ON_BEHALF)  # (某某)代表某市侨商会捐资, 代表区慈善总会签约, 他代表商会致辞: on the
                # body's behalf
                if text[begin] in LEVEL_CHARS:  # (not 某某代表人士联谊会)
                    return begin, text[begin:end], text[begin]  # the report's district's own body
            if head.cls == "Association" and text.startswith(NEW_CLASSES[2:], begin) \
                    and text.endswith(NEW_CLASSES[:2], 0, begin):
                begin -= 2  # 某区新的社会阶层人士联谊会: the genre's term holds a 的
        if begin is not None and begin < start:
            if EXAMPLES_CLOSED.search(text, self._clause_begin(text, begin), begin):
                return None  # 研究基地等交流基地: a category after an example (not 某某会长等一行来到某某学校…)
            if COUNTED_BEFORE.search(text, 0, begin):
                return None  # 23所华文学校: so many of a kind, not one body
            if head.cls == "Association" and any(word in text[begin:start] for word in OCCASIONS):
                return None  # 某市统一战线迎新春联谊会: a gathering for an occasion, not an association
            if head.cls == "Organization" and text.endswith(WHOLE_SCOPES, 0, begin):
                return None  # 全国爱国主义教育示范基地: a title every such place may earn, not one place
            if GRADE_IN_NAME.search(text, max(0, begin - 1), start):
                return None  # 省级示范性实践创新基地: a kind of body at a grade
            if begin > 0 and text[begin - 1] == "的" and head.cls == "Organization" and not self._town_at(tokens, begin) \
                    and not any(hit.start == begin for hit in self._places_by_pattern(text)) \
                    and head.head not in LEGAL_FORMS:  # 从事某业的某某有限公司: a legal name is a name after 的 too
                return None  # 深度合作的…实践创新基地: a description, not a name (捐建的龙田镇敬老院 is one)
            region_begin = self._regions_ending_at(text, begin, tokens)
            if region_begin is not None:
                return region_begin, text[region_begin:end], None
            village = self._village_at(text, begin, start) if head.cls == "Association" else None
            if village is not None:  # 某某村|乡贤|联谊会: the village's own society, what it gathers named between
                return village, text[village:end], None
            if begin > 0 and _level_at(text, begin - 1) \
                    and not _ends_a_word(tokens, begin):  # 社区|和牧区学校: 区 ends a word, it is no level
                return begin - 1, text[begin - 1:end], text[begin - 1]
            name = text[begin:end]
            if _strip_generic(name) in self.lexicon.generic_names or self._generic_with_one_more(name) \
                    or text[begin:start] in self.lexicon.generic_names:
                return None  # 民营企业有限公司: a kind of body before the head names none
            if COUNTED_BEFORE.search(text, 0, begin):
                return None  # 23所华文学校: so many of a kind, not one body
            if head.cls in ("Organization", "Association") and COUNT_AFTER.match(text, end):
                return None  # 建起爱心基金30个, 表彰五星商会3个、: so many of a kind, counted after it
            if head.cls == "Organization" and PEOPLE_COUNTED_BEFORE.search(text, 0, begin):
                return None  # 资助120多名|困难学子圆梦大学: the words after a count of people are the people
            if GRADE_IN_NAME.search(text, max(0, begin - 1), start):
                return None  # 省级示范性实践创新基地: a kind of body at a grade
            if head.cls == "Organization" and sum(t.tag.startswith("v") and t.tag != "vn"
                                                   for t in tokens if begin <= t.start < start) >= 2:
                return None  # 运用贤资做大做强乡贤基地: a clause about a place, not its name
            place_first = head.cls == "Organization" and self._place_opens(text, tokens, begin, start)
            if head.head in PLACE_HEADS and not place_first \
                    and not any(begin <= t.start < start and t.tag in PROPER_TAGS for t in tokens):
                return None  # 民族团结公园: a park's or a centre's name holds a place or a proper name
            if head.cls == "Organization" and not place_first and not officers_unit \
                    and not has_proper_word(text, tokens, begin, start, self.lexicon.surnames) \
                    and not (head.head in LEGAL_FORMS and _spelt_run(text, tokens, begin, start)) \
                    and not _brand_before_trade(text, tokens, begin, start, head.head, self.lexicon.generic_names):
                if whole_word and (_proper_token(tokens, start, end) or worship_named):
                    return start, text[start:end], None  # 游览|灵隐寺: the word alone is the name
                return None  # 奶牛养殖基地: common words describe a kind of place, they do not name one
            if head.cls == "Association":
                opening = self._country_and_hometown_before(text, tokens, begin)
                if opening < begin:
                    return opening, text[opening:end], None
            return begin, name, None
        if whole_word and _strip_generic(text[start:end]) not in self.lexicon.generic_names \
                and (head.cls != "Organization" or worship_named or _proper_token(tokens, start, end)
                     or _proper_word(text[start:head_start])):  # 某某(a person)纪念馆: one word, a name and its head
            return start, text[start:end], None  # 灵隐寺: one word that ends with its head (教育基地 is a kind)
        if head.attach == "optional" and head.local_form:
            return start, head.local_form, OWN_LOCALITY
        return None

    def _society_named_after(self, text: str, tokens: list[Token], match: re.Match, begin: int) -> bool:
        """Whether an organisation's name (某寺, 某大学) only opens the name of a society it has, whose head follows
        right after it and whose name takes it whole (某寺慈善会, 某大学侨联)."""
        if self.heads[match.group(0)].cls != "Organization":
            return False
        following = self.head_pattern.match(text, match.end())
        if following is None or self.heads[following.group(0)].cls != "Association" \
                or text.startswith(MEMBER, following.end()):
            return False  # 某公司联合会员单位: the company joins (联合) its member units, no federation
        society = self._grow(text, tokens, following.start(), following.end()) \
            or self._institutions_federation(text, tokens, following)
        return society is not None and society[0] <= begin

    def _institutions_federation(self, text: str, tokens: list[Token], match: re.Match) -> tuple[int, str, None] | None:
        """A university's federation named after it (某大学侨联, 某学院台联), whose head otherwise needs a place's
        level before it: the name runs from the university's."""
        head = self.heads[match.group(0)]
        if head.cls != "Association" or head.attach != "level":
            return None
        head_start = next((match.start() - len(word) for word in INSTITUTION_HEADS
                           if text.endswith(word, 0, match.start())), None)
        grown = self._grow(text, tokens, head_start, match.start()) if head_start is not None else None
        return (grown[0], text[grown[0]:match.end()], None) if grown else None

    def _school_named_short(self, text: str, tokens: list[Token], start: int, end: int) -> tuple[int, str, None] | None:
        """A school named by two characters jieba hardly knows right before its head, whatever it tagged them
        (为|悦心|学校, 在|馨|雅|小学): a school's own name, which common words (农村小学, 结对学校) never are."""
        if text[start:end] not in SCHOOL_HEADS or start < SCHOOL_STEM or text[end:end + 1] in ("生", "童"):
            return None
        begin = start - SCHOOL_STEM
        stem = text[begin:start]
        starts = {t.start for t in tokens}
        if start not in starts or begin not in starts:
            return None  # 各所中|小学: the head inside a longer word (中小学), or the stem across words
        if not all(_CJK_CHAR.match(char) for char in stem) or function_char(stem[0]) or stem[1] in PARTICLES \
                or stem[0] in NOT_SCHOOL_OPENERS or stem[1] in SCHOOL_COUNTERS \
                or begin > 0 and _CJK_CHAR.match(text[begin - 1]) and not function_char(text[begin - 1]) \
                and not any(t.end == begin and t.tag.startswith("v") and len(t.word) > 1 for t in tokens):
            return None  # 某县|东城学校 and 甲乙丙|学校 are read otherwise; after a preposition or a verb the name opens
        if begin > 0 and text[begin - 1] == "的" or KINDS_COUNTED_AFTER.match(text, end):
            return None  # 最偏远的苗寨小学: a description; 捐建某某小学和卫生室21所: a kind of school, counted
        if self._jieba[0].get(stem, 0) >= RARE_SCHOOL_STEM or stem in self.lexicon.generic_names \
                or any(t.start == begin and t.end == start and t.tag.startswith(("v", "m", "r", "q")) for t in tokens):
            return None  # 民族中学, 结对学校, 一所小学: a kind of school, a deed, a count
        return begin, text[begin:end], None

    def _city_abroad_before(self, text: str, tokens: list[Token], begin: int, cls: str = "") -> int:
        """加拿大温哥华|某某同乡会: a city abroad (a place word jieba knows, after a country) before a region;
        before an association's region the city alone opens the name (多伦多|某某同乡会)."""
        city = next((t for t in tokens if t.end == begin and t.tag in ("ns", "nr", "nrt") and 2 <= len(t.word) <= 4), None)
        if city is None:
            return self._spelt_city_abroad_before(text, tokens, begin)
        if city.word in self.region_names or city.word in self.lexicon.descriptor_stops:
            return begin
        country = self._regions_ending_at(text, city.start, tokens)
        if country is None and cls == "Association" and self._foreign_city(city.word):
            return city.start
        return country if country is not None else begin

    def _spelt_city_abroad_before(self, text: str, tokens: list[Token], begin: int) -> int:
        """马来西亚|某|某某|广西会馆: a city abroad jieba does not know, which it spells out in pieces (a
        transliteration), between a country and the region an association is named after: the name opens with the
        country. The pieces are no verbs, function words or figures (赴马来西亚|访|某某会馆 is a visit)."""
        ending_at = {token.end: token for token in tokens}
        at = begin
        while begin - at < MAX_SPELT_CITY and (token := ending_at.get(at)) is not None \
                and all(_CJK_CHAR.match(char) for char in token.word) and token.tag not in SPELT_CITY_STOPS:
            at = token.start
            country = self._regions_ending_at(text, at, tokens) if begin - at >= 2 else None
            if country is not None and self._abroad(text[country:at]):
                return country
        return begin

    def _foreign_city(self, word: str) -> bool:
        """A city abroad as jieba spells it: a place or a transliteration in its dictionary (多伦多/nrt, 悉尼/ns;
        a name it guesses is a person's), without a place's level at its end (某某镇, 某某区 are places at home)."""
        frequencies, _ = self._jieba
        return frequencies.get(word, 0) > 0 and not word.endswith(tuple(LEVEL_CHARS + TOWN_LEVELS + "村"))

    def _country_and_hometown_before(self, text: str, tokens: list[Token], begin: int) -> int:
        """某国（某市）某某同乡总会: a country, the hometown in brackets, then the association's own name."""
        bracket = BRACKETED_PLACE.search(text, max(0, begin - 8), begin)
        if bracket is None or bracket.group(1) not in self.region_names:
            return begin
        opening = begin - len(bracket.group(0))
        country = self._regions_ending_at(text, opening, tokens)
        return country if country is not None and self._abroad(text[country:opening]) else begin

    def _country_part_before(self, text: str, tokens: list[Token], begin: int) -> int:
        """某国北部某某同乡会: a country and the part of it where a society of a hometown's people lives, then the
        hometown its name goes on with."""
        part = PART_OF_COUNTRY.search(text, max(0, begin - MAX_PART_OF_COUNTRY), begin)
        if part is None:
            return begin
        country = self._regions_ending_at(text, part.start(), tokens)
        return country if country is not None and self._abroad(text[country:part.start()]) else begin

    def _abroad(self, name: str) -> bool:
        """Whether a place name is a country's or a place's outside China."""
        places = self.gazetteer.lookup(name)
        return bool(places) and all(not p.code.isdigit() for p in places)

    def _zone_before(self, text: str, position: int) -> int | None:
        """Start of a development zone's name that ends right at position and opens with a region (某市经济开发区,
        某市经开区, 某市高新区), or None."""
        zone = NAMED_ZONE.search(text, 0, position)
        if zone is None:
            return None
        return next((begin for begin in range(zone.start(), zone.start("kind") - 1)
                     if text[begin:zone.start("kind")] in self.region_names), None)

    def _bracketed_zone_before(self, text: str, tokens: list[Token], position: int) -> int | None:
        """Start of a zone's name with its other name in brackets (某某经济技术开发区（某某商务区）) that ends
        right at position, when the zone's name opens with a region, or None."""
        bracket = BRACKETED_ZONE.search(text, max(0, position - MAX_ZONE_NOTE), position)
        if bracket is None or not ZONE_BODY.search(text, 0, bracket.start()):
            return None
        begin = self._descriptors_before(text, tokens, bracket.start(), "GovernmentBody")
        region = self._regions_ending_at(text, begin, tokens) if begin is not None else None
        if region is None and begin is not None and self._region_starting_at(text, begin):
            region = begin
        return region

    def _short_region_with_level(self, text: str, tokens: list[Token], level: int) -> str | None:
        """The full name of a province-level place written by its short name and its level's last character
        (新疆|区党委, 广西|区政府: an autonomous region), or None."""
        if text[level] != AUTONOMOUS_REGION[-1]:
            return None
        begin = self._regions_ending_at(text, level, tokens)
        if begin is None or text[level - 1] == text[level]:
            return None  # 容县|县委: the level written twice, read elsewhere
        places = [p for p in self.gazetteer.lookup(text[begin:level]) if p.name.endswith(AUTONOMOUS_REGION)]
        return places[0].name if len(places) == 1 else None

    def _level_repeated(self, text: str, tokens: list[Token], level: int) -> int | None:
        """Start of a region whose name ends with the level character at `level` and stands right before it
        (容县|县委, 某某市|市政府): the level is written again after the place's name."""
        begin = self._regions_ending_at(text, level, tokens)
        if begin is None and level > 1:
            begin = next((b for b in range(max(0, level - MAX_REGION), level - 1)
                          if text[b:level] in self.region_names and text[level - 1] == text[level]), None)
        return begin if begin is not None and text[level - 1] == text[level] else None

    def _township_ending_at(self, text: str, position: int, villages: bool = False) -> int | None:
        """Start of a township or street named by pattern (某某镇, 某某街道) that ends right at position; or of a
        village or community, for an association (某某村侨联小组, 某某社区商会): its own body."""
        if not text.endswith(("镇", "乡", "街道", *(("村", "社区") if villages else ())), 0, position):
            return None
        hit = next((hit for hit in self._places_by_pattern(text)  # 某某镇|人民政府: what follows confirms it
                    if hit.end == position and (villages or hit.level != "village")), None)
        return hit.start if hit is not None else None

    def _village_at(self, text: str, begin: int, head_start: int) -> int | None:
        """Start of a village or community named by pattern that ends where a name's words begin, or inside them
        when jieba cut the village's suffix off its name (某某|村乡贤|联谊会), before the head."""
        hit = next((hit for hit in self._places_by_pattern(text)
                    if hit.level == "village" and hit.start < begin <= hit.end <= head_start), None)
        return hit.start if hit is not None else None

    def _joined_level(self, text: str, tokens: list[Token], start: int) -> bool:
        """县政府和|县侨联, 会议通过了章程和|市新联会…: jieba read a conjunction or a preposition and the level
        after it as one word (和县, a county's name too; 和市); after a word, the level alone stands before the head.
        A word no place is named (经县|统战部协调: 'through the county's') is the two after a comma too."""
        word = next((token.word for token in tokens if token.end == start and token.start == start - 2), "")
        return function_stem(word) and (_cjk_before(text, start - 2) or word not in self.region_names)

    def _township_cut_at(self, text: str, begin: int, head_start: int) -> int:
        """Where a name whose words start at begin really starts: at a township's first character when jieba cut
        that character off the township as a word of its own (某县|后|坪镇|中心小学: 后 read as 'after')."""
        if not 0 < begin < head_start or text[begin - 1] in PUNCTUATION:
            return begin
        hit = next((hit for hit in self._places_by_pattern(text)
                    if hit.level == "township" and hit.start == begin - 1 and begin < hit.end <= head_start), None)
        return hit.start if hit is not None else begin

    def _places_by_pattern(self, text: str) -> list[RegionHit]:
        """The townships and villages the gazetteer lacks that a sentence names by pattern (某某镇, 某某村), read once
        for the sentence, which each of its candidate names asks about."""
        if self._places_by_pattern_of[0] != text:
            self._places_by_pattern_of = (text, [hit for hit in find_regions(text, self.gazetteer, None)
                                                 if hit.place is None])
        return self._places_by_pattern_of[1]

    def _legal_name_start(self, text: str, tokens: list[Token], position: int) -> int | None:
        """Start of a company's legal name that opens with its region (天津瑞和信息技术有限公司): the
        region is the boundary, whatever words (和, 之, 发展) stand between it and the legal form."""
        starts = {token.start for token in tokens}
        words = {token.start: token.word for token in tokens}
        tags = {token.start: token.tag for token in tokens}
        word_place = None  # 某省某某|兴业|商贸公司: a county's name jieba reads as a word; a place further back opens it
        for begin in range(position - 2, max(position - MAX_LEGAL_NAME, 0) - 1, -1):
            if text[begin] in PUNCTUATION or words.get(begin) in self.lexicon.descriptor_stops - COMPANY_NAME_WORDS \
                    or words.get(begin) == POSSESSIVE:  # 某区的|某某公司: the place it is in, no part of it
                return word_place
            end = self._region_starting_at(text, begin)
            if begin in starts and end is not None and end in starts and end < position:
                earlier = self._regions_ending_at(text, begin, tokens)
                if earlier is None and tags.get(begin) != "ns" and words.get(begin) == text[begin:end]:
                    if word_place is None:
                        word_place = begin
                    continue
                if text.startswith(PLACE_FIRM, end) and position - end - len(PLACE_FIRM) >= MIN_FIRM_STEM \
                        and not text.startswith(FIRM_TRADES, end + len(PLACE_FIRM)):
                    return end + len(PLACE_FIRM)  # 某省企业|某某科技有限公司: a firm of that place, then its name
                return begin if earlier is None else earlier
        return word_place

    def _listed_legal_name_start(self, text: str, tokens: list[Token], position: int, end: int) -> int | None:
        """Start of a company's legal name that is an item of a list of bodies (某商会、某某有限公司等…):
        the list's marks bound it, though no region opens it; not where a verb or a word that ends a name's
        descriptors stands inside (…，投资成立某某有限公司)."""
        begin = self._clause_begin(text, position)
        if not MIN_LISTED_LEGAL_NAME <= position - begin <= MAX_LEGAL_NAME or begin > 0 and text[begin - 1] not in ITEM_OPENERS \
                or not (text[begin - 1: begin] == LIST_MARK or text.startswith(LIST_MARK, end)):
            return None  # 某某(某省)|某某有限公司: a bracket inside the name is no item's start
        if any(verb in text[begin:position] for verb in officialese_verbs()) \
                or any(t.word in self.lexicon.descriptor_stops - COMPANY_NAME_WORDS
                       for t in tokens if begin <= t.start and t.end <= position):
            return None
        return begin

    def _brand(self, text: str, tokens: list[Token], start: int, end: int):
        """飞鹤乳业, 某某化工: a company's short name is its brand, then its trade; a place before a trade
        is the trade of that place (宁夏乳业), a common word a kind of business."""
        if text.startswith(("有限", "股份", "集团", "公司"), end):
            return None  # 某某茶业有限公司: the trade is inside a legal name, read from its legal form
        brand = next((t for t in tokens if t.end == start), None)
        if brand is None or len(brand.word) < 2 or brand.word in self.region_names \
                or not (brand.tag in BRAND_TAGS or is_unknown_word(brand.word)):
            return None
        region = self._regions_ending_at(text, brand.start, tokens)
        begin = brand.start if region is None else region
        return begin, text[begin:end], None

    @staticmethod
    def _word_ending_at(tokens: list[Token], position: int) -> str:
        return next((t.word for t in tokens if t.end == position), "")

    @staticmethod
    def _town_at(tokens: list[Token], position: int) -> bool:
        """Whether a word naming a place by its level (某某镇, 某某村) starts at position."""
        return any(t.start == position and len(t.word) >= 3 and t.word.endswith(TOWN_ENDINGS) for t in tokens)

    def _verb_before(self, text: str, tokens: list[Token], position: int) -> bool:
        """Whether a verb stands among the descriptive words right before position."""
        begin = self._descriptors_before(text, tokens, position, "Organization")
        return begin is not None and any(begin <= t.start < position and t.tag.startswith("v") and t.tag != "vn"
                                         for t in tokens)

    def _generic_with_one_more(self, name: str) -> bool:
        """和商协会: one stray character before a generic kind (商协会) does not make a name."""
        return len(name) > 3 and name[1:] in self.lexicon.generic_names

    def _department(self, text: str, tokens: list[Token], start: int, end: int):
        """市教育局, 省民政厅: a government department needs its level or region before what it is for, which is
        short (某省外事侨务港澳事务办公室: six characters after the province)."""
        if text.endswith(NOT_A_BUREAU, 0, end):
            return None  # 顾全大局, 发展格局: a word that ends in 局, no bureau
        begin = self._descriptors_before(text, tokens, start, "GovernmentBody")
        if begin is None and start > 0 and _level_at(text, start - 1) and end - start >= MIN_DEPARTMENT_WORD:
            # 县|教育局: jieba reads a county's 县 as a rare word of its own, no descriptor; the level opens the name
            return start - 1, text[start - 1:end], text[start - 1]
        if begin is None and _level_at(text, start) and end - start > MIN_DEPARTMENT_WORD \
                and any(t.start == start and t.end == end for t in tokens) \
                and tokenizer().tokenizer.FREQ.get(text[start:start + 2], 0) < COMMON_LEVEL_WORD:
            # 县卫健局: jieba's one word for the level and the department (not 市场|监管局: 市场 is a word)
            return start, text[start:end], text[start]
        listed = LEVELLED_DEPARTMENTS_BEFORE.search(text, 0, start) if begin is None or begin == start else None
        if listed is not None and end - start >= MIN_DEPARTMENT_WORD and text[start:end] not in NOT_A_BUREAU:
            # 市民政局、水利局: a department listed after one its level opens is of that level too
            return start, text[start:end], listed.group("level")
        if begin is None:
            return None
        # 某部协调|省|林业局: the walk ran back past the level that opens the department; the level is its start
        begin = max((t.start for t in tokens if begin < t.start < start and t.word in LEVEL_CHARS
                     and not (t.start > 0 and text[t.start - 1] in GENERIC_BEFORE_LEVEL)), default=begin)
        region_end = self._region_starting_at(text, begin)  # 某省外事侨务港澳事务办公室: the walk took the region in
        if start - (region_end or begin) > MAX_DEPARTMENT:
            return None
        if any(begin <= t.start < start and t.tag.startswith("v") and t.tag != "vn" and t.word not in DEPARTMENT_VERBS
               for t in tokens):
            return None  # 同心聚力开新局: a verb before 局 makes a phrase, not a department (投资促进局 is one)
        if _level_at(text, begin):
            return begin, text[begin:end], text[begin]
        region = self._regions_ending_at(text, begin, tokens)
        if region is not None:
            return region, text[region:end], None
        if region_end:  # 四川省民政厅: the walk took the region in
            return begin, text[begin:end], None
        if begin > 0 and _level_at(text, begin - 1):
            return begin - 1, text[begin - 1:end], text[begin - 1]
        return None

    def _head_start_in_words(self, text: str, tokens: list[Token], start: int, end: int) -> int | None:
        """Where the name's head begins once jieba's words are respected, or None if the head is inside a word.

        The head must end where a word ends (统战部门 is not 统战部); when it starts
        inside a word that ends with it, the whole word is the head (灵隐寺), unless
        that word names something else (协商会 is a meeting, not a 商会).
        """
        for token in tokens:
            if token.start <= end - 1 < token.end and token.end != end \
                    and text[end:token.end] not in self.lexicon.person_cues:  # 大学|教授 in one word: 某某大学教授
                return None
            if token.start < start < token.end:
                if token.end != end and text[end:token.end] in self.lexicon.person_cues \
                        and text[token.start:start] in LEVEL_CHARS:
                    return start  # 县|委|书记 in jieba's one word 县委书记: the committee before a title
                if token.end != end or token.word in self.lexicon.not_org_words:
                    return None
                return token.start
        return start

    def _with_cpc(self, text: str, begin: int) -> int:
        return begin - len(CPC_PREFIX) if text[max(0, begin - len(CPC_PREFIX)):begin] == CPC_PREFIX else begin

    def _regions_ending_at(self, text: str, position: int, tokens: list[Token]) -> int | None:
        """Start of a run of region names (香港江西修水) ending exactly at position, if any.

        A region name must start where a jieba word starts: 召开州委 is 召开|州委, not 召|开州|委.
        """
        starts = self._region_starts(text, tokens)
        nouns_end = {t.end for t in tokens if t.tag.startswith("n")}
        words = {(t.start, t.end) for t in tokens if t.tag in WORD_NOT_PLACE_TAGS and t.start in nouns_end}
        begin = None
        cursor = position
        while True:
            found = None
            for size in range(min(MAX_REGION, cursor), 1, -1):
                candidate = text[cursor - size:cursor]
                if candidate in self.region_names and (cursor - size) in starts \
                        and candidate not in self.lexicon.descriptor_stops \
                        and (cursor - size, cursor) not in words \
                        and not (function_stem(candidate) and _cjk_before(text, cursor - size)):
                    # 会同 is a verb before it is a county; 农业交流合作|促进会, 乡村振兴|智库: a verb after a noun;
                    # 县政府和|县侨联: a conjunction and a level, not 和县
                    found = cursor - size
                    break
            if found is None:
                return begin
            begin = cursor = found

    def _region_starts(self, text: str, tokens: list[Token]) -> set[int]:
        """Where a region's name may start: where a jieba word starts, and inside a word jieba made of a chain of
        places or of the party's prefix and a committee (云南省|楚雄彝族自治州, 中共|四川省委): after the prefix and
        after each place the word opens with. Kept for the sentence's tokens, which every name of it asks about."""
        if self._starts_of[0] is tokens and self._starts_of[1] is text:
            return self._starts_of[2]
        starts = {token.start for token in tokens}
        for token in tokens:
            cursor = token.start + (len(CPC_PREFIX) if token.word.startswith(CPC_PREFIX) else 0)
            starts.add(cursor)
            while cursor < token.end and (region_end := self._region_starting_at(text, cursor)) is not None \
                    and region_end <= token.end:
                starts.add(region_end)
                cursor = region_end
        self._starts_of = (tokens, text, starts)
        return starts

    def _autonomous_region(self, name: str) -> bool:
        """Whether a name is the short name of a province-level autonomous region (its committees write 某某区委)."""
        return any(place.level == "province" and place.name.endswith(AUTONOMOUS_REGION) and name in place.short_names
                   for place in self.gazetteer.lookup(name))

    def _place_opens(self, text: str, tokens: list[Token], begin: int, end: int) -> bool:
        """Whether the words before a head open with a place's name, more words after it (织金|中等职业学校,
        某某镇|中心学校): the place makes the common words a name, however jieba tagged it (织金/n)."""
        region_end = self._region_starting_at(text, begin)
        if region_end is not None and region_end < end and begin in self._region_starts(text, tokens):
            return True
        return any(self._township_ending_at(text, position) == begin for position in range(begin + 2, end))

    def _region_starting_at(self, text: str, position: int, longest: int = MAX_REGION) -> int | None:
        """The end of the longest place name (of two characters up to `longest`) that starts at position, or None."""
        for size in range(min(longest, len(text) - position), 1, -1):
            if text[position:position + size] in self.region_names:
                return position + size
        return None

    def _descriptors_before(self, text: str, tokens: list[Token], position: int, cls: str,
                            legal_name: bool = False) -> int | None:
        """Start of the descriptive words right before position (民族 in 市民族商会), or None.

        A company's legal name holds words that elsewhere end a name (某某农业发展有限公司)."""
        stops = self.lexicon.descriptor_stops - COMPANY_NAME_WORDS if legal_name else self.lexicon.descriptor_stops
        if cls == "GovernmentBody":
            stops = stops - frozenset(DEPARTMENT_VERBS)  # 某市投资促进局: a department's name holds its verb
        if cls == "Association":  # 某市青年企业家协会: 青年 is a noun of the association's name
            tokens = [Token(t.word, "n", t.start, t.end) if t.word in NOUNS_IN_NAMES else t for t in tokens]
        begin = name_start(text, tokens, position, stops, MAX_LEGAL_NAME if legal_name else MAX_DESCRIPTOR,
                           lambda word: word in self.region_names, self.lexicon.surnames,
                           brand_start=cls == "Organization")
        if begin is None:
            return None
        verb_ends = [at + len(verb) for verb in officialese_verbs() if (at := text.rfind(verb, begin, position)) >= 0]
        if verb_ends:  # 选优配强|商会班子, 培树|商会: jieba spelt out the verb before the body's head, no name
            begin = max(verb_ends)
            if begin >= position:
                return None
        if begin < position and _counted_before(text, begin + 1):
            begin += 1  # 15名|市工商联执委, 6名|工商联干部: jieba glued the measure word of a count to the name
        begin = _after_amount_unit(text, begin, position)
        if begin + 1 < position and function_char(text[begin]) and any(
                t.start == begin and t.end == begin + 1 for t in tokens) and self._region_starting_at(text, begin + 1):
            begin += 1  # 经|广西|某某促进会牵线: a preposition jieba tagged a noun, alone before the place a name opens with
        while begin < position and text[begin] in LEVEL_CHARS and begin + 1 < position:
            begin += 1  # a level character before the descriptors is the scope, read by the caller
        if cls == "Association" and 0 < begin < position and text[begin] in SOJOURN_PLACES:
            begin = _countries_before(text, begin)
        if cls in ("Organization", "Association"):
            given = [at + len(verb) for verb in GIVING_TO
                     if (at := text.rfind(verb, begin, position)) >= 0 and at + len(verb) < position]
            begin = max(given, default=begin)  # 某项目捐助|某村学校: the body given to starts past the verb
        begin = max(begin, text.rfind(JOINT, begin + 1, position) + 1)  # 某某活动暨|某某总会: 暨 joins another name
        # (暨南大学 opens on it)
        joined = [at + 1 for at in range(begin + 2, position - 1)
                  if text[at] in LIST_JOINER_CHARS and text.endswith(self.item_ends, begin, at)]
        return joined[-1] if joined else begin  # 某某项目和|某某基金会: jieba read the joiner into a name (和某某)

    @staticmethod
    def _clause_begin(text: str, position: int) -> int:
        begin = position
        while begin > 0 and text[begin - 1] not in PUNCTUATION:
            begin -= 1
        return begin

    def _example_start(self, text: str, end: int) -> int | None:
        """Start of an enterprise name ending at `end`: back to the clause's punctuation, at most 10 characters."""
        begin = max(self._clause_begin(text, end), end - MAX_EXAMPLE)
        return begin if end - begin >= 2 else None


STUDIES = ("生物", "生态", "生活", "生产", "生命", "生涯")  # what a school's 生 opens besides its pupils
# 共青团某省委, 共青团某区委: the league's committee named with its place
YOUTH_LEAGUE_PLACED = re.compile(r"共青团(?P<place>[\u4e00-\u9fff]{2,8}?)(?P<level>[省市县区州旗])?委(?!员)")
# 团县委, 团市委: the league's committee of the report's place (not 集团|市委, 社团|县委: a word that ends in 团)
YOUTH_LEAGUE_LEVEL = re.compile(r"(?<![集社剧乐兵军师商])团(?P<level>[省市县区州])委(?!员)")
# 某某分会 right after an association: its branch there (not 召开分会场, 在各地设立分会: a verb or a function word between)
SOCIETY_BRANCH_AFTER = re.compile(r"[^\W\d_在设立召开和与及的等向对为把将各组建成属]{2,6}?分会(?!场)")
WORLDWIDE = "世界"
BRANCH_UNITS = ("总支", "支部", "支社", "基层委")  # a party's units that carry no place of their own after it
SHORT_FEDERATION = "联会"  # Hong Kong's and Macau's federations: 某某潮人联会, 某某同乡联会
ONE_CHAR_BEFORE = LEVEL_CHARS + "镇乡各"  # 各镇|乡联会: one character of a name after a level is a kind
SOCIETY_BRANCH = re.compile(r"支社")
SOCIETY_PARTY = "九三学社"
# a branch named by its office-holder's title, 主委, which only the democratic parties' units have (某某总支副主委)
CHAIRED_BRANCH = re.compile(r"(?:总支部|总支|支部|基层委员会|基层委)(?=副?主委|副?主任委员)")
CHAIRED = "chaired"  # the scope of such a branch until the report's party is known (report.py)
WORKPLACES = ("医院", "学院", "大学", "中学", "小学", "学校", "研究所", "研究院")  # where a party's members work
INSTITUTION_BRANCH = re.compile(PARTY_UNIT)  # 某医院支部 (not 某医院支部书记: the CPC's)


NOT_A_BUREAU = ("大局", "格局", "布局", "结局", "开局", "僵局", "残局", "骗局")  # words that end in 局, no bureau
GIVING_TO = ("捐助", "资助", "援建", "捐建", "捐赠")  # giving to a body named right after: no part of its name (某项目捐助某村学校)
LIST_JOINER_CHARS = "和与及"  # joining the items of a list (某某项目和某某基金会)
PROGRAMME_ENDS = ("项目", "工程", "计划", "行动")  # what ends a programme's name, an item before a joiner
CHINA = "中"  # China by one character, first of a pair (中美, 中英) or a run of countries
BEFORE_CHINA = "与和及、在由向为"  # words that end on no 中 of their own (与|中美…, not 活动中)


def _countries_before(text: str, begin: int) -> int:
    """Where a run of countries named by one character each ends a name's opening, back from `begin`, a country's
    character: 越柬寮侨胞…会 (jieba reads 越 as an adverb), 中美友好协会, 中英商会 (中 read as "in"), and 世界 before
    them. China's 中 only where no word ends on it (活动中|英商会 is the British chamber)."""
    start = begin
    while start > 0 and text[start - 1] in SOJOURN_PLACES:
        start -= 1
    if start > 0 and text[start - 1] == CHINA and (start == 1 or text[start - 2] in PUNCTUATION
                                                        or text[start - 2] in BEFORE_CHINA):
        start -= 1
    if start < begin and text.endswith(WORLDWIDE, 0, start):
        start -= len(WORLDWIDE)  # 世界某某…: the world over
    return start


def _brand_before_trade(text: str, tokens: list[Token], begin: int, start: int, head: str,
                        generic_names: frozenset[str]) -> bool:
    """某某企业集团, 某某实业公司: a company's form of business right before its head makes the one word before it its
    brand, however common the word (青松|企业|集团 as a company), unless the two make a kind (民营企业, 龙头企业)."""
    form = next((word for word in BUSINESS_FORMS if text.endswith(word, 0, start)), None)
    if head not in COMPANY_HEADS or form is None or text[begin:start] in generic_names:
        return False
    brand = [t for t in tokens if t.start == begin and t.end == start - len(form)]
    freq = tokenizer().tokenizer.FREQ
    return bool(brand) and len(brand[0].word) >= 2 and brand[0].tag in ("n", "nz", "nr", "ns") \
        and freq.get(brand[0].word, 0) < COMMON_BRAND_WORD \
        and not freq.get(brand[0].word + form)  # 龙头企业, 知名企业: jieba's words for kinds


COMPANY_HEADS = ("集团", "公司", "集团公司")
BUSINESS_FORMS = ("企业", "实业", "控股", "置业")  # 某某企业集团, 某某实业公司: how a company does business, before its head
COMMON_BRAND_WORD = 2000  # jieba's count of a word still read as a brand (红星 144), not a kind's word (重点 12694)


def _repeated_item(text: str, position: int, head: str) -> re.Match | None:
    """The next item of a list at position that repeats a head (、乙侨联; 和丙侨联): the joiner, its name and the head."""
    return _repeated_pattern(head).match(text, position)


@cache
def _repeated_pattern(head: str) -> re.Pattern:
    return re.compile(rf"(、|和|及)([\u4e00-\u9fff]{{2,3}}?){re.escape(head)}")


def _listed_offices(text: str):
    """内设16个处室，分别为：甲工作处、乙处、研究室; 所属事业单位2个，分别为：某某服务中心: the offices a
    department lists as its own are government bodies, its public institutions organisations. Each item of
    the list after the lead must end as such a unit does; a list that stops being one ends there."""
    for lead in OFFICE_LIST.finditer(text):
        institutions = lead.group(1) in INSTITUTIONS
        ends = UNIT_ENDS if institutions else OFFICE_ENDS
        items, position = [], lead.end()
        while (item := OFFICE_ITEM.match(text, position)) is not None:
            if not item.group(0).endswith(ends):
                break
            kind = "Organization" if institutions else "GovernmentBody"
            joined = _last_two(item.group(0), ends)
            if joined is not None:  # 乙科和丙科: the list's last two items
                items.append((item.start(), item.start() + joined, kind))
                items.append((item.start() + joined + 1, item.end(), kind))
                break
            items.append((item.start(), item.end(), kind))
            if not text.startswith("、", item.end()):
                break
            position = item.end() + 1
        if len(items) >= 2:
            yield from items
    for lead in OFFICES_FIRST.finditer(text):
        items, position = [], lead.start(1)
        for item in lead.group(1).split("、"):
            items.append((position, position + len(item), "GovernmentBody"))
            position += len(item) + 1
        if all(text[start:end].endswith(OFFICE_ENDS) for start, end, _ in items):
            yield from items


def _last_two(item: str, ends: tuple[str, ...]) -> int | None:
    """Where 和 or 及 joins a list's last two items read as one (甲科和乙科), each ending as such a unit does."""
    for at, char in enumerate(item):
        if char in LAST_OFFICE_JOINERS and at >= 2 and item[:at].endswith(ends) and len(item) - at - 1 >= 2:
            return at
    return None


def _after_amount_unit(text: str, begin: int, position: int) -> int:
    """Where a name starts that jieba ran on from an amount of foreign money (筹募300|万|令吉|教育基金): after the
    currency, which is the amount's unit (and its 万 or 亿 with it), never the first word of a name."""
    if not AMOUNT_BEFORE.search(text, 0, begin):
        return begin
    at = begin + 1 if text[begin] in MAGNITUDES else begin
    currency = next((word for word in currency_names() if text.startswith(word, at)), None)
    return at + len(currency) if currency is not None and at + len(currency) < position else begin


def _counted_before(text: str, position: int) -> bool:
    """Whether a count's measure word ends right before position (15名|市工商联): jieba may glue it to a name."""
    return position > 1 and text[position - 1] in COUNTED_WORDS and bool(COUNT_BEFORE.search(text, 0, position - 1))


def _famous_landmark(name: str, head: str) -> bool:
    """某某纪念馆 after a person jieba's dictionary knows well by name: a memorial known nationwide, no body of
    the report's region (the report visits it); a name it has seldom seen may be a place's (某某城纪念馆)."""
    person = name[:-len(head)] if name.endswith(head) else ""
    return head in MEMORIAL_HEADS and tokenizer().word_tag_tab.get(person) in ("nr", "nrfg") \
        and tokenizer().tokenizer.FREQ.get(person, 0) >= FAMOUS_PERSON


def _proper_word(word: str) -> bool:
    """Whether jieba's dictionary holds word as a proper name (a person's, a place's, another's)."""
    return len(word) >= 2 and tokenizer().word_tag_tab.get(word) in PROPER_NAME_TAGS


SPELT_STOP_TAGS = frozenset({"p", "c", "u", "ud", "ug", "uj", "ul", "uv", "uz", "r", "y", "e", "o", "q", "mq"})
# the pieces of a city abroad are no adverb, verb, figure or place word either (赴某国|访|某某会馆 is a visit)
SPELT_CITY_STOPS = SPELT_STOP_TAGS | {"d", "v", "vn", "x", "m", "f"}


def _spelt(text: str, token: Token) -> bool:
    """Whether a token is one character of a word jieba did not know (琨, 瑶 of a brand), not a particle or pronoun."""
    return token.end - token.start == 1 and "\u4e00" <= text[token.start] <= "\u9fff" and token.tag not in SPELT_STOP_TAGS


def _spelt_run(text: str, tokens: list[Token], start: int, end: int) -> bool:
    """Whether two single characters stand side by side in text[start:end] (某某大|宏农业科技): a brand jieba spelt out."""
    inside = [token for token in tokens if start <= token.start and token.end <= end]
    return any(_spelt(text, first) and _spelt(text, second) and first.end == second.start
               for first, second in zip(inside, inside[1:]))


def _spelt_brand_start(text: str, tokens: list[Token], position: int) -> int | None:
    """Start of the single characters right before a legal name's words (琨|瑶 before 纸业有限公司, 玥|丰 before
    茶业发展有限公司), two or more with any the words took: a brand jieba could only spell out. None when there is
    no such run before `position`."""
    begin = end = position
    for token in reversed([token for token in tokens if token.end <= position]):
        if token.end != begin or not _spelt(text, token):
            break
        begin = token.start
    for token in (token for token in tokens if token.start >= position):
        if token.start != end or not _spelt(text, token):
            break
        end = token.end  # 玥|丰茶业: the descriptors took the run's last character, a name's
    return begin if begin < position and end - begin >= 2 else None


def _proper_token(tokens: list[Token], start: int, end: int) -> bool:
    """Whether jieba reads text[start:end] as one proper name (灵隐寺/nr), not a common word (教育基地, 示范园区)."""
    return any(t.start == start and t.end == end and t.tag in PROPER_TAGS for t in tokens)


def _ends_a_word(tokens: list[Token], position: int) -> bool:
    """Whether a word of two characters or more ends at position (直辖|市, 开发|区): its last character is no level."""
    return any(t.start < position - 1 and t.end == position for t in tokens)


def _after_persons_verb(tokens: list[Token], begin: int, position: int) -> int:
    """Where a name starts when a person and a verb of speech stand in its descriptive words
    (召集人黄某某寄望|某某工商团体联盟): after the verb, the rest is a clause about the body."""
    inside = [t for t in tokens if begin <= t.start and t.end <= position]
    for before, after in zip(inside, inside[1:]):
        if before.tag.startswith("nr") and after.tag.startswith("v") and after.tag != "vn" and after.end < position:
            begin = after.end
    return begin


def _media_outlets(text: str):
    """Outlets a report counts its published pieces in: 被《某某》采用稿件4条, 《某某》6条, 某某网2条, 某某报1条,
    在《某某网》发表. A title in 《》 that publishes (采用, 刊发 … right after it, or a count of pieces), a title
    in 《》 that ends in 网, or a name ending in 网 or 报 right before a count of pieces. Spans of the names."""
    for match in OUTLET_TITLE.finditer(text):
        name = match.group(1)
        if not name.startswith(POLICY_OPENINGS) and (name.endswith(WEB_HEADS) or OUTLET_AFTER.match(text, match.end())):
            yield match.span(1)
    for match in COUNTED_OUTLET.finditer(text):
        yield match.span(1)


def _publisher_line(text: str, start: int, end: int) -> bool:
    """Whether the name text[start:end] stands where a report names its publisher: its own line with
    a date, or after 来源：."""
    return bool(PUBLISHER_BEFORE.search(text[:start]) or (not text[:start].strip() and DATE_AFTER.match(text, end)))


def _strip_generic(name: str) -> str:
    for prefix in ("各级", "各", "全", "广大", "有关", "相关"):
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def _with_own_bureaus(text: str, tokens: list[Token], offset: int, mentions: list[Mention]) -> list[Mention]:
    """某省民政厅民间组织管理局: a bureau named right after its department, in nouns only, is the department's own
    bureau, named with it (民政厅局长 is a title, 民政厅召开… a clause)."""
    result = []
    for mention in mentions:
        end = mention.end - offset
        match = OWN_BUREAU.match(text, end) if mention.cls == "GovernmentBody" \
            and mention.name.endswith(DEPARTMENT_ENDS) else None
        if match is not None and any(t.start == end for t in tokens) and any(t.end == match.end() for t in tokens) \
                and all(t.tag in BUREAU_TAGS or t.start > end and t.tag == "v"  # 社会|组织|管理局
                        for t in tokens if end <= t.start < match.end()):
            mention = replace(mention, surface=text[mention.start - offset:match.end()],
                              name=mention.name + match.group(0), end=offset + match.end())
        result.append(mention)
    return result


# a CPPCC's special committee or liaison group named right after it (某省政协某某委员会, 某市政协民宗委, 某市政协某某联络组)
SPECIAL_COMMITTEE = re.compile(rf"(?![、和与及])(?![市县区州省縣區][委])[\u4e00-\u9fff、]{{2,12}}?(?:{CPPCC_UNIT_HEADS})(?![员員会會])"
                               r"(?!副?主任|委员|委員)")  # not 市政协、市委; not an office (某某委主任某某)
CPPCC_ENDS = ("政协", "政協")
# a person's offices listed after a CPPCC (市政协主席、政法委书记; 市政协委员、某党中央常委), or a list of bodies going on
# past its committee (市政协某某组、市委统战部): no committee of it
NOT_A_COMMITTEE = re.compile(r"^(?:委员|委員)|书记|書記|主席|部长|部長|主任|常委|、[市县区州省縣區]")
COMMITTEE_WORDS = frozenset({"和", "、", "与", "委", "委员会", "委員會"})


def _with_special_committees(text: str, tokens: list[Token], offset: int, mentions: list[Mention]) -> list[Mention]:
    """省政协社会和法制委员会, 县政协民宗委: a committee named right after a CPPCC, in nouns only, is
    the CPPCC's own committee, named with it and part of it (政协委员 is a member, 政协召开… a clause)."""
    result = []
    for mention in mentions:
        end = mention.end - offset
        match = SPECIAL_COMMITTEE.match(text, end) if mention.cls == "GovernmentBody" \
            and mention.name.endswith(CPPCC_ENDS) else None
        if match is not None and any(t.end == match.end() for t in tokens) \
                and not NOT_A_COMMITTEE.search(match.group(0)) \
                and all(t.tag in BUREAU_TAGS or t.word in COMMITTEE_WORDS  # 科教文卫体|委, 政协提案|委员会
                        for t in tokens if t.end > end and t.start < match.end()):
            mention = replace(mention, surface=text[mention.start - offset:match.end()], name=mention.name + match.group(0),
                              end=offset + match.end())
        result.append(mention)
    return result


def _with_branches(text: str, offset: int, mentions: list[Mention]) -> list[Mention]:
    """某某有限公司某地分公司: a branch named right after its company is named with it, and belongs to it."""
    result: list[Mention] = []
    for mention in mentions:
        company = result[-1] if result else None
        if company is not None and mention.cls == company.cls == "Organization" and company.end == mention.start \
                and mention.name.endswith(BRANCH_HEAD) and company.name.endswith(COMPANY_ENDS):
            mention = replace(mention, surface=text[company.start - offset:mention.end - offset],
                              name=company.name + mention.name, start=company.start, parent_name=company.name)
        result.append(mention)
    return result


def _with_society_branches(text: str, offset: int, mentions: list[Mention]) -> list[Mention]:
    """乡贤联谊会某某分会, 区知联会某某分会: an association's branch in a place, named after the association and the
    place, is the branch (the association itself is only part of its name)."""
    result: list[Mention] = []
    for mention in mentions:
        branch = SOCIETY_BRANCH_AFTER.match(text, mention.end - offset) if mention.cls == "Association" else None
        if branch is not None:
            end = branch.end() + offset
            mention = replace(mention, surface=text[mention.start - offset:branch.end()],
                              name=mention.name + branch.group(0), end=end, scope=None)
        result.append(mention)
    return result


def _with_institution_branches(text: str, offset: int, mentions: list[Mention]) -> list[Mention]:
    """某医学院支部, 某中学支部, 某研究所支社: a democratic party's branch named after the school, hospital or institute its
    members work in is the branch, not the institution (the CPC's is its 党支部; one whose 书记 follows is the CPC's
    too); its party is the report's, as a branch named by its 主委 is."""
    result: list[Mention] = []
    for mention in mentions:
        branch = INSTITUTION_BRANCH.match(text, mention.end - offset) \
            if mention.cls == "Organization" and mention.name.endswith(WORKPLACES) else None
        if branch is not None:
            mention = replace(mention, cls="PoliticalParty", surface=text[mention.start - offset:branch.end()],
                              name=mention.name + branch.group(0), end=branch.end() + offset, scope=CHAIRED)
        result.append(mention)
    return result


def _with_member_chambers(text: str, tokens: list[Token], offset: int, mentions: list[Mention]) -> list[Mention]:
    """某县总商会商贸行业商会, 某市工商联餐饮商会: a chamber of a trade named right after the federation it belongs
    to is named with it; the words between are nouns of the trade (a verb, 召开, ends the name)."""
    kinds = {t.start: t.tag for t in tokens}
    result: list[Mention] = []
    for mention in mentions:
        result.append(mention)
        if mention.cls != "Association" or not mention.surface.endswith(FEDERATION_FORMS):
            continue
        local_end = mention.end - offset
        member = MEMBER_CHAMBER.match(text, local_end)
        if member is None or not all(tag.startswith(TRADE_TAGS) for at, tag in kinds.items()
                                     if local_end <= at < member.end(1)) or local_end not in kinds \
                or member.group(1).startswith(NOT_A_TRADE) or "的" in member.group(1) \
                or any(tag == "ns" for at, tag in kinds.items() if local_end <= at < member.end(1)):
            continue  # 某市工商联指导商会建设: what the federation does to chambers; 某市工商联发动市温州商会: a place's
        whole = text[mention.start - offset:member.end()]
        result.append(Mention("Association", whole, whole, mention.start, offset + member.end(), mention.sentence))
    return result


def _town_office(mention: Mention) -> bool:
    """某某乡公所, 某某市公所: a town's government (a clan's 公所, 某氏公所, is a society)."""
    return mention.cls == "Association" and mention.name.endswith(OFFICE_HALL) \
        and mention.name[-len(OFFICE_HALL) - 1:-len(OFFICE_HALL)] in tuple(OFFICE_LEVELS)


def _with_joint_names(text: str, offset: int, mentions: list[Mention]) -> list[Mention]:
    """某乡商会暨某某促进会, 某国某会暨商会: one association under two names joined by 暨, named whole."""
    result: list[Mention] = []
    second_names: list[tuple[int, int]] = []
    for mention in mentions:
        joint = JOINT_ASSOCIATION.match(text, mention.end - offset) if mention.cls == "Association" else None
        if joint is not None:
            whole = text[mention.start - offset:joint.end()]
            second_names.append((mention.end, offset + joint.end()))
            mention = replace(mention, surface=whole, name=whole, end=offset + joint.end())
        result.append(mention)
    return [m for m in result if not any(start <= m.start and m.end <= end for start, end in second_names)]


def _whole_list_items(text: str, offset: int, mentions: list[Mention]) -> list[Mention]:
    """A company, school or society that is a later item of a list, read short of the item's start by one or two
    characters (、中|法大学、): the characters left between the list's mark and the name can be nothing of their
    own, so they open the name. Not function characters (、向|某某学校), level characters (、市|某某商会 is read with
    its level already) nor what a place ends with."""
    result = []
    for mention in mentions:
        start, end = mention.start - offset, mention.end - offset
        begin = start
        while begin > 0 and start - begin <= MAX_ITEM_LEFTOVER and _CJK_CHAR.match(text[begin - 1]):
            begin -= 1
        leftover = text[begin:start]
        if mention.cls in ("Organization", "Association") and begin > 0 and text[begin - 1] == LIST_MARK \
                and COUNT_OPENING.fullmatch(leftover):
            continue  # 、两所|中文学校和…: an item that counts bodies of a kind names none of them
        if mention.cls in ("Organization", "Association") and mention.name == mention.surface and mention.scope is None \
                and 0 < len(leftover) <= MAX_ITEM_LEFTOVER and begin > 0 and text[begin - 1] == LIST_MARK \
                and text.startswith((LIST_MARK, "等", "和", "及", "，", "。", "；"), end) \
                and not any(char in ITEM_LEFTOVER_STOPS for char in leftover):
            surface = text[begin:end]
            mention = replace(mention, surface=surface, name=surface, start=offset + begin)
        result.append(mention)
    return result


def _with_bracket_aliases(text: str, offset: int, mentions: list[Mention]) -> list[Mention]:
    """A name written right after another in brackets is the same organisation: 欧美同学会(留联会)."""
    result = list(mentions)
    for index, first in enumerate(mentions[:-1]):
        second = mentions[index + 1]
        local_end, local_start = first.end - offset, second.start - offset
        if (first.cls == second.cls and local_start == local_end + 1 and text[local_end:local_start] in "（("
                and text[second.end - offset:second.end - offset + 1] in ("）", ")")):
            result[index + 1] = Mention(second.cls, second.surface, second.name, second.start, second.end,
                                        second.sentence, second.scope, second.code, second.parent_name, first.name)
    return result


def _with_short_names(text: str, offset: int, mentions: list[Mention]) -> list[Mention]:
    """A short name declared in brackets right after a name (以下简称“恒瑞医药”) is the same organisation."""
    result = list(mentions)
    for match in SHORT_NAME.finditer(text):
        full = next((m for m in mentions if m.end - offset == match.start()), None)
        if full is None or any(m.start - offset == match.start(1) for m in mentions):
            continue
        start, end = match.span(1)
        result.append(Mention(full.cls, text[start:end], match.group(1), offset + start, offset + end,
                              full.sentence, same_as=full.name))
    return sorted(result, key=lambda m: m.start)


LOCAL_SCOPES = ("village", "township")  # the places below a county, read by their endings


def _regions_by_start(mentions: list[Mention]) -> dict[int, Mention]:
    """The report's places by the offset they start at, the first mention read there (the longest: mentions come
    sorted by start, then by end from the last)."""
    regions: dict[int, Mention] = {}
    for region in (m for m in mentions if m.cls == "Region"):
        regions.setdefault(region.start, region)
    return regions


def _places_from(regions: dict[int, Mention], at: int, end: int) -> list[Mention]:
    """The places written one right after another from offset `at` (某县|某村|…), each ending before `end`: the chain
    of places a name opens with (`regions`: the report's places by where they start)."""
    chain = []
    while at in regions and regions[at].end < end:
        chain.append(regions[at])
        at = regions[at].end
    return chain


def _names_past_their_region(mentions: list[Mention]) -> dict[str, str]:
    """Each name a body's or programme's name holds past the places it opens with (某某社团联会 of 香港某某社团联会;
    某小学 and 某村某小学 of 某县某村某小学), to that full name."""
    full: dict[str, str] = {}
    regions = _regions_by_start(mentions)
    for mention in mentions:
        if mention.cls not in RENAMED_CLASSES or mention.scope is not None:
            continue
        for place in _places_from(regions, mention.start, mention.end):  # (某县某村某小学 … 某小学: past every one)
            short = mention.name[place.end - mention.start:]
            if len(short) >= MIN_SHORT_REPEAT:
                full.setdefault(short, mention.name)
    return full


def _named_again_past_their_region(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """陕西某某集团 … 将某某集团携手…: a body's name written again without the place it opened with, where no
    finder read it (no place or descriptor before it), is that body, unless the rest is a word of its own; so is
    one written short before the text names it in full (某村召开某某联谊会… 某镇某某联谊会会长…)."""
    full = {short: name for short, name in _names_past_their_region(mentions).items()
            if not tokenizer().tokenizer.FREQ.get(short)
            and any(m.name == name and m.cls in BODY_CLASSES_NAMED_AGAIN for m in mentions)}
    if not full:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    added = []
    for short, name in full.items():
        cls = next(m.cls for m in mentions if m.name == name)
        added += [Mention(cls, text[start:end], name, start, end, sentence)
                  for start, end, sentence in free_occurrences(text, sentences, short, taken)]
    return sorted([*mentions, *added], key=lambda m: (m.start, -m.end, m.cls, m.name)) if added else mentions


def _one_name_however_its_place_is_written(mentions: list[Mention]) -> list[Mention]:
    """某某区某小学 … 在某某某小学举行: a body whose name opens with the same places, written in full once and short
    once, and goes on the same, is one body, named by its longest form (the places' official names; a short name the
    text declares for it points at that one)."""
    regions = _regions_by_start(mentions)
    keys: dict[int, tuple[tuple[str, ...], str]] = {}
    for index, mention in enumerate(mentions):
        if mention.cls in RENAMED_CLASSES and mention.scope is None:
            places = _places_from(regions, mention.start, mention.end)
            if places:
                keys[index] = (tuple(place.name for place in places), _written_past(mention, places[-1].end))
    fullest: dict[tuple[tuple[str, ...], str], str] = {}
    for index in sorted(keys, key=lambda i: mentions[i].start):
        known = fullest.setdefault(keys[index], mentions[index].name)
        if len(mentions[index].name) > len(known):
            fullest[keys[index]] = mentions[index].name  # 某某区某小学 over 某某某小学: the place as officially named
    return [replace(mention, name=fullest[keys[index]]) if index in keys and fullest[keys[index]] != mention.name
            else mention for index, mention in enumerate(mentions)]


def _written_past(mention: Mention, at: int) -> str:
    """The part of a mention's written form from offset `at` on."""
    return mention.surface[at - mention.start:]


def _without_their_region(mentions: list[Mention]) -> list[Mention]:
    """香港某某社团联会 … 某某社团联会的发展: a body named again without the region its name began with
    is the body named before, not another one (nor one of the place its name then starts with); so is one named
    short before the text writes it in full (某区召开某某会的大会 … 后文写全的某区某某会)."""
    full = _names_past_their_region(mentions)
    if not full:
        return mentions
    result, renamed = [], []
    for mention in mentions:
        longer = full.get(mention.name)
        if longer is not None and mention.cls in RENAMED_CLASSES and mention.scope is None \
                and any(m.name == longer for m in mentions):
            mention = replace(mention, name=longer)
            renamed.append(mention)
        result.append(mention)
    # (江西 of 江西社团联会 is no place the text speaks of; 某村 of 某村小学, named again, still is the school's village)
    return [m for m in result if not (m.cls == "Region" and m.scope not in LOCAL_SCOPES
                                      and any(r.start == m.start and m.end < r.end for r in renamed))]


def _without_their_party(mentions: list[Mention]) -> list[Mention]:
    """“民革党员素质提升年” … 民革“党员素质提升年”: a programme named again without the party's short name its
    name began with is the programme named before."""
    forms = _party_forms()
    full: dict[str, str] = {}
    for mention in mentions:
        if mention.cls == "Initiative":
            form = next((f for f in forms if mention.name.startswith(f)), None)
            if form is not None and len(mention.name) - len(form) >= MIN_SHORT_REPEAT:
                full.setdefault(mention.name[len(form):], mention.name)
    if not full:
        return mentions
    return [replace(mention, name=full[mention.name])
            if mention.cls == "Initiative" and mention.name in full
            and any(m.name == full[mention.name] and m.end <= mention.start for m in mentions) else mention
            for mention in mentions]


@cache
def _party_forms() -> tuple[str, ...]:
    """Every name and short form of the democratic parties, longest first (九三学社, 民革 …)."""
    from ..lexicon import load_lexicon

    forms = (form for form, party in load_lexicon().party_by_form().items() if party.slug != "cpc")
    return tuple(sorted(forms, key=lambda form: (-len(form), form)))


def _abbreviated_policies(mentions: list[Mention]) -> list[Mention]:
    """《中国共产党统一战线工作条例》 … 《统战工作条例》 … 《条例》: a policy named later by a shorter
    form of an earlier title (its characters in the same order, with the same last word) is that policy."""
    result: list[Mention] = []
    for mention in mentions:
        if mention.cls == "Policy":
            longer = next((m.name for m in reversed(result) if m.cls == "Policy" and len(m.name) > len(mention.name)
                           and m.name.endswith(mention.name[-2:]) and _in_order(mention.name, m.name)
                           and not _without_a_body(mention.name, m.name)), None)
            if longer is not None:
                mention = replace(mention, name=longer)
        result.append(mention)
    return result


def _abbreviated_initiatives(mentions: list[Mention]) -> list[Mention]:
    """“千企扶千村” … “千家民营企业扶助千个贫困村” … “千企扶助千村”: one programme written out and shortened in one
    report (the characters of the shorter in the same order in the longer, the same first and last) is one
    programme, named as the report first names it. A name that only opens a longer one (某某工程, 某某工程学习宣传)
    and a slogan of parts (同心某地, 同心向党·奋进某地) are kept apart."""
    names = list(dict.fromkeys(m.name for m in mentions if m.cls == "Initiative" and len(m.name) >= MIN_SLOGAN))
    canonical = {name: name for name in names}

    def root(name: str) -> str:
        while canonical[name] != name:
            name = canonical[name]
        return name

    for short in names:
        for long in names:
            if len(long) > len(short) and long[0] == short[0] and long[-1] == short[-1] \
                    and not long.startswith(short) and _in_order(short, long) \
                    and not any(mark in long for mark in SLOGAN_PARTS):
                first, second = sorted((root(short), root(long)), key=names.index)
                canonical[second] = first
    return [replace(m, name=root(m.name)) if m.cls == "Initiative" and m.name in canonical and root(m.name) != m.name
            else m for m in mentions]


def _abbreviated_bodies(mentions: list[Mention]) -> list[Mention]:
    """某某地区澳门建造建材发展商会 … 某某地区澳建发展商会: an association or organisation named later by a
    shorter form of an earlier name (its characters in the same order, opening with the same two and ending
    with the same head) is that body, not another."""
    result: list[Mention] = []
    for mention in mentions:
        if mention.cls in ("Association", "Organization") and mention.scope is None \
                and len(mention.name) >= MIN_ABBREVIATED:
            longer = next((m.name for m in reversed(result) if m.cls == mention.cls and m.scope is None
                           and len(m.name) > len(mention.name) and m.name[:2] == mention.name[:2]
                           and m.name[-2:] == mention.name[-2:] and not m.name.startswith(mention.name[:-2])
                           and _in_order(mention.name, m.name)), None)
            if longer is not None:
                mention = replace(mention, name=longer)
        result.append(mention)
    return result


def _bare_heads(mentions: list[Mention]) -> list[Mention]:
    """某市某某商会 … 商会自成立以来: an association or organisation named later by its head word alone is the
    one body named before that ends with it, when only one does."""
    result: list[Mention] = []
    for mention in mentions:
        if mention.cls in ("Association", "Organization") and mention.scope is None \
                and len(mention.name) <= MAX_BARE_HEAD and mention.name == mention.surface:
            longer = {m.name for m in result if m.cls == mention.cls and m.scope is None
                      and len(m.name) > len(mention.name) and m.name.endswith(mention.name)}
            if len(longer) == 1:
                mention = replace(mention, name=longer.pop())
        result.append(mention)
    return result


def _without_a_body(short: str, long: str) -> bool:
    """《某党市委某某工作委员会年度工作报告》 and 《某党市委年度工作报告》: the shorter title drops a whole body's name
    from the longer one (a committee under the first), so it is the report of another body."""
    start = next((i for i, (a, b) in enumerate(zip(short, long)) if a != b), len(short))
    dropped = long[start:start + len(long) - len(short)]
    return long[:start] + long[start + len(dropped):] == short and dropped.endswith(BODY_ENDS)


def _in_order(short: str, long: str) -> bool:
    """Whether every character of short appears in long, in the same order (统战工作条例 in 统一战线工作条例)."""
    characters = iter(long)
    return all(char in characters for char in short)


ABBREVIATED_HEAD = "会"
WORD_AFTER_HEAD = tuple("长员议场谈上后前中期")  # 会长, 会员, 会议, 会场, 会谈, 会上: 会 opening a word
MIN_ABBREVIATED_NAME = 6  # characters of the full name after its place: 工程专业人士协会


def _undeclared_abbreviations(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """某地工程专业人士协会 … 工专会累计捐款…: an association named later by three or four of its own characters, in
    order, opening with the first of its name (past the place), taking its next from another word of it and ending
    with its 会, where jieba knows no such word, is that association: Hong Kong's and Macau's papers shorten
    names so without declaring it."""
    full = sorted({m.name for m in mentions if m.cls == "Association" and m.scope is None and m.name.endswith(ABBREVIATED_HEAD)})
    if not full:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    frequencies = tokenizer().tokenizer.FREQ
    result = list(mentions)
    heads = [match.start() for match in re.finditer(ABBREVIATED_HEAD, text)]
    for length in (4, 3):
        for head in heads:
            start, end = head - length + 1, head + 1
            short = text[start:end]
            if start < 0 or any(not "\u4e00" <= c <= "\u9fff" for c in short) \
                    or frequencies.get(short) or overlaps(taken, start, end) \
                    or text[end:end + 1] in WORD_AFTER_HEAD:
                continue  # 某企联|会长: the 会 begins another word
            names = [name for name in full if short not in name and any(
                name[k] == short[0] and name[k + 1:k + 2] != short[1]  # 华侨会 is no short of 某国华侨餐饮业协会
                and len(name) - k >= max(MIN_ABBREVIATED_NAME, length + 3) and _in_order(short, name[k:])
                for k in range(0, min(5, len(name))))]
            sentence = sentence_at(sentences, start)
            if len(names) != 1 or sentence is None:
                continue
            taken.append((start, end))
            result.append(Mention("Association", short, names[0], start, end, sentence))
    return sorted(result, key=lambda m: (m.start, -m.end, m.cls, m.name))


MIN_COMPANY_SHORT = 4  # characters of a company's short name: 某某乳品 for 某地某某乳品加工有限公司


def _company_short_names(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """某地某某乳品加工有限公司 … 某某乳品带动农户800户: a company named later by its own words past its place and
    before its legal form (某某乳品加工), or by its brand and the first two characters of its trade (某某乳品), is that
    company; the press shortens a company so once it has given the legal name."""
    companies = [m for m in mentions if m.cls == "Organization" and m.name.endswith(tuple(LEGAL_FORMS))]
    if not companies:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    frequencies = tokenizer().tokenizer.FREQ
    result = list(mentions)
    for company in companies:
        place = max((m.end - m.start for m in mentions if m.cls == "Region" and m.start == company.start
                     and m.end < company.end), default=0)
        legal = next(form for form in sorted(LEGAL_FORMS, key=len, reverse=True) if company.name.endswith(form))
        own = company.surface[place:len(company.surface) - len(legal)]
        if len(own) < MIN_COMPANY_SHORT or not all("\u4e00" <= c <= "\u9fff" for c in own):
            continue
        words = tokenizer().tokenizer.lcut(own, HMM=False)
        brand = "".join(word for word in words[:next((k for k, word in enumerate(words) if len(word) > 1), len(words))])
        if not brand:  # no characters jieba does not know as a word: a proper name it knows
            brand = words[0] if tokenizer().word_tag_tab.get(words[0]) in BRAND_TAGS else ""
        if len(brand) < 2:
            continue  # 科技|发展: common words name no company
        short = own[:len(brand) + 2]  # 某某|乳品加工 → 某某乳品: the brand and the first two characters of its trade
        for name in dict.fromkeys(form for form in (own, short) if len(form) >= MIN_COMPANY_SHORT):
            if frequencies.get(name):
                continue  # a word of its own, not only this company's short name
            for start, end, sentence in free_occurrences(text, sentences, name, taken, company.end):
                result.append(Mention("Organization", name, company.name, start, end, sentence))
    return sorted(result, key=lambda m: (m.start, -m.end, m.cls, m.name))


def later_short_names(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """Mentions of declared short names further on in the report: 恒瑞医药还设立奖学金.

    The short name must stand where no other mention is; resolution gives it the entity of
    the declaration, which comes first.
    """
    mentions = _one_name_however_its_place_is_written(_party_units_past_their_place(
        _local_parties_named_in_full(mentions)))
    mentions = _abbreviated_initiatives(_abbreviated_policies(_without_their_party(_without_their_region(mentions))))
    mentions = _own_branches(text, sentences, _party_short_forms(text, sentences, _bare_heads(_abbreviated_bodies(mentions))))
    mentions = _company_short_names(text, sentences, _undeclared_abbreviations(text, sentences, mentions))
    mentions = _named_again_past_their_region(text, sentences, mentions)
    declared = [m for m in mentions if m.cls in ORGANISATION_CLASSES and m.same_as and m.name == m.surface]
    if not declared:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    result = list(mentions)
    for short in declared:
        for start, end, sentence in free_occurrences(text, sentences, short.name, taken, short.end):
            result.append(Mention(short.cls, text[start:end], short.name, start, end, sentence))
    return sorted(result, key=lambda m: (m.start, -m.end, m.cls, m.name))


# How a party's own texts write its bodies after one character of its name: 社省委, 盟市委 (and 社员, 盟员)
PARTY_INITIALS = {"九三学社": "社", "中国民主同盟": "盟"}
NOT_BEFORE_INITIAL = "各个联结加同合报旅诗公杂版书结"  # 各盟市委 (leagues and cities), 报社, 联盟: a word, not the party
LEVEL_COMMITTEE = re.compile("[省市州县区]委(?:会(?![议同商]))?")  # 市委会议, 市委会同: the 会 is another word's
BARE_COMMITTEE = re.compile("[省市州县区]委会(?![议同商])")
NOT_BEFORE_BARE = "派各全本我该两级"  # 各民主党派市委会, 全市委会: every party's committee, not one
OFFICE_AFTER = re.compile("委员|主委|副主委|常委|秘书长|副秘书长")  # 市委会委员某某: a person's office, no actor
# the fields a party's committee names its working committees by (民建某省委科技委员会, 致公党某省教育委员会)
FIELD_COMMITTEE = re.compile("(?:经济|参政议政|社会服务|文化体育|文化|医药卫生|教育|科技|法制|宣传|组织|妇女|青年|"
                             "理论研究|企业家|三农|生态环境|对外联络|祖国和平统一|海外联络|人口资源环境|社会与法制)(?:工作)?委员会")
# a committee's working committee (民盟某市委某某工作委员会), also one named by its field alone (某市委科技委员会)
WORKING_COMMITTEE = re.compile("[\u4e00-\u9fff]{2,6}?(?:专委会|专门委员会|工作委员会)|" + FIELD_COMMITTEE.pattern)
NOT_IN_WORKING = set("召开在和与及的到对向由为是将了")  # 民盟市委召开…工作委员会: a clause, not a name
CPC_NAME = "中国共产党"
COMMITTEE_END = re.compile("委会?$|委员会$")
MAX_LEVEL_PARTY = 5  # 市民革, 县九三学社: a level character and a party's short name, its organisation in the city


# 某党某地教育系统委员会: the committee of the party's members in the bodies of a field, named like a working committee
FIELD_OR_SYSTEM_COMMITTEE = re.compile(FIELD_COMMITTEE.pattern.replace("(?:工作)?", "(?:工作|系统)?"))


def _field_committee(text: str, position: int) -> int | None:
    """The end of a working committee named by its field right at `position` (某党某省|教育委员会), or of the
    committee of its members in a field's bodies (某党某地|教育系统委员会), or None."""
    match = FIELD_OR_SYSTEM_COMMITTEE.match(text, position)
    return match.end() if match else None


def _local_parties_named_in_full(mentions: list[Mention]) -> list[Mention]:
    """某市民建 where the report names 民建某市委会 too: the party's committee there, called by its members' short
    name (a place's party organisation the report names no committee for stays as written)."""
    forms = _party_forms()
    committees = [m for m in mentions if m.cls == "PoliticalParty" and m.parent_name and m.name.startswith(forms)]
    result = []
    for mention in mentions:
        form = next((form for form in forms if mention.name.endswith(form)), None) \
            if mention.cls == "PoliticalParty" and mention.parent_name and not mention.name.startswith(forms) else None
        place = mention.name[: -len(form)] if form else ""
        full = next((c.name for c in committees if c.parent_name == mention.parent_name
                     and any(c.name.startswith(f + place) for f in forms)), None) if place else None
        if place and place == mention.scope:  # 市民建: the one committee of that level the report names (民建某市委)
            of_level = {(c.name, c.scope) for c in committees
                        if c.parent_name == mention.parent_name and _committee_level(c.name) == place}
            if len(of_level) == 1:
                name, scope = next(iter(of_level))
                mention = replace(mention, name=name, scope=scope)  # named and scoped as the committee is
            result.append(mention)
            continue
        result.append(replace(mention, name=full) if full else mention)
    return result


def _party_units_past_their_place(mentions: list[Mention]) -> list[Mention]:
    """民盟某市某某支部 … 民盟某某支部: a party's unit named again with its party but without the places written
    between the party and the unit's own name is the unit named in full."""
    forms = _party_forms()

    def form_of(mention: Mention) -> str | None:
        """The party's name or short form a unit's name opens with (民盟某市某某支部: 民盟)."""
        if mention.cls != "PoliticalParty" or not mention.parent_name:
            return None
        return next((form for form in forms if mention.surface.startswith(form)), None)

    regions = _regions_by_start(mentions)
    full: dict[tuple[str, str, str], str] = {}  # (party, its form, the unit's own name) → the name in full
    for mention in mentions:
        form = form_of(mention)
        if not form or not mention.surface.endswith(BASE_UNIT_ENDS):
            continue
        # past each place in turn (某市|某区|某某支部: 某区某某支部 and 某某支部)
        for place in _places_from(regions, mention.start + len(form), mention.end):
            own = mention.surface[place.end - mention.start:]
            if own not in BASE_UNIT_ENDS:
                full.setdefault((mention.parent_name, form, own), mention.name)
    if not full:
        return mentions
    result = []
    for mention in mentions:
        form = form_of(mention)
        longer = full.get((mention.parent_name, form, mention.surface[len(form):])) if form else None
        result.append(replace(mention, name=longer) if longer and longer != mention.name else mention)
    return result


def _level_at(text: str, at: int) -> bool:
    """Whether a level character at `at` stands for one place (市教育局: the report's city), not every place of that
    level or a pair of them (全市, 各县, 市县)."""
    return text[at] in LEVEL_CHARS and not (at > 0 and text[at - 1] in GENERIC_BEFORE_LEVEL)


def _committee_level(name: str) -> str | None:
    """The level character right before a committee's suffix (民建某市委, 民盟某县委员会: 市, 县), or None."""
    end = COMMITTEE_END.search(name)
    return name[end.start() - 1] if end is not None and end.start() > 0 else None


def _party_short_forms(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """A party's committees as its own texts name them short, where the text says which party they are.

    九三学社 and 民盟 texts write their bodies after one character of the party's name (社省委, 社某市委,
    社中央; 盟市委): these are that party's when the text names it. A text about one party only writes its
    committee bare (市委会举行…, 根据省委会安排): that party's at the level (after a place's name, that place's:
    某党甲市委会和乙市委会), never in a text that names several parties, nor where 委 and 会 belong to other words
    (市委会议, 市委会同). A working committee
    right after a committee's name (某党市委参政议政工作委员会, 社某市委某某专委会) is a body of the report's
    committee, the one it belongs to.
    """
    parties = [m for m in mentions if m.cls == "PoliticalParty" and m.code == NATIONAL and m.name != CPC_NAME]
    if not parties:
        return mentions
    forms: dict[str, dict[str, int]] = {}
    for mention in parties:
        counts = forms.setdefault(mention.name, {})
        counts[mention.surface] = counts.get(mention.surface, 0) + 1
    written = {name: min(counts, key=lambda form: (-counts[form], len(form), form)) for name, counts in forms.items()}
    mentions = list(mentions)
    regions = {m.start: m.end for m in mentions if m.cls == "Region"}
    added: list[Mention] = []

    def add(start: int, end: int, name: str, scope: str | None, parent: str | None, code: str | None = None) -> None:
        index = sentence_at(sentences, start)
        inside = [m for m in mentions if m.cls == "GovernmentBody" and start < m.start and m.end <= end]
        if index is None or any(m.start < end and start < m.end for m in (*mentions, *added)
                                if m.cls != "Region" and m not in inside):
            return
        for mention in inside:  # 社|省委: the party's committee, not the provincial party committee
            mentions.remove(mention)
        added.append(Mention("PoliticalParty", text[start:end], name, start, end, index, scope=scope,
                             code=code, parent_name=parent))

    for party, initial in PARTY_INITIALS.items():
        if party not in written:
            continue
        for match in re.finditer(initial, text):
            start = match.start()
            if start > 0 and text[start - 1] in NOT_BEFORE_INITIAL:
                continue
            cursor = match.end()
            if text.startswith("中央", cursor):
                add(start, cursor + 2, written[party] + "中央", None, None, code=NATIONAL)
                continue
            region_end = regions.get(cursor)
            scope = None
            if region_end is not None and text[region_end - 1] in LEVEL_CHARS:
                level = LEVEL_COMMITTEE.match(text, region_end - 1)
            elif region_end is not None:
                level = LEVEL_COMMITTEE.match(text, region_end)
            else:
                level, scope = LEVEL_COMMITTEE.match(text, cursor), text[cursor:cursor + 1]
            if level is None or text[level.end():level.end() + 1] in NOT_AFTER_COMMITTEE[:-1] \
                    or OFFICE_AFTER.match(text, level.end()):
                continue
            add(start, level.end(), written[party] + text[cursor:level.end()], scope, party)
    if len(written) == 1:
        party = next(iter(written))
        for match in BARE_COMMITTEE.finditer(text):
            start = match.start()
            if start > 0 and text[start - 1] in NOT_BEFORE_BARE + LEVEL_CHARS or OFFICE_AFTER.match(text, match.end()):
                continue
            place = next((at for at, end in regions.items() if at < start <= end), None)
            if place is not None:  # 某党甲市委会和乙市委会: the committee of the city written before it
                add(place, match.end(), written[party] + text[place:match.end()], None, party)
                continue
            add(start, match.end(), written[party] + match.group(0), match.group(0)[0], party)
    levels = _levels_written_long([*mentions, *added], forms)
    mentions, added = _as_written(mentions, levels), _as_written(added, levels)
    # committees, and the party's organisation of the report's city by its level (市民革|教育工作委员会)
    committees = [m for m in (*mentions, *added) if m.cls == "PoliticalParty" and m.parent_name
                  and (COMMITTEE_END.search(m.surface)
                       or m.scope and m.surface.startswith(m.scope) and len(m.surface) <= MAX_LEVEL_PARTY)]
    for committee in committees:
        working = WORKING_COMMITTEE.match(text, committee.end)
        if working is None or NOT_IN_WORKING & set(working.group(0)[:-3]):
            continue
        index = sentence_at(sentences, committee.start)
        if index is not None and sentence_at(sentences, working.end() - 1) == index:
            added.append(Mention("PoliticalParty", text[committee.start:working.end()],
                                 text[committee.start:working.end()], committee.start, working.end(), index,
                                 scope=OWN_REPORT, parent_name=committee.name))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, -m.end, m.cls, m.name))


def _own_branches(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """In a party committee's own text (its title names it: 民建某市委会2023年工作总结), the branches it lists
    without the party's name (综合二支部、某某支部被评为先进支部) are that party's branches."""
    if not sentences:
        return mentions
    title = sentences[0]
    committee = next((m for m in mentions if m.sentence == title.index and m.cls == "PoliticalParty" and m.parent_name
                      and COMMITTEE_END.search(m.surface)), None)
    if committee is None:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    added = []
    for match in OWN_BRANCH.finditer(text, title.end):
        start, end = match.start(1), match.end(1)
        sentence = sentence_at(sentences, start)
        if match.group(1).startswith(NOT_A_BRANCH) or "党" in match.group(1) or "黨" in match.group(1) \
                or sentence is None or overlaps(taken, start, end):
            continue  # 社区党支部: a branch of the Communist Party, not of the committee's party
        added.append(Mention("PoliticalParty", match.group(1), match.group(1), start, end, sentence,
                             scope=OWN_REPORT, parent_name=committee.parent_name))
    return sorted([*mentions, *added], key=lambda m: (m.start, -m.end, m.cls, m.name)) if added else mentions


# a branch named at the start of a clause or an item of a list: 综合二支部、某某支部
OWN_BRANCH = re.compile(r"(?:^|(?<=[、，,。；;：:“\s]))([\u4e00-\u9fff]{2,5}?(?:支部|总支|支社|總支))(?=[、，,。；;：:”和及与等\s]|被|获|荣获)",
                        re.MULTILINE)
NOT_A_BRANCH = ("党", "黨", "各", "中共", "基层", "本", "该", "該", "我", "所", "全体", "全體", "每个", "每個", "多个", "多個")


def _levels_written_long(mentions: list[Mention], parties) -> set[tuple[str, str]]:
    """(party, level) of the committees a text names in full with 委会 (某党某市委会)."""
    return {(m.parent_name, m.name[-3]) for m in mentions if m.cls == "PoliticalParty" and m.parent_name in parties
            and m.name.endswith("委会") and len(m.name) > 3 and m.name[-3] in LEVEL_CHARS}


def _as_written(mentions: list[Mention], levels: set[tuple[str, str]]) -> list[Mention]:
    """A party's committee at a level is one body however the text shortens it: where the text names the
    committee at that level 某党某市委会, its 某党市委 and 社市委 are 某党市委会 too (one name, one entity)."""
    return [replace(m, name=m.name + "会") if m.cls == "PoliticalParty" and m.scope and m.scope in LEVEL_CHARS
            and m.name.endswith(m.scope + "委") and (m.parent_name, m.scope) in levels else m for m in mentions]


def _cjk_before(text: str, position: int) -> bool:
    """Whether a Chinese character stands right before position (a word the next runs on from)."""
    return position > 0 and _CJK_CHAR.match(text, position - 1) is not None
