import { Link } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { CampaignCheckOutcome } from '@stagecraft/plugin-readiness-common';
import { ExemptionChip } from '../shared';

const NOT_OWED: CampaignCheckOutcome['status'][] = [
  'pass',
  'not-applicable',
  'exempt',
];

/**
 * The required checks an entity still fails (or could not be judged on), each with its fix,
 * then those an approved exemption lets off, with until when and why.
 */
export function OwedChecks(props: { checks: CampaignCheckOutcome[] }) {
  const owed = props.checks.filter(check => !NOT_OWED.includes(check.status));
  const exempt = props.checks.filter(check => check.exemption);
  return (
    <Box component="ul" m={0} pl={2}>
      {owed.length === 0 && (
        <Typography variant="body2" color="textSecondary" component="li">
          Nothing: every required check passes
          {exempt.length > 0 ? ' or is exempt' : ''}.
        </Typography>
      )}
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
      {exempt.map(check => (
        <li key={check.checkId}>
          <Typography variant="body2" component="div">
            <strong>{check.title}</strong>:{' '}
            <ExemptionChip exemption={check.exemption!} />
          </Typography>
        </li>
      ))}
    </Box>
  );
}
