"""The page debris both readers skip, on lines written for the test."""
from __future__ import annotations

import re

from ufkg.page import BREADCRUMB, WHERE_ON_SITE


def test_a_breadcrumb_needs_two_arrows():
    assert re.search(BREADCRUMB, "首页 > 新闻中心 > 要闻动态")
    assert re.search(BREADCRUMB, "主页 » 统战要闻 » 正文")
    assert not re.search(BREADCRUMB, "全年新增会员>100名")


def test_the_sites_you_are_here_label():
    for line in ("当前位置：首页", "您的位置: 首页", "我的位置: 主页", "所在位置"):
        assert re.search(WHERE_ON_SITE, line)
    assert not re.search(WHERE_ON_SITE, "在全省的位置更加突出")
