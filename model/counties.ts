/**
 * Which counties must act on an item, as the items index's county filter reads it in the browser
 * (so this module imports nothing): model/units.ts countiesActing writes the list.
 */

/** Stands for every county among the counties that must act on an item (it names 各县(市、区)人民政府). */
export const EVERY_COUNTY = '*';

/** Whether `county` must act on an item that `counties` (countiesActing) must act on. */
export function countyActs(counties: readonly string[], county: string): boolean {
  return counties.some((c) => c === county || c === EVERY_COUNTY);
}
