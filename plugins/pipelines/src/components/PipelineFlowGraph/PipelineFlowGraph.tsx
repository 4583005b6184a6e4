import { useMemo } from 'react';
import {
  ScrollCues,
  useScrollBox,
} from '@stagecraft/catalog-conventions-react';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import {
  EDGE_DRIFT_LABELS,
  EdgeDriftSide,
  PipelineEdgeDrift,
  PipelineView,
  edgeKey,
} from '@stagecraft/plugin-pipelines-common';
import { HEALTH_COLORS } from '../HealthChip';
import { DRIFT_EDGE_STYLES, drawnDrift } from './driftEdges';
import { edgePath, layoutFlow } from './layout';
import { labelPosition } from './labelPosition';

/** Room a drift label takes on the canvas, to keep it off the stage cards. */
const LABEL_SIZE = { width: 92, height: 18 };
import { StageNode } from './StageNode';

const NODE_WIDTH = 184;
const NODE_HEIGHT = 112;
const MIN_SCALE = 0.64;
const COMPACT_RANK_SEP = 40;
const LABELLED_RANK_SEP = 72;
const EDGE_KINDS = [
  'normal',
  'active',
  'stopped',
  'only-in-aws',
  'only-in-yaml',
] as const;
type EdgeKind = (typeof EDGE_KINDS)[number];

const useStyles = makeStyles(theme => ({
  frame: { position: 'relative' },
  viewport: {
    width: '100%',
    overflowX: 'auto',
    overflowY: 'hidden',
    '&:focus-visible': { outline: `2px solid ${theme.palette.primary.main}` },
  },
  canvas: { position: 'relative', transformOrigin: '0 0' },
  svg: {
    position: 'absolute',
    left: 0,
    top: 0,
    pointerEvents: 'none',
    overflow: 'visible',
  },
  driftLabel: {
    position: 'absolute',
    transform: 'translate(-50%, -50%)',
    whiteSpace: 'nowrap',
    fontSize: 11,
    fontWeight: 600,
    lineHeight: '16px',
    padding: '0 5px',
    borderRadius: 8,
    border: '1px dashed',
    backgroundColor: theme.palette.background.paper,
    pointerEvents: 'none',
    zIndex: 1,
  },
}));

export interface PipelineFlowGraphProps {
  view: PipelineView;
  selected?: string;
  onSelect: (ref: string) => void;
  /** Edges YAML and AWS disagree on: drawn dashed and labelled, those only in AWS added. */
  drift?: PipelineEdgeDrift;
}

/**
 * The pipeline as a left-to-right flow: stages laid out by dagre, drawn as cards with their
 * health and key-metric sparkline, edges in the direction data moves. Shrinks to fit the
 * page width (down to 64%), then scrolls, and says so while stages are out of view.
 */
export function PipelineFlowGraph({
  view,
  selected,
  onSelect,
  drift,
}: PipelineFlowGraphProps) {
  const classes = useStyles();
  const theme = useTheme();
  const { ref, box } = useScrollBox<HTMLDivElement>();
  const available = box?.clientWidth || undefined;
  const { extraEdges, sideOf } = useMemo(
    () =>
      drawnDrift(
        view.stages.map(s => s.ref),
        drift,
      ),
    [view.stages, drift],
  );
  const layout = useMemo(() => {
    const lay = (rankSep: number) =>
      layoutFlow(
        view.stages.map(s => s.ref),
        [...view.edges, ...extraEdges],
        {
          nodeWidth: NODE_WIDTH,
          nodeHeight: NODE_HEIGHT,
          rankSep,
          nodeSep: 16,
        },
      );
    const compact = lay(COMPACT_RANK_SEP);
    if (sideOf.size === 0) return compact;
    // Room between columns for the drift labels, unless that makes the flow scroll.
    const roomy = lay(LABELLED_RANK_SEP);
    const fits = (width: number) =>
      available === undefined || width * MIN_SCALE <= available;
    return fits(roomy.width) || !fits(compact.width) ? roomy : compact;
  }, [view.stages, view.edges, extraEdges, sideOf, available]);
  const byRef = useMemo(
    () => new Map(view.stages.map(s => [s.ref, s])),
    [view.stages],
  );
  const edgeColors: Record<EdgeKind, string> = {
    normal: theme.palette.text.hint,
    active: theme.palette.primary.main,
    stopped: HEALTH_COLORS['data-stopped'],
    'only-in-aws': DRIFT_EDGE_STYLES['only-in-aws'].color,
    'only-in-yaml': DRIFT_EDGE_STYLES['only-in-yaml'].color,
  };
  const scale = available
    ? Math.max(MIN_SCALE, Math.min(1, available / Math.max(layout.width, 1)))
    : 1;
  const stagesToTheRight = box
    ? [...layout.nodes.values()].filter(
        node =>
          (node.x + node.width) * scale > box.scrollLeft + box.clientWidth + 1,
      ).length
    : 0;
  const overflows = box !== undefined && box.scrollWidth > box.clientWidth + 1;

  return (
    <div className={classes.frame}>
      <div
        ref={ref}
        className={classes.viewport}
        data-testid="pipeline-flow"
        role="region"
        aria-label={`Flow of ${view.pipeline.title}`}
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region is focusable so the arrow keys scroll it (WCAG 2.1.1); only while it scrolls
        tabIndex={overflows ? 0 : undefined}
      >
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
                const key = edgeKey(edge.from, edge.to);
                const side: EdgeDriftSide | undefined = sideOf.get(key);
                const stopped =
                  byRef.get(edge.from)?.health.state === 'data-stopped';
                const active =
                  selected !== undefined &&
                  (edge.from === selected || edge.to === selected);
                let kind: EdgeKind = 'normal';
                if (active) kind = 'active';
                if (stopped) kind = 'stopped';
                if (side) kind = side;
                let dash: string | undefined = stopped ? '6 4' : undefined;
                if (side) dash = DRIFT_EDGE_STYLES[side].dash;
                return (
                  <path
                    key={key}
                    data-testid={`edge-${key}`}
                    data-drift={side}
                    d={edgePath(edge.points)}
                    fill="none"
                    stroke={edgeColors[kind]}
                    strokeWidth={active || side ? 2.4 : 1.4}
                    strokeDasharray={dash}
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
            {layout.edges.map(edge => {
              const key = edgeKey(edge.from, edge.to);
              const side = sideOf.get(key);
              if (!side) return null;
              const at = labelPosition(
                edge.points,
                layout.nodes.values(),
                LABEL_SIZE,
              );
              return (
                <span
                  key={`label-${key}`}
                  data-testid={`drift-label-${key}`}
                  className={classes.driftLabel}
                  style={{
                    left: at.x,
                    top: at.y,
                    color: DRIFT_EDGE_STYLES[side].color,
                    borderColor: DRIFT_EDGE_STYLES[side].color,
                  }}
                >
                  {EDGE_DRIFT_LABELS[side]}
                </span>
              );
            })}
          </div>
        </div>
      </div>
      <ScrollCues
        box={box}
        scroller={ref}
        hiddenToTheRight={stagesToTheRight}
        noun={['stage', 'stages']}
        testId="pipeline-flow"
      />
    </div>
  );
}
