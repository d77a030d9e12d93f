"""Who may do what in the newsroom, and the approval workflow on the news index.

The groups and the workflow are created by a data migration (``0002_newsroom_groups``);
the functions here are shared by that migration, the ``post_save`` hook that configures a
news index or media centre when it is created, and ``post_migrate`` (which gives the
Webmasters the permissions of models that appear later).

- PR Editors: create and edit news and media, submit for approval; cannot publish.
- Moderators: approve or reject submissions, publish.
- Webmasters: everything on the site except user and group management.
"""

PR_EDITORS = "PR Editors"
MODERATORS = "Moderators"
WEBMASTERS = "Webmasters"
WORKFLOW_NAME = "News approval"
TASK_NAME = "Moderator approval"

EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page")
MODERATOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
WEBMASTER_PAGE_PERMISSIONS = (
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
)
# Model permissions (app label, codename) for editors; moderators get these too.
EDITOR_MODEL_PERMISSIONS = (
    ("wagtailadmin", "access_admin"),
    ("news", "add_newscategory"),
    ("news", "change_newscategory"),
    ("news", "view_newscategory"),
)
# Wagtail checks image and document permissions against its own models (wagtailimages.Image,
# wagtaildocs.Document) even when a custom model is in use, so those are the ones granted.
MEDIA_COLLECTION_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
)
MEDIA_DELETE_PERMISSIONS = (("wagtailimages", "delete_image"), ("wagtaildocs", "delete_document"))
# Webmasters get every permission except these apps' (user and group management, and the
# two-factor policy and devices: "must use two-factor" is a rule given to a group on purpose).
WEBMASTER_EXCLUDED_APPS = (
    "auth",
    "contenttypes",
    "sessions",
    "wagtailusers",
    "admin",
    "accounts",
    "otp_totp",
)


def _permissions(Permission, pairs):
    result = []
    for app_label, codename in pairs:
        permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
        if permission is not None:
            result.append(permission)
    return result


def page_permissions(Permission, codenames):
    return list(Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames))


def grant_page_permissions(GroupPagePermission, Permission, group, page, codenames):
    for permission in page_permissions(Permission, codenames):
        GroupPagePermission.objects.get_or_create(group=group, page_id=page.pk, permission=permission)


def set_up_groups(apps):
    """Create the three groups, their model and collection permissions, and the workflow."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    editors, _ = Group.objects.get_or_create(name=PR_EDITORS)
    moderators, _ = Group.objects.get_or_create(name=MODERATORS)
    webmasters, _ = Group.objects.get_or_create(name=WEBMASTERS)

    for group in (editors, moderators):
        group.permissions.add(*_permissions(Permission, EDITOR_MODEL_PERMISSIONS))
    sync_webmaster_permissions(Group, Permission)

    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for group in (editors, moderators, webmasters):
            for permission in _permissions(Permission, MEDIA_COLLECTION_PERMISSIONS):
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )
        for permission in _permissions(Permission, MEDIA_DELETE_PERMISSIONS):
            GroupCollectionPermission.objects.get_or_create(
                group=webmasters, collection=root_collection, permission=permission
            )

    root_page = Page.objects.filter(depth=1).first()
    if root_page is not None:
        grant_page_permissions(
            GroupPagePermission, Permission, webmasters, root_page, WEBMASTER_PAGE_PERMISSIONS
        )

    task_type = ContentType.objects.get_for_model(GroupApprovalTask)
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=task_type, active=True)
    task.groups.add(moderators)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})

    # A news index or media centre that already exists gets its permissions and workflow now.
    for model_name, app_label in (("NewsIndexPage", "news"), ("MediaCentrePage", "media_library")):
        try:
            model = apps.get_model(app_label, model_name)
        except LookupError:
            continue
        for page in model.objects.all():
            configure_section(apps, page, with_workflow=model_name == "NewsIndexPage")


def configure_section(apps, page, with_workflow: bool):
    """Editors and moderators work under a news index or media centre; news needs approval."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    editors = Group.objects.filter(name=PR_EDITORS).first()
    moderators = Group.objects.filter(name=MODERATORS).first()
    if editors is None or moderators is None:
        return
    grant_page_permissions(GroupPagePermission, Permission, editors, page, EDITOR_PAGE_PERMISSIONS)
    grant_page_permissions(GroupPagePermission, Permission, moderators, page, MODERATOR_PAGE_PERMISSIONS)
    if with_workflow:
        Workflow = apps.get_model("wagtailcore", "Workflow")
        WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
        workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
        if workflow is not None:
            WorkflowPage.objects.get_or_create(page_id=page.pk, defaults={"workflow": workflow})


def sync_webmaster_permissions(Group, Permission):
    webmasters = Group.objects.filter(name=WEBMASTERS).first()
    if webmasters is None:
        return
    wanted = Permission.objects.exclude(content_type__app_label__in=WEBMASTER_EXCLUDED_APPS)
    wanted = wanted.exclude(content_type__app_label="wagtailcore", codename__endswith="_page")
    webmasters.permissions.add(*wanted)
    admin_access = _permissions(Permission, [("wagtailadmin", "access_admin")])
    webmasters.permissions.add(*admin_access)
