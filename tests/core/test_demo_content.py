"""load_demo_content builds a real-looking site, and running it again changes nothing."""

import io

from django.core.management import call_command
from django.test import Client
from django.utils import translation

from wagtail.images import get_image_model
from wagtail.models import Page, Site

import pytest

from core.models import HomePage, SiteSettings

pytestmark = pytest.mark.django_db


def load():
    out = io.StringIO()
    call_command("load_demo_content", stdout=out)
    return out.getvalue()


def snapshot():
    return {
        "pages": sorted(Page.objects.values_list("url_path", flat=True)),
        "revisions": Page.objects.filter(live=True).count(),
        "images": get_image_model().objects.count(),
        "sites": Site.objects.count(),
        "settings": SiteSettings.objects.count(),
    }


def test_demo_content_builds_the_site():
    output = load()
    assert "[1/" in output and "Demo content ready" in output  # progress is shown
    home = HomePage.objects.get()
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    assert home.title_ar == "الإدارة العامة للعلاقات العامة والإعلام"
    assert home.title_en == "General Administration of Public Relations and Media"
    site_settings = SiteSettings.objects.get()
    assert site_settings.hotline == "138"
    assert site_settings.ministry_name_en == "Ministry of Interior"
    for language in ("ar", "en"):
        response = Client().get(f"/{language}/")
        assert response.status_code == 200
        assert "138" in response.content.decode()


def test_demo_content_is_idempotent_and_keeps_editors_work():
    load()
    first = snapshot()
    home = HomePage.objects.get()
    with translation.override("ar"):
        home.intro_ar = "مقدمة عدّلها محرر"
        home.save_revision().publish()
    load()
    assert snapshot() == first
    assert HomePage.objects.get().intro_ar == "مقدمة عدّلها محرر"


def test_refresh_restores_the_demo_text():
    load()
    HomePage.objects.update(intro_ar="نص مؤقت")
    call_command("load_demo_content", "--refresh", stdout=io.StringIO())
    assert HomePage.objects.get().intro_ar.startswith("نافذة وزارة الداخلية")
