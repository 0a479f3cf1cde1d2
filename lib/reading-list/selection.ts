/** The library's selection of stories for bulk actions: a signal store of story ids. */
import { computed, signal } from '@preact/signals';

export type Selection = ReturnType<typeof createSelection>;

export function createSelection() {
  const ids = signal<ReadonlySet<number>>(new Set());
  return {
    ids,
    size: computed(() => ids.value.size),
    set(id: number, selected: boolean) {
      const next = new Set(ids.value);
      if (selected) next.add(id);
      else next.delete(id);
      ids.value = next;
    },
    replace(selected: Iterable<number>) {
      ids.value = new Set(selected);
    },
    clear() {
      ids.value = new Set();
    },
    /** Forgets ids no longer present (deleted elsewhere). */
    keepOnly(present: ReadonlySet<number>) {
      if ([...ids.value].some((id) => !present.has(id))) {
        ids.value = new Set([...ids.value].filter((id) => present.has(id)));
      }
    },
  };
}
