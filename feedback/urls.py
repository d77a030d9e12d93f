"""Include inside i18n_patterns (before Wagtail's catch-all): /ar/feedback/<id>/, /en/feedback/<id>/."""

from django.urls import path

from feedback import views

urlpatterns = [
    path("feedback/<int:page_id>/", views.submit, name="page_feedback"),
]
