"""A division, a service, the calendar and an event in a real browser, in both languages."""

import re

import pytest

from tests.browser.conftest import assert_accessible

pytestmark = [pytest.mark.browser]

PAGES = {
    "division": "/{language}/administration/media/",
    "service": "/{language}/services/first-passport/",
    "calendar": "/{language}/events/calendar/",
    "event": "/{language}/events/digital-communication-conference/",
}


@pytest.mark.parametrize("language,direction", [("ar", "rtl"), ("en", "ltr")])
def test_pages_are_accessible(demo_site, browser_page, language, direction):
    page = browser_page
    for name, path in PAGES.items():
        url = path.format(language=language)
        response = page.goto(demo_site.url(url))
        assert response.status == 200, url
        assert page.get_attribute("html", "dir") == direction
        assert page.locator("h1").count() == 1, url
        demo_site.screenshot(page, f"dse-{name}-{language}")
        assert_accessible(page, url)


def test_arabic_calendar_without_javascript(demo_site, chromium_browser):
    context = chromium_browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        page.goto(demo_site.url("/ar/events/calendar/"))
        demo_site.screenshot(page, "calendar-ar")
        table = page.locator("table.calendar")
        assert table.locator("thead th[scope=col]").count() == 7
        assert table.locator("thead th").first.inner_text().strip() == "السبت"
        # The table runs right to left: Saturday's column is the rightmost.
        first = table.locator("thead th").first.bounding_box()
        last = table.locator("thead th").last.bounding_box()
        assert first["x"] > last["x"]
        assert table.locator('td[aria-current="date"]').count() == 1
        heading = page.locator("#calendar-heading").inner_text()
        assert re.search(r"(كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين)", heading)
        # Next month, then back, by plain links.
        page.get_by_role("link", name="الشهر التالي").click()
        assert re.search(r"/ar/events/calendar/\d{4}/\d\d/$", page.url)
        assert page.locator('td[aria-current="date"]').count() == 0
        page.get_by_role("link", name="الشهر السابق").click()
        assert page.locator('td[aria-current="date"]').count() == 1
    finally:
        context.close()


@pytest.mark.parametrize("language", ["ar", "en"])
def test_service_prints_on_one_page(demo_site, browser_page, language):
    page = browser_page
    page.goto(demo_site.url(f"/{language}/services/first-passport/"))
    page.emulate_media(media="print")
    assert page.locator(".site-header").is_hidden() and page.locator(".faq").first.is_hidden()
    assert page.locator(".service-hotline").is_visible()  # the 138 hotline is on the printout
    pdf = page.pdf(format="A4")
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1


@pytest.mark.parametrize("language", ["ar", "en"])
def test_a_busy_day_shows_three_events_and_leads_to_its_day(demo_site, browser_page, language):
    """Six events on one day: the cell shows three and "and 3 more", which opens the day view
    listing all six; both pages pass axe in both languages."""
    import datetime as dt

    from django.utils import timezone, translation

    from events.factories import EventPageFactory
    from events.models import EventIndexPage

    index = EventIndexPage.objects.get()
    day = timezone.localdate().replace(day=15)
    with translation.override("ar"):
        for number in range(6):
            start = timezone.make_aware(dt.datetime.combine(day, dt.time(8 + number)))
            event = EventPageFactory(
                parent=index,
                title_ar=f"فعالية مزدحمة {number + 1}",
                title_en=f"Busy event {number + 1}",
                slug=f"busy-{number + 1}",
                start=start,
            )
    event.save_revision().publish()  # what an editor does: the kept month table is renewed
    page = browser_page
    page.goto(demo_site.url(f"/{language}/events/calendar/"))
    cell = page.locator(f'td:has(time[datetime="{day.isoformat()}"])')
    assert cell.locator("ul li a").count() == 3
    more = cell.locator("a.calendar__more")
    # Read out of its cell, the link still says which day it is about (visually hidden text).
    visible = more.inner_text().splitlines()[0].strip()
    assert visible == ("و3 فعاليات أخرى" if language == "ar" else "and 3 more")
    context = more.locator(".visually-hidden").inner_text().strip()
    assert context.startswith("يوم " if language == "ar" else "on ") and "15" in context
    demo_site.screenshot(page, f"calendar-busy-{language}")
    assert_accessible(page, f"busy calendar ({language})")
    more.click()
    assert page.url.endswith(f"/{language}/events/calendar/{day:%Y/%m/%d}/")
    assert page.locator(".event-item").count() == 6
    demo_site.screenshot(page, f"calendar-day-{language}")
    assert_accessible(page, f"day view ({language})")
