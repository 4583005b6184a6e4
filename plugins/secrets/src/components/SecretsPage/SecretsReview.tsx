import { useCallback, useEffect, useMemo, useState } from 'react';
import { Box } from '@material-ui/core';
import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  DEFAULT_REVIEW_LIMIT,
  type ReviewFilters,
} from '@stagecraft/plugin-secrets-common';
import {
  downloadText,
  useLastDefined,
  useServerPaging,
} from '@stagecraft/catalog-conventions-react';
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

/**
 * The review of every secret the user may read: the backend filters, sorts,
 * pages and counts; this shows its summary, filters (kept in the URL), export
 * and one page of rows.
 */
export const SecretsReview = () => {
  const secretsApi = useApi(secretsApiRef);
  const { filters, setFilter, clearFilters } = useSecretsFilters();
  const settledFilters = useSettled(filters, SEARCH_DELAY_MS);
  const { request, pagingOf } = useServerPaging({
    filter: settledFilters,
    pageSize: DEFAULT_REVIEW_LIMIT,
    sortKeyOfColumn,
  });
  const { page, pageSize, sort, order } = request;

  const query = useMemo(
    () => ({
      ...settledFilters,
      offset: page * pageSize,
      limit: pageSize,
      sort,
      order,
    }),
    [settledFilters, page, pageSize, sort, order],
  );
  const { value, loading, error } = useAsync(
    () => secretsApi.getReview(query),
    [secretsApi, query],
  );
  const shown = useLastDefined(value);

  const setStatus = useCallback(
    (status?: string) => setFilter('status', status),
    [setFilter],
  );
  const setStore = useCallback(
    (store?: string) => setFilter('store', store),
    [setFilter],
  );
  const total = shown?.total ?? 0;
  const tablePaging = useMemo(() => pagingOf(total), [pagingOf, total]);
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
      sort,
      order,
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
