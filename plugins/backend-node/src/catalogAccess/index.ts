export {
  existingEntityRefs,
  hiddenEntityRefs,
  readableEntities,
  readableEntityRefs,
} from './entityAccess';
export type { EntityRefsReader } from './entityAccess';
