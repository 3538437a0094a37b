//! The benchmark's reference page: twelve rows from one query, escaped, in the site's layout.

use axum::http::StatusCode;

use crate::harness::TestApp;

#[tokio::test]
async fn the_reference_page_lists_the_first_twelve_themes_escaped_in_the_site_layout() {
    let app = TestApp::demo().await;
    // A theme whose name is markup sorts first and must come out as text.
    sqlx::query(
        "INSERT INTO theme (slug, name, description)
         VALUES ('aaa-markup', '<script>alert(\"R\")</script> & co', '')",
    )
    .execute(&app.pool)
    .await
    .expect("inserts a theme");

    let page = app.get("/reference").await;

    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.header("content-type"), "text/html; charset=utf-8");
    assert_eq!(page.body.matches("<tr><td>").count(), 12, "twelve rows");
    page.assert_contains(&[
        "Reference page · Musyawarah",
        "Skip to content",
        "<td>aaa-markup</td>",
        "&#60;script&#62;alert(&#34;R&#34;)&#60;/script&#62; &#38; co",
        "<td>access-to-justice</td><td>Access to justice</td>",
        "<td>self-assessment</td>",
    ]);
    assert!(
        !page.body.contains("<script>alert"),
        "the markup is escaped"
    );
    // The demo data has thirteen themes; with the one above, the last two by name are left out.
    assert!(!page.body.contains("social-insurance"));
    assert!(!page.body.contains("trade-union-rights"));
}
