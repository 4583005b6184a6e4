import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { stages } from '../../__testUtils__/fixtures';
import { StageNode } from './StageNode';

describe('StageNode', () => {
  it('shows a long type label whole beside the health chip, wrapping rather than cut off', async () => {
    const stream = stages.find(s => s.stageType === 'kinesis-stream')!;
    await renderInTestApp(
      <StageNode
        stage={stream}
        x={0}
        y={0}
        width={200}
        height={110}
        selected={false}
        onSelect={() => {}}
      />,
    );
    const label = screen.getByText('Kinesis stream');
    const style = window.getComputedStyle(label);
    expect(style.textOverflow).not.toBe('ellipsis');
    expect(style.whiteSpace).not.toBe('nowrap');
  });
});
