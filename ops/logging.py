"""Request ids in every log record, and a one-line JSON format for production logs.

``RequestIdMiddleware`` stores the current request's id in a context variable; the
``RequestIdFilter`` copies it onto each record (``-`` outside a request), so any logger,
including Django's and Wagtail's, can print it. ``JsonFormatter`` writes one JSON object a
line, which log shippers (journald, Loki, CloudWatch, …) parse without a custom pattern.
"""

import contextvars
import json
import logging
from datetime import UTC, datetime

request_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")

# Attributes every LogRecord has; anything else was passed with ``extra=`` and is kept.
_STANDARD_ATTRS = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime", "request_id"}


def current_request_id() -> str:
    return request_id_var.get()


def clear_request_id(**kwargs) -> None:
    """Once the response is sent (request_finished), log lines belong to no request."""
    request_id_var.set("-")


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            record.request_id = request_id_var.get()
        return True


class JsonFormatter(logging.Formatter):
    """``{"time": …, "level": …, "logger": …, "request_id": …, "message": …}`` on one line."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "request_id": getattr(record, "request_id", request_id_var.get()),
            "message": record.getMessage(),
        }
        for key, value in record.__dict__.items():
            if key not in _STANDARD_ATTRS and not key.startswith("_") and key not in entry:
                entry[key] = value if isinstance(value, str | int | float | bool | None) else repr(value)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        # ensure_ascii keeps each entry on one line and safe for any terminal or shipper.
        return json.dumps(entry, ensure_ascii=True, default=repr)
