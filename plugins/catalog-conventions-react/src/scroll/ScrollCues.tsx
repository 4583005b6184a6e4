import Button from '@material-ui/core/Button';
import { alpha, makeStyles } from '@material-ui/core/styles';
import { RefObject } from 'react';
import { ScrollBox } from './useScrollBox';

const FADE_WIDTH = 56;
/** How far "Scroll for N more" scrolls: most of a view, so a little of it stays in sight. */
const SCROLL_SHARE = 0.8;

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
function hiddenSides(box: ScrollBox | undefined) {
  if (!box) return { left: false, right: false };
  return {
    left: box.scrollLeft > 1,
    right: box.scrollLeft + box.clientWidth < box.scrollWidth - 1,
  };
}

/**
 * What {@link ScrollCues} needs of the scrolling element and what it holds.
 *
 * @public
 */
export interface ScrollCuesProps {
  /** The scrolling element, as {@link useScrollBox} measures it. */
  box: ScrollBox | undefined;
  /** The scrolling element, which "Scroll for N more" scrolls. */
  scroller: RefObject<HTMLElement>;
  /** How many of the things it holds are not wholly in view to the right. */
  hiddenToTheRight: number;
  /** What those things are called, one and more: `['stage', 'stages']`. */
  noun: [string, string];
  /** The fades' test ids are `<testId>-fade-left` and `<testId>-fade-right`. */
  testId: string;
}

/**
 * What says that content wider than its card goes on: the edge that hides some fades out, and
 * "Scroll for N more stages →" (which scrolls) shows while some are out of view to the right.
 * Put it in the positioned parent of the scrolling element.
 *
 * @public
 */
export function ScrollCues(props: ScrollCuesProps) {
  const { box, scroller, hiddenToTheRight, noun, testId } = props;
  const classes = useStyles();
  const hidden = hiddenSides(box);
  const scrollRight = () =>
    scroller.current?.scrollBy({
      left: scroller.current.clientWidth * SCROLL_SHARE,
      behavior: 'smooth',
    });
  return (
    <>
      {hidden.left && (
        <div
          className={`${classes.edge} ${classes.left}`}
          data-testid={`${testId}-fade-left`}
        />
      )}
      {hidden.right && (
        <div
          className={`${classes.edge} ${classes.right}`}
          data-testid={`${testId}-fade-right`}
        />
      )}
      {hidden.right && hiddenToTheRight > 0 && (
        <Button
          size="small"
          variant="outlined"
          color="primary"
          className={classes.hint}
          onClick={scrollRight}
        >
          Scroll for {hiddenToTheRight} more{' '}
          {hiddenToTheRight === 1 ? noun[0] : noun[1]}
          <span aria-hidden="true">&nbsp;→</span>
        </Button>
      )}
    </>
  );
}
