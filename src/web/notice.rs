//! "Say what happened": the status message the page after a write shows ("Note submitted for
//! review", "Draft saved at 14:05 (UTC+7)").
//!
//! A write handler answers [`see_other_with`]`(to, notice)`: a 303 that carries the notice to
//! the next page in a short-lived cookie (`HttpOnly`, `SameSite=Lax`, `Path=/`, one minute;
//! `Secure` over HTTPS). The cookie holds only a code of [`Message`] and at most one number (a
//! time or a count), never text: whatever arrives is parsed back into a [`Notice`] or ignored,
//! so no one can make a page say something through a link or a forged cookie. The next page
//! (the first HTML answer that is not itself a redirect) shows it in the base layout's
//! `role="status"` region and clears the cookie, so a reload does not show it again.

use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use chrono::{DateTime, FixedOffset, Utc};

/// The cookie that carries a notice from a write to the next page.
pub const COOKIE: &str = "musyawarah-notice";

/// What was done: the code in the cookie, and the words the page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    DraftSaved,
    NoteSubmitted,
    NoteReturned,
    NotePublished,
    NoteWithdrawn,
    NoteRestored,
    NoteCorrected,
    NotesReturnedToYou,
    SignedIn,
    SignedOut,
    PasswordChanged,
    UserSaved,
    UserDisabled,
    UserEnabled,
    ConsultationAdded,
    ConsultationSaved,
    SessionAdded,
    SessionSaved,
    SessionMoved,
    SessionRemoved,
    SessionRestored,
    OrganisationAdded,
    OrganisationSaved,
    OrganisationsMerged,
    ParticipationAdded,
    ParticipationSaved,
    ParticipationRemoved,
    PersonAdded,
    PersonSaved,
    PositionAdded,
    SeriesAdded,
    SeriesSaved,
    FindingAdded,
    FindingSaved,
    ProgressAdded,
    CommitmentSaved,
    RoundOpened,
    RoundSaved,
    AnswersSaved,
    AssessmentSubmitted,
    AssessmentCorrected,
    ParticipantListChecked,
    ImportStarted,
    TranslationSaved,
    TranslationReviewed,
}

crate::domain::enumerated! {
    Message {
        DraftSaved => "draft-saved", "Draft saved";
        NoteSubmitted => "note-submitted", "Note submitted for review";
        NoteReturned => "note-returned", "Note returned to its author with your comment";
        NotePublished => "note-published", "Note published";
        NoteWithdrawn => "note-withdrawn", "Note withdrawn: it will not be published. You can restore it as a draft below";
        NoteRestored => "note-restored", "Note restored as a draft";
        NoteCorrected => "note-corrected", "Correction saved: the published note now reads as below";
        NotesReturnedToYou => "notes-returned", "returned to you";
        SignedIn => "signed-in", "You are signed in";
        SignedOut => "signed-out", "You have signed out";
        PasswordChanged => "password-changed", "Your password has been changed";
        UserSaved => "user-saved", "Account saved";
        UserDisabled => "user-disabled", "Account disabled: its logins have ended";
        UserEnabled => "user-enabled", "Account enabled";
        ConsultationAdded => "consultation-added", "Consultation added";
        ConsultationSaved => "consultation-saved", "Consultation saved";
        SessionAdded => "session-added", "Session added to the agenda";
        SessionSaved => "session-saved", "Session saved";
        SessionMoved => "session-moved", "Session moved";
        SessionRemoved => "session-removed", "Session removed from the agenda";
        SessionRestored => "session-restored", "Session restored to the agenda";
        OrganisationAdded => "organisation-added", "Organisation added";
        OrganisationSaved => "organisation-saved", "Organisation saved";
        OrganisationsMerged => "organisations-merged", "Organisations merged into this one";
        ParticipationAdded => "participation-added", "Participation recorded";
        ParticipationSaved => "participation-saved", "Participation saved";
        ParticipationRemoved => "participation-removed", "Participation record removed";
        PersonAdded => "person-added", "Person added";
        PersonSaved => "person-saved", "Person saved";
        PositionAdded => "position-added", "Position added";
        SeriesAdded => "series-added", "Series added";
        SeriesSaved => "series-saved", "Series saved";
        FindingAdded => "finding-added", "Finding added";
        FindingSaved => "finding-saved", "Finding saved";
        ProgressAdded => "progress-added", "Progress update added";
        CommitmentSaved => "commitment-saved", "Commitment saved";
        RoundOpened => "round-opened", "Self-assessment round opened";
        RoundSaved => "round-saved", "Round saved";
        AnswersSaved => "answers-saved", "Answers saved";
        AssessmentSubmitted => "assessment-submitted", "Assessment submitted";
        AssessmentCorrected => "assessment-corrected", "Correction saved";
        ParticipantListChecked => "participant-list-checked", "Participant list checked";
        ImportStarted => "import-started", "Import started: this page shows when every row is written";
        TranslationSaved => "translation-saved", "Translation saved";
        TranslationReviewed => "translation-reviewed", "Translation marked as reviewed";
    }
}

/// What a notice says besides its message: nothing, when it happened, or how many.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    None,
    /// When, and in which zone to say it.
    At(DateTime<Utc>, FixedOffset),
    Count(u32),
}

/// A status message for the next page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Notice {
    pub message: Message,
    pub detail: Detail,
}

impl From<Message> for Notice {
    fn from(message: Message) -> Self {
        Self {
            message,
            detail: Detail::None,
        }
    }
}

impl Notice {
    /// A message with nothing more to say.
    pub fn new(message: Message) -> Self {
        message.into()
    }

    /// A message that says when ("Draft saved at 14:05 (UTC+7)"), in the zone `offset`.
    pub fn at(message: Message, when: DateTime<Utc>, offset: FixedOffset) -> Self {
        Self {
            message,
            detail: Detail::At(when, offset),
        }
    }

    /// A message that says how many.
    pub fn count(message: Message, n: u32) -> Self {
        Self {
            message,
            detail: Detail::Count(n),
        }
    }

    /// The words the page shows, in the language of the request.
    pub fn text(&self) -> String {
        match (self.message, self.detail) {
            (Message::NotesReturnedToYou, Detail::Count(n)) => {
                t!("notice-notes-returned", count = n)
            }
            (Message::ParticipantListChecked, Detail::Count(n)) => {
                t!("notice-list-checked", count = n)
            }
            (message, Detail::At(when, offset)) => t!(
                "notice-at",
                done = message.label(),
                time = super::format::time(when, offset)
            ),
            (message, _) => message.label().to_owned(),
        }
    }

    /// The cookie's value: the code, and the number if there is one.
    pub fn encode(&self) -> String {
        match self.detail {
            Detail::None => self.message.value().to_owned(),
            Detail::At(when, offset) => format!(
                "{}.{}.{}",
                self.message.value(),
                when.timestamp(),
                offset.local_minus_utc() / 60
            ),
            Detail::Count(n) => format!("{}.{n}", self.message.value()),
        }
    }

    /// A cookie's value back, if it is one that [`Notice::encode`] could have written.
    pub fn decode(value: &str) -> Option<Self> {
        let mut parts = value.split('.');
        let code = parts.next()?;
        let message = Message::ALL.into_iter().find(|m| m.value() == code)?;
        let numbers: Vec<&str> = parts.collect();
        let digits =
            |s: &str| !s.is_empty() && s.len() <= 12 && s.bytes().all(|b| b.is_ascii_digit());
        let detail = match numbers.as_slice() {
            [] => Detail::None,
            [n] if digits(n) => Detail::Count(n.parse().ok()?),
            [secs, minutes] => {
                let (sign, minutes) = match minutes.strip_prefix('-') {
                    Some(m) => (-1, m),
                    None => (1, *minutes),
                };
                if !digits(secs) || !digits(minutes) {
                    return None;
                }
                let minutes: i32 = minutes.parse().ok()?;
                // Zones run from UTC-12 to UTC+14.
                if minutes > 14 * 60 {
                    return None;
                }
                let offset = FixedOffset::east_opt(sign * minutes * 60)?;
                Detail::At(DateTime::from_timestamp(secs.parse().ok()?, 0)?, offset)
            }
            _ => return None,
        };
        Some(Self { message, detail })
    }
}

/// A redirect after a form (303 See Other) whose next page says what was done.
pub fn see_other_with(to: &str, notice: impl Into<Notice>) -> Response {
    let mut response = super::see_other(to);
    response.extensions_mut().insert(notice.into());
    response
}

/// The notice a request brought, if any (put there by [`carry`]), for the page context.
#[derive(Debug, Clone, Copy)]
pub struct Arrived(pub Notice);

impl Arrived {
    /// What the page shows: after signing in, only how many of a partner's notes were returned
    /// to them (`returned`, read with the login), if any; anything else as it came.
    pub fn shown(self, returned: i64) -> Option<Notice> {
        match self.0.message {
            Message::SignedIn => (returned > 0).then(|| {
                Notice::count(
                    Message::NotesReturnedToYou,
                    u32::try_from(returned).unwrap_or(u32::MAX),
                )
            }),
            _ => Some(self.0),
        }
    }
}

/// Middleware: turns a handler's [`Notice`] into the cookie on its redirect, and hands a notice
/// that arrived to the page (in the request's extensions), clearing the cookie once an HTML
/// page that is not a redirect has been drawn with it. `secure` marks the cookie `Secure`.
pub async fn carry(State(secure): State<bool>, mut request: Request, next: Next) -> Response {
    let arrived = notice_of(request.headers());
    if let Some(notice) = arrived {
        request.extensions_mut().insert(Arrived(notice));
    }
    let mut response = next.run(request).await;
    let secure = if secure { "; Secure" } else { "" };
    let set = if let Some(notice) = response.extensions_mut().remove::<Notice>() {
        Some(format!(
            "{COOKIE}={}; Max-Age=60; Path=/; HttpOnly; SameSite=Lax{secure}",
            notice.encode()
        ))
    } else if arrived.is_some() && shown(&response) {
        Some(format!(
            "{COOKIE}=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax{secure}"
        ))
    } else {
        None
    };
    if let Some(cookie) = set.and_then(|c| HeaderValue::from_str(&c).ok()) {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}

/// Whether `response` is a page that showed the notice: HTML, and not a redirect.
fn shown(response: &Response) -> bool {
    !response.status().is_redirection()
        && response.status() != StatusCode::NOT_MODIFIED
        && response
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/html"))
}

/// The notice in a request's cookies, if one is there and reads as one.
fn notice_of(headers: &axum::http::HeaderMap) -> Option<Notice> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .and_then(|(_, value)| Notice::decode(value.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_notice_reads_back_from_its_cookie() {
        let when = DateTime::from_timestamp(1_796_000_000, 0).expect("a time");
        let seven = FixedOffset::east_opt(7 * 3600).expect("an offset");
        let half = FixedOffset::west_opt(9 * 1800).expect("an offset");
        for message in Message::ALL {
            for notice in [
                Notice::new(message),
                Notice::at(message, when, seven),
                Notice::at(message, when, half),
                Notice::count(message, 3),
            ] {
                assert_eq!(Notice::decode(&notice.encode()), Some(notice));
            }
        }
    }

    #[test]
    fn anything_else_in_the_cookie_is_ignored() {
        for value in [
            "",
            "You have won",
            "note-submitted.<script>",
            "note-submitted.1.2.3",
            "draft-saved.1796000000.9999",
            "draft-saved.-5.60",
            "notes-returned.99999999999999999999",
            "Note%20submitted",
        ] {
            assert_eq!(Notice::decode(value), None, "{value}");
        }
    }

    #[test]
    fn notices_say_when_and_how_many() {
        let when = DateTime::parse_from_rfc3339("2026-12-01T07:05:00Z")
            .expect("a time")
            .with_timezone(&Utc);
        let seven = FixedOffset::east_opt(7 * 3600).expect("an offset");
        assert_eq!(
            Notice::at(Message::DraftSaved, when, seven).text(),
            "Draft saved at 14:05 (UTC+7)"
        );
        assert_eq!(
            Notice::count(Message::NotesReturnedToYou, 1).text(),
            "1 note was returned to you"
        );
        assert_eq!(
            Notice::count(Message::NotesReturnedToYou, 2).text(),
            "2 notes were returned to you"
        );
        assert_eq!(
            Notice::new(Message::NoteSubmitted).text(),
            "Note submitted for review"
        );
    }
}
