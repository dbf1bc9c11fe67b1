export { DEMO_ENTERPRISES, type DemoEnterprise } from './enterprises.js';
export { demoFleet, demoPlate, demoVehicle, type DemoVehicle } from './demo-fleet.js';
export { createRandom, hashSeed, mixSeed, type Random } from './seeded-random.js';
export { demoVehicleSecret } from './demo-credentials.js';
export {
  demoPermits,
  demoSafetyOfficers,
  demoZones,
  type DemoPermitPlan,
  type DemoViolation,
} from './demo-registry.js';
