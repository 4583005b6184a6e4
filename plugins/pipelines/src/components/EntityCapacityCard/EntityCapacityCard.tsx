import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { getCompoundEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  CapacityCheckResult,
  CapacityReport,
  CapacityVerdict,
  formatCount,
} from '@stagecraft/plugin-pipelines-common';
import useAsync from 'react-use/esm/useAsync';
import { pipelinesApiRef } from '../../api';
import { HEALTH_COLORS } from '../HealthChip/healthColors';

const VERDICTS: Record<CapacityVerdict, { label: string; color: string }> = {
  fail: { label: 'Fail', color: HEALTH_COLORS.critical },
  unknown: { label: 'Unknown', color: HEALTH_COLORS.unknown },
  pass: { label: 'Pass', color: HEALTH_COLORS.ok },
};
const ORDER: CapacityVerdict[] = ['fail', 'unknown', 'pass'];

const useStyles = makeStyles({
  chip: { color: '#fff', fontWeight: 600, minWidth: 72 },
  simulated: { fontWeight: 600, marginRight: 4 },
  item: { display: 'flex', alignItems: 'flex-start', padding: '6px 0' },
  text: { flex: 1, minWidth: 0, overflowWrap: 'anywhere' },
});

function VerdictChip({ verdict }: { verdict: CapacityVerdict }) {
  const classes = useStyles();
  const { label, color } = VERDICTS[verdict];
  return (
    <Chip
      size="small"
      label={label}
      className={classes.chip}
      style={{ backgroundColor: color }}
      data-verdict={verdict}
    />
  );
}

function peakText(report: CapacityReport): string | undefined {
  const { peak } = report;
  if (!peak) return undefined;
  const payload =
    peak.payloadBytes !== undefined
      ? ` of ${formatCount(peak.payloadBytes)} B`
      : '';
  return `Expected peak ${formatCount(peak.ratePerSecond)} ${
    peak.unit
  }/s${payload}, with ${formatCount(report.headroom)}× headroom`;
}

function CheckItem({ check }: { check: CapacityCheckResult }) {
  const classes = useStyles();
  const secondary = [check.fix, check.staleNote && `Stale: ${check.staleNote}`]
    .filter(Boolean)
    .join(' ');
  return (
    <Box className={classes.item} data-testid="capacity-check">
      <Box mr={1.5} flexShrink={0}>
        <VerdictChip verdict={check.verdict} />
      </Box>
      <Box className={classes.text}>
        <Typography variant="body2">
          <strong>{check.resource}</strong>: {check.arithmetic}
        </Typography>
        {secondary && (
          <Typography variant="body2" color="textSecondary">
            {secondary}
          </Typography>
        )}
      </Box>
    </Box>
  );
}

/**
 * For a Component's or System's overview: each capacity check against its expected peak,
 * with the arithmetic that decided it; labelled Simulated when AWS is not configured.
 */
export function EntityCapacityCard() {
  const classes = useStyles();
  const { entity } = useEntity();
  const api = useApi(pipelinesApiRef);
  const ref = getCompoundEntityRef(entity);
  const {
    value: report,
    error,
    loading,
  } = useAsync(
    () => api.getCapacity(ref),
    [api, ref.kind, ref.namespace, ref.name],
  );
  const checks = [...(report?.checks ?? [])].sort(
    (a, b) => ORDER.indexOf(a.verdict) - ORDER.indexOf(b.verdict),
  );
  const failing = checks.filter(c => c.verdict === 'fail').length;

  return (
    <InfoCard
      title="Capacity at expected peak"
      subheader={
        report && (
          <>
            {report.source === 'simulated' && (
              <span className={classes.simulated}>Simulated ·</span>
            )}
            {peakText(report) ?? 'No expected peak declared'}
          </>
        )
      }
    >
      {loading && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {report && (
        <Box data-testid="capacity-report" data-source={report.source}>
          <Box display="flex" alignItems="center" gridGap={12}>
            <VerdictChip verdict={report.verdict} />
            <Typography variant="body2" color="textSecondary">
              {checks.length === 0
                ? 'Nothing checked'
                : `${failing} of ${checks.length} checks fail`}
            </Typography>
          </Box>
          {checks.length > 0 && (
            <Box mt={1}>
              {checks.map((check, i) => (
                <CheckItem
                  key={`${check.kind}-${check.resource}-${i}`}
                  check={check}
                />
              ))}
            </Box>
          )}
          {report.problems.map(problem => (
            <Typography key={problem} variant="body2" color="textSecondary">
              {problem}
            </Typography>
          ))}
        </Box>
      )}
    </InfoCard>
  );
}
