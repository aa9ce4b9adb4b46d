// Diagrams as SVG, built by pure functions from domain data (for export, printing and the choreography sheet).
export * from './floorPlan';
export { FLOOR_PLAN_SCALES } from './floorPlanFrame';
export * from './beatFloorPlan';
