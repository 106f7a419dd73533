// Moving one module or lesson a place up or down: the new order of the siblings, renumbered from 1
// by the service, so duplicate or gapped positions typed by hand are straightened out on the way.

export type Direction = 'up' | 'down';

/** The ids in their new order, or null when the item is missing or already at that end. */
export function moveInOrder(ids: readonly string[], id: string, direction: Direction): string[] | null {
  const from = ids.indexOf(id);
  if (from < 0) return null;
  const to = direction === 'up' ? from - 1 : from + 1;
  if (to < 0 || to >= ids.length) return null;
  const next = [...ids];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/** Positions 1…n for the order; only the rows whose position changes need a write. */
export function renumber(
  order: readonly string[],
  current: ReadonlyMap<string, number>,
): { id: string; position: number }[] {
  return order.map((id, i) => ({ id, position: i + 1 })).filter((r) => current.get(r.id) !== r.position);
}
