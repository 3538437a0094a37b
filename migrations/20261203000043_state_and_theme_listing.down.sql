DROP INDEX finding_state_due_idx;
DROP INDEX finding_theme_due_idx;
DROP INDEX finding_state_newest_idx;
DROP INDEX finding_theme_newest_idx;
DROP INDEX finding_commitment_newest_idx;
CREATE INDEX finding_commitment_newest_idx
    ON finding_commitment (commitment_id, created_at DESC, finding_id DESC)
    INCLUDE (effective_visibility) WHERE live;

CREATE OR REPLACE FUNCTION finding_hands_listing_to_links() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE finding_commitment fc
       SET (live, effective_visibility, open_due, listed_on, created_at) =
           (l.live, l.effective_visibility, l.open_due, l.listed_on, l.created_at)
      FROM new_rows n JOIN consultation c ON c.id = n.consultation_id,
           finding_listing_of(n, c.starts_on) l
     WHERE fc.finding_id = n.id
       AND (fc.live, fc.effective_visibility, fc.open_due, fc.listed_on, fc.created_at)
           IS DISTINCT FROM (l.live, l.effective_visibility, l.open_due, l.listed_on, l.created_at);
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION consultation_hands_days_to_links() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE finding_commitment fc SET listed_on = n.starts_on
      FROM new_rows n JOIN finding f ON f.consultation_id = n.id
     WHERE fc.finding_id = f.id AND fc.listed_on IS DISTINCT FROM n.starts_on;
    RETURN NULL;
END
$$;

DROP TRIGGER finding_state_copies_listing ON finding_state;
DROP TRIGGER finding_theme_copies_listing ON finding_theme;
ALTER FUNCTION finding_link_copies_listing() RENAME TO finding_commitment_copies_listing;

ALTER TABLE finding_state
    DROP COLUMN live, DROP COLUMN effective_visibility, DROP COLUMN open_due,
    DROP COLUMN listed_on, DROP COLUMN created_at;
ALTER TABLE finding_theme
    DROP COLUMN live, DROP COLUMN effective_visibility, DROP COLUMN open_due,
    DROP COLUMN listed_on, DROP COLUMN created_at;
