import json
import re
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import translation

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

import pytest

from core.models import HomePage, StandardPage
from services.factories import ServiceCategoryFactory, ServiceIndexPageFactory, ServicePageFactory
from services.models import ServiceIndexPage, ServicePage
from tests.conftest import build_site

pytestmark = pytest.mark.django_db

LD_RE = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


class TestPageTypes(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        with translation.override("ar"):
            cls.index = ServiceIndexPageFactory(parent=cls.home)
            cls.service = ServicePageFactory(parent=cls.index, category=ServiceCategoryFactory())

    def test_where_they_can_be_created(self):
        self.assertCanCreateAt(HomePage, ServiceIndexPage)
        self.assertCanCreateAt(ServiceIndexPage, ServicePage)
        self.assertCanNotCreateAt(HomePage, ServicePage)
        self.assertCanNotCreateAt(StandardPage, ServicePage)
        self.assertCanNotCreateAt(ServicePage, ServicePage)

    def test_allowed_parents_and_children(self):
        self.assertAllowedParentPageTypes(ServiceIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ServiceIndexPage, {ServicePage})
        self.assertAllowedParentPageTypes(ServicePage, {ServiceIndexPage})
        self.assertAllowedSubpageTypes(ServicePage, set())

    def test_index_is_a_singleton(self):
        assert ServiceIndexPage.max_count == 1
        assert not ServiceIndexPage.can_create_at(self.home)

    def test_renderable(self):
        self.assertPageIsRenderable(self.index)
        self.assertPageIsRenderable(self.index, query_data={"category": "no-such-category"}, accept_404=True)
        self.assertPageIsRenderable(self.service)

    def test_previewable(self):
        base = {
            "title_ar": self.service.title_ar,
            "title_en": self.service.title_en,
            "slug_ar": self.service.slug_ar,
            "slug_en": self.service.slug_en,
        }
        self.assertPageIsPreviewable(self.index, post_data=nested_form_data(base | {"slug_ar": "services"}))
        self.assertPageIsPreviewable(
            self.service,
            post_data=nested_form_data(
                base
                | {
                    "summary_ar": "ملخص",
                    "fee_currency": "ILS",
                    "fee_amount": "50",
                    **{
                        f"{name}_{lang}": streamfield([])
                        for name in ("documents", "steps", "places", "faq")
                        for lang in ("ar", "en")
                    },
                }
            ),
        )


@pytest.fixture
def index(home):
    with translation.override("ar"):
        return ServiceIndexPageFactory(parent=home)


def make_service(index, **fields):
    with translation.override("ar"):
        return ServicePageFactory(parent=index, **fields)


def test_service_page_shows_every_part_and_the_hotline(index):
    service = make_service(
        index,
        title_ar="إصدار جواز سفر",
        fee_amount=200,
        online_url="https://services.moi.example/passport",
        steps_ar=[
            {"type": "step", "value": {"title": "تعبئة الطلب", "detail": "في المركز"}},
            {"type": "step", "value": {"title": "دفع الرسوم", "detail": ""}},
        ],
    )
    html = Client().get(service.url).content.decode()
    for heading in (
        "الوثائق المطلوبة",
        "خطوات الحصول على الخدمة",
        "الرسوم",
        "مدة الإنجاز",
        "أماكن تقديم الخدمة",
        "الأسئلة الشائعة",
    ):
        assert heading in html, heading
    assert "<bdi>200 شيكل</bdi>" in html
    assert '<ol class="steps">' in html and html.index("تعبئة الطلب") < html.index("دفع الرسوم")
    assert "بطاقة الهوية" in html and "(الأصل)" in html
    assert '<details class="faq">' in html and "<summary>سؤال؟</summary>" in html
    assert 'href="https://services.moi.example/passport"' in html
    assert 'href="tel:+97022400000"' in html  # the place's phone
    assert 'href="tel:138"' in html and "<bdi>138</bdi>" in html  # the hotline, from site settings


def test_fees_in_english_and_free_services(index):
    paid = make_service(index, fee_amount="12.50", fee_currency="JOD")
    free = make_service(index, is_free=True, fee_amount=None)
    unknown = make_service(index, fee_amount=None)
    paid_url, free_url, unknown_url = paid.url, free.url, unknown.url
    assert "<bdi>JOD 12.50</bdi>" in Client().get(paid_url.replace("/ar/", "/en/")).content.decode()
    assert "<bdi>12.50 دينار أردني</bdi>" in Client().get(paid_url).content.decode()
    assert "مجانًا" in Client().get(free_url).content.decode()
    assert "Free of charge" in Client().get(free_url.replace("/ar/", "/en/")).content.decode()
    assert "يُرجى الاستفسار من مركز خدمات الجمهور" in Client().get(unknown_url).content.decode()


def test_hotline_follows_the_site_setting(index):
    from core.models import SiteSettings

    SiteSettings.objects.update(hotline="1500")
    html = Client().get(make_service(index).url).content.decode()
    assert 'href="tel:1500"' in html


def test_related_services_only_live_ones(index):
    service = make_service(index)
    live = make_service(index, title_ar="خدمة منشورة")
    draft = make_service(index, title_ar="خدمة غير منشورة")
    draft.unpublish()
    service.related_services.set([live, draft])
    service.save()
    html = Client().get(service.url).content.decode()
    assert "خدمة منشورة" in html and "خدمة غير منشورة" not in html


def test_last_reviewed_date_in_levantine_arabic(index):
    import datetime as dt

    service = make_service(index, last_reviewed=dt.date(2026, 1, 15))
    html = Client().get(service.url).content.decode()
    assert "تاريخ آخر مراجعة:" in html and "15 كانون الثاني 2026م" in html


def test_index_groups_services_by_category_in_order(index):
    second = ServiceCategoryFactory(
        name_ar="وثائق السفر", name_en="Travel documents", slug="travel", sort_order=2
    )
    first = ServiceCategoryFactory(
        name_ar="الأحوال المدنية", name_en="Civil status", slug="civil", sort_order=1
    )
    make_service(index, title_ar="جواز سفر", title_en="Passport", category=second)
    make_service(index, title_ar="بطاقة هوية", title_en="Identity card", category=first)
    make_service(index, title_ar="خدمة بلا فئة", title_en="Uncategorised", category=None)
    html = Client().get("/ar/services/").content.decode()
    html = html[html.index('<section class="service-group"') :]  # after the category navigation
    positions = [
        html.index(text)
        for text in ("الأحوال المدنية", "بطاقة هوية", "وثائق السفر", "جواز سفر", "خدمات أخرى", "خدمة بلا فئة")
    ]
    assert positions == sorted(positions)
    html_en = Client().get("/en/services/").content.decode()
    html_en = html_en[html_en.index('<section class="service-group"') :]
    assert html_en.index("Civil status") < html_en.index("Travel documents") < html_en.index("Other services")


def test_index_category_filter_and_unknown_category(index):
    category = ServiceCategoryFactory(slug="civil")
    make_service(index, title_ar="بطاقة هوية", category=category)
    make_service(index, title_ar="جواز سفر", category=ServiceCategoryFactory(slug="travel"))
    html = Client().get("/ar/services/?category=civil").content.decode()
    assert "بطاقة هوية" in html and "جواز سفر" not in html
    assert Client().get("/ar/services/?category=nothing-here").status_code == 404
    assert Client().get("/ar/services/?category=%3Cscript%3E").status_code == 404


def test_english_index_leaves_out_services_without_english(index):
    make_service(index, title_ar="خدمة عربية فقط", title_en="")
    make_service(index, title_ar="خدمة مترجمة", title_en="Translated service")
    html = Client().get("/en/services/").content.decode()
    assert "Translated service" in html and "خدمة عربية فقط" not in html


def test_government_service_json_ld_in_the_page_language(index):
    evil = "</script><script>alert(1)</script>"
    service = make_service(
        index, title_ar=evil, title_en="Passport", category=ServiceCategoryFactory(name_ar="وثائق السفر")
    )
    (raw,) = LD_RE.findall(Client().get(service.url).content.decode())
    assert "<" not in raw
    data = json.loads(raw)
    assert data["@type"] == "GovernmentService" and data["name"] == evil and data["inLanguage"] == "ar"
    assert data["serviceType"] == "وثائق السفر"
    assert data["provider"] == {"@type": "GovernmentOrganization", "name": "وزارة الداخلية"}
    assert data["availableChannel"][0]["servicePhone"]["telephone"] == "138"
    assert data["availableChannel"][1]["serviceLocation"]["name"] == "مركز خدمات الجمهور"
    assert data["offers"] == {"@type": "Offer", "price": "50", "priceCurrency": "ILS"}
    data_en = json.loads(LD_RE.findall(Client().get(service.url.replace("/ar/", "/en/")).content.decode())[0])
    assert data_en["name"] == "Passport" and data_en["inLanguage"] == "en"
    assert data_en["provider"]["name"] == "Ministry of Interior"


def test_print_stylesheet_makes_a_checklist():
    css = (Path(settings.BASE_DIR) / "static/css/site.css").read_text()
    section = css[css.index("/* === departments, services, events === */") :]
    assert "@media print" in section
    printed = section[section.index("@media print") :]
    for selector in (".no-print", ".site-header", ".site-footer", ".checklist"):
        assert selector in printed
    assert not re.search(
        r"(margin|padding|border)-(left|right)\b|\b(left|right)\s*:|text-align:\s*(left|right)", section
    )


def test_service_category_snippet_admin(index):
    user = get_user_model().objects.create_superuser("admin", "admin@moi.example", "pw")
    ServiceCategoryFactory(name_ar="الأحوال المدنية")
    client = Client()
    client.force_login(user)
    response = client.get("/admin/snippets/services/servicecategory/")
    assert response.status_code == 200
    assert "الأحوال المدنية" in response.content.decode()


def assert_queries(assert_num_queries, url, expected):
    """The page renders in exactly ``expected`` queries, once warm: the first view may save
    things once (renditions), which empties what perf.lookups keeps; the second warms it."""
    client = Client()
    client.get(url)
    client.get(url)
    with assert_num_queries(expected):
        response = client.get(url)
    assert response.status_code == 200


INDEX_QUERIES = 4
SERVICE_QUERIES = 5


def test_index_query_count_is_fixed(index, django_assert_num_queries):
    category = ServiceCategoryFactory()
    make_service(index, category=category)
    assert_queries(django_assert_num_queries, "/ar/services/", INDEX_QUERIES)
    for n in range(15):
        make_service(index, category=ServiceCategoryFactory() if n % 3 else category)
    assert_queries(django_assert_num_queries, "/ar/services/", INDEX_QUERIES)
    assert_queries(django_assert_num_queries, "/en/services/", INDEX_QUERIES)


def test_service_page_query_count_is_fixed(index, django_assert_num_queries):
    service = make_service(index, category=ServiceCategoryFactory())
    service.related_services.set([make_service(index)])
    service.save()
    url = service.url
    assert_queries(django_assert_num_queries, url, SERVICE_QUERIES)
    service.related_services.set([make_service(index) for _ in range(12)])
    service.save()
    service.places_ar = list(service.places_ar.raw_data) * 5
    service.save()
    assert_queries(django_assert_num_queries, url, SERVICE_QUERIES)
