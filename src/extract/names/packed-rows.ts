/**
 * A model's rows of weights (one number per tag for each feature) packed in
 * one array, read as a map from feature to row. Decoding looks a feature's
 * row up by its index (`idOf`) and reads the packed array directly: a map
 * of rows made each a view of its own cost one more object to reach per
 * feature, for the two million features of the event articles' sentences
 * in a corpus run.
 */
export class PackedRows implements ReadonlyMap<string, Float32Array> {
  readonly #ids: ReadonlyMap<string, number>;
  /** Feature `id`'s row: `weights[id * width]` to `weights[id * width + width - 1]`. */
  readonly weights: Float32Array;
  readonly width: number;

  /** `features[i]`'s row is the `i`th `width` numbers of `weights`. */
  constructor(features: readonly string[], weights: Float32Array, width: number) {
    if (weights.length !== features.length * width)
      throw new Error(
        `PackedRows: ${features.length} rows of ${width} in ${weights.length} weights`,
      );
    const ids = new Map<string, number>();
    features.forEach((feature, i) => ids.set(feature, i));
    this.#ids = ids;
    this.weights = weights;
    this.width = width;
  }

  /** The feature's index in the packed array, or undefined when it has no row. */
  idOf(feature: string): number | undefined {
    return this.#ids.get(feature);
  }

  get size(): number {
    return this.#ids.size;
  }

  has(feature: string): boolean {
    return this.#ids.has(feature);
  }

  get(feature: string): Float32Array | undefined {
    const id = this.#ids.get(feature);
    return id === undefined ? undefined : this.#row(id);
  }

  #row(id: number): Float32Array {
    return this.weights.subarray(id * this.width, id * this.width + this.width);
  }

  *entries(): MapIterator<[string, Float32Array]> {
    for (const [feature, id] of this.#ids) yield [feature, this.#row(id)];
  }

  keys(): MapIterator<string> {
    return this.#ids.keys();
  }

  *values(): MapIterator<Float32Array> {
    for (const id of this.#ids.values()) yield this.#row(id);
  }

  [Symbol.iterator](): MapIterator<[string, Float32Array]> {
    return this.entries();
  }

  forEach(
    callback: (row: Float32Array, feature: string, map: ReadonlyMap<string, Float32Array>) => void,
    thisArg?: unknown,
  ): void {
    for (const [feature, row] of this.entries()) callback.call(thisArg, row, feature, this);
  }
}
