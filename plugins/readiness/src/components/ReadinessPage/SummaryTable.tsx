import { Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import type {
  CheckDefinition,
  SummaryGroupBy,
  SummaryRow,
} from '@stagecraft/plugin-readiness-common';

export function SummaryTable(props: {
  groupBy: SummaryGroupBy;
  rows: SummaryRow[];
  checks: CheckDefinition[];
  loading: boolean;
  onSelect: (key: string) => void;
}) {
  const titleOf = (id: string) =>
    props.checks.find(c => c.id === id)?.title ?? id;
  const label = { owner: 'Owner', system: 'System', domain: 'Domain' }[
    props.groupBy
  ];
  const columns: TableColumn<SummaryRow>[] = [
    {
      title: label,
      field: 'key',
      width: '22%',
      render: row =>
        row.key ? (
          <EntityRefLink entityRef={row.key} />
        ) : (
          <Typography variant="body2" color="textSecondary">
            (none)
          </Typography>
        ),
    },
    { title: 'Entities', field: 'entities', type: 'numeric', width: '8%' },
    {
      title: 'Ready',
      field: 'passing',
      width: '10%',
      render: row => `${row.passing} of ${row.entities}`,
    },
    {
      title: 'With exemptions',
      field: 'exempted',
      type: 'numeric',
      width: '8%',
      render: row => row.exempted ?? 0,
    },
    {
      title: 'Average score',
      field: 'averageScore',
      width: '16%',
      render: row => (
        <Box display="flex" alignItems="center">
          <Box width={48}>{row.averageScore}</Box>
          <Box flexGrow={1}>
            <LinearProgress
              variant="determinate"
              value={row.averageScore}
              aria-label={`Average score ${row.averageScore}`}
            />
          </Box>
        </Box>
      ),
    },
    {
      title: 'Failing checks',
      sorting: false,
      width: '26%',
      render: row => (
        <Box display="flex" flexWrap="wrap" style={{ gap: 4 }}>
          {Object.entries(row.failingChecks)
            .sort((a, b) => b[1] - a[1])
            .map(([id, count]) => (
              <Chip key={id} size="small" label={`${titleOf(id)}: ${count}`} />
            ))}
        </Box>
      ),
    },
    {
      title: '',
      sorting: false,
      width: '6%',
      render: row =>
        row.key ? (
          <Button size="small" onClick={() => props.onSelect(row.key!)}>
            Show
          </Button>
        ) : null,
    },
  ];
  return (
    <Table<SummaryRow>
      title={`Readiness by ${label.toLocaleLowerCase('en-US')}`}
      isLoading={props.loading}
      columns={columns}
      data={props.rows}
      options={{ paging: false, search: false, padding: 'dense' }}
    />
  );
}
