"""What a report says about itself: title, covered region, year, publisher and date.

Reports open with their title (…——2022年黔南州统一战线工作综述) and often close
with a source line (贵州日报2023-2-28); both are read from the text itself. A news
item says where it is in its dateline (新华社南京3月2日电), in the place of its meeting
(9月27日，某市召开…推进会), in the body the reporter heard from (记者从某县工商联获悉)
or in the body whose meeting or summary it is; a whole city's meeting held in a county
(全市…推进会在某县召开) and a place only visited (组团赴某省) are not where it is, a full name
(某省某市) stands for its last place, and a local paper (今日某县, 某市日报讯) or a yearbook
(《某市年鉴》) names its own place. When it is comes from the dateline, the publication date
(a closing source line, a labelled header or a page's timestamp), 今年以来 with the publication
year, or the years the opening names, those of background (于1994年, 截至2013年底) aside; a text
that names no year at all is no earlier than the newest event it names (二十大, 二十届三中全会,
疫情防控, “十三五”收官之年, 建党100周年: year_anchors.csv). The host of a visit (某会接待…) is
where a news item is, and the township whose body the opening names under the title's place
(title 某市基层侨联…, opening 某市某街道侨联…) is more specific than that place.
A page's navigation above the title (当前位置：首页 > …, 上一版 下一版, a section label such as
某市) is skipped, and so is a photograph's caption glued before the dateline (…颁奖。（图片来源：某网）) and the
report a news item retells (／据某网报导，); a local association the opening names after a full name
(广东某市侨商会…举办年会) places the news in the last place of that name. A page's publication date is
the date, not a year of the text. A news item
is of the year its event is held: a meeting told on its day (3月1日，某会召开…) is news
whatever the next lines look back on; one that speaks of 今年 is of its publication year;
one named after the year it sums up (2022年度工作总结表彰大会召开) and published the year after,
and one that reviews 去年 with no date, is of the year after the year it reviews.
"""
from __future__ import annotations

import csv
import itertools
import re
import unicodedata
from functools import cache

from .gazetteer import LEVELS, short_names
from .model import ReportMeta
from .numbers import parse_number
from .page import (BREADCRUMB, BYLINE, BYLINE_LINE, HEARD_FROM, INDEX_ROW, LUNAR_DAY, NEWS_PREFIX, OUTLETS_LINE,
                   PAGE_PROMPT, PURPOSE, SITE_CHROME, SITE_CLOCK, SLOGAN, SOURCE_AUTHOR_LINE, WHERE_ON_SITE)
from .paths import lexicon_path

YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?!代)")  # not the end of 20162018年, a range run together; 1980年代 a decade
DATE = re.compile(r"((?:19|20)\d{2})\s*(?:[-./年]|\s(?=\d{1,2}/))\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?")  # or 2025 05/15
SOURCE_LINE = re.compile(
    r"^(?:(?:来源|来源于|稿件来源|发布单位|发布|供稿)[:：]?\s*)?《?(?P<publisher>[\u4e00-\u9fffA-Za-z0-9·]{2,20}?)?》?\s*"
    r"(?:(?:发布时间|发布日期|时间|日期)[:：]?\s*)?"
    r"(?P<date>(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?)\s*$"
)
# a label line near the top: 来源：某某日报  发布时间：2023-03-02 (or 发布：2023-03-02)
# (its colon may have been lost in decoding the page: 时间\ufffd2022-01-20)
LABELLED_DATE = re.compile(r"(?:(?:发布时间|发布日期|发稿时间|发文时间|发文日期|发布|时间|日期)[:：/\ufffd]|(?<![A-Za-z])(?:[Dd]ate|DATE)[:：\s])\s*(?P<date>(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?)")
# a page's timestamp line: 某某网 2023-01-13 15:33:05, 某报 P08 | 某地新闻 2011-09-02 (a paper's page and section)
# (a page's update stamp after its time: 2020/7/16 17:38（7/16 17:51 更新）)
LEADING_DATE = re.compile(r"(?:[^\s，。,：]{1,40}\s+){0,5}(?P<date>(?:19|20)\d{2}\s*(?:[-./年]|\s(?=\d{1,2}/))\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*[（(][^（()）]{0,20}更新[）)])?\s*[|｜]?\s*(?:来源|[^\s，。,；]{0,12}$|"
                          r"(?:\s*(?:阅读|评论|浏览|点击|点赞)(?:量|数|次数)?\s*[:：]?\s*\d+)+\s*$)")  # admin 2025-09-14 阅读:4 评论:0
# a date with its clock above the text is a page's timestamp, whatever fields follow it (a sentence never writes the
# time of day after a full date): 2021/12/27/ 18:28 来源:…, 2024-09-05 11:45:28 稿件来源:… 编辑:…, 某网 2013-5-22 8:54:41 …,
# 某报·2025-05-31 06:16
TIMESTAMP = re.compile(r"(?:[^\s，。,：·]{1,40}(?:\s+|·\s*)){0,5}(?P<date>(?:19|20)\d{2}\s*(?:[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}[/／]?\s+|\s\d{1,2}/\d{1,2}\s+"
                       r"|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*))\d{1,2}:\d{2}(?::\d{2})?(?!\d)")  # or 2025年01月23日22:40:52
LABELLED_SOURCE = re.compile(r"(?:来源|稿件来源|供稿|供稿单位|作者单位)[:：]\s*《?(?P<source>[\u4e00-\u9fffA-Za-z0-9·]{2,20}?)》?(?=\s|$|发布|时间|日期|作者|编辑|[|｜/，,])")
# a dateline: 新华社南京3月2日电, 本报成都讯, 中新网杭州2023年5月8日电 (记者 …)
DATELINE = re.compile(r"(?:社|网|报|台|频道)\s*(?P<place>[\u4e00-\u9fff]{2,8}?)\s*(?:(?P<year>(?:19|20)\d{2})年)?"
                      r"(?P<month>\d{1,2})月(?P<day>\d{1,2})日\s*[电讯]")
# 某网2月24日某市消息: a site's dateline that gives the day before the place, and calls its news 消息
DAY_FIRST_DATELINE = re.compile(r"(?:社|网|报|台|频道)\s*(?:(?P<year>(?:19|20)\d{2})年)?(?P<month>\d{1,2})月(?P<day>\d{1,2})日"
                                r"\s*(?P<place>[\u4e00-\u9fff]{2,8}?)\s*(?:消息|电|讯)")
# (怡保8日讯): a dateline in brackets that names the place and the day alone, as Malaysia's Chinese papers write it
BRACKETED_DATELINE = re.compile(r"^[（(]\s*(?P<place>[\u4e00-\u9fff]{2,8}?)\s*(?:\d{1,2}月)?\d{1,2}日\s*[讯电][）)]")
# 本报成都讯, 某某网某县讯 (记者 …): a paper's or site's dateline that names its place but no day
PLACE_DATELINE = re.compile(r"^[^，,。；\s（(]{0,12}?(?:社|网|报|台|频道)\s*(?P<place>[\u4e00-\u9fff]{2,8}?)讯")
# (记者某某/某县报导): a byline that names the place it was filed from, as Taiwan's papers write it
BYLINE_PLACE = re.compile(r"[（(〔【\[]\s*(?:本报|中央社)?记者\s*[^）)〕】\]/／]{1,12}?\s*[/／]\s*"
                          r"(?P<place>[\u4e00-\u9fff]{2,6}?)\s*(?:报导|报道)\s*[）)〕】\]]")
# 中新网2月10日电: a wire's dateline that names no place, news all the same
WIRE = re.compile(r"^\s*[^\s，。,]{0,12}?(?:社|网|报|台)\s*(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日\s*电")
# what opens a news item before its matter: the prefix (某报讯, 新华社某地3月2日电, (记者 …)) and the day
# (某网讯 12月27日电: a site's 讯 and a wire's day together, a colon after)
_NEWS_PREFIX = rf"(?:{NEWS_PREFIX})?{BYLINE}"
_DAY = r"(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日"
# 据某网报道，after the dateline: whose report the news is retold from
_RETOLD = r"(?:[／/]\s*)?(?:据[^，,。；]{1,20}?(?:报道|报导|消息)[，,]\s*)?"
FIRST_STOP = re.compile("[。；;！？﹔﹖﹗]")  # where a line's first sentence ends, at the small forms some pages print too
OPENING_COUPLET = re.compile(r"\s*[\u4e00-\u9fff]{3,7}[，,][\u4e00-\u9fff]{3,7}[。！!]")  # two short clauses, a mood
PURPOSE_CLAUSE = re.compile(PURPOSE)
SLOGANS_LEAD = re.compile(rf"^(?:{SLOGAN}){{2,}}(?:……|…|——)?[，,]?(?:今年以来|近年来|一年来|去年以来)[，,]")
# the day a news item opens on: with its month, or alone after a dateline that gave it (…电（记者某某）23日，),
# or a span of days (5月9日—10日), or the span a summary looks back on (近年来, 今年以来)
_CLOCK = r"(?:[上下]午|晚上?|早上|中午)?\d{1,2}[时点](?:\d{1,2}分|半)?"  # 8月14日上午10时: the hour of the day
NEWS_OPENING = re.compile(rf"^{_NEWS_PREFIX}{_RETOLD}(?:{PURPOSE})?(?:(?:{_DAY}|\d{{1,2}}日)(?:{_CLOCK}|[上下]午|晚|(?:至|—|－|-)\d{{1,2}}日)?"
                          rf"|近日|日前|近期|近年来|近年來|今年以来|一年来|去年以来)?[，,\s]*")
EVENT_VERBS = ("召开", "举行", "举办", "开幕", "启动", "成立", "组织召开", "隆重召开", "隆重举行", "成功举办",
               "接待", "会见", "宴请")  # the host of a visit (某会接待某市代表团) is where it happens
HEARD_FROM_BODY = re.compile(rf"{HEARD_FROM}(?P<body>[^，。,；]{{2,30}}?)(?:获悉|了解到|得知|悉)")
# a news item retold from a body's own notice (据某县外侨办消息，…): like a reporter's source, the body's place
RETOLD_FROM_BODY = re.compile(r"据(?P<body>[^，。,；]{2,20}?(?:办|局|部|委|会|联))(?:网站)?消息")
# the bodies whose place opens a news item's first sentence (近日，某市委统战部组织…, 某县工商联开展…)
ACTOR_HEAD = re.compile(r"委|人民政府|政府|人大|政协|工商联|侨联|台联|统战部|民宗局|民宗委|台办|总商会|新联会|知联会|党委|党工委")
# the heads of a local association that the place before them owns (某县侨商会, 某市同乡会, 某区商会)
FELLOWS = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:同乡|乡亲|联乡)")
# (某地多个侨团, 某地华人: the place's community abroad, the news's place as a society of it is, but not the first
# words of a society's name: 某国华人慈善会)
LOCAL_HEAD = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:商会|商总会|同乡会|联谊会|促进会|协会)"
                        r"|(?:多个|各|众多|部分)?(?:侨团|社团|团体|侨界|华人|华侨|侨胞)(?![\u4e00-\u9fff]{0,4}?会)")
# 某某推介会11月30日在某县举行: an event (not a body) held on its day in a place
EVENT_HELD_AT = re.compile(r"(?:会|仪式|活动|典礼|论坛|大赛|节|展)[”」]?\s*(?:\d{1,2}月\d{1,2}日(?:[上下]午|晚)?)?在"
                           r"(?P<place>[^，。,；“”「」\s]{2,24}?)(?:隆重)?(?:举行|召开|举办|开幕)")
GATHERED_AT = re.compile(r"(?:齐聚|相聚|云集|汇聚|欢聚)(?P<place>[\u4e00-\u9fff]{2,12})")
# a body's branch named after a place (某某分会, 某某支社, 某区总支), the place right before its head
BRANCH = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,5}?)(?:分会|支会|分社|支社|基层委|总支|支部)")
MAX_BRANCH_AT = 40  # characters of a news item's first sentence its branch is named within
HELD_IN = re.compile(r"在(?P<place>[^，。,；“”]{2,20}?)(?:召开|举行|举办|开幕)")
# a body of a township or street named with its county or city: 某市某街道侨联, 某县某镇商会
LOCAL_BODY = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,4}?[市县区旗])(?P<local>[\u4e00-\u9fff]{2,4}?(?:街道|镇|乡))"
                        r"(?P<head>侨联|商会|工商联|新乡贤联谊会|乡贤联谊会|统战|党委|党工委|人民政府|政府|办事处)")
# a summary looks back on a year and is published after it; a news item is published when it happens
SUMMARY_TITLE = re.compile(r"综述|总结|回眸|纪实|回顾|年报|年度")
THIS_YEAR = re.compile(r"今年以来|今年[1-9一二三四五六七八九十]|今年，")
# a title's covered place written without its level, in the slot before the work it sums up
# (——2021年某某统战工作综述): a city whose name is also a word (大同, 安康) is still the city there
TITLE_SLOT = re.compile(r"(?:^|——|—|\s|：|:)(?:(?:19|20)\d{2}年度?)?(?P<place>[\u4e00-\u9fff]{2,6}?)(?:(?:19|20)\d{2}年度?)?"
                        r"(?:统一战线|统战|民族宗教|侨务|工商联)工作(?:综述|总结|回眸|纪实|回顾)")
CHINESE_YEAR = re.compile(r"([〇零一二三四五六七八九]{4})年")
CHINESE_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
# a year of background, not of the report: 于1994年, 自2016年起, 截至2013年底, 由2009年的…
HONOURS_OF = re.compile(r"荣获|表彰|授予|颁发")
MAX_HONOURS_GAP = 4
AS_OF_YEAR = re.compile(r"截[至止]\s*((?:19|20)\d{2})\s*年(?:底|末|年底|年末|\s*\d{1,2}\s*月|(?=[，,]))")
FOUNDED_IN = re.compile(r"(?:成立|创建|创办|创立|组建|始建|建立)于$")  # 成立于1984年10月, 创办于1936年9月: when a body began, background
# 某委2009年5月成立: when a body began, told inside a sentence (not 成立大会, 成立仪式: the news's own event)
FOUNDED_AFTER = re.compile(r"\s*(?:\d{1,2}\s*月(?:份)?\s*(?:\d{1,2}\s*日)?)?\s*(?:成立|组建|创建)(?![大会仪])")
FROM_YEAR_TO = re.compile(r"(?:从|自|從)\s*(?:19|20)\d{2}\s*年\s*(?:至|到|—|－|-)\s*$")  # 从2021年至|2023年: a period's end
# 2028年前, 2025年底前 (not 2023年前三季度, 前10个月: the first part of that year): a deadline after a year
DEADLINE_AFTER = re.compile(r"[底末]?之?前(?![一二三四五六七八九十两半\d])")
HISTORICAL_YEAR = re.compile(r"(?:于|自|从|截至|截止|早在|始于|由|与|较|比)\s*$")  # 与2016年…相比: a base compared with
# a page's navigation and masthead above the title: 首页 > 党派团体, 当前版:02版, 发布日期: (empty), 打印
BOILERPLATE = re.compile(rf"{WHERE_ON_SITE}|{BREADCRUMB}|{SITE_CHROME}|"
                         r"[上下]接第?[\d一二三四五六七八九十]{1,3}版|第\s*\d{1,3}\s*版|【字体】|微信号?[:：]\s*[A-Za-z][A-Za-z0-9_-]{4,}|出版日期|往期回顾|高级检索|首页\s*[>＞]|[>＞]\s*正文|通版|当前版|版面目录|版面导航|上一版|下一版|上一篇|下一篇|放大\s*缩小|数字报|移动版|点击|打\s*印|^logo|^\d+版|^第?[\d一二三四五六七八九十]+版[:：]"
                         r"|^[^\u4e00-\u9fff]*$|^[\u4e00-\u9fff]{1,6}[:：]$|^[\u4e00-\u9fff]{1,4}$|^其他$"
                         r"|^[^，,。：:\s]{0,10}(?:手机版|手機版|公众号|公眾號|官网|官網)$"  # 手机版官网, 某会公众号: the site's links
                         r"|^(?:[^|｜，。]{1,6}[|｜]){2,}[^|｜，。]{1,6}$")  # 首页 |简介 |征订 |投稿须知: a site's menu bar
# 中国某某网(通讯员 …): the site that carries the piece, and its reporters, before the text's first words
MEDIA_BYLINE = re.compile(r"^[^，,。；\s（(]{2,12}?(?:网|日报|晚报|电视台|融媒体中心)\s*[（(](?:本报|本网|特约)?(?:记者|通讯员)[^）)]{0,30}[）)]")
PAGE_PROMPTS = re.compile(PAGE_PROMPT)  # above the title, none of them the text
EMPTY_LABEL = re.compile(r"^[\u4e00-\u9fff]{1,6}[:：]$")  # a page's label whose value it left out: 新闻分类:
FONT_SIZE = re.compile(r"^(?:字体|字號|字号|字體)\s*[:：]?\s*【?(?:\s*[大中小])*】?$")  # 字体: 大 中 小 under a title, its buttons
# a page's button or label of its own line: 小字号, 打印, and a share button named in Latin letters (Qzone)
BUTTON = re.compile(r"^(?:[\u4e00-\u9fff]{1,4}|[A-Za-z]{2,12})$")
# 某某部 http://www.… 2021-03-18 【阅读】: a site's masthead with its address, however long; a paper's with its
# registration number and phone lines (国内统一刊号:CN… 广告热线:…)
MASTHEAD = re.compile(r"https?://|www\.[a-z0-9-]+\.|统一刊号|广告热线|订阅热线")
OUTLETS = re.compile(OUTLETS_LINE)  # □某某日报/某某晚报/某某新闻: a masthead, no title
# a yearbook's source: 《某市年鉴•2012》 names the place it covers
YEARBOOK = re.compile(r"(?:《|[/／>＞]\s*)(?P<place>[\u4e00-\u9fff]{2,8}?)年鉴")  # or in a page's path: 数字史志 / 某省年鉴
# a field of a page's header under its title (发布时间：…, 来源：…, a bare separator), not its title nor its text
# (its colon may have been lost in decoding the page, as LABELLED_DATE's)
HEADER_FIELD = re.compile(r"^(?:[\s|｜/／·•_=-]*$|(?:发布时间|发布日期|发表时间|发稿时间|发文时间|发文日期|更新时间|时间|日期|来源|稿件来源|资料来源|信息来源|作者|编辑|责任编辑|"
                          r"浏览次数|浏览|点击数|阅读|字体大小|字号大小|字號大小|字體大小|字号|字体|字號|字體|分享|关键词|关键字|标签)\s*[:：\ufffd]"
                          r"|(?:人气|点击量|阅读量)\s*[:：]?\s*\d+$"  # 人气 17: a page's count of readers
                          # a periodical's issue: 某某杂志 2018年5期
                          r"|[\u4e00-\u9fff]{2,10}\s*(?:19|20)\d{2}\s*年\s*第?\d{1,3}\s*期$"
                          rf"|{BYLINE_LINE})")  # 记者 某某
# the labelled fields a page glues to the start of its text (发布时间:2018-09-03 来源:)
GLUED_FIELDS = re.compile(r"(?:(?:发布时间|发布日期|时间|日期|来源|作者|编辑)[:：]\s*(?:(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}\s*)?)+")
WEEKDAY_CLOCK = re.compile(rf"^{SITE_CLOCK}$")  # a site's clock alone on its line
# a date of digits alone on its line: 11.02.2015  11:29, 2025 05/15 09:03:06
NUMERIC_DATE = re.compile(r"^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|(?:19|20)\d{2} \d{1,2}/\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
# 发布: 3:57pm 04/09/2023: a posting label, its clock, then the day, month and year
POSTED_DAY_FIRST = re.compile(r"^(?:发布|發佈|發布)\s*[:：]\s*(?:\d{1,2}:\d{2}\s*[AaPp][Mm]\s+)?(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})$")
# 05.01.2016  16:40: a timestamp with its year last, read day first as such sites write it
DAY_FIRST_DATE = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
# 上一版 下一版 2019年2月19日 星期 放大 缩小 默认: a paper's date among its edition's buttons
CHROME_DATE = re.compile(r"(?:[^\s，。,：]{1,40}\s+){0,5}(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
                         r"(?:\s+[^\s，。,；：]{1,6}){0,6}\s*$")
# a paper's page path: 某某日报/2024 年/12 月/26 日/第 005 版
PAPER_PATH_DATE = re.compile(r"[/／]\s*(?P<date>(?:19|20)\d{2}\s*年\s*[/／]\s*\d{1,2}\s*月\s*[/／]\s*\d{1,2}\s*日)\s*[/／]")
VOLUME = re.compile(r"^(?:19|20)\d{2}\s*卷$")  # a yearbook's volume in a page's path: 2021卷
BULLET = re.compile(r"^(?:[•●▪◆■□○◇]|-(?=\s))\s*")  # a list's bullet before a page's fields: • 统一战线工作, - 发布时间:
# a local paper's news prefix or masthead names its place: 某市日报讯, 今日某县
PAPER = re.compile(r"^(?:今日(?P<today>[\u4e00-\u9fff]{2,4}?)(?:\s|$|数字报)|(?P<paper>[\u4e00-\u9fff]{2,4}?)(?:日报|晚报|新闻网?)讯?)")
SOCIETY = re.compile(r"[\u4e00-\u9fff]?(?:社联|社团|同乡会|联谊会|总会|联合会|商会|协会)")
# a society of people from a place (某地某县同乡会) going home (回乡, 返乡): the news is the home place's
PARTY_PREFIX = re.compile(r"中共|民革|民盟|民建|民进|农工党|致公党|九三学社|台盟")
PARTY_BEFORE = re.compile(rf"(?:{PARTY_PREFIX.pattern})$")
# 台湾同胞投资企业协会 of a mainland city: its members came from there; 某地友人某地义捐, 某省侨界…捐赠: the givers
# came from there
COMPATRIOTS = re.compile(r"同胞|台胞|侨胞|籍|友人|乡亲|客商|企业家|爱心人士|侨界")
HOMECOMING = r"(?P<home>[\u4e00-\u9fff]{2,8}?)(?:同乡会|同乡联谊会|乡亲会|同乡总会)[^，。,]{0,%d}?(?:回乡|返乡|回家乡|回到家乡)"
TITLED_HOMECOMING = re.compile(HOMECOMING % 12)
# 某地某某同乡会组织会员和某籍乡亲N人回乡参访: a news item's opening tells whom the society brought home, at more length
TOLD_HOMECOMING = re.compile(HOMECOMING % 30)
TOWNSHIP_LEVELS = ("镇", "乡")  # a society named after its home township by the township's name alone
OWN_PLACE = re.compile(r"我[市县区州]|本[市县区]")
# a journey to the text's own place (来我县学习, 莅临我市调研): the travellers came to the text's place
OURS_VISITED = re.compile(r"(?:来|到|莅临|走进|深入)我(?P<level>[市县区州])")
# the text's own people named after its place (某市统战人, 某县统一战线人): the place the text speaks for
OWN_PEOPLE = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,8}?)(?:统战人|统一战线人|统战干部群众|统战儿女)")
# the text's own share in a common cause, named after its place (贡献某市力量, 讲好某县统战故事, 彰显某区担当)
OWN_SHARE = re.compile(r"(?:贡献|彰显|展现|展示|讲好|擦亮)了?(?P<words>[\u4e00-\u9fff]{2,10}?)(?:力量|担当|作为|风采|故事)")
# a place above the text's own: whose honour its body won (获评某市先进), among whose units it is the only
# one (某市唯一获此殊荣的县级单位), whose meeting it attended (在某市…大会上获评), whose body guides it
# (在某市委统战部的指导下; 领导下 is said of the text's own party committee)
HONOURED_BY = re.compile(r"(?:获评|荣获|被评为|评为|入选|列入|授予|获得)$")
ONLY_ONE = re.compile(r"[^，。；,]{0,2}唯一")
ATTENDED = re.compile(r"[^，。；,]{0,24}?(?:(?:大会|会议|年会|论坛)上|指导下)")
# a site or a paper that names its place (来源：某县网, 《某市新闻网》, 某县融媒): the place it reports on
SITE = re.compile(r"(?:来源|稿件来源|供稿)[:：]\s*《?(?P<source>[\u4e00-\u9fff]{2,4}?)(?:新闻网|网|在线|融媒体?中心|融媒|发布|手机报|电视台|广播电视台)》?"
                  r"|《(?P<site>[\u4e00-\u9fff]{2,4}?)(?:新闻网|网|在线)》")
# a name in quotation marks (“某某春雨行动”): a place inside it is a word of the name, not where the text is
QUOTED_TITLE = re.compile(r"《[^《》]*》")
QUOTED = re.compile(r"“[^“”]{1,40}”|‘[^‘’]{1,40}’|「[^「」]{1,40}」")
# a meeting of the whole city held at a venue (全市…推进会在某县召开): the venue is not what it is about
# (市政协委员某某: a member's office says nothing of the text's place)
DEMOCRATIC_PARTY = r"民革|民盟|民建|民进|农工党|農工黨|致公党|致公黨|九三学社|九三學社|台盟"
WHOLE_SCOPE = re.compile(r"全([市县区州省])|我([市县区州省])|(?<![\u4e00-\u9fff])([市县区州])"
                         r"(?:委|政府|工商联|侨联|级|新的社会阶层|政协(?!委员|常委|副?主席))"
                         rf"|^(?:[^，,。；]{{0,12}}[，,]+)?(?:{DEMOCRATIC_PARTY})"
                         r"([市县區区州省])委")  # 3月5日，民进市委会一行…: the city's committee opening the news at work
# 民建省委、市委…: a committee listed after a democratic party's is that party's, which speaks for no place
PARTY_COMMITTEE_LISTED = re.compile(rf"(?:{DEMOCRATIC_PARTY})[\u4e00-\u9fff]{{0,6}}委会?、$")
OWN_SCOPE = re.compile(r"我([市县区州省])|全([市县区州省])(?:统一战线|统战系统|统战干部|统战战线|统战人)")
VENUE = re.compile(r"在(?P<place>[^，。,；“”\s]{2,12}?)(?:召开|举行|举办|开幕)")
# 邀请华侨华人到某地参观考察: guests come to the text's own place, which is not only visited
INVITED = re.compile(r"邀请|邀|吸引|欢迎")
MAX_INVITED_GAP = 12
# a place only visited (组团赴某省, 前往某市考察) is not where the travelling body is; 到 goes to a place when its
# work follows within a school's long name (到某区某某务工人员子女学校开展…)
VISITED = re.compile(r"(?:赴|前往|到访|来到|抵达|到(?=[\u4e00-\u9fff]{2,16}?(?:考察|学习|交流|参观|观摩|进行|开展))"
                     r"|在(?=[\u4e00-\u9fff]{2,8}?(?:进行|开展)了?[^，。,；]{0,8}?(?:考察|调研|捐助|捐赠|慰问|帮扶)))"
                     r"(?P<place>[\u4e00-\u9fff]{2,8})")
# 组团赴某省参加…大会: going to attend an event elsewhere is the travellers' news still
ATTENDING = ("参加", "出席", "参与", "列席", "应邀")
LEARNING = re.compile(r"学习|取经|观摩")  # 赴某县学习经验: learning from a place is the learners' news
# 某会发起倡议捐助某地抗疫: the place given to, not the givers' news
GIVEN_TO = re.compile(r"(?:捐助|捐赠|捐款|支援|援助|驰援|声援)(?P<place>[\u4e00-\u9fff]{2,8})")
# 各地侨界援助某县地震灾区, 某会善款捐赠到某旗灾区: the stricken place a title names is the news's
DISASTER_AREA = re.compile(r"(?:援助|驰援|支援|支持|助力|捐助|捐赠到|捐赠|送往|送到|慰问)(?P<place>[\u4e00-\u9fff]{2,10}?)"
                           r"(?:(?:地震|洪涝|洪水|水灾|旱灾|雪灾|火灾|受灾)?灾区"
                           r"|(?:山洪|地震|洪涝|洪水|水灾)?(?:灾害)?灾后(?:恢复)?重建"  # 援助某县灾后重建: the same
                           r"|(?:抗震|抗洪|抗旱|防汛)救灾)")  # 支持某县抗震救灾: the same
# 某市某某社团助某国灾民: who aids the stricken of a place or a country, as a title says it
AIDED_STRICKEN = re.compile(r"(?:援助|驰援|支援|捐助|赈济|募捐|助)(?P<place>[\u4e00-\u9fff]{2,10}?)"
                            r"(?:地震|洪涝|洪水|水灾|旱灾|雪灾|火灾|风灾|受灾)?(?:灾民|灾区|难民|灾胞)")
# 某州为某省抗疫捐款, 为某省受灾地区募捐: the givers' news
GIVEN_FOR = re.compile(r"为(?P<place>[\u4e00-\u9fff]{2,8}?)(?:抗疫|抗洪|抗震|抗灾|救灾|防疫|受灾|灾区|灾民)")
# 抗击日本侵略, 日军侵华: a country named as the enemy of a war the text recalls is not where it is
ENEMY = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,6}?)(?:侵略|侵华|帝国主义|军国主义|鬼子|法西斯)")
AIDED = re.compile(r"对(?:口)?(?P<place>[\u4e00-\u9fff]{2,8}?)的?(?:帮扶|扶贫|援建)")  # 开展对某省某县帮扶的考察: the place aided
# a body from above visiting (某省委统战部来某区调研, 莅临某县视察, 到某市督导): the place visited is where the
# news is; a journey to exchange or to learn (赴某省交流, 到某市考察学习) stays the travellers' news
VISIT_HERE = re.compile(r"(?:(?:来|莅临)(?P<place>[^到\s，。,；“”][\u4e00-\u9fff]{1,7}?)(?:[，,]就[^，。,；]{2,30}?(?:进行|开展))?"
                        r"(?:调研|考察|视察|检查|指导|督导|走访|慰问|宣讲)"
                        r"|到(?P<inspected>[^\s，。,；“”][\u4e00-\u9fff]{1,7}?)(?:调研|视察|检查|督导|指导)"
                        # 某工作组来到某市，围绕…，对…进行调研: the place come to, its survey told after what it is on
                        r"|来到(?P<reached>[^\s，。,；“”][\u4e00-\u9fff]{1,7}?)[，,](?:围绕着?|就|对)[^。；]{2,60}?"
                        r"(?:调研|视察|检查|督导))"
                        # 某会走进某区开展…, 某会走进某区活动: the place a body comes into to work or visit
                        r"|走进(?P<entered>[^\s，。,；“”][\u4e00-\u9fff]{1,7}?)(?:开展|活动|调研|考察|慰问)"
                        # 某部调研组调研某县某某工作: the place whose work is surveyed
                        r"|(?:调研|视察|督导)(?P<surveyed>[^\s，。,；“”我全各本该][\u4e00-\u9fff]{1,6}?[县区市旗州])"
                        r"(?=[^，。,；]{2,20}?工作)")
# the level right below a whole text's own (全省: its cities, 全市: its counties and districts)
SPECIAL_REGION = "特别行政区"
LEVEL_CHARS = "省市州县区"  # a body named by its level alone (市工商联): the text's own place's
PARTS = {"省": "prefecture", "市": "county", "州": "county"}
# 该镇, 全乡: a text that speaks of a township as its own, as 全县 does of a county
TOWNSHIP_SCOPE = re.compile(r"[该全本我]镇|[该全本我]乡(?![村镇亲贤愁情土音])")
MIN_TOWNSHIP_SCOPE = 2  # said once, it may be an example's township in a county's text
SCOPE_LEVELS = {"市": ("prefecture",), "州": ("prefecture",), "县": ("county",), "区": ("county",), "省": ("province",)}
# a news opening that dates an event (3月3日上午，某市召开…; 2022年1月9日至14日，…会议相继举行)
DATED_EVENT = re.compile(rf"{_NEWS_PREFIX}{_DAY}(?:[上下]午|晚)?(?:(?:至|—|-)(?:\d{{1,2}}月)?\d{{1,2}}日)?[，,\s]"
                         r"[^。；]{0,60}?(?:召开|举行|举办|开幕|启动|成立)")
# a meeting that reviews the past year (总结去年工作), not a comparison with it (较去年同期增长)
# 自治区侨联发出号召, 记者从省侨联获悉: a body named by its level alone, whose place the paper carrying it names
LEVEL_BODY = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[从据由丨]))(?P<level>自治区|省|市|州|县)"
                        r"(?:委统战部|统战部|工商联|侨联|台联|政协|民宗委|民宗局)")
LEVEL_BODY_LEVELS = {"自治区": "province", "省": "province", "市": "prefecture", "州": "prefecture", "县": "county"}
LOCAL_PAPER = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,4}?)(?:日报|晚报|广播电视台|电视台)")
# 2020年度工作总结会暨2021年工作部署会: a meeting that sums up one year and plans the next (not a summary and plan
# on paper: 2021年度工作总结暨2022年度工作计划 covers the first)
PLANNING_MEETING = re.compile(r"((?:19|20)\d{2})\s*年度?[^，。,]{0,8}?总结(?:表彰)?大?会[^，。,]{0,2}?暨\s*((?:19|20)\d{2})\s*年")
MAX_ABSTRACT_LINE = 15  # a catalogue's fields above a chronicle's entry (知识类型, 页码, 摘要 …)
PROFILE_TITLE = re.compile(r"(?:简介|概况)\s*$")
REVIEWS_LAST_YEAR = re.compile(r"(?:总结|回顾|盘点)去年|去年(?:度)?的?(?:工作|成绩|成效)")
# a meeting that sums up a named year's work (总结2022年工作, 回顾2022年度成绩), not half of it (上半年)
# 总结2022年工作, 总结了2021年度党务工作 (a meeting named for the year it reviews, 2021年度总结大会, alone says
# nothing: the golds give such meetings now the year reviewed, now their own)
REVIEWED_WORK = re.compile(r"(?:总结|回顾|盘点)了?\s*((?:19|20)\d{2})\s*年度?的?(?:全年)?[\u4e00-\u9fff]{0,4}?(?:工作|成绩|成效)")
# a news item's day, its year left out (6月29日，…), or its part of a month (1月下旬，…)
OPENING_DAY = re.compile(rf"{_NEWS_PREFIX}(?P<month>\d{{1,2}})月(?:\d{{1,2}}日|[上中下]旬[，,])")
# a news item's day told by the lunar calendar near its opening, past a dateline and an unbracketed byline
# (某网讯 通讯员某某报道 正月初四，…; 腊月二十，…)
LUNAR_DAY_OPENING = re.compile(rf"^[^。；]{{0,40}}?{LUNAR_DAY}[，,]")
# 本报讯（记者某某）昨日，…: a news item opening on a day told from when it was published
RELATIVE_DAY = re.compile(rf"{_NEWS_PREFIX}(?:昨日|昨天|今日|今天|近日|日前)")
RECENT_DAYS = re.compile(r"近日|日前")  # a day of the last few, anywhere in a line
NEWS_DAY = re.compile(rf"{_NEWS_PREFIX}(?P<month>\d{{1,2}})月(?P<day>\d{{1,2}})日")
DAY_LEAD = re.compile(r"\d{1,2}月\d{1,2}日[，,]")  # 1月23日，… (a day without its year, then a comma)
MONTH_OF_YEAR = re.compile(r"((?:19|20)\d{2})年(\d{1,2})月(?:(\d{1,2})日)?")  # 2024年9月, 2021年12月20日
# a period a summary's first sentence opens on, before the place whose work over it the summary tells
PERIOD_LEAD = re.compile(rf"{_NEWS_PREFIX}(?:近年来|近年以来|近几年来|今年以来|一年来|去年以来|多年来|(?:19|20)\d{{2}}年(?:以来|来)?)[，,]\s*")
NOT_ACTING = re.compile(r"[的、和与及等“”‘’「」]|$")  # 近年来，某市的…, 某县、某县…: the place is no actor of its own
RECENT_YEARS = re.compile(rf"{_NEWS_PREFIX}(?:近年来|近年以来|近几年来|近些年来|多年来)")
OPENED_ON = re.compile(r"\s*((?:19|20)\d{2})年\d{1,2}月\d{1,2}日")
DATED_YEAR = re.compile(r"(?:19|20)\d{2}年\d{1,2}月")
# a year a title looks back on (2022年度…总结, 2022年工作总结)
REVIEWED_YEAR = re.compile(r"(?:19|20)\d{2}年(?:度)?[^，。]{0,12}?(?:总结|回顾|述职|表彰)")
PERIOD_YEAR = re.compile(r"((?:19|20)\d{2})年度?[，,]")  # a paragraph that opens with a year: 2024年，某区…
PERIOD_LOOK_BACK = re.compile(r"(?:^|(?<=[。；！\n]))" + PERIOD_YEAR.pattern)  # …。2020年，某委荣获…: a year looked back on
EARLY_MONTHS = 2  # a meeting in January or February (its sessions, its spring gatherings) reviews the year before
PERIOD_OPENING = re.compile(r"(?:一年来|过去的?一年|(?:19|20)\d{2}年(?:度)?[，,]|(?:19|20)\d{2}年(?:以来|来|，))")
# a yearbook's edition (某市年鉴-2023, 《某市年鉴•2012》, 2021某区年鉴): it records the year before the one it is named after
YEARBOOK_EDITION = re.compile(r"年鉴\s*[-—－•·（(]?\s*((?:19|20)\d{2})(?!\d)|(?<!\d)((?:19|20)\d{2})\s*年?[\u4e00-\u9fff]{1,10}?年鉴")
NAMED_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})(?=·|中国|全国|首届|第[一二三四五六七八九十\d]+届"
                        # “某某”2022某地参访行活动: an event named by its year, after its slogan
                        r"|(?![年多余名人个家万亿元])[\u4e00-\u9fff]{2,16}?(?:活动|论坛|大会|节|展|大赛|行)(?![\u4e00-\u9fff]{0,2}[人名个家]))")
# 本篇记述了某县2001年至2010年的…: a chronicle's entry, of the period it ends with
CHRONICLED_SPAN = re.compile(r"(?:记述|记载|概述)了?[^。，,]{0,20}?(?:19|20)\d{2}\s*年?\s*(?:至|到|—|－|-)\s*((?:19|20)\d{2})\s*年"
                             # the chronicle an entry comes from, named with its span: 《某市志(1988-2007)》
                             r"|[志鉴][（(]?\s*(?:19|20)\d{2}\s*(?:至|到|—|－|-|~)\s*((?:19|20)\d{2})\s*[）)]?》")
CHRONICLE_HEADING = re.compile(r"第[一二三四五六七八九十百]{1,4}[篇编章节]\s*[\u4e00-\u9fff]")  # 第八篇 民主党派
SINCE_YEAR = re.compile(r"(?:19|20)\d{2}\s*年(?:以来|来)")  # at a year: it opens a period that runs to now
YEAR_RANGE = re.compile(r"((?:19|20)\d{2})(\s*[至到—－-]\s*)((?:19|20)\d{2})年")
# a text that names no year is no earlier than what it names: a plenary (二十届二中、三中全会), a five-year
# plan's first or last year (“十三五”收官之年), an anniversary (建党100周年), a period begun in an earlier year
# (自2021年9月… 今年)
PLENARY = re.compile(r"((?:十[六七八九]|二十)届)((?:[一二三四五六七八九]中(?:全会)?[、，,和及与]?)+)")
FIVE_YEAR_PLAN = re.compile(r"[“”‘’\"']?十([一二三四五六])五[“”‘’\"']?(?:规划)?的?"
                            r"(?:(开局之年|开局年|起步之年|开篇之年|第一年)|(收官之年|收官年|最后一年))")
ANNIVERSARY = re.compile(r"(\d{1,3}|[一二三四五六七八九十百零]+)周年|百年")
BEGUN_IN = re.compile(r"(?:自|从|始于)\s*((?:19|20)\d{2})\s*年")
COMING = re.compile(r"(?:明年|下一年|即将|将是|将迎来|迎接)[是为]?$")
MAX_TITLE = 120
MAX_BOILERPLATE_LINES = 6
MAX_NAVIGATION_LINES = 40  # a site's menu above a title that its header fields mark
MAX_GLUED_LINES = 12  # opening lines searched for a title glued to the text (past a copied page's notices)
MAX_SOURCE_LINE = 60
WORDED = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")  # a line with a character or a digit says something
FOOTER_LINES = 3  # the page's last lines, where some pages print their fields
# the site's own closing lines, below a page's fields (版权所有：某某, 地址：… 电话：…, 某ICP备…号, 本站访问者…)
SITE_FOOTER = re.compile(r"版权所有|版權所有|[Cc]opyright|©|ICP[备證证]|公网安备|技术支持|网站管理|访问者|訪問者"
                         r"|^(?:主办|承办|地址|电话|邮编|联系电话)[:：]")
FOOTER_DATE = re.compile(r"[^\w\u4e00-\u9fff]*(?P<date>(?:19|20)\d{2}-\d{1,2}-\d{1,2})(?!\d)")  # --> 2020-10-26 …


class _FoldTable(dict):
    """For str.translate: a character's NFKC form when that is one character, else the character;
    worked out once per distinct character rather than twice per character of every line."""

    def __missing__(self, ordinal: int) -> str:
        char = chr(ordinal)
        folded = unicodedata.normalize("NFKC", char)
        self[ordinal] = value = folded if len(folded) == 1 else char
        return value


_FOLD = _FoldTable()


def _ascii_digits(text: str) -> str:
    """２０２３年 and 二〇二三年 read as 2023年: full-width digits and punctuation folded (NFKC), a year
    written digit by digit in Chinese numerals turned into digits; lengths kept."""
    folded = text.translate(_FOLD)
    return CHINESE_YEAR.sub(lambda m: m.group(1).translate(CHINESE_DIGITS) + "年", folded)


# a year of the Republic of China's calendar, as pages of Taiwan and Kinmen write it: 民國106年, 第十五屆(106年),
# 106年度, 106年8月 (year 1 is 1912), 105年某某同鄉會在… opening a sentence; a bare three-digit year only where
# nothing else reads as one
ROC_YEAR = re.compile(r"民[國国]\s*(?P<any>\d{1,3})\s*(?=年)|(?<![\d.])(?P<bare>\d{3})(?=\s*年(?:度|\s*\d{1,2}\s*月))"
                      r"|(?<=[（(])(?P<bracketed>\d{3})(?=年[）)])"
                      r"|(?:^|(?<=[。！？]))(?P<opening>\d{3})(?=年(?![来來前代间間历歷之的多])[\u4e00-\u9fff])")
ROC_OFFSET = 1911
ROC_BARE_YEARS = range(70, 131)  # 1981–2042: a three-digit year outside them is a count of years (100年来)


def _western_years(text: str) -> str:
    """民國106年 and (106年) read as 2017年."""
    def western(match: re.Match) -> str:
        year = int(match.group("any") or match.group("bare") or match.group("bracketed") or match.group("opening"))
        if match.group("any") is None and year not in ROC_BARE_YEARS:
            return match.group(0)
        return str(year + ROC_OFFSET)
    return ROC_YEAR.sub(western, text)


# a photograph's caption glued before a news item, up to its credit: 某某为侨胞颁奖。（图片来源：某网）
CAPTION = re.compile(r"^[^（(]{0,80}?[（(]\s*(?:图片来源|图片|图|摄影)\s*[:：/][^）)]{0,30}[）)]\s*")


def read_metadata(text: str, find_region, is_place=None, level_of=None, find_local=None, holder_at=None,
                  official_of=None, is_capital=None) -> ReportMeta:
    """Title, region, year, publisher and date of a report.

    `find_region(text)` returns the region names (as written) found in a piece of
    text, the one the piece is about first; `is_place(name)` says whether a name is
    a place at all (for a title's slot, where a name that is also a word is a place);
    `level_of(name)` gives a place's level (prefecture, county…), to tell the city a
    whole-city text is about from the county it names as an example; `find_local(text)` gives the
    townships a piece names (某某乡), for a title about a township's own body; `holder_at(name, level)`
    the place at a level that holds a place (成都市, province: 四川省), for a whole province's text that
    names only its cities; `official_of(name)` a place's official name (阿克苏: 阿克苏地区), for a text
    whose own level is 区 (全区), which may be a 地区 or an autonomous region as well as a district;
    `is_capital(name)` whether a city is its province's capital (a dateline filed there may be the province's).
    The title is asked first, then a dateline, the body at the opening of a news item,
    an author's line, then the opening lines. A page's navigation above the title is skipped.
    """
    raw = [CAPTION.sub("", BULLET.sub("", line.strip())).strip() for line in text.split("\n")]
    raw = [line for line in raw if WORDED.search(line)]  # a line of bars or rules alone (|, ——) is the page's layout
    top = next((index for index, line in enumerate(raw) if len(line) > MAX_SOURCE_LINE), len(raw))
    header_publisher, header_date, header_clock = _header([_ascii_digits(line) for line in raw[:min(8, top)]], start=0)
    lines = _past_boilerplate(raw)
    title = _title(lines)
    title = (title.rstrip(" |｜") or None) if title else title  # 某某商会: | (a table's cell bars after the title)
    folded = [_ascii_digits(line) for line in lines]
    publisher, date = _source(folded)
    folded_header = _header(folded)  # the fields under the navigation, when none stood above it
    dated_at_top = header_date is not None or header_clock is not None or (date is None and any(folded_header[1:]))
    if header_date is None and header_clock is None:
        header_publisher, header_date, header_clock = folded_header
    index_publisher, index_date = _index_table(raw)
    dateline = _dateline(folded)
    dated_line = (dateline[1] if dateline else None) or _outlet_day(folded)
    # a site's clock (2025-03-10 | 星期一) gives the day the page was copied: the news's own dateline outweighs it
    publisher = publisher or header_publisher or index_publisher
    date = date or header_date or (None if dated_line else header_clock) or index_date or dated_line
    if date is None:
        date = _footer_date([_ascii_digits(line) for line in _above_site_footer(raw)[-FOOTER_LINES:]])
    opening_label = LABELLED_DATE.match(_ascii_digits(raw[0])) if date is None and raw else None
    if opening_label:
        date = _iso(opening_label.group("date"))  # date 2023-11-18 某会于十八日…: the page's date glued to its first line
    if title is None:  # 2020-11-22 | 某某日报记者 某某 | 近日…: the page's date and byline are none of the opening
        body = [line for line in lines[:8]
                if not (HEADER_FIELD.match(line) or NUMERIC_DATE.match(line))][:3] or lines[0:3]
    else:
        after = lines[2:] if len(lines) > 1 and lines[1].startswith("—") else lines[1:]
        body = [line for line in after[:8] if not HEADER_FIELD.match(line.lstrip("-•·|｜ "))
                and not _stamped(_ascii_digits(line)) and not EMPTY_LABEL.match(line)][:3] \
            or after[:3]  # nor 2017年06月15日 15:51 | 作者:…, 分享到:
    region = _unknown_town_filed_from(folded, find_region) \
        or _region(title, dateline[0] if dateline else None, body, lines, raw, find_region, is_place, level_of,
                   find_local, holder_at, official_of, is_capital)
    region = _outnamed_by_township(region, lines, find_local)
    region = _worked_in_locally(region, title, body, lines, find_region, find_local)
    region = _taken_to_a_county(region, title, body, find_region, level_of, holder_at, official_of)
    edition = next(filter(None, (YEARBOOK_EDITION.search(_ascii_digits(line)) for line in raw[:top][:8])), None)
    year = _year(_ascii_digits(title) if title else None, folded, date, _is_news(title, dateline, folded, dated_at_top),
                 int(edition.group(1) or edition.group(2)) if edition else None)
    return ReportMeta(title=title, region=region, year=year, publisher=publisher, date=date)


def _past_boilerplate(lines: list[str]) -> list[str]:
    """The lines after a page's navigation, masthead or empty labels at the top (and the site's
    name and section above them), from the first that is none of these."""
    start, titled, dated = 0, False, False
    for index, line in enumerate(lines[:MAX_BOILERPLATE_LINES]):
        if (MASTHEAD.search(line) or OUTLETS.match(line)) and not line.endswith("。"):
            if not titled:  # above the title: the site's masthead; under it: the title's source line
                start = index + 1
            continue
        if not titled and PAGE_PROMPTS.search(line) and not LEADING_DATE.fullmatch(_ascii_digits(line)):
            start = index + 1
            continue
        if len(line) > MAX_TITLE or "。" in line:
            break  # the text has begun (a line holding a full stop is text): a short heading after it is no navigation
        if HEADER_FIELD.match(line) or NUMERIC_DATE.match(line):
            if not titled:  # 时间:… 作者:… above the text: a page's header, no title
                start = index + 1
            elif LABELLED_DATE.search(_ascii_digits(line)) or NUMERIC_DATE.match(line):
                dated = True  # 发布时间:2025-01-23 … under the title: a 分享 button after it leaves the title standing
            continue  # 发布时间：…  |  来源：… under a title: the title's header, not navigation above it
        if titled and EMPTY_LABEL.match(line):
            continue  # 新闻分类: (its value left out) under the title: the title's field, the title stands
        if titled and _dated_header(_ascii_digits(line)):
            dated = True  # a date under the title is the title's (2022年05月20日 09:15 | 来源:某网 分享到:, its buttons too)
        elif len(line) <= MAX_SOURCE_LINE and (BOILERPLATE.search(line) or VOLUME.match(line)) \
                and not LEADING_DATE.fullmatch(_ascii_digits(line)):
            if not (dated and all(BUTTON.match(part) for part in line.split()) or titled and FONT_SIZE.match(line)):
                # 小字号, 打印 放大 缩小 under a title and its date: its buttons, the title stands
                start, titled = index + 1, False
            continue
        titled = True
    start = max(start, _title_above_fields(lines), _past_breadcrumb(lines), _past_where_on_site(lines))
    while start < len(lines) - 1 and INDEX_FIELD.match(lines[start]):
        start += 1  # [ 发布机构 ] | 某县财政局 |: a disclosure page's index table, however many of its rows
    return lines[start:] if start < len(lines) else lines


SOURCE_AUTHOR = re.compile(SOURCE_AUTHOR_LINE)
INDEX_FIELD = re.compile(INDEX_ROW)  # [ 索引号 ] | …: a row of an index table
INDEX_CELL = re.compile(r"\[\s*(发布机构|发布日期|成文日期)\s*\]\s*[|｜]\s*([^|｜\[\]]*?)\s*(?=[|｜]|$)")


def _index_table(raw: list[str]) -> tuple[str | None, str | None]:
    """The publisher and date a disclosure page's index table gives above the title ([ 发布机构 ] | 某县财政局 |,
    [ 发布日期 ] | 2023-06-25 |; the day it was written when no publication day is given)."""
    cells: dict[str, str] = {}
    for line in raw[:MAX_NAVIGATION_LINES]:
        if not INDEX_FIELD.match(line):
            continue
        for label, value in INDEX_CELL.findall(_ascii_digits(line)):
            if value:
                cells.setdefault(label, value)
    written = cells.get("发布日期") or cells.get("成文日期")
    return cells.get("发布机构"), _iso(written) if written else None


SITE_PATH = re.compile(rf"^(?:{WHERE_ON_SITE}[:：]?\s*)?首页\s*(?:[>＞»›]{{1,2}}\s*[^>＞»›。，]{{1,12}}\s*)+$")  # 首页>>华侨农场


WHERE_ON_SITE_LINE = re.compile(WHERE_ON_SITE)


def _past_where_on_site(lines: list[str]) -> int:
    """The line after a short 当前位置 >> 某栏目 among a page's first lines, or further down when a title and its
    dated field follow it (您目前的位置:首页 » 某栏目 / 标题 / 发布时间:…): whatever stands above it (the site's
    blurb about its city, a notice board's text, full stops and all) is the page's, not the text's; 0 when
    there is none."""
    for index, line in enumerate(lines[:MAX_NAVIGATION_LINES]):
        if len(line) > MAX_SOURCE_LINE or not WHERE_ON_SITE_LINE.search(line) or index + 1 >= len(lines):
            continue
        titled = any(LABELLED_DATE.search(_ascii_digits(below)) for below in lines[index + 2:index + 2 + TITLE_LINES])
        if index and _fields_under_title(line, lines[index + 1:index + 1 + TITLE_LINES]):
            continue
        if index < MAX_BOILERPLATE_LINES or titled:
            return index + 1
    return 0


def _fields_under_title(line: str, below: list[str]) -> bool:
    """Whether a site's path line also gives the page's source and date (所在位置：某网 >> 新闻中心 来源:某网
    2018-04-18 09:53) with no title under it, only buttons (分享到) before the text: the title's own header, the
    title above it."""
    if not (FIELD_LABEL.search(line) and DATE.search(_ascii_digits(line))):
        return False
    return all(BOILERPLATE.search(next_line) and len(next_line) <= MAX_SOURCE_LINE for next_line in
               itertools.takewhile(lambda next_line: len(next_line) <= MAX_TITLE and "。" not in next_line, below))


TITLE_LINES = 3  # a title, its subtitle and its date's field under a site's path


def _past_breadcrumb(lines: list[str]) -> int:
    """Where the text starts under a site's path (首页>>某栏目) that a long menu stands above: the line after the
    path, when every line above it is a menu's (short, no full stop); 0 when there is no such path."""
    for index, line in enumerate(lines[:MAX_NAVIGATION_LINES]):
        if len(line) > MAX_TITLE or "。" in line:
            return 0  # the text has begun
        if index >= MAX_BOILERPLATE_LINES and SITE_PATH.match(line) and index + 1 < len(lines):
            return index + 1
    return 0


YEAR_FIRST = re.compile(r"(?:19|20)\d{2}")


def _stamped(line: str) -> bool:
    """Whether a line opens on the page's date (and clock, whatever fields follow: 2017年06月15日 15:51 | 作者:…);
    a line that names its outlet first (某区 2020-01-16 10:35) still says where the page is from."""
    return YEAR_FIRST.match(line) is not None and (TIMESTAMP.match(line) is not None or _dated_header(line))


def _dated_header(line: str) -> bool:
    """Whether a line holds a page's date alone, or its date and then its source (and whatever buttons follow)."""
    if LEADING_DATE.fullmatch(line):
        return True
    match = LEADING_DATE.match(line)
    return match is not None and line.startswith("来源", match.end() - 2)


# the labels of a page's header fields: two make a line of fields though its date is left empty (发布时间:
# 浏览量: 75784   来源: 某某资讯), and one after a space on the title's line ends the title (某会简介 发布时间:…)
FIELD_LABELS = r"(?:发布时间|发布日期|发表时间|发稿时间|更新时间|来源|作者|编辑|发布人|浏览量|浏览次数|点击数)\s*[:：]"
FIELD_LABEL = re.compile(FIELD_LABELS)


def _title_above_fields(lines: list[str]) -> int:
    """Where a title stands right above its page's header fields ([作者:… 发布时间:… 来源:…]) under a long
    navigation (新闻动态 / 业务工作 / … / 统战要闻): the lines above it are the site's menu; 0 when none is."""
    for index, line in enumerate(lines[:MAX_NAVIGATION_LINES]):
        if len(line) > MAX_TITLE or line.endswith("。"):
            return 0  # the text has begun
        if index >= 2 and (HEADER_FIELD.match(line.lstrip("[【（(")) and (LABELLED_DATE.search(_ascii_digits(line))
                                                                       or len(FIELD_LABEL.findall(line)) >= 2)
                           or _dated_header(_ascii_digits(line))):
            title = index - 1
            while title > 0 and (HEADER_FIELD.match(lines[title].lstrip("-•·|｜ ")) or PAGE_PROMPTS.search(lines[title])
                                 or SOURCE_AUTHOR.match(lines[title])):
                title -= 1  # the source on its own line above the date (- 来源:某网, 某某网站 佚名), a prompt
            if title > 0 and lines[title].startswith("—"):
                title -= 1  # a subtitle under the title: ——2022年某市统战工作综述
            above = lines[title]
            return title if 0 < len(above) <= MAX_TITLE and not HEADER_FIELD.match(above) else 0
    return 0


def _region(title: str | None, dateline_place: str | None, body: list[str], lines: list[str], raw: list[str],
            find_region, is_place, level_of=None, find_local=None, holder_at=None, official_of=None,
            is_capital=None) -> str | None:
    """The covered region: the title's (the place it opens with holding the event; a city whose body opens the
    news under a title that names only its province), else where the news happened, else the author's, else
    the opening's."""
    scope = _scope(title, body)
    if title:
        home = _home_place(title, find_region) \
            or _homecoming_from_abroad(title, body[:2], find_region, is_place, level_of)
        if home:
            return home  # 香港某县同乡会回乡访问, 某国某会馆回乡省亲（…回到某区…）: the home's news
        visited = _visited_here(title, find_region, is_place) or _ours_visited(title, body[:2], find_region, level_of)
        if visited:
            return visited  # 某市委统战部来某区调研: the news of the place visited
        givers = _givers_place(title, find_region, level_of, holder_at, official_of)
        if givers:
            return givers  # 某市某某个社团助某国灾民: the givers' drive, far from the stricken place
        stricken = _disaster_area(title, find_region, is_place)
        if stricken:
            return stricken  # 各地侨界援助某县地震灾区: the stricken place's news, whoever gives
        opening_full = [name for line in body[:2] for name in find_region(line) if _short_of(name)]
        journey = _journey(title, len(title), _with_short_names(find_region, opening_full), level_of)
        if journey and journey[1]:
            # 某市政协副主席带队到某市某县开展…活动: the news of the place worked in, by its full name if the opening gives it
            return next((name for name in opening_full if _short_of(name) == journey[1] and name not in title),
                        journey[1])
        names = [name for name in _outside_quotes(title, _not_venue(title, find_region(title), scope))
                 if not _in_a_name(title, name) and not _chinese_of_country(title, name, level_of)]
        names = _past_own_venue(title, names, level_of, holder_at, official_of)
        names = _past_honouring(title, names, holder_at, level_of, official_of)
        names = _without_stray_counties(names, level_of, holder_at, official_of)
        names = _chain_end(title, names, find_region, level_of, holder_at, official_of)
        host = next((name for name in names if title.startswith(name) and title.startswith(EVENT_VERBS, len(name))), None)
        if host:
            return host  # 某市举行…赈济某地水灾…晚会: the place that holds the event, not the one it is for
        shared = _shared_city(names, level_of, holder_at)
        if shared:
            return shared  # 支持某县和某县…: the city both counties are in
        gone_to = _gone_to(names, body[:1], find_region, level_of, holder_at, official_of)
        if gone_to:
            return gone_to  # 民盟某市委开展…活动 / 某日，民盟某市委到某区某乡某村开展…: the place the body went to work in
        if names:
            short = _short_name_within(title, names[0], body[:2], find_region, level_of, holder_at, official_of)
            if short:
                return short  # 某省统战力量…奏响某某乡村振兴… over …某省某市某某县…: the county the title names short
            within = _body_within(names[0], body[:2], find_region, level_of, holder_at, official_of, scope) \
                or _county_written_out(names[0], body[:2], find_region, level_of, holder_at, official_of)
            return within or _local_body(names[0], title, [title] + body[:2]) \
                or _local_after(title, names[0], find_local) or names[0]
        opened = _short_name_opening(title, body[:2], find_region)
        if opened:
            return opened  # 某某打造统战品牌 over 某某县委统战部…: the county the title names short
        slot = TITLE_SLOT.search(title)
        if slot and is_place is not None and is_place(slot.group("place")):
            return slot.group("place")
        if find_local is not None:  # 某某乡新乡贤联谊会成立: a township's own news
            townships = _outside_quotes(title, _not_venue(title, find_local(title), scope), quoted_place=False)
            if townships:
                return townships[0]
    glued = _glued_title_place(lines, is_place)
    if glued:
        return glued
    opening_names = [name for piece in body[:2] for name in find_region(piece)]  # read once for each line's branch
    for line in body[:2]:
        home = _home_place(_first_sentence(line), find_region, told=True, lines=lines)
        if home:
            return home  # 某地某某同乡会组织…乡亲N人回乡参访: the home's news, not where its people live
        visited = _visited_here(_first_sentence(line), find_region, is_place)
        if visited:
            return visited  # 6月5日，某市委统战部一行来某区调研: the place visited
        branch = _branch_place(_lead_matter(line), opening_names, find_region, level_of, holder_at, official_of)
        if branch:
            return branch  # 某市某某会（…）某某分会成立: the county the branch is named after
        host = _host_place(line, find_region, level_of, holder_at, official_of)
        if host and not _holds(host, dateline_place, find_region, level_of, holder_at, official_of):
            return host  # 民建某省委员会全体会议在某省会召开: the province's committee's news, not its capital's
            # (unless a dateline names the city it met in: 某网某市消息 …某省某会在某市举办…, the city's news)
        names = _news_region(line, find_region, scope, level_of, holder_at, official_of)
        if names and not _above_scope(names[0], scope, level_of, official_of) \
                and not _holds(names[0], dateline_place, find_region, level_of, holder_at, official_of):
            return names[0]  # the body at work is more specific than the city a dateline is filed from
    if dateline_place:
        names = find_region(dateline_place)
        if names:
            most = None if level_of is None or holder_at is None or official_of is None else \
                _most_named(body, lines, find_region, scope, level_of, holder_at=holder_at, official_of=official_of)
            if most and level_of(most) == "province" and holder_at(names[0], "province") == official_of(most) \
                    and (is_capital is None or is_capital(names[0])):
                return most  # 中新网某省会7月23日电 …某省侨联主席…表示: the province's news, filed from its capital
            if most and (level_of(names[0]), level_of(most)) in FILED_FROM_ABOVE \
                    and _lies_within(most, names[0], level_of, holder_at, official_of):
                # 中新网某市3月4日电 …某县… 某县…, 中国新闻某省3月5日电 …某市委统战部… 某市…: the news of the place in the
                # dateline's city or province that the text keeps naming
                return most
            return names[0]
        if is_place is not None and is_place(dateline_place):
            return dateline_place
    paper_place = _level_body_paper(([title] if title else []) + body[:1], raw[:6], find_region, level_of)
    if paper_place:
        return paper_place  # 丨省侨联发出号召 under 某某日报: the province the paper is named after
    for line in lines[-3:] + lines[1:4]:
        source = LABELLED_SOURCE.search(line)
        if source and _is_body(source.group("source")):
            names = find_region(source.group("source"))
            if names:
                return names[0]
    people = _own_people(lines, find_region, is_place, level_of)
    if people:
        return people  # 展现了某市统战人的担当: the place whose people the text speaks for
    site = _site_place(raw[:8] + lines[-3:], find_region, is_place)
    if site and level_of is not None and scope in SCOPE_LEVELS and level_of(site) in SCOPE_LEVELS[scope]:
        return site  # 来源：某县网 over a whole county's text: the county, not a place an example names
    if len(TOWNSHIP_SCOPE.findall("\n".join(lines))) >= MIN_TOWNSHIP_SCOPE:
        township = _most_named_local(lines, find_local)
        if township:
            return township  # 某市某区某镇某村… 该镇… 该镇…: a township's news, told of it again and again
    # a local paper speaking of 我县 means its own place, which its masthead names (今日某县)
    own = any(OWN_PLACE.search(QUOTED_TITLE.sub("", piece)) for piece in ([title] if title else []) + body[:2])
    named = None if own else _most_named(body, lines, find_region, scope, level_of, holder_at=holder_at,
                                         official_of=official_of)
    if site and level_of is not None and level_of(site) == "country":
        site = None  # 来源：中国网: a national site names no place the text is about
    return named or _paper_place(raw[:6] + lines[:3], find_region, is_place) or site \
        or _most_named(body, lines, find_region, scope, level_of, whole_text=True, holder_at=holder_at,
                       official_of=official_of) or _most_named_local(lines, find_local) \
        or _named_again(lines, find_region, level_of)


SHORTENED_LEVELS = ("县", "市", "区", "旗", "縣", "區")  # the levels a place is named short without (某某县: 某某)


def _short_of(name: str) -> str:
    """The name a place goes by without its level (某某县 → 某某), or "" when it has no level to drop or would be
    left with one character."""
    return name[:-1] if name.endswith(SHORTENED_LEVELS) and len(name) >= 3 else ""


def _short_name_opening(title: str, body: list[str], find_region) -> str | None:
    """The place a title opens with by its name without its level (某某建设…), when the text's opening names it in
    full (某某县委统战部…): a short county name alone is too often a word to be read as a place on its own. Not when it
    only names the members of a society (某某同乡会)."""
    for line in body:
        for name in find_region(line):
            short = _short_of(name)
            if short and title.startswith(short) and not title.startswith(name) and not _in_a_name(title, short):
                return name
    return None


def _with_short_names(find_region, full: list[str]):
    """`find_region` that also reads a place a piece names without its level (某市工商联赴某某开展…) when the opening
    names it in full (…赴某某市开展…; `full`, the opening's places that have a level to drop): a short county name
    alone is too often a word to be read on its own."""

    def find(piece: str) -> list[str]:
        found = find_region(piece)
        shorts = [(piece.find(_short_of(name)), _short_of(name)) for name in full if _short_of(name) in piece
                  and name not in piece and not any(_short_of(name) in other for other in found)]
        return found + [short for _, short in sorted(shorts)]
    return find


def _county_written_out(province: str, body: list[str], find_region, level_of, holder_at, official_of) -> str | None:
    """The county the opening writes out from the title's province down (…向某省某市某县捐赠一笔善款, or with its city
    left out: …在某自治区某区举行) under a title that names only the province: the news is that county's. Not a
    person's home (某省某市某县人, 某县籍)."""
    if level_of is None or holder_at is None or official_of is None or level_of(province) != "province":
        return None
    for line in body:
        for name in find_region(line):
            if level_of(name) != "province" or official_of(name) != official_of(province):
                continue
            at = line.find(name)
            chain = _place_chain(line[at:at + MAX_WRITTEN_OUT], find_region)
            end = at + len("".join(chain))
            if len(chain) >= 2 and level_of(chain[-1]) == "county" and chain[0] == name \
                    and _lies_within(chain[-1], province, level_of, holder_at, official_of) \
                    and not _its_people_after(line, end) and not HOME_OF.match(line, end):
                return chain[-1]
    return None


# a dateline's level and the level of the place inside it whose news the text can be: (dateline, place)
FILED_FROM_ABOVE = {("prefecture", "county"), ("province", "prefecture"), ("province", "county")}
MAX_WRITTEN_OUT = 24  # characters of a place written out from its province down (某某壮族自治区某某市某某县)
HOME_OF = re.compile(r"人[，,。、；）)]")  # 某某，某省某市某县人，: a person's home, told of the person


def _short_name_within(title: str, place: str, body: list[str], find_region, level_of, holder_at,
                       official_of) -> str | None:
    """A place inside the title's province that the title also names without its level (某省…助力某某乡村振兴),
    when the opening names it in full (…在该省某市某某县投入…): the news is that smaller place's. A short name is
    read only when the opening confirms it, being too often a word on its own. Not under a city's title (某市企业
    参与某某脱贫): whether a city's news about its county is the city's or the county's, texts differ."""
    if level_of is None or holder_at is None or official_of is None:
        return None
    if level_of(place) != "province":
        return None
    for line in body:
        for name in find_region(line):
            short = _short_of(name)
            if short and short in title and name not in title and not _in_a_name(title, short) \
                    and holder_at(name, "province") == official_of(place):
                return name
    return None


def _local_after(title: str, place: str, find_local) -> str | None:
    """A township or new area the title writes right after its place (某市某某新区工商联…, 某县某某镇召开…):
    the news is that smaller place's."""
    if find_local is None:
        return None
    at = title.find(place)
    return next((local for local in find_local(title) if title.startswith(local, at + len(place))), None)


def _host_place(line: str, find_region, level_of, holder_at, official_of) -> str | None:
    """The place of the body that holds a meeting in a city within that place (3月2日，民建某省第九届委员会第三次
    全体会议在某省会召开): a province's or a prefecture's body meeting in its own city, or None."""
    if level_of is None or holder_at is None or official_of is None:
        return None
    matter = _lead_matter(line)
    held = HELD_IN.search(matter)
    if held is None or not ACTOR_HEAD.search(matter, 0, held.start()):
        return None
    hosts = [name for name in find_region(matter[:held.start()]) if matter.startswith(name, _party_prefix(matter))]
    venues = find_region(held.group("place"))
    if not hosts or not venues or hosts[0] == venues[0]:
        return None
    level = level_of(hosts[0])
    return hosts[0] if level in ("province", "prefecture") and holder_at(venues[0], level) == official_of(hosts[0]) else None


def _lead_matter(line: str) -> str:
    """A news item's first sentence past its prefix and day (某报讯 3月2日，…) or the span it looks back on (近年来，…):
    what happens, who does it, where."""
    first = _first_sentence(line)
    opening = NEWS_OPENING.match(first)
    return first[opening.end():] if opening else first


def _party_prefix(text: str) -> int:
    """Where the place after a party's or the CPC's short name starts (民盟某省…, 中共某市…), 0 when none is there."""
    match = PARTY_PREFIX.match(text)
    return match.end() if match else 0


def _named_again(lines: list[str], find_region, level_of=None) -> str | None:
    """The place a text that speaks for no level names most often, at least twice, a country never
    (现将某市…情况汇报如下 in a report to a congress whose title and opening name no place); the earliest on a tie."""
    text = "\n".join(lines)
    names = [name for name in _outside_quotes(text, find_region(text))
             if level_of is None or level_of(name) != "country"]
    counts = {name: _times_named(text, name) for name in names}
    best = min(counts, key=lambda name: (-counts[name], text.find(name)), default=None)
    return best if best is not None and counts[best] >= 2 else None


def _outnamed_by_township(region: str | None, lines: list[str], find_local) -> str | None:
    """The township a text names at least three times and at least twice as often as the place read for it (某县
    某某镇以…；某某镇某村…；某某镇…, the city named once, in its source line): the text is that township's story.
    Measured over the opened sets: the gold gives the township in all four texts where this holds; a township named
    as often as its county or less (a county's text that tells one town's work) stays the county's."""
    if region is None or find_local is None:
        return region
    township, times = _most_named_township(lines, find_local)
    if township is None or township == region or times < MIN_TOWNSHIP_TIMES \
            or times < 2 * "\n".join(lines).count(region):
        return region
    return township


MIN_TOWNSHIP_TIMES = 3


def _worked_in_locally(region: str | None, title: str | None, body: list[str], lines: list[str], find_region,
                       find_local) -> str | None:
    """The township or village a title or a news item's first sentence takes its work to, at the end of a chain of
    places after the word that goes there (民建某市委赴某县某镇某村开展…, …在某县某乡某村召开, 为某县某镇某小学捐赠…),
    when the text names it again: the most specific place the text is about, below the county or the travellers'
    city read for it. Measured over the opened sets: 21 texts move to the gold's place, 5, whose gold gives the
    county, away from it; a township or village named once (a chain in passing) would move 7 to the gold's place
    and 9 away from it, so it moves none. So does a township that, after its county, opens a news item, whatever it
    does there (近日，某县某乡举办…; 近年来，某区某镇以…为切口: measured, one more text moves, to the gold's place)."""
    if find_local is None:
        return region
    text = "\n".join(lines)
    opening = _opening_line(body)
    for piece in _lead_pieces(title, opening):
        locals_ = [name for name in find_local(piece) if LOCAL_LEVEL_END.search(name)]
        if not locals_:
            continue
        names = find_region(piece) + locals_
        for cue in _work_cues(piece):
            rest = piece[cue.end():]
            tie = THAT_PLACE.match(rest).group()
            rest = rest[len(tie):]  # 到该区某镇某村, 赴挂钩联系点某镇: then the chain
            # read again after a tie: a pattern's township may have taken its last word (系点某镇)
            here = [name for name in find_local(rest) if LOCAL_LEVEL_END.search(name)] if tie else []
            chain = _place_chain(rest, find_region, names + here)
            below = [name for name in chain if name in locals_ or name in here]
            if below:
                place = below[-1]
                worked_in = not place.endswith(COMMUNITY) and not NAMELESS_LOCAL.match(place) \
                    and text.count(place) >= MIN_LOCAL_TIMES and not _one_of_several(rest, chain, locals_)
                return place if worked_in else region
    for line in opening:  # 近日，某县某乡举办…, 近年来，某区某镇以…: the township that opens the news is its place
        lead = _lead_matter(line)
        chain = _place_chain(lead, find_region, find_region(lead) + find_local(lead))
        if len(chain) >= 2 and LOCAL_LEVEL_END.search(chain[-1]) \
                and not NAMELESS_LOCAL.match(chain[-1]) and text.count(chain[-1]) >= MIN_LOCAL_TIMES:
            return chain[-1]
    return region


def _taken_to_a_county(region: str | None, title: str | None, body: list[str], find_region, level_of, holder_at,
                       official_of) -> str | None:
    """The county of the city read for a news item that its title or first sentence takes the work to (某市侨联…到某区
    开展慰问, 某市委会…来到某县看望…, …在某市(county-level)某医院开展义诊): the county is the news's place, the city
    the travellers'. Not a county named with others (深入某区、某县…), nor one that merely hosts a meeting (…会议在
    某县召开: a whole city's meeting at a venue)."""
    if region is None or None in (level_of, holder_at, official_of) or level_of(region) != "prefecture":
        return region
    for piece in _lead_pieces(title, _opening_line(body)):
        venues = [match.start() for match in VENUE.finditer(piece)]
        for cue in _work_cues(piece):
            if cue.start() in venues:
                continue
            rest = piece[cue.end():]
            chain = _place_chain(rest, find_region)
            if not chain or level_of(chain[-1]) != "county" or "市" not in piece[:cue.start()]:
                continue  # 某县工商联向某县捐赠: one county's body's gift to another, no city's work
            after = rest[len("".join(chain)):]
            if after[:1] in (*ALSO, "等") or LOWER_PLACE.match(after):
                continue  # 前往某区某社区、某社区: the work went further down, to several places
            if _lies_within(chain[-1], region, level_of, holder_at, official_of):
                return chain[-1]
    return region


LOWER_PLACE = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:社区|社區|村|镇|鎮|乡|鄉|街道)")  # a township, village or community


def _lead_pieces(title: str | None, opening: list[str]) -> list[str]:
    """What a news item leads with: its title, then the first sentence of its opening line."""
    return ([title] if title else []) + [_first_sentence(line) for line in opening]


def _work_cues(piece: str) -> list[re.Match[str]]:
    """The words in a piece that take a body's work to a place (WORK_PLACE_CUE), outside quotations (“…我们在某村定制
    了…”: a speaker's words, where the speaker worked, not the text)."""
    quoted = [match.span() for match in SPOKEN.finditer(piece)]
    return [cue for cue in WORK_PLACE_CUE.finditer(piece)
            if not any(start < cue.start() < end for start, end in quoted)]


def _opening_line(body: list[str]) -> list[str]:
    """The line a news item's text opens with (none or one), past a line of digits alone (a page's stamp: 11.04.2018
    09:30, an image's file name) and a line that is one quotation (“谢谢你们！”, someone's words set above the lead)."""
    return next(([line] for line in body[:MAX_OPENING_SKIPPED + 1]
                 if HAN.search(line) and not WHOLE_QUOTATION.fullmatch(line.strip())), [])


MAX_OPENING_SKIPPED = 2
HAN = re.compile(r"[\u4e00-\u9fff]")
WHOLE_QUOTATION = re.compile(r"[“「][^“”「」]*[”」][。！!？?]?")


# a quotation of any length, to its end or to the end of the piece (a first sentence cut at the quotation's own
# full stop): someone's words
SPOKEN = re.compile(r"“[^“”]*(?:”|$)|「[^「」]*(?:」|$)")
# the words that take a body's work to a place (赴, 前往, 走进, 在…召开, 为…捐赠, 向…捐资)
# (not 在 after a verb of where someone is: 某某住在某村, 站在田埂上: where a person is, not where the work is taken)
WORK_PLACE_CUE = re.compile(r"赴|前往|前来|前赴|来到|走进|深入|到|(?<![走站坐住])在|为|向|给|至")
THAT_PLACE = re.compile(r"(?:(?:该|該)(?:省|市|州|盟|区|區|县|縣|旗))?"
                        # 赴挂钩联系点某镇, 到结对帮扶村某村: the tie that takes the body there, then the place
                        r"(?:(?:对口|定点|對口)?(?:联系|帮扶|结对|挂钩|聯繫|幫扶|結對){1,2}(?:单位|單位|点|點|村|乡镇|鄉鎮)?)?")
LOCAL_LEVEL_END = re.compile(r"(?:乡|镇|村|街道|鄉|鎮)$")  # a township or village, not a new area (某某高新区)
COMMUNITY = ("社区", "社區")  # a town's neighbourhood, where a visit calls on its people, not the place of the text
NAMELESS_LOCAL = re.compile(r"^(?:[\u4e00-\u9fff]{1,2}族)*(?:乡|镇|村|鄉|鎮)$")  # 畲族镇 cut off 某某畲族镇: no name of its own
MIN_LOCAL_TIMES = 2


def _one_of_several(rest: str, chain: list[str], locals_: list[str]) -> bool:
    """Whether the chain of places a piece opens with goes on to another township or village (分赴某镇和某镇): the
    work went to several places, and none of them is the text's own."""
    after = rest[len("".join(chain)):]
    return bool(after[:1]) and after[0] in ALSO and any(after.startswith(name, 1) for name in locals_)


ALSO = "和、及与"  # the words that join a second place to the first


def _most_named_local(lines: list[str], find_local) -> str | None:
    """The township a text names most often, at least twice, when it names no known place to speak for
    (2024年，是某某镇统一战线…之年: a township's own summary)."""
    if find_local is None:
        return None
    township, times = _most_named_township(lines, find_local)
    return township if times >= 2 else None


def _most_named_township(lines: list[str], find_local) -> tuple[str | None, int]:
    """The township the lines name most often (the first named on a tie) and how often, by `find_local`."""
    counts: dict[str, int] = {}
    for line in lines:
        for local in find_local(line):
            counts[local] = counts.get(local, 0) + 1
    return max(counts.items(), key=lambda item: item[1], default=(None, 0))


def _above_scope(name: str, scope: str | None, level_of, official_of=None) -> bool:
    """Whether a place is above the level the text speaks for (市委会举行…, its opening naming the province
    whose committee came): the text is its own place's news, not the province's."""
    if scope not in SCOPE_LEVELS or level_of is None or level_of(name) not in LEVELS or name.endswith(scope):
        return False  # 上海市 for a text of 市…: a city governed as a province is still the 市 the text speaks of
    if official_of is not None and official_of(name).endswith(SPECIAL_REGION):
        return False  # 香港: a special administrative region is a city too, whatever 市 bodies come to it
    return LEVELS.index(level_of(name)) < min(LEVELS.index(level) for level in SCOPE_LEVELS[scope])


def _holds(outer: str, dateline_place: str | None, find_region, level_of, holder_at, official_of) -> bool:
    """Whether a place holds the one a dateline names (某网某县讯 …某省某会组团赴…): the dateline is the more
    specific, and the news is its place's."""
    if dateline_place is None or None in (level_of, holder_at, official_of) or level_of(outer) not in LEVELS:
        return False
    inner = next(iter(find_region(dateline_place)), None)
    return inner is not None and inner != outer and _lies_within(inner, outer, level_of, holder_at, official_of)


def _lies_within(inner: str, outer: str, level_of, holder_at, official_of) -> bool:
    """Whether the place named `inner` lies within the place named `outer`: the place at `outer`'s level that holds
    it is `outer` (某县 within 某市, 某市 within 某省)."""
    return holder_at(inner, level_of(outer)) == official_of(outer)


def _disaster_area(title: str, find_region, is_place=None) -> str | None:
    """The stricken place a title says is aided (援助某县地震灾区, 善款捐赠到某旗灾区, 援助某县灾后重建): its last named
    place, or the words themselves when they name a place. Measured over the opened sets: 3 titles, all the place's
    news."""
    match = DISASTER_AREA.search(title)
    if match is None:
        return None
    words = match.group("place")
    chain = _place_chain(words, find_region)
    if chain:
        return chain[-1]
    return words if is_place is not None and is_place(words) else None


def _givers_place(title: str, find_region, level_of, holder_at, official_of) -> str | None:
    """The place a title opens with when its people aid the stricken of another country or province (某市某某个社团
    助某国灾民, 某市某区佛教界…募捐某省某县灾区): the news of their drive, not of the faraway disaster; the last of a
    chain of places (某市某区) when the title opens with one. Aid within a province (某市某会援助某县灾区) stays
    the stricken place's news (`_disaster_area`)."""
    if level_of is None or holder_at is None or official_of is None:
        return None
    aided = AIDED_STRICKEN.search(title)
    if aided is None:
        return None
    chain = _place_chain(title[:aided.start()], find_region)
    givers = chain[-1] if chain else None
    place = aided.group("place")
    stricken = next((name for name in find_region(place) if place.endswith(name)), None)
    if givers is None or stricken is None or level_of(givers) == "country":
        return None
    if level_of(stricken) == "country":
        return None if holder_at(givers, "country") == stricken else givers
    provinces = [holder_at(name, "province") or official_of(name) for name in (givers, stricken)]
    return givers if all(level_of(name) == "province" for name in provinces) and provinces[0] != provinces[1] \
        else None


def _visited_here(piece: str, find_region, is_place=None) -> str | None:
    """The place a body from above comes to (某市委统战部来某区调研, 莅临某县视察), when it is named."""
    match = next((found for found in VISIT_HERE.finditer(piece) if not piece.startswith("的", found.end())), None)
    if match is None:
        return None  # 与前来某省调研的某所副所长…前往某县: who came is described, the visit told after
    words = match.group("place") or match.group("inspected") or match.group("reached") or match.group("entered") \
        or match.group("surveyed")
    names = [name for name in find_region(words) if words.endswith(name)]
    if names:
        return names[0]
    return words if is_place is not None and is_place(words) else None


def _ours_visited(title: str, body: list[str], find_region, level_of) -> str | None:
    """The place of the title's level that the opening says was come to as its own (省某部干部到某县考察 over
    …来我县考察): the text is the visited place's, however the journey is worded. Measured over the opened sets:
    3 texts say so, each the place's news."""
    if level_of is None:
        return None
    ours = next((match for line in body for match in OURS_VISITED.finditer(line)), None)
    if ours is None:
        return None
    levels = SCOPE_LEVELS[ours.group("level")]
    return next((name for name in find_region(title) if level_of(name) in levels), None)


def _own_people(lines: list[str], find_region, is_place=None, level_of=None) -> str | None:
    """The place a text names its own people or its own share after (某市统战人, 某县统一战线人, 贡献某市力量):
    the first so named; a short name right before 统战人 or right after 贡献 is the place even where it alone would
    be too weak to read as one. Measured over the opened sets: every place in such a phrase was the text's own."""
    for line in lines:
        for match in OWN_SHARE.finditer(line):
            place = _place_at(match.group("words"), find_region, is_place, at_end=False)
            if place and (level_of is None or level_of(place) != "country"):
                return place  # 讲好中国故事 is every text's
        for match in OWN_PEOPLE.finditer(line):
            place = _place_at(match.group("place"), find_region, is_place, at_end=True)
            if place:
                return place
    return None


def _place_at(words: str, find_region, is_place=None, at_end: bool = True) -> str | None:
    """The place that ends these words (某市统战人 → 某市) or, not `at_end`, opens them (某市民营企业 → 某市): a region
    found there, else a name of two to four characters there that is a place at all (某某 before 统战人), or None."""
    names = [name for name in find_region(words) if (words.endswith(name) if at_end else words.startswith(name))]
    if names:
        return names[0]
    if is_place is None:
        return None
    return next((part for part in (words[-size:] if at_end else words[:size] for size in (4, 3, 2)
                                   if len(words) >= size) if is_place(part)), None)


def _site_place(lines: list[str], find_region, is_place) -> str | None:
    """The place a site or a paper giving the text is named after (来源：某县网, 《某市新闻网》); a medium
    named by a word that is also a county's name (新华网, 光明网: region_media_words.txt) names none."""
    for line in lines:
        site = SITE.search(line)
        if site and not any(site.group(0).lstrip("来源稿件供:：《 ").startswith(word) for word in _media_words()):
            place = site.group("source") or site.group("site")
            names = [name for name in find_region(place) if place.endswith(name)]
            if names:
                return names[0]
            if is_place is not None and is_place(place):
                return place
    return None


@cache
def _media_words() -> tuple[str, ...]:
    """Media named by a word that is also a place's short name (region_media_words.txt)."""
    text = lexicon_path("region_media_words.txt").read_text(encoding="utf-8")
    return tuple(word for line in text.splitlines() if not line.startswith("#") for word in line.split())


def _quoted_spans(piece: str) -> list[tuple[int, int]]:
    return [match.span() for match in QUOTED.finditer(piece)]


def _outside_quotes(piece: str, names: list[str], quoted_place: bool = True) -> list[str]:
    """The names a piece writes at least once outside a quoted name (“某地春雨行动” names an initiative,
    not a place the text is about); a quotation that is the place itself (“某县”) counts as the place, when
    `quoted_place` — not for a township or village read by its ending alone (“百企联村”: a slogan)."""
    spans = [(a, b) for a, b in _quoted_spans(piece) if not (quoted_place and piece[a + 1:b - 1] in names)]
    kept = []
    for name in names:
        at = piece.find(name)
        while at >= 0 and any(a < at and at + len(name) < b for a, b in spans):
            at = piece.find(name, at + 1)
        if at >= 0:
            kept.append(name)
    return kept


def _home_place(piece: str, find_region, told: bool = False, lines: list[str] = ()) -> str | None:
    """The place a society of people from it (某地某县同乡会) goes home to, as a title (or, `told`, a news item's
    opening) says: the last place its name ends with, or the township the text names by the name's last words and
    a township's level (某地某某同乡会 … 某某镇), which no gazetteer holds."""
    home = (TOLD_HOMECOMING if told else TITLED_HOMECOMING).search(piece)
    if home is None:
        return None
    words = home.group("home")
    for start in range(len(words) - 1):
        names = [name for name in find_region(words[start:]) if words.endswith(name)]
        if names:
            return names[0]
    return next((township for cut in (2, 3) for level in TOWNSHIP_LEVELS
                 if len(words) > cut and any((township := words[-cut:] + level) in line for line in lines)), None)


def _homecoming_from_abroad(title: str, opening: list[str], find_region, is_place, level_of) -> str | None:
    """The home that a body from abroad comes back to (某国某会馆回乡省亲 over …回到某区寻根问祖), named at the
    opening after the verb of arriving, by its full name or its short one (a short name that is also a word is a
    place there): the news is the home's, not the country's the body lives in."""
    if level_of is None or is_place is None or not HOMEWARD.search(title):
        return None
    if not any(level_of(name) == "country" for name in find_region(title)):
        return None
    for line in opening:
        for arrived in RETURNED_TO.finditer(line):
            place = arrived.group("place")
            chain = [name for name in _place_chain(place, find_region) if level_of(name) != "country"]
            if chain:
                return chain[-1]
            short = next((place[:end] for end in range(len(place), 1, -1) if is_place(place[:end])), None)
            if short and level_of(short) != "country":
                return short
    return None


HOMEWARD = re.compile(r"回乡|返乡|回国|省亲|寻根|回家乡")
RETURNED_TO = re.compile(r"(?:回到|返回|来到|抵达)(?P<place>[\u4e00-\u9fff]{2,10})")


def _glued_title_place(lines: list[str], is_place) -> str | None:
    """The place of a summary's title that a copied page glued to its text
    (…——2021年某某统战工作综述2021年，…) in one of the opening lines: the title's place."""
    for line in lines[:MAX_GLUED_LINES]:
        slot = TITLE_SLOT.search(line[:MAX_TITLE])
        if slot and is_place is not None and is_place(slot.group("place")):
            return slot.group("place")
    return None


def _without_stray_counties(names: list[str], level_of, holder_at, official_of) -> list[str]:
    """A title's places without a county's bare two-character short name from another province than a city
    or a province it names (某市民进某某总支召开…: the branch's own area, whose name a county elsewhere shares;
    …向某直辖市某县某某书院捐赠: a school named after its township)."""
    if level_of is None or holder_at is None or official_of is None or len(names) < 2:
        return names
    provinces = {holder_at(name, "province") for name in names if level_of(name) == "prefecture"} \
        | {official_of(name) for name in names if level_of(name) == "province"}
    provinces.discard(None)
    return [name for name in names if not (provinces and len(name) == 2 and level_of(name) == "county"
                                           and holder_at(name, "province") not in provinces)]


def _shared_city(names: list[str], level_of, holder_at) -> str | None:
    """The city that holds every county a title names, when it names two or more and no other place
    (省政府支持某县和某县…): news of what both share is the city's, not the first county's."""
    if level_of is None or holder_at is None or len(set(names)) < 2 or any(level_of(name) != "county" for name in names):
        return None
    cities = {holder_at(name, "prefecture") for name in names}
    return cities.pop() if len(cities) == 1 and None not in cities else None


def _body_within(province: str, body: list[str], find_region, level_of, holder_at, official_of,
                 scope: str | None = None) -> str | None:
    """The city whose body opens the news under a title that names only its province (某省民企担大义 / 导读：1月28日，
    某市工商联向全市民营企业发出倡议): the news is the city's. A city that only hosts the whole province's meeting
    (全省工商联…推进会在某市召开) is a venue, and the news stays the province's."""
    if level_of is None or holder_at is None or official_of is None or level_of(province) != "province":
        return None
    for line in body:
        names = _news_region(LEAD_LABEL.sub("", line), find_region, scope, level_of, holder_at, official_of)
        if names and level_of(names[0]) == "prefecture" and holder_at(names[0], "province") == official_of(province):
            return names[0]
    return None


LEAD_LABEL = re.compile(r"^(?:导读|摘要|内容提要|编者按)[:：]\s*")


def _local_body(place: str, title: str, body: list[str]) -> str | None:
    """The township or street of the body a title speaks of, when the opening names that body at a place
    below the title's (title 某市基层侨联…, opening 某市某街道侨联…): the news is the township's."""
    for line in body:
        for match in LOCAL_BODY.finditer(line):
            if match.group("place")[:-1].endswith(place.rstrip("市县区旗")) and match.group("head") in title:
                return match.group("local")
    return None


def _paper_place(lines: list[str], find_region, is_place) -> str | None:
    """The place a yearbook (《某市年鉴》) or a local paper (某市日报讯, 今日某县) is named after."""
    for line in lines:
        paper = YEARBOOK.search(line) or PAPER.search(line)
        if paper:
            place = next(group for group in paper.groups() if group)
            names = find_region(place)
            if names:
                return names[0]
            if is_place is not None and is_place(place):
                return place
    return None


def _level_body_paper(pieces: list[str], top: list[str], find_region, level_of) -> str | None:
    """The place of a body the title or opening names by its level alone (自治区工商联, 省委统战部), when the paper
    or station at the page's top (2021-07-30 某客户端/某某日报) is named after a place of that level: its own region's
    body, the news is that region's."""
    if level_of is None:
        return None
    body = next(filter(None, (LEVEL_BODY.search(piece) for piece in pieces)), None)
    if body is None:
        return None
    level = LEVEL_BODY_LEVELS[body.group("level")]
    for line in top:
        for paper in LOCAL_PAPER.finditer(line):
            names = [name for name in find_region(paper.group("place")) if level_of(name) == level]
            if names:
                return names[0]
    return None


def _in_a_name(piece: str, name: str) -> bool:
    """Whether a place is only part of an association's or a company's name (某省社联宴请…, 某市同乡会, 某县某某
    有限公司) or names the people from there (台湾同胞投资企业协会, 某地籍): a society of people from there or a
    company registered there, which is not where the text is."""
    at = piece.find(name)
    return at >= 0 and (_its_people_after(piece, at + len(name)) or bool(COMPANY_AFTER.match(piece, at + len(name))))


# 某县某某焦化有限公司捐款…: a place that opens a company's legal name is where the company was registered
COMPANY_AFTER = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:有限责任公司|股份有限公司|有限公司)")


def _chinese_of_country(title: str, name: str, level_of) -> bool:
    """Whether a title names a country only as the home of its Chinese people (某国华人助力…): the news is in a
    place of that country the text names, not the whole country."""
    at = title.find(name)
    return level_of is not None and level_of(name) == "country" and CHINESE_PEOPLE.match(title, at + len(name)) is not None


CHINESE_PEOPLE = re.compile(r"华人|华侨|侨胞|侨界")


def _its_people_after(text: str, end: int) -> bool:
    """Whether a place's name ending at `end` is followed by a society of its people or by the people themselves
    (某市同乡会, 台湾同胞…, 某地籍)."""
    return bool(SOCIETY.match(text, end) or COMPATRIOTS.match(text, end))


def _scope(title: str | None, body: list[str]) -> str | None:
    """The level of the place a text speaks for as its own (全市, 我县, 市委统战部): 市, 县, 区, 州 or 省.
    Its own united front (全区统一战线, 我县) says so more surely than the first whole it names, which
    may be the province that ranked it (全省统战工作考核先进 … 全区统一战线)."""
    # 《关于推动我市…的建议》: a title the text quotes speaks for its writer's place, not the text's
    pieces = [QUOTED_TITLE.sub("", piece) for piece in ([title] if title else []) + body[:2]]
    for piece in pieces:
        match = OWN_SCOPE.search(piece)
        if match:
            return next(group for group in match.groups() if group)
    for piece in pieces:
        for match in WHOLE_SCOPE.finditer(piece):
            if not PARTY_COMMITTEE_LISTED.search(piece, 0, match.start()):
                return next(group for group in match.groups() if group)
    return None


def _not_venue(piece: str, names: list[str], scope: str | None) -> list[str]:
    """The names of a piece less the venue of a whole city's meeting (全市…推进会在某县召开), a place
    only visited (组团赴某省) and a place given to (捐助某地抗疫), which are not what the text is about."""
    dropped = {match.group("place") for match in VISITED.finditer(piece)
               if not INVITED.search(piece[max(0, match.start() - MAX_INVITED_GAP):match.start()])}
    dropped |= {match.group("place") for pattern in (GIVEN_TO, GIVEN_FOR, AIDED, ENEMY)
                for match in pattern.finditer(piece)}
    if scope is not None:
        dropped |= {match.group("place") for match in VENUE.finditer(piece)}
    return [name for name in names if not any(name in place for place in dropped)]


def _past_honouring(title: str, names: list[str], holder_at, level_of, official_of) -> list[str]:
    """A title's places less the one whose honour the title's body won (某市委会荣获某省…先进集体), when the title
    names a place within it: the news is the honoured body's place, not the province that ranked it."""
    if len(names) < 2 or None in (level_of, holder_at, official_of):
        return names
    return [name for name in names
            if not (_named_above(title, name) and level_of(name) in LEVELS
                    and any(other != name and _lies_within(other, name, level_of, holder_at, official_of)
                            for other in names))]


def _past_own_venue(title: str, names: list[str], level_of, holder_at, official_of) -> list[str]:
    """A title's places less the venue of a body's meeting held within the body's own place (某省某商会在
    省会某市举行成立大会): the news is the province's, where the body belongs, not the town it met in. A venue
    written with its province (…现场会在某省某市某园举行) names where it is, the province no body's."""
    if len(names) < 2 or None in (level_of, holder_at, official_of):
        return names
    venues = {match.group("place") for match in VENUE.finditer(title)}
    return [name for name in names
            if not (any(name in venue for venue in venues)
                    and any(other != name and title.find(other) < title.find(name) and level_of(other) in LEVELS
                            and not any(other in venue for venue in venues)
                            and _lies_within(name, other, level_of, holder_at, official_of) for other in names))]


MIN_SHORT_COUNTED = 3  # a place's short name counted with its others: 西双版纳, not 朝阳 (朝阳产业)


def _apart(outer: str, inner: str, level_of, holder_at, official_of) -> bool:
    """Whether two places written one after the other (香港某省社团总会) are known to lie apart, so that the
    first does not stand for the second as a province does for its city (某省某市)."""
    if None in (level_of, holder_at, official_of) or level_of(outer) not in LEVELS or level_of(inner) is None:
        return False
    return not _lies_within(inner, outer, level_of, holder_at, official_of)


def _most_named(body: list[str], lines: list[str], find_region, scope: str | None = None,
                level_of=None, whole_text: bool = False, holder_at=None, official_of=None) -> str | None:
    """The region of the opening lines that the whole text names most often, the earliest on a tie:
    a city's report names its city again and again, and the county of one example once. The place
    a full name ends with (某省某市) stands for it; a whole city's text (全市, 市委…) is about a city
    where it names one (a county-level city when it names no prefecture's); a text whose opening names none
    is about the place its whole text names most."""
    untitled = bool(body) and bool(lines) and body[0] == lines[0]  # no title: the first line is the text's
    text = "\n".join(lines[1:]) if len(lines) > 1 and not untitled else "\n".join(lines)
    found: dict[str, int] = {}
    for piece in body:
        piece = MEDIA_BYLINE.sub("", piece)
        for name in _outside_quotes(piece, _not_venue(piece, find_region(piece), scope)):
            found.setdefault(name, text.find(name))
    if level_of is not None and scope in SCOPE_LEVELS:
        pool = found or ({name: text.find(name) for name in _outside_quotes(text, find_region(text))} if whole_text else {})
        above = {name for name in pool if _named_above(text, name)}
        cities = any(level_of(name) in SCOPE_LEVELS[scope] for name in pool if name not in above)
        fitting = {name: at for name, at in pool.items() if name not in above and (
            level_of(name) in SCOPE_LEVELS[scope]
            or ((above or not cities) and scope == "市" and _county_level_city(name, level_of))
            or (scope == "区" and _autonomous_region(name, level_of, official_of)))}
        if not fitting and scope == "区" and official_of is not None:
            # 全区 of a 地区 (阿克苏地区) or an autonomous region (宁夏回族自治区), when no district is named
            fitting = {name: at for name, at in pool.items() if name not in above and official_of(name).endswith("区")}
        if not fitting and found and not whole_text:
            # 市委会举行…, its opening naming only the province whose committee came: the city its text names later
            later = {name: text.find(name) for name in _outside_quotes(text, _not_venue(text, find_region(text), scope))}
            fitting = {name: at for name, at in later.items()
                       if level_of(name) in SCOPE_LEVELS[scope] and not _named_above(text, name)}
        if fitting:
            found = fitting  # 我市…获评某市先进: a county-level city under the prefecture it names as above it
        elif holder_at is not None and pool and all(level_of(name) == PARTS.get(scope) for name in pool):
            holders = {holder_at(name, level) for name in pool for level in SCOPE_LEVELS[scope]}
            if len(holders) == 1 and None not in holders:
                # 全省…成都市、绵阳市: the province that holds the cities the text names; 民进市委会… and one
                # district's branch: the city that holds that district
                return holders.pop()
    if not found:
        return None
    if level_of is not None and any(level_of(name) != "country" for name in found):
        # 来自马来西亚、新加坡…的乡亲齐聚某市: the countries its guests came from are not where it is
        found = {name: at for name, at in found.items() if level_of(name) != "country"}
    written = list(found)
    inner = {name for name in found for other in found if other != name and name + other in text
             and not _apart(name, other, level_of, holder_at, official_of)}
    found = {name: at for name, at in found.items() if name not in inner} or found

    def times(name: str) -> int:
        """How often the text names the place, by whichever of its names it writes most (某州, 某某州)."""
        same = [form for form in written if official_of is not None and official_of(form) == official_of(name)]
        if official_of is not None:  # 某某傣族自治州 once, then 某某 again and again
            same += [form for form in short_names(official_of(name)) if len(form) >= MIN_SHORT_COUNTED]
        return max(_times_named(text, form) for form in same or [name])

    most = min(found, key=lambda name: (-times(name), found[name], name))
    if scope is None and None not in (level_of, holder_at, official_of) and level_of(most) == "province":
        within = _one_city_within(most, text, find_region, level_of, holder_at, official_of)
        if within:
            return within  # 某省…名单公布，某市某商会和某县…、某县…: the province lists one city's own
    if scope in ("市", "省") and None not in (level_of, holder_at, official_of):
        # 全市… 某区、某市入选全省…示范: two counties of one city named in a whole city's text are the city's
        counties = {official_of(name) for name in found if level_of(name) == "county"}
        return (len(counties) >= 2 and _shared_city(sorted(counties), level_of, holder_at)) or most
    return most


def _one_city_within(province: str, text: str, find_region, level_of, holder_at, official_of) -> str | None:
    """The one city of a province that a text names together with two or more of its counties, and no county of
    another city of the province: the text is that city's, the province only named as above it."""
    names = _outside_quotes(text, find_region(text))
    counties = {official_of(name) for name in names if level_of(name) == "county"}
    cities = {holder_at(name, "prefecture") for name in counties}
    if len(counties) < 2 or len(cities) != 1 or None in cities:
        return None
    city = cities.pop()
    written = next((name for name in names if official_of(name) == city), None)
    return written if written and holder_at(city, "province") == official_of(province) else None


def _autonomous_region(name: str, level_of, official_of) -> bool:
    """Whether a place is a province-level autonomous region (新疆维吾尔自治区), whose own texts say 全区 as a
    district's do: both are what a text about the whole 区 may be about, and the one named most is."""
    return official_of is not None and level_of(name) == "province" and official_of(name).endswith("自治区")


def _times_named(text: str, name: str) -> int:
    """How often a text names a place, leaving out where it is part of a society's name (某省社团联会, 台湾同胞…)
    or of a quoted name (“某地春雨行动”), and where it is the place above the text's own: the one whose
    honour the text's body won (获评某市先进), among whose units it is the only one (为某市唯一…), or
    whose meeting it attended (在某市…大会上获评) or whose body guides it (在某市委统战部的指导下)."""
    spans = _quoted_spans(text)
    count, at = 0, text.find(name)
    while at >= 0:
        count += not _its_people_after(text, at + len(name)) and not any(a < at and at + len(name) < b for a, b in spans) \
            and not _above(text, at, at + len(name))
        at = text.find(name, at + len(name))
    return count


def _named_above(text: str, name: str) -> bool:
    """Whether a text names a place as the one above its own (获评某市先进, 为某市唯一…) anywhere."""
    at = text.find(name)
    while at >= 0:
        if _above(text, at, at + len(name)):
            return True
        at = text.find(name, at + len(name))
    return False


def _county_level_city(name: str, level_of) -> bool:
    """A city at the level of a county (诸暨市 under 绍兴市), which speaks of itself as 我市 and 全市."""
    return name.endswith("市") and level_of(name) == "county"


def _above(text: str, start: int, end: int) -> bool:
    """Whether a place is named as the one above the text's own (获评某市…, 为某市唯一…, 在某市…会上,
    在某市…指导下)."""
    before = PARTY_BEFORE.sub("", text[max(0, start - 7):start])[-3:]  # 荣获民革某省…: the party's committee there
    return bool(HONOURED_BY.search(before) or ONLY_ONE.match(text, end)
                or (before.endswith("在") and ATTENDED.match(text, end)))


def _first_sentence(line: str) -> str:
    """A line's first sentence, up to any sentence stop, the small forms some pages print included (﹔); past a
    couplet that opens the line (春节将至，年味渐浓。), which sets a mood and says nothing of who, where or when."""
    couplet = OPENING_COUPLET.match(line)
    if couplet and FIRST_STOP.split(line[couplet.end():], maxsplit=1)[0].strip():
        line = line[couplet.end():]
    return FIRST_STOP.split(line, maxsplit=1)[0]


def _news_region(line: str, find_region, scope: str | None = None, level_of=None, holder_at=None,
                 official_of=None) -> list[str]:
    """Where a news item's first sentence happens: the body the reporter heard from (记者从某县工商联获悉) or
    whose notice it retells (据某县侨办消息),
    the place it was held in (在某市召开; 某某推介会11月30日在某县举行, past who sponsored it), or the body or
    place that held it (9月27日，某市召开…)."""
    heard = HEARD_FROM_BODY.search(line)
    if heard:
        return find_region(heard.group("body"))
    retold = RETOLD_FROM_BODY.search(line, 0, 40)
    retold_from = find_region(retold.group("body")) if retold else []
    if retold_from:
        return retold_from
    first = _first_sentence(line)
    venue = VENUE.search(first[:60])
    if scope is not None and venue and WHOLE_SCOPE.search(first[:60]) \
            and not _province_venue(venue.group("place"), find_region, level_of):
        return []  # 全市…推进会在某县召开: a venue, and the city is named elsewhere (not 某会在香港举行, 市委… came)
    slogans = SLOGANS_LEAD.match(first)  # “某某”“某某”……今年以来，某县委统战部…: the slogans it ran, then the news
    if slogans:
        first = first[slogans.end():]
    opening = NEWS_OPENING.match(first)
    matter = first[opening.end():] if opening else first
    held = HELD_IN.match(matter)
    if held:
        return find_region(held.group("place"))
    gathered = GATHERED_AT.search(matter[:40])
    chain = _place_chain(gathered.group("place"), find_region) if gathered else []
    if chain:
        return [chain[-1]]  # 2日，千名乡贤齐聚某省某县，参加…: where the gathering is
    journey = _journey(matter, MAX_WORKED_AT, find_region, level_of)
    if journey and journey[1]:
        return [journey[1]]  # 某市侨商会一行在某省某区开展调研和捐赠: the place worked in, not the travellers'
    if opening and opening.end() > 0 or slogans:  # 近日，某市委统战部组织开展…: the place of the body the news is about
        actor = [name for name in find_region(matter[:16]) if matter.startswith(name) and ACTOR_HEAD.match(matter, len(name))]
        if actor:
            return actor
        chained = _place_chain(matter[:20], find_region)
        if chained and LOCAL_HEAD.match(matter, len("".join(chained))):
            if len(chained) > 1 and FELLOWS.match(matter, len("".join(chained))):
                return [chained[0]]  # 香港某省同乡会…举办: a society of one place's people meets where it is
            return [chained[-1]]  # 广东某市侨商会27日在…举办年会: a full name (省+市) stands for its last place
    period = PERIOD_LEAD.match(first)
    if period:  # 近年来，某区认真贯彻…, 今年以来，某市某区工商联…: the summary of the place its first sentence opens on
        chained = _place_chain(first[period.end():period.end() + 20], find_region)
        if chained and not NOT_ACTING.match(first, period.end() + len("".join(chained))):
            return [chained[-1]]
    held_at = EVENT_HELD_AT.search(first)
    if held_at:  # 作为…之一，某某推介会11月30日在某省某市某县举行: the news is where the event was held
        venue = held_at.group("place")
        names = [name for name in find_region(venue)
                 if not _in_a_name(venue, name) and not _inside_venue(held_at.group(0), name, find_region)]
        if names:
            return names
    quoted = _quoted_spans(matter)
    for verb in EVENT_VERBS:
        at = matter.find(verb)
        while at >= 0 and any(a < at < b for a, b in quoted):
            at = matter.find(verb, at + 1)  # 某会主办「庆祝某国成立…晚会」: a verb of the quoted event's name
        if 0 < at <= 30 and not any(mark in matter[:at] for mark in "，,：:"):
            names = [name for name in _outside_quotes(matter[:at], find_region(matter[:at]))
                     if not _in_a_name(matter[:at], name) and not _inside_venue(matter[:at + len(verb)], name, find_region)]
            if matter[:1] in LEVEL_CHARS and not any(matter.startswith(name) for name in names):
                # 市某某会议在某区召开: the city's own body, met in one of its districts; the venue is not the news's
                # place, the one its full name gives elsewhere in the line is (了解上海市某某会议成员单位…)
                level, body = matter[0], matter[1:at].split("在")[0]
                full = [name for name in find_region(line.replace(matter, ""))
                        if f"{name.removesuffix(level)}{level}{body}" in line]
                names = full or [name for name in names if f"在{name}" not in matter[:at]]
            return names
    journey = _journey(matter, MAX_VISIT_AT, find_region, level_of)
    if journey:
        travellers, destination = journey
        return [destination] if destination else travellers  # 某地侨联组团赴某省考察: where the travellers are from
    return []


def _branch_place(matter: str, opening_names: list[str], find_region, level_of, holder_at,
                  official_of) -> str | None:
    """The county a city's body names its branch after when the news opens on that branch (某市某某会（…）某某分会
    成立, 九三学社某市某某支社召开…): the branch's news is its county's, not the city's. The county is named
    in full or short (某某分会 for 某某区, which the opening names in full: a short name alone is too often a word);
    only a county of the city named first: a branch named after a place elsewhere (某市民进某某总支, a town's or an
    island's name that is also a county's elsewhere) is not read."""
    if None in (level_of, holder_at, official_of):
        return None
    branch = BRANCH.search(matter, 0, MAX_BRANCH_AT)
    if branch is None:
        return None
    chain = _place_chain(matter[_party_prefix(matter):], find_region)
    if not chain or level_of(chain[0]) != "prefecture":
        return None
    place = branch.group("place")
    named = [name for name in opening_names
             if place.endswith(name) or _short_of(name) and place.endswith(_short_of(name))]
    return next((name for name in named if level_of(name) == "county"
                 and _lies_within(name, chain[0], level_of, holder_at, official_of)), None)


def _inside_venue(piece: str, name: str, find_region) -> bool:
    """Whether a place is read only inside the name of a venue a piece says something was held at (在金桂林宾馆举行):
    a venue's places open its name (在某省某市某县某广场举行)."""
    venues = [match.group("place") for match in VENUE.finditer(piece)]
    return any(name in venue and name not in _place_chain(venue, find_region) for venue in venues) \
        and not any(name in part for part in VENUE.split(piece)[::2])


def _chain_end(title: str, names: list[str], find_region, level_of, holder_at, official_of) -> list[str]:
    """The title's places with the first one read at the end of the chain it opens (湖南|某某县|某会开展…: the
    county, which the province only locates)."""
    at = title.find(names[0]) if names else -1
    if at < 0 or None in (level_of, holder_at, official_of):
        return names
    chain = _place_chain(title[at:], find_region)
    if len(chain) < 2 or chain[0] != names[0] or level_of(chain[0]) is None:
        return names
    last = chain[-1]
    if not _lies_within(last, chain[0], level_of, holder_at, official_of):
        return names
    return [last] + [name for name in names if name not in chain]


def _gone_to(names: list[str], opening: list[str], find_region, level_of, holder_at, official_of) -> str | None:
    """The place within its own that a title's one body went to work in, as the news's first sentence tells it: the
    title names the body by its place alone (民盟某市委开展“某某”活动), the opening has it travel from there to one
    of its counties (某日，民盟某市委到某区某乡某村开展…); a journey out of its place stays the body's news."""
    if len(names) != 1 or not opening or None in (level_of, holder_at, official_of):
        return None
    journey = _journey(_lead_matter(opening[0]), MAX_VISIT_AT, find_region, level_of)
    if journey is None or journey[0] != names or journey[1] is None:
        return None
    return journey[1] if holder_at(journey[1], level_of(names[0])) == official_of(names[0]) else None


def _journey(piece: str, within: int, find_region, level_of) -> tuple[list[str], str | None] | None:
    """The places of those who travel (某地侨联组团赴…) and the place they go to for their work there, if it is the
    news's (`_destination`), for a journey told in the first `within` characters of a piece; None when it tells none."""
    visit = min(filter(None, (VISITED.search(piece, 0, within), WALKED_INTO.search(piece, 0, within))),
                key=lambda match: match.start(), default=None)
    if visit is None:
        return None
    travellers = find_region(piece[:visit.start()])
    chain = _place_chain(piece[:visit.start()], find_region, travellers)
    if len(chain) > 1 and FELLOWS.match(piece, len("".join(chain))):
        travellers = chain[:1]  # 某市某县同乡会…抵达某县: the society lives in the first place; the second is its home
    unnamed = UNNAMED_LEVEL_BODY.search(piece, 0, visit.start())
    if not travellers and (unnamed and not unnamed.group(0).startswith(PROVINCE_LEVEL)
                           or TOUR.search(piece, max(0, visit.start() - len("先后")), visit.start())):
        return travellers, None  # 民盟市委会一行前往某区…, 某某一行先后来到某旗、某区: whose place, or which, unknown
    return travellers, _destination(travellers, piece[visit.start("place"):], find_region, level_of)


# travellers named by their level alone (民盟市委会一行, 县侨联主席) may come from the very place they go to
UNNAMED_LEVEL_BODY = re.compile(r"[省市州县区](?:委|政府|政协|人大|工商联|侨联|台办|台联|统战部|民宗)")
# 走进某县某小学开展…: where a body goes in to work (a title's place so written stays its region: 某某走进某州采风)
WALKED_INTO = re.compile(r"走进(?P<place>[\u4e00-\u9fff]{2,8})")
PROVINCE_LEVEL = "省"  # 民建省委走进某县某小学…: a province's body goes to a place inside it, whichever province it is
TOUR = re.compile(r"先后|分别|相继|陆续")  # 一行先后来到某旗…、某区…: a tour of places, none of them the news's


MAX_VISIT_AT = 40  # characters of a news item's opening within which the journey it tells starts
# characters of a news item's opening within which a journey to work at a place (某市侨商会某某等15人，在某办主任陪同
# 下，在某省某区开展调研和捐赠) makes the news that place's, past the travellers' names and escorts
MAX_WORKED_AT = 80


def _destination(travellers: list[str], after: str, find_region, level_of) -> str | None:
    """The place a body travels to for its work there (民革某省委会赴某州开展捐赠, 某市民建赴某自治区某市考察): the
    news is that place's. Not a body they call on (赴某县侨联座谈), a place above their own (某区…赴某省), nor an
    event they attend or a lesson they learn there (赴某省参加…, 赴某县学习…); a province's body going inside it,
    yes, a city's body going to a county of its own (某市民盟赴某县开展助学) too, and travellers named by no place
    (某某参访团一行到某区走访考察), but not by their level alone (`_journey`). Measured over the opened sets: the
    gold gives the place all 10 times; the 4 texts of a body called on, a place above or an event attended, the
    travellers'; a county of the travellers' own city, once divided, the place 3 times since."""
    chain = _place_chain(after[:20], find_region)
    if not chain or level_of is None:
        return None
    destination = chain[-1]
    level = level_of(destination)
    rest = len("".join(chain))
    purpose = re.split(r"[，,。；;]", after[rest:], maxsplit=1)[0]
    if level not in LEVELS or LOCAL_HEAD.match(after, rest) or ACTOR_HEAD.match(after, rest) \
            or purpose.startswith(ATTENDING) or LEARNING.search(purpose):
        return None
    for origin in travellers:
        above = level_of(origin)
        if above not in LEVELS or LEVELS.index(level) < LEVELS.index(above) or origin == destination:
            return None
    return destination


def _province_venue(place: str, find_region, level_of) -> bool:
    """Whether a venue is a province-level place (香港, 某省), which no city's own meeting is held inside."""
    opening = next((name for name in find_region(place) if place.startswith(name)), None)
    return level_of is not None and opening is not None and level_of(opening) == "province"


def _place_chain(piece: str, find_region, names: list[str] | None = None) -> list[str]:
    """The places a piece opens with, one right after another (广东|某市|…), in order; `names` are the piece's places
    when the caller has read them already."""
    found = find_region(piece) if names is None else names
    names, position = sorted(found, key=len, reverse=True), 0  # the longest name at each place
    chain = []
    while True:
        following = next((name for name in names if piece.startswith(name, position)), None)
        if following is None:
            return chain
        chain.append(following)
        position += len(following)


def _is_body(name: str) -> bool:
    """Whether a source names a body (某市委统战部, 某县工商联) rather than a paper or a site."""
    return name.endswith(("统战部", "工商联", "侨联", "委会", "民宗局", "民宗委", "台办", "政协", "总商会", "委员会"))


def _header(lines: list[str], start: int = 1) -> tuple[str | None, str | None, str | None]:
    """Publisher and date given near the top: 来源：某某日报  发布时间：2023-03-02, or 2023-03-02 10:15 来源：某某日报,
    or a page's timestamp after its site's name (某某网 2023-01-13 15:33:05); and the day of a site's clock above
    them (2024年12月19日 星期四), which is the day the page was copied as often as the day it was published."""
    publisher = date = clock = None
    for line in lines[start:start + 4 if start else 8]:
        if clock is None and WEEKDAY_CLOCK.match(line):
            clock = _iso(line)  # 2024年12月19日 星期四 over a page: its day when no field below gives one
            continue
        if len(line) > MAX_SOURCE_LINE * 2:
            glued = LABELLED_DATE.match(line)  # 发布时间:2018-09-03 来源:8月24日，…: the fields glued to the text
            if glued and date is None:
                date = _iso(glued.group("date"))
            continue
        posted = POSTED_DAY_FIRST.match(line.strip())
        if posted and date is None:  # 发布: 3:57pm 04/09/2023: a Malaysian page's posting time, its day first
            day, month, year = posted.groups()
            date = _iso(f"{year}-{month}-{day}")
            continue
        day_first = DAY_FIRST_DATE.match(line.strip())
        if day_first and date is None:  # 05.01.2016  16:40: a page's timestamp written day first
            day, month, year = day_first.groups()
            date = _iso(f"{year}-{month}-{day}") if int(month) <= 12 else _iso(f"{year}-{day}-{month}")
            continue
        glued = SOURCE_THEN_DATE.search(line)
        if glued and date is None:  # 来源: 某某晚报2022-09-23 09:53:15: the page's source, its date run on
            publisher, date = publisher or glued.group("source"), _iso(glued.group("date"))
            continue
        labelled = LABELLED_DATE.search(line) or LEADING_DATE.match(line) or TIMESTAMP.match(line) or (
            BOILERPLATE.search(line) and (CHROME_DATE.match(line) or PAPER_PATH_DATE.search(line)))
        if labelled and date is None:
            date = _iso(re.sub(r"(?<=[年月])\s*[/／]\s*", "", labelled.group("date")))  # 2021年/05月/12日 in a path
            source = LABELLED_SOURCE.search(line)
            if source and publisher is None:
                publisher = source.group("source")
    return publisher, date, clock


# a source field whose value runs into the page's date and clock, with no space between (来源: 某某晚报2022-09-23 09:53)
SOURCE_THEN_DATE = re.compile(r"(?:来源|來源)[:：]\s*(?P<source>[\u4e00-\u9fff]{2,20}?)"
                              r"(?P<date>(?:19|20)\d{2}-\d{1,2}-\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s|$)")


def _above_site_footer(lines: list[str]) -> list[str]:
    """A page's lines without the site's own closing lines (its copyright, address and licence), under which no
    page prints a text's fields."""
    end = len(lines)
    while end > 0 and SITE_FOOTER.search(lines[end - 1]):
        end -= 1
    return lines[:end]


def _footer_date(lines: list[str]) -> str | None:
    """The date a page prints below its text when none stands above it: a labelled field (发布时间：2020-10-26) or a
    line of the page's fields that opens with the date (--> 2020-10-26 1 1 某某时报 content_1.html …)."""
    for line in reversed(lines):
        if len(line) > MAX_SOURCE_LINE * 2:
            continue
        found = LABELLED_DATE.search(line) or FOOTER_DATE.match(line)
        if found:
            return _iso(found.group("date"))
    return None


# what a bracketed dateline names when it is a paper or site, not a place: (本报6日讯)
OUTLET_ENDINGS = ("报", "网", "社", "台", "刊", "讯")
DATELINE_LINES = 12  # a paper's page puts its menus, the headline and a photo's caption above the dateline


def _unknown_town_filed_from(lines: list[str], find_region) -> str | None:
    """The town a Malaysian paper's dateline names ((某某6日讯)) when no gazetteer knows it: the news is that
    town's, though the text goes on to name only its state or the places its people come from."""
    for line in lines[:DATELINE_LINES]:
        match = BRACKETED_DATELINE.match(line)
        if match:
            place = match.group("place")
            return None if place.endswith(OUTLET_ENDINGS) or find_region(place) else place
    return None


# 【某某2017年06月12日讯】: an outlet's dateline in black brackets that names the full day and no place
OUTLET_DAY = re.compile(r"【[^】\s]{1,12}?(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*[电讯]】")


def _outlet_day(lines: list[str]) -> str | None:
    """The day an outlet's bracketed dateline gives at the opening (【某某2017年06月12日讯】), or None."""
    dated = next(filter(None, (OUTLET_DAY.search(line[:40]) for line in lines[:DATELINE_LINES])), None)
    return _iso(dated.group("date")) if dated else None


def _dateline(lines: list[str]) -> tuple[str, str | None] | None:
    """The place and, when it gives the year, the date of a dateline at the opening (新华社南京3月2日电, 某网某国
    9月5日讯, 本报某地讯, （记者某某/某地报导）), in the text's first line too when it has no title."""
    for line in lines[:5]:
        match = DATELINE.search(line[:60]) or DAY_FIRST_DATELINE.search(line[:60])
        if match:
            year = match.group("year")
            date = _iso(f"{year}-{match.group('month')}-{match.group('day')}") if year else None
            return match.group("place"), date
        placed = PLACE_DATELINE.match(line) or BYLINE_PLACE.search(line[:40]) or BRACKETED_DATELINE.match(line)
        if placed:
            return placed.group("place"), None
    return None


def _is_news(title: str | None, dateline, lines: list[str], dated_at_top: bool = False) -> bool:
    """Whether a text reports news (published when it happens) rather than summing up a past year:
    a summary says so in its title or opens on the past year (一年来…); news has a dateline, a reporter,
    a meeting in its title, 今年以来, or a page's timestamp above its text."""
    if title and title.rstrip().endswith(EVENT_VERBS):
        return True  # 某会2022年度工作总结大会召开: news of a meeting, though it names a summary
    if title and SUMMARY_TITLE.search(title):
        return False
    if title and any(verb in title for verb in EVENT_VERBS):
        return True
    opening = lines[1:4] if title else lines[:3]
    if opening and DATED_EVENT.match(opening[0], _past_purpose(opening[0], _text_start(opening[0]))):
        return True  # 2月28日，某会召开… (past a purpose clause: 为落实…，2月23日，…): an event told on the day
    if opening and DAY_LEAD.match(opening[0]):
        return True  # 1月23日，受某某委托，某某一行赴某乡走访…: a text that opens on its day tells news
    if any(PERIOD_OPENING.match(line) for line in opening[:2]):
        return False
    return bool(dateline) or dated_at_top or any("讯" in line[:40] or "记者" in line[:40] or WIRE.match(line)
                                                 for line in opening) \
        or any(THIS_YEAR.search(line) for line in opening) \
        or any(THIS_MONTH_DAY.search(line) for line in lines[1:1 + MONTH_DAY_LINES])


# 本月十二日下午…, 上月28日: a day told by the month it was written in, as only news does
THIS_MONTH_DAY = re.compile(r"(?:本月|上月)\s*[\d一二三四五六七八九十]{1,3}\s*[日号]")
MONTH_DAY_LINES = 5  # lines under the title searched for it (a photo's caption may come first)


def _past_purpose(line: str, start: int) -> int:
    """Where a line's matter starts past a purpose clause before its date (为落实…，了解…，2月23日，…)."""
    purpose = PURPOSE_CLAUSE.match(line, start)
    return purpose.end() if purpose else start


def _title(lines: list[str]) -> str | None:
    if not lines:
        return None
    labelled = next((k for k, line in enumerate(lines[:MAX_LABELLED_TITLE_AT]) if TITLE_LABEL.fullmatch(line.strip())),
                    None)
    if labelled is not None and labelled + 1 < len(lines) and len(lines[labelled + 1]) <= MAX_TITLE:
        return lines[labelled + 1]  # 标题: on a line of its own, the headline on the next (a forum's print view)
    first = lines[0]
    if len(lines) > 1 and (LEADING_DATE.fullmatch(_ascii_digits(first)) or NUMERIC_DATE.match(first)):
        return _title(lines[1:])  # 2025年03月07日 above the headline: the page's date, not its title
    if len(lines) > 1 and BYLINE_LINE_ALONE.match(first):
        return _title(lines[1:])  # 某某日报·某某客户端记者 某某 under a page's date: the reporter, not the title
    if len(first) > MAX_TITLE or first.endswith(("。", "；")) or "。" in first:
        return None  # a line that holds a full stop is the text's, whatever a page's line breaks cut off
    if len(lines) > 1 and lines[1].startswith("—") and len(lines[1]) <= MAX_TITLE:
        return f"{first} {lines[1]}"  # a subtitle on its own line: ——2019年齐齐哈尔市统一战线工作综述
    fields = INLINE_FIELDS.search(first)
    if fields and len(lines) > 1 and TEXT_LABEL.fullmatch(first[:fields.start()]):
        return _title(lines[1:])  # 正文 发布时间:2017-11-07 over the headline: the page's label for its text, and its fields
    return first[:fields.start()] if fields else first  # 某会简介 发布时间:2024/03/28 浏览次数:…: the page's fields


BYLINE_LINE_ALONE = re.compile(BYLINE_LINE)
TITLE_LABEL = re.compile(r"(?:标题|標題|题目|題目)\s*[:：]")  # a page's label for its headline, alone on its line
MAX_LABELLED_TITLE_AT = 6  # lines from the top within which such a label gives the headline
INLINE_FIELDS = re.compile(rf"\s+{FIELD_LABELS}")  # 某会简介 发布时间:2024/03/28 浏览次数:次: the page's fields
TEXT_LABEL = re.compile(r"正文|全文|内容|详情|详细内容|文章内容|新闻内容")  # what a page calls the text below it


def _source(lines: list[str]) -> tuple[str | None, str | None]:
    """Publisher and date of a closing source line: 贵州日报2023-2-28, （来源：某某日报 2023年10月13日）."""
    for line in reversed(lines[-3:]):
        if len(line) > MAX_SOURCE_LINE:
            continue
        line = line.strip("（）()【】[] ")
        match = SOURCE_LINE.match(line)
        if match:
            return match.group("publisher") or None, _iso(match.group("date"))
        labelled = LABELLED_DATE.search(line)
        if labelled:
            source = LABELLED_SOURCE.search(line)
            return (source.group("source") if source else None), _iso(labelled.group("date"))
    return None, None


def _iso(written: str) -> str | None:
    match = DATE.search(written)
    if not match:
        return None
    year, month, day = (int(part) for part in match.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


# an undated text that tells so many years is a history, written as of the latest of them (measured over the
# opened sets: the gold's year is the latest year named in 15 of 16 undated texts naming three or more); a year of
# background (成立于1994年), a period's start (自2016年起) or a target (力争到2025年) is not one it tells
MIN_HISTORY_YEARS = 3
# a text whose opening names only years this many or more before its page's date tells them as background
STALE_YEARS = 2
SUMMARY_SEASON = 6  # the last month in which a page that sums up a year is put up the year after
ENTRY_LABEL = re.compile(r"【[\u4e00-\u9fff]{2,6}】")  # 【概况】: a yearbook's entry heading
# an opening that sums up the past years (过去两年, 五年来, 近三年): the text is as of the latest year it names
YEARS_SPANNED = re.compile(r"过去的?[两二三四五几]年|近[两二三四五几]年|[两二三四五几]年来")
OPENING_LINES = 3
NOT_TOLD_BEFORE = re.compile(r"(?:于|於|自|从|從|(?:力争|争取|预计|计划|目标)(?:到|在|于)?)$")
MAX_NOT_TOLD = 4  # characters before the year: 力争到
# 兼2013年度某堂主席: the year of someone's term in an office, no year the text tells of its own
TERM_OF_OFFICE = re.compile(r"度[\u4e00-\u9fff]{0,12}?(?:主席|会长|理事长|总理|董事长|监事长)")


def _told_years(lines: list[str]) -> set[int]:
    """The years the lines tell, less those of background, a period's start or a target (成立于1994年, 自2016年起,
    力争到2025年) or someone's term in an office (2013年度某会主席)."""
    return {int(match.group(1)) for line in lines for match in YEAR.finditer(line)
            if not NOT_TOLD_BEFORE.search(line, max(0, match.start() - MAX_NOT_TOLD), match.start())
            and not TERM_OF_OFFICE.match(line, match.end())}


def _year(title: str | None, lines: list[str], date: str | None, news: bool = False,
          edition: int | None = None) -> int | None:
    """The year a report covers: the first year of its title; a news item's publication year when it
    says 今年以来; else the one its opening names (the most named in a summary, the latest in a news item,
    which looks back on the past year when it plans the next), years of background (于1994年, 截至2013年底,
    某委2009年5月成立) aside, and so is a base compared with (与2016年…相比); else the publication year (of a news item)
    or the year before it (of a summary, published in the first half of the year after the one it covers) — a news item that opens
    on a day (6月29日，…; 某社某地6月29日电) or on the recent years' work (近年来，…) is of its publication year, one
    that opens on its meeting dated with its year (2024年12月28日至30日，某会召开) is of that year, and so is an
    undated text whose first lines open on a full day (2019年9月2日至6日，…); else the year-end a
    text counts up to (截至2020年底, 截至2020年，), when no later year is named; a yearbook's entry naming none is of the
    year before its `edition` (某市年鉴-2023: 2022); a news item dated by day alone before a later day of the one year
    it names is of the year after; last, the latest year the text names anywhere that no word of background (于, 自,
    从, 截至…) leads. The end of a period set out from a year of background (从2021年至2023年) counts for none of
    the opening's years. Before its opening is read, an undated text that tells three or
    more years is taken for a history, of the latest it tells. Years of the Republic of China's calendar count as the
    years they are (民國106年: 2017)."""
    title = _western_years(title) if title else title
    lines = [_western_years(line) for line in lines]
    if title and date and PROFILE_TITLE.search(title) and not YEAR.search(title):
        return int(date[:4])  # 某会简介: a profile tells the body as it stands when put up, whatever history it recalls
    if title:
        planning = PLANNING_MEETING.search(_ascii_digits(title))
        if planning and int(planning.group(2)) == int(planning.group(1)) + 1:
            return int(planning.group(2))  # 某会召开2020年度工作总结会暨2021年工作部署会: a meeting of the year it plans
        match = next((year for year in YEAR.finditer(title) if not _begins_period(title, year)), None)
        if match:
            if news and date and int(date[:4]) == int(match.group(1)) + 1 and REVIEWED_YEAR.search(title, match.start()):
                return int(date[:4])  # 2022年度总结大会召开, published in 2023: the meeting is of 2023
            return int(match.group(1))
    chronicled = next(filter(None, map(CHRONICLED_SPAN.search, lines[:MAX_ABSTRACT_LINE])), None)
    if chronicled:  # an entry of a chronicle (记述了…至2010年…; 《某市志(1988-2007)》) is of the period it ends with
        return int(chronicled.group(1) or chronicled.group(2))
    if date is None and any(CHRONICLE_HEADING.match(line) for line in lines[:MAX_ABSTRACT_LINE]):
        # 第八篇 民主党派 / 第一章 某某总支委员会: a chronicle's entry records its subject up to the latest year it names
        named = [int(year) for line in lines for year in YEAR.findall(line)]
        if named:
            return max(named)
    if date is None:
        told = _told_years(lines)
        if len(told) >= MIN_HISTORY_YEARS:
            return max(told)  # an undated history (2003年，成立…；2015年，…；2022年，…) is written as of its latest year
        spanned = _told_years(lines[:MAX_ABSTRACT_LINE])
        if len(spanned) >= 2 and any(YEARS_SPANNED.search(line) for line in lines[:OPENING_LINES]):
            return max(spanned)  # 某会过去两年…；2009年，…；2010年…: a summary of years, as of the latest
    opening = "".join(lines[1:4])
    if date and (THIS_YEAR.search(opening) or (news and "今年" in opening)):
        return int(date[:4])  # a news item that speaks of 今年 (部署今年任务) is of the year it was published
    if date and title and any(RECENT_YEARS.match(line, _text_start(line)) for line in lines[1:3]):
        return int(date[:4])  # 近年来，某部…: the recent years' work, told as it stands when published, whatever year
        # an example names (measured over the opened sets: the gold gives the page's year to 11 of 12 such texts)
    # an untitled text opens on its first line (6月12日，某活动在某村举行); a wire's day counts under a title only, an
    # untitled wire being a reprint that a page may date years later
    day = next(filter(None, map(_opening_day, lines[1:4] if title else lines[:3])), None)
    wire_day = _news_day(lines[1:4]) if title and day is None else None  # 某社某地6月29日电: the dateline's day
    month = int(day.group("month")) if day else wire_day[0] if wire_day else None
    if news and date and month:
        # 6月29日，某部举行… (or 某社某地6月29日电), published 2021-06-29: the event's year is the page's, whatever
        # history it recalls
        return int(date[:4]) - (month > int(date[5:7]))
    if news and date and any(RELATIVE_DAY.match(line, _text_start(line)) or LUNAR_DAY_OPENING.match(line)
                             for line in (lines[1:4] if title else lines[:3])):
        # 本报讯（记者某某）昨日，…, published 2015-12-02 (or 某网讯 通讯员某某报道 正月初四，…): of the page's year,
        # whatever history it recalls
        return int(date[:4])
    held = next(filter(None, (DATED_EVENT.match(line) for line in lines[:2])), None)
    held_in = YEAR.match(held.group(0)) if news and held else None
    if held_in:
        return int(held_in.group(1))  # 2024年12月28日至30日，某会召开: the year it was held, whatever it honours or plans
    if title and date is None:
        opened_on = next(filter(None, (OPENED_ON.match(line) for line in lines[1:3])), None)
        if opened_on:
            return int(opened_on.group(1))  # 某某考察侧记 / 2019年9月2日至6日，…: a text that opens on the day it tells
    counts: dict[int, int] = {}
    for line in lines[:5]:
        line = LABELLED_DATE.sub("", line)  # 发布时间：2023年01月09日 is when the page was put up, already the date
        line = YEAR_RANGE.sub(r"\1年\2\3年", line)  # 2018至2019年度: both years
        for match in YEAR.finditer(line):
            if HISTORICAL_YEAR.search(line[max(0, match.start() - 3):match.start()]) \
                    and not (line[max(0, match.start() - 1):match.start()] == "于" and re.match(r"\s*\d{1,2}\s*月", line[match.end():])
                             and not FOUNDED_IN.search(line, max(0, match.start() - 4), match.start())):
                continue  # 于1994年为… is background; 于2020年5月31日 is an event of the report, 成立于1984年10月 not
            if FROM_YEAR_TO.search(line, max(0, match.start() - 12), match.start()):
                continue  # 从2021年至2023年每年资助: the end of a period set out from a year of background, not the text's
            if FOUNDED_AFTER.match(line, match.end()) and match.start() > 0:
                continue  # 某市委2009年5月成立，8年间…: when the body began, told inside a sentence, is background
            if DEADLINE_AFTER.match(line, match.end()):
                continue  # 赶在2028年前迁校: a deadline the text plans for, not a year it tells
            if TERM_OF_OFFICE.match(line, match.end()):
                continue  # 主席兼2013年度某堂主席: the year of someone's term, told as who the person is
            year = int(match.group(1))
            if date and year > int(date[:4]):
                continue  # 以便2027年迎来…, on a page put up in 2023: a year planned for, not one the text tells
            if HONOURS_OF.search(line[max(0, match.start() - MAX_HONOURS_GAP):match.start()]) and line[match.end():match.end() + 1] == "度":
                year += 1  # 对荣获2017年度先进的单位进行授牌: last year's honours are handed out the year after
            counts[year] = counts.get(year, 0) + 1
    if not counts and date is None:
        for line in lines[:5]:  # 2017中国某某事业凉山行活动: an event named by its year
            for match in NAMED_YEAR.finditer(line):
                counts[int(match.group(1))] = counts.get(int(match.group(1)), 0) + 1
    if counts and news and date is None and REVIEWS_LAST_YEAR.search("".join(lines[:4])) \
            and not any(DATED_YEAR.search(line) for line in lines[:5]):
        # 总结去年工作 … 2022年，全市…: a meeting held the year after the one it reviews (the year most named),
        # unless it names its own year too (2010年迎春晚宴 … 2009年某会…)
        most = [year for year in counts if counts[year] == max(counts.values())]
        return max(most[0] + 1, max(counts)) if len(most) == 1 else max(counts) + 1
    reviewed = _reviewed_in_a_meeting("".join(lines[1:4] if title else lines[:3]))
    if news and date is None and reviewed is not None and set(counts) == {reviewed} \
            and not any(DATED_YEAR.search(line) for line in lines[:5]):
        return reviewed + 1  # 1月10日，某会召开全会，总结2022年工作: a meeting of the year after the one it reviews
    opened = next(filter(None, map(_opening_day, lines[:3])), None) if date is None and len(counts) == 1 else None
    if opened and int(opened.group("month")) <= EARLY_MONTHS:
        looked_back = [match for line in lines[:5] for match in PERIOD_LOOK_BACK.finditer(line)]
        if looked_back and all(int(match.group(1)) in counts for match in looked_back):
            return max(counts) + 1  # 1月18日，某会闭幕。…2020年，某委荣获…: a meeting early in the year looks back on the last
    period = next(filter(None, (PERIOD_YEAR.match(line) for line in lines[1:5])), None) if title else None
    if period and date and int(date[:4]) == int(period.group(1)) + 1:
        return int(period.group(1))  # 2024年，某区…(published in January 2025): a look back on the year before
    if counts and date and news and int(date[:4]) in counts:
        return int(date[:4])
    if counts and date and max(counts) < int(date[:4]) and all(
            SINCE_YEAR.match(line, match.start()) for line in lines[:5] for match in YEAR.finditer(line)):
        return int(date[:4])  # 2017年以来，某县…, put up in 2020: the work since then, told as it stands when published
    if counts and news and date is None and len(counts) == 1:
        told = _news_day(lines[:3])
        (year,) = counts
        if told and any(int(match.group(1)) == year and (int(match.group(2)), int(match.group(3) or 0)) > told
                        for line in lines for match in MONTH_OF_YEAR.finditer(line)):
            # 某社某地1月6日电 … 2021年12月20日，某地遭受洪灾 (or 1月23日，… 2024年9月，…): news tells what is past,
            # so of the year after
            return year + 1
    if counts and date and title and max(counts) <= int(date[:4]) - STALE_YEARS \
            and not any(ENTRY_LABEL.search(line) for line in lines[:5]):
        return int(date[:4])  # put up in 2019, its opening recalls 1994: the years it names are background (a
        # yearbook's entry, 【概况】 2020年，…, put up years later, and an untitled wire a page reposts stay theirs)
    if counts:
        if news:
            return max(counts)
        return max(sorted(counts), key=lambda year: counts[year])
    if edition:
        return edition - 1  # an entry of 某市年鉴-2023 naming no year of its own: the year 2022
    if date:
        # a summary put up in the first half of a year sums up the year before; later in the year it tells work of its
        # own year (去年…, 今年… of a story put up in August); a feature that tells what it saw 近日 is of its own year
        recent = any(RECENT_DAYS.search(line) for line in lines[1:OPENING_LINES + 1])
        return int(date[:4]) if news or recent or int(date[5:7]) > SUMMARY_SEASON else int(date[:4]) - 1
    as_of = next(filter(None, map(AS_OF_YEAR.search, lines[:5])), None)
    named = [int(year) for line in lines[:5] for year in YEAR.findall(line)]
    if as_of and int(as_of.group(1)) == max(named):
        return int(as_of.group(1))  # 截至2020年底(6月; 截至2020年，), 全市…(与2016年相比): counted up to the latest year it names
    earliest = _earliest_possible("\n".join(lines))
    if earliest is not None:
        return earliest
    # 5月20日，…2019年重点项目: an undated text is of the latest year it names, not one of background (成立于1984年)
    named = [int(match.group(1)) for line in lines for match in YEAR.finditer(line)
             if not HISTORICAL_YEAR.search(line[max(0, match.start() - 3):match.start()])
             and not DEADLINE_AFTER.match(line, match.end()) and not TERM_OF_OFFICE.match(line, match.end())]
    named += [int(match.group(1)) for line in lines for match in NAMED_YEAR.finditer(line)]
    return max(named) if named else None


def _news_day(lines: list[str]) -> tuple[int, int] | None:
    """The month and day a news item is dated by its dateline (某社某地1月6日电) or its opening (1月6日，…), if it
    gives no year."""
    for line in lines:
        dated = DATELINE.search(line) or NEWS_DAY.match(line, _text_start(line))
        if dated and not dated.groupdict().get("year"):
            return int(dated.group("month")), int(dated.group("day"))
    return None


def _opening_day(line: str):
    """The day a news item's opening line starts with (6月29日，…), also past a page's fields glued to
    its text (发布时间:2018-09-03 来源:8月24日，…); None for a header line or a date alone."""
    start = _text_start(line)
    if LEADING_DATE.fullmatch(line) or start == 0 and HEADER_FIELD.match(line):
        return None
    return OPENING_DAY.match(line, start)


def _text_start(line: str) -> int:
    """Where a line's text begins past the labelled fields a page glued to it (发布时间:2018-09-03 来源:8月24日，…)."""
    glued = GLUED_FIELDS.match(line) if len(line) > MAX_SOURCE_LINE else None
    return glued.end() if glued else 0


def _reviewed_in_a_meeting(opening: str) -> int | None:
    """The year a news item's meeting sums up (1月10日，某会召开…，总结2022年工作), when the meeting is
    dated early in a year (before November: one held in December sums up its own year)."""
    review = REVIEWED_WORK.search(opening)
    event = DATED_EVENT.match(opening)
    if review is None or event is None:
        return None
    month = re.search(r"(\d{1,2})月", event.group(0))
    return int(review.group(1)) if month and int(month.group(1)) < 11 else None


def _begins_period(text: str, year: re.Match) -> bool:
    """Whether a year is where a period begins (从2018年起, 自2016年以来): the start of what the text tells, not its
    year."""
    return any(begun.end() == year.end() for begun in BEGUN_IN.finditer(text, max(0, year.start() - 3), year.end()))


@cache
def _year_anchors() -> tuple[dict[str, int], dict[str, int]]:
    """The events (十九大, 二十届三中全会, 疫情防控) and the foundings (建党, 新中国成立) of year_anchors.csv."""
    with lexicon_path("year_anchors.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(line for line in handle if not line.startswith("#")))
    events = {row["phrase"]: int(row["year"]) for row in rows if row["kind"] == "event"}
    foundings = {row["phrase"]: int(row["year"]) for row in rows if row["kind"] == "founding"}
    return events, foundings


def _earliest_possible(text: str) -> int | None:
    """The year of a text that names no year of its own: the newest event it names, since it cannot be
    earlier (学习贯彻党的二十大精神: 2022), a five-year plan's first or last year (“十三五”收官之年: 2020), an
    anniversary (建党100周年: 2021), or the year after a period it says began in a year when it also speaks
    of 今年 (自2021年9月…截至今年6月: one writing in the year a period began writes 自今年…); a year of
    background alone (自2016年起) says nothing of when the text is."""
    events, foundings = _year_anchors()
    found = [year for phrase, year in events.items() if "中全会" not in phrase and phrase in text]
    for match in PLENARY.finditer(text):
        found += [events[key] for key in (f"{match.group(1)}{number}中全会" for number in re.findall(r"([一二三四五六七八九])中", match.group(2)))
                  if key in events]
    for match in FIVE_YEAR_PLAN.finditer(text):
        if COMING.search(text[max(0, match.start() - 6):match.start()]):
            continue  # 明年是“十四五”开局之年: a plan for the year to come
        first = 2006 + 5 * ("一二三四五六".index(match.group(1)))
        found.append(first if match.group(2) else first + 4)
    for match in ANNIVERSARY.finditer(text):
        before = text[max(0, match.start() - 12):match.start()].rstrip("“”‘’「」『』\"'")  # 发布‘五一口号’70周年
        founding = next((year for phrase, year in foundings.items() if before.endswith(phrase)), None)
        years = 100 if match.group(1) is None else parse_number(match.group(1))
        if founding is not None and years is not None:
            found.append(founding + int(years))
    if "今年" in text:
        found += [int(match.group(1)) + 1 for match in BEGUN_IN.finditer(text)]
    return max(found) if found else None
