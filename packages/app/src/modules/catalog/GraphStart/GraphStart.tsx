import { Progress } from '@backstage/core-components';
import { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { GraphChooser } from '../GraphChooser';
import { hasRootEntityRefs, rootEntityRefsQuery } from './graphQuery';
import { useMyTeams } from './useMyTeams';

/**
 * The catalog graph (`children`) once its address says where it starts. Opened bare (the
 * sidebar's "Graph"), it starts at the signed-in user's teams; a user in no team (the
 * guest) picks a team, system or domain instead of facing an empty canvas.
 */
export function GraphStart({ children }: { children: ReactNode }) {
  const { search } = useLocation();
  if (hasRootEntityRefs(search)) {
    return <>{children}</>;
  }
  return <StartAtMyTeams />;
}

function StartAtMyTeams() {
  const teams = useMyTeams();
  if (teams.loading) {
    return <Progress />;
  }
  if (teams.teamRefs.length === 0) {
    return <GraphChooser />;
  }
  return (
    <Navigate replace to={{ search: rootEntityRefsQuery(teams.teamRefs) }} />
  );
}
