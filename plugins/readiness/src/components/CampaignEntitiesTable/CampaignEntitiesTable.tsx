import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Chip from '@material-ui/core/Chip';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Switch from '@material-ui/core/Switch';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import type { CampaignEntityProgress } from '@stagecraft/plugin-readiness-common';
import { useState } from 'react';
import { ColumnHeader } from '../shared';
import { OwedChecks } from './OwedChecks';

const COLUMNS = [
  'Entity',
  'Owner',
  'Status',
  'What it still owes, and the fix',
];

const STATUS_LABELS: Record<CampaignEntityProgress['status'], string> = {
  done: 'Done',
  owes: 'Still owes',
  unknown: 'Not known yet',
};

const ORDER: Record<CampaignEntityProgress['status'], number> = {
  owes: 0,
  unknown: 1,
  done: 2,
};

/** Each entity in the campaign and what it still owes, with the fix; those that owe first. */
export function CampaignEntitiesTable(props: {
  entities: CampaignEntityProgress[];
}) {
  const [owingOnly, setOwingOnly] = useState(true);
  const rows = props.entities
    .filter(entity => !owingOnly || entity.status !== 'done')
    .sort(
      (a, b) =>
        ORDER[a.status] - ORDER[b.status] ||
        a.entityRef.localeCompare(b.entityRef),
    );
  const action = (
    <FormControlLabel
      control={
        <Switch
          checked={owingOnly}
          onChange={e => setOwingOnly(e.target.checked)}
          color="primary"
        />
      }
      label="Only those that still owe"
    />
  );
  return (
    <InfoCard title="Entities" action={action} noPadding>
      <Table size="small" aria-label="Entities in the campaign">
        <ColumnHeader columns={COLUMNS} />
        <TableBody>
          {rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={4}>
                {owingOnly ? 'Every entity is done.' : 'No entity in scope.'}
              </TableCell>
            </TableRow>
          )}
          {rows.map(entity => (
            <TableRow key={entity.entityRef}>
              <TableCell>
                <EntityRefLink
                  entityRef={entity.entityRef}
                  title={entity.title}
                />
              </TableCell>
              <TableCell>
                {entity.owner ? (
                  <EntityRefLink entityRef={entity.owner} defaultKind="group" />
                ) : (
                  '—'
                )}
              </TableCell>
              <TableCell>
                <Chip
                  size="small"
                  label={
                    entity.status === 'done' && entity.exempted
                      ? 'Done with exemption'
                      : STATUS_LABELS[entity.status]
                  }
                  color={entity.status === 'owes' ? 'secondary' : 'default'}
                />
              </TableCell>
              <TableCell>
                <OwedChecks checks={entity.checks} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </InfoCard>
  );
}
