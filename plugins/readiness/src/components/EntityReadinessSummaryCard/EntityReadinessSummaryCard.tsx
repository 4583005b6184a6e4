import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type {
  CheckStatus,
  EntityReadiness,
  ResultFilter,
} from '@stagecraft/plugin-readiness-common';
import useAsync from 'react-use/esm/useAsync';
import { readinessApiRef } from '../../api';
import { rootRouteRef } from '../../routes';
import { StatusChip } from '../shared';

const useStyles = makeStyles({
  // the Backstage theme keeps list item text on one line; the failing checks must wrap
  text: { whiteSpace: 'normal', overflow: 'visible' },
});

function filterFor(kind: string, ref: string): ResultFilter | undefined {
  switch (kind.toLocaleLowerCase('en-US')) {
    case 'system':
      return { system: ref };
    case 'domain':
      return { domain: ref };
    case 'group':
      return { owner: ref };
    default:
      return undefined;
  }
}

/** "Fails: Runbook · Exempt: Load test", what keeps an entity from a plain pass. */
function checksSaying(result: EntityReadiness): string {
  const titles = (status: (s: CheckStatus) => boolean) =>
    result.checks
      .filter(c => status(c.status))
      .map(c => c.title)
      .join(', ');
  const failing = titles(s => s !== 'pass' && s !== 'exempt');
  const exempt = titles(s => s === 'exempt');
  return [failing && `Fails: ${failing}`, exempt && `Exempt: ${exempt}`]
    .filter(Boolean)
    .join(' · ');
}

/**
 * Readiness of everything in a System or Domain, or owned by a Group: how
 * many are ready, and which are not, with the checks they fail.
 */
export function EntityReadinessSummaryCard() {
  const classes = useStyles();
  const { entity } = useEntity();
  const api = useApi(readinessApiRef);
  const readinessPage = useRouteRef(rootRouteRef);
  const ref = stringifyEntityRef(entity);
  const filter = filterFor(entity.kind, ref);

  const { value, loading, error } = useAsync(
    async () => (filter ? api.listResults(filter) : []),
    [api, ref],
  );

  let content;
  if (!filter) {
    content = (
      <Typography variant="body2" color="textSecondary">
        Readiness summaries are shown for systems, domains and groups.
      </Typography>
    );
  } else if (loading) {
    content = <Progress />;
  } else if (error) {
    content = <ResponseErrorPanel error={error} />;
  } else if (!value || value.length === 0) {
    content = (
      <Typography variant="body2" color="textSecondary">
        Nothing here is checked for readiness yet.
      </Typography>
    );
  } else {
    const notReady = value.filter(r => r.status !== 'pass');
    const exempted = value.filter(r => r.exempted);
    const average = Math.round(
      value.reduce((sum, r) => sum + r.score, 0) / value.length,
    );
    content = (
      <>
        <Typography variant="body1">
          {value.length - notReady.length} of {value.length} ready · average
          score {average}
          {exempted.length > 0 && ` · ${exempted.length} with an exemption`}
        </Typography>
        {(notReady.length > 0 || exempted.length > 0) && (
          <List dense>
            {[...new Set([...notReady, ...exempted])].map(result => (
              <ListItem key={result.entityRef} disableGutters>
                <ListItemText
                  className={classes.text}
                  primary={
                    <>
                      <EntityRefLink entityRef={result.entityRef} />{' '}
                      <StatusChip status={result.status} />
                    </>
                  }
                  secondary={checksSaying(result)}
                />
              </ListItem>
            ))}
          </List>
        )}
      </>
    );
  }

  return (
    <InfoCard
      title="Operational readiness"
      deepLink={
        readinessPage
          ? { title: 'Readiness page', link: readinessPage() }
          : undefined
      }
    >
      {content}
    </InfoCard>
  );
}
