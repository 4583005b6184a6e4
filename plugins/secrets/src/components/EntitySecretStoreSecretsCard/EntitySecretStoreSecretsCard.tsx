import { Box } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { useSecretsApiFor } from '../../hooks/useSecretsApiFor';
import { SecretListTable } from '../shared';

/** For a secret store's page: the secrets kept there and their compliance. */
export const EntitySecretStoreSecretsCard = (props: { title?: string }) => {
  const { entity } = useEntity();
  const { value, loading, error } = useSecretsApiFor(entity, (api, ref) =>
    api.getSecretsOfEntity(ref),
  );
  const title = props.title ?? 'Secrets kept here';

  if (loading || error || !value) {
    return (
      <InfoCard title={title}>
        {loading && <Progress />}
        {error && (
          <ResponseErrorPanel
            error={error}
            title="Could not load the secrets of this store"
          />
        )}
      </InfoCard>
    );
  }
  if (value.length === 0) {
    return (
      <InfoCard title={title}>
        No secret in the catalog names this store in its spec.dependsOn.
      </InfoCard>
    );
  }
  // Every item carries the same store summary: this store.
  const store = value[0].store;
  return (
    <Box display="flex" flexDirection="column" gridGap={8}>
      {store && !store.approved && (
        <Alert severity="error">
          {store.provider
            ? `The provider "${store.provider}" is not an approved secret store.`
            : 'This store names no stagecraft.io/store-provider, so it is not an approved secret store.'}{' '}
          Move{' '}
          {value.length === 1
            ? 'the secret kept here'
            : `the ${value.length} secrets kept here`}{' '}
          to an approved store.
        </Alert>
      )}
      <SecretListTable title={title} items={value} secondColumn="owner" />
    </Box>
  );
};
