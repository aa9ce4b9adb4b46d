import type { DocRecords } from '../../../shared/records/query';
import { docRecordsFrom } from '../../../shared/records/query';
import type { Repository } from '../db/repository';

/**
 * The records of one scene as the shared query layer reads them (shared/records/query.ts): the
 * scene, its live beats, set pieces and cameras, the placements and camera placements of those
 * beats (contacts, garments, barriers), every live performer and their garment fittings. Handlers and the rules engine ask the query layer about this,
 * so main answers "what is live" exactly as the renderer and the sheet do.
 */
export function loadSceneScope(repo: Repository, sceneId: string): DocRecords {
  // People and their consent belong to every scene's scope (a deleted scene's too: it simply has nothing else).
  const shared = {
    performers: repo.listLive('performer'),
    crew: repo.listLive('crew'),
    garmentFittings: repo.listLive('garmentFitting'),
    boundaries: repo.listLive('boundary'),
    riders: repo.listLive('rider'),
  };
  const scene = repo.get('scene', sceneId);
  if (!scene || scene.deletedAt) return docRecordsFrom(shared);
  return docRecordsFrom({
    ...shared,
    scenes: [scene],
    beats: repo.listLiveBy('beat', 'sceneId', sceneId),
    setPieces: repo.listLiveBy('setPiece', 'sceneId', sceneId),
    cameras: repo.listLiveBy('camera', 'sceneId', sceneId),
    placements: repo.listLiveInBeatsOf('placement', sceneId),
    cameraPlacements: repo.listLiveInBeatsOf('cameraPlacement', sceneId),
    contacts: repo.listLiveInBeatsOf('contact', sceneId),
    garments: repo.listLiveInBeatsOf('garment', sceneId),
    barriers: repo.listLiveInBeatsOf('barrier', sceneId),
    doublings: repo.listLiveInBeatsOf('doubling', sceneId),
  });
}
