import { configApiRef, useApiHolder } from '@backstage/core-plugin-api';

/** `app.baseUrl`: links under it are pages of this portal. */
export function usePortalBaseUrl(): string | undefined {
  return useApiHolder().get(configApiRef)?.getOptionalString('app.baseUrl');
}
