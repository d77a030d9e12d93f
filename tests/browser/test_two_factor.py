"""An editor turns on two-factor sign-in in Chromium, signs out, and signs in with a code."""

import base64

from django.conf import settings
from django.contrib.auth.models import Group

from wagtail.users.models import UserProfile

import pytest
from django_otp.oath import totp

from tests.browser.conftest import SCREENSHOTS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "a-long-pass-phrase-1"


def code_for(key_text: str, steps_ahead: int = 0) -> str:
    key = base64.b32decode(key_text.replace(" ", ""))
    return f"{totp(key, step=30, t0=-steps_ahead * 30, digits=6):06d}"


def sign_in(page, admin):
    page.goto(f"{admin}/login/")
    page.fill("input[name=username]", "salma")
    page.fill("input[name=password]", PASSWORD)
    page.click("form.login-form button[type=submit]")


def test_an_editor_sets_up_and_uses_an_authenticator(demo_site, chromium_browser, django_user_model):
    user = django_user_model.objects.create_user("salma", "salma@moi.example", PASSWORD)
    user.groups.add(Group.objects.get(name="PR Editors"))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ar"
    profile.save()
    admin = demo_site.url(f"/{settings.ADMIN_URL_PATH}")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    context = chromium_browser.new_context(viewport={"width": 1100, "height": 900}, locale="ar")
    page = context.new_page()
    page.set_default_timeout(15_000)
    sign_in(page, admin)
    page.wait_for_url(f"{admin}/")

    # Account → Two-factor sign-in
    page.goto(f"{admin}/account/")
    link = f"a[href='/{settings.ADMIN_URL_PATH}/two-factor/']"
    tab = page.evaluate(f"document.querySelector(\"{link}\").closest('[role=tabpanel]')?.id || ''")
    if tab:
        page.click(f"[role=tab][aria-controls='{tab}']")
    page.screenshot(path=str(SCREENSHOTS / "two-factor-account-ar.png"))
    page.click(link)
    page.wait_for_selector(".two-factor-qr svg")
    assert page.locator("html").get_attribute("dir") == "rtl"
    key = page.locator("code[dir=ltr]").inner_text()
    page.screenshot(path=str(SCREENSHOTS / "two-factor-setup-ar.png"), full_page=True)
    page.fill("input[name=password]", PASSWORD)
    page.fill("input[name=otp_token]", code_for(key))
    page.click("main form button[type=submit]")
    page.get_by_text("فُعِّل الدخول بخطوتين").first.wait_for()
    page.screenshot(path=str(SCREENSHOTS / "two-factor-on-ar.png"))
    context.close()

    # A new browser: the password is no longer enough.
    context = chromium_browser.new_context(viewport={"width": 1100, "height": 900}, locale="ar")
    page = context.new_page()
    page.set_default_timeout(15_000)
    sign_in(page, admin)
    page.wait_for_url(f"{admin}/two-factor/verify/**")
    assert page.get_by_role("heading", name="خطوة أخيرة").is_visible()
    page.fill("input[name=otp_token]", "000000" if code_for(key, 1) != "000000" else "111111")
    page.click("form.login-form button[type=submit]")
    page.locator(".messages .error").wait_for()
    page.screenshot(path=str(SCREENSHOTS / "two-factor-verify-ar.png"))
    page.wait_for_timeout(1200)  # django-otp's pause after a wrong code
    page.fill("input[name=otp_token]", code_for(key, 1))
    page.click("form.login-form button[type=submit]")
    page.wait_for_url(f"{admin}/")
    assert page.locator("#main").is_visible()
    context.close()
