"""CDN purges: off without WAGTAILFRONTENDCACHE; with a backend, every language's URL of the
page, its listings, home, feeds and the sitemap are purged when it is published."""

from django.utils import translation

from wagtail.contrib.frontend_cache.backends import BaseBackend

PURGED: list[str] = []


class RecordingBackend(BaseBackend):
    def purge(self, url):
        PURGED.append(url)


BACKEND = {"default": {"BACKEND": "tests.perf.test_frontend_cache.RecordingBackend"}}


def test_publishing_purges_page_listings_feeds_and_sitemap(
    settings, make_news, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = BACKEND
    settings.WAGTAILFRONTENDCACHE_LANGUAGES = []
    (item,) = make_news(1, slug="purged", slug_ar="purged", slug_en="purged-en")
    PURGED.clear()
    with django_capture_on_commit_callbacks(execute=True), translation.override("ar"):
        item.save_revision().publish()
    purged = set(PURGED)
    expected = {
        "http://testserver/ar/news/purged/",
        "http://testserver/en/news/purged-en/",
        "http://testserver/ar/news/",
        "http://testserver/en/news/",
        "http://testserver/ar/news/feed/",
        "http://testserver/en/news/feed/atom/",
        "http://testserver/ar/",
        "http://testserver/en/",
        "http://testserver/sitemap.xml",
        "http://testserver/sitemap-pages.xml",
    }
    assert expected <= purged, sorted(purged)


def test_no_backend_no_purge(settings, make_news, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = {}
    (item,) = make_news(1)
    PURGED.clear()
    with django_capture_on_commit_callbacks(execute=True):
        item.save_revision().publish()
    assert PURGED == []


def test_settings_switch_the_backend_on(monkeypatch):
    import importlib

    from ministry_site.settings import base

    monkeypatch.setenv("FRONTEND_CACHE_BACKEND", "http")
    monkeypatch.setenv("FRONTEND_CACHE_LOCATION", "http://127.0.0.1:6081")
    try:
        reloaded = importlib.reload(base)
        assert reloaded.WAGTAILFRONTENDCACHE["default"]["LOCATION"] == "http://127.0.0.1:6081"
        monkeypatch.delenv("FRONTEND_CACHE_BACKEND")
        assert importlib.reload(base).WAGTAILFRONTENDCACHE == {}
    finally:
        monkeypatch.delenv("FRONTEND_CACHE_BACKEND", raising=False)
        importlib.reload(base)
