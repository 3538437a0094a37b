-- The tracker's filter form offers the first 300 consultations a reader may see, by date and
-- title: read in that order from this index instead of sorting every consultation (10,000 at
-- the synthetic scale 100) for each page of the tracker.
CREATE INDEX consultation_choices_idx ON consultation (starts_on NULLS LAST, title)
    INCLUDE (slug, effective_visibility) WHERE archived_at IS NULL;
