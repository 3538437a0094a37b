-- The kept figures (migration 34) counted again once per transaction, as it commits.
--
-- Each statement's triggers used to count again at once the records it touched: a finding
-- saved with its Member States, themes and commitments was counted four times, and a bulk load
-- of 50,000 findings with their links four times over. The triggers now only note which
-- records changed (`figure_dirty`, once each); the transaction's first noted change also puts
-- one row in `figure_dirty_tx`, whose deferred trigger counts every noted record once, when the
-- transaction commits, consultations before findings and each in order of id (so that two
-- committing writers never wait on each other in a circle).

CREATE TABLE figure_dirty (
    tx      xid8 NOT NULL DEFAULT pg_current_xact_id(),
    kind    text NOT NULL,
    id      uuid NOT NULL,
    PRIMARY KEY (tx, kind, id)
);

CREATE TABLE figure_dirty_tx (
    tx      xid8 PRIMARY KEY DEFAULT pg_current_xact_id()
);

CREATE FUNCTION recount_dirty_figures() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    consultations uuid[];
    findings uuid[];
BEGIN
    DELETE FROM figure_dirty_tx WHERE tx = pg_current_xact_id();
    WITH d AS (DELETE FROM figure_dirty WHERE tx = pg_current_xact_id() RETURNING kind, id)
    SELECT array_agg(id) FILTER (WHERE kind = 'consultation'),
           array_agg(id) FILTER (WHERE kind = 'finding')
      INTO consultations, findings
      FROM d;
    IF consultations IS NOT NULL THEN
        PERFORM recount_figures('consultation', consultations);
    END IF;
    IF findings IS NOT NULL THEN
        PERFORM recount_figures('finding', findings);
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER figure_dirty_recounts AFTER INSERT ON figure_dirty_tx
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION recount_dirty_figures();

CREATE OR REPLACE FUNCTION recount_figures_of_rows() RETURNS trigger
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
