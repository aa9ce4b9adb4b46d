import type { BodyRegionId } from '../domain/bodyRegions';
import { exposureOfBeat, type ExposureDoc } from '../exposure';
import { regionsInWords } from './consentSummary';

/**
 * What each camera records of each performer in a beat, in words for the sheet, from the exposure check
 * (shared/exposure): "In frame — Ruth: face, lips, left and right shoulder; uncovered: left and right
 * shoulder. Tom: not in frame." Regions in frame but hidden behind a body, set piece or barrier are not
 * "seen". Returns camera id → sentence.
 */
export function inFrameSentences(doc: ExposureDoc, sceneId: string, beatId: string, nameOf: (performerId: string) => string): Map<string, string> {
  const out = new Map<string, string>();
  for (const shot of exposureOfBeat(doc, sceneId, beatId).shots) {
    const parts = shot.performers.map((p) => {
      const seen: BodyRegionId[] = p.regions.filter((r) => r.state === 'exposed' || r.state === 'covered').map((r) => r.region);
      const bare = p.regions.filter((r) => r.state === 'exposed').map((r) => r.region);
      const hidden = p.regions.some((r) => r.state === 'hidden');
      if (!seen.length) return `${nameOf(p.performerId)}: ${hidden ? 'in frame, hidden from the lens' : 'not in frame'}`;
      return `${nameOf(p.performerId)}: ${regionsInWords(seen)}${bare.length ? `; seen uncovered: ${regionsInWords(bare)}` : ''}`;
    });
    out.set(shot.cameraId, parts.length ? `In frame — ${parts.join('. ')}.` : 'In frame — nobody.');
  }
  return out;
}
