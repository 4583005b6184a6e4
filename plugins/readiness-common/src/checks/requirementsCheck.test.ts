import { evaluateRequirements } from './requirementsCheck';
import { component } from '../__testUtils__/entities';
import { CheckDefinition } from '../types';

const definition: CheckDefinition = {
  id: 'dashboard',
  title: 'Dashboard',
  description: 'Has a dashboard',
  appliesTo: [{}],
  severity: 'warning',
  require: {
    linkTypes: ['dashboard'],
    annotations: ['github.com/project-slug'],
  },
};

describe('checks defined in configuration', () => {
  it('passes when every required annotation and link type is present', () => {
    const entity = component('api', {
      annotations: { 'github.com/project-slug': 'acme/api' },
      links: [{ url: 'https://dash.example.com', type: 'dashboard' }],
    });
    expect(evaluateRequirements(entity, definition).status).toBe('pass');
  });

  it('fails naming what is missing', () => {
    const outcome = evaluateRequirements(component('api'), definition);
    expect(outcome.status).toBe('fail');
    expect(outcome.reason).toBe(
      'Missing annotation github.com/project-slug. No link of type dashboard in metadata.links.',
    );
  });
});
