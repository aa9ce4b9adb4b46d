import type { BarrierFields, BarrierType } from '../../../shared/domain/wardrobe';
import { BARRIER_CATALOGUE } from '../../../shared/domain/wardrobe';
import { createdIds, runCommand } from '../store/actions';
import { useDocumentStore } from '../store/documentStore';
import type { ApplyResult } from '../../../shared/ipc/contract';
import { selectBarrier } from './stageStore';

type BarrierPatch = Partial<Omit<BarrierFields, 'type'>>;

/** A new barrier of its real size at the stage centre, selected so the gizmo and the panel act on it. */
export async function addBarrier(beatId: string, type: BarrierType): Promise<string | null> {
  const before = useDocumentStore.getState().barriers;
  const result = await runCommand({ type: 'barrier.add', beatId, barrierType: type, fields: { position: [0, BARRIER_CATALOGUE[type].size[1] / 2, 0] } });
  const id = createdIds(result, 'barrier', before)[0] ?? null;
  if (id) selectBarrier(id);
  return id;
}

export function updateBarrier(id: string, patch: BarrierPatch): Promise<ApplyResult | null> {
  return runCommand({ type: 'barrier.update', id, patch });
}

// Edits of one barrier in turn, each built from the record as it is when its turn comes (held-down arrows add up).
let chain: Promise<unknown> = Promise.resolve();
export function editBarrier(id: string, patch: (latest: BarrierFields) => BarrierPatch): Promise<unknown> {
  const work = async () => {
    const latest = useDocumentStore.getState().barriers[id];
    return latest ? updateBarrier(id, patch(latest)) : null;
  };
  const run = chain.then(work, work);
  chain = run.catch(() => undefined);
  return run;
}
