from modeltranslation.translator import TranslationOptions, register

from core.models import BasePage, FooterLinkGroup, HomePage, MainMenuItem, SiteSettings, StandardPage


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


@register(MainMenuItem)
class MainMenuItemTR(TranslationOptions):
    fields = ("label",)


@register(FooterLinkGroup)
class FooterLinkGroupTR(TranslationOptions):
    fields = ("heading",)
