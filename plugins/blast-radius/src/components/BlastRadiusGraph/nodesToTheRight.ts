/**
 * How many of the graph's nodes (its `[data-entity-ref]` elements) are not wholly in view to the
 * right of the scrolling `canvas` (a pixel of rounding aside).
 */
export function nodesToTheRight(canvas: HTMLElement | null): number {
  if (!canvas) return 0;
  const viewRight = canvas.getBoundingClientRect().left + canvas.clientWidth;
  return [...canvas.querySelectorAll('[data-entity-ref]')].filter(
    node => node.getBoundingClientRect().right > viewRight + 1,
  ).length;
}
