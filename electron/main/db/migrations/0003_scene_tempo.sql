-- Closed Set production file, format 3: each scene keeps its playback tempo (counts per minute), so the
-- director reviews the movement at the tempo the coordinator set.

ALTER TABLE scene ADD COLUMN tempo_cpm INTEGER NOT NULL DEFAULT 60 CHECK (tempo_cpm BETWEEN 10 AND 240);

-- Undo history holds whole records as they were: scene records written by format 2 gain the field too,
-- so undoing an old scene edit after the upgrade writes a complete scene.
UPDATE history SET before = (
  SELECT json_group_array(
    CASE WHEN json_extract(value, '$.record.kind') = 'scene' AND json_type(value, '$.record.tempoCpm') IS NULL
      THEN json_set(value, '$.record.tempoCpm', 60) ELSE json(value) END ORDER BY key)
  FROM json_each(history.before)
) WHERE before LIKE '%"scene"%';
UPDATE history SET after = (
  SELECT json_group_array(
    CASE WHEN json_extract(value, '$.record.kind') = 'scene' AND json_type(value, '$.record.tempoCpm') IS NULL
      THEN json_set(value, '$.record.tempoCpm', 60) ELSE json(value) END ORDER BY key)
  FROM json_each(history.after)
) WHERE after LIKE '%"scene"%';
