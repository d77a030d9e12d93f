"""Arabic text helpers shared by the whole site: digits, file sizes."""

from django.utils.translation import get_language

ARABIC_INDIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
WESTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def to_arabic_indic(text: str) -> str:
    return str(text).translate(ARABIC_INDIC_DIGITS)


def to_western(text: str) -> str:
    return str(text).translate(WESTERN_DIGITS)


def localise_digits(text: str, style: str, language: str | None = None) -> str:
    """Arabic-Indic digits only on Arabic pages and only when the site asks for them."""
    language = language or get_language() or "ar"
    if style == "arabic-indic" and language.startswith("ar"):
        return to_arabic_indic(text)
    return str(text)


def human_file_size(size: int) -> str:
    """A short, language-neutral size: 512 B, 12 KB, 3.4 MB."""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{round(size / 1024)} KB"
    return f"{size / (1024 * 1024):.1f} MB"
