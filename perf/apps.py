from django.apps import AppConfig


class PerfConfig(AppConfig):
    name = "perf"
    verbose_name = "Performance"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from perf import lookups, routing, signals

        signals.connect()
        routing.install()
        lookups.install()
