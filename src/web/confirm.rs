//! The confirmation page of an irreversible action: the button of the action leads here (a
//! plain GET link, so no JavaScript is needed), and this page holds the one POST form that
//! does it, with a way back. Shared by every slice (`templates/confirm.html`).

use askama::Template;

use super::PageContext;

/// "Are you sure?" on a page of its own.
#[derive(Template)]
#[template(path = "confirm.html")]
pub struct ConfirmPage {
    pub ctx: PageContext,
    /// The page title and heading ("Remove this session from the agenda?").
    pub title: String,
    /// The question, naming the record ("Remove “Opening” from the agenda of ...?").
    pub question: String,
    /// What happens, and whether it can be undone.
    pub explanation: String,
    /// Where the POST form goes.
    pub action: String,
    /// The confirming button ("Yes, remove it").
    pub button: String,
    /// The way back (the record's page), as a link [`Self::back_label`].
    pub back: String,
    /// The words of the way back ("No, go back" unless said otherwise).
    pub back_label: String,
    /// Hidden fields the action needs besides the CSRF-safe form itself (a version, say).
    pub hidden: Vec<(String, String)>,
}

impl ConfirmPage {
    /// A confirmation page without hidden fields.
    pub fn new(
        ctx: PageContext,
        title: impl Into<String>,
        question: impl Into<String>,
        explanation: impl Into<String>,
        action: impl Into<String>,
        button: impl Into<String>,
        back: impl Into<String>,
    ) -> Self {
        Self {
            ctx,
            title: title.into(),
            question: question.into(),
            explanation: explanation.into(),
            action: action.into(),
            button: button.into(),
            back: back.into(),
            back_label: t!("confirm-no-go-back"),
            hidden: Vec::new(),
        }
    }

    /// Names the way back in other words ("No, keep it").
    #[must_use]
    pub fn with_back_label(mut self, label: impl Into<String>) -> Self {
        self.back_label = label.into();
        self
    }

    /// Adds a hidden field to the form.
    #[must_use]
    pub fn with_hidden(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.hidden.push((name.into(), value.into()));
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_asks_once_posts_to_the_action_and_offers_a_way_back() {
        let page = ConfirmPage::new(
            PageContext::default(),
            "Remove this session?",
            "Remove <Opening> from the agenda?",
            "Staff can restore it later.",
            "/sessions/1/archive",
            "Yes, remove it",
            "/consultations/hanoi",
        )
        .with_hidden("version", "3");
        let html = page.render().expect("renders");
        assert!(html.contains(r#"<form method="post" action="/sessions/1/archive""#));
        assert!(html.contains(">Yes, remove it</button>"));
        assert!(html.contains(r#"<a href="/consultations/hanoi" class="back">No, go back</a>"#));
        assert!(html.contains(r#"name="version" value="3""#));
        assert!(
            html.contains("Remove &#60;Opening&#62;") || html.contains("Remove &lt;Opening&gt;")
        );
        assert!(
            !html.contains("<script"),
            "no script: works without JavaScript"
        );
    }
}
