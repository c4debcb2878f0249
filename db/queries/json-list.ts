// The catalogue keeps a work's tags as the platform sent them, a JSON array in a text column.

/** The items of a JSON array column as text; a damaged or non-array value reads as no items, so one
 *  bad catalogue entry loses its tags rather than its page. */
export function parseList(json: string): string[] {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
}
