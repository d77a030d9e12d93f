"""An image cannot be published on a page without alternative text in the page's languages."""

from django.test import Client
from django.urls import reverse
from django.utils import translation

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import pytest

from core.factories import ImageFactory
from media_library.models import GalleryPage, MediaCentrePage
from news.models import NewsPage
from tests.conftest import jpeg_file
from tests.news.forms import news_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def client(admin_user):
    client = Client()
    client.force_login(admin_user)
    return client


@pytest.fixture
def add_url(news_index):
    return reverse("wagtailadmin_pages:add", args=("news", "newspage", news_index.pk))


def image_without(*languages):
    fields = {f"alt_text_{code}": "" for code in languages}
    return ImageFactory(file=jpeg_file(), title="صورة بلا وصف", **fields)


def test_publishing_with_a_lead_image_without_arabic_alt_text_is_refused(client, add_url):
    image = image_without("ar")
    data = news_form_data(slug_ar="no-alt", lead_image=image.pk, **{"action-publish": "publish"})
    response = client.post(add_url, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "الصورة «صورة بلا وصف» ليس لها نص بديل باللغة العربية" in html
    assert not NewsPage.objects.filter(slug_ar="no-alt").exists()


def test_a_draft_may_use_the_image(client, add_url):
    image = image_without("ar")
    response = client.post(add_url, news_form_data(slug_ar="draft-no-alt", lead_image=image.pk))
    assert response.status_code == 302
    item = NewsPage.objects.get(slug_ar="draft-no-alt")
    assert not item.live


def test_english_alt_text_is_needed_once_the_page_has_an_english_title(client, add_url):
    image = image_without("en")
    arabic_only = news_form_data(slug_ar="ar-only", lead_image=image.pk, **{"action-publish": "publish"})
    assert client.post(add_url, arabic_only).status_code == 302
    assert NewsPage.objects.get(slug_ar="ar-only").live
    bilingual = news_form_data(
        slug_ar="bilingual",
        slug_en="bilingual",
        title_en="Bilingual item",
        lead_image=image.pk,
        **{"action-publish": "publish"},
    )
    response = client.post(add_url, bilingual)
    assert response.status_code == 200
    assert "الصورة «صورة بلا وصف» ليس لها نص بديل باللغة الإنجليزية" in response.content.decode()


def test_images_inside_the_body_are_checked_too(client, add_url):
    image = image_without("ar")
    data = news_form_data(
        slug_ar="body-image",
        body_ar=streamfield([("image", {"image": image.pk, "caption": ""})]),
        **{"action-submit": "submit"},
    )
    response = client.post(add_url, data)
    assert response.status_code == 200
    assert "ليس لها نص بديل" in response.content.decode()
    assert not NewsPage.objects.filter(slug_ar="body-image").exists()


def test_an_image_with_alt_text_publishes(client, add_url):
    image = ImageFactory(file=jpeg_file())
    data = news_form_data(
        slug_ar="with-alt",
        slug_en="with-alt",
        title_en="With alternative text",
        lead_image=image.pk,
        body_ar=streamfield([("image", {"image": image.pk, "caption": ""})]),
        **{"action-publish": "publish"},
    )
    assert client.post(add_url, data).status_code == 302
    assert NewsPage.objects.get(slug_ar="with-alt").live


def test_gallery_photographs_are_checked(client, home):
    with translation.override("ar"):
        centre = MediaCentrePage(title="المركز الإعلامي", slug="media", slug_en="media")
        home.add_child(instance=centre)
    image = image_without("ar")
    url = reverse("wagtailadmin_pages:add", args=("media_library", "gallerypage", centre.pk))
    data = nested_form_data(
        {
            "title_ar": "معرض",
            "slug_ar": "gallery",
            "slug_en": "gallery",
            "date": "2026-11-27",
            "gallery_images": inline_formset([{"image": image.pk, "caption_ar": ""}], min=1),
            "action-publish": "publish",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 200
    assert "الصورة «صورة بلا وصف» ليس لها نص بديل" in response.content.decode()
    assert not GalleryPage.objects.exists()
