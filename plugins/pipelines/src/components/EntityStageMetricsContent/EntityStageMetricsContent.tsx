import Box from '@material-ui/core/Box';
import Card from '@material-ui/core/Card';
import CardContent from '@material-ui/core/CardContent';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { getCompoundEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { useRangeInUrl } from '../../hooks/useRangeInUrl';
import { LiveConfigCard } from '../LiveConfigCard';
import { StageMetricsPanel } from '../StageMetricsPanel';
import { TimeRangePicker } from '../TimeRangePicker';

/** The Metrics tab of a Lambda, stream, Firehose, queue or state machine. */
export function EntityStageMetricsContent() {
  const { entity } = useEntity();
  const { range, update } = useRangeInUrl();
  const ref = getCompoundEntityRef(entity);

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
                onChange={r => update({ range: r })}
              />
            </Box>
            <StageMetricsPanel
              stageRef={ref}
              range={range}
              showSource
              perRow={2}
            />
          </CardContent>
        </Card>
      </Grid>
      <Grid item xs={12} lg={4}>
        <LiveConfigCard entityRef={ref} />
      </Grid>
    </Grid>
  );
}
