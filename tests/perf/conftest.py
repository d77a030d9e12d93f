import pytest

# news_index and make_news are in tests/conftest.py, and so is the cache clearing before each
# test (_fresh_lookups: pages, menus and renditions are cached and page ids repeat).


@pytest.fixture
def page_cache_on(settings):
    settings.PERF_PAGE_CACHE = True
    return settings
