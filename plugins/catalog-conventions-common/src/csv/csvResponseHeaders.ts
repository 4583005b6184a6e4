/**
 * The headers of a CSV download: UTF-8 `text/csv`, saved as `<name>-<YYYY-MM-DD>.csv`,
 * the date being the day of the data (`date` is an ISO date or timestamp).
 */
export function csvResponseHeaders(options: { name: string; date: string }): {
  'Content-Type': string;
  'Content-Disposition': string;
} {
  const filename = `${options.name}-${options.date.slice(0, 10)}.csv`;
  return {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${filename}"`,
  };
}
