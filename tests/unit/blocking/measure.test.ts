import { describe, expect, it } from 'vitest';
import { distanceM, formatDistance, formatMeasurement } from '../../../shared/blocking';

describe('measuring', () => {
  it('measures straight-line distance in metres', () => {
    expect(distanceM([0, 0, 0], [3, 4, 0])).toBe(5);
    expect(distanceM([1, 1, 1], [1, 2, 1])).toBe(1);
  });

  it('formats metric as centimetres under a metre and metres from a metre up', () => {
    expect(formatDistance(0.38, 'metric')).toBe('38 cm');
    expect(formatDistance(0.004, 'metric')).toBe('0 cm');
    expect(formatDistance(1.2449, 'metric')).toBe('1.24 m');
    expect(formatDistance(0.996, 'metric')).toBe('1.00 m');
    expect(formatMeasurement([0, 0, 0], [0, 0, 2.5], 'metric')).toBe('2.50 m');
  });

  it('formats imperial as inches under a foot and feet and inches from a foot up', () => {
    expect(formatDistance(0.2286, 'imperial')).toBe('9 in');
    expect(formatDistance(1.245, 'imperial')).toBe('4 ft 1 in'); // 49.0 in
    expect(formatDistance(0.3048, 'imperial')).toBe('1 ft 0 in');
    expect(formatDistance(0.3, 'imperial')).toBe('1 ft 0 in'); // 11.8 in rounds up to a foot
    expect(formatDistance(1.8288, 'imperial')).toBe('6 ft 0 in');
  });
});
