import Box from '@material-ui/core/Box';
import {
  CompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { TimeRange } from '@stagecraft/plugin-pipelines-common';
import { pipelinesApiRef } from '../../api';
import { useLiveMetrics } from '../../hooks/useLiveMetrics';
import { FreshnessNotice } from '../FreshnessNotice';
import { StageCharts } from '../StageCharts';
import { StageHealthSummary } from '../StageHealthSummary';

export interface StageMetricsPanelProps {
  stageRef: CompoundEntityRef;
  range: TimeRange;
  /** Name the data source (live or simulated); the pipeline view names it once at the top. */
  showSource?: boolean;
  /** Charts per row on large screens. */
  perRow?: 2 | 3;
}

/** A stage's live health, data freshness and metric charts, refreshed as the range asks. */
export function StageMetricsPanel({
  stageRef,
  range,
  showSource = false,
  perRow,
}: StageMetricsPanelProps) {
  const api = useApi(pipelinesApiRef);
  const { value, error, loading, refreshedAt, live, intervalMs } =
    useLiveMetrics(
      () => api.getStageMetrics(stageRef, range),
      { ref: stageRef, range },
      [stringifyEntityRef(stageRef), range],
    );
  if (!value) {
    return (
      <>
        {loading && <Progress />}
        {error && <ResponseErrorPanel error={error} />}
      </>
    );
  }
  return (
    <Box display="flex" flexDirection="column" gridGap={12}>
      <StageHealthSummary stage={value.stage} />
      <FreshnessNotice
        source={showSource ? value.source : undefined}
        loading={loading}
        error={error}
        refreshedAt={refreshedAt}
        intervalMs={intervalMs}
        live={live}
        issues={
          value.stage.freshness?.error
            ? [{ title: value.stage.title, freshness: value.stage.freshness }]
            : []
        }
      />
      <StageCharts metrics={value} perRow={perRow} />
    </Box>
  );
}
