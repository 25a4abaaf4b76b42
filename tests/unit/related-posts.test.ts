import { describe, expect, it } from 'vitest';
import { syntheticPosts } from '../../src/cli/bench-related.ts';
import { computeRelatedPosts, tokenize, type RelatedInput } from '../../src/lib/related-posts.ts';

const now = new Date('2026-11-27T00:00:00Z');

function post(id: string, fields: Partial<RelatedInput> & { topics: string[]; date: string }): RelatedInput {
  return {
    id,
    title: fields.title ?? id,
    description: fields.description ?? '',
    headings: fields.headings ?? [],
    body: fields.body ?? '',
    topics: fields.topics,
    pubDate: new Date(fields.date),
    draft: fields.draft ?? false,
  };
}

// A small hand-made corpus: two bipolar posts, two PTSD posts, one unrelated post,
// plus a draft and a scheduled post that are near-copies of the first and must never appear.
const corpus = [
  post('bipolar-ketamine', {
    title: 'Ketamine for bipolar depression',
    description: 'How ketamine infusions are studied in bipolar depression.',
    headings: ['Mania switching', 'Lithium and valproate'],
    body: 'Bipolar depression is hard to treat. Trials added ketamine to lithium or valproate. Mania switching was rare.',
    topics: ['bipolar', 'research'],
    date: '2026-10-01',
  }),
  post('bipolar-options', {
    title: 'Treatment options for bipolar depression',
    description: 'Lithium, quetiapine and other options for the depressive phase of bipolar disorder.',
    headings: ['Lithium', 'Quetiapine', 'When mania appears'],
    body: 'Bipolar disorder guidelines rank lithium and quetiapine first. Mania can follow some antidepressants.',
    topics: ['bipolar'],
    date: '2026-06-01',
  }),
  post('ptsd-ketamine', {
    title: 'Ketamine for PTSD',
    description: 'What trials show about ketamine for post-traumatic stress.',
    headings: ['Trauma and memory'],
    body: 'PTSD brings flashbacks and nightmares after trauma. Ketamine trials for PTSD are small.',
    topics: ['ptsd', 'research'],
    date: '2026-09-01',
  }),
  post('ptsd-therapy', {
    title: 'Therapy for PTSD and trauma',
    description: 'Trauma-focused therapy for flashbacks and nightmares.',
    headings: ['Flashbacks', 'Nightmares'],
    body: 'Trauma-focused therapy helps many people with PTSD flashbacks and nightmares.',
    topics: ['ptsd'],
    date: '2026-05-01',
  }),
  post('garden', {
    title: 'Planting tomatoes on a balcony',
    description: 'Soil, sun and watering for balcony tomatoes.',
    body: 'Tomatoes like sun, rich soil and steady watering.',
    topics: ['garden'],
    date: '2026-11-01',
  }),
  post('bipolar-draft', {
    title: 'Ketamine for bipolar depression, draft',
    description: 'How ketamine infusions are studied in bipolar depression.',
    body: 'Bipolar depression ketamine lithium valproate mania switching.',
    topics: ['bipolar', 'research'],
    date: '2026-10-02',
    draft: true,
  }),
  post('bipolar-scheduled', {
    title: 'Ketamine for bipolar depression, next year',
    description: 'How ketamine infusions are studied in bipolar depression.',
    body: 'Bipolar depression ketamine lithium valproate mania switching.',
    topics: ['bipolar', 'research'],
    date: '2027-01-15',
  }),
];

const ids = (list: { id: string }[] | undefined) => (list ?? []).map((item) => item.id);

describe('computeRelatedPosts', () => {
  const related = computeRelatedPosts(corpus, { now });

  it('ranks the most similar post first', () => {
    expect(ids(related.get('bipolar-ketamine'))[0]).toBe('bipolar-options');
    expect(ids(related.get('ptsd-therapy'))[0]).toBe('ptsd-ketamine');
    expect(related.get('bipolar-ketamine')![0]).toMatchObject({ reason: 'similar', fallback: false, sharedTopics: ['bipolar'] });
  });

  it('never lists the post itself, drafts or scheduled posts', () => {
    for (const [id, list] of related) {
      expect(ids(list)).not.toContain(id);
      expect(ids(list)).not.toContain('bipolar-draft');
      expect(ids(list)).not.toContain('bipolar-scheduled');
    }
  });

  it('still gives a draft being previewed its related posts', () => {
    expect(ids(related.get('bipolar-draft'))[0]).toBe('bipolar-ketamine');
  });

  it('returns three posts by default, or the requested number', () => {
    expect(related.get('bipolar-ketamine')).toHaveLength(3);
    expect(computeRelatedPosts(corpus, { now, limit: 2 }).get('ptsd-ketamine')).toHaveLength(2);
  });

  it('fills with the newest posts, marked as fallbacks, when nothing is related', () => {
    const list = related.get('garden')!;
    expect(list.every((item) => item.fallback && item.reason === 'recent')).toBe(true);
    // Newest published posts first: bipolar-ketamine (Oct), ptsd-ketamine (Sep), bipolar-options (Jun).
    expect(ids(list)).toEqual(['bipolar-ketamine', 'ptsd-ketamine', 'bipolar-options']);
  });

  it('fills from the same topic before the newest posts when too few are truly related', () => {
    const strict = computeRelatedPosts(corpus, { now, minScore: 0.99 }).get('ptsd-therapy')!;
    expect(strict[0]).toMatchObject({ id: 'ptsd-ketamine', reason: 'same-topic', fallback: true });
    expect(strict.length).toBeGreaterThan(1);
    expect(strict.slice(1).every((item) => item.reason === 'recent')).toBe(true);
  });

  it('is deterministic whatever the input order', () => {
    const reversed = computeRelatedPosts([...corpus].reverse(), { now });
    for (const id of related.keys()) expect(reversed.get(id)).toEqual(related.get(id));
  });

  it('breaks exact ties by newer date, then by slug', () => {
    const twin = (id: string, date: string) => post(id, { title: 'Sleep and mood', body: 'Sleep shapes mood.', topics: ['sleep'], date });
    const result = computeRelatedPosts(
      [twin('source', '2026-01-01'), twin('b-twin', '2026-03-01'), twin('a-twin', '2026-03-01'), twin('older', '2026-02-01')],
      { now },
    );
    // b-twin and a-twin score the same (same date, same text): slug order decides; the older one comes last.
    expect(ids(result.get('source'))).toEqual(['a-twin', 'b-twin', 'older']);
  });

  it('finds posts that share words but no topic, without calling them fallbacks', () => {
    const result = computeRelatedPosts(
      [
        post('sleep-after-infusion', {
          title: 'Sleep after an infusion',
          body: 'Rest, hydration and a quiet evening help recovery after an infusion. Plan a ride home.',
          topics: ['aftercare'],
          date: '2026-01-01',
        }),
        post('first-visit', {
          title: 'Your first visit',
          body: 'Plan a ride home, rest and drink water: recovery after the infusion takes an evening.',
          topics: ['visits'],
          date: '2026-01-02',
        }),
        post('garden-soil', { title: 'Balcony soil', body: 'Tomatoes need sun and rich soil.', topics: ['garden'], date: '2026-01-03' }),
      ],
      { now },
    );
    expect(result.get('sleep-after-infusion')![0]).toMatchObject({ id: 'first-visit', reason: 'similar', fallback: false, sharedTopics: [] });
  });

  it('prefers a rare shared topic over a common one', () => {
    const common = { topics: ['common'], body: '' };
    const result = computeRelatedPosts(
      [
        post('source', { ...common, topics: ['common', 'rare'], date: '2026-01-01' }),
        post('shares-rare', { topics: ['rare'], date: '2026-01-01' }),
        post('shares-common', { ...common, date: '2026-01-01' }),
        post('filler-1', { ...common, date: '2026-01-01' }),
        post('filler-2', { ...common, date: '2026-01-01' }),
      ],
      { now },
    );
    expect(ids(result.get('source'))[0]).toBe('shares-rare');
  });
});

describe('computeRelatedPosts at scale', () => {
  // Random prose from a shared vocabulary. Two posts also share a few rare words: their strongest
  // terms, and the only thing that makes them related.
  const crowd = syntheticPosts(400, 7).filter((item) => !item.draft);
  const rare = ' quokka zebrafish axolotl'.repeat(12);
  const [source, cousin] = [crowd[0]!, crowd[1]!].map((item) => ({ ...item, topics: ['unique-' + item.id], body: item.body + rare }));
  const large = [source!, cousin!, ...crowd.slice(2)];

  it('gives a small site exact scores: the index budget only matters at scale', () => {
    const exact = computeRelatedPosts(corpus, { now, postingBudget: Number.POSITIVE_INFINITY });
    expect([...computeRelatedPosts(corpus, { now })]).toEqual([...exact]);
  });

  it('still finds the closest post when the budget forces a post to look up only its strongest terms', () => {
    const squeezed = computeRelatedPosts(large, { now, postingBudget: 128 });
    expect(squeezed.get(source!.id)![0]).toMatchObject({ id: cousin!.id, reason: 'similar' });
    expect(squeezed.get(cousin!.id)![0]).toMatchObject({ id: source!.id, reason: 'similar' });
  });

  it('is deterministic at scale whatever the input order', () => {
    const forward = computeRelatedPosts(large, { now, postingBudget: 128 });
    const reversed = computeRelatedPosts([...large].reverse(), { now, postingBudget: 128 });
    expect([...reversed].sort()).toEqual([...forward].sort());
  });

  it('matches words whatever their accents or case', () => {
    const result = computeRelatedPosts(
      [
        post('cafe-plain', { title: 'Cafe naive resume', body: 'Cafe naive resume cooperation.', topics: ['a'], date: '2026-01-01' }),
        post('cafe-accents', { title: 'CAFÉ naïve résumé', body: 'Café naïve résumé coöperation.', topics: ['b'], date: '2026-01-01' }),
        post('unrelated', { title: 'Balcony soil', body: 'Tomatoes need sun.', topics: ['c'], date: '2026-01-01' }),
      ],
      { now },
    );
    expect(result.get('cafe-plain')![0]).toMatchObject({ id: 'cafe-accents', reason: 'similar' });
  });
});

describe('tokenize', () => {
  it('drops stop words and numbers, folds plurals and accents', () => {
    expect(tokenize('The infusions and 12 Studies of Szałach’s café')).toEqual(['infusion', 'study', 'szałach', 'cafe']);
  });
});
