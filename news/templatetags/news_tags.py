"""Latest news for other pages (the home page, a display screen) without importing the newsroom.

    {% load news_tags %}
    {% latest_news 4 as items %}                        news of every type
    {% latest_news 3 news_type="announcement" as items %}
    {% for item in items %}{% include "news/_news_card.html" with item=item %}{% endfor %}

In the visitor's language (English leaves out items without English), newest first, in
one query with the lead image and category.
"""

from django import template

from core.listing import in_active_language
from news.models import NewsPage, NewsType

register = template.Library()

MAX_ITEMS = 24


@register.simple_tag
def latest_news(count=4, news_type=None):
    count = max(1, min(int(count), MAX_ITEMS))
    queryset = NewsPage.objects.live().public().order_by("-date", "-pk")
    if news_type in NewsType.values:
        queryset = queryset.filter(news_type=news_type)
    return list(in_active_language(queryset).select_related("lead_image", "category")[:count])
