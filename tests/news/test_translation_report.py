"""The admin's translation-status report: published pages with an empty title or text in one language."""

from django.test import Client, RequestFactory
from django.urls import reverse

import pytest

from core import translation_report
from core.translation_report import translation_gaps
from news import publishing

pytestmark = pytest.mark.django_db

URL = "/admin/reports/translation-status/"


def body(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


@pytest.fixture
def pages(make_news):
    complete = make_news(1, body_ar=body("نص"), body_en=body("Text"))[0]
    no_english = make_news(1, title_en="", summary_en="")[0]
    no_english_body = make_news(1, body_ar=body("نص عربي"), body_en=[])[0]
    draft = make_news(1, title_en="")[0]
    draft.unpublish()
    return complete, no_english, no_english_body, draft


def test_gaps_are_found_per_field_and_language(pages):
    complete, no_english, no_english_body, draft = pages
    gaps = translation_gaps()
    assert complete.pk not in gaps
    assert draft.pk not in gaps, "only published pages"
    assert {code for _field, code in gaps[no_english.pk]} == {"en"}
    assert len(gaps[no_english.pk]) == 2  # title and summary; the empty body is empty in Arabic too
    assert len(gaps[no_english_body.pk]) == 1
    assert translation_gaps("ar") == {}


def test_report_lists_what_is_left_to_translate(pages, admin_client):
    complete, no_english, no_english_body, draft = pages
    response = admin_client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert reverse("wagtailadmin_pages:edit", args=(no_english.pk,)) in html
    assert reverse("wagtailadmin_pages:edit", args=(no_english_body.pk,)) in html
    assert reverse("wagtailadmin_pages:edit", args=(complete.pk,)) not in html
    assert reverse("wagtailadmin_pages:edit", args=(draft.pk,)) not in html
    assert "حالة الترجمة" in html
    assert "(الإنجليزية)" in html


def test_filter_by_missing_language(pages, admin_client):
    _complete, no_english, *_ = pages
    html = admin_client.get(URL + "?language=ar").content.decode()
    assert reverse("wagtailadmin_pages:edit", args=(no_english.pk,)) not in html
    assert "جميع الصفحات المنشورة لها عنوان ونص باللغتين." in html
    html = admin_client.get(URL + "?language=en").content.decode()
    assert reverse("wagtailadmin_pages:edit", args=(no_english.pk,)) in html
    assert admin_client.get(URL + "?language=zz").status_code == 200


def test_csv_export(pages, admin_client):
    _complete, no_english, *_ = pages
    response = admin_client.get(URL + "?export=csv")
    assert response.status_code == 200
    content = (
        b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    )
    assert no_english.title_ar in content


def test_editors_see_it_and_visitors_do_not(pages, make_user):
    editor = make_user("editor", publishing.PR_EDITORS)
    client = Client()
    client.force_login(editor)
    assert client.get(URL).status_code == 200
    request = RequestFactory().get("/admin/")
    request.user = editor
    assert translation_report.menu_item().is_shown(request)
    anonymous = Client().get(URL)
    assert anonymous.status_code == 302
