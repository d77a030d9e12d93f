"""The editing screens open, in Arabic, with both languages' fields."""

from django.urls import reverse
from django.utils import translation

import pytest

from core.factories import ImageFactory
from media_library.models import GalleryImage, GalleryPage, MediaCentrePage
from tests.conftest import jpeg_file

pytestmark = pytest.mark.django_db


def test_news_page_edit_view(make_news, admin_client):
    item = make_news(1)[0]
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=(item.pk,))).content.decode()
    for name in (
        "title_ar",
        "title_en",
        "summary_ar",
        "summary_en",
        "news_type",
        "category",
        "division",
        "tags",
    ):
        assert f'name="{name}"' in html, name
    assert 'lang="ar"' in html and 'dir="rtl"' in html


def test_gallery_edit_view_has_bilingual_captions(home, admin_client):
    with translation.override("ar"):
        centre = MediaCentrePage(title="المركز الإعلامي", slug="media", slug_en="media")
        home.add_child(instance=centre)
        gallery = GalleryPage(title="معرض", slug="gallery", slug_en="gallery")
        centre.add_child(instance=gallery)
        GalleryImage.objects.create(page=gallery, image=ImageFactory(file=jpeg_file()), sort_order=0)
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=(gallery.pk,))).content.decode()
    assert 'name="gallery_images-0-caption_ar"' in html
    assert 'name="gallery_images-0-caption_en"' in html


def test_news_category_snippet(admin_client):
    url = reverse("wagtailsnippets_news_newscategory:add")
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(
        url, {"name_ar": "الوفود", "name_en": "Delegations", "slug": "delegations", "sort_order": 1}
    )
    assert response.status_code == 302
    listing = admin_client.get(reverse("wagtailsnippets_news_newscategory:list")).content.decode()
    assert "الوفود" in listing and "Delegations" in listing


def test_news_category_needs_both_names(admin_client):
    url = reverse("wagtailsnippets_news_newscategory:add")
    response = admin_client.post(
        url, {"name_ar": "الوفود", "name_en": "", "slug": "delegations", "sort_order": 1}
    )
    assert response.status_code == 200
    assert not response.context["form"].is_valid()
