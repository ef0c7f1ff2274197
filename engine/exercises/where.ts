/**
 * The chapter equations an exercise's hints point to: the section's address and the equation
 * as the chapter writes it. A test checks that each address exists and that the section shows
 * the named quantity.
 */
export interface Where {
  /** The section holding the equation: /chapter/#heading-id. */
  readonly href: string;
  /** The equation in words and symbols, as the chapter writes it. */
  readonly equation: string;
  /** A quantity the chapter typesets with this equation, so a test can find it in the section. */
  readonly quantity: string;
}

export const WHERE = {
  weightedSum: { href: '/core-concepts/#weights', equation: 'output = size × w₁ + location × w₂', quantity: 'overview.output' },
  relu: { href: '/core-concepts/#activation-function', equation: 'f(x) = max(0, x)', quantity: 'overview.reluOfNegative' },
  priceLoss: { href: '/core-concepts/#loss-function', equation: 'Loss = (actual − predicted)²', quantity: 'overview.priceLoss' },
  forward: {
    href: '/numerical-example/#step-1-forward-pass',
    equation: 'z = x₁ × w₁ + x₂ × w₂, a = ReLU(z), z_out = a₁ × w₃₁ + a₂ × w₃₂',
    quantity: 'house.zOut',
  },
  outputGradient: {
    href: '/numerical-example/#step-3-backpropagation',
    equation: '∂L/∂z_out = 2 × (predicted − actual)',
    quantity: 'house.dOut',
  },
  hiddenGradient: {
    href: '/numerical-example/#step-3-backpropagation',
    equation: '∂L/∂w_ji = ∂L/∂z_out × w₃ⱼ × ReLU′(z_j) × x_i',
    quantity: 'house.dW22',
  },
  update: {
    href: '/numerical-example/#step-4-update-weights',
    equation: 'w_new = w − η × ∂L/∂w',
    quantity: 'house.new.w32',
  },
  chainRule: {
    href: '/gradient-explanation/#taking-the-derivative',
    equation: 'dLoss/dpredicted = dLoss/derror × derror/dpredicted, with dLoss/derror = 2 × error',
    quantity: 'house.loss',
  },
  halfLoss: {
    href: '/gradient-explanation/#why-the-factor-of-2',
    equation: 'Loss = ½(actual − predicted)², whose gradient is predicted − actual',
    quantity: 'gradient.halfGradient',
  },
  errorTable: {
    href: '/derivative-deep-dive/#why-the-negative-sign-matters',
    equation: 'error = actual − predicted, whose derivative is −1',
    quantity: 'derivative.change1',
  },
  signChain: {
    href: '/derivative-deep-dive/#putting-it-all-together',
    equation: 'dLoss/dpredicted = 2 × (actual − predicted) × (−1) = 2 × (predicted − actual)',
    quantity: 'gradient.signChain',
  },
  meanSquaredError: {
    href: '/training/#the-mean-squared-error-over-many-houses',
    equation: 'MSE = (1/n) × Σ (actual − predicted)²',
    quantity: 'training.mse.mean',
  },
  oneStep: {
    href: '/training/#on-a-one-dimensional-loss',
    equation: 'p_new = p − η × 2 × (p − actual)',
    quantity: 'training.oneD.right.factor',
  },
} as const satisfies Record<string, Where>;
