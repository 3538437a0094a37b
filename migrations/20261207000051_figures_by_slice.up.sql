-- The dashboard's figures with filters, kept like those without (migration 34).
--
-- A filter narrows the records by series, by period (a consultation's date; a finding falls on
-- its consultation's date or, without one, the day it was recorded) and, for findings, by
-- theme. Each record's parts are therefore also kept by slice: (theme, series, day), where the
-- theme is the nil id for "any theme" and, for a finding, also each of its themes, and the
-- series the nil id for none. Each part is kept at three grains of time: its day
-- ('YYYY-MM-DD'), its month ('mYYYY-MM') and its year ('yYYYY'); '', 'm' and 'y' for a
-- consultation not dated. A period reads the days of the months it starts and ends in, the
-- months of the years it starts and ends in, and the whole years between: at scale 100 a few
-- thousand rows, where counting from the records read every finding.
--
-- A record's slice is kept beside its parts in `figure_source` (its series, its day and the
-- themes it counts under), so that what it contributed by slice follows from what it
-- contributed at all: nothing is stored twice. Its slice moves when its consultation's date or
-- series does, so a change of either counts the consultation's findings again.

CREATE TABLE figure_slice_count (
    figure      text NOT NULL,
    theme       uuid NOT NULL,
    effective_visibility visibility NOT NULL,
    key         text COLLATE "C" NOT NULL,
    day         text COLLATE "C" NOT NULL,
    series      uuid NOT NULL,
    state       text COLLATE "C" NOT NULL,
    n           bigint NOT NULL,
    -- By key before day: overdue recommendations are a range of due days.
    PRIMARY KEY (figure, theme, effective_visibility, key, day, series, state)
-- Room in each page for a fold's new version of its rows (an update in place, its indexes
-- untouched): the rows stay where the migration wrote them, in the order a period reads them.
) WITH (fillfactor = 80);

-- A period is a few ranges of days, months and years of every key.
CREATE INDEX figure_slice_count_day_idx
    ON figure_slice_count (figure, theme, effective_visibility, day);

CREATE TABLE figure_slice_delta (
    id          bigserial PRIMARY KEY,
    figure      text NOT NULL,
    theme       uuid NOT NULL,
    effective_visibility visibility NOT NULL,
    key         text COLLATE "C" NOT NULL,
    day         text COLLATE "C" NOT NULL,
    series      uuid NOT NULL,
    state       text COLLATE "C" NOT NULL,
    n           bigint NOT NULL
);

ALTER TABLE figure_source
    ADD COLUMN slice_series uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000',
    ADD COLUMN slice_day text NOT NULL DEFAULT '',
    ADD COLUMN slice_themes uuid[] NOT NULL DEFAULT '{}';

-- The three grains of time a part is kept at: its day, its month and its year.
CREATE FUNCTION figure_grains(day text) RETURNS text[]
    LANGUAGE sql IMMUTABLE AS $$
    SELECT ARRAY[day, 'm' || left(day, 7), 'y' || left(day, 4)]
$$;

-- The slice of each record: its series, its day, and the themes it counts under (the nil id,
-- any theme, first).
CREATE FUNCTION figure_slices(source text, ids uuid[])
    RETURNS TABLE (id uuid, series uuid, day text, themes uuid[])
    LANGUAGE sql STABLE AS $$
    SELECT f.id, coalesce(c.series_id, '00000000-0000-0000-0000-000000000000'),
           to_char(coalesce(c.starts_on, f.created_at::date), 'YYYY-MM-DD'),
           ARRAY['00000000-0000-0000-0000-000000000000'::uuid]
               || ARRAY(SELECT ft.theme_id FROM finding_theme ft
                         WHERE ft.finding_id = f.id ORDER BY 1)
      FROM finding f JOIN consultation c ON c.id = f.consultation_id
     WHERE figure_slices.source = 'finding' AND f.id = ANY(figure_slices.ids)
    UNION ALL
    SELECT c.id, coalesce(c.series_id, '00000000-0000-0000-0000-000000000000'),
           coalesce(to_char(c.starts_on, 'YYYY-MM-DD'), ''),
           ARRAY['00000000-0000-0000-0000-000000000000'::uuid]
      FROM consultation c
     WHERE figure_slices.source = 'consultation' AND c.id = ANY(figure_slices.ids)
$$;

-- The figures a filter never reads (the days and months consultations were held serve only
-- the figures without filters).
CREATE FUNCTION figure_sliced(figure text) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS $$
    SELECT figure NOT IN ('held_on', 'held_month')
$$;

CREATE OR REPLACE FUNCTION recount_figures(source text, ids uuid[]) RETURNS void
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
    -- Every part of the statement sees the source rows as they were before it.
    WITH fresh AS MATERIALIZED (
        SELECT * FROM finding_figure_parts(ids) WHERE source = 'finding'
        UNION ALL
        SELECT * FROM consultation_figure_parts(ids) WHERE source = 'consultation'
    ),
    slice AS MATERIALIZED (
        SELECT * FROM figure_slices(source, ids)
    ),
    before AS MATERIALIZED (
        SELECT s.id, s.slice_series, s.slice_day, s.slice_themes, p.*
          FROM figure_source s, unnest(s.parts) p
         WHERE s.kind = source AND s.id = ANY(ids)
    ),
    now_parts AS (
        SELECT u.id, coalesce(a.parts, '{}') AS parts,
               coalesce(sl.series, '00000000-0000-0000-0000-000000000000') AS series,
               coalesce(sl.day, '') AS day, coalesce(sl.themes, '{}') AS themes
          FROM unnest(ids) u(id)
          LEFT JOIN (SELECT f.id, array_agg(ROW(f.figure, f.state, f.effective_visibility, f.key,
                                                f.n)::figure_part) AS parts
                       FROM fresh f GROUP BY f.id) a ON a.id = u.id
          LEFT JOIN slice sl ON sl.id = u.id
    ),
    kept AS (
        UPDATE figure_source s
           SET parts = p.parts, slice_series = p.series, slice_day = p.day, slice_themes = p.themes
          FROM now_parts p
         WHERE s.kind = source AND s.id = p.id
    ),
    sliced AS (
        INSERT INTO figure_slice_delta (figure, theme, effective_visibility, key, day, series,
                                        state, n)
        SELECT figure, theme, effective_visibility, key, day, series, state, sum(n)
          FROM (SELECT f.figure, t.theme, f.effective_visibility, f.key, g.day, sl.series,
                       f.state, f.n
                  FROM fresh f JOIN slice sl ON sl.id = f.id, unnest(sl.themes) t(theme),
                       unnest(figure_grains(sl.day)) g(day)
                 WHERE figure_sliced(f.figure)
                UNION ALL
                SELECT b.figure, t.theme, b.effective_visibility, b.key, g.day,
                       b.slice_series, b.state, -b.n
                  FROM before b, unnest(b.slice_themes) t(theme),
                       unnest(figure_grains(b.slice_day)) g(day)
                 WHERE figure_sliced(b.figure)) d
         GROUP BY figure, theme, effective_visibility, key, day, series, state
        HAVING sum(n) <> 0
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

CREATE OR REPLACE FUNCTION fold_figures() RETURNS bigint
    LANGUAGE plpgsql AS $$
DECLARE
    moved bigint;
    moved_sliced bigint;
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
    WITH d AS (DELETE FROM figure_slice_delta
               RETURNING figure, theme, effective_visibility, key, day, series, state, n),
    s AS (SELECT figure, theme, effective_visibility, key, day, series, state, sum(n) AS n,
                 count(*) AS rows
            FROM d GROUP BY figure, theme, effective_visibility, key, day, series, state),
    t AS (INSERT INTO figure_slice_count (figure, theme, effective_visibility, key, day, series,
                                          state, n)
          SELECT figure, theme, effective_visibility, key, day, series, state, n FROM s
           ORDER BY figure, theme, effective_visibility, key, day, series, state
              ON CONFLICT (figure, theme, effective_visibility, key, day, series, state)
              DO UPDATE SET n = figure_slice_count.n + EXCLUDED.n)
    SELECT coalesce(sum(rows), 0) INTO moved_sliced FROM s;
    RETURN moved + moved_sliced;
END
$$;

-- A table's operation may count records of more than one kind again.
ALTER TABLE figure_watch DROP CONSTRAINT figure_watch_pkey,
    ADD PRIMARY KEY (table_name, op, kind);

CREATE OR REPLACE FUNCTION figure_counts_of(tbl text, op text) RETURNS text
    LANGUAGE sql STABLE AS $$
    SELECT 'INSERT INTO figure_dirty (kind, id) SELECT DISTINCT k, id FROM ('
           || string_agg(format('SELECT %L::text, x.id FROM (%s) x(id)', w.kind, w.ids),
                         ' UNION ALL ' ORDER BY w.kind)
           || ') d(k, id) WHERE id IS NOT NULL ON CONFLICT DO NOTHING'
      FROM figure_watch w WHERE w.table_name = tbl AND w.op = figure_counts_of.op
$$;

-- A consultation's series now counts for its own slice; its date or series for its findings'.
UPDATE figure_watch SET ids =
    'SELECT o.id FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.status, o.starts_on, o.series_id, o.effective_visibility, o.archived_at IS NULL,
             o.is_demo)
            IS DISTINCT FROM (n.status, n.starts_on, n.series_id, n.effective_visibility,
                              n.archived_at IS NULL, n.is_demo)'
 WHERE table_name = 'consultation' AND op = 'UPDATE' AND kind = 'consultation';
INSERT INTO figure_watch (table_name, op, kind, ids) VALUES ('consultation', 'UPDATE', 'finding',
    'SELECT f.id FROM old_rows o JOIN new_rows n ON n.id = o.id
       JOIN finding f ON f.consultation_id = o.id
      WHERE (o.starts_on, o.series_id) IS DISTINCT FROM (n.starts_on, n.series_id)');
-- A finding's consultation and the day it was recorded place it in its slice.
UPDATE figure_watch SET ids =
    'SELECT o.id FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.kind, o.recommendation_status, o.due_on, o.effective_visibility,
             o.archived_at IS NULL, o.is_demo, o.consultation_id, o.created_at)
            IS DISTINCT FROM (n.kind, n.recommendation_status, n.due_on, n.effective_visibility,
                              n.archived_at IS NULL, n.is_demo, n.consultation_id, n.created_at)'
 WHERE table_name = 'finding' AND op = 'UPDATE' AND kind = 'finding';
SELECT write_figure_counts(t) FROM unnest(ARRAY['consultation', 'finding']) t;

-- Readers of the figures check the one version of what they count.
SELECT watch_scope('figure_slice_delta', 'figures', 'SELECT '''' FROM rows',
                   'SELECT '''' FROM rows');

-- Today's records, by slice: their parts are kept current, so their slices follow from them
-- and their series, days and themes (one pass over each, not a count of every record again).
UPDATE figure_source s
   SET slice_series = sl.series, slice_day = sl.day, slice_themes = sl.themes
  FROM (SELECT f.id, coalesce(c.series_id, '00000000-0000-0000-0000-000000000000') AS series,
               to_char(coalesce(c.starts_on, f.created_at::date), 'YYYY-MM-DD') AS day,
               ARRAY['00000000-0000-0000-0000-000000000000'::uuid] || coalesce(t.themes, '{}')
                   AS themes
          FROM finding f
          JOIN consultation c ON c.id = f.consultation_id
          LEFT JOIN (SELECT finding_id, array_agg(theme_id ORDER BY theme_id) AS themes
                       FROM finding_theme GROUP BY finding_id) t ON t.finding_id = f.id) sl
 WHERE s.kind = 'finding' AND s.id = sl.id;
UPDATE figure_source s
   SET slice_series = coalesce(c.series_id, '00000000-0000-0000-0000-000000000000'),
       slice_day = coalesce(to_char(c.starts_on, 'YYYY-MM-DD'), ''),
       slice_themes = ARRAY['00000000-0000-0000-0000-000000000000'::uuid]
  FROM consultation c
 WHERE s.kind = 'consultation' AND s.id = c.id;
INSERT INTO figure_slice_count (figure, theme, effective_visibility, key, day, series, state, n)
SELECT p.figure, t.theme, p.effective_visibility, p.key, g.day, s.slice_series, p.state,
       sum(p.n)
  FROM figure_source s, unnest(s.parts) p, unnest(s.slice_themes) t(theme),
       unnest(figure_grains(s.slice_day)) g(day)
 WHERE figure_sliced(p.figure)
 GROUP BY 1, 2, 3, 4, 5, 6, 7
HAVING sum(p.n) <> 0
 -- In the order of the index a period reads by: each range is then a few pages, not a page a
 -- row (twice as fast at scale 100).
 ORDER BY 1, 2, 3, 5, 4, 6, 7;
ANALYZE figure_slice_count;
