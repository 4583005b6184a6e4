import { KeyboardEvent } from 'react';
import { DependencyGraphTypes } from '@backstage/core-components';
import { makeStyles } from '@material-ui/core';
import { BlastRadiusNode as Node } from '@stagecraft/plugin-blast-radius-common';

export const NODE_WIDTH = 240;
export const NODE_HEIGHT = 42;
const MAX_TITLE_CHARS = 31;
const MAX_DETAIL_CHARS = 40;

/** What the graph knows of a node. */
export type GraphNodeData = {
  node: Node;
  color: string;
  isRoot: boolean;
  groupLabel?: string;
  onOpen: (node: Node) => void;
};

const useStyles = makeStyles(theme => ({
  node: {
    cursor: 'pointer',
    outline: 'none',
    '&:hover rect, &:focus rect': {
      stroke: theme.palette.primary.main,
      strokeWidth: 2,
    },
  },
  rect: {
    stroke: 'rgba(0, 0, 0, 0.25)',
    strokeWidth: 1,
  },
  root: {
    stroke: theme.palette.text.primary,
    strokeWidth: 3,
  },
  title: {
    fill: '#1f1f1f',
    fontSize: 13,
    fontWeight: 500,
  },
  detail: {
    fill: '#424242',
    fontSize: 11,
  },
}));

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function nodeDetail(node: Node): string {
  return [
    node.kind,
    node.type,
    node.distance === 0
      ? 'start'
      : `${node.distance} ${node.distance === 1 ? 'hop' : 'hops'}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** A fixed-size node, so the layout does not depend on text measurement. */
export function BlastRadiusNode(
  props: DependencyGraphTypes.RenderNodeProps<GraphNodeData>,
) {
  const { node, color, isRoot, groupLabel, onOpen } = props.node;
  const classes = useStyles();
  const title = node.title ?? node.name;
  const open = () => onOpen(node);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open();
    }
  };

  return (
    <g
      className={classes.node}
      role="link"
      tabIndex={0}
      aria-label={`${title} (${node.entityRef}), ${nodeDetail(node)}`}
      onClick={open}
      onKeyDown={onKeyDown}
      data-entity-ref={node.entityRef}
    >
      <title>
        {[node.entityRef, nodeDetail(node), groupLabel]
          .filter(Boolean)
          .join('\n')}
      </title>
      <rect
        width={NODE_WIDTH}
        height={NODE_HEIGHT}
        rx={8}
        fill={color}
        className={isRoot ? classes.root : classes.rect}
      />
      <text x={10} y={17} className={classes.title}>
        {truncate(title, MAX_TITLE_CHARS)}
      </text>
      <text x={10} y={33} className={classes.detail}>
        {truncate(nodeDetail(node), MAX_DETAIL_CHARS)}
      </text>
    </g>
  );
}
