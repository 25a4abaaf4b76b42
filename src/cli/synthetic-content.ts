/**
 * A deterministic generator of realistic sample posts for benchmarks: frontmatter like the real
 * posts, 800-1,200 words with headings, lists, links and citations. Writes a whole content/
 * folder (posts plus this site's authors and topics) under `root`.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Deterministic pseudo-random numbers (mulberry32), so every run generates the same posts. */
export function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = ['anxiety', 'bipolar-disorder', 'depression', 'ptsd', 'safety', 'science', 'treatment'];
const COMMON =
  'people treatment study studies research infusion infusions ketamine depression symptoms clinic doctor dose doses effect effects week weeks patients trial trials care health mood brain'.split(
    ' ',
  );
const TOPICAL: Record<string, string[]> = {
  anxiety: 'anxiety worry panic social generalized nervous calm fear avoidance restlessness'.split(' '),
  'bipolar-disorder': 'bipolar mania hypomania lithium valproate mood stabilizer episodes switching lamotrigine quetiapine'.split(' '),
  depression: 'depression antidepressant remission response resistant sadness hopelessness energy sleep appetite'.split(' '),
  ptsd: 'trauma flashbacks nightmares veterans memory hypervigilance avoidance triggers therapy exposure'.split(' '),
  safety: 'blood pressure dissociation nausea monitoring bladder misuse heart screening risks vitals'.split(' '),
  science: 'receptor glutamate synapse neuron plasticity signaling pathway protein cortex molecule'.split(' '),
  treatment: 'appointment visit recovery integration journal ride home schedule insurance consultation preparation'.split(' '),
};
const FILLER =
  'the a of and to in is that for it as with on was this by be are or can may about from when how what which their they have not more also than some these often'.split(
    ' ',
  );

export function writeSyntheticContent(root: string, count: number, projectRoot: string, seed = 7): void {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const content = join(root, 'content');
  mkdirSync(join(content, 'posts'), { recursive: true });
  cpSync(join(projectRoot, 'content/authors'), join(content, 'authors'), { recursive: true });
  cpSync(join(projectRoot, 'content/topics'), join(content, 'topics'), { recursive: true });
  // A hero image shared by all synthetic posts, like a site reusing a few illustrations.
  const hero = join(projectRoot, 'content/posts/ketamine-for-anxiety/hero.jpg');

  for (let i = 0; i < count; i++) {
    const topics = [...new Set([pick(TOPICS), ...(next() < 0.5 ? [pick(TOPICS)] : [])])];
    const vocabulary = [...COMMON, ...topics.flatMap((topic) => TOPICAL[topic]!)];
    const sentence = (words: number) => {
      const text = Array.from({ length: words }, () => (next() < 0.45 ? pick(FILLER) : pick(vocabulary))).join(' ');
      return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
    };
    const title = sentence(6).replace(/\.$/, '');
    const day = new Date(Date.UTC(2019, 0, 1) + Math.floor(next() * 7 * 365) * 86_400_000).toISOString().slice(0, 10);
    const slug = `synthetic-${String(i).padStart(5, '0')}`;
    const sections: string[] = [];
    let words = 0;
    const target = 800 + Math.floor(next() * 400);
    for (let s = 0; words < target; s++) {
      const paragraph = Array.from({ length: 4 }, () => sentence(10 + Math.floor(next() * 10))).join(' ');
      const link = i > 0 && s % 2 === 0 ? ` See [a related article](/blog/synthetic-${String(Math.floor(next() * i)).padStart(5, '0')}/).` : '';
      const list = s % 3 === 1 ? `\n\n- ${sentence(6)}\n- ${sentence(7)}\n- ${sentence(5)}` : '';
      sections.push(`## ${sentence(4).replace(/\.$/, '')}\n\n${paragraph} [@source${s % 2}]${link}${list}`);
      words += paragraph.split(' ').length + 12;
    }
    const frontmatter = [
      '---',
      `title: "${title}"`,
      `description: "${sentence(14).slice(0, 150)}"`,
      `pubDate: ${day}`,
      'author: editorial-team',
      'reviewer: clinical-review-team',
      'reviewedDate: 2026-10-01',
      `topics: [${topics.join(', ')}]`,
      'hero:',
      '  image: ./hero.jpg',
      '  alt: "An abstract illustration in teal and amber."',
      'references:',
      ...[0, 1].flatMap((n) => [
        `  - id: source${n}`,
        `    authors: [Author A, Writer B]`,
        `    title: "Study number ${n} about ${pick(vocabulary)}"`,
        '    journal: J Synthetic Med',
        `    year: ${2010 + n}`,
      ]),
      '---',
      '',
    ].join('\n');
    mkdirSync(join(content, 'posts', slug), { recursive: true });
    writeFileSync(join(content, 'posts', slug, 'index.md'), `${frontmatter}\n${sections.join('\n\n')}\n`);
    cpSync(hero, join(content, 'posts', slug, 'hero.jpg'));
  }
}
