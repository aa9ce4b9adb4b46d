import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Command } from '../../../shared/commands';
import { commandLabel } from '../../../shared/commands/labels';
import { BeatFields } from '../../../shared/domain/beat';
import { CameraFields, Pose, SetPieceFields } from '../../../shared/domain/blocking';
import { defaultBeat, defaultCamera, defaultCrew, defaultPerformer, defaultProduction, defaultScene, defaultSetPiece, standingPose } from '../../../shared/domain/defaults';
import { CrewFields, PerformerFields } from '../../../shared/domain/people';
import { ProductionFields } from '../../../shared/domain/production';
import { AnyRecord } from '../../../shared/domain/records';
import { SceneFields } from '../../../shared/domain/scene';
import { SET_PIECE_TYPES } from '../../../shared/domain/blocking';
import { SAMPLE_PATH } from '../../support/tempDir';

describe('field rules', () => {
  it('trims names and requires them', () => {
    expect(PerformerFields.shape.name.parse('  Maya Okafor ')).toBe('Maya Okafor');
    expect(PerformerFields.shape.name.safeParse('   ').error?.issues[0]?.message).toBe('Performer name is required');
  });

  it('limits heights to a human range in centimetres', () => {
    expect(PerformerFields.shape.heightCm.safeParse(168).success).toBe(true);
    expect(PerformerFields.shape.heightCm.safeParse(1.68).error?.issues[0]?.message).toBe('Height must be at least 50 cm');
    expect(PerformerFields.shape.heightCm.safeParse(300).error?.issues[0]?.message).toBe('Height must be at most 250 cm');
  });

  it('accepts real dates and 24-hour call times only', () => {
    expect(SceneFields.shape.shootDate.safeParse('2028-02-29').success).toBe(true);
    expect(SceneFields.shape.shootDate.safeParse('2026-02-29').success).toBe(false);
    expect(SceneFields.shape.shootDate.safeParse('14/12/2026').error?.issues[0]?.message).toBe('Dates are written YYYY-MM-DD');
    expect(SceneFields.shape.callTime.safeParse('07:30').success).toBe(true);
    expect(SceneFields.shape.callTime.safeParse('7:30 pm').success).toBe(false);
  });

  it('refuses a content flag listed twice', () => {
    expect(SceneFields.shape.contentFlags.safeParse(['kiss', 'kiss']).success).toBe(false);
  });

  it('counts beats in whole counts from 1', () => {
    expect(BeatFields.shape.counts.safeParse(8).success).toBe(true);
    expect(BeatFields.shape.counts.safeParse(0).success).toBe(false);
    expect(BeatFields.shape.counts.safeParse(2.5).error?.issues[0]?.message).toBe('Counts must be a whole number');
  });

  it('stores rotations as unit quaternions only', () => {
    expect(Pose.safeParse({ v: 1, hips: [0, 0.9, 0], bones: { head: [0, 0, 0, 1] } }).success).toBe(true);
    expect(Pose.safeParse({ v: 1, hips: [0, 0.9, 0], bones: { head: [0, 0, 0, 2] } }).success).toBe(false);
    expect(Pose.safeParse({ v: 1, hips: [0, 0.9, 0], bones: { tail: [0, 0, 0, 1] } }).success).toBe(false);
  });
});

describe('defaults', () => {
  it('are valid records, so a new item can always be saved', () => {
    // Parsed unchanged: nothing in a default is invalid, trimmed away or dropped as an unknown field.
    expect(ProductionFields.parse(defaultProduction())).toEqual(defaultProduction());
    expect(PerformerFields.parse(defaultPerformer(7))).toEqual(defaultPerformer(7));
    expect(CrewFields.parse(defaultCrew())).toEqual(defaultCrew());
    expect(SceneFields.parse(defaultScene(0))).toEqual(defaultScene(0));
    expect(BeatFields.parse(defaultBeat())).toEqual(defaultBeat());
    expect(Pose.parse(standingPose())).toEqual(standingPose());
    expect(CameraFields.parse(defaultCamera(0)).name).toBe('A cam');
    expect(CameraFields.parse(defaultCamera(1)).name).toBe('B cam');
    for (const t of SET_PIECE_TYPES) expect(SetPieceFields.parse(defaultSetPiece(t)).type).toBe(t);
  });

  it('give performers different label colours', () => {
    expect(new Set([0, 1, 2, 3].map((n) => defaultPerformer(n).color)).size).toBe(4);
  });
});

describe('the sample production', () => {
  const sample = JSON.parse(readFileSync(SAMPLE_PATH, 'utf8')) as { records: unknown[] };

  it('is made only of valid records', () => {
    for (const r of sample.records) expect(AnyRecord.safeParse(r).error?.issues ?? []).toEqual([]);
  });

  it('uses clinical language: no explicit or colloquial sexual words', () => {
    const text = JSON.stringify(sample).toLowerCase();
    for (const word of ['sexy', 'steamy', 'passionate', 'make out', 'grope', 'fondle', 'naked']) expect(text).not.toContain(word);
  });
});

describe('commands', () => {
  it('name themselves for the Edit menu', () => {
    expect(commandLabel(Command.parse({ type: 'beat.move', id: 'b', toIndex: 2 }))).toBe('Reorder beats');
    expect(commandLabel(Command.parse({ type: 'placement.update', id: 'p', patch: {}, label: 'Apply pose Kneeling' }))).toBe('Apply pose Kneeling');
  });
});
