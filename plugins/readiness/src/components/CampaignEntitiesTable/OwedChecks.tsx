import { Link } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { CampaignCheckOutcome } from '@stagecraft/plugin-readiness-common';

/** The required checks an entity still fails (or could not be judged on), each with its fix. */
export function OwedChecks(props: { checks: CampaignCheckOutcome[] }) {
  const owed = props.checks.filter(
    check => check.status !== 'pass' && check.status !== 'not-applicable',
  );
  if (owed.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        Nothing: every required check passes.
      </Typography>
    );
  }
  return (
    <Box component="ul" m={0} pl={2}>
      {owed.map(check => (
        <li key={check.checkId}>
          <Typography variant="body2">
            <strong>{check.title}</strong>
            {check.status === 'fail' ? '' : ` (${check.status})`}:{' '}
            {check.reason}
          </Typography>
          {check.fix && (
            <Typography variant="body2" color="textSecondary">
              Fix: {check.fix}{' '}
              {check.fixUrl && <Link to={check.fixUrl}>How to fix</Link>}
            </Typography>
          )}
        </li>
      ))}
    </Box>
  );
}
