import Box from '@material-ui/core/Box';
import CircularProgress from '@material-ui/core/CircularProgress';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import {
  Freshness,
  MetricsSourceKind,
} from '@stagecraft/plugin-pipelines-common';
import { formatAge, useNow } from '../../hooks/useNow';

export interface StageDataIssue {
  title: string;
  freshness: Freshness;
}

export interface FreshnessNoticeProps {
  source?: MetricsSourceKind;
  refreshedAt?: number;
  loading: boolean;
  /** Why the last refresh from the backend failed, if it did. */
  error?: Error;
  /** How often the page asks on a timer. */
  intervalMs: number;
  /** The backend tells the page when new data is in (signals); the timer is only a safety net. */
  live?: boolean;
  /** Stages whose data is stale or missing, with the AWS error. */
  issues?: StageDataIssue[];
}

/** "Simulated", "last refreshed", and stale or failing data, said plainly. */
export function FreshnessNotice({
  source,
  refreshedAt,
  loading,
  error,
  intervalMs,
  live = false,
  issues = [],
}: FreshnessNoticeProps) {
  const now = useNow();
  return (
    <Box display="flex" flexDirection="column" gridGap={8}>
      {source === 'simulated' && (
        <Alert
          severity="info"
          variant="outlined"
          data-testid="simulated-notice"
        >
          <strong>Simulated data.</strong> No <code>aws</code> configuration is
          set, so these metrics come from a simulated source (daily traffic with
          occasional incidents), not from CloudWatch.
        </Alert>
      )}
      {error && (
        <Alert severity="warning">
          Could not refresh: {error.message}
          {refreshedAt
            ? ` Showing what was received ${formatAge(now - refreshedAt)}.`
            : ''}
        </Alert>
      )}
      {issues.length > 0 && (
        <Alert severity="warning" data-testid="stale-notice">
          {issues.map(({ title, freshness }) => (
            <div key={title}>
              <strong>{title}:</strong>{' '}
              {freshness.stale
                ? `showing data from ${formatAge(
                    freshness.staleAgeMs ?? 0,
                  )} (stale). `
                : 'no data. '}
              {freshness.error}
            </div>
          ))}
        </Alert>
      )}
      <Box display="flex" alignItems="center" gridGap={8}>
        <Typography
          variant="caption"
          color="textSecondary"
          data-testid="last-refreshed"
        >
          {refreshedAt
            ? `Last refreshed ${formatAge(now - refreshedAt)} · ${
                live
                  ? 'updates when new data is in'
                  : `updates every ${Math.round(intervalMs / 60_000)} min`
              }`
            : 'Loading…'}
          {source &&
            ` · source: ${source === 'simulated' ? 'simulated' : 'CloudWatch'}`}
        </Typography>
        {loading && refreshedAt !== undefined && <CircularProgress size={12} />}
      </Box>
    </Box>
  );
}
