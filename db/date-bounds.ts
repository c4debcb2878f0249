/**
 * The days a period, a comparison or an export may name: wide enough for any creator's history and
 * plans, narrow enough that every loop over a range's days ends soon (a custom period ending on
 * 9999-12-31 once stepped past "+010000-01-01", which sorts before it, and never stopped). The bounds
 * also cap a span at a hundred years.
 */
export const FIRST_DAY = '2000-01-01';
export const LAST_DAY = '2099-12-31';

export const inDayBounds = (day: string): boolean => day >= FIRST_DAY && day <= LAST_DAY;

export const DAY_BOUNDS_TEXT = `a date from ${FIRST_DAY} to ${LAST_DAY}`;
