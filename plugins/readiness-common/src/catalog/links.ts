import { Entity } from '@backstage/catalog-model';

const lower = (value: string) => value.toLowerCase();

export type EntityLink = {
  /** Position in `metadata.links`, for messages such as `metadata.links[2]`. */
  index: number;
  url: string;
  title?: string;
  type?: string;
};

/** `metadata.links` entries whose `type` is `type` (case-insensitive). */
export function linksOfType(
  entity: Entity | undefined,
  type: string,
): EntityLink[] {
  const links = entity?.metadata?.links;
  if (!Array.isArray(links)) {
    return [];
  }
  return links.flatMap((link, index) => {
    if (
      !link ||
      typeof link.type !== 'string' ||
      lower(link.type.trim()) !== lower(type)
    ) {
      return [];
    }
    return [
      {
        index,
        url: typeof link.url === 'string' ? link.url : '',
        title: typeof link.title === 'string' ? link.title : undefined,
        type: link.type,
      },
    ];
  });
}
