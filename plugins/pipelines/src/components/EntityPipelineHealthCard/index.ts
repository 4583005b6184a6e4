export { EntityPipelineHealthCard } from './EntityPipelineHealthCard';
