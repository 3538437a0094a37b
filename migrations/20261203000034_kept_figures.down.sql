DO $$
DECLARE
    t text;
    op text;
BEGIN
    FOREACH t IN ARRAY ARRAY['finding', 'finding_state', 'finding_theme', 'finding_commitment',
        'commitment', 'consultation', 'consultation_state', 'participation', 'organisation']
    LOOP
        FOREACH op IN ARRAY ARRAY['inserted', 'deleted', 'updated']
        LOOP
            EXECUTE format('DROP TRIGGER %I ON %I', t || '_counts_' || op, t);
        END LOOP;
    END LOOP;
END
$$;
DROP FUNCTION watch_figures(text, text, text, text);
DROP FUNCTION recount_figures_of_rows();
DROP FUNCTION fold_figures();
DROP FUNCTION recount_figures(text, uuid[]);
DROP FUNCTION consultation_figure_parts(uuid[]);
DROP FUNCTION finding_figure_parts(uuid[]);
DROP TABLE figure_source;
DROP TYPE figure_part;
DROP TABLE figure_delta;
DROP TABLE figure_count;
