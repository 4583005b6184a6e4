/**
 * Fills for group colours: distinct hues that keep dark text readable
 * (light tints) in both light and dark themes. Groups beyond the palette reuse
 * colours; the legend still names each group.
 */
export const GROUP_PALETTE: readonly string[] = [
  '#90caf9',
  '#a5d6a7',
  '#ffcc80',
  '#ce93d8',
  '#80deea',
  '#f48fb1',
  '#e6ee9c',
  '#bcaaa4',
  '#9fa8da',
  '#ffab91',
  '#80cbc4',
  '#fff59d',
];

/** Fill for entities without a system or owner. */
export const UNGROUPED_COLOR = '#e0e0e0';

/** Colour of each group key, in the order given (nearest group first). */
export function assignGroupColors(
  keys: readonly (string | null)[],
): Map<string | null, string> {
  const colors = new Map<string | null, string>();
  let next = 0;
  for (const key of keys) {
    if (key === null) {
      colors.set(key, UNGROUPED_COLOR);
    } else if (!colors.has(key)) {
      colors.set(key, GROUP_PALETTE[next % GROUP_PALETTE.length]);
      next += 1;
    }
  }
  return colors;
}
