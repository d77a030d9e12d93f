"""Backups of the database and the media files, and their restore.

A backup is a directory::

    manifest.json        what was saved, when, from which database engine, with checksums
    database.dump        PostgreSQL: ``pg_dump --format=custom`` (restored with pg_restore)
    database.sqlite3     SQLite: a consistent copy made with SQLite's online backup API
    media.tar.gz         the files under MEDIA_ROOT (images, renditions, documents)

Progress goes to ``report`` (the management commands pass their stdout writer).
"""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.db import connections

FORMAT_VERSION = 1
MANIFEST = "manifest.json"


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why, for the operator."""


Report = Callable[[str], None]


def _engine(connection) -> str:
    vendor = connection.vendor
    if vendor not in ("postgresql", "sqlite"):
        raise BackupError(f"Backups support PostgreSQL and SQLite, not {vendor}.")
    return vendor


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _size(path: Path) -> str:
    size = path.stat().st_size
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return ""


def _pg_environment(settings_dict) -> tuple[list[str], dict[str, str]]:
    """Connection arguments for pg_dump/pg_restore; the password goes in the environment."""
    args = []
    if settings_dict.get("HOST"):
        args += ["--host", str(settings_dict["HOST"])]
    if settings_dict.get("PORT"):
        args += ["--port", str(settings_dict["PORT"])]
    if settings_dict.get("USER"):
        args += ["--username", str(settings_dict["USER"])]
    env = {**os.environ}
    if settings_dict.get("PASSWORD"):
        env["PGPASSWORD"] = str(settings_dict["PASSWORD"])
    return args, env


def _run(command: list[str], env: dict[str, str], report: Report) -> None:
    binary = shutil.which(command[0])
    if binary is None:
        raise BackupError(f"{command[0]} is not installed (Debian: apt-get install postgresql-client).")
    process = subprocess.Popen(
        [binary, *command[1:]], env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True
    )
    errors = []
    for line in process.stderr:
        line = line.rstrip()
        # --verbose prints one line per object: show the table lines as progress.
        if "dumping contents of table" in line or "processing data for table" in line:
            report(f"  {line.split(': ', 1)[-1]}")
        elif "error" in line.lower() or "fatal" in line.lower():
            errors.append(line)
    if process.wait() != 0:
        raise BackupError(f"{command[0]} failed:\n" + "\n".join(errors[-10:]))


# --- database -------------------------------------------------------------------------


def dump_database(target: Path, report: Report, alias: str = "default") -> Path:
    connection = connections[alias]
    engine = _engine(connection)
    if engine == "postgresql":
        path = target / "database.dump"
        args, env = _pg_environment(connection.settings_dict)
        name = connection.settings_dict["NAME"]
        report(f"Dumping PostgreSQL database {name} with pg_dump …")
        _run(
            [
                "pg_dump",
                *args,
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                "--verbose",
                "--file",
                str(path),
                name,
            ],
            env,
            report,
        )
    else:
        path = target / "database.sqlite3"
        report("Copying the SQLite database with the online backup API …")
        connection.ensure_connection()
        destination = sqlite3.connect(path)

        def progress(status, remaining, total):
            done = total - remaining
            report(f"  {done}/{total} pages ({100 * done // max(total, 1)}%)")

        try:
            connection.connection.backup(destination, pages=256, progress=progress)
        finally:
            destination.close()
    report(f"Database saved: {path.name} ({_size(path)})")
    return path


def restore_database(source: Path, engine: str, report: Report, alias: str = "default") -> None:
    connection = connections[alias]
    if _engine(connection) != engine:
        raise BackupError(
            f"This backup is of a {engine} database; the site is configured for {connection.vendor}."
        )
    if engine == "postgresql":
        args, env = _pg_environment(connection.settings_dict)
        name = connection.settings_dict["NAME"]
        connection.close()
        report(f"Restoring PostgreSQL database {name} with pg_restore …")
        _run(
            [
                "pg_restore",
                *args,
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                "--exit-on-error",
                "--verbose",
                "--dbname",
                name,
                str(source),
            ],
            env,
            report,
        )
    else:
        report("Restoring the SQLite database with the online backup API …")
        connection.ensure_connection()
        origin = sqlite3.connect(source)

        def progress(status, remaining, total):
            done = total - remaining
            report(f"  {done}/{total} pages ({100 * done // max(total, 1)}%)")

        try:
            origin.backup(connection.connection, pages=256, progress=progress)
        finally:
            origin.close()
    report("Database restored.")


# --- media ----------------------------------------------------------------------------


def _media_root() -> Path:
    backend = settings.STORAGES["default"]["BACKEND"]
    if not backend.endswith("FileSystemStorage"):
        raise BackupError(
            f"Media are stored by {backend}, not on the local disk: back them up with the storage's own "
            "tools (e.g. bucket versioning or `aws s3 sync`), or pass --skip-media."
        )
    return Path(settings.MEDIA_ROOT)


def dump_media(target: Path, report: Report) -> Path:
    root = _media_root()
    path = target / "media.tar.gz"
    files = sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []
    report(f"Archiving {len(files)} media files from {root} …")
    step = max(len(files) // 10, 1)
    with tarfile.open(path, "w:gz") as archive:
        for index, file in enumerate(files, start=1):
            archive.add(file, arcname=str(file.relative_to(root)), recursive=False)
            if index % step == 0 or index == len(files):
                report(f"  {index}/{len(files)} files")
    report(f"Media saved: {path.name} ({_size(path)})")
    return path


def restore_media(source: Path, report: Report) -> int:
    root = _media_root()
    root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(source, "r:gz") as archive:
        members = archive.getmembers()
        report(f"Extracting {len(members)} media files into {root} …")
        # The "data" filter refuses absolute paths, "..", links outside the tree and devices.
        archive.extractall(root, filter="data")
    report("Media restored.")
    return len(members)


# --- whole backups --------------------------------------------------------------------


def create_backup(target: Path, report: Report, include_media: bool = True) -> dict:
    started = time.monotonic()
    target.mkdir(parents=True, exist_ok=False)
    connection = connections["default"]
    files = {}
    database = dump_database(target, report)
    files["database"] = {"name": database.name, "sha256": _sha256(database)}
    if include_media:
        media = dump_media(target, report)
        files["media"] = {"name": media.name, "sha256": _sha256(media)}
    manifest = {
        "format": FORMAT_VERSION,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "engine": connection.vendor,
        "database_name": str(connection.settings_dict["NAME"]),
        "files": files,
    }
    (target / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    report(f"Backup complete in {time.monotonic() - started:.1f} s: {target}")
    return manifest


def read_manifest(source: Path) -> dict:
    path = source / MANIFEST
    if not path.is_file():
        raise BackupError(f"{source} is not a backup: {MANIFEST} is missing.")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise BackupError(f"{path} is not valid JSON: {exc}") from exc
    if manifest.get("format") != FORMAT_VERSION:
        raise BackupError(f"Unknown backup format {manifest.get('format')!r} (expected {FORMAT_VERSION}).")
    for entry in manifest.get("files", {}).values():
        file = source / entry["name"]
        if not file.is_file():
            raise BackupError(f"{file} is missing from the backup.")
        if _sha256(file) != entry["sha256"]:
            raise BackupError(f"{file} is damaged: its checksum does not match the manifest.")
    return manifest


def restore_backup(source: Path, report: Report, include_media: bool = True) -> dict:
    started = time.monotonic()
    manifest = read_manifest(source)
    report(f"Backup of {manifest['created']} ({manifest['engine']}), checksums verified.")
    files = manifest["files"]
    restore_database(source / files["database"]["name"], manifest["engine"], report)
    if include_media and "media" in files:
        restore_media(source / files["media"]["name"], report)
    report(f"Restore complete in {time.monotonic() - started:.1f} s.")
    return manifest
