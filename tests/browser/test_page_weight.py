"""Page weight on first load in a 390 px wide phone browser: home ≤ 200 KB, a news page ≤ 150 KB.

Every response the browser fetched for the page (HTML, CSS, JS, fonts, images) is counted with
its headers, as Chromium reports them, after the page has loaded and the network is idle. The
test server sends files uncompressed, so the count is an upper bound of what a visitor on the
compressed production site downloads.
"""

import pytest

pytestmark = [pytest.mark.browser]

BUDGETS = {"home": 200 * 1024, "news page": 150 * 1024}


def first_load_bytes(chromium_browser, url: str) -> tuple[int, list[tuple[str, int]]]:
    context = chromium_browser.new_context(
        viewport={"width": 390, "height": 844}, device_scale_factor=3, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    fetched = []

    def finished(request):
        sizes = request.sizes()
        fetched.append((request.url, sizes["responseBodySize"] + sizes["responseHeadersSize"]))

    page.on("requestfinished", finished)
    page.goto(url, wait_until="networkidle")
    context.close()
    return sum(size for _url, size in fetched), fetched


@pytest.mark.parametrize("name", list(BUDGETS))
def test_first_load_within_budget(demo_site, chromium_browser, name):
    from django.utils import translation

    from news.models import NewsPage

    if name == "home":
        path = "/ar/"
    else:
        with translation.override("ar"):
            item = NewsPage.objects.live().exclude(lead_image=None).order_by("-date").first()
            path = item.url
    total, fetched = first_load_bytes(chromium_browser, demo_site.url(path))
    assert any(url.endswith(path) for url, _size in fetched)
    assert any(".css" in url for url, _size in fetched)
    listing = "\n".join(f"{size:>8} {url}" for url, size in sorted(fetched, key=lambda item: -item[1]))
    assert total <= BUDGETS[name], f"{name}: {total} bytes\n{listing}"


@pytest.mark.parametrize(("language", "script"), [("ar", "Arabic"), ("en", "Latin")])
def test_the_page_is_drawn_in_the_site_fonts(demo_site, chromium_browser, language, script):
    """The preloaded face is the one the stylesheet uses (fetched once, not twice), and the
    body text and headings of each language are drawn in the site's own fonts."""
    context = chromium_browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    fonts = []
    page.on("requestfinished", lambda request: fonts.append(request.url) if ".woff2" in request.url else None)
    page.goto(demo_site.url(f"/{language}/"), wait_until="networkidle")
    page.evaluate("document.fonts.ready.then(() => true)")
    loaded = page.evaluate(
        "[...document.fonts].filter(f => f.status === 'loaded').map(f => `${f.family.replaceAll('\"', '')} ${f.weight}`)"
    )
    context.close()
    assert {f"Site {script} 400", f"Site {script} 700"} <= set(loaded), loaded
    preloaded = f"/static/fonts/{script.lower()}-400.woff2"
    assert sum(url.endswith(preloaded) for url in fonts) == 1, fonts
    assert len(fonts) == len(set(fonts)) <= 4, fonts
