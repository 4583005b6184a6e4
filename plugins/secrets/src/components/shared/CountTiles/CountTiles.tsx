import {
  Card,
  CardActionArea,
  CardContent,
  Grid,
  GridSize,
  Typography,
  makeStyles,
} from '@material-ui/core';

const useStyles = makeStyles(theme => ({
  list: { padding: 0, margin: 0, listStyle: 'none' },
  tile: { height: '100%' },
  selected: { outline: `2px solid ${theme.palette.primary.main}` },
  value: {
    fontSize: '2rem',
    fontWeight: theme.typography.fontWeightBold as number,
    lineHeight: 1.2,
  },
  error: { color: theme.palette.status.error },
  warning: { color: theme.palette.status.warning },
  swatch: {
    display: 'inline-block',
    width: 10,
    height: 10,
    borderRadius: 2,
    marginRight: theme.spacing(0.75),
  },
}));

/** One count; clicking it (de)selects what it counts. */
export type CountTile = {
  id: string;
  label: string;
  value: number;
  /** Colours a non-zero value. */
  tone?: 'error' | 'warning';
  /** A colour swatch before the label, as in a chart's legend. */
  color?: string;
  selected: boolean;
  onClick: () => void;
};

/** A row of clickable counts (`aria-label` "label: value"), as a list named `label`. */
export const CountTiles = (props: {
  label: string;
  tiles: readonly CountTile[];
  /** How wide each tile is on medium screens and up (of 12). */
  width: GridSize;
}) => {
  const classes = useStyles();
  return (
    <Grid
      container
      spacing={2}
      component="ul"
      aria-label={props.label}
      className={classes.list}
    >
      {props.tiles.map(tile => (
        <Grid item xs={6} sm={4} md={props.width} key={tile.id} component="li">
          <Card
            className={`${classes.tile} ${
              tile.selected ? classes.selected : ''
            }`}
          >
            <CardActionArea
              className={classes.tile}
              aria-pressed={tile.selected}
              aria-label={`${tile.label}: ${tile.value}`}
              onClick={tile.onClick}
            >
              <CardContent>
                <Typography
                  className={`${classes.value} ${
                    tile.tone && tile.value > 0 ? classes[tile.tone] : ''
                  }`}
                >
                  {tile.value}
                </Typography>
                <Typography variant="body2" color="textSecondary">
                  {tile.color && (
                    <span
                      className={classes.swatch}
                      style={{ backgroundColor: tile.color }}
                    />
                  )}
                  {tile.label}
                </Typography>
              </CardContent>
            </CardActionArea>
          </Card>
        </Grid>
      ))}
    </Grid>
  );
};
