-- Closed Set production file, format 12: the signed rider as a file (PDF), bound to one rider version.
-- Like the rider versions, attachments are history: the file refuses to change or delete one. The bytes
-- are kept apart from the record, so reading the document never reads them.

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
CREATE INDEX rider_attachment_by_rider ON rider_attachment (rider_id);

CREATE TABLE rider_attachment_data (
  attachment_id  TEXT PRIMARY KEY REFERENCES rider_attachment (id),
  bytes          BLOB NOT NULL
);

CREATE TRIGGER rider_attachment_is_history_update BEFORE UPDATE ON rider_attachment
BEGIN SELECT RAISE(ABORT, 'A rider attachment cannot be changed: attach the file again instead'); END;
CREATE TRIGGER rider_attachment_is_history_delete BEFORE DELETE ON rider_attachment
BEGIN SELECT RAISE(ABORT, 'A rider attachment cannot be deleted'); END;
CREATE TRIGGER rider_attachment_data_is_history_update BEFORE UPDATE ON rider_attachment_data
BEGIN SELECT RAISE(ABORT, 'A rider attachment cannot be changed: attach the file again instead'); END;
CREATE TRIGGER rider_attachment_data_is_history_delete BEFORE DELETE ON rider_attachment_data
BEGIN SELECT RAISE(ABORT, 'A rider attachment cannot be deleted'); END;
