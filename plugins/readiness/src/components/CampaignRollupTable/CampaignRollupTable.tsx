import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import type { CampaignRollupRow } from '@stagecraft/plugin-readiness-common';

/**
 * The campaign per owning group, in the Group hierarchy's order: a department's row counts
 * its teams' entities, its teams are indented under it.
 */
export function CampaignRollupTable(props: { rows: CampaignRollupRow[] }) {
  return (
    <InfoCard title="By owning group" noPadding>
      <Table size="small" aria-label="Progress by owning group">
        <TableHead>
          <TableRow>
            <TableCell>Group</TableCell>
            <TableCell align="right">Done</TableCell>
            <TableCell align="right">Still owe</TableCell>
            <TableCell style={{ width: '30%' }}>Progress</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {props.rows.map(row => (
            <TableRow key={row.owner ?? '(no owner)'}>
              <TableCell>
                <Box pl={row.depth * 3}>
                  {row.owner ? (
                    <EntityRefLink entityRef={row.owner} defaultKind="group" />
                  ) : (
                    'No owner'
                  )}
                  {row.entities !== row.ownEntities && (
                    <Box component="span" color="text.secondary" ml={1}>
                      (with sub-groups)
                    </Box>
                  )}
                </Box>
              </TableCell>
              <TableCell align="right">
                {row.done} of {row.entities}
                {row.doneWithExemption ? (
                  <Box component="span" color="text.secondary" ml={1}>
                    ({row.doneWithExemption} with an exemption)
                  </Box>
                ) : null}
              </TableCell>
              <TableCell align="right">{row.owing}</TableCell>
              <TableCell>
                <Box display="flex" alignItems="center">
                  <Box flexGrow={1} mr={1}>
                    <LinearProgress
                      variant="determinate"
                      value={row.percentDone}
                      aria-label={`${row.owner ?? 'No owner'}: ${
                        row.percentDone
                      }% done`}
                    />
                  </Box>
                  {row.percentDone}%
                </Box>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </InfoCard>
  );
}
