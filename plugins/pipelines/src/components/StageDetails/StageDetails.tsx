import Box from '@material-ui/core/Box';
import Card from '@material-ui/core/Card';
import CardContent from '@material-ui/core/CardContent';
import Typography from '@material-ui/core/Typography';
import { parseEntityRef } from '@backstage/catalog-model';
import { Link, Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  STAGE_TYPE_LABELS,
  StageStatus,
  TIME_RANGE_SPECS,
  TimeRange,
} from '@stagecraft/plugin-pipelines-common';
import { pipelinesApiRef } from '../../api';
import { pollIntervalMs, usePolling } from '../../hooks/usePolling';
import { FreshnessNotice } from '../FreshnessNotice';
import { StageCharts } from '../StageCharts';
import { StageHealthSummary } from './StageHealthSummary';

function StageMetricsPanel({
  stage,
  range,
}: {
  stage: StageStatus;
  range: TimeRange;
}) {
  const api = useApi(pipelinesApiRef);
  const ref = parseEntityRef(stage.ref);
  const { value, error, loading, refreshedAt } = usePolling(
    () => api.getStageMetrics(ref, range),
    pollIntervalMs(TIME_RANGE_SPECS[range].periodSeconds),
    [stage.ref, range],
  );
  if (!value && loading) return <Progress />;
  if (!value) return error ? <ResponseErrorPanel error={error} /> : null;
  return (
    <Box display="flex" flexDirection="column" gridGap={12}>
      <StageHealthSummary stage={value.stage} />
      <FreshnessNotice
        loading={loading}
        error={error}
        refreshedAt={refreshedAt}
        intervalMs={pollIntervalMs(value.periodSeconds)}
        issues={
          value.stage.freshness?.error
            ? [{ title: value.stage.title, freshness: value.stage.freshness }]
            : []
        }
      />
      <StageCharts metrics={value} />
    </Box>
  );
}

export interface StageDetailsProps {
  stage: StageStatus;
  range: TimeRange;
}

/** The stage selected in the flow diagram: its health, and charts when it has metrics. */
export function StageDetails({ stage, range }: StageDetailsProps) {
  const entityRoute = useRouteRef(entityRouteRef);
  const ref = parseEntityRef(stage.ref);
  const link = entityRoute({
    kind: ref.kind.toLocaleLowerCase('en-US'),
    namespace: ref.namespace,
    name: ref.name,
  });
  const typeLabel = stage.stageType
    ? STAGE_TYPE_LABELS[stage.stageType]
    : stage.specType;

  return (
    <Card data-testid="stage-details">
      <CardContent>
        <Box
          display="flex"
          justifyContent="space-between"
          alignItems="baseline"
          mb={1}
        >
          <Typography variant="h6">
            {stage.title}{' '}
            {typeLabel && (
              <Typography
                component="span"
                variant="body2"
                color="textSecondary"
              >
                {typeLabel}
              </Typography>
            )}
          </Typography>
          {!stage.missing && <Link to={link}>Open {stage.title}</Link>}
        </Box>
        {stage.aws ? (
          <StageMetricsPanel stage={stage} range={range} />
        ) : (
          <StageHealthSummary stage={stage} />
        )}
      </CardContent>
    </Card>
  );
}
