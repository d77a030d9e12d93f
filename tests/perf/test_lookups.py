"""perf.lookups keeps the site, its settings and the view restrictions in memory between
requests; a change to any of them is seen on the very next request."""

from django.test import Client
from django.utils import translation

from wagtail.models import Page, PageViewRestriction, Site

import pytest

from core.factories import StandardPageFactory
from core.models import SiteSettings
from perf import lookups

pytestmark = pytest.mark.django_db


def warm(client, url):
    client.get(url)
    return client.get(url)


def test_a_page_made_private_is_private_on_the_next_request(home, django_assert_num_queries):
    with translation.override("ar"):
        page = StandardPageFactory(parent=home, slug="open", title_ar="صفحة للعموم")
    client = Client()
    assert warm(client, "/ar/open/").status_code == 200
    assert lookups.restricted_paths() == ()
    # Kept: the next request asks nothing about restrictions.
    with django_assert_num_queries(3) as queries:
        assert client.get("/ar/open/").status_code == 200
    assert not any("pageviewrestriction" in q["sql"] for q in queries.captured_queries)

    PageViewRestriction.objects.create(page=page, restriction_type="password", password="secret")
    response = client.get("/ar/open/")
    assert response.status_code == 200
    assert "صفحة للعموم" not in response.content.decode()
    assert 'name="password"' in response.content.decode()  # Wagtail's password form instead
    assert lookups.restricted_paths() == (page.path,)
    assert page.pk not in set(Page.objects.public().values_list("pk", flat=True))

    PageViewRestriction.objects.filter(page=page).delete()
    assert "صفحة للعموم" in client.get("/ar/open/").content.decode()
    assert page.pk in set(Page.objects.public().values_list("pk", flat=True))


def test_public_matches_wagtails_own_rule(home):
    with translation.override("ar"):
        section = StandardPageFactory(parent=home, slug="section")
        inside = StandardPageFactory(parent=section, slug="inside")
        beside = StandardPageFactory(parent=home, slug="sectionx")  # a path-prefix neighbour, not a child
    PageViewRestriction.objects.create(page=section, restriction_type="login")
    public = set(Page.objects.public().values_list("pk", flat=True))
    assert section.pk not in public and inside.pk not in public
    assert beside.pk in public and home.pk in public


def test_settings_saved_by_a_webmaster_show_on_the_next_request(home):
    client = Client()
    warm(client, "/ar/")
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.hotline = "199"
    settings.save()
    assert "199" in client.get("/ar/").content.decode()


def test_a_second_site_is_seen_on_the_next_request(home):
    client = Client()
    assert warm(client, "/ar/").status_code == 200
    with translation.override("ar"):
        other_root = StandardPageFactory(parent=Page.get_first_root_node(), slug="other", title_ar="موقع آخر")
    Site.objects.create(hostname="other.moi.example", port=80, root_page=other_root, site_name="Other")
    other = Client(HTTP_HOST="other.moi.example")
    assert "موقع آخر" in other.get("/ar/").content.decode()
    assert "موقع آخر" not in client.get("/ar/").content.decode()


def test_each_request_gets_its_own_copy(home, rf):
    request = rf.get("/ar/")
    first = lookups.site_for_request(request)
    first.root_page.marker = "seen by one request"
    second = lookups.site_for_request(rf.get("/ar/"))
    assert second.pk == first.pk and second.root_page.pk == first.root_page.pk
    assert not hasattr(second.root_page, "marker")
    assert second is not first and second.root_page is not first.root_page


def test_made_up_host_names_do_not_grow_the_memory(home, rf):
    for number in range(200):
        lookups.site_for_request(rf.get("/ar/", HTTP_HOST=f"h{number}.example"))
    assert len(lookups._memo["sites"]) <= 64
