import Grid from '@material-ui/core/Grid';
import {
  MetricSeries,
  StageMetrics,
  isMonitoredStageType,
} from '@stagecraft/plugin-pipelines-common';
import { CHART_GROUPS, MetricChart } from '../MetricChart';

export interface StageChartsProps {
  metrics: StageMetrics;
  /** Charts per row on large screens. */
  perRow?: 2 | 3;
}

/** Every metric of a stage, grouped into charts (e.g. Lambda duration p50/p99/max together). */
export function StageCharts({ metrics, perRow = 3 }: StageChartsProps) {
  const stageType = metrics.stage.stageType;
  if (!isMonitoredStageType(stageType)) return null;
  const byId = new Map(metrics.series.map(s => [s.id, s]));
  const groups = CHART_GROUPS[stageType]
    .map(group => ({
      title: group.title,
      series: group.metricIds
        .map(id => byId.get(id))
        .filter((s): s is MetricSeries => s !== undefined),
    }))
    // A Lambda that no stream feeds has no iterator age at all: leave that chart out.
    .filter(
      g =>
        g.series.length > 0 &&
        !(
          g.series[0].id === 'iteratorAgeMs' &&
          stageType === 'lambda-function' &&
          g.series[0].points.length === 0
        ),
    );
  return (
    <Grid container spacing={2}>
      {groups.map(group => (
        <Grid item xs={12} md={6} lg={perRow === 3 ? 4 : 6} key={group.title}>
          <MetricChart
            title={group.title}
            series={group.series}
            range={metrics.range}
            window={metrics.window}
          />
        </Grid>
      ))}
    </Grid>
  );
}
