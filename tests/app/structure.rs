//! The shape of the code, held as tests: the core knows no feature, and the slices depend one
//! way, in a fixed order (lower ones know nothing of higher ones).

/// The modules of `src/`, from the bottom up; a module may use those of lower levels only, so
/// no two modules (nor any longer chain of them) can import each other in a circle. Modules of
/// one level know nothing of each other.
const ORDER: &[&[&str]] = &[
    // The core: configuration, clock, languages, errors, database, audit log, the core state.
    &[
        "config", "clock", "i18n", "error", "db", "audit", "metrics", "state",
    ],
    // The demo data and the synthetic data, written with the core alone.
    &["seed"],
    // Shared values every slice uses: enums of one shape, visibility, text and CSV helpers.
    &["domain"],
    // Who may see and do what.
    &["access"],
    // What every page shares.
    &["web"],
    // Logins, passwords, guards.
    &["auth"],
    // Reference data.
    &["member_states", "themes"],
    &["organisations"],
    &["people"],
    // Notes, then the agenda and the consultations whose pages show them.
    &["notes"],
    &["sessions"],
    &["consultations"],
    &["series", "participant_lists"],
    &["findings"],
    &["frameworks"],
    &["assessments"],
    &[
        "dashboard",
        "search",
        "admin",
        "benchmark",
        "help",
        "home",
        "country",
        "reports",
        // Downloads that gather several slices (the whole-consultation export).
        "exports",
    ],
    // The JSON API: it reads the dashboard's figures, so it stands above the dashboard.
    &["api"],
    // The composition root and the command line: they know everything.
    &["app"],
    &["routes"],
    &["lib", "main"],
];

/// The core, which must import no other module of the app but the core's own.
const CORE: &[&str] = &[
    "config", "clock", "error", "db", "audit", "metrics", "state",
];

/// (from, to) for every `crate::to` written in a module `from` (outside comments).
fn imports() -> std::collections::BTreeMap<(String, String), Vec<String>> {
    let mut edges = std::collections::BTreeMap::<(String, String), Vec<String>>::new();
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("a source folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let relative = path
                .strip_prefix(&src)
                .expect("under src")
                .to_string_lossy()
                .into_owned();
            let from = relative
                .split('/')
                .next()
                .unwrap_or_default()
                .trim_end_matches(".rs")
                .to_owned();
            let text = std::fs::read_to_string(&path).expect("a source file");
            for line in text.lines() {
                let code = line.split("//").next().unwrap_or_default();
                for (at, _) in code.match_indices("crate::") {
                    let to: String = code[at + 7..]
                        .chars()
                        .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
                        .collect();
                    if to.is_empty() || to == from {
                        continue;
                    }
                    edges
                        .entry((from.clone(), to))
                        .or_default()
                        .push(relative.clone());
                }
            }
        }
    }
    edges
}

fn level(module: &str) -> Option<usize> {
    ORDER.iter().position(|level| level.contains(&module))
}

#[test]
fn every_module_of_the_app_has_a_place_in_the_order() {
    let mut unplaced: Vec<String> = imports()
        .into_keys()
        .flat_map(|(from, to)| [from, to])
        .filter(|m| level(m).is_none())
        .collect();
    unplaced.dedup();
    assert!(unplaced.is_empty(), "modules with no place: {unplaced:?}");
}

#[test]
fn the_core_imports_no_feature() {
    let offending: Vec<String> = imports()
        .into_iter()
        .filter(|((from, to), _)| CORE.contains(&from.as_str()) && !CORE.contains(&to.as_str()))
        .map(|((from, to), files)| format!("{from} -> {to} ({})", files.join(", ")))
        .collect();
    assert!(offending.is_empty(), "the core imports: {offending:#?}");
}

#[test]
fn slices_depend_one_way_in_the_order() {
    let mut against = Vec::new();
    for ((from, to), files) in imports() {
        let (Some(a), Some(b)) = (level(&from), level(&to)) else {
            continue;
        };
        // The core's own modules share one level and may use each other (checked above).
        if a <= b && !(CORE.contains(&from.as_str()) && CORE.contains(&to.as_str())) {
            against.push(format!("{from} -> {to} ({})", files.join(", ")));
        }
    }
    assert!(
        against.is_empty(),
        "imports against the order (a module uses one of its own level or a higher one): \
         {against:#?}"
    );
}
