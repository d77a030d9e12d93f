from core.models.navigation import FooterLinkGroup, MainMenuItem, NavigationSettings
from core.models.pages import BasePage, HomePage, StandardPage, language_field
from core.models.search import SearchDocument
from core.models.site_settings import AlertLevel, DigitStyle, SiteSettings

__all__ = [
    "AlertLevel",
    "BasePage",
    "DigitStyle",
    "FooterLinkGroup",
    "HomePage",
    "MainMenuItem",
    "NavigationSettings",
    "SearchDocument",
    "SiteSettings",
    "StandardPage",
    "language_field",
]
