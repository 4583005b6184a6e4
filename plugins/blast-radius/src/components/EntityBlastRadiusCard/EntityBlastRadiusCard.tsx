import { getCompoundEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import { List, ListItem, ListItemText, Typography } from '@material-ui/core';
import { DEFAULT_BLAST_RADIUS_QUERY } from '@stagecraft/plugin-blast-radius-common';
import { useBlastRadius } from '../../hooks/useBlastRadius';
import { ExportButtons } from '../AffectedOwnersList';
import { summarizeBlastRadius } from '../BlastRadiusSummary';

export interface EntityBlastRadiusCardProps {
  /** Path of the "Blast radius" tab, relative to the entity page. */
  tabPath?: string;
  /** How many owners to list before "and N more". Default 5. */
  maxOwners?: number;
}

/**
 * Overview card: how much breaks with this entity and whom to call first,
 * with a link to the full "Blast radius" tab.
 */
export function EntityBlastRadiusCard(props: EntityBlastRadiusCardProps) {
  const { tabPath = 'blast-radius', maxOwners = 5 } = props;
  const { entity } = useEntity();
  const { value, loading, error } = useBlastRadius(
    getCompoundEntityRef(entity),
    DEFAULT_BLAST_RADIUS_QUERY,
  );

  return (
    <InfoCard
      title="Blast radius"
      deepLink={{ title: 'See the graph', link: tabPath }}
      action={
        value && value.owners.length > 0 && <ExportButtons result={value} />
      }
    >
      {loading && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {value && (
        <>
          <Typography variant="body2">{summarizeBlastRadius(value)}</Typography>
          <List dense aria-label="Owners to call">
            {value.owners.slice(0, maxOwners).map(owner => (
              <ListItem key={owner.owner.entityRef} disableGutters>
                <ListItemText
                  primary={
                    <EntityRefLink entityRef={owner.owner.entityRef}>
                      {owner.owner.title ?? owner.owner.name}
                    </EntityRefLink>
                  }
                  secondary={
                    owner.oncall
                      ? `On call: ${owner.oncall.name}${
                          owner.oncall.email ? ` · ${owner.oncall.email}` : ''
                        } · ${owner.entities.length} affected`
                      : `No on-call contact · ${owner.entities.length} affected`
                  }
                />
              </ListItem>
            ))}
          </List>
          {value.owners.length > maxOwners && (
            <Typography variant="body2" color="textSecondary">
              and {value.owners.length - maxOwners} more owners
            </Typography>
          )}
        </>
      )}
    </InfoCard>
  );
}
