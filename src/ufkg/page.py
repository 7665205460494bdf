"""What a web page prints around a report's text, and what a news item's opening says before its matter:
the patterns the metadata reader and the section reader both skip, kept in one place so that a shape
learnt once is skipped by both."""
from __future__ import annotations

# the site's "you are here" label: 当前位置：首页 > 统战要闻, 您的位置, 我的位置, 您目前的位置
WHERE_ON_SITE = r"[当當]前的?位置|所在位置|[我您](?:现在|現在|目前)?的位置"
# a row of a disclosure page's index table: [ 索引号 ] | … | [ 发布机构 ] | 某县财政局 |
INDEX_ROW = r"^\[\s*[\u4e00-\u9fff]{2,6}\s*\]\s*[|｜]"
# a breadcrumb path: 首页 > 新闻中心 > 要闻 (two arrows, whatever the words between them), or one arrow after the home
# page's link and its first step (首页 今日某县 > 某县要闻)
BREADCRUMB = r"[>＞»›][^>＞»›]*[>＞»›]|^(?:网站)?首\s*页\s[^。，,>＞»›]{1,20}[>＞»›]"
# a site's clock over every page, alone on its line (2024年12月19日 星期四, 2025-03-10 | 星期一, or its weekday in English:
# … Sat): the day the page was copied more often than the day it was published, and none of the text's sentences
SITE_CLOCK = (r"(?:19|20)\d{2}(?:\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|-\d{1,2}-\d{1,2}\s*[|｜]?)\s*(?:(?:星期|周|礼拜)[一二三四五六日天]"
              r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\.?)")
# a site's greeting and bookmarks bar: 欢迎您访问某某网站 收藏本站|设为首页; its clock (今天是2019年8月2日 星期五: the
# day the page was copied, not the report's)
SITE_CHROME = r"欢迎您?(?:访问|光临|来到)|收藏本站|设为首页|加入收藏|[扫掃]一[扫掃]|[扫掃]码|[扫掃]碼|分享到|分享功能|^(?:点击右上角|微信好友|朋友圈|QQ好友|QQ空间|新浪微博)$|今天是\s*(?:19|20)\d{2}\s*年|【字[体體]】|^(?:19|20)\d{2}-\d{2}-\d{2}\s*第\s*\d+\s*版"  # 请用微信扫一扫分享: a share button; 【字体】 大 默认 小, 2025-07-08 第03版: a paper's page buttons and edition
SITE_CHROME += r"|投稿(?:邮箱|郵箱|信箱)"  # 投稿邮箱:…: the site's call for contributions
# a site's consent banner, its prompts in other scripts (a line of no Chinese, or in kana), its app's plug and its
# photograph's buttons and credit (放大图片; 本报记者某某 摄), its call to subscribe (欢迎订阅…newsletter), a picture's or
# a video's file name shown in its place (某某.jpg, 某某.mp4)
# (the section reader sees the text as written, traditional too: 隱私, 下載)
PAGE_PROMPT = r"^[^\s/\\]{1,80}\.(?:jpe?g|png|gif|bmp|webp|mp4|mov|avi|wmv|flv|mp3|wav|JPE?G|PNG|GIF|MP4)$|[隐隱]私.{0,60}同意|同意.{0,60}[隐隱]私|[Cc]ookie|^[^\u4e00-\u9fff]*$|[\u3040-\u30ff]|APP|客[户戶]端|^下[载載]$|放大[图圖]片|^[^，,。]{0,16}\s[摄攝]$|[欢歡]迎[订訂][阅閱]|[Nn]ewsletter"
# a quoted slogan a text runs before its account opens (“同心聚力”“服务发展”……今年以来，…), with its list mark
SLOGAN = r"[“「][^“”「」\n]{1,30}[”」][、，,]?"
# a purpose clause before a news item's date (为落实…，了解…，2月23日，): what the body meets for, not who meets or where
PURPOSE = r"为了?[^。；;！？]{2,120}?[，,]\s*(?=(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日|近日|日前|连日来)"
# the reporter (or the writer, 笔者) hearing the news from a body (记者24日从某省侨联…获悉): where it comes from
HEARD_FROM = r"(?:记者|笔者)(?:近日|日前|\d{1,2}日)?从"
# a day of the lunar calendar (正月初四, 腊月二十, 农历八月十五), which a news item may tell its day by
LUNAR_DAY = r"(?:正月|腊月|农历[正一二三四五六七八九十冬腊]{1,2}月)(?:初[一二三四五六七八九十]|[十廿二三]?[一二三四五六七八九十])日?"
# a news item's prefix: 某报讯, 【某网讯】, 新华社某地3月2日电, 某网2月18日消息, 某网2月18日某地消息, 某网消息, 某网讯 12月27日电 (a
# site's 讯 and a wire's day together), a colon after; then the reporter's byline in brackets, (记者 …)
NEWS_PREFIX = r"[^，,。；\s]{0,20}?(?:讯|日电|日[\u4e00-\u9fff]{0,8}?消息|网消息)(?:\s*\d{1,2}月\d{1,2}日电)?[】\]）)]?[:：]?\s*"
BYLINE = r"(?:[（(][^）)]{0,30}[）)])?\s*"
# a line of the papers and sites a group publishes (□某某日报/某某晚报/某某新闻): a masthead, not a title nor the text
_OUTLET = r"[\u4e00-\u9fff]{2,8}?(?:日报|晚报|早报|都市报|新闻网|新闻|电视台|融媒体中心|客户端|网)"
# a line that is only a byline (记者 某某, 本报记者：某某、某某, 某某日报·某某客户端记者 某某): the page's header,
# not its title nor its text
BYLINE_LINE = (rf"(?:本报|本网|{_OUTLET}(?:\s*[·・/／]\s*{_OUTLET})*)?(?:记者|通讯员)[:：\s]\s*"
               r"[\u4e00-\u9fff]{2,3}(?:[\s、，,]+[\u4e00-\u9fff]{2,3})*\s*$")
# a line naming the site a text is taken from and its author, unlabelled (某某网站 佚名, 某某日报 某某): the title's
# source, under it
SOURCE_AUTHOR_LINE = rf"^{_OUTLET}站?\s+(?:佚名|[\u4e00-\u9fff]{{2,3}})\s*$"
OUTLETS_LINE = rf"^[□■◆●▲]?\s*{_OUTLET}(?:\s*[/／|｜、·]\s*{_OUTLET})+\s*$"
