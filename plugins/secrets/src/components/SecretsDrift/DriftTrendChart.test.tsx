import { render, screen, within } from '@testing-library/react';
import type {
  DriftKind,
  DriftTrendPoint,
} from '@stagecraft/plugin-secrets-common';
import { DriftTrendChart } from './DriftTrendChart';

const day = (
  date: string,
  findings: Partial<Record<DriftKind, number>>,
): DriftTrendPoint => ({
  date,
  findings: {
    shadow: 0,
    ghost: 0,
    'rotation-overdue': 0,
    'rotation-disabled': 0,
    unused: 0,
    expiring: 0,
    ...findings,
  },
  items: 10,
  itemsInCatalog: 8,
});

/** Each point of a kind's line, as [x, y]. */
const pointsOf = (kind: DriftKind) =>
  document
    .querySelector(`g[data-kind="${kind}"] polyline`)!
    .getAttribute('points')!
    .split(' ')
    .map(p => p.split(',').map(Number));

describe('DriftTrendChart', () => {
  it('draws a line per kind, higher for more findings, oldest on the left', () => {
    render(
      <DriftTrendChart
        days={[
          day('2025-04-29', { shadow: 4, ghost: 1 }),
          day('2025-04-30', { shadow: 2 }),
          day('2025-05-01', { shadow: 1, expiring: 3 }),
        ]}
      />,
    );
    const shadow = pointsOf('shadow');
    expect(shadow).toHaveLength(3);
    // x grows day by day; y grows downwards as findings fall.
    expect(shadow[0][0]).toBeLessThan(shadow[1][0]);
    expect(shadow[0][1]).toBeLessThan(shadow[1][1]);
    expect(shadow[1][1]).toBeLessThan(shadow[2][1]);
    // No findings: the bottom of the plot, where every zero sits.
    expect(pointsOf('unused').map(p => p[1])).toEqual([140, 140, 140]);
    expect(screen.getByText('4')).toBeInTheDocument(); // the y axis' top
    const legend = within(
      screen.getByRole('list', { name: 'Findings on 2025-05-01' }),
    );
    expect(legend.getByText(/Expiring: 3/)).toBeInTheDocument();
    expect(
      legend.getByText(/Shadow \(not in the catalog\): 1/),
    ).toBeInTheDocument();
  });

  it('puts a single day in the middle, with dots', () => {
    render(<DriftTrendChart days={[day('2025-05-01', { ghost: 2 })]} />);
    const [[x, y]] = pointsOf('ghost');
    expect(x).toBeGreaterThan(250);
    expect(x).toBeLessThan(350);
    expect(y).toBe(8);
    expect(document.querySelectorAll('circle')).toHaveLength(6);
    // Its date is written once, under it.
    expect(
      screen.getAllByText('2025-05-01', { selector: 'text' }),
    ).toHaveLength(1);
  });

  it('says when there is no history yet', () => {
    render(<DriftTrendChart days={[]} />);
    expect(
      screen.getByText('No reconciliation has been recorded yet.'),
    ).toBeInTheDocument();
  });
});
