// Every public engine function rejects bad input with an EngineInputError naming the field,
// instead of returning NaN or failing somewhere deeper with a TypeError.
import { describe, expect, test } from 'vitest';
import {
  activationByName,
  backward,
  centralDifference,
  createNetwork,
  EngineInputError,
  forward,
  formatNumber,
  getParam,
  gradCheck,
  houseNetwork,
  housePrice,
  lossByName,
  meanLoss,
  relativeError,
  requireCount,
  requireFinite,
  requirePositive,
  requireVector,
  sgdStep,
  squaredError,
  train,
  withParam,
  type LayerSpec,
  type Network,
  type ParamRef,
} from '../../engine';
import { computed, registryOf } from '../../engine/quantity';
import { rejection } from './support/engine-error';
import { houseGrads, houseNet, houseTrace } from './support/house-example';

/** Lets a test pass what the types forbid, as JavaScript callers (or JSON) can. */
const bad = <T>(value: unknown) => value as T;
const line = createNetwork(1, [{ weights: [[1]], activation: 'identity' }]);
const spec = (overrides: Partial<LayerSpec>): LayerSpec[] => [
  {
    weights: [
      [1, 2],
      [3, 4],
    ],
    activation: 'relu',
    ...overrides,
  },
];
/** A network built by hand, bypassing createNetwork, as a caller holding plain data might. */
const handMade = (layer: object): Network => bad({ inputSize: 2, layers: [layer] });
const example = (input: unknown, target: unknown = [350]) => [{ input: bad<number[]>(input), target: bad<number[]>(target) }];
const ok = { learningRate: 0.1, iterations: 3 };

describe('EngineInputError', () => {
  test('carries field, value and reason, and says all three in its message', () => {
    const error = new EngineInputError('learningRate', -1, 'must be greater than 0');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('EngineInputError');
    expect([error.field, error.value, error.reason]).toEqual(['learningRate', -1, 'must be greater than 0']);
    expect(error.message).toBe('learningRate: must be greater than 0 (got -1)');
  });

  test.each([
    { value: 'abc', shown: '(got "abc")' },
    { value: [1, 2], shown: '(got an array of length 2)' },
    { value: undefined, shown: '(got undefined)' },
    { value: Number.NaN, shown: '(got NaN)' },
    { value: { a: 1 }, shown: '(got object)' },
  ])('describes $value as $shown', ({ value, shown }) => {
    expect(new EngineInputError('x', value, 'is wrong').message).toContain(shown);
  });
});

describe('the shared checks', () => {
  test.each([
    { check: 'requireFinite', call: () => requireFinite('f', Number.NaN) },
    { check: 'requireFinite', call: () => requireFinite('f', -Infinity) },
    { check: 'requireFinite', call: () => requireFinite('f', '1') },
    { check: 'requireFinite', call: () => requireFinite('f', null) },
    { check: 'requirePositive', call: () => requirePositive('f', 0) },
    { check: 'requirePositive', call: () => requirePositive('f', -1e-300) },
    { check: 'requireCount', call: () => requireCount('f', 0) },
    { check: 'requireCount', call: () => requireCount('f', 2.5) },
    { check: 'requireCount', call: () => requireCount('f', -1, 0) },
    { check: 'requireVector', call: () => requireVector('f', 'abc') },
    { check: 'requireVector', call: () => requireVector('f', []) },
    { check: 'requireVector', call: () => requireVector('f', [1, 2], 3) },
  ])('$check rejects, naming the field it was given', ({ call }) => {
    expect(rejection(call).field).toBe('f');
  });

  test('requireVector names the entry that is wrong', () => {
    expect(rejection(() => requireVector('input', [1, Number.NaN, 3])).field).toBe('input[1]');
  });

  test.each([
    { call: () => requireFinite('f', -0.5), want: -0.5 },
    { call: () => requirePositive('f', 1e-300), want: 1e-300 },
    { call: () => requireCount('f', 0, 0), want: 0 },
  ])('and lets good values through unchanged', ({ call, want }) => {
    expect(call()).toBe(want);
  });
});

describe('every public function rejects bad input, naming the field', () => {
  const weightRef: ParamRef = { layer: 0, kind: 'weight', neuron: 0, input: 0 };
  test.each([
    // createNetwork
    { fn: 'createNetwork', bad: 'inputSize 0', call: () => createNetwork(0, spec({})), field: 'inputSize' },
    { fn: 'createNetwork', bad: 'inputSize 1.5', call: () => createNetwork(1.5, spec({})), field: 'inputSize' },
    { fn: 'createNetwork', bad: 'inputSize as a string', call: () => createNetwork(bad('2'), spec({})), field: 'inputSize' },
    { fn: 'createNetwork', bad: 'no layers', call: () => createNetwork(2, []), field: 'layers' },
    { fn: 'createNetwork', bad: 'layers not an array', call: () => createNetwork(2, bad({})), field: 'layers' },
    {
      fn: 'createNetwork',
      bad: 'unknown activation',
      call: () => createNetwork(2, spec({ activation: bad('softmax') })),
      field: 'layers[0].activation',
    },
    { fn: 'createNetwork', bad: 'no weight rows', call: () => createNetwork(2, spec({ weights: [] })), field: 'layers[0].weights' },
    {
      fn: 'createNetwork',
      bad: 'a short weight row',
      call: () => createNetwork(2, spec({ weights: [[1, 2], [3]] })),
      field: 'layers[0].weights[1]',
    },
    {
      fn: 'createNetwork',
      bad: 'a NaN weight',
      call: () =>
        createNetwork(
          2,
          spec({
            weights: [
              [1, Number.NaN],
              [3, 4],
            ],
          }),
        ),
      field: 'layers[0].weights[0][1]',
    },
    {
      fn: 'createNetwork',
      bad: 'an infinite weight',
      call: () =>
        createNetwork(
          2,
          spec({
            weights: [
              [1, 2],
              [Infinity, 4],
            ],
          }),
        ),
      field: 'layers[0].weights[1][0]',
    },
    {
      fn: 'createNetwork',
      bad: 'a string weight',
      call: () =>
        createNetwork(
          2,
          spec({
            weights: [
              [bad('1'), 2],
              [3, 4],
            ],
          }),
        ),
      field: 'layers[0].weights[0][0]',
    },
    { fn: 'createNetwork', bad: 'too few biases', call: () => createNetwork(2, spec({ biases: [0] })), field: 'layers[0].biases' },
    {
      fn: 'createNetwork',
      bad: 'a NaN bias',
      call: () => createNetwork(2, spec({ biases: [0, Number.NaN] })),
      field: 'layers[0].biases[1]',
    },
    {
      fn: 'createNetwork',
      bad: 'a layer whose fan-in is not the previous width',
      call: () => createNetwork(2, [...spec({}), { weights: [[1, 2, 3]], activation: 'identity' }]),
      field: 'layers[1].weights[0]',
    },
    {
      fn: 'houseNetwork',
      bad: 'a NaN w11',
      call: () => houseNetwork({ ...housePrice, weights: { ...housePrice.weights, w11: Number.NaN } }),
      field: 'layers[0].weights[0][0]',
    },
    // forward
    { fn: 'forward', bad: 'input of the wrong length', call: () => forward(houseNet, [2000]), field: 'input' },
    { fn: 'forward', bad: 'input not an array', call: () => forward(houseNet, bad(2000)), field: 'input' },
    { fn: 'forward', bad: 'a NaN input', call: () => forward(houseNet, [2000, Number.NaN]), field: 'input[1]' },
    { fn: 'forward', bad: 'an infinite input', call: () => forward(houseNet, [Infinity, 3]), field: 'input[0]' },
    { fn: 'forward', bad: 'a string input', call: () => forward(houseNet, [bad('2000'), 3]), field: 'input[0]' },
    {
      fn: 'forward',
      bad: 'a hand-made network with an unknown activation',
      call: () => forward(handMade({ weights: [[1, 1]], activation: 'softplus' }), [1, 1]),
      field: 'layers[0].activation',
    },
    {
      fn: 'forward',
      bad: 'a hand-made network with a NaN weight',
      call: () => forward(handMade({ weights: [[1, Number.NaN]], activation: 'relu' }), [1, 1]),
      field: 'layers[0].weights[0][1]',
    },
    {
      fn: 'forward',
      bad: 'a hand-made network with a short weight row',
      call: () => forward(handMade({ weights: [[1]], activation: 'relu' }), [1, 1]),
      field: 'layers[0].weights[0]',
    },
    // backward
    { fn: 'backward', bad: 'a target of the wrong length', call: () => backward(houseNet, houseTrace, [350, 1]), field: 'target' },
    { fn: 'backward', bad: 'a NaN target', call: () => backward(houseNet, houseTrace, [Number.NaN]), field: 'target[0]' },
    { fn: 'backward', bad: 'a string target', call: () => backward(houseNet, houseTrace, [bad('350')]), field: 'target[0]' },
    { fn: 'backward', bad: 'an unknown loss', call: () => backward(houseNet, houseTrace, [350], bad('mse')), field: 'loss' },
    {
      fn: 'backward',
      bad: 'a trace from a network of another depth',
      call: () => backward(houseNet, forward(createNetwork(2, [{ weights: [[1, 1]], activation: 'identity' }]), [1, 1]), [350]),
      field: 'trace',
    },
    {
      fn: 'backward',
      bad: 'a trace from a network of the same depth but other widths',
      call: () => {
        const wide = createNetwork(2, [
          {
            weights: [
              [1, 1],
              [1, 1],
              [1, 1],
            ],
            activation: 'relu',
          },
          { weights: [[1, 1, 1]], activation: 'identity' },
        ]);
        return backward(houseNet, forward(wide, [1, 1]), [350]);
      },
      field: 'trace',
    },
    {
      fn: 'backward',
      bad: 'a hand-made network with an unknown activation',
      call: () =>
        backward(
          handMade({ weights: [[1, 1]], activation: 'softplus' }),
          forward(createNetwork(2, [{ weights: [[1, 1]], activation: 'identity' }]), [1, 1]),
          [1],
        ),
      field: 'layers[0].activation',
    },
    // sgdStep
    { fn: 'sgdStep', bad: 'a zero learning rate', call: () => sgdStep(houseNet, houseGrads, 0), field: 'learningRate' },
    { fn: 'sgdStep', bad: 'a negative learning rate', call: () => sgdStep(houseNet, houseGrads, -1e-7), field: 'learningRate' },
    { fn: 'sgdStep', bad: 'a NaN learning rate', call: () => sgdStep(houseNet, houseGrads, Number.NaN), field: 'learningRate' },
    { fn: 'sgdStep', bad: 'an infinite learning rate', call: () => sgdStep(houseNet, houseGrads, Infinity), field: 'learningRate' },
    { fn: 'sgdStep', bad: 'a string learning rate', call: () => sgdStep(houseNet, houseGrads, bad('0.1')), field: 'learningRate' },
    { fn: 'sgdStep', bad: 'gradients for another depth', call: () => sgdStep(houseNet, { layers: [] }, 0.1), field: 'gradients' },
    {
      fn: 'sgdStep',
      bad: 'a NaN gradient',
      call: () => sgdStep(line, { layers: [{ dW: [[Number.NaN]], db: [] }] }, 0.1),
      field: 'gradients.layers[0].dW[0][0]',
    },
    {
      fn: 'sgdStep',
      bad: 'a gradient row of the wrong length',
      call: () => sgdStep(line, { layers: [{ dW: [[1, 2]], db: [] }] }, 0.1),
      field: 'gradients.layers[0].dW[0]',
    },
    {
      fn: 'sgdStep',
      bad: 'too few gradient rows',
      call: () => sgdStep(line, { layers: [{ dW: [], db: [] }] }, 0.1),
      field: 'gradients.layers[0].dW',
    },
    {
      fn: 'sgdStep',
      bad: 'a missing bias gradient',
      call: () =>
        sgdStep(createNetwork(1, [{ weights: [[1]], biases: [0], activation: 'identity' }]), { layers: [{ dW: [[1]], db: [] }] }, 0.1),
      field: 'gradients.layers[0].db',
    },
    {
      fn: 'sgdStep',
      bad: 'a hand-made network with an unknown activation',
      call: () => sgdStep(handMade({ weights: [[1, 1]], activation: 'elu' }), { layers: [{ dW: [[1, 1]], db: [] }] }, 0.1),
      field: 'layers[0].activation',
    },
    // train
    { fn: 'train', bad: 'no examples', call: () => train(houseNet, [], ok), field: 'examples' },
    { fn: 'train', bad: 'examples not an array', call: () => train(houseNet, bad('x'), ok), field: 'examples' },
    { fn: 'train', bad: 'an input of the wrong length', call: () => train(houseNet, example([2000]), ok), field: 'examples[0].input' },
    { fn: 'train', bad: 'a NaN input', call: () => train(houseNet, example([Number.NaN, 3]), ok), field: 'examples[0].input[0]' },
    {
      fn: 'train',
      bad: 'a target of the wrong length',
      call: () => train(houseNet, example([2000, 3], [350, 1]), ok),
      field: 'examples[0].target',
    },
    {
      fn: 'train',
      bad: 'an infinite target',
      call: () => train(houseNet, example([2000, 3], [Infinity]), ok),
      field: 'examples[0].target[0]',
    },
    {
      fn: 'train',
      bad: 'a zero learning rate',
      call: () => train(line, example([1], [1]), { ...ok, learningRate: 0 }),
      field: 'learningRate',
    },
    {
      fn: 'train',
      bad: 'a negative learning rate',
      call: () => train(line, example([1], [1]), { ...ok, learningRate: -0.1 }),
      field: 'learningRate',
    },
    {
      fn: 'train',
      bad: 'a NaN learning rate',
      call: () => train(line, example([1], [1]), { ...ok, learningRate: Number.NaN }),
      field: 'learningRate',
    },
    {
      fn: 'train',
      bad: 'an infinite learning rate',
      call: () => train(line, example([1], [1]), { ...ok, learningRate: Infinity }),
      field: 'learningRate',
    },
    {
      fn: 'train',
      bad: 'a string learning rate',
      call: () => train(line, example([1], [1]), { ...ok, learningRate: bad('0.1') }),
      field: 'learningRate',
    },
    { fn: 'train', bad: 'negative iterations', call: () => train(line, example([1], [1]), { ...ok, iterations: -1 }), field: 'iterations' },
    {
      fn: 'train',
      bad: 'fractional iterations',
      call: () => train(line, example([1], [1]), { ...ok, iterations: 2.5 }),
      field: 'iterations',
    },
    {
      fn: 'train',
      bad: 'NaN iterations',
      call: () => train(line, example([1], [1]), { ...ok, iterations: Number.NaN }),
      field: 'iterations',
    },
    {
      fn: 'train',
      bad: 'infinite iterations',
      call: () => train(line, example([1], [1]), { ...ok, iterations: Infinity }),
      field: 'iterations',
    },
    {
      fn: 'train',
      bad: 'iterations as a string',
      call: () => train(line, example([1], [1]), { ...ok, iterations: bad('10') }),
      field: 'iterations',
    },
    { fn: 'train', bad: 'an unknown loss', call: () => train(line, example([1], [1]), { ...ok, loss: bad('hinge') }), field: 'loss' },
    {
      fn: 'train',
      bad: 'a hand-made network with an unknown activation',
      call: () => train(handMade({ weights: [[1, 1]], activation: 'gelu' }), example([1, 1], [1]), ok),
      field: 'layers[0].activation',
    },
    {
      fn: 'train',
      bad: 'a hand-made network with a NaN weight',
      call: () => train(handMade({ weights: [[Number.NaN, 1]], activation: 'relu' }), example([1, 1], [1]), ok),
      field: 'layers[0].weights[0][0]',
    },
    // gradCheck, centralDifference, relativeError
    { fn: 'gradCheck', bad: 'input of the wrong length', call: () => gradCheck(houseNet, [1, 2, 3], [350]), field: 'input' },
    { fn: 'gradCheck', bad: 'a NaN target', call: () => gradCheck(houseNet, [2000, 3], [Number.NaN]), field: 'target[0]' },
    { fn: 'gradCheck', bad: 'an unknown loss', call: () => gradCheck(houseNet, [2000, 3], [350], bad('l1')), field: 'loss' },
    { fn: 'centralDifference', bad: 'a NaN x', call: () => centralDifference((x) => x, Number.NaN), field: 'x' },
    { fn: 'centralDifference', bad: 'an infinite x', call: () => centralDifference((x) => x, -Infinity), field: 'x' },
    { fn: 'centralDifference', bad: 'a zero step', call: () => centralDifference((x) => x, 1, 0), field: 'h' },
    { fn: 'centralDifference', bad: 'a negative step', call: () => centralDifference((x) => x, 1, -1e-5), field: 'h' },
    { fn: 'relativeError', bad: 'a NaN first value', call: () => relativeError(Number.NaN, 1), field: 'a' },
    { fn: 'relativeError', bad: 'an infinite second value', call: () => relativeError(1, Infinity), field: 'b' },
    // meanLoss, names
    { fn: 'meanLoss', bad: 'an empty batch', call: () => meanLoss(squaredError, [], []), field: 'predicted' },
    { fn: 'meanLoss', bad: 'a length mismatch', call: () => meanLoss(squaredError, [1, 2], [1]), field: 'predicted' },
    { fn: 'meanLoss', bad: 'a NaN prediction', call: () => meanLoss(squaredError, [1, 2], [1, Number.NaN]), field: 'predicted[1]' },
    { fn: 'meanLoss', bad: 'an infinite actual', call: () => meanLoss(squaredError, [Infinity], [1]), field: 'actual[0]' },
    { fn: 'meanLoss', bad: 'a string prediction', call: () => meanLoss(squaredError, [1], [bad('1')]), field: 'predicted[0]' },
    { fn: 'activationByName', bad: 'an unknown name', call: () => activationByName('swish'), field: 'activation' },
    { fn: 'lossByName', bad: 'an unknown name', call: () => lossByName('mae'), field: 'loss' },
    // parameter addressing
    { fn: 'getParam', bad: 'a layer that does not exist', call: () => getParam(line, { ...weightRef, layer: 1 }), field: 'ref' },
    { fn: 'getParam', bad: 'a neuron that does not exist', call: () => getParam(line, { ...weightRef, neuron: 1 }), field: 'ref' },
    {
      fn: 'getParam',
      bad: 'a bias of a layer without biases',
      call: () => getParam(line, { layer: 0, kind: 'bias', neuron: 0 }),
      field: 'ref',
    },
    { fn: 'withParam', bad: 'an input that does not exist', call: () => withParam(line, { ...weightRef, input: 3 }, 1), field: 'ref' },
    { fn: 'withParam', bad: 'a NaN value', call: () => withParam(line, weightRef, Number.NaN), field: 'value' },
    { fn: 'withParam', bad: 'an infinite value', call: () => withParam(line, weightRef, Infinity), field: 'value' },
    // display and the quantity registry
    { fn: 'formatNumber', bad: 'negative decimals', call: () => formatNumber(1, { decimals: -1 }), field: 'decimals' },
    { fn: 'formatNumber', bad: 'fractional minDecimals', call: () => formatNumber(1, { minDecimals: 0.5 }), field: 'minDecimals' },
    {
      fn: 'computed',
      bad: 'a NaN value',
      call: () => computed('validate-test.nan', { label: '', symbol: '', formula: '', value: Number.NaN }),
      field: 'validate-test.nan',
    },
  ])('$fn rejects $bad, naming $field', ({ call, field }) => {
    expect(rejection(call).field).toBe(field);
  });

  test('the registry rejects two quantities with one name', () => {
    const q = { label: '', symbol: '', formula: '', value: 1 };
    const twice = { a: computed('validate-test.twice', q), b: [computed('validate-test.twice', q)] };
    expect(rejection(() => registryOf(twice)).field).toBe('id');
  });
});
