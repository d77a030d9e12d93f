"""Contact and complaints forms and the reception-hall screen in a real browser, both languages."""

import re

import pytest

from contact.models import Submission
from tests.browser.conftest import assert_accessible

pytestmark = [pytest.mark.browser]

LANGUAGES = [("ar", "rtl"), ("en", "ltr")]


@pytest.mark.parametrize("language,direction", LANGUAGES)
def test_contact_form_with_a_validation_error(demo_site, browser_page, phone_page, language, direction):
    page = browser_page
    assert page.goto(demo_site.url(f"/{language}/contact/")).status == 200
    assert page.get_attribute("html", "dir") == direction
    assert_accessible(page, f"/{language}/contact/")

    page.fill("#id_full_name", "<b>سعاد</b>")
    page.fill("#id_email", "not-an-address")
    page.click("form.site-form button[type=submit]")
    page.wait_for_selector(".error-summary")
    # The summary takes the focus, so it is read out first; the title says there is an error.
    assert page.evaluate("document.activeElement.classList.contains('error-summary')")
    assert re.match(r"\s*(خطأ|Error):", page.title())
    assert page.get_attribute("#id_email", "aria-invalid") == "true"
    assert "id_email-error" in page.get_attribute("#id_email", "aria-describedby")
    assert page.input_value("#id_full_name") == "<b>سعاد</b>"  # what was typed is kept, as text
    demo_site.screenshot(page, f"contact-error-{language}")
    assert_accessible(page, f"/{language}/contact/ with errors")

    # A link in the summary moves the keyboard focus to the field concerned.
    page.click('.error-summary a[href="#id_email"]')
    assert page.evaluate("document.activeElement.id") == "id_email"
    # The honeypot cannot be reached with the Tab key.
    page.focus("#id_message")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") != "id_website_address"

    phone_page.goto(demo_site.url(f"/{language}/contact/"))
    overflow = phone_page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the contact page is {overflow}px wider than a 320px screen"
    assert_accessible(phone_page, f"/{language}/contact/ at 320px")


@pytest.mark.parametrize("language,direction", LANGUAGES)
def test_complaints_form_gives_a_reference_number(demo_site, browser_page, language, direction):
    page = browser_page
    assert page.goto(demo_site.url(f"/{language}/complaints-and-suggestions/")).status == 200
    assert page.get_attribute("html", "dir") == direction
    demo_site.screenshot(page, f"complaints-{language}")
    assert_accessible(page, f"/{language}/complaints-and-suggestions/")

    page.check('input[name="type_of_message"] >> nth=1')
    page.fill("#id_full_name", "Sami Haddad")
    page.fill("#id_phone_number", "0599 000 000")
    page.fill("#id_details_of_the_complaint_or_suggestion", "Longer opening hours on Saturdays, please.")
    page.click("form.site-form button[type=submit]")
    reference = page.text_content(".confirmation__reference").strip()
    assert re.fullmatch(r"CMP-\d{8}-[A-Z2-9]{6}", reference)
    submission = Submission.objects.get(reference=reference)
    assert submission.language == language
    assert submission.form_data["type_of_message"] == "اقتراح"  # stored in Arabic whatever the language
    demo_site.screenshot(page, f"complaints-sent-{language}")
    assert_accessible(page, f"/{language}/complaints-and-suggestions/ sent")


@pytest.mark.parametrize("language,direction", LANGUAGES)
def test_display_screen(demo_site, chromium_browser, language, direction):
    context = chromium_browser.new_context(viewport={"width": 1920, "height": 1080})
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.clock.install()
    try:
        assert page.goto(demo_site.url(f"/{language}/reception-screen/")).status == 200
        assert page.get_attribute("html", "lang") == language
        assert page.get_attribute("html", "dir") == direction
        visible = page.locator(".screen__slide:visible")
        assert visible.count() == 1
        first = visible.locator(".screen__headline").text_content()
        demo_site.screenshot(page, f"screen-{language}", full_page=False)
        assert_accessible(page, f"/{language}/reception-screen/")
        # Everything fits on the screen: nothing scrolls.
        assert page.evaluate("document.documentElement.scrollHeight <= window.innerHeight + 1")

        # The headlines rotate by themselves.
        page.clock.run_for(12_500)
        second = page.locator(".screen__slide:visible .screen__headline").text_content()
        assert second != first

        # The network drops: the screen keeps what it shows and says so.
        page.route("**/content/**", lambda route: route.abort())
        page.clock.run_for(121_000)
        page.wait_for_selector("[data-offline]:not([hidden])")
        assert page.locator(".screen__slide").count() > 1
        assert page.locator(".screen__hotline-number").text_content().strip() == "138"

        # The network returns: fresh content replaces it and the notice goes.
        page.unroute("**/content/**")
        page.clock.run_for(121_000)
        page.wait_for_selector("[data-offline]", state="hidden")
        assert page.locator(".screen__slide:visible").count() == 1

        # Pausing stops the rotation (keyboard operable).
        page.focus("[data-pause]")
        page.keyboard.press("Enter")
        assert page.get_attribute("[data-pause]", "aria-pressed") == "true"
        paused_on = page.locator(".screen__slide:visible .screen__headline").text_content()
        page.clock.run_for(30_000)
        assert page.locator(".screen__slide:visible .screen__headline").text_content() == paused_on
    finally:
        context.close()


def test_display_screen_without_javascript(demo_site, chromium_browser):
    context = chromium_browser.new_context(
        viewport={"width": 1920, "height": 1080}, java_script_enabled=False
    )
    page = context.new_page()
    try:
        assert page.goto(demo_site.url("/ar/reception-screen/")).status == 200
        assert page.locator(".screen__slide:visible").count() == 1
        assert page.locator("noscript").count() == 1
        assert page.locator(".screen__controls").is_hidden()  # the pause button needs the script
        page.goto(demo_site.url("/ar/reception-screen/?slide=1"))
        assert page.locator(".screen__slide").nth(1).is_visible()
    finally:
        context.close()


@pytest.mark.parametrize("language", ["ar", "en"])
def test_feedback_endpoint_from_a_real_browser(demo_site, browser_page, language):
    """A news page asks "Was this page useful?"; a post with no answer comes back (400) with the
    comment kept, and the browser's own Origin header passes the endpoint's check."""
    from feedback.models import PageFeedback
    from news.models import NewsPage

    item = NewsPage.objects.live().exclude(title_en="").order_by("-date").first()
    page = browser_page
    page.goto(demo_site.url(f"/{language}/news/{item.slug}/"))
    assert page.get_attribute("#page-feedback form", "action") == f"/{language}/feedback/{item.pk}/"
    page.evaluate(
        """([action]) => {
            const form = document.createElement("form");
            form.method = "post";
            form.action = action;
            form.innerHTML = '<textarea name="comment">الرسوم غير واضحة</textarea>';
            document.body.append(form);
            form.submit();
        }""",
        [f"/{language}/feedback/{item.pk}/"],
    )
    page.wait_for_selector(".error-summary")  # no answer chosen: 400, the comment kept
    assert page.input_value("#feedback-comment") == "الرسوم غير واضحة"
    demo_site.screenshot(page, f"feedback-problem-{language}")
    assert_accessible(page, f"/{language}/feedback/ problem page")

    page.click('button[name="useful"][value="no"]')
    page.wait_for_url(re.compile(r".*\?feedback=thanks#page-feedback$"))
    entry = PageFeedback.objects.get()
    assert (entry.page_id, entry.language, entry.useful, entry.comment) == (
        item.pk,
        language,
        False,
        "الرسوم غير واضحة",
    )
