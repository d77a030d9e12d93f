from django.apps import AppConfig


class PerfConfig(AppConfig):
    name = "perf"
    verbose_name = "Performance"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from perf import indexes, lookups, routing, signals

        indexes.install()
        signals.connect()
        routing.install()
        lookups.install()
