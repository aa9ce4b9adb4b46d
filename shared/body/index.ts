// The body-region layer: which region a point of the mannequin is (classify), where each region is
// (regionPoints), picking on a posed body and markers that follow their bone (pick), what garments
// cover and the nudity that leaves (garmentCatalogue, nudity), and contacts in clinical words.
export * from './classify';
export * from './regionPoints';
export * from './pick';
export * from './garmentCatalogue';
export * from './nudity';
export * from './contactSentence';
