import Button from '@material-ui/core/Button';
import { alpha, makeStyles } from '@material-ui/core/styles';
import { ScrollBox } from './useScrollBox';

const FADE_WIDTH = 56;

const useStyles = makeStyles(theme => {
  const fade = (direction: 'left' | 'right') =>
    `linear-gradient(to ${direction}, ${
      theme.palette.background.paper
    }, ${alpha(theme.palette.background.paper, 0)})`;
  return {
    edge: {
      position: 'absolute',
      top: 0,
      bottom: 0,
      width: FADE_WIDTH,
      pointerEvents: 'none',
      zIndex: 2,
    },
    left: { left: 0, backgroundImage: fade('right') },
    right: { right: 0, backgroundImage: fade('left') },
    hint: {
      position: 'absolute',
      right: theme.spacing(1),
      bottom: theme.spacing(2),
      zIndex: 3,
      textTransform: 'none',
      backgroundColor: theme.palette.background.paper,
      boxShadow: theme.shadows[2],
      '&:hover': { backgroundColor: theme.palette.background.paper },
    },
  };
});

/** Whether a scrolled element hides content to its left and to its right (a pixel of rounding aside). */
export function hiddenSides(box: ScrollBox | undefined) {
  if (!box) return { left: false, right: false };
  return {
    left: box.scrollLeft > 1,
    right: box.scrollLeft + box.clientWidth < box.scrollWidth - 1,
  };
}

export interface ScrollCuesProps {
  box: ScrollBox | undefined;
  /** Stages not wholly in view to the right. */
  stagesToTheRight: number;
  onScrollRight: () => void;
}

/**
 * What says a flow wider than its card goes on: the edge that hides stages fades out, and
 * "Scroll for N more stages →" (which scrolls) shows while stages are out of view to the right.
 */
export function ScrollCues({
  box,
  stagesToTheRight,
  onScrollRight,
}: ScrollCuesProps) {
  const classes = useStyles();
  const hidden = hiddenSides(box);
  return (
    <>
      {hidden.left && (
        <div
          className={`${classes.edge} ${classes.left}`}
          data-testid="pipeline-flow-fade-left"
        />
      )}
      {hidden.right && (
        <div
          className={`${classes.edge} ${classes.right}`}
          data-testid="pipeline-flow-fade-right"
        />
      )}
      {hidden.right && stagesToTheRight > 0 && (
        <Button
          size="small"
          variant="outlined"
          color="primary"
          className={classes.hint}
          onClick={onScrollRight}
        >
          Scroll for {stagesToTheRight} more{' '}
          {stagesToTheRight === 1 ? 'stage' : 'stages'}
          <span aria-hidden="true">&nbsp;→</span>
        </Button>
      )}
    </>
  );
}
