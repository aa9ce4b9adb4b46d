// Diagrams as SVG, built by pure functions from domain data (for export, printing and the choreography sheet).
export * from './floorPlan';
