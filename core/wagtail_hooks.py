from django.templatetags.static import static
from django.utils.html import format_html

from wagtail import hooks


@hooks.register("insert_global_admin_css")
def editor_css():
    """English inputs are left-to-right even inside the Arabic (RTL) admin."""
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


# --- Translation status report (core/translation_report.py) ---------------------------
from core import translation_report  # noqa: E402


@hooks.register("register_admin_urls")
def translation_report_urls():
    return translation_report.admin_urls()


@hooks.register("register_reports_menu_item")
def translation_report_menu_item():
    return translation_report.menu_item()
