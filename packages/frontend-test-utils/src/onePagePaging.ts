/**
 * The server paging of a table whose `total` rows all fit on its first page: asking for
 * another page or sort does nothing, as a backend that has nothing more to send.
 */
export function onePagePaging(total: number) {
  return {
    total,
    page: 0,
    pageSize: 25,
    onPageChange: () => {},
    onSortChange: () => {},
  };
}
