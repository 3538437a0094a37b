-- Back to figures kept without slices.

DROP TRIGGER figure_slice_delta_marks_inserted ON figure_slice_delta;
DROP TRIGGER figure_slice_delta_marks_deleted ON figure_slice_delta;
DROP TRIGGER figure_slice_delta_marks_updated ON figure_slice_delta;
DROP FUNCTION figure_slice_delta_marks_scopes();
DELETE FROM scope_watch WHERE table_name = 'figure_slice_delta';

DELETE FROM figure_watch WHERE table_name = 'consultation' AND op = 'UPDATE' AND kind = 'finding';
UPDATE figure_watch SET ids =
    'SELECT o.id FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.status, o.starts_on, o.effective_visibility, o.archived_at IS NULL, o.is_demo)
            IS DISTINCT FROM (n.status, n.starts_on, n.effective_visibility,
                              n.archived_at IS NULL, n.is_demo)'
 WHERE table_name = 'consultation' AND op = 'UPDATE';
UPDATE figure_watch SET ids =
    'SELECT o.id FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.kind, o.recommendation_status, o.due_on, o.effective_visibility,
             o.archived_at IS NULL, o.is_demo)
            IS DISTINCT FROM (n.kind, n.recommendation_status, n.due_on, n.effective_visibility,
                              n.archived_at IS NULL, n.is_demo)'
 WHERE table_name = 'finding' AND op = 'UPDATE';
ALTER TABLE figure_watch DROP CONSTRAINT figure_watch_pkey, ADD PRIMARY KEY (table_name, op);
CREATE OR REPLACE FUNCTION figure_counts_of(tbl text, op text) RETURNS text
    LANGUAGE sql STABLE AS $$
    SELECT format('INSERT INTO figure_dirty (kind, id)
                   SELECT DISTINCT %L, x.id FROM (%s) x(id)
                    WHERE x.id IS NOT NULL ON CONFLICT DO NOTHING', w.kind, w.ids)
      FROM figure_watch w WHERE w.table_name = tbl AND w.op = figure_counts_of.op
$$;
SELECT write_figure_counts(t) FROM unnest(ARRAY['consultation', 'finding']) t;

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

CREATE OR REPLACE FUNCTION fold_figures() RETURNS bigint
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

DROP FUNCTION figure_sliced(text);
DROP FUNCTION figure_slices(text, uuid[]);
DROP FUNCTION figure_grains(text);
ALTER TABLE figure_source DROP COLUMN slice_series, DROP COLUMN slice_day, DROP COLUMN slice_themes;
DROP TABLE figure_slice_delta;
DROP TABLE figure_slice_count;
