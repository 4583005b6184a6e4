import { useCallback, useDeferredValue, useMemo } from 'react';
import { Box } from '@material-ui/core';
import {
  secretsToCsv,
  SecretsReviewResponse,
  summarizeSecrets,
} from '@stagecraft/plugin-secrets-common';
import { filterSecrets, toSearchable } from '../../lib/filterSecrets';
import { secretsFilterOptions } from '../../lib/filterOptions';
import { downloadText } from '@stagecraft/catalog-conventions-react';
import { FiltersBar } from './FiltersBar';
import { SecretsTable } from './SecretsTable';
import { SummaryTiles } from './SummaryTiles';
import { useSecretsFilters } from './useSecretsFilters';

/** Summary, filters, export and table over one review response. */
export const SecretsReview = ({
  review,
}: {
  review: SecretsReviewResponse;
}) => {
  const { filters, setFilter, clearFilters } = useSecretsFilters();
  const searchable = useMemo(() => toSearchable(review.items), [review.items]);
  const options = useMemo(
    () => secretsFilterOptions(review.items),
    [review.items],
  );

  // Typing stays responsive while thousands of rows are filtered behind it.
  const deferredFilters = useDeferredValue(filters);
  const filtered = useMemo(
    () => filterSecrets(searchable, deferredFilters),
    [searchable, deferredFilters],
  );
  const summary = useMemo(() => summarizeSecrets(filtered), [filtered]);

  const setStatus = useCallback(
    (status?: string) => setFilter('status', status),
    [setFilter],
  );
  const setStore = useCallback(
    (store?: string) => setFilter('store', store),
    [setFilter],
  );

  const isFiltered = filtered.length !== review.items.length;
  const exportCsv = () => {
    const date = review.generatedAt.slice(0, 10);
    downloadText(
      secretsToCsv(filtered),
      `secrets-review-${date}${isFiltered ? '-filtered' : ''}.csv`,
      'text/csv;charset=utf-8',
    );
  };

  return (
    <>
      <Box mb={3}>
        <SummaryTiles
          summary={summary}
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
        exportCount={filtered.length}
        onChange={setFilter}
        onClear={clearFilters}
        onExport={exportCsv}
      />
      <SecretsTable
        items={filtered}
        title={
          isFiltered
            ? `Secrets (${filtered.length} of ${review.items.length})`
            : `Secrets (${review.items.length})`
        }
        subtitle={`Compliance computed ${new Date(
          review.generatedAt,
        ).toLocaleString()}`}
      />
    </>
  );
};
