"""The home page in both languages, the "/" redirect and unknown addresses."""

from django.conf import settings
from django.test import Client

import pytest

from core.models import SiteSettings
from tests.utils import html_lang_dir, soup, switcher_links

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "language,direction,other,ministry",
    [("ar", "rtl", "en", "وزارة الداخلية"), ("en", "ltr", "ar", "Ministry of Interior")],
)
def test_home_page_in_each_language(home, language, direction, other, ministry):
    response = Client().get(f"/{language}/")
    assert response.status_code == 200
    assert html_lang_dir(response) == (language, direction)
    assert switcher_links(response) == {other: f"/{other}/"}
    page = soup(response)
    assert page.select_one(".brand__ministry").get_text(strip=True) == ministry
    assert page.find("h1").get_text(strip=True) == ("الرئيسية" if language == "ar" else "Home")
    # lang and dir live on <html> only: one layout for both directions.
    assert len(page.select("[dir]")) == len(page.select("bdi[dir], [lang][dir]"))


def test_switcher_leads_to_the_same_page_in_the_other_language(home):
    from core.factories import StandardPageFactory

    page = StandardPageFactory(parent=home, slug="about", slug_en="about-us", title_en="About us")
    response = Client().get("/ar/about/")
    assert response.status_code == 200
    assert switcher_links(response) == {"en": "/en/about-us/"}
    back = Client().get("/en/about-us/")
    assert switcher_links(back) == {"ar": "/ar/about/"}
    assert page.title_en == "About us"


def test_root_redirects_to_arabic_by_default(home):
    response = Client().get("/")
    assert response.status_code == 302
    assert response["Location"] == "/ar/"


def test_root_follows_accept_language(home):
    response = Client().get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    assert response["Location"] == "/en/"
    response = Client().get("/", HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9")
    assert response["Location"] == "/ar/"


def test_root_prefers_the_cookie_over_accept_language(home):
    client = Client(HTTP_ACCEPT_LANGUAGE="ar")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert client.get("/")["Location"] == "/en/"


def test_reading_a_page_remembers_its_language(home):
    client = Client()
    response = client.get("/en/")
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    assert client.get("/")["Location"] == "/en/"
    # Once remembered, the cookie is not sent again on every page.
    assert settings.LANGUAGE_COOKIE_NAME not in client.get("/en/").cookies


def test_site_settings_are_shown_in_the_page_language(home):
    site_settings = SiteSettings.objects.get()
    site_settings.address_ar = "رام الله، شارع الإرسال"
    site_settings.address_en = "Al-Irsal Street, Ramallah"
    site_settings.phone = "+970 2 298 0000"
    site_settings.alert_enabled = True
    site_settings.alert_level = "urgent"
    site_settings.alert_text_ar = "تعطل مؤقت في خدمة الجوازات"
    site_settings.alert_text_en = "Passport service temporarily down"
    site_settings.facebook_url = "https://facebook.example/moi"
    site_settings.save()

    arabic = soup(Client().get("/ar/"))
    assert "رام الله، شارع الإرسال" in arabic.select_one(".site-footer").get_text()
    assert (
        arabic.select_one(".alert--urgent").get_text(" ", strip=True).endswith("تعطل مؤقت في خدمة الجوازات")
    )
    assert arabic.select_one('.hotline[href="tel:138"]') is not None
    assert arabic.select_one('.social a[href="https://facebook.example/moi"]') is not None

    english = soup(Client().get("/en/"))
    assert "Al-Irsal Street, Ramallah" in english.select_one(".site-footer").get_text()
    assert "Passport service temporarily down" in english.select_one(".alert").get_text()
    assert english.select_one('a[href="tel:+97022980000"]') is not None


def test_alert_banner_hidden_when_switched_off(home):
    SiteSettings.objects.update(alert_enabled=False, alert_text_ar="نص", alert_text_en="Text")
    assert soup(Client().get("/ar/")).select_one(".alert") is None


def test_arabic_indic_digits_setting(home):
    SiteSettings.objects.update(digit_style="arabic-indic")
    arabic = soup(Client().get("/ar/"))
    assert arabic.select_one(".hotline__number").get_text() == "١٣٨"
    assert "٢٠" in arabic.select_one(".hero__date time").get_text()
    # English pages keep Western digits whatever the setting.
    english = soup(Client().get("/en/"))
    assert english.select_one(".hotline__number").get_text() == "138"


@pytest.mark.parametrize(
    "path",
    [
        "/ar/no-such-page/",
        "/en/no/such/page/",
        "/fr/",
        "/xx/yy/",
        "/ar/%D8%B5%D9%81%D8%AD%D8%A9/",
        "/ar/..%2f..%2fetc/",
    ],
)
def test_unknown_addresses_get_the_bilingual_404(home, path):
    response = Client().get(path, follow=True)
    assert response.status_code == 404
    text = soup(response).get_text(" ")
    assert "الصفحة غير موجودة" in text
    assert "Page not found" in text


def test_404_in_english_offers_arabic_too(home):
    response = Client().get("/en/missing/")
    assert response.status_code == 404
    assert html_lang_dir(response) == ("en", "ltr")
    page = soup(response)
    assert page.find("h1").get_text(strip=True) == "Page not found"
    other = page.select_one('.error-page__other[lang="ar"]')
    assert other is not None and other["dir"] == "rtl"
