"""Give the newsroom groups their image and document permissions on wagtailimages.Image and
wagtaildocs.Document, the models Wagtail checks (0002 granted them on the custom models, so
PR Editors could not upload). The permissions 0002 granted on the custom models are removed."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from news import publishing


def forwards(apps, schema_editor):
    for app_config in apps.get_app_configs():  # as in 0002: permissions exist before post_migrate
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupCollectionPermission.objects.filter(
        group__name__in=[publishing.PR_EDITORS, publishing.MODERATORS, publishing.WEBMASTERS],
        permission__content_type__app_label="media_library",
        permission__codename__in=[
            "add_customimage",
            "change_customimage",
            "choose_customimage",
            "delete_customimage",
            "add_customdocument",
            "change_customdocument",
            "choose_customdocument",
            "delete_customdocument",
        ],
    ).delete()
    publishing.set_up_groups(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0002_newsroom_groups"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
