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
import { useEffect, useState } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { readinessApiRef } from '../../api';
import { useRunFinished } from '../../hooks/useRunFinished';
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
  const [checkedNow, setCheckedNow] = useState(false);
  // Each finished run loads the stored result again, newer than one checked now before it.
  const { runsFinished } = useRunFinished();

  const [loaded, load] = useAsyncFn(
    () => api.getEntityResult(entityRef),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, refKey, runsFinished],
  );
  const [evaluated, evaluate] = useAsyncFn(async () => {
    const result = await api.evaluateEntity(entityRef);
    setCheckedNow(true);
    return result;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, refKey]);

  const [exemptions, loadExemptions] = useAsyncFn(
    () => api.getEntityExemptions(entityRef),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, refKey],
  );

  useEffect(() => {
    setCheckedNow(false);
    load();
    loadExemptions();
  }, [load, loadExemptions]);

  const state = checkedNow ? evaluated : loaded;
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
  if (state.loading || evaluated.loading) {
    content = <Progress />;
  } else if (evaluated.error) {
    content = <ResponseErrorPanel error={evaluated.error} />;
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
              exemptions={exemptions.value}
              onRequested={loadExemptions}
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
