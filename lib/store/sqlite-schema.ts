/**
 * The SQLite store's schema, one migration per entry: entry i takes `user_version` i to i + 1.
 * Records are kept whole as JSON beside the columns that queries use.
 */
export const SQLITE_MIGRATIONS: string[] = [
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  INSERT INTO meta (key, value) VALUES ('version', '0');
  CREATE TABLE changes (version INTEGER PRIMARY KEY, kinds TEXT NOT NULL, at TEXT NOT NULL, by TEXT NOT NULL);
  CREATE TABLE sources (id TEXT PRIMARY KEY, publisher TEXT NOT NULL, record TEXT NOT NULL, text TEXT NOT NULL);
  CREATE TABLE places (id TEXT PRIMARY KEY, record TEXT NOT NULL);
  CREATE TABLE actors (id TEXT PRIMARY KEY, record TEXT NOT NULL);
  CREATE TABLE countries (code TEXT PRIMARY KEY, record TEXT NOT NULL);
  CREATE TABLE areas (id TEXT PRIMARY KEY, record TEXT NOT NULL);
  CREATE TABLE control_periods (id TEXT PRIMARY KEY, area_id TEXT NOT NULL, record TEXT NOT NULL, retracted TEXT);
  CREATE INDEX control_periods_area ON control_periods (area_id);
  CREATE TABLE flows (id TEXT PRIMARY KEY, record TEXT NOT NULL, retracted TEXT);
  CREATE TABLE itineraries (id TEXT PRIMARY KEY, record TEXT NOT NULL, retracted TEXT);
  CREATE TABLE events (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    place_id TEXT NOT NULL,
    date TEXT NOT NULL,
    start_day INTEGER NOT NULL,
    end_day INTEGER NOT NULL,
    category TEXT NOT NULL,
    record TEXT NOT NULL,
    retracted TEXT,
    -- The R*Tree keeps 32-bit boxes, rounded outwards: it finds candidates, and these exact points decide.
    lon REAL NOT NULL,
    lat REAL NOT NULL
  );
  CREATE INDEX events_by_date ON events (date, id, start_day, end_day, category) WHERE retracted IS NULL;
  CREATE INDEX events_by_place ON events (place_id, date, id, start_day, end_day, category) WHERE retracted IS NULL;
  CREATE INDEX events_by_start ON events (start_day, end_day, place_id) WHERE retracted IS NULL;
  CREATE INDEX events_by_end ON events (end_day) WHERE retracted IS NULL;
  CREATE VIRTUAL TABLE events_rtree USING rtree (n, min_lon, max_lon, min_lat, max_lat, min_day, max_day);
  CREATE TABLE citations (claim TEXT NOT NULL, source_id TEXT NOT NULL, attribution TEXT NOT NULL, PRIMARY KEY (claim, source_id, attribution)) WITHOUT ROWID;
  CREATE INDEX citations_by_source ON citations (source_id, attribution);
  `,
  // Running tallies kept by triggers, so that a write never makes a reader scan every citation or
  // event: which sources are cited under which attribution, with the source's publisher and
  // licence beside them (the credits group by those), and each place's live events (the
  // whole-map counts). Rows at 0 stay and are filtered out.
  `
  CREATE TABLE source_use (
    source_id TEXT NOT NULL, attribution TEXT NOT NULL, n INTEGER NOT NULL,
    publisher TEXT NOT NULL, licence_name TEXT NOT NULL, licence_url TEXT NOT NULL,
    PRIMARY KEY (source_id, attribution)
  ) WITHOUT ROWID;
  INSERT INTO source_use (source_id, attribution, n, publisher, licence_name, licence_url)
    SELECT c.source_id, c.attribution, COUNT(*), s.publisher, COALESCE(json_extract(s.record, '$.licence.name'), ''), COALESCE(json_extract(s.record, '$.licence.url'), '')
    FROM citations c JOIN sources s ON s.id = c.source_id GROUP BY c.source_id, c.attribution;
  CREATE INDEX source_use_credits ON source_use (publisher, attribution, licence_name, licence_url, source_id) WHERE n > 0;
  CREATE TRIGGER citations_added AFTER INSERT ON citations BEGIN
    INSERT INTO source_use (source_id, attribution, n, publisher, licence_name, licence_url)
      SELECT NEW.source_id, NEW.attribution, 1, s.publisher, COALESCE(json_extract(s.record, '$.licence.name'), ''), COALESCE(json_extract(s.record, '$.licence.url'), '')
      FROM sources s WHERE s.id = NEW.source_id
      ON CONFLICT (source_id, attribution) DO UPDATE SET n = n + 1;
  END;
  CREATE TRIGGER citations_removed AFTER DELETE ON citations BEGIN
    UPDATE source_use SET n = n - 1 WHERE source_id = OLD.source_id AND attribution = OLD.attribution;
  END;
  CREATE TRIGGER sources_changed AFTER UPDATE OF publisher, record ON sources BEGIN
    UPDATE source_use SET publisher = NEW.publisher, licence_name = COALESCE(json_extract(NEW.record, '$.licence.name'), ''), licence_url = COALESCE(json_extract(NEW.record, '$.licence.url'), '')
      WHERE source_id = NEW.id;
  END;
  CREATE TABLE place_totals (place_id TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
  INSERT INTO place_totals (place_id, n) SELECT place_id, COUNT(*) FROM events WHERE retracted IS NULL GROUP BY place_id;
  CREATE TRIGGER events_added AFTER INSERT ON events WHEN NEW.retracted IS NULL BEGIN
    INSERT INTO place_totals (place_id, n) VALUES (NEW.place_id, 1) ON CONFLICT (place_id) DO UPDATE SET n = n + 1;
  END;
  CREATE TRIGGER events_changed AFTER UPDATE OF place_id, retracted ON events BEGIN
    UPDATE place_totals SET n = n - 1 WHERE OLD.retracted IS NULL AND place_id = OLD.place_id;
    INSERT INTO place_totals (place_id, n) SELECT NEW.place_id, 1 WHERE NEW.retracted IS NULL ON CONFLICT (place_id) DO UPDATE SET n = n + 1;
  END;
  CREATE TRIGGER events_removed AFTER DELETE ON events WHEN OLD.retracted IS NULL BEGIN
    UPDATE place_totals SET n = n - 1 WHERE place_id = OLD.place_id;
  END;
  `,
  // Earlier states of claims: what an update replaced, or why a claim was retracted (the current
  // state is the claim's own row; an insert is its first state).
  `
  CREATE TABLE revisions (kind TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL, at TEXT NOT NULL, by TEXT NOT NULL, op TEXT NOT NULL, record TEXT NOT NULL, PRIMARY KEY (kind, id, version)) WITHOUT ROWID;
  `,
  // Live events per first day and category, kept by triggers as events are written, retracted or
  // deleted: the timeline's histogram without reading every event (at 1,000,000 events, a scan of
  // the narrowest index took 0.5 s on a loaded 2-core machine). Rows that fall to 0 stay. Safe to
  // run again (a build without it may have set user_version back while the table and triggers stayed):
  // the counts are made again from the events.
  `
  CREATE TABLE IF NOT EXISTS event_days (day INTEGER NOT NULL, category TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (day, category)) WITHOUT ROWID;
  DELETE FROM event_days;
  INSERT INTO event_days (day, category, n) SELECT start_day, category, COUNT(*) FROM events WHERE retracted IS NULL GROUP BY start_day, category;
  DROP TRIGGER IF EXISTS event_days_insert;
  DROP TRIGGER IF EXISTS event_days_delete;
  DROP TRIGGER IF EXISTS event_days_update;
  CREATE TRIGGER event_days_insert AFTER INSERT ON events WHEN NEW.retracted IS NULL BEGIN
    INSERT INTO event_days (day, category, n) VALUES (NEW.start_day, NEW.category, 1) ON CONFLICT (day, category) DO UPDATE SET n = n + 1;
  END;
  CREATE TRIGGER event_days_delete AFTER DELETE ON events WHEN OLD.retracted IS NULL BEGIN
    UPDATE event_days SET n = n - 1 WHERE day = OLD.start_day AND category = OLD.category;
  END;
  CREATE TRIGGER event_days_update AFTER UPDATE OF start_day, category, retracted ON events BEGIN
    UPDATE event_days SET n = n - 1 WHERE OLD.retracted IS NULL AND day = OLD.start_day AND category = OLD.category;
    INSERT INTO event_days (day, category, n) SELECT NEW.start_day, NEW.category, 1 WHERE NEW.retracted IS NULL ON CONFLICT (day, category) DO UPDATE SET n = n + 1;
  END;
  `,
  // A dataset's archived text, in the parts an import wrote it in (lib/store/backend.ts, PartedWrite):
  // a source's text is sources.text followed by its parts in order. Written and compared a part at a
  // time, never joined in one value (which SQLite caps at 1 GB: about 800,000 UCDP rows).
  `
  CREATE TABLE source_parts (source_id TEXT NOT NULL, n INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (source_id, n));
  `,
  // The editors' desk (issue 14): its sign-in library's tables (better-auth's user, session,
  // account and verification, under names of our own, with each user's role), the invitations,
  // the audit log and the drafts of claims on their way to review. Written here, not by the
  // library's CLI, so that both back ends migrate the same way.
  `
  CREATE TABLE desk_user (id TEXT PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL UNIQUE, emailVerified INTEGER NOT NULL, image TEXT, createdAt DATE NOT NULL, updatedAt DATE NOT NULL, role TEXT NOT NULL DEFAULT 'contributor');
  CREATE TABLE desk_session (id TEXT PRIMARY KEY, expiresAt DATE NOT NULL, token TEXT NOT NULL UNIQUE, createdAt DATE NOT NULL, updatedAt DATE NOT NULL, ipAddress TEXT, userAgent TEXT, userId TEXT NOT NULL REFERENCES desk_user (id) ON DELETE CASCADE);
  CREATE INDEX desk_session_user ON desk_session (userId);
  CREATE TABLE desk_account (id TEXT PRIMARY KEY, accountId TEXT NOT NULL, providerId TEXT NOT NULL, userId TEXT NOT NULL REFERENCES desk_user (id) ON DELETE CASCADE, accessToken TEXT, refreshToken TEXT, idToken TEXT, accessTokenExpiresAt DATE, refreshTokenExpiresAt DATE, scope TEXT, password TEXT, createdAt DATE NOT NULL, updatedAt DATE NOT NULL);
  CREATE INDEX desk_account_user ON desk_account (userId);
  CREATE TABLE desk_verification (id TEXT PRIMARY KEY, identifier TEXT NOT NULL, value TEXT NOT NULL, expiresAt DATE NOT NULL, createdAt DATE NOT NULL, updatedAt DATE NOT NULL);
  CREATE INDEX desk_verification_identifier ON desk_verification (identifier);
  CREATE TABLE desk_invites (token_hash TEXT PRIMARY KEY, email TEXT NOT NULL, role TEXT NOT NULL, invited_by TEXT NOT NULL, created_at TEXT NOT NULL, expires_at TEXT NOT NULL, used_at TEXT);
  CREATE TABLE desk_audit (n INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, subject TEXT NOT NULL, detail TEXT NOT NULL);
  CREATE INDEX desk_audit_by_action ON desk_audit (action, subject, at);
  CREATE TABLE desk_drafts (id TEXT PRIMARY KEY, state TEXT NOT NULL, record TEXT NOT NULL, place TEXT, author TEXT NOT NULL, comment TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
  CREATE INDEX desk_drafts_by_state ON desk_drafts (state, updated_at);
  `,
  // The maps of a deployment (issue 14, "Maps"): each at /m/{slug}, its settings (title, region,
  // days, layers, featured event) kept whole as JSON, written by admins at the desk.
  `
  CREATE TABLE maps (slug TEXT PRIMARY KEY, record TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
  `,
  // Drafts of every kind of claim (issue 15): a draft says whether it is an event, a control
  // period, a flow or an itinerary leg; drafts made before are events.
  `
  ALTER TABLE desk_drafts ADD COLUMN kind TEXT NOT NULL DEFAULT 'event';
  `,
  // Imports sent to review (issue "the desk"): a dataset's batch checked as an import is, kept whole
  // in the parts it was checked in (one part's records as JSON a row, never the batch in one value),
  // until a publisher publishes it in one write or rejects it. Its header row is written last: a
  // batch is pending only once every part is stored.
  `
  CREATE TABLE import_batches (id TEXT PRIMARY KEY, state TEXT NOT NULL, format TEXT NOT NULL, file TEXT NOT NULL, source_id TEXT, sent_by TEXT NOT NULL, sent_at TEXT NOT NULL, parts INTEGER NOT NULL, summary TEXT NOT NULL, decided_by TEXT, decided_at TEXT, comment TEXT);
  CREATE INDEX import_batches_by_state ON import_batches (state, sent_at);
  CREATE TABLE import_batch_parts (batch_id TEXT NOT NULL, n INTEGER NOT NULL, batch TEXT NOT NULL, PRIMARY KEY (batch_id, n));
  `,
];
