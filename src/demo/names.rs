//! Invented names for demo registrants: pools of given and family names per culture
//! or region, in their own scripts and name orders, and which pools each country draws
//! from. Deterministic for a seeded generator.

use rand::Rng;
use rand::seq::IndexedRandom;

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
pub(super) struct Pool {
    style: Style,
    female: &'static [&'static str],
    male: &'static [&'static str],
    pub(super) family: &'static [&'static str],
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

pub(super) fn pools_for(country: &str) -> &'static [&'static Pool] {
    COUNTRY_POOLS
        .iter()
        .find(|(codes, _)| codes.split(' ').any(|code| code == country))
        .map_or(&[&INTL], |&(_, pools)| pools)
}

pub(super) fn pick<R: Rng + ?Sized>(rng: &mut R, items: &[&'static str]) -> &'static str {
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
