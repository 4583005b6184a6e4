import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { getCompoundEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { readinessApiRef } from '../../api';
import { useRunReloaded } from '../../hooks/useRunReloaded';
import { campaignRouteRef } from '../../routes';
import { OwedChecks } from '../CampaignEntitiesTable';
import { PhaseChip } from '../CampaignPage/PhaseChip';

const STATUS_TEXT = {
  done: 'done: every required check passes',
  owes: 'still owes:',
  unknown: 'not known yet:',
};

/** The readiness campaigns the current entity is in, and what it still owes in each. */
export function EntityCampaignsCard() {
  const { entity } = useEntity();
  const api = useApi(readinessApiRef);
  const campaignPath = useRouteRef(campaignRouteRef);
  const entityRef = getCompoundEntityRef(entity);
  const key = `${entityRef.kind}:${entityRef.namespace}/${entityRef.name}`;
  const campaigns = useRunReloaded(
    () => api.getEntityCampaigns(entityRef),
    key,
    [api],
  );

  return (
    <InfoCard title="Readiness campaigns">
      {campaigns.loading && <Progress />}
      {campaigns.error && <ResponseErrorPanel error={campaigns.error} />}
      {campaigns.value?.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          Not in any readiness campaign.
        </Typography>
      )}
      {campaigns.value?.map(({ campaign, phase, progress }) => (
        <Box key={campaign.id} mb={2}>
          <Box display="flex" alignItems="center" style={{ gap: 8 }}>
            <Typography variant="subtitle1">
              <Link to={campaignPath({ id: campaign.id })}>
                {campaign.name}
              </Link>
            </Typography>
            <PhaseChip phase={phase} />
          </Box>
          <Typography variant="body2" color="textSecondary" gutterBottom>
            Due {campaign.deadline} · {STATUS_TEXT[progress.status]}
            {progress.status === 'done' && progress.exempted
              ? ' or is exempt'
              : ''}
          </Typography>
          {(progress.status !== 'done' || progress.exempted) && (
            <OwedChecks checks={progress.checks} />
          )}
        </Box>
      ))}
    </InfoCard>
  );
}
