"""The anonymous page cache: what it stores, for whom, its headers, and its purges."""

from django.contrib.auth import get_user_model
from django.utils import translation

import pytest

from perf import cache as page_cache


def test_off_by_default_in_tests(client, home):
    response = client.get("/ar/")
    assert response.status_code == 200
    assert "X-Page-Cache" not in response


def test_second_anonymous_request_is_served_from_the_cache(
    client, page_cache_on, home, django_assert_num_queries
):
    first = client.get("/ar/")
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get("/ar/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_each_language_is_cached_apart(client, page_cache_on, home):
    ar = client.get("/ar/")
    en = client.get("/en/")
    assert ar["X-Page-Cache"] == en["X-Page-Cache"] == "miss"
    assert client.get("/en/").content == en.content
    assert b'lang="en"' in client.get("/en/").content
    assert b'lang="ar"' in client.get("/ar/").content


def test_cache_headers_etag_and_conditional_requests(client, page_cache_on, home, settings):
    settings.PERF_BROWSER_MAX_AGE = 60
    settings.PERF_CDN_MAX_AGE = 300
    response = client.get("/ar/")
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert cache_control == {"public", "max-age=60", "s-maxage=300"}
    assert response["ETag"].startswith('"') and response.has_header("Last-Modified")
    assert client.get("/ar/")["ETag"] == response["ETag"]
    not_modified = client.get("/ar/", HTTP_IF_NONE_MATCH=response["ETag"])
    assert not_modified.status_code == 304
    assert not_modified.content == b""
    since = client.get("/ar/", HTTP_IF_MODIFIED_SINCE=response["Last-Modified"])
    assert since.status_code == 304


def test_head_is_answered_from_a_stored_get(client, page_cache_on, home):
    body = client.get("/ar/").content
    head = client.head("/ar/")
    assert head["X-Page-Cache"] == "hit"
    assert head.content == b""
    assert int(head["Content-Length"]) == len(body)


def test_a_publish_is_visible_on_the_next_request(client, page_cache_on, news_index, make_news):
    (item,) = make_news(1, title="خبر قديم", title_ar="خبر قديم")
    assert "خبر قديم" in client.get("/ar/news/").content.decode()
    assert client.get("/ar/news/")["X-Page-Cache"] == "hit"
    with translation.override("ar"):
        item.title_ar = item.title = "خبر بعد التصحيح"
        item.save_revision().publish()
    after = client.get("/ar/news/")
    assert after["X-Page-Cache"] == "miss"
    assert "خبر بعد التصحيح" in after.content.decode()
    assert "خبر قديم" not in after.content.decode()


def test_unpublish_move_and_delete_purge(client, page_cache_on, news_index, make_news):
    first, second = make_news(2)
    url = first.url
    assert client.get(url).status_code == 200
    assert client.get(url)["X-Page-Cache"] == "hit"
    first.unpublish()
    assert client.get(url).status_code == 404
    version = page_cache.current_version()
    second.delete()
    assert page_cache.current_version() > version
    version = page_cache.current_version()
    (third,) = make_news(1)
    third.move(news_index, pos="first-child")
    assert page_cache.current_version() > version


def test_settings_and_snippet_changes_purge(client, page_cache_on, home):
    from core.models import SiteSettings

    client.get("/ar/")
    version = page_cache.current_version()
    settings_row = SiteSettings.objects.get()
    settings_row.hotline = "139"
    settings_row.save()
    assert page_cache.current_version() > version
    assert client.get("/ar/")["X-Page-Cache"] == "miss"


def test_an_images_first_rendition_keeps_what_is_cached(client, page_cache_on, home):
    """Wagtail saves an image's size and hash the first time it is read (update_fields): that
    changes nothing a visitor sees, so neither the page cache nor the kept fragments and menus
    (core.navigation) are emptied; an editor's save of the image empties both."""
    from core.factories import ImageFactory
    from core.navigation import content_version

    image = ImageFactory()
    type(image).objects.filter(pk=image.pk).update(file_size=None, file_hash="")  # as uploaded long ago
    image = type(image).objects.get(pk=image.pk)
    pages, fragments = page_cache.current_version(), content_version()
    image.get_rendition("fill-400x225|format-webp")
    image.get_file_size()
    image.get_file_hash()
    saved = type(image).objects.get(pk=image.pk)
    assert saved.file_size and saved.file_hash  # the bookkeeping saves did happen
    assert (page_cache.current_version(), content_version()) == (pages, fragments)
    image.title = "صورة بعنوان جديد"
    image.save()
    assert page_cache.current_version() > pages and content_version() > fragments


def test_editors_are_never_served_or_stored(client, page_cache_on, home):
    user = get_user_model().objects.create_superuser("editor", "e@example.com", "pw-12345678")
    client.get("/ar/")  # an anonymous copy is stored
    client.force_login(user)
    response = client.get("/ar/")
    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"]
    client.logout()
    client.cookies.clear()
    assert client.get("/ar/")["X-Page-Cache"] == "hit"


def test_a_session_cookie_bypasses_the_cache(client, page_cache_on, home, settings):
    client.get("/ar/")
    client.cookies[settings.SESSION_COOKIE_NAME] = "anything"
    assert "X-Page-Cache" not in client.get("/ar/")


def test_pages_with_a_csrf_token_are_not_stored(rf, page_cache_on, home):
    from django.http import HttpResponse
    from django.middleware.csrf import get_token

    from perf.middleware import AnonymousPageCacheMiddleware

    def view(request):
        return HttpResponse(f"<form>{get_token(request)}</form>")

    middleware = AnonymousPageCacheMiddleware(view)
    for _ in range(2):
        response = middleware(rf.get("/ar/contact/"))
        assert "X-Page-Cache" not in response
        assert "private" in response["Cache-Control"]


@pytest.mark.django_db
def test_the_demo_contact_form_is_not_cached(client, page_cache_on):
    from io import StringIO

    from django.core.management import call_command

    from contact.models import FormPage

    call_command("load_demo_content", stdout=StringIO())
    form_page = FormPage.objects.live().first()
    if form_page is None:
        pytest.skip("the demo has no contact form")
    for _ in range(2):
        response = client.get(form_page.url)
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
        assert b"csrfmiddlewaretoken" in response.content


def test_search_results_are_bounded(client, page_cache_on, home, settings):
    settings.PERF_PAGE_CACHE_SEARCH_LIMIT = 2
    for query in ("a", "b"):
        assert client.get("/ar/search/", {"q": query})["X-Page-Cache"] == "miss"
        assert client.get("/ar/search/", {"q": query})["X-Page-Cache"] == "hit"
    third = client.get("/ar/search/", {"q": "c"})
    assert "X-Page-Cache" not in third
    assert "X-Page-Cache" not in client.get("/ar/search/", {"q": "c"})


def test_long_query_strings_are_not_stored(client, page_cache_on, home, settings):
    settings.PERF_PAGE_CACHE_MAX_QUERY = 20
    url = "/ar/?" + "x=" + "y" * 40
    assert "X-Page-Cache" not in client.get(url)
    assert "X-Page-Cache" not in client.get(url)


def test_errors_and_redirects_are_not_stored(client, page_cache_on, home):
    assert client.get("/ar/no-such-page/").status_code == 404
    assert "X-Page-Cache" not in client.get("/ar/no-such-page/")
    redirect = client.get("/")
    assert redirect.status_code == 302
    assert "X-Page-Cache" not in redirect


def test_admin_is_never_cached(client, page_cache_on, home):
    response = client.get("/admin/login/")
    assert "X-Page-Cache" not in response


def test_sitemap_is_cached_and_purged(client, page_cache_on, news_index, make_news):
    for path in ("/sitemap.xml", "/sitemap-pages.xml"):
        assert client.get(path)["X-Page-Cache"] == "miss"
        assert client.get(path)["X-Page-Cache"] == "hit"
    (item,) = make_news(1, slug="fresh-item", slug_ar="fresh-item", slug_en="fresh-item")
    item.save_revision().publish()  # as the editor's "Publish" does
    assert b"fresh-item" in client.get("/sitemap-pages.xml").content
