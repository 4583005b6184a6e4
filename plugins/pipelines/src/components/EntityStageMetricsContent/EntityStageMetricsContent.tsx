import Box from '@material-ui/core/Box';
import Card from '@material-ui/core/Card';
import CardContent from '@material-ui/core/CardContent';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { useSearchParams } from 'react-router-dom';
import { getCompoundEntityRef } from '@backstage/catalog-model';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  DEFAULT_TIME_RANGE,
  TIME_RANGE_SPECS,
  TimeRange,
  isTimeRange,
} from '@stagecraft/plugin-pipelines-common';
import { pipelinesApiRef } from '../../api';
import { pollIntervalMs, usePolling } from '../../hooks/usePolling';
import { FreshnessNotice } from '../FreshnessNotice';
import { LiveConfigCard } from '../LiveConfigCard';
import { StageCharts } from '../StageCharts';
import { StageHealthSummary } from '../StageDetails';
import { TimeRangePicker } from '../TimeRangePicker';

/** The Metrics tab of a Lambda, stream, Firehose, queue or state machine. */
export function EntityStageMetricsContent() {
  const { entity } = useEntity();
  const api = useApi(pipelinesApiRef);
  const [params, setParams] = useSearchParams();
  const rangeParam = params.get('range');
  const range: TimeRange = isTimeRange(rangeParam)
    ? rangeParam
    : DEFAULT_TIME_RANGE;
  const ref = getCompoundEntityRef(entity);
  const { value, error, loading, refreshedAt } = usePolling(
    () => api.getStageMetrics(ref, range),
    pollIntervalMs(TIME_RANGE_SPECS[range].periodSeconds),
    [ref.kind, ref.namespace, ref.name, range],
  );

  return (
    <Grid container spacing={3}>
      <Grid item xs={12} lg={8}>
        <Card>
          <CardContent>
            <Box
              display="flex"
              justifyContent="space-between"
              alignItems="center"
              flexWrap="wrap"
              gridGap={12}
              mb={1}
            >
              <Typography variant="h5">Live metrics</Typography>
              <TimeRangePicker
                value={range}
                onChange={r => {
                  const next = new URLSearchParams(params);
                  next.set('range', r);
                  setParams(next, { replace: true });
                }}
              />
            </Box>
            {!value && loading && <Progress />}
            {!value && error && <ResponseErrorPanel error={error} />}
            {value && (
              <Box display="flex" flexDirection="column" gridGap={12}>
                <StageHealthSummary stage={value.stage} />
                <FreshnessNotice
                  source={value.source}
                  loading={loading}
                  error={error}
                  refreshedAt={refreshedAt}
                  intervalMs={pollIntervalMs(value.periodSeconds)}
                  issues={
                    value.stage.freshness?.error
                      ? [
                          {
                            title: value.stage.title,
                            freshness: value.stage.freshness,
                          },
                        ]
                      : []
                  }
                />
                <StageCharts metrics={value} perRow={2} />
              </Box>
            )}
          </CardContent>
        </Card>
      </Grid>
      <Grid item xs={12} lg={4}>
        <LiveConfigCard entityRef={ref} />
      </Grid>
    </Grid>
  );
}
