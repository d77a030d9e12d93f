"""Demo content: one display screen, for the reception hall of the Public Service Center."""

from screens.models import DisplayScreenPage

SCREEN = {
    "title_ar": "شاشة قاعة الاستقبال — مركز خدمات الجمهور",
    "title_en": "Reception hall screen — Public Service Center",
    "location_ar": "مركز خدمات الجمهور — قاعة الاستقبال",
    "location_en": "Public Service Center — reception hall",
    "news_count": 6,
    "announcement_count": 4,
    "announcement_days": 60,
    "slide_seconds": 12,
    "refresh_seconds": 120,
    "show_in_menus": False,
}


def load(demo):
    demo.step("display screen for a reception hall")
    demo.page(demo.home, DisplayScreenPage, "reception-screen", **SCREEN)
