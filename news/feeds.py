"""RSS 2.0 and Atom feeds of the news, per language and per category (Django's syndication framework).

The language comes from the URL prefix (/ar/… or /en/…); the English feed leaves out items
without English content, as the English listing does.
"""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from core.listing import active_language


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index, category=None):
        super().__init__()
        self.language = active_language()
        self.index = index
        self.category = category

    def __call__(self, request, *args, **kwargs):
        self.request = request
        response = super().__call__(request, *args, **kwargs)
        response["Cache-Control"] = "public, max-age=600"
        return response

    def title(self):
        site_title = self.index.title
        if self.category is not None:
            return f"{site_title} — {self.category.name}"
        return site_title

    def link(self):
        return self.index.get_full_url(self.request)

    def feed_url(self):
        return self.request.build_absolute_uri(self.request.path)

    def description(self):
        return self.index.listing_summary or self.index.intro or _("News of the Ministry of Interior")

    def items(self):
        return self.index.feed_items(self.category)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.date

    def item_updateddate(self, item):
        return item.last_published_at or item.date

    def item_categories(self, item):
        names = [item.get_news_type_display()]
        if item.category is not None:
            names.append(item.category.name)
        return [str(name) for name in names]


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    subtitle = NewsRssFeed.description
