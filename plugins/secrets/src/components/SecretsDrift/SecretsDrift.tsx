import { useCallback, useDeferredValue, useMemo } from 'react';
import { Box, Card, Typography } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { useApi } from '@backstage/core-plugin-api';
import { Progress } from '@backstage/core-components';
import { downloadText } from '@stagecraft/catalog-conventions-react';
import {
  driftToCsv,
  DriftKind,
  SecretsDriftResponse,
} from '@stagecraft/plugin-secrets-common';
import useAsync from 'react-use/esm/useAsync';
import { secretsApiRef } from '../../api';
import {
  countByKind,
  filterDriftRows,
  storesOfRows,
  toDriftRows,
} from '../../lib/driftFindings';
import { DriftFiltersBar } from './DriftFiltersBar';
import { DriftKindCounts } from './DriftKindCounts';
import { DriftTable } from './DriftTable';
import { DriftTrendChart } from './DriftTrendChart';
import { StoreStatusList } from './StoreStatusList';
import { useDriftFilters } from './useDriftFilters';

export const TREND_DAYS = 30;

const SimulatedNotice = ({
  simulated,
  total,
}: {
  simulated: number;
  total: number;
}) =>
  simulated === 0 ? null : (
    <Alert severity="info" role="note" aria-label="Simulated data">
      <strong>Simulated.</strong>{' '}
      {simulated === total
        ? 'Every store is'
        : `${simulated} of ${total} stores are`}{' '}
      read from a simulated stand-in, not the real store: no AWS or Vault access
      is configured for {simulated === 1 ? 'it' : 'them'}. Their findings show
      what drift looks like, not what is in the store.
    </Alert>
  );

const Trend = () => {
  const secretsApi = useApi(secretsApiRef);
  const { value, loading, error } = useAsync(
    () => secretsApi.getDriftTrend(TREND_DAYS),
    [secretsApi],
  );
  return (
    <Card>
      <Box p={2}>
        <Typography variant="subtitle2" component="h2" gutterBottom>
          Findings by kind, last {TREND_DAYS} days
        </Typography>
        {loading && <Progress />}
        {error && (
          <Typography variant="body2" color="textSecondary">
            The trend could not be loaded: {error.message}
          </Typography>
        )}
        {value && <DriftTrendChart days={value.days} />}
      </Box>
    </Card>
  );
};

/** The drift findings of every store the user may read, with filters, counts and the trend. */
export const SecretsDrift = ({ drift }: { drift: SecretsDriftResponse }) => {
  const { filters, setFilter, clearFilters } = useDriftFilters();
  const rows = useMemo(() => toDriftRows(drift.stores), [drift]);
  const deferredFilters = useDeferredValue(filters);
  const filtered = useMemo(
    () => filterDriftRows(rows, deferredFilters),
    [rows, deferredFilters],
  );
  const counts = useMemo(
    () => countByKind(filterDriftRows(rows, deferredFilters, 'kind')),
    [rows, deferredFilters],
  );
  const setKind = useCallback(
    (kind?: DriftKind) => setFilter('kind', kind),
    [setFilter],
  );
  const isFiltered = filtered.length !== rows.length;
  const exportCsv = () => {
    const stores = isFiltered
      ? storesOfRows(drift.stores, filtered)
      : drift.stores;
    const date = new Date().toISOString().slice(0, 10);
    downloadText(
      driftToCsv(stores),
      `secrets-drift-${date}${isFiltered ? '-filtered' : ''}.csv`,
      'text/csv;charset=utf-8',
    );
  };
  const simulated = drift.stores.filter(s => s.simulated).length;

  if (drift.stores.length === 0) {
    return (
      <Typography>
        No secret store you may read has been reconciled with its store yet.
      </Typography>
    );
  }
  return (
    <Box display="flex" flexDirection="column" gridGap={16}>
      <SimulatedNotice simulated={simulated} total={drift.stores.length} />
      <DriftKindCounts
        counts={counts}
        kind={filters.kind}
        onKindChange={setKind}
      />
      <StoreStatusList stores={drift.stores} />
      <Trend />
      <div>
        <DriftFiltersBar
          filters={filters}
          stores={drift.stores}
          exportCount={filtered.length}
          onChange={setFilter}
          onClear={clearFilters}
          onExport={exportCsv}
        />
        <DriftTable
          rows={filtered}
          title={
            isFiltered
              ? `Drift findings (${filtered.length} of ${rows.length})`
              : `Drift findings (${rows.length})`
          }
          subtitle="Differences between the catalog and the secret stores, each with its evidence and fix"
        />
      </div>
    </Box>
  );
};
