import {
  ApiBlueprint,
  createFrontendModule,
  discoveryApiRef,
  errorApiRef,
  fetchApiRef,
  identityApiRef,
  createTranslationMessages,
  storageApiRef,
} from '@backstage/frontend-plugin-api';
import { catalogTranslationRef } from '@backstage/plugin-catalog';
import {
  SignInPageBlueprint,
  TranslationBlueprint,
} from '@backstage/plugin-app-react';
import { UserSettingsStorage } from '@backstage/plugin-user-settings';

/**
 * Guest sign-in, entered automatically (the app's default sign-in page asks for a click).
 * Production swaps the guest provider for a real one.
 */
const signInPage = SignInPageBlueprint.make({
  params: {
    loader: async () => {
      const { SignInPage } = await import('@backstage/core-components');
      return props => <SignInPage {...props} auto providers={['guest']} />;
    },
  },
});

/** User settings (theme, starred entities) are stored in the backend, not the browser. */
const storageApi = ApiBlueprint.make({
  name: 'storage',
  params: defineParams =>
    defineParams({
      api: storageApiRef,
      deps: {
        discoveryApi: discoveryApiRef,
        errorApi: errorApiRef,
        fetchApi: fetchApiRef,
        identityApi: identityApiRef,
      },
      factory: deps => UserSettingsStorage.create(deps),
    }),
});

/**
 * The dependency cards say "this component" in their empty message, but the portal shows them
 * on resource pages too ("Used by", "Depends on resources"): they say "this entity" instead.
 */
const entityNeutralCatalogMessages = TranslationBlueprint.make({
  name: 'catalog-entity-neutral',
  params: {
    resource: createTranslationMessages({
      ref: catalogTranslationRef,
      messages: {
        'dependencyOfComponentsCard.emptyMessage':
          'No component depends on this entity.',
        'dependsOnComponentsCard.emptyMessage':
          'This entity depends on no component.',
        'dependsOnResourcesCard.emptyMessage':
          'This entity depends on no resource.',
      },
    }),
  },
});

/** Stagecraft's changes to the app plugin: sign-in, where settings live, catalog wording. */
export const appModule = createFrontendModule({
  pluginId: 'app',
  extensions: [signInPage, storageApi, entityNeutralCatalogMessages],
});
