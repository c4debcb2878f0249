// Long lists fold only when that hides a good part of them, and the quadrant's corner titles wrap to
// the width they are given.
import { describe, expect, it } from 'vitest';
import { folds } from '../../renderer/components/folds';
import { wrap } from '../../renderer/dashboards/characters/wrap-words';

describe('folds', () => {
  it('shows a list whole when folding would hide only a few items', () => {
    expect(folds(10, 10)).toBe(false);
    expect(folds(15, 10)).toBe(false);
    expect(folds(16, 10)).toBe(true);
    expect(folds(500, 25)).toBe(true);
    expect(folds(6, 4)).toBe(false);
    expect(folds(7, 4)).toBe(true);
  });
});

describe('wrap', () => {
  const measure = (t: string) => t.length * 10;
  it('keeps words on one line while they fit, and breaks between words when not', () => {
    expect(wrap('Great greeting, and it sticks', 400, measure)).toEqual(['Great greeting, and it sticks']);
    expect(wrap('Weak greeting, but converts the people who try', 200, measure)).toEqual(['Weak greeting, but', 'converts the people', 'who try']);
    // A word longer than the width stays whole on its line.
    expect(wrap('Incomprehensibilities here', 100, measure)).toEqual(['Incomprehensibilities', 'here']);
  });
});
