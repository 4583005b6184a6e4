import {
  EdgeDriftSide,
  FlowEdge,
  PipelineEdgeDrift,
  edgeKey,
} from '@stagecraft/plugin-pipelines-common';

/**
 * How each side of a drifted edge is drawn: colour and SVG dash pattern. Teal and magenta,
 * apart from the selection's blue and the health colours.
 */
export const DRIFT_EDGE_STYLES: Record<
  EdgeDriftSide,
  { color: string; dash: string }
> = {
  'only-in-aws': { color: '#00838f', dash: '9 5' },
  'only-in-yaml': { color: '#ad1457', dash: '3 4' },
};

export interface DrawnDrift {
  /** Edges AWS has and the YAML does not, between two stages on the page: drawn too. */
  extraEdges: FlowEdge[];
  /** The drift side of every drawn edge that has one, by `edgeKey`. */
  sideOf: Map<string, EdgeDriftSide>;
}

/** Which drifted edges can be drawn on the flow: those between two stages shown. */
export function drawnDrift(
  stageRefs: string[],
  drift: PipelineEdgeDrift | undefined,
): DrawnDrift {
  const shown = new Set(stageRefs);
  const extraEdges: FlowEdge[] = [];
  const sideOf = new Map<string, EdgeDriftSide>();
  for (const edge of [
    ...(drift?.onlyInAws ?? []),
    ...(drift?.onlyInYaml ?? []),
  ]) {
    const from = edge.source.ref;
    const to = edge.target.ref;
    if (!from || !to || !shown.has(from) || !shown.has(to)) continue;
    const key = edgeKey(from, to);
    if (sideOf.has(key)) continue;
    sideOf.set(key, edge.side);
    if (edge.side === 'only-in-aws') extraEdges.push({ from, to });
  }
  return { extraEdges, sideOf };
}
