from modeltranslation.translator import TranslationOptions, register

from news.models import NewsCategory, NewsIndexPage, NewsPage


@register(NewsCategory)
class NewsCategoryTR(TranslationOptions):
    fields = ("name",)
    required_languages = ("ar", "en")


@register(NewsIndexPage)
class NewsIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(NewsPage)
class NewsPageTR(TranslationOptions):
    fields = ("summary", "body")
