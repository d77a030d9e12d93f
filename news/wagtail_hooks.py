from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from news.models import NewsCategory


class NewsCategoryViewSet(SnippetViewSet):
    model = NewsCategory
    icon = "tag"
    menu_label = _("News categories")
    add_to_admin_menu = False
    list_display = ["name_ar", "name_en", "slug", "sort_order"]
    search_fields = ["name_ar", "name_en", "slug"]
    ordering = ["sort_order", "pk"]


register_snippet(NewsCategoryViewSet)
