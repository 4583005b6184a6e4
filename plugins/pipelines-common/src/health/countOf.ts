/** "1 period", "5 periods": a count with its noun in the matching number. */
export function countOf(
  count: number | string,
  singular: string,
  plural = `${singular}s`,
): string {
  return `${count} ${Number(count) === 1 ? singular : plural}`;
}
