import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { parseEntityRef } from '@backstage/catalog-model';
import type { AppliedExemption } from '@stagecraft/plugin-readiness-common';

const useStyles = makeStyles(theme => ({
  chip: {
    backgroundColor: theme.palette.info.main,
    color: theme.palette.info.contrastText,
  },
}));

/** The day an exemption lapses, as YYYY-MM-DD, with the exact time kept for the tooltip. */
export function expiryDay(expiresAt: string): string {
  return expiresAt.slice(0, 10);
}

/** `user:default/jane.doe` as `jane.doe`. */
export function personName(ref: string): string {
  try {
    return parseEntityRef(ref).name;
  } catch {
    return ref;
  }
}

/**
 * A check let off by an approved exemption: "Exempt until <date>", why and who approved it,
 * so that it never reads as a pass.
 */
export function ExemptionChip(props: { exemption: AppliedExemption }) {
  const classes = useStyles();
  const { exemption } = props;
  return (
    <Box component="span" display="block">
      <Chip
        size="small"
        className={classes.chip}
        label={`Exempt until ${expiryDay(exemption.expiresAt)}`}
        title={exemption.expiresAt}
      />{' '}
      <Typography variant="body2" component="span" color="textSecondary">
        {exemption.reason}
        {exemption.approvedBy &&
          ` (approved by ${personName(exemption.approvedBy)})`}
      </Typography>
    </Box>
  );
}
