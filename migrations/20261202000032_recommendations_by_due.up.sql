-- Recommendations in the order of their due dates (none: last), per kind: the country brief's
-- overdue and upcoming lists and the tracker sorted by due date walk it and stop after a page,
-- instead of sorting every finding of a Member State.
CREATE INDEX finding_due_idx ON finding (kind, (coalesce(due_on, DATE '9999-12-31')), id)
    WHERE archived_at IS NULL;
