"""Home-page sections: the newest pages of a section, in the visitor's language, cached until a publish."""

from django.core.cache import cache
from django.test import Client
from django.utils import translation

import pytest

from core.factories import StandardPageFactory
from core.models import HomePage
from tests.utils import soup

pytestmark = pytest.mark.django_db


def publish(page):
    with translation.override("ar"):
        page.save_revision().publish()
    return page


@pytest.fixture
def section(home):
    cache.clear()
    section = publish(StandardPageFactory(parent=home, title="الأخبار", title_en="News", slug="news"))
    for number in range(3):
        publish(
            StandardPageFactory(
                parent=section, title=f"خبر {number}", title_en=f"Item {number}", slug=f"item-{number}"
            )
        )
    publish(StandardPageFactory(parent=section, title="خبر عربي", title_en="", slug="arabic-only"))
    home = HomePage.objects.get()
    home.body_ar = [
        {"type": "latest", "value": {"heading": "آخر الأخبار", "source": section.pk, "count": 10}}
    ]
    home.body_en = [
        {"type": "latest", "value": {"heading": "Latest news", "source": section.pk, "count": 10}}
    ]
    publish(home)
    return section


def card_titles(response):
    return [a.get_text(strip=True) for a in soup(response).select(".latest .card__title a")]


def test_latest_pages_in_each_language(section):
    arabic = card_titles(Client().get("/ar/"))
    assert arabic[0] == "خبر عربي" and len(arabic) == 4
    english = card_titles(Client().get("/en/"))
    assert sorted(english) == ["Item 0", "Item 1", "Item 2"]  # no English, not listed
    assert soup(Client().get("/en/")).select_one(".latest h2").get_text(strip=True) == "Latest news"


def test_a_publish_shows_on_the_next_request(section):
    client = Client()
    client.get("/ar/")
    publish(StandardPageFactory(parent=section, title="خبر جديد", title_en="Fresh item", slug="fresh"))
    assert card_titles(client.get("/ar/"))[0] == "خبر جديد"


def test_home_queries_do_not_grow_with_the_section(section, django_assert_num_queries):
    client = Client()
    client.get("/ar/")
    client.get("/ar/")
    with django_assert_num_queries(HOME_QUERIES):
        client.get("/ar/")
    for number in range(3, 25):
        publish(
            StandardPageFactory(
                parent=section, title=f"خبر {number}", title_en=f"Item {number}", slug=f"item-{number}"
            )
        )
    client.get("/ar/")
    with django_assert_num_queries(HOME_QUERIES):
        client.get("/ar/")


# The home page (the site root) as its specific type, and the pages of its sections; the
# site, its settings and view restrictions come from memory (perf.lookups), the menus from the
# cache (core.navigation).
HOME_QUERIES = 2
