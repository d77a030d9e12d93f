from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from services.models import ServiceCategory


class ServiceCategoryViewSet(SnippetViewSet):
    model = ServiceCategory
    icon = "folder-open-inverse"
    menu_label = _("Service categories")
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name_ar", "name_en"]
    ordering = ["sort_order", "pk"]


register_snippet(ServiceCategoryViewSet)
