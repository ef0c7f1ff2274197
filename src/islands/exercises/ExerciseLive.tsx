/**
 * The exercise once its code has loaded: checks answers with the engine's checker, names a
 * recognised slip with its hint and a link to the chapter's equation, draws new numbers from a
 * new seed (kept in the address, so a link or a reload shows the same version), and records
 * progress. It replaces the shell's build-time HTML, so it puts the reader's focus and typed
 * answer back where they were.
 */
import { Component, render } from 'preact';
import { checkAnswer, type Verdict } from '../../../engine/exercises/check';
import type { Version } from '../../../engine/exercises/exercise';
import type { Where } from '../../../engine/exercises/where';
import { versionOf } from '../../../engine/exercises/index';
import { formatNumber } from '../../../engine/format';
import { EngineInputError } from '../../../engine/validate';
import type { ExerciseProps, Intent } from '../Exercise';
import { parseNumber } from '../shared/parse-number';
import { ExerciseFrame, progressText } from './ExerciseFrame';
import { Question, Solution } from './ExerciseView';
import { linkTo, seedInLink } from './link';
import { markSolved, onProgress, solvedIn } from './progress';

/** New seeds stay short, so that a link reads well. */
const NEW_SEED_BELOW = 1_000_000;

interface State {
  version: Version;
  /** Why the typed text is not a number. */
  message?: string | undefined;
  verdict?: Verdict | undefined;
  /** What the reader typed when the verdict was given, to say it back. */
  checked?: number;
  linked: boolean;
  solved: number;
  /** Announced after new numbers, instead of a verdict. */
  note?: string | undefined;
}

function EquationLink({ where }: { where: Where }) {
  return <a href={where.href}>{where.equation}</a>;
}

function VerdictText({ verdict, version, checked }: { verdict: Verdict; version: Version; checked: number }) {
  const shown = formatNumber(checked).text;
  if (verdict.kind === 'right')
    return (
      <p class="nn-exercise-right">
        Right: {version.answer.label} = {shown}.
      </p>
    );
  if (verdict.kind === 'slip') {
    return (
      <p class="nn-exercise-wrong">
        Not quite: {shown} is a known slip. {verdict.slip.hint} See <EquationLink where={verdict.slip.where} />.
      </p>
    );
  }
  return (
    <p class="nn-exercise-wrong">
      Not quite: {shown} is not {version.answer.label}. Check each step against <EquationLink where={version.where} />, or open the
      solution.
    </p>
  );
}

type LiveProps = ExerciseProps & { intent: Intent | undefined };

class ExerciseLive extends Component<LiveProps, State> {
  override state: State = { version: this.initialVersion(), linked: false, solved: solvedIn(this.props.chapter).length };
  unsubscribe: (() => void) | undefined;

  initialVersion(): Version {
    const seed = seedInLink(this.props.id);
    try {
      if (seed !== undefined) return versionOf(this.props.id, seed);
    } catch (error) {
      // A link whose seed the engine cannot draw shows the page's own version.
      if (!(error instanceof EngineInputError)) throw error;
    }
    return versionOf(this.props.id, this.props.fixedSeed);
  }

  override componentDidMount() {
    this.unsubscribe = onProgress(() => this.setState({ solved: solvedIn(this.props.chapter).length }));
    if (this.state.version.seed !== this.props.fixedSeed) this.setState({ linked: true });
    const intent = this.props.intent;
    const root = this.base as Element | undefined;
    const field = root?.querySelector<HTMLInputElement>('input[name="answer"]');
    if (intent?.kind === 'check' && field) {
      field.value = intent.typed;
      field.focus();
    } else if (intent?.kind === 'new') {
      root?.querySelector<HTMLButtonElement>('[data-new-numbers]')?.focus();
    }
    this.act(intent);
  }

  override componentDidUpdate(previous: { intent: Intent | undefined }) {
    if (previous.intent !== this.props.intent) this.act(this.props.intent);
  }

  override componentWillUnmount() {
    this.unsubscribe?.();
  }

  act(intent: Intent | undefined) {
    if (intent?.kind === 'check') this.check(intent.typed);
    else if (intent?.kind === 'new') this.newNumbers();
  }

  check(typed: string) {
    const parsed = parseNumber(typed);
    if (!parsed.ok) {
      this.setState({ message: parsed.message, verdict: undefined, note: undefined });
      return;
    }
    const verdict = checkAnswer(this.state.version, parsed.value);
    if (verdict.kind === 'right') markSolved(this.props.chapter, this.props.id);
    this.setState({ message: undefined, verdict, checked: parsed.value, note: undefined });
  }

  newNumbers() {
    let seed = this.state.version.seed;
    while (seed === this.state.version.seed) seed = Math.floor(Math.random() * NEW_SEED_BELOW);
    const version = versionOf(this.props.id, seed);
    history.replaceState(history.state, '', linkTo(this.props.id, seed));
    this.setState({
      version,
      linked: true,
      verdict: undefined,
      message: undefined,
      note: 'New numbers: the question and its solution have changed.',
    });
  }

  override render(props: LiveProps, s: State) {
    const v = s.version;
    return (
      <ExerciseFrame
        id={props.id}
        title={props.title}
        question={<Question version={v} />}
        answerLabel={v.answer.label}
        decimals={v.decimals}
        message={s.message}
        verdict={s.verdict ? <VerdictText verdict={s.verdict} version={v} checked={s.checked!} /> : s.note}
        // Keyed by seed, so new numbers start with the solution closed.
        solution={<Solution key={v.seed} version={v} />}
        link={s.linked ? linkTo(props.id, v.seed) : undefined}
        progress={progressText(s.solved, props.inChapter)}
        onCheck={(typed) => this.check(typed)}
        onNewNumbers={() => this.newNumbers()}
      />
    );
  }
}

/**
 * Replaces the shell's element (once: later calls find it taken over) with the live exercise.
 * Its own Preact root, so the shell, which rendered only the build-time HTML, stays untouched.
 */
export function takeOver(root: Element, props: ExerciseProps, intent: Intent): void {
  if (root.hasAttribute('data-live')) return;
  root.setAttribute('data-live', '');
  root.replaceChildren();
  render(<ExerciseLive {...props} intent={intent} />, root);
}
