import { appendPath } from '../formatPath';

/** Puts a value somewhere in an entity and says where it went. */
export type Placement = {
  name: string;
  place(value: string, key?: string): { entity: object; path: string };
};

function baseEntity(): Record<string, any> {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'reviews-api', annotations: {}, labels: {}, tags: [] },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'group:default/reviews',
    },
  };
}

/** Places for values recognisable anywhere (the field name does not matter). */
export const ANYWHERE_PLACEMENTS: Placement[] = [
  {
    name: 'annotation',
    place: value => {
      const entity = baseEntity();
      entity.metadata.annotations['example.com/notes'] = value;
      return { entity, path: 'metadata.annotations["example.com/notes"]' };
    },
  },
  {
    name: 'label',
    place: value => {
      const entity = baseEntity();
      entity.metadata.labels['build-info'] = value;
      return { entity, path: 'metadata.labels["build-info"]' };
    },
  },
  {
    name: 'description prose',
    place: value => {
      const entity = baseEntity();
      entity.metadata.description = `Reviews API. Until the migration lands use ${value} to call it; ask #reviews for access.`;
      return { entity, path: 'metadata.description' };
    },
  },
  {
    name: 'title',
    place: value => {
      const entity = baseEntity();
      entity.metadata.title = value;
      return { entity, path: 'metadata.title' };
    },
  },
  {
    name: 'tag',
    place: value => {
      const entity = baseEntity();
      entity.metadata.tags = ['java', value];
      return { entity, path: 'metadata.tags[1]' };
    },
  },
  {
    name: 'link url',
    place: value => {
      const entity = baseEntity();
      entity.metadata.links = [
        { url: 'https://example.com/docs', title: 'Docs' },
        {
          url: `https://admin.example.com/login?auth=${value}`,
          title: 'Admin',
        },
      ];
      return { entity, path: 'metadata.links[1].url' };
    },
  },
  {
    name: 'link title',
    place: value => {
      const entity = baseEntity();
      entity.metadata.links = [
        { url: 'https://example.com', title: `Console (${value})` },
      ];
      return { entity, path: 'metadata.links[0].title' };
    },
  },
  {
    name: 'nested spec array',
    place: value => {
      const entity = baseEntity();
      entity.spec.deploy = {
        containers: [
          {
            env: [
              { name: 'X', value: 'y' },
              { name: 'CONFIG', value },
            ],
          },
        ],
      };
      return { entity, path: 'spec.deploy.containers[0].env[1].value' };
    },
  },
];

/** Places for values recognisable only by their field name `key`. */
export const KEYED_PLACEMENTS: Placement[] = [
  {
    name: 'annotation',
    place: (value, key = '') => {
      const entity = baseEntity();
      entity.metadata.annotations[key] = value;
      return { entity, path: appendPath('metadata.annotations', key) };
    },
  },
  {
    name: 'label',
    place: (value, key = '') => {
      const entity = baseEntity();
      entity.metadata.labels[key] = value;
      return { entity, path: appendPath('metadata.labels', key) };
    },
  },
  {
    name: 'nested spec',
    place: (value, key = '') => {
      const entity = baseEntity();
      entity.spec.settings = {
        database: { [key]: value, host: 'db.internal' },
      };
      return { entity, path: appendPath('spec.settings.database', key) };
    },
  },
  {
    name: 'nested spec array',
    place: (value, key = '') => {
      const entity = baseEntity();
      entity.spec.profiles = [{ name: 'prod' }, { name: 'dr', [key]: value }];
      return { entity, path: appendPath('spec.profiles[1]', key) };
    },
  },
];
