//! Invented demo data for "Conversation on Intellectual Property and Artificial Intelligence —
//! Second Session" (7–9 July 2020, Europe/Zurich), organised by the fictitious OIPI: programme,
//! people, registrant countries, and deterministic name and organisation generators.

use rand::Rng;
use rand::seq::IndexedRandom;

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

/// How the parts of a generated name are put together.
#[derive(Clone, Copy)]
enum Style {
    /// "Given Family".
    Western,
    /// "Given Family", sometimes "Given X. Family".
    Initial,
    /// "Given Family", often with a second family name ("Given Family1 Family2").
    Iberian,
    /// "Family Given" (HU, JP, VN, romanised Chinese).
    FamilyFirst,
    /// "FamilyGiven" without a space (Han, Hangul).
    Joined,
    /// Malay patronymic: "Given bin Father" / "Given binti Father"; `family` holds fathers' names.
    BinBinti,
}

/// A pool of name parts for one culture or region.
struct Pool {
    style: Style,
    female: &'static [&'static str],
    male: &'static [&'static str],
    family: &'static [&'static str],
    /// Feminine surname forms, parallel to `family`; empty when surnames are not gendered.
    family_f: &'static [&'static str],
}

/// Name pools, one per culture or region (data tables, kept compact).
#[rustfmt::skip]
mod pools {
    use super::{Pool, Style};

    pub(super) const EN: Pool = Pool { style: Style::Initial, family_f: &[],
        female: &["Emily", "Sarah", "Hannah", "Olivia", "Grace", "Rachel", "Megan", "Laura",
            "Jessica", "Katherine", "Abigail", "Charlotte", "Rebecca", "Natalie", "Claire",
            "Amelia"],
        male: &["James", "Michael", "David", "Thomas", "Daniel", "Matthew", "Andrew", "Christopher",
            "Benjamin", "Samuel", "Oliver", "William", "Jonathan", "Patrick", "Nathan", "Henry"],
        family: &["Smith", "Johnson", "Williams", "Brown", "Taylor", "Anderson", "Thompson",
            "Walker", "Harris", "Clarke", "Mitchell", "Robinson", "Wright", "Hughes", "Bennett",
            "Campbell", "Murphy", "Patel", "Nguyen", "Garcia", "O'Connor", "Fitzgerald", "Sullivan",
            "Reid"] };
    pub(super) const FR: Pool = Pool { style: Style::Western, family_f: &[],
        female: &["Camille", "Léa", "Chloé", "Manon", "Élodie", "Inès", "Juliette", "Sophie",
            "Aurélie", "Margaux", "Clémence", "Océane", "Hélène", "Céline"],
        male: &["Julien", "Nicolas", "Étienne", "Mathieu", "Antoine", "Guillaume", "Théo", "Hugo",
            "Rémi", "Baptiste", "Jérôme", "François", "Loïc", "Sébastien"],
        family: &["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard",
            "Rousseau", "Fontaine", "Chevalier", "Mercier", "Lemaire", "Faure", "Garnier",
            "Lambert", "Bonnet", "Perrin", "Gauthier", "Roux", "Favre"] };
    pub(super) const DE: Pool = Pool { style: Style::Western, family_f: &[],
        female: &["Anna", "Lena", "Katharina", "Julia", "Friederike", "Johanna", "Sophie", "Annika",
            "Miriam", "Jana", "Charlotte", "Franziska", "Sabine", "Greta"],
        male: &["Lukas", "Jonas", "Maximilian", "Felix", "Tobias", "Sebastian", "Jürgen",
            "Matthias", "Florian", "Niklas", "Stefan", "Moritz", "Reto", "Urs"],
        family: &["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
            "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf",
            "Schröder", "Neumann", "Zimmermann", "Krüger", "Hartmann", "Lange", "Weiß",
            "Brunner"] };
    pub(super) const IT: Pool = Pool { style: Style::Western, family_f: &[],
        female: &["Giulia", "Chiara", "Francesca", "Sara", "Martina", "Alessia", "Federica",
            "Valentina", "Elisa", "Beatrice", "Ilaria", "Giorgia", "Silvia", "Roberta"],
        male: &["Luca", "Marco", "Alessandro", "Matteo", "Lorenzo", "Davide", "Andrea", "Francesco",
            "Giovanni", "Simone", "Riccardo", "Stefano", "Niccolò", "Tommaso"],
        family: &["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
            "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano",
            "Rizzo", "Lombardi", "Moretti"] };
    pub(super) const NL: Pool = Pool { style: Style::Western, family_f: &[],
        female: &["Anouk", "Sanne", "Fleur", "Femke", "Lotte", "Eline", "Maartje", "Noor", "Iris",
            "Lieke", "Esther", "Marloes", "Ilse", "Roos"],
        male: &["Daan", "Sem", "Lars", "Bram", "Thijs", "Joost", "Pieter", "Sander", "Ruben",
            "Wouter", "Maarten", "Jeroen", "Niels", "Koen"],
        family: &["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssens",
            "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peeters",
            "Hendriks", "van Leeuwen", "Dekker", "Willems"] };
    pub(super) const NORDIC: Pool = Pool { style: Style::Western, family_f: &[],
        female: &["Ingrid", "Astrid", "Sigrid", "Åsa", "Maja", "Freja", "Ida", "Linnéa", "Solveig",
            "Mette", "Karin", "Ebba", "Signe", "Tove"],
        male: &["Søren", "Bjørn", "Anders", "Erik", "Lars", "Magnus", "Henrik", "Mikkel", "Jens",
            "Oskar", "Gustav", "Torbjørn", "Kasper", "Håkan"],
        family: &["Andersen", "Nielsen", "Hansen", "Jørgensen", "Pedersen", "Johansson",
            "Lindqvist", "Karlsson", "Bergström", "Haugen", "Solberg", "Dahl", "Lund", "Ødegaard",
            "Kjær", "Holm", "Sjöberg", "Åberg", "Nyström", "Eriksen"] };
    pub(super) const FI: Pool = Pool { style: Style::Western, family_f: &[],
        female: &["Aino", "Helmi", "Ella", "Sanna", "Minna", "Johanna", "Kaisa", "Päivi", "Riikka",
            "Tuuli", "Elina", "Satu"],
        male: &["Juha", "Mikko", "Antti", "Jukka", "Ville", "Timo", "Eero", "Lauri", "Matti",
            "Tuomas", "Jari", "Pekka"],
        family: &["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine",
            "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Saarinen", "Salminen", "Lindholm"] };
    pub(super) const IS: Pool = Pool { style: Style::Western,
        female: &["Guðrún", "Sigríður", "Katrín", "Helga", "Ásdís", "Björk", "Hrafnhildur",
            "Þórdís", "Ragnheiður", "Elín", "Sólveig", "Steinunn"],
        male: &["Jón", "Sigurður", "Guðmundur", "Gunnar", "Ólafur", "Einar", "Kristján", "Magnús",
            "Stefán", "Þórður", "Halldór", "Ragnar"],
        family: &["Jónsson", "Sigurðsson", "Guðmundsson", "Gunnarsson", "Ólafsson", "Einarsson",
            "Kristjánsson", "Magnússon", "Stefánsson", "Þórðarson", "Halldórsson", "Ragnarsson"],
        family_f: &["Jónsdóttir", "Sigurðardóttir", "Guðmundsdóttir", "Gunnarsdóttir",
            "Ólafsdóttir", "Einarsdóttir", "Kristjánsdóttir", "Magnúsdóttir", "Stefánsdóttir",
            "Þórðardóttir", "Halldórsdóttir", "Ragnarsdóttir"] };
    pub(super) const ES: Pool = Pool { style: Style::Iberian, family_f: &[],
        female: &["María José", "Lucía", "Carmen", "Elena", "Paula", "Marta", "Alba", "Irene",
            "Nerea", "Ainhoa", "Rocío", "Pilar", "Inmaculada", "Begoña"],
        male: &["Javier", "Alejandro", "Pablo", "Sergio", "Álvaro", "Jorge", "Íñigo", "Raúl",
            "Andrés", "Iván", "Diego", "Manuel", "Jesús", "Óscar"],
        family: &["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez",
            "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz",
            "Álvarez", "Romero", "Navarro", "Núñez", "Ibáñez", "Gutiérrez", "Ortega", "Castaño"] };
    pub(super) const LATAM: Pool = Pool { style: Style::Iberian, family_f: &[],
        female: &["Valentina", "Camila", "Sofía", "Daniela", "Ximena", "Mariana", "Gabriela",
            "Fernanda", "Luciana", "Guadalupe", "Paola", "Catalina", "Renata", "Yesenia"],
        male: &["Santiago", "Mateo", "Sebastián", "Diego", "Joaquín", "Emiliano", "Nicolás",
            "Matías", "Rodrigo", "Carlos Alberto", "Luis Fernando", "Andrés Felipe", "Tomás",
            "Ignacio"],
        family: &["Hernández", "Rojas", "Vargas", "Castillo", "Mendoza", "Quispe", "Flores",
            "Torres", "Ramírez", "Gutiérrez", "Morales", "Aguilar", "Herrera", "Medina", "Restrepo",
            "Villalobos", "Cárdenas", "Salazar", "Espinoza", "Ríos", "Mamani", "Valenzuela",
            "Sepúlveda", "Chávez"] };
    pub(super) const PT: Pool = Pool { style: Style::Iberian, family_f: &[],
        female: &["Ana Carolina", "Beatriz", "Mariana", "Larissa", "Juliana", "Fernanda", "Letícia",
            "Gabriela", "Inês", "Conceição", "Thaís", "Luíza", "Raquel", "Joana"],
        male: &["João Pedro", "Lucas", "Gustavo", "Rafael", "Thiago", "Felipe", "Rodrigo",
            "Gonçalo", "Tiago", "André", "Vinícius", "Caio", "Márcio", "Duarte"],
        family: &["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Ferreira",
            "Rodrigues", "Almeida", "Carvalho", "Gomes", "Ribeiro", "Martins", "Araújo", "Barbosa",
            "Cardoso", "Figueiredo", "Magalhães", "Nascimento", "Gonçalves", "Lopes", "Moreira",
            "Teixeira"] };
    pub(super) const PL: Pool = Pool { style: Style::Western,
        female: &["Agnieszka", "Katarzyna", "Małgorzata", "Joanna", "Magdalena", "Zofia",
            "Aleksandra", "Natalia", "Weronika", "Justyna", "Dorota", "Ewa", "Monika", "Paulina"],
        male: &["Łukasz", "Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał", "Marcin", "Jakub",
            "Mateusz", "Grzegorz", "Wojciech", "Bartłomiej", "Jan", "Andrzej"],
        family: &["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński",
            "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski",
            "Jankowski", "Mazur", "Krawczyk", "Wróblewski"],
        family_f: &["Nowak", "Kowalska", "Wiśniewska", "Wójcik", "Kowalczyk", "Kamińska",
            "Lewandowska", "Zielińska", "Szymańska", "Woźniak", "Dąbrowska", "Kozłowska",
            "Jankowska", "Mazur", "Krawczyk", "Wróblewska"] };
    pub(super) const CZ: Pool = Pool { style: Style::Western,
        female: &["Tereza", "Eliška", "Lucie", "Kateřina", "Veronika", "Markéta", "Zuzana", "Lenka",
            "Barbora", "Jana", "Petra", "Klára"],
        male: &["Jiří", "Jan", "Petr", "Tomáš", "Martin", "Ondřej", "Jakub", "Lukáš", "Vojtěch",
            "Michal", "Pavel", "Marek"],
        family: &["Novák", "Svoboda", "Novotný", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý",
            "Horák", "Němec", "Pokorný", "Král", "Růžička", "Beneš"],
        family_f: &["Nováková", "Svobodová", "Novotná", "Dvořáková", "Černá", "Procházková",
            "Kučerová", "Veselá", "Horáková", "Němcová", "Pokorná", "Králová", "Růžičková",
            "Benešová"] };
    pub(super) const HU: Pool = Pool { style: Style::FamilyFirst, family_f: &[],
        female: &["Zsófia", "Anna", "Réka", "Eszter", "Katalin", "Dóra", "Boglárka", "Ágnes",
            "Krisztina", "Noémi", "Orsolya", "Lilla"],
        male: &["László", "Gábor", "Bence", "Ádám", "Zoltán", "Péter", "Balázs", "Dávid", "Tamás",
            "Gergely", "Levente", "Máté"],
        family: &["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh",
            "Farkas", "Balogh", "Papp", "Takács", "Juhász", "Lakatos", "Mészáros"] };
    pub(super) const RO: Pool = Pool { style: Style::Western, family_f: &[],
        female: &["Ioana", "Andreea", "Elena", "Maria", "Alexandra", "Cristina", "Mihaela",
            "Raluca", "Bianca", "Irina", "Oana", "Ecaterina"],
        male: &["Andrei", "Mihai", "Alexandru", "Ștefan", "Vlad", "Cristian", "Bogdan", "Radu",
            "Ionuț", "Gheorghe", "Tudor", "Sorin"],
        family: &["Popescu", "Ionescu", "Popa", "Dumitrescu", "Stan", "Stoica", "Gheorghiu",
            "Munteanu", "Constantinescu", "Rusu", "Lungu", "Mocanu", "Dragomir", "Țurcanu"] };
    pub(super) const RU: Pool = Pool { style: Style::Western,
        female: &["Анна", "Екатерина", "Мария", "Ольга", "Наталья", "Татьяна", "Елена", "Ксения",
            "Дарья", "Алина", "Светлана", "Юлия", "Виктория", "Полина"],
        male: &["Дмитрий", "Алексей", "Сергей", "Андрей", "Иван", "Михаил", "Николай", "Артём",
            "Павел", "Владимир", "Егор", "Максим", "Кирилл", "Игорь"],
        family: &["Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов",
            "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Лебедев", "Козлов", "Орлов",
            "Белов"],
        family_f: &["Иванова", "Смирнова", "Кузнецова", "Попова", "Васильева", "Петрова",
            "Соколова", "Михайлова", "Новикова", "Фёдорова", "Морозова", "Волкова", "Лебедева",
            "Козлова", "Орлова", "Белова"] };
    pub(super) const UA: Pool = Pool { style: Style::Western, family_f: &[],
        female: &["Олена", "Оксана", "Ірина", "Наталія", "Тетяна", "Юлія", "Анастасія", "Катерина",
            "Соломія", "Марія", "Христина", "Ганна"],
        male: &["Олександр", "Андрій", "Дмитро", "Сергій", "Тарас", "Богдан", "Микола", "Василь",
            "Юрій", "Остап", "Ярослав", "Олег"],
        family: &["Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравченко", "Олійник",
            "Мельник", "Бойко", "Ковальчук", "Поліщук", "Савчук", "Руденко", "Марченко", "Лисенко",
            "Гончаренко", "Петренко"] };
    pub(super) const BG: Pool = Pool { style: Style::Western,
        female: &["Мария", "Иванка", "Десислава", "Гергана", "Цветелина", "Радостина", "Милена",
            "Надежда", "Теодора", "Йоана", "Петя", "Виктория"],
        male: &["Георги", "Димитър", "Иван", "Николай", "Стоян", "Христо", "Петър", "Тодор",
            "Васил", "Красимир", "Благой", "Ивайло"],
        family: &["Иванов", "Георгиев", "Димитров", "Петров", "Николов", "Христов", "Стоянов",
            "Тодоров", "Илиев", "Василев", "Атанасов", "Ангелов"],
        family_f: &["Иванова", "Георгиева", "Димитрова", "Петрова", "Николова", "Христова",
            "Стоянова", "Тодорова", "Илиева", "Василева", "Атанасова", "Ангелова"] };
    pub(super) const SOUTH_SLAVIC: Pool = Pool { style: Style::Western, family_f: &[],
        female: &["Ana", "Ivana", "Marija", "Jelena", "Maja", "Tea", "Petra", "Nina", "Lejla",
            "Milica", "Katarina", "Dragana", "Anja", "Vesna"],
        male: &["Marko", "Luka", "Ivan", "Nikola", "Stefan", "Filip", "Matej", "Dario", "Emir",
            "Nemanja", "Tomislav", "Jure", "Aleksandar", "Miloš"],
        family: &["Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Novak", "Petrović",
            "Jovanović", "Nikolić", "Popović", "Hodžić", "Kovač", "Vuković", "Knežević", "Pavlović",
            "Zupančič", "Kralj", "Begić"] };
    pub(super) const GR: Pool = Pool { style: Style::Western,
        female: &["Μαρία", "Ελένη", "Αικατερίνη", "Βασιλική", "Σοφία", "Γεωργία", "Δήμητρα",
            "Αναστασία", "Ευαγγελία", "Χριστίνα", "Ιωάννα", "Αθηνά"],
        male: &["Γεώργιος", "Ιωάννης", "Κωνσταντίνος", "Δημήτριος", "Νικόλαος", "Παναγιώτης",
            "Χρήστος", "Αλέξανδρος", "Ανδρέας", "Σπυρίδων", "Θεόδωρος", "Μιχάλης"],
        family: &["Παπαδόπουλος", "Γεωργίου", "Αντωνίου", "Βλάχος", "Νικολάου", "Οικονόμου",
            "Παπαδάκης", "Καραγιάννης", "Μακρής", "Αλεξίου", "Δημητρίου", "Ιωάννου", "Κωνσταντίνου",
            "Χριστοδούλου", "Ζαχαρίου", "Πετρόπουλος"],
        family_f: &["Παπαδοπούλου", "Γεωργίου", "Αντωνίου", "Βλάχου", "Νικολάου", "Οικονόμου",
            "Παπαδάκη", "Καραγιάννη", "Μακρή", "Αλεξίου", "Δημητρίου", "Ιωάννου", "Κωνσταντίνου",
            "Χριστοδούλου", "Ζαχαρίου", "Πετροπούλου"] };
    pub(super) const TR: Pool = Pool { style: Style::Western, family_f: &[],
        female: &["Elif", "Zeynep", "Ayşe", "Merve", "Büşra", "Esra", "Özge", "Selin", "Gülşen",
            "Derya", "Şeyma", "Cansu"],
        male: &["Mehmet", "Mustafa", "Emre", "Burak", "Oğuz", "Can", "Kerem", "Serkan", "Barış",
            "Hakan", "Çağrı", "İsmail"],
        family: &["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk",
            "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Koç"] };
    pub(super) const CENTRAL_ASIA: Pool = Pool { style: Style::Western,
        female: &["Айгерим", "Айгуль", "Динара", "Асель", "Жанар", "Гульнара", "Салтанат", "Мадина",
            "Камила", "Жансая", "Алия", "Аружан"],
        male: &["Нурлан", "Ерлан", "Айбек", "Даурен", "Бахыт", "Тимур", "Асхат", "Рустам", "Арман",
            "Санжар", "Алишер", "Бауыржан"],
        family: &["Жумабаев", "Садыков", "Ахметов", "Нурланов", "Касымов", "Абдуллаев", "Исмаилов",
            "Каримов", "Турсунов", "Бекмуратов", "Омаров", "Юсупов", "Рахимов", "Сейтказиев"],
        family_f: &["Жумабаева", "Садыкова", "Ахметова", "Нурланова", "Касымова", "Абдуллаева",
            "Исмаилова", "Каримова", "Турсунова", "Бекмуратова", "Омарова", "Юсупова", "Рахимова",
            "Сейтказиева"] };
    pub(super) const ARABIC: Pool = Pool { style: Style::Western, family_f: &[],
        female: &["فاطمة", "مريم", "ليلى", "نور", "سلمى", "هدى", "ريم", "آمنة", "خديجة", "سارة",
            "ياسمين", "رنا", "دينا", "زينب"],
        male: &["محمد", "أحمد", "يوسف", "عمر", "خالد", "علي", "حسن", "كريم", "طارق", "سامي",
            "إبراهيم", "مصطفى", "عبد الله", "هشام"],
        family: &["حداد", "العمري", "الخطيب", "منصور", "النجار", "الحسيني", "الشامي", "عبد الرحمن",
            "السيد", "المصري", "الزين", "القاسم", "الفارس", "بن عيسى", "العلوي", "صالح"] };
    pub(super) const ARABIC_LATIN: Pool = Pool { style: Style::Western, family_f: &[],
        female: &["Fatima Zahra", "Maryam", "Leila", "Nour", "Salma", "Hoda", "Rim", "Amina",
            "Khadija", "Yasmine", "Rania", "Dina", "Zeinab", "Sara"],
        male: &["Mohamed", "Ahmed", "Youssef", "Omar", "Khaled", "Ali", "Hassan", "Karim", "Tarek",
            "Sami", "Ibrahim", "Mostafa", "Abdullah", "Hicham"],
        family: &["Haddad", "El-Amri", "Al-Khatib", "Mansour", "El-Naggar", "Al-Husseini",
            "Benjelloun", "Abdelrahman", "El-Sayed", "Alaoui", "Bennani", "Al-Qasim", "Nasser",
            "Ben Aissa", "Chaabane", "Mahmoud", "Farouk", "Saleh", "Hamdan", "Boukhari"] };
    pub(super) const PERSIAN: Pool = Pool { style: Style::Western, family_f: &[],
        female: &["فاطمه", "زهرا", "مریم", "نرگس", "شیرین", "پریسا", "لیلا", "سپیده", "نازنین",
            "مهسا", "آزاده", "یاسمن"],
        male: &["علی", "محمد", "رضا", "حسین", "امیر", "مهدی", "سعید", "بهرام", "کاوه", "آرش",
            "داریوش", "فرهاد"],
        family: &["رحیمی", "احمدی", "حسینی", "محمدی", "کریمی", "رضایی", "موسوی", "جعفری", "صادقی",
            "قاسمی", "نوری", "کاظمی", "تهرانی", "شریفی"] };
    pub(super) const HEBREW: Pool = Pool { style: Style::Western, family_f: &[],
        female: &["נועה", "תמר", "מיכל", "שירה", "יעל", "רותם", "מאיה", "אביגיל", "הדס", "ענבל",
            "דנה", "אורית"],
        male: &["יונתן", "איתי", "עומר", "דניאל", "נועם", "אריאל", "יוסף", "אורי", "עידו", "גיא",
            "אביב", "אלון"],
        family: &["כהן", "לוי", "מזרחי", "פרץ", "ביטון", "אברהם", "פרידמן", "שפירא", "גולדברג",
            "אזולאי", "דהן", "רוזן", "ברק", "אשכנזי"] };
    pub(super) const HINDI: Pool = Pool { style: Style::Western, family_f: &[],
        female: &["अनन्या", "प्रिया", "कविता", "नेहा", "पूजा", "दीपिका", "अदिति", "श्रुति", "मीरा",
            "सुनीता", "अंजलि", "रश्मि"],
        male: &["राहुल", "अमित", "विकास", "संजय", "आदित्य", "रोहित", "अर्जुन", "विवेक", "सुरेश",
            "मनोज", "नितिन", "अभिषेक"],
        family: &["शर्मा", "वर्मा", "गुप्ता", "सिंह", "मिश्रा", "जोशी", "कुलकर्णी", "पांडे",
            "त्रिपाठी", "अग्रवाल", "चौहान", "देशपांडे", "यादव", "श्रीवास्तव"] };
    pub(super) const INDIAN: Pool = Pool { style: Style::Western, family_f: &[],
        female: &["Ananya", "Priya", "Kavya", "Neha", "Pooja", "Deepa", "Aditi", "Shruti", "Meera",
            "Lakshmi", "Divya", "Sneha", "Ishita", "Revathi"],
        male: &["Rahul", "Amit", "Vikram", "Sanjay", "Aditya", "Rohit", "Arjun", "Vivek", "Suresh",
            "Karthik", "Nikhil", "Abhishek", "Pranav", "Harish"],
        family: &["Sharma", "Iyer", "Gupta", "Singh", "Reddy", "Nair", "Menon", "Kulkarni",
            "Banerjee", "Chatterjee", "Rao", "Pillai", "Krishnan", "Desai", "Mehta", "Joshi",
            "Bhat", "Das", "Mukherjee", "Venkataraman"] };
    pub(super) const SOUTH_ASIA_MUSLIM: Pool = Pool { style: Style::Western, family_f: &[],
        female: &["Ayesha", "Fatima", "Nusrat", "Sana", "Hina", "Mahnoor", "Farzana", "Rabia",
            "Tasnim", "Sadia", "Zainab", "Nadia"],
        male: &["Usman", "Imran", "Farhan", "Bilal", "Hamza", "Tanvir", "Rashid", "Asif", "Zubair",
            "Shahid", "Kamran", "Arif"],
        family: &["Khan", "Ahmed", "Hussain", "Siddiqui", "Chowdhury", "Rahman", "Malik", "Qureshi",
            "Sheikh", "Butt", "Hossain", "Islam", "Rathore", "Mirza", "Chaudhry", "Akhtar"] };
    pub(super) const CHINESE: Pool = Pool { style: Style::Joined, family_f: &[],
        female: &["秀英", "晓燕", "丽娟", "雅婷", "欣怡", "梦琪", "佳怡", "慧敏", "思雨", "静怡", "婉清", "春梅", "玉兰",
            "诗涵"],
        male: &["伟", "建国", "志强", "浩然", "宇轩", "俊杰", "明辉", "子豪", "文博", "天佑", "嘉诚", "国栋", "晨阳", "磊"],
        family: &["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
            "何", "林", "高", "罗", "郑", "梁"] };
    pub(super) const HAN_TRADITIONAL: Pool = Pool { style: Style::Joined, family_f: &[],
        female: &["怡君", "淑芬", "雅雯", "佩珊", "宜蓁", "詩涵", "欣妤", "美玲", "惠君", "家瑜", "筱婷", "品妍"],
        male: &["家豪", "志明", "俊宏", "建宏", "冠宇", "承恩", "宗翰", "柏翰", "彥廷", "信宏", "志偉", "子軒"],
        family: &["陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭", "謝", "郭", "洪", "曾"] };
    pub(super) const CHINESE_LATIN: Pool = Pool { style: Style::FamilyFirst, family_f: &[],
        female: &["Wei Ling", "Hui Min", "Mei Ling", "Xin Yi", "Jia Hui", "Li Ting", "Shu Fen",
            "Pei Shan", "Siew Mei", "Kar Yan", "Wing Yan", "Hoi Ying"],
        male: &["Wei Ming", "Jun Jie", "Zhi Hao", "Kok Leong", "Chee Keong", "Wai Kit", "Ka Ho",
            "Boon Huat", "Yong Sheng", "Jia Wei", "Chun Kit", "Tze Hin"],
        family: &["Tan", "Lim", "Lee", "Ng", "Wong", "Chan", "Goh", "Ong", "Teo", "Koh", "Chua",
            "Leong", "Cheung", "Ho", "Yeo", "Lau"] };
    pub(super) const MALAY: Pool = Pool { style: Style::BinBinti, family_f: &[],
        female: &["Nurul Aina", "Siti Aishah", "Nur Izzati", "Farah", "Aisyah", "Syafiqah",
            "Hidayah", "Amira", "Norhayati", "Zarina", "Liyana", "Aqilah"],
        male: &["Mohd Hafiz", "Ahmad Faiz", "Muhammad Amirul", "Azlan", "Faizal", "Hakim", "Irfan",
            "Shahrul", "Zulkifli", "Khairul", "Haziq", "Syazwan"],
        family: &["Ismail", "Abdullah", "Hassan", "Rahman", "Yusof", "Omar", "Aziz", "Hamid",
            "Razak", "Zainal", "Salleh", "Ibrahim", "Kamarudin", "Osman"] };
    pub(super) const JAPANESE: Pool = Pool { style: Style::FamilyFirst, family_f: &[],
        female: &["美咲", "陽菜", "結衣", "恵美", "さくら", "彩花", "真由美", "由美子", "葵", "千尋", "菜々子", "舞"],
        male: &["健太", "翔太", "大輔", "拓也", "直樹", "蓮", "悠人", "和也", "誠", "浩二", "隆之", "亮"],
        family: &["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木",
            "松本", "井上", "木村"] };
    pub(super) const KOREAN: Pool = Pool { style: Style::Joined, family_f: &[],
        female: &["서연", "지현", "민지", "수빈", "지우", "하은", "예린", "유나", "은지", "소영", "다은", "혜진"],
        male: &["민준", "서준", "도윤", "지훈", "현우", "준호", "성민", "동현", "태양", "재원", "승우", "영호"],
        family: &["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신"] };
    pub(super) const THAI: Pool = Pool { style: Style::Western, family_f: &[],
        female: &["สุนิสา", "พิมพ์ชนก", "กาญจนา", "ณัฐธิดา", "ปริยากร", "ศิริพร", "วรรณา", "อรอุมา",
            "นภัสสร", "ธิดารัตน์", "มาลี", "รัตนา"],
        male: &["สมชาย", "ณัฐวุฒิ", "ธนากร", "อนุชา", "วีระพงษ์", "กิตติพงษ์", "ประเสริฐ",
            "ชัยวัฒน์", "ศักดิ์ชัย", "พงศกร", "ธีรวัฒน์", "สุรชัย"],
        family: &["วงศ์สวัสดิ์", "ศรีสุข", "แก้วมณี", "ทองดี", "สุวรรณรัตน์", "จันทร์เพ็ญ",
            "พึ่งบุญ", "รัตนพันธ์", "ชัยมงคล", "บุญมา", "เจริญสุข", "ศักดิ์สิทธิ์"] };
    pub(super) const VIETNAMESE: Pool = Pool { style: Style::FamilyFirst, family_f: &[],
        female: &["Thị Lan", "Thị Thu Hà", "Ngọc Anh", "Thị Mai", "Minh Châu", "Thu Trang",
            "Thị Hương", "Phương Linh", "Bảo Ngọc", "Thanh Hằng", "Khánh Linh", "Hồng Nhung"],
        male: &["Văn Minh", "Quốc Bảo", "Đức Anh", "Minh Tuấn", "Văn Hùng", "Hoàng Long",
            "Quang Huy", "Thành Nam", "Hữu Phước", "Tiến Dũng", "Gia Huy", "Trung Kiên"],
        family: &["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"] };
    pub(super) const INDONESIAN: Pool = Pool { style: Style::Western, family_f: &[],
        female: &["Siti", "Dewi", "Putri", "Ayu", "Rina", "Nur", "Intan", "Wulan", "Fitri",
            "Lestari", "Ratna", "Indah"],
        male: &["Budi", "Agus", "Rizki", "Dimas", "Arif", "Hendra", "Bayu", "Fajar", "Yusuf", "Adi",
            "Eko", "Teguh"],
        family: &["Santoso", "Wijaya", "Pratama", "Saputra", "Hidayat", "Kusuma", "Nugroho",
            "Setiawan", "Siregar", "Simanjuntak", "Halim", "Gunawan", "Wibowo", "Lubis"] };
    pub(super) const FILIPINO: Pool = Pool { style: Style::Initial, family_f: &[],
        female: &["Maria Teresa", "Kristine", "Angelica", "Mary Joy", "Jasmine", "Patricia",
            "Camille", "Rowena", "Marites", "Liza", "Jocelyn", "Bea"],
        male: &["Jose Miguel", "Mark Anthony", "John Paul", "Rodel", "Jerome", "Christian", "Ramon",
            "Paolo", "Carlo", "Jericho", "Arnel", "Renato"],
        family: &["Dela Cruz", "Reyes", "Santos", "Garcia", "Mendoza", "Bautista", "Villanueva",
            "Castillo", "Domingo", "Navarro", "Pascual", "Soriano", "Gonzales", "Tolentino"] };
    pub(super) const ETHIOPIAN: Pool = Pool { style: Style::Western, family_f: &[],
        female: &["ሰላማዊት", "ሕይወት", "መሰረት", "ብርቱካን", "ትዕግስት", "ፍሬሕይወት", "ሄለን", "ማርታ", "ቤተልሔም", "ራሔል",
            "ሰብለ", "የሺ"],
        male: &["ዳዊት", "ዮሐንስ", "ሚካኤል", "ተስፋዬ", "ብርሃኑ", "አበበ", "ሰለሞን", "ዮናስ", "ሀብታሙ", "ፍቅሩ", "ኤርሚያስ",
            "ቴዎድሮስ"],
        family: &["ተስፋዬ", "ገብረመድህን", "ወልደሚካኤል", "ኃይሌ", "በቀለ", "ታደሰ", "አለሙ", "ከበደ", "ግርማ", "ደምሴ",
            "አሰፋ", "ወርቁ", "ጌታቸው"] };
    pub(super) const WEST_AFRICA: Pool = Pool { style: Style::Western, family_f: &[],
        female: &["Amara", "Chiamaka", "Ngozi", "Adaeze", "Efua", "Akosua", "Abena", "Folake",
            "Yetunde", "Adjoa", "Nneka", "Funmilayo", "Ifeoma", "Esi"],
        male: &["Kwame", "Kofi", "Chinedu", "Emeka", "Babajide", "Kwabena", "Yaw", "Tunde",
            "Obinna", "Adebayo", "Olumide", "Kelechi", "Ekow", "Sorie"],
        family: &["Okonkwo", "Adeyemi", "Mensah", "Asante", "Boateng", "Okafor", "Owusu", "Eze",
            "Balogun", "Nwosu", "Agyeman", "Ogunleye", "Appiah", "Adjei", "Bello", "Okeke", "Amoah",
            "Bangura", "Kamara", "Oyelaran"] };
    pub(super) const FRANCO_AFRICA: Pool = Pool { style: Style::Western, family_f: &[],
        female: &["Aïssatou", "Fatoumata", "Mariama", "Awa", "Ramatoulaye", "Aminata", "Adjoua",
            "Khady", "Mariam", "Rokia", "Salimata", "Ndèye"],
        male: &["Mamadou", "Ousmane", "Ibrahima", "Seydou", "Moussa", "Cheikh", "Abdoulaye",
            "Souleymane", "Koffi", "Yao", "Boubacar", "Modou"],
        family: &["Diallo", "Ndiaye", "Diop", "Traoré", "Koné", "Ouédraogo", "Sow", "Fall",
            "Coulibaly", "Sawadogo", "Cissé", "Kouassi", "Touré", "Camara", "Bamba", "Keïta",
            "Sanogo", "Faye"] };
    pub(super) const EAST_AFRICA: Pool = Pool { style: Style::Western, family_f: &[],
        female: &["Wanjiru", "Achieng", "Nyambura", "Wambui", "Akinyi", "Neema", "Rehema", "Zawadi",
            "Nakato", "Aisha", "Imani", "Mwajuma", "Uwase", "Grace"],
        male: &["Kamau", "Otieno", "Mwangi", "Baraka", "Juma", "Ochieng", "Mugisha", "Kato",
            "Jabari", "Kiprono", "Salim", "Emmanuel", "Tumaini", "Brian"],
        family: &["Kamau", "Otieno", "Mwangi", "Njoroge", "Odhiambo", "Kariuki", "Wafula", "Mutua",
            "Kiprop", "Mushi", "Mollel", "Ssempala", "Okello", "Habimana", "Uwimana", "Mugabo",
            "Nduwimana", "Chebet", "Wekesa", "Nakitende"] };
    pub(super) const SOUTHERN_AFRICA: Pool = Pool { style: Style::Western, family_f: &[],
        female: &["Thandiwe", "Nomvula", "Lerato", "Naledi", "Palesa", "Zanele", "Nokuthula",
            "Busisiwe", "Tshepiso", "Chipo", "Rutendo", "Tariro", "Mpho", "Refilwe"],
        male: &["Thabo", "Sipho", "Bongani", "Themba", "Lwazi", "Tendai", "Tatenda", "Kagiso",
            "Mandla", "Lungile", "Tshepo", "Sizwe", "Farai", "Kabelo"],
        family: &["Dlamini", "Nkosi", "Ndlovu", "Khumalo", "Mahlangu", "Molefe", "Mokoena",
            "Sithole", "Zulu", "Mathebula", "Moyo", "Ncube", "Banda", "Phiri", "Mazibuko", "Maseko",
            "Radebe", "Mutasa"] };
    pub(super) const PACIFIC: Pool = Pool { style: Style::Western, family_f: &[],
        female: &["Litia", "Mele", "Losana", "Salote", "Ana", "Sina", "Leilani", "Vaimoana",
            "Mereani", "Talia", "Seini", "Fetu"],
        male: &["Tevita", "Sione", "Viliami", "Semisi", "Tomasi", "Josaia", "Sefo", "Manu",
            "Iosefa", "Paula", "Filipo", "Kalolo"],
        family: &["Fifita", "Taufa", "Naivalu", "Tuilagi", "Faleolo", "Vaka", "Waqa", "Ratuva",
            "Latu", "Kaufana", "Soliai", "Sopoaga", "Havili", "Nakarawa", "Lealaiauloto",
            "Tamapua"] };
    /// Broad international Latin-script fallback.
    pub(super) const INTL: Pool = Pool { style: Style::Western, family_f: &[],
        female: &["Maria", "Anna", "Sara", "Elena", "Nadia", "Lina", "Sofia", "Amina", "Leila",
            "Nina", "Eva", "Laura", "Mira", "Alina"],
        male: &["Daniel", "David", "Adam", "Alexander", "Samuel", "Omar", "Ivan", "Lucas", "Adrian",
            "Martin", "Victor", "Tomas", "Elias", "Karim"],
        family: &["Novak", "Haddad", "Mensah", "Silva", "Garcia", "Kaya", "Rossi", "Berg", "Hassan",
            "Costa", "Kovač", "Martin", "Lund", "Horvat", "Santos", "Khan", "Tan", "Lopez",
            "Mendes", "Karimi"] };

    pub(super) const ALL_POOLS: &[&Pool] = &[
        &EN, &FR, &DE, &IT, &NL, &NORDIC, &FI, &IS, &ES, &LATAM, &PT, &PL, &CZ, &HU, &RO, &RU, &UA,
        &BG, &SOUTH_SLAVIC, &GR, &TR, &CENTRAL_ASIA, &ARABIC, &ARABIC_LATIN, &PERSIAN, &HEBREW,
        &HINDI, &INDIAN, &SOUTH_ASIA_MUSLIM, &CHINESE, &HAN_TRADITIONAL, &CHINESE_LATIN, &MALAY,
        &JAPANESE, &KOREAN, &THAI, &VIETNAMESE, &INDONESIAN, &FILIPINO, &ETHIOPIAN, &WEST_AFRICA,
        &FRANCO_AFRICA, &EAST_AFRICA, &SOUTHERN_AFRICA, &PACIFIC, &INTL,
    ];
}
use pools::*;

// Compile-time sanity checks: every pool has at least 12 names per list, and gendered surname
// lists are parallel to the masculine/neutral ones.
const _: () = {
    let mut i = 0;
    while i < ALL_POOLS.len() {
        let p = ALL_POOLS[i];
        assert!(p.female.len() >= 12 && p.male.len() >= 12 && p.family.len() >= 12);
        assert!(p.family_f.is_empty() || p.family_f.len() == p.family.len());
        i += 1;
    }
};

/// Country → candidate name pools (repeats act as weights). Regional pools cover countries
/// without a specific one; any country not listed falls back to the international pool.
#[rustfmt::skip]
const COUNTRY_POOLS: &[(&str, &[&Pool])] = &[
    ("US", &[&EN, &EN, &EN, &EN, &LATAM]), ("GB AU IE", &[&EN]), ("NZ", &[&EN, &EN, &EN, &PACIFIC]),
    ("CA", &[&EN, &EN, &FR]), ("JM TT BB BS BZ GY AG DM GD KN LC VC", &[&EN]), ("FR MC HT", &[&FR]),
    ("BE", &[&NL, &FR]), ("LU", &[&FR, &DE]), ("CH", &[&DE, &DE, &FR, &IT]), ("DE AT LI", &[&DE]),
    ("IT SM VA", &[&IT]), ("MT", &[&IT, &EN]), ("NL SR", &[&NL]), ("SE NO DK", &[&NORDIC]),
    ("FI", &[&FI]), ("IS", &[&IS]), ("ES AD", &[&ES]),
    ("MX AR CO CL PE VE EC GT CU BO DO HN PY SV NI CR PA UY GQ", &[&LATAM]),
    ("BR PT AO MZ CV GW ST TL", &[&PT]), ("PL", &[&PL]), ("CZ SK", &[&CZ]), ("HU", &[&HU]),
    ("RO MD", &[&RO]), ("RU BY", &[&RU]), ("UA", &[&UA]), ("BG", &[&BG]),
    ("HR SI BA RS ME MK", &[&SOUTH_SLAVIC]), ("GR CY", &[&GR]), ("TR AZ", &[&TR]),
    ("KZ KG UZ TJ TM", &[&CENTRAL_ASIA]),
    ("SA AE QA KW BH OM YE IQ", &[&ARABIC, &ARABIC, &ARABIC_LATIN]),
    ("EG JO LB SY PS SD LY", &[&ARABIC, &ARABIC_LATIN]),
    ("MA DZ TN MR", &[&ARABIC_LATIN, &ARABIC_LATIN, &ARABIC]), ("SO DJ", &[&ARABIC_LATIN]),
    ("IR AF", &[&PERSIAN]), ("MU SC", &[&FR, &INDIAN]),
    ("IL", &[&HEBREW, &HEBREW, &HEBREW, &ARABIC]), ("IN", &[&INDIAN, &INDIAN, &HINDI]),
    ("NP", &[&HINDI, &INDIAN]), ("PK BD MV", &[&SOUTH_ASIA_MUSLIM]), ("CN", &[&CHINESE]),
    ("TW HK MO", &[&HAN_TRADITIONAL, &HAN_TRADITIONAL, &CHINESE_LATIN]),
    ("SG", &[&CHINESE_LATIN, &CHINESE_LATIN, &MALAY, &INDIAN]),
    ("MY BN", &[&MALAY, &MALAY, &CHINESE_LATIN]), ("JP", &[&JAPANESE]), ("KR", &[&KOREAN]),
    ("TH", &[&THAI]), ("VN", &[&VIETNAMESE]), ("ID", &[&INDONESIAN]), ("PH", &[&FILIPINO]),
    ("ET ER", &[&ETHIOPIAN]), ("NG GH SL LR GM", &[&WEST_AFRICA]),
    ("SN CI ML BF NE GN TG BJ GA CG CD TD CF KM", &[&FRANCO_AFRICA]),
    ("CM", &[&FRANCO_AFRICA, &WEST_AFRICA]), ("KE TZ UG RW BI SS", &[&EAST_AFRICA]),
    ("ZA", &[&SOUTHERN_AFRICA, &SOUTHERN_AFRICA, &EN]),
    ("BW LS SZ ZW ZM MW NA", &[&SOUTHERN_AFRICA]),
    ("FJ TO WS PG SB VU KI TV NR MH FM PW", &[&PACIFIC]),
];

fn pools_for(country: &str) -> &'static [&'static Pool] {
    COUNTRY_POOLS
        .iter()
        .find(|(codes, _)| codes.split(' ').any(|code| code == country))
        .map_or(&[&INTL], |&(_, pools)| pools)
}

fn pick<R: Rng + ?Sized>(rng: &mut R, items: &[&'static str]) -> &'static str {
    items.choose(rng).copied().unwrap_or("")
}

impl Pool {
    fn name<R: Rng + ?Sized>(&self, rng: &mut R) -> String {
        let female = rng.random_bool(0.5);
        let given = pick(rng, if female { self.female } else { self.male });
        let surname = |rng: &mut R| {
            let i = rng.random_range(0..self.family.len().max(1));
            let feminine = if female { self.family_f.get(i) } else { None };
            feminine.or(self.family.get(i)).copied().unwrap_or("")
        };
        let family = surname(rng);
        match self.style {
            Style::Western => format!("{given} {family}"),
            Style::Initial if rng.random_bool(0.3) => {
                let initial = pick(rng, &["A", "B", "C", "D", "E", "J", "K", "L", "M", "R"]);
                format!("{given} {initial}. {family}")
            }
            Style::Initial => format!("{given} {family}"),
            Style::Iberian if rng.random_bool(0.65) => match surname(rng) {
                second if second != family => format!("{given} {family} {second}"),
                _ => format!("{given} {family}"),
            },
            Style::Iberian => format!("{given} {family}"),
            Style::FamilyFirst => format!("{family} {given}"),
            Style::Joined => format!("{family}{given}"),
            Style::BinBinti if female => format!("{given} binti {family}"),
            Style::BinBinti => format!("{given} bin {family}"),
        }
    }
}

/// An invented full name plausible for someone from `country` (ISO alpha-2), in the script and
/// name order usually used there.
pub fn person_name<R: rand::Rng + ?Sized>(rng: &mut R, country: &str) -> String {
    let pool = pools_for(country).choose(rng).copied().unwrap_or(&INTL);
    pool.name(rng)
}

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
