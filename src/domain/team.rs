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
}

impl Member {
    pub fn new(id: Id, name: &str, role: Role) -> Member {
        Member {
            id,
            name: name.trim().to_string(),
            role,
            personal_goal: String::new(),
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
}

impl Role {
    pub const ALL: [Role; 8] = [
        Role::FormalLeader,
        Role::ContentLeader,
        Role::Consultant,
        Role::Teacher,
        Role::Student,
        Role::Parent,
        Role::Head,
        Role::Other,
    ];
}
