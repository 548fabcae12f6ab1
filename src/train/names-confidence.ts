/**
 * Choosing, by cross-validation, how sure the recogniser must be of an
 * institution before the site prints it. Each span a model that never saw
 * the article tagged has a probability (marginals.ts) at each scale of the
 * potentials; a span is right when its string is one the readers listed.
 * The scale is the one whose probabilities are best calibrated (lowest log
 * loss over every tagged institution and person); the threshold is the one
 * that scores the institutions the extraction prints best with precision
 * weighed above recall (F0.5): losing a whole name costs less than printing
 * a cut one.
 */
import { distinctNames, type NameMention } from '../extract/names/recognise.ts';
import type { NameKind } from '../extract/names/tags.ts';
import { scoreNames, type NamesComparison } from './names-score.ts';
import { CONFIDENCE_SCALES, type ScoredMentions } from './names.ts';

/** Precision is weighed this many times as much as recall in choosing the threshold. */
export const PRECISION_WEIGHT = 0.5;
/** The thresholds tried: probabilities from 0 (keep all) up. */
export const CONFIDENCE_THRESHOLDS = [
  0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95,
] as const;

const isRight = (a: ScoredMentions, m: NameMention) => a.gold[m.kind].has(m.text);

/** Mean log loss of the probabilities at scale index `s` over the tagged spans of the kinds. */
export function logLoss(
  scored: readonly ScoredMentions[],
  s: number,
  kinds: readonly NameKind[] = ['ORG', 'PER'],
): number {
  let sum = 0;
  let n = 0;
  for (const a of scored)
    a.mentions.forEach((m, k) => {
      if (!kinds.includes(m.kind)) return;
      const p = Math.min(1 - 1e-9, Math.max(1e-9, a.probabilities[k]![s]!));
      sum -= isRight(a, m) ? Math.log(p) : Math.log(1 - p);
      n++;
    });
  return n ? sum / n : 0;
}

/** The index in CONFIDENCE_SCALES of the best calibrated scale. */
export function calibratedScale(scored: readonly ScoredMentions[]): number {
  let best = 0;
  for (let s = 1; s < CONFIDENCE_SCALES.length; s++)
    if (logLoss(scored, s) < logLoss(scored, best)) best = s;
  return best;
}

export interface ThresholdPoint {
  threshold: number;
  /** Distinct strings kept that are right, and that are wrong. */
  tp: number;
  fp: number;
  precision: number;
  recall: number;
  f1: number;
  fBeta: number;
  /** Of the distinct strings that are right, the share left out. */
  rightLeftOut: number;
  /** Of the wrong strings that are cut names (inside a listed name of the kind), the share left out. */
  cutLeftOut: number;
  /** Of all wrong strings, the share left out. */
  wrongLeftOut: number;
}

/** The names of one kind with a confidence `score(article, mention index)` below the threshold left out. */
export function sweep(
  scored: readonly ScoredMentions[],
  kind: NameKind,
  score: (a: ScoredMentions, m: number) => number,
  thresholds: readonly number[],
): ThresholdPoint[] {
  // Each distinct string's best confidence in its article: a string is kept while one of its mentions is.
  const best = scored.map((a) => {
    const top = new Map<string, number>();
    a.mentions.forEach((m, k) => {
      if (m.kind === kind) top.set(m.text, Math.max(top.get(m.text) ?? -Infinity, score(a, k)));
    });
    return top;
  });
  const b2 = PRECISION_WEIGHT * PRECISION_WEIGHT;
  return thresholds.map((threshold) => {
    const comparisons: NamesComparison[] = scored.map((a, i) => ({
      file: a.file,
      gold: a.gold,
      found: distinctNames(
        a.mentions.filter((m) => m.kind !== kind || best[i]!.get(m.text)! >= threshold),
      ),
    }));
    const s = scoreNames(comparisons)[kind];
    let right = 0;
    let rightOut = 0;
    let cut = 0;
    let cutOut = 0;
    let wrong = 0;
    let wrongOut = 0;
    scored.forEach((a, i) => {
      for (const [text, top] of best[i]!) {
        const out = top < threshold ? 1 : 0;
        if (a.gold[kind].has(text)) {
          right++;
          rightOut += out;
          continue;
        }
        wrong++;
        wrongOut += out;
        if ([...a.gold[kind]].some((g) => g !== text && g.includes(text))) {
          cut++;
          cutOut += out;
        }
      }
    });
    const fBeta =
      s.precision + s.recall
        ? ((1 + b2) * s.precision * s.recall) / (b2 * s.precision + s.recall)
        : 0;
    return {
      threshold,
      tp: s.tp,
      fp: s.fp,
      precision: s.precision,
      recall: s.recall,
      f1: s.f1,
      fBeta,
      rightLeftOut: right ? rightOut / right : 0,
      cutLeftOut: cut ? cutOut / cut : 0,
      wrongLeftOut: wrong ? wrongOut / wrong : 0,
    };
  });
}

/**
 * The rules' institutions (after the recogniser's check) as the site would print them, those whose
 * end probability at scale index `s` is below each threshold left out, scored against the readers'
 * institutions like the recogniser: distinct strings per article.
 */
export function sweepRuleNames(
  scored: readonly ScoredMentions[],
  s: number,
  thresholds: readonly number[],
  measure: 'endProbabilities' | 'stopProbabilities' = 'stopProbabilities',
): ThresholdPoint[] {
  const best = scored.map((a) => {
    const top = new Map<string, number>();
    for (const r of a.ruleNames)
      top.set(r.text, Math.max(top.get(r.text) ?? -Infinity, r[measure]?.[s] ?? Infinity));
    return top;
  });
  const b2 = PRECISION_WEIGHT * PRECISION_WEIGHT;
  return thresholds.map((threshold) => {
    let tp = 0;
    let fp = 0;
    let gold = 0;
    let right = 0;
    let rightOut = 0;
    let cut = 0;
    let cutOut = 0;
    let wrong = 0;
    let wrongOut = 0;
    scored.forEach((a, i) => {
      gold += a.gold.ORG.size;
      for (const [text, top] of best[i]!) {
        const out = top < threshold ? 1 : 0;
        if (a.gold.ORG.has(text)) {
          right++;
          rightOut += out;
          tp += 1 - out;
          continue;
        }
        wrong++;
        wrongOut += out;
        fp += 1 - out;
        if ([...a.gold.ORG].some((g) => g !== text && g.includes(text))) {
          cut++;
          cutOut += out;
        }
      }
    });
    const precision = tp + fp ? tp / (tp + fp) : 1;
    const recall = gold ? tp / gold : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    const fBeta =
      precision + recall ? ((1 + b2) * precision * recall) / (b2 * precision + recall) : 0;
    return {
      threshold,
      tp,
      fp,
      precision,
      recall,
      f1,
      fBeta,
      rightLeftOut: right ? rightOut / right : 0,
      cutLeftOut: cut ? cutOut / cut : 0,
      wrongLeftOut: wrong ? wrongOut / wrong : 0,
    };
  });
}

export interface ChosenConfidence {
  scale: number;
  threshold: number;
  /** Institutions under cross-validation with the threshold applied, and without. */
  kept: ThresholdPoint;
  all: ThresholdPoint;
}

/**
 * The calibrated scale and, at it, the threshold with the best F0.5 (the lowest on a tie) for what the
 * site prints: the rules' institutions after the recogniser's check, each left out when the
 * probability that no institution goes on past its last word is below the threshold. Only the end is
 * asked (cut short is what a printed fragment is): the rules take a name from its head, after a
 * department or a parent body the recogniser reads as part of it ("khoa Nhi Bệnh viện …"). Measured
 * against the probability that the name ends there as an institution, and the exact span's: this
 * leaves out more cut names for as few right ones (docs/measurements.md, "A name the recogniser is unsure of").
 */
export function chooseConfidence(scored: readonly ScoredMentions[]): ChosenConfidence {
  const s = calibratedScale(scored);
  const curve = sweepRuleNames(scored, s, CONFIDENCE_THRESHOLDS);
  const kept = curve.reduce((a, b) => (b.fBeta > a.fBeta + 1e-12 ? b : a));
  return { scale: CONFIDENCE_SCALES[s]!, threshold: kept.threshold, kept, all: curve[0]! };
}
