"""Request ids: taken from the proxy or made, sent back, and in every log line."""

import json
import logging

from django.test import override_settings

import pytest

from ops.logging import JsonFormatter, RequestIdFilter, request_id_var


def test_a_request_id_is_made_and_returned(client):
    first = client.get("/healthz")["X-Request-ID"]
    second = client.get("/healthz")["X-Request-ID"]
    assert len(first) == 32 and first != second


def test_the_proxys_request_id_is_kept(client):
    response = client.get("/healthz", HTTP_X_REQUEST_ID="lb-1234.abcd")
    assert response["X-Request-ID"] == "lb-1234.abcd"


@pytest.mark.parametrize(
    "hostile", ["a" * 500, "id\nforged log line", "<script>", "id with spaces", "\u202eevil"]
)
def test_unsafe_request_ids_are_replaced(client, hostile):
    response = client.get("/healthz", HTTP_X_REQUEST_ID=hostile)
    assert response["X-Request-ID"] != hostile
    assert len(response["X-Request-ID"]) == 32


@pytest.mark.django_db
def test_log_records_written_during_a_request_carry_its_id(client, home, caplog):
    # A 404 makes Django log a warning from inside the request.
    caplog.handler.addFilter(RequestIdFilter())
    with caplog.at_level(logging.WARNING, logger="django.request"):
        client.get("/ar/no-such-page-xyz/", HTTP_X_REQUEST_ID="trace-42")
    records = [r for r in caplog.records if r.name == "django.request"]
    assert records, "Django logs a 404 as a warning"
    assert {r.request_id for r in records} == {"trace-42"}
    assert request_id_var.get() == "-"  # reset once the request is done


def test_the_json_formatter_writes_one_parseable_line():
    record = logging.makeLogRecord(
        {"name": "ops.test", "levelname": "WARNING", "msg": "line one\nline two «عربي»", "args": ()}
    )
    token = request_id_var.set("req-7")
    try:
        RequestIdFilter().filter(record)
    finally:
        request_id_var.reset(token)
    record.extra_field = {"nested": 1}
    line = JsonFormatter().format(record)
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["request_id"] == "req-7"
    assert entry["level"] == "WARNING"
    assert entry["message"] == "line one\nline two «عربي»"
    assert entry["extra_field"] == "{'nested': 1}"


def test_the_json_formatter_includes_exceptions():
    try:
        raise ValueError("boom")
    except ValueError:
        import sys

        record = logging.makeLogRecord({"msg": "failed", "exc_info": sys.exc_info(), "levelname": "ERROR"})
    entry = json.loads(JsonFormatter().format(record))
    assert "ValueError: boom" in entry["exception"]


def test_production_logging_is_json(monkeypatch):
    """The production settings switch the console handler to the JSON formatter."""
    import importlib

    monkeypatch.setenv("DJANGO_SECRET_KEY", "x" * 60)
    monkeypatch.setenv("DJANGO_ALLOWED_HOSTS", "example.org")
    monkeypatch.delenv("LOG_FORMAT", raising=False)
    from ministry_site.settings import production

    production = importlib.reload(production)
    console = production.LOGGING["handlers"]["console"]
    assert console["formatter"] == "json"
    assert console["filters"] == ["request_id"]
    with override_settings(LOGGING=production.LOGGING):
        logging.config.dictConfig(production.LOGGING)
        try:
            handler = logging.getLogger().handlers[0]
            assert isinstance(handler.formatter, JsonFormatter)
        finally:
            from django.conf import settings

            logging.config.dictConfig(settings.LOGGING)
