/**
 * One copy of each repeated string while a state document is loaded. A document parsed from JSON holds its own copy
 * of every string value, so 100,000 backups of one cluster carry 100,000 copies of the cluster's ID, of its HSM
 * type, of `READY` and of each tag key — a fifth of what the records weigh. Loading takes the members that repeat
 * through the table and keeps the first copy it saw. The table lives for one load; the records keep the strings.
 */
export function createStringTable() {
  const table = new Map<string, string>();
  return (value: string): string => {
    const known = table.get(value);
    if (known !== undefined) {
      return known;
    }
    table.set(value, value);
    return value;
  };
}
export type StringTable = ReturnType<typeof createStringTable>;
