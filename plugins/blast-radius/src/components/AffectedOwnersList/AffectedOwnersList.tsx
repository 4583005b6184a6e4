import { Fragment } from 'react';
import { Link } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { SafeLink } from '@stagecraft/catalog-conventions-react';
import {
  Chip,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
  makeStyles,
} from '@material-ui/core';
import {
  BlastRadiusAffectedOwner,
  BlastRadiusDirection,
  BlastRadiusLink,
  reachedAdjective,
} from '@stagecraft/plugin-blast-radius-common';

const useStyles = makeStyles(theme => ({
  cell: { verticalAlign: 'top' },
  entities: { margin: 0, paddingLeft: theme.spacing(2) },
  entity: { marginBottom: theme.spacing(0.5) },
  runbooks: { marginLeft: theme.spacing(1) },
  missing: { color: theme.palette.warning.dark },
  distance: { marginLeft: theme.spacing(1), height: 20 },
}));

function hops(distance: number): string {
  if (distance === 0) {
    return 'start';
  }
  return `${distance} ${distance === 1 ? 'hop' : 'hops'}`;
}

/** An owner's affected entities left out of the answer, if any. */
export function beyondLimitText(
  owner: BlastRadiusAffectedOwner,
  shownCount: number,
  adjective: ReturnType<typeof reachedAdjective> = 'affected',
): string | undefined {
  const more = owner.entityCount - owner.entities.length;
  if (more <= 0) {
    return undefined;
  }
  const entities = `${more.toLocaleString('en-US')} ${
    more === 1 ? 'entity' : 'entities'
  }`;
  const nearest = shownCount.toLocaleString('en-US');
  return owner.entities.length === 0
    ? `${entities} ${adjective}, the nearest ${hops(
        owner.nearestDistance,
      )} away: beyond the nearest ${nearest} shown`
    : `and ${entities} more beyond the nearest ${nearest} shown`;
}

function LinkList({ links }: { links: BlastRadiusLink[] }) {
  return (
    <>
      {links.map((link, i) => (
        <Fragment key={link.url}>
          {i > 0 && ', '}
          <SafeLink url={link.url}>{link.title ?? link.url}</SafeLink>
        </Fragment>
      ))}
    </>
  );
}

function OnCall({ owner }: { owner: BlastRadiusAffectedOwner }) {
  const classes = useStyles();
  if (!owner.oncall && owner.oncallSchedules.length === 0) {
    return (
      <Typography variant="body2" className={classes.missing}>
        No on-call contact in the catalog
        {owner.owner.email && (
          <>
            {' '}
            — team email{' '}
            <Link to={`mailto:${owner.owner.email}`}>{owner.owner.email}</Link>
          </>
        )}
      </Typography>
    );
  }
  return (
    <>
      {owner.oncall && (
        <Typography variant="body2">
          <EntityRefLink entityRef={owner.oncall.entityRef}>
            {owner.oncall.name}
          </EntityRefLink>
          {owner.oncall.email && (
            <>
              {' '}
              ·{' '}
              <Link to={`mailto:${owner.oncall.email}`}>
                {owner.oncall.email}
              </Link>
            </>
          )}
        </Typography>
      )}
      {owner.oncallSchedules.length > 0 && (
        <Typography variant="body2">
          <LinkList links={owner.oncallSchedules} />
        </Typography>
      )}
    </>
  );
}

/**
 * Whom to call: one row per owner of an affected entity, nearest first, with
 * the on-call contact, schedules, and each affected entity's runbooks. Owners
 * whose entities lie beyond the answer's limit are listed too, with a count.
 */
export function AffectedOwnersList({
  owners,
  shownCount,
  direction = 'dependents',
}: {
  owners: BlastRadiusAffectedOwner[];
  /** What the entities are to the start: they break with it, or it needs them. */
  direction?: BlastRadiusDirection;
  /** How many entities the answer holds (its `nodes`). */
  shownCount: number;
}) {
  const classes = useStyles();
  const adjective = reachedAdjective(direction);
  return (
    <Table size="small" aria-label="Affected owners">
      <TableHead>
        <TableRow>
          <TableCell>Owner</TableCell>
          <TableCell>On call</TableCell>
          <TableCell>
            {adjective === 'affected' ? 'Affected' : 'Needed'} entities and
            runbooks
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {owners.map(owner => (
          <TableRow key={owner.owner.entityRef}>
            <TableCell className={classes.cell}>
              <EntityRefLink entityRef={owner.owner.entityRef}>
                {owner.owner.title ?? owner.owner.name}
              </EntityRefLink>
              <Typography variant="body2" color="textSecondary">
                {owner.entityCount.toLocaleString('en-US')} {adjective}{' '}
                {owner.entityCount === 1 ? 'entity' : 'entities'}
              </Typography>
            </TableCell>
            <TableCell className={classes.cell}>
              <OnCall owner={owner} />
            </TableCell>
            <TableCell className={classes.cell}>
              {owner.entities.length > 0 && (
                <ul className={classes.entities}>
                  {owner.entities.map(entity => (
                    <li key={entity.entityRef} className={classes.entity}>
                      <EntityRefLink entityRef={entity.entityRef}>
                        {entity.title ?? entity.name}
                      </EntityRefLink>{' '}
                      <Typography
                        variant="caption"
                        color="textSecondary"
                        component="span"
                      >
                        {[entity.kind, entity.type].filter(Boolean).join(' · ')}
                      </Typography>
                      <Chip
                        size="small"
                        variant="outlined"
                        className={classes.distance}
                        label={hops(entity.distance)}
                      />
                      {entity.runbooks.length > 0 && (
                        <span className={classes.runbooks}>
                          <LinkList links={entity.runbooks} />
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              {beyondLimitText(owner, shownCount, adjective) && (
                <Typography variant="body2" color="textSecondary">
                  {beyondLimitText(owner, shownCount, adjective)}
                </Typography>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
