"""Factories for tests and benchmarks: pages are built with Arabic active (the default)."""

from wagtail.images import get_image_model

import factory
import wagtail_factories

from core.models import HomePage, StandardPage


class ImageFactory(wagtail_factories.ImageFactory):
    alt_text_ar = factory.Sequence(lambda n: f"صورة توضيحية {n}")
    alt_text_en = factory.Sequence(lambda n: f"Illustration {n}")

    class Meta:
        model = get_image_model()


class HomePageFactory(wagtail_factories.PageFactory):
    title = "الرئيسية"
    title_ar = "الرئيسية"
    title_en = "Home"
    slug = "home"
    slug_ar = "home"
    slug_en = "home"
    intro_ar = "مقدمة الصفحة الرئيسية"
    intro_en = "Home page introduction"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"صفحة {n}")
    title_ar = factory.SelfAttribute("title")
    title_en = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.Sequence(lambda n: f"page-{n}")
    slug_ar = factory.SelfAttribute("slug")
    slug_en = factory.SelfAttribute("slug")
    intro_ar = "مقدمة"
    intro_en = "Introduction"

    class Meta:
        model = StandardPage
