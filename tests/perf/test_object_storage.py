"""Media on S3-compatible object storage (django-storages), against moto's S3 server on loopback."""

import importlib
import io
import os
import socket
import subprocess
import sys
import time

from django.core.files.images import ImageFile

import pytest
from PIL import Image as PILImage

BUCKET = "ministry-media"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def s3_endpoint():
    pytest.importorskip("moto")
    boto3 = pytest.importorskip("boto3")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    endpoint = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        client = boto3.client(
            "s3",
            endpoint_url=endpoint,
            aws_access_key_id="test",
            aws_secret_access_key="test",
            region_name="us-east-1",
        )
        client.create_bucket(Bucket=BUCKET)
        yield endpoint, client
    finally:
        server.terminate()
        server.wait(timeout=10)


def jpeg(name="photo.jpg"):
    out = io.BytesIO()
    PILImage.new("RGB", (800, 600), (11, 93, 75)).save(out, "JPEG")
    return ImageFile(io.BytesIO(out.getvalue()), name=name)


def test_uploads_and_renditions_go_to_the_bucket(settings, s3_endpoint, db):
    endpoint, client = s3_endpoint
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": BUCKET,
                "endpoint_url": endpoint,
                "access_key": "test",
                "secret_key": "test",
                "region_name": "us-east-1",
                "querystring_auth": False,
                "default_acl": None,
                "file_overwrite": False,
            },
        },
    }
    from core.factories import ImageFactory

    image = ImageFactory(file=jpeg())
    rendition = image.get_rendition("width-400|format-webp")
    keys = {item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", [])}
    assert image.file.name in keys
    assert rendition.file.name in keys
    assert rendition.url.startswith(f"{endpoint}/{BUCKET}/")
    body = client.get_object(Bucket=BUCKET, Key=rendition.file.name)["Body"].read()
    assert body[:4] == b"RIFF" and body[8:12] == b"WEBP"


def test_production_settings_switch_to_s3_when_a_bucket_is_named(monkeypatch):
    monkeypatch.setenv("DJANGO_SECRET_KEY", "x" * 50)
    monkeypatch.setenv("DJANGO_ALLOWED_HOSTS", "www.example")
    monkeypatch.delenv("AWS_STORAGE_BUCKET_NAME", raising=False)
    production = importlib.import_module("ministry_site.settings.production")
    try:
        production = importlib.reload(production)
        assert production.STORAGES["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
        monkeypatch.setenv("AWS_STORAGE_BUCKET_NAME", BUCKET)
        monkeypatch.setenv("AWS_S3_ENDPOINT_URL", "http://127.0.0.1:9000")
        production = importlib.reload(production)
        assert production.STORAGES["default"]["BACKEND"] == "storages.backends.s3.S3Storage"
        assert production.AWS_S3_ENDPOINT_URL == "http://127.0.0.1:9000"
        assert production.STORAGES["staticfiles"]["BACKEND"].startswith("whitenoise.")
    finally:
        os.environ.pop("AWS_STORAGE_BUCKET_NAME", None)
