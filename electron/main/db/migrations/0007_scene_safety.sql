-- Closed Set production file, format 7: each scene's closed set and safety plan — the essential crew
-- allowed in, the monitor policy, the pause word and gesture, robes, and the check-in cadence.

ALTER TABLE scene ADD COLUMN closed_set_crew_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(closed_set_crew_ids));
ALTER TABLE scene ADD COLUMN monitor_policy TEXT NOT NULL DEFAULT '';
ALTER TABLE scene ADD COLUMN pause_word TEXT NOT NULL DEFAULT '';
ALTER TABLE scene ADD COLUMN pause_gesture TEXT NOT NULL DEFAULT '';
ALTER TABLE scene ADD COLUMN robes TEXT NOT NULL DEFAULT '';
ALTER TABLE scene ADD COLUMN check_in_cadence TEXT NOT NULL DEFAULT '';
