import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  Content,
  Header,
  InfoCard,
  Link,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  catalogApiRef,
  entityPresentationSnapshot,
} from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { useEffect, useState } from 'react';
import { rootEntityRefsQuery } from '../GraphStart/graphQuery';

/** The kinds a graph can usefully start from, each with the heading of its list. */
const startingKinds = [
  { kind: 'group', heading: 'Teams' },
  { kind: 'system', heading: 'Systems' },
  { kind: 'domain', heading: 'Domains' },
];

type Start = { ref: string; kind: string; title: string; description: string };

type Starts =
  | { loading: true }
  | { loading: false; starts: Start[] }
  | { loading: false; error: Error };

function useStarts(): Starts {
  const catalogApi = useApi(catalogApiRef);
  const [starts, setStarts] = useState<Starts>({ loading: true });
  useEffect(() => {
    let current = true;
    catalogApi
      .getEntities({
        filter: { kind: startingKinds.map(k => k.kind) },
        fields: [
          'kind',
          'metadata.namespace',
          'metadata.name',
          'metadata.title',
          'metadata.description',
          'spec.profile.displayName',
        ],
      })
      .then(
        ({ items }) =>
          current && setStarts({ loading: false, starts: items.map(toStart) }),
        error => current && setStarts({ loading: false, error }),
      );
    return () => {
      current = false;
    };
  }, [catalogApi]);
  return starts;
}

function toStart(entity: Entity): Start {
  return {
    ref: stringifyEntityRef(entity),
    kind: entity.kind.toLocaleLowerCase('en-US'),
    title: entityPresentationSnapshot(entity).primaryTitle,
    description: entity.metadata.description ?? '',
  };
}

function matches(start: Start, search: string): boolean {
  const words = search.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const text =
    `${start.title} ${start.ref} ${start.description}`.toLocaleLowerCase();
  return words.every(word => text.includes(word));
}

function StartList({ heading, starts }: { heading: string; starts: Start[] }) {
  const sorted = [...starts].sort((a, b) => a.title.localeCompare(b.title));
  return (
    <InfoCard title={heading}>
      <List dense aria-label={heading}>
        {sorted.map(start => (
          <ListItem key={start.ref}>
            <ListItemText
              primary={
                <Link to={rootEntityRefsQuery([start.ref])}>{start.title}</Link>
              }
              secondary={start.description}
            />
          </ListItem>
        ))}
      </List>
    </InfoCard>
  );
}

function StartLists({ starts }: { starts: Start[] }) {
  const [search, setSearch] = useState('');
  const shown = starts.filter(start => matches(start, search));
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <TextField
          id="graph-start-search"
          label="Search teams, systems and domains"
          variant="outlined"
          fullWidth
          value={search}
          onChange={event => setSearch(event.target.value)}
        />
      </Grid>
      {shown.length === 0 && (
        <Grid item xs={12}>
          <Typography>{`Nothing matches "${search}".`}</Typography>
        </Grid>
      )}
      {startingKinds.map(({ kind, heading }) => {
        const ofKind = shown.filter(start => start.kind === kind);
        return (
          ofKind.length > 0 && (
            <Grid item xs={12} md={4} key={kind}>
              <StartList heading={heading} starts={ofKind} />
            </Grid>
          )
        );
      })}
    </Grid>
  );
}

/**
 * Where the catalog graph starts, for a user who is not in a team: the catalog's teams,
 * systems and domains, with a search field. Choosing one opens the graph there.
 */
export function GraphChooser() {
  const starts = useStarts();
  return (
    <Page themeId="home">
      <Header title="Catalog Graph" subtitle="Choose where the graph starts" />
      <Content>
        <Typography paragraph>
          The graph opens on your team when you are a member of one. You are not
          in a team in the catalog, so pick a team, system or domain to start
          from; from there, click any node to move the graph to it.
        </Typography>
        {starts.loading && <Progress />}
        {!starts.loading && 'error' in starts && (
          <ResponseErrorPanel error={starts.error} />
        )}
        {!starts.loading && 'starts' in starts && (
          <StartLists starts={starts.starts} />
        )}
      </Content>
    </Page>
  );
}
