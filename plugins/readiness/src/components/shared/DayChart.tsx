import Box from '@material-ui/core/Box';
import { useTheme } from '@material-ui/core/styles';
import type { ComponentProps, ReactNode } from 'react';
import {
  CartesianGrid,
  Legend,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

/**
 * A chart of lines by day (`data` rows keyed by `day`), with the readiness charts' grid, axes,
 * tooltip and legend. With a `label` it is an image so named; without, screen readers skip it.
 */
export function DayChart(props: {
  data: Array<{ day: string }>;
  height: number;
  label?: string;
  yAxis: ComponentProps<typeof YAxis>;
  /** The lines, and any reference line. */
  children: ReactNode;
}) {
  const theme = useTheme();
  const a11y = props.label
    ? { role: 'img', 'aria-label': props.label }
    : { 'aria-hidden': true };
  return (
    <Box height={props.height} mt={1} {...a11y}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart
          data={props.data}
          margin={{ top: 8, right: 16, bottom: 0, left: -16 }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke={theme.palette.divider} />
          <XAxis dataKey="day" tick={{ fontSize: 11 }} />
          <YAxis tick={{ fontSize: 11 }} {...props.yAxis} />
          <Tooltip />
          <Legend />
          {props.children}
        </LineChart>
      </ResponsiveContainer>
    </Box>
  );
}
