from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DepartmentsConfig(AppConfig):
    name = "departments"
    verbose_name = _("The administration and its divisions")
    default_auto_field = "django.db.models.BigAutoField"
