-- Closed Set production file, format 6: each performer's consent, as history.
-- Boundary entries (a region, a channel — show / receive / give —, a value, for every scene or one) and
-- nudity rider versions are only ever added: the current value is the latest entry. The file itself
-- refuses to change or delete one, so no bug and no hand edit through the app can rewrite consent history.

CREATE TABLE boundary_entry (
  id              TEXT PRIMARY KEY,
  performer_id    TEXT NOT NULL REFERENCES performer (id),
  scene_id        TEXT REFERENCES scene (id),
  region          TEXT NOT NULL,
  channel         TEXT NOT NULL CHECK (channel IN ('show', 'receive', 'give')),
  value           TEXT NOT NULL,
  previous_value  TEXT NOT NULL,
  note            TEXT NOT NULL DEFAULT '',
  occasion        TEXT NOT NULL,
  recorded_by     TEXT NOT NULL DEFAULT '',
  recorded_at     TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  deleted_at      TEXT
);
CREATE INDEX boundary_entry_by_performer ON boundary_entry (performer_id, recorded_at);

CREATE TABLE rider_version (
  id                  TEXT PRIMARY KEY,
  performer_id        TEXT NOT NULL REFERENCES performer (id),
  scene_id            TEXT NOT NULL REFERENCES scene (id),
  version             INTEGER NOT NULL CHECK (version >= 1),
  nudity_types        TEXT NOT NULL CHECK (json_valid(nudity_types)),
  simulated_acts      TEXT NOT NULL DEFAULT '',
  body_double         TEXT NOT NULL CHECK (json_valid(body_double)),
  footage_limits      TEXT NOT NULL DEFAULT '',
  description         TEXT NOT NULL DEFAULT '',
  date_presented      TEXT,
  date_signed         TEXT,
  present_at_signing  TEXT NOT NULL DEFAULT '',
  negotiated_by       TEXT NOT NULL DEFAULT '',
  occasion            TEXT NOT NULL,
  recorded_by         TEXT NOT NULL DEFAULT '',
  recorded_at         TEXT NOT NULL,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  deleted_at          TEXT,
  UNIQUE (performer_id, scene_id, version)
);

CREATE TRIGGER boundary_entry_is_history_update BEFORE UPDATE ON boundary_entry
BEGIN SELECT RAISE(ABORT, 'Consent history cannot be changed: add a new entry instead'); END;
CREATE TRIGGER boundary_entry_is_history_delete BEFORE DELETE ON boundary_entry
BEGIN SELECT RAISE(ABORT, 'Consent history cannot be deleted'); END;
CREATE TRIGGER rider_version_is_history_update BEFORE UPDATE ON rider_version
BEGIN SELECT RAISE(ABORT, 'A rider version cannot be changed: add a new version instead'); END;
CREATE TRIGGER rider_version_is_history_delete BEFORE DELETE ON rider_version
BEGIN SELECT RAISE(ABORT, 'A rider version cannot be deleted'); END;
