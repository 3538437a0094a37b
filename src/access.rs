//! The access policy, in one place and deny by default: each rule says who may see or change
//! what, and anything no rule allows is refused. Queries take the viewer's visible levels from
//! here rather than deciding for themselves; handlers ask here before writing.
//!
//! What a partner may write follows from their organisation, what an official may write from
//! their Member State, both read from the user's record on every request (never from a form).
//! A record outside the viewer's scope is answered with 404, so its existence is not revealed.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Who may see a record; the vocabulary lives in `domain`, the rules about it here.
pub use crate::domain::Visibility;

/// What a user account may do.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type, PartialOrd, Ord,
)]
#[sqlx(type_name = "user_role", rename_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Admin,
    Staff,
    Partner,
    Official,
}

crate::domain::enumerated! {
    Role {
        Admin => "admin", "Administrator";
        Staff => "staff", "HRWG staff";
        Partner => "partner", "Civil-society partner";
        Official => "official", "Official";
    }
}

impl Role {
    /// Staff and admins must sign in with a second factor.
    pub fn requires_two_factor(self) -> bool {
        matches!(self, Self::Admin | Self::Staff)
    }
}

/// A signed-in user, as loaded from the database on each request.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct User {
    pub id: Uuid,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    /// A partner's organisation.
    pub organisation_id: Option<Uuid>,
    /// An official's Member State; `None` for an official of the region.
    pub member_state_code: Option<String>,
    /// The interface language the user chose (a catalogue's code), if they chose one.
    #[sqlx(default)]
    pub language: Option<String>,
}

/// The person behind a request, as far as access is concerned.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Viewer {
    /// Not signed in.
    #[default]
    Anonymous,
    /// Signed in (with the second factor where one is needed).
    User(User),
}

impl Viewer {
    pub fn user(&self) -> Option<&User> {
        match self {
            Self::Anonymous => None,
            Self::User(user) => Some(user),
        }
    }

    pub fn role(&self) -> Option<Role> {
        self.user().map(|u| u.role)
    }

    /// The account an audit entry or a record names as its actor (none for a visitor).
    pub fn actor_id(&self) -> Option<uuid::Uuid> {
        self.user().map(|u| u.id)
    }

    pub fn is_signed_in(&self) -> bool {
        self.user().is_some()
    }

    /// HRWG staff, or an administrator (who has staff rights too).
    pub fn is_staff(&self) -> bool {
        matches!(self.role(), Some(Role::Staff | Role::Admin))
    }

    pub fn is_admin(&self) -> bool {
        self.role() == Some(Role::Admin)
    }

    /// The visibility levels this viewer may read; bound into every list query.
    pub fn visible_levels(&self) -> Vec<Visibility> {
        match self.role() {
            None => vec![Visibility::Public],
            Some(Role::Partner | Role::Official) => vec![Visibility::Public, Visibility::Members],
            Some(Role::Staff | Role::Admin) => {
                vec![Visibility::Public, Visibility::Members, Visibility::Staff]
            }
        }
    }

    /// Whether the viewer may read a record at `level`.
    pub fn can_see(&self, level: Visibility) -> bool {
        self.visible_levels().contains(&level)
    }

    /// Whether the viewer may see participants' personal data (names of people who took part,
    /// their contact details and sex): staff only.
    pub fn sees_personal_data(&self) -> bool {
        self.is_staff()
    }

    /// Whether the viewer may write on behalf of `organisation`: staff, or a partner of it.
    pub fn may_act_for_organisation(&self, organisation: Uuid) -> bool {
        match self.user() {
            Some(u) if matches!(u.role, Role::Staff | Role::Admin) => true,
            Some(u) if u.role == Role::Partner => u.organisation_id == Some(organisation),
            _ => false,
        }
    }

    /// Whether the viewer may write for Member State `code` as its government: staff, or an
    /// official of that state (an official of the region writes for none).
    pub fn may_act_for_state(&self, code: &str) -> bool {
        match self.user() {
            Some(u) if matches!(u.role, Role::Staff | Role::Admin) => true,
            Some(u) if u.role == Role::Official => u.member_state_code.as_deref() == Some(code),
            _ => false,
        }
    }

    /// "You are seeing public data only.", in the page's language: the sentence pages that say
    /// whose data they are built from end with.
    pub fn seeing(&self) -> String {
        match self.role() {
            None => t!("scope-public"),
            Some(Role::Partner | Role::Official) => t!("scope-members"),
            Some(Role::Staff | Role::Admin) => t!("scope-all"),
        }
    }

    /// A phrase for pages that say whose data they are built from.
    pub fn data_scope(&self) -> String {
        match self.role() {
            None => t!("data-scope-public"),
            Some(Role::Partner | Role::Official) => t!("data-scope-members"),
            Some(Role::Staff | Role::Admin) => t!("data-scope-all"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(role: Role, organisation: Option<Uuid>, state: Option<&str>) -> Viewer {
        Viewer::User(User {
            id: Uuid::new_v4(),
            email: "someone@example.org".into(),
            display_name: "Someone".into(),
            role,
            organisation_id: organisation,
            member_state_code: state.map(str::to_owned),
            language: None,
        })
    }

    #[test]
    fn anonymous_visitors_see_public_records_only_and_write_nothing() {
        let viewer = Viewer::Anonymous;
        assert!(viewer.can_see(Visibility::Public));
        assert!(!viewer.can_see(Visibility::Members));
        assert!(!viewer.can_see(Visibility::Staff));
        assert!(!viewer.sees_personal_data());
        assert!(!viewer.may_act_for_organisation(Uuid::new_v4()));
        assert!(!viewer.may_act_for_state("VN"));
    }

    #[test]
    fn members_see_member_records_but_not_staff_ones_nor_personal_data() {
        for viewer in [
            user(Role::Partner, Some(Uuid::new_v4()), None),
            user(Role::Official, None, Some("VN")),
        ] {
            assert!(viewer.can_see(Visibility::Members));
            assert!(!viewer.can_see(Visibility::Staff));
            assert!(!viewer.sees_personal_data());
        }
    }

    #[test]
    fn partners_act_for_their_own_organisation_only() {
        let own = Uuid::new_v4();
        let partner = user(Role::Partner, Some(own), None);
        assert!(partner.may_act_for_organisation(own));
        assert!(!partner.may_act_for_organisation(Uuid::new_v4()));
        assert!(!partner.may_act_for_state("VN"));
    }

    #[test]
    fn officials_act_for_their_own_member_state_only() {
        let official = user(Role::Official, None, Some("VN"));
        assert!(official.may_act_for_state("VN"));
        assert!(!official.may_act_for_state("TH"));
        assert!(!official.may_act_for_organisation(Uuid::new_v4()));
        let regional = user(Role::Official, None, None);
        assert!(!regional.may_act_for_state("VN"));
    }

    #[test]
    fn staff_and_admins_see_everything_and_act_for_anyone() {
        for viewer in [user(Role::Staff, None, None), user(Role::Admin, None, None)] {
            assert!(viewer.can_see(Visibility::Staff));
            assert!(viewer.sees_personal_data());
            assert!(viewer.may_act_for_organisation(Uuid::new_v4()));
            assert!(viewer.may_act_for_state("TL"));
        }
        assert!(user(Role::Admin, None, None).is_admin());
        assert!(!user(Role::Staff, None, None).is_admin());
    }
}
