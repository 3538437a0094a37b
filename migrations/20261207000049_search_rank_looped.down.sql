CREATE OR REPLACE FUNCTION search_rank(names text[], q text, qc text) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (SELECT coalesce(max(CASE
                WHEN f = q OR (qc <> '' AND c = qc) THEN 100
                WHEN starts_with(f, q) OR (qc <> '' AND starts_with(c, qc)) THEN 80
                WHEN position(' ' || q IN ' ' || f) > 0 THEN 60
                WHEN position(q IN f) > 0 OR (qc <> '' AND position(qc IN c) > 0) THEN 40
                ELSE 0 END), 0)
              FROM (SELECT search_fold(n) AS f, search_compact(n) AS c
                      FROM unnest(names) n WHERE n <> '') names);
