from modeltranslation.translator import TranslationOptions, register

from core.models import BasePage, HomePage, SiteSettings, StandardPage


@register(BasePage)
class BasePageTR(TranslationOptions):
    fields = ("listing_summary",)


@register(HomePage)
class HomePageTR(TranslationOptions):
    fields = ("intro", "body")


@register(StandardPage)
class StandardPageTR(TranslationOptions):
    fields = ("intro", "body")


@register(SiteSettings)
class SiteSettingsTR(TranslationOptions):
    fields = ("ministry_name", "administration_name", "address", "alert_text")
