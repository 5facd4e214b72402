import { describe, expect, it } from 'vitest';
import { closestRegionNames, parseRegion, RegionError } from '../../../src/carbon';

function refusal(text: string): RegionError {
  try {
    parseRegion(text);
  } catch (err) {
    expect(err).toBeInstanceOf(RegionError);
    return err as RegionError;
  }
  throw new Error(`parseRegion(${text}) did not throw`);
}

describe('parseRegion', () => {
  it('accepts the five forms, case-insensitively, and returns canonical ids', () => {
    expect(parseRegion('azure:eastus2')).toMatchObject({ kind: 'cloud', id: 'azure:eastus2', provider: 'azure' });
    expect(parseRegion('AZURE:EastUS2').id).toBe('azure:eastus2');
    expect(parseRegion('aws:us-east-1')).toMatchObject({ kind: 'cloud', provider: 'aws' });
    expect(parseRegion('gcp:europe-west1')).toMatchObject({ kind: 'cloud', provider: 'gcp' });
    expect(parseRegion('zone:us-mida-pjm')).toEqual({ kind: 'zone', id: 'zone:US-MIDA-PJM', zone: 'US-MIDA-PJM' });
    expect(parseRegion(' zone:SE-SE3 ').id).toBe('zone:SE-SE3');
    expect(parseRegion('country:fr')).toEqual({ kind: 'country', id: 'country:FR', alpha2: 'FR', alpha3: 'FRA' });
    expect(parseRegion('country:FRA')).toEqual({ kind: 'country', id: 'country:FR', alpha2: 'FR', alpha3: 'FRA' });
  });

  it('carries the cloud region zone', () => {
    const r = parseRegion('azure:swedencentral');
    expect(r.kind === 'cloud' && r.cloudRegion.zone).toBe('SE-SE3');
  });

  it('refuses an unknown region, naming it and the closest valid names', () => {
    const err = refusal('azure:eastus3');
    expect(err.closest).toEqual(['azure:eastus', 'azure:eastus2', 'azure:westus3']);
    expect(err.message).toBe(
      'region "azure:eastus3" is not known; closest: azure:eastus, azure:eastus2, azure:westus3. ' +
        'Accepted forms: azure:<region>, aws:<region>, gcp:<region>, zone:<zone>, country:<ISO code>',
    );
  });

  it('suggests across providers when the prefix is missing', () => {
    expect(refusal('eastus2').closest[0]).toBe('azure:eastus2');
    expect(refusal('us-east-1').closest[0]).toBe('aws:us-east-1');
  });

  it('refuses unknown zones and countries, and empty text', () => {
    expect(refusal('zone:SE-SE9').closest).toContain('zone:SE-SE3');
    expect(refusal('country:QQ').message).toMatch(/^region "country:QQ" is not known; closest: country:/);
    expect(refusal('').message).toMatch(/region is empty/);
    expect(refusal('mars:olympus').message).toMatch(/Accepted forms/);
  });

  it('closestRegionNames ranks by edit distance', () => {
    expect(closestRegionNames('aws:us-east-3', 2)).toEqual(['aws:us-east-1', 'aws:us-east-2']);
  });
});
