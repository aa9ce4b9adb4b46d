import type { ContactType } from '../../../shared/domain/contact';

/**
 * The colour of each kind of contact in the 3D view (markers and lines) and its legend, one place. The
 * Okabe–Ito palette, which stays distinguishable with every common form of colour blindness; types of one
 * family share a colour ("hand placement"), and a contact replaced by an alternative to touch is drawn
 * dashed whatever its type.
 */
export const CONTACT_FAMILIES = [
  { id: 'hand', label: 'Hand placement', color: '#0072B2', types: ['handRest', 'handHold', 'handGrip'] },
  { id: 'travel', label: 'Hand travel', color: '#56B4E9', types: ['handStroke'] },
  { id: 'embrace', label: 'Hold / embrace', color: '#009E73', types: ['embrace'] },
  { id: 'kiss', label: 'Kiss', color: '#D55E00', types: ['kiss'] },
  { id: 'weight', label: 'Weight share / lift', color: '#E69F00', types: ['weightBearing'] },
  { id: 'lean', label: 'Lean / rest', color: '#F0E442', types: ['lean'] },
  { id: 'press', label: 'Body press', color: '#D9D9D9', types: ['bodyPress'] },
  { id: 'pelvic', label: 'Simulated pelvic movement (needs barriers)', color: '#CC79A7', types: ['simulatedThrusting'] },
] as const satisfies readonly { id: string; label: string; color: string; types: readonly ContactType[] }[];

export const CONTACT_COLORS: Readonly<Record<ContactType, string>> = Object.fromEntries(
  CONTACT_FAMILIES.flatMap((f) => f.types.map((t) => [t, f.color])),
) as Record<ContactType, string>;

/** How a contact that is replaced by an alternative to touch (hover, look only…) is drawn: dashed. */
export const ALTERNATIVE_LEGEND = 'Dashed line: an alternative to touch (hover, follow hands, hand on hand, look only)';
