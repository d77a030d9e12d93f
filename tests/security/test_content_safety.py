"""Content safety (issue 7, point 3): rich text, embeds and uploads.

- Rich text: whatever HTML reaches a RichTextField or a rich text block (an import, a script,
  a revision, a data migration writing straight to the database), nothing that can run code
  is stored or rendered, in either language; Wagtail's own link and image markup survives.
- Embeds: YouTube and Vimeo only; an address from elsewhere is refused in the editor with a
  clear message, and a provider's answer is cut down to its player. No network is used.
- Uploads, through the real admin views: images are decoded (decompression bombs, HTML named
  .jpg, SVG and damaged files refused with a message in the editor's language), documents are
  checked by content, file names are normalised.
"""

import html as html_module
import io
import json
import re
import struct
import unicodedata
import zipfile
import zlib
from unittest import mock

from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import translation

from wagtail.documents import get_document_model
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.finders import get_finders
from wagtail.embeds.models import Embed
from wagtail.images import get_image_model
from wagtail.rich_text import expand_db_html
from wagtail.test.utils.form_data import querydict_from_html
from wagtail.users.models import UserProfile

import pytest
import requests
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image as PILImage

from core.blocks import TrustedEmbedBlock, VideoBlock
from core.embeds import TrustedOEmbedFinder, is_trusted_url
from core.factories import ImageFactory, StandardPageFactory
from core.models import StandardPage
from core.sanitize import clean_file_name, clean_rich_text
from media_library import models as media_models
from media_library.models import MediaCentrePage, VideoPage
from news import publishing
from services.factories import ServiceIndexPageFactory, ServicePageFactory
from services.models import ServicePage
from tests.conftest import jpeg_file

RICH_TEXT_SELECTOR = ".rich-text"


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Failed embeds, renditions and rate limits are cached: ids and addresses repeat between tests."""
    cache.clear()
    yield
    cache.clear()


# --- Hostile rich text ------------------------------------------------------------------------

HOSTILE = {
    "script": '<p>a</p><script>alert("xss-script")</script>',
    "script in attribute-less tag soup": "<scr<script>ipt>alert('xss-soup')</script>",
    "img onerror": "<p><img src=x onerror=\"alert('xss-img')\">b</p>",
    "handler on an allowed tag": '<p onclick="alert(1)" onmouseover="alert(2)">c</p>',
    "javascript href": "<a href=\"javascript:alert('xss-js')\">d</a>",
    "javascript mixed case": "<a href=\"JaVaScRiPt:alert('xss-js2')\">e</a>",
    "javascript entities": '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(3)">f</a>',
    "javascript hex entities and tab": '<a href="jav&#x09;ascript:alert(4)">g</a>',
    "javascript leading space and newline": '<a href="  java\nscript:alert(5)">h</a>',
    "javascript colon entity": '<a href="javascript&colon;alert(6)">i</a>',
    "vbscript": '<a href="VBScript:msgbox(7)">j</a>',
    "data url": '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCg4KTwvc2NyaXB0Pg==">k</a>',
    "data url upper": '<a href=" DATA:text/html,<script>alert(9)</script>">l</a>',
    "iframe": '<iframe src="https://evil.example/"></iframe><p>m</p>',
    "iframe srcdoc": "<iframe srcdoc=\"<script>alert('xss-srcdoc')</script>\"></iframe>",
    "style element": "<style>body{background:url(javascript:alert(10))}</style><p>n</p>",
    "style attribute": '<p style="background:url(javascript:alert(11))">o</p>',
    "svg onload": "<svg onload=\"alert('xss-svg')\"><circle r=4 /></svg>",
    "svg script": "<svg><script>alert('xss-svg2')</script></svg>",
    "svg animate href": '<svg><a><animate attributeName=href values="javascript:alert(12)"/><text>p</text></a></svg>',
    "math mxss": "<math><mtext><table><mglyph><style><img src=x onerror=alert('xss-math')>",
    "noscript mxss": '<noscript><p title="</noscript><img src=x onerror=alert(13)>"></noscript>',
    "object": '<object data="javascript:alert(14)"></object>',
    "embed plugin": '<embed src="https://evil.example/flash.swf">',
    "form": '<form action="https://evil.example/"><button formaction="javascript:alert(15)">q</button></form>',
    "meta refresh": '<meta http-equiv="refresh" content="0;url=javascript:alert(16)">',
    "base href": '<base href="https://evil.example/">',
    "link tag": '<link rel="stylesheet" href="https://evil.example/x.css">',
    "comment": "<!--<script>alert('xss-comment')</script>--><p>r</p>",
    "wagtail link with handler": '<a linktype="page" id="1" onclick="alert(17)">s</a>',
    "wagtail link with a non-numeric id": '<a linktype="page" id="1 or 1=1">t</a>',
    "wagtail embed with handler": '<embed embedtype="image" id="1" format="left" alt="u" onerror="alert(18)"/>',
    "media embed from elsewhere": '<embed embedtype="media" url="https://evil.example/video"/>',
    "media embed with javascript": '<embed embedtype="media" url="javascript:alert(19)"/>',
    "unknown embed type": '<embed embedtype="script" src="https://evil.example/x.js"/>',
    "target blank": '<a href="https://example.org/" target="_blank" rel="opener">v</a>',
}

DANGEROUS = re.compile(
    r"<\s*(script|style|iframe|svg|math|object|form|button|meta|base|link|noscript)\b"
    r"|\bon[a-z]+\s*="
    r"|javascript:|vbscript:|data:text"
    r"|\bsrcdoc\b|\bstyle\s*="
    r"|evil\.example",
    re.IGNORECASE,
)


def dangerous_in(html: str) -> list[str]:
    """Anything that could run code, in the markup itself or once entities are decoded."""
    found = DANGEROUS.findall(html) + DANGEROUS.findall(html_module.unescape(html))
    return [match if isinstance(match, str) else next(filter(None, match)) for match in found]


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_rich_text_is_cleaned(name):
    cleaned = clean_rich_text(HOSTILE[name])
    assert not dangerous_in(cleaned), cleaned
    assert "<img" not in cleaned  # pictures only as Wagtail's <embed embedtype="image">, expanded later
    assert clean_rich_text(cleaned) == cleaned  # idempotent: saving twice changes nothing


def test_hostile_rich_text_never_breaks_wagtails_expansion(db):
    # Wagtail raises on `<a linktype="page" id="abc">` and on a media embed without a URL.
    for name, html in HOSTILE.items():
        expanded = expand_db_html(clean_rich_text(html))
        assert not dangerous_in(expanded), (name, expanded)
    assert expand_db_html(clean_rich_text('<embed embedtype="media"/>')) == ""
    assert clean_rich_text('<a linktype="page" id="abc">x</a>') == "<a>x</a>"


NORMAL = (
    '<h2 data-block-key="k1">العنوان</h2>'
    '<p data-block-key="k2">نص <b>غامق</b> و<i>مائل</i> '
    '<a href="https://www.example.org/path?a=1&amp;b=2">رابط</a> '
    '<a href="mailto:media@moi.example">بريد</a> <a href="tel:138">138</a> '
    '<a href="/ar/services/">داخلي</a> <a href="#section">مرساة</a> '
    '<a linktype="page" id="7">صفحة</a> <a linktype="document" id="3">وثيقة</a></p>'
    '<ul data-block-key="k3"><li data-block-key="k4">أول</li><li data-block-key="k5">ثان</li></ul>'
    '<ol data-block-key="k6"><li data-block-key="k7">1</li></ol>'
    '<embed alt="صورة &quot;الوزير&quot; &lt;2026&gt;" embedtype="image" format="fullwidth" id="5"/>'
    '<embed embedtype="media" url="https://www.youtube.com/watch?v=aaaaaaaaaaa"/>'
)


def test_normal_rich_text_and_wagtail_markup_survive_unchanged():
    assert clean_rich_text(NORMAL) == NORMAL


def test_bidi_and_joiner_characters_in_text_are_kept():
    text = "<p>\u200fمرحبا\u200e English \u200cكلمة</p>"
    assert clean_rich_text(text) == text


# --- Rich text through pages: stored and rendered, both languages ---------------------------------


def paragraph(html):
    return {"type": "paragraph", "value": html}


def hostile_stream():
    return [paragraph(html) for html in HOSTILE.values()]


@pytest.fixture
def linked_page(home):
    with translation.override("ar"):
        return StandardPageFactory(parent=home, slug="target", slug_ar="target", slug_en="target")


@pytest.fixture
def picture(db):
    return ImageFactory(file=jpeg_file("picture.jpg", size=(320, 200)))


def normal_stream(linked_page, picture, language):
    return [
        {"type": "heading", "value": {"text": f"heading-{language}", "level": "h2"}},
        paragraph(
            f'<h3 data-block-key="a">sub-{language}</h3>'
            f'<p data-block-key="b"><b>bold-{language}</b> <a href="https://www.example.org/{language}">'
            f'external-{language}</a> <a linktype="page" id="{linked_page.pk}">internal-{language}</a></p>'
            f'<ul data-block-key="c"><li data-block-key="d">item-{language}</li></ul>'
            f'<embed alt="alt-{language}" embedtype="image" format="fullwidth" id="{picture.pk}"/>'
        ),
    ]


def stored_column(model, pk, column):
    """The value as the database holds it (no model code in between)."""
    table = model._meta.db_table
    pk_column = model._meta.pk.column
    with connection.cursor() as cursor:
        cursor.execute(f'SELECT "{column}" FROM "{table}" WHERE "{pk_column}" = %s', [pk])
        value = cursor.fetchone()[0]
    return value if isinstance(value, str) else json.dumps(value)


def write_column(model, pk, column, value):
    """Write straight to the database, as a data migration or a bulk script could."""
    table = model._meta.db_table
    pk_column = model._meta.pk.column
    with connection.cursor() as cursor:
        cursor.execute(f'UPDATE "{table}" SET "{column}" = %s WHERE "{pk_column}" = %s', [value, pk])


def rendered_rich_text(response) -> str:
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    return "".join(str(node) for node in soup.select(RICH_TEXT_SELECTOR))


def assert_page_is_clean(response):
    assert response.status_code == 200
    page_html = response.content.decode()
    body = rendered_rich_text(response)
    assert body, "no rich text rendered"
    assert not dangerous_in(body), dangerous_in(body)
    soup = BeautifulSoup(page_html, "html.parser")
    assert all("xss-" not in script.get_text() for script in soup.find_all("script"))
    for element in soup.find_all(True):
        for attribute, value in element.attrs.items():
            assert not attribute.lower().startswith("on"), (element.name, attribute)
            if attribute in ("href", "src", "action", "formaction"):
                assert not re.match(r"\s*(javascript|vbscript|data):", str(value), re.I), (
                    element.name,
                    value,
                )


def test_hostile_and_normal_rich_text_in_both_languages_stored_and_rendered(home, linked_page, picture):
    with translation.override("ar"):
        page = StandardPageFactory(parent=home, slug="hostile", slug_ar="hostile", slug_en="hostile")
    page.body_ar = normal_stream(linked_page, picture, "ar") + hostile_stream()
    page.body_en = normal_stream(linked_page, picture, "en") + hostile_stream()
    page.save_revision().publish()

    for column in ("body_ar", "body_en", "body"):
        stored = stored_column(StandardPage, page.pk, column)
        assert not dangerous_in(stored), (column, dangerous_in(stored))
        assert 'linktype=\\"page\\"' in stored and 'embedtype=\\"image\\"' in stored
    revision = page.get_latest_revision()
    assert not dangerous_in(json.dumps(revision.content)), "the revision keeps the hostile markup"

    for language in ("ar", "en"):
        response = Client().get(f"/{language}/hostile/")
        assert_page_is_clean(response)
        body = rendered_rich_text(response)
        assert f"<b>bold-{language}</b>" in body
        assert re.search(rf"<h3[^>]*>sub-{language}</h3>", body)
        assert re.search(rf"<ul[^>]*><li[^>]*>item-{language}</li></ul>", body)
        assert f'href="https://www.example.org/{language}"' in body
        assert f'<a href="/{language}/target/">internal-{language}</a>' in body
        assert re.search(
            rf'<img alt="alt-{language}" class="richtext-image full-width"[^>]* src="[^"]+"', body
        )
        assert f"heading-{language}" in response.content.decode()


def test_hostile_rich_text_written_to_the_database_directly_is_cleaned_when_rendered(home):
    with translation.override("ar"):
        page = StandardPageFactory(parent=home, slug="direct", slug_ar="direct", slug_en="direct")
    page.body_ar = [paragraph("<p>آمن</p>")]
    page.body_en = [paragraph("<p>safe</p>")]
    page.save_revision().publish()
    raw = json.dumps([{**paragraph(html), "id": f"id-{n}"} for n, html in enumerate(HOSTILE.values())])
    write_column(StandardPage, page.pk, "body_ar", raw)
    write_column(StandardPage, page.pk, "body_en", raw)
    assert dangerous_in(stored_column(StandardPage, page.pk, "body_ar"))  # really stored raw
    for language in ("ar", "en"):
        assert_page_is_clean(Client().get(f"/{language}/direct/"))


def test_rich_text_field_is_cleaned_on_save_and_on_read(home):
    """VideoPage.transcript, a RichTextField: hostile input saved, and written to the database directly."""
    with translation.override("ar"):
        centre = MediaCentrePage(
            title="المركز الإعلامي", title_en="Media Centre", slug="media", slug_en="media"
        )
        home.add_child(instance=centre)
        video = VideoPage(
            title="فيديو",
            title_en="Video",
            slug="video",
            slug_en="video",
            video_url="https://www.youtube.com/watch?v=aaaaaaaaaaa",
            transcript_ar="<p>نص-ar</p>" + "".join(HOSTILE.values()),
            transcript_en="<p>text-en</p>" + "".join(HOSTILE.values()),
        )
        centre.add_child(instance=video)
        video.save_revision().publish()
    for column in ("transcript_ar", "transcript_en", "transcript"):
        stored = stored_column(VideoPage, video.pk, column)
        assert not dangerous_in(stored), (column, stored)
    hostile = "<p>direct</p>" + "".join(HOSTILE.values())
    write_column(VideoPage, video.pk, "transcript_ar", hostile)
    write_column(VideoPage, video.pk, "transcript_en", hostile)
    assert VideoPage.objects.get(pk=video.pk).transcript_ar.startswith("<p>direct</p>")
    with mock.patch(
        "wagtail.embeds.finders.oembed.requests.get", side_effect=requests.ConnectionError("offline")
    ):
        for language in ("ar", "en"):
            response = Client().get(f"/{language}/media/video/")
            assert_page_is_clean(response)
            assert "<p>direct</p>" in rendered_rich_text(response)


def test_rich_text_blocks_of_other_apps_are_cleaned_on_save_and_on_read(home):
    """The services FAQ's answers (core.blocks.SafeRichTextBlock): cleaned when saved, and
    cleaned again when rendered after hostile HTML was written to the database directly."""
    with translation.override("ar"):
        index = ServiceIndexPageFactory(parent=home)
        service = ServicePageFactory(
            parent=index,
            faq_ar=[
                {
                    "type": "question",
                    "value": {"question": "س؟", "answer": "<p>ج</p>" + HOSTILE["img onerror"]},
                }
            ],
            faq_en=[
                {"type": "question", "value": {"question": "Q?", "answer": HOSTILE["javascript entities"]}}
            ],
        )
    for column in ("faq_ar", "faq_en"):
        stored = stored_column(ServicePage, service.pk, column)
        assert not dangerous_in(stored), stored
    answer = json.loads(stored_column(ServicePage, service.pk, "faq_ar"))[0]["value"]["answer"]
    assert answer == "<p>ج</p><p>b</p>"

    raw = json.dumps(
        [
            {"type": "question", "value": {"question": f"س{n}؟", "answer": html}, "id": f"faq-{n}"}
            for n, html in enumerate(HOSTILE.values())
        ]
    )
    for column in ("faq_ar", "faq_en"):
        write_column(ServicePage, service.pk, column, raw)
    assert dangerous_in(stored_column(ServicePage, service.pk, "faq_ar"))  # really stored raw
    for language in ("ar", "en"):
        with translation.override(language):
            url = service.get_url()
        response = Client().get(url)
        assert_page_is_clean(response)
        assert response.content.decode().count('<details class="faq">') == len(HOSTILE)


# --- Embeds -------------------------------------------------------------------------------------

TRUSTED = [
    "https://www.youtube.com/watch?v=aaaaaaaaaaa",
    "https://youtu.be/aaaaaaaaaaa",
    "https://vimeo.com/123456",
    "https://player.vimeo.com/video/123456",
]
UNTRUSTED = [
    "https://www.dailymotion.com/video/x7",
    "https://evil.example/watch?v=aaaaaaaaaaa",
    "https://www.youtube.com.evil.example/watch?v=a",
    "https://www.youtube.com@evil.example/watch?v=a",
    "https://evil.example\\@www.youtube.com/watch?v=a",
    "https://evil.example/\\www.youtube.com/watch?v=a",
    "https://www.youtube.com:8443/watch?v=a",
    "javascript:alert(1)//www.youtube.com/watch?v=a",
    "https://x.com/moi/status/1",
    "https://www.youtube.com/watch?v=a\u202e",
    "ftp://www.youtube.com/watch?v=a",
]


def test_the_allow_list_is_youtube_and_vimeo_from_settings(settings):
    finders = get_finders()
    assert [type(finder) for finder in finders] == [TrustedOEmbedFinder]
    endpoints = set(finders[0]._endpoints)
    assert endpoints == {"https://www.youtube.com/oembed", "https://www.vimeo.com/api/oembed.json"}
    assert finders[0].names == ("YouTube", "Vimeo")
    # The players may be framed by the public pages: the CSP lists the same hosts.
    frame_hosts = {
        host.split("//")[1] for host in settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["frame-src"][1:]
    }
    assert frame_hosts <= finders[0].hosts


@pytest.mark.parametrize("url", TRUSTED)
def test_trusted_addresses(url):
    assert is_trusted_url(url)
    assert get_finders()[0].accept(url)


@pytest.mark.parametrize("url", UNTRUSTED)
def test_untrusted_addresses(url):
    assert not is_trusted_url(url)
    assert not get_finders()[0].accept(url)


@pytest.mark.parametrize(
    "language,message",
    [
        ("ar", "لا يمكن تضمين الفيديو إلا من YouTube, Vimeo"),
        ("en", "Videos can only be embedded from YouTube, Vimeo. This address is not one of them."),
    ],
)
def test_embed_block_refuses_other_providers_without_fetching(language, message):
    block = VideoBlock()
    value = block.to_python({"video": "https://www.dailymotion.com/video/x7", "title": ""})
    with (
        translation.override(language),
        mock.patch("wagtail.embeds.finders.oembed.requests.get", side_effect=AssertionError("network")),
        pytest.raises(ValidationError) as refused,
    ):
        block.clean(value)
    assert message in str(refused.value.as_json_data())
    assert value["video"].html == ""  # and it would render nothing


class FakeResponse:
    def __init__(self, payload):
        self.payload = payload

    def raise_for_status(self):
        pass

    def json(self):
        return self.payload


HOSTILE_PLAYER = (
    '<script src="https://evil.example/x.js"></script>'
    '<iframe src="https://www.youtube.com/embed/aaaaaaaaaaa" onload="alert(1)" width="480" height="270" '
    'title="Player" allowfullscreen srcdoc="&lt;script&gt;alert(2)&lt;/script&gt;"></iframe>'
    '<iframe src="https://evil.example/"></iframe>'
)


def test_a_providers_answer_is_cut_down_to_its_player(db):
    payload = {"type": "video", "html": HOSTILE_PLAYER, "thumbnail_url": "javascript:alert(3)", "title": "t"}
    with mock.patch("wagtail.embeds.finders.oembed.requests.get", return_value=FakeResponse(payload)) as get:
        block = TrustedEmbedBlock()
        value = block.clean(block.to_python(TRUSTED[0]))
    assert get.call_count == 1
    assert "youtube.com/oembed" in get.call_args.args[0]
    embed = Embed.objects.get()
    assert embed.html == (
        '<iframe src="https://www.youtube.com/embed/aaaaaaaaaaa" width="480" height="270" '
        'title="Player" allowfullscreen=""></iframe>'
    )
    assert embed.thumbnail_url == ""
    assert "<iframe" in value.html
    assert not re.search(r"script|onload|srcdoc|evil\.example|javascript", value.html)


def test_a_provider_sending_no_usable_player_gives_no_embed(db):
    payload = {"type": "video", "html": '<iframe src="https://evil.example/"></iframe><script>x</script>'}
    with mock.patch("wagtail.embeds.finders.oembed.requests.get", return_value=FakeResponse(payload)):
        block = TrustedEmbedBlock()
        with pytest.raises(ValidationError):
            block.clean(block.to_python(TRUSTED[0]))


def test_a_stored_embed_from_elsewhere_renders_nothing(db):
    url = "https://evil.example/video"
    Embed.objects.create(url=url, html="<script>alert(1)</script>", hash=get_embed_hash(url), type="video")
    assert TrustedEmbedBlock().to_python(url).html == ""


@pytest.fixture
def media_centre(home):
    with translation.override("ar"):
        centre = MediaCentrePage(
            title="المركز الإعلامي", title_en="Media Centre", slug="media", slug_en="media"
        )
        home.add_child(instance=centre)
    return centre


@pytest.mark.parametrize(
    "language,message",
    [
        ("ar", "لا يمكن تضمين الفيديو إلا من YouTube, Vimeo"),
        ("en", "Videos can only be embedded from YouTube"),
    ],
)
def test_a_video_page_refuses_an_address_from_elsewhere(media_centre, language, message):
    video = VideoPage(title="فيديو", slug="v", video_url="https://www.dailymotion.com/video/x7")
    with translation.override(language), pytest.raises(ValidationError) as refused:
        video.full_clean()
    assert message in " ".join(refused.value.message_dict["video_url"])


def test_a_video_page_shows_only_the_player_of_a_stored_embed(media_centre):
    with translation.override("ar"):
        video = VideoPage(
            title="فيديو", title_en="Video", slug="video", slug_en="video", video_url=TRUSTED[0]
        )
        media_centre.add_child(instance=video)
    Embed.objects.create(
        url=TRUSTED[0], max_width=960, type="video", html=HOSTILE_PLAYER, hash=get_embed_hash(TRUSTED[0], 960)
    )
    html = Client().get("/ar/media/video/").content.decode()
    assert '<iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"' in html
    assert "evil.example" not in html
    assert "onload" not in html and "srcdoc" not in html


# --- The editor: a video block from elsewhere is refused with a message, not a 500 ---------------


def user_client(django_user_model, language, group=None):
    if group:
        user = django_user_model.objects.create_user(
            f"{group.split()[0].lower()}-{language}", password="pw-12345678"
        )
        user.groups.add(Group.objects.get(name=group))
    else:
        user = django_user_model.objects.create_superuser(
            f"editor-{language}", f"{language}@moi.example", "pw-12345678"
        )
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    "language,message",
    [
        ("ar", "لا يمكن تضمين الفيديو إلا من YouTube, Vimeo"),
        ("en", "Videos can only be embedded from YouTube"),
    ],
)
def test_the_page_editor_refuses_a_video_from_elsewhere(home, django_user_model, language, message):
    with translation.override("ar"):
        page = StandardPageFactory(parent=home, slug="edited", slug_ar="edited", slug_en="edited")
    client = user_client(django_user_model, language)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    data.update(
        {
            "body_ar-count": "1",
            "body_ar-0-type": "video",
            "body_ar-0-deleted": "",
            "body_ar-0-order": "0",
            "body_ar-0-id": "",
            "body_ar-0-value-video": "https://evil.example/video",
            "body_ar-0-value-title": "",
            "body_en-count": "0",
        }
    )
    with mock.patch("wagtail.embeds.finders.oembed.requests.get", side_effect=AssertionError("network")):
        response = client.post(url, data)
    assert response.status_code == 200
    errors = response.context["form"].errors["body_ar"].as_data()[0]
    assert message in json.dumps(errors.as_json_data(), ensure_ascii=False)
    page.refresh_from_db()
    assert "evil.example" not in json.dumps(page.get_latest_revision_as_object().body_ar.get_prep_value())


# --- Uploads: images ---------------------------------------------------------------------------


def png(size=(40, 30), mode="RGB"):
    out = io.BytesIO()
    PILImage.new(mode, size).save(out, "PNG")
    return out.getvalue()


def picture_bytes(fmt, size=(40, 30)):
    out = io.BytesIO()
    PILImage.new("RGB", size, (20, 120, 90)).save(out, fmt)
    return out.getvalue()


def png_bomb(width=20_000, height=20_000):
    """A real, complete PNG of width × height black pixels: about 50 KB that decode to 400 million pixels."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\x00" + b"\x00" * ((width + 7) // 8)  # filter byte, then one bit per pixel
    compressor = zlib.compressobj(9)
    block = row * 1000
    data = b"".join(compressor.compress(block) for _ in range(height // 1000)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


def upload_image(client, content, name="photo.png"):
    data = {"title": "صورة", "alt_text_ar": "وصف", "file": SimpleUploadedFile(name, content)}
    return client.post(reverse("wagtailimages:add"), data)


def form_errors(response, field="file") -> str:
    """The field's errors as the editor sees them: in the page, in the editor's language."""
    shown = html_module.unescape(response.content.decode())
    with translation.override(response.wsgi_request.user.wagtail_userprofile.get_preferred_language()):
        errors = [str(error) for error in response.context["form"].errors.get(field, [])]
    assert errors and all(error in shown for error in errors), errors
    return " ".join(errors)


def test_the_bomb_is_small_and_really_declares_400_million_pixels():
    bomb = png_bomb()
    assert len(bomb) < 100_000
    with pytest.raises(PILImage.DecompressionBombError):
        PILImage.open(io.BytesIO(bomb))


@pytest.mark.parametrize(
    "language,message",
    [
        ("ar", "هذا الملف يحتوي على عدد كبير جدًا من البكسل"),
        ("en", "This file has too many pixels"),
    ],
)
@pytest.mark.parametrize("group", [None, publishing.PR_EDITORS])
def test_a_decompression_bomb_is_refused_with_a_message(django_user_model, language, message, group):
    response = upload_image(
        user_client(django_user_model, language, group=group), png_bomb(), name="bomb.png"
    )
    assert response.status_code == 200
    assert message in form_errors(response)
    assert not get_image_model().objects.exists()


def test_an_image_just_over_the_pixel_limit_is_refused_before_decoding(django_user_model, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
    with mock.patch("PIL.ImageFile.ImageFile.load", side_effect=AssertionError("decoded")):
        response = upload_image(user_client(django_user_model, "en"), png_bomb(8000, 6000), name="big.png")
    assert "This file has too many pixels (48000000). Maximum pixels 40000000." in form_errors(response)
    assert not get_image_model().objects.exists()


def test_the_multiple_uploader_refuses_a_bomb_too(django_user_model):
    client = user_client(django_user_model, "ar")
    response = client.post(
        reverse("wagtailimages:add_multiple"), {"files[]": SimpleUploadedFile("bomb.png", png_bomb())}
    )
    assert response.status_code == 200
    answer = response.json()
    assert answer["success"] is False
    assert "هذا الملف يحتوي على عدد كبير جدًا من البكسل" in answer["error_message"]
    assert not get_image_model().objects.exists()


NOT_IMAGES = {
    "html named .jpg": ("photo.jpg", b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"),
    "script named .png": ("photo.png", b"#!/bin/sh\nrm -rf /\n"),
    "php named .gif": ("photo.gif", b"<?php system($_GET['c']); ?>"),
    "svg named .png": (
        "logo.png",
        b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)" width="10" height="10"></svg>',
    ),
    "svg": (
        "logo.svg",
        b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
    ),
    "jpeg named .png": ("photo.png", picture_bytes("JPEG")),
}


@pytest.mark.parametrize("case", NOT_IMAGES)
@pytest.mark.parametrize(
    "language,messages",
    [
        ("ar", ("ليس ملفا لصورة", "تنسيق الصورة غير مدعوم", "الامتداد لا يتطابق مع تنسيق الملف")),
        ("en", ("Upload a valid image", "Not a supported image format", "Not a valid .")),
    ],
)
def test_files_that_are_not_what_their_name_says_are_refused(django_user_model, case, language, messages):
    name, content = NOT_IMAGES[case]
    response = upload_image(user_client(django_user_model, language), content, name=name)
    assert response.status_code == 200
    errors = form_errors(response)
    assert errors and any(message in errors for message in messages), errors
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize(
    "language,message",
    [
        ("ar", "هذه الصورة تالفة أو ناقصة"),
        ("en", "This image is damaged or incomplete."),
    ],
)
@pytest.mark.parametrize("fmt,name", [("PNG", "cut.png"), ("JPEG", "cut.jpg"), ("GIF", "cut.gif")])
def test_a_damaged_image_is_refused(django_user_model, language, message, fmt, name):
    whole = picture_bytes(fmt, size=(300, 200))
    response = upload_image(user_client(django_user_model, language), whole[: len(whole) // 2], name=name)
    assert response.status_code == 200
    assert message in form_errors(response)
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize(
    "fmt,name", [("PNG", "a.png"), ("JPEG", "a.jpeg"), ("WEBP", "a.webp"), ("GIF", "a.gif")]
)
def test_good_images_are_accepted(django_user_model, fmt, name):
    response = upload_image(user_client(django_user_model, "ar"), picture_bytes(fmt), name=name)
    assert response.status_code == 302, form_errors(response)
    assert get_image_model().objects.count() == 1


def test_an_image_file_name_is_normalised_and_keeps_arabic(django_user_model):
    name = "../../\u202eصورة  الوزير\u200b (1).JPG"
    response = upload_image(user_client(django_user_model, "ar"), picture_bytes("JPEG"), name=name)
    assert response.status_code == 302, form_errors(response)
    image = get_image_model().objects.get()
    assert re.fullmatch(r"original_images/صورة-الوزير-1(_[A-Za-z0-9]{7})?\.jpg", image.file.name)


# --- Uploads: documents ------------------------------------------------------------------------


def zip_bytes(entries):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return out.getvalue()


CONTENT_TYPES = (
    b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
)
DOCX = zip_bytes({"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": b"<w:document/>"})
XLSX = zip_bytes({"[Content_Types].xml": CONTENT_TYPES, "xl/workbook.xml": b"<workbook/>"})
PPTX = zip_bytes({"[Content_Types].xml": CONTENT_TYPES, "ppt/presentation.xml": b"<presentation/>"})
ODT = zip_bytes({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<office/>"})
ODS = zip_bytes({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<office/>"})
PDF = b"%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\n"

GOOD_DOCUMENTS = {
    "report.pdf": PDF,
    "letter.docx": DOCX,
    "table.xlsx": XLSX,
    "slides.pptx": PPTX,
    "letter.odt": ODT,
    "table.ods": ODS,
    "data.csv": "الاسم,العدد\r\nالبيرة,3\r\n".encode(),
    "notes.txt": "ملاحظات\tnotes\n".encode("utf-8-sig"),
    "windows.csv": "الاسم,العدد\r\n".encode("cp1256"),
}

BAD_DOCUMENTS = {
    "html named .pdf": ("report.pdf", b"<html><script>alert(1)</script></html>", "not a real PDF"),
    "exe named .pdf": ("report.pdf", b"MZ\x90\x00\x03", "not a real PDF"),
    "pdf signature late": ("report.pdf", b"<html>%PDF-1.7", "not a real PDF"),
    "zip without word part": (
        "letter.docx",
        zip_bytes({"[Content_Types].xml": CONTENT_TYPES}),
        "not a real DOCX",
    ),
    "xlsx named .docx": ("letter.docx", XLSX, "not a real DOCX"),
    "html named .docx": ("letter.docx", b"<html></html>", "not a real DOCX"),
    "broken zip": ("letter.docx", b"PK\x03\x04" + b"\x00" * 40, "not a real DOCX"),
    "macros": (
        "letter.docx",
        zip_bytes(
            {
                "[Content_Types].xml": CONTENT_TYPES,
                "word/document.xml": b"<w:document/>",
                "word/vbaProject.bin": b"\xd0\xcf\x11\xe0",
            }
        ),
        "contains macros",
    ),
    "ods named .odt": ("letter.odt", ODS, "not a real ODT"),
    "odt without mimetype": ("letter.odt", zip_bytes({"content.xml": b"<x/>"}), "not a real ODT"),
    "html named .txt": ("notes.txt", b"  <!DOCTYPE html><script>alert(1)</script>", "looks like a web page"),
    "svg named .csv": ("data.csv", b'\xef\xbb\xbf<svg onload="alert(1)"/>', "looks like a web page"),
    "binary named .txt": ("notes.txt", b"text\x00\x01\x02binary", "not a real TXT"),
    "exe": ("setup.exe", b"MZ\x90\x00", "“exe”"),
    "svg": ("logo.svg", b"<svg/>", "“svg”"),
    "html": ("page.html", b"<html></html>", "“html”"),
    "double extension": ("report.pdf.exe", PDF, "“exe”"),
    "bidi-disguised exe": ("report\u202efdp.exe", PDF, "“exe”"),
}

ARABIC_DOCUMENT_MESSAGES = {
    "not a real PDF": "هذا الملف ليس وثيقة PDF صحيحة",
    "not a real DOCX": "هذا الملف ليس وثيقة DOCX صحيحة",
    "not a real ODT": "هذا الملف ليس وثيقة ODT صحيحة",
    "not a real TXT": "هذا الملف ليس وثيقة TXT صحيحة",
    "contains macros": "يحتوي على وحدات ماكرو",
    "looks like a web page": "يبدو صفحة ويب",
    "“exe”": "امتداد الملف “exe” غير مسموح به",
    "“svg”": "امتداد الملف “svg” غير مسموح به",
    "“html”": "امتداد الملف “html” غير مسموح به",
}


def upload_document(client, content, name):
    data = {
        "title": "وثيقة",
        "title_ar": "وثيقة",
        "title_en": "Document",
        "file": SimpleUploadedFile(name, content),
    }
    return client.post(reverse("wagtaildocs:add"), data)


@pytest.fixture
def editor_client(django_user_model):
    """A PR Editor: the newsroom's own uploads, not only a superuser's, go through these checks."""
    return lambda language: user_client(django_user_model, language, group=publishing.PR_EDITORS)


@pytest.mark.parametrize("view", ["wagtailimages:add", "wagtaildocs:add"])
def test_a_pr_editor_may_open_the_upload_forms(django_user_model, view):
    client = user_client(django_user_model, "ar", group=publishing.PR_EDITORS)
    assert client.get(reverse(view)).status_code == 200


@pytest.mark.parametrize("name", GOOD_DOCUMENTS)
def test_real_documents_are_accepted(editor_client, name):
    response = upload_document(editor_client("ar"), GOOD_DOCUMENTS[name], name)
    assert response.status_code == 302, form_errors(response)
    document = get_document_model().objects.get()
    stem, extension = name.rsplit(".", 1)
    # The storage outlives a test: a name already taken gets Django's random suffix.
    assert re.fullmatch(rf"documents/{stem}(_[A-Za-z0-9]{{7}})?\.{extension}", document.file.name)


@pytest.mark.parametrize("case", BAD_DOCUMENTS)
def test_documents_that_are_not_what_their_name_says_are_refused_in_english(editor_client, case):
    name, content, message = BAD_DOCUMENTS[case]
    response = upload_document(editor_client("en"), content, name)
    assert response.status_code == 200
    assert message in form_errors(response), form_errors(response)
    assert not get_document_model().objects.exists()


@pytest.mark.parametrize("case", BAD_DOCUMENTS)
def test_documents_that_are_not_what_their_name_says_are_refused_in_arabic(editor_client, case):
    name, content, message = BAD_DOCUMENTS[case]
    response = upload_document(editor_client("ar"), content, name)
    assert response.status_code == 200
    assert ARABIC_DOCUMENT_MESSAGES[message] in form_errors(response), form_errors(response)
    assert not get_document_model().objects.exists()


def test_the_document_size_limit_applies(editor_client, monkeypatch):
    monkeypatch.setattr(media_models, "DEFAULT_MAX_DOCUMENT_SIZE", 1000)
    response = upload_document(editor_client("en"), PDF + b"0" * 2000, "big.pdf")
    assert "The largest document allowed is 1000" in form_errors(response)
    assert not get_document_model().objects.exists()


def test_the_multiple_document_uploader_checks_content_too(editor_client):
    client = editor_client("en")
    response = client.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": SimpleUploadedFile("report.pdf", b"<html><script>alert(1)</script></html>")},
    )
    answer = response.json()
    assert answer["success"] is False
    assert "not a real PDF" in answer["error_message"]
    assert not get_document_model().objects.exists()


def test_a_document_file_name_is_normalised_and_keeps_arabic(editor_client):
    name = "C:\\Users\\x\\..\\تقرير\u202e  سنوي\u200d\x07 ٢٠٢٦.final.PDF"
    response = upload_document(editor_client("ar"), PDF, name)
    assert response.status_code == 302, form_errors(response)
    document = get_document_model().objects.get()
    assert re.fullmatch(r"documents/تقرير-سنوي-٢٠٢٦-final(_[A-Za-z0-9]{7})?\.pdf", document.file.name)


def test_a_document_saved_outside_the_admin_gets_a_normalised_name(db):
    from django.core.files.base import ContentFile

    Document = get_document_model()
    document = Document(title="x", title_ar="x")
    document.file = ContentFile(PDF, name="../../etc/\u202epasswd .pdf")
    document.save()
    assert re.fullmatch(r"documents/passwd(_[A-Za-z0-9]{7})?\.pdf", document.file.name)


# --- File names ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name,expected",
    [
        ("report.pdf", "report.pdf"),
        ("REPORT.PDF", "REPORT.pdf"),
        ("../../etc/passwd", "passwd"),
        ("..\\..\\windows\\system.ini", "system.ini"),
        ("التقرير السنوي 2026.pdf", "التقرير-السنوي-2026.pdf"),
        ("مُحَمَّد.jpg", "محمد.jpg"),  # diacritics dropped, letters kept
        ("ﻣﺮﺣﺒﺎ.png", "مرحبا.png"),  # Arabic presentation forms become ordinary letters
        ("ｒｅｐｏｒｔ.pdf", "report.pdf"),  # full-width letters
        ("invoice\u202efdp.exe", "invoicefdp.exe"),
        ("a\u200bb\u200cc\u200dd\u2066e\ufefff.txt", "abcdef.txt"),
        ("name\x00\x07\x1b.txt", "name.txt"),
        ("shell.php.jpg", "shell-php.jpg"),
        (".htaccess", "file.htaccess"),
        ("...", "file"),
        ("", "file"),
        ("<b>bold</b>.png", "b.png"),  # "/" is a folder separator: only "b>.png" is the name
        ("report (final) [2].pdf", "report-final-2.pdf"),
        ("notes. final", "notes.final"),
        ("a" * 300 + ".pdf", "a" * 60 + ".pdf"),
    ],
)
def test_file_names(name, expected):
    assert clean_file_name(name) == expected


@settings(max_examples=300, deadline=None, database=None)
@given(st.text(max_size=300))
def test_any_file_name_becomes_plain_and_bounded(name):
    cleaned = clean_file_name(name)
    stem, _dot, extension = cleaned.partition(".")
    assert stem and "." not in extension and len(stem) <= 60 and len(extension) <= 10
    assert not set(cleaned) & set('/\\\x00:*?"<>| \t\n')
    assert all(not unicodedata.category(char).startswith(("C", "M", "Z")) for char in cleaned)
    assert clean_file_name(cleaned) == cleaned
