-- Two rules partners' safety rests on, kept by the database itself so that no page, export or
-- search can apply one and forget the other.
--
-- 1. A record is never seen more widely than its parents. `effective_visibility` is the most
--    restrictive of a record's own visibility and its parents' (series < consultation < session
--    < note; a finding's parents are its consultation and, when it has one, its session). It is
--    set by the triggers below on every insert and update, and handed down to the children when
--    a parent's changes. Every query that decides who may read a record reads this column, never
--    `visibility` (which stays the record's own setting, as staff chose it in the form).
--
-- 2. A note's attribution is its author's choice: name and organisation, organisation only (the
--    default), or not attributed. Staff may publish with less attribution, never more (the check
--    below); under the Chatham House rule the least applies (computed where bylines are made).

ALTER TABLE series ADD COLUMN effective_visibility visibility NOT NULL DEFAULT 'public';
ALTER TABLE consultation ADD COLUMN effective_visibility visibility NOT NULL DEFAULT 'public';
ALTER TABLE session ADD COLUMN effective_visibility visibility NOT NULL DEFAULT 'public';
ALTER TABLE note ADD COLUMN effective_visibility visibility NOT NULL DEFAULT 'staff';
ALTER TABLE finding ADD COLUMN effective_visibility visibility NOT NULL DEFAULT 'staff';

CREATE FUNCTION series_effective_visibility() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.effective_visibility := NEW.visibility;
    RETURN NEW;
END $$;

CREATE FUNCTION consultation_effective_visibility() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.effective_visibility := GREATEST(NEW.visibility,
        (SELECT s.effective_visibility FROM series s WHERE s.id = NEW.series_id));
    RETURN NEW;
END $$;

CREATE FUNCTION session_effective_visibility() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.effective_visibility := GREATEST(NEW.visibility,
        (SELECT c.effective_visibility FROM consultation c WHERE c.id = NEW.consultation_id));
    RETURN NEW;
END $$;

CREATE FUNCTION note_effective_visibility() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.effective_visibility := GREATEST(NEW.visibility,
        (SELECT se.effective_visibility FROM session se WHERE se.id = NEW.session_id));
    RETURN NEW;
END $$;

CREATE FUNCTION finding_effective_visibility() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.effective_visibility := GREATEST(NEW.visibility,
        (SELECT c.effective_visibility FROM consultation c WHERE c.id = NEW.consultation_id),
        (SELECT se.effective_visibility FROM session se WHERE se.id = NEW.session_id));
    RETURN NEW;
END $$;

CREATE TRIGGER series_effective_visibility
    BEFORE INSERT OR UPDATE OF visibility, effective_visibility ON series
    FOR EACH ROW EXECUTE FUNCTION series_effective_visibility();
CREATE TRIGGER consultation_effective_visibility
    BEFORE INSERT OR UPDATE OF visibility, series_id, effective_visibility ON consultation
    FOR EACH ROW EXECUTE FUNCTION consultation_effective_visibility();
CREATE TRIGGER session_effective_visibility
    BEFORE INSERT OR UPDATE OF visibility, consultation_id, effective_visibility ON session
    FOR EACH ROW EXECUTE FUNCTION session_effective_visibility();
CREATE TRIGGER note_effective_visibility
    BEFORE INSERT OR UPDATE OF visibility, session_id, effective_visibility ON note
    FOR EACH ROW EXECUTE FUNCTION note_effective_visibility();
CREATE TRIGGER finding_effective_visibility
    BEFORE INSERT OR UPDATE OF visibility, consultation_id, session_id, effective_visibility
    ON finding FOR EACH ROW EXECUTE FUNCTION finding_effective_visibility();

-- Handing a parent's change down: touching the children's own column makes their trigger
-- compute theirs again (and hand it down in turn).
CREATE FUNCTION hand_down_effective_visibility() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'series' THEN
        UPDATE consultation SET visibility = visibility WHERE series_id = NEW.id;
    ELSIF TG_TABLE_NAME = 'consultation' THEN
        UPDATE session SET visibility = visibility WHERE consultation_id = NEW.id;
        UPDATE finding SET visibility = visibility WHERE consultation_id = NEW.id;
    ELSIF TG_TABLE_NAME = 'session' THEN
        UPDATE note SET visibility = visibility WHERE session_id = NEW.id;
        UPDATE finding SET visibility = visibility WHERE session_id = NEW.id;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER series_hands_down_visibility AFTER UPDATE ON series FOR EACH ROW
    WHEN (OLD.effective_visibility IS DISTINCT FROM NEW.effective_visibility)
    EXECUTE FUNCTION hand_down_effective_visibility();
CREATE TRIGGER consultation_hands_down_visibility AFTER UPDATE ON consultation FOR EACH ROW
    WHEN (OLD.effective_visibility IS DISTINCT FROM NEW.effective_visibility)
    EXECUTE FUNCTION hand_down_effective_visibility();
CREATE TRIGGER session_hands_down_visibility AFTER UPDATE ON session FOR EACH ROW
    WHEN (OLD.effective_visibility IS DISTINCT FROM NEW.effective_visibility)
    EXECUTE FUNCTION hand_down_effective_visibility();

-- Today's rows, parents first.
UPDATE series SET visibility = visibility;
UPDATE consultation SET visibility = visibility;
UPDATE session SET visibility = visibility;
UPDATE note SET visibility = visibility;
UPDATE finding SET visibility = visibility;

-- The lists read the effective level.
DROP INDEX finding_list_idx;
CREATE INDEX finding_list_idx ON finding (effective_visibility, created_at DESC, id);

-- Attribution, from most to least (so GREATEST gives the least of several).
CREATE TYPE attribution AS ENUM ('name_and_organisation', 'organisation', 'none');
-- The author's choice, and what staff published with (never more than the author chose). Notes
-- written before this choice existed, published or not, are attributed to the organisation only.
ALTER TABLE note ADD COLUMN proposed_attribution attribution NOT NULL DEFAULT 'organisation';
ALTER TABLE note ADD COLUMN attribution attribution NOT NULL DEFAULT 'organisation';
ALTER TABLE note ADD CONSTRAINT note_attribution_within_consent
    CHECK (attribution >= proposed_attribution);
