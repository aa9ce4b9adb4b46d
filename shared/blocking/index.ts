// The blocking maths: skeleton, joint limits, poses, presets, IK, seating and settling, camera optics, playback, measuring.
export * from './skeleton';
export * from './jointLimits';
export * from './pose';
export * from './posePresets';
export * from './ik';
export * from './seat';
export * from './settle';
export * from './optics';
export * from './interpolate';
export * from './measure';
