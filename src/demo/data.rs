//! Invented demo data for "Conversation on Intellectual Property and Artificial Intelligence —
//! Second Session" (7–9 July 2020, Europe/Zurich), organised by the fictitious OIPI: programme,
//! people, registrant countries, and deterministic name and organisation generators.

use rand::Rng;
use rand::seq::IndexedRandom;

pub use super::names::person_name;
use super::names::{pick, pools_for};

/// One programme item. `day` 0, 1, 2 = 7, 8, 9 July 2020; `start` is local Europe/Zurich time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoSession {
    pub day: u8,
    pub start: (u32, u32),
    pub minutes: u32,
    pub kind: &'static str,
    pub track: &'static str,
    pub title: &'static str,
    pub summary: &'static str,
}

/// An invented person appearing on the programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoPerson {
    pub honorific: &'static str,
    pub name: &'static str,
    pub organization: &'static str,
    /// ISO 3166-1 alpha-2, uppercase.
    pub country: &'static str,
}

const MAIN: &str = "Main hall";
const ROOM_B: &str = "Room B";
const OIPI: &str = "Organisation for Intellectual Property and Innovation (OIPI)";

/// The programme, ordered by day then start time. The last session of days 0 and 1 runs late
/// (22:30–23:45 CEST) for participants in Asia and the Pacific.
#[rustfmt::skip]
pub const SESSIONS: &[DemoSession] = &[
    // session(day, (hour, minute), minutes, kind, track, title, summary)
    // ---- Day 0: Tuesday 7 July 2020 ----
    session(0, (13, 0), 30, "opening", MAIN, "Opening by the Director General",
        "The Director General opens the second session of the Conversation, recalling the \
         outcomes of the first session and the main changes in the revised issues paper. Member \
         States, observers and stakeholders are invited to help map the questions that \
         intellectual property policy will need to answer as AI spreads."),
    session(0, (13, 30), 45, "keynote", MAIN,
        "Keynote: Intellectual Property Systems in an Age of Intelligent Machines",
        "A scholar of innovation law reflects on how patents, copyright and trade secrets \
         absorbed earlier technological shocks, and on what is genuinely new about machine \
         learning. The keynote frames the three days around incentives, access and \
         accountability."),
    session(0, (14, 30), 90, "panel", MAIN,
        "AI and Copyright: Authorship, Originality and Ownership",
        "Can a work generated autonomously by an AI system be protected by copyright, and if so, \
         who should own it? Panellists compare regimes requiring human authorship, rules \
         allocating rights to the person making the arrangements, and proposals for a new related \
         right. The discussion also weighs the risks for the public domain."),
    session(0, (14, 30), 90, "workshop", ROOM_B, "Workshop: Navigating the Revised Issues Paper",
        "An interactive walk-through of the revised issues paper for delegates and observers \
         preparing interventions. Participants work in small breakout groups on the questions on \
         copyright and data, and report back in plenary."),
    session(0, (16, 0), 15, "break", MAIN, "Virtual networking break",
        "Meet other participants in the networking lounge, visit the virtual exhibition of AI \
         tools used by IP offices, or simply step away from the screen. Sessions resume at 16:15 \
         CEST."),
    session(0, (16, 15), 90, "panel", MAIN,
        "Training Data, Text and Data Mining and Copyright Exceptions",
        "Machine learning depends on large corpora of protected works. This panel examines \
         whether training AI systems should require authorisation, fall under existing or new \
         exceptions, or be subject to remuneration. Speakers from libraries, publishers and \
         research institutions debate the consequences for innovation and creators."),
    session(0, (18, 0), 60, "talk", ROOM_B,
        "Talk: Machine Translation, Translators and Derivative Works",
        "Neural machine translation has transformed the language industry. This talk asks whether \
         machine-translated texts are derivative works, how translators' rights are affected, and \
         what this means for multilingual access to knowledge."),
    session(0, (19, 30), 75, "panel", MAIN,
        "Creative Industries Respond: Music, Film and Publishing",
        "Creators, producers and collective management organisations discuss how AI tools are \
         changing creative work. The panel looks at licensing models, attribution and the \
         bargaining position of individual artists in an increasingly automated value chain."),
    session(0, (22, 30), 75, "panel", MAIN, "Asia-Pacific Perspectives on AI and Copyright",
        "Scheduled for participants in Asia and the Pacific, this session brings together \
         policymakers and practitioners from the region to discuss recent reforms on data mining, \
         computer-generated works and AI-assisted creation. Speakers compare national experiences \
         and identify areas for regional cooperation."),
    // ---- Day 1: Wednesday 8 July 2020 ----
    session(1, (9, 0), 45, "keynote", MAIN, "Keynote: Inventorship and the Machine",
        "Who is the inventor when an AI system contributes to, or produces, a technical solution? \
         The keynote reviews applications naming an AI system as inventor and the questions they \
         raise for inventorship, the person skilled in the art and the inventive-step standard."),
    session(1, (10, 0), 90, "panel", MAIN, "Patents for AI-Generated and AI-Assisted Inventions",
        "Patent offices, industry and academia debate whether AI-generated inventions should be \
         patentable, who should be entitled to apply, and whether the inventive step threshold \
         needs recalibrating. The session also addresses disclosure and sufficiency for \
         inventions that rely on trained models."),
    session(1, (10, 0), 90, "workshop", ROOM_B,
        "Workshop: Drafting and Examining AI-Related Patent Applications",
        "A practical session for examiners and patent attorneys handling claims directed to \
         machine-learning methods. Case studies illustrate common issues of eligibility, clarity \
         and enablement, and participants compare the guidelines of several offices."),
    session(1, (11, 30), 15, "break", MAIN, "Coffee break",
        "A short break. The networking lounge and the virtual exhibition remain open, and the \
         secretariat help desk is available for technical questions."),
    session(1, (11, 45), 60, "talk", MAIN,
        "Talk: Data as an Asset, Between Trade Secrets and New Rights",
        "Should there be a new right in data, or are trade secrets, contracts and database \
         protection sufficient? The talk maps the policy options and their consequences for data \
         sharing, competition and small enterprises."),
    session(1, (14, 0), 90, "panel", MAIN, "Data, Trade Secrets and Algorithmic Transparency",
        "Trained models and their data are often kept as trade secrets, while regulators and \
         courts increasingly call for explainability. Panellists explore how the two goals can be \
         reconciled, including through confidential disclosure mechanisms, and what role IP \
         policy should play."),
    session(1, (15, 30), 15, "break", MAIN, "Networking break",
        "Take a break, join a themed discussion table in the networking lounge, or browse the \
         posters submitted by early-career researchers."),
    session(1, (15, 45), 75, "panel", MAIN,
        "AI in IP Offices: Classification, Search and Examination",
        "IP offices were early adopters of AI for classification, prior-art search, image search \
         for trademarks and machine translation. Heads of office and their technical teams share \
         results and lessons learned, and outline plans for cooperation on tools and training \
         data."),
    session(1, (22, 30), 75, "panel", MAIN,
        "Asia-Pacific Roundtable: Administering IP with AI Tools",
        "A late session for participants in Asia and the Pacific. Officials from the region \
         discuss how AI-based tools are changing examination workloads and service quality, and \
         how smaller offices can benefit from shared infrastructure."),
    // ---- Day 2: Thursday 9 July 2020 ----
    session(2, (9, 0), 45, "talk", MAIN, "Talk: Deepfakes and the Limits of Intellectual Property",
        "Deepfakes raise concerns well beyond intellectual property, from privacy and defamation \
         to electoral integrity. This talk asks which of these concerns IP law can and should \
         address, and where other instruments are better suited."),
    session(2, (10, 0), 90, "panel", MAIN, "Deepfakes, Performers' Rights and Synthetic Media",
        "Voices and likenesses can now be reproduced convincingly from a few minutes of \
         recordings. The panel discusses whether performers' rights, personality rights or a sui \
         generis right offer adequate protection, and how legitimate uses such as parody and \
         dubbing can be preserved."),
    session(2, (10, 0), 90, "workshop", ROOM_B, "Workshop: Building Capacity for AI and IP Policy",
        "Designed for officials from developing and least developed countries, this workshop \
         presents training resources, model policy questions and the technical assistance \
         available for designing national strategies on AI and IP. Participants leave with a \
         self-assessment checklist adapted to their national context."),
    session(2, (11, 30), 15, "break", MAIN, "Coffee break",
        "A short break before the afternoon sessions. The networking lounge remains open."),
    session(2, (11, 45), 75, "panel", MAIN,
        "Developing-Country Perspectives: Access, Capacity and the AI Divide",
        "The benefits of AI are unevenly distributed. Panellists from Africa, Latin America and \
         Asia discuss how IP policy can support local innovation ecosystems, access to data and \
         technology transfer without widening existing gaps."),
    session(2, (11, 45), 75, "talk", ROOM_B, "Talk: Open Licensing, Public Datasets and AI Training",
        "A practitioner explains how open licences, public-sector datasets and text-and-data-mining \
         exceptions interact when models are trained, and which licence terms survive in outputs. \
         Examples come from libraries, museums and national statistics offices."),
    session(2, (13, 30), 60, "talk", ROOM_B, "Talk: Trademarks, Designs and AI-Driven Marketplaces",
        "Recommendation systems and virtual assistants are changing how consumers encounter \
         brands. This talk considers the average consumer, likelihood of confusion and platform \
         liability, as well as the protection of AI-generated designs."),
    session(2, (14, 0), 90, "panel", MAIN, "Traditional Knowledge, Indigenous Data and AI",
        "AI systems trained on heritage collections can reproduce traditional cultural \
         expressions without the consent of the communities concerned. Indigenous experts and \
         policymakers discuss free, prior and informed consent, indigenous data sovereignty and \
         benefit-sharing."),
    session(2, (15, 45), 60, "panel", MAIN,
        "Towards the Third Session: Priorities for Member States",
        "Moderators summarise the main points raised over three days. Member States are invited \
         to indicate priority issues for further work and for the agenda of the third session of \
         the Conversation."),
    session(2, (15, 45), 60, "workshop", ROOM_B, "Workshop: Drafting Guidance for IP Offices on AI Tools",
        "Examiners and registry staff draft principles for the responsible use of machine learning \
         in classification, prior-art search and trademark image comparison. The outcome feeds the \
         closing session's summary of next steps."),
    session(2, (17, 0), 30, "closing", MAIN, "Closing Remarks by the Director General",
        "The Director General closes the second session, thanks participants in every time zone \
         and outlines next steps, including a further revision of the issues paper. Member States \
         will be consulted on the dates and format of the third session."),
];

/// Positional constructors keeping the data tables below compact.
#[rustfmt::skip]
const fn session(day: u8, start: (u32, u32), minutes: u32, kind: &'static str,
                 track: &'static str, title: &'static str, summary: &'static str) -> DemoSession {
    DemoSession { day, start, minutes, kind, track, title, summary }
}

#[rustfmt::skip]
const fn person(honorific: &'static str, name: &'static str, organization: &'static str,
                country: &'static str) -> DemoPerson {
    DemoPerson { honorific, name, organization, country }
}

/// Director General of the (invented) organising body.
pub const DIRECTOR_GENERAL: DemoPerson = person("Dr.", "Aminata Sørensen-Diallo", OIPI, "SN");

/// Session moderators, mostly ambassadors of permanent missions in Geneva.
#[rustfmt::skip]
pub const MODERATORS: &[DemoPerson] = &[
    person("H.E. Ambassador", "Kwame Asante-Boateng", "Permanent Mission of Ghana", "GH"),
    person("H.E. Ambassador", "María Fernanda Quispe Rojas", "Permanent Mission of Peru", "PE"),
    person("H.E. Ambassador", "Ilze Bērziņa", "Permanent Mission of Latvia", "LV"),
    person("H.E. Ambassador", "ليلى حداد", "Permanent Mission of Jordan", "JO"),
    person("H.E. Ambassador", "Søren Kjærgaard", "Permanent Mission of Denmark", "DK"),
    person("H.E. Ambassador", "佐々木 恵美", "Permanent Mission of Japan", "JP"),
    person("H.E. Ambassador", "Thandiwe Mahlangu", "Permanent Mission of South Africa", "ZA"),
    person("H.E. Ambassador", "Rafael Núñez Albornoz", "Permanent Mission of Chile", "CL"),
    person("H.E. Ambassador", "Айгерим Садыкова", "Permanent Mission of Kazakhstan", "KZ"),
    person("H.E. Ambassador", "Litia Naivalu", "Permanent Mission of Fiji", "FJ"),
    person("H.E. Ambassador", "박지현", "Permanent Mission of the Republic of Korea", "KR"),
    person("H.E. Ambassador", "Ανδρέας Παπαδάκης", "Permanent Mission of Greece", "GR"),
    person("H.E. Ambassador", "Nguyễn Thị Lan", "Permanent Mission of Viet Nam", "VN"),
    person("H.E. Ambassador", "Aoife Ní Dhónaill", "Permanent Mission of Ireland", "IE"),
    person("Ms.", "Zoë Hartmann", "OIPI Secretariat, Copyright and Creative Industries", "DE"),
    person("Prof.", "Kavita Deshpande", "Pune Centre for Law and Emerging Technologies", "IN"),
];

/// Panellists, keynote speakers and presenters.
#[rustfmt::skip]
pub const SPEAKERS: &[DemoPerson] = &[
    person("Prof.", "Amara Okonkwo-Bello", "Lagos Centre for Law and Technology", "NG"),
    person("Mr.", "Babajide Adeyemi", "Adeyemi & Okafor Legal Practitioners", "NG"),
    person("Ms.", "Efua Mensah", "Accra Music Rights Collective", "GH"),
    person("Dr.", "Aïssatou Diop", "Dakar Observatory of Digital Culture", "SN"),
    person("Ms.", "Wanjiru Kamau", "Nairobi Centre for IP and Technology Law", "KE"),
    person("Dr.", "Jean-Baptiste Habimana", "Great Lakes Centre for Technology Policy", "RW"),
    person("Prof.", "Thabo Molefe", "Johannesburg School of Law and Technology", "ZA"),
    person("Ms.", "Nomvula Dlamini", "Ministry of Commerce, Industry and Trade", "SZ"),
    person("Dr.", "ሰላማዊት ተስፋዬ", "Addis Ababa Institute of Innovation Law", "ET"),
    person("Dr.", "أحمد مصطفى", "Cairo Centre for IP and Development", "EG"),
    person("Dr.", "سلمى بن عيسى", "Maghreb Institute for Innovation Policy", "TN"),
    person("Ms.", "Khadija Benjelloun", "Casablanca Federation of Digital Industries", "MA"),
    person("Mr.", "يوسف العمري", "Gulf Centre for the Digital Economy", "AE"),
    person("Dr.", "فاطمه رحیمی", "Tehran Centre for Science Policy", "IR"),
    person("Prof.", "נועה לוין", "Tel Aviv Centre for Law and Machine Learning", "IL"),
    person("Ms.", "Elif Yıldırım", "Istanbul Technology Law Association", "TR"),
    person("Prof.", "Дмитрий Волков", "Saint Petersburg Institute of Information Law", "RU"),
    person("Ms.", "Олена Коваленко", "Kyiv Centre for Creative Industries", "UA"),
    person("Dr.", "Нурлан Жумабаев", "Eurasian Centre for Digital Law", "KZ"),
    person("Ms.", "Цэцэгмаа Батбаяр", "Ulaanbaatar Digital Policy Centre", "MN"),
    person("Ms.", "ნინო ბერიძე", "Tbilisi Innovation Law Clinic", "GE"),
    person("Mr.", "Արամ Պետրոսյան", "Yerevan Software Association", "AM"),
    person("Dr.", "Γεώργιος Αντωνίου", "Athens Law and Technology Lab", "GR"),
    person("Ms.", "Ελένη Χριστοδούλου", "Cyprus Innovation Council", "CY"),
    person("Prof.", "अनन्या कुलकर्णी", "Nagpur School of Technology Law", "IN"),
    person("Mr.", "Arjun Venkataraman", "Bengaluru AI Policy Forum", "IN"),
    person("Mr.", "Usman Rathore", "Lahore Institute of Trade Law", "PK"),
    person("Ms.", "Nusrat Jahan Chowdhury", "Dhaka Creative Economy Forum", "BD"),
    person("Mr.", "Dilan Wickramasinghe", "Colombo Centre for Technology Policy", "LK"),
    person("Dr.", "王晓燕", "Shanghai Institute of Intellectual Property Studies", "CN"),
    person("Mr.", "刘志强", "Shenzhen Qianhai Robotics Co., Ltd.", "CN"),
    person("Prof.", "陳怡君", "Taipei Centre for Technology Law", "TW"),
    person("Mr.", "高橋 健太", "Mirai Robotics K.K.", "JP"),
    person("Ms.", "中村 美咲", "Minato IP Law Office", "JP"),
    person("Dr.", "이서연", "Seoul Centre for AI Governance", "KR"),
    person("Ms.", "สุนิสา วงศ์สวัสดิ์", "Bangkok Digital Rights Network", "TH"),
    person("Dr.", "Trần Quốc Bảo", "Hanoi Institute of IP Studies", "VN"),
    person("Ms.", "Siti Rahmawati", "Jakarta Centre for Digital Policy", "ID"),
    person("Mr.", "Mohd Hafiz bin Ismail", "Kuala Lumpur IP Chambers", "MY"),
    person("Ms.", "Maria Teresa Dizon-Reyes", "Manila Law and Technology Forum", "PH"),
    person("Mr.", "Tevita Fifita", "Pacific Islands Creative Economy Network", "TO"),
    person("Ms.", "Leilani Faleolo", "Samoa Cultural Heritage Trust", "WS"),
    person("Dr.", "Aroha Te Rangi", "Tūhono Indigenous Data Network", "NZ"),
    person("Mr.", "Callum Fraser", "Fraser Whitcombe IP", "AU"),
    person("", "Jarrah Williams", "First Nations Cultural IP Alliance", "AU"),
    person("Dr.", "Ana Carolina Ribeiro dos Santos", "São Paulo Institute for Digital Law", "BR"),
    person("Mr.", "João Pedro Figueiredo", "Figueiredo Mendes Advogados", "PT"),
    person("Ms.", "Valentina Restrepo Gaviria", "Medellín Creative Technology Hub", "CO"),
    person("Prof.", "Ximena Huanca Mamani", "Andean Centre for Indigenous Knowledge", "BO"),
    person("Mr.", "Ignacio Villaseñor Treviño", "Mexican Creative Industries Association", "MX"),
    person("Dr.", "Joaquín Núñez Ferreyra", "Universidad del Plata, Faculty of Law", "AR"),
    person("Mr.", "Martín Olivera Duarte", "Montevideo Software Chamber", "UY"),
    person("Ms.", "Keisha-Ann Campbell", "Caribbean Creative Industries Network", "JM"),
    person("Dr.", "Rebecca Thornton-Hale", "Brightwater Institute for Technology Policy", "US"),
    person("Mr.", "Daniel Okafor-Whitman", "Synthetica Labs Inc.", "US"),
    person("", "Jordan Ellis-Marquez", "Coalition for Creative Futures", "US"),
    person("Dr.", "Geneviève Tremblay", "Laurentian Centre for Responsible AI", "CA"),
    person("Ms.", "Zoë Whitfield", "Harcourt Lane IP Chambers", "GB"),
    person("Prof.", "Siobhán Ní Bhriain", "Dublin Centre for Data Law", "IE"),
    person("Dr.", "Camille Lefèvre", "Lyon Institute for Digital Law Research", "FR"),
    person("Mr.", "Étienne Marchand", "Directorate for Industrial Property Policy", "FR"),
    person("Dr.", "Friederike Schäfer", "Bavarian Institute for Technology Law", "DE"),
    person("Mr.", "Jürgen Oberhofer", "Alpenland Robotics GmbH", "AT"),
    person("Ms.", "Anouk van den Heuvel", "Rijnmond Data Ethics Lab", "NL"),
    person("Dr.", "Matthias Brunner", "Lake Geneva Centre for Digital Trade", "CH"),
    person("Ms.", "Chiara Bellandi", "Milan Observatory on Creative Industries", "IT"),
    person("Prof.", "Mette Højgaard", "Copenhagen School of Digital Law", "DK"),
    person("Mr.", "Bjørn Haugland", "Nordic Software Alliance", "NO"),
    person("Dr.", "Guðrún Sigurðardóttir", "Reykjavík Institute of Creative Rights", "IS"),
    person("Dr.", "Łukasz Wróblewski", "Warsaw Institute of Innovation Law", "PL"),
    person("Prof.", "Jiří Novotný", "Prague Faculty of Law and Informatics", "CZ"),
    person("Ms.", "Kovács Zsófia", "Budapest Centre for Media and Innovation", "HU"),
    person("H.E. Ms.", "Ioana Dumitrescu", "Ministry of Research and Innovation", "RO"),
];

/// (ISO 3166-1 alpha-2, weight) for drawing registrant countries; heavily skewed.
#[rustfmt::skip]
pub const COUNTRY_WEIGHTS: &[(&str, u32)] = &[
    ("CH", 120), ("US", 110), ("GB", 80), ("FR", 70), ("DE", 70), ("IN", 65), ("CN", 60),
    ("BR", 55), ("JP", 50), ("KR", 40), ("IT", 35), ("ES", 35), ("CA", 35), ("NL", 25),
    ("AU", 25), ("RU", 25), ("MX", 22), ("NG", 20), ("SE", 18), ("BE", 18), ("KE", 18),
    ("ZA", 18), ("EG", 16), ("AT", 15), ("TR", 15), ("ID", 15), ("AR", 15), ("CO", 14),
    ("PL", 14), ("SG", 14), ("IL", 12), ("SA", 12), ("AE", 12), ("IR", 10), ("PK", 10),
    ("CL", 10), ("PE", 9), ("PH", 9), ("VN", 9), ("TH", 9), ("MY", 9), ("GH", 9), ("MA", 8),
    ("FI", 8), ("DK", 8), ("NO", 8), ("IE", 8), ("PT", 8), ("GR", 7), ("CZ", 7), ("UA", 7),
    ("HU", 6), ("RO", 6), ("NZ", 6), ("BD", 6), ("ET", 6), ("DZ", 6), ("TN", 6), ("LU", 5),
    ("LK", 5), ("TZ", 5), ("UG", 5), ("RW", 5), ("SN", 5), ("JO", 5), ("LB", 5), ("KZ", 5),
    ("EC", 5), ("UY", 5), ("CR", 5), ("TW", 5), ("HK", 5), ("BG", 4), ("HR", 4), ("RS", 4),
    ("SK", 4), ("SI", 4), ("CI", 4), ("CM", 4), ("ZW", 4), ("ZM", 4), ("QA", 4), ("KW", 4),
    ("OM", 3), ("BH", 3), ("IQ", 3), ("NP", 3), ("BO", 3), ("PY", 3), ("VE", 3), ("GT", 3),
    ("DO", 3), ("PA", 3), ("JM", 3), ("TT", 3), ("IS", 3), ("EE", 3), ("LV", 3), ("LT", 3),
    ("CY", 3), ("MT", 3), ("BY", 3), ("GE", 3), ("AM", 3), ("AZ", 3), ("UZ", 3), ("MN", 3),
    ("KH", 2), ("LA", 2), ("MM", 2), ("BN", 2), ("FJ", 2), ("PG", 2), ("BW", 2), ("NA", 2),
    ("MW", 2), ("MZ", 2), ("AO", 2), ("MU", 2), ("MG", 2), ("SD", 2), ("LY", 2), ("PS", 2),
    ("SY", 2), ("YE", 2), ("AF", 2), ("KG", 2), ("TJ", 2), ("MD", 2), ("BA", 2), ("MK", 2),
    ("AL", 2), ("ME", 2), ("HN", 2), ("SV", 2), ("NI", 2), ("CU", 2), ("HT", 2), ("BB", 2),
    ("BS", 2), ("BJ", 2), ("BF", 2), ("ML", 2), ("NE", 2), ("TG", 2), ("GN", 2), ("SL", 2),
    ("LR", 2), ("GM", 2), ("CD", 2), ("CG", 2), ("GA", 2), ("BI", 2), ("SS", 1), ("ER", 1),
    ("DJ", 1), ("SO", 1), ("TD", 1), ("CF", 1), ("GQ", 1), ("MR", 1), ("CV", 1), ("ST", 1),
    ("GW", 1), ("KM", 1), ("SC", 1), ("LS", 1), ("SZ", 1), ("TM", 1), ("BT", 1), ("MV", 1),
    ("TL", 1), ("WS", 1), ("TO", 1), ("VU", 1), ("SB", 1), ("KI", 1), ("TV", 1), ("NR", 1),
    ("MH", 1), ("FM", 1), ("PW", 1), ("GY", 1), ("SR", 1), ("BZ", 1), ("LC", 1), ("VC", 1),
    ("GD", 1), ("DM", 1), ("KN", 1), ("AG", 1), ("MC", 1), ("LI", 1), ("SM", 1), ("AD", 1),
    ("VA", 1),
];

/// English names (as used after "Permanent Mission of") and major cities of some countries.
#[rustfmt::skip]
const COUNTRY_INFO: &[(&str, &str, &[&str])] = &[
    ("CH", "Switzerland", &["Geneva", "Zurich", "Lausanne", "Bern"]),
    ("US", "the United States of America", &["Boston", "Chicago", "Seattle", "Austin"]),
    ("GB", "the United Kingdom", &["London", "Manchester", "Edinburgh", "Bristol"]),
    ("FR", "France", &["Paris", "Lyon", "Strasbourg", "Toulouse"]),
    ("DE", "Germany", &["Berlin", "Munich", "Hamburg", "Cologne"]),
    ("IN", "India", &["Delhi", "Mumbai", "Bengaluru", "Chennai"]),
    ("CN", "China", &["Beijing", "Shanghai", "Shenzhen", "Wuhan"]),
    ("BR", "Brazil", &["São Paulo", "Rio de Janeiro", "Brasília", "Belo Horizonte"]),
    ("JP", "Japan", &["Tokyo", "Osaka", "Kyoto", "Nagoya"]),
    ("KR", "the Republic of Korea", &["Seoul", "Busan"]), ("IT", "Italy", &["Rome", "Milan"]),
    ("ES", "Spain", &["Madrid", "Barcelona"]), ("CA", "Canada", &["Toronto", "Montréal"]),
    ("NL", "the Netherlands", &["Amsterdam", "Rotterdam"]),
    ("AU", "Australia", &["Sydney", "Melbourne"]),
    ("RU", "the Russian Federation", &["Moscow", "Saint Petersburg"]),
    ("MX", "Mexico", &["Mexico City", "Guadalajara"]), ("NG", "Nigeria", &["Lagos", "Abuja"]),
    ("SE", "Sweden", &["Stockholm", "Gothenburg"]), ("BE", "Belgium", &["Brussels", "Leuven"]),
    ("KE", "Kenya", &["Nairobi", "Mombasa"]),
    ("ZA", "South Africa", &["Johannesburg", "Cape Town"]),
    ("EG", "Egypt", &["Cairo", "Alexandria"]), ("AT", "Austria", &["Vienna", "Graz"]),
    ("TR", "Türkiye", &["Istanbul", "Ankara"]), ("ID", "Indonesia", &["Jakarta", "Bandung"]),
    ("AR", "Argentina", &["Buenos Aires", "Córdoba"]), ("CO", "Colombia", &["Bogotá", "Medellín"]),
    ("PL", "Poland", &["Warsaw", "Kraków"]), ("SG", "Singapore", &["Singapore"]),
    ("IL", "Israel", &["Tel Aviv", "Jerusalem"]), ("SA", "Saudi Arabia", &["Riyadh", "Jeddah"]),
    ("AE", "the United Arab Emirates", &["Dubai", "Abu Dhabi"]),
    ("IR", "the Islamic Republic of Iran", &["Tehran", "Isfahan"]),
    ("PK", "Pakistan", &["Lahore", "Karachi"]), ("CL", "Chile", &["Santiago", "Valparaíso"]),
    ("PE", "Peru", &["Lima", "Arequipa"]), ("PH", "the Philippines", &["Manila", "Quezon City"]),
    ("VN", "Viet Nam", &["Hanoi", "Ho Chi Minh City"]),
    ("TH", "Thailand", &["Bangkok", "Chiang Mai"]), ("MY", "Malaysia", &["Kuala Lumpur", "Penang"]),
    ("GH", "Ghana", &["Accra", "Kumasi"]), ("MA", "Morocco", &["Rabat", "Casablanca"]),
    ("TN", "Tunisia", &["Tunis", "Sfax"]), ("DZ", "Algeria", &["Algiers", "Oran"]),
    ("FI", "Finland", &["Helsinki", "Tampere"]), ("DK", "Denmark", &["Copenhagen", "Aarhus"]),
    ("NO", "Norway", &["Oslo", "Bergen"]), ("IE", "Ireland", &["Dublin", "Cork"]),
    ("PT", "Portugal", &["Lisbon", "Porto"]), ("GR", "Greece", &["Athens", "Thessaloniki"]),
    ("CZ", "the Czech Republic", &["Prague", "Brno"]), ("HU", "Hungary", &["Budapest", "Szeged"]),
    ("RO", "Romania", &["Bucharest", "Cluj-Napoca"]), ("UA", "Ukraine", &["Kyiv", "Lviv"]),
    ("NZ", "New Zealand", &["Auckland", "Wellington"]),
    ("BD", "Bangladesh", &["Dhaka", "Chittagong"]), ("LK", "Sri Lanka", &["Colombo", "Kandy"]),
    ("ET", "Ethiopia", &["Addis Ababa", "Bahir Dar"]),
    ("TZ", "the United Republic of Tanzania", &["Dar es Salaam", "Dodoma"]),
    ("UG", "Uganda", &["Kampala", "Gulu"]), ("RW", "Rwanda", &["Kigali", "Huye"]),
    ("SN", "Senegal", &["Dakar", "Saint-Louis"]), ("JO", "Jordan", &["Amman", "Irbid"]),
    ("LB", "Lebanon", &["Beirut", "Tripoli"]), ("KZ", "Kazakhstan", &["Almaty", "Shymkent"]),
    ("IS", "Iceland", &["Reykjavík", "Akureyri"]), ("FJ", "Fiji", &["Suva", "Lautoka"]),
    ("JM", "Jamaica", &["Kingston", "Montego Bay"]), ("CR", "Costa Rica", &["San José", "Heredia"]),
    ("UY", "Uruguay", &["Montevideo", "Salto"]), ("EC", "Ecuador", &["Quito", "Guayaquil"]),
    ("BO", "the Plurinational State of Bolivia", &["La Paz", "Sucre"]),
];

#[rustfmt::skip]
const MINISTRIES: &[&str] = &[
    "Trade and Industry", "Foreign Affairs", "Economy and Finance", "Culture", "Justice",
    "Science and Technology", "Digital Affairs", "Education and Research", "Commerce",
    "Information and Communications",
];

#[rustfmt::skip]
const NGOS: &[&str] = &[
    "Creators' Alliance for Fair AI", "Open Knowledge Commons", "Digital Rights Forum",
    "Federation of Independent Musicians", "Alliance for Access to Knowledge",
    "Indigenous Heritage Trust", "Consumers' Association for Digital Fairness",
    "Libraries and Archives Network", "Society of Authors and Translators",
    "Young Inventors Network", "Association of Visual Artists", "Civil Society Coalition on AI",
];

#[rustfmt::skip]
const COMPANIES: &[&str] = &[
    "Lumenfield AI", "Quantaloom Technologies", "Northbridge Analytics", "Kestrel Data Systems",
    "Synapsis Labs", "Brightwave Robotics", "Cobalt Reasoning", "Meridian Vision",
    "Tessellate Software", "Halcyon Genomics", "Orbis Media Group", "Polaris Publishing House",
    "Veridian Pharma", "Auralis Music", "Stratus Semiconductors",
];

#[rustfmt::skip]
const INSTITUTES: &[&str] = &[
    "Centre for Innovation Policy", "Institute for Technology and Society",
    "Centre for Intellectual Property Studies", "Institute of Information Law", "AI Ethics Lab",
    "Centre for Law and Digital Economy",
];

#[rustfmt::skip]
const SOLO: &[&str] = &[
    "Independent researcher", "Independent consultant", "Freelance patent attorney",
    "Independent journalist", "PhD candidate",
];

fn company_suffix(country: &str) -> &'static str {
    match country {
        "US" | "CA" => "Inc.",
        "DE" | "AT" => "GmbH",
        "CH" => "AG",
        "FR" | "BE" | "LU" | "SN" | "CI" | "MA" | "TN" => "SA",
        "NL" => "B.V.",
        "SE" => "AB",
        "NO" => "AS",
        "DK" => "A/S",
        "FI" => "Oy",
        "IT" => "S.p.A.",
        "ES" | "MX" | "AR" | "CO" | "CL" | "PE" => "S.A.",
        "BR" => "Ltda.",
        "PT" => "Lda.",
        "JP" => "K.K.",
        "PL" => "sp. z o.o.",
        "CN" | "HK" | "TW" | "KR" => "Co., Ltd.",
        _ => "Ltd",
    }
}

fn is_latin(s: &str) -> bool {
    s.chars().all(|c| {
        c.is_ascii()
            || ('\u{C0}'..='\u{24F}').contains(&c)
            || ('\u{1E00}'..='\u{1EFF}').contains(&c)
    })
}

/// A Latin-script surname suitable for a law-firm name, if the country has a Latin-script pool.
fn firm_surname<R: Rng + ?Sized>(rng: &mut R, country: &str) -> Option<&'static str> {
    let pool = pools_for(country)
        .iter()
        .find(|p| p.family.iter().all(|f| is_latin(f)))?;
    pool.family.choose(rng).copied()
}

/// An invented but plausible organisation for a registrant from `country`, or `None` (about
/// 15% of the time) when the registrant leaves the field empty.
pub fn organization<R: rand::Rng + ?Sized>(rng: &mut R, country: &str) -> Option<String> {
    if rng.random_bool(0.15) {
        return None;
    }
    let info = COUNTRY_INFO.iter().find(|(code, _, _)| *code == country);
    let name = info.map(|&(_, name, _)| name);
    let city = info.and_then(|(_, _, cities)| cities.choose(rng).copied());
    let org = match rng.random_range(0..100) {
        0..12 => format!("Ministry of {}", pick(rng, MINISTRIES)),
        12..22 => match name {
            Some(n) => format!("Permanent Mission of {n}"),
            None => "Ministry of Foreign Affairs".to_string(),
        },
        22..40 => match (city, rng.random_range(0..4)) {
            (Some(c), 0) => format!("University of {c}"),
            (Some(c), 1) => format!("{c} University"),
            (Some(c), 2) => format!("{c} Institute of Technology"),
            (Some(c), _) => format!("{c} School of Law"),
            (None, 0) => "National University".to_string(),
            (None, 1) => "Faculty of Law, State University".to_string(),
            (None, _) => "National Institute of Science and Technology".to_string(),
        },
        40..50 => match (firm_surname(rng, country), firm_surname(rng, country)) {
            (Some(a), Some(b)) if a != b && rng.random_bool(0.5) => format!("{a} {b} & Associates"),
            (Some(a), _) => format!("{a} & Partners LLP"),
            (None, _) => match city {
                Some(c) => format!("{c} Intellectual Property Law Group"),
                None => "National Bar Association, IP Committee".to_string(),
            },
        },
        50..58 => match name {
            Some(n) if rng.random_bool(0.5) => format!("Intellectual Property Office of {n}"),
            Some(n) => format!("National Institute of Industrial Property of {n}"),
            None => "National Intellectual Property Office".to_string(),
        },
        58..68 => match name {
            Some(n) if rng.random_bool(0.4) => {
                let n = n.strip_prefix("the ").unwrap_or(n);
                format!("{}, {n} Chapter", pick(rng, NGOS))
            }
            _ => pick(rng, NGOS).to_string(),
        },
        68..80 => format!("{} {}", pick(rng, COMPANIES), company_suffix(country)),
        80..88 => match city {
            Some(c) => format!("{c} {}", pick(rng, INSTITUTES)),
            None => format!("National {}", pick(rng, INSTITUTES)),
        },
        88..93 => match name {
            Some(n) => format!("Copyright Society of {n}"),
            None => "National Association of Publishers".to_string(),
        },
        _ => pick(rng, SOLO).to_string(),
    };
    Some(org)
}
