import { describe, expect, it } from 'vitest';
import { boneWorldPositions, eulerDegToQuaternion, isWithinLimits, jointEulerDeg, roundVec, setJointEuler, withBoneQuat } from '../../shared/blocking';
import type { BoneName } from '../../shared/domain/bones';
import type { Pose } from '../../shared/domain/blocking';
import { standingPose } from '../../shared/domain/defaults';
import type { ApplyResult } from '../../shared/ipc/contract';
import type { Envelope } from '../../shared/ipc/errors';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { ProductionDocument } from '../../electron/main/services/productionDocument';
import { newDocument } from '../support/doc';
import { newSession } from '../support/session';
import { sha256, useTempDir } from '../support/tempDir';

const tempDir = useTempDir();

const NUDITY_REFUSAL =
  'Jo Park is marked as a minor and is in the cast of scene 10, which is flagged for nudity: nudity can never be planned for a minor. Remove the flag or take Jo Park out of the scene. Nothing was changed.';

/**
 * A production with an adult (Alex) in scene 10, flagged for nudity, two beats long, and a minor (Jo) in
 * scene 11, flagged for a kiss; then opened in a Session and driven through the IPC contract, as a window does.
 */
function production() {
  const dir = tempDir();
  const { path, doc, apply, created } = newDocument(dir);
  const jo = created(apply({ type: 'performer.create', fields: { name: 'Jo Park', isMinor: true } }), 'performer');
  const alex = created(apply({ type: 'performer.create', fields: { name: 'Alex Doe' } }), 'performer');
  const adults = created(apply({ type: 'scene.create', fields: { number: '10', performerIds: [alex.id], contentFlags: ['nudity'] } }), 'scene');
  apply({ type: 'beat.create', sceneId: adults.id });
  apply({ type: 'beat.create', sceneId: adults.id });
  const kiss = created(apply({ type: 'scene.create', fields: { number: '11', performerIds: [jo.id], contentFlags: ['kiss'] } }), 'scene');
  apply({ type: 'beat.create', sceneId: kiss.id });
  doc.close();

  const { session, handlers } = newSession(dir);
  const open = () => session.open(path);
  open();
  const call = async <T,>(channel: string, args: unknown = {}) => (await dispatch(handlers, channel, args, () => {})) as Envelope<T>;
  const command = async (c: unknown) => {
    const r = await call<ApplyResult>('command:apply', { command: c });
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value;
  };
  const refused = async (c: unknown) => {
    const r = await call<ApplyResult>('command:apply', { command: c });
    expect(r.ok).toBe(false);
    return (r as Extract<typeof r, { ok: false }>).error;
  };
  const snapshot = () => session.load()!.snapshot;
  return { path, session, open, call, command, refused, snapshot, jo, alex, adults, kiss };
}

const withinLimits = (pose: Pose) => Object.entries(pose.bones).every(([bone, q]) => isWithinLimits(bone as BoneName, q));

describe('rules enforced where the data is written', () => {
  it('refuses a command with a blocking finding as a whole: the file is byte for byte what it was', async () => {
    const p = production();
    p.session.close();
    const before = sha256(p.path);
    p.open();
    const history = p.session.load()!.history;

    // Adding the minor would also have given them a mannequin in both beats: none of it is written.
    const error = await p.refused({ type: 'scene.update', id: p.adults.id, patch: { performerIds: [p.alex.id, p.jo.id] } });
    expect(error).toEqual({ code: 'refused', message: NUDITY_REFUSAL });
    // Marking the adult as a minor, and creating a scene that breaks the rule, are refused the same way.
    expect((await p.refused({ type: 'performer.update', id: p.alex.id, patch: { isMinor: true } })).message).toBe(
      'Alex Doe is marked as a minor and is in the cast of scene 10, which is flagged for nudity: nudity can never be planned for a minor. Remove the flag or take Alex Doe out of the scene. Nothing was changed.',
    );
    expect((await p.refused({ type: 'scene.create', fields: { number: '12', performerIds: [p.jo.id], contentFlags: ['nudity', 'simulatedSex'] } })).message).toBe(
      'Jo Park is marked as a minor and is in the cast of scene 12, which is flagged for nudity: nudity can never be planned for a minor. Remove the flag or take Jo Park out of the scene. ' +
        'Jo Park is marked as a minor and is in the cast of scene 12, which is flagged for simulated sex: simulated sex can never be planned for a minor. Remove the flag or take Jo Park out of the scene. ' +
        'Nothing was changed.',
    );
    expect(p.session.load()!.history).toEqual(history);
    p.session.close();
    expect(sha256(p.path)).toBe(before);

    // Read again from the file: the cast, the performer and the scene list are as they were.
    const reread = ProductionDocument.open(p.path);
    const snap = reread.snapshot();
    expect(snap.scenes.map((s) => [s.number, s.performerIds])).toEqual([
      ['10', [p.alex.id]],
      ['11', [p.jo.id]],
    ]);
    expect(snap.placements.filter((pl) => pl.performerId === p.jo.id)).toHaveLength(1); // scene 11's one beat
    expect(snap.performers.find((x) => x.id === p.alex.id)!.isMinor).toBe(false);
    reread.close();
  });

  it('saves a change with a warning and sends the warning back with it, until the guardian note is written', async () => {
    const p = production();
    const warning = {
      code: 'minor.intimate-content',
      severity: 'warning',
      sceneId: p.kiss.id,
      beatId: null,
      subject: { kind: 'performer', id: p.jo.id },
      message: "Jo Park is marked as a minor and is in the cast of scene 11, which is flagged for a kiss and sensual dance: write in the scene's guardian / chaperone note who accompanies Jo Park on set.",
    };
    const flagged = await p.command({ type: 'scene.update', id: p.kiss.id, patch: { contentFlags: ['kiss', 'dance'] } });
    expect(flagged.findings).toEqual([warning]);
    expect(p.snapshot().scenes.find((s) => s.id === p.kiss.id)!.contentFlags).toEqual(['kiss', 'dance']);

    // Any edit in the scene (here a beat's notes) reports the scene's findings; an edit elsewhere does not.
    const beat = p.snapshot().beats.find((b) => b.sceneId === p.kiss.id)!;
    expect((await p.command({ type: 'beat.update', id: beat.id, patch: { notes: 'Check-in after.' } })).findings).toEqual([warning]);
    expect((await p.command({ type: 'production.update', patch: { title: 'Renamed' } })).findings).toEqual([]);
    const adultBeat = p.snapshot().beats.find((b) => b.sceneId === p.adults.id)!;
    // The adults' nudity scene has findings of its own (riders not signed), none about minors.
    const elsewhere = (await p.command({ type: 'beat.update', id: adultBeat.id, patch: { notes: 'x' } })).findings;
    expect(elsewhere.filter((f) => f.code.startsWith('minor.') || f.sceneId === p.kiss.id)).toEqual([]);

    const noted = await p.command({ type: 'scene.update', id: p.kiss.id, patch: { guardianNote: 'Her mother is on set; the studio teacher watches from video village.' } });
    expect(noted.findings).toEqual([]);
    // Undoing the note brings the warning back with the undo's result.
    const undone = await p.call<ApplyResult>('history:undo');
    expect(undone.ok && undone.value.findings).toEqual([warning]);
    p.session.close();
  });

  it('stores a forged pose with an elbow bent backwards clamped to the anatomical range, and the 3D view’s poses as sent', async () => {
    const p = production();
    const placement = p.snapshot().placements.find((pl) => pl.performerId === p.alex.id)!;
    const forged = withBoneQuat(setJointEuler(standingPose(), 'leftUpperArm', [-40, 0, 15]), 'leftLowerArm', eulerDegToQuaternion([70, 0, 0]));
    expect(isWithinLimits('leftLowerArm', forged.bones.leftLowerArm!)).toBe(false);

    const result = await p.command({ type: 'placement.update', id: placement.id, patch: { pose: forged } });
    const sent = result.changes.records.find((r) => r.id === placement.id) as typeof placement;
    expect(withinLimits(sent.pose)).toBe(true);
    expect(Math.abs(jointEulerDeg(sent.pose, 'leftLowerArm')[0])).toBeLessThan(0.1); // straight, no further
    expect(sent.pose.bones.leftUpperArm).toEqual(forged.bones.leftUpperArm); // the rest as sent

    // What the 3D view sends is within limits and settled already: stored exactly as sent.
    const pose = setJointEuler(setJointEuler(standingPose(), 'leftLowerArm', [-70, 0, 0]), 'leftUpperArm', [-40, 0, 15]);
    await p.command({ type: 'placement.update', id: placement.id, patch: { pose } });
    const hand = roundVec(boneWorldPositions({ ...placement, pose }, 170).leftHand);
    await p.command({ type: 'placement.update', id: placement.id, patch: { pins: [{ bone: 'leftHand', target: hand }] } });
    p.session.close();

    const reread = ProductionDocument.open(p.path);
    const stored = reread.snapshot().placements.find((pl) => pl.id === placement.id)!;
    expect(stored.pose).toEqual(pose);
    expect(stored.pins).toEqual([{ bone: 'leftHand', target: hand }]);
    reread.close();
  });

  it('keeps a pinned hand on its pin when a command moves the body without solving the arm', async () => {
    const p = production();
    const placement = p.snapshot().placements.find((pl) => pl.performerId === p.alex.id)!;
    const pose = setJointEuler(setJointEuler(standingPose(), 'leftUpperArm', [-40, 0, 15]), 'leftLowerArm', [-60, 0, 0]);
    const target = roundVec(boneWorldPositions({ ...placement, pose }, 170).leftHand);
    await p.command({ type: 'placement.update', id: placement.id, patch: { pose, pins: [{ bone: 'leftHand', target }] } });
    // Moved 10 cm aside and raised 5 cm onto a platform, as the Elevation field does, without re-solving the arm.
    const position = [placement.position[0] - 0.1, 0.05, placement.position[2]] as const;
    const moved = await p.command({ type: 'placement.update', id: placement.id, patch: { position: [...position] } });
    const stored = moved.changes.records.find((r) => r.id === placement.id) as typeof placement;
    expect(stored.position).toEqual([...position]);
    const hand = boneWorldPositions(stored, 170).leftHand;
    expect(Math.hypot(...hand.map((v, i) => v - target[i]!))).toBeLessThan(0.01);
    p.session.close();
  });

  it('never refuses an undo: it goes back and reports the blocking finding instead', async () => {
    // A file from before the rule existed: a minor already in a scene flagged for nudity.
    const dir = tempDir();
    const { doc, apply, created } = newDocument(dir);
    const jo = created(apply({ type: 'performer.create', fields: { name: 'Jo Park', isMinor: true } }), 'performer');
    const scene = created(apply({ type: 'scene.create', fields: { number: '10', performerIds: [jo.id] } }), 'scene');
    doc.db.transaction(() => doc.engine.repo.put({ ...doc.engine.repo.get('scene', scene.id)!, contentFlags: ['nudity'] }))();

    // Taking the flag off is allowed (it clears the block); undoing that puts the file back as it was.
    expect(apply({ type: 'scene.update', id: scene.id, patch: { contentFlags: [] } }).findings).toEqual([]);
    const undone = doc.engine.undo()!;
    // (The scene also lacks a signed rider now, a finding of the consent rules.)
    expect(undone.findings.filter((f) => f.code.startsWith('minor.')).map((f) => [f.code, f.severity, f.subject?.id])).toEqual([['minor.nudity', 'block', jo.id]]);
    expect(doc.snapshot().scenes[0]!.contentFlags).toEqual(['nudity']);
    // Redo takes the flag off again, with nothing to report.
    expect(doc.engine.redo()!.findings).toEqual([]);
    expect(doc.snapshot().scenes[0]!.contentFlags).toEqual([]);
    doc.close();
  });
});
