import { describe, expect, test } from 'vitest';
import { scoreConfidence, scoreGroupConfidence, type GroupEvidence } from '../../src/score/confidence.js';
import { scoreSpin, scoreSpinDensity, spinFeatures, type SpinSignals } from '../../src/score/spin-score.js';

const GROUP: GroupEvidence = { lmRatio: 3, alternatives: 3, docSpin: 0.95, hitRate: 0.15, rareEdge: false, lengthChange: 0, family: false };

describe('scoreGroupConfidence (fitted weights)', () => {
  test.each`
    change                       | stronger                    | weaker
    ${'model ratio'}             | ${{ lmRatio: 4 }}           | ${{ lmRatio: 1.5 }}
    ${'document spin'}           | ${{ docSpin: 0.99 }}        | ${{ docSpin: 0.3 }}
    ${'fewer synonyms to pick'}  | ${{ alternatives: 2 }}      | ${{ alternatives: 20 }}
  `('a higher $change gives a higher confidence', ({ stronger, weaker }: { stronger: Partial<GroupEvidence>; weaker: Partial<GroupEvidence> }) => {
    expect(scoreGroupConfidence({ ...GROUP, ...stronger }).value).toBeGreaterThan(scoreGroupConfidence({ ...GROUP, ...weaker }).value);
  });

  test('a synonym in a clean-looking document stays far below the default threshold', () => {
    expect(scoreGroupConfidence({ ...GROUP, lmRatio: 4, docSpin: 0.05, hitRate: 0 }).value).toBeLessThan(0.5);
  });

  test('undoing an insertion (a synonym one syllable shorter) is trusted more than an equal ratio for a longer one', () => {
    const shorter = scoreGroupConfidence({ ...GROUP, lengthChange: -1 });
    expect(shorter.value).toBeGreaterThan(scoreGroupConfidence({ ...GROUP, lengthChange: 1 }).value);
    expect(shorter.reasons).toContain('length:-1');
  });

  test('lists every contribution in its reasons', () => {
    expect(scoreGroupConfidence({ ...GROUP, rareEdge: true }).reasons).toEqual([
      'lm:+3.00',
      'alternatives:3',
      'doc-spin:0.95',
      'hit-rate:0.15',
      'edge:rare',
    ]);
  });

  test('a fitted pair offset raises or lowers the confidence and says so', () => {
    const raised = scoreGroupConfidence({ ...GROUP, offset: 1 });
    expect(raised.value).toBeGreaterThan(scoreGroupConfidence(GROUP).value);
    expect(raised.reasons).toContain('entry:+1.00');
    expect(scoreGroupConfidence({ ...GROUP, offset: -1 }).value).toBeLessThan(scoreGroupConfidence(GROUP).value);
  });

  test('an extreme ratio is clipped: it cannot decide alone', () => {
    expect(scoreGroupConfidence({ ...GROUP, lmRatio: 60 }).value).toBe(scoreGroupConfidence({ ...GROUP, lmRatio: 6 }).value);
  });
});

describe('scoreConfidence (curated entries)', () => {
  test('a substitution confirmed elsewhere in the document raises the confidence and says so', () => {
    const base = { prior: 0.3, lmRatio: 1.3, docSpin: 0.95, guardMet: false, lengthChange: 0 };
    const confirmed = scoreConfidence({ ...base, family: true });
    expect(confirmed.value).toBeGreaterThan(scoreConfidence({ ...base, family: false }).value);
    expect(confirmed.reasons).toContain('family:confirmed');
  });

  test('a fitted entry offset moves the log-odds by exactly its value and says so', () => {
    const base = { prior: 0.3, lmRatio: 1.3, docSpin: 0.95, guardMet: false, family: false, lengthChange: 0 };
    const logOdds = (p: number): number => Math.log(p / (1 - p));
    const plain = scoreConfidence(base);
    const lowered = scoreConfidence({ ...base, offset: -1 });
    expect(logOdds(plain.value) - logOdds(lowered.value)).toBeCloseTo(1, 1);
    expect(lowered.reasons).toContain('entry:-1.00');
    expect(plain.reasons.some((r) => r.startsWith('entry:'))).toBe(false);
  });

  test.each`
    prior   | lmRatio      | docSpin | below
    ${0.98} | ${undefined} | ${0.1}  | ${false}
    ${0.3}  | ${-2}        | ${0.1}  | ${true}
  `('prior $prior, lm $lmRatio, spin $docSpin: below 0.8 is $below', ({ prior, lmRatio, docSpin, below }: { prior: number; lmRatio: number | undefined; docSpin: number; below: boolean }) => {
    expect(scoreConfidence({ prior, lmRatio, docSpin, guardMet: false, family: false, lengthChange: 0 }).value < 0.8).toBe(below);
  });
});

const SIGNALS: SpinSignals = { syllables: 150, strongMatches: 0, foreignWords: 0, groupHits: 2, groupEvidence: 5, groupSites: 60, groupMixture: -4 };

describe('scoreSpin', () => {
  test('a text without syllables scores 0', () => {
    expect(scoreSpin({ ...SIGNALS, syllables: 0 })).toBe(0);
  });
  test.each`
    change                          | more
    ${'strong matches'}             | ${{ strongMatches: 4 }}
    ${'group places the model would change'} | ${{ groupHits: 12, groupEvidence: 36, groupMixture: 10 }}
  `('more $change raise the score', ({ more }: { more: Partial<SpinSignals> }) => {
    expect(scoreSpin({ ...SIGNALS, ...more })).toBeGreaterThan(scoreSpin(SIGNALS));
  });
  test('one hit in a short text is not a density of 100%', () => {
    const short = scoreSpin({ syllables: 6, strongMatches: 0, foreignWords: 0, groupHits: 1, groupEvidence: 2, groupSites: 2, groupMixture: 1 });
    expect(short).toBeLessThan(0.9);
  });
  test('stays in 0..1', () => {
    const s = scoreSpin({ ...SIGNALS, strongMatches: 1000, groupHits: 60, groupEvidence: 360, groupMixture: 60 });
    expect(s).toBeGreaterThan(0.99);
    expect(s).toBeLessThanOrEqual(1);
  });
});

/** The signals of `times` copies of a passage (every count scaled): the same densities, more evidence. */
function repeated(s: SpinSignals, times: number): SpinSignals {
  return {
    syllables: s.syllables * times,
    strongMatches: s.strongMatches * times,
    foreignWords: s.foreignWords * times,
    groupHits: s.groupHits * times,
    groupEvidence: s.groupEvidence * times,
    groupSites: s.groupSites * times,
    groupMixture: s.groupMixture * times,
  };
}

describe('spin score and length', () => {
  // Per-site figures measured on held-out clean news (mixture about -0.023 per site) and on news spun at one place in
  // twelve (about +0.03 per site, 4% of sites hits).
  const clean: SpinSignals = { syllables: 150, strongMatches: 0, foreignWords: 0, groupHits: 1, groupEvidence: 2.5, groupSites: 60, groupMixture: -1.4 };
  const light: SpinSignals = { syllables: 150, strongMatches: 0, foreignWords: 0, groupHits: 3, groupEvidence: 8, groupSites: 60, groupMixture: 1.8 };

  test('the densities do not change with length', () => {
    expect(scoreSpinDensity(repeated(clean, 40))).toBe(scoreSpinDensity(clean));
    expect(scoreSpinDensity(repeated(light, 40))).toBe(scoreSpinDensity(light));
  });
  test.each`
    name                | signals  | direction
    ${'a clean text'}   | ${clean} | ${'down'}
    ${'a lightly spun text'} | ${light} | ${'up'}
  `('$name scores further $direction the longer it is', ({ signals, direction }: { signals: SpinSignals; direction: string }) => {
    const short = scoreSpin(signals);
    const long = scoreSpin(repeated(signals, 40));
    if (direction === 'down') expect(long).toBeLessThan(Math.min(short, 0.05));
    else expect(long).toBeGreaterThan(Math.max(short, 0.9));
  });
  test('a short text is judged by its densities', () => {
    expect(Math.abs(scoreSpin(clean) - scoreSpinDensity(clean))).toBeLessThan(0.1);
  });
  test('spinFeatures: densities, then the sums', () => {
    const s = { syllables: 200, strongMatches: 2, foreignWords: 0, groupHits: 4, groupEvidence: 12, groupSites: 40, groupMixture: 3 };
    const expected = [1, 0, 0.1, 0.3, 0.075, 0.3, 0.4];
    const got = spinFeatures(s);
    expect(got).toHaveLength(expected.length);
    expected.forEach((v, k) => expect(got[k]).toBeCloseTo(v, 9));
  });
});
