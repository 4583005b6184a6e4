import {
  ApiBlueprint,
  createFrontendModule,
  discoveryApiRef,
  errorApiRef,
  fetchApiRef,
  identityApiRef,
  storageApiRef,
} from '@backstage/frontend-plugin-api';
import { SignInPageBlueprint } from '@backstage/plugin-app-react';
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

/** Stagecraft's changes to the app plugin: sign-in and where settings live. */
export const appModule = createFrontendModule({
  pluginId: 'app',
  extensions: [signInPage, storageApi],
});
