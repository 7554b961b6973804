import { type InquiryChannel, type InquiryType, inquiryTypeOf } from '@desk/core';
import { regions } from '@desk/core/text';
import phrases from './phrases.zh.json' with { type: 'json' };

/**
 * Generator of realistic Chinese citizen messages for the demo feed, the benchmark and tests:
 * seven topic areas, the city's districts and towns, complaint and inquiry styles, occasional bursts
 * about one matter, reposts, and some phone / 身份证 numbers and e-mails to mask. Deterministic per seed.
 */
export interface GeneratedMessage {
  externalId: string;
  title: string;
  body: string;
  author: string;
  url: string;
  publishedAt: Date;
  likes: number;
  replies: number;
  /** What the generator meant (for evaluation), not something the pipeline reads. */
  topic: string;
  region: string;
  repostOf?: string;
  burst?: string;
}

export interface GeneratedInquiry {
  externalId: string;
  type: InquiryType;
  title: string;
  body: string;
  contact: { name: string; phone: string; email?: string };
  channel: InquiryChannel;
}

/** mulberry32: small, fast, good enough for test data, and reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** 身份证 area codes of the city's districts (昌江区, 珠山区, 浮梁县, 乐平市). */
const ID_AREAS = ['360202', '360203', '360222', '360281'];
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

export interface GeneratorOptions {
  seed?: number;
  /** Base of the message URLs (one fictional forum by default). */
  site?: string;
  /** Share of messages that repost an earlier one with small edits. */
  repostRate?: number;
  /** Chance per message that a burst about one matter starts. */
  burstRate?: number;
}

export function createGenerator(options: GeneratorOptions = {}) {
  const random = prng(options.seed ?? 20_180_101);
  const site = options.site ?? 'https://bbs.example.cn';
  const repostRate = options.repostRate ?? 0.02;
  const burstRate = options.burstRate ?? 0.01;
  let counter = 0;
  const recent: GeneratedMessage[] = [];
  let burst: {
    left: number;
    lines: string[];
    topic: string;
    slots: Record<string, string>;
    key: string;
  } | null = null;

  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const chance = (p: number) => random() < p;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const digits = (n: number) => Array.from({ length: n }, () => int(0, 9)).join('');

  const mobile = () => `1${pick(['3', '5', '7', '8', '9'])}${digits(9)}`;
  function idCard(): string {
    const birth = `${int(1950, 2002)}${String(int(1, 12)).padStart(2, '0')}${String(int(1, 28)).padStart(2, '0')}`;
    const first17 = `${pick(ID_AREAS)}${birth}${digits(3)}`;
    const sum = [...first17].reduce((s, d, i) => s + Number(d) * ID_WEIGHTS[i]!, 0);
    return first17 + ID_CHECK[sum % 11];
  }

  const towns = new Map(regions.map((r) => [r.name, r.places.filter((p) => /(镇|乡|街道)$/.test(p))]));
  const synonymOf = new Map(phrases.synonyms.flatMap((group) => group.map((word) => [word, group] as const)));
  const synonymPattern = new RegExp([...synonymOf.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');
  /** Citizens do not write the same sentence twice: vary common words so texts differ like real ones. */
  const paraphrase = (text: string) =>
    text.replace(synonymPattern, (word) => (chance(0.7) ? pick(synonymOf.get(word)!) : word));

  function slots(): Record<string, string> {
    const region = pick(regions);
    const regionTowns = towns.get(region.name) ?? [];
    const place = regionTowns.length && chance(0.4) ? pick(regionTowns) : '';
    return {
      region: region.name + place,
      regionName: region.name,
      estate: pick(phrases.estates),
      road: pick(phrases.roads),
      school: pick(phrases.schools),
      hospital: pick(phrases.hospitals),
      market: pick(phrases.markets),
      company: pick(phrases.companies),
      times: pick(phrases.times),
    };
  }

  /** Fill {slot}s and choose one of each [a|b|c]. */
  function expand(template: string, s: Record<string, string>): string {
    return template
      .replace(/\[([^\]]+)\]/g, (_, alternatives: string) => pick(alternatives.split('|')))
      .replace(/\{(\w+)\}/g, (_, name: string) => {
        if (name === 'n') return String(int(2, 30));
        if (name === 'days') return String(int(3, 60));
        if (name === 'years') return String(int(2, 20));
        if (name === 'money') return String(int(5, 300) * 100);
        return s[name] ?? '';
      });
  }

  function personalData(): string {
    const r = random();
    const say = phrases.personalData;
    if (r < 0.1) return say.mobile.replace('{mobile}', mobile());
    if (r < 0.13) return say.idCard.replace('{idCard}', idCard());
    const user = `${pick(['zhang', 'li.ming', 'jdz_wang', 'chen88'])}${int(1, 999)}`;
    if (r < 0.16) return say.email.replace('{email}', `${user}@${pick(['qq.com', '163.com', '126.com'])}`);
    if (r < 0.18) return say.landline.replace('{landline}', `0798-8${digits(6)}`);
    return '';
  }

  function compose(topic: (typeof phrases.categories)[number], s: Record<string, string>, lead?: string) {
    const matter = pick(topic.matters);
    const details = [...matter.details].sort(() => random() - 0.5).slice(0, int(2, 3));
    const context = [...phrases.context].sort(() => random() - 0.5).slice(0, int(1, 3));
    const parts = [
      expand(pick(phrases.openers), s),
      lead ?? '',
      chance(0.6) ? `${s.times}，` : '',
      ...details.map((d) => paraphrase(expand(d, s))),
      ...context.map((c) => paraphrase(expand(c, s))),
      paraphrase(expand(pick(phrases.followups), s)),
      personalData(),
      paraphrase(expand(pick(matter.asks), s)),
      expand(pick(phrases.closers), s),
    ];
    const title = expand(pick(matter.titles), s);
    let body = parts.filter(Boolean).join('');
    // Most citizens say where: name the district when neither title nor body did.
    if (!`${title}${body}`.includes(s.regionName!) && chance(0.75))
      body = `${expand(pick(phrases.placeIntros), s)}${body}`;
    return { title, body };
  }

  function nextBurstMessage(at: Date): GeneratedMessage | null {
    if (!burst && chance(burstRate)) {
      const b = pick(phrases.bursts);
      const s = slots();
      burst = { left: int(8, 15), lines: b.lines, topic: b.topic, slots: s, key: expand(b.matter, s) };
    }
    if (!burst || !chance(0.6)) return null;
    const current = burst;
    current.left--;
    if (current.left <= 0) burst = null;
    // Many people about one matter: two or three of its lines, in their own words around them.
    const lines = [...current.lines].sort(() => random() - 0.5).slice(0, int(2, 3));
    const context = [...phrases.context].sort(() => random() - 0.5).slice(0, int(1, 2));
    const body = [
      expand(pick(phrases.openers), current.slots),
      ...lines.map((l) => paraphrase(expand(l, current.slots))),
      ...context.map((c) => paraphrase(expand(c, current.slots))),
      paraphrase(expand(pick(phrases.followups), current.slots)),
      personalData(),
      expand(pick(phrases.closers), current.slots),
    ].join('');
    return finish({ title: current.key + pick(phrases.burstTitleTails), body }, current, at);
  }

  function finish(
    text: { title: string; body: string },
    meta: { topic: string; slots: Record<string, string>; key?: string },
    at: Date,
  ): GeneratedMessage {
    counter++;
    const externalId = `g${options.seed ?? 0}-${counter}`;
    const message: GeneratedMessage = {
      externalId,
      title: text.title,
      body: text.body,
      author: chance(0.5) ? pick(phrases.nicknames) : phrases.anonymousAuthor.replace('{digits}', digits(6)),
      url: `${site}/thread/${externalId}?utm_source=feed&from=list`,
      publishedAt: at,
      likes: Math.floor(random() ** 3 * 200),
      replies: Math.floor(random() ** 3 * 40),
      topic: meta.topic,
      region: meta.slots.regionName!,
      burst: meta.key,
    };
    recent.push(message);
    if (recent.length > 50) recent.shift();
    return message;
  }

  function repost(at: Date): GeneratedMessage {
    const of = pick(recent);
    const { bodyPrefixes, bodyTails, titlePrefixes, firstStopReplacements } = phrases.repost;
    const body = `${pick(bodyPrefixes)}${of.body.replace(/。/, pick(firstStopReplacements))}${pick(bodyTails)}`;
    const meta = { topic: of.topic, slots: { regionName: of.region } };
    const copy = finish({ title: `${pick(titlePrefixes)}${of.title}`, body }, meta, at);
    copy.repostOf = of.externalId;
    return copy;
  }

  return {
    /** One web message, published at `at`. */
    message(at = new Date()): GeneratedMessage {
      if (recent.length > 5 && chance(repostRate)) return repost(at);
      const fromBurst = nextBurstMessage(at);
      if (fromBurst) return fromBurst;
      const topic = pick(phrases.categories);
      const s = slots();
      return finish(compose(topic, s), { topic: topic.topic, slots: s }, at);
    },

    /** One portal inquiry with the citizen's contact. */
    inquiry(): GeneratedInquiry {
      counter++;
      const template = pick(phrases.inquiries);
      const s = slots();
      const contact: GeneratedInquiry['contact'] = {
        name: pick(phrases.surnames) + pick(phrases.givenNames),
        phone: mobile(),
      };
      if (chance(0.3)) contact.email = `user${digits(5)}@${pick(['qq.com', '163.com'])}`;
      return {
        externalId: `p${options.seed ?? 0}-${counter}`,
        type: inquiryTypeOf(template.type) ?? 'consultation',
        title: expand(template.title, s),
        body: `${expand(template.body, s)}${expand(pick(phrases.context), s)}${personalData()}`,
        contact,
        channel: pick(['web', 'web', 'web', 'wechat', 'phone', 'letter'] as const),
      };
    },
  };
}

export type MessageGenerator = ReturnType<typeof createGenerator>;
