import type { Command, CommandOf, CommandType } from '../../../shared/commands';
import { beatCreate, beatDelete, beatDuplicate, beatMove, beatUpdate } from './beats';
import { crewCreate, crewDelete, crewUpdate, performerCreate, performerDelete, performerUpdate, productionUpdate } from './people';
import { placementUpdate } from './placements';
import { sceneCreate, sceneDelete, sceneMove, sceneUpdate } from './scenes';
import {
  cameraAdd,
  cameraDelete,
  cameraUpdate,
  posePresetDelete,
  posePresetSave,
  setPieceAdd,
  setPieceDelete,
  setPieceDuplicate,
  setPieceUpdate,
} from './setAndCameras';
import { boundarySet, consentWithdraw, riderSave } from './consent';
import { doublingAdd, doublingDelete } from './doubles';
import { commentAdd, commentEdit, commentResolve } from './comments';
import type { Tx } from './tx';
import {
  barrierAdd,
  barrierDelete,
  barrierUpdate,
  contactAdd,
  contactDelete,
  contactUpdate,
  garmentAdd,
  garmentDelete,
  garmentFittingSet,
  garmentUpdate,
} from './wardrobe';

type HandlerMap = { [T in CommandType]: (tx: Tx, cmd: CommandOf<T>) => void };

/** One handler per command type; `satisfies` makes a missing handler a compile error. */
const HANDLERS = {
  'production.update': productionUpdate,
  'performer.create': performerCreate,
  'performer.update': performerUpdate,
  'performer.delete': performerDelete,
  'crew.create': crewCreate,
  'crew.update': crewUpdate,
  'crew.delete': crewDelete,
  'scene.create': sceneCreate,
  'scene.update': sceneUpdate,
  'scene.delete': sceneDelete,
  'scene.move': sceneMove,
  'beat.create': beatCreate,
  'beat.update': beatUpdate,
  'beat.delete': beatDelete,
  'beat.duplicate': beatDuplicate,
  'beat.move': beatMove,
  'setPiece.add': setPieceAdd,
  'setPiece.update': setPieceUpdate,
  'setPiece.delete': setPieceDelete,
  'setPiece.duplicate': setPieceDuplicate,
  'placement.update': placementUpdate,
  'camera.add': cameraAdd,
  'camera.update': cameraUpdate,
  'camera.delete': cameraDelete,
  'posePreset.save': posePresetSave,
  'posePreset.delete': posePresetDelete,
  'contact.add': contactAdd,
  'contact.update': contactUpdate,
  'contact.delete': contactDelete,
  'garment.add': garmentAdd,
  'garment.update': garmentUpdate,
  'garment.delete': garmentDelete,
  'garmentFitting.set': garmentFittingSet,
  'barrier.add': barrierAdd,
  'barrier.update': barrierUpdate,
  'barrier.delete': barrierDelete,
  'boundary.set': boundarySet,
  'rider.save': riderSave,
  'consent.withdraw': consentWithdraw,
  'doubling.add': doublingAdd,
  'doubling.delete': doublingDelete,
  'comment.add': (tx, cmd) => void commentAdd(tx, cmd),
  'comment.edit': (tx, cmd) => commentEdit(tx, cmd),
  'comment.resolve': commentResolve,
} satisfies HandlerMap;

export function runHandler(tx: Tx, command: Command): void {
  (HANDLERS[command.type] as (tx: Tx, cmd: Command) => void)(tx, command);
}
