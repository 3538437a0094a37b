-- What findings contribute: per Member State, by kind, recommendation status, due date (open
-- recommendations), theme and chapter; demo findings apart.
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
         ) p(figure, key)
     WHERE f.id = ANY(ids) AND f.archived_at IS NULL
    UNION ALL
    SELECT f.id, 'demo_findings', '', f.effective_visibility, '', 1
      FROM finding f
     WHERE f.id = ANY(ids) AND f.archived_at IS NULL AND f.is_demo
$$;


CREATE OR REPLACE FUNCTION figure_sliced(figure text) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS $$
    SELECT figure NOT IN ('held_on', 'held_month')
$$;

UPDATE figure_source s
   SET parts = ARRAY(SELECT p FROM unnest(s.parts) p WHERE (p).figure <> 'chapter_kind')
 WHERE s.kind = 'finding';
DELETE FROM figure_count WHERE figure = 'chapter_kind';
DELETE FROM figure_delta WHERE figure = 'chapter_kind';
