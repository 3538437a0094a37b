//! Every page of each role's journeys on a phone: at a 390 px wide window, with JavaScript on and
//! (for visitors and partners) off, no page scrolls sideways and axe-core finds nothing.

use crate::accounts_harness::Who;
use crate::browser::Browser;
use crate::browser_journeys::sign_in_as;
use crate::harness::TestApp;

/// A phone's viewport (an iPhone 12 to 15), in CSS pixels.
const PHONE_WIDTH: u32 = 390;
const PHONE_HEIGHT: u32 = 844;

/// The demo data, the dashboard's findings and assessments, and a partner's draft note on the
/// Hanoi consultation's first session; returns the note's and that session's ids.
async fn phone_fixture(app: &TestApp, partner: uuid::Uuid) -> (uuid::Uuid, uuid::Uuid) {
    crate::dashboard::fixture(app).await;
    sqlx::query_as(
        "INSERT INTO note (session_id, author_id, organisation_id, status, summary, visibility,
                           proposed_visibility)
         SELECT se.id, u.id, u.organisation_id, 'draft',
                'Recruitment fees: see https://example.org/a-very-long-address/that-does-not-break/anywhere-at-all',
                'members', 'members'
           FROM session se JOIN consultation c ON c.id = se.consultation_id, app_user u
          WHERE c.slug = 'hanoi-2019-12-18' AND se.position = 1 AND u.id = $1
         RETURNING id, session_id",
    )
    .bind(partner)
    .fetch_one(&app.pool)
    .await
    .expect("a draft note")
}

/// The pages anyone may read.
fn public_pages() -> Vec<String> {
    [
        "/",
        "/consultations",
        "/consultations/hanoi-2019-12-18",
        "/series/hrwg-consensus-2019-2020",
        "/states/VN",
        "/organisations",
        "/organisations/cdi",
        "/frameworks",
        "/frameworks/asean-consensus-2017",
        "/frameworks/asean-consensus-2017/commitments/C3.2",
        "/findings",
        "/findings/00000000-0000-4000-8000-0000000000a2",
        "/search?q=migrant",
        "/dashboard",
        "/dashboard/participation",
        "/dashboard/findings",
        "/dashboard/assessments",
        "/dashboard/timeline",
        "/dashboard/themes",
        "/dashboard/chapters",
        "/assessments/regional",
        "/help",
        "/no-such-page",
    ]
    .map(String::from)
    .to_vec()
}

/// The pages each role comes for, beyond the public ones.
fn pages_of(who: Who, note: uuid::Uuid, session: uuid::Uuid) -> Vec<String> {
    const ROUND: &str = "00000000-0000-4000-8000-0000000000b1";
    const GOVERNMENT: &str = "00000000-0000-4000-8000-0000000000c1";
    const CIVIL_SOCIETY: &str = "00000000-0000-4000-8000-0000000000c2";
    let signed_in = [
        "/account".to_owned(),
        "/my/notes".to_owned(),
        "/assessments".to_owned(),
        format!("/assessments/rounds/{ROUND}/compare"),
    ];
    let mut pages = public_pages();
    match who {
        Who::Anonymous => pages.push("/sign-in".to_owned()),
        Who::PartnerA | Who::PartnerB => {
            pages.extend(signed_in);
            pages.extend([
                format!("/sessions/{session}/notes/new"),
                format!("/notes/{note}"),
                format!("/notes/{note}/edit"),
                format!("/notes/{note}/history"),
                format!("/assessments/{CIVIL_SOCIETY}"),
            ]);
        }
        Who::OfficialVn => {
            pages.extend(signed_in);
            pages.push(format!("/assessments/{GOVERNMENT}"));
        }
        Who::Staff | Who::Admin => {
            pages.extend(signed_in);
            pages.extend([
                "/review".to_owned(),
                "/people".to_owned(),
                // Hà Thị Minh Đức: positions, participation and the consultations she spoke at.
                "/people/5eed0000-0000-4000-8000-000000000001".to_owned(),
                "/consultations/new".to_owned(),
                "/consultations/hanoi-2019-12-18/edit".to_owned(),
                "/consultations/hanoi-2019-12-18/participants/import".to_owned(),
                "/consultations/hanoi-2019-12-18/sessions/new".to_owned(),
                format!("/sessions/{session}/edit"),
                format!("/notes/{note}"),
                "/findings/new".to_owned(),
                "/findings/00000000-0000-4000-8000-0000000000a2/edit".to_owned(),
                "/organisations/new".to_owned(),
                format!("/assessments/{GOVERNMENT}"),
            ]);
            if who == Who::Admin {
                pages.extend([
                    "/admin/users".to_owned(),
                    "/admin/users/new".to_owned(),
                    "/admin/audit".to_owned(),
                ]);
            }
        }
    }
    pages
}

/// Signs `who` in at a phone's width, visits each of their pages and checks that none scrolls
/// sideways and (with JavaScript, which axe-core needs to be worth trusting) that axe-core finds
/// nothing; fails naming every page that does not fit, and what sticks out.
async fn every_page_fits_a_phone(who: Who, javascript: bool) {
    every_page_fits_a_phone_in(who, javascript, "en").await;
}

/// As [`every_page_fits_a_phone`], with the interface in `language` (chosen with the switch):
/// Indonesian and Vietnamese labels are longer than English ones.
async fn every_page_fits_a_phone_in(who: Who, javascript: bool, language: &str) {
    let app = TestApp::demo().await;
    let partner = app.account(Who::PartnerA).await.expect("a partner of CDI");
    let (note, session) = phone_fixture(&app, partner.id).await;
    let account = match who {
        Who::PartnerA => Some(partner),
        Who::Anonymous => None,
        other => app.account(other).await,
    };
    let base = app.serve().await;
    let browser = if javascript {
        Browser::start().await
    } else {
        Browser::start_without_javascript().await
    };
    browser.goto(&format!("{base}/")).await;
    let viewport = browser.set_viewport_width(PHONE_WIDTH, PHONE_HEIGHT).await;
    assert_eq!(viewport, PHONE_WIDTH, "the window is as wide as a phone");
    if let Some(account) = &account {
        sign_in_as(&browser, &app, &base, account).await;
    }
    if language != "en" {
        browser
            .goto(&format!("{base}/language/{language}?next=/"))
            .await;
    }

    let mut too_wide = Vec::new();
    let pages = pages_of(who, note, session);
    for page in &pages {
        browser.goto(&format!("{base}{page}")).await;
        let heading = browser.text("h1").await;
        assert!(
            !heading.is_empty() && heading != "Sign in" || page == "/sign-in",
            "{who:?} reaches {page} (it reads {heading:?})"
        );
        let lang = browser.run("return document.documentElement.lang;").await;
        assert_eq!(lang.as_str(), Some(language), "{page} is in {language}");
        let (width, viewport) = browser.page_and_viewport_width().await;
        if width > viewport {
            let sticking_out = browser
                .run(
                    "const inBox = e => { for (let p = e.parentElement; p; p = p.parentElement) {
                         if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX))
                           return true; } return false; };
                     return [...document.querySelectorAll('main *, header *')]
                       .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                       .filter(e => !inBox(e))
                       .slice(0, 6)
                       .map(e => e.tagName.toLowerCase() + (e.className && e.className.baseVal === undefined
                           ? '.' + String(e.className).split(' ').join('.') : '')
                           + ' ' + Math.round(e.getBoundingClientRect().right) + 'px')
                       .join(', ');",
                )
                .await;
            too_wide.push(format!(
                "{page} is {width} px wide in a {viewport} px window ({})",
                sticking_out.as_str().unwrap_or_default()
            ));
        }
        if javascript {
            browser.assert_accessible().await;
        }
    }
    assert!(
        too_wide.is_empty(),
        "{who:?}, JavaScript {}, in {language}: {} of {} pages scroll sideways on a phone:\n{}",
        if javascript { "on" } else { "off" },
        too_wide.len(),
        pages.len(),
        too_wide.join("\n")
    );
    browser.close().await;
}

#[tokio::test]
async fn a_visitors_pages_fit_a_phone() {
    every_page_fits_a_phone(Who::Anonymous, true).await;
}

#[tokio::test]
async fn a_visitors_pages_fit_a_phone_without_javascript() {
    every_page_fits_a_phone(Who::Anonymous, false).await;
}

#[tokio::test]
async fn a_partners_pages_fit_a_phone() {
    every_page_fits_a_phone(Who::PartnerA, true).await;
}

#[tokio::test]
async fn a_partners_pages_fit_a_phone_without_javascript() {
    every_page_fits_a_phone(Who::PartnerA, false).await;
}

#[tokio::test]
async fn an_officials_pages_fit_a_phone() {
    every_page_fits_a_phone(Who::OfficialVn, true).await;
}

#[tokio::test]
async fn staff_pages_fit_a_phone() {
    every_page_fits_a_phone(Who::Staff, true).await;
}

#[tokio::test]
async fn an_administrators_pages_fit_a_phone() {
    every_page_fits_a_phone(Who::Admin, true).await;
}

#[tokio::test]
async fn a_partners_pages_fit_a_phone_in_vietnamese() {
    every_page_fits_a_phone_in(Who::PartnerA, true, "vi").await;
}

#[tokio::test]
async fn an_officials_pages_fit_a_phone_in_indonesian() {
    every_page_fits_a_phone_in(Who::OfficialVn, true, "id").await;
}

#[tokio::test]
async fn staff_pages_fit_a_phone_in_vietnamese() {
    every_page_fits_a_phone_in(Who::Staff, true, "vi").await;
}

#[tokio::test]
async fn an_administrators_pages_fit_a_phone_in_indonesian() {
    every_page_fits_a_phone_in(Who::Admin, false, "id").await;
}
