import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_TECHDOCS_REF,
  annotationOf,
} from '@stagecraft/catalog-conventions-common';

/**
 * The folder of the entity's MkDocs site relative to the folder of its YAML, from
 * `backstage.io/techdocs-ref: dir:<path>`; undefined for other refs (`url:` sites are read
 * by TechDocs, not from the repository).
 */
export function techDocsDirOf(entity: Entity): string | undefined {
  const ref = annotationOf(entity, ANNOTATION_TECHDOCS_REF);
  const match = ref ? /^dir:(.+)$/.exec(ref.trim()) : null;
  return match ? match[1].trim() : undefined;
}

/** The site's `docs_dir` as its mkdocs.yml sets it; MkDocs' default `docs` otherwise. */
export function docsDirOf(mkdocsYaml: string | undefined): string {
  const value =
    mkdocsYaml && /^docs_dir:[ \t]*(.+?)[ \t]*$/m.exec(mkdocsYaml)?.[1];
  return value ? value.replace(/^(['"])(.*)\1$/, '$2') : 'docs';
}
