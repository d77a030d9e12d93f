"""The demo newsroom's text: the administration's real work, as the seed describes it.

Each entry: slug, type, category, division (the Arabic name, matched if the division page
exists), days before today, Arabic and English title, summary and paragraphs.
"""

CATEGORIES = [
    ("ministry-affairs", "شؤون الوزارة", "Ministry affairs"),
    ("public-services", "خدمات الجمهور", "Public services"),
    ("community", "الشراكة المجتمعية", "Community partnership"),
    ("delegations", "الوفود والعلاقات الدولية", "Delegations and international relations"),
    ("media-awareness", "الإعلام والتوعية", "Media and awareness"),
]

PR = "دائرة العلاقات العامة"
MEDIA = "دائرة الإعلام"
OUTREACH = "دائرة الاتصال والتواصل"
PROTOCOL = "دائرة البروتوكول"

NEWS = [
    {
        "slug": "ministry-plans-published",
        "type": "press_release",
        "category": "ministry-affairs",
        "division": MEDIA,
        "days": 1,
        "ar": (
            "الوزارة تنشر خططها وسياساتها للعام الجديد",
            "نشرت الإدارة العامة للعلاقات العامة والإعلام ملخصًا لخطط وزارة الداخلية وسياساتها للعام الجديد، ليطّلع عليها المواطنون والمؤسسات الشريكة.",
            [
                "أعلنت الإدارة العامة للعلاقات العامة والإعلام عن نشر ملخص خطط وزارة الداخلية وسياساتها للعام الجديد على الموقع الإلكتروني للوزارة وعلى صفحاتها في مواقع التواصل الاجتماعي.",
                "ويأتي ذلك في إطار مهمة الإدارة في نشر خطط الوزارة وسياساتها والتعريف برؤيتها، بما يحقق المعرفة والوعي والشراكة المجتمعية ويعزز ثقة المواطنين.",
                "ويتضمن الملخص أولويات الوزارة في تطوير الخدمات المقدمة للجمهور وتسهيل الحصول عليها، وتعزيز التواصل مع المواطنين عبر القنوات المختلفة.",
            ],
        ),
        "en": (
            "The Ministry publishes its plans and policies for the new year",
            "The General Administration of Public Relations and Media has published a summary of the Ministry of Interior's plans and policies for the new year, for citizens and partner institutions.",
            [
                "The General Administration of Public Relations and Media has published a summary of the Ministry of Interior's plans and policies for the new year on the Ministry's website and social media pages.",
                "Publishing the Ministry's plans and policies and making its vision known is one of the Administration's tasks, in pursuit of public knowledge, awareness and community partnership, and of citizens' trust.",
                "The summary sets out the Ministry's priorities in improving the services it provides to the public and making them easier to obtain, and in strengthening its contact with citizens through every channel.",
            ],
        ),
        "quote": (
            "نشر رسالة الوزارة والتعريف برؤيتها، وتحقيق المعرفة والوعي والشراكة المجتمعية وكسب ثقة المواطنين.",
            "Spreading the Ministry's message and making its vision known, achieving knowledge, awareness and community partnership, and earning citizens' trust.",
        ),
        "attachment": True,
    },
    {
        "slug": "delegation-visit-protocol",
        "type": "news",
        "category": "delegations",
        "division": PROTOCOL,
        "days": 3,
        "ar": (
            "الوزارة تستقبل وفدًا من المؤسسات الدولية الشريكة",
            "استقبلت وزارة الداخلية وفدًا من المؤسسات الدولية الشريكة، ونظمت دائرة البروتوكول برنامج الزيارة وفق الأصول.",
            [
                "استقبلت وزارة الداخلية وفدًا زائرًا من المؤسسات الدولية الشريكة، حيث اطّلع الوفد على الخدمات التي تقدمها الوزارة للمواطنين وعلى خطط تطويرها.",
                "وأعدّت دائرة البروتوكول برنامج الزيارة ورتّبته حسب الأصول، بالتنسيق مع الإدارات المعنية في الوزارة.",
                "وتأتي الزيارة في إطار تطوير العلاقات مع المؤسسات الحكومية الشريكة والمجتمع الأهلي والمدني والمؤسسات الدولية.",
            ],
        ),
        "en": (
            "The Ministry receives a delegation from partner international institutions",
            "The Ministry of Interior received a delegation from partner international institutions; the Protocol Division organised the visit programme.",
            [
                "The Ministry of Interior received a visiting delegation from partner international institutions, who learned about the services the Ministry provides to citizens and its plans to improve them.",
                "The Protocol Division prepared and arranged the visit programme in accordance with protocol, in coordination with the Ministry's departments concerned.",
                "The visit is part of developing relations with partner government institutions, civil society and international institutions.",
            ],
        ),
        "gallery": True,
    },
    {
        "slug": "hotline-138-every-day",
        "type": "announcement",
        "category": "public-services",
        "division": OUTREACH,
        "days": 4,
        "ar": (
            "مركز خدمات الجمهور يستقبل اتصالاتكم على الخط الساخن 138",
            "يذكّر مركز خدمات الجمهور المواطنين بأن الخط الساخن 138 متاح للاستفسار عن خدمات الوزارة وتقديم الشكاوى والاقتراحات.",
            [
                "تعلن الإدارة العامة للعلاقات العامة والإعلام أن مركز خدمات الجمهور يستقبل اتصالات المواطنين على الخط الساخن 138 للاستفسار عن خدمات الوزارة ومتطلباتها.",
                "ويمكن للمواطنين كذلك تقديم الشكاوى والاقتراحات عبر الموقع الإلكتروني للوزارة، وسيحصل كل منهم على رقم مرجعي لمتابعة طلبه.",
            ],
        ),
        "en": (
            "The Public Service Center answers your calls on Hotline 138",
            "The Public Service Center reminds citizens that Hotline 138 is available for questions about the Ministry's services and for complaints and suggestions.",
            [
                "The General Administration of Public Relations and Media announces that the Public Service Center answers citizens' calls on Hotline 138 about the Ministry's services and what they require.",
                "Citizens can also send complaints and suggestions through the Ministry's website; each will receive a reference number to follow their request.",
            ],
        ),
    },
    {
        "slug": "media-coordination-workshop",
        "type": "news",
        "category": "media-awareness",
        "division": MEDIA,
        "days": 6,
        "ar": (
            "ورشة عمل لتعزيز التنسيق مع وسائل الإعلام",
            "نظمت دائرة الإعلام ورشة عمل مع ممثلين عن وسائل الإعلام المحلية لتسهيل تغطيتها لنشاطات الوزارة.",
            [
                "نظمت دائرة الإعلام في الإدارة العامة للعلاقات العامة والإعلام ورشة عمل بمشاركة ممثلين عن وسائل الإعلام المحلية المختلفة.",
                "وناقش المشاركون سبل بناء العلاقات مع وسائل الإعلام والتنسيق معها وتسهيل تغطيتها لنشاطات الوزارة، وآليات الحصول على المعلومات والبيانات الصحفية.",
                "واتفق المشاركون على عقد لقاءات دورية لمتابعة ما تم الاتفاق عليه.",
            ],
        ),
        "en": (
            "A workshop to strengthen coordination with the media",
            "The Media Division held a workshop with representatives of local media to make it easier for them to cover the Ministry's activities.",
            [
                "The Media Division of the General Administration of Public Relations and Media held a workshop with representatives of a range of local media outlets.",
                "Participants discussed building relations and coordination with the media, making it easier for them to cover the Ministry's activities, and how to obtain information and press releases.",
                "Participants agreed to hold regular meetings to follow up on what was agreed.",
            ],
        ),
    },
    {
        "slug": "media-monitoring-report",
        "type": "press_release",
        "category": "media-awareness",
        "division": MEDIA,
        "days": 9,
        "ar": (
            "الإدارة تصدر تقريرها الشهري لرصد التغطية الإعلامية",
            "أصدرت الإدارة العامة للعلاقات العامة والإعلام تقريرها الشهري الذي يرصد ما تنشره وسائل الإعلام عن الوزارة ويحلل توجهاته.",
            [
                "أصدرت الإدارة العامة للعلاقات العامة والإعلام تقريرها الشهري لرصد التغطية الإعلامية، الذي يتابع ما تنشره وسائل الإعلام المختلفة عن الوزارة ويحلل توجهاته.",
                "ويُرفع التقرير إلى صناع القرار في الوزارة لإطلاعهم على توجهات الرأي العام بشكل مستمر.",
            ],
        ),
        "en": (
            "The Administration issues its monthly media monitoring report",
            "The General Administration of Public Relations and Media has issued its monthly report monitoring and analysing media coverage of the Ministry.",
            [
                "The General Administration of Public Relations and Media has issued its monthly media monitoring report, which follows what the media publish about the Ministry and analyses its trends.",
                "The report goes to the Ministry's decision-makers to keep them informed of public opinion.",
            ],
        ),
        "table": True,
    },
    {
        "slug": "community-awareness-programme",
        "type": "news",
        "category": "community",
        "division": PR,
        "days": 12,
        "ar": (
            "إطلاق برنامج مجتمعي للتعريف بخدمات الوزارة",
            "أطلقت دائرة العلاقات العامة برنامجًا مجتمعيًا يعرّف المواطنين بخدمات الوزارة ويعزز التواصل معهم.",
            [
                "أطلقت دائرة العلاقات العامة برنامجًا مجتمعيًا يتضمن لقاءات مع المواطنين في المحافظات للتعريف بخدمات الوزارة وطرق الحصول عليها.",
                "ويهدف البرنامج إلى تطوير العلاقة مع الجمهور وخلق اتجاهات إيجابية لديه وكسب ثقته ودعمه وتفاعله.",
            ],
        ),
        "en": (
            "A community programme to introduce the Ministry's services",
            "The Public Relations Division has launched a community programme to introduce citizens to the Ministry's services and strengthen contact with them.",
            [
                "The Public Relations Division has launched a community programme of meetings with citizens in the governorates to introduce the Ministry's services and how to obtain them.",
                "The programme aims to develop the relationship with the public and to earn its trust, support and engagement.",
            ],
        ),
    },
    {
        "slug": "display-screens-directorates",
        "type": "announcement",
        "category": "public-services",
        "division": OUTREACH,
        "days": 15,
        "ar": (
            "شاشات عرض في قاعات الاستقبال في المديريات",
            "تعرض شاشات قاعات الاستقبال في المديريات أحدث أخبار الوزارة وإعلاناتها ورقم الخط الساخن 138.",
            [
                "تعلن الإدارة العامة للعلاقات العامة والإعلام عن تشغيل شاشات العرض في قاعات الاستقبال في المديريات، لتعرض أحدث أخبار الوزارة وإعلاناتها.",
                "وتأتي هذه الخطوة ضمن ضمان التواصل الفعّال عبر أدوات التواصل المتاحة لتسهيل حصول المواطنين على المعلومات والخدمات.",
            ],
        ),
        "en": (
            "Display screens in the Directorates' reception halls",
            "Screens in the Directorates' reception halls show the Ministry's latest news and announcements, and Hotline 138.",
            [
                "The General Administration of Public Relations and Media announces that display screens are now running in the Directorates' reception halls, showing the Ministry's latest news and announcements.",
                "This is part of ensuring effective communication through every available channel, so that citizens can obtain information and services easily.",
            ],
        ),
    },
    {
        "slug": "partner-institutions-meeting",
        "type": "news",
        "category": "ministry-affairs",
        "division": PR,
        "days": 18,
        "ar": (
            "لقاء تنسيقي مع المؤسسات الحكومية الشريكة",
            "عقدت دائرة العلاقات العامة لقاءً تنسيقيًا مع ممثلي المؤسسات الحكومية الشريكة لتطوير العمل المشترك.",
            [
                "عقدت دائرة العلاقات العامة لقاءً تنسيقيًا مع ممثلي عدد من المؤسسات الحكومية الشريكة، لبحث سبل تطوير العمل المشترك في خدمة المواطنين.",
                "واتفق المجتمعون على تبادل المعلومات وتنسيق الحملات التوعوية المشتركة.",
            ],
        ),
        "en": (
            "A coordination meeting with partner government institutions",
            "The Public Relations Division held a coordination meeting with representatives of partner government institutions to develop joint work.",
            [
                "The Public Relations Division held a coordination meeting with representatives of several partner government institutions on developing joint work in the service of citizens.",
                "Participants agreed to share information and coordinate joint awareness campaigns.",
            ],
        ),
    },
    {
        "slug": "seminar-public-communication",
        "type": "news",
        "category": "media-awareness",
        "division": OUTREACH,
        "days": 22,
        "ar": (
            "ندوة حول التواصل الحكومي مع الجمهور",
            "شاركت الإدارة في إعداد وتنظيم ندوة حول التواصل الحكومي مع الجمهور بالتنسيق مع الجهات المختلفة.",
            [
                "شاركت الإدارة العامة للعلاقات العامة والإعلام في إعداد وتنظيم ندوة حول التواصل الحكومي مع الجمهور، بالتنسيق مع الجهات المختلفة.",
                "وتناولت الندوة دور مواقع التواصل الاجتماعي ونظام الاتصال الموحد والمنصة التفاعلية في تسهيل حصول المواطنين على المعلومات.",
            ],
        ),
        "en": (
            "A seminar on government communication with the public",
            "The Administration helped prepare and organise a seminar on government communication with the public, in coordination with other bodies.",
            [
                "The General Administration of Public Relations and Media helped prepare and organise a seminar on government communication with the public, in coordination with other bodies.",
                "The seminar discussed the role of social media, the unified contact system and the interactive platform in helping citizens obtain information.",
            ],
        ),
    },
    {
        "slug": "staff-engagement-day",
        "type": "news",
        "category": "ministry-affairs",
        "division": PR,
        "days": 26,
        "ar": (
            "يوم مفتوح لموظفي الوزارة لتعزيز روح الفريق",
            "نظمت دائرة العلاقات العامة يومًا مفتوحًا لموظفي الوزارة لتعزيز العلاقات بينهم وتعميق شعور الانتماء.",
            [
                "نظمت دائرة العلاقات العامة يومًا مفتوحًا لموظفي الوزارة، تضمن أنشطة جماعية ولقاءات بين موظفي الإدارات المختلفة.",
                "ويأتي ذلك ضمن مهمة الإدارة في تعزيز العلاقات بين موظفي الوزارة وتهيئة الأجواء الإيجابية في العمل، وتعميق شعور الانتماء والمسؤولية الفردية في سبيل تحقيق أهداف الوزارة.",
            ],
        ),
        "en": (
            "An open day for the Ministry's staff",
            "The Public Relations Division organised an open day for the Ministry's staff to strengthen relations between colleagues and their sense of belonging.",
            [
                "The Public Relations Division organised an open day for the Ministry's staff, with group activities and meetings between staff of different departments.",
                "Strengthening relations between the Ministry's staff, fostering a positive working atmosphere, and deepening their sense of belonging and individual responsibility are among the Administration's tasks.",
            ],
        ),
    },
    {
        "slug": "journalists-accreditation",
        "type": "announcement",
        "category": "media-awareness",
        "division": MEDIA,
        "days": 30,
        "ar": (
            "دعوة الصحفيين لتحديث بيانات التواصل مع دائرة الإعلام",
            "تدعو دائرة الإعلام الصحفيين ومراسلي وسائل الإعلام إلى تحديث بيانات التواصل لتصلهم البيانات الصحفية للوزارة أولًا بأول.",
            [
                "تدعو دائرة الإعلام في الإدارة العامة للعلاقات العامة والإعلام الصحفيين ومراسلي وسائل الإعلام إلى تحديث بيانات التواصل الخاصة بهم.",
                "وتهدف الدعوة إلى تسهيل تغطية نشاطات الوزارة وإيصال البيانات الصحفية إلى وسائل الإعلام فور صدورها.",
            ],
        ),
        "en": (
            "Journalists are invited to update their contact details with the Media Division",
            "The Media Division invites journalists and correspondents to update their contact details so that they receive the Ministry's press releases as soon as they are issued.",
            [
                "The Media Division of the General Administration of Public Relations and Media invites journalists and media correspondents to update their contact details.",
                "The aim is to make it easier to cover the Ministry's activities and to send press releases to the media as soon as they are issued.",
            ],
        ),
    },
    {
        "slug": "directorates-workshops-support",
        "type": "news",
        "category": "ministry-affairs",
        "division": PROTOCOL,
        "days": 34,
        "ar": (
            "الإدارة تساند المديريات في تنظيم ورشات العمل",
            "قدّمت الإدارة الدعم والمساندة لإدارات الوزارة ووحداتها في تنظيم عدد من الأنشطة والفعاليات وورشات العمل.",
            [
                "قدّمت الإدارة العامة للعلاقات العامة والإعلام الدعم والمساندة لإدارات الوزارة ووحداتها في تنظيم عدد من الأنشطة والفعاليات وورشات العمل خلال الشهر الماضي.",
                "وشمل الدعم التنسيق اللوجستي والتغطية الإعلامية وإعداد المواد التعريفية.",
            ],
        ),
        "en": (
            "The Administration supports the Directorates in organising workshops",
            "The Administration supported the Ministry's departments and units in organising activities, events and workshops.",
            [
                "Over the past month the General Administration of Public Relations and Media supported the Ministry's departments and units in organising a number of activities, events and workshops.",
                "The support covered logistics, media coverage and the preparation of introductory material.",
            ],
        ),
    },
    {
        "slug": "public-opinion-brief",
        "type": "press_release",
        "category": "ministry-affairs",
        "division": MEDIA,
        "days": 38,
        "ar": (
            "إطلاع صناع القرار على توجهات الرأي العام",
            "رفعت الإدارة موجزًا دوريًا إلى صناع القرار في الوزارة حول توجهات الرأي العام وملاحظات المواطنين.",
            [
                "رفعت الإدارة العامة للعلاقات العامة والإعلام موجزًا دوريًا إلى صناع القرار في الوزارة، يلخص توجهات الرأي العام وأبرز ملاحظات المواطنين واقتراحاتهم.",
                "ويستند الموجز إلى رصد وسائل الإعلام ومواقع التواصل الاجتماعي وما يرد إلى مركز خدمات الجمهور.",
            ],
        ),
        "en": (
            "Keeping decision-makers informed of public opinion",
            "The Administration has sent the Ministry's decision-makers its regular brief on public opinion and citizens' comments.",
            [
                "The General Administration of Public Relations and Media has sent the Ministry's decision-makers its regular brief summarising public opinion and citizens' main comments and suggestions.",
                "The brief draws on monitoring of the media and social media, and on what reaches the Public Service Center.",
            ],
        ),
    },
    {
        "slug": "website-news-updates",
        "type": "news",
        "category": "public-services",
        "division": MEDIA,
        "days": 42,
        "ar": (
            "تحديث الموقع الإلكتروني للوزارة بالأخبار والمعلومات",
            "تواصل الإدارة الإشراف على الموقع الإلكتروني للوزارة وتغذيته بالأخبار الصحفية والمعلومات المحدثة.",
            [
                "تواصل الإدارة العامة للعلاقات العامة والإعلام الإشراف على الموقع الإلكتروني لوزارة الداخلية وتغذيته بالأخبار الصحفية والمعلومات المحدثة، بما يعزز التواصل مع الجمهور.",
            ],
        ),
        "en": None,  # Arabic only: shows how English listings and feeds leave it out.
    },
]
