"""Demo content for the site itself: the home page, the site settings, a standard page."""

from django.utils import translation

from wagtail.models import Page, Site

from core.models import (
    FooterLinkGroup,
    HomePage,
    MainMenuItem,
    NavigationSettings,
    SiteSettings,
    StandardPage,
)

HOME = {
    "title_ar": "الإدارة العامة للعلاقات العامة والإعلام",
    "title_en": "General Administration of Public Relations and Media",
    "intro_ar": (
        "نافذة وزارة الداخلية التي تطل منها على الجمهور: أخبار الوزارة ونشاطاتها، "
        "وخدمات الجمهور، والتواصل مع المواطنين والمؤسسات المحلية والدولية."
    ),
    "intro_en": (
        "The Ministry of Interior's window on the public: the Ministry's news and activities, "
        "public services, and contact with citizens and with local and international institutions."
    ),
    "listing_summary_ar": "الموقع الرسمي للإدارة العامة للعلاقات العامة والإعلام في وزارة الداخلية.",
    "listing_summary_en": (
        "The official website of the General Administration of Public Relations and Media, Ministry of Interior."
    ),
    "seo_title_ar": "الإدارة العامة للعلاقات العامة والإعلام — وزارة الداخلية",
    "seo_title_en": "General Administration of Public Relations and Media — Ministry of Interior",
    "search_description_ar": "أخبار وزارة الداخلية وخدماتها وفعالياتها ووسائل التواصل معها.",
    "search_description_en": "News, services, events and contacts of the Ministry of Interior.",
}

SETTINGS = {
    "ministry_name_ar": "وزارة الداخلية",
    "ministry_name_en": "Ministry of Interior",
    "administration_name_ar": "الإدارة العامة للعلاقات العامة والإعلام",
    "administration_name_en": "General Administration of Public Relations and Media",
    "hotline": "138",
    "phone": "+970 2 296 0000",
    "email": "media@moi.example",
    "address_ar": "وزارة الداخلية، الإدارة العامة للعلاقات العامة والإعلام",
    "address_en": "Ministry of Interior, General Administration of Public Relations and Media",
    "facebook_url": "https://www.facebook.com/moi.example",
    "x_url": "https://x.com/moi_example",
    "youtube_url": "https://www.youtube.com/@moi.example",
    "alert_enabled": True,
    "alert_level": "info",
    "alert_text_ar": "مركز خدمات الجمهور يستقبل اتصالاتكم على الخط الساخن 138 طوال أيام الأسبوع.",
    "alert_text_en": "The Public Service Center answers the 138 hotline every day of the week.",
}

ACCESSIBILITY = {
    "title_ar": "بيان إمكانية الوصول",
    "title_en": "Accessibility statement",
    "intro_ar": "نعمل على أن يكون هذا الموقع متاحًا للجميع، بمن فيهم الأشخاص ذوو الإعاقة.",
    "intro_en": "We want everyone to be able to use this website, including people with disabilities.",
    "body_ar": [
        {"type": "heading", "value": {"text": "ما الذي نلتزم به", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>نلتزم بالمستوى AA من إرشادات الوصول إلى محتوى الويب (WCAG 2.2) في جميع صفحات الموقع "
                "باللغتين العربية والإنجليزية. يمكن تصفح الموقع بلوحة المفاتيح وحدها، ويعمل من دون جافاسكربت، "
                "ويُقرأ على شاشات الهواتف الصغيرة، ولكل صورة نص بديل يصفها.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "كيف نتحقق من ذلك", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>تُفحص صفحات الموقع آليًا في متصفح حقيقي عند كل تعديل على برمجياته، "
                "ونراجعها يدويًا بقارئ الشاشة ولوحة المفاتيح.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "أبلغونا عن أي عائق", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>إن واجهتكم صعوبة في استخدام أي صفحة، فاتصلوا بمركز خدمات الجمهور على الخط الساخن 138 "
                "أو راسلونا عبر صفحة الشكاوى والاقتراحات، وسنرد خلال خمسة أيام عمل.</p>"
            ),
        },
    ],
    "body_en": [
        {"type": "heading", "value": {"text": "Our commitment", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>We aim to meet level AA of the Web Content Accessibility Guidelines (WCAG 2.2) on every "
                "page, in Arabic and in English. The site can be used with a keyboard alone, works without "
                "JavaScript, reads well on small phone screens, and every image has a text alternative.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "How we check", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Every change to the site's software is checked automatically in a real browser, and we "
                "review pages by hand with a screen reader and a keyboard.</p>"
            ),
        },
        {"type": "heading", "value": {"text": "Tell us about a barrier", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>If you find any page hard to use, call the Public Service Center on the 138 hotline or "
                "write to us through the complaints and suggestions page. We reply within five working days.</p>"
            ),
        },
    ],
    "show_in_menus": False,
}

ABOUT_SITE = {
    "title_ar": "عن هذا الموقع",
    "title_en": "About this website",
    "intro_ar": "يقدّم هذا الموقع أخبار وزارة الداخلية وخدماتها باللغتين العربية والإنجليزية.",
    "intro_en": "This website presents the Ministry of Interior's news and services in Arabic and English.",
    "body_ar": [
        {
            "type": "paragraph",
            "value": (
                "<p>تشرف الإدارة العامة للعلاقات العامة والإعلام على الموقع الإلكتروني للوزارة وتغذيه "
                "بالأخبار الصحفية والمعلومات المحدثة بما يعزز التواصل مع الجمهور.</p>"
            ),
        }
    ],
    "body_en": [
        {
            "type": "paragraph",
            "value": (
                "<p>The General Administration of Public Relations and Media runs the Ministry's website "
                "and keeps it supplied with news and up-to-date information, to strengthen its contact "
                "with the public.</p>"
            ),
        }
    ],
    "show_in_menus": False,
}


def load(demo):
    demo.step("home page")
    with translation.override("ar"):
        root = Page.get_first_root_node()
        # Wagtail's placeholder "Welcome" page (and the site pointing at it) is not ours.
        for page in root.get_children():
            if page.specific_class is Page:
                page.delete()
        home = HomePage.objects.first()
        created = home is None
        if created:
            home = HomePage(slug="home", slug_ar="home", slug_en="home", **HOME)
            root.add_child(instance=home)
        if created or demo.refresh:
            for name, value in HOME.items():
                setattr(home, name, value)
            home.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first() or Site(
            hostname="localhost", port=80, is_default_site=True
        )
        site.root_page = home
        site.site_name = HOME["title_ar"]
        site.save()

    demo.step("site settings (hotline 138, contacts, alert banner)")
    site_settings = SiteSettings.for_site(site)
    if demo.refresh or not site_settings.ministry_name_ar:
        for name, value in SETTINGS.items():
            setattr(site_settings, name, value)
        site_settings.save()

    demo.step("about this website, accessibility statement")
    demo.page(home, StandardPage, "about-this-website", **ABOUT_SITE)
    demo.page(home, StandardPage, "accessibility", **ACCESSIBILITY)


HOME_SECTIONS = [
    # (slug of a section under home, block, Arabic heading, English heading, how many)
    ("news", "latest", "آخر الأخبار", "Latest news", 6),
    ("services", "quick_links", "الخدمات الأكثر طلبًا", "Popular services", 6),
    ("events", "latest", "الفعاليات القادمة", "Upcoming events", 3),
    ("administration", "latest", "دوائر الإدارة العامة", "The divisions", 4),
    ("media-centre", "latest", "المركز الإعلامي", "Media Centre", 3),
]


def home_sections(home) -> dict[str, list]:
    """The home page body in each language, from whichever sections the apps created."""
    bodies = {"ar": [], "en": []}
    for slug, block, heading_ar, heading_en, count in HOME_SECTIONS:
        section = home.get_children().live().filter(slug=slug).first()
        if section is None:
            continue
        for language, heading in (("ar", heading_ar), ("en", heading_en)):
            if block == "latest":
                value = {"heading": heading, "source": section.pk, "count": count}
            else:
                links = [
                    {"page": child.pk, "url": "", "label_ar": "", "label_en": ""}
                    for child in section.get_children().live().order_by("path")[:count]
                ]
                value = {"heading": heading, "links": links}
            bodies[language].append({"type": block, "value": value})
    return bodies


SECTIONS_WITH_SUBMENUS = {"administration", "media-centre"}


def finalize(demo):
    """Home sections and menus, once every app has added its pages."""
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    if demo.refresh or not home.body_ar:
        demo.step("home page sections")
        bodies = home_sections(home)
        with translation.override("ar"):
            home.body_ar = bodies["ar"]
            home.body_en = bodies["en"]
            home.save_revision().publish()

    navigation = NavigationSettings.for_site(site)
    if MainMenuItem.objects.filter(settings=navigation).exists() and not demo.refresh:
        return
    demo.step("menus: main navigation and footer links")
    home = site.root_page
    MainMenuItem.objects.filter(settings=navigation).delete()
    FooterLinkGroup.objects.filter(settings=navigation).delete()
    with translation.override("ar"):
        sections = home.get_children().live().specific().order_by("path")
        for order, section in enumerate(section for section in sections if section.show_in_menus):
            # Sections made of sub-sections get a second level; news items or events do not.
            subsections = section.get_children().live().order_by("path")
            if section.slug not in SECTIONS_WITH_SUBMENUS:
                subsections = subsections.in_menu()
            children = [
                ("link", {"page": child, "url": "", "label_ar": "", "label_en": ""})
                for child in subsections[:8]
            ]
            MainMenuItem.objects.create(
                settings=navigation, link_page=section, sort_order=order, children=children
            )
        useful = [
            ("link", {"page": page, "url": "", "label_ar": "", "label_en": ""})
            for page in sections
            if not page.show_in_menus and not getattr(page, "exclude_from_sitemap", False)
        ]
        FooterLinkGroup.objects.create(
            settings=navigation,
            heading_ar="روابط مفيدة",
            heading_en="Useful links",
            links=useful,
            sort_order=0,
        )
        FooterLinkGroup.objects.create(
            settings=navigation,
            heading_ar="مواقع حكومية",
            heading_en="Government websites",
            sort_order=1,
            links=[
                (
                    "link",
                    {
                        "page": None,
                        "url": "https://www.moi.example/",
                        "label_ar": "وزارة الداخلية",
                        "label_en": "Ministry of Interior",
                    },
                ),
                (
                    "link",
                    {
                        "page": None,
                        "url": "https://www.gov.example/",
                        "label_ar": "البوابة الحكومية",
                        "label_en": "Government portal",
                    },
                ),
            ],
        )
