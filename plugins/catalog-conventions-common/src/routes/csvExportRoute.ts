/** The CSV download of a collection route, e.g. `/results` → `/results/export.csv`. */
export function csvExportRoute(collection: string): string {
  return `${collection}/export.csv`;
}
