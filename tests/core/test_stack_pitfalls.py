"""The known pitfalls of Wagtail 8 + wagtail-modeltranslation (end of DESIGN.md), each pinned."""

import io
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.utils import translation

from wagtail.models import Page
from wagtail.users.models import UserProfile

import pytest

from core.factories import StandardPageFactory
from core.models import StandardPage

pytestmark = pytest.mark.django_db


def raw_columns(page_id: int) -> tuple[str, str, str]:
    """The untranslated columns as stored (modeltranslation rewrites ORM reads of them)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT title, slug, url_path FROM wagtailcore_page WHERE id = %s", [page_id])
        return cursor.fetchone()


def admin_client(language: str) -> Client:
    user = get_user_model().objects.create_superuser("editor", "editor@moi.example", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client = Client()
    client.force_login(user)
    return client


def edit_form_data(page, **changes):
    data = {
        "title_ar": page.title_ar,
        "title_en": page.title_en,
        "slug_ar": page.slug_ar,
        "slug_en": page.slug_en,
        "intro_ar": page.intro_ar or "",
        "intro_en": page.intro_en or "",
        "body_ar-count": "0",
        "body_en-count": "0",
        "listing_summary_ar": "",
        "listing_summary_en": "",
        "seo_title_ar": "",
        "seo_title_en": "",
        "search_description_ar": "",
        "search_description_en": "",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
        "action-publish": "publish",
    }
    data.update(changes)
    return data


def test_editing_in_an_english_admin_keeps_the_arabic_title_and_slug(home):
    page = StandardPageFactory(parent=home, title="الخدمات", title_en="Services", slug="services")
    client = admin_client("en")
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        edit_form_data(page, title_en="Public services", slug_en="public-services"),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    # The untranslated columns hold the default language, whatever the admin's language.
    assert raw_columns(page.pk) == ("الخدمات", "services", "/home/services/")
    specific = StandardPage.objects.get(pk=page.pk)
    assert specific.title_en == "Public services"
    assert Client().get("/en/public-services/").status_code == 200
    assert Client().get("/ar/services/").status_code == 200


def test_saving_in_code_under_english_keeps_the_arabic_columns(home):
    page = StandardPageFactory(parent=home, title="الأخبار", title_en="News", slug="news")
    with translation.override("en"):
        page = StandardPage.objects.get(pk=page.pk)
        page.title_en = "Latest news"
        page.slug_en = "latest-news"
        page.save_revision().publish()
    assert raw_columns(page.pk) == ("الأخبار", "news", "/home/news/")
    assert Page.objects.get(pk=page.pk).url_path_en == "/home/latest-news/"


def test_the_admin_page_search_finds_english_titles(home):
    StandardPageFactory(parent=home, title="تجديد جواز السفر", title_en="Passport renewal", slug="passport")
    client = admin_client("ar")
    response = client.get("/admin/pages/search/", {"q": "Passport"})
    assert response.status_code == 200
    assert "تجديد جواز السفر" in response.content.decode()
    response = client.get("/admin/pages/search/", {"q": "جواز"})
    assert "تجديد جواز السفر" in response.content.decode()


def test_a_fresh_migrate_gives_correct_url_paths_in_both_languages(home):
    root = Page.get_first_root_node()
    assert (root.url_path_ar, root.url_path_en) == ("/", "/")
    child = StandardPageFactory(parent=home, slug="about", slug_en="about-us")
    child = Page.objects.get(pk=child.pk)
    assert child.url_path_ar == "/home/about/"
    assert child.url_path_en == "/home/about-us/"
    with translation.override("en"):
        assert child.specific.get_url() == "/en/about-us/"
    with translation.override("ar"):
        assert child.specific.get_url() == "/ar/about/"
    # Running modeltranslation's own fix-up again changes nothing.
    call_command("update_translation_fields", stdout=io.StringIO())
    assert Page.objects.get(pk=child.pk).url_path_ar == "/home/about/"


def test_english_inputs_are_left_to_right_in_the_admin(home):
    page = StandardPageFactory(parent=home)
    client = admin_client("ar")
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl"' in html.replace("\n", " ").replace("  ", " ") or 'dir="rtl"' in html
    assert "css/admin.css" in html
    from django.contrib.staticfiles import finders

    stylesheet = Path(finders.find("css/admin.css")).read_text(encoding="utf-8")
    assert 'input[name$="_en"]' in stylesheet and "direction: ltr" in stylesheet
