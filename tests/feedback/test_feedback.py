import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.template.loader import render_to_string
from django.test import Client, RequestFactory, override_settings
from django.utils import translation

import pytest

from feedback.models import PageFeedback
from tests.feedback.conftest import SAME_ORIGIN

pytestmark = pytest.mark.django_db


def send(page, data, language="ar", client=None, **extra):
    headers = {**SAME_ORIGIN, **extra}
    return (client or Client()).post(f"/{language}/feedback/{page.pk}/", data, **headers)


# --- The partial -----------------------------------------------------------------------------


def render_partial(page, query=""):
    request = RequestFactory().get(f"/ar/article/{query}")
    return render_to_string("components/_feedback.html", {"page": page, "request": request})


def test_partial_is_a_plain_post_form_in_arabic(article):
    with translation.override("ar"):
        html = render_partial(article)
    assert f'action="/ar/feedback/{article.pk}/"' in html
    assert 'method="post"' in html
    assert "هل كانت هذه الصفحة مفيدة؟" in html
    assert re.search(r'<button[^>]*name="useful"[^>]*value="yes"[^>]*>\s*نعم', html)
    assert re.search(r'<button[^>]*name="useful"[^>]*value="no"[^>]*>\s*لا', html)
    assert 'maxlength="1000"' in html
    assert 'aria-labelledby="page-feedback-title"' in html
    assert "<script" not in html


def test_partial_in_english(article):
    with translation.override("en"):
        html = render_partial(article)
    assert f'action="/en/feedback/{article.pk}/"' in html
    assert "Was this page useful?" in html


def test_partial_thanks_after_an_answer(article):
    html = render_partial(article, "?feedback=thanks")
    assert 'role="status"' in html
    assert "<form" not in html


def test_partial_is_empty_for_pages_that_do_not_opt_in(plain_page):
    assert render_partial(plain_page).strip() == ""


def test_partial_has_no_csrf_token_so_pages_stay_cacheable(article):
    assert "csrfmiddlewaretoken" not in render_partial(article)


# --- Answers ---------------------------------------------------------------------------------


def test_yes_is_stored_with_page_and_language_and_redirects_back(article):
    response = send(article, {"useful": "yes"})
    assert response.status_code == 303
    assert response["Location"] == "/ar/article/?feedback=thanks#page-feedback"
    entry = PageFeedback.objects.get()
    assert (entry.page_id, entry.language, entry.useful, entry.comment) == (article.pk, "ar", True, "")


def test_no_with_a_comment_in_english(article):
    response = send(article, {"useful": "no", "comment": "  The fees are missing.  "}, language="en")
    assert response.status_code == 303
    assert response["Location"] == "/en/article/?feedback=thanks#page-feedback"
    entry = PageFeedback.objects.get()
    assert (entry.language, entry.useful, entry.comment) == ("en", False, "The fees are missing.")


def test_thank_you_page_after_redirect(article):
    """Followed like a browser without JavaScript would, the page thanks the visitor."""
    response = send(article, {"useful": "yes"})
    page = Client().get(response["Location"])
    assert page.status_code == 200


def test_referer_is_accepted_when_a_browser_sends_no_origin(article):
    response = Client().post(
        f"/ar/feedback/{article.pk}/", {"useful": "yes"}, HTTP_REFERER="http://testserver/ar/article/"
    )
    assert response.status_code == 303


# --- Bad input -------------------------------------------------------------------------------


def test_missing_answer_is_a_400_with_a_clear_message(article):
    response = send(article, {"comment": "ما هي الرسوم؟"})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'aria-describedby="feedback-useful-error"' in html
    assert "ما هي الرسوم؟" in html  # the comment is not lost
    assert not PageFeedback.objects.exists()


def test_wrong_answer_value_is_a_400(article):
    response = send(article, {"useful": "maybe"})
    assert response.status_code == 400
    assert not PageFeedback.objects.exists()


def test_oversized_comment_is_a_400_and_kept(article):
    response = send(article, {"useful": "no", "comment": "ك" * 1001})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'aria-invalid="true"' in html
    assert "ك" * 1001 in html
    assert not PageFeedback.objects.exists()


def test_injected_markup_is_escaped(article):
    attack = "</textarea><script>alert(1)</script>"
    response = send(article, {"comment": attack})
    assert response.status_code == 400
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;/textarea&gt;&lt;script&gt;" in html


def test_get_is_not_allowed(article):
    assert Client().get(f"/ar/feedback/{article.pk}/").status_code == 405


def test_unknown_page_is_a_404(article):
    response = Client().post("/ar/feedback/999999/", {"useful": "yes"}, **SAME_ORIGIN)
    assert response.status_code == 404


def test_page_that_does_not_opt_in_is_a_404(plain_page):
    assert send(plain_page, {"useful": "yes"}).status_code == 404
    assert not PageFeedback.objects.exists()


def test_unpublished_page_is_a_404(article):
    article.unpublish()
    assert send(article, {"useful": "yes"}).status_code == 404


def test_cross_site_post_is_refused(article):
    response = send(article, {"useful": "yes"}, HTTP_ORIGIN="https://evil.example")
    assert response.status_code == 403
    assert not PageFeedback.objects.exists()


def test_post_without_origin_or_referer_is_refused(article):
    client = Client(enforce_csrf_checks=True)
    response = client.post(f"/ar/feedback/{article.pk}/", {"useful": "yes"})
    assert response.status_code == 403
    assert not PageFeedback.objects.exists()
    assert "لم تُرسل من إحدى صفحات هذا الموقع" in response.content.decode()


def test_honeypot_is_refused(article):
    response = send(article, {"useful": "yes", "website_address": "http://spam.example"})
    assert response.status_code == 400
    assert not PageFeedback.objects.exists()


def test_rate_limit(article):
    for _ in range(20):
        assert send(article, {"useful": "yes"}).status_code == 303
    response = send(article, {"useful": "no", "comment": "آخر تعليق"})
    assert response.status_code == 429
    assert "آخر تعليق" in response.content.decode()
    assert PageFeedback.objects.count() == 20
    assert send(article, {"useful": "yes"}, REMOTE_ADDR="10.1.1.1").status_code == 303


def test_endpoint_query_count(article, django_assert_num_queries):
    # View restrictions, the page, its specific row, the insert, and the site root paths
    # (once per language, cold cache) for the redirect address.
    with django_assert_num_queries(6):
        send(article, {"useful": "yes"})


# --- Admin report ----------------------------------------------------------------------------


def staff(username, *codenames):
    user = get_user_model().objects.create_user(username, password="pw")
    group = Group.objects.create(name=f"group-{username}")
    group.permissions.add(*Permission.objects.filter(codename__in=["access_admin", *codenames]))
    user.groups.add(group)
    client = Client()
    client.force_login(user)
    return client


def test_report_counts_per_page_and_language(article, plain_page):
    for data, language in [({"useful": "yes"}, "ar"), ({"useful": "yes"}, "en"), ({"useful": "no"}, "ar")]:
        send(article, data, language=language)
    send(article, {"useful": "no", "comment": "<b>bold</b> comment"}, language="en")
    client = staff("moderator", "view_pagefeedback")
    response = client.get("/admin/reports/page-feedback/")
    assert response.status_code == 200
    html = response.content.decode()
    assert article.title in html
    assert plain_page.title not in html  # no answers, no row
    export = client.get("/admin/reports/page-feedback/?export=csv")
    rows = b"".join(export.streaming_content).decode("utf-8-sig").splitlines()
    assert rows[1].startswith(f"{article.title},2,2,1,1,1,1,1,")
    comments = client.get("/admin/reports/page-feedback/comments/")
    assert comments.status_code == 200
    html = comments.content.decode()
    assert "&lt;b&gt;bold&lt;/b&gt; comment" in html


def test_report_needs_the_view_permission(article):
    client = staff("editor")
    assert client.get("/admin/reports/page-feedback/").status_code in (302, 403)
    assert client.get("/admin/reports/page-feedback/comments/").status_code in (302, 403)


def test_moderators_may_read_the_report(article):
    send(article, {"useful": "yes"})
    user = get_user_model().objects.create_user("mod", password="pw")
    user.groups.add(Group.objects.get(name="Moderators"))
    client = Client()
    client.force_login(user)
    assert client.get("/admin/reports/page-feedback/").status_code == 200


@override_settings(CSRF_TRUSTED_ORIGINS=["https://*.moi.example"])
def test_trusted_origins_are_accepted(article):
    assert send(article, {"useful": "yes"}, HTTP_ORIGIN="https://www.moi.example").status_code == 303
    assert send(article, {"useful": "yes"}, HTTP_ORIGIN="http://www.moi.example").status_code == 403
    assert send(article, {"useful": "yes"}, HTTP_ORIGIN="https://moi.example.evil.test").status_code == 403


def test_partial_declares_its_own_language(article):
    """Inside an untranslated page's Arabic <main>, the English form still says it is English."""
    with translation.override("en"):
        html = render_partial(article)
    assert 'lang="en"' in html and 'dir="ltr"' in html
