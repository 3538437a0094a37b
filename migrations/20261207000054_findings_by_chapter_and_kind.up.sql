-- The country brief's table of findings, by chapter and kind, kept like the dashboard's figures
-- (migration 34): figure 'chapter_kind', key '<chapter id>:<kind>', or ':<kind>' for a finding
-- tied to no provision. A finding under two chapters counts under both; the brief's totals, each
-- finding once, are the figure 'findings'. Counted from the records, a brief read every finding
-- of its Member State: half a second at scale 100 on a cold start.
--
-- What a finding is counted by for it (its kind, its commitments and their chapters) is already
-- watched for the figure 'chapter' (migration 34), so no trigger changes.

-- What findings contribute: per Member State, by kind, recommendation status, due date (open
-- recommendations), theme, chapter, and chapter and kind; demo findings apart.
CREATE OR REPLACE FUNCTION finding_figure_parts(ids uuid[])
    RETURNS TABLE (id uuid, figure text, state text, effective_visibility visibility, key text, n bigint)
    LANGUAGE sql STABLE AS $$
    SELECT f.id, p.figure, s.member_state_code::text, f.effective_visibility, p.key, 1::bigint
      FROM finding f
      JOIN finding_state s ON s.finding_id = f.id
     CROSS JOIN LATERAL (
           SELECT 'findings', f.kind::text
           UNION ALL
           SELECT 'recommendations', f.recommendation_status::text
            WHERE f.kind = 'recommendation'
           UNION ALL
           SELECT d.figure, d.key
             FROM (VALUES ('due_day', to_char(f.due_on, 'YYYY-MM-DD')),
                          ('due_month', to_char(f.due_on, 'YYYY-MM'))) d(figure, key)
            WHERE f.kind = 'recommendation' AND f.due_on IS NOT NULL
              AND f.recommendation_status NOT IN ('implemented', 'not_accepted')
           UNION ALL
           SELECT 'theme', ft.theme_id::text FROM finding_theme ft WHERE ft.finding_id = f.id
           UNION ALL
           SELECT DISTINCT 'chapter', cm.chapter_id::text
             FROM finding_commitment fc JOIN commitment cm ON cm.id = fc.commitment_id
            WHERE fc.finding_id = f.id
           UNION ALL
           -- Each chapter the finding's provisions fall under, with its kind ('' for none).
           SELECT DISTINCT 'chapter_kind', coalesce(cm.chapter_id::text, '') || ':' || f.kind::text
             FROM (SELECT) one
             LEFT JOIN finding_commitment fc ON fc.finding_id = f.id
             LEFT JOIN commitment cm ON cm.id = fc.commitment_id
         ) p(figure, key)
     WHERE f.id = ANY(ids) AND f.archived_at IS NULL
    UNION ALL
    SELECT f.id, 'demo_findings', '', f.effective_visibility, '', 1
      FROM finding f
     WHERE f.id = ANY(ids) AND f.archived_at IS NULL AND f.is_demo
$$;


-- No filter reads it: the brief is of the whole record.
CREATE OR REPLACE FUNCTION figure_sliced(figure text) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS $$
    SELECT figure NOT IN ('held_on', 'held_month', 'chapter_kind')
$$;

-- Today's findings: their new parts, added to what they contribute and to the totals.
WITH fresh AS MATERIALIZED (
    SELECT p.* FROM finding_figure_parts(ARRAY(SELECT id FROM figure_source WHERE kind = 'finding')) p
     WHERE p.figure = 'chapter_kind'
),
kept AS (
    UPDATE figure_source s
       SET parts = s.parts || a.parts
      FROM (SELECT id, array_agg(ROW(figure, state, effective_visibility, key, n)::figure_part)
                       AS parts
              FROM fresh GROUP BY id) a
     WHERE s.kind = 'finding' AND s.id = a.id
)
INSERT INTO figure_count (figure, state, effective_visibility, key, n)
SELECT figure, state, effective_visibility, key, sum(n) FROM fresh
 GROUP BY figure, state, effective_visibility, key;
