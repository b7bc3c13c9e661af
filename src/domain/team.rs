//! The project team. The method insists that each member's goal is also personal.

use serde::{Deserialize, Serialize};

use super::Id;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    pub id: Id,
    pub name: String,
    pub role: Role,
    #[serde(default)]
    pub personal_goal: String,
    /// The member needs evidence of this work for promotion (napredovanje
    /// v nazive): the annual and final reports list what they did.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub promotion: bool,
}

impl Member {
    pub fn new(id: Id, name: &str, role: Role) -> Member {
        Member {
            id,
            name: name.trim().to_string(),
            role,
            personal_goal: String::new(),
            promotion: false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    FormalLeader,
    ContentLeader,
    Consultant,
    Teacher,
    Student,
    Parent,
    Head,
    Other,
    /// A critical friend from outside the project group (kritični prijatelj).
    CriticalFriend,
    /// A monitoring's deputy head for teaching (заместитель директора по УВР).
    DeputyAcademic,
    /// A monitoring's deputy head for upbringing (заместитель директора по ВР).
    DeputyUpbringing,
    /// The head of a subject group (руководитель МО).
    MethodHead,
    /// A class teacher (классный руководитель).
    ClassTeacher,
    /// A social pedagogue (социальный педагог).
    SocialPedagogue,
}

impl Role {
    pub const ALL: [Role; 9] = [
        Role::FormalLeader,
        Role::ContentLeader,
        Role::Consultant,
        Role::Teacher,
        Role::Student,
        Role::Parent,
        Role::Head,
        Role::CriticalFriend,
        Role::Other,
    ];

    /// The roles of a monitoring (the regulation's): the head, the deputies,
    /// the heads of subject groups, class teachers, the social pedagogue,
    /// teachers.
    pub const MONITORING: [Role; 9] = [
        Role::Head,
        Role::DeputyAcademic,
        Role::DeputyUpbringing,
        Role::MethodHead,
        Role::ClassTeacher,
        Role::SocialPedagogue,
        Role::Teacher,
        Role::Parent,
        Role::Other,
    ];

    /// The roles offered in a workshop of a method, with `keep` among them
    /// (a member's present role is never dropped by editing them).
    pub fn offered(method: super::Method, keep: Option<Role>) -> Vec<Role> {
        let mut v = match method {
            super::Method::Innovation => Role::ALL.to_vec(),
            super::Method::Monitoring => Role::MONITORING.to_vec(),
        };
        if let Some(r) = keep
            && !v.contains(&r)
        {
            v.push(r);
        }
        v
    }
}
