import { screen } from '@testing-library/react';
import { Entity } from '@backstage/catalog-model';
import { coreExtensionData } from '@backstage/frontend-plugin-api';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import {
  LAZY_LOAD,
  acceptedBy,
  renderPluginApp,
  testEntity,
} from '@internal/stagecraft-frontend-test-utils';
import blastRadiusPlugin from './alpha';
import { blastRadiusApiRef } from './api';
import {
  FakeBlastRadiusApi,
  exampleEntities,
} from './__testUtils__/fakeBlastRadiusApi';

// The app, then each extension, loads lazily; the graph layout is slow on a busy CI machine.
jest.setTimeout(90_000);

const blastRadiusTab = blastRadiusPlugin.getExtension(
  'entity-content:blast-radius',
);
const summaryCard = blastRadiusPlugin.getExtension(
  'entity-card:blast-radius/summary',
);
const vault = exampleEntities.find(e => e.metadata.name === 'vault')!;

const everyKind = ['Component', 'Resource', 'API', 'System', 'Domain', 'Group']
  .concat('User', 'Location', 'Template')
  .map(kind => testEntity(kind));

function renderEntityPage(subject: Entity, appExtensionsConfig?: object[]) {
  const api = new FakeBlastRadiusApi();
  renderPluginApp(blastRadiusPlugin, {
    entity: subject,
    apis: [[blastRadiusApiRef, api]],
    extensions: appExtensionsConfig,
  });
  return api;
}

describe('blast-radius plugin for the new frontend system', () => {
  it('installs the API, the tab and the summary card under stable ids', () => {
    expect(blastRadiusPlugin.id).toBe('blast-radius');
    expect([
      blastRadiusPlugin.getExtension('api:blast-radius'),
      blastRadiusPlugin.getExtension('entity-content:blast-radius'),
      blastRadiusPlugin.getExtension('entity-card:blast-radius/summary'),
    ]).toMatchObject([
      { kind: 'api', name: undefined, disabled: false },
      { kind: 'entity-content', name: undefined, disabled: false },
      { kind: 'entity-card', name: 'summary', disabled: true },
    ]);
  });

  it('puts the Blast radius tab at /blast-radius of every Component, Resource, API and System', () => {
    const tester = createExtensionTester(blastRadiusTab);
    expect(tester.get(coreExtensionData.routePath)).toBe('/blast-radius');
    expect(tester.get(EntityContentBlueprint.dataRefs.title)).toBe(
      'Blast radius',
    );
    expect(acceptedBy(blastRadiusTab, everyKind)).toEqual([
      'Component',
      'Resource',
      'API',
      'System',
    ]);
  });

  it('offers the summary card for the same kinds, in the content area', () => {
    const tester = createExtensionTester(summaryCard);
    expect(tester.get(EntityCardBlueprint.dataRefs.type)).toBe('content');
    expect(acceptedBy(summaryCard, everyKind)).toEqual([
      'Component',
      'Resource',
      'API',
      'System',
    ]);
  });

  it('shows a secret store what breaks with it, asked of the API, without the summary card', async () => {
    const api = renderEntityPage(vault);
    expect(
      await screen.findByText(/Breaks with it/, {}, LAZY_LOAD),
    ).toBeInTheDocument();
    expect(api.calls[0].entityRef).toBe('resource:default/vault');
    expect(
      screen.queryByRole('list', { name: 'Owners to call' }),
    ).not.toBeInTheDocument();
  });

  it('shows the summary card once app-config enables it', async () => {
    renderEntityPage(vault, [
      { 'entity-content:blast-radius': false },
      { 'entity-card:blast-radius/summary': true },
    ]);
    expect(
      await screen.findByRole('list', { name: 'Owners to call' }, LAZY_LOAD),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /See the graph/ })).toBeVisible();
  });

  it('adds nothing to a Group', async () => {
    renderEntityPage(
      exampleEntities.find(e => e.metadata.name === 'platform-team')!,
      [{ 'entity-card:blast-radius/summary': true }],
    );
    expect(
      await screen.findByTestId('empty-entity-page', {}, LAZY_LOAD),
    ).toBeInTheDocument();
  });
});
