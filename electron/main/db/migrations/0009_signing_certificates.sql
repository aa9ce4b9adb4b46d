-- Closed Set production file, format 9: the coordinator's signing certificates (public part only; the
-- private key never enters a production file). A signed sheet verifies as this production's only when
-- its signer's certificate is recorded here, so the table is append-only like consent history.

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

CREATE TRIGGER signing_certificate_is_history_update BEFORE UPDATE ON signing_certificate
BEGIN SELECT RAISE(ABORT, 'A recorded signing certificate cannot be changed'); END;
CREATE TRIGGER signing_certificate_is_history_delete BEFORE DELETE ON signing_certificate
BEGIN SELECT RAISE(ABORT, 'A recorded signing certificate cannot be deleted'); END;
