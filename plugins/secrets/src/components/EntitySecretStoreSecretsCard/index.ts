export { EntitySecretStoreSecretsCard } from './EntitySecretStoreSecretsCard';
