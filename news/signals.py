"""Configure a newly created news index or media centre; keep the Webmasters' permissions whole."""

from django.apps import apps as global_apps
from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_migrate, post_save

from news import publishing


def section_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        from news.models import NewsIndexPage

        publishing.configure_section(global_apps, instance, with_workflow=sender is NewsIndexPage)


def permissions_after_migrate(sender, **kwargs):
    publishing.sync_webmaster_permissions(Group, Permission)


def connect():
    from media_library.models import MediaCentrePage
    from news.models import NewsIndexPage

    for model in (NewsIndexPage, MediaCentrePage):
        post_save.connect(section_created, sender=model, dispatch_uid=f"news-section-{model.__name__}")
    post_migrate.connect(permissions_after_migrate, dispatch_uid="news-webmaster-permissions")
