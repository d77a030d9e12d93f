"""Every page type the demo site has, in Arabic and English: zero axe-core violations.

Page types with their own browser tests (news, divisions, services, events, calendar, forms,
the display screen) are covered there; this module covers the rest, plus search results, the
404 page and keyboard use of the header.
"""

import pytest

from tests.browser.conftest import assert_accessible

pytestmark = [pytest.mark.browser]

PATHS = [
    "/{lang}/search/?q={query}",
    "/{lang}/no-such-page/",
    "/{lang}/accessibility/",
    "/{lang}/about-this-website/",
    "/{lang}/administration/",
    "/{lang}/services/",
    "/{lang}/events/",
    "/{lang}/events/past/",
    "/{lang}/media-centre/",
]


@pytest.mark.parametrize("language,query", [("ar", "الاعلام"), ("en", "media")])
def test_every_other_page_type_is_accessible(demo_site, browser_page, language, query):
    page = browser_page
    for template in PATHS:
        path = template.format(lang=language, query=query)
        response = page.goto(demo_site.url(path))
        expected = 404 if "no-such-page" in path else 200
        assert response.status == expected, path
        assert page.get_attribute("html", "lang") == language
        assert_accessible(page, path)
    # Search found something and marked it.
    page.goto(demo_site.url(f"/{language}/search/?q={query}"))
    assert page.locator(".search-result").count() > 0
    assert page.locator(".search-result mark").count() > 0
    demo_site.screenshot(page, f"search-{language}")
    # Every page the media centre links to (galleries, videos, publications).
    page.goto(demo_site.url(f"/{language}/media-centre/"))
    links = page.eval_on_selector_all(
        "main a[href^='/']", "els => [...new Set(els.map(e => e.getAttribute('href')))]"
    )
    media_paths = [href for href in links if href.startswith(f"/{language}/media-centre/")]
    assert media_paths, "the media centre lists nothing"
    for href in media_paths:
        assert page.goto(demo_site.url(href)).status == 200, href
        assert_accessible(page, href)


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_header_is_usable_by_keyboard(demo_site, browser_page, language):
    page = browser_page
    page.goto(demo_site.url(f"/{language}/"))
    seen = []
    for _ in range(60):
        page.keyboard.press("Tab")
        info = page.evaluate(
            """() => {
                const el = document.activeElement;
                const box = el.getBoundingClientRect();
                return {tag: el.tagName, text: (el.innerText || el.value || '').trim().slice(0, 40),
                        inMain: !!el.closest('main'), visible: box.width > 0 && box.height > 0,
                        outline: getComputedStyle(el).outlineStyle};
            }"""
        )
        if info["inMain"]:
            break
        assert info["visible"], f"focus went to something invisible: {info}"
        assert info["outline"] != "none", f"no visible focus indicator on {info}"
        seen.append(info["text"])
    else:
        pytest.fail(f"60 presses of Tab never reached the main content; focus went to: {seen}")
    # On the way: the skip link, the search box, the hotline, the language switch, the menu.
    assert len(seen) >= 5
    summary = page.locator(".main-nav summary").first
    summary.focus()
    page.keyboard.press("Enter")
    assert page.locator(".main-nav details").first.evaluate("el => el.open")
