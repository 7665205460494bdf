"""Which actor governs the figures of a sentence that names none, from where the sentence stands.

The gold convention of the evaluation: the actor of a section's lead sentence (the first
sentence after a heading, or one that sums up a period: 一年来，市委统战部把自身建设…) governs
the figures of the section that name no other actor, the report's region when the lead names
none; a text about one organisation (a news item on its meeting, a committee's own summary)
gives that organisation what a region-wide text gives its region, and so does a body that
signs the text as contributor ((某区委统战部供稿)) or author (作者：民盟某市委会), or the programme
a region's meeting is on (某市召开“某某”行动推进会), or that a news item's headline launches or opens with
(某省正式启动“某某”活动); a programme or event that opens a paragraph
(“某某文化周”期间，…) frames the figures of that paragraph, and a programme carried out in the lead
after a dashed subheading (——汇聚力量服务发展大局。扎实开展“某某”活动，…) frames its section; an
association or party committee that opens a paragraph (自2016年起，市工商联组织…) governs the rest of
that paragraph, which reports its and its members' work.
"""
from __future__ import annotations

import re

from ..model import Extraction, Mention
from ..page import (BREADCRUMB, BYLINE, BYLINE_LINE, HEARD_FROM, INDEX_ROW, LUNAR_DAY, NEWS_PREFIX, OUTLETS_LINE,
                    PAGE_PROMPT, PURPOSE, SITE_CHROME, SITE_CLOCK, SLOGAN, WHERE_ON_SITE)
from ..text import CLAUSE_STOPS, SENTENCE_STOPS
from .organizations import CPC_NAME, MEDIA_NAME
from .persons import SEX_AFTER_NAME

CLAUSE_BREAKS = CLAUSE_STOPS | SENTENCE_STOPS
LEAD_ACTOR_CLASSES = frozenset({"GovernmentBody", "Association", "PoliticalParty", "Organization"})
OPENER_CLASSES = LEAD_ACTOR_CLASSES | {"Person"}
PARAGRAPH_ACTOR_CLASSES = frozenset({"Association", "PoliticalParty", "Organization"})
OWN_ACCOUNT_CLASSES = frozenset({"Association", "PoliticalParty", "GovernmentBody"})  # whose own summary a text is
MAX_HEADING = 40  # characters: a line this short with no full stop is a heading (培根铸魂 / 不断巩固共同思想根基)
NUMBERED_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[、.．](?!\d))")
# patterns below are used with match(text, position): they hold no ^, which would not match there
# a sentence that sums up a period opens a section's account (一年来，市委统战部…; 过去的一年，全市统一战线…)
PERIOD_LEAD = re.compile(rf"(?:{SLOGAN}){{0,6}}(?:……|…|——)?[，,]?"  # the slogans it ran, first
                         r"(?:一年来|一年以来|过去的?一年(?:里|中)?|这一年|今年以来|去年以来|近年来|[一二三四五两]年来"
                         r"|(?:19|20)\d{2}年(?:以来|来)?|[“\"]?十[一二三四五六]五[”\"]?(?:期间|以来)"
                         r"|(?:党的)?(?:十[六七八九]|二十)大(?:召开)?以来)[，,]")  # 党的十八大以来，: since a congress
# a clause that only says under whose guidance (在市委的坚强领导下，)
GUIDANCE = re.compile(r"在[^，,。\n]{0,40}下[，,]")  # within its line: a title above is no part of it
# a clause that only says when (党的二十大召开后，)
# a lead that only dates what follows (1980年，): in a body's chronicle, the next event of that body's history
DATED_LEAD = re.compile(r"(?:19|20)\d{2}年[，,]")
TIME_CLAUSE = re.compile(r"[^，,。；：:\n]{1,20}(?:后|以来|期间|之际|起)[，,]"
                         r"|(?:19|20)\d{2}年(?:初|底|末|年初|年底|上半年|下半年)[，,]")  # 2016年初，某省工商联…
MAX_TOPIC_LINE = 14  # characters: 招商引资态势良好。
MAX_SUBHEADING = 30  # characters: 坚持思想引领，同心圆更加牢固。
# a programme or event that opens a paragraph frames its figures (“某某文化周”期间，签约项目60个)
EVENT_FRAME = re.compile(r"”?(?:活动|系列活动)?(?:期间|中[，,]|上[，,]|开幕|启动|举行|举办"
                         r"|(?:在|于)[^，,。；“]{1,15}?(?:开幕|举行|启动|举办|召开))")
# 自“某某”行动开展以来: a paragraph that opens by dating itself from a programme's start, and a sentence that reports
# a programme's course since it began (“某某”行动启动以来，…)
_SINCE_WORD = r"(?:自从|自|從)"
_PROGRAMME_KIND = r"[”」]?(?:行动|活动|工程|计划|行動|活動)?"  # the programme's head after its quoted name
_RUN_VERB = r"(?:正式)?(?:启动|实施|开展|推进|部署|啟動|實施|開展|推進)"
_SINCE_THEN = r"(?:以来|至今|以來)"
SINCE_OPENING = re.compile(rf"{_SINCE_WORD}[“「]?")
PROGRAMME_SINCE = re.compile(rf"{_PROGRAMME_KIND}{_RUN_VERB}{_SINCE_THEN}")
# 某区自2012年实施“某某工程”以来: the programme's progress since it began, told with the verb first
RAN_SINCE = re.compile(rf"{_SINCE_WORD}\s*(?:(?:19|20)\d{{2}}\s*年(?:\d{{1,2}}月)?(?:起)?)?{_RUN_VERB}(?:了)?[“「]?$")
RAN_SINCE_END = re.compile(rf"{_PROGRAMME_KIND}{_SINCE_THEN}")
MAX_RAN_SINCE = 16  # characters from 自 to the programme's name
# 很快，此项行动纳入…; 该活动共…: a paragraph that opens on the programme just named, by a demonstrative and its kind
# (此次活动 is the occasion itself, not a programme); the programme is one the text calls by that kind
THIS_PROGRAMME = re.compile(r"(?:[^，,。；;]{1,6}[，,])?(?:此项|该项|这项|这一)[\u4e00-\u9fff]{0,4}?(行动|活动|工程|计划)")
# 该县着力培育…, 全市… : a section's lead that opens on the text's own place names no body of its own
REGION_LEAD = re.compile(r"(?:该|我|全)(?:地区|[市县区州省盟旗镇乡])")
# 目前已有72家企业…: a paragraph that opens on the results so far, of the programme the one before it runs
RESULTS_SO_FAR = re.compile(r"(?:截至目前|截止目前|目前|至今|迄今为止|迄今)[，,]?(?:已经?|共|累计)")
RUN_ADVERBS = "继续|持续|扎实|深入|积极|全面|大力|广泛"  # 深入|开展“某某”
RUN_VERBS = "深化|开展|实施|推进|推动|启动"
RUNS_PROGRAMME = re.compile(f"(?:{RUN_ADVERBS})?(?:{RUN_VERBS})了?[“「]?$")
PROGRAMME_KIND_SPAN = 6  # “某某”志愿行动: the kind in the name as written or a few characters after it
MAX_RUN_VERB = 6  # characters of 继续深化“ before a programme's name
# 某部到某县检查“某某”工作: a headline on inspecting a programme's work, which the text then reports
INSPECTING = ("检查", "督导", "督查", "调研", "考察", "观摩", "验收")
SPONSORED = re.compile(r"由[^，,。；]{2,30}?(?:主办|举办|承办|组织|发起)的“?")  # 由市委统战部主办的“…”
# a news item: an organisation holds a meeting or an event (某县工商联召开第三次会员代表大会)
EVENT_VERBS = ("召开", "举行", "举办", "主办", "联合举办", "共同举办", "合办", "隆重召开", "隆重举行", "组织召开", "成功举办", "成功召开", "召集",
               "揭牌", "正式揭牌", "正式成立", "成立")  # 某市新联会揭牌: the news is the body's own
# what a news item's opening says of its body before naming it, set off by a dash (某县第一个乡贤组织——)
APPOSED = re.compile(r"[^，,。；;—]{2,20}?(?:——|──)")
# what a news item's opening says its body did (某县侨联组织开展走访慰问活动)
THEMED = re.compile(r"以[“「][^”」]{1,30}[”」]为主题")
COLUMN = re.compile(r"[^丨|｜，,。]{2,8}[丨|｜]\s*")
PARTNER_JOINERS = ("和", "与", "及", "、")
NEWS_ACTIONS = ("组织开展", "开展", "举办", "联合举办", "共同举办", "合办", "主办", "承办", "联合开展", "共同开展", "组织", "走访", "启动", "发起", "组团", "发布“", "关怀", "关爱",  # 某会组团赴某省…; 发布“某某”地图, not 发布文件
                "深入", "赴", "前往", "调研", "考察", "督查", "慰问", "看望",  # 某部深入全县乡镇了解…
                "响应", "捐赠", "捐资", "捐款")  # 某会主动响应…号召，决定向某区捐赠…: the body's own gift
# the places a news item's body did its deed in, between the body and the deed (某会先后在某社区和某校开展…)
DONE_AT = re.compile(rf"(?:先后|分别)?在[^，,。；;“”]{{1,30}}?(?={'|'.join(map(re.escape, NEWS_ACTIONS))})")
# an appeal the body sends out (某市侨联向广大侨企发出《…倡议书》): the news is the appeal's sender's
APPEALED = re.compile(r"向[^。；;]{1,30}?(?:发出|发起)[^。；;]{0,30}?倡议")
# the town a body holds its meeting in, between its name and the verb: 某同乡会在某市举办… (a venue is not
# enough: a press office holds others' press conferences in its hall)
HELD_IN = re.compile(r"(?:隆重|正式|成功|组织)?(?:召开|举行|举办)")
PRESS_CONFERENCE = re.compile(r"[^，。；]{0,40}?(?:新闻发布会|新闻发布活动)")
VENUE = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:宾馆|酒店|饭店|大厦|中心|礼堂|会堂|会议室|广场|剧院|山庄|馆|厅)")
INLINE_GUIDANCE = re.compile(r"在[^，,。；]{1,30}?(?:领导|指导|支持|帮助|推动)下")
PURPOSE_OPENING = re.compile(PURPOSE)  # 为落实…，2月23日，: read past before the body that meets
REPORTED = re.compile(r"\s*[/／]?\s*据[^，,。；]{1,20}?(?:报道|报导|消息)[，,]?")
TOLD = re.compile(r"(?:会议?上|会上)?(?:获悉|了解到|得知)")
# the meeting a programme's name heads (“某某”精准扶贫行动先进民营企业表彰会)
PROGRAMME_MEETING = re.compile(r"[^，。,；“”]{0,16}?(?:表彰会|推进会|座谈会|现场会|总结会|大会|会议|论坛)")
HEARD = re.compile(HEARD_FROM)  # 记者从某县工商联获悉: where the news comes from
DELEGATION = "一行"
WENT_TO = ("到", "来到")
COMING_HERE = ("到我", "到本", "来到我", "来到本")  # 某省侨联一行到我市调研: the visitors, not the text's body
ZEAL = re.compile("积极|主动|迅速|踊跃|第一时间")  # how readily a body acted, between its name and its deed
LATELY = re.compile(r"(?:连日来|近日|日前|近期|近来|[上下]午|晚)[，,]?")
# an event said to be held at the opening: (活动)在某地举行 / 开幕 / (再次)启动 / 拉开序幕 / 圆满收官, or carried out at a
# place (活动在某县某镇进行; not 对“某某”进行总结)
HELD = re.compile(r"[”」]?(?:[\u4e00-\u9fff]{0,4}?(?:活动|行动|仪式|典礼|大会|晚会|论坛))?(?:(?:在[^，,。；“]{1,20}?)?(?:再次|再度|重新|首次)?(?:隆重|正式|圆满|胜利)?"
                  r"(?:举行|开幕|启动|举办|召开|拉开序幕|拉开帷幕|启幕|落下帷幕|落幕|闭幕|收官)|在[^，,。；“]{1,20}?(?:顺利)?进行)")
# …举办了(全省)(首届)某某竞赛: a body holding an event
HOLDING = re.compile(r"(?:举办|主办|承办|举行)了?(?:全[省市县区州])?(?:(?:19|20)\d{2}年度?)?(?:首届|第[一二三四五六七八九十百\d]+届)?")
# held, then who takes part, in the same clause, up to the event's name (举办各街道与各党派基层委、知联会|携手…活动)
MAX_HELD_GAP = 30
HOLDING_FAR = re.compile(rf"(?:举办|主办|举行)了?[^，,。；;：:“”「」]{{0,{MAX_HELD_GAP}}}$")
# a headline's launch of a programme, up to its name: 正式启动“; 启动民族团结“
FOUNDED = re.compile(r"(?:成立|组建|成立了|组建了)[“「]?$")  # 某村成立“乡贤联谊会”: the society founded
MAX_FOUNDED_GAP = 3
LAUNCHED = re.compile(r"(?:启动|开展|举办|发起|推出)了?[^，,。；;“”「」\s]{0,6}[“「]?$")
MAX_LAUNCH_GAP = 12
# a programme's own head after its name in a headline (“某某”行动结对…), not a slogan that opens a sentence
# (“四个聚焦”推动统战工作…)
PROGRAMME_HEADS = ("活动", "行动", "工程", "计划", "项目", "论坛", "大赛", "大会", "文化节", "宣传月", "宣传周")
PROGRAMME_HEAD = re.compile(r"[”」]?(?:系列|主题|专项)?(?:" + "|".join(PROGRAMME_HEADS) + ")")
ACCOUNT_TITLE = re.compile(r"——|综述|总结|报告|回顾|纪实|年鉴|概况")
HEADING_NUMBER = re.compile(r"(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])?")
LABEL = re.compile(r"【[^】]{1,10}】\s*")  # a yearbook entry's label: 【概况】, 【统战理论研究】
ALIAS = re.compile(r"[（(][^）)]{1,12}[）)]")
# 某商会庆祝成立二十周年暨春节联谊会在某酒店隆重举行, 某会“成立五周年暨会董就职典礼”昨晚在某酒店举行: the body's
# own meeting, named after it (in quotation marks or not), held somewhere
OWN_MEETING_HELD = re.compile(r"[“「]?[^，,。；;“”「」]{2,24}?(?:大会|年会|联谊会|座谈会|茶话会|庆典|典礼|晚会|会议)[”」]?"
                              r"(?:前晚|昨晚|昨日|今晚|日前|近日|\d{1,2}日(?:[上下]午|晚)?)?"
                              r"(?:在[^，,。；;]{1,20}?)?(?:隆重|顺利|成功|盛大|胜利)?(?:举行|召开|举办)")
DAY_AFTER_ACTOR = re.compile(r"(?:于|在)?(?:\d{1,2}月)?\d{1,2}日(?:[上下]午|晚)?")
NEWS_OPENING_PREFIX = re.compile(NEWS_PREFIX + BYLINE)
OWN_SUMMARY = re.compile(r"\s*(?:(?:19|20)\d{2}年度?)?(?:工作)?(?:总结|报告|综述|年报|回顾)|的?(?:简介|介绍|概况)\s*$")  # or its profile
TITLE_YEAR = re.compile(r"(?:19|20)\d{2}\s*年度?")
NAMED_PROGRAMME_HEADS = ("工程", "行动", "活动", "计划")  # the heads a programme's name carries, in its quotes or after
# what may close a programme's name before the clause ends: its quote and head (”活动，)
PROGRAMME_CLAUSE_END = re.compile(rf"[”」]?(?:{'|'.join(NAMED_PROGRAMME_HEADS)})?[，,]")
ITEM_PROGRAMME_CLOSE = re.compile(rf"[”」]?(?:{'|'.join(NAMED_PROGRAMME_HEADS)})?[。；;]?")  # 一是实施某某计划。: all it says
PROGRAMME_LEAD = re.compile(r"(?:扎实|深入|积极|持续|全面|大力|广泛)?(?:组织)?(?:开展|实施|推进|深化|推动)了?")
# a page's navigation and labels above the title (您当前的位置：首页 > …, 日期:2025-01-16阅读:)
PAGE_LINE = re.compile(rf"{WHERE_ON_SITE}|{BREADCRUMB}|{SITE_CHROME}|{PAGE_PROMPT}|{INDEX_ROW}|^{BYLINE_LINE}|{OUTLETS_LINE}|"
                       rf"^\s*{SITE_CLOCK}\s*$|"
                       r"首\s*页\s*[>＞-]|请输入|日期[:：]"
                       r"|发布时间|来源[:：]|作者[:：]|阅读[:：]|浏览|关注我们|长者模式|无障碍"
                       r"|[（(]\s*[^（()）]{0,6}?[左右][一二三四五六七八九十]\s*[）)]")  # a photograph's caption: 某某(右三)
MAX_PAGE_TOP = 8
INDEX_LINE = re.compile(INDEX_ROW)
SUMMARY_TITLE = re.compile(r"总结|综述|报告|年报|回眸|回顾|述职|要点|计划")
# what a headline says its opening body did: a verb of deeds, not a colon or a noun phrase (某县侨联：…, 某县侨联简介)
ACTS_IN_HEADLINE = re.compile(r"[\u4e00-\u9fff]{0,2}?(?:积极|扎实|深入|持续|全力|主动|大力|联合|携手|组织|开展|举办|召开|举行|走访|"
                              r"慰问|看望|赴|到|助力|推进|推动|启动|发起|捐|资助|帮扶|对接|调研|考察|接待|会见|参加|参与|获|"
                              r"荣获|成立|揭牌|签约|签订|打造|建立|搭建|引导|服务|凝聚|聚力|创新)")
# 某同乡会会长某某回乡交流访问: the body's officer does the deed for it
OFFICER_ACTS = re.compile(r"(?:常务|执行|名誉)?副?(?:会长|主席|理事长|主委|秘书长|董事长)[\u4e00-\u9fff]{2,4}?(?:一行|率团|率队|带队)?"
                          r"(?:回乡|返乡|访问|走访|慰问|看望|赴|到|率|带领|捐|考察|拜访|参访)")
SOURCE = re.compile(r".*?(?:信息来源|来源)\s*[:：]\s*")  # 信息来源:市委统战部
# a committee's own story in its title: 民盟某市委会2025年“两会”履职风采
# a body's own yearly summary in its title: 某县委统战部2021年度工作总结, 市委统战部 2024 年民族团结工作情况总结
DEPARTMENT_SUMMARY = re.compile(r"\s*(?:(?:19|20)\d{2}\s*年度?)?[^，,。\s]{0,10}?(?:工作)?(?:情况)?(?:总结|综述|年报|回顾|自评(?:公开)?报告)")
OWN_STORY = re.compile(r"\s*(?:(?:19|20)\d{2}年度?)?[^，,。]{0,12}(?:履职|风采|纪实|综述|总结|成果|亮点)")
MEETING = re.compile(r"(?:推进会|现场会|工作会|座谈会|动员会|大会|会议)")
CONTRIBUTED = re.compile(r"[（(]?(?:[^（()）\s]{2,24}供稿|供稿(?:单位)?[:：][^（()）\s]{2,24})[）)]?")
# 3月8日上午, and a part of a month (1月中下旬, 3月初): when a news item's event happened
DATE_OPENING = re.compile(r"(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日(?:[上下]午|晚)?|[上中下]{1,2}旬|初|底|末)"
                          rf"(?:{LUNAR_DAY})?[，,]?")
# the page's date a copy prints before the text as a field (date 2025-11-07 （本报讯）…)
PAGE_DATE_LABEL = re.compile(r"\s*(?:[Dd]ate|DATE)[:：\s]\s*(?:19|20)\d{2}(?:-\d{1,2}){1,2}\s*")


def _told(sentence) -> bool:
    """Whether a sentence is told text rather than headline-shaped: longer than a heading, or closed by a full stop."""
    return len(sentence.text) > MAX_HEADING or sentence.text.endswith("。")


def _is_heading(extraction: Extraction, index: int) -> bool:
    """Whether a sentence is a heading: a short line of its own with no full stop
    (培根铸魂 / 不断巩固共同思想根基; 聚焦中心大局，建言资政成果丰硕——), or a numbered one (一、 （二）)."""
    sentence = extraction.sentences[index]
    if NUMBERED_HEADING.match(sentence.text):
        return True
    alone = all(other.paragraph != sentence.paragraph for other in
                extraction.sentences[max(0, index - 1):index] + extraction.sentences[index + 1:index + 2])
    return alone and len(sentence.text) <= MAX_HEADING and not sentence.text.endswith(("。", "！", "？", "!", "?", "；", ";"))


def governors(extraction: Extraction, text: str, by_sentence: dict[int, list[int]]) -> dict[int, int | None]:
    """For each sentence, the actor that governs its figures when it names none: the actor of its
    section's lead sentence, or None (the report's region) when the lead names none.

    A heading opens a section; the first sentence after it leads, and so does any sentence that
    sums up a period (一年来，市委统战部…), which hands the section to its own actor. In a text about
    one organisation (a news item on its meeting, a committee's own summary) that organisation
    stands where a region-wide text has its region."""
    governing: dict[int, int | None] = {}
    counted = {quantity.sentence for quantity in extraction.quantities}
    base = text_actor(extraction, text, by_sentence)  # what a lead that names no body hands back to
    if base is None:
        base = _work_site(extraction, text)  # 某县…在某镇某村开展创建工作: the village whose work the text tells
    current, awaiting_lead, after_subheading = base, False, False
    chronicled = False  # the section is headed by a body's name alone (（一）某镇侨联): its dated lines are that body's history
    paragraph_actor = None  # the body a paragraph opens with governs the rest of that paragraph
    for sentence in extraction.sentences:
        # the first sentence is the title, unless a yearbook's label opens it (【某某】2021年，某部…: its lead)
        first = sentence.index == 0 and not LABEL.match(text, sentence.start, sentence.end)
        if first or sentence.index and _is_heading(extraction, sentence.index):
            if sentence.index:
                current, awaiting_lead, after_subheading = base, True, False
                named = _heading_body(extraction, by_sentence, sentence)
                chronicled = named is not None
                if named is not None:
                    current = named  # 市侨联 as a chronicle's heading: the section tells that body's history
            governing[sentence.index] = current
            continue
        if not awaiting_lead and _is_subheading(extraction, sentence.index, counted):
            awaiting_lead = True  # 坚持思想引领，同心圆更加牢固。区委统战部…: the next sentence may lead
            after_subheading = True
            if sentence.text.startswith("—"):
                current, chronicled = base, False  # ——汇聚力量服务发展大局。: a dashed heading opens a new section
            headed = _subheading_programme(extraction, text, by_sentence, sentence)
            if headed is not None:
                current, chronicled = headed, False  # 同心·某某工程，服务某某事业。: the section tells that programme's work
            governing[sentence.index] = current
            continue
        candidates = by_sentence.get(sentence.index, [])
        if current is not None and extraction.mentions[current].cls == "Initiative" and not candidates \
                and _is_topic_line(sentence, counted) and not ITEM_MARK.match(text, sentence.start, sentence.end):
            current = base  # …扎实开展“某某”活动…。招商引资态势良好。: a new topic, the programme's part is over
        label = LABEL.match(text, sentence.start, sentence.end)
        if label:  # 【概况】 2020年，市委统战部…: a yearbook's label is a heading glued to its lead
            current, awaiting_lead, after_subheading, chronicled = base, True, False, False
        start = label.end() if label else sentence.start
        opening = _after_period(text, start, sentence.end)
        founded = _founded_lead(extraction, text, candidates, start, sentence.end) if opening is None else None
        if founded is not None:
            opening = start  # 某某筹备组自2011年成立以来，…成效显著。: the body's record since it was set up, a lead
        if opening is not None or awaiting_lead:
            actor = founded if founded is not None else \
                _opening_actor(extraction, text, candidates, start if opening is None else opening)
            if opening is None and actor is not None and sentence.index in counted \
                    and _other_actor(extraction, text, candidates, actor, sentence):
                actor = None  # 市委常委会研究…2次，领导小组召开…1次: a list of facts, not a lead
            if actor is None and opening is None and after_subheading:
                actor = _programme_lead(extraction, text, candidates, sentence)
                if actor is None:
                    actor = _second_clause_actor(extraction, text, candidates, sentence)
            if actor is not None and _own_party(extraction, actor, base):
                actor = base  # 九三学社某委员会's own account: its party named short (九三学社…完成换届) is it
            elif actor is not None and _whole_party(extraction, actor):
                actor = _local_committee(extraction, actor)  # 农工党界别的委员们…: the party's committee the text names
            if actor is None and chronicled and not awaiting_lead and DATED_LEAD.match(text, start, sentence.end) \
                    and not REGION_LEAD.match(text, opening, sentence.end):
                pass  # 1980年，某港胞捐建…: one more dated event of the body the section's heading names (not 2006年，全市有…)
            elif opening is not None or actor is not None or awaiting_lead and REGION_LEAD.match(text, start, sentence.end):
                current = actor if actor is not None else base  # a lead opening on 该县/全市 hands back to the base
            awaiting_lead = after_subheading = False
        governing[sentence.index] = current
        if sentence.index and extraction.sentences[sentence.index - 1].paragraph != sentence.paragraph:
            opener = _opening_actor(extraction, text, candidates, sentence.start)
            # an association's or party committee's paragraph reports its own (its members') work; a state
            # body's paragraph (市委常委会…; 市政协…) stays in the account of the section's lead
            paragraph_actor = opener if opener is not None and opener != current \
                and extraction.mentions[opener].cls in PARAGRAPH_ACTOR_CLASSES else None
        elif paragraph_actor is not None:
            governing[sentence.index] = paragraph_actor
        introducer = _introducing_body(extraction, text, candidates, sentence)
        if introducer is not None:
            paragraph_actor = introducer  # 某商会会长张某向考察组介绍商会工作情况：…: the rest of the paragraph is its work
    return governing


def _work_site(extraction: Extraction, text: str) -> int | None:
    """The one village or community a text's opening says its work is done in (某县…积极在某镇某村开展创建工作):
    what the text tells next is that place's; None when the opening names no such site."""
    opening = next((sentence for sentence in _page_top(extraction)
                    if sentence.text.rstrip().endswith("。")), None)  # the text's first sentence, past its title
    site = WORK_SITE.search(text, opening.start, opening.end) if opening is not None else None
    if site is None:
        return None
    places = [index for index, mention in enumerate(extraction.mentions) if mention.cls == "Region"
              and site.start("site") <= mention.start and mention.end <= site.end("site") and mention.name.endswith(SITE_ENDS)]
    return places[-1] if places else None


def _page_top(extraction: Extraction) -> list:
    """The sentences at a text's top that are its own (title, opening), past the page's navigation and labels."""
    return [sentence for sentence in _top_sentences(extraction) if not PAGE_LINE.search(sentence.text)]


def _title_rank(extraction: Extraction, sentences: list) -> int:
    """Where among a text's first sentences its title stands (社务要闻 / 某某活动举行: the site's column above it), 0
    when the metadata found none there."""
    title = extraction.meta.title
    at = extraction.document.text.find(title) if title else -1
    return next((rank for rank, sentence in enumerate(sentences) if sentence.start <= at < sentence.end), 0)


# what follows a headline in a page's own title: a bar, a dash or an underscore, then the site's name
SITE_AFTER_HEADLINE = re.compile(r"\s*[|｜_—-]+\s*\S")


def _top_sentences(extraction: Extraction) -> list:
    """A text's first sentences, past the rows of a disclosure page's index table above its title ([ 索引号 ] | …),
    however many they are, and past a page's own title (headline | site) right above the headline it repeats."""
    start = next((sentence.index for sentence in extraction.sentences if not INDEX_LINE.match(sentence.text)), 0)
    if start + 1 < len(extraction.sentences):
        title, headline = extraction.sentences[start].text.strip(), extraction.sentences[start + 1].text.strip()
        if headline and title.startswith(headline) and SITE_AFTER_HEADLINE.match(title, len(headline)):
            start += 1  # 某某续发奖学金 | 某报 above 某某续发奖学金: the page's title, then the headline it repeats
    return extraction.sentences[start:start + MAX_PAGE_TOP]


def _introducing_body(extraction: Extraction, text: str, candidates: list[int], sentence) -> int | None:
    """The association or party committee whose officer introduces its work, a colon after (某商会会长张某向
    考察组介绍商会工作基本情况：…): what the paragraph tells next is that body's."""
    for index in candidates:
        mention = extraction.mentions[index]
        if mention.cls not in ("Association", "PoliticalParty"):
            continue
        office = OFFICE_AFTER.match(text, mention.end, sentence.end)
        if office and INTRODUCES.match(text, office.end(), sentence.end):
            return index
    return None


def _own_party(extraction: Extraction, actor: int, base: int | None) -> bool:
    """Whether an actor is the party as a whole whose committee the text is the account of."""
    party, own = extraction.mentions[actor], extraction.mentions[base] if base is not None else None
    return party.cls == "PoliticalParty" and party.parent_name is None and own is not None \
        and own.cls == "PoliticalParty" and own.parent_name == party.name


def _whole_party(extraction: Extraction, actor: int) -> bool:
    """Whether an actor is a democratic party as a whole (农工党), which does no local report's work."""
    mention = extraction.mentions[actor]
    return mention.cls == "PoliticalParty" and mention.parent_name is None and mention.name != CPC_NAME


def _local_committee(extraction: Extraction, party: int, by_level_too: bool = False) -> int | None:
    """The one local committee of a party the report names (农工党某市委会, also written by its level alone,
    农工党市委会, which is the same one), else None (the region)."""
    name = extraction.mentions[party].name
    committees = {m.name: i for i, m in enumerate(extraction.mentions) if m.cls == "PoliticalParty" and m.parent_name == name}
    # (`by_level_too`: one the report names only by its level, 民建市委, counts as well)
    named = committees if by_level_too else \
        {key: index for key, index in committees.items() if extraction.mentions[index].scope is None}
    return next(iter(named.values())) if len(named) == 1 else None


def _is_topic_line(sentence, counted: set[int]) -> bool:
    """A short sentence of one clause that names a new topic and reports nothing (招商引资态势良好。)."""
    return len(sentence.text) <= MAX_TOPIC_LINE and sentence.index not in counted \
        and not any(mark in sentence.text for mark in "，,：:；;") and sentence.text.endswith("。")


def _programme_lead(extraction: Extraction, text: str, candidates: list[int], sentence) -> int | None:
    """The programme a section's lead sentence opens by carrying out (扎实开展“某某”活动，…): it frames
    the figures of the section that name no actor."""
    opening = PROGRAMME_LEAD.match(text, sentence.start, sentence.end)
    if not opening:
        return None
    for index in candidates:
        mention = extraction.mentions[index]
        if mention.cls == "Initiative" and mention.start in (opening.end(), opening.end() + 1) \
                and text[mention.end:mention.end + 1] not in ("、", "和", "与", "及", "“"):
            return index
    return None


def _second_clause_actor(extraction: Extraction, text: str, candidates: list[int], sentence) -> int | None:
    """The body that opens the second clause of a lead whose first clause names none (坚持以项目为纽带，
    某服务团为某镇…捐赠…): the first clause says how the body works, the body leads the section."""
    first_end = next((at for at in range(sentence.start, sentence.end) if text[at] in "，,"), None)
    if first_end is None or any(extraction.mentions[index].start < first_end for index in candidates):
        return None
    actor = _opening_actor(extraction, text, candidates, first_end + 1)
    if actor is None or text.startswith(LIST_GOES_ON, extraction.mentions[actor].end):
        return None  # 稳步推进某某组建，A商会、B商会等7个商会完成…: examples of what is counted, no actor
    return actor


LIST_GOES_ON = ("、", "和", "与", "及", "等")  # what follows a list's item, not a doer


def _is_subheading(extraction: Extraction, index: int, counted: set[int]) -> bool:
    """Whether a sentence heads its paragraph as a short two-part phrase with no figures
    (坚持思想引领，同心圆更加牢固。) before the sentences that report."""
    sentence = extraction.sentences[index]
    following = extraction.sentences[index + 1] if index + 1 < len(extraction.sentences) else None
    return (extraction.sentences[index - 1].paragraph != sentence.paragraph
            and following is not None and following.paragraph == sentence.paragraph
            and len(sentence.text) <= MAX_SUBHEADING and index not in counted
            and sentence.text.endswith("。") and (sum(sentence.text.count(mark) for mark in "，,") == 1
                                                  or sentence.text.startswith(("——", "—")) and "，" not in sentence.text[:-1]))


def _subheading_programme(extraction: Extraction, text: str, by_sentence: dict[int, list[int]], sentence) -> int | None:
    """The programme a subheading's first clause names and nothing else (“同心·某某工程”，服务某某事业。), or None."""
    start = HEADING_NUMBER.match(text, sentence.start, sentence.end).end()
    for index in by_sentence.get(sentence.index, []):
        mention = extraction.mentions[index]
        if mention.cls == "Initiative" and PROGRAMME_CLAUSE_END.match(text, mention.end, sentence.end) \
                and text[start:mention.end].strip("“「”」") in (mention.name, mention.surface.strip("“「”」")):
            return index
    return None


def _other_actor(extraction: Extraction, text: str, candidates: list[int], actor: int, sentence) -> bool:
    """Whether another clause of the sentence opens with a body of its own."""
    starts = {sentence.start} | {i + 1 for i in range(sentence.start, sentence.end) if text[i] in CLAUSE_BREAKS}
    return any(extraction.mentions[i].start in starts for i in candidates
               if i != actor and extraction.mentions[i].cls in OPENER_CLASSES
               and extraction.mentions[i].start > extraction.mentions[actor].start)


FOUNDED_SINCE = re.compile(r"(?:自(?:(?:19|20)\d{2}年)?)?(?:成立|组建|成立运行|恢复)(?:以来|后)[，,]")


def _founded_lead(extraction: Extraction, text: str, candidates: list[int], start: int, end: int) -> int | None:
    """The body a sentence opens with when it sums up the body's record since it was set up (某某筹备组自2011年成立
    以来，…), or None."""
    first = extraction.mentions[candidates[0]] if candidates else None
    if first is None or first.start != start or first.cls not in LEAD_ACTOR_CLASSES:
        return None
    return candidates[0] if FOUNDED_SINCE.match(text, first.end, end) else None


def _after_period(text: str, start: int, end: int) -> int | None:
    """Where the matter of a sentence that sums up a period starts (一年来，|市委统战部…), None for any other."""
    match = PERIOD_LEAD.match(text, start, end)
    if not match or match.end() == start:
        return None
    position = match.end()
    guidance = GUIDANCE.match(text, position, end)
    return guidance.end() if guidance else position


# an office held in a body, right after the body's name: the person is named next, the body does nothing
# an officer's name and the word of telling after the office (主席张某23日在此间表示; 会长李某介绍)
INTRODUCES = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:向[^，。,；:：]{1,12}?)?介绍了?[^，。,；:：]{0,16}[:：]")
# (or telling a reporter: 秘书长某某2月10日告诉某报记者)
TELL_VERBS = r"表示|介绍|透露|指出|说"  # the words a body's officer tells its work with
HONOURS = r"丹斯里|拿督斯里|拿督|拿汀"  # Malaysia's honours, written between an office and the name (会长拿督某某说)
SPEAKS = re.compile(rf"(?:{HONOURS})?[\u4e00-\u9fff]{{2,4}}?(?:(?:\d{{1,2}}月)?\d{{1,2}}日)?(?:在此间|在[^，。,；]{{1,12}}?上)?"
                    rf"(?:{TELL_VERBS}|告诉[^，。,；]{{0,12}}?记者)")
# others urged to join a programme (鼓励会员企业踊跃参与某某事业): the urging body's appeal, not its own part in it
URGED = re.compile(r"(?:引导|鼓励|号召|倡导|动员)[^，,。；;]{0,16}?(?:参与|参加|投身|加入)")
# the congress of the people an association serves, named after them, held at a place: whose congress it is
CONGRESS_BODIES = {"归侨侨眷代表大会": ("侨联", "归国华侨联合会", "归侨侨眷联合会"),
                   "台胞台属代表大会": ("台联", "台湾同胞联谊会", "台胞台属联谊会")}
CONGRESS_HELD = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,8}?)(?:第[一二三四五六七八九十\d]{1,3}[次届])?"
                           r"(?P<kind>归侨侨眷代表大会|台胞台属代表大会)[^，,。；;]{0,12}?(?:举行|召开|开幕)")
WORK_SITE = re.compile(r"在(?P<site>[^，,。；;]{2,16}?)(?:开展|实施|推进|试点|建设)")
SITE_ENDS = ("村", "社区", "嘎查")
OFFICE_AFTER = re.compile(r"副?(?:主席|书记|部长|主任|会长|主委|秘书长|理事长|董事长|总经理|常委|市长|县长|区长|局长)(?!会)|代表|委员(?!会)")  # 全国人大代表: an office held in it
# a body's officer leading its delegation (某会秘书长某某率会员8人一行，): the body went out
OFFICER_LED = re.compile(rf"(?:常务|执行)?(?:{OFFICE_AFTER.pattern})[\u4e00-\u9fff]{{2,4}}?(?:率领|带领|率)[^，,。；;]{{0,16}}?"
                         rf"{DELEGATION}[，,]?")


def _opening_actor(extraction: Extraction, text: str, candidates: list[int], position: int,
                   office_acts: int | None = None) -> int | None:
    """The body a sentence opens with at `position`, past words that say when (党的二十大召开后，)
    or under whose guidance (在市委的坚强领导下，). With `office_acts` (the end of the piece), only the body
    whose officer is named doing a deed for it (某会会长某某回乡访问) before that end."""
    when = TIME_CLAUSE.match(text, position)
    if when:
        position = when.end()
    guidance = GUIDANCE.match(text, position)
    if guidance:
        position = guidance.end()
    regions = {m.start: m.end for m in extraction.mentions if m.cls == "Region"}
    while position in regions and not any(extraction.mentions[i].start == position for i in candidates):
        position = regions[position]  # 福建省福清市|某街道侨联: the places written before a body's own name
    for index in candidates:
        mention = extraction.mentions[index]
        if mention.start == position and mention.cls in LEAD_ACTOR_CLASSES:
            if office_acts is not None:
                return index if OFFICER_ACTS.match(text, mention.end, office_acts) else None
            if OFFICE_AFTER.match(text, mention.end) and not OFFICER_LED.match(text, mention.end):
                return None  # 某会副主席某某出席: the body only names a person's office (unless its officer leads
                # its delegation out: 某会秘书长某某率会员一行，前往…)
            # a body's own arm written after it (市委统战部部务会) is still the body at work
            return index
    return None


def text_actor(extraction: Extraction, text: str, by_sentence: dict[int, list[int]]) -> int | None:
    """The organisation a text is about: the one its title or first sentence says held a meeting or an
    event, in a town it names or not, or was launched (某县工商联召开第三次会员代表大会; 本报讯 9月27日，民盟某市委会举行…;
    某同乡会在某市举办…; 某市新联会揭牌), the body a news item says went out to do something (1月中下旬，某县委
    统战部深入全县乡镇…), the body a news item's opening or headline says carried out something (据某网报道，连日来，某街道
    侨联在街道党工委的领导下组织开展…; 某县侨联开展新春慰问), the event its opening says was held, by any
    name the text gives it (以“…”为主题的2023年某某行活动在某地举行), a party committee or
    association whose own yearly summary or story it is (民盟某市委会2023年工作总结; 某县侨联：侨心聚力…;
    作者：民盟某市委会), the body that contributed it ((某区委统战部供稿)), the programme a region's
    meeting is on (某市召开“某某”行动推进会) — an opening read past a purpose clause before its date
    (为落实…，2月23日，某会…召开) — or else the body a headline opens with as the doer of what it
    reports (某县侨联走访慰问归侨侨眷). A department's own yearly summary (某县委统战部2021年度工作总结,
    某区委统战部——…, 2024年某市侨联工作回顾) is its account too, as the gold convention has it for any
    organisation's own summary, and so is a text with no title that opens on a body's period (“十四五”期间，
    某区委统战部坚持…). A page's navigation above the
    title is not its opening. The body a reporter heard the news from (记者3日从某省侨联全委会议上获悉) is its body,
    and so, when nothing else is, the association whose officer tells it (某省侨联主席张某23日在此间表示); the
    news heard at a programme's meeting (记者从日前召开的某省“某某”行动表彰会上了解到) is the programme's. A text
    that speaks as a body its title names (某大学…表彰 / 我校…) is that body's; a day between a body and the
    meeting it held (某省侨办10日举行…) is read past, and so is the name of the body's own meeting (某商会庆祝成立
    二十周年暨春节联谊会在某酒店隆重举行). A text whose first sentence opens on a democratic party's committee at work
    (今年以来，民盟某县支部…) is that committee's account, as the real texts' gold has it every time."""
    contributor = _contributor(extraction, text, by_sentence)
    if contributor is not None:
        return contributor
    speaking = _first_person_body(extraction, text, by_sentence)
    if speaking is not None:
        return speaking
    sentences = [sentence for sentence in _top_sentences(extraction)
                 if not PAGE_LINE.search(sentence.text) or _authored(extraction, text, by_sentence, sentence) is not None]
    entry = _entry_heading(extraction, sentences, by_sentence)
    if entry is not None:
        return entry
    titled_at = _title_rank(extraction, sentences[:3])
    for rank, sentence in enumerate(sentences[:3]):
        authored = _authored(extraction, text, by_sentence, sentence)
        if authored is not None:
            return authored
        named = _named_after_colon(extraction, text, by_sentence, sentence) if rank == 0 else None
        if named is not None:
            return named
        own = None  # where a sentence that tells a body's own account names that body
        if rank == 0 and not _is_heading(extraction, sentence.index):
            # “十四五”期间，某区委统战部坚持…, a text with no title: the body whose period it sums up tells its own work
            own = _after_period(text, sentence.start, sentence.end)
        elif rank == 1 and OWN_SUMMARY.fullmatch(sentences[0].text.strip()):
            # 2022年工作总结 / 2022年，民盟某市委坚持…: the summary is that of the body its first sentence names
            own = _after_period(text, sentence.start, sentence.end) or sentence.start
        if own is not None:
            actor = _opening_actor(extraction, text, by_sentence.get(sentence.index, []), own)
            if actor is not None and extraction.mentions[actor].cls in OWN_ACCOUNT_CLASSES:
                return actor
        position = past_news_opening(text, sentence.start, sentence.end)
        news = position > sentence.start
        if rank <= 1 and not news and len(sentence.text) <= MAX_HEADING:
            column = COLUMN.match(text, position, sentence.end)  # 属会动态丨某同乡会主办…: a site's column before the title
            position = column.end() if column else position
        if rank == 0 and not news:
            year = TITLE_YEAR.match(text, position, sentence.end)  # 2024年某市侨联工作回顾: the body past its year
            position = year.end() if year else position
        candidates = by_sentence.get(sentence.index, [])
        heard = HEARD.match(text, position, sentence.end) if news or rank == 0 else None
        if heard:  # 记者24日从某省侨联全委会议上获悉，…: the news is that body's
            source = _opening_actor(extraction, text, candidates, heard.end())
            if source is not None and extraction.mentions[source].cls in LEAD_ACTOR_CLASSES:
                told = _told_by_host(extraction, text, candidates, source, sentence.end)
                return source if told is None else told
            programme = _heard_at_programme_meeting(extraction, text, candidates, heard.end(), sentence.end)
            if programme is not None:
                return programme
        programme = _meeting_programme(extraction, text, candidates, sentence)
        if programme is None and rank == 0:
            programme = _inspected_programme(extraction, text, candidates, sentence)
        if programme is None and rank - titled_at <= 1:  # (counted from the title, past a column's name above it)
            programme = _held_event(extraction, text, sentence)
        if programme is not None:
            return programme
        congress = _congress_body(extraction, text, position, sentence.end) if rank <= 1 else None
        if congress is None and rank <= 1:
            congress = _congress_held_by_place(extraction, text, position, sentence.end)
        if congress is not None:
            return congress  # 10月19日，某县第五次归侨侨眷代表大会召开: the county 侨联's own congress
        actor = _opening_actor(extraction, text, candidates, position)
        apposed = APPOSED.match(text, position, sentence.end) if actor is None else None
        if apposed is not None:  # 某县第一个乡贤组织——某某乡贤会揭牌: the body the dash names
            actor = _opening_actor(extraction, text, candidates, apposed.end())
        if actor is None:
            held = _event_held_by_verb(extraction, text, sentence) if news and rank <= 1 else None
            if held is None and rank <= 1:
                held = _launched_in_headline(extraction, text, sentence)
            if held is None and rank == 0:
                held = _founded_in_headline(extraction, text, sentence)
            if held is not None:
                return held
            continue
        mention = extraction.mentions[actor]
        after = mention.end
        alias = ALIAS.match(text, after, sentence.end)  # 某县工商联（总商会）召开…
        if alias:
            after = alias.end()
        partner = _partner_after(extraction, text, candidates, after)  # 某同乡会和某基金会关怀…: the first named
        if partner is not None:
            after = partner
        day = DAY_AFTER_ACTOR.match(text, after, sentence.end)  # 某省侨办10日举行…: the day between body and deed
        if day and text.startswith(EVENT_VERBS, day.end()):
            after = day.end()
        if text.startswith(EVENT_VERBS, after) or _held_in_town(extraction, text, after, sentence.end) \
                or OWN_MEETING_HELD.match(text, after, sentence.end):
            return actor
        titled = sentence.index == 0 or len(sentence.text) <= MAX_HEADING and not sentence.text.endswith("。")
        # 某同乡会一行近日来到某市慰问: the opening's delegation went out to do what the news tells
        delegation = rank <= 1 and text.startswith(DELEGATION, after)
        if delegation:
            after += len(DELEGATION)
        led = OFFICER_LED.match(text, after, sentence.end) if rank <= 1 and not delegation else None
        if led:  # 某会秘书长某某率会员8人一行，前往某校…: the delegation its officer led
            after, delegation = led.end(), True
        if news or titled and rank == 0 or delegation:
            # 本报讯 近日，某街道侨联在街道党工委的领导下组织开展走访慰问活动; 某县侨联开展新春慰问: its work
            lately = LATELY.match(text, after, sentence.end)  # 某会日前组团赴…
            guided = INLINE_GUIDANCE.match(text, lately.end() if lately else after, sentence.end)
            deed = guided.end() if guided else lately.end() if lately else after
            zeal = ZEAL.match(text, deed, sentence.end)  # 某会主动响应…: how readily it acted
            deed = zeal.end() if zeal else deed
            themed = THEMED.match(text, deed, sentence.end)  # 某部以“某某”为主题发布…
            deed = themed.end() if themed else deed
            where = DONE_AT.match(text, deed, sentence.end)  # 某协会先后在某社区和某学校开展…: where it did it
            deed = where.end() if where else deed
            if text.startswith(NEWS_ACTIONS, deed) or delegation and text.startswith(WENT_TO, deed) \
                    and not text.startswith(COMING_HERE, deed) or APPEALED.match(text, deed, sentence.end):
                return actor
        if rank <= 1 and titled and mention.cls == "GovernmentBody" \
                and (DEPARTMENT_SUMMARY.match(text, after, sentence.end) or text.startswith(("——", "：", ":"), after)):
            return actor  # 某县委统战部2021年度工作总结, 某区委统战部——创新…: the department's own account
        if rank <= 1 and titled and mention.cls in ("Association", "PoliticalParty") \
                and (OWN_SUMMARY.match(text, after, sentence.end) or text.startswith(("：", ":"), after)
                     or mention.parent_name is not None and OWN_STORY.match(text, after, sentence.end)):
            return actor
        if rank <= 1 and titled and mention.cls == "Organization" and text.startswith(("：", ":"), after):
            return actor  # 某寺：弘扬…精神 驰援…: a headline about what the one body named before it did
    party = _opening_party(extraction, text, sentences, by_sentence)
    if party is None:
        party = _members_committee(extraction, text, sentences[:MEMBERS_SENTENCES])
    if party is not None:
        return party
    headline = _headline_actor(extraction, text, sentences, by_sentence)
    if headline is not None:
        return headline
    spoken = _spokesmans_body(extraction, text, sentences[:2], by_sentence)
    if spoken is not None:
        return spoken
    sole = _sole_body(extraction)
    return sole if sole is not None else _salient_body(extraction)


def past_news_opening(text: str, start: int, end: int) -> int:
    """Where a sentence's matter starts past a news item's opening: its dateline and byline, the report it is retold
    from, a purpose clause, its day, 近日 (本报讯（记者某某）为落实…，3月5日，|某会…)."""
    position = start
    for opening in (PAGE_DATE_LABEL, NEWS_OPENING_PREFIX, REPORTED, PURPOSE_OPENING, DATE_OPENING, LATELY):
        skipped = opening.match(text, position, end)
        if skipped:
            position = skipped.end()
    return position


def _opening_party(extraction: Extraction, text: str, sentences: list, by_sentence: dict[int, list[int]]) -> int | None:
    """The democratic party's committee the text's first told sentence (not a heading) opens on, past when it
    happened (今年以来，民盟某县支部…; 12月27日，民建某市委…): its own account, whatever its headline (the whole party,
    民建会员…, stands for the committee the text names, as a lead's does)."""
    told = [sentence for sentence in sentences if _told(sentence)]
    for first in told[:2]:
        position = past_news_opening(text, first.start, first.end)
        actor = _opening_actor(extraction, text, by_sentence.get(first.index, []), position)
        if actor is not None:
            return actor if extraction.mentions[actor].cls == "PoliticalParty" else None
        if any(extraction.mentions[index].cls != "Region" for index in by_sentence.get(first.index, [])):
            return None  # (a first sentence that only sets the scene, naming no one, 近日，针对某地…问题。, is read past)
    return None


# a party committee's members (某县委员会社员中7位人大代表, 某总支盟员共提交…) at work in a text's first sentences
MEMBERS = re.compile(r"的?(?:广大)?(?:社员|盟员|会员|党员|成员)")
MEMBERS_SENTENCES = 4


def _members_committee(extraction: Extraction, text: str, sentences: list) -> int | None:
    """The democratic party's committee whose members a text's first sentences tell at work (两会期间，某党派某区
    委员会社员中7位代表…; 会议期间，某党派某总支盟员共提交提案12件): the committee's own account (opened sets: the
    gold gives such a committee the figures in all five texts that open so). The whole party's members, or its
    sector at the sessions (某党派界别的5名人大代表…), stand for the one committee of it the text names."""
    spans = [(sentence.start, sentence.end) for sentence in sentences]
    for index, mention in enumerate(extraction.mentions):
        if mention.cls != "PoliticalParty" or not any(start <= mention.start < end for start, end in spans):
            continue
        if mention.parent_name is not None and MEMBERS.match(text, mention.end):
            return index
        if _whole_party(extraction, index) and (MEMBERS.match(text, mention.end) or text.startswith(SECTOR, mention.end)):
            # 两会期间，民建界别的5名人大代表…: the party's members in the city, whose one committee the text names
            # elsewhere (民建市委, by its level alone or in full) tells them
            committee = _local_committee(extraction, index, by_level_too=True)
            if committee is not None:
                return committee
    return None


SECTOR = "界别"  # 民建界别: a party's members seated as a sector of the people's congress or the CPPCC


def _partner_after(extraction: Extraction, text: str, candidates: list[int], position: int) -> int | None:
    """Where the deed begins past the partners joined to the body by 和/与/及/、 (某同乡会和某基金会 关怀…;
    甲商会、乙联谊会及丙会…), or None when no partner follows."""
    end = None
    while text.startswith(PARTNER_JOINERS, position):
        partner = next((extraction.mentions[i] for i in candidates if extraction.mentions[i].start == position + 1
                        and extraction.mentions[i].cls in LEAD_ACTOR_CLASSES), None)
        if partner is None:
            break
        end = position = partner.end
    while end is not None and end < len(text) and text[end] in " \u3000":
        end += 1
    return end


def _inspected_programme(extraction: Extraction, text: str, candidates: list[int], sentence) -> int | None:
    """某部到某县检查“某某”工作: the programme a headline says a body went to inspect; the text reports its work."""
    if len(sentence.text) > MAX_HEADING or sentence.text.rstrip().endswith("。"):
        return None
    for index in candidates:
        mention = extraction.mentions[index]
        if mention.cls == "Initiative" and text.endswith(INSPECTING, sentence.start, mention.start - (
                text[mention.start - 1:mention.start] == "“")):
            return index
    return None


def _first_person_body(extraction: Extraction, text: str, by_sentence: dict[int, list[int]]) -> int | None:
    """The body a text speaks as (我校, 我院, 我会, 我局): the one its title names whose kind that word is
    (某大学统战工作获得多项表彰 …我校民主党派基层组织…): the text is that body's own account."""
    if not extraction.sentences or len(extraction.sentences[0].text) > MAX_HEADING:
        return None
    spoken = {match.group(1) for match in FIRST_PERSON.finditer(text, extraction.sentences[0].end)}
    named = [index for index in by_sentence.get(0, []) if extraction.mentions[index].cls in ORGANIZATION_KINDS
             and any(extraction.mentions[index].name.endswith(FIRST_PERSON_KINDS[word]) for word in spoken)]
    return named[0] if len({extraction.mentions[index].name for index in named}) == 1 else None


# 我校 speaks as a university or school, 我院 as an academy, college or hospital, 我会 as an association
FIRST_PERSON_KINDS = {"校": ("大学", "学院", "学校", "中学", "小学"), "院": ("学院", "研究院", "医院", "科学院"),
                      "会": ("联合会", "商会", "协会", "促进会", "联谊会", "工商联", "侨联", "台联"),
                      "局": ("局",), "厅": ("厅",)}
FIRST_PERSON = re.compile(f"(?<![自本])我({'|'.join(FIRST_PERSON_KINDS)})")
ORGANIZATION_KINDS = frozenset({"GovernmentBody", "Association", "Organization"})


def _spokesmans_body(extraction: Extraction, text: str, sentences: list, by_sentence: dict[int, list[int]]) -> int | None:
    """The association or party committee whose officer tells the news at its opening (某省侨联主席张某23日在此间
    表示，…; 据某市工商联会长李某介绍，…): the work told is that body's."""
    for sentence in sentences:
        for index in by_sentence.get(sentence.index, []):
            mention = extraction.mentions[index]
            if mention.cls not in ("Association", "PoliticalParty") or mention.name.startswith(("中国", "全国", "中华")):
                continue
            office = OFFICE_AFTER.match(text, mention.end, sentence.end)
            if office and SPEAKS.match(text, office.end(), sentence.end):
                return index
    return None


SUBTITLE_DASH = "——"


def _headline_actor(extraction: Extraction, text: str, sentences: list, by_sentence: dict[int, list[int]]) -> int | None:
    """The body a news item's headline or its subtitle opens with as the doer of what it reports (某县侨联走访慰问
    归侨侨眷; 某某新画卷 / ——某县政协助力…侧记);
    not a summary's title (某县委统战部2022年工作总结), nor a name followed by no deed (某县侨联：…)."""
    if not sentences:
        return None
    title = sentences[0]
    if len(title.text) > MAX_HEADING or title.text.endswith("。") or SUMMARY_TITLE.search(title.text):
        return None
    headlines = [(title, title.start)]  # and a subtitle's (某某新画卷 / ——某县政协助力…侧记)
    headlines += [(line, line.start + len(SUBTITLE_DASH)) for line in sentences[1:2]
                  if line.text.startswith(SUBTITLE_DASH) and len(line.text) <= MAX_HEADING]
    for line, start in headlines:
        actor = _opening_actor(extraction, text, by_sentence.get(line.index, []), start)
        if actor is not None and ACTS_IN_HEADLINE.match(text, extraction.mentions[actor].end, line.end):
            return actor
        led = None if actor is not None else \
            _opening_actor(extraction, text, by_sentence.get(line.index, []), start, office_acts=line.end)
        if led is not None:
            return led  # 某同乡会会长某某回乡访问: the body whose officer does the deed for it
    return None


def _held_in_town(extraction: Extraction, text: str, position: int, end: int) -> bool:
    """Whether a body's name is followed by the town it holds its event in and the verb (某会在某市举办…;
    某会在某市某某宾馆举行…)."""
    if not text.startswith("在", position):
        return False
    town = next((m for m in extraction.mentions if m.cls == "Region" and m.start == position + 1 and m.end < end), None)
    if town is None:
        return False
    venue = VENUE.match(text, town.end, end)  # 在某市某某国宾馆举行: a hall of the town
    held = HELD_IN.match(text, venue.end() if venue else town.end, end)
    # a press conference's host speaks for others (某省委宣传部在某省新闻发布厅举行…新闻发布会)
    return held is not None and not PRESS_CONFERENCE.match(text, held.end(), end)


ENTRY_MARKS = "·•・【】[]〔〕 　"  # what a yearbook prints around an entry's heading: ·九三学社某市委员会·
CHAPTER = re.compile(r"第[一二三四五六七八九十百\d]{1,4}[章节编篇]\s*")  # a chronicle's chapter: 第七章 市侨联


def _entry_heading(extraction: Extraction, sentences: list, by_sentence: dict[int, list[int]]) -> int | None:
    """The party committee or association a yearbook's entry is headed by, its name alone on a line above
    the text (九三学社某市委员会 / 【概况】…): the entry is that body's account, its figures its own."""
    for sentence in sentences:
        if _told(sentence):
            return None  # the text has begun
        bare = sentence.text.strip(ENTRY_MARKS)
        chapter = CHAPTER.match(bare)
        bare = bare[chapter.end():] if chapter else bare
        for index in by_sentence.get(sentence.index, []):
            mention = extraction.mentions[index]
            if mention.cls in ("Association", "PoliticalParty") and mention.surface == bare:
                return index
    return None


MIN_PLACE_IN_NAME, MAX_PLACE_IN_NAME = 2, 6  # characters of a place's name inside a committee's full name
MIN_SOLE_SENTENCES = 3  # sentences that name the one body a text without headings is about
SALIENT_TOP = 3  # the sentences at a text's top (title, first lines) that must name the body it keeps coming back to


def _sole_body(extraction: Extraction) -> int | None:
    """The one party committee or association a text without headings is about (a news item on what a
    democratic party's city committee and its members did at the year's sessions): the only local
    committee or association it names, in several sentences, with no other party or association but
    that body's own party as a whole (民建会员). A region's account names many; this text names one."""
    if any(_is_heading(extraction, sentence.index) for sentence in extraction.sentences[1:]):
        return None
    bodies = [(index, mention) for index, mention in enumerate(extraction.mentions)
              if mention.cls in ("Association", "PoliticalParty")]
    local = [(index, mention) for index, mention in bodies if mention.parent_name is not None]
    if not local:
        return None
    first, body = local[0]
    if any(not _one_committee(mention.name, body.name) and mention.name != body.parent_name for _, mention in bodies):
        return None  # another local committee or association, or another party: a region's account
    sentences = {mention.sentence for _, mention in local}
    return first if len(sentences) >= MIN_SOLE_SENTENCES else None


def _one_committee(name: str, other: str) -> bool:
    """Whether two names are one committee, written with its place and without (民盟某市委, 民盟市委)."""
    short, long = sorted((name, other), key=len)
    if short == long:
        return True
    return MIN_PLACE_IN_NAME <= len(long) - len(short) <= MAX_PLACE_IN_NAME and any(
        long.startswith(short[:cut]) and long.endswith(short[cut:]) for cut in range(2, len(short)))


def _congress_body(extraction: Extraction, text: str, start: int, end: int) -> int | None:
    """The association whose congress a sentence opens by holding (某县第五次归侨侨眷代表大会召开: the county's 侨联,
    by whatever name the text gives it elsewhere), or None."""
    congress = CONGRESS_HELD.match(text, start, end)
    if congress is None:
        return None
    place, heads = congress.group("place"), CONGRESS_BODIES[congress.group("kind")]
    return next((index for index, mention in enumerate(extraction.mentions) if mention.cls == "Association"
                 and mention.name.startswith(place) and mention.name.endswith(heads)), None)


def _congress_held_by_place(extraction: Extraction, text: str, start: int, end: int) -> int | None:
    """The association a place opens a sentence by holding the congress or council of (某区召开某某会第二届第四次
    理事会): the association's own meeting, which the place only convenes."""
    place = next((mention for mention in extraction.mentions if mention.start == start and mention.cls == "Region"),
                 None)
    if place is None:
        return None
    verb = next((verb for verb in CONVENES if text.startswith(verb, place.end)), None)
    if verb is None:
        return None
    at = place.end + len(verb)
    body = next((index for index, mention in enumerate(extraction.mentions)
                 if mention.start == at and mention.cls == "Association"), None)
    if body is None or not BODYS_OWN_MEETING.match(text, extraction.mentions[body].end, end):
        return None
    return body


CONVENES = ("召开", "举行", "隆重召开", "隆重举行")
# a body's own congress or council, after its name: 第二届第四次理事会, 第五次代表大会, 三届二次理事会
BODYS_OWN_MEETING = re.compile(r"第?[一二三四五六七八九十\d]{1,3}[届次](?:第?[一二三四五六七八九十\d]{1,3}次)?"
                               r"(?:会员|会员代表|代表|理事|常务理事|执行委员)?(?:大会|会议|会)")


def _salient_body(extraction: Extraction) -> int | None:
    """The association or party committee a text keeps coming back to, when nothing at its opening says whose it
    is: named at its top (the title or the first sentences) and in more sentences than any other such body, at
    least three and twice as many as the next. A text about one society's doings names it again and again; a
    region's account names many."""
    top = {sentence.index for sentence in _page_top(extraction)[:SALIENT_TOP]}
    sentences: dict[str, set[int]] = {}
    first: dict[str, int] = {}
    for index, mention in enumerate(extraction.mentions):
        if mention.cls == "Association" or mention.cls == "PoliticalParty" and mention.parent_name is not None:
            sentences.setdefault(mention.name, set()).add(mention.sentence)
            first.setdefault(mention.name, index)
    ranked = sorted(sentences, key=lambda name: (-len(sentences[name]), first[name]))
    if not ranked:
        return None
    best = ranked[0]
    runner_up = len(sentences[ranked[1]]) if len(ranked) > 1 else 0
    if len(sentences[best]) >= MIN_SOLE_SENTENCES and len(sentences[best]) >= 2 * runner_up and sentences[best] & top:
        return first[best]
    return None


def _held_event(extraction: Extraction, text: str, sentence) -> int | None:
    """The programme or event a news item's opening says was held (以“…”为主题的2023年某某文化周在某地
    举行), found by any name the text gives it: the news is that event's, and so are the figures that
    name no actor. The longest name found wins: a programme named inside the event's (某某事业 in
    2017中国某某事业某地行活动) is not the event. A name shorter than four characters counts only quoted right after the
    body that runs it (某会“某某”助学行动在某地举行; not a slogan quoted inside a longer event's name, 某某创建“某某”活动…)."""
    bodies_end = {mention.end for mention in extraction.mentions if mention.cls in LEAD_ACTOR_CLASSES}
    initiatives = [index for index, mention in enumerate(extraction.mentions)
                   if mention.cls == "Initiative" and (len(mention.name) >= 4 or mention.surface.startswith(("“", "「"))
                                                       and mention.start in bodies_end)]
    for index in sorted(initiatives, key=lambda index: -len(extraction.mentions[index].name)):
        mention = extraction.mentions[index]
        for written in dict.fromkeys((mention.name, mention.surface)):  # “某某日”暨某某活动在某地举办: as written
            position = text.find(written, sentence.start, sentence.end)
            if position >= 0 and HELD.match(text, position + len(written), sentence.end):
                return index
    return None


def _launched_in_headline(extraction: Extraction, text: str, sentence) -> int | None:
    """The programme a headline says a place launched or carried out (某省正式启动“某某”活动; 某地启动民族团结
    “某某”…): the news item is that programme's, by any name the text gives it. A headline whose body
    opens it (某县侨联开展…) is that body's, and is read before this."""
    if _told(sentence):
        return None
    opening = sentence.start
    regions = {m.start: m.end for m in extraction.mentions if m.cls == "Region" and m.sentence == sentence.index}
    while opening in regions:
        opening = regions[opening]
    opening += 1 if text[opening:opening + 1] in ("“", "「") else 0
    # 某市“某某”行动结对帮扶村庄120个: a headline that opens with the programme, by its head, is its news, but
    # not the title of a yearly account that opens with a slogan (“同心”聚力——2023年某市统一战线工作综述)
    summary = ACCOUNT_TITLE.search(sentence.text) is not None
    for index, mention in enumerate(extraction.mentions):
        if mention.cls != "Initiative" or len(mention.name) < 3:
            continue
        position = text.find(mention.name, sentence.start, sentence.end)
        if position < 0:
            continue
        end = position + len(mention.name)
        headed = mention.surface.endswith(PROGRAMME_HEADS) or PROGRAMME_HEAD.match(text, end, sentence.end)
        if not summary and (LAUNCHED.search(text, max(sentence.start, position - MAX_LAUNCH_GAP), position)
                            or position == opening and headed):
            return index
    return None


def _founded_in_headline(extraction: Extraction, text: str, sentence) -> int | None:
    """The society a headline says a place founded (某县某村成立“乡贤联谊会”): the news item is that society's,
    when no body opens the headline."""
    if _told(sentence):
        return None
    for index, mention in enumerate(extraction.mentions):
        if mention.sentence == sentence.index and mention.cls in ("Association", "Organization") \
                and FOUNDED.search(text, max(sentence.start, mention.start - MAX_FOUNDED_GAP), mention.start):
            return index
    return None


def _event_held_by_verb(extraction: Extraction, text: str, sentence) -> int | None:
    """The event a news item's opening says a body held, when a purpose clause keeps that body from
    opening it (本报讯 为深入学习…，某部举办了某某知识竞赛，现已圆满收官): the news is that event's.
    So is one a place held with those who take part said before its name (某区举办各街道与各党派基层委携手同行活动)."""
    for index, mention in enumerate(extraction.mentions):
        if mention.cls == "Initiative" and sentence.start <= mention.start < sentence.end \
                and (any(HOLDING.fullmatch(text, at, mention.start) for at in range(max(0, mention.start - 12), mention.start))
                     or HOLDING_FAR.search(text, max(sentence.start, mention.start - MAX_HELD_GAP - len("举办了")),
                                           mention.start)):
            return index
    return None


def _authored(extraction: Extraction, text: str, by_sentence: dict[int, list[int]], sentence) -> int | None:
    """A party committee or association named as a page's author (作者：民盟某市委会), or the body a news
    page gives as its source (信息来源：市委统战部): the news is its own account. A news agency, paper or site given as
    the source (来源：某某新闻社某分社) only published the page."""
    for index in by_sentence.get(sentence.index, []):
        mention = extraction.mentions[index]
        if mention.cls in ("Association", "PoliticalParty") and text[max(0, mention.start - 3):mention.start] \
                in ("作者:", "作者：") and mention.parent_name is not None:
            return index
        if mention.cls in LEAD_ACTOR_CLASSES and SOURCE.fullmatch(text, max(0, mention.start - 5), mention.start) \
                and not MEDIA_NAME.search(mention.name) \
                and not any(OWN_SUMMARY.search(line.text) for line in extraction.sentences[:MAX_PAGE_TOP]
                            if line.index < sentence.index) \
                and not _title_body(extraction, by_sentence, sentence.index):
            return index  # (a department's own summary stays the region's; a title's body is the text's)
    return None


def _heading_body(extraction: Extraction, by_sentence: dict[int, list[int]], sentence) -> int | None:
    """The body a heading consists of, and nothing else (市侨联; 一、县工商联), or None."""
    candidates = by_sentence.get(sentence.index, [])
    if len(candidates) != 1:
        return None
    mention = extraction.mentions[candidates[0]]
    rest = (sentence.text[:mention.start - sentence.start] + sentence.text[mention.end - sentence.start:]).strip()
    return candidates[0] if mention.cls in LEAD_ACTOR_CLASSES and HEADING_NUMBER.fullmatch(rest) else None


def _named_after_colon(extraction: Extraction, text: str, by_sentence: dict[int, list[int]], sentence) -> int | None:
    """A headline that closes on a body after a colon (某某之星当选集体：某区工商联; 先进集体风采：某县侨联): the
    text is that body's profile, its figures that body's."""
    if _told(sentence):
        return None
    end = sentence.start + len(sentence.text.rstrip())
    return next((index for index in by_sentence.get(sentence.index, [])
                 if extraction.mentions[index].end == end and extraction.mentions[index].cls in LEAD_ACTOR_CLASSES
                 and text[extraction.mentions[index].start - 1:extraction.mentions[index].start] in (":", "：")
                 and not SITE_FIELD.search(text, sentence.start, extraction.mentions[index].start - 1)), None)


# 主办单位：某某报社 over a page: the site's owner in its field, no headline on the body the text is about
SITE_FIELD = re.compile(r"(?:主办|主管|承办|协办|运营|运维|维护)单位\s*$")


def _title_body(extraction: Extraction, by_sentence: dict[int, list[int]], before: int) -> bool:
    """Whether the title above a page's source line names a body of its own (当选集体：某区工商联 / 来源：某基金会):
    the source is the page that published it, the body the text is about is the title's."""
    return any(extraction.mentions[index].cls in LEAD_ACTOR_CLASSES
               for line in extraction.sentences[:min(before, 1)] for index in by_sentence.get(line.index, []))


def _told_by_host(extraction: Extraction, text: str, candidates: list[int], host: int, end: int) -> int | None:
    """记者从某市政府新闻办公室召开的…新闻发布会上了解到，今年以来，某市委统战部…: a press conference's host gives the
    word to others; the body opening what the reporter was told is the news's, if one does."""
    if not PRESS_CONFERENCE.match(text, extraction.mentions[host].end, end):
        return None
    told = TOLD.search(text, extraction.mentions[host].end, end)
    if told is None:
        return None
    position = told.end() + (text[told.end():told.end() + 1] in "，,")
    actor = _opening_actor(extraction, text, candidates, position)
    return actor if actor != host else None


def _heard_at_programme_meeting(extraction: Extraction, text: str, candidates: list[int], start: int, end: int) -> int | None:
    """The programme of the meeting a reporter heard the news at (记者从日前召开的某省“某某”行动表彰会上了解到)."""
    told = TOLD.search(text, start, end)
    if told is None:
        return None
    for index in candidates:
        mention = extraction.mentions[index]
        if mention.cls == "Initiative" and start <= mention.start and mention.end <= told.start() \
                and PROGRAMME_MEETING.match(text, mention.end, told.end()):
            return index
    return None


def _meeting_programme(extraction: Extraction, text: str, candidates: list[int], sentence) -> int | None:
    """The programme a region's meeting at the opening is on (9月27日，某市召开“某某”行动推进会): the news
    is that programme's, and so are the figures that name no actor."""
    for index in candidates:
        mention = extraction.mentions[index]
        if mention.cls != "Initiative" or text[mention.start - 2:mention.start] != "召开":
            continue
        held_by = [other for other in extraction.mentions  # regions are not among the candidate subjects
                   if other.sentence == sentence.index and other.end == mention.start - 2]
        if held_by and all(other.cls == "Region" for other in held_by) \
                and MEETING.match(text, mention.end, sentence.end):
            return index
    return None


def _contributor(extraction: Extraction, text: str, by_sentence: dict[int, list[int]]) -> int | None:
    """The body that contributed a text, named in its closing line ((某区委统战部供稿), 供稿：某县侨联):
    the text is its own account, and the figures that name no other actor are its work."""
    for sentence in extraction.sentences[-2:]:
        if not CONTRIBUTED.fullmatch(sentence.text.strip()):
            continue
        for index in by_sentence.get(sentence.index, []):
            mention = extraction.mentions[index]
            if mention.cls in LEAD_ACTOR_CLASSES and text[mention.end:mention.end + 2] in ("供稿", "）", ")") \
                    or mention.cls in LEAD_ACTOR_CLASSES and text[mention.start - 3:mention.start].endswith(("供稿：", "供稿:")):
                return index
    return None


def paragraph_frames(extraction: Extraction, text: str, by_sentence: dict[int, list[int]]) -> dict[int, int]:
    """Paragraphs whose first sentence opens with a programme or event, which frames their figures:
    “某某文化周”期间，签约项目60个; 9月5日，由市委统战部主办的“某某论坛”在某地开幕。"""
    frames: dict[int, int] = {}
    for sentence in extraction.sentences:
        if sentence.paragraph in frames or (sentence.index and
                                            extraction.sentences[sentence.index - 1].paragraph == sentence.paragraph):
            continue
        position = sentence.start
        date = DATE_OPENING.match(text, position, sentence.end)
        if date:
            position = date.end()
        first_clause_end = position
        while first_clause_end < sentence.end and text[first_clause_end] not in CLAUSE_BREAKS:
            first_clause_end += 1
        for index in by_sentence.get(sentence.index, []):
            mention = extraction.mentions[index]
            if mention.cls == "Initiative" \
                    and RAN_SINCE.search(text, max(sentence.start, mention.start - MAX_RAN_SINCE), mention.start) \
                    and RAN_SINCE_END.match(text, mention.end, sentence.end):
                frames[sentence.paragraph] = index  # 某区自2012年实施“某某工程”以来，…: the paragraph tells the
                break  # programme's progress since it began (in whichever clause)
            if mention.cls != "Initiative" or not position <= mention.start < first_clause_end:
                continue
            opens = mention.start - position <= 1 or SPONSORED.fullmatch(text, position, mention.start)
            if opens and EVENT_FRAME.match(text, mention.end, sentence.end):
                frames[sentence.paragraph] = index
                break
            if SINCE_OPENING.fullmatch(text, position, mention.start) and PROGRAMME_SINCE.match(text, mention.end, sentence.end):
                frames[sentence.paragraph] = index  # 自“某某”行动开展以来，…: the paragraph tells the programme's progress
                break
        this = THIS_PROGRAMME.match(text, position, sentence.end) if sentence.paragraph not in frames else None
        if this is not None:  # 很快，此项志愿行动纳入…: the programme of that kind named last before the paragraph
            kind = this.group(1)
            of_kind = {m.name for m in extraction.mentions if m.cls == "Initiative"
                       and kind in text[m.start:m.end + PROGRAMME_KIND_SPAN]}
            named = [index for index, mention in enumerate(extraction.mentions)
                     if mention.cls == "Initiative" and mention.end <= sentence.start and mention.name in of_kind]
            if named:
                frames[sentence.paragraph] = max(named, key=lambda index: extraction.mentions[index].start)
        if sentence.paragraph not in frames and sentence.index and RESULTS_SO_FAR.match(text, sentence.start, sentence.end):
            run = _programme_run(extraction, text, extraction.sentences[sentence.index - 1].paragraph)
            if run is not None:
                frames[sentence.paragraph] = run
    return frames


LIST_ITEM_ENDS = ("；", ";", "﹔")  # the parts of one sentence a list joins
# 一是, 其二, 第三，: the marker of an item of a paragraph's enumeration
ITEM_MARK = re.compile(r"[一二三四五六七八九十]是|其[一二三四五六七八九十][，,、]|第[一二三四五六七八九十][，,、]")
# 一是实施某某计划。: an item whose lead sentence only runs one programme
# an item's lead: 打造 too, and a programme the actor helps run (帮扶实施“某某工程”)
ITEM_RUNS = re.compile(f"(?:{RUN_ADVERBS}|创新|帮扶|协助|助力)?(?:{RUN_VERBS}|打造)了?[“「]?")


def item_frames(extraction: Extraction, text: str) -> dict[int, int]:
    """Sentences of an enumerated item whose lead only runs one programme (一是实施某某计划。…。二是…): the programme
    frames the figures of the item's later sentences, up to the next item or the paragraph's end."""
    frames: dict[int, int] = {}
    current: int | None = None
    named: dict[int, list[tuple[int, Mention]]] = {}  # every mention of each sentence, by index
    for index, mention in enumerate(extraction.mentions):
        named.setdefault(mention.sentence, []).append((index, mention))
    for sentence in extraction.sentences:
        mark = ITEM_MARK.match(text, sentence.start, sentence.end)
        if mark is not None or (sentence.index and extraction.sentences[sentence.index - 1].paragraph != sentence.paragraph):
            current = None
            if mark is not None:
                current = _item_programme(text, sentence, mark.end(), named.get(sentence.index, []))
                continue
        if current is not None:
            frames[sentence.index] = current
    return frames


def run_frames(extraction: Extraction, text: str) -> dict[int, int]:
    """The later parts of a sentence joined by semicolons whose first part opens by running one programme, with no
    actor of its own (实施某某提升行动，重点扶持…，投入600余万元；对于某某，投入资金400余万元…；…。): the programme
    frames the figures of those parts, up to the full stop."""
    frames: dict[int, int] = {}
    current: int | None = None
    first_named: dict[int, int] = {}  # each sentence's first mention
    for index, mention in enumerate(extraction.mentions):
        first_named.setdefault(mention.sentence, index)
    for sentence in extraction.sentences:
        previous = extraction.sentences[sentence.index - 1] if sentence.index else None
        joined = previous is not None and previous.paragraph == sentence.paragraph \
            and previous.text.rstrip().endswith(LIST_ITEM_ENDS)
        if joined and current is not None:
            frames[sentence.index] = current
            continue
        current = None
        verb = ITEM_RUNS.match(text, sentence.start, sentence.end)
        if verb is None or not sentence.text.rstrip().endswith(LIST_ITEM_ENDS):
            continue
        opening = first_named.get(sentence.index)
        if opening is not None and extraction.mentions[opening].cls == "Initiative" \
                and verb.end() <= extraction.mentions[opening].start <= verb.end() + 1:
            current = opening
    return frames


PROFILED_SEX = re.compile(SEX_AFTER_NAME)


def profile_frames(extraction: Extraction, text: str) -> dict[int, int]:
    """The sentences after a person's profile (某某某，女，民建会员。履职情况：提交提案2件…), up to the next profile
    or the paragraph's end: each person's record, so the person's figures. The profile opens its sentence or
    follows a colon (名单如下：某某某，女，…)."""
    frames: dict[int, int] = {}
    for index, mention in enumerate(extraction.mentions):
        sentence = extraction.sentences[mention.sentence]
        before = text[sentence.start:mention.start].strip()
        if mention.cls == "Person" and PROFILED_SEX.match(text, mention.end) and (not before or before.endswith(("：", ":"))):
            for later in extraction.sentences[sentence.index:]:
                if later.paragraph != sentence.paragraph:
                    break
                frames[later.index] = index
    return frames


def _item_programme(text: str, sentence, position: int, named: list[tuple[int, Mention]]) -> int | None:
    """The programme an item's lead sentence (with its mentions, `named`) runs and does nothing else with
    (一是实施某某计划。), else None."""
    verb = ITEM_RUNS.match(text, position, sentence.end)
    if verb is None or len(named) != 1 or named[0][1].cls != "Initiative" or named[0][1].start > verb.end() + 1:
        return None
    index, mention = named[0]
    closing = text[mention.end:sentence.end].strip()
    return index if ITEM_PROGRAMME_CLOSE.fullmatch(closing) else None


def _programme_run(extraction: Extraction, text: str, paragraph: int) -> int | None:
    """The one programme a paragraph's first sentence says is run (某县继续深化“某某”行动，…)."""
    first = next(sentence for sentence in extraction.sentences if sentence.paragraph == paragraph)
    run = {mention.name: index for index, mention in enumerate(extraction.mentions)
           if mention.sentence == first.index and mention.cls == "Initiative"
           and RUNS_PROGRAMME.search(text, max(first.start, mention.start - MAX_RUN_VERB), mention.start)}
    return next(iter(run.values())) if len(run) == 1 else None
