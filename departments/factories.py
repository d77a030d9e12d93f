"""Factories for tests and benchmarks (pages built with Arabic active)."""

import factory
import wagtail_factories

from departments.models import AdministrationPage, DivisionPage


class AdministrationPageFactory(wagtail_factories.PageFactory):
    title = "الإدارة العامة للعلاقات العامة والإعلام"
    title_ar = factory.SelfAttribute("title")
    title_en = "General Administration of Public Relations and Media"
    slug = "administration"
    slug_ar = factory.SelfAttribute("slug")
    slug_en = factory.SelfAttribute("slug")
    about_ar = "نبذة عن الإدارة"
    about_en = "About the Administration"
    main_goal_ar = "نشر رسالة الوزارة والتعريف برؤيتها."
    main_goal_en = "To spread the Ministry's message and make its vision known."
    tasks_ar = factory.LazyFunction(
        lambda: [
            {
                "type": "task_list",
                "value": {"heading": "", "items": ["نشر خطط وسياسات الوزارة."], "numbered": True},
            }
        ]
    )
    tasks_en = factory.LazyFunction(
        lambda: [
            {
                "type": "task_list",
                "value": {"heading": "", "items": ["Publishing the Ministry's plans."], "numbered": True},
            }
        ]
    )

    class Meta:
        model = AdministrationPage


class DivisionPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"دائرة {n}")
    title_ar = factory.SelfAttribute("title")
    title_en = factory.Sequence(lambda n: f"Division {n}")
    slug = factory.Sequence(lambda n: f"division-{n}")
    slug_ar = factory.SelfAttribute("slug")
    slug_en = factory.SelfAttribute("slug")
    mission_ar = "رسالة الدائرة"
    mission_en = "The division's mission"
    head_name_ar = "اسم توضيحي"
    head_name_en = "Example name"
    head_title_ar = "مدير الدائرة"
    head_title_en = "Head of Division"
    phone = "+970 2 296 0101"
    email = "division@moi.example"

    class Meta:
        model = DivisionPage
