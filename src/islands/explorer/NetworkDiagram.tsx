/**
 * The worked example's 2-2-1 network as hand-drawn SVG, with every value of the current set-up:
 * inputs, each hidden neuron's z, a and gradients, the prediction, the loss and its gradient, and
 * the weights on the edges. A hidden ReLU whose z is ≤ 0 is drawn dashed as dead. `phase`
 * highlights the forward values (nn-fwd) or the gradients (nn-bwd).
 */
import { HOUSE_PARAMETERS, WEIGHT_NAMES } from '../../../engine/parameters';
import type { Evaluation } from './evaluate';
import type { Setup } from './setup';
import { ScrollBox } from '../shared/ScrollBox';
import { showShort } from '../shared/show';

export type Phase = 'forward' | 'backward';

interface Line {
  readonly cls?: string;
  /** Names the value for tests and styles: z1, a1, prediction, loss… */
  readonly key?: string;
  readonly text: string;
}

const SUB = ['₁', '₂'];
const ROW_Y = [80, 280];
const INPUT = { x: 50, r: 34 };
const HIDDEN = { x: 250, w: 212, h: 112 };
/** Wide enough for a five-digit value in scientific notation: ∂L/∂ŷ ≈ −3.4106 × 10⁻¹³. */
const OUT = { x: 518, y: 118, w: 198, h: 124 };
const LINE = 19;
/**
 * "name = value", rounded to a few significant digits so long values fit their boxes ("name ≈
 * value" when that rounds); the parameter table keeps every digit.
 */
const eq = (name: string, n: number) => {
  const text = showShort(n, 5);
  return text.startsWith('≈') ? `${name} ${text}` : `${name} = ${text}`;
};

function Lines({ x, y, lines }: { x: number; y: number; lines: readonly Line[] }) {
  return (
    <>
      {lines.map((l, k) => (
        <text class={l.cls} x={x} y={y + LINE * k} data-value={l.key}>
          {l.text}
        </text>
      ))}
    </>
  );
}

export function NetworkDiagram({ setup, evaluation, phase }: { setup: Setup; evaluation: Evaluation; phase: Phase | undefined }) {
  const v = setup.values;
  const { trace, grads } = evaluation;
  const bias = (name: string, value: number) => (setup.biases ? ` · ${eq(name, value)}` : '');
  const inputs = [v.x1, v.x2];
  return (
    <ScrollBox class="nn-diagram-wrap" label="Network diagram">
      <svg
        class={`nn-diagram nn-phase-${phase}`}
        viewBox="0 0 720 360"
        role="img"
        aria-label="The network: two inputs, two ReLU hidden neurons and one output, with every value of the current set-up"
      >
        {WEIGHT_NAMES.map((name) => {
          const { label, ref } = HOUSE_PARAMETERS[name];
          if (ref.kind !== 'weight') return null;
          const [i, j] = [ref.input, ref.neuron];
          const weight = eq(label, v[name]);
          if (ref.layer === 1) {
            return (
              <g>
                <line class="nn-edge" x1={HIDDEN.x + HIDDEN.w} y1={ROW_Y[i]} x2={OUT.x} y2={180 + 40 * i - 20} />
                {/* Above the upper edge and below the lower one, clear of the output box. */}
                <text class="nn-edge-label" x={HIDDEN.x + HIDDEN.w + 6} y={i ? 304 : 66}>
                  {weight}
                </text>
              </g>
            );
          }
          const [iy, hy] = [ROW_Y[i]!, ROW_Y[j]!];
          return (
            <g>
              <line class="nn-edge" x1={INPUT.x + INPUT.r} y1={iy} x2={HIDDEN.x} y2={hy} />
              {/* Labels sit near the inputs, above or below their edge, so crossing edges keep theirs apart. */}
              <text class="nn-edge-label" x={115} y={iy + 0.2 * (hy - iy) + (i === j ? 28 * i - 8 : hy > iy ? -4 : 16)}>
                {weight}
              </text>
            </g>
          );
        })}
        {ROW_Y.map((y, i) => (
          <g class="nn-input">
            <circle class="nn-node" cx={INPUT.x} cy={y} r={INPUT.r} />
            <Lines
              x={INPUT.x}
              y={y - 6}
              lines={[
                { cls: 'nn-node-title', text: `x${SUB[i]}` },
                { key: `x${i + 1}`, text: showShort(inputs[i]!) },
              ]}
            />
          </g>
        ))}
        {ROW_Y.map((y, j) => {
          const n = SUB[j];
          const z = trace.layers[0]!.z[j]!;
          const g = grads.layers[0]!;
          return (
            <g>
              <rect
                class={z > 0 ? 'nn-node' : 'nn-node nn-dead'}
                x={HIDDEN.x}
                y={y - HIDDEN.h / 2}
                width={HIDDEN.w}
                height={HIDDEN.h}
                rx="8"
              />
              <Lines
                x={HIDDEN.x + 10}
                y={y - HIDDEN.h / 2 + 20}
                lines={[
                  {
                    cls: 'nn-node-title',
                    text: `${setup.biases ? 'Neuron' : 'Hidden neuron'} ${j + 1}${z > 0 ? '' : ' (dead)'}${bias(`b${n}`, j ? v.b2 : v.b1)}`,
                  },
                  { cls: 'nn-fwd', key: `z${j + 1}`, text: eq(`z${n}`, z) },
                  { cls: 'nn-fwd', key: `a${j + 1}`, text: eq(`a${n} = ReLU(z${n})`, trace.layers[0]!.a[j]!) },
                  { cls: 'nn-bwd', key: `da${j + 1}`, text: eq(`∂L/∂a${n}`, g.da[j]!) },
                  { cls: 'nn-bwd', key: `dz${j + 1}`, text: eq(`∂L/∂z${n}`, g.dz[j]!) },
                ]}
              />
            </g>
          );
        })}
        <rect class="nn-node" x={OUT.x} y={OUT.y} width={OUT.w} height={OUT.h} rx="8" />
        <Lines
          x={OUT.x + 10}
          y={OUT.y + 20}
          lines={[
            { cls: 'nn-node-title', text: `Output${setup.biases ? bias('b₃', v.b3) : ' (linear)'}` },
            { cls: 'nn-fwd', key: 'prediction', text: eq('ŷ = z_out', trace.output[0]!) },
            { key: 'target', text: eq('actual', v.y) },
            { cls: 'nn-fwd', key: 'loss', text: eq('Loss', grads.loss) },
            { cls: 'nn-bwd', key: 'dout', text: eq('∂L/∂ŷ', grads.dOutput[0]!) },
          ]}
        />
      </svg>
    </ScrollBox>
  );
}
