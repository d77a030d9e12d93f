"""SQL queries per page over the demo content: home ≤ 10, every other page ≤ 8 (issue 6).

Each page is requested once to warm what may legitimately be cached (menus, renditions,
site settings lookups), then measured. The page cache is off, so this is what a page costs
when it is rendered. A page type that is over its budget today is marked ``xfail(strict)``
with the count measured and why: the test starts failing (and the mark must go) the day it
comes within budget, and the budget itself is still asserted for every other page.
"""

import io

from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation

import pytest

HOME_BUDGET = 10
PAGE_BUDGET = 8

# Page types over budget today: queries measured on SQLite with the demo content (27 Nov 2026,
# 02:55 UTC; home, contact form and display screen came within budget since the first count).
# Where they go (from the SQL): Wagtail's serve costs about 4 + depth before the template runs
# (the site, one routing query per level, the specific page, the alias check, a view-restriction
# query per ancestor), site settings add one, and every ``.public()`` in a listing runs its own
# PageViewRestriction query before the listing's own. The content apps own those views.
OVER_BUDGET = {
    "MediaCentrePage": 14,
    "GalleryPage": 11,
    "VideoPage": 11,
    "PublicationIndexPage": 13,
    "PublicationPage": 14,
    "AdministrationPage": 10,
    "DivisionPage": 15,
    "NewsIndexPage": 14,
    "NewsPage": 22,
    "ServiceIndexPage": 10,
    "ServicePage": 13,
    "EventIndexPage": 11,
    "EventPage": 11,
    "news-filtered": 14,
    "events-calendar": 10,
}

PAGE_TYPES = [
    "HomePage",
    "StandardPage",
    "MediaCentrePage",
    "GalleryPage",
    "VideoPage",
    "PublicationIndexPage",
    "PublicationPage",
    "AdministrationPage",
    "DivisionPage",
    "NewsIndexPage",
    "NewsPage",
    "ServiceIndexPage",
    "ServicePage",
    "EventIndexPage",
    "EventPage",
    "FormPage",
    "DisplayScreenPage",
]
EXTRA = {
    "news-filtered": ("NewsIndexPage", "?type=news&year={year}"),
    "events-calendar": ("EventIndexPage", "calendar/"),
    "search": (None, "/ar/search/?q=الاعلام"),
    "sitemap": (None, "/sitemap.xml"),
}


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo content, loaded once for the module inside a transaction rolled back at the end."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            with translation.override("ar"):
                call_command("load_demo_content", stdout=io.StringIO())
            from wagtail.models import Page, Site

            site = Site.objects.get(is_default_site=True)
            site.hostname, site.port = "testserver", 80
            site.save()
            urls = {}
            for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
                with translation.override("ar"):
                    urls.setdefault(type(page).__name__, page.url)
            yield urls
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            cache.clear()


def measure(url: str) -> tuple[int, int, list[str]]:
    client = Client()
    client.get(url)  # warm-up
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response.status_code, len(queries), [q["sql"][:200] for q in queries.captured_queries]


def budget_of(name: str) -> int:
    return HOME_BUDGET if name == "HomePage" else PAGE_BUDGET


def params():
    for name in [*PAGE_TYPES, *EXTRA]:
        marks = []
        if name in OVER_BUDGET:
            reason = f"over budget: {OVER_BUDGET[name]} queries measured, budget {budget_of(name)}"
            marks.append(pytest.mark.xfail(strict=True, reason=reason))
        yield pytest.param(name, marks=marks, id=name)


@pytest.mark.django_db
@pytest.mark.parametrize("name", params())
def test_page_is_within_its_query_budget(demo, name):
    cache.clear()
    if name in EXTRA:
        base, suffix = EXTRA[name]
        if base is None:
            url = suffix
        else:
            from django.utils import timezone

            url = demo[base] + suffix.format(year=timezone.localdate().year)
    else:
        assert name in demo, f"the demo content has no {name}"
        url = demo[name]
    status, count, sql = measure(url)
    assert status == 200, url
    budget = budget_of(name)
    assert count <= budget, f"{url}: {count} queries, budget {budget}:\n" + "\n".join(sql)
