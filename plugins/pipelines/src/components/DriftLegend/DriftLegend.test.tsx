import { render, screen } from '@testing-library/react';
import { DriftLegend } from './DriftLegend';

describe('DriftLegend', () => {
  it('explains each kind of edge, with the dash each is drawn with', () => {
    render(<DriftLegend />);
    const legend = screen.getByTestId('drift-legend');
    expect(legend).toHaveTextContent('declared in YAMLonly in AWSonly in YAML');
    const dashes = [...legend.querySelectorAll('line')].map(l =>
      l.getAttribute('stroke-dasharray'),
    );
    expect(dashes).toEqual([null, '9 5', '3 4']);
  });
});
