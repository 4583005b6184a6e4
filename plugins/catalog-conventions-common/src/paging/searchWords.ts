/** The lower-cased words of a free-text search (`q`), each of which must appear in a matching row. */
export const searchWords = (search?: string): string[] =>
  (search ?? '').toLocaleLowerCase('en-US').split(/\s+/).filter(Boolean);
