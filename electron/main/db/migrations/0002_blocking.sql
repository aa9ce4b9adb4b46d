-- Closed Set production file, format 2: 3D blocking — set pieces per scene, a placement (position,
-- facing, pose) per performer per beat, camera setups per beat, and the production's saved poses.

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
CREATE INDEX set_piece_by_scene ON set_piece (scene_id);

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
  deleted_at    TEXT,
  UNIQUE (beat_id, performer_id)
);

CREATE TABLE camera (
  id              TEXT PRIMARY KEY,
  beat_id         TEXT NOT NULL REFERENCES beat (id),
  name            TEXT NOT NULL,
  focal_length_mm REAL NOT NULL,
  sensor          TEXT NOT NULL CHECK (json_valid(sensor)),
  aspect          TEXT NOT NULL,
  position        TEXT NOT NULL CHECK (json_valid(position)),
  target          TEXT NOT NULL CHECK (json_valid(target)),
  roll_deg        REAL NOT NULL DEFAULT 0,
  shot_size       TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  deleted_at      TEXT
);
CREATE INDEX camera_by_beat ON camera (beat_id);

CREATE TABLE pose_preset (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  pose        TEXT NOT NULL CHECK (json_valid(pose)),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
);
