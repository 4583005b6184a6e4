import { useCallback, useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import {
  DependencyGraph,
  DependencyGraphTypes,
} from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { Box, makeStyles } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import {
  ScrollCues,
  useScrollBox,
} from '@stagecraft/catalog-conventions-react';
import {
  BlastRadiusNode as Node,
  BlastRadiusResult,
  groupBlastRadiusNodes,
} from '@stagecraft/plugin-blast-radius-common';
import { GroupByOption } from '../BlastRadiusControls';
import { assignGroupColors } from '../../lib/groupColors';
import { BlastRadiusNode, GraphNodeData } from './BlastRadiusNode';
import { GroupLegend } from './GroupLegend';
import { nodesToTheRight } from './nodesToTheRight';

/** More nodes than this are not drawn (the owners list still has them all). */
export const MAX_GRAPH_NODES = 300;
/** Edge labels are drawn only on graphs with at most this many edges. */
const MAX_LABELLED_EDGES = 40;

const useStyles = makeStyles(theme => ({
  frame: { position: 'relative' },
  canvas: {
    maxHeight: '75vh',
    overflow: 'auto',
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
    // The graph sets its SVG to 100% wide, which shrinks a wide graph until
    // its text is unreadable. With width auto the SVG takes its natural
    // width from the viewBox, and the canvas scrolls instead.
    '& svg#dependency-graph': {
      width: 'auto',
      maxWidth: 'none',
    },
    // The graph's full-screen wrapper clips it to the card: outside full screen it must not,
    // or what lies beyond the card's right edge cannot be scrolled to.
    '& .fullscreen:not(:fullscreen)': {
      overflow: 'visible',
    },
  },
}));

function edgeLabel(relations: string[], indirect?: boolean): string {
  return indirect ? 'indirect' : relations.join(', ');
}

export interface BlastRadiusGraphProps {
  result: BlastRadiusResult;
  groupBy: GroupByOption;
}

/**
 * The blast radius as a left-to-right graph laid out by dagre: the start on
 * the left, each column one hop further. Nodes are coloured by system or
 * owner; clicking one opens its entity page.
 */
export function BlastRadiusGraph({ result, groupBy }: BlastRadiusGraphProps) {
  const classes = useStyles();
  const { ref, box } = useScrollBox<HTMLDivElement>();
  const navigate = useNavigate();
  const entityRoute = useRouteRef(entityRouteRef);

  const onOpen = useCallback(
    (node: Node) =>
      navigate(
        entityRoute({
          kind: node.kind,
          namespace: node.namespace,
          name: node.name,
        }),
      ),
    [navigate, entityRoute],
  );

  const shownNodes = useMemo(
    () => result.nodes.slice(0, MAX_GRAPH_NODES),
    [result.nodes],
  );

  const groups = useMemo(
    () =>
      groupBy === 'none'
        ? []
        : groupBlastRadiusNodes(
            { nodes: shownNodes, references: result.references },
            groupBy,
          ),
    [groupBy, shownNodes, result.references],
  );
  const colors = useMemo(
    () => assignGroupColors(groups.map(g => g.key)),
    [groups],
  );

  const { nodes, edges } = useMemo(() => {
    const labelOf = new Map<string | null, string>(
      groups.map(g => [g.key, g.label]),
    );
    const ids = new Set(shownNodes.map(n => n.entityRef));
    const graphNodes: DependencyGraphTypes.DependencyNode<GraphNodeData>[] =
      shownNodes.map(node => {
        const key = groupBy === 'none' ? null : node[groupBy] ?? null;
        return {
          id: node.entityRef,
          node,
          isRoot: node.entityRef === result.root.entityRef,
          color: groupBy === 'none' ? '#bbdefb' : colors.get(key)!,
          groupLabel: groupBy === 'none' ? undefined : labelOf.get(key),
          onOpen,
        };
      });
    const shownEdges = result.edges.filter(
      e => ids.has(e.source) && ids.has(e.target),
    );
    const labelled = shownEdges.length <= MAX_LABELLED_EDGES;
    const graphEdges: DependencyGraphTypes.DependencyEdge[] = shownEdges.map(
      e => ({
        from: e.source,
        to: e.target,
        label: labelled ? edgeLabel(e.relations, e.indirect) : undefined,
      }),
    );
    return { nodes: graphNodes, edges: graphEdges };
  }, [shownNodes, result.edges, result.root, groupBy, colors, groups, onOpen]);

  return (
    <>
      {result.nodes.length > MAX_GRAPH_NODES && (
        <Alert severity="info">
          The graph shows the {MAX_GRAPH_NODES} nearest of {result.nodes.length}{' '}
          entities. Lower the depth or pick kinds to see the rest; the owners
          list below has all of them.
        </Alert>
      )}
      {groupBy !== 'none' && (
        <GroupLegend
          title={groupBy === 'system' ? 'Systems' : 'Owners'}
          groups={groups}
          colors={colors}
        />
      )}
      <Box className={classes.frame}>
        <div
          ref={ref}
          className={classes.canvas}
          role="region"
          aria-label={`Blast radius of ${
            result.root.title ?? result.root.name
          }`}
        >
          <DependencyGraph<GraphNodeData, {}>
            nodes={nodes}
            edges={edges}
            renderNode={BlastRadiusNode}
            direction={DependencyGraphTypes.Direction.LEFT_RIGHT}
            // Keeps the start at the top left, where the canvas opens.
            align={DependencyGraphTypes.Alignment.UP_LEFT}
            rankMargin={90}
            nodeMargin={12}
            edgeMargin={8}
            paddingX={16}
            paddingY={16}
            showArrowHeads
            zoom="enable-on-click"
            fit="grow"
            labelPosition={DependencyGraphTypes.LabelPosition.CENTER}
          />
        </div>
        <ScrollCues
          box={box}
          scroller={ref}
          // Read from the drawn nodes: the graph lays them out itself. `box` changes as it does.
          hiddenToTheRight={box ? nodesToTheRight(ref.current) : 0}
          noun={['entity', 'entities']}
          testId="blast-radius-graph"
        />
      </Box>
    </>
  );
}
