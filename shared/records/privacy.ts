import type { DocRecords } from './query';

/**
 * Who is reading: the coordinator sees everything; a performer sees the shared choreography and their
 * own consent only; the director and crew see the staging and no one's private consent or contact details.
 */
export type Reader = { readonly kind: 'coordinator' } | { readonly kind: 'performer'; readonly performerId: string } | { readonly kind: 'crew' };

/**
 * What a reader may see of the document (docs/domain.md, privacy): every export and every copy
 * handed out goes through this one function. A performer's boundaries, riders, garment fittings and
 * contact details are theirs: another performer's never reach them, and the crew's copy has none.
 */
export function visibleTo(doc: DocRecords, reader: Reader): DocRecords {
  if (reader.kind === 'coordinator') return doc;
  const own = (performerId: string) => reader.kind === 'performer' && performerId === reader.performerId;
  const keep = <T extends { performerId: string }>(map: Readonly<Record<string, T>>) => Object.fromEntries(Object.entries(map).filter(([, r]) => own(r.performerId)));
  return {
    ...doc,
    performers: Object.fromEntries(Object.entries(doc.performers).map(([id, p]) => [id, own(p.id) ? p : { ...p, contact: '' }])),
    crew: Object.fromEntries(Object.entries(doc.crew).map(([id, c]) => [id, { ...c, contact: '' }])),
    boundaries: keep(doc.boundaries),
    riders: keep(doc.riders),
    garmentFittings: keep(doc.garmentFittings),
  };
}
