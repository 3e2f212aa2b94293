//! The demo conference in the six languages (issue 15, point 8): its title and
//! description and the plenary sessions' titles and abstracts translated into Arabic,
//! Chinese, French, Russian and Spanish (English is the stored default), and each
//! session's floor and interpretation languages in a plausible mix: the plenaries
//! interpreted into all six, most panels into French and Spanish, a few sessions held
//! in French or Spanish with interpretation into English, the workshops without.

use super::data::DemoSession;
use crate::db::{self, DbConn};
use crate::domain::lang::Lang;
use crate::domain::{ConferenceId, SessionId};

/// (language, title, description) of the conference.
const CONFERENCE: [(Lang, &str, &str); 5] = [
    (
        Lang::Ar,
        "المحادثة بشأن الملكية الفكرية والذكاء الاصطناعي — الدورة الثانية",
        "تجمع المحادثة الدول الأعضاء ومكاتب الملكية الفكرية والباحثين وقطاع الصناعة والمجتمع المدني لمناقشة الطريقة التي يغيّر بها الذكاء الاصطناعي إبداع الملكية الفكرية وحمايتها والانتفاع بها.\n\nوتتناول هذه الدورة الثانية حق المؤلف في بيانات التدريب والمصنفات المولَّدة بالذكاء الاصطناعي، وصفة المخترع والبراءات، والبيانات بوصفها أصولًا، والتزييف العميق، وما يعنيه الذكاء الاصطناعي لمكاتب الملكية الفكرية وللبلدان النامية. وتُعقد الجلسات باللغة الإنجليزية مع ترجمة فورية؛ وجميع المواعيد بتوقيت جنيف ما لم تختاروا منطقتكم الزمنية.",
    ),
    (
        Lang::Zh,
        "知识产权与人工智能对话会——第二届会议",
        "对话会汇集成员国、知识产权局、研究人员、产业界和民间社会，共同探讨人工智能如何改变知识产权的创造、保护和利用。\n\n第二届会议将讨论训练数据和人工智能生成作品中的版权问题、发明人身份与专利、作为资产的数据、深度伪造，以及人工智能对知识产权局和发展中国家的意义。各场次以英文进行并提供同声传译；除非您选择自己的时区，所有时间均为日内瓦时间。",
    ),
    (
        Lang::Fr,
        "Dialogue sur la propriété intellectuelle et l’intelligence artificielle — deuxième session",
        "Le Dialogue réunit des États membres, des offices de propriété intellectuelle, des chercheurs, des entreprises et la société civile pour examiner comment l’intelligence artificielle transforme la création, la protection et l’utilisation de la propriété intellectuelle.\n\nCette deuxième session porte sur le droit d’auteur appliqué aux données d’entraînement et aux œuvres générées par l’IA, la qualité d’inventeur et les brevets, les données en tant qu’actif, les hypertrucages, ainsi que sur ce que l’IA représente pour les offices de propriété intellectuelle et pour les pays en développement. Les séances se déroulent en anglais avec interprétation ; tous les horaires sont indiqués à l’heure de Genève, sauf si vous choisissez votre propre fuseau horaire.",
    ),
    (
        Lang::Ru,
        "Беседа по вопросам интеллектуальной собственности и искусственного интеллекта — вторая сессия",
        "Беседа объединяет государства-члены, ведомства интеллектуальной собственности, исследователей, представителей отрасли и гражданского общества для обсуждения того, как искусственный интеллект меняет создание, охрану и использование интеллектуальной собственности.\n\nНа второй сессии будут рассмотрены вопросы авторского права в отношении обучающих данных и произведений, созданных ИИ, авторства изобретений и патентов, данных как актива, дипфейков, а также значения ИИ для ведомств ИС и развивающихся стран. Заседания проводятся на английском языке с синхронным переводом; всё время указано по Женеве, если Вы не выберете свой часовой пояс.",
    ),
    (
        Lang::Es,
        "Conversación sobre Propiedad Intelectual e Inteligencia Artificial — Segunda sesión",
        "La Conversación reúne a Estados miembros, oficinas de propiedad intelectual, investigadores, la industria y la sociedad civil para debatir cómo la inteligencia artificial está transformando la creación, la protección y el uso de la propiedad intelectual.\n\nEsta segunda sesión aborda el derecho de autor en los datos de entrenamiento y en las obras generadas por IA, la condición de inventor y las patentes, los datos como activo, las ultrafalsificaciones y lo que la IA supone para las oficinas de propiedad intelectual y para los países en desarrollo. Las sesiones se celebran en inglés con interpretación; todos los horarios se indican en hora de Ginebra, salvo que usted elija su propio huso horario.",
    ),
];

/// The plenary sessions' (language, title, abstract), keyed by the English title.
type Texts = [(Lang, &'static str, &'static str); 5];

const OPENING: Texts = [
    (
        Lang::Ar,
        "افتتاح المدير العام للدورة",
        "يفتتح المدير العام الدورة الثانية للمحادثة، مذكّرًا بنتائج الدورة الأولى وبالتعديلات الرئيسية في ورقة القضايا المنقحة. وتُدعى الدول الأعضاء والمراقبون وأصحاب المصلحة إلى المساعدة في تحديد المسائل التي سيتعين على سياسات الملكية الفكرية الإجابة عنها مع انتشار الذكاء الاصطناعي.",
    ),
    (
        Lang::Zh,
        "总干事致开幕词",
        "总干事宣布对话会第二届会议开幕，回顾第一届会议的成果以及经修订的议题文件中的主要变化。请成员国、观察员和利益攸关方协助梳理随着人工智能的普及，知识产权政策需要回答的各项问题。",
    ),
    (
        Lang::Fr,
        "Ouverture par le Directeur général",
        "Le Directeur général ouvre la deuxième session du Dialogue en rappelant les conclusions de la première session et les principales modifications apportées au document de synthèse révisé. Les États membres, les observateurs et les parties prenantes sont invités à contribuer au recensement des questions auxquelles la politique en matière de propriété intellectuelle devra répondre à mesure que l’IA se diffuse.",
    ),
    (
        Lang::Ru,
        "Открытие сессии Генеральным директором",
        "Генеральный директор открывает вторую сессию Беседы, напоминая об итогах первой сессии и об основных изменениях в пересмотренном тематическом документе. Государствам-членам, наблюдателям и заинтересованным сторонам предлагается помочь определить вопросы, на которые политике в области интеллектуальной собственности предстоит ответить по мере распространения ИИ.",
    ),
    (
        Lang::Es,
        "Apertura a cargo del Director General",
        "El Director General inaugura la segunda sesión de la Conversación, recordando los resultados de la primera sesión y los principales cambios introducidos en el documento temático revisado. Se invita a los Estados miembros, los observadores y las partes interesadas a contribuir a definir las cuestiones a las que deberá responder la política de propiedad intelectual a medida que se extienda la IA.",
    ),
];

const KEYNOTE_SYSTEMS: Texts = [
    (
        Lang::Ar,
        "الكلمة الرئيسية: أنظمة الملكية الفكرية في عصر الآلات الذكية",
        "يتأمل باحث في قانون الابتكار كيف استوعبت البراءات وحق المؤلف والأسرار التجارية الصدمات التكنولوجية السابقة، وما الجديد حقًا في التعلم الآلي. وتضع الكلمة إطار الأيام الثلاثة حول الحوافز والنفاذ والمساءلة.",
    ),
    (
        Lang::Zh,
        "主旨演讲：智能机器时代的知识产权制度",
        "一位创新法学者回顾专利、版权和商业秘密如何消化以往的技术冲击，并探讨机器学习真正的新颖之处。主旨演讲围绕激励、获取和问责三个主题，为三天的会议确定框架。",
    ),
    (
        Lang::Fr,
        "Discours liminaire : les systèmes de propriété intellectuelle à l’ère des machines intelligentes",
        "Un spécialiste du droit de l’innovation examine comment les brevets, le droit d’auteur et les secrets d’affaires ont absorbé les bouleversements technologiques antérieurs, et ce que l’apprentissage automatique apporte de véritablement nouveau. Ce discours inscrit les trois journées dans une réflexion sur les incitations, l’accès et la responsabilité.",
    ),
    (
        Lang::Ru,
        "Основной доклад: системы интеллектуальной собственности в эпоху интеллектуальных машин",
        "Специалист в области права инноваций размышляет о том, как патенты, авторское право и коммерческая тайна справлялись с прежними технологическими потрясениями и что действительно нового несёт машинное обучение. Доклад задаёт рамки трёхдневной программы: стимулы, доступ и подотчётность.",
    ),
    (
        Lang::Es,
        "Discurso principal: los sistemas de propiedad intelectual en la era de las máquinas inteligentes",
        "Un experto en derecho de la innovación reflexiona sobre cómo las patentes, el derecho de autor y los secretos comerciales asimilaron anteriores conmociones tecnológicas, y sobre lo que el aprendizaje automático tiene de verdaderamente nuevo. El discurso enmarca las tres jornadas en torno a los incentivos, el acceso y la rendición de cuentas.",
    ),
];

const KEYNOTE_INVENTORSHIP: Texts = [
    (
        Lang::Ar,
        "الكلمة الرئيسية: صفة المخترع والآلة",
        "من هو المخترع عندما يسهم نظام للذكاء الاصطناعي في حل تقني أو ينتجه؟ تستعرض الكلمة الطلبات التي تسمّي نظامًا للذكاء الاصطناعي مخترعًا، وما تثيره من مسائل بشأن صفة المخترع والشخص الملمّ بالمجال ومعيار النشاط الابتكاري.",
    ),
    (
        Lang::Zh,
        "主旨演讲：发明人身份与机器",
        "当人工智能系统参与或独立产生技术方案时，谁是发明人？主旨演讲将回顾将人工智能系统列为发明人的申请，以及这些申请在发明人身份、所属领域技术人员和创造性标准方面引发的问题。",
    ),
    (
        Lang::Fr,
        "Discours liminaire : la qualité d’inventeur et la machine",
        "Qui est l’inventeur lorsqu’un système d’IA contribue à une solution technique, voire la produit ? Ce discours passe en revue les demandes désignant un système d’IA comme inventeur et les questions qu’elles soulèvent quant à la qualité d’inventeur, à la personne du métier et au critère de l’activité inventive.",
    ),
    (
        Lang::Ru,
        "Основной доклад: изобретательство и машина",
        "Кто является изобретателем, если система ИИ участвует в создании технического решения или создаёт его сама? В докладе рассматриваются заявки, в которых изобретателем указана система ИИ, и вопросы, которые они ставят в отношении авторства изобретения, специалиста в данной области и критерия изобретательского уровня.",
    ),
    (
        Lang::Es,
        "Discurso principal: la condición de inventor y la máquina",
        "¿Quién es el inventor cuando un sistema de IA contribuye a una solución técnica o la produce? El discurso examina las solicitudes que designan a un sistema de IA como inventor y las cuestiones que plantean en cuanto a la condición de inventor, la persona experta en la materia y el criterio de actividad inventiva.",
    ),
];

const CLOSING: Texts = [
    (
        Lang::Ar,
        "الكلمة الختامية للمدير العام",
        "يختتم المدير العام الدورة الثانية، ويشكر المشاركين في جميع المناطق الزمنية، ويعرض الخطوات التالية، ومنها مراجعة أخرى لورقة القضايا. وسيُتشاور مع الدول الأعضاء بشأن مواعيد الدورة الثالثة وشكلها.",
    ),
    (
        Lang::Zh,
        "总干事致闭幕词",
        "总干事宣布第二届会议闭幕，感谢各时区的与会者，并介绍下一步工作，包括对议题文件的进一步修订。将就第三届会议的日期和形式征求成员国的意见。",
    ),
    (
        Lang::Fr,
        "Allocution de clôture du Directeur général",
        "Le Directeur général clôt la deuxième session, remercie les participants de tous les fuseaux horaires et présente les prochaines étapes, notamment une nouvelle révision du document de synthèse. Les États membres seront consultés sur les dates et le format de la troisième session.",
    ),
    (
        Lang::Ru,
        "Заключительное слово Генерального директора",
        "Генеральный директор закрывает вторую сессию, благодарит участников во всех часовых поясах и излагает дальнейшие шаги, включая очередной пересмотр тематического документа. С государствами-членами будут проведены консультации о сроках и формате третьей сессии.",
    ),
    (
        Lang::Es,
        "Palabras de clausura del Director General",
        "El Director General clausura la segunda sesión, agradece su participación a los asistentes de todos los husos horarios y expone los próximos pasos, entre ellos una nueva revisión del documento temático. Se consultará a los Estados miembros sobre las fechas y el formato de la tercera sesión.",
    ),
];

/// The translations of the plenary session titled `title` in English, if it is one.
fn plenary(title: &str) -> Option<&'static Texts> {
    match title {
        "Opening by the Director General" => Some(&OPENING),
        "Keynote: Intellectual Property Systems in an Age of Intelligent Machines" => {
            Some(&KEYNOTE_SYSTEMS)
        }
        "Keynote: Inventorship and the Machine" => Some(&KEYNOTE_INVENTORSHIP),
        "Closing Remarks by the Director General" => Some(&CLOSING),
        _ => None,
    }
}

/// The floor language and the interpretation of the `i`-th demo session.
fn languages(i: usize, s: &DemoSession) -> (Option<Lang>, Vec<Lang>) {
    let others =
        |floor: Lang| -> Vec<Lang> { Lang::ALL.into_iter().filter(|l| *l != floor).collect() };
    match s.kind {
        "break" => (None, Vec::new()),
        "opening" | "closing" | "keynote" => (Some(Lang::En), others(Lang::En)),
        "workshop" => (Some(Lang::En), Vec::new()),
        _ if s.track != "Main hall" => (Some(Lang::En), Vec::new()),
        // Every fifth main-hall session is held in French, every seventh in Spanish.
        _ if i.is_multiple_of(5) => (Some(Lang::Fr), vec![Lang::En, Lang::Es]),
        _ if i.is_multiple_of(7) => (Some(Lang::Es), vec![Lang::En, Lang::Fr]),
        _ if i.is_multiple_of(2) => (Some(Lang::En), vec![Lang::Ar, Lang::Fr, Lang::Es]),
        _ => (Some(Lang::En), vec![Lang::Fr, Lang::Es]),
    }
}

/// Stores the demo conference's languages, translations and session languages.
pub(super) fn seed(
    conn: &mut DbConn,
    conference: ConferenceId,
    sessions: &[(SessionId, DemoSession)],
    now: chrono::DateTime<chrono::Utc>,
) -> diesel::QueryResult<()> {
    db::content::set_languages(conn, conference, &Lang::ALL)?;
    for (lang, title, description) in CONFERENCE {
        db::content::save_conference_text(
            conn,
            conference,
            &db::content::ConferenceText {
                lang,
                title: title.into(),
                description: description.into(),
                privacy_notice: String::new(),
            },
            now,
        )?;
    }
    for (i, (id, s)) in sessions.iter().enumerate() {
        for (lang, title, summary) in plenary(s.title).into_iter().flatten() {
            db::content::save_session_text(
                conn,
                &db::content::SessionText {
                    session_id: *id,
                    lang: *lang,
                    title: (*title).into(),
                    summary: (*summary).into(),
                },
                now,
            )?;
        }
        let (floor, interpretation) = languages(i, s);
        db::content::set_session_languages(conn, *id, floor, &interpretation)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_plenary_of_the_programme_is_translated_into_the_five_other_languages() {
        let plenaries: Vec<_> = super::super::data::SESSIONS
            .iter()
            .filter(|s| matches!(s.kind, "opening" | "keynote" | "closing"))
            .collect();
        assert_eq!(plenaries.len(), 4);
        for s in plenaries {
            let texts = plenary(s.title).expect("translated");
            let langs: Vec<Lang> = texts.iter().map(|t| t.0).collect();
            assert_eq!(
                langs,
                vec![Lang::Ar, Lang::Zh, Lang::Fr, Lang::Ru, Lang::Es]
            );
            assert!(texts.iter().all(|t| !t.1.is_empty() && !t.2.is_empty()));
        }
    }
}
