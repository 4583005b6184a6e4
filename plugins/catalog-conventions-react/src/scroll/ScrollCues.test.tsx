import { renderInTestApp } from '@backstage/test-utils';
import { fireEvent, screen } from '@testing-library/react';
import { createRef } from 'react';
import { ScrollCues } from './ScrollCues';
import { ScrollBox } from './useScrollBox';

const hint = () => screen.queryByRole('button', { name: /^Scroll for/ });

async function renderCues(box: ScrollBox | undefined, hiddenToTheRight = 0) {
  const scroller = createRef<HTMLDivElement>();
  await renderInTestApp(
    <div style={{ position: 'relative' }}>
      <div ref={scroller} />
      <ScrollCues
        box={box}
        scroller={scroller}
        hiddenToTheRight={hiddenToTheRight}
        noun={['entity', 'entities']}
        testId="graph"
      />
    </div>,
  );
  return scroller.current!;
}

describe('ScrollCues', () => {
  it('fades the right edge and offers to scroll on while things are hidden to the right', async () => {
    const scroller = await renderCues(
      { clientWidth: 500, scrollWidth: 1200, scrollLeft: 0 },
      3,
    );
    expect(screen.getByTestId('graph-fade-right')).toBeInTheDocument();
    expect(screen.queryByTestId('graph-fade-left')).toBeNull();
    expect(hint()).toHaveTextContent('Scroll for 3 more entities →');

    Object.defineProperty(scroller, 'clientWidth', { value: 500 });
    const scrollBy = jest.fn();
    Object.defineProperty(scroller, 'scrollBy', { value: scrollBy });
    fireEvent.click(hint()!);
    expect(scrollBy).toHaveBeenCalledWith({ left: 400, behavior: 'smooth' });
  });

  it('names one thing in the singular, and fades both edges in the middle', async () => {
    await renderCues(
      { clientWidth: 500, scrollWidth: 1200, scrollLeft: 300 },
      1,
    );
    expect(hint()).toHaveTextContent('Scroll for 1 more entity →');
    expect(screen.getByTestId('graph-fade-left')).toBeInTheDocument();
    expect(screen.getByTestId('graph-fade-right')).toBeInTheDocument();
  });

  it('shows nothing to the right once scrolled to the end', async () => {
    await renderCues(
      { clientWidth: 500, scrollWidth: 1200, scrollLeft: 700 },
      2,
    );
    expect(hint()).toBeNull();
    expect(screen.queryByTestId('graph-fade-right')).toBeNull();
    expect(screen.getByTestId('graph-fade-left')).toBeInTheDocument();
  });

  it('shows nothing before the box is measured', async () => {
    await renderCues(undefined, 2);
    expect(hint()).toBeNull();
    expect(screen.queryByTestId('graph-fade-left')).toBeNull();
    expect(screen.queryByTestId('graph-fade-right')).toBeNull();
  });
});
