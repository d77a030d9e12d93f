"""The newsroom in a real browser: the news index and a news page, in Arabic and English."""

import pytest

from tests.browser.conftest import assert_accessible

pytestmark = [pytest.mark.browser]

IMAGES_WITHOUT_ALT = (
    "[...document.querySelectorAll('main img')].filter(img => !img.getAttribute('alt')).length"
)


def check_images(page):
    count = page.evaluate("document.querySelectorAll('main img').length")
    assert count > 0
    assert page.evaluate(IMAGES_WITHOUT_ALT) == 0, "every image in the content has alternative text"
    # Lazy images below the fold, never the first one (it is above the fold).
    first = page.locator("main img").first
    assert first.get_attribute("loading") != "lazy"
    assert first.get_attribute("width") and first.get_attribute("height")


@pytest.mark.parametrize("language,direction", [("ar", "rtl"), ("en", "ltr")])
def test_news_index_and_page(demo_site, browser_page, language, direction):
    page = browser_page
    response = page.goto(demo_site.url(f"/{language}/news/"))
    assert response.status == 200
    assert page.get_attribute("html", "dir") == direction
    cards = page.locator(".news-list > li")
    assert cards.count() == 12  # a full first page (the page size)
    check_images(page)
    # The browser chose the WebP source of a <picture>.
    assert page.evaluate("document.querySelector('main picture img').currentSrc").endswith(".webp")
    demo_site.screenshot(page, f"news-index-{language}")
    assert_accessible(page, f"/{language}/news/")

    # The filters work without JavaScript: a plain GET form.
    page.select_option("#id_type", "press_release")
    page.click(".news-filters button[type=submit]")
    assert "type=press_release" in page.url
    tags = page.locator(".news-list .tag").all_inner_texts()
    assert tags and set(tags) == {"بيان صحفي" if language == "ar" else "Press release"}
    assert_accessible(page, f"/{language}/news/?type=press_release")

    # A news page with a gallery, in this language.
    page.goto(demo_site.url(f"/{language}/news/delegation-visit-protocol/"))
    assert page.get_attribute("html", "lang") == language
    check_images(page)
    assert page.locator(".photo-grid__list img").count() == 4
    assert page.locator(".share__list a").count() == 5
    demo_site.screenshot(page, f"news-page-{language}")
    assert_accessible(page, f"/{language}/news/delegation-visit-protocol/")

    # The language switcher leads to the same item in the other language.
    other = "en" if language == "ar" else "ar"
    page.click(f'.lang-switch a[hreflang="{other}"]')
    assert page.url.endswith(f"/{other}/news/delegation-visit-protocol/")


def test_english_index_leaves_out_the_arabic_only_item(demo_site, browser_page):
    browser_page.goto(demo_site.url("/en/news/?page=2"))
    html = browser_page.content()
    assert "website-news-updates" not in html
    browser_page.goto(demo_site.url("/ar/news/?page=2"))
    assert "website-news-updates" in browser_page.content()
