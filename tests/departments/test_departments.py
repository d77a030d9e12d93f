import datetime as dt
import json
import re

from django.test import Client
from django.utils import timezone, translation

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

import pytest

from core.models import HomePage, StandardPage
from departments.factories import AdministrationPageFactory, DivisionPageFactory
from departments.models import AdministrationPage, DivisionPage
from events.factories import EventIndexPageFactory, EventPageFactory
from tests.conftest import build_site

pytestmark = pytest.mark.django_db

LD_RE = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld(html):
    blocks = LD_RE.findall(html)
    assert blocks, "no JSON-LD on the page"
    return [json.loads(block) for block in blocks]


def page_form_data(page, **fields):
    """The admin edit form's data for a page with translated title and slug."""
    data = {
        "title_ar": page.title_ar,
        "title_en": page.title_en,
        "slug_ar": page.slug_ar,
        "slug_en": page.slug_en,
    }
    data.update(fields)
    return nested_form_data(data)


def make_news(division, **fields):
    """A live news item issued by the division (the newsroom's NewsPage.division)."""
    from news.models import NewsIndexPage, NewsPage

    with translation.override("ar"):
        home = HomePage.objects.get()
        index = NewsIndexPage.objects.first()
        if index is None:
            index = NewsIndexPage(title="الأخبار", title_ar="الأخبار", title_en="News", slug="news")
            index.slug_ar = index.slug_en = "news"
            home.add_child(instance=index)
        n = NewsPage.objects.count()
        defaults = {
            "title": f"خبر {n}",
            "title_ar": f"خبر {n}",
            "title_en": f"News {n}",
            "slug": f"news-{n}",
            "slug_ar": f"news-{n}",
            "slug_en": f"news-{n}",
            "summary_ar": "ملخص",
            "summary_en": "Summary",
            "division": division,
        }
        defaults.update(fields)
        page = NewsPage(**defaults)
        index.add_child(instance=page)
        return page


class TestPageTypes(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        with translation.override("ar"):
            cls.administration = AdministrationPageFactory(parent=cls.home)
            cls.division = DivisionPageFactory(parent=cls.administration)

    def test_where_they_can_be_created(self):
        self.assertCanCreateAt(HomePage, AdministrationPage)
        self.assertCanNotCreateAt(HomePage, DivisionPage)
        self.assertCanCreateAt(AdministrationPage, DivisionPage)
        self.assertCanNotCreateAt(DivisionPage, DivisionPage)
        self.assertCanNotCreateAt(StandardPage, AdministrationPage)

    def test_allowed_parents_and_children(self):
        self.assertAllowedParentPageTypes(AdministrationPage, {HomePage})
        self.assertAllowedSubpageTypes(AdministrationPage, {DivisionPage})
        self.assertAllowedParentPageTypes(DivisionPage, {AdministrationPage})
        self.assertAllowedSubpageTypes(DivisionPage, set())

    def test_administration_is_a_singleton(self):
        assert AdministrationPage.max_count == 1
        assert not AdministrationPage.can_create_at(self.home)

    def test_renderable(self):
        self.assertPageIsRenderable(self.administration)
        self.assertPageIsRenderable(self.division)

    def test_previewable(self):
        self.assertPageIsPreviewable(
            self.administration,
            post_data=page_form_data(
                self.administration,
                about_ar="نبذة",
                main_goal_ar="الهدف",
                tasks_ar=streamfield([]),
                tasks_en=streamfield([]),
                body_ar=streamfield([]),
                body_en=streamfield([]),
            ),
        )
        self.assertPageIsPreviewable(
            self.division,
            post_data=page_form_data(
                self.division,
                mission_ar="رسالة",
                head_name_ar="اسم",
                tasks_ar=streamfield([]),
                tasks_en=streamfield([]),
                body_ar=streamfield([]),
                body_en=streamfield([]),
            ),
        )


@pytest.fixture
def administration(home):
    with translation.override("ar"):
        return AdministrationPageFactory(parent=home)


def test_administration_page_in_both_languages(administration):
    with translation.override("ar"):
        DivisionPageFactory(
            parent=administration, title="دائرة الإعلام", title_ar="دائرة الإعلام", title_en="Media Division"
        )
    html = Client().get("/ar/administration/").content.decode()
    assert "<h1>الإدارة العامة للعلاقات العامة والإعلام</h1>" in html
    assert "الهدف الرئيسي" in html and "المهام الرئيسية" in html
    assert '<ol class="task-list">' in html and "<li>نشر خطط وسياسات الوزارة.</li>" in html
    assert 'href="/ar/administration/division-' in html
    html_en = Client().get("/en/administration/").content.decode()
    assert "Main goal" in html_en and "Publishing the Ministry&#x27;s plans." in html_en
    assert "Media Division" in html_en


def test_administration_json_ld_lists_divisions_in_the_page_language(administration):
    with translation.override("ar"):
        DivisionPageFactory(
            parent=administration,
            title="دائرة البروتوكول",
            title_ar="دائرة البروتوكول",
            title_en="Protocol Division",
        )
        DivisionPageFactory(
            parent=administration, title="دائرة الإعلام", title_ar="دائرة الإعلام", title_en="Media Division"
        )
    (data,) = json_ld(Client().get("/ar/administration/").content.decode())
    assert data["@type"] == "GovernmentOrganization"
    assert data["inLanguage"] == "ar"
    assert data["parentOrganization"]["name"] == "وزارة الداخلية"
    assert [sub["name"] for sub in data["subOrganization"]] == ["دائرة البروتوكول", "دائرة الإعلام"]
    assert all(sub["@type"] == "GovernmentOrganization" for sub in data["subOrganization"])
    (data_en,) = json_ld(Client().get("/en/administration/").content.decode())
    assert data_en["inLanguage"] == "en"
    assert [sub["name"] for sub in data_en["subOrganization"]] == ["Protocol Division", "Media Division"]
    assert data_en["subOrganization"][0]["url"].endswith(
        "/en/administration/division-" + data_en["subOrganization"][0]["url"].rsplit("division-", 1)[1]
    )


def test_json_ld_cannot_be_broken_out_of(administration):
    evil = '</script><script>alert("x")</script> & <b>'
    with translation.override("ar"):
        DivisionPageFactory(parent=administration, title=evil, title_ar=evil, title_en="Safe")
    html = Client().get("/ar/administration/").content.decode()
    ld = LD_RE.findall(html)[0]
    assert "</script>" not in ld and "<" not in ld
    assert json.loads(ld)["subOrganization"][0]["name"] == evil


def test_english_listing_leaves_out_divisions_without_english(administration):
    with translation.override("ar"):
        DivisionPageFactory(parent=administration, title="دائرة فقط", title_ar="دائرة فقط", title_en="")
        DivisionPageFactory(
            parent=administration, title="دائرة الإعلام", title_ar="دائرة الإعلام", title_en="Media Division"
        )
    html_ar = Client().get("/ar/administration/").content.decode()
    html_en = Client().get("/en/administration/").content.decode()
    assert "دائرة فقط" in html_ar
    assert "دائرة فقط" not in html_en and "Media Division" in html_en


def test_division_page_shows_head_contacts_and_hotline(administration):
    with translation.override("ar"):
        division = DivisionPageFactory(
            parent=administration,
            head_name_ar="سامر عبد الله (اسم توضيحي)",
            head_title_ar="مدير دائرة العلاقات العامة",
            extension="101",
            address_ar="مقر الوزارة",
            office_hours_ar="8:00 – 15:00",
            tasks_ar=[
                {
                    "type": "task_list",
                    "value": {"heading": "", "items": ["مهمة أولى", "مهمة ثانية"], "numbered": False},
                }
            ],
        )
    html = Client().get(division.url).content.decode()
    assert "مدير الدائرة" in html  # the glossary's "Head of Division"
    assert "سامر عبد الله (اسم توضيحي)" in html
    assert 'href="tel:+97022960101"' in html and 'href="mailto:division@moi.example"' in html
    assert "مقر الوزارة" in html
    assert '<ul class="task-list">' in html and "<li>مهمة ثانية</li>" in html
    assert 'href="tel:138"' in html


def test_division_page_shows_its_own_latest_news_only(administration):
    with translation.override("ar"):
        media = DivisionPageFactory(parent=administration)
        protocol = DivisionPageFactory(parent=administration)
    now = timezone.now()
    for days in range(6):
        make_news(media, title_ar=f"خبر الإعلام {days}", date=now - dt.timedelta(days=days))
    make_news(protocol, title_ar="خبر البروتوكول")
    unpublished = make_news(media, title_ar="خبر غير منشور")
    unpublished.unpublish()
    html = Client().get(media.url).content.decode()
    shown = re.findall(r"خبر الإعلام (\d)", html)
    assert shown == ["0", "1", "2", "3"]  # newest first, four of them
    assert "خبر البروتوكول" not in html and "خبر غير منشور" not in html


def test_division_page_shows_upcoming_events_not_past_ones(administration, home):
    with translation.override("ar"):
        division = DivisionPageFactory(parent=administration)
        other = DivisionPageFactory(parent=administration)
        index = EventIndexPageFactory(parent=home)
        now = timezone.now()
        EventPageFactory(
            parent=index,
            title_ar="فعالية قادمة",
            organising_division=division,
            start=now + dt.timedelta(days=2),
        )
        EventPageFactory(
            parent=index,
            title_ar="فعالية سابقة",
            organising_division=division,
            start=now - dt.timedelta(days=2),
            end=now - dt.timedelta(days=2, hours=-1),
        )
        EventPageFactory(
            parent=index,
            title_ar="فعالية دائرة أخرى",
            organising_division=other,
            start=now + dt.timedelta(days=1),
        )
    html = Client().get(division.url).content.decode()
    assert "فعالية قادمة" in html
    assert "فعالية سابقة" not in html and "فعالية دائرة أخرى" not in html


def test_division_page_without_news_or_events_says_so(administration):
    with translation.override("ar"):
        division = DivisionPageFactory(parent=administration)
    response = Client().get(division.url)
    assert response.status_code == 200
    assert response.context["latest_news"] == [] and response.context["upcoming_events"] == []


def test_task_list_block_value_drops_empty_items():
    from departments.blocks import TaskListBlock

    block = TaskListBlock()
    value = block.to_python({"heading": "", "items": ["أ", " ", "ب"], "numbered": True})
    assert value.tag == "ol" and value.task_items == ["أ", "ب"]
    value = block.to_python({"heading": "", "items": ["أ"], "numbered": False})
    assert value.tag == "ul"
    html = block.render(value)
    assert html.strip().startswith("<ul") and "<li>أ</li>" in html


def test_listings_leave_out_private_pages(home, administration):
    from wagtail.models import PageViewRestriction

    with translation.override("ar"):
        open_division = DivisionPageFactory(parent=administration, title_ar="دائرة مفتوحة")
        closed = DivisionPageFactory(parent=administration, title_ar="دائرة مقيدة")
    PageViewRestriction.objects.create(page=closed, restriction_type="password", password="x")
    assert list(DivisionPage.objects.public()) == [open_division]
    html = Client().get("/ar/administration/").content.decode()
    assert "دائرة مفتوحة" in html and "دائرة مقيدة" not in html
    # A restriction on an ancestor hides its descendants too, as Wagtail's public() does.
    PageViewRestriction.objects.create(page=administration, restriction_type="password", password="x")
    assert list(DivisionPage.objects.public()) == []
