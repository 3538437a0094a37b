//! The help page: what each role can do here, and what the words of the forms mean (rating
//! levels, visibility, "not attributed"). The explanations are written once, in
//! `templates/help/hints.html`, and the forms show the same words beside their fields.

use askama::Template;
use axum::response::IntoResponse;

use crate::access::Role;
use crate::web::{Html, PageContext};

/// `GET /help`: one page, a section per role, the viewer's own first in the contents.
pub async fn show_help(ctx: PageContext) -> impl IntoResponse {
    let own_section = match ctx.viewer.role() {
        Some(Role::Partner) => "partners",
        Some(Role::Official) => "officials",
        Some(Role::Staff) => "staff",
        Some(Role::Admin) => "administrators",
        None => "everyone",
    };
    Html(HelpPage { ctx, own_section })
}

/// The help page.
#[derive(Template)]
#[template(path = "help/show.html")]
pub struct HelpPage {
    pub ctx: PageContext,
    /// The id of the section for the viewer's role ("everyone" for a visitor).
    pub own_section: &'static str,
}

impl HelpPage {
    /// The sections, in the order of the page: (id, heading).
    pub fn sections(&self) -> [(&'static str, String); 6] {
        [
            ("everyone", t!("help-everyone")),
            ("partners", t!("help-partners")),
            ("officials", t!("help-officials")),
            ("staff", t!("help-staff")),
            ("administrators", t!("help-admins")),
            ("words", t!("help-words")),
        ]
    }
}
