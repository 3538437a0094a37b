//! The read-only pages, as an anonymous visitor sees them.

use axum::http::StatusCode;

use crate::harness::TestApp;

#[tokio::test]
async fn the_home_page_lists_the_series_its_consultations_and_the_eleven_member_states() {
    let app = TestApp::demo().await;
    let page = app.get("/").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&[
        "National consultations on the ASEAN Consensus",
        "Human Rights Working Group",
        "/consultations/hanoi-2019-12-18",
        "18 December 2019",
        "25-26 July 2019",
        "Yangon",
        "early 2020",
        "5 held, 5 planned",
    ]);
    let states = [
        "Brunei Darussalam",
        "Cambodia",
        "Indonesia",
        "Lao PDR",
        "Malaysia",
        "Myanmar",
        "Philippines",
        "Singapore",
        "Thailand",
        "Timor-Leste",
        "Viet Nam",
    ];
    for state in states {
        page.assert_contains(&[state]);
    }
    assert_eq!(page.body.matches("href=\"/states/").count(), 11);
    // Timor-Leste's membership is recent and shown as such.
    page.assert_contains(&["26 October 2025"]);
}

#[tokio::test]
async fn the_hanoi_consultation_shows_its_agenda_in_order_with_speakers_and_organisations() {
    let app = TestApp::demo().await;
    let page = app.get("/consultations/hanoi-2019-12-18").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&[
        "18 December 2019",
        "Hanoi",
        "Held",
        "Consultation no. 4",
        "Over 35 participants (as reported)",
        // One person, two roles, her name exactly as written in Vietnamese.
        "Hà Thị Minh Đức",
        "Deputy Director-General",
        "Vice Chair, ACMW",
        "Ministry of Labour, Invalids and Social Affairs",
        "Center for Development and Integration",
        "Mekong Migrant Network",
        "ASEAN Committee on the Implementation of the ASEAN Declaration",
    ]);
    let agenda = [
        "Opening remarks",
        "The human rights situation of migrant workers in ASEAN",
        "Roles of countries of origin in protecting migrants&#39; rights",
        "Discussion: challenges and opportunities",
        "Discussion: social insurance for workers in Viet Nam",
        "Discussion: roles of government and civil-society stakeholders",
    ];
    let positions: Vec<usize> = agenda
        .iter()
        .map(|item| {
            page.body
                .find(item)
                .unwrap_or_else(|| panic!("the agenda lacks {item:?}"))
        })
        .collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "the agenda is out of order: {positions:?}"
    );
}

#[tokio::test]
async fn a_member_state_page_shows_membership_bindings_and_consultations() {
    let app = TestApp::demo().await;
    let viet_nam = app.get("/states/VN").await;
    assert_eq!(viet_nam.status, StatusCode::OK);
    viet_nam.assert_contains(&[
        "Socialist Republic of Viet Nam",
        "Member of ASEAN since 28 July 1995",
        "Bound since 14 November 2017",
        "/consultations/hanoi-2019-12-18",
        "/organisations/molisa",
    ]);

    // Codes are accepted in any case.
    assert_eq!(app.get("/states/vn").await.status, StatusCode::OK);

    // Timor-Leste joined in 2025 and did not sign the 2017 Consensus: not bound, not lagging.
    let timor = app.get("/states/TL").await;
    timor.assert_contains(&[
        "Member of ASEAN since 26 October 2025",
        "Not bound: not a signatory",
        "No consultation covering Timor-Leste has been published.",
    ]);
}

#[tokio::test]
async fn the_organisation_directory_filters_by_kind_and_state_and_explains_bad_filters() {
    let app = TestApp::demo().await;
    let all = app.get("/organisations").await;
    assert_eq!(all.status, StatusCode::OK);
    all.assert_contains(&["Human Rights Working Group", "Ministry of Labour, Invalids"]);

    let civil_society_vn = app.get("/organisations?kind=civil_society&state=VN").await;
    assert_eq!(civil_society_vn.status, StatusCode::OK);
    civil_society_vn.assert_contains(&[
        "Center for Development and Integration",
        "1 organisation matching",
    ]);
    assert!(
        !civil_society_vn
            .body
            .contains("Human Rights Working Group</a>")
    );

    let regional = app
        .get("/organisations?state=regional&kind=asean_body")
        .await;
    regional.assert_contains(&["(ACMW)", "(AICHR)"]);
    assert!(!regional.body.contains("Ministry of Labour, Invalids"));

    let bad_kind = app.get("/organisations?kind=spies").await;
    assert_eq!(bad_kind.status, StatusCode::BAD_REQUEST);
    bad_kind.assert_contains(&["There is no kind of organisation &#34;spies&#34;."]);

    let bad_state = app.get("/organisations?state=XX").await;
    assert_eq!(bad_state.status, StatusCode::BAD_REQUEST);
    bad_state.assert_contains(&["There is no Member State with the code"]);
}

#[tokio::test]
async fn an_organisation_page_shows_its_other_names_and_its_consultations() {
    let app = TestApp::demo().await;
    let acmw = app.get("/organisations/acmw").await;
    assert_eq!(acmw.status, StatusCode::OK);
    acmw.assert_contains(&[
        "ASEAN Committee on the Implementation of the ASEAN Declaration",
        "Also known as",
        "/consultations/hanoi-2019-12-18",
    ]);
    let hrwg = app.get("/organisations/hrwg").await;
    hrwg.assert_contains(&[
        "organiser",
        "The human rights situation of migrant workers in ASEAN",
    ]);
}

#[tokio::test]
async fn the_commitments_catalogue_lists_chapters_and_provisions_with_duty_bearers() {
    let app = TestApp::demo().await;
    let frameworks = app.get("/frameworks").await;
    frameworks.assert_contains(&["/frameworks/asean-consensus-2017"]);

    let catalogue = app.get("/frameworks/asean-consensus-2017").await;
    assert_eq!(catalogue.status, StatusCode::OK);
    catalogue.assert_contains(&[
        "14 November 2017",
        "Not legally binding",
        "1. General Principles",
        "3. Fundamental Rights of Migrant Workers and Members of Their Families",
        "5. Obligations of Sending States",
        "6. Obligations of Receiving States",
        "8. Amendments",
        "Receiving States",
        "Sending States",
        "not verified",
    ]);
    assert_eq!(catalogue.body.matches("<h2 id=\"chapter-").count(), 8);

    let provision = app
        .get("/frameworks/asean-consensus-2017/commitments/C3.2")
        .await;
    assert_eq!(provision.status, StatusCode::OK);
    provision.assert_contains(&["C3.2", "Official reference", "not verified yet"]);
}

#[tokio::test]
async fn malformed_or_unknown_addresses_get_the_404_page_never_a_500() {
    let app = TestApp::demo().await;
    for path in [
        "/consultations/no-such-consultation",
        "/consultations/%FF%FE",
        "/consultations/'%20OR%201=1--",
        "/states/ZZ",
        "/states/VNM",
        "/states/%00%00",
        "/series/nothing",
        "/organisations/00000000-0000-0000-0000-000000000000",
        "/frameworks/none",
        "/frameworks/asean-consensus-2017/commitments/C99.9",
        "/frameworks/none/commitments/C3.2",
        "/no/such/page",
    ] {
        let page = app.get(path).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{path}");
        page.assert_contains(&["Page not found", "Musyawarah"]);
    }
    let long = format!("/consultations/{}", "x".repeat(5_000));
    assert_eq!(app.get(&long).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn anonymous_visitors_see_only_public_consultations_and_sessions() {
    let app = TestApp::demo().await;
    sqlx::raw_sql(
        "UPDATE consultation SET visibility = 'members' WHERE slug = 'bangkok-2019-09-09';
         UPDATE session SET visibility = 'staff'
          WHERE title LIKE 'Discussion: social insurance%';",
    )
    .execute(&app.pool)
    .await
    .expect("the visibility changes");

    let home = app.get("/").await;
    assert!(!home.body.contains("/consultations/bangkok-2019-09-09"));
    assert!(home.body.contains("/consultations/hanoi-2019-12-18"));
    assert_eq!(
        app.get("/consultations/bangkok-2019-09-09").await.status,
        StatusCode::NOT_FOUND
    );
    let thailand = app.get("/states/TH").await;
    assert!(!thailand.body.contains("/consultations/bangkok-2019-09-09"));

    let hanoi = app.get("/consultations/hanoi-2019-12-18").await;
    assert!(!hanoi.body.contains("Discussion: social insurance"));
    hanoi.assert_contains(&["Discussion: roles of government"]);
}

#[tokio::test]
async fn names_in_every_script_are_shown_exactly_and_markup_in_data_is_escaped() {
    let app = TestApp::demo().await;
    sqlx::raw_sql(
        "UPDATE consultation SET venue = 'ห้องประชุม ๑ · សាលប្រជុំ · အစည်းအဝေးခန်းမ',
                summary = '<script>alert(1)</script> & \"quotes\"'
          WHERE slug = 'hanoi-2019-12-18'",
    )
    .execute(&app.pool)
    .await
    .expect("the update runs");
    let page = app.get("/consultations/hanoi-2019-12-18").await;
    page.assert_contains(&[
        "ห้องประชุม ๑ · សាលប្រជុំ · အစည်းအဝေးခန်းမ",
        "&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;quotes&#34;",
    ]);
    assert!(!page.body.contains("<script>alert(1)"));
}

/// The consultation page is kept in memory between changes of the data: a change to anything it
/// shows, made by any process (here straight in the database), is on the next view. A draft being
/// written does not move the data version (so it does not throw the kept pages away).
#[tokio::test]
async fn the_consultation_page_shows_every_change_at_the_next_view_though_it_is_kept() {
    let app = TestApp::demo().await;
    let partner = app
        .account(crate::accounts_harness::Who::PartnerA)
        .await
        .expect("a partner");
    let url = "/consultations/hanoi-2019-12-18";
    let changes: [(&str, &str); 10] = [
        (
            "UPDATE session SET title = 'Opening remarks, retitled' WHERE title = 'Opening remarks'",
            "Opening remarks, retitled",
        ),
        (
            "UPDATE person SET full_name = full_name || ' Renamed'",
            "Renamed",
        ),
        (
            "UPDATE person_role SET title = 'Vice Chair, retitled' WHERE title = 'Vice Chair'",
            "Vice Chair, retitled",
        ),
        (
            "INSERT INTO session_theme (session_id, theme_id)
             SELECT se.id, t.id FROM session se, theme t
              WHERE se.title = 'Opening remarks, retitled' AND t.slug = 'recruitment-fees'",
            "Recruitment fees and agencies",
        ),
        (
            "INSERT INTO session_speaker (session_id, position, organisation_id, capacity)
             SELECT se.id, 9, o.id, 'Invited speaker' FROM session se, organisation o
              WHERE se.title = 'Opening remarks, retitled' AND o.slug = 'acmw'",
            "Invited speaker",
        ),
        (
            "UPDATE organisation SET name = 'Center for Development and Integration, renamed'
              WHERE slug = 'cdi'",
            "Center for Development and Integration, renamed",
        ),
        (
            "INSERT INTO organisation (slug, name, kind, member_state_code)
             VALUES ('demo-newcomer', 'Demo newcomer association', 'civil_society', 'VN');
             INSERT INTO participation (consultation_id, organisation_id, role, female, male, other_or_unstated)
             SELECT c.id, o.id, 'participant', 1, 1, 0 FROM consultation c, organisation o
              WHERE c.slug = 'hanoi-2019-12-18' AND o.slug = 'demo-newcomer'",
            "Demo newcomer association",
        ),
        (
            "INSERT INTO note (session_id, author_id, organisation_id, status, summary, visibility,
                               submitted_at, published_at, proposed_attribution, attribution)
             SELECT se.id, u.id, u.organisation_id, 'published', 'A note published elsewhere',
                    'public', now(), now(), 'name_and_organisation', 'name_and_organisation'
               FROM session se, app_user u
              WHERE se.title = 'Opening remarks, retitled' AND u.email = $EMAIL",
            "A note published elsewhere",
        ),
        (
            "UPDATE app_user SET display_name = 'Renamed author' WHERE email = $EMAIL",
            "Note by Renamed author",
        ),
        (
            "UPDATE consultation SET venue = 'A new venue' WHERE slug = 'hanoi-2019-12-18'",
            "A new venue",
        ),
    ];
    for (sql, shown) in changes {
        let before = app.get(url).await;
        assert_eq!(before.status, StatusCode::OK);
        assert!(!before.body.contains(shown), "{shown} before the change");
        // Twice: the second view is the kept one.
        assert!(!app.get(url).await.body.contains(shown));
        let sql = sql.replace("$EMAIL", &format!("'{}'", partner.email));
        sqlx::raw_sql(&sql)
            .execute(&app.pool)
            .await
            .expect("the change");
        app.get(url).await.assert_contains(&[shown]);
    }

    // Drafts come and go without moving any scope's version.
    let version = || async {
        sqlx::query_scalar::<_, i64>("SELECT coalesce(sum(n), 0)::bigint FROM scope_version")
            .fetch_one(&app.pool)
            .await
            .expect("the version")
    };
    let before = version().await;
    sqlx::raw_sql(&format!(
        "INSERT INTO note (session_id, author_id, summary)
         SELECT se.id, u.id, 'A draft' FROM session se, app_user u
          WHERE se.title = 'Opening remarks, retitled' AND u.email = '{}';
         UPDATE note SET summary = 'A draft, revised' WHERE status = 'draft';",
        partner.email
    ))
    .execute(&app.pool)
    .await
    .expect("a draft");
    assert_eq!(version().await, before);
}

#[tokio::test]
async fn an_error_page_knows_who_is_signed_in_and_offers_a_way_back() {
    let app = TestApp::demo().await;
    let (mut partner, _) = app.signed_in(crate::accounts_harness::Who::PartnerA).await;
    for path in [
        "/no/such/page",
        "/notes/00000000-0000-0000-0000-000000000000",
    ] {
        let page = partner.get(path).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND);
        page.assert_contains(&["Page not found", "Sign out", "Go to the home page"]);
        assert!(
            !page.body.contains(">Sign in</a>"),
            "{path} shows a visitor's header"
        );
    }
    let visitor = app.get("/no/such/page").await;
    visitor.assert_contains(&["Page not found", "Sign in"]);
}
