import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Grid from '@material-ui/core/Grid';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import EditIcon from '@material-ui/icons/Edit';
import GetAppIcon from '@material-ui/icons/GetApp';
import { downloadBlob } from '@stagecraft/catalog-conventions-react';
import {
  CampaignProgress,
  readinessCampaignManagePermission,
} from '@stagecraft/plugin-readiness-common';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { readinessApiRef } from '../../api';
import { useRunReloaded } from '../../hooks/useRunReloaded';
import { CampaignBurnUpChart } from '../CampaignBurnUpChart';
import { CampaignEntitiesTable } from '../CampaignEntitiesTable';
import { CampaignForm } from '../CampaignForm';
import { CampaignRollupTable } from '../CampaignRollupTable';
import { ReadinessPageFrame } from '../shared';
import { PhaseChip } from './PhaseChip';

function ProgressNow({ progress }: { progress: CampaignProgress }) {
  const { totals, campaign } = progress;
  return (
    <InfoCard title="Progress now">
      <Typography variant="h4" component="p">
        {totals.percentDone}% done
      </Typography>
      <Typography variant="body2" gutterBottom>
        {totals.done} of {totals.entities} entities pass every required check
        {totals.doneWithExemption
          ? ` (${totals.doneWithExemption} with an exemption)`
          : ''}
        ; {totals.owing} still owe something
        {totals.unknown ? `, ${totals.unknown} not known yet` : ''}.
      </Typography>
      <LinearProgress
        variant="determinate"
        value={totals.percentDone}
        aria-label={`Campaign ${totals.percentDone}% done`}
      />
      <Box mt={2} display="flex" flexWrap="wrap" style={{ gap: 8 }}>
        {campaign.requiredChecks.map(id => {
          const counts = totals.byCheck[id] ?? { passing: 0, failing: 0 };
          const title =
            progress.entities[0]?.checks.find(c => c.checkId === id)?.title ??
            id;
          return (
            <Chip
              key={id}
              size="small"
              label={`${title}: ${counts.failing} failing`}
              color={counts.failing ? 'secondary' : 'default'}
            />
          );
        })}
      </Box>
    </InfoCard>
  );
}

/**
 * One campaign: progress now, the burn-up from its daily history, the rollup per owning
 * group, each entity with what it still owes and the fix, and CSV export. Managers can edit it.
 */
export function CampaignPage() {
  const { id = '' } = useParams();
  const api = useApi(readinessApiRef);
  const alertApi = useApi(alertApiRef);
  const manage = usePermission({
    permission: readinessCampaignManagePermission,
  });
  const [editing, setEditing] = useState(false);
  const progress = useRunReloaded(() => api.getCampaignProgress(id), id, [api]);
  const [exporting, exportCsv] = useAsyncFn(async () => {
    try {
      downloadBlob(
        await api.exportCampaignCsv(id),
        `readiness-campaign-${id}.csv`,
      );
    } catch (error) {
      alertApi.post({
        message: `Could not export the campaign: ${(error as Error).message}`,
        severity: 'error',
      });
    }
  }, [api, id]);

  const value = progress.value;
  return (
    <ReadinessPageFrame
      title={value?.campaign.name ?? 'Readiness campaign'}
      subtitle={
        value
          ? `${value.campaign.startDate} to ${value.campaign.deadline}${
              value.campaign.description
                ? ` · ${value.campaign.description}`
                : ''
            }`
          : undefined
      }
      type="Readiness campaign"
      headerContent={value && <PhaseChip phase={value.phase} />}
    >
      {progress.loading && <Progress />}
      {progress.error && <ResponseErrorPanel error={progress.error} />}
      {value && (
        <Grid container spacing={3}>
          <Grid item xs={12}>
            <Box display="flex" justifyContent="flex-end" style={{ gap: 8 }}>
              <Button
                startIcon={<GetAppIcon />}
                onClick={() => exportCsv()}
                disabled={exporting.loading}
              >
                Export CSV
              </Button>
              {manage.allowed && (
                <Button
                  startIcon={<EditIcon />}
                  onClick={() => setEditing(true)}
                >
                  Edit
                </Button>
              )}
            </Box>
          </Grid>
          <Grid item xs={12} md={5}>
            <ProgressNow progress={value} />
          </Grid>
          <Grid item xs={12} md={7}>
            <CampaignBurnUpChart
              campaign={value.campaign}
              history={value.history}
            />
          </Grid>
          <Grid item xs={12}>
            <CampaignRollupTable rows={value.rollup} />
          </Grid>
          <Grid item xs={12}>
            <CampaignEntitiesTable entities={value.entities} />
          </Grid>
        </Grid>
      )}
      {value && (
        <CampaignForm
          open={editing}
          campaign={value.campaign}
          onClose={() => setEditing(false)}
          onSaved={() => progress.retry()}
        />
      )}
    </ReadinessPageFrame>
  );
}
