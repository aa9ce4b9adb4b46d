-- Closed Set production file, format 11: scene versions and sign-offs.
-- A version is an immutable snapshot of one scene (RFC 8785 canonical JSON and its SHA-256); a sign-off is
-- bound to one version by its hash. Both are only ever added, outside the undo history. The file itself
-- refuses to change or delete one, so nothing can rewrite what was issued or signed.

CREATE TABLE scene_version (
  id          TEXT PRIMARY KEY,
  scene_id    TEXT NOT NULL REFERENCES scene (id),
  number      INTEGER NOT NULL CHECK (number >= 1),
  note        TEXT NOT NULL DEFAULT '',
  hash        TEXT NOT NULL CHECK (length(hash) = 64),
  canonical   TEXT NOT NULL,
  format      INTEGER NOT NULL,
  issued_by   TEXT NOT NULL DEFAULT '',
  issued_at   TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT,
  UNIQUE (scene_id, number)
);

CREATE TABLE signoff (
  id                TEXT PRIMARY KEY,
  scene_id          TEXT NOT NULL REFERENCES scene (id),
  version_id        TEXT NOT NULL REFERENCES scene_version (id),
  version_hash      TEXT NOT NULL CHECK (length(version_hash) = 64),
  version_number    INTEGER NOT NULL CHECK (version_number >= 1),
  role              TEXT NOT NULL CHECK (role IN ('performer', 'coordinator', 'director', 'producer')),
  performer_id      TEXT REFERENCES performer (id),
  crew_id           TEXT REFERENCES crew (id),
  typed_name        TEXT NOT NULL,
  signature_method  TEXT NOT NULL CHECK (signature_method IN ('drawn', 'typed')),
  signature         TEXT CHECK (signature IS NULL OR json_valid(signature)),
  statement         TEXT NOT NULL,
  action            TEXT NOT NULL CHECK (action IN ('signed', 'withdrawn')),
  note              TEXT NOT NULL DEFAULT '',
  signed_at         TEXT NOT NULL,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  deleted_at        TEXT
);
CREATE INDEX signoff_by_scene ON signoff (scene_id, signed_at);

CREATE TRIGGER scene_version_is_history_update BEFORE UPDATE ON scene_version
BEGIN SELECT RAISE(ABORT, 'An issued version cannot be changed: issue a new version instead'); END;
CREATE TRIGGER scene_version_is_history_delete BEFORE DELETE ON scene_version
BEGIN SELECT RAISE(ABORT, 'An issued version cannot be deleted'); END;
CREATE TRIGGER signoff_is_history_update BEFORE UPDATE ON signoff
BEGIN SELECT RAISE(ABORT, 'A sign-off cannot be changed: record a new one instead'); END;
CREATE TRIGGER signoff_is_history_delete BEFORE DELETE ON signoff
BEGIN SELECT RAISE(ABORT, 'A sign-off cannot be deleted'); END;
