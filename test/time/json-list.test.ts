import { describe, expect, it } from 'vitest';
import { parseList } from '../../db/queries/json-list';

describe('a JSON list column', () => {
  it('reads the items as text', () => {
    expect(parseList('["roleplay","fantasy"]')).toEqual(['roleplay', 'fantasy']);
    expect(parseList('[]')).toEqual([]);
    expect(parseList('[7,"x"]')).toEqual(['7', 'x']);
  });

  it('reads damaged or non-list values as no items', () => {
    expect(parseList('["roleplay"')).toEqual([]);
    expect(parseList('{"a":1}')).toEqual([]);
    expect(parseList('null')).toEqual([]);
    expect(parseList('')).toEqual([]);
  });
});
