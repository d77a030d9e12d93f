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
