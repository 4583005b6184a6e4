import { Entity } from '@backstage/catalog-model';
import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { configApiRef, useApi } from '@backstage/core-plugin-api';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  awsLocationOf,
  CheckResult,
  cloudWatchAlarmsOf,
  LINK_TYPE_RUNBOOK,
  linksOfType,
  problemWithDocsLink,
} from '@stagecraft/plugin-readiness-common';
import { LINK_TYPE_DASHBOARD } from '@stagecraft/catalog-conventions-common';
import { ReactNode } from 'react';
import { cloudWatchAlarmUrl, pagerDutyServiceUrl } from '../../lib/pagerDuty';
import {
  SafeLink,
  usePortalBaseUrl,
} from '@stagecraft/catalog-conventions-react';
import { OnCall, useOnCall } from './useOnCall';

const useStyles = makeStyles(theme => ({
  section: { marginBottom: theme.spacing(2) },
  list: { margin: 0, paddingLeft: theme.spacing(2.5) },
  missing: { color: theme.palette.error.main },
}));

function Section(props: { title: string; children: ReactNode }) {
  const classes = useStyles();
  return (
    <section className={classes.section} aria-label={props.title}>
      <Typography variant="overline" component="h3">
        {props.title}
      </Typography>
      {props.children}
    </section>
  );
}

function Missing(props: { children: ReactNode }) {
  const classes = useStyles();
  return (
    <Typography variant="body2" className={classes.missing}>
      {props.children}
    </Typography>
  );
}

/** Links, or plain text for items without a URL. */
function LinkList(props: { links: Array<{ url?: string; title?: string }> }) {
  const classes = useStyles();
  return (
    <ul className={classes.list}>
      {props.links.map(link => (
        <li key={link.url ?? link.title}>
          <Typography variant="body2">
            {link.url ? (
              <SafeLink url={link.url}>{link.title ?? link.url}</SafeLink>
            ) : (
              link.title
            )}
          </Typography>
        </li>
      ))}
    </ul>
  );
}

/** When the runbooks were last reviewed, as the runbook-reviewed check found. */
function LastReviewed({ check }: { check?: CheckResult }) {
  const classes = useStyles();
  const date = check?.details?.lastReviewed;
  if (check?.status === 'fail') {
    return (
      <Typography variant="body2" className={classes.missing}>
        {check.reason}
      </Typography>
    );
  }
  if (typeof date !== 'string') return null;
  const days = check?.details?.daysSinceReview;
  return (
    <Typography variant="body2" color="textSecondary">
      Last reviewed {date}
      {typeof days === 'number' ? ` (${days} days ago)` : ''}.
    </Typography>
  );
}

function Runbooks(props: { entity: Entity; reviewCheck?: CheckResult }) {
  const portalBaseUrl = usePortalBaseUrl();
  const runbooks = linksOfType(props.entity, LINK_TYPE_RUNBOOK).filter(
    link => !problemWithDocsLink(link.url, portalBaseUrl),
  );
  return (
    <Section title="Runbooks">
      {runbooks.length > 0 ? (
        <>
          <LinkList links={runbooks} />
          <LastReviewed check={props.reviewCheck} />
        </>
      ) : (
        <Missing>No runbook linked.</Missing>
      )}
    </Section>
  );
}

function Escalation({ onCall }: { onCall: OnCall }) {
  const config = useApi(configApiRef);
  const details = onCall.escalationCheck?.details ?? {};
  if (onCall.escalation.length === 0) {
    // A missing pager is a finding only where the escalation-policy check applies.
    return (
      <Section title="Escalation">
        {onCall.escalationCheck ? (
          <Missing>
            Nobody is paged: no PagerDuty service or Opsgenie team.
          </Missing>
        ) : (
          <Typography variant="body2" color="textSecondary">
            No PagerDuty service or Opsgenie team here or on the owning team;
            call the on-call contact below.
          </Typography>
        )}
      </Section>
    );
  }
  return (
    <Section title="Escalation">
      {onCall.escalation.map(target => (
        <Typography variant="body2" key={`${target.provider}:${target.id}`}>
          {target.provider === 'pagerduty' ? (
            <>
              PagerDuty service{' '}
              <SafeLink
                url={pagerDutyServiceUrl(
                  target.id,
                  config,
                  details.pagerdutyServiceUrl,
                )}
              >
                {target.id}
              </SafeLink>
            </>
          ) : (
            <>Opsgenie team {target.id}</>
          )}
          {target.inherited && ' (the owning team’s)'}
        </Typography>
      ))}
      {details.escalationPolicyName && (
        <Typography variant="body2">
          Escalation policy{' '}
          <SafeLink url={details.escalationPolicyUrl}>
            {details.escalationPolicyName}
          </SafeLink>
          {details.escalationLevels !== undefined &&
            ` (${details.escalationLevels} levels)`}
        </Typography>
      )}
    </Section>
  );
}

function Contact({ onCall }: { onCall: OnCall }) {
  const email = onCall.contact?.spec?.profile as { email?: string } | undefined;
  return (
    <Section title="On call">
      {onCall.contactRef ? (
        <Typography variant="body2">
          <EntityRefLink entityRef={onCall.contactRef} />
          {email?.email && (
            <>
              {' · '}
              <Link to={`mailto:${email.email}`}>{email.email}</Link>
            </>
          )}
        </Typography>
      ) : (
        <Missing>
          {onCall.ownerRef
            ? 'The owning team names no on-call contact.'
            : 'No owner, so no on-call contact.'}
        </Missing>
      )}
      {onCall.schedules.length > 0 && (
        <LinkList
          links={onCall.schedules.map(s => ({
            url: s.url,
            title: s.title ?? 'On-call schedule',
          }))}
        />
      )}
      {onCall.ownerRef && (
        <Typography variant="body2" color="textSecondary">
          Owner: <EntityRefLink entityRef={onCall.ownerRef} />
        </Typography>
      )}
    </Section>
  );
}

function Alarms({ entity }: { entity: Entity }) {
  const alarms = cloudWatchAlarmsOf(entity);
  const { region } = awsLocationOf(entity);
  const dashboards = linksOfType(entity, LINK_TYPE_DASHBOARD).filter(
    l => !problemWithDocsLink(l.url),
  );
  if (alarms.length === 0 && dashboards.length === 0) return null;
  return (
    <Section title="Dashboards and alarms">
      {dashboards.length > 0 && <LinkList links={dashboards} />}
      {alarms.length > 0 && (
        <LinkList
          links={alarms.map(name =>
            region
              ? { url: cloudWatchAlarmUrl(name, region), title: name }
              : { title: name },
          )}
        />
      )}
    </Section>
  );
}

/**
 * For whoever was paged: runbooks, the escalation policy and the owner's
 * on-call contact first, then dashboards and alarms.
 */
export function EntityOnCallCard() {
  const { entity } = useEntity();
  const { value, loading, error } = useOnCall(entity);
  return (
    <InfoCard title="On call">
      <Runbooks entity={entity} reviewCheck={value?.runbookReviewCheck} />
      {loading && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {value && (
        <>
          <Escalation onCall={value} />
          <Contact onCall={value} />
        </>
      )}
      <Box>
        <Alarms entity={entity} />
      </Box>
    </InfoCard>
  );
}
