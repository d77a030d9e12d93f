"""The home page in a real browser, in both languages, on a desktop and a 320 px phone."""

import pytest

from tests.browser.conftest import assert_accessible

pytestmark = [pytest.mark.browser]


@pytest.mark.parametrize("language,direction", [("ar", "rtl"), ("en", "ltr")])
def test_home_page_in_a_real_browser(demo_site, browser_page, phone_page, language, direction):
    page = browser_page
    response = page.goto(demo_site.url(f"/{language}/"))
    assert response.status == 200
    assert page.get_attribute("html", "lang") == language
    assert page.get_attribute("html", "dir") == direction
    assert page.evaluate("getComputedStyle(document.body).direction") == direction
    demo_site.screenshot(page, f"home-{language}")
    assert_accessible(page, f"/{language}/")

    # Keyboard: the first Tab reaches the skip link, which leads to the main content.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"

    # The language switcher leads to the same page in the other language.
    other = "en" if language == "ar" else "ar"
    page.click(f'.lang-switch a[hreflang="{other}"]')
    assert page.get_attribute("html", "lang") == other

    # Readable on a 320 px phone: nothing wider than the screen.
    phone_page.goto(demo_site.url(f"/{language}/"))
    overflow = phone_page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the page is {overflow}px wider than a 320px screen"
    demo_site.screenshot(phone_page, f"home-{language}-320")
    assert_accessible(phone_page, f"/{language}/ at 320px")
