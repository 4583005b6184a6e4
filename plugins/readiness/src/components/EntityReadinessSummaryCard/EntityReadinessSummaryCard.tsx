import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Link,
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
import {
  resultsQueryString,
  type CheckStatus,
  type EntityReadiness,
  type ResultFilter,
} from '@stagecraft/plugin-readiness-common';
import { ReadinessApi, readinessApiRef } from '../../api';
import { useRunReloaded } from '../../hooks/useRunReloaded';
import { rootRouteRef } from '../../routes';
import { StatusChip } from '../shared';

const useStyles = makeStyles(theme => ({
  // the Backstage theme keeps list item text on one line; the failing checks must wrap
  text: { whiteSpace: 'normal', overflow: 'visible' },
  chip: { marginLeft: theme.spacing(1) },
}));

/** The not-ready entities the card names, worst first; the Readiness page has the rest. */
export const NOT_READY_SHOWN = 10;

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
 * The filters of the card's two lists: those not ready (an exempted entity still not ready
 * among them), and those ready by an exemption.
 */
const NOT_READY: ResultFilter = { failingOnly: true };
const READY_BY_AN_EXEMPTION: ResultFilter = {
  exemptedOnly: true,
  passingOnly: true,
};

/**
 * Three small pages, whatever the number of entities: the smallest of all of them for the
 * counts (`totalCount`, `totals`), the worst of those not ready, and of those ready by an
 * exemption. Each "and N more" links to the Readiness page with the filter of its page.
 */
async function loadSummary(api: ReadinessApi, filter: ResultFilter) {
  const [all, notReady, exemptReady] = await Promise.all([
    api.getResultsPage({ ...filter, limit: 1 }),
    api.getResultsPage({ ...filter, ...NOT_READY, limit: NOT_READY_SHOWN }),
    api.getResultsPage({
      ...filter,
      ...READY_BY_AN_EXEMPTION,
      limit: NOT_READY_SHOWN,
    }),
  ]);
  return { all, notReady, exemptReady };
}

/** What the card lists: the worst not ready, then those ready only by an exemption. */
function listedOf({ notReady, exemptReady }: Summary) {
  return {
    listed: [...notReady.items, ...exemptReady.items],
    notReadyNotShown: notReady.totalCount - notReady.items.length,
    exemptReadyNotShown: exemptReady.totalCount - exemptReady.items.length,
  };
}

type Summary = Awaited<ReturnType<typeof loadSummary>>;

/**
 * Readiness of everything in a System or Domain, or owned by a Group: how
 * many are ready, and the worst of those not, with the checks they fail, and
 * those ready only by an exemption, with the checks it lets off.
 */
export function EntityReadinessSummaryCard() {
  const classes = useStyles();
  const { entity } = useEntity();
  const api = useApi(readinessApiRef);
  const readinessPage = useRouteRef(rootRouteRef);
  const ref = stringifyEntityRef(entity);
  const filter = filterFor(entity.kind, ref);

  const { value, loading, error } = useRunReloaded(
    async () => (filter ? loadSummary(api, filter) : undefined),
    ref,
    [api],
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
  } else if (!value || value.all.totalCount === 0) {
    content = (
      <Typography variant="body2" color="textSecondary">
        Nothing here is checked for readiness yet.
      </Typography>
    );
  } else {
    const { totalCount, totals } = value.all;
    const { listed, notReadyNotShown, exemptReadyNotShown } = listedOf(value);
    // The Readiness page opens with the filters of its URL: this group's, and more.
    const more = (count: number, what: string, also: ResultFilter) =>
      readinessPage ? (
        <Link
          to={`${readinessPage()}?${resultsQueryString({
            ...filter,
            ...also,
          })}`}
        >
          and {count} more{what}
        </Link>
      ) : (
        <Typography variant="body2">
          and {count} more{what}
        </Typography>
      );
    content = (
      <>
        <Typography variant="body1">
          {totals.passing} of {totalCount} ready · average score{' '}
          {totals.averageScore}
          {totals.exempted > 0 && ` · ${totals.exempted} with an exemption`}
        </Typography>
        {listed.length > 0 && (
          <List dense>
            {listed.map(result => (
              <ListItem key={result.entityRef} disableGutters>
                <ListItemText
                  className={classes.text}
                  primary={
                    <>
                      <EntityRefLink entityRef={result.entityRef} />
                      <StatusChip
                        status={result.status}
                        className={classes.chip}
                      />
                    </>
                  }
                  secondary={checksSaying(result)}
                />
              </ListItem>
            ))}
          </List>
        )}
        {notReadyNotShown > 0 && more(notReadyNotShown, '', NOT_READY)}
        {exemptReadyNotShown > 0 &&
          more(
            exemptReadyNotShown,
            ' ready by an exemption',
            READY_BY_AN_EXEMPTION,
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
