"""Page-type rules: where each newsroom page may be created, and that each renders and previews."""

from django.utils import translation

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data

from core.models import HomePage, StandardPage
from news.factories import NewsIndexPageFactory, NewsPageFactory
from news.models import NewsIndexPage, NewsPage
from tests.conftest import build_site
from tests.news.forms import news_form_data


class NewsPageTypeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        with translation.override("ar"):
            cls.home = build_site()
            cls.index = NewsIndexPageFactory(parent=cls.home)
            cls.item = NewsPageFactory(parent=cls.index)

    def setUp(self):
        translation.activate("ar")

    def test_where_they_can_be_created(self):
        self.assertCanCreateAt(HomePage, NewsIndexPage)
        self.assertCanCreateAt(NewsIndexPage, NewsPage)
        self.assertCanNotCreateAt(HomePage, NewsPage)
        self.assertCanNotCreateAt(StandardPage, NewsPage)
        self.assertCanNotCreateAt(NewsPage, NewsPage)
        self.assertCanNotCreateAt(Page, NewsIndexPage)

    def test_allowed_subpage_types(self):
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedSubpageTypes(NewsPage, set())
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})

    def test_the_index_is_a_singleton(self):
        self.assertEqual(NewsIndexPage.max_count, 1)
        self.assertFalse(NewsIndexPage.can_create_at(self.home))

    def test_renderable_and_previewable(self):
        self.assertPageIsRenderable(self.index)
        self.assertPageIsRenderable(self.item)
        self.assertPageIsPreviewable(self.item, post_data=news_form_data(self.item))
        self.assertPageIsPreviewable(
            self.index,
            post_data=nested_form_data({"title_ar": "الأخبار", "slug_ar": "news", "slug_en": "news"}),
        )
