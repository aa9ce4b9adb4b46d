CREATE TRIGGER approval_is_history_delete BEFORE DELETE ON approval
BEGIN SELECT RAISE(ABORT, 'An approval cannot be deleted'); END;

CREATE TRIGGER approval_is_history_update BEFORE UPDATE ON approval
BEGIN SELECT RAISE(ABORT, 'An approval cannot be changed: a later change makes it outdated'); END;

CREATE TRIGGER boundary_entry_is_history_delete BEFORE DELETE ON boundary_entry
BEGIN SELECT RAISE(ABORT, 'Consent history cannot be deleted'); END;

CREATE TRIGGER boundary_entry_is_history_update BEFORE UPDATE ON boundary_entry
BEGIN SELECT RAISE(ABORT, 'Consent history cannot be changed: add a new entry instead'); END;

CREATE TRIGGER rider_attachment_data_is_history_delete BEFORE DELETE ON rider_attachment_data
BEGIN SELECT RAISE(ABORT, 'A rider attachment cannot be deleted'); END;

CREATE TRIGGER rider_attachment_data_is_history_update BEFORE UPDATE ON rider_attachment_data
BEGIN SELECT RAISE(ABORT, 'A rider attachment cannot be changed: attach the file again instead'); END;

CREATE TRIGGER rider_attachment_is_history_delete BEFORE DELETE ON rider_attachment
BEGIN SELECT RAISE(ABORT, 'A rider attachment cannot be deleted'); END;

CREATE TRIGGER rider_attachment_is_history_update BEFORE UPDATE ON rider_attachment
BEGIN SELECT RAISE(ABORT, 'A rider attachment cannot be changed: attach the file again instead'); END;

CREATE TRIGGER rider_version_is_history_delete BEFORE DELETE ON rider_version
BEGIN SELECT RAISE(ABORT, 'A rider version cannot be deleted'); END;

CREATE TRIGGER rider_version_is_history_update BEFORE UPDATE ON rider_version
BEGIN SELECT RAISE(ABORT, 'A rider version cannot be changed: add a new version instead'); END;

CREATE TRIGGER scene_version_is_history_delete BEFORE DELETE ON scene_version
BEGIN SELECT RAISE(ABORT, 'An issued version cannot be deleted'); END;

CREATE TRIGGER scene_version_is_history_update BEFORE UPDATE ON scene_version
BEGIN SELECT RAISE(ABORT, 'An issued version cannot be changed: issue a new version instead'); END;

CREATE TRIGGER signing_certificate_is_history_delete BEFORE DELETE ON signing_certificate
BEGIN SELECT RAISE(ABORT, 'A recorded signing certificate cannot be deleted'); END;

CREATE TRIGGER signing_certificate_is_history_update BEFORE UPDATE ON signing_certificate
BEGIN SELECT RAISE(ABORT, 'A recorded signing certificate cannot be changed'); END;

CREATE TRIGGER signoff_is_history_delete BEFORE DELETE ON signoff
BEGIN SELECT RAISE(ABORT, 'A sign-off cannot be deleted'); END;

CREATE TRIGGER signoff_is_history_update BEFORE UPDATE ON signoff
BEGIN SELECT RAISE(ABORT, 'A sign-off cannot be changed: record a new one instead'); END;

CREATE TABLE approval (
  id             TEXT PRIMARY KEY,
  scene_id       TEXT NOT NULL,
  version_id     TEXT,
  version_hash   TEXT NOT NULL,
  approver_name  TEXT NOT NULL,
  role           TEXT NOT NULL CHECK (role = 'director'),
  statement      TEXT NOT NULL DEFAULT '',
  approved_at    TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  deleted_at     TEXT
);

CREATE TABLE barrier (
  id           TEXT PRIMARY KEY,
  beat_id      TEXT NOT NULL REFERENCES beat (id),
  type         TEXT NOT NULL,
  position     TEXT NOT NULL CHECK (json_valid(position)),
  rotation_y   REAL NOT NULL DEFAULT 0,
  size         TEXT NOT NULL CHECK (json_valid(size)),
  attached_to  TEXT CHECK (attached_to IS NULL OR json_valid(attached_to)),
  notes        TEXT NOT NULL DEFAULT '',
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  deleted_at   TEXT
);

CREATE TABLE beat (
  id              TEXT PRIMARY KEY,
  scene_id        TEXT NOT NULL REFERENCES scene (id),
  sort_order      INTEGER NOT NULL,
  description     TEXT NOT NULL DEFAULT '',
  counts          INTEGER,
  notes           TEXT NOT NULL DEFAULT '',
  check_in_after  INTEGER NOT NULL DEFAULT 0 CHECK (check_in_after IN (0, 1)),
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  deleted_at      TEXT
);

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

CREATE TABLE camera (
  id          TEXT PRIMARY KEY,
  scene_id    TEXT NOT NULL REFERENCES scene (id),
  name        TEXT NOT NULL,
  sensor      TEXT NOT NULL CHECK (json_valid(sensor)),
  aspect      TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
);

CREATE TABLE camera_placement (
  id               TEXT PRIMARY KEY,
  beat_id          TEXT NOT NULL REFERENCES beat (id),
  camera_id        TEXT NOT NULL REFERENCES camera (id),
  focal_length_mm  REAL NOT NULL,
  position         TEXT NOT NULL CHECK (json_valid(position)),
  target           TEXT NOT NULL CHECK (json_valid(target)),
  roll_deg         REAL NOT NULL DEFAULT 0,
  shot_size        TEXT,
  hidden           INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  deleted_at       TEXT,
  UNIQUE (beat_id, camera_id)
);

CREATE TABLE comment (
  id             TEXT PRIMARY KEY,
  scene_id       TEXT NOT NULL,
  beat_id        TEXT,
  target         TEXT NOT NULL CHECK (json_valid(target)),
  parent_id      TEXT,
  author_name    TEXT NOT NULL,
  author_role    TEXT NOT NULL CHECK (author_role IN ('coordinator', 'director')),
  body           TEXT NOT NULL,
  about          TEXT NOT NULL DEFAULT '',
  written_at     TEXT NOT NULL,
  edited_at      TEXT NOT NULL,
  earlier_texts  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(earlier_texts)),
  resolved_at    TEXT,
  resolved_by    TEXT NOT NULL DEFAULT '',
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  deleted_at     TEXT
);

CREATE TABLE contact (
  id           TEXT PRIMARY KEY,
  beat_id      TEXT NOT NULL REFERENCES beat (id),
  initiator    TEXT NOT NULL CHECK (json_valid(initiator)),
  receiver     TEXT NOT NULL CHECK (json_valid(receiver)),
  type         TEXT NOT NULL,
  kiss         TEXT CHECK (kiss IS NULL OR json_valid(kiss)),
  pressure     TEXT NOT NULL,
  from_count   INTEGER,
  to_count     INTEGER,
  alternative  TEXT NOT NULL DEFAULT 'none',
  notes        TEXT NOT NULL DEFAULT '',
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  deleted_at   TEXT
);

CREATE TABLE crew (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  role        TEXT NOT NULL CHECK (role IN ('coordinator', 'director', 'producer', 'firstAD', 'camera', 'other')),
  contact     TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
);

CREATE TABLE doubling (
  id            TEXT PRIMARY KEY,
  beat_id       TEXT NOT NULL REFERENCES beat (id),
  performer_id  TEXT NOT NULL REFERENCES performer (id),
  double_id     TEXT NOT NULL REFERENCES performer (id),
  camera_id     TEXT REFERENCES camera (id),
  note          TEXT NOT NULL DEFAULT '',
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted_at    TEXT,
  CHECK (double_id <> performer_id)
);

CREATE TABLE garment (
  id            TEXT PRIMARY KEY,
  beat_id       TEXT NOT NULL REFERENCES beat (id),
  performer_id  TEXT NOT NULL REFERENCES performer (id),
  type          TEXT NOT NULL,
  notes         TEXT NOT NULL DEFAULT '',
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted_at    TEXT
);

CREATE TABLE garment_fitting (
  id            TEXT PRIMARY KEY,
  performer_id  TEXT NOT NULL REFERENCES performer (id),
  type          TEXT NOT NULL,
  status        TEXT NOT NULL,
  notes         TEXT NOT NULL DEFAULT '',
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted_at    TEXT
);

CREATE TABLE history (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  label       TEXT NOT NULL,
  command     TEXT NOT NULL,
  before      TEXT NOT NULL,
  after       TEXT NOT NULL,
  undone      INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
  created_at  TEXT NOT NULL
);

CREATE TABLE performer (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  pronouns    TEXT NOT NULL DEFAULT '',
  character   TEXT NOT NULL DEFAULT '',
  height_cm   REAL NOT NULL,
  is_minor    INTEGER NOT NULL DEFAULT 0 CHECK (is_minor IN (0, 1)),
  contact     TEXT NOT NULL DEFAULT '',
  color       TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
, doubles_for TEXT REFERENCES performer (id));

CREATE TABLE placement (
  id            TEXT PRIMARY KEY,
  beat_id       TEXT NOT NULL REFERENCES beat (id),
  performer_id  TEXT NOT NULL REFERENCES performer (id),
  position      TEXT NOT NULL CHECK (json_valid(position)),
  rotation_y    REAL NOT NULL DEFAULT 0,
  pose          TEXT NOT NULL CHECK (json_valid(pose)),
  hidden        INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
  pins          TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(pins)),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted_at    TEXT, costume_off TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(costume_off)),
  UNIQUE (beat_id, performer_id)
);

CREATE TABLE pose_preset (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  pose        TEXT NOT NULL CHECK (json_valid(pose)),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
);

CREATE TABLE production (
  id          TEXT PRIMARY KEY,
  title       TEXT NOT NULL,
  company     TEXT NOT NULL DEFAULT '',
  episode     TEXT NOT NULL DEFAULT '',
  notes       TEXT NOT NULL DEFAULT '',
  units       TEXT NOT NULL DEFAULT 'metric' CHECK (units IN ('metric', 'imperial')),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

CREATE TABLE review_copy (
  singleton      INTEGER PRIMARY KEY CHECK (singleton = 1),
  marker         TEXT NOT NULL CHECK (json_valid(marker)),
  content_hash   TEXT NOT NULL
);

CREATE TABLE rider_attachment (
  id            TEXT PRIMARY KEY,
  performer_id  TEXT NOT NULL REFERENCES performer (id),
  scene_id      TEXT NOT NULL REFERENCES scene (id),
  rider_id      TEXT NOT NULL REFERENCES rider_version (id),
  file_name     TEXT NOT NULL,
  size_bytes    INTEGER NOT NULL CHECK (size_bytes > 0),
  sha256        TEXT NOT NULL,
  recorded_by   TEXT NOT NULL DEFAULT '',
  recorded_at   TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted_at    TEXT
);

CREATE TABLE rider_attachment_data (
  attachment_id  TEXT PRIMARY KEY REFERENCES rider_attachment (id),
  bytes          BLOB NOT NULL
);

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

CREATE TABLE scene (
  id            TEXT PRIMARY KEY,
  sort_order    INTEGER NOT NULL,
  number        TEXT NOT NULL,
  title         TEXT NOT NULL DEFAULT '',
  script_pages  TEXT NOT NULL DEFAULT '',
  set_location  TEXT NOT NULL DEFAULT '',
  shoot_date    TEXT,
  call_time     TEXT,
  content_flags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(content_flags)),
  tone_notes    TEXT NOT NULL DEFAULT '',
  status        TEXT NOT NULL CHECK (status IN ('breakdown', 'prep', 'shooting', 'post', 'wrapped')),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted_at    TEXT
, tempo_cpm INTEGER NOT NULL DEFAULT 60 CHECK (tempo_cpm BETWEEN 10 AND 240), guardian_note TEXT NOT NULL DEFAULT '', closed_set_crew_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(closed_set_crew_ids)), monitor_policy TEXT NOT NULL DEFAULT '', pause_word TEXT NOT NULL DEFAULT '', pause_gesture TEXT NOT NULL DEFAULT '', robes TEXT NOT NULL DEFAULT '', check_in_cadence TEXT NOT NULL DEFAULT '');

CREATE TABLE scene_performer (
  scene_id      TEXT NOT NULL REFERENCES scene (id),
  performer_id  TEXT NOT NULL REFERENCES performer (id),
  position      INTEGER NOT NULL,
  PRIMARY KEY (scene_id, performer_id)
) WITHOUT ROWID;

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

CREATE TABLE schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  );

CREATE TABLE set_piece (
  id          TEXT PRIMARY KEY,
  scene_id    TEXT NOT NULL REFERENCES scene (id),
  type        TEXT NOT NULL,
  label       TEXT NOT NULL DEFAULT '',
  position    TEXT NOT NULL CHECK (json_valid(position)),
  rotation_y  REAL NOT NULL DEFAULT 0,
  size        TEXT NOT NULL CHECK (json_valid(size)),
  color       TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
);

CREATE TABLE signing_certificate (
  id            TEXT PRIMARY KEY,
  subject_name  TEXT NOT NULL,
  fingerprint   TEXT NOT NULL UNIQUE CHECK (length(fingerprint) = 64),
  certificate   TEXT NOT NULL,
  not_before    TEXT NOT NULL,
  not_after     TEXT NOT NULL,
  recorded_at   TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted_at    TEXT
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

CREATE INDEX barrier_by_beat ON barrier (beat_id);

CREATE INDEX beat_by_scene ON beat (scene_id, sort_order);

CREATE INDEX boundary_entry_by_performer ON boundary_entry (performer_id, recorded_at);

CREATE INDEX camera_by_scene ON camera (scene_id);

CREATE INDEX camera_placement_by_beat ON camera_placement (beat_id);

CREATE INDEX camera_placement_by_camera ON camera_placement (camera_id);

CREATE INDEX comment_by_scene ON comment (scene_id, written_at);

CREATE INDEX contact_by_beat ON contact (beat_id);

CREATE INDEX doubling_by_beat ON doubling (beat_id);

CREATE INDEX doubling_by_double ON doubling (double_id);

CREATE INDEX garment_by_beat ON garment (beat_id);

CREATE INDEX garment_by_performer ON garment (performer_id);

CREATE INDEX garment_fitting_by_performer ON garment_fitting (performer_id);

CREATE INDEX rider_attachment_by_rider ON rider_attachment (rider_id);

CREATE INDEX set_piece_by_scene ON set_piece (scene_id);

CREATE INDEX signoff_by_scene ON signoff (scene_id, signed_at);
