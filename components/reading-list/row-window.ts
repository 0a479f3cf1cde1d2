/** Rows rendered beyond those in view, so a scroll finds them ready. */
export const OVERSCAN = 6;

/**
 * How many rows the virtualised list renders before it is scrolled: those that start within
 * `height`, and the overscan below them (what @tanstack/virtual-core's range gives at offset 0).
 */
export function firstRowCount(count: number, rowHeight: number, height: number): number {
  return Math.min(count, Math.ceil(height / rowHeight) + OVERSCAN);
}
