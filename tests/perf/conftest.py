from django.core.cache import cache
from django.utils import translation

import pytest

from news.factories import NewsIndexPageFactory, NewsPageFactory


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Pages, menus and renditions are cached and page ids repeat between tests."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def page_cache_on(settings):
    settings.PERF_PAGE_CACHE = True
    return settings


@pytest.fixture
def news_index(home):
    with translation.override("ar"):
        return NewsIndexPageFactory(parent=home)


@pytest.fixture
def make_news(news_index):
    def make(count=1, **fields):
        with translation.override("ar"):
            return [NewsPageFactory(parent=news_index, **fields) for _ in range(count)]

    return make
