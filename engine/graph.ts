/**
 * One example's forward and backward pass as a scalar computational graph, in the spirit of
 * micrograd's Value: one node per number (input, weight, bias, product w·x, sum z, activation a,
 * prediction, error, loss), each holding its value, the operation that made it, its inputs, its
 * local derivative with respect to each input and its gradient dLoss/dnode. `graphSteps` puts the
 * computation in the order a reader walks it; the worked-example explorer steps through that list.
 * Built from any network, example and loss the engine supports; the values and gradients are the
 * ones forward() and backward() compute, operation for operation.
 */
import { ACTIVATIONS } from './activations';
import { lossByName, type Loss, type LossName } from './loss';
import { requireNetwork, type Network, type ParamRef } from './network';
import { neuronNumber, parameterLabel, subscript } from './parameters';
import { requireFinite, requireVector } from './validate';

export type NodeKind = 'input' | 'target' | 'weight' | 'bias' | 'product' | 'sum' | 'activation' | 'error' | 'loss';

/** An operation written out: text, and holes that name an input node by its index. */
export type Template = readonly (string | { readonly node: number })[];

export interface GraphNode {
  /** Stable and safe in a URL: x1, w11, p11 (w₁₁x₁), z1, a1, zout, prediction, y, error, loss. */
  readonly id: string;
  readonly kind: NodeKind;
  /** As the chapter writes it: z₁, w₁₁x₁, ŷ. */
  readonly label: string;
  /** How its value is made from its inputs; empty for a leaf. */
  readonly op: Template;
  readonly value: number;
  /** Indices of the nodes it is computed from. */
  readonly inputs: readonly number[];
  /** ∂node/∂inputs[k], and the same in symbols (x₁, 1, ReLU′(z₁), −1, 2 × error). */
  readonly local: readonly number[];
  readonly localLabel: readonly string[];
  /** dLoss/dnode. */
  readonly grad: number;
  /** The parameter a weight or bias leaf is. */
  readonly param?: ParamRef;
}

export interface Graph {
  readonly nodes: readonly GraphNode[];
  readonly loss: LossName;
  /** The order gradients are found in: every node after all the nodes it feeds, the loss first. */
  readonly backwardOrder: readonly number[];
}

/** The loss as an operation on the error (actual − predicted) and its slope in symbols. */
const LOSS_FORMS: Readonly<Record<LossName, { op: (e: number) => Template; slope: <T>(e: T) => (string | T)[] }>> = {
  squared: { op: (e) => [{ node: e }, '²'], slope: (e) => ['2 × ', e] },
  'half-squared': { op: (e) => ['½ × ', { node: e }, '²'], slope: (e) => [e] },
};

type Draft = Omit<GraphNode, 'grad'>;

/** a + b + c as a template over nodes. */
const joined = (terms: readonly number[]): Template => terms.flatMap((t, i) => (i ? [' + ', { node: t }] : [{ node: t }]));

export function buildGraph(net: Network, input: readonly number[], target: readonly number[], lossFn: Loss | LossName = 'squared'): Graph {
  const loss = typeof lossFn === 'string' ? lossByName(lossFn) : lossFn;
  requireNetwork(net);
  requireVector('input', input, net.inputSize);
  const outputs = net.layers[net.layers.length - 1]!.weights.length;
  requireVector('target', target, outputs);

  // One output's nodes are ŷ, error and loss; several get ŷ₁, error₁, L₁, … and a total L.
  const suffixOf = (k: number) => (outputs === 1 ? '' : String(k + 1));
  const nodes: Draft[] = [];
  const add = (node: Draft) => nodes.push(node) - 1;
  const leaf = (id: string, kind: NodeKind, label: string, value: number, param?: ParamRef) =>
    add({ id, kind, label, op: [], value, inputs: [], local: [], localLabel: [], ...(param && { param }) });
  const labelOf = (n: number) => nodes[n]!.label;

  const blocks: number[][] = [];

  let current = input.map((x, i) => leaf(`x${i + 1}`, 'input', `x${subscript(String(i + 1))}`, x));
  const inputLeaves = current;
  net.layers.forEach((layer, k) => {
    const act = ACTIVATIONS[layer.activation];
    const last = k === net.layers.length - 1;
    // Each layer's nodes in the order the backward pass reaches them (a layer's inputs are the
    // next block's activations), so every node comes after all the nodes it feeds.
    const block: number[] = [];
    current = layer.weights.map((row, j) => {
      const n = neuronNumber(net, k, j);
      const out = suffixOf(j);
      const parameters: number[] = [];
      const products = row.map((w, i) => {
        const ref: ParamRef = { layer: k, kind: 'weight', neuron: j, input: i };
        const name = parameterLabel(net, ref);
        const weight = leaf(name.id, 'weight', name.label, w, ref);
        const x = current[i]!;
        const product = add({
          id: `p${name.id.slice(1)}`,
          kind: 'product',
          label: `${name.label}${labelOf(x)}`,
          op: [{ node: weight }, ' × ', { node: x }],
          value: w * nodes[x]!.value,
          inputs: [weight, x],
          local: [nodes[x]!.value, w],
          localLabel: [labelOf(x), name.label],
        });
        parameters.push(product, weight);
        return product;
      });
      const biasRef: ParamRef = { layer: k, kind: 'bias', neuron: j };
      const bias = layer.biases && leaf(`b${n}`, 'bias', parameterLabel(net, biasRef).label, layer.biases[j]!, biasRef);
      // Summed as forward() sums, starting from the bias, so the values agree to the last bit.
      let z = bias === undefined ? 0 : nodes[bias]!.value;
      for (const p of products) z += nodes[p]!.value;
      const terms = bias === undefined ? products : [...products, bias];
      const sum = add({
        id: last ? `zout${out}` : `z${n}`,
        kind: 'sum',
        label: last ? `z_out${out && `,${out}`}` : `z${subscript(String(n))}`,
        op: joined(terms),
        value: z,
        inputs: terms,
        local: terms.map(() => 1),
        localLabel: terms.map(() => '1'),
      });
      const identity = act.name === 'identity';
      const activation = add({
        id: last ? `prediction${out}` : `a${n}`,
        kind: 'activation',
        label: last ? `ŷ${subscript(out)}` : `a${subscript(String(n))}`,
        op: identity ? [{ node: sum }] : [`${act.label}(`, { node: sum }, ')'],
        value: act.f(z),
        inputs: [sum],
        local: [act.df(z)],
        localLabel: [identity ? '1' : `${act.label}′(${labelOf(sum)})`],
      });
      // Going back, neuron by neuron as the chapter does: a, z, then each product and its weight.
      block.push(activation, sum, ...parameters, ...(bias === undefined ? [] : [bias]));
      return activation;
    });
    blocks.push(block);
  });

  const lossForm = LOSS_FORMS[loss.name];
  // Every error before any loss term, so that the forward steps end with the loss as one phase.
  const targets = current.map((_, k) => leaf(`y${suffixOf(k)}`, 'target', `actual${subscript(suffixOf(k))}`, target[k]!));
  const errors = current.map((prediction, k) =>
    add({
      id: `error${suffixOf(k)}`,
      kind: 'error',
      label: `error${subscript(suffixOf(k))}`,
      op: [{ node: targets[k]! }, ' − ', { node: prediction }],
      value: target[k]! - nodes[prediction]!.value,
      inputs: [targets[k]!, prediction],
      local: [1, -1],
      localLabel: ['1', '(−1)'],
    }),
  );
  const terms = current.map((prediction, k) => {
    const p = nodes[prediction]!.value;
    return add({
      id: `loss${suffixOf(k)}`,
      kind: 'loss',
      label: `L${subscript(suffixOf(k))}`,
      op: lossForm.op(errors[k]!),
      value: loss.f(target[k]!, p),
      inputs: [errors[k]!],
      // error = actual − predicted, so ∂L/∂error = −∂L/∂predicted.
      local: [-loss.df(target[k]!, p)],
      localLabel: [lossForm.slope(labelOf(errors[k]!)).join('')],
    });
  });
  if (outputs > 1) {
    let total = 0;
    for (const t of terms) total += nodes[t]!.value;
    add({
      id: 'loss',
      kind: 'loss',
      label: 'L',
      op: joined(terms),
      value: total,
      inputs: terms,
      local: terms.map(() => 1),
      localLabel: terms.map(() => '1'),
    });
  }

  const root = nodes.length - 1;
  const backwardOrder = [root, ...(outputs > 1 ? terms : []), ...errors, ...blocks.reverse().flat(), ...inputLeaves, ...targets];
  return { nodes: withGradients(nodes, backwardOrder), loss: loss.name, backwardOrder };
}

/**
 * Each node's gradient as the sum, over the nodes it feeds, of their gradient × their local
 * derivative, taken in the order those nodes were made (the order backward() adds them in).
 */
function withGradients(drafts: readonly Draft[], order: readonly number[]): GraphNode[] {
  const feeds = consumersOf(drafts);
  const grad = new Array<number>(drafts.length).fill(0);
  grad[order[0]!] = 1;
  for (const n of order.slice(1)) {
    let g = 0;
    for (const { node, slot } of feeds[n]!) g += grad[node]! * drafts[node]!.local[slot]!;
    grad[n] = g;
  }
  return drafts.map((d, n) => ({ ...d, grad: grad[n]! }));
}

/** For each node, the nodes it feeds and at which of their inputs, in creation order. */
function consumersOf(nodes: readonly Pick<GraphNode, 'inputs'>[]): { node: number; slot: number }[][] {
  const feeds = nodes.map((): { node: number; slot: number }[] => []);
  nodes.forEach((node, c) => node.inputs.forEach((n, slot) => feeds[n]!.push({ node: c, slot })));
  return feeds;
}

export type Phase = 'forward' | 'loss' | 'backward' | 'update';

/** A formula with numbers in its holes; the page formats them (negative ones in parentheses). */
export type Numbers = readonly (string | number)[];

export interface GraphStep {
  /** Stable and safe in a URL: the node's id going forward, d-… going back, new-… for an update. */
  readonly id: string;
  readonly phase: Phase;
  /** The node it computes a value or gradient of, or the parameter it updates. */
  readonly node: number;
  /** The nodes it reads: the node's inputs going forward, the nodes it feeds going back. */
  readonly reads: readonly number[];
  /** The left-hand side: z₁, ∂L/∂w₁₁, w₁₁ new. */
  readonly lhs: string;
  /** The formula in symbols… */
  readonly formula: string;
  /** …and with the numbers. */
  readonly numbers: Numbers;
  readonly value: number;
  /** Going back: how many nodes this one feeds. Above 1, its gradient is the sum of that many terms. */
  readonly feeds: number;
}

const isLeaf = (node: GraphNode) => node.inputs.length === 0;
const gradientOf = (node: GraphNode) => `∂L/∂${node.kind === 'product' ? `(${node.label})` : node.label}`;

/**
 * Every step of one training step on the graph: forward in topological order, the loss, backward
 * in reverse order (from the loss's own inputs to the network's inputs), then each parameter's
 * update, new = value − learning rate × gradient, as sgdStep computes it.
 */
export function graphSteps(graph: Graph, learningRate: number): GraphStep[] {
  requireFinite('learningRate', learningRate);
  const { nodes, backwardOrder } = graph;
  const feeds = consumersOf(nodes);
  const fill = (op: Template, as: (n: GraphNode) => string | number) =>
    op.map((part) => (typeof part === 'string' ? part : as(nodes[part.node]!)));

  const forward = nodes.flatMap((node, n): GraphStep[] =>
    isLeaf(node)
      ? []
      : [
          {
            id: node.id,
            phase: node.kind === 'loss' ? 'loss' : 'forward',
            node: n,
            reads: node.inputs,
            lhs: node.label,
            formula: fill(node.op, (x) => x.label).join(''),
            numbers: fill(node.op, (x) => x.value),
            value: node.value,
            feeds: 0,
          },
        ],
  );

  const backward = backwardOrder
    .filter((n) => n !== backwardOrder[0] && nodes[n]!.kind !== 'target')
    .map((n): GraphStep => {
      const node = nodes[n]!;
      const terms = feeds[n]!.map(({ node: c, slot }) => {
        const consumer = nodes[c]!;
        // The loss's own slope needs no "∂L/∂L ×" in front of it: that factor is 1.
        if (c !== backwardOrder[0]) {
          return {
            formula: `${gradientOf(consumer)} × ${consumer.localLabel[slot]}`,
            numbers: [consumer.grad, ' × ', consumer.local[slot]!],
          };
        }
        const slope = consumer.inputs.length === 1 ? LOSS_FORMS[graph.loss].slope(node.value) : [consumer.local[slot]!];
        return { formula: consumer.localLabel[slot]!, numbers: slope };
      });
      return {
        id: `d-${node.id}`,
        phase: 'backward',
        node: n,
        reads: feeds[n]!.map((f) => f.node),
        lhs: gradientOf(node),
        formula: terms.map((t) => t.formula).join(' + '),
        numbers: terms.flatMap((t, i) => (i ? [' + ', ...t.numbers] : t.numbers)),
        value: node.grad,
        feeds: terms.length,
      };
    });

  const parameters = backwardOrder.filter((n) => nodes[n]!.param !== undefined);
  const update = parameters.map((n): GraphStep => {
    const node = nodes[n]!;
    return {
      id: `new-${node.id}`,
      phase: 'update',
      node: n,
      reads: [n],
      lhs: `${node.label} new`,
      formula: `${node.label} − η × ${gradientOf(node)}`,
      numbers: [node.value, ' − ', learningRate, ' × ', node.grad],
      value: node.value - learningRate * node.grad,
      feeds: 0,
    };
  });
  return [...forward, ...backward, ...update];
}
