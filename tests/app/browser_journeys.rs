//! Journeys in a real Chromium, with axe-core checking every page visited.

use crate::browser::Browser;
use crate::harness::TestApp;

#[tokio::test]
async fn a_visitor_reads_the_hanoi_consultation_from_the_home_page() {
    let app = TestApp::demo().await;
    let base = app.serve().await;
    let browser = Browser::start().await;

    browser.goto(&base).await;
    browser.assert_accessible().await;
    browser
        .client
        .find(fantoccini::Locator::LinkText(
            "National consultation in Viet Nam",
        ))
        .await
        .expect("the home page links to the Hanoi consultation")
        .click()
        .await
        .expect("the link opens");

    assert_eq!(
        browser.text("h1").await,
        "National consultation in Viet Nam"
    );
    let lead = browser.text(".lead").await;
    assert!(
        lead.contains("18 December 2019") && lead.contains("Hanoi"),
        "{lead}"
    );
    let agenda = browser.texts(".agenda > li h3").await;
    assert_eq!(agenda.len(), 6, "{agenda:?}");
    assert!(agenda[0].ends_with("Opening remarks"), "{agenda:?}");
    assert!(agenda[1].contains("The human rights situation of migrant workers in ASEAN"));
    assert!(agenda[2].contains("Roles of countries of origin"));
    let speaker = browser.text(".agenda .speakers li").await;
    assert!(
        speaker.contains("Hà Thị Minh Đức") && speaker.contains("Vice Chair"),
        "{speaker}"
    );
    let organisations = browser
        .texts("#participants-heading ~ table tbody th")
        .await;
    for expected in ["MOLISA", "CDI", "ACMW", "HRWG"] {
        assert!(
            organisations.iter().any(|o| o.contains(expected)),
            "{expected} among {organisations:?}"
        );
    }
    browser.assert_accessible().await;

    for path in [
        "/states/VN",
        "/states/TL",
        "/organisations",
        "/organisations/acmw",
        "/frameworks",
        "/frameworks/asean-consensus-2017",
        "/frameworks/asean-consensus-2017/commitments/C3.2",
        "/series/hrwg-consensus-2019-2020",
        "/no-such-page",
    ] {
        browser.goto(&format!("{base}{path}")).await;
        browser.assert_accessible().await;
    }
    browser.close().await;
}
