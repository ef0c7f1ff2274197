/**
 * The worked example's 2-2-1 network, drawn from its computational graph: each neuron a box
 * listing its weights, z, a and gradients, edges for the products w·x. The one drawing of it:
 * the chapter's static figure (NetworkDiagram.astro renders it at build time) and the explorer
 * (which highlights the current step's node and the nodes it reads) both use it.
 *
 * Drawn in two layouts, wide (layers left to right) and tall (layers top to bottom); CSS shows the
 * tall one on narrow screens, so a 360 px phone reads it without sideways scrolling at 14 user
 * units (about 12 px there). The boxes' text is written once, in the wide drawing, and the tall
 * one shows it with <use>, as it does the wide one's title and description: the worked example's
 * page carries two of these drawings and has the least room (about 0.9 KB gzip). Every text
 * segment names its graph node (data-node) for the highlight. A <use> copy is styled only by
 * rules that name no ancestor, so network.css styles the text by its own classes.
 */
import type { Graph, GraphNode } from '../../../engine/graph';
import { formatNumber } from '../../../engine/format';
import './network.css';

/** Five significant digits: the boxes stay narrow enough for a phone; the steps show every digit. */
const DIGITS = 5;
const PAD = 10;

interface Segment {
  readonly node: string;
  readonly text: string;
  /** Shows the node's gradient rather than its value (highlighted as d-node). */
  readonly grad?: boolean;
}
/** A segment's name for the highlight and for tests: the node's id for its value, d-id for its gradient. */
const keyOf = (s: Segment) => (s.grad ? `d-${s.node}` : s.node);

/** A title, a caption in words, or segments set one after another with commas between. */
type Line = string | { readonly caption: string } | readonly Segment[];

interface Box {
  readonly id: string;
  readonly lines: readonly Line[];
  readonly dead?: boolean;
}

const is = (label: string, n: number) => {
  const f = formatNumber(n, { significant: DIGITS });
  return `${label} ${f.approximate ? '≈' : '='} ${f.text.replace(/^≈\s*/, '')}`;
};

function boxesOf(
  graph: Graph,
  notYet: ReadonlySet<string> | undefined,
): { inputs: Box[]; hidden: Box[]; output: Box; edges: [string, string, string][] } {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const node = (id: string) => nodes.get(id)!;
  const shown = (key: string, label: string, n: number) => (notYet?.has(key) ? `${label} = ?` : is(label, n));
  const value = (n: GraphNode): Segment => ({ node: n.id, text: shown(n.id, n.label, n.value) });
  const gradient = (n: GraphNode): Segment => ({ node: n.id, grad: true, text: shown(`d-${n.id}`, `∂L/∂${n.label}`, n.grad) });
  const weightsInto = (sum: GraphNode) =>
    sum.inputs.map((i) => graph.nodes[i]!).map((t) => (t.kind === 'product' ? graph.nodes[t.inputs[0]!]! : t));
  const inputs = ['x1', 'x2'].map((id, i) => ({
    id,
    lines: [[value(node(id))], { caption: i ? 'bedrooms' : 'size (sq ft)' }, [gradient(node(id))]],
  }));
  const hidden = ['1', '2'].map((j) => {
    const z = node(`z${j}`);
    const params = weightsInto(z);
    return {
      id: `n${j}`,
      dead: z.value <= 0,
      lines: [
        `Neuron ${j} · ReLU${z.value <= 0 ? ' (dead)' : ''}`,
        params.map(value),
        [value(z), value(node(`a${j}`))],
        [gradient(z)],
        ...params.map((p) => [gradient(p)]),
      ],
    };
  });
  const zout = node('zout');
  const outParams = weightsInto(zout);
  const output: Box = {
    id: 'out',
    lines: [
      'Output · no activation',
      outParams.map(value),
      [value(zout), value(node('prediction'))],
      [value(node('y')), value(node('error'))],
      [value(node('loss'))],
      [gradient(zout)],
      ...outParams.map((p) => [gradient(p)]),
    ],
  };
  // [from box, to box, the product node the edge carries]
  const edges = graph.nodes
    .filter((n) => n.kind === 'product')
    .map((p): [string, string, string] => {
      const [w, x] = p.inputs.map((i) => graph.nodes[i]!);
      const to = w!.param!.layer === 0 ? `n${w!.param!.neuron + 1}` : 'out';
      const from = x!.kind === 'input' ? x!.id : `n${x!.id.slice(1)}`;
      return [from, to, p.id];
    });
  return { inputs, hidden, output, edges };
}

interface Place {
  readonly cx: number;
  readonly cy: number;
  readonly w: number;
}
interface Layout {
  readonly width: number;
  readonly height: number;
  readonly inputs: readonly Place[];
  readonly hidden: readonly Place[];
  readonly output: Place;
  /** Edges leave a box's right side and enter the next one's left (wide), or bottom to top (tall). */
  readonly across: boolean;
}

/**
 * Text size and line height in user units, one for both layouts: the tall one is 350 wide, so a
 * 360 px phone's column (about 295 px) shows 14-unit text at about 11.8 px; at 15 units a neuron's
 * bold, highlighted weights line ran past the edges of its box.
 */
const FONT = 14;
const LINE = 17;

/** A box's place: centre x, centre y and width, in user units. */
type Spot = readonly [cx: number, cy: number, w: number];
const place = ([cx, cy, w]: Spot): Place => ({ cx, cy, w });
/** A layout from its size and its boxes' places: the two inputs, the two hidden neurons, the output. */
function layout(across: boolean, width: number, height: number, ...[i1, i2, h1, h2, out]: [Spot, Spot, Spot, Spot, Spot]): Layout {
  return { width, height, inputs: [place(i1), place(i2)], hidden: [place(h1), place(h2)], output: place(out), across };
}
const WIDE = layout(true, 780, 330, [72, 85, 136], [72, 245, 136], [350, 85, 190], [350, 245, 190], [660, 165, 230]);
const TALL = layout(false, 350, 560, [87, 40, 170], [263, 40, 170], [87, 232, 172], [263, 232, 172], [175, 470, 250]);

const heightOf = (box: Box) => box.lines.length * LINE + PAD;

export interface Highlight {
  /** What the current step computes and what it reads: a node id for a value, d-id for a gradient. */
  readonly current?: string | undefined;
  readonly reads?: readonly string[];
}

/** Everything the drawing shows, box by box, as its text alternative. */
const lineText = (l: Line) => (typeof l === 'string' ? `${l}:` : 'caption' in l ? `(${l.caption})` : l.map((s) => s.text).join(', '));
const lineClass = (l: Line) => (typeof l === 'string' ? 'nn-net-title' : 'caption' in l ? 'nn-net-caption' : undefined);
const describe = (boxes: readonly Box[]) => boxes.map((b) => b.lines.map(lineText).join(' ')).join('. ');

interface DrawingProps {
  graph: Graph;
  highlight: Highlight;
  /** Values not to show yet (while the reader guesses them), named as a highlight names them. */
  notYet?: ReadonlySet<string> | undefined;
  /** Unique on the page: prefixes the ids of the title, the description and each box's text. */
  id: string;
  title: string;
}

interface LayoutProps {
  layout: Layout;
  /** Shows, with <use>, the text the other layout's drawing of the same id writes. */
  reusesText?: boolean;
}

function Drawing({ graph, layout, reusesText, highlight, notYet, id, title }: DrawingProps & LayoutProps) {
  const { inputs, hidden, output, edges } = boxesOf(graph, notYet);
  const [titleId, descId] = [`${id}-title`, `${id}-desc`];
  const placed = new Map<string, { box: Box; at: Place }>([
    ...inputs.map((box, i) => [box.id, { box, at: layout.inputs[i]! }] as const),
    ...hidden.map((box, i) => [box.id, { box, at: layout.hidden[i]! }] as const),
    [output.id, { box: output, at: layout.output }],
  ]);
  const mark = (key: string) => (key === highlight.current ? ' nn-on' : highlight.reads?.includes(key) ? ' nn-read' : '');
  const weightOf = new Map(graph.nodes.filter((n) => n.kind === 'product').map((p) => [p.id, graph.nodes[p.inputs[0]!]!.id]));
  const end = (id: string, leaving: boolean) => {
    const { box, at } = placed.get(id)!;
    const h = heightOf(box);
    return layout.across ? { x: at.cx + ((leaving ? 1 : -1) * at.w) / 2, y: at.cy } : { x: at.cx, y: at.cy + ((leaving ? 1 : -1) * h) / 2 };
  };
  return (
    <svg
      class={`nn-net ${layout.across ? 'nn-net-wide' : 'nn-net-tall'}`}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      font-size={FONT}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
    >
      {!reusesText && (
        <>
          <title id={titleId}>{title}</title>
          <desc id={descId}>{describe([...inputs, ...hidden, output])}.</desc>
        </>
      )}
      {edges.map(([from, to, product]) => {
        const a = end(from, true);
        const b = end(to, false);
        const weight = weightOf.get(product)!;
        const m = [product, weight, `d-${product}`, `d-${weight}`].map(mark).join('');
        const state = m.includes('nn-on') ? ' nn-on' : m ? ' nn-read' : '';
        return <line class={`nn-net-edge${state}`} data-node={product} x1={a.x} y1={a.y} x2={b.x} y2={b.y} />;
      })}
      {[...placed.values()].map(({ box, at }) => {
        const h = heightOf(box);
        // In the box's own coordinates: x from its centre, y from its top, so both layouts can show the same text.
        return (
          <g data-box={box.id} transform={`translate(${at.cx} ${at.cy - h / 2})`}>
            <rect class={`nn-net-box${box.dead ? ' nn-dead' : ''}`} x={-at.w / 2} width={at.w} height={h} rx="8" />
            {reusesText ? (
              <use href={`#${id}-${box.id}`} />
            ) : (
              <g id={`${id}-${box.id}`}>
                {box.lines.map((line, k) => (
                  <text y={PAD / 2 + LINE * (k + 0.75)} text-anchor="middle" class={lineClass(line)}>
                    {typeof line === 'string'
                      ? line
                      : 'caption' in line
                        ? line.caption
                        : line.map((s, i) => (
                            <>
                              {i ? ', ' : ''}
                              <tspan class={`${s.grad ? 'nn-net-grad' : ''}${mark(keyOf(s))}`} data-node={keyOf(s)}>
                                {s.text}
                              </tspan>
                            </>
                          ))}
                  </text>
                ))}
              </g>
            )}
          </g>
        );
      })}
    </svg>
  );
}

export function NetworkDrawing({ id, highlight = {}, ...props }: Omit<DrawingProps, 'highlight'> & { highlight?: Highlight }) {
  return (
    <div class="nn-net-wrap">
      <Drawing {...props} highlight={highlight} layout={WIDE} id={id} />
      <Drawing {...props} highlight={highlight} layout={TALL} id={id} reusesText />
    </div>
  );
}
