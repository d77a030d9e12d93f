"""Arabic-aware site search, on SQLite and PostgreSQL alike (run the suite with DATABASE_URL)."""

from datetime import timedelta

from django.db import connection
from django.test import Client
from django.utils import timezone, translation

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

import pytest

from core import search
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


# Counts per type among the candidates (which give the results count too), one page of
# results, promotions (the site and its settings come from memory: perf.lookups).
SEARCH_QUERIES = 3


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


# --- The stored search vector (PostgreSQL) and the bounded candidate set ---

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the stored tsvector is PostgreSQL's"
)


def stale_vectors() -> int:
    """Documents whose stored vector is missing or is not their text's (``simple``)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM core_searchdocument"
            " WHERE vector IS NULL OR vector != to_tsvector('simple', text)"
        )
        return cursor.fetchone()[0]


@postgresql_only
def test_publishing_fills_the_vector(pages):
    assert SearchDocument.objects.count() == 5  # two pages in both languages, one in Arabic only
    assert stale_vectors() == 0
    page = pages["ministry"]
    page.title = page.title_ar = "مهام وزارة الداخلية والجوازات"
    with translation.override("ar"):
        page.save_revision().publish()
    assert stale_vectors() == 0
    assert SearchDocument.objects.filter(page=page, language="ar", text__contains="جوازات").exists()
    assert result_titles(Client().get("/ar/search/", {"q": "الجوازات"})) == ["مهام وزارة الداخلية والجوازات"]


@postgresql_only
def test_rebuild_fills_the_vector(pages):
    SearchDocument.objects.update(vector=None)
    assert search.rebuild() >= 3
    assert SearchDocument.objects.count() == 5
    assert stale_vectors() == 0
    assert result_titles(Client().get("/ar/search/", {"q": "الاعلام"})) == ["دائرة الإعلام"]


@pytest.mark.skipif(connection.vendor == "postgresql", reason="SQLite has no tsvector")
def test_the_vector_stays_empty_on_sqlite(pages):
    assert SearchDocument.objects.count() == 5
    assert not SearchDocument.objects.filter(vector__isnull=False).exists()


def publish_dated(home, count, **fields):
    """``count`` pages mentioning the same word, page n dated n days ago (page 0 the newest)."""
    published = []
    for n in range(count):
        page = publish(home, title=f"تعميم رقم {n}", title_en=f"Circular {n}", slug=f"circular-{n}", **fields)
        SearchDocument.objects.filter(page=page).update(date=timezone.now() - timedelta(days=n))
        published.append(page)
    return published


@pytest.fixture
def three_candidates(monkeypatch):
    monkeypatch.setattr(search, "CANDIDATES", 3)


def test_only_the_newest_candidates_are_shown_and_counted(home, three_candidates):
    publish_dated(home, 5)
    results = search.search("تعميم", "ar")
    assert results.more and results.limit == 3 and results.count == 3
    assert sorted(d.title for d in results.documents) == ["تعميم رقم 0", "تعميم رقم 1", "تعميم رقم 2"]
    assert [(g["key"], g["count"]) for g in results.groups] == [("pages", 3)]

    page = soup(Client().get("/ar/search/", {"q": "تعميم"}))
    assert sorted(result_titles_of(page)) == ["تعميم رقم 0", "تعميم رقم 1", "تعميم رقم 2"]
    assert "3" in page.select_one(".search-page__summary").get_text()
    assert "3" in page.select_one(".search-page__bounded").get_text()
    assert "5" not in page.select_one(".search-page__summary").get_text()
    assert [c.get_text() for c in page.select(".search-filters .count")] == ["(3)"]

    page = soup(Client().get("/en/search/", {"q": "circular"}))
    assert sorted(result_titles_of(page)) == ["Circular 0", "Circular 1", "Circular 2"]
    summary = " ".join(page.select_one(".search-page__summary").get_text().split())
    assert summary == "More than 3 results for “circular”"
    note = " ".join(page.select_one(".search-page__bounded").get_text().split())
    assert note.startswith("Only the newest 3 are shown") and "Add a word to narrow the search." in note
    assert [c.get_text() for c in page.select(".search-filters .count")] == ["(3)"]

    # Filtering by type stays among the same candidates.
    page = soup(Client().get("/en/search/", {"q": "circular", "type": "pages"}))
    assert sorted(result_titles_of(page)) == ["Circular 0", "Circular 1", "Circular 2"]


def test_exactly_as_many_matches_as_candidates_is_an_exact_count(home, three_candidates):
    publish_dated(home, 3)
    results = search.search("تعميم", "ar")
    assert not results.more and results.count == 3
    page = soup(Client().get("/en/search/", {"q": "circular"}))
    assert page.select_one(".search-page__bounded") is None
    assert " ".join(page.select_one(".search-page__summary").get_text().split()) == "3 results for “circular”"


def test_older_matches_are_found_past_newer_pages_that_do_not_match(home, three_candidates):
    # PostgreSQL looks among the newest WINDOW × CANDIDATES documents first, then everywhere.
    publish_dated(home, 5)
    for n in range(search.WINDOW * search.CANDIDATES + 1):
        page = publish(home, title=f"خبر رقم {n}", title_en=f"Item {n}", slug=f"item-{n}")
        SearchDocument.objects.filter(page=page).update(date=timezone.now() + timedelta(days=1 + n))
    results = search.search("تعميم", "ar")
    assert results.more and results.count == 3
    assert sorted(d.title for d in results.documents) == ["تعميم رقم 0", "تعميم رقم 1", "تعميم رقم 2"]
    results = search.search("تعميم رقم 4", "ar")
    assert not results.more and [d.title for d in results.documents] == ["تعميم رقم 4"]


def result_titles_of(page):
    return [a.get_text() for a in page.select(".search-result h3 a")]


@postgresql_only
def test_a_title_match_ranks_above_a_newer_body_match(home):
    older = publish(home, title="خدمات الجوازات", title_en="Passports", slug="passports", intro_ar="مقدمة")
    newer = publish(
        home,
        title="أخبار الأسبوع",
        title_en="The week",
        slug="week",
        intro_ar="افتتاح مكتب للجوازات في المدينة",
    )
    SearchDocument.objects.filter(page=older).update(date=timezone.now() - timedelta(days=30))
    SearchDocument.objects.filter(page=newer).update(date=timezone.now())
    assert result_titles(Client().get("/ar/search/", {"q": "الجوازات"})) == [
        "خدمات الجوازات",
        "أخبار الأسبوع",
    ]
