"""backup_site and restore_site: a small site is dumped, damaged, and brought back.

On SQLite always; on PostgreSQL (pg_dump/pg_restore against the real server) when the
suite runs with DATABASE_URL pointing at PostgreSQL.
"""

import io
import json
from pathlib import Path

from django.core.management import CommandError, call_command
from django.db import connection
from django.test import override_settings
from django.utils import translation

from wagtail.models import Page

import pytest

from core.factories import HomePageFactory
from tests.conftest import build_site

DISK_STORAGE = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}


@pytest.fixture
def media_root(tmp_path):
    root = tmp_path / "media"
    (root / "original_images").mkdir(parents=True)
    (root / "original_images" / "photo.jpg").write_bytes(b"\xff\xd8 not really a jpeg")
    (root / "documents").mkdir()
    (root / "documents" / "تقرير.pdf").write_bytes(b"%PDF-1.4 report")
    with override_settings(MEDIA_ROOT=str(root), STORAGES=DISK_STORAGE):
        yield root


def run(command, *args):
    out = io.StringIO()
    call_command(command, *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_site_is_backed_up_and_restored(tmp_path, media_root):
    home = build_site()
    with translation.override("ar"):
        kept = HomePageFactory(parent=home, slug="kept")
    pages_before = Page.objects.count()

    target = tmp_path / "backup"
    output = run("backup_site", "--output", str(target))
    manifest = json.loads((target / "manifest.json").read_text())
    assert manifest["engine"] == connection.vendor
    assert set(manifest["files"]) == {"database", "media"}
    assert "Backup complete" in output
    assert "2/2 files" in output  # progress is reported

    # Damage: a page deleted, one added, a media file lost and another overwritten.
    Page.objects.get(pk=kept.pk).delete()
    with translation.override("ar"):
        intruder = HomePageFactory(parent=home, slug="intruder")
    (media_root / "documents" / "تقرير.pdf").unlink()
    (media_root / "original_images" / "photo.jpg").write_bytes(b"defaced")

    output = run("restore_site", str(target), "--noinput")
    assert "Restore complete" in output

    assert Page.objects.count() == pages_before
    assert Page.objects.filter(pk=kept.pk).exists()
    assert not Page.objects.filter(pk=intruder.pk).exists()
    assert (media_root / "documents" / "تقرير.pdf").read_bytes() == b"%PDF-1.4 report"
    assert (media_root / "original_images" / "photo.jpg").read_bytes().startswith(b"\xff\xd8")


@pytest.mark.django_db
def test_a_damaged_backup_is_refused_before_anything_is_touched(tmp_path, media_root):
    target = tmp_path / "backup"
    run("backup_site", "--output", str(target), "--skip-media")
    database_file = next(p for p in target.iterdir() if p.name.startswith("database."))
    with database_file.open("ab") as handle:
        handle.write(b"tampered")
    with pytest.raises(CommandError, match="checksum"):
        run("restore_site", str(target), "--noinput")


def test_a_directory_that_is_not_a_backup_is_refused(tmp_path):
    with pytest.raises(CommandError, match="manifest.json is missing"):
        run("restore_site", str(tmp_path), "--noinput")


@pytest.mark.django_db
def test_backup_refuses_to_overwrite(tmp_path):
    (tmp_path / "exists").mkdir()
    with pytest.raises(CommandError, match="already exists"):
        run("backup_site", "--output", str(tmp_path / "exists"))


@pytest.mark.django_db
def test_media_in_object_storage_are_not_silently_skipped(tmp_path):
    # The test settings keep media in memory, as object storage would be: not on this disk.
    with pytest.raises(CommandError, match="not on the local disk"):
        run("backup_site", "--output", str(tmp_path / "b"))


def test_a_hostile_media_archive_cannot_write_outside_media_root(tmp_path):
    import tarfile

    from ops import backup

    archive_path = tmp_path / "media.tar.gz"
    payload = tmp_path / "payload"
    payload.write_bytes(b"owned")
    with tarfile.open(archive_path, "w:gz") as archive:
        archive.add(payload, arcname="../../escaped.txt")
    root = tmp_path / "deep" / "media"
    with override_settings(MEDIA_ROOT=str(root), STORAGES=DISK_STORAGE), pytest.raises(tarfile.TarError):
        backup.restore_media(archive_path, lambda line: None)
    assert not (tmp_path / "escaped.txt").exists()
    assert not Path(root.parent.parent / "escaped.txt").exists()
