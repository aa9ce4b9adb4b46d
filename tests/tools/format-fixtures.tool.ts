// Regenerates the migration fixtures tests/fixtures/format-N.closedset (N = 4, 5, 6, 8, 9, 10, 11): each one
// a real production file written by the app as it was when format N was the latest on `main`.
//   npx vitest run --config vitest.tools.config.ts tests/tools/format-fixtures.tool.ts
//   FORMATS=5,6 npx vitest run --config vitest.tools.config.ts tests/tools/format-fixtures.tool.ts   (only some)
// For each format: a detached git worktree at the commit below (in the OS temp folder, removed afterwards), this
// checkout's node_modules hard-linked into it, and the writer script below run there as a throwaway integration
// test with that commit's own vitest config and code. The writer creates the built-in sample production of that
// commit (createSampleProduction), adds what is typical of the format through that commit's command engine or
// services, then makes the two edits every fixture ends its undo history with: the production title becomes
// "Format N fixture", then the first beat's description is rewritten (formats 5 and 6: scene 42's title; format 4:
// a placement moved), so that the fields later migrations add to scenes, performers and placements are upgraded in
// a real history. Ids of the sample are fixed; ids the commands make and all timestamps are new on each run, so
// tests/integration/migrations.test.ts reads names, counts and labels, not those. The writer file is never
// committed: it exists only inside the temporary worktree.
//
// Format 4 was never the latest on main: 0004 and 0005 landed in one commit (2e321ea). A format-4 file exists only
// when an upgrade from format 3 stopped after migration 4 (each migration is its own transaction), so its fixture
// is exactly that: the sample written by the format-3 app (3334f6c) with its two edits, then migrations 1..4 of
// 2e321ea applied to it (the same code and SQL that are on main today).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const FIXTURES = join(root, 'tests/fixtures');
const WRITER = 'tests/integration/zz-write-format-fixture.test.ts';

const BEAT_EDIT = (format: number) => `apply({ type: 'beat.update', id: 'sample-beat-1', patch: { description: 'Format ${format}: first beat, edited before the upgrade' } });`;
/** An edit of a scene and one of a performer: migrations 7 and 8 add fields to those records in the undo history. */
const SCENE_EDIT = `apply({ type: 'scene.update', id: 'sample-scene-42', patch: { title: 'Ruth and Tom reconcile (revised)' } });`;
const PERFORMER_EDIT = `  apply({ type: 'performer.update', id: 'sample-performer-daniel', patch: { character: 'Tom Ames' } });`;

/** The common writer: the sample, then `extras` (format-specific, through that app's own code), then the two edits. */
function writer(format: number, { imports = '', extras = '', secondEdit = BEAT_EDIT(format) }: { imports?: string; extras?: string; secondEdit?: string } = {}): string {
  return `import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { it } from 'vitest';
import { createSampleProduction } from '../../electron/main/services/sample';
${imports}
it('writes the format-${format} fixture', async () => {
  const out = process.env.FIXTURE_OUT!;
  rmSync(out, { force: true });
  const doc = createSampleProduction(join(import.meta.dirname, '../../resources/sample-production.json'), out);
  const apply = (command: unknown) => doc.engine.apply(command);
${extras}
  apply({ type: 'production.update', patch: { title: 'Format ${format} fixture' } });
  ${secondEdit}
  doc.close();
});
`;
}

interface FixtureRecipe {
  /** The commit on main where this format was the latest (MIGRATIONS.length === format). */
  readonly commit: string;
  readonly script: string;
  /** Format 4 only: the commit whose migrations 1..4 are then applied to the file the script wrote. */
  readonly stopAfterMigration?: { readonly commit: string; readonly version: number };
}

const RECIPES: Record<number, FixtureRecipe> = {
  4: {
    commit: '3334f6ce4b0bae3955d45dc1f042e4182d786f50',
    // Migration 5 adds costumeOff to placements, 7 the safety plan to scenes, 8 doublesFor to performers, in the
    // undo history too: the format-4 history holds an edit of each (the placement move is the last edit).
    script: writer(4, {
      extras: `  ${SCENE_EDIT}
${PERFORMER_EDIT}`,
      secondEdit: `apply({ type: 'placement.update', id: 'sample-placement-1-maya', patch: { position: [0.45, 0.194, 0.22] } });`,
    }),
    stopAfterMigration: { commit: '2e321eaa570520a76b34a8199eb534f96cca3b45', version: 4 },
  },
  // Contacts, a garment, a fitting and a barrier (the format-5 sample had none yet), through its commands; the
  // last edit is of a scene, which migration 7 upgrades in the undo history.
  5: {
    commit: '2e321eaa570520a76b34a8199eb534f96cca3b45',
    script: writer(5, {
      extras: `  const maya = 'sample-performer-maya';
  const daniel = 'sample-performer-daniel';
  apply({ type: 'contact.add', beatId: 'sample-beat-2', fields: { initiator: { performerId: maya, region: 'rightHand', offset: [0, -0.0825, 0.04] }, receiver: { kind: 'performer', performerId: daniel, region: 'leftHand', offset: [0, -0.0825, 0.04] }, type: 'handRest', pressure: 'light', fromCount: 3, toCount: 8, notes: 'Palm on the back of the hand only.' } });
  apply({ type: 'contact.add', beatId: 'sample-beat-3', fields: { initiator: { performerId: maya, region: 'lips', offset: [0, -0.0427, 0.1014] }, receiver: { kind: 'performer', performerId: daniel, region: 'lips', offset: [0, -0.0427, 0.1014] }, type: 'kiss', kiss: { mouth: 'closed', noTongue: true, headTilt: 'right' }, pressure: 'light', fromCount: 1, toCount: 3 } });
  apply({ type: 'contact.add', beatId: 'sample-beat-4', fields: { initiator: { performerId: daniel, region: 'rightHand', offset: [0, -0.0825, 0.04] }, receiver: { kind: 'performer', performerId: maya, region: 'leftShoulderBlade', offset: [0.0952, 0.084, -0.087] }, type: 'embrace', pressure: 'medium', fromCount: 1, toCount: 8 } });
  apply({ type: 'garment.add', beatId: 'sample-beat-5', performerId: maya, garmentType: 'nippleCovers' });
  apply({ type: 'garmentFitting.set', performerId: maya, garmentType: 'nippleCovers', status: 'approved', notes: 'Silicone, skin tone matched at the fitting.' });
  apply({ type: 'barrier.add', beatId: 'sample-beat-5', barrierType: 'foamPad' });`,
      secondEdit: SCENE_EDIT,
    }),
  },
  // The format-6 sample has boundary maps (236 entries) and a rider; one more boundary through boundary.set, and
  // an edit of a performer and (last) of a scene, which migrations 7 and 8 upgrade in the undo history.
  6: {
    commit: '34430ac5fd26fa322766357bfff58da5bbe7cb7a',
    script: writer(6, {
      extras: `  apply({ type: 'boundary.set', performerId: 'sample-performer-daniel', sceneId: null, entries: [{ region: 'leftKnee', channel: 'receive', value: 'discuss', note: 'Old injury: ask first.' }], occasion: 'rehearsalCheckIn', recordedBy: 'Sam Whitfield' });
${PERFORMER_EDIT}`,
      secondEdit: SCENE_EDIT,
    }),
  },
  // A body double of Maya, standing in for her in the first beat.
  8: {
    commit: '868006c2a7971ae848fc36130220bb5f078f324e',
    script: writer(8, {
      extras: `  const ana = apply({ type: 'performer.create', fields: { name: 'Ana Lima', doublesFor: 'sample-performer-maya' } }).changes.records[0]!;
  apply({ type: 'doubling.add', beatId: 'sample-beat-1', performerId: 'sample-performer-maya', doubleId: ana.id, cameraId: null, note: 'Wide shot only.' });`,
    }),
  },
  // The coordinator's certificate recorded in the production (append-only, outside the undo history).
  9: {
    commit: '87a8b19d4da5d8bce19646bf9e5f90df5d7f88c0',
    script: writer(9, {
      imports: `import { recordSigningCertificate } from '../../electron/main/signing/certificateRecord';
import { generateIdentity } from '../../electron/main/signing/identity';`,
      extras: `  const identity = await generateIdentity('Sam Whitfield');
  recordSigningCertificate(doc, identity.certificateDer);`,
    }),
  },
  // A director's comment on the scene and the coordinator's reply (undoable commands).
  10: {
    commit: '63d819e44803727762a031b6f38c3b8a97679882',
    script: writer(10, {
      extras: `  const note = apply({ type: 'comment.add', sceneId: 'sample-scene-42', beatId: 'sample-beat-3', target: { kind: 'beat' }, parentId: null, authorName: 'Director', body: 'Can the kiss hold for four counts?' }).changes.records[0]!;
  apply({ type: 'comment.add', sceneId: 'sample-scene-42', beatId: 'sample-beat-3', target: { kind: 'beat' }, parentId: note.id, authorName: 'Sam Whitfield', body: 'Three counts, as agreed with both performers.' });`,
    }),
  },
  // Version 1 of scene 42 issued and signed by Maya (append-only, outside the undo history); the beat edit
  // afterwards leaves the draft changed since v1.
  11: {
    commit: '1581905fb468da3f08b840e50afcc3a12e639f29',
    script: writer(11, {
      imports: `import { issueVersion, recordSignoff } from '../../electron/main/services/versions';
import { SIGNOFF_STATEMENTS } from '../../shared/domain/versions';`,
      extras: `  const v1 = issueVersion(doc, { sceneId: 'sample-scene-42', note: 'For the table read', issuedBy: 'Sam Whitfield' }).changes.records[0] as { id: string; hash: string };
  recordSignoff(doc, { versionId: v1.id, versionHash: v1.hash, role: 'performer', performerId: 'sample-performer-maya', crewId: null, typedName: 'Maya Okafor', signatureMethod: 'drawn', signature: { width: 600, height: 200, strokes: [[[10, 150], [60, 40], [120, 160], [200, 60]]] }, statement: SIGNOFF_STATEMENTS.performer });`,
    }),
  },
};

function sh(cwd: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  execFileSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
}

/** Runs `body` in a detached worktree of `commit` with this checkout's node_modules, then removes the worktree. */
function inWorktree(commit: string, body: (dir: string) => void): void {
  const dir = join(mkdtempSync(join(tmpdir(), 'closedset-fx-')), 'wt');
  sh(root, 'git', ['worktree', 'add', '--detach', dir, commit]);
  try {
    sh(root, 'cp', ['-al', join(root, 'node_modules'), join(dir, 'node_modules')]);
    body(dir);
  } finally {
    sh(root, 'git', ['worktree', 'remove', '--force', dir]);
    rmSync(dirname(dir), { recursive: true, force: true });
  }
}

function runWriter(dir: string, script: string, out: string): void {
  writeFileSync(join(dir, WRITER), script);
  sh(dir, 'npx', ['vitest', 'run', '--project', 'integration', WRITER], { FIXTURE_OUT: out });
}

const only = process.env.FORMATS?.split(',').map(Number);
for (const [format, recipe] of Object.entries(RECIPES).map(([n, r]) => [Number(n), r] as const)) {
  if (only && !only.includes(format)) continue;
  it(`writes tests/fixtures/format-${format}.closedset`, () => {
    const out = join(mkdtempSync(join(tmpdir(), 'closedset-fx-out-')), `format-${format}.closedset`);
    inWorktree(recipe.commit, (dir) => runWriter(dir, recipe.script, out));
    const stop = recipe.stopAfterMigration;
    if (stop) {
      inWorktree(stop.commit, (dir) =>
        runWriter(
          dir,
          `import Database from 'better-sqlite3';
import { it } from 'vitest';
import { migrate } from '../../electron/main/db/migrate';
import { MIGRATIONS } from '../../electron/main/db/migrations';
it('stops the upgrade after migration ${stop.version}', () => {
  const db = new Database(process.env.FIXTURE_OUT!);
  db.pragma('journal_mode = WAL');
  migrate(db, MIGRATIONS.slice(0, ${stop.version}));
  db.close();
});
`,
          out,
        ),
      );
    }
    if (existsSync(`${out}-wal`)) throw new Error(`${out} was left with a write-ahead log`);
    const db = new Database(out, { readonly: true });
    const version = db.pragma('user_version', { simple: true });
    db.close();
    if (version !== format) throw new Error(`format-${format}.closedset came out as format ${String(version)}`);
    copyFileSync(out, join(FIXTURES, `format-${format}.closedset`));
    console.log(`format-${format}.closedset: ${statSync(out).size} bytes`);
    rmSync(dirname(out), { recursive: true, force: true });
  });
}
