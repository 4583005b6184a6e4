import Box from '@material-ui/core/Box';
import Card from '@material-ui/core/Card';
import CardContent from '@material-ui/core/CardContent';
import Typography from '@material-ui/core/Typography';
import { parseEntityRef } from '@backstage/catalog-model';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  STAGE_TYPE_LABELS,
  StageStatus,
  TimeRange,
} from '@stagecraft/plugin-pipelines-common';
import { StageHealthSummary } from '../StageHealthSummary';
import { StageMetricsPanel } from '../StageMetricsPanel';

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
          <StageMetricsPanel stageRef={ref} range={range} />
        ) : (
          <StageHealthSummary stage={stage} />
        )}
      </CardContent>
    </Card>
  );
}
