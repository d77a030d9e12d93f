"""Sitemap with hreflang alternates, robots.txt, and what the page head tells search engines."""

import xml.etree.ElementTree as ET

from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext

import pytest

from core.factories import ImageFactory, StandardPageFactory
from core.views import server_error
from tests.utils import sitemap_sections, soup

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


@pytest.fixture
def pages(home):
    about = StandardPageFactory(
        parent=home, title="عن الموقع", title_en="About", slug="about", slug_en="about-us"
    )
    only_ar = StandardPageFactory(parent=home, title="عربي فقط", title_en="", slug="only-ar")
    draft = StandardPageFactory(parent=home, title="مسودة", title_en="Draft", slug="draft", live=False)
    for page in (home, about, only_ar):
        page.save_revision().publish()
    return {"about": about, "only_ar": only_ar, "draft": draft}


def sitemap_entries():
    entries = {}
    for section in sitemap_sections(Client()):
        for url in ET.fromstring(section).findall("s:url", NS):
            alternates = {link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)}
            entries[url.find("s:loc", NS).text] = {
                "lastmod": url.find("s:lastmod", NS).text,
                "alternates": alternates,
            }
    return entries


def test_sitemap_lists_each_page_in_each_language_with_alternates(pages):
    entries = sitemap_entries()
    assert set(entries) == {
        "http://testserver/ar/",
        "http://testserver/en/",
        "http://testserver/ar/about/",
        "http://testserver/en/about-us/",
        "http://testserver/ar/only-ar/",
    }
    assert entries["http://testserver/en/about-us/"]["alternates"] == {
        "ar": "http://testserver/ar/about/",
        "en": "http://testserver/en/about-us/",
        "x-default": "http://testserver/ar/about/",
    }
    assert entries["http://testserver/ar/only-ar/"]["alternates"] == {
        "ar": "http://testserver/ar/only-ar/",
        "x-default": "http://testserver/ar/only-ar/",
    }
    assert all(len(entry["lastmod"]) == 10 for entry in entries.values())


def test_the_sitemap_is_an_index_of_sections_that_do_not_grow(home, settings):
    """Sections of BilingualSitemap.limit pages: a large archive adds sections, never size."""
    from core.seo import BilingualSitemap

    limit = BilingualSitemap.limit
    BilingualSitemap.limit = 2
    try:
        for number in range(4):
            StandardPageFactory(
                parent=home, slug=f"page-{number}", title_en=f"Page {number}"
            ).save_revision().publish()
        sections = sitemap_sections(Client())
        index = Client().get("/sitemap.xml").content.decode()
        assert "http://testserver/sitemap-pages.xml</loc>" in index
        assert "http://testserver/sitemap-pages.xml?p=3</loc>" in index
        assert len(sections) == 3  # home and four pages, two a section
        counts = [len(ET.fromstring(section).findall("s:url", NS)) for section in sections]
        assert counts == [4, 4, 2]  # each page in Arabic and English
        assert Client().get("/sitemap-pages.xml?p=4").status_code == 404
        assert Client().get("/sitemap-nothing.xml").status_code == 404

        # The count and the latest change are kept between requests, until the next publish.
        with CaptureQueriesContext(connection) as queries:
            response = Client().get("/sitemap.xml")
        assert len(queries) == 0 and "sitemap-pages.xml?p=3" in response.content.decode()
        assert response["Content-Type"] == "application/xml" and response["X-Robots-Tag"].startswith(
            "noindex"
        )
        assert response.content.decode() == index  # the same document, kept
        StandardPageFactory(parent=home, slug="page-4", title_en="Page 4").save_revision().publish()
        index = Client().get("/sitemap.xml").content.decode()
        assert "sitemap-pages.xml?p=3" in index and "sitemap-pages.xml?p=4" not in index  # 6 pages
        StandardPageFactory(parent=home, slug="page-5", title_en="Page 5").save_revision().publish()
        assert (
            "http://testserver/sitemap-pages.xml?p=4</loc>" in Client().get("/sitemap.xml").content.decode()
        )
        assert Client().get("/sitemap-pages.xml?p=4").status_code == 200
    finally:
        BilingualSitemap.limit = limit


def test_robots_txt_points_to_the_sitemap():
    response = Client().get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body


def test_head_has_canonical_alternates_and_previews(pages):
    image = ImageFactory()
    about = pages["about"]
    about.social_image = image
    about.seo_title_en = "About the website"
    about.search_description_en = "Who runs this website and how."
    about.save()
    head = soup(Client().get("/en/about-us/")).head
    assert head.find("link", rel="canonical")["href"] == "http://testserver/en/about-us/"
    alternates = {
        link["hreflang"]: link["href"] for link in head.find_all("link", rel="alternate", hreflang=True)
    }
    assert alternates == {
        "ar": "http://testserver/ar/about/",
        "en": "http://testserver/en/about-us/",
        "x-default": "http://testserver/ar/about/",
    }
    assert head.title.get_text(" ", strip=True).startswith("About the website")
    assert head.find("meta", attrs={"name": "description"})["content"] == "Who runs this website and how."
    assert head.find("meta", property="og:title")["content"] == "About the website"
    assert head.find("meta", property="og:image")["content"].startswith("http://testserver/")
    assert head.find("meta", property="og:image:alt")["content"] == image.alt_text_en
    assert head.find("meta", attrs={"name": "twitter:card"})["content"] == "summary_large_image"


def test_arabic_head_is_in_arabic(pages):
    head = soup(Client().get("/ar/about/")).head
    assert head.title.get_text(" ", strip=True).startswith("عن الموقع")
    assert head.find("meta", property="og:locale")["content"] == "ar_PS"


def test_the_500_page_needs_no_database(django_assert_num_queries):
    request = RequestFactory().get("/ar/")
    with django_assert_num_queries(0):
        response = server_error(request)
    assert response.status_code == 500
    text = response.content.decode()
    assert 'lang="ar" dir="rtl"' in text and 'lang="en" dir="ltr"' in text
    assert 'href="/ar/"' in text and 'href="/en/"' in text


def test_display_screens_are_not_in_the_sitemap(home):
    from screens.models import DisplayScreenPage

    screen = DisplayScreenPage(
        title="شاشة", title_ar="شاشة", title_en="Screen", slug="screen", slug_ar="screen", slug_en="screen"
    )
    home.add_child(instance=screen)
    home.save_revision().publish()
    screen.save_revision().publish()
    assert not any("/screen/" in location for location in sitemap_entries())
