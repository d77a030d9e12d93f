"""Menus edited by webmasters: two levels, bilingual labels, cached, kept in step with pages."""

from django.core.cache import cache
from django.test import Client
from django.utils import translation

from wagtail.models import Site

import pytest

from core.factories import StandardPageFactory
from core.models import FooterLinkGroup, MainMenuItem, NavigationSettings, StandardPage
from tests.utils import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def menus(home):
    cache.clear()
    services = StandardPageFactory(parent=home, title="الخدمات", title_en="Services", slug="services")
    passports = StandardPageFactory(parent=services, title="الجوازات", title_en="Passports", slug="passports")
    navigation = NavigationSettings.for_site(Site.objects.get())
    MainMenuItem.objects.create(
        settings=navigation,
        link_page=services,
        sort_order=0,
        children=[
            ("link", {"page": passports, "url": "", "label_ar": "", "label_en": ""}),
            (
                "link",
                {"page": None, "url": "https://portal.example/", "label_ar": "البوابة", "label_en": "Portal"},
            ),
        ],
    )
    MainMenuItem.objects.create(
        settings=navigation,
        link_url="https://moi.example/",
        label_ar="الوزارة",
        label_en="The Ministry",
        sort_order=1,
    )
    FooterLinkGroup.objects.create(
        settings=navigation,
        heading_ar="روابط",
        heading_en="Links",
        links=[("link", {"page": services, "url": "", "label_ar": "", "label_en": ""})],
    )
    return {"services": services, "passports": passports}


def nav_items(response):
    page = soup(response)
    top = []
    for item in page.select(".main-nav__list > li"):
        summary = item.select_one("summary")
        link = item.select_one(":scope > a")
        title = summary.get_text(strip=True) if summary else link.get_text(strip=True)
        children = [(a.get_text(strip=True), a["href"]) for a in item.select(".main-nav__sub a")]
        top.append((title, children or link["href"]))
    return top


def test_two_levels_in_arabic(menus):
    response = Client().get("/ar/")
    assert nav_items(response) == [
        (
            "الخدمات",
            [
                ("الخدمات", "/ar/services/"),
                ("الجوازات", "/ar/services/passports/"),
                ("البوابة", "https://portal.example/"),
            ],
        ),
        ("الوزارة", "https://moi.example/"),
    ]
    footer = soup(response).select_one(".site-footer nav")
    assert footer.find("h2").get_text(strip=True) == "روابط"
    assert footer.find("a")["href"] == "/ar/services/"


def test_two_levels_in_english(menus):
    response = Client().get("/en/")
    assert nav_items(response) == [
        (
            "Services",
            [
                ("Services", "/en/services/"),
                ("Passports", "/en/services/passports/"),
                ("Portal", "https://portal.example/"),
            ],
        ),
        ("The Ministry", "https://moi.example/"),
    ]


def test_second_level_works_without_javascript(menus):
    """A <details> disclosure: the browser opens it by keyboard or touch with no script."""
    page = soup(Client().get("/ar/"))
    group = page.select_one(".main-nav details")
    assert group.select_one("summary") is not None
    assert page.find("script", src=True) is None or "nav" not in str(page.find_all("script"))


def test_current_section_is_marked(menus):
    page = soup(Client().get("/ar/services/passports/"))
    assert "is-active" in page.select_one(".main-nav summary")["class"]
    assert soup(Client().get("/ar/")).select_one(".main-nav .is-active") is None


def test_menus_come_from_the_cache(menus, django_assert_num_queries):
    client = Client()
    client.get("/ar/")  # warm the cache
    from django.test import RequestFactory

    from core.navigation import get_menus

    request = RequestFactory().get("/ar/", HTTP_HOST="testserver")
    Site.find_for_request(request)  # cached on the request, as during a real page render
    with translation.override("ar"), django_assert_num_queries(0):
        menus = get_menus(request)
    assert [item["title"] for item in menus["main"]] == ["الخدمات", "الوزارة"]


def test_publishing_a_page_refreshes_the_menu(menus):
    client = Client()
    assert nav_items(client.get("/en/"))[0][0] == "Services"
    services = StandardPage.objects.get(pk=menus["services"].pk)
    with translation.override("ar"):
        services.title_en = "Public services"
        services.save_revision().publish()
    assert nav_items(client.get("/en/"))[0][0] == "Public services"


def test_unpublished_pages_leave_the_menu(menus):
    client = Client()
    menus["passports"].unpublish()
    children = nav_items(client.get("/ar/"))[0][1]
    assert ("الجوازات", "/ar/services/passports/") not in children


def test_editing_the_menu_refreshes_it(menus):
    client = Client()
    client.get("/ar/")
    MainMenuItem.objects.filter(link_url="https://moi.example/").update(label_ar="موقع الوزارة")
    # .update() sends no signal; a save from the admin does.
    item = MainMenuItem.objects.get(link_url="https://moi.example/")
    item.save()
    assert nav_items(client.get("/ar/"))[1][0] == "موقع الوزارة"


def test_a_fresh_site_falls_back_to_the_page_tree(home):
    cache.clear()
    StandardPageFactory(parent=home, title="عن الموقع", title_en="About", slug="about", show_in_menus=True)
    assert nav_items(Client().get("/en/")) == [("About", "/en/about/")]


def test_breadcrumbs_on_pages_below_home(menus):
    page = soup(Client().get("/en/services/passports/"))
    crumbs = [(a.get_text(strip=True), a["href"]) for a in page.select(".breadcrumbs a")]
    assert crumbs == [("Home", "/en/"), ("Services", "/en/services/")]
    arabic = soup(Client().get("/ar/services/passports/")).select(".breadcrumbs a")
    assert arabic[0].get_text(strip=True) == "الرئيسية"
    assert page.select_one('.breadcrumbs [aria-current="page"]').get_text(strip=True) == "Passports"
    assert soup(Client().get("/en/")).select_one(".breadcrumbs") is None


def test_webmasters_edit_menus_in_the_admin(menus):
    from django.contrib.auth import get_user_model

    client = Client()
    client.force_login(get_user_model().objects.create_superuser("web", "web@moi.example", "pw"))
    site = Site.objects.get()
    response = client.get(f"/admin/settings/core/navigationsettings/{site.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    for field in (
        "main_items-0-label_ar",
        "main_items-0-label_en",
        "main_items-0-link_page",
        "footer_groups-0-heading_en",
    ):
        assert f'name="{field}"' in html
    assert "main_items-0-ORDER" in html  # drag-and-drop ordering
    response = client.get(f"/admin/settings/core/sitesettings/{site.pk}/")
    assert response.status_code == 200
    assert 'name="alert_text_en"' in response.content.decode()
