"""Form submissions are personal data: only Moderators and superusers read or export them.

Membership of the Moderators group decides, not a model permission: the Webmasters group is
given every model permission automatically (news.publishing), and editors and webmasters who
may edit a form page must still not see what visitors sent.
"""

from wagtail import hooks
from wagtail.contrib.forms.utils import get_form_types
from wagtail.models import Page

SUBMISSION_READERS_GROUP = "Moderators"


def can_read_submissions(user) -> bool:
    if not (user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or user.groups.filter(name=SUBMISSION_READERS_GROUP).exists()


@hooks.register("filter_form_submissions_for_user")
def only_submission_readers(user, editable_forms):
    if can_read_submissions(user):
        return Page.objects.filter(content_type__in=get_form_types())
    return editable_forms.none()
