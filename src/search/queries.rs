//! Search across every kind of record, in PostgreSQL: consultations (title, city, Member State
//! name and code, dates), organisations (names, acronyms and other names), people (names; staff
//! only), commitments (code, paragraph, title and text), sessions, findings and published notes.
//!
//! Text is compared without regard to case or accents ("ha noi" finds "Hà Nội", "lao dong" finds
//! "lao động"), and, for the names of records, also with spaces and punctuation removed ("ha noi"
//! finds "Hanoi"); text in scripts written without spaces (Thai, Burmese) is found inside words.
//! Each kind keeps its text folded, with a trigram index on it (migrations 7 and 13).
//!
//! Every kind is searched by its words when the query is written in Latin letters (see
//! [`by_words`]): a record matches when it holds every word of the query, the last one also as
//! the beginning of a longer word ("recruit" finds "recruitment"), through a word index (a
//! `tsvector` of the folded text, 'simple' configuration, migrations 1, 40 and 48); names also
//! match the query without spaces inside their own ("ha noi" finds "Hanoi"). That costs what the
//! query's matches cost, where the trigram index of a common word reads entries for nearly every
//! record. A query with letters of another script is searched as folded text inside the
//! records' text, through the trigram index.
//!
//! Results are ranked: a record whose name is the query comes first, then one whose name begins
//! with it, one with a word of its name beginning with it, one whose name holds it, and last the
//! records that hold it in their text (newest first among equals). Every kind gives at most
//! [`CAP`] + 1 matches (the best), so that the cost of a search does not grow with the data: for
//! the long lists (findings, notes, sessions) that is the newest matches, found first among the
//! newest [`WINDOW`] records and only then, if those hold too few, through the trigram index.
//! The facets (kind of record, Member State, year, theme) are counted over those matches.
//!
//! One statement answers a page: its results and every facet's counts; PostgreSQL plans it once
//! per connection (every value it depends on comes through one row, `q`).

use std::sync::LazyLock;

use sqlx::{Acquire, Postgres};
use unicode_normalization::UnicodeNormalization as _;

use crate::auth::Visibility;
use crate::domain::text::like_escape;

/// Results on a page.
pub const PAGE: usize = 20;

/// The most matches of one kind that are ranked and counted (one more is read, to know that
/// there are more).
pub const CAP: usize = 200;

/// How many consultations and organisations matching by name are ranked, at most, beside those
/// whose name is the query: as many as a kind gives ([`CAP`]). A query of a word nearly every
/// name holds (50,000 organisations at the synthetic scale 100) cost seconds to rank whole, and
/// a longer query narrows it anyway.
pub const NAMES: usize = CAP;

/// How many of the newest findings, notes and sessions are looked through before the trigram
/// index is asked for older matches.
pub const WINDOW: usize = 2000;

/// The kinds of record search finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RecordKind {
    Consultation,
    Organisation,
    Person,
    Commitment,
    Session,
    Finding,
    Note,
}

crate::domain::enumerated! {
    RecordKind {
        Consultation => "consultation", "Consultations";
        Organisation => "organisation", "Organisations";
        Person => "person", "People";
        Commitment => "commitment", "Commitments";
        Session => "session", "Sessions";
        Finding => "finding", "Findings";
        Note => "note", "Published notes";
    }
}

/// What is searched for: the words and the facets chosen.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Search {
    pub q: String,
    pub kind: Option<RecordKind>,
    /// A Member State's code.
    pub state: Option<String>,
    pub year: Option<i32>,
    /// A theme's slug.
    pub theme: Option<String>,
    /// From 1.
    pub page: u32,
}

/// Who searches: the levels they may read, and whether they may see people.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Reader {
    pub levels: Vec<Visibility>,
    pub sees_people: bool,
}

/// One row of the answer: a result (`facet` = "hit"), or a facet's value with its count.
#[derive(Debug, sqlx::FromRow)]
pub struct Row {
    pub facet: String,
    /// The kind of a result; the value of a facet.
    pub value: String,
    /// The title of a result; the name of a facet's value.
    pub label: Option<String>,
    pub url: Option<String>,
    pub text: Option<String>,
    /// A result's place on the page; a facet value's count.
    pub count: i64,
}

/// The page of results `search` asks for, and the facets' counts, as `reader` may see them.
pub async fn search(
    db: impl Acquire<'_, Database = Postgres>,
    search: &Search,
    reader: &Reader,
) -> Result<Vec<Row>, sqlx::Error> {
    let escaped = like_escape(search.q.trim());
    let offset = i64::from(search.page.max(1) - 1) * PAGE as i64;
    let mut tx = db.begin().await?;
    sqlx::query(FOR_THIS_STATEMENT).execute(&mut *tx).await?;
    let rows = sqlx::query_as(&SEARCH)
        .bind(search.q.trim())
        .bind(escaped)
        .bind(&reader.levels)
        .bind(reader.sees_people)
        .bind(search.state.as_deref())
        .bind(search.year)
        .bind(search.theme.as_deref())
        .bind(search.kind.map(RecordKind::value))
        .bind(offset)
        .bind(by_words(&search.q))
        .fetch_all(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(rows)
}

/// How the statement is planned and run, in the transaction that runs it. Its one plan, for
/// every query (the values come through one row, `q`), is kept by the connection
/// (`force_generic_plan`: not planned again, about 60 ms at scale 100, for each of a
/// connection's first searches). And it is not compiled to machine code: its estimated cost is
/// far above PostgreSQL's `jit_above_cost`, as its LIMITs are not in the estimate, and compiling
/// its hundreds of expressions took 1.5 s on every search at scale 100, where running it takes
/// milliseconds.
const FOR_THIS_STATEMENT: &str = "SELECT set_config('plan_cache_mode', 'force_generic_plan', true),
            set_config('jit', 'off', true)";

/// Whether the long lists are searched for `query` by its words, through the word index: when
/// every letter (and digit) of it is Latin, as in English, Vietnamese, Malay, Indonesian and
/// Filipino. Text with letters, marks or digits of another script (Thai, Burmese, Khmer, Lao:
/// written without spaces between words) is searched inside words, through the trigram index.
pub fn by_words(query: &str) -> bool {
    fold(query).chars().all(|c| {
        latin(c) || !(c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c))
    })
}

/// A letter or digit of the Latin script, folded or not.
fn latin(c: char) -> bool {
    matches!(c,
        'a'..='z' | 'A'..='Z' | '0'..='9' | 'ª' | 'º'
        // Latin-1 Supplement, Latin Extended-A and -B, IPA Extensions.
        | '\u{c0}'..='\u{2af}'
        // Latin Extended Additional (Vietnamese), -C, -D, -E, and the full-width letters.
        | '\u{1e00}'..='\u{1eff}' | '\u{2c60}'..='\u{2c7f}' | '\u{a720}'..='\u{a7ff}'
        | '\u{ab30}'..='\u{ab6f}' | '\u{ff21}'..='\u{ff3a}' | '\u{ff41}'..='\u{ff5a}')
        && c != '×'
        && c != '÷'
}

/// Names close to `query` in spelling, for a search that found nothing: cities and titles of the
/// consultations the reader may see, organisations' names and other names, Member States and
/// themes. Read only when a search found nothing. Cities, organisations' names and other names
/// are found through their trigram indexes (`<%` is `word_similarity >=` the threshold set for
/// the transaction), the organisations being many: 500 per unit of synthetic scale, of which at
/// most [`NAMES`] of each kind are weighed; the Member States and themes are few, and read whole.
pub async fn close_names(
    db: impl Acquire<'_, Database = Postgres>,
    query: &str,
    levels: &[Visibility],
) -> Result<Vec<String>, sqlx::Error> {
    let mut tx = db.begin().await?;
    sqlx::query(
        "SELECT set_config('pg_trgm.word_similarity_threshold', '0.45', true),
                set_config('jit', 'off', true)",
    )
    .execute(&mut *tx)
    .await?;
    let names = sqlx::query_scalar(
        "WITH q AS MATERIALIZED (SELECT search_fold($1) AS f, $2::visibility[] AS levels)
         SELECT name FROM (
             (SELECT c.city AS name, word_similarity((SELECT f FROM q), search_fold(c.city)) AS s
               FROM consultation c
              WHERE c.archived_at IS NULL AND c.city <> ''
                AND (SELECT f FROM q) <% search_fold(c.city)
                AND c.effective_visibility = ANY((SELECT levels FROM q)::visibility[])
              LIMIT $3)
             UNION ALL
             (SELECT o.name, word_similarity((SELECT f FROM q), search_fold(o.name))
               FROM organisation o
              WHERE o.archived_at IS NULL AND o.merged_into_id IS NULL
                AND (SELECT f FROM q) <% search_fold(o.name)
              LIMIT $3)
             UNION ALL
             (SELECT a.alias, word_similarity((SELECT f FROM q), a.search_folded)
               FROM organisation_alias a JOIN organisation o ON o.id = a.organisation_id
              WHERE o.archived_at IS NULL AND o.merged_into_id IS NULL
                AND (SELECT f FROM q) <% a.search_folded
              LIMIT $3)
             UNION ALL
             SELECT ms.short_name, word_similarity((SELECT f FROM q), search_fold(ms.short_name))
               FROM member_state ms
             UNION ALL
             SELECT t.name, word_similarity((SELECT f FROM q), search_fold(t.name))
               FROM theme t WHERE t.archived_at IS NULL
         ) names
         WHERE s >= 0.45 AND search_fold(name) <> (SELECT f FROM q)
         GROUP BY name ORDER BY max(s) DESC, name LIMIT 3",
    )
    .bind(query)
    .bind(levels)
    // As many candidates of each kind as search ranks ([`NAMES`]): a word nearly every name
    // holds is close to all of them.
    .bind(i64::try_from(NAMES).unwrap_or(i64::MAX))
    .fetch_all(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(names)
}

/// Whether a record of the kinds named by their names (alias `x`, with `search_folded`,
/// `search_words` and `search_compact`) matches: every word of the query among its words (a
/// query in Latin letters, through the word index), or every word of the query inside its text
/// (another script: the longest word through the trigram index); or else the query without
/// spaces inside its text without spaces ("ha noi" finds "Hanoi", "watch" finds "HRWatch").
/// Only one of `words` and `longest` is not NULL, and a NULL finds nothing.
fn names_match(x: &str) -> String {
    format!(
        "({x}.search_words @@ (SELECT words FROM q)
          OR ({x}.search_folded LIKE (SELECT longest FROM q)
              AND {x}.search_folded LIKE ALL ((SELECT each_word FROM q)::text[]))
          OR {x}.search_compact LIKE (SELECT compact_like FROM q))"
    )
}

/// Whether a record with these facet values (expressions) fits the facets chosen.
fn facets_fit(states: &str, year: &str, themes: &str) -> String {
    format!(
        "((SELECT state FROM q) IS NULL OR (SELECT state FROM q) = ANY({states}))
         AND ((SELECT year FROM q) IS NULL OR {year} = (SELECT year FROM q))
         AND ((SELECT theme FROM q) IS NULL OR (SELECT theme FROM q) = ANY({themes}))"
    )
}

/// The Member States of consultation `c` (expression of its id): the host and those covered.
fn consultation_states(c: &str) -> String {
    format!(
        "ARRAY(SELECT cs.member_state_code::text FROM consultation_state cs
                WHERE cs.consultation_id = {c}
               UNION SELECT host.host_state_code::text FROM consultation host
                WHERE host.id = {c} AND host.host_state_code IS NOT NULL)"
    )
}

fn consultation_year(c: &str) -> String {
    format!(
        "(SELECT extract(year FROM cy.starts_on)::integer FROM consultation cy WHERE cy.id = {c})"
    )
}

fn session_themes(se: &str) -> String {
    format!(
        "ARRAY(SELECT t.slug FROM session_theme st JOIN theme t ON t.id = st.theme_id
                WHERE st.session_id = {se})"
    )
}

/// The statement, put together once (see the module's doc).
static SEARCH: LazyLock<String> = LazyLock::new(|| {
    let finding_facets = facets_fit(
        "ARRAY(SELECT fs.member_state_code::text FROM finding_state fs WHERE fs.finding_id = f.id)",
        &consultation_year("f.consultation_id"),
        "ARRAY(SELECT t.slug FROM finding_theme ft JOIN theme t ON t.id = ft.theme_id
                WHERE ft.finding_id = f.id)",
    );
    let note_facets = facets_fit(
        &consultation_states(
            "(SELECT ns.consultation_id FROM session ns WHERE ns.id = n.session_id)",
        ),
        &consultation_year(
            "(SELECT ns.consultation_id FROM session ns WHERE ns.id = n.session_id)",
        ),
        &session_themes("n.session_id"),
    );
    let session_facets = facets_fit(
        &consultation_states("se.consultation_id"),
        &format!(
            "coalesce(extract(year FROM se.day)::integer, {})",
            consultation_year("se.consultation_id")
        ),
        &session_themes("se.id"),
    );
    let hits_fit = facets_fit("x.states", "x.year", "x.themes");
    let consultation_match = names_match("c");
    let organisation_match = names_match("o");
    let alias_match = names_match("a");
    let person_match = names_match("p");
    let commitment_match = names_match("cm");
    let window = WINDOW;
    let last = WINDOW - 1;
    let more = CAP + 1;
    let page = PAGE + 1;
    let names = NAMES;
    format!(
        "
WITH q AS MATERIALIZED (
    SELECT -- For a query in Latin letters (see `by_words`): its words, each a lexeme as the
           -- records' text gives it, quoted here (so that no character of the query is read as
           -- an operator), the last one also as a prefix when it is long enough for a prefix to
           -- be worth it; the parts of a hyphenated word, not the whole (Ha-Noi finds Ha
           -- Noi). NULL when it has none: then nothing matches through the word index.
           CASE WHEN $10::boolean THEN
               (SELECT string_agg('''' || replace(replace(w.lexeme, '\\', '\\\\'), '''', '''''')
                                    || '''' || CASE WHEN w.i = w.last AND length(w.lexeme) >= 3
                                                    THEN ':*' ELSE '' END,
                                  ' & ' ORDER BY w.i)::tsquery
                  FROM (SELECT p.i, p.token AS lexeme, max(p.i) OVER () AS last
                          FROM ts_parse('default', search_fold($1))
                               WITH ORDINALITY AS p(tokid, token, i)
                          JOIN ts_token_type('default') t ON t.tokid = p.tokid
                         -- What the 'simple' configuration makes no lexeme of, and whole
                         -- hyphenated words (their parts are lexemes too).
                         WHERE t.alias NOT IN ('blank', 'tag', 'protocol', 'entity', 'asciihword',
                                               'hword', 'numhword')) w)
           END AS words,
           -- Otherwise the folded query, to be found inside the records' text.
           CASE WHEN NOT $10::boolean THEN '%' || search_fold($2) || '%' END AS text,
           search_fold($1) AS folded,
           coalesce(search_compact($1), '') AS compact,
           CASE WHEN search_compact($1) <> '' THEN '%' || search_compact($1) || '%' END
               AS compact_like,
           CASE WHEN NOT $10::boolean THEN
               (SELECT '%' || w || '%' FROM regexp_split_to_table(search_fold($2), '\\s+') w
                 WHERE w <> '' ORDER BY length(w) DESC LIMIT 1)
           END AS longest,
           ARRAY(SELECT '%' || w || '%' FROM regexp_split_to_table(search_fold($2), '\\s+') w
                  WHERE w <> '') AS each_word,
           $3::visibility[] AS levels,
           $4::boolean AS people,
           $5::text AS state,
           $6::integer AS year,
           $7::text AS theme,
           $8::text AS kind
), consultations AS (
    SELECT * FROM (
        SELECT 'consultation' AS kind, c.id::text AS id, c.title, '/consultations/' || c.slug AS url,
               -- Its place and date, which the page writes in the reader's language:
               -- city, state code, state name, first day, planned period.
               concat_ws(chr(31), c.city, coalesce(ms.code::text, ''),
                         coalesce(ms.short_name, ''), coalesce(c.starts_on::text, ''),
                         c.planned_period) AS text,
               c.starts_on::timestamp AT TIME ZONE 'UTC' AS at,
               greatest(search_rank(ARRAY[c.title, c.city, ms.short_name, ms.formal_name,
                                          c.host_state_code::text],
                                    (SELECT folded FROM q), (SELECT compact FROM q)), 30)
                   -- A real consultation comes before a demo example that matches as well.
                   - CASE WHEN c.is_demo THEN 1 ELSE 0 END AS score,
               {consultation_states_c} AS states,
               extract(year FROM c.starts_on)::integer AS year,
               ARRAY(SELECT DISTINCT t.slug FROM session se
                       JOIN session_theme st ON st.session_id = se.id
                       JOIN theme t ON t.id = st.theme_id
                      WHERE se.consultation_id = c.id AND se.archived_at IS NULL
                        AND se.effective_visibility = ANY((SELECT levels FROM q)::visibility[]))
                   AS themes
          FROM consultation c LEFT JOIN member_state ms ON ms.code = c.host_state_code
         WHERE c.archived_at IS NULL
           AND c.effective_visibility = ANY((SELECT levels FROM q)::visibility[])
           AND c.id IN (SELECT named.id FROM (SELECT c.id FROM consultation c
                         WHERE c.archived_at IS NULL
                           AND c.effective_visibility = ANY((SELECT levels FROM q)::visibility[])
                           AND {consultation_match} LIMIT {names}) named
                        UNION
                        SELECT c.id FROM consultation c
                         WHERE search_fold(c.title) = (SELECT folded FROM q))
    ) x
     WHERE {hits_fit}
     ORDER BY score DESC, at DESC NULLS LAST, id LIMIT {more}
), organisations AS (
    SELECT * FROM (
        SELECT 'organisation' AS kind, o.id::text AS id,
               o.name || CASE WHEN o.acronym <> '' THEN ' (' || o.acronym || ')' ELSE '' END
                   AS title,
               '/organisations/' || o.slug AS url,
               coalesce((SELECT string_agg(a.alias, '; ' ORDER BY a.alias)
                                               FROM organisation_alias a
                                              WHERE a.organisation_id = o.id
                                                AND a.alias <> o.name AND a.alias <> o.acronym),
                        '') AS text,
               NULL::timestamptz AS at,
               greatest(search_rank(ARRAY[o.name, o.acronym]
                                      || ARRAY(SELECT a.alias FROM organisation_alias a
                                                WHERE a.organisation_id = o.id),
                                    (SELECT folded FROM q), (SELECT compact FROM q)), 30) AS score,
               CASE WHEN o.member_state_code IS NULL THEN '{{}}'::text[]
                    ELSE ARRAY[o.member_state_code::text] END AS states,
               NULL::integer AS year,
               '{{}}'::text[] AS themes
          FROM organisation o
         WHERE o.archived_at IS NULL AND o.merged_into_id IS NULL
           AND o.id IN (SELECT named.id FROM (SELECT o.id FROM organisation o
                         WHERE o.archived_at IS NULL AND o.merged_into_id IS NULL
                           AND {organisation_match} LIMIT {names}) named
                        UNION
                        SELECT aliased.id FROM (SELECT a.organisation_id AS id
                          FROM organisation_alias a WHERE {alias_match} LIMIT {names}) aliased
                        UNION
                        SELECT o.id FROM organisation o
                         WHERE search_fold(o.name) = (SELECT folded FROM q))
    ) x
     WHERE {hits_fit}
     ORDER BY score DESC, title, id LIMIT {more}
), people AS (
    SELECT * FROM (
        SELECT 'person' AS kind, p.id::text AS id, p.full_name AS title, '/people/' || p.id AS url,
               coalesce((SELECT string_agg(pr.title || coalesce(', ' || po.name, ''), '; '
                                           ORDER BY pr.starts_on DESC NULLS LAST, pr.title)
                           FROM person_role pr LEFT JOIN organisation po ON po.id = pr.organisation_id
                          WHERE pr.person_id = p.id AND pr.ends_on IS NULL), '') AS text,
               NULL::timestamptz AS at,
               greatest(search_rank(ARRAY[p.full_name], (SELECT folded FROM q),
                                    (SELECT compact FROM q)), 30) AS score,
               '{{}}'::text[] AS states, NULL::integer AS year, '{{}}'::text[] AS themes
          FROM person p
         WHERE (SELECT people FROM q)
           AND p.archived_at IS NULL AND p.merged_into_id IS NULL
           AND {person_match}
    ) x
     WHERE {hits_fit}
     ORDER BY score DESC, title, id LIMIT {more}
), commitments AS (
    SELECT * FROM (
        SELECT 'commitment' AS kind, cm.id::text AS id, cm.code || ' ' || cm.title AS title,
               '/frameworks/' || fw.slug || '/commitments/' || cm.code AS url,
               cm.title || '. ' || cm.body AS text,
               NULL::timestamptz AS at,
               greatest(search_rank(ARRAY[cm.code, cm.official_ref, cm.title],
                                    (SELECT folded FROM q), (SELECT compact FROM q)), 30) AS score,
               '{{}}'::text[] AS states, NULL::integer AS year, '{{}}'::text[] AS themes
          FROM commitment cm JOIN framework fw ON fw.id = cm.framework_id
         WHERE cm.archived_at IS NULL AND {commitment_match}
    ) x
     WHERE {hits_fit}
     ORDER BY score DESC, title, id LIMIT {more}
), found_findings AS (
    SELECT * FROM (
        (SELECT f.id, f.consultation_id, f.statement, f.created_at
           FROM (SELECT * FROM finding ORDER BY created_at DESC, id DESC LIMIT {window}) f
          WHERE f.archived_at IS NULL
            AND f.effective_visibility = ANY((SELECT levels FROM q)::visibility[])
            AND (f.search_folded LIKE (SELECT text FROM q) OR f.search @@ (SELECT words FROM q))
            AND (SELECT c.effective_visibility FROM consultation c WHERE c.id = f.consultation_id)
                = ANY((SELECT levels FROM q)::visibility[])
            AND {finding_facets}
          ORDER BY f.created_at DESC, f.id DESC LIMIT {more})
        UNION ALL
        (SELECT f.id, f.consultation_id, f.statement, f.created_at
           FROM finding f
          WHERE (f.created_at + interval '0', f.id)
                  < (SELECT created_at, id FROM finding
                      ORDER BY created_at DESC, id DESC OFFSET {last} LIMIT 1)
            AND f.archived_at IS NULL
            AND f.effective_visibility = ANY((SELECT levels FROM q)::visibility[])
            AND (SELECT c.effective_visibility FROM consultation c WHERE c.id = f.consultation_id)
                = ANY((SELECT levels FROM q)::visibility[])
            AND (f.search_folded LIKE (SELECT text FROM q) OR f.search @@ (SELECT words FROM q))
            AND {finding_facets}
          ORDER BY f.created_at + interval '0' DESC, f.id DESC LIMIT {more})
    ) parts LIMIT {more}
), findings AS (
    SELECT 'finding' AS kind, f.id::text AS id,
           (SELECT c.title FROM consultation c WHERE c.id = f.consultation_id) AS title,
           '/findings/' || f.id AS url, f.statement AS text, f.created_at AS at, 20 AS score,
           ARRAY(SELECT fs.member_state_code::text FROM finding_state fs
                  WHERE fs.finding_id = f.id) AS states,
           {finding_year} AS year,
           ARRAY(SELECT t.slug FROM finding_theme ft JOIN theme t ON t.id = ft.theme_id
                  WHERE ft.finding_id = f.id) AS themes
      FROM found_findings f
), found_notes AS (
    SELECT * FROM (
        (SELECT n.id, n.session_id, n.search_text, n.published_at
           FROM (SELECT * FROM note WHERE status = 'published'
                  ORDER BY published_at DESC, id DESC LIMIT {window}) n
          WHERE n.effective_visibility = ANY((SELECT levels FROM q)::visibility[])
            AND (n.search_folded LIKE (SELECT text FROM q)
                 OR n.search_words @@ (SELECT words FROM q))
            AND (SELECT se.effective_visibility = ANY((SELECT levels FROM q)::visibility[])
                        AND c.effective_visibility = ANY((SELECT levels FROM q)::visibility[])
                   FROM session se JOIN consultation c ON c.id = se.consultation_id
                  WHERE se.id = n.session_id)
            AND {note_facets}
          ORDER BY n.published_at DESC, n.id DESC LIMIT {more})
        UNION ALL
        (SELECT n.id, n.session_id, n.search_text, n.published_at
           FROM note n
          WHERE n.status = 'published'
            AND (n.published_at + interval '0', n.id)
                  < (SELECT published_at, id FROM note WHERE status = 'published'
                      ORDER BY published_at DESC, id DESC OFFSET {last} LIMIT 1)
            AND n.effective_visibility = ANY((SELECT levels FROM q)::visibility[])
            AND (SELECT se.effective_visibility = ANY((SELECT levels FROM q)::visibility[])
                        AND c.effective_visibility = ANY((SELECT levels FROM q)::visibility[])
                   FROM session se JOIN consultation c ON c.id = se.consultation_id
                  WHERE se.id = n.session_id)
            AND (n.search_folded LIKE (SELECT text FROM q)
                 OR n.search_words @@ (SELECT words FROM q))
            AND {note_facets}
          ORDER BY n.published_at + interval '0' DESC, n.id DESC LIMIT {more})
    ) parts LIMIT {more}
), notes AS (
    SELECT 'note' AS kind, n.id::text AS id,
           (SELECT se.title FROM session se WHERE se.id = n.session_id) AS title,
           '/notes/' || n.id AS url, n.search_text AS text, n.published_at AS at, 20 AS score,
           {note_states} AS states, {note_year} AS year, {note_themes} AS themes
      FROM found_notes n
), found_sessions AS (
    SELECT * FROM (
        (SELECT se.id, se.consultation_id, se.title, se.description, se.day, se.created_at
           FROM (SELECT * FROM session WHERE archived_at IS NULL
                  ORDER BY created_at DESC, id DESC LIMIT {window}) se
          WHERE se.effective_visibility = ANY((SELECT levels FROM q)::visibility[])
            AND (se.search_folded LIKE (SELECT text FROM q)
                 OR se.search_words @@ (SELECT words FROM q))
            AND (SELECT c.effective_visibility FROM consultation c WHERE c.id = se.consultation_id)
                = ANY((SELECT levels FROM q)::visibility[])
            AND {session_facets}
          ORDER BY se.created_at DESC, se.id DESC LIMIT {more})
        UNION ALL
        (SELECT se.id, se.consultation_id, se.title, se.description, se.day, se.created_at
           FROM session se
          WHERE se.archived_at IS NULL
            AND (se.created_at + interval '0', se.id)
                  < (SELECT created_at, id FROM session WHERE archived_at IS NULL
                      ORDER BY created_at DESC, id DESC OFFSET {last} LIMIT 1)
            AND se.effective_visibility = ANY((SELECT levels FROM q)::visibility[])
            AND (SELECT c.effective_visibility FROM consultation c WHERE c.id = se.consultation_id)
                = ANY((SELECT levels FROM q)::visibility[])
            AND (se.search_folded LIKE (SELECT text FROM q)
                 OR se.search_words @@ (SELECT words FROM q))
            AND {session_facets}
          ORDER BY se.created_at + interval '0' DESC, se.id DESC LIMIT {more})
    ) parts LIMIT {more}
), sessions AS (
    SELECT 'session' AS kind, se.id::text AS id, se.title,
           '/consultations/' || (SELECT c.slug FROM consultation c WHERE c.id = se.consultation_id)
               || '#session-' || se.id AS url,
           se.title || '. ' || se.description AS text, se.created_at AS at,
           greatest(search_rank(ARRAY[se.title], (SELECT folded FROM q), (SELECT compact FROM q))
                    - 10, 20) AS score,
           {session_states} AS states,
           coalesce(extract(year FROM se.day)::integer, {session_year}) AS year,
           {session_themes_se} AS themes
      FROM found_sessions se
), hits AS MATERIALIZED (
    SELECT * FROM consultations
    UNION ALL SELECT * FROM organisations
    UNION ALL SELECT * FROM people
    UNION ALL SELECT * FROM commitments
    UNION ALL SELECT * FROM sessions
    UNION ALL SELECT * FROM findings
    UNION ALL SELECT * FROM notes
), chosen AS MATERIALIZED (
    SELECT * FROM hits WHERE (SELECT kind FROM q) IS NULL OR kind = (SELECT kind FROM q)
), page AS (
    SELECT kind, title, url, text,
           row_number() OVER (ORDER BY score DESC, at DESC NULLS LAST, title, id) AS n
      FROM chosen
     ORDER BY n LIMIT {page} OFFSET $9
)
SELECT 'hit' AS facet, kind AS value, title AS label, url, text, n AS count FROM page
UNION ALL
SELECT 'kind', kind, NULL, NULL, NULL, count(*) FROM hits GROUP BY kind
UNION ALL
SELECT 'state', s, (SELECT ms.short_name FROM member_state ms WHERE ms.code = s), NULL, NULL,
       count(*)
  FROM chosen, unnest(states) s GROUP BY s
UNION ALL
SELECT 'year', year::text, NULL, NULL, NULL, count(*) FROM chosen WHERE year IS NOT NULL
 GROUP BY year
UNION ALL
SELECT 'theme', t, (SELECT th.name FROM theme th WHERE th.slug = t), NULL, NULL, count(*)
  FROM chosen, unnest(themes) t GROUP BY t",
        consultation_states_c = consultation_states("c.id"),
        finding_year = consultation_year("f.consultation_id"),
        note_states = consultation_states(
            "(SELECT ns.consultation_id FROM session ns WHERE ns.id = n.session_id)"
        ),
        note_year = consultation_year(
            "(SELECT ns.consultation_id FROM session ns WHERE ns.id = n.session_id)"
        ),
        note_themes = session_themes("n.session_id"),
        session_states = consultation_states("se.consultation_id"),
        session_year = consultation_year("se.consultation_id"),
        session_themes_se = session_themes("se.id"),
    )
});

/// A character as search compares it: lower case, without accents (`đ` as `d`).
fn fold_char(c: char) -> String {
    match c {
        'đ' | 'Đ' => "d".to_owned(),
        _ => c
            .to_lowercase()
            .collect::<String>()
            .nfd()
            // Only the Latin accents: Thai and Burmese marks are letters of their words.
            .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
            .collect(),
    }
}

/// `text` folded for comparing.
pub fn fold(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

fn escape(text: &str) -> String {
    text.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

/// A short excerpt of `text` around the first match of `query`, escaped for HTML, with every
/// match of the query's words in `<mark>`.
pub fn snippet(text: &str, query: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    // The folded text, and for each folded char the original char it came from.
    let mut folded = Vec::new();
    let mut origin = Vec::new();
    for (i, c) in chars.iter().enumerate() {
        for f in fold_char(*c).chars() {
            folded.push(f);
            origin.push(i);
        }
    }
    let mut marked = vec![false; chars.len()];
    let words: Vec<Vec<char>> = fold(query)
        .split_whitespace()
        .map(|w| w.chars().collect())
        .filter(|w: &Vec<char>| !w.is_empty())
        .collect();
    for word in &words {
        let mut i = 0;
        while i + word.len() <= folded.len() {
            if folded[i..i + word.len()] == word[..] {
                for k in i..i + word.len() {
                    marked[origin[k]] = true;
                }
                i += word.len();
            } else {
                i += 1;
            }
        }
    }
    let first = marked.iter().position(|m| *m).unwrap_or(0);
    let start = first.saturating_sub(60);
    let end = (first + 200).min(chars.len());
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    let mut i = start;
    while i < end {
        let on = marked[i];
        let mut j = i;
        while j < end && marked[j] == on {
            j += 1;
        }
        let piece: String = chars[i..j].iter().collect();
        if on {
            out.push_str(&format!("<mark>{}</mark>", escape(&piece)));
        } else {
            out.push_str(&escape(&piece));
        }
        i = j;
    }
    if end < chars.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_statement_uses_the_window_and_page_sizes_named_here() {
        assert_eq!(SEARCH.matches(&format!("LIMIT {WINDOW})")).count(), 3);
        assert_eq!(
            SEARCH
                .matches(&format!("OFFSET {} LIMIT 1", WINDOW - 1))
                .count(),
            3
        );
        // Four kinds named by their names, three long lists of two parts each.
        assert_eq!(SEARCH.matches(&format!("LIMIT {}", CAP + 1)).count(), 13);
        assert_eq!(
            SEARCH
                .matches(&format!("LIMIT {} OFFSET", PAGE + 1))
                .count(),
            1
        );
    }

    #[test]
    fn queries_in_latin_letters_are_searched_by_their_words_others_inside_words() {
        for query in [
            "Hà Nội",
            "recruitment fees 2019",
            "quyền lao động",
            "Ha-Noi",
            "' & | ! : * ( ) \\ <->",
        ] {
            assert!(by_words(query), "{query}");
        }
        for query in [
            "แรงงานข้ามชาติ",
            "ရွှေ့ပြောင်းလုပ်သား",
            "Bangkok แรงงาน",
            "ពលករ",
            "ແຮງງານ",
            "2019 ๒๕๖๒",
        ] {
            assert!(!by_words(query), "{query}");
        }
    }

    #[test]
    fn folding_ignores_case_and_accents() {
        assert_eq!(fold("Hà Nội"), "ha noi");
        assert_eq!(fold("Lao Động"), "lao dong");
        assert_eq!(fold("แรงงานข้ามชาติ"), "แรงงานข้ามชาติ");
    }

    #[test]
    fn snippets_mark_matches_in_the_original_text_and_escape_the_rest() {
        assert_eq!(
            snippet("Workers in Hà Nội <b>", "ha noi"),
            "Workers in <mark>Hà</mark> <mark>Nội</mark> &#60;b&#62;"
        );
        assert_eq!(
            snippet("quyền lao động", "lao dong"),
            "quyền <mark>lao</mark> <mark>động</mark>"
        );
    }
}
