import dagre from '@dagrejs/dagre';
import { FlowEdge } from '@stagecraft/plugin-pipelines-common';

export interface Point {
  x: number;
  y: number;
}

export interface PositionedNode {
  id: string;
  /** Top-left corner. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RoutedEdge extends FlowEdge {
  points: Point[];
}

export interface FlowLayout {
  width: number;
  height: number;
  nodes: Map<string, PositionedNode>;
  edges: RoutedEdge[];
}

export interface LayoutOptions {
  nodeWidth: number;
  nodeHeight: number;
  direction?: 'LR' | 'TB';
  rankSep?: number;
  nodeSep?: number;
  margin?: number;
}

/**
 * Places the stages with dagre (layered layout in the direction data flows) and routes the
 * edges between them. Cycles (a loader re-triggering itself) and isolated stages are fine.
 */
export function layoutFlow(
  nodeIds: string[],
  edges: FlowEdge[],
  options: LayoutOptions,
): FlowLayout {
  const margin = options.margin ?? 16;
  const graph = new dagre.graphlib.Graph({ multigraph: false });
  graph.setGraph({
    rankdir: options.direction ?? 'LR',
    ranksep: options.rankSep ?? 72,
    nodesep: options.nodeSep ?? 24,
    edgesep: 12,
    marginx: margin,
    marginy: margin,
    ranker: 'network-simplex',
  });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const id of nodeIds) {
    graph.setNode(id, { width: options.nodeWidth, height: options.nodeHeight });
  }
  const known = new Set(nodeIds);
  for (const edge of edges) {
    if (known.has(edge.from) && known.has(edge.to) && edge.from !== edge.to) {
      graph.setEdge(edge.from, edge.to);
    }
  }
  dagre.layout(graph);

  const nodes = new Map<string, PositionedNode>();
  for (const id of nodeIds) {
    const n = graph.node(id);
    nodes.set(id, {
      id,
      x: n.x - n.width / 2,
      y: n.y - n.height / 2,
      width: n.width,
      height: n.height,
    });
  }
  const routed: RoutedEdge[] = graph.edges().map(e => ({
    from: e.v,
    to: e.w,
    points: (graph.edge(e).points ?? []).map(p => ({ x: p.x, y: p.y })),
  }));
  const label = graph.graph();
  return {
    width: Math.ceil(label.width ?? 0),
    height: Math.ceil(label.height ?? 0),
    nodes,
    edges: routed,
  };
}

/** An SVG path through dagre's edge points, smoothed with quadratic curves. */
export function edgePath(points: Point[]): string {
  if (points.length === 0) return '';
  if (points.length === 1) return `M${points[0].x},${points[0].y}`;
  let d = `M${points[0].x},${points[0].y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const mid = {
      x: (points[i].x + points[i + 1].x) / 2,
      y: (points[i].y + points[i + 1].y) / 2,
    };
    d += ` Q${points[i].x},${points[i].y} ${mid.x},${mid.y}`;
  }
  const last = points[points.length - 1];
  return `${d} L${last.x},${last.y}`;
}
