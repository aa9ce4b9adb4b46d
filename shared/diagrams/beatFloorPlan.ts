import { BARRIER_CATALOGUE } from '../domain/wardrobe';
import type { UnitSystem } from '../domain/production';
import { barriersOfBeat, castOfScene, placementsOfBeat, setPiecesOfScene, visibleCamerasOfBeat, type DocRecords } from '../records/query';
import type { FloorPlanInput } from './floorPlan';

/**
 * What a beat's floor plan draws, read from the document: the scene's set pieces, each cast performer
 * (by character, the performer's name in the legend) with their placement in the beat, the cameras used
 * in the beat and its barriers. Performers' contact details are not part of it.
 */
export function beatFloorPlanInput(doc: DocRecords, sceneId: string, beatId: string, heading: readonly string[], units: UnitSystem): FloorPlanInput {
  const placements = placementsOfBeat(doc, beatId);
  return {
    heading,
    setPieces: setPiecesOfScene(doc, sceneId),
    performers: castOfScene(doc, sceneId).map((p) => ({
      label: p.character || p.name,
      legend: p.character ? p.name : '',
      color: p.color,
      heightCm: p.heightCm,
      placement: placements.find((pl) => pl.performerId === p.id) ?? null,
    })),
    cameras: visibleCamerasOfBeat(doc, beatId),
    barriers: barriersOfBeat(doc, beatId).map((b) => ({ label: BARRIER_CATALOGUE[b.type].label, position: b.position, rotationY: b.rotationY, size: b.size, color: BARRIER_CATALOGUE[b.type].color })),
    units,
  };
}
