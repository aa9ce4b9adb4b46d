import { describe, expect, it } from 'vitest';
import { BeatFields } from '../../../shared/domain/beat';
import { fitText, isRtl } from '../../../renderer/src/scene/geometry/labelTexture';
import { parseNumberWith, readNumber } from '../../../renderer/src/components/fieldParsers';

describe('reading a typed number', () => {
  it.each([
    ['12', 12],
    [' -0.5 ', -0.5],
    ['1,25', 1.25],
    ['.5', 0.5],
    ['+3', 3],
  ])('%s is %s', (text, n) => expect(readNumber(text)).toBe(n));
  it.each(['', '  ', 'abc', '1.2.3', '0x10', 'Infinity', '1e3', '12 cm', '--1'])('%s is not a number', (text) => expect(readNumber(text)).toBeNull());
  it('says what is allowed, from the shared schema', () => {
    const counts = parseNumberWith(BeatFields.shape.counts, 'Counts');
    expect(counts('abc')).toEqual({ ok: false, message: 'Counts must be a number' });
    expect(counts('1000')).toEqual({ ok: false, message: 'Counts must be at most 999' });
    expect(counts('')).toEqual({ ok: true, value: null });
  });
});

describe('3D name tags', () => {
  const measure = (s: string) => [...s].length * 10;
  it('keep short names whole and cut long ones with an ellipsis', () => {
    expect(fitText('Ruth', 100, measure)).toBe('Ruth');
    expect(fitText('W'.repeat(200), 100, measure)).toBe(`${'W'.repeat(9)}…`);
  });
  it('read Hebrew and Arabic right to left', () => {
    expect(isRtl('עדי כהן')).toBe(true);
    expect(isRtl('عبدالرحمن')).toBe(true);
    expect(isRtl('42 Zoë עדי')).toBe(false);
  });
});
