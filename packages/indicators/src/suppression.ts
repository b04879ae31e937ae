/**
 * @module
 * Suppression of small gender cells. Groups are small (a board has five members), so a
 * published cell must never let a reader work out a hidden one by subtraction.
 */
import type { Gender } from '@indikera/instrument';

/** A gender cell is published only when at least this many answered (003:1733: "fler än fem"). */
export const DEFAULT_SUPPRESSION_THRESHOLD = 6;

/**
 * Decides which gender cells are hidden. Step 1: a cell with n below the threshold is
 * hidden. Step 2 (complementary): if the hidden cells together hold 1 to threshold − 1
 * answers, the total minus the published cells would reveal them, so the smallest
 * published cell is hidden as well (the first in kvinna, man, annat order on a tie).
 *
 * @param cells the n of each gender cell, in kvinna, man, annat order
 * @returns the genders to suppress
 * @example suppressedGenders({ kvinna: 14, man: 11, annat: 1 }) // Set { 'annat', 'man' }
 */
export function suppressedGenders(
  cells: Readonly<Record<Gender, number>>,
  threshold = DEFAULT_SUPPRESSION_THRESHOLD,
): Set<Gender> {
  const order: Gender[] = ['kvinna', 'man', 'annat'];
  const hidden = new Set(order.filter((g) => cells[g] < threshold));
  const hiddenTotal = [...hidden].reduce((total, g) => total + cells[g], 0);
  if (hiddenTotal >= 1 && hiddenTotal < threshold) {
    const published = order.filter((g) => !hidden.has(g));
    let smallest: Gender | undefined;
    for (const g of published) {
      if (smallest === undefined || cells[g] < cells[smallest]) smallest = g;
    }
    if (smallest !== undefined) hidden.add(smallest);
  }
  return hidden;
}
