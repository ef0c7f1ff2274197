// The computational graph against the engine's own forward()/backward()/sgdStep() on random
// networks of every activation and both losses (fast-check), and on the worked example against
// the numbers the source document prints (seed, steps 1–4), written here from the document.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  ACTIVATION_NAMES,
  backward,
  forward,
  getParam,
  houseNetwork,
  housePrice,
  paramRefs,
  sgdStep,
  type LossName,
  type Network,
} from '../../engine';
import { buildGraph, graphSteps, type Graph } from '../../engine/graph';
import { neuronNumber } from '../../engine/parameters';
import { quantityById } from '../../engine/quantities';
import { STEP_QUANTITIES } from '../../engine/worked-steps';
import { randomCase } from './support/random-network';

/** Equal to the last bit, with 0 and −0 one value (a sum may start from either). */
const same = (got: number | undefined, want: number | undefined) => expect(got! + 0).toBe(want! + 0);

const byId = (graph: Graph) => new Map(graph.nodes.map((n) => [n.id, n]));

/** The node ids the graph gives neuron j of layer k, as the document names them (z₁, a₁; z_out, ŷ). */
function neuronIds(net: Network, k: number, j: number): { z: string; a: string } {
  const outputs = net.layers[net.layers.length - 1]!.weights.length;
  if (k < net.layers.length - 1) return { z: `z${neuronNumber(net, k, j)}`, a: `a${neuronNumber(net, k, j)}` };
  const suffix = outputs === 1 ? '' : String(j + 1);
  return { z: `zout${suffix}`, a: `prediction${suffix}` };
}

describe('the graph computes what forward() and backward() compute', () => {
  const LOSSES: LossName[] = ['squared', 'half-squared'];
  test.each(ACTIVATION_NAMES.flatMap((activation) => LOSSES.map((loss) => ({ activation, loss }))))(
    '$activation network, $loss loss',
    ({ activation, loss }) => {
      fc.assert(
        fc.property(randomCase(activation), fc.double({ min: 1e-4, max: 1, noNaN: true }), ({ net, input, target }, rate) => {
          const trace = forward(net, input);
          const grads = backward(net, trace, target, loss);
          const graph = buildGraph(net, input, target, loss);
          const nodes = byId(graph);
          net.layers.forEach((layer, k) =>
            layer.weights.forEach((_, j) => {
              const ids = neuronIds(net, k, j);
              same(nodes.get(ids.z)!.value, trace.layers[k]!.z[j]);
              same(nodes.get(ids.a)!.value, trace.layers[k]!.a[j]);
              same(nodes.get(ids.z)!.grad, grads.layers[k]!.dz[j]);
              same(nodes.get(ids.a)!.grad, grads.layers[k]!.da[j]);
            }),
          );
          input.forEach((_, i) => same(nodes.get(`x${i + 1}`)!.grad, grads.layers[0]!.dInput[i]));
          same(nodes.get('loss')!.value, grads.loss);

          // Every parameter leaf: its value, its gradient, and its update as sgdStep makes it.
          const updated = sgdStep(net, grads, rate).network;
          const steps = new Map(graphSteps(graph, rate).map((s) => [s.id, s]));
          const leaves = graph.nodes.filter((n) => n.param);
          expect(leaves).toHaveLength(paramRefs(net).length);
          for (const leaf of leaves) {
            const ref = leaf.param!;
            same(leaf.value, getParam(net, ref));
            const g = grads.layers[ref.layer]!;
            same(leaf.grad, ref.kind === 'weight' ? g.dW[ref.neuron]![ref.input] : g.db[ref.neuron]);
            same(steps.get(`new-${leaf.id}`)!.value, getParam(updated, ref));
          }
        }),
        { numRuns: 60 },
      );
    },
  );

  test('steps: forward in topological order, the loss, then every gradient after all the nodes it feeds, then the updates', () => {
    fc.assert(
      fc.property(randomCase('tanh'), ({ net, input, target }) => {
        const graph = buildGraph(net, input, target);
        const steps = graphSteps(graph, 0.1);
        const phases = steps.map((s) => s.phase);
        const order = ['forward', 'loss', 'backward', 'update'];
        expect([...phases].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(phases);
        const computed = new Set<number>();
        for (const s of steps.filter((s) => s.phase === 'forward' || s.phase === 'loss')) {
          for (const r of s.reads) expect(graph.nodes[r]!.inputs.length === 0 || computed.has(r)).toBe(true);
          computed.add(s.node);
        }
        const root = graph.nodes.length - 1;
        const known = new Set<number>([root]);
        for (const s of steps.filter((s) => s.phase === 'backward')) {
          for (const r of s.reads) expect(known.has(r)).toBe(true);
          known.add(s.node);
        }
        // Each step's numbers hold the values of the nodes it reads, so the equation is the real one.
        expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
      }),
      { numRuns: 100 },
    );
  });
});

describe('the worked example on the graph gives the document’s numbers', () => {
  const graph = buildGraph(houseNetwork(housePrice), housePrice.input, [housePrice.target], housePrice.loss);
  const steps = graphSteps(graph, housePrice.learningRate);
  const step = (id: string) => steps.find((s) => s.id === id)!;

  test.each([
    {
      id: 'z1',
      want: 32,
      equation: 'z₁ = w₁₁x₁ + w₁₂x₂',
      numbers: '2 + 30',
      source: 'seed, step 1: (2000 × 0.001) + (3 × 10) = 2 + 30 = 32',
    },
    { id: 'a1', want: 32, equation: 'a₁ = ReLU(z₁)', numbers: 'ReLU(32)', source: 'seed, step 1: ReLU(32) = 32' },
    { id: 'z2', want: 19, equation: 'z₂ = w₂₁x₁ + w₂₂x₂', numbers: '4 + 15', source: 'seed, step 1: 4 + 15 = 19' },
    { id: 'zout', want: 925, equation: 'z_out = w₃₁a₁ + w₃₂a₂', numbers: '640 + 285', source: 'seed, step 1: 640 + 285 = 925' },
    { id: 'error', want: -575, equation: 'error = actual − ŷ', numbers: '350 − 925', source: 'seed, step 2: (350 − 925)' },
    { id: 'loss', want: 330_625, equation: 'L = error²', numbers: '-575²', source: 'seed, step 2: (−575)² = 330,625' },
    { id: 'd-zout', want: 1150, equation: '∂L/∂z_out = ∂L/∂ŷ × 1', numbers: '1150 × 1', source: 'seed, step 3: 2 × (925 − 350) = 1150' },
    { id: 'd-w31', want: 36_800, equation: '∂L/∂w₃₁ = ∂L/∂(w₃₁a₁) × a₁', numbers: '1150 × 32', source: 'seed, step 3: 1150 × 32' },
    { id: 'd-w32', want: 21_850, equation: '∂L/∂w₃₂ = ∂L/∂(w₃₂a₂) × a₂', numbers: '1150 × 19', source: 'seed, step 3: 1150 × 19' },
    { id: 'd-a1', want: 23_000, equation: '∂L/∂a₁ = ∂L/∂(w₃₁a₁) × w₃₁', numbers: '1150 × 20', source: 'seed, step 3: 1150 × 20' },
    { id: 'd-a2', want: 17_250, equation: '∂L/∂a₂ = ∂L/∂(w₃₂a₂) × w₃₂', numbers: '1150 × 15', source: 'seed, step 3: 1150 × 15' },
    { id: 'd-z1', want: 23_000, equation: '∂L/∂z₁ = ∂L/∂a₁ × ReLU′(z₁)', numbers: '23000 × 1', source: 'seed, step 3: 23,000 × 1' },
    { id: 'd-z2', want: 17_250, equation: '∂L/∂z₂ = ∂L/∂a₂ × ReLU′(z₂)', numbers: '17250 × 1', source: 'seed, step 3: 17,250 × 1' },
    { id: 'd-w11', want: 46_000_000, equation: '∂L/∂w₁₁ = ∂L/∂(w₁₁x₁) × x₁', numbers: '23000 × 2000', source: 'seed, step 3' },
    { id: 'd-w12', want: 69_000, equation: '∂L/∂w₁₂ = ∂L/∂(w₁₂x₂) × x₂', numbers: '23000 × 3', source: 'seed, step 3' },
    { id: 'd-w21', want: 34_500_000, equation: '∂L/∂w₂₁ = ∂L/∂(w₂₁x₁) × x₁', numbers: '17250 × 2000', source: 'seed, step 3' },
    { id: 'd-w22', want: 51_750, equation: '∂L/∂w₂₂ = ∂L/∂(w₂₂x₂) × x₂', numbers: '17250 × 3', source: 'seed, step 3' },
    // x₁ feeds both hidden neurons: 23,000 × 0.001 + 17,250 × 0.002 = 23 + 34.5 = 57.5 (by hand).
    {
      id: 'd-x1',
      want: 57.5,
      equation: '∂L/∂x₁ = ∂L/∂(w₁₁x₁) × w₁₁ + ∂L/∂(w₂₁x₁) × w₂₁',
      numbers: '23000 × 0.001 + 17250 × 0.002',
      source: 'hand',
    },
    { id: 'new-w31', want: 19.99632, equation: 'w₃₁ new = w₃₁ − η × ∂L/∂w₃₁', numbers: '20 − 1e-7 × 36800', source: 'seed, step 4' },
    { id: 'new-w11', want: -4.599, equation: 'w₁₁ new = w₁₁ − η × ∂L/∂w₁₁', numbers: '0.001 − 1e-7 × 46000000', source: 'seed, step 4' },
    { id: 'new-w12', want: 9.9931, equation: 'w₁₂ new = w₁₂ − η × ∂L/∂w₁₂', numbers: '10 − 1e-7 × 69000', source: 'seed, step 4' },
    { id: 'new-w21', want: -3.448, equation: 'w₂₁ new = w₂₁ − η × ∂L/∂w₂₁', numbers: '0.002 − 1e-7 × 34500000', source: 'seed, step 4' },
    // The document rounds the step to 0.00518 and prints 4.99482; 5 − 0.005175 = 4.994825 (by hand).
    { id: 'new-w22', want: 4.994825, equation: 'w₂₂ new = w₂₂ − η × ∂L/∂w₂₂', numbers: '5 − 1e-7 × 51750', source: 'hand' },
    // …and 0.00219 for 0.002185: 15 − 0.002185 = 14.997815.
    { id: 'new-w32', want: 14.997815, equation: 'w₃₂ new = w₃₂ − η × ∂L/∂w₃₂', numbers: '15 − 1e-7 × 21850', source: 'hand' },
  ])('$id = $want ($source)', ({ id, want, equation, numbers }) => {
    const s = step(id);
    expect(s.value).toBeCloseTo(want, 9);
    expect(`${s.lhs} = ${s.formula}`).toBe(equation);
    expect(s.numbers.join('')).toBe(numbers);
  });

  test('the walk: 13 forward values, the loss, 21 gradients (x₁ and x₂ each the sum of 2 terms), 6 updates', () => {
    expect(steps.map((s) => s.phase).join(',')).toBe(
      ['forward,'.repeat(13), 'loss,', 'backward,'.repeat(21), Array(6).fill('update').join(',')].join(''),
    );
    expect(steps.filter((s) => s.feeds > 1).map((s) => [s.id, s.feeds])).toEqual([
      ['d-x1', 2],
      ['d-x2', 2],
    ]);
    // Output weights updated first, then the hidden ones, as the chapter orders them.
    expect(steps.filter((s) => s.phase === 'update').map((s) => s.id)).toEqual([
      'new-w31',
      'new-w32',
      'new-w11',
      'new-w12',
      'new-w21',
      'new-w22',
    ]);
  });

  test('where the chapter shows the same number, the step names its quantity, and they are one value', () => {
    const ids = new Set(steps.map((s) => s.id));
    for (const [stepId, quantityId] of Object.entries(STEP_QUANTITIES)) {
      expect(ids.has(stepId), stepId).toBe(true);
      expect(quantityById(quantityId)?.value, quantityId).toBe(step(stepId).value);
    }
    expect(Object.keys(STEP_QUANTITIES)).toHaveLength(31);
  });
});
