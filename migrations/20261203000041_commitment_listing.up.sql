-- A provision's findings, listed and filtered without reading each finding first.
--
-- A provision's page and the tracker filtered by a commitment used to find the commitment's
-- findings through `finding_commitment` and then read every one of them (20,000 at the
-- synthetic scale 100) to learn whether it is archived, who may see it, whether it is overdue
-- and when its consultation was held, before sorting the few that qualify. Each link now
-- carries those facts of its finding, kept by the writing transaction, so that one index walk
-- in the page's order, or over the open recommendations by due date, finds them.

ALTER TABLE finding_commitment
    ADD COLUMN live                 boolean NOT NULL DEFAULT true,   -- the finding not archived
    ADD COLUMN effective_visibility visibility NOT NULL DEFAULT 'staff',
    -- An open recommendation's due date (none: the last day, as `finding_due_idx` orders it);
    -- NULL for any other finding.
    ADD COLUMN open_due             date,
    ADD COLUMN listed_on            date,                           -- its consultation's first day
    ADD COLUMN created_at           timestamptz NOT NULL DEFAULT now();  -- the finding's

-- What a link carries of its finding (and the finding's consultation).
CREATE FUNCTION finding_listing_of(f finding, starts_on date)
    RETURNS TABLE (live boolean, effective_visibility visibility, open_due date, listed_on date,
                   created_at timestamptz)
    LANGUAGE sql IMMUTABLE AS $$
    SELECT f.archived_at IS NULL, f.effective_visibility,
           CASE WHEN f.kind = 'recommendation'
                     AND f.recommendation_status NOT IN ('implemented', 'not_accepted')
                THEN coalesce(f.due_on, DATE '9999-12-31') END,
           starts_on, f.created_at
$$;

-- A new link copies its finding's facts.
CREATE FUNCTION finding_commitment_copies_listing() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    SELECT l.* INTO NEW.live, NEW.effective_visibility, NEW.open_due, NEW.listed_on, NEW.created_at
      FROM finding f JOIN consultation c ON c.id = f.consultation_id,
           finding_listing_of(f, c.starts_on) l
     WHERE f.id = NEW.finding_id;
    RETURN NEW;
END
$$;

CREATE TRIGGER finding_commitment_copies_listing
    BEFORE INSERT OR UPDATE OF finding_id ON finding_commitment
    FOR EACH ROW EXECUTE FUNCTION finding_commitment_copies_listing();

-- A finding's change reaches its links (only the links whose copy differs are written).
CREATE FUNCTION finding_hands_listing_to_links() RETURNS trigger
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

CREATE TRIGGER finding_hands_listing_to_links
    AFTER UPDATE ON finding REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION finding_hands_listing_to_links();

-- A consultation moved to other days moves its findings' links.
CREATE FUNCTION consultation_hands_days_to_links() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE finding_commitment fc SET listed_on = n.starts_on
      FROM new_rows n JOIN finding f ON f.consultation_id = n.id
     WHERE fc.finding_id = f.id AND fc.listed_on IS DISTINCT FROM n.starts_on;
    RETURN NULL;
END
$$;

CREATE TRIGGER consultation_hands_days_to_links
    AFTER UPDATE ON consultation REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION consultation_hands_days_to_links();

-- Today's links.
UPDATE finding_commitment fc
   SET (live, effective_visibility, open_due, listed_on, created_at) =
       (l.live, l.effective_visibility, l.open_due, l.listed_on, l.created_at)
  FROM finding f JOIN consultation c ON c.id = f.consultation_id,
       finding_listing_of(f, c.starts_on) l
 WHERE f.id = fc.finding_id;

-- A provision's page: its live findings in the order of their consultations' days.
CREATE INDEX finding_commitment_listed_idx
    ON finding_commitment (commitment_id, listed_on NULLS LAST, created_at, finding_id)
    INCLUDE (effective_visibility) WHERE live;
-- The tracker by a commitment: its open recommendations by due date.
CREATE INDEX finding_commitment_due_idx
    ON finding_commitment (commitment_id, open_due, finding_id)
    INCLUDE (effective_visibility) WHERE live AND open_due IS NOT NULL;
-- The tracker by a commitment, newest first.
CREATE INDEX finding_commitment_newest_idx
    ON finding_commitment (commitment_id, created_at DESC, finding_id DESC)
    INCLUDE (effective_visibility) WHERE live;
