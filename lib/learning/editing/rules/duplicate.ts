// The pure parts of duplicating a course: the copy's address, and the file links in lesson and
// question texts pointed at the copied files (a learner of the copy has no access to the original's).

const SLUG_MAX = 80;

/** `<slug>-kopia`, then `<slug>-kopia-2`, … cut to fit the 80-character slug. */
export function copySlug(slug: string, n: number): string {
  const suffix = n === 1 ? '-kopia' : `-kopia-${n}`;
  return `${slug.slice(0, SLUG_MAX - suffix.length).replace(/-+$/, '')}${suffix}`;
}

/** The longest start every copySlug of `slug` shares (for looking up the slugs already taken). */
export function copySlugPrefix(slug: string): string {
  return slug.slice(0, SLUG_MAX - '-kopia-999'.length).replace(/-+$/, '');
}

const FILE_REF = /\/api\/learning\/(media|zalaczniki)\/([A-Za-z0-9_-]+)/g;

/** Rewrites `/api/learning/media/<id>` and `/api/learning/zalaczniki/<id>` whose id was copied. */
export function remapFileRefs(text: string, ids: ReadonlyMap<string, string>): string {
  return text.replace(FILE_REF, (whole, kind: string, id: string) => {
    const next = ids.get(id);
    return next ? `/api/learning/${kind}/${next}` : whole;
  });
}
