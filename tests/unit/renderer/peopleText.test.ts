import { describe, expect, it } from 'vitest';
import type { Performer } from '../../../shared/domain/people';
import type { Scene } from '../../../shared/domain/scene';
import { initials } from '../../../renderer/src/features/people/initials';
import { whyNotMinor } from '../../../renderer/src/features/people/minorBlock';

describe('initials', () => {
  it.each([
    ['Maya Okafor', 'MO'],
    ['Performer 10', 'P10'],
    ['Performer 2', 'P2'],
    ['Cher', 'C'],
    ['  Jo   de la Cruz ', 'JC'],
    ['Zoë Ångström', 'ZÅ'],
    ['עדי כהן', 'עכ'],
    ['', '?'],
  ])('%s → %s', (name, expected) => expect(initials(name)).toBe(expected));
});

const performer = (over: Partial<Performer> = {}): Performer =>
  ({ kind: 'performer', id: 'p1', name: 'Jo Park', pronouns: '', character: '', heightCm: 170, isMinor: false, contact: '', color: '#d9822b', createdAt: '', updatedAt: '', deletedAt: null, ...over }) as Performer;
const inScene = (...ids: string[]) => ids as Scene['performerIds'];
const scene = (over: Partial<Scene>): Scene => ({ number: '12', title: '', contentFlags: [], performerIds: inScene('p1'), ...over }) as Scene;

describe('why a performer cannot be marked as a minor', () => {
  it('names the scene and what it plans', () => {
    expect(whyNotMinor(performer(), [scene({ contentFlags: ['kiss', 'nudity'] })])).toBe('In scene 12, which plans nudity — take them out of that scene or change its content first.');
  });
  it('counts the other scenes', () => {
    const s = [scene({ contentFlags: ['simulatedSex', 'nudity'] }), scene({ number: '14', contentFlags: ['nudity'] })];
    expect(whyNotMinor(performer(), s)).toBe('In scene 12, which plans nudity and simulated sex, and in 1 more scene — take them out of those scenes or change their content first.');
  });
  it('says nothing when no scene they are in plans such content, or they are a minor already', () => {
    expect(whyNotMinor(performer(), [scene({ contentFlags: ['kiss'] }), scene({ performerIds: inScene('p2'), contentFlags: ['nudity'] })])).toBeNull();
    expect(whyNotMinor(performer({ isMinor: true }), [scene({ contentFlags: ['nudity'] })])).toBeNull();
  });
});
