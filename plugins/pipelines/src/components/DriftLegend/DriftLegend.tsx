import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import { EDGE_DRIFT_LABELS } from '@stagecraft/plugin-pipelines-common';
import { DRIFT_EDGE_STYLES } from '../PipelineFlowGraph';

function Swatch({ color, dash }: { color: string; dash?: string }) {
  return (
    <svg width={36} height={10} aria-hidden>
      <line
        x1={0}
        y1={5}
        x2={36}
        y2={5}
        stroke={color}
        strokeWidth={2.2}
        strokeDasharray={dash}
      />
    </svg>
  );
}

/** What the edges of the flow mean: declared, only in AWS, only in YAML. */
export function DriftLegend() {
  const theme = useTheme();
  const items = [
    {
      key: 'declared',
      label: 'declared in YAML',
      color: theme.palette.text.hint,
    },
    ...(['only-in-aws', 'only-in-yaml'] as const).map(side => ({
      key: side,
      label: EDGE_DRIFT_LABELS[side],
      ...DRIFT_EDGE_STYLES[side],
    })),
  ];
  return (
    <Box display="flex" flexWrap="wrap" gridGap={16} data-testid="drift-legend">
      {items.map(item => (
        <Box key={item.key} display="flex" alignItems="center" gridGap={6}>
          <Swatch
            color={item.color}
            dash={'dash' in item ? item.dash : undefined}
          />
          <Typography variant="caption">{item.label}</Typography>
        </Box>
      ))}
    </Box>
  );
}
