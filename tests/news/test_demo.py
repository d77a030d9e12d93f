"""The demo newsroom: a realistic, bilingual set of news and media, made without downloads."""

import io

from django.core.management import call_command
from django.test import Client
from django.utils import translation

import pytest

from media_library.models import GalleryPage, PublicationPage, VideoPage
from news.models import NewsCategory, NewsPage, NewsType

pytestmark = pytest.mark.django_db


def load():
    call_command("load_demo_content", stdout=io.StringIO())


def counts():
    return (NewsPage.objects.count(), NewsCategory.objects.count(), GalleryPage.objects.count())


def test_demo_newsroom_and_running_it_again_duplicates_nothing():
    load()
    before = counts()
    items = list(NewsPage.objects.live().select_related("lead_image", "category"))
    bilingual = [item for item in items if item.title_en and item.summary_en and item.body_en]
    assert len(bilingual) >= 12
    assert {item.news_type for item in items} == set(NewsType.values)
    assert len({item.category_id for item in items}) >= 4
    assert all(item.lead_image and item.lead_image.alt_text_ar for item in items)
    assert all(item.lead_image.alt_text_en for item in bilingual)
    assert all(item.lead_image.file.name.endswith(".jpg") for item in items)
    assert any("الخط الساخن 138" in item.title_ar for item in items)  # the administration's real work
    assert NewsPage.objects.filter(division__isnull=False).exists() or not _divisions_exist()

    gallery = GalleryPage.objects.get()
    assert gallery.gallery_images.count() >= 3
    video = VideoPage.objects.get()
    assert video.transcript_ar and video.transcript_en
    publication = PublicationPage.objects.get()
    with publication.document.file.open("rb") as handle:
        assert handle.read(5) == b"%PDF-"

    for language in ("ar", "en"):
        with translation.override(language):
            urls = [items[0].get_url(), gallery.get_url(), video.get_url(), publication.get_url()]
            urls.append(items[0].get_parent().get_url())
        for url in urls:
            assert Client().get(url).status_code == 200, url

    load()
    assert counts() == before


def _divisions_exist():
    from departments.models import DivisionPage

    return DivisionPage.objects.exists()
