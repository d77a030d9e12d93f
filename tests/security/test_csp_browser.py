"""Wagtail's admin and the public pages work in Chromium under the Content-Security-Policy.

The policy is the one production sends (base.py); the browser reports every violation as a
``securitypolicyviolation`` event, which the test collects on each page it opens.
"""

import os
from pathlib import Path

from django.conf import settings

import pytest

from core.factories import StandardPageFactory
from tests.conftest import build_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = Path(settings.BASE_DIR) / "artifacts" / "screenshots"
COLLECT = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' ' + (e.sourceFile || '') + ':' + e.lineNumber);
});
"""


@pytest.fixture
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is not installed")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-background-networking", "--disable-gpu"],
        )
        yield browser
        browser.close()


def violations(page) -> list[str]:
    return page.evaluate("window.__cspViolations || []")


def test_the_admin_works_under_the_policy(live_server, browser, django_user_model):
    home = build_site()
    page_obj = StandardPageFactory(parent=home, slug="about-us")
    django_user_model.objects.create_superuser("root", "root@moi.example", "pw-for-the-browser")
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ar")
    context.add_init_script(COLLECT)
    page = context.new_page()
    page.set_default_timeout(30_000)
    console = []
    page.on("console", lambda message: console.append(message.text))
    admin = f"{live_server.url}/{settings.ADMIN_URL_PATH}"

    response = page.goto(f"{admin}/login/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert "unsafe-inline' 'nonce" not in response.headers["content-security-policy"]
    page.fill("input[name=username]", "root")
    page.fill("input[name=password]", "pw-for-the-browser")
    page.click("button[type=submit]")
    page.wait_for_url(f"{admin}/")
    seen = {"login+dashboard": violations(page)}

    page.goto(f"{admin}/pages/{page_obj.pk}/edit/")
    page.wait_for_load_state("networkidle")
    # The editor's scripts ran: Draftail and the side panels are built by JavaScript.
    page.wait_for_selector("[data-side-panel-toggle]")
    page.click("[data-side-panel-toggle='preview']")
    # The live preview is the admin framing its own site: allowed by frame-ancestors 'self'.
    page.wait_for_timeout(4000)
    previews = [frame for frame in page.frames if "in_preview_panel" in frame.url]
    assert previews, [frame.url for frame in page.frames]
    assert previews[0].locator("main").count() >= 1, "the preview did not render inside the editor"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "csp-admin-editor.png"))
    seen["editor+preview"] = violations(page)

    # The choosers are started by inline initialisers that carry the nonce: the button opens
    # the modal (whose HTML arrives as JSON), which only works if those scripts ran.
    page.click("[data-side-panel-toggle='preview']")
    tab = page.evaluate("document.getElementById('id_listing_image-chooser').closest('[role=tabpanel]').id")
    page.click(f"[role=tab][aria-controls='{tab}']")
    page.locator("#id_listing_image-chooser [data-chooser-action-choose]").first.click()
    page.wait_for_selector(".modal-dialog .modal-content", state="visible")
    page.wait_for_load_state("networkidle")
    seen["image chooser"] = violations(page)
    page.keyboard.press("Escape")

    for name, path in {
        "explorer": f"/pages/{home.pk}/",
        "images": "/images/",
        "locks": "/locked_sign_ins/",
    }.items():
        page.goto(f"{admin}{path}")
        page.wait_for_load_state("networkidle")
        seen[name] = violations(page)

    page.goto(f"{live_server.url}/ar/about-us/")
    seen["public"] = violations(page)
    context.close()

    assert all(not found for found in seen.values()), seen
    assert not [line for line in console if "Content Security Policy" in line], console
