import {
  ContentHeader,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import Button from '@material-ui/core/Button';
import Paper from '@material-ui/core/Paper';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import AddIcon from '@material-ui/icons/Add';
import {
  campaignPhase,
  readinessCampaignManagePermission,
} from '@stagecraft/plugin-readiness-common';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { readinessApiRef } from '../../api';
import { campaignRouteRef } from '../../routes';
import { CampaignForm } from '../CampaignForm';
import { PhaseChip } from '../CampaignPage/PhaseChip';
import { ColumnHeader, ReadinessPageFrame } from '../shared';

const COLUMNS = ['Campaign', 'Start', 'Deadline', 'Status', 'Required checks'];
/** A date such as 2026-11-02 kept whole. */
const ONE_LINE = { whiteSpace: 'nowrap' } as const;

/** Every readiness campaign, newest deadline first; managers can start a new one. */
export function CampaignsPage() {
  const api = useApi(readinessApiRef);
  const campaignPath = useRouteRef(campaignRouteRef);
  const navigate = useNavigate();
  const manage = usePermission({
    permission: readinessCampaignManagePermission,
  });
  const [creating, setCreating] = useState(false);
  const campaigns = useAsyncRetry(() => api.listCampaigns(), [api]);
  const now = new Date();

  return (
    <ReadinessPageFrame
      title="Readiness campaigns"
      subtitle="What a set of services must pass by a deadline, and who still owes what"
    >
      <ContentHeader title="Campaigns">
        {manage.allowed && (
          <Button
            variant="contained"
            color="primary"
            startIcon={<AddIcon />}
            onClick={() => setCreating(true)}
          >
            New campaign
          </Button>
        )}
      </ContentHeader>
      {campaigns.loading && <Progress />}
      {campaigns.error && <ResponseErrorPanel error={campaigns.error} />}
      {campaigns.value && campaigns.value.length === 0 && (
        <Typography>
          No campaign yet.{' '}
          {manage.allowed
            ? 'Start one with New campaign.'
            : 'Whoever manages readiness campaigns can start one.'}
        </Typography>
      )}
      {campaigns.value && campaigns.value.length > 0 && (
        <Paper>
          <Table size="small" aria-label="Campaigns">
            <ColumnHeader columns={COLUMNS} />
            <TableBody>
              {campaigns.value.map(campaign => (
                <TableRow key={campaign.id}>
                  <TableCell>
                    <Link to={campaignPath({ id: campaign.id })}>
                      {campaign.name}
                    </Link>
                    {campaign.description && (
                      <Typography variant="body2" color="textSecondary">
                        {campaign.description}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell style={ONE_LINE}>{campaign.startDate}</TableCell>
                  <TableCell style={ONE_LINE}>{campaign.deadline}</TableCell>
                  <TableCell>
                    <PhaseChip phase={campaignPhase(campaign, now)} />
                  </TableCell>
                  <TableCell>{campaign.requiredChecks.join(', ')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
      <CampaignForm
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={saved => navigate(campaignPath({ id: saved.id }))}
      />
    </ReadinessPageFrame>
  );
}
