//! The regulation's model of a quality monitoring (положение о ВСОКО): the
//! objects of assessment and the procedures that assess them, the kinds of
//! monitoring period, the comparison figures from outside the school, and the
//! plan of internal control (ВШК) that schedules the procedures in the periods.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Id;
use super::indicators::Responsible;

/// The objects of assessment the regulation names (section 4.3, предмет
/// системы оценки качества образования).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AssessObject {
    /// The pupils' educational results (качество образовательных результатов).
    Results,
    /// The organisation of educational activity: its conditions, access,
    /// comfort, equipment, meals (качество организации образовательной
    /// деятельности).
    Organisation,
    /// Functional literacy (качество формирования функциональной грамотности).
    Literacy,
    /// The main and additional programmes and their conditions (качество
    /// основных и дополнительных образовательных программ).
    Programmes,
    /// Upbringing work (воспитательная работа).
    Upbringing,
    /// Teachers' professional competence (профессиональная компетентность
    /// педагогов).
    Competence,
    /// How well quality is managed, and the school's openness (эффективность
    /// управления качеством образования и открытость деятельности школы).
    Management,
    /// The pupils' health (состояние здоровья обучающихся).
    Health,
}

impl AssessObject {
    pub const ALL: [AssessObject; 8] = [
        AssessObject::Results,
        AssessObject::Organisation,
        AssessObject::Literacy,
        AssessObject::Programmes,
        AssessObject::Upbringing,
        AssessObject::Competence,
        AssessObject::Management,
        AssessObject::Health,
    ];
}

/// A monitoring procedure (section 4.4): grade 1 readiness, grade 5
/// adaptation, the grade 4 monitoring, functional literacy, …
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Procedure {
    pub id: Id,
    pub name: String,
    pub object: AssessObject,
    /// What the procedure is for (цель).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub aim: String,
    /// When it is held (сроки), in the school's words: "October", "April–May".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub timing: String,
    /// Who takes part (участники): "grade 5", "grades 1–9, parents".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub participants: String,
    #[serde(default, skip_serializing_if = "is_unassigned")]
    pub responsible: Responsible,
}

fn is_unassigned(r: &Responsible) -> bool {
    *r == Responsible::Unassigned
}

/// The kind of a monitoring period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PeriodKind {
    Year,
    HalfYear,
    Quarter,
    Trimester,
}

impl PeriodKind {
    pub const ALL: [PeriodKind; 4] = [
        PeriodKind::Year,
        PeriodKind::HalfYear,
        PeriodKind::Quarter,
        PeriodKind::Trimester,
    ];
}

/// A comparison unit from outside the school, entered like a class but never
/// counted into the school's own values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Scope {
    /// The municipality's figure (муниципальный показатель).
    Municipal,
    /// The region's figure (региональный показатель).
    Regional,
}

/// What a control ends in (форма подведения итогов).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Summary {
    /// An analytic note (аналитическая справка).
    #[default]
    Note,
    /// An order on the results (приказ).
    Order,
    /// The pedagogical council (педагогический совет).
    Council,
    /// A meeting with the head (совещание при директоре).
    HeadMeeting,
    /// The subject group's meeting (заседание МО).
    GroupMeeting,
}

impl Summary {
    pub const ALL: [Summary; 5] = [
        Summary::Note,
        Summary::Order,
        Summary::Council,
        Summary::HeadMeeting,
        Summary::GroupMeeting,
    ];
}

/// One entry of the plan of internal control (план ВШК): what is checked in
/// which period, by when, by whom, and what it ends in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ControlItem {
    pub id: Id,
    /// The monitoring period it falls in.
    pub period: Id,
    /// The procedure it carries out, if it is one of the card's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub procedure: Option<Id>,
    /// What is checked, in the plan's words.
    pub what: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "is_unassigned")]
    pub responsible: Responsible,
    #[serde(default)]
    pub summary: Summary,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub done: bool,
}
