export {
  EntityDependsOnSecretsCard,
  dependsOnAnyResource,
} from './EntityDependsOnSecretsCard';
