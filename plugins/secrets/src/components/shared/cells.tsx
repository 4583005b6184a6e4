import { Typography, makeStyles } from '@material-ui/core';
import { EntityLink } from './EntityLink';
import type {
  SecretCompliance,
  SecretReviewItem,
} from '@stagecraft/plugin-secrets-common';
import { ComplianceChip } from './ComplianceChip';
import { FindingReasons } from './FindingsList';

// Table cells use static classes, not <Box>: Box builds a style sheet per
// instance, which is what made pages of rows slow to re-render.
const useStyles = makeStyles(theme => ({
  column: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: theme.spacing(0.5),
  },
}));

/** The secret's title (or name) linked to its page, with its kind under it. */
export const SecretNameCell = ({ item }: { item: SecretReviewItem }) => (
  <div>
    <EntityLink entityRef={item.entityRef}>
      {item.title ?? item.name}
    </EntityLink>
    {item.secretKind && (
      <Typography variant="caption" color="textSecondary" display="block">
        {item.secretKind}
      </Typography>
    )}
  </div>
);

/** Compliance chip with the reasons under it. */
export const ComplianceCell = ({
  compliance,
  max,
}: {
  compliance: SecretCompliance;
  max?: number;
}) => {
  const classes = useStyles();
  return (
    <div className={classes.column}>
      <ComplianceChip compliance={compliance} />
      <FindingReasons compliance={compliance} max={max} />
    </div>
  );
};
