"""Keep cached menus in step with the pages and settings they show."""

from django.db.models.signals import post_delete, post_save

from wagtail.signals import page_published, page_unpublished, post_page_move

from core import search
from core.navigation import bump_version

# What Wagtail saves on an image or document the first time it is read (its size, its hash):
# nothing a visitor sees changes, so cached fragments and pages stay.
BOOKKEEPING_FIELDS = frozenset({"file_size", "file_hash"})


def changes_nothing_visible(sender, created=False, update_fields=None) -> bool:
    """A save no cache need forget (core's content version here, perf's page cache too): an
    image's or document's bookkeeping, or a site setting row created with its defaults the
    first time a page reads it, in the middle of a render."""
    from wagtail.contrib.settings.models import BaseSiteSetting

    if update_fields and set(update_fields) <= BOOKKEEPING_FIELDS:
        return True
    return bool(created) and issubclass(sender, BaseSiteSetting)


def _saved(sender, instance, created=False, update_fields=None, **kwargs):
    if not changes_nothing_visible(sender, created, update_fields):
        bump_version()


def connect() -> None:
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import PageViewRestriction

    from core.models import FooterLinkGroup, MainMenuItem, NavigationSettings, SiteSettings

    # Images and documents too: cached fragments (cards) show their renditions, alt text and titles.
    models = (
        NavigationSettings,
        MainMenuItem,
        FooterLinkGroup,
        SiteSettings,
        get_image_model(),
        get_document_model(),
        PageViewRestriction,  # a page made private leaves listings and kept fragments at once
    )
    for model in models:
        post_save.connect(_saved, sender=model, dispatch_uid=f"nav-save-{model.__name__}")
        post_delete.connect(bump_version, sender=model, dispatch_uid=f"nav-delete-{model.__name__}")
    page_published.connect(bump_version, dispatch_uid="nav-page-published")
    page_unpublished.connect(bump_version, dispatch_uid="nav-page-unpublished")
    post_page_move.connect(bump_version, dispatch_uid="nav-page-moved")
    post_delete.connect(_page_deleted, dispatch_uid="nav-page-deleted")
    page_published.connect(_index_published, dispatch_uid="search-page-published")
    page_unpublished.connect(_unindex, dispatch_uid="search-page-unpublished")
    post_page_move.connect(_reindex_moved, dispatch_uid="search-page-moved")


def _index_published(sender, instance, **kwargs):
    search.index_page(instance)


def _unindex(sender, instance, **kwargs):
    search.remove_page(instance)


def _reindex_moved(sender, instance, **kwargs):
    # Addresses of the page and everything below it have changed.
    for page in instance.get_descendants(inclusive=True).live().specific():
        search.index_page(page)


def _page_deleted(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        bump_version()
