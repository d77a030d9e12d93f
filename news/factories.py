"""Factories for the newsroom's tests and benchmarks (pages built with Arabic active)."""

import datetime as dt

from django.utils import timezone

import factory
import wagtail_factories

from news.models import NewsCategory, NewsIndexPage, NewsPage, NewsType


class NewsCategoryFactory(factory.django.DjangoModelFactory):
    name_ar = factory.Sequence(lambda n: f"تصنيف {n}")
    name_en = factory.Sequence(lambda n: f"Category {n}")
    name = factory.SelfAttribute("name_ar")
    slug = factory.Sequence(lambda n: f"category-{n}")

    class Meta:
        model = NewsCategory


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "الأخبار"
    title_ar = "الأخبار"
    title_en = "News"
    slug = "news"
    slug_ar = "news"
    slug_en = "news"
    intro_ar = "أخبار وزارة الداخلية"
    intro_en = "News of the Ministry of Interior"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"خبر رقم {n}")
    title_ar = factory.SelfAttribute("title")
    title_en = factory.Sequence(lambda n: f"News item {n}")
    slug = factory.Sequence(lambda n: f"news-item-{n}")
    slug_ar = factory.SelfAttribute("slug")
    slug_en = factory.SelfAttribute("slug")
    summary_ar = factory.Sequence(lambda n: f"ملخص الخبر رقم {n}")
    summary_en = factory.Sequence(lambda n: f"Summary of news item {n}")
    news_type = NewsType.NEWS
    date = factory.Sequence(lambda n: timezone.now() - dt.timedelta(hours=n + 1))

    class Meta:
        model = NewsPage
