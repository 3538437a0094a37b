-- A finding's change reaches its links only when what the links carry of it changed (most
-- edits change its words alone), and through statements planned once per connection rather
-- than built and planned again for each statement (2 ms of each edit at the synthetic scale).

CREATE OR REPLACE FUNCTION finding_hands_listing_to_links() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    -- What `finding_listing_of` reads of a finding, before and after.
    IF NOT EXISTS (
        SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
         WHERE (o.archived_at IS NULL, o.effective_visibility, o.kind, o.recommendation_status,
                o.due_on, o.consultation_id, o.created_at)
               IS DISTINCT FROM
               (n.archived_at IS NULL, n.effective_visibility, n.kind, n.recommendation_status,
                n.due_on, n.consultation_id, n.created_at)) THEN
        RETURN NULL;
    END IF;
    UPDATE finding_commitment k
       SET (live, effective_visibility, open_due, listed_on, created_at) =
           (l.live, l.effective_visibility, l.open_due, l.listed_on, l.created_at)
      FROM new_rows n JOIN consultation c ON c.id = n.consultation_id,
           finding_listing_of(n, c.starts_on) l
     WHERE k.finding_id = n.id
       AND (k.live, k.effective_visibility, k.open_due, k.listed_on, k.created_at)
           IS DISTINCT FROM (l.live, l.effective_visibility, l.open_due, l.listed_on, l.created_at);
    UPDATE finding_state k
       SET (live, effective_visibility, open_due, listed_on, created_at) =
           (l.live, l.effective_visibility, l.open_due, l.listed_on, l.created_at)
      FROM new_rows n JOIN consultation c ON c.id = n.consultation_id,
           finding_listing_of(n, c.starts_on) l
     WHERE k.finding_id = n.id
       AND (k.live, k.effective_visibility, k.open_due, k.listed_on, k.created_at)
           IS DISTINCT FROM (l.live, l.effective_visibility, l.open_due, l.listed_on, l.created_at);
    UPDATE finding_theme k
       SET (live, effective_visibility, open_due, listed_on, created_at) =
           (l.live, l.effective_visibility, l.open_due, l.listed_on, l.created_at)
      FROM new_rows n JOIN consultation c ON c.id = n.consultation_id,
           finding_listing_of(n, c.starts_on) l
     WHERE k.finding_id = n.id
       AND (k.live, k.effective_visibility, k.open_due, k.listed_on, k.created_at)
           IS DISTINCT FROM (l.live, l.effective_visibility, l.open_due, l.listed_on, l.created_at);
    RETURN NULL;
END
$$;

DROP TRIGGER finding_hands_listing_to_links ON finding;
CREATE TRIGGER finding_hands_listing_to_links
    AFTER UPDATE ON finding REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION finding_hands_listing_to_links();
