"""Where core's page types may live, and that they render and preview."""

from wagtail.models import Page

from core.factories import StandardPageFactory
from core.models import HomePage, StandardPage
from tests.conftest import build_site
from tests.utils import BilingualPageTestCase


class CorePageTypesTests(BilingualPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        cls.page = StandardPageFactory(parent=cls.home)

    def test_home_page_is_a_singleton_under_the_root(self):
        self.assertEqual(HomePage.max_count, 1)
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(StandardPage, HomePage)
        self.assertFalse(HomePage.can_create_at(Page.get_first_root_node()))  # one exists already

    def test_standard_pages_go_under_home_and_each_other(self):
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreateAt(StandardPage, StandardPage)
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_pages_render_and_preview(self):
        self.assertPageIsRenderable(self.home)
        self.assertPageIsRenderable(self.page)
        self.assertPageIsPreviewable(self.home)
        self.assertPageIsPreviewable(self.page)

    def test_untranslated_page_shows_arabic_with_an_english_notice(self):
        untranslated = StandardPageFactory(parent=self.home, slug="only-arabic", title_en="", intro_en="")
        response = self.client.get("/en/only-arabic/")
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertIn("This page is not yet available in English", html)
        self.assertIn(f"<h1>{untranslated.title_ar}</h1>", html)
        self.assertIn('lang="ar" dir="rtl"', html)
