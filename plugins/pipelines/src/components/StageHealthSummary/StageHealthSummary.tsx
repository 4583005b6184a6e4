import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { StageStatus } from '@stagecraft/plugin-pipelines-common';
import { HealthChip } from '../HealthChip';

/** Health chip, the reasons for it, and the stage's catalog problems. */
export function StageHealthSummary({ stage }: { stage: StageStatus }) {
  return (
    <Box display="flex" flexDirection="column" gridGap={4}>
      <Box display="flex" alignItems="center" gridGap={8} flexWrap="wrap">
        <HealthChip
          state={stage.health.state}
          health={stage.health}
          size="medium"
        />
        {stage.aws && (
          <Typography variant="body2" color="textSecondary">
            {stage.aws.resourceName} · {stage.aws.region} ·{' '}
            {stage.aws.accountId
              ? `account ${stage.aws.accountId}`
              : 'default account'}
          </Typography>
        )}
      </Box>
      {stage.health.state === 'not-monitored' &&
        stage.health.reasons.length === 0 && (
          <Typography variant="body2" color="textSecondary">
            {stage.missing
              ? 'This stage is not in the catalog.'
              : 'No live metrics for this kind of stage.'}
          </Typography>
        )}
      {stage.health.reasons.map(reason => (
        <Typography
          variant="body2"
          key={`${reason.metric}-${reason.message}`}
          data-testid="health-reason"
        >
          • {reason.message}
        </Typography>
      ))}
      {stage.problems.map(problem => (
        <Typography variant="body2" color="textSecondary" key={problem}>
          Catalog: {problem}
        </Typography>
      ))}
    </Box>
  );
}
