//! Rebuilds the crate when a migration is added or changed: `sqlx::migrate!()` embeds the
//! migrations at compile time but cannot see a new file appear in the folder by itself.

fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
