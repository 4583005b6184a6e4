import Box from '@material-ui/core/Box';
import Card from '@material-ui/core/Card';
import CardContent from '@material-ui/core/CardContent';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { getCompoundEntityRef } from '@backstage/catalog-model';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { pipelinesApiRef } from '../../api';
import { useLiveMetrics } from '../../hooks/useLiveMetrics';
import { usePolling } from '../../hooks/usePolling';
import { useRangeInUrl } from '../../hooks/useRangeInUrl';
import { FreshnessNotice } from '../FreshnessNotice';
import { HealthChip } from '../HealthChip';
import { PipelineFlowGraph } from '../PipelineFlowGraph';
import { StageDetails } from '../StageDetails';
import { TimeRangePicker } from '../TimeRangePicker';
import { DriftLegend } from '../DriftLegend';
import { EdgeDriftList } from '../EdgeDriftList';
import { AttentionStrip } from './AttentionStrip';
import { selectStage } from './selectStage';

const DRIFT_POLL_MS = 300_000;

/**
 * The Pipeline tab: how data flows through the pipeline and where it hurts now. Range and
 * selected stage live in the URL (`?range=1h&stage=component:default/x`), so a page or an
 * alert can link straight to the right view.
 */
export function EntityPipelineContent() {
  const { entity } = useEntity();
  const api = useApi(pipelinesApiRef);
  const { range, params, update } = useRangeInUrl();
  const ref = getCompoundEntityRef(entity);

  const {
    value: view,
    error,
    loading,
    refreshedAt,
    live,
    intervalMs,
  } = useLiveMetrics(() => api.getPipelineView(ref, range), { ref, range }, [
    ref.namespace,
    ref.name,
    range,
  ]);

  // AWS metadata changes slowly and the backend caches it for minutes.
  const drift = usePolling(() => api.getEdgeDrift(ref), DRIFT_POLL_MS, [
    ref.namespace,
    ref.name,
  ]);

  if (!view) {
    if (error) return <ResponseErrorPanel error={error} />;
    return <Progress />;
  }

  const selected = selectStage(view, params.get('stage'));
  const selectedStage = view.stages.find(s => s.ref === selected);
  const issues = view.stages
    .filter(s => s.freshness?.error)
    .map(s => ({ title: s.title, freshness: s.freshness! }));
  const problems = [
    ...view.problems.map(p => `${view.pipeline.title}: ${p}`),
    ...view.stages.flatMap(s => s.problems.map(p => `${s.title}: ${p}`)),
  ];

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <Card>
          <CardContent>
            <Box
              display="flex"
              alignItems="center"
              justifyContent="space-between"
              flexWrap="wrap"
              gridGap={12}
              mb={1}
            >
              <Box display="flex" alignItems="center" gridGap={12}>
                <Typography variant="h5">Data flow</Typography>
                <HealthChip state={view.health} size="medium" />
              </Box>
              <TimeRangePicker
                value={range}
                onChange={r => update({ range: r })}
              />
            </Box>
            <FreshnessNotice
              source={view.source}
              refreshedAt={refreshedAt}
              loading={loading}
              error={error}
              intervalMs={intervalMs}
              live={live}
              issues={issues}
            />
            <Box mt={1.5}>
              <AttentionStrip
                view={view}
                onSelect={stage => update({ stage })}
              />
            </Box>
            <Box mt={2}>
              <PipelineFlowGraph
                view={view}
                selected={selected}
                onSelect={stage => update({ stage })}
                drift={drift.value}
              />
            </Box>
            {drift.value && (
              <Box mt={1}>
                <DriftLegend />
              </Box>
            )}
          </CardContent>
        </Card>
      </Grid>
      <Grid item xs={12}>
        <Card>
          <CardContent>
            {drift.value && <EdgeDriftList drift={drift.value} />}
            {!drift.value && drift.error && (
              <Alert severity="warning" data-testid="drift-error">
                Could not compare the YAML with AWS: {drift.error.message}
              </Alert>
            )}
            {!drift.value && !drift.error && (
              <Typography variant="body2" color="textSecondary">
                Comparing the YAML with AWS…
              </Typography>
            )}
          </CardContent>
        </Card>
      </Grid>
      {problems.length > 0 && (
        <Grid item xs={12}>
          <Alert severity="info" data-testid="catalog-problems">
            <strong>Catalog notes</strong>
            {problems.map(p => (
              <div key={p}>{p}</div>
            ))}
          </Alert>
        </Grid>
      )}
      {selectedStage && (
        <Grid item xs={12}>
          <StageDetails
            key={selectedStage.ref}
            stage={selectedStage}
            range={range}
          />
        </Grid>
      )}
    </Grid>
  );
}
