import { resolveOwner } from './resolveOwner';
import { fail, pass, ReadinessCheck } from './types';

export const ownerCheck: ReadinessCheck = {
  id: 'owner',
  evaluate(entity, { catalog }) {
    const owner = resolveOwner(entity, catalog);
    switch (owner.status) {
      case 'missing':
        return fail(
          'spec.owner is not set.',
          'Set spec.owner to the Group that runs this, e.g. group:default/<team>.',
        );
      case 'invalid':
        return fail(
          `spec.owner "${owner.raw}" is not a valid entity ref.`,
          'Set spec.owner to an entity ref such as group:default/<team>.',
        );
      case 'not-found':
        return fail(
          `spec.owner ${owner.ref} does not exist in the catalog.`,
          `Create ${owner.ref} in the catalog, or point spec.owner at an existing Group.`,
        );
      case 'not-a-group':
        return fail(
          `spec.owner ${owner.ref} is a ${owner.owner.kind}, not a Group; people move on, teams stay.`,
          'Point spec.owner at the Group (team) that runs this.',
        );
      default:
        return pass(`Owned by ${owner.ref}.`);
    }
  },
};
