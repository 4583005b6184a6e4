import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import {
  DriftEndpoint,
  EDGE_DRIFT_LABELS,
  EdgeDrift,
  PipelineEdgeDrift,
  edgeKey,
} from '@stagecraft/plugin-pipelines-common';
import { DRIFT_EDGE_STYLES } from '../PipelineFlowGraph';

function Endpoint({ end }: { end: DriftEndpoint }) {
  return (
    <span title={end.ref ?? end.label}>
      {end.label}
      {!end.inPipeline && (
        <Typography component="span" variant="caption" color="textSecondary">
          {' '}
          (not in this pipeline)
        </Typography>
      )}
    </span>
  );
}

function DriftRow({ edge }: { edge: EdgeDrift }) {
  const style = DRIFT_EDGE_STYLES[edge.side];
  const key = edgeKey(
    edge.source.ref ?? edge.source.label,
    edge.target.ref ?? edge.target.label,
  );
  return (
    <TableRow data-testid={`drift-row-${edge.side}-${key}`}>
      <TableCell style={{ whiteSpace: 'nowrap' }}>
        <Chip
          size="small"
          variant="outlined"
          label={EDGE_DRIFT_LABELS[edge.side]}
          style={{ color: style.color, borderColor: style.color }}
        />
      </TableCell>
      <TableCell style={{ minWidth: 220 }}>
        <Endpoint end={edge.source} /> → <Endpoint end={edge.target} />
      </TableCell>
      <TableCell>
        <Typography variant="body2">{edge.evidence.detail}</Typography>
      </TableCell>
      <TableCell>
        <Typography variant="body2">{edge.fix}</Typography>
      </TableCell>
    </TableRow>
  );
}

/**
 * The edges the pipeline's YAML and AWS disagree on, each with its evidence and fix, and
 * the stages that could not be checked and why. Says "Simulated" when AWS is made up.
 */
export function EdgeDriftList({ drift }: { drift: PipelineEdgeDrift }) {
  const edges = [...drift.onlyInAws, ...drift.onlyInYaml];
  return (
    <Box data-testid="edge-drift">
      <Box display="flex" alignItems="center" gridGap={8} mb={1}>
        <Typography variant="h6">YAML and AWS</Typography>
        {drift.source === 'simulated' && (
          <Chip
            size="small"
            label="Simulated"
            data-testid="drift-simulated"
            title="No AWS is configured: the AWS side of this comparison is simulated"
          />
        )}
      </Box>
      {edges.length === 0 ? (
        <Typography variant="body2" data-testid="drift-none">
          AWS reports the edges the YAML declares for all{' '}
          {drift.checkedStages.length} checked stages.
        </Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>Drift</TableCell>
              <TableCell>Edge</TableCell>
              <TableCell>Evidence</TableCell>
              <TableCell>Fix</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {edges.map(edge => (
              <DriftRow
                key={`${edge.side}:${edge.source.label}->${edge.target.label}:${
                  edge.evidence.id ?? ''
                }`}
                edge={edge}
              />
            ))}
          </TableBody>
        </Table>
      )}
      {drift.unknownStages.length > 0 && (
        <Box mt={1.5}>
          <Alert severity="warning" data-testid="drift-unknown">
            <strong>Not checked</strong> (their edges are neither confirmed nor
            reported as drift)
            {drift.unknownStages.map(stage => (
              <div key={stage.ref}>
                {stage.title}: unknown — {stage.reason}
              </div>
            ))}
          </Alert>
        </Box>
      )}
    </Box>
  );
}
