import { describe, expect, it } from 'vitest';
import { joinCodePath, splitCodePath } from '../../core/model/codePaths';

describe('code paths', () => {
  it('round-trips names containing slashes and backslashes', () => {
    const names = ['Salutogenesis', 'Sense of coherence', 'Meaning/purpose', 'a\\b'];
    const written = joinCodePath(names);
    expect(written).toBe('Salutogenesis/Sense of coherence/Meaning\\/purpose/a\\\\b');
    expect(splitCodePath(written)).toEqual(names);
  });
  it('ignores empty levels and surrounding spaces', () => {
    expect(splitCodePath(' Collaborative care / Scheduled follow-up /')).toEqual(['Collaborative care', 'Scheduled follow-up']);
  });
});
