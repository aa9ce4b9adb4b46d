import type { SetPieceType } from './blocking';

export interface SetPieceSpec {
  readonly label: string;
  /** Width (x), height (y), depth (z) in metres: real furniture sizes. */
  readonly size: readonly [number, number, number];
  readonly color: string;
  /** Height of the surface a mannequin sits or lies on, metres (null: not a surface). */
  readonly surfaceHeight: number | null;
}

/** The set-piece catalogue with real dimensions (UK/EU/US standard furniture, rounded). */
export const SET_PIECE_CATALOGUE: Record<SetPieceType, SetPieceSpec> = {
  singleBed: { label: 'Single bed', size: [0.92, 0.55, 1.95], color: '#8c9bab', surfaceHeight: 0.55 },
  doubleBed: { label: 'Double bed', size: [1.37, 0.55, 1.95], color: '#8c9bab', surfaceHeight: 0.55 },
  kingBed: { label: 'King bed', size: [1.93, 0.55, 2.03], color: '#8c9bab', surfaceHeight: 0.55 },
  sofa: { label: 'Sofa', size: [2.0, 0.85, 0.9], color: '#7d8f7a', surfaceHeight: 0.45 },
  armchair: { label: 'Armchair', size: [0.85, 0.9, 0.85], color: '#7d8f7a', surfaceHeight: 0.45 },
  chair: { label: 'Chair', size: [0.45, 0.9, 0.5], color: '#9a8466', surfaceHeight: 0.46 },
  table: { label: 'Table', size: [1.6, 0.75, 0.9], color: '#9a8466', surfaceHeight: 0.75 },
  wall: { label: 'Wall segment', size: [3.0, 2.6, 0.1], color: '#b9b4aa', surfaceHeight: null },
  door: { label: 'Door', size: [0.9, 2.1, 0.05], color: '#a07c5a', surfaceHeight: null },
  showerStall: { label: 'Shower stall', size: [0.9, 2.0, 0.9], color: '#9fb8c4', surfaceHeight: null },
  carFrontSeats: { label: 'Car front seats', size: [1.4, 1.2, 0.9], color: '#5e6470', surfaceHeight: 0.35 },
  floorMat: { label: 'Floor mat', size: [0.6, 0.01, 1.8], color: '#6b7f99', surfaceHeight: 0.01 },
  box: { label: 'Box', size: [0.5, 0.5, 0.5], color: '#a3a3a3', surfaceHeight: 0.5 },
};
