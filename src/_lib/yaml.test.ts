import { describe, expect, it } from 'vitest';
import { parseYaml } from './yaml.js';

const TEXT = [
  'a:',
  '  b: 1',
  '  list:',
  '    - x',
  '    - k: 0x10',
  'base: &b',
  '  v: 2.50',
  'ref: *b',
  'empty:',
  '',
].join('\n');

describe('parseYaml positions and notations', () => {
  it('locates a mapping entry at its key, a list item at the item, and a path not found at its deepest part found', () => {
    const parsed = parseYaml(TEXT, 'f.yaml');
    expect(parsed.issues).toEqual([]);
    expect(parsed.locate([])).toEqual({ line: 1, col: 1 });
    expect(parsed.locate(['a', 'b'])).toEqual({ line: 2, col: 3 });
    expect(parsed.locate(['a', 'list', 1])).toEqual({ line: 5, col: 7 });
    expect(parsed.locate(['a', 'list', '1', 'k'])).toEqual({ line: 5, col: 7 });
    expect(parsed.locate(['a', 'list', 0])).toEqual({ line: 4, col: 7 });
    expect(parsed.locate(['a', 'list', 2])).toEqual({ line: 3, col: 3 });
    expect(parsed.locate(['a', 'nope', 'deeper'])).toEqual({ line: 1, col: 1 });
    expect(parsed.locate(['empty'])).toEqual({ line: 9, col: 1 });
    expect(parsed.locate(['empty', 'x'])).toEqual({ line: 9, col: 1 });
  });

  it('follows aliases: the alias is at its key, what it points to at the anchor', () => {
    const parsed = parseYaml(TEXT, 'f.yaml');
    expect(parsed.value).toMatchObject({ ref: { v: 2.5 } });
    expect(parsed.locate(['ref'])).toEqual({ line: 8, col: 1 });
    expect(parsed.locate(['ref', 'v'])).toEqual({ line: 7, col: 3 });
    expect(parsed.numberSource(['ref', 'v'])).toBe('2.50');
  });

  it('tells how each number was written, and nothing for what is not a number', () => {
    const parsed = parseYaml(TEXT, 'f.yaml');
    expect(parsed.numberSource(['a', 'list', 1, 'k'])).toBe('0x10');
    expect(parsed.numberSource(['a', 'b'])).toBe('1');
    expect(parsed.numberSource(['a', 'list', 0])).toBeUndefined();
    expect(parsed.numberSource(['a'])).toBeUndefined();
    expect(parsed.numberSource(['missing'])).toBeUndefined();
  });

  it('still locates paths in a text with an issue', () => {
    const parsed = parseYaml('a: !custom x\nb:\n  c: 3\n', 'f.yaml');
    expect(parsed.value).toBeUndefined();
    expect(parsed.issues.map((i) => [i.code, i.line])).toEqual([['yaml_tag_not_allowed', 1]]);
    expect(parsed.locate(['b', 'c'])).toEqual({ line: 3, col: 3 });
    expect(parsed.numberSource(['b', 'c'])).toBe('3');
  });

  it('gives each reading of the same text its own copy of the data', () => {
    const first = parseYaml(TEXT, 'f.yaml').value as { a: { b: number } };
    first.a.b = 99;
    expect((parseYaml(TEXT, 'f.yaml').value as { a: { b: number } }).a.b).toBe(1);
  });
});
