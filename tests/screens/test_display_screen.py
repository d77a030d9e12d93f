import datetime as dt
import re

from django.core.cache import cache
from django.test import Client
from django.utils import timezone, translation

from wagtail.test.utils import WagtailPageTestCase

import pytest

from core.factories import ImageFactory
from core.models import HomePage, SiteSettings, StandardPage
from core.navigation import bump_version
from news.factories import NewsIndexPageFactory, NewsPageFactory
from news.models import NewsType
from screens.models import DisplayScreenPage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


def publish(page):
    page.save_revision().publish()
    return page


def make_screen(parent, slug="hall", **extra):
    values = {
        "title": "شاشة القاعة",
        "title_ar": "شاشة القاعة",
        "title_en": "Hall screen",
        "slug": slug,
        "slug_ar": slug,
        "slug_en": slug,
        "location_ar": "مديرية رام الله",
        "location_en": "Ramallah Directorate",
        "news_count": 3,
        "announcement_count": 2,
        "slide_seconds": 9,
        "refresh_seconds": 90,
        **extra,
    }
    with translation.override("ar"):
        screen = DisplayScreenPage(**values)
        parent.add_child(instance=screen)
        screen.save_revision().publish()
    return screen


@pytest.fixture
def newsroom(home):
    index = NewsIndexPageFactory(parent=home)
    now = timezone.now()
    items = {
        "newest": NewsPageFactory(
            parent=index,
            title="أحدث خبر",
            title_en="Newest item",
            date=now - dt.timedelta(hours=1),
            lead_image=ImageFactory(),
        ),
        "press": NewsPageFactory(
            parent=index,
            title="بيان صحفي",
            title_en="A press release",
            news_type=NewsType.PRESS_RELEASE,
            date=now - dt.timedelta(hours=2),
        ),
        "arabic_only": NewsPageFactory(
            parent=index, title="خبر بالعربية فقط", title_en="", date=now - dt.timedelta(hours=3)
        ),
        "older": NewsPageFactory(parent=index, title="خبر أقدم", date=now - dt.timedelta(days=2)),
        "oldest": NewsPageFactory(parent=index, title="أقدم خبر", date=now - dt.timedelta(days=3)),
        "announcement": NewsPageFactory(
            parent=index,
            title="إعلان ساري",
            title_en="Current announcement",
            news_type=NewsType.ANNOUNCEMENT,
            date=now - dt.timedelta(days=1),
        ),
        "old_announcement": NewsPageFactory(
            parent=index,
            title="إعلان قديم",
            title_en="Old announcement",
            news_type=NewsType.ANNOUNCEMENT,
            date=now - dt.timedelta(days=90),
        ),
    }
    draft = NewsPageFactory(parent=index, title="مسودة", date=now)
    draft.unpublish()
    return items


@pytest.fixture
def screen(home, newsroom):
    return make_screen(home)


def test_arabic_screen_shows_latest_news_announcements_hotline_and_dates(screen):
    response = Client().get("/ar/hall/")
    assert response.status_code == 200
    html = response.content.decode()
    assert re.search(r'<html lang="ar"\s+dir="rtl">', html)
    assert 'name="robots" content="noindex, nofollow"' in html
    # The three latest news items (not announcements, not drafts), newest first.
    headlines = re.findall(r'<h2 class="screen__headline">([^<]+)</h2>', html)
    assert headlines == ["أحدث خبر", "بيان صحفي", "خبر بالعربية فقط"]
    assert "مسودة" not in html
    # Only the current slide is visible; the others are hidden until the script shows them.
    assert len(re.findall(r"data-slide\s+hidden", html)) == 2
    assert "<picture>" in html and ".webp" in html  # the lead image, responsive
    # Current announcements only.
    assert "إعلان ساري" in html and "إعلان قديم" not in html
    assert '<p class="screen__hotline-number">' in html and "<bdi>138</bdi>" in html
    assert "مديرية رام الله" in html
    # Today's date in both calendars.
    today = timezone.localdate()
    assert f'<time datetime="{today.isoformat()}">' in html
    assert "هـ" in html and "م —" in html
    # Refreshing: the script's settings, and the no-script fallback.
    assert 'data-content-url="/ar/hall/content/"' in html
    assert 'data-slide-seconds="9"' in html and 'data-refresh-seconds="90"' in html
    assert re.search(r'<noscript>\s*<meta http-equiv="refresh"\s+content="9;url=\?slide=1">', html)
    assert "screens.js" in html


def test_english_screen_leaves_out_untranslated_news(screen):
    html = Client().get("/en/hall/").content.decode()
    assert re.search(r'<html lang="en"\s+dir="ltr">', html)
    headlines = re.findall(r'<h2 class="screen__headline">([^<]+)</h2>', html)
    assert headlines == ["Newest item", "A press release", "News item" + headlines[2][len("News item") :]]
    assert "خبر بالعربية فقط" not in html
    assert "Ramallah Directorate" in html
    assert "Current announcement" in html
    assert timezone.localdate().strftime("%B") in html


def test_no_javascript_rotation_moves_through_the_headlines(screen):
    html = Client().get("/ar/hall/?slide=2").content.decode()
    slides = re.findall(r"<li class=\"screen__slide\"\s+data-slide\s*(hidden)?\s*>", html)
    assert slides == ["hidden", "hidden", ""]
    assert 'content="9;url=?slide=0"' in html  # wraps around


@pytest.mark.parametrize("value", ["abc", "-1", "99999999999999999999", "1e3", "<script>"])
def test_bad_slide_parameter_is_harmless(screen, value):
    response = Client().get("/ar/hall/", {"slide": value})
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().replace('<script src="/static/js/screens.js"', "")


def test_content_fragment_for_the_script(screen):
    response = Client().get("/ar/hall/content/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith('<div class="screen__content" data-screen-content>')
    assert "<html" not in html
    assert "أحدث خبر" in html
    assert "max-age=60" in response["Cache-Control"]


def test_fragment_picks_up_new_news(screen, newsroom):
    index = newsroom["newest"].get_parent()
    client = Client()
    client.get("/ar/hall/content/")  # cached …
    publish(NewsPageFactory(parent=index, title="خبر عاجل جديد", date=timezone.now()))
    html = client.get("/ar/hall/content/").content.decode()  # … until something is published
    assert re.findall(r'<h2 class="screen__headline">([^<]+)</h2>', html)[0] == "خبر عاجل جديد"


def test_alert_banner_is_shown_when_on(screen, home):
    settings_row = SiteSettings.objects.get()
    settings_row.alert_enabled = True
    settings_row.alert_level = "urgent"
    settings_row.alert_text_ar = "إغلاق المركز غداً بسبب الأحوال الجوية"
    settings_row.save()
    html = Client().get("/ar/hall/").content.decode()
    assert "screen__alert--urgent" in html
    assert "إغلاق المركز غداً بسبب الأحوال الجوية" in html
    settings_row.alert_enabled = False
    settings_row.save()
    assert "screen__alert" not in Client().get("/ar/hall/content/").content.decode()


def test_screen_needs_no_login(screen):
    response = Client().get("/ar/hall/")
    assert response.status_code == 200
    assert "login" not in response.get("Location", "")


def test_empty_newsroom_shows_a_message(home):
    make_screen(home, slug="empty")
    html = Client().get("/en/empty/").content.decode()
    assert "No news at the moment." in html
    assert "No current announcements." in html
    assert 'content="12;url=?slide=0"' not in html  # uses the page's own interval
    assert 'url=?slide=0"' in html


def test_screen_is_left_out_of_the_sitemap(screen):
    assert screen.get_sitemap_urls() == []


def test_query_count_does_not_grow_with_the_news(screen, newsroom, django_assert_num_queries):
    client = Client()
    client.get("/ar/hall/")  # renditions are made once, on the first view
    # The home page, the pages along the path, the screen itself: the site, its settings and
    # view restrictions come from memory (perf.lookups), the headlines and announcements from
    # the cache until something is published.
    with django_assert_num_queries(3):
        client.get("/ar/hall/")
    index = newsroom["newest"].get_parent()
    for number in range(5):
        NewsPageFactory(
            parent=index, lead_image=ImageFactory(), date=timezone.now() - dt.timedelta(minutes=number)
        )
    screen.news_count = 8
    screen.save_revision().publish()
    client.get("/ar/hall/")  # renditions for the new images
    bump_version()  # what publishing a page does
    # Cold: news, renditions and announcements on top of those 3, however many items there are.
    with django_assert_num_queries(6):
        response = client.get("/ar/hall/")
    assert response.content.decode().count('<li class="screen__slide"') == 8
    with django_assert_num_queries(3):
        client.get("/ar/hall/")


class TestDisplayScreenRules(WagtailPageTestCase):
    def test_parents_and_children(self):
        self.assertCanCreateAt(HomePage, DisplayScreenPage)
        self.assertCanNotCreateAt(StandardPage, DisplayScreenPage)
        self.assertCanNotCreateAt(DisplayScreenPage, StandardPage)
        self.assertAllowedSubpageTypes(DisplayScreenPage, {})
        self.assertAllowedParentPageTypes(DisplayScreenPage, {HomePage})

    def test_renderable(self):
        from tests.conftest import build_site

        screen = make_screen(build_site())
        self.assertPageIsRenderable(screen)
        self.assertPageIsRenderable(screen, route_path="/content/")
        self.assertPageIsRenderable(screen, query_data={"slide": "x"})
        self.assertPageIsPreviewable(screen)
