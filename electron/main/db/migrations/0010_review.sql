-- Closed Set production file, format 10: director review (issue 11).
-- Comments (per scene, beat, contact, garment or 3D point; threaded; resolved by the coordinator) and the
-- director's approvals bound to a staging hash. Neither hangs off a beat: a comment on a deleted beat stays.
-- `review_copy` holds one row in a review copy (which production it copies, when, and the hash of its
-- content); a production has none. Approvals are only ever added, like consent.

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
CREATE INDEX comment_by_scene ON comment (scene_id, written_at);

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
CREATE TRIGGER approval_is_history_update BEFORE UPDATE ON approval
BEGIN SELECT RAISE(ABORT, 'An approval cannot be changed: a later change makes it outdated'); END;
CREATE TRIGGER approval_is_history_delete BEFORE DELETE ON approval
BEGIN SELECT RAISE(ABORT, 'An approval cannot be deleted'); END;

CREATE TABLE review_copy (
  singleton      INTEGER PRIMARY KEY CHECK (singleton = 1),
  marker         TEXT NOT NULL CHECK (json_valid(marker)),
  content_hash   TEXT NOT NULL
);
