import { describe, expect, it } from 'vitest';
import { ageOn } from './age.js';

describe('ageOn', () => {
  it('counts whole years; the birthday itself completes the year', () => {
    expect(ageOn('1962-06-01', '2022-05-31')).toBe(59);
    expect(ageOn('1962-06-01', '2022-06-01')).toBe(60);
    expect(ageOn('2004-02-29', '2022-02-28')).toBe(17);
    expect(ageOn('2004-02-29', '2022-03-01')).toBe(18);
  });
});
