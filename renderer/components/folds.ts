/** A list folds only when that hides a good part of it: eleven rows are shown whole, not ten and a button. */
export function folds(total: number, pageSize: number): boolean {
  return total > pageSize + Math.ceil(pageSize / 2);
}
