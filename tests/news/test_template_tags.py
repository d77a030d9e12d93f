"""{% latest_news %} and {% latest_media %}: what the home page shows, in the visitor's language."""

from django.template import Context, Template
from django.utils import translation

import pytest

from news.models import NewsType

pytestmark = pytest.mark.django_db


def titles(source, language="ar"):
    with translation.override(language):
        return Template(source).render(Context({})).split("|")[:-1]


def test_latest_news_newest_first_and_limited(make_news):
    items = make_news(6)
    source = "{% load news_tags %}{% latest_news 4 as items %}{% for i in items %}{{ i.title }}|{% endfor %}"
    assert titles(source) == [item.title_ar for item in items[:4]]


def test_latest_news_by_type_and_language(make_news):
    announcement = make_news(1, news_type=NewsType.ANNOUNCEMENT)[0]
    make_news(1, news_type=NewsType.NEWS)
    arabic_only = make_news(1, news_type=NewsType.ANNOUNCEMENT, title_en="")[0]
    source = (
        '{% load news_tags %}{% latest_news 5 news_type="announcement" as items %}'
        "{% for i in items %}{{ i.title }}|{% endfor %}"
    )
    assert titles(source) == [announcement.title_ar, arabic_only.title_ar]  # each factory item is older
    assert titles(source, "en") == [announcement.title_en]


@pytest.mark.parametrize("count", ["0", "-5", "1000"])
def test_latest_news_count_is_bounded(make_news, count):
    make_news(3)
    source = (
        "{% load news_tags %}{% latest_news "
        + count
        + " as items %}{% for i in items %}{{ i.pk }}|{% endfor %}"
    )
    assert 1 <= len(titles(source)) <= 3


def test_latest_media(home):
    from wagtail.models import Page

    from tests.media_library.test_media_pages import build_media_centre

    Page.objects.filter(depth=2).delete()
    _home, _centre, gallery, video, *_ = build_media_centre()
    source = "{% load media_tags %}{% latest_media 4 as items %}{% for i in items %}{{ i.kind }}:{{ i.title }}|{% endfor %}"
    rendered = titles(source)
    assert sorted(rendered) == sorted([f"معرض الصور:{gallery.title_ar}", f"فيديو:{video.title_ar}"])
