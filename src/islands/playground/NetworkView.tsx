/**
 * The network as a small diagram with its current weights: one column of units per layer, each
 * edge as thick as its weight is large (blue positive, orange negative), its value in the edge's
 * tooltip and, for touch and keyboard, in a list below it. While the playground trains (`live`)
 * the tooltips and the list are left out: nobody can read a value that changes sixty times a
 * second, and formatting and writing one per edge every frame is most of this view's cost. They
 * come back on pause.
 */
import type { Network } from '../../../engine/network';
import { showShort } from '../shared/show';

const W = 440;
const H = 200;
const R = 9;

export function NetworkView({ network, inputNames, live }: { network: Network; inputNames: readonly string[]; live: boolean }) {
  const sizes = [network.inputSize, ...network.layers.map((l) => l.weights.length)];
  const x = (k: number) => 40 + (k * (W - 80)) / (sizes.length - 1);
  const y = (k: number, j: number) => H / 2 + (j - (sizes[k]! - 1) / 2) * Math.min(22, (H - 2 * R - 8) / Math.max(1, sizes[k]! - 1));
  const largest = Math.max(1e-12, ...network.layers.flatMap((l) => l.weights.flat().map(Math.abs)));
  const names = (k: number) => (k === 0 ? 'input' : k === sizes.length - 1 ? 'output' : `layer ${k}`);
  return (
    <div class="tp-network">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`The network: ${sizes.join('-')} units, edge thickness by weight size`}>
        {network.layers.map((layer, k) =>
          layer.weights.map((row, j) =>
            row.map((w, i) => (
              <line
                class={w >= 0 ? 'tp-edge tp-pos' : 'tp-edge tp-neg'}
                x1={x(k)}
                y1={y(k, i)}
                x2={x(k + 1)}
                y2={y(k + 1, j)}
                stroke-width={(0.5 + (4 * Math.abs(w)) / largest).toFixed(1)}
              >
                {!live && <title>{`layer ${k + 1} w[${j + 1}][${i + 1}] = ${showShort(w)}`}</title>}
              </line>
            )),
          ),
        )}
        {sizes.map((size, k) =>
          Array.from({ length: size }, (_, j) => (
            <circle class="tp-unit" cx={x(k)} cy={y(k, j)} r={R}>
              {!live && (
                <title>
                  {k === 0
                    ? (inputNames[j] ?? `input ${j + 1}`)
                    : `${names(k)} unit ${j + 1}${network.layers[k - 1]!.biases ? `, bias ${showShort(network.layers[k - 1]!.biases![j]!)}` : ''}`}
                </title>
              )}
            </circle>
          )),
        )}
      </svg>
      {/* The numbers themselves, for touch, keyboard and screen readers, whom the tooltips do not reach. */}
      <details class="tp-weights">
        <summary>The weights as numbers</summary>
        {live ? (
          <p>Shown when paused.</p>
        ) : (
          network.layers.map((layer, k) => (
            <p>
              <strong>{names(k + 1)}</strong>
              {layer.weights.map((row, j) => (
                <span>
                  unit {j + 1}: weights {row.map((w) => showShort(w, 3)).join(', ')}
                  {layer.biases && `; bias ${showShort(layer.biases[j]!, 3)}`}
                </span>
              ))}
            </p>
          ))
        )}
      </details>
    </div>
  );
}
