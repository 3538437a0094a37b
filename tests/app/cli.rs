//! The command line, run as the operator runs it: `musyawarah user add`.

use std::io::Write as _;
use std::process::{Command, Stdio};

use musyawarah::auth::Role;
use musyawarah::auth::accounts::{self, NewAccount};

use crate::harness::TestApp;

/// Runs `musyawarah user add` with `args` against the test's database, the password on standard
/// input; returns whether it succeeded and what it wrote (standard output and error).
fn user_add(app: &TestApp, args: &[&str]) -> (bool, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_musyawarah"))
        .args(["user", "add"])
        .args(args)
        .env("DATABASE_URL", &app.db.url)
        .env("RUST_LOG", "debug")
        .env_remove("MUSYAWARAH_SEED_DEMO")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the command starts");
    child
        .stdin
        .take()
        .expect("a standard input")
        .write_all(b"pelican turmeric saffron lagoon\n")
        .expect("the password is written");
    let out = child.wait_with_output().expect("the command ends");
    (
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

fn partner(email: &str, organisation: &str) -> NewAccount {
    NewAccount {
        email: email.to_owned(),
        display_name: "Lan Nguyen".to_owned(),
        role: Role::Partner,
        organisation: Some(organisation.to_owned()),
        member_state: None,
    }
}

#[tokio::test]
async fn user_add_finds_the_organisation_by_acronym_name_or_other_name_and_never_logs_the_email() {
    let app = TestApp::demo().await;
    let (ok, output) = user_add(
        &app,
        &[
            "--email",
            "lan.nguyen@cdi.example",
            "--name",
            "Lan Nguyen",
            "--role",
            "partner",
            "--organisation",
            "CDI",
        ],
    );
    assert!(ok, "{output}");
    assert!(output.contains("created the account"), "{output}");
    assert!(
        !output.contains("lan.nguyen") && !output.contains("Lan Nguyen"),
        "no personal data in the log: {output}"
    );
    let organisation: String = sqlx::query_scalar(
        "SELECT o.slug FROM app_user u JOIN organisation o ON o.id = u.organisation_id
          WHERE u.email = 'lan.nguyen@cdi.example'",
    )
    .fetch_one(&app.pool)
    .await
    .expect("the account exists");
    assert_eq!(organisation, "cdi");

    // Any case, with or without accents, by name, acronym, short name or another name.
    let expected = [
        ("cdi", "cdi"),
        ("  center for development and integration ", "cdi"),
        ("mmn", "mekong-migrant-network"),
        ("Bo Lao dong - Thuong binh va Xa hoi", "molisa"),
        ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "molisa"),
    ];
    for (i, (name, slug)) in expected.iter().enumerate() {
        let id = accounts::create(
            &app.pool,
            &partner(&format!("p{i}@example.org"), name),
            "pelican turmeric saffron lagoon",
        )
        .await
        .unwrap_or_else(|err| panic!("{name:?}: {err:#}"));
        let found: String = sqlx::query_scalar(
            "SELECT o.slug FROM app_user u JOIN organisation o ON o.id = u.organisation_id
              WHERE u.id = $1",
        )
        .bind(id)
        .fetch_one(&app.pool)
        .await
        .expect("the account");
        assert_eq!(&found, slug, "{name:?}");
    }

    // None matches: the closest are named.
    let (ok, output) = user_add(
        &app,
        &[
            "--email",
            "x@example.org",
            "--name",
            "X Y",
            "--role",
            "partner",
            "--organisation",
            "Centre for Development & Integration",
        ],
    );
    assert!(!ok);
    assert!(
        output.contains("there is no organisation")
            && output.contains("cdi (Center for Development and Integration)"),
        "{output}"
    );
    // The same address twice: the error does not repeat it.
    let (ok, output) = user_add(
        &app,
        &[
            "--email",
            "lan.nguyen@cdi.example",
            "--name",
            "Lan Nguyen",
            "--role",
            "partner",
            "--organisation",
            "cdi",
        ],
    );
    assert!(!ok);
    assert!(output.contains("there is already an account"), "{output}");
    assert!(!output.contains("lan.nguyen"), "{output}");
}
