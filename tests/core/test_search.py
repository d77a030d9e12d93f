"""Arabic-aware site search, on SQLite and PostgreSQL alike (run the suite with DATABASE_URL)."""

from django.test import Client
from django.utils import translation

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

import pytest

from core.factories import StandardPageFactory
from core.models import SearchDocument, StandardPage
from tests.utils import soup

pytestmark = pytest.mark.django_db


def publish(parent, **fields):
    page = StandardPageFactory(parent=parent, **fields)
    with translation.override("ar"):
        page.save_revision().publish()  # indexing rides on the page_published signal
    return StandardPage.objects.get(pk=page.pk)


@pytest.fixture
def pages(home):
    return {
        "media": publish(
            home,
            title="دائرة الإعلام",
            title_en="Media Division",
            slug="media",
            intro_ar="تتابع الدائرة وسائل الإعلام المختلفة وترصد توجهاتها.",
            intro_en="The division follows the media and analyses its coverage.",
        ),
        "ministry": publish(
            home,
            title="مهام وزارة الداخلية",
            title_en="Tasks of the Ministry of Interior",
            slug="tasks",
            intro_ar="نشر خطط وسياسات الوزارة والتعريف برؤيتها.",
            intro_en="Publishing the Ministry's plans and policies.",
        ),
        "arabic_only": publish(home, title="صفحة عربية فقط", title_en="", slug="arabic-only", intro_en=""),
    }


def result_titles(response):
    return [a.get_text() for a in soup(response).select(".search-result h3 a")]


@pytest.mark.parametrize(
    "query",
    ["الاعلام", "الإعلام", "الإِعْلامُ", "الإعـــلام", "اعلام", "والإعلام"],
)
def test_arabic_spellings_find_the_media_division(pages, query):
    response = Client().get("/ar/search/", {"q": query})
    assert response.status_code == 200
    assert result_titles(response) == ["دائرة الإعلام"]


@pytest.mark.parametrize("query", ["وزاره", "وزارة", "الوزاره", "وِزارَة"])
def test_ta_marbuta_and_ha_are_one(pages, query):
    titles = result_titles(Client().get("/ar/search/", {"q": query}))
    assert "مهام وزارة الداخلية" in titles


def test_english_search_finds_english_pages_only(pages):
    response = Client().get("/en/search/", {"q": "ministry"})
    assert result_titles(response) == ["Tasks of the Ministry of Interior"]
    # Pages with no English are left out of English results.
    assert SearchDocument.objects.filter(page=pages["arabic_only"], language="en").count() == 0
    assert result_titles(Client().get("/ar/search/", {"q": "عربية"})) == ["صفحة عربية فقط"]


def test_several_words_must_all_match(pages):
    assert result_titles(Client().get("/ar/search/", {"q": "وزارة الداخلية"})) == ["مهام وزارة الداخلية"]
    assert result_titles(Client().get("/ar/search/", {"q": "وزارة الإعلام"})) == []


def test_matched_terms_are_highlighted(pages):
    page = soup(Client().get("/ar/search/", {"q": "الاعلام"}))
    assert [m.get_text() for m in page.select(".search-result mark")] == ["الإعلام"]


def test_unpublishing_removes_a_page_from_search(pages):
    pages["media"].unpublish()
    assert result_titles(Client().get("/ar/search/", {"q": "الإعلام"})) == []


def test_search_promotions_pin_a_result(pages):
    query = Query.objects.create(query_string="خطط")
    SearchPromotion.objects.create(query=query, page=pages["media"], sort_order=0, description="مختارة")
    page = soup(Client().get("/ar/search/", {"q": "خطط"}))
    assert page.select_one(".search-promotions a").get_text() == "دائرة الإعلام"
    assert result_titles(Client().get("/ar/search/", {"q": "خطط"})) == ["مهام وزارة الداخلية"]


def test_results_can_be_filtered_by_type(pages):
    response = Client().get("/ar/search/", {"q": "الاعلام", "type": "news"})
    assert response.status_code == 200
    assert result_titles(response) == []
    response = Client().get("/ar/search/", {"q": "الاعلام", "type": "pages"})
    assert result_titles(response) == ["دائرة الإعلام"]


def test_results_are_paginated(home):
    for number in range(23):
        publish(home, title=f"إعلان رقم {number}", title_en=f"Notice {number}", slug=f"notice-{number}")
    client = Client()
    first = soup(client.get("/ar/search/", {"q": "إعلان"}))
    assert len(first.select(".search-result")) == 10
    assert "23" in first.select_one(".search-page__summary").get_text()
    third = soup(client.get("/ar/search/", {"q": "إعلان", "page": "3"}))
    assert len(third.select(".search-result")) == 3


# Results count, counts per type, one page of results, promotions (the site and its settings
# come from memory: perf.lookups).
SEARCH_QUERIES = 4


def test_query_count_does_not_grow_with_results(home, django_assert_num_queries):
    client = Client()
    for number in range(3):
        publish(home, title=f"خبر {number}", title_en=f"Item {number}", slug=f"item-{number}")
    client.get("/ar/search/", {"q": "خبر"})  # warm caches (site, settings, menus)
    with django_assert_num_queries(SEARCH_QUERIES):
        client.get("/ar/search/", {"q": "خبر"})
    for number in range(3, 30):
        publish(home, title=f"خبر {number}", title_en=f"Item {number}", slug=f"item-{number}")
    client.get("/ar/search/", {"q": "خبر"})
    with django_assert_num_queries(SEARCH_QUERIES):
        client.get("/ar/search/", {"q": "خبر"})


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"q": ""},
        {"q": "   "},
        {"q": "x" * 1000},
        {"q": "!!! ... ؟؟ ،،"},
        {"q": "' OR 1=1; DROP TABLE core_searchdocument; --"},
        {"q": "<script>alert(1)</script>"},
        {"q": "الاعلام", "page": "abc"},
        {"q": "الاعلام", "page": "99999"},
        {"q": "الاعلام", "page": "-1"},
        {"q": "الاعلام", "type": "<b>nope</b>"},
        {"q": "a\x00b"},
    ],
)
def test_bad_queries_get_a_normal_page(pages, params):
    response = Client().get("/ar/search/", params)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "<b>nope</b>" not in html


def test_empty_state_helps(pages):
    page = soup(Client().get("/en/search/", {"q": "zzzzqqq"}))
    empty = page.select_one(".empty-state")
    assert empty is not None and "No results" in empty.get_text()
    assert empty.select_one('a[href="tel:138"]') is not None
