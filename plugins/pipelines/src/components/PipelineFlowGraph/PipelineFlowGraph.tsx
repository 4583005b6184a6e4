import { useEffect, useMemo, useRef, useState } from 'react';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import { PipelineView } from '@stagecraft/plugin-pipelines-common';
import { HEALTH_COLORS } from '../HealthChip';
import { edgePath, layoutFlow } from './layout';
import { StageNode } from './StageNode';

const NODE_WIDTH = 184;
const NODE_HEIGHT = 112;
const MIN_SCALE = 0.64;
const EDGE_KINDS = ['normal', 'active', 'stopped'] as const;
type EdgeKind = (typeof EDGE_KINDS)[number];

const useStyles = makeStyles({
  viewport: { width: '100%', overflowX: 'auto', overflowY: 'hidden' },
  canvas: { position: 'relative', transformOrigin: '0 0' },
  svg: {
    position: 'absolute',
    left: 0,
    top: 0,
    pointerEvents: 'none',
    overflow: 'visible',
  },
});

function useWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number | undefined>(undefined);
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    setWidth(element.clientWidth || undefined);
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(entries => {
      setWidth(entries[0]?.contentRect.width || undefined);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

export interface PipelineFlowGraphProps {
  view: PipelineView;
  selected?: string;
  onSelect: (ref: string) => void;
}

/**
 * The pipeline as a left-to-right flow: stages laid out by dagre, drawn as cards with their
 * health and key-metric sparkline, edges in the direction data moves. Shrinks to fit the
 * page width (down to 64%), then scrolls.
 */
export function PipelineFlowGraph({
  view,
  selected,
  onSelect,
}: PipelineFlowGraphProps) {
  const classes = useStyles();
  const theme = useTheme();
  const { ref, width: available } = useWidth<HTMLDivElement>();
  const layout = useMemo(
    () =>
      layoutFlow(
        view.stages.map(s => s.ref),
        view.edges,
        {
          nodeWidth: NODE_WIDTH,
          nodeHeight: NODE_HEIGHT,
          rankSep: 40,
          nodeSep: 16,
        },
      ),
    [view.stages, view.edges],
  );
  const byRef = useMemo(
    () => new Map(view.stages.map(s => [s.ref, s])),
    [view.stages],
  );
  const edgeColors: Record<EdgeKind, string> = {
    normal: theme.palette.text.hint,
    active: theme.palette.primary.main,
    stopped: HEALTH_COLORS['data-stopped'],
  };
  const scale = available
    ? Math.max(MIN_SCALE, Math.min(1, available / Math.max(layout.width, 1)))
    : 1;

  return (
    <div ref={ref} className={classes.viewport} data-testid="pipeline-flow">
      <div
        style={{ width: layout.width * scale, height: layout.height * scale }}
      >
        <div
          className={classes.canvas}
          style={{
            width: layout.width,
            height: layout.height,
            transform: `scale(${scale})`,
          }}
        >
          <svg
            className={classes.svg}
            width={layout.width}
            height={layout.height}
          >
            <defs>
              {EDGE_KINDS.map(kind => (
                <marker
                  key={kind}
                  id={`pipeline-arrow-${kind}`}
                  viewBox="0 0 10 10"
                  refX="9"
                  refY="5"
                  markerWidth="7"
                  markerHeight="7"
                  orient="auto-start-reverse"
                >
                  <path d="M 0 0 L 10 5 L 0 10 z" fill={edgeColors[kind]} />
                </marker>
              ))}
            </defs>
            {layout.edges.map(edge => {
              const stopped =
                byRef.get(edge.from)?.health.state === 'data-stopped';
              const active =
                selected !== undefined &&
                (edge.from === selected || edge.to === selected);
              let kind: EdgeKind = 'normal';
              if (active) kind = 'active';
              if (stopped) kind = 'stopped';
              return (
                <path
                  key={`${edge.from}->${edge.to}`}
                  data-testid={`edge-${edge.from}->${edge.to}`}
                  d={edgePath(edge.points)}
                  fill="none"
                  stroke={edgeColors[kind]}
                  strokeWidth={active ? 2.2 : 1.4}
                  strokeDasharray={stopped ? '6 4' : undefined}
                  markerEnd={`url(#pipeline-arrow-${kind})`}
                />
              );
            })}
          </svg>
          {view.stages.map(stage => {
            const node = layout.nodes.get(stage.ref)!;
            return (
              <StageNode
                key={stage.ref}
                stage={stage}
                x={node.x}
                y={node.y}
                width={node.width}
                height={node.height}
                selected={stage.ref === selected}
                onSelect={onSelect}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
