-- Closed Set production file, format 5: contact points, modesty garments and barriers, beat by beat.
-- Contacts and barriers belong to a beat; a garment is worn by a performer in a beat; a garment
-- fitting records whether a performer was fitted for (and approved) a garment type. Each placement
-- says which body regions the costume leaves bare in that beat.

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
CREATE INDEX contact_by_beat ON contact (beat_id);

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
CREATE INDEX garment_by_beat ON garment (beat_id);
CREATE INDEX garment_by_performer ON garment (performer_id);

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
CREATE INDEX garment_fitting_by_performer ON garment_fitting (performer_id);

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
CREATE INDEX barrier_by_beat ON barrier (beat_id);

ALTER TABLE placement ADD COLUMN costume_off TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(costume_off));
