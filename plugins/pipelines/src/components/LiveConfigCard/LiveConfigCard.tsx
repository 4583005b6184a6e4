import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { CompoundEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { StageLiveConfig } from '@stagecraft/plugin-pipelines-common';
import { pipelinesApiRef } from '../../api';
import { usePolling } from '../../hooks/usePolling';
import { formatAge, useNow } from '../../hooks/useNow';

type Row = [label: string, value: string | number | undefined | null];

const seconds = (s?: number) => (s === undefined ? undefined : `${s} s`);
const onOff = (value?: boolean) => {
  if (value === undefined) return undefined;
  return value ? 'on' : 'off';
};
const resourceName = (arn?: string) =>
  arn ? arn.split(/[:/]/).pop() : undefined;

export function configRows(config: StageLiveConfig): Row[] {
  switch (config.type) {
    case 'kinesis-stream':
      return [
        ['Status', config.status],
        ['Capacity mode', config.mode],
        ['Open shards', config.openShardCount],
        [
          'Retention',
          config.retentionHours === undefined
            ? undefined
            : `${config.retentionHours} h`,
        ],
        ['Encryption', config.encryption],
        [
          'Enhanced fan-out consumers',
          config.consumers.length === 0
            ? 'none'
            : config.consumers
                .map(c => `${c.name}${c.status ? ` (${c.status})` : ''}`)
                .join(', '),
        ],
      ];
    case 'lambda-function':
      return [
        ['Runtime', config.runtime],
        [
          'Memory',
          config.memoryMb === undefined ? undefined : `${config.memoryMb} MB`,
        ],
        ['Timeout', seconds(config.timeoutSeconds)],
        [
          'Reserved concurrency',
          config.reservedConcurrency ?? 'none (account pool)',
        ],
        [
          'Last modified',
          config.lastModified
            ? new Date(config.lastModified).toLocaleDateString()
            : undefined,
        ],
      ];
    case 'sqs-queue':
      return [
        ['FIFO', config.fifo ? 'yes' : 'no'],
        ['Visibility timeout', seconds(config.visibilityTimeoutSeconds)],
        [
          'Retention',
          config.messageRetentionSeconds === undefined
            ? undefined
            : `${Math.round(config.messageRetentionSeconds / 86400)} days`,
        ],
        [
          'Dead-letter queue',
          resourceName(config.deadLetterTargetArn) ?? 'none',
        ],
        ['Max receives', config.maxReceiveCount],
      ];
    case 'firehose-delivery-stream':
      return [
        ['Status', config.status],
        [
          'Source',
          config.sourceArn ? resourceName(config.sourceArn) : config.sourceType,
        ],
        ['Destination', resourceName(config.destination)],
        [
          'Buffering',
          config.bufferingSeconds === undefined
            ? undefined
            : `${config.bufferingSeconds} s or ${config.bufferingMb} MB`,
        ],
      ];
    case 'state-machine':
      return [
        ['Type', config.machineType],
        ['Status', config.status],
        ['Logging', config.loggingLevel],
        ['X-Ray tracing', onOff(config.tracingEnabled)],
      ];
    default:
      return [];
  }
}

/** Live configuration read from AWS (or simulated): shards, memory, event source mappings… */
export function LiveConfigCard({
  entityRef,
}: {
  entityRef: CompoundEntityRef;
}) {
  const api = useApi(pipelinesApiRef);
  const now = useNow();
  const { value, error, loading } = usePolling(
    () => api.getStageConfig(entityRef),
    5 * 60_000,
    [entityRef.kind, entityRef.namespace, entityRef.name],
  );
  const config = value?.config;
  return (
    <InfoCard
      title="Live configuration"
      subheader={value?.source === 'simulated' ? 'simulated' : 'from AWS'}
    >
      {!value && loading && <Progress />}
      {!value && error && <ResponseErrorPanel error={error} />}
      {value?.freshness?.error && (
        <Alert severity="warning">
          {value.freshness.stale
            ? `Showing configuration read ${formatAge(
                now - Date.parse(value.freshness.fetchedAt),
              )}. `
            : ''}
          {value.freshness.error}
        </Alert>
      )}
      {value && !value.config && !value.freshness?.error && (
        <Typography variant="body2">
          No configuration:{' '}
          {value.problems.join('; ') || 'the stage names no AWS resource'}
        </Typography>
      )}
      {config && (
        <Table size="small" data-testid="live-config">
          <TableBody>
            {configRows(config)
              .filter(([, v]) => v !== undefined)
              .map(([label, v]) => (
                <TableRow key={label}>
                  <TableCell component="th" scope="row">
                    {label}
                  </TableCell>
                  <TableCell>{String(v)}</TableCell>
                </TableRow>
              ))}
          </TableBody>
        </Table>
      )}
      {config?.type === 'lambda-function' && (
        <Box mt={2}>
          <Typography variant="subtitle2">Event source mappings</Typography>
          {config.eventSourceMappings.length === 0 ? (
            <Typography variant="body2" color="textSecondary">
              None: the function is invoked directly or on a schedule.
            </Typography>
          ) : (
            <Box data-testid="event-source-mappings">
              {config.eventSourceMappings.map((m, i) => (
                <Box
                  key={m.uuid ?? i}
                  mt={1}
                  pl={1}
                  borderLeft={3}
                  borderColor="divider"
                >
                  <Typography variant="body2" title={m.eventSourceArn}>
                    <strong>
                      {resourceName(m.eventSourceArn) ?? 'unknown source'}
                    </strong>{' '}
                    · {m.state}
                  </Typography>
                  <Typography variant="body2" color="textSecondary">
                    batch {m.batchSize ?? '?'}
                    {m.parallelizationFactor && m.parallelizationFactor > 1
                      ? ` ×${m.parallelizationFactor} in parallel`
                      : ''}
                    {m.maximumBatchingWindowSeconds
                      ? ` · waits up to ${m.maximumBatchingWindowSeconds} s`
                      : ''}
                    {m.startingPosition ? ` · from ${m.startingPosition}` : ''}
                  </Typography>
                  <Typography
                    variant="body2"
                    color="textSecondary"
                    title={m.onFailureDestination}
                  >
                    on failure:{' '}
                    {resourceName(m.onFailureDestination) ?? 'no destination'}
                  </Typography>
                </Box>
              ))}
            </Box>
          )}
        </Box>
      )}
    </InfoCard>
  );
}
