import { z } from 'zod';
import {
  CameraAdd,
  CameraDelete,
  CameraUpdate,
  PlacementUpdate,
  PosePresetDelete,
  PosePresetSave,
  SetPieceAdd,
  SetPieceDelete,
  SetPieceDuplicate,
  SetPieceUpdate,
} from './blocking';
import { CrewCreate, CrewDelete, CrewUpdate, PerformerCreate, PerformerDelete, PerformerUpdate, ProductionUpdate } from './production';
import { BarrierAdd, BarrierDelete, BarrierUpdate, ContactAdd, ContactDelete, ContactUpdate, GarmentAdd, GarmentDelete, GarmentFittingSet, GarmentUpdate } from './wardrobe';
import { BoundarySet, ConsentWithdraw, RiderSave } from './consent';
import { DoublingAdd, DoublingDelete } from './doubles';
import { CommentAdd, CommentEdit, CommentResolve } from './review';
import { BeatCreate, BeatDelete, BeatDuplicate, BeatMove, BeatUpdate, SceneCreate, SceneDelete, SceneMove, SceneUpdate } from './scene';

/**
 * Every user edit is one of these commands: validated by this schema, applied by main in one
 * transaction, recorded for undo/redo. The renderer never writes records directly.
 */
export const Command = z.discriminatedUnion('type', [
  ProductionUpdate,
  PerformerCreate,
  PerformerUpdate,
  PerformerDelete,
  CrewCreate,
  CrewUpdate,
  CrewDelete,
  SceneCreate,
  SceneUpdate,
  SceneDelete,
  SceneMove,
  BeatCreate,
  BeatUpdate,
  BeatDelete,
  BeatDuplicate,
  BeatMove,
  SetPieceAdd,
  SetPieceUpdate,
  SetPieceDelete,
  SetPieceDuplicate,
  PlacementUpdate,
  CameraAdd,
  CameraUpdate,
  CameraDelete,
  PosePresetSave,
  PosePresetDelete,
  ContactAdd,
  ContactUpdate,
  ContactDelete,
  GarmentAdd,
  GarmentUpdate,
  GarmentDelete,
  GarmentFittingSet,
  BarrierAdd,
  BarrierUpdate,
  BarrierDelete,
  BoundarySet,
  RiderSave,
  ConsentWithdraw,
  DoublingAdd,
  DoublingDelete,
  CommentAdd,
  CommentEdit,
  CommentResolve,
]);
export type Command = z.infer<typeof Command>;
/** The command as the renderer writes it (before zod's trimming transforms). */
export type CommandInput = z.input<typeof Command>;
export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;
