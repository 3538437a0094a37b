-- The dashboard's figures, kept current by the transactions that change the data, at the cost
-- of the change rather than of the data.
--
-- Each counted record (a finding, a consultation) contributes parts: (figure, Member State,
-- visibility, key, n), e.g. ('findings', 'VN', 'public', 'recommendation', 1). What a record
-- contributes now is kept in `figure_source`. When a statement changes a record or anything it
-- is counted by (its states, themes, commitments, participation, an organisation's kind...),
-- the statement's trigger computes the record's parts again and appends the difference to
-- `figure_delta`: a table that is only ever appended to, so that writers never wait for each
-- other on a hot total row and can never deadlock on one. `fold_figures()`, run by the app every
-- few seconds (one at a time), moves the deltas into the totals, `figure_count`. A reader sums
-- totals and pending deltas in one statement, so it sees exactly what is committed.
--
-- Figures that depend on today's date are kept by date: recommendations still open, by the
-- day and by the month they are due ('due_day', 'due_month'); held consultations by the day
-- and month they were held ('held_on', 'held_month'). A reader counts what falls before today
-- from at most a month of days and the months before, so the figures are right on the day with
-- no rebuild.
--
-- A finding counts at its effective visibility, which is never wider than its consultation's.

CREATE TABLE figure_count (
    figure      text NOT NULL,
    state       text NOT NULL,      -- a Member State's code, or '' for figures of no state
    effective_visibility visibility NOT NULL,
    key         text COLLATE "C" NOT NULL,
    n           bigint NOT NULL,
    -- By key before state: a reader asks for a range of days or months of every state.
    PRIMARY KEY (figure, effective_visibility, key, state)
);

CREATE TABLE figure_delta (
    id          bigserial PRIMARY KEY,
    figure      text NOT NULL,
    state       text NOT NULL,
    effective_visibility visibility NOT NULL,
    key         text COLLATE "C" NOT NULL,
    n           bigint NOT NULL
);

CREATE TYPE figure_part AS (figure text, state text, effective_visibility visibility, key text, n bigint);

CREATE TABLE figure_source (
    kind    text NOT NULL CHECK (kind IN ('finding', 'consultation')),
    id      uuid NOT NULL,
    parts   figure_part[] NOT NULL,
    PRIMARY KEY (kind, id)
);

-- What findings contribute: per Member State, by kind, recommendation status, due date (open
-- recommendations), theme and chapter; demo findings apart.
CREATE FUNCTION finding_figure_parts(ids uuid[])
    RETURNS TABLE (id uuid, figure text, state text, effective_visibility visibility, key text, n bigint)
    LANGUAGE sql STABLE AS $$
    SELECT f.id, p.figure, s.member_state_code::text, f.effective_visibility, p.key, 1::bigint
      FROM finding f
      JOIN finding_state s ON s.finding_id = f.id
     CROSS JOIN LATERAL (
           SELECT 'findings', f.kind::text
           UNION ALL
           SELECT 'recommendations', f.recommendation_status::text
            WHERE f.kind = 'recommendation'
           UNION ALL
           SELECT d.figure, d.key
             FROM (VALUES ('due_day', to_char(f.due_on, 'YYYY-MM-DD')),
                          ('due_month', to_char(f.due_on, 'YYYY-MM'))) d(figure, key)
            WHERE f.kind = 'recommendation' AND f.due_on IS NOT NULL
              AND f.recommendation_status NOT IN ('implemented', 'not_accepted')
           UNION ALL
           SELECT 'theme', ft.theme_id::text FROM finding_theme ft WHERE ft.finding_id = f.id
           UNION ALL
           SELECT DISTINCT 'chapter', cm.chapter_id::text
             FROM finding_commitment fc JOIN commitment cm ON cm.id = fc.commitment_id
            WHERE fc.finding_id = f.id
         ) p(figure, key)
     WHERE f.id = ANY(ids) AND f.archived_at IS NULL
    UNION ALL
    SELECT f.id, 'demo_findings', '', f.effective_visibility, '', 1
      FROM finding f
     WHERE f.id = ANY(ids) AND f.archived_at IS NULL AND f.is_demo
$$;

-- What consultations contribute: per Member State covered, by stage, the days they were held,
-- heads by kind of organisation and sex (and the organisations' rows, so that a kind with no
-- heads counted still shows); for the region, the timeline by year and stage; demo records
-- apart.
CREATE FUNCTION consultation_figure_parts(ids uuid[])
    RETURNS TABLE (id uuid, figure text, state text, effective_visibility visibility, key text, n bigint)
    LANGUAGE sql STABLE AS $$
    SELECT c.id, p.figure, cs.member_state_code::text, c.effective_visibility, p.key, p.n
      FROM consultation c
      JOIN consultation_state cs ON cs.consultation_id = c.id
     CROSS JOIN LATERAL (
           SELECT 'consultations', c.status::text, 1::bigint
           UNION ALL
           SELECT d.figure, d.key, 1
             FROM (VALUES ('held_on', to_char(c.starts_on, 'YYYY-MM-DD')),
                          ('held_month', to_char(c.starts_on, 'YYYY-MM'))) d(figure, key)
            WHERE c.status IN ('held', 'report_published') AND c.starts_on IS NOT NULL
           UNION ALL
           SELECT 'participants', o.kind::text || h.sex, h.heads
             FROM participation pa
             JOIN organisation o ON o.id = pa.organisation_id
            CROSS JOIN LATERAL (VALUES (':rows', 1::bigint), (':female', pa.female::bigint),
                                       (':male', pa.male::bigint),
                                       (':other', pa.other_or_unstated::bigint)) h(sex, heads)
            WHERE pa.consultation_id = c.id AND h.heads <> 0
         ) p(figure, key, n)
     WHERE c.id = ANY(ids) AND c.archived_at IS NULL
    UNION ALL
    SELECT c.id, 'timeline', '', c.effective_visibility,
           coalesce(extract(year FROM c.starts_on)::int::text, '') || ':' ||
           CASE WHEN c.status IN ('held', 'report_published') THEN 'held'
                WHEN c.status IN ('planned', 'scheduled') THEN 'planned'
                ELSE c.status::text END,
           1
      FROM consultation c
     WHERE c.id = ANY(ids) AND c.archived_at IS NULL
    UNION ALL
    SELECT c.id, 'demo_consultations', '', c.effective_visibility, '', 1
      FROM consultation c
     WHERE c.id = ANY(ids) AND c.archived_at IS NULL AND c.is_demo
    UNION ALL
    SELECT c.id, 'demo_participants', '', c.effective_visibility, '', count(*)
      FROM consultation c JOIN participation pa ON pa.consultation_id = c.id
     WHERE c.id = ANY(ids) AND c.archived_at IS NULL AND pa.is_demo
       AND pa.female + pa.male + pa.other_or_unstated > 0
     GROUP BY c.id, c.effective_visibility
$$;

-- Counts the records `ids` of `source` again: what they contribute now, less what they did.
-- The records' source rows are locked first, in order, so that two writers of one record take
-- turns (the second reads what the first committed) and writers of several never deadlock.
CREATE FUNCTION recount_figures(source text, ids uuid[]) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    ids := ARRAY(SELECT DISTINCT u FROM unnest(ids) u WHERE u IS NOT NULL ORDER BY u);
    IF cardinality(ids) = 0 THEN
        RETURN;
    END IF;
    INSERT INTO figure_source (kind, id, parts)
    SELECT source, u, '{}' FROM unnest(ids) u ORDER BY u
        ON CONFLICT DO NOTHING;
    PERFORM 1 FROM figure_source WHERE kind = source AND id = ANY(ids) ORDER BY id FOR UPDATE;
    WITH fresh AS MATERIALIZED (
        SELECT * FROM finding_figure_parts(ids) WHERE source = 'finding'
        UNION ALL
        SELECT * FROM consultation_figure_parts(ids) WHERE source = 'consultation'
    ),
    before AS (
        SELECT p.* FROM figure_source s, unnest(s.parts) p
         WHERE s.kind = source AND s.id = ANY(ids)
    ),
    now_parts AS (
        SELECT u.id, coalesce(a.parts, '{}') AS parts
          FROM unnest(ids) u(id)
          LEFT JOIN (SELECT f.id, array_agg(ROW(f.figure, f.state, f.effective_visibility, f.key,
                                                f.n)::figure_part) AS parts
                       FROM fresh f GROUP BY f.id) a ON a.id = u.id
    ),
    kept AS (
        UPDATE figure_source s SET parts = p.parts
          FROM now_parts p
         WHERE s.kind = source AND s.id = p.id
    )
    INSERT INTO figure_delta (figure, state, effective_visibility, key, n)
    SELECT figure, state, effective_visibility, key, sum(n)
      FROM (SELECT figure, state, effective_visibility, key, n FROM fresh
            UNION ALL
            SELECT figure, state, effective_visibility, key, -n FROM before) d
     GROUP BY figure, state, effective_visibility, key
    HAVING sum(n) <> 0;
    DELETE FROM figure_source WHERE kind = source AND id = ANY(ids) AND cardinality(parts) = 0;
END
$$;

-- Moves the committed deltas into the totals; one caller at a time (others return at once).
-- Returns how many deltas it moved.
CREATE FUNCTION fold_figures() RETURNS bigint
    LANGUAGE plpgsql AS $$
DECLARE
    moved bigint;
BEGIN
    IF NOT pg_try_advisory_xact_lock(hashtext('musyawarah.fold_figures')) THEN
        RETURN 0;
    END IF;
    WITH d AS (DELETE FROM figure_delta RETURNING figure, state, effective_visibility, key, n),
    s AS (SELECT figure, state, effective_visibility, key, sum(n) AS n, count(*) AS rows
            FROM d GROUP BY figure, state, effective_visibility, key),
    t AS (INSERT INTO figure_count (figure, state, effective_visibility, key, n)
          SELECT figure, state, effective_visibility, key, n FROM s
           ORDER BY figure, effective_visibility, key, state
              ON CONFLICT (figure, effective_visibility, key, state)
              DO UPDATE SET n = figure_count.n + EXCLUDED.n)
    SELECT coalesce(sum(rows), 0) INTO moved FROM s;
    RETURN moved;
END
$$;

-- The triggers: each statement counts again the records whose figures it may have changed.
-- TG_ARGV[0] is the kind of record counted, TG_ARGV[1] a query over `rows` (the statement's
-- changed rows, old and new) giving their ids.
CREATE FUNCTION recount_figures_of_rows() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    ids uuid[];
    changed text;
BEGIN
    changed := CASE TG_OP
        WHEN 'INSERT' THEN 'SELECT * FROM new_rows'
        WHEN 'DELETE' THEN 'SELECT * FROM old_rows'
        ELSE 'SELECT * FROM old_rows UNION ALL SELECT * FROM new_rows' END;
    EXECUTE format('WITH rows AS (%s) SELECT array_agg(x.id) FROM (%s) x(id)', changed, TG_ARGV[1])
        INTO ids;
    PERFORM recount_figures(TG_ARGV[0], ids);
    RETURN NULL;
END
$$;

-- recount ON table AS kind: ids when rows are inserted or deleted; ids when updated.
CREATE FUNCTION watch_figures(tbl text, kind text, ids text, updated_ids text) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION recount_figures_of_rows(%L, %L)',
                   tbl || '_counts_inserted', tbl, kind, ids);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION recount_figures_of_rows(%L, %L)',
                   tbl || '_counts_deleted', tbl, kind, ids);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I
                        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION recount_figures_of_rows(%L, %L)',
                   tbl || '_counts_updated', tbl, kind, updated_ids);
END
$$;

SELECT watch_figures('finding', 'finding', 'SELECT id FROM rows',
    'SELECT o.id FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.kind, o.recommendation_status, o.due_on, o.effective_visibility,
             o.archived_at IS NULL, o.is_demo)
            IS DISTINCT FROM (n.kind, n.recommendation_status, n.due_on, n.effective_visibility,
                              n.archived_at IS NULL, n.is_demo)');
SELECT watch_figures(t, 'finding', 'SELECT finding_id FROM rows', 'SELECT finding_id FROM rows')
  FROM unnest(ARRAY['finding_state', 'finding_theme', 'finding_commitment']) t;
SELECT watch_figures('commitment', 'finding',
    'SELECT fc.finding_id FROM rows r JOIN finding_commitment fc ON fc.commitment_id = r.id',
    'SELECT fc.finding_id FROM old_rows o JOIN new_rows n ON n.id = o.id
       JOIN finding_commitment fc ON fc.commitment_id = o.id
      WHERE o.chapter_id IS DISTINCT FROM n.chapter_id');
SELECT watch_figures('consultation', 'consultation', 'SELECT id FROM rows',
    'SELECT o.id FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.status, o.starts_on, o.effective_visibility, o.archived_at IS NULL, o.is_demo)
            IS DISTINCT FROM (n.status, n.starts_on, n.effective_visibility,
                              n.archived_at IS NULL, n.is_demo)');
SELECT watch_figures(t, 'consultation', 'SELECT consultation_id FROM rows',
                     'SELECT consultation_id FROM rows')
  FROM unnest(ARRAY['consultation_state', 'participation']) t;
SELECT watch_figures('organisation', 'consultation',
    'SELECT pa.consultation_id FROM rows r JOIN participation pa ON pa.organisation_id = r.id',
    'SELECT pa.consultation_id FROM old_rows o JOIN new_rows n ON n.id = o.id
       JOIN participation pa ON pa.organisation_id = o.id
      WHERE o.kind IS DISTINCT FROM n.kind');

-- Today's records.
SELECT recount_figures('finding', ARRAY(SELECT id FROM finding));
SELECT recount_figures('consultation', ARRAY(SELECT id FROM consultation));
SELECT fold_figures();
