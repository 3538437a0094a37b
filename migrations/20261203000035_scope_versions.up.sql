-- Versions by scope instead of one data version. What the app keeps in memory is checked
-- against the versions of the scopes it was read from: a kind of record ('finding',
-- 'consultation', ...), one consultation ('consultation:<id>'), one Member State
-- ('state:VN'), or the dashboard's kept figures ('figures'). A staff edit of a finding in
-- Viet Nam moves 'finding', 'state:VN' and its consultation's scope, and nothing else.
--
-- `scope_watch` says which changes of which table move which scope: `keys` is a query over
-- `rows` (the statement's changed rows, old and new; `old_rows` and `new_rows` apart for an
-- update) giving the scope's suffix ('' for a kind). One statement-level trigger per table and
-- operation reads it. The test `caches::every_table_a_kept_answer_reads_is_watched` fails when
-- a kept answer reads a table that no scope it checks watches.
--
-- A scope's version is the sum of its shards' counters. A transaction marks the scopes it
-- changed (`scope_change`, once each) and a deferred trigger adds one to each, in order, on the
-- shard of its connection, as the transaction commits: writers hold a version row only for the
-- moment of their commit, and seldom the same one.

CREATE TABLE scope_version (
    scope   text COLLATE "C" NOT NULL,
    shard   smallint NOT NULL,
    n       bigint NOT NULL,
    PRIMARY KEY (scope, shard)
);

CREATE TABLE scope_change (
    tx      xid8 NOT NULL DEFAULT pg_current_xact_id(),
    scope   text COLLATE "C" NOT NULL,
    PRIMARY KEY (tx, scope)
);

CREATE TABLE scope_watch (
    table_name  text NOT NULL,
    scope       text NOT NULL,
    op          text NOT NULL CHECK (op IN ('INSERT', 'UPDATE', 'DELETE')),
    keys        text NOT NULL,
    PRIMARY KEY (table_name, scope, op)
);

-- The version of `scopes`: the sum of every shard of each.
CREATE FUNCTION scope_versions(scopes text[]) RETURNS bigint
    LANGUAGE sql STABLE AS $$
    SELECT coalesce(sum(n), 0)::bigint FROM scope_version WHERE scope = ANY(scopes)
$$;

CREATE FUNCTION bump_changed_scopes() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    -- The first of the transaction's deferred events bumps every scope it marked, in order.
    WITH marked AS (
        DELETE FROM scope_change WHERE tx = pg_current_xact_id() RETURNING scope
    )
    INSERT INTO scope_version (scope, shard, n)
    SELECT scope, (pg_backend_pid() % 8)::smallint, 1 FROM marked ORDER BY scope
        ON CONFLICT (scope, shard) DO UPDATE SET n = scope_version.n + 1;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER scope_change_bumps AFTER INSERT ON scope_change
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_changed_scopes();

CREATE FUNCTION mark_changed_scopes() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    w record;
    changed text;
BEGIN
    changed := CASE TG_OP
        WHEN 'INSERT' THEN 'SELECT * FROM new_rows'
        WHEN 'DELETE' THEN 'SELECT * FROM old_rows'
        ELSE 'SELECT * FROM old_rows UNION ALL SELECT * FROM new_rows' END;
    FOR w IN SELECT scope, keys FROM scope_watch
              WHERE table_name = TG_TABLE_NAME AND op = TG_OP ORDER BY scope
    LOOP
        EXECUTE format(
            'WITH rows AS (%s)
             INSERT INTO scope_change (scope)
             SELECT DISTINCT %L || k FROM (%s) x(k) WHERE k IS NOT NULL
                 ON CONFLICT DO NOTHING',
            changed, w.scope, w.keys);
    END LOOP;
    RETURN NULL;
END
$$;

-- watch(table, scope, keys on insert and delete, keys on update)
CREATE FUNCTION watch_scope(tbl text, scope text, keys text, updated_keys text) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO scope_watch VALUES (tbl, scope, 'INSERT', keys), (tbl, scope, 'DELETE', keys),
                                   (tbl, scope, 'UPDATE', updated_keys);
    IF NOT EXISTS (SELECT 1 FROM pg_trigger
                    WHERE tgrelid = tbl::regclass AND tgname = tbl || '_marks_inserted') THEN
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
                            FOR EACH STATEMENT EXECUTE FUNCTION mark_changed_scopes()',
                       tbl || '_marks_inserted', tbl);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
                            FOR EACH STATEMENT EXECUTE FUNCTION mark_changed_scopes()',
                       tbl || '_marks_deleted', tbl);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I
                            REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                            FOR EACH STATEMENT EXECUTE FUNCTION mark_changed_scopes()',
                       tbl || '_marks_updated', tbl);
    END IF;
END
$$;

-- Kinds of record: any change of these tables.
SELECT watch_scope(t, w.scope, 'SELECT '''' FROM rows', 'SELECT '''' FROM rows')
  FROM (VALUES ('reference', ARRAY['member_state', 'framework', 'framework_state', 'chapter',
                                   'commitment', 'theme', 'rating_scale', 'rating_level']),
               ('series', ARRAY['series', 'series_planned_state']),
               ('assessment', ARRAY['assessment_round', 'assessment', 'assessment_rating',
                                    'assessment_rating_finding']),
               ('organisation', ARRAY['organisation', 'organisation_alias']),
               ('people', ARRAY['person', 'person_role']),
               ('consultation', ARRAY['consultation', 'consultation_state', 'participation']),
               ('session', ARRAY['session', 'session_speaker', 'session_theme']),
               ('finding', ARRAY['finding', 'finding_state', 'finding_commitment',
                                 'finding_theme', 'finding_translation',
                                 'recommendation_update']),
               ('figures', ARRAY['figure_delta'])) w(scope, tables),
       unnest(w.tables) t;

-- Names users sign with: only a change of the name counts.
SELECT watch_scope('app_user', 'people', 'SELECT '''' FROM rows WHERE false',
    'SELECT '''' FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE o.display_name IS DISTINCT FROM n.display_name');

-- Notes count while they are or were published, with their statements and translations.
SELECT watch_scope('note', 'note', 'SELECT '''' FROM rows WHERE status = ''published''',
                   'SELECT '''' FROM rows WHERE status = ''published''');
SELECT watch_scope(t, 'note',
    'SELECT '''' FROM rows r JOIN note n ON n.id = r.note_id WHERE n.status = ''published''',
    'SELECT '''' FROM rows r JOIN note n ON n.id = r.note_id WHERE n.status = ''published''')
  FROM unnest(ARRAY['note_translation', 'note_statement']) t;
SELECT watch_scope('note_statement_translation', 'note',
    'SELECT '''' FROM rows r JOIN note_statement s ON s.id = r.statement_id
       JOIN note n ON n.id = s.note_id WHERE n.status = ''published''',
    'SELECT '''' FROM rows r JOIN note_statement s ON s.id = r.statement_id
       JOIN note n ON n.id = s.note_id WHERE n.status = ''published''');

-- One consultation: everything its page shows.
SELECT watch_scope('consultation', 'consultation:', 'SELECT id::text FROM rows',
                   'SELECT id::text FROM rows');
SELECT watch_scope(t, 'consultation:', 'SELECT consultation_id::text FROM rows',
                   'SELECT consultation_id::text FROM rows')
  FROM unnest(ARRAY['consultation_state', 'participation', 'session', 'finding']) t;
SELECT watch_scope(t, 'consultation:',
    'SELECT s.consultation_id::text FROM rows r JOIN session s ON s.id = r.session_id',
    'SELECT s.consultation_id::text FROM rows r JOIN session s ON s.id = r.session_id')
  FROM unnest(ARRAY['session_speaker', 'session_theme']) t;
SELECT watch_scope('note', 'consultation:',
    'SELECT s.consultation_id::text FROM rows r JOIN session s ON s.id = r.session_id
      WHERE r.status = ''published''',
    'SELECT s.consultation_id::text FROM rows r JOIN session s ON s.id = r.session_id
      WHERE r.status = ''published''');
SELECT watch_scope('note_statement', 'consultation:',
    'SELECT s.consultation_id::text FROM rows r JOIN note n ON n.id = r.note_id
       JOIN session s ON s.id = n.session_id WHERE n.status = ''published''',
    'SELECT s.consultation_id::text FROM rows r JOIN note n ON n.id = r.note_id
       JOIN session s ON s.id = n.session_id WHERE n.status = ''published''');

-- One Member State: the consultations covering it, its findings, its self-assessments.
SELECT watch_scope('consultation_state', 'state:', 'SELECT member_state_code FROM rows',
                   'SELECT member_state_code FROM rows');
SELECT watch_scope('consultation', 'state:',
    'SELECT cs.member_state_code FROM rows r
       JOIN consultation_state cs ON cs.consultation_id = r.id',
    'SELECT cs.member_state_code FROM rows r
       JOIN consultation_state cs ON cs.consultation_id = r.id');
SELECT watch_scope('finding_state', 'state:', 'SELECT member_state_code FROM rows',
                   'SELECT member_state_code FROM rows');
SELECT watch_scope(t, 'state:',
    'SELECT fs.member_state_code FROM rows r JOIN finding_state fs ON fs.finding_id = r.finding_id',
    'SELECT fs.member_state_code FROM rows r JOIN finding_state fs ON fs.finding_id = r.finding_id')
  FROM unnest(ARRAY['finding_commitment', 'finding_theme', 'finding_translation',
                    'recommendation_update']) t;
SELECT watch_scope('finding', 'state:',
    'SELECT fs.member_state_code FROM rows r JOIN finding_state fs ON fs.finding_id = r.id
     UNION ALL SELECT addressee_state_code FROM rows',
    'SELECT fs.member_state_code FROM rows r JOIN finding_state fs ON fs.finding_id = r.id
     UNION ALL SELECT addressee_state_code FROM rows');
SELECT watch_scope('assessment_round', 'state:', 'SELECT member_state_code FROM rows',
                   'SELECT member_state_code FROM rows');
SELECT watch_scope(t, 'state:',
    'SELECT ar.member_state_code FROM rows r JOIN assessment_round ar ON ar.id = r.round_id',
    'SELECT ar.member_state_code FROM rows r JOIN assessment_round ar ON ar.id = r.round_id')
  FROM unnest(ARRAY['assessment']) t;
SELECT watch_scope(t, 'state:',
    'SELECT ar.member_state_code FROM rows r JOIN assessment a ON a.id = r.assessment_id
       JOIN assessment_round ar ON ar.id = a.round_id',
    'SELECT ar.member_state_code FROM rows r JOIN assessment a ON a.id = r.assessment_id
       JOIN assessment_round ar ON ar.id = a.round_id')
  FROM unnest(ARRAY['assessment_rating', 'assessment_rating_finding']) t;

-- The one data version goes.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT tgname, tgrelid::regclass AS tbl FROM pg_trigger
              WHERE tgname LIKE '%\_bumps\_data\_version'
    LOOP
        EXECUTE format('DROP TRIGGER %I ON %s', t.tgname, t.tbl);
    END LOOP;
END
$$;
DROP FUNCTION bump_data_version();
DROP TABLE data_version;
