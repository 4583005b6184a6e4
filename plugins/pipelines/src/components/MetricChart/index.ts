export { MetricChart, formatTick } from './MetricChart';
export type { MetricChartProps } from './MetricChart';
export { CHART_GROUPS } from './chartGroups';
export type { ChartGroup } from './chartGroups';
