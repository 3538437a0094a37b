//! Search over every kind of record: what is found first for names however they are written,
//! facets and their counts, pages, what to try when nothing is found, and, for every kind, that
//! a record above the viewer's level is neither found nor counted.

use axum::http::StatusCode;

use crate::accounts_harness::{Client, Who, urlencode};
use crate::harness::TestApp;

/// The addresses of the results on a page, in order.
fn results(body: &str) -> Vec<String> {
    let Some(start) = body.find("<ol class=\"plain results\"") else {
        return Vec::new();
    };
    let list = &body[start..start + body[start..].find("</ol>").expect("the list ends")];
    list.match_indices("</span> <a href=\"")
        .map(|(at, m)| {
            let rest = &list[at + m.len()..];
            unescape(&rest[..rest.find('"').expect("the address ends")])
        })
        .collect()
}

/// A page without the marks on the words that matched.
fn unmarked(body: &str) -> String {
    body.replace("<mark>", "").replace("</mark>", "")
}

fn unescape(href: &str) -> String {
    href.replace("&#38;", "&").replace("&amp;", "&")
}

/// The address of the link marked `rel="…"`, if the page has one.
fn link(body: &str, rel: &str) -> Option<String> {
    let at = body.find(&format!("rel=\"{rel}\""))?;
    let before = &body[..at];
    let start = before.rfind("href=\"")? + 6;
    Some(unescape(&before[start..start + before[start..].find('"')?]))
}

async fn first_result(client: &mut Client<'_>, query: &str) -> String {
    let page = client.get(&format!("/search?q={}", urlencode(query))).await;
    assert_eq!(page.status, StatusCode::OK, "{query}");
    results(&page.body)
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("{query} finds something"))
}

#[tokio::test]
async fn hanoi_is_found_first_however_it_is_written() {
    let app = TestApp::demo().await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    for query in ["ha noi", "Hà Nội", "hanoi", "HANOI", "Ha-Noi"] {
        for client in [&mut app.client(), &mut staff] {
            assert_eq!(
                first_result(client, query).await,
                "/consultations/hanoi-2019-12-18",
                "{query}"
            );
        }
    }
}

#[tokio::test]
async fn an_acronym_or_another_name_finds_the_organisation_first() {
    let app = TestApp::demo().await;
    let mut visitor = app.client();
    for (query, organisation) in [
        ("CDI", "/organisations/cdi"),
        ("cdi", "/organisations/cdi"),
        ("mekong", "/organisations/mekong-migrant-network"),
        ("Mekong Migrant", "/organisations/mekong-migrant-network"),
        ("MMN", "/organisations/mekong-migrant-network"),
        // Other names only.
        ("bo lao dong", "/organisations/molisa"),
        ("ASEAN Committee on Migrant Workers", "/organisations/acmw"),
    ] {
        assert_eq!(
            first_result(&mut visitor, query).await,
            organisation,
            "{query}"
        );
    }
    // The other names are shown with the result.
    let cdi = visitor.get("/search?q=CDI").await;
    cdi.assert_contains(&["Center for Development and Integration (CDI)"]);
    let molisa = visitor.get("/search?q=bo+lao+dong").await;
    molisa.assert_contains(&[
        "Also known as",
        "<mark>Bộ</mark> <mark>Lao</mark> <mark>động</mark>",
    ]);
}

#[tokio::test]
async fn consultations_are_found_by_city_member_state_code_and_date() {
    let app = TestApp::demo().await;
    let mut visitor = app.client();
    for (query, consultation) in [
        ("Yangon", "/consultations/yangon-2020-02-29"),
        ("myanmar", "/consultations/yangon-2020-02-29"),
        ("viet nam", "/consultations/hanoi-2019-12-18"),
        ("vietnam", "/consultations/hanoi-2019-12-18"),
        ("18 December 2019", "/consultations/hanoi-2019-12-18"),
        ("2019-12-18", "/consultations/hanoi-2019-12-18"),
        (
            "kuala lumpur 2019",
            "/consultations/kuala-lumpur-2019-11-12",
        ),
        (
            "bandar seri begawan",
            "/consultations/brunei-darussalam-planned-2020",
        ),
    ] {
        assert_eq!(
            first_result(&mut visitor, query).await,
            consultation,
            "{query}"
        );
    }
    // By its code, among the consultations: the real one first, then the demo example held in
    // the same Member State.
    let vn = visitor.get("/search?q=VN&kind=consultation").await;
    assert_eq!(
        results(&vn.body),
        [
            "/consultations/hanoi-2019-12-18",
            "/consultations/demo-chatham-house-dialogue"
        ]
    );
    // A date as pages write it.
    vn.assert_contains(&["Hanoi, Viet Nam, 18 December 2019"]);
}

#[tokio::test]
async fn commitments_are_found_by_code_and_title() {
    let app = TestApp::demo().await;
    let (framework, code, title): (String, String, String) = sqlx::query_as(
        "SELECT f.slug, c.code, c.title FROM commitment c JOIN framework f ON f.id = c.framework_id
          WHERE c.archived_at IS NULL ORDER BY c.code LIMIT 1",
    )
    .fetch_one(&app.pool)
    .await
    .expect("a commitment");
    let url = format!("/frameworks/{framework}/commitments/{code}");
    let mut visitor = app.client();
    assert_eq!(first_result(&mut visitor, &code).await, url);
    assert_eq!(first_result(&mut visitor, &code.to_lowercase()).await, url);
    let by_title = visitor
        .get(&format!("/search?q={}&kind=commitment", urlencode(&title)))
        .await;
    assert!(results(&by_title.body).contains(&url), "{title}");
}

/// Public, members-only and staff-only records of every kind with a visibility, each holding
/// the word "Zqvis"; organisations archived or merged, and an archived commitment, with it too.
async fn records_at_every_level(app: &TestApp) {
    let author = app.account(Who::PartnerA).await.expect("a partner").id;
    sqlx::raw_sql(&format!(
        "DO $$
         DECLARE
           hanoi uuid := (SELECT id FROM consultation WHERE slug = 'hanoi-2019-12-18');
           level visibility;
           se uuid;
           n uuid;
           position smallint := 80;
         BEGIN
           FOREACH level IN ARRAY ARRAY['public', 'members', 'staff']::visibility[] LOOP
             -- A consultation of each level, each in a state of its own.
             INSERT INTO consultation (series_id, slug, title, host_state_code, city, starts_on,
                                       status, visibility)
             SELECT series_id, 'zqvis-' || level, 'Zqvis ' || level || ' consultation',
                    CASE level WHEN 'public' THEN 'PH' WHEN 'members' THEN 'SG' ELSE 'BN' END,
                    'Zqvis city', DATE '2031-01-01' + (position - 80) * 366, 'held', level
               FROM consultation WHERE id = hanoi;
             -- A session of each level in Hanoi, with a public note and a public finding.
             se := gen_random_uuid();
             n := gen_random_uuid();
             INSERT INTO session (id, consultation_id, position, kind, title, visibility)
             VALUES (se, hanoi, position, 'plenary', 'Zqvis ' || level || ' session', level);
             INSERT INTO note (id, session_id, author_id, status, summary, proposed_visibility,
                               visibility, submitted_at, published_at, search_text)
             VALUES (n, se, '{author}', 'published', 'Zqvis note', 'public', 'public', now(),
                     now(), 'Zqvis note on the ' || level || ' session');
             INSERT INTO finding (consultation_id, session_id, kind, statement, visibility)
             VALUES (hanoi, se, 'challenge', 'Zqvis finding of the ' || level || ' session',
                     'public');
             position := position + 1;
           END LOOP;
           INSERT INTO organisation (slug, name, kind) VALUES
             ('zqvis-live', 'Zqvis live organisation', 'civil_society');
           INSERT INTO organisation (slug, name, kind, archived_at) VALUES
             ('zqvis-archived', 'Zqvis archived organisation', 'civil_society', now());
           INSERT INTO organisation (slug, name, kind, merged_into_id)
           SELECT 'zqvis-merged', 'Zqvis merged organisation', 'civil_society', id
             FROM organisation WHERE slug = 'zqvis-live';
           INSERT INTO person (full_name) VALUES ('Zqvis Person');
           INSERT INTO commitment (framework_id, chapter_id, code, position, title, duty_bearer,
                                   archived_at)
           SELECT framework_id, id, 'ZQ1', 99, 'Zqvis archived commitment', 'all', now()
             FROM chapter ORDER BY number LIMIT 1;
         END $$"
    ))
    .execute(&app.pool)
    .await
    .expect("records at every level");
}

#[tokio::test]
async fn no_record_above_the_viewers_level_is_found_or_counted_of_any_kind() {
    let app = TestApp::demo().await;
    records_at_every_level(&app).await;
    // (viewer, how many of each kind with a level they may see, whether they see people)
    let viewers = [
        (Who::Anonymous, 1, false),
        (Who::PartnerA, 2, false),
        (Who::OfficialVn, 2, false),
        (Who::Staff, 3, true),
    ];
    for (who, seen, people) in viewers {
        let (mut client, _) = app.signed_in(who).await;
        let page = client.get("/search?q=zqvis").await;
        assert_eq!(page.status, StatusCode::OK);
        let found = results(&page.body);
        for kind in ["Consultations", "Sessions", "Findings", "Published notes"] {
            page.assert_contains(&[&format!(">{kind}</a> ({seen})")]);
        }
        let levels = ["public", "members", "staff"];
        for (i, level) in levels.iter().enumerate() {
            let shown = i < seen;
            assert_eq!(
                found.contains(&format!("/consultations/zqvis-{level}")),
                shown,
                "{who:?}: the {level} consultation"
            );
            for text in [
                format!("Zqvis {level} session"),
                format!("Zqvis note on the {level} session"),
                format!("Zqvis finding of the {level} session"),
            ] {
                let text = text.replace("Zqvis", "<mark>Zqvis</mark>");
                assert_eq!(page.body.contains(&text), shown, "{who:?}: {text}");
            }
        }
        // A staff-only consultation's Member State is not counted either (Brunei has nothing
        // else with the word).
        assert_eq!(page.body.contains("Brunei"), seen == 3, "{who:?}");
        assert_eq!(page.body.contains("Singapore"), seen >= 2, "{who:?}");
        // Organisations are public; archived and merged ones are not found.
        page.assert_contains(&[">Organisations</a> (1)", "/organisations/zqvis-live"]);
        assert!(!page.body.contains("zqvis-archived") && !page.body.contains("zqvis-merged"));
        // An archived commitment is not found.
        assert!(!page.body.contains("ZQ1"), "{who:?}");
        assert!(!page.body.contains(">Commitments</a> ("), "{who:?}");
        // People: staff only, not even a count for others.
        assert_eq!(page.body.contains("Zqvis Person"), people, "{who:?}");
        assert_eq!(page.body.contains(">People</a> ("), people, "{who:?}");
        let only_people = client.get("/search?q=zqvis&kind=person").await;
        assert_eq!(only_people.status, StatusCode::OK);
        assert_eq!(only_people.body.contains("Zqvis Person"), people, "{who:?}");
        assert_eq!(
            only_people.body.contains("<option value=\"person\""),
            people,
            "{who:?}: the kind is offered"
        );
    }
    // The one person the demo data names, by her name without accents: staff only.
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let person = first_result(&mut staff, "ha thi minh duc").await;
    assert!(person.starts_with("/people/"), "{person}");
    let (mut partner, _) = app.signed_in(Who::PartnerA).await;
    let page = partner.get("/search?q=ha+thi+minh+duc").await;
    assert!(!page.body.contains("Minh Đức") && !page.body.contains("/people/"));
}

/// Findings with a word of their own: 30 from Hanoi (Viet Nam, 2019), 15 from Bangkok
/// (Thailand, 2019), 5 of those on the social-insurance theme.
async fn findings_to_page_through(app: &TestApp) {
    sqlx::raw_sql(
        "INSERT INTO finding (consultation_id, kind, statement, visibility, created_at)
         SELECT c.id, 'challenge', 'Zqpage finding ' || n || ' (demo)', 'public',
                timestamptz '2026-03-01' + n * interval '1 minute'
           FROM generate_series(1, 45) n
           JOIN consultation c ON c.slug = CASE WHEN n <= 30 THEN 'hanoi-2019-12-18'
                                                ELSE 'bangkok-2019-09-09' END;
         INSERT INTO finding_state (finding_id, member_state_code)
         SELECT f.id, c.host_state_code FROM finding f JOIN consultation c ON c.id = f.consultation_id
          WHERE f.statement LIKE 'Zqpage%';
         INSERT INTO finding_theme (finding_id, theme_id)
         SELECT f.id, t.id FROM finding f, theme t
          WHERE f.statement LIKE 'Zqpage%' AND t.slug = 'social-insurance'
            AND f.created_at > timestamptz '2026-03-01' + interval '40 minutes';",
    )
    .execute(&app.pool)
    .await
    .expect("the findings");
}

#[tokio::test]
async fn facets_narrow_the_search_and_pages_keep_the_query_and_facets() {
    let app = TestApp::demo().await;
    findings_to_page_through(&app).await;
    let mut visitor = app.client();

    let first = visitor.get("/search?q=zqpage").await;
    first.assert_contains(&[
        "Results 1 to 20 of 45",
        ">Findings</a> (45)",
        ">Viet Nam</a> (30)",
        ">Thailand</a> (15)",
        ">2019</a> (45)",
        ">Social insurance</a> (5)",
    ]);
    // Newest first among equals.
    let found = results(&first.body);
    assert_eq!(found.len(), 20);
    assert!(first.body.find("finding 45 (demo)") < first.body.find("finding 26 (demo)"));
    assert!(!first.body.contains("finding 25 (demo)"));
    assert_eq!(link(&first.body, "prev"), None);
    let next = link(&first.body, "next").expect("a next page");
    assert_eq!(next, "/search?q=zqpage&page=2");
    let second = visitor.get(&next).await;
    second.assert_contains(&[
        "Results 21 to 40 of 45",
        "finding 25 (demo)",
        "finding 6 (demo)",
    ]);
    assert_eq!(
        link(&second.body, "prev").as_deref(),
        Some("/search?q=zqpage")
    );
    let third = visitor
        .get(&link(&second.body, "next").expect("a third"))
        .await;
    third.assert_contains(&["Results 41 to 45 of 45", "finding 1 (demo)"]);
    assert_eq!(link(&third.body, "next"), None);

    // A Member State: its link is the search with it, and pages keep it.
    let vn = visitor.get("/search?q=zqpage&state=VN").await;
    vn.assert_contains(&["Results 1 to 20 of 30", "<strong>Viet Nam (30)</strong>"]);
    assert!(!vn.body.contains(">Thailand</a> ("));
    assert_eq!(
        link(&vn.body, "next").as_deref(),
        Some("/search?q=zqpage&state=VN&page=2")
    );
    // Every facet at once, kept in the form too.
    let narrow = visitor
        .get("/search?q=zqpage&kind=finding&state=th&year=2019&theme=social-insurance")
        .await;
    narrow.assert_contains(&[
        "Results 1 to 5 of 5",
        "<input type=\"hidden\" name=\"state\" value=\"TH\">",
        "<input type=\"hidden\" name=\"theme\" value=\"social-insurance\">",
        "<option value=\"finding\" selected>",
    ]);
    let year = visitor.get("/search?q=zqpage&year=2020").await;
    year.assert_contains(&["No results", "Remove a filter", "href=\"/search?q=zqpage\""]);

    // Values that cannot be: a message and a 400.
    for (query, message) in [
        ("kind=rumour", "There is no such kind of record to search."),
        (
            "state=Viet",
            "A Member State is named by its two-letter code",
        ),
        ("year=last", "The year must be a year such as 2019."),
        ("theme=%3Cb%3E", "There is no such theme."),
        ("page=0", "The page must be a number from 1 to"),
        ("page=99999999999", "The page must be a number from 1 to"),
    ] {
        let page = visitor.get(&format!("/search?q=zqpage&{query}")).await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST, "{query}");
        page.assert_contains(&[message]);
    }
}

#[tokio::test]
async fn an_empty_result_suggests_fewer_words_another_spelling_and_fewer_filters() {
    let app = TestApp::demo().await;
    let mut visitor = app.client();
    let two = visitor.get("/search?q=zebrafish+mekong").await;
    two.assert_contains(&[
        "No results",
        "Fewer words:",
        "href=\"/search?q=zebrafish\"",
        "href=\"/search?q=mekong\"",
    ]);
    let misspelt = visitor.get("/search?q=hannoi").await;
    misspelt.assert_contains(&["Another spelling:", "href=\"/search?q=Hanoi\">Hanoi</a>"]);
    let filtered = visitor.get("/search?q=hanoi&kind=commitment").await;
    filtered.assert_contains(&[
        "Remove a filter",
        "any kind of record, not only commitments",
        "href=\"/search?q=hanoi\"",
    ]);
}

/// The newest page of many matches, and a match older than every record looked through first
/// (the part that asks the trigram index).
#[tokio::test]
async fn the_newest_matches_come_first_and_old_ones_beyond_the_newest_records_are_found() {
    let app = TestApp::demo().await;
    // Nothing about an okapi yet (and that answer is kept until the data change).
    app.client()
        .get("/search?q=OKAPI")
        .await
        .assert_contains(&["No results"]);
    // 2,100 newer findings, one in ten about zebrafish; one old finding about an okapi.
    sqlx::raw_sql(
        "INSERT INTO finding (consultation_id, kind, statement, visibility, created_at)
         SELECT c.id, 'challenge',
                CASE WHEN n % 10 = 0 THEN 'Zebrafish finding ' ELSE 'Filler finding ' END || n || ' (demo)',
                'public', timestamptz '2026-02-01' + n * interval '1 minute'
           FROM generate_series(0, 2099) n, consultation c WHERE c.slug = 'hanoi-2019-12-18';
         INSERT INTO finding (consultation_id, kind, statement, visibility, created_at)
         SELECT id, 'challenge', 'An okapi was seen (demo)', 'public', '2020-01-01'
           FROM consultation WHERE slug = 'hanoi-2019-12-18';",
    )
    .execute(&app.pool)
    .await
    .expect("the findings load");

    let zebra = app.client().get("/search?q=zebrafish").await;
    assert_eq!(zebra.status, StatusCode::OK);
    // 210 matches: the best 200 are counted, and said to be more.
    zebra.assert_contains(&["Results 1 to 20 of more than 200", ">Findings</a> (200+)"]);
    let newest = zebra.body.find("finding 2090 (demo)").expect("the newest");
    let twentieth = zebra.body.find("finding 1900 (demo)").expect("the 20th");
    assert!(newest < twentieth, "newest first");
    assert!(!zebra.body.contains("finding 1890 (demo)"));
    assert!(!zebra.body.contains("Filler finding"));

    let okapi = app.client().get("/search?q=OKAPI").await;
    okapi.assert_contains(&[
        "Results 1 to 1 of 1",
        "An <mark>okapi</mark> was seen (demo)",
    ]);
}

/// Another name given to an organisation is found at once (results kept in memory follow it).
#[tokio::test]
async fn a_new_other_name_is_found_at_once() {
    let app = TestApp::demo().await;
    app.client()
        .get("/search?q=zqalias")
        .await
        .assert_contains(&["No results"]);
    sqlx::query(
        "INSERT INTO organisation_alias (organisation_id, alias)
         SELECT id, 'Zqalias Network' FROM organisation WHERE slug = 'cdi'",
    )
    .execute(&app.pool)
    .await
    .expect("another name");
    let mut visitor = app.client();
    assert_eq!(
        first_result(&mut visitor, "zqalias").await,
        "/organisations/cdi"
    );
}

/// In Chromium: the form searches, a facet and "Next" are plain links (the page has no script),
/// and axe-core finds nothing to fix on any of those pages, nor on an empty result.
#[tokio::test]
async fn searching_narrowing_and_paging_in_a_browser_are_accessible() {
    let app = TestApp::demo().await;
    findings_to_page_through(&app).await;
    let base = app.serve().await;
    let browser = crate::browser::Browser::start().await;

    browser.goto(&format!("{base}/search")).await;
    browser.assert_accessible().await;
    browser
        .client
        .find(fantoccini::Locator::Css("#q"))
        .await
        .expect("the search box")
        .send_keys("zqpage")
        .await
        .expect("typed");
    browser.click_to_next_page("form[role=search] button").await;
    browser
        .wait_for_text_containing("[role=status]", "Results 1 to 20 of 45")
        .await;
    browser.assert_accessible().await;

    browser
        .click_to_next_page(".facets a[href*='state=TH']")
        .await;
    browser
        .wait_for_text_containing("[role=status]", "Results 1 to 15 of 15")
        .await;
    browser.goto(&format!("{base}/search?q=zqpage")).await;
    browser.click_to_next_page("a[rel=next]").await;
    browser
        .wait_for_text_containing("[role=status]", "Results 21 to 40 of 45")
        .await;
    browser.assert_accessible().await;

    browser
        .goto(&format!("{base}/search?q=zebrafish+hannoi"))
        .await;
    browser
        .wait_for_text("#try", "Nothing found: what to try")
        .await;
    browser.assert_accessible().await;
    browser.close().await;
}

/// 2,100 findings, sessions and published notes newer than anything else, so that every record
/// older than them lies beyond the newest records that search looks through first; and old ones:
/// a session of each level in Hanoi with a public note and a public finding under it, each
/// holding the word "Quokkaold"; a finding in Vietnamese, one in Thai and a note in Burmese.
async fn old_records_beyond_the_newest(app: &TestApp) {
    let author = app.account(Who::PartnerA).await.expect("a partner").id;
    sqlx::raw_sql(&format!(
        "DO $$
         DECLARE
           hanoi uuid := (SELECT id FROM consultation WHERE slug = 'hanoi-2019-12-18');
           level visibility;
           se uuid;
           position smallint := 80;
         BEGIN
           INSERT INTO session (consultation_id, position, kind, title, visibility, created_at)
           SELECT hanoi, 1000 + n, 'plenary', 'Filler session ' || n, 'public',
                  timestamptz '2026-02-01' + n * interval '1 minute'
             FROM generate_series(0, 2099) n;
           INSERT INTO note (session_id, author_id, status, summary, proposed_visibility,
                             visibility, submitted_at, published_at, search_text)
           SELECT se.id, '{author}', 'published', 'Filler note', 'public', 'public', now(),
                  timestamptz '2026-02-01' + se.position * interval '1 minute',
                  'Filler note ' || se.position
             FROM session se WHERE se.title LIKE 'Filler session %';
           INSERT INTO finding (consultation_id, kind, statement, visibility, created_at)
           SELECT hanoi, 'challenge', 'Filler finding ' || n || ' (demo)', 'public',
                  timestamptz '2026-02-01' + n * interval '1 minute'
             FROM generate_series(0, 2099) n;

           FOREACH level IN ARRAY ARRAY['public', 'members', 'staff']::visibility[] LOOP
             se := gen_random_uuid();
             INSERT INTO session (id, consultation_id, position, kind, title, visibility,
                                  created_at)
             VALUES (se, hanoi, position, 'plenary', 'Quokkaold ' || level || ' session', level,
                     '2000-01-01');
             INSERT INTO note (session_id, author_id, status, summary, proposed_visibility,
                               visibility, submitted_at, published_at, search_text)
             VALUES (se, '{author}', 'published', 'Quokkaold note', 'public', 'public',
                     '2000-01-01', '2000-01-01', 'Quokkaold note on the ' || level || ' session');
             INSERT INTO finding (consultation_id, session_id, kind, statement, visibility,
                                  created_at)
             VALUES (hanoi, se, 'challenge', 'Quokkaold finding of the ' || level || ' session',
                     'public', '2000-01-01');
             position := position + 1;
           END LOOP;

           INSERT INTO finding (consultation_id, kind, statement, visibility, created_at) VALUES
             (hanoi, 'challenge', 'Recruiters in Đà Nẵng keep the workers'' passports (demo)',
              'public', '2000-01-01'),
             (hanoi, 'challenge', 'แรงงานข้ามชาติถูกยึดหนังสือเดินทาง (demo)', 'public',
              '2000-01-01');
           se := gen_random_uuid();
           INSERT INTO session (id, consultation_id, position, kind, title, visibility,
                                created_at)
           VALUES (se, hanoi, 90, 'plenary', 'Old session', 'public', '2000-01-01');
           INSERT INTO note (session_id, author_id, status, summary, proposed_visibility,
                             visibility, submitted_at, published_at, search_text)
           VALUES (se, '{author}', 'published', 'Old note', 'public', 'public', '2000-01-01',
                   '2000-01-01', 'ရွှေ့ပြောင်းလုပ်သားများ၏ လုပ်ခလစာ (demo)');
         END $$"
    ))
    .execute(&app.pool)
    .await
    .expect("old records beyond the newest");
}

/// Records older than the newest that search looks through first are found by their words: by
/// the beginning of the last word, without accents, in any order; Thai and Burmese inside their
/// words; and as the viewer may see them, no more.
#[tokio::test]
async fn old_records_are_found_by_their_words_as_the_viewer_may_see_them() {
    let app = TestApp::demo().await;
    old_records_beyond_the_newest(&app).await;

    let viewers = [
        (Who::Anonymous, 1),
        (Who::PartnerA, 2),
        (Who::OfficialVn, 2),
        (Who::Staff, 3),
    ];
    for (who, seen) in viewers {
        let (mut client, _) = app.signed_in(who).await;
        // The whole word, and its beginning as one types it.
        for query in ["quokkaold", "QUOKKAOL", "quokka"] {
            let page = client.get(&format!("/search?q={query}")).await;
            assert_eq!(page.status, StatusCode::OK);
            for kind in ["Sessions", "Published notes", "Findings"] {
                page.assert_contains(&[&format!(">{kind}</a> ({seen})")]);
            }
            for (i, level) in ["public", "members", "staff"].iter().enumerate() {
                for text in [
                    format!("Quokkaold {level} session"),
                    format!("note on the {level} session"),
                    format!("finding of the {level} session"),
                ] {
                    assert_eq!(
                        page.body.contains(&text),
                        i < seen,
                        "{who:?}, {query}: {text}"
                    );
                }
            }
        }
    }

    let mut visitor = app.client();
    // Without accents, in another order, a hyphen for a space, the last word begun.
    for query in [
        "da nang passports",
        "Đà Nẵng passport",
        "passports da nang",
        "Da-Nang recruiters",
        "recruit",
        "workers' passports",
    ] {
        let page = visitor
            .get(&format!("/search?q={}", urlencode(query)))
            .await;
        assert_eq!(page.status, StatusCode::OK, "{query}");
        assert!(
            unmarked(&page.body).contains("Recruiters in Đà Nẵng keep the workers"),
            "{query} finds the finding in Đà Nẵng"
        );
    }
    // A word is a word: its middle alone does not find it, nor does a word missing from it.
    for query in ["ecruiters", "da nang okapi"] {
        let page = visitor
            .get(&format!("/search?q={}", urlencode(query)))
            .await;
        assert!(
            !unmarked(&page.body).contains("passports (demo)"),
            "{query}"
        );
    }

    // Thai and Burmese, inside their words.
    let thai = visitor
        .get(&format!("/search?q={}", urlencode("ยึดหนังสือ")))
        .await;
    thai.assert_contains(&["<mark>ยึดหนังสือ</mark>เดินทาง (demo)"]);
    let burmese = visitor
        .get(&format!("/search?q={}", urlencode("လုပ်ခ")))
        .await;
    burmese.assert_contains(&["<mark>လုပ်ခ</mark>လစာ (demo)"]);
}

/// What the word index reads as operators (& | ! : * ( ) ' < > and backslashes) is only
/// punctuation in a query: each gives a normal page, and the words around it are still found.
#[tokio::test]
async fn operators_of_the_word_index_in_a_query_are_plain_punctuation() {
    let app = TestApp::demo().await;
    old_records_beyond_the_newest(&app).await;
    let mut visitor = app.client();
    for query in [
        "'",
        "''",
        "\\",
        "\\'",
        ":*",
        "&",
        "|",
        "!",
        "()",
        "<->",
        "<2>",
        "!!!",
        "'a' & 'b'",
        "a:b",
        "x:*",
        "C:\\path",
        "' OR 1=1 --",
        "%",
        "_",
        "*",
    ] {
        let page = visitor
            .get(&format!("/search?q={}", urlencode(query)))
            .await;
        assert_eq!(page.status, StatusCode::OK, "{query}");
        assert!(
            page.body.contains("Results ") || page.body.contains("No results"),
            "{query}"
        );
    }
    for query in [
        "passports & recruiters",
        "!passports",
        "passports | recruiters*",
        "(passports)",
        "'passports'",
        "passports:*",
        "passports\\",
        "Nẵng, passports.",
    ] {
        let page = visitor
            .get(&format!("/search?q={}", urlencode(query)))
            .await;
        assert_eq!(page.status, StatusCode::OK, "{query}");
        assert!(unmarked(&page.body).contains("passports (demo)"), "{query}");
    }
}

#[tokio::test]
async fn among_more_names_than_are_ranked_the_one_named_as_asked_still_comes_first() {
    // More organisations hold the words than search ranks (`NAMES`); the one whose name is the
    // query, added last, still comes first, and so does a consultation named as asked.
    let app = TestApp::demo().await;
    sqlx::raw_sql(
        "INSERT INTO organisation (slug, name, kind, is_demo)
         SELECT 'river-workers-league-' || n, 'River Workers League ' || n,
                (enum_range(NULL::organisation_kind))[1], true
           FROM generate_series(1, 600) n;
         INSERT INTO organisation (slug, name, kind, is_demo)
         VALUES ('river-workers-league', 'River Workers League', (enum_range(NULL::organisation_kind))[1], true);",
    )
    .execute(&app.pool)
    .await
    .expect("601 organisations");
    let mut visitor = app.client();
    assert_eq!(
        first_result(&mut visitor, "river workers league").await,
        "/organisations/river-workers-league"
    );
    assert_eq!(
        first_result(&mut visitor, "River Workers League 600").await,
        "/organisations/river-workers-league-600"
    );
    // A word every one of them holds still finds them.
    let page = visitor.get("/search?q=league").await;
    assert_eq!(page.status, axum::http::StatusCode::OK);
    page.assert_contains(&["River Workers League"]);
}

#[tokio::test]
async fn names_are_found_by_their_words_in_any_order_and_not_by_a_word_they_lack() {
    // A word every name holds beside one that none holds finds none of them; the words of one
    // name, in another order and with punctuation between them, find it; so does a Thai name,
    // inside its words, and the name of a consultation.
    let app = TestApp::demo().await;
    sqlx::raw_sql(
        "INSERT INTO organisation (slug, name, kind, is_demo)
         SELECT 'delta-fishers-union-' || n, 'Delta Fishers Union ' || n,
                (enum_range(NULL::organisation_kind))[1], true
           FROM generate_series(1, 300) n;
         INSERT INTO organisation (slug, name, kind, is_demo)
         VALUES ('mekong-delta-fishers', 'Mekong Delta Fishers Union', (enum_range(NULL::organisation_kind))[1], true),
                ('thai-fishers', 'สหภาพแรงงานประมง', (enum_range(NULL::organisation_kind))[1], true);",
    )
    .execute(&app.pool)
    .await
    .expect("302 organisations");
    let mut visitor = app.client();
    for query in ["union, mekong", "Fishers; Delta Mekong", "mekong fish"] {
        assert_eq!(
            first_result(&mut visitor, query).await,
            "/organisations/mekong-delta-fishers",
            "{query}"
        );
    }
    let none = visitor.get("/search?q=delta+fishers+zqnowhere").await;
    assert_eq!(none.status, StatusCode::OK);
    assert!(results(&none.body).is_empty(), "a word no name holds");
    none.assert_contains(&["No results"]);
    assert_eq!(
        first_result(&mut visitor, "แรงงานประมง").await,
        "/organisations/thai-fishers"
    );
    assert_eq!(
        first_result(&mut visitor, "hanoi, 2019").await,
        "/consultations/hanoi-2019-12-18"
    );
}
