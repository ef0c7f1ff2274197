/**
 * The training chapter's playground: a network of one or two hidden layers trained live on the
 * house data set (or the reader's CSV), with play, pause, one step and one epoch; the loss
 * curves, the fitted function against the true rule, and the network's weights, redrawn every
 * frame. It renders at build time from `initial` (the untrained default network) and loads the
 * training code (playground/session.ts) on first use. Settings live in the URL.
 */
import { Component } from 'preact';
import { ACTIVATIONS } from '../../engine/activations';
import { ExampleFrame } from './shared/ExampleFrame';
import { NumberField } from './shared/NumberField';
import { SelectField } from './shared/SelectField';
import { extent, type Point } from '../drawing/plot';
import { Plot } from './shared/Plot';
import { show } from './shared/show';
import { FitChart } from './playground/FitChart';
import { Memo } from './playground/Memo';
import { NetworkView } from './playground/NetworkView';
import type { Session, Snapshot, Source } from './playground/session';
import { DEFAULT_SETTINGS, HIDDEN_ACTIVATIONS, LIMITS, RULES, readSettings, writeSettings, type Settings } from './playground/settings';
import './playground/playground.css';

type SessionModule = typeof import('./playground/session');
let sessionModule: Promise<SessionModule> | undefined;
const loadSession = () => (sessionModule ??= import('./playground/session'));

/** Every whole number from lo to hi: the drop-downs' choices within the settings' limits. */
const wholeNumbers = ([lo, hi]: readonly [number, number]) => Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
const LAYER_CHOICES = wholeNumbers(LIMITS.layers);
const UNIT_CHOICES = wholeNumbers(LIMITS.units);
const RATE_STEPS_PER_DECADE = 10;

interface State {
  settings: Settings;
  snapshot: Snapshot;
  playing: boolean;
  csv: string;
  csvMessage: string | undefined;
  ownData: boolean;
  note: string;
}

export default class TrainingPlayground extends Component<{ initial: Snapshot }, State> {
  override state: State = {
    settings: DEFAULT_SETTINGS,
    snapshot: this.props.initial,
    playing: false,
    csv: '',
    csvMessage: undefined,
    ownData: false,
    note: '',
  };
  #session: Session | undefined;
  #source: Source | undefined;
  #frame = 0;

  override componentDidMount() {
    const { settings, ignored } = readSettings(location.search);
    if (ignored.length) this.setState({ note: `Ignored from the link, as not usable: ${ignored.join(', ')}.` });
    if (writeSettings(settings) !== '') void this.restart(settings);
  }

  override componentWillUnmount() {
    cancelAnimationFrame(this.#frame);
  }

  /** A new session for these settings on the current data; the URL follows. */
  async restart(settings: Settings, source?: Source) {
    const module = await loadSession();
    this.#source = source ?? this.#source ?? module.housesSource();
    this.#session = new module.Session(settings, this.#source);
    history.replaceState(history.state, '', `${location.pathname}${writeSettings(settings)}${location.hash}`);
    this.setState({ settings, snapshot: this.#session.snapshot(settings.slice), playing: false });
  }

  change(patch: Partial<Settings>) {
    void this.restart({ ...this.state.settings, ...patch });
  }

  async session(): Promise<Session> {
    if (!this.#session) await this.restart(this.state.settings);
    return this.#session!;
  }

  async run(what: 'step' | 'epoch') {
    const session = await this.session();
    session[what]();
    this.show(session);
  }

  show(session: Session) {
    const snapshot = session.snapshot(this.state.settings.slice);
    const stopped = snapshot.status !== 'training';
    this.setState({ snapshot, ...(stopped && { playing: false }) });
    return stopped;
  }

  async toggle() {
    if (this.state.playing) {
      cancelAnimationFrame(this.#frame);
      this.setState({ playing: false });
      return;
    }
    const session = await this.session();
    if (session.status !== 'training') return;
    this.setState({ playing: true });
    // One epoch per frame: slow enough to watch the fit move, and the fit is redrawn every frame.
    const tick = () => {
      if (!this.state.playing) return;
      session.epoch();
      if (!this.show(session)) this.#frame = requestAnimationFrame(tick);
    };
    this.#frame = requestAnimationFrame(tick);
  }

  async useCsv(text: string) {
    const module = await loadSession();
    const result = module.ownSource(text, this.state.settings.seed);
    if (!result.ok) {
      this.setState({ csvMessage: result.message });
      return;
    }
    this.setState({ csvMessage: undefined, ownData: true });
    await this.restart({ ...this.state.settings, slice: result.source.split.train.inputs[0]![1] ?? 0 }, result.source);
  }

  async useHouses() {
    const module = await loadSession();
    this.setState({ ownData: false, csvMessage: undefined });
    await this.restart({ ...this.state.settings, slice: DEFAULT_SETTINGS.slice }, module.housesSource());
  }

  async openFile(file: File | undefined) {
    if (!file) return;
    const text = await file.text();
    this.setState({ csv: text.length > 2000 ? `${text.slice(0, 2000)}\n…` : text });
    await this.useCsv(text);
  }

  rate(value: number) {
    const why = RULES.learningRate(value);
    if (why) return `The learning rate must be ${why}.`;
    this.change({ learningRate: value });
    return undefined;
  }

  override render(_: unknown, { settings, snapshot, playing, csv, csvMessage, ownData, note }: State) {
    const exponent = Math.log10(settings.learningRate);
    const sliceName = snapshot.names.slice;
    const losses = (key: 'train' | 'test'): Point[] => snapshot.history.map((h) => [h.epoch, Math.log10(h[key])]);
    const lastEpoch = Math.max(1, snapshot.history.at(-1)?.epoch ?? 1);
    const lossValues = [...losses('train'), ...losses('test')].map((p) => p[1]);
    // Announced once the reader pauses; silent while playing, when it would change every frame.
    const summary = playing
      ? ''
      : `Epoch ${snapshot.epochs}: training MSE ${show(snapshot.trainLoss, { significant: 4 })}, test MSE ${show(snapshot.testLoss, { significant: 4 })}.${snapshot.message ? ` ${snapshot.message}` : ''}`;
    return (
      <ExampleFrame title="Try it: train a network on the houses" summary={summary} class="tp">
        {note && <p class="nn-result">{note}</p>}
        <div class="tp-controls nn-buttons">
          <button type="button" onClick={() => void this.toggle()} aria-pressed={playing}>
            {playing ? 'Pause' : 'Play'}
          </button>
          <button type="button" class="nn-secondary" onClick={() => void this.run('step')} disabled={playing}>
            One step
          </button>
          <button type="button" class="nn-secondary" onClick={() => void this.run('epoch')} disabled={playing}>
            One epoch
          </button>
          <button type="button" class="nn-secondary" onClick={() => void this.restart(settings)}>
            Reset
          </button>
        </div>
        <p class="nn-result" data-result="progress">
          Epoch {snapshot.epochs}, step {snapshot.steps}: training MSE <strong>{show(snapshot.trainLoss, { significant: 4 })}</strong>, test
          MSE <strong>{show(snapshot.testLoss, { significant: 4 })}</strong>
        </p>
        {snapshot.message && (
          <p class="nn-result tp-alert" role="alert" data-result="status">
            {snapshot.message}
          </p>
        )}
        {snapshot.dead && (
          <p class="nn-result tp-warn" data-result="dead">
            {snapshot.dead}
          </p>
        )}
        <div class="tp-views">
          <FitChart snapshot={snapshot} sliceLabel={sliceName ? `${sliceName} = ${show(settings.slice)}` : ''} />
          <Plot
            wide
            noAxes
            label={`Training (solid) and test (dashed) loss over ${lastEpoch} epochs, log scale`}
            x={[0, lastEpoch]}
            y={extent(lossValues.length ? lossValues : [0, 1])}
            curves={[
              { points: losses('train'), class: 'nn-curve' },
              { points: losses('test'), class: 'nn-curve-alt' },
            ]}
            xLabel="epoch (solid: training loss, dashed: test loss; log scale)"
            yLabel="log₁₀ MSE"
          />
          <NetworkView
            live={playing}
            network={snapshot.network}
            inputNames={snapshot.names.slice ? [snapshot.names.x, snapshot.names.slice] : [snapshot.names.x]}
          />
        </div>
        {/* The settings change only when the reader changes them: skipped on the frames of a run. */}
        <Memo
          deps={[settings, snapshot.points, sliceName, csv, csvMessage, ownData]}
          render={() => (
            <>
              <fieldset class="tp-settings">
                <legend>Network</legend>
                <div class="nn-fields">
                  <SelectField
                    id="tp-layers"
                    label="Hidden layers"
                    value={settings.hidden.length}
                    choices={LAYER_CHOICES}
                    labelOf={String}
                    // A second layer starts as wide as the first.
                    onChoose={(layers) => this.change({ hidden: Array.from({ length: layers }, () => settings.hidden[0]!) })}
                  />
                  {settings.hidden.map((units, k) => (
                    <SelectField
                      id={`tp-units-${k + 1}`}
                      label={`Units in layer ${k + 1}`}
                      value={units}
                      choices={UNIT_CHOICES}
                      labelOf={String}
                      onChoose={(n) => this.change({ hidden: settings.hidden.map((u, i) => (i === k ? n : u)) })}
                    />
                  ))}
                  <SelectField
                    id="tp-activation"
                    label="Activation"
                    value={settings.activation}
                    choices={HIDDEN_ACTIVATIONS}
                    labelOf={(a) => ACTIVATIONS[a].label}
                    onChoose={(activation) => this.change({ activation })}
                  />
                  <NumberField
                    id="tp-seed"
                    label="Seed of the initial weights and shuffles"
                    value={settings.seed}
                    onValue={(v) => this.offer('seed', v)}
                  />
                </div>
                <div class="nn-buttons">
                  <label>
                    <input type="checkbox" checked={settings.biases} onChange={(e) => this.change({ biases: e.currentTarget.checked })} />{' '}
                    Biases
                  </label>
                  <button type="button" class="nn-secondary" onClick={() => void this.newSeed()}>
                    New seed
                  </button>
                </div>
              </fieldset>
              <fieldset class="tp-settings">
                <legend>Training</legend>
                <div class="nn-fields">
                  <NumberField id="tp-rate" label="Learning rate η" value={settings.learningRate} onValue={(v) => this.rate(v)} />
                  <div class="nn-field tp-range">
                    <label for="tp-rate-exponent">Learning rate on a log scale (10⁻⁷ to 1)</label>
                    <input
                      id="tp-rate-exponent"
                      type="range"
                      class="nn-slider"
                      min={LIMITS.rateExponent[0]}
                      max={LIMITS.rateExponent[1]}
                      step={1 / RATE_STEPS_PER_DECADE}
                      value={exponent}
                      aria-valuetext={show(settings.learningRate, { significant: 2 })}
                      onChange={(e) => this.change({ learningRate: Number((10 ** Number(e.currentTarget.value)).toPrecision(2)) })}
                    />
                  </div>
                  <NumberField
                    id="tp-batch"
                    label={`Batch size (0 = all ${snapshot.points.filter((p) => !p.test).length} training rows)`}
                    value={settings.batchSize}
                    onValue={(v) => this.offer('batchSize', v)}
                  />
                  {sliceName && (
                    <NumberField
                      id="tp-slice"
                      label={`Draw the fit at ${sliceName} =`}
                      value={settings.slice}
                      onValue={(v) => this.slice(v)}
                    />
                  )}
                </div>
                <label>
                  <input type="checkbox" checked={settings.scaling} onChange={(e) => this.change({ scaling: e.currentTarget.checked })} />{' '}
                  Standardize the inputs
                </label>
              </fieldset>
              <fieldset class="tp-settings">
                <legend>Data</legend>
                <p data-result="data">
                  {ownData ? 'Training on your data. ' : 'Training on the houses (size, bedrooms → price in $1000s). '}
                  {ownData && (
                    <button type="button" class="nn-secondary" onClick={() => void this.useHouses()}>
                      Back to the houses
                    </button>
                  )}
                </p>
                <label for="tp-csv">Your data as CSV: one or two inputs, then the target</label>
                <textarea
                  id="tp-csv"
                  rows={4}
                  value={csv}
                  spellcheck={false}
                  aria-invalid={csvMessage ? 'true' : undefined}
                  aria-describedby={csvMessage ? 'tp-csv-msg' : undefined}
                  onInput={(e) => this.setState({ csv: e.currentTarget.value })}
                />
                <p id="tp-csv-msg" class="nn-field-msg">
                  {csvMessage}
                </p>
                <div class="nn-buttons">
                  <button type="button" class="nn-secondary" onClick={() => void this.useCsv(csv)}>
                    Train on this data
                  </button>
                  <label class="tp-file">
                    Or open a CSV file{' '}
                    <input type="file" accept=".csv,text/csv,text/plain" onChange={(e) => void this.openFile(e.currentTarget.files?.[0])} />
                  </label>
                </div>
              </fieldset>
            </>
          )}
        />
      </ExampleFrame>
    );
  }

  async newSeed() {
    const module = await loadSession();
    this.change({ seed: module.nextSeed(this.state.settings.seed, LIMITS.seed[1]) });
  }

  offer(key: 'seed' | 'batchSize', value: number) {
    const why = RULES[key](value);
    if (why) return `Must be ${why}.`;
    this.change({ [key]: value });
    return undefined;
  }

  slice(value: number) {
    const settings = { ...this.state.settings, slice: value };
    history.replaceState(history.state, '', `${location.pathname}${writeSettings(settings)}${location.hash}`);
    this.setState({ settings, ...(this.#session && { snapshot: this.#session.snapshot(value) }) });
    return undefined;
  }
}
