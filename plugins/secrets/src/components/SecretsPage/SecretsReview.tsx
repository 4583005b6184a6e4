import { useCallback, useEffect, useMemo, useState } from 'react';
import { Box } from '@material-ui/core';
import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  DEFAULT_REVIEW_LIMIT,
  type ReviewFilters,
  type ReviewSortKey,
  type SecretsReviewPage,
} from '@stagecraft/plugin-secrets-common';
import { downloadText } from '@stagecraft/catalog-conventions-react';
import useAsync from 'react-use/esm/useAsync';
import { secretsApiRef } from '../../api';
import { secretsFilterOptions } from '../../lib/filterOptions';
import { FiltersBar } from './FiltersBar';
import { ReviewLoadError } from './ReviewerTab';
import { SecretsTable, sortKeyOfColumn } from './SecretsTable';
import { SummaryTiles } from './SummaryTiles';
import { useSecretsFilters } from './useSecretsFilters';

/** How long typing may pause before the backend is asked again. */
const SEARCH_DELAY_MS = 250;

/** `value`, once it has not changed for `delayMs`. */
function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

type Paging = {
  page: number;
  pageSize: number;
  sort?: ReviewSortKey;
  order?: 'asc' | 'desc';
  /** The filters `page` is a page of: other filters start at the first page. */
  of?: ReviewFilters;
};

/**
 * The review of every secret the user may read: the backend filters, sorts,
 * pages and counts; this shows its summary, filters (kept in the URL), export
 * and one page of rows.
 */
export const SecretsReview = () => {
  const secretsApi = useApi(secretsApiRef);
  const { filters, setFilter, clearFilters } = useSecretsFilters();
  const settledFilters = useSettled(filters, SEARCH_DELAY_MS);
  const [paging, setPaging] = useState<Paging>({
    page: 0,
    pageSize: DEFAULT_REVIEW_LIMIT,
  });
  // Other filters, other rows: back to the first page.
  const page = paging.of === settledFilters ? paging.page : 0;

  const query = useMemo(
    () => ({
      ...settledFilters,
      offset: page * paging.pageSize,
      limit: paging.pageSize,
      sort: paging.sort,
      order: paging.sort ? paging.order : undefined,
    }),
    [settledFilters, page, paging.pageSize, paging.sort, paging.order],
  );
  const { value, loading, error } = useAsync(
    () => secretsApi.getReview(query),
    [secretsApi, query],
  );
  // The last page answered stays on screen while the next one loads.
  const [shown, setShown] = useState<SecretsReviewPage>();
  useEffect(() => {
    if (value) setShown(value);
  }, [value]);

  const setStatus = useCallback(
    (status?: string) => setFilter('status', status),
    [setFilter],
  );
  const setStore = useCallback(
    (store?: string) => setFilter('store', store),
    [setFilter],
  );
  const tablePaging = useMemo(
    () => ({
      total: shown?.total ?? 0,
      page,
      pageSize: paging.pageSize,
      onPageChange: (next: number, pageSize: number) =>
        setPaging(p => ({ ...p, page: next, pageSize, of: settledFilters })),
      onSortChange: (column: number, direction: 'asc' | 'desc' | '') =>
        setPaging(p => ({
          ...p,
          page: 0,
          sort: direction ? sortKeyOfColumn(column) : undefined,
          order: direction || undefined,
        })),
    }),
    [shown?.total, page, paging.pageSize, settledFilters],
  );
  const options = useMemo(
    () => (shown ? secretsFilterOptions(shown) : undefined),
    [shown],
  );

  if (error) {
    return (
      <ReviewLoadError
        error={error}
        title="Could not load the secrets review"
      />
    );
  }
  if (!shown || !options) {
    return <Progress />;
  }

  const isFiltered = shown.total !== shown.unfilteredTotal;
  const exportCsv = async (exported: ReviewFilters) => {
    const csv = await secretsApi.getReviewCsv({
      ...exported,
      sort: paging.sort,
      order: paging.sort ? paging.order : undefined,
    });
    downloadText(
      csv,
      `secrets-review-${shown.generatedAt.slice(0, 10)}${
        isFiltered ? '-filtered' : ''
      }.csv`,
      'text/csv;charset=utf-8',
    );
  };

  return (
    <>
      <Box mb={3}>
        <SummaryTiles
          summary={shown.summary}
          storesByRef={options.storesByRef}
          status={filters.status}
          store={filters.store}
          onStatusChange={setStatus}
          onStoreChange={setStore}
        />
      </Box>
      <FiltersBar
        filters={filters}
        options={options}
        exportCount={shown.total}
        onChange={setFilter}
        onClear={clearFilters}
        onExport={() => exportCsv(settledFilters)}
      />
      <SecretsTable
        items={shown.items}
        loading={loading}
        paging={tablePaging}
        title={
          isFiltered
            ? `Secrets (${shown.total} of ${shown.unfilteredTotal})`
            : `Secrets (${shown.unfilteredTotal})`
        }
        subtitle={`Compliance computed ${new Date(
          shown.generatedAt,
        ).toLocaleString()}`}
      />
    </>
  );
};
