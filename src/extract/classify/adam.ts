/**
 * Adam, the optimiser both learned classifiers take their steps with: a moving average of each parameter's
 * gradient and of its square, bias-corrected, with an L2 penalty per parameter added to the mean gradient.
 */
const [BETA1, BETA2, EPSILON] = [0.9, 0.999, 1e-8];

export class Adam {
  private readonly m: Float64Array;
  private readonly v: Float64Array;
  private readonly learningRate: number;
  private t = 0;

  constructor(parameters: number, learningRate: number) {
    this.learningRate = learningRate;
    this.m = new Float64Array(parameters);
    this.v = new Float64Array(parameters);
  }

  /** One step on `w`, from the gradient summed over `examples` rows. */
  step(w: Float64Array, grad: Float64Array, penalty: Float64Array, examples: number): void {
    this.t++;
    const { m, v } = this;
    for (let i = 0; i < w.length; i++) {
      const g = grad[i]! / examples + penalty[i]! * w[i]!;
      m[i] = BETA1 * m[i]! + (1 - BETA1) * g;
      v[i] = BETA2 * v[i]! + (1 - BETA2) * g * g;
      const mHat = m[i]! / (1 - BETA1 ** this.t);
      const vHat = v[i]! / (1 - BETA2 ** this.t);
      w[i]! -= (this.learningRate * mHat) / (Math.sqrt(vHat) + EPSILON);
    }
  }
}
