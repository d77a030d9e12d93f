"""RSS and Atom feeds per language and per category, parsed by feedparser as a feed reader would."""

import datetime as dt

from django.test import Client
from django.utils import timezone

import feedparser
import pytest

from news.factories import NewsCategoryFactory
from news.models import NewsIndexPage

pytestmark = pytest.mark.django_db


def parse(path):
    response = Client().get(path)
    assert response.status_code == 200, path
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return response, feed


def test_arabic_rss_feed(make_news, category):
    date = timezone.make_aware(dt.datetime(2026, 11, 20, 10, 0))
    item = make_news(1, category=category, date=date)[0]
    response, feed = parse("/ar/news/feed/")
    assert response["Content-Type"].startswith("application/rss+xml")
    assert feed.version == "rss20"
    assert feed.feed.language == "ar"
    assert feed.feed.title == "الأخبار"
    assert feed.feed.link == "http://testserver/ar/news/"
    entry = feed.entries[0]
    assert entry.title == item.title_ar
    assert entry.link == "http://testserver/ar/news/" + item.slug + "/"
    assert entry.summary == item.summary_ar
    assert entry.published_parsed[:5] == (2026, 11, 20, 8, 0)  # 10:00 in Hebron is 08:00 UTC
    assert {tag.term for tag in entry.tags} == {"خبر", "الشراكة المجتمعية"}


def test_english_atom_feed_leaves_out_arabic_only_items(make_news):
    bilingual = make_news(1)[0]
    arabic_only = make_news(1, title_en="", summary_en="")[0]
    _response, feed = parse("/en/news/feed/atom/")
    assert feed.version == "atom10"
    assert feed.feed.language == "en"
    titles = [entry.title for entry in feed.entries]
    assert titles == [bilingual.title_en]
    assert arabic_only.title_ar not in str(feed)
    assert feed.entries[0].link == "http://testserver/en/news/" + bilingual.slug + "/"
    assert feed.entries[0].summary == bilingual.summary_en
    assert feed.entries[0].updated_parsed is not None


def test_category_feed(make_news, category):
    inside = make_news(2, category=category)
    outside = make_news(1, category=NewsCategoryFactory())[0]
    _response, feed = parse("/en/news/category/community/feed/")
    assert feed.feed.title == "News — Community partnership"
    assert {entry.title for entry in feed.entries} == {page.title_en for page in inside}
    assert outside.title_en not in {entry.title for entry in feed.entries}


def test_feed_size_is_capped_and_newest_first(make_news):
    items = make_news(NewsIndexPage.FEED_SIZE + 5)
    _response, feed = parse("/ar/news/feed/")
    assert [entry.title for entry in feed.entries] == [
        item.title_ar for item in items[: NewsIndexPage.FEED_SIZE]
    ]


def test_empty_feed_still_parses(news_index):
    _response, feed = parse("/en/news/feed/")
    assert feed.entries == []


@pytest.mark.parametrize(
    "path",
    [
        "/ar/news/category/unknown/feed/",
        "/ar/news/category/" + "x" * 200 + "/feed/",
        "/ar/news/category//feed/",
    ],
)
def test_unknown_category_feed_is_404(news_index, path):
    assert Client().get(path).status_code == 404


def test_category_feeds_are_offered_on_the_index(news_index, category):
    html = Client().get("/ar/news/").content.decode()
    assert 'href="/ar/news/category/community/feed/"' in html
