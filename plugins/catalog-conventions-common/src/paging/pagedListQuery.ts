import {
  pagedListParams,
  pagingQueryString,
  parsePaging,
  readParameterTexts,
  SEARCH_PARAMETER,
  type PagedListParams,
  type PagingRules,
  type ParsedPaging,
  type ParsedParameter,
} from './pagingQuery';

/**
 * The filters of a server-paged list as read: the search, then the list's own, each its
 * parameter's text unless the list reads it otherwise (`TRead`).
 */
export type PagedListFilters<
  TFilterParams extends Record<string, string>,
  TRead,
> = Omit<
  { search?: string } & { [K in keyof TFilterParams]?: string },
  keyof TRead
> &
  TRead;

/** A server-paged list's query, read and written the one way every such list does. */
export type PagedListQuery<
  TFilterParams extends Record<string, string>,
  TRead,
  TSort extends string,
> = {
  params: PagedListParams<TFilterParams>;
  /** The query string (without `?`); unset fields, empty texts and `false` are left out. */
  queryString(
    query: Partial<Record<keyof PagedListParams<TFilterParams>, unknown>>,
  ): string;
  /** Reads the search and the list's filters from request parameters (`req.query`). */
  parseFilters(
    params: Record<string, unknown>,
  ): ParsedParameter<PagedListFilters<TFilterParams, TRead>>;
  /** Reads the filters, then the paging; the first error names its parameter. */
  parse(
    params: Record<string, unknown>,
  ): ParsedParameter<
    PagedListFilters<TFilterParams, TRead> & ParsedPaging<TSort>
  >;
};

/**
 * The query of a server-paged list with its own `filterParams`, paged by `paging`. A filter
 * is its parameter's text unless `readFilters` reads it from the texts of the parameters.
 */
export function pagedListQuery<
  TFilterParams extends Record<string, string>,
  TRead,
  TSort extends string,
>(options: {
  filterParams: TFilterParams;
  readFilters: (texts: Map<string, string>) => ParsedParameter<TRead>;
  paging: PagingRules<TSort>;
}): PagedListQuery<TFilterParams, TRead, TSort> {
  const params = pagedListParams(options.filterParams);
  const textsOf = (query: Record<string, unknown>) =>
    readParameterTexts(query, Object.values(params));
  const filterParams = { search: SEARCH_PARAMETER, ...options.filterParams };
  const filtersOf = (
    texts: Map<string, string>,
  ): ParsedParameter<PagedListFilters<TFilterParams, TRead>> => {
    const read = options.readFilters(texts);
    if ('error' in read) return read;
    const filters: Record<string, unknown> = {};
    for (const [field, name] of Object.entries(filterParams)) {
      filters[field] = texts.get(name);
    }
    return {
      query: { ...filters, ...read.query } as PagedListFilters<
        TFilterParams,
        TRead
      >,
    };
  };
  return {
    params,
    queryString: query => pagingQueryString(query, params),
    parseFilters(query) {
      const texts = textsOf(query);
      return 'error' in texts ? texts : filtersOf(texts.query);
    },
    parse(query) {
      const texts = textsOf(query);
      if ('error' in texts) return texts;
      const filters = filtersOf(texts.query);
      if ('error' in filters) return filters;
      const paging = parsePaging(texts.query, options.paging);
      if ('error' in paging) return paging;
      return { query: { ...filters.query, ...paging.query } };
    },
  };
}
