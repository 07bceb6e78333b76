/**
 * Paths into a reply body. A schema path names members and list levels without positions (`Backups[].TagList`),
 * the way recordings mark optional members and ordered lists; a value path has positions (`Backups[2].TagList`),
 * the way differences are reported.
 */

const SEGMENT = "[A-Za-z_][A-Za-z0-9_]*(?:\\[\\])*";
const SCHEMA_PATH = new RegExp(`^${SEGMENT}(?:\\.${SEGMENT})*$`);

export const isSchemaPath = (path: string): boolean => SCHEMA_PATH.test(path);

/** The schema path of a member under a parent schema path. */
export const memberPath = (parent: string, member: string): string => (parent ? `${parent}.${member}` : member);

/** Every value at a schema path, with its value path; lists named with `[]` are expanded. */
export function valuesAt(root: unknown, schemaPath: string): { path: string; value: unknown }[] {
  let current: { path: string; value: unknown }[] = [{ path: "", value: root }];
  for (const segment of schemaPath.split(".")) {
    const name = segment.replace(/\[\]/g, "");
    const levels = (segment.length - name.length) / 2;
    current = current.flatMap(({ path, value }) => {
      if (value === null || typeof value !== "object" || Array.isArray(value) || !(name in value)) {
        return [];
      }
      let found = [{ path: memberPath(path, name), value: (value as Record<string, unknown>)[name] }];
      for (let level = 0; level < levels; level++) {
        found = found.flatMap((f) =>
          Array.isArray(f.value) ? f.value.map((item, i) => ({ path: `${f.path}[${i}]`, value: item })) : [],
        );
      }
      return found;
    });
  }
  return current;
}
