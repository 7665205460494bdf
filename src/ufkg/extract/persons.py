"""Named people: a surname-led name that the text confirms as a person.

jieba tags many names (nr), but also tags many words as names; a candidate
counts only when something confirms it: a title after it (总书记, 同志 …),
a count of people after it (朱露等9名同志), a title right before it
(董事长向家林牵头, 副市长林海涛出席: also when jieba cut the name in two), a
meeting role right after it at the start of a clause (刘振宇主持会议), its place
in a list of names that all start with a surname, or its place in a list that
a confirmed name starts or ends (副主委吴静、郑宏伟参加; 王立、陈红等5名同志), or a deed
credited to it at the start of a clause (张某提交的《…》, 李某被评为优秀委员, 郑某某同志对…批示).
Ordinary words that jieba tags as names (荣誉, 荣获), lists of ordinary words
(向园区、商圈、楼宇等) and words inside quotation marks are no people; a
character jieba glued to a name after a title (医生郑丽为群众) is cut off. The reporters of a
byline ((记者 甲某 乙某)) are people too, a name of two characters spaced as wide as three (记者 刘 某)
as well; texts copied from the web end names with ASCII punctuation.
Speakers (甲、乙作了口头发言), proposers before their proposals (甲《关于…的建议》) and counted lists after a
verb of people (组织甲、乙等5名人士) are people; places and their people (某县侨商, 世界某某人), words after a
counted kind (一批新乡贤某某官) and titles read across a place's name (荆|州长|…) are not.
Where only a name can stand (every author of a page's line, its editor, a piece signed (某党派某市委  某某), a
title before a speaker or a titled list) a given name may be a common word (某满意, 某大方).
A title, then a name, then a gift or a piece written (荣誉市民某某捐赠…, 党员甲、乙撰写…) names a person; so does a
title and a name ending like a place (副主委钟杭州主持: 杭州) when a meeting role follows, a name in a run of proposals
(甲《…》、乙《…》), a name without a known surname that jieba reads as names between a title and what is said (会长岩某某
表示: minority and transliterated names), and a surname-led name jieba tags, right before a meeting role or an
election (某某研究院甲某某当选). A level that is also a surname, then a body's head (区|侨联被评为), is a body.
A name made a title-holder where the title closes the clause (选出甲某为会长, 乙某、丙某为特邀顾问), the writers of counted
pieces (甲、乙撰写的2篇报告, 由丙主笔撰写的《…》) and a donor with an amount (、丁某捐款100万元) are people; an author
line or a byline takes a given name that is also a noun (作者:某文学, 记者 某芙蓉), as only a name stands there.
A word jieba has never seen, between a title and a meeting role (主持人某楼主持), is a name without a surname. A
three-character name after a title that a 、 or a deed closes is a name even when its first two characters make a
word (理事长黄海明、). Names are also read where the text elects or appoints them (选举甲为主委, 任命乙为秘书长, a
list 甲、乙、丙为副主任委员 taking a rare surname when most of it are names), gives them a role (由甲担任司仪), a
professor's title (其中甲教授和乙副教授), a title and a colon (党组书记：甲), a proposal written (甲主笔的《…》) or
a title held (甲是某商会会长); a name jieba cut short is the three-character name the report gives elsewhere;
a dictionary phrase of four characters (应邀出席) and a kind of people (海外华裔青年) are no names.
A name before the address 女士 or 先生 (遗孀某某某女士, 某某某老先生) is a name wherever it stands, and so are the
names of a page's credits: a label and a name alone on a line (编辑 某某), a photograph's credit (某某某 摄), a
reporter glued to the byline's word (（通讯员某某某）) and a piece's closing signature (…。（某某）). The nation's leaders
(known_people.txt) are people wherever the text names them, but not inside a venue named after them (某某故居).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property
from itertools import chain

from ..gazetteer import load_gazetteer
from ..lexicon import Lexicon, tokenizer
from ..model import Mention
from ..text import Sentence, free_occurrences
from .tokens import Token

NAME_TAGS = ("nr", "nrfg", "nrt")
PEOPLE_COUNT = re.compile(r"^等\d+[名位人户]")  # 甲、乙等34户: households, named by who heads them
MANY_AFTER_ETC = re.compile("等(?:一大批|一批|一群|众多|诸多|多位|多名|一些)")
MAX_CONFIRMING = 12  # characters after a name within which what confirms it stands (等一批热心会员)
PEOPLE_OF_KIND = re.compile(r"^[两二三四五六七八九十\d]{1,2}[名位]")  # 甲、乙两名委员: the named people counted by their kind
# a reporter's byline: (记者 甲 乙), 某某日报全媒体记者 甲 乙, (甲 记者 乙 丙): names written apart by spaces
BYLINE = re.compile(r"(?:[（(][^（()）]{0,40}?(?:记者|通讯员|摄影)[^（()）]{0,40}[）)]|[（(](?:[\u4e00-\u9fff]{2,3}[ \u3000]+){1,3}[\u4e00-\u9fff]{2,3}[）)]$|(?:记者|通讯员)(?:[ \u3000]+[\u4e00-\u9fff]{2,3}){1,4}(?=[ \u3000]*$))")
# a page's author line: 作者：甲某, 作者: 甲某某 (a body as author is no person: 作者：统战部办公室)
AUTHOR_LINE = re.compile(r"(?:作者|撰稿|撰文|文|编辑|责编|责任编辑)[:：]\s*([\u4e00-\u9fff]{2,3})(?=\s|$|[|｜/，,;；】」）)])")
# a page's credit line without its colon, the label and the name alone: 编辑 甲某
SPACED_LABEL = re.compile(r"^\s*(?:作者|撰稿|撰文|编辑|责编|责任编辑|审核|校对|摄影)[ \u3000]+([\u4e00-\u9fff]{2,3})[ \u3000]*$")
# a photograph's credit: 甲某某 摄 (after a caption, before the next sentence)
PHOTO_CREDIT = re.compile(r"(?:^|(?<=[。！？!?\s]))([\u4e00-\u9fff]{2,3})[ \u3000]+摄(?:影)?(?!像|制)")
# a byline whose reporter's name is glued to the word: （通讯员甲某某）
GLUED_BYLINE = re.compile(r"[（(](?:[^（()）]{0,20}?)(?:记者|通讯员)([\u4e00-\u9fff]{2,3})[）)]")
# a piece signed with its writer's name alone in brackets at its close: …。（甲某）
CLOSING_SIGNATURE = re.compile(r"(?:^|(?<=[。！？!?]))\s*[（(]([\u4e00-\u9fff]{2,3})[）)]\s*$")
# more authors on the same line, apart by spaces: 作者: 甲某 乙某某
NEXT_AUTHOR = re.compile(r"[ \u3000]+([\u4e00-\u9fff]{2,3})(?=\s|$|[|｜/，,;；])")
# a contributed piece signed at its end with the writer's body and name: （某某党派某市委  甲某某）
SIGNATURE = re.compile(r"[（(][\u4e00-\u9fff]{2,30}?[委会部社局联办处室][ \u3000]+([\u4e00-\u9fff]{2,3})[）)]")
# what a person says or does right after a title and the name: 会长某满意表示 (a given name may be a common word)
FUNCTION_TAGS = frozenset({"c", "p", "u", "uj", "ul", "ud", "ug", "uz", "uv", "d"})  # jieba's function words' tags
SPEECH_AFTER = re.compile("表示|指出|强调|介绍说|说|致辞|讲话|出席|主持|陪同|一行|带队|率队|宣读|荣获|获评|当选|组织|带领|率领|捐")
# 本报记者 刘 斐: a name of two characters set apart by a space, as wide as one of three, at a byline's end
SPACED_BYLINE = re.compile("(?:记者|通讯员|摄影|作者[:：]?)[ \u3000]+([\u4e00-\u9fff])[ \u3000]{1,2}([\u4e00-\u9fff])"
                           "(?=[ \u3000]*$|[）)])")
BYLINE_NAME = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,3}(?![\u4e00-\u9fff])")
# what closes a three-character name after a title, whatever word its first two characters make (理事长黄海龙、)
NAME_CLOSED = ("、", "，", ",", "。", "；", "出席", "主持", "表示", "致辞", "讲话")
GUEST_DEEDS = ("出席", "参加", "陪同", "主持", "致辞", "讲话")  # what a titled guest does right after the name
MAX_NOUN_GIVEN = 2000  # jieba's count of a noun that may still be a given name (建平 528; 大会 9681 is none)
KIN_PAIRS = "伉俪|夫妇|夫妻|父子|父女|母子|母女|兄弟|姐妹"  # 甲某、乙某伉俪: the kin names close on
# what a person does right after being named
AFTER_NAME = ("积极|主动|亲自|专程|第一时间|再次|再度|纷纷|"  # 董事长某某积极奔走, 某某再次捐款, 甲某、乙某纷纷解囊: how a
              # person sets about a deed
              + KIN_PAIRS + "|"  # 企业家甲某、乙某父子: the kin a list of names closes on
              "各捐|各出资|各资助|各认捐|各拿出|"  # 甲某、乙某各捐赠1000元: what each of them gave
              "以及|代表|投资|获悉|得知|被|向|自|从|调任|接任|升任|荣调|带领|带头|率|返乡|个人|深入|走访|看望|慰问|接过|荣获|获评|当选|到|赴|任|独资|捐建|捐资|捐赠|捐款|捐献|认捐|捐给|捐出|捐助|资助|撰写|提交|同志|表示|说|出席|主持|讲话|致辞|参加|一行|指出|强调|"
              "介绍|陪同|带队|率队|宣读|发言|领衔|牵头|分别|到会|到场|应邀|和|与|及|也|还|在|作|对|等|共|一起|是|以|授牌|\\d|“|，|。|、|；|,|;")
# a meeting role that, right after a name at the start of a clause, makes it a person's: 刘振宇主持会议
# what a person did that the text credits by name at the start of a clause: 张某提交的《…》, 李某被评为优秀委员,
# 王某被选举为副主席, 赵某被授予先进个人
DEED_AFTER_NAME = ("(?:(?:主笔|领衔)?(?:提交|撰写|提出|执笔|提报)|主笔|联名)的[^，。《]{0,8}(?:《|[\\d一二两三四五六七八九十]+[篇份件条])"
                   "|捐(?:款|赠|资|助)[\\d一二两三四五六七八九十百千]|的《|被评为|被(?:选举|推选|选|聘|任命)为|被授予|获评|荣获|同志|任(?:名誉|常务|执行)?(?:副?主委|副?主任委员|副?会长|副?主席|秘书长|党委书记|党组书记|理事长)|获[^，。]{0,12}(?:先进个人|先进工作者|优秀|称号)|(?:个人|集体)?提案《|(?:个人|集体)建议《|《关于"
                   "|等[\\d一二三四五六七八九十两]+[名位户]")
SAYS, SAID_AFTER = "说", ":：，,“"  # 甲某说：…, the verb of saying and what opens the words said
# what a described person (…的甲某某) says or also gives: 说, 表示, 也拿出…, 也捐…
DESCRIBED_BY = "的"  # 受灾较重的甲某某、乙某某等: what describes the people listed after it
SPOKEN_OR_GIVEN_AFTER = "(?:[\u4e00-\u9fff]{2}地)?说|表示|介绍|也[^，。,]{0,6}?(?:捐|拿出|出资)"
# 选举甲某为会长, 聘请…的乙某为名誉会长, 丙某、丁某为特邀顾问: a name made something, the title closing the clause
APPOINTED_BEFORE = "了的选举聘请命"  # 选出, 选举, 聘请, 任命 … 甲某为会长
APPOINTED_AS = "为[^，。；、“”《》]{0,16}?(?:%s)(?=[，。；、,;]|$)"
ROLE_AFTER_NAME = ("主持|出席|讲话|致辞|致词|担任|继任|接任|表示|指出|强调|宣读|发言|率队|带队|一行|作工作报告|作报告|当选"
                   "|作了?(?:口头|书面|交流|典型|大会)?发言")
ROLE_AFTER = re.compile(ROLE_AFTER_NAME)
# what closes a titled name as the clause or list goes on (部长某某，…; 主委某某多次深入…)
CLOSING_AFTER = "[，、,；;]|多次|再次|再度|先后|多年|一直|始终|亦"  # 书记某某亦通过…: the formal "also"
# a title, a name, then these (为某会成立揭牌: a ceremony the person performs; 为顾问, 为团长: the office the person is
# made; 联合…, 出资…, 接过…: a deed; 的侄子某某: kin named next; 的陪同下: those the person goes with; 受某某委托: the
# one who sent the person; 单位、: the person's own unit, named next)
ENCLOSING_AFTER = "(?:则|也|还)?(?:介绍|说)|(?:所在)?单位[、，,]|如是说|的带领下|的带领|的陪同|受[^，。；]{1,16}?委托|带领|率|赴|前往|手中|等人|联合|出资|接过|的(?:儿子|女儿|侄子|侄女|孙子|孙女|妻子|丈夫)|等[\\d一二两三四五六七八九十]+[名位人户]|为[^，。；]{1,12}?(?:揭牌|授牌|颁奖|颁发|题词)|为(?:名誉|荣誉|首席|常务|副)?(?:顾问|团长|会长|主席|秘书长|理事长|组长)"
# verbs whose object is people, named in a list right after them: 组织甲、乙等5名人士, 邀请甲、乙参加
VERBS_OF_PEOPLE = ("组织", "邀请", "推荐", "表彰", "带领", "陪同", "看望", "慰问", "会见", "走访", "选派", "推选", "指派", "委派",
                   "聘任", "聘请", "增补", "增补了", "涌现出", "涌现了", "评选出", "选出")
NOT_LAST_CHARS = "说等的也则"  # 某某说，某某等出席，会长某某的带领下，某某也说: what follows a two-character name, not its last character
LAST_ITEM_JOINERS = "及和与"
ADVERB_ENDS = "地得的着了"  # 高兴地说: a word made an adverb, no given name's last character
AT_OCCASION = "在"  # 董事长某某在致辞时说: the name, then 在 and the occasion of what the person says
DEPUTY = "代表"  # 甲某代表、乙某委员的发言: a congress's deputy, written after the name as an office
# a bracket right after a name that says what its holder is: （某某公司总经理）, （某中学校长）
BRACKETED_OFFICE = (r"[（(][^（）()，。,；;]{1,30}?(?:总经理|董事长|经理|厂长|场长|校长|院长|园长|主任|会长|理事长|秘书长"
                    r"|书记|主席|主委|局长|部长|总裁|总监|负责人|创始人)[）)]")
# 某某副会长（右三）, 某某主委代表…, 某某立法会议员、: the offices written right after their holder's name
OFFICES_AFTER_NAME = "会长|理事长|秘书长|理事|监事长|董事长|主席|执行会长|常务会长|主委|委员|立法会议员|议员"
COMPANY_OFFICES = "副?(?:董事长|总经理|厂长|总裁)"  # 某某公司甲某某总经理: the office after its holder's name
GIFT_AFTER_COMPANY = "向[^，。；]{2,16}?捐|捐(?:款|赠|资|助)"  # 某某公司甲某某向某会捐赠1万元: the company's person gives
# 某某同乡会甲某某常务副会长, 某某中心乙某某主任: a society's office after its holder's name, where a list of guests
# names each with the society first
SOCIETY_OFFICES = "(?:常务|执行)?副?(?:会长|理事长|秘书长|监事长|主任|主席)(?=[，、,。；;\s]|等|一行|暨|兼)"
# the offices a state body's or a society's officer is written with after the name, between the body and the office
# (某部甲某某部长, 某区议会乙某某主席, 某总会丙某某主席交给…), whatever follows
BODY_OFFICES = "(?:常务|执行)?副?(?:会长|理事长|秘书长|监事长|主席|主委|部长|处长|局长|厅长|司长|署长|议员)(?![团级])"
NOT_LAST_BEFORE_OFFICE = "副社会部委局办处厅"  # 某局原副局长, 某学社支社主委: a rank or a unit before the office, no name
LIST_JOINERS = "和与及"  # 提案和甲、乙撰写的…: a list of names joined to the words before it
MIN_NAMES_VOUCHING = 3  # names in a list that make its other surname-led items names, whatever words they end with
NAME_LIST = re.compile(r"[\u4e00-\u9fff]{2,6}(?:、[\u4e00-\u9fff]{2,3}){2,}"
                       r"|[\u4e00-\u9fff]{2,6}(?:[,，][\u4e00-\u9fff]{2,3}){2,}(?:等|(?=分别|分別))")  # 甲,乙,丙分别…
THINGS_COUNTED_AFTER = re.compile(r"等[\d一二两三四五六七八九十百几多]+(?:个|项|类|种|家|条|批|大)")  # 甲、乙、丙等三个产业: things
# a name inside quotation marks is a slogan's or a title's word; a quotation of whole clauses (“多亏某某等乡贤
# 捐资，…。”) is someone's speech, whose names are people
QUOTED = re.compile(r"“[^”，,。；;！？]*”|《[^》]*》")
# 某会长暨夫人某某乐捐…: a wife named after her husband's office, before the gift or the clause's end
SPOUSE = "(?:暨|及|偕|和|与)夫人"
MEMBERS_BODY_ENDS = ("支部", "总支", "支社", "委员会", "委会")  # a party unit's name right before its members' names
AFTER_SPOUSE = "女士|[，、,。；;\\s]|乐捐|报效|捐|出资|共同|一同|一起|$"
DAYS_SAID = frozenset({"近日", "日前", "昨日", "今日", "明日", "前日", "当日", "次日", "同日", "连日", "近期"})  # 于近日
# a two-character name, one more character and 家里 (某某某家里, 家中): jieba read the last character and 家 as 国家 or
# 家中 and cut the name short; the person's home is after the whole name
AT_HOME = re.compile(r"[^的之和与及在到回从于去来、，。,；;\s](?:家里|家中)")
AGE = "岁的"  # 45岁的某某某: a person's age before the name
# 某某某，女，民建会员; 某某，民革党员，…: a profile opens on the name, then the person's sex or party membership
SEX_AFTER_NAME = "[，,](?:[男女]|(?:中共|民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)?(?:党员|盟员|会员|社员))[，,]"
ONCE = re.compile("曾(?:荣获|获|任|经|被|多次|先后)")  # 曾荣获, 某某曾获: the adverb "once" before a deed, no name's part
GIFT_AFTER_NAME = r"\d+(?:\.\d+)?(?:万|千)?元"  # 甲某某5000元、乙某某7800元: each donor's sum right after the name
MIN_DONORS_LISTED = 2
RANKED = r"(?:位列|列|居|排名|排)第[\d一二三四五六七八九十百]+[位名]"  # 甲某某列第5位: a place on a ranked list
# where a photo's caption places a person, in brackets after the name: (左三), (右5), (右十起), (中), (前排左二)
CAPTION_PLACE = re.compile(r"[（(]\s*(?:前排|后排|前|后)?\s*(?:左|右|中)\s*[一二三四五六七八九十\d]{0,3}\s*起?\s*[）)]")
MONASTIC_TITLES = "大和尚|大法师|法师|长老|方丈"  # what a monastic is addressed by, after the name in religion
# a monastic's name in religion, then the title it is addressed by (not 法师院, a body)
DHARMA_NAME = re.compile(rf"(?=([\u4e00-\u9fff]{{2}})(?:{MONASTIC_TITLES})(?![院会堂协]))")
MONASTICS_AFTER = tuple(MONASTIC_TITLES.split("|"))  # 释某|某大和尚: the longer name ends where the title starts
BUDDHIST_SURNAME = "释"  # 释某某: the surname of the Buddha, taken by monastics
DHARMA_BEFORE = "，,、。：:；;（(）) \u3000的和与及"
NOT_DHARMA_NAMES = frozenset({"各位", "诸位", "众位", "众多", "多位", "几位", "两位", "高僧", "大德", "僧人", "年轻", "青年",
                              "本寺", "该寺", "寺院", "佛教", "当家", "监院", "女众", "男众", "常住", "驻锡", "首座", "客堂"})
NOT_DHARMA_CHARS = "一二三四五六七八九十百位名寺庙院会"  # 三位法师, 某寺法师: a count or a temple, no name
HONORIFIC_AFTER = "同志|先生|女士|阿訇|法师|牧师|道长|活佛|主教|副?教授|院士|老师"  # 会长马志强阿訇
GLUED_AFTER = "为在向对和与将把被从给是都已就"  # characters jieba glues to a two-character name
STRONG_CUES = ("同志", "先生", "女士")
GATHERINGS = ("茶话会", "座谈会", "联欢会", "团拜会", "晚会", "年会", "酒会")  # 代表|迎春|座谈会: what a word before one names
AUTHORED = ("执笔", "主笔")  # 《…的建议》（某某执笔）: who wrote it
QUOTED_SPEECH = re.compile(r"(?:[\u4e00-\u9fff]{2}地|笑着)?(?:说|表示|说道|感慨)[：:]\s*[“「]")  # 留守儿童某某(感激地)说：“…”
ADDRESS = re.compile("女士|先生|小姐")
HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")  # a name is written in characters alone (成就时,黄先生: no name across a comma)
ADDRESSED_SURNAME = re.compile("[\u4e00-\u9fff](?:女士|先生|小姐)")
AFTER_SHORT_KNOWN = "同总主委诞思理故逝生的在和与等及"  # what follows a leader's two-character name (朱德同志, 朱德故居)
ADDRESSED_AFTER = "，,、：:（(“「"  # the marks a clause or a list's item opens after, before a name and its address
ELDER = "老"  # 老先生: the address of an elder, after the name
NOT_A_NAME_START = "向和与于为在对把被将从给的"  # surnames that are, right before a name, its preposition
WIDE_LEVELS = ("country", "province", "prefecture")
DEMONYM = "人"  # 某某人: the people of a place
MOTION_VERBS = "来去到赴回返至"  # 企业家来某地考察: surnames too, right before a place
PLACE_OR_BODY_ENDS = "省市县区州镇乡村局委部办厅处"  # what ends a place's or a body's name, hardly a given name
# 培育一批新乡贤|某某官, 3名企业家: a counted kind of people before a title-like word; what follows is no name
COUNTED_KIND = re.compile(r"[一两几数多\d][批些支群名位个][新老优秀青年]{0,2}$"
                          r"|(?:\d{2,}|[百千])[余多]?[名位个][\u4e00-\u9fff]{0,6}$")  # 500余名华侨华人|代表齐聚: a crowd
CLAUSE_START = "，。、；：！？（“\n,;:!?("  # reports copied from the web often write ASCII punctuation
# a transliterated name (Uyghur, Tibetan, foreign) written in two parts joined by a middle dot: 阿某某·某某
DOTTED = "[\u4e00-\u9fff]{2,8}[·•・.][\u4e00-\u9fff]{2,8}?"
DOTTED_AFTER = "兴奋|高兴|激动|感慨|正在|的|一脸"  # what a person does or feels, right after the name
COMMON_REST = 500  # jieba frequency above which a verb or noun is no given name (全覆盖, 向大会)
NOT_GIVEN_TAGS = frozenset({"v", "n", "vn", "r", "d", "m"})  # adjectives often are given names (宏伟)
VERB_TAGS = frozenset({"v", "vn", "d"})  # a title and a comma may hold a noun's given name (某文革，), not a verb's
COMMON_NAME_WORD = 300  # jieba frequency above which a word it tags as a name is an ordinary word (荣誉, 高峰)
NOT_GIVEN_NAME = ("书记", "主任", "部长", "主席", "会长", "主委", "市长", "县长", "区长", "局长", "院长", "校长",
                  "总", "老", "某", "委", "省", "市", "县", "区")  # 李书记强调, 王总主持: a title, no given name


class PersonFinder:
    """Finds people in one sentence."""

    def __init__(self, lexicon: Lexicon, common_word, known_word=lambda word: False):
        self.lexicon = lexicon
        self.common_word = common_word  # word -> bool: is it an ordinary dictionary word?
        self.known_word = known_word  # word -> bool: is it in the dictionary as anything but a name?

    def find(self, text: str, tokens: list[Token], sentence: int, offset: int) -> list[Mention]:
        found: dict[int, Mention] = {}
        for spans in (self._dotted_names(text), self._part_names(text), self._byline_names(text),
                      self._enclosed_names(text),  # before jieba's tags, which may glue a name's last character on
                      self._tagged_names(text, tokens), self._joined_names(text, tokens), self._name_list(text),
                      self._cut_names(text, tokens), self._role_names(text), self._deed_names(text),
                      self._author_names(text), self._proposer_names(text), self._appointed_names(text),
                      self._unseen_after_title(text, tokens), self._titled_name_runs(text, tokens),
                      self._colon_names(text), self._honoured_names(text),
                      self._described_names(text), self._described_speakers(text), self._names_before_office(text),
                      self._honoured_by_address(text),
                      self._known_people(text), self._ranked_names(text), self._names_after_company(text),
                      self._names_after_society(text),
                      self._donors_listed(text), self._aged_names(text), self._profiled_names(text),
                      self._spouse_names(text), self._kin_pairs(text),
                      self._called_names(text), self._dharma_names(text), self._captioned_names(text),
                      self._bracketed_office_names(text)):
            for start, end in spans:
                known = found.get(start)
                if known is not None and known.end - offset < end and (text.startswith(STRONG_CUES + MONASTICS_AFTER, end)
                                                                       or end - (known.end - offset) == 1
                                                                       and text.startswith("、", end)):
                    del found[start]  # 陈家|明先生, 罗某|中、: the longer name ends where its honorific or its list's mark starts
                found.setdefault(start, self._mention(text, start, end, sentence, offset))
        self._listed_after(text, found, sentence, offset)
        for start, mention in list(found.items()):
            end = mention.end - offset
            if len(mention.name) == 2 and mention.surface == mention.name and AT_HOME.match(text, end):
                found[start] = self._mention(text, start, end + 1, sentence, offset)  # 王某|国家里: 王某国's home
        _drop_inner(found)
        for start in [start for start, mention in found.items()
                      if (_place_or_its_people(mention.name) or mention.name.endswith(tuple(PLACE_OR_BODY_ENDS))
                          and not self._titled_role(text, mention.start - offset, mention.end - offset)
                          or mention.name[1:] in self._org_heads)
                      and not text.startswith(STRONG_CUES, mention.end - offset)]:
            del found[start]  # 某县侨商, 世界某某人, 高新区等3名, 区侨联被评为: a place, its people or a body
        quoted = [match.span() for match in QUOTED.finditer(text)]
        return [found[key] for key in sorted(found)
                if not any(a < key and found[key].end - offset < b for a, b in quoted)  # “青年同心圆”计划
                and not ADDRESSED_SURNAME.fullmatch(found[key].name)  # 张先生: a surname alone names no one
                and found[key].name not in self.lexicon.generic_names  # 海外华裔青年: a kind of people
                and found[key].name not in self.lexicon.person_cues]  # 丹斯里某某: the honour is no one's name

    def _dharma_names(self, text: str):
        """某寺的明心法师、某某大和尚: a monastic's two-character name in religion before the title it is addressed by,
        standing after a clause's start, a list's mark, 的 or a title (住持某某法师); such names have no surname,
        and a word that only says how many or which monastics (各位法师, 高僧大德) is none."""
        for match in DHARMA_NAME.finditer(text):
            start = match.start(1)
            name = match.group(1)
            if start > 0 and text[start - 1] == BUDDHIST_SURNAME:
                start -= 1  # 会长释某某大和尚: the surname every Buddhist monastic takes, part of the name
            standing = start == 0 or text[start - 1] in DHARMA_BEFORE \
                or text.endswith(self.lexicon.person_cues, 0, start)
            if standing and name not in NOT_DHARMA_NAMES and not any(char in NOT_DHARMA_CHARS for char in name):
                yield start, match.end(1)

    def _captioned_names(self, text: str):
        """某某某(左三)、某某(右十起): a name right before where a photo's caption places the person; a title before it
        (会长某某(左二)) leaves a name of two characters, else a surname and two characters are read first."""
        for match in CAPTION_PLACE.finditer(text):
            end = match.start()
            sizes = (2,) if text.endswith(self.lexicon.person_cues, 0, end - 2) else (3, 2)
            for size in sizes:
                name = text[max(0, end - size):end]
                if len(name) == size and name[0] in self.lexicon.surnames and self._listed_name(name) \
                        and not _ordinary_word(name):
                    yield end - size, end
                    break

    def _called_names(self, text: str):
        """一位名叫某某某的侨胞: the name a person is introduced by (名叫, 名为), a surname and one or two
        characters, up to what the person is or the clause's end."""
        return self._names_matching(self._called_pattern, text)

    @cached_property
    def _called_pattern(self) -> re.Pattern:
        return re.compile(f"(?:名叫|名为|名字叫)((?:{self._surname_pattern})[\u4e00-\u9fff]{{1,2}}?)(?=的|[，,。；;])")

    @cached_property
    def _org_heads(self) -> frozenset[str]:
        """What ends an organisation's name (侨联, 商会): a level (区, a surname too) before one is a body."""
        return frozenset(head.head for head in self.lexicon.org_heads)

    def _titled_role(self, text: str, start: int, end: int) -> bool:
        """副主委钟杭州主持, 会长尤某城率…: a title right before and a meeting role or a deed right after a name that
        ends like a place."""
        return text.endswith(self.lexicon.person_cues, 0, start) and bool(self._enclosing_after.match(text, end))

    def _tagged_names(self, text: str, tokens: list[Token]):
        """Words jieba tags as names, confirmed by a title before or after them or a count of people."""
        for index, token in enumerate(tokens):
            if token.tag not in NAME_TAGS or not 2 <= len(token.word) <= 4:
                continue
            before = index - 1
            while before >= 0 and not tokens[before].word.strip():
                before -= 1  # 本报记者　王文婷: a space between a title and its name
            titled = before >= 0 and tokens[before].word.endswith(self.lexicon.person_cues) \
                and not COUNTED_KIND.search(text, 0, tokens[before].start)
            if _ordinary_word(token.word) and not (titled and self._after_name.match(text, token.end)):
                continue  # 荣誉, 黎明: a word, unless a title and what a person does next hold it (主席田野出席)
            if len(token.word) == 4 and token.word[:2] not in self.lexicon.surnames \
                    and not (titled and token.tag == "nrt"):
                continue  # 应邀出席 (a dictionary word jieba tags as a name): four characters need a double surname
            if not (self._looks_like_name(token.word) or (titled and not self.known_word(token.word))):
                continue  # a name without a known surname (岩温香) needs a title before it and must be no word
            famous = token.tag == "nrfg" and len(token.word) == 3 \
                and not (token.start > 0 and self.known_word(text[token.start - 1:token.start + 1]))  # 长|江大桥: 长江
            end = token.end
            if titled and len(token.word) == 3 and token.word[-1] in GLUED_AFTER and self._plausible(token.word[:2]):
                end -= 1  # 医生郑丽为群众义诊: jieba glued the next word's first character to the name
            elif len(token.word) == 3 and token.word[-1] == SAYS and text[end:end + 1] in SAID_AFTER \
                    and self._plausible(token.word[:2]):
                end -= 1  # 甲某说：“…”: jieba read a two-character name and the verb after it as one name
            if titled and not (self._confirmed(text, end) or famous) and _noun_follows(tokens, index, end):
                continue  # 新乡贤|白忙|官: a title, then a word glued to the noun after it, is no name
            elected = len(token.word) == 3 and self._plausible(token.word) and ROLE_AFTER.match(text, end)
            if self._confirmed(text, end) or titled or famous or elected:  # 某某研究院甲某某当选
                yield token.start, end

    def _titled_name_runs(self, text: str, tokens: list[Token]):
        """会长岩|温香表示: after a title, two or three words jieba all tags as names, three or four characters
        in all, then what is said or done; a name without a known surname (minority and transliterated names)."""
        for index in range(1, len(tokens) - 2):
            title = tokens[index - 1]
            if len(title.word) < 2 or not title.word.endswith(self.lexicon.person_cues):
                continue
            for stop in range(index + 2, min(index + 4, len(tokens))):
                run = tokens[index:stop]
                if not all(t.tag in NAME_TAGS or t is run[0] and t.tag not in FUNCTION_TAGS
                           and t.word in self.lexicon.surnames for t in run):
                    break  # 会长何|志强, 林|志强: a surname jieba tags as another word (何, a pronoun; 林) opens the run
                    # all the same, but not one it tags as a conjunction or preposition (和, 于)
                start, end = run[0].start, run[-1].end
                name = text[start:end]
                if 3 <= len(name) <= 4 and SPEECH_AFTER.match(text, end) and not self.known_word(name) \
                        and not self.common_word(name):
                    yield start, end
                    break

    def _part_names(self, text: str):
        """书记扎西多吉表示, 主席巴特尔宝音出席: after a title, two parts of Tibetan or Mongolian given names
        (given_name_parts.txt) make a name, which has no surname to be read by."""
        for match in self._part_pattern.finditer(text):
            yield match.span(1)

    @cached_property
    def _part_pattern(self) -> re.Pattern:
        parts = "|".join(map(re.escape, self.lexicon.given_name_parts))
        return re.compile(f"(?:{self._titles})((?:{parts})(?:{parts}))") if parts else re.compile(r"(?!)")

    def _unseen_after_title(self, text: str, tokens: list[Token]):
        """主持人某楼主持: after a title, a word jieba has never seen, then a meeting role or what is said: a name
        without a surname (a host's or an artist's)."""
        for title, word in zip(tokens, tokens[1:]):
            if len(title.word) >= 2 and title.word.endswith(self.lexicon.person_cues) and 2 <= len(word.word) <= 3 \
                    and word.start == title.end and _unseen(word.word) and ROLE_AFTER.match(text, word.end):
                yield word.start, word.end

    def _enclosed_names(self, text: str):
        """县委书记周建设介绍, 会长孙富贵的带领下: a surname and two characters closed by a title right before and
        what is said or done right after are a name, even when the two characters are a common word (建设, 富贵), and
        a surname and one character are when 说, 等, 的 or 在 and a role close them (会长王强的带领下, 会长王强在讲话中);
        so is one closed by the clause or list going on (部长某文革，…; 主委某红梅多次…), unless the two characters are
        a frequent verb (全覆盖，强起来，: a surname-like character, then a verb) or the title a kind of people counted
        (评选一批新乡贤某某某、: what the kind is called)."""
        for match in self._enclosed_pattern.finditer(text):
            name = match.group(1)
            word_first = self.known_word(name[:2]) or self.common_word(name[:2])
            given_end = match.start(1) + 2
            if not self.common_word(name[:2]) and name[0] not in NOT_A_NAME_START \
                    and (name[2] in NOT_LAST_CHARS and self._enclosing_after.match(text, given_end)
                         or name[2] == AT_OCCASION and ROLE_AFTER.match(text, given_end + 1)):
                yield match.start(1), given_end  # 副主委某强的带领下, 董事长某超在致辞时: a two-character name, then 的, 在
                continue
            if word_first and name[2] not in ADVERB_ENDS and self._enclosing_after.match(text, match.end(1)):
                word_first = False  # 科长高兴某率领: a surname and a word, closed by what the person does
            if not (self.known_word(name) or self.common_word(name) or word_first
                    or name[2] in NOT_LAST_CHARS  # 负责人某某说，…; 总工程师某某等出席: a two-character name
                    or name[1:] in NOT_GIVEN_NAME  # 部长高兴地说: no name
                    or name[0] in NOT_A_NAME_START  # 会长向大会表示: a preposition
                    or (not self._enclosing_after.match(text, match.end(1))
                        and (_common_rest(name[1:], VERB_TAGS) or COUNTED_KIND.search(text, 0, match.start())))):
                yield match.span(1)

    @cached_property
    def _enclosing_after(self) -> re.Pattern:
        return re.compile(f"{ROLE_AFTER_NAME}|{ENCLOSING_AFTER}")

    @cached_property
    def _enclosed_pattern(self) -> re.Pattern:
        return re.compile(f"(?:{self._titles})((?:{self._surname_pattern})[\u4e00-\u9fff]{{2}})"
                          f"(?=(?:{ROLE_AFTER_NAME}|{ENCLOSING_AFTER}|{CLOSING_AFTER}))")

    @cached_property
    def _titles(self) -> str:
        """The titles and kinds of people of two characters or more, as one alternation: what the patterns that read
        a name right after a title (会长某某表示, 主席某某·某某出席) take before it."""
        return "|".join(re.escape(cue) for cue in self.lexicon.person_cues if len(cue) >= 2)

    def _dotted_names(self, text: str):
        """工商联主席某某提·某某出席, 书记某某提·某某某兴奋地说, 、某某·某某某主席: a name in two parts joined by a
        middle dot, after a title and before what the person says or does, or opening a clause before an office (a
        slogan so written, “同心·献良策”, stands in quotation marks and between no title and no deed)."""
        for match in self._dotted_pattern.finditer(text):
            yield match.span(1) if match.group(1) else match.span(2)

    @cached_property
    def _dotted_pattern(self) -> re.Pattern:
        after = f"{ROLE_AFTER_NAME}|{ENCLOSING_AFTER}|{AFTER_NAME}|{DOTTED_AFTER}|$"
        return re.compile(f"(?:{self._titles})({DOTTED})(?={after})"
                          f"|(?:^|(?<=[{CLAUSE_START}]))({DOTTED})(?=副?(?:{OFFICES_AFTER_NAME}))")

    def _proposer_names(self, text: str):
        """甲《关于…的建议》、乙《某某危害大需引起重视》: in a run of proposals each led by its proposer, a name
        between the title before and the title after is a proposer too, whatever the title says."""
        return self._names_matching(self._proposer_pattern, text)

    @cached_property
    def _proposer_pattern(self) -> re.Pattern:
        return re.compile(f"(?<=》、)((?:{self._surname_pattern})[\u4e00-\u9fff]{{1,2}}?)(?=《)")

    def _byline_names(self, text: str):
        """本报讯（记者 甲某 乙某某）, （甲某 记者 乙某）: the reporters a byline names, each a surname-led
        word of two or three characters standing alone between spaces or brackets."""
        for match in SPACED_BYLINE.finditer(text):
            if match.group(1) in self.lexicon.surnames and not self.known_word(match.group(1) + match.group(2)):
                yield match.start(1), match.end(2)
        for byline in BYLINE.finditer(text):
            for match in BYLINE_NAME.finditer(text, byline.start(), byline.end()):
                name = match.group(0)
                if name not in ("记者", "通讯员", "摄影") and (self._plausible(name) or self._in_slot(name)) \
                        and not self.known_word(name) \
                        and not name.endswith(tuple(self.lexicon.person_cues)):
                    yield match.span()

    def _cut_names(self, text: str, tokens: list[Token]):
        """干部王立新被评为, 市长林海涛出席: a title, then a name jieba cut in two, then what the person does.

        The title must not start inside a place's name (荆|州长|江大桥 is 荆州 and 长江大桥)."""
        for match in self._titled_pattern.finditer(text):
            name = match.group(1)
            if any(t.start < match.start() < t.end < match.start(1) and t.tag == "ns" for t in tokens):
                continue  # (统战部|长 is a title: only a place's word may not lend its end to one)
            if (self._plausible(name) or self._speaker(text, name, match.end(1))
                    or self._acting(text, name, match.end(1))) \
                    and not self.known_word(name) and not _ordinary_word(name) \
                    and (name[:2] in self.lexicon.surnames or not self.common_word(name[:2])
                         or len(name) == 3 and text.startswith(NAME_CLOSED, match.end(1))) \
                    and not COUNTED_KIND.search(text, 0, match.start()) \
                    and not (len(name) == 3 and name[2] in NOT_LAST_CHARS):
                yield match.span(1)

    def _acting(self, text: str, name: str, end: int) -> bool:
        """部长某建平参加…: after a title, a surname and a given name that is also a common word (建平, a county's name
        and a noun to jieba), when what a guest does follows right after it."""
        return len(name) == 3 and name[0] in self.lexicon.surnames and not self.common_word(name) \
            and text.startswith(GUEST_DEEDS, end) and not _common_rest(name[1:], NOT_GIVEN_TAGS - {"n"}) \
            and tokenizer().tokenizer.FREQ.get(name[1:], 0) <= MAX_NOUN_GIVEN  # (主席向大会致辞: no 向大会)

    def _speaker(self, text: str, name: str, end: int) -> bool:
        """会长某满意表示: after a title, a surname and a given name that is also a common word, when the
        person speaks next (a preposition glued to a noun, 向大会表示, is none)."""
        listed = text.startswith("、", end) and self._cue_word_at(text[end + 1:end + 9])  # 、秘书长某某: a titled list
        return len(name) == 3 and self._in_slot(name) and (bool(SPEECH_AFTER.match(text, end)) or listed)

    def _role_names(self, text: str):
        """刘振宇主持会议, 会议由韩立新主持: a name at the start of a clause, then a meeting role."""
        return self._names_matching(self._role_pattern, text)

    def _names_matching(self, pattern: re.Pattern, text: str):
        """The spans of the surname-led names a pattern's first group takes that are no ordinary words."""
        for match in pattern.finditer(text):
            name = match.group(1)
            if ONCE.match(text, match.start(1)) or ONCE.match(text, match.end(1) - 1):
                continue  # 曾|荣获, 某某曾|获: the adverb, read into a name by the pattern
            if self._listed_name(name) and not _ordinary_word(name):
                yield match.span(1)

    def _opening_pattern(self, after: str, chars: str = "", words: tuple[str, ...] = ()) -> re.Pattern:
        """At the start of a clause (or after one of `chars` or `words`), a surname and one or two characters,
        then what `after` matches."""
        behind = "".join(f"|(?<={word})" for word in words)
        return re.compile(f"(?:^|(?<=[{CLAUSE_START}{chars}]){behind})((?:{self._surname_pattern})[\u4e00-\u9fff]{{1,2}}?)"
                          f"(?={after})")

    @cached_property
    def _cues(self) -> str:
        """The titles and kinds of people, as one alternation."""
        return "|".join(map(re.escape, self.lexicon.person_cues))

    def _author_names(self, text: str):
        """作者：甲某某: the author a page's source line names, when the name is a surname-led name and no word."""
        for match in AUTHOR_LINE.finditer(text):
            name = match.group(1)
            if not (self._listed_name(name) or self._in_slot(name)) or _ordinary_word(name):
                continue  # 作者：某文学: only a name stands there, its given name may be a word
            yield match.span(1)
            while (match := NEXT_AUTHOR.match(text, match.end())) is not None and self._in_slot(match.group(1)):
                yield match.span(1)
        for match in SIGNATURE.finditer(text):
            if self._in_slot(match.group(1)):
                yield match.span(1)
        for pattern in (SPACED_LABEL, PHOTO_CREDIT, GLUED_BYLINE, CLOSING_SIGNATURE):
            for match in pattern.finditer(text):
                if self._in_slot(match.group(1)):
                    yield match.span(1)

    def _colon_names(self, text: str):
        """现任党组书记：甲某某: a title, a colon and a name that the clause ends with (a staff list's line)."""
        for match in self._colon_pattern.finditer(text):
            if self._in_slot(match.group(1)):
                yield match.span(1)

    @cached_property
    def _colon_pattern(self) -> re.Pattern:
        return re.compile(f"(?:{self._cues})[:：][ \u3000]*([\u4e00-\u9fff]{{2,3}})(?=$|[ \u3000，,。；;、])")

    def _honoured_names(self, text: str):
        """其中甲某某教授和乙某某副教授: a name right before an honorific or a professor's title, after a clause's
        start or a conjunction (jieba often cuts such a name in two: 刘|永安教授)."""
        return self._names_matching(self._honoured_pattern, text)

    @cached_property
    def _honoured_pattern(self) -> re.Pattern:
        return self._opening_pattern(HONORIFIC_AFTER, chars="和与及", words=("其中",))

    def _in_slot(self, name: str) -> bool:
        """A name where only a name can stand (an author line, a signature, after a title): a surname and a given
        name, which may be a common word (某大方, 某满意), but not a word or a title as a whole."""
        return 2 <= len(name) <= 3 and name[0] in self.lexicon.surnames and name[0] not in GLUED_AFTER \
            and not self.common_word(name) and not self.known_word(name) and not _ordinary_word(name) \
            and not name[1:].endswith(NOT_GIVEN_NAME)

    def _deed_names(self, text: str):
        """张某提交的《…》, 李某被评为优秀政协委员, 王某某同志对…批示: a name at the start of a clause (or of
        an item of a list), then a deed the text credits to that person."""
        return self._names_matching(self._deed_pattern, text)

    def _described_speakers(self, text: str):
        """在外地开办工厂二十年的甲某某说, 在某地开超市的乙某某也拿出一笔钱: a name after the clause that describes the
        person (…的), then what the person says or also gives; a word (成就, 干部) is no one, nor a surname and a
        title (孙神父)."""
        return ((start, end) for start, end in self._names_matching(self._described_speaker_pattern, text)
                if not any(text[k:end] in self.lexicon.person_cues for k in range(start + 1, end - 1)))

    @cached_property
    def _described_speaker_pattern(self) -> re.Pattern:
        return self._opening_pattern(SPOKEN_OR_GIVEN_AFTER, chars="的")

    def _appointed_names(self, text: str):
        """选出甲某为第一届会长, 特邀…的乙某为名誉会长, 丙某为特邀顾问: a name made a title-holder, where the title
        ends the clause; the names listed before it join through the list."""
        yield from self._names_matching(self._appointed_pattern, text)
        for match in self._appointed_list_pattern.finditer(text):
            items, position = [], match.start(1)
            for item in match.group(1).split("、"):
                items.append((position, position + len(item), item))
                position += len(item) + 1
            named = [self._listed_name(item) and not _ordinary_word(item) for _, _, item in items]
            if sum(named) * 2 > len(items):  # 甲、乙、丙、丁为副主任委员: a rare surname among common ones is a name too
                for (start, end, item), is_name in zip(items, named):
                    if is_name or not (self.known_word(item) or self.common_word(item) or _ordinary_word(item)):
                        yield start, end

    def _described_names(self, text: str):
        """甲某某是某乡商会会长，…: a name that opens a clause, said to be what a title ends: a person."""
        return self._names_matching(self._described_pattern, text)

    @cached_property
    def _described_pattern(self) -> re.Pattern:
        return self._opening_pattern(f"是[^，。；,;“”]{{1,30}}?(?:{self._cues})(?:[，。；,;]|$)")

    @cached_property
    def _appointed_list_pattern(self) -> re.Pattern:
        """A list of three or more short names joined by 、 and made title-holders together."""
        return re.compile(f"(?:^|(?<=[{CLAUSE_START}{APPOINTED_BEFORE}]))((?:[\u4e00-\u9fff]{{2,3}}、){{2,}}[\u4e00-\u9fff]{{2,3}})"
                          f"(?={APPOINTED_AS % self._cues})")

    @cached_property
    def _appointed_pattern(self) -> re.Pattern:
        return self._opening_pattern(APPOINTED_AS % self._cues, chars=APPOINTED_BEFORE)

    @cached_property
    def _deed_pattern(self) -> re.Pattern:
        return self._opening_pattern(DEED_AFTER_NAME, words=("由",))

    def _joined_names(self, text: str, tokens: list[Token]):
        """泽仁|拉姆同志: a name jieba reads as two (often a transliterated one), with 同志 after."""
        for first, second in zip(tokens, tokens[1:]):
            if first.tag in ("nr", "nrt", "ns") and second.tag in ("nrt", "nr") and "nrt" in (first.tag, second.tag) \
                    and 3 <= second.end - first.start <= 4 and text.startswith(STRONG_CUES, second.end):
                yield first.start, second.end

    def _bracketed_office_names(self, text: str):
        """甲某某（某某公司总经理）, 乙某（某县某中学校长）: a name that a bracket right after it says the office of."""
        return self._names_matching(self._bracketed_office_pattern, text)

    @cached_property
    def _bracketed_office_pattern(self) -> re.Pattern:
        return self._opening_pattern(BRACKETED_OFFICE, chars="、", words=tuple(self.lexicon.person_cues))

    @cached_property
    def _role_pattern(self) -> re.Pattern:
        """At the start of a clause, a surname and one or two characters, then a meeting role."""
        return self._opening_pattern(f"等?(?:{ROLE_AFTER_NAME})", words=("由",))

    def _known_people(self, text: str):
        """为缅怀邓小平同志…, 邓小平理论: a leader every report may name bare (known_people.txt)."""
        for name in self.lexicon.known_people:
            position = 0
            while (start := text.find(name, position)) >= 0:
                position = start + len(name)
                after = text[position:position + 1]
                if len(name) == 2 and "\u4e00" <= after <= "\u9fff" and after not in AFTER_SHORT_KNOWN:
                    continue  # 朱德明, 李强华: a longer name that opens with it
                yield start, position

    def _ranked_names(self, text: str):
        """其中甲某某列第5位、乙某列第18位: a name that opens a clause or a list's item, then its rank on a list (a
        rich list's, a charity list's): a person."""
        return self._names_matching(self._ranked_pattern, text)

    @cached_property
    def _ranked_pattern(self) -> re.Pattern:
        return self._opening_pattern(RANKED, words=("其中",))

    def _donors_listed(self, text: str):
        """党员甲某某10000元，乙某某5000元、丙某某7800元: names that open a list's items, each right before the sum
        it gave, are people when the list holds two such items or more."""
        found = list(self._names_matching(self._donor_pattern, text))
        return found if len(found) >= MIN_DONORS_LISTED else []

    @cached_property
    def _donor_pattern(self) -> re.Pattern:
        return self._opening_pattern(GIFT_AFTER_NAME, words=tuple(self.lexicon.person_cues))  # 党员甲某某10000元

    def _spouse_names(self, text: str):
        """某某会长暨夫人某某某乐捐1万美元, 偕夫人某某出席: a surname and one or two characters right after a man's
        夫人 are her name."""
        for match in self._spouse_pattern.finditer(text):
            name = match.group(1)
            if self._plausible_unseen(name):
                yield match.span(1)

    @cached_property
    def _spouse_pattern(self) -> re.Pattern:
        return re.compile(f"(?<={SPOUSE})((?:{self._surname_pattern})[\u4e00-\u9fff]{{1,2}}?)(?={AFTER_SPOUSE})")

    def _kin_pairs(self, text: str):
        """甲某某、乙某某伉俪出资…, 由甲某、乙某夫妇发起: two names, each a surname and one or two characters, that a
        word of kin closes are a couple's or a family's."""
        for match in self._kin_pair_pattern.finditer(text):
            names = [match.span(1), match.span(2)]
            if all(self._plausible_unseen(text[a:b]) for a, b in names):
                yield from names

    @cached_property
    def _kin_pair_pattern(self) -> re.Pattern:
        name = f"((?:{self._surname_pattern})[\u4e00-\u9fff]{{1,2}}?)"
        return re.compile(f"{name}[、和与]{name}(?:{KIN_PAIRS})")

    def _aged_names(self, text: str):
        """45岁的某某某是…, 87岁的某某某老人: a surname and two characters right after a person's age are a name."""
        return self._names_matching(self._aged_pattern, text)

    @cached_property
    def _aged_pattern(self) -> re.Pattern:
        return re.compile(f"(?<={AGE})((?:{self._surname_pattern})[\u4e00-\u9fff]{{2}})")

    def _profiled_names(self, text: str):
        """某某某，女，民建会员。: a surname and one or two characters opening a clause, then the person's sex
        between commas, as a list of honoured people or candidates gives each: a name."""
        return self._names_matching(self._profiled_pattern, text)

    @cached_property
    def _profiled_pattern(self) -> re.Pattern:
        return self._opening_pattern(SEX_AFTER_NAME)

    def _honoured_by_address(self, text: str):
        """遗孀某某某女士, 丈夫某某先生: a surname and a given name right before the address 女士 or 先生 is a name
        wherever it stands (a preposition before a two-character name is none of it: 向某某先生致敬); between a title
        and the address, or alone in its clause or list item, its given name may be a common word (主席某树林先生致辞,
        其中，某根源先生、某公司…)."""
        for match in ADDRESS.finditer(text):
            end = match.start() - (text[match.start() - 1:match.start()] == ELDER)  # 某某某老先生
            if text[end - 1:end] in self.lexicon.surnames and text.endswith(self.lexicon.person_cues, 0, end - 1):
                continue  # 居民张先生: a kind of person and a surname alone, someone the text does not name
            for size in (3, 2):
                start = end - size
                name = text[start:end]
                # (其中，某根源先生、: a clause that opens on the name and its address holds nothing else)
                titled = size == 3 and start >= 0 and (text.endswith(self.lexicon.person_cues, 0, start)
                                                       or start == 0 or text[start - 1] in ADDRESSED_AFTER) \
                    and not self.common_word(name)
                if start >= 0 and name[0] in self.lexicon.surnames and name[0] not in NOT_A_NAME_START \
                        and (self._plausible(name) or titled) and not self.known_word(name) and not _ordinary_word(name):
                    yield start, end
                    break

    def _names_before_office(self, text: str):
        """李某某副会长（右三）、王某会长: a name written before the office it holds, as Hong Kong, Macau and
        Taiwan papers write it, at the start of a clause or of a list's item."""
        for match in self._office_after_pattern.finditer(text):
            name = match.group(1)
            if self._plausible(name) and not self.known_word(name) and not _ordinary_word(name):
                yield match.span(1)

    def _names_after_company(self, text: str):
        """某某地产甲某某总经理捐助…, 某某电子厂乙某某董事长: a name between a company's name and the office it holds
        there, as a list of donors writes it; held between the two, a given name may be a common word (胜利, 森林)."""
        for match in self._company_office_pattern.finditer(text):
            name = match.group(1)
            if name[0] in NOT_A_NAME_START:
                continue  # 某公司向武汉捐赠: a preposition, not a surname
            if not (self.known_word(name) or self.common_word(name) or _ordinary_word(name)):
                yield match.span(1)

    def _names_after_society(self, text: str):
        """某某同乡会甲某某常务副会长, 某某合作中心乙某某主任: a name between a society's name and the office it holds
        there, as a list of guests writes it; so a state body's (某区议会甲某某主席, 某部乙某某部长代表…)."""
        for match in chain(self._society_office_pattern.finditer(text), self._body_office_pattern.finditer(text)):
            name = match.group(1)
            if name[-1] not in NOT_LAST_BEFORE_OFFICE and self._given_name(name) \
                    and not (self.known_word(name) or self.common_word(name) or _ordinary_word(name)):
                yield match.span(1)

    @cached_property
    def _society_office_pattern(self) -> re.Pattern:
        return self._name_after_heads(("Association",), ("中心",), SOCIETY_OFFICES)

    @cached_property
    def _body_office_pattern(self) -> re.Pattern:
        return self._name_after_heads(("Association", "GovernmentBody"), ("部", "议会"), BODY_OFFICES)

    @cached_property
    def _company_office_pattern(self) -> re.Pattern:
        return self._name_after_heads(("Organization",), ("厂",), f"{COMPANY_OFFICES}|{GIFT_AFTER_COMPANY}")

    def _name_after_heads(self, classes: tuple[str, ...], extra_heads: tuple[str, ...], after: str) -> re.Pattern:
        """A surname-led name right after the head of a body of one of `classes` (or one of `extra_heads`) and right
        before `after`."""
        heads = sorted({head.head for head in self.lexicon.org_heads if head.cls in classes} | set(extra_heads))
        behind = "|".join(f"(?<={re.escape(head)})" for head in heads)
        return re.compile(f"(?:{behind})((?:{self._surname_pattern})[\u4e00-\u9fff]{{1,2}}?)(?={after})")

    @cached_property
    def _office_after_pattern(self) -> re.Pattern:
        return re.compile(f"(?:^|(?<=[{CLAUSE_START}\s和及与在]))((?:{self._surname_pattern})[\u4e00-\u9fff]{{1,2}}?)"
                          f"(?=(?:常务)?副?(?:{OFFICES_AFTER_NAME}|{DEPUTY})(?:[（(、，,。；;\s《]|表示|致辞|讲话|出席|参加|主持|率队|带队|带领|率领|一行|暨|兼"
                          f"|代表|提交|提出|的带领|的帶領|$))")  # 在某某会长的带领下

    def _given_name(self, name: str) -> bool:
        """A surname-led name whose rest is a given name, not a title (李书记, 王总)."""
        return self._plausible(name) and not name[1:].endswith(NOT_GIVEN_NAME)

    def _listed_after(self, text: str, found: dict[int, Mention], sentence: int, offset: int) -> None:
        """Names joined by 、 to a name already found: 副主委吴静、郑宏伟参加; each ends where the list
        goes on, where the clause ends or where the people do something."""
        pending = sorted(found)
        while pending:
            start = pending.pop(0)
            end = found[start].end - offset
            match = self._next_in_list.match(text, end)
            spans = [match.span(1)] if match else []
            spans += self._before_in_list(text, start)
            for name_start, name_end in spans:
                name = text[name_start:name_end]
                between_names = text.startswith("、", name_end) and name_end + 1 in found
                if name_start in found or not (self._listed_name(name)
                                               or between_names and self._listed_between_names(name)):
                    continue
                found[name_start] = self._mention(text, name_start, name_end, sentence, offset)
                pending.append(name_start)

    def _listed_between_names(self, name: str) -> bool:
        """副会长甲某某、梁国民、乙某某: a surname and a given name that is also a word (国民), between two names of
        the same list: a name all the same."""
        return len(name) == 3 and name[0] in self.lexicon.surnames and HAN_ONLY.fullmatch(name) is not None \
            and not (self.known_word(name) or self.common_word(name) or _ordinary_word(name))

    def _listed_name(self, name: str) -> bool:
        return self._given_name(name) and not self.known_word(name) \
            and (name[:2] in self.lexicon.surnames or not self.common_word(name[:2]))

    def _before_in_list(self, text: str, start: int) -> list[tuple[int, int]]:
        """王立、陈红等5名同志: the name joined by 、 right before a name found, where its clause, a title, a verb
        of people (聘任甲、乙为…), a conjunction (…和甲、乙撰写的) or the clause describing them (受灾较重的甲、乙等) comes
        before it."""
        if start < 3 or text[start - 1] not in "、" + LIST_JOINERS:
            return []
        for size in (3, 2) if text[start - 1] == "、" else (3,):  # 甲某某和乙某某: a name of three before 和
            begin = start - 1 - size
            if begin < 0 or not (text[begin] in self.lexicon.surnames or text[begin:begin + 2] in self.lexicon.surnames):
                continue  # (某总支|部甲乙: a name opens on its surname)
            before = text[:begin]
            if not before or before[-1] in CLAUSE_START + DESCRIBED_BY or before.endswith(self.lexicon.person_cues) \
                    or before.endswith(VERBS_OF_PEOPLE) or before[-1] in LIST_JOINERS \
                    or before.endswith(MEMBERS_BODY_ENDS):  # 某某总支部甲、乙当选: the body's members
                return [(begin, start - 1)]
        return []

    @cached_property
    def _next_in_list(self) -> re.Pattern:
        """、 and a surname with one or two characters, up to what ends a name in a list."""
        return re.compile(f"、((?:{self._surname_pattern})[\u4e00-\u9fff]{{1,2}}?)(?={AFTER_NAME}|$)")

    @cached_property
    def _after_name(self) -> re.Pattern:
        """What a person does right after being named (出席, 参加), or the 、 of a list of people; not the end of a
        clause, which closes a title's honour as well (获评优秀委员荣誉。)."""
        return re.compile(f"(?!。|，|；|,|;)(?:{AFTER_NAME})")

    @cached_property
    def _titled_pattern(self) -> re.Pattern:
        """A title, then a surname and one or two characters, then what a person does next."""
        return re.compile(f"(?:{self._cues})((?:{self._surname_pattern})[\u4e00-\u9fff]{{1,2}}?)(?={AFTER_NAME}|{HONORIFIC_AFTER}|$)")

    @cached_property
    def _surname_pattern(self) -> str:
        """Compound surnames first (欧阳), then the single ones."""
        compound = sorted(name for name in self.lexicon.surnames if len(name) > 1)
        single = "".join(sorted(name for name in self.lexicon.surnames if len(name) == 1 and name not in "和"))
        return "|".join([*compound, f"[{single}]"])  # 和 after a title is the conjunction (干部和党外人士)

    def _mention(self, text, start, end, sentence, offset) -> Mention:
        name = re.sub("[ \u3000]", "", text[start:end])  # 刘 斐: the name without the typesetter's space
        return Mention("Person", text[start:end], name, offset + start, offset + end, sentence)

    def _looks_like_name(self, word: str) -> bool:
        if not 2 <= len(word) <= 4:
            return False
        return word[:2] in self.lexicon.surnames or word[0] in self.lexicon.surnames

    def _confirmed(self, text: str, end: int) -> bool:
        counted = PEOPLE_OF_KIND.match(text[end:end + 4])
        if counted and self._cue_word_at(text[end + counted.end():end + counted.end() + 8]):
            return True
        rest = text[end:end + MAX_CONFIRMING]
        many = MANY_AFTER_ETC.match(rest)  # 甲、乙等一批热心会员: so many of a kind, then the kind
        return rest.startswith(self.lexicon.person_cues) or bool(PEOPLE_COUNT.match(rest)) \
            or rest.startswith("等") and self._cue_word_at(rest[many.end() if many else 1:]) \
            or bool(QUOTED_SPEECH.match(rest)) or rest.startswith(AUTHORED)  # 某某说：“…”: a speaker; （某某执笔）

    def _cue_word_at(self, text: str) -> bool:
        """Whether a title or a kind of person (委员, 政协委员, 代表) starts text, within its first word."""
        return any(text.startswith(cue, at) for at in range(0, 3) for cue in self.lexicon.person_cues
                   if len(cue) >= 2) and not text.startswith(("单位", "部门", "企业"))

    def _name_list(self, text: str):
        """Lists of three or more names joined by 、, each led by a surname: 张三、李四、王五; joined by commas
        too when the list closes with 等 (带领张三,李四,王五等会员), as pages copied from the web write it."""
        for match in NAME_LIST.finditer(text):
            items = re.split("[、,，]", match.group(0).removesuffix("等"))
            first = items[0]
            # the first item may be glued to the verb before it: take the name at its end
            readings = [first[-size:] for size in (3, 2) if len(first) >= size and first[-size] in self.lexicon.surnames]
            if not readings:
                continue
            first_name = readings[0]
            if len(readings) == 2 and any(item.startswith(readings[1][0]) for item in items[1:]) \
                    and not any(item.startswith(readings[0][0]) for item in items[1:]):
                first_name = readings[1]  # 由郑某、郑某某、郑某: the surname the list shares, not a word's end before it
            names = [first_name, *items[1:]]
            if names[-1].endswith("等") and len(names[-1]) > 2:
                names[-1] = names[-1][:-1]  # 楼宇等: the word that closes a list is no part of a name
            end = match.end()
            if len(names[-1]) == 3 and (ROLE_AFTER.match(text, end - 1)
                                        or self._joined_last_pattern.match(text, end - 1)):
                names[-1] = names[-1][:2]  # 甲、乙、丙某当|选为, 丙某和|丁: the last name lent its end to what follows
            if len(names) > 3 and not self._plausible(names[-1]) and end < len(text) and "\u4e00" <= text[end] <= "\u9fff":
                names.pop()  # 甲、乙、丙、入会积|极分子丁: the list's last item ran into the words of another
            odd = [name for name in names if not self._plausible(name)]
            if len(names[-1]) > 3 or odd and not (len(names) - len(odd) >= MIN_NAMES_VOUCHING and all(
                    len(name) == 3 and name[0] in self.lexicon.surnames and not self.known_word(name)
                    and not self.common_word(name) for name in odd)):
                continue  # 甲振兴、乙、丙、丁等: among three names or more, a surname and a common word is a name too
            if any(self.known_word(name) or _ordinary_word(name) for name in names[1:]):
                continue  # 向园区、商圈、楼宇: a list of ordinary words, one of them in the dictionary
            if THINGS_COUNTED_AFTER.match(text, match.end() - match.group(0).endswith("等")):
                continue  # 种植林某、林某、林某等三个品种: people are counted by 人, 名 or 位, things by 个 or 项
            position = match.start() + len(first) - len(first_name)
            for name in names:
                yield position, position + len(name)
                position += len(name) + 1
            joined = self._joined_last_pattern.match(text, position - 1)  # 甲、乙、丙和丁共同…: the last one joined by 和
            if joined and self._plausible(joined.group(1)) and not self.known_word(joined.group(1)):
                yield joined.span(1)

    @cached_property
    def _joined_last_pattern(self) -> re.Pattern:
        return re.compile(f"[{LIST_JOINERS}]((?:{self._surname_pattern})[\u4e00-\u9fff]{{1,2}}?)"
                          f"(?=共同|一起|一同|分别|先后|均|都|等|[，。、；,;]|$|{ROLE_AFTER_NAME})")

    def _plausible_unseen(self, name: str) -> bool:
        """A plausible name that is no word the dictionary or the genre holds (some other kind of word)."""
        return self._plausible(name) and not (self.known_word(name) or _ordinary_word(name))

    def _plausible(self, name: str) -> bool:
        compound = name[:2] in self.lexicon.surnames and len(name) <= 4  # 欧阳明华
        return (2 <= len(name) and (len(name) <= 3 or compound) and name[0] in self.lexicon.surnames
                and HAN_ONLY.fullmatch(name) is not None and not self.common_word(name)
                and not (len(name) == 3 and _common_rest(name[1:]))
                # 常委及监事长: a common word, then the word that joins a list's last item
                and not (len(name) == 3 and name[2] in LAST_ITEM_JOINERS and self.common_word(name[:2]))
                # 全覆盖, 向大会, 都得(到): a surname, then no given name
                and not (len(name) == 2 and name[1] in ADVERB_ENDS))


def names_read_whole(text: str, mentions: list[Mention]) -> list[Mention]:
    """主任陈某|中考察: a two-character name that the text goes on with one character into a three-character name
    found elsewhere in the report (陈某中说) is that name: jieba cut it off where a word seemed to start."""
    whole = {m.name for m in mentions if m.cls == "Person" and len(m.name) == 3}
    result = []
    for mention in mentions:
        if mention.cls == "Person" and len(mention.name) == 2 and mention.surface == mention.name \
                and mention.name + text[mention.end:mention.end + 1] in whole:
            longer = mention.name + text[mention.end]
            mention = replace(mention, surface=longer, name=longer, end=mention.end + 1)
        result.append(mention)
    return result


MIN_NAME_AGAIN = 3  # characters of a name found again anywhere: a two-character one is too often inside a word


def persons_named_again(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """A person the report names where a title or a role shows it (某公司总裁某某某) is that person wherever it
    writes the name again, bare (某某某随即联系…，捐赠…): the later deeds are the person's. Only names of three
    characters or more, where no other mention stands."""
    names = sorted({m.name for m in mentions if m.cls == "Person" and m.surface == m.name
                    and len(m.name) >= MIN_NAME_AGAIN})
    if not names:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    found = [Mention("Person", name, name, start, end, sentence)
             for name in names for start, end, sentence in free_occurrences(text, sentences, name, taken)]
    if not found:
        return mentions
    return sorted(mentions + found, key=lambda m: (m.start, -m.end, m.cls, m.name))


def _place_or_its_people(name: str) -> bool:
    """Whether a name is a place's (某县), its people's (某某人), a going there (来某地: 来, a surname too, is the verb
    before the place) or a deed done to a province or a country (向某省: 向 is the preposition; 于某某, with a
    county's name that is also a word, may still be a name)."""
    gazetteer = load_gazetteer()
    if gazetteer.lookup(name) or (name.endswith(DEMONYM) and len(name) > 2 and gazetteer.lookup(name[:-1])):
        return True
    after_first = gazetteer.lookup(name[1:]) if name[0] in MOTION_VERBS + NOT_A_NAME_START else []
    return bool(after_first) and (name[0] in MOTION_VERBS or any(place.level in WIDE_LEVELS for place in after_first))


def _unseen(word: str) -> bool:
    """A word of Chinese characters jieba's dictionary does not hold at all."""
    return all("\u4e00" <= char <= "\u9fff" for char in word) and word not in tokenizer().tokenizer.FREQ


def _noun_follows(tokens: list[Token], index: int, end: int) -> bool:
    """Whether a one-character noun follows the word at index (白忙|官), or a gathering's name (党外代表|迎春|座谈会):
    the word is part of a noun phrase."""
    after = next((t for t in tokens[index + 1:] if t.start >= end), None)
    return after is not None and after.start == end and (len(after.word) == 1 and after.tag in ("n", "ng")
                                                         or len(after.word) > 1 and after.word.endswith(GATHERINGS))


def _drop_inner(found: dict) -> None:
    """A name found inside a longer one (卫东 in 郑卫东同志, where jieba cut the surname off) is that one."""
    for start in sorted(found):
        mention = found[start]
        if any(other is not mention and other.start <= mention.start and mention.end <= other.end
               for other in found.values()):
            del found[start]


def _common_rest(word: str, tags: frozenset[str] = NOT_GIVEN_TAGS) -> bool:
    """A frequent verb, noun or adverb (覆盖, 大会; of `tags`): never a given name (委员全覆盖, 向大会作报告)."""
    return tokenizer().word_tag_tab.get(word) in tags and tokenizer().tokenizer.FREQ.get(word, 0) > COMMON_REST


def _ordinary_word(word: str) -> bool:
    """A frequent dictionary word that jieba tags as a name (荣誉, 荣获, 高峰): an ordinary word; or a preposition
    and the day it says (于近日, 于昨日), which a surname's character may open."""
    if len(word) == 3 and word[1:] in DAYS_SAID:
        return True
    frequency = tokenizer().tokenizer.FREQ.get(word, 0)
    return len(word) == 2 and frequency > COMMON_NAME_WORD and tokenizer().word_tag_tab.get(word) == "nr"
