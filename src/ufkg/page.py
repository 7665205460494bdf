"""What a web page prints around a report's text: the patterns the metadata reader and the section
reader both skip, kept in one place so that a page shape learnt once is skipped by both."""
from __future__ import annotations

# the site's "you are here" label: 当前位置：首页 > 统战要闻, 您的位置, 我的位置
WHERE_ON_SITE = r"当前的?位置|所在位置|[我您]的位置"
# a breadcrumb path: 首页 > 新闻中心 > 要闻 (two arrows, whatever the words between them)
BREADCRUMB = r"[>＞»›][^>＞»›]*[>＞»›]"
# a site's greeting and bookmarks bar: 欢迎您访问某某网站 收藏本站|设为首页
SITE_CHROME = r"欢迎您?(?:访问|光临|来到)|收藏本站|设为首页|加入收藏"
