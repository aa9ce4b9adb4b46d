-- Closed Set production file, format 4.
-- 1. Cameras keep their identity across beats: "A cam" is one camera of the scene (name, sensor,
--    aspect) with a placement per beat (lens, position, aim, roll, shot size, hidden where not used).
--    The rows of format 3's per-beat camera table are moved by 0004_scene_cameras.ts, matched by name.
-- 2. Scenes carry a guardian / chaperone note (asked for when a minor is in an intimate scene).
-- 3. Records left live under a deleted parent (a beat of a deleted scene…) are soft-deleted.

ALTER TABLE camera RENAME TO camera_format3;

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
CREATE INDEX camera_by_scene ON camera (scene_id);

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
CREATE INDEX camera_placement_by_beat ON camera_placement (beat_id);
CREATE INDEX camera_placement_by_camera ON camera_placement (camera_id);

ALTER TABLE scene ADD COLUMN guardian_note TEXT NOT NULL DEFAULT '';
