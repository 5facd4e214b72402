import { describe, expect, it } from 'vitest';
import { boundName, safeFileComponent } from '../../src/names';
import { stickyMarker } from '../../src/report/comment-marker';

describe('boundName', () => {
  it('keeps short names and cuts long ones to a head and a hash of the whole', () => {
    expect(boundName('test (ubuntu, 20)')).toBe('test (ubuntu, 20)');
    const long = 'x'.repeat(10_000);
    const bounded = boundName(long);
    expect(Array.from(bounded)).toHaveLength(100);
    expect(bounded).toMatch(/^x{87}~[0-9a-f]{12}$/);
    expect(boundName(long)).toBe(bounded);
    expect(boundName(`${long}y`)).not.toBe(bounded);
  });
});

describe('safeFileComponent', () => {
  it('a 300-character GITHUB_JOB gives a component far below the 255-byte limit, still unique', () => {
    const a = safeFileComponent('j'.repeat(300));
    expect(a.length).toBe(80);
    expect(safeFileComponent('j'.repeat(301))).not.toBe(a);
    expect(safeFileComponent('build/test job')).toBe('build_test_job');
  });
});

describe('stickyMarker with a 10k-character workflow and job name', () => {
  it('stays under 1,000 characters', () => {
    const marker = stickyMarker({ workflow: 'w'.repeat(10_000), job: 'j'.repeat(10_000), matrix: 'm'.repeat(10_000) });
    expect(marker.length).toBeLessThan(1000);
    expect(stickyMarker({ workflow: 'CI', job: 'test' })).toBe('<!-- carbon-action:v1 workflow=CI job=test -->');
  });
});
