import { Line, LineChart, YAxis } from 'recharts';
import { MetricPoint } from '@stagecraft/plugin-pipelines-common';

export interface SparklineProps {
  points: MetricPoint[];
  color: string;
  width: number;
  height: number;
}

/** A bare line of a metric's recent values, for flow diagram nodes. */
export function Sparkline({ points, color, width, height }: SparklineProps) {
  if (points.length < 2) {
    return <div style={{ width, height }} aria-label="no data" />;
  }
  const data = points.map(([t, v]) => ({ t, v }));
  return (
    <LineChart
      width={width}
      height={height}
      data={data}
      margin={{ top: 2, right: 0, bottom: 2, left: 0 }}
    >
      <YAxis hide domain={[0, 'auto']} />
      <Line
        type="monotone"
        dataKey="v"
        stroke={color}
        strokeWidth={1.5}
        dot={false}
        isAnimationActive={false}
      />
    </LineChart>
  );
}
