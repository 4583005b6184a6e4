import { screen } from '@testing-library/react';
import { PipelineView } from '@stagecraft/plugin-pipelines-common';
import {
  fakeApi,
  pipelineEntity,
  stages,
  view,
} from '../../__testUtils__/fixtures';
import { renderOnEntityPage } from '../../__testUtils__/renderOnEntityPage';
import { PipelinesApi } from '../../api';
import { EntityPipelineHealthCard } from './EntityPipelineHealthCard';

const renderCard = (api?: PipelinesApi) =>
  renderOnEntityPage(<EntityPipelineHealthCard />, pipelineEntity, api);

/** The card over the fixture's pipeline view with `changes`. */
const renderCardOver = (changes: Partial<PipelineView>) =>
  renderCard(
    fakeApi({ getPipelineView: async () => ({ ...view, ...changes }) }).api,
  );

describe('EntityPipelineHealthCard', () => {
  it('shows the worst state and links each troubled stage, worst first', async () => {
    await renderCard();
    expect(
      await screen.findByText('2 of 4 stages need attention'),
    ).toBeInTheDocument();
    const links = screen
      .getAllByRole('link')
      .filter(a => a.getAttribute('href')?.includes('stage='));
    expect(links.map(a => a.textContent)).toEqual([
      'Event processor',
      'Staging stream',
    ]);
    expect(links[0]).toHaveAttribute(
      'href',
      '/catalog/default/component/event-data-pipeline/pipeline?stage=component%3Adefault%2Fevent-processor',
    );
    expect(
      screen.getByText('Iterator age 9m 50s (critical at 5m 0s)'),
    ).toBeInTheDocument();
  });

  it('says "needs" when one stage needs attention', async () => {
    await renderCardOver({ stages: stages.slice(0, 2) });
    expect(
      await screen.findByText('1 of 2 stages needs attention'),
    ).toBeInTheDocument();
  });

  it.each([
    [[stages[0], stages[3]], '1 monitored stage healthy'],
    [[stages[3]], 'No stage is monitored'],
  ])(
    'counts %#: one or no monitored stage, said plainly',
    async (shown, text) => {
      await renderCardOver({ health: 'ok', stages: shown });
      expect(await screen.findByText(text)).toBeInTheDocument();
    },
  );
});
