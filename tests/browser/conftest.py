"""Real-browser fixtures: Debian's Chromium driven by Playwright, checked with axe-core.

Usage in a test module::

    pytestmark = [pytest.mark.browser]

    def test_pages(demo_site, browser_page):
        browser_page.goto(demo_site.url("/ar/"))
        demo_site.screenshot(browser_page, "home-ar")
        assert_accessible(browser_page)

``demo_site`` loads the demo content (``load_demo_content``) into the test database
and serves it on a live server; screenshots go to ``artifacts/screenshots/`` (git-ignored).
"""

import io
import os
from pathlib import Path

from django.conf import settings
from django.core.management import call_command

import pytest

CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = Path(settings.BASE_DIR) / "artifacts" / "screenshots"
# WCAG 2.0, 2.1 and 2.2, levels A and AA: the rules axe-core groups under these tags.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


class DemoSite:
    def __init__(self, live_server):
        self.live_server = live_server

    def url(self, path: str) -> str:
        return self.live_server.url + path

    def screenshot(self, page, name: str, full_page: bool = True) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        if full_page:
            # A full-page picture shows what a visitor would see by scrolling: lazy images included.
            page.evaluate(
                "document.querySelectorAll('img[loading=lazy]').forEach((img) => { img.loading = 'eager'; })"
            )
            page.wait_for_load_state("networkidle")
        page.screenshot(path=str(path), full_page=full_page)
        return path


def axe_violations(page, tags=None) -> list[dict]:
    """Run axe-core (bundled with axe-playwright-python) in the page; return its violations."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(
        page,
        options={"runOnly": {"type": "tag", "values": tags or WCAG_TAGS}, "resultTypes": ["violations"]},
    )
    return results.response["violations"]


def format_violations(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    {' '.join(node['target'])}: {node.get('failureSummary', '')[:200]}")
    return "\n".join(lines)


def assert_accessible(page, label: str = "") -> None:
    violations = axe_violations(page)
    assert not violations, f"axe-core violations on {label or page.url}:\n{format_violations(violations)}"


@pytest.fixture
def chromium_browser(demo_site):
    """One browser per test, started after the database is set up.

    Playwright's sync API runs an event loop in this thread; while it runs, Django hands
    the thread a fresh database connection object, which would make pytest-django skip
    restoring the serialized database between transactional tests. Starting the browser
    inside each test (after that restore) and closing it before teardown avoids that.
    """
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{CHROMIUM} is missing in CI: .ci/run must install Debian's chromium")
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    # Playwright's sync API runs an event loop in this thread; the ORM calls the tests
    # make around it are ordinary synchronous ones.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-gpu",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def browser_context(chromium_browser):
    context = chromium_browser.new_context(viewport={"width": 1280, "height": 900}, locale="ar")
    yield context
    context.close()


@pytest.fixture
def browser_page(browser_context):
    page = browser_context.new_page()
    page.set_default_timeout(15_000)
    yield page
    page.close()


@pytest.fixture
def phone_page(chromium_browser):
    """A narrow (320 px) phone screen."""
    context = chromium_browser.new_context(
        viewport={"width": 320, "height": 640}, device_scale_factor=2, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def demo_site(django_db_serialized_rollback, transactional_db, live_server, settings, tmp_path):
    """The demo content, served by a live server, with media files on a real disk.

    Serialized rollback restores what migrations created (the root page and collection)
    after each transactional test flushes the database.
    """
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    call_command("load_demo_content", stdout=io.StringIO())
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    site.hostname = "localhost"
    site.port = int(live_server.url.rsplit(":", 1)[1])
    site.save()
    return DemoSite(live_server)
