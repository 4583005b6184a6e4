import { BlastRadiusResult } from '../types';

/** A result's edges as sorted lines, `source -[relations or indirect]-> target`. */
export function edgeList(result: BlastRadiusResult): string[] {
  return result.edges
    .map(
      e =>
        `${e.source} -[${e.indirect ? 'indirect' : e.relations.join('+')}]-> ${
          e.target
        }`,
    )
    .sort();
}
