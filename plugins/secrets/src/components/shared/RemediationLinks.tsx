import { Box, Button, Typography, makeStyles } from '@material-ui/core';
import AutorenewIcon from '@material-ui/icons/Autorenew';
import ReportProblemIcon from '@material-ui/icons/ReportProblem';
import type { RemediationLink } from '@stagecraft/plugin-secrets-common';
import {
  LINK_TYPE_ROTATION_GUIDE,
  safeHttpUrl,
} from '@stagecraft/catalog-conventions-common';
import { SafeLink } from '@stagecraft/catalog-conventions-react';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column' },
});

const isRotation = (link: RemediationLink) =>
  link.type.trim().toLocaleLowerCase('en-US') === LINK_TYPE_ROTATION_GUIDE;

const labelOf = (link: RemediationLink) =>
  link.title ?? (isRotation(link) ? 'Rotation guide' : 'Incident response');

/** Rotation guides first, then incident-response docs. */
function ordered(links: readonly RemediationLink[]): RemediationLink[] {
  return [...links].sort(
    (a, b) => Number(!isRotation(a)) - Number(!isRotation(b)),
  );
}

/** Prominent buttons for a secret's page. */
export const RemediationButtons = ({
  links,
}: {
  links: readonly RemediationLink[];
}) => (
  <Box display="flex" flexWrap="wrap" gridGap={8}>
    {ordered(links).map(link => {
      const href = safeHttpUrl(link.url);
      return (
        <Button
          key={`${link.type}:${link.url}`}
          variant="contained"
          color={isRotation(link) ? 'primary' : 'secondary'}
          startIcon={
            isRotation(link) ? <AutorenewIcon /> : <ReportProblemIcon />
          }
          {...(href
            ? { href, target: '_blank', rel: 'noopener noreferrer' }
            : { disabled: true })}
        >
          {labelOf(link)}
        </Button>
      );
    })}
  </Box>
);

/** Small links for table cells, or "None" when there is no remediation doc. */
export const RemediationLinkList = ({
  links,
}: {
  links: readonly RemediationLink[];
}) => {
  const classes = useStyles();
  if (links.length === 0) {
    return (
      <Typography variant="body2" color="error">
        None
      </Typography>
    );
  }
  return (
    <div className={classes.column}>
      {ordered(links).map(link => (
        <SafeLink key={`${link.type}:${link.url}`} url={link.url}>
          {isRotation(link) ? 'Rotation guide' : 'Incident response'}
        </SafeLink>
      ))}
    </div>
  );
};
