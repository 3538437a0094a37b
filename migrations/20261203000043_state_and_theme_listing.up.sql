-- A finding's links to its Member States and themes carry what the tracker filters by, as its
-- links to commitments do (migration 41): the tracker's overdue recommendations of one Member
-- State or one theme are then one index range, not a reading of every finding.

ALTER TABLE finding_state
    ADD COLUMN live                 boolean NOT NULL DEFAULT true,
    ADD COLUMN effective_visibility visibility NOT NULL DEFAULT 'staff',
    ADD COLUMN open_due             date,
    ADD COLUMN listed_on            date,
    ADD COLUMN created_at           timestamptz NOT NULL DEFAULT now();
ALTER TABLE finding_theme
    ADD COLUMN live                 boolean NOT NULL DEFAULT true,
    ADD COLUMN effective_visibility visibility NOT NULL DEFAULT 'staff',
    ADD COLUMN open_due             date,
    ADD COLUMN listed_on            date,
    ADD COLUMN created_at           timestamptz NOT NULL DEFAULT now();

-- The copy on a new link, for any of the three kinds of link (each has `finding_id`).
ALTER FUNCTION finding_commitment_copies_listing() RENAME TO finding_link_copies_listing;
CREATE TRIGGER finding_state_copies_listing
    BEFORE INSERT OR UPDATE OF finding_id ON finding_state
    FOR EACH ROW EXECUTE FUNCTION finding_link_copies_listing();
CREATE TRIGGER finding_theme_copies_listing
    BEFORE INSERT OR UPDATE OF finding_id ON finding_theme
    FOR EACH ROW EXECUTE FUNCTION finding_link_copies_listing();

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

CREATE OR REPLACE FUNCTION consultation_hands_days_to_links() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    link text;
BEGIN
    FOREACH link IN ARRAY ARRAY['finding_commitment', 'finding_state', 'finding_theme'] LOOP
        EXECUTE format(
            'UPDATE %I k SET listed_on = n.starts_on
               FROM new_rows n JOIN finding f ON f.consultation_id = n.id
              WHERE k.finding_id = f.id AND k.listed_on IS DISTINCT FROM n.starts_on',
            link);
    END LOOP;
    RETURN NULL;
END
$$;

-- Today's links.
UPDATE finding_state k
   SET (live, effective_visibility, open_due, listed_on, created_at) =
       (l.live, l.effective_visibility, l.open_due, l.listed_on, l.created_at)
  FROM finding f JOIN consultation c ON c.id = f.consultation_id,
       finding_listing_of(f, c.starts_on) l
 WHERE f.id = k.finding_id;
UPDATE finding_theme k
   SET (live, effective_visibility, open_due, listed_on, created_at) =
       (l.live, l.effective_visibility, l.open_due, l.listed_on, l.created_at)
  FROM finding f JOIN consultation c ON c.id = f.consultation_id,
       finding_listing_of(f, c.starts_on) l
 WHERE f.id = k.finding_id;

-- The tracker by a Member State or a theme: their open recommendations by due date.
CREATE INDEX finding_state_due_idx
    ON finding_state (member_state_code, open_due, finding_id)
    INCLUDE (effective_visibility) WHERE live AND open_due IS NOT NULL;
CREATE INDEX finding_theme_due_idx
    ON finding_theme (theme_id, open_due, finding_id)
    INCLUDE (effective_visibility) WHERE live AND open_due IS NOT NULL;
-- The tracker by a Member State, a theme or a commitment, newest (or oldest) first: an index
-- walk in that order, which stops after a page.
CREATE INDEX finding_state_newest_idx
    ON finding_state (member_state_code, created_at DESC, finding_id DESC)
    INCLUDE (effective_visibility, open_due) WHERE live;
CREATE INDEX finding_theme_newest_idx
    ON finding_theme (theme_id, created_at DESC, finding_id DESC)
    INCLUDE (effective_visibility, open_due) WHERE live;
DROP INDEX finding_commitment_newest_idx;
CREATE INDEX finding_commitment_newest_idx
    ON finding_commitment (commitment_id, created_at DESC, finding_id DESC)
    INCLUDE (effective_visibility, open_due) WHERE live;
