import { useState } from 'react';
import { getCompoundEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { Box, Grid } from '@material-ui/core';
import {
  BlastRadiusQuery,
  DEFAULT_BLAST_RADIUS_QUERY,
  reachedEntitiesPhrase,
} from '@stagecraft/plugin-blast-radius-common';
import { useBlastRadius } from '../../hooks/useBlastRadius';
import { AffectedOwnersList, ExportButtons } from '../AffectedOwnersList';
import { BlastRadiusControls, GroupByOption } from '../BlastRadiusControls';
import { BlastRadiusGraph } from '../BlastRadiusGraph';
import { BlastRadiusSummary } from '../BlastRadiusSummary';

export interface EntityBlastRadiusContentProps {
  /** Starting query; the user changes it with the controls. */
  initialQuery?: Partial<BlastRadiusQuery>;
  /** Starting colouring of the graph. Default `system`. */
  initialGroupBy?: GroupByOption;
}

/**
 * The "Blast radius" entity tab: what breaks if this entity breaks (or what it
 * needs) as an interactive graph, and the owners to call with their on-call
 * contacts and runbooks, ready to copy or export.
 */
export function EntityBlastRadiusContent(props: EntityBlastRadiusContentProps) {
  const { entity } = useEntity();
  const [query, setQuery] = useState<BlastRadiusQuery>({
    ...DEFAULT_BLAST_RADIUS_QUERY,
    ...props.initialQuery,
  });
  const [groupBy, setGroupBy] = useState<GroupByOption>(
    props.initialGroupBy ?? 'system',
  );
  const { value, loading, error } = useBlastRadius(
    getCompoundEntityRef(entity),
    query,
  );

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <BlastRadiusControls
          query={query}
          groupBy={groupBy}
          onQueryChange={setQuery}
          onGroupByChange={setGroupBy}
        />
      </Grid>
      {loading && !value && (
        <Grid item xs={12}>
          <Progress />
        </Grid>
      )}
      {error && (
        <Grid item xs={12}>
          <ResponseErrorPanel error={error} />
        </Grid>
      )}
      {value && !error && (
        <>
          <Grid item xs={12}>
            <InfoCard
              title={
                query.direction === 'dependents'
                  ? 'Blast radius'
                  : 'Dependencies'
              }
              subheader={<BlastRadiusSummary result={value} />}
            >
              <Box aria-busy={loading}>
                <BlastRadiusGraph result={value} groupBy={groupBy} />
              </Box>
            </InfoCard>
          </Grid>
          <Grid item xs={12}>
            <InfoCard
              title="Whom to call"
              subheader={`Owners of the ${reachedEntitiesPhrase(
                query.direction,
              )}, nearest first, with their on-call contact and runbooks.`}
              action={
                <Box mt={1} mr={1}>
                  <ExportButtons result={value} />
                </Box>
              }
            >
              <AffectedOwnersList
                owners={value.owners}
                direction={query.direction}
                shownCount={value.nodes.length}
              />
            </InfoCard>
          </Grid>
        </>
      )}
    </Grid>
  );
}
