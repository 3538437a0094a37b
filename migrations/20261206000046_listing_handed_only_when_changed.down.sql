-- Back to migration 43's: the links written for every change of a finding.
CREATE OR REPLACE FUNCTION finding_hands_listing_to_links() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    link text;
BEGIN
    FOREACH link IN ARRAY ARRAY['finding_commitment', 'finding_state', 'finding_theme'] LOOP
        EXECUTE format(
            'UPDATE %I k
                SET (live, effective_visibility, open_due, listed_on, created_at) =
                    (l.live, l.effective_visibility, l.open_due, l.listed_on, l.created_at)
               FROM new_rows n JOIN consultation c ON c.id = n.consultation_id,
                    finding_listing_of(n, c.starts_on) l
              WHERE k.finding_id = n.id
                AND (k.live, k.effective_visibility, k.open_due, k.listed_on, k.created_at)
                    IS DISTINCT FROM
                    (l.live, l.effective_visibility, l.open_due, l.listed_on, l.created_at)',
            link);
    END LOOP;
    RETURN NULL;
END
$$;

DROP TRIGGER finding_hands_listing_to_links ON finding;
CREATE TRIGGER finding_hands_listing_to_links
    AFTER UPDATE ON finding REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION finding_hands_listing_to_links();
