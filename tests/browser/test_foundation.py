"""The home page in a real browser, in both languages, on a desktop and a 320 px phone."""

import pytest

from tests.browser.conftest import assert_accessible

pytestmark = [pytest.mark.browser]

# Visible elements whose box reaches past either edge of the screen (the skip link and
# visually hidden text are placed off-screen on purpose).
OUTSIDE_THE_SCREEN = """
[...document.querySelectorAll("body *")]
  .filter((el) => !el.closest(".visually-hidden, .skip-link"))
  .filter((el) => getComputedStyle(el).visibility !== "hidden" && el.getClientRects().length)
  .filter((el) => {
    const box = el.getBoundingClientRect();
    const screen = document.documentElement.getBoundingClientRect();  // 320 px wide here
    return box.width > 0 && (box.left < screen.left - 1 || box.right > screen.right + 1);
  })
  .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
  .slice(0, 10)
"""


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
    # In Arabic, what sticks out on the left cannot even be scrolled to: no scrollWidth shows it.
    outside = phone_page.evaluate(OUTSIDE_THE_SCREEN)
    assert outside == [], f"cut off at 320px: {outside}"
    demo_site.screenshot(phone_page, f"home-{language}-320")
    assert_accessible(phone_page, f"/{language}/ at 320px")


def test_english_fields_are_left_to_right_in_the_arabic_admin(demo_site, browser_page):
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.test import Client

    from wagtail.users.models import UserProfile

    from core.models import HomePage

    user = get_user_model().objects.create_superuser("editor", "editor@moi.example", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ar"
    profile.save()
    client = Client()
    client.force_login(user)
    browser_page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": demo_site.url("/"),
            }
        ]
    )
    home = HomePage.objects.get()
    browser_page.goto(demo_site.url(f"/admin/pages/{home.pk}/edit/"))
    assert browser_page.get_attribute("html", "dir") == "rtl"
    direction = "el => getComputedStyle(el).direction"
    assert browser_page.eval_on_selector('input[name="title_ar"]', direction) == "rtl"
    assert browser_page.eval_on_selector('input[name="title_en"]', direction) == "ltr"
    assert browser_page.eval_on_selector('textarea[name="intro_en"]', direction) == "ltr"
    demo_site.screenshot(browser_page, "admin-edit-home-ar", full_page=False)
