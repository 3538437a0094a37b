-- The statement triggers that mark changed scopes (migration 35) and note records to count
-- again (migrations 34 and 42) ran one generic function that built its statements from a
-- table of queries and planned them again for every statement: three `EXECUTE`s for each
-- edit of a finding, 1 ms of its 1.6 ms at the synthetic scale. Each watched table now gets
-- functions of its own whose statements are written out from the same tables, so that they are
-- planned once per connection. `scope_watch` stays the one place that says which change moves
-- which scope, and the new `figure_watch` says which change counts which records again; the
-- functions are written again from them whenever `watch_scope` or `watch_figures` adds to them.
--
-- The scopes a transaction marked were bumped by a deferred trigger on each marked scope, of
-- which the first did the work and the others found nothing (three or four for an edit). Like
-- the figures (migration 42), a transaction that marks a scope now also puts one row in
-- `scope_change_tx`, and its deferred trigger bumps every scope marked, once.

CREATE TABLE scope_change_tx (
    tx      xid8 PRIMARY KEY DEFAULT pg_current_xact_id()
);

DROP TRIGGER scope_change_bumps ON scope_change;

CREATE OR REPLACE FUNCTION bump_changed_scopes() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    -- A scope marked after this (by another deferred trigger) puts the row back, and is bumped
    -- by the event that brings.
    DELETE FROM scope_change_tx WHERE tx = pg_current_xact_id();
    WITH marked AS (
        DELETE FROM scope_change WHERE tx = pg_current_xact_id() RETURNING scope
    )
    INSERT INTO scope_version (scope, shard, n)
    SELECT scope, (pg_backend_pid() % 8)::smallint, 1 FROM marked ORDER BY scope
        ON CONFLICT (scope, shard) DO UPDATE SET n = scope_version.n + 1;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER scope_change_bumps AFTER INSERT ON scope_change_tx
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_changed_scopes();

-- What `recount_figures_of_rows` was given as trigger arguments, kept as rows.
CREATE TABLE figure_watch (
    table_name  text NOT NULL,
    op          text NOT NULL CHECK (op IN ('INSERT', 'UPDATE', 'DELETE')),
    kind        text NOT NULL,
    ids         text NOT NULL,
    PRIMARY KEY (table_name, op)
);

INSERT INTO figure_watch (table_name, op, kind, ids)
SELECT t.tgrelid::regclass::text,
       CASE WHEN t.tgtype & 4 <> 0 THEN 'INSERT'
            WHEN t.tgtype & 8 <> 0 THEN 'DELETE'
            ELSE 'UPDATE' END,
       args[1], args[2]
  FROM pg_trigger t,
       LATERAL (SELECT string_to_array(encode(t.tgargs, 'escape'), '\000') AS args) a
 WHERE t.tgfoid = 'recount_figures_of_rows'::regproc;

-- The rows a statement changed, as `rows`, for an operation.
CREATE FUNCTION watched_rows(op text) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE op WHEN 'INSERT' THEN 'WITH rows AS (SELECT * FROM new_rows) '
                   WHEN 'DELETE' THEN 'WITH rows AS (SELECT * FROM old_rows) '
                   ELSE 'WITH rows AS (SELECT * FROM old_rows UNION ALL SELECT * FROM new_rows) '
           END
$$;

-- A trigger function `fn` of the table's own, and its three statement triggers pointed at it.
-- For each operation, `body_of(tbl, op)` gives the one statement that notes the change (NULL:
-- nothing to note); when it notes something, the transaction's row goes into `queue`, whose
-- deferred trigger does the work once as the transaction commits.
CREATE FUNCTION write_watch_triggers(tbl text, fn text, triggers text, body_of text, queue text)
    RETURNS void
    LANGUAGE plpgsql AS $$
DECLARE
    op text;
    noted text;
    bodies text[] := '{}';
BEGIN
    FOREACH op IN ARRAY ARRAY['INSERT', 'DELETE', 'UPDATE'] LOOP
        EXECUTE format('SELECT %I($1, $2)', body_of) INTO noted USING tbl, op;
        bodies := bodies || CASE WHEN noted IS NULL THEN 'NULL;'
            ELSE watched_rows(op) || noted || format(';
                     IF FOUND THEN
                         INSERT INTO %I DEFAULT VALUES ON CONFLICT DO NOTHING;
                     END IF;', queue) END;
    END LOOP;
    EXECUTE format('CREATE OR REPLACE FUNCTION %I() RETURNS trigger LANGUAGE plpgsql AS %L',
        fn,
        format('BEGIN
                    IF TG_OP = ''INSERT'' THEN %s
                    ELSIF TG_OP = ''DELETE'' THEN %s
                    ELSE %s
                    END IF;
                    RETURN NULL;
                END', bodies[1], bodies[2], bodies[3]));
    EXECUTE format('CREATE OR REPLACE TRIGGER %I AFTER INSERT ON %I
                        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()',
                   tbl || triggers || '_inserted', tbl, fn);
    EXECUTE format('CREATE OR REPLACE TRIGGER %I AFTER DELETE ON %I
                        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()',
                   tbl || triggers || '_deleted', tbl, fn);
    EXECUTE format('CREATE OR REPLACE TRIGGER %I AFTER UPDATE ON %I
                        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION %I()',
                   tbl || triggers || '_updated', tbl, fn);
END
$$;

-- The statement that marks every scope `scope_watch` names for a table and operation.
CREATE FUNCTION scope_marks_of(tbl text, op text) RETURNS text
    LANGUAGE sql STABLE AS $$
    SELECT 'INSERT INTO scope_change (scope) SELECT DISTINCT s FROM ('
           || string_agg(format('SELECT %L || k FROM (%s) x(k)', w.scope, w.keys),
                         ' UNION ALL ' ORDER BY w.scope)
           || ') m(s) WHERE s IS NOT NULL ON CONFLICT DO NOTHING'
      FROM scope_watch w WHERE w.table_name = tbl AND w.op = scope_marks_of.op
$$;

-- The statement that notes the records whose figures a table's operation may move.
CREATE FUNCTION figure_counts_of(tbl text, op text) RETURNS text
    LANGUAGE sql STABLE AS $$
    SELECT format('INSERT INTO figure_dirty (kind, id)
                   SELECT DISTINCT %L, x.id FROM (%s) x(id)
                    WHERE x.id IS NOT NULL ON CONFLICT DO NOTHING', w.kind, w.ids)
      FROM figure_watch w WHERE w.table_name = tbl AND w.op = figure_counts_of.op
$$;

CREATE FUNCTION write_scope_marks(tbl text) RETURNS void
    LANGUAGE sql AS $$
    SELECT write_watch_triggers(tbl, tbl || '_marks_scopes', '_marks', 'scope_marks_of',
                                'scope_change_tx')
$$;

CREATE FUNCTION write_figure_counts(tbl text) RETURNS void
    LANGUAGE sql AS $$
    SELECT write_watch_triggers(tbl, tbl || '_counts_figures', '_counts', 'figure_counts_of',
                                'figure_dirty_tx')
$$;

-- Later migrations add to the watches through these, as before.
CREATE OR REPLACE FUNCTION watch_scope(tbl text, scope text, keys text, updated_keys text)
    RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO scope_watch VALUES (tbl, scope, 'INSERT', keys), (tbl, scope, 'DELETE', keys),
                                   (tbl, scope, 'UPDATE', updated_keys);
    PERFORM write_scope_marks(tbl);
END
$$;

CREATE OR REPLACE FUNCTION watch_figures(tbl text, kind text, ids text, updated_ids text)
    RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO figure_watch VALUES (tbl, 'INSERT', kind, ids), (tbl, 'DELETE', kind, ids),
                                    (tbl, 'UPDATE', kind, updated_ids);
    PERFORM write_figure_counts(tbl);
END
$$;

SELECT write_scope_marks(t) FROM (SELECT DISTINCT table_name FROM scope_watch) w(t);
SELECT write_figure_counts(t) FROM (SELECT DISTINCT table_name FROM figure_watch) w(t);

DROP FUNCTION mark_changed_scopes();
DROP FUNCTION recount_figures_of_rows();
