import type { Beat } from '../../../shared/domain/beat';
import type { Scene } from '../../../shared/domain/scene';
import type { Tx } from './tx';

/** Writes dense 0..n-1 orders for a list in its new sequence, touching only records whose order changed. */
export function renumber<T extends Beat | Scene>(tx: Tx, items: readonly T[]): void {
  items.forEach((item, index) => {
    if (item.order !== index) tx.update<T['kind']>(item as never, { order: index } as never);
  });
}

/** The list with `item` moved to `toIndex` (clamped to the list). */
export function moved<T extends { id: string }>(items: readonly T[], id: string, toIndex: number): T[] {
  const from = items.findIndex((i) => i.id === id);
  if (from < 0) return [...items];
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(Math.min(toIndex, next.length), 0, item!);
  return next;
}
