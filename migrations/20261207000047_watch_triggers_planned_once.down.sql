-- Back to one generic function for each kind of watch, built from its queries per statement.

CREATE FUNCTION mark_changed_scopes() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    w record;
    changed text;
BEGIN
    changed := CASE TG_OP
        WHEN 'INSERT' THEN 'SELECT * FROM new_rows'
        WHEN 'DELETE' THEN 'SELECT * FROM old_rows'
        ELSE 'SELECT * FROM old_rows UNION ALL SELECT * FROM new_rows' END;
    FOR w IN SELECT scope, keys FROM scope_watch
              WHERE table_name = TG_TABLE_NAME AND op = TG_OP ORDER BY scope
    LOOP
        EXECUTE format(
            'WITH rows AS (%s)
             INSERT INTO scope_change (scope)
             SELECT DISTINCT %L || k FROM (%s) x(k) WHERE k IS NOT NULL
                 ON CONFLICT DO NOTHING',
            changed, w.scope, w.keys);
    END LOOP;
    RETURN NULL;
END
$$;

CREATE FUNCTION recount_figures_of_rows() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    changed text;
    noted bigint;
BEGIN
    changed := CASE TG_OP
        WHEN 'INSERT' THEN 'SELECT * FROM new_rows'
        WHEN 'DELETE' THEN 'SELECT * FROM old_rows'
        ELSE 'SELECT * FROM old_rows UNION ALL SELECT * FROM new_rows' END;
    EXECUTE format('WITH rows AS (%s)
                    INSERT INTO figure_dirty (kind, id)
                    SELECT DISTINCT %L, x.id FROM (%s) x(id) WHERE x.id IS NOT NULL
                        ON CONFLICT DO NOTHING', changed, TG_ARGV[0], TG_ARGV[1]);
    GET DIAGNOSTICS noted = ROW_COUNT;
    IF noted > 0 THEN
        INSERT INTO figure_dirty_tx DEFAULT VALUES ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t text;
    w record;
BEGIN
    FOR t IN SELECT DISTINCT table_name FROM scope_watch LOOP
        EXECUTE format('CREATE OR REPLACE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
                            FOR EACH STATEMENT EXECUTE FUNCTION mark_changed_scopes()',
                       t || '_marks_inserted', t);
        EXECUTE format('CREATE OR REPLACE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
                            FOR EACH STATEMENT EXECUTE FUNCTION mark_changed_scopes()',
                       t || '_marks_deleted', t);
        EXECUTE format('CREATE OR REPLACE TRIGGER %I AFTER UPDATE ON %I
                            REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                            FOR EACH STATEMENT EXECUTE FUNCTION mark_changed_scopes()',
                       t || '_marks_updated', t);
        EXECUTE format('DROP FUNCTION %I()', t || '_marks_scopes');
    END LOOP;
    FOR w IN SELECT * FROM figure_watch LOOP
        EXECUTE format('CREATE OR REPLACE TRIGGER %I AFTER %s ON %I REFERENCING %s
                            FOR EACH STATEMENT EXECUTE FUNCTION recount_figures_of_rows(%L, %L)',
                       w.table_name || '_counts_' || CASE w.op WHEN 'INSERT' THEN 'inserted'
                                                               WHEN 'DELETE' THEN 'deleted'
                                                               ELSE 'updated' END,
                       w.op, w.table_name,
                       CASE w.op WHEN 'INSERT' THEN 'NEW TABLE AS new_rows'
                                 WHEN 'DELETE' THEN 'OLD TABLE AS old_rows'
                                 ELSE 'OLD TABLE AS old_rows NEW TABLE AS new_rows' END,
                       w.kind, w.ids);
    END LOOP;
    FOR t IN SELECT DISTINCT table_name FROM figure_watch LOOP
        EXECUTE format('DROP FUNCTION %I()', t || '_counts_figures');
    END LOOP;
END
$$;

CREATE OR REPLACE FUNCTION watch_scope(tbl text, scope text, keys text, updated_keys text) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO scope_watch VALUES (tbl, scope, 'INSERT', keys), (tbl, scope, 'DELETE', keys),
                                   (tbl, scope, 'UPDATE', updated_keys);
    IF NOT EXISTS (SELECT 1 FROM pg_trigger
                    WHERE tgrelid = tbl::regclass AND tgname = tbl || '_marks_inserted') THEN
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
                            FOR EACH STATEMENT EXECUTE FUNCTION mark_changed_scopes()',
                       tbl || '_marks_inserted', tbl);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
                            FOR EACH STATEMENT EXECUTE FUNCTION mark_changed_scopes()',
                       tbl || '_marks_deleted', tbl);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I
                            REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                            FOR EACH STATEMENT EXECUTE FUNCTION mark_changed_scopes()',
                       tbl || '_marks_updated', tbl);
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION watch_figures(tbl text, kind text, ids text, updated_ids text) RETURNS void
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

DROP TRIGGER scope_change_bumps ON scope_change_tx;
CREATE OR REPLACE FUNCTION bump_changed_scopes() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    -- The first of the transaction's deferred events bumps every scope it marked, in order.
    WITH marked AS (
        DELETE FROM scope_change WHERE tx = pg_current_xact_id() RETURNING scope
    )
    INSERT INTO scope_version (scope, shard, n)
    SELECT scope, (pg_backend_pid() % 8)::smallint, 1 FROM marked ORDER BY scope
        ON CONFLICT (scope, shard) DO UPDATE SET n = scope_version.n + 1;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER scope_change_bumps AFTER INSERT ON scope_change
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_changed_scopes();
DROP TABLE scope_change_tx;

DROP FUNCTION write_figure_counts(text);
DROP FUNCTION write_scope_marks(text);
DROP FUNCTION figure_counts_of(text, text);
DROP FUNCTION scope_marks_of(text, text);
DROP FUNCTION write_watch_triggers(text, text, text, text, text);
DROP FUNCTION watched_rows(text);
DROP TABLE figure_watch;
