/**
 * npm run rank-cooperation [-- --shared ../shared] [--seeds 3] [--recipe <name>]... [--learner <options>]...
 *   [--end-to-end] [--precision 0.9] [--cache <file>] [--corpus <dir>] [--dump <prefix>]
 *
 * Measures how well a recipe of the cooperation classifier RANKS articles, the thing that limits its recall
 * (docs/measurements.md, "What limits recall is the ranking"): for each of N fold seeds (folds by story,
 * from SEED), every labelled article's out-of-fold probability, pooled over the five folds, and from them
 *
 * - recall at precision 0.9: the best recall any single threshold reaches with precision 0.9 or more;
 * - AUC, and the best F1 at any threshold;
 * - with --end-to-end, the cross-validation as `crossValidate` gives it (the threshold chosen inside the
 *   training folds), the figure the model file records.
 *
 * A recipe changes what `articleFeatures` gives; parts joined by `+` combine: `baseline` (nothing),
 * `topic-share`, `headline-parties` (features added, RECIPES below), `sentence-model` (a sentence model trained
 * inside each fold, its maximum and top-two mean added), `idf` / `idf^0.5` (n-grams weighted by their inverse
 * document frequency over the unlabelled corpus, `--corpus`, by default ../shared/corpus), `b*0.5` (features
 * whose name starts with `b:` scaled, as if their penalty were multiplied by 1/0.5²). It writes nothing but the
 * optional cache. `--learner borderlineWeight=0.5,borderlineTarget=0.2` changes the training options
 * (CooperationOptions, `name=number` pairs; the borderline articles trained on, in the training folds only,
 * never scored); `--precision` the target the end-to-end threshold is chosen for inside the training folds,
 * whose P / R are then printed by fold seed too. Recipes from the extraction itself (`outcomes`, `outcome-any`,
 * `outcome-opening`, `delegation`, `two-provinces`, `date`, `event-parties`): what the rules of stage 6 find when
 * asked to extract the article's event (no learned model's output, which was trained on these articles).
 * Self-training (TRAINING_OPTIONS' selfTrainingPositives and selfTrainingWeight; `--learner
 * selfTrainingPositives=0` trains without it) reads the unlabelled corpus articles past the pre-filter
 * (`--corpus`, every labelled file left out), in each training fold and inner fold; the recipes from the
 * extraction are given to those articles too (the extraction run on each, cached), as they would be if wired
 * into the classifier's features. The cache: the labelled and borderline articles read once
 * (their features, sentences and extraction), reused while the gold data and the code stay the same (the cache
 * is keyed by the training stamp), and the corpus's frequencies and unlabelled articles beside it.
 * `--dump <prefix>` writes each fold seed's pooled out-of-fold probabilities, one row per labelled article
 * (file, origin, probability, label), to `<prefix>.<fold seed>.json` (`<prefix>.<n>.<fold seed>.json` for the
 * n-th of several recipes and learners): the misses to read, seed by seed.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommandLine } from './lib/command-line.ts';
import { goldPaths } from '../src/train/gold.ts';
import { loadDataset, type LabelledExample } from '../src/train/dataset.ts';
import {
  SEED,
  storyFolds,
  FOLDS,
  TRAINING_OPTIONS,
  trainCooperation,
  fitCooperation,
  PRECISION_TARGET,
  type CooperationOptions,
} from '../src/train/cooperation.ts';
import { featureHash } from '../src/train/stamp.ts';
import { binaryScore, rankAuc } from '../src/train/metrics.ts';
import { prepareArticle, type PreparedArticle } from '../src/extract/pipeline/article.ts';
import { findSentenceFacts, findSentenceParties } from '../src/extract/fields/sentence-facts.ts';
import { extractEvent } from '../src/extract/fields/event.ts';
import { organisationKey } from '../src/lib/organisation-key.ts';
import { foldVietnamese } from '../src/lib/vietnamese.ts';
import { wordClasses, wordClassGranularities } from '../src/lib/word-classes.ts';
import { tokenise } from '../src/extract/names/tokens.ts';
import { CUE_FAMILIES, INTERNATIONAL_BODIES } from '../src/extract/classify/cues.ts';
import type { Features } from '../src/extract/classify/features.ts';
import {
  predictProbability,
  trainLogistic,
  type TrainingOptions,
} from '../src/extract/classify/logistic.ts';
import { loadUnlabelled, unlabelledArticles } from '../src/train/unlabelled.ts';

const USAGE =
  'usage: npm run rank-cooperation -- [--shared <dir>] [--seeds <fold seeds>] [--recipe <name>]... [--learner <name=number,...>]... [--end-to-end] [--precision <target>] [--cache <file>] [--corpus <dir>] [--dump <prefix>]';
const { values } = parseCommandLine('rank-cooperation', USAGE, {
  options: {
    shared: { type: 'string', default: join(import.meta.dirname, '..', '..', 'shared') },
    seeds: { type: 'string', default: '3' },
    recipe: { type: 'string', multiple: true },
    'end-to-end': { type: 'boolean', default: false },
    cache: { type: 'string' },
    corpus: { type: 'string' },
    learner: { type: 'string', multiple: true },
    precision: { type: 'string' },
    dump: { type: 'string' },
  },
});

/** One sentence as the recipes read it. */
interface SentenceView {
  zone: 'headline' | 'lead' | 'body';
  text: string;
  /** Institutions and international bodies, one key each. */
  institutions: string[];
  foreign: boolean;
  families: string[];
}

/** What the extraction finds in the article when asked to extract its event (rules only: no learned model's output). */
interface ExtractionView {
  /** The kinds of the outcomes found, and those of the outcomes stated in the opening. */
  outcomeKinds: string[];
  openingOutcomeKinds: string[];
  delegation: boolean;
  leader: boolean;
  /** People named with a role. */
  people: number;
  countries: number;
  provinces: number;
  datePrecision: string | null;
  dateInOpening: boolean;
  /** The most distinct provinces one sentence with a cue and an institution names. */
  clauseProvinces: number;
}

interface Article {
  example: LabelledExample;
  sentences: SentenceView[];
  extraction: ExtractionView;
}

const LEAD_SENTENCES = 3;
const INTERNATIONAL_BODIES_ALL = new RegExp(INTERNATIONAL_BODIES.source, 'gu');

const NO_EXTRACTION: ExtractionView = {
  outcomeKinds: [],
  openingOutcomeKinds: [],
  delegation: false,
  leader: false,
  people: 0,
  countries: 0,
  provinces: 0,
  datePrecision: null,
  dateInOpening: false,
  clauseProvinces: 0,
};

function extractionView(prepared: Extract<PreparedArticle, { kind: 'prepared' }>): ExtractionView {
  const all = prepared.segment();
  const sentences = prepared.segmentEvent?.() ?? all;
  const parties = findSentenceParties(sentences);
  const { event, delegation, outcomes } = extractEvent({
    articleId: prepared.result.id,
    title: prepared.result.title,
    sentences,
    parties,
    leadCount: LEAD_SENTENCES,
    publishedAt: prepared.publishedAt,
  });
  let bodyIndex = 0;
  const opening = new Set(
    sentences.filter((s) => s.isHeadline || bodyIndex++ < LEAD_SENTENCES).map((s) => s.text),
  );
  const facts = findSentenceFacts(sentences, parties);
  const clauseProvinces = Math.max(
    0,
    ...facts.map((f) =>
      f.organisations.length > 0 && CUE_FAMILIES.some((c) => c.pattern.test(f.text))
        ? new Set(f.provinces.map((p) => p.name)).size
        : 0,
    ),
  );
  const dateEvidence = event.evidence.find((e) => e.field === 'date')?.text;
  return {
    outcomeKinds: [...new Set(outcomes.map((o) => o.kind))],
    openingOutcomeKinds: [
      ...new Set(outcomes.filter((o) => opening.has(o.text)).map((o) => o.kind)),
    ],
    delegation: delegation !== null,
    leader: delegation?.leader != null,
    people: event.people.length,
    countries: event.countries.length,
    provinces: event.provinces.length,
    datePrecision: event.date.precision,
    dateInOpening: dateEvidence !== undefined && opening.has(dateEvidence),
    clauseProvinces,
  };
}

function readArticle(
  file: string,
  folder: string,
): { sentences: SentenceView[]; extraction: ExtractionView } {
  const prepared = prepareArticle(file, readFileSync(join(folder, file)));
  if (prepared.kind === 'rejected') return { sentences: [], extraction: NO_EXTRACTION };
  return { sentences: sentenceViews(prepared), extraction: extractionView(prepared) };
}

function sentenceViews(prepared: Extract<PreparedArticle, { kind: 'prepared' }>): SentenceView[] {
  const sentences = prepared.segment();
  const parties = findSentenceParties(sentences);
  let bodyIndex = 0;
  return sentences.map((s, i) => {
    const zone = s.isHeadline ? 'headline' : bodyIndex++ < LEAD_SENTENCES ? 'lead' : 'body';
    const named = [...s.text.matchAll(INTERNATIONAL_BODIES_ALL)].map((m) => organisationKey(m[0]));
    const institutions = [
      ...new Set([...parties[i]!.organisations.map((o) => organisationKey(o.name)), ...named]),
    ];
    return {
      zone,
      text: s.text,
      institutions,
      foreign: parties[i]!.countries.length > 0,
      families: CUE_FAMILIES.filter((f) => f.pattern.test(s.text)).map((f) => f.name),
    };
  });
}

interface Loaded {
  articles: Article[];
  /** The borderline (P) articles: training only, never scored. */
  borderline: Article[];
}

function loadArticles(shared: string, cache: string | undefined): Loaded {
  const stamp = featureHash();
  type Cached = {
    example: LabelledExample & { features: [string, number][] };
    sentences: SentenceView[];
    extraction: ExtractionView;
  };
  const revive = (a: Cached): Article => ({
    example: { ...a.example, features: new Map(a.example.features), typeFeatures: new Map() },
    sentences: a.sentences,
    extraction: a.extraction,
  });
  const store = (a: Article) => ({
    example: { ...a.example, features: [...a.example.features], typeFeatures: [] },
    sentences: a.sentences,
    extraction: a.extraction,
  });
  if (cache && existsSync(cache)) {
    const cached = JSON.parse(readFileSync(cache, 'utf8')) as {
      stamp: string;
      articles: Cached[];
      borderline?: Cached[];
    };
    if (cached.stamp === stamp && cached.borderline && cached.articles[0]?.extraction)
      return { articles: cached.articles.map(revive), borderline: cached.borderline.map(revive) };
  }
  const paths = goldPaths(shared);
  const { examples, borderlineExamples } = loadDataset(paths);
  const view = (example: LabelledExample): Article => ({
    example,
    ...readArticle(example.file, example.origin === 'seeds' ? paths.seeds : paths.corpus),
  });
  const loaded = { articles: examples.map(view), borderline: borderlineExamples.map(view) };
  if (cache)
    writeFileSync(
      cache,
      JSON.stringify({
        stamp,
        articles: loaded.articles.map(store),
        borderline: loaded.borderline.map(store),
      }),
    );
  return loaded;
}

const isClause = (s: SentenceView) =>
  s.families.length > 0 && s.institutions.length + (s.foreign ? 1 : 0) >= 2;
const partiesOf = (s: SentenceView) => s.institutions.length + (s.foreign ? 1 : 0);

/** Recipes: features added to the article's own. Each a hypothesis of the brief (issue 14, item 1). */
/** The recipes that read the extraction alone, given to self-training's unlabelled articles too. */
const EXTRACTION_RECIPES = new Set([
  'outcomes',
  'outcome-any',
  'outcome-opening',
  'delegation',
  'two-provinces',
  'date',
  'event-parties',
]);

const RECIPES: Record<string, (a: Article) => Features> = {
  baseline: () => new Map(),
  /** The article's topic or a passing mention: the share of its text in cooperation clauses. */
  'topic-share': (a) => {
    const chars = a.sentences.reduce((n, s) => n + s.text.length, 0) || 1;
    const clauseChars = a.sentences.filter(isClause).reduce((n, s) => n + s.text.length, 0);
    const f: Features = new Map();
    f.set('topic:clause-chars', clauseChars / chars);
    const cueChars = a.sentences
      .filter((s) => s.families.length > 0)
      .reduce((n, s) => n + s.text.length, 0);
    f.set('topic:cue-chars', cueChars / chars);
    return f;
  },
  /** The headline's institutions are the ones the cooperation clauses relate. */
  'headline-parties': (a) => {
    const headline = new Set(
      a.sentences.filter((s) => s.zone === 'headline').flatMap((s) => s.institutions),
    );
    const clauses = a.sentences.filter(isClause);
    const f: Features = new Map();
    if (clauses.some((s) => s.institutions.some((i) => headline.has(i))))
      f.set('topic:headline-party-in-clause', 1);
    if (
      clauses
        .filter((s) => s.zone !== 'body')
        .some((s) => s.institutions.some((i) => headline.has(i)))
    )
      f.set('topic:headline-party-in-opening-clause', 1);
    if (headline.size > 0 && !clauses.some((s) => s.institutions.some((i) => headline.has(i))))
      f.set('topic:headline-party-outside-clauses', 1);
    return f;
  },
  /** An outcome of cooperation found by the extraction: any, by kind, in the opening (issue 14 brief, idea 2). */
  outcomes: (a) => {
    const f: Features = new Map();
    const x = a.extraction;
    if (x.outcomeKinds.length) f.set('x:outcome', 1);
    for (const k of x.outcomeKinds) f.set(`x:outcome:${k}`, 1);
    if (x.openingOutcomeKinds.length) f.set('x:outcome@opening', 1);
    return f;
  },
  'outcome-any': (a) => new Map(a.extraction.outcomeKinds.length ? [['x:outcome', 1]] : []),
  'outcome-opening': (a) =>
    new Map(a.extraction.openingOutcomeKinds.length ? [['x:outcome@opening', 1]] : []),
  /** A delegation, its leader found. */
  delegation: (a) => {
    const f: Features = new Map();
    if (a.extraction.delegation) f.set('x:delegation', 1);
    if (a.extraction.leader) f.set('x:leader', 1);
    return f;
  },
  /** Two provinces in one sentence with a cue and an institution. */
  'two-provinces': (a) =>
    new Map(a.extraction.clauseProvinces >= 2 ? [['x:two-provinces', 1]] : []),
  /** The event's date, and whether the opening gives it. */
  date: (a) => {
    const f: Features = new Map();
    if (a.extraction.datePrecision) f.set(`x:date:${a.extraction.datePrecision}`, 1);
    if (a.extraction.dateInOpening) f.set('x:date@opening', 1);
    return f;
  },
  /** People named with a role, countries and provinces of the event. */
  'event-parties': (a) => {
    const f: Features = new Map();
    f.set('x:people', Math.min(a.extraction.people, 5) / 5);
    if (a.extraction.countries) f.set('x:countries', 1);
    if (a.extraction.provinces >= 2) f.set('x:provinces-2', 1);
    return f;
  },
  /** The corpus-learned classes of the words (src/lib/word-classes.ts), by zone, at each granularity. */
  classes: (a) => classBag(a, ['headline', 'lead', 'body']),
  /** The same, of the headline and the lead only. */
  'classes-opening': (a) => classBag(a, ['headline', 'lead']),
  /** Of the headline and the lead, the finest classes only. */
  'classes-opening-fine': (a) => classBag(a, ['headline', 'lead'], [2]),
};

function classBag(
  a: Article,
  zones: readonly SentenceView['zone'][],
  levels: readonly number[] = [0, 1, 2],
): Features {
  const f: Features = new Map();
  const granularities = wordClassGranularities();
  for (const s of a.sentences) {
    if (!zones.includes(s.zone)) continue;
    for (const token of tokenise(s.text)) {
      const classes = wordClasses(token.text);
      if (classes)
        granularities.forEach(
          (k, g) => levels.includes(g) && f.set(`${s.zone[0]}c:${k}:${classes[g]}`, 1),
        );
    }
  }
  return f;
}

/**
 * Document frequencies of the folded syllables and syllable pairs over an unlabelled corpus (every `.txt`
 * file of the folder): how common an n-gram is in all the news, not only in the labelled articles.
 */
function corpusFrequencies(
  folder: string,
  cache: string | undefined,
): { documents: number; df: Map<string, number> } {
  const file = cache ? `${cache}.df.json` : undefined;
  if (file && existsSync(file)) {
    const cached = JSON.parse(readFileSync(file, 'utf8')) as {
      documents: number;
      df: [string, number][];
    };
    return { documents: cached.documents, df: new Map(cached.df) };
  }
  const df = new Map<string, number>();
  const files = readdirSync(folder).filter((f) => f.endsWith('.txt'));
  for (const name of files) {
    const syllables =
      foldVietnamese(readFileSync(join(folder, name), 'utf8').normalize('NFC').toLowerCase()).match(
        SYLLABLE,
      ) ?? [];
    const seen = new Set<string>();
    for (let i = 0; i < syllables.length; i++) {
      seen.add(syllables[i]!);
      if (syllables[i + 1]) seen.add(`${syllables[i]} ${syllables[i + 1]}`);
    }
    for (const g of seen) df.set(g, (df.get(g) ?? 0) + 1);
  }
  for (const [g, n] of df) if (n < 3) df.delete(g);
  if (file) writeFileSync(file, JSON.stringify({ documents: files.length, df: [...df] }));
  return { documents: files.length, df };
}

/** Transforms of the article's own features: n-gram values scaled by their inverse corpus frequency. */
function idfScaled(
  a: Article,
  corpus: { documents: number; df: Map<string, number> },
  power: number,
  top: number,
): Article {
  const features: Features = new Map();
  for (const [name, value] of a.example.features) {
    const m = /^[hlb]:(.*)$/.exec(name);
    if (!m) features.set(name, value);
    else {
      const idf = Math.log(corpus.documents / (1 + (corpus.df.get(m[1]!) ?? 0)));
      features.set(name, value * Math.pow(Math.max(idf, 0.05) / top, power));
    }
  }
  return { ...a, example: { ...a.example, features } };
}

const SYLLABLE = /[\p{L}\p{N}]+/gu;
function sentenceFeatures(s: SentenceView): Features {
  const f: Features = new Map();
  const syllables = foldVietnamese(s.text.toLowerCase()).match(SYLLABLE) ?? [];
  for (let i = 0; i < syllables.length; i++) {
    if (/^\d+$/.test(syllables[i]!)) continue;
    f.set(`s:${syllables[i]}`, 1);
    const next = syllables[i + 1];
    if (next && !/^\d+$/.test(next)) f.set(`s:${syllables[i]} ${next}`, 1);
  }
  for (const family of s.families) f.set(`cue:${family}`, 1);
  f.set(`zone:${s.zone}`, 1);
  f.set('parties', Math.min(partiesOf(s), 4) / 4);
  if (s.foreign) f.set('foreign', 1);
  if (isClause(s)) f.set('clause', 1);
  return f;
}

const SENTENCE_OPTIONS: TrainingOptions = { ...TRAINING_OPTIONS, iterations: 300 };
/** Sentences with a cue are the instances: of a Y article weakly positive, of an N article negative. */
function fitSentenceModel(train: Article[]) {
  const rows = train.flatMap((a) =>
    a.sentences
      .filter((s) => s.families.length > 0)
      .map((s) => ({ features: sentenceFeatures(s), positive: a.example.positive })),
  );
  const model = trainLogistic(rows, SENTENCE_OPTIONS);
  return (a: Article) =>
    a.sentences
      .filter((s) => s.families.length > 0)
      .map((s) => predictProbability(model, sentenceFeatures(s)))
      .sort((x, y) => y - x);
}
const sentenceStack = (scores: number[]): Features =>
  new Map([
    ['mi:max', scores[0] ?? 0],
    ['mi:top2', ((scores[0] ?? 0) + (scores[1] ?? 0)) / 2],
  ]);

/**
 * The unlabelled corpus as the classifier sees it: the features of every article of the folder (`.txt`) that
 * no label file names and the pre-filter lets through (the others the model never sees). Cached beside the
 * labelled articles, keyed by the same stamp.
 */
function unlabelledPool(
  folder: string,
  labelled: Set<string>,
  cache: string | undefined,
): Features[] {
  const file = cache ? `${cache}.unlabelled.json` : undefined;
  const stamp = featureHash();
  if (file && existsSync(file)) {
    const cached = JSON.parse(readFileSync(file, 'utf8')) as {
      stamp: string;
      pool: [string, number][][];
    };
    if (cached.stamp === stamp) return cached.pool.map((f) => new Map(f));
  }
  const pool = loadUnlabelled(folder, labelled);
  if (file) writeFileSync(file, JSON.stringify({ stamp, pool: pool.map((f) => [...f]) }));
  return pool;
}

/**
 * What the extraction finds in each article of the unlabelled pool, in the pool's order (the same files and
 * filter as loadUnlabelled), so that a recipe from the extraction is given to self-training's articles too,
 * as it would be if the feature were wired into articleFeatures. Cached beside the pool.
 */
function unlabelledExtractions(
  folder: string,
  labelled: Set<string>,
  cache: string | undefined,
): ExtractionView[] {
  const file = cache ? `${cache}.unlabelled-extraction.json` : undefined;
  const stamp = featureHash();
  if (file && existsSync(file)) {
    const cached = JSON.parse(readFileSync(file, 'utf8')) as {
      stamp: string;
      views: ExtractionView[];
    };
    if (cached.stamp === stamp) return cached.views;
  }
  const views = [...unlabelledArticles(folder, labelled)].map(extractionView);
  if (file) writeFileSync(file, JSON.stringify({ stamp, views }));
  return views;
}

/** Folds of these articles by story, from a seed: the same as crossValidate's. */
const foldsOf = (articles: Article[], seed: number) =>
  storyFolds(
    articles.map((a) => a.example),
    seed,
  );

/**
 * The sentence model's scores as features: for the articles a model is trained on, from sentence models
 * trained on the other inner folds (never on the article itself); for the others, from one trained on all.
 */
function stackSentences(train: Article[], test: Article[], seed: number): [Article[], Article[]] {
  const fold = foldsOf(train, seed);
  const trainStacked = train.slice();
  for (let k = 0; k < FOLDS; k++) {
    const score = fitSentenceModel(train.filter((_, i) => fold[i] !== k));
    train.forEach((a, i) => {
      if (fold[i] === k) trainStacked[i] = withFeatures(a, sentenceStack(score(a)));
    });
  }
  const score = fitSentenceModel(train);
  return [trainStacked, test.map((a) => withFeatures(a, sentenceStack(score(a))))];
}

function withFeatures(a: Article, extra: Features): Article {
  return { ...a, example: { ...a.example, features: new Map([...a.example.features, ...extra]) } };
}

interface Pooled {
  probability: number;
  actual: boolean;
}

/** Out-of-fold probabilities (and, end to end, decisions with a threshold chosen inside the training folds). */
function outOfFold(
  articles: Article[],
  borderline: Article[],
  seed: number,
  nested: boolean,
  endToEnd: boolean,
  options: CooperationOptions,
  pool: Features[],
): { pooled: Pooled[]; decided: boolean[] } {
  const fold = foldsOf(articles, seed);
  const pooled = new Array<Pooled>(articles.length);
  const decided = new Array<boolean>(articles.length).fill(false);
  for (let k = 0; k < FOLDS; k++) {
    let train = articles.filter((_, i) => fold[i] !== k);
    let test = articles.filter((_, i) => fold[i] === k);
    if (nested) [train, test] = stackSentences(train, test, seed + 1);
    const seen = train.map((a) => a.example).filter((e) => e.passesPrefilter);
    // A borderline article of a story held out trains no model that decides it.
    const heldOut = new Set(test.map((a) => a.example.story));
    const border = borderline.map((a) => a.example).filter((e) => !heldOut.has(e.story));
    const model = endToEnd
      ? trainCooperation(seen, options, precisionTarget, border, pool)
      : { ...fitCooperation(seen, options, border, pool), threshold: 0.5 };
    let t = 0;
    articles.forEach((a, i) => {
      if (fold[i] !== k) return;
      const e = test[t++]!.example;
      const probability = e.passesPrefilter ? predictProbability(model, e.features) : 0;
      pooled[i] = { probability, actual: a.example.positive };
      decided[i] = probability >= model.threshold;
    });
  }
  return { pooled, decided };
}

/** The best recall any single threshold reaches at precision >= target, and the best F1 at any threshold. */
function rankingScores(pooled: Pooled[]) {
  const sorted = pooled.slice().sort((a, b) => b.probability - a.probability);
  const positives = pooled.filter((p) => p.actual).length;
  let tp = 0;
  let recallAtTarget = 0;
  let bestF1 = 0;
  sorted.forEach((p, i) => {
    if (p.actual) tp++;
    if (i + 1 < sorted.length && sorted[i + 1]!.probability === p.probability) return;
    const precision = tp / (i + 1);
    const recall = tp / positives;
    if (precision >= PRECISION_TARGET) recallAtTarget = Math.max(recallAtTarget, recall);
    if (tp) bestF1 = Math.max(bestF1, (2 * precision * recall) / (precision + recall));
  });
  const auc = rankAuc(pooled.map((p) => ({ score: p.probability, actual: p.actual })));
  return { recallAtTarget, auc, bestF1 };
}

const started = performance.now();
/** `--precision 0.88`: the precision the end-to-end threshold is chosen for inside the training folds. */
const precisionTarget = Number(values.precision ?? PRECISION_TARGET);
if (!(precisionTarget > 0 && precisionTarget <= 1)) {
  console.error(`rank-cooperation: --precision wants a number in (0, 1]\n\n${USAGE}`);
  process.exit(2);
}
const { articles, borderline } = loadArticles(values.shared, values.cache);
// Self-training's unlabelled articles (TRAINING_OPTIONS; `--learner selfTrainingPositives=0` trains without them).
const pool = unlabelledPool(
  values.corpus ?? join(values.shared, 'corpus'),
  new Set([...articles, ...borderline].map((a) => a.example.file)),
  values.cache,
);
console.log(`rank-cooperation: ${pool.length} unlabelled articles past the pre-filter`);
let poolViews: ExtractionView[] | undefined;
const poolExtractions = (): ExtractionView[] => {
  poolViews ??= unlabelledExtractions(
    values.corpus ?? join(values.shared, 'corpus'),
    new Set([...articles, ...borderline].map((a) => a.example.file)),
    values.cache,
  );
  if (poolViews.length !== pool.length)
    throw new Error(
      `rank-cooperation: ${poolViews.length} extractions for ${pool.length} pool articles`,
    );
  return poolViews;
};
const seeds = Number(values.seeds);
if (!Number.isInteger(seeds) || seeds < 1) {
  console.error(`rank-cooperation: --seeds wants a number of fold seeds\n\n${USAGE}`);
  process.exit(2);
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const show = (xs: number[]) =>
  `${mean(xs).toFixed(3)} (${Math.min(...xs).toFixed(3)}–${Math.max(...xs).toFixed(3)})`;
console.log(
  `rank-cooperation: ${articles.length} articles, ${articles.filter((a) => a.example.positive).length} Y; ${seeds} fold seeds from ${SEED}; ${((performance.now() - started) / 1000).toFixed(0)} s to read`,
);
/** `--learner pairwise=1,bags=5`: the training options changed, each `name=number`; `default`: none. */
const learners = (values.learner ?? ['default']).map((spec) => {
  const options: Record<string, unknown> = { ...TRAINING_OPTIONS };
  for (const part of spec === 'default' ? [] : spec.split(',')) {
    const [name, value] = part.split('=');
    if (!name || value === undefined || !Number.isFinite(Number(value))) {
      console.error(`rank-cooperation: --learner wants name=number pairs, not ${part}`);
      process.exit(2);
    }
    options[name] = Number(value);
  }
  return { spec, options: options as unknown as CooperationOptions };
});
const variants = (values.recipe ?? ['baseline']).length * learners.length;
let variant = 0;
for (const recipe of values.recipe ?? ['baseline'])
  for (const learner of learners) {
    // With several recipes or learners, each one's dump is numbered in the order they are printed.
    const dumpPrefix = variants > 1 ? `${values.dump}.${++variant}` : values.dump;
    const parts = recipe.split('+');
    const nested = parts.includes('sentence-model');
    const idf = parts.map((p) => /^idf(?:\^(-?[\d.]+))?$/.exec(p)).find((m) => m);
    // `b*0.5`: the features whose name starts with `b:` scaled by 0.5 (as if their penalty were four times).
    const scales = parts.flatMap((p) => {
      const m = /^([a-z-]+)\*([\d.]+)$/.exec(p);
      return m ? [{ prefix: `${m[1]}:`, by: Number(m[2]) }] : [];
    });
    const unknown = parts.filter(
      (p) => p !== 'sentence-model' && !/^idf/.test(p) && !/\*/.test(p) && !(p in RECIPES),
    );
    if (unknown.length) {
      console.error(
        `rank-cooperation: no recipe ${unknown.join(', ')} (${[...Object.keys(RECIPES), 'sentence-model'].join(', ')})`,
      );
      process.exit(2);
    }
    const corpus = idf
      ? corpusFrequencies(values.corpus ?? join(values.shared, 'corpus'), values.cache)
      : null;
    const withRecipe = articles.map((a) =>
      withFeatures(
        a,
        new Map(parts.filter((p) => p in RECIPES).flatMap((p) => [...RECIPES[p]!(a)])),
      ),
    );
    // The mean idf of the n-grams the articles carry: a typical n-gram keeps its value, so the penalty means the same.
    const idfs = corpus
      ? withRecipe.flatMap((a) =>
          [...a.example.features.keys()]
            .filter((n) => /^[hlb]:/.test(n))
            .map((n) =>
              Math.max(0.05, Math.log(corpus.documents / (1 + (corpus.df.get(n.slice(2)) ?? 0)))),
            ),
        )
      : [];
    const meanIdf = idfs.reduce((x, y) => x + y, 0) / (idfs.length || 1);
    const recipeArticles = corpus
      ? withRecipe.map((a) => idfScaled(a, corpus, Number(idf![1] ?? 1), meanIdf))
      : withRecipe;
    if (scales.length)
      recipeArticles.forEach((a, i) => {
        const features: Features = new Map(a.example.features);
        for (const [name, value] of features)
          for (const s of scales) if (name.startsWith(s.prefix)) features.set(name, value * s.by);
        recipeArticles[i] = { ...a, example: { ...a.example, features } };
      });
    const recipeBorderline = borderline.map((a) =>
      withFeatures(
        a,
        new Map(parts.filter((p) => p in RECIPES).flatMap((p) => [...RECIPES[p]!(a)])),
      ),
    );
    // Self-training's articles get the recipes from the extraction too (the others read sentences they lack).
    const poolParts = parts.filter((p) => EXTRACTION_RECIPES.has(p));
    const recipePool = poolParts.length
      ? pool.map((features, i) => {
          const a = { extraction: poolExtractions()[i]!, sentences: [] } as unknown as Article;
          return new Map([...features, ...poolParts.flatMap((p) => [...RECIPES[p]!(a)])]);
        })
      : pool;
    const runs = Array.from({ length: seeds }, (_, i) => {
      const { pooled, decided } = outOfFold(
        recipeArticles,
        recipeBorderline,
        SEED + i,
        nested,
        values['end-to-end'],
        learner.options,
        recipePool,
      );
      const score = binaryScore(
        decided.map((d, j) => ({ predicted: d, actual: pooled[j]!.actual })),
      );
      if (values.dump)
        writeFileSync(
          `${dumpPrefix}.${SEED + i}.json`,
          JSON.stringify(
            pooled.map((p, j) => ({
              file: recipeArticles[j]!.example.file,
              origin: recipeArticles[j]!.example.origin,
              probability: p.probability,
              positive: p.actual,
            })),
          ),
        );
      return { ...rankingScores(pooled), score };
    });
    console.log(
      `${recipe}${learner.spec === 'default' ? '' : ` [${learner.spec}]`}: recall at P ${PRECISION_TARGET} ${show(runs.map((r) => r.recallAtTarget))} [by seed ${runs.map((r) => r.recallAtTarget.toFixed(2)).join(' ')}]  AUC ${show(runs.map((r) => r.auc))}  best F1 ${show(runs.map((r) => r.bestF1))}` +
        (values['end-to-end']
          ? `\n  end to end: P ${show(runs.map((r) => r.score.precision))}  R ${show(runs.map((r) => r.score.recall))}  F1 ${show(runs.map((r) => r.score.f1))} [P/R by seed ${runs.map((r) => `${r.score.precision.toFixed(2)}/${r.score.recall.toFixed(2)}`).join(' ')}]`
          : '') +
        `  (${((performance.now() - started) / 1000).toFixed(0)} s)`,
    );
  }
