import { Point, PositionedNode } from './layout';

/** Points every 1/`parts` of the way along a polyline, the ends left out. */
function samples(points: Point[], parts: number): Point[] {
  const lengths = points
    .slice(1)
    .map((p, i) => Math.hypot(p.x - points[i].x, p.y - points[i].y));
  const total = lengths.reduce((a, b) => a + b, 0);
  if (points.length < 2 || total === 0) return points.slice(0, 1);
  const out: Point[] = [];
  for (let k = 1; k < parts; k++) {
    let along = (k * total) / parts;
    let i = 0;
    while (i < lengths.length - 1 && along > lengths[i]) along -= lengths[i++];
    const f = lengths[i] === 0 ? 0 : along / lengths[i];
    out.push({
      x: points[i].x + (points[i + 1].x - points[i].x) * f,
      y: points[i].y + (points[i + 1].y - points[i].y) * f,
    });
  }
  return out;
}

function overlap(
  center: Point,
  size: { width: number; height: number },
  node: PositionedNode,
): number {
  const left = Math.max(center.x - size.width / 2, node.x);
  const right = Math.min(center.x + size.width / 2, node.x + node.width);
  const top = Math.max(center.y - size.height / 2, node.y);
  const bottom = Math.min(center.y + size.height / 2, node.y + node.height);
  return Math.max(0, right - left) * Math.max(0, bottom - top);
}

/**
 * Where on an edge to centre a label of `size`: the point along it where the label covers
 * the least of any stage card, the one nearest the middle among equals.
 */
export function labelPosition(
  points: Point[],
  nodes: Iterable<PositionedNode>,
  size: { width: number; height: number },
): Point {
  const candidates = samples(points, 20);
  const all = [...nodes];
  let best = candidates[0] ?? { x: 0, y: 0 };
  let bestScore = Infinity;
  candidates.forEach((candidate, i) => {
    const covered = all.reduce((a, n) => a + overlap(candidate, size, n), 0);
    const offCentre = Math.abs(i - (candidates.length - 1) / 2);
    const score = covered * 1000 + offCentre;
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  });
  return best;
}
