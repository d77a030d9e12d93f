"""Purge cached pages when what they show changes.

The local page cache is purged by bumping its global version (perf/cache.py) on every
page publish, unpublish, move and delete, and on saves of the things pages show besides
pages: snippets, site settings, images, documents, sites, redirects and search promotions.

A CDN in front (WAGTAILFRONTENDCACHE, see perf/frontend.py) is purged URL by URL: Wagtail's
own handler purges the page in the active language only; ours adds every language, the
page's ancestors (its listings and home), their feeds, and the sitemap.
"""

import contextlib

from django.apps import apps
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from wagtail.signals import page_published, page_unpublished, post_page_move

from core.signals import changes_nothing_visible
from perf.cache import bump_version


def _content_models():
    from wagtail.contrib.settings.registry import registry as settings_registry
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.snippets.models import get_snippet_models

    names = [
        "wagtailcore.Site",
        "wagtailcore.PageViewRestriction",  # a page made private must leave the cache at once
        "wagtailredirects.Redirect",
        "wagtailsearchpromotions.SearchPromotion",
    ]
    models = {get_image_model(), get_document_model(), *get_snippet_models(), *settings_registry}
    for name in names:
        with contextlib.suppress(LookupError):
            models.add(apps.get_model(name))
    # Child rows of snippets and settings (menu items, footer groups) are saved on their own;
    # pages are not: a draft changes nothing visitors see, and publishing has its own signal.
    from modelcluster.fields import ParentalKey
    from wagtail.models import Page

    for model in list(models):
        for relation in model._meta.related_objects:
            related = relation.related_model
            if isinstance(relation.field, ParentalKey) and not issubclass(related, Page):
                models.add(related)
    return models


def _page_changed(sender, instance, **kwargs):
    bump_version()
    from perf.frontend import purge_page_and_listings

    transaction.on_commit(lambda: purge_page_and_listings(instance))


def _saved(sender, instance, created=False, update_fields=None, **kwargs):
    if not changes_nothing_visible(sender, created, update_fields):
        bump_version()


def _deleted(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        bump_version()


def connect() -> None:
    page_published.connect(_page_changed, dispatch_uid="perf-page-published")
    page_unpublished.connect(_page_changed, dispatch_uid="perf-page-unpublished")
    post_page_move.connect(_page_changed, dispatch_uid="perf-page-moved")
    post_delete.connect(_deleted, dispatch_uid="perf-page-deleted")
    for model in _content_models():
        label = model._meta.label
        post_save.connect(_saved, sender=model, dispatch_uid=f"perf-save-{label}")
        post_delete.connect(bump_version, sender=model, dispatch_uid=f"perf-delete-{label}")
