"""Demo content: the General Administration (from the client's own text) and its four divisions.

The Arabic is the seed text with its typing errors corrected; the English is our translation.
The heads of division are invented and marked as examples.
"""

from departments.models import AdministrationPage, DivisionPage

TASKS_AR = [
    "نشر خطط وسياسات الوزارة.",
    "إطلاع صناع القرار على توجهات الرأي العام بشكل مستمر.",
    "إطلاع الجمهور على مختلف نشاطات وإنجازات الوزارة من خلال المواد الإعلامية اللازمة.",
    "تطوير العلاقات مع المؤسسات الحكومية الشريكة والمجتمع الأهلي والمدني والمؤسسات الدولية.",
    "العمل على خلق اتجاهات إيجابية لدى الجمهور وكسب ثقته ودعمه وتفاعله.",
    "بناء العلاقات مع وسائل الإعلام المختلفة والتنسيق معها وتسهيل تغطيتها لنشاطات الوزارة.",
    "متابعة وسائل الإعلام المختلفة ورصد وتحليل توجهاتها فيما يتعلق بالوزارة.",
    "استقبال الوفود الزائرة والمشاركة في إعداد وترتيب برامج الزيارات حسب الأصول.",
    "المشاركة في إعداد وتنظيم الندوات والمؤتمرات والتنسيق مع الجهات المختلفة.",
    "إعداد وتنفيذ برامج ونشاطات مجتمعية تسهم في تطوير العلاقات مع الجمهور.",
    "تعزيز العلاقات بين موظفي الوزارة وتهيئة الأجواء الإيجابية في العمل، وتعميق شعور الانتماء والمسؤولية "
    "الفردية لدى الموظفين في سبيل تحقيق أهداف الوزارة.",
    "الإشراف على الموقع الإلكتروني للوزارة وتغذيته بالأخبار الصحفية والمعلومات المحدثة مما يعزز التواصل مع الجمهور.",
    "ضمان التواصل الفعّال عبر أدوات التواصل المتاحة لتسهيل حصول المواطنين على المعلومات والخدمات من خلال "
    "مواقع التواصل الاجتماعي، ونظام الاتصال الموحد، والمنصة التفاعلية، وشاشات العرض في قاعات الاستقبال في المديريات.",
    "دعم ومساندة إدارات ووحدات الوزارة في تنظيم الأنشطة والفعاليات وورشات العمل.",
]

TASKS_EN = [
    "Publishing the Ministry's plans and policies.",
    "Keeping decision-makers continuously informed of trends in public opinion.",
    "Informing the public of the Ministry's various activities and achievements through the necessary media materials.",
    "Developing relations with partner government institutions, civil and community organisations and "
    "international institutions.",
    "Working to create positive attitudes among the public and to win its trust, support and engagement.",
    "Building relations with the various media, coordinating with them and facilitating their coverage of the "
    "Ministry's activities.",
    "Following the various media, and monitoring and analysing their positions regarding the Ministry.",
    "Receiving visiting delegations and taking part in preparing and arranging visit programmes according to "
    "protocol.",
    "Taking part in preparing and organising seminars and conferences, and coordinating with the bodies concerned.",
    "Preparing and carrying out community programmes and activities that help develop relations with the public.",
    "Strengthening relations among the Ministry's employees, creating a positive working atmosphere, and deepening "
    "employees' sense of belonging and individual responsibility in pursuit of the Ministry's goals.",
    "Supervising the Ministry's website and supplying it with press news and up-to-date information, to strengthen "
    "communication with the public.",
    "Ensuring effective communication through the available channels, so that citizens can obtain information and "
    "services easily: social media, the unified communication system, the interactive platform and the display "
    "screens in the reception halls of the directorates.",
    "Supporting the Ministry's departments and units in organising activities, events and workshops.",
]

ABOUT_AR = (
    "تعتبر الإدارة العامة للعلاقات العامة والإعلام من الإدارات المساندة في وزارة الداخلية، وهي نافذتها التي تطل "
    "منها على الجمهور، وتتمثل مهمتها الرئيسية في تعريف المجتمع الفلسطيني بالوزارة والدور الذي تقوم به مدنيًا "
    "وأمنيًا، وبناء وتطوير علاقة الوزارة بالمجتمع الخارجي والمؤسسات المحلية والدولية.\n\n"
    "تتكون الإدارة العامة للعلاقات العامة والإعلام من أربع دوائر هي: دائرة العلاقات العامة، ودائرة الإعلام، "
    "ودائرة الاتصال والتواصل، ودائرة البروتوكول."
)
ABOUT_EN = (
    "The General Administration of Public Relations and Media is one of the support administrations of the "
    "Ministry of Interior, and the window through which the Ministry looks out on the public. Its main mission is "
    "to acquaint Palestinian society with the Ministry and the civil and security role it plays, and to build and "
    "develop the Ministry's relationship with the wider community and with local and international institutions."
    "\n\nThe General Administration of Public Relations and Media consists of four divisions: the Public Relations "
    "Division, the Media Division, the Communication and Outreach Division and the Protocol Division."
)
GOAL_AR = "نشر رسالة الوزارة والتعريف برؤيتها، وتحقيق المعرفة والوعي والشراكة المجتمعية وكسب ثقة المواطنين."
GOAL_EN = (
    "To spread the Ministry's message and make its vision known, to build knowledge, awareness and community "
    "partnership, and to win the trust of citizens."
)


def task_list(items, heading=""):
    return [{"type": "task_list", "value": {"heading": heading, "items": items, "numbered": True}}]


ADMINISTRATION = {
    "title_ar": "الإدارة العامة للعلاقات العامة والإعلام",
    "title_en": "General Administration of Public Relations and Media",
    "intro_ar": "نافذة وزارة الداخلية التي تطل منها على الجمهور.",
    "intro_en": "The window through which the Ministry of Interior looks out on the public.",
    "listing_summary_ar": "نبذة عن الإدارة وهدفها الرئيسي ومهامها الرئيسية ودوائرها الأربع.",
    "listing_summary_en": "About the Administration, its main goal, its main tasks and its four divisions.",
    "about_ar": ABOUT_AR,
    "about_en": ABOUT_EN,
    "main_goal_ar": GOAL_AR,
    "main_goal_en": GOAL_EN,
    "tasks_ar": task_list(TASKS_AR),
    "tasks_en": task_list(TASKS_EN),
    "show_in_menus": True,
}

# Which of the administration's tasks (1-based, as in the seed) each division carries out.
DIVISIONS = [
    {
        "slug": "public-relations",
        "tasks": [4, 5, 10, 11],
        "photo": ("head-public-relations", "A"),
        "fields": {
            "title_ar": "دائرة العلاقات العامة",
            "title_en": "Public Relations Division",
            "mission_ar": (
                "بناء علاقات متينة بين الوزارة وشركائها من المؤسسات الحكومية والأهلية والدولية، وتعزيز ثقة "
                "الجمهور بالوزارة، وتهيئة بيئة عمل إيجابية لموظفيها."
            ),
            "mission_en": (
                "To build strong relations between the Ministry and its government, community and international "
                "partners, to strengthen public trust in the Ministry, and to foster a positive working "
                "environment for its employees."
            ),
            "head_name_ar": "سامر عبد الله (اسم توضيحي)",
            "head_name_en": "Samer Abdullah (example name)",
            "head_title_ar": "مدير دائرة العلاقات العامة",
            "head_title_en": "Head of the Public Relations Division",
            "phone": "+970 2 296 0101",
            "extension": "101",
            "email": "pr@moi.example",
        },
    },
    {
        "slug": "media",
        "tasks": [1, 3, 6, 7, 12],
        "photo": ("head-media", "B"),
        "fields": {
            "title_ar": "دائرة الإعلام",
            "title_en": "Media Division",
            "mission_ar": (
                "إيصال أخبار الوزارة وخططها وإنجازاتها إلى الجمهور بدقة وسرعة، وبناء شراكة مهنية مع وسائل "
                "الإعلام، والإشراف على الموقع الإلكتروني للوزارة."
            ),
            "mission_en": (
                "To bring the Ministry's news, plans and achievements to the public accurately and promptly, to "
                "build a professional partnership with the media, and to run the Ministry's website."
            ),
            "head_name_ar": "ريم حسن (اسم توضيحي)",
            "head_name_en": "Reem Hasan (example name)",
            "head_title_ar": "مديرة دائرة الإعلام",
            "head_title_en": "Head of the Media Division",
            "phone": "+970 2 296 0102",
            "extension": "102",
            "email": "media@moi.example",
        },
    },
    {
        "slug": "communication-outreach",
        "tasks": [2, 13],
        "photo": ("head-communication", "C"),
        "fields": {
            "title_ar": "دائرة الاتصال والتواصل",
            "title_en": "Communication and Outreach Division",
            "mission_ar": (
                "تيسير وصول المواطنين إلى المعلومات والخدمات عبر قنوات التواصل كافة، ونقل توجهات الرأي العام "
                "إلى صناع القرار في الوزارة."
            ),
            "mission_en": (
                "To make information and services easy for citizens to reach through every channel, and to "
                "convey trends in public opinion to the Ministry's decision-makers."
            ),
            "head_name_ar": "محمود يوسف (اسم توضيحي)",
            "head_name_en": "Mahmoud Yousef (example name)",
            "head_title_ar": "مدير دائرة الاتصال والتواصل",
            "head_title_en": "Head of the Communication and Outreach Division",
            "phone": "+970 2 296 0103",
            "extension": "103",
            "email": "outreach@moi.example",
        },
    },
    {
        "slug": "protocol",
        "tasks": [8, 9, 14],
        "photo": ("head-protocol", "D"),
        "fields": {
            "title_ar": "دائرة البروتوكول",
            "title_en": "Protocol Division",
            "mission_ar": (
                "استقبال الوفود الزائرة وتنظيم الزيارات والندوات والمؤتمرات والفعاليات الرسمية للوزارة وفق "
                "الأصول المتبعة."
            ),
            "mission_en": (
                "To receive visiting delegations and organise the Ministry's official visits, seminars, "
                "conferences and events according to established protocol."
            ),
            "head_name_ar": "لينا منصور (اسم توضيحي)",
            "head_name_en": "Lina Mansour (example name)",
            "head_title_ar": "مديرة دائرة البروتوكول",
            "head_title_en": "Head of the Protocol Division",
            "phone": "+970 2 296 0104",
            "extension": "104",
            "email": "protocol@moi.example",
        },
    },
]

COMMON_DIVISION_FIELDS = {
    "address_ar": "مقر وزارة الداخلية، الإدارة العامة للعلاقات العامة والإعلام",
    "address_en": "Ministry of Interior headquarters, General Administration of Public Relations and Media",
    "office_hours_ar": "من الأحد إلى الخميس، 8:00 – 15:00",
    "office_hours_en": "Sunday to Thursday, 8:00–15:00",
}


def load(demo):
    demo.step("the General Administration page (from the seed text)")
    administration = demo.page(demo.home, AdministrationPage, "administration", **ADMINISTRATION)

    demo.step("the four division pages")
    for division in DIVISIONS:
        fields = dict(division["fields"])
        key, letter = division["photo"]
        fields["head_photo"] = demo.image(
            key,
            title_ar=f"صورة {fields['head_title_ar']}",
            title_en=f"Photo: {fields['head_title_en']}",
            alt_ar=f"صورة توضيحية لـ{fields['head_title_ar']}",
            alt_en=f"Example portrait of the {fields['head_title_en']}",
            label=f"{letter} - example portrait",
        )
        fields["tasks_ar"] = task_list([TASKS_AR[n - 1] for n in division["tasks"]])
        fields["tasks_en"] = task_list([TASKS_EN[n - 1] for n in division["tasks"]])
        fields["listing_summary_ar"] = fields["mission_ar"]
        fields["listing_summary_en"] = fields["mission_en"]
        demo.page(administration, DivisionPage, division["slug"], **COMMON_DIVISION_FIELDS, **fields)
