/** The evaluation's figures as /gioi-thieu/ prints them. */
import type { FieldFigure } from '../lib/evaluation-summary.ts';

/** A share as Vietnamese readers write it: `0.894` → `89%`. */
export const percent = (x: number): string => `${Math.round(x * 100)}%`;

/** The headline figure of a field: F1 for a set of values, else the share of articles right. */
export const headlineFigure = (f: FieldFigure): number => ('f1' in f ? f.f1 : f.accuracy);
