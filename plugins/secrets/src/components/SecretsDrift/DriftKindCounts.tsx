import {
  DRIFT_KIND_LABELS,
  DRIFT_KINDS,
  type DriftKind,
} from '@stagecraft/plugin-secrets-common';
import { CountTiles } from '../shared';
import { DRIFT_KIND_COLORS } from './driftKindColors';

/** How many findings of each kind the other filters show; a tile filters by its kind. */
export const DriftKindCounts = (props: {
  counts: Record<DriftKind, number>;
  kind?: DriftKind;
  onKindChange: (kind?: DriftKind) => void;
}) => (
  <CountTiles
    label="Findings per kind"
    width={2}
    tiles={DRIFT_KINDS.map(kind => ({
      id: kind,
      label: DRIFT_KIND_LABELS[kind],
      value: props.counts[kind],
      color: DRIFT_KIND_COLORS[kind],
      selected: props.kind === kind,
      onClick: () => props.onKindChange(props.kind === kind ? undefined : kind),
    }))}
  />
);
