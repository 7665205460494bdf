"""Initiatives, policies and other names the text marks itself: “…” quotations, 《…》 titles, named actions.

A quotation is a name when the text treats it as one: a head follows it
(“万企兴万村”行动, “四比四促”实践创新品牌), it ends in a head itself (“暖侨行动”),
a programme verb takes it (开展“科技助农”), or it stands in a list closed by
等…活动; followed by a group's head it names the group (“同心·智汇河洛”专家服务团).
Slogans with a counted number (“四个意识”) are not names, unless a head follows (“三个一”活动). A title in 《》 is a
policy when it ends like one (条例, 办法, 方案, a study's 研究 …); a quotation ending in N条 is a
policy package (“助企30条”); an abbreviation declared in brackets (简称“惠企十条”)
names the same thing. Named actions without quotation marks are read from their
head back over jieba's words (少数民族优秀文化传承保护工程), and so are events named
without them (2022年某县民族团结进步宣传月, 第三届某某民俗文化节: event_heads.txt) when
they carry a year or edition or a substantial name. A quotation right before the
ceremony of an event (“同心圆梦”启动仪式) names that event.

Real texts add: a quotation that carries the work (以“X”为抓手/为载体), campaigns of
hundreds for hundreds (“百企帮百村”), forums about a quoted slogan named whole
(金融支持“X”论坛), events joined into one (某某展暨某某洽谈会, 某某论坛-某某峰会), and
traditional texts quoting with 「」 and nesting 『』 (read as “” and ‘’), quotations that win a
rating or a listing (“某某驿站”获评…, 被列为…基地), counted titles that are selected
(“十大某某人物”评选) and events joined by 暨 before their ceremony (“A周”暨“B行动”启动仪式).

Titles without a policy head are policies when they name proposals: a run of titles
after 提案 or before 等N篇提案, or beside a 关于…的建议; a bare 《决议》 after the
meeting that adopted it (某委N届N次全会《决议》) is named by that meeting; a title right before 的建议 or
的提案 (课题成果《…》的建议) names that proposal, one before 的大会发言 a speech, and a run of titles one of which
ends as a recommendation (《某某问题及对策建议》) are proposals all. A hotline set up under a quoted name is a
programme (建立“某某关爱热线”); a quoted telephone number (“12345”热线) names none. A quotation standing
right after a village's name (某某村“某某工坊”,) names what a programme built there.

Policies are also named without title marks: a proposal or recommendation written as
its title (关于加快某某产业发展的建议, 关于…的提案), and a regulation ending in 条例
(学习贯彻宗教事务条例).

Some event heads name an event only with a proper word, a year or an edition (某市企业家沙龙, 世界某某人大会,
第五届某某龙舟节; event_heads.txt marks them), a place in brackets may stand inside the name
(第三届海峡两岸（某市）经贸交流会), and a platform, register or fund built or set up under a proper name is a
programme (搭建世界某某人乡贤库, 设立某某助学金). Two slogans joined by a middle dot (“新阶层·党旗红”) and the
quotations of a clause closed by 等工作 name programmes.

Events written without quotation marks also read: a symposium with its edition (2023第五届某某研讨会), an
exhibition with its year or a place (2023中国（某市）国际某某展览), an event given as an example of the counted
events of a programme (某某创新创业沙龙等5项“某某月”活动), a fair's short name with its quotation kept whole
(“某某”投洽会), a charity event the news says was held (爱心义卖活动在某广场举行 → 爱心义卖), and named actions
listed after their verb and closed by 等 (打造了A工程、B工程等). A quoted X建带Y建 (“党建带团建”) is a programme,
and so is a quoted base listed with a programme a verb builds (打造“A”“某某侨创基地”).
A contest for a quoted cup is named whole (“某某”杯某某演唱会); an event head may open with a word's last two
characters (体育运动|会); the campaign of many firms for villages is a programme without quotation marks too
(参与千企兴村), and the battle against poverty (攻坚行动) is no programme's name. A festival's head that ends a
place's name (中共某|节 of a city named 某节) names no event, nor does a holiday after a quotation (“某某”围绕
春节…). The items of a list that carries the work
(以A、B、C等为载体) are programmes when one of them is named already. A quoted delegation (“某某交流参访团”) is
a programme too; a quoted fund (成立“某某基金”) is a body, as 基金 ends one's name elsewhere. The title a
place works to earn, when it carries the work (以创建某某示范区为载体), names the campaign for it. A platform
named by a word jieba tags nz but has often seen (搭建双语学习平台) is a kind, not a proper name's.
"""
from __future__ import annotations

import re

from ..gazetteer import load_gazetteer
from ..lexicon import Lexicon, load_lexicon
from ..model import Mention
from ..paths import lexicon_path
from ..text import quoted_names
from .tokens import PROPER_TAGS, PUNCTUATION, Token, is_common_word, is_unknown_word, name_start

QUOTE = re.compile(r"“([^“”]{2,60})”")
TITLE = re.compile(r"《\s*([^《》]{2,80}?)\s*》")  # 《…的意见 》: a space a page set inside the brackets is no part of the title
INNER_TITLE = re.compile(r"〈([^〈〉]{2,60})〉")
NUMBERED_SLOGAN = re.compile(r"^[一二三四五六七八九十两百千万\d]+[个大张项条支篇件化种]")
POLICY_PACKAGE = re.compile(r"[\u4e00-\u9fff][\d一二三四五六七八九十]+条$")
COUNTED_ARTICLES = re.compile(r"^[\d一二三四五六七八九十]+条$")  # “66条”措施, 《…“十六条”》
LIST_CLOSER = re.compile(r"等[\u4e00-\u9fff]{0,8}?(活动|行动|评选|宣传|品牌|项目|工程)")
# “A”、“B”等工作, 等三项重点工作: the listed quotations are pieces of work the text names (not 等理念融入…工作)
CLAUSE_ENDS = frozenset("，。；：！？,;:!?")  # reports copied from the web often write ASCII punctuation
WORK_LIST_CLOSER = re.compile(r"等(?:[\d一二三四五六七八九十]+项)?(?:重点)?工作")
NOT_IN_QUOTED_NAME = "。！？【】"  # a quotation running over a sentence's end or a page's label is a page's columns, no name
# principles written as set phrases of four characters (or two) in a list: 团结侨胞、服务大局; 问情、问策、问效+…
MOTTO = re.compile(r"[\u4e00-\u9fff]{4}(?:、[\u4e00-\u9fff]{4})+|(?:[\u4e00-\u9fff]{2}、)+[\u4e00-\u9fff]{2}(?:\+.*)?")
# “新阶层·党旗红”: two slogans joined by a middle dot are a programme's or a brand's name
DOTTED_SLOGAN = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{2,14}(?:·[\u4e00-\u9fffA-Za-z0-9]{2,14})+$")
# “党建带团建”: one body's building drives another's, the slogan of a programme (not “先富带后富”)
BUILDING_DRIVES = re.compile(r"^[\u4e00-\u9fff]{1,3}建[带帶][\u4e00-\u9fff]{1,3}建$")
# 爱心义卖活动在某广场举行: a charity event the news reports held is named by its kind and its cause
CHARITY_EVENT = re.compile(r"((?:爱心|慈善|公益|愛心)(?:义卖|义演|义拍|義賣|義演|義拍))活[动動]"
                           r"(?:在[^，。；：,;:]{1,20}?)?(?:举行|举办|启动|开幕|舉行|舉辦)")
# 某某青年人才创新创业沙龙等5项“某某月”活动: an event the text gives as an example of the counted events of a
# programme is named (企业家沙龙 alone stays a kind: its name is too short)
COUNTED_EVENTS = re.compile(r"等[\d一二三四五六七八九十]+[项場场个個次][^，。；：,;:]{0,12}?活[动動]")
# 打造了惠农工程、育才工程等一批品牌: named actions listed after the verb that runs them and closed by 等; the
# list's own marks bound each name where jieba cuts one wrongly (了致|福工程, 引|凤工程)
LISTED_ACTIONS = re.compile(r"(?:打造|实施|开展|推出|创建|启动|打造出)了?((?:[\u4e00-\u9fff]{2,8}?(?:行动|工程)、)+"
                            r"[\u4e00-\u9fff]{2,8}?(?:行动|工程))等")
LIST_JOINERS = ("以及", "、", "和", "及", "与")
VILLAGE_ENDS = ("村", "社区")  # 某某村“某某工坊”: what a programme built in a village
PHONE_HEADS = ("热线", "服务热线", "电话", "专线")  # after a quoted number (“1513”工程 is a programme)
HEAD_SCAN_STOPS = frozenset("的为以在对")  # 以“X”为主题的Y行动: the head belongs to Y
MASK = "*"
# the holidays of the year, whose 节 heads no named event (“某某”围绕春节开展活动)
HOLIDAYS = ("春节", "元宵节", "元宵", "中秋节", "端午节", "国庆节", "清明节", "重阳节", "劳动节", "儿童节", "教师节",
            "妇女节", "青年节", "建军节", "七夕节", "元旦", "春節", "中秋節", "端午節", "國慶節", "清明節", "重陽節")
HOLIDAY_ENDS = HOLIDAYS + ("佳节", "佳節")  # 中秋佳节: the holiday, by its praise word
MAX_NOTE = 20  # characters of a bracketed note between a quotation and its head: “A”（后改版为“B”）节目
MAX_ORG_GAP = 4  # characters between a quotation and the head of the group it names: “X”专家服务团
# 的, a deed or a list's 等 between a quotation and a head: no group's name (“A”“B”等百人宣讲团 is a kind of group);
# nor praise said in the quoted words (以“某某”称赞某会)
GAP_BREAKS = ("的", "筹建", "组建", "建成", "等", "赞誉", "赞扬", "称赞", "表扬", "感谢", "评价")
ISSUED = re.compile(r"(?:制定出台|研究出台|出台了|制定了|印发了|出台|制定|印发)(?!《)")  # the longest first: 出台|了…
UNQUOTED_POLICY_HEADS = ("实施方案", "工作方案", "行动方案", "实施意见", "指导意见", "若干意见", "若干措施", "实施办法", "管理办法",
                         "实施细则", "任务清单")
THEME_YEAR = "主题年"  # 某某主题年: a party's theme of the year, run as a programme
THEME_OWNERS = ("委员会", "委会", "中央", "委")  # 民进中央|作风建设主题年: whose theme it is
UNQUOTED_HEADS = ("行动", "工程", "大讲堂", THEME_YEAR)
# 实施回归工程, 启动引凤工程: the words a programme verb takes up to the head name it, a verb among them or not
RUN_BEFORE_HEAD = re.compile(r"(?:实施|启动|推进|深化|打造|推出|开展)了?(?P<name>(?![了的])[\u4e00-\u9fff]{2,6})$")
MAX_UNQUOTED = 14
UNQUOTED_STOPS = frozenset("的了在和与及并把将对向从为以")
# 关于加快某某发展的建议: a proposal named by its title; not one of many counted (的建议12条)
PROPOSAL = re.compile(r"关于[^，。、；：！？“”《》〈〉（）()\s]{4,40}?的(?:建议|提案|议案)")
COUNTED_AFTER = re.compile(r"[\d０-９一二三四五六七八九十百千]+[条件项篇份]")
REGULATION = "条例"
MAX_REGULATION = 20
DATED_NAME = re.compile(r"(?:19|20)\d{2}\s*(?:年度?|·)|第[一二三四五六七八九十百\d]+届|首届")  # a name opening on its year
EVENT_PREFIX = re.compile(r"(?:(?:19|20)\d{2}(?:年度?|·)?)?(?:第[一二三四五六七八九十百\d]+届|首届)?$")
MAX_EVENT = 20
PLATFORM_HEADS = ("云平台", "平台", "数据库", "信息库", "人才库", "库")  # what is built (搭建|某某乡贤库)
REGISTER = "库"  # a register built (数据库, 人才库): named only by its place
BUILT_WORDS = frozenset({"搭建", "建立", "打造", "建设", "建成", "上线", "开通", "推出", "创建", "创设", "开发"})
BUILT = re.compile(f"(?:{'|'.join(sorted(BUILT_WORDS))})(?:了|起)?$")
SET_UP_WORDS = frozenset({"设立", "成立", "捐资设立", "发起设立", "创设", "设置"})
SET_UP = re.compile(f"(?:{'|'.join(sorted(SET_UP_WORDS))})(?:了)?$")
LISTED_IN_QUOTE = re.compile(r"[、+＋]")
# the heads of programmes a quotation may list (“甲计划、乙计划”), and the shortest such item (圆梦行动)
LISTED_PROGRAMME_HEADS = ("计划", "計劃", "行动", "行動", "工程")
MIN_LISTED_PROGRAMME = 4
WAY_AFTER = re.compile(r"的?(?:方式|形式|方法)")  # “某某”的方式: a way of doing the work
# 作为政治工程、民心工程: the kinds of task something is taken for, a list's items before this one included
TAKEN_AS = re.compile(r"(?:作为|当作|当成|列为|视为)(?:[^，,。；;、“”]{2,12}(?:、|和|及|与))*$")
# a count of kinds after a quotation: 三大工程, 四大品牌, 三维模式
SET_OF_KINDS = re.compile(r"[一二三四五六七八九十两]+(?:大|维)[\u4e00-\u9fff]{0,4}?(?:工程|品牌|模式|行动|平台|板块|体系)")
FUND_HEADS = ("助学基金", "爱心基金", "助学金", "奖学金", "奖教金", "基金")  # what is set up (设立|某某助学金)
FUND = "基金"
# (heads, the verbs right before the name, the words that end the walk back over it)
BUILT_THINGS = ((PLATFORM_HEADS, BUILT, BUILT_WORDS), (FUND_HEADS, SET_UP, SET_UP_WORDS))
MAX_PLATFORM = 16
EVERY_PLACE = ("全国", "全省", "全市", "全州", "全县", "全区", "全盟", "全镇", "各")  # 全盟党外干部人才库: a kind
COUNT_AFTER = re.compile(r"[\d一二三四五六七八九十百千两]+[个家所支座项批]")
DEMONYMS = ("人", "商")  # 某某人大会, 某商大会: a place's people or merchants, whose word jieba may end with them
NEEDS_PROPER = "+"  # marks an event head that names an event only after a proper word, a year or an edition
NEEDS_EDITION = "^"  # marks an event head that names an event only after its edition
NAMED_FAIR = "="  # marks a short name of a fair (投洽会): the quotation before it is part of the name
BRACKETED_PLACE = re.compile(r"[（(][\u4e00-\u9fff]{2,6}[）)]$")
EDITION = re.compile(r"第[一二三四五六七八九十百\d]+届|首届")
HOLDING_VERBS = frozenset({"举行", "舉行", "举办", "舉辦", "召开", "召開", "担任", "擔任", "主持", "出席", "参加", "參加"})
MIN_EVENT_NAME = 4  # without year or edition, a shorter name before the head is a kind (高峰论坛, 专题论坛)
NAME_INNER_WORDS = frozenset({"发展", "建设", "服务", "促进"})  # stop an organisation's descriptor, not a title (民营经济促进条例)
# Nouns inside event names that jieba tags as times, adverbs or idioms (青年创业论坛, 民族团结进步宣传月, 统一战线知识竞赛)
NOUNS_IN_NAMES = frozenset({"青年", "少年", "老年", "进步", "统一战线"})
# What an event does right after its quoted name: “同心圆梦”启动仪式, “某某杯”颁奖典礼, “光彩行”走进某县
EVENT_CEREMONIES = ("启动", "开幕", "闭幕", "落幕", "颁奖", "走进")
DURING = "期间"
PLAN_PERIOD = re.compile(r"^[一二三四五六七八九十]{1,3}五$")  # “十四五”期间: a five-year plan's years
ANNUAL_SESSIONS = frozenset({"两会", "兩會", "全国两会", "全國兩會", "省两会", "市两会"})
NUMERAL_DAY = re.compile(r"[一二三四五六七八九十]{2}")  # 三八, 五四, 六一, 七一: a day by its month and date
# a post that people are appointed to (聘为“名誉镇长”, 任某村“乡村振兴顾问”, 一批“文化使者”): a role, no programme
QUOTED_ROLE = re.compile(r"(?:村长|主任|顾问|大使|使者|专员|指导员|辅导员|联络员|信息员|宣传员|调解员|监督员|观察员|特派员|代言人|书记|校长|院长)$")
HOLIDAY = re.compile("春节|元旦|元宵|清明|端午|中秋|国庆|重阳|除夕|五一|七一|八一|十一|两会|假期|节日")  # “春节”期间: no event
OWNER_BEFORE = re.compile(r"了?[\u4e00-\u9fff]{1,10}?(?:统战部|工商联|侨联|台联|委员会|委会|政府|政协|总会|商会|中央)")
MAX_OWNER = 10
OWNER_AT_END = re.compile(OWNER_BEFORE.pattern + "$")  # 某部|“某某”: the body right before a quotation
OWNERS_CALLS = ("工作要求", "工作部署", "活动要求", "号召", "倡议")  # what a body's programme asks of others
CAUSATIVES = ("让", "使", "把", "将")  # 让“同心”走进千家万户: the quotation is a value, not an event
BECOMES = ("成为", "变为", "变成", "成了")  # 让商会成为“共富之家”: what something becomes describes it, names no programme
# Traditional texts quote with 「」 and nest 『』 inside; read them as “” and ‘’ (same length, offsets kept).
MAX_EDITION_NAME = 12  # characters of a name between an edition and its head
ONLINE_WORDS = frozenset({"线上", "线下", "网上", "云上"})  # how an event is held: 某某线上招聘月
CORNER_QUOTES = str.maketrans("「」『』", "“”‘’")
STRAIGHT_QUOTED = re.compile(r'"([^"“”]*[\u4e00-\u9fff][^"“”]*)"')
CURLY_OPENED_STRAIGHT_CLOSED = re.compile(r'“([^"“”]{0,30}[\u4e00-\u9fff][^"“”]{0,30})"')  # 举行“某某"活动
CORNER_QUOTES_ALONE = str.maketrans("『』", "“”")
# ‘某某活动’: a name quoted with single marks, inside someone's words (他说：“…举办‘某某’，…”) or alone, read as “”
SINGLE_QUOTED = re.compile(r"‘([^‘’“”]{2,60})’")
# 以“桐心聚贤”为抓手: what the work is carried by is a programme (not 以“X”为主题: a theme)
CARRIER = re.compile(r"为(?:抓手|载体|平台|依托|品牌|牵引|龙头)")
# “百企帮百村”, “千企联千村”: hundreds of one helping hundreds of another is a campaign's name
# 参与万企兴村: the campaign of many firms for villages written without quotation marks
UNQUOTED_HUNDREDS = re.compile(r"(?<![“\d一二三四五六七八九十])([百千万])[企商][帮兴助联扶携]\1?村(?![”\u4e00-\u9fff])")
CUP = "杯"
# 以A、B、C等为载体: a list of the programmes that carry the work
CARRIED_LIST = re.compile(r"以((?:[^，。；：、“”《》,;:\s]{2,12}、)+[^，。；：、“”《》,;:\s]{2,12}?)等?为(?:抓手|载体|平台|依托|牵引|龙头)")
MIN_CARRIED = 4
# 以创建某某先进区为载体: the title a place works to earn, carrying the work, names the campaign for it
PROVINCE_CHARS = "京津沪渝冀豫滇辽黑湘皖鲁苏浙赣鄂桂甘晋蒙陕吉闽黔粤青藏川宁琼"  # the provinces' one-character names
# 粤黔协作, 苏陕协作, 沪滇合作: the east-west cooperation of two provinces, named by their one-character names
PAIRED_COOPERATION = re.compile(f"(?<![{PROVINCE_CHARS}])[{PROVINCE_CHARS}]{{2}}(?:对口|扶贫)?(?:协作|合作)")
# 开展大走访大调研, 推进大排查大整治: a campaign named by its big deeds, run by a programme verb (not a slogan
# held to with 坚持, which no verb runs)
BIG_DEEDS = re.compile(r"(?:开展|推进|组织|实施|启动|掀起|深化)了?((?:大[\u4e00-\u9fff]{2}){2,4})(?=[，。；、,;“”]|活[动動]|行[动動]|$)")
# 连续举办8届某某节、5次某某行等品牌活动: a brand's events listed with how often each was held
COUNTED_BRANDS = re.compile(r"((?:[\d一二三四五六七八九十]+[届屆次场場期][\u4e00-\u9fff]{2,12}、)+"
                            r"[\d一二三四五六七八九十]+[届屆次场場期][\u4e00-\u9fff]{2,12})等(?:品牌|特色|系列|精品)活[动動]")
BUILDING_WORK = "建设工作"  # 某村的“某某”建设工作: the quotation names what is built, a programme
COUNT_BEFORE_NAME = re.compile(r"^[\d一二三四五六七八九十]+[届屆次场場期]")
# 实施某某发展计划, 实施某某提升行动, 深入实施某某振兴工程: a plan named by the verb that carries it out (工作计划,
# 年度计划 are kinds, not names)
CARRIED_PLAN = re.compile(r"(?:实施|启动|深入实施|推进实施|實施|啟動)"
                          r"(?P<name>[^，。；：、“”《》,;:\s的]{4,14}(?:计划|計劃|行动|行動|工程))(?![书表])")
CREATION_CARRIED = re.compile(r"以创建([^，。；：、“”《》,;:\s]{4,16}?)为(?:抓手|载体|平台|依托|牵引|龙头)")
HUNDREDS_FOR_HUNDREDS = re.compile(r"^([百千万])[\u4e00-\u9fff]{1,2}[\u4e00-\u9fff]\1[\u4e00-\u9fff]{1,2}$")
MAX_EVENT_PREFIX = 6  # 金融支持“X”论坛: a few words before the quotation, not a clause
PREFIX_NOT_NAME_TAGS = frozenset({"ns", "nt", "nr", "nrfg"})  # 某市委承办“X”论坛: the organiser, not the name
# where the second of two joined names stops: what the sentence says of the event (…暨某某大会在某地举行)
EVENT_HELD = ("在", "于", "召开", "举行", "举办", "开幕", "隆重", "正式", "圆满", "顺利", "成功")
JOINED_EVENTS = ("暨", "-", "—")  # 某某商品展暨投资贸易洽谈会, 某某论坛-某某峰会: one event with two names
# 市委十二届十四次全会《决议》: a resolution named by the meeting that adopted it
MEETING_DOCUMENT = re.compile(r"([^\s，。、；：！？“”《》（）()对的在和与及为向由]{0,8}?[一二三四五六七八九十\d]+届"
                              r"[一二三四五六七八九十\d]+次(?:全会|全体会议|会议))《(决议|决定|公报)》")
# 集体提案《…》, 《…》等10篇集体提案, 张三《…》、李四《关于…的建议》: titles of proposals
PROPOSAL_BEFORE = ("提案", "议案")
PROPOSAL_ENDS = ("的建议", "的提案", "的议案")
PROPOSAL_AFTER = re.compile(r"等?[\d一二三四五六七八九十]*[篇件份项条]?(?:集体|个人|优秀|重点)?(?:提案|议案)")
# 《某某问题及对策建议》: in a run of titles, one that ends as a recommendation marks them all as proposals
RECOMMENDATION_ENDS = ("对策建议", "的建议", "的提案", "对策")
# 作了《…》的大会发言: the title of a speech, a text of its own
SPEECH_AFTER = re.compile(r"的(?:大会|书面|口头|专题|交流|典型|主题)?发言")
TITLE_RUN_GAP = re.compile(r"^(?:、|和|及|与)?[\u4e00-\u9fff]{0,4}$")
# “某某驿站”获评…, “某某空间”被列为…基地: what wins a rating or a listing is a named programme
RATED = ("获评", "被评为", "被列为", "被确定为", "被命名为", "入选", "荣获")
# “十大同心人物”评选: a counted title that is selected is the name of the selection
SELECTION = ("评选", "评比", "推选")
DEMONSTRATIVES = ("此项", "该项", "这项", "这一", "此", "该", "本")  # 此项志愿行动 points back at a programme, names none
GENERIC_STARTS = ("专项", "集中", "全面", "深入", "各类", "各项", "每周", "每月", "每年", "相关")  # 专项排查整治行动: a kind of action, not a name


# what may follow such a name where it stands alone (参与光彩事业、…; …和…), not inside a longer name
# (某某光彩事业促进会, 2017中国光彩事业某地行活动)
PROGRAMME_NAME_ENDS = "、，,。；;和与及等”"
# what follows a programme's name that says no more of the name (弘扬光彩事业精神, 光彩事业（…）, 光彩事业是…)
PROGRAMME_TOLD = re.compile(r"[（(]|精神|是|的|中|活动")


def _single_quotes_as_double(text: str) -> str:
    """A sentence whose names are quoted with single marks, alone or inside someone's words (他说：“…举办‘某某’，…”),
    read with double ones (same length, offsets kept); single marks nested in a quoted name (“某某‘某某’论坛”) stay.
    Most sentences hold no single mark and are passed as they are (this runs on every sentence)."""
    if "‘" not in text:
        return text
    names = quoted_names(text)
    return SINGLE_QUOTED.sub(lambda match: match.group(0) if any(a < match.start() and match.end() < b for a, b in names)
                             else f"“{match.group(1)}”", text)


def _curled(text: str) -> str:
    """A sentence quoting only with straight marks ("某某论坛"), its pairs read as “” (same length, offsets kept);
    a quotation opened with “ that a straight mark closes (举行“某某"活动) is read so too. Otherwise a sentence
    that also curls its quotations, or leaves a straight mark unpaired, is left as written."""
    if '"' in text and text.count("“") > text.count("”"):
        text = CURLY_OPENED_STRAIGHT_CLOSED.sub(lambda match: f"“{match.group(1)}”", text)
    if '"' not in text or "“" in text or text.count('"') % 2:
        return text
    return STRAIGHT_QUOTED.sub(lambda match: f"“{match.group(1)}”", text)


class NameFinder:
    """Finds initiative, policy and quoted organisation names in one sentence."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        words = _words("event_heads.txt")
        self.edition_event_heads = frozenset(w[:-1] for w in words if w.endswith(NEEDS_EDITION))
        self.proper_event_heads = frozenset(w[:-1] for w in words if w.endswith(NEEDS_PROPER)) | self.edition_event_heads
        self.named_fairs = frozenset(w[:-1] for w in words if w.endswith(NAMED_FAIR))
        self.event_heads = tuple(sorted({w.rstrip(NEEDS_PROPER + NEEDS_EDITION + NAMED_FAIR) for w in words},
                                        key=lambda h: (-len(h), h)))
        self.initiative_heads = tuple(sorted(set(lexicon.initiative_heads) | set(self.event_heads),
                                             key=lambda h: (-len(h), h)))
        self._kinds = frozenset(lexicon.initiative_heads) | frozenset(h.rstrip("+^=") for h in self.event_heads) \
            | frozenset(lexicon.generic_initiatives)
        self._leading_verbs = tuple(sorted(set(lexicon.initiative_verbs) | {"策划", "筹办"}))
        self._title_stops = (lexicon.descriptor_stops | UNQUOTED_STOPS) - NAME_INNER_WORDS
        self.org_heads = sorted((h for h in lexicon.org_heads if h.attach not in ("level", "department")),
                               key=lambda h: -len(h.head))
        # the heads _org_head_after looks for, in the same order, picked out once
        self._association_heads = tuple(h for h in self.org_heads if h.attach == "named" and h.cls == "Association")

    def find(self, text: str, tokens: list[Token], sentence: int, offset: int) -> list[Mention]:
        """Mentions of initiatives, policies and quoted organisations in one sentence."""
        found: list[Mention] = []
        text = _curled(text.translate(CORNER_QUOTES if "「" in text else CORNER_QUOTES_ALONE))
        text = _single_quotes_as_double(text)

        def add(cls, start, end, name):
            found.append(Mention(cls, text[start:end], name, offset + start, offset + end, sentence))

        meeting_documents = {match.start(2) - 1: match for match in MEETING_DOCUMENT.finditer(text)}
        proposals = self._proposal_titles(text)
        for match in TITLE.finditer(text):
            title = match.group(1)
            unmasked = title.lstrip(MASK)
            if match.start() in meeting_documents:
                meeting = meeting_documents[match.start()]
                add("Policy", meeting.start(), meeting.end(), meeting.group(1) + meeting.group(2))
            elif self._is_policy(unmasked) and (unmasked == title or unmasked not in self.lexicon.policy_heads):
                add("Policy", match.start(), match.end(), unmasked)
            elif (match.start() in proposals or text.startswith(PROPOSAL_ENDS, match.end())
                  or SPEECH_AFTER.match(text, match.end())) and MASK not in title:
                add("Policy", match.start(), match.end(), title)  # 课题成果《…》的建议: the proposal it titles
            for inner in INNER_TITLE.finditer(title):
                if self._is_policy(inner.group(1)):
                    start = match.start(1) + inner.start()
                    add("Policy", start, start + len(inner.group(0)), inner.group(1))
        list_end = self._list_closer(text)
        titles = [match.span() for match in TITLE.finditer(text)]
        for match in QUOTE.finditer(text):
            if any(start < match.start() and match.end() < end for start, end in titles):
                continue  # a quotation inside a title is part of the title
            name = match.group(1).strip()
            if MASK in name or len(name.strip("“”")) < 2 or text.endswith(BECOMES, 0, match.start()) \
                    or name in ANNUAL_SESSIONS or any(mark in name for mark in NOT_IN_QUOTED_NAME):
                continue  # “两会”平台: the annual sessions of the congress and the conference are meetings, no programme
            if WAY_AFTER.match(text, _after_joined_quotations(text, match.end(), ("或", "和", "、"))):
                continue  # 通过“一对一”或“多对一”的方式, 采取“线上+线下”方式: how the work is done, no programme
            if LISTED_IN_QUOTE.search(name) and SET_OF_KINDS.match(text, match.end()):
                continue  # “强基础、优服务”两大工程, “A+B+C”三维模式: a set of programmes named by its parts, no one
            programmes = self._listed_programmes(name, match.start(1) + (len(match.group(1)) - len(match.group(1).lstrip())))
            if programmes:
                for start, item in programmes:
                    add("Initiative", start, start + len(item), item)
                continue
            if POLICY_PACKAGE.search(name) or (COUNTED_ARTICLES.match(name) and text.startswith(("措施", "政策"), match.end())):
                add("Policy", match.start(), match.end(), name)
                continue
            if NUMERAL_DAY.fullmatch(name) and text.startswith(("节", "節", "儿童节", "青年节", "妇女节"), match.end()):
                continue  # “三八”节, “六一”儿童节: a day of the year, no programme
            if NUMBERED_SLOGAN.match(name) and not self._selected(text, match) \
                    and self._head_after(text, match.end()) is None and not self._ends_with_head(name) \
                    or name.isdigit() and text.startswith(PHONE_HEADS, match.end()):
                continue  # “四个意识”; “12345”热线: a telephone number, not a programme's name (“三个一”活动, “四项工程” are)
            org_after = self._org_head_after(text, match.end())
            if org_after is not None:  # “同心·智汇河洛”专家服务团: the group is named by its slogan
                cls, end = org_after
                add(cls, match.start(), end, name + text[match.end():end])
                continue
            head_after = self._head_after(text, match.end())
            if head_after is not None and TAKEN_AS.search(text, 0, match.start()):
                continue  # 作为民生工程和“某某”工程来抓: a kind of task, its kind quoted
            org_head = self._org_head(name)
            if head_after is not None and org_head is not None and text.startswith(LIST_JOINERS, match.end()) \
                    and not any(text.startswith(joiner + "“", match.end()) for joiner in LIST_JOINERS):
                head_after = None  # “某某商会”和某县种植项目: a body named, then the list's next item, no shared head
            if head_after is not None:
                end = match.end() + head_after
                written_with_head = "“" not in text[match.end():end]
                event = self._event_around(text, tokens, match, end) if written_with_head else None
                if event is not None:  # 金融支持“一带一路”论坛, “一带一路”与某某发展论坛: the whole event
                    end = _joined_end(text, end)
                    add("Initiative", event, end, text[event:end])
                else:
                    add("Initiative", match.start(), end if written_with_head else match.end(), name)
            elif org_head == "Organization" and self._after_programme_verb(text, match.start()) \
                    and text.endswith(("”", *("”" + j for j in LIST_JOINERS)), 0, match.start()):
                # 打造“某某空间”“某某侨创基地”: listed with a programme the verb takes, a programme's brand
                add("Initiative", match.start(), match.end(), name)
            elif org_head is not None and DATED_NAME.match(name):
                add("Initiative", match.start(), match.end(), name)  # “2018年某省侨界中秋联谊会”: a gathering named by
                # its year or its edition, no standing body
            elif org_head is not None:
                if not DECLARED_SHORT.search(text, 0, match.start()):  # （简称“市委统战部”）: the body before it
                    add(org_head, match.start(), match.end(), name)
            elif QUOTED_ROLE.search(name):
                continue  # 举行“名誉镇长”聘任仪式: the post, not a programme of it
            elif MOTTO.fullmatch(name) and not self._after_programme_verb(text, match.start()):
                continue  # 本着“团结侨胞、服务大局”的宗旨: principles in set phrases (but 开展“…、…”学习 runs a programme)
            elif (self._ends_with_head(name) or (list_end is not None and match.end() <= list_end)
                  or self._after_programme_verb(text, match.start()) or self._event_follows(text, match)
                  or self._carried_by(text, match) or HUNDREDS_FOR_HUNDREDS.match(name) or DOTTED_SLOGAN.match(name)
                  or BUILDING_DRIVES.match(name) or text.startswith(BUILDING_WORK, match.end())
                  or self._listed_work(text, match)
                  or self._rated(text, match) or self._at_a_village(text, tokens, match)
                  or self._owners_call(text, match)):
                add("Initiative", match.start(), match.end(), name)
        for start, end in self._unquoted_policies(text, found, offset):
            add("Policy", start, end, text[start:end])
        for start, end in self._proposals(text, found, offset):
            add("Policy", start, end, text[start:end])
        for start, end in self._regulations(text, tokens, found, offset):
            add("Policy", start, end, text[start:end])
        for start, end in self._events(text, tokens, found, offset):
            add("Initiative", start, end, text[start:end])
        for match in CHARITY_EVENT.finditer(text):
            if _free(found, offset, match.start(1), match.end(1)):
                add("Initiative", match.start(1), match.end(1), match.group(1))
        for match in UNQUOTED_HUNDREDS.finditer(text):
            if _free(found, offset, match.start(), match.end()):
                add("Initiative", match.start(), match.end(), match.group(0))
        for start, end, name in self._unquoted(text, tokens, found, offset):
            add("Initiative", start, end, name)
        for start, end in self._listed_actions(text, found, offset):
            add("Initiative", start, end, text[start:end])
        for start, end in self._built_platforms(text, tokens, found, offset):
            # 设立某某爱心基金: a fund is a body that holds the money; a scholarship (某某助学金) the programme it runs
            add("Organization" if text.endswith(FUND, 0, end) else "Initiative", start, end, text[start:end])
        for start, end in self._carried_list(text, found, offset):
            add("Initiative", start, end, text[start:end])
        for match in PAIRED_COOPERATION.finditer(text):
            if _free(found, offset, match.start(), match.end()):
                add("Initiative", match.start(), match.end(), match.group(0))
        for match in BIG_DEEDS.finditer(text):
            if _free(found, offset, match.start(1), match.end(1)):
                add("Initiative", match.start(1), match.end(1), match.group(1))
        for start, end in _counted_brands(text, found, offset):
            if text[start:end] not in self._kinds:  # 3次考察团: a kind of event, no brand's name
                add("Initiative", start, end, text[start:end])
        for match in CARRIED_PLAN.finditer(text):
            if _free(found, offset, match.start("name"), match.end("name")) \
                    and match.group("name") not in self.lexicon.generic_initiatives \
                    and not _building_job(match.group("name")):
                add("Initiative", match.start("name"), match.end("name"), match.group("name"))
        for match in CREATION_CARRIED.finditer(text):
            if _free(found, offset, match.start(1), match.end(1)):
                add("Initiative", match.start(1), match.end(1), match.group(1))
        for name in self.lexicon.national_programmes:  # 参与光彩事业: a programme known nationwide by a name of no head
            for match in re.finditer(re.escape(name), text):
                if _free(found, offset, match.start(), match.end()) \
                        and (match.end() == len(text) or text[match.end()] in PROGRAMME_NAME_ENDS
                             or PROGRAMME_TOLD.match(text, match.end())):
                    add("Initiative", match.start(), match.end(), name)
        return _with_abbreviations(text, offset, found)

    # ------------------------------------------------------------------ helpers

    def _is_policy(self, title: str) -> bool:
        if MASK in title:
            return False
        bare = re.sub(r"[（(][^（）()]*[）)]$", "", title).rstrip("”\"")  # （暂行）, （2022-2025年）, “十六条”
        return any(bare.endswith(head) for head in self.lexicon.policy_heads) or bool(
            re.search(r"[\d一二三四五六七八九十]条$", bare))

    def _org_head_after(self, text: str, position: int) -> tuple[str, int] | None:
        """The class and end of an organisation head a few characters after a quotation, if any."""
        for gap in range(0, MAX_ORG_GAP + 1):
            at = position + gap
            if at >= len(text) or text[at] in PUNCTUATION or text.startswith(GAP_BREAKS, at):
                return None  # “少壮时期”的同乡会, “以会养会”筹建商会: a description or a deed, not the group's name
            for head in self._association_heads:
                if text.startswith(head.head, at):
                    return head.cls, at + len(head.head)
        return None

    def _after_programme_verb(self, text: str, position: int) -> bool:
        """开展“科技助农”, 参与“义乌慈善一日捐”: what these verbs take is a programme.

        The verb also takes the quotations listed after the first (开展了“A”、“B”和“C”).
        """
        while True:
            joined = next((j for j in ("", *LIST_JOINERS) if text.endswith("”" + j, 0, position)), None)
            if joined is None:
                break
            opening = text.rfind("“", 0, position - len(joined) - 1)
            if opening < 0:
                return False
            position = opening
        if text.endswith("了", 0, position):
            position -= 1  # 开展了“…”
        if any(text.endswith(verb, 0, position) for verb in self.lexicon.initiative_verbs):
            return True
        # 承办了省委统战部“某某”, 参加市侨联“某某”: the verb takes the programme of the body named between them
        for verb in self.lexicon.initiative_verbs:
            at = text.rfind(verb, max(0, position - MAX_OWNER - len(verb) - 1), position)
            if at >= 0 and OWNER_BEFORE.fullmatch(text, at + len(verb), position):
                return True
        return False

    @staticmethod
    def _owners_call(text: str, match: re.Match) -> bool:
        """按照某部“某某”工作要求, 响应某会“某某”号召: a body's programme, named by its owner and what it asks."""
        return bool(OWNER_AT_END.search(text, max(0, match.start() - MAX_OWNER - 1), match.start())) \
            and text.startswith(OWNERS_CALLS, match.end())

    @staticmethod
    def _event_follows(text: str, match: re.Match) -> bool:
        """“同心圆梦”启动仪式, “同心·光彩行”走进某县: the quotation names an event.

        Events joined by 暨 share the ceremony (“某某周”暨“某某行动”启动仪式).
        """
        end = _after_joined_quotations(text, match.end(), ("暨",))
        if text.startswith(DURING, end) and not HOLIDAY.search(match.group(1)) and not PLAN_PERIOD.match(match.group(1)):
            return True  # 在2023年“某某公益日”期间: the days of an event
        return text.startswith(EVENT_CEREMONIES, end) and not text.endswith(CAUSATIVES, 0, match.start())

    @staticmethod
    def _rated(text: str, match: re.Match) -> bool:
        """“某某驿站”“某某空间”获评…, 某所“某某驿站”被列为…基地: a quotation that wins a rating is a
        programme's name (the quotations listed with it share the verb)."""
        return text.startswith(RATED, _after_joined_quotations(text, match.end(), ("、", "和", "及")))

    @staticmethod
    def _selected(text: str, match: re.Match) -> bool:
        """“十大同心人物”“十大最美乡贤”评选活动: the counted titles that are selected name selections."""
        return match.group(1).startswith("十大") and text.startswith(
            SELECTION, _after_joined_quotations(text, match.end(), ("、", "和", "及")))

    @staticmethod
    def _carried_by(text: str, match: re.Match) -> bool:
        """以“桐心聚贤”为抓手: the quotation carries the work (以“X”为主题 names a theme instead)."""
        return text.endswith("以", 0, match.start()) and CARRIER.match(text, match.end()) is not None

    def _event_around(self, text: str, tokens: list[Token], match: re.Match, end: int) -> int | None:
        """Start of an event's whole name around its quoted part, or None when the quotation is the name.

        金融支持“一带一路”论坛 and “一带一路”与某某发展论坛 name forums about the quoted
        slogan, not the slogan itself; “同心”论坛 is named by its quotation alone.
        """
        if any(text.startswith(head, end - len(head)) for head in self.named_fairs) and end - match.end() <= 4:
            return match.start()  # “某某”投洽会: the fair's own short name, quotation and all
        if text.startswith(CUP, match.end()) and any(text.startswith(head, end - len(head)) for head in self.event_heads):
            return match.start()  # “某某”杯某某大赛: the contest for the quoted cup, named whole
        if not any(text.startswith(head, end - len(head)) for head in self.event_heads
                   if head not in self.proper_event_heads):  # “某某”科创沙龙 is named by its quotation
            return None
        begin = name_start(text, _as_nouns(tokens), match.start(), UNQUOTED_STOPS, MAX_EVENT)
        prefix = (begin is not None and 2 <= match.start() - begin <= MAX_EVENT_PREFIX
                  and not any(t.tag in PREFIX_NOT_NAME_TAGS for t in tokens if begin <= t.start < match.start())
                  and not text.endswith(tuple(self.lexicon.initiative_verbs), 0, match.start()))
        infix = text[match.end():end]
        infix_words = not any(infix.endswith(head) and len(infix) - len(head) < 2 for head in self.event_heads)
        if prefix:
            return begin
        return match.start() if infix_words else None

    def _proposal_titles(self, text: str) -> set[int]:
        """Starts of 《》 titles that name proposals: 集体提案《A》《B》, 《A》等10篇集体提案.

        A run of titles (joined by nothing, 、 or a proposer's name) shares what marks
        one of them: 提案 right before the run, 等…提案 right after it, or a member
        titled 关于…的建议.
        """
        titles = list(TITLE.finditer(text))
        runs: list[list[re.Match]] = []
        for match in titles:
            if runs and TITLE_RUN_GAP.match(text[runs[-1][-1].end():match.start()]):
                runs[-1].append(match)
            else:
                runs.append([match])
        starts: set[int] = set()
        for run in runs:
            before = text[:run[0].start()].rstrip("、：:")
            if (before.endswith(PROPOSAL_BEFORE) or PROPOSAL_AFTER.match(text, run[-1].end()) is not None
                    or any(m.group(1).startswith("关于") and m.group(1).endswith(PROPOSAL_ENDS)
                           or len(run) > 1 and m.group(1).endswith(RECOMMENDATION_ENDS) for m in run)):
                starts.update(m.start() for m in run)
        return starts

    def _listed_programmes(self, name: str, start: int) -> list[tuple[int, str]]:
        """The programmes a quotation lists (“甲计划、乙计划、丙计划”), with where each starts, when two or more of
        its items end in a programme's head: each is one, the list none (items without a head, slogans, are left)."""
        if "、" not in name:
            return []
        items, position = [], start
        for item in name.split("、"):
            if item.endswith(LISTED_PROGRAMME_HEADS) and len(item) >= MIN_LISTED_PROGRAMME:
                items.append((position, item))
            position += len(item) + 1
        return items if len(items) >= 2 else []

    def _ends_with_head(self, name: str) -> bool:
        return any(name.endswith(head) and len(name) > len(head) + 1 for head in self.initiative_heads)

    def _org_head(self, name: str) -> str | None:
        """The class a quoted name's organisation head gives it, unless the word it ends in names something else
        (“某某专题招商会”: a meeting, not a 商会)."""
        if name.endswith(tuple(self.lexicon.not_org_words)):
            return None
        for head in self.org_heads:
            if name.endswith(head.head) and len(name) > len(head.head):
                return head.cls
        return None

    def _head_after(self, text: str, position: int) -> int | None:
        """Length of the text from position to the end of an initiative head that closes this name.

        Other quotations joined to this one (“A”及“B”项目) share its head, and a few
        descriptive characters may come between (“A”十大主题宣传活动).
        """
        cursor, budget = position, 12
        while cursor < len(text) and budget > 0:
            if text[cursor] == "“":
                close = text.find("”", cursor + 1)
                if close < 0:
                    return None
                cursor = close + 1
                continue
            if text[cursor] in "（(" and cursor == position:  # “A”（后改版为“B”）节目: a note between name and head
                close = next((at for at in range(cursor + 1, min(len(text), cursor + MAX_NOTE)) if text[at] in "）)"), None)
                if close is not None:
                    cursor = close + 1
                    continue
            if text.startswith("——", cursor):  # “A”——B主题活动: the dash introduces the description
                cursor += 2
                continue
            joiner = next((j for j in LIST_JOINERS if text.startswith(j + "“", cursor)), None)
            if joiner:
                cursor += len(joiner)
                continue
            if text[cursor] in PUNCTUATION or text[cursor] in HEAD_SCAN_STOPS:
                return None
            for head in self.initiative_heads:
                if text.startswith(head, cursor) and self._head_ends_word(text, cursor + len(head)):
                    if text.endswith(HOLIDAYS, 0, cursor + len(head)):
                        return None  # “某某”围绕春节、元宵…: a holiday the work is done at, no head of the name
                    return cursor + len(head) - position
            cursor += 1
            budget -= 1
        return None

    @staticmethod
    def _head_ends_word(text: str, end: int) -> bool:
        # 活动 followed by 中心 or 场所 is a place, not an activity
        return not text.startswith(("场所", "中心", "阵地"), end)

    @staticmethod
    def _at_a_village(text: str, tokens: list[Token], match: re.Match) -> bool:
        """某某村“某某工坊”: a quotation right after a village's or a community's name, where the clause goes on
        or ends, names what a programme built there."""
        village = next((t for t in tokens if t.end == match.start()), None)
        if village is None or not village.word.endswith(VILLAGE_ENDS) or \
                not (match.end() == len(text) or text[match.end()] in PUNCTUATION):
            return False
        if len(village.word) >= 3:
            return True
        name = next((t for t in tokens if t.end == village.start), None)  # 联丰|村: jieba cut the village's name
        return name is not None and (name.tag in PROPER_TAGS or is_unknown_word(name.word))

    def _list_closer(self, text: str) -> int | None:
        """End of the last quotation before a closing 等…活动 in this sentence, if any."""
        last = None
        for match in LIST_CLOSER.finditer(text):
            last = match.start()
        return last

    @staticmethod
    def _listed_work(text: str, match: re.Match) -> bool:
        """“A”、“B”、商会改革等工作: a quotation in the clause that a 等…工作 closes names a piece of work."""
        closer = WORK_LIST_CLOSER.search(text, match.end())
        return closer is not None and not any(char in CLAUSE_ENDS for char in text[match.end():closer.start()])

    def _unquoted_policies(self, text: str, found: list[Mention], offset: int):
        """A document named without title marks right after it is issued: 出台创建…工作实施方案."""
        taken = [(m.start - offset, m.end - offset) for m in found]
        for match in ISSUED.finditer(text):
            start = match.end()
            end = start
            while end < len(text) and text[end] not in PUNCTUATION and end - start <= 40:
                end += 1
            phrase = text[start:end]
            if not 10 <= len(phrase) <= 40 or phrase.startswith(GENERIC_STARTS) or any(a < end and start < b for a, b in taken):
                continue
            if any(phrase.endswith(head) for head in UNQUOTED_POLICY_HEADS):
                yield start, end

    def _proposals(self, text: str, found: list[Mention], offset: int):
        """A proposal named by its title without title marks: 民盟某县支部提出的关于加快…的提案."""
        taken = [(m.start - offset, m.end - offset) for m in found]
        for match in PROPOSAL.finditer(text):
            start, end = match.span()
            if COUNTED_AFTER.match(text, end) or any(a < end and start < b for a, b in taken):
                continue  # 关于…的建议30条: a count of suggestions, not one named proposal
            yield start, end

    def _regulations(self, text: str, tokens: list[Token], found: list[Mention], offset: int):
        """A regulation named without title marks: 认真学习新修订的宗教事务条例."""
        taken = [(m.start - offset, m.end - offset) for m in found]
        for match in re.finditer(REGULATION, text):
            end = match.end()
            if any(a < end and match.start() < b for a, b in taken) or not _whole_word(tokens, match.start(), end):
                continue
            begin = name_start(text, tokens, match.start(), self._title_stops, MAX_REGULATION)
            if begin is None or match.start() - begin < 2 or text[begin:end].startswith(GENERIC_STARTS):
                continue
            yield begin, end

    def _events(self, text: str, tokens: list[Token], found: list[Mention], offset: int):
        """Events named without quotation marks: 2022年某县民族团结进步宣传月, 第三届海峡两岸民俗文化节."""
        taken = [(m.start - offset, m.end - offset) for m in found]
        for head in self.event_heads:
            if head not in text:
                continue  # most heads are absent: a substring test is far cheaper than a regex scan
            for match in re.finditer(re.escape(head), text):
                end = match.end()
                if any(a < end and match.start() < b for a, b in taken):
                    continue
                if not (_word_end(tokens, match.start(), end) or _after_demonym(tokens, head, match.start(), end)):
                    continue
                if any(t.start < match.start() < t.end == end and load_gazetteer().lookup(t.word) for t in tokens):
                    continue  # 中共毕|节: the head ends a place's name (毕节), no event
                if len(head) == 1 and any(t.start == match.start() - 1 and t.end == end for t in tokens):
                    continue  # 秋收时节, 关键环节: a one-character head ending a word of two, no festival
                if len(head) == 1 and any(t.start < match.start() < t.end == end for t in tokens) \
                        and is_common_word(text[match.start() - 1:end]):
                    continue  # 反季节|蔬菜: a longer word ending in a common one (季节), no festival
                begin = name_start(text, _as_nouns(tokens), match.start(), self._title_stops, MAX_EVENT)
                begin = self._past_leading_verb(text, tokens, begin, match.start())
                if begin is not None:  # 某地举行|某某筹款晚会, 某某担任|晚会主持: who holds or hosts it is no part of its name
                    begin = max([begin] + [t.end for t in tokens if begin <= t.start and t.end <= match.start()
                                           and t.word in HOLDING_VERBS])
                # 首届某商大会: the merchants' word (某商) is the name, though the head opens with its 商
                named_end = next((match.start() + len(demonym) for demonym in DEMONYMS if head.startswith(demonym)
                                  and _after_demonym(tokens, head, match.start(), end)), match.start())
                edition = _edition_before(text, named_end)
                if edition is not None and (begin is None or begin > edition):
                    begin = edition  # 首届某某籍才交流会: the edition marks where a name jieba cannot read starts
                if begin is None or named_end - begin < 2 or text[begin:end].startswith(GENERIC_STARTS):
                    continue
                if any(other in text[begin:match.start()] for other in self.event_heads):
                    continue  # 某论坛某分论坛: the walk ran over another event's name
                if text.endswith(JOINED_EVENTS, 0, begin):  # 某某商品展暨投资贸易洽谈会
                    joined = name_start(text, _as_nouns(tokens), begin - 1, self._title_stops, MAX_EVENT)
                    begin = joined if joined is not None else begin
                end = _joined_end(text, end)
                begin = self._before_bracketed_place(text, tokens, begin)
                prefix = EVENT_PREFIX.search(text, 0, begin)
                dated = prefix is not None and prefix.start() < begin
                if head in self.edition_event_heads and not (dated and EDITION.search(text, prefix.start(), begin)):
                    continue  # 全市统战工作大会: a meeting; 第十届某某联谊大会: an event
                proper = any(begin <= t.start and t.end <= named_end and t.tag in PROPER_TAGS for t in tokens)
                counted = named_end - begin >= MIN_EVENT_NAME and COUNTED_EVENTS.match(text, end)
                if not (dated or proper or counted or (named_end - begin >= MIN_EVENT_NAME
                                                       and head not in self.proper_event_heads)):
                    continue
                start = prefix.start() if dated else begin
                if dated and EDITION.match(text, start):  # 某某市第三届…运动会: the place holding the edition
                    start = next((t.start for t in tokens if t.end == start and t.tag == "ns"), start)
                if text[start:end] in self.lexicon.generic_initiatives or text.endswith(HOLIDAY_ENDS, 0, end):
                    continue  # (…聚居点开展中秋佳节走访: a holiday the work is done at names no event)
                taken.append((start, end))
                yield start, end

    def _past_leading_verb(self, text: str, tokens: list[Token], begin: int | None, head: int) -> int | None:
        """精心策划|侨界青年创新创业沙龙: jieba reads a verb phrase as a noun; the name starts after the verb."""
        if begin is None:
            return None
        first = next((t for t in tokens if t.start == begin and t.end < head), None)
        if first is not None and first.word.endswith(self._leading_verbs):
            return first.end
        return begin

    def _before_bracketed_place(self, text: str, tokens: list[Token], begin: int) -> int:
        """第三届海峡两岸（某市）经贸交流会: a place in brackets inside an event's name, and the words before it."""
        bracket = BRACKETED_PLACE.search(text, 0, begin)
        if bracket is None:
            return begin
        before = name_start(text, _as_nouns(tokens), bracket.start(), self._title_stops, MAX_EVENT)
        return before if before is not None else begin

    def _unquoted(self, text: str, tokens: list[Token], found: list[Mention], offset: int):
        """Named actions written without quotation marks: 营商环境大优化行动, 少数民族优秀文化传承保护工程; not
        bodies said to act in some manner (各级侨联分头行动, 各部门联合行动)."""
        taken = [(m.start - offset, m.end - offset) for m in found]
        for head in UNQUOTED_HEADS:
            if head not in text:
                continue
            for match in re.finditer(re.escape(head), text):
                end = match.end()
                if any(start <= match.start() < stop for start, stop in taken):
                    continue
                if not _whole_word(tokens, match.start(), end):
                    continue  # 思想上政治上行动上: 行动 is not the head of a name here
                begin = self._unquoted_start(text, tokens, match.start())
                run = RUN_BEFORE_HEAD.search(text, max(0, match.start() - 8), match.start())
                if (begin is None or begin == match.start()) and run is not None:
                    begin = run.start("name")
                if begin is None:
                    continue
                if head == THEME_YEAR:  # 民进某市委会履职能力主题年: the body whose theme it is names no part of it
                    begin = max([begin] + [at + len(body) for body in THEME_OWNERS
                                           if (at := text.rfind(body, begin, match.start())) >= 0])
                name = text[begin:end]
                if name in self.lexicon.generic_initiatives or len(name) - len(head) < 2 or name.startswith(GENERIC_STARTS):
                    continue
                if text.endswith(DEMONSTRATIVES, 0, begin):
                    continue  # 此项志愿行动: the programme just named, called by its kind
                if TAKEN_AS.search(text, 0, begin):
                    continue  # 把某事作为政治工程、民心工程: what a task is taken for, no programme's name
                if head == "行动" and (name[:-len(head)].endswith(ACTING_TOGETHER) or text.startswith(HOW_ACTED, end)):
                    continue  # 分头行动, 行动迅速, 行动起来: bodies that act, and how, run no programme
                if _building_job(name):
                    continue  # 村道硬化工程: a construction job
                if any(start < end and begin < stop for start, stop in taken):
                    continue
                yield begin, end, name

    def _listed_actions(self, text: str, found: list[Mention], offset: int):
        """实施了惠农工程、育才工程等: each named action of a list a programme verb runs and 等 closes."""
        taken = [(m.start - offset, m.end - offset) for m in found]
        for match in LISTED_ACTIONS.finditer(text):
            start = match.start(1)
            for item in match.group(1).split("、"):
                end = start + len(item)
                if item not in self.lexicon.generic_initiatives and not item.startswith(GENERIC_STARTS) \
                        and not _building_job(item) \
                        and not any(a < end and start < b for a, b in taken):
                    yield start, end
                start = end + 1

    def _built_platforms(self, text: str, tokens: list[Token], found: list[Mention], offset: int):
        """搭建世界某某人乡贤库, 上线某某云平台, 设立某某助学金: a platform, a register or a fund that is built
        or set up and named by a proper word (a place, a brand, a word jieba does not know); 搭建交流平台,
        建立人才库 and 设立专项基金 build kinds of things, not named ones."""
        taken = [(m.start - offset, m.end - offset) for m in found]
        for token in tokens:
            heads, verbs, words = next(((h, v, w) for h, v, w in BUILT_THINGS if token.word.endswith(h)), (None,) * 3)
            if heads is None or any(a < token.end and token.start < b for a, b in taken):
                continue
            head_start = token.end - len(next(h for h in heads if token.word.endswith(h)))
            begin = name_start(text, tokens, token.start if token.start < head_start else head_start,
                               self._title_stops | words, MAX_PLATFORM)
            if begin is None or begin == head_start or verbs.search(text, 0, begin) is None:
                continue
            if text.startswith(EVERY_PLACE, begin) or COUNT_AFTER.match(text, token.end):
                continue  # 全盟党外干部人才库, 成立公益慈善基金256个: kinds of things, at every place or counted
            if not any(begin <= t.start and t.end <= head_start
                       and (t.tag in PROPER_TAGS and t.tag not in ("nz", "j") or is_unknown_word(t.word)) for t in tokens):
                continue  # 搭建双语平台, 搭建政企沟通平台: jieba's nz words and abbreviations are kinds (双语, 政企), and a
                # word it made of the head (交流平台) names nothing
            if token.word.endswith(REGISTER) and not any(begin <= t.start and t.end <= head_start and _of_a_place(t)
                                                         for t in tokens):
                continue  # 建立某界青年数据库, 乡贤名录库: a register of a kind of people; 世界某某人乡贤库 is named by its place
            taken.append((begin, token.end))
            yield begin, token.end

    @staticmethod
    def _carried_list(text: str, found: list[Mention], offset: int):
        """以A、B、C等为载体: the items of a list that carries the work, when one of them is a programme named
        already (一个宣传月), are programmes too (某某下基层); short items are kinds of work (党建、业务)."""
        for match in CARRIED_LIST.finditer(text):
            spans, position = [], match.start(1)
            for item in match.group(1).split("、"):
                spans.append((position, position + len(item)))
                position += len(item) + 1
            named = {(m.start - offset, m.end - offset) for m in found if m.cls == "Initiative"}
            if not any(span in named for span in spans):
                continue
            for start, end in spans:
                if end - start >= MIN_CARRIED and _free(found, offset, start, end):
                    yield start, end

    def _unquoted_start(self, text: str, tokens: list[Token], position: int) -> int | None:
        return name_start(text, tokens, position, self.lexicon.descriptor_stops | UNQUOTED_STOPS, MAX_UNQUOTED)


# how bodies act, right before 行动: 分头行动, 联合行动, 迅速行动 are deeds, not a programme's name
ACTING_TOGETHER = ("分头", "联合", "统一", "迅速", "立即", "积极", "共同", "一起", "协同", "同步", "马上")
HOW_ACTED = ("迅速", "起来", "快速", "及时", "果断")  # 行动迅速, 行动起来: 行动 the verb "act", and how
# the building work an unnamed construction job is called by (路面硬化工程, 校舍维修工程, 饮水工程): a job, no programme
BUILDING_JOBS = ("硬化", "亮化", "绿化", "美化", "改造", "维修", "修缮", "重建", "扩建", "改建", "翻建", "修建", "加固", "铺设",
                 "填埋", "排污", "安装", "主体", "附属", "结构", "建校", "饮水", "供水")


def _building_job(name: str) -> bool:
    """Whether a name is a construction job called by its building work (村道硬化工程, 校舍维修工程), not a programme."""
    return name.endswith("工程") and name[:-len("工程")].endswith(BUILDING_JOBS)


def _of_a_place(token: Token) -> bool:
    """Whether a word is a place's name or its people's (温州, 温州人)."""
    return token.tag == "ns" or token.word.endswith(DEMONYMS) and bool(load_gazetteer().lookup(token.word[:-1]))


def _free(found: list[Mention], offset: int, start: int, end: int) -> bool:
    """Whether a span of the sentence (positions in it; the mentions', in the report, lie `offset` further) overlaps
    no name found so far."""
    return not any(m.start - offset < end and start < m.end - offset for m in found)


def _counted_brands(text: str, found: list[Mention], offset: int):
    """Spans of the events of a list that gives how often each was held and closes as a body's brands (举办8届某某节、
    5次某某行等品牌活动): each name after its count."""
    for match in COUNTED_BRANDS.finditer(text):
        position = match.start(1)
        for item in match.group(1).split("、"):
            start, end = position + COUNT_BEFORE_NAME.match(item).end(), position + len(item)
            if _free(found, offset, start, end):
                yield start, end
            position = end + 1


def _after_joined_quotations(text: str, position: int, joiners: tuple[str, ...]) -> int:
    """Where the text goes on after the quotations joined to the one ending at position (“A”“B”, “A”暨“B”)."""
    while True:
        joiner = next((j for j in ("", *joiners) if text.startswith(j + "“", position)), None)
        if joiner is None:
            return position
        close = text.find("”", position + len(joiner) + 1)
        if close < 0:
            return position
        position = close + 1


def _edition_before(text: str, position: int) -> int | None:
    """End of an edition (第三届, 首届) that a name of a few characters of its own separates from position."""
    for match in EDITION.finditer(text, max(0, position - MAX_EDITION_NAME - 6), position):
        rest = text[match.end():position]
        if 2 <= len(rest) <= MAX_EDITION_NAME and all("\u4e00" <= char <= "\u9fff" for char in rest) \
                and not any(char in UNQUOTED_STOPS for char in rest) and not EDITION.search(rest):
            return match.end()
    return None


def _as_nouns(tokens: list[Token]) -> list[Token]:
    """The tokens with 青年, 进步 … read as the nouns they are in a name, and 线上, 线下, 网上 (which jieba
    cuts as a noun and a place word: 线|上) as the one word of how an event is held."""
    nouns = []
    for index, t in enumerate(tokens):
        online = t.tag == "f" and index > 0 and tokens[index - 1].word + t.word in ONLINE_WORDS
        nouns.append(Token(t.word, "n", t.start, t.end) if t.word in NOUNS_IN_NAMES or online else t)
    return nouns


def _words(name: str) -> list[str]:
    words: list[str] = []
    for line in lexicon_path(name).read_text(encoding="utf-8").splitlines():
        words.extend(line.split("#", 1)[0].split())
    return words


def _word_end(tokens: list[Token], start: int, end: int) -> bool:
    """Whether text[start:end] ends where a jieba word does and starts where one does, inside
    the word it ends (佛教|论坛 in jieba's 佛教论坛) or with the last two characters of a word (体育运动|会)."""
    return any(token.end == end for token in tokens) and any(
        token.start == start or (token.start < start < token.end == end)
        or (token.start < start and start + 2 <= token.end < end)  # 体育运动|会: the head opens with a word's end
        for token in tokens)


def _after_demonym(tokens: list[Token], head: str, start: int, end: int) -> bool:
    """湖州人|大会, 浙商|大会: jieba took the 人 of a convention of a place's people (某某人大会), or the 商 of its
    merchants' (某商大会), into the place's word."""
    return any(head.startswith(demonym) and any(t.end == start + len(demonym) and t.word.endswith(demonym)
                                                for t in tokens) for demonym in DEMONYMS) \
        and any(t.end == end for t in tokens)


def _joined_end(text: str, end: int) -> int:
    """End of a second name joined to an event's (某某论坛暨某某产业对话, 某某论坛-某某峰会), or `end`."""
    if not text.startswith(JOINED_EVENTS, end):
        return end
    stop = next((i for i in range(end + 1, min(len(text), end + 2 + MAX_EVENT))
                 if text[i] in PUNCTUATION or text.startswith(EVENT_HELD, i)), len(text))
    return stop if end + 3 < stop <= end + 1 + MAX_EVENT else end


def _whole_word(tokens: list[Token], start: int, end: int) -> bool:
    """Whether text[start:end] begins and ends where jieba's words do."""
    starts = {token.start for token in tokens}
    ends = {token.end for token in tokens}
    return start in starts and end in ends


DECLARED_SHORT = re.compile(r"[（(](?:以下|下文)?(?:简称|下称)[:：]?\s*$")
ABBREVIATION = re.compile(r"[（(](?:(?:以下)?简称[:：]?\s*)?“([^”]{2,20})”[）)]")


def _with_abbreviations(text: str, offset: int, found: list[Mention]) -> list[Mention]:
    """《长汀县支持民营企业纾困发展十条措施》（简称“惠企十条”）: the short name is the same thing."""
    result = sorted(found, key=lambda m: m.start)
    for match in ABBREVIATION.finditer(text):
        named = [m for m in result if m.end - offset == match.start()]
        if not named:
            continue
        full = named[-1]
        start, end = match.start(1) - 1, match.end(1) + 1  # with its quotation marks
        result = [m for m in result if m.start != offset + start]
        result.append(Mention(full.cls, text[start:end], match.group(1), offset + start, offset + end,
                              full.sentence, same_as=full.name))
    return sorted(result, key=lambda m: m.start)


def nationwide_movement(mention: Mention) -> bool:
    """光彩事业: a movement every locality joins (national_programmes.txt), not a report's own programme: it is no
    figure's subject and runs in no one region; so is the cooperation of two provinces (粤黔协作), which runs in both
    and is carried out by the bodies that report it."""
    return mention.cls == "Initiative" and (mention.name in load_lexicon().national_programmes
                                            or PAIRED_COOPERATION.fullmatch(mention.name) is not None)
