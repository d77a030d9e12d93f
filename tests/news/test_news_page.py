"""A news page: dates, lead image, body, attachments, related news, sharing, previous/next, weight."""

import datetime as dt
import re

from django.core.files.base import ContentFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from wagtail.documents import get_document_model

import pytest

from core.factories import ImageFactory
from news.factories import NewsCategoryFactory
from tests.conftest import jpeg_file

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n" + b"0" * 3000 + b"\n%%EOF\n"


def get(path):
    response = Client().get(path)
    assert response.status_code == 200, path
    return response.content.decode()


@pytest.fixture
def document(db):
    Document = get_document_model()
    with translation.override("ar"):
        document = Document(title="التقرير الشهري", title_ar="التقرير الشهري", title_en="Monthly report")
        document.file.save("report.pdf", ContentFile(PDF), save=False)
        document.save()
    return document


def paragraph(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


def test_dates_lead_image_and_body_in_arabic(make_news, image):
    image.caption_ar, image.credit_ar = "تعليق الصورة", "تصوير الإدارة"
    image.save()
    date = timezone.make_aware(dt.datetime(2026, 11, 27, 10, 0))
    item = make_news(1, date=date, lead_image=image, body_ar=[paragraph("نص الخبر الكامل")])[0]
    html = get(item.url)
    assert '<time datetime="2026-11-27">الجمعة 27 تشرين الثاني 2026م' in html
    assert "جمادى الآخرة 1448هـ" in html
    assert "تعليق الصورة" in html and '<span class="credit">تصوير الإدارة</span>' in html
    assert "نص الخبر الكامل" in html
    assert item.summary_ar in html
    assert 'type="image/webp"' in html and 'fetchpriority="high"' in html
    lead = re.search(r"<picture>.*?</picture>", html, re.S).group(0)
    assert 'loading="lazy"' not in lead, "the lead image is above the fold"
    assert re.search(r'alt="صورة توضيحية \d+"', lead)
    assert 'width="' in lead and 'height="' in lead


def test_english_page_shows_english_date_and_alt_text(make_news, image):
    date = timezone.make_aware(dt.datetime(2026, 11, 27, 10, 0))
    item = make_news(1, date=date, lead_image=image)[0]
    with translation.override("en"):
        url = item.get_url()
    html = get(url)
    assert '<html lang="en"' in html
    assert "27 November 2026" in html
    assert item.title_en in html
    assert re.search(r'alt="Illustration \d+"', html)


def test_attachments_show_type_and_size(make_news, document):
    item = make_news(1, attachments=[{"type": "document", "value": {"document": document.pk, "label": ""}}])[
        0
    ]
    html = get(item.url)
    assert "المرفقات" in html
    assert document.url in html
    assert "التقرير الشهري" in html
    assert "(PDF, <bdi>3 KB</bdi>)" in html


def test_related_news_share_the_category_and_exclude_the_item(make_news):
    category = NewsCategoryFactory()
    other = NewsCategoryFactory()
    item, *related = make_news(3, category=category)
    unrelated = make_news(1, category=other)[0]
    html = get(item.url)
    section = html.split('id="related-heading"')[1]
    for page in related:
        assert page.title_ar in section
    assert unrelated.title_ar not in section
    assert f'href="{item.url}"' not in section


def test_previous_and_next_follow_the_dates(make_news):
    newest, middle, oldest = make_news(3)  # each one an hour older than the one before
    html = get(middle.url)
    nav = html.split('class="prev-next"')[1].split("</nav>")[0]
    assert re.search(rf'rel="prev"\s+href="{oldest.url}"', nav)
    assert re.search(rf'rel="next"\s+href="{newest.url}"', nav)
    assert 'rel="next"' not in get(newest.url).split('class="prev-next"')[1].split("</nav>")[0]


def test_previous_and_next_in_english_skip_arabic_only_items(make_news):
    newest, arabic_only, oldest = make_news(3)
    arabic_only.title_en = ""
    arabic_only.save_revision().publish()
    with translation.override("en"):
        url = newest.get_url()
        expected = oldest.get_url()
    nav = get(url).split('class="prev-next"')[1]
    assert expected in nav and "news-item" in nav
    assert arabic_only.slug not in nav


def test_share_links_need_no_script(make_news):
    item = make_news(1)[0]
    html = get(item.url)
    share = html.split('id="share-heading"')[1].split("</section>")[0]
    assert "https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Ftestserver%2Far%2Fnews%2F" in share
    assert "https://wa.me/?text=" in share and "mailto:?subject=" in share
    assert "<script" not in share
    assert html.count("<script") == 1  # only the JSON-LD data, no third-party code
    assert '"@type": "NewsArticle"' in html


def test_structured_data_cannot_break_out_of_its_script(make_news):
    item = make_news(1, title="خبر </script><script>alert(1)</script>")[0]
    html = get(item.url)
    assert "</script><script>alert(1)" not in html
    assert "\\u003c/script\\u003e" in html


def test_untranslated_item_opened_in_english_shows_the_arabic_with_a_notice(make_news):
    item = make_news(1, title_en="", summary_en="")[0]
    with translation.override("en"):
        url = item.get_url()
    html = get(url)
    assert "This page is not yet available in English" in html
    assert item.title_ar in html
    assert '<main id="main"' in html and 'lang="ar" dir="rtl"' in html


def test_division_link(make_news):
    from departments.models import AdministrationPage, DivisionPage

    home = make_news(1)[0].get_parent().get_parent()
    with translation.override("ar"):
        administration = AdministrationPage(
            title="الإدارة العامة", slug="administration", slug_en="administration"
        )
        home.add_child(instance=administration)
        division = DivisionPage(title="دائرة الإعلام", slug="media-division", slug_en="media-division")
        administration.add_child(instance=division)
    item = make_news(1, division=division)[0]
    html = get(item.url)
    assert "الجهة المُصدِرة" in html and f'href="{division.url}"' in html
    assert list(division.news_items.all()) == [item]


def body_with_blocks(count, image):
    blocks = []
    for n in range(count):
        blocks.append(paragraph(f"فقرة رقم {n}"))
        blocks.append({"type": "image", "value": {"image": image.pk, "caption": f"تعليق {n}"}})
        blocks.append({"type": "heading", "value": {"text": f"عنوان {n}", "level": "h2"}})
    return blocks


def render_count(url):
    client = Client()
    client.get(url)
    client.get(url)  # the first view may save renditions, which empties what perf.lookups keeps
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


def test_the_same_number_of_queries_for_5_and_50_blocks_and_related_items(
    make_news, document, django_assert_num_queries
):
    category = NewsCategoryFactory()
    images = [ImageFactory(file=jpeg_file(f"p{n}.jpg")) for n in range(2)]
    attachments = [{"type": "document", "value": {"document": document.pk, "label": ""}}] * 5
    small = make_news(1, category=category, lead_image=images[0], body_ar=body_with_blocks(5, images[1]))[0]
    small.attachments = attachments
    small.save_revision().publish()
    make_news(5, category=category, lead_image=images[0])
    few, _response = render_count(small.url)
    assert few <= 8, f"{few} queries"
    large = make_news(1, category=category, lead_image=images[0], body_ar=body_with_blocks(50, images[1]))[0]
    large.attachments = attachments * 10
    large.save_revision().publish()
    make_news(45, category=category, lead_image=images[0])
    Client().get(large.url)  # warm up its renditions
    Client().get(large.url)
    with django_assert_num_queries(few):
        response = Client().get(large.url)
    assert response.status_code == 200
    assert response.content.decode().count("<picture>") >= 50


def test_news_page_weight_under_60_kb(make_news, image, document):
    category = NewsCategoryFactory()
    make_news(3, category=category, lead_image=image)
    body = [
        paragraph(
            "تعتبر الإدارة العامة للعلاقات العامة والإعلام من الإدارات المساندة في وزارة الداخلية. " * 8
        )
    ] * 6
    body.append({"type": "image", "value": {"image": image.pk, "caption": ""}})
    item = make_news(1, category=category, lead_image=image, body_ar=body)[0]
    item.attachments = [{"type": "document", "value": {"document": document.pk, "label": ""}}]
    item.save_revision().publish()
    html = get(item.url)
    assert len(html.encode()) < 60 * 1024, f"{len(html.encode())} bytes"


def test_english_page_without_english_body_marks_the_arabic_text(make_news):
    item = make_news(1, body_ar=[paragraph("النص العربي فقط")], body_en=[])[0]
    with translation.override("en"):
        url = item.get_url()
    html = get(url)
    assert re.search(r'<div class="stream"\s+lang="ar" dir="rtl">', html)
    assert "النص العربي فقط" in html
    translated = make_news(1, body_ar=[paragraph("نص")], body_en=[paragraph("English text")])[0]
    with translation.override("en"):
        url = translated.get_url()
    assert re.search(r'<div class="stream"\s*>', get(url))


def _queries(path):
    with CaptureQueriesContext(connection) as queries:
        html = get(path)
    return len(queries), html


def test_the_article_is_kept_until_something_is_published(make_news):
    category = NewsCategoryFactory()
    item = make_news(1, category=category)[0]
    cold, html = _queries(item.url)
    warm, again = _queries(item.url)
    assert warm < cold  # the related, previous and next items are not read again
    assert again == html and 'id="related-heading"' not in again
    newer = make_news(1, category=category, title="خبر نشر للتو")[0]
    newer.save_revision().publish()  # moves the content version: the kept article is stale
    related = get(item.url).split('id="related-heading"')[1]
    assert "خبر نشر للتو" in related and f'href="{newer.url}"' in related


def test_a_correction_shows_at_once(make_news):
    item = make_news(1, summary_ar="ملخص أول")[0]
    assert "ملخص أول" in get(item.url)
    item.summary_ar = "ملخص مصحح"
    item.save_revision().publish()
    html = get(item.url)
    assert "ملخص مصحح" in html and "ملخص أول" not in html


def test_a_preview_is_never_kept_nor_served_from_what_is_kept(make_news):
    item = make_news(1, summary_ar="ملخص منشور")[0]
    assert "ملخص منشور" in get(item.url)  # the live article is now kept
    draft = type(item).objects.get(pk=item.pk)
    draft.summary_ar = "ملخص المسودة"
    with translation.override("ar"):
        response = draft.make_preview_request()
    preview = response.render().content.decode() if hasattr(response, "render") else response.content.decode()
    assert "ملخص المسودة" in preview and "ملخص منشور" not in preview
    html = get(item.url)
    assert "ملخص منشور" in html and "ملخص المسودة" not in html
