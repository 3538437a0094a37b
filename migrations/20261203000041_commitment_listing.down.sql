DROP TRIGGER consultation_hands_days_to_links ON consultation;
DROP FUNCTION consultation_hands_days_to_links();
DROP TRIGGER finding_hands_listing_to_links ON finding;
DROP FUNCTION finding_hands_listing_to_links();
DROP TRIGGER finding_commitment_copies_listing ON finding_commitment;
DROP FUNCTION finding_commitment_copies_listing();
DROP FUNCTION finding_listing_of(finding, date);
DROP INDEX finding_commitment_listed_idx;
DROP INDEX finding_commitment_due_idx;
DROP INDEX finding_commitment_newest_idx;
ALTER TABLE finding_commitment
    DROP COLUMN live,
    DROP COLUMN effective_visibility,
    DROP COLUMN open_due,
    DROP COLUMN listed_on,
    DROP COLUMN created_at;
