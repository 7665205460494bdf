"""Which entity a reported quantity belongs to: the most specific one the sentence supports.

In order:
-2. figures quoted as a programme's results (“…签约项目29个…。”某某介绍“某某”取得的最新成果时说) are the programme's;
-1. figures given 分别 after a list of as many initiatives or bodies, in order (A、B分别…30万元和20万元);
   a figure of the region's economy (GDP完成…亿元，增长…%) stays the region's;
0. in a news item about one body's meeting or event, those counted as attending it, at the close of the list
   of guests (…各乡镇负责人等800余人参加会议), are the meeting's: the body the text is about, not a body listed;
   the one local committee of a party whose members a figure counts right after the party's name (民盟66人);
   the body whose officer leads a delegation counted as 一行N人 (某市侨联会长张某等一行8人); the named thing a
   figure describes, joined to it by 的 (引进总投资12亿元的某某产业园项目);
1. an initiative or organisation named inside what is counted
   (21个“万企兴万村”重点产业示范村, 领导小组全体会议2次), but not the counted thing
   itself (建立乡贤联谊会1439个), nor where those counted go (2名社员入选某省委统战部人才库), unless an initiative is counted in occurrences
   (开展2次浔商大讲堂);
2. the body a sentence opens with as the agent of its deeds (由某某公司提供…，提供展台40多个);
   else the initiative the sentence is about: the nearest one before the quantity, past the way it is
   run (实行“9+5+N”轮值模式) and never a way of working itself (推行“公司+基地+农户”模式); never one of a list of things counted together (“A”“B”等活动300场);
   the programme whose course since it began the sentence reports (“某某”行动启动以来，…); never a contest
   that people or works were sent to (征集作品59篇参加某某大赛，获一等奖1篇: the sender's);
3. the programme that the organisations a quantity counts by their examples go on to run in its clause
   (组织A商会、B商会等18家异地商会开展“某某”活动); else the body the clause or the sentence opens
   with (市侨联与…12个侨团建立联系), where a 、 that closes a figure opens a clause (A公司捐款300万元、B公司捐款100万元);
4. the only initiative after the quantity, in its clause or in the clause that closes the sentence
   with no figure of its own (组织12所学校…，深化“海外留根工程”), unless people were sent or invited to it
   (组织5名人士参加“某某”评选; 邀请200多名客商参加“某某”投洽会);
5. the body that acts in the sentence: the first party committee, state body or
   association before the quantity (or the enterprise after the office it holds there: 某商会会长单位
   某集团) that is neither an example (X等5家单位), nor a
   partner (与X联合), nor an item of a list (组织工商联、商会…), nor every body of a kind (指导各地民宗局…), nor the host of
   the meeting a figure was honoured at (在国务院…表彰大会上，我省38个单位受到表彰); when several bodies each
   open a clause of their own, a deed that names none goes on from the latest of them
   (常委会研究…7次，领导小组召开…3次，出台文件10份), unless a collective of the region opens it;
   before any of these, a person who gives, named in the quantity's own clause past offices and the bodies
   they are held in (某会荣誉会长张某某捐赠助学金6万元); then a person who opens the clause or the sentence, by a name read there or
   elsewhere in the report (某某并向县慈善总会捐资50万元);
6. the policy the clause before describes (制定《…方案》，明确5个方面); a place within the report's region
   that opens the clause or the sentence as its actor (某县投资50万元建成…), or whose work the figure
   describes (投资50万元的某县某某项目);
7. when the sentence names no actor of its own: the programme or event whose paragraph it is in
   (“某某文化周”期间，…。签约项目60个), or that its clause names by its head noun alone (行动覆盖了…68%的贫困乡镇),
   or whose examples it gives (开展“某某”系列活动，如…；…，发表
   感言105条), else the actor of its section's lead sentence
   (一年来，市委统战部把自身建设…), else the organisation the whole text is about (a news item on
   its meeting): sections.py reads these from where the sentence stands; in a news item on an event,
   a sentence that opens by pointing at it (活动中，A、B为某地组织捐款4000多万元) gives it its figure, and in
   any text such a sentence (会上，45家企业签约) gives it to the event the sentence before names; a
   sentence that only runs one programme, named where it closes (广泛开展…宣传月活动。), gives the next
   sentence's figures to it;
8. otherwise the report's region (subject None).
Who only tells a figure (据市委统战部负责人介绍，…; 张某某表示，…) is no actor of it at any step, nor is the outlet
or reporter of a news item's dateline (某县新闻网讯（记者 某某）).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..gazetteer import load_gazetteer
from ..model import Extraction, Mention, QuantityMention
from ..text import CLAUSE_STOPS, SENTENCE_STOPS, quoted_spans
from .names import nationwide_movement
from .organizations import NATIONAL, OFFICE_UNIT, ON_BEHALF, OUTLET_AFTER
from .persons import HONORIFIC_AFTER, MONASTIC_TITLES
from .quantities import MONEY_CODE
from .sections import (LIST_ITEM_ENDS, MAX_RUN_VERB, OFFICE_AFTER, PROGRAMME_SINCE, SPEAKS, TELL_VERBS, TIME_CLAUSE,
                       URGED, governors as section_governors, item_frames, paragraph_frames, past_news_opening,
                       profile_frames, run_frames, text_actor)

PIECES = ("条", "篇")  # pieces written and published: 稿件4条, 信息3篇
MAX_ASIDE = 6  # characters from an aside's bracket to the body it names: （或参与某委）
ADOPTED_BY = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:采用|录用|选用|采纳)")  # 某委(某某会议)采用: a body took the pieces up
OUTLET_HEADS = ("网", "网站", "报", "杂志", "电视台", "电台", "客户端")  # what publishes pieces
CLAUSE_BREAKS = CLAUSE_STOPS | SENTENCE_STOPS  # what ends a clause: ，：and the sentence stops
LIST_BREAKS = CLAUSE_BREAKS - frozenset("：:")  # a list may run on past a colon
ACTOR_CLASSES = frozenset({"GovernmentBody", "Association", "PoliticalParty"})
# an enterprise that opens a clause acts in it too (XX公司建设基地，吸纳就业520人)
CLAUSE_ACTOR_CLASSES = ACTOR_CLASSES | {"Organization"}
# a person who opens a clause acts in it as well (张某某牵头组织捐款1600余万元)
OPENER_CLASSES = CLAUSE_ACTOR_CLASSES | {"Person"}
SUBJECT_CLASSES = frozenset({"Initiative", "GovernmentBody", "Association", "PoliticalParty", "Organization", "Policy",
                             "Person"})
# what a figure can describe when 的 joins them (投资12亿元的某某产业园; 资助300名学生的“某某”计划)
DESCRIBED_CLASSES = frozenset({"Initiative", "Organization"})
PARTNER_MARKS = ("与", "同", "会同", "联合", "协助", "向", "在", "对", "配合", "和", "及", "经", "由", "为", "把", "将",
                 "担任", "被", "携", "率领", "带领")  # 担任市工商联执委的280名企业家: the body they hold office in does not act; nor one
# that a passive names (文章被区政协采用20余篇: the writers' figure), nor one a person brings or leads (某某携某会捐资)
# a body named as the owner of what acts (市工商联所属的148个商会…): its members act, not the body
AWARD_VERBS = ("荣获", "获评", "获得", "获", "被评为", "评为")  # what a body wins is named after the body that gives it
# 某人大代表 N人, 某政协委员, 某政协常委: an office held in the state body named (not its standing committee, 常委会)
# an office in a state body after its name (某政协委员, 某人大代表, 某人大常务委员会委员, 某人大常委会委员)
RELIED_ON = ("依托", "借助", "依靠", "凭借", "依托“", "借助“", "依靠“", "凭借“")  # the means a body works through
OFFICES_IN = re.compile("代表|委员|执委|理事|常委(?!会)|常务委员会委员|常委会委员")
GIVEN_OF = re.compile(r"(?:捐赠|捐助|捐献|捐资|资助|捐出)的")  # A、B捐赠的3万元和2万元: each gave one, in order
# what follows a programme's name inside the quoted name of money given, up to the sum (“某某|教育帮扶资金”)
MONEY_NAMED = re.compile(r"[^，,。；;“”「」]{1,8}?(?:资金|資金|基金|善款|款)[”」]")
DESCRIBED_PLACE = ("是", "有", "共有", "现有", "拥有")  # 某省是…, 某省有…: the sentence describes the place
# 某省统一战线动员…: the whole united front of a place acts as that place, wherever the report is
PLACE_UNITED_FRONT = ("统一战线", "統一戰線", "统战系统", "統戰系統")
# 某市某区还与某县某村签订协议，捐赠…: a place that opens its clause by dealing with another does the deed
PLACE_DEALS = re.compile(r"(?:还|也|又|再|先后|同时)?(?:与|同|向)")
AT_PLACE = "在"  # 在某村，…: a clause set in a place that names no other doer tells that place's figures
RECEIVES = ("接受", "接收", "收到", "获赠", "受赠")  # a body that receives what the figure counts does not act
# a body that took up what others sent it (报送信息80条，省政协采用9篇，省委领导批示6篇): the senders' figure
ADOPTS = re.compile(r"(?:单篇|转送|领导|主要领导)?(?:采用|录用|刊发|刊登|刊用|批示|批转)")
POSSESSED = ("所属", "下属", "旗下", "所辖")
MODIFYING_CLAUSE = re.compile(r"[\u4e00-\u9fff]{1,3}的")  # 指导的, 发起的: a verb's clause qualifying the name after it
MAX_MODIFYING = 4  # characters of that clause (its 的 included)
LIST_JOINER = re.compile(r"[”“]*(?:、|和|及|与)?[“]*(?:[\u4e00-\u9fff]{0,6}?(?:会长|主席|主任|书记|主委|部长|秘书长|理事长|董事长))?")
STUDIED_BEFORE = re.compile(r"(?:传达|学习|贯彻|领会|落实)(?:了|学习)?$")
STUDIED_AFTER = re.compile(r"[^，,。；;、]{0,14}?(?:会议|全会|讲话|大会|指示)?精神")
CLOSING_QUOTES = ("”", "」", "’", "』")
OPENING_QUOTES = ("“", "「", "‘", "『")
MAX_RUN_GAP = 8  # characters between 开展 and the programme it runs (广泛开展“某某”品牌活动)
NOT_A_DEED = "和与及等的、"  # what follows a name that is a list's item or a modifier, not the doer
# 会长张某表示，该会成立五年来…会员已突破1万人: one who speaks tells the work, it is not the speaker's own deed
SPEAKING = re.compile(r"(?:\d{1,2}日)?(?:续|又|还|再|亦|也|继续|接着)?(?:表示|指出|强调|透露|说)[，,：:]")  # 张某续说，…: speaking on
# 张某在会上表示，…; 张某讲话时说，…: speaking at an occasion
SPEAKING_AT = re.compile(r"[^，,。；;：:]{1,12}?[时上中](?:表示|指出|强调|透露|介绍|说)[，,：:]")
# 张某任主任委员，有党员47人: a person named to an office only says who led; the figure is not the person's deed
APPOINTED = re.compile(r"(?:担任|出任|当选为?|任)(?!务|何|期|职|性)")
# a figure with its measure word, and what it held in brackets, right before a 、 (捐款500万元(含物资130万元)、)
FIGURE_BEFORE = re.compile(r"\d(?:万|亿)?(?:元|人|名|家|个|户|项|次|场|所|件|份)(?:[（(][^）)]{0,20}[）)])?$")
MAX_FIGURE_TAIL = 30
LEVEL_OF_COUNTED = re.compile(r"^(?:新增|新建)?(?:国家级|省级|市级|州级|县级|区级|乡级|镇级|村级|海外|境外|省外|省内|市外|市内"
                              r"|县外|异地)?(?:[一二三四五]?星级)?(?:示范)?")  # 3个星级“侨胞之家”: a rating, too
# a meeting the figures of a clause were announced or honoured at (在某某大会上，)
AT_MEETING = re.compile(r"在[^，,。；;]{0,40}?(?:大会|会议|年会|论坛|座谈会|表彰会)上")
MAX_MEETING_PLACE = 48
LIST_JOINERS = ("以及", "、", "和", "及", "与", "+", "等")
OCCURRENCE_UNITS = frozenset({"次", "场", "场次", "期", "届", "轮", "批"})
CONTINUATIONS = ("据不完全统计", "据统计", "经统计", "其中", "截至目前", "截至年底", "累计", "共计")
# what may follow a programme's name at the close of its sentence (…宣传月活动。)
# …，持续开展“某某”活动(，助推某地经济高质量发展)。: the programme closes the sentence, past what it is for
PROGRAMME_CLOSE = re.compile(r"[”」]?(?:系列)?(?:活动|行动|工程)?(?:[，,](?:助推|助力|推动|促进|服务于?)[^，,。；;]{1,30})?[。！!]\s*")
# a sentence that opens by holding a programme, up to its name: 5月12日，成功举办第二届“
HOLDS = re.compile(r"(?:成功|隆重|首次|精心|联合|牵头)?(?:举办|举行|召开|开展|组织开展|启动|承办)了?[^，,。；;“”「」]{0,12}?[“「]?")
DATE_OPENING = re.compile(r"(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日)?(?:[上下]午|晚)?[，,]?")
# a sentence that opens with a deed of its own (组织…, 召开…) is no report of the figures of the one before
DEED_OPENING = re.compile(r"(?:组织|开展|举办|召开|推动|推进|建立|成立|深化|实施|打造|创建|引导|支持|协助|配合|制定"
                          r"|出台|培训|走访|邀请|举行|指导|完善|加强|积极|持续|深入|广泛|认真|扎实|大力|坚持|围绕|聚焦)")
DEFINED = re.compile(r"[”」]?(?:系列)?(?:活动|活動|行动|行動|工程)?(?:是|為|为)")  # “某某”活动是…: what it is
MAX_TOPIC_SENTENCE = 30  # characters: 组织“同心·共铸中国心”湖北恩施行活动。
# head words that stand alone for the one body of that kind a report named before (商会自成立以来…), and what
# such a body is said to have or do right after its head
BARE_BODY_HEADS = ("商会", "协会", "联谊会", "同乡会", "促进会", "联合会", "总会", "基金会", "学会", "公会", "会馆")
DELEGATION_AFTER = "一行"  # 某某一行向某校捐赠: the delegation the person leads
# the office written between a body and its officer's name (某党某省委|主委|某某, 某会|常务副会长|某某)
OFFICE_BEFORE_NAME = re.compile(r"(?:党组书记、)?(?:常务|专职|执行)?副?(?:主委|主任委员|会长|主席|理事长|部长|主任|书记|社长|董事长|总经理)$")
MAX_OFFICE = 8
OFFICERS_JOINED = ("，", ",", "、")  # between the officers of one body listed one after another
MAX_BEHALF = 24  # characters after an actor within which 代表 names whom it acts for
MIN_BARE_HEAD, MAX_BARE_HEAD = 2, 3  # the head a body is named by alone after 代表 (商会, 促进会)
MAX_KIND_BEFORE_NAME = 2  # 代表华侨某某: a kind of person between 代表 and the name
MAX_BARE_HEAD_REACH = 4  # sentences back to the body a head word alone stands for
DEMONSTRATIVE = re.compile(r"(?:(?:19|20)\d{2}年)?[该該此]")  # 该公司, 2016年该公司, 该商会: the body named before
# what a demonstrative names a body by besides the heads above (该会 alone is left out: in a news item on one society
# it is that society, whoever the guests' societies named since)
REFERRED_HEADS = ("公司", "集团", "企业")
GROUP_HEADS = ("集团",)  # 该集团: a group named in full with its legal form after the head (某某集团 then 有限公司)
ENTERPRISE = "企业"  # 该企业: the enterprise named before, whatever its name ends with
BARE_HEAD_DEEDS = ("共有", "现有", "拥有", "已有", "已", "先后", "累计", "共", "自", "目前", "全年", "发展", "吸纳", "会员",
                   "向", "为", "还", "捐")  # 商会向某校捐赠…, 商会为…: a gift to others
# 2015年，某某委员…, 2013年某市有…: the year a clause opens with, with or without its comma (not 2013年3月, 2013年度)
YEAR_LEAD = re.compile(r"(?:19|20)\d{2}年(?:[上下]半年|以来|底|初)?(?:[，,]\s*|(?![\d度月]))")
CLAUSE_ADVERBS = ("截至目前", "截止目前", "目前", "同时", "此外", "另外", "全年", "今年", "去年", "当年", "其中", "并", "还", "也",
                  "特别是", "尤其是", "比如", "例如")  # 特别是某公司投资…: the example's actor still opens its clause
# the sites a programme sets up (“某某”实践基地, “某某”示范点): counted for the programme, not the programme itself
PROGRAMME_UNITS = ("基地", "示范点", "示范村", "示范户", "服务站", "驿站", "工作室", "之家")
RECIPIENT_MARKS = ("向", "给", "为", "被")  # 向某慈善总会捐资: the body after it receives; 被某报采用: it takes
# 捐助我县某指挥部的善款, 捐赠给某会: the body a gift is made to, right after its verb (and the report's own place)
GIVEN_TO = re.compile(r"(?:捐助|捐赠给?|捐给|捐款给|资助)(?:我[省市州县区旗盟]?)?$")
COMMISSIONED_BY = ("完成", "承担", "承接")  # 完成某政协委托调研报告N篇: the work was done for that body, by another
GLUED_MARKS = ("向", "与", "对")  # marks no body's name opens with
METHOD_WORDS = ("工作法", "模式", "机制", "办法", "方式")  # 以“X”工作法: the way of working, not the programme
METHOD_MARKS = ("实行", "采取", "采用", "按照")
# “3+6”工作法, “一访二议”三步工作法: the method word after the name, its steps counted or not
# (“756”创建模式, “1+3”帮扶机制: what the way is of, two characters before its word; a new one, 富村新模式, is a programme's)
METHOD_AFTER = re.compile(rf"(?:[一二三四五六七八九十\d]+[步项个条种]|[\u4e00-\u9fff][^\W\d_新])?(?:{'|'.join(METHOD_WORDS)})")
CONTENT_VERBS = ("明确", "提出", "包括", "涵盖", "含")  # 制定《…方案》，明确5个方面: what a document holds
MAX_JOINED_GAP = 8  # characters between two list items: “A”公益帮扶及“B”
# one person's titles (a group's words such as 代表 or 会员 are left out: 侨胞代表齐聚… names no one)
PERSON_TITLES = ("会长", "主席", "主任", "书记", "部长", "委员", "企业家", "董事长", "总经理", "负责人",
                 "秘书长", "校长", "院长", "局长", "乡贤", "侨领", "理事长", "荣誉市民", "会员", "社员", "盟员", "党员",
                 "华侨", "侨胞", "同胞", "台商", "侨商",
                 "牧师", "法师", "住持", "方丈", "道长", "阿訇", "主教", "活佛")  # 牧师某某向某会捐款: clergy give as people
# the kind a named body is of, written before its name (市直宗教场所某某寺向某村捐赠…, 爱心企业某某公司): the clause
# opens on the body all the same
KIND_BEFORE_NAME = re.compile(r"[\u4e00-\u9fff]{0,6}(?:场所|企业|单位)|(?:侨企|台企|港企|民企)"  # 侨企某公司
                              r"|[\u4e00-\u9fff]{2,6}?[县区市镇乡]的")  # 某县的|某公司
# the event a clause is about, written before the body that acts in it (这次募捐活动某寺共募得…): the clause opens on
# the body all the same (an opening's matter, not a list item's kind)
EVENT_BEFORE_ACTOR = re.compile(r"(?:此次|本次|这次)[\u4e00-\u9fff]{0,6}?(?:活动|捐赠|募捐|义卖)(?:中|上|期间)?")
TITLE_CLAUSE = re.compile(rf"(?:副|常务副?)?(?:{'|'.join(PERSON_TITLES)})[，,、]")  # 某总支党员，: a title and no deed
# words whose first character is no preposition (某同乡会会长某某: an office, not 同 someone)
NOT_PARTNER_MARKS = ("同乡", "同学", "同胞", "同心", "同盟", "同业", "同仁", "和平", "和谐", "对外", "及时")
UNDER_FRAME = re.compile(r"在[^，,。；;：:]{2,40}下[，,]")  # 在某某的努力下，: under whose lead or help, not who acts
MAX_TITLES = 16  # characters of titles before a name: 县政协委员、商会会长
INVESTING = ("投资", "创办", "兴办")  # 某商会副会长某某投资1.9亿元创办…: the person's own venture
GIVERS_AFTER = re.compile(r"等(?:人|[^，,。；;、]{0,6}?(?:乡贤|乡亲|侨胞|人士|企业家|同胞))")  # 某某等人, 某某等在外乡贤
MAX_GIVERS_TITLES = 48  # characters of offices, and the bodies they are held in, before a giver's name (某会主委、…董事长)
# 某某（一行）向某校捐赠…, 向某村群众发放了价值…: a giver, its recipient, then what it gives
GIVEN_BY = re.compile(r"(?:一行)?向[^，,。；;、]{1,20}?(?:捐赠|捐款|捐资|捐助|资助|捐建|捐献|发放|赠送|送去|送上)")
GIVING = ("捐赠", "捐款", "捐资", "认捐", "捐助", "资助", "出资", "捐建", "捐献", "乐捐", "报效")  # 报效: as overseas papers write it
# others who give, named by their office or as a group, opening a clause (镇长捐款…, 几位副书记也捐…, 副会长们也出资…)
OTHERS_GIVE = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:镇长|乡长|县长|市长|区长|村长|书记|会长|主席|主任|部长|委员|理事|成员|干部"
                         r"|党员|会员|盟员)们?(?:各|也|还|亦|则|又|分别|个人)?(?:带头|率先)?(?:捐|出资|资助|认捐)")
MAX_OFFICES = 30  # characters of offices and the bodies they are held in, before a name in its own clause
# a collective actor of the region (各民主党派市委会…, 全市中小学校…, 广大统战成员…, 民营企业纷纷…) names an actor
# that is not the section's lead, and its figures stay with the region
# (全体会员, 全体社员: an association's or party's own members, whose deeds are its own, are no collective of the region)
COLLECTIVE_ACTOR = re.compile(r"(?:各(?!类|项|种|方面|个)|全(?:地区|[市县区州省盟旗镇])|广大|全体(?!会员|社员|盟员|成员)"
                              r"|(?:民营企业|企业家|商会|海外侨胞|港澳同胞|台湾同胞|侨胞|党外人士|统战成员|党派成员"
                              r"|宗教界人士|新的社会阶层人士)(?:[和与及、][^，,。]{1,8})?"
                              r"(?:积极|纷纷|踊跃|主动|自发|带头|共同|累计|向))")


# a kind of body in every place (各地民宗局, 各县工商联, 各级侨联): no one body that acts
EVERY_ONE = re.compile(r"各(?:地|级|县|市|区|乡镇|乡|镇|旗)?(?:（[^）]{0,6}）|\([^)]{0,6}\))?$")
COUNTED_JOINER = re.compile(r"[、，,和及与]|以及")
# figures of a region's economy, whoever reports them
INDICATOR = re.compile(r"GDP|地区生产总值|生产总值|财政收入|财政总收入|一般公共预算收入|固定资产投资|社会消费品零售总额"
                       r"|进出口总额|外贸进出口|人均可支配收入|规上工业增加值|规模以上工业增加值|民间投资"
                       r"|(?:民营|非公有制|非公)经济增加值"  # the private economy's value added (not a society's members')
                       r"|市场主体"  # 全市登记市场主体5万户: the place's businesses, whoever counts them
                       # 合同利用台资…亿美元, 批准台资项目N个: the investment the place drew
                       r"|利用(?:外资|台资|侨资|港资)|(?:批准|新批|新增)(?:台资|侨资|外资|港资)(?:项目|企业)"
                       r"|批准[^，,。；;]{0,4}(?:台资|侨资|外资|港资)项目")
GROWTH = re.compile(r"(?:同比|比上年|较上年|年均|年平均)?(?:增长|增幅|增速|下降)(?:了|达|为)?")
# what a speaker says a programme achieved (“某某”取得的最新成果; 某某行动的成效)
RESULTS_OF = re.compile(r"[”」]?(?:所?取得|以来)?的?(?:最新|阶段性|显著)?(?:成果|成效|成绩|进展)")
# a clause that names a programme by its head noun alone (行动覆盖了…; 该活动共吸引…)
PROGRAMME_REFERENCE = re.compile(r"(?:该|此项|这项|此次|本次|這項)?(?P<head>行动|行動|活动|活動|工程|计划|計劃)"
                                 r"(?:共|累计|累計|已)?(?:覆盖|覆蓋|吸引|带动|帶動|惠及|帮扶|幫扶|涉及|投入|实施|實施|开展|開展"
                                 r"|筹集|籌集|募集|筹措|籌措|资助|資助|救助|捐资|捐資|捐赠|捐贈)")
HEAD_AFTER_NAME = re.compile(r"[”」]?[\u4e00-\u9fff]{0,6}?(?:行动|行動|活动|活動|工程|计划|計劃)")  # “某某”精准扶贫行动
EVENT_REFERENCE = re.compile(r"(?:此次|本次)?(?:活动|会议)?(?:中|上|期间)[，,]|会上[，,]"
                             r"|(?:此次|本次|这次)(?:活动|会议|竞赛|比赛|大赛|论坛|评选|展览|展会)")  # 这次竞赛共收回…
ALL_OF = ("全市", "全县", "全区", "全州", "全省", "全旗", "全地区", "各")
AGENT = re.compile(r"由")
# what those counted go on to do: 等18家异地商会|开展“某某”活动
RUN_AFTER_COUNT = re.compile(r"[^，,。；;“「]{0,8}?(?:共同|一起|联合)?(?:开展|開展|举办|舉辦|参与|參與|参加|參加|实施|實施)“?")
TELLS = ("介绍", "介紹", "表示", "指出", "透露", "说", "說", "统计", "統計", "了解", "获悉", "獲悉")  # 据…介绍，
MEMBER_UNIT = re.compile(OFFICE_UNIT)  # 某商会会长单位|某集团; 某会理事所在企业|某公司: the unit of the body's officer
# what follows a programme's clause when examples of it are given (“某某”系列活动，如…)
EXAMPLES_OF = re.compile(r"[”」]?[^，,。；;“「]{0,12}[，,](?:如|比如|例如|诸如)")
MAX_DESCRIPTOR = 10  # characters between 由 and the agent's name: 由我县台资企业|某某公司提供…
PURPOSE = ("用于", "用來", "用来", "用以", "用於")  # a clause that says what the deeds before it are for
# money put in (投入, 筹集…) right before its figure, and the programme it is spent on right after (…实施两轮“某某”)
FUNDING = re.compile(r"(?:投入|投资|筹集|筹措|整合|安排|落实)(?:了|资金|各类资金)?\s*$")
MAX_FUNDING_GAP = 8
SPENT_ON = re.compile(r"(?:连续|先后|用于|专项)?(?:实施|开展|推进|启动)了?(?:[一二两三四五六七八九十\d]+[轮期批届])?")
SENDING = ("组织", "选派", "推荐", "推选", "征集", "选送", "报送", "遴选")
MAX_SENT_GAP = 8  # characters between 参加 and the name: 参加第十三届“某某”  # 组织5名党外人士参加“某某”评选: people sent to an initiative
SENT_TO = "参加"
DEEDS_OVER_COUNT = ("发展", "吸收", "新发展", "培训", "表彰", "慰问", "走访", "接待", "举办", "开展", "组织", "推荐")
TAKEN_UP = re.compile("被|入选|录用|采用|刊发|刊登")
DESTINATIONS = ("担任", "入选", "当选", "入围", "加入", "进入", "纳入", "被评为", "获评")
AWARDED = re.compile(r"荣获|获得?|被评为|获评")
MAX_DESTINATION_GAP = 8  # characters between 入选 and the body: 入选中共某省|省委统战部人才库
MEMBER_COUNT_UNITS = frozenset({"人", "名", "位"})
MEMBERS_BEFORE = re.compile(r"(?:党员|盟员|会员|社员|成员)?(?:共有|共|有|现有)?")  # 民盟66人; 九三学社社员共33名
BRINGING = ("邀请", "动员", "带领", "发动", "吸引")  # 邀请12家银行参加: those a body brings to its event are its figures
FOUNDING = ("成立", "组建", "建立", "设立", "筹建")
ATTENDS = "(?:参加|出席|列席|参会|与会)了?"  # the verbs of those who attend a meeting
ATTENDANCE = re.compile(rf"[^，,。；;]{{0,3}}?{ATTENDS}(?:会议|活动|座谈|培训|仪式|大会)")
# a news item's dateline: 某某新闻网讯（记者 某某）, 新华社某地3月2日电, 本报讯
PROFILE_AFTER = re.compile(r"[，,]?\s*(?:是|系)(?:一家|一所|一个|一座)")  # 某某公司，是一家…: what the sentence profiles
LOCATED_OPENING = re.compile(r"(?:位于|地处|坐落于|坐落在)[^，,。；;]{1,24}?的")
IN_PERSON = re.compile(r"(?:并|还|又|更)?(?:亲自|親自|个人|個人|本人)")  # 并亲自带头出资: the person themself
FOLLOWED_BY = re.compile(r"(?:按照|遵循|依照|根据|秉持|秉承|紧扣|践行|坚持)$")
# 通过“一对一”或“多对一”的方式, 采取“企业+合作社”模式: a way of working, the quoted modes listed before it too
MANNER_BEFORE = re.compile(r"(?:通过|以|采取|采用|运用|依托|推行|实行)[“「]?$")
LISTED_MODES = re.compile(r"[“「][^“”「」]{1,12}[”」](?:或|和|、|与|及)[“「]?$")
MODE_AFTER = re.compile(r"[”」]?(?:(?:或|和|、|与|及)[“「][^“”「」]{1,12}[”」])*(?:等)?的?(?:方式|模式|形式|工作法|办法)")
MAX_MODES_BEFORE = 16
GUIDELINE_AFTER = re.compile(r"[”」]?的?(?:工作|总体|发展|核心|服务)?(?:思路|原则|理念|方针|宗旨)")
DATELINE = re.compile(r"[^，,。；;\s]{0,20}?(?:网|报|台|社|频道|在线|新闻|融媒体中心)\s?[^，,。；;\s]{0,12}?(?:讯|日电|日消息)"
                      r"\s*(?:[（(][^（()）]{0,30}[）)])?|本报讯")
MAX_DATELINE_SENTENCE = 8
# the close of a sentence that lists who attended: …等800余人参加会议。
ATTENDS_AT_CLOSE = re.compile(rf"[^，,。；;：:“”]{{0,24}}?{ATTENDS}(?:[\u4e00-\u9fff]{{0,4}}?(?:会议|会|活动|仪式|典礼|开幕式|座谈|培训))?"
                              r"\s*[。！!；;]")
REGION_WIDE = re.compile(r"(?:全(?:地区|[市县区州省盟旗镇])|各(?!类|项|种|方面|个)|广大|我(?:地区|[市县区州省盟旗镇]))")
VENUE_CLOSE = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:上|中|期间)")  # 在某会(全会)上: a place, not a doer
# a body, what it did with them, 的, then the count: 县政协收到的…件提案, 县侨联走访的…户侨眷
HANDLED_BY = re.compile(r"(?:共|累计|先后|全年|当年)?(?:收到|征集|受理|收集|办理|评出|评选出|推荐|立案|接待|走访|培训|发展)了?的")
OWN_REGION = re.compile(r"我(?:地区|[市县区州省盟旗镇])|[市县区州省]内(?=有|现有|共有)")  # 市内有…: within the place
COLLECTIVE_AFTER = re.compile(r"[^，,。；;]{0,10}?(?:积极|纷纷|踊跃|主动|自发|带头|共同)")
COUNTED_TAIL = re.compile(r"等(?:共|共计|合计)?")  # 张某、李某等7位: the list ends where the count starts
# an enterprise whose legal form the mention leaves out is still an example (某某集团有限公司等12家)
EXAMPLE_AFTER = re.compile(r"(?:股份)?(?:有限)?(?:责任)?公司等|集团等")


def attribute_quantities(extraction: Extraction) -> list[QuantityMention]:
    """The report's quantities, each with the index of its subject mention (None: the report's region)."""
    text = extraction.document.matching_text or extraction.document.text
    datelines = _datelines(extraction, text)
    by_sentence: dict[int, list[int]] = {}
    for index, mention in enumerate(extraction.mentions):
        if mention.cls in SUBJECT_CLASSES and mention.end > datelines.get(mention.sentence, -1) \
                and not nationwide_movement(mention):
            by_sentence.setdefault(mention.sentence, []).append(index)
    initiatives = _initiatives_by_name(extraction.mentions)
    governors = section_governors(extraction, text, by_sentence)
    frames = paragraph_frames(extraction, text, by_sentence)
    items = item_frames(extraction, text)
    runs = run_frames(extraction, text)
    profiles = profile_frames(extraction, text)
    about = text_actor(extraction, text, by_sentence)
    event = about if about is not None and extraction.mentions[about].cls == "Initiative" else None
    # a party committee's or an association's own account: what it counts across its place is its own
    own_account = about if about is not None and extraction.mentions[about].cls in ("Association", "PoliticalParty") \
        else None
    attributed: list[QuantityMention] = []
    counted_ends = {quantity.end for quantity in extraction.quantities}
    for quantity in extraction.quantities:
        item = _enumerated(extraction, text, quantity, attributed) or _itemised(extraction, text, quantity, attributed) \
            or _gift_referred(extraction, text, quantity, attributed) or _value_of_gift(text, quantity, attributed)
        if item is not None:
            attributed.append(replace(quantity, subject=item.subject))
            continue
        respective = _respective(extraction, text, quantity, by_sentence.get(quantity.sentence, []))
        if respective is not None:
            attributed.append(replace(quantity, subject=respective))
            continue
        if _regional_indicator(text, quantity, extraction.sentences[quantity.sentence].start):
            attributed.append(replace(quantity, subject=None))  # 某县GDP完成…亿元，增长8%: the region's economy
            continue
        if about is not None and _attendance(text, quantity, extraction.sentences[quantity.sentence]):
            # 县委召开统战工作会议…，各乡镇负责人等800余人参加会议: those who attend are the meeting's, not the listed bodies'
            attributed.append(replace(quantity, subject=about))
            continue
        candidates = [index for index in by_sentence.get(quantity.sentence, [])
                      if not _outlet_of_pieces(text, extraction.mentions[index], quantity)
                      and not _named_instance(text, extraction.mentions[index], counted_ends)
                      and not _aside(text, extraction.mentions[index], quantity)
                      and not _guideline(text, extraction.mentions[index])
                      and not (extraction.mentions[index].cls in ACTOR_CLASSES
                               and text.endswith(COMMISSIONED_BY, 0, extraction.mentions[index].start))]
        subject = _quoted_speaker(extraction, text, quantity)
        if subject is None:
            subject = _led_by(extraction, text, quantity, candidates)
        if subject is None:
            subject = _results_told(extraction, text, quantity, candidates)
        if subject is None:
            subject = _told_by_officer(extraction, text, quantity, candidates)
        if subject is None:
            subject = _subject(quantity, candidates, extraction, text, initiatives)
        if subject is None:
            subject = _person_referred(extraction, text, quantity)
        if subject is None:
            subject = _place(extraction, text, quantity)
            if subject is not None and subject == extraction.region_mention and _continues(extraction, quantity.sentence):
                # 深化“某某”行动。目前，某市共有N家企业参与结对: the programme's progress, told by its region
                topic = _topic(extraction, by_sentence.get(quantity.sentence - 1, []), text)
                subject = topic if topic is not None else subject  # (the first mention of all is index 0)
            if subject is not None and subject == extraction.region_mention and event is not None \
                    and not extraction.mentions[event].name.endswith(GATHERING_HEADS) \
                    and not OVER_THE_YEARS.match(text, extraction.sentences[quantity.sentence].start):
                # 截至目前，某县已有80家企业参与: a programme's news tells its progress by its region (but at a
                # gathering, 某商大会, what the place itself does, 今年以来，某县认领资金…, is the place's, and so is
                # its record over the years, 近年来，某县累计投入…)
                subject = None
        if subject is None:
            subject = _persons_next_part(extraction, text, quantity, attributed, by_sentence.get(quantity.sentence, []))
        if subject is None and _continues(extraction, quantity.sentence):
            subject = _topic(extraction, by_sentence.get(quantity.sentence - 1, []), text)
            if subject is None:  # 近年来，在某乡，乡贤回报桑梓…。其中，有乡贤捐建路灯80盏: the place the sentence before is set in
                subject = _opening_place(extraction, text, quantity.sentence - 1)
        if subject is None:
            subject = _programme_referred(extraction, text, quantity)
        if subject is None:
            subject = _participants_of_run(extraction, text, quantity, by_sentence)
        if subject is None:
            subject = _opener_goes_on(extraction, text, quantity, candidates)
        if subject is None and EVENT_REFERENCE.match(text, extraction.sentences[quantity.sentence].start):
            # 市工商联举办“某某”对接会…。会上，45家企业签约: the event the sentence before names; in a news
            # item on an event, that event (活动中，A、B为某地组织捐款4000多万元)
            subject = _event_before(extraction, text, quantity.sentence, by_sentence)
            if subject is None:
                subject = event
        if subject is None and not _names_an_actor(extraction, quantity, text, by_sentence.get(quantity.sentence, [])):
            paragraph = extraction.sentences[quantity.sentence].paragraph
            frame = frames.get(paragraph)
            exemplified = _exemplified(extraction, text, quantity, by_sentence)
            if exemplified is not None:
                subject = exemplified
            elif quantity.sentence in profiles:  # 某某某，女，民建会员。履职情况：…: the person's record
                subject = profiles[quantity.sentence]
            elif quantity.sentence in items:  # 一是实施某某计划。…打造N个示范点: the item's programme
                subject = items[quantity.sentence]
            elif quantity.sentence in runs:  # 实施某某行动，…；对于某某，投入…: the programme the sentence opened with
                subject = runs[quantity.sentence]
            elif frame is not None and extraction.mentions[frame].sentence < quantity.sentence:
                subject = frame
            else:
                subject = governors.get(quantity.sentence)
                if subject is not None and subject == event and HEARSAY.match(text, extraction.sentences[quantity.sentence].start):
                    subject = None  # 据悉，在外某地籍商人逾5万…: what the news item adds of the place, not of its event
            if subject is None:
                subject = _brought_to(extraction, text, quantity)
        if subject is None:
            subject = _officers_of(extraction, text, quantity)
        if subject is None and own_account is not None \
                and _across_the_place(extraction, text, quantity, by_sentence.get(quantity.sentence, []), own_account):
            subject = own_account  # 截至年底，全区共有社员…; 全市已有六成会员企业…: the body's own reach
        if subject is not None:
            subject = _represented(extraction, text, subject)
        if subject is not None and extraction.mentions[subject].cls == "Person":
            led = _delegation_of(extraction, text, quantity, by_sentence.get(quantity.sentence, []))
            subject = subject if led is None else led
        attributed.append(replace(quantity, subject=subject))
    return attributed


# the title a person is addressed by, written right after the name (某某先生, 某某法师, 某某大和尚)
ADDRESSED_BY = re.compile(rf"(?:{MONASTIC_TITLES}|{HONORIFIC_AFTER})?")
DELEGATION = re.compile(r"一行[近约逾]?$")  # 某部副部长某某一行8人: the delegation the person leads


def _delegation_of(extraction: Extraction, text: str, quantity: QuantityMention, named: list[int]) -> int | None:
    """The body whose delegation a person leads (某区委统战部副部长，某区侨联主席某某一行8人; 某会会长某某携手…一行20人):
    the first body that opens a clause of its sentence before the count, whose titles the person's list opens with, not
    one a purpose clause names (为贯彻党中央…). Measured over the opened gold: 8 delegations counted for their body, 1
    for the person leading it."""
    if not DELEGATION.search(text, max(0, quantity.start - 3), quantity.start):
        return None
    sentence_start = extraction.sentences[quantity.sentence].start
    # (a party as a whole leads no delegation: 某党民意代表某某团组一行N人 is the person's)
    return next((i for i in named if extraction.mentions[i].cls in ACTOR_CLASSES
                 and not (extraction.mentions[i].cls == "PoliticalParty" and extraction.mentions[i].code == NATIONAL)
                 and extraction.mentions[i].end <= quantity.start
                 and _opens_clause(text, extraction.mentions[i].start, sentence_start)), None)


def _represented(extraction: Extraction, text: str, subject: int) -> int:
    """张某某代表市工商联向某会捐款: a person who acts on behalf of a body does the body's deed; so does one who leads
    its delegation (某某一行向某校捐赠…), the body the text names with the person's office before (某党某省委主委某某);
    an actor acting on behalf of people named after 代表 (某部干部某某代表侨胞甲、乙两位会长…) does their deed."""
    person = extraction.mentions[subject]
    if person.cls == "Person" and text.startswith(DELEGATION_AFTER, person.end):
        office = _office_body(extraction, text, person)
        return subject if office is None else office  # (the body may be the text's first mention, index 0)
    givers = _on_behalf_of_people(extraction, text, person)
    if givers is not None:
        return givers  # 某部某某代表华侨甲会长、乙会长为某园送来…: the people the deed is done for are its givers
    if person.cls != "Person":
        return subject
    after = ADDRESSED_BY.match(text, person.end).end()  # 某某大和尚代表某会: past the title the person is addressed by
    if not text.startswith(ON_BEHALF, after):
        return subject
    at = after + len(ON_BEHALF)
    named = next((index for index, mention in enumerate(extraction.mentions)
                  if mention.start == at and mention.cls in ACTOR_CLASSES), None)
    if named is not None:
        return named
    heads = [text[at:at + size] for size in range(MIN_BARE_HEAD, MAX_BARE_HEAD + 1)]
    office = _office_body(extraction, text, person)  # 某会会长某某代表|商会向…捐赠: the body of the office, by its head
    if office is not None and extraction.mentions[office].name.endswith(tuple(heads)):
        return office
    # 某集团董事长、某会副秘书长某某代表|集团…: the body of that head among those the person's titles name
    titled = [index for index, mention in enumerate(extraction.mentions) if mention.cls in CLAUSE_ACTOR_CLASSES
              and person.start - MAX_OFFICES <= mention.start and mention.end <= person.start
              and not any(char in CLAUSE_BREAKS for char in text[mention.end:person.start])
              and mention.name.endswith(tuple(heads))]
    return titled[-1] if titled else subject


def _on_behalf_of_people(extraction: Extraction, text: str, actor: Mention) -> int | None:
    """The person an actor acts on behalf of, named after 代表 in the actor's clause (某部调研员某某代表华侨某某会长…)."""
    clause_end = _clause_end(text, actor.end, min(len(text), actor.end + MAX_BEHALF))
    behalf = text.find(ON_BEHALF, actor.end, clause_end)
    if behalf < 0:
        return None
    return next((index for index, mention in enumerate(extraction.mentions) if mention.cls == "Person"
                 and behalf + len(ON_BEHALF) <= mention.start <= behalf + len(ON_BEHALF) + MAX_KIND_BEFORE_NAME
                 and mention.end <= clause_end), None)


# 在某党某省委负责人某某带领下，…一行N人前往…捐赠: the body whose officer leads the group, at the sentence's opening
LED_BY = re.compile(r"在(?P<leader>[^，,。；;]{2,40}?)(?:的)?(?:带领|率领|带队)下[，,]?")


def _led_by(extraction: Extraction, text: str, quantity: QuantityMention, candidates: list[int]) -> int | None:
    """The body whose officer a sentence opens by saying led the group that did what it counts (在某党某省委负责人
    某某带领下，会同…，某公司一行8人前往某镇…捐赠价值3万元药品): the group is that body's, whoever joined it."""
    sentence = extraction.sentences[quantity.sentence]
    opening = past_news_opening(text, sentence.start, quantity.start)
    led = LED_BY.match(text, opening, quantity.start)
    if led is None or not any(extraction.mentions[index].start == led.start("leader") for index in candidates):
        return None
    # 在某会副主席、某商会会长某某的带领下: the body of the office named last, right before the leader's name
    bodies = [index for index in candidates if extraction.mentions[index].cls in ACTOR_CLASSES
              and extraction.mentions[index].code != NATIONAL
              and led.start("leader") <= extraction.mentions[index].start < led.end("leader")]
    return max(bodies, key=lambda index: (extraction.mentions[index].start, extraction.mentions[index].end), default=None)


def _office_body(extraction: Extraction, text: str, person: Mention,
                 classes: frozenset[str] = ACTOR_CLASSES) -> int | None:
    """The body of one of `classes` that a person is first named an officer of, its name, an office, then the
    person's (某党某省委主委某某, 某公司董事长某某)."""
    for mention in extraction.mentions:
        if mention.cls != "Person" or mention.name != person.name or mention.start > person.start:
            continue
        office = OFFICE_BEFORE_NAME.search(text, max(0, mention.start - MAX_OFFICE), mention.start)
        if office is None:
            continue
        body = next((index for index, body in enumerate(extraction.mentions)
                     if body.cls in classes and body.end == office.start()), None)
        if body is None and text[office.start() - 1:office.start()] in OFFICERS_JOINED:
            # 某会副会长甲某，副会长乙某一行: an officer listed after another of the same body
            before = next((other for other in extraction.mentions
                           if other.cls == "Person" and other.end == office.start() - 1), None)
            return _office_body(extraction, text, before, classes) if before is not None else None
        return body
    return None


def _guideline(text: str, mention: Mention) -> bool:
    """按照“一园一特色、一点一品牌”的思路, 通过“一对一”或“多对一”的方式: a slogan followed, or a way of working
    taken, does nothing the figures count."""
    if mention.cls != "Initiative":
        return False
    before = text[max(0, mention.start - 4):mention.start]
    if FOLLOWED_BY.search(before) and GUIDELINE_AFTER.match(text, mention.end) is not None:
        return True
    listed = LISTED_MODES.search(text, max(0, mention.start - MAX_MODES_BEFORE), mention.start)
    first = listed.start() if listed else mention.start  # “一对一”或|“多对一”: the first of the modes listed
    return MANNER_BEFORE.search(text, max(0, first - 4), first) is not None \
        and MODE_AFTER.match(text, mention.end) is not None


def _aside(text: str, mention: Mention, quantity: QuantityMention) -> bool:
    """Whether a mention stands in an aside of brackets that close before the quantity and open on 或, 含 or 与
    (开展（或参与某委）调研6次): another who might have taken part, not who did what the clause counts."""
    opened = _open_bracket_before(text, mention.start)
    if opened < 0 or mention.start - opened > MAX_ASIDE:
        return False
    closed = min((at for at in (text.find(")", mention.end), text.find("）", mention.end)) if at >= 0), default=-1)
    return 0 <= closed < quantity.start and text[opened:closed].startswith(("(或", "（或", "(含", "（含", "(与", "（与"))


WE = "我们"  # a speaker speaking for the body of the office the speaker holds
SAID_END = re.compile("[。！？]")  # the end of the sentence a quotation's speaker is named in
QUOTE_SPEAKER = re.compile(r"[^，。；：“”]{0,10}?(?:负责人|会长|董事长|总经理|主任|书记|主席|经理)?[\u4e00-\u9fff]{0,4}?"
                           r"(?:表示|说|介绍|介紹|說)")  # ”某公司负责人介绍: who spoke the quotation


def _quoted_speaker(extraction: Extraction, text: str, quantity: QuantityMention) -> int | None:
    """The organisation whose spokesman said the quotation a figure stands in (“我们每年安置农民工N人。”某公司
    负责人介绍): the figure is the organisation's own account."""
    line_start = text.rfind("\n", 0, quantity.start) + 1
    if text.rfind("“", line_start, quantity.start) < 0:
        return None  # no quotation opens before the figure in its line
    line_end = text.find("\n", quantity.end)
    line_end = len(text) if line_end < 0 else line_end
    # the outermost quotation around the figure (“我们为‘某某’捐赠…”: a name quoted inside the words)
    opened, closed = next(((line_start + start, line_start + end - 1)
                           for start, end in quoted_spans(text[line_start:line_end])
                           if text[line_start + start] == "“" and line_start + start < quantity.start
                           and quantity.end < line_start + end), (-1, -1))
    if opened < 0:
        return None
    said = SAID_END.search(text, closed)
    said_end = said.end() if said else len(text)
    if any(m.cls == "Initiative" and closed < m.start < said_end for m in extraction.mentions):
        return None  # ”某部副部长介绍“某某”行动取得的成果时说: the programme's results, told by its department
    for index, mention in enumerate(extraction.mentions):
        if mention.start != closed + 1 or not QUOTE_SPEAKER.match(text, mention.end):
            continue
        if mention.cls in ("Organization", "Association", "GovernmentBody"):
            return index
        if mention.cls == "Person" and WE in text[opened:quantity.start]:
            # “我们…捐赠N万元。”某某表示: the body of the office the speaker was named in before
            return _office_body(extraction, text, mention, CLAUSE_ACTOR_CLASSES)
    return None


def _named_instance(text: str, mention: Mention, counted_ends: set[int]) -> bool:
    """Whether a mention stands in brackets opened right after a figure (新建商会1个（某某商会）): it names what
    was counted, so it does none of the counting."""
    return _open_bracket_before(text, mention.start) in counted_ends


def _open_bracket_before(text: str, position: int) -> int:
    """Where the round bracket that is still open at `position` opens, or -1 (none, or one closed before it)."""
    opened = max(text.rfind("(", 0, position), text.rfind("（", 0, position))
    return -1 if opened < 0 or any(mark in text[opened:position] for mark in ")）") else opened


def _outlet_of_pieces(text: str, mention: Mention, quantity: QuantityMention) -> bool:
    """《某某日报》4条, 被某某网采用稿件3篇: the outlet that published the pieces a figure counts is where they went,
    not who wrote them."""
    if quantity.unit not in PIECES:
        return False
    if mention.cls != "Organization":  # 盟省委采用5篇, 市委某某会议采用3篇: the body that took them up
        return bool(ADOPTED_BY.match(text, mention.end))
    after = mention.end + (text[mention.end:mention.end + 1] == "》")
    return mention.name.endswith(OUTLET_HEADS) or bool(OUTLET_AFTER.match(text, after))


def _datelines(extraction: Extraction, text: str) -> dict[int, int]:
    """Where the dateline of a news item's opening sentences ends (某县新闻网讯（记者 某某）|近日，…): the outlet
    and the reporter named there tell the news, they do nothing in it."""
    ends = {}
    for sentence in extraction.sentences[:MAX_DATELINE_SENTENCE]:
        end = _dateline_end(text, sentence)
        if end is not None:
            ends[sentence.index] = end
    return ends


def _dateline_end(text: str, sentence) -> int | None:
    """Where the dateline a news item's opening sentence starts with ends, or None (past the opening, or none)."""
    dateline = DATELINE.match(text, sentence.start, sentence.end) if sentence.index < MAX_DATELINE_SENTENCE else None
    return dateline.end() if dateline else None


def _attendance(text: str, quantity: QuantityMention, sentence) -> bool:
    """Whether a quantity counts those who attend, in the clause that closes a list of guests (…负责人等800余人参加
    会议; 来自26个国家的逾百人出席活动), not people a body sent or invited (组织200名企业家参加培训; 邀请12家银行参加)."""
    closing = ATTENDS_AT_CLOSE.match(text, quantity.end, sentence.end)
    if not closing:
        return False
    opening = _clause_start(text, quantity.start, sentence.start)
    return not any(verb in text[opening:quantity.start] for verb in SENDING + BRINGING)


def _results_told(extraction: Extraction, text: str, quantity: QuantityMention, candidates: list[int]) -> int | None:
    """The programme whose results a speaker gives in a quotation (“…签约项目29个，签约资金79亿元。”某某介绍“某某”
    取得的最新成果时说): the figures quoted are the programme's, whoever tells them."""
    sentence = extraction.sentences[quantity.sentence]
    opening = text.rfind("“", sentence.start, quantity.start)
    if opening < 0 or "”" in text[opening:quantity.start]:
        return None
    closing = text.find("”", quantity.end, sentence.end)
    if closing < 0:
        return None
    for index in candidates:
        mention = extraction.mentions[index]
        if mention.cls == "Initiative" and mention.start > closing and RESULTS_OF.match(text, mention.end, sentence.end):
            return index
    return None


# 某公司负责人说，… / 据某会会长某某介绍，…: an officer of the body the sentence opens with speaks for it
OFFICER = re.compile(rf"(?:(?:有关|相关|主要)?负责人|{OFFICE_AFTER.pattern})")
QUOTE_CLOSERS = "”」"
SPOKEN_LEAD = QUOTE_CLOSERS + "\"' 据"  # the quotation closed before the sentence's opening, and 据 (according to)
OFFICER_TELLS = re.compile(rf"{SPEAKS.pattern}|(?:{TELL_VERBS})")  # the officer named (某某表示) or not (表示)


def _told_by_officer(extraction: Extraction, text: str, quantity: QuantityMention, candidates: list[int]) -> int | None:
    """The body whose officer opens the figure's sentence telling it (”某公司负责人说，依托合作社，企业已带动N名农民…;
    据某商会会长某某介绍，今年…捐款…): the figures told are that body's when no clause after the telling opens on
    another body or a person."""
    sentence = extraction.sentences[quantity.sentence]
    opening = past_news_opening(text, sentence.start, quantity.start)  # (怡保8日讯)某会会长某某说: past the dateline
    while opening < quantity.start and text[opening] in SPOKEN_LEAD:
        opening += 1
    # at the sentence's opening, or right after a quotation the sentence opened with (“我们…。”某公司负责人表示，…)
    body = next((i for i in reversed(candidates) if extraction.mentions[i].cls in CLAUSE_ACTOR_CLASSES
                 and extraction.mentions[i].end <= quantity.start
                 and (extraction.mentions[i].start == opening
                      or text.endswith(tuple(QUOTE_CLOSERS), 0, extraction.mentions[i].start))), None)
    if body is None:
        return None
    office = OFFICER.match(text, extraction.mentions[body].end, quantity.start)
    told = OFFICER_TELLS.match(text, office.end(), quantity.start) if office else None
    if told is None:
        return None
    if any(told.end() <= extraction.mentions[i].start < quantity.start
           and extraction.mentions[i].cls in CLAUSE_ACTOR_CLASSES | {"Person"}
           and _opens_clause(text, extraction.mentions[i].start, told.end()) for i in candidates):
        return None  # 某会负责人介绍，某公司捐款…: the company the telling names acts
    for start in [told.end()] + [at + 1 for at in range(told.end(), quantity.start) if text[at] in CLAUSE_BREAKS]:
        while start < quantity.start and text[start] in CLAUSE_BREAKS:
            start += 1  # past the comma after the telling (某某介绍，全市…)
        if COLLECTIVE_ACTOR.match(text, _after_adverbs(text, start)):
            return None  # 据某部副部长某某介绍，全市共有…: the whole place's count, which the officer only tells
    return body


def _programme_referred(extraction: Extraction, text: str, quantity: QuantityMention) -> int | None:
    """The programme of the report that a clause opening with its head noun alone refers to (2019年底，行动
    覆盖了全省68%的贫困乡镇; 该活动共吸引3000余人): named earlier as “某某”精准扶贫行动 or 某某活动, the one
    named most often of several."""
    sentence = extraction.sentences[quantity.sentence]
    clause = _clause_start(text, quantity.start, sentence.start)
    # the figure's clause, or an earlier one of its sentence that it goes on from with no doer of its own
    # (该计划累计募集…，资助了…名学生), the nearest first
    openings = [_after_adverbs(text, start)
                for start in dict.fromkeys((clause, *_earlier_clauses(text, clause, sentence.start), sentence.start))]
    found = next(((rank, reference) for rank, opening in enumerate(openings)
                  if (reference := PROGRAMME_REFERENCE.match(text, opening, quantity.start)) is not None), None)
    if found is None:
        return None
    rank, reference = found
    opening = openings[rank]
    if rank and any(openings[rank - 1] <= m.start < quantity.start and m.sentence == quantity.sentence
                    and m.cls in SUBJECT_CLASSES for m in extraction.mentions):
        return None  # a doer named in a nearer clause: the figure goes on from its deed
    head = reference.group("head")
    referred: dict[str, list[int]] = {}
    for index, mention in enumerate(extraction.mentions):
        if mention.cls != "Initiative" or mention.start >= opening:
            continue
        tail = HEAD_AFTER_NAME.match(text, mention.end)
        if text[mention.start:mention.end].rstrip("”」").endswith(head) or tail and tail.group(0).endswith(head):
            referred.setdefault(mention.name, []).append(index)
    # of several, the one the text is about: named more often than any other
    ranked = sorted(referred.values(), key=len, reverse=True)
    return ranked[0][0] if ranked and (len(ranked) == 1 or len(ranked[0]) > len(ranked[1])) else None


def _event_before(extraction: Extraction, text: str, index: int, by_sentence: dict[int, list[int]]) -> int | None:
    """The programme or event the sentence before, in the same paragraph, is about: what a sentence that
    opens by pointing at an event (会上，; 活动中，) refers to."""
    if index == 0 or extraction.sentences[index - 1].paragraph != extraction.sentences[index].paragraph:
        return None
    topic = _topic(extraction, by_sentence.get(index - 1, []), text)
    return topic if topic is not None and extraction.mentions[topic].cls == "Initiative" else None


def _person_referred(extraction: Extraction, text: str, quantity: QuantityMention) -> int | None:
    """The person a sentence opening on 他 or 她 refers to (某某…。他在家乡投入2亿余元…): the last person the sentences
    before named, when the sentence names no body or person of its own and does not tell what the person said (他说，
    某会…: the speaker's words are about others)."""
    sentence = extraction.sentences[quantity.sentence]
    start = sentence.start + len(sentence.text) - len(sentence.text.lstrip())
    lead = PRONOUN_LEAD.match(text, start, quantity.start)
    if lead is not None:
        start = lead.end()  # 创业有成后，他返乡…; 多年来，她…: when, then the person
    if not text.startswith(PRONOUNS, start) or text.startswith(NOT_ONE_PERSON, start) \
            or PRONOUN_TELLS.match(text, start + 1, quantity.start):
        return None
    if any(m.sentence == quantity.sentence and m.cls in CLAUSE_ACTOR_CLASSES | {"Person"} and m.start < quantity.start
           and _acts(text, m) for m in extraction.mentions):
        return None  # (他向某会捐赠…: the body given to does nothing)
    earlier = [i for i, m in enumerate(extraction.mentions) if m.cls == "Person"
               and quantity.sentence - MAX_PRONOUN_REACH <= m.sentence < quantity.sentence]
    return earlier[-1] if earlier else None


PRONOUNS = ("他", "她")
PRONOUN_LEAD = re.compile(r"[^，,。；;“”]{1,10}?(?:后|後|来|來|时|時|中|间|間|年|月|日)[，,]\s*(?=[他她])")  # 创业有成后，他
NOT_ONE_PERSON = ("他们", "她们", "他們", "她們", "他人", "他乡", "他鄉")  # they, others, elsewhere
MAX_PRONOUN_REACH = 2  # sentences back to the person a pronoun stands for
PRONOUN_TELLS = re.compile(rf"(?:在[^，,。；]{{0,12}}?)?(?:{TELL_VERBS})")  # 他说, 他在会上表示: what the person says


def _place(extraction: Extraction, text: str, quantity: QuantityMention) -> int | None:
    """A place within the report's region whose figure the quantity is: the place its clause (or its sentence)
    opens with as the actor (某县投资50万元建成…), or whose work the figure describes (投资50万元的某县某某项目).
    A place that holds the report's region, or the region itself, says nothing more specific."""
    if extraction.region_mention is None:
        return None
    region = extraction.mentions[extraction.region_mention]
    sentence = extraction.sentences[quantity.sentence]
    places = {m.start: i for i, m in enumerate(extraction.mentions) if m.cls == "Region" and m.sentence == quantity.sentence}
    bodies = {m.start for m in extraction.mentions if m.sentence == quantity.sentence and m.cls != "Region"}
    clause = _after_adverbs(text, _clause_start(text, quantity.start, sentence.start))
    openings = [clause]
    if not REGION_WIDE.match(text, clause):
        openings.append(_after_adverbs(text, sentence.start))
        # 某村按标准建成…；建设…200平方米: a place that opens an earlier clause goes on acting, when no body or
        # other place opens a clause between
        for start in _earlier_clauses(text, clause, sentence.start):
            opening = _after_adverbs(text, start)
            if opening in bodies:
                break
            if opening in places:
                openings.append(opening)
                break
        else:
            joined = _joined_place_opening(extraction, text, quantity.sentence)
            if joined is not None:
                openings.append(extraction.mentions[joined].start)
                places[extraction.mentions[joined].start] = joined
    found = None
    if text.startswith("的", quantity.end) and quantity.end + 1 in places:
        found = places[quantity.end + 1]
    referred = next(filter(None, (_referred_place(extraction, text, opening, quantity) for opening in openings)), None)
    if referred is not None:
        return referred  # 某县某镇某村… 至此，该镇已收到捐助25万多元: the township named before
    for opening in openings:
        within = text.startswith(AT_PLACE, opening) and opening + len(AT_PLACE) in places  # 在某乡某村，22个民族…
        start = opening + len(AT_PLACE) if within else opening
        if found is None and start in places and start not in bodies and start < quantity.start:
            index = _most_specific_at(extraction, places, start)
            end = extraction.mentions[index].end
            if within and not text.startswith(("，", ","), end):
                continue  # 在某村开展…: where a deed is done, told by the clause's doer
            owned = text.startswith("的", end) and end + 1 == quantity.start  # 某县某镇某村的300亩柑橘: the place's own
            if end not in bodies and (owned or not text.startswith(("的", "、", "和", "与", "及", "等"), end)):
                found = index
    if found is None:
        return None
    place = extraction.mentions[found]
    opening_places = {_most_specific_at(extraction, places, o) for o in openings if o in places}  # 某市某区: the district
    if place.code and place.code != region.code and found in opening_places \
            and (text.startswith(DESCRIBED_PLACE + PLACE_UNITED_FRONT, place.end) or PLACE_DEALS.match(text, place.end)) \
            and place.scope != "country":
        return found  # 某省是重点侨乡，有归侨侨眷近300万; …，某省有3个单位…: a clause about that place, wherever the report is
    if _is_region(place, region) and found in opening_places \
            and place.scope != "country" and not text.startswith(ITS_BODIES, place.end):
        # 某县共有民营经济人士约30万人, 某县有在台同胞千余人: the region's own figure, told of it (not 某省各级侨联…),
        # in its clause or a later one with no doer of its own (某市党外人士提交提案90件，报送信息170篇)
        return extraction.region_mention
    return found if _within_region(extraction, place, region) else None


def _is_region(place: Mention, region: Mention) -> bool:
    """Whether a place is the report's region: by its code, or by its name when both are places the gazetteer lacks
    (a village's report, 某县某镇某村位于…，人口3016人: the village told of again)."""
    if place.code or region.code:
        return place.code == region.code
    return place.name == region.name


def _most_specific_at(extraction: Extraction, places: dict[int, int], start: int) -> int:
    """The most specific place of a run written from `start` (某县某镇某村: the village), places by where they start."""
    index = places[start]
    while extraction.mentions[index].end in places:
        index = places[extraction.mentions[index].end]
    return index


def _within_region(extraction: Extraction, place: Mention, region: Mention) -> bool:
    """Whether a place lies inside the report's region, not the region itself: by its code, or where the report
    writes a place the gazetteer lacks (_held_by_region)."""
    if not place.code:
        return _held_by_region(extraction, place, region)
    return bool(region.code) and place.code != region.code and load_gazetteer().is_within(place.code, region.code)


MAX_TIME_LEAD = 6  # characters of a clause that only says when (近年来，今年以来，)


def _opening_place(extraction: Extraction, text: str, index: int) -> int | None:
    """The place within the report's region that a sentence opens on (某村…; 在某乡，…), the most specific written."""
    if extraction.region_mention is None:
        return None
    region = extraction.mentions[extraction.region_mention]
    sentence = extraction.sentences[index]
    places = {m.start: i for i, m in enumerate(extraction.mentions) if m.cls == "Region" and m.sentence == index}
    opening = _after_adverbs(text, sentence.start)
    first_break = next((at for at in range(opening, sentence.end) if text[at] in CLAUSE_BREAKS), None)
    if opening not in places and first_break is not None and first_break - opening <= MAX_TIME_LEAD \
            and not any(opening <= m.start < first_break for m in extraction.mentions if m.sentence == index):
        opening = _after_adverbs(text, first_break + 1)  # 近年来，在某乡，…: past a clause that only says when
    for start in (opening, opening + len(AT_PLACE) if text.startswith(AT_PLACE, opening) else None):
        if start not in places:
            continue
        found = _most_specific_at(extraction, places, start)
        if _within_region(extraction, extraction.mentions[found], region):
            return found
    return None


def _joined_place_opening(extraction: Extraction, text: str, index: int) -> int | None:
    """The place that opens the first of the sentences joined to this one by semicolons (某村按标准建成…300平方米；
    建设…200平方米), the most specific of a run written there: it goes on acting in the later parts, which open with
    no doer of their own."""
    sentences = extraction.sentences
    at = index
    while at and sentences[at - 1].paragraph == sentences[index].paragraph \
            and sentences[at - 1].text.rstrip().endswith(LIST_ITEM_ENDS):
        at -= 1
        opening = _after_adverbs(text, sentences[at].start)
        named = [i for i, m in enumerate(extraction.mentions) if m.sentence == at]
        if any(extraction.mentions[i].cls == "Initiative" for i in named):
            return None  # 某区开展“某某”活动，如…；组织…，形成建议48条: the parts are the programme's
        opener = next((i for i in named if extraction.mentions[i].start == opening), None)
        if opener is not None:
            if extraction.mentions[opener].cls != "Region":
                return None
            places = {extraction.mentions[i].start: i for i in named if extraction.mentions[i].cls == "Region"}
            return _most_specific_at(extraction, places, opening)  # 某县某镇某村位于…；共有…: the village
    return None


HEARSAY = re.compile(r"据悉|据了解|據悉|據了解")
GATHERING_HEADS = ("会", "论坛", "节")  # an event people gather at (大会, 博览会, 论坛, 文化节), not a programme run over time
ITS_BODIES = ("各级", "各")  # 某省各级侨联: the place's bodies act, not the place
REFERRED_PLACE = re.compile(r"[该該]([镇乡村鎮鄉])")  # 该镇: the township or village named before (该市商会 is a kind)


def _referred_place(extraction: Extraction, text: str, opening: int, quantity: QuantityMention) -> int | None:
    """The place a clause opens on by its level alone (该镇已收到…), when its paragraph named one of that level
    before: the last such place named there."""
    referred = REFERRED_PLACE.match(text, opening)
    if referred is None or opening >= quantity.start:
        return None
    paragraph = extraction.sentences[quantity.sentence].paragraph
    level = referred.group(1)
    named = [index for index, mention in enumerate(extraction.mentions)
             if mention.cls == "Region" and mention.end <= opening and mention.name.endswith(level)
             and extraction.sentences[mention.sentence].paragraph == paragraph]
    return named[-1] if named else None


def _held_by_region(extraction: Extraction, place: Mention, region: Mention) -> bool:
    """Whether a village or township the gazetteer does not know (某村吸引3家商会…) lies in the report's region:
    wherever the report writes it after a known place (某县某乡某村), that place is the region or lies in it; in a
    township's report, it is written right after the township (某镇某村)."""
    mentions = extraction.mentions
    if not region.code:  # a township's own report (某镇…): a village the report writes right after the township's name
        return any(mention.cls == "Region" and mention.name == place.name and at
                   and mentions[at - 1].name == region.name and mentions[at - 1].end == mention.start
                   for at, mention in enumerate(mentions))
    gazetteer = load_gazetteer()
    codes = []
    for at, mention in enumerate(mentions):
        if mention.cls != "Region" or mention.name != place.name:
            continue
        while at and mentions[at - 1].cls == "Region" and mentions[at - 1].end == mentions[at].start \
                and not mentions[at - 1].code:
            at -= 1  # 某乡 of 某县某乡某村
        if at and mentions[at - 1].cls == "Region" and mentions[at - 1].end == mentions[at].start:
            codes.append(mentions[at - 1].code)
    if not codes:
        return False
    return all(gazetteer.is_within(code, region.code) for code in codes)


def _exemplified(extraction: Extraction, text: str, quantity: QuantityMention,
                 by_sentence: dict[int, list[int]]) -> int | None:
    """The programme a sentence runs before it gives examples of it (开展“某某”系列活动，如组织…；组织…，发表
    感言105条；): the figures of the examples, up to the full stop that ends the semicolon-joined sentence,
    are the programme's."""
    sentences = extraction.sentences
    first = quantity.sentence
    while first > 0 and sentences[first - 1].paragraph == sentences[first].paragraph \
            and sentences[first - 1].text.rstrip().endswith(("；", ";")):
        first -= 1
    for index in range(first, quantity.sentence + 1):
        for candidate in by_sentence.get(index, []):
            mention = extraction.mentions[candidate]
            if mention.cls != "Initiative":
                continue
            examples = EXAMPLES_OF.match(text, mention.end, sentences[index].end)
            if examples and examples.end() <= quantity.start:
                return candidate
    return None


def _respective(extraction: Extraction, text: str, quantity: QuantityMention, candidates: list[int]) -> int | None:
    """“A”“B”两个栏目，已分别连载31期和7期: figures given 分别 (respectively) after a list of as many
    initiatives or bodies go to them in order; so do gifts joined by 和 after the givers (A、B捐赠的3万元和2万元)."""
    sentence = extraction.sentences[quantity.sentence]
    clause = _clause_start(text, quantity.start, sentence.start)
    marker = text.find("分别", clause, quantity.start)
    joined_only = False
    if marker < 0:
        given = GIVEN_OF.search(text, clause, quantity.start)  # A、B捐赠的3万元和2万元: in order, as 分别
        if given is None:
            return None
        marker, joined_only = given.start(), True
    figures = [q for q in extraction.quantities if q.sentence == quantity.sentence and marker < q.start
               and not _has_stop(DIGIT_GROUPS.sub("", text[marker:q.start]))]  # 10,000和8,000美元: no clause break
    if joined_only and any(not re.fullmatch(r"[和及与、]", text[a.end:b.start]) for a, b in zip(figures, figures[1:])):
        return None
    mentions = extraction.mentions
    for cls in ("Initiative", *sorted(CLAUSE_ACTOR_CLASSES | {"Person"})):
        items = [i for i in candidates if mentions[i].cls == cls and mentions[i].end <= marker]
        listed = _last_list(text, mentions, items)
        if len(listed) == len(figures) > 1:
            return listed[[q.start for q in figures].index(quantity.start)]
    return None


DIGIT_GROUPS = re.compile(r"(?<=\d)[,，](?=\d{3})")  # the commas that group a number's digits (10,000)


def _last_list(text: str, mentions: list[Mention], items: list[int]) -> list[int]:
    """The last run of mentions joined by nothing, 、, 和 or 及 (“A”“B”, A、B和C), an office before a name
    (名誉会长张某、常务副会长李某)."""
    run: list[int] = []
    for index in items:
        if run and LIST_JOINER.fullmatch(text, mentions[run[-1]].end, mentions[index].start):
            run.append(index)
        else:
            run = [index]
    return run


def _instrument(text: str, mention: Mention) -> bool:
    """Whether an initiative is named as the way a body works (以“3+6”工作法推进…, 以某某模式带动…)."""
    head = mention.end
    while head < len(text) and text[head] == "”":
        head += 1
    written = text[mention.start:head] + text[head:head + 3]
    return text.endswith("以", 0, mention.start) and any(word in written for word in METHOD_WORDS)


def _relied_on(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """Whether an initiative is named as the platform the body right before works through (某部依托“某某之家”开展…,
    某会借助“某某”平台): the body's means. With no body right before (依托“某某”项目，培训了…), the programme acts."""
    verb = _relied_verb(text, mention.start)
    return verb is not None and any(other.end == mention.start - len(verb) and other.cls in ACTOR_CLASSES
                                    for other in mentions if other.sentence == mention.sentence)


def _relied_verb(text: str, position: int) -> str | None:
    """The verb of relying (依托, 借助…) that ends right before `position`, if any."""
    return next((verb for verb in RELIED_ON if text.endswith(verb, 0, position)), None)


def _method(text: str, mention: Mention) -> bool:
    """Whether an initiative is named as a way of working, its method word right after the name
    (“公司+基地+农户”模式, “3+6”工作法); not a programme whose name a description follows
    (“乡乡兴”富村新模式)."""
    closing = [at for at in (text.find("”", mention.start, mention.end + 1), text.find("」", mention.start, mention.end + 1))
               if at >= 0]
    if not closing:
        return mention.surface.endswith(METHOD_WORDS)
    return METHOD_AFTER.match(text, min(closing) + 1) is not None


def _regional_indicator(text: str, quantity: QuantityMention, limit: int) -> bool:
    """Whether a quantity is a figure of the region's economy (GDP完成…亿元, 财政收入…亿元) or its growth
    (…，增长11.6%): whoever tells it (市长某某介绍…), the figure is the region's."""
    clause = _clause_start(text, quantity.start, limit)
    while clause == quantity.start and clause > limit and _after_a_figure(text, clause - 1):
        clause = _clause_start(text, clause - 1, limit)  # 人均可支配收入为2万元、8千元: the list's figures
    if INDICATOR.search(text, clause, quantity.start):
        return True
    if not GROWTH.fullmatch(text[clause:quantity.start].rstrip()) or clause <= limit:  # 年均增长 12.6%
        return False
    previous = _clause_start(text, clause - 1, limit)
    if previous > limit and re.search(r"[)）]", text[previous:clause]):
        previous = _clause_start(text, previous - 1, limit)  # GDP完成…亿元（人民币，下同），增长…%
    return INDICATOR.search(text, previous, clause) is not None


def _enumerated(extraction: Extraction, text: str, quantity: QuantityMention,
                attributed: list[QuantityMention]) -> QuantityMention | None:
    """The last quantity of the sentence before, when this sentence only goes on with its list after a
    semicolon (侨联走访慰问了5位老人，每人1000元；4户“某某”对象，每户1000元；): the items of one
    enumeration share the deed, and its subject, of the first."""
    if quantity.sentence == 0:
        return None
    sentence = extraction.sentences[quantity.sentence]
    previous = extraction.sentences[quantity.sentence - 1]
    if previous.paragraph != sentence.paragraph or not previous.text.rstrip().endswith(("；", ";")):
        return None
    first = next((q for q in extraction.quantities if q.sentence == quantity.sentence), None)
    if first is None or first.start != sentence.start:
        return None  # the sentence must open with its count: a clause of its own would name its deed
    before = [q for q in attributed if q.sentence == previous.index]
    return before[-1] if before and before[-1].subject is not None else None


def _itemised(extraction: Extraction, text: str, quantity: QuantityMention,
              attributed: list[QuantityMention]) -> QuantityMention | None:
    """The quantity before a colon in the same sentence, when this one opens the list the colon brings in
    (某商会向某院捐赠某万元的物资：某台洗衣机、…): the items are that gift's, and so is their subject."""
    colon = quantity.start - 1
    if colon < 0 or text[colon] not in "：:":
        return None
    before = [q for q in attributed if q.sentence == quantity.sentence and q.end <= colon]
    return before[-1] if before and before[-1].subject is not None else None


def _gift_referred(extraction: Extraction, text: str, quantity: QuantityMention,
                   attributed: list[QuantityMention]) -> QuantityMention | None:
    """The last sum of money told before, when the quantity's sentence opens by pointing back at it (这笔捐款中，
    某万元用于…；某万元资助某名学生): how a gift is spent, and whom it reaches, is the giver's."""
    sentence = extraction.sentences[quantity.sentence]
    if not GIFT_REFERENCE.match(text, _after_adverbs(text, sentence.start)):
        return None
    given = [q for q in attributed if q.sentence < quantity.sentence and MONEY_CODE.fullmatch(q.unit)]
    return given[-1] if given and given[-1].subject is not None else None


def _value_of_gift(text: str, quantity: QuantityMention, attributed: list[QuantityMention]) -> QuantityMention | None:
    """The figure just before in the sentence, when the quantity's clause only gives its worth (捐赠校车三辆，价值80余万元):
    the worth of a gift is the giver's."""
    clause = max(text.rfind(mark, 0, quantity.start) for mark in CLAUSE_BREAKS) + 1
    if not VALUE_OF.fullmatch(text, clause, quantity.start):
        return None
    before = [q for q in attributed if q.sentence == quantity.sentence and q.end <= clause]
    return before[-1] if before and before[-1].subject is not None else None


def _names_an_actor(extraction: Extraction, quantity: QuantityMention, text: str, candidates: list[int]) -> bool:
    """Whether a clause of the quantity's sentence, up to the quantity, opens with an actor of its own:
    a collective one of the region (各民主党派市委会围绕…; 全市中小学校…; 我市现有…), or bodies that act
    together (州侨联、州欧美同学会联系…): its figures are not the lead's. People or bodies listed
    and counted by the quantity or by one before it (张某、李某等3名同志当选…; 甲公司、乙公司等10多家企业
    …，引导农户种植3万亩), the body that only owns the actors (市工商联所属的148个商会…) and a person
    named as the example of a group (张某等政协委员提交提案21篇), a person named to an office (张某任主任委员) or
    speaking (张某表示，…) and a party as a whole (某党会员中的2名人大代表) are no actor of their own."""
    if ATTENDANCE.match(text, quantity.end):
        return False  # 各县委统战部分管领导20余人参加会议: those who attend are counted, the meeting's they are
    sentence = extraction.sentences[quantity.sentence]
    earlier = [q for q in extraction.quantities if q.sentence == quantity.sentence and q.end <= quantity.start]
    openers = {extraction.mentions[i].start for i in candidates if extraction.mentions[i].cls in OPENER_CLASSES
               and not any(_counted_list(text, extraction.mentions, candidates, i, counted)
                           for counted in earlier + [quantity])
               and not text.startswith(POSSESSED, extraction.mentions[i].end)
               and not (extraction.mentions[i].cls == "Person" and (text.startswith("等", extraction.mentions[i].end)
                                                                     or APPOINTED.match(text, extraction.mentions[i].end)
                                                                     or SPEAKING.match(text, extraction.mentions[i].end)
                                                                     or SPEAKING_AT.match(text, extraction.mentions[i].end)))
               and not (extraction.mentions[i].cls == "PoliticalParty" and extraction.mentions[i].parent_name is None)
               # 省人大代表提出议案某件: the members who sit in a state body, not the body
               and not _office_or_adopter(extraction.mentions[i], text, extraction.mentions[i].end)}
    told = [SPEAKING.match(text, extraction.mentions[i].end) for i in candidates if extraction.mentions[i].cls == "Person"]
    places = {m.start for m in extraction.mentions if m.sentence == quantity.sentence and m.cls == "Region"} if any(told) else set()
    if any(told_at and told_at.end() < quantity.start and told_at.end() in places for told_at in told):
        return True  # 张某表示，某省持续推动…，侨团增至98家: what the speaker tells of a place is the place's
    parties = {extraction.mentions[i].start for i in candidates if extraction.mentions[i].cls == "PoliticalParty"}
    position = sentence.start
    while position < quantity.start:
        matter = _after_adverbs(text, position)
        whole = COLLECTIVE_ACTOR.match(text, matter)
        if whole and whole.end() - matter == 2 and (whole.end() in parties or text.startswith("各级", whole.end())
                                                     and whole.end() + 2 in parties):
            whole = None  # 全市九三学社共有9个支社; 全省各级民盟组织…: one party's members in the place, its committee's account
        if whole or matter in openers:
            return True
        while position < quantity.start and text[position] not in CLAUSE_BREAKS:
            position += 1
        if position == quantity.start and OWN_REGION.match(text, matter):
            return True  # 我市现有…10多万人: the region's own stock, in the quantity's clause only
        position += 1
    return False


def _counted_list(text: str, mentions: list[Mention], candidates: list[int], index: int,
                  quantity: QuantityMention) -> bool:
    """Whether a mention opens a list that runs straight into the quantity that counts it
    (张某、李某等7位同志当选…; 甲公司、乙公司2家企业): what is counted is not the actor."""
    position = mentions[index].start
    by_start = {mentions[i].start: i for i in candidates if mentions[i].cls == mentions[index].cls}
    while position in by_start:
        position = mentions[by_start[position]].end
        joiner = COUNTED_JOINER.match(text, position, quantity.start)
        if not joiner:
            break
        position = joiner.end()
    listed = position == quantity.start or COUNTED_TAIL.fullmatch(text, position, quantity.start) is not None
    # 甲商会、乙商会等28家异地商会积极参与…: the counted group acts as a collective of the region
    return listed and not COLLECTIVE_AFTER.match(text, quantity.end)


# 近年来，某县累计投入…: a place's record over the years, more than the news of a programme or event it runs
OVER_THE_YEARS = re.compile(r"(?:近年来|近几年来|近些年来|多年来|历年来|长期以来)[，,]")
VALUE_OF = re.compile(r"\s*(?:总|共|合计|累计)?(?:价值|價值|折合|折价|折價)(?:约|達|达|近|逾|超)?")  # ，价值80余万元: a gift's worth
GIFT_REFERENCE = re.compile(r"(?:这笔|该笔|此笔|這筆|該筆|上述)(?:捐款|善款|款项|款項|捐赠|捐贈|资金|資金)")  # 这笔捐款中，…
# a sentence that opens by saying over what time its figures run (近年来，共…; 2017年至今，先后…; 截至9月底，…)
SPAN_OPENING = re.compile(r"(?:近年来|近几年来|多年来|近年|今年以来|(?:(?:19|20)\d{2}年)?(?:以来|至今)|(?:19|20)\d{2}年(?:以来|至今)"
                          r"|截[至止]\S{0,8}?)[，,]")


def _opener_goes_on(extraction: Extraction, text: str, quantity: QuantityMention, candidates: list[int]) -> int | None:
    """The body that opens a clause of the sentence before, in the same paragraph (…，某市侨联主动做好对接服务。近年来，
    共引进项目11个), when this sentence opens on the time its figures span and names no actor of its own: the body's
    work goes on."""
    sentence = extraction.sentences[quantity.sentence]
    if not sentence.index or not SPAN_OPENING.match(text, sentence.start) \
            or any(extraction.mentions[i].cls in OPENER_CLASSES and _opens_clause(text, extraction.mentions[i].start,
                                                                                    sentence.start)
                   for i in candidates):
        return None  # a body or person opening a clause of its own acts; one given to (为某医院捐款…) does not
    previous = extraction.sentences[sentence.index - 1]
    if previous.paragraph != sentence.paragraph:
        return None
    openers = [i for i, m in enumerate(extraction.mentions) if m.sentence == previous.index and m.cls in ACTOR_CLASSES
               and _opens_clause(text, m.start, previous.start)]
    return openers[-1] if openers else None  # the body that opens the latest clause of it


def _continues(extraction: Extraction, index: int) -> bool:
    """Whether a sentence only gives the figures of the one before it: it says so (据不完全统计，共有…),
    or the one before is a short topic sentence that names what follows (深化“万企兴万村”行动。), not an item of a
    list closed by ；."""
    if index == 0:
        return False
    sentence, previous = extraction.sentences[index], extraction.sentences[index - 1]
    if sentence.paragraph != previous.paragraph:
        return False
    uncounted = not any(q.sentence == previous.index for q in extraction.quantities)
    # a short sentence that closes with 。 (深化“万企兴万村”行动。), not an item of a list closed by ；
    topic = len(previous.text) <= MAX_TOPIC_SENTENCE and uncounted and not previous.text.rstrip().endswith(LIST_ITEM_ENDS)
    # 参观了“某某”成果展。36块展板…: a sentence that opens with its count describes what was just named
    described = sentence.text[:1].isdigit() and uncounted
    return sentence.text.startswith(CONTINUATIONS) or topic or described or _programme_before(extraction, previous, sentence, uncounted)


def _programme_before(extraction: Extraction, previous, sentence, uncounted: bool) -> bool:
    """Whether the sentence before runs one programme with no actor of its own, and this one reports its
    figures: the programme is named where that sentence closes (广泛开展以“…”为主题的某某宣传月活动。), however
    long it is, or that sentence opens by holding it (举办“某某”对接会，邀请金融机构20家。196家企业获得融资…)
    and this one opens with no deed of its own. Not when this one names a programme, a body or a collective
    actor of its own (全市42处场所…; 民盟某州委会开展调研，形成报告21篇); a programme that bodies or the region's whole front run (市佛教协会开展“…”
    活动。) is their deed, and what follows goes on with the region's account."""
    text = extraction.document.matching_text or extraction.document.text
    named = [m for m in extraction.mentions if m.sentence == previous.index and m.cls == "Initiative"]
    if not named:
        return False
    start = previous.start
    date = DATE_OPENING.match(text, start, previous.end)
    opened = _after_adverbs(text, date.end() if date else start)
    # “某某”活动是全市民营企业共同参与的爱心工程…。自2011年起，累计有…: the sentence before defines the programme
    # it opens on (whatever it calls it after 是)
    defines = named[0].start - opened <= 1 and DEFINED.match(text, named[0].end) is not None
    if len({m.name for m in named}) != 1 and not defines:
        return False
    closes = uncounted and PROGRAMME_CLOSE.fullmatch(text, named[-1].end, previous.end) is not None
    runs = HOLDS.fullmatch(text, opened, named[0].start) is not None
    if not closes and not runs and not defines:
        return False
    if any(m.sentence == previous.index and m.cls in OPENER_CLASSES for m in extraction.mentions) \
            or REGION_WIDE.search(text, previous.start, named[0].start):
        return False
    opening = _after_adverbs(text, sentence.start)
    if not closes and DEED_OPENING.match(text, opening):
        return False
    # a programme just defined goes on until a doer is named before the figures (…，受到县委表扬: praise of it)
    counted = min((q.start for q in extraction.quantities if q.sentence == sentence.index), default=sentence.end)
    return not any(m.sentence == sentence.index and (m.cls == "Initiative" or m.cls in OPENER_CLASSES)
                   and not (defines and m.start > counted) for m in extraction.mentions) \
        and not REGION_WIDE.match(text, opening) and not COLLECTIVE_ACTOR.match(text, opening)


PARTICIPATED = re.compile(r"[^，,。；;“”]{0,20}?(?:参与|参加|參與|參加)了?(?:进来|其中|活动)?[。！!；;]")
# the verbs that run a programme others take part in (sections.RUNS_PROGRAMME's, and those of events and drives)
RUN_BEFORE = re.compile(r"(?:开展|实施|推行|推进|启动|举办|组织|發起|发起|開展|實施|推行)了?[“「]?$")
MAX_RUN_REACH = 5  # sentences (；-parts too) back to the one that ran the programme those counted took part in

# 名誉会长20人、副会长6人、秘书长1人; 理事以上企业34家: a society's officers, counted
OFFICERS = re.compile(r"(?:名誉|荣誉|常务|执行|创会)?副?(?:会长|秘书长|理事长|理事|监事长|监事)(?:以上)?(?:企业|单位)?(?:共|有)?$")
MAX_OFFICERS_REACH = 4  # sentences back to the society whose officers a sentence counts


def _officers_of(extraction: Extraction, text: str, quantity: QuantityMention) -> int | None:
    """The society whose officers a sentence counts without naming it (第一次大会选举产生了领导班子，有名誉会长20人、会长1人…):
    the association named last before, within a few sentences."""
    clause = _clause_start(text, quantity.start, extraction.sentences[quantity.sentence].start)
    counted = text[clause:quantity.start] or quantity.counts
    if not OFFICERS.search(counted) and not OFFICERS.match(quantity.counts):
        return None
    first = extraction.sentences[max(0, quantity.sentence - MAX_OFFICERS_REACH)].start
    named = [index for index, mention in enumerate(extraction.mentions)
             if mention.cls == "Association" and first <= mention.start < quantity.start]
    return named[-1] if named else None


WHOLE_PLACE = re.compile(r"全(?:地区|[市县区州省盟旗])")
COMMUNITIES = ("归侨", "侨眷", "华侨", "华人", "侨胞", "港澳", "台胞", "台属", "人口", "群众", "民族", "信教")
PLACE_LEVELS = "市县区州省盟旗"  # the level a body's name gives it (某市侨联, 民革某区委员会)
PLACE_ENDS = PLACE_LEVELS + "镇村"  # what closes a place's name inside a body's (某县|在外商会, 某村|乡贤联谊会)


def _across_the_place(extraction: Extraction, text: str, quantity: QuantityMention, candidates: list[int],
                      own: int) -> bool:
    """Whether the quantity's sentence counts across the whole place (全市已有…, 全区共有党员61名，…) and names no
    other body or person that acts from there on: in a body's own account, the body's reach over its place."""
    sentence = extraction.sentences[quantity.sentence]
    clause = _clause_start(text, quantity.start, sentence.start)
    if any(word in text[clause:quantity.end] for word in COMMUNITIES):
        return False  # 全省共有归侨19900人: the place's people, not the body's reach
    own_name = extraction.mentions[own].name
    levels = [char for char in own_name if char in PLACE_LEVELS]
    wholes = list(WHOLE_PLACE.finditer(text, sentence.start, quantity.start))
    if not wholes or levels and not any(match.group(0)[-1] in levels for match in wholes):
        return False  # 某省侨联 … 全市9个县市区: a city's reach, not the province's body's
    return not any(extraction.mentions[i].cls in OPENER_CLASSES and extraction.mentions[i].name != own_name
                   and wholes[0].start() <= extraction.mentions[i].start < quantity.start for i in candidates)


def _participants_of_run(extraction: Extraction, text: str, quantity: QuantityMention,
                         by_sentence: dict[int, list[int]]) -> int | None:
    """Those a sentence counts as taking part (截至目前，60多家企业以及500多名人士参与。), when it names no one and
    nothing else: the programme a sentence shortly before in its paragraph ran (推行“某某”系列活动), if only one."""
    sentence = extraction.sentences[quantity.sentence]
    if not PARTICIPATED.match(text, quantity.end) or any(
            extraction.mentions[i].cls in CLAUSE_ACTOR_CLASSES | {"Initiative", "Person"}
            for i in by_sentence.get(sentence.index, [])):
        return None
    for back in range(sentence.index - 1, max(-1, sentence.index - 1 - MAX_RUN_REACH), -1):
        if extraction.sentences[back].paragraph != sentence.paragraph:
            return None
        run = [i for i in by_sentence.get(back, []) if extraction.mentions[i].cls == "Initiative"
               and RUN_BEFORE.search(text, max(0, extraction.mentions[i].start - MAX_RUN_VERB), extraction.mentions[i].start)]
        if run:
            return run[-1] if len({extraction.mentions[i].name for i in run}) == 1 else None
    return None


def _persons_next_part(extraction: Extraction, text: str, quantity: QuantityMention,
                       attributed: list[QuantityMention], candidates: list[int]) -> int | None:
    """The person whose deeds the part before a ； told (某会会长张某组织…捐资85万元；并为35户贫困户送仔猪200头；慰问…114人),
    when this part names no one who acts and opens with a deed: the person's work goes on."""
    index = quantity.sentence
    if index == 0:
        return None
    sentence, previous = extraction.sentences[index], extraction.sentences[index - 1]
    if previous.paragraph != sentence.paragraph or not previous.text.rstrip().endswith(("；", ";")):
        return None
    mentions = extraction.mentions
    opening = _after_adverbs(text, sentence.start)
    if COLLECTIVE_ACTOR.match(text, opening) or any(
            mentions[i].end <= quantity.start and mentions[i].cls in OPENER_CLASSES for i in candidates):
        return None  # 全县…; 某商会…: this part has a doer of its own
    last = next((q for q in reversed(attributed) if q.sentence <= previous.index), None)  # figures are in text order
    if last is not None and last.sentence == previous.index and last.subject is not None \
            and mentions[last.subject].cls == "Person":
        return last.subject
    return None


def _topic(extraction: Extraction, candidates: list[int], text: str) -> int | None:
    """The initiative a sentence is about: its first one that is not an item of a list nor a way of working
    (实施“756”创建模式), else the one organisation it founds."""
    mentions = extraction.mentions
    initiatives = [i for i in candidates if mentions[i].cls == "Initiative" and not _method(text, mentions[i])]
    for index in initiatives:
        sentence = extraction.sentences[mentions[index].sentence]
        if not _in_list(text, mentions, initiatives, index, sentence):
            return index
    # 二是成立某县党外知识分子联谊会。吸纳党外人士50人…: the body just founded
    founded = [i for i in candidates if mentions[i].cls in CLAUSE_ACTOR_CLASSES
               and text[max(0, mentions[i].start - 2):mentions[i].start] in FOUNDING]
    return founded[0] if len(founded) == 1 else None


def _initiatives_by_name(mentions: list[Mention]) -> dict[str, int]:
    """The first mention of each initiative name in the report."""
    names: dict[str, int] = {}
    for index, mention in enumerate(mentions):
        if mention.cls == "Initiative" and len(mention.name) >= 2:
            names.setdefault(mention.name, index)
    return names


def _subject(quantity: QuantityMention, candidates: list[int], extraction: Extraction, text: str,
             initiatives: dict[str, int]) -> int | None:
    mentions = extraction.mentions
    sentence = extraction.sentences[quantity.sentence]
    delegation = _delegation(text, candidates, mentions, sentence, quantity)
    if delegation is not None:
        return delegation
    membership = _party_membership(text, candidates, mentions, quantity)
    if membership is not None:
        return membership
    handled = next((i for i in candidates if mentions[i].cls in ACTOR_CLASSES and mentions[i].end < quantity.start
                    and HANDLED_BY.fullmatch(text, mentions[i].end, quantity.start)), None)
    if handled is not None:
        return handled  # 本届县政协收到的某件提案: those the body received, whoever's proposal the sentence is on
    counted_right_after = next((i for i in candidates if mentions[i].end == quantity.start
                                and mentions[i].cls in ACTOR_CLASSES
                                and not text.endswith(RECIPIENT_MARKS, 0, mentions[i].start)), None)
    if counted_right_after is not None:
        return counted_right_after  # 县委常委会议6次、县委统战领导小组2次: the body right before its count
    if text.startswith("的", quantity.end):
        # 引进总投资12亿元的某某文化创意园项目: the figure describes the named thing right after it
        named_at = (quantity.end + 1, quantity.end + 2) if text[quantity.end + 1:quantity.end + 2] in ("“", "「") \
            else (quantity.end + 1,)
        described = next((i for i in candidates if mentions[i].start in named_at
                          and mentions[i].cls in DESCRIBED_CLASSES), None)
        if described is not None:
            return described
    named = _named_in_counts(quantity, candidates, mentions, initiatives, text)
    if named is not None and not (mentions[named].cls != "Initiative"
                                  and (text.endswith(RECIPIENT_MARKS, 0, mentions[named].start)
                                       or GIVEN_TO.search(text, max(0, mentions[named].start - 6), mentions[named].start))):
        return named  # 张某向某县慈善总会捐资100万元: the body given to is not who gave
    clause_start = _clause_start(text, quantity.start, sentence.start)
    in_person = _in_person(text, candidates, mentions, clause_start, sentence.start)
    if in_person is not None:
        return in_person  # 某商会会长、某公司总经理张某…，并亲自带头出资2万元: the person's own deed
    agent = _agent(text, candidates, mentions, sentence, quantity)
    if agent is not None:
        return agent
    profiled = _profiled(text, candidates, mentions, sentence, quantity)
    if profiled is not None:
        return profiled
    giver = _giver_to(text, candidates, mentions, clause_start, quantity)
    if giver is not None:
        return giver  # 举行了某集团向某校捐赠75万元…仪式: who gives to whom, wherever the clause opens
    spent_on = _spent_on(text, candidates, mentions, quantity)
    if spent_on is not None and spent_on >= 0:
        return spent_on  # 投入5亿元实施三期“某某”工程: the money goes to the programme it is spent on
    every = [i for i in candidates if mentions[i].cls == "Initiative"]
    standalone = [i for i in every if not _in_list(text, mentions, every, i, sentence)]
    in_sentence = [i for i in every if not _counted(quantity, mentions[i])]
    before = [i for i in in_sentence if mentions[i].end <= quantity.start
              and not _among_titles(text, candidates, mentions, mentions[i], quantity, (clause_start, sentence.start))]
    while len(before) > 1 and text[max(0, mentions[before[-1]].start - 2):mentions[before[-1]].start].endswith(METHOD_MARKS):
        before = before[:-1]  # 深化“某某”服务，实行“9+5+N”轮值模式，举办活动36场: the way it is run is not the programme
    if before and _instrument(text, mentions[before[-1]]):
        before = before[:-1]  # 某县工商联以“3+6”工作法推进商会建设，新增会员741人: the method is the body's tool
    # 某公司推行“公司+基地+农户”模式，带动农户1.8万户: a way of working is no programme that counts
    before = [i for i in before if not _method(text, mentions[i])]
    # 某县工商联依托“某某之家”开展活动40余次: the platform a body works through is its means, not the doer
    before = [i for i in before if not _relied_on(text, mentions[i], mentions)]
    # 征集作品59篇参加“某某”大赛，获一等奖1篇: what was sent to a contest, and what it won there, are the sender's
    before = [i for i in before if not _sent_to(text, mentions[i], sentence.start)]
    # 某委员会向助学“某某计划”捐赠图书: a programme given to is where the gift goes; the giver gave it
    before = [i for i in before if not _given_to(text, mentions[i])]
    # 全市共建有“某某之家”17个，服务站等6个: a programme that an earlier figure of the sentence counts, by itself
    # and in the same measure, is one item of a list of things counted, not the doer of the next
    listed = [q for q in extraction.quantities if q.sentence == quantity.sentence and q.end <= quantity.start
              and q.unit == quantity.unit and q.counts.strip("“”") and quantity.counts.strip()]
    before = [i for i in before if not any(q.counts.strip("“”") == mentions[i].surface.strip("“”") for q in listed)]
    if spent_on is not None:  # …“某某”工程，投入1000万元实施某某保险: money spent on what no earlier programme is
        before = [i for i in before if mentions[i].start >= clause_start]
    if len(before) > 1:
        opener = _opening_programme(text, mentions, candidates, before, quantity, sentence.start)
        if opener is not None:
            return opener  # “某某驿站”受理诉求46件，…办理实事33件: the one that opens the sentence acts in it
    if before:
        person = _person_after(text, candidates, mentions, mentions[before[-1]].end, quantity)
        if person is not None:
            return person  # 开展“某某”工程，…，乡贤张某某返乡创办…，带动就业80余人: the person's own work
        since = [i for i in before if i in standalone and PROGRAMME_SINCE.match(text, mentions[i].end)]
        if since and not (before[-1] in standalone and before[-1] not in since):
            # (全国“某某”行动实施以来，某县工商联…投身“某某”工作，投入资金…: the programme run in the clause, not the
            # national one whose years frame it)
            return since[-1]  # 自“某某”行动启动以来，…协同开展了“某某”专项行动、…等活动，聚焦4个县: the programme's progress
        if before[-1] in standalone:
            return before[-1]
        listed_end = mentions[before[-1]].end
        clauses = [at + 1 for at in range(listed_end, quantity.start) if text[at] in CLAUSE_BREAKS]
        if not clauses or any(COLLECTIVE_ACTOR.match(text, _after_adverbs(text, at)) for at in clauses):
            return None  # “A”“B”等活动30场: what a list of things counted together did is the region's
        # 市委统战部组织“A”“B”评选活动，举办培训班5个: the list is a deed of its own; the body acts
        # (but 全市统一战线举办活动310场 is the region's deed)
    joined = _joined_by_examples(text, candidates, mentions, quantity, sentence)
    if joined is not None:
        return joined  # 市工商联组织A商会、B商会等18家异地商会开展“某某”活动: those counted run the programme
    donor = _donor(text, candidates, mentions, _after_adverbs(text, clause_start), quantity)
    if donor is not None:
        return donor  # …，某会荣誉会长张某某捐赠助学金6万元: the person gives, the body only names an office
    # where the sentence's earlier clauses start, the nearest first
    earlier_clauses = tuple(_earlier_clauses(text, clause_start, sentence.start))
    givers = _first_of_givers(text, candidates, mentions, clause_start, (*earlier_clauses, sentence.start), quantity)
    if givers is not None:
        return givers  # A、B、C向某村捐赠物资，合计价值127万元: a gift of several bodies stands for the first named
    named_before = _bare_head_opening(extraction, text, quantity, (clause_start, *earlier_clauses, sentence.start))
    if named_before is not None:
        return named_before  # 目前，商会现有会员单位某家: the one 商会 the report named before
    # the body a clause, or else the whole sentence, opens with acts in it
    for opening in (_after_adverbs(text, clause_start), _after_adverbs(text, sentence.start)):
        for index in candidates:
            mention = mentions[index]
            if (mention.start == opening or KIND_BEFORE_NAME.fullmatch(text, opening, mention.start)
                    or EVENT_BEFORE_ACTOR.fullmatch(text, opening, mention.start)) \
                    and mention.end <= quantity.start and mention.cls in CLAUSE_ACTOR_CLASSES \
                    and _acts(text, mention) and not _counted(quantity, mention) \
                    and not _titles_a_person(text, candidates, mentions, mention, quantity):
                member = _member_unit(text, candidates, mentions, mention, quantity)
                if member is not None:
                    return member  # 某工商联副主席单位某公司向…捐赠: the member unit the opening names acts
                head = _modified_head(text, candidates, mentions, mention, quantity)
                if head is not None:
                    return head  # 某部指导的某联谊会资助…: the body the opener's clause describes acts
                if opening < clause_start and _clause_actors(text, candidates, mentions, mention.start, clause_start) > 1:
                    return _last_clause_actor(text, candidates, mentions, mention.start, clause_start)
                return index
    listed = _listed_opening(text, candidates, mentions,
                             [_after_adverbs(text, start) for start in (clause_start, sentence.start, *earlier_clauses)],
                             quantity)
    if listed is not None:
        return listed  # 某区委统战部、区侨联积极组织…，两年来，共走访…: the bodies act together, the first named
    # 为推进…发展，某公司为农户发放补贴，累计支付220万元: an enterprise that opens an earlier clause acts on
    for opening in [_after_adverbs(text, start) for start in earlier_clauses]:
        enterprise = next((i for i in candidates if mentions[i].start == opening and mentions[i].cls == "Organization"
                           and mentions[i].end <= quantity.start and _acts(text, mentions[i])
                           and not _counted(quantity, mentions[i]) and not text[mentions[i].end:mentions[i].end + 1].isdigit()),
                          None)  # 某学院1个支部筹委会: a place the clause counts in, not who acts
        if enterprise is None:
            continue
        named_end = mentions[enterprise].end  # (not its short name in brackets after it: 某某基金会（以下简称“某某”）)
        if not any(mentions[i].cls in CLAUSE_ACTOR_CLASSES and named_end <= mentions[i].start < quantity.start
                   and _open_bracket_before(text, mentions[i].start) != named_end for i in candidates):
            return enterprise
    after = [i for i in in_sentence if mentions[i].start >= quantity.end]
    if len(after) == 1 and after[0] in standalone and _sums_up(extraction, text, quantity, mentions[after[0]]):
        return after[0]
    for index in candidates:
        mention = mentions[index]
        if mention.start >= quantity.start:
            break
        if mention.cls in ACTOR_CLASSES and not _counted(quantity, mention):
            member = _member_unit(text, candidates, mentions, mention, quantity)
            if member is not None:
                return member  # 某商会会长单位某集团与…签订协议，计划投资20亿元: the member unit acts
            if not _acts(text, mention) or _titles_a_person(text, candidates, mentions, mention, quantity):
                continue
            head = _modified_head(text, candidates, mentions, mention, quantity)
            if head is not None:
                return head  # …某部指导的某联谊会资助…，每年5万元: the body described acts on
            if _clause_actors(text, candidates, mentions, mention.start, clause_start) > 1:
                # 州委常委会研究…7次，领导小组召开…3次，出台文件10份: the deed goes on from the latest body
                return _last_clause_actor(text, candidates, mentions, mention.start, clause_start)
            return index
    # a person who opens the clause or the sentence, past their titles, did the work (商会会长刘某某牵头…), or their
    # kin named right after them (某某的侄子某某接过…，出资…)
    for opening in (_after_adverbs(text, clause_start), _after_adverbs(text, sentence.start)):
        for index in candidates:
            mention = mentions[index]
            if mention.cls == "Person" and mention.end <= quantity.start and _acts(text, mention) \
                    and (mention.start == opening or _titled(text, opening, mention.start, MAX_OFFICES)):
                unit = _persons_unit(text, candidates, mentions, mention, quantity)
                if unit is not None:
                    return unit  # 商会副会长某某单位、某某公司捐助…: the unit the person's office names gives
                kin = KIN_OF.match(text, mention.end)
                return next((i for i in candidates if kin and mentions[i].cls == "Person"
                             and mentions[i].start == kin.end() and mentions[i].end <= quantity.start), index)
    # 慰问时，某某某详细了解…，并送上慰问金5000元: a person who opens an earlier clause goes on acting, when no
    # body opens a clause between and the figure's clause does not open on the figure (某某获奖，8名会员获…)
    # (nor when it opens on others who give, named by their office alone: 某某带头捐款2万元，镇长捐款1万元，几位副书记也捐了…)
    figure_clause = _after_adverbs(text, clause_start)
    openings = [] if figure_clause == quantity.start or OTHERS_GIVE.match(text, figure_clause, quantity.start) else \
        [_after_adverbs(text, start) for start in earlier_clauses]
    for opening in openings:
        person = next((i for i in candidates if mentions[i].cls == "Person"
                       and (mentions[i].start == opening or _titled_alone(text, candidates, mentions, opening, i, quantity))
                       and mentions[i].end <= quantity.start and _acts(text, mentions[i])
                       and not APPOINTED.match(text, mentions[i].end)), None)
        if person is not None and not any(mentions[i].cls in CLAUSE_ACTOR_CLASSES
                                          and mentions[person].end <= mentions[i].start < quantity.start
                                          and _opens_clause(text, mentions[i].start, sentence.start)
                                          for i in candidates):
            return person
    named = _person_named_elsewhere(text, mentions, (_after_adverbs(text, clause_start), _after_adverbs(text, sentence.start)),
                                    quantity)
    if named is not None:
        return named  # 某某并向某慈善总会捐资一百万元: a name the report gives elsewhere opens the sentence
    if text.startswith(CONTENT_VERBS, clause_start):
        policies = [i for i in candidates if mentions[i].cls == "Policy" and mentions[i].end <= clause_start]
        if policies and not _in_list(text, mentions, policies, policies[-1], sentence):
            return policies[-1]
    return None


def _opening_programme(text: str, mentions: list[Mention], candidates: list[int], before: list[int],
                       quantity: QuantityMention, start: int) -> int | None:
    """The programme or venue that opens a sentence, past when it happened, and does what the sentence tells
    (今年以来，“某某驿站”受理诉求…，为困难侨眷办理实事…): the quoted names after it are what it did, not who did it. Not when
    a body acts later in the sentence (“某某”活动扎实开展，民进某市委会开展…), nor when a programme named later is
    run there (“某某驿站”…持续开展“某某”主题活动80余场次) or named in the figure's own clause: that one's figures are
    its own."""
    when = TIME_CLAUSE.match(text, start)
    position = _after_adverbs(text, when.end() if when else start)
    first = mentions[before[0]]
    if first.start != position and not (first.start == position + 1 and text[position] in OPENING_QUOTES):
        return None
    after = first.end + (text[first.end:first.end + 1] in CLOSING_QUOTES)
    following = text[after:after + 1]
    if not "\u4e00" <= following <= "\u9fff" or following in NOT_A_DEED:
        return None
    if any(first.end <= mentions[i].start < quantity.start and mentions[i].cls in OPENER_CLASSES for i in candidates):
        return None
    if any(HOLDS.search(text, max(first.end, mentions[i].start - MAX_RUN_GAP), mentions[i].start + 1) for i in before[1:]):
        return None
    if mentions[before[-1]].start >= _clause_start(text, quantity.start, start):
        return None  # …，参与“某某”活动提交建议15条: the programme its own clause names
    return before[0]


def _party_membership(text: str, candidates: list[int], mentions: list[Mention],
                      quantity: QuantityMention) -> int | None:
    """The local committee of a party whose members a figure counts, the party named right before it
    (其中民盟66人，民建35人; 九三学社社员33名): the report's one committee of that party keeps its roll."""
    if quantity.unit not in MEMBER_COUNT_UNITS:
        return None
    party = next((mentions[i] for i in candidates if mentions[i].cls == "PoliticalParty"
                  and mentions[i].parent_name is None and MEMBERS_BEFORE.fullmatch(text, mentions[i].end, quantity.start)), None)
    if party is None:
        return None
    committees = {m.name: index for index, m in enumerate(mentions)
                  if m.cls == "PoliticalParty" and m.parent_name == party.name}
    return next(iter(committees.values())) if len(committees) == 1 else None


def _modified_head(text: str, candidates: list[int], mentions: list[Mention], opener: Mention,
                   quantity: QuantityMention) -> int | None:
    """The body a clause of the opener describes (某部指导的某联谊会, 某会发起的某基金): the opener only
    qualifies it, and the body named after 的 is the one that acts."""
    return next((i for i in candidates if mentions[i].cls in CLAUSE_ACTOR_CLASSES and mentions[i].end <= quantity.start
                 and 0 < mentions[i].start - opener.end <= MAX_MODIFYING
                 and MODIFYING_CLAUSE.fullmatch(text, opener.end, mentions[i].start)), None)


def _member_unit(text: str, candidates: list[int], mentions: list[Mention], body: Mention,
                 quantity: QuantityMention) -> int | None:
    """The organisation written after the office it holds in a body (某商会会长单位某集团; 某协会理事单位某公司):
    the organisation acts, the body only names its office."""
    office = MEMBER_UNIT.match(text, body.end)
    if not office:
        return None
    return next((index for index in candidates if mentions[index].start == office.end()
                 and mentions[index].cls in CLAUSE_ACTOR_CLASSES and mentions[index].end <= quantity.start), None)


def _joined_by_examples(text: str, candidates: list[int], mentions: list[Mention], quantity: QuantityMention,
                        sentence) -> int | None:
    """The programme that the organisations a quantity counts, listed by their examples, go on to run in
    its clause (组织A商会、B商会等18家异地商会开展“某某”活动): the count is of the programme's participants."""
    tail = COUNTED_TAIL.search(text, max(sentence.start, quantity.start - 3), quantity.start)
    if tail is None or tail.end() != quantity.start:
        return None
    if not any(mentions[i].end == tail.start() and mentions[i].cls in CLAUSE_ACTOR_CLASSES for i in candidates):
        return None
    end = quantity.end
    while end < sentence.end and text[end] not in CLAUSE_BREAKS:
        end += 1
    run = RUN_AFTER_COUNT.match(text, quantity.end, end)
    if not run:
        return None
    following = [i for i in candidates if mentions[i].cls == "Initiative" and quantity.end <= mentions[i].start < end]
    return following[0] if len(following) == 1 and run.end() - 1 <= mentions[following[0]].start <= run.end() else None


def _titled_alone(text: str, candidates: list[int], mentions: list[Mention], opening: int, person: int,
                  quantity: QuantityMention) -> bool:
    """Whether a person opens an earlier clause past their titles and closes it alone (某中心副主任某某，38年来…，
    先后引进…), or leading others named by no name (台商某某联合其他台商，…), or with their kin (乡贤某某和他的儿子
    某某站了出来，…): no other person named before the figure, none joined to them (某某和几位企业家等20人)."""
    mention = mentions[person]
    with_kin = WITH_KIN.match(text, mention.end)
    closes = text[mention.end:mention.end + 1] in CLAUSE_BREAKS or LEADING_OTHERS.match(text, mention.end) or with_kin
    others_from = with_kin.end() if with_kin else mention.end  # 某某和他的儿子某某站了出来，…: the kin gives with them
    return _titled(text, opening, mention.start, MAX_OFFICES) and closes \
        and not any(mentions[i].cls == "Person" and others_from <= mentions[i].start < quantity.start for i in candidates)


KIN = "儿子|女儿|爱女|侄子|侄女|孙子|孙女|外孙|妻子|丈夫|父亲|母亲|弟弟|哥哥|姐姐|妹妹"
KIN_OF = re.compile(rf"的(?:{KIN})")  # 某某的侄子某某
# 乡贤某某和他的儿子某某站了出来，: a person and their kin, who give together, the first named the giver
WITH_KIN = re.compile(rf"[和与][他她]的(?:{KIN})[\u4e00-\u9fff]{{2,12}}?[，,]")
# 台商某某联合其他台商，为…捐款: a person who closes the clause leading others named by no name
LEADING_OTHERS = re.compile(r"(?:联合|携手|带领|率领)[^\W\d_，。；]{1,10}?[，,]")


def _titles_a_person(text: str, candidates: list[int], mentions: list[Mention], body: Mention,
                     quantity: QuantityMention) -> bool:
    """Whether a body opens a clause that only gives a person's title (某党派某总支党员，某中心副主任某某，…引进新品种20余个):
    the clause describes the person named next, who does the work, and the body does nothing."""
    title = TITLE_CLAUSE.match(text, body.end)
    return title is not None and any(mentions[i].cls == "Person" and title.end() <= mentions[i].start
                                     and mentions[i].end <= quantity.start for i in candidates)


def _person_named_elsewhere(text: str, mentions: list[Mention], openings: tuple[int, ...],
                            quantity: QuantityMention) -> int | None:
    """A person the report names elsewhere whose name opens the clause or the sentence without being read
    there (the name glued to the word after it: 某某并向…捐资): that person acts, as a person named there would."""
    for opening in openings:
        for index, mention in enumerate(mentions):
            end = opening + len(mention.name)
            if mention.cls == "Person" and len(mention.name) >= 2 and end <= quantity.start \
                    and text.startswith(mention.name, opening) and text[end:end + 1] not in ("等", "、", "和", "与") \
                    and not _source(text, replace(mention, start=opening, end=end)):
                return index
    return None


def _delegation(text: str, candidates: list[int], mentions: list[Mention], sentence,
                quantity: QuantityMention) -> int | None:
    """The body whose officer leads a delegation counted as 一行N人 (某市侨联会长张某等一行8人;
    某部副主席、某联会会长李某率团，…一行18人): the delegation is that body's, the last one the
    leader's titles name."""
    if not text[max(sentence.start, quantity.start - 3):quantity.start].endswith("一行"):
        return None
    leaders = [i for i in candidates if mentions[i].cls == "Person" and mentions[i].end <= quantity.start]
    for leader in leaders:
        bodies = [i for i in candidates if mentions[i].cls in ACTOR_CLASSES
                  and mentions[leader].start - MAX_TITLES <= mentions[i].end <= mentions[leader].start
                  and _titled(text, mentions[i].end, mentions[leader].start)]
        if bodies:
            return max(bodies, key=lambda i: mentions[i].end)
    return None


def _agent(text: str, candidates: list[int], mentions: list[Mention], sentence, quantity: QuantityMention) -> int | None:
    """The body a sentence opens with as the agent of its deeds (由某某公司提供“某某节”主会场，提供展台40多个),
    not one that only sponsors what the sentence is about (由市委统战部主办的“某某论坛”…)."""
    start = _dateline_end(text, sentence)  # 某某网某地5月3日电（某某） 由某县侨联募集…: the news opens after it
    if start is None:
        start = sentence.start
    else:
        start += len(text[start:sentence.end]) - len(text[start:sentence.end].lstrip())
    opening = AGENT.match(text, _after_adverbs(text, start), quantity.start)
    if not opening:
        return None
    for index in candidates:
        mention = mentions[index]
        if mention.cls in CLAUSE_ACTOR_CLASSES and opening.end() <= mention.start <= opening.end() + MAX_DESCRIPTOR \
                and mention.end <= quantity.start:
            described = text[opening.end():mention.start]
            clause_end = mention.end
            while clause_end < sentence.end and text[clause_end] not in CLAUSE_BREAKS:
                clause_end += 1
            if not any(char in CLAUSE_BREAKS for char in described) and not text.startswith("的", quantity.end) \
                    and "的" not in text[mention.end:min(clause_end, quantity.start)]:
                # 由某县侨联募集善款万余元捐建的图书室: what the body did is counted before its 的 (but 由某办参与
                # 引进总投资4亿元的某项目: the figure describes the project)
                return index
            return None
    return None


def _profiled(text: str, candidates: list[int], mentions: list[Mention], sentence, quantity: QuantityMention) -> int | None:
    """The body a sentence profiles (位于某镇的某某公司，是一家…的民营企业，营业收入N万元): its figures are its."""
    opening = _after_adverbs(text, sentence.start)
    for index in candidates:
        mention = mentions[index]
        if mention.cls in CLAUSE_ACTOR_CLASSES and mention.end <= quantity.start and PROFILE_AFTER.match(text, mention.end) \
                and (mention.start == opening or LOCATED_OPENING.fullmatch(text, opening, mention.start)):
            return index
    return None


def _last_clause_actor(text: str, candidates: list[int], mentions: list[Mention], start: int, end: int) -> int | None:
    """The last body that opens a clause between `start` and `end`, unless the clause at `end` opens
    with a collective of the region of its own (…，全市16个县（市、区）全部建立…), or says what the
    deeds of them all are for (A捐款…，B捐款…，用于资助300名学生: the bodies' joint figure)."""
    if REGION_WIDE.match(text, _after_adverbs(text, end)) or text.startswith(PURPOSE, end):
        return None
    openers = [index for index in candidates if start <= mentions[index].start < end
               and mentions[index].cls in ACTOR_CLASSES and _acts(text, mentions[index])
               and _opens_clause(text, mentions[index].start, start)]
    return max(openers, key=lambda index: (mentions[index].start, -mentions[index].end))


def _clause_actors(text: str, candidates: list[int], mentions: list[Mention], start: int, end: int) -> int:
    """How many different bodies open a clause between `start` and `end`."""
    openers = set()
    for index in candidates:
        mention = mentions[index]
        if start <= mention.start < end and mention.cls in ACTOR_CLASSES and _opens_clause(text, mention.start, start):
            openers.add(mention.start)  # by position: 民盟 inside 民盟某县支部 is no second body
    return len(openers)


def _opens_clause(text: str, position: int, start: int) -> bool:
    """Whether a name at `position` opens its clause (the clause not starting before `start`), past words that
    only say when (…，截至目前某商会现有…)."""
    begin = position
    while begin > start and text[begin - 1] not in CLAUSE_BREAKS:
        begin -= 1
    return _after_adverbs(text, begin) == position


def _sums_up(extraction: Extraction, text: str, quantity: QuantityMention, initiative: Mention) -> bool:
    """Whether the only initiative after a quantity is what the quantity's work was for: named in the
    same clause (5000余家企业参与“某某”行动), or in the clause that closes the sentence with no figure of its own
    (组织12所学校结对共建，深化“某某工程”内涵). Not an initiative that people were sent to
    (组织5名党外人士参加“某某”评选), nor one of a list of separate deeds (召开交流会5期，开展“某某”
    调研，举办…; 打造“某某”示范点6个)."""
    sentence = extraction.sentences[quantity.sentence]
    between = text[quantity.end:initiative.start]
    if not any(char in CLAUSE_BREAKS for char in between):
        opening = _clause_start(text, quantity.start, sentence.start)
        sent = any(verb in text[opening:quantity.start] for verb in SENDING + BRINGING) and SENT_TO in between
        # 2份材料被某刊录用, 5篇论文入选“某某论坛”论文集: what was taken up there, the writers' work, not the programme's
        return not sent and not TAKEN_UP.search(between)
    closes = not any(char in CLAUSE_BREAKS for char in text[initiative.end:sentence.end - 1])
    clause = _clause_start(text, initiative.start, sentence.start)
    if AWARDED.search(text, clause, initiative.start):
        return False  # …，提交征文13篇；某某撰写的文章获“某某”征文三等奖: an award won there, not what the figures were for
    if URGED.search(text, clause, initiative.start):
        return False  # …，鼓励会员企业踊跃参与某某事业: others urged to join it, not what the figures were for
    own_figure = any(q.sentence == quantity.sentence and q.start >= clause for q in extraction.quantities)
    return closes and not own_figure


def _spent_on(text: str, candidates: list[int], mentions: list[Mention], quantity: QuantityMention) -> int | None:
    """The programme money is spent on, named right after it in its clause (投入1.5亿元先后实施两期“某某计划”,
    筹资300万元开展“某某”活动): the figure is the programme's, not the one an earlier clause ran; -1 when what it
    is spent on is no programme named (投入1000万元实施某某保险), None when the figure says nothing of its use."""
    spent = SPENT_ON.match(text, quantity.end)
    if spent is None or not FUNDING.search(text, max(0, quantity.start - MAX_FUNDING_GAP), quantity.start):
        return None
    named_at = spent.end() + (text[spent.end():spent.end() + 1] in ("“", "「"))
    return next((i for i in candidates if mentions[i].start in (spent.end(), named_at)
                 and mentions[i].cls == "Initiative"), -1)


def _brought_to(extraction: Extraction, text: str, quantity: QuantityMention) -> int | None:
    """The event those counted were brought to (邀请280余名侨界代表参加“某某”寻根活动), when no body of the text
    governs the figure: more specific than the region. A body that invites has them as its own figures."""
    sentence = extraction.sentences[quantity.sentence]
    opening = _clause_start(text, quantity.start, sentence.start)
    if not any(verb in text[opening:quantity.start] for verb in BRINGING):
        return None
    clause_end = _clause_end(text, quantity.end, sentence.end)
    attended = text.find(SENT_TO, quantity.end, clause_end)
    if attended < 0:
        return None
    return next((index for index, mention in enumerate(extraction.mentions)
                 if mention.sentence == quantity.sentence and mention.cls == "Initiative"
                 and 0 <= mention.start - attended <= MAX_SENT_GAP), None)


def _given_to(text: str, initiative: Mention) -> bool:
    """Whether a programme is named as what a gift is made to (向助学“某某计划”捐赠…, 给“某某工程”捐款…)."""
    return PROGRAMME_GIVEN_TO.search(text, max(0, initiative.start - MAX_GIVEN_TO), initiative.start) is not None \
        and GIFT_AFTER.match(text, initiative.end) is not None


PROGRAMME_GIVEN_TO = re.compile(r"(?:向|给)[^，,。；;“”「」]{0,6}[“「]?$")
GIFT_AFTER = re.compile(r"[”」]?(?:活动|项目|工程|计划|基金)?(?:捐赠|捐款|捐资|捐助|捐献|资助|捐建)")
MAX_GIVEN_TO = 10  # characters from 向 to the programme's name, its descriptors between


def _sent_to(text: str, initiative: Mention, limit: int) -> bool:
    """Whether a clause sends people or works to take part in an initiative (组织5名党外人士参加“某某”评选;
    选送作品30篇参加…大赛)."""
    opening = _clause_start(text, initiative.start, limit)
    attends = text.rfind(SENT_TO, opening, initiative.start)
    return attends >= 0 and initiative.start - attends <= MAX_SENT_GAP \
        and any(verb in text[opening:attends] for verb in SENDING + BRINGING)


def _person_after(text: str, candidates: list[int], mentions: list[Mention], start: int,
                  quantity: QuantityMention) -> int | None:
    """A person who opens a clause, past their titles and the bodies they hold them in (某集团董事长、某会副秘书长某某),
    between `start` and the quantity."""
    for index in candidates:
        mention = mentions[index]
        if mention.cls != "Person" or not start <= mention.start or mention.end > quantity.start:
            continue
        opening = _clause_start(text, mention.start, start)
        if opening > start and (opening == mention.start or _titled(text, opening, mention.start, MAX_OFFICES)) \
                and _acts(text, mention):
            return index
    return None


PERSONS_UNIT = ("所在单位", "单位", "所在企业")  # 某某单位、某某公司: the unit of the person named before


def _persons_unit(text: str, candidates: list[int], mentions: list[Mention], person: Mention,
                  quantity: QuantityMention) -> int | None:
    """The enterprise written right after a person's 单位 (某会副会长某某单位、某某公司): the person's unit, named."""
    word = next((word for word in PERSONS_UNIT if text.startswith(word, person.end)), None)
    if word is None:
        return None
    unit = person.end + len(word)
    if text.startswith("、", unit):
        unit += 1
    return next((index for index in candidates if mentions[index].start == unit and mentions[index].end <= quantity.start
                 and mentions[index].cls in CLAUSE_ACTOR_CLASSES), None)


def _donor(text: str, candidates: list[int], mentions: list[Mention], opening: int,
           quantity: QuantityMention) -> int | None:
    """A person who gives, named in the quantity's own clause after nothing but offices, honours and the bodies
    they are held in (在港的某会创会主席、某侨联名誉主席张某认捐20万元; 县工商联副主席李某捐赠…), or after the
    company or society whose office follows the name (某某电子厂甲某某董事长捐助2万元, 某宗亲会甲某某副会长暨夫人乙某某
    乐捐…): the gift is theirs."""
    for index in candidates:
        mention = mentions[index]
        if mention.cls != "Person" or not opening <= mention.start or mention.end > quantity.start \
                or text.startswith(PERSONS_UNIT, mention.end):
            continue  # (某会副会长某某单位、某某公司捐助…: the person names the unit that gives)
        company = any(mentions[i].cls in ("Organization", "Association") and mentions[i].start == opening
                      and mentions[i].end == mention.start for i in candidates)
        if (mention.start == opening or company or _titled(text, opening, mention.start, MAX_OFFICES)) \
                and _acts(text, mention) and any(verb in text[mention.end:quantity.start] for verb in GIVING + INVESTING):
            return index
    return _giver_and_others(text, candidates, mentions, opening, quantity)


def _in_person(text: str, candidates: list[int], mentions: list[Mention], clause_start: int,
               sentence_start: int) -> int | None:
    """The person a sentence opens with, after nothing but offices, when a later clause says they did it themselves
    (并亲自带头出资2万元, 个人出资…): the figure is the person's, not their body's."""
    if not IN_PERSON.match(text, _after_adverbs(text, clause_start)) or clause_start <= sentence_start:
        return None
    opening = _after_adverbs(text, sentence_start)
    for index in candidates:
        mention = mentions[index]
        if mention.cls == "Person" and opening <= mention.start and mention.end <= clause_start \
                and (mention.start == opening or _titled(text, opening, mention.start, MAX_OFFICES)):
            return index
    return None


def _giver_and_others(text: str, candidates: list[int], mentions: list[Mention], opening: int,
                      quantity: QuantityMention) -> int | None:
    """The person a clause names first among the givers (乡贤某某等人为某村捐赠…; 某某等在外乡贤出资…; 甲公司董事长张某、
    乙集团董事长张某某三兄弟…共捐款…): the one the report names first stands for the gift, as the gold convention gives a
    person their own work and a joint gift to the first named."""
    for index in candidates:
        mention = mentions[index]
        if mention.cls != "Person" or not opening <= mention.start or mention.end > quantity.start:
            continue
        givers_end = _givers_end(text, candidates, mentions, mention, quantity)
        # the gift in the givers' own clause, no other body doing it
        if givers_end is not None and any(verb in text[givers_end:quantity.start] for verb in GIVING) \
                and not any(mentions[i].cls in CLAUSE_ACTOR_CLASSES and givers_end <= mentions[i].start < quantity.start
                            for i in candidates) \
                and not any(char in CLAUSE_BREAKS for char in text[givers_end:quantity.start]):
            return index
        return None  # only the first person named in the clause
    return None


def _givers_end(text: str, candidates: list[int], mentions: list[Mention], first: Mention,
                quantity: QuantityMention) -> int | None:
    """Where the givers a clause names from `first` on end, when there are others with them (某某等人, 某某等在外乡贤;
    甲、乙、丙三兄弟, each after their offices): None when `first` gives alone."""
    others = GIVERS_AFTER.match(text, first.end, quantity.start)
    if others:
        return others.end()
    listed_end = _listed_people_end(text, candidates, mentions, first, quantity)
    if listed_end is None:
        return None
    kin = KIN_AFTER.match(text, listed_end, quantity.start)
    return kin.end() if kin else listed_end


def _listed_people_end(text: str, candidates: list[int], mentions: list[Mention], first: Mention,
                       quantity: QuantityMention) -> int | None:
    """Where a list of two or more people that opens on `first` ends, each after nothing but their offices
    (甲公司董事长张某、乙集团董事长张某某、丙某某三兄弟…): None when `first` is named alone."""
    end, listed = _list_end(text, first, lambda at: next(
        (mentions[i] for i in candidates if mentions[i].cls == "Person" and mentions[i].end <= quantity.start
         and (mentions[i].start == at or _titled(text, at, mentions[i].start, MAX_OFFICES))), None))
    return end if listed >= 2 else None


def _list_end(text: str, first: Mention, item_at) -> tuple[int, int]:
    """Where a list that opens on `first` ends and how many items it holds: each joined to the one before (、, 和, 与,
    及) and found by `item_at(where it may begin)`, None when the list stops there."""
    end, listed = first.end, 1
    while text[end:end + 1] in LIST_JOINS:
        item = item_at(end + 1)
        if item is None:
            break
        end, listed = item.end, listed + 1
    return end, listed


KIN_AFTER = re.compile(r"[两二三四五六七八九]?(?:兄弟|姐妹|兄妹|姐弟|夫妇|伉俪|父子|母子|父女|母女)")  # 某某、某某三兄弟


def _among_titles(text: str, candidates: list[int], mentions: list[Mention], named: Mention, quantity: QuantityMention,
                  starts: tuple[int, ...]) -> bool:
    """Whether a mention is one of the titles of a person who opens the clause (某村“荣誉村长”、某公司董事长某某捐赠…):
    a quoted honour held, no programme the figure is of."""
    openings = [_after_adverbs(text, start) for start in starts]
    return any(mentions[i].cls == "Person" and named.end <= mentions[i].start and mentions[i].end <= quantity.start
               and _titled(text, opening, mentions[i].start, MAX_OFFICES)
               for i in candidates for opening in openings if opening <= named.start)


def _titled(text: str, opening: int, start: int, limit: int = MAX_TITLES) -> bool:
    """Whether only a person's titles (at most `limit` characters of them, the bodies they are held in
    included) stand between a clause's start and their name (商会会长刘某某牵头…)."""
    prefix = text[opening:start]
    if UNDER_FRAME.match(text, opening):
        return False  # 在某会会长某某的带领下，…: the person frames what the clause after does
    return 0 < len(prefix) <= limit and prefix.endswith(PERSON_TITLES) and not any(
        char in CLAUSE_BREAKS or char in "与和及同向对" for char in _without_words(prefix, NOT_PARTNER_MARKS))


def _without_words(text: str, words: tuple[str, ...]) -> str:
    """`text` with each of `words` taken out."""
    for word in words:
        text = text.replace(word, "")
    return text


def _after_adverbs(text: str, position: int) -> int:
    """Where a clause's matter starts, past words that only say when or how (同时，全年，并)."""
    year = YEAR_LEAD.match(text, position)  # 2015年，某某委员…: the year the clause opens with says when
    if year:
        position = year.end()
    for adverb in CLAUSE_ADVERBS:
        if text.startswith(adverb, position):
            return position + len(adverb)
    return position


def _bare_head_opening(extraction: Extraction, text: str, quantity: QuantityMention,
                       openings: tuple[int, ...]) -> int | None:
    """The body a clause or its sentence opens on by its head word alone (商会现有会员单位某家, 联谊会先后…): the
    association or organisation named last, a few sentences before at most, whose name ends with that word."""
    mentions = extraction.mentions
    for position in openings:
        start = _after_adverbs(text, position)
        start += text.startswith(("，", ","), start)
        demonstrative = DEMONSTRATIVE.match(text, start)  # 该公司, 该商会: the one named before, whatever it does
        if demonstrative:
            start = demonstrative.end()
        heads = BARE_BODY_HEADS + REFERRED_HEADS if demonstrative else BARE_BODY_HEADS
        head = next((word for word in heads if text.startswith(word, start)), None) \
            or _named_tail_at(text, start, mentions, quantity.sentence)
        if head is None or start >= quantity.start or any(m.start == start for m in mentions) \
                or not demonstrative and not text.startswith(BARE_HEAD_DEEDS, start + len(head)):
            continue
        earlier = [i for i, m in enumerate(mentions) if m.end <= start and m.cls in ("Association", "Organization")
                   and (m.name.endswith(head) or head == ENTERPRISE and m.cls == "Organization"
                        or demonstrative and head in GROUP_HEADS and head in m.name)
                   and len(m.name) > len(head) and m.sentence >= quantity.sentence - MAX_BARE_HEAD_REACH]
        if earlier:
            return earlier[-1]  # the latest named, as a reader takes it
    return None


def _named_tail_at(text: str, start: int, mentions: list[Mention], sentence: int) -> str | None:
    """The end of a society's name that a clause opens with, its kind and head (某某村乡贤联谊会 … ，乡贤联谊会向某校捐资…):
    the longest such tail of a society named a few sentences before, None when the clause opens on none. A tail
    never opens on the level word that closes the place before it (该县在外商会 is the county's, not 某某县在外商会 cut
    after 某某; 乡 stays, 乡贤 being a kind)."""
    tails = [mention.name[cut:] for mention in mentions
             if mention.cls == "Association" and mention.end <= start and mention.sentence >= sentence - MAX_BARE_HEAD_REACH
             for cut in range(1, len(mention.name) - 1) if mention.name[cut] not in PLACE_ENDS]
    return max((tail for tail in tails if tail.endswith(BARE_BODY_HEADS) and text.startswith(tail, start)),
               key=len, default=None)


def _counted(quantity: QuantityMention, mention: Mention) -> bool:
    """Whether the mention is (part of) what the quantity counts, rather than what it is counted for; not the body
    whose deed the counted words go on to tell (某党市委吸收新成员某名: the members are counted, the committee acts)."""
    counts, surface = quantity.counts.strip("“”"), mention.surface.strip("“”")
    if not counts or surface not in counts:
        return False
    return not (mention.cls in ACTOR_CLASSES and counts.startswith(DEEDS_OVER_COUNT, counts.find(surface) + len(surface)))


def _giver_to(text: str, candidates: list[int], mentions: list[Mention], clause_start: int,
              quantity: QuantityMention) -> int | None:
    """The body or person the figure's clause names first, or the person its titles there lead to (某会会长、某公司
    董事长某某), when 向 (or a delegation's 一行向) follows it and the clause gives something to someone (举行了某集团向
    某校捐赠…仪式, 某某一行向某村群众发放了价值…), wherever the clause opens: the giver. One named after others (A、B
    向…, A联合B向…, 通过B向…, 某某代表商会向…) is left to the rules for joint gifts, channels and those acting for a body."""
    named = sorted((index for index in candidates if mentions[index].cls in CLAUSE_ACTOR_CLASSES | {"Person"}
                    and clause_start <= mentions[index].start and mentions[index].end < quantity.start),
                   key=lambda index: mentions[index].start)
    giver = next((index for index in named if GIVEN_BY.match(text, mentions[index].end, quantity.start)), None)
    if giver is None or any(char in CLAUSE_BREAKS for char in text[mentions[giver].end:quantity.start]):
        return None
    opening = _after_adverbs(text, clause_start)
    titled = mentions[giver].cls == "Person" and _titled(text, opening, mentions[giver].start, MAX_GIVERS_TITLES)
    return giver if giver == named[0] or titled else None


def _first_of_givers(text: str, candidates: list[int], mentions: list[Mention], clause_start: int,
                     earlier_clauses: tuple[int, ...], quantity: QuantityMention) -> int | None:
    """The first of two or more bodies listed at the opening of the figure's clause, or of the clause right before
    when the figure's clause only sums it up (合计, 共计, 价值) or counts whom it reached (惠及), that give together
    (A、B、C向某村捐赠…), or of one body listed first with others it names by no name (A、成员和工作人员向某地捐款;
    A等单位联袂向某站捐赠): as the gold gives a joint gift to the first named. `earlier_clauses` end with the
    sentence's start."""
    openings = [clause_start]
    if earlier_clauses[0] != clause_start and TOTALLED.match(text, _after_adverbs(text, clause_start)):
        openings.append(earlier_clauses[0])
    # …到某乡开展活动，向某乡捐赠…: a gift whose clause names no giver, after a clause the givers opened on their way
    travelled = [start for start in earlier_clauses if start != clause_start] \
        if GIFT_OPENING.match(text, _after_adverbs(text, clause_start)) else []
    starting = _bodies_by_start(candidates, mentions)

    def item_at(at: int) -> Mention | None:
        kind = KIND_BEFORE_NAME.match(text, at)  # A、会员企业B联合向…: an item named after its kind
        at = kind.end() if at not in starting and kind and kind.end() in starting else at
        return mentions[starting[at]] if at in starting else None

    for opening in openings + travelled:
        first = starting.get(_after_adverbs(text, opening))
        if first is None:
            continue
        end, listed = _list_end(text, mentions[first], item_at)
        goes_on = JOINT_GIFT.match(text, end) or opening in travelled and JOURNEY.match(text, end)
        if listed >= 2 and end <= quantity.start and goes_on:
            return first
        others = OTHER_GIVERS.match(text, mentions[first].end, quantity.start)
        if others and others.end() > mentions[first].end and JOINT_GIFT.match(text, others.end()):
            return first  # 某党省委、成员和工作人员向灾区捐款: the body first, then givers it names by no name
    return None


GIVER_KINDS = "(?:部门|单位|企业|组织|社团|团体|商会|机构)"  # the kinds of bodies that give together with others
# 、成员和工作人员 (or 等单位) after the first giver: others who give with it, named by no name, up to what they give
OTHER_GIVERS = re.compile(r"(?:[、和与及][^\W\d_为向给在对把将从被由组织]{2,10}?){0,3}"
                          rf"(?:等[^\W\d_为向给]{{0,4}}?{GIVER_KINDS}(?:、{GIVER_KINDS})?)?"  # 等统战部门、团体
                          r"(?=等?(?:共同|一起|联合|联袂)?(?:向|给|捐|出资|为[^，,。；;组]{1,20}?捐))")
TOTALLED = re.compile(r"合计|共计|总计|总价值|价值|惠及|受惠|受益")  # …，惠及学生N名: those the gift reached
# a clause that opens on a gift and names no giver (并向某乡捐赠…, 为某校捐资…)
GIFT_OPENING = re.compile(rf"(?:并|还|又|同时)?(?:(?:向|给|为)[^，,。；;]{{1,20}}?)?(?:{'|'.join(GIVING)})")
JOURNEY = re.compile(r"(?:一行)?(?:到|赴|前往|前赴|来到|走进|深入)")  # the givers on their way (A、B到某乡开展…)
LIST_JOINS = ("、", "和", "与", "及")
# …向某村捐赠, …等共同捐款, …等捐赠, …共30名会员为某校学生捐助: what the listed bodies give together, by how many
# of their members and to whom the clause may say
# (not …为某地组织捐款: organising gifts for a place is no gift of the bodies' own)
JOINT_GIFT = re.compile(rf"等?(?:共同|一起|联合|联袂)?(?:共计?[0-9一二三四五六七八九十百]+[名位人][^，,。；;为向给]{{0,6}}?"
                        rf"(?:(?:向|给|为)[^，,。；;]{{1,20}}?)?|(?:(?:向|给)[^，,。；;]{{1,20}}?|为[^，,。；;组]{{1,20}}?)?)"
                        rf"(?:{'|'.join(GIVING)}|捐)")


def _bodies_by_start(candidates: list[int], mentions: list[Mention]) -> dict[int, int]:
    """The body that may act named at each place, the longest there (农工党某省委会, not its party): a list of bodies
    is read from one to the next by where each starts."""
    return {mentions[i].start: i for i in sorted(candidates, key=lambda i: mentions[i].end)
            if mentions[i].cls in CLAUSE_ACTOR_CLASSES}


def _listed_opening(text: str, candidates: list[int], mentions: list[Mention], openings: list[int],
                    quantity: QuantityMention) -> int | None:
    """The first of two or more bodies listed at a sentence's opening, or past its adverbial clauses (`openings`, the
    first that holds such a list), that act together in it (A、B积极组织…，共走访…): the gold gives what bodies do
    together to the first named. Not a list the figure counts, nor one whose items are examples (A、B等N家单位) or
    partners of another body."""
    starting = _bodies_by_start(candidates, mentions)
    for opening in openings:
        first = starting.get(opening)
        if first is None or _counted(quantity, mentions[first]):
            continue
        end, listed = _list_end(text, mentions[first], lambda at: mentions[starting[at]] if at in starting else None)
        if listed < 2 or end > quantity.start or not LISTED_ACT.match(text, end):
            continue
        if any(mentions[i].cls == "Initiative" and end <= mentions[i].start < quantity.start for i in candidates):
            continue  # A、B深入实施“某某”工程，全年接待…: the programme's figures, or the region's, as the rules before say
        return first
    return None


# what bodies listed at a sentence's opening go on to do together (积极引导…, 联合开展…, 共同…, 组织…, 组成慰问组), a
# last item that names no one body (A、B、各镇街党委组成…) closing the list
LISTED_ACT = re.compile(r"(?:[、和与及](?:各|有关|相关)[\u4e00-\u9fff]{1,10}?)?(?:积极|主动|一起|先后|分别|多次|认真|持续|广泛)?"
                        r"(?:引导|组织|开展|举办|发动|动员|推动|实施|启动|召开|走访|看望|慰问|深入|联合|共同|携手|组成)")


def _earlier_clauses(text: str, position: int, limit: int):
    """Where the clauses before the one at `position` start, the nearest first, down to `limit`."""
    return (at + 1 for at in range(position - 2, limit, -1) if text[at] in CLAUSE_STOPS)


def _clause_start(text: str, position: int, limit: int) -> int:
    """Where the clause of `position` begins: after a clause break, or after a 、 that closes another
    body's figure (A公司捐款300万元、B公司捐款100万元)."""
    start = position
    while start > limit and (text[start - 1] not in CLAUSE_BREAKS or DIGIT_GROUPS.match(text, start - 1)) \
            and not _after_a_figure(text, start - 1):
        start -= 1  # (10,000: a comma that groups digits breaks no clause)
    return start


def _named_in_counts(quantity: QuantityMention, candidates: list[int], mentions: list[Mention],
                     initiatives: dict[str, int], text: str = "") -> int | None:
    counts = quantity.counts.strip()
    if not counts:
        return None
    pool = [(mentions[i].name, i) for i in candidates] + sorted(initiatives.items())
    named: dict[str, int] = {}
    for name, index in pool:
        mention = mentions[index]
        written = (mention.surface.strip("“”"), mention.name)
        if not any(form and form in counts for form in written):
            continue
        if any(form and counts[:max(counts.find(form), 0)].endswith(ALL_OF) for form in written if form in counts):
            continue  # 全县镇街商会会员1275人: all of a kind in the region, not one body's
        if any(mark in counts[:max(counts.find(form), 0)] for form in written if form in counts for mark in DESTINATIONS):
            continue  # 148个商会和担任市工商联执委的…; 2名社员入选某省委统战部人才库: where those counted go, not who counts
        if mention.cls == "Person" and PEOPLE_COUNTED_AFTER.match(text, mention.end):
            continue  # 11个贫困村甲某等104户: people named before a count of their own are that count's
        if mention.cls != "Initiative" and text.endswith(AWARD_VERBS, 0, mention.start):
            continue  # 荣获市政协优秀提案4篇: the body that gives the award, not who won it
        if mention.cls == "Initiative" and any(MONEY_NAMED.fullmatch(counts, counts.find(form) + len(form))
                                               for form in written if form and form in counts):
            continue  # 捐赠“某某协作教育帮扶资金”8万元: a programme inside the name of the money given names its kind
        if mention.cls != "Initiative" and text.endswith("在", 0, mention.start) \
                and VENUE_CLOSE.match(text, mention.end):
            continue  # 在县政协全体会议上作口头发言6次: the body whose meeting is the venue, not who spoke
        if any(_office_or_adopter(mention, counts, counts.find(form) + len(form)) for form in written if form in counts):
            continue  # 全国人大代表 1 人, 市政协委员 18 人, 省委领导批示6篇: an office in a state body, or what it took up
        # 省级“侨胞之家”155个, 22家海外某省商会: the level or the whereabouts of what is counted leaves it the
        # counted thing itself
        whole = LEVEL_OF_COUNTED.sub("", counts).strip("“”") in written or counts in (mention.surface,)
        if mention.cls == "Initiative" and mention.surface.endswith(PROGRAMME_UNITS):
            whole = False  # “乡乡兴”实践基地106个: the programme's sites, counted for the programme
        if whole and not (mention.cls == "Initiative" and quantity.unit in OCCURRENCE_UNITS):
            continue  # the counted thing itself (乡贤联谊会1439个), not what it is counted for
        named.setdefault(mention.name, index)
    # a name read inside a longer one of the counted words (“同心” in “同心商城”示范点; 民革, the party, in 民革某县支部)
    # is not a second one
    named = {name: index for name, index in named.items()
             if not any(name != other and (name in other or _nested_in(mentions, index, named[other]))
                        for other in named)}
    # two initiatives counted together (“A”及“B”项目132个) belong to neither alone
    if len(named) != 1:
        return None
    only = next(iter(named.values()))
    if mentions[only].cls == "PoliticalParty" and mentions[only].parent_name is None:
        return None  # 3位民建会员, 12名盟员: members of the party as a whole, which is no local report's actor
    return only


PEOPLE_COUNTED_AFTER = re.compile(r"等(?:近|约|逾|超|超过|共|达|计)?[\d一二两三四五六七八九十百]")  # (甲某等近50人)


def _nested_in(mentions: list[Mention], index: int, other: int) -> bool:
    """Whether a mention lies within another of its own class (民革 in 民革某县支部), not within a name of another
    kind (民革 in 《民革章程》, a charter, names the party all the same)."""
    inner, outer = mentions[index], mentions[other]
    return outer.start <= inner.start and inner.end <= outer.end and inner.cls == outer.cls


def _in_list(text: str, mentions: list[Mention], group: list[int], index: int, sentence) -> bool:
    """Whether a mention is one item of a list: joined to another of the group, or followed by 、/等 in its clause."""
    mention = mentions[index]
    for other in group:
        if other == index:
            continue
        first, second = sorted((mention, mentions[other]), key=lambda m: m.start)
        between = text[first.end:second.start]
        if len(between) <= MAX_JOINED_GAP and any(j in between for j in LIST_JOINERS) and not _has_stop(between):
            return True
        if between == "":
            return True
    clause_end = _clause_end(text, mention.end, sentence.end)
    rest = text[mention.end:clause_end]
    return rest.startswith(("、", "等", "+", "“")) or "、" in rest[:4] \
        or text[mention.start - 1:mention.start] in ("、", "+", "”") and not _after_a_figure(text, mention.start - 1)


def _after_a_figure(text: str, mark: int) -> bool:
    """Whether the 、 at `mark` closes a figure (A公司捐款300万元、B公司捐款100万元): it parts one body's
    deed from the next, and the body after it opens a clause of its own rather than an item of a list."""
    return text[mark:mark + 1] == "、" and FIGURE_BEFORE.search(text, max(0, mark - MAX_FIGURE_TAIL), mark) is not None


def _clause_end(text: str, position: int, limit: int) -> int:
    end = position
    while end < limit and text[end] not in LIST_BREAKS:
        end += 1
    return end


def _has_stop(between: str) -> bool:
    return any(char in CLAUSE_BREAKS for char in between)


def _office_or_adopter(mention: Mention, text: str, position: int) -> bool:
    """Whether what follows a body's name at position makes it no actor: an office people hold in a state body
    (某政协委员, 某人大代表, 某政协常委), or the body taking up what others sent it (省政协采用, 省委领导批示)."""
    return mention.cls == "GovernmentBody" and OFFICES_IN.match(text, position) is not None \
        or mention.cls != "Initiative" and ADOPTS.match(text, position) is not None


def _acts(text: str, mention: Mention) -> bool:
    """Whether an organisation is the actor of its sentence rather than an example, partner or list item."""
    after = text[mention.end:mention.end + 1]
    before = text[max(0, mention.start - 2):mention.start]
    if text.startswith(POSSESSED, mention.end):
        return False
    if text.startswith(RECEIVES, mention.end):
        return False  # 某县慈善总会接受了A、B捐赠的3万元和2万元: the recipient, not who gave
    if _office_or_adopter(mention, text, mention.end):
        return False  # 其中全国人大代表1人; 省政协采用9篇: an office held in a state body, or the body that took it up
    if after in ("等", "、") or before.endswith("、") and not _after_a_figure(text, mention.start - 1) \
            or EXAMPLE_AFTER.match(text, mention.end):
        return False
    if EVERY_ONE.search(text, max(0, mention.start - 3), mention.start):
        return False  # 指导各地民宗局…: every body of a kind, not one of them, and the region's account
    if any(before.endswith(mark) for mark in PARTNER_MARKS) \
            or mention.cls != "Person" and mention.surface.startswith(GLUED_MARKS):  # 向, a surname too
        return False  # 与X联合; a name read with the mark glued to it (向县慈善总会) is a partner all the same
    if text.endswith(AWARD_VERBS, 0, mention.start):
        return False  # 还荣获国务院某某集体3个、个人5人: the body that gives the award, not who won it
    if _relied_verb(text, mention.start) is not None and text[mention.end:mention.end + 1] in CLAUSE_BREAKS:
        # 依托某某商会，带领成员招商引资13次: the body worked through is the means, not who acts (依托某学院举办
        # 培训班11期: the body the clause goes on with holds them)
        return False
    approach = text[_clause_start(text, mention.start, max(0, mention.start - MAX_DESTINATION_GAP)):mention.start]
    if any(mark in approach for mark in DESTINATIONS):
        return False  # 2名社员入选某省委统战部人才库: where people go is not who acts
    if mention.parent_name is None and mention.cls == "PoliticalParty":
        return False  # a party as a whole is not the actor of a local report's figures
    if STUDIED_BEFORE.search(text, max(0, mention.start - 4), mention.start) and STUDIED_AFTER.match(text, mention.end):
        return False  # 会议传达了某省委全会精神，表彰了63名会员: the body whose meeting was studied does nothing here
    clause = _clause_start(text, mention.start, max(0, mention.start - MAX_MEETING_PLACE))
    if any(at.start() <= mention.start and mention.end <= at.end() for at in AT_MEETING.finditer(text, clause)
           if at.start() < mention.start):
        return False  # 在某会议暨国务院…表彰大会上，我省38个单位受到表彰: the meeting's host is where, not who
    return not _source(text, mention)


def _source(text: str, mention: Mention) -> bool:
    """Whether a mention only says who tells the figures after it: a clause that closes on what it says
    (据市委统战部负责人介绍，…; 张某某表示，…; 记者从县工商联获悉，…): the teller is not who did it."""
    start = _clause_start(text, mention.start, text.rfind("\n", 0, mention.start) + 1)
    end = mention.end
    while end < len(text) and text[end] not in CLAUSE_BREAKS:
        end += 1
    if end >= len(text) or text[end] not in CLAUSE_STOPS:
        return False
    said = text[start:end].strip()
    # 记者从县工商联获悉，…: the body the reporter heard it from tells, as 据…介绍 does
    heard = text[start:mention.start].endswith(("从", "從"))
    return said.endswith(TELLS) and (said.startswith("据") or mention.cls == "Person" or heard)

