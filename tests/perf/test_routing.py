"""Routing reads one child per level, in the visitor's language, with the slug fallback."""

from django.utils import translation

import pytest

from news.factories import NewsPageFactory


@pytest.fixture
def many_news(news_index):
    with translation.override("ar"):
        pages = [NewsPageFactory(parent=news_index) for _ in range(12)]
        pages.append(
            NewsPageFactory(
                parent=news_index, slug="arabic-only", slug_ar="arabic-only", slug_en="", title_en=""
            )
        )
        pages.append(NewsPageFactory(parent=news_index, slug="slug-ar", slug_ar="slug-ar", slug_en="slug-en"))
    return pages


def test_the_route_is_this_apps(news_index):
    from perf import routing

    assert type(news_index).route is routing.route


def test_slugs_in_each_language_and_the_fallback(client, many_news):
    assert client.get("/ar/news/slug-ar/").status_code == 200
    assert client.get("/en/news/slug-en/").status_code == 200
    assert client.get("/en/news/slug-ar/").status_code == 404  # English has its own slug
    assert client.get("/ar/news/slug-en/").status_code == 404
    assert client.get("/en/news/arabic-only/").status_code == 200  # falls back to the Arabic slug
    assert client.get("/ar/news/missing/").status_code == 404
    assert client.get("/ar/news/feed/").status_code == 200  # routable sub-pages still resolve


def test_routing_cost_does_not_grow_with_siblings(rf, news_index, many_news, django_assert_num_queries):
    from wagtail.models import Page, Site

    request = rf.get("/ar/news/slug-ar/")
    site = Site.objects.get(is_default_site=True)
    root = site.root_page.specific
    with translation.override("ar"), django_assert_num_queries(2) as queries:
        # one query for the pages along the path (home → news → item), one for the item itself
        result = root.route(request, ["news", "slug-ar"])
    assert result.page.pk == many_news[-1].pk
    # The database picks the pages by slug at each depth: siblings are never all loaded.
    path_lookup = queries.captured_queries[0]["sql"]
    assert "\"slug_ar\" = 'news'" in path_lookup and "\"slug_ar\" = 'slug-ar'" in path_lookup
    assert [page.pk for page in request.route_pages] == [root.pk, news_index.pk, many_news[-1].pk]
    assert Page.objects.child_of(news_index).count() == 14
