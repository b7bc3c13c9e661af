//! The first reflection workshop: strengths and weaknesses of the individual and
//! the group, clustered and dot-voted.

use serde::{Deserialize, Serialize};

use super::{DomainError, Id};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Diagnosis {
    /// Dots each member may place.
    pub votes_per_member: u8,
    /// Counts stay hidden until the facilitator reveals them, so early votes do
    /// not anchor the rest.
    pub votes_revealed: bool,
    pub items: Vec<DiagnosisItem>,
    pub clusters: Vec<Cluster>,
    pub votes: Vec<Vote>,
}

impl Default for Diagnosis {
    fn default() -> Self {
        Diagnosis {
            votes_per_member: 3,
            votes_revealed: false,
            items: Vec::new(),
            clusters: Vec::new(),
            votes: Vec::new(),
        }
    }
}

/// Strengths come in three categories, weaknesses in two.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Category {
    /// Strength: expectations.
    Expectations,
    /// Strength: interest in discovering the unknown.
    Curiosity,
    /// Strength: problem-solving style.
    ProblemSolving,
    /// Weakness: content needs.
    ContentNeeds,
    /// Weakness: methodical needs.
    MethodicalNeeds,
}

impl Category {
    pub const ALL: [Category; 5] = [
        Category::Expectations,
        Category::Curiosity,
        Category::ProblemSolving,
        Category::ContentNeeds,
        Category::MethodicalNeeds,
    ];

    pub fn is_strength(self) -> bool {
        matches!(
            self,
            Category::Expectations | Category::Curiosity | Category::ProblemSolving
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Author {
    Group,
    Member(Id),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiagnosisItem {
    pub id: Id,
    pub category: Category,
    pub text: String,
    pub author: Author,
    /// The cluster this item was merged into; it stays visible inside it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<Id>,
    /// Written by a participant in the room and not yet revealed: seen by
    /// its author and the facilitator only.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub private: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cluster {
    pub id: Id,
    pub title: String,
    pub category: Category,
}

/// One dot: a member's vote for an item or a cluster.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vote {
    pub voter: Id,
    pub target: Id,
}

impl Diagnosis {
    pub fn votes_of(&self, voter: Id) -> usize {
        self.votes.iter().filter(|v| v.voter == voter).count()
    }

    pub fn votes_for(&self, target: Id) -> usize {
        self.votes.iter().filter(|v| v.target == target).count()
    }

    /// Places a dot, refusing once the member's dots are used up.
    pub fn cast_vote(
        &mut self,
        voter: Id,
        voter_name: &str,
        target: Id,
    ) -> Result<(), DomainError> {
        if self.votes_of(voter) >= usize::from(self.votes_per_member) {
            return Err(DomainError::NoVotesLeft {
                voter: voter_name.to_string(),
                limit: self.votes_per_member,
            });
        }
        self.votes.push(Vote { voter, target });
        Ok(())
    }

    /// Takes back one of the member's dots on the target; false if there was none.
    pub fn withdraw_vote(&mut self, voter: Id, target: Id) -> bool {
        match self
            .votes
            .iter()
            .rposition(|v| v.voter == voter && v.target == target)
        {
            Some(i) => {
                self.votes.remove(i);
                true
            }
            None => false,
        }
    }

    /// Clusters and items that have dots, most dots first; ties keep the
    /// board's order (clusters before loose items).
    pub fn ranking(&self) -> Vec<(usize, &str, Category)> {
        let mut ranked: Vec<(usize, &str, Category)> = self
            .clusters
            .iter()
            .map(|c| (self.votes_for(c.id), c.title.as_str(), c.category))
            .chain(
                self.items
                    .iter()
                    .map(|i| (self.votes_for(i.id), i.text.as_str(), i.category)),
            )
            .filter(|(n, _, _)| *n > 0)
            .collect();
        ranked.sort_by_key(|r| std::cmp::Reverse(r.0));
        ranked
    }

    pub fn items_in(&self, category: Category) -> impl Iterator<Item = &DiagnosisItem> {
        self.items.iter().filter(move |i| i.category == category)
    }

    pub fn members_of(&self, cluster: Id) -> impl Iterator<Item = &DiagnosisItem> {
        self.items
            .iter()
            .filter(move |i| i.cluster == Some(cluster))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strengths_and_weaknesses_are_split_three_and_two() {
        let strengths = Category::ALL.iter().filter(|c| c.is_strength()).count();
        assert_eq!(strengths, 3);
        assert_eq!(Category::ALL.len() - strengths, 2);
    }

    #[test]
    fn votes_are_limited_per_member() {
        let mut d = Diagnosis {
            votes_per_member: 2,
            ..Diagnosis::default()
        };
        let ana = Id(1);
        assert!(d.cast_vote(ana, "Ana", Id(10)).is_ok());
        assert!(d.cast_vote(ana, "Ana", Id(10)).is_ok());
        assert_eq!(
            d.cast_vote(ana, "Ana", Id(11)),
            Err(DomainError::NoVotesLeft {
                voter: "Ana".into(),
                limit: 2
            })
        );
        assert!(d.cast_vote(Id(2), "Bor", Id(11)).is_ok());
        assert_eq!(d.votes_for(Id(10)), 2);
        assert!(d.withdraw_vote(ana, Id(10)));
        assert!(!d.withdraw_vote(ana, Id(11)));
        assert_eq!(d.votes_of(ana), 1);
    }
}
