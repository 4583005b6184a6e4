import Box from '@material-ui/core/Box';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { getCompoundEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { entityRouteRef, useEntity } from '@backstage/plugin-catalog-react';
import {
  StageStatus,
  healthSeverity,
} from '@stagecraft/plugin-pipelines-common';
import { pipelinesApiRef } from '../../api';
import { useLiveMetrics } from '../../hooks/useLiveMetrics';
import { formatAge, useNow } from '../../hooks/useNow';
import { HealthChip } from '../HealthChip';

/** "2 of 13 stages need attention", "1 of 13 stages needs attention", "All 4 monitored stages healthy"… */
function summary(troubled: number, stages: readonly StageStatus[]): string {
  if (troubled > 0) {
    return `${troubled} of ${stages.length} stages ${
      troubled === 1 ? 'needs' : 'need'
    } attention`;
  }
  const monitored = stages.filter(s => s.aws).length;
  if (monitored === 0) return 'No stage is monitored';
  if (monitored === 1) return '1 monitored stage healthy';
  return `All ${monitored} monitored stages healthy`;
}

/** For a pipeline's overview tab: its worst current state and the stages that hurt. */
export function EntityPipelineHealthCard() {
  const { entity } = useEntity();
  const api = useApi(pipelinesApiRef);
  const entityRoute = useRouteRef(entityRouteRef);
  const now = useNow();
  const ref = getCompoundEntityRef(entity);
  const {
    value: view,
    error,
    refreshedAt,
  } = useLiveMetrics(
    () => api.getPipelineView(ref, '1h'),
    { ref, range: '1h' },
    [ref.namespace, ref.name],
  );
  const base = entityRoute({
    kind: ref.kind.toLocaleLowerCase('en-US'),
    namespace: ref.namespace,
    name: ref.name,
  });
  const troubled = (view?.stages ?? [])
    .filter(s => healthSeverity(s.health.state) > healthSeverity('ok'))
    .sort(
      (a, b) => healthSeverity(b.health.state) - healthSeverity(a.health.state),
    );

  return (
    <InfoCard
      title="Pipeline health"
      subheader={view?.source === 'simulated' ? 'simulated data' : undefined}
      deepLink={{ title: 'Open the pipeline view', link: `${base}/pipeline` }}
    >
      {!view && !error && <Progress />}
      {!view && error && <ResponseErrorPanel error={error} />}
      {view && (
        <>
          <Box display="flex" alignItems="center" gridGap={12}>
            <HealthChip state={view.health} size="medium" />
            <Typography variant="body2" color="textSecondary">
              {summary(troubled.length, view.stages)}
            </Typography>
          </Box>
          {troubled.length > 0 && (
            <List dense>
              {troubled.slice(0, 6).map(stage => (
                <ListItem key={stage.ref} disableGutters>
                  <ListItemText
                    primary={
                      <Box display="flex" alignItems="center" gridGap={8}>
                        <HealthChip
                          state={stage.health.state}
                          health={stage.health}
                        />
                        <Link
                          to={`${base}/pipeline?stage=${encodeURIComponent(
                            stage.ref,
                          )}`}
                        >
                          {stage.title}
                        </Link>
                      </Box>
                    }
                    secondary={
                      stage.health.reasons.find(
                        r => r.state === stage.health.state,
                      )?.message
                    }
                  />
                </ListItem>
              ))}
            </List>
          )}
          {refreshedAt && (
            <Typography variant="caption" color="textSecondary">
              Last refreshed {formatAge(now - refreshedAt)}
            </Typography>
          )}
        </>
      )}
    </InfoCard>
  );
}
