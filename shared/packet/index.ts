// The rehearsal packet: a scene's cover and one wall-readable page per beat, as plain data (see types.ts).
export * from './types';
export * from './model';
export * from './fileName';
export * from './schema';
export * from './version';
