"""The media centre: galleries, videos and publications, and responsive images."""

import re

from django.core.files.base import ContentFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.documents import get_document_model
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

import pytest

from core.factories import ImageFactory
from core.models import HomePage
from media_library.models import (
    GalleryImage,
    GalleryPage,
    MediaCentrePage,
    PublicationIndexPage,
    PublicationPage,
    VideoPage,
)
from tests.conftest import build_site, jpeg_file

PDF = b"%PDF-1.4\n" + b"1" * 2048 + b"\n%%EOF\n"


def make_document():
    Document = get_document_model()
    with translation.override("ar"):
        document = Document(title="دليل الخدمات", title_ar="دليل الخدمات", title_en="Services guide")
        document.file.save("guide.pdf", ContentFile(PDF), save=False)
        document.save()
    return document


def build_media_centre():
    home = build_site()
    with translation.override("ar"):
        centre = MediaCentrePage(
            title="المركز الإعلامي", title_en="Media Centre", slug="media", slug_en="media"
        )
        home.add_child(instance=centre)
        images = [ImageFactory(file=jpeg_file(f"g{n}.jpg"), caption_ar=f"تعليق {n}") for n in range(6)]
        gallery = GalleryPage(
            title="زيارة وفد",
            title_en="A delegation's visit",
            slug="visit",
            slug_en="visit",
            cover_image=images[0],
        )
        centre.add_child(instance=gallery)
        for order, image in enumerate(images):
            GalleryImage.objects.create(page=gallery, image=image, sort_order=order)
        video = VideoPage(
            title="فيديو تعريفي",
            title_en="An introduction",
            slug="intro-video",
            slug_en="intro-video",
            video_url="https://www.youtube.com/watch?v=aaaaaaaaaaa",
            poster_image=images[1],
            transcript_ar="<p>نص الفيديو المكتوب</p>",
            transcript_en="<p>The video's transcript</p>",
        )
        centre.add_child(instance=video)
        publications = PublicationIndexPage(
            title="الإصدارات", title_en="Publications", slug="publications", slug_en="publications"
        )
        centre.add_child(instance=publications)
        publication = PublicationPage(
            title="دليل الخدمات",
            title_en="Services guide",
            slug="services-guide",
            slug_en="services-guide",
            document=make_document(),
            publication_type="brochure",
            summary_ar="دليل مختصر لخدمات الوزارة",
            summary_en="A short guide to the Ministry's services",
        )
        publications.add_child(instance=publication)
    return home, centre, gallery, video, publications, publication


class MediaPageTypeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        with translation.override("ar"):
            cls.home, cls.centre, cls.gallery, cls.video, cls.publications, cls.publication = (
                build_media_centre()
            )

    def setUp(self):
        translation.activate("ar")

    def test_where_they_can_be_created(self):
        self.assertCanCreateAt(HomePage, MediaCentrePage)
        self.assertCanCreateAt(MediaCentrePage, GalleryPage)
        self.assertCanCreateAt(MediaCentrePage, VideoPage)
        self.assertCanCreateAt(PublicationIndexPage, PublicationPage)
        self.assertCanNotCreateAt(HomePage, GalleryPage)
        self.assertCanNotCreateAt(Page, MediaCentrePage)
        self.assertCanNotCreateAt(GalleryPage, GalleryPage)

    def test_allowed_subpage_types(self):
        self.assertAllowedSubpageTypes(MediaCentrePage, {GalleryPage, VideoPage, PublicationIndexPage})
        self.assertAllowedSubpageTypes(GalleryPage, set())
        self.assertAllowedSubpageTypes(VideoPage, set())
        self.assertAllowedSubpageTypes(PublicationIndexPage, {PublicationPage})
        self.assertAllowedSubpageTypes(PublicationPage, set())

    def test_singletons(self):
        self.assertEqual(MediaCentrePage.max_count, 1)
        self.assertEqual(PublicationIndexPage.max_count, 1)
        self.assertFalse(MediaCentrePage.can_create_at(self.home))

    def test_renderable(self):
        for page in (self.centre, self.gallery, self.video, self.publications, self.publication):
            self.assertPageIsRenderable(page)

    def test_previewable(self):
        base = {"slug_ar": "x", "slug_en": "x"}
        self.assertPageIsPreviewable(self.centre, post_data=nested_form_data({"title_ar": "المركز", **base}))
        self.assertPageIsPreviewable(
            self.gallery,
            post_data=nested_form_data(
                {
                    "title_ar": "معرض",
                    "date": "2026-11-27",
                    **base,
                    "gallery_images": inline_formset(
                        [{"image": self.gallery.gallery_images.first().image_id, "caption_ar": ""}], min=1
                    ),
                }
            ),
        )
        self.assertPageIsPreviewable(
            self.video,
            post_data=nested_form_data(
                {
                    "title_ar": "فيديو",
                    "date": "2026-11-27",
                    "video_url": "https://www.youtube.com/watch?v=aaaaaaaaaaa",
                    "transcript_ar": rich_text("<p>نص</p>"),
                    **base,
                }
            ),
        )
        self.assertPageIsPreviewable(
            self.publication,
            post_data=nested_form_data(
                {
                    "title_ar": "إصدار",
                    "date": "2026-11-27",
                    "publication_type": "report",
                    "document": self.publication.document_id,
                    **base,
                }
            ),
        )


@pytest.fixture
def media(db):
    return build_media_centre()


def get(path):
    response = Client().get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def test_gallery_shows_every_photograph_with_its_caption(media):
    _home, _centre, gallery, *_ = media
    html = get(gallery.url)
    for n in range(6):
        assert f"تعليق {n}" in html
    pictures = re.findall(r"<picture>.*?</picture>", html, re.S)
    assert len(pictures) == 6
    assert all('type="image/webp"' in p and "srcset=" in p and "sizes=" in p for p in pictures)
    assert all('width="' in p and 'height="' in p for p in pictures)
    assert ['loading="lazy"' in p for p in pictures] == [False] * 4 + [True] * 2  # lazy below the fold


def test_video_uses_wagtail_embeds_with_a_transcript(media):
    _home, _centre, _gallery, video, *_ = media
    Embed.objects.create(
        url=video.video_url,
        max_width=960,
        type="video",
        html='<iframe title="فيديو تعريفي" src="https://www.youtube-nocookie.com/embed/aaaaaaaaaaa"></iframe>',
        provider_name="YouTube",
        hash=get_embed_hash(video.video_url, 960),
    )
    html = get(video.url)
    assert '<iframe title="فيديو تعريفي"' in html
    assert "نص الفيديو المكتوب" in html
    assert "النص المكتوب" in html


def test_video_that_cannot_be_embedded_links_to_the_publisher(media, settings):
    _home, _centre, _gallery, video, *_ = media
    settings.WAGTAILEMBEDS_FINDERS = [{"class": "wagtail.embeds.finders.oembed", "providers": []}]
    html = get(video.url)
    assert "<iframe" not in html
    assert f'href="{video.video_url}"' in html
    assert "شاهد الفيديو على موقع الناشر" in html


def test_publications_show_type_and_size(media):
    *_rest, publications, publication = media
    html = get(publications.url)
    assert publication.title_ar in html
    assert "نشرة تعريفية" in html
    assert "<bdi>PDF</bdi>, <bdi>2 KB</bdi>" in html
    assert publication.document.url in html
    with translation.override("en"):
        url = publication.get_url()
    english = get(url)
    assert "Brochure" in english and "Services guide" in english


def test_publications_bad_page_numbers(media):
    *_rest, publications, _publication = media
    for query in ("?page=abc", "?page=99999", "?page=-3", "?page=" + "9" * 400):
        assert Client().get(publications.url + query).status_code == 200


def test_media_centre_lists_galleries_and_videos_in_english(media):
    _home, centre, gallery, video, *_ = media
    with translation.override("en"):
        url = centre.get_url()
    html = get(url)
    assert "A delegation&#x27;s visit" in html or "A delegation's visit" in html
    assert "An introduction" in html
    gallery.title_en = ""
    gallery.save_revision().publish()
    html = get(url)
    assert "delegation" not in html


def add_photos(gallery, count):
    start = gallery.gallery_images.count()
    for n in range(count):
        image = ImageFactory(file=jpeg_file(f"extra{start + n}.jpg"))
        GalleryImage.objects.create(page=gallery, image=image, sort_order=start + n)


def add_publications(publications, document, count):
    with translation.override("ar"):
        for n in range(count):
            publications.add_child(
                instance=PublicationPage(
                    title=f"إصدار {n}",
                    title_en=f"Publication {n}",
                    slug=f"p-{n}",
                    slug_en=f"p-{n}",
                    document=document,
                )
            )


def test_gallery_and_publications_queries_do_not_grow(media, django_assert_num_queries):
    _home, _centre, gallery, _video, publications, publication = media
    counts = {}
    for page in (gallery, publications):
        # Twice: a first render saves things once (renditions, a document's size), which
        # empties what perf.lookups keeps; the second warms it again.
        Client().get(page.url)
        Client().get(page.url)
        with CaptureQueriesContext(connection) as queries:
            Client().get(page.url)
        counts[page.pk] = len(queries)
    add_photos(gallery, 30)
    add_publications(publications, publication.document, 15)
    for page in (gallery, publications):
        Client().get(page.url)
        Client().get(page.url)
        with django_assert_num_queries(counts[page.pk]):
            assert Client().get(page.url).status_code == 200
