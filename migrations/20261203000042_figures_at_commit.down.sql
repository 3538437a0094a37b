-- The figures counted again by each statement, as migration 34 made them.
CREATE OR REPLACE FUNCTION recount_figures_of_rows() RETURNS trigger
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

DROP TRIGGER figure_dirty_recounts ON figure_dirty_tx;
DROP FUNCTION recount_dirty_figures();
DROP TABLE figure_dirty_tx;
DROP TABLE figure_dirty;
