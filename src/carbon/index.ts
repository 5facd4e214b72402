// Emissions: region → grid intensity and PUE (resolveIntensity, async, I/O at the edge),
// then pure maths (computeEmissions).
export {
  parseRegion,
  closestRegionNames,
  knownRegionNames,
  findCloudRegion,
  ACCEPTED_FORMS,
  type ParsedRegion,
} from './region';
export { validateCarbonIntensity, validatePue, CARBON_INTENSITY_RULE, PUE_RULE } from './validate';
export { RegionError, CarbonInputError } from './errors';
export { resolveIntensity, type ResolveOptions, type ResolvedIntensity, type GridSource } from './resolve';
export { computeEmissions, type EmissionsInput, type EmissionsResult } from './emissions';
export { computeEmbodied } from './embodied';
export { pickEquivalents } from './equivalents';
export { greenerRegions } from './greener';
export { probeCloudMetadata } from './metadata';
export { fetchLiveIntensity } from './live';
export { GITHUB_HOSTED_AZURE_REGIONS, GITHUB_HOSTED_REGION_LABEL } from './intensity-figures';
export type { Provider } from './data';
