import {
  getCompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  Gauge,
  InfoCard,
  Progress,
  ResponseErrorPanel,
  WarningPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import RefreshIcon from '@material-ui/icons/Refresh';
import type { EntityReadiness } from '@stagecraft/plugin-readiness-common';
import { useRef, useState } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { readinessApiRef } from '../../api';
import { useRunReloaded } from '../../hooks/useRunReloaded';
import { CheckList, StatusChip, TimeAgoCaption } from '../shared';
import { ExemptionAction } from './ExemptionAction';

const useStyles = makeStyles(theme => ({
  // Gauge takes no classes; at its small size its 25px "100%" is wider than the ring's hole.
  gauge: { '& svg + div': { fontSize: theme.typography.pxToRem(18) } },
}));

function Summary({ result }: { result: EntityReadiness }) {
  const classes = useStyles();
  const counted = result.checks.filter(
    c => c.checkId !== 'production-complete',
  );
  const passed = counted.filter(c => c.status === 'pass').length;
  const exempt = counted.filter(c => c.status === 'exempt').length;
  return (
    <Box display="flex" alignItems="center" mb={1}>
      <Box
        width={96}
        mr={2}
        className={classes.gauge}
        aria-label={`Readiness score ${result.score} out of 100`}
      >
        <Gauge value={result.score / 100} size="small" />
      </Box>
      <Box>
        <StatusChip status={result.status} size="medium" />
        <Typography variant="body2">
          {passed} of {counted.length} checks pass
          {exempt > 0 && `, ${exempt} exempt`}
        </Typography>
        <TimeAgoCaption label="Last checked" at={result.evaluatedAt} />
      </Box>
    </Box>
  );
}

/**
 * Operational readiness of the current entity: score, every check with its
 * reason and fix link, and when it was last checked. "Check now" re-evaluates.
 */
export function EntityReadinessCard() {
  const { entity } = useEntity();
  const api = useApi(readinessApiRef);
  const entityRef = getCompoundEntityRef(entity);
  const refKey = stringifyEntityRef(entityRef);
  // The entity whose "Check now" result is shown instead of its stored result.
  const [checkedNowFor, setCheckedNowFor] = useState<string>();
  const checkedNow = checkedNowFor === refKey;
  const checks = useRef(0);

  // The result and the exemptions load as one, so a finished run redraws both at once.
  const loaded = useRunReloaded(
    async () => {
      const checksBefore = checks.current;
      const [result, exemptions] = await Promise.all([
        api.getEntityResult(entityRef),
        // Without them the card still shows the result, and offers every request.
        api.getEntityExemptions(entityRef).catch(() => undefined),
      ]);
      // Asked for after the last "Check now": a finished run's result, newer than that one.
      if (checks.current === checksBefore) setCheckedNowFor(undefined);
      return { result, exemptions };
    },
    refKey,
    [api],
  );
  const [evaluated, evaluate] = useAsyncFn(() => {
    checks.current += 1;
    setCheckedNowFor(refKey);
    return api.evaluateEntity(entityRef);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, refKey]);

  const state = checkedNow
    ? evaluated
    : { ...loaded, value: loaded.value?.result };
  const result = state.value;
  const action = (
    <Button
      size="small"
      startIcon={<RefreshIcon />}
      onClick={() => evaluate()}
      disabled={evaluated.loading}
    >
      Check now
    </Button>
  );

  let content;
  if (state.loading) {
    content = <Progress />;
  } else if (state.error) {
    content = <ResponseErrorPanel error={state.error} />;
  } else if (!result) {
    content = (
      <Typography variant="body2" color="textSecondary">
        {checkedNow
          ? 'No readiness check applies to this entity.'
          : 'Not evaluated yet. Production services are checked every few minutes; use Check now to check it right away.'}
      </Typography>
    );
  } else {
    content = (
      <>
        <Summary result={result} />
        {result.error && (
          <WarningPanel
            severity="warning"
            title="Could not be evaluated"
            message={result.error}
          />
        )}
        <CheckList
          checks={result.checks}
          action={check => (
            <ExemptionAction
              entityRef={refKey}
              check={check}
              exemptions={loaded.value?.exemptions}
              onRequested={loaded.retry}
            />
          )}
        />
      </>
    );
  }

  return (
    <InfoCard title="Readiness" action={action}>
      {content}
    </InfoCard>
  );
}
