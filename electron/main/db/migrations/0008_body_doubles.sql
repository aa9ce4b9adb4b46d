-- Closed Set production file, format 8: body doubles. A performer may be a body double for another
-- performer (their own boundaries and riders stay their own), and a doubling says where the double
-- stands in: one beat, every camera or one camera's shot.

ALTER TABLE performer ADD COLUMN doubles_for TEXT REFERENCES performer (id);

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
CREATE INDEX doubling_by_beat ON doubling (beat_id);
CREATE INDEX doubling_by_double ON doubling (double_id);
