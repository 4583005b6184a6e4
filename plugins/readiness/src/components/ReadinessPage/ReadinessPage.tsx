import { InfoCard, ResponseErrorPanel } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import {
  DEFAULT_RESULTS_LIMIT,
  resultsQueryString,
} from '@stagecraft/plugin-readiness-common';
import { useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { readinessApiRef } from '../../api';
import { useRunFinished } from '../../hooks/useRunFinished';
import {
  downloadBlob,
  useLastDefined,
  useServerPaging,
} from '@stagecraft/catalog-conventions-react';
import { ReadinessPageFrame, TimeAgoCaption } from '../shared';
import { FiltersBar } from './FiltersBar';
import { ResultsTable, sortKeyOfColumn } from './ResultsTable';
import { SummaryTable } from './SummaryTable';
import { TrendChart } from './TrendChart';
import { useFiltersInUrl } from './useFiltersInUrl';

/** Before the first whole-catalog run has finished there is nothing to count: say so, not 0%. */
function NotEvaluatedYet() {
  return (
    <InfoCard title="Now">
      <Typography variant="h5" component="p">
        Not evaluated yet
      </Typography>
      <Typography variant="body2">
        The first evaluation runs shortly after the backend starts; Evaluate now
        starts it right away.
      </Typography>
    </InfoCard>
  );
}

function Totals(props: {
  entities: number;
  passing: number;
  exempted: number;
  averageScore: number;
  lastRun?: string;
}) {
  const share =
    props.entities > 0 ? Math.round((100 * props.passing) / props.entities) : 0;
  return (
    <InfoCard title="Now">
      <Typography variant="h3" component="p">
        {share}%
      </Typography>
      <Typography variant="body2">
        ready: {props.passing} of {props.entities} entities pass every check
      </Typography>
      {props.exempted > 0 && (
        <Typography variant="body2">
          {props.exempted} with an approved exemption
        </Typography>
      )}
      <Typography variant="h5" component="p" style={{ marginTop: 16 }}>
        {props.averageScore}
      </Typography>
      <Typography variant="body2">average score</Typography>
      {props.lastRun && (
        <TimeAgoCaption label="Last evaluated" at={props.lastRun} />
      )}
    </InfoCard>
  );
}

/**
 * Readiness across the organisation: by owner, system or domain, filtered to
 * failing checks, with the trend from history and a CSV export.
 */
export function ReadinessPage() {
  const api = useApi(readinessApiRef);
  const alertApi = useApi(alertApiRef);
  const { filters, resultFilter, setFilters } = useFiltersInUrl();
  const [days, setDays] = useState(30);
  // Each finished run loads the runs, summary, results and trend again.
  const { runsFinished, watchForRun } = useRunFinished();

  const checks = useAsync(() => api.listChecks(), [api]);
  const runs = useAsync(() => api.listRuns(), [api, runsFinished]);
  const summary = useAsync(
    () => api.getSummary(filters.groupBy, resultFilter),
    [api, filters.groupBy, resultFilter, runsFinished],
  );
  const { request, pagingOf } = useServerPaging({
    filter: resultFilter,
    pageSize: DEFAULT_RESULTS_LIMIT,
    sortKeyOfColumn,
  });
  // The backend's defaults (first page, default size, worst first) are left out of the URL.
  const resultsQuery = useMemo(
    () => ({
      ...resultFilter,
      offset: request.page > 0 ? request.page * request.pageSize : undefined,
      limit:
        request.pageSize === DEFAULT_RESULTS_LIMIT
          ? undefined
          : request.pageSize,
      sort: request.sort,
      order: request.order,
    }),
    [resultFilter, request.page, request.pageSize, request.sort, request.order],
  );
  const results = useAsync(
    () => api.getResultsPage(resultsQuery),
    [api, resultsQuery, runsFinished],
  );
  const shown = useLastDefined(results.value);
  // The trend counts every entity, ready or not: the 'only' switches leave it as it is.
  const {
    failingOnly: _failing,
    exemptedOnly: _exempted,
    passingOnly: _passing,
    ...trendFilter
  } = resultFilter;
  const trendKey = resultsQueryString(trendFilter);
  const trend = useAsync(
    () => api.getTrend({ ...trendFilter, days }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, trendKey, days, runsFinished],
  );

  const [exporting, exportCsv] = useAsyncFn(async () => {
    try {
      downloadBlob(await api.exportCsv(resultFilter), 'readiness.csv');
    } catch (error) {
      alertApi.post({
        message: `Export failed: ${(error as Error).message}`,
        severity: 'error',
      });
    }
  }, [api, resultFilter]);
  const [evaluating, evaluateAll] = useAsyncFn(async () => {
    try {
      await watchForRun(() => api.evaluateAll());
      alertApi.post({
        message: 'Evaluation started; results update when it finishes.',
        severity: 'info',
        display: 'transient',
      });
    } catch (error) {
      alertApi.post({
        message: `Could not start: ${(error as Error).message}`,
        severity: 'error',
      });
    }
  }, [api, watchForRun]);

  const totals = {
    entities: shown?.totalCount ?? 0,
    passing: shown?.totals.passing ?? 0,
    exempted: shown?.totals.exempted ?? 0,
    averageScore: shown?.totals.averageScore ?? 0,
  };
  const error = checks.error ?? summary.error ?? results.error ?? trend.error;
  const lastRun = runs.value?.find(r => r.finishedAt)?.finishedAt;

  return (
    <ReadinessPageFrame
      title="Operational readiness"
      subtitle="Does every production service have an owner on call, runbooks, a pager and monitors?"
    >
      <FiltersBar
        filters={filters}
        checks={checks.value ?? []}
        onChange={setFilters}
        onExport={exportCsv}
        onEvaluate={evaluateAll}
        exporting={exporting.loading}
        evaluating={evaluating.loading}
      />
      {error && <ResponseErrorPanel error={error} />}
      <Grid container spacing={3}>
        <Grid item xs={12} md={4}>
          {runs.value && !lastRun ? (
            <NotEvaluatedYet />
          ) : (
            <Totals {...totals} lastRun={lastRun} />
          )}
        </Grid>
        <Grid item xs={12} md={8}>
          <TrendChart
            points={trend.value ?? []}
            days={days}
            onDaysChange={setDays}
            filtered={Object.values(resultFilter).some(
              value => value !== undefined && value !== '' && value !== false,
            )}
          />
        </Grid>
        <Grid item xs={12}>
          <SummaryTable
            groupBy={filters.groupBy}
            rows={summary.value ?? []}
            checks={checks.value ?? []}
            loading={summary.loading}
            onSelect={key =>
              setFilters({
                ...filters,
                selected: { groupBy: filters.groupBy, key },
              })
            }
          />
        </Grid>
        <Grid item xs={12}>
          <ResultsTable
            results={shown?.items ?? []}
            loading={results.loading}
            paging={pagingOf(shown?.totalCount ?? 0)}
          />
        </Grid>
      </Grid>
    </ReadinessPageFrame>
  );
}
